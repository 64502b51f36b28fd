//! The list of opportunities, sorted by reply deadline, with overdue ones marked.

use fluent_bundle::FluentArgs;

use crate::command::Command;
use crate::domain::progress;
use crate::domain::{Case, Status, Workspace};
use crate::i18n::{Localizer, format};

use super::{PanelContext, theme};

/// The title of an opportunity in lists: company and role, or a stand-in.
#[must_use]
pub fn case_title(case: &Case, i18n: &Localizer) -> String {
    match (case.company.trim(), case.role.trim()) {
        ("", "") => i18n.tr("cases-untitled"),
        (company, "") => company.to_owned(),
        ("", role) => role.to_owned(),
        (company, role) => format!("{company} · {role}"),
    }
}

/// The list of opportunities with its buttons (new, duplicate, archive, delete).
pub fn cases_ui(
    ui: &mut egui::Ui,
    cx: PanelContext<'_>,
    workspace: &Workspace,
    cmds: &mut Vec<Command>,
) {
    let (i18n, today) = (cx.i18n, cx.today());
    ui.add_space(4.0);
    ui.label(egui::RichText::new(i18n.tr("cases-title")).strong());
    ui.horizontal_wrapped(|ui| {
        if ui.button(i18n.tr("cases-new")).clicked() {
            cmds.push(Command::NewCase);
        }
        let current = workspace.current_id;
        if ui.button(i18n.tr("cases-duplicate")).clicked() {
            cmds.push(Command::DuplicateCase(current));
        }
        let archived = workspace
            .case(current)
            .is_some_and(|c| c.status == Status::Archived);
        let archive_label = if archived {
            i18n.tr("cases-unarchive")
        } else {
            i18n.tr("cases-archive")
        };
        if ui.button(archive_label).clicked() {
            cmds.push(Command::ToggleArchive(current));
        }
        if ui.button(i18n.tr("cases-delete")).clicked() {
            cmds.push(Command::DeleteCase(current));
        }
    });
    ui.separator();

    egui::ScrollArea::vertical()
        .id_salt("cases-list")
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for id in workspace.sorted_ids() {
                let Some(case) = workspace.case(id) else {
                    continue;
                };
                let selected = id == workspace.current_id;
                let mut title = case_title(case, i18n);
                if case.example {
                    title = format!("{title} · {}", i18n.tr("cases-example"));
                }
                let mut detail = format!(
                    "{} · {}",
                    i18n.tr(case.stage.message_id()),
                    i18n.tr(case.status.message_id())
                );
                if let Some(date) = case.reply_by_date() {
                    let mut args = FluentArgs::new();
                    args.set("date", format::short_date(i18n.language(), date));
                    detail = format!("{detail} · {}", i18n.tr_args("cases-reply-by", &args));
                }
                let overdue = case.is_overdue(today);
                if overdue {
                    detail = format!("{detail} · ⚠ {}", i18n.tr("cases-overdue"));
                }
                let mut text = egui::text::LayoutJob::default();
                let style = ui.style();
                let body = egui::TextStyle::Body.resolve(style);
                let strong = egui::TextFormat {
                    font_id: body.clone(),
                    color: if case.status == Status::Archived {
                        style.visuals.weak_text_color()
                    } else {
                        style.visuals.strong_text_color()
                    },
                    ..Default::default()
                };
                let small = egui::TextFormat {
                    font_id: egui::FontId::new(body.size * 0.85, body.family.clone()),
                    color: if overdue {
                        theme::warn(ui)
                    } else {
                        style.visuals.weak_text_color()
                    },
                    ..Default::default()
                };
                let mut args = FluentArgs::new();
                let next = progress::next_action(case, cx.zone());
                args.set("action", super::progress::next_action_text(cx, &next));
                let next = i18n.tr_args("cases-next", &args);
                text.append(&title, 0.0, strong);
                text.append("\n", 0.0, small.clone());
                text.append(&detail, 0.0, small.clone());
                text.append("\n", 0.0, small.clone());
                text.append(&next, 0.0, small);
                let response = ui
                    .add(egui::Button::selectable(selected, text).wrap())
                    .accessible_name(format!("{title}, {detail}, {next}"));
                if response.clicked() && !selected {
                    cmds.push(Command::SelectCase(id));
                }
            }
        });
}
