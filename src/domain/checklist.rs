//! The decision checklist: five answers (and how each blocker is judged) → a verdict with
//! the reasons that produced it.
//!
//! Rules (product brief §1):
//! - One firm warning answer is enough reason to decline, when the misfit is fundamental
//!   (values, way of working, long-term direction, or a compromise the person is not
//!   ready to make).
//! - When the only blockers are negotiable (compensation, start date, role scope, remote
//!   work, relocation support) and the person otherwise wants the role: negotiate first.
//! - Unanswered or "not sure" answers leave the decision open: ask for time rather than
//!   accept while unsure.

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

    /// How a warning on this question is judged when the user has not said otherwise.
    /// Pay can be negotiated; career direction, growth, a forced compromise and culture
    /// are misfits that negotiation does not fix.
    #[must_use]
    pub fn default_blocker_kind(self) -> BlockerKind {
        match self {
            Question::PayAfterCosts => BlockerKind::Negotiable,
            _ => BlockerKind::Fundamental,
        }
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

/// Whether a blocker could be fixed by negotiating.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BlockerKind {
    Negotiable,
    Fundamental,
}

/// The user's answer to one question, and how they judge it if it is a blocker.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Entry {
    pub answer: Answer,
    /// `None` uses [`Question::default_blocker_kind`].
    pub blocker_kind: Option<BlockerKind>,
    pub note: String,
}

/// All five answers of one opportunity.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ChecklistAnswers {
    pub entries: [Entry; 5],
}

impl ChecklistAnswers {
    #[must_use]
    pub fn answer(&self, question: Question) -> Answer {
        self.entries[question.index()].answer
    }

    pub fn set_answer(&mut self, question: Question, answer: Answer) {
        self.entries[question.index()].answer = answer;
    }

    #[must_use]
    pub fn blocker_kind(&self, question: Question) -> BlockerKind {
        self.entries[question.index()]
            .blocker_kind
            .unwrap_or_else(|| question.default_blocker_kind())
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

/// What the checklist suggests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    Decline,
    NegotiateFirst,
    LeanAccept,
    Undecided,
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

/// Why the verdict is what it is. Each carries the question it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// A warning answer on a misfit that negotiation will not fix.
    FundamentalBlocker(Question),
    /// A warning answer on something that can be negotiated.
    NegotiableBlocker(Question),
    /// The question has no answer yet.
    Unanswered(Question),
    /// The user is not sure about this question.
    NotSure(Question),
    /// Every answer favours the role.
    AllFavourable,
}

impl Reason {
    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Reason::FundamentalBlocker(_) => "reason-fundamental-blocker",
            Reason::NegotiableBlocker(_) => "reason-negotiable-blocker",
            Reason::Unanswered(_) => "reason-unanswered",
            Reason::NotSure(_) => "reason-not-sure",
            Reason::AllFavourable => "reason-all-favourable",
        }
    }

    /// The question behind the reason, if it has one.
    #[must_use]
    pub fn question(self) -> Option<Question> {
        match self {
            Reason::FundamentalBlocker(q)
            | Reason::NegotiableBlocker(q)
            | Reason::Unanswered(q)
            | Reason::NotSure(q) => Some(q),
            Reason::AllFavourable => None,
        }
    }
}

/// A verdict and the reasons that produced it (never empty).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub verdict: Verdict,
    pub reasons: Vec<Reason>,
}

/// Apply the rules of the product brief to a set of answers.
#[must_use]
pub fn assess(answers: &ChecklistAnswers) -> Assessment {
    let mut fundamental = Vec::new();
    let mut negotiable = Vec::new();
    let mut unanswered = Vec::new();
    let mut unsure = Vec::new();
    for question in Question::ALL {
        let answer = answers.answer(question);
        if answer == question.warning_answer() {
            match answers.blocker_kind(question) {
                BlockerKind::Fundamental => fundamental.push(Reason::FundamentalBlocker(question)),
                BlockerKind::Negotiable => negotiable.push(Reason::NegotiableBlocker(question)),
            }
        } else if answer == Answer::Unanswered {
            unanswered.push(Reason::Unanswered(question));
        } else if answer == Answer::NotSure {
            unsure.push(Reason::NotSure(question));
        }
    }

    // One firm fundamental warning is enough, whatever else is open.
    if !fundamental.is_empty() {
        return Assessment {
            verdict: Verdict::Decline,
            reasons: fundamental,
        };
    }
    // Without all answers we cannot tell whether the person otherwise wants the role.
    if !unanswered.is_empty() {
        return Assessment {
            verdict: Verdict::Undecided,
            reasons: unanswered,
        };
    }
    if !negotiable.is_empty() {
        negotiable.extend(unsure);
        return Assessment {
            verdict: Verdict::NegotiateFirst,
            reasons: negotiable,
        };
    }
    if !unsure.is_empty() {
        return Assessment {
            verdict: Verdict::Undecided,
            reasons: unsure,
        };
    }
    Assessment {
        verdict: Verdict::LeanAccept,
        reasons: vec![Reason::AllFavourable],
    }
}

#[cfg(test)]
mod tests {
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
    }

    #[test]
    fn one_firm_fundamental_warning_declines() {
        let a = run([Yes, Yes, Yes, No, No]);
        assert_eq!(a.verdict, Verdict::Decline);
        assert_eq!(
            a.reasons,
            vec![Reason::FundamentalBlocker(Question::CultureFit)]
        );
    }

    #[test]
    fn compromise_yes_is_the_warning_answer() {
        let a = run([Yes, Yes, Yes, Yes, Yes]);
        assert_eq!(a.verdict, Verdict::Decline);
        assert_eq!(
            a.reasons,
            vec![Reason::FundamentalBlocker(Question::Compromise)]
        );
    }

    #[test]
    fn fundamental_warning_declines_even_with_open_questions() {
        let a = run([No, Unanswered, NotSure, Unanswered, Unanswered]);
        assert_eq!(a.verdict, Verdict::Decline);
        assert_eq!(
            a.reasons,
            vec![Reason::FundamentalBlocker(Question::CareerGoals)]
        );
    }

    #[test]
    fn only_negotiable_blocker_means_negotiate_first() {
        let a = run([Yes, No, Yes, No, Yes]);
        assert_eq!(a.verdict, Verdict::NegotiateFirst);
        assert_eq!(
            a.reasons,
            vec![Reason::NegotiableBlocker(Question::PayAfterCosts)]
        );
    }

    #[test]
    fn user_can_mark_a_blocker_negotiable_or_fundamental() {
        let mut answers = ChecklistAnswers::from_answers([Yes, No, No, No, Yes]);
        answers.entries[Question::Growth.index()].blocker_kind = Some(BlockerKind::Negotiable);
        let a = assess(&answers);
        assert_eq!(a.verdict, Verdict::NegotiateFirst);
        assert_eq!(a.reasons.len(), 2);

        answers.entries[Question::PayAfterCosts.index()].blocker_kind =
            Some(BlockerKind::Fundamental);
        let a = assess(&answers);
        assert_eq!(a.verdict, Verdict::Decline);
        assert_eq!(
            a.reasons,
            vec![Reason::FundamentalBlocker(Question::PayAfterCosts)]
        );
    }

    #[test]
    fn fundamental_plus_negotiable_declines() {
        let a = run([Yes, No, Yes, Yes, Yes]);
        assert_eq!(a.verdict, Verdict::Decline);
        assert_eq!(
            a.reasons,
            vec![Reason::FundamentalBlocker(Question::Compromise)]
        );
    }

    #[test]
    fn unanswered_questions_leave_it_undecided() {
        let a = run([Yes, No, Unanswered, No, Yes]);
        assert_eq!(a.verdict, Verdict::Undecided);
        assert_eq!(a.reasons, vec![Reason::Unanswered(Question::Growth)]);
        let a = run([Unanswered; 5]);
        assert_eq!(a.verdict, Verdict::Undecided);
        assert_eq!(a.reasons.len(), 5);
    }

    #[test]
    fn all_unsure_is_undecided_with_every_question_named() {
        let a = run([NotSure; 5]);
        assert_eq!(a.verdict, Verdict::Undecided);
        let questions: Vec<_> = a.reasons.iter().filter_map(|r| r.question()).collect();
        assert_eq!(questions, Question::ALL.to_vec());
    }

    #[test]
    fn negotiable_blocker_with_unsure_keeps_both_reasons() {
        let a = run([Yes, No, NotSure, No, Yes]);
        assert_eq!(a.verdict, Verdict::NegotiateFirst);
        assert_eq!(
            a.reasons,
            vec![
                Reason::NegotiableBlocker(Question::PayAfterCosts),
                Reason::NotSure(Question::Growth)
            ]
        );
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
}
