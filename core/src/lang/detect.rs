//! Language detection for `--lang auto` (no_std, no allocation, linear, bounded work).
//!
//! # Method
//! The text is split into words by [`Words`], as the cue format splits it
//! ([`crate::elements::cue`]: maximal runs of letters and digits, lowercased and
//! diacritic-folded). Each of the
//! first [`MAX_DETECT_WORDS`] words that is not all digits is *examined*; an examined
//! word that is one of a language's [`LangData::stopwords`] (its distinctive function
//! words) or [`LangData::domain_words`] (the GDPR's own terms in that language) is a *hit*
//! for that language. These lists are pairwise disjoint across languages (a test checks
//! it), so a word is a hit for at most one language. Words that are also frequent in the
//! unsupported neighbours that must not be mistaken for a supported language are left out
//! of the lists as well: Portuguese `para`, `por`, `como`, `mais`, `das`, `um`;
//! Scandinavian `for`, `at`, `den`, `du`, `er`, `om`, `kan`, `vi`; Polish and Czech `to`,
//! `by`, `je`, `ze`, `na`; Romanian `au`, `sa`, `nu`, `am`, `este`.
//! Before the two lookups a word is tested against the language's filter
//! ([`WordFilter`]: hash bits of both lists, built at compile time), which rejects most
//! non-hits at once; it never rejects a listed word, so the scores are those of the lookups.
//!
//! # Decision rule
//! Let `best` be the language with the most hits and `second` the runner-up. The text is
//! in `best` only when **all** of these hold, otherwise it is in no supported language
//! (`None`: the caller reports `"unknown"` rather than guessing):
//! 1. `best` has at least [`MIN_HITS`] hits (enough evidence at all);
//! 2. the hits of `best` make up at least [`MIN_HIT_PERMILLE`] ‰ of the examined words (a
//!    text in Danish or Romanian still hits a few words of some supported language by
//!    accident, but nowhere near the density of function words in the language itself);
//! 3. `best` has at least [`MARGIN_NUM`]`/`[`MARGIN_DEN`] times the hits of `second` (a
//!    clear margin; a tie is never resolved by list order).
//!
//! # Bounded work
//! Only the first [`MAX_DETECT_WORDS`] words are examined: this is sampling for a
//! decision, the rest of the text is still analysed in full by everything else. Words
//! longer than [`crate::limits::MAX_WORD_BYTES`] after folding match no stopword.

use serde::Serialize;

use super::{Lang, LangData};
use crate::limits::MAX_DETECT_WORDS;
use crate::text::word_list::{WordFilter, WordHash};
use crate::text::words::Words;

/// Minimum number of stopword hits of the winning language (decision rule 1).
pub const MIN_HITS: u32 = 4;

/// Minimum share of examined words that must be hits of the winning language, in per
/// mille (decision rule 2). On the 32 corpus notices the winner's hits make up 14–43 % of
/// the words (form-like authority notices are the sparsest); on notices in Polish,
/// Portuguese, Swedish, Czech, Danish and Romanian the best accidental score stays under
/// 6 %. The threshold sits between the two.
pub const MIN_HIT_PERMILLE: u32 = 100;

/// Numerator of the margin the winner must have over the runner-up (decision rule 3).
pub const MARGIN_NUM: u32 = 2;

/// Denominator of the margin (decision rule 3): the winner needs at least
/// `MARGIN_NUM / MARGIN_DEN` times the runner-up's hits.
pub const MARGIN_DEN: u32 = 1;

/// The evidence behind a detection: hits per language, the number of examined words and
/// the decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Detection {
    /// Stopword hits per language, in [`Lang::ALL`] order.
    pub scores: [u32; 6],
    /// Words examined (words not made only of digits, at most [`MAX_DETECT_WORDS`]).
    pub words: u32,
    /// The decision: the language, or `None` when the rule of the module docs is not met.
    pub lang: Option<Lang>,
}

impl Detection {
    /// The hits for `lang`.
    pub fn score(&self, lang: Lang) -> u32 {
        Lang::ALL
            .iter()
            .zip(self.scores.iter())
            .find(|(l, _)| **l == lang)
            .map_or(0, |(_, s)| *s)
    }

    /// The language with the most hits and its hits, with the runner-up's hits (ties go to
    /// the earlier language in [`Lang::ALL`], but a tie never passes the margin rule).
    pub fn ranking(&self) -> (Lang, u32, u32) {
        let mut best = (Lang::En, 0u32);
        let mut second = 0u32;
        for (lang, &score) in Lang::ALL.iter().zip(self.scores.iter()) {
            if score > best.1 {
                second = best.1;
                best = (*lang, score);
            } else if score > second {
                second = score;
            }
        }
        (best.0, best.1, second)
    }
}

/// Detects the language of `text`, or `None` when no supported language is recognised
/// with a clear margin (see the module docs for the rule).
pub fn detect(text: &str) -> Option<Lang> {
    detect_scores(text).lang
}

/// Scores `text` against every supported language and applies the decision rule of the
/// module docs.
pub fn detect_scores(text: &str) -> Detection {
    let mut scores = [0u32; 6];
    let mut words = 0u32;
    for word in Words::new(text)
        .filter(|w| !w.is_digits())
        .take(MAX_DETECT_WORDS)
    {
        words = words.saturating_add(1);
        if word.too_long() {
            continue;
        }
        let w = word.text();
        let hash = WordHash::of(w);
        for ((score, data), filter) in scores.iter_mut().zip(DATAS.iter()).zip(FILTERS.iter()) {
            if filter.may_contain(hash)
                && (data.stopwords.contains(w) || data.domain_words.contains(w))
            {
                *score = score.saturating_add(1);
            }
        }
    }
    let mut detection = Detection {
        scores,
        words,
        lang: None,
    };
    detection.lang = decide(&detection);
    detection
}

/// The data of every language, in [`Lang::ALL`] order.
const DATAS: [&LangData; 6] = [
    Lang::En.data(),
    Lang::De.data(),
    Lang::Fr.data(),
    Lang::Es.data(),
    Lang::It.data(),
    Lang::Nl.data(),
];

/// The filter of each language's detection words ([`LangData::stopwords`] and
/// [`LangData::domain_words`]), in [`Lang::ALL`] order: most words of a text are in no
/// language's lists, and the filter rejects most of them without a lookup.
const FILTERS: [WordFilter; 6] = [
    filter(Lang::En.data()),
    filter(Lang::De.data()),
    filter(Lang::Fr.data()),
    filter(Lang::Es.data()),
    filter(Lang::It.data()),
    filter(Lang::Nl.data()),
];

const fn filter(data: &LangData) -> WordFilter {
    WordFilter::new(&[data.stopwords, data.domain_words])
}

fn decide(d: &Detection) -> Option<Lang> {
    let (lang, best, second) = d.ranking();
    let enough = best >= MIN_HITS;
    let dense = u64::from(best) * 1000 >= u64::from(MIN_HIT_PERMILLE) * u64::from(d.words);
    let clear = u64::from(best) * u64::from(MARGIN_DEN)
        >= u64::from(second) * u64::from(MARGIN_NUM)
        && best > second;
    (enough && dense && clear).then_some(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_words_with_letters_only() {
        let d = detect_scores("Über Straße 2025 Œuvre Ĳs 12");
        assert_eq!(d.words, 4);
    }

    #[test]
    fn empty_text_is_no_language() {
        assert_eq!(detect(""), None);
        assert_eq!(detect("12345 67 89"), None);
    }
}
