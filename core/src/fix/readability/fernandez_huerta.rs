//! Fernández Huerta's reading-ease formula, for Spanish (J. Fernández Huerta, "Medidas
//! sencillas de lecturabilidad", Consigna 214, 1959):
//!
//! `206.84 − 0.60 × P − 1.02 × F`, where `P` is syllables per 100 words and `F` sentences
//! per 100 words.
//!
//! On Flesch's 0–100 scale. With `P = 100·Y/W` and `F = 100·S/W`, exactly:
//! `(206840·W − 60000·Y − 102000·S) / (1000·W)`.

use super::{Counts, Ratio};

/// The report's `formula` name.
pub const NAME: &str = "fernandez_huerta";

/// The score as an exact ratio, or `None` without a word or sentence.
pub fn score(c: &Counts) -> Option<Ratio> {
    let (s, w, y) = c.swy()?;
    Some(Ratio {
        num: 206_840 * w - 60_000 * y - 102_000 * s,
        den: 1000 * w,
    })
}
