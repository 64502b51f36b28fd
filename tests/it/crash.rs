//! Kill a process that saves in a loop at random moments (SIGKILL on Unix), hundreds of
//! times, and check after each kill that the workspace file and its backup load and
//! equal one of the states that were saved: never a mix, never corrupt.
//!
//! The writer is this same test binary, started with `crash_writer` as the filter and
//! the data folder in an environment variable. `GRACIOUS_CRASH_KILLS` sets the number of
//! kills (default 500).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use gracious::domain::Workspace;
use gracious::store::{self, Store};

const DIR_ENV: &str = "GRACIOUS_CRASH_WRITER_DIR";
const START_ENV: &str = "GRACIOUS_CRASH_WRITER_START";

/// The n-th state the writer saves; its size varies so that a torn write would show.
fn state(n: u64) -> Workspace {
    let mut ws = Workspace::default();
    let case = ws.current_case_mut();
    case.company = format!("state-{n}");
    case.draft.body = format!("{n} ").repeat(usize::try_from(n % 97).unwrap_or(0) * 40);
    ws
}

/// The state number a loaded workspace claims to be, if it is exactly that state.
fn which_state(ws: &Workspace) -> Result<Option<u64>, String> {
    let company = ws
        .current_case()
        .map(|c| c.company.clone())
        .unwrap_or_default();
    if company.is_empty() && *ws == Workspace::default() {
        return Ok(None);
    }
    let n: u64 = company
        .strip_prefix("state-")
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("not a saved state: {company:?}"))?;
    if *ws == state(n) {
        Ok(Some(n))
    } else {
        Err(format!("state-{n} differs from what was saved"))
    }
}

#[test]
fn crash_writer() {
    let Ok(dir) = std::env::var(DIR_ENV) else {
        return; // Only runs as the child of the crash test.
    };
    let start: u64 = std::env::var(START_ENV)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let store = Store::new(dir);
    for n in start.. {
        store.save(&state(n)).expect("save");
    }
}

/// A small deterministic generator for the kill delays (no extra dependency).
struct Lcg(u64);

impl Lcg {
    fn next_below(&mut self, bound: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % bound
    }
}

fn check_file(path: &Path) -> Result<Option<u64>, String> {
    match std::fs::read_to_string(path) {
        Ok(text) => {
            let ws = store::decode(&text).map_err(|p| format!("{}: {p:?}", path.display()))?;
            which_state(&ws)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e.to_string()),
    }
}

#[test]
fn killing_the_writer_never_leaves_a_corrupt_file() {
    let kills: u32 = std::env::var("GRACIOUS_CRASH_KILLS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(500);
    let exe = std::env::current_exe().expect("test binary");
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(dir.path());
    let mut rng = Lcg(0x5eed);
    let mut next_start = 0;
    let mut failures = Vec::new();
    let mut newest_seen = 0;
    let started = Instant::now();

    for kill in 0..kills {
        let mut child = Command::new(&exe)
            .args([
                "crash::crash_writer",
                "--exact",
                "--test-threads=1",
                "--nocapture",
            ])
            .env(DIR_ENV, dir.path())
            .env(START_ENV, next_start.to_string())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the writer");
        std::thread::sleep(Duration::from_micros(4_000 + rng.next_below(40_000)));
        child.kill().expect("kill"); // SIGKILL on Unix
        child.wait().expect("reap");

        let main = check_file(&store.path());
        let backup = check_file(&store.backup_path());
        match (&main, &backup) {
            (Ok(m), Ok(b)) => {
                if let (Some(m), Some(b)) = (m, b)
                    && b > m
                {
                    failures.push(format!("kill {kill}: backup {b} newer than file {m}"));
                }
                if let Some(m) = m {
                    newest_seen = newest_seen.max(*m);
                    next_start = next_start.max(m + 1);
                }
            }
            _ => failures.push(format!("kill {kill}: file {main:?}, backup {backup:?}")),
        }
        // Whatever the writer was doing, the app's loader must find no damage.
        let loaded = store.load();
        if !loaded.notices.is_empty() {
            failures.push(format!("kill {kill}: loader notices {:?}", loaded.notices));
        }
        // The next writer continues after every state written so far, so that each
        // state number is saved exactly once.
        next_start += 1_000;
    }
    println!(
        "crash test: {kills} kills in {:.1} s, {} corrupt or mixed loads, newest state seen {newest_seen}",
        started.elapsed().as_secs_f64(),
        failures.len()
    );
    assert!(failures.is_empty(), "{failures:#?}");
    assert!(
        newest_seen > 0,
        "the writer never got to save: the test proved nothing"
    );
}
