//! Language detection for `--lang auto` (no_std, no allocation, linear, bounded work).
//!
//! # Method
//! The text is split into words by [`Words`], as the cue format splits it
//! ([`crate::elements::cue`]: maximal runs of letters and digits, lowercased and
//! diacritic-folded). Each of the
//! first [`MAX_DETECT_WORDS`] words that is not all digits is *examined*; an examined
//! word that is one of a language's detection stopwords (its distinctive function words,
//! `core/lang/<xx>/words/detection_stopwords.words`) or detection domain words (the GDPR's own terms
//! in that language, `words/detection_domain.words`) is a *hit* for that
//! language. These lists are pairwise disjoint across languages (a test checks
//! it), so a word is a hit for at most one language. Words that are also frequent in the
//! unsupported neighbours that must not be mistaken for a supported language are left out
//! of the lists as well: Portuguese `para`, `por`, `como`, `mais`, `das`, `um`;
//! Scandinavian `for`, `at`, `den`, `du`, `er`, `om`, `kan`, `vi`; Polish and Czech `to`,
//! `by`, `je`, `ze`, `na`; Romanian `au`, `sa`, `nu`, `am`, `este`.
//! All languages' lists are merged at compile time into one sorted list,
//! [`DETECTION_WORDS`], whose value per word is its language (a word in two languages'
//! lists fails the build), split into groups by first letter and second byte
//! (eight ranges of the second byte per letter): a word is scored with one lookup among
//! the few words of its group.
//! With the `packs` feature that list is not built in: it is the detection pack
//! ([`crate::packs::write_detection_pack`]), registered at run time, and the same
//! [`DetectionTables`] are built from it ([`tables`]); until then nothing is decided.
//!
//! # Greek script
//! Greek words fold to their Beta Code letters (`text::normalise`), so on the lists a
//! Greek word could not be told from a Latin-script word of the same letters (`άλλες`
//! and German `alles`): the Greek lists hold only words that fold to no other list's
//! word. Every word whose first letter is Greek (U+0370–U+03FF, U+1F00–U+1FFF) is a hit
//! for Greek, on a list or not (`σε` is never Czech `se`) — among the supported languages
//! and the neighbours that must not be mistaken for one, only Greek is written in these
//! letters — so a short Greek
//! text made of content words (an SMS: "Κίνδυνος: phishing. Προσοχή σε SMS…") is decided
//! by the rule below like any other. A Greek name in a text of another language is one
//! hit, far from the margin that rule asks. (Without Greek built in, no such hit.)
//!
//! # Decision rule
//! Let `best` be the language with the most hits and `second` the runner-up. The text is
//! in `best` with [`Confidence::High`] when **all** of these hold:
//! 1. `best` has at least [`MIN_HITS`] hits (enough evidence at all);
//! 2. the hits of `best` make up at least [`MIN_HIT_PERMILLE`] ‰ of the examined words (a
//!    text in Danish or Romanian still hits a few words of some supported language by
//!    accident, but nowhere near the density of function words in the language itself);
//! 3. `best` has at least [`MARGIN_NUM`]`/`[`MARGIN_DEN`] times the hits of `second` (a
//!    clear margin; a tie is never resolved by list order).
//!
//! A short text (one or two sentences) rarely has [`MIN_HITS`] hits, so it is in `best`
//! with [`Confidence::Low`] when instead `best` has at least [`MIN_SHORT_HITS`] hits of
//! as many *different* words (a Polish sentence with `do` twice is not English), rule 2
//! holds, and **no** other language has a single hit. Rule 2 keeps this to short
//! texts: with 2 hits it admits at most 20 examined words, with 3 at most 30. A sentence
//! in an unsupported neighbour rarely hits two words of one supported language and none
//! of another at that density (a test runs single sentences in six of them).
//!
//! Otherwise the text is in no supported language (`None`, [`Confidence::None`]: the
//! caller reports `"unknown"` rather than guessing, and can offer [`Detection::guess`] to
//! the user as the likeliest choice).
//!
//! With **one language built in** (Cargo features, e.g. a firmware's `features = ["en"]`),
//! a text this rule leaves undecided is in that language with [`Confidence::Low`] when it
//! has an examined word; only a text without one (empty, numbers only) is unknown. A text
//! the rule decides is decided as with every language built in.
//!
//! # Bounded work
//! Only the first [`MAX_DETECT_WORDS`] words are examined: this is sampling for a
//! decision, the rest of the text is still analysed in full by everything else. Words
//! longer than [`crate::limits::MAX_WORD_BYTES`] after folding match no stopword.

use serde::Serialize;

use super::Lang;
use crate::limits::MAX_DETECT_WORDS;
use crate::text::word_list::{self, WordList};
use crate::text::words::Words;

/// Minimum number of stopword hits of the winning language (decision rule 1).
pub const MIN_HITS: u32 = 4;

/// Minimum share of examined words that must be hits of the winning language, in per
/// mille (decision rule 2). On the 32 corpus notices the winner's hits make up 14–43 % of
/// the words (form-like authority notices are the sparsest); on notices in Polish,
/// Portuguese, Swedish, Czech, Danish and Romanian the best accidental score stays under
/// 6 %. The threshold sits between the two.
pub const MIN_HIT_PERMILLE: u32 = 100;

/// Minimum hits of the winning language in a short text that no other language hits
/// (the [`Confidence::Low`] rule of the module docs).
pub const MIN_SHORT_HITS: u32 = 2;

/// Numerator of the margin the winner must have over the runner-up (decision rule 3).
pub const MARGIN_NUM: u32 = 2;

/// Denominator of the margin (decision rule 3): the winner needs at least
/// `MARGIN_NUM / MARGIN_DEN` times the runner-up's hits.
pub const MARGIN_DEN: u32 = 1;

/// How sure a [`Detection`] is (the report's `language_confidence`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// Decided by the full rule: enough distinctive words, densely, with a clear margin.
    High,
    /// Decided by the short-text rule: few distinctive words, but of one language only.
    Low,
    /// Not decided: no supported language is recognised.
    None,
}

impl Confidence {
    /// `high`, `low` or `none`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Confidence::High => "high",
            Confidence::Low => "low",
            Confidence::None => "none",
        }
    }
}

/// The evidence behind a detection: hits per language, the number of examined words and
/// the decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Detection {
    /// Stopword hits per language, in [`Lang::ALL`] order.
    pub scores: [u32; Lang::COUNT],
    /// Words examined (words not made only of digits, at most [`MAX_DETECT_WORDS`]).
    pub words: u32,
    /// The decision: the language, or `None` when the rule of the module docs is not met.
    pub lang: Option<Lang>,
    /// Different words among the hits per language, in [`Lang::ALL`] order, counted up
    /// to [`MIN_SHORT_HITS`] (all the short-text rule needs).
    pub distinct: [u32; Lang::COUNT],
    /// How sure the decision is ([`Confidence::None`] exactly when `lang` is `None`).
    pub confidence: Confidence,
}

impl Detection {
    /// The hits for `lang`.
    pub fn score(&self, lang: Lang) -> u32 {
        of_lang(&self.scores, lang)
    }

    /// The different words hit for `lang` (counted up to [`MIN_SHORT_HITS`]).
    pub fn distinct_of(&self, lang: Lang) -> u32 {
        of_lang(&self.distinct, lang)
    }

    /// The language with the most hits and its hits, with the runner-up's hits (ties go to
    /// the earlier language in [`Lang::ALL`], but a tie never passes the margin rule).
    pub fn ranking(&self) -> (Lang, u32, u32) {
        let [first, ..] = Lang::ALL;
        let mut best = (first, 0u32);
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

    /// The likeliest language even when undecided: the decided one, else the one with
    /// the most hits when it has more than any other; `None` when no word hit or two
    /// languages tie. A hint to offer the user first, never a decision.
    pub fn guess(&self) -> Option<Lang> {
        let (lang, best, second) = self.ranking();
        self.lang.or((best > second).then_some(lang))
    }
}

/// The entry of `values` (in [`Lang::ALL`] order) for `lang`.
fn of_lang(values: &[u32; Lang::COUNT], lang: Lang) -> u32 {
    Lang::ALL
        .iter()
        .zip(values.iter())
        .find(|(l, _)| **l == lang)
        .map_or(0, |(_, v)| *v)
}

/// Detects the language of `text`, or `None` when no supported language is recognised
/// with a clear margin (see the module docs for the rule).
pub fn detect(text: &str) -> Option<Lang> {
    detect_scores(text).lang
}

/// Scores `text` against every supported language and applies the decision rule of the
/// module docs.
///
/// With the `packs` feature the detection words come from the detection pack
/// (`packs::register_detection`): until it is registered ([`loaded`] is false)
/// no language is decided (every score 0, no word examined) and [`crate::evaluate`]
/// refuses a request to detect ([`crate::ErrorKind::DetectionNotLoaded`]).
pub fn detect_scores(text: &str) -> Detection {
    match tables() {
        Some(tables) => scores_with(text, tables),
        None => Detection {
            scores: [0; Lang::COUNT],
            words: 0,
            lang: None,
            distinct: [0; Lang::COUNT],
            confidence: Confidence::None,
        },
    }
}

/// [`detect_scores`] with the detection words `tables`.
fn scores_with(text: &str, tables: &DetectionTables) -> Detection {
    let mut scores = [0u32; Lang::COUNT];
    // Per language, the hashes of the first different words hit (0: none yet); the
    // hashes of all detection words differ (a test checks), so this counts words exactly.
    let mut seen = [[0u32; MIN_SHORT_HITS as usize]; Lang::COUNT];
    let mut words = 0u32;
    // (A plain loop that borrows each word where the iterator returned it, rather than
    // `filter` and `take`: each adapter, and each binding by value, moves every word,
    // buffer and all, once more.)
    let mut all = Words::new(text);
    let mut memo = Memo::EMPTY;
    let greek = Lang::parse("el").and_then(|el| Lang::ALL.iter().position(|&l| l == el));
    while usize::try_from(words).is_ok_and(|n| n < MAX_DETECT_WORDS) {
        let next = all.next();
        let Some(word) = next.as_ref() else {
            break;
        };
        // (A word of digits starts with one: most words are told apart by their first byte.)
        if word.bytes().first().is_some_and(u8::is_ascii_digit) && word.is_digits() {
            continue;
        }
        words = words.saturating_add(1);
        if word.too_long() {
            continue;
        }
        let w = word.bytes();
        let h = word_hash(w);
        // A word written in Greek letters is a hit for Greek, whatever its folded letters
        // spell (see "Greek script" in the module docs); not looked up, so never kept in
        // the memo, whose key is the folded word a Latin-script word may share.
        let greek_word = greek.filter(|_| written_in_greek(text, word.start));
        // A word the Bloom filter rejects is in no list: neither looked up nor remembered.
        let index = greek_word.and_then(|i| u8::try_from(i).ok()).or_else(|| {
            tables.maybe_detection_word(h).then_some(())?;
            memo.get(h, w).unwrap_or_else(|| {
                let index = tables
                    .group(w)
                    .and_then(|list| list.value_unfiltered(w))
                    .and_then(|i| u8::try_from(i).ok());
                memo.put(h, w, index);
                index
            })
        });
        let Some(i) = index.map(usize::from) else {
            continue;
        };
        if let Some(score) = scores.get_mut(i) {
            *score = score.saturating_add(1);
        }
        if let Some(seen) = seen.get_mut(i)
            && !seen.contains(&h)
            && let Some(free) = seen.iter_mut().find(|s| **s == 0)
        {
            *free = h;
        }
    }
    let distinct = seen.map(|s| s.iter().filter(|h| **h != 0).count() as u32);
    let mut detection = Detection {
        scores,
        words,
        lang: None,
        distinct,
        confidence: Confidence::None,
    };
    (detection.lang, detection.confidence) =
        match decide(&detection).or_else(|| only_language(&detection, Lang::COUNT)) {
            Some((lang, confidence)) => (Some(lang), confidence),
            None => (None, Confidence::None),
        };
    detection
}

/// Whether the word starting at byte `start` of `text` begins with a Greek letter (the
/// Greek and Coptic block, U+0370–U+03FF, or Greek Extended, U+1F00–U+1FFF).
fn written_in_greek(text: &str, start: usize) -> bool {
    // Every such char is encoded from lead byte 0xCD (U+0340) on: any other first byte
    // (ASCII, most Latin letters) is not one, without decoding it.
    if text.as_bytes().get(start).is_none_or(|&b| b < 0xCD) {
        return false;
    }
    text.get(start..)
        .and_then(|rest| rest.chars().next())
        .is_some_and(|c| matches!(c, '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}'))
}

/// The look-ups of recent words in [`DETECTION_WORDS`] that passed the Bloom filter
/// (function words recur: most of them were looked up a few words before), kept by
/// [`word_hash`] in [`MEMO_SLOTS`] slots, each word replacing the one in its slot; words
/// longer than [`MEMO_WORD_BYTES`] are always looked up. A slot holds the whole word, so a hit is the
/// look-up's own answer (never a hash collision's).
struct Memo {
    /// Each slot's word (its first `len` bytes).
    words: [[u8; MEMO_WORD_BYTES]; MEMO_SLOTS],
    /// Each slot's word length (0: empty).
    lens: [u8; MEMO_SLOTS],
    /// Each slot's look-up: the language's index in [`Lang::ALL`], or none.
    values: [Option<u8>; MEMO_SLOTS],
}

/// Slots of the detection look-up memo ([`Memo`]), a power of two.
const MEMO_SLOTS: usize = 128;

/// Longest word kept in the detection look-up memo ([`Memo`]), in bytes.
const MEMO_WORD_BYTES: usize = 12;

impl Memo {
    const EMPTY: Memo = Memo {
        words: [[0; MEMO_WORD_BYTES]; MEMO_SLOTS],
        lens: [0; MEMO_SLOTS],
        values: [None; MEMO_SLOTS],
    };

    /// The slot of hash `h`.
    fn slot(h: u32) -> usize {
        (h >> 8) as usize % MEMO_SLOTS
    }

    /// The remembered look-up of `w` (hash `h`): `Some(value)` when its slot holds it.
    fn get(&self, h: u32, w: &[u8]) -> Option<Option<u8>> {
        let at = Memo::slot(h);
        let len = usize::from(*self.lens.get(at)?);
        let kept = self.words.get(at)?.get(..len)?;
        (len > 0 && kept == w).then(|| self.values.get(at).copied().flatten())
    }

    /// Remembers the look-up `value` of `w` (hash `h`) when the word fits a slot.
    fn put(&mut self, h: u32, w: &[u8], value: Option<u8>) {
        let at = Memo::slot(h);
        let (Some(word), Some(len), Some(v)) = (
            self.words.get_mut(at),
            self.lens.get_mut(at),
            self.values.get_mut(at),
        ) else {
            return;
        };
        let (Some(dst), Ok(n)) = (word.get_mut(..w.len()), u8::try_from(w.len())) else {
            return;
        };
        dst.copy_from_slice(w);
        *len = n;
        *v = value;
    }
}

/// A non-zero 32-bit hash of a word (FNV-1a), to tell different words apart.
pub const fn word_hash(word: &[u8]) -> u32 {
    let mut h = 0x811c_9dc5u32;
    let mut rest = word;
    while let [b, tail @ ..] = rest {
        h = (h ^ *b as u32).wrapping_mul(0x0100_0193);
        rest = tail;
    }
    h | 1
}

/// The size of a [`DetectionTables`]' Bloom filter in 64-bit words: 8 per language (a
/// power of two), 512 bits per language's hundred or so detection words.
const BLOOM_WORDS: usize = (8 * Lang::COUNT).next_power_of_two();

/// The detection words as the scorer reads them: the merged list ([`DETECTION_WORDS`]),
/// split by first letter, and a Bloom filter of it. Built in at compile time, or (with the
/// `packs` feature) built at run time from the detection pack
/// (`packs::register_detection`): the same tables either way (a test compares
/// them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DetectionTables {
    /// Every language's detection words in one sorted list, each with the index in
    /// [`Lang::ALL`] of its language.
    pub words: WordList,
    /// Where each group of [`DetectionTables::words`] ([`group_of`]) starts in its text:
    /// group `g` is the lines `starts[g]..starts[g + 1]` (the groups follow each other in
    /// the sorted text), and a word is looked up among those of its group only.
    starts: [u16; GROUPS + 1],
    /// A Bloom filter of the words: for each word, the two bits [`bloom_bits`] of its
    /// [`word_hash`]. A word with either bit clear is in no detection list and is not
    /// looked up: most words of a notice that are not detection words (in theory about
    /// 8 % of them pass with twelve languages). Every detection word passes (a test
    /// checks).
    bloom: [u64; BLOOM_WORDS],
}

impl DetectionTables {
    /// The tables of the merged list `words` (lines `word=index\n`, sorted, each word
    /// lowercase ASCII letters and digits starting with a letter, each index below
    /// [`Lang::COUNT`]), built at run time (a language pack's). `None` when `words` is not
    /// such a list or is longer than 65,535 bytes (its groups' offsets are `u16`; the
    /// twelve languages' list is about 14 KB).
    pub fn from_words(words: WordList) -> Option<DetectionTables> {
        let text = words.as_text();
        let mut starts = [0u16; GROUPS + 1];
        let mut bloom = [0u64; BLOOM_WORDS];
        let mut previous: &str = "";
        // The groups whose start is set: those before `next_group`.
        let mut next_group = 0usize;
        let mut at = 0usize;
        for line in text.split_inclusive('\n') {
            let (word, value) = line.strip_suffix('\n')?.split_once('=')?;
            // The language's index, written as the build writes it (no leading zero).
            let index = value.bytes().try_fold(0usize, |n, b| {
                b.is_ascii_digit()
                    .then(|| n.checked_mul(10)?.checked_add(usize::from(b - b'0')))
                    .flatten()
            })?;
            let well_formed = word
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
                && !value.is_empty()
                && index < Lang::COUNT
                && (value == "0" || !value.starts_with('0'))
                && word > previous;
            // (A word not starting with a letter has no group: refused.)
            let group = group_of(word.as_bytes())?;
            if !well_formed {
                return None;
            }
            previous = word;
            // Sorted words have non-decreasing groups: each group up to this word's starts
            // here (an empty group where the next begins).
            while next_group <= group {
                *starts.get_mut(next_group)? = u16::try_from(at).ok()?;
                next_group += 1;
            }
            for bit in bloom_bits(word_hash(word.as_bytes())) {
                *bloom.get_mut(bit / 64)? |= 1 << (bit % 64);
            }
            at = at.checked_add(line.len())?;
        }
        let end = u16::try_from(at).ok()?;
        for start in starts.get_mut(next_group..)? {
            *start = end;
        }
        Some(DetectionTables {
            words,
            starts,
            bloom,
        })
    }

    /// The words of the group of `word` ([`group_of`]), as a list to search without its
    /// quick reject (the Bloom filter has passed the word).
    fn group(&self, word: &[u8]) -> Option<WordList> {
        let g = group_of(word)?;
        let (start, end) = (*self.starts.get(g)?, *self.starts.get(g.checked_add(1)?)?);
        let text = self
            .words
            .as_text()
            .get(usize::from(start)..usize::from(end))?;
        Some(WordList::unfiltered(text))
    }

    /// Whether a word of hash `h` may be a detection word (the Bloom filter: `false` only
    /// for a word in no list).
    fn maybe_detection_word(&self, h: u32) -> bool {
        bloom_bits(h).iter().all(|&bit| {
            self.bloom
                .get(bit / 64)
                .is_some_and(|w| (w >> (bit % 64)) & 1 != 0)
        })
    }
}

/// The detection tables built in: every language's lists merged, split and filtered at
/// compile time (without the `packs` feature; with it they come from the detection pack).
#[cfg(not(feature = "packs"))]
static BUILT_IN: DetectionTables = DetectionTables {
    words: DETECTION_WORDS,
    starts: group_starts(DETECTION_WORDS.as_text().as_bytes()),
    bloom: bloom(DETECTION_WORDS.as_text().as_bytes()),
};

/// The detection tables: built in, or (with the `packs` feature) those of the registered
/// detection pack, `None` before it is registered.
#[inline]
pub fn tables() -> Option<&'static DetectionTables> {
    #[cfg(not(feature = "packs"))]
    {
        Some(&BUILT_IN)
    }
    #[cfg(feature = "packs")]
    {
        crate::packs::registered_detection()
    }
}

/// Whether language detection can run: always without the `packs` feature; with it, once
/// the detection pack is registered.
#[inline]
pub fn loaded() -> bool {
    tables().is_some()
}

/// The two bit numbers of a word of hash `h` in the Bloom filter (the hash's low bit is
/// always set, so it is skipped).
const fn bloom_bits(h: u32) -> [usize; 2] {
    let bits = BLOOM_WORDS * 64 - 1;
    [(h >> 1) as usize & bits, (h >> 17) as usize & bits]
}

/// The Bloom filter of the packed sorted word list `text` (lines `word=value`), at
/// compile time.
#[cfg_attr(
    feature = "packs",
    allow(
        dead_code,
        reason = "the built-in tables are built without `packs` only"
    )
)]
#[allow(
    clippy::indexing_slicing,
    reason = "evaluated at compile time only: an out-of-range index fails the build"
)]
const fn bloom(text: &[u8]) -> [u64; BLOOM_WORDS] {
    let mut out = [0u64; BLOOM_WORDS];
    let mut line = 0;
    while line < text.len() {
        let mut end = line;
        while end < text.len() && text[end] != b'=' && text[end] != b'\n' {
            end += 1;
        }
        let (word, _) = text.split_at(end);
        let (_, word) = word.split_at(line);
        let [a, b] = bloom_bits(word_hash(word));
        out[a / 64] |= 1 << (a % 64);
        out[b / 64] |= 1 << (b % 64);
        while end < text.len() && text[end] != b'\n' {
            end += 1;
        }
        line = end + 1;
    }
    out
}

/// The detection words of every language, merged at compile time into one sorted list:
/// each word's value is the index in [`Lang::ALL`] of the language whose stopwords or
/// domain words it is in (see [`Lang::detection_lists`]). A word in two languages' lists
/// fails the build, so one lookup scores a word. (Merging twelve languages' lists takes
/// the compiler a few seconds of constant evaluation, hence the allowed lint.)
#[allow(long_running_const_eval)]
pub static DETECTION_WORDS: WordList = {
    const LISTS: [(u64, WordList); 2 * Lang::COUNT] = {
        let mut out = [(0, WordList::from_text("")); 2 * Lang::COUNT];
        let mut i = 0;
        while i < 2 * Lang::COUNT {
            #[allow(
                clippy::indexing_slicing,
                clippy::cast_possible_truncation,
                reason = "evaluated at compile time only: an out-of-range index fails the build"
            )]
            {
                out[i] = ((i / 2) as u64, Lang::ALL[i / 2].detection_lists()[i % 2]);
            }
            i += 1;
        }
        out
    };
    const LEN: usize = word_list::merged_len(&LISTS);
    const BYTES: [u8; LEN] = word_list::merge::<LEN, { 2 * Lang::COUNT }>(&LISTS);
    WordList::from_text(word_list::packed_text(&BYTES))
};

/// The ranges of the second byte of a word that split the words of one first letter into
/// groups ([`group_of`]).
const SECOND_GROUPS: usize = 8;

/// The groups of the detection words ([`group_of`]): [`SECOND_GROUPS`] per first letter.
const GROUPS: usize = 26 * SECOND_GROUPS;

/// The group of a detection word (lowercase ASCII letters and digits starting with a
/// letter; `None` for any other): its first letter, then its second byte in one of
/// [`SECOND_GROUPS`] ranges (none or a digit: the first; letters in order). In byte order
/// a word's group never decreases, so in the sorted merged list each group is a run of
/// lines.
const fn group_of(word: &[u8]) -> Option<usize> {
    let [first, rest @ ..] = word else {
        return None;
    };
    if !first.is_ascii_lowercase() {
        return None;
    }
    let second = match rest {
        [b, ..] if b.is_ascii_lowercase() => (*b - b'a') as usize * SECOND_GROUPS / 26,
        _ => 0,
    };
    Some((*first - b'a') as usize * SECOND_GROUPS + second)
}

/// Where each group ([`group_of`]) of the sorted packed `text` starts, and its end last, at
/// compile time (every word must start with a letter, the text fit in `u16`: checked).
#[cfg_attr(
    feature = "packs",
    allow(
        dead_code,
        reason = "the built-in tables are built without `packs` only"
    )
)]
#[allow(
    clippy::indexing_slicing,
    clippy::panic,
    clippy::cast_possible_truncation,
    reason = "evaluated at compile time only: an out-of-range index or a failed check fails \
              the build"
)]
const fn group_starts(text: &[u8]) -> [u16; GROUPS + 1] {
    assert!(
        text.len() <= u16::MAX as usize,
        "detection words: the merged list is too long"
    );
    let mut starts = [0u16; GROUPS + 1];
    let mut next_group = 0;
    let mut line = 0;
    while line < text.len() {
        let mut end = line;
        while text[end] != b'=' && text[end] != b'\n' {
            end += 1;
        }
        let (word, _) = text.split_at(end);
        let (_, word) = word.split_at(line);
        let Some(group) = group_of(word) else {
            panic!("detection words: a word does not start with a letter");
        };
        while next_group <= group {
            starts[next_group] = line as u16;
            next_group += 1;
        }
        while text[end] != b'\n' {
            end += 1;
        }
        line = end + 1;
    }
    while next_group <= GROUPS {
        starts[next_group] = text.len() as u16;
        next_group += 1;
    }
    starts
}

/// The decision rule of the module docs.
fn decide(d: &Detection) -> Option<(Lang, Confidence)> {
    let (lang, best, second) = d.ranking();
    let dense = u64::from(best) * 1000 >= u64::from(MIN_HIT_PERMILLE) * u64::from(d.words);
    let clear = u64::from(best) * u64::from(MARGIN_DEN)
        >= u64::from(second) * u64::from(MARGIN_NUM)
        && best > second;
    if !dense {
        None
    } else if best >= MIN_HITS && clear {
        Some((lang, Confidence::High))
    } else if best >= MIN_SHORT_HITS && d.distinct_of(lang) >= MIN_SHORT_HITS && second == 0 {
        Some((lang, Confidence::Low))
    } else {
        None
    }
}

/// The rule when only one language is built in (Cargo features, e.g. a firmware's
/// `features = ["en"]`; `built` is [`Lang::COUNT`]): a text the decision rule leaves
/// undecided is in that language with [`Confidence::Low`] as soon as it has an examined
/// word (a word not made only of digits). There is no other language to tell it from,
/// and `unknown` would judge no element at all; a text without such a word (empty,
/// numbers only) stays unknown. A text the rule decides is decided the same way as with
/// every language built in (the other languages' hits only ever hold a decision back).
fn only_language(d: &Detection, built: usize) -> Option<(Lang, Confidence)> {
    let [first, ..] = Lang::ALL;
    (built == 1 && d.words > 0).then_some((first, Confidence::Low))
}

#[cfg(test)]
#[allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "test code: a failure is a failed test"
)]
mod tests {
    use super::*;

    /// The detection tables built at run time from the merged list (a pack's).
    fn from_words() -> DetectionTables {
        DetectionTables::from_words(DETECTION_WORDS).expect("the built-in list is well formed")
    }

    #[test]
    fn every_detection_word_passes_the_bloom_filter() {
        let tables = from_words();
        assert!(
            DETECTION_WORDS
                .words()
                .all(|w| tables.maybe_detection_word(word_hash(w.as_bytes())))
        );
        // And it rejects most other words (a filter that passed every word would still
        // give the same detections, only slower).
        let others = [
            "laptop", "stolen", "kitchen", "umbrella", "zebra", "backup", "invoice", "server",
        ];
        let passed = others
            .iter()
            .filter(|w| {
                !DETECTION_WORDS.contains(w) && tables.maybe_detection_word(word_hash(w.as_bytes()))
            })
            .count();
        assert!(passed <= 2, "{passed} of {} passed", others.len());
    }

    #[test]
    fn counts_words_with_letters_only() {
        let d = detect_scores("Über Straße 2025 Œuvre Ĳs 12");
        assert_eq!(d.words, 4);
    }

    #[test]
    fn empty_text_is_no_language() {
        assert_eq!(detect(""), None);
        assert_eq!(detect("12345 67 89"), None);
        assert_eq!(detect_scores("").confidence, Confidence::None);
        assert_eq!(detect_scores("").guess(), None);
    }

    #[test]
    fn a_short_text_of_one_language_is_decided_with_low_confidence() {
        let d = detect_scores("Your password was in the leaked file.");
        assert_eq!((d.lang, d.confidence), (Some(Lang::En), Confidence::Low));
        // One distinctive word is a guess, not a decision.
        let d = detect_scores("Your password leaked.");
        assert_eq!(
            (d.lang, d.confidence, d.guess()),
            (None, Confidence::None, Some(Lang::En))
        );
    }

    #[test]
    fn a_word_in_greek_letters_is_a_hit_for_greek() {
        // A Greek SMS of content words, few of them function words: decided Greek.
        let sms = "ΡεύμαPlus: Λόγω σφάλματος, λογαριασμοί πελατών εμφανίστηκαν σε άλλους \
                   πελάτες. Κίνδυνος: phishing. Προσοχή σε SMS για απλήρωτο λογαριασμό.";
        let d = detect_scores(sms);
        assert_eq!(d.lang, Some(Lang::El), "{d:?}");
        assert_eq!(d.confidence, Confidence::High);
        // Whatever the folded letters spell: `σε` is not Czech or Swedish `se`, `άλλες`
        // not German `alles`.
        let d = detect_scores("σε άλλες");
        assert_eq!(d.score(Lang::El), 2);
        assert_eq!(d.scores.iter().sum::<u32>(), 2);
        // A Greek name in an English notice is one hit, far from deciding for Greek.
        let d = detect_scores(
            "The file with your name was sent to Mr Παπαδόπουλος by mistake, and he has deleted it.",
        );
        assert_eq!(d.score(Lang::El), 1);
        assert_eq!(d.lang, Some(Lang::En));
    }

    #[test]
    fn one_language_built_in_takes_every_text_with_a_word() {
        let undecided = detect_scores("Your password leaked.");
        assert_eq!(undecided.lang, None);
        let [first, ..] = Lang::ALL;
        assert_eq!(only_language(&undecided, 1), Some((first, Confidence::Low)));
        assert_eq!(only_language(&undecided, Lang::COUNT.max(2)), None);
        assert_eq!(only_language(&detect_scores("12345 67"), 1), None);
        assert_eq!(only_language(&detect_scores(""), 1), None);
    }

    #[cfg(not(feature = "packs"))]
    #[test]
    fn tables_built_at_run_time_are_the_built_in_ones() {
        assert_eq!(Some(&from_words()), tables());
    }

    #[test]
    fn a_malformed_merged_list_is_refused() {
        for text in [
            "b=0\na=1\n",        // unsorted
            "a=0\na=1\n",        // a duplicate
            "a=99\n",            // no such language
            "a=01\n",            // not canonical
            "a\n",               // no language
            "1a=0\n",            // not starting with a letter
            "a=0",               // no line break
            "\u{e9}t\u{e9}=0\n", // not folded
        ] {
            assert_eq!(
                DetectionTables::from_words(WordList::from_text(text)),
                None,
                "{text:?}"
            );
        }
        let t = DetectionTables::from_words(WordList::from_text("ab=1\nb=0\nbc=2\nbz=3\n"))
            .expect("a well-formed list");
        let group = |w: &str| t.group(w.as_bytes()).map(|l| l.as_text());
        assert_eq!(group("ab"), Some("ab=1\n"));
        assert_eq!(group("b"), Some("b=0\nbc=2\n"));
        assert_eq!(group("bz"), Some("bz=3\n"));
        assert_eq!(group("c"), Some(""));
        assert_eq!(group("1"), None);
        assert_eq!(
            t.group(b"bc").and_then(|l| l.value_unfiltered(b"bc")),
            Some(2)
        );
    }
}
