//! Language-wide data for English (`en`).
//!
//! Sources: month and weekday names and their abbreviations as in the Oxford style guide
//! (New Hart's Rules, ch. 11); separators per CLDR `en` number symbols; stopwords are the
//! most frequent English function words (cf. the Brown corpus frequency list), minus those
//! also frequent in another supported language (`in`, `is`, `we`, `was`, `an`, `so`,
//! `also`, `over`, `on`, `no`, `me`, `all` — these collide with de/nl/fr/it/es words).
//! Every string is in the normalised cue form of [`crate::elements::cue`].

use super::{Lang, LangData};
use crate::text::word_list::{WordList, value_list};

/// The data.
pub static DATA: LangData = LangData {
    lang: Lang::En,
    months: value_list![
        1 => "january" "jan",
        2 => "february" "feb",
        3 => "march" "mar",
        4 => "april" "apr",
        5 => "may",
        6 => "june" "jun",
        7 => "july" "jul",
        8 => "august" "aug",
        9 => "september" "sep" "sept",
        10 => "october" "oct",
        11 => "november" "nov",
        12 => "december" "dec",
    ],
    weekdays: value_list![
        1 => "monday" "mon",
        2 => "tuesday" "tue" "tues",
        3 => "wednesday" "wed",
        4 => "thursday" "thu" "thur" "thurs",
        5 => "friday" "fri",
        6 => "saturday" "sat",
        7 => "sunday" "sun",
    ],
    thousands_separators: &[','],
    decimal_separator: '.',
    scale_words: value_list![
        1_000_000_000 => "billion",
        1_000_000_000 => "bn",
        1_000 => "k",
        1_000_000 => "million",
        1_000 => "thousand",
    ],
    number_words: value_list![
        12 => "dozen",
        12 => "dozens",
        8 => "eight",
        11 => "eleven",
        5 => "five",
        4 => "four",
        100 => "hundred",
        100 => "hundreds",
        1_000_000 => "millions",
        9 => "nine",
        7 => "seven",
        3 => "several",
        6 => "six",
        10 => "ten",
        1_000 => "thousands",
        3 => "three",
        12 => "twelve",
        2 => "two",
    ],
};

/// Frequent function words for language detection ([`super::detect`]), sorted, without
/// duplicates; words that are frequent in several supported languages are left out. Used at
/// compile time only (merged into [`super::detect::DETECTION_WORDS`]) and by tests.
pub const DETECTION_STOPWORDS: WordList = super::data::WORDS_DETECTION_STOPWORDS.en;

/// Terms of the GDPR's own vocabulary in this language, for language detection alongside
/// [`DETECTION_STOPWORDS`] (see [`super::LangData`]); no word is in another supported
/// language's detection lists. Used at compile time only and by tests.
pub const DETECTION_DOMAIN_WORDS: WordList = super::data::WORDS_DETECTION_DOMAIN.en;
