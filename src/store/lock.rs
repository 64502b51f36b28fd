//! One Gracious at a time per data folder. Two windows saving the same workspace would
//! each overwrite the other's edits (and race on the temporary file), so the first takes
//! an exclusive lock on `gracious.lock` in the folder; a second one finds it held and
//! opens the data read-only, saying why.
//!
//! The lock is the operating system's (`flock` on Unix, `LockFileEx` on Windows): it is
//! released when the process ends, however it ends, so a crash never leaves the folder
//! locked.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::Path;

/// File name of the lock inside the data folder.
pub const LOCK_FILE: &str = "gracious.lock";

/// The lock on a data folder, held while this value lives.
#[derive(Debug)]
pub struct DataLock {
    _file: File,
}

/// Why the lock could not be taken.
#[derive(Debug)]
pub enum LockError {
    /// Another Gracious holds it: open the data read-only.
    Held,
    /// The folder cannot hold a lock (not writable, or locks not supported there). Saving
    /// will report its own problems; nothing else can be done about a second window.
    Unavailable(io::Error),
}

impl DataLock {
    /// Take the lock on `dir`, creating the folder if needed.
    pub fn acquire(dir: &Path) -> Result<Self, LockError> {
        fs::create_dir_all(dir).map_err(LockError::Unavailable)?;
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(dir.join(LOCK_FILE))
            .map_err(LockError::Unavailable)?;
        match file.try_lock() {
            Ok(()) => Ok(Self { _file: file }),
            Err(fs::TryLockError::WouldBlock) => Err(LockError::Held),
            Err(fs::TryLockError::Error(e)) => Err(LockError::Unavailable(e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_on_the_same_folder_is_refused_until_the_first_is_gone() {
        let dir = std::env::temp_dir().join(format!("gracious-lock-{}", std::process::id()));
        let first = DataLock::acquire(&dir).expect("first");
        assert!(matches!(DataLock::acquire(&dir), Err(LockError::Held)));
        drop(first);
        assert!(DataLock::acquire(&dir).is_ok(), "released with its holder");
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_folder_that_cannot_be_made_is_unavailable_not_held() {
        let dir = std::env::temp_dir().join(format!("gracious-lock-file-{}", std::process::id()));
        fs::write(&dir, "a file where the folder should be").expect("write");
        assert!(matches!(
            DataLock::acquire(&dir.join("gracious")),
            Err(LockError::Unavailable(_))
        ));
        let _ = fs::remove_file(&dir);
    }
}
