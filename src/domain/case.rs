//! One opportunity (company, role, contact, stage, dates) and the user's profile.

use serde::{Deserialize, Serialize};

use super::channel::ChannelFacts;
use super::checklist::ChecklistAnswers;
use super::compensation::Package;
use super::followup::FollowUp;
use super::mobility::MobilitySheet;
use super::template::Draft;
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

/// The identity of an opportunity inside the workspace (stable across saves).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct CaseId(pub u64);

/// One opportunity the user is deciding about.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Case {
    /// Stable identity inside the workspace.
    pub id: CaseId,
    /// The example offered on the first start (marked as such wherever it is shown).
    pub example: bool,
    pub company: String,
    pub role: String,
    /// The person the user dealt with (recruiter or hiring manager).
    pub contact: String,
    /// How the letters greet them, where the letter language needs a form of its own
    /// (the Ukrainian or Polish vocative, "pani Anno", "пане Андрію"); empty: the
    /// language's greeting without a name, or the contact's name where no form is needed.
    pub contact_address: String,
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
    /// The pay package on offer, for the comparison of offers (not written while
    /// empty, so that opportunities never compared add nothing to the file).
    #[serde(skip_serializing_if = "Package::is_empty")]
    pub package: Package,
    /// After the answer: their replies, the user's promises, the people met, the booked
    /// call (not written while empty).
    #[serde(skip_serializing_if = "FollowUp::is_empty")]
    pub followup: FollowUp,
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
    /// The user's citizenships (ISO 3166 alpha-2), several allowed: whether a move needs
    /// a visa depends on them, not on the country the user lives in.
    pub citizenships: Vec<String>,
    /// Words the user added to the spelling dictionary ("Add to dictionary"), in every
    /// letter language.
    pub dictionary: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

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
}
