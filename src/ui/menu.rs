//! The menu bar and the keyboard shortcuts. Every action is declared once in
//! [`actions`], with its command, its menu label and its shortcut, so the menu's label,
//! the accelerator text beside it and the key that triggers it cannot drift apart.

use fluent_bundle::FluentArgs;
use unic_langid::LanguageIdentifier;

use crate::command::{Command, FileTask};
use crate::domain::{CaseId, Settings, ThemeChoice};
use crate::i18n::{self, LOCALES, Localizer};

use super::Tab;

/// A command the user can give from the menu, with a key, or both.
pub struct Action {
    pub command: Command,
    /// The message id of its entry in the File menu; `None` for a key alone.
    pub menu_label: Option<&'static str>,
    pub shortcut: Option<egui::KeyboardShortcut>,
}

const fn ctrl(key: egui::Key) -> egui::KeyboardShortcut {
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, key)
}

impl Action {
    fn menu(menu_label: &'static str, command: Command, shortcut: Option<egui::Key>) -> Self {
        Self {
            command,
            menu_label: Some(menu_label),
            shortcut: shortcut.map(ctrl),
        }
    }

    fn key(command: Command, shortcut: egui::KeyboardShortcut) -> Self {
        Self {
            command,
            menu_label: None,
            shortcut: Some(shortcut),
        }
    }
}

/// Every action, for the opportunity `current` and the panel `tab` on screen.
#[must_use]
pub fn actions(current: CaseId, tab: Tab) -> Vec<Action> {
    let mut actions = vec![
        Action::menu("menu-new-case", Command::NewCase, Some(egui::Key::N)),
        Action::menu(
            "menu-export-case",
            Command::File(FileTask::ExportCase(current)),
            Some(egui::Key::E),
        ),
        Action::menu(
            "menu-export-workspace",
            Command::File(FileTask::ExportWorkspace),
            None,
        ),
        Action::menu("menu-export-csv", Command::File(FileTask::ExportCsv), None),
        Action::menu(
            "menu-export-calendar",
            Command::File(FileTask::ExportCalendarAll),
            None,
        ),
        Action::menu("menu-import", Command::File(FileTask::Import), None),
        Action::menu(
            "menu-add-dictionary",
            Command::File(FileTask::AddDictionary),
            None,
        ),
        Action::key(
            Command::CopyLetter,
            egui::KeyboardShortcut::new(
                egui::Modifiers::COMMAND.plus(egui::Modifiers::SHIFT),
                egui::Key::C,
            ),
        ),
        Action::key(Command::OpenTab(tab.next()), ctrl(egui::Key::PageDown)),
        Action::key(Command::OpenTab(tab.previous()), ctrl(egui::Key::PageUp)),
        Action::key(Command::Quit, ctrl(egui::Key::Q)),
    ];
    actions.extend(
        Tab::ALL
            .into_iter()
            .map(|t| Action::key(Command::OpenTab(t), ctrl(t.key()))),
    );
    actions
}

/// The shortcut of a command, to show beside a button that gives it elsewhere.
#[must_use]
pub fn shortcut_of(command: &Command) -> Option<egui::KeyboardShortcut> {
    actions(CaseId::default(), Tab::default())
        .into_iter()
        .find(|a| a.command == *command)
        .and_then(|a| a.shortcut)
}

/// The commands of the shortcuts pressed in this frame (the keys are consumed).
pub fn pressed(ctx: &egui::Context, actions: &[Action], cmds: &mut Vec<Command>) {
    for action in actions {
        if let Some(shortcut) = &action.shortcut
            && ctx.input_mut(|i| i.consume_shortcut(shortcut))
        {
            cmds.push(action.command.clone());
        }
    }
}

/// The menu bar: File, Profile, About, Language and Theme.
pub fn menu_bar(
    ui: &mut egui::Ui,
    i18n: &Localizer,
    settings: &Settings,
    actions: &[Action],
    cmds: &mut Vec<Command>,
) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.label(egui::RichText::new(i18n.tr("app-title")).strong());
        ui.separator();
        ui.menu_button(i18n.tr("menu-file"), |ui| {
            for action in actions {
                let Some(label) = action.menu_label else {
                    continue;
                };
                let mut button = egui::Button::new(i18n.tr(label));
                if let Some(shortcut) = &action.shortcut {
                    button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
                }
                if ui.add(button).clicked() {
                    cmds.push(action.command.clone());
                    ui.close();
                }
            }
        });
        if ui.button(i18n.tr("menu-compare")).clicked() {
            cmds.push(Command::OpenComparison);
        }
        if ui.button(i18n.tr("menu-profile")).clicked() {
            cmds.push(Command::OpenWindow(super::Window::Profile));
        }
        if ui.button(i18n.tr("menu-about")).clicked() {
            cmds.push(Command::OpenWindow(super::Window::About));
        }
        ui.menu_button(i18n.tr("menu-language"), |ui| {
            language_menu(ui, i18n, settings, cmds);
        });
        ui.menu_button(i18n.tr("menu-theme"), |ui| {
            for choice in ThemeChoice::ALL {
                let selected = settings.theme == choice;
                if ui
                    .selectable_label(selected, i18n.tr(choice.message_id()))
                    .clicked()
                {
                    cmds.push(Command::SetTheme(choice));
                    ui.close();
                }
            }
        });
    });
}

/// "Follow the system" and every shipped language, each under its own name.
fn language_menu(
    ui: &mut egui::Ui,
    i18n: &Localizer,
    settings: &Settings,
    cmds: &mut Vec<Command>,
) {
    let forced = settings.ui_language.is_some();
    let mut args = FluentArgs::new();
    args.set("language", i18n::native_name(&i18n::system_language()));
    if ui
        .selectable_label(!forced, i18n.tr_args("menu-language-system", &args))
        .clicked()
    {
        cmds.push(Command::SetLanguage(None));
        ui.close();
    }
    // The pseudo-locale is for developers: listed in debug builds (and while it is in
    // use, e.g. after --lang en-XA).
    let in_use = i18n::is_pseudo(i18n.language());
    for locale in LOCALES
        .iter()
        .filter(|l| !l.pseudo || cfg!(debug_assertions) || in_use)
    {
        let selected = forced
            && locale.tag.parse::<LanguageIdentifier>().ok().as_ref() == Some(i18n.language());
        if ui.selectable_label(selected, locale.native_name).clicked() {
            cmds.push(Command::SetLanguage(locale.tag.parse().ok()));
            ui.close();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_actions_share_a_shortcut() {
        let actions = actions(CaseId(1), Tab::Checklist);
        let keys: Vec<_> = actions.iter().filter_map(|a| a.shortcut).collect();
        for (i, a) in keys.iter().enumerate() {
            assert!(keys[i + 1..].iter().all(|b| b != a), "{a:?} is bound twice");
        }
    }

    #[test]
    fn the_copy_button_shows_the_copy_shortcut() {
        let shortcut = shortcut_of(&Command::CopyLetter).expect("copy has a key");
        assert_eq!(shortcut.logical_key, egui::Key::C);
        assert!(shortcut.modifiers.shift);
        assert!(shortcut_of(&Command::UndoDelete).is_none());
    }
}
