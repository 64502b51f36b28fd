//! The verdict of the checklist: from the answers to a verdict with its reasons, the
//! weighted fit, the smallest change that would flip it, and the warning against
//! accepting too soon. The rules are stated in the module above (`checklist`).

use super::{Answer, Blocker, ChecklistAnswers, Inclination, MINOR_WEIGHT, Question, WEIGHTS};

/// What the checklist suggests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verdict {
    // In order from least to most favourable to the role.
    Decline,
    NegotiateFirst,
    Undecided,
    LeanAccept,
}

impl Verdict {
    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Verdict::Decline => "verdict-decline",
            Verdict::NegotiateFirst => "verdict-negotiate-first",
            Verdict::LeanAccept => "verdict-lean-accept",
            Verdict::Undecided => "verdict-undecided",
        }
    }
}

/// Why the verdict is what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// A firm warning on a misfit that negotiation will not fix.
    FundamentalBlocker(Question, Blocker),
    /// A firm warning on something that can be negotiated.
    NegotiableBlocker(Question, Blocker),
    /// The question has no answer yet.
    Unanswered(Question),
    /// The user is not sure about this question.
    NotSure(Question),
    /// A warning or doubt on a question that matters little to the user.
    Minor(Question),
    /// Every answer favours the role.
    AllFavourable,
}

impl Reason {
    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Reason::FundamentalBlocker(..) => "reason-fundamental-blocker",
            Reason::NegotiableBlocker(..) => "reason-negotiable-blocker",
            Reason::Unanswered(_) => "reason-unanswered",
            Reason::NotSure(_) => "reason-not-sure",
            Reason::Minor(_) => "reason-minor",
            Reason::AllFavourable => "reason-all-favourable",
        }
    }

    /// The question behind the reason, if it has one.
    #[must_use]
    pub fn question(self) -> Option<Question> {
        match self {
            Reason::FundamentalBlocker(q, _)
            | Reason::NegotiableBlocker(q, _)
            | Reason::Unanswered(q)
            | Reason::NotSure(q)
            | Reason::Minor(q) => Some(q),
            Reason::AllFavourable => None,
        }
    }

    /// The blocker behind the reason, if it has one.
    #[must_use]
    pub fn blocker(self) -> Option<Blocker> {
        match self {
            Reason::FundamentalBlocker(_, b) | Reason::NegotiableBlocker(_, b) => Some(b),
            _ => None,
        }
    }
}

/// A verdict, the reasons that produced it (never empty), and the weighted fit.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub verdict: Verdict,
    pub reasons: Vec<Reason>,
    /// How well the answered questions favour the role, weighted: 0 (every answer a
    /// warning) to 1 (every answer favourable); `None` while nothing is answered.
    pub fit: Option<f32>,
}

/// Apply the rules of docs/product.md §1 (stated at the top of `checklist`) to a set of answers.
#[must_use]
pub fn assess(answers: &ChecklistAnswers) -> Assessment {
    let mut fundamental = Vec::new();
    let mut negotiable = Vec::new();
    let mut unanswered = Vec::new();
    let mut unsure = Vec::new();
    let mut minor = Vec::new();
    let (mut sum, mut total) = (0.0_f32, 0.0_f32);
    for question in Question::ALL {
        let answer = answers.answer(question);
        let weight = answers.weight(question);
        let weight_f = f32::from(weight);
        let firm = weight > MINOR_WEIGHT;
        if answer == Answer::Unanswered {
            unanswered.push(Reason::Unanswered(question));
            continue;
        }
        total += weight_f;
        if answer == question.warning_answer() {
            if !firm {
                minor.push(Reason::Minor(question));
                continue;
            }
            let blocker = answers.blocker(question);
            if blocker.is_negotiable() {
                negotiable.push(Reason::NegotiableBlocker(question, blocker));
            } else {
                fundamental.push(Reason::FundamentalBlocker(question, blocker));
            }
        } else if answer == Answer::NotSure {
            sum += weight_f * 0.5;
            if firm {
                unsure.push(Reason::NotSure(question));
            } else {
                minor.push(Reason::Minor(question));
            }
        } else {
            sum += weight_f;
        }
    }
    let fit = (total > 0.0).then(|| sum / total);

    let (verdict, mut reasons) = if !fundamental.is_empty() {
        // One firm fundamental warning is enough, whatever else is open.
        (Verdict::Decline, fundamental)
    } else if !unanswered.is_empty() {
        // Without all answers we cannot tell whether the person otherwise wants the role.
        (Verdict::Undecided, unanswered)
    } else if !negotiable.is_empty() {
        negotiable.extend(unsure);
        (Verdict::NegotiateFirst, negotiable)
    } else if !unsure.is_empty() {
        (Verdict::Undecided, unsure)
    } else if minor.is_empty() {
        (Verdict::LeanAccept, vec![Reason::AllFavourable])
    } else {
        (Verdict::LeanAccept, Vec::new())
    };
    reasons.extend(minor);
    Assessment {
        verdict,
        reasons,
        fit,
    }
}

/// One change the user could make.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Change {
    Answer(Question, Answer),
    Weight(Question, u8),
}

impl Change {
    /// Apply the change to a copy of the answers.
    #[must_use]
    pub fn applied_to(self, answers: &ChecklistAnswers) -> ChecklistAnswers {
        let mut out = answers.clone();
        match self {
            Change::Answer(q, a) => out.set_answer(q, a),
            Change::Weight(q, w) => out.entries[q.index()].weight = w,
        }
        out
    }

    /// How big a step the change is: one step along warning – not sure – favourable
    /// (answering an open question is one step), or the difference in weight.
    fn size(self, answers: &ChecklistAnswers) -> u8 {
        match self {
            Change::Answer(q, to) => {
                let rank = |a: Answer| match a {
                    Answer::Unanswered => None,
                    Answer::NotSure => Some(1_i8),
                    a if a == q.warning_answer() => Some(0),
                    _ => Some(2),
                };
                match (rank(answers.answer(q)), rank(to)) {
                    (Some(a), Some(b)) => a.abs_diff(b),
                    _ => 1,
                }
            }
            Change::Weight(q, w) => answers.weight(q).abs_diff(w),
        }
    }
}

/// The smallest single change (one answer, or one weight while weights are on) that
/// changes the verdict, and the verdict it would give. `None` when no single change does.
#[must_use]
pub fn what_flips(answers: &ChecklistAnswers) -> Option<(Change, Verdict)> {
    let current = assess(answers).verdict;
    let mut best: Option<(u8, Change, Verdict)> = None;
    for question in Question::ALL {
        let mut candidates: Vec<Change> = Answer::CHOICES
            .into_iter()
            .filter(|a| *a != answers.answer(question))
            .map(|a| Change::Answer(question, a))
            .collect();
        if answers.use_weights {
            candidates.extend(
                WEIGHTS
                    .filter(|w| *w != answers.weight(question))
                    .map(|w| Change::Weight(question, w)),
            );
        }
        for change in candidates {
            let verdict = assess(&change.applied_to(answers)).verdict;
            if verdict == current {
                continue;
            }
            let size = change.size(answers);
            if best.is_none_or(|(s, ..)| size < s) {
                best = Some((size, change, verdict));
            }
        }
    }
    best.map(|(_, change, verdict)| (change, verdict))
}

/// Accepting is a mistake while answers are open or the user is still interviewing
/// elsewhere; asking for time is the better move.
#[must_use]
pub fn accepting_too_soon(answers: &ChecklistAnswers) -> bool {
    answers.inclination == Inclination::Accept
        && (answers.still_interviewing
            || answers
                .entries
                .iter()
                .any(|e| matches!(e.answer, Answer::NotSure | Answer::Unanswered)))
}

#[cfg(test)]
mod tests {
    use super::super::*;
    use super::Answer::{No, NotSure, Unanswered, Yes};
    use super::*;

    fn run(answers: [Answer; 5]) -> Assessment {
        assess(&ChecklistAnswers::from_answers(answers))
    }

    #[test]
    fn all_favourable_leans_accept() {
        let a = run([Yes, Yes, Yes, No, Yes]);
        assert_eq!(a.verdict, Verdict::LeanAccept);
        assert_eq!(a.reasons, vec![Reason::AllFavourable]);
        assert_eq!(a.fit, Some(1.0));
    }

    #[test]
    fn one_firm_fundamental_warning_declines() {
        let a = run([Yes, Yes, Yes, No, No]);
        assert_eq!(a.verdict, Verdict::Decline);
        assert_eq!(
            a.reasons,
            vec![Reason::FundamentalBlocker(
                Question::CultureFit,
                Blocker::Values
            )]
        );
    }

    #[test]
    fn compromise_yes_is_the_warning_answer() {
        let a = run([Yes, Yes, Yes, Yes, Yes]);
        assert_eq!(a.verdict, Verdict::Decline);
        assert_eq!(
            a.reasons,
            vec![Reason::FundamentalBlocker(
                Question::Compromise,
                Blocker::PersonalCompromise
            )]
        );
    }

    #[test]
    fn fundamental_warning_declines_even_with_open_questions() {
        let a = run([No, Unanswered, NotSure, Unanswered, Unanswered]);
        assert_eq!(a.verdict, Verdict::Decline);
        assert_eq!(
            a.reasons,
            vec![Reason::FundamentalBlocker(
                Question::CareerGoals,
                Blocker::LongTermDirection
            )]
        );
    }

    #[test]
    fn only_negotiable_blocker_means_negotiate_first() {
        let a = run([Yes, No, Yes, No, Yes]);
        assert_eq!(a.verdict, Verdict::NegotiateFirst);
        assert_eq!(
            a.reasons,
            vec![Reason::NegotiableBlocker(
                Question::PayAfterCosts,
                Blocker::Compensation
            )]
        );
    }

    #[test]
    fn user_can_say_what_kind_of_blocker_it_is() {
        let mut answers = ChecklistAnswers::from_answers([Yes, No, No, No, Yes]);
        answers.entries[Question::Growth.index()].blocker = Some(Blocker::RoleScope);
        let a = assess(&answers);
        assert_eq!(a.verdict, Verdict::NegotiateFirst);
        assert_eq!(a.reasons.len(), 2);

        answers.entries[Question::PayAfterCosts.index()].blocker = Some(Blocker::WayOfWorking);
        let a = assess(&answers);
        assert_eq!(a.verdict, Verdict::Decline);
        assert_eq!(
            a.reasons,
            vec![Reason::FundamentalBlocker(
                Question::PayAfterCosts,
                Blocker::WayOfWorking
            )]
        );
    }

    #[test]
    fn every_blocker_is_either_negotiable_or_fundamental_as_the_brief_lists() {
        let negotiable: Vec<_> = Blocker::ALL
            .into_iter()
            .filter(|b| b.is_negotiable())
            .collect();
        assert_eq!(
            negotiable,
            vec![
                Blocker::Compensation,
                Blocker::StartDate,
                Blocker::RoleScope,
                Blocker::RemoteWork,
                Blocker::RelocationSupport
            ]
        );
    }

    #[test]
    fn fundamental_plus_negotiable_declines() {
        let a = run([Yes, No, Yes, Yes, Yes]);
        assert_eq!(a.verdict, Verdict::Decline);
        assert_eq!(a.reasons.len(), 1);
        assert_eq!(a.reasons[0].question(), Some(Question::Compromise));
    }

    #[test]
    fn unanswered_questions_leave_it_undecided() {
        let a = run([Yes, No, Unanswered, No, Yes]);
        assert_eq!(a.verdict, Verdict::Undecided);
        assert_eq!(a.reasons, vec![Reason::Unanswered(Question::Growth)]);
        let a = run([Unanswered; 5]);
        assert_eq!(a.verdict, Verdict::Undecided);
        assert_eq!(a.reasons.len(), 5);
        assert_eq!(a.fit, None);
    }

    #[test]
    fn all_unsure_is_undecided_with_every_question_named() {
        let a = run([NotSure; 5]);
        assert_eq!(a.verdict, Verdict::Undecided);
        let questions: Vec<_> = a.reasons.iter().filter_map(|r| r.question()).collect();
        assert_eq!(questions, Question::ALL.to_vec());
        assert_eq!(a.fit, Some(0.5));
    }

    #[test]
    fn negotiable_blocker_with_unsure_keeps_both_reasons() {
        let a = run([Yes, No, NotSure, No, Yes]);
        assert_eq!(a.verdict, Verdict::NegotiateFirst);
        assert_eq!(
            a.reasons,
            vec![
                Reason::NegotiableBlocker(Question::PayAfterCosts, Blocker::Compensation),
                Reason::NotSure(Question::Growth)
            ]
        );
    }

    #[test]
    fn weights_make_a_warning_minor_and_flip_the_verdict() {
        let mut answers = ChecklistAnswers::from_answers([Yes, Yes, Yes, No, No]);
        answers.use_weights = true;
        assert_eq!(assess(&answers).verdict, Verdict::Decline);
        answers.entries[Question::CultureFit.index()].weight = 1;
        let a = assess(&answers);
        assert_eq!(a.verdict, Verdict::LeanAccept);
        assert_eq!(a.reasons, vec![Reason::Minor(Question::CultureFit)]);
        // Weights count only while switched on.
        answers.use_weights = false;
        assert_eq!(assess(&answers).verdict, Verdict::Decline);
    }

    #[test]
    fn weighted_fit_is_the_weighted_share_of_favourable_answers() {
        let mut answers = ChecklistAnswers::from_answers([Yes, No, NotSure, No, Unanswered]);
        answers.use_weights = true;
        for (entry, w) in answers.entries.iter_mut().zip([5, 1, 2, 4, 3]) {
            entry.weight = w;
        }
        // Favourable 5 + 4, warning 1 (minor), not sure 2 × ½, unanswered not counted.
        let fit = assess(&answers).fit.expect("some answered");
        assert!((fit - (5.0 + 1.0 + 4.0) / 12.0).abs() < 1e-6, "{fit}");
    }

    #[test]
    fn what_flips_finds_the_smallest_change_and_it_really_flips() {
        // Culture "No" declines; answering "Not sure" (one step) flips it to undecided.
        let answers = ChecklistAnswers::from_answers([Yes, Yes, Yes, No, No]);
        let (change, verdict) = what_flips(&answers).expect("a flip");
        assert_eq!(change, Change::Answer(Question::CultureFit, NotSure));
        assert_eq!(verdict, Verdict::Undecided);
        assert_eq!(assess(&change.applied_to(&answers)).verdict, verdict);

        // With weights on, lowering the culture weight to 1 is a bigger step (3 → 1)
        // than the one-step answer change, so the answer change still wins.
        let mut weighted = answers.clone();
        weighted.use_weights = true;
        let (change, _) = what_flips(&weighted).expect("a flip");
        assert_eq!(change, Change::Answer(Question::CultureFit, NotSure));

        // At weight 2, a one-step weight change ties and the first found (the answer) wins;
        // at weight 2 on an answer two steps away, the weight change is smaller.
        let mut answers = ChecklistAnswers::from_answers([Yes, Yes, Yes, No, No]);
        answers.use_weights = true;
        answers.entries[Question::CultureFit.index()].weight = 2;
        let (change, verdict) = what_flips(&answers).expect("a flip");
        assert_eq!(assess(&change.applied_to(&answers)).verdict, verdict);
    }

    #[test]
    fn lowering_a_weight_can_be_the_smallest_flip() {
        // Two fundamental warnings: no single answer change flips the verdict, but…
        let mut answers = ChecklistAnswers::from_answers([No, Yes, Yes, No, No]);
        answers.use_weights = true;
        answers.entries[Question::CareerGoals.index()].weight = 1; // minor already
        answers.entries[Question::CultureFit.index()].weight = 2;
        let (change, verdict) = what_flips(&answers).expect("a flip");
        // Culture "not sure" (1 step) and culture weight 1 (1 step) both flip; either is
        // smallest, and applying it gives the verdict claimed.
        assert_eq!(assess(&change.applied_to(&answers)).verdict, verdict);
        assert_ne!(verdict, Verdict::Decline);
    }

    #[test]
    fn accepting_while_unsure_or_still_interviewing_is_flagged() {
        let mut answers = ChecklistAnswers::from_answers([Yes, Yes, Yes, No, Yes]);
        answers.inclination = Inclination::Accept;
        assert!(!accepting_too_soon(&answers));
        answers.still_interviewing = true;
        assert!(accepting_too_soon(&answers));
        answers.still_interviewing = false;
        answers.set_answer(Question::Growth, NotSure);
        assert!(accepting_too_soon(&answers));
        answers.inclination = Inclination::Open;
        assert!(!accepting_too_soon(&answers));
    }

    #[test]
    fn every_assessment_has_reasons() {
        let choices = [Unanswered, Yes, No, NotSure];
        for a in choices {
            for b in choices {
                for c in choices {
                    for d in choices {
                        for e in choices {
                            assert!(!run([a, b, c, d, e]).reasons.is_empty());
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn an_old_files_blocker_kind_maps_to_a_blocker_of_the_same_kind() {
        for question in Question::ALL {
            for kind in [
                LegacyBlockerKind::Negotiable,
                LegacyBlockerKind::Fundamental,
            ] {
                let blocker = question
                    .blocker_of_kind(kind)
                    .unwrap_or_else(|| question.default_blocker());
                assert_eq!(
                    blocker.is_negotiable(),
                    kind == LegacyBlockerKind::Negotiable,
                    "{question:?} {kind:?}"
                );
            }
        }
    }
}
