//! CSV text (RFC 4180) for the opportunities list, for a spreadsheet or a job-search
//! tracker.

/// Quote a cell when it needs it. A cell that a spreadsheet would run as a formula
/// (starting with `=`, `+`, `-`, `@`, or a tab or carriage return before one, which
/// some spreadsheets skip) gets a leading apostrophe.
#[must_use]
pub fn cell(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if value.contains([',', '"', '\n', '\r']) || value.starts_with(' ') || value.ends_with(' ') {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// A header row and data rows as CSV text with CRLF line ends (as RFC 4180 asks).
#[must_use]
pub fn to_csv(header: &[String], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    for row in std::iter::once(header).chain(rows.iter().map(Vec::as_slice)) {
        let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_only_when_needed() {
        assert_eq!(cell("Acme"), "Acme");
        assert_eq!(cell("Acme, Inc."), "\"Acme, Inc.\"");
        assert_eq!(cell("The \"Best\" Co"), "\"The \"\"Best\"\" Co\"");
        assert_eq!(cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(cell("株式会社さくら"), "株式会社さくら");
    }

    #[test]
    fn formulas_are_defused() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("+1"), "'+1");
        assert_eq!(cell("-"), "'-");
    }

    #[test]
    fn rows_end_with_crlf() {
        let text = to_csv(
            &["Company".into(), "Role".into()],
            &[vec!["A".into(), "B, C".into()]],
        );
        assert_eq!(text, "Company,Role\r\nA,\"B, C\"\r\n");
    }

    #[test]
    fn formulas_are_defused_even_behind_a_tab_or_carriage_return() {
        assert_eq!(cell("=1+1"), "'=1+1");
        assert_eq!(cell("\t=cmd|' /C calc'!A0"), "'\t=cmd|' /C calc'!A0");
        assert_eq!(cell("\r=1+1"), "\"'\r=1+1\"");
    }
}
