//! The YAML reader's own words, in the tool's language: the parser says what stopped it in
//! English ("invalid indentation in multiline quoted scalar at line 18, column 3"); the most
//! frequent of its messages read in French or Dutch, the others as the parser wrote them; the
//! place is then dropped, the message's file, line and column giving it already.

use crate::text::messages::{Lang, language, tr};

/// The parser's message in the tool's language (in English, as the parser wrote it).
pub fn parser_words(detail: &str) -> String {
    if language() == Lang::En {
        return detail.to_string();
    }
    let detail = match detail.rsplit_once(" at line ") {
        Some((before, after)) if after.contains(", column ") => before,
        _ => detail,
    };
    match detail {
        "invalid indentation in multiline quoted scalar" => tr!("yp-quoted-indent"),
        "invalid indentation in flow construct" => tr!("yp-flow-indent"),
        "invalid indentation" => tr!("yp-indent"),
        "illegal placement of ':' indicator" => tr!("yp-colon-place"),
        "invalid trailing content after double-quoted scalar"
        | "invalid trailing content after single-quoted scalar" => tr!("yp-after-quote"),
        "mapping values are not allowed in this context" => tr!("yp-mapping-values"),
        "while parsing a block mapping, did not find expected key" => tr!("yp-expected-key"),
        "while parsing a block collection, did not find expected '-' indicator" => {
            tr!("yp-expected-dash")
        }
        "while parsing a flow mapping, did not find expected ',' or '}'" => {
            tr!("yp-flow-mapping")
        }
        "while parsing a node, did not find expected node content" => tr!("yp-node-content"),
        "unclosed quote" => tr!("yp-unclosed-quote"),
        "comment intercepting the multiline text" => tr!("yp-comment-intercepts"),
        "unexpected end of plain scalar" => tr!("yp-plain-end"),
        d if d.starts_with("unclosed bracket") => tr!("yp-unclosed-bracket"),
        d if d.contains("tab") => tr!("yaml-tab"),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_stays_the_parsers_own_words() {
        // Unit tests read English, the code's language.
        assert_eq!(
            parser_words("illegal placement of ':' indicator at line 44, column 7"),
            "illegal placement of ':' indicator at line 44, column 7"
        );
    }
}
