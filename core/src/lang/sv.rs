//! Language-wide data for Swedish (`sv`).
//!
//! Sources: month and weekday names and their usual abbreviations per Språkrådet's
//! *Svenska skrivregler* (`febr.`, `sept.`; weekdays `mån`, `tis`, …; dates written
//! `den 14 mars 2026` or `2026-03-14`); the definite weekday forms (`lördagen den 7
//! november`) are listed beside the bare ones. Separators per CLDR `sv` (a space or
//! no-break space groups thousands: `1 312`; the decimal comma: `2,3 GB`). Stopwords are
//! the most frequent Swedish function words (cf. the Språkbanken frequency lists), minus
//! those also frequent in another supported language (`den`, `du`, `vi`, `kan`, `om`,
//! `din`, `nu`, `alla`, `under`, `ni`, `sin`, `för`, `så`, `på`, `där`, `dem`, `hen`,
//! `er`, `mot`, `får`). `å`, `ä` and `ö` fold to `a`, `a` and `o`.

use super::{Lang, LangData};
use crate::text::word_list::{WordList, value_list};

/// The data.
pub static DATA: LangData = LangData {
    lang: Lang::Sv,
    months: value_list![
        1 => "januari" "jan",
        2 => "februari" "feb" "febr",
        3 => "mars" "mar",
        4 => "april" "apr",
        5 => "maj",
        6 => "juni" "jun",
        7 => "juli" "jul",
        8 => "augusti" "aug",
        9 => "september" "sep" "sept",
        10 => "oktober" "okt",
        11 => "november" "nov",
        12 => "december" "dec",
    ],
    weekdays: value_list![
        1 => "mandag" "mandagen" "man",
        2 => "tisdag" "tisdagen" "tis",
        3 => "onsdag" "onsdagen" "ons",
        4 => "torsdag" "torsdagen" "tors",
        5 => "fredag" "fredagen" "fre",
        6 => "lordag" "lordagen" "lor",
        7 => "sondag" "sondagen" "son",
    ],
    thousands_separators: &[' ', '\u{a0}', '\u{202f}'],
    decimal_separator: ',',
    scale_words: value_list![
        1_000_000_000 => "mdr",
        1_000_000 => "milj",
        1_000_000_000 => "miljard",
        1_000_000_000 => "miljarder",
        1_000_000 => "miljon",
        1_000_000 => "miljoner",
        1_000 => "tusen",
    ],
    number_words: value_list![
        8 => "atta",
        11 => "elva",
        5 => "fem",
        3 => "flera",
        4 => "fyra",
        100 => "hundra",
        100 => "hundratals",
        1_000_000 => "miljontals",
        9 => "nio",
        6 => "sex",
        7 => "sju",
        10 => "tio",
        10 => "tiotals",
        12 => "tolv",
        3 => "tre",
        1_000 => "tusentals",
        2 => "tva",
    ],
};

/// Frequent function words for language detection ([`super::detect`]), sorted, without
/// duplicates; words that are frequent in several supported languages are left out. Used at
/// compile time only (merged into [`super::detect::DETECTION_WORDS`]) and by tests.
pub const DETECTION_STOPWORDS: WordList = super::data::WORDS_DETECTION_STOPWORDS.sv;

/// Terms of the GDPR's own vocabulary in this language, for language detection alongside
/// [`DETECTION_STOPWORDS`] (see [`super::LangData`]); no word is in another supported
/// language's detection lists. Used at compile time only and by tests.
pub const DETECTION_DOMAIN_WORDS: WordList = super::data::WORDS_DETECTION_DOMAIN.sv;
