//! The baseline for start-up and footprint measurements: a bare eframe window with the
//! same eframe features and renderer as Gracious, showing one line of text.
//!
//! `cargo run --release --features bare-baseline --bin bare -- --quit-after-first-frame`
//! (a binary, not an example: examples are built with the dev-dependencies, and
//! `egui_kittest` would add the wgpu renderer to eframe).

struct Bare {
    quit_after_first_frame: bool,
}

impl eframe::App for Bare {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("Hello");
        });
        if self.quit_after_first_frame {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}

fn main() -> eframe::Result {
    let quit_after_first_frame = std::env::args().any(|a| a == "--quit-after-first-frame");
    if std::env::args().any(|a| a == "--help") {
        println!(
            "bare [--quit-after-first-frame]\n\n  --quit-after-first-frame  diagnostic: paint the first frame, then close"
        );
        return Ok(());
    }
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("bare")
            .with_inner_size([1000.0, 760.0]),
        system_font_fallback: false,
        ..Default::default()
    };
    eframe::run_native(
        "bare",
        options,
        Box::new(move |_cc| {
            Ok(Box::new(Bare {
                quit_after_first_frame,
            }))
        }),
    )
}
