//! The parts of a frame below the shell: the panel on screen, the windows over it, and
//! the zoom remembered.

use crate::command::Command;
use crate::i18n;
use crate::ui::{
    PanelContext, Tab, Window, channel, checklist, compare, followup, letter, mobility, profile,
    windows,
};

use super::App;

impl App {
    /// The panel on screen, in the central area.
    pub(super) fn panel_ui(
        &mut self,
        ui: &mut egui::Ui,
        now: &jiff::ZonedDateTime,
        cmds: &mut Vec<Command>,
    ) {
        let cx = PanelContext {
            i18n: &self.i18n,
            now,
        };
        match self.tab {
            Tab::Checklist => {
                let seen = self.pre_send_seen();
                let total = self
                    .workspace
                    .total_change_of_current(crate::data::ppp_table(), now.year());
                let case = self.workspace.current_case_mut();
                checklist::checklist_ui(ui, cx, case, total, seen, cmds);
            }
            Tab::Mobility => {
                let (case, profile, _) = self.workspace.current_case_with_context();
                mobility::mobility_ui(ui, cx, &mut self.mobility, case, profile, cmds);
            }
            Tab::Channel => channel::channel_ui(ui, cx, self.workspace.current_case_mut(), cmds),
            Tab::Letter => letter::editor_ui(
                ui,
                cx,
                &mut self.editor,
                &self.spelling,
                &mut self.workspace,
                cmds,
            ),
            Tab::FollowUp => followup::followup_ui(
                ui,
                cx,
                &mut self.followup,
                self.workspace.current_case_mut(),
                cmds,
            ),
        }
    }

    /// The dates of one opportunity (or of all) as an iCalendar file.
    pub(super) fn calendar(&self, only: Option<crate::domain::CaseId>) -> String {
        let now = self.now();
        let weekend = i18n::calendar::weekend(self.i18n.language());
        let cases: Vec<&crate::domain::Case> = match only {
            Some(id) => self.workspace.case(id).into_iter().collect(),
            None => self.workspace.cases.iter().collect(),
        };
        let events: Vec<_> = cases
            .iter()
            .flat_map(|case| {
                followup::calendar_events(&self.i18n, case, now.time_zone(), now.date(), weekend)
            })
            .collect();
        let name = match only.and_then(|id| self.workspace.case(id)) {
            Some(case) => {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("title", crate::ui::cases::case_title(case, &self.i18n));
                self.i18n.tr_args("ics-calendar-name", &args)
            }
            None => self.i18n.tr("ics-calendar-name-all"),
        };
        crate::domain::followup::ics::write(&events, &name, now.time_zone(), now.timestamp())
    }

    /// Count the pressing promises of every opportunity again, once a minute (and after
    /// a command, which clears the minute).
    pub(super) fn count_due(&mut self, now: &jiff::ZonedDateTime) {
        let minute = Some((now.date(), now.hour(), now.minute()));
        if self.due.0 != minute {
            let weekend = i18n::calendar::weekend(self.i18n.language());
            let notices = followup::due_notices(
                &self.i18n,
                &self.workspace.cases,
                now.time_zone(),
                now.date(),
                weekend,
            );
            self.due = (minute, notices);
        }
    }

    /// The due promises above the panels, less those dismissed this session. The
    /// opportunity on screen is edited directly (a promise ticked done): its notices are
    /// checked against it as it is now.
    pub(super) fn due_bar_ui(
        &self,
        ui: &mut egui::Ui,
        now: &jiff::ZonedDateTime,
        cmds: &mut Vec<Command>,
    ) {
        let weekend = i18n::calendar::weekend(self.i18n.language());
        let live: Vec<crate::domain::followup::Source> = self
            .workspace
            .current_case()
            .map(|case| {
                crate::domain::followup::pressing(case, now.time_zone(), now.date(), weekend)
                    .into_iter()
                    .map(|i| i.source)
                    .collect()
            })
            .unwrap_or_default();
        let current = self.workspace.current_id;
        let due: Vec<&followup::DueNotice> = self
            .due
            .1
            .iter()
            .filter(|n| !self.announced.contains(&(n.case, n.source, n.day)))
            .filter(|n| n.case != current || live.contains(&n.source))
            .collect();
        if !due.is_empty() {
            egui::Panel::top("due").show(ui, |ui| {
                followup::due_bar(ui, &self.i18n, &due, cmds);
            });
        }
    }

    /// The comparison of offers, in place of the panels.
    pub(super) fn compare_ui(
        &mut self,
        ui: &mut egui::Ui,
        now: &jiff::ZonedDateTime,
        cmds: &mut Vec<Command>,
    ) {
        let cx = PanelContext {
            i18n: &self.i18n,
            now,
        };
        compare::compare_view(
            ui,
            cx,
            (&mut self.mobility, &mut self.compare),
            &mut self.workspace,
            cmds,
        );
    }

    /// The pre-send items the app can see done for the current opportunity.
    pub(super) fn pre_send_seen(&self) -> [bool; 6] {
        self.workspace.current_case().map_or([false; 6], |case| {
            crate::domain::checklist::pre_send_seen(
                case.channel.chosen.is_some(),
                self.editor.reviewed_ready(case, &self.i18n),
            )
        })
    }

    /// The windows over the panels.
    pub(super) fn windows_ui(&mut self, ctx: &egui::Context, now: &jiff::ZonedDateTime) {
        let script = if self.windows.is_open(Window::CallMode) {
            self.call_script(now)
        } else {
            String::new()
        };
        let cx = PanelContext {
            i18n: &self.i18n,
            now,
        };
        profile::profile_window(
            ctx,
            cx.i18n,
            &mut self.windows.profile,
            &mut self.workspace.profile,
        );
        windows::about_window(ctx, cx.i18n, &mut self.windows.about);
        if self.windows.is_open(Window::CallMode) {
            windows::call_mode_window(ctx, cx.i18n, &mut self.windows.call_mode, &script);
        }
        self.path_prompt_ui(ctx);
    }

    /// The call script of the current opportunity, in the letter language.
    pub(super) fn call_script(&self, now: &jiff::ZonedDateTime) -> String {
        let Some(case) = self.workspace.current_case() else {
            return String::new();
        };
        let profile = &self.workspace.profile;
        let language = i18n::letter::language(&self.i18n, case, profile);
        let fields = i18n::letter::fields(&self.i18n, case, profile, &language, now);
        let why = i18n::letter::why(&self.i18n, case, &language);
        i18n::letter::render_message(&self.i18n, &language, "call-script", &fields, Some(&why))
    }

    /// Remember the zoom (Ctrl + / Ctrl −, handled by egui); says whether it changed.
    pub(super) fn remember_zoom(&mut self, ctx: &egui::Context) -> bool {
        let zoom = ctx.zoom_factor();
        let changed = (zoom - self.workspace.settings.zoom).abs() > f32::EPSILON
            && (zoom - 1.0).abs() + self.workspace.settings.zoom.abs() > f32::EPSILON;
        if changed {
            self.workspace.settings.zoom = zoom;
        }
        changed
    }
}
