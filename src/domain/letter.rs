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
//! - **Promised date** (the "I will answer by …" of the ask-for-time letter): the date
//!   the user chose, if it is after today; else the employer's reply-by date, because
//!   that is the date the employer holds them to; else the end of the 72-hour window
//!   after deciding (or after today, not decided yet). Never today or earlier: a letter
//!   never promises an answer by a date that has passed; a chosen date in the past is
//!   refused ([`answer_date_refused`]).
//! - **The letter offered** for the checklist's verdict ([`offered_for`]): see there.
//! - **Why**: the one-sentence answer to "why?" names what stands in the way in the
//!   checklist's first reason, else says nothing more specific ([`why_id`]).
//! - **Formality**: the letter's own choice, else the profile's.
//! - **Addressee**: the opportunity's contact; a stay-connected note written to one of
//!   the people met greets them instead (by name: the contact's form of address is
//!   theirs alone).
//! - **Saving as a template**: the values of the fields turn back into placeholders,
//!   so the template fits the next opportunity; the signature falls back to the
//!   sender's name exactly as in rendering.

use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::case::{Case, Profile, Stage};
use super::channel;
use super::checklist::{Assessment, Blocker, Reason, Verdict};
use super::template::{CustomTemplate, Draft, Field, LetterFields, Scenario, templatize};
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

/// The scenario a draft is reviewed as: its own scenario; for a version of a built-in,
/// the built-in; for an own template, what it was made from or the user picked.
#[must_use]
pub fn review_scenario(draft: &Draft, templates: &[CustomTemplate]) -> Scenario {
    draft
        .custom
        .and_then(|id| templates.iter().find(|t| t.id == id))
        .and_then(|t| t.base.or(t.review_as))
        .unwrap_or(draft.scenario)
}

/// The date the user promises an answer by (see the rules above), seen on `today`.
#[must_use]
pub fn promised_date(case: &Case, zone: &TimeZone, today: Date) -> Date {
    let tomorrow = today.tomorrow().unwrap_or(today);
    let after_today = |d: &Date| *d > today;
    let chosen = case.draft.answer_by.trim().parse::<Date>().ok();
    chosen
        .filter(after_today)
        .or_else(|| case.reply_by_date().filter(after_today))
        .or_else(|| {
            timeline::decision_moment(case, zone)
                .and_then(|d| timeline::reply_window(&d))
                .map(|w| w.due.date())
                .filter(after_today)
        })
        .unwrap_or_else(|| {
            // Not decided yet (or the window is over): three days from today.
            today
                .checked_add(jiff::Span::new().days(timeline::LATEST_HOURS / 24))
                .unwrap_or(tomorrow)
        })
}

/// The user's chosen answer date is refused: it is a date, and not after `today`.
#[must_use]
pub fn answer_date_refused(draft: &Draft, today: Date) -> bool {
    draft
        .answer_by
        .trim()
        .parse::<Date>()
        .is_ok_and(|d| d <= today)
}

/// The values that fill the templates; `format_date` writes the promised date in the
/// letter language.
#[must_use]
pub fn fields(
    case: &Case,
    profile: &Profile,
    zone: &TimeZone,
    today: Date,
    format_date: impl Fn(Date) -> String,
) -> LetterFields {
    let person = case
        .draft
        .addressee
        .filter(|_| case.draft.scenario == Scenario::StayConnected)
        .and_then(|id| case.followup.people.iter().find(|p| p.id == id))
        .filter(|p| !p.name.trim().is_empty() && p.name.trim() != case.contact.trim());
    let (contact, address) = match person {
        Some(p) => (p.name.trim().to_owned(), String::new()),
        None => (case.contact.clone(), case.contact_address.clone()),
    };
    LetterFields {
        date: format_date(promised_date(case, zone, today)),
        company: case.company.clone(),
        role: case.role.clone(),
        contact,
        address,
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
        review_as: base.is_none().then_some(draft.scenario),
    }
}

/// The letter the checklist offers for its verdict (docs/product.md §4, §6):
/// - leaning towards accepting: none;
/// - undecided: ask for time; negotiate first: the negotiation letter;
/// - decline, when the answer is given in a call: the recap email (the call script is
///   shown first, [`decline_by_call`]);
/// - decline after a negotiation they could not meet: the letter that follows one;
/// - decline after an interview: withdraw the application;
/// - decline after an offer: a decline the user chose themselves for a reason the
///   checklist cannot know (another offer, a counteroffer, the visa, a relocation under
///   way) stays; else a family, visa or health compromise gives the relocation letter
///   only when the opportunity means a move, and everything else the plain decline
///   "not the right fit".
#[must_use]
pub fn offered_for(assessment: &Assessment, case: &Case) -> Option<Scenario> {
    offer(assessment, case, true)
}

/// [`offered_for`], with or without keeping a decline the user chose themselves.
fn offer(assessment: &Assessment, case: &Case, keep_chosen: bool) -> Option<Scenario> {
    match assessment.verdict {
        Verdict::LeanAccept => None,
        Verdict::Undecided => Some(Scenario::AskForTime),
        Verdict::NegotiateFirst => Some(Scenario::NegotiateInstead),
        Verdict::Decline if decline_by_call(case) => Some(Scenario::CallRecap),
        Verdict::Decline => Some(decline_letter(&assessment.reasons, case, keep_chosen)),
    }
}

/// An unedited letter whose scenario the user did not pick follows the case: the
/// scenario becomes the one the checklist offers ([`offered_for`]) for the stage, the
/// verdict's reason and the channel, however the editor was reached; before any
/// checklist answer, the decline that fits the stage. Nothing changes
/// while the user leans towards accepting (nothing is offered), once they picked a
/// scenario or an own template, or once they edited the text. Returns whether it
/// changed.
pub fn follow_case(case: &mut Case) -> bool {
    let Some(scenario) = scenario_to_follow(case) else {
        return false;
    };
    case.draft.scenario = scenario;
    true
}

/// [`follow_case`] would change the letter's scenario now (read-only, so a frame that
/// changes nothing writes nothing).
#[must_use]
pub fn follows_case_now(case: &Case) -> bool {
    scenario_to_follow(case).is_some()
}

/// The scenario the letter should follow to, when it follows the case and differs.
fn scenario_to_follow(case: &Case) -> Option<Scenario> {
    let draft = &case.draft;
    if draft.scenario_chosen || draft.custom.is_some() || draft.is_edited() {
        return None;
    }
    followed(case).filter(|scenario| *scenario != draft.scenario)
}

/// The scenario an unedited letter follows (see [`follow_case`]), whatever scenario the
/// draft has now.
fn followed(case: &Case) -> Option<Scenario> {
    let untouched = case
        .checklist
        .entries
        .iter()
        .all(|e| e.answer == super::checklist::Answer::Unanswered);
    if untouched {
        // No answer yet: the checklist says nothing, so the decline for the stage.
        Some(decline_letter(&[], case, false))
    } else {
        offer(&super::checklist::assess(&case.checklist), case, false)
    }
}

/// The user asked for `scenario` (a button, the editor's list): it stays, unless it is
/// the one the case would offer anyway, which may then go on following the case.
pub fn choose_scenario(case: &mut Case, scenario: Scenario) {
    case.draft.scenario_chosen = followed(case) != Some(scenario);
    case.draft.scenario = scenario;
    case.draft.custom = None;
}

/// The decline is given in a call (then confirmed by email).
#[must_use]
pub fn decline_by_call(case: &Case) -> bool {
    channel::effective(&case.channel).is_call()
}

fn decline_letter(reasons: &[Reason], case: &Case, keep_chosen: bool) -> Scenario {
    if reasons
        .iter()
        .any(|r| matches!(r, Reason::NegotiationFailed(..)))
    {
        return Scenario::AfterNegotiation;
    }
    match case.stage {
        Stage::AfterInterview => Scenario::WithdrawAfterInterview,
        Stage::AfterOffer => {
            let chosen = case.draft.scenario;
            if keep_chosen
                && matches!(
                    chosen,
                    Scenario::AcceptedOtherOffer
                        | Scenario::Counteroffer
                        | Scenario::VisaUnworkable
                        | Scenario::ActiveRelocation
                )
            {
                return chosen;
            }
            let compromise = reasons
                .iter()
                .any(|r| r.blocker() == Some(Blocker::PersonalCompromise));
            if compromise && means_a_move(case) {
                Scenario::RelocationNotFeasible
            } else {
                Scenario::NotRightFitAfterOffer
            }
        }
    }
}

/// The opportunity means moving: the mobility sheet says so, or a relocation or visa
/// was discussed.
#[must_use]
pub fn means_a_move(case: &Case) -> bool {
    case.mobility.moving_abroad || case.channel.relocation_or_visa_discussed
}

/// The Fluent id of the one-sentence answer to "why?" (in letters.ftl): from the first
/// reason that names what stands in the way, else the general one.
#[must_use]
pub fn why_id(assessment: &Assessment) -> &'static str {
    match assessment.reasons.iter().find_map(|r| r.blocker()) {
        Some(Blocker::Compensation) => "why-compensation",
        Some(Blocker::StartDate) => "why-start-date",
        Some(Blocker::RoleScope) => "why-role-scope",
        Some(Blocker::RemoteWork) => "why-remote-work",
        Some(Blocker::RelocationSupport) => "why-relocation-support",
        Some(Blocker::Values) => "why-values",
        Some(Blocker::WayOfWorking) => "why-way-of-working",
        Some(Blocker::LongTermDirection) => "why-long-term-direction",
        Some(Blocker::PersonalCompromise) => "why-personal-compromise",
        None => "why-general",
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
    fn an_own_template_is_reviewed_as_what_it_was_made_from_or_picked() {
        let draft = Draft {
            scenario: Scenario::AskForTime,
            ..Draft::default()
        };
        let own = to_template(
            &draft,
            &LetterFields::default(),
            "Mine".into(),
            None,
            "en-US".into(),
        );
        assert_eq!(own.review_as, Some(Scenario::AskForTime));
        let version = to_template(
            &draft,
            &LetterFields::default(),
            "Version".into(),
            Some(Scenario::AskForTime),
            "en-US".into(),
        );
        assert_eq!(version.review_as, None);
        let mut templates = vec![
            CustomTemplate {
                id: TemplateId(1),
                ..own
            },
            CustomTemplate {
                id: TemplateId(2),
                base: Some(Scenario::Repair),
                ..version
            },
            // Made before Gracious remembered it: the letter's scenario.
            CustomTemplate {
                id: TemplateId(3),
                ..CustomTemplate::default()
            },
        ];
        let mut letter = Draft {
            scenario: Scenario::AcceptedOtherOffer,
            custom: Some(TemplateId(1)),
            ..Draft::default()
        };
        assert_eq!(review_scenario(&letter, &templates), Scenario::AskForTime);
        templates[0].review_as = Some(Scenario::StayConnected);
        assert_eq!(
            review_scenario(&letter, &templates),
            Scenario::StayConnected
        );
        letter.custom = Some(TemplateId(2));
        assert_eq!(review_scenario(&letter, &templates), Scenario::Repair);
        letter.custom = Some(TemplateId(3));
        assert_eq!(
            review_scenario(&letter, &templates),
            Scenario::AcceptedOtherOffer
        );
        letter.custom = None;
        assert_eq!(
            review_scenario(&letter, &templates),
            Scenario::AcceptedOtherOffer
        );
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
    fn the_letter_offered_follows_stage_reason_move_and_channel() {
        use crate::domain::channel::Channel;
        use crate::domain::checklist::{Answer::*, ChecklistAnswers, Negotiation, assess};
        let offered = |case: &Case| offered_for(&assess(&case.checklist), case);
        let mut case = Case {
            stage: Stage::AfterOffer,
            ..Case::default()
        };
        case.channel.chosen = Some(Channel::Email);
        // Culture: a misfit after an offer is "not the right fit", never "withdraw my
        // application".
        case.checklist = ChecklistAnswers::from_answers([Yes, Yes, Yes, No, No]);
        assert_eq!(offered(&case), Some(Scenario::NotRightFitAfterOffer));
        // After an interview, the same misfit withdraws the application.
        case.stage = Stage::AfterInterview;
        assert_eq!(offered(&case), Some(Scenario::WithdrawAfterInterview));
        case.stage = Stage::AfterOffer;
        // A family compromise: the relocation letter only when the offer means a move.
        case.checklist = ChecklistAnswers::from_answers([Yes, Yes, Yes, Yes, Yes]);
        assert_eq!(offered(&case), Some(Scenario::NotRightFitAfterOffer));
        case.mobility.moving_abroad = true;
        assert_eq!(offered(&case), Some(Scenario::RelocationNotFeasible));
        case.mobility.moving_abroad = false;
        case.channel.relocation_or_visa_discussed = true;
        assert_eq!(offered(&case), Some(Scenario::RelocationNotFeasible));
        // A decline the user chose for a reason the checklist cannot know stays.
        case.draft.scenario = Scenario::AcceptedOtherOffer;
        assert_eq!(offered(&case), Some(Scenario::AcceptedOtherOffer));
        case.draft.scenario = Scenario::default();
        // A negotiation they could not meet: the letter that follows one.
        case.checklist = ChecklistAnswers::from_answers([Yes, No, Yes, No, Yes]);
        assert_eq!(offered(&case), Some(Scenario::NegotiateInstead));
        case.checklist.negotiation = Some(Negotiation::Failed);
        assert_eq!(offered(&case), Some(Scenario::AfterNegotiation));
        // Declining in a call: the recap (the script is shown first).
        case.channel.chosen = Some(Channel::PhoneThenEmail);
        assert!(decline_by_call(&case));
        assert_eq!(offered(&case), Some(Scenario::CallRecap));
        // Undecided: ask for time; leaning to accept: nothing.
        case.checklist = ChecklistAnswers::from_answers([Yes, Yes, NotSure, No, Yes]);
        assert_eq!(offered(&case), Some(Scenario::AskForTime));
        case.checklist = ChecklistAnswers::from_answers([Yes, Yes, Yes, No, Yes]);
        assert_eq!(offered(&case), None);
    }

    #[test]
    fn an_unedited_letter_follows_the_case_until_the_user_chooses() {
        use crate::domain::channel::Channel;
        use crate::domain::checklist::{Answer::*, ChecklistAnswers};
        let mut case = Case {
            stage: Stage::AfterOffer,
            ..Case::default()
        };
        case.channel.chosen = Some(Channel::Email);
        case.mobility.moving_abroad = true;
        // Nothing answered yet, after an offer: the plain decline after an offer.
        assert!(follow_case(&mut case));
        assert_eq!(case.draft.scenario, Scenario::NotRightFitAfterOffer);
        // A family reason after an offer, reached by the tab: not "withdraw".
        case.checklist = ChecklistAnswers::from_answers([Yes, Yes, Yes, Yes, Yes]);
        assert!(follow_case(&mut case));
        assert_eq!(case.draft.scenario, Scenario::RelocationNotFeasible);
        // The stage changes: it follows again.
        case.stage = Stage::AfterInterview;
        assert!(follow_case(&mut case));
        assert_eq!(case.draft.scenario, Scenario::WithdrawAfterInterview);
        // Leaning to accept: nothing is offered, the letter stays.
        case.checklist = ChecklistAnswers::from_answers([Yes, Yes, Yes, No, Yes]);
        assert!(!follow_case(&mut case));
        // An edited letter stays.
        case.stage = Stage::AfterOffer;
        case.checklist = ChecklistAnswers::from_answers([Yes, Yes, Yes, Yes, Yes]);
        case.draft.body = "My own words".into();
        assert!(!follow_case(&mut case));
        assert_eq!(case.draft.scenario, Scenario::WithdrawAfterInterview);
        case.draft.body.clear();
        // A scenario the user chose stays…
        choose_scenario(&mut case, Scenario::AcceptedOtherOffer);
        assert!(case.draft.scenario_chosen);
        assert!(!follow_case(&mut case));
        // …but choosing the one offered lets it go on following.
        choose_scenario(&mut case, Scenario::RelocationNotFeasible);
        assert!(!case.draft.scenario_chosen);
    }

    #[test]
    fn why_names_what_stands_in_the_way() {
        use crate::domain::checklist::{Answer::*, ChecklistAnswers, Negotiation, assess};
        let why = |answers: &ChecklistAnswers| why_id(&assess(answers));
        assert_eq!(
            why(&ChecklistAnswers::from_answers([Yes, Yes, Yes, No, No])),
            "why-values"
        );
        assert_eq!(
            why(&ChecklistAnswers::from_answers([Yes, Yes, Yes, Yes, Yes])),
            "why-personal-compromise"
        );
        let mut failed = ChecklistAnswers::from_answers([Yes, No, Yes, No, Yes]);
        failed.negotiation = Some(Negotiation::Failed);
        assert_eq!(why(&failed), "why-compensation");
        assert_eq!(
            why(&ChecklistAnswers::from_answers([Yes, Yes, Yes, No, Yes])),
            "why-general"
        );
    }

    #[test]
    fn the_promised_date_is_never_today_or_earlier() {
        let d = jiff::civil::date;
        let today = d(2026, 11, 20);
        let mut case = Case::default();
        // Not decided, no deadline: three days from today.
        assert_eq!(promised_date(&case, &utc(), today), d(2026, 11, 23));
        // The interview date is not a decision.
        case.date = "2026-11-10".into();
        assert_eq!(promised_date(&case, &utc(), today), d(2026, 11, 23));
        // Decided on the 19th at 09:00: the window ends on the 22nd.
        case.timeline.decided.date = "2026-11-19".into();
        assert_eq!(promised_date(&case, &utc(), today), d(2026, 11, 22));
        // Their date wins…
        case.reply_by = "2026-12-01".into();
        assert_eq!(promised_date(&case, &utc(), today), d(2026, 12, 1));
        // …unless it has passed: then never a date in the past.
        case.reply_by = "2026-11-18".into();
        assert_eq!(promised_date(&case, &utc(), today), d(2026, 11, 22));
        case.timeline.decided.date = "2026-11-01".into();
        assert_eq!(promised_date(&case, &utc(), today), d(2026, 11, 23));
        // The user's own date wins when it is after today; today or earlier is refused.
        case.draft.answer_by = "2026-11-25".into();
        assert_eq!(promised_date(&case, &utc(), today), d(2026, 11, 25));
        assert!(!answer_date_refused(&case.draft, today));
        case.draft.answer_by = "2026-11-20".into();
        assert!(answer_date_refused(&case.draft, today));
        assert_eq!(promised_date(&case, &utc(), today), d(2026, 11, 23));
        case.draft.answer_by = "next week".into();
        assert!(
            !answer_date_refused(&case.draft, today),
            "not a date: nothing to refuse"
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
        let today = jiff::civil::date(2026, 11, 20);
        let f = fields(&case, &profile, &utc(), today, |d| format!("<{d}>"));
        assert_eq!(f.date, "<2026-12-01>");
        assert_eq!(f.formality, Formality::Informal);
        case.draft.formality = Some(Formality::Formal);
        let f = fields(&case, &profile, &utc(), today, |d| d.to_string());
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
