//! Letter templates: which scenarios exist, which fields fill them, and which
//! placeholders are still unfilled in a draft.
//!
//! The template texts themselves live in `locales/<lang>/letters.ftl` as Fluent messages
//! (`letter-<scenario>-subject`, `letter-<scenario>-body`); this module only names them.

use serde::{Deserialize, Serialize};

use super::Formality;
use super::review::Element;

/// A situation a letter (or a call script) is written for: the
/// scenarios of docs/product.md §6.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Scenario {
    /// After an interview: not the right fit, withdraw the candidacy.
    #[default]
    WithdrawAfterInterview,
    /// After an interview: a short phone or video call script.
    InterviewCallScript,
    /// After an offer: another offer was accepted.
    AcceptedOtherOffer,
    /// After an offer: the role is not the right fit (values, way of working, direction,
    /// or a personal reason that involves no move).
    NotRightFitAfterOffer,
    /// After a negotiation the employer could not meet: declining the final offer.
    AfterNegotiation,
    /// After an offer: relocating is not feasible for the family.
    RelocationNotFeasible,
    /// After an offer: the visa or sponsorship made it unworkable (the email that follows
    /// the call).
    VisaUnworkable,
    /// Staying with the current employer after a counteroffer.
    Counteroffer,
    /// After many rounds: the call script (the recap is [`Scenario::CallRecap`]).
    ManyRoundsCallScript,
    /// The short email that confirms what was said in a call.
    CallRecap,
    /// During an active relocation: open about commitments already made.
    ActiveRelocation,
    /// Acknowledge and name the date of the real answer.
    AskForTime,
    /// Explore flexibility without committing, instead of declining.
    NegotiateInstead,
    /// A short note to stay connected (e.g. on a professional network).
    StayConnected,
    /// Repair a decline that went awkwardly.
    Repair,
    /// Reopen a role declined earlier, when circumstances changed.
    Reopen,
    // Answers to the employer's reply after a decline (see `followup::ReplyKind`).
    /// They improved the offer; the decision stands.
    ImprovedOfferHold,
    /// They improved the offer and it changes the picture: reconsider, and name the date
    /// of the real answer.
    ImprovedOfferReopen,
    /// They asked "what would it take?": nothing in the offer would change the decision.
    WhatWouldItTake,
    /// They asked for a call after an email decline: yes, and the decision stands.
    CallAfterDecline,
    /// They asked to keep the CV on file for future roles: consent.
    KeepCvOnFile,
    /// They sent a feedback or exit questionnaire: say when it will be answered.
    ExitQuestionnaire,
    /// A late "are you sure?": confirm the decision kindly.
    AreYouSure,
}

/// The length limit of a professional-network invitation note, in characters.
pub const NETWORK_NOTE_MAX_CHARS: usize = 300;

impl Scenario {
    pub const ALL: [Scenario; 23] = [
        Scenario::WithdrawAfterInterview,
        Scenario::InterviewCallScript,
        Scenario::AcceptedOtherOffer,
        Scenario::NotRightFitAfterOffer,
        Scenario::AfterNegotiation,
        Scenario::RelocationNotFeasible,
        Scenario::VisaUnworkable,
        Scenario::Counteroffer,
        Scenario::ManyRoundsCallScript,
        Scenario::CallRecap,
        Scenario::ActiveRelocation,
        Scenario::AskForTime,
        Scenario::NegotiateInstead,
        Scenario::StayConnected,
        Scenario::Repair,
        Scenario::Reopen,
        Scenario::ImprovedOfferHold,
        Scenario::ImprovedOfferReopen,
        Scenario::WhatWouldItTake,
        Scenario::CallAfterDecline,
        Scenario::KeepCvOnFile,
        Scenario::ExitQuestionnaire,
        Scenario::AreYouSure,
    ];

    /// The letter names a date the user promises something by (`$date`): the answer of
    /// the ask-for-time letter and of a reconsidered improved offer, the questionnaire.
    #[must_use]
    pub fn promises_a_date(self) -> bool {
        matches!(
            self,
            Scenario::AskForTime | Scenario::ImprovedOfferReopen | Scenario::ExitQuestionnaire
        )
    }

    /// A script to say in a call, not an email: it has no subject line.
    #[must_use]
    pub fn is_call_script(self) -> bool {
        matches!(
            self,
            Scenario::InterviewCallScript | Scenario::ManyRoundsCallScript
        )
    }

    /// Whether the message has a subject line: not a call script, and not the note for a
    /// professional-network invitation (such invitations have none).
    #[must_use]
    pub fn has_subject(self) -> bool {
        !self.is_call_script() && self != Scenario::StayConnected
    }

    /// The most characters the message may have, where its medium sets one: a
    /// connection invitation takes [`NETWORK_NOTE_MAX_CHARS`].
    #[must_use]
    pub fn max_chars(self) -> Option<usize> {
        (self == Scenario::StayConnected).then_some(NETWORK_NOTE_MAX_CHARS)
    }

    /// The framework elements this kind of message must contain. A decline has them
    /// all but the optional reason and next steps; the other messages have their own.
    #[must_use]
    pub fn required_elements(self) -> &'static [Element] {
        use Element::{Acknowledge, ClearDecision, Gratitude, NextSteps, SignOff, StayInTouch};
        match self {
            Scenario::InterviewCallScript | Scenario::ManyRoundsCallScript => {
                &[Acknowledge, ClearDecision, Gratitude, StayInTouch]
            }
            Scenario::AskForTime
            | Scenario::NegotiateInstead
            | Scenario::Reopen
            | Scenario::ImprovedOfferReopen
            | Scenario::ExitQuestionnaire => &[Acknowledge, Gratitude, NextSteps, SignOff],
            Scenario::StayConnected => &[Gratitude, StayInTouch, SignOff],
            Scenario::Repair | Scenario::KeepCvOnFile => {
                &[Acknowledge, Gratitude, StayInTouch, SignOff]
            }
            Scenario::CallAfterDecline => {
                &[Acknowledge, ClearDecision, Gratitude, NextSteps, SignOff]
            }
            _ => &[Acknowledge, ClearDecision, Gratitude, StayInTouch, SignOff],
        }
    }

    /// Fluent id stem: `letter-<stem>-subject`, `letter-<stem>-body`, `scenario-<stem>`.
    #[must_use]
    pub fn stem(self) -> &'static str {
        match self {
            Scenario::WithdrawAfterInterview => "withdraw-after-interview",
            Scenario::AcceptedOtherOffer => "accepted-other-offer",
            Scenario::NotRightFitAfterOffer => "not-right-fit-after-offer",
            Scenario::AfterNegotiation => "after-negotiation",
            Scenario::InterviewCallScript => "interview-call-script",
            Scenario::RelocationNotFeasible => "relocation-not-feasible",
            Scenario::VisaUnworkable => "visa-unworkable",
            Scenario::Counteroffer => "counteroffer",
            Scenario::ManyRoundsCallScript => "many-rounds-call-script",
            Scenario::ActiveRelocation => "active-relocation",
            Scenario::NegotiateInstead => "negotiate-instead",
            Scenario::AskForTime => "ask-for-time",
            Scenario::CallRecap => "call-recap",
            Scenario::StayConnected => "stay-connected",
            Scenario::Repair => "repair",
            Scenario::Reopen => "reopen",
            Scenario::ImprovedOfferHold => "improved-offer-hold",
            Scenario::ImprovedOfferReopen => "improved-offer-reopen",
            Scenario::WhatWouldItTake => "what-would-it-take",
            Scenario::CallAfterDecline => "call-after-decline",
            Scenario::KeepCvOnFile => "keep-cv-on-file",
            Scenario::ExitQuestionnaire => "exit-questionnaire",
            Scenario::AreYouSure => "are-you-sure",
        }
    }

    #[must_use]
    pub fn name_id(self) -> String {
        format!("scenario-{}", self.stem())
    }

    #[must_use]
    pub fn subject_id(self) -> String {
        format!("letter-{}-subject", self.stem())
    }

    #[must_use]
    pub fn body_id(self) -> String {
        format!("letter-{}-body", self.stem())
    }
}

/// A value a template takes from the opportunity or the profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Company,
    Role,
    Contact,
    Sender,
    /// The date the user promises an answer by (the reply deadline).
    Date,
}

impl Field {
    pub const ALL: [Field; 5] = [
        Field::Company,
        Field::Role,
        Field::Contact,
        Field::Sender,
        Field::Date,
    ];

    /// The Fluent variable, e.g. `$company`.
    #[must_use]
    pub fn variable(self) -> &'static str {
        match self {
            Field::Company => "company",
            Field::Role => "role",
            Field::Contact => "contact",
            Field::Sender => "sender",
            Field::Date => "date",
        }
    }

    /// Fluent id of the bracketed marker shown while the field is empty.
    #[must_use]
    pub fn placeholder_id(self) -> &'static str {
        match self {
            Field::Company => "placeholder-company",
            Field::Role => "placeholder-role",
            Field::Contact => "placeholder-contact",
            Field::Sender => "placeholder-sender",
            Field::Date => "placeholder-date",
        }
    }
}

/// The values that fill a template; an empty value leaves its placeholder in the text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct LetterFields {
    pub company: String,
    pub role: String,
    pub contact: String,
    /// How to greet the contact, where the letter language asks for it (see
    /// `Case::contact_address`); empty when not given.
    pub address: String,
    pub sender: String,
    /// The promised answer date, already written out for the letter's language.
    pub date: String,
    /// Closes the letter instead of the bare sender name when not blank.
    pub signature: String,
    pub formality: Formality,
}

impl LetterFields {
    #[must_use]
    pub fn get(&self, field: Field) -> &str {
        match field {
            Field::Company => &self.company,
            Field::Role => &self.role,
            Field::Contact => &self.contact,
            Field::Sender => &self.sender,
            Field::Date => &self.date,
        }
    }

    /// The fields that have no value (after trimming).
    #[must_use]
    pub fn missing(&self) -> Vec<Field> {
        Field::ALL
            .into_iter()
            .filter(|f| self.get(*f).trim().is_empty())
            .collect()
    }
}

/// The letter being written for one opportunity.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    pub scenario: Scenario,
    /// The user picked the scenario themselves: it stays. Otherwise an unedited draft
    /// follows the case (`letter::follow_case`).
    pub scenario_chosen: bool,
    /// Language of the letter (BCP 47); `None` writes in the interface language.
    pub letter_language: Option<String>,
    pub subject: String,
    pub body: String,
    /// One of the user's own templates instead of a built-in scenario.
    pub custom: Option<TemplateId>,
    /// Formality of this letter; `None` uses the profile's.
    pub formality: Option<Formality>,
    /// The date the user chose to promise an answer by (`YYYY-MM-DD`); empty takes the
    /// default of [`crate::domain::letter::promised_date`].
    pub answer_by: String,
    /// The subject and body as last generated from the template. While the draft still
    /// equals them, the user has not edited it, and it follows changes to the header.
    pub generated_subject: String,
    pub generated_body: String,
    /// The person met (of the opportunity's follow-up) a stay-connected note is written
    /// to; `None`: the opportunity's contact.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub addressee: Option<crate::domain::followup::ItemId>,
}

impl Draft {
    /// True when the user has changed the text since it was generated.
    #[must_use]
    pub fn is_edited(&self) -> bool {
        self.subject != self.generated_subject || self.body != self.generated_body
    }

    /// Replace the draft with freshly generated text.
    pub fn set_generated(&mut self, subject: String, body: String) {
        self.subject.clone_from(&subject);
        self.body.clone_from(&body);
        self.generated_subject = subject;
        self.generated_body = body;
    }

    /// The text that leaves the app: subject line, blank line, body; `\n` line endings.
    #[must_use]
    pub fn plain_text(&self) -> String {
        let subject = self.subject.trim();
        let body = normalize_newlines(self.body.trim_end());
        if subject.is_empty() {
            body
        } else {
            format!("{subject}\n\n{body}")
        }
    }
}

/// The identity of one of the user's templates inside the workspace.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct TemplateId(pub u64);

/// A template the user saved: their own, or their version of a built-in.
///
/// Its text names fields in braces — `{company}`, `{role}`, `{contact}`, `{sender}`,
/// `{signature}`, `{date}` — which are filled like the built-in templates' variables.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CustomTemplate {
    pub id: TemplateId,
    pub name: String,
    /// The built-in scenario this replaces in `language`; `None` for the user's own.
    pub base: Option<Scenario>,
    /// The letter language (BCP 47).
    pub language: String,
    pub subject: String,
    pub body: String,
    /// What an own template is reviewed as: the scenario it was made from, or the one
    /// the user picked (`None`: made before Gracious remembered it; reviewed as the
    /// letter's scenario).
    #[serde(default)]
    pub review_as: Option<Scenario>,
}

impl CustomTemplate {
    /// True when this is the user's version of the built-in `scenario` in `language`:
    /// the one predicate for "override", used wherever templates are chosen or listed.
    #[must_use]
    pub fn overrides(&self, scenario: Scenario, language: &str) -> bool {
        self.base == Some(scenario) && self.language == language
    }

    /// True for one of the user's own templates (not their version of a built-in).
    #[must_use]
    pub fn is_own(&self) -> bool {
        self.base.is_none()
    }
}

/// The names a custom template may use in braces.
pub const PLACEHOLDER_NAMES: [&str; 6] =
    ["company", "role", "contact", "sender", "signature", "date"];

/// A piece of a custom template's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    /// `{name}` with a known name.
    Placeholder(&'a str),
}

/// Split a custom template into text and known placeholders. Braces around anything
/// else stay text.
#[must_use]
pub fn parse_placeholders(text: &str) -> Vec<Piece<'_>> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut search = 0;
    while let Some(open) = text[search..].find('{').map(|i| i + search) {
        let Some(close) = text[open + 1..].find('}').map(|i| i + open + 1) else {
            break;
        };
        let name = &text[open + 1..close];
        if PLACEHOLDER_NAMES.contains(&name) {
            if open > start {
                pieces.push(Piece::Text(&text[start..open]));
            }
            pieces.push(Piece::Placeholder(name));
            start = close + 1;
            search = start;
        } else {
            search = open + 1;
        }
    }
    if start < text.len() {
        pieces.push(Piece::Text(&text[start..]));
    }
    pieces
}

/// Fill a custom template: each known placeholder gets `value(name)`.
#[must_use]
pub fn render_custom(text: &str, value: impl Fn(&str) -> String) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    for piece in parse_placeholders(text) {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Placeholder(name) => out.push_str(&value(name)),
        }
    }
    out
}

/// Shortest value that is turned back into a placeholder: a name of one or two
/// characters ("Jo", "AB") is too likely to be part of another word.
pub const TEMPLATIZE_MIN_CHARS: usize = 3;

/// Turn a filled-in draft back into a template: every occurrence of a field's value
/// becomes its placeholder, longest values first. Values shorter than
/// [`TEMPLATIZE_MIN_CHARS`] are left alone, and a value is replaced only where it stands
/// as a word of its own: "Jo" never turns "Job offer" into "{contact}b offer", nor
/// "Acme" "Acmeon". Scripts written without spaces (Chinese, Japanese; Korean particles
/// joined to a name) have no such boundary, so there a neighbouring character of those
/// scripts counts as one.
#[must_use]
pub fn templatize(text: &str, values: &[(&str, &str)]) -> String {
    let mut pairs: Vec<(&str, &str)> = values
        .iter()
        .map(|(name, value)| (*name, value.trim()))
        .filter(|(_, value)| value.chars().count() >= TEMPLATIZE_MIN_CHARS)
        .collect();
    pairs.sort_by_key(|(_, value)| std::cmp::Reverse(value.len()));
    let mut out = text.to_owned();
    for (name, value) in pairs {
        out = replace_words(&out, value, &format!("{{{name}}}"));
    }
    out
}

/// A character that continues a word in a script written with spaces between words.
fn joins_word(c: char) -> bool {
    c.is_alphanumeric() && !is_unspaced_script(c)
}

/// Han, kana and Hangul: scripts where a name is not set off by spaces.
fn is_unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}' | '\u{3040}'..='\u{30FF}' | '\u{3130}'..='\u{318F}'
        | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}'
        | '\u{F900}'..='\u{FAFF}' | '\u{FF66}'..='\u{FF9F}')
}

/// Replace `value` by `with` wherever it stands as a word of its own in `text`.
fn replace_words(text: &str, value: &str, with: &str) -> String {
    let (Some(first), Some(last)) = (value.chars().next(), value.chars().last()) else {
        return text.to_owned();
    };
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(value) {
        let before = rest[..at].chars().last().or_else(|| out.chars().last());
        let after = rest[at + value.len()..].chars().next();
        let starts_word = !(joins_word(first) && before.is_some_and(joins_word));
        let ends_word = !(joins_word(last) && after.is_some_and(joins_word));
        out.push_str(&rest[..at]);
        if starts_word && ends_word {
            out.push_str(with);
        } else {
            out.push_str(value);
        }
        rest = &rest[at + value.len()..];
    }
    out.push_str(rest);
    out
}

/// `\r\n` and lone `\r` become `\n`.
#[must_use]
pub fn normalize_newlines(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// The `[…]` segments of a text (brackets included): the hints a template leaves for
/// the user to replace, and the `【…】` and `［…］` that Japanese and Chinese writers
/// use for them. Unclosed brackets and empty ones do not count.
#[must_use]
pub fn bracket_segments(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (start, end) in bracket_ranges(text) {
        let segment = &text[start..end];
        if !out.iter().any(|s| s == segment) {
            out.push(segment.to_owned());
        }
    }
    out
}

/// In a subject, a segment in `【…】` or `［…］` is a label ("【ご報告】内定辞退のご連絡"),
/// as Japanese and Chinese subjects write them, not a hint to replace.
#[must_use]
pub fn is_subject_label(segment: &str) -> bool {
    !segment.starts_with('[')
}

/// The brackets of [`bracket_segments`]: opening, closing.
const BRACKETS: [(char, char); 3] = [('[', ']'), ('【', '】'), ('［', '］')];

/// The byte ranges of the bracketed segments of a text (brackets included), in order,
/// as [`bracket_segments`] finds them.
#[must_use]
pub fn bracket_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some((found, open)) = text[at..]
        .char_indices()
        .find(|(_, c)| BRACKETS.iter().any(|(o, _)| o == c))
    {
        let close = BRACKETS
            .iter()
            .find(|(o, _)| *o == open)
            .map_or(']', |(_, c)| *c);
        let start = at + found;
        let after = start + open.len_utf8();
        let Some(len) = text[after..].find([close, open, '\n']) else {
            break;
        };
        if text[after + len..].starts_with(close) && len > 0 {
            out.push((start, after + len + close.len_utf8()));
            at = after + len + close.len_utf8();
        } else {
            at = after + len;
        }
    }
    out
}

/// Which of the given placeholder markers still stand in the text.
#[must_use]
pub fn unfilled<'a>(text: &str, markers: &'a [String]) -> Vec<&'a str> {
    markers
        .iter()
        .filter(|m| !m.is_empty() && text.contains(m.as_str()))
        .map(String::as_str)
        .collect()
}

#[cfg(test)]
mod tests;
