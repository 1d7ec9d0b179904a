//! Addresses that fit the envelope. La Poste (NF Z10-011) and bpost ask for at most 6 lines of
//! at most 38 characters: more gives a warning naming the line. The recipient block must also
//! fit the window of a DL envelope once the letter is folded (about 88 × 35 mm at the letter's
//! 10.5 pt): a block that would overflow it is an error.

use crate::text::messages::tr;

/// La Poste and bpost: lines in an address block.
pub const MAX_LINES: usize = 6;
/// La Poste and bpost: characters in a line.
pub const MAX_CHARS: usize = 38;
/// Lines of the letter's text that fit the window's usable height.
pub const WINDOW_LINES: usize = 7;
/// Characters of the letter's text that surely fit the window's usable width; a longer line
/// is counted as wrapping.
pub const WINDOW_CHARS: usize = 50;

/// What a block's check found.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct BlockCheck {
    pub warnings: Vec<String>,
    /// Set when the block would not fit the envelope's window.
    pub overflow: Option<String>,
}

/// Checks an address block (`what` names it in messages: "the recipient block").
pub fn check_block(what: &str, lines: &[String], in_window: bool) -> BlockCheck {
    let mut check = BlockCheck::default();
    if lines.len() > MAX_LINES {
        check.warnings.push(tr!(
            "address-lines",
            what = what,
            count = lines.len(),
            max = MAX_LINES
        ));
    }
    for (i, line) in lines.iter().enumerate() {
        let length = line.chars().count();
        if length > MAX_CHARS {
            check.warnings.push(tr!(
                "address-line-long",
                number = i + 1,
                what = what,
                line = line.as_str(),
                length = length,
                max = MAX_CHARS
            ));
        }
    }
    if in_window {
        let shown: usize = lines
            .iter()
            .map(|l| l.chars().count().div_ceil(WINDOW_CHARS).max(1))
            .sum();
        if shown > WINDOW_LINES {
            check.overflow = Some(tr!(
                "address-overflow",
                what = what,
                shown = shown,
                window = WINDOW_LINES
            ));
        }
    }
    check
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(texts: &[&str]) -> Vec<String> {
        texts.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn a_plain_address_passes() {
        assert_eq!(
            check_block(
                "the recipient block",
                &lines(&["Service client Cetelem", "95908 Cergy Pontoise Cedex 9"]),
                true
            ),
            BlockCheck::default()
        );
    }

    #[test]
    fn long_lines_and_many_lines_are_warned() {
        let check = check_block(
            "the sender block",
            &lines(&[
                "A",
                "B",
                "C",
                "D",
                "E",
                "F",
                "Résidence des Grands Chênes, bâtiment B, escalier 4",
            ]),
            false,
        );
        assert_eq!(
            check.warnings,
            [
                "the sender block has 7 lines; La Poste and bpost ask for 6 at most",
                "line 7 of the sender block (“Résidence des Grands Chênes, bâtiment B, escalier 4”) has 51 characters; La Poste and bpost ask for 38 at most",
            ]
        );
        assert_eq!(
            check.overflow, None,
            "the sender block is not in the window"
        );
    }

    #[test]
    fn a_block_too_tall_for_the_window_is_an_error() {
        let seven = lines(&["1", "2", "3", "4", "5", "6", "7"]);
        assert_eq!(
            check_block("the recipient block", &seven, true).overflow,
            None
        );
        let mut wrapped = seven.clone();
        wrapped[0] = "x".repeat(WINDOW_CHARS + 1);
        assert!(
            check_block("the recipient block", &wrapped, true)
                .overflow
                .unwrap()
                .contains("takes 8 lines")
        );
    }
}
