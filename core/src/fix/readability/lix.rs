//! LIX, *läsbarhetsindex* (C.-H. Björnsson, *Läsbarhet*, Stockholm: Liber, 1968), the
//! readability formula of Swedish:
//!
//! `words / sentences + 100 × long words / words`
//!
//! where a long word has more than six letters ([`LONG_WORD`]). It counts letters, not
//! syllables, so it needs no syllable rules; Björnsson (1983, "Readability of newspapers in
//! 11 languages", *Reading Research Quarterly* 18(4), 480–497) applied it to other
//! languages as well. Higher is harder. Exactly: `(W² + 100·L·S) / (S·W)`.
//!
//! Bands, after the Swedish reading of the scale (Björnsson 1968; Skolverket and
//! Språkrådet use the same cut-offs): below 30 very easy (children's books), 30–40 easy
//! (fiction, popular newspapers), 40–50 medium (ordinary newspaper text), 50–60 difficult
//! (official texts), 60 and above very difficult (specialist or bureaucratic prose). The
//! report's bands: < 30 `very_easy`, < 40 `easy`, < 50 `standard`, < 60 `difficult`, else
//! `very_difficult`.

use super::{Band, Counts, Ratio};

/// The report's `formula` name.
pub const NAME: &str = "lix";

/// A word with more letters than this is long.
pub const LONG_WORD: usize = 6;

/// The score as an exact ratio, or `None` without a word or sentence.
pub fn score(c: &Counts) -> Option<Ratio> {
    let (s, w, _) = c.swy()?;
    let l = i128::from(c.long_words);
    Some(Ratio {
        num: w * w + 100 * l * s,
        den: s * w,
    })
}

/// The band of a score in tenths (higher is harder).
pub fn band(tenths: i64) -> Band {
    match tenths {
        ..300 => Band::VeryEasy,
        ..400 => Band::Easy,
        ..500 => Band::Standard,
        ..600 => Band::Difficult,
        _ => Band::VeryDifficult,
    }
}
