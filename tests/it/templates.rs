//! Every built-in template, in every shipped language and formality: renders without
//! Fluent errors or leftover variables, passes its own review, and keeps to its length.

use fluent_bundle::FluentArgs;
use gracious::domain::Formality;
use gracious::domain::review::{self, length};
use gracious::domain::template::Scenario;
use gracious::i18n::{LOCALES, Localizer};
use unic_langid::LanguageIdentifier;

fn args(formality: Formality) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("company", "Nordlicht GmbH");
    args.set("role", "Data Engineer");
    args.set("contact", "Alex Weber");
    args.set("sender", "Ana Costa");
    args.set("signature", "Ana Costa");
    args.set("date", "28.11.2026");
    args.set("formality", formality.fluent_value());
    // No form of address given: the contact's name stands in (as the app passes it).
    args.set("address", "Alex Weber");
    args.set("address_given", "no");
    args
}

#[test]
fn every_built_in_renders_reviews_and_fits_in_every_language_and_formality() {
    let mut problems = Vec::new();
    let mut checked = 0;
    // GRACIOUS_DUMP_TEMPLATES=DIR writes every rendered letter as DIR/<tag>/<scenario>.<formality>.txt
    // (for translators tuning review cues with `gracious review --cues`).
    let dump = std::env::var_os("GRACIOUS_DUMP_TEMPLATES").map(std::path::PathBuf::from);
    for locale in LOCALES.iter().filter(|l| !l.pseudo) {
        let language: LanguageIdentifier = locale.tag.parse().expect("tag");
        let i18n = Localizer::new(&language);
        let rules = i18n.review_rules(&language);
        assert!(
            rules.cues.max_length > 0,
            "{}: review cues missing",
            locale.tag
        );
        for formality in Formality::ALL {
            let args = args(formality);
            for scenario in Scenario::ALL {
                let mut subject = String::new();
                if scenario.has_subject() {
                    match i18n.format_checked(&language, &scenario.subject_id(), Some(&args)) {
                        Ok(s) if s.trim().is_empty() => {
                            problems.push(format!("{} {scenario:?}: empty subject", locale.tag));
                        }
                        Ok(s) => subject = s,
                        Err(e) => problems.extend(e),
                    }
                }
                let body = match i18n.format_checked(&language, &scenario.body_id(), Some(&args)) {
                    Ok(b) => b,
                    Err(e) => {
                        problems.extend(e);
                        continue;
                    }
                };
                let what = format!("{} {formality:?} {scenario:?}", locale.tag);
                for bad in ["{", "}", "$", "\u{2068}"] {
                    if body.contains(bad) {
                        problems.push(format!("{what}: leftover {bad:?}"));
                    }
                }
                if let Some(dir) = &dump {
                    let folder = dir.join(locale.tag);
                    std::fs::create_dir_all(&folder).expect("dump folder");
                    let text = if subject.is_empty() {
                        body.clone()
                    } else {
                        format!("Subject: {subject}\n\n{body}")
                    };
                    let name = format!("{}.{formality:?}.txt", scenario.stem());
                    std::fs::write(folder.join(name), text).expect("dump");
                }
                let draft = review::Draft {
                    subject: &subject,
                    body: &body,
                };
                let review = review::review(draft, rules, &[]);
                let expectation = review::expectation(scenario, rules);
                for element in review.missing(&expectation) {
                    problems.push(format!("{what}: review misses {element:?}"));
                }
                if !review.critical.is_empty() {
                    let words: Vec<&str> =
                        review.critical.iter().map(|f| f.text.as_str()).collect();
                    problems.push(format!("{what}: sounds critical {words:?}"));
                }
                if review.over_explains(&expectation) {
                    problems.push(format!(
                        "{what}: over-explains ({} sentences)",
                        review.reason_sentences
                    ));
                }
                let n = length(&body, rules.length_unit());
                if let Some(max) = scenario.max_chars() {
                    // The note for a network invitation: its medium's limit, names filled.
                    let chars = gracious::domain::message::clean_text(&body).chars().count();
                    if chars > max {
                        problems.push(format!("{what}: {chars} characters > {max}"));
                    }
                }
                if review.is_too_short(&expectation) || review.is_too_long(&expectation) {
                    problems.push(format!(
                        "{what}: {n} not in {}..={}",
                        expectation.min_length, expectation.max_length
                    ));
                }
                checked += 1 + usize::from(!subject.is_empty());
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    let real = LOCALES.iter().filter(|l| !l.pseudo).count();
    assert!(checked >= real * 2 * 26, "checked only {checked} texts");
}

#[test]
fn every_locale_says_whether_it_marks_formality() {
    for locale in LOCALES.iter().filter(|l| !l.pseudo) {
        let language: LanguageIdentifier = locale.tag.parse().expect("tag");
        let i18n = Localizer::new(&language);
        let value = i18n
            .format_checked(&language, "letter-formality-marked", None)
            .expect("message");
        assert!(value == "yes" || value == "no", "{}: {value}", locale.tag);
        // A language that marks formality really has different formal and informal text.
        if value == "yes" {
            let formal = i18n
                .format_checked(
                    &language,
                    "letter-accepted-other-offer-body",
                    Some(&args(Formality::Formal)),
                )
                .expect("formal");
            let informal = i18n
                .format_checked(
                    &language,
                    "letter-accepted-other-offer-body",
                    Some(&args(Formality::Informal)),
                )
                .expect("informal");
            assert_ne!(formal, informal, "{}", locale.tag);
        }
    }
}
