//! The first start: a short welcome with the two ways in (your own opportunity, or an
//! example that shows every panel filled in), and the banner that marks the example.

use crate::command::Command;
use crate::domain::Case;

use super::{PanelContext, heading, theme};

/// The welcome shown instead of the panels while nothing has been entered yet.
pub fn welcome_ui(ui: &mut egui::Ui, cx: PanelContext<'_>, cmds: &mut Vec<Command>) {
    let i18n = cx.i18n;
    ui.add_space(12.0);
    heading(ui, &i18n.tr("welcome-title"));
    ui.label(i18n.tr("welcome-body"));
    ui.add_space(4.0);
    ui.label(i18n.tr("welcome-steps"));
    ui.add_space(10.0);
    ui.horizontal_wrapped(|ui| {
        if ui.button(i18n.tr("welcome-start")).clicked() {
            cmds.push(Command::DismissWelcome);
        }
        if ui.button(i18n.tr("welcome-example")).clicked() {
            cmds.push(Command::OpenExample);
        }
    });
    ui.add_space(6.0);
    ui.label(egui::RichText::new(i18n.tr("welcome-private")).weak());
}

/// The banner over an example opportunity, with the way to remove it.
pub fn example_banner(
    ui: &mut egui::Ui,
    cx: PanelContext<'_>,
    case: &Case,
    cmds: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        ui.colored_label(theme::warn(ui), cx.i18n.tr("example-banner"));
        if ui.button(cx.i18n.tr("example-remove")).clicked() {
            cmds.push(Command::DeleteCase(case.id));
        }
    });
}
