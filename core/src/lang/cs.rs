//! Language-wide data for Czech (`cs`).
//!
//! Sources: month and weekday names per the *Pravidla českého pravopisu* and the Ústav pro
//! jazyk český's *Internetová jazyková příručka*, with the inflected forms dates use
//! (genitive `3. března`, locative `v březnu`; `v pondělí`, `ve středu`) and the usual
//! abbreviations (`po`, `út`, `st`, `čt`, `pá`, `so`, `ne`); separators per CLDR `cs` (a
//! space, usually a no-break space, groups thousands; `,` is the decimal separator); scale
//! words with their abbreviations (`tis.`, `mil.`, `mld.`); stopwords are the most frequent
//! Czech function words (cf. the frequency lists of the *Český národní korpus*), minus
//! those also frequent in another supported language or in Slovak and Polish (`a`, `to`,
//! `na`, `je`, `že`/`ze`, `se`, `do`, `po`, `od`, `pro`, `jako`, `ani`, `jak`, `aby`,
//! `jednak`, `vás`, `také`). Normalised: `ř` → `r`, `ě` → `e`, `ů` → `u` (`března` →
//! `brezna`). The two-letter weekday abbreviations are also ordinary words (`po` "after",
//! `ne` "no"): a date detector must only accept them next to a date.

use super::{Lang, LangData};
use crate::text::word_list::{WordList, value_list};

/// The data.
pub static DATA: LangData = LangData {
    lang: Lang::Cs,
    months: value_list![
        1 => "leden" "ledna" "lednu",
        2 => "unor" "unora" "unoru",
        3 => "brezen" "brezna" "breznu",
        4 => "duben" "dubna" "dubnu",
        5 => "kveten" "kvetna" "kvetnu",
        6 => "cerven" "cervna" "cervnu",
        7 => "cervenec" "cervence" "cervenci",
        8 => "srpen" "srpna" "srpnu",
        9 => "zari",
        10 => "rijen" "rijna" "rijnu",
        11 => "listopad" "listopadu",
        12 => "prosinec" "prosince" "prosinci",
    ],
    weekdays: value_list![
        1 => "pondeli" "po",
        2 => "utery" "ut",
        3 => "streda" "stredu" "stredy" "st",
        4 => "ctvrtek" "ctvrtku" "ct",
        5 => "patek" "patku" "pa",
        6 => "sobota" "sobotu" "soboty" "so",
        7 => "nedele" "nedeli" "ne",
    ],
    thousands_separators: &[' ', '\u{a0}', '\u{202f}', '.'],
    decimal_separator: ',',
    scale_words: value_list![
        1_000_000_000 => "miliard",
        1_000_000_000 => "miliarda",
        1_000_000_000 => "miliardy",
        1_000_000 => "mil",
        1_000_000 => "milion",
        1_000_000 => "miliony",
        1_000_000 => "milionu",
        1_000_000_000 => "mld",
        1_000 => "tis",
        1_000 => "tisic",
        1_000 => "tisice",
    ],
    number_words: value_list![
        4 => "ctyri",
        10 => "desitky",
        10 => "deset",
        9 => "devet",
        2 => "dva",
        12 => "dvanact",
        2 => "dve",
        11 => "jedenact",
        3 => "nekolik",
        8 => "osm",
        5 => "pet",
        7 => "sedm",
        6 => "sest",
        100 => "stovky",
        3 => "tri",
    ],
};

/// Frequent function words for language detection ([`super::detect`]), sorted, without
/// duplicates; words that are frequent in several supported languages are left out. Used at
/// compile time only (merged into [`super::detect::DETECTION_WORDS`]) and by tests.
pub const DETECTION_STOPWORDS: WordList = super::data::WORDS_DETECTION_STOPWORDS.cs;

/// Terms of the GDPR's own vocabulary in this language, for language detection alongside
/// [`DETECTION_STOPWORDS`] (see [`super::LangData`]); no word is in another supported
/// language's detection lists. Used at compile time only and by tests.
pub const DETECTION_DOMAIN_WORDS: WordList = super::data::WORDS_DETECTION_DOMAIN.cs;
