//! Language-wide data for `nl`. (Placeholder: filled by the languages issue.)

use super::{Lang, LangData};

/// The data.
pub static DATA: LangData = LangData {
    lang: Lang::Nl,
    months: [&[], &[], &[], &[], &[], &[], &[], &[], &[], &[], &[], &[]],
    weekdays: [&[], &[], &[], &[], &[], &[], &[]],
    thousands_separators: &[],
    decimal_separator: '.',
    scale_words: &[],
    number_words: &[],
    stopwords: &[],
};
