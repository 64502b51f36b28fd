//! The decision checklist: five answers (how each blocker is judged, how much each
//! question matters) → a verdict with the reasons that produced it, a weighted fit score,
//! and the smallest change that would flip the verdict.
//!
//! The verdict itself is computed in `verdict.rs`.
//!
//! Rules (docs/product.md §1):
//! - A fundamental warning (values, way of working, long-term direction, or a compromise
//!   the person is not ready to make) is reason enough to decline, at every weight: a
//!   deal-breaker cannot be weighted away.
//! - When the only blockers are negotiable (compensation, start date, role scope, remote
//!   work, relocation support) and the person otherwise wants the role: negotiate first.
//!   Not when they lean towards declining (decline, and say negotiating is not worth it),
//!   and not while another answer is still "not sure" (ask for time, settle it first).
//! - Once a negotiation has an outcome: met, the blocker no longer counts; partly, it is a
//!   doubt to answer again; could not, it becomes a reason to decline.
//! - Unanswered or "not sure" answers leave the decision open: ask for time rather than
//!   accept while unsure.
//! - Weights only shift how much negotiable warnings and doubts count: at weight 1 they
//!   are minor points that do not decide.
//! - The verdict never leans towards accepting while the weighted fit is below one half.

use serde::{Deserialize, Serialize};

/// The five questions, in the order they are asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Question {
    /// Does the role serve my career goals for the next 12–24 months?
    CareerGoals,
    /// Are pay and benefits acceptable once cost of living or relocation is counted?
    PayAfterCosts,
    /// Is there a credible path to grow and be promoted?
    Growth,
    /// Would accepting force a compromise I am not ready to make? (Yes is the warning.)
    Compromise,
    /// Do the culture and leadership style suit me?
    CultureFit,
}

impl Question {
    pub const ALL: [Question; 5] = [
        Question::CareerGoals,
        Question::PayAfterCosts,
        Question::Growth,
        Question::Compromise,
        Question::CultureFit,
    ];

    /// Position in [`Question::ALL`] and in [`ChecklistAnswers::entries`].
    #[must_use]
    pub fn index(self) -> usize {
        self as usize
    }

    /// The answer that counts against the role.
    #[must_use]
    pub fn warning_answer(self) -> Answer {
        match self {
            Question::Compromise => Answer::Yes,
            _ => Answer::No,
        }
    }

    /// The answer that counts for the role.
    #[must_use]
    pub fn favourable_answer(self) -> Answer {
        match self {
            Question::Compromise => Answer::No,
            _ => Answer::Yes,
        }
    }

    /// What a warning on this question usually stands for, until the user says otherwise.
    /// Pay can be negotiated; career direction, growth, a forced compromise and culture
    /// are misfits that negotiation does not fix.
    #[must_use]
    pub fn default_blocker(self) -> Blocker {
        match self {
            Question::CareerGoals | Question::Growth => Blocker::LongTermDirection,
            Question::PayAfterCosts => Blocker::Compensation,
            Question::Compromise => Blocker::PersonalCompromise,
            Question::CultureFit => Blocker::Values,
        }
    }

    /// The blocker an old file's bare kind stands for on this question: the default
    /// when it is of that kind (`None`), else the nearest blocker of the kind, so the
    /// verdict, which depends on the kind alone, is the same as before.
    #[must_use]
    pub fn blocker_of_kind(self, kind: LegacyBlockerKind) -> Option<Blocker> {
        let negotiable = kind == LegacyBlockerKind::Negotiable;
        if self.default_blocker().is_negotiable() == negotiable {
            return None;
        }
        Some(match self {
            // Direction and growth that can be negotiated: the scope of the role.
            Question::CareerGoals | Question::Growth => Blocker::RoleScope,
            // A family, visa or health problem that can be negotiated: relocation support.
            Question::Compromise => Blocker::RelocationSupport,
            // A culture problem that can be negotiated: how and where the work is done.
            Question::CultureFit => Blocker::RemoteWork,
            // Pay that no negotiation will fix: a misfit of values.
            Question::PayAfterCosts => Blocker::Values,
        })
    }

    /// Fluent id stem, e.g. `checklist-q-career-goals`.
    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Question::CareerGoals => "checklist-q-career-goals",
            Question::PayAfterCosts => "checklist-q-pay-after-costs",
            Question::Growth => "checklist-q-growth",
            Question::Compromise => "checklist-q-compromise",
            Question::CultureFit => "checklist-q-culture-fit",
        }
    }
}

/// One answer to one question.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Answer {
    #[default]
    Unanswered,
    Yes,
    No,
    NotSure,
}

impl Answer {
    /// The answers the user can choose, in display order.
    pub const CHOICES: [Answer; 3] = [Answer::Yes, Answer::No, Answer::NotSure];

    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Answer::Unanswered => "answer-unanswered",
            Answer::Yes => "answer-yes",
            Answer::No => "answer-no",
            Answer::NotSure => "answer-not-sure",
        }
    }
}

/// What stands in the way when an answer is a warning.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Blocker {
    // Negotiable:
    Compensation,
    StartDate,
    RoleScope,
    RemoteWork,
    RelocationSupport,
    // Fundamental:
    Values,
    WayOfWorking,
    LongTermDirection,
    /// Family, visa or health: a compromise the person is not ready to make.
    PersonalCompromise,
}

impl Blocker {
    pub const ALL: [Blocker; 9] = [
        Blocker::Compensation,
        Blocker::StartDate,
        Blocker::RoleScope,
        Blocker::RemoteWork,
        Blocker::RelocationSupport,
        Blocker::Values,
        Blocker::WayOfWorking,
        Blocker::LongTermDirection,
        Blocker::PersonalCompromise,
    ];

    /// Whether negotiating could remove it.
    #[must_use]
    pub fn is_negotiable(self) -> bool {
        matches!(
            self,
            Blocker::Compensation
                | Blocker::StartDate
                | Blocker::RoleScope
                | Blocker::RemoteWork
                | Blocker::RelocationSupport
        )
    }

    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Blocker::Compensation => "blocker-compensation",
            Blocker::StartDate => "blocker-start-date",
            Blocker::RoleScope => "blocker-role-scope",
            Blocker::RemoteWork => "blocker-remote-work",
            Blocker::RelocationSupport => "blocker-relocation-support",
            Blocker::Values => "blocker-values",
            Blocker::WayOfWorking => "blocker-way-of-working",
            Blocker::LongTermDirection => "blocker-long-term-direction",
            Blocker::PersonalCompromise => "blocker-personal-compromise",
        }
    }
}

/// How much a question matters, 1 (little) to 5 (very much).
pub const WEIGHTS: std::ops::RangeInclusive<u8> = 1..=5;
/// The weight of every question while weights are off.
pub const DEFAULT_WEIGHT: u8 = 3;
/// A question of this weight or less does not decide the verdict.
pub const MINOR_WEIGHT: u8 = 1;

fn default_weight() -> u8 {
    DEFAULT_WEIGHT
}

/// How files of schema 1 and 2 judged a blocker: only whether it could be negotiated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LegacyBlockerKind {
    Negotiable,
    Fundamental,
}

impl ChecklistAnswers {
    /// Map the bare kinds of an old file onto named blockers (see
    /// [`Question::blocker_of_kind`]); a named blocker already there wins.
    pub fn migrate_legacy_kinds(&mut self) {
        for question in Question::ALL {
            let entry = &mut self.entries[question.index()];
            if let Some(kind) = entry.legacy_kind.take()
                && entry.blocker.is_none()
            {
                entry.blocker = question.blocker_of_kind(kind);
            }
        }
    }
}

/// The user's answer to one question, what stands in the way if it is a warning, how
/// much it matters, and a note.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Entry {
    pub answer: Answer,
    /// `None` uses [`Question::default_blocker`].
    pub blocker: Option<Blocker>,
    /// Only read from files of schema 1 and 2, which judged a blocker by its kind
    /// alone; the store maps it onto `blocker` ([`Question::blocker_of_kind`]) and it is
    /// never written.
    #[serde(rename = "blocker_kind", skip_serializing)]
    pub legacy_kind: Option<LegacyBlockerKind>,
    #[serde(default = "default_weight")]
    pub weight: u8,
    pub note: String,
}

impl Default for Entry {
    fn default() -> Self {
        Self {
            answer: Answer::Unanswered,
            blocker: None,
            legacy_kind: None,
            weight: DEFAULT_WEIGHT,
            note: String::new(),
        }
    }
}

/// Which way the user is leaning, whatever the checklist says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Inclination {
    #[default]
    Open,
    Accept,
    Decline,
}

impl Inclination {
    pub const ALL: [Inclination; 3] =
        [Inclination::Open, Inclination::Accept, Inclination::Decline];

    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Inclination::Open => "inclination-open",
            Inclination::Accept => "inclination-accept",
            Inclination::Decline => "inclination-decline",
        }
    }
}

/// How a negotiation ended, as the user records it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Negotiation {
    /// They met the request.
    Met,
    /// They met part of it.
    Partly,
    /// They could not meet it.
    Failed,
}

impl Negotiation {
    pub const ALL: [Negotiation; 3] = [Negotiation::Met, Negotiation::Partly, Negotiation::Failed];

    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Negotiation::Met => "negotiation-met",
            Negotiation::Partly => "negotiation-partly",
            Negotiation::Failed => "negotiation-failed",
        }
    }
}

/// The final check before sending (docs/product.md §1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PreSendItem {
    TalkedToAdvisor,
    ChannelChosen,
    DraftedOnFramework,
    Proofread,
    SentInTime,
    RecordsArchived,
}

impl PreSendItem {
    pub const ALL: [PreSendItem; 6] = [
        PreSendItem::TalkedToAdvisor,
        PreSendItem::ChannelChosen,
        PreSendItem::DraftedOnFramework,
        PreSendItem::Proofread,
        PreSendItem::SentInTime,
        PreSendItem::RecordsArchived,
    ];

    #[must_use]
    pub fn index(self) -> usize {
        self as usize
    }

    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            PreSendItem::TalkedToAdvisor => "presend-advisor",
            PreSendItem::ChannelChosen => "presend-channel",
            PreSendItem::DraftedOnFramework => "presend-framework",
            PreSendItem::Proofread => "presend-proofread",
            PreSendItem::SentInTime => "presend-in-time",
            PreSendItem::RecordsArchived => "presend-archived",
        }
    }
}

/// The pre-send items the app can see done by itself: the channel is chosen, and the
/// letter was reviewed against the framework with nothing left to fix. The others
/// (talked it over, proofread, in time, archived) only the user knows.
#[must_use]
pub fn pre_send_seen(channel_chosen: bool, letter_ready: bool) -> [bool; 6] {
    let mut seen = [false; 6];
    seen[PreSendItem::ChannelChosen.index()] = channel_chosen;
    seen[PreSendItem::DraftedOnFramework.index()] = letter_ready;
    seen
}

/// The checklist of one opportunity.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ChecklistAnswers {
    pub entries: [Entry; 5],
    /// Whether the per-question weights count.
    pub use_weights: bool,
    pub inclination: Inclination,
    /// The user is still interviewing elsewhere.
    pub still_interviewing: bool,
    /// Done items of the pre-send check, by [`PreSendItem::index`].
    pub pre_send: [bool; 6],
    /// How the negotiation ended; `None` while there is no answer (or none was held).
    pub negotiation: Option<Negotiation>,
}

impl ChecklistAnswers {
    /// New pay is on the table (an improved offer after a decline): the pay question is
    /// asked again, and a negotiation's outcome no longer speaks for the new terms.
    pub fn reopen_pay(&mut self) {
        self.set_answer(Question::PayAfterCosts, Answer::Unanswered);
        self.negotiation = None;
    }

    #[must_use]
    pub fn answer(&self, question: Question) -> Answer {
        self.entries[question.index()].answer
    }

    pub fn set_answer(&mut self, question: Question, answer: Answer) {
        self.entries[question.index()].answer = answer;
    }

    #[must_use]
    pub fn blocker(&self, question: Question) -> Blocker {
        self.entries[question.index()]
            .blocker
            .unwrap_or_else(|| question.default_blocker())
    }

    /// The weight that counts: the user's while weights are on, else the default.
    #[must_use]
    pub fn weight(&self, question: Question) -> u8 {
        if self.use_weights {
            self.entries[question.index()]
                .weight
                .clamp(*WEIGHTS.start(), *WEIGHTS.end())
        } else {
            DEFAULT_WEIGHT
        }
    }

    /// How many pre-send items are done: ticked by the user, or `seen` done by the app
    /// ([`pre_send_seen`]).
    #[must_use]
    pub fn pre_send_done(&self, seen: [bool; 6]) -> usize {
        self.pre_send
            .iter()
            .zip(seen)
            .filter(|(ticked, seen)| **ticked || *seen)
            .count()
    }

    /// Build answers from a list, for tests and fixtures.
    #[must_use]
    pub fn from_answers(answers: [Answer; 5]) -> Self {
        let mut out = Self::default();
        for (entry, answer) in out.entries.iter_mut().zip(answers) {
            entry.answer = answer;
        }
        out
    }
}

mod verdict;
pub use verdict::{Assessment, Change, Reason, Verdict, accepting_too_soon, assess, what_flips};
