//! Language-wide data for Dutch (`nl`).
//!
//! Sources: month and weekday names and abbreviations per the Taalunie's *Taaladvies*
//! (`mrt` for `maart`); separators per CLDR `nl` (`.` groups thousands); stopwords are the
//! most frequent Dutch function words (cf. the SoNaR frequency list), minus those also
//! frequent in another supported language (`de`, `en`, `in`, `is`, `die`, `als`, `we`,
//! `was`, `hier`, `wie`, `of`, `over`, `had`, `al`, `na`, `werden`, `alle`). The digraph
//! `ĳ` folds to `ij`.

use super::{Lang, LangData};
use crate::text::word_list::{WordList, value_list};

/// The data.
pub static DATA: LangData = LangData {
    lang: Lang::Nl,
    months: value_list![
        1 => "januari" "jan",
        2 => "februari" "feb",
        3 => "maart" "mrt" "mar",
        4 => "april" "apr",
        5 => "mei",
        6 => "juni" "jun",
        7 => "juli" "jul",
        8 => "augustus" "aug",
        9 => "september" "sep" "sept",
        10 => "oktober" "okt",
        11 => "november" "nov",
        12 => "december" "dec",
    ],
    weekdays: value_list![
        1 => "maandag" "ma",
        2 => "dinsdag" "di",
        3 => "woensdag" "wo",
        4 => "donderdag" "do",
        5 => "vrijdag" "vr",
        6 => "zaterdag" "za",
        7 => "zondag" "zo",
    ],
    thousands_separators: &['.'],
    decimal_separator: ',',
    scale_words: value_list![
        1_000 => "duizend",
        1_000_000_000 => "miljard",
        1_000_000 => "miljoen",
        1_000_000_000 => "mld",
        1_000_000 => "mln",
    ],
    number_words: value_list![
        8 => "acht",
        3 => "drie",
        1_000 => "duizenden",
        11 => "elf",
        100 => "honderd",
        100 => "honderden",
        3 => "meerdere",
        1_000_000 => "miljoenen",
        9 => "negen",
        10 => "tien",
        10 => "tientallen",
        12 => "twaalf",
        2 => "twee",
        4 => "vier",
        5 => "vijf",
        6 => "zes",
        7 => "zeven",
    ],
};

/// Frequent function words for language detection ([`super::detect`]), sorted, without
/// duplicates; words that are frequent in several supported languages are left out. Used at
/// compile time only (merged into [`super::detect::DETECTION_WORDS`]) and by tests.
pub const DETECTION_STOPWORDS: WordList = super::data::WORDS_DETECTION_STOPWORDS.nl;

/// Terms of the GDPR's own vocabulary in this language, for language detection alongside
/// [`DETECTION_STOPWORDS`] (see [`super::LangData`]); no word is in another supported
/// language's detection lists. Used at compile time only and by tests.
pub const DETECTION_DOMAIN_WORDS: WordList = super::data::WORDS_DETECTION_DOMAIN.nl;
