//! The integration tests, in one binary (one link of typst instead of one per file): a
//! module per area, the shared helpers in `common`. `cargo test` runs them all;
//! `cargo test --test it batch::` one area.

mod address;
mod admissibility;
mod agenda;
mod architecture;
mod bad_input;
mod bad_inputs_corpus;
mod batch;
mod calendar;
mod cli;
mod clinic_registry;
mod common;
mod email;
mod init;
mod injection;
mod interview;
mod layout;
mod letters;
mod limits;
mod markup;
mod memory;
mod messages;
mod native;
mod paper;
mod pdf_standards;
mod preview;
mod privacy_and_paths;
mod readme;
mod record;
mod schema;
mod sent;
mod sources;
mod standing;
mod templates;
mod timeline;
mod watch;
