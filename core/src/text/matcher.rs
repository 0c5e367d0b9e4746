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
//! The tables are searched through a [`PackedIndex`]: one or more [`CueTable`]s merged at
//! compile time ([`packed_index!`](crate::packed_index)) into one text of phrases sorted
//! by phrase, with a first-byte directory, so that the matcher does one lookup per word
//! whatever the number of tables. The index stores no offsets: [`PackedIndex::decode`]
//! finds where each phrase starts (one pass over its text) into a table of its
//! compile-time capacity on the stack, read by the binary searches with one two-byte
//! load. [`find_cues_in_packed`] decodes and searches one text; to search many (each
//! sentence of a notice), decode once and call [`find_cues`] or [`find_cues_in_two`]. A
//! caller with 1.5 KB to spare may also build a [`PairDirectory`] of the decoded index and
//! search [`Cues::with_pairs`]: a word's first two bytes then find its phrases at once.
//!
//! Tables must be sorted by phrase and normalised ([`crate::elements::cue`]); an unsorted
//! table gives incomplete results, never a panic.
//!
//! ```
//! use breachnotice::elements::CueTable;
//! use breachnotice::text::matcher::{PackedIndex, find_cues_in_packed};
//! use breachnotice::{cue_table, packed_index};
//! static ADVICE: CueTable = cue_table![Signal "change your password"];
//! static REASONS: CueTable = cue_table![Reason "because", Reason "encrypt*"];
//! static INDEX: PackedIndex<8> = packed_index!([&ADVICE, &REASONS]);
//! let text = "Please CHANGE your password; the data was encrypted.";
//! let mut found = Vec::new();
//! find_cues_in_packed(text, 0, &INDEX, |m| {
//!     found.push((m.table, m.cue.phrase, &text[m.start..m.end]))
//! });
//! assert_eq!(
//!     found,
//!     [
//!         (0, "change your password", "CHANGE your password"),
//!         (1, "encrypt*", "encrypted")
//!     ]
//! );
//! ```

use crate::elements::{Cue, CueTable, Role};
use crate::limits::MAX_PHRASE_WORDS;

use super::sentence_words::WordSource;
use super::words::Word;

/// One occurrence of a cue in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueMatch {
    /// The number of the table the cue comes from: its position among the
    /// [`PackedIndex`]'s tables.
    pub table: usize,
    /// The cue.
    pub cue: Cue,
    /// Byte offset of the first matched word (absolute: includes `base`).
    pub start: usize,
    /// Byte offset one past the last matched word.
    pub end: usize,
    /// The cue's entry number in the index searched (its place in the sorted phrases).
    pub entry: usize,
}

/// A sorted cue list the matcher searches by position (a decoded [`PackedIndex`], [`Cues`]).
trait CueList {
    /// The number of cues.
    fn len(&self) -> usize;
    /// Byte `k` of cue `i`'s phrase, [`END_KEY`] at its end: what the binary searches
    /// compare (one compare each, ordered as [`CueList::phrase_byte`]'s `Option`s are).
    /// Called only when the phrase's first `k` bytes are known to exist.
    fn key(&self, i: usize, k: usize) -> u8;
    /// [`CueList::key`] as an `Option`: `None` at the phrase's end.
    #[inline(always)]
    fn phrase_byte(&self, i: usize, k: usize) -> Option<u8> {
        let b = self.key(i, k);
        (b != END_KEY).then_some(b)
    }
    /// Cue `i` and the table it comes from.
    fn cue(&self, i: usize) -> Option<(usize, Cue)>;
    /// The suffix stems of the list.
    fn stems(&self) -> &SuffixStems;
    /// A range of the cues that holds every cue whose first word may fit the word
    /// `bytes` and the number of the word's first bytes all of them agree with
    /// ([`Cues::first_range`]).
    fn first_range(&self, bytes: &[u8]) -> Option<(usize, usize, usize)>;
}

impl CueList for Cues<'_> {
    fn len(&self) -> usize {
        self.offsets.len()
    }
    #[inline(always)]
    fn key(&self, i: usize, k: usize) -> u8 {
        self.offsets
            .get(i)
            .and_then(|&o| {
                self.packed
                    .text
                    .as_bytes()
                    // (An offset below 65,536 plus a word's length: no overflow.)
                    .get(usize::from(o).wrapping_add(k))
            })
            .copied()
            .unwrap_or(END_KEY)
    }
    fn cue(&self, i: usize) -> Option<(usize, Cue)> {
        self.get(i)
    }
    fn stems(&self) -> &SuffixStems {
        self.stems
    }
    #[inline(always)]
    fn first_range(&self, bytes: &[u8]) -> Option<(usize, usize, usize)> {
        Cues::first_range(self, bytes)
    }
}

/// A phrase's end as a [`CueList::key`]: the `\n` that ends each phrase of a
/// [`PackedIndex`]'s text, below every byte a normalised phrase holds (a space and up),
/// as `None` is below every `Some` byte.
const END_KEY: u8 = b'\n';

/// The first index in `lo..hi` at which `pred` (true on a prefix of the range, then false)
/// turns false.
#[inline]
fn partition(mut lo: usize, mut hi: usize, pred: impl Fn(usize) -> bool) -> usize {
    while lo < hi {
        crate::work::tick(1);
        let mid = lo.midpoint(hi);
        if pred(mid) {
            lo = mid.wrapping_add(1);
        } else {
            hi = mid;
        }
    }
    lo
}

/// Whether the text word `word` (normalised) fits the phrase word `pattern` (which may
/// carry `*` at either end, see [`crate::elements::cue`]).
pub fn word_matches(pattern: &str, word: &str) -> bool {
    word_bytes_match(pattern.as_bytes(), word.as_bytes())
}

/// [`word_matches`] on the UTF-8 bytes (a byte match of valid UTF-8 in valid UTF-8 always
/// falls on char boundaries, so the result is the same).
fn word_bytes_match(pattern: &[u8], word: &[u8]) -> bool {
    let lead = pattern.first() == Some(&b'*');
    let trail = pattern.len() > 1 && pattern.last() == Some(&b'*');
    let start = pattern
        .iter()
        .position(|&b| b != b'*')
        .unwrap_or(pattern.len());
    let end = pattern
        .iter()
        .rposition(|&b| b != b'*')
        .map_or(start, |i| i.saturating_add(1));
    let core = pattern.get(start..end).unwrap_or(&[]);
    match (lead, trail) {
        (true, true) => core.is_empty() || word.windows(core.len()).any(|w| w == core),
        (true, false) => word.ends_with(core),
        (false, true) => word.starts_with(core),
        (false, false) => word == core,
    }
}

/// Within `table[lo..hi]` (phrases that agree on their first `k` bytes), the sub-range whose
/// byte `k` lies in `min..=max`. One binary search, one byte compared per step, until a
/// phrase in the range is met; then the range's two ends are searched for on either side
/// of it. (When no phrase is in the range, the most common case, that one search is all:
/// the empty range where it ends is the one two searches would give.)
#[inline]
fn narrow<L: CueList>(
    table: &L,
    lo: usize,
    hi: usize,
    k: usize,
    min: Option<u8>,
    max: Option<u8>,
) -> (usize, usize) {
    let (mut a, mut b) = (lo, hi.min(table.len()));
    // The bounds as keys ([`CueList::key`]): `None`, a phrase's end, is [`END_KEY`].
    let (min, max) = (min.unwrap_or(END_KEY), max.unwrap_or(END_KEY));
    // Invariant: the bytes before `a` are below `min`, those from `b` on above `max`.
    while a < b {
        crate::work::tick(1);
        let mid = a.midpoint(b);
        let p = table.key(mid, k);
        if p < min {
            a = mid.wrapping_add(1);
        } else if p > max {
            b = mid;
        } else {
            let first = partition(a, mid, |i| table.key(i, k) < min);
            let end = partition(mid.wrapping_add(1), b, |i| table.key(i, k) <= max);
            return (first, end);
        }
    }
    (a, a)
}

/// Within `table[lo..hi]` (phrases that agree on their first `k` bytes), those whose
/// first word ends at byte `k` (their end or a space there): [`narrow`] to `None..=' '`
/// with one search, not three, as the end and a space sort below every other byte of a
/// normalised phrase: the sub-range starts at `lo`.
#[inline]
fn ending_at<L: CueList>(table: &L, lo: usize, hi: usize, k: usize) -> (usize, usize) {
    (
        lo,
        partition(lo, hi.min(table.len()), |i| table.key(i, k) <= b' '),
    )
}

/// The look-ahead window: the current word and up to `MAX_PHRASE_WORDS - 1` after it.
/// The ring is borrowed: built in place by [`for_each_of`], not moved into the window (a
/// move of its `MAX_PHRASE_WORDS` words is one byte-wise copy per sentence where an
/// optimiser for size copies them).
struct Window<'r> {
    ring: &'r mut [Word; MAX_PHRASE_WORDS],
    head: usize,
    len: usize,
}

impl Window<'_> {
    fn get(&self, i: usize) -> Option<&Word> {
        if i >= self.len {
            return None;
        }
        self.ring
            .get((self.head.wrapping_add(i)) % MAX_PHRASE_WORDS)
    }

    #[inline(always)]
    fn push(&mut self, w: &Word) {
        let at = (self.head.wrapping_add(self.len)) % MAX_PHRASE_WORDS;
        if let Some(slot) = self.ring.get_mut(at) {
            slot.set(w);
            self.len = self.len.saturating_add(1).min(MAX_PHRASE_WORDS);
        }
    }

    fn pop(&mut self) {
        if self.len > 0 {
            self.head = (self.head.wrapping_add(1)) % MAX_PHRASE_WORDS;
            self.len = self.len.saturating_sub(1);
        }
    }
}

/// Checks the words after the first of `cue` against the window; the end of the last
/// matched word on success.
fn match_rest(cue: &Cue, window: &Window) -> Option<usize> {
    let mut end = window.get(0)?.end;
    let phrase = cue.phrase.as_bytes();
    // The words after the first, as `phrase.split(' ').skip(1)` gives them.
    let Some(space) = phrase.iter().position(|&b| b == b' ') else {
        return Some(end);
    };
    let mut rest = phrase.get(space.saturating_add(1)..)?;
    let mut i = 1usize;
    loop {
        let (pattern, more) = match rest.iter().position(|&b| b == b' ') {
            Some(p) => (rest.get(..p)?, rest.get(p.saturating_add(1)..)),
            None => (rest, None),
        };
        let w = window.get(i)?;
        if w.too_long() || !word_bytes_match(pattern, w.bytes()) {
            return None;
        }
        end = w.end;
        match more {
            Some(m) => rest = m,
            None => return Some(end),
        }
        i = i.saturating_add(1);
    }
}

/// Several [`CueTable`]s merged at compile time into one text sorted by phrase, searched by
/// [`find_cues_in_packed`]: the phrases, each followed by `\n`, one kind byte per cue (its
/// table number and [`Role`]) and the first entry of each first byte's block. Built with
/// [`packed_index!`](crate::packed_index) (or [`Merged`] and [`PackedIndex::new`]); the
/// tables' own texts are read only by the build.
///
/// Where each phrase starts is not stored (those offsets are nearly incompressible and
/// follow from the `\n`s): [`PackedIndex::decode`] finds them once, into a table of
/// `CAPACITY` two-byte offsets on the caller's stack (a [`DecodedIndex`]), before a text
/// is searched. `CAPACITY` is a compile-time bound on the number of entries, checked when
/// the index is built (for the analyser's and the derive indexes:
/// [`crate::limits::MAX_ELEMENT_INDEX_CUES`] and [`crate::limits::MAX_DERIVE_INDEX_CUES`]).
///
/// (The kinds are kept apart from the phrases so that the text holds nothing but sorted
/// phrases: compressed, it is about 8 % smaller than with a table byte and role tag on
/// each line.)
#[derive(Debug, PartialEq, Eq)]
pub struct PackedIndex<const CAPACITY: usize> {
    packed: Packed,
}

/// The arrays of a [`PackedIndex`], whatever its capacity.
#[derive(Debug, PartialEq, Eq)]
struct Packed {
    /// The phrases of the entries, in entry order, each followed by `\n`.
    text: &'static str,
    /// `kinds[i]`: entry `i`'s table number times [`ROLE_COUNT`] plus its role's number
    /// ([`Role::number`]).
    kinds: &'static [u8],
    /// `starts[k]`: index of the first entry whose phrase starts with a byte `>=
    /// FIRST_BYTES.start + k` (the last: the number of entries).
    starts: [u16; FIRST_BYTE_SLOTS],
}

impl Packed {
    /// [`PackedIndex::try_new`] for an index of at most `capacity` entries: one copy of
    /// the checks whatever the capacity, not one per index type.
    #[allow(
        clippy::indexing_slicing,
        reason = "every index is checked against the length just before"
    )]
    const fn try_new(
        text: &'static str,
        kinds: &'static [u8],
        tables: usize,
        capacity: usize,
    ) -> Result<Packed, &'static str> {
        let bytes = text.as_bytes();
        let n = kinds.len();
        if bytes.len() > u16::MAX as usize {
            return Err("index text exceeds 65535 bytes");
        }
        if n > capacity {
            return Err("index has more entries than its capacity: raise the capacity constant");
        }
        if capacity > u16::MAX as usize {
            return Err("index capacity exceeds 65535 entries");
        }
        let mut k = 0;
        while k < n {
            let kind = kinds[k] as usize;
            if kind / ROLE_COUNT >= tables || kind >= MAX_INDEX_TABLES * ROLE_COUNT {
                return Err("an index entry names a table out of range");
            }
            k += 1;
        }
        let mut starts = [0u16; FIRST_BYTE_SLOTS];
        let mut lines = 0;
        let mut line = 0;
        while line < bytes.len() {
            let first = bytes[line];
            if first == b'\n' {
                return Err("an empty index phrase");
            }
            if first < *FIRST_BYTES.start() || first > *FIRST_BYTES.end() {
                return Err("a phrase starts with a byte outside the first-byte directory");
            }
            let slot = (first - *FIRST_BYTES.start()) as usize + 1;
            starts[slot] += 1;
            lines += 1;
            while line < bytes.len() && bytes[line] != b'\n' {
                line += 1;
            }
            if line == bytes.len() {
                return Err("the index text does not end with a line break");
            }
            line += 1;
        }
        if lines != n {
            return Err("index text and kinds differ in length");
        }
        let mut k = 1;
        while k < FIRST_BYTE_SLOTS {
            starts[k] += starts[k - 1];
            k += 1;
        }
        Ok(Packed {
            text,
            kinds,
            starts,
        })
    }
}

/// The number of roles: a kind byte is `table × ROLE_COUNT + role`.
const ROLE_COUNT: usize = Role::ALL.len();

/// The most tables one [`PackedIndex`] can merge: the largest kind byte must fit a `u8`.
pub const MAX_INDEX_TABLES: usize = 256 / ROLE_COUNT;

/// The bytes a normalised phrase may start with: `*` (a suffix stem), digits and
/// lowercase ASCII letters, with the bytes between them; [`PackedIndex::new`] fails the
/// build for a phrase starting with any other byte.
const FIRST_BYTES: core::ops::RangeInclusive<u8> = b'*'..=b'z';

/// The size of a [`PackedIndex`]'s first-byte directory: one start per byte of
/// [`FIRST_BYTES`], and the end.
const FIRST_BYTE_SLOTS: usize = (*FIRST_BYTES.end() - *FIRST_BYTES.start()) as usize + 2;

impl<const CAPACITY: usize> PackedIndex<CAPACITY> {
    /// An index whose entries are the phrases of `text` (each followed by `\n`), entry
    /// `i` with the kind byte `kinds[i]` (table number × the number of roles +
    /// [`Role::number`]). The entries must be sorted by phrase (an unsorted list gives
    /// incomplete matches, never a panic); `text` must stay below 65,536 bytes, hold one
    /// non-empty line per kind byte and at most `CAPACITY` lines, or the build fails.
    #[allow(
        clippy::panic,
        reason = "used in static initialisers: evaluated at compile time, where a failed \
                  check fails the build"
    )]
    pub const fn new(text: &'static str, kinds: &'static [u8]) -> PackedIndex<CAPACITY> {
        match PackedIndex::try_new(text, kinds, MAX_INDEX_TABLES) {
            Ok(index) => index,
            Err(why) => panic!("{}", why),
        }
    }

    /// [`PackedIndex::new`] on parts that are not trusted (a language pack,
    /// [`crate::lang::tables::LangTables::from_pack`]): the same checks, and every kind
    /// byte's table number below `tables` and its role valid, with the problem as an
    /// error instead of a failed build. Never panics.
    pub const fn try_new(
        text: &'static str,
        kinds: &'static [u8],
        tables: usize,
    ) -> Result<PackedIndex<CAPACITY>, &'static str> {
        match Packed::try_new(text, kinds, tables, CAPACITY) {
            Ok(packed) => Ok(PackedIndex { packed }),
            Err(why) => Err(why),
        }
    }

    /// The index's text and kind bytes, as [`PackedIndex::new`] was given them (what a
    /// language pack stores).
    pub fn parts(&self) -> (&'static str, &'static [u8]) {
        (self.packed.text, self.packed.kinds)
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.packed.kinds.len()
    }

    /// Whether the index has no entry.
    pub fn is_empty(&self) -> bool {
        self.packed.kinds.is_empty()
    }

    /// The index ready to search: the offsets of its phrases found (one pass over its
    /// text, eight bytes at a time) and kept in the returned value, `2 × CAPACITY` bytes.
    /// Decode once per text searched, not once per sentence.
    pub fn decode(&'static self) -> DecodedIndex<CAPACITY> {
        let mut decoded = DecodedIndex::empty();
        self.decode_into(&mut decoded);
        decoded
    }

    /// [`PackedIndex::decode`] into `out` (whatever it held before is gone): in place, for
    /// a caller that keeps the `2 × CAPACITY` bytes once, not in a returned value that is
    /// then moved (an optimiser does not always build a returned array in place).
    pub fn decode_into(&'static self, out: &mut DecodedIndex<CAPACITY>) {
        out.packed = &self.packed;
        out.stems = decode_packed(&self.packed, &mut out.offsets);
    }

    /// The entries in order: table number and cue (the phrase is a slice of the index's
    /// text). One pass over the text, without decoding the offsets.
    pub fn entries(&'static self) -> impl Iterator<Item = (usize, Cue)> {
        let kinds = self.packed.kinds.iter();
        self.packed
            .text
            .split_terminator('\n')
            .zip(kinds)
            .filter_map(|(phrase, &kind)| entry(kind, phrase))
    }
}

/// The kind byte of an entry of table `table` with role `role` (see [`PackedIndex::new`]):
/// `table` × the number of roles + [`Role::number`]. `table` must be below
/// [`MAX_INDEX_TABLES`] (else the byte wraps).
#[allow(
    clippy::cast_possible_truncation,
    reason = "documented: a table number below MAX_INDEX_TABLES fits"
)]
pub const fn kind_byte(table: usize, role: Role) -> u8 {
    (table.wrapping_mul(ROLE_COUNT).wrapping_add(role.number())) as u8
}

/// An entry from its kind byte (table number × [`ROLE_COUNT`] + role number) and phrase:
/// its table number and cue.
fn entry(kind: u8, phrase: &'static str) -> Option<(usize, Cue)> {
    let kind = usize::from(kind);
    let role = *Role::ALL.get(kind % ROLE_COUNT)?;
    Some((kind / ROLE_COUNT, Cue::new(phrase, role)))
}

/// [`PackedIndex::decode_into`] whatever the capacity (one copy of the code): writes the
/// offsets of `packed`'s phrases into `offsets` and returns its suffix stems.
fn decode_packed(packed: &'static Packed, offsets: &mut [u16]) -> SuffixStems {
    decode_offsets(packed.text.as_bytes(), offsets);
    let len = packed.kinds.len();
    SuffixStems::of(&Cues {
        packed,
        offsets: offsets.get(..len).unwrap_or(offsets),
        stems: &SuffixStems::NONE,
        pairs: None,
    })
}

/// Writes into `offsets` where each line of `text` starts: 0, then one past each `\n`
/// (the last `\n`, ending the text, starts no line). Reads eight bytes at a time; stops
/// writing when `offsets` is full. (An index's text is below 65,536 bytes, checked when
/// it is built: a line start fits a `u16`.)
#[allow(
    clippy::cast_possible_truncation,
    reason = "a line start is at most the text's length, below 65,536 (`Packed::try_new`)"
)]
fn decode_offsets(text: &[u8], offsets: &mut [u16]) {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    const NEWLINES: u64 = u64::from_le_bytes([b'\n'; 8]);
    let mut slots = offsets.iter_mut();
    let mut put = |line_start: usize| {
        if let Some(slot) = slots.next() {
            *slot = line_start as u16;
        }
    };
    put(0);
    let mut chunks = text.chunks_exact(8);
    let mut at = 0usize;
    for chunk in chunks.by_ref() {
        let word = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).unwrap_or([0; 8]));
        // The high bit of each byte that is `\n`. (A borrow of `x - 0x01…` starts at a
        // `\n` and marks the byte after it too only if that is `\x0b`: a line never
        // starts with it, [`PackedIndex::try_new`] checks.)
        let x = word ^ NEWLINES;
        let mut found = x.wrapping_sub(ONES) & !x & HIGH;
        while found != 0 {
            let byte = (found.trailing_zeros() / 8) as usize;
            put(at.wrapping_add(byte).wrapping_add(1));
            found &= found.wrapping_sub(1);
        }
        at = at.wrapping_add(8);
    }
    for (i, &b) in chunks.remainder().iter().enumerate() {
        if b == b'\n' {
            put(at.wrapping_add(i).wrapping_add(1));
        }
    }
}

/// A [`PackedIndex`] with the offsets of its phrases decoded ([`PackedIndex::decode`]):
/// what the matcher searches, through [`DecodedIndex::cues`]. Holds `CAPACITY` two-byte
/// offsets (on the stack of whoever keeps it).
#[derive(Debug)]
pub struct DecodedIndex<const CAPACITY: usize> {
    packed: &'static Packed,
    /// `offsets[i]`: where entry `i`'s phrase starts in the text (the entries past the
    /// index's length are unused).
    offsets: [u16; CAPACITY],
    /// Its suffix stems, found when the index is decoded.
    stems: SuffixStems,
}

/// The packed form of an index of no entry ([`DecodedIndex::empty`]).
static EMPTY: Packed = Packed {
    text: "",
    kinds: &[],
    starts: [0; FIRST_BYTE_SLOTS],
};

impl<const CAPACITY: usize> DecodedIndex<CAPACITY> {
    /// An index of no entry, to decode into ([`PackedIndex::decode_into`]).
    pub const fn empty() -> Self {
        DecodedIndex {
            packed: &EMPTY,
            offsets: [0; CAPACITY],
            stems: SuffixStems::NONE,
        }
    }

    /// The index as the matcher reads it.
    pub fn cues(&self) -> Cues<'_> {
        let len = self.packed.kinds.len();
        Cues {
            packed: self.packed,
            // The build checks that the entries fit the capacity.
            offsets: self.offsets.get(..len).unwrap_or(&self.offsets),
            stems: &self.stems,
            pairs: None,
        }
    }
}

/// A decoded [`PackedIndex`] as the matcher reads it (a borrow of a [`DecodedIndex`]):
/// entry `i`'s phrase starts at one two-byte offset read from the table.
#[derive(Debug, Clone, Copy)]
pub struct Cues<'a> {
    packed: &'static Packed,
    offsets: &'a [u16],
    /// The index's suffix stems (of a [`DecodedIndex`]; [`SuffixStems::NONE`] while they
    /// are being found).
    stems: &'a SuffixStems,
    /// Its two-byte directory, when one was built for it ([`Cues::with_pairs`]).
    pairs: Option<&'a PairDirectory>,
}

impl Cues<'_> {
    /// The number of entries.
    pub fn len(&self) -> usize {
        self.offsets.len()
    }

    /// Whether the index has no entry.
    pub fn is_empty(&self) -> bool {
        self.offsets.is_empty()
    }

    /// The offset of entry `i`'s phrase in the text.
    #[inline(always)]
    fn offset(&self, i: usize) -> Option<usize> {
        self.offsets.get(i).map(|&o| usize::from(o))
    }

    /// Entry `i`: its table number and cue (the phrase is a slice of the index's text).
    pub fn get(&self, i: usize) -> Option<(usize, Cue)> {
        let kind = *self.packed.kinds.get(i)?;
        let start = self.offset(i)?;
        // The next phrase starts right after this one's `\n`.
        let next = match self.offset(i.wrapping_add(1)) {
            Some(next) => next,
            None => self.packed.text.len(),
        };
        entry(kind, self.packed.text.get(start..next.checked_sub(1)?)?)
    }

    /// The entries that may start with the word `bytes` and the number of its first
    /// bytes they are known to agree with: its first two bytes' entries when the
    /// directory has them, else its first byte's block (`None` for an empty word).
    #[inline]
    fn first_range(&self, bytes: &[u8]) -> Option<(usize, usize, usize)> {
        let &b = bytes.first()?;
        if let (Some(pairs), Some(&second)) = (self.pairs, bytes.get(1))
            && let Some(row) = pairs
                .starts
                .get(usize::from(b.wrapping_sub(*PAIR_FIRST.start())))
        {
            let c = pair_class(second);
            let at = |i: usize| row.get(i).map_or(0, |&v| usize::from(v));
            // A letter's class holds that one byte; the others, several.
            let known = if c == 0 || c == PAIR_CLASSES - 1 {
                1
            } else {
                2
            };
            return Some((at(c), at(c.saturating_add(1)), known));
        }
        let (lo, hi) = self.block(b);
        Some((lo, hi, 1))
    }

    /// The entries whose phrase starts with byte `b` (none for a byte outside
    /// [`FIRST_BYTES`]).
    fn block(&self, b: u8) -> (usize, usize) {
        if !FIRST_BYTES.contains(&b) {
            return (0, 0);
        }
        let k = usize::from(b.wrapping_sub(*FIRST_BYTES.start()));
        let at = |i: usize| self.packed.starts.get(i).map_or(0, |&v| usize::from(v));
        (at(k), at(k.saturating_add(1)))
    }
}

impl<'a> Cues<'a> {
    /// The index searched with a two-byte directory built for it
    /// ([`PairDirectory::build`]): a word is then looked up by its first two bytes at
    /// once, one binary search fewer. The matches are the same, in the same order. (A
    /// directory built for another index gives incomplete matches, never a panic.)
    #[must_use]
    pub fn with_pairs(self, pairs: &'a PairDirectory) -> Cues<'a> {
        Cues {
            pairs: Some(pairs),
            ..self
        }
    }
}

/// The first bytes a [`PairDirectory`] covers: the lowercase ASCII letters.
const PAIR_FIRST: core::ops::RangeInclusive<u8> = b'a'..=b'z';

/// The number of first bytes a [`PairDirectory`] covers ([`PAIR_FIRST`]).
const PAIR_ROWS: usize = 26;

/// The number of classes of a phrase's second byte in a [`PairDirectory`] ([`pair_class`]).
const PAIR_CLASSES: usize = 28;

/// The class of a phrase's second byte: 0 below `a` (the phrase's end, a space, `*`, a
/// digit), 1 to 26 for `a` to `z`, 27 above `z` (a byte of a non-ASCII char). Increases
/// with the byte, so that the entries of one class are consecutive in a first byte's block.
fn pair_class(b: u8) -> usize {
    if b < *PAIR_FIRST.start() {
        0
    } else if b <= *PAIR_FIRST.end() {
        usize::from(b.wrapping_sub(*PAIR_FIRST.start())).saturating_add(1)
    } else {
        PAIR_CLASSES - 1
    }
}

/// A two-byte directory of a decoded index ([`Cues::with_pairs`]): for each first byte
/// `a` to `z` and each class of second byte (one per letter, one below, one above), where
/// its entries start. A word whose first two bytes are letters finds its entries without
/// a binary search. `2 × 26 × 29` bytes, kept by the caller while it
/// searches; built in one pass over the index's entries ([`PairDirectory::build`]).
#[derive(Debug)]
pub struct PairDirectory {
    /// `starts[f][c]`: the first entry of first byte `a + f` whose second byte's class is
    /// `c` or more (`starts[f][PAIR_CLASSES]`: the end of the block).
    starts: [[u16; PAIR_CLASSES + 1]; PAIR_ROWS],
}

impl PairDirectory {
    /// A directory of no index (used by none until built).
    pub const fn empty() -> Self {
        PairDirectory {
            starts: [[0; PAIR_CLASSES + 1]; PAIR_ROWS],
        }
    }

    /// Makes this the directory of `cues` (whatever it held before is gone): one pass
    /// over its entries, in order.
    #[inline(never)]
    pub fn build(&mut self, cues: &Cues<'_>) {
        let text = cues.packed.text.as_bytes();
        let slots = self.starts.as_flattened_mut();
        slots.fill(0);
        // Each entry is counted in the slot after its own (row, class)…
        for &o in cues.offsets {
            // (Every phrase has a byte and its `\n`, or two bytes.)
            let o = usize::from(o);
            if let Some(&[first, second]) = text.get(o..o.wrapping_add(2))
                && let Some(row) = first.checked_sub(*PAIR_FIRST.start())
                && let Some(slot) = slots.get_mut(
                    usize::from(row)
                        .wrapping_mul(PAIR_CLASSES + 1)
                        .wrapping_add(pair_class(second))
                        .wrapping_add(1),
                )
            {
                *slot = slot.wrapping_add(1);
            }
        }
        // … so that the sums from the first letter's block start are the slots' starts.
        let mut sum = u16::try_from(cues.block(*PAIR_FIRST.start()).0).unwrap_or(u16::MAX);
        for slot in slots {
            sum = sum.wrapping_add(*slot);
            *slot = sum;
        }
    }
}

/// The number of cues of `tables`, at compile time (the number of entries of their
/// [`Merged`] order).
#[allow(
    clippy::indexing_slicing,
    reason = "evaluated at compile time only: an out-of-range index fails the build"
)]
pub const fn cue_count(tables: &[&CueTable]) -> usize {
    let mut n = 0;
    let mut t = 0;
    while t < tables.len() {
        n += tables[t].len();
        t += 1;
    }
    n
}

/// The length in bytes of the [`Merged`] text of `tables`, at compile time: their texts
/// without the role tags.
#[allow(
    clippy::indexing_slicing,
    reason = "evaluated at compile time only: an out-of-range index fails the build"
)]
pub const fn merged_len(tables: &[&CueTable]) -> usize {
    let mut n = 0;
    let mut t = 0;
    while t < tables.len() {
        n += tables[t].text_len();
        t += 1;
    }
    n - cue_count(tables)
}

/// The cues of several sorted [`CueTable`]s merged into the arrays of one [`PackedIndex`]
/// (`L` = their [`cue_count`], `B` = their [`merged_len`]): entry `i` is the `i`-th line
/// of the text, with kind byte `kinds[i]`, sorted by phrase (ties: by table number), each
/// table's own order kept. Built at compile time; see [`packed_index!`](crate::packed_index).
#[derive(Debug)]
pub struct Merged<const L: usize, const B: usize> {
    text: [u8; B],
    kinds: [u8; L],
}

impl<const L: usize, const B: usize> Merged<L, B> {
    /// Merges `tables` (each sorted by phrase; at most [`MAX_INDEX_TABLES`]) at compile
    /// time; `L` and `B` must be their [`cue_count`] and [`merged_len`], and the text below
    /// 65,536 bytes, or the build fails.
    #[allow(
        clippy::indexing_slicing,
        clippy::panic,
        clippy::cast_possible_truncation,
        reason = "evaluated at compile time only: an out-of-range index or a failed check \
                  fails the build; the casts are checked by the asserts"
    )]
    pub const fn new(tables: &[&CueTable]) -> Merged<L, B> {
        let n = tables.len();
        assert!(n <= MAX_INDEX_TABLES, "too many tables in one index");
        assert!(
            L == cue_count(tables),
            "merged length differs from the cue count"
        );
        assert!(
            B == merged_len(tables),
            "merged text length differs from the tables'"
        );
        assert!(
            B <= u16::MAX as usize,
            "merged index text exceeds 65535 bytes"
        );
        let mut out = Merged {
            text: [0; B],
            kinds: [0; L],
        };
        let mut cursor = [0usize; MAX_INDEX_TABLES];
        let mut at = 0;
        let mut i = 0;
        while i < L {
            let mut best = n;
            let mut t = 0;
            while t < n {
                if cursor[t] < tables[t].text_len()
                    && (best == n
                        || tables[t].const_phrase_less(cursor[t], tables[best], cursor[best]))
                {
                    best = t;
                }
                t += 1;
            }
            assert!(best < n, "merged index shorter than its tables");
            let line = tables[best].text_bytes();
            let mut j = cursor[best];
            let role = match Role::from_tag(line[j]) {
                Some(role) => role,
                None => panic!("cue table line without a role tag"),
            };
            out.kinds[i] = (best * ROLE_COUNT + role.number()) as u8;
            // The phrase and its `\n`.
            loop {
                j += 1;
                out.text[at] = line[j];
                at += 1;
                if line[j] == b'\n' {
                    break;
                }
            }
            cursor[best] = j + 1;
            i += 1;
        }
        assert!(at == B, "merged text shorter than its tables");
        out
    }

    /// The merged text (checked to be UTF-8: it is the tables' texts without their ASCII
    /// role tags).
    #[allow(
        clippy::panic,
        reason = "evaluated at compile time only (in a static initialiser): a failed check \
                  fails the build"
    )]
    pub const fn text(&'static self) -> &'static str {
        match core::str::from_utf8(&self.text) {
            Ok(text) => text,
            Err(_) => panic!("merged index text is not UTF-8"),
        }
    }

    /// The kind byte of each entry: table number × the number of roles + [`Role::number`].
    pub const fn kinds(&'static self) -> &'static [u8] {
        &self.kinds
    }
}

/// A [`PackedIndex`](crate::text::matcher::PackedIndex) over an array of
/// `&'static` [`CueTable`](crate::elements::CueTable)s (each sorted by phrase), merged at
/// compile time into one text, for a `static`'s initializer: `static INDEX:
/// PackedIndex<CAPACITY> = packed_index!([&A, &B]);` (the build fails if the cues exceed
/// `CAPACITY`). A cue's table number is its table's position in the array; at one
/// position, equal phrases keep the array's order. Only the merged arrays are linked: the
/// tables are read by the build.
#[macro_export]
macro_rules! packed_index {
    ($tables:expr) => {{
        const __PACKED_TABLES: &[&$crate::elements::CueTable] = &$tables;
        static __PACKED_MERGED: $crate::text::matcher::Merged<
            { $crate::text::matcher::cue_count(__PACKED_TABLES) },
            { $crate::text::matcher::merged_len(__PACKED_TABLES) },
        > = $crate::text::matcher::Merged::new(__PACKED_TABLES);
        $crate::text::matcher::PackedIndex::new(__PACKED_MERGED.text(), __PACKED_MERGED.kinds())
    }};
}

/// Calls `on_match` for every occurrence of every cue of `index` in `text`, in order of
/// start position (at one position: by phrase, then by table), with one lookup per word
/// whatever the number of tables. `text` may be a slice of a larger text starting at byte
/// `base`; reported offsets are then offsets into the larger text.
///
/// Decodes the index first ([`PackedIndex::decode`]: one pass over its text and
/// `2 × CAPACITY` bytes of stack); to search many texts (sentences) with one index, decode
/// it once and call [`find_cues`].
pub fn find_cues_in_packed<const CAPACITY: usize, F: FnMut(CueMatch)>(
    text: &str,
    base: usize,
    index: &'static PackedIndex<CAPACITY>,
    mut on_match: F,
) {
    decode_and_find(text, base, index, &mut on_match);
}

/// [`find_cues_in_packed`] with the callback behind a reference: compiled once per
/// capacity, not once per caller's closure.
fn decode_and_find<const CAPACITY: usize>(
    text: &str,
    base: usize,
    index: &'static PackedIndex<CAPACITY>,
    on_match: &mut dyn FnMut(CueMatch),
) {
    let decoded = index.decode();
    find_cues_dyn(WordSource::new(text, base, None), &decoded.cues(), on_match);
}

/// [`find_cues_in_packed`] with an index already decoded ([`PackedIndex::decode`],
/// [`DecodedIndex::cues`]).
pub fn find_cues<F: FnMut(CueMatch)>(text: &str, base: usize, cues: Cues<'_>, mut on_match: F) {
    find_cues_dyn(WordSource::new(text, base, None), &cues, &mut on_match);
}

/// [`find_cues`] with the callback behind a reference: the matcher is compiled once, not
/// once per caller's closure (a match costs an indirect call, a word nothing).
fn find_cues_dyn(words: WordSource<'_>, index: &Cues<'_>, mut on_match: &mut dyn FnMut(CueMatch)) {
    for_each_word(words, |first, window| {
        match_at(index, first, window, &mut on_match);
    });
}

/// [`find_cues`] over two decoded indexes in one pass of `text`'s words: at each word
/// the first index is searched, then the second (when given). Each callback sees exactly
/// the matches, in exactly the order, that [`find_cues`] on its own index would give it;
/// only the words are read (split, normalised, windowed) once instead of twice.
pub fn find_cues_in_two(
    text: &str,
    base: usize,
    first: (Cues<'_>, &mut dyn FnMut(CueMatch)),
    second: Option<(Cues<'_>, &mut dyn FnMut(CueMatch))>,
) {
    find_cues_in_three(text, base, None, first, second, None);
}

/// [`find_cues`] over words already read (a window of a sentence): every occurrence of
/// every cue of `index` in `words` (none extends past their end), in order of start
/// position, with the place of its first word among `words`. The words are not read
/// again from the text.
pub fn find_cues_in_words(
    words: &[Word],
    index: &Cues<'_>,
    on_match: &mut dyn FnMut(usize, CueMatch),
) {
    for_each_of(words.iter().copied(), |at, first, window| {
        // Behind a `dyn` reference, as in `find_cues_dyn`: the same compiled matcher.
        let mut with_at = |m: CueMatch| on_match(at, m);
        let mut callback: &mut dyn FnMut(CueMatch) = &mut with_at;
        match_at(index, first, window, &mut callback);
    });
}

/// [`find_cues_in_two`] with a third index (when given), searched after the second at
/// each word: still one pass of the words. `words`, when given, are `text`'s words split
/// before (a sentence's [`crate::text::sentence_words::SentenceWords`]): they are read instead of
/// splitting `text` again.
pub fn find_cues_in_three(
    text: &str,
    base: usize,
    words: Option<&[Word]>,
    (first_index, on_first): (Cues<'_>, &mut dyn FnMut(CueMatch)),
    second: Option<(Cues<'_>, &mut dyn FnMut(CueMatch))>,
    third: Option<(Cues<'_>, &mut dyn FnMut(CueMatch))>,
) {
    if second.is_none() && third.is_none() {
        return find_cues_dyn(WordSource::new(text, base, words), &first_index, on_first);
    }
    let mut on_first = on_first;
    let mut second = second;
    let mut third = third;
    for_each_word(WordSource::new(text, base, words), |word, window| {
        match_at(&first_index, word, window, &mut on_first);
        // (The same compiled matcher for the three: its callback is a `&mut dyn`.)
        if let Some((index, on_match)) = second.as_mut() {
            match_at(index, word, window, on_match);
        }
        if let Some((index, on_match)) = third.as_mut() {
            match_at(index, word, window, on_match);
        }
    });
}

/// Calls `f` with each word that fits [`crate::limits::MAX_WORD_BYTES`] and the look-ahead
/// window starting at it.
fn for_each_word(words: WordSource<'_>, mut f: impl FnMut(&Word, &Window)) {
    for_each_of(words, |_, w, window| f(w, window));
}

/// [`for_each_word`] over the words `words`; `f` also gets the word's place among them.
fn for_each_of(mut words: impl Iterator<Item = Word>, mut f: impl FnMut(usize, &Word, &Window)) {
    let mut at = 0usize;
    let mut ring = [Word::EMPTY; MAX_PHRASE_WORDS];
    let mut window = Window {
        ring: &mut ring,
        head: 0,
        len: 0,
    };
    while window.len < MAX_PHRASE_WORDS {
        match words.next() {
            Some(w) => window.push(&w),
            None => break,
        }
    }
    while let Some(first) = window.get(0) {
        if !first.too_long() {
            f(at, first, &window);
        }
        at = at.saturating_add(1);
        window.pop();
        if let Some(w) = words.next().as_ref() {
            window.push(w);
        }
    }
}

/// The phrases of a list whose first word is a suffix stem `*abc` (they sort first,
/// `table[..end]`), the set of bytes that follow their `*` (a suffix of a word that
/// starts with any other byte is skipped without a search) and the set of their last two
/// bytes (a word that ends otherwise fits no stem: its suffixes are not searched). Found
/// once per decoded index ([`PackedIndex::decode`]; the block is small: a few suffix
/// stems per language).
#[derive(Debug)]
struct SuffixStems {
    end: usize,
    /// Bit `b % 64` of word `b / 64`: some stem's byte after the `*` is `b`.
    first_bytes: [u64; 4],
    /// Bit [`SuffixStems::pair_bit`] of the last two bytes of each stem's text.
    last_pairs: [u64; 4],
}

impl SuffixStems {
    /// No suffix stem.
    const NONE: SuffixStems = SuffixStems {
        end: 0,
        first_bytes: [0; 4],
        last_pairs: [0; 4],
    };

    fn of<L: CueList>(table: &L) -> SuffixStems {
        let mut stems = SuffixStems::NONE;
        if table.phrase_byte(0, 0) == Some(b'*') {
            stems.end = partition(0, table.len(), |i| table.phrase_byte(i, 0) == Some(b'*'));
        }
        for i in 0..stems.end {
            if let Some(b) = table.phrase_byte(i, 1) {
                set_bit(&mut stems.first_bytes, b);
            }
            // The stem's text ends at the first word's end (a stem `*abc` has no `*` at
            // its end, and at least three chars).
            let (mut prev, mut last, mut k) = (0u8, 0u8, 1usize);
            while let Some(b) = table.phrase_byte(i, k).filter(|&b| b != b' ') {
                (prev, last) = (last, b);
                k = k.saturating_add(1);
            }
            set_bit(&mut stems.last_pairs, SuffixStems::pair_bit(prev, last));
        }
        stems
    }

    /// The bit of a pair of last bytes in [`SuffixStems::last_pairs`] (pairs may share
    /// one).
    fn pair_bit(prev: u8, last: u8) -> u8 {
        last.wrapping_mul(8) ^ prev
    }

    /// Whether some suffix stem's text starts with byte `b`.
    fn may_start_with(&self, b: u8) -> bool {
        has_bit(&self.first_bytes, b)
    }

    /// Whether some suffix stem's text may end with the bytes `prev`, `last`.
    fn may_end_with(&self, prev: u8, last: u8) -> bool {
        has_bit(&self.last_pairs, SuffixStems::pair_bit(prev, last))
    }
}

/// Sets bit `b % 64` of word `b / 64` of a 256-bit set.
fn set_bit(set: &mut [u64; 4], b: u8) {
    if let Some(bits) = set.get_mut(usize::from(b >> 6)) {
        *bits |= 1u64 << (b & 63);
    }
}

/// Whether bit `b % 64` of word `b / 64` of a 256-bit set is set.
fn has_bit(set: &[u64; 4], b: u8) -> bool {
    set.get(usize::from(b >> 6))
        .is_some_and(|bits| (bits >> (b & 63)) & 1 != 0)
}

/// Whether byte `i` of `bytes` is a char boundary (the end counts as one).
#[inline]
fn is_boundary(bytes: &[u8], i: usize) -> bool {
    bytes.get(i).is_none_or(|&b| (b as i8) >= -0x40)
}

/// Every phrase of `table` that starts at the window's first word, in this order: prefix
/// stems `abc*` by increasing stem length, then phrases whose first word is the word, then
/// suffix stems `*abc` by decreasing suffix length (each group in table order).
///
/// The search starts from [`CueList::first_range`]: the phrases that start with the
/// word's first byte or two.
fn match_at<L: CueList, F: FnMut(CueMatch)>(
    table: &L,
    first: &Word,
    window: &Window,
    on_match: &mut F,
) {
    let bytes = first.bytes();
    // Exact first word and prefix stems `abc*`: narrow one byte at a time; at each char
    // boundary with at least three chars, the phrases continuing with `*` are stems.
    // Phrases starting with `*` never share a first byte with a word: narrowing skips them.
    // Once one phrase is left, it is checked on its own.
    let (mut lo, mut hi, known) = table.first_range(bytes).unwrap_or((0, table.len(), 0));
    // The bytes before the last known one need no step of their own: the range agrees
    // with them (two known bytes are ASCII letters: the first is a char and a boundary
    // follows it, and no stem is that short).
    let skip = known.saturating_sub(1);
    let mut chars = skip;
    let mut k = skip;
    while let Some(&b) = bytes.get(k) {
        if k >= known {
            // (Here the range holds two phrases or more, sorted by byte `k`: when its
            // first is above `b` or its last below, none has it; when both have it, all
            // do. Two loads instead of a search.)
            crate::work::tick(1);
            let (p, q) = (table.key(lo, k), table.key(hi.wrapping_sub(1), k));
            if p > b || q < b {
                return suffix_stems(table, first, window, on_match);
            }
            // (Else the range's block of `b` starts at its first phrase or ends at its
            // last, or lies inside: one search for each end it does not share.)
            let last = hi.wrapping_sub(1);
            if p != b {
                lo = partition(lo.wrapping_add(1), last, |i| table.key(i, k) < b);
                if q != b {
                    if table.key(lo, k) != b {
                        return suffix_stems(table, first, window, on_match);
                    }
                    hi = partition(lo.wrapping_add(1), last, |i| table.key(i, k) <= b);
                }
            } else if q != b {
                hi = partition(lo.wrapping_add(1), last, |i| table.key(i, k) <= b);
            }
        }
        if lo >= hi {
            return suffix_stems(table, first, window, on_match);
        }
        if lo.wrapping_add(1) == hi {
            emit_one(table, lo, k, chars, first, window, on_match);
            return suffix_stems(table, first, window, on_match);
        }
        let next = k.wrapping_add(1);
        // A char boundary: the next byte does not continue a UTF-8 sequence.
        if is_boundary(bytes, next) {
            chars = chars.wrapping_add(1);
            // (The range is sorted by byte `next`: when its first phrase's byte is
            // above `*` or its last one's below, no phrase continues with `*`.)
            let star = b'*';
            if chars >= 3
                && table.key(lo, next) <= star
                && table.key(hi.wrapping_sub(1), next) >= star
            {
                let (a, z) = narrow(table, lo, hi, next, Some(star), Some(star));
                let stem_len = next.wrapping_add(1);
                emit_matches(table, (a, z), stem_len, first, window, on_match);
            }
        }
        k = next;
    }
    // The whole word: phrases whose first word ends here.
    let (a, z) = ending_at(table, lo, hi, bytes.len());
    emit_matches(table, (a, z), bytes.len(), first, window, on_match);
    suffix_stems(table, first, window, on_match);
}

/// The rest of [`match_at`] once one phrase is left, `table[i]`, which agrees with the
/// word's bytes `..=k` (`chars_before`: the number of char boundaries of the word at bytes
/// `1..=k`): read on until it leaves the word, instead of two binary searches per byte.
/// It fits as a prefix stem at the boundary where it continues with `*`, or whole where
/// its first word ends with the word.
fn emit_one<L: CueList, F: FnMut(CueMatch)>(
    table: &L,
    i: usize,
    k: usize,
    chars_before: usize,
    first: &Word,
    window: &Window,
    on_match: &mut F,
) {
    let bytes = first.bytes();
    let one = (i, i.wrapping_add(1));
    let mut chars = chars_before;
    let mut j = k.wrapping_add(1);
    // Invariant: the phrase's bytes `..j` are the word's.
    loop {
        let p = table.phrase_byte(i, j);
        if is_boundary(bytes, j) {
            chars = chars.wrapping_add(1);
            if chars >= 3 && p == Some(b'*') {
                // A stem of `j` bytes and its `*`.
                return emit_matches(table, one, j.wrapping_add(1), first, window, on_match);
            }
        }
        match bytes.get(j) {
            None => {
                if p.is_none_or(|c| c <= b' ') {
                    emit_matches(table, one, bytes.len(), first, window, on_match);
                }
                return;
            }
            Some(&c) if p == Some(c) => j = j.wrapping_add(1),
            Some(_) => return,
        }
    }
}

/// Phrases whose first word is a suffix stem `*abc` (the block `table[..stems.end]`): for
/// each suffix of the word with at least three chars that starts with a byte some stem
/// starts with, narrow the block byte by byte.
fn suffix_stems<L: CueList, F: FnMut(CueMatch)>(
    table: &L,
    first: &Word,
    window: &Window,
    on_match: &mut F,
) {
    let stems = table.stems();
    let bytes = first.bytes();
    // A fitting stem's text is a suffix of the word of at least three chars: the word
    // ends with the stem's last two bytes.
    let fits_end = matches!(
        bytes.get(bytes.len().saturating_sub(2)..),
        Some(&[prev, last]) if stems.may_end_with(prev, last)
    );
    if stems.end == 0 || !fits_end {
        return;
    }
    let total = (0..bytes.len()).filter(|&i| is_boundary(bytes, i)).count();
    let mut n = 0usize;
    for (i, &first_byte) in bytes.iter().enumerate() {
        if !is_boundary(bytes, i) {
            continue;
        }
        if total.saturating_sub(n) < 3 {
            break;
        }
        n = n.saturating_add(1);
        if !stems.may_start_with(first_byte) {
            continue;
        }
        let (mut lo, mut hi) = (0usize, stems.end);
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
        let (a, z) = ending_at(table, lo, hi, k);
        emit_matches(table, (a, z), k, first, window, on_match);
    }
}

/// Reports each cue of `table[lo..hi]` (whose first word, of `first_word_len` bytes, fits
/// `first`) whose further words fit the window. A phrase whose second word starts with a
/// byte other than `*` and other than the next word's first byte cannot fit: it is passed
/// over without reading its cue.
fn emit_matches<L: CueList, F: FnMut(CueMatch)>(
    table: &L,
    (lo, hi): (usize, usize),
    first_word_len: usize,
    first: &Word,
    window: &Window,
    on_match: &mut F,
) {
    let hi = hi.min(table.len());
    if lo >= hi {
        return;
    }
    // The next word's first byte (`None` for an empty word), if a next word can match.
    let next_first = window
        .get(1)
        .filter(|w| !w.too_long())
        .map(|w| w.bytes().first().copied());
    for i in lo..hi {
        if table.phrase_byte(i, first_word_len) == Some(b' ') {
            let p = table.phrase_byte(i, first_word_len.wrapping_add(1));
            if p != Some(b'*') && next_first != Some(p) {
                continue;
            }
        }
        if let Some((table, cue)) = table.cue(i)
            && let Some(end) = match_rest(&cue, window)
        {
            on_match(CueMatch {
                table,
                cue,
                start: first.start,
                end,
                entry: i,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::elements::Role;

    static TABLE: CueTable = crate::cue_table![
        Signal "*angriff",
        Signal "*daten betroffen",
        Signal "change your password",
        Signal "data",
        Signal "data breach",
        Signal "e mail *adress*",
        Reason "encrypt*",
        Reason "encrypt* data",
        Block "your",
    ];
    static INDEX: PackedIndex<16> = crate::packed_index!([&TABLE]);

    static OTHER: CueTable = crate::cue_table![
        Block "*daten",
        Signal "data",
        Anchor "zzz",
    ];
    static BOTH: PackedIndex<16> = crate::packed_index!([&TABLE, &OTHER]);
    static TABLE_ONLY_OTHER: PackedIndex<16> = crate::packed_index!([&OTHER]);

    fn phrases(text: &str) -> heapless::Vec<(&'static str, usize, usize), 32> {
        let mut v = heapless::Vec::new();
        find_cues_in_packed(text, 0, &INDEX, |m| {
            let _ = v.push((m.cue.phrase, m.start, m.end));
        });
        v
    }

    #[test]
    fn merges_tables_by_phrase_then_table() {
        let entries: heapless::Vec<(usize, Cue), 16> = BOTH.entries().collect();
        let decoded = BOTH.decode();
        let by_position: heapless::Vec<(usize, Cue), 16> = (0..BOTH.len())
            .filter_map(|i| decoded.cues().get(i))
            .collect();
        assert_eq!(by_position, entries);
        assert_eq!(entries.len(), TABLE.len() + OTHER.len());
        assert_eq!(
            entries.first(),
            Some(&(0, Cue::new("*angriff", Role::Signal)))
        );
        assert_eq!(entries.get(1), Some(&(1, Cue::new("*daten", Role::Block))));
        assert_eq!(entries.get(4), Some(&(0, Cue::new("data", Role::Signal))));
        assert_eq!(entries.get(5), Some(&(1, Cue::new("data", Role::Signal))));
        assert_eq!(entries.last(), Some(&(1, Cue::new("zzz", Role::Anchor))));
        let mut found: heapless::Vec<(usize, &str), 8> = heapless::Vec::new();
        find_cues_in_packed("Kundendaten: data", 0, &BOTH, |m| {
            let _ = found.push((m.table, m.cue.phrase));
        });
        assert_eq!(&found[..], &[(1, "*daten"), (0, "data"), (1, "data")]);
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
    fn a_pair_directory_finds_the_same_matches() {
        let text = "The data breach: encrypted data, e-mail-Adressen. Change your password; \
                    Kundendaten betroffen, ein Hackerangriff. Données: dataset 42 a zzz!";
        let all = |cues: Cues<'_>| {
            let mut v: heapless::Vec<CueMatch, 32> = heapless::Vec::new();
            find_cues(text, 0, cues, |m| {
                let _ = v.push(m);
            });
            v
        };
        for index in [&INDEX, &BOTH] {
            let decoded = index.decode();
            let plain = all(decoded.cues());
            assert!(plain.len() > 5);
            let mut pairs = PairDirectory::empty();
            pairs.build(&decoded.cues());
            assert_eq!(all(decoded.cues().with_pairs(&pairs)), plain);
        }
        // A directory of another index: fewer matches, no panic.
        let (decoded, other) = (BOTH.decode(), TABLE_ONLY_OTHER.decode());
        let mut wrong = PairDirectory::empty();
        wrong.build(&other.cues());
        assert!(all(decoded.cues().with_pairs(&wrong)).len() <= all(decoded.cues()).len());
    }

    #[test]
    fn decodes_line_starts_as_a_byte_scan_does() {
        // Texts of 0 to 40 bytes over bytes near `\n` (and `\x0b` inside lines, never
        // starting one, as the index checks make sure), from a fixed generator.
        let alphabet = [b'a', b'\n', 0x0b, 0x09, 0xc3, b' ', b'*', 0x8a];
        let mut seed = 12345u32;
        for len in 0..=40usize {
            for _ in 0..50 {
                let mut text = [0u8; 40];
                let mut prev = b'a';
                for byte in text.iter_mut().take(len) {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    let pick = alphabet.get((seed >> 16) as usize % alphabet.len());
                    let mut b = pick.copied().unwrap_or(b'a');
                    if prev == b'\n' && b == 0x0b {
                        b = b'a';
                    }
                    *byte = b;
                    prev = b;
                }
                let text = text.get(..len).unwrap_or(&[]);
                let mut offsets = [u16::MAX; 48];
                decode_offsets(text, &mut offsets);
                let mut expected = [u16::MAX; 48];
                let starts = core::iter::once(0).chain(
                    text.iter()
                        .enumerate()
                        .filter(|&(_, &b)| b == b'\n')
                        .map(|(i, _)| i + 1),
                );
                for (slot, start) in expected.iter_mut().zip(starts) {
                    *slot = u16::try_from(start).unwrap_or(u16::MAX);
                }
                assert_eq!(offsets, expected, "{text:?}");
            }
        }
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
