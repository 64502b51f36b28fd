//! Tests of scenarios, placeholders and templatizing.

use super::*;

#[test]
fn ids_follow_the_naming_convention() {
    let s = Scenario::AcceptedOtherOffer;
    assert_eq!(s.subject_id(), "letter-accepted-other-offer-subject");
    assert_eq!(s.body_id(), "letter-accepted-other-offer-body");
    assert_eq!(s.name_id(), "scenario-accepted-other-offer");
}

#[test]
fn missing_fields_are_the_blank_ones() {
    let fields = LetterFields {
        company: "Acme".into(),
        role: "  ".into(),
        contact: String::new(),
        sender: "Ana".into(),
        ..LetterFields::default()
    };
    assert_eq!(
        fields.missing(),
        vec![Field::Role, Field::Contact, Field::Date]
    );
}

#[test]
fn edited_draft_is_detected() {
    let mut d = Draft::default();
    d.set_generated("S".into(), "B".into());
    assert!(!d.is_edited());
    d.body.push('!');
    assert!(d.is_edited());
}

#[test]
fn plain_text_joins_subject_and_normalizes_line_endings() {
    let mut d = Draft::default();
    d.set_generated(" Subject ".into(), "Line 1\r\nLine 2\rLine 3\n\n".into());
    assert_eq!(d.plain_text(), "Subject\n\nLine 1\nLine 2\nLine 3");
    d.subject.clear();
    assert_eq!(d.plain_text(), "Line 1\nLine 2\nLine 3");
}

#[test]
fn custom_templates_parse_and_fill_known_placeholders() {
    let text = "Dear {contact}, re {role} at {company}. {unknown} {not closed";
    assert_eq!(
        parse_placeholders(text),
        vec![
            Piece::Text("Dear "),
            Piece::Placeholder("contact"),
            Piece::Text(", re "),
            Piece::Placeholder("role"),
            Piece::Text(" at "),
            Piece::Placeholder("company"),
            Piece::Text(". {unknown} {not closed"),
        ]
    );
    let filled = render_custom(text, str::to_uppercase);
    assert_eq!(
        filled,
        "Dear CONTACT, re ROLE at COMPANY. {unknown} {not closed"
    );
}

#[test]
fn templatize_turns_values_back_into_placeholders() {
    let text = "Dear Ms Weber, the Data Engineer role at Nordlicht GmbH. Ana";
    let t = templatize(
        text,
        &[
            ("contact", "Ms Weber"),
            ("role", "Data Engineer"),
            ("company", "Nordlicht GmbH"),
            ("sender", "Ana"),
            ("date", ""),
        ],
    );
    assert_eq!(t, "Dear {contact}, the {role} role at {company}. {sender}");
    // And filling it again gives the text back.
    let back = render_custom(&t, |name| match name {
        "contact" => "Ms Weber".into(),
        "role" => "Data Engineer".into(),
        "company" => "Nordlicht GmbH".into(),
        _ => "Ana".into(),
    });
    assert_eq!(back, text);
}

#[test]
fn templatize_replaces_whole_words_only_and_skips_short_values() {
    let values = [("contact", "Jo"), ("company", "Acme"), ("role", "Analyst")];
    // "Jo" is too short to be replaced anywhere; "Acme" inside "Acmeon" is not Acme.
    assert_eq!(
        templatize("Job offer from Acme, Jo. Acmeon is another firm.", &values),
        "Job offer from {company}, Jo. Acmeon is another firm."
    );
    assert_eq!(
        templatize("Analysts and the Analyst", &values),
        "Analysts and the {role}"
    );
    // Names followed by Japanese or joined to a Korean particle are still names.
    let values = [("company", "株式会社さくら"), ("role", "Nordlicht")];
    assert_eq!(
        templatize("株式会社さくら様、Nordlicht에 감사드립니다", &values),
        "{company}様、{role}에 감사드립니다"
    );
}

#[test]
fn bracket_segments_are_the_hints_to_replace() {
    assert_eq!(
        bracket_segments("Dear [name], about [what you want] and [name]."),
        vec!["[name]".to_string(), "[what you want]".to_string()]
    );
    assert!(bracket_segments("no hints [] here [unclosed").is_empty());
    assert_eq!(bracket_segments("[a [b] c]"), vec!["[b]".to_string()]);
    assert!(bracket_segments("[across\nlines]").is_empty());
    // Japanese and Chinese hints.
    assert_eq!(
        bracket_segments("【会社名】の皆様、［日付］までに【ご回答】"),
        vec![
            "【会社名】".to_string(),
            "［日付］".to_string(),
            "【ご回答】".to_string()
        ]
    );
    assert!(bracket_segments("【未完").is_empty());
    assert_eq!(bracket_segments("【a]b】"), vec!["【a]b】".to_string()]);
}

#[test]
fn unfilled_markers_are_found() {
    let markers = vec![
        "[company]".to_string(),
        "[contact]".to_string(),
        String::new(),
    ];
    assert_eq!(
        unfilled("Dear [contact], thanks", &markers),
        vec!["[contact]"]
    );
    assert!(unfilled("Dear Ana", &markers).is_empty());
}
