//! The letter as an e-mail draft (`render --email`): an RFC 5322 / MIME message, written with
//! `mail-builder`, that a mail client opens as a draft to send (`X-Unsent: 1`, read by
//! Thunderbird and Outlook). Its body is the letter as text, wrapped at 72 columns; the PDF is
//! attached. recours sends nothing and opens no connection.
//!
//! Reproducible: the `Date` is the letter's date (noon UTC, a day no time zone moves), the
//! `Message-ID` and the MIME boundary are derived from the PDF's bytes, so that the same letter
//! gives the same draft and no host name leaks. An address with a non-ASCII local part
//! (`réclamation@…`) is written in UTF-8, as RFC 6532 allows; display names are RFC 2047
//! encoded words.

use chrono::NaiveDate;
use mail_builder::MessageBuilder;
use mail_builder::headers::address::Address;
use mail_builder::headers::content_type::ContentType;
use mail_builder::headers::raw::Raw;
use mail_builder::mime::MimePart;

use crate::letter::Letter;
use crate::render::text::{self, EMAIL_WIDTH};
use crate::text::digest::sha256_hex;

/// What a draft is made of.
pub struct Draft<'a> {
    pub letter: &'a Letter,
    /// The recipient's name and e-mail address.
    pub to: (&'a str, &'a str),
    /// The sender's name and e-mail address, when the case gives one; without it the mail
    /// client puts the account's own.
    pub from: Option<(&'a str, &'a str)>,
    pub date: NaiveDate,
    pub pdf: &'a [u8],
    /// The attachment's file name.
    pub pdf_name: &'a str,
}

/// The draft of a rendered letter — from the case's sender (the representative when one acts),
/// to the recipient's e-mail address — when that address is known.
pub fn of_rendered(
    file: &crate::case::CaseFile,
    rendered: &crate::render::Rendered,
    pdf_name: &str,
) -> Option<Vec<u8>> {
    let case = &file.case;
    let from = match &case.representative {
        Some(r) => r.email.as_deref().map(|e| (r.name.value.trim(), e.trim())),
        None => (case.complainant.email.as_deref())
            .map(|e| (case.complainant.name.value.trim(), e.trim())),
    };
    let to = rendered.delivery.email.as_deref()?;
    Some(eml(&Draft {
        letter: &rendered.letter,
        to: (&rendered.letter.recipient_name, to),
        from,
        date: rendered.date,
        pdf: &rendered.pdf.bytes,
        pdf_name,
    }))
}

/// The draft as the bytes of an `.eml` file.
pub fn eml(draft: &Draft) -> Vec<u8> {
    let digest = sha256_hex(draft.pdf);
    let noon = draft
        .date
        .and_hms_opt(12, 0, 0)
        .expect("noon exists")
        .and_utc()
        .timestamp();
    let body = text::letter(draft.letter, Some(EMAIL_WIDTH));
    let parts = vec![
        MimePart::new(
            ContentType::new("text/plain").attribute("charset", "utf-8"),
            body,
        ),
        MimePart::new("application/pdf", draft.pdf.to_vec()).attachment(draft.pdf_name),
    ];
    let mixed = ContentType::new("multipart/mixed")
        .attribute("boundary", format!("recours-{}", &digest[..32]));
    let mut message = MessageBuilder::new()
        .to(Address::new_address(Some(draft.to.0), draft.to.1))
        .subject(draft.letter.subject.replace('\u{a0}', " "))
        .date(noon)
        .message_id(format!("{}@recours.invalid", &digest[..40]))
        .header("X-Unsent", Raw::new("1"))
        .body(MimePart::new(mixed, parts));
    if let Some((name, address)) = draft.from {
        message = message.from(Address::new_address(Some(name), address));
    }
    message
        .write_to_vec()
        .expect("writing to memory does not fail")
}
