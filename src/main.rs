use std::process::ExitCode;

use clap::Parser;
use kamaki::cli::{self, Cli};
use kamaki::error::exit;
use kamaki::output;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let settings = cli.globals.output_settings();
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(runtime) => runtime,
        Err(e) => {
            output::report_error(
                &kamaki::error::Error::general(format!("cannot start: {e}")),
                settings.format,
            );
            return ExitCode::from(exit::GENERAL);
        }
    };
    let result = runtime.block_on(cli::run(cli)).and_then(|out| output::render(&out, &settings));
    // Stray requests (e.g. the embedded sandbox's connections) must not hold up exit.
    runtime.shutdown_background();
    match result {
        Ok(()) => ExitCode::from(exit::OK),
        // A closed pipe (`kamaki … | head`) is not an error.
        Err(e) if e.io_kind() == Some(std::io::ErrorKind::BrokenPipe) => ExitCode::from(exit::OK),
        Err(e) => {
            output::report_error(&e, settings.format);
            ExitCode::from(e.exit_code())
        }
    }
}
