//! Language-wide data for Polish (`pl`).
//!
//! Sources: month and weekday names per the *Wielki słownik ortograficzny PWN*, with the
//! inflected forms dates use (genitive `3 marca`, locative `w marcu`; `w piątek`,
//! `w środę`) and the usual abbreviations (`sty`, `lut`, `pn.`, `wt.`, `śr.`, `czw.`,
//! `pt.`, `sob.`, `niedz.`); separators per CLDR `pl` (a space, usually a no-break space,
//! groups thousands; `,` is the decimal separator); scale words with their abbreviations
//! (`tys.`, `mln`, `mld`); stopwords are the most frequent Polish function words (cf. the
//! frequency list of the *Narodowy Korpus Języka Polskiego*), minus those also frequent in
//! another supported language or in Czech and Slovak (`to`, `na`, `ze`/`że`, `je`, `i`,
//! `a`, `o`, `do`, `po`, `od`, `nie`, `jak`, `ani`, `aby`, `jednak`, `ich`).
//! Normalised: `ł` → `l`, `ą` → `a`, `ę` → `e`, `ż`/`ź` → `z` (`września` → `wrzesnia`).
//! The abbreviations `sie` (`sierpień`, also `się`) and `lis` (also a surname) are left
//! out; the two-letter weekday abbreviations are also ordinary words: a date detector
//! must only accept them next to a date.

use super::{Lang, LangData};
use crate::text::word_list::{WordList, value_list};

/// The data.
pub static DATA: LangData = LangData {
    lang: Lang::Pl,
    months: value_list![
        1 => "styczen" "stycznia" "styczniu" "sty",
        2 => "luty" "lutego" "lutym" "lut",
        3 => "marzec" "marca" "marcu",
        4 => "kwiecien" "kwietnia" "kwietniu" "kwi",
        5 => "maj" "maja" "maju",
        6 => "czerwiec" "czerwca" "czerwcu" "cze",
        7 => "lipiec" "lipca" "lipcu" "lip",
        8 => "sierpien" "sierpnia" "sierpniu",
        9 => "wrzesien" "wrzesnia" "wrzesniu" "wrz",
        10 => "pazdziernik" "pazdziernika" "pazdzierniku" "paz",
        11 => "listopad" "listopada" "listopadzie",
        12 => "grudzien" "grudnia" "grudniu" "gru",
    ],
    weekdays: value_list![
        1 => "poniedzialek" "poniedzialku" "pn" "pon",
        2 => "wtorek" "wtorku" "wt",
        3 => "sroda" "srode" "srody" "sr",
        4 => "czwartek" "czwartku" "czw",
        5 => "piatek" "piatku" "pt",
        6 => "sobota" "sobote" "soboty" "sob",
        7 => "niedziela" "niedziele" "niedzieli" "niedz" "nd",
    ],
    thousands_separators: &[' ', '\u{a0}', '\u{202f}', '.'],
    decimal_separator: ',',
    scale_words: value_list![
        1_000_000_000 => "miliard",
        1_000_000_000 => "miliardow",
        1_000_000_000 => "miliardy",
        1_000_000 => "milion",
        1_000_000 => "milionow",
        1_000_000 => "miliony",
        1_000_000_000 => "mld",
        1_000_000 => "mln",
        1_000 => "tys",
        1_000 => "tysiac",
        1_000 => "tysiace",
        1_000 => "tysiecy",
    ],
    number_words: value_list![
        4 => "cztery",
        4 => "czterech",
        10 => "dziesiatki",
        10 => "dziesiec",
        9 => "dziewiec",
        2 => "dwa",
        12 => "dwanascie",
        2 => "dwie",
        2 => "dwoch",
        11 => "jedenascie",
        3 => "kilka",
        100 => "kilkaset",
        10 => "kilkadziesiat",
        10 => "kilkanascie",
        8 => "osiem",
        5 => "piec",
        100 => "setki",
        7 => "siedem",
        6 => "szesc",
        3 => "trzech",
        3 => "trzy",
    ],
};

/// Frequent function words for language detection ([`super::detect`]), sorted, without
/// duplicates; words that are frequent in several supported languages are left out. Used at
/// compile time only (merged into [`super::detect::DETECTION_WORDS`]) and by tests.
pub const DETECTION_STOPWORDS: WordList = super::data::WORDS_DETECTION_STOPWORDS.pl;

/// Terms of the GDPR's own vocabulary in this language, for language detection alongside
/// [`DETECTION_STOPWORDS`] (see [`super::LangData`]); no word is in another supported
/// language's detection lists. Used at compile time only and by tests.
pub const DETECTION_DOMAIN_WORDS: WordList = super::data::WORDS_DETECTION_DOMAIN.pl;
