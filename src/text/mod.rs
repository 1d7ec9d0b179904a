//! Text and identifiers, below every stage: French and Dutch dates, numbers and typography,
//! the checks of card numbers, Belgian national register numbers and file numbers (and what a
//! message or a letter may show of them), the nearest known word for a typo, and digests.

pub mod digest;
pub mod dutch;
pub mod french;
pub mod identifiers;
pub mod similar;
