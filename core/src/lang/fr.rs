//! Language-wide data for `fr`. (Placeholder: filled by the languages issue.)

use super::{Lang, LangData};

/// The data.
pub static DATA: LangData = LangData {
    lang: Lang::Fr,
    months: [&[], &[], &[], &[], &[], &[], &[], &[], &[], &[], &[], &[]],
    weekdays: [&[], &[], &[], &[], &[], &[], &[]],
    thousands_separators: &[],
    decimal_separator: '.',
    scale_words: &[],
    number_words: &[],
    stopwords: &[],
};
