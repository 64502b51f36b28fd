//! egui only: one file per panel, plus the menu, the windows and the notices. A panel
//! edits the state it is given and pushes [`crate::Command`]s for anything with a side
//! effect (the rule is in src/command.rs). Every panel entry point takes a
//! [`PanelContext`] first.

pub mod cases;
pub mod channel;
pub mod checklist;
pub mod compare;
pub mod date_picker;
pub mod followup;
pub mod header;
pub mod letter;
pub mod menu;
pub mod mobility;
pub mod notices;
pub mod profile;
pub mod progress;
pub mod theme;
pub mod welcome;
pub mod windows;

use fluent_bundle::FluentArgs;

use crate::i18n::Localizer;

/// What every panel is handed: the interface language and the moment being drawn.
#[derive(Clone, Copy)]
pub struct PanelContext<'a> {
    pub i18n: &'a Localizer,
    /// "Now" in the user's time zone: read once per frame (tests fix it), so every
    /// panel counts deadlines from the same moment.
    pub now: &'a jiff::ZonedDateTime,
}

impl PanelContext<'_> {
    /// The day deadlines are measured against.
    #[must_use]
    pub fn today(&self) -> jiff::civil::Date {
        self.now.date()
    }

    /// The user's time zone.
    #[must_use]
    pub fn zone(&self) -> &jiff::tz::TimeZone {
        self.now.time_zone()
    }

    /// The weekend where the interface locale's region is: steps never fall on it.
    #[must_use]
    pub fn weekend(&self) -> crate::domain::timeline::Weekend {
        crate::i18n::calendar::weekend(self.i18n.language())
    }
}

/// The windows that open over the panels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Window {
    /// The user's name, signature and letter defaults.
    Profile,
    /// Version, data sources and their licences.
    About,
    /// The call script in large type.
    CallMode,
}

/// Which windows are open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OpenWindows {
    pub profile: bool,
    pub about: bool,
    pub call_mode: bool,
}

impl OpenWindows {
    /// Open one.
    pub fn open(&mut self, window: Window) {
        *self.flag(window) = true;
    }

    /// Whether one is open.
    #[must_use]
    pub fn is_open(self, window: Window) -> bool {
        match window {
            Window::Profile => self.profile,
            Window::About => self.about,
            Window::CallMode => self.call_mode,
        }
    }

    /// The flag of one.
    fn flag(&mut self, window: Window) -> &mut bool {
        match window {
            Window::Profile => &mut self.profile,
            Window::About => &mut self.about,
            Window::CallMode => &mut self.call_mode,
        }
    }
}

/// The four panels.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Tab {
    #[default]
    Checklist,
    Mobility,
    Channel,
    /// The letter editor.
    Letter,
    /// After the answer: their reply, the promises, the people met, the calendar.
    FollowUp,
}

impl Tab {
    pub const ALL: [Tab; 5] = [
        Tab::Checklist,
        Tab::Mobility,
        Tab::Channel,
        Tab::Letter,
        Tab::FollowUp,
    ];

    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Tab::Checklist => "tab-checklist",
            Tab::Mobility => "tab-mobility",
            Tab::Channel => "tab-channel",
            Tab::Letter => "tab-editor",
            Tab::FollowUp => "tab-followup",
        }
    }

    /// The panel after this one (Ctrl+Page Down), wrapping around.
    #[must_use]
    pub fn next(self) -> Tab {
        let i = Tab::ALL.iter().position(|t| *t == self).unwrap_or(0);
        Tab::ALL[(i + 1) % Tab::ALL.len()]
    }

    /// The panel before this one (Ctrl+Page Up), wrapping around.
    #[must_use]
    pub fn previous(self) -> Tab {
        let i = Tab::ALL.iter().position(|t| *t == self).unwrap_or(0);
        Tab::ALL[(i + Tab::ALL.len() - 1) % Tab::ALL.len()]
    }

    /// The key of its shortcut, with Ctrl (Ctrl+1 … Ctrl+5); the shortcuts themselves are
    /// declared in [`menu::actions`].
    #[must_use]
    pub fn key(self) -> egui::Key {
        match self {
            Tab::Checklist => egui::Key::Num1,
            Tab::Mobility => egui::Key::Num2,
            Tab::Channel => egui::Key::Num3,
            Tab::Letter => egui::Key::Num4,
            Tab::FollowUp => egui::Key::Num5,
        }
    }
}

/// A single-line text field tied to a visible label, so screen readers and kittest
/// find it by that label.
pub fn labelled_text_field(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut String,
    width: f32,
) -> egui::Response {
    keep_together(ui, label, width);
    let label = ui.label(label);
    ui.add(egui::TextEdit::singleline(value).desired_width(width))
        .labelled_by(label.id)
}

/// The width of `text` on one line in the body style.
#[must_use]
pub fn text_width(ui: &egui::Ui, text: &str) -> f32 {
    egui::WidgetText::from(text)
        .into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Body,
        )
        .size()
        .x
}

/// In a wrapping row, start a new line unless `label` and a control `width` wide after
/// it both fit on this one: a label never ends a line while its field starts the next.
pub fn keep_together(ui: &mut egui::Ui, label: &str, width: f32) {
    let needed = text_width(ui, label) + ui.spacing().item_spacing.x + width;
    let (left, right) = (ui.cursor().left(), ui.max_rect().right());
    let at_line_start = left <= ui.max_rect().left() + 1.0;
    if !at_line_start && right - left < needed {
        ui.end_row();
    }
}

/// A choice among a few values, drawn as a row of selectable buttons, framed whether
/// picked or not. Each button is
/// named "`<group>: <choice>`" for screen readers, so that the same choice in different
/// groups stays distinguishable.
pub fn choice_row<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    i18n: &Localizer,
    group: &str,
    value: &mut T,
    choices: &[T],
    message_id: impl Fn(T) -> &'static str,
) -> bool {
    let mut changed = false;
    for &choice in choices {
        let text = i18n.tr(message_id(choice));
        let mut args = FluentArgs::new();
        args.set("group", group);
        args.set("choice", text.as_str());
        let name = i18n.tr_args("choice-accessible-name", &args);
        // Framed even before one is picked, so the row reads as choices to make.
        let selected = *value == choice;
        let mut response = ui
            .add(egui::Button::selectable(selected, text).frame_when_inactive(true))
            .accessible_name(name);
        if response.clicked() && !selected {
            *value = choice;
            response.mark_changed();
        }
        changed |= response.changed();
    }
    changed
}

/// A visible group label followed by its [`choice_row`]; `group_id` names the message
/// of the label.
pub fn labelled_choice_row<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    i18n: &Localizer,
    group_id: &str,
    value: &mut T,
    choices: &[T],
    message_id: impl Fn(T) -> &'static str,
) -> bool {
    let group = i18n.tr(group_id);
    ui.label(&group);
    choice_row(ui, i18n, &group, value, choices, message_id)
}

/// A labelled date field with a calendar button ([`date_picker::date_picker_field`], on
/// the day the app set with [`date_picker::set_today`]), and an error next to it while
/// the text is not a date.
pub fn date_field(ui: &mut egui::Ui, i18n: &Localizer, label: &str, value: &mut String) {
    let today = date_picker::today(ui.ctx());
    // Label, field (110) and calendar button (about 24) on one line.
    keep_together(ui, label, 140.0);
    date_picker::date_picker_field(ui, i18n, label, value, today);
    let text = value.trim();
    if !text.is_empty() && date_picker::typed_date(ui.ctx(), i18n.language(), text).is_none() {
        ui.colored_label(theme::error(ui), i18n.tr("header-date-invalid"));
    }
}

/// A labelled choice of letter language: `None` ("default", described by
/// `default_text`) or one of the shipped locales.
pub fn letter_language_combo(
    ui: &mut egui::Ui,
    id_salt: &str,
    label: &str,
    value: &mut Option<String>,
    default_text: String,
) {
    let label = ui.label(label);
    let selected = value
        .as_deref()
        .and_then(|t| t.parse::<unic_langid::LanguageIdentifier>().ok())
        .map_or_else(|| default_text.clone(), |l| crate::i18n::native_name(&l));
    egui::ComboBox::from_id_salt(id_salt)
        .selected_text(selected)
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, default_text);
            for locale in crate::i18n::user_locales() {
                ui.selectable_value(value, Some(locale.tag.to_owned()), locale.native_name);
            }
        })
        .response
        .labelled_by(label.id);
}

/// A bulleted line of wrapped text.
pub fn bullet(ui: &mut egui::Ui, text: &str) {
    ui.horizontal_wrapped(|ui| {
        ui.label("•");
        ui.label(text);
    });
}

/// A heading with a stable spacing below it.
pub fn heading(ui: &mut egui::Ui, text: &str) {
    ui.heading(text);
    ui.add_space(4.0);
}
