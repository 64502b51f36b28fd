//! `gracious review`: the editor's review of a draft, printed as one JSON object for
//! scripts, translators and checks outside the window. The review is the same code as
//! the editor's ([`crate::domain::review::review`]); only reading and printing are here.
//!
//! Offsets (`start`, `end`) count characters (Unicode scalar values) from the start of
//! the input as given, the `Subject:` line included, so `text[start:end]` in most
//! languages' string slicing gives the words found.

use std::io::Read;
use std::path::PathBuf;

use serde_json::{Map, Value, json};
use unic_langid::LanguageIdentifier;

use crate::cli::ReviewOptions;
use crate::domain::review::{self, Cues, Draft, Element, Rules};
use crate::domain::template::Scenario;
use crate::i18n::{LOCALES, Localizer};

/// The shipped language a tag asks for: the same tag, else the same language.
fn shipped(lang: &LanguageIdentifier) -> Option<LanguageIdentifier> {
    let tags: Vec<LanguageIdentifier> = LOCALES
        .iter()
        .filter(|l| !l.pseudo)
        .filter_map(|l| l.tag.parse().ok())
        .collect();
    tags.iter()
        .find(|t| *t == lang)
        .or_else(|| tags.iter().find(|t| t.language == lang.language))
        .cloned()
}

/// The scenario with this command-line id (its kebab-case name).
#[must_use]
pub fn scenario_by_id(id: &str) -> Option<Scenario> {
    Scenario::ALL.into_iter().find(|s| s.stem() == id)
}

/// Review what `options` name (the draft from `stdin` when no file is given) and return
/// the JSON text; the error is a message for standard error (exit status 2).
pub fn run(options: &ReviewOptions, stdin: &mut dyn Read) -> Result<String, String> {
    let asked = options
        .lang
        .clone()
        .ok_or("review: --lang is required (the language of the draft, e.g. de-DE)")?;
    let language = shipped(&asked).ok_or_else(|| {
        let tags: Vec<&str> = LOCALES
            .iter()
            .filter(|l| !l.pseudo)
            .map(|l| l.tag)
            .collect();
        format!(
            "review: there is no review for '{asked}'; languages: {}",
            tags.join(", ")
        )
    })?;
    let scenario_id = options
        .scenario
        .as_deref()
        .unwrap_or(Scenario::WithdrawAfterInterview.stem());
    let scenario = scenario_by_id(scenario_id).ok_or_else(|| {
        let ids: Vec<&str> = Scenario::ALL.iter().map(|s| s.stem()).collect();
        format!(
            "review: unknown scenario '{scenario_id}'; scenarios: {}",
            ids.join(", ")
        )
    })?;
    let own_rules;
    let i18n;
    let rules: &Rules = if let Some(path) = &options.cues {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("review: --cues: {}: {e}", path.display()))?;
        let cues: Cues =
            ron::from_str(&text).map_err(|e| format!("review: --cues: {}: {e}", path.display()))?;
        let (rules, bad) = Rules::new(cues);
        if !bad.is_empty() {
            return Err(format!(
                "review: --cues: {}: these cues cannot be used: {}",
                path.display(),
                bad.join(" | ")
            ));
        }
        own_rules = rules;
        &own_rules
    } else {
        i18n = Localizer::new(&language);
        i18n.review_rules(&language)
    };
    let text = read_draft(options.file.as_ref(), stdin)?;
    let dirs = if options.no_spelling {
        Vec::new()
    } else {
        dictionary_dirs(options.data_dir.as_ref())
    };
    Ok(report(&text, &language, scenario, rules, &dirs).to_string())
}

/// The draft's text from `file`, or from `stdin` for none or `-`.
fn read_draft(file: Option<&PathBuf>, stdin: &mut dyn Read) -> Result<String, String> {
    let mut bytes = Vec::new();
    match file.filter(|f| f.as_os_str() != "-") {
        Some(path) => {
            bytes = std::fs::read(path).map_err(|e| format!("review: {}: {e}", path.display()))?;
        }
        None => {
            stdin
                .read_to_end(&mut bytes)
                .map_err(|e| format!("review: standard input: {e}"))?;
        }
    }
    let name = file.map_or_else(|| "standard input".to_owned(), |f| f.display().to_string());
    let text = String::from_utf8(bytes).map_err(|_| format!("review: {name} is not UTF-8 text"))?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(&text).to_owned())
}

/// Where `gracious review` looks for dictionaries: the data folder's own, then the
/// system's.
fn dictionary_dirs(data_dir: Option<&PathBuf>) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = data_dir
        .cloned()
        .or_else(crate::store::Store::default_dir)
        .map(|d| crate::spelling::user_dir(&d))
        .into_iter()
        .collect();
    dirs.extend(crate::spelling::system_dirs());
    dirs
}

/// The review of `text` as the JSON object `gracious review` prints.
#[must_use]
pub fn report(
    text: &str,
    language: &LanguageIdentifier,
    scenario: Scenario,
    rules: &Rules,
    dictionary_dirs: &[PathBuf],
) -> Value {
    let draft = Draft::parse(text);
    let mut r = review::review(draft, rules, &[]);
    let spelling = crate::spelling::Spelling::new(dictionary_dirs.to_vec());
    r.misspelled = spelling
        .speller_blocking(language, &rules.cues.known_words)
        .map(|speller| crate::spelling::misspelled(&speller, &draft, rules, &[], &[], true));
    let spelling_status = match spelling.status(language) {
        crate::spelling::Status::Ready => "checked",
        crate::spelling::Status::Unreliable(_) => "unreliable-dictionary",
        crate::spelling::Status::Loading | crate::spelling::Status::Missing => "no-dictionary",
    };
    let expectation = review::expectation(scenario, rules);

    // Byte offsets in the reviewed text → character offsets in the input.
    let base = text.as_ptr() as usize;
    // `Draft::parse` returns parts of `text`; saturating all the same.
    let subject_at = (draft.subject.as_ptr() as usize).saturating_sub(base);
    let body_at = (draft.body.as_ptr() as usize).saturating_sub(base);
    let body_offset = draft.body_offset();
    let chars = |reviewed: usize| {
        let byte = if reviewed >= body_offset {
            body_at + reviewed - body_offset
        } else {
            subject_at + reviewed
        };
        text.get(..byte).map_or(0, |t| t.chars().count())
    };

    let mut elements = Map::new();
    for element in Element::ALL {
        elements.insert(
            element.key().to_owned(),
            json!(r.presence(element, &expectation).key()),
        );
    }
    let critical: Vec<Value> = r
        .critical
        .iter()
        .map(|f| {
            json!({
                "text": f.text,
                "start": chars(f.start),
                "end": chars(f.end),
                "about": format!("{:?}", f.about).to_lowercase(),
                "kinder": f.kinder,
            })
        })
        .collect();
    let misspelled: Vec<Value> = r
        .misspelled
        .iter()
        .flatten()
        .map(|m| {
            json!({
                "word": m.word,
                "start": chars(m.start),
                "end": chars(m.end),
                "suggestions": m.suggestions,
            })
        })
        .collect();
    json!({
        "language": language.to_string(),
        "scenario": scenario.stem(),
        "elements": elements,
        "length": r.length,
        "unit": rules.length_unit().key(),
        "too_short": r.is_too_short(&expectation),
        "too_long": r.is_too_long(&expectation) || r.over_explains(&expectation),
        "over_explains": r.over_explains(&expectation),
        "critical": critical,
        "unfilled": r.unfilled,
        "misspelled": misspelled,
        "spelling": spelling_status,
        "verdict": if r.is_ready(&expectation) { "ready" } else { "not-ready" },
    })
}
