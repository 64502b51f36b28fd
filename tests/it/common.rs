//! Shared helpers for the headless UI tests.
// Each test file uses a different subset of the helpers; test helpers panic on
// purpose (a failed lookup is a failed test) and their results are always used.
#![allow(
    dead_code,
    clippy::missing_panics_doc,
    clippy::must_use_candidate,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss
)]

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use fluent_bundle::FluentArgs;
use gracious::clipboard::MemoryClipboard;
use gracious::domain::Case;
use gracious::i18n::Localizer;
use gracious::{App, AppOptions};

/// Options for a test app: data in `dir`, interface in `lang`, copying to `clipboard`,
/// typed paths instead of system file dialogs, and a fixed "today".
pub fn test_options(dir: &Path, lang: &str, clipboard: &MemoryClipboard) -> AppOptions {
    let mut options = AppOptions::new(dir);
    options.language = Some(lang.parse().expect("language tag"));
    options.clipboard = Box::new(clipboard.clone());
    options.file_dialogs = false;
    options.now = Some(test_now());
    // No system dictionaries: the review is the same on every machine. The spelling
    // tests give their own.
    options.dictionary_dirs = Vec::new();
    options
}

/// The small English dictionary written for the tests.
pub fn test_dictionaries() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dictionaries")
}

/// Central European time with its DST rules, without needing a tz database.
pub fn berlin() -> jiff::tz::TimeZone {
    jiff::tz::TimeZone::posix("CET-1CEST,M3.5.0,M10.5.0/3").expect("valid POSIX zone")
}

/// "Now" in every UI test: Thursday 26 November 2026, 10:00 in Berlin.
pub fn test_now() -> jiff::ZonedDateTime {
    jiff::civil::date(2026, 11, 26)
        .at(10, 0, 0, 0)
        .to_zoned_datetime(berlin())
        .expect("valid")
}

/// A harness around the real app with [`test_options`].
pub fn app_harness(dir: &Path, lang: &str, clipboard: &MemoryClipboard) -> Harness<'static, App> {
    harness_with(test_options(dir, lang, clipboard))
}

/// A harness around the real app with the given options, past the welcome of a first
/// start (as if the user chose to start with their own opportunity).
pub fn harness_with(options: AppOptions) -> Harness<'static, App> {
    let lang = options
        .language
        .as_ref()
        .map_or_else(|| "en-US".to_owned(), ToString::to_string);
    let mut harness = welcome_harness(options);
    wait_until_loaded(&mut harness);
    if let Some(start) = harness.query_by_label(&tr(&lang, "welcome-start")) {
        start.click();
        harness.run();
    }
    harness
}

/// A long job search is read on its own thread: wait for it (at most 60 s in a debug
/// build).
pub fn wait_until_loaded(harness: &mut Harness<'static, App>) {
    for _ in 0..6_000 {
        if !harness.state().loading() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
    }
    harness.run();
}

/// A harness around the real app with the given options, as it starts (the welcome on
/// a first start).
pub fn welcome_harness(options: AppOptions) -> Harness<'static, App> {
    Harness::builder()
        .with_size([1200.0, 1000.0])
        // Grids settle their column widths over a few frames when texts change length.
        .with_max_steps(12)
        .build_eframe(move |cc| App::new(&cc.egui_ctx, options))
}

/// Replace the whole text of the field labelled `label`.
pub fn replace_text(harness: &mut Harness<'static, App>, label: &str, text: &str) {
    harness.get_by_label(label).click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// Let simulated time pass (each step is a quarter second), giving background threads
/// a moment of real time too.
pub fn wait_seconds(harness: &mut Harness<'static, App>, seconds: f32) {
    let steps = (seconds * 4.0).ceil() as usize;
    for _ in 0..steps {
        harness.step();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

/// Whether the system has a font for the script of `lang` (a CJK language); a test that
/// needs one is skipped with a notice where it has none, the way a fresh machine with
/// only the Rust toolchain is, unless `GRACIOUS_REQUIRE_FONTS=1` (set by `.ci/run`,
/// which installs the fonts).
pub fn system_font_for(lang: &str) -> bool {
    // Characters beyond the few the app bundles for the languages' own names.
    let (locale, sample) = match lang {
        "ja-JP" => ("ja", "フ猫"),
        "zh-CN" => ("zh-Hans", "猫们"),
        "ko-KR" => ("ko", "습니다"),
        other => panic!("no sample for {other}"),
    };
    if gracious::i18n::fonts::system_font_covers(locale, sample) {
        return true;
    }
    assert!(
        std::env::var("GRACIOUS_REQUIRE_FONTS").as_deref() != Ok("1"),
        "GRACIOUS_REQUIRE_FONTS=1 but no system font draws {lang} (install fonts-noto-cjk)"
    );
    eprintln!("NOTICE: skipped: no system font for {lang} (install fonts-noto-cjk)");
    false
}

/// The interface text of `id` in `lang`.
pub fn tr(lang: &str, id: &str) -> String {
    Localizer::new(&lang.parse().expect("language tag")).tr(id)
}

/// The accessible name of one choice in a group, e.g. "<question>: No".
pub fn choice_name(lang: &str, group_id: &str, choice_id: &str) -> String {
    let l = Localizer::new(&lang.parse().expect("language tag"));
    let mut args = FluentArgs::new();
    args.set("group", l.tr(group_id));
    args.set("choice", l.tr(choice_id));
    l.tr_args("choice-accessible-name", &args)
}

/// Focus the text field labelled `label` and type `text` into it.
pub fn type_into(harness: &mut Harness<'static, App>, label: &str, text: &str) {
    harness.get_by_label(label).click();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// Scroll the control labelled `label` into view (panels are longer than the window)
/// and click it.
pub fn click(harness: &mut Harness<'static, App>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

/// Click the panel tab `tab_id` (its name is followed by "(done)" or "(needs attention)"
/// when the panel is marked).
pub fn click_tab(harness: &mut Harness<'static, App>, lang: &str, tab_id: &str) {
    let title = tr(lang, tab_id);
    let names = [
        title.clone(),
        format!("{title} ({})", tr(lang, "tab-state-done")),
        format!("{title} ({})", tr(lang, "tab-state-attention")),
    ];
    let name = names
        .iter()
        .find(|n| harness.query_by_label(n).is_some())
        .unwrap_or_else(|| panic!("no tab named {title}"));
    harness.get_by_label(name).click();
    harness.run();
}

/// Scroll the field labelled `label` into view and type `text` into it.
pub fn type_in(harness: &mut Harness<'static, App>, label: &str, text: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    type_into(harness, label, text);
}

/// Press `button` (which asks for a file), type `path` in the path window (the tests
/// run without system file dialogs) and press `action` (Save or Open).
pub fn file_via_prompt(
    harness: &mut Harness<'static, App>,
    button: &str,
    path: &Path,
    action: &str,
) {
    click(harness, button);
    replace_text(
        harness,
        &tr("en-US", "file-path"),
        &path.display().to_string(),
    );
    click(harness, action);
    wait_for_import(harness);
}

/// An import is read on its own thread: give it the time it takes (at most 2 s).
pub fn wait_for_import(harness: &mut Harness<'static, App>) {
    for _ in 0..400 {
        if !harness.state().import_running() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
        harness.step();
    }
    harness.run();
}

/// Fill the header of the current opportunity.
pub fn fill_header(harness: &mut Harness<'static, App>, company: &str, role: &str, contact: &str) {
    type_into(harness, "Company", company);
    type_into(harness, "Role", role);
    type_into(harness, "Contact person", contact);
}

/// The opportunity on screen, as the app holds it now.
pub fn current_case(harness: &Harness<'static, App>) -> Case {
    harness
        .state()
        .workspace()
        .current_case()
        .expect("an opportunity is selected")
        .clone()
}

/// A long job search: `cases` opportunities, each with a filled checklist, mobility
/// sheet, channel facts and an edited letter, and `templates` own templates. 1,000 and
/// 500 make about 6 MB of workspace file, the scale figures of the field notes.
pub fn long_job_search(cases: usize, templates: usize) -> gracious::domain::Workspace {
    use gracious::domain::checklist::Answer;
    use gracious::domain::template::CustomTemplate;
    let mut ws = gracious::domain::Workspace::default();
    let paragraph = "Thank you for the conversations over the past weeks and for the time \
        your team gave me. After careful thought I have decided not to go further, because \
        the role leads away from the platform work I want to grow in. ";
    for n in 0..cases {
        if n > 0 {
            ws.new_case();
        }
        let case = ws.current_case_mut();
        case.company = format!("Company {n} GmbH");
        case.role = format!("Data Engineer {n}");
        case.contact = format!("Contact {n}");
        case.contact_email = format!("contact{n}@example.org");
        case.date = format!("2026-{:02}-{:02}", 1 + n % 12, 1 + n % 28);
        case.reply_by = format!("2026-{:02}-{:02}", 1 + n % 12, 1 + (n + 3) % 28);
        for (i, entry) in case.checklist.entries.iter_mut().enumerate() {
            entry.answer = [Answer::Yes, Answer::No, Answer::NotSure][(n + i) % 3];
            entry.note = format!("Note {i} on opportunity {n}: {}", &paragraph[..80]);
        }
        case.mobility.moving_abroad = n % 3 == 0;
        case.mobility.current_country = "PL".into();
        case.mobility.destination_country = "DE".into();
        case.mobility.current_pay.amount = format!("{}", 150_000 + n);
        case.mobility.offered_pay.amount = format!("{}", 80_000 + n);
        for factor in &mut case.mobility.factors {
            factor.note = format!("About this factor for {n}: {}", &paragraph[..40]);
        }
        case.channel.interview_rounds = u32::try_from(n % 6).unwrap_or(0);
        case.draft.subject = format!("Your offer for the Data Engineer {n} role");
        case.draft.body = format!("Dear Contact {n},\n\n{}", paragraph.repeat(4));
    }
    for n in 0..templates {
        ws.add_template(CustomTemplate {
            name: format!("My template {n}"),
            language: "en-US".into(),
            subject: "About the {role} role".into(),
            body: format!("Dear {{contact}},\n\n{}", paragraph.repeat(3)),
            ..CustomTemplate::default()
        });
    }
    ws
}
