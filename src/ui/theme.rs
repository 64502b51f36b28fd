//! Theme: follow the system, or force light or dark; colours for verdicts and notices
//! that keep enough contrast in both.

use egui::Color32;

use crate::domain::ThemeChoice;

/// Apply the user's theme choice to the context.
pub fn apply(ctx: &egui::Context, choice: ThemeChoice) {
    let preference = match choice {
        ThemeChoice::System => egui::ThemePreference::System,
        ThemeChoice::Light => egui::ThemePreference::Light,
        ThemeChoice::Dark => egui::ThemePreference::Dark,
    };
    ctx.set_theme(preference);
}

/// Colour for good news (lean accept, strengths).
#[must_use]
pub fn good(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_rgb(120, 210, 140)
    } else {
        Color32::from_rgb(20, 110, 40)
    }
}

/// Colour for warnings (decline, risks, traps).
#[must_use]
pub fn warn(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_rgb(255, 170, 110)
    } else {
        Color32::from_rgb(170, 60, 0)
    }
}

/// Background behind placeholders still to fill in.
#[must_use]
pub fn highlight(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_rgb(90, 70, 20)
    } else {
        Color32::from_rgb(255, 236, 170)
    }
}

/// Colour for errors the user must act on.
#[must_use]
pub fn error(ui: &egui::Ui) -> Color32 {
    ui.visuals().error_fg_color
}
