//! Spelling in the letter editor, with the small dictionary written for the tests:
//! misspelled words counted and underlined, a suggestion taken from the right-click
//! menu, a word added to the user's dictionary and remembered, and the notice where a
//! language has no dictionary.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gracious::App;
use gracious::clipboard::MemoryClipboard;

use crate::common::{
    click, current_case, harness_with, replace_text, test_dictionaries, test_options, tr,
};

const EN: &str = "en-US";

/// The letter editor of a filled-in opportunity, with spelling dictionaries in
/// `dictionary_dirs` only.
fn editor(
    dir: &std::path::Path,
    dictionary_dirs: Vec<std::path::PathBuf>,
) -> Harness<'static, App> {
    let clipboard = MemoryClipboard::default();
    let mut options = test_options(dir, EN, &clipboard);
    options.dictionary_dirs = dictionary_dirs;
    let mut harness = harness_with(options);
    crate::common::fill_header(
        &mut harness,
        "Nordlicht GmbH",
        "Data Engineer",
        "Alex Weber",
    );
    click(&mut harness, &tr(EN, "tab-editor"));
    harness
}

fn editor_with_dictionary(dir: &std::path::Path) -> Harness<'static, App> {
    editor(dir, vec![test_dictionaries()])
}

/// Step the window until `found` holds: what a worker thread sends (a dictionary,
/// suggestions) arrives between frames.
fn wait_until(harness: &mut Harness<'static, App>, found: impl Fn(&Harness<'static, App>) -> bool) {
    for _ in 0..500 {
        if found(harness) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
    }
    harness.run();
}

/// Let the dictionary arrive from its thread and the review see it.
fn wait_for(harness: &mut Harness<'static, App>, label_part: &str) {
    wait_until(harness, |h| h.query_by_label_contains(label_part).is_some());
    harness.get_by_label_contains(label_part);
}

/// Right-click the first word of the letter body.
fn right_click_first_word(harness: &mut Harness<'static, App>) {
    let rect = harness.get_by_label(&tr(EN, "editor-body")).rect();
    let pos = rect.min + egui::vec2(14.0, 10.0);
    harness.hover_at(pos);
    harness.run();
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Secondary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
        harness.run();
    }
}

#[test]
fn a_misspelled_word_is_flagged_and_a_suggestion_replaces_it() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = editor_with_dictionary(dir.path());
    replace_text(
        &mut harness,
        &tr(EN, "editor-body"),
        "thnak you for the interview. I decline the offer.",
    );
    wait_for(&mut harness, "One word may be misspelled");
    right_click_first_word(&mut harness);
    // The suggestions are looked for on a worker thread, the menu says so meanwhile.
    wait_until(&mut harness, |h| h.query_by_label("thank").is_some());
    click(&mut harness, "thank");
    let body = current_case(&harness).draft.body;
    assert_eq!(body, "thank you for the interview. I decline the offer.");
    harness.run();
    assert!(
        harness
            .query_by_label_contains("may be misspelled")
            .is_none(),
        "the fixed word is no longer flagged"
    );
}

/// The user's own name is never flagged, even one written without capitals (as every
/// name is in Korean, and some are in English).
#[test]
fn the_users_own_name_is_not_flagged() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = editor_with_dictionary(dir.path());
    harness.state_mut().workspace_mut().profile.name = "danah boyd".into();
    replace_text(
        &mut harness,
        &tr(EN, "editor-body"),
        "thnak you for the interview. I decline the offer.\n\nRegards,\ndanah boyd",
    );
    // Only the typo: without the profile's name, three words would be.
    wait_for(&mut harness, "One word may be misspelled");
}

#[test]
fn add_to_dictionary_is_remembered_in_the_workspace() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = editor_with_dictionary(dir.path());
    replace_text(
        &mut harness,
        &tr(EN, "editor-body"),
        "kubernetes work was what I enjoyed. I decline the offer.",
    );
    wait_for(&mut harness, "One word may be misspelled");
    right_click_first_word(&mut harness);
    click(&mut harness, &tr(EN, "spell-add-word"));
    assert_eq!(
        harness.state().workspace().profile.dictionary,
        ["kubernetes"]
    );
    harness.run();
    assert!(
        harness
            .query_by_label_contains("may be misspelled")
            .is_none()
    );

    // Saved with the workspace (written on quitting, as the app does): a new
    // session knows the word.
    assert!(harness.state_mut().flush_save());
    drop(harness);
    let mut harness = editor_with_dictionary(dir.path());
    assert_eq!(
        harness.state().workspace().profile.dictionary,
        ["kubernetes"]
    );
    harness.run();
}

#[test]
fn a_language_without_a_dictionary_says_so_and_how_to_add_one() {
    let dir = tempfile::tempdir().expect("dir");
    let harness = editor(dir.path(), Vec::new());
    harness.get_by_label_contains("there is no English");
    harness.get_by_label_contains("File → Add a spelling dictionary");
}

/// File → Add a spelling dictionary…, with `path` typed in the path window.
fn add_dictionary(harness: &mut Harness<'static, App>, path: &std::path::Path) {
    click(harness, &tr(EN, "menu-file"));
    crate::common::file_via_prompt(
        harness,
        &tr(EN, "menu-add-dictionary"),
        path,
        &tr(EN, "file-open"),
    );
}

#[test]
fn a_dictionary_added_from_the_file_menu_is_used_at_once() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = editor(dir.path(), Vec::new());
    replace_text(
        &mut harness,
        &tr(EN, "editor-body"),
        "thnak you for the interview. I decline the offer.",
    );
    // A broken dictionary is refused with a message; nothing is copied.
    let broken = tempfile::tempdir().expect("dir");
    std::fs::write(broken.path().join("x.aff"), "SET UTF-8\n").expect("aff");
    add_dictionary(&mut harness, &broken.path().join("x.dic"));
    crate::common::wait_for_import(&mut harness);
    harness.get_by_label_contains("could not be added");

    add_dictionary(&mut harness, &test_dictionaries().join("en_US.aff"));
    crate::common::wait_for_import(&mut harness);
    harness.get_by_label_contains("Spelling dictionary added for English");
    assert!(dir.path().join("dictionaries/en_US.dic").is_file());
    wait_for(&mut harness, "One word may be misspelled");
}

/// Every shipped language whose Hunspell dictionary is installed on this machine is
/// checked: the built-in letters are spelled right by it, and a word spelled wrong in
/// them is found. Without dictionaries (a fresh machine) the test says so and passes,
/// unless `GRACIOUS_REQUIRE_DICTIONARIES=1` (set by `.ci/run`, which installs the
/// Debian packages for every language that has one: all but Japanese and Chinese).
#[test]
fn every_language_with_a_system_dictionary_is_checked() {
    use gracious::domain::review::{self, Draft};
    use gracious::i18n::{LOCALES, Localizer};
    use gracious::spelling::{Spelling, Status, find, misspelled, system_dirs};

    let dirs = system_dirs();
    let required = std::env::var("GRACIOUS_REQUIRE_DICTIONARIES").as_deref() == Ok("1");
    let mut problems = Vec::new();
    let mut checked = Vec::new();
    let mut unreliable = Vec::new();
    for locale in LOCALES.iter().filter(|l| !l.pseudo) {
        let language: unic_langid::LanguageIdentifier = locale.tag.parse().expect("tag");
        let without_spaces = matches!(locale.tag, "ja-JP" | "zh-CN");
        if find(&language, &dirs).is_none() {
            if required && !without_spaces {
                problems.push(format!("{}: no dictionary installed", locale.tag));
            }
            continue;
        }
        let spelling = Spelling::new(dirs.clone());
        let i18n = Localizer::new(&language);
        let rules = i18n.review_rules(&language);
        let Some(speller) = spelling.speller_blocking(&language, &rules.cues.known_words) else {
            match spelling.status(&language) {
                // Found but not used: it rejects everyday words (said in the editor).
                // Where CI installs the dictionaries, that is known only of Debian's Hindi
                // one (it lacks नमस्ते); Korean's is read once its flag aliases are
                // spelled out.
                Status::Unreliable(word) if required && locale.tag != "hi-IN" => problems.push(
                    format!("{}: rejects the everyday word '{word}'", locale.tag),
                ),
                Status::Unreliable(word) => unreliable.push(format!("{} ('{word}')", locale.tag)),
                _ => problems.push(format!("{}: the dictionary could not be read", locale.tag)),
            }
            continue;
        };
        let mut args = fluent_bundle::FluentArgs::new();
        for (name, value) in [
            ("company", "Nordlicht GmbH"),
            ("role", "Data Engineer"),
            ("contact", "Alex Weber"),
            ("sender", "Ana Costa"),
            ("signature", "Ana Costa"),
            ("date", "28.11.2026"),
            ("address", "Alex Weber"),
            ("address_given", "no"),
            ("formality", "formal"),
        ] {
            args.set(name, value);
        }
        let body = i18n
            .format_checked(&language, "letter-accepted-other-offer-body", Some(&args))
            .expect("letter");
        let draft = Draft {
            subject: "",
            body: &body,
        };
        let wrong = misspelled(&speller, &draft, rules, &[], &[], false);
        if !wrong.is_empty() {
            let words: Vec<&str> = wrong.iter().map(|m| m.word.as_str()).collect();
            problems.push(format!("{}: flags right words {words:?}", locale.tag));
        }
        // A word of the letter with two letters swapped is found.
        let words = review::spelling::words_to_check(&body, rules, &[], &[]);
        let (start, end) = words
            .iter()
            .copied()
            .find(|(s, e)| body[*s..*e].chars().count() >= 6)
            .expect("a long word");
        let word: Vec<char> = body[start..end].chars().collect();
        let mut typo = word.clone();
        typo.swap(2, 3);
        let typo: String = typo.into_iter().collect();
        if typo != body[start..end] {
            let text = format!("{}{typo}{}", &body[..start], &body[end..]);
            let draft = Draft {
                subject: "",
                body: &text,
            };
            let found = misspelled(&speller, &draft, rules, &[], &[], false);
            if !found.iter().any(|m| m.word == typo) {
                problems.push(format!("{}: '{typo}' is not flagged", locale.tag));
            }
        }
        checked.push(locale.tag);
    }
    if checked.is_empty() {
        eprintln!("NOTICE: skipped: no spelling dictionaries installed (hunspell-*)");
    } else {
        eprintln!("spelling checked for {checked:?}");
    }
    if !unreliable.is_empty() {
        eprintln!("dictionaries found but not used (they reject everyday words): {unreliable:?}");
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// A letter in Japanese: there is no Hunspell dictionary to install, and the editor
/// says that instead of asking for one.
#[test]
fn a_language_without_words_to_check_is_not_sent_to_look_for_a_dictionary() {
    if !crate::common::system_font_for("ja-JP") {
        return;
    }
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = editor(dir.path(), vec![test_dictionaries()]);
    click(&mut harness, &tr(EN, "editor-letter-language"));
    click(&mut harness, "日本語");
    harness.get_by_label_contains("No spelling check for 日本語: Gracious checks spelling with");
    assert!(
        harness
            .query_by_label_contains("add one (.aff and .dic)")
            .is_none()
    );
}
