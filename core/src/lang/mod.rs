//! Supported languages, language-wide data (detection stopwords, normalisation quirks) and
//! language detection. Every phrase list lives in `core/lang/<xx>/`
//! (text files, packed at build time into [`data`]).

pub mod detect;
pub mod tables;

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
/// [`PerLang`]'s fields, the analyser's, the frames' and the derive indexes, the detection
/// lists, the `fix` data), so adding a language is this one line, its Cargo feature
/// (`core/Cargo.toml`: `<xx> = []` and `"<xx>"` in `default`) and its folder
/// `core/lang/<xx>/` (walkthrough: README, "Adding a language"). Calls `$callback!` with
/// the list; `__for_each_lang!(callback!(tokens))` passes `tokens` before the list.
///
/// Only the languages whose Cargo feature is enabled are built in (`default`: all; a
/// firmware selects e.g. `default-features = false, features = ["en"]`): calls
/// `$callback!` with the lines of the enabled languages, in this order (item position
/// only). `core/build.rs` packs the data of the same languages. With the `packs` feature,
/// every declared language is listed (a [`Lang`] variant): the tables of one whose
/// feature is off come from its registered language pack ([`tables::tables`],
/// [`crate::packs`]), and the detection words of all from the detection pack
/// ([`detect::tables`]).
#[doc(hidden)]
#[macro_export]
macro_rules! __for_each_lang {
    ($callback:ident) => {
        $crate::__for_each_lang! { $callback!() }
    };
    // `__for_each_lang!(callback!(tokens))`: the tokens first, then the list.
    ($callback:ident!($($extra:tt)*)) => {
        $crate::__enabled_langs! {
            $callback [$($extra)*]
            En en "en" "English",
            De de "de" "German",
            Fr fr "fr" "French",
            Es es "es" "Spanish",
            It it "it" "Italian",
            Nl nl "nl" "Dutch",
            Pl pl "pl" "Polish",
            Cs cs "cs" "Czech",
            Sv sv "sv" "Swedish",
            El el "el" "Greek",
            Pt pt "pt" "Portuguese",
            Ro ro "ro" "Romanian",
        }
    };
}

/// Keeps the lines of [`__for_each_lang!`] whose language's Cargo feature (its code) is
/// enabled, then calls the callback with them: each line expands to two invocations of
/// which `cfg` keeps one (with or without the line). The `cfg` is read where the macro
/// expands, so it is for this crate's own use only (hidden).
#[doc(hidden)]
#[macro_export]
macro_rules! __enabled_langs {
    ($callback:ident [$($kept:tt)*]) => {
        $callback! { $($kept)* }
    };
    ($callback:ident [$($kept:tt)*]
        $variant:ident $module:ident $code:literal $name:literal, $($rest:tt)*) => {
        #[cfg(any(feature = $code, feature = "packs"))]
        $crate::__enabled_langs! {
            $callback [$($kept)* $variant $module $code $name,] $($rest)*
        }
        #[cfg(not(any(feature = $code, feature = "packs")))]
        $crate::__enabled_langs! { $callback [$($kept)*] $($rest)* }
    };
}

/// Splits the lines of [`__for_each_lang!`] into the built-in languages (Cargo feature
/// on) and the others (listed only with the `packs` feature: their tables come from a
/// registered pack), then calls `$callback! { [built-in lines] [pack lines] }`. Use as
/// `__for_each_lang!(__split_langs!(callback [] []))`; for this crate's own use (the `cfg`
/// is read where it expands).
#[doc(hidden)]
#[macro_export]
macro_rules! __split_langs {
    ($callback:ident [$($builtin:tt)*] [$($packed:tt)*]) => {
        $callback! { [$($builtin)*] [$($packed)*] }
    };
    ($callback:ident [$($builtin:tt)*] [$($packed:tt)*]
        $variant:ident $module:ident $code:literal $name:literal, $($rest:tt)*) => {
        #[cfg(feature = $code)]
        $crate::__split_langs! {
            $callback [$($builtin)* $variant $module $code $name,] [$($packed)*] $($rest)*
        }
        #[cfg(not(feature = $code))]
        $crate::__split_langs! {
            $callback [$($builtin)*] [$($packed)* $variant $module $code $name,] $($rest)*
        }
    };
}

macro_rules! declare_langs {
    ($($variant:ident $module:ident $code:literal $name:literal,)*) => {
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

            /// The language-wide data (`core/lang/<xx>/language.txt` and
            /// `core/lang/<xx>/words/{months,weekdays,scale,numbers}.words`): built in, or
            /// from the language's registered pack ([`tables::tables`]).
            #[inline]
            pub fn data(self) -> &'static LangData {
                &tables::tables(self).data
            }

            /// The detection lists of the language: its stopwords (frequent function words,
            /// `words/detection_stopwords.words`) and its domain words (the GDPR's own
            /// terms, `words/detection_domain.words`). Detection itself uses the merged
            /// [`detect::DETECTION_WORDS`]; this is for compile-time merging and tests.
            pub const fn detection_lists(self) -> [WordList; 2] {
                [
                    *data::WORDS_DETECTION_STOPWORDS.get(self),
                    *data::WORDS_DETECTION_DOMAIN.get(self),
                ]
            }
        }

    };
}

crate::__for_each_lang!(declare_langs);

/// The codes and names of the languages as text, from the one declaration.
macro_rules! lang_texts {
    ($v0:ident $m0:ident $c0:literal $n0:literal, $($variant:ident $module:ident $code:literal $name:literal,)*) => {
        impl Lang {
            /// The codes, comma-separated (`"en, de, …"`), for messages.
            pub const CODES: &'static str = concat!($c0 $(, ", ", $code)*);
            /// The TypeScript union of the codes (`export type LanguageCode = "en" |
            /// …;`), the wasm crate's `.d.ts` declaration.
            pub const TS_UNION: &'static str = concat!(
                "/** A language the engine has cue tables for (ISO 639-1). */\n",
                "export type LanguageCode = \"", $c0, "\"" $(, " | \"", $code, "\"")*, ";"
            );
        }
    };
}
crate::__for_each_lang!(lang_texts);

impl Lang {
    /// Parses an ISO 639-1 code (lowercase).
    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.as_str() == code)
    }
}

/// Language-wide data: what the structural detectors (numbers, dates) need to know of a
/// language, read from `core/lang/<xx>/language.txt` and `core/lang/<xx>/words/` (the
/// words of language detection are [`Lang::detection_lists`], merged at compile time into
/// [`detect::DETECTION_WORDS`]). Every word is in the normalised form of
/// [`crate::elements::cue`] (lowercase, folded). The word lists are packed [`WordList`]s
/// (sorted, without duplicates, checked at compile time); a list with values holds a number
/// per word ([`WordList::value`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    /// `'.'` and a space in German; a space, narrow no-break space and `'.'` in French),
    /// one after the other.
    pub thousands_separators: &'static str,
    /// The decimal separator (`'.'` or `','`).
    pub decimal_separator: char,
    /// The separator of a day and month written without a year (`'/'` in Swedish `3/3`),
    /// if the language writes dates so (`day_month_separator:` in `language.txt`).
    pub day_month_separator: Option<char>,
    /// The words a verb-final language adds to a frame's gap (`verb_final_gap:` in
    /// `language.txt`: 5 in German and Dutch, which put the infinitive or participle at the
    /// end of its clause); 0: not verb-final.
    pub verb_final_gap: u8,
    /// Words that scale a preceding number, with their factor (`million` → 1 000 000,
    /// `mio` → 1 000 000).
    pub scale_words: WordList,
    /// Number words that stand for a number on their own, with their value (`dozen` → 12,
    /// `hundreds` → 100, `several` → 3, `thousands` → 1000).
    pub number_words: WordList,
}

#[cfg(test)]
mod tests {
    extern crate std;

    use std::string::{String, ToString};
    use std::vec::Vec;

    use super::Lang;

    /// Adding a language is its folder and its `__for_each_lang!` line: neither without the
    /// other (the build says so too, by name).
    #[test]
    fn every_language_folder_is_declared_and_every_declared_language_has_its_folder() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lang");
        let mut folders: Vec<String> = std::fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().to_string_lossy().to_string())
            .collect();
        folders.sort();
        let mut declared: Vec<String> = Lang::ALL.iter().map(|l| l.as_str().to_string()).collect();
        declared.sort();
        assert_eq!(
            folders, declared,
            "core/lang/<xx>/ folders vs __for_each_lang!"
        );
        assert_eq!(Lang::CODES.split(", ").count(), Lang::COUNT);
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.as_str()), Some(lang));
            assert_eq!(lang.data().lang, lang);
            assert!(Lang::TS_UNION.contains(&std::format!("\"{}\"", lang.as_str())));
        }
    }

    /// `verb_final_gap:` of each `core/lang/<xx>/language.txt` is the language's
    /// [`super::LangData::verb_final_gap`] (the frames' extra gap comes from the data, not
    /// from a list of languages in the code); German and Dutch are verb-final.
    #[test]
    fn the_verb_final_gap_is_read_from_language_txt() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lang");
        for lang in Lang::ALL {
            // A language built without its feature (`packs`) has its data in its pack.
            let Some(tables) = super::tables::builtin(lang) else {
                continue;
            };
            let text = std::fs::read_to_string(dir.join(lang.as_str()).join("language.txt"))
                .unwrap_or_default();
            let written: Vec<u8> = text
                .lines()
                .filter_map(|l| l.trim().strip_prefix("verb_final_gap:"))
                .filter_map(|v| v.trim().parse().ok())
                .collect();
            assert_eq!(
                written,
                [tables.data.verb_final_gap],
                "{}: one `verb_final_gap:` line, read as the data",
                lang.as_str()
            );
            let verb_final = matches!(lang.as_str(), "de" | "nl");
            assert_eq!(
                lang.data().verb_final_gap > 0,
                verb_final,
                "{}",
                lang.as_str()
            );
        }
    }
}
