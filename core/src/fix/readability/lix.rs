//! LIX, *läsbarhetsindex* (C.-H. Björnsson, *Läsbarhet*, Stockholm: Liber, 1968), the
//! readability formula of Swedish:
//!
//! `words / sentences + 100 × long words / words`
//!
//! where a long word has more than six letters ([`LONG_WORD`]). It counts letters, not
//! syllables, so it needs no syllable rules; Björnsson (1983, "Readability of newspapers in
//! 11 languages", *Reading Research Quarterly* 18(4), 480–497) applied it to other
//! languages as well. Higher is harder. Exactly: `(W² + 100·L·S) / (S·W)`.
//!
//! Greek uses it too, with reason: the Greek readability models published so far are
//! statistical classifiers, not closed formulas (M. Giagkou, "Στατιστικό μοντέλο
//! εκτίμησης της αναγνωστικής δυσκολίας…", *Μελέτες για την ελληνική γλώσσα* 32, 2012,
//! 65–76: discriminant analysis on word length, sentence length and other features;
//! G. Mikros and R. Voskaki, "A Modern Greek readability tool", in *Language and Text*,
//! John Benjamins, 2021: a random forest on stylometric indices), and no Flesch adaptation
//! with published Greek constants could be found. Word length and sentence length, which
//! those models find most predictive, are exactly what LIX combines, and its letter count
//! needs no Greek syllable rules (synizesis makes vowel groups unreliable). The bands are
//! Björnsson's, uncalibrated for Greek: read them as a guide.
//!
//! Czech uses it too, with reason: the Czech adaptation of Flesch Reading Ease (K. Bendová,
//! S. Cinková, "Adaptation of Classic Readability Metrics to Czech", TSD 2021, LNCS 12848)
//! fits its constants by machine learning on parallel corpora and was not at hand to
//! verify here; Mistrík's formula (J. Mistrík, 1968, the one Czech textbook research uses)
//! needs the number of *different* words, which a streaming count without allocation
//! cannot keep. LIX needs only what is counted for every language.
//!
//! Romanian uses it too, with reason: no syllable-based formula has been calibrated and
//! published for Romanian (Flesch's constants are language-dependent, and an English or
//! Italian constant set would misjudge Romanian's long inflected and articulated words
//! such as `dumneavoastră`); LIX counts only letters and sentence and word boundaries, so
//! it carries over without recalibration (J. Anderson, "Lix and Rix: variations on a
//! little-known readability index", *Journal of Reading* 26(6), 1983).
//!
//! Bands, after the Swedish reading of the scale (Björnsson 1968; Skolverket and
//! Språkrådet use the same cut-offs): below 30 very easy (children's books), 30–40 easy
//! (fiction, popular newspapers), 40–50 medium (ordinary newspaper text), 50–60 difficult
//! (official texts), 60 and above very difficult (specialist or bureaucratic prose). The
//! report's bands: < 30 `very_easy`, < 40 `easy`, < 50 `standard`, < 60 `difficult`, else
//! `very_difficult`.

use super::{Band, Counts, Ratio};

/// The report's `formula` name.
pub const NAME: &str = "lix";

/// A word with more letters than this is long.
pub const LONG_WORD: usize = 6;

/// The score as an exact ratio, or `None` without a word or sentence.
pub fn score(c: &Counts) -> Option<Ratio> {
    let (s, w, _) = c.swy()?;
    let l = i128::from(c.long_words);
    Some(Ratio {
        num: w * w + 100 * l * s,
        den: s * w,
    })
}

/// The band of a score in tenths (higher is harder).
pub fn band(tenths: i64) -> Band {
    match tenths {
        600.. => Band::VeryDifficult,
        500.. => Band::Difficult,
        400.. => Band::Standard,
        300.. => Band::Easy,
        _ => Band::VeryEasy,
    }
}
