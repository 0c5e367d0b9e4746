//! Amstad's adaptation of Flesch Reading Ease, for German (T. Amstad, "Wie verständlich
//! sind unsere Zeitungen?", Zürich 1978):
//!
//! `180 − (words / sentences) − 58.5 × (syllables / words)`
//!
//! On Flesch's 0–100 scale. Exactly: `(180000·S·W − 1000·W² − 58500·Y·S) / (1000·S·W)`.

use super::{Counts, Ratio};

/// The report's `formula` name.
pub const NAME: &str = "amstad";

/// The score as an exact ratio, or `None` without a word or sentence.
pub fn score(c: &Counts) -> Option<Ratio> {
    let (s, w, y) = c.swy()?;
    Some(Ratio {
        num: 180_000 * s * w - 1000 * w * w - 58_500 * y * s,
        den: 1000 * s * w,
    })
}
