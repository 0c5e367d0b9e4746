//! Language-wide data for `en`. (Placeholder: filled by the languages issue.)

use super::{Lang, LangData};

/// The data.
pub static DATA: LangData = LangData {
    lang: Lang::En,
    months: [&[], &[], &[], &[], &[], &[], &[], &[], &[], &[], &[], &[]],
    weekdays: [&[], &[], &[], &[], &[], &[], &[]],
    thousands_separators: &[],
    decimal_separator: '.',
    scale_words: &[],
    number_words: &[],
    stopwords: &[],
};
