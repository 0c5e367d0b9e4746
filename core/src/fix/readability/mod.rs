//! Clear and plain language (Art. 12(1) and 34(2) GDPR): a readability score with the
//! formula proper to the notice's language — never an English formula on another
//! language.
//!
//! The language → formula choice is one table, [`FORMULAS`].
//!
//! | language | formula | module |
//! |---|---|---|
//! | en | Flesch Reading Ease | [`flesch`] |
//! | de | Amstad | [`amstad`] |
//! | fr | Kandel–Moles | [`kandel_moles`] |
//! | es | Fernández Huerta | [`fernandez_huerta`] |
//! | it | Gulpease | [`gulpease`] |
//! | nl | Flesch–Douma | [`flesch_douma`] |
//! | pl | FOG-PL (Jasnopis) | [`fog_pl`] |
//! | cs | LIX (Björnsson) | [`lix`] |
//! | sv | LIX (Björnsson) | [`lix`] |
//! | el | LIX (Björnsson), for want of a validated Greek formula | [`lix`] |
//! | pt | Flesch adapted by Martins et al. (1996) | [`flesch_martins`] |
//! | ro | LIX (Björnsson 1968) | [`lix`] |
//!
//! What is counted: a *word* is a word of [`crate::text::words`] with at least one letter
//! (numbers, e-mail addresses and URLs are left out: they are not read as words); a
//! *sentence* is a sentence of [`crate::text::sentences`] with at least one word (so a
//! heading or a signature line is a sentence, as a reader sees it); *syllables* per
//! language by [`syllables`], with the spelling rules of the language's `language.txt`
//! (data, not code: a new language writes them there); *letters* (Gulpease) are the
//! alphabetic characters of the words; *long words* (LIX) are words of more than six
//! letters. No floating point: each formula is an exact ratio of integers, rounded once
//! to one decimal (half away from zero).
//!
//! Bands on the Flesch scale (all but Gulpease and LIX, which have their own): ≥ 90
//! `very_easy`, ≥ 80 `easy`, ≥ 70 `fairly_easy`, ≥ 60 `standard`, ≥ 50
//! `fairly_difficult`, ≥ 30 `difficult`, else `very_difficult` (Flesch 1948; the same
//! cut-offs are used with the adaptations). A notice for the general public should reach
//! `standard` or better.

pub mod amstad;
pub mod fernandez_huerta;
pub mod flesch;
pub mod flesch_douma;
pub mod flesch_martins;
pub mod fog_pl;
pub mod gulpease;
pub mod kandel_moles;
pub mod lix;
pub mod syllables;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::lang::{Lang, PerLang};
use crate::text::email::Emails;
use crate::text::normalise::is_letter;
use crate::text::sentences::{Sentence, Sentences};
use crate::text::url::Urls;
use crate::text::words::{Word, Words};
use syllables::Spelling;

/// What a formula counts in a text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Sentences with at least one word.
    pub sentences: u32,
    /// Words with at least one letter.
    pub words: u32,
    /// Syllables of those words.
    pub syllables: u32,
    /// Letters of those words.
    pub letters: u32,
    /// Words of four or more syllables (the hard words of FOG-PL).
    pub polysyllables: u32,
    /// Words of more than six letters (the long words of LIX).
    pub long_words: u32,
}

impl Counts {
    /// `(sentences, words, syllables)` as `i128`, or `None` when there is no word.
    fn swy(&self) -> Option<(i128, i128, i128)> {
        (self.words > 0 && self.sentences > 0).then_some((
            i128::from(self.sentences),
            i128::from(self.words),
            i128::from(self.syllables),
        ))
    }
}

/// An exact score: `num / den` (`den` > 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ratio {
    /// Numerator.
    pub num: i128,
    /// Denominator, positive.
    pub den: i128,
}

impl Ratio {
    /// The value in tenths, rounded half away from zero.
    pub fn tenths(self) -> i64 {
        let (n, d) = (self.num.saturating_mul(10), self.den.max(1));
        let (q, r) = div_rem(n, d);
        let q = if r.saturating_mul(2).abs() >= d {
            q + n.signum()
        } else {
            q
        };
        i64::try_from(q).unwrap_or(if q < 0 { i64::MIN } else { i64::MAX })
    }
}

/// `(n / d, n % d)` as Rust's `/` and `%` give them (quotient towards zero, remainder with
/// the sign of `n`), for `d > 0`, by binary long division: the same results as the
/// operators, without the 128-bit division routine they pull into the wasm module
/// (1 KiB of code, used nowhere else).
fn div_rem(n: i128, d: i128) -> (i128, i128) {
    let (m, d) = (n.unsigned_abs(), d.unsigned_abs().max(1));
    let (mut q, mut r) = (0u128, 0u128);
    for bit in (0..128).rev() {
        r = (r << 1) | ((m >> bit) & 1);
        if r >= d {
            r -= d;
            q |= 1 << bit;
        }
    }
    // The bits reinterpreted: q ≤ 2^127 (2^127 only for n = i128::MIN, d = 1, whose
    // negation wraps back to i128::MIN as `/` gives) and r < d ≤ i128::MAX.
    let (q, r) = (
        i128::from_le_bytes(q.to_le_bytes()),
        i128::from_le_bytes(r.to_le_bytes()),
    );
    if n < 0 {
        (q.wrapping_neg(), r.wrapping_neg())
    } else {
        (q, r)
    }
}

/// A readability band (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Band {
    /// Flesch ≥ 90.
    VeryEasy,
    /// Flesch ≥ 80; Gulpease ≥ 80.
    Easy,
    /// Flesch ≥ 70.
    FairlyEasy,
    /// Flesch ≥ 60; Gulpease ≥ 60.
    Standard,
    /// Flesch ≥ 50.
    FairlyDifficult,
    /// Flesch ≥ 30; Gulpease ≥ 40.
    Difficult,
    /// Below.
    VeryDifficult,
}

impl Band {
    /// The report's name.
    pub const fn as_str(self) -> &'static str {
        match self {
            Band::VeryEasy => "very_easy",
            Band::Easy => "easy",
            Band::FairlyEasy => "fairly_easy",
            Band::Standard => "standard",
            Band::FairlyDifficult => "fairly_difficult",
            Band::Difficult => "difficult",
            Band::VeryDifficult => "very_difficult",
        }
    }

    /// Whether the band is below `standard` (harder than plain language).
    pub const fn is_hard(self) -> bool {
        matches!(
            self,
            Band::FairlyDifficult | Band::Difficult | Band::VeryDifficult
        )
    }

    /// The band of a Flesch-scale score in tenths.
    pub fn flesch_scale(tenths: i64) -> Band {
        match tenths {
            900.. => Band::VeryEasy,
            800.. => Band::Easy,
            700.. => Band::FairlyEasy,
            600.. => Band::Standard,
            500.. => Band::FairlyDifficult,
            300.. => Band::Difficult,
            _ => Band::VeryDifficult,
        }
    }
}

/// The report's `readability`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Readability {
    /// The formula's name (`flesch_reading_ease`, `amstad`, …).
    pub formula: &'static str,
    /// The score in tenths (`623` is 62.3).
    pub score_tenths: i64,
    /// Its band.
    pub band: Band,
    /// What was counted.
    pub counts: Counts,
}

/// A language's readability formula and how its inputs are counted.
#[derive(Debug, Clone, Copy)]
pub struct Formula {
    /// The formula's name (the report's `formula`).
    pub name: &'static str,
    /// The score.
    pub score: fn(&Counts) -> Option<Ratio>,
    /// The band of a score in tenths.
    pub band: fn(i64) -> Band,
}

/// The readability formula of every language: the one table that chooses them (a new
/// language adds its row here, and a module when no existing formula fits it).
pub static FORMULAS: PerLang<Formula> = PerLang {
    #[cfg(any(feature = "en", feature = "packs"))]
    en: Formula {
        name: flesch::NAME,
        score: flesch::score,
        band: Band::flesch_scale,
    },
    #[cfg(any(feature = "de", feature = "packs"))]
    de: Formula {
        name: amstad::NAME,
        score: amstad::score,
        band: Band::flesch_scale,
    },
    #[cfg(any(feature = "fr", feature = "packs"))]
    fr: Formula {
        name: kandel_moles::NAME,
        score: kandel_moles::score,
        band: Band::flesch_scale,
    },
    #[cfg(any(feature = "es", feature = "packs"))]
    es: Formula {
        name: fernandez_huerta::NAME,
        score: fernandez_huerta::score,
        band: Band::flesch_scale,
    },
    #[cfg(any(feature = "it", feature = "packs"))]
    it: Formula {
        name: gulpease::NAME,
        score: gulpease::score,
        band: gulpease::band,
    },
    #[cfg(any(feature = "nl", feature = "packs"))]
    nl: Formula {
        name: flesch_douma::NAME,
        score: flesch_douma::score,
        band: Band::flesch_scale,
    },
    #[cfg(any(feature = "pl", feature = "packs"))]
    pl: Formula {
        name: fog_pl::NAME,
        score: fog_pl::score,
        band: fog_pl::band,
    },
    #[cfg(any(feature = "cs", feature = "packs"))]
    cs: Formula {
        name: lix::NAME,
        score: lix::score,
        band: lix::band,
    },
    #[cfg(any(feature = "sv", feature = "packs"))]
    sv: Formula {
        name: lix::NAME,
        score: lix::score,
        band: lix::band,
    },
    #[cfg(any(feature = "el", feature = "packs"))]
    el: Formula {
        name: lix::NAME,
        score: lix::score,
        band: lix::band,
    },
    #[cfg(any(feature = "pt", feature = "packs"))]
    pt: Formula {
        name: flesch_martins::NAME,
        score: flesch_martins::score,
        band: Band::flesch_scale,
    },
    #[cfg(any(feature = "ro", feature = "packs"))]
    ro: Formula {
        name: lix::NAME,
        score: lix::score,
        band: lix::band,
    },
};

/// The formula of `lang`: its name and score.
pub fn formula(lang: Lang) -> (&'static str, fn(&Counts) -> Option<Ratio>) {
    let f = FORMULAS.get(lang);
    (f.name, f.score)
}

/// Spans of e-mail addresses and URLs kept per sentence to leave their words out; more
/// in one sentence are counted as words (a negligible skew of a pathological text).
const MAX_SKIPPED: usize = 8;

/// What the formulas count in `text` read as `lang`.
pub fn count(text: &str, lang: Lang) -> Counts {
    let mut counter = Counter::new(lang);
    for s in Sentences::new(text) {
        counter.begin(text, s);
        let slice = text.get(s.start..s.end).unwrap_or("");
        for w in Words::with_offset(slice, s.start) {
            counter.word(text, &w);
        }
        counter.end();
    }
    counter.counts()
}

/// [`count`] fed by a caller that reads the sentences and their words anyway (the
/// signals' pass, [`crate::fix::signals::SignalScan`], fed by a report's reading pass),
/// so that the text is not read twice: for each
/// sentence of [`Sentences`], [`Counter::begin`], [`Counter::word`] with each of its
/// words ([`Words`] over the sentence), then [`Counter::end`].
#[derive(Debug)]
pub struct Counter {
    spelling: &'static Spelling,
    counts: Counts,
    /// The e-mail addresses and URLs of the current sentence (their words are left out).
    skip: heapless::Vec<(usize, usize), MAX_SKIPPED>,
    /// Whether the current sentence has a counted word.
    any: bool,
}

impl Counter {
    /// Nothing counted yet, for a text in `lang`.
    pub fn new(lang: Lang) -> Counter {
        Counter {
            spelling: &crate::lang::tables::tables(lang).spelling,
            counts: Counts::default(),
            skip: heapless::Vec::new(),
            any: false,
        }
    }

    /// Starts the sentence `s` of `text`.
    pub fn begin(&mut self, text: &str, s: Sentence) {
        let slice = text.get(s.start..s.end).unwrap_or("");
        self.begin_known(text, s, crate::text::url::may_hold_url(slice));
    }

    /// [`Counter::begin`] with [`crate::text::url::may_hold_url`] of the sentence known
    /// (`may_url`): the signals' pass asks it once for both. Returns the sentence's first
    /// URL ([`Urls::known`]), which the signals' pass reads too.
    pub(crate) fn begin_known(
        &mut self,
        text: &str,
        s: Sentence,
        may_url: bool,
    ) -> Option<(usize, usize)> {
        let slice = text.get(s.start..s.end).unwrap_or("");
        self.skip.clear();
        for span in Emails::new(slice, s.start) {
            let _ = self.skip.push(span);
        }
        let mut first_url = None;
        for span in Urls::known(slice, s.start, may_url) {
            first_url = first_url.or(Some(span));
            let _ = self.skip.push(span);
        }
        self.any = false;
        first_url
    }

    /// Counts the word `w` of the current sentence (of `text`).
    pub fn word(&mut self, text: &str, w: &Word) {
        if self.skip.iter().any(|&(a, b)| w.start >= a && w.end <= b) {
            return;
        }
        let raw = text.get(w.start..w.end).unwrap_or("");
        // An ASCII word's letters and syllables in one pass of its bytes.
        let ascii = syllables::ascii_counts(self.spelling, raw);
        let letters = match ascii {
            Some((letters, _)) => usize::try_from(letters).unwrap_or(usize::MAX),
            None => raw.chars().filter(|&c| is_letter(c)).count(),
        };
        if letters == 0 {
            return;
        }
        let c = &mut self.counts;
        self.any = true;
        c.words = c.words.saturating_add(1);
        c.letters = c
            .letters
            .saturating_add(u32::try_from(letters).unwrap_or(u32::MAX));
        let syl = match ascii {
            Some((_, syl)) => syl,
            None => syllables::syllables_of(self.spelling, raw, false),
        };
        c.syllables = c.syllables.saturating_add(syl);
        c.polysyllables = c.polysyllables.saturating_add(u32::from(syl >= 4));
        c.long_words = c
            .long_words
            .saturating_add(u32::from(letters > lix::LONG_WORD));
    }

    /// Ends the current sentence (it counts as a sentence when it had a counted word).
    pub fn end(&mut self) {
        self.counts.sentences = self.counts.sentences.saturating_add(u32::from(self.any));
        self.any = false;
    }

    /// What was counted.
    pub fn counts(&self) -> Counts {
        self.counts
    }
}

/// The readability of `text` in `lang`, or `None` when it has no word.
pub fn readability(text: &str, lang: Lang) -> Option<Readability> {
    of_counts(count(text, lang), lang)
}

/// The readability of a text in `lang` whose [`count`] is `counts`, or `None` when it
/// has no word.
pub fn of_counts(counts: Counts, lang: Lang) -> Option<Readability> {
    let f = FORMULAS.get(lang);
    let tenths = (f.score)(&counts)?.tenths();
    let band = (f.band)(tenths);
    Some(Readability {
        formula: f.name,
        score_tenths: tenths,
        band,
        counts,
    })
}

/// A score in tenths as a JSON number token (`62.3`, `-4.0`).
struct Tenths(i64);

impl Serialize for Tenths {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut buf = [0u8; 24];
        let mut at = buf.len();
        let mut v = self.0.unsigned_abs();
        let mut digits = 0;
        while (v > 0 || digits < 2) && at > 1 {
            at -= 1;
            if let Some(b) = buf.get_mut(at) {
                *b = b'0' + (v % 10) as u8;
            }
            v /= 10;
            digits += 1;
            if digits == 1 && at > 1 {
                at -= 1;
                if let Some(b) = buf.get_mut(at) {
                    *b = b'.';
                }
            }
        }
        if self.0 < 0 && at > 0 {
            at -= 1;
            if let Some(b) = buf.get_mut(at) {
                *b = b'-';
            }
        }
        s.serialize_bytes(buf.get(at..).unwrap_or_default())
    }
}

impl Serialize for Readability {
    /// `{"formula", "score", "band", "sentences", "words", "syllables", "letters", "long_words"}`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut r = s.serialize_struct("Readability", 8)?;
        r.serialize_field("formula", self.formula)?;
        r.serialize_field("score", &Tenths(self.score_tenths))?;
        r.serialize_field("band", self.band.as_str())?;
        r.serialize_field("sentences", &self.counts.sentences)?;
        r.serialize_field("words", &self.counts.words)?;
        r.serialize_field("syllables", &self.counts.syllables)?;
        r.serialize_field("letters", &self.counts.letters)?;
        r.serialize_field("long_words", &self.counts.long_words)?;
        r.end()
    }
}

#[cfg(test)]
mod tests;
