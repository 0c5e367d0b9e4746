//! Kandel and Moles' adaptation of Flesch Reading Ease, for French (L. Kandel, A. Moles,
//! "Application de l'indice de Flesch à la langue française", Cahiers Études de
//! Radio-Télévision 19, 1958):
//!
//! `207 − 1.015 × (words / sentences) − 73.6 × (syllables / words)`
//!
//! On Flesch's 0–100 scale. Exactly: `(207000·S·W − 1015·W² − 73600·Y·S) / (1000·S·W)`.

use super::{Counts, Ratio};

/// The report's `formula` name.
pub const NAME: &str = "kandel_moles";

/// The score as an exact ratio, or `None` without a word or sentence.
pub fn score(c: &Counts) -> Option<Ratio> {
    let (s, w, y) = c.swy()?;
    Some(Ratio {
        num: 207_000 * s * w - 1015 * w * w - 73_600 * y * s,
        den: 1000 * s * w,
    })
}
