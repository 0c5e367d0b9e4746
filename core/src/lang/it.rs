//! Language-wide data for `it`. (Placeholder: filled by the languages issue.)

use super::{Lang, LangData};

/// The data.
pub static DATA: LangData = LangData {
    lang: Lang::It,
    months: [&[], &[], &[], &[], &[], &[], &[], &[], &[], &[], &[], &[]],
    weekdays: [&[], &[], &[], &[], &[], &[], &[]],
    thousands_separators: &[],
    decimal_separator: '.',
    scale_words: &[],
    number_words: &[],
    stopwords: &[],
};
