//! Supported languages, language-wide data (detection stopwords, normalisation quirks) and
//! language detection. Each element's phrases live in the element's own folder
//! (`elements/<id>/cues_<lang>.rs`), not here.

pub mod detect;

use serde::Serialize;

use crate::text::word_list::WordList;

/// A language the engine has complete cue tables for (ISO 639-1 code).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Italian.
    It,
    /// Dutch.
    Nl,
}

impl Lang {
    /// Every supported language, in a fixed order.
    pub const ALL: [Lang; 6] = [Lang::En, Lang::De, Lang::Fr, Lang::Es, Lang::It, Lang::Nl];

    /// The ISO 639-1 code.
    pub const fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Nl => "nl",
        }
    }

    /// The language's name in English.
    pub const fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "German",
            Lang::Fr => "French",
            Lang::Es => "Spanish",
            Lang::It => "Italian",
            Lang::Nl => "Dutch",
        }
    }

    /// Parses an ISO 639-1 code (lowercase).
    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.as_str() == code)
    }
}

pub mod de;
pub mod en;
pub mod es;
pub mod fr;
pub mod it;
pub mod nl;

/// Language-wide data: what the structural detectors (numbers, dates) and language
/// detection need to know of a language. Every word is in the normalised form of
/// [`crate::elements::cue`] (lowercase, folded). The word lists are packed [`WordList`]s
/// (sorted, without duplicates, checked at compile time); a list with values holds a number
/// per word ([`WordList::value`]).
#[derive(Debug)]
pub struct LangData {
    /// The language.
    pub lang: Lang,
    /// Month names and their usual abbreviations, each with its month number 1–12
    /// (`january` and `jan` → 1).
    pub months: WordList,
    /// Weekday names and their abbreviations, each with its day number 1–7, Monday first
    /// (`monday` and `mon` → 1).
    pub weekdays: WordList,
    /// Characters that group thousands in this language's numbers (`','` in English;
    /// `'.'` and a space in German; a space, narrow no-break space and `'.'` in French).
    pub thousands_separators: &'static [char],
    /// The decimal separator (`'.'` or `','`).
    pub decimal_separator: char,
    /// Words that scale a preceding number, with their factor (`million` → 1 000 000,
    /// `mio` → 1 000 000).
    pub scale_words: WordList,
    /// Number words that stand for a number on their own, with their value (`dozen` → 12,
    /// `hundreds` → 100, `several` → 3, `thousands` → 1000).
    pub number_words: WordList,
    /// Frequent function words for detection, sorted, without duplicates; words that are
    /// frequent in several supported languages are left out.
    pub stopwords: WordList,
    /// Terms of the GDPR's own vocabulary in this language (the official translation of
    /// Regulation (EU) 2016/679: "personal data", "controller", "data subject", "breach",
    /// "supervisory authority", "unauthorised access"), which any breach notice uses; for
    /// detection, alongside [`LangData::stopwords`]. Sorted, without duplicates, and no word
    /// is in another supported language's `stopwords` or `domain_words`.
    pub domain_words: WordList,
}

impl Lang {
    /// The language-wide data.
    pub const fn data(self) -> &'static LangData {
        match self {
            Lang::En => &en::DATA,
            Lang::De => &de::DATA,
            Lang::Fr => &fr::DATA,
            Lang::Es => &es::DATA,
            Lang::It => &it::DATA,
            Lang::Nl => &nl::DATA,
        }
    }
}
