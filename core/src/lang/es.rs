//! Language-wide data for `es`. (Placeholder: filled by the languages issue.)

use super::{Lang, LangData};

/// The data.
pub static DATA: LangData = LangData {
    lang: Lang::Es,
    months: [&[], &[], &[], &[], &[], &[], &[], &[], &[], &[], &[], &[]],
    weekdays: [&[], &[], &[], &[], &[], &[], &[]],
    thousands_separators: &[],
    decimal_separator: '.',
    scale_words: &[],
    number_words: &[],
    stopwords: &[],
};
