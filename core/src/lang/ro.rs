//! Language-wide data for Romanian (`ro`).
//!
//! Sources: month and weekday names per DOOM3 (*Dicționarul ortografic, ortoepic și
//! morfologic al limbii române*, 2021; lowercase, `1 martie`, no day–month link word) with
//! the usual abbreviations (`ian.`, `febr.`, `sept.`, `oct.`…) and the articulated weekday
//! forms used in dates (`lunea`, `joia`); separators per CLDR `ro` (`.` groups thousands,
//! decimal comma); scale words `mie`/`mii`, `milion`/`milioane` and their abbreviations
//! `mil.`/`mln.`, `miliard`/`miliarde`/`mld.`; stopwords are frequent Romanian function
//! words (cf. the CoRoLa frequency lists), minus those also frequent in another supported
//! language (`și`, `în`, `să`, `că`, `este`, `de`, `la`, `a`, `o`, `un`, `cu` kept, `nu`,
//! `vă`, `ne`, `am`, `au`, `din`, `care`, `mai`). Comma-below `ș ț` and the legacy cedilla
//! `ş ţ` fold to `s t` alike. Normalised: `marți` → `marti`, `sâmbătă` → `sambata`,
//! `două` → `doua`.

use super::{Lang, LangData};
use crate::text::word_list::{WordList, value_list};

/// The data.
pub static DATA: LangData = LangData {
    lang: Lang::Ro,
    months: value_list![
        1 => "ianuarie" "ian",
        2 => "februarie" "feb" "febr",
        3 => "martie" "mar" "mart",
        4 => "aprilie" "apr",
        5 => "mai",
        6 => "iunie" "iun",
        7 => "iulie" "iul",
        8 => "august" "aug",
        9 => "septembrie" "sep" "sept",
        10 => "octombrie" "oct",
        11 => "noiembrie" "noi" "nov",
        12 => "decembrie" "dec",
    ],
    weekdays: value_list![
        1 => "luni" "lunea",
        2 => "marti" "martea",
        3 => "miercuri" "miercurea",
        4 => "joi" "joia",
        5 => "vineri" "vinerea",
        6 => "sambata",
        7 => "duminica",
    ],
    thousands_separators: &['.', ' ', '\u{a0}', '\u{202f}'],
    decimal_separator: ',',
    scale_words: value_list![
        1_000 => "mie",
        1_000 => "mii",
        1_000_000 => "mil",
        1_000_000_000 => "miliard",
        1_000_000_000 => "miliarde",
        1_000_000 => "milion",
        1_000_000 => "milioane",
        1_000_000_000 => "mld",
        1_000_000 => "mln",
    ],
    number_words: value_list![
        3 => "cateva",
        3 => "cativa",
        5 => "cinci",
        12 => "doisprezece",
        2 => "doi",
        2 => "doua",
        12 => "douasprezece",
        9 => "noua",
        8 => "opt",
        4 => "patru",
        6 => "sase",
        7 => "sapte",
        100 => "sute",
        3 => "trei",
        11 => "unsprezece",
        10 => "zece",
        10 => "zeci",
    ],
};

/// Frequent function words for language detection ([`super::detect`]), sorted, without
/// duplicates; words that are frequent in several supported languages are left out. Used at
/// compile time only (merged into [`super::detect::DETECTION_WORDS`]) and by tests.
pub const DETECTION_STOPWORDS: WordList = super::data::WORDS_DETECTION_STOPWORDS.ro;

/// Terms of the GDPR's own vocabulary in this language, for language detection alongside
/// [`DETECTION_STOPWORDS`] (see [`super::LangData`]); no word is in another supported
/// language's detection lists. Used at compile time only and by tests.
pub const DETECTION_DOMAIN_WORDS: WordList = super::data::WORDS_DETECTION_DOMAIN.ro;
