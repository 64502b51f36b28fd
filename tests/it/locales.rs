//! Every shipped locale parses, builds, and has exactly the messages of en-US, each with
//! the same variables.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use gracious::i18n::{LOCALES, build_bundle};

type Variables = BTreeSet<String>;

/// The variables the app passes to every letter template.
const LETTER_VARIABLES: &[&str] = &[
    "company",
    "role",
    "contact",
    "sender",
    "signature",
    "formality",
    "date",
    "address",
    "address_given",
];

/// Messages whose variables a translation may choose from what the app provides.
fn free_variables(id: &str) -> Option<&'static [&'static str]> {
    if id.starts_with("letter-") || id == "call-script" {
        Some(LETTER_VARIABLES)
    } else if id == "date-long" {
        Some(&["day", "month", "monthname", "year"])
    } else {
        None
    }
}

fn inline_vars(expr: &InlineExpression<&str>, out: &mut Variables) {
    match expr {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expr_vars(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        _ => {}
    }
}

fn expr_vars(expr: &Expression<&str>, out: &mut Variables) {
    match expr {
        Expression::Inline(inline) => inline_vars(inline, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
    }
}

fn pattern_vars(pattern: &Pattern<&str>, out: &mut Variables) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expr_vars(expression, out);
        }
    }
}

/// Message id → the variables it uses, over all files of a locale.
fn messages(tag: &str) -> BTreeMap<String, Variables> {
    let locale = LOCALES
        .iter()
        .find(|l| l.tag == tag)
        .expect("shipped locale");
    let mut out = BTreeMap::new();
    for (name, source) in locale.sources() {
        let source = source.expect("inflates");
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{name} does not parse: {errors:?}"));
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let mut vars = Variables::new();
                if let Some(value) = &m.value {
                    pattern_vars(value, &mut vars);
                }
                let previous = out.insert(m.id.name.to_owned(), vars);
                assert!(previous.is_none(), "{name}: {} defined twice", m.id.name);
            }
        }
    }
    out
}

#[test]
fn every_locale_builds_without_errors() {
    for locale in LOCALES {
        let (_, errors) = build_bundle(locale);
        assert!(errors.is_empty(), "{}: {errors:#?}", locale.tag);
    }
}

#[test]
fn every_locale_has_exactly_the_reference_messages_and_variables() {
    let reference = messages("en-US");
    assert!(
        reference.len() > 100,
        "the reference has {} messages",
        reference.len()
    );
    for locale in LOCALES.iter().skip(1).filter(|l| !l.pseudo) {
        let theirs = messages(locale.tag);
        let ours: BTreeSet<_> = reference.keys().collect();
        let other: BTreeSet<_> = theirs.keys().collect();
        let missing: Vec<_> = ours.difference(&other).collect();
        let extra: Vec<_> = other.difference(&ours).collect();
        assert!(missing.is_empty(), "{}: missing {missing:?}", locale.tag);
        assert!(extra.is_empty(), "{}: extra {extra:?}", locale.tag);
        for (id, vars) in &reference {
            if let Some(allowed) = free_variables(id) {
                // A letter (or the letter date) may use the variables the app provides
                // as its language needs (Japanese names the sender in its opening,
                // German selects on formality, Japanese dates need no month name), but
                // no others, and every letter body closes with the signature.
                // The call script also takes the answer to "why?".
                let why = |v: &str| id == "call-script" && v == "why";
                let extra: Vec<_> = theirs[id]
                    .iter()
                    .filter(|v| !allowed.contains(&v.as_str()) && !why(v))
                    .collect();
                assert!(extra.is_empty(), "{}: {id} uses {extra:?}", locale.tag);
                // Call scripts are spoken, not signed.
                if id.starts_with("letter-") && id.ends_with("-body") && !id.contains("call-script")
                {
                    assert!(
                        theirs[id].contains("signature"),
                        "{}: {id} unsigned",
                        locale.tag
                    );
                }
            } else {
                assert_eq!(&theirs[id], vars, "{}: variables of {id}", locale.tag);
            }
        }
    }
}

#[test]
fn every_message_has_a_value() {
    for locale in LOCALES {
        for (name, source) in locale.sources() {
            let source = source.expect("inflates");
            let resource = fluent_syntax::parser::parse(source.as_str()).expect("parses");
            for entry in resource.body {
                if let Entry::Message(m) = entry {
                    assert!(m.value.is_some(), "{name}: {} has no value", m.id.name);
                }
            }
        }
    }
}

/// Messages a translation may leave exactly as in English: names, codes and formats.
const SAME_AS_ENGLISH_ALLOWED: &[&str] = &[
    "app-title",               // the product's name
    "compare-not-given",       // a dash
    "compare-text-cell",       // "{ $job }: { $value }", punctuation only
    "header-date-hint",        // ISO date format, kept by languages that write it so
    "deadline-time-hint",      // HH:MM
    "list-separator",          // ", " in many languages
    "choice-accessible-name",  // "{ $group }: { $choice }"
    "file-failed",             // "{ $path }: { $error }"
    "next-step",               // "{ $phase }: { $step }"
    "letter-formality-marked", // "yes"/"no" are data, not text
    "letter-address-asked",    // the same
    "review-length-words",     // may match where the language shares the format
    "review-critical",         // "“{ $text }” { $why }": quotes and two variables
    "followup-reply-recorded", // "{ $date }: { $kind }"
    "ics-summary",             // "{ $what } ({ $company })"
    "ics-calendar-name",       // "Gracious: { $title }"
    "promise-notice",          // "{ $what } ({ $title }): { $when }"
];

/// Words that are simply the same in a language ("Status", "Name", "optional" in German).
const SAME_WORD: &[(&str, &str)] = &[
    ("fr-FR", "pay-part-bonus"),
    ("it-IT", "pay-part-bonus"),
    ("nl-NL", "pay-part-bonus"),
    ("de-DE", "about-version"),
    ("de-DE", "editor-scenario"),
    ("de-DE", "header-status"),
    ("de-DE", "ppp-override-hint"),
    ("de-DE", "profile-name"),
    ("de-DE", "followup-person-name"),
    ("es-ES", "answer-no"),
    ("fr-FR", "about-version"),
    ("fr-FR", "editor-body"),
    ("fr-FR", "editor-scenario"),
    ("fr-FR", "profile-email"),
    ("fr-FR", "profile-signature"),
    ("fr-FR", "rating-acceptable"),
    ("it-IT", "answer-no"),
    ("it-IT", "menu-file"),
    ("it-IT", "profile-email"),
    ("pl-PL", "header-status"),
    ("pt-BR", "formality-formal"),
    ("pt-BR", "formality-informal"),
    ("pt-BR", "profile-email"),
];

fn values(tag: &str) -> BTreeMap<String, String> {
    let locale = LOCALES
        .iter()
        .find(|l| l.tag == tag)
        .expect("shipped locale");
    let mut out = BTreeMap::new();
    for (_, source) in locale.sources() {
        let source = source.expect("inflates");
        let resource = fluent_syntax::parser::parse(source.as_str()).expect("parses");
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                out.insert(m.id.name.to_owned(), format!("{:?}", m.value));
            }
        }
    }
    out
}

#[test]
fn no_message_is_left_in_english() {
    let english = values("en-US");
    let mut problems = Vec::new();
    for locale in LOCALES.iter().filter(|l| !l.pseudo && l.tag != "en-US") {
        for (id, value) in values(locale.tag) {
            let allowed = SAME_AS_ENGLISH_ALLOWED.contains(&id.as_str())
                || id.starts_with("month-")
                || SAME_WORD.contains(&(locale.tag, id.as_str()));
            if !allowed && english.get(&id) == Some(&value) {
                problems.push(format!("{}: {id}", locale.tag));
            }
        }
    }
    assert!(problems.is_empty(), "identical to en-US: {problems:#?}");
}

/// Every review cue of every language can be used: the window and `gracious review`
/// would otherwise leave it out with no more than a line in the log.
#[test]
fn every_review_cue_compiles() {
    let mut bad = Vec::new();
    for locale in LOCALES {
        let cues = gracious::i18n::parse_cues(locale).expect("review.ron parses");
        let (_, refused) = gracious::domain::review::Rules::new(cues);
        bad.extend(
            refused
                .into_iter()
                .map(|cue| format!("{}: {cue}", locale.tag)),
        );
    }
    assert!(bad.is_empty(), "{bad:#?}");
}
