//! Every per-language table the engine reads, gathered in one [`LangTables`] per language,
//! and the one lookup that finds them ([`tables`]): the built-in static of a language whose
//! Cargo feature is on, else (with the `packs` feature) the language's registered pack
//! ([`crate::packs`]). The analyser's, the frames' and the derive indexes
//! ([`crate::analysis::cue_index`], [`crate::frames::frame_index`],
//! [`crate::derive::index::derive_index`]), [`Lang::data`] and the `fix` data
//! (`crate::fix::data::lang_data`) all read through it.
//!
//! A language pack is a serialisation of a built-in [`LangTables`]
//! ([`LangTables::write_pack`], [`LangTables::from_pack`]): the one source of the tables
//! is `core/lang/<xx>/`, packed by `core/build.rs` and merged at compile time.

use super::{Lang, LangData, data};
use crate::analysis::ElementIndex;
#[cfg(feature = "derive")]
use crate::derive::index::DeriveIndex;
#[cfg(feature = "fix")]
use crate::fix::{data::Templates, phrase::PhraseTable, readability::syllables::Spelling};
use crate::frames::FrameIndex;

/// Every table of one language the engine reads at run time: built in (a `static` merged
/// at compile time from `core/lang/<xx>/`) or read from a language pack
/// ([`LangTables::from_pack`]).
#[derive(Debug, PartialEq, Eq)]
pub struct LangTables {
    /// The language.
    pub lang: Lang,
    /// The element cues merged into one index ([`crate::analysis::cue_index`]).
    pub elements: ElementIndex,
    /// The frame cues merged into one index ([`crate::frames::frame_index`]).
    pub frames: FrameIndex,
    /// The derive cues merged into one index ([`crate::derive::index::derive_index`]).
    #[cfg(feature = "derive")]
    pub derive: DeriveIndex,
    /// The language-wide data ([`Lang::data`]).
    pub data: LangData,
    /// The phrases of `signals.txt` and `jargon.txt` (`fix`).
    #[cfg(feature = "fix")]
    pub fix_phrases: PhraseTable,
    /// The templates of `suggestions.txt` (`fix`).
    #[cfg(feature = "fix")]
    pub suggestions: Templates,
    /// The templates of `draft.txt` (`fix`).
    #[cfg(feature = "fix")]
    pub draft: Templates,
    /// The spelling rules syllables are counted with (the spelling keys of
    /// `language.txt`; `fix`: readability).
    #[cfg(feature = "fix")]
    pub spelling: Spelling,
}

/// The built-in tables of the language `$variant` (field `$module` of the generated data).
macro_rules! builtin_tables {
    ($variant:ident, $module:ident) => {
        LangTables {
            lang: Lang::$variant,
            elements: crate::packed_index!(crate::analysis::tables(Lang::$variant)),
            frames: crate::packed_index!(crate::frames::tables(Lang::$variant)),
            #[cfg(feature = "derive")]
            derive: crate::packed_index!(crate::derive::index::tables(Lang::$variant)),
            data: LangData {
                lang: Lang::$variant,
                months: data::WORDS_MONTHS.$module,
                weekdays: data::WORDS_WEEKDAYS.$module,
                thousands_separators: data::THOUSANDS_SEPARATORS.$module,
                decimal_separator: data::DECIMAL_SEPARATOR.$module,
                day_month_separator: data::DAY_MONTH_SEPARATOR.$module,
                verb_final_gap: data::VERB_FINAL_GAP.$module,
                scale_words: data::WORDS_SCALE.$module,
                number_words: data::WORDS_NUMBERS.$module,
            },
            #[cfg(feature = "fix")]
            fix_phrases: data::FIX_PHRASES.$module,
            #[cfg(feature = "fix")]
            suggestions: data::FIX_SUGGESTIONS.$module,
            #[cfg(feature = "fix")]
            draft: data::FIX_DRAFT.$module,
            #[cfg(feature = "fix")]
            spelling: data::SPELLING.$module,
        }
    };
}

impl LangTables {
    /// The tables of no cue and no word, for `lang`: what [`tables`] gives for a language
    /// whose pack is not registered (the report refuses such a language first:
    /// [`crate::error::ErrorKind::LanguageNotLoaded`]).
    pub const fn empty(lang: Lang) -> LangTables {
        use crate::text::matcher::PackedIndex;
        use crate::text::word_list::WordList;
        #[cfg(feature = "fix")]
        const NO_TEMPLATES: Templates = Templates {
            keys: crate::fix::data::TemplateKeys {
                text: "",
                starts: &[[0, 0]],
            },
            text: "",
            starts: &[[0, 0]],
        };
        LangTables {
            lang,
            elements: PackedIndex::new("", &[]),
            frames: PackedIndex::new("", &[]),
            #[cfg(feature = "derive")]
            derive: PackedIndex::new("", &[]),
            data: LangData {
                lang,
                months: WordList::from_text(""),
                weekdays: WordList::from_text(""),
                thousands_separators: "",
                decimal_separator: '.',
                day_month_separator: None,
                verb_final_gap: 0,
                scale_words: WordList::from_text(""),
                number_words: WordList::from_text(""),
            },
            #[cfg(feature = "fix")]
            fix_phrases: PhraseTable {
                index: PackedIndex::new("", &[]),
                rows: &[],
                tails: "",
                tail_starts: &[[0, 0]],
            },
            #[cfg(feature = "fix")]
            suggestions: NO_TEMPLATES,
            #[cfg(feature = "fix")]
            draft: NO_TEMPLATES,
            #[cfg(feature = "fix")]
            spelling: Spelling::NONE,
        }
    }
}

/// Defines [`tables`] and [`builtin`] from the split language list
/// ([`crate::__split_langs!`]): a `static` per built-in language, the registry for the
/// others.
macro_rules! lookup {
    ([$($bv:ident $bm:ident $bc:literal $bn:literal,)*]
     [$($pv:ident $pm:ident $pc:literal $pn:literal,)*]) => {
        /// The tables of `lang`: built in when its Cargo feature is on, else its registered
        /// pack (`crate::packs::register`, with the `packs` feature), else tables of no cue
        /// ([`LangTables::empty`]; see [`crate::packs::loaded`]). One `match`, as fast as
        /// the per-index statics it replaces for a built-in language.
        #[inline]
        pub fn tables(lang: Lang) -> &'static LangTables {
            match lang {
                $(Lang::$bv => {
                    static TABLES: LangTables = builtin_tables!($bv, $bm);
                    &TABLES
                })*
                $(Lang::$pv => {
                    static EMPTY: LangTables = LangTables::empty(Lang::$pv);
                    crate::packs::registered(Lang::$pv).unwrap_or(&EMPTY)
                })*
            }
        }

        /// The built-in tables of `lang`, if its Cargo feature is on (`None`: its tables
        /// come from a pack).
        pub fn builtin(lang: Lang) -> Option<&'static LangTables> {
            match lang {
                $(Lang::$bv => Some(tables(lang)),)*
                $(Lang::$pv => None,)*
            }
        }
    };
}

use crate::__split_langs;
crate::__for_each_lang!(__split_langs!(lookup [] []));
