//! Offline spelling with Hunspell dictionaries, read by `spellbook` (a pure-Rust,
//! Hunspell-compatible checker).
//!
//! Where dictionaries come from, first found wins:
//! 1. the `dictionaries` folder of the data folder (where File → Add a spelling
//!    dictionary copies the user's `.aff` and `.dic`);
//! 2. the system's folders (Linux: `/usr/share/hunspell`, `/usr/share/myspell`,
//!    `/usr/share/myspell/dicts`), or the folders a test gives.
//!
//! A dictionary is read on a worker thread the first time its language is reviewed (a
//! large one takes a moment), so the window never waits for it. None is bundled: the
//! good ones for most languages are GPL, LGPL or MPL, and the distribution's packages
//! (`hunspell-de-de`, …) install them where Gracious finds them.
//!
//! Which words are checked is decided in [`crate::domain::review::spelling`].

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Arc, Mutex, PoisonError};

use unic_langid::LanguageIdentifier;

use crate::domain::review::spelling::is_hangul_syllable;
use crate::domain::review::{self, Draft, Misspelling, Rules};

/// The system's dictionary folders on this platform.
#[must_use]
pub fn system_dirs() -> Vec<PathBuf> {
    if cfg!(target_os = "linux") || cfg!(target_os = "freebsd") {
        [
            "/usr/share/hunspell",
            "/usr/share/myspell",
            "/usr/share/myspell/dicts",
        ]
        .into_iter()
        .map(PathBuf::from)
        .collect()
    } else {
        Vec::new()
    }
}

/// The folder of the user's own dictionaries inside the data folder.
#[must_use]
pub fn user_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("dictionaries")
}

/// A loaded dictionary, with the answers it already gave.
pub struct Speller {
    dictionary: spellbook::Dictionary,
    /// The dictionary converts Hangul syllables to jamo on input (`ICONV`, as
    /// `hunspell-ko` does): words are decomposed (NFD) before they are checked.
    decomposes_hangul: bool,
    /// Every letter its words use: a word with none of them is in another script (an
    /// English term in a Hindi or Korean letter) and is not this dictionary's to judge.
    alphabet: std::collections::HashSet<char>,
    known: Mutex<HashMap<String, bool>>,
    /// Words added to the dictionary (they take no affixes there).
    added: std::collections::HashSet<String>,
    /// Where it was read from, for messages.
    pub path: PathBuf,
}

impl Speller {
    /// A dictionary from the texts of its `.aff` and `.dic` files.
    pub fn new(aff: &str, dic: &str, path: PathBuf) -> Result<Speller, String> {
        let expanded = expand_numeric_aliases(aff, dic);
        let (aff, dic) = expanded
            .as_ref()
            .map_or((aff, dic), |(a, d)| (a.as_str(), d.as_str()));
        let dictionary = spellbook::Dictionary::new(aff, dic).map_err(|e| e.to_string())?;
        // spellbook applies an ICONV table by trying every line at every character: with
        // Korean's 11,172 syllables, 60 µs a word against 3 µs for the same word given
        // in jamo, which the table yields anyway.
        let decomposes_hangul = aff.lines().any(|l| {
            l.strip_prefix("ICONV ")
                .and_then(|rest| rest.chars().next())
                .is_some_and(is_hangul_syllable)
        });
        let alphabet = dic
            .lines()
            .skip(1)
            .flat_map(|line| {
                line.split(['/', '\t', ' '])
                    .next()
                    .unwrap_or_default()
                    .chars()
                    .filter(|c| c.is_alphabetic())
            })
            .collect();
        Ok(Speller {
            dictionary,
            decomposes_hangul,
            alphabet,
            known: Mutex::new(HashMap::new()),
            added: std::collections::HashSet::new(),
            path,
        })
    }

    /// Read `<stem>.aff` and `<stem>.dic`, in the encoding the `.aff` names.
    pub fn load(aff_path: &Path) -> Result<Speller, String> {
        let dic_path = aff_path.with_extension("dic");
        let read = |p: &Path| std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()));
        let aff = read(aff_path)?;
        let dic = read(&dic_path)?;
        let encoding = declared_encoding(&aff);
        let (aff, _, _) = encoding.decode(&aff);
        let (dic, _, _) = encoding.decode(&dic);
        Speller::new(&aff, &dic, aff_path.to_owned())
            .map_err(|e| format!("{}: {e}", aff_path.display()))
    }

    /// Add words (one a line; blank lines and `#` comments skipped) to the dictionary.
    pub fn add_words<'a>(&mut self, words: impl IntoIterator<Item = &'a str>) {
        for word in words.into_iter().map(str::trim) {
            if !word.is_empty() && !word.starts_with('#') {
                // A plain word has no flags to misread; one that fails is left out. The
                // alphabet stays the dictionary's own: a Latin "LinkedIn" in a Hindi
                // letter does not make English words Hindi ones to judge.
                if self.dictionary.add(&self.input(word)).is_ok() {
                    self.added.insert(word.to_owned());
                }
            }
        }
        self.known_words().clear();
    }

    /// The answers already given (a panic elsewhere cannot leave them half-written: each
    /// is one insert).
    fn known_words(&self) -> std::sync::MutexGuard<'_, HashMap<String, bool>> {
        self.known.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The word is spelled right (typographic apostrophes read as straight ones).
    #[must_use]
    pub fn check(&self, word: &str) -> bool {
        if let Some(&known) = self.known_words().get(word) {
            return known;
        }
        let plain = self.input(word);
        let foreign = !plain.chars().any(|c| self.alphabet.contains(&c));
        let ok = foreign
            || self.dictionary.check(&plain)
            || (self.decomposes_hangul
                && (self.is_korean_join(word, 3) || self.is_korean_noun_with_particle(word)));
        self.known_words().insert(word.to_owned(), ok);
        ok
    }

    /// A Korean word written, as the standard allows, with a suffix or auxiliary
    /// attached (see [`KOREAN_ATTACHED`]): a word the dictionary knows, of two syllables
    /// at least, then one it knows that starts with such a suffix, or (once more, for
    /// 인사담당자님께 or 내부감사팀) a word of this kind.
    fn is_korean_join(&self, word: &str, parts: usize) -> bool {
        let starts: Vec<usize> = word.char_indices().map(|(at, _)| at).collect();
        if starts.len() < 3 || !word.chars().all(is_hangul_syllable) {
            return false;
        }
        let knows = |w: &str| self.dictionary.check(&self.input(w));
        starts[2..].iter().any(|&at| {
            let (first, rest) = word.split_at(at);
            knows(first)
                && ((KOREAN_ATTACHED.iter().any(|s| rest.starts_with(s)) && knows(rest))
                    || (parts > 2 && self.is_korean_join(rest, parts - 1)))
        })
    }

    /// A noun with the plural -들 and a particle attached (가족들과, 동료들을) where the
    /// dictionary knows the noun with that particle alone (가족과, 동료를): Hunspell reads
    /// the plural through a second suffix that spellbook 0.4 does not apply. And a word
    /// added to the dictionary (the language's supplement), which takes no
    /// suffixes there, with a particle that fits its last sound (커리어를, 백엔드와).
    fn is_korean_noun_with_particle(&self, word: &str) -> bool {
        if !word.chars().all(is_hangul_syllable) {
            return false;
        }
        KOREAN_PARTICLES.iter().any(|&particle| {
            let Some(stem) = word.strip_suffix(particle) else {
                return false;
            };
            match stem.strip_suffix('들') {
                Some(noun) if !noun.is_empty() && particle_fits(stem, particle) => self
                    .dictionary
                    .check(&self.input(&format!("{noun}{}", fitting(noun, particle)))),
                _ => particle_fits(stem, particle) && self.added.contains(stem),
            }
        })
    }

    /// Up to five words it might have been.
    #[must_use]
    pub fn suggest(&self, word: &str) -> Vec<String> {
        let mut out = Vec::new();
        self.dictionary.suggest(&self.input(word), &mut out);
        out.truncate(5);
        out
    }

    /// [`Speller::suggest`] on a worker thread: a large dictionary can take a second or
    /// more per word (Korean ones especially), and the window must not wait for it.
    #[must_use]
    pub fn suggest_in_background(self: &Arc<Self>, word: &str) -> Suggestions {
        let (tx, rx) = channel();
        let speller = Arc::clone(self);
        let owned = word.to_owned();
        let spawned = std::thread::Builder::new()
            .name("suggestions".into())
            .spawn(move || {
                let _ = tx.send(speller.suggest(&owned));
            });
        match spawned {
            Ok(_) => Suggestions::Pending(rx),
            Err(e) => {
                log::warn!("no thread for spelling suggestions ({e}); looking for them here");
                Suggestions::Ready(self.suggest(word))
            }
        }
    }

    /// The word as the dictionary reads it: typographic apostrophes as straight ones,
    /// Hangul in jamo where the dictionary's input conversion asks for that.
    fn input(&self, word: &str) -> String {
        let plain = word.replace('’', "'");
        if self.decomposes_hangul && plain.chars().any(is_hangul_syllable) {
            use unicode_normalization::UnicodeNormalization;
            plain.nfd().collect()
        } else {
            plain
        }
    }
}

/// Suffixes and auxiliaries that Korean writes attached to the word before them, by the
/// standard's spacing rules: -님 (팀장님께), -분 (팀원분들께), -드리다 (연락드립니다,
/// 인사드리겠습니다), -받다 (요청받았고), the auxiliary 주다 (보내주셔서), and 팀 and 직
/// in names of teams and posts (인사팀, 경력직). `hunspell-ko` knows both parts but not
/// the joined word: with names and loanwords, they made up most of the 9.7 % of words
/// it flagged in correct Korean letters (6.4 % after this rule). Only these start the
/// second part: any two known words would also let one typo in sixteen through (measured
/// on one-vowel typos of the words of correct Korean letters; with this list, 1 in 2,165).
const KOREAN_ATTACHED: [&str; 17] = [
    "님", "분들", "분께", "드리", "드려", "드렸", "드린", "드릴", "드립", "받", "주시", "주셔",
    "주신", "주실", "주세", "팀", "직",
];

/// The particles Korean writes attached to the noun before them, as letters use them:
/// subject, object, topic, possessive, place, direction, partner, limit and comparison,
/// alone or with -도 or -의 after them.
const KOREAN_PARTICLES: [&str; 34] = [
    "이",
    "가",
    "을",
    "를",
    "은",
    "는",
    "의",
    "에",
    "에서",
    "에게",
    "께",
    "께서",
    "과",
    "와",
    "과의",
    "와의",
    "과도",
    "와도",
    "도",
    "로",
    "으로",
    "로서",
    "으로서",
    "만",
    "까지",
    "부터",
    "처럼",
    "보다",
    "에도",
    "에서도",
    "에게도",
    "께도",
    "에는",
    "이나",
];

/// Particles with two forms: after a final consonant, after a vowel (and after ㄹ,
/// 으로 takes the vowel's form).
const KOREAN_PARTICLE_PAIRS: [(&str, &str); 9] = [
    ("이", "가"),
    ("을", "를"),
    ("은", "는"),
    ("과", "와"),
    ("과의", "와의"),
    ("과도", "와도"),
    ("으로", "로"),
    ("으로서", "로서"),
    ("이나", "나"),
];

/// The final consonant of the last syllable of `word` (0: none; 8: ㄹ).
fn final_consonant(word: &str) -> u32 {
    word.chars()
        .next_back()
        .filter(|&c| is_hangul_syllable(c))
        .map_or(0, |c| (c as u32 - 0xAC00) % 28)
}

/// The form of `particle` that follows `word`.
fn fitting<'a>(word: &str, particle: &'a str) -> &'a str {
    let end = final_consonant(word);
    for (after_consonant, after_vowel) in KOREAN_PARTICLE_PAIRS {
        if particle == after_consonant || particle == after_vowel {
            let rieul_ro = end == 8 && after_consonant.starts_with('으');
            return if end == 0 || rieul_ro {
                after_vowel
            } else {
                after_consonant
            };
        }
    }
    particle
}

/// `particle` is the form that follows `word` (로 after 물, not 으로).
fn particle_fits(word: &str, particle: &str) -> bool {
    fitting(word, particle) == particle
}

/// A dictionary with numeric flags (`FLAG num`) and an alias table (`AF`), rewritten
/// with the aliases spelled out; `None` for any other dictionary, which is read as it is.
///
/// Hunspell reads `word/10` in such a dictionary as the tenth `AF` line, in the `.dic`
/// and in the continuation flags of affix rules (`SFX 630 0 이시기/68 .`). spellbook
/// 0.4.2 reads the number as the flag itself, so every word formed through an alias is
/// rejected: with the Korean dictionary (`hunspell-ko`), 7 of 16 everyday words such as
/// 감사합니다. The fix is merged upstream (helix-editor/spellbook#20) but not released;
/// until it is, the aliases are expanded here, which Hunspell's reading makes equivalent.
fn expand_numeric_aliases(aff: &str, dic: &str) -> Option<(String, String)> {
    let numeric = aff
        .lines()
        .any(|l| l.split_whitespace().collect::<Vec<_>>() == ["FLAG", "num"]);
    if !numeric {
        return None;
    }
    // The first `AF n` line is the table's size; the `n` lines after it are the aliases.
    let mut aliases: Vec<&str> = Vec::new();
    let mut in_table = false;
    let mut expanded_aff = String::with_capacity(aff.len());
    for line in aff.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.first() == Some(&"AF") {
            if in_table {
                aliases.push(fields.get(1).copied().unwrap_or_default());
            }
            in_table = true;
            continue;
        }
        let is_affix = matches!(fields.first(), Some(&"SFX" | &"PFX")) && fields.len() >= 5;
        match (is_affix, fields.get(3).and_then(|a| a.split_once('/'))) {
            (true, Some((add, flags))) => {
                let flags = alias(flags, &aliases).unwrap_or(flags);
                let mut rewritten = fields.clone();
                let appended = format!("{add}/{flags}");
                rewritten[3] = &appended;
                expanded_aff.push_str(&rewritten.join(" "));
            }
            _ => expanded_aff.push_str(line),
        }
        expanded_aff.push('\n');
    }
    if aliases.is_empty() {
        return None;
    }
    let mut expanded_dic = String::with_capacity(dic.len() * 2);
    for line in dic.lines() {
        // `word/flags` and what may follow (morphological fields after white space).
        let (entry, rest) = line
            .find(char::is_whitespace)
            .map_or((line, ""), |i| line.split_at(i));
        match entry.rsplit_once('/') {
            Some((word, flags)) if !word.ends_with('\\') => {
                let flags = alias(flags, &aliases).unwrap_or(flags);
                expanded_dic.push_str(word);
                expanded_dic.push('/');
                expanded_dic.push_str(flags);
                expanded_dic.push_str(rest);
            }
            _ => expanded_dic.push_str(line),
        }
        expanded_dic.push('\n');
    }
    Some((expanded_aff, expanded_dic))
}

/// The flags alias number `field` stands for (aliases count from 1).
fn alias<'a>(field: &str, aliases: &[&'a str]) -> Option<&'a str> {
    let index: usize = field.parse().ok()?;
    aliases.get(index.checked_sub(1)?).copied()
}

/// The encoding a `.aff` file declares in its `SET` line (UTF-8 when it says none).
fn declared_encoding(aff: &[u8]) -> &'static encoding_rs::Encoding {
    let head = String::from_utf8_lossy(&aff[..aff.len().min(4096)]);
    head.lines()
        .find_map(|l| l.trim().strip_prefix("SET "))
        .map_or(encoding_rs::UTF_8, |name| {
            // Hunspell writes "ISO8859-2"; the WHATWG label is "iso-8859-2".
            let label = name.trim().to_lowercase().replace("iso8859", "iso-8859");
            encoding_rs::Encoding::for_label(label.as_bytes()).unwrap_or(encoding_rs::UTF_8)
        })
}

/// The `.aff` file for `language` in `dirs`: `de_DE`, then `de`, then any `de_*`.
#[must_use]
pub fn find(language: &LanguageIdentifier, dirs: &[PathBuf]) -> Option<PathBuf> {
    let lang = language.language.as_str();
    let region = language.region.map(|r| r.as_str().to_owned());
    let mut names = Vec::new();
    if let Some(region) = &region {
        names.push(format!("{lang}_{region}"));
        names.push(format!("{lang}-{region}"));
    }
    names.push(lang.to_owned());
    for dir in dirs {
        for name in &names {
            let aff = dir.join(format!("{name}.aff"));
            if aff.is_file() && aff.with_extension("dic").is_file() {
                return Some(aff);
            }
        }
    }
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        let mut found: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.extension().is_some_and(|e| e == "aff")
                    && p.file_stem()
                        .and_then(|s| s.to_str())
                        .is_some_and(|s| s.starts_with(&format!("{lang}_")))
                    && p.with_extension("dic").is_file()
            })
            .collect();
        found.sort();
        if let Some(first) = found.into_iter().next() {
            return Some(first);
        }
    }
    None
}

/// Check that `aff` (or the `.aff` beside a chosen `.dic`) and its `.dic` form a
/// dictionary Gracious can read, then copy both into `folder` as the dictionary of
/// `tag` (`de-DE` → `de_DE.aff`). The error is a sentence for the user.
pub fn add_dictionary(chosen: &Path, folder: &Path, tag: &str) -> Result<(), String> {
    let aff = chosen.with_extension("aff");
    if !aff.is_file() || !aff.with_extension("dic").is_file() {
        return Err(format!(
            "{} and {} are needed side by side",
            aff.display(),
            aff.with_extension("dic").display()
        ));
    }
    Speller::load(&aff)?;
    std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    let stem = tag.replace('-', "_");
    for extension in ["aff", "dic"] {
        let from = aff.with_extension(extension);
        let to = folder.join(format!("{stem}.{extension}"));
        // Copied beside, then renamed: a failing disk never leaves half a dictionary.
        let partial = folder.join(format!("{stem}.{extension}.partial"));
        std::fs::copy(&from, &partial)
            .and_then(|_| std::fs::rename(&partial, &to))
            .map_err(|e| {
                let _ = std::fs::remove_file(&partial);
                format!("{}: {e}", to.display())
            })?;
    }
    Ok(())
}

/// Why a dictionary found is not used.
enum LoadError {
    /// It could not be read (the reason is logged).
    Unreadable(String),
    /// It rejects everyday words of the language, such as this one.
    Unreliable(String),
}

/// Words Gracious adds to the system's dictionary of `language` where that dictionary
/// lacks everyday words of letters: `locales/<tag>/spelling-words.txt`, written for
/// Gracious. Hindi: Debian's `hunspell-hi` is 15,990 words without affix rules, and
/// lacks नमस्ते, सादर and most inflected forms. Korean: `hunspell-ko` lacks the loanwords
/// and joined compound nouns of hiring (백엔드, 온보딩, 최종면접).
#[must_use]
pub fn supplement(language: &LanguageIdentifier) -> &'static str {
    match language.language.as_str() {
        "hi" => include_str!("../locales/hi-IN/spelling-words.txt"),
        "ko" => include_str!("../locales/ko-KR/spelling-words.txt"),
        _ => "",
    }
}

/// The words of Gracious' own letters in `language` (its `letters.ftl`, placeables
/// left out): written and reviewed by native readers, so never underlined, even where
/// the system's dictionary lacks them (Spanish verbs with pronouns such as
/// "declinarla", Korean "답변드립니다").
#[must_use]
pub fn letter_words(language: &LanguageIdentifier) -> Vec<String> {
    use unicode_segmentation::UnicodeSegmentation;
    let tag = language.to_string();
    let Some(locale) = crate::i18n::user_locales().find(|l| l.tag == tag) else {
        return Vec::new();
    };
    let mut words = std::collections::BTreeSet::new();
    for (name, text) in locale.sources() {
        let (true, Ok(text)) = (name.ends_with("letters.ftl"), text) else {
            continue;
        };
        for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
            // The text of a message: after `id =` on its first line, after a variant's
            // `[key]`, and without `{ … }` placeables.
            let text = match line.split_once(" = ") {
                Some((id, rest)) if !id.starts_with(' ') => rest,
                _ => line,
            };
            let text = text.trim_start().trim_start_matches('*');
            let text = match text.strip_prefix('[') {
                Some(rest) => rest.split_once(']').map_or("", |(_, t)| t),
                None => text,
            };
            let mut plain = String::with_capacity(text.len());
            let mut depth = 0usize;
            for c in text.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth = depth.saturating_sub(1),
                    _ if depth == 0 => plain.push(c),
                    _ => {}
                }
            }
            words.extend(
                plain
                    .unicode_words()
                    // Letters and their marks (a virama or nukta is not alphabetic).
                    .filter(|w| {
                        w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_numeric)
                    })
                    .map(str::to_owned),
            );
        }
    }
    words.into_iter().collect()
}

/// Read the dictionary at `aff`, add the language's [`supplement`], try it on `probe`
/// (words it must know), then add the words of Gracious' own [`letter_words`].
fn load_checked(
    aff: &Path,
    language: &LanguageIdentifier,
    probe: &[String],
) -> Result<Speller, LoadError> {
    let mut speller = Speller::load(aff).map_err(LoadError::Unreadable)?;
    speller.add_words(supplement(language).lines());
    let rejected: Vec<&String> = probe.iter().filter(|w| !speller.check(w)).collect();
    if !probe.is_empty() && rejected.len() * 8 > probe.len() {
        log::warn!(
            "{} rejects {} of {} everyday words ({rejected:?}): not used",
            aff.display(),
            rejected.len(),
            probe.len()
        );
        return Err(LoadError::Unreliable(
            rejected.first().map(|w| (*w).clone()).unwrap_or_default(),
        ));
    }
    // After the probe, which judges the dictionary found, not Gracious' own words.
    speller.add_words(letter_words(language).iter().map(String::as_str));
    Ok(speller)
}

/// Where the dictionary of a language stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// Being read.
    Loading,
    Ready,
    /// None found, or it could not be read.
    Missing,
    /// The one found rejects everyday words, such as this one, so it is not used.
    Unreliable(String),
}

/// Suggestions for a misspelled word, found on a worker thread.
pub enum Suggestions {
    /// Still being looked for.
    Pending(Receiver<Vec<String>>),
    /// Found (perhaps none).
    Ready(Vec<String>),
}

impl Suggestions {
    /// The suggestions, once found (`None` while they are looked for). A worker that
    /// ended without an answer counts as no suggestions.
    pub fn poll(&mut self) -> Option<&[String]> {
        if let Suggestions::Pending(rx) = self {
            match rx.try_recv() {
                Ok(found) => *self = Suggestions::Ready(found),
                Err(TryRecvError::Disconnected) => *self = Suggestions::Ready(Vec::new()),
                Err(TryRecvError::Empty) => return None,
            }
        }
        match self {
            Suggestions::Ready(found) => Some(found),
            Suggestions::Pending(_) => None,
        }
    }
}

/// What is known of one language's dictionary.
enum Slot {
    Loading(Receiver<Result<Speller, LoadError>>),
    Ready(Arc<Speller>),
    /// None found, or it could not be read (the reason is logged).
    Missing,
    Unreliable(String),
}

/// The spelling service of the window: dictionaries per language, read in the
/// background, and the words the user added.
pub struct Spelling {
    dirs: Vec<PathBuf>,
    slots: RefCell<HashMap<LanguageIdentifier, Slot>>,
    /// The words the user added ("Add to dictionary").
    personal: Vec<String>,
    /// Changes whenever a check could answer differently.
    generation: std::cell::Cell<u64>,
}

impl Spelling {
    /// Look in `dirs`, first to last.
    #[must_use]
    pub fn new(dirs: Vec<PathBuf>) -> Spelling {
        Spelling {
            dirs,
            slots: RefCell::new(HashMap::new()),
            personal: Vec::new(),
            generation: std::cell::Cell::new(0),
        }
    }

    /// Changes whenever a check could answer differently (a dictionary arrived, a word
    /// was added): a cached review made with another generation is stale.
    #[must_use]
    pub fn generation(&self) -> u64 {
        self.generation.get()
    }

    fn bump(&self) {
        self.generation.set(self.generation.get() + 1);
    }

    /// The user's own words (from the workspace).
    pub fn set_personal(&mut self, words: &[String]) {
        if words != self.personal.as_slice() {
            self.personal = words.to_vec();
            self.bump();
        }
    }

    /// Forget every dictionary (one was added): they are looked for again.
    pub fn rescan(&self) {
        self.slots.borrow_mut().clear();
        self.bump();
    }

    /// Start reading the dictionary of `language` on a worker thread, which also tries it
    /// on `probe`.
    fn start_loading(&self, language: &LanguageIdentifier, probe: &[String]) -> Slot {
        let Some(aff) = find(language, &self.dirs) else {
            return Slot::Missing;
        };
        let (tx, rx) = channel();
        let probe = probe.to_vec();
        let language = language.clone();
        let spawned = std::thread::Builder::new()
            .name("dictionary".into())
            .spawn(move || {
                let _ = tx.send(load_checked(&aff, &language, &probe));
            });
        match spawned {
            Ok(_) => Slot::Loading(rx),
            Err(e) => {
                log::warn!("the dictionary could not be read: {e}");
                Slot::Missing
            }
        }
    }

    /// The dictionary of `language`, starting to read it on a worker thread the first
    /// time (`None` while it loads, when there is none, or when it rejects the `probe`,
    /// everyday words of the language).
    #[must_use]
    pub fn speller(&self, language: &LanguageIdentifier, probe: &[String]) -> Option<Arc<Speller>> {
        let mut slots = self.slots.borrow_mut();
        // Looked up without a copy of the language: this runs every frame.
        if !slots.contains_key(language) {
            slots.insert(language.clone(), self.start_loading(language, probe));
        }
        let slot = slots.get_mut(language)?;
        if let Slot::Loading(rx) = slot {
            match rx.try_recv() {
                Ok(Ok(speller)) => {
                    log::info!("dictionary {} read", speller.path.display());
                    *slot = Slot::Ready(Arc::new(speller));
                    self.bump();
                }
                Ok(Err(LoadError::Unreadable(e))) => {
                    log::warn!("the dictionary could not be read: {e}");
                    *slot = Slot::Missing;
                    self.bump();
                }
                Ok(Err(LoadError::Unreliable(word))) => {
                    *slot = Slot::Unreliable(word);
                    self.bump();
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => {
                    *slot = Slot::Missing;
                    self.bump();
                }
            }
        }
        match slot {
            Slot::Ready(s) => Some(s.clone()),
            _ => None,
        }
    }

    /// Wait until the dictionary of `language` is read (the command line, tests).
    #[must_use]
    pub fn speller_blocking(
        &self,
        language: &LanguageIdentifier,
        probe: &[String],
    ) -> Option<Arc<Speller>> {
        loop {
            if let Some(s) = self.speller(language, probe) {
                return Some(s);
            }
            if !self.is_loading(language) {
                return None;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }

    /// The dictionary of `language` is being read.
    #[must_use]
    pub fn is_loading(&self, language: &LanguageIdentifier) -> bool {
        matches!(self.slots.borrow().get(language), Some(Slot::Loading(_)))
    }

    /// Where the dictionary of `language` stands (as far as it was asked for).
    #[must_use]
    pub fn status(&self, language: &LanguageIdentifier) -> Status {
        match self.slots.borrow().get(language) {
            Some(Slot::Loading(_)) => Status::Loading,
            Some(Slot::Ready(_)) => Status::Ready,
            Some(Slot::Unreliable(word)) => Status::Unreliable(word.clone()),
            Some(Slot::Missing) | None => Status::Missing,
        }
    }

    /// The misspelled words of `draft` (`None`: no dictionary for its language, or not
    /// read yet). `names` are the opportunity's names, never flagged.
    #[must_use]
    pub fn check(
        &self,
        language: &LanguageIdentifier,
        draft: &Draft<'_>,
        rules: &Rules,
        names: &[&str],
    ) -> Option<Vec<Misspelling>> {
        let speller = self.speller(language, &rules.cues.known_words)?;
        Some(misspelled(
            &speller,
            draft,
            rules,
            names,
            &self.personal,
            false,
        ))
    }
}

/// The misspelled words of `draft` by `speller`, with suggestions when `suggest`.
#[must_use]
pub fn misspelled(
    speller: &Speller,
    draft: &Draft<'_>,
    rules: &Rules,
    names: &[&str],
    personal: &[String],
    suggest: bool,
) -> Vec<Misspelling> {
    let text = draft.text();
    review::spelling::words_to_check(&text, rules, names, personal)
        .into_iter()
        .filter(|(start, end)| !speller.check(&text[*start..*end]))
        .map(|(start, end)| {
            let word = text[start..end].to_owned();
            Misspelling {
                start,
                end,
                suggestions: if suggest {
                    speller.suggest(&word)
                } else {
                    Vec::new()
                },
                word,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dictionaries_are_found_by_language_region_and_prefix() {
        let dir = tempfile::tempdir().expect("dir");
        let put = |name: &str| {
            std::fs::write(dir.path().join(format!("{name}.aff")), "SET UTF-8\n").expect("aff");
            std::fs::write(dir.path().join(format!("{name}.dic")), "1\nword\n").expect("dic");
        };
        put("de_AT");
        put("fr");
        put("en_US");
        let dirs = vec![dir.path().to_owned()];
        let tag = |t: &str| t.parse::<LanguageIdentifier>().expect("tag");
        let stem = |p: Option<PathBuf>| {
            p.and_then(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        };
        assert_eq!(stem(find(&tag("en-US"), &dirs)).as_deref(), Some("en_US"));
        assert_eq!(stem(find(&tag("fr-FR"), &dirs)).as_deref(), Some("fr"));
        assert_eq!(stem(find(&tag("de-DE"), &dirs)).as_deref(), Some("de_AT"));
        assert_eq!(find(&tag("ja-JP"), &dirs), None);
        // An .aff without its .dic is no dictionary.
        std::fs::write(dir.path().join("it_IT.aff"), "").expect("aff");
        assert_eq!(find(&tag("it-IT"), &dirs), None);
    }

    #[test]
    fn eight_bit_dictionaries_are_decoded() {
        let dir = tempfile::tempdir().expect("dir");
        let aff = dir.path().join("pl_PL.aff");
        std::fs::write(&aff, b"SET ISO8859-2\nTRY a\n").expect("aff");
        // "żółw" in ISO 8859-2.
        std::fs::write(aff.with_extension("dic"), b"1\n\xbf\xf3\xb3w\n").expect("dic");
        let speller = Speller::load(&aff).expect("loads");
        assert!(speller.check("żółw"));
        assert!(!speller.check("zolw"));
    }

    /// A small Korean-style dictionary: numeric flags, an alias table used by the words
    /// and by an affix's continuation flags, and everything in conjoining jamo with an
    /// `ICONV` table from syllables (as `hunspell-ko` writes it).
    #[test]
    fn numeric_flag_aliases_are_read_as_hunspell_reads_them() {
        use unicode_normalization::UnicodeNormalization;
        let jamo = |s: &str| s.nfd().collect::<String>();
        let aff = format!(
            "SET UTF-8\nFLAG num\nICONV 2\nICONV 앞 {}\nICONV 감 {}\nAF 2\nAF 541,630\nAF 12\n\
             SFX 541 Y 1\nSFX 541 0 {} .\nSFX 630 Y 1\nSFX 630 0 {}/2 .\nSFX 12 Y 1\nSFX 12 0 {} .\n",
            jamo("앞"),
            jamo("감"),
            jamo("으로"),
            jamo("도"),
            jamo("만"),
        );
        let dic = format!("2\n{}/1\n{} po:noun\n", jamo("앞"), jamo("감"));
        let (expanded_aff, expanded_dic) = expand_numeric_aliases(&aff, &dic).expect("aliases");
        assert!(expanded_dic.contains("/541,630\n"), "{expanded_dic}");
        assert!(
            expanded_aff.contains(&format!("SFX 630 0 {}/12 .", jamo("도"))),
            "{expanded_aff}"
        );
        assert!(!expanded_aff.contains("AF "));
        let speller = Speller::new(&aff, &dic, PathBuf::from("ko.aff")).expect("reads");
        assert!(speller.decomposes_hangul);
        // Precomposed input, as people type it: ICONV decomposes it.
        assert!(speller.check("앞"));
        assert!(speller.check("앞으로"), "a suffix through an alias");
        assert!(
            speller.check("앞도만"),
            "a continuation flag through an alias"
        );
        assert!(
            speller.check("감"),
            "a word without flags, with a morphological field"
        );
        assert!(!speller.check("앞만"));
        // Other dictionaries are read as they are.
        assert!(expand_numeric_aliases("SET UTF-8\nAF 1\nAF ab\n", "1\nx/1\n").is_none());
        assert!(expand_numeric_aliases("FLAG num\n", "1\nx/1\n").is_none());
    }

    /// The Korean dictionary of the system (`hunspell-ko`), where there is one, knows
    /// everyday words formed through its aliases.
    #[test]
    fn the_system_korean_dictionary_knows_everyday_words() {
        let ko: LanguageIdentifier = "ko-KR".parse().expect("tag");
        let Some(aff) = find(&ko, &system_dirs()) else {
            eprintln!("no Korean dictionary on this system (hunspell-ko): skipped");
            return;
        };
        let speller = Speller::load(&aff).expect("reads");
        for word in ["감사합니다", "앞으로", "진심으로", "안녕하세요", "드립니다"]
        {
            assert!(speller.check(word), "{word}");
        }
        // Written attached, as the standard allows, and not in the dictionary as such.
        for word in [
            "팀장님께",
            "연락드리겠습니다",
            "요청받았고",
            "보내주셔서",
            "인사팀",
        ] {
            assert!(speller.check(word), "{word}");
        }
        assert!(!speller.check("감사햡니다"));
        assert!(!speller.check("팀장님께세"));
        assert!(
            speller
                .suggest("감사햡니다")
                .iter()
                .any(|s| s == "감사합니다")
        );
    }

    /// Korean suffixes and auxiliaries written attached (팀장님께, 연락드립니다) are
    /// accepted when both parts are known; two known words joined otherwise, or a typo
    /// in either part, are not.
    #[test]
    fn korean_attached_suffixes_are_accepted_when_both_parts_are_known() {
        use unicode_normalization::UnicodeNormalization;
        let jamo = |s: &str| s.nfd().collect::<String>();
        let words = [
            "팀장",
            "님께",
            "연락",
            "드립니다",
            "감사",
            "인사",
            "담당자",
            "회의",
            "장소",
        ];
        let dic = format!("{}\n{}\n", words.len(), words.map(jamo).join("\n"));
        let aff = format!("SET UTF-8\nICONV 1\nICONV 팀 {}\n", jamo("팀"));
        let speller = Speller::new(&aff, &dic, PathBuf::from("ko.aff")).expect("reads");
        for word in ["팀장님께", "연락드립니다", "인사담당자님께"] {
            assert!(speller.check(word), "{word}");
        }
        for word in [
            "회의장소",   // two nouns: not an attached suffix
            "팀장님게",   // a typo in the suffix
            "탐장님께",   // a typo in the word before it
            "연드립니다", // a first part of one syllable
            "가나다님께", // nothing known before the suffix
        ] {
            assert!(!speller.check(word), "{word}");
        }
        // Other dictionaries do not join words.
        let latin =
            Speller::new("SET UTF-8\n", "2\nteam\nlead\n", PathBuf::from("en.aff")).expect("reads");
        assert!(!latin.check("teamlead"));
    }

    /// Suggestions looked for on a worker thread are the ones looked for here, and
    /// arrive without the caller waiting on them.
    #[test]
    fn suggestions_found_in_the_background_are_the_same() {
        let speller = Arc::new(
            Speller::new(
                "SET UTF-8\nTRY esianrtolcdugmphbyfvkwz\n",
                "3\nthank\nyou\ninterview\n",
                PathBuf::from("en.aff"),
            )
            .expect("reads"),
        );
        let here = speller.suggest("thnak");
        assert!(here.contains(&"thank".to_owned()), "{here:?}");
        let mut pending = speller.suggest_in_background("thnak");
        let mut found = None;
        for _ in 0..1000 {
            if let Some(list) = pending.poll() {
                found = Some(list.to_vec());
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        assert_eq!(found, Some(here));
        // A worker gone without an answer is no suggestions, not a wait forever.
        let (tx, rx) = channel::<Vec<String>>();
        drop(tx);
        assert_eq!(Suggestions::Pending(rx).poll(), Some(&[][..]));
    }

    /// The plural -들 before a particle, read through the noun with that particle alone,
    /// and a particle after a word of the supplement, in the form its last sound takes.
    #[test]
    fn korean_plurals_and_particles_after_added_words() {
        use unicode_normalization::UnicodeNormalization;
        let jamo = |s: &str| s.nfd().collect::<String>();
        let words = ["가족", "가족과", "동료", "동료를", "물", "물로"];
        let dic = format!("{}\n{}\n", words.len(), words.map(jamo).join("\n"));
        let aff = format!("SET UTF-8\nICONV 1\nICONV 가 {}\n", jamo("가"));
        let mut speller = Speller::new(&aff, &dic, PathBuf::from("ko.aff")).expect("reads");
        speller.add_words(["백엔드", "온보딩"]);
        for word in [
            "가족들과",
            "동료들을",
            "물들로",
            "백엔드",
            "백엔드와",
            "온보딩을",
            "온보딩으로",
        ] {
            assert!(speller.check(word), "{word}");
        }
        for word in [
            "가족들와",   // the particle after 들 takes its consonant form
            "동료들를",   // idem
            "가족들의",   // the dictionary does not know 가족의
            "백엔드과",   // after a vowel: 와
            "온보딩를",   // after a consonant: 을
            "백앤드와",   // a typo in the added word
            "백엔드와요", // not a particle
            "들과",       // no noun before the plural
        ] {
            assert!(!speller.check(word), "{word}");
        }
    }

    /// The words of the supplement of `language`, each once and each one word of its
    /// script.
    fn clean_supplement(
        language: &LanguageIdentifier,
        of_script: impl Fn(char) -> bool,
    ) -> Vec<&'static str> {
        let words: Vec<&str> = supplement(language)
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        let unique: std::collections::HashSet<&&str> = words.iter().collect();
        assert_eq!(unique.len(), words.len(), "duplicates");
        for word in &words {
            assert!(
                word.chars().all(&of_script),
                "{word:?} is not one word of its script"
            );
        }
        words
    }

    /// Korean: Gracious' list of the loanwords and compound nouns of hiring is added to
    /// the system's dictionary; the list is clean.
    #[test]
    fn the_korean_supplement_is_added_and_clean() {
        let ko: LanguageIdentifier = "ko-KR".parse().expect("tag");
        let words = clean_supplement(&ko, is_hangul_syllable);
        assert!(words.len() > 50, "{}", words.len());
        let Some(aff) = find(&ko, &system_dirs()) else {
            eprintln!("no Korean dictionary on this system (hunspell-ko): skipped");
            return;
        };
        let spelling = Spelling::new(vec![aff.parent().expect("folder").to_owned()]);
        let speller = spelling.speller_blocking(&ko, &[]).expect("used");
        for word in ["백엔드", "온보딩을", "최종면접에서", "가족들과", "동료들을"]
        {
            assert!(speller.check(word), "{word}");
        }
        assert!(!speller.check("백앤드"));
    }

    /// A word written entirely in letters the dictionary never uses (an English term in
    /// a Hindi letter) is not judged by it; a word of its own script still is.
    #[test]
    fn words_in_another_script_are_left_alone() {
        let speller = Speller::new(
            "SET UTF-8\n",
            "2\nनमस्कार\nधन्यवाद\n",
            PathBuf::from("hi.aff"),
        )
        .expect("reads");
        assert!(
            speller.check("offer"),
            "Latin letters in a Devanagari dictionary"
        );
        assert!(speller.check("धन्यवाद"));
        assert!(!speller.check("धन्यवद"));
        assert!(!speller.check("offerधन्यवाद"), "a word that mixes is judged");
    }

    /// Hindi: the system dictionary lacks everyday words of letters; Gracious' own list
    /// (`locales/hi-IN/spelling-words.txt`) is added, so a dictionary that knew only
    /// its own words now knows नमस्ते and सादर, and the list itself is clean.
    #[test]
    fn the_hindi_supplement_is_added_and_clean() {
        use unicode_normalization::UnicodeNormalization;
        let hi: LanguageIdentifier = "hi-IN".parse().expect("tag");
        let words = clean_supplement(&hi, |c| ('\u{0900}'..='\u{097F}').contains(&c));
        assert!(words.len() > 2000, "{}", words.len());
        for word in &words {
            assert_eq!(word.nfc().collect::<String>(), *word, "{word:?} is not NFC");
        }
        let dir = tempfile::tempdir().expect("dir");
        std::fs::write(dir.path().join("hi_IN.aff"), "SET UTF-8\n").expect("aff");
        std::fs::write(dir.path().join("hi_IN.dic"), "2\nधन्यवाद\nनमस्कार\n").expect("dic");
        let spelling = Spelling::new(vec![dir.path().to_owned()]);
        let probe = vec!["नमस्ते".to_owned(), "सादर".to_owned()];
        let speller = spelling.speller_blocking(&hi, &probe).expect("used");
        assert!(speller.check("नमस्ते") && speller.check("सादर") && speller.check("ऑफ़र"));
        assert!(!speller.check("नमस्त"));
        assert!(supplement(&"de-DE".parse().expect("tag")).is_empty());
    }

    /// Gracious' own letters are never underlined: their words, placeables and
    /// variant keys left out, are added after the dictionary is judged.
    #[test]
    fn the_words_of_the_apps_own_letters_are_known() {
        let words = |tag: &str| letter_words(&tag.parse().expect("tag"));
        let es = words("es-ES");
        assert!(es.iter().any(|w| w == "declinarla"), "{} words", es.len());
        assert!(words("ko-KR").iter().any(|w| w == "답변드립니다"));
        assert!(
            words("hi-IN").iter().any(|w| w == "शिफ़्टिंग"),
            "virama and nukta kept"
        );
        let en = words("en-US");
        assert!(en.iter().any(|w| w == "realize"));
        for word in &en {
            assert!(
                !["formality", "informal", "sender", "address_given"].contains(&word.as_str()),
                "{word} is a variable or a variant key, not a word of a letter"
            );
        }
        assert!(words("xx-XX").is_empty());
    }

    #[test]
    fn a_missing_or_broken_dictionary_is_none_not_a_panic() {
        let dir = tempfile::tempdir().expect("dir");
        let spelling = Spelling::new(vec![dir.path().to_owned()]);
        let en: LanguageIdentifier = "en-US".parse().expect("tag");
        assert!(spelling.speller_blocking(&en, &[]).is_none());
        std::fs::write(dir.path().join("en_US.aff"), "FLAG long\nSFX AB Y x\n").expect("aff");
        std::fs::write(dir.path().join("en_US.dic"), "not a count\n\u{0}").expect("dic");
        spelling.rescan();
        let _ = spelling.speller_blocking(&en, &[]);
        assert!(!spelling.is_loading(&en));
    }

    #[test]
    fn a_dictionary_that_rejects_everyday_words_is_not_used() {
        let dir = tempfile::tempdir().expect("dir");
        std::fs::write(dir.path().join("en_US.aff"), "SET UTF-8\n").expect("aff");
        let probe: Vec<String> = [
            "thank", "offer", "team", "future", "time", "role", "hope", "regards",
        ]
        .map(String::from)
        .to_vec();
        let en: LanguageIdentifier = "en-US".parse().expect("tag");
        let spelling = Spelling::new(vec![dir.path().to_owned()]);
        // Two of eight unknown: not used.
        std::fs::write(
            dir.path().join("en_US.dic"),
            format!("6\n{}", probe[..6].join("\n")),
        )
        .expect("dic");
        assert!(spelling.speller_blocking(&en, &probe).is_none());
        assert_eq!(spelling.status(&en), Status::Unreliable("hope".into()));
        // One of eight is a gap any dictionary may have.
        std::fs::write(
            dir.path().join("en_US.dic"),
            format!("7\n{}", probe[..7].join("\n")),
        )
        .expect("dic");
        spelling.rescan();
        assert!(spelling.speller_blocking(&en, &probe).is_some());
        assert_eq!(spelling.status(&en), Status::Ready);
    }
}
