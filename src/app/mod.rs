//! The application shell: owns the workspace, the localizer and the view state, lays out
//! the frame, and hands the [`Command`](crate::Command)s the views return to `apply` (apply.rs). File
//! tasks live in `file_tasks.rs`, saving in `saving.rs`; the rules are in `domain`, the
//! drawing in `ui`.

use std::path::PathBuf;
use std::time::Duration;

use unic_langid::LanguageIdentifier;

use crate::clipboard::{Clipboard, SystemClipboard};
use crate::domain::{Case, CaseId, Workspace};
use crate::i18n::fonts::Fonts;
use crate::i18n::{self, Localizer};
use crate::store::{Loaded, Notice};
use crate::ui::letter::{CopiedPart, EditorState};
use crate::ui::mobility::MobilityState;
use crate::ui::notices::{Feedback, NoticesInput};
use crate::ui::windows::QuitProblem;
use crate::ui::{
    OpenWindows, PanelContext, Tab, cases, header, letter, menu, notices, theme, welcome,
};

mod apply;
mod file_tasks;
mod frame;
mod saving;
mod startup;

pub use startup::Startup;

use file_tasks::FileTasks;
use saving::Saving;

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

/// How the app is started: every effect on the outside world is injected here, so tests
/// see what a user sees.
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
    /// The data folder already being opened (`main` begins it before the window
    /// exists); `None` opens `data_dir` when the app starts.
    pub startup: Option<Startup>,
    /// Where spelling dictionaries are looked for after the data folder's own
    /// (default: the system's folders; tests give their own, or none).
    pub dictionary_dirs: Vec<PathBuf>,
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
            startup: None,
            dictionary_dirs: crate::spelling::system_dirs(),
        }
    }
}

/// Gracious: the workspace on screen, the state of the views between frames, and the
/// services the commands use (saving, files, clipboard, mail client).
pub struct App {
    workspace: Workspace,
    i18n: Localizer,
    tab: Tab,
    /// What the letter editor keeps between frames.
    editor: EditorState,
    /// Spelling dictionaries, read when a letter language first needs one.
    spelling: crate::spelling::Spelling,
    /// What the mobility sheet keeps between frames.
    mobility: MobilityState,
    /// The comparison of offers is shown in place of the panels.
    comparing: bool,
    /// The comparison of offers, kept between frames.
    compare: crate::ui::compare::CompareState,
    /// The reply being recorded in the follow-up panel.
    followup: crate::ui::followup::FollowUpState,
    /// The pressing promises of every opportunity, with the minute they were counted at
    /// (counted again each minute and after every command).
    due: (
        Option<(jiff::civil::Date, i8, i8)>,
        Vec<crate::ui::followup::DueNotice>,
    ),
    /// The due notices dismissed this session (opportunity, promise, day).
    announced: std::collections::BTreeSet<(
        crate::domain::CaseId,
        crate::domain::followup::Source,
        jiff::civil::Date,
    )>,
    windows: OpenWindows,
    /// The outcome of the last action, for the status line.
    feedback: Option<Feedback>,
    /// The opportunities deleted this session and where they stood, newest last: each
    /// Undo brings back the most recent one.
    deleted: Vec<(usize, Case)>,
    /// What was last copied of a letter, to confirm it beside the button until the text
    /// changes.
    copied: Option<Copied>,
    /// The subject and body a "Reset to the template" replaced, for one Undo.
    reset_undo: Option<(CaseId, String, String)>,
    /// The header's height in the last frame: when it changes, the frame is drawn again.
    header_height: f32,
    /// Problems found on loading, until dismissed.
    notices: Vec<Notice>,
    saving: Saving,
    files: FileTasks,
    fonts: Fonts,
    clipboard: Box<dyn Clipboard>,
    open_url: UrlOpener,
    fixed_now: Option<jiff::ZonedDateTime>,
    quit_after_first_frame: bool,
    /// A close was asked for while what was typed is not saved: the window that says so.
    quit_problem: Option<QuitProblem>,
    /// The user chose to quit anyway (or everything is saved): let the close through.
    quit_confirmed: bool,
    /// A long job search still being read on its own thread: until it arrives the window
    /// shows only that it is opening, and nothing can be edited or saved.
    loading: Option<std::sync::mpsc::Receiver<(Loaded, std::sync::Arc<Workspace>)>>,
    /// How long the first frame may still wait for the long job search (taken by the
    /// first `poll_loading`).
    first_wait: Option<Duration>,
}

impl App {
    /// Keep what the current opportunity derives from elsewhere up to date, writing only
    /// when it changes: an unedited letter follows the case (`letter::follow_case`),
    /// "relocation discussed" follows the sheet's move, and whether a visa is needed
    /// follows the profile's citizenships and the destination. Says whether it wrote.
    fn follow_profile_and_sheet(&mut self) -> bool {
        let Some(case) = self.workspace.current_case() else {
            return false;
        };
        let letter_follows = crate::domain::letter::follows_case_now(case);
        if letter_follows {
            crate::domain::letter::follow_case(self.workspace.current_case_mut());
        }
        let Some(case) = self.workspace.current_case() else {
            return letter_follows;
        };
        let visa_free = crate::domain::mobility::free_movement::free_movement(
            &self.workspace.profile.citizenships,
            &case.mobility.destination_country,
        )
        .is_some();
        let follows_move = case.mobility.moving_abroad
            && !case.channel.relocation_or_visa_discussed
            && !case.channel.relocation_set;
        let sheet_follows = visa_free != case.mobility.visa_free || follows_move;
        if sheet_follows {
            let case = self.workspace.current_case_mut();
            case.mobility.visa_free = visa_free;
            case.channel.follow_move(case.mobility.moving_abroad);
        }
        letter_follows || sheet_follows
    }
}

/// What was last copied of a letter (see `App::copied`).
struct Copied {
    case: CaseId,
    part: CopiedPart,
    text: String,
}

impl App {
    /// Load the workspace and set up the context (fonts, theme, zoom).
    #[must_use]
    pub fn new(ctx: &egui::Context, options: AppOptions) -> Self {
        let started = std::time::Instant::now();
        let startup = options
            .startup
            .unwrap_or_else(|| Startup::begin(options.data_dir));
        let _ = startup.wake.set(ctx.clone());
        let (store, lock, loaded, loading) =
            (startup.store, startup.lock, startup.loaded, startup.loading);
        log::info!(
            "workspace read in {:?} ({} opportunities{})",
            started.elapsed(),
            loaded.workspace.cases.len(),
            if loading.is_some() {
                ", more on a thread"
            } else {
                ""
            }
        );
        for notice in &loaded.notices {
            log::warn!("{notice:?}");
        }
        let language = options
            .language
            .or_else(|| {
                loaded
                    .workspace
                    .settings
                    .ui_language
                    .as_deref()
                    .and_then(|t| t.parse().ok())
            })
            .unwrap_or_else(i18n::system_language);
        let saving = Saving::new(ctx, store, lock, &loaded);
        let mut dictionary_dirs = vec![crate::spelling::user_dir(saving.dir())];
        dictionary_dirs.extend(options.dictionary_dirs);
        log::info!("ready to draw after {:?}", started.elapsed());
        let mut app = Self {
            workspace: loaded.workspace,
            i18n: Localizer::new(&language),
            tab: Tab::default(),
            editor: EditorState::default(),
            spelling: crate::spelling::Spelling::new(dictionary_dirs),
            mobility: MobilityState::default(),
            comparing: false,
            compare: crate::ui::compare::CompareState::default(),
            followup: crate::ui::followup::FollowUpState::default(),
            due: (None, Vec::new()),
            announced: std::collections::BTreeSet::new(),
            windows: OpenWindows::default(),
            feedback: None,
            deleted: Vec::new(),
            copied: None,
            reset_undo: None,
            header_height: 0.0,
            notices: loaded.notices,
            saving,
            files: FileTasks::new(options.file_dialogs, ctx),
            fonts: Fonts::new(options.system_fonts),
            clipboard: options.clipboard,
            open_url: options.open_url,
            fixed_now: options.now,
            quit_after_first_frame: options.quit_after_first_frame,
            quit_problem: None,
            quit_confirmed: false,
            loading,
            first_wait: Some(startup::FIRST_FRAME_WAIT),
        };
        app.fonts.install(ctx, app.i18n.language());
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
        self.saving.touch();
        &mut self.workspace
    }

    /// How many times autosave compared the whole workspace so far (it does after
    /// frames that could have changed it, and every few seconds).
    #[must_use]
    pub fn autosave_comparisons(&self) -> u64 {
        self.saving.comparisons()
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

    /// The workspace is still being read on its own thread.
    #[must_use]
    pub fn loading(&self) -> bool {
        self.loading.is_some()
    }

    /// An import is still being read on its own thread.
    #[must_use]
    pub fn import_running(&self) -> bool {
        self.files.import_running()
    }

    /// The characters no font could draw so far (the notices bar names the font to
    /// install).
    #[must_use]
    pub fn missing_glyphs(&self) -> Vec<char> {
        self.fonts.missing()
    }

    /// The current moment in the user's time zone (or the fixed one of a test).
    fn now(&self) -> jiff::ZonedDateTime {
        self.fixed_now
            .clone()
            .unwrap_or_else(jiff::ZonedDateTime::now)
    }
}

impl eframe::App for App {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        if self.files.dialog_open() || self.files.import_running() {
            // What it brings in may change the workspace this frame.
            self.saving.touch();
        }
        self.poll_loading(ctx);
        self.poll_dialog();
        self.poll_import();
        if self.files.dialog_open() || self.files.import_running() {
            // The dialog thread wakes us when it closes; this only bounds the wait.
            ctx.request_repaint_after(Duration::from_millis(500));
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        // The window carries its name for screen readers switching between windows (the
        // accessibility tree's root is otherwise unnamed).
        let name = self.i18n.tr("app-title");
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| node.set_label(name));
        if self.loading.is_some() {
            // Nothing to edit yet: a spinner until the data arrives (the thread wakes us;
            // the timer only bounds the wait).
            egui::CentralPanel::default().show(ui, |ui| {
                ui.centered_and_justified(egui::Ui::spinner);
            });
            ctx.request_repaint_after(Duration::from_millis(50));
            self.guard_close(&ctx);
            return;
        }
        let now = self.now();
        crate::ui::date_picker::set_today(&ctx, now.date());
        let followed = self.follow_profile_and_sheet();
        self.count_due(&now);
        self.spelling
            .set_personal(&self.workspace.profile.dictionary);
        let i18n = &self.i18n;
        let cx = PanelContext { i18n, now: &now };
        let mut cmds = Vec::new();
        let actions = menu::actions(self.workspace.current_id, self.tab);
        menu::pressed(&ctx, &actions, &mut cmds);

        egui::Panel::top("menu").show(ui, |ui| {
            menu::menu_bar(ui, i18n, &self.workspace.settings, &actions, &mut cmds);
        });
        let missing = self.fonts.missing().len();
        let input = NoticesInput {
            notices: &self.notices,
            save_problem: self.saving.problem(),
            missing_glyphs: missing,
        };
        if input.any() {
            egui::Panel::top("notices")
                .show(ui, |ui| notices::notices_bar(ui, i18n, &input, &mut cmds));
        }
        self.due_bar_ui(ui, &now, &mut cmds);
        egui::Panel::bottom("status").show(ui, |ui| {
            notices::status_line(
                ui,
                i18n,
                self.feedback.as_ref(),
                !self.deleted.is_empty(),
                self.reset_undo
                    .as_ref()
                    .is_some_and(|(id, ..)| *id == self.workspace.current_id),
                self.files.dialog_open(),
                &mut cmds,
            );
        });
        egui::Panel::left("cases")
            .resizable(true)
            .default_size(230.0)
            .show(ui, |ui| cases::cases_ui(ui, cx, &self.workspace, &mut cmds));
        let welcome = self.workspace.is_blank() && !self.workspace.settings.welcome_dismissed;
        // The comparison of offers takes the place of the opportunity's panels.
        let comparing = self.comparing && !welcome;
        if !welcome && !comparing {
            let header = egui::Panel::top("header").show(ui, |ui| {
                let case = self.workspace.current_case_mut();
                header::header_ui(ui, cx, case, self.tab, &mut cmds);
            });
            // The header wraps to more or fewer lines after a resize: the panels below
            // move, so draw once more at once instead of leaving a band unpainted until
            // the mouse moves.
            let height = header.response.rect.height();
            if (height - self.header_height).abs() > 0.5 {
                self.header_height = height;
                ctx.request_repaint();
            }
        }
        if !welcome && !comparing && self.tab == Tab::Checklist {
            // The verdict stays in view while the questions scroll.
            egui::Panel::bottom("verdict-bar").show(ui, |ui| {
                let case = self.workspace.current_case_mut();
                crate::ui::checklist::verdict_bar(ui, cx, case, &mut cmds);
            });
        }
        if !welcome && !comparing && self.tab == Tab::Letter {
            // The letter's actions stay in view while the letter scrolls.
            let (copied, seen) = (self.copied_part(), self.pre_send_seen());
            egui::Panel::bottom("letter-actions").show(ui, |ui| {
                let case = self.workspace.current_case_mut();
                letter::actions_bar(ui, cx, case, copied, seen, &mut cmds);
            });
        }
        egui::CentralPanel::default().show(ui, |ui| {
            if comparing {
                self.compare_ui(ui, &now, &mut cmds);
                return;
            }
            egui::ScrollArea::vertical()
                .id_salt(("panel", self.tab, welcome))
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    if welcome {
                        let cx = PanelContext {
                            i18n: &self.i18n,
                            now: &now,
                        };
                        welcome::welcome_ui(ui, cx, &mut cmds);
                    } else {
                        self.panel_ui(ui, &now, &mut cmds);
                    }
                });
        });
        self.windows_ui(&ctx, &now);

        if followed || !cmds.is_empty() || saving::input_may_edit(&ctx) {
            self.saving.touch();
        }
        for command in cmds {
            self.apply(&ctx, command);
        }
        if self.remember_zoom(&ctx) {
            self.saving.touch();
        }
        self.autosave(&ctx);
        self.guard_close(&ctx);
        if self.quit_after_first_frame {
            log::info!("first frame with the data drawn");
            self.quit_confirmed = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        log::info!("exiting");
        if self.saving.can_save() && !self.flush_save() {
            log::error!("could not save before exit");
        }
        // The process ends next, and the system takes its memory back at once; freeing
        // a long job search string by string (the workspace and autosave's copy of it)
        // took milliseconds of every quit. Nothing else reads them after this.
        std::mem::forget(std::mem::take(&mut self.workspace));
        self.saving.leak_copies();
        log::info!("saved, closing");
    }
}
