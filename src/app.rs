//! The application: owns the workspace, the localizer and the view state; draws the
//! frame; carries out the [`Command`]s the panels return; saves in the background.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use fluent_bundle::FluentArgs;
use unic_langid::LanguageIdentifier;

use crate::clipboard::{Clipboard, SystemClipboard};
use crate::command::{Command, FileTask};
use crate::domain::checklist::PreSendItem;
use crate::domain::message;
use crate::domain::template::CustomTemplate;
use crate::domain::{Case, Status, ThemeChoice, Workspace};
use crate::files::{DialogOutcome, PendingDialog, file_stem};
use crate::i18n::fonts::{FontWatch, MissingGlyphs, font_locale, needs_system_fonts};
use crate::i18n::{self, LOCALES, Localizer};
use crate::store::{self, Notice, Problem, Saver, Store};
use crate::ui::editor::{self, EditorState};
use crate::ui::{Tab, cases, channel, checklist, header, mobility, profile, theme};

/// Save this long after the last change…
const SAVE_QUIET_SECONDS: f64 = 0.5;
/// …but no later than this after the first unsaved change.
const SAVE_AT_MOST_SECONDS: f64 = 2.0;
/// Retry a failed save after this long.
const SAVE_RETRY_SECONDS: f64 = 10.0;

/// Opens a URL; the error is a message for the user.
pub type UrlOpener = Box<dyn Fn(&str) -> Result<(), String>>;

/// Open a `mailto:` link with the system's handler. The error names the failure briefly
/// (the launcher's own message repeats the whole link).
fn open_mail_link(url: &str) -> Result<(), String> {
    open::that_detached(url).map_err(|e| {
        log::warn!("opening the mail client failed: {e}");
        match e.kind() {
            std::io::ErrorKind::NotFound => "no program for mail links is installed".to_owned(),
            kind => kind.to_string(),
        }
    })
}

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
    /// Diagnostic: close the window once the first frame is drawn.
    pub quit_after_first_frame: bool,
    /// Use the system's file dialogs. Off (tests, or no dialog service) asks for a
    /// typed path instead.
    pub file_dialogs: bool,
    /// "Now" for deadlines, with its time zone; `None` reads the system clock and zone
    /// (tests fix it).
    pub now: Option<jiff::ZonedDateTime>,
    /// Opens a URL (the `mailto:` of the mail client); tests record it instead.
    pub open_url: UrlOpener,
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
            quit_after_first_frame: false,
            file_dialogs: true,
            now: None,
            open_url: Box::new(open_mail_link),
        }
    }
}

/// A message in the status bar.
#[derive(Clone, Debug, PartialEq, Eq)]
enum StatusLine {
    Info(String),
    Error(String),
}

// The flags are independent pieces of view state (a window open, a mode chosen at
// start); grouping them into an enum would not fit.
#[allow(clippy::struct_excessive_bools)]
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
    /// The workspace as last handed to the saver, or as loaded when the file was read
    /// cleanly: exit writes nothing when it is unchanged.
    last_queued: Option<Workspace>,
    first_unsaved_at: Option<f64>,
    last_change_at: f64,
    generation: u64,
    save_error: Option<String>,
    retry_at: Option<f64>,

    status: Option<StatusLine>,
    clipboard: Box<dyn Clipboard>,
    missing_glyphs: MissingGlyphs,
    system_fonts: bool,
    /// The locale hint of the installed font provider; `None` before the first.
    font_locale: Option<String>,
    quit_after_first_frame: bool,

    profile_open: bool,
    /// The last deleted opportunity and where it stood, for undo.
    deleted: Option<(usize, Case)>,
    file_dialogs: bool,
    dialog: Option<PendingDialog>,
    path_prompt: Option<PathPrompt>,
    fixed_now: Option<jiff::ZonedDateTime>,
    call_mode: bool,
    about_open: bool,
    mobility: mobility::MobilityState,
    open_url: UrlOpener,
}

/// The fallback when no system file dialog can be shown: a typed path.
struct PathPrompt {
    task: FileTask,
    path: String,
    error: Option<String>,
    /// The path field has had the keyboard focus once.
    focused: bool,
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
            last_queued: loaded.notices.is_empty().then(|| workspace.clone()),
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
            font_locale: None,
            quit_after_first_frame: options.quit_after_first_frame,
            profile_open: false,
            deleted: None,
            file_dialogs: options.file_dialogs,
            dialog: None,
            path_prompt: None,
            fixed_now: options.now,
            call_mode: false,
            about_open: false,
            mobility: mobility::MobilityState::default(),
            open_url: options.open_url,
        };
        app.install_fonts(ctx);
        theme::install(ctx);
        theme::apply(ctx, app.workspace.settings.theme);
        let zoom = app.workspace.settings.zoom;
        if (0.5..=3.0).contains(&zoom) {
            ctx.set_zoom_factor(zoom);
        }
        app
    }

    /// The workspace as it is now.
    #[must_use]
    pub fn workspace(&self) -> &Workspace {
        &self.workspace
    }

    /// The workspace, to change it directly (tests, and tools built on the library).
    pub fn workspace_mut(&mut self) -> &mut Workspace {
        &mut self.workspace
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
        let unchanged =
            self.save_error.is_none() && self.last_queued.as_ref() == Some(&self.workspace);
        let queued = unchanged || {
            self.generation += 1;
            self.last_queued = Some(self.workspace.clone());
            saver.save(self.generation, store::encode(&self.workspace))
        };
        let done = queued && saver.flush(Duration::from_secs(5));
        self.last_seen = self.workspace.clone();
        self.first_unsaved_at = None;
        self.take_save_reports();
        done
    }

    /// (Re)install the font provider, told the interface language.
    fn install_fonts(&mut self, ctx: &egui::Context) {
        let locale = font_locale(self.i18n.language());
        if self.font_locale.as_ref() == Some(&locale) {
            return;
        }
        let provider = if self.system_fonts {
            let eager = needs_system_fonts(self.i18n.language());
            FontWatch::system(&locale, eager, self.missing_glyphs.clone())
        } else {
            FontWatch::none(self.missing_glyphs.clone())
        };
        ctx.set_font_providers(vec![Arc::new(provider)]);
        self.font_locale = Some(locale);
    }

    fn apply(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::CopyLetter => self.copy_letter(),
            Command::OpenInMailClient => self.open_in_mail_client(),
            Command::SaveTemplate {
                name,
                version_of_builtin,
            } => self.save_template(name, version_of_builtin),
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
            Command::ResetDraft => self.refresh_current_draft(true),
            Command::OpenTemplate(scenario) => {
                let case = self.workspace.current_case_mut();
                let edited = case.draft.is_edited();
                case.draft.scenario = scenario;
                self.tab = Tab::Editor;
                if edited {
                    self.status = Some(StatusLine::Info(self.i18n.tr("status-draft-kept")));
                }
            }
            Command::SelectCase(id) => {
                self.workspace.select(id);
            }
            Command::NewCase => {
                self.workspace.new_case();
                self.tab = Tab::Checklist;
            }
            Command::DuplicateCase(id) => {
                self.workspace.duplicate(id);
            }
            Command::ToggleArchive(id) => {
                if let Some(case) = self.workspace.cases.iter_mut().find(|c| c.id == id) {
                    case.status = if case.status == Status::Archived {
                        Status::Deciding
                    } else {
                        Status::Archived
                    };
                }
            }
            Command::DeleteCase(id) => {
                if let Some((index, case)) = self.workspace.delete(id) {
                    let mut args = FluentArgs::new();
                    args.set("title", cases::case_title(&case, &self.i18n));
                    self.status =
                        Some(StatusLine::Info(self.i18n.tr_args("status-deleted", &args)));
                    self.deleted = Some((index, case));
                }
            }
            Command::UndoDelete => {
                if let Some((index, case)) = self.deleted.take() {
                    self.workspace.restore(index, case);
                    self.status = None;
                }
            }
            Command::OpenProfile => self.profile_open = true,
            Command::OpenCallMode => self.call_mode = true,
            Command::OpenAbout => self.about_open = true,
            Command::File(task) => self.start_file_task(ctx, task),
        }
    }

    /// Bring the current draft up to date, so that its placeholders are known even when
    /// the editor has not been shown yet; `force` regenerates an edited draft too.
    fn refresh_current_draft(&mut self, force: bool) {
        let zone = self.now().time_zone().clone();
        let (case, profile, templates) = self.workspace.current_case_with_context();
        editor::refresh_draft(
            &mut self.editor,
            case,
            profile,
            templates,
            &self.i18n,
            &zone,
            force,
        );
    }

    /// The current letter as it leaves the app, or the message saying which placeholders
    /// must be filled first (`refused_id` names the message).
    fn outgoing_letter(&mut self, refused_id: &str) -> Result<(String, String), String> {
        self.refresh_current_draft(false);
        let Some(case) = self.workspace.current_case() else {
            return Err(String::new());
        };
        let text = case.draft.plain_text();
        let unfilled = crate::domain::template::unfilled(&text, self.editor.markers());
        if !unfilled.is_empty() {
            let mut args = FluentArgs::new();
            args.set("placeholders", self.i18n.join(&unfilled));
            return Err(self.i18n.tr_args(refused_id, &args));
        }
        Ok((
            message::clean_text(&case.draft.subject),
            message::clean_text(&case.draft.body),
        ))
    }

    fn copy_letter(&mut self) {
        let (subject, body) = match self.outgoing_letter("editor-copy-refused") {
            Ok(letter) => letter,
            Err(refusal) => {
                self.status = Some(StatusLine::Error(refusal));
                return;
            }
        };
        let text = if subject.is_empty() {
            body
        } else {
            format!("{subject}\n\n{body}")
        };
        let html = message::to_html(&text);
        let open_items = self
            .workspace
            .current_case()
            .map_or(0, |c| PreSendItem::ALL.len() - c.checklist.pre_send_done());
        self.status = Some(match self.clipboard.set_html(&html, &text) {
            Ok(()) if open_items > 0 => {
                let mut args = FluentArgs::new();
                args.set("open", open_items);
                StatusLine::Info(self.i18n.tr_args("status-copied-presend-open", &args))
            }
            Ok(()) => StatusLine::Info(self.i18n.tr("status-copied")),
            Err(e) => {
                let mut args = FluentArgs::new();
                args.set("error", e);
                StatusLine::Error(self.i18n.tr_args("status-copy-failed", &args))
            }
        });
    }

    fn open_in_mail_client(&mut self) {
        let (subject, body) = match self.outgoing_letter("editor-export-refused") {
            Ok(letter) => letter,
            Err(refusal) => {
                self.status = Some(StatusLine::Error(refusal));
                return;
            }
        };
        let to = self
            .workspace
            .current_case()
            .map(|c| c.contact_email.clone())
            .unwrap_or_default();
        let url = message::mailto(&to, &subject, &body);
        self.status = Some(match (self.open_url)(&url) {
            Ok(()) => StatusLine::Info(self.i18n.tr("editor-mail-opened")),
            Err(e) => {
                let mut args = FluentArgs::new();
                args.set("error", e);
                StatusLine::Error(self.i18n.tr_args("editor-mail-failed", &args))
            }
        });
    }

    /// Save the current draft as a template, its values turned back into placeholders.
    fn save_template(&mut self, name: String, version_of_builtin: bool) {
        let zone = self.now().time_zone().clone();
        let profile = self.workspace.profile.clone();
        let Some(case) = self.workspace.current_case().cloned() else {
            return;
        };
        let language = editor::letter_language(&case, &profile, &self.i18n);
        let fields = editor::letter_fields(&case, &profile, &self.i18n, &language, &zone);
        let signature = if fields.signature.trim().is_empty() {
            fields.sender.clone()
        } else {
            fields.signature.clone()
        };
        let values = [
            ("company", fields.company.as_str()),
            ("role", fields.role.as_str()),
            ("contact", fields.contact.as_str()),
            ("signature", signature.as_str()),
            ("sender", fields.sender.as_str()),
            ("date", fields.date.as_str()),
        ];
        let name = if name.trim().is_empty() {
            cases::case_title(&case, &self.i18n)
        } else {
            name
        };
        let template = CustomTemplate {
            id: 0,
            name: name.clone(),
            base: version_of_builtin.then_some(case.draft.scenario),
            language: language.to_string(),
            subject: crate::domain::template::templatize(&case.draft.subject, &values),
            body: crate::domain::template::templatize(&case.draft.body, &values),
        };
        if version_of_builtin {
            let tag = language.to_string();
            self.workspace
                .templates
                .retain(|t| !(t.base == Some(case.draft.scenario) && t.language == tag));
        }
        let id = self.workspace.add_template(template);
        if !version_of_builtin {
            self.workspace.current_case_mut().draft.custom = Some(id);
        }
        let mut args = FluentArgs::new();
        args.set("name", name);
        self.status = Some(StatusLine::Info(
            self.i18n.tr_args("templates-saved", &args),
        ));
    }

    /// The day deadlines are measured against.
    fn today(&self) -> jiff::civil::Date {
        self.now().date()
    }

    /// The current moment in the user's time zone (or the fixed one of a test).
    fn now(&self) -> jiff::ZonedDateTime {
        self.fixed_now
            .clone()
            .unwrap_or_else(jiff::ZonedDateTime::now)
    }

    /// The file name suggested for a task.
    fn suggested_file_name(&self, task: FileTask) -> String {
        let today = self.today();
        match task {
            FileTask::ExportCase(id) => {
                let title = self
                    .workspace
                    .case(id)
                    .map(|c| cases::case_title(c, &self.i18n))
                    .unwrap_or_default();
                format!("{}.ron", file_stem(&title))
            }
            FileTask::ExportWorkspace => format!("gracious-{today}.ron"),
            FileTask::ExportCsv => format!("gracious-opportunities-{today}.csv"),
            FileTask::SaveTxt | FileTask::SaveEml => {
                let title = self
                    .workspace
                    .current_case()
                    .map(|c| cases::case_title(c, &self.i18n))
                    .unwrap_or_default();
                let extension = if task == FileTask::SaveTxt {
                    "txt"
                } else {
                    "eml"
                };
                format!("{}.{extension}", file_stem(&title))
            }
            FileTask::ExportTemplates => "gracious-templates.ron".to_owned(),
            FileTask::Import | FileTask::ImportTemplates => String::new(),
        }
    }

    /// Ask for a path: the system dialog when there is one, else a typed path.
    fn start_file_task(&mut self, ctx: &egui::Context, task: FileTask) {
        let folder = directories::UserDirs::new()
            .and_then(|d| d.document_dir().map(std::path::Path::to_path_buf))
            .or_else(|| directories::UserDirs::new().map(|d| d.home_dir().to_path_buf()))
            .unwrap_or_else(|| self.store.dir().to_path_buf());
        let name = self.suggested_file_name(task);
        if self.file_dialogs && self.dialog.is_none() {
            let wake_ctx = ctx.clone();
            self.dialog = Some(PendingDialog::open(
                task,
                folder,
                name,
                Box::new(move || wake_ctx.request_repaint()),
            ));
        } else {
            self.path_prompt = Some(PathPrompt {
                task,
                path: folder.join(name).display().to_string(),
                error: None,
                focused: false,
            });
        }
    }

    /// Pick up the answer of an open system dialog.
    fn poll_dialog(&mut self) {
        let Some(outcome) = self.dialog.as_ref().and_then(PendingDialog::poll) else {
            return;
        };
        let Some(dialog) = self.dialog.take() else {
            return;
        };
        match outcome {
            DialogOutcome::Chosen(path) => {
                // The system dialog has asked before replacing a file.
                if let Err(e) = self.run_file_task(dialog.task, &path, true) {
                    self.status = Some(StatusLine::Error(e));
                }
            }
            DialogOutcome::Cancelled => {}
            DialogOutcome::Unavailable => {
                self.file_dialogs = false;
                let name = self.suggested_file_name(dialog.task);
                let folder = directories::UserDirs::new().map_or_else(
                    || self.store.dir().to_path_buf(),
                    |d| d.home_dir().to_path_buf(),
                );
                self.path_prompt = Some(PathPrompt {
                    task: dialog.task,
                    path: folder.join(name).display().to_string(),
                    error: Some(self.i18n.tr("file-no-dialog")),
                    focused: false,
                });
            }
        }
    }

    /// Export to or import from `path`; the error is a message for the user.
    fn run_file_task(
        &mut self,
        task: FileTask,
        path: &std::path::Path,
        replace: bool,
    ) -> Result<(), String> {
        let mut args = FluentArgs::new();
        args.set("path", path.display().to_string());
        let fail = |i18n: &Localizer, e: &dyn std::fmt::Display| {
            let mut args = FluentArgs::new();
            args.set("path", path.display().to_string());
            args.set("error", e.to_string());
            i18n.tr_args("file-failed", &args)
        };
        if task == FileTask::ImportTemplates {
            let text = store::read_import(path).map_err(|e| fail(&self.i18n, &e))?;
            let imported = store::decode_templates(&text)
                .map_err(|p| fail(&self.i18n, &problem_text(&self.i18n, &p)))?;
            args.set("count", imported.len());
            for template in imported {
                self.workspace.add_template(template);
            }
            self.status = Some(StatusLine::Info(
                self.i18n.tr_args("templates-imported", &args),
            ));
            return Ok(());
        }
        if task == FileTask::Import {
            let text = store::read_import(path).map_err(|e| fail(&self.i18n, &e))?;
            let imported = store::decode_import(&text)
                .map_err(|p| fail(&self.i18n, &problem_text(&self.i18n, &p)))?;
            args.set("count", imported.len());
            let ids = self.workspace.merge(imported);
            if let Some(first) = ids.first() {
                self.workspace.select(*first);
            }
            self.status = Some(StatusLine::Info(self.i18n.tr_args("file-imported", &args)));
            return Ok(());
        }
        let text = match task {
            FileTask::ExportCase(id) => {
                let case = self
                    .workspace
                    .case(id)
                    .cloned()
                    .into_iter()
                    .collect::<Vec<_>>();
                store::encode_cases(&case)
            }
            FileTask::ExportWorkspace => store::encode(&self.workspace),
            FileTask::ExportCsv => self.csv(),
            FileTask::ExportTemplates => store::encode_templates(&self.workspace.templates),
            FileTask::SaveTxt | FileTask::SaveEml => {
                let (subject, body) = self.outgoing_letter("editor-export-refused")?;
                if task == FileTask::SaveTxt {
                    if subject.is_empty() {
                        format!("{body}\n")
                    } else {
                        format!("{subject}\n\n{body}\n")
                    }
                } else {
                    self.eml(&subject, &body)
                }
            }
            FileTask::Import | FileTask::ImportTemplates => String::new(),
        };
        store::write_export(path, text.as_bytes(), replace).map_err(|e| fail(&self.i18n, &e))?;
        self.status = Some(StatusLine::Info(self.i18n.tr_args("file-exported", &args)));
        Ok(())
    }

    /// The current letter as an RFC 5322 draft, from the profile to the contact.
    fn eml(&self, subject: &str, body: &str) -> String {
        let case = self.workspace.current_case();
        let envelope = message::Envelope {
            from_name: self.workspace.profile.name.clone(),
            from_address: self.workspace.profile.email.clone(),
            to_name: case.map(|c| c.contact.clone()).unwrap_or_default(),
            to_address: case.map(|c| c.contact_email.clone()).unwrap_or_default(),
            date: jiff::fmt::rfc2822::to_string(&self.now()).unwrap_or_default(),
        };
        message::eml(&envelope, subject, body)
    }

    /// The opportunities list as CSV, with headings and values in the interface language.
    fn csv(&self) -> String {
        let t = |id: &str| self.i18n.tr(id);
        let header = vec![
            t("header-company"),
            t("header-role"),
            t("header-contact"),
            t("header-stage"),
            t("header-status"),
            t("csv-date"),
            t("header-reply-by"),
        ];
        let rows: Vec<Vec<String>> = self
            .workspace
            .sorted_ids()
            .into_iter()
            .filter_map(|id| self.workspace.case(id))
            .map(|c| {
                vec![
                    c.company.clone(),
                    c.role.clone(),
                    c.contact.clone(),
                    t(c.stage.message_id()),
                    t(c.status.message_id()),
                    c.date.clone(),
                    c.reply_by.clone(),
                ]
            })
            .collect();
        store::csv::to_csv(&header, &rows)
    }

    /// About Gracious, and the sources of its data with the attribution their licences ask.
    fn about_ui(&mut self, ctx: &egui::Context) {
        let mut open = self.about_open;
        egui::Window::new(self.i18n.tr("about-title"))
            .id(egui::Id::unique("about"))
            .open(&mut open)
            .default_width(620.0)
            .default_pos([240.0, 80.0])
            .show(ctx, |ui| {
                ui.label(self.i18n.tr("about-intro"));
                let mut args = FluentArgs::new();
                args.set("version", env!("CARGO_PKG_VERSION"));
                ui.label(egui::RichText::new(self.i18n.tr_args("about-version", &args)).weak());
                ui.add_space(6.0);
                ui.label(egui::RichText::new(self.i18n.tr("about-data")).strong());
                ui.label(self.i18n.tr("about-data-body"));
                ui.add_space(4.0);
                // The credit in the form the World Bank asks for, verbatim.
                for citation in crate::data::WORLD_BANK_CITATIONS {
                    ui.label(egui::RichText::new(citation).small());
                }
            });
        self.about_open = open;
    }

    /// The call script of the current opportunity in large type, in the letter language.
    fn call_mode_ui(&mut self, ctx: &egui::Context, zone: &jiff::tz::TimeZone) {
        if !self.call_mode {
            return;
        }
        let Some(case) = self.workspace.current_case() else {
            return;
        };
        let profile = &self.workspace.profile;
        let language = editor::letter_language(case, profile, &self.i18n);
        let fields = editor::letter_fields(case, profile, &self.i18n, &language, zone);
        let script =
            crate::i18n::letters::render_message(&self.i18n, &language, "call-script", &fields);
        let mut open = true;
        egui::Window::new(self.i18n.tr("call-mode-title"))
            .id(egui::Id::unique("call-mode"))
            .open(&mut open)
            .default_width(640.0)
            .default_pos([240.0, 80.0])
            .show(ctx, |ui| {
                ui.label(egui::RichText::new(self.i18n.tr("call-mode-intro")).weak());
                ui.add_space(6.0);
                egui::ScrollArea::vertical().show(ui, |ui| {
                    for paragraph in script.split("\n\n") {
                        ui.label(egui::RichText::new(paragraph).size(22.0));
                        ui.add_space(10.0);
                    }
                });
            });
        self.call_mode = open;
    }

    fn path_prompt_ui(&mut self, ctx: &egui::Context) {
        let Some(prompt) = &mut self.path_prompt else {
            return;
        };
        let mut open = true;
        let mut go = false;
        let mut enter = false;
        let mut cancel = false;
        let title = if prompt.task.is_export() {
            self.i18n.tr("file-save-title")
        } else {
            self.i18n.tr("file-open-title")
        };
        egui::Window::new(title)
            .id(egui::Id::unique("path-prompt"))
            .open(&mut open)
            .collapsible(false)
            .default_width(520.0)
            .default_pos([260.0, 120.0])
            .show(ctx, |ui| {
                if let Some(error) = &prompt.error {
                    ui.colored_label(theme::warn(ui), error);
                }
                let label = ui.label(self.i18n.tr("file-path"));
                let field = ui
                    .add(egui::TextEdit::singleline(&mut prompt.path).desired_width(f32::INFINITY))
                    .labelled_by(label.id);
                if !prompt.focused {
                    field.request_focus();
                    prompt.focused = true;
                }
                enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                ui.horizontal(|ui| {
                    let action = if prompt.task.is_export() {
                        self.i18n.tr("file-save")
                    } else {
                        self.i18n.tr("file-open")
                    };
                    go = ui.button(action).clicked();
                    cancel = ui.button(self.i18n.tr("file-cancel")).clicked();
                });
            });
        if go || enter {
            let task = prompt.task;
            let path = PathBuf::from(prompt.path.trim());
            // A typed path never replaces an existing file.
            match self.run_file_task(task, &path, false) {
                Ok(()) => self.path_prompt = None,
                Err(e) => {
                    if let Some(prompt) = &mut self.path_prompt {
                        prompt.error = Some(e);
                    }
                }
            }
        } else if cancel || !open {
            self.path_prompt = None;
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
            self.last_queued = Some(self.workspace.clone());
            if !saver.save(self.generation, store::encode(&self.workspace)) {
                self.save_error = Some(self.i18n.tr("status-saver-stopped"));
            }
            self.first_unsaved_at = None;
        } else {
            ctx.request_repaint_after(Duration::from_secs_f64(due - now));
        }
    }

    /// New opportunity (Ctrl+N); shown next to its menu item.
    const NEW_CASE: egui::KeyboardShortcut =
        egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::N);
    /// Export the current opportunity (Ctrl+E).
    const EXPORT_CASE: egui::KeyboardShortcut =
        egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::E);
    /// Copy the letter (Ctrl+Shift+C), from any panel.
    const COPY_LETTER: egui::KeyboardShortcut = egui::KeyboardShortcut::new(
        egui::Modifiers::COMMAND.plus(egui::Modifiers::SHIFT),
        egui::Key::C,
    );
    const NEXT_TAB: egui::KeyboardShortcut =
        egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::PageDown);
    const PREVIOUS_TAB: egui::KeyboardShortcut =
        egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::PageUp);
    const QUIT: egui::KeyboardShortcut =
        egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::Q);

    fn shortcuts(&self, ctx: &egui::Context, cmds: &mut Vec<Command>) {
        let pressed =
            |shortcut: &egui::KeyboardShortcut| ctx.input_mut(|i| i.consume_shortcut(shortcut));
        if pressed(&Self::NEW_CASE) {
            cmds.push(Command::NewCase);
        }
        if pressed(&Self::EXPORT_CASE) {
            cmds.push(Command::File(FileTask::ExportCase(
                self.workspace.current_id,
            )));
        }
        if pressed(&Self::COPY_LETTER) {
            cmds.push(Command::CopyLetter);
        }
        if pressed(&Self::NEXT_TAB) {
            cmds.push(Command::OpenTab(self.tab.next()));
        }
        if pressed(&Self::PREVIOUS_TAB) {
            cmds.push(Command::OpenTab(self.tab.previous()));
        }
        // Quitting goes through eframe's close, so `on_exit` saves what was typed.
        if pressed(&Self::QUIT) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        for tab in Tab::ALL {
            let shortcut = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, tab.key());
            if pressed(&shortcut) {
                cmds.push(Command::OpenTab(tab));
            }
        }
    }

    fn menu_ui(&self, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.label(egui::RichText::new(self.i18n.tr("app-title")).strong());
            ui.separator();
            ui.menu_button(self.i18n.tr("menu-file"), |ui| {
                let current = self.workspace.current_id;
                let items = [
                    ("menu-new-case", Command::NewCase, Some(Self::NEW_CASE)),
                    (
                        "menu-export-case",
                        Command::File(FileTask::ExportCase(current)),
                        Some(Self::EXPORT_CASE),
                    ),
                    (
                        "menu-export-workspace",
                        Command::File(FileTask::ExportWorkspace),
                        None,
                    ),
                    ("menu-export-csv", Command::File(FileTask::ExportCsv), None),
                    ("menu-import", Command::File(FileTask::Import), None),
                ];
                for (id, command, shortcut) in items {
                    let mut button = egui::Button::new(self.i18n.tr(id));
                    if let Some(shortcut) = shortcut {
                        button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
                    }
                    if ui.add(button).clicked() {
                        cmds.push(command);
                        ui.close();
                    }
                }
            });
            if ui.button(self.i18n.tr("menu-profile")).clicked() {
                cmds.push(Command::OpenProfile);
            }
            if ui.button(self.i18n.tr("menu-about")).clicked() {
                cmds.push(Command::OpenAbout);
            }
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
                // The pseudo-locale is for developers: listed in debug builds (and while
                // it is in use, e.g. after --lang en-XA).
                let in_use = i18n::is_pseudo(self.i18n.language());
                for locale in LOCALES
                    .iter()
                    .filter(|l| !l.pseudo || cfg!(debug_assertions) || in_use)
                {
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

fn problem_text(i18n: &Localizer, p: &Problem) -> String {
    match p {
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
    }
}

fn notice_text(i18n: &Localizer, notice: &Notice) -> String {
    let mut args = FluentArgs::new();
    let problem = |p: &Problem| problem_text(i18n, p);
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
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.poll_dialog();
        if self.dialog.is_some() {
            // The dialog thread wakes us when it closes; this only bounds the wait.
            ctx.request_repaint_after(Duration::from_millis(500));
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let mut cmds = Vec::new();
        self.shortcuts(&ctx, &mut cmds);
        let now = self.now();
        let today = now.date();
        crate::ui::date_picker::set_today(&ctx, today);

        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui, &mut cmds));
        if self.has_notices() {
            egui::Panel::top("notices").show(ui, |ui| self.notices_ui(ui));
        }
        egui::Panel::bottom("status").show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                match &self.status {
                    // One line at most: the full text shows on hover.
                    Some(StatusLine::Info(text)) => {
                        ui.add(egui::Label::new(format!("✔ {text}")).truncate());
                    }
                    Some(StatusLine::Error(text)) => {
                        ui.add(
                            egui::Label::new(
                                egui::RichText::new(format!("⚠ {text}")).color(theme::error(ui)),
                            )
                            .truncate(),
                        );
                    }
                    None => {
                        ui.label(egui::RichText::new(self.i18n.tr("status-ready")).weak());
                    }
                }
                if self.deleted.is_some() && ui.button(self.i18n.tr("status-undo")).clicked() {
                    cmds.push(Command::UndoDelete);
                }
                if self.dialog.is_some() {
                    ui.label(egui::RichText::new(self.i18n.tr("file-dialog-open")).weak());
                }
            });
        });
        egui::Panel::left("cases")
            .resizable(true)
            .default_size(230.0)
            .show(ui, |ui| {
                cases::cases_ui(ui, &self.workspace, &self.i18n, today, &mut cmds);
            });
        egui::Panel::top("header").show(ui, |ui| {
            ui.add_space(4.0);
            header::header_ui(ui, self.workspace.current_case_mut(), &self.i18n);
            ui.add_space(4.0);
            ui.horizontal_wrapped(|ui| {
                for tab in Tab::ALL {
                    if ui
                        .selectable_label(self.tab == tab, self.i18n.tr(tab.message_id()))
                        .clicked()
                    {
                        cmds.push(Command::OpenTab(tab));
                    }
                }
            });
            ui.add_space(2.0);
        });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt(("panel", self.tab))
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    let (case, profile, templates) = self.workspace.current_case_with_context();
                    match self.tab {
                        Tab::Checklist => {
                            checklist::checklist_ui(ui, case, &self.i18n, today.year(), &mut cmds);
                        }
                        Tab::Mobility => mobility::mobility_ui(
                            ui,
                            &mut self.mobility,
                            case,
                            &self.i18n,
                            today,
                            &mut cmds,
                        ),
                        Tab::Channel => channel::channel_ui(ui, case, &self.i18n, &now, &mut cmds),
                        Tab::Editor => editor::editor_ui(
                            ui,
                            &mut self.editor,
                            case,
                            profile,
                            templates,
                            &self.i18n,
                            now.time_zone(),
                            &mut cmds,
                        ),
                    }
                });
        });
        profile::profile_window(
            &ctx,
            &mut self.profile_open,
            &mut self.workspace.profile,
            &self.i18n,
        );
        self.path_prompt_ui(&ctx);
        self.call_mode_ui(&ctx, now.time_zone());
        self.about_ui(&ctx);

        for command in cmds {
            self.apply(&ctx, command);
        }
        // Remember the zoom (Ctrl + / Ctrl −, handled by egui).
        let zoom = ctx.zoom_factor();
        if (zoom - self.workspace.settings.zoom).abs() > f32::EPSILON
            && (zoom - 1.0).abs() + self.workspace.settings.zoom.abs() > f32::EPSILON
        {
            self.workspace.settings.zoom = zoom;
        }
        self.autosave(&ctx);
        if self.quit_after_first_frame {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        if self.saver.is_some() && !self.flush_save() {
            log::error!("could not save before exit");
        }
    }
}
