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
    for locale in LOCALES.iter().filter(|l| !l.pseudo) {
        let language: LanguageIdentifier = locale.tag.parse().expect("tag");
        let i18n = Localizer::new(&language);
        let cues = i18n.cues(&language);
        assert!(cues.max_length > 0, "{}: review cues missing", locale.tag);
        for formality in Formality::ALL {
            let args = args(formality);
            for scenario in Scenario::ALL {
                let mut texts = Vec::new();
                if scenario.has_subject() {
                    match i18n.format_checked(&language, &scenario.subject_id(), Some(&args)) {
                        Ok(s) if s.trim().is_empty() => {
                            problems.push(format!("{} {scenario:?}: empty subject", locale.tag));
                        }
                        Ok(s) => texts.push(s),
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
                let review = review::review(&body, cues, &[]);
                for element in scenario.required_elements() {
                    if !review.present.contains(element) {
                        problems.push(format!("{what}: review misses {element:?}"));
                    }
                }
                if !review.negative.is_empty() {
                    problems.push(format!("{what}: sounds negative {:?}", review.negative));
                }
                let n = length(&body, cues.length_unit);
                if let Some(max) = scenario.max_chars() {
                    // The note for a network invitation: its medium's limit, names filled.
                    let chars = gracious::domain::message::clean_text(&body).chars().count();
                    if chars > max {
                        problems.push(format!("{what}: {chars} characters > {max}"));
                    }
                } else if scenario.is_call_script() {
                    if n > cues.script_max_length {
                        problems.push(format!(
                            "{what}: script of {n} > {}",
                            cues.script_max_length
                        ));
                    }
                } else if n < cues.min_length || n > cues.max_length {
                    problems.push(format!(
                        "{what}: {n} not in {}..={}",
                        cues.min_length, cues.max_length
                    ));
                }
                texts.push(body);
                checked += texts.len();
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
