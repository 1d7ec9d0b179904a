//! The procedure: the calendar and the deadlines, whether a level may be climbed on a day,
//! the plan of the next letter (which level, which recipient, which earlier steps it cites)
//! and the timeline `check` prints.

pub mod admissibility;
pub mod agenda;
pub mod calendar;
pub mod deadlines;
pub mod delivery;
pub mod plan;
pub mod timeline;

pub use admissibility::{Assessment, Verdict};
pub use plan::{Plan, PlanOptions};
