//! One opportunity (company, role, contact, stage, dates) and the workspace that holds them.

use serde::{Deserialize, Serialize};

use super::channel::ChannelFacts;
use super::checklist::ChecklistAnswers;
use super::mobility::MobilitySheet;
use super::template::{CustomTemplate, Draft, Scenario};
use super::timeline::Timeline;

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

/// Where the user stands with an opportunity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Status {
    #[default]
    Deciding,
    Negotiating,
    Declined,
    Accepted,
    Archived,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Deciding,
        Status::Negotiating,
        Status::Declined,
        Status::Accepted,
        Status::Archived,
    ];

    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Status::Deciding => "status-deciding",
            Status::Negotiating => "status-negotiating",
            Status::Declined => "status-declined",
            Status::Accepted => "status-accepted",
            Status::Archived => "status-archived",
        }
    }

    /// Whether an answer is still owed, so that a passed deadline matters.
    #[must_use]
    pub fn is_open(self) -> bool {
        matches!(self, Status::Deciding | Status::Negotiating)
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
    /// Their e-mail address, for the `To:` of an exported draft.
    pub contact_email: String,
    pub stage: Stage,
    pub status: Status,
    /// Date of the interview or of the offer, as the user typed it (ISO `YYYY-MM-DD`).
    pub date: String,
    /// The date the answer is due, as the user typed it (ISO `YYYY-MM-DD`).
    pub reply_by: String,
    pub checklist: ChecklistAnswers,
    pub mobility: MobilitySheet,
    pub channel: ChannelFacts,
    pub draft: Draft,
    pub timeline: Timeline,
}

/// Parse an ISO date typed by the user; blank is `None`.
fn parse_date(text: &str) -> Option<jiff::civil::Date> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    text.parse().ok()
}

impl Case {
    /// The interview or offer date, if it is a valid ISO date.
    #[must_use]
    pub fn parsed_date(&self) -> Option<jiff::civil::Date> {
        parse_date(&self.date)
    }

    /// True when the date field holds text that is not a valid date.
    #[must_use]
    pub fn date_is_invalid(&self) -> bool {
        !self.date.trim().is_empty() && self.parsed_date().is_none()
    }

    /// The reply deadline, if it is a valid ISO date.
    #[must_use]
    pub fn reply_by_date(&self) -> Option<jiff::civil::Date> {
        parse_date(&self.reply_by)
    }

    /// True when the deadline field holds text that is not a valid date.
    #[must_use]
    pub fn reply_by_is_invalid(&self) -> bool {
        !self.reply_by.trim().is_empty() && self.reply_by_date().is_none()
    }

    /// An answer is still owed and its deadline has passed.
    #[must_use]
    pub fn is_overdue(&self, today: jiff::civil::Date) -> bool {
        self.status.is_open() && self.reply_by_date().is_some_and(|d| d < today)
    }
}

/// How formally a letter addresses its reader, where the language marks it
/// (German Sie/du, Japanese politeness levels).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Formality {
    #[default]
    Formal,
    Informal,
}

impl Formality {
    pub const ALL: [Formality; 2] = [Formality::Formal, Formality::Informal];

    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Formality::Formal => "formality-formal",
            Formality::Informal => "formality-informal",
        }
    }

    /// The value passed to Fluent selectors as `$formality`.
    #[must_use]
    pub fn fluent_value(self) -> &'static str {
        match self {
            Formality::Formal => "formal",
            Formality::Informal => "informal",
        }
    }
}

/// The user's own details, used to sign letters.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    pub name: String,
    /// Lines that close a letter instead of the bare name (name, title, phone…).
    pub signature: String,
    pub email: String,
    /// Default language of new letters (BCP 47); `None` writes in the interface language.
    pub letter_language: Option<String>,
    pub formality: Formality,
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
    /// The interface zoom (Ctrl + / Ctrl −); 0 means never set.
    pub zoom: f32,
}

/// Everything the user keeps: their opportunities, profile and settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Workspace {
    pub cases: Vec<Case>,
    /// Id of the opportunity on screen.
    pub current_id: u64,
    pub profile: Profile,
    pub settings: Settings,
    /// The next id to hand out to a new case.
    pub next_id: u64,
    /// The user's own templates and their versions of built-ins.
    pub templates: Vec<CustomTemplate>,
}

impl Default for Workspace {
    fn default() -> Self {
        Self {
            cases: vec![Case {
                id: 1,
                ..Case::default()
            }],
            current_id: 1,
            profile: Profile::default(),
            settings: Settings::default(),
            next_id: 2,
            templates: Vec::new(),
        }
    }
}

impl Workspace {
    fn take_id(&mut self) -> u64 {
        let highest = self.cases.iter().map(|c| c.id).max().unwrap_or(0);
        let id = self.next_id.max(highest + 1).max(1);
        self.next_id = id + 1;
        id
    }

    fn index_of(&self, id: u64) -> Option<usize> {
        self.cases.iter().position(|c| c.id == id)
    }

    /// Make the workspace consistent: at least one case, unique ids, a valid selection.
    pub fn repair(&mut self) {
        let mut seen = std::collections::HashSet::new();
        for i in 0..self.cases.len() {
            if self.cases[i].id == 0 || !seen.insert(self.cases[i].id) {
                let id = self.take_id();
                self.cases[i].id = id;
                seen.insert(id);
            }
        }
        if self.cases.is_empty() {
            let id = self.take_id();
            self.cases.push(Case {
                id,
                ..Case::default()
            });
        }
        if self.index_of(self.current_id).is_none() {
            self.current_id = self.cases[0].id;
        }
        let highest = self.cases.iter().map(|c| c.id).max().unwrap_or(0);
        self.next_id = self.next_id.max(highest + 1);
    }

    /// The opportunity on screen. A workspace always holds at least one.
    pub fn current_case_mut(&mut self) -> &mut Case {
        self.current_case_with_context().0
    }

    /// The opportunity on screen together with the profile and the user's templates,
    /// borrowed apart so that a view can edit all three at once.
    pub fn current_case_with_context(
        &mut self,
    ) -> (&mut Case, &mut Profile, &mut Vec<CustomTemplate>) {
        if self.index_of(self.current_id).is_none() {
            self.repair();
        }
        let index = self.index_of(self.current_id).unwrap_or(0);
        (
            &mut self.cases[index],
            &mut self.profile,
            &mut self.templates,
        )
    }

    /// The opportunity on screen, if any.
    #[must_use]
    pub fn current_case(&self) -> Option<&Case> {
        self.index_of(self.current_id)
            .map(|i| &self.cases[i])
            .or_else(|| self.cases.first())
    }

    #[must_use]
    pub fn case(&self, id: u64) -> Option<&Case> {
        self.index_of(id).map(|i| &self.cases[i])
    }

    /// Show the opportunity `id`, if it exists.
    pub fn select(&mut self, id: u64) -> bool {
        let found = self.index_of(id).is_some();
        if found {
            self.current_id = id;
        }
        found
    }

    /// Add an empty opportunity, select it, and return its id.
    pub fn new_case(&mut self) -> u64 {
        let id = self.take_id();
        self.cases.push(Case {
            id,
            ..Case::default()
        });
        self.current_id = id;
        id
    }

    /// Copy an opportunity under a new id, select the copy, and return its id.
    pub fn duplicate(&mut self, id: u64) -> Option<u64> {
        let mut copy = self.case(id)?.clone();
        copy.id = self.take_id();
        let new_id = copy.id;
        self.cases.push(copy);
        self.current_id = new_id;
        Some(new_id)
    }

    /// Remove an opportunity; returns where it was and what it was, for undo.
    pub fn delete(&mut self, id: u64) -> Option<(usize, Case)> {
        let index = self.index_of(id)?;
        let case = self.cases.remove(index);
        if self.cases.is_empty() {
            self.new_case();
        } else if self.current_id == id {
            self.current_id = self.cases[index.min(self.cases.len() - 1)].id;
        }
        Some((index, case))
    }

    /// Put a deleted opportunity back (under a new id if its id was taken meanwhile).
    pub fn restore(&mut self, index: usize, mut case: Case) -> u64 {
        if self.index_of(case.id).is_some() {
            case.id = self.take_id();
        }
        let id = case.id;
        self.next_id = self.next_id.max(id + 1);
        self.cases.insert(index.min(self.cases.len()), case);
        self.current_id = id;
        id
    }

    /// Add imported opportunities without touching existing ones; an id already in use
    /// gets a new one. Returns the ids the imported cases now have.
    pub fn merge(&mut self, imported: Vec<Case>) -> Vec<u64> {
        let mut ids = Vec::with_capacity(imported.len());
        for mut case in imported {
            if case.id == 0 || self.index_of(case.id).is_some() {
                case.id = self.take_id();
            }
            self.next_id = self.next_id.max(case.id + 1);
            ids.push(case.id);
            self.cases.push(case);
        }
        ids
    }

    /// Add a template, giving it a fresh id; returns the id.
    pub fn add_template(&mut self, mut template: CustomTemplate) -> u64 {
        template.id = self.templates.iter().map(|t| t.id).max().unwrap_or(0) + 1;
        let id = template.id;
        self.templates.push(template);
        id
    }

    /// The user's version of a built-in scenario in `language`, if they saved one.
    #[must_use]
    pub fn override_for(&self, scenario: Scenario, language: &str) -> Option<&CustomTemplate> {
        self.templates
            .iter()
            .find(|t| t.base == Some(scenario) && t.language == language)
    }

    /// Ids in list order: open ones by reply deadline (earliest first, none last),
    /// then closed ones, archived last; ties by company and role.
    #[must_use]
    pub fn sorted_ids(&self) -> Vec<u64> {
        let mut cases: Vec<&Case> = self.cases.iter().collect();
        cases.sort_by(|a, b| {
            let group = |c: &Case| match c.status {
                Status::Deciding | Status::Negotiating => 0,
                Status::Declined | Status::Accepted => 1,
                Status::Archived => 2,
            };
            group(a)
                .cmp(&group(b))
                .then_with(|| match (a.reply_by_date(), b.reply_by_date()) {
                    (Some(x), Some(y)) => x.cmp(&y),
                    (Some(_), None) => std::cmp::Ordering::Less,
                    (None, Some(_)) => std::cmp::Ordering::Greater,
                    (None, None) => std::cmp::Ordering::Equal,
                })
                .then_with(|| a.company.to_lowercase().cmp(&b.company.to_lowercase()))
                .then_with(|| a.role.to_lowercase().cmp(&b.role.to_lowercase()))
                .then_with(|| a.id.cmp(&b.id))
        });
        cases.into_iter().map(|c| c.id).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn named(ws: &mut Workspace, company: &str, reply_by: &str, status: Status) -> u64 {
        let id = ws.new_case();
        let case = ws.current_case_mut();
        case.company = company.into();
        case.reply_by = reply_by.into();
        case.status = status;
        id
    }

    #[test]
    fn empty_workspace_gets_a_case_on_demand() {
        let mut ws = Workspace {
            cases: Vec::new(),
            current_id: 3,
            next_id: 0,
            ..Workspace::default()
        };
        ws.current_case_mut().company = "Acme".into();
        assert_eq!(ws.cases.len(), 1);
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
        assert_eq!(case.parsed_date(), Some(date(2026, 11, 20)));
        case.date = "20.11.2026".into();
        assert!(case.date_is_invalid());
        case.reply_by = "2026-02-30".into();
        assert!(case.reply_by_is_invalid());
    }

    #[test]
    fn overdue_only_while_an_answer_is_owed() {
        let mut case = Case {
            reply_by: "2026-11-25".into(),
            ..Case::default()
        };
        assert!(case.is_overdue(date(2026, 11, 26)));
        assert!(!case.is_overdue(date(2026, 11, 25)));
        case.status = Status::Declined;
        assert!(!case.is_overdue(date(2026, 11, 26)));
        case.status = Status::Negotiating;
        assert!(case.is_overdue(date(2026, 11, 27)));
    }

    #[test]
    fn create_duplicate_delete_and_undo() {
        let mut ws = Workspace::default();
        ws.current_case_mut().company = "First".into();
        let second = ws.new_case();
        assert_eq!(ws.current_id, second);
        ws.current_case_mut().company = "Second".into();
        let copy = ws.duplicate(second).expect("exists");
        assert_ne!(copy, second);
        assert_eq!(ws.case(copy).map(|c| c.company.as_str()), Some("Second"));
        assert_eq!(ws.cases.len(), 3);

        let (index, removed) = ws.delete(second).expect("exists");
        assert_eq!(removed.company, "Second");
        assert!(ws.case(second).is_none());
        assert_ne!(ws.current_id, second);
        let restored = ws.restore(index, removed);
        assert_eq!(restored, second);
        assert_eq!(ws.cases[index].company, "Second");
        assert_eq!(ws.current_id, second);
    }

    #[test]
    fn deleting_the_last_case_leaves_a_fresh_one() {
        let mut ws = Workspace::default();
        let only = ws.current_id;
        ws.delete(only);
        assert_eq!(ws.cases.len(), 1);
        assert_ne!(ws.cases[0].id, only);
        assert_eq!(ws.current_id, ws.cases[0].id);
    }

    #[test]
    fn merge_never_overwrites_and_renumbers_conflicts() {
        let mut ws = Workspace::default();
        ws.current_case_mut().company = "Mine".into();
        let imported = vec![
            Case {
                id: 1,
                company: "Theirs".into(),
                ..Case::default()
            },
            Case {
                id: 42,
                company: "Other".into(),
                ..Case::default()
            },
        ];
        let ids = ws.merge(imported);
        assert_eq!(ws.case(1).map(|c| c.company.as_str()), Some("Mine"));
        assert_eq!(ids.len(), 2);
        assert_ne!(ids[0], 1);
        assert_eq!(ids[1], 42);
        assert_eq!(ws.case(ids[0]).map(|c| c.company.as_str()), Some("Theirs"));
        assert!(ws.next_id > 42);
        let fresh = ws.new_case();
        assert!(ws.cases.iter().filter(|c| c.id == fresh).count() == 1);
    }

    #[test]
    fn list_sorts_by_deadline_with_closed_and_archived_last() {
        let mut ws = Workspace::default();
        ws.current_case_mut().company = "No deadline".into();
        let first = ws.current_id;
        let late = named(&mut ws, "Late", "2026-12-10", Status::Deciding);
        let early = named(&mut ws, "Early", "2026-11-28", Status::Negotiating);
        let archived = named(&mut ws, "Old", "2026-01-01", Status::Archived);
        let declined = named(&mut ws, "Done", "2026-11-01", Status::Declined);
        assert_eq!(
            ws.sorted_ids(),
            vec![early, late, first, declined, archived]
        );
    }

    #[test]
    fn repair_fixes_duplicate_ids_and_selection() {
        let mut ws = Workspace {
            cases: vec![
                Case {
                    id: 7,
                    ..Case::default()
                },
                Case {
                    id: 7,
                    ..Case::default()
                },
                Case::default(),
            ],
            current_id: 99,
            next_id: 0,
            ..Workspace::default()
        };
        ws.repair();
        let mut ids: Vec<u64> = ws.cases.iter().map(|c| c.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 3);
        assert!(!ids.contains(&0));
        assert_eq!(ws.current_id, 7);
        assert!(ws.next_id > *ids.last().expect("ids"));
    }
}
