//! Language-wide data for Italian (`it`).
//!
//! Sources: month and weekday names and abbreviations per the Accademia della Crusca's
//! usage notes; separators per CLDR `it` (`.` groups thousands); stopwords are the most
//! frequent Italian function words (cf. the CoLFIS frequency list), minus those also
//! frequent in another supported language (`di` is kept; `il`, `la`, `le`, `lo`, `un`,
//! `una`, `in`, `con`, `del`, `al`, `da`, `non`, `ne`, `se`, `si`, `su`, `o`, `ha`, the
//! elided `l` and `all` are left out). Elisions split into words: `dell'accesso` →
//! `dell accesso`, so `dell`, `nell`, `dall`, `sull` are Italian stopwords. `è` folds to
//! `e`, which is left out too (it would also be the conjunction of another language).
//! Normalised: `lunedì` → `lunedi`, `più` → `piu`, `perché` → `perche`.

use super::{Lang, LangData};
use crate::text::word_list::{WordList, value_list};

/// The data.
pub static DATA: LangData = LangData {
    lang: Lang::It,
    months: value_list![
        1 => "gennaio" "gen",
        2 => "febbraio" "feb",
        3 => "marzo" "mar",
        4 => "aprile" "apr",
        5 => "maggio" "mag",
        6 => "giugno" "giu",
        7 => "luglio" "lug",
        8 => "agosto" "ago",
        9 => "settembre" "set" "sett",
        10 => "ottobre" "ott",
        11 => "novembre" "nov",
        12 => "dicembre" "dic",
    ],
    weekdays: value_list![
        1 => "lunedi" "lun",
        2 => "martedi" "mar",
        3 => "mercoledi" "mer",
        4 => "giovedi" "gio",
        5 => "venerdi" "ven",
        6 => "sabato" "sab",
        7 => "domenica" "dom",
    ],
    thousands_separators: &['.'],
    decimal_separator: ',',
    scale_words: value_list![
        1_000 => "mila",
        1_000_000_000 => "miliardi",
        1_000_000_000 => "miliardo",
        1_000_000 => "milione",
        1_000_000 => "milioni",
        1_000 => "mille",
        1_000_000_000 => "mld",
        1_000_000 => "mln",
    ],
    number_words: value_list![
        100 => "centinaia",
        100 => "cento",
        5 => "cinque",
        10 => "decine",
        10 => "dieci",
        3 => "diverse",
        3 => "diversi",
        12 => "dodici",
        12 => "dozzina",
        2 => "due",
        1_000 => "migliaia",
        9 => "nove",
        8 => "otto",
        4 => "quattro",
        6 => "sei",
        7 => "sette",
        3 => "tre",
        11 => "undici",
    ],
};

/// Frequent function words for language detection ([`super::detect`]), sorted, without
/// duplicates; words that are frequent in several supported languages are left out. Used at
/// compile time only (merged into [`super::detect::DETECTION_WORDS`]) and by tests.
pub const DETECTION_STOPWORDS: WordList = super::data::WORDS_DETECTION_STOPWORDS.it;

/// Terms of the GDPR's own vocabulary in this language, for language detection alongside
/// [`DETECTION_STOPWORDS`] (see [`super::LangData`]); no word is in another supported
/// language's detection lists. Used at compile time only and by tests.
pub const DETECTION_DOMAIN_WORDS: WordList = super::data::WORDS_DETECTION_DOMAIN.it;
