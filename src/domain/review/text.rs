//! A draft cut into words, clauses, sentences and lines, so that cues match whole words
//! and a decision can be read in its clause.
//!
//! Words are Unicode words (UAX #29, the `unicode-segmentation` crate): "yourself" is one
//! word and never the sign-off "yours". In languages written without spaces (Chinese,
//! Japanese) every character is its own token, and a cue matches a run of them; the cues
//! there are whole words of two or more characters, so a run is a word in practice.

use unicode_segmentation::UnicodeSegmentation;

/// One word (or, without spaces, one character) of the draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Lowercase, with typographic apostrophes made straight.
    pub text: String,
    /// Byte range in the reviewed text.
    pub start: usize,
    pub end: usize,
    /// Which sentence, clause (part of a sentence between commas and the like) and line.
    pub sentence: usize,
    pub clause: usize,
    pub line: usize,
}

/// The tokens of a text, and what is known about each clause.
#[derive(Clone, Debug, Default)]
pub struct Tokens {
    pub tokens: Vec<Token>,
    /// Per clause: it ends in a question mark.
    pub clause_is_question: Vec<bool>,
}

/// How the language is cut into tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Script {
    /// Words separated by spaces; `elisions` splits "l'offre" into "l'" and "offre".
    Spaced { elisions: bool },
    /// Every character a token (Chinese, Japanese).
    Characters,
}

fn ends_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '。' | '！' | '？' | '\n' | '।' | '…')
}

fn ends_clause(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | ':' | '、' | '，' | '；' | '：' | '—' | '–' | '(' | ')' | '（' | '）'
    )
}

fn is_question(c: char) -> bool {
    matches!(c, '?' | '？')
}

/// Full stops that do not end a sentence, in one language: "Dr. Weber", "Sra. García",
/// "zum 1. Oktober".
#[derive(Clone, Copy, Debug, Default)]
pub struct FullStops<'a> {
    /// Words whose full stop is part of them (honorifics and the like, written without
    /// the stop: "dr", "sra"); compared without regard to case.
    pub abbreviations: &'a [String],
    /// A full stop after a number of one or two digits makes it an ordinal (German
    /// dates: "am 3. Juni"). Not in English, where "starting July 1. I'll call" ends a
    /// sentence.
    pub ordinals: bool,
}

impl FullStops<'_> {
    /// The gap after `previous` holds a full stop that belongs to it: one stop, then
    /// spaces on the same line.
    fn belongs_to(&self, previous: &str, gap: &str) -> bool {
        let Some(rest) = gap.strip_prefix('.') else {
            return false;
        };
        if rest.is_empty() || !rest.chars().all(|c| c.is_whitespace() && c != '\n') {
            return false;
        }
        let ordinal = self.ordinals
            && (1..=2).contains(&previous.len())
            && previous.bytes().all(|b| b.is_ascii_digit());
        // `previous` is lowercase already; the listed word is lowered as it is read.
        ordinal
            || self
                .abbreviations
                .iter()
                .any(|a| a.chars().flat_map(char::to_lowercase).eq(previous.chars()))
    }
}

/// Cut `text` into tokens.
#[must_use]
pub fn tokens(text: &str, script: Script) -> Tokens {
    tokens_with(text, script, FullStops::default())
}

/// Cut `text` into tokens, knowing which full stops of its language end no sentence.
#[must_use]
pub fn tokens_with(text: &str, script: Script, stops: FullStops<'_>) -> Tokens {
    let mut raw: Vec<(usize, &str)> = Vec::new();
    match script {
        Script::Spaced { elisions } => {
            for (at, word) in text.unicode_word_indices() {
                // "l'offre", "dell'azienda": the article and the word apart.
                if elisions && let Some(cut) = word.find(['\'', '’']) {
                    let apostrophe = word[cut..].chars().next().map_or(1, char::len_utf8);
                    let (head, tail) = word.split_at(cut + apostrophe);
                    if !tail.is_empty() && head.chars().count() <= 6 {
                        raw.push((at, head));
                        raw.push((at + head.len(), tail));
                        continue;
                    }
                }
                raw.push((at, word));
            }
        }
        Script::Characters => {
            for (at, word) in text.unicode_word_indices() {
                // Han and kana one by one; Latin words and numbers inside stay whole.
                if word.chars().all(char::is_alphanumeric)
                    && word.chars().any(|c| c.len_utf8() >= 3)
                {
                    for (i, c) in word.char_indices() {
                        raw.push((at + i, &word[i..i + c.len_utf8()]));
                    }
                } else {
                    raw.push((at, word));
                }
            }
        }
    }
    let mut out = Tokens::default();
    let (mut sentence, mut clause, mut line) = (0, 0, 0);
    let mut previous_end = 0;
    for (at, word) in raw {
        let gap = &text[previous_end..at];
        // Lines are counted from the start of the text, blank ones included.
        line += gap.matches('\n').count();
        if let Some(previous) = out.tokens.last() {
            if gap.chars().any(ends_sentence) && !stops.belongs_to(&previous.text, gap) {
                sentence += 1;
                clause += 1;
                out.clause_is_question.push(gap.chars().any(is_question));
            } else if gap.chars().any(ends_clause) {
                clause += 1;
                out.clause_is_question.push(false);
            }
        }
        let end = at + word.len();
        out.tokens.push(Token {
            text: word.to_lowercase().replace('’', "'"),
            start: at,
            end,
            sentence,
            clause,
            line,
        });
        previous_end = end;
    }
    if !out.tokens.is_empty() {
        out.clause_is_question
            .push(text[previous_end..].chars().any(is_question));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str, script: Script) -> Vec<String> {
        tokens(text, script)
            .tokens
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn whole_words_lowercase_with_straight_apostrophes() {
        assert_eq!(
            words(
                "I’m declining, Yourself.",
                Script::Spaced { elisions: false }
            ),
            ["i'm", "declining", "yourself"]
        );
        assert_eq!(
            words("Merci pour l'offre", Script::Spaced { elisions: true }),
            ["merci", "pour", "l'", "offre"]
        );
        assert_eq!(
            words("内定を辞退します。Java", Script::Characters),
            ["内", "定", "を", "辞", "退", "し", "ま", "す", "java"]
        );
    }

    #[test]
    fn sentences_clauses_questions_and_lines() {
        let t = tokens(
            "Before I decline, could we talk?\nI decline. Regards,\nSam",
            Script::Spaced { elisions: false },
        );
        let at = |w: &str| t.tokens.iter().find(|t| t.text == w).expect("word").clone();
        assert_eq!(at("before").clause, at("decline").clause);
        assert_ne!(at("decline").clause, at("could").clause);
        assert!(t.clause_is_question[at("could").clause]);
        assert!(!t.clause_is_question[at("before").clause]);
        assert_eq!(at("sam").line, 2);
        assert_eq!((at("before").line, at("regards").line), (0, 1));
        let t = tokens("\n\nHi", Script::Spaced { elisions: false });
        assert_eq!(t.tokens[0].line, 2);
    }

    #[test]
    fn honorifics_and_german_ordinals_end_no_sentence() {
        let sentences = |text: &str, ordinals: bool| {
            let abbreviations = ["Dr".to_owned(), "sra".to_owned()];
            let stops = FullStops {
                abbreviations: &abbreviations,
                ordinals,
            };
            let t = tokens_with(text, Script::Spaced { elisions: false }, stops);
            t.tokens.last().map_or(0, |t| t.sentence + 1)
        };
        assert_eq!(
            sentences("Ich werde die Stelle zum 1. Oktober nicht antreten.", true),
            1
        );
        assert_eq!(
            sentences("Gracias, Sra. García. Dr. Ruiz lo sabe.", false),
            2
        );
        // Where the language has no ordinal stops, and where a line or a second stop
        // follows, the sentence ends as usual.
        assert_eq!(sentences("I start on July 1. I'll call you.", false), 2);
        assert_eq!(sentences("Termin am 14.06. Ich freue mich.", true), 2);
        assert_eq!(sentences("Bis zum 3.\nIch melde mich.", true), 2);
        assert_eq!(sentences("Im Jahr 2026. Danach.", true), 2);
    }
}
