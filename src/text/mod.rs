//! Text and identifiers, below every stage: French, Dutch and German dates, numbers and typography,
//! the checks of card numbers, Belgian national register numbers and file numbers (and what a
//! message or a letter may show of them), the nearest known word for a typo, digests, and the
//! tool's own messages in the language of its user.

pub mod digest;
pub mod dutch;
pub mod french;
pub mod german;
pub mod identifiers;
pub mod messages;
pub mod similar;

/// The text with the accents of Latin letters taken off (`réclamation` → `reclamation`), for
/// an address to check in its unaccented spelling; other characters are kept.
pub fn without_accents(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod accent_tests {
    #[test]
    fn accents_are_taken_off_latin_letters_only() {
        assert_eq!(
            super::without_accents("réclamation@madamecourtage.fr"),
            "reclamation@madamecourtage.fr"
        );
        assert_eq!(super::without_accents("çà-ü Ω"), "ca-u Ω");
    }
}
