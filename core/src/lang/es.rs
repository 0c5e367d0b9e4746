//! Language-wide data for Spanish (`es`).
//!
//! Sources: month and weekday names and abbreviations per the RAE's *Ortografía* (2010,
//! including `setiembre`); separators per CLDR `es` (`.` groups thousands; the RAE
//! recommends a space, written as NBSP or narrow NBSP in typeset text); stopwords are the
//! most frequent Spanish function words (cf. the CREA frequency list), minus those also
//! frequent in another supported language (`de`, `la`, `en`, `que`, `se`, `un`, `una`,
//! `con`, `del`, `al`, `no`, `le`, `les`, `son`, `nos`, `o`, `si`, `entre`, `durante`).
//! Normalised: `miércoles` → `miercoles`, `millón` → `millon`, `más` → `mas`.

use super::{Lang, LangData};
use crate::text::word_list::{WordList, value_list};

/// The data.
pub static DATA: LangData = LangData {
    lang: Lang::Es,
    months: value_list![
        1 => "enero" "ene",
        2 => "febrero" "feb",
        3 => "marzo" "mar",
        4 => "abril" "abr",
        5 => "mayo" "may",
        6 => "junio" "jun",
        7 => "julio" "jul",
        8 => "agosto" "ago",
        9 => "septiembre" "setiembre" "sep" "sept" "set",
        10 => "octubre" "oct",
        11 => "noviembre" "nov",
        12 => "diciembre" "dic",
    ],
    weekdays: value_list![
        1 => "lunes" "lun",
        2 => "martes" "mar",
        3 => "miercoles" "mie",
        4 => "jueves" "jue",
        5 => "viernes" "vie",
        6 => "sabado" "sab",
        7 => "domingo" "dom",
    ],
    thousands_separators: &['.', ' ', '\u{a0}', '\u{202f}'],
    decimal_separator: ',',
    scale_words: value_list![
        1_000 => "mil",
        1_000_000_000 => "millardo",
        1_000_000_000 => "millardos",
        1_000_000 => "millon",
        1_000_000 => "millones",
    ],
    number_words: value_list![
        100 => "centenares",
        100 => "cien",
        100 => "cientos",
        5 => "cinco",
        4 => "cuatro",
        10 => "decenas",
        10 => "diez",
        12 => "doce",
        12 => "docena",
        12 => "docenas",
        2 => "dos",
        1_000 => "miles",
        9 => "nueve",
        8 => "ocho",
        11 => "once",
        6 => "seis",
        7 => "siete",
        3 => "tres",
        3 => "varias",
        3 => "varios",
    ],
};

/// Frequent function words for language detection ([`super::detect`]), sorted, without
/// duplicates; words that are frequent in several supported languages are left out. Used at
/// compile time only (merged into [`super::detect::DETECTION_WORDS`]) and by tests.
pub const DETECTION_STOPWORDS: WordList = super::data::WORDS_DETECTION_STOPWORDS.es;

/// Terms of the GDPR's own vocabulary in this language, for language detection alongside
/// [`DETECTION_STOPWORDS`] (see [`super::LangData`]); no word is in another supported
/// language's detection lists. Used at compile time only and by tests.
pub const DETECTION_DOMAIN_WORDS: WordList = super::data::WORDS_DETECTION_DOMAIN.es;
