//! LIX, *läsbarhetsindex* (C.-H. Björnsson, *Läsbarhet*, Stockholm: Liber, 1968), for
//! Czech:
//!
//! `words / sentences + 100 × long words / words`
//!
//! where a *long* word has more than six letters. It counts letters, not syllables, and
//! was built to compare languages (Björnsson, "Readability of Newspapers in 11
//! Languages", *Reading Research Quarterly* 18(4), 1983, 480–497, which includes Czech's
//! Slavic neighbours). Why LIX and not a Czech formula: the Czech adaptation of Flesch
//! Reading Ease (K. Bendová, S. Cinková, "Adaptation of Classic Readability Metrics to
//! Czech", TSD 2021, LNCS 12848) fits its constants by machine learning on parallel
//! corpora and was not at hand to verify here; Mistrík's formula (J. Mistrík, 1968, the
//! one Czech textbook research uses) needs the number of *different* words, which a
//! streaming count without allocation cannot keep. LIX needs only what is counted for
//! every language. Exactly: `(W² + 100·L·S) / (S·W)`; higher is harder.
//!
//! Its own bands (Björnsson): below 30 very easy (children's books), 30–40 easy (fiction,
//! popular press), 40–50 medium (newspapers), 50–60 difficult (official texts), 60 and
//! above very difficult (specialist literature). The report's bands: < 30 `easy`, < 40
//! `fairly_easy`, < 50 `standard`, < 60 `difficult`, else `very_difficult`.

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

/// The band of a score in tenths.
pub fn band(tenths: i64) -> Band {
    match tenths {
        t if t < 300 => Band::Easy,
        t if t < 400 => Band::FairlyEasy,
        t if t < 500 => Band::Standard,
        t if t < 600 => Band::Difficult,
        _ => Band::VeryDifficult,
    }
}
