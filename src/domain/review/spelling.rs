//! Which words of a draft are checked for spelling (the dictionary itself is
//! [`crate::spelling`]).
//!
//! Rules, each for a reason:
//! - words that start with a capital letter are taken for names (people, companies,
//!   places) and never flagged: a review that flags "Brightwave" or "Yılmaz" would be
//!   wrong in every letter. The cost is that a misspelled German noun goes unseen;
//! - the opportunity's names (company, role, contact, form of address) and the user's
//!   own words are never flagged, in any case, nor a Korean name with its particle
//!   attached (임재현입니다);
//! - words with digits, one-letter words, addresses (`@`, `://`, `www.`) and the words
//!   of a placeholder in brackets are not words of the language;
//! - languages written without spaces have no word list to check against here.

use unicode_segmentation::UnicodeSegmentation;

use super::Rules;

/// The byte ranges of the words of `text` to look up.
#[must_use]
pub fn words_to_check(
    text: &str,
    rules: &Rules,
    names: &[&str],
    personal: &[String],
) -> Vec<(usize, usize)> {
    if !rules.checks_spelling() {
        return Vec::new();
    }
    let name_words: Vec<String> = names
        .iter()
        .flat_map(|n| n.unicode_words())
        .map(str::to_lowercase)
        .collect();
    let skipped_chunks: Vec<(usize, usize)> = chunks(text)
        .filter(|(s, e)| {
            let chunk = &text[*s..*e];
            chunk.contains('@') || chunk.contains("://") || chunk.to_lowercase().starts_with("www.")
        })
        .collect();
    let brackets = super::super::template::bracket_ranges(text);
    text.unicode_word_indices()
        .filter(|(at, word)| {
            let end = at + word.len();
            let lower = word.to_lowercase();
            let mut chars = word.chars();
            let first = chars.next();
            word.chars().count() > 1
                && !first.is_some_and(char::is_uppercase)
                && !word.chars().any(char::is_numeric)
                && !name_words.contains(&lower)
                && !name_words.iter().any(|n| is_name_with_particle(&lower, n))
                && !personal.iter().any(|p| p.to_lowercase() == lower)
                && !skipped_chunks.iter().any(|(s, e)| s <= at && end <= *e)
                && !brackets.iter().any(|(s, e)| s <= at && end <= *e)
        })
        .map(|(at, word)| (at, at + word.len()))
        .collect()
}

/// A name of two Hangul syllables or more with a particle or ending attached, as Korean
/// writes them (임재현입니다, 김하늘님께): the name is never flagged, so neither is it
/// with what follows it.
fn is_name_with_particle(word: &str, name: &str) -> bool {
    name.chars().count() >= 2 && name.chars().all(is_hangul_syllable) && word.starts_with(name)
}

/// A precomposed Hangul syllable (가 … 힣).
#[must_use]
pub fn is_hangul_syllable(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// The white-space separated chunks of `text`, as byte ranges.
fn chunks(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    text.split_whitespace().map(move |chunk| {
        let start = chunk.as_ptr() as usize - text.as_ptr() as usize;
        (start, start + chunk.len())
    })
}

#[cfg(test)]
mod tests {
    use super::super::{Cues, LengthUnit, Rules};
    use super::*;

    fn rules(unit: LengthUnit) -> Rules {
        Rules::new(Cues {
            length_unit: unit,
            ..Cues::default()
        })
        .0
    }

    #[test]
    fn names_addresses_numbers_and_own_words_are_not_checked() {
        let text = "Dear Ms Okafor, thnak you. Brightwave's offer for the analyts role \
                    came on 3rd May; write to sam@mail.example or www.site.example. \
                    [Name] kubernetes";
        let words: Vec<&str> = words_to_check(
            text,
            &rules(LengthUnit::Words),
            &["Data Analyts"],
            &["Kubernetes".to_owned()],
        )
        .into_iter()
        .map(|(s, e)| &text[s..e])
        .collect();
        assert_eq!(
            words,
            [
                "thnak", "you", "offer", "for", "the", "role", "came", "on", "write", "to", "or"
            ]
        );
    }

    #[test]
    fn korean_names_are_not_checked_with_their_particles() {
        let text = "안녕하세요 임재현입니다 김하늘님께 임재가 드립니다";
        let words: Vec<&str> = words_to_check(
            text,
            &rules(LengthUnit::Words),
            &["임재현", "김하늘 매니저"],
            &[],
        )
        .into_iter()
        .map(|(s, e)| &text[s..e])
        .collect();
        assert_eq!(words, ["안녕하세요", "임재가", "드립니다"]);
    }

    #[test]
    fn languages_without_spaces_have_nothing_to_check() {
        assert!(
            words_to_check("内定を辞退します", &rules(LengthUnit::Characters), &[], &[]).is_empty()
        );
    }
}
