//! The cue matcher: finds every phrase of one or more cue tables in a text.
//!
//! One pass over the text's words with a look-ahead window of
//! [`MAX_PHRASE_WORDS`] words. At each word the matcher looks up, in each table, the
//! phrases whose first word fits it — narrowing the sorted table one byte of the word at a
//! time by binary search (which finds the word itself and, at each char boundary, its
//! prefix stems `abc*`), and likewise for each suffix of the word among the phrases that
//! start with `*` (stems `*abc`) — and checks only those phrases' further words against
//! the window. The work per word is bounded by
//! [`crate::limits::MAX_WORD_BYTES`] × log(table size), whatever the number of cues;
//! nothing is allocated. Phrases never extend past the end of the text given, so matching a single
//! sentence keeps phrases inside it.
//!
//! [`find_cues`] takes any tables (one lookup per word per table);
//! [`find_cues_in_index`] takes a [`CueIndex`] — tables merged into one sorted list at
//! compile time, with a first-byte directory — and does one lookup per word in all.
//!
//! Tables must be sorted by phrase and normalised ([`crate::elements::cue`]); an unsorted
//! table gives incomplete results, never a panic.
//!
//! ```
//! use breachnotice::elements::{Cue, Role};
//! use breachnotice::text::matcher::find_cues;
//! static TABLE: &[Cue] = &[
//!     Cue::new("change your password", Role::Signal),
//!     Cue::new("encrypt*", Role::Reason),
//! ];
//! let text = "Please CHANGE your password; the data was encrypted.";
//! let mut found = Vec::new();
//! find_cues(text, 0, &[TABLE], |m| found.push((m.cue.phrase, &text[m.start..m.end])));
//! assert_eq!(found, [("change your password", "CHANGE your password"), ("encrypt*", "encrypted")]);
//! ```

use crate::elements::{Cue, CueTable};
use crate::limits::MAX_PHRASE_WORDS;

use super::words::{Word, Words};

/// One occurrence of a cue in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueMatch {
    /// Index of the table (in the slice given to [`find_cues`]) the cue comes from.
    pub table: usize,
    /// The cue.
    pub cue: Cue,
    /// Byte offset of the first matched word (absolute: includes `base`).
    pub start: usize,
    /// Byte offset one past the last matched word.
    pub end: usize,
}

/// An item of a sorted cue list: a [`Cue`] of one table, or an [`IndexEntry`] of a list
/// merged from several tables.
pub trait CueItem: 'static {
    /// The item's phrase.
    fn phrase(&self) -> &'static str;
    /// The item's cue.
    fn cue(&self) -> Cue;
    /// The table the item comes from; `own` is the index of the list being searched.
    fn table(&self, own: usize) -> usize;
}

impl CueItem for Cue {
    fn phrase(&self) -> &'static str {
        self.phrase
    }
    fn cue(&self) -> Cue {
        *self
    }
    fn table(&self, own: usize) -> usize {
        own
    }
}

/// One cue of a merged index: several tables' cues in one list sorted by phrase, so that
/// one lookup per word serves every table (see [`find_cues_in_index`]).
#[derive(Debug, Clone, Copy)]
pub struct IndexEntry {
    /// The cue's phrase (kept here too: the lookup reads it without following `cue`).
    pub phrase: &'static str,
    /// The index of the table the cue comes from (reported as [`CueMatch::table`]).
    pub table: u8,
    /// The cue.
    pub cue: &'static Cue,
}

impl CueItem for IndexEntry {
    fn phrase(&self) -> &'static str {
        self.phrase
    }
    fn cue(&self) -> Cue {
        *self.cue
    }
    fn table(&self, _own: usize) -> usize {
        usize::from(self.table)
    }
}

/// A sorted cue list the matcher searches by position: a slice of [`CueItem`]s or a
/// [`PackedIndex`].
trait CueList {
    /// The number of cues.
    fn len(&self) -> usize;
    /// Byte `k` of cue `i`'s phrase (`None` at its end). Called only when the phrase's
    /// first `k` bytes are known to exist.
    fn phrase_byte(&self, i: usize, k: usize) -> Option<u8>;
    /// Cue `i` and the table it comes from (`own`: the index of the list being searched).
    fn cue(&self, i: usize, own: usize) -> Option<(usize, Cue)>;
}

impl<T: CueItem> CueList for &'static [T] {
    fn len(&self) -> usize {
        <[T]>::len(self)
    }
    #[inline]
    fn phrase_byte(&self, i: usize, k: usize) -> Option<u8> {
        self.get(i)?.phrase().as_bytes().get(k).copied()
    }
    fn cue(&self, i: usize, own: usize) -> Option<(usize, Cue)> {
        self.get(i).map(|c| (c.table(own), c.cue()))
    }
}

impl CueList for &'static PackedIndex {
    fn len(&self) -> usize {
        self.offsets.len()
    }
    #[inline]
    fn phrase_byte(&self, i: usize, k: usize) -> Option<u8> {
        let (_, table, offset) = self.locate(i)?;
        table.phrase_byte(offset, k)
    }
    fn cue(&self, i: usize, _own: usize) -> Option<(usize, Cue)> {
        self.get(i)
    }
}

/// The first index in `lo..hi` at which `pred` (true on a prefix of the range, then false)
/// turns false.
#[inline]
fn partition(mut lo: usize, mut hi: usize, pred: impl Fn(usize) -> bool) -> usize {
    while lo < hi {
        let mid = lo.saturating_add(hi.saturating_sub(lo) / 2);
        if pred(mid) {
            lo = mid.saturating_add(1);
        } else {
            hi = mid;
        }
    }
    lo
}

/// Whether the text word `word` (normalised) fits the phrase word `pattern` (which may
/// carry `*` at either end, see [`crate::elements::cue`]).
pub fn word_matches(pattern: &str, word: &str) -> bool {
    let lead = pattern.starts_with('*');
    let trail = pattern.len() > 1 && pattern.ends_with('*');
    let core = pattern.trim_matches('*');
    match (lead, trail) {
        (true, true) => word.contains(core),
        (true, false) => word.ends_with(core),
        (false, true) => word.starts_with(core),
        (false, false) => word == core,
    }
}

/// Within `table[lo..hi]` (phrases that agree on their first `k` bytes), the sub-range whose
/// byte `k` lies in `min..=max`. Two binary searches, one byte compared per step.
#[inline]
fn narrow<L: CueList>(
    table: &L,
    lo: usize,
    hi: usize,
    k: usize,
    min: Option<u8>,
    max: Option<u8>,
) -> (usize, usize) {
    let hi = hi.min(table.len());
    if lo >= hi {
        return (lo, lo);
    }
    let a = partition(lo, hi, |i| table.phrase_byte(i, k) < min);
    let b = partition(a, hi, |i| table.phrase_byte(i, k) <= max);
    (a, b)
}

/// The look-ahead window: the current word and up to `MAX_PHRASE_WORDS - 1` after it.
struct Window {
    ring: [Word; MAX_PHRASE_WORDS],
    head: usize,
    len: usize,
}

impl Window {
    fn get(&self, i: usize) -> Option<&Word> {
        if i >= self.len {
            return None;
        }
        self.ring
            .get((self.head.saturating_add(i)) % MAX_PHRASE_WORDS)
    }

    fn push(&mut self, w: Word) {
        let at = (self.head.saturating_add(self.len)) % MAX_PHRASE_WORDS;
        if let Some(slot) = self.ring.get_mut(at) {
            *slot = w;
            self.len = self.len.saturating_add(1).min(MAX_PHRASE_WORDS);
        }
    }

    fn pop(&mut self) {
        if self.len > 0 {
            self.head = (self.head.saturating_add(1)) % MAX_PHRASE_WORDS;
            self.len = self.len.saturating_sub(1);
        }
    }
}

/// Checks the words after the first of `cue` against the window; the end of the last
/// matched word on success.
fn match_rest(cue: &Cue, window: &Window) -> Option<usize> {
    let mut end = window.get(0)?.end;
    for (i, pattern) in cue.phrase.split(' ').enumerate().skip(1) {
        let w = window.get(i)?;
        if w.too_long() || !word_matches(pattern, w.text()) {
            return None;
        }
        end = w.end;
    }
    Some(end)
}

/// Calls `on_match` for every occurrence of every cue of `tables` in `text`, in order of
/// start position (at one position: by table, then by phrase). `text` may be a slice of a larger text
/// starting at byte `base`; reported offsets are then offsets into the larger text.
pub fn find_cues<F: FnMut(CueMatch)>(
    text: &str,
    base: usize,
    tables: &[&'static [Cue]],
    mut on_match: F,
) {
    for_each_word(text, base, |first, window| {
        for (t, table) in tables.iter().enumerate() {
            match_at(table, t, None, first, window, &mut on_match);
        }
    });
}

/// Several tables' cues merged into one list sorted by phrase, with the start of each
/// first byte's block, so that one lookup per word serves every table
/// ([`find_cues_in_index`]). Built at compile time with [`CueIndex::new`].
#[derive(Debug)]
pub struct CueIndex {
    entries: &'static [IndexEntry],
    /// `starts[b]`: index of the first entry whose phrase starts with a byte `>= b`.
    starts: [u32; 257],
}

impl CueIndex {
    /// An index over `entries`, which must be sorted by phrase (byte order; an unsorted
    /// list gives incomplete matches, never a panic) and hold fewer than 2³² entries.
    #[allow(
        clippy::indexing_slicing,
        reason = "used in static initialisers: evaluated at compile time, where an \
                  out-of-range index fails the build"
    )]
    pub const fn new(entries: &'static [IndexEntry]) -> CueIndex {
        let mut starts = [0u32; 257];
        let mut i = 0;
        while i < entries.len() {
            let first = match entries[i].phrase.as_bytes().first() {
                Some(&b) => b as usize,
                None => 0,
            };
            starts[first + 1] += 1;
            i += 1;
        }
        let mut b = 1;
        while b < 257 {
            starts[b] += starts[b - 1];
            b += 1;
        }
        CueIndex { entries, starts }
    }

    /// The merged entries, sorted by phrase.
    pub fn entries(&self) -> &'static [IndexEntry] {
        self.entries
    }

    /// The entries whose phrase starts with byte `b`.
    fn block(&self, b: u8) -> (usize, usize) {
        let at = |i: usize| self.starts.get(i).map_or(0, |&v| v as usize);
        (at(usize::from(b)), at(usize::from(b).saturating_add(1)))
    }
}

/// Like [`find_cues`] for a [`CueIndex`] (several tables merged): one lookup per word
/// whatever the number of tables. Matches report the entry's table.
pub fn find_cues_in_index<F: FnMut(CueMatch)>(
    text: &str,
    base: usize,
    index: &CueIndex,
    mut on_match: F,
) {
    let entries = index.entries;
    for_each_word(text, base, |first, window| {
        let range = first.bytes().first().map(|&b| index.block(b));
        match_at(&entries, 0, range, first, window, &mut on_match);
    });
}

/// Several [`CueTable`]s merged into one list sorted by phrase, each entry a table number
/// and the byte offset of the cue's line in that table (three bytes per cue), with the start
/// of each first byte's block: the packed counterpart of [`CueIndex`], searched by
/// [`find_cues_in_packed`]. Built at compile time with [`PackedIndex::new`].
#[derive(Debug)]
pub struct PackedIndex {
    tables: &'static [&'static CueTable],
    /// `table_of[i]`: the table of entry `i` (an index into `tables`).
    table_of: &'static [u8],
    /// `offsets[i]`: the offset of entry `i`'s line in its table.
    offsets: &'static [u16],
    /// `starts[b]`: index of the first entry whose phrase starts with a byte `>= b`.
    starts: [u16; 257],
}

impl PackedIndex {
    /// An index over `tables` whose entry `i` is the cue at line offset `offsets[i]` of table
    /// `tables[table_of[i]]`. The entries must be sorted by phrase (an unsorted list gives
    /// incomplete matches, never a panic); `table_of` and `offsets` must have the same
    /// length, below 65,536.
    #[allow(
        clippy::indexing_slicing,
        clippy::panic,
        reason = "used in static initialisers: evaluated at compile time, where an \
                  out-of-range index or a failed check fails the build"
    )]
    pub const fn new(
        tables: &'static [&'static CueTable],
        table_of: &'static [u8],
        offsets: &'static [u16],
    ) -> PackedIndex {
        assert!(
            table_of.len() == offsets.len(),
            "index arrays differ in length"
        );
        assert!(
            offsets.len() <= u16::MAX as usize,
            "index exceeds 65535 entries"
        );
        let mut starts = [0u16; 257];
        let mut i = 0;
        while i < offsets.len() {
            let first = tables[table_of[i] as usize].const_first_byte(offsets[i] as usize);
            starts[first as usize + 1] += 1;
            i += 1;
        }
        let mut b = 1;
        while b < 257 {
            starts[b] += starts[b - 1];
            b += 1;
        }
        PackedIndex {
            tables,
            table_of,
            offsets,
            starts,
        }
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.offsets.len()
    }

    /// Whether the index has no entry.
    pub fn is_empty(&self) -> bool {
        self.offsets.is_empty()
    }

    /// Entry `i`: its table number and cue.
    pub fn get(&self, i: usize) -> Option<(usize, Cue)> {
        let (t, table, offset) = self.locate(i)?;
        Some((t, table.cue_at(offset)?))
    }

    /// The table number, table and line offset of entry `i`.
    #[inline]
    fn locate(&self, i: usize) -> Option<(usize, &'static CueTable, usize)> {
        let t = usize::from(*self.table_of.get(i)?);
        let offset = usize::from(*self.offsets.get(i)?);
        Some((t, *self.tables.get(t)?, offset))
    }

    /// The entries whose phrase starts with byte `b`.
    fn block(&self, b: u8) -> (usize, usize) {
        let at = |i: usize| self.starts.get(i).map_or(0, |&v| usize::from(v));
        (at(usize::from(b)), at(usize::from(b).saturating_add(1)))
    }
}

/// Like [`find_cues_in_index`] for a [`PackedIndex`]: one lookup per word whatever the
/// number of tables. Matches report the entry's table.
pub fn find_cues_in_packed<F: FnMut(CueMatch)>(
    text: &str,
    base: usize,
    index: &'static PackedIndex,
    mut on_match: F,
) {
    for_each_word(text, base, |first, window| {
        let range = first.bytes().first().map(|&b| index.block(b));
        match_at(&index, 0, range, first, window, &mut on_match);
    });
}

/// Calls `f` with each word that fits [`crate::limits::MAX_WORD_BYTES`] and the look-ahead
/// window starting at it.
fn for_each_word(text: &str, base: usize, mut f: impl FnMut(&Word, &Window)) {
    let mut words = Words::with_offset(text, base);
    let mut window = Window {
        ring: [Word::EMPTY; MAX_PHRASE_WORDS],
        head: 0,
        len: 0,
    };
    while window.len < MAX_PHRASE_WORDS {
        match words.next() {
            Some(w) => window.push(w),
            None => break,
        }
    }
    while let Some(first) = window.get(0).copied() {
        if !first.too_long() {
            f(&first, &window);
        }
        window.pop();
        if let Some(w) = words.next() {
            window.push(w);
        }
    }
}

/// Every phrase of `table` that starts at the window's first word.
///
/// `first_byte_range`, when known, is the range of phrases starting with the word's first
/// byte (from a [`CueIndex`]); otherwise the whole table is narrowed from the start.
fn match_at<L: CueList, F: FnMut(CueMatch)>(
    table: &L,
    t: usize,
    first_byte_range: Option<(usize, usize)>,
    first: &Word,
    window: &Window,
    on_match: &mut F,
) {
    let bytes = first.bytes();
    let mut emit = |lo: usize, hi: usize| emit_matches(table, t, lo, hi, first, window, on_match);
    // Exact first word and prefix stems `abc*`: narrow one byte at a time; at each char
    // boundary with at least three chars, the phrases continuing with `*` are stems.
    // Phrases starting with `*` never share a first byte with a word: narrowing skips them.
    let (mut lo, mut hi) = first_byte_range.unwrap_or((0, table.len()));
    let mut chars = 0usize;
    for (k, &b) in bytes.iter().enumerate() {
        if k > 0 || first_byte_range.is_none() {
            (lo, hi) = narrow(table, lo, hi, k, Some(b), Some(b));
        }
        if lo >= hi {
            return suffix_stems(table, t, first, window, on_match);
        }
        let next = k.saturating_add(1);
        // A char boundary: the next byte does not continue a UTF-8 sequence.
        if bytes.get(next).is_none_or(|&n| (n as i8) >= -0x40) {
            chars = chars.saturating_add(1);
            if chars >= 3 {
                let (a, z) = narrow(table, lo, hi, next, Some(b'*'), Some(b'*'));
                emit(a, z);
            }
        }
    }
    // The whole word: phrases whose first word ends here.
    let (a, z) = narrow(table, lo, hi, bytes.len(), None, Some(b' '));
    emit(a, z);
    suffix_stems(table, t, first, window, on_match);
}

/// Phrases whose first word is a suffix stem `*abc` (the block `table[..star_end]`): for
/// each suffix of the word with at least three chars, narrow the block byte by byte.
fn suffix_stems<L: CueList, F: FnMut(CueMatch)>(
    table: &L,
    t: usize,
    first: &Word,
    window: &Window,
    on_match: &mut F,
) {
    if table.phrase_byte(0, 0) != Some(b'*') {
        return;
    }
    let star_end = partition(0, table.len(), |i| table.phrase_byte(i, 0) == Some(b'*'));
    let word = first.text();
    let bytes = word.as_bytes();
    let total = word.chars().count();
    for (n, (i, _)) in word.char_indices().enumerate() {
        if total.saturating_sub(n) < 3 {
            break;
        }
        let (mut lo, mut hi) = (0usize, star_end);
        for (j, &b) in bytes.get(i..).unwrap_or(&[]).iter().enumerate() {
            (lo, hi) = narrow(table, lo, hi, j.saturating_add(1), Some(b), Some(b));
            if lo >= hi {
                break;
            }
        }
        if lo >= hi {
            continue;
        }
        let k = bytes.len().saturating_sub(i).saturating_add(1);
        let (a, z) = narrow(table, lo, hi, k, None, Some(b' '));
        emit_matches(table, t, a, z, first, window, on_match);
    }
}

/// Reports each cue of `table[lo..hi]` (whose first word fits `first`) whose further words
/// fit the window.
fn emit_matches<L: CueList, F: FnMut(CueMatch)>(
    table: &L,
    t: usize,
    lo: usize,
    hi: usize,
    first: &Word,
    window: &Window,
    on_match: &mut F,
) {
    for i in lo..hi.min(table.len()) {
        if let Some((table, cue)) = table.cue(i, t)
            && let Some(end) = match_rest(&cue, window)
        {
            on_match(CueMatch {
                table,
                cue,
                start: first.start,
                end,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::elements::Role;

    static TABLE: &[Cue] = &[
        Cue::new("*angriff", Role::Signal),
        Cue::new("*daten betroffen", Role::Signal),
        Cue::new("change your password", Role::Signal),
        Cue::new("data", Role::Signal),
        Cue::new("data breach", Role::Signal),
        Cue::new("e mail *adress*", Role::Signal),
        Cue::new("encrypt*", Role::Reason),
        Cue::new("encrypt* data", Role::Reason),
        Cue::new("your", Role::Block),
    ];

    fn phrases(text: &str) -> heapless::Vec<(&'static str, usize, usize), 32> {
        let mut v = heapless::Vec::new();
        find_cues(text, 0, &[TABLE], |m| {
            let _ = v.push((m.cue.phrase, m.start, m.end));
        });
        v
    }

    #[test]
    fn finds_exact_prefix_suffix_and_infix_stems() {
        let t = "Ein Hackerangriff: Kundendaten betroffen, E-Mail-Adressen.";
        let v = phrases(t);
        let found: heapless::Vec<&str, 32> = v.iter().map(|m| m.0).collect();
        assert_eq!(
            &found[..],
            &["*angriff", "*daten betroffen", "e mail *adress*"]
        );
        let second = v.get(1).and_then(|m| t.get(m.1..m.2));
        assert_eq!(second, Some("Kundendaten betroffen"));
    }

    #[test]
    fn reports_overlapping_and_nested_phrases() {
        let v = phrases("The data breach: encrypted data. Change your password");
        let found: heapless::Vec<&str, 32> = v.iter().map(|m| m.0).collect();
        assert_eq!(
            &found[..],
            &[
                "data",
                "data breach",
                "encrypt*",
                "encrypt* data",
                "data",
                "change your password",
                "your"
            ]
        );
    }

    #[test]
    fn a_word_prefix_is_not_a_word() {
        assert!(phrases("databases").is_empty());
        assert!(phrases("encryp").is_empty());
    }

    #[test]
    fn phrases_do_not_run_past_the_text() {
        assert_eq!(phrases("change your").len(), 1); // only "your"
    }

    #[test]
    fn word_patterns() {
        assert!(word_matches("encrypt*", "encrypt"));
        assert!(word_matches("*daten", "kundendaten"));
        assert!(word_matches("*adress*", "adressen"));
        assert!(!word_matches("adresse", "adressen"));
    }
}
