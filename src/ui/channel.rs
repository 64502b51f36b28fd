//! The channel recommendation: facts about the process → email or a call with a recap.

use crate::domain::Case;
use crate::domain::channel::{self, Channel, Contact};
use crate::i18n::Localizer;

use super::{bullet, choice_row, heading};

pub fn channel_ui(ui: &mut egui::Ui, case: &mut Case, i18n: &Localizer) {
    heading(ui, &i18n.tr("channel-title"));
    ui.label(i18n.tr("channel-intro"));
    ui.add_space(6.0);
    let facts = &mut case.channel;

    ui.horizontal_wrapped(|ui| {
        let group = i18n.tr("channel-main-contact");
        ui.label(&group);
        choice_row(
            ui,
            i18n,
            &group,
            &mut facts.main_contact,
            &Contact::ALL,
            Contact::message_id,
        );
    });
    ui.horizontal(|ui| {
        let label = ui.label(i18n.tr("channel-rounds"));
        ui.add(egui::DragValue::new(&mut facts.interview_rounds).range(0..=20))
            .labelled_by(label.id);
    });
    ui.checkbox(&mut facts.close_rapport, i18n.tr("channel-close-rapport"));
    ui.checkbox(
        &mut facts.personal_time_given,
        i18n.tr("channel-personal-time"),
    );
    ui.checkbox(
        &mut facts.close_collaboration,
        i18n.tr("channel-collaboration"),
    );
    ui.checkbox(
        &mut facts.relocation_or_visa_discussed,
        i18n.tr("channel-relocation-visa"),
    );
    ui.checkbox(
        &mut facts.interviews_by_video,
        i18n.tr("channel-video-process"),
    );

    ui.add_space(10.0);
    let recommendation = channel::recommend(facts);
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(i18n.tr("channel-recommendation")).strong());
        ui.label(
            egui::RichText::new(i18n.tr(recommendation.channel.message_id()))
                .heading()
                .strong(),
        );
    });
    ui.label(egui::RichText::new(i18n.tr("channel-why")).strong());
    for reason in &recommendation.reasons {
        bullet(ui, &i18n.tr(reason.message_id()));
    }
    if recommendation.channel != Channel::Email {
        ui.add_space(4.0);
        ui.label(i18n.tr("channel-recap-advice"));
    }
    ui.add_space(4.0);
    ui.label(egui::RichText::new(i18n.tr("channel-timing")).weak());
}
