//! The header of the current opportunity (company, role, contact, stage, dates) and the
//! row of panel tabs under it.

use crate::command::Command;
use crate::domain::{Case, Stage, Status};
use crate::i18n::Localizer;

use super::{PanelContext, Tab, date_field, labelled_choice_row, labelled_text_field};

/// The header, the tabs (`tab` is the panel on screen) and the next-step bar.
pub fn header_ui(
    ui: &mut egui::Ui,
    cx: PanelContext<'_>,
    case: &mut Case,
    tab: Tab,
    cmds: &mut Vec<Command>,
) {
    ui.add_space(4.0);
    if case.example {
        super::welcome::example_banner(ui, cx, case, cmds);
    }
    fields_ui(ui, cx.i18n, case);
    ui.add_space(4.0);
    super::progress::tabs(ui, cx, case, tab, cmds);
    ui.add_space(2.0);
    super::progress::next_step_bar(ui, cx, case, cmds);
    ui.add_space(2.0);
}

fn fields_ui(ui: &mut egui::Ui, i18n: &Localizer, case: &mut Case) {
    ui.horizontal_wrapped(|ui| {
        labelled_text_field(ui, &i18n.tr("header-company"), &mut case.company, 160.0);
        ui.add_space(8.0);
        labelled_text_field(ui, &i18n.tr("header-role"), &mut case.role, 160.0);
        ui.add_space(8.0);
        labelled_text_field(ui, &i18n.tr("header-contact"), &mut case.contact, 160.0);
    });
    ui.horizontal_wrapped(|ui| {
        labelled_choice_row(
            ui,
            i18n,
            "header-stage",
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
        ui.horizontal(|ui| {
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
        });
        ui.add_space(8.0);
        date_field(ui, i18n, &i18n.tr("header-reply-by"), &mut case.reply_by);
    });
}
