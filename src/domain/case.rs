//! One opportunity (company, role, contact, stage, dates) and the workspace that holds them.

use serde::{Deserialize, Serialize};

use super::channel::ChannelFacts;
use super::checklist::ChecklistAnswers;
use super::mobility::MobilitySheet;
use super::template::Draft;

/// Where the process stands when the user decides.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Stage {
    #[default]
    AfterInterview,
    AfterOffer,
}

impl Stage {
    pub const ALL: [Stage; 2] = [Stage::AfterInterview, Stage::AfterOffer];

    /// Fluent id of the stage's name.
    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Stage::AfterInterview => "stage-after-interview",
            Stage::AfterOffer => "stage-after-offer",
        }
    }
}

/// One opportunity the user is deciding about.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Case {
    /// Stable identity inside the workspace.
    pub id: u64,
    pub company: String,
    pub role: String,
    /// The person the user dealt with (recruiter or hiring manager).
    pub contact: String,
    pub stage: Stage,
    /// Date of the interview or of the offer, as the user typed it (ISO `YYYY-MM-DD`).
    pub date: String,
    pub checklist: ChecklistAnswers,
    pub mobility: MobilitySheet,
    pub channel: ChannelFacts,
    pub draft: Draft,
}

impl Case {
    /// The typed date, if it is a valid ISO date.
    #[must_use]
    pub fn parsed_date(&self) -> Option<jiff::civil::Date> {
        let text = self.date.trim();
        if text.is_empty() {
            return None;
        }
        text.parse().ok()
    }

    /// True when the date field holds text that is not a valid date.
    #[must_use]
    pub fn date_is_invalid(&self) -> bool {
        !self.date.trim().is_empty() && self.parsed_date().is_none()
    }
}

/// The user's own details, used to sign letters.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    pub name: String,
}

/// Light, dark, or whatever the system uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark];

    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            ThemeChoice::System => "theme-system",
            ThemeChoice::Light => "theme-light",
            ThemeChoice::Dark => "theme-dark",
        }
    }
}

/// Preferences that are not about one opportunity.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The interface language chosen in the menu (a BCP 47 tag); `None` follows the OS.
    pub ui_language: Option<String>,
    pub theme: ThemeChoice,
}

/// Everything the user keeps: their opportunities, profile and settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Workspace {
    pub cases: Vec<Case>,
    /// Index into `cases` of the opportunity on screen.
    pub current: usize,
    pub profile: Profile,
    pub settings: Settings,
    /// The next id to hand out to a new case.
    pub next_id: u64,
}

impl Default for Workspace {
    fn default() -> Self {
        Self {
            cases: vec![Case {
                id: 1,
                ..Case::default()
            }],
            current: 0,
            profile: Profile::default(),
            settings: Settings::default(),
            next_id: 2,
        }
    }
}

impl Workspace {
    /// The opportunity on screen. A workspace always holds at least one.
    pub fn current_case_mut(&mut self) -> &mut Case {
        if self.cases.is_empty() {
            self.cases.push(Case {
                id: self.next_id.max(1),
                ..Case::default()
            });
            self.next_id = self.next_id.max(1) + 1;
        }
        self.current = self.current.min(self.cases.len() - 1);
        &mut self.cases[self.current]
    }

    /// The opportunity on screen, if any.
    #[must_use]
    pub fn current_case(&self) -> Option<&Case> {
        self.cases.get(self.current).or_else(|| self.cases.last())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_workspace_gets_a_case_on_demand() {
        let mut ws = Workspace {
            cases: Vec::new(),
            current: 3,
            next_id: 0,
            ..Workspace::default()
        };
        ws.current_case_mut().company = "Acme".into();
        assert_eq!(ws.cases.len(), 1);
        assert_eq!(ws.current, 0);
        assert_eq!(ws.current_case().map(|c| c.company.as_str()), Some("Acme"));
        assert_eq!(ws.cases[0].id, 1);
        assert_eq!(ws.next_id, 2);
    }

    #[test]
    fn dates_parse_or_are_flagged() {
        let mut case = Case::default();
        assert_eq!(case.parsed_date(), None);
        assert!(!case.date_is_invalid());
        case.date = "2026-11-20".into();
        assert_eq!(case.parsed_date(), Some(jiff::civil::date(2026, 11, 20)));
        case.date = "20.11.2026".into();
        assert!(case.date_is_invalid());
    }
}
