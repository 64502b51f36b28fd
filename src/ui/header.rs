//! The header of the current opportunity: company, role, contact, stage and date.

use crate::domain::{Case, Stage, Status};
use crate::i18n::Localizer;

use super::{choice_row, date_field, labelled_text_field};

pub fn header_ui(ui: &mut egui::Ui, case: &mut Case, i18n: &Localizer) {
    ui.horizontal_wrapped(|ui| {
        labelled_text_field(ui, &i18n.tr("header-company"), &mut case.company, 160.0);
        ui.add_space(8.0);
        labelled_text_field(ui, &i18n.tr("header-role"), &mut case.role, 160.0);
        ui.add_space(8.0);
        labelled_text_field(ui, &i18n.tr("header-contact"), &mut case.contact, 160.0);
    });
    ui.horizontal_wrapped(|ui| {
        let stage = i18n.tr("header-stage");
        ui.label(&stage);
        choice_row(
            ui,
            i18n,
            &stage,
            &mut case.stage,
            &Stage::ALL,
            Stage::message_id,
        );
        ui.add_space(8.0);
        let date_label = match case.stage {
            Stage::AfterInterview => i18n.tr("header-date-interview"),
            Stage::AfterOffer => i18n.tr("header-date-offer"),
        };
        date_field(ui, i18n, &date_label, &mut case.date);
    });
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(i18n.tr("header-status"));
        egui::ComboBox::from_id_salt("header-status")
            .selected_text(i18n.tr(case.status.message_id()))
            .show_ui(ui, |ui| {
                for status in Status::ALL {
                    ui.selectable_value(&mut case.status, status, i18n.tr(status.message_id()));
                }
            })
            .response
            .labelled_by(label.id);
        ui.add_space(8.0);
        date_field(ui, i18n, &i18n.tr("header-reply-by"), &mut case.reply_by);
    });
}
