//! Flesch Reading Ease adapted to Portuguese by Martins et al. (T. B. F. Martins,
//! C. M. Ghiraldelo, M. G. V. Nunes, O. N. Oliveira Jr., "Readability formulas applied to
//! textbooks in Brazilian Portuguese", Notas do ICMSC-USP, Série Computação 28, 1996),
//! the formula behind the Portuguese readability tools (e.g. Scarton & Aluísio's Coh-Metrix-Port):
//!
//! `248.835 − 1.015 × (words / sentences) − 84.6 × (syllables / words)`
//!
//! Flesch's 1948 formula raised by 42 points, since Portuguese words have more syllables
//! than English ones for the same difficulty; read on Flesch's 0–100 scale.
//! Exactly: `(248835·S·W − 1015·W² − 84600·Y·S) / (1000·S·W)`.

use super::{Counts, Ratio};

/// The report's `formula` name.
pub const NAME: &str = "flesch_martins";

/// The score as an exact ratio, or `None` without a word or sentence.
pub fn score(c: &Counts) -> Option<Ratio> {
    let (s, w, y) = c.swy()?;
    Some(Ratio {
        num: 248_835 * s * w - 1015 * w * w - 84_600 * y * s,
        den: 1000 * s * w,
    })
}
