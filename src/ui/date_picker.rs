//! A date field with a calendar, in the interface language: the labelled text field
//! (ISO `YYYY-MM-DD`, or the locale's short numeric form, which becomes ISO when the
//! field is left) and a button that opens a month calendar below it.
//!
//! The calendar starts its weeks on the locale's first weekday and names months and
//! weekdays from CLDR (see [`crate::i18n::calendar`]); each day is a button whose
//! accessible name is the date written out in full. Keyboard: the arrow keys move by a
//! day or a week, Page Up / Page Down by a month (with Shift by a year), Enter or Space
//! picks, Escape closes; focus then returns to the field. Alt+↓ in the field opens the
//! calendar. Only the day under the keyboard is a Tab stop, so Tab leaves the grid for
//! the buttons below it.
//!
//! The widget never reads the clock: "today" is passed in ([`date_picker_field`]), and
//! the app sets it once a frame ([`set_today`]) for [`super::date_field`], which falls
//! back to the system clock only where nothing was set.

use std::sync::Arc;

use egui::{Button, Id, Key, Label, Modifiers, Rect, RichText, Sense, Stroke, StrokeKind, Vec2};
use fluent_bundle::FluentArgs;
use jiff::civil::{Date, Weekday};
use unic_langid::LanguageIdentifier;

use crate::domain::calendar::{DateOrder, MonthGrid, Move, parse_date, step};
use crate::i18n::Localizer;
use crate::i18n::calendar::{self as names, NameWidth};

fn today_id() -> Id {
    Id::unique("gracious-date-picker-today")
}

/// Tell the date fields what day it is. The app calls this once a frame with its own
/// clock, which tests fix.
pub fn set_today(ctx: &egui::Context, today: Date) {
    ctx.data_mut(|d| d.insert_temp(today_id(), today));
}

/// The day given to [`set_today`]; the system clock's day if nothing was.
#[must_use]
pub fn today(ctx: &egui::Context) -> Date {
    ctx.data(|d| d.get_temp::<Date>(today_id()))
        .unwrap_or_else(|| jiff::ZonedDateTime::now().date())
}

/// The date in a typed text (ISO, or the short numeric form of the interface language),
/// or `None`; see [`crate::domain::calendar::parse_date`].
#[must_use]
pub fn typed_date(ctx: &egui::Context, language: &LanguageIdentifier, text: &str) -> Option<Date> {
    parse_date(text, locale_calendar(ctx, language).order)
}

/// What the calendar needs from the interface locale, computed once per language.
struct LocaleCalendar {
    language: LanguageIdentifier,
    first_weekday: Weekday,
    /// Monday first.
    short: [String; 7],
    /// Monday first.
    wide: [String; 7],
    order: DateOrder,
}

fn locale_calendar(ctx: &egui::Context, language: &LanguageIdentifier) -> Arc<LocaleCalendar> {
    let id = Id::unique("gracious-date-picker-locale");
    if let Some(cached) = ctx
        .data(|d| d.get_temp::<Arc<LocaleCalendar>>(id))
        .filter(|c| c.language == *language)
    {
        return cached;
    }
    let fresh = Arc::new(LocaleCalendar {
        language: language.clone(),
        first_weekday: names::first_weekday(language),
        short: names::weekday_names(language, NameWidth::Short),
        wide: names::weekday_names(language, NameWidth::Wide),
        order: names::date_order(language),
    });
    ctx.data_mut(|d| d.insert_temp(id, Arc::clone(&fresh)));
    fresh
}

/// The texts of one month's calendar: its title and every day of its grid written out.
struct MonthTexts {
    language: LanguageIdentifier,
    grid: MonthGrid,
    title: String,
    /// Row by row, as [`MonthGrid::weeks`].
    days: Vec<String>,
}

impl MonthTexts {
    fn new(language: &LanguageIdentifier, grid: MonthGrid) -> Self {
        MonthTexts {
            language: language.clone(),
            grid,
            title: names::month_year_title(language, grid.year(), grid.month()),
            days: names::full_dates(language, grid.weeks().into_iter().flatten()),
        }
    }
}

/// The open state of one field's calendar, kept in egui's memory between frames.
#[derive(Clone, Default)]
struct PickerState {
    open: bool,
    /// The day under the keyboard; the calendar shows its month.
    cursor: Option<Date>,
    /// Give keyboard focus to the cursor's day when it is next drawn.
    focus_cursor: bool,
    /// Whether the cursor's day had keyboard focus when last drawn.
    cursor_focused: bool,
    texts: Option<Arc<MonthTexts>>,
}

/// What the user did in the calendar.
enum Outcome {
    Pick(Date),
    Clear,
    Close,
}

/// A labelled date field with a calendar button. `value` holds an ISO date
/// (`YYYY-MM-DD`) or is empty; what the calendar picks is written back in that form.
/// Returns the text field's response (`changed()` also when the calendar set it).
pub fn date_picker_field(
    ui: &mut egui::Ui,
    i18n: &Localizer,
    label: &str,
    value: &mut String,
    today: Date,
) -> egui::Response {
    date_field_inner(ui, i18n, label, true, value, today)
}

/// The same without a visible label (a cell of a table whose row and column say what
/// it is): `name` is what screen readers hear.
pub fn date_picker_cell(
    ui: &mut egui::Ui,
    i18n: &Localizer,
    name: &str,
    value: &mut String,
    today: Date,
) -> egui::Response {
    ui.horizontal(|ui| date_field_inner(ui, i18n, name, false, value, today))
        .inner
}

fn date_field_inner(
    ui: &mut egui::Ui,
    i18n: &Localizer,
    label: &str,
    show_label: bool,
    value: &mut String,
    today: Date,
) -> egui::Response {
    let language = i18n.language().clone();
    let locale = locale_calendar(ui.ctx(), &language);
    let label_response = show_label.then(|| ui.label(label));
    let field_id = ui.make_persistent_id(("date-picker", label));
    let state_id = field_id.with("state");
    let mut state: PickerState = ui.data(|d| d.get_temp(state_id)).unwrap_or_default();

    // Alt+↓ in the field opens the calendar, as in most date fields.
    let open_by_key = ui.memory(|m| m.has_focus(field_id))
        && ui.input_mut(|i| i.consume_key(Modifiers::ALT, Key::ArrowDown));
    let response = ui.add(
        egui::TextEdit::singleline(value)
            .id(field_id)
            .hint_text(i18n.tr("header-date-hint"))
            .desired_width(110.0),
    );
    let mut response = match label_response {
        Some(shown) => response.labelled_by(shown.id),
        None => response.accessible_name(label),
    };
    // A date typed the locale's way ("5.12.2026") is stored as ISO once the field is left.
    if response.lost_focus()
        && let Some(date) = parse_date(value, locale.order)
        && *value != date.to_string()
    {
        *value = date.to_string();
        response.mark_changed();
    }

    let mut args = FluentArgs::new();
    args.set("field", label);
    let pick_name = i18n.tr_args("date-pick", &args);
    let button = calendar_button(ui, &pick_name).on_hover_text(&pick_name);
    if button.clicked() || open_by_key {
        if state.open {
            state.open = false;
        } else {
            state.open = true;
            state.cursor = Some(parse_date(value, locale.order).unwrap_or(today));
            state.focus_cursor = true;
        }
    }

    let mut outcome = None;
    if state.open {
        let mut open = true;
        egui::Popup::new(
            field_id.with("popup"),
            ui.ctx().clone(),
            response.rect.union(button.rect),
            ui.layer_id(),
        )
        .open_bool(&mut open)
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
        .anchor_widget(button.id)
        .accessible_name(&pick_name)
        .show(|ui| {
            let selected = parse_date(value, locale.order);
            outcome = calendar_ui(ui, i18n, &locale, &mut state, selected, today);
        });
        if !open {
            // Escape or a click elsewhere. Escape hands the keyboard back to the field.
            state.open = false;
            if ui.input(|i| i.key_pressed(Key::Escape)) {
                ui.memory_mut(|m| m.request_focus(field_id));
            }
        }
    }
    if let Some(outcome) = outcome {
        match outcome {
            Outcome::Pick(date) => *value = date.to_string(),
            Outcome::Clear => value.clear(),
            Outcome::Close => {}
        }
        if !matches!(outcome, Outcome::Close) {
            response.mark_changed();
        }
        state.open = false;
        ui.memory_mut(|m| m.request_focus(field_id));
    }
    if !state.open {
        state.texts = None;
        state.cursor_focused = false;
    }
    ui.data_mut(|d| d.insert_temp(state_id, state));
    response
}

/// The keys that move the cursor, and how far. (Ctrl+Page Up/Down stay the app's panel
/// switch.)
const MOVES: [(Modifiers, Key, Move); 8] = [
    (Modifiers::NONE, Key::ArrowLeft, Move::Days(-1)),
    (Modifiers::NONE, Key::ArrowRight, Move::Days(1)),
    (Modifiers::NONE, Key::ArrowUp, Move::Weeks(-1)),
    (Modifiers::NONE, Key::ArrowDown, Move::Weeks(1)),
    (Modifiers::NONE, Key::PageUp, Move::Months(-1)),
    (Modifiers::NONE, Key::PageDown, Move::Months(1)),
    (Modifiers::SHIFT, Key::PageUp, Move::Months(-12)),
    (Modifiers::SHIFT, Key::PageDown, Move::Months(12)),
];

/// The popup's content: title with the month buttons, weekday headings, the days, and
/// Today / Clear / Close.
fn calendar_ui(
    ui: &mut egui::Ui,
    i18n: &Localizer,
    locale: &LocaleCalendar,
    state: &mut PickerState,
    selected: Option<Date>,
    today: Date,
) -> Option<Outcome> {
    let mut cursor = state.cursor.unwrap_or(today);
    if state.cursor_focused {
        for (modifiers, key, by) in MOVES {
            while ui.input_mut(|i| i.consume_key(modifiers, key)) {
                cursor = step(cursor, by);
                state.focus_cursor = true;
            }
        }
    }
    let Some(grid) = MonthGrid::containing(cursor, locale.first_weekday)
        .or_else(|| MonthGrid::containing(today, locale.first_weekday))
    else {
        return Some(Outcome::Close);
    };
    if !grid.in_month(cursor) {
        cursor = grid.first_of_month();
    }
    let texts = match &state.texts {
        Some(t) if t.language == locale.language && t.grid == grid => Arc::clone(t),
        _ => Arc::new(MonthTexts::new(&locale.language, grid)),
    };
    state.texts = Some(Arc::clone(&texts));

    // A compact grid: days closer together than egui's default spacing.
    ui.spacing_mut().item_spacing = Vec2::new(2.0, 2.0);
    let spacing = ui.spacing().item_spacing.x;
    let cell = cell_size(ui, locale);
    let mut outcome = None;

    // Title row: ‹ December 2026 ›
    ui.horizontal(|ui| {
        let previous = i18n.tr("date-previous-month");
        let next = i18n.tr("date-next-month");
        if ui
            .add(Button::new("‹").min_size(cell))
            .accessible_name(&previous)
            .on_hover_text(&previous)
            .clicked()
        {
            cursor = step(cursor, Move::Months(-1));
        }
        ui.add_sized(
            [5.0 * cell.x + 4.0 * spacing, cell.y],
            Label::new(RichText::new(&texts.title).strong()),
        );
        if ui
            .add(Button::new("›").min_size(cell))
            .accessible_name(&next)
            .on_hover_text(&next)
            .clicked()
        {
            cursor = step(cursor, Move::Months(1));
        }
    });

    // Weekday headings, short on screen and written out for screen readers.
    ui.horizontal(|ui| {
        for weekday in grid.columns() {
            let index = usize::try_from(weekday.to_monday_zero_offset()).unwrap_or(0);
            ui.add_sized(cell, Label::new(RichText::new(&locale.short[index]).weak()))
                .accessible_name(&locale.wide[index]);
        }
    });

    let today_ring = Stroke::new(1.5, today_colour(ui.visuals()));
    let weak = ui.visuals().weak_text_color();
    let corner = ui.visuals().widgets.inactive.corner_radius;
    let mut cursor_focused = false;
    for (row, week) in grid.weeks().iter().enumerate() {
        ui.horizontal(|ui| {
            for (column, &day) in week.iter().enumerate() {
                let is_cursor = day == cursor;
                let mut text = RichText::new(day.day().to_string());
                if !grid.in_month(day) {
                    text = text.color(weak);
                }
                if day == today {
                    text = text.strong().color(today_colour(ui.visuals()));
                }
                let full = texts
                    .days
                    .get(row * 7 + column)
                    .cloned()
                    .unwrap_or_else(|| day.to_string());
                let name = if day == today {
                    let mut args = FluentArgs::new();
                    args.set("date", full);
                    i18n.tr_args("date-day-today", &args)
                } else {
                    full
                };
                // Only the cursor's day is a Tab stop (a "roving" focus).
                let sense = if is_cursor {
                    Sense::click()
                } else {
                    Sense::CLICK
                };
                let response = ui
                    .push_id(day, |ui| {
                        ui.add(
                            Button::selectable(selected == Some(day), text)
                                .min_size(cell)
                                .sense(sense),
                        )
                    })
                    .inner
                    .accessible_name(name);
                if day == today {
                    ui.painter()
                        .rect_stroke(response.rect, corner, today_ring, StrokeKind::Inside);
                }
                if is_cursor {
                    if state.focus_cursor {
                        response.request_focus();
                        state.focus_cursor = false;
                        ui.ctx().request_repaint();
                    }
                    if response.has_focus() {
                        cursor_focused = true;
                        // The arrow keys move the cursor, not egui's focus.
                        ui.memory_mut(|m| {
                            m.set_focus_lock_filter(
                                response.id,
                                egui::EventFilter {
                                    horizontal_arrows: true,
                                    vertical_arrows: true,
                                    ..Default::default()
                                },
                            );
                        });
                    }
                }
                if response.clicked() {
                    outcome = Some(Outcome::Pick(day));
                }
            }
        });
    }

    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 6.0;
        if ui.button(i18n.tr("date-today")).clicked() {
            outcome = Some(Outcome::Pick(today));
        }
        if ui.button(i18n.tr("date-clear")).clicked() {
            outcome = Some(Outcome::Clear);
        }
        if ui.button(i18n.tr("date-close")).clicked() {
            outcome = Some(Outcome::Close);
        }
    });

    if state.cursor != Some(cursor) && !state.focus_cursor {
        // A month button moved the cursor after this frame's month was drawn: draw the
        // new month now, not at the next input. (The keyboard stays on that button.)
        ui.ctx().request_repaint();
    }
    state.cursor = Some(cursor);
    state.cursor_focused = cursor_focused;
    outcome
}

/// The colour that marks today: a blue with enough contrast on both themes' backgrounds
/// (and apart from egui's white or black focus ring).
fn today_colour(visuals: &egui::Visuals) -> egui::Color32 {
    if visuals.dark_mode {
        visuals.hyperlink_color
    } else {
        visuals.selection.stroke.color
    }
}

/// A button with a small calendar drawn on it: egui's default fonts have no calendar
/// glyph (📅 is only in its optional emoji fonts), and a tofu box would be worse.
fn calendar_button(ui: &mut egui::Ui, name: &str) -> egui::Response {
    let size = Vec2::splat(ui.spacing().interact_size.y);
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, ui.is_enabled(), name));
    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact(&response);
        let painter = ui.painter();
        painter.rect(
            rect,
            visuals.corner_radius,
            visuals.weak_bg_fill,
            visuals.bg_stroke,
            StrokeKind::Inside,
        );
        let colour = visuals.fg_stroke.color;
        let page =
            Rect::from_center_size(rect.center() + Vec2::new(0.0, 1.0), Vec2::new(12.0, 11.0));
        painter.rect_stroke(page, 1.5, Stroke::new(1.0, colour), StrokeKind::Inside);
        painter.rect_filled(
            Rect::from_min_max(page.min, egui::pos2(page.max.x, page.min.y + 3.0)),
            1.0,
            colour,
        );
        for x in [page.left() + 3.0, page.right() - 3.0] {
            painter.line_segment(
                [
                    egui::pos2(x, page.top() - 2.0),
                    egui::pos2(x, page.top() + 1.0),
                ],
                Stroke::new(1.5, colour),
            );
        }
        for row in 0..2_u8 {
            for column in 0..3_u8 {
                let centre = egui::pos2(
                    page.left() + 3.0 + 3.0 * f32::from(column),
                    page.top() + 5.5 + 3.0 * f32::from(row),
                );
                painter.rect_filled(
                    Rect::from_center_size(centre, Vec2::splat(1.5)),
                    0.0,
                    colour,
                );
            }
        }
    }
    response
}

/// One day's cell: wide enough for the longest weekday heading and for two digits.
fn cell_size(ui: &egui::Ui, locale: &LocaleCalendar) -> Vec2 {
    let widest = locale
        .short
        .iter()
        .map(String::as_str)
        .chain(["88"])
        .map(|text| super::text_width(ui, text))
        .fold(0.0_f32, f32::max);
    let height = ui.spacing().interact_size.y + 4.0;
    Vec2::new(
        (widest + 2.0 * ui.spacing().button_padding.x).max(height),
        height,
    )
}
