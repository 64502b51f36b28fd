//! The verdict of the checklist: from the answers to a verdict with its reasons, the
//! weighted fit, the smallest change that would flip it, and the warning against
//! accepting too soon. The rules are stated in the module above (`checklist`).

use super::{
    Answer, Blocker, ChecklistAnswers, Inclination, MINOR_WEIGHT, Negotiation, Question, WEIGHTS,
};

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
    /// Negotiable, but the user leans towards declining: not worth negotiating.
    NegotiationNotWanted(Question, Blocker),
    /// A doubt to settle before negotiating makes sense.
    DoubtBeforeNegotiating(Question),
    /// The employer could not meet the request: it stands in the way.
    NegotiationFailed(Question, Blocker),
    /// The employer partly met the request: the question needs answering again.
    NegotiationPartly(Question),
    /// The employer met the request.
    NegotiationMet(Question),
    /// The question has no answer yet.
    Unanswered(Question),
    /// The user is not sure about this question.
    NotSure(Question),
    /// A negotiable warning or a doubt on a question that matters little to the user.
    Minor(Question),
    /// Less than half of what matters favours the role.
    WeakFit,
    /// Every answer favours the role.
    AllFavourable,
}

impl Reason {
    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Reason::FundamentalBlocker(..) => "reason-fundamental-blocker",
            Reason::NegotiableBlocker(..) => "reason-negotiable-blocker",
            Reason::NegotiationNotWanted(..) => "reason-negotiation-not-wanted",
            Reason::DoubtBeforeNegotiating(_) => "reason-doubt-before-negotiating",
            Reason::NegotiationFailed(..) => "reason-negotiation-failed",
            Reason::NegotiationPartly(_) => "reason-negotiation-partly",
            Reason::NegotiationMet(_) => "reason-negotiation-met",
            Reason::Unanswered(_) => "reason-unanswered",
            Reason::NotSure(_) => "reason-not-sure",
            Reason::Minor(_) => "reason-minor",
            Reason::WeakFit => "reason-weak-fit",
            Reason::AllFavourable => "reason-all-favourable",
        }
    }

    /// The question behind the reason, if it has one.
    #[must_use]
    pub fn question(self) -> Option<Question> {
        match self {
            Reason::FundamentalBlocker(q, _)
            | Reason::NegotiableBlocker(q, _)
            | Reason::NegotiationNotWanted(q, _)
            | Reason::NegotiationFailed(q, _)
            | Reason::DoubtBeforeNegotiating(q)
            | Reason::NegotiationPartly(q)
            | Reason::NegotiationMet(q)
            | Reason::Unanswered(q)
            | Reason::NotSure(q)
            | Reason::Minor(q) => Some(q),
            Reason::WeakFit | Reason::AllFavourable => None,
        }
    }

    /// The blocker behind the reason, if it has one.
    #[must_use]
    pub fn blocker(self) -> Option<Blocker> {
        match self {
            Reason::FundamentalBlocker(_, b)
            | Reason::NegotiableBlocker(_, b)
            | Reason::NegotiationNotWanted(_, b)
            | Reason::NegotiationFailed(_, b) => Some(b),
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
    let mut failed = Vec::new();
    let mut partly = Vec::new();
    let mut met = Vec::new();
    let mut unanswered = Vec::new();
    let mut unsure = Vec::new();
    let mut minor = Vec::new();
    let (mut sum, mut total) = (0.0_f32, 0.0_f32);
    for question in Question::ALL {
        let answer = answers.answer(question);
        let weight = answers.weight(question);
        let weight_f = f32::from(weight);
        // A weight only says how much a negotiable warning or a doubt counts.
        let firm = weight > MINOR_WEIGHT;
        if answer == Answer::Unanswered {
            unanswered.push(Reason::Unanswered(question));
            continue;
        }
        total += weight_f;
        if answer == question.warning_answer() {
            let blocker = answers.blocker(question);
            if !blocker.is_negotiable() {
                // A deal-breaker decides at every weight.
                fundamental.push(Reason::FundamentalBlocker(question, blocker));
                continue;
            }
            match answers.negotiation {
                // They met it: the answer no longer counts against the role.
                Some(Negotiation::Met) => {
                    sum += weight_f;
                    met.push(Reason::NegotiationMet(question));
                }
                // Partly: only the user can say whether what is left still stands in
                // the way; it counts as a doubt until they answer again.
                Some(Negotiation::Partly) => {
                    sum += weight_f * 0.5;
                    partly.push(Reason::NegotiationPartly(question));
                }
                Some(Negotiation::Failed) if firm => {
                    failed.push(Reason::NegotiationFailed(question, blocker));
                }
                None if firm => negotiable.push(Reason::NegotiableBlocker(question, blocker)),
                _ => minor.push(Reason::Minor(question)),
            }
        } else if answer == Answer::NotSure {
            sum += weight_f * 0.5;
            if firm {
                unsure.push(question);
            } else {
                minor.push(Reason::Minor(question));
            }
        } else {
            sum += weight_f;
        }
    }
    let fit = (total > 0.0).then(|| sum / total);

    let (verdict, mut reasons) = if !fundamental.is_empty() {
        // One fundamental warning is enough, whatever else is open.
        (Verdict::Decline, fundamental)
    } else if !failed.is_empty() {
        // They could not meet what stood in the way: it now decides like a misfit.
        (Verdict::Decline, failed)
    } else if !unanswered.is_empty() {
        // Without all answers we cannot tell whether the person otherwise wants the role.
        (Verdict::Undecided, unanswered)
    } else if !partly.is_empty() {
        partly.extend(unsure.into_iter().map(Reason::NotSure));
        (Verdict::Undecided, partly)
    } else if !negotiable.is_empty() {
        negotiate_or_not(answers, negotiable, unsure)
    } else if !unsure.is_empty() {
        (
            Verdict::Undecided,
            unsure.into_iter().map(Reason::NotSure).collect(),
        )
    } else if fit.is_some_and(|f| f < 0.5) {
        // Only minor points are left, but they outweigh the rest: not a lean to accept.
        (Verdict::Undecided, vec![Reason::WeakFit])
    } else if minor.is_empty() && met.is_empty() {
        (Verdict::LeanAccept, vec![Reason::AllFavourable])
    } else {
        (Verdict::LeanAccept, met)
    };
    reasons.extend(minor);
    Assessment {
        verdict,
        reasons,
        fit,
    }
}

/// Negotiate first only when the person otherwise wants the role (docs/product.md §1):
/// not when they lean towards declining (then decline, saying why), and not while
/// another question is still a doubt (then ask for time and settle it first).
fn negotiate_or_not(
    answers: &ChecklistAnswers,
    negotiable: Vec<Reason>,
    unsure: Vec<Question>,
) -> (Verdict, Vec<Reason>) {
    if answers.inclination == Inclination::Decline {
        let not_wanted = negotiable
            .iter()
            .filter_map(|r| match *r {
                Reason::NegotiableBlocker(q, b) => Some(Reason::NegotiationNotWanted(q, b)),
                _ => None,
            })
            .collect();
        return (Verdict::Decline, not_wanted);
    }
    if !unsure.is_empty() {
        let mut reasons: Vec<Reason> = unsure
            .into_iter()
            .map(Reason::DoubtBeforeNegotiating)
            .collect();
        reasons.extend(negotiable);
        return (Verdict::Undecided, reasons);
    }
    (Verdict::NegotiateFirst, negotiable)
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
    fn a_doubt_elsewhere_means_settle_it_before_negotiating() {
        // Pay could be negotiated, but growth is still "not sure": the person does not
        // yet know they want the role, so ask for time instead of negotiating.
        let a = run([Yes, No, NotSure, No, Yes]);
        assert_eq!(a.verdict, Verdict::Undecided);
        assert_eq!(
            a.reasons,
            vec![
                Reason::DoubtBeforeNegotiating(Question::Growth),
                Reason::NegotiableBlocker(Question::PayAfterCosts, Blocker::Compensation)
            ]
        );
        // Culture too.
        let a = run([Yes, No, Yes, No, NotSure]);
        assert_eq!(a.verdict, Verdict::Undecided);
        assert_eq!(
            a.reasons[0],
            Reason::DoubtBeforeNegotiating(Question::CultureFit)
        );
    }

    #[test]
    fn leaning_to_decline_is_not_negotiate_first() {
        let mut answers = ChecklistAnswers::from_answers([Yes, No, Yes, No, Yes]);
        answers.inclination = Inclination::Decline;
        let a = assess(&answers);
        assert_eq!(a.verdict, Verdict::Decline);
        assert_eq!(
            a.reasons,
            vec![Reason::NegotiationNotWanted(
                Question::PayAfterCosts,
                Blocker::Compensation
            )]
        );
        answers.inclination = Inclination::Open;
        assert_eq!(assess(&answers).verdict, Verdict::NegotiateFirst);
    }

    #[test]
    fn a_negotiation_that_failed_declines_and_one_that_succeeded_does_not() {
        let mut answers = ChecklistAnswers::from_answers([Yes, No, Yes, No, Yes]);
        answers.negotiation = Some(Negotiation::Failed);
        let a = assess(&answers);
        assert_eq!(a.verdict, Verdict::Decline);
        assert_eq!(
            a.reasons,
            vec![Reason::NegotiationFailed(
                Question::PayAfterCosts,
                Blocker::Compensation
            )]
        );
        answers.negotiation = Some(Negotiation::Partly);
        let a = assess(&answers);
        assert_eq!(a.verdict, Verdict::Undecided);
        assert_eq!(
            a.reasons,
            vec![Reason::NegotiationPartly(Question::PayAfterCosts)]
        );
        answers.negotiation = Some(Negotiation::Met);
        let a = assess(&answers);
        assert_eq!(a.verdict, Verdict::LeanAccept);
        assert_eq!(
            a.reasons,
            vec![Reason::NegotiationMet(Question::PayAfterCosts)]
        );
        assert_eq!(a.fit, Some(1.0));
        // A deal-breaker is not negotiated away.
        answers.set_answer(Question::CultureFit, No);
        assert_eq!(assess(&answers).verdict, Verdict::Decline);
    }

    #[test]
    fn a_deal_breaker_decides_at_every_weight() {
        let mut answers = ChecklistAnswers::from_answers([Yes, Yes, Yes, No, No]);
        answers.use_weights = true;
        for weight in WEIGHTS {
            answers.entries[Question::CultureFit.index()].weight = weight;
            let a = assess(&answers);
            assert_eq!(a.verdict, Verdict::Decline, "weight {weight}");
            assert_eq!(
                a.reasons,
                vec![Reason::FundamentalBlocker(
                    Question::CultureFit,
                    Blocker::Values
                )]
            );
        }
        // "Yes" to the compromise question too.
        let mut answers = ChecklistAnswers::from_answers([Yes, Yes, Yes, Yes, Yes]);
        answers.use_weights = true;
        answers.entries[Question::Compromise.index()].weight = 1;
        assert_eq!(assess(&answers).verdict, Verdict::Decline);
        // Five "no" answers at weight 1 are five deal-breakers, not "lean accept".
        let mut answers = ChecklistAnswers::from_answers([No, No, No, Yes, No]);
        answers.use_weights = true;
        for entry in &mut answers.entries {
            entry.weight = 1;
        }
        let a = assess(&answers);
        assert_eq!(a.verdict, Verdict::Decline);
        assert_eq!(a.fit, Some(0.0));
    }

    #[test]
    fn weights_make_a_negotiable_warning_or_a_doubt_minor() {
        let mut answers = ChecklistAnswers::from_answers([Yes, No, NotSure, No, Yes]);
        answers.use_weights = true;
        answers.entries[Question::PayAfterCosts.index()].weight = 1;
        answers.entries[Question::Growth.index()].weight = 1;
        let a = assess(&answers);
        assert_eq!(a.verdict, Verdict::LeanAccept);
        assert_eq!(
            a.reasons,
            vec![
                Reason::Minor(Question::PayAfterCosts),
                Reason::Minor(Question::Growth)
            ]
        );
        // Weights count only while switched on.
        answers.use_weights = false;
        assert_eq!(assess(&answers).verdict, Verdict::Undecided);
    }

    #[test]
    fn never_lean_accept_below_half_the_fit() {
        // Minor points only, but they outweigh what favours the role.
        let mut answers = ChecklistAnswers::from_answers([Yes, No, NotSure, No, NotSure]);
        answers.use_weights = true;
        for (entry, weight) in answers.entries.iter_mut().zip([1, 1, 1, 1, 1]) {
            entry.weight = weight;
        }
        // 1 + 0 + ½ + 1 + ½ of 5 = 60 %: still leans to accept.
        assert_eq!(assess(&answers).verdict, Verdict::LeanAccept);
        answers.set_answer(Question::CareerGoals, NotSure);
        answers.set_answer(Question::Compromise, NotSure);
        // ½ + 0 + ½ + ½ + ½ of 5 = 40 %.
        let a = assess(&answers);
        assert_eq!(a.verdict, Verdict::Undecided);
        assert_eq!(a.reasons[0], Reason::WeakFit);
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

        // With weights on, lowering the deal-breaker's weight is never offered: it
        // would not change the verdict.
        let mut weighted = answers.clone();
        weighted.use_weights = true;
        weighted.entries[Question::CultureFit.index()].weight = 2;
        let (change, _) = what_flips(&weighted).expect("a flip");
        assert_eq!(change, Change::Answer(Question::CultureFit, NotSure));

        // A negotiable warning at weight 2: making it minor (weight 1) is one step, as
        // small as any answer change, and does flip it.
        let mut answers = ChecklistAnswers::from_answers([Yes, No, Yes, No, Yes]);
        answers.use_weights = true;
        answers.entries[Question::PayAfterCosts.index()].weight = 2;
        let (change, verdict) = what_flips(&answers).expect("a flip");
        assert_eq!(assess(&change.applied_to(&answers)).verdict, verdict);
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
