//! Language-wide data for Greek (`el`).
//!
//! Every word is written in its folded form (see [`crate::text::normalise`]): Greek folds
//! to Beta Code letters, without case or accents (`Μαΐου` → `maiou`, `Σεπτεμβρίου` →
//! `septembriou`, `χιλιάδες` → `xiliades`). Sources: month names in the nominative and in
//! the genitive that dates use (`3 Μαρτίου 2026`, `21 Μαΐου`), the popular `Μάη`, and the
//! usual abbreviations (`Ιαν.`, `Φεβ.`, `Σεπτ.`) per the Center for the Greek Language's
//! *Λεξικό της κοινής νεοελληνικής* (Triantafyllides); weekdays with their three-letter
//! abbreviations. Separators per CLDR `el` (`.` groups thousands: `3.400`; the decimal
//! comma: `1,4 GB`). Stopwords are the most frequent Greek function words (cf. the
//! Hellenic National Corpus frequency lists), minus those whose folded form is frequent
//! in another supported language (`το` → `to`, `με` → `me`, `να` → `na`, `δεν` → `den`,
//! `για` → `gia`, `μια` → `mia`, `αλλά` → `alla`, `στο` → `sto`, `σε` → `se`, `τον` →
//! `ton`, `τους` → `tous`, `αυτό` → `auto`, `σου` → `sou`, `πριν` → `prin`, …).

use super::{Lang, LangData};
use crate::text::word_list::{WordList, value_list};

/// The data.
pub static DATA: LangData = LangData {
    lang: Lang::El,
    months: value_list![
        1 => "ianouarios" "ianouariou" "ian",
        2 => "febrouarios" "febrouariou" "feb",
        3 => "martios" "martiou" "mar",
        4 => "aprilios" "apriliou" "apr",
        5 => "maios" "maiou" "mah",
        6 => "iounios" "iouniou" "ioun",
        7 => "ioulios" "iouliou" "ioul",
        8 => "augoustos" "augoustou" "aug",
        9 => "septembrios" "septembriou" "sep" "sept",
        10 => "oktwbrios" "oktwbriou" "okt",
        11 => "noembrios" "noembriou" "noe",
        12 => "dekembrios" "dekembriou" "dek",
    ],
    weekdays: value_list![
        1 => "deutera" "deu",
        2 => "trith" "tri",
        3 => "tetarth" "tet",
        4 => "pempth" "pem",
        5 => "paraskeuh" "par",
        6 => "sabbato" "sab",
        7 => "kuriakh" "kur",
    ],
    thousands_separators: &['.'],
    decimal_separator: ',',
    scale_words: value_list![
        1_000_000_000 => "dis",
        1_000_000_000 => "disekatommuria",
        1_000_000_000 => "disekatommurio",
        1_000_000 => "ekat",
        1_000_000 => "ekatommuria",
        1_000_000 => "ekatommurio",
        1_000 => "xil",
        1_000 => "xiliades",
    ],
    number_words: value_list![
        3 => "arketa",
        3 => "arketes",
        3 => "arketoi",
        10 => "deka",
        2 => "duo",
        12 => "dwdeka",
        6 => "eci",
        7 => "efta",
        100 => "ekato",
        100 => "ekatontades",
        9 => "ennea",
        9 => "ennia",
        11 => "enteka",
        7 => "epta",
        8 => "oktw",
        8 => "oxtw",
        5 => "pente",
        4 => "tessera",
        4 => "tesseris",
        3 => "treis",
        3 => "tria",
    ],
};

/// Frequent function words for language detection ([`super::detect`]), sorted, without
/// duplicates; words that are frequent in several supported languages are left out. Used at
/// compile time only (merged into [`super::detect::DETECTION_WORDS`]) and by tests.
pub const DETECTION_STOPWORDS: WordList = super::data::WORDS_DETECTION_STOPWORDS.el;

/// Terms of the GDPR's own vocabulary in this language, for language detection alongside
/// [`DETECTION_STOPWORDS`] (see [`super::LangData`]); no word is in another supported
/// language's detection lists. Used at compile time only and by tests.
pub const DETECTION_DOMAIN_WORDS: WordList = super::data::WORDS_DETECTION_DOMAIN.el;
