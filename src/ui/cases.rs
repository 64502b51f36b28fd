//! The list of opportunities, sorted by reply deadline, with overdue ones marked.

use fluent_bundle::FluentArgs;

use crate::command::Command;
use crate::domain::progress;
use crate::domain::timeline::Weekend;
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
    let i18n = cx.i18n;
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

    // Only the rows in view are laid out: a long job search has a thousand of them.
    // Every row has the same height (three lines, each cut with "…" where it is too
    // long), which is what lets the scroll area skip the others.
    let ids = workspace.sorted_ids();
    let body = egui::TextStyle::Body.resolve(ui.style());
    let small = egui::FontId::new(body.size * 0.85, body.family.clone());
    let padding = ui.spacing().button_padding;
    let row_height =
        ui.fonts_mut(|f| f.row_height(&body) + 2.0 * f.row_height(&small)) + 2.0 * padding.y;
    // The weekend of the interface locale, looked up once for every row.
    let weekend = cx.weekend();
    egui::ScrollArea::vertical()
        .id_salt("cases-list")
        .auto_shrink([false, true])
        .show_rows(ui, row_height, ids.len(), |ui, rows| {
            for &id in &ids[rows] {
                let Some(case) = workspace.case(id) else {
                    continue;
                };
                let row = Row::of(cx, case, weekend);
                let selected = id == workspace.current_id;
                let response = row_ui(ui, &row, selected, row_height, (&body, &small));
                // The lines are cut to the list's width: the whole text on hover.
                let response =
                    response.on_hover_text(format!("{}\n{}\n{}", row.title, row.detail, row.next));
                if response.clicked() && !selected {
                    cmds.push(Command::SelectCase(id));
                }
            }
        });
}

/// The three lines of one opportunity in the list.
struct Row {
    title: String,
    detail: String,
    next: String,
    overdue: bool,
    archived: bool,
}

impl Row {
    fn of(cx: PanelContext<'_>, case: &Case, weekend: Weekend) -> Self {
        let i18n = cx.i18n;
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
        let mut overdue = progress::is_overdue(case, cx.now);
        if overdue {
            detail = format!("{detail} · ⚠ {}", i18n.tr("cases-overdue"));
        }
        // Promises due today or overdue (after the answer: their reply, the call, …).
        let pressing =
            crate::domain::followup::pressing(case, cx.zone(), cx.today(), weekend).len();
        if pressing > 0 {
            let mut args = FluentArgs::new();
            args.set("count", pressing);
            detail = format!("{detail} · ⚠ {}", i18n.tr_args("cases-promises-due", &args));
            overdue = true;
        }
        let mut args = FluentArgs::new();
        let next = progress::next_action(case, cx.zone(), weekend);
        args.set("action", super::progress::next_action_text(cx, &next));
        Self {
            title,
            detail,
            next: i18n.tr_args("cases-next", &args),
            overdue,
            archived: case.status == Status::Archived,
        }
    }
}

/// One row: a selectable area as wide as the list, its three lines cut to fit, named
/// for screen readers with the whole text.
fn row_ui(
    ui: &mut egui::Ui,
    row: &Row,
    selected: bool,
    height: f32,
    (body, small): (&egui::FontId, &egui::FontId),
) -> egui::Response {
    let width = ui.available_width();
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::click());
    let name = format!("{}, {}, {}", row.title, row.detail, row.next);
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &name));
    if !ui.is_rect_visible(rect) {
        return response;
    }
    let visuals = ui.style().interact_selectable(&response, selected);
    if selected || response.hovered() || response.has_focus() {
        ui.painter().rect(
            rect,
            visuals.corner_radius,
            visuals.weak_bg_fill,
            visuals.bg_stroke,
            egui::StrokeKind::Inside,
        );
    }
    let padding = ui.spacing().button_padding;
    let inner = rect.shrink2(padding);
    let strong = if row.archived {
        ui.visuals().weak_text_color()
    } else if selected {
        visuals.text_color()
    } else {
        ui.visuals().strong_text_color()
    };
    let weak = if row.overdue {
        theme::warn(ui)
    } else if selected {
        visuals.text_color()
    } else {
        ui.visuals().weak_text_color()
    };
    let mut y = inner.top();
    for (text, font, colour) in [
        (&row.title, body, strong),
        (&row.detail, small, weak),
        (&row.next, small, weak),
    ] {
        let mut job = egui::text::LayoutJob::single_section(
            text.clone(),
            egui::TextFormat::simple(font.clone(), colour),
        );
        job.wrap = egui::text::TextWrapping::truncate_at_width(inner.width());
        let galley = ui.fonts_mut(|f| f.layout_job(job));
        let line_height = galley.size().y;
        ui.painter()
            .galley(egui::pos2(inner.left(), y), galley, colour);
        y += line_height;
    }
    response
}
