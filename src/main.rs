//! Command line, logging, window options, and the run loop — nothing else.

use std::process::ExitCode;

use gracious::cli::{self, Invocation};
use gracious::store::Store;
use gracious::{App, AppOptions};

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn"))
        .format_timestamp_micros()
        .init();
    let cli = match cli::parse(std::env::args_os().skip(1)) {
        Ok(Invocation::Run(options)) => options,
        Ok(Invocation::Help) => {
            println!("{}", cli::help());
            return ExitCode::SUCCESS;
        }
        Ok(Invocation::Version) => {
            println!("gracious {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Ok(Invocation::ReviewHelp) => {
            println!("{}", cli::review_help());
            return ExitCode::SUCCESS;
        }
        Ok(Invocation::Review(options)) => {
            return match gracious::review_report::run(&options, &mut std::io::stdin().lock()) {
                Ok(json) => {
                    println!("{json}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("gracious {e}");
                    ExitCode::from(2)
                }
            };
        }
        Err(e) => {
            eprintln!("gracious: {e}\nTry 'gracious --help' for the options.");
            return ExitCode::from(2);
        }
    };

    let Some(data_dir) = cli.data_dir.or_else(Store::default_dir) else {
        eprintln!(
            "gracious: no data folder could be found for this user; pass one with --data-dir"
        );
        return ExitCode::FAILURE;
    };

    if let Err(e) = cli::check_data_dir(&data_dir) {
        eprintln!("gracious: {e}");
        return ExitCode::from(2);
    }
    let mut options = AppOptions::new(data_dir.clone());
    options.language = cli.lang;
    options.quit_after_first_frame = cli.quit_after_first_frame;

    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Gracious")
        .with_app_id("gracious")
        .with_inner_size([1000.0, 760.0])
        .with_min_inner_size([520.0, 400.0]);
    // The window icon (X11 taskbars; desktops that match the app id use the installed
    // icon theme instead). 64 px: a 256 px PNG took about 3 ms of start-up to decode.
    match eframe::icon_data::from_png_bytes(include_bytes!("../assets/icons/gracious-64.png")) {
        Ok(icon) => viewport = viewport.with_icon(std::sync::Arc::new(icon)),
        Err(e) => log::warn!("the window icon could not be decoded: {e}"),
    }
    // Lock the data folder and start reading it while the window is being created: as
    // soon as the event loop exists, not before. A second thread makes every C `FILE`
    // read lock per character, and the event loop's start reads the X11 compose table
    // that way (libX11's input method): begun earlier, a long job search cost that
    // read about 10 ms. Where the hook does not run, `App::new` begins it.
    let startup = std::sync::Arc::new(std::sync::Mutex::new(None));
    let begun = std::sync::Arc::clone(&startup);
    let native_options = eframe::NativeOptions {
        viewport,
        // Gracious installs its own system-font provider, told the interface language.
        system_font_fallback: false,
        window_builder: Some(Box::new(move |builder| {
            if let Ok(mut slot) = begun.lock() {
                *slot = Some(gracious::app::Startup::begin(&data_dir));
            }
            builder
        })),
        ..Default::default()
    };

    let result = eframe::run_native(
        "Gracious",
        native_options,
        Box::new(move |cc| {
            options.startup = startup.lock().ok().and_then(|mut slot| slot.take());
            Ok(Box::new(App::new(&cc.egui_ctx, options)))
        }),
    );
    log::info!("window closed");
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gracious: could not open the window: {e}");
            ExitCode::FAILURE
        }
    }
}
