//! Flesch Reading Ease, for English (R. Flesch, "A new readability yardstick", Journal of
//! Applied Psychology 32, 1948):
//!
//! `206.835 − 1.015 × (words / sentences) − 84.6 × (syllables / words)`
//!
//! 0–100 on ordinary prose; higher is easier. Computed exactly in integers:
//! `(206835·S·W − 1015·W² − 84600·Y·S) / (1000·S·W)`.

use super::{Counts, Ratio};

/// The report's `formula` name.
pub const NAME: &str = "flesch_reading_ease";

/// The score as an exact ratio, or `None` without a word or sentence.
pub fn score(c: &Counts) -> Option<Ratio> {
    let (s, w, y) = c.swy()?;
    Some(Ratio {
        num: 206_835 * s * w - 1015 * w * w - 84_600 * y * s,
        den: 1000 * s * w,
    })
}
