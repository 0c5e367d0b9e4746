//! LIX (läsbarhetsindex), for Romanian (C.-H. Björnsson, *Läsbarhet*, Stockholm: Liber,
//! 1968; its use across languages: J. Anderson, "Lix and Rix: variations on a
//! little-known readability index", Journal of Reading 26(6), 1983):
//!
//! `words / sentences + 100 × long words / words`, a long word having more than six
//! letters.
//!
//! Why LIX for Romanian: no syllable-based formula has been calibrated and published for
//! Romanian (Flesch's constants are language-dependent, and an English or Italian
//! constant set would misjudge Romanian's long inflected and articulated words such as
//! `dumneavoastră`); LIX counts only letters, sentence and word boundaries, so it carries
//! over without recalibration, which is why Björnsson and Anderson applied it to a dozen
//! languages. The scale runs the other way from Flesch: lower is easier (Björnsson's
//! bands: below 30 very easy, 30–40 easy, 40–50 medium, 50–60 difficult, above 60 very
//! difficult; see [`band`]). Exactly: `(W² + 100·L·S) / (S·W)`.

use super::{Band, Counts, Ratio};

/// The report's `formula` name.
pub const NAME: &str = "lix";

/// The score as an exact ratio, or `None` without a word or sentence.
pub fn score(c: &Counts) -> Option<Ratio> {
    let (s, w, _) = c.swy()?;
    let l = i128::from(c.long_words);
    Some(Ratio {
        num: w * w + 100 * l * s,
        den: s * w,
    })
}

/// The band of a LIX score in tenths (lower is easier): below 25 `very_easy`, below 30
/// `easy`, below 40 `fairly_easy`, below 50 `standard`, below 55 `fairly_difficult`,
/// below 60 `difficult`, else `very_difficult` — so that, as on the Flesch scale, a
/// text Björnsson calls difficult (50 and above) is harder than plain language.
pub fn band(tenths: i64) -> Band {
    match tenths {
        i64::MIN..=249 => Band::VeryEasy,
        250..=299 => Band::Easy,
        300..=399 => Band::FairlyEasy,
        400..=499 => Band::Standard,
        500..=549 => Band::FairlyDifficult,
        550..=599 => Band::Difficult,
        600.. => Band::VeryDifficult,
    }
}
