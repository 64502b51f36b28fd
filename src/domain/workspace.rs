//! The workspace: everything the user keeps (opportunities, profile, settings, own
//! templates) and the operations on it that keep it consistent: ids stay unique, one
//! opportunity is always selected, and a template is referenced only while it exists.

use serde::{Deserialize, Serialize};

use super::case::{Case, CaseId, Profile, Status};
use super::template::{CustomTemplate, Scenario, TemplateId};

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
    /// The user chose to start on their own from the welcome.
    pub welcome_dismissed: bool,
}

/// Everything the user keeps: their opportunities, profile and settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Workspace {
    pub cases: Vec<Case>,
    /// Id of the opportunity on screen.
    pub current_id: CaseId,
    pub profile: Profile,
    pub settings: Settings,
    /// The next id to hand out to a new case.
    pub next_id: u64,
    /// The user's own templates and their versions of built-ins.
    pub templates: Vec<CustomTemplate>,
    /// The next id to hand out to a template: ids are never reused, so a letter can
    /// never end up pointing at a different template than the one it was written from.
    pub next_template_id: u64,
}

impl Default for Workspace {
    fn default() -> Self {
        Self {
            cases: vec![Case {
                id: CaseId(1),
                ..Case::default()
            }],
            current_id: CaseId(1),
            profile: Profile::default(),
            settings: Settings::default(),
            next_id: 2,
            templates: Vec::new(),
            next_template_id: 1,
        }
    }
}

impl Workspace {
    /// A fresh id: the counter's, or past the highest in use. Where those run out (ids at
    /// the top of the range, from a damaged or hand-edited file), the smallest free one.
    fn take_id(&mut self) -> CaseId {
        let highest = self.cases.iter().map(|c| c.id.0).max().unwrap_or(0);
        let candidate = self.next_id.max(highest.saturating_add(1)).max(1);
        let id = if candidate == u64::MAX {
            (1..u64::MAX)
                .find(|n| self.index_of(CaseId(*n)).is_none())
                .unwrap_or(1)
        } else {
            candidate
        };
        self.next_id = self.next_id.max(id.saturating_add(1));
        CaseId(id)
    }

    fn index_of(&self, id: CaseId) -> Option<usize> {
        self.cases.iter().position(|c| c.id == id)
    }

    /// Make the workspace consistent: at least one case, unique ids, a valid selection.
    pub fn repair(&mut self) {
        let mut seen = std::collections::HashSet::new();
        for i in 0..self.cases.len() {
            if self.cases[i].id == CaseId(0) || !seen.insert(self.cases[i].id) {
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
        let highest = self.cases.iter().map(|c| c.id.0).max().unwrap_or(0);
        self.next_id = self.next_id.max(highest.saturating_add(1));
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
    pub fn case(&self, id: CaseId) -> Option<&Case> {
        self.index_of(id).map(|i| &self.cases[i])
    }

    /// Show the opportunity `id`, if it exists.
    pub fn select(&mut self, id: CaseId) -> bool {
        let found = self.index_of(id).is_some();
        if found {
            self.current_id = id;
        }
        found
    }

    /// Add an empty opportunity, select it, and return its id.
    pub fn new_case(&mut self) -> CaseId {
        let id = self.take_id();
        self.cases.push(Case {
            id,
            ..Case::default()
        });
        self.current_id = id;
        id
    }

    /// Copy an opportunity under a new id, select the copy, and return its id.
    pub fn duplicate(&mut self, id: CaseId) -> Option<CaseId> {
        let mut copy = self.case(id)?.clone();
        copy.id = self.take_id();
        let new_id = copy.id;
        self.cases.push(copy);
        self.current_id = new_id;
        Some(new_id)
    }

    /// Remove an opportunity; returns where it was and what it was, for undo.
    pub fn delete(&mut self, id: CaseId) -> Option<(usize, Case)> {
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
    pub fn restore(&mut self, index: usize, mut case: Case) -> CaseId {
        if self.index_of(case.id).is_some() {
            case.id = self.take_id();
        }
        let id = case.id;
        self.next_id = self.next_id.max(id.0.saturating_add(1));
        self.cases.insert(index.min(self.cases.len()), case);
        self.current_id = id;
        id
    }

    /// Add imported opportunities without touching existing ones. Every imported one
    /// gets a fresh id of this workspace (the file's ids mean nothing here, and one at the
    /// top of the range would exhaust the counter). Returns the ids they now have.
    pub fn merge(&mut self, imported: Vec<Case>) -> Vec<CaseId> {
        let mut ids = Vec::with_capacity(imported.len());
        for mut case in imported {
            case.id = self.take_id();
            // A template id from another workspace names nothing here (or the wrong
            // template): the letter goes back to its scenario.
            case.draft.custom = None;
            ids.push(case.id);
            self.cases.push(case);
        }
        ids
    }

    /// The template with this id, if it exists.
    #[must_use]
    pub fn template(&self, id: TemplateId) -> Option<&CustomTemplate> {
        self.templates.iter().find(|t| t.id == id)
    }

    /// The user's own templates (not their versions of built-ins), in the order saved.
    pub fn own_templates(&self) -> impl Iterator<Item = &CustomTemplate> {
        self.templates.iter().filter(|t| t.base.is_none())
    }

    /// Add a template, giving it a fresh id; returns the id.
    pub fn add_template(&mut self, mut template: CustomTemplate) -> TemplateId {
        let highest = self.templates.iter().map(|t| t.id.0).max().unwrap_or(0);
        let id = self.next_template_id.max(highest.saturating_add(1)).max(1);
        self.next_template_id = id.saturating_add(1);
        template.id = TemplateId(id);
        self.templates.push(template);
        TemplateId(id)
    }

    /// The user's version of a built-in scenario in `language`, if they saved one.
    #[must_use]
    pub fn override_for(&self, scenario: Scenario, language: &str) -> Option<&CustomTemplate> {
        self.templates
            .iter()
            .find(|t| t.overrides(scenario, language))
    }

    /// Save the user's version of a built-in: it replaces the one they had for the same
    /// scenario and language (there is at most one).
    pub fn save_override(&mut self, template: CustomTemplate) -> TemplateId {
        if let Some(scenario) = template.base {
            self.remove_override(scenario, &template.language.clone());
        }
        self.add_template(template)
    }

    /// Go back to the built-in text of `scenario` in `language`.
    pub fn remove_override(&mut self, scenario: Scenario, language: &str) {
        self.templates.retain(|t| !t.overrides(scenario, language));
    }

    /// Give a template a new name.
    pub fn rename_template(&mut self, id: TemplateId, name: String) {
        if let Some(t) = self.templates.iter_mut().find(|t| t.id == id) {
            t.name = name;
        }
    }

    /// Add an imported template: the user's version of a built-in replaces the one
    /// they had (there is at most one per scenario and language).
    pub fn import_template(&mut self, template: CustomTemplate) -> TemplateId {
        if template.base.is_some() {
            self.save_override(template)
        } else {
            self.add_template(template)
        }
    }

    /// Archive an opportunity, or bring it back from the archive (as still deciding).
    pub fn toggle_archive(&mut self, id: CaseId) {
        if let Some(index) = self.index_of(id) {
            let case = &mut self.cases[index];
            case.status = if case.status == Status::Archived {
                Status::Deciding
            } else {
                Status::Archived
            };
        }
    }

    /// Copy a template under a new id and name; returns the copy's id.
    pub fn duplicate_template(&mut self, id: TemplateId, name: String) -> Option<TemplateId> {
        let mut copy = self.template(id)?.clone();
        copy.name = name;
        Some(self.add_template(copy))
    }

    /// Delete a template; letters that were written from it go back to their built-in
    /// scenario, so no opportunity refers to a template that no longer exists.
    pub fn delete_template(&mut self, id: TemplateId) {
        self.templates.retain(|t| t.id != id);
        for case in &mut self.cases {
            if case.draft.custom == Some(id) {
                case.draft.custom = None;
            }
        }
    }

    /// Nothing has been entered yet: one opportunity, empty. The first start shows the
    /// welcome then (until the user dismisses it).
    #[must_use]
    pub fn is_blank(&self) -> bool {
        match self.cases.as_slice() {
            [only] => {
                *only
                    == Case {
                        id: only.id,
                        ..Case::default()
                    }
            }
            _ => false,
        }
    }

    /// Add the example opportunity (see [`super::example`]) and select it; it takes the
    /// place of a blank workspace's empty opportunity. Returns its id.
    pub fn add_example(&mut self, today: jiff::civil::Date) -> CaseId {
        let mut example = super::example::example_case(today);
        if self.is_blank() {
            example.id = self.cases[0].id;
            self.cases[0] = example;
        } else {
            example.id = self.take_id();
            self.cases.push(example);
        }
        self.current_id = self
            .cases
            .iter()
            .rev()
            .find(|c| c.example)
            .map_or(self.current_id, |c| c.id);
        self.current_id
    }

    /// Ids in list order: open ones by reply deadline (earliest first, none last),
    /// then closed ones, archived last; ties by company and role.
    #[must_use]
    pub fn sorted_ids(&self) -> Vec<CaseId> {
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

    fn named(ws: &mut Workspace, company: &str, reply_by: &str, status: Status) -> CaseId {
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
            current_id: CaseId(3),
            next_id: 0,
            ..Workspace::default()
        };
        ws.current_case_mut().company = "Acme".into();
        assert_eq!(ws.cases.len(), 1);
        assert_eq!(ws.current_case().map(|c| c.company.as_str()), Some("Acme"));
        assert_eq!(ws.cases[0].id, CaseId(1));
        assert_eq!(ws.next_id, 2);
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
                id: CaseId(1),
                company: "Theirs".into(),
                ..Case::default()
            },
            Case {
                id: CaseId(42),
                company: "Other".into(),
                ..Case::default()
            },
        ];
        let ids = ws.merge(imported);
        assert_eq!(ws.case(CaseId(1)).map(|c| c.company.as_str()), Some("Mine"));
        assert_eq!(ids.len(), 2);
        assert_ne!(ids[0], CaseId(1));
        assert_eq!(ws.case(ids[0]).map(|c| c.company.as_str()), Some("Theirs"));
        assert_eq!(ws.case(ids[1]).map(|c| c.company.as_str()), Some("Other"));
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
                    id: CaseId(7),
                    ..Case::default()
                },
                Case {
                    id: CaseId(7),
                    ..Case::default()
                },
                Case::default(),
            ],
            current_id: CaseId(99),
            next_id: 0,
            ..Workspace::default()
        };
        ws.repair();
        let mut ids: Vec<u64> = ws.cases.iter().map(|c| c.id.0).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 3);
        assert!(!ids.contains(&0));
        assert_eq!(ws.current_id, CaseId(7));
        assert!(ws.next_id > *ids.last().expect("ids"));
    }

    fn own(name: &str) -> CustomTemplate {
        CustomTemplate {
            name: name.into(),
            language: "en-US".into(),
            body: "Dear {contact}".into(),
            ..CustomTemplate::default()
        }
    }

    #[test]
    fn an_override_replaces_the_previous_one_for_its_scenario_and_language() {
        let mut ws = Workspace::default();
        let scenario = Scenario::AcceptedOtherOffer;
        let first = ws.save_override(CustomTemplate {
            base: Some(scenario),
            ..own("v1")
        });
        let german = ws.save_override(CustomTemplate {
            base: Some(scenario),
            language: "de-DE".into(),
            ..own("v1 de")
        });
        let second = ws.save_override(CustomTemplate {
            base: Some(scenario),
            ..own("v2")
        });
        assert!(
            ws.template(first).is_none(),
            "the older English version is replaced"
        );
        assert_eq!(
            ws.override_for(scenario, "en-US").map(|t| t.id),
            Some(second)
        );
        assert_eq!(
            ws.override_for(scenario, "de-DE").map(|t| t.id),
            Some(german)
        );
        assert_eq!(ws.own_templates().count(), 0);
        ws.remove_override(scenario, "en-US");
        assert!(ws.override_for(scenario, "en-US").is_none());
        assert!(ws.override_for(scenario, "de-DE").is_some());
    }

    #[test]
    fn deleting_a_template_clears_every_letter_that_used_it() {
        let mut ws = Workspace::default();
        let id = ws.add_template(own("Mine"));
        let copy = ws
            .duplicate_template(id, "Mine (copy)".into())
            .expect("exists");
        assert_ne!(copy, id);
        assert_eq!(
            ws.template(copy).map(|t| t.name.as_str()),
            Some("Mine (copy)")
        );
        ws.current_case_mut().draft.custom = Some(id);
        let other = ws.new_case();
        ws.current_case_mut().draft.custom = Some(id);
        ws.delete_template(id);
        assert!(ws.template(id).is_none());
        assert!(ws.cases.iter().all(|c| c.draft.custom.is_none()));
        assert!(ws.case(other).is_some());
        assert_eq!(ws.own_templates().count(), 1);
    }

    #[test]
    fn the_example_replaces_a_blank_start_and_joins_a_real_one() {
        let mut ws = Workspace::default();
        assert!(ws.is_blank());
        let today = jiff::civil::date(2026, 12, 5);
        let id = ws.add_example(today);
        assert_eq!(ws.cases.len(), 1);
        assert!(!ws.is_blank());
        assert_eq!(ws.current_id, id);
        assert!(ws.case(id).is_some_and(|c| c.example));

        let mut ws = Workspace::default();
        ws.current_case_mut().company = "Mine".into();
        let id = ws.add_example(today);
        assert_eq!(ws.cases.len(), 2);
        assert_eq!(ws.current_id, id);
        ws.delete(id);
        assert_eq!(ws.cases.len(), 1);
        assert_eq!(ws.cases[0].company, "Mine");
    }

    #[test]
    fn ids_at_the_top_of_the_range_neither_overflow_nor_repeat() {
        let mut ws = Workspace::default();
        let top = |id: u64, company: &str| Case {
            id: CaseId(id),
            company: company.into(),
            ..Case::default()
        };
        let ids = ws.merge(vec![top(u64::MAX, "A"), top(u64::MAX - 1, "B")]);
        assert!(ids.iter().all(|id| id.0 < 10), "remapped: {ids:?}");
        // A loaded file with an id at the very top: new ids are still unique.
        ws.cases.push(top(u64::MAX, "C"));
        ws.repair();
        let fresh = [ws.new_case(), ws.new_case()];
        let mut all: Vec<u64> = ws.cases.iter().map(|c| c.id.0).collect();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), ws.cases.len(), "unique ids");
        assert!(fresh.iter().all(|id| id.0 != 0));
    }

    #[test]
    fn template_ids_are_never_reused_and_imports_drop_foreign_references() {
        let mut ws = Workspace::default();
        let first = ws.add_template(own("A"));
        let second = ws.add_template(own("B"));
        ws.delete_template(second);
        let third = ws.add_template(own("C"));
        assert!(third != second && third != first, "{third:?}");

        let mut imported = Case {
            company: "Imported".into(),
            ..Case::default()
        };
        imported.draft.custom = Some(first);
        let ids = ws.merge(vec![imported]);
        assert_eq!(ws.case(ids[0]).and_then(|c| c.draft.custom), None);
    }
}
