//! Douma's adaptation of Flesch Reading Ease, for Dutch (W. H. Douma, "De leesbaarheid
//! van landbouwbladen", Wageningen 1960):
//!
//! `206.835 − 0.93 × (words / sentences) − 77 × (syllables / words)`
//!
//! On Flesch's 0–100 scale. Exactly: `(206835·S·W − 930·W² − 77000·Y·S) / (1000·S·W)`.

use super::{Counts, Ratio};

/// The report's `formula` name.
pub const NAME: &str = "flesch_douma";

/// The score as an exact ratio, or `None` without a word or sentence.
pub fn score(c: &Counts) -> Option<Ratio> {
    let (s, w, y) = c.swy()?;
    Some(Ratio {
        num: 206_835 * s * w - 930 * w * w - 77_000 * y * s,
        den: 1000 * s * w,
    })
}
