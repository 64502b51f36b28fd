//! Files on disk, done carefully: temporary files with unique names created new, writes
//! fsynced and renamed into place, exports that never replace a file unasked, imports
//! that read only regular files of bounded size, unreadable files moved aside, and the
//! data folder kept private.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Write a file the user chose (an export) atomically and readable by them only. An
/// existing file is replaced only when `replace` is set (the system dialog has asked).
pub fn write_export(path: &Path, bytes: &[u8], replace: bool) -> io::Result<()> {
    if !replace && path.exists() {
        return Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            "a file with this name already exists",
        ));
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file name"))?;
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let tmp = write_temp(dir, &name, bytes)?;
    let placed = if replace {
        fs::rename(&tmp, path)
    } else {
        // A hard link fails when the name is taken, even if the file appeared after the
        // check above: an existing file is never replaced. Where links are not supported,
        // a rename after a last check is the best the file system allows.
        match fs::hard_link(&tmp, path) {
            Ok(()) => fs::remove_file(&tmp),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(io::Error::new(
                io::ErrorKind::AlreadyExists,
                "a file with this name already exists",
            )),
            Err(_) if !path.exists() => fs::rename(&tmp, path),
            Err(e) => Err(e),
        }
    };
    if let Err(e) = placed {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    if let Some(dir) = path.parent() {
        sync_dir(dir);
    }
    Ok(())
}

/// Read a file the user chose to import: a regular file only (a device such as
/// `/dev/zero` or a named pipe would never end, or block), at most 64 MiB, with the limit
/// enforced while reading (the file may grow after it was looked at).
pub fn read_import(path: &Path) -> io::Result<String> {
    use std::io::Read;
    const LIMIT: u64 = 64 * 1024 * 1024;
    let not_a_file = || io::Error::new(io::ErrorKind::InvalidInput, "not a regular file");
    // Looked at before opening: opening a named pipe would wait for a writer.
    if !fs::metadata(path)?.is_file() {
        return Err(not_a_file());
    }
    let file = File::open(path)?;
    if !file.metadata()?.is_file() {
        return Err(not_a_file());
    }
    let mut bytes = Vec::new();
    file.take(LIMIT + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > LIMIT {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "the file is too large",
        ));
    }
    String::from_utf8(bytes)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "not UTF-8 text"))
}

/// Read a whole file; `Ok(None)` when it does not exist.
pub(super) fn read_file(path: &Path) -> io::Result<Option<String>> {
    match fs::read(path) {
        Ok(bytes) => String::from_utf8(bytes)
            .map(Some)
            .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "not UTF-8 text")),
        // A path below something that is not a folder holds no file either.
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
            ) =>
        {
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// Move a file aside to `<name>.broken-<timestamp>` (with a counter if taken).
pub(super) fn set_aside(path: &Path) -> io::Result<PathBuf> {
    let stamp = jiff::Timestamp::now()
        .strftime("%Y%m%dT%H%M%SZ")
        .to_string();
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    for n in 0..1000 {
        let suffix = if n == 0 {
            String::new()
        } else {
            format!("-{n}")
        };
        let target = path.with_file_name(format!("{name}.broken-{stamp}{suffix}"));
        if !target.exists() {
            fs::rename(path, &target)?;
            return Ok(target);
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "too many set-aside files",
    ))
}

pub(super) fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt as _;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Write `bytes` to a new temporary file in `dir`, readable by the user only, and fsync
/// it; returns its path. The name is unique (process, time, counter) and the file is
/// created new: an existing file, or a symlink planted at that name, is never written
/// through, and two processes never share a temporary file.
pub(super) fn write_temp(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    for _ in 0..100 {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = dir.join(format!(".{name}.{}-{nanos}-{n}.tmp", std::process::id()));
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt as _;
            options.mode(0o600);
        }
        match options.open(&path) {
            Ok(mut file) => {
                let written = file.write_all(bytes).and_then(|()| file.sync_all());
                if let Err(e) = written {
                    let _ = fs::remove_file(&path);
                    return Err(e);
                }
                return Ok(path);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "no free name for a temporary file",
    ))
}

/// A data folder that others can read or enter is tightened to its owner (the workspace
/// holds personal notes about job offers). Failing that, it is logged; saving goes on.
pub(super) fn tighten_dir(dir: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        if let Ok(meta) = fs::metadata(dir)
            && meta.is_dir()
            && meta.permissions().mode() & 0o077 != 0
            && let Err(e) = fs::set_permissions(dir, fs::Permissions::from_mode(0o700))
        {
            log::warn!("could not make {} private: {e}", dir.display());
        }
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// Make a rename durable. Folders cannot be opened for syncing on every platform
/// (Windows); there the rename is as durable as the file system makes it.
pub(super) fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}
