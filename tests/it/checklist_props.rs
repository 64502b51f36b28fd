//! Properties of the decision rules over arbitrary answers, blockers and weights.

use gracious::domain::checklist::{
    Answer, Blocker, Change, ChecklistAnswers, Inclination, Negotiation, Question, Reason, Verdict,
    WEIGHTS, assess, what_flips,
};
use proptest::prelude::*;

fn answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        Just(Answer::Unanswered),
        Just(Answer::Yes),
        Just(Answer::No),
        Just(Answer::NotSure)
    ]
}

fn blocker() -> impl Strategy<Value = Option<Blocker>> {
    prop::option::of(prop::sample::select(Blocker::ALL.to_vec()))
}

fn checklist() -> impl Strategy<Value = ChecklistAnswers> {
    (
        prop::array::uniform5((answer(), blocker(), WEIGHTS)),
        any::<bool>(),
        prop::sample::select(Inclination::ALL.to_vec()),
        prop::option::of(prop::sample::select(Negotiation::ALL.to_vec())),
    )
        .prop_map(|(entries, use_weights, inclination, negotiation)| {
            let mut out = ChecklistAnswers {
                use_weights,
                inclination,
                negotiation,
                ..ChecklistAnswers::default()
            };
            for (entry, (answer, blocker, weight)) in out.entries.iter_mut().zip(entries) {
                entry.answer = answer;
                entry.blocker = blocker;
                entry.weight = weight;
            }
            out
        })
}

/// 0 = the warning answer, 1 = not sure, 2 = the favourable answer.
fn rank(question: Question, answer: Answer) -> Option<u8> {
    match answer {
        Answer::Unanswered => None,
        Answer::NotSure => Some(1),
        a if a == question.warning_answer() => Some(0),
        _ => Some(2),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Moving any answer toward the good side never makes the verdict less favourable
    /// to the role. "Negotiate first" and "undecided" are not ranked against each other
    /// (settling a doubt can turn "undecided" into "negotiate first"), so the order is
    /// partial: decline below both, lean accept above both. Blocker and weight stay.
    #[test]
    fn better_answers_never_worsen_the_verdict(answers in checklist()) {
        let level = |v: Verdict| match v {
            Verdict::Decline => 0,
            Verdict::NegotiateFirst | Verdict::Undecided => 1,
            Verdict::LeanAccept => 2,
        };
        let before = assess(&answers).verdict;
        for question in Question::ALL {
            let Some(from) = rank(question, answers.answer(question)) else { continue };
            // After a negotiation they met, a negotiable "no" counts as met; moving it to
            // "not sure" reopens a doubt, which is not a better answer.
            let met = answers.negotiation == Some(Negotiation::Met)
                && from == 0
                && answers.blocker(question).is_negotiable();
            if met {
                continue;
            }
            for to in Answer::CHOICES {
                if rank(question, to).is_some_and(|r| r > from) {
                    let mut better = answers.clone();
                    better.set_answer(question, to);
                    let after = assess(&better).verdict;
                    prop_assert!(level(after) >= level(before), "{question:?} → {to:?}: {before:?} became {after:?}");
                }
            }
        }
    }

    /// A deal-breaker (a warning on a fundamental blocker) is never minor, at any weight:
    /// it declines, and it is named as the reason.
    #[test]
    fn no_deal_breaker_is_ever_minor(answers in checklist()) {
        let a = assess(&answers);
        for question in Question::ALL {
            if answers.answer(question) == question.warning_answer()
                && !answers.blocker(question).is_negotiable()
            {
                prop_assert_eq!(a.verdict, Verdict::Decline);
                prop_assert!(!a.reasons.contains(&Reason::Minor(question)));
                prop_assert!(a.reasons.contains(&Reason::FundamentalBlocker(question, answers.blocker(question))));
            }
        }
    }

    /// "What would change the verdict" never suggests lowering a deal-breaker's weight.
    #[test]
    fn the_flip_never_lowers_a_deal_breakers_weight(answers in checklist()) {
        if let Some((Change::Weight(question, weight), _)) = what_flips(&answers) {
            let deal_breaker = answers.answer(question) == question.warning_answer()
                && !answers.blocker(question).is_negotiable();
            prop_assert!(!(deal_breaker && weight < answers.weight(question)), "{question:?} → {weight}");
        }
    }

    /// Never "lean towards accepting" below half the weighted fit; never "negotiate
    /// first" while leaning to decline or with a doubt left.
    #[test]
    fn lean_accept_and_negotiate_first_only_when_they_are_true(answers in checklist()) {
        let a = assess(&answers);
        if a.verdict == Verdict::LeanAccept {
            prop_assert!(a.fit.is_some_and(|f| f >= 0.5), "fit {:?}", a.fit);
        }
        if a.verdict == Verdict::NegotiateFirst {
            prop_assert_ne!(answers.inclination, Inclination::Decline);
            prop_assert!(!a.reasons.iter().any(|r| matches!(r, Reason::NotSure(_) | Reason::DoubtBeforeNegotiating(_))));
        }
    }

    /// What the panel says would flip the verdict really flips it, to the verdict it
    /// names, and no smaller single change would.
    #[test]
    fn what_flips_really_flips_and_is_smallest(answers in checklist()) {
        let current = assess(&answers).verdict;
        let Some((change, verdict)) = what_flips(&answers) else {
            return Ok(());
        };
        prop_assert_ne!(verdict, current);
        prop_assert_eq!(assess(&change.applied_to(&answers)).verdict, verdict);

        let size = |c: Change| match c {
            Change::Answer(q, to) => match (rank(q, answers.answer(q)), rank(q, to)) {
                (Some(a), Some(b)) => a.abs_diff(b),
                _ => 1,
            },
            Change::Weight(q, w) => answers.weight(q).abs_diff(w),
        };
        for question in Question::ALL {
            for to in Answer::CHOICES {
                let c = Change::Answer(question, to);
                if to != answers.answer(question) && size(c) < size(change) {
                    prop_assert_eq!(assess(&c.applied_to(&answers)).verdict, current, "{:?} is smaller", c);
                }
            }
        }
    }

    /// The verdict always comes with reasons.
    #[test]
    fn reasons_are_never_empty(answers in checklist()) {
        prop_assert!(!assess(&answers).reasons.is_empty());
    }
}
