//! The data-safety guarantees of the store, each tested on real files.

use std::fs;
use std::path::Path;

use gracious::domain::{Status, ThemeChoice, Workspace};
use gracious::store::{self, Notice, Problem, Store};

fn sample() -> Workspace {
    let mut ws = Workspace::default();
    let case = ws.current_case_mut();
    case.company = "Nordlicht GmbH".into();
    case.role = "Data Engineer".into();
    case.draft.body = "Guten Tag,\n\n„Zitat“ (Klammern) [eckig] \\ Backslash".into();
    ws.new_case();
    ws.current_case_mut().company = "Sakura Systems".into();
    ws.current_case_mut().status = Status::Negotiating;
    ws.profile.name = "Ana Costa".into();
    // Every panel's state travels with the opportunity.
    let case = ws.current_case_mut();
    case.checklist.use_weights = true;
    case.checklist.entries[1].answer = gracious::domain::checklist::Answer::No;
    case.checklist.entries[1].blocker = Some(gracious::domain::checklist::Blocker::RemoteWork);
    case.checklist.entries[1].weight = 5;
    case.checklist.entries[1].note = "three office days".into();
    case.checklist.pre_send[2] = true;
    case.mobility.moving_abroad = true;
    case.channel.interview_rounds = 4;
    ws
}

/// The files in `dir` whose names start with `prefix`.
fn files_starting(dir: &Path, prefix: &str) -> Vec<std::path::PathBuf> {
    let mut out: Vec<_> = fs::read_dir(dir)
        .expect("read dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
        })
        .collect();
    out.sort();
    out
}

#[test]
fn save_and_load_round_trip_and_keep_a_backup() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(dir.path().join("data"));
    let first = sample();
    store.save(&first).expect("save");
    assert!(
        !store.backup_path().exists(),
        "no backup before a second save"
    );
    let mut second = first.clone();
    second.current_case_mut().company = "Changed".into();
    store.save(&second).expect("save again");

    let loaded = store.load();
    assert!(loaded.notices.is_empty());
    assert!(loaded.may_save);
    assert_eq!(loaded.workspace, second);
    let backup = fs::read_to_string(store.backup_path()).expect("backup");
    assert_eq!(store::decode(&backup).expect("backup decodes"), first);
    assert!(files_starting(store.dir(), "workspace.ron.tmp").is_empty());
}

#[test]
fn first_start_is_an_empty_workspace_without_notices() {
    let dir = tempfile::tempdir().expect("temp dir");
    let loaded = Store::new(dir.path()).load();
    assert!(loaded.notices.is_empty());
    assert_eq!(loaded.workspace, Workspace::default());
}

/// Write `bytes` as the workspace file and check that loading sets it aside intact.
fn check_bad_file(bytes: &[u8], expect: impl Fn(&Problem) -> bool) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(dir.path());
    fs::write(store.path(), bytes).expect("write bad file");

    let loaded = store.load();
    assert_eq!(loaded.workspace, Workspace::default());
    assert!(loaded.may_save);
    let [Notice::SetAside { problem, moved_to }] = loaded.notices.as_slice() else {
        panic!("expected one set-aside notice, got {:?}", loaded.notices);
    };
    assert!(expect(problem), "unexpected problem {problem:?}");
    assert!(!store.path().exists());
    assert_eq!(
        fs::read(moved_to).expect("moved file"),
        bytes,
        "kept byte for byte"
    );
    assert!(
        moved_to
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("workspace.ron.broken-"))
    );

    // Saving afterwards writes a new file and leaves the set-aside one alone.
    store.save(&sample()).expect("save");
    assert_eq!(fs::read(moved_to).expect("moved file"), bytes);
    assert_eq!(store.load().workspace, sample());
}

#[test]
fn an_empty_file_is_set_aside() {
    check_bad_file(b"", |p| *p == Problem::Empty);
}

#[test]
fn a_truncated_file_is_set_aside() {
    let text = store::encode(&sample());
    let half = &text.as_bytes()[..text.len() / 2];
    check_bad_file(half, |p| matches!(p, Problem::Malformed(_)));
}

#[test]
fn garbage_bytes_are_set_aside() {
    check_bad_file(&[0xff, 0xfe, 0x00, 0x13, 0x37], |p| {
        matches!(p, Problem::Unreadable(_))
    });
}

#[test]
fn a_file_of_the_wrong_type_is_set_aside() {
    check_bad_file(b"[1, 2, 3]", |p| matches!(p, Problem::Malformed(_)));
    check_bad_file(b"(version: 2, workspace: \"not a workspace\")", |p| {
        matches!(p, Problem::Malformed(_))
    });
}

#[test]
fn a_file_from_a_future_version_is_left_untouched_and_never_saved_over() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(dir.path());
    let future = store::encode(&sample()).replace(
        &format!("version: {}", store::SCHEMA_VERSION),
        "version: 99",
    );
    fs::write(store.path(), &future).expect("write");
    let loaded = store.load();
    assert!(!loaded.may_save, "saving stays off");
    assert_eq!(loaded.workspace, Workspace::default());
    assert!(matches!(
        loaded.notices.as_slice(),
        [Notice::LeftInPlace {
            problem: Problem::FutureVersion(99),
            ..
        }]
    ));
    assert_eq!(
        fs::read_to_string(store.path()).expect("still there"),
        future
    );

    // With a backup this version can read, that backup is shown (still read-only).
    store.save(&sample()).expect("save");
    store
        .save(&sample())
        .expect("save again: the backup is the sample");
    fs::write(store.path(), &future).expect("write");
    let loaded = store.load();
    assert!(!loaded.may_save);
    assert_eq!(loaded.workspace, sample());
    assert!(matches!(
        loaded.notices.as_slice(),
        [
            Notice::LeftInPlace { .. },
            Notice::RestoredFromBackup { .. }
        ]
    ));
    assert_eq!(
        fs::read_to_string(store.path()).expect("still there"),
        future
    );
}

#[cfg(unix)]
#[test]
fn a_damaged_file_in_a_read_only_folder_shows_the_backup() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(dir.path());
    store.save(&sample()).expect("save");
    store
        .save(&sample())
        .expect("save again, so the backup is the sample");
    fs::write(store.path(), b"garbage").expect("damage");
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o500)).expect("chmod");
    if fs::write(dir.path().join("probe"), b"").is_ok() {
        // Root writes anyway: a read-only folder cannot be made here.
        eprintln!("NOTICE: skipped: running as root, folders cannot be made read-only");
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o700)).expect("chmod");
        return;
    }
    let loaded = store.load();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o700)).expect("chmod");
    assert!(!loaded.may_save);
    assert_eq!(loaded.workspace, sample());
    assert!(matches!(
        loaded.notices.as_slice(),
        [
            Notice::LeftInPlace { .. },
            Notice::RestoredFromBackup { .. }
        ]
    ));
}

#[test]
fn a_bad_file_falls_back_to_the_backup() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(dir.path());
    store.save(&sample()).expect("save");
    let mut newer = sample();
    newer.profile.name = "Newer".into();
    store.save(&newer).expect("save");
    fs::write(store.path(), b"(version: 2, workspace: (cases: [(").expect("corrupt");

    let loaded = store.load();
    assert_eq!(
        loaded.workspace,
        sample(),
        "the backup holds the previous save"
    );
    assert!(matches!(loaded.notices[0], Notice::SetAside { .. }));
    assert_eq!(
        loaded.notices[1],
        Notice::RestoredFromBackup {
            path: store.backup_path()
        }
    );
}

#[test]
fn a_bad_backup_is_set_aside_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(dir.path());
    fs::write(store.path(), b"broken").expect("write");
    fs::write(store.backup_path(), b"also broken").expect("write");
    let loaded = store.load();
    assert_eq!(loaded.workspace, Workspace::default());
    assert!(matches!(loaded.notices[0], Notice::SetAside { .. }));
    let Notice::BackupSetAside { moved_to, .. } = &loaded.notices[1] else {
        panic!("{:?}", loaded.notices);
    };
    assert_eq!(fs::read(moved_to).expect("moved backup"), b"also broken");
    assert_eq!(files_starting(dir.path(), "workspace.ron").len(), 2);
}

#[test]
fn a_version_1_file_is_migrated() {
    let text = include_str!("../fixtures/workspace-v1.ron");
    let ws = store::decode(text).expect("version 1 loads");
    assert_eq!(ws.cases.len(), 2);
    // Version 1 stored the selection as an index: index 1 is the case with id 4.
    assert_eq!(ws.current_id, gracious::domain::CaseId(4));
    assert_eq!(
        ws.current_case().map(|c| c.company.as_str()),
        Some("Sakura Systems")
    );
    assert_eq!(ws.profile.name, "Ana Costa");
    assert_eq!(ws.settings.ui_language.as_deref(), Some("de-DE"));
    assert_eq!(ws.settings.theme, ThemeChoice::Dark);
    assert_eq!(ws.next_id, 5);
    let first = &ws.cases[0];
    assert_eq!(
        first.status,
        Status::Deciding,
        "new fields take their defaults"
    );
    assert_eq!(first.channel.interview_rounds, 2);
    assert!(first.draft.body.ends_with("Ana Costa"));

    // Saved again, it is a file of the current version that loads to the same workspace.
    let resaved = store::encode(&ws);
    assert!(resaved.contains(&format!("version: {}", store::SCHEMA_VERSION)));
    assert_eq!(store::decode(&resaved).expect("current"), ws);
}

#[cfg(unix)]
#[test]
fn files_are_private_to_the_user() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(dir.path().join("fresh"));
    store.save(&sample()).expect("save");
    store.save(&sample()).expect("save again");
    let mode = |p: &Path| fs::metadata(p).expect("metadata").permissions().mode() & 0o777;
    assert_eq!(mode(&store.path()), 0o600);
    assert_eq!(mode(&store.backup_path()), 0o600);
    assert_eq!(mode(store.dir()), 0o700);

    let export = dir.path().join("export.ron");
    store::write_export(&export, b"x", false).expect("export");
    assert_eq!(mode(&export), 0o600);
}

#[test]
fn an_unwritable_folder_fails_the_save_and_loses_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A file where the folder should be: no user, not even root, can write below it.
    let blocker = dir.path().join("blocked");
    fs::write(&blocker, b"not a folder").expect("write");
    let store = Store::new(blocker.join("gracious"));
    assert!(store.save(&sample()).is_err());
    assert_eq!(fs::read(&blocker).expect("blocker"), b"not a folder");
    let loaded = store.load();
    assert_eq!(loaded.workspace, Workspace::default());
}

#[test]
fn exports_never_replace_a_file_unless_asked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("mine.csv");
    fs::write(&path, b"precious").expect("write");
    assert!(store::write_export(&path, b"new", false).is_err());
    assert_eq!(fs::read(&path).expect("read"), b"precious");
    store::write_export(&path, b"new", true).expect("replace when asked");
    assert_eq!(fs::read(&path).expect("read"), b"new");
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_fails_the_save_and_keeps_the_old_file() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(dir.path());
    store.save(&sample()).expect("save");
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o500)).expect("chmod");
    let probe = dir.path().join("probe");
    if fs::write(&probe, b"").is_ok() {
        // Root ignores folder permissions; `an_unwritable_folder_…` covers that case.
        let _ = fs::remove_file(&probe);
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o700)).expect("chmod");
        eprintln!("skipped: running as a user that can write to read-only folders");
        return;
    }
    let mut changed = sample();
    changed.profile.name = "Changed".into();
    let result = store.save(&changed);
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o700)).expect("chmod");
    assert!(result.is_err());
    assert_eq!(store.load().workspace, sample(), "the old file is intact");
}

#[test]
fn import_reads_only_regular_files_of_bounded_size() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ok = dir.path().join("cases.ron");
    fs::write(&ok, "(version: 2, cases: [])").expect("write");
    assert!(store::read_import(&ok).is_ok());

    // A device that never ends is refused at once, not read until memory runs out.
    #[cfg(unix)]
    {
        let err = store::read_import(Path::new("/dev/zero")).expect_err("a device");
        assert_eq!(err.kind(), std::io::ErrorKind::InvalidInput);
        // A named pipe with no writer would block the window forever.
        let fifo = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .is_ok_and(|s| s.success());
        if made {
            let err = store::read_import(&fifo).expect_err("a pipe");
            assert_eq!(err.kind(), std::io::ErrorKind::InvalidInput);
        }
    }
    // A folder is not a file either.
    assert!(store::read_import(dir.path()).is_err());
    // Over the limit: refused, whatever the file claims.
    let big = dir.path().join("big.ron");
    let file = fs::File::create(&big).expect("create");
    file.set_len(64 * 1024 * 1024 + 1).expect("sparse file");
    let err = store::read_import(&big).expect_err("too large");
    assert_eq!(err.kind(), std::io::ErrorKind::InvalidData);
}

#[cfg(unix)]
#[test]
fn saving_never_writes_through_a_planted_symlink_nor_leaves_temp_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let store = Store::new(&data);
    store.save(&sample()).expect("first save");
    // Someone plants symlinks where temporary files used to be named, pointing at a file
    // of the user's that must not be touched.
    let victim = dir.path().join("victim.txt");
    fs::write(&victim, "precious").expect("write");
    for name in [
        "workspace.ron.tmp",
        "workspace.ron.bak.tmp",
        ".workspace.ron.tmp",
    ] {
        std::os::unix::fs::symlink(&victim, data.join(name)).expect("symlink");
    }
    store.save(&sample()).expect("save");
    assert_eq!(fs::read_to_string(&victim).expect("victim"), "precious");
    assert_eq!(store.load().workspace, sample());
    // Only the files saving keeps, and the planted links: no temporary file left.
    let planted = [
        "workspace.ron.tmp",
        "workspace.ron.bak.tmp",
        ".workspace.ron.tmp",
    ];
    let leftovers: Vec<String> = fs::read_dir(&data)
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !planted.contains(&n.as_str()))
        .filter(|n| {
            !matches!(
                n.as_str(),
                "workspace.ron" | "workspace.ron.bak" | "gracious.lock"
            )
        })
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn an_export_never_replaces_an_existing_file_unless_asked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("export.ron");
    store::write_export(&path, b"first", false).expect("new file");
    let err = store::write_export(&path, b"second", false).expect_err("exists");
    assert_eq!(err.kind(), std::io::ErrorKind::AlreadyExists);
    assert_eq!(fs::read(&path).expect("read"), b"first");
    store::write_export(&path, b"third", true).expect("replace when asked");
    assert_eq!(fs::read(&path).expect("read"), b"third");
    let names: Vec<_> = fs::read_dir(dir.path())
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names, ["export.ron"], "no temporary file left behind");
}

#[cfg(unix)]
#[test]
fn a_data_folder_others_can_read_is_made_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    fs::create_dir(&data).expect("mkdir");
    fs::set_permissions(&data, fs::Permissions::from_mode(0o755)).expect("chmod");
    let _ = Store::new(&data).load();
    let mode = fs::metadata(&data).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode, 0o700);
}

/// Every string leaf of a RON text, in order: what a migration must carry over.
fn string_leaves(text: &str) -> Vec<String> {
    fn walk(value: &ron::Value, out: &mut Vec<String>) {
        match value {
            ron::Value::String(s) => out.push(s.clone()),
            ron::Value::Seq(items) => items.iter().for_each(|v| walk(v, out)),
            ron::Value::Map(map) => map.iter().for_each(|(_, v)| walk(v, out)),
            ron::Value::Option(Some(v)) => walk(v, out),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&ron::from_str::<ron::Value>(text).expect("RON"), &mut out);
    out
}

/// Load an old fixture, as a data folder would hold it, and check that nothing in it is
/// dropped: every text it holds is in the migrated file, and a copy of the old file is
/// kept once.
fn migrate_fixture(fixture: &str, version: u32) -> Workspace {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(dir.path());
    fs::write(store.path(), fixture).expect("write");
    let loaded = store.load();
    assert!(loaded.notices.is_empty(), "{:?}", loaded.notices);
    let copy = dir.path().join(format!("workspace.ron.v{version}"));
    assert_eq!(fs::read_to_string(&copy).expect("kept"), fixture);

    store.save(&loaded.workspace).expect("save");
    let migrated = fs::read_to_string(store.path()).expect("saved");
    let kept = string_leaves(&migrated);
    for text in string_leaves(fixture) {
        assert!(kept.contains(&text), "{text:?} was dropped");
    }
    // A second load and save leaves the kept copy as it was.
    store.save(&store.load().workspace).expect("save");
    assert_eq!(fs::read_to_string(&copy).expect("kept"), fixture);
    loaded.workspace
}

#[test]
fn a_full_version_1_file_migrates_without_losing_anything() {
    use gracious::domain::checklist::{Answer, Blocker, Question, Verdict, assess};
    use gracious::domain::mobility::{Factor, Rating};
    let ws = migrate_fixture(include_str!("../fixtures/workspace-v1-full.ron"), 1);
    assert_eq!(
        ws.current_case().map(|c| c.company.as_str()),
        Some("Nordlicht GmbH")
    );
    let case = ws
        .cases
        .iter()
        .find(|c| c.company == "Sakura Systems KK")
        .expect("case");
    let entry = |q: Question| &case.checklist.entries[q.index()];
    // Kinds become named blockers of the same kind: the verdict cannot change.
    assert_eq!(
        entry(Question::PayAfterCosts).blocker,
        Some(Blocker::Values)
    );
    assert_eq!(entry(Question::Growth).blocker, Some(Blocker::RoleScope));
    assert_eq!(
        entry(Question::Compromise).blocker,
        None,
        "the default is fundamental"
    );
    assert_eq!(
        entry(Question::CultureFit).blocker,
        Some(Blocker::RemoteWork)
    );
    assert_eq!(entry(Question::CareerGoals).answer, Answer::Yes);
    assert_eq!(assess(&case.checklist).verdict, Verdict::Decline);
    assert_eq!(case.mobility.rating(Factor::PartnerWork), Rating::Poor);
    assert!(case.channel.interviews_by_video && case.channel.personal_time_given);
    assert_eq!(case.channel.interview_rounds, 5);
    assert_eq!(ws.settings.theme, gracious::domain::ThemeChoice::Dark);
    assert!(ws.next_id >= 12);
}

#[test]
fn a_full_version_2_file_with_blocker_kinds_keeps_its_verdict() {
    use gracious::domain::checklist::{Blocker, Question, Verdict, assess};
    use gracious::domain::{Formality, Stage};
    let ws = migrate_fixture(include_str!("../fixtures/workspace-v2-full.ron"), 2);
    let case = ws.current_case().expect("case");
    let entry = |q: Question| &case.checklist.entries[q.index()];
    assert_eq!(
        entry(Question::CareerGoals).blocker,
        Some(Blocker::RoleScope)
    );
    assert_eq!(
        entry(Question::PayAfterCosts).blocker,
        None,
        "negotiable by default"
    );
    assert_eq!(
        entry(Question::Growth).blocker,
        None,
        "fundamental by default"
    );
    assert_eq!(
        entry(Question::Compromise).blocker,
        Some(Blocker::RelocationSupport)
    );
    assert_eq!(entry(Question::CultureFit).blocker, None);
    // Growth stays a fundamental "no": decline, as version 2 said.
    assert_eq!(assess(&case.checklist).verdict, Verdict::Decline);
    assert_eq!(case.status, Status::Negotiating);
    assert_eq!(case.stage, Stage::AfterOffer);
    assert_eq!(ws.profile.formality, Formality::Informal);
    assert_eq!(ws.settings.theme, ThemeChoice::Light);
    assert!(case.channel.close_collaboration);
}
