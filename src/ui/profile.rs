//! The profile: the user's name, signature, e-mail, and default letter language and
//! formality.

use fluent_bundle::FluentArgs;

use crate::domain::{Formality, Profile};
use crate::i18n::{self, Localizer};

use super::{choice_row, labelled_text_field, letter_language_combo};

/// The profile window; `open` is cleared when the user closes it.
pub fn profile_window(
    ctx: &egui::Context,
    i18n: &Localizer,
    open: &mut bool,
    profile: &mut Profile,
) {
    let mut still_open = *open;
    egui::Window::new(i18n.tr("profile-title"))
        .id(egui::Id::unique("profile-window"))
        .open(&mut still_open)
        .resizable(true)
        .default_width(460.0)
        .default_pos([260.0, 90.0])
        .show(ctx, |ui| {
            ui.label(egui::RichText::new(i18n.tr("profile-intro")).weak());
            ui.add_space(6.0);
            egui::Grid::new("profile-grid")
                .num_columns(2)
                .spacing([10.0, 8.0])
                .show(ui, |ui| {
                    labelled_text_field(ui, &i18n.tr("profile-name"), &mut profile.name, 260.0);
                    ui.end_row();
                    labelled_text_field(ui, &i18n.tr("profile-email"), &mut profile.email, 260.0);
                    ui.end_row();
                    let label = ui.label(i18n.tr("profile-signature"));
                    ui.add(
                        egui::TextEdit::multiline(&mut profile.signature)
                            .hint_text(i18n.tr("profile-signature-hint"))
                            .desired_rows(3)
                            .desired_width(260.0),
                    )
                    .labelled_by(label.id);
                    ui.end_row();

                    let mut args = FluentArgs::new();
                    args.set("language", i18n::native_name(i18n.language()));
                    letter_language_combo(
                        ui,
                        "profile-letter-language",
                        &i18n.tr("profile-letter-language"),
                        &mut profile.letter_language,
                        i18n.tr_args("editor-letter-language-same", &args),
                    );
                    ui.end_row();

                    let group = i18n.tr("profile-formality");
                    ui.label(&group);
                    ui.horizontal_wrapped(|ui| {
                        choice_row(
                            ui,
                            i18n,
                            &group,
                            &mut profile.formality,
                            &Formality::ALL,
                            Formality::message_id,
                        );
                    });
                    ui.end_row();
                });
            ui.label(egui::RichText::new(i18n.tr("profile-formality-help")).weak());
        });
    *open = still_open;
}
