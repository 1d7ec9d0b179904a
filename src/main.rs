use std::process::ExitCode;

/// Typesetting allocates many small objects; mimalloc serves them faster than the system
/// allocator (measured in `benches/batch.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    recours::cli::main()
}
