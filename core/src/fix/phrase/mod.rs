//! Phrases of the `fix` data files matched against the words of a sentence.
//!
//! A phrase is written in natural spelling (`no need to change your password`,
//! `Datenschutzverletzung`, `à l'avenir`); it is read with the same word scanner as the
//! notice ([`crate::text::words::Words`]), so case, accents, apostrophes and hyphens never
//! matter: `E-Mail` and `e mail` are the same phrase. A `*` right after a word makes that
//! word a prefix (`password*` matches `passwords`). Words match in sequence, with nothing
//! between them — except at a ` ... ` (one per phrase), where up to [`MAX_GAP_WORDS`]
//! words may stand (`will be ... closed` matches "will be permanently closed").
//!
//! The files are read at build time (`core/build/fixfile.rs`) into one [`PhraseTable`] per
//! language: the phrases' heads (the words before the gap, or all) as a cue index with one
//! table per group, searched by the cue matcher ([`find_cues_in_words`]) with one lookup
//! per word of the window whatever the number of phrases, and the tails after a gap, read
//! only where a head matched.
//!
//! A sentence is read in windows of [`FIX_WINDOW_WORDS`] words (a longer sentence in
//! overlapping windows, so no phrase of up to [`MAX_PHRASE_WORDS`] words is missed).

use heapless::Vec;

use crate::limits::{FIX_WINDOW_WORDS, MAX_FIX_PHRASES, MAX_PHRASE_WORDS};
use crate::span::Span;
use crate::text::matcher::{Cues, DecodedIndex, PackedIndex, PairDirectory, find_cues_in_words};
use crate::text::sentence_words::SentenceWords;
use crate::text::sentences::Sentence;
use crate::text::words::{Word, Words};

/// Words a ` ... ` gap of a phrase may skip.
pub const MAX_GAP_WORDS: usize = 3;

/// The words of one window of a sentence.
pub type Window = Vec<Word, FIX_WINDOW_WORDS>;

/// One language's phrases of `signals.txt` and `jargon.txt`, packed at build time
/// (`core/build/fixfile.rs`; `crate::lang::data::FIX_PHRASES`).
#[derive(Debug, PartialEq, Eq)]
pub struct PhraseTable {
    /// The phrases' heads, sorted; an entry's table number is its group
    /// (`crate::fix::signals::Group as usize`).
    pub index: PackedIndex<MAX_FIX_PHRASES>,
    /// Entry `i`'s phrase: its order among its group's phrases in the files
    /// (`signals.txt` first) and its tail (0: none, else 1 + its place in `tails`).
    pub rows: &'static [[u8; 2]],
    /// The words after a gap, in cue form (`word` or `word*`, one space between), each
    /// followed by `\n`.
    pub tails: &'static str,
    /// Where each tail starts in `tails`, and the end of `tails` (little-endian `u16`s).
    pub tail_starts: &'static [[u8; 2]],
}

impl PhraseTable {
    /// Tail `t` (without its `\n`).
    fn tail(&self, t: usize) -> Option<&'static str> {
        let at = |i: usize| {
            self.tail_starts
                .get(i)
                .map(|&s| usize::from(u16::from_le_bytes(s)))
        };
        self.tails
            .get(at(t)?..at(t.saturating_add(1))?.checked_sub(1)?)
    }
}

impl PhraseTable {
    /// The table ready to search, its index decoded into `out` (caller storage: the
    /// `2 × MAX_FIX_PHRASES` bytes stay off the stack).
    pub fn decode_into<'a>(
        &'static self,
        out: &'a mut DecodedIndex<MAX_FIX_PHRASES>,
    ) -> Phrases<'a> {
        self.index.decode_into(out);
        self.decoded(out)
    }

    /// The table ready to search, its index already decoded into `decoded` (by
    /// [`PhraseTable::decode_into`] of this table; decoded from another table, the
    /// matches are wrong, never a panic).
    pub(crate) fn decoded<'a>(
        &'static self,
        decoded: &'a DecodedIndex<MAX_FIX_PHRASES>,
    ) -> Phrases<'a> {
        Phrases {
            table: self,
            cues: decoded.cues(),
        }
    }
}

impl<'a> Phrases<'a> {
    /// The phrases searched with a two-byte directory built for them
    /// ([`PairDirectory::build`] of [`Phrases::cues`]): the same matches, found faster.
    #[must_use]
    pub fn with_pairs(self, pairs: &'a PairDirectory) -> Phrases<'a> {
        Phrases {
            cues: self.cues.with_pairs(pairs),
            ..self
        }
    }

    /// The cue index of the phrases' heads.
    pub fn cues(&self) -> Cues<'a> {
        self.cues
    }
}

/// One match of a phrase: its group, its order in the files and its span (from the first
/// matched word's start to the last one's end).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    /// The group (`crate::fix::signals::Group as usize`).
    pub group: usize,
    /// The phrase's place among its group's phrases in the files (`signals.txt` first):
    /// of two phrases of one group that match, the earlier is reported.
    pub order: u8,
    /// Where it matched.
    pub span: Span,
}

/// A decoded [`PhraseTable`] ([`PhraseTable::decode_into`]: its index in caller storage).
#[derive(Debug, Clone, Copy)]
pub struct Phrases<'a> {
    table: &'static PhraseTable,
    cues: Cues<'a>,
}

/// Whether the text word `text` fits the pattern `pattern` (`word` or `word*`).
fn word_fits(text: &Word, pattern: &[u8]) -> bool {
    if text.too_long() {
        return false;
    }
    match pattern.strip_suffix(b"*") {
        Some(stem) => text.bytes().starts_with(stem),
        None => text.bytes() == pattern,
    }
}

/// Where the words of `tail` (patterns separated by one space) match `window` from word
/// `at` on: the index one past the last matched word.
fn match_tail(window: &[Word], at: usize, tail: &str) -> Option<usize> {
    let mut i = at;
    for pattern in tail.split(' ') {
        if !word_fits(window.get(i)?, pattern.as_bytes()) {
            return None;
        }
        i = i.saturating_add(1);
    }
    Some(i)
}

impl Phrases<'_> {
    /// Calls `found` with every match in `window` of every phrase whose group is in
    /// `groups` (bit `g` for group `g`): in order of start position, and at one position
    /// in no particular order.
    pub fn each_match(&self, window: &[Word], groups: u32, found: &mut dyn FnMut(PhraseMatch)) {
        let table = self.table;
        find_cues_in_words(window, &self.cues, &mut |at, m| {
            if groups
                .checked_shr(u32::try_from(m.table).unwrap_or(u32::MAX))
                .unwrap_or(0)
                & 1
                == 0
            {
                return;
            }
            let Some(&[order, tail]) = table.rows.get(m.entry) else {
                return;
            };
            // The head's words: one more than the spaces of its phrase.
            let head_words = m
                .cue
                .phrase
                .bytes()
                .filter(|&b| b == b' ')
                .count()
                .saturating_add(1);
            let head_end = at.saturating_add(head_words);
            let end = match tail.checked_sub(1) {
                None => m.end,
                Some(t) => {
                    let Some(tail) = table.tail(usize::from(t)) else {
                        return;
                    };
                    let Some(e) = (head_end..=head_end.saturating_add(MAX_GAP_WORDS))
                        .find_map(|j| match_tail(window, j, tail))
                    else {
                        return;
                    };
                    match window.get(e.saturating_sub(1)) {
                        Some(w) => w.end,
                        None => return,
                    }
                }
            };
            found(PhraseMatch {
                group: m.table,
                order,
                span: Span {
                    start: u32::try_from(m.start).unwrap_or(u32::MAX),
                    end: u32::try_from(end).unwrap_or(u32::MAX),
                },
            });
        });
    }

    /// Whether some phrase of a group in `groups` matches in `window`.
    pub fn any(&self, window: &[Word], groups: u32) -> bool {
        let mut hit = false;
        self.each_match(window, groups, &mut |_| hit = true);
        hit
    }
}

/// The bit of group number `g` in a group set (see [`Phrases::each_match`]).
pub const fn group_bit(g: usize) -> u32 {
    if g < 32 { 1 << g } else { 0 }
}

/// Calls `window` with each window of words of `sentence` in `text`: the whole sentence
/// when it has at most [`FIX_WINDOW_WORDS`] words, else overlapping windows
/// ([`MAX_PHRASE_WORDS`] − 1 words shared).
pub fn windows(text: &str, sentence: Sentence, window: &mut dyn FnMut(&[Word])) {
    split_windows(text, sentence, &mut Window::new(), &mut |_| {}, window);
}

/// [`windows`] of the sentence whose words `words` holds (split by the caller from
/// `sentence` in `text`), that also calls `each` with every word of the sentence, once and
/// in order (before the window that holds it), for a caller that counts the words too.
/// The windows are slices of the words held; a sentence too long to be held is split
/// again, in windows kept in `words`' own storage (the same windows either way).
pub(crate) fn windows_and_words(
    text: &str,
    sentence: Sentence,
    words: &mut SentenceWords,
    each: &mut dyn FnMut(&Word),
    window: &mut dyn FnMut(&[Word]),
) {
    let Some(words) = words.get() else {
        return split_windows(text, sentence, words.reuse(), each, window);
    };
    for w in words {
        each(w);
    }
    // Windows of FIX_WINDOW_WORDS from 0 on, each starting MAX_PHRASE_WORDS - 1 words
    // before the end of the one before, the last one ending with the sentence.
    let step = FIX_WINDOW_WORDS
        .saturating_sub(MAX_PHRASE_WORDS.saturating_sub(1))
        .max(1);
    let mut from = 0usize;
    loop {
        let end = from.saturating_add(FIX_WINDOW_WORDS).min(words.len());
        window(words.get(from..end).unwrap_or_default());
        if end >= words.len() {
            return;
        }
        from = from.saturating_add(step);
    }
}

/// The windows of `sentence` split here from `text`, built in `buf` (emptied first;
/// [`crate::limits::MAX_SENTENCE_WORDS`] must equal [`FIX_WINDOW_WORDS`] for a [`SentenceWords`]' storage
/// to be one), with `each` called with every word.
fn split_windows(
    text: &str,
    sentence: Sentence,
    buf: &mut Window,
    each: &mut dyn FnMut(&Word),
    window: &mut dyn FnMut(&[Word]),
) {
    let slice = text.get(sentence.start..sentence.end).unwrap_or("");
    buf.clear();
    let mut any = false;
    let mut words = Words::with_offset(slice, sentence.start);
    // Each word borrowed where the iterator returned it (a binding by value is one more
    // byte-wise copy of it per word at opt-level z).
    while let Some(w) = words.next().as_ref() {
        each(w);
        if buf.is_full() {
            window(buf);
            any = true;
            let keep = MAX_PHRASE_WORDS.saturating_sub(1);
            let from = buf.len().saturating_sub(keep);
            // The last words move to the front, in place (a second window would double
            // the frame: 4 KiB more of stack).
            buf.copy_within(from.., 0);
            buf.truncate(buf.len() - from);
        }
        // On a 64-bit target set into the window field by field ([`Word::set`]), not
        // moved into it as a whole.
        #[cfg(target_pointer_width = "64")]
        if buf.push(Word::EMPTY).is_ok()
            && let Some(slot) = buf.last_mut()
        {
            slot.set(w);
        }
        #[cfg(not(target_pointer_width = "64"))]
        let _ = buf.push(*w);
    }
    if !buf.is_empty() || !any {
        window(buf);
    }
}

#[cfg(test)]
mod tests;
