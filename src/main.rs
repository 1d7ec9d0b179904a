use std::process::ExitCode;

fn main() -> ExitCode {
    recours::cli::main()
}
