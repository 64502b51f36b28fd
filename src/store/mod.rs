//! The workspace on disk: one RON file with a schema version, written atomically, with
//! the previous good file kept as a backup, and a file that cannot be read set aside —
//! never overwritten.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::domain::{Case, CaseId, Profile, Settings, Workspace};

mod autosave;
pub mod csv;
mod files;
mod lock;
mod saver;
mod schema;
pub use autosave::{Autosave, SaveProblem, Tick};
use files::{create_private_dir, read_file, set_aside, sync_dir, tighten_dir, write_temp};
pub use files::{read_import, write_export};
pub use lock::{DataLock, LOCK_FILE, LockError};
pub use saver::{SaveReport, Saver};
use schema::{migrate_cases, probe_version, settings_at_top, version_of};

/// The schema version this build writes.
///
/// - 1: the selected opportunity stored as an index (`current`).
/// - 2: stored as an id (`current_id`), since the list is sorted by deadline; opportunities
///   gained a status and a reply deadline, the profile a signature, e-mail, letter
///   language and formality (these load as defaults from version 1).
/// - 3: a checklist blocker is named (`blocker`: pay, start date, values, …); versions 1
///   and 2 stored only its kind (`blocker_kind`: negotiable or fundamental), which is
///   mapped onto the nearest named blocker of that kind, so no verdict changes. The
///   file as it was is kept once as `workspace.ron.v<version>` before it is saved over.
/// - 4: an opportunity carries what follows the answer (`followup`: the employer's
///   replies, the user's promises, the people met, the booked call), and a letter may
///   answer a reply (seven scenarios). Nothing older changes meaning; the version moves
///   so that an older build leaves such a file in place instead of dropping them.
pub const SCHEMA_VERSION: u32 = 4;

/// A workspace file at least this large is read on its own thread while the window
/// opens (a long job search: 1,000 opportunities are about 7 MB, about 70 ms to parse).
pub const BACKGROUND_LOAD_BYTES: u64 = 512 * 1024;

/// File name of the workspace inside the data folder.
pub const FILE_NAME: &str = "workspace.ron";

/// What is written to disk.
#[derive(Serialize, Deserialize)]
struct FileContents {
    version: u32,
    workspace: Workspace,
}

/// A version-1 file.
#[derive(Deserialize)]
struct FileV1 {
    workspace: WorkspaceV1,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct WorkspaceV1 {
    cases: Vec<Case>,
    current: usize,
    profile: Profile,
    settings: Settings,
    next_id: u64,
}

impl From<WorkspaceV1> for Workspace {
    fn from(v1: WorkspaceV1) -> Self {
        let current_id = v1.cases.get(v1.current).map_or(CaseId(0), |c| c.id);
        Workspace {
            cases: v1.cases,
            current_id,
            profile: v1.profile,
            settings: v1.settings,
            next_id: v1.next_id,
            templates: Vec::new(),
            next_template_id: 1,
            current_job: crate::domain::compensation::Package::default(),
            comparison: crate::domain::workspace::ComparisonChoice::default(),
        }
    }
}

/// An export of some opportunities (not a whole workspace).
#[derive(Serialize, Deserialize)]
struct CasesFile {
    version: u32,
    cases: Vec<Case>,
}

/// An export of the user's own templates.
#[derive(Serialize, Deserialize)]
struct TemplatesFile {
    version: u32,
    templates: Vec<crate::domain::template::CustomTemplate>,
}

/// Encode templates for export.
#[must_use]
pub fn encode_templates(templates: &[crate::domain::template::CustomTemplate]) -> String {
    let contents = TemplatesFile {
        version: SCHEMA_VERSION,
        templates: templates.to_vec(),
    };
    ron::ser::to_string_pretty(&contents, pretty(6)).unwrap_or_default()
}

/// Read an export of templates.
pub fn decode_templates(
    text: &str,
) -> Result<Vec<crate::domain::template::CustomTemplate>, Problem> {
    if text.trim().is_empty() {
        return Err(Problem::Empty);
    }
    let probe = probe_version(text)?;
    if probe.version > SCHEMA_VERSION {
        return Err(Problem::FutureVersion(probe.version));
    }
    ron::from_str::<TemplatesFile>(text)
        .map(|f| f.templates)
        .map_err(|e| Problem::Malformed(e.to_string()))
}

/// Why a file could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Empty,
    /// Not a workspace file (syntax or type error); the text is the parser's message.
    Malformed(String),
    /// Written by a newer Gracious.
    FutureVersion(u32),
    /// The file could not be read at all.
    Unreadable(String),
}

/// Something the user must be told about the data files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The workspace file could not be used and was moved aside.
    SetAside { problem: Problem, moved_to: PathBuf },
    /// The file could not be used nor moved; saving is off so it is not overwritten.
    LeftInPlace { problem: Problem, path: PathBuf },
    /// The backup was loaded instead of the main file.
    RestoredFromBackup { path: PathBuf },
    /// The backup was unusable too; it was moved aside.
    BackupSetAside { problem: Problem, moved_to: PathBuf },
    /// Another Gracious has this data folder open: this one shows the data read-only.
    AlreadyOpen { dir: PathBuf },
}

/// The result of loading: a workspace to work with, and what went wrong on the way.
#[derive(Debug)]
pub struct Loaded {
    pub workspace: Workspace,
    pub notices: Vec<Notice>,
    /// False when an unreadable file had to be left in place: saving would overwrite it.
    pub may_save: bool,
}

/// How files are written: one field a line down to `depth`, indented with tabs (a long
/// job search's file is 30 % smaller than with four spaces, and is read about 10 ms
/// faster; files indented either way are read alike).
fn pretty(depth: usize) -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .depth_limit(depth)
        .indentor("\t")
}

/// Encode a workspace as the file's text.
#[must_use]
pub fn encode(workspace: &Workspace) -> String {
    let contents = FileContents {
        version: SCHEMA_VERSION,
        workspace: workspace.clone(),
    };
    // Serializing plain data structures to a String cannot fail.
    ron::ser::to_string_pretty(&contents, pretty(8)).unwrap_or_default()
}

/// Decode a file's text into a workspace, migrating older versions.
pub fn decode(text: &str) -> Result<Workspace, Problem> {
    if text.trim().is_empty() {
        return Err(Problem::Empty);
    }
    let probe = probe_version(text)?;
    if probe.version > SCHEMA_VERSION {
        return Err(Problem::FutureVersion(probe.version));
    }
    let malformed = |e: ron::error::SpannedError| Problem::Malformed(e.to_string());
    let mut workspace: Workspace = match probe.version {
        1 => ron::from_str::<FileV1>(text)
            .map_err(malformed)?
            .workspace
            .into(),
        _ => {
            ron::from_str::<FileContents>(text)
                .map_err(malformed)?
                .workspace
        }
    };
    migrate_cases(&mut workspace.cases, probe.version);
    workspace.repair();
    Ok(workspace)
}

/// Encode some opportunities for export.
#[must_use]
pub fn encode_cases(cases: &[Case]) -> String {
    let contents = CasesFile {
        version: SCHEMA_VERSION,
        cases: cases.to_vec(),
    };
    ron::ser::to_string_pretty(&contents, pretty(8)).unwrap_or_default()
}

/// Read a file to import: an export of opportunities, or a whole workspace file (of any
/// version this build reads). Returns its opportunities.
pub fn decode_import(text: &str) -> Result<Vec<Case>, Problem> {
    match decode(text) {
        Ok(workspace) => return Ok(workspace.cases),
        Err(Problem::Malformed(_)) => {}
        Err(other) => return Err(other),
    }
    let file = ron::from_str::<CasesFile>(text).map_err(|e| Problem::Malformed(e.to_string()))?;
    if file.version > SCHEMA_VERSION {
        return Err(Problem::FutureVersion(file.version));
    }
    let mut cases = file.cases;
    migrate_cases(&mut cases, file.version);
    Ok(cases)
}

/// The data folder and the files in it.
#[derive(Clone, Debug)]
pub struct Store {
    dir: PathBuf,
}

impl Store {
    #[must_use]
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// The platform's data folder for Gracious (`$XDG_DATA_HOME/gracious` on Linux).
    #[must_use]
    pub fn default_dir() -> Option<PathBuf> {
        directories::ProjectDirs::from("", "", "gracious").map(|d| d.data_dir().to_path_buf())
    }

    #[must_use]
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    #[must_use]
    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE_NAME)
    }

    #[must_use]
    pub fn backup_path(&self) -> PathBuf {
        self.dir.join(format!("{FILE_NAME}.bak"))
    }

    /// The settings of a large workspace file, read from its top without parsing the
    /// rest, so the window can open in the user's language and theme while the file
    /// loads on a thread. `None` for a small file (it loads at once) or one whose settings
    /// are not at the top (files written before they moved there): those load at once.
    #[must_use]
    pub fn peek_settings(&self) -> Option<Settings> {
        use std::io::Read;
        let file = fs::File::open(self.path()).ok()?;
        if file.metadata().ok()?.len() < BACKGROUND_LOAD_BYTES {
            return None;
        }
        let mut head = String::new();
        file.take(16 * 1024).read_to_string(&mut head).ok()?;
        settings_at_top(&head)
    }

    /// Load the workspace for a window that may not save, because another Gracious has
    /// the folder open: the file as it is (else its backup), nothing moved or written.
    #[must_use]
    pub fn load_read_only(&self) -> Loaded {
        let read = |path: &Path| read_file(path).ok().flatten().and_then(|t| decode(&t).ok());
        Loaded {
            workspace: read(&self.path())
                .or_else(|| read(&self.backup_path()))
                .unwrap_or_default(),
            notices: vec![Notice::AlreadyOpen {
                dir: self.dir.clone(),
            }],
            may_save: false,
        }
    }

    /// Load the workspace. Never fails: problems become notices, and a file that cannot
    /// be read is moved aside (or, if it cannot be moved, saving is turned off).
    #[must_use]
    pub fn load(&self) -> Loaded {
        tighten_dir(&self.dir);
        let mut notices = Vec::new();
        let main = self.path();
        let problem = match read_file(&main) {
            Ok(None) => {
                // First start, unless only the backup survived.
                return match read_file(&self.backup_path()) {
                    Ok(Some(text)) => match decode(&text) {
                        Ok(workspace) => Loaded {
                            workspace,
                            notices: vec![Notice::RestoredFromBackup {
                                path: self.backup_path(),
                            }],
                            may_save: true,
                        },
                        Err(problem) => self.set_aside_backup(problem, notices),
                    },
                    _ => Loaded {
                        workspace: Workspace::default(),
                        notices,
                        may_save: true,
                    },
                };
            }
            Ok(Some(text)) => match decode(&text) {
                Ok(workspace) => {
                    self.keep_pre_migration_copy(&text);
                    return Loaded {
                        workspace,
                        notices,
                        may_save: true,
                    };
                }
                Err(problem) => problem,
            },
            Err(e) => Problem::Unreadable(e.to_string()),
        };

        // A file from a newer Gracious is not damaged: it stays where it is, untouched,
        // for that version to read again; this one shows the backup if it can and saves
        // nothing. So does a file that cannot be moved aside (a read-only folder).
        if matches!(problem, Problem::FutureVersion(_)) {
            return self.left_in_place(problem, notices);
        }
        if let Ok(moved_to) = set_aside(&main) {
            notices.push(Notice::SetAside { problem, moved_to });
        } else {
            return self.left_in_place(problem, notices);
        }

        match read_file(&self.backup_path()) {
            Ok(Some(text)) => match decode(&text) {
                Ok(workspace) => {
                    notices.push(Notice::RestoredFromBackup {
                        path: self.backup_path(),
                    });
                    Loaded {
                        workspace,
                        notices,
                        may_save: true,
                    }
                }
                Err(problem) => self.set_aside_backup(problem, notices),
            },
            Ok(None) => Loaded {
                workspace: Workspace::default(),
                notices,
                may_save: true,
            },
            Err(e) => self.set_aside_backup(Problem::Unreadable(e.to_string()), notices),
        }
    }

    /// A file of an older schema is kept once, as it was, before this version saves over
    /// it (`workspace.ron.v<version>`; an existing copy is never replaced).
    fn keep_pre_migration_copy(&self, text: &str) {
        let Some(version) = version_of(text).filter(|v| *v < SCHEMA_VERSION) else {
            return;
        };
        let copy = self.dir.join(format!("{FILE_NAME}.v{version}"));
        if !copy.exists()
            && let Err(e) = write_export(&copy, text.as_bytes(), false)
        {
            log::warn!("could not keep {}: {e}", copy.display());
        }
    }

    /// The main file stays untouched: saving is off, and the backup is shown if it loads.
    fn left_in_place(&self, problem: Problem, mut notices: Vec<Notice>) -> Loaded {
        notices.push(Notice::LeftInPlace {
            problem,
            path: self.path(),
        });
        let backup = read_file(&self.backup_path())
            .ok()
            .flatten()
            .and_then(|text| decode(&text).ok());
        if backup.is_some() {
            notices.push(Notice::RestoredFromBackup {
                path: self.backup_path(),
            });
        }
        Loaded {
            workspace: backup.unwrap_or_default(),
            notices,
            may_save: false,
        }
    }

    fn set_aside_backup(&self, problem: Problem, mut notices: Vec<Notice>) -> Loaded {
        let backup = self.backup_path();
        let may_save = if let Ok(moved_to) = set_aside(&backup) {
            notices.push(Notice::BackupSetAside { problem, moved_to });
            true
        } else {
            notices.push(Notice::LeftInPlace {
                problem,
                path: backup,
            });
            false
        };
        Loaded {
            workspace: Workspace::default(),
            notices,
            may_save,
        }
    }

    /// Save the workspace atomically, keeping the previous file as the backup.
    pub fn save(&self, workspace: &Workspace) -> io::Result<()> {
        self.save_text(&encode(workspace))
    }

    /// Write already encoded text atomically: temp file in the same folder, fsync,
    /// copy the current file to the backup, rename the temp file over it, fsync the folder.
    pub fn save_text(&self, text: &str) -> io::Result<()> {
        create_private_dir(&self.dir)?;
        let main = self.path();
        let tmp = write_temp(&self.dir, FILE_NAME, text.as_bytes())?;
        let result = (|| {
            if main.exists() {
                let previous = fs::read(&main)?;
                let backup_tmp = write_temp(&self.dir, FILE_NAME, &previous)?;
                if let Err(e) = fs::rename(&backup_tmp, self.backup_path()) {
                    let _ = fs::remove_file(&backup_tmp);
                    return Err(e);
                }
            }
            fs::rename(&tmp, &main)
        })();
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result?;
        sync_dir(&self.dir);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_decode_round_trip() {
        let mut ws = Workspace::default();
        ws.current_case_mut().company = "Zürich \"Quotes\" 株式会社".into();
        ws.current_case_mut().draft.body = "Line\n\n(parens) [brackets]".into();
        let text = encode(&ws);
        assert!(text.contains(&format!("version: {SCHEMA_VERSION}")));
        assert_eq!(decode(&text), Ok(ws));
    }

    #[test]
    fn exported_cases_import_and_workspaces_import_too() {
        let mut ws = Workspace::default();
        ws.current_case_mut().company = "Acme".into();
        let cases = decode_import(&encode_cases(&ws.cases)).expect("cases file");
        assert_eq!(cases, ws.cases);
        let cases = decode_import(&encode(&ws)).expect("workspace file");
        assert_eq!(cases, ws.cases);
        assert!(matches!(
            decode_import("(version: 2)"),
            Err(Problem::Malformed(_))
        ));
        assert_eq!(
            decode_import("(version: 7, cases: [])"),
            Err(Problem::FutureVersion(7))
        );
    }

    #[test]
    fn decode_rejects_bad_input_with_the_right_problem() {
        assert_eq!(decode(""), Err(Problem::Empty));
        assert_eq!(decode("  \n"), Err(Problem::Empty));
        assert!(matches!(
            decode("(version: 1, workspace: ("),
            Err(Problem::Malformed(_))
        ));
        assert!(matches!(decode("[1, 2, 3]"), Err(Problem::Malformed(_))));
        assert!(matches!(
            decode("(version: \"one\")"),
            Err(Problem::Malformed(_))
        ));
        assert_eq!(
            decode("(version: 99, workspace: (), shiny_new_field: 3)"),
            Err(Problem::FutureVersion(99))
        );
    }
}
