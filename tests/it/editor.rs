//! The template editor driven through the UI: letter language apart from the interface,
//! inline filling, clean copy with HTML, refusal while placeholders are open, review,
//! exports, the mail client, own templates, and undo.

use std::sync::{Arc, Mutex};

use crate::common::{
    app_harness, click, current_case, file_via_prompt, harness_with, replace_text, test_options,
    tr, type_into,
};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gracious::App;
use gracious::clipboard::MemoryClipboard;
use mail_parser::MessageParser;

const EN: &str = "en-US";

fn header(harness: &mut Harness<'static, App>) {
    crate::common::fill_header(harness, "Nordlicht GmbH", "Data Engineer", "Alex Weber");
    click(harness, &tr(EN, "tab-editor"));
}

#[test]
fn a_german_letter_from_an_english_interface_filled_inline_and_copied() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    header(&mut harness);
    click(&mut harness, &tr(EN, "editor-scenario"));
    click(&mut harness, &tr(EN, "scenario-accepted-other-offer"));

    click(&mut harness, &tr(EN, "editor-letter-language"));
    click(&mut harness, "Deutsch");
    // The interface stays English; the letter is German, formal by default.
    harness.get_by_label(&tr(EN, "editor-title"));
    let body = current_case(&harness).draft.body;
    assert!(body.starts_with("Guten Tag Alex Weber,"), "{body}");
    assert!(body.contains("[Ihr Name]"));

    // Copy is refused while a placeholder is open…
    click(&mut harness, &tr(EN, "editor-copy"));
    harness.get_by_label_contains("Fill in [Ihr Name] before copying.");
    assert!(clipboard.last().is_none());

    // …and the placeholder can be filled right there.
    type_into(&mut harness, "Value for [Ihr Name]", "Ana Costa");
    click(&mut harness, "[Ihr Name]: Fill in");
    assert_eq!(harness.state().workspace().profile.name, "Ana Costa");

    // Informal German is one click away.
    click(
        &mut harness,
        &crate::common::choice_name(EN, "editor-formality", "formality-informal"),
    );
    click(&mut harness, &tr(EN, "editor-reset"));
    harness.run();
    click(&mut harness, &tr(EN, "editor-copy"));
    let copied = clipboard.last().expect("copied");
    assert!(copied.contains("Hallo Alex Weber,"), "{copied}");
    assert!(copied.starts_with("Hallo Alex Weber,"), "{copied}");
    assert!(copied.trim_end().ends_with("Ana Costa"), "{copied}");
    assert!(!copied.contains('['));
    assert!(
        !copied
            .chars()
            .any(|c| ('\u{2066}'..='\u{2069}').contains(&c))
    );
    let html = clipboard
        .html
        .lock()
        .expect("lock")
        .last()
        .cloned()
        .expect("html");
    assert!(
        html.starts_with("<p>") && html.contains("</p>\n<p>"),
        "{html}"
    );
}

#[test]
fn the_review_shows_elements_length_and_criticism() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    header(&mut harness);
    harness.get_by_label("Says thank you: present");
    harness.get_by_label("States the decision plainly: present");
    harness.get_by_label("Names next steps: optional, not found");

    // Replace the whole body with a critical one-liner.
    replace_text(
        &mut harness,
        &tr(EN, "editor-body"),
        "Your process was disorganised.",
    );
    harness.get_by_label("States the decision plainly: missing");
    harness.get_by_label_contains("⚠ “disorganised” criticises how the process was run.");
    // The body is counted, not the subject; four words are curt.
    harness.get_by_label("4 words (keep it under 190).");
    harness.get_by_label_contains("Rather short: at 30 or more it reads warmer.");

    // Undo brings the letter back.
    harness.get_by_label(&tr(EN, "editor-body")).focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    let body = current_case(&harness).draft.body;
    assert!(body.contains("withdraw my application"), "{body}");
}

#[test]
fn save_as_text_and_eml_and_hand_over_to_the_mail_client() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = tempfile::tempdir().expect("out");
    let clipboard = MemoryClipboard::default();
    let opened = Arc::new(Mutex::new(Vec::<String>::new()));
    let mut options = test_options(dir.path(), EN, &clipboard);
    let sink = opened.clone();
    options.open_url = Box::new(move |url| {
        sink.lock().map_err(|e| e.to_string())?.push(url.to_owned());
        Ok(())
    });
    let mut harness = harness_with(options);
    header(&mut harness);
    type_into(&mut harness, &tr(EN, "editor-sender"), "Ana Costa");
    type_into(
        &mut harness,
        &tr(EN, "editor-to"),
        "alex.weber@nordlicht.example",
    );

    let eml = out.path().join("letter.eml");
    file_via_prompt(
        &mut harness,
        &tr(EN, "editor-save-eml"),
        &eml,
        &tr(EN, "file-save"),
    );
    let raw = std::fs::read(&eml).expect("eml written");
    let message = MessageParser::default().parse(&raw).expect("parses");
    assert_eq!(
        message.subject(),
        Some("Data Engineer application: my decision")
    );
    assert!(
        message
            .body_text(0)
            .expect("body")
            .contains("Dear Alex Weber,")
    );
    let to = message
        .to()
        .and_then(|a| a.first())
        .and_then(|a| a.address());
    assert_eq!(to, Some("alex.weber@nordlicht.example"));

    let txt_path = out.path().join("letter.txt");
    file_via_prompt(
        &mut harness,
        &tr(EN, "editor-save-txt"),
        &txt_path,
        &tr(EN, "file-save"),
    );
    let text = std::fs::read_to_string(&txt_path).expect("txt written");
    assert!(text.starts_with("Data Engineer application: my decision\n\nDear Alex Weber,"));

    click(&mut harness, &tr(EN, "editor-mail-client"));
    let url = opened
        .lock()
        .expect("lock")
        .last()
        .cloned()
        .expect("opened");
    assert!(
        url.starts_with(
            "mailto:alex.weber@nordlicht.example?subject=Data%20Engineer%20application"
        ),
        "{url}"
    );
    assert!(
        url.contains("&body=Dear%20Alex%20Weber%2C%0D%0A%0D%0AThank%20you"),
        "{url}"
    );
    harness.get_by_label_contains(&tr(EN, "editor-mail-opened"));
}

#[test]
fn own_templates_are_saved_reused_exported_and_imported() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = tempfile::tempdir().expect("out");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    header(&mut harness);
    type_into(&mut harness, &tr(EN, "editor-sender"), "Ana Costa");
    replace_text(
        &mut harness,
        &tr(EN, "editor-body"),
        "Hi Alex Weber, thanks for the Data Engineer talks at Nordlicht GmbH. I will pass this time. Ana Costa",
    );
    click(&mut harness, &tr(EN, "templates-title"));
    type_into(&mut harness, &tr(EN, "templates-name"), "Short and sweet");
    click(&mut harness, &tr(EN, "templates-save-new"));
    let template = harness.state().workspace().templates[0].clone();
    assert_eq!(template.name, "Short and sweet");
    assert_eq!(
        template.body,
        "Hi {contact}, thanks for the {role} talks at {company}. I will pass this time. {signature}"
    );

    // A new opportunity uses it with its own details.
    click(&mut harness, &tr(EN, "cases-new"));
    crate::common::fill_header(&mut harness, "Globex", "Analyst", "Sam");
    click(&mut harness, &tr(EN, "tab-editor"));
    click(&mut harness, "Use Short and sweet");
    let body = current_case(&harness).draft.body;
    assert_eq!(
        body,
        "Hi Sam, thanks for the Analyst talks at Globex. I will pass this time. Ana Costa"
    );

    let file = out.path().join("templates.ron");
    file_via_prompt(
        &mut harness,
        &tr(EN, "templates-export"),
        &file,
        &tr(EN, "file-save"),
    );
    file_via_prompt(
        &mut harness,
        &tr(EN, "templates-import"),
        &file,
        &tr(EN, "file-open"),
    );
    harness.get_by_label_contains("Imported one template.");
    let templates = &harness.state().workspace().templates;
    assert_eq!(templates.len(), 2);
    assert_ne!(templates[0].id, templates[1].id);
}

#[test]
fn a_built_in_can_be_customised_and_restored() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    header(&mut harness);
    replace_text(
        &mut harness,
        &tr(EN, "editor-body"),
        "Dear Alex Weber, my own wording for Nordlicht GmbH.",
    );
    click(&mut harness, &tr(EN, "templates-title"));
    click(&mut harness, &tr(EN, "templates-save-version"));
    // Another opportunity now gets the user's version of this scenario.
    click(&mut harness, &tr(EN, "cases-new"));
    type_into(&mut harness, "Company", "Globex");
    type_into(&mut harness, "Contact person", "Sam");
    click(&mut harness, &tr(EN, "tab-editor"));
    let body = current_case(&harness).draft.body;
    assert_eq!(body, "Dear Sam, my own wording for Globex.");
    // The "My templates" section stays open from before.
    click(&mut harness, &tr(EN, "templates-restore"));
    let body = current_case(&harness).draft.body;
    assert!(
        body.starts_with("Dear Sam,\n\nThank you for our conversation"),
        "{body}"
    );
}

/// The template word for word asks for one sentence of one's own; an edit ends it.
#[test]
fn an_unedited_template_asks_for_a_personal_sentence() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    header(&mut harness);
    // Once every placeholder is filled: before, filling them comes first.
    type_into(&mut harness, &tr(EN, "editor-sender"), "Ana Costa");
    harness.get_by_label(&tr(EN, "review-personal"));
    let body = current_case(&harness).draft.body;
    let edited = body.replacen(
        "\n\n",
        "\n\nI especially enjoyed the pairing session with your data team.\n\n",
        1,
    );
    replace_text(&mut harness, &tr(EN, "editor-body"), &edited);
    assert!(harness.query_by_label(&tr(EN, "review-personal")).is_none());
}

/// An own template is reviewed as the letter it was made from, and as the kind the user
/// picks: an ask-for-time template needs no decision, a decline does.
#[test]
fn an_own_template_is_reviewed_as_the_kind_picked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    header(&mut harness);
    click(&mut harness, &tr(EN, "editor-scenario"));
    click(&mut harness, &tr(EN, "scenario-ask-for-time"));
    click(&mut harness, &tr(EN, "templates-title"));
    type_into(&mut harness, &tr(EN, "templates-name"), "My timing note");
    click(&mut harness, &tr(EN, "templates-save-new"));
    click(&mut harness, "Use My timing note");
    let review_as = harness.state().workspace().templates[0].review_as;
    assert_eq!(
        review_as,
        Some(gracious::domain::template::Scenario::AskForTime)
    );
    harness.get_by_label("States the decision plainly: optional, not found");

    click(&mut harness, &tr(EN, "editor-review-as"));
    click(&mut harness, &tr(EN, "scenario-accepted-other-offer"));
    harness.get_by_label("States the decision plainly: missing");
    assert_eq!(
        harness.state().workspace().templates[0].review_as,
        Some(gracious::domain::template::Scenario::AcceptedOtherOffer)
    );
}
