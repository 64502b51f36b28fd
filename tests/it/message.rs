//! What leaves the app: the `.eml` parses with a real mail parser and round-trips the
//! subject and body; copied text carries no invisible characters.

use gracious::domain::message::{Envelope, clean_text, eml, mailto, to_html};
use mail_parser::MessageParser;
use proptest::prelude::*;

#[test]
fn eml_parses_and_round_trips_subject_and_body() {
    let envelope = Envelope {
        from_name: "Ana Costa".into(),
        from_address: "ana@example.org".into(),
        to_name: "渡辺 様".into(),
        to_address: "watanabe@example.jp".into(),
        date: "Thu, 26 Nov 2026 10:00:00 +0100".into(),
    };
    let subject = "内定辞退のご連絡（Data Engineer）— Grüße";
    let body =
        "渡辺 様\n\nお世話になっております。\nÄrger? Nein: \u{2068}Danke\u{2069}!\n\nAna Costa";
    let raw = eml(&envelope, subject, body);
    assert!(raw.is_ascii(), "headers and base64 body are 7-bit");
    let message = MessageParser::default()
        .parse(raw.as_bytes())
        .expect("parses");
    assert_eq!(message.subject(), Some(subject));
    assert_eq!(
        message.body_text(0).as_deref().map(str::trim_end),
        Some(clean_text(body).replace('\n', "\r\n").as_str())
    );
    let to = message.to().and_then(|a| a.first()).expect("to");
    assert_eq!(to.address(), Some("watanabe@example.jp"));
    assert_eq!(to.name(), Some("渡辺 様"));
    assert_eq!(
        message
            .from()
            .and_then(|a| a.first())
            .and_then(|a| a.address()),
        Some("ana@example.org")
    );
    assert_eq!(message.header_raw("X-Unsent").map(str::trim), Some("1"));
}

#[test]
fn eml_without_addresses_is_still_a_valid_draft() {
    let raw = eml(
        &Envelope::default(),
        "Your offer",
        "Dear Sam,\n\nThank you.",
    );
    let message = MessageParser::default()
        .parse(raw.as_bytes())
        .expect("parses");
    assert_eq!(message.subject(), Some("Your offer"));
    assert!(message.to().is_none());
}

#[test]
fn names_and_addresses_cannot_add_headers_or_recipients() {
    let envelope = Envelope {
        from_name: "Ana\r\nBcc: spy@evil.example\r\n\r\nInjected body".into(),
        from_address: "ana@example.org".into(),
        to_name: "Ms Weber\nX-Evil: 1".into(),
        to_address: "w@nordlicht.example,spy@evil.example".into(),
        date: String::new(),
    };
    let raw = eml(&envelope, "Your offer", "Dear Ms Weber,\n\nThank you.");
    let message = MessageParser::default()
        .parse(raw.as_bytes())
        .expect("parses");
    let names: Vec<String> = message
        .headers()
        .iter()
        .map(|h| h.name().to_owned())
        .collect();
    assert_eq!(
        names,
        [
            "From",
            "Subject",
            "MIME-Version",
            "Content-Type",
            "Content-Transfer-Encoding",
            "X-Unsent"
        ],
        "{raw}"
    );
    let from = message.from().and_then(|a| a.first()).expect("from");
    assert_eq!(from.address(), Some("ana@example.org"));
    assert_eq!(from.name(), Some("Ana Bcc: spy@evil.example Injected body"));
    // The address with a second recipient in it is refused, not sent to.
    assert!(message.to().is_none());
    assert!(!raw.contains("spy@evil.example>"));
    assert_eq!(
        message.body_text(0).as_deref().map(str::trim_end),
        Some("Dear Ms Weber,\r\n\r\nThank you.")
    );
}

proptest! {
    #[test]
    fn clean_text_never_carries_isolation_marks(text in ".*") {
        let cleaned = clean_text(&text);
        let isolated = cleaned.chars().any(|c| ('\u{2066}'..='\u{2069}').contains(&c));
        prop_assert!(!isolated);
        prop_assert!(!cleaned.contains('\r'));
        let html = to_html(&text);
        prop_assert!(!html.contains("<script"));
        let _ = mailto("a@b.c", &text, &text);
    }
}
