//! The example opportunity offered on the first start: every panel filled in, so a new
//! user sees what Gracious does before typing anything. It is marked as an example
//! ([`Case::example`]) wherever it is shown and can be removed like any other.
//!
//! The story: a data engineer in Warsaw has an offer from a Berlin company; the family
//! cannot move this year, so they decline, by phone first and then in writing. Its
//! dates follow "today", so the deadline and the timeline always look current.

use jiff::civil::Date;

use super::case::{Case, CaseId, Stage};
use super::channel::{Channel, Contact};
use super::checklist::{Answer, Blocker, ChecklistAnswers};
use super::mobility::{Factor, Rating, YesNo};

/// The example, with its dates counted from `today`.
#[must_use]
pub fn example_case(today: Date) -> Case {
    let day = |n: i64| {
        today
            .checked_add(jiff::Span::new().days(n))
            .map(|d| d.to_string())
            .unwrap_or_default()
    };
    let mut case = Case {
        id: CaseId::default(),
        example: true,
        company: "Nordlicht Analytics GmbH".into(),
        role: "Senior Data Engineer".into(),
        contact: "Katrin Vogel".into(),
        contact_email: "k.vogel@example.com".into(),
        stage: Stage::AfterOffer,
        date: day(-1),
        reply_by: day(3),
        ..Case::default()
    };

    case.checklist = ChecklistAnswers::from_answers([
        Answer::Yes,
        Answer::Yes,
        Answer::Yes,
        Answer::Yes,
        Answer::Yes,
    ]);
    case.checklist.entries[3].blocker = Some(Blocker::PersonalCompromise);

    let sheet = &mut case.mobility;
    sheet.moving_abroad = true;
    sheet.current_country = "PL".into();
    sheet.destination_country = "DE".into();
    sheet.current_pay.amount = "220000".into();
    sheet.offered_pay.amount = "82000".into();
    sheet.visa_processing_weeks = "0".into();
    sheet.start_date = day(60);
    for (factor, rating) in [
        (Factor::Visa, Rating::Good),
        (Factor::RelocationAllowance, Rating::Acceptable),
        (Factor::FamilySupport, Rating::Poor),
        (Factor::Schooling, Rating::Poor),
        (Factor::PartnerWork, Rating::Unknown),
        (Factor::CostOfLiving, Rating::Acceptable),
        (Factor::HealthCare, Rating::Good),
        (Factor::LanguageFit, Rating::Acceptable),
        (Factor::Tax, Rating::Unknown),
    ] {
        sheet.set_rating(factor, rating);
    }
    sheet.toward_place = YesNo::No;
    sheet.builds_skills = YesNo::Yes;

    let facts = &mut case.channel;
    facts.main_contact = Contact::HiringManager;
    facts.close_rapport = true;
    facts.interview_rounds = 4;
    facts.relocation_or_visa_discussed = true;
    facts.chosen = Some(Channel::PhoneThenEmail);
    case.timeline.decided.date = today.to_string();
    case.timeline.decided.time = "09:00".into();
    case.draft.scenario = super::template::Scenario::RelocationNotFeasible;
    case
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checklist::{Verdict, assess};
    use crate::domain::mobility::summarize;
    use crate::domain::progress::{NextAction, next_action};

    #[test]
    fn the_example_fills_every_panel_and_declines() {
        let today = jiff::civil::date(2026, 12, 5);
        let case = example_case(today);
        assert!(case.example);
        assert_eq!(assess(&case.checklist).verdict, Verdict::Decline);
        assert!(!summarize(&case.mobility, today).traps.is_empty());
        assert_eq!(case.reply_by, "2026-12-08");
        // The channel is chosen, so the next step is the letter.
        assert!(matches!(
            next_action(
                &case,
                &jiff::tz::TimeZone::UTC,
                crate::domain::timeline::Weekend::default()
            ),
            NextAction::WriteLetter(Some(_))
        ));
    }
}
