//! Speed of the letter pipeline: rendering templates and reviewing drafts.
//!
//! `cargo bench --bench template` prints the timings.

use divan::{Bencher, black_box};
use gracious::domain::letter::Source;
use gracious::domain::review;
use gracious::domain::template::{LetterFields, Scenario, render_custom};
use gracious::i18n::Localizer;
use gracious::i18n::letter;
use unic_langid::langid;

fn main() {
    divan::main();
}

/// A realistic draft of about 10,000 characters with placeholders in it.
fn long_draft() -> String {
    let paragraph = "Dear {contact}, thank you for the conversations about the {role} role at \
        {company}. After careful thought I have decided to decline; the role is not the right \
        fit for where I want to go next. I am grateful for your time and would be glad to stay \
        in touch. ";
    let mut text = String::new();
    while text.len() < 10_000 {
        text.push_str(paragraph);
        text.push_str("\n\n");
    }
    text.push_str("Kind regards,\n{signature}");
    text
}

fn fields() -> LetterFields {
    LetterFields {
        company: "Nordlicht GmbH".into(),
        role: "Data Engineer".into(),
        contact: "Alex Weber".into(),
        sender: "Ana Costa".into(),
        ..LetterFields::default()
    }
}

/// Fill a 10,000-character custom template and review the result against A–G.
#[divan::bench]
fn render_and_review_10k(bencher: Bencher) {
    let i18n = Localizer::new(&langid!("en-US"));
    let rules = i18n.review_rules(&langid!("en-US")).clone();
    let text = long_draft();
    let markers = vec!["[company]".to_owned(), "[date of your answer]".to_owned()];
    bencher.bench_local(|| {
        let filled = render_custom(black_box(&text), |name| match name {
            "company" => "Nordlicht GmbH".to_owned(),
            "role" => "Data Engineer".to_owned(),
            "contact" => "Alex Weber".to_owned(),
            _ => "Ana Costa".to_owned(),
        });
        review::review(review::Draft::parse(&filled), &rules, &markers)
    });
}

/// Review alone, 10,000 characters.
#[divan::bench]
fn review_10k(bencher: Bencher) {
    let i18n = Localizer::new(&langid!("en-US"));
    let rules = i18n.review_rules(&langid!("en-US")).clone();
    let text = long_draft();
    bencher.bench_local(|| review::review(review::Draft::parse(black_box(&text)), &rules, &[]));
}

/// The full review with spelling, 10,000 characters: the system's `en_US` dictionary
/// when installed, else the tests' small one. The first run looks every word up; later
/// runs find the answers remembered (as the editor does while the user types).
#[divan::bench]
fn review_with_spelling_10k(bencher: Bencher) {
    let language = langid!("en-US");
    let i18n = Localizer::new(&language);
    let rules = i18n.review_rules(&language).clone();
    let mut dirs = gracious::spelling::system_dirs();
    dirs.push(std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/dictionaries"
    )));
    let spelling = gracious::spelling::Spelling::new(dirs);
    let Some(speller) = spelling.speller_blocking(&language, &rules.cues.known_words) else {
        eprintln!("no en-US dictionary: review_with_spelling_10k skipped");
        return;
    };
    eprintln!("review_with_spelling_10k: {}", speller.path.display());
    let text = long_draft();
    bencher.bench_local(|| {
        let draft = review::Draft::parse(black_box(&text));
        let mut r = review::review(draft, &rules, &[]);
        r.misspelled = Some(gracious::spelling::misspelled(
            &speller,
            &draft,
            &rules,
            &[],
            &[],
            false,
        ));
        r
    });
}

/// Render a built-in letter through Fluent (bundle already loaded).
#[divan::bench(args = ["en-US", "de-DE", "ja-JP"])]
fn render_builtin(bencher: Bencher, tag: &str) {
    let language = tag.parse().expect("tag");
    let i18n = Localizer::new(&language);
    let fields = fields();
    let _ = letter::render(
        &i18n,
        &language,
        Source::Builtin(Scenario::AcceptedOtherOffer),
        &fields,
    );
    bencher.bench_local(|| {
        letter::render(
            &i18n,
            &language,
            Source::Builtin(black_box(Scenario::AcceptedOtherOffer)),
            &fields,
        )
    });
}

/// Parse the bundled World Bank PPP table (done once, when the sheet is first shown).
#[divan::bench]
fn load_ppp_table() -> gracious::domain::ppp::Table {
    gracious::domain::ppp::Table::parse(black_box(include_str!("../assets/ppp.csv")))
        .expect("parses")
}

/// Build the Fluent bundle of one language (done once per language, on first use).
#[divan::bench(args = ["en-US", "de-DE", "ja-JP"])]
fn load_fluent_bundle(tag: &str) -> usize {
    let locale = gracious::i18n::LOCALES
        .iter()
        .find(|l| l.tag == tag)
        .expect("shipped");
    let (_bundle, errors) = gracious::i18n::build_bundle(black_box(locale));
    errors.len()
}
