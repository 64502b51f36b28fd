//! The calendar next to every date field, driven through the real app with "today" fixed
//! at Thursday 26 November 2026 (tests/common): opening it, moving with the keyboard,
//! picking, the weekday headings in the locale's order, typed dates, Today / Clear, and
//! Escape handing the keyboard back to the field.

use crate::common::{app_harness, current_case, tr, type_into};
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use fluent_bundle::FluentArgs;
use gracious::App;
use gracious::clipboard::MemoryClipboard;
use gracious::i18n::Localizer;
use gracious::i18n::calendar::{NameWidth, full_date, month_year_title, weekday_names};
use jiff::civil::{Date, date};

const DE: &str = "de-DE";
const EN: &str = "en-US";
/// "Today" in every UI test (tests/common `test_now`).
const TODAY: Date = Date::constant(2026, 11, 26);

fn localizer(lang: &str) -> Localizer {
    Localizer::new(&lang.parse().expect("language tag"))
}

/// The accessible name of the calendar button of the field labelled `field`.
fn pick_name(lang: &str, field: &str) -> String {
    let mut args = FluentArgs::new();
    args.set("field", field);
    localizer(lang).tr_args("date-pick", &args)
}

/// The accessible name of a day in the calendar.
fn day_name(lang: &str, day: Date) -> String {
    let language = lang.parse().expect("language tag");
    let full = full_date(&language, day);
    if day == TODAY {
        let mut args = FluentArgs::new();
        args.set("date", full);
        localizer(lang).tr_args("date-day-today", &args)
    } else {
        full
    }
}

fn title(lang: &str, year: i16, month: i8) -> String {
    month_year_title(&lang.parse().expect("language tag"), year, month)
}

fn press(harness: &mut Harness<'static, App>, key: Key) {
    harness.key_press(key);
    harness.run();
}

fn open_calendar(harness: &mut Harness<'static, App>, lang: &str, field: &str) {
    harness.get_by_label(&pick_name(lang, field)).click();
    harness.run();
}

/// The left edge of the control labelled `label`.
fn left(harness: &Harness<'static, App>, label: &str) -> f32 {
    harness.get_by_label(label).rect().left()
}

/// The weekday headings, left to right.
fn weekday_headings(harness: &Harness<'static, App>, lang: &str) -> Vec<String> {
    let short = weekday_names(&lang.parse().expect("language tag"), NameWidth::Short);
    let mut found: Vec<(f32, String)> = harness
        .query_all(
            By::new()
                .role(egui::accesskit::Role::Label)
                .predicate(|n| n.value().is_some_and(|v| short.contains(&v))),
        )
        .map(|n| (n.rect().left(), n.value().unwrap_or_default()))
        .collect();
    found.sort_by(|a, b| a.0.total_cmp(&b.0));
    found.into_iter().map(|(_, name)| name).collect()
}

#[test]
fn the_keyboard_moves_through_the_calendar_and_enter_picks() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), DE, &clipboard);
    let field = tr(DE, "header-date-interview");

    open_calendar(&mut harness, DE, &field);
    // An empty field opens on today, with the keyboard on today.
    harness.get_by_label(&title(DE, 2026, 11));
    assert!(harness.get_by_label(&day_name(DE, TODAY)).is_focused());

    press(&mut harness, Key::ArrowRight); // Fri 27 Nov
    press(&mut harness, Key::ArrowDown); // Fri 4 Dec
    harness.get_by_label(&title(DE, 2026, 12));
    press(&mut harness, Key::PageDown); // Mon 4 Jan 2027
    press(&mut harness, Key::ArrowLeft); // Sun 3 Jan 2027
    harness.get_by_label(&title(DE, 2027, 1));
    let sunday = date(2027, 1, 3);
    assert!(harness.get_by_label(&day_name(DE, sunday)).is_focused());
    // Nothing is written until a day is picked.
    assert_eq!(current_case(&harness).date, "");

    press(&mut harness, Key::Enter);
    assert_eq!(current_case(&harness).date, "2027-01-03");
    assert!(
        harness.query_by_label(&title(DE, 2027, 1)).is_none(),
        "closed"
    );
    let field_node = harness.get_by_label(&field);
    assert!(field_node.is_focused(), "the keyboard is back in the field");
    assert_eq!(field_node.value().as_deref(), Some("2027-01-03"));

    // Opened again, the calendar shows the picked day's month; Escape closes it and
    // leaves the date alone.
    open_calendar(&mut harness, DE, &field);
    assert!(harness.get_by_label(&day_name(DE, sunday)).is_focused());
    press(&mut harness, Key::PageUp);
    harness.get_by_label(&title(DE, 2026, 12));
    press(&mut harness, Key::Escape);
    assert!(
        harness.query_by_label(&title(DE, 2026, 12)).is_none(),
        "closed"
    );
    assert!(harness.get_by_label(&field).is_focused());
    assert_eq!(current_case(&harness).date, "2027-01-03");
}

#[test]
fn weeks_start_on_the_locales_first_weekday() {
    let clipboard = MemoryClipboard::default();

    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app_harness(dir.path(), DE, &clipboard);
    open_calendar(&mut harness, DE, &tr(DE, "header-reply-by"));
    let headings = weekday_headings(&harness, DE);
    assert_eq!(headings, ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]);
    // Screen readers hear the weekday written out.
    let monday = harness.get_by_label("Mo");
    assert_eq!(monday.accesskit_node().label().as_deref(), Some("Montag"));
    // November 2026 starts on a Sunday: the first row begins with Monday 26 October.
    assert!(
        left(&harness, &day_name(DE, date(2026, 10, 26)))
            < left(&harness, &day_name(DE, date(2026, 11, 1)))
    );

    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    open_calendar(&mut harness, EN, &tr(EN, "header-reply-by"));
    let headings = weekday_headings(&harness, EN);
    assert_eq!(headings, ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]);
    harness.get_by_label("November 2026");
    // November 2026 starts on a Sunday: it is the first cell.
    assert!(
        left(&harness, "Sunday, November 1, 2026") < left(&harness, "Monday, November 2, 2026")
    );
}

#[test]
fn month_buttons_today_and_clear() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    let field = tr(EN, "header-reply-by");

    open_calendar(&mut harness, EN, &field);
    harness.get_by_label("Thursday, November 26, 2026 (today)");
    harness.get_by_label(&tr(EN, "date-next-month")).click();
    harness.run();
    harness.get_by_label("December 2026");
    harness.get_by_label("Friday, December 4, 2026").click();
    harness.run();
    assert_eq!(current_case(&harness).reply_by, "2026-12-04");
    assert!(harness.query_by_label("December 2026").is_none(), "closed");

    open_calendar(&mut harness, EN, &field);
    harness.get_by_label(&tr(EN, "date-previous-month")).click();
    harness.run();
    harness.get_by_label("November 2026");
    harness.get_by_label(&tr(EN, "date-today")).click();
    harness.run();
    assert_eq!(current_case(&harness).reply_by, "2026-11-26");

    open_calendar(&mut harness, EN, &field);
    harness.get_by_label(&tr(EN, "date-clear")).click();
    harness.run();
    assert_eq!(current_case(&harness).reply_by, "");
}

#[test]
fn typed_dates_in_the_locales_form_become_iso() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), DE, &clipboard);
    let field = tr(DE, "header-date-interview");
    let invalid = tr(DE, "header-date-invalid");

    type_into(&mut harness, &field, "5.12.2026");
    // Valid while typing, written as ISO when the field is left.
    assert!(harness.query_by_label(&invalid).is_none());
    press(&mut harness, Key::Tab);
    assert_eq!(current_case(&harness).date, "2026-12-05");

    // The calendar opens on the typed day; Alt+↓ in the field opens it too.
    harness.get_by_label(&field).click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::ALT, Key::ArrowDown);
    harness.run();
    harness.get_by_label(&title(DE, 2026, 12));
    assert!(
        harness
            .get_by_label(&day_name(DE, date(2026, 12, 5)))
            .is_focused()
    );
    press(&mut harness, Key::Escape);

    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app_harness(dir.path(), DE, &clipboard);
    type_into(&mut harness, &field, "31.4.2026");
    harness.get_by_label(&invalid);
}
