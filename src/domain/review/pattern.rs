//! Cue patterns: whole words, word forms and gaps, matched inside one sentence.
//!
//! A pattern is written as words separated by spaces:
//! - `decline` matches the word "decline" only ("declined" is another word);
//! - `declin*` matches every word that starts with "declin" (word forms: "declining",
//!   "declined"), `*` at the end of a word only;
//! - `turn|turning` matches either word;
//! - `…` lets up to three other words stand between its neighbours ("zieh* … zurück"
//!   finds "ziehe meine Bewerbung zurück"); `…6` allows six.
//!
//! In languages written without spaces a word of the pattern matches a run of characters
//! ("辞退" finds 辞 and 退 side by side), and `…` lets up to eight characters stand
//! between.

use std::collections::HashMap;

use super::text::{Script, Token};

/// One step of a compiled pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Step {
    /// Any of these words (a trailing `*`: a word that starts with it).
    Word(Vec<Alternative>, Option<OneWord>),
    /// Up to this many other tokens.
    Gap(usize),
}

/// A step whose alternatives are all one word of a spaced language: the numbers of its
/// whole words, sorted, and which alternatives are prefixes. Such a step takes one token
/// whichever alternative matches, so it is tried once, not per alternative. Set by
/// [`PatternSet`].
#[derive(Clone, Debug, PartialEq, Eq)]
struct OneWord {
    ids: Vec<u32>,
    prefixes: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Alternative {
    text: String,
    prefix: bool,
    /// The characters of `text`, for languages without spaces.
    chars: Vec<String>,
    /// The words a draft is cut into where `text` stands ("counter-offer": "counter" and
    /// "offer"; "l'offre" with elisions: "l'" and "offre"), for languages with spaces
    /// where there are several; a prefix (`*`) applies to the last.
    words: Vec<String>,
    /// `text`, `words` and `chars` as numbers of [`PatternSet`]'s vocabulary, so that a
    /// scan compares numbers, not strings ([`UNKNOWN`] until a set numbers them).
    id: u32,
    word_ids: Vec<u32>,
    char_ids: Vec<u32>,
}

/// The number of a word that is in no vocabulary.
const UNKNOWN: u32 = u32::MAX;

impl Alternative {
    fn new(text: String, prefix: bool, script: Script) -> Alternative {
        let chars = text.chars().map(String::from).collect();
        let words = match script {
            Script::Spaced { .. } => super::text::tokens(&text, script)
                .tokens
                .into_iter()
                .map(|t| t.text)
                .collect(),
            Script::Characters => Vec::new(),
        };
        Alternative {
            text,
            prefix,
            chars,
            // One word is matched as written ("qu'" stays "qu'", which a draft's "qu'il"
            // yields).
            words: if words.len() > 1 { words } else { Vec::new() },
            id: UNKNOWN,
            word_ids: Vec::new(),
            char_ids: Vec::new(),
        }
    }

    /// Number `text`, `words` and `chars` in `vocabulary`, adding what is new.
    fn number(&mut self, vocabulary: &mut HashMap<String, u32>) {
        fn id(vocabulary: &mut HashMap<String, u32>, word: &str) -> u32 {
            if let Some(&known) = vocabulary.get(word) {
                return known;
            }
            let next = u32::try_from(vocabulary.len()).unwrap_or(UNKNOWN);
            vocabulary.insert(word.to_owned(), next);
            next
        }
        self.id = id(vocabulary, &self.text);
        self.word_ids = self.words.iter().map(|w| id(vocabulary, w)).collect();
        self.char_ids = self.chars.iter().map(|c| id(vocabulary, c)).collect();
    }

    /// The word a draft's token must be (or start with) for the alternative to start
    /// there.
    fn first_word(&self) -> &str {
        self.words.first().map_or(&self.text, String::as_str)
    }
}

/// A compiled cue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pattern {
    steps: Vec<Step>,
    /// The cue as written, for messages.
    pub source: String,
}

/// Where a pattern was found: the tokens it used (gaps excluded) and its span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    /// Indices of the tokens the pattern's words matched.
    pub used: Vec<usize>,
    /// First and last token of the match (inclusive).
    pub first: usize,
    pub last: usize,
}

impl Match {
    /// The match made of the tokens `used`, in order (a pattern starts with a word, so
    /// there is at least one).
    fn of(used: &[usize]) -> Match {
        let first = used.first().copied().unwrap_or_default();
        Match {
            used: used.to_vec(),
            first,
            last: used.last().copied().unwrap_or(first),
        }
    }
}

/// Many patterns, indexed by the words they can start with, so that a draft is scanned
/// once and each word tries only the patterns that can start there.
#[derive(Clone, Debug, Default)]
pub struct PatternSet {
    patterns: Vec<Pattern>,
    /// Whole first words (without spaces: first characters) → patterns.
    exact: HashMap<String, Vec<usize>>,
    /// First-word prefixes (`declin*`) → patterns.
    prefix: HashMap<String, Vec<usize>>,
    /// Every word (without spaces: character) the patterns compare whole, numbered: a
    /// draft's words are looked up once and then compared as numbers.
    vocabulary: HashMap<String, u32>,
}

impl PatternSet {
    /// Index `patterns`; hits are reported by their position in this list.
    #[must_use]
    pub fn new(patterns: Vec<Pattern>, script: Script) -> PatternSet {
        let mut set = PatternSet {
            patterns,
            ..PatternSet::default()
        };
        for (i, p) in set.patterns.iter().enumerate() {
            for (key, is_prefix) in p.first_keys(script) {
                let map = if is_prefix {
                    &mut set.prefix
                } else {
                    &mut set.exact
                };
                let list = map.entry(key).or_default();
                if !list.contains(&i) {
                    list.push(i);
                }
            }
        }
        let spaced = matches!(script, Script::Spaced { .. });
        for p in &mut set.patterns {
            for step in &mut p.steps {
                let Step::Word(alternatives, one_word) = step else {
                    continue;
                };
                for a in alternatives.iter_mut() {
                    a.number(&mut set.vocabulary);
                }
                if spaced
                    && alternatives
                        .iter()
                        .all(|a| a.words.len() <= 1 && a.id != UNKNOWN)
                {
                    let mut ids: Vec<u32> = alternatives
                        .iter()
                        .filter(|a| !a.prefix)
                        .map(|a| a.id)
                        .collect();
                    ids.sort_unstable();
                    ids.dedup();
                    let prefixes = (0..alternatives.len())
                        .filter(|&i| alternatives[i].prefix)
                        .collect();
                    *one_word = Some(OneWord { ids, prefixes });
                }
            }
        }
        set
    }

    /// Every match of every pattern: `(pattern index, match)`, by start.
    #[must_use]
    pub fn scan(&self, tokens: &[Token], script: Script) -> Vec<(usize, Match)> {
        let mut out = Vec::new();
        let mut candidates: Vec<usize> = Vec::new();
        // One buffer for every attempt: most candidates fail, and each would otherwise
        // allocate and free its own.
        let mut used: Vec<usize> = Vec::with_capacity(16);
        let ids: Vec<u32> = tokens
            .iter()
            .map(|t| self.vocabulary.get(&t.text).copied().unwrap_or(UNKNOWN))
            .collect();
        let words = Words {
            tokens,
            ids: &ids,
            script,
        };
        for (start, token) in tokens.iter().enumerate() {
            candidates.clear();
            if let Some(list) = self.exact.get(&token.text) {
                candidates.extend(list);
            }
            if script == Script::Characters {
                if let Some(first) = token.text.chars().next()
                    && token.text.len() > first.len_utf8()
                    && let Some(list) = self.exact.get(&token.text[..first.len_utf8()])
                {
                    candidates.extend(list);
                }
            } else if !self.prefix.is_empty() {
                for (at, c) in token.text.char_indices() {
                    let end = at + c.len_utf8();
                    if let Some(list) = self.prefix.get(&token.text[..end]) {
                        candidates.extend(list);
                    }
                }
            }
            candidates.sort_unstable();
            candidates.dedup();
            for &i in &candidates {
                used.clear();
                if self.patterns[i].match_from(&words, 0, start, &mut used) {
                    out.push((i, Match::of(&used)));
                }
            }
        }
        out
    }
}

impl Pattern {
    /// Compile `source`; `None` for an empty pattern or one that starts or ends with a gap.
    #[must_use]
    pub fn new(source: &str, script: Script) -> Option<Pattern> {
        let mut steps = Vec::new();
        for word in source.split_whitespace() {
            if let Some(count) = word.strip_prefix('…').or_else(|| word.strip_prefix("...")) {
                let default = if script == Script::Characters { 8 } else { 3 };
                steps.push(Step::Gap(count.parse().unwrap_or(default)));
                continue;
            }
            let mut alternatives = Vec::new();
            for a in word.split('|').filter(|a| !a.is_empty()) {
                let lower = a.to_lowercase().replace('’', "'");
                let (text, prefix) = match lower.strip_suffix('*') {
                    Some(stem) => (stem.to_owned(), true),
                    None => (lower, false),
                };
                alternatives.push(Alternative::new(text, prefix, script));
            }
            if alternatives.is_empty() {
                return None;
            }
            steps.push(Step::Word(alternatives, None));
        }
        if !matches!(steps.first(), Some(Step::Word(..)))
            || matches!(steps.last(), Some(Step::Gap(_)))
        {
            return None;
        }
        Some(Pattern {
            steps,
            source: source.to_owned(),
        })
    }

    /// Every place the pattern matches in `tokens` (the shortest match from each start).
    #[must_use]
    pub fn find_all(&self, tokens: &[Token], script: Script) -> Vec<Match> {
        (0..tokens.len())
            .filter_map(|start| self.match_at(tokens, script, start))
            .collect()
    }

    /// The match that starts at token `start`, if any.
    #[must_use]
    pub fn match_at(&self, tokens: &[Token], script: Script, start: usize) -> Option<Match> {
        let mut used = Vec::new();
        let words = Words {
            tokens,
            ids: &[],
            script,
        };
        self.match_from(&words, 0, start, &mut used)
            .then(|| Match::of(&used))
    }

    /// The words its first step can start with: `(key, is_prefix)`. Without spaces the
    /// key is the first character.
    fn first_keys(&self, script: Script) -> Vec<(String, bool)> {
        let Some(Step::Word(alternatives, _)) = self.steps.first() else {
            return Vec::new();
        };
        alternatives
            .iter()
            .map(|a| match script {
                Script::Characters => (a.chars.first().cloned().unwrap_or_default(), false),
                Script::Spaced { .. } => {
                    (a.first_word().to_owned(), a.prefix && a.words.is_empty())
                }
            })
            .collect()
    }

    fn match_from(&self, words: &Words<'_>, step: usize, at: usize, used: &mut Vec<usize>) -> bool {
        let tokens = words.tokens;
        let Some(current) = self.steps.get(step) else {
            return true;
        };
        match current {
            Step::Gap(n) => (0..=*n).any(|skip| {
                let next = at + skip;
                // Gaps stay inside the sentence of the word before them.
                let same_sentence = used.last().is_none_or(|&u| {
                    tokens
                        .get(next)
                        .is_some_and(|t| t.sentence == tokens[u].sentence)
                });
                same_sentence && self.match_from(words, step + 1, next, used)
            }),
            // Numbered words (a scan of the set) and a step of single words: one try.
            Step::Word(alternatives, Some(one)) if !words.ids.is_empty() => {
                let Some(token) = tokens.get(at) else {
                    return false;
                };
                let hit = one.ids.binary_search(&words.ids[at]).is_ok()
                    || one
                        .prefixes
                        .iter()
                        .any(|&i| token.text.starts_with(&alternatives[i].text));
                if !hit
                    || used
                        .last()
                        .is_some_and(|&p| tokens[p].sentence != token.sentence)
                {
                    return false;
                }
                used.push(at);
                if self.match_from(words, step + 1, at + 1, used) {
                    true
                } else {
                    used.pop();
                    false
                }
            }
            Step::Word(alternatives, _) => {
                self.any_alternative(alternatives, words, step, at, used)
            }
        }
    }

    /// The alternatives of a step tried in turn, each with the rest of the pattern.
    fn any_alternative(
        &self,
        alternatives: &[Alternative],
        words: &Words<'_>,
        step: usize,
        at: usize,
        used: &mut Vec<usize>,
    ) -> bool {
        let tokens = words.tokens;
        alternatives.iter().any(|alt| {
            let Some(taken) = words.word_at(at, alt) else {
                return false;
            };
            if let Some(&previous) = used.last()
                && tokens[previous].sentence != tokens[at].sentence
            {
                return false;
            }
            let mark = used.len();
            used.extend(at..at + taken);
            if self.match_from(words, step + 1, at + taken, used) {
                true
            } else {
                used.truncate(mark);
                false
            }
        })
    }
}

/// A draft's tokens with their numbers in a [`PatternSet`]'s vocabulary (none for a
/// pattern matched alone: then words are compared as strings).
struct Words<'a> {
    tokens: &'a [Token],
    ids: &'a [u32],
    script: Script,
}

impl Words<'_> {
    /// Whether token `at` is the word `text`, numbered `id`.
    fn is(&self, at: usize, text: &str, id: u32) -> bool {
        if self.ids.is_empty() || id == UNKNOWN {
            self.tokens[at].text == text
        } else {
            self.ids[at] == id
        }
    }

    /// How many tokens from `at` the word `alt` covers, if it matches there.
    fn word_at(&self, at: usize, alt: &Alternative) -> Option<usize> {
        let tokens = self.tokens;
        let first = tokens.get(at)?;
        let id = |ids: &[u32], i: usize| ids.get(i).copied().unwrap_or(UNKNOWN);
        match self.script {
            Script::Spaced { .. } if alt.words.len() > 1 => {
                let run = tokens.get(at..at + alt.words.len())?;
                let last = alt.words.len() - 1;
                let hit = run.iter().zip(&alt.words).enumerate().all(|(i, (t, w))| {
                    if alt.prefix && i == last {
                        t.text.starts_with(w.as_str())
                    } else {
                        self.is(at + i, w, id(&alt.word_ids, i))
                    }
                });
                (hit && run.windows(2).all(|w| w[0].sentence == w[1].sentence))
                    .then_some(alt.words.len())
            }
            Script::Spaced { .. } => {
                let hit = if alt.prefix {
                    first.text.starts_with(&alt.text)
                } else {
                    self.is(at, &alt.text, alt.id)
                };
                hit.then_some(1)
            }
            Script::Characters => {
                // A Latin word inside Japanese text is one token; compare it whole.
                if first.text.chars().count() > 1 || alt.chars.len() == 1 {
                    let hit = if alt.prefix {
                        first.text.starts_with(&alt.text)
                    } else {
                        self.is(at, &alt.text, alt.id)
                    };
                    return hit.then_some(1);
                }
                let run = tokens.get(at..at + alt.chars.len())?;
                let contiguous = run.windows(2).all(|w| w[0].end == w[1].start);
                (contiguous
                    && alt
                        .chars
                        .iter()
                        .enumerate()
                        .all(|(i, c)| self.is(at + i, c, id(&alt.char_ids, i))))
                .then_some(alt.chars.len())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::text::tokens;
    use super::*;

    const SPACED: Script = Script::Spaced { elisions: false };

    fn finds(pattern: &str, text: &str, script: Script) -> bool {
        let t = tokens(text, script);
        !Pattern::new(pattern, script)
            .expect("pattern")
            .find_all(&t.tokens, script)
            .is_empty()
    }

    #[test]
    fn whole_words_prefixes_and_alternatives() {
        assert!(!finds("rude", "a prudent choice", SPACED));
        assert!(finds("rude", "that was rude.", SPACED));
        assert!(!finds("yours", "see for yourself", SPACED));
        assert!(finds("declin*", "I am declining", SPACED));
        assert!(finds(
            "turn|turning down",
            "I'm turning down the offer",
            SPACED
        ));
    }

    #[test]
    fn gaps_stay_in_the_sentence() {
        let german = SPACED;
        assert!(finds(
            "zieh* … zurück",
            "Ich ziehe meine Bewerbung zurück.",
            german
        ));
        assert!(!finds(
            "zieh* … zurück",
            "Ich ziehe um. Zurück bleibt",
            german
        ));
        assert!(!finds(
            "zieh* … zurück",
            "ich ziehe hiermit meine ganze Bewerbung zurück",
            german
        ));
        assert!(finds(
            "zieh* …5 zurück",
            "ich ziehe hiermit meine ganze Bewerbung zurück",
            german
        ));
    }

    #[test]
    fn runs_of_characters() {
        let ja = Script::Characters;
        assert!(finds("辞退", "内定を辞退いたします", ja));
        assert!(!finds("辞退", "辞める。退職", ja));
        assert!(finds("内定 … 辞退", "内定を謹んで辞退いたします", ja));
    }

    #[test]
    fn the_index_finds_what_each_pattern_finds() {
        // Steps of one-word alternatives (tried once, by number) next to steps with a
        // word that drafts cut in two (tried one by one), prefixes and sentence ends.
        let text = "I am declining; turning it down. 内定 is not here. Declined, declined. \
                    I read the counter-offer twice. It is. Down it went, am I declining";
        for script in [SPACED, Script::Characters] {
            let t = tokens(text, script);
            let patterns: Vec<Pattern> = [
                "declin*",
                "turn|turning … down",
                "内定",
                "declined",
                "i am|was declin*|turning",
                "it|this … down|up",
                "is not|never here|there",
                "the counter-offer|offer … twice",
                "read|write the|a counter*",
                "is … down",
                "am i|we declin*",
                "declined i|we",
            ]
            .iter()
            .filter_map(|p| Pattern::new(p, script))
            .collect();
            let expected: Vec<(usize, Match)> = {
                let mut all: Vec<(usize, Match)> = patterns
                    .iter()
                    .enumerate()
                    .flat_map(|(i, p)| {
                        p.find_all(&t.tokens, script)
                            .into_iter()
                            .map(move |m| (i, m))
                    })
                    .collect();
                all.sort_by_key(|(i, m)| (m.first, *i));
                all
            };
            let set = PatternSet::new(patterns, script);
            let mut found = set.scan(&t.tokens, script);
            found.sort_by_key(|(i, m)| (m.first, *i));
            assert_eq!(found, expected, "{script:?}");
            assert!(!found.is_empty());
        }
    }

    /// A cue word the drafts are cut into several words ("counter-offer", "l'offre")
    /// stands for those words, one after the other, alone or among alternatives.
    #[test]
    fn words_written_with_hyphens_or_elisions_match_as_drafts_are_cut() {
        assert!(finds(
            "the counter-offer",
            "I read the counter-offer twice",
            SPACED
        ));
        assert!(finds(
            "the counteroffer|counter-offer",
            "the counter-offer",
            SPACED
        ));
        assert!(finds(
            "counter-offer|counteroffer",
            "a counteroffer",
            SPACED
        ));
        assert!(finds("top-down*", "a rather top-downish style", SPACED));
        assert!(!finds("counter-offer", "a counter to the offer", SPACED));
        assert!(!finds("counter-offer", "a counter. Offer", SPACED));
        let french = Script::Spaced { elisions: true };
        assert!(finds(
            "décliner l'offre|proposition",
            "je dois décliner l'offre",
            french
        ));
        assert!(finds("qu'", "je pense qu'il a raison", french));
        // The words of a pattern are in one index: a pattern can start with such a word.
        let patterns = ["counter-offer|counteroffer … declin*"]
            .iter()
            .filter_map(|p| Pattern::new(p, SPACED))
            .collect();
        let set = PatternSet::new(patterns, SPACED);
        let t = tokens("The counter-offer, I declined.", SPACED);
        assert_eq!(set.scan(&t.tokens, SPACED).len(), 1);
    }

    #[test]
    fn bad_patterns_are_refused() {
        assert!(Pattern::new("", SPACED).is_none());
        assert!(Pattern::new("… decline", SPACED).is_none());
        assert!(Pattern::new("decline …", SPACED).is_none());
    }
}
