//! Theme: follow the system, or force light or dark; colours for verdicts and notices
//! that keep enough contrast in both.

use egui::Color32;

use crate::domain::ThemeChoice;

/// egui's visuals for `theme`, with weak and error text dark or light enough to reach
/// WCAG AA contrast (egui's defaults do not: weak text on dark is about 2.3:1).
#[must_use]
pub fn accessible_visuals(theme: egui::Theme) -> egui::Visuals {
    let mut visuals = match theme {
        egui::Theme::Dark => egui::Visuals::dark(),
        egui::Theme::Light => egui::Visuals::light(),
    };
    if visuals.dark_mode {
        visuals.weak_text_color = Some(Color32::from_gray(150));
        visuals.error_fg_color = Color32::from_rgb(255, 110, 110);
    } else {
        visuals.weak_text_color = Some(Color32::from_gray(100));
        visuals.error_fg_color = Color32::from_rgb(180, 0, 0);
    }
    visuals
}

/// Install the accessible visuals for both themes.
pub fn install(ctx: &egui::Context) {
    for theme in [egui::Theme::Dark, egui::Theme::Light] {
        ctx.set_visuals_of(theme, accessible_visuals(theme));
    }
}

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
    good_in(ui.visuals())
}

/// Colour for warnings (decline, risks, traps).
#[must_use]
pub fn warn(ui: &egui::Ui) -> Color32 {
    warn_in(ui.visuals())
}

/// Background behind placeholders still to fill in.
#[must_use]
pub fn highlight(ui: &egui::Ui) -> Color32 {
    highlight_in(ui.visuals())
}

/// Colour for errors the user must act on.
#[must_use]
pub fn error(ui: &egui::Ui) -> Color32 {
    error_in(ui.visuals())
}

#[must_use]
pub fn good_in(visuals: &egui::Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(120, 210, 140)
    } else {
        Color32::from_rgb(20, 110, 40)
    }
}

#[must_use]
pub fn warn_in(visuals: &egui::Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(255, 170, 110)
    } else {
        Color32::from_rgb(170, 60, 0)
    }
}

#[must_use]
pub fn highlight_in(visuals: &egui::Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(90, 70, 20)
    } else {
        Color32::from_rgb(255, 236, 170)
    }
}

#[must_use]
pub fn error_in(visuals: &egui::Visuals) -> Color32 {
    visuals.error_fg_color
}

/// WCAG 2 contrast ratio of two opaque colours (1 to 21).
#[must_use]
pub fn contrast(a: Color32, b: Color32) -> f32 {
    fn luminance(c: Color32) -> f32 {
        let channel = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text colour the app uses, on every background it sits on, in both themes,
    /// reaches WCAG AA (4.5:1).
    #[test]
    fn text_contrast_meets_wcag_aa_in_both_themes() {
        let mut failures = Vec::new();
        for visuals in [
            accessible_visuals(egui::Theme::Dark),
            accessible_visuals(egui::Theme::Light),
        ] {
            let texts = [
                ("text", visuals.text_color()),
                ("weak", visuals.weak_text_color()),
                ("strong", visuals.strong_text_color()),
                ("good", good_in(&visuals)),
                ("warn", warn_in(&visuals)),
                ("error", error_in(&visuals)),
            ];
            let backgrounds = [
                ("panel", visuals.panel_fill),
                ("window", visuals.window_fill),
                ("field", visuals.extreme_bg_color),
            ];
            for (text_name, text) in texts {
                for (bg_name, bg) in backgrounds {
                    let ratio = contrast(text, bg);
                    if ratio < 4.5 {
                        failures.push(format!(
                            "{} {text_name} on {bg_name}: {ratio:.2}",
                            if visuals.dark_mode { "dark" } else { "light" }
                        ));
                    }
                }
            }
            let on_highlight = contrast(visuals.strong_text_color(), highlight_in(&visuals));
            if on_highlight < 4.5 {
                failures.push(format!("placeholder highlight: {on_highlight:.2}"));
            }
        }
        assert!(failures.is_empty(), "{failures:#?}");
    }

    #[test]
    fn contrast_of_black_on_white_is_21() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
    }
}
