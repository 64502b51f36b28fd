//! The review against a careful human reader: realistic drafts in every language,
//! labelled by hand before the rules were tuned (tests/review-corpus/README.md).
//! The review is `gracious review`'s own ([`gracious::review_report::report`]), so the
//! figures are the command line's and the editor's alike.
//!
//! The tuned part and the held-back part are scored apart; the held-back part was not
//! read while the cues were written. `cargo test --test it review_corpus -- --nocapture`
//! prints the figures per language.

use std::path::Path;

use gracious::domain::review::Element;
use gracious::i18n::Localizer;
use gracious::review_report::{report, scenario_by_id};
use serde::Deserialize;
use unic_langid::LanguageIdentifier;

#[derive(Deserialize)]
#[allow(dead_code)] // `why` is for the reader of the corpus
#[allow(clippy::struct_excessive_bools)] // the labels are yes/no by nature
struct Labelled {
    id: String,
    scenario: String,
    text: String,
    elements: Vec<String>,
    critical: bool,
    curt: bool,
    over_long: bool,
    ready: bool,
    why: String,
}

/// Agreement of one file: elements right, elements judged, verdicts right, drafts, and
/// what disagreed.
struct Score {
    elements: usize,
    element_total: usize,
    verdicts: usize,
    drafts: usize,
    disagreements: Vec<String>,
}

fn score(path: &Path) -> Score {
    let tag = path
        .file_stem()
        .and_then(|s| s.to_str())
        .expect("file named after its language");
    let language: LanguageIdentifier = tag.parse().expect("tag");
    let text = std::fs::read_to_string(path).expect("corpus file");
    let drafts: Vec<Labelled> =
        ron::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let i18n = Localizer::new(&language);
    let rules = i18n.review_rules(&language);
    let mut s = Score {
        elements: 0,
        element_total: 0,
        verdicts: 0,
        drafts: drafts.len(),
        disagreements: Vec::new(),
    };
    for d in &drafts {
        for e in &d.elements {
            assert!(
                Element::from_key(e).is_some(),
                "{}: unknown element {e}",
                d.id
            );
        }
        let scenario = scenario_by_id(&d.scenario)
            .unwrap_or_else(|| panic!("{}: unknown scenario {}", d.id, d.scenario));
        let got = report(&d.text, &language, scenario, rules, &[]);
        for element in Element::ALL {
            let labelled = d.elements.iter().any(|e| e == element.key());
            let found = got["elements"][element.key()] == "present";
            s.element_total += 1;
            if labelled == found {
                s.elements += 1;
            } else {
                s.disagreements.push(format!(
                    "{}: {} labelled {}",
                    d.id,
                    element.key(),
                    if labelled { "present" } else { "absent" }
                ));
            }
        }
        let ready = got["verdict"] == "ready";
        if ready == d.ready {
            s.verdicts += 1;
        } else {
            s.disagreements.push(format!(
                "{}: labelled {} (curt {}, over-long {}, critical {}), review: {got}",
                d.id,
                if d.ready { "ready" } else { "not ready" },
                d.curt,
                d.over_long,
                d.critical
            ));
        }
    }
    s
}

fn percent(part: usize, whole: usize) -> f64 {
    100.0 * part as f64 / whole.max(1) as f64
}

fn files(part: &str) -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/review-corpus")
        .join(part);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}

/// Score every language of `part`: each language must reach `(elements %, verdicts %)`
/// of `each`, and all languages together those of `pooled`.
fn check(part: &str, each: (f64, f64), pooled: (f64, f64)) {
    let mut failures = Vec::new();
    let shipped = gracious::i18n::LOCALES.iter().filter(|l| !l.pseudo).count();
    let files = files(part);
    assert_eq!(files.len(), shipped, "{part}: one corpus file per language");
    let (mut elements, mut element_total, mut verdicts, mut drafts) = (0, 0, 0, 0);
    for path in files {
        let s = score(&path);
        let (e, v) = (
            percent(s.elements, s.element_total),
            percent(s.verdicts, s.drafts),
        );
        println!(
            "{part} {}: elements {}/{} = {e:.1} %, verdicts {}/{} = {v:.1} %",
            path.file_stem().unwrap_or_default().to_string_lossy(),
            s.elements,
            s.element_total,
            s.verdicts,
            s.drafts
        );
        for d in &s.disagreements {
            println!("    {d}");
        }
        if e < each.0 || v < each.1 {
            failures.push(format!("{}: {e:.1} % / {v:.1} %", path.display()));
        }
        elements += s.elements;
        element_total += s.element_total;
        verdicts += s.verdicts;
        drafts += s.drafts;
    }
    let (e, v) = (percent(elements, element_total), percent(verdicts, drafts));
    println!(
        "{part}: elements {elements}/{element_total} = {e:.1} %, verdicts {verdicts}/{drafts} = {v:.1} %"
    );
    if e < pooled.0 || v < pooled.1 {
        failures.push(format!("all languages: {e:.1} % / {v:.1} %"));
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// The tuned part: what the cues were written against.
#[test]
fn the_review_agrees_with_the_labels_of_the_tuned_part() {
    check("tune", (95.0, 95.0), (98.0, 98.0));
}

/// The held-back part, written by other writers and never read while tuning.
///
/// Issue 15 asks for 95 % of elements and 90 % of verdicts in every language. Measured
/// once on the cues of commit 543bc3a (rounds 21 and 22, 832 drafts, 64 in each
/// language, committed before those cues): 97.3 % of elements and 95.8 % of verdicts
/// over all languages, per language 96.0–98.7 % of elements and 90.6–100 % of verdicts
/// (de-DE and uk-UA 90.6 %). The floors are the target, so a change of cues
/// that takes any language below it fails here.
#[test]
fn the_review_agrees_with_the_labels_of_the_held_back_part() {
    check("held", (95.0, 90.0), (97.0, 95.0));
}

/// Criticism denied just before or after ("not low at all", "कभी धीमा नहीं रहा") is
/// praise; the same words affirmed stay criticism, in the languages' own cues.
#[test]
fn denied_criticism_is_praise_and_affirmed_stays_criticism() {
    let cases = [
        (
            "en-US",
            "The offer is not low at all.",
            "The offer was low and came late.",
        ),
        (
            "de-DE",
            "Der Ablauf war zu keinem Zeitpunkt chaotisch.",
            "Der Ablauf war chaotisch.",
        ),
        (
            "fr-FR",
            "Votre offre n'est pas basse.",
            "La première offre était basse.",
        ),
        (
            "es-ES",
            "La oferta no es baja en absoluto.",
            "La oferta fue baja.",
        ),
        (
            "nl-NL",
            "Het aanbod was zeker niet mager.",
            "Het aanbod was nogal aan de magere kant.",
        ),
        ("zh-CN", "整个流程一点也不混乱。", "整个流程很混乱。"),
        ("hi-IN", "संवाद कभी धीमा नहीं रहा।", "संवाद काफ़ी धीमा था।"),
    ];
    let scenario = scenario_by_id("withdraw-after-interview").expect("scenario");
    for (tag, praise, criticism) in cases {
        let language: LanguageIdentifier = tag.parse().expect("tag");
        let i18n = Localizer::new(&language);
        let rules = i18n.review_rules(&language);
        let found = |text: &str| {
            report(text, &language, scenario, rules, &[])["critical"]
                .as_array()
                .map_or(0, Vec::len)
        };
        assert_eq!(found(praise), 0, "{tag}: {praise}");
        assert_eq!(found(criticism), 1, "{tag}: {criticism}");
    }
}
