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
