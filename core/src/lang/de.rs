//! Language-wide data for German (`de`).
//!
//! Sources: month and weekday names per Duden (including the Austrian `Jänner` and
//! `Feber`, and `Sonnabend`), abbreviations per DIN 5008; separators per CLDR `de` (`.`
//! groups thousands; DIN 5008 also allows a space, written as NBSP or narrow NBSP in
//! typeset text); stopwords are the most frequent German function words (cf. the Leipzig
//! Wortschatz frequency list), minus those also frequent in another supported language
//! (`die` and `als` are frequent in Dutch, `an` in English, `es` and `da` in
//! Spanish/Italian, `in` everywhere, `was` in English, `hier` and `wie` in Dutch).
//! Normalised: `März` → `marz`, `über` → `uber`, `dass`/`daß` → `dass`.
//!
//! The two-letter weekday abbreviations (`mo`, `di`, `do`, …) are also ordinary words:
//! a date detector must only accept them next to a date.

use super::{Lang, LangData};
use crate::text::word_list::{WordList, value_list};

/// The data.
pub static DATA: LangData = LangData {
    lang: Lang::De,
    months: value_list![
        1 => "januar" "jan" "janner",
        2 => "februar" "feb" "feber",
        3 => "marz" "mar" "mrz",
        4 => "april" "apr",
        5 => "mai",
        6 => "juni" "jun",
        7 => "juli" "jul",
        8 => "august" "aug",
        9 => "september" "sep" "sept",
        10 => "oktober" "okt",
        11 => "november" "nov",
        12 => "dezember" "dez",
    ],
    weekdays: value_list![
        1 => "montag" "mo",
        2 => "dienstag" "di",
        3 => "mittwoch" "mi",
        4 => "donnerstag" "do",
        5 => "freitag" "fr",
        6 => "samstag" "sa" "sonnabend",
        7 => "sonntag" "so",
    ],
    thousands_separators: &['.', ' ', '\u{a0}', '\u{202f}'],
    decimal_separator: ',',
    scale_words: value_list![
        1_000_000_000 => "milliarde",
        1_000_000_000 => "milliarden",
        1_000_000 => "million",
        1_000_000 => "millionen",
        1_000_000 => "mio",
        1_000_000_000 => "mrd",
        1_000 => "tausend",
        1_000 => "tsd",
    ],
    number_words: value_list![
        8 => "acht",
        3 => "drei",
        12 => "dutzend",
        12 => "dutzende",
        11 => "elf",
        5 => "funf",
        100 => "hundert",
        100 => "hunderte",
        3 => "mehrere",
        9 => "neun",
        6 => "sechs",
        7 => "sieben",
        1_000 => "tausende",
        4 => "vier",
        10 => "zehn",
        2 => "zwei",
        12 => "zwolf",
    ],
};

/// Frequent function words for language detection ([`super::detect`]), sorted, without
/// duplicates; words that are frequent in several supported languages are left out. Used at
/// compile time only (merged into [`super::detect::DETECTION_WORDS`]) and by tests.
pub const DETECTION_STOPWORDS: WordList = super::data::WORDS_DETECTION_STOPWORDS.de;

/// Terms of the GDPR's own vocabulary in this language, for language detection alongside
/// [`DETECTION_STOPWORDS`] (see [`super::LangData`]); no word is in another supported
/// language's detection lists. Used at compile time only and by tests.
pub const DETECTION_DOMAIN_WORDS: WordList = super::data::WORDS_DETECTION_DOMAIN.de;
