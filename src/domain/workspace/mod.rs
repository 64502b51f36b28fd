//! The workspace: everything the user keeps (opportunities, profile, settings, own
//! templates) and the operations on it that keep it consistent: ids stay unique, one
//! opportunity is always selected, and a template is referenced only while it exists.

use serde::{Deserialize, Serialize};

use super::case::{Case, CaseId, Profile, Status};
use super::compensation::{self, Package};
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
    /// First in the file, so the window can open in the user's language and theme while
    /// a long job search is still being read (`Store::peek_settings`).
    pub settings: Settings,
    pub cases: Vec<Case>,
    /// Id of the opportunity on screen.
    pub current_id: CaseId,
    pub profile: Profile,
    /// The next id to hand out to a new case.
    pub next_id: u64,
    /// The user's own templates and their versions of built-ins.
    pub templates: Vec<CustomTemplate>,
    /// The next id to hand out to a template: ids are never reused, so a letter can
    /// never end up pointing at a different template than the one it was written from.
    pub next_template_id: u64,
    /// The user's current job, the reference the offers are compared with (it cannot
    /// be declined).
    pub current_job: Package,
    /// What the comparison of offers shows.
    pub comparison: ComparisonChoice,
}

/// The opportunities compared side by side, and how.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ComparisonChoice {
    /// At most [`compensation::MAX_COMPARED`] with the current job; ids that no longer
    /// exist are skipped.
    pub cases: Vec<CaseId>,
    /// The current job is shown as the reference.
    pub current_job: bool,
    /// Years over which one-off money and equity are averaged.
    pub horizon_years: u8,
}

impl Default for ComparisonChoice {
    fn default() -> Self {
        Self {
            cases: Vec::new(),
            current_job: true,
            horizon_years: compensation::DEFAULT_HORIZON_YEARS,
        }
    }
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
            current_job: Package::default(),
            comparison: ComparisonChoice::default(),
        }
    }
}

impl Workspace {
    /// The current job's package, completed from the opportunities' mobility sheets
    /// ([`Package::current_from`]).
    #[must_use]
    pub fn current_job_package(&self) -> Package {
        self.current_job
            .current_from(self.cases.iter().map(|c| &c.mobility))
    }

    /// The change of the opportunity on screen's total against the current job's
    /// ([`compensation::total_change`]).
    #[must_use]
    pub fn total_change_of_current(
        &self,
        table: &super::ppp::Table,
        this_year: i16,
    ) -> Option<(f64, bool)> {
        let case = self.current_case()?;
        // Only once the comparison of offers holds something of its own: otherwise it
        // would repeat the mobility sheet's comparison under another name.
        if case.package.is_empty() && self.current_job.is_empty() {
            return None;
        }
        let offer = compensation::offer_with_sheet(&case.package, &case.mobility);
        compensation::total_change(
            &offer,
            &self.current_job_package(),
            table,
            this_year,
            self.comparison.horizon_years,
        )
    }

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

    /// The user accepts the offer `accepted` of the comparison: it is marked accepted,
    /// and every other compared offer still open is to be declined with the letter that
    /// says another offer was accepted (the reason, named in the app; the letter itself
    /// stays neutral and does not name the other employer). Returns those, in the
    /// comparison's order.
    pub fn accept_offer(&mut self, accepted: CaseId) -> Vec<CaseId> {
        let Some(case) = self.case_mut(accepted) else {
            return Vec::new();
        };
        case.status = Status::Accepted;
        let others: Vec<CaseId> = self
            .comparison
            .cases
            .iter()
            .copied()
            .filter(|id| *id != accepted)
            .collect();
        let mut declined = Vec::new();
        for id in others {
            let Some(case) = self.case_mut(id) else {
                continue;
            };
            if case.stage == super::case::Stage::AfterOffer && case.status.is_open() {
                super::letter::choose_scenario(case, Scenario::AcceptedOtherOffer);
                declined.push(id);
            }
        }
        declined
    }

    /// The opportunity `id`, to edit.
    pub fn case_mut(&mut self, id: CaseId) -> Option<&mut Case> {
        self.index_of(id).map(|i| &mut self.cases[i])
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
        self.templates.iter().filter(|t| t.is_own())
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
        // Each key is made once per case (a thousand of them are sorted every frame).
        cases.sort_by_cached_key(|c| {
            let group = match c.status {
                Status::Deciding | Status::Negotiating => 0,
                Status::Declined | Status::Accepted => 1,
                Status::Archived => 2,
            };
            let deadline = c.reply_by_date();
            (
                group,
                // A known deadline before none.
                deadline.is_none(),
                deadline,
                c.company.to_lowercase(),
                c.role.to_lowercase(),
                c.id,
            )
        });
        cases.into_iter().map(|c| c.id).collect()
    }
}

#[cfg(test)]
mod tests;
