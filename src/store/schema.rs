//! Reading a file's schema before its contents: the version from its first line, the
//! settings from its top, and bringing opportunities of older versions up to date.

use serde::Deserialize;

use super::{Problem, Settings};
use crate::domain::Case;

/// Only the version, read first so that a file from a newer build is recognized as such
/// before its contents are interpreted.
#[derive(Deserialize)]
pub(super) struct VersionProbe {
    pub(super) version: u32,
}

/// `(version: N, workspace: (settings: (…), …` — the settings group, if it is the very
/// first thing in the workspace.
pub(super) fn settings_at_top(head: &str) -> Option<Settings> {
    let rest = head.trim_start().strip_prefix('(')?;
    let (_, rest) = rest.split_once(',')?;
    let rest = rest.trim_start().strip_prefix("workspace")?.trim_start();
    let rest = rest
        .strip_prefix(':')?
        .trim_start()
        .strip_prefix('(')?
        .trim_start();
    let rest = rest
        .strip_prefix("settings")?
        .trim_start()
        .strip_prefix(':')?
        .trim_start();
    // The balanced group that follows, strings skipped.
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in rest.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '(' if !in_string => depth += 1,
            ')' if !in_string => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return ron::from_str(&rest[..=i]).ok();
                }
            }
            _ => {}
        }
    }
    None
}

/// Bring opportunities of an older file up to this schema.
pub(super) fn migrate_cases(cases: &mut [Case], version: u32) {
    if version <= 2 {
        for case in cases {
            case.checklist.migrate_legacy_kinds();
        }
    }
}

/// The schema version of a file's text, if it has one.
pub(super) fn version_of(text: &str) -> Option<u32> {
    probe_version(text).ok().map(|p| p.version)
}

/// The version of a file, read first so that a file from a newer build is recognized
/// before its contents are interpreted. Gracious writes `(version: N, …` at the top, so
/// that is read directly; anything else is parsed in full (which costs as much as
/// reading the whole file, about 90 ms for a long job search).
pub(super) fn probe_version(text: &str) -> Result<VersionProbe, Problem> {
    // Past a byte-order mark and any line comments at the top.
    let mut head = text.trim_start_matches('\u{feff}').trim_start();
    while let Some(comment) = head.strip_prefix("//") {
        head = comment
            .split_once('\n')
            .map_or("", |(_, after)| after)
            .trim_start();
    }
    let quick = head
        .strip_prefix('(')
        .map(str::trim_start)
        .and_then(|rest| rest.strip_prefix("version"))
        .map(str::trim_start)
        .and_then(|rest| rest.strip_prefix(':'))
        .map(str::trim_start)
        .and_then(|rest| {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            let after = rest[digits.len()..].trim_start();
            (after.starts_with(',') || after.starts_with(')'))
                .then(|| digits.parse::<u32>().ok())
                .flatten()
        });
    match quick {
        Some(version) => Ok(VersionProbe { version }),
        None => ron::from_str(text).map_err(|e| Problem::Malformed(e.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Workspace;
    use crate::store::encode;

    #[test]
    fn the_version_is_read_from_the_top_without_parsing_the_file() {
        let probe = |t: &str| probe_version(t).map(|p| p.version);
        assert_eq!(probe("(version: 3, workspace: (cases: [("), Ok(3));
        assert_eq!(
            probe("// comment\n  // another\n(\n    version: 1,\n)"),
            Ok(1)
        );
        assert_eq!(probe("\u{feff}(version:2)"), Ok(2));
        // Anything else is parsed in full, as before.
        assert_eq!(probe("(workspace: (), version: 7)"), Ok(7));
        assert!(matches!(probe("(version: 3x)"), Err(Problem::Malformed(_))));
        assert!(matches!(probe("[1, 2]"), Err(Problem::Malformed(_))));
    }

    #[test]
    fn the_settings_are_read_from_the_top_of_a_file() {
        let mut ws = Workspace::default();
        ws.settings.ui_language = Some("de-DE".into());
        ws.settings.theme = crate::domain::ThemeChoice::Dark;
        ws.current_case_mut().company = "settings: (theme: Light)".into();
        let text = encode(&ws);
        assert_eq!(settings_at_top(&text), Some(ws.settings.clone()));
        // Settings further down (older files) are not guessed at.
        let old = "(version: 2, workspace: (cases: [], settings: (theme: Dark)))";
        assert_eq!(settings_at_top(old), None);
    }
}
