//! The fill-in test: every built-in letter, in every language and both formalities,
//! rendered through the app's own letter code with real names of several genders,
//! declension classes and company names, and checked against the rules each language
//! keeps beside its strings (`locales/<tag>/grammar.ron`): patterns that must never
//! appear once names are filled in, and, where the language greets with a form of
//! address of its own, that the letters use it. `scripts/check-locale` runs the same
//! rules for translators.

use gracious::domain::Formality;
use gracious::domain::letter::Source;
use gracious::domain::template::{LetterFields, Scenario};
use gracious::i18n::{LOCALES, Localizer, letter};
use serde::Deserialize;
use unic_langid::LanguageIdentifier;

#[derive(Deserialize)]
struct Grammar {
    names: Vec<Names>,
    forbidden: Vec<Rule>,
    greeting_uses_address: bool,
}

#[derive(Deserialize)]
struct Names {
    contact: String,
    address: String,
    company: String,
    role: String,
}

#[derive(Deserialize)]
struct Rule {
    pattern: String,
    why: String,
}

fn grammar(tag: &str) -> Grammar {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(tag)
        .join("grammar.ron");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (every language keeps its rules)", path.display()));
    ron::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn letters_stay_correct_once_real_names_are_filled_in() {
    let mut problems = Vec::new();
    let mut rendered = 0;
    for locale in LOCALES.iter().filter(|l| !l.pseudo) {
        let rules = grammar(locale.tag);
        assert!(
            rules.names.len() >= 3,
            "{}: at least three sets of names",
            locale.tag
        );
        let patterns: Vec<(regex::Regex, &str)> = rules
            .forbidden
            .iter()
            .map(|r| {
                let re = regex::Regex::new(&r.pattern)
                    .unwrap_or_else(|e| panic!("{}: {}: {e}", locale.tag, r.pattern));
                (re, r.why.as_str())
            })
            .collect();
        let language: LanguageIdentifier = locale.tag.parse().expect("tag");
        let i18n = Localizer::new(&language);
        for names in &rules.names {
            for formality in Formality::ALL {
                let fields = LetterFields {
                    company: names.company.clone(),
                    role: names.role.clone(),
                    contact: names.contact.clone(),
                    address: names.address.clone(),
                    sender: "Ana Costa".into(),
                    signature: "Ana Costa".into(),
                    // The date as the letter language writes it (uk ends it with "р.").
                    date: i18n.long_date(&language, jiff::civil::date(2026, 11, 28)),
                    formality,
                };
                for scenario in Scenario::ALL {
                    let letter =
                        letter::render(&i18n, &language, Source::Builtin(scenario), &fields);
                    rendered += 1;
                    let what = format!(
                        "{} {scenario:?} {formality:?} ({} / {})",
                        locale.tag, names.contact, names.company
                    );
                    for text in [&letter.subject, &letter.body] {
                        for (re, why) in &patterns {
                            if let Some(m) = re.find(text) {
                                problems.push(format!("{what}: {:?}: {why}", m.as_str()));
                            }
                        }
                    }
                    if rules.greeting_uses_address
                        && !names.address.is_empty()
                        && !letter.body.contains(&names.address)
                    {
                        problems.push(format!("{what}: does not greet with {:?}", names.address));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(rendered >= 12 * 3 * 2 * Scenario::ALL.len(), "{rendered}");
}

#[test]
fn a_rule_catches_what_it_says() {
    // The rules are real: the Ukrainian one finds a company declined after "у".
    let rules = grammar("uk-UA");
    let caught = rules.forbidden.iter().any(|r| {
        regex::Regex::new(&r.pattern)
            .expect("valid")
            .is_match("Дякую за співбесіду у Укрпошта.")
    });
    assert!(caught, "uk-UA rules miss a company after a preposition");
    let rules = grammar("pt-BR");
    let caught = rules.forbidden.iter().any(|r| {
        regex::Regex::new(&r.pattern)
            .expect("valid")
            .is_match("a vaga na Nubank")
    });
    assert!(
        caught,
        "pt-BR rules miss an article before a masculine company"
    );
}
