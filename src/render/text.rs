//! The letter as text, for where it does not travel as a PDF: the body of an e-mail (wrapped
//! at 72 columns), and the text a mediator's web form is filled from (`render --format text`
//! or `md`: the fields the forms ask for, each under its heading, then the whole letter).
//! The letter's sentences are the PDF's, as decided in [`crate::letter`]: no markup, no escape
//! character; a case's text comes out as it was written.

use crate::letter::Letter;

/// How the headings and lists are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Plain text: a heading underlined, items after « - ».
    Plain,
    /// Markdown: `## heading`, `- item`.
    Markdown,
}

/// The width of an e-mail's lines (RFC 5322 recommends at most 78 characters).
pub const EMAIL_WIDTH: usize = 72;

/// Text built a block at a time: blocks are separated by a blank line; each line is wrapped at
/// `width` (when given) on ordinary spaces only, so that a no-break space holds.
struct Blocks {
    blocks: Vec<String>,
    width: Option<usize>,
}

impl Blocks {
    fn new(width: Option<usize>) -> Self {
        Self {
            blocks: Vec::new(),
            width,
        }
    }

    /// A block of lines, each wrapped; nothing when there are none.
    fn lines<S: AsRef<str>>(&mut self, lines: impl IntoIterator<Item = S>) {
        let wrapped: Vec<String> = lines
            .into_iter()
            .map(|l| wrap(l.as_ref(), self.width, ""))
            .collect();
        if !wrapped.is_empty() {
            self.blocks.push(wrapped.join("\n"));
        }
    }

    /// A paragraph per item.
    fn paragraphs<S: AsRef<str>>(&mut self, paragraphs: impl IntoIterator<Item = S>) {
        for p in paragraphs {
            self.lines([p]);
        }
    }

    /// A list, each item after « - », its following lines indented.
    fn list<S: AsRef<str>>(&mut self, items: impl IntoIterator<Item = S>) {
        let items: Vec<String> = items
            .into_iter()
            .map(|i| format!("- {}", wrap(i.as_ref(), self.width.map(|w| w - 2), "  ")))
            .collect();
        if !items.is_empty() {
            self.blocks.push(items.join("\n"));
        }
    }

    fn heading(&mut self, style: Style, text: &str) {
        self.blocks.push(match style {
            Style::Plain => format!("{text}\n{}", "=".repeat(text.chars().count())),
            Style::Markdown => format!("## {text}"),
        });
    }

    fn finish(self) -> String {
        let mut out = self.blocks.join("\n\n");
        out.push('\n');
        out
    }
}

/// A line wrapped at `width` characters on ordinary spaces, each following line after
/// `indent`; a word longer than the width stays whole.
fn wrap(line: &str, width: Option<usize>, indent: &str) -> String {
    let Some(width) = width else {
        return line.to_string();
    };
    let mut out = String::new();
    let mut column = 0;
    for word in line.split(' ') {
        let len = word.chars().count();
        if column > 0 && column + 1 + len > width {
            out.push('\n');
            out.push_str(indent);
            column = 0;
        } else if column > 0 {
            out.push(' ');
            column += 1;
        }
        out.push_str(word);
        column += len;
    }
    out
}

/// The whole letter as text, in reading order, as the PDF shows it.
pub fn letter(letter: &Letter, width: Option<usize>) -> String {
    let mut b = Blocks::new(width);
    b.lines(letter.sender.iter().chain(&letter.on_behalf));
    b.lines(&letter.recipient);
    b.lines(
        std::iter::once(letter.place_date.clone())
            .chain(letter.registered.clone())
            .chain((letter.references.iter()).map(|r| format!("{} {}", r.label, r.value))),
    );
    b.lines([format!("{} {}", letter.labels.subject, letter.subject)]);
    b.lines([&letter.salutation]);
    b.paragraphs(&letter.opening);
    // A first complaint tells the facts before what was already tried (complaint.typ).
    let steps_first = letter.kind != "complaint";
    if steps_first {
        prior_steps(&mut b, letter);
    }
    b.lines([&letter.labels.facts]);
    b.paragraphs(letter.facts.iter().chain(&letter.amount));
    if !letter.basis.is_empty() {
        b.lines([&letter.labels.basis]);
        b.paragraphs(&letter.basis);
    }
    if !steps_first {
        prior_steps(&mut b, letter);
    }
    b.lines([&letter.demands_intro]);
    b.list(&letter.demands);
    b.paragraphs(letter.deadline.iter().chain(&letter.statements));
    b.lines([&letter.closing]);
    b.lines(&letter.signature);
    if !letter.attachments.is_empty() {
        b.lines([&letter.labels.attachments]);
        b.list(&letter.attachments);
    }
    b.finish()
}

fn prior_steps(b: &mut Blocks, letter: &Letter) {
    if !letter.prior_steps.is_empty() {
        b.lines([&letter.labels.prior_steps]);
        b.paragraphs(&letter.prior_steps);
    }
}

/// The text a web form is filled from: each field the mediators' forms ask for under its
/// heading — the professional, the references, the prior steps, the facts, the demands, the
/// statements the mediator's conditions ask for — then the whole letter.
pub fn form(letter: &Letter, style: Style) -> String {
    let labels = &letter.labels.form;
    let mut b = Blocks::new(None);
    b.heading(style, &labels.professional);
    b.lines([&letter.institution_name]);
    if !letter.references.is_empty() {
        b.heading(style, &labels.references);
        b.list((letter.references.iter()).map(|r| format!("{} {}", r.label, r.value)));
    }
    if !letter.prior_steps.is_empty() {
        b.heading(style, &letter.labels.prior_steps);
        b.paragraphs(&letter.prior_steps);
    }
    b.heading(style, &labels.facts);
    b.paragraphs(
        letter
            .facts
            .iter()
            .chain(&letter.amount)
            .chain(&letter.basis),
    );
    b.heading(style, &labels.demands);
    b.list(&letter.demands);
    if !letter.statements.is_empty() {
        b.heading(style, &labels.statements);
        b.paragraphs(&letter.statements);
    }
    b.heading(style, &labels.letter);
    let mut out = b.finish();
    out.push('\n');
    out.push_str(&self::letter(letter, None));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_wrap_on_spaces_and_keep_no_break_spaces_and_long_words() {
        let line = "Le 3 juin 2026, des frais de 45,00\u{a0}€ ont été prélevés sur mon compte";
        let wrapped = wrap(line, Some(20), "");
        assert_eq!(
            wrapped,
            "Le 3 juin 2026, des\nfrais de 45,00\u{a0}€ ont\nété prélevés sur mon\ncompte"
        );
        assert!(wrapped.lines().all(|l| l.chars().count() <= 20));
        assert_eq!(
            wrap(
                "https://www.ombudsfin.be/fr/introduire-une-plainte ici",
                Some(10),
                "  "
            ),
            "https://www.ombudsfin.be/fr/introduire-une-plainte\n  ici"
        );
        assert_eq!(wrap("tel quel", None, ""), "tel quel");
    }

    #[test]
    fn a_list_item_goes_on_under_its_dash() {
        let mut b = Blocks::new(Some(12));
        b.list(["le remboursement des frais"]);
        assert_eq!(b.finish(), "- le\n  remboursement\n  des frais\n");
    }
}
