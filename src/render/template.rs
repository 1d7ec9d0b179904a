//! Tera templates that lay a decided [`Letter`](crate::letter::Letter) out as Typst markup.
//! Every value a template prints goes through [`escape_markup`] (Tera's autoescape, on for
//! `.typ` templates): user text is data, never markup. The only other way for a value to reach
//! Typst is the `typst_str` filter, which writes a quoted Typst string literal.
//!
//! Templates are looked up most specific first: `mediation.cetelem-fr.3.typ`, then
//! `mediation.cetelem-fr.typ`, then `mediation.typ`; all may extend `layout.typ`.

use std::io::Write;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};
use tera::{Context, Kwargs, State, Tera, Value};

use crate::error::Error;
use crate::letter::Letter;

static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/letter-templates");

/// Escapes text for Typst markup: every ASCII punctuation sign is prefixed with a backslash
/// (Typst reads `\` + any non-space character as that character), and line breaks become
/// spaces, so that no value can open a function call, a comment, a heading, a list item, a
/// paragraph break, math, a label, a link or a raw block. Control characters and the
/// directional formatting characters (embeddings, overrides, isolates, marks) are dropped: a
/// French or Dutch letter needs none, they can make a letter read otherwise than it is written,
/// and fuzzing found a mix of them that makes typst's text shaping panic.
///
/// One piece of typography is added here, where markup is written: the ordinal « 1er » (and
/// « 1re », « 1ers », « 1res ») gets its letters in superscript, as French writes it.
pub fn escape_markup(input: &str, out: &mut dyn Write) -> std::io::Result<()> {
    // Escaped into one buffer, written at once: Tera's writer is reached once per value, not
    // once per character.
    let mut escaped = String::with_capacity(input.len() + input.len() / 8 + 8);
    escape_into(input, &mut escaped);
    out.write_all(escaped.as_bytes())
}

fn escape_into(input: &str, out: &mut String) {
    let bytes = input.as_bytes();
    // The character before the one at `i`, in the input.
    let mut prev: Option<char> = None;
    let mut i = 0;
    // Where the input not yet written starts: up to `i`, it goes out as it is, in one copy.
    let mut verbatim = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_alphanumeric() {
            if prev.is_none_or(|p| !p.is_alphanumeric()) {
                // A reference (« MC-HAB-20931 ») goes in a box: no line break at its hyphens.
                if let Some(len) = reference_at(&bytes[i..]).filter(|_| prev != Some('-')) {
                    out.push_str(&input[verbatim..i]);
                    out.push_str("#box[");
                    for &b in &bytes[i..i + len] {
                        escape_char(char::from(b), out);
                    }
                    out.push(']');
                    prev = Some(char::from(bytes[i + len - 1]));
                    i += len;
                    verbatim = i;
                    continue;
                }
                if b == b'1'
                    && let Some(suffix) = ordinal_suffix(&input[i + 1..])
                {
                    out.push_str(&input[verbatim..i]);
                    out.push_str("1#super[");
                    out.push_str(suffix);
                    out.push(']');
                    prev = suffix.chars().last();
                    i += 1 + suffix.len();
                    verbatim = i;
                    continue;
                }
            }
            prev = Some(char::from(b));
            i += 1;
            continue;
        }
        let c = match b.is_ascii() {
            true => char::from(b),
            false => input[i..].chars().next().expect("a character starts here"),
        };
        if changed_by_escaping(c) {
            out.push_str(&input[verbatim..i]);
            escape_char(c, out);
            verbatim = i + c.len_utf8();
        }
        prev = Some(c);
        i += c.len_utf8();
    }
    out.push_str(&input[verbatim..]);
}

/// Whether [`escape_char`] writes `c` otherwise than as it is (from the same predicates).
fn changed_by_escaping(c: char) -> bool {
    breaks_a_line(c) || c.is_ascii_punctuation() || dropped_from_markup(c)
}

/// One character of user text as markup: ASCII punctuation escaped, line breaks as spaces,
/// controls and directional formatting dropped.
fn escape_char(c: char, out: &mut String) {
    match c {
        c if breaks_a_line(c) => out.push(' '),
        c if c.is_ascii_punctuation() => {
            out.push('\\');
            out.push(c);
        }
        c if dropped_from_markup(c) => {}
        c => out.push(c),
    }
}

/// A character of user text the letter sets as a space: a line or page break, a tab.
fn breaks_a_line(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{b}' | '\u{c}'
    )
}

/// A control or directional formatting character: dropped from the letter.
fn dropped_from_markup(c: char) -> bool {
    c.is_control() || is_directional_formatting(c)
}

/// The length (in bytes, all ASCII) of a reference-like word at the start of `text`: letters
/// and digits joined by hyphens, with a digit and a hyphen before a letter (where a line could
/// otherwise break: « MC-HAB-20931 »), at most 32 characters. The caller checks that it does
/// not continue a longer word.
fn reference_at(text: &[u8]) -> Option<usize> {
    let len = text
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
        .count();
    let word = &text[..len];
    let breakable = word
        .windows(2)
        .any(|w| w[0] == b'-' && w[1].is_ascii_alphabetic());
    let reference = (3..=32).contains(&len)
        && word.first().is_some_and(u8::is_ascii_alphanumeric)
        && word.last().is_some_and(u8::is_ascii_alphanumeric)
        && word.iter().any(u8::is_ascii_digit)
        && breakable;
    reference.then_some(len)
}

/// The letters of a French ordinal « 1er », « 1re », « 1ers », « 1res » whose « 1 » comes just
/// before `rest`, when they end a word.
fn ordinal_suffix(rest: &str) -> Option<&'static str> {
    ["ers", "res", "er", "re"].into_iter().find(|suffix| {
        rest.strip_prefix(suffix)
            .is_some_and(|after| after.chars().next().is_none_or(|c| !c.is_alphanumeric()))
    })
}

/// The Unicode directional formatting characters (UAX #9): the Arabic letter mark, the
/// left-to-right and right-to-left marks, embeddings, overrides and isolates.
fn is_directional_formatting(c: char) -> bool {
    matches!(c, '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The escaped form of a string, for tests and callers outside Tera.
pub fn escaped(input: &str) -> String {
    let mut out = String::with_capacity(input.len() + 8);
    escape_into(input, &mut out);
    out
}

/// A Typst string literal holding `input` exactly.
pub fn typst_string_literal(input: &str) -> String {
    let mut out = String::with_capacity(input.len() + 2);
    out.push('"');
    for c in input.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() || is_directional_formatting(c) => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Where the templates come from: built in, or a folder given with `--templates`.
#[derive(Debug, Clone)]
pub enum TemplateSource {
    Embedded,
    Folder(PathBuf),
}

/// Every template that does not parse, not only the first: Tera stops at the first, so each
/// template at fault is set aside (replaced by an empty one, so that the templates extending it
/// still find it) and the rest parsed again, until they all parse or a fault names no template.
fn every_parse_error(tera: &Tera, mut files: Vec<(String, String)>, first: String) -> Vec<String> {
    let mut errors = vec![first];
    loop {
        let last = errors.last().expect("one error at least");
        let at_fault = files.iter().position(|(name, text)| {
            !text.is_empty()
                && (last.contains(&format!("--> {name}:")) || last.contains(&format!("`{name}`")))
        });
        let Some(index) = at_fault else {
            return errors;
        };
        files[index].1.clear();
        let mut again = tera.clone();
        match again.add_raw_templates(files.clone()) {
            Ok(()) => return errors,
            Err(e) => errors.push(chain(&e)),
        }
    }
}

/// The parsed template set.
pub struct Templates {
    tera: Tera,
    source: TemplateSource,
    /// Every template's text by name, to find what a template extends and where markup came from.
    texts: std::collections::BTreeMap<String, String>,
    /// SHA-256 over every template's name and text.
    fingerprint: String,
}

impl Templates {
    pub fn embedded() -> Result<Self, Error> {
        let files = EMBEDDED
            .files()
            .filter_map(|f| {
                Some((
                    f.path().to_str()?.to_string(),
                    f.contents_utf8()?.to_string(),
                ))
            })
            .collect();
        Self::build(files, TemplateSource::Embedded)
    }

    /// Reads every `*.typ` file of a folder (subfolders included, named by relative path).
    pub fn from_folder(dir: &Path) -> Result<Self, Error> {
        let mut files = Vec::new();
        for entry in walkdir::WalkDir::new(dir)
            .follow_links(false)
            .sort_by_file_name()
        {
            let entry = entry.map_err(|e| {
                Error::Template(format!(
                    "cannot read the templates folder {}: {e}",
                    dir.display()
                ))
            })?;
            if !entry.file_type().is_file() || entry.path().extension().is_none_or(|e| e != "typ") {
                continue;
            }
            let name = entry
                .path()
                .strip_prefix(dir)
                .expect("walkdir stays under its root")
                .to_string_lossy()
                .replace('\\', "/");
            let text = std::fs::read_to_string(entry.path()).map_err(|source| Error::Read {
                path: entry.path().to_owned(),
                source,
            })?;
            files.push((name, text));
        }
        Self::build(files, TemplateSource::Folder(dir.to_owned()))
    }

    fn build(mut files: Vec<(String, String)>, source: TemplateSource) -> Result<Self, Error> {
        files.sort();
        let mut all = String::new();
        for (name, text) in &files {
            all.push_str(&format!("{name}\u{0}{text}\u{0}"));
        }
        let fingerprint = crate::text::digest::sha256_hex(all.as_bytes());
        let texts = files.iter().cloned().collect();
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".typ"]);
        tera.set_escape_fn(escape_markup);
        tera.register_filter("typst_str", |value: &str, _: Kwargs, _: &State| {
            Value::safe_string(&typst_string_literal(value))
        });
        let origin = describe(&source);
        if let Err(e) = tera.add_raw_templates(files.clone()) {
            let errors = every_parse_error(&tera, files, chain(&e));
            return Err(Error::Template(format!(
                "in the templates {origin}:\n{}",
                errors.join("\n")
            )));
        }
        Ok(Self {
            tera,
            source,
            texts,
            fingerprint,
        })
    }

    /// The template a letter uses: the most specific one present.
    pub fn template_for(&self, letter: &Letter) -> Result<String, Error> {
        let candidates = [
            format!(
                "{}.{}.{}.typ",
                letter.kind, letter.institution, letter.level
            ),
            format!("{}.{}.typ", letter.kind, letter.institution),
            format!("{}.typ", letter.kind),
        ];
        candidates
            .iter()
            .find(|name| self.tera.contains_template(name))
            .cloned()
            .ok_or_else(|| {
                Error::Template(format!(
                    "no template for this letter in the templates {}: expected one of {}",
                    describe(&self.source),
                    candidates.join(", ")
                ))
            })
    }

    /// Lays a letter out as Typst markup.
    pub fn render(&self, letter: &Letter) -> Result<String, Error> {
        let name = self.template_for(letter)?;
        let context = Context::from_serialize(letter).map_err(|e| {
            Error::Template(format!(
                "cannot pass the letter to the templates: {}",
                chain(&e)
            ))
        })?;
        self.tera.render(&name, &context).map_err(|e| {
            let message = chain(&e);
            // The template at fault is the one the error points at (« --> layout.typ:73:15 »),
            // which may be a parent of the letter's own template.
            let at_fault = message
                .split_once("--> ")
                .and_then(|(_, rest)| rest.split_once(':'))
                .map(|(file, _)| file.trim().to_string())
                .filter(|file| self.texts.contains_key(file) && *file != name);
            let header = match at_fault {
                Some(file) => format!(
                    "in the template {file} ({}), which {name} extends",
                    describe(&self.source)
                ),
                None => format!("in the template {name} ({})", describe(&self.source)),
            };
            Error::Template(format!("{header}:\n{message}"))
        })
    }

    pub fn source(&self) -> &TemplateSource {
        &self.source
    }

    /// A template and every template it extends or includes, recursively.
    pub fn chain(&self, name: &str) -> Vec<String> {
        let mut chain = vec![name.to_string()];
        let mut index = 0;
        while index < chain.len() {
            let text = self
                .texts
                .get(&chain[index])
                .map(String::as_str)
                .unwrap_or("");
            for referenced in referenced_templates(text) {
                if !chain.contains(&referenced) && self.texts.contains_key(&referenced) {
                    chain.push(referenced);
                }
            }
            index += 1;
        }
        chain
    }

    /// The text of a template.
    pub fn text(&self, name: &str) -> Option<&str> {
        self.texts.get(name).map(String::as_str)
    }

    /// Every template's name.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.texts.keys().map(String::as_str)
    }

    /// The template line a line of generated markup most likely comes from: the one whose
    /// literal text (outside `{{ }}`, `{% %}` and `{# #}`) the markup line holds — in the
    /// most specific template that has one, the longest such literal winning. `None` when no
    /// template line matches.
    pub fn origin_of(&self, names: &[String], markup_line: &str) -> Option<(String, usize)> {
        let markup_line = markup_line.trim();
        // The most specific template first: where an author overrides a block is where the
        // mistake most likely is.
        for name in names {
            let Some(text) = self.texts.get(name) else {
                continue;
            };
            let mut best: Option<(usize, usize)> = None;
            for (number, line) in text.lines().enumerate() {
                let literals = literal_parts(line);
                let length: usize = literals.iter().map(|l| l.len()).sum();
                if length < 3 || !literals.iter().all(|l| markup_line.contains(l.as_str())) {
                    continue;
                }
                if best.is_none_or(|(best_length, _)| length > best_length) {
                    best = Some((length, number + 1));
                }
            }
            if let Some((_, line)) = best {
                return Some((name.clone(), line));
            }
        }
        None
    }

    /// Changes whenever a template does: a batch re-renders its cases then.
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }
}

/// The names in `{% extends "…" %}` and `{% include "…" %}` of a template.
fn referenced_templates(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    for tag in text.split("{%").skip(1) {
        let tag = tag
            .split("%}")
            .next()
            .unwrap_or("")
            .trim()
            .trim_start_matches('-')
            .trim();
        if let Some(rest) = tag
            .strip_prefix("extends")
            .or_else(|| tag.strip_prefix("include"))
        {
            let rest = rest.trim();
            if let Some(quote) = rest.chars().next().filter(|c| *c == '"' || *c == '\'')
                && let Some(name) = rest[1..].split(quote).next()
            {
                names.push(name.to_string());
            }
        }
    }
    names
}

/// The literal text of a template line: what is left outside Tera's tags, trimmed.
fn literal_parts(line: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut rest = line;
    loop {
        let next = ["{{", "{%", "{#"]
            .iter()
            .filter_map(|open| rest.find(open).map(|i| (i, *open)))
            .min();
        let Some((start, open)) = next else {
            parts.push(rest.trim().to_string());
            break;
        };
        parts.push(rest[..start].trim().to_string());
        let close = match open {
            "{{" => "}}",
            "{%" => "%}",
            _ => "#}",
        };
        match rest[start..].find(close) {
            Some(end) => rest = &rest[start + end + close.len()..],
            None => break,
        }
    }
    parts.retain(|p| !p.is_empty());
    parts
}

fn describe(source: &TemplateSource) -> String {
    match source {
        TemplateSource::Embedded => "built into recours".to_string(),
        TemplateSource::Folder(dir) => format!("of {}", dir.display()),
    }
}

/// An error and its causes, one per line.
fn chain(error: &dyn std::error::Error) -> String {
    let mut out = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !out.contains(&text) {
            out.push_str("\n  caused by: ");
            out.push_str(&text);
        }
        source = cause.source();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_specials_are_escaped() {
        assert_eq!(
            escaped("#set page(width: 1cm)"),
            "\\#set page\\(width\\: 1cm\\)"
        );
        assert_eq!(escaped("a\n\n= Titre"), "a  \\= Titre");
        assert_eq!(
            escaped("$x$ *b* _i_ `r` <l> @r"),
            "\\$x\\$ \\*b\\* \\_i\\_ \\`r\\` \\<l\\> \\@r"
        );
        assert_eq!(
            escaped("{{ x }} {% y %}"),
            "\\{\\{ x \\}\\} \\{\\% y \\%\\}"
        );
        assert_eq!(
            escaped("https://x // y /* z"),
            "https\\:\\/\\/x \\/\\/ y \\/\\* z"
        );
        assert_eq!(
            escaped("\\u{41} 1. - + ~ ... --"),
            "\\\\u\\{41\\} 1\\. \\- \\+ \\~ \\.\\.\\. \\-\\-"
        );
        assert_eq!(escaped("déjà « vu » 45,00 €"), "déjà « vu » 45\\,00 €");
    }

    #[test]
    fn a_template_knows_what_it_extends_and_where_markup_comes_from() {
        let templates = Templates::embedded().unwrap();
        assert_eq!(
            templates.chain("mediation.typ"),
            ["mediation.typ", "layout.typ"]
        );
        let origin = templates.origin_of(
            &templates.chain("mediation.typ"),
            "#align(right)[Lille\\, le 2 juillet 2026]",
        );
        let line = templates
            .text("layout.typ")
            .unwrap()
            .lines()
            .position(|l| l.starts_with("#align(right)["))
            .unwrap();
        assert_eq!(origin, Some(("layout.typ".to_string(), line + 1)));
        assert_eq!(
            literal_parts("  [{{ a }}~:], [{{ b }}],"),
            ["[", "~:], [", "],"]
        );
        assert_eq!(
            referenced_templates("{% extends \"layout.typ\" %}{%- include 'x.typ' -%}"),
            ["layout.typ", "x.typ"]
        );
    }

    #[test]
    fn a_reference_is_boxed_so_that_no_line_breaks_after_its_hyphens() {
        let escape = |s: &str| {
            let mut out = Vec::new();
            escape_markup(s, &mut out).unwrap();
            String::from_utf8(out).unwrap()
        };
        assert_eq!(
            escape("contrat MC-HAB-20931."),
            "contrat #box[MC\\-HAB\\-20931]\\."
        );
        // A hyphen before a digit never breaks; a name or a date is left alone.
        assert_eq!(escape("PL-2026-0456"), "PL\\-2026\\-0456");
        assert_eq!(escape("Jean-Baptiste"), "Jean\\-Baptiste");
        assert_eq!(escape("2026-07-02"), "2026\\-07\\-02");
        // Markup in a reference-like word stays text.
        assert_eq!(escape("a1-b]#x"), "#box[a1\\-b]\\]\\#x");
        // Not the tail of a longer word, whatever its letters.
        assert_eq!(escape("A1-BC"), "#box[A1\\-BC]");
        assert_eq!(escape("é-A1-BC éA1-BC"), "é\\-A1\\-BC éA1\\-BC");
    }

    #[test]
    fn french_ordinals_get_their_superscript() {
        assert_eq!(escaped("le 1er août"), "le 1#super[er] août");
        assert_eq!(
            escaped("la 1re fois, les 1ers"),
            r"la 1#super[re] fois\, les 1#super[ers]"
        );
        // Not inside a number or a word.
        assert_eq!(
            escaped("11er 21er x1er 1eres 1erx"),
            "11er 21er x1er 1eres 1erx"
        );
        assert_eq!(escaped("1er"), "1#super[er]");
        // After a hyphen, an ordinal all the same; before any letter, none.
        assert_eq!(escaped("x-1er 1erà"), "x\\-1#super[er] 1erà");
    }

    #[test]
    fn string_literals_hold_any_text() {
        assert_eq!(typst_string_literal(r#"a "b" \ c"#), r#""a \"b\" \\ c""#);
    }
}
