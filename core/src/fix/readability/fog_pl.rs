//! FOG-PL, the Polish adaptation of Gunning's FOG index used by the Jasnopis and Logios
//! tools (B. Broda, B. Nitoń, W. Gruszczyński, M. Ogrodniczuk, "Measuring Readability of
//! Polish Texts: Baseline Experiments", LREC 2014, 573–580; W. Gruszczyński, B. Broda,
//! B. Nitoń, M. Ogrodniczuk, *Jasnopis*, 2015; after R. Gunning, *The Technique of Clear
//! Writing*, 1952):
//!
//! `0.4 × (words / sentences + 100 × hard words / words)`
//!
//! where a *hard* word has four or more syllables (Gunning's English threshold of three
//! would make most Polish words hard: Polish words are longer and inflected). The score is
//! a number of years of schooling, higher is harder. Exactly:
//! `(2·W² + 200·H·S) / (5·S·W)`.
//!
//! Its own bands (the Logios/Jasnopis reading of the years of schooling): up to 6 primary
//! school, 7–9 lower secondary, 10–12 upper secondary, 13–15 bachelor's studies, 16–17
//! master's studies, 18 and more specialist. The report's bands: < 4 `very_easy`, < 7
//! `easy`, < 10 `fairly_easy`, < 13 `standard`, < 16 `fairly_difficult`, < 18
//! `difficult`, else `very_difficult` (so a text needing university reading is hard).

use super::{Band, Counts, Ratio};

/// The report's `formula` name.
pub const NAME: &str = "fog_pl";

/// The score as an exact ratio, or `None` without a word or sentence.
pub fn score(c: &Counts) -> Option<Ratio> {
    let (s, w, _) = c.swy()?;
    let h = i128::from(c.polysyllables);
    Some(Ratio {
        num: 2 * w * w + 200 * h * s,
        den: 5 * s * w,
    })
}

/// The band of a score in tenths.
pub fn band(tenths: i64) -> Band {
    match tenths {
        t if t < 40 => Band::VeryEasy,
        t if t < 70 => Band::Easy,
        t if t < 100 => Band::FairlyEasy,
        t if t < 130 => Band::Standard,
        t if t < 160 => Band::FairlyDifficult,
        t if t < 180 => Band::Difficult,
        _ => Band::VeryDifficult,
    }
}
