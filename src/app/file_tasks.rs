//! File tasks: asking for a path (the system dialog on its own thread, else a typed
//! path), then exporting or importing. Nothing here blocks a frame on a dialog.

use std::path::Path;
use std::sync::mpsc::{self, Receiver, TryRecvError};

use fluent_bundle::FluentArgs;

use crate::command::FileTask;
use crate::domain::message;
use crate::files::{DialogOutcome, PendingDialog, file_stem};
use crate::i18n::Localizer;
use crate::store;
use crate::ui::notices::{Feedback, problem_text};
use crate::ui::windows::{self, PathPrompt, PromptAnswer};
use crate::ui::{cases, compare};

use super::App;

/// The file task in progress: an open system dialog or a typed-path prompt, and an
/// import being read.
pub(super) struct FileTasks {
    /// Use the system's dialogs; cleared once one turns out not to exist.
    use_dialogs: bool,
    dialog: Option<PendingDialog>,
    prompt: Option<PathPrompt>,
    import: Option<PendingImport>,
    /// Repaints the window when a background task ends.
    ctx: egui::Context,
}

/// What an import read, decoded on its own thread.
enum Imported {
    Cases(Vec<crate::domain::Case>),
    Templates(Vec<crate::domain::template::CustomTemplate>),
    /// A spelling dictionary, checked and copied; the language's name.
    Dictionary(String),
}

/// Why an import could not be read.
enum ImportError {
    Read(std::io::Error),
    Decode(store::Problem),
    /// Not a dictionary Gracious can read: the reason.
    Dictionary(String),
}

/// An import read and decoded on its own thread, so a slow or large file never holds a
/// frame; the app picks the result up when the thread wakes it.
struct PendingImport {
    path: std::path::PathBuf,
    rx: Receiver<Result<Imported, ImportError>>,
}

impl PendingImport {
    fn start(
        task: FileTask,
        path: &Path,
        dictionary: Option<(std::path::PathBuf, String)>,
        wake: Box<dyn Fn() + Send>,
    ) -> Self {
        let (tx, rx) = mpsc::channel();
        let file = path.to_path_buf();
        let spawned = std::thread::Builder::new()
            .name("gracious-import".into())
            .spawn(move || {
                let result = if let Some((folder, name)) = dictionary {
                    crate::spelling::add_dictionary(&file, &folder, &name)
                        .map(|()| Imported::Dictionary(name))
                        .map_err(ImportError::Dictionary)
                } else {
                    store::read_import(&file)
                        .map_err(ImportError::Read)
                        .and_then(|text| {
                            if task == FileTask::ImportTemplates {
                                store::decode_templates(&text).map(Imported::Templates)
                            } else {
                                store::decode_import(&text).map(Imported::Cases)
                            }
                            .map_err(ImportError::Decode)
                        })
                };
                let _ = tx.send(result);
                wake();
            });
        if let Err(e) = spawned {
            log::warn!("could not start the import thread: {e}");
        }
        Self {
            path: path.to_path_buf(),
            rx,
        }
    }
}

impl FileTasks {
    pub(super) fn new(use_dialogs: bool, ctx: &egui::Context) -> Self {
        Self {
            use_dialogs,
            dialog: None,
            prompt: None,
            import: None,
            ctx: ctx.clone(),
        }
    }

    /// An import is being read.
    pub(super) fn import_running(&self) -> bool {
        self.import.is_some()
    }

    /// A system file dialog is open.
    pub(super) fn dialog_open(&self) -> bool {
        self.dialog.is_some()
    }
}

/// The folder a dialog or prompt starts in: Documents, else home, else the data folder.
fn start_folder(data_dir: &Path) -> std::path::PathBuf {
    let dirs = directories::UserDirs::new();
    dirs.as_ref()
        .and_then(|d| d.document_dir().map(Path::to_path_buf))
        .or_else(|| dirs.as_ref().map(|d| d.home_dir().to_path_buf()))
        .unwrap_or_else(|| data_dir.to_path_buf())
}

impl App {
    /// The file name suggested for a task.
    fn suggested_file_name(&self, task: FileTask) -> String {
        let today = self.now().date();
        let title = |case: Option<&crate::domain::Case>| {
            case.map(|c| cases::case_title(c, &self.i18n))
                .unwrap_or_default()
        };
        match task {
            FileTask::ExportCase(id) => {
                format!("{}.ron", file_stem(&title(self.workspace.case(id))))
            }
            FileTask::ExportWorkspace => format!("gracious-{today}.ron"),
            FileTask::ExportCsv => format!("gracious-opportunities-{today}.csv"),
            FileTask::ExportComparisonCsv => format!("gracious-offers-compared-{today}.csv"),
            FileTask::ExportComparisonText => format!("gracious-offers-compared-{today}.txt"),
            FileTask::SaveTxt => {
                format!("{}.txt", file_stem(&title(self.workspace.current_case())))
            }
            FileTask::SaveEml => {
                format!("{}.eml", file_stem(&title(self.workspace.current_case())))
            }
            FileTask::ExportTemplates => "gracious-templates.ron".to_owned(),
            FileTask::ExportCalendar(id) => {
                format!("{}.ics", file_stem(&title(self.workspace.case(id))))
            }
            FileTask::ExportCalendarAll => format!("gracious-dates-{today}.ics"),
            FileTask::Import | FileTask::ImportTemplates | FileTask::AddDictionary => String::new(),
        }
    }

    /// Ask for a path: the system dialog when there is one, else a typed path.
    pub(super) fn start_file_task(&mut self, ctx: &egui::Context, task: FileTask) {
        let folder = start_folder(self.saving.dir());
        let name = self.suggested_file_name(task);
        if self.files.use_dialogs && self.files.dialog.is_none() {
            let wake_ctx = ctx.clone();
            self.files.dialog = Some(PendingDialog::open(
                task,
                folder,
                name,
                Box::new(move || wake_ctx.request_repaint()),
            ));
        } else {
            let path = folder.join(name).display().to_string();
            self.files.prompt = Some(PathPrompt::new(task, path, None));
        }
    }

    /// Take in an import whose thread has finished.
    pub(super) fn poll_import(&mut self) {
        let Some(pending) = &self.files.import else {
            return;
        };
        let result = match pending.rx.try_recv() {
            Ok(result) => result,
            Err(TryRecvError::Empty) => return,
            Err(TryRecvError::Disconnected) => Err(ImportError::Read(std::io::Error::other(
                "the import stopped",
            ))),
        };
        let path = pending.path.display().to_string();
        self.files.import = None;
        let mut args = FluentArgs::new();
        args.set("path", path);
        self.feedback = Some(match result {
            Ok(Imported::Templates(imported)) => {
                args.set("count", imported.len());
                for template in imported {
                    self.workspace.import_template(template);
                }
                Feedback::Info(self.i18n.tr_args("templates-imported", &args))
            }
            Ok(Imported::Dictionary(name)) => {
                self.spelling.rescan();
                let language = name.parse().unwrap_or(crate::i18n::FALLBACK);
                args.set("language", crate::i18n::native_name(&language));
                Feedback::Info(self.i18n.tr_args("dictionary-added", &args))
            }
            Ok(Imported::Cases(imported)) => {
                args.set("count", imported.len());
                let ids = self.workspace.merge(imported);
                if let Some(first) = ids.first() {
                    self.workspace.select(*first);
                }
                Feedback::Info(self.i18n.tr_args("file-imported", &args))
            }
            Err(e) => {
                let error = match e {
                    ImportError::Read(e) => e.to_string(),
                    ImportError::Decode(p) => problem_text(&self.i18n, &p),
                    ImportError::Dictionary(reason) => {
                        args.set("error", reason);
                        self.feedback = Some(Feedback::Error(
                            self.i18n.tr_args("dictionary-failed", &args),
                        ));
                        return;
                    }
                };
                args.set("error", error);
                Feedback::Error(self.i18n.tr_args("file-failed", &args))
            }
        });
    }

    /// Pick up the answer of an open system dialog.
    pub(super) fn poll_dialog(&mut self) {
        let Some(outcome) = self.files.dialog.as_ref().and_then(PendingDialog::poll) else {
            return;
        };
        let Some(dialog) = self.files.dialog.take() else {
            return;
        };
        match outcome {
            DialogOutcome::Chosen(path) => {
                // The system dialog has asked before replacing a file.
                if let Err(e) = self.run_file_task(dialog.task, &path, true) {
                    self.feedback = Some(Feedback::Error(e));
                }
            }
            DialogOutcome::Cancelled => {}
            DialogOutcome::Unavailable => {
                self.files.use_dialogs = false;
                let path = start_folder(self.saving.dir())
                    .join(self.suggested_file_name(dialog.task))
                    .display()
                    .to_string();
                let error = Some(self.i18n.tr("file-no-dialog"));
                self.files.prompt = Some(PathPrompt::new(dialog.task, path, error));
            }
        }
    }

    /// The typed-path window, while one is asked for.
    pub(super) fn path_prompt_ui(&mut self, ctx: &egui::Context) {
        let Some(prompt) = &mut self.files.prompt else {
            return;
        };
        match windows::path_prompt_window(ctx, &self.i18n, prompt) {
            PromptAnswer::Waiting => {}
            PromptAnswer::Cancel => self.files.prompt = None,
            PromptAnswer::Go(path) => {
                let task = prompt.task;
                // A typed path never replaces an existing file.
                match self.run_file_task(task, &path, false) {
                    Ok(()) => self.files.prompt = None,
                    Err(e) => {
                        if let Some(prompt) = &mut self.files.prompt {
                            prompt.error = Some(e);
                        }
                    }
                }
            }
        }
    }

    /// Export to or import from `path`; the error is a message for the user.
    fn run_file_task(&mut self, task: FileTask, path: &Path, replace: bool) -> Result<(), String> {
        let mut args = FluentArgs::new();
        args.set("path", path.display().to_string());
        let fail = |i18n: &Localizer, e: &dyn std::fmt::Display| {
            let mut args = FluentArgs::new();
            args.set("path", path.display().to_string());
            args.set("error", e.to_string());
            i18n.tr_args("file-failed", &args)
        };
        if matches!(
            task,
            FileTask::Import | FileTask::ImportTemplates | FileTask::AddDictionary
        ) {
            let ctx = self.files.ctx.clone();
            // A dictionary is for the letter language, named after it in the data folder.
            let dictionary = (task == FileTask::AddDictionary).then(|| {
                let (language, _) = self.letter_language_and_scenario();
                (
                    crate::spelling::user_dir(self.saving.dir()),
                    language.to_string(),
                )
            });
            self.files.import = Some(PendingImport::start(
                task,
                path,
                dictionary,
                Box::new(move || ctx.request_repaint()),
            ));
            return Ok(());
        }
        let text = match task {
            FileTask::ExportCase(id) => {
                let case: Vec<_> = self.workspace.case(id).cloned().into_iter().collect();
                store::encode_cases(&case)
            }
            FileTask::ExportWorkspace => store::encode(&self.workspace),
            FileTask::ExportCsv => self.csv(),
            FileTask::ExportComparisonCsv | FileTask::ExportComparisonText => {
                let now = self.now();
                let cx = crate::ui::PanelContext {
                    i18n: &self.i18n,
                    now: &now,
                };
                let compared = compare::gather(&self.workspace, &self.i18n, now.date().year());
                let table = compare::table(cx, &self.workspace, &compared);
                if task == FileTask::ExportComparisonCsv {
                    compare::to_csv(&self.i18n, &table)
                } else {
                    compare::to_text(cx, &self.workspace, &compared, &table)
                }
            }
            FileTask::ExportTemplates => store::encode_templates(&self.workspace.templates),
            FileTask::ExportCalendar(id) => self.calendar(Some(id)),
            FileTask::ExportCalendarAll => self.calendar(None),
            FileTask::SaveTxt | FileTask::SaveEml => {
                let (subject, body) = self.outgoing_letter("editor-export-refused")?;
                if task == FileTask::SaveEml {
                    self.eml(&subject, &body)
                } else if subject.is_empty() {
                    format!("{body}\n")
                } else {
                    format!("{subject}\n\n{body}\n")
                }
            }
            FileTask::Import | FileTask::ImportTemplates | FileTask::AddDictionary => String::new(),
        };
        store::write_export(path, text.as_bytes(), replace).map_err(|e| fail(&self.i18n, &e))?;
        if matches!(task, FileTask::SaveTxt | FileTask::SaveEml) {
            crate::domain::progress::letter_handed_over(self.workspace.current_case_mut());
        }
        self.feedback = Some(Feedback::Info(self.i18n.tr_args("file-exported", &args)));
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
        let header = [
            "header-company",
            "header-role",
            "header-contact",
            "header-stage",
            "header-status",
            "csv-date",
            "header-reply-by",
        ]
        .map(t)
        .to_vec();
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
}
