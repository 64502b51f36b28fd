//! The letter as it leaves the app: clean plain text, an HTML alternative for webmail,
//! an RFC 5322 message (`.eml`) that mail clients open as a draft, and a `mailto:` link.

use std::fmt::Write as _;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

/// Invisible characters that must not travel with copied text: zero-width spaces and
/// joiners, bidi marks, embeddings and isolates, word joiners, the BOM, soft hyphens.
#[must_use]
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}')
}

/// Plain text without invisible characters, with `\n` line ends and no trailing spaces.
#[must_use]
pub fn clean_text(text: &str) -> String {
    let text: String = text.chars().filter(|c| !is_invisible(*c)).collect();
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    lines.join("\n").trim_matches('\n').to_owned()
}

fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The text as simple HTML: a paragraph per block, line breaks inside blocks, so that
/// paragraphs survive pasting into webmail.
#[must_use]
pub fn to_html(text: &str) -> String {
    let text = clean_text(text);
    let paragraphs: Vec<String> = text
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| {
            let lines: Vec<String> = p.lines().map(escape_html).collect();
            format!("<p>{}</p>", lines.join("<br>"))
        })
        .collect();
    paragraphs.join("\n")
}

/// Percent-encode everything but the unreserved characters (RFC 3986), for `mailto:`.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

/// A `mailto:` link (RFC 6068) with the subject and body; line breaks become CRLF.
#[must_use]
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    let body = clean_text(body).replace('\n', "\r\n");
    let to: String = to.trim().chars().filter(|c| !c.is_whitespace()).collect();
    format!(
        "mailto:{}?subject={}&body={}",
        percent_encode(&to).replace("%40", "@"),
        percent_encode(subject.trim()),
        percent_encode(&body)
    )
}

/// An RFC 2047 encoded word for a header value, or the value itself when it is plain
/// printable ASCII.
fn header_text(value: &str) -> String {
    let value = value.replace(['\r', '\n'], " ");
    if value.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return value;
    }
    // Encoded words are at most 75 characters: split the text on character boundaries
    // into chunks of at most 45 bytes (60 base64 characters).
    let mut words = Vec::new();
    let mut chunk = String::new();
    for c in value.chars() {
        if chunk.len() + c.len_utf8() > 45 {
            words.push(format!("=?UTF-8?B?{}?=", STANDARD.encode(&chunk)));
            chunk.clear();
        }
        chunk.push(c);
    }
    if !chunk.is_empty() {
        words.push(format!("=?UTF-8?B?{}?=", STANDARD.encode(&chunk)));
    }
    words.join("\r\n ")
}

/// A mailbox header value: `Name <address>` or just the address; `None` without one.
fn mailbox(name: &str, address: &str) -> Option<String> {
    let address = address.trim();
    if !is_plain_address(address) {
        return None;
    }
    // Control characters (a line break would start a new header or end the header
    // block) become spaces; runs of white space fold to one.
    let name = name
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let name = name.as_str();
    Some(if name.is_empty() {
        address.to_owned()
    } else if name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ') {
        format!("{name} <{address}>")
    } else if name.is_ascii() {
        format!("\"{}\" <{address}>", name.replace(['"', '\\'], ""))
    } else {
        format!("{} <{address}>", header_text(name))
    })
}

/// One address, `local@domain`, with nothing that could add a recipient or a header: no
/// separators (`,` `;` `<` `>` `:` quotes, brackets, backslash), no white space or
/// control characters, exactly one `@` with text on both sides.
fn is_plain_address(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.is_empty()
        && !domain.contains('@')
        && !address.chars().any(|c| {
            c.is_whitespace()
                || c.is_control()
                || matches!(
                    c,
                    ',' | ';' | '<' | '>' | ':' | '"' | '(' | ')' | '[' | ']' | '\\'
                )
        })
}

/// Who and what, for an `.eml` draft.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Envelope {
    pub from_name: String,
    pub from_address: String,
    pub to_name: String,
    pub to_address: String,
    /// RFC 2822 date, e.g. `Thu, 26 Nov 2026 10:00:00 +0100`.
    pub date: String,
}

/// An RFC 5322 message with a UTF-8 plain-text body (base64), marked as unsent so that
/// mail clients open it as a draft.
#[must_use]
pub fn eml(envelope: &Envelope, subject: &str, body: &str) -> String {
    let mut headers = Vec::new();
    if let Some(from) = mailbox(&envelope.from_name, &envelope.from_address) {
        headers.push(format!("From: {from}"));
    }
    if let Some(to) = mailbox(&envelope.to_name, &envelope.to_address) {
        headers.push(format!("To: {to}"));
    }
    headers.push(format!("Subject: {}", header_text(subject.trim())));
    if !envelope.date.is_empty() {
        headers.push(format!("Date: {}", envelope.date));
    }
    headers.push("MIME-Version: 1.0".to_owned());
    headers.push("Content-Type: text/plain; charset=UTF-8".to_owned());
    headers.push("Content-Transfer-Encoding: base64".to_owned());
    headers.push("X-Unsent: 1".to_owned());

    let body = clean_text(body).replace('\n', "\r\n") + "\r\n";
    let encoded = STANDARD.encode(body.as_bytes());
    let lines: Vec<&str> = encoded
        .as_bytes()
        .chunks(76)
        .map(|c| std::str::from_utf8(c).unwrap_or_default())
        .collect();
    format!("{}\r\n\r\n{}\r\n", headers.join("\r\n"), lines.join("\r\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_removes_invisible_characters_and_normalizes_lines() {
        let dirty = "\u{FEFF}Dear \u{2068}Ana\u{2069},\r\n\r\nThanks\u{200B}!   \rBye\n\n";
        assert_eq!(clean_text(dirty), "Dear Ana,\n\nThanks!\nBye");
    }

    #[test]
    fn html_keeps_paragraphs_and_escapes() {
        assert_eq!(
            to_html("Dear <Ana> & co,\n\nLine one\nLine two"),
            "<p>Dear &lt;Ana&gt; &amp; co,</p>\n<p>Line one<br>Line two</p>"
        );
    }

    #[test]
    fn mailto_encodes_subject_and_body() {
        let url = mailto(
            "weber@nordlicht.de",
            "Your offer & mine",
            "Dear Ms Weber,\n\nDanke schön",
        );
        assert_eq!(
            url,
            "mailto:weber@nordlicht.de?subject=Your%20offer%20%26%20mine&body=Dear%20Ms%20Weber%2C%0D%0A%0D%0ADanke%20sch%C3%B6n"
        );
        assert!(mailto("", "S", "B").starts_with("mailto:?subject=S"));
    }

    #[test]
    fn headers_encode_non_ascii_and_refuse_bad_addresses() {
        assert_eq!(header_text("Plain subject"), "Plain subject");
        let encoded =
            header_text("内定辞退のご連絡（Data Engineer）について、よろしくお願いいたします");
        assert!(encoded.starts_with("=?UTF-8?B?"));
        assert!(encoded.split("\r\n ").all(|w| w.len() <= 75), "{encoded}");
        assert_eq!(mailbox("", "bad address@x"), None);
        assert_eq!(
            mailbox("Ms Weber", "w@n.de").as_deref(),
            Some("Ms Weber <w@n.de>")
        );
        assert_eq!(
            mailbox("O'Neil, Ann", "a@n.de").as_deref(),
            Some("\"O'Neil, Ann\" <a@n.de>")
        );
    }
}
