//! The Gulpease index, for Italian (P. Lucisano, M. E. Piemontese, "GULPEASE: una formula
//! per la predizione della difficoltà dei testi in lingua italiana", Scuola e città 3,
//! 1988):
//!
//! `89 + (300 × sentences − 10 × letters) / words`
//!
//! 0–100, higher is easier; it counts letters, not syllables. Exactly:
//! `(89·W + 300·S − 10·L) / W`.
//!
//! Its own bands (Lucisano and Piemontese): below 80 a text is hard for readers with
//! primary schooling, below 60 for lower secondary, below 40 for upper secondary. The
//! report's bands: ≥ 80 `easy`, ≥ 60 `standard`, ≥ 40 `difficult`, else
//! `very_difficult`.

use super::{Band, Counts, Ratio};

/// The report's `formula` name.
pub const NAME: &str = "gulpease";

/// The score as an exact ratio, or `None` without a word or sentence.
pub fn score(c: &Counts) -> Option<Ratio> {
    let (s, w, _) = c.swy()?;
    let l = i128::from(c.letters);
    Some(Ratio {
        num: 89 * w + 300 * s - 10 * l,
        den: w,
    })
}

/// The band of a score in tenths.
pub fn band(tenths: i64) -> Band {
    match tenths {
        800.. => Band::Easy,
        600.. => Band::Standard,
        400.. => Band::Difficult,
        _ => Band::VeryDifficult,
    }
}
