//! Properties of the decision rules over arbitrary answers, blockers and weights.

use gracious::domain::checklist::{
    Answer, Blocker, Change, ChecklistAnswers, Question, WEIGHTS, assess, what_flips,
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
    )
        .prop_map(|(entries, use_weights)| {
            let mut out = ChecklistAnswers {
                use_weights,
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
    /// to the role (Decline < Negotiate first < Undecided < Lean accept).
    #[test]
    fn better_answers_never_worsen_the_verdict(answers in checklist()) {
        let before = assess(&answers).verdict;
        for question in Question::ALL {
            let Some(from) = rank(question, answers.answer(question)) else { continue };
            for to in Answer::CHOICES {
                if rank(question, to).is_some_and(|r| r > from) {
                    let mut better = answers.clone();
                    better.set_answer(question, to);
                    let after = assess(&better).verdict;
                    prop_assert!(after >= before, "{question:?} → {to:?}: {before:?} became {after:?}");
                }
            }
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
