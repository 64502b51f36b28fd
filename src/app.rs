//! The application: owns the workspace, the localizer and the view state; draws the
//! frame; carries out the [`Command`]s the panels return; saves in the background.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use fluent_bundle::FluentArgs;
use unic_langid::LanguageIdentifier;

use crate::clipboard::{Clipboard, SystemClipboard};
use crate::command::Command;
use crate::domain::{ThemeChoice, Workspace};
use crate::i18n::fonts::{FontWatch, MissingGlyphs, font_locale};
use crate::i18n::{self, LOCALES, Localizer};
use crate::store::{self, Notice, Problem, Saver, Store};
use crate::ui::editor::{self, EditorState};
use crate::ui::{Tab, channel, checklist, header, mobility, theme};

/// Save this long after the last change…
const SAVE_QUIET_SECONDS: f64 = 0.5;
/// …but no later than this after the first unsaved change.
const SAVE_AT_MOST_SECONDS: f64 = 2.0;
/// Retry a failed save after this long.
const SAVE_RETRY_SECONDS: f64 = 10.0;

/// How the app is started.
pub struct AppOptions {
    /// Where the workspace file lives.
    pub data_dir: PathBuf,
    /// Forces the interface language for this run (`--lang`).
    pub language: Option<LanguageIdentifier>,
    pub clipboard: Box<dyn Clipboard>,
    /// Look for system fonts for scripts the default fonts lack. Off stands for a machine
    /// without such fonts.
    pub system_fonts: bool,
}

impl AppOptions {
    /// Defaults for a data folder: system clipboard, system fonts, OS language.
    #[must_use]
    pub fn new(data_dir: impl Into<PathBuf>) -> Self {
        Self {
            data_dir: data_dir.into(),
            language: None,
            clipboard: Box::new(SystemClipboard::default()),
            system_fonts: true,
        }
    }
}

/// A message in the status bar.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Status {
    Info(String),
    Error(String),
}

pub struct App {
    workspace: Workspace,
    i18n: Localizer,
    tab: Tab,
    editor: EditorState,

    store: Store,
    /// `None` when saving is off because an unreadable file could not be moved aside.
    saver: Option<Saver>,
    notices: Vec<Notice>,
    /// The workspace as of the last change seen, to notice the next one.
    last_seen: Workspace,
    first_unsaved_at: Option<f64>,
    last_change_at: f64,
    generation: u64,
    save_error: Option<String>,
    retry_at: Option<f64>,

    status: Option<Status>,
    clipboard: Box<dyn Clipboard>,
    missing_glyphs: MissingGlyphs,
    system_fonts: bool,
    font_locale: String,
}

impl App {
    /// Load the workspace and set up the context (fonts, theme).
    #[must_use]
    pub fn new(ctx: &egui::Context, options: AppOptions) -> Self {
        let store = Store::new(options.data_dir);
        let loaded = store.load();
        for notice in &loaded.notices {
            log::warn!("{notice:?}");
        }
        let workspace = loaded.workspace;
        let language = options
            .language
            .or_else(|| {
                workspace
                    .settings
                    .ui_language
                    .as_deref()
                    .and_then(|t| t.parse().ok())
            })
            .unwrap_or_else(i18n::system_language);
        let i18n = Localizer::new(&language);

        let saver = loaded.may_save.then(|| {
            let ctx = ctx.clone();
            Saver::new(store.clone(), Box::new(move || ctx.request_repaint()))
        });

        let mut app = Self {
            last_seen: workspace.clone(),
            workspace,
            i18n,
            tab: Tab::default(),
            editor: EditorState::default(),
            store,
            saver,
            notices: loaded.notices,
            first_unsaved_at: None,
            last_change_at: 0.0,
            generation: 0,
            save_error: None,
            retry_at: None,
            status: None,
            clipboard: options.clipboard,
            missing_glyphs: MissingGlyphs::default(),
            system_fonts: options.system_fonts,
            font_locale: String::new(),
        };
        app.install_fonts(ctx);
        theme::apply(ctx, app.workspace.settings.theme);
        app
    }

    /// The workspace as it is now.
    #[must_use]
    pub fn workspace(&self) -> &Workspace {
        &self.workspace
    }

    /// The interface language.
    #[must_use]
    pub fn language(&self) -> &LanguageIdentifier {
        self.i18n.language()
    }

    /// The panel on screen.
    #[must_use]
    pub fn tab(&self) -> Tab {
        self.tab
    }

    /// Write everything now and wait for it (at most a few seconds). Used on exit.
    pub fn flush_save(&mut self) -> bool {
        let Some(saver) = &self.saver else {
            return false;
        };
        self.generation += 1;
        let queued = saver.save(self.generation, store::encode(&self.workspace));
        let done = queued && saver.flush(Duration::from_secs(5));
        self.last_seen = self.workspace.clone();
        self.first_unsaved_at = None;
        self.take_save_reports();
        done
    }

    /// (Re)install the font provider, told the interface language.
    fn install_fonts(&mut self, ctx: &egui::Context) {
        let locale = font_locale(self.i18n.language());
        if locale == self.font_locale {
            return;
        }
        let provider = if self.system_fonts {
            FontWatch::system(&locale, self.missing_glyphs.clone())
        } else {
            FontWatch::none(self.missing_glyphs.clone())
        };
        ctx.set_font_providers(vec![Arc::new(provider)]);
        self.font_locale = locale;
    }

    fn apply(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::CopyToClipboard(text) => {
                self.status = Some(match self.clipboard.set_text(&text) {
                    Ok(()) => Status::Info(self.i18n.tr("status-copied")),
                    Err(e) => {
                        let mut args = FluentArgs::new();
                        args.set("error", e);
                        Status::Error(self.i18n.tr_args("status-copy-failed", &args))
                    }
                });
            }
            Command::SetLanguage(language) => {
                self.workspace.settings.ui_language = language.as_ref().map(ToString::to_string);
                self.i18n
                    .set_language(&language.unwrap_or_else(i18n::system_language));
                self.install_fonts(ctx);
                self.status = None;
            }
            Command::SetTheme(choice) => {
                self.workspace.settings.theme = choice;
                theme::apply(ctx, choice);
            }
            Command::OpenTab(tab) => self.tab = tab,
            Command::ResetDraft => {
                let profile = self.workspace.profile.clone();
                let case = self.workspace.current_case_mut();
                editor::refresh_draft(&mut self.editor, case, &profile, &self.i18n, true);
            }
        }
    }

    fn take_save_reports(&mut self) {
        let Some(saver) = &self.saver else { return };
        for report in saver.poll() {
            match report.result {
                Ok(()) => {
                    self.save_error = None;
                    self.retry_at = None;
                }
                Err(e) => self.save_error = Some(e),
            }
        }
    }

    /// Notice changes and queue a save once typing pauses (or at most every 2 s).
    fn autosave(&mut self, ctx: &egui::Context) {
        self.take_save_reports();
        let Some(saver) = &self.saver else { return };
        let now = ctx.input(|i| i.time);
        if self.workspace != self.last_seen {
            self.last_seen = self.workspace.clone();
            self.last_change_at = now;
            self.first_unsaved_at.get_or_insert(now);
        }
        if self.save_error.is_some() && self.first_unsaved_at.is_none() {
            let retry_at = *self.retry_at.get_or_insert(now + SAVE_RETRY_SECONDS);
            if now >= retry_at {
                self.retry_at = None;
                self.first_unsaved_at = Some(now);
            } else {
                ctx.request_repaint_after(Duration::from_secs_f64(retry_at - now));
            }
        }
        let Some(first) = self.first_unsaved_at else {
            return;
        };
        let due = (self.last_change_at + SAVE_QUIET_SECONDS).min(first + SAVE_AT_MOST_SECONDS);
        if now >= due {
            self.generation += 1;
            if !saver.save(self.generation, store::encode(&self.workspace)) {
                self.save_error = Some(self.i18n.tr("status-saver-stopped"));
            }
            self.first_unsaved_at = None;
        } else {
            ctx.request_repaint_after(Duration::from_secs_f64(due - now));
        }
    }

    fn shortcuts(ctx: &egui::Context, cmds: &mut Vec<Command>) {
        for tab in Tab::ALL {
            let shortcut = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, tab.key());
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                cmds.push(Command::OpenTab(tab));
            }
        }
    }

    fn menu_ui(&self, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.label(egui::RichText::new(self.i18n.tr("app-title")).strong());
            ui.separator();
            ui.menu_button(self.i18n.tr("menu-language"), |ui| {
                let forced = self.workspace.settings.ui_language.is_some();
                let mut args = FluentArgs::new();
                args.set("language", i18n::native_name(&i18n::system_language()));
                if ui
                    .selectable_label(!forced, self.i18n.tr_args("menu-language-system", &args))
                    .clicked()
                {
                    cmds.push(Command::SetLanguage(None));
                    ui.close();
                }
                for locale in LOCALES {
                    let selected = forced
                        && locale.tag.parse::<LanguageIdentifier>().ok().as_ref()
                            == Some(self.i18n.language());
                    if ui.selectable_label(selected, locale.native_name).clicked() {
                        cmds.push(Command::SetLanguage(locale.tag.parse().ok()));
                        ui.close();
                    }
                }
            });
            ui.menu_button(self.i18n.tr("menu-theme"), |ui| {
                for choice in ThemeChoice::ALL {
                    let selected = self.workspace.settings.theme == choice;
                    if ui
                        .selectable_label(selected, self.i18n.tr(choice.message_id()))
                        .clicked()
                    {
                        cmds.push(Command::SetTheme(choice));
                        ui.close();
                    }
                }
            });
        });
    }

    fn notices_ui(&mut self, ui: &mut egui::Ui) {
        let colour = theme::warn(ui);
        let mut dismiss = None;
        for (index, notice) in self.notices.iter().enumerate() {
            ui.horizontal_wrapped(|ui| {
                ui.colored_label(colour, format!("⚠ {}", notice_text(&self.i18n, notice)));
                if ui.button(self.i18n.tr("notice-dismiss")).clicked() {
                    dismiss = Some(index);
                }
            });
        }
        if let Some(index) = dismiss {
            self.notices.remove(index);
        }
        if let Some(error) = &self.save_error {
            let mut args = FluentArgs::new();
            args.set("folder", self.store.dir().display().to_string());
            args.set("error", error.as_str());
            ui.colored_label(
                theme::error(ui),
                format!("⚠ {}", self.i18n.tr_args("notice-save-failed", &args)),
            );
        }
        let missing = self.missing_glyphs.chars();
        if !missing.is_empty() {
            let mut args = FluentArgs::new();
            args.set("count", missing.len());
            ui.colored_label(
                colour,
                format!("⚠ {}", self.i18n.tr_args("notice-missing-font", &args)),
            );
        }
    }

    fn has_notices(&self) -> bool {
        !self.notices.is_empty()
            || self.save_error.is_some()
            || !self.missing_glyphs.chars().is_empty()
    }
}

fn notice_text(i18n: &Localizer, notice: &Notice) -> String {
    let mut args = FluentArgs::new();
    let problem = |p: &Problem| match p {
        Problem::Empty => i18n.tr("problem-empty"),
        Problem::Malformed(detail) => {
            let mut a = FluentArgs::new();
            a.set("detail", detail.as_str());
            i18n.tr_args("problem-malformed", &a)
        }
        Problem::FutureVersion(v) => {
            let mut a = FluentArgs::new();
            a.set("version", *v);
            i18n.tr_args("problem-future-version", &a)
        }
        Problem::Unreadable(detail) => {
            let mut a = FluentArgs::new();
            a.set("detail", detail.as_str());
            i18n.tr_args("problem-unreadable", &a)
        }
    };
    match notice {
        Notice::SetAside {
            problem: p,
            moved_to,
        } => {
            args.set("problem", problem(p));
            args.set("path", moved_to.display().to_string());
            i18n.tr_args("notice-set-aside", &args)
        }
        Notice::LeftInPlace { problem: p, path } => {
            args.set("problem", problem(p));
            args.set("path", path.display().to_string());
            i18n.tr_args("notice-left-in-place", &args)
        }
        Notice::RestoredFromBackup { path } => {
            args.set("path", path.display().to_string());
            i18n.tr_args("notice-restored-backup", &args)
        }
        Notice::BackupSetAside {
            problem: p,
            moved_to,
        } => {
            args.set("problem", problem(p));
            args.set("path", moved_to.display().to_string());
            i18n.tr_args("notice-backup-set-aside", &args)
        }
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let mut cmds = Vec::new();
        Self::shortcuts(&ctx, &mut cmds);

        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui, &mut cmds));
        if self.has_notices() {
            egui::Panel::top("notices").show(ui, |ui| self.notices_ui(ui));
        }
        egui::Panel::top("header").show(ui, |ui| {
            ui.add_space(4.0);
            header::header_ui(ui, self.workspace.current_case_mut(), &self.i18n);
            ui.add_space(2.0);
        });
        egui::Panel::bottom("status").show(ui, |ui| match &self.status {
            Some(Status::Info(text)) => {
                ui.label(format!("✔ {text}"));
            }
            Some(Status::Error(text)) => {
                ui.colored_label(theme::error(ui), format!("⚠ {text}"));
            }
            None => {
                ui.label(egui::RichText::new(self.i18n.tr("status-ready")).weak());
            }
        });
        egui::Panel::left("tabs").resizable(false).show(ui, |ui| {
            ui.add_space(6.0);
            for tab in Tab::ALL {
                if ui
                    .selectable_label(self.tab == tab, self.i18n.tr(tab.message_id()))
                    .clicked()
                {
                    cmds.push(Command::OpenTab(tab));
                }
            }
        });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt(("panel", self.tab))
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    self.workspace.current_case_mut();
                    let Workspace {
                        cases,
                        current,
                        profile,
                        ..
                    } = &mut self.workspace;
                    let Some(case) = cases.get_mut(*current) else {
                        return;
                    };
                    match self.tab {
                        Tab::Checklist => checklist::checklist_ui(ui, case, &self.i18n, &mut cmds),
                        Tab::Mobility => mobility::mobility_ui(ui, case, &self.i18n),
                        Tab::Channel => channel::channel_ui(ui, case, &self.i18n),
                        Tab::Editor => editor::editor_ui(
                            ui,
                            &mut self.editor,
                            case,
                            profile,
                            &self.i18n,
                            &mut cmds,
                        ),
                    }
                });
        });

        for command in cmds {
            self.apply(&ctx, command);
        }
        self.autosave(&ctx);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        if self.saver.is_some() && !self.flush_save() {
            log::error!("could not save before exit");
        }
    }
}
