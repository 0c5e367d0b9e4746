//! Supported languages, language-wide data (detection stopwords, normalisation quirks) and
//! language detection. Every phrase list lives in `core/lang/<xx>/`
//! (text files, packed at build time into [`data`]).

pub mod detect;

/// The language data of `core/lang/<xx>/`, packed by `core/build.rs`: one constant per
/// `.cues` file path with one table per language (`NATURE`, `DERIVE_DATA_KINDS_CONTACT`,
/// …) and, where the files have `good:`/`bad:` lines, its examples (`NATURE_EXAMPLES`);
/// one per `.words` file path with one list per language (`WORDS_HOUR`) and the union of
/// the languages' lists (`WORDS_HOUR_ANY`).
pub mod data {
    use crate::elements::{CueTable, CueTables, Example, Examples, PerLang};
    use crate::text::word_list::WordList;
    include!(concat!(env!("OUT_DIR"), "/lang_data.rs"));
}

use serde::Serialize;

use crate::text::word_list::WordList;

/// The supported languages, declared once: `Variant module "code" "English name",`
/// per language. Every per-language list of the crate expands from this declaration
/// ([`Lang`], [`Lang::ALL`], [`Lang::as_str`], [`Lang::name`], [`Lang::data`],
/// [`PerLang`]'s fields, the analyser's and the derive indexes, the detection lists), so
/// adding a language is this one line, its folder `core/lang/<xx>/` and its module
/// `src/lang/<xx>.rs` (numbers, months, weekdays). Calls `$callback!` with the list.
#[doc(hidden)]
#[macro_export]
macro_rules! __for_each_lang {
    ($callback:ident) => {
        $callback! {
            En en "en" "English",
            De de "de" "German",
            Fr fr "fr" "French",
            Es es "es" "Spanish",
            It it "it" "Italian",
            Nl nl "nl" "Dutch",
            Pt pt "pt" "Portuguese",
            Ro ro "ro" "Romanian",
        }
    };
}

macro_rules! declare_langs {
    ($($variant:ident $module:ident $code:literal $name:literal,)*) => {
        $(
            #[doc = concat!($name, " (`", $code, "`): numbers, months, weekdays; its phrases are in `core/lang/", $code, "/`.")]
            pub mod $module;
        )*

        /// A language the engine has complete cue tables for (ISO 639-1 code).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[serde(rename_all = "lowercase")]
        pub enum Lang {
            $(
                #[doc = concat!($name, ".")]
                $variant,
            )*
        }

        /// One value per supported language: one field each, so a forgotten language is a
        /// compile error (`CueTables`, `Examples`, word lists).
        #[derive(Debug)]
        pub struct PerLang<T> {
            $(
                #[doc = concat!($name, ".")]
                pub $module: T,
            )*
        }

        impl<T> PerLang<T> {
            /// The value for `lang`.
            pub const fn get(&self, lang: Lang) -> &T {
                match lang {
                    $(Lang::$variant => &self.$module,)*
                }
            }
        }

        impl Lang {
            /// The number of supported languages.
            pub const COUNT: usize = [$($code),*].len();

            /// Every supported language, in a fixed order.
            pub const ALL: [Lang; Lang::COUNT] = [$(Lang::$variant),*];

            /// The ISO 639-1 code.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Lang::$variant => $code,)*
                }
            }

            /// The language's name in English.
            pub const fn name(self) -> &'static str {
                match self {
                    $(Lang::$variant => $name,)*
                }
            }

            /// The language-wide data.
            pub const fn data(self) -> &'static LangData {
                match self {
                    $(Lang::$variant => &$module::DATA,)*
                }
            }

            /// The detection lists of the language: its stopwords (frequent function words) and
            /// its domain words (the GDPR's own terms), e.g. [`en::DETECTION_STOPWORDS`] and
            /// [`en::DETECTION_DOMAIN_WORDS`]. Detection itself uses the merged
            /// [`detect::DETECTION_WORDS`]; this is for compile-time merging and tests.
            pub const fn detection_lists(self) -> [WordList; 2] {
                match self {
                    $(Lang::$variant => [$module::DETECTION_STOPWORDS, $module::DETECTION_DOMAIN_WORDS],)*
                }
            }
        }
    };
}

crate::__for_each_lang!(declare_langs);

impl Lang {
    /// Parses an ISO 639-1 code (lowercase).
    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.as_str() == code)
    }
}

/// Language-wide data: what the structural detectors (numbers, dates) need to know of a
/// language (the words of language detection are per-language consts, e.g.
/// [`en::DETECTION_STOPWORDS`] and [`en::DETECTION_DOMAIN_WORDS`], merged at compile time
/// into [`detect::DETECTION_WORDS`]). Every word is in the normalised form of
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
}
