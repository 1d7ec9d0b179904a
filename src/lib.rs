//! recours turns a complainant's case file into the complaint letter or mediator referral the
//! next rung of the institution's ladder calls for, as a PDF.
//!
//! Data flows one way, each stage returning a value:
//!
//! ```text
//! case.yaml ──► CaseFile ─┐
//!                         ├─► Plan ──► Letter ──► Typst markup ──► PDF bytes ──► file
//! institutions.yaml ──► Registry ─┘  (ladder)  (letter)  (template)   (typeset)    (output)
//! ```

pub mod case;
pub mod cli;
pub mod error;
pub mod letter;
pub mod procedure;
pub mod registry;
pub mod render;
pub mod text;
pub mod yaml;

pub use crate::case::CaseFile;
pub use crate::error::{Diagnostic, Error, MarkupError};
pub use crate::letter::Letter;
pub use crate::procedure::{Assessment, Plan, PlanOptions, Verdict};
pub use crate::registry::Registry;
pub use crate::render::template::Templates;
pub use crate::render::typeset::{Pdf, PdfIdentity, Standard, Typesetter};
pub use crate::render::{Engine, Prepared, Rendered, today};
