//! The draft held against the message framework A–G (docs/product.md §4): which
//! elements are there, whether it over-explains, whether it sounds negative, and which
//! placeholders are still unfilled.
//!
//! Rules for "ready to send" ([`Review::is_ready`]): every element the kind of letter
//! requires is there ([`Expectation`]), it is not longer than the language's limit for
//! its kind (call scripts have their own), nothing negative was found, and no
//! placeholder is left. An own template is held to the decline set, since nothing else
//! is known about what it is for.
//!
//! The cues that recognise each element are per language and live in
//! `locales/<lang>/review.ron`; this module only matches them.

use serde::{Deserialize, Serialize};

use super::template::Scenario;

/// The parts of a good decline message, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Element {
    /// A — acknowledge the interview or the offer.
    Acknowledge,
    /// B — the decision, plainly.
    ClearDecision,
    /// C — a brief, neutral reason (optional).
    Reason,
    /// D — gratitude.
    Gratitude,
    /// E — offer to stay in touch.
    StayInTouch,
    /// F — next steps or logistics (optional).
    NextSteps,
    /// G — sign-off.
    SignOff,
}

impl Element {
    pub const ALL: [Element; 7] = [
        Element::Acknowledge,
        Element::ClearDecision,
        Element::Reason,
        Element::Gratitude,
        Element::StayInTouch,
        Element::NextSteps,
        Element::SignOff,
    ];

    /// Whether a message should have it (the reason and next steps are optional).
    #[must_use]
    pub fn is_required(self) -> bool {
        !matches!(self, Element::Reason | Element::NextSteps)
    }

    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Element::Acknowledge => "review-acknowledge",
            Element::ClearDecision => "review-decision",
            Element::Reason => "review-reason",
            Element::Gratitude => "review-gratitude",
            Element::StayInTouch => "review-stay-in-touch",
            Element::NextSteps => "review-next-steps",
            Element::SignOff => "review-sign-off",
        }
    }
}

/// How a language's length is counted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum LengthUnit {
    /// Words separated by white space.
    #[default]
    Words,
    /// Characters other than white space (Chinese, Japanese).
    Characters,
}

/// The cues of one language. Matching is case-insensitive and by substring, so a cue
/// like "thank" also finds "thanks" and "thankful".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Cues {
    pub acknowledge: Vec<String>,
    pub decision: Vec<String>,
    pub reason: Vec<String>,
    pub gratitude: Vec<String>,
    pub stay_in_touch: Vec<String>,
    pub next_steps: Vec<String>,
    pub sign_off: Vec<String>,
    /// Critical or negative wording to avoid in a decline.
    pub negative: Vec<String>,
    pub length_unit: LengthUnit,
    /// Fewer than this many units is too curt for a letter (checked on the built-ins).
    pub min_length: usize,
    /// More than this many units is over-explaining.
    pub max_length: usize,
    /// A call script stays under this many units.
    pub script_max_length: usize,
}

impl Cues {
    fn for_element(&self, element: Element) -> &[String] {
        match element {
            Element::Acknowledge => &self.acknowledge,
            Element::ClearDecision => &self.decision,
            Element::Reason => &self.reason,
            Element::Gratitude => &self.gratitude,
            Element::StayInTouch => &self.stay_in_touch,
            Element::NextSteps => &self.next_steps,
            Element::SignOff => &self.sign_off,
        }
    }
}

/// What the review found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Review {
    /// The elements found in the draft.
    pub present: Vec<Element>,
    /// Required elements not found.
    pub missing: Vec<Element>,
    /// The length in the language's unit, and whether it is over the limit.
    pub length: usize,
    pub too_long: bool,
    /// The negative cues found, as written in the cue list.
    pub negative: Vec<String>,
    /// Placeholders still in the text.
    pub unfilled: Vec<String>,
}

/// What a letter of one kind is held to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Expectation {
    /// The elements it must have.
    pub required: &'static [Element],
    /// Its length limit in the language's unit (0: none).
    pub max_length: usize,
}

/// The expectation for a letter of `scenario`, or for an own template.
#[must_use]
pub fn expectation(scenario: Scenario, own_template: bool, cues: &Cues) -> Expectation {
    if own_template {
        return Expectation {
            required: Scenario::WithdrawAfterInterview.required_elements(),
            max_length: cues.max_length,
        };
    }
    Expectation {
        required: scenario.required_elements(),
        max_length: if scenario.is_call_script() {
            cues.script_max_length
        } else {
            cues.max_length
        },
    }
}

impl Review {
    /// Over the length limit of `expectation`.
    #[must_use]
    pub fn is_too_long(&self, expectation: &Expectation) -> bool {
        expectation.max_length > 0 && self.length > expectation.max_length
    }

    /// Nothing needs fixing before the letter is sent.
    #[must_use]
    pub fn is_ready(&self, expectation: &Expectation) -> bool {
        !self.is_too_long(expectation)
            && self.negative.is_empty()
            && self.unfilled.is_empty()
            && expectation
                .required
                .iter()
                .all(|e| self.present.contains(e))
    }
}

/// The length of `text` in `unit`.
#[must_use]
pub fn length(text: &str, unit: LengthUnit) -> usize {
    match unit {
        LengthUnit::Words => text.split_whitespace().count(),
        LengthUnit::Characters => text.chars().filter(|c| !c.is_whitespace()).count(),
    }
}

/// Review `text` with the cues of its language; `placeholders` are the markers that
/// must not remain.
#[must_use]
pub fn review(text: &str, cues: &Cues, placeholders: &[String]) -> Review {
    let lower = text.to_lowercase();
    let found = |list: &[String]| {
        list.iter()
            .any(|cue| !cue.is_empty() && lower.contains(&cue.to_lowercase()))
    };
    let mut out = Review::default();
    for element in Element::ALL {
        if found(cues.for_element(element)) {
            out.present.push(element);
        } else if element.is_required() {
            out.missing.push(element);
        }
    }
    out.length = length(text, cues.length_unit);
    out.too_long = cues.max_length > 0 && out.length > cues.max_length;
    out.negative = cues
        .negative
        .iter()
        .filter(|cue| !cue.is_empty() && lower.contains(&cue.to_lowercase()))
        .cloned()
        .collect();
    out.unfilled = super::template::unfilled(text, placeholders)
        .into_iter()
        .map(str::to_owned)
        .collect();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues() -> Cues {
        let list = |s: &[&str]| s.iter().map(|x| (*x).to_owned()).collect();
        Cues {
            acknowledge: list(&["thank you for", "offer"]),
            decision: list(&["decline", "withdraw"]),
            reason: list(&["because", "fit"]),
            gratitude: list(&["grateful", "appreciate"]),
            stay_in_touch: list(&["stay in touch"]),
            next_steps: list(&["i will send"]),
            sign_off: list(&["regards"]),
            negative: list(&["disorganised", "waste of time"]),
            length_unit: LengthUnit::Words,
            min_length: 0,
            max_length: 20,
            script_max_length: 10,
        }
    }

    #[test]
    fn finds_present_and_missing_elements() {
        let r = review(
            "Thank you for the offer. I must decline. I appreciate it. Kind regards",
            &cues(),
            &[],
        );
        assert_eq!(
            r.present,
            vec![
                Element::Acknowledge,
                Element::ClearDecision,
                Element::Gratitude,
                Element::SignOff
            ]
        );
        assert_eq!(r.missing, vec![Element::StayInTouch]);
        assert!(!r.too_long);
    }

    #[test]
    fn optional_elements_are_never_missing() {
        let r = review("", &cues(), &[]);
        assert!(!r.missing.contains(&Element::Reason));
        assert!(!r.missing.contains(&Element::NextSteps));
        assert_eq!(r.missing.len(), 5);
    }

    #[test]
    fn length_negative_wording_and_placeholders() {
        let text = "The process was DISORGANISED and a waste of time [company] ".repeat(3);
        let r = review(
            &text,
            &cues(),
            &["[company]".to_owned(), "[role]".to_owned()],
        );
        assert!(r.too_long, "{} words", r.length);
        assert_eq!(r.negative, vec!["disorganised", "waste of time"]);
        assert_eq!(r.unfilled, vec!["[company]"]);
    }

    #[test]
    fn characters_count_for_languages_without_spaces() {
        assert_eq!(length("内定を辞退 します。", LengthUnit::Characters), 9);
        assert_eq!(length("one two\nthree", LengthUnit::Words), 3);
    }

    #[test]
    fn scripts_have_their_own_length_and_own_templates_the_decline_set() {
        let mut c = cues();
        c.max_length = 100;
        c.script_max_length = 300;
        let script = expectation(Scenario::InterviewCallScript, false, &c);
        assert_eq!(script.max_length, 300);
        let own = expectation(Scenario::InterviewCallScript, true, &c);
        assert_eq!(own.max_length, 100);
        assert_eq!(
            own.required,
            Scenario::WithdrawAfterInterview.required_elements()
        );
    }

    #[test]
    fn ready_means_complete_short_kind_and_filled() {
        let c = cues();
        let exp = Expectation {
            required: &[Element::ClearDecision, Element::Gratitude],
            max_length: 20,
        };
        let good = review("I decline, and I am grateful.", &c, &[]);
        assert!(good.is_ready(&exp));
        let missing = review("I decline.", &c, &[]);
        assert!(!missing.is_ready(&exp));
        let long = review(&"I decline, grateful. ".repeat(10), &c, &[]);
        assert!(long.is_too_long(&exp) && !long.is_ready(&exp));
        let open = review("I decline, grateful, [company].", &c, &["[company]".into()]);
        assert!(!open.is_ready(&exp));
    }
}
