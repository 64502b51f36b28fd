//! The mobility factor sheet: each factor rated, with a note; the summary and the traps.

use fluent_bundle::FluentArgs;

use crate::domain::Case;
use crate::domain::mobility::{self, Factor, Rating};
use crate::i18n::Localizer;

use super::{bullet, choice_row, heading, theme};

pub fn mobility_ui(ui: &mut egui::Ui, case: &mut Case, i18n: &Localizer) {
    heading(ui, &i18n.tr("mobility-title"));
    ui.label(i18n.tr("mobility-intro"));
    ui.add_space(6.0);
    let sheet = &mut case.mobility;
    ui.checkbox(&mut sheet.moving_abroad, i18n.tr("mobility-moving-abroad"));
    if !sheet.moving_abroad {
        ui.label(egui::RichText::new(i18n.tr("mobility-not-moving")).weak());
        return;
    }
    ui.add_space(6.0);

    for factor in Factor::ALL {
        let name = i18n.tr(factor.message_id());
        ui.group(|ui| {
            ui.set_width(ui.available_width());
            ui.label(egui::RichText::new(&name).strong());
            ui.label(egui::RichText::new(i18n.tr(&format!("{}-help", factor.message_id()))).weak());
            let entry = &mut sheet.factors[factor.index()];
            ui.horizontal_wrapped(|ui| {
                choice_row(
                    ui,
                    i18n,
                    &name,
                    &mut entry.rating,
                    &Rating::ALL,
                    Rating::message_id,
                );
            });
            let mut args = FluentArgs::new();
            args.set("factor", name.as_str());
            ui.add(
                egui::TextEdit::singleline(&mut entry.note)
                    .hint_text(i18n.tr("mobility-note-hint"))
                    .desired_width(f32::INFINITY),
            )
            .accessible_name(i18n.tr_args("mobility-note-name", &args));
        });
    }

    ui.add_space(8.0);
    let summary = mobility::summarize(sheet);
    heading(ui, &i18n.tr("mobility-summary"));
    let list = |factors: &[Factor]| {
        if factors.is_empty() {
            i18n.tr("mobility-none")
        } else {
            i18n.join(factors.iter().map(|f| i18n.tr(f.message_id())))
        }
    };
    summary_line(
        ui,
        &i18n.tr("mobility-strengths"),
        &list(&summary.strengths),
        theme::good(ui),
    );
    summary_line(
        ui,
        &i18n.tr("mobility-risks"),
        &list(&summary.risks),
        theme::warn(ui),
    );
    summary_line(
        ui,
        &i18n.tr("mobility-unknowns"),
        &list(&summary.unknowns),
        ui.visuals().text_color(),
    );
    if !summary.traps.is_empty() {
        ui.add_space(6.0);
        ui.label(
            egui::RichText::new(format!("⚠ {}", i18n.tr("mobility-traps")))
                .strong()
                .color(theme::warn(ui)),
        );
        for trap in &summary.traps {
            bullet(ui, &i18n.tr(trap.message_id()));
        }
    }
}

fn summary_line(ui: &mut egui::Ui, label: &str, value: &str, colour: egui::Color32) {
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(label).strong().color(colour));
        ui.label(value);
    });
}
