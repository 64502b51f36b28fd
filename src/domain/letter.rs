//! The letter of one opportunity: which language it is written in, which template it
//! starts from, what fills the template's fields, and how a finished letter becomes a
//! template of the user's own.
//!
//! Words used here (see ARCHITECTURE.md): a *template* is the text a letter starts
//! from (a built-in scenario, the user's version of one, or one of their own); the
//! *letter* is the text being written for one opportunity (its [`Draft`]); the *editor*
//! is the panel where the letter is written.
//!
//! Rules:
//! - **Language**: the opportunity's own choice, else the profile's default, else the
//!   interface language (which the caller knows; this module returns `None` for it).
//! - **Template**: an own template chosen for this letter wins; else the user's version
//!   of the scenario in the letter language; else the built-in scenario.
//! - **Promised date** (the "I will answer by …" of the ask-for-time letter): the
//!   employer's reply-by date when the user gave one, because that is the date the
//!   employer holds them to; else the end of the 72-hour window after deciding.
//! - **Formality**: the letter's own choice, else the profile's.
//! - **Saving as a template**: the values of the fields turn back into placeholders,
//!   so the template fits the next opportunity; the signature falls back to the
//!   sender's name exactly as in rendering.

use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::case::{Case, Profile, Stage};
use super::checklist::{Assessment, Verdict};
use super::template::{
    CustomTemplate, Draft, Field, LetterFields, Scenario, suggested_scenario, templatize,
};
use super::timeline;

/// Where a letter's text comes from.
#[derive(Clone, Copy, Debug)]
pub enum Source<'a> {
    Builtin(Scenario),
    Custom(&'a CustomTemplate),
}

/// The letter language the user asked for (a BCP 47 tag), if any: the opportunity's
/// own choice, else the profile's default. `None` writes in the interface language.
#[must_use]
pub fn requested_language<'a>(case: &'a Case, profile: &'a Profile) -> Option<&'a str> {
    case.draft
        .letter_language
        .as_deref()
        .or(profile.letter_language.as_deref())
}

/// The template a letter is generated from, for the letter language `tag`.
#[must_use]
pub fn source<'a>(draft: &Draft, templates: &'a [CustomTemplate], tag: &str) -> Source<'a> {
    if let Some(own) = draft
        .custom
        .and_then(|id| templates.iter().find(|t| t.id == id))
    {
        return Source::Custom(own);
    }
    templates
        .iter()
        .find(|t| t.overrides(draft.scenario, tag))
        .map_or(Source::Builtin(draft.scenario), Source::Custom)
}

/// The date the user promises an answer by: the reply deadline they set, else the end
/// of the 72-hour window after deciding.
#[must_use]
pub fn promised_date(case: &Case, zone: &TimeZone) -> Option<Date> {
    case.reply_by_date().or_else(|| {
        timeline::decision_moment(case, zone)
            .and_then(|d| timeline::reply_window(&d))
            .map(|w| w.due.date())
    })
}

/// The values that fill the templates; `format_date` writes the promised date in the
/// letter language.
#[must_use]
pub fn fields(
    case: &Case,
    profile: &Profile,
    zone: &TimeZone,
    format_date: impl Fn(Date) -> String,
) -> LetterFields {
    LetterFields {
        date: promised_date(case, zone)
            .map(format_date)
            .unwrap_or_default(),
        company: case.company.clone(),
        role: case.role.clone(),
        contact: case.contact.clone(),
        sender: profile.name.clone(),
        signature: profile.signature.clone(),
        formality: case.draft.formality.unwrap_or(profile.formality),
    }
}

/// The letter as a template: every field value in subject and body becomes its
/// placeholder. `base` makes it the user's version of that built-in scenario.
#[must_use]
pub fn to_template(
    draft: &Draft,
    fields: &LetterFields,
    name: String,
    base: Option<Scenario>,
    language: String,
) -> CustomTemplate {
    let signature = if fields.signature.trim().is_empty() {
        fields.sender.as_str()
    } else {
        fields.signature.as_str()
    };
    let values = [
        ("company", fields.company.as_str()),
        ("role", fields.role.as_str()),
        ("contact", fields.contact.as_str()),
        ("signature", signature),
        ("sender", fields.sender.as_str()),
        ("date", fields.date.as_str()),
    ];
    CustomTemplate {
        id: super::template::TemplateId::default(),
        name,
        base,
        language,
        subject: templatize(&draft.subject, &values),
        body: templatize(&draft.body, &values),
    }
}

/// The letter the checklist offers for its verdict: a decline fitting the stage and
/// reasons (else the scenario already chosen), a negotiation, or asking for time while
/// undecided; nothing while the user leans toward accepting.
#[must_use]
pub fn offered_for(assessment: &Assessment, stage: Stage, current: Scenario) -> Option<Scenario> {
    match assessment.verdict {
        Verdict::Decline => Some(suggested_scenario(stage, &assessment.reasons).unwrap_or(current)),
        Verdict::NegotiateFirst => Some(Scenario::NegotiateInstead),
        Verdict::Undecided => Some(Scenario::AskForTime),
        Verdict::LeanAccept => None,
    }
}

/// Fill a placeholder in place: `value` replaces `marker` in subject and body. When the
/// marker stands for a field that is still empty (company, role, contact, the sender's
/// name), the field takes the value too, so the header and the next letters have it.
/// A field the user already filled is never overwritten; the date is derived, not kept.
pub fn fill_placeholder(
    case: &mut Case,
    profile: &mut Profile,
    field: Option<Field>,
    marker: &str,
    value: &str,
) {
    let target = match field {
        Some(Field::Company) => Some(&mut case.company),
        Some(Field::Role) => Some(&mut case.role),
        Some(Field::Contact) => Some(&mut case.contact),
        Some(Field::Sender) => Some(&mut profile.name),
        Some(Field::Date) | None => None,
    };
    if let Some(target) = target
        && target.trim().is_empty()
    {
        value.clone_into(target);
    }
    case.draft.subject = case.draft.subject.replace(marker, value);
    case.draft.body = case.draft.body.replace(marker, value);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Formality;
    use crate::domain::template::TemplateId;

    fn utc() -> TimeZone {
        TimeZone::UTC
    }

    #[test]
    fn the_letter_language_is_the_letters_then_the_profiles() {
        let mut case = Case::default();
        let mut profile = Profile::default();
        assert_eq!(requested_language(&case, &profile), None);
        profile.letter_language = Some("de-DE".into());
        assert_eq!(requested_language(&case, &profile), Some("de-DE"));
        case.draft.letter_language = Some("ja-JP".into());
        assert_eq!(requested_language(&case, &profile), Some("ja-JP"));
    }

    #[test]
    fn an_own_template_wins_over_an_override_which_wins_over_the_builtin() {
        let scenario = Scenario::AcceptedOtherOffer;
        let templates = vec![
            CustomTemplate {
                id: TemplateId(1),
                base: Some(scenario),
                language: "de-DE".into(),
                ..CustomTemplate::default()
            },
            CustomTemplate {
                id: TemplateId(2),
                ..CustomTemplate::default()
            },
        ];
        let mut draft = Draft {
            scenario,
            ..Draft::default()
        };
        assert!(matches!(source(&draft, &templates, "en-US"), Source::Builtin(s) if s == scenario));
        assert!(
            matches!(source(&draft, &templates, "de-DE"), Source::Custom(t) if t.id == TemplateId(1))
        );
        draft.custom = Some(TemplateId(2));
        assert!(
            matches!(source(&draft, &templates, "de-DE"), Source::Custom(t) if t.id == TemplateId(2))
        );
        // A template that no longer exists falls back to the scenario.
        draft.custom = Some(TemplateId(9));
        assert!(matches!(
            source(&draft, &templates, "en-US"),
            Source::Builtin(_)
        ));
    }

    #[test]
    fn the_promised_date_is_the_reply_by_date_else_the_end_of_the_window() {
        let mut case = Case::default();
        assert_eq!(promised_date(&case, &utc()), None);
        case.date = "2026-11-20".into();
        // Decided on the interview day at 09:00: 72 hours later is 23 November.
        assert_eq!(
            promised_date(&case, &utc()),
            Some(jiff::civil::date(2026, 11, 23))
        );
        case.timeline.decided.date = "2026-11-24".into();
        assert_eq!(
            promised_date(&case, &utc()),
            Some(jiff::civil::date(2026, 11, 27))
        );
        case.reply_by = "2026-12-01".into();
        assert_eq!(
            promised_date(&case, &utc()),
            Some(jiff::civil::date(2026, 12, 1))
        );
    }

    #[test]
    fn fields_take_the_letters_formality_and_format_the_date() {
        let mut case = Case {
            company: "Nordlicht GmbH".into(),
            reply_by: "2026-12-01".into(),
            ..Case::default()
        };
        let profile = Profile {
            name: "Ana".into(),
            formality: Formality::Informal,
            ..Profile::default()
        };
        let f = fields(&case, &profile, &utc(), |d| format!("<{d}>"));
        assert_eq!(f.date, "<2026-12-01>");
        assert_eq!(f.formality, Formality::Informal);
        case.draft.formality = Some(Formality::Formal);
        let f = fields(&case, &profile, &utc(), |d| d.to_string());
        assert_eq!(f.formality, Formality::Formal);
        assert_eq!(f.company, "Nordlicht GmbH");
    }

    #[test]
    fn a_letter_becomes_a_template_with_its_values_as_placeholders() {
        let draft = Draft {
            subject: "Offer from Nordlicht".into(),
            body: "Dear Ms Weber,\nthank you, Nordlicht.\nAna Silva".into(),
            ..Draft::default()
        };
        let fields = LetterFields {
            company: "Nordlicht".into(),
            contact: "Ms Weber".into(),
            sender: "Ana Silva".into(),
            ..LetterFields::default()
        };
        let t = to_template(&draft, &fields, "Mine".into(), None, "en-US".into());
        assert_eq!(t.subject, "Offer from {company}");
        // With no signature, the sender's name is the signature (longest values first).
        assert_eq!(
            t.body,
            "Dear {contact},\nthank you, {company}.\n{signature}"
        );
        assert_eq!(t.language, "en-US");
    }

    #[test]
    fn filling_a_placeholder_fills_an_empty_field_but_never_overwrites_one() {
        let mut case = Case {
            role: "Data Engineer".into(),
            ..Case::default()
        };
        case.draft.body = "Dear [contact], the [role] role at [company].".into();
        let mut profile = Profile::default();
        fill_placeholder(
            &mut case,
            &mut profile,
            Some(Field::Contact),
            "[contact]",
            "Ms Weber",
        );
        fill_placeholder(
            &mut case,
            &mut profile,
            Some(Field::Role),
            "[role]",
            "Analyst",
        );
        fill_placeholder(&mut case, &mut profile, None, "[company]", "Nordlicht");
        assert_eq!(case.contact, "Ms Weber");
        assert_eq!(case.role, "Data Engineer", "a filled field is kept");
        assert_eq!(
            case.company, "",
            "a hint without a field fills only the text"
        );
        assert_eq!(
            case.draft.body,
            "Dear Ms Weber, the Analyst role at Nordlicht."
        );
    }
}
