//! Slips of a hand-written case file the parser reports far from where they are: a quote
//! left open, a space of indentation too many. Each is said at its own line.

use super::SyntaxFault;
use crate::text::messages::tr;

/// A quoted text not closed on its line (the parser stops lines further down): said at the
/// line that opened it.
pub(super) fn unclosed_quote(lines: &[&str], at: usize, message: &str) -> Option<SyntaxFault> {
    if !(message.contains("multiline") || message.contains("quoted scalar")) {
        return None;
    }
    for n in (0..=at.min(lines.len().saturating_sub(1))).rev() {
        let source = lines[n];
        let Some((_, value)) = source.split_once(": ") else {
            continue;
        };
        let value = value.trim_start();
        let quotes = value.matches('"').count() - value.matches("\\\"").count();
        if value.starts_with('"') && quotes % 2 == 1 {
            let column = source.len() - value.len() + 1;
            return Some(SyntaxFault {
                line: n as u64 + 1,
                column: column as u64,
                problem: tr!("yaml-quote-not-closed"),
                help: tr!("yaml-quote-not-closed.help"),
            });
        }
    }
    None
}

/// A line indented further than the key above it, which holds a value: a space too many.
pub(super) fn extra_indent(
    lines: &[&str],
    at: usize,
    line: u64,
    above: Option<&str>,
    message: &str,
) -> Option<SyntaxFault> {
    if !message.contains("mapping values are not allowed") {
        return None;
    }
    let source = lines.get(at)?;
    let (key_above, value_above) = above?.split_once(": ")?;
    if value_above.trim().is_empty() {
        return None;
    }
    let indent = |l: &str| l.len() - l.trim_start_matches(' ').len();
    let extra = indent(source).saturating_sub(indent(key_above));
    (extra > 0 && source.trim_start().contains(": ")).then(|| SyntaxFault {
        line,
        column: 1,
        problem: tr!("yaml-extra-indent", count = extra),
        help: tr!("yaml-extra-indent.help"),
    })
}
