//! Language-wide data for Portuguese (`pt`), European and Brazilian.
//!
//! Sources: month and weekday names per the Acordo Ortográfico de 1990 (months lowercase;
//! weekdays `segunda-feira` … `domingo`, written and folded as two words, so the first word
//! `segunda` carries the day; `sáb`/`dom` and `seg`/`ter`/`qua`/`qui`/`sex` abbreviations);
//! separators per CLDR `pt` and `pt-PT` (`.` groups thousands in Brazil, a space or NBSP in
//! Portugal; decimal comma); scale words `mil`, `milhão`/`milhões` (also `milhao` without
//! its tilde), `mil milhões` in Portugal being read as `mil` × `milhões`, `bilhão` in
//! Brazil; stopwords are frequent Portuguese function words (cf. the CETEMPúblico frequency
//! lists), minus those also frequent in another supported language (`de`, `a`, `o`, `e`,
//! `que`, `em`, `um`, `para`, `com`, `se`, `por`, `no`, `na`, `da`, `do`, `como`, `mais`,
//! `ou`, `entre`, `sobre`, `quando`, `este`). Normalised: `março` → `marco`, `sábado` →
//! `sabado`, `milhões` → `milhoes`.

use super::{Lang, LangData};
use crate::text::word_list::{WordList, value_list};

/// The data.
pub static DATA: LangData = LangData {
    lang: Lang::Pt,
    months: value_list![
        1 => "janeiro" "jan",
        2 => "fevereiro" "fev",
        3 => "marco" "mar",
        4 => "abril" "abr",
        5 => "maio" "mai",
        6 => "junho" "jun",
        7 => "julho" "jul",
        8 => "agosto" "ago",
        9 => "setembro" "set",
        10 => "outubro" "out",
        11 => "novembro" "nov",
        12 => "dezembro" "dez",
    ],
    weekdays: value_list![
        1 => "segunda" "seg",
        2 => "terca" "ter",
        3 => "quarta" "qua",
        4 => "quinta" "qui",
        5 => "sexta" "sex",
        6 => "sabado" "sab",
        7 => "domingo" "dom",
    ],
    thousands_separators: &['.', ' ', '\u{a0}', '\u{202f}'],
    decimal_separator: ',',
    scale_words: value_list![
        1_000_000_000 => "bilhao",
        1_000_000_000 => "bilhoes",
        1_000 => "mil",
        1_000_000 => "milhao",
        1_000_000 => "milhoes",
    ],
    number_words: value_list![
        100 => "cem",
        100 => "centenas",
        5 => "cinco",
        10 => "dez",
        10 => "dezenas",
        2 => "dois",
        12 => "doze",
        2 => "duas",
        12 => "duzia",
        12 => "duzias",
        1_000 => "milhares",
        9 => "nove",
        8 => "oito",
        11 => "onze",
        4 => "quatro",
        6 => "seis",
        7 => "sete",
        3 => "tres",
        3 => "varias",
        3 => "varios",
    ],
};

/// Frequent function words for language detection ([`super::detect`]), sorted, without
/// duplicates; words that are frequent in several supported languages are left out. Used at
/// compile time only (merged into [`super::detect::DETECTION_WORDS`]) and by tests.
pub const DETECTION_STOPWORDS: WordList = super::data::WORDS_DETECTION_STOPWORDS.pt;

/// Terms of the GDPR's own vocabulary in this language, for language detection alongside
/// [`DETECTION_STOPWORDS`] (see [`super::LangData`]); no word is in another supported
/// language's detection lists. Used at compile time only and by tests.
pub const DETECTION_DOMAIN_WORDS: WordList = super::data::WORDS_DETECTION_DOMAIN.pt;
