//! One line typed at a question of `recours new`, edited as a terminal line is: ← and →,
//! Home and End (Ctrl-A, Ctrl-E), Backspace and Delete, Ctrl-U erases what is before the
//! cursor (the whole line, from its end), Ctrl-K what is after it, Ctrl-W the word before it.
//! Enter gives the answer, checked as it is given: a wrong one stays in the line with the
//! reason under it. Esc leaves the question (the interview then asks what to do), Ctrl-C
//! stops. Drawn as the choices are (« ? question », the help under it, the answer kept on the
//! question's line once given), on crossterm, which the choices' prompt library uses too.

use std::io::Write as _;

use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use crossterm::style::{Color, Print, ResetColor, SetForegroundColor};
use crossterm::terminal::{self, Clear, ClearType};
use crossterm::{cursor, queue};
use inquire::InquireError;
use unicode_width::UnicodeWidthStr as _;

/// A question asked on one line.
pub struct Question<'q> {
    pub text: &'q str,
    /// Under the line while nothing is wrong (empty: none).
    pub help: &'q str,
    /// What the line holds at first: the answer given before, when asked again.
    pub initial: Option<&'q str>,
    /// The reason an answer is refused, shown under the line.
    pub check: &'q dyn Fn(&str) -> Result<(), String>,
    /// The answer as the screen keeps it once given.
    pub shown: &'q dyn Fn(&str) -> String,
    /// What a question left with Esc shows in place of an answer.
    pub canceled: &'q str,
}

/// The line being typed.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Edit {
    chars: Vec<char>,
    /// Where the cursor is, in characters.
    at: usize,
}

/// What a key does to the question.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Editing,
    Enter,
    Esc,
    Interrupt,
}

impl Edit {
    pub fn new(text: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        Edit {
            at: chars.len(),
            chars,
        }
    }

    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    fn before(&self) -> String {
        self.chars[..self.at].iter().collect()
    }

    /// The start of the word before the cursor (spaces before it included).
    fn word_start(&self) -> usize {
        let mut at = self.at;
        while at > 0 && self.chars[at - 1].is_whitespace() {
            at -= 1;
        }
        while at > 0 && !self.chars[at - 1].is_whitespace() {
            at -= 1;
        }
        at
    }

    /// A key pressed.
    pub fn key(&mut self, key: KeyEvent) -> Outcome {
        // AltGr is Ctrl+Alt on Windows: what it types is a character.
        let control = key.modifiers.contains(KeyModifiers::CONTROL)
            && !key.modifiers.contains(KeyModifiers::ALT);
        match key.code {
            KeyCode::Enter => return Outcome::Enter,
            KeyCode::Esc => return Outcome::Esc,
            KeyCode::Char(c) if control => match c {
                'c' => return Outcome::Interrupt,
                'u' => {
                    self.chars.drain(..self.at);
                    self.at = 0;
                }
                'k' => self.chars.truncate(self.at),
                'w' => {
                    let start = self.word_start();
                    self.chars.drain(start..self.at);
                    self.at = start;
                }
                'a' => self.at = 0,
                'e' => self.at = self.chars.len(),
                'h' => self.backspace(),
                _ => {}
            },
            KeyCode::Char(c) => {
                self.chars.insert(self.at, c);
                self.at += 1;
            }
            KeyCode::Backspace => self.backspace(),
            KeyCode::Delete if self.at < self.chars.len() => {
                self.chars.remove(self.at);
            }
            KeyCode::Left => self.at = self.at.saturating_sub(1),
            KeyCode::Right => self.at = (self.at + 1).min(self.chars.len()),
            KeyCode::Home => self.at = 0,
            KeyCode::End => self.at = self.chars.len(),
            _ => {}
        }
        Outcome::Editing
    }

    fn backspace(&mut self) {
        if self.at > 0 {
            self.at -= 1;
            self.chars.remove(self.at);
        }
    }
}

/// Leaves the terminal's raw mode however the question ends.
struct Raw;

impl Raw {
    fn on() -> std::io::Result<Raw> {
        terminal::enable_raw_mode().map(|()| Raw)
    }
}

impl Drop for Raw {
    fn drop(&mut self) {
        let _ = terminal::disable_raw_mode();
    }
}

/// Asks the question and returns the answer as typed (checked), or why there is none.
pub fn read(question: &Question) -> Result<String, InquireError> {
    let raw = Raw::on()?;
    let mut out = std::io::stdout();
    let mut edit = Edit::new(question.initial.unwrap_or_default());
    let mut error: Option<String> = None;
    // The row of the cursor, counted from the question's first row.
    let mut row = 0u16;
    loop {
        row = draw(&mut out, question, &edit, error.as_deref(), row)?;
        let Event::Key(key) = event::read()? else {
            continue;
        };
        if key.kind == KeyEventKind::Release {
            continue;
        }
        let (end, answer) = match edit.key(key) {
            Outcome::Editing => {
                error = None;
                continue;
            }
            Outcome::Enter => {
                let answer = edit.text();
                match (question.check)(answer.trim()) {
                    Ok(()) => (Ok(answer.clone()), (question.shown)(&answer)),
                    Err(why) => {
                        error = Some(why);
                        continue;
                    }
                }
            }
            Outcome::Esc => (
                Err(InquireError::OperationCanceled),
                question.canceled.to_string(),
            ),
            Outcome::Interrupt => (Err(InquireError::OperationInterrupted), String::new()),
        };
        // The question keeps its answer on its line; the help goes.
        top(&mut out, row)?;
        queue!(
            out,
            SetForegroundColor(Color::Green),
            Print("> "),
            ResetColor,
            Print(question.text),
            Print(" "),
            SetForegroundColor(Color::Cyan),
            Print(answer),
            ResetColor,
            Print("\r\n"),
        )?;
        out.flush()?;
        drop(raw);
        return end;
    }
}

/// Back to the question's first row, cleared to the end of the screen.
fn top(out: &mut std::io::Stdout, row: u16) -> std::io::Result<()> {
    if row > 0 {
        queue!(out, cursor::MoveUp(row))?;
    }
    queue!(
        out,
        cursor::MoveToColumn(0),
        Clear(ClearType::FromCursorDown)
    )
}

/// Draws the question, the line and the help or the error under it; returns the cursor's row.
fn draw(
    out: &mut std::io::Stdout,
    question: &Question,
    edit: &Edit,
    error: Option<&str>,
    row: u16,
) -> std::io::Result<u16> {
    let columns = terminal::size().map_or(80, |(c, _)| c.max(1)) as usize;
    let rows_of = |width: usize| (width.max(1) - 1) / columns + 1;
    top(out, row)?;
    let lead = format!("? {} ", question.text);
    let line = edit.text();
    queue!(
        out,
        SetForegroundColor(Color::Green),
        Print("? "),
        ResetColor,
        Print(question.text),
        Print(" "),
        Print(&line),
    )?;
    // A line that ends exactly at the right edge leaves the terminal's cursor there, waiting
    // to wrap: it is taken to the next row, where the cursor after the last character is.
    let width = lead.width() + line.width();
    let filled = width.is_multiple_of(columns);
    if filled {
        queue!(out, Print("\r\n"))?;
    }
    let mut last = width / columns;
    let under = match error {
        Some(why) => Some((Color::Red, format!("# {why}"))),
        None => (!question.help.is_empty()).then(|| (Color::Cyan, format!("[{}]", question.help))),
    };
    if let Some((color, text)) = under {
        if !filled {
            queue!(out, Print("\r\n"))?;
            last += 1;
        }
        queue!(out, SetForegroundColor(color), Print(&text), ResetColor)?;
        last += rows_of(text.width()) - 1;
    }
    let before = lead.width() + edit.before().width();
    let (cursor_row, column) = (before / columns, before % columns);
    let up = last.saturating_sub(cursor_row);
    if up > 0 {
        queue!(out, cursor::MoveUp(up as u16))?;
    }
    queue!(out, cursor::MoveToColumn(column as u16))?;
    out.flush()?;
    Ok(cursor_row as u16)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(edit: &mut Edit, code: KeyCode, modifiers: KeyModifiers) -> Outcome {
        edit.key(KeyEvent::new(code, modifiers))
    }

    fn typed(text: &str) -> Edit {
        let mut edit = Edit::default();
        for c in text.chars() {
            press(&mut edit, KeyCode::Char(c), KeyModifiers::NONE);
        }
        edit
    }

    #[test]
    fn ctrl_u_clears_what_is_before_the_cursor() {
        let mut edit = typed("4111 1111 1111 1112");
        press(&mut edit, KeyCode::Char('u'), KeyModifiers::CONTROL);
        assert_eq!(edit.text(), "");
        let mut edit = typed("Jean Dupont");
        for _ in 0..6 {
            press(&mut edit, KeyCode::Left, KeyModifiers::NONE);
        }
        press(&mut edit, KeyCode::Char('u'), KeyModifiers::CONTROL);
        assert_eq!(edit.text(), "Dupont");
    }

    #[test]
    fn keys_edit_the_line_as_a_terminal_does() {
        let mut edit = typed("rue des Lilas");
        press(&mut edit, KeyCode::Home, KeyModifiers::NONE);
        for c in "12 ".chars() {
            press(&mut edit, KeyCode::Char(c), KeyModifiers::NONE);
        }
        assert_eq!(edit.text(), "12 rue des Lilas");
        press(&mut edit, KeyCode::Char('e'), KeyModifiers::CONTROL);
        press(&mut edit, KeyCode::Char('w'), KeyModifiers::CONTROL);
        assert_eq!(edit.text(), "12 rue des ");
        press(&mut edit, KeyCode::Backspace, KeyModifiers::NONE);
        press(&mut edit, KeyCode::Char('a'), KeyModifiers::CONTROL);
        press(&mut edit, KeyCode::Delete, KeyModifiers::NONE);
        press(&mut edit, KeyCode::Char('k'), KeyModifiers::CONTROL);
        assert_eq!(edit.text(), "");
        // AltGr (Ctrl+Alt on Windows) types its character.
        press(
            &mut edit,
            KeyCode::Char('@'),
            KeyModifiers::CONTROL | KeyModifiers::ALT,
        );
        assert_eq!(edit.text(), "@");
        assert_eq!(
            press(&mut edit, KeyCode::Esc, KeyModifiers::NONE),
            Outcome::Esc
        );
        assert_eq!(
            press(&mut edit, KeyCode::Char('c'), KeyModifiers::CONTROL),
            Outcome::Interrupt
        );
        assert_eq!(
            press(&mut edit, KeyCode::Enter, KeyModifiers::NONE),
            Outcome::Enter
        );
    }
}
