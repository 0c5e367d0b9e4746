//! Language-wide data for French (`fr`).
//!
//! Sources: month and weekday names and abbreviations per the Imprimerie nationale's
//! *Lexique des règles typographiques*; separators per CLDR `fr` (a narrow no-break space
//! groups thousands; a plain space, a no-break space and, in older or Belgian usage, `.`
//! also occur); stopwords are the most frequent French function words (cf. Lexique 3
//! frequencies), minus those also frequent in another supported language (`de`, `la`,
//! `le`, `il`, `en`, `un`, `que`, `se`, `si`, `ne`, `non`, `des`, `y`, `tres`, `son`, and the
//! elided `l` shared with Italian). Elisions split into words: `d'une` → `d une`, `qu'il`
//! → `qu il`, `n'avons` → `n avons`, so `d`, `qu` and `n` are French stopwords.
//! Normalised: `février` → `fevrier`, `août` → `aout`, `été` → `ete`.

use super::{Lang, LangData};
use crate::text::word_list::{WordList, value_list};

/// The data.
pub static DATA: LangData = LangData {
    lang: Lang::Fr,
    months: value_list![
        1 => "janvier" "janv",
        2 => "fevrier" "fevr" "fev",
        3 => "mars",
        4 => "avril" "avr",
        5 => "mai",
        6 => "juin",
        7 => "juillet" "juil",
        8 => "aout",
        9 => "septembre" "sept",
        10 => "octobre" "oct",
        11 => "novembre" "nov",
        12 => "decembre" "dec",
    ],
    weekdays: value_list![
        1 => "lundi" "lun",
        2 => "mardi" "mar",
        3 => "mercredi" "mer",
        4 => "jeudi" "jeu",
        5 => "vendredi" "ven",
        6 => "samedi" "sam",
        7 => "dimanche" "dim",
    ],
    thousands_separators: &[' ', '\u{a0}', '\u{202f}', '.'],
    decimal_separator: ',',
    scale_words: value_list![
        1_000 => "mille",
        1_000_000_000 => "milliard",
        1_000_000_000 => "milliards",
        1_000_000 => "million",
        1_000_000 => "millions",
    ],
    number_words: value_list![
        100 => "centaine",
        100 => "centaines",
        5 => "cinq",
        2 => "deux",
        10 => "dix",
        10 => "dizaine",
        10 => "dizaines",
        12 => "douzaine",
        12 => "douze",
        8 => "huit",
        1_000 => "millier",
        1_000 => "milliers",
        9 => "neuf",
        11 => "onze",
        3 => "plusieurs",
        4 => "quatre",
        7 => "sept",
        6 => "six",
        3 => "trois",
    ],
};

/// Frequent function words for language detection ([`super::detect`]), sorted, without
/// duplicates; words that are frequent in several supported languages are left out. Used at
/// compile time only (merged into [`super::detect::DETECTION_WORDS`]) and by tests.
pub const DETECTION_STOPWORDS: WordList = super::data::WORDS_DETECTION_STOPWORDS.fr;

/// Terms of the GDPR's own vocabulary in this language, for language detection alongside
/// [`DETECTION_STOPWORDS`] (see [`super::LangData`]); no word is in another supported
/// language's detection lists. Used at compile time only and by tests.
pub const DETECTION_DOMAIN_WORDS: WordList = super::data::WORDS_DETECTION_DOMAIN.fr;
