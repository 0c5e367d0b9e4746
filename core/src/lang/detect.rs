//! Language detection for `--lang auto` (no_std, no allocation).
//!
//! Placeholder until the detection issue lands: see issue "Notice analysis in French,
//! Spanish, Italian and Dutch; language detection".

use super::Lang;

/// Detects the language of `text`, or `None` when no supported language is recognised.
pub fn detect(text: &str) -> Option<Lang> {
    let _ = text;
    Some(Lang::En)
}
