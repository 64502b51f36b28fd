//! Several opportunities, the profile, export and import, and save failures, driven
//! through the real UI.

use std::fs;

use crate::common::{
    app_harness, harness_with, replace_text, test_options, tr, type_into, wait_seconds,
};
use egui_kittest::kittest::Queryable;
use gracious::clipboard::MemoryClipboard;
use gracious::domain::Status;
use gracious::store::Store;

const EN: &str = "en-US";

fn click(harness: &mut egui_kittest::Harness<'static, gracious::App>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

fn menu(harness: &mut egui_kittest::Harness<'static, gracious::App>, item_id: &str) {
    click(harness, &tr(EN, "menu-file"));
    click(harness, &tr(EN, item_id));
}

/// Run a File menu item, type `path` in the path window and press `button_id`.
fn file_task(
    harness: &mut egui_kittest::Harness<'static, gracious::App>,
    item_id: &str,
    path: &std::path::Path,
    button_id: &str,
) {
    menu(harness, item_id);
    replace_text(harness, &tr(EN, "file-path"), &path.display().to_string());
    click(harness, &tr(EN, button_id));
    crate::common::wait_for_import(harness);
}

#[test]
fn create_duplicate_delete_and_undo() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    type_into(&mut harness, "Company", "Acme");

    click(&mut harness, &tr(EN, "cases-new"));
    assert_eq!(harness.state().workspace().cases.len(), 2);
    type_into(&mut harness, "Company", "Globex");
    type_into(&mut harness, "Reply by", "2026-11-20");
    // The list shows the new one as overdue (today is fixed at 2026-11-26), with the
    // date as the interface writes it and the next step.
    harness.get_by_label(
        "Globex, After the interview · Deciding · reply by 11/20/26 · ⚠ overdue, Next: Answer the checklist",
    );

    click(&mut harness, &tr(EN, "cases-duplicate"));
    let ws = harness.state().workspace();
    assert_eq!(ws.cases.len(), 3);
    assert_eq!(
        ws.current_case().map(|c| c.company.as_str()),
        Some("Globex")
    );

    click(&mut harness, &tr(EN, "cases-delete"));
    assert_eq!(harness.state().workspace().cases.len(), 2);
    harness.get_by_label_contains("Deleted “Globex”.");
    click(&mut harness, &tr(EN, "status-undo"));
    assert_eq!(harness.state().workspace().cases.len(), 3);

    // Every delete of the session can be undone, newest first.
    click(&mut harness, &tr(EN, "cases-delete"));
    click(&mut harness, &tr(EN, "cases-delete"));
    assert_eq!(harness.state().workspace().cases.len(), 1);
    click(&mut harness, &tr(EN, "status-undo"));
    click(&mut harness, &tr(EN, "status-undo"));
    let mut companies: Vec<String> = harness
        .state()
        .workspace()
        .cases
        .iter()
        .map(|c| c.company.clone())
        .collect();
    companies.sort();
    assert_eq!(companies, ["Acme", "Globex", "Globex"]);
    assert!(harness.query_by_label(&tr(EN, "status-undo")).is_none());

    click(&mut harness, &tr(EN, "cases-archive"));
    assert_eq!(
        harness.state().workspace().current_case().map(|c| c.status),
        Some(Status::Archived)
    );
    // Selecting another opportunity from the list shows it in the header.
    harness.get_by_label_contains("Acme,").click();
    harness.run();
    assert_eq!(
        harness.get_by_label("Company").value().as_deref(),
        Some("Acme")
    );
}

#[test]
fn export_then_import_merges_without_overwriting() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = tempfile::tempdir().expect("export dir");
    let clipboard = MemoryClipboard::default();
    let export = out.path().join("all.ron");
    let csv = out.path().join("list.csv");
    {
        let mut harness = app_harness(dir.path(), EN, &clipboard);
        type_into(&mut harness, "Company", "Acme, Inc.");
        type_into(&mut harness, "Role", "Analyst");
        click(&mut harness, &tr(EN, "cases-new"));
        type_into(&mut harness, "Company", "Globex");

        file_task(&mut harness, "menu-export-workspace", &export, "file-save");
        harness.get_by_label_contains(&format!("Saved {}", export.display()));

        file_task(&mut harness, "menu-export-csv", &csv, "file-save");

        // A typed path never replaces an existing file.
        file_task(&mut harness, "menu-export-csv", &csv, "file-save");
        harness.get_by_label_contains("already exists");
        click(&mut harness, &tr(EN, "file-cancel"));
    }
    let text = fs::read_to_string(&csv).expect("csv written");
    assert!(text.starts_with("Company,Role,Contact person,Stage,Status,"));
    assert!(text.contains("\"Acme, Inc.\",Analyst,,After the interview,Deciding"));
    assert!(text.contains("Globex,"));

    // A second workspace imports the export: both cases arrive, none is overwritten.
    let other = tempfile::tempdir().expect("temp dir");
    let mut harness = app_harness(other.path(), EN, &clipboard);
    type_into(&mut harness, "Company", "Mine");
    file_task(&mut harness, "menu-import", &export, "file-open");
    harness.get_by_label_contains("Imported 2 opportunities");
    let ws = harness.state().workspace();
    let companies: Vec<&str> = ws.cases.iter().map(|c| c.company.as_str()).collect();
    assert_eq!(companies, vec!["Mine", "Acme, Inc.", "Globex"]);
    let mut ids: Vec<u64> = ws.cases.iter().map(|c| c.id.0).collect();
    ids.dedup();
    assert_eq!(ids.len(), 3, "conflicting ids were renumbered");
}

#[test]
fn importing_a_broken_file_says_why_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("bad.ron");
    fs::write(&bad, "(version: 2, cases: [(company: ").expect("write");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    file_task(&mut harness, "menu-import", &bad, "file-open");
    harness.get_by_label_contains("the file is damaged or not a Gracious file");
    assert_eq!(harness.state().workspace().cases.len(), 1);
}

#[test]
fn the_profile_signs_the_letter_in_the_chosen_formality() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    crate::common::fill_header(&mut harness, "Nordlicht GmbH", "Data Engineer", "Jonas");

    click(&mut harness, &tr(EN, "menu-profile"));
    type_into(&mut harness, &tr(EN, "profile-name"), "Ana Costa");
    type_into(
        &mut harness,
        &tr(EN, "profile-signature"),
        "Ana Costa\nSenior Engineer",
    );
    click(
        &mut harness,
        &crate::common::choice_name(EN, "profile-formality", "formality-informal"),
    );
    click(&mut harness, &tr(EN, "profile-letter-language"));
    click(&mut harness, "Deutsch");
    click(&mut harness, "Close window");
    assert!(
        harness
            .query_by_label(&tr(EN, "profile-signature"))
            .is_none()
    );

    click(&mut harness, &tr(EN, "tab-editor"));
    click(&mut harness, &tr(EN, "editor-copy"));
    let copied = clipboard.last().expect("copied");
    assert!(copied.contains("Hallo Jonas,"), "informal German: {copied}");
    assert!(copied.contains("Data Engineer"));
    assert!(copied.ends_with("Ana Costa\nSenior Engineer"), "{copied}");
}

/// The app on a data folder that cannot be created (a file stands where it should be),
/// past the welcome: leaving it is already a change that cannot be saved, so the
/// warning has appeared (it moves the form down) before the test types anything.
fn unwritable_app(
    dir: &std::path::Path,
    clipboard: &MemoryClipboard,
) -> egui_kittest::Harness<'static, gracious::App> {
    let blocker = dir.join("data");
    fs::write(&blocker, b"a file where the folder should be").expect("write");
    let mut harness = harness_with(test_options(&blocker.join("gracious"), EN, clipboard));
    wait_seconds(&mut harness, 3.0);
    harness.get_by_label_contains("Your changes cannot be saved");
    harness
}

#[test]
fn an_unwritable_data_folder_warns_keeps_working_and_recovers() {
    let dir = tempfile::tempdir().expect("temp dir");
    let blocker = dir.path().join("data");
    let clipboard = MemoryClipboard::default();
    let mut harness = unwritable_app(dir.path(), &clipboard);

    harness.get_by_label("Company").click();
    harness.run();
    // Not `type_into`: the failing saves keep waking the UI, so the harness does not
    // settle; simulated time is stepped instead.
    harness.get_by_label("Company").type_text("Still here");
    wait_seconds(&mut harness, 3.0);
    harness.get_by_label_contains("Your changes cannot be saved");
    assert_eq!(
        harness.get_by_label("Company").value().as_deref(),
        Some("Still here")
    );

    // The folder becomes writable: the next retry saves and the warning goes.
    fs::remove_file(&blocker).expect("remove blocker");
    wait_seconds(&mut harness, 12.0);
    assert!(
        harness
            .query_by_label_contains("Your changes cannot be saved")
            .is_none()
    );
    let saved = fs::read_to_string(blocker.join("gracious/workspace.ron")).expect("saved");
    assert!(saved.contains("Still here"));
}

#[test]
fn typing_is_saved_without_asking() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    type_into(&mut harness, "Company", "Autosaved");
    wait_seconds(&mut harness, 2.5);
    let saved = fs::read_to_string(dir.path().join("workspace.ron")).expect("saved");
    assert!(saved.contains("Autosaved"));
}

/// Looking for a change compares the whole workspace (milliseconds in a long job
/// search): frames in which nothing was typed or clicked skip it, and what is typed,
/// and what is changed from outside a frame's input, is still saved.
#[test]
fn quiet_frames_do_not_compare_the_whole_workspace_and_changes_are_still_saved() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    harness.run();
    // Twenty frames without input, five seconds of the harness' clock: compared only by
    // the safety net, every two seconds, not twenty times.
    let before = harness.state().autosave_comparisons();
    for _ in 0..20 {
        harness.step();
    }
    let quiet = harness.state().autosave_comparisons() - before;
    assert!(quiet <= 3, "{quiet} comparisons in 20 quiet frames");
    let before = harness.state().autosave_comparisons();
    type_into(&mut harness, "Company", "Quietly saved");
    assert!(harness.state().autosave_comparisons() > before);
    wait_seconds(&mut harness, 2.5);
    let file = dir.path().join("workspace.ron");
    assert!(
        fs::read_to_string(&file)
            .expect("saved")
            .contains("Quietly saved")
    );
    // A change made without input, through the library: compared at the next frame.
    harness.state_mut().workspace_mut().current_case_mut().role = "Changed from outside".into();
    wait_seconds(&mut harness, 2.5);
    assert!(
        fs::read_to_string(&file)
            .expect("saved")
            .contains("Changed from outside")
    );
    // And when the app quits before another frame, the quit compares it.
    harness.state_mut().workspace_mut().current_case_mut().role =
        "Changed just before quitting".into();
    assert!(harness.state_mut().flush_save());
    assert!(
        fs::read_to_string(&file)
            .expect("saved")
            .contains("Changed just before quitting")
    );
}

#[test]
fn a_damaged_data_file_is_set_aside_and_the_user_is_told() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(
        dir.path().join("workspace.ron"),
        "(version: 2, workspace: (cases: [(",
    )
    .expect("write");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    let notice = harness
        .get_by_label_contains("Your saved data could not be loaded: the file is damaged")
        .value()
        .unwrap_or_default();
    assert!(notice.contains("workspace.ron.broken-"), "{notice}");
    let moved: Vec<_> = fs::read_dir(dir.path())
        .expect("read dir")
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("workspace.ron.broken-")
        })
        .collect();
    assert_eq!(moved.len(), 1);
    assert_eq!(
        fs::read_to_string(moved[0].path()).expect("read"),
        "(version: 2, workspace: (cases: [("
    );
    // The app works and the notice can be dismissed.
    type_into(&mut harness, "Company", "Fresh start");
    click(&mut harness, &tr(EN, "notice-dismiss"));
    assert!(
        harness
            .query_by_label_contains("could not be loaded")
            .is_none()
    );
}

#[test]
fn quitting_without_a_change_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let file = dir.path().join("workspace.ron");
    {
        // The first start, welcome on screen, nothing touched.
        let options = crate::common::test_options(dir.path(), EN, &clipboard);
        let mut harness = crate::common::welcome_harness(options);
        harness.run();
        assert!(harness.state_mut().flush_save());
    }
    assert!(
        !file.exists(),
        "nothing was changed, nothing should be written"
    );
    {
        let mut harness = app_harness(dir.path(), EN, &clipboard);
        type_into(&mut harness, "Company", "Nordlicht GmbH");
        assert!(harness.state_mut().flush_save());
    }
    let saved = fs::read_to_string(&file).expect("saved after a change");
    assert!(saved.contains("Nordlicht GmbH"));
    let modified = fs::metadata(&file)
        .and_then(|m| m.modified())
        .expect("mtime");
    {
        let mut harness = app_harness(dir.path(), EN, &clipboard);
        harness.run();
        assert!(harness.state_mut().flush_save());
    }
    assert_eq!(fs::read_to_string(&file).expect("still there"), saved);
    assert_eq!(
        fs::metadata(&file)
            .and_then(|m| m.modified())
            .expect("mtime"),
        modified,
        "an unchanged workspace is not rewritten on exit"
    );
}

#[test]
fn a_second_window_on_the_same_data_shows_it_read_only_and_saves_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut first = app_harness(dir.path(), EN, &clipboard);
    type_into(&mut first, "Company", "First window");
    assert!(first.state_mut().flush_save());

    let mut second = harness_with(test_options(dir.path(), EN, &clipboard));
    second.get_by_label_contains("Gracious is already open with your data");
    assert_eq!(
        second
            .state()
            .workspace()
            .current_case()
            .map(|c| c.company.as_str()),
        Some("First window"),
        "the second window shows the data"
    );
    type_into(&mut second, "Company", " (second)");
    assert!(!second.state_mut().flush_save(), "and never saves");
    drop(second);

    type_into(&mut first, "Role", "Data Engineer");
    assert!(first.state_mut().flush_save());
    let loaded = Store::new(dir.path()).load();
    let case = loaded.workspace.current_case().expect("case").clone();
    assert_eq!(case.company, "First window");
    assert_eq!(case.role, "Data Engineer");
}

/// Ask the app to close, as the window's close button does, and run one frame.
fn request_close(harness: &mut egui_kittest::Harness<'static, gracious::App>) {
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.step();
}

/// The commands the app sent to its window in the last frame.
fn window_commands(
    harness: &egui_kittest::Harness<'static, gracious::App>,
) -> Vec<egui::ViewportCommand> {
    harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|o| o.commands.clone())
        .unwrap_or_default()
}

#[test]
fn quitting_with_a_failed_save_is_cancelled_and_the_choice_offered() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = unwritable_app(dir.path(), &clipboard);
    harness.get_by_label("Company").click();
    harness.run();
    harness
        .get_by_label("Company")
        .type_text("Typed before quitting");
    wait_seconds(&mut harness, 1.0);

    // The close is refused, and the window says why and what can be done.
    request_close(&mut harness);
    assert!(
        window_commands(&harness).contains(&egui::ViewportCommand::CancelClose),
        "{:?}",
        window_commands(&harness)
    );
    harness.run();
    harness.get_by_label(&tr(EN, "quit-title"));
    harness.get_by_label_contains("could not save your latest changes");
    harness.get_by_label(&tr(EN, "quit-retry"));

    // Saving everything to a file asks for the path (no dialogs in tests) and writes it.
    let export = dir.path().join("everything.ron");
    crate::common::file_via_prompt(
        &mut harness,
        &tr(EN, "quit-export"),
        &export,
        &tr(EN, "file-save"),
    );
    let text = fs::read_to_string(&export).expect("exported");
    assert!(text.contains("Typed before quitting"));

    // Quitting anyway is said plainly and goes through.
    crate::common::click(&mut harness, &tr(EN, "quit-anyway"));
    request_close(&mut harness);
    assert!(!window_commands(&harness).contains(&egui::ViewportCommand::CancelClose));
}

#[test]
fn quitting_with_everything_saved_is_not_held_up() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    type_into(&mut harness, "Company", "Saved");
    request_close(&mut harness);
    assert!(!window_commands(&harness).contains(&egui::ViewportCommand::CancelClose));
    assert!(harness.query_by_label(&tr(EN, "quit-title")).is_none());
    let loaded = Store::new(dir.path()).load();
    assert_eq!(
        loaded.workspace.current_case().map(|c| c.company.as_str()),
        Some("Saved")
    );
}

#[cfg(unix)]
#[test]
fn importing_a_named_pipe_neither_freezes_the_window_nor_changes_anything() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    let fifo = dir.path().join("pipe.ron");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        eprintln!("NOTICE: skipped: mkfifo is not available");
        return;
    }
    let before = harness.state().workspace().clone();
    file_task(&mut harness, "menu-import", &fifo, "file-open");
    harness.get_by_label_contains("not a regular file");
    assert_eq!(*harness.state().workspace(), before);
}
