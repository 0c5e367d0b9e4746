//! Packed word lists: a set of normalised words, optionally each with a number, stored as
//! one text and searched without allocation.
//!
//! A [`WordList`] is one `&'static str` of lines `word\n` or `word=value\n`, sorted by word
//! in byte order, without duplicates. A `&[&str]` of the same words costs eight more bytes
//! per word on wasm32 (a pointer and a length), a `&[(&str, u64)]` sixteen; the packed text
//! costs one byte (`\n`) plus the digits of the value.
//!
//! Lists are written with two macros that check them at compile time (a list that is
//! unsorted, holds a duplicate or a word that is not lowercase ASCII letters and digits —
//! the folded cue form of [`crate::elements::cue`] for the supported languages — fails the
//! build):
//! - `word_list!["about", "after", …]`: plain words, written in sorted order;
//! - `value_list![1 => "january" "jan", 2 => "february" "feb", …]`: rows of a value and its
//!   words, in any order; the words are sorted into the text at compile time.
//!
//! Lookups ([`WordList::contains`], [`WordList::value`]) are a binary search over the
//! text's bytes: the line around the middle of the range is compared and the range halved,
//! so a lookup reads `O(log n)` lines. A [`WordFilter`] (512 hash bits of the words of some
//! lists, built at compile time) rejects most absent words before any lookup; language
//! detection, which looks every word up in twelve lists, uses one per language.

use core::cmp::Ordering;

/// A packed, sorted word list (see the module docs); written with `word_list!` or
/// `value_list!`.
#[derive(Debug, Clone, Copy)]
pub struct WordList {
    text: &'static str,
}

impl WordList {
    /// A list from its packed text. Use `word_list!` or `value_list!`, which check the
    /// text at compile time; lookups in an unsorted text may miss words (but never panic).
    pub const fn from_text(text: &'static str) -> WordList {
        WordList { text }
    }

    /// The packed text: lines `word\n` or `word=value\n`, sorted by word.
    pub const fn as_text(&self) -> &'static str {
        self.text
    }

    /// The number of words.
    pub fn len(&self) -> usize {
        self.text.bytes().filter(|&b| b == b'\n').count()
    }

    /// Whether the list has no word.
    pub const fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Whether `word` is in the list (exact, byte-wise comparison).
    pub fn contains(&self, word: &str) -> bool {
        self.line_of(word.as_bytes(), false).is_some()
    }

    /// Whether `word` is in the list, ignoring ASCII case (`Uhr` finds `uhr`).
    pub fn contains_ignore_ascii_case(&self, word: &str) -> bool {
        self.line_of(word.as_bytes(), true).is_some()
    }

    /// The value of `word`, or `None` when `word` is not in the list or has no value.
    pub fn value(&self, word: &str) -> Option<u64> {
        let line = self.line_of(word.as_bytes(), false)?;
        parse_value(line.get(word.len()..)?)
    }

    /// Every word and its value, in sorted order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, Option<u64>)> + use<> {
        let text: &'static str = self.text;
        text.split_terminator('\n').map(|line| {
            let word = line.split('=').next().unwrap_or(line);
            (
                word,
                parse_value(line.get(word.len()..).unwrap_or("").as_bytes()),
            )
        })
    }

    /// Every word, in sorted order.
    pub fn words(&self) -> impl Iterator<Item = &'static str> + use<> {
        self.iter().map(|(word, _)| word)
    }

    /// The line (without its `\n`) whose word is `word` (lowercased first when `fold`), by
    /// binary search over the text's bytes.
    fn line_of(&self, word: &[u8], fold: bool) -> Option<&'static [u8]> {
        let text: &'static [u8] = self.text.as_bytes();
        // `lo` is always a line start, `hi` a line start or the end of the text.
        let (mut lo, mut hi) = (0usize, text.len());
        while lo < hi {
            // The line around the middle of the range.
            let mid = lo + (hi - lo) / 2;
            let start = text
                .get(lo..mid)?
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(lo, |p| lo + p + 1);
            // Compare its word (up to `=` or `\n`) with `word`, byte by byte.
            let mut i = 0;
            let order = loop {
                let k = text
                    .get(start + i)
                    .copied()
                    .filter(|&b| b != b'\n' && b != b'=');
                let w = word
                    .get(i)
                    .map(|&b| if fold { b.to_ascii_lowercase() } else { b });
                match (k, w) {
                    (None, None) => break Ordering::Equal,
                    (None, Some(_)) => break Ordering::Less,
                    (Some(_), None) => break Ordering::Greater,
                    (Some(k), Some(w)) if k != w => break k.cmp(&w),
                    _ => i += 1,
                }
            };
            if order == Ordering::Greater {
                hi = start;
                continue;
            }
            let mut end = start + i;
            while text.get(end).is_some_and(|&b| b != b'\n') {
                end += 1;
            }
            if order == Ordering::Equal {
                return text.get(start..end);
            }
            lo = end + 1;
        }
        None
    }
}

/// A set of hash bits of the words of some [`WordList`]s, built at compile time: a word
/// whose bit is not set is in none of the lists, so most lookups of absent words stop
/// after hashing the word once ([`WordFilter::may_contain`]). Costs 64 bytes.
#[derive(Debug, Clone, Copy)]
pub struct WordFilter {
    bits: [u64; 8],
}

impl WordFilter {
    /// The filter of the words of `lists`.
    #[allow(
        clippy::indexing_slicing,
        reason = "evaluated at compile time only (in a `const`): an out-of-range index fails \
                  the build; the bit index is below 512 by construction"
    )]
    pub const fn new(lists: &[WordList]) -> WordFilter {
        let mut bits = [0u64; 8];
        let mut l = 0;
        while l < lists.len() {
            let text = lists[l].text.as_bytes();
            let mut i = 0;
            while i < text.len() {
                let mut hash = WordHash::START;
                while text[i] != b'\n' && text[i] != b'=' {
                    hash = hash.add(text[i]);
                    i += 1;
                }
                let bit = hash.bit();
                bits[bit / 64] |= 1 << (bit % 64);
                while text[i] != b'\n' {
                    i += 1;
                }
                i += 1;
            }
            l += 1;
        }
        WordFilter { bits }
    }

    /// Whether the word hashed to `hash` may be in the lists (`false`: certainly not).
    pub fn may_contain(&self, hash: WordHash) -> bool {
        let bit = hash.bit();
        self.bits
            .get(bit / 64)
            .is_some_and(|b| b & (1 << (bit % 64)) != 0)
    }
}

/// The hash of a word for [`WordFilter`] (32-bit FNV-1a of its bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordHash(u32);

impl WordHash {
    const START: WordHash = WordHash(0x811c_9dc5);

    /// The hash of `word`.
    pub fn of(word: &str) -> WordHash {
        word.bytes().fold(WordHash::START, WordHash::add)
    }

    /// The hash after one more byte.
    const fn add(self, b: u8) -> WordHash {
        WordHash((self.0 ^ b as u32).wrapping_mul(0x0100_0193))
    }

    /// The filter bit (0–511): the hash's top nine bits.
    const fn bit(self) -> usize {
        (self.0 >> 23) as usize
    }
}

/// The value after a word in its line: `=` and decimal digits; `None` without them.
fn parse_value(rest: &[u8]) -> Option<u64> {
    let (&b'=', digits) = rest.split_first()? else {
        return None;
    };
    // At most 19 digits: below `u64::MAX`, so the arithmetic cannot overflow.
    if digits.is_empty() || digits.len() > 19 {
        return None;
    }
    let mut value = 0u64;
    for &b in digits {
        if !b.is_ascii_digit() {
            return None;
        }
        value = value * 10 + u64::from(b - b'0');
    }
    Some(value)
}

/// Whether `b` may occur in a listed word: a lowercase ASCII letter or a digit.
const fn is_word_byte(b: u8) -> bool {
    b.is_ascii_lowercase() || b.is_ascii_digit()
}

/// Byte order of two words, at compile time: `a < b`.
#[allow(
    clippy::indexing_slicing,
    reason = "evaluated at compile time only: an out-of-range index fails the build"
)]
const fn less(a: &[u8], b: &[u8]) -> bool {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
        i += 1;
    }
    a.len() < b.len()
}

/// Checks one word at compile time: not empty, only [`is_word_byte`] bytes.
#[allow(
    clippy::indexing_slicing,
    clippy::panic,
    reason = "evaluated at compile time only: a failed check fails the build"
)]
const fn check_word(word: &[u8]) {
    assert!(!word.is_empty(), "word list: empty word");
    let mut i = 0;
    while i < word.len() {
        assert!(
            is_word_byte(word[i]),
            "word list: a word is not lowercase ASCII letters and digits"
        );
        i += 1;
    }
}

/// Checks a `word_list!` at compile time (in a `const`): every word normalised (lowercase
/// ASCII letters and digits only, not empty), the words strictly increasing in byte order.
#[allow(
    clippy::indexing_slicing,
    clippy::panic,
    reason = "evaluated at compile time only: an out-of-range index or a failed check fails \
              the build"
)]
pub const fn check_sorted(words: &[&str]) {
    let mut i = 0;
    while i < words.len() {
        check_word(words[i].as_bytes());
        if i > 0 {
            assert!(
                less(words[i - 1].as_bytes(), words[i].as_bytes()),
                "word list: words not sorted or duplicated"
            );
        }
        i += 1;
    }
}

/// The number of decimal digits of `v`.
const fn digit_count(mut v: u64) -> usize {
    let mut n = 1;
    while v >= 10 {
        v /= 10;
        n += 1;
    }
    n
}

/// The length of the packed text of `value_list!` rows: `word=value\n` per word.
#[allow(
    clippy::indexing_slicing,
    reason = "evaluated at compile time only: an out-of-range index fails the build"
)]
pub const fn packed_len(rows: &[(u64, &[&str])]) -> usize {
    let mut len = 0;
    let mut r = 0;
    while r < rows.len() {
        let (value, words) = rows[r];
        let mut w = 0;
        while w < words.len() {
            len += words[w].len() + 1 + digit_count(value) + 1;
            w += 1;
        }
        r += 1;
    }
    len
}

/// Packs `value_list!` rows at compile time into the sorted text of a [`WordList`]
/// (`N` = [`packed_len`]): every word checked as in [`check_sorted`], no word twice.
#[allow(
    clippy::indexing_slicing,
    clippy::panic,
    reason = "evaluated at compile time only: an out-of-range index or a failed check fails \
              the build"
)]
pub const fn pack<const N: usize>(rows: &[(u64, &[&str])]) -> [u8; N] {
    let mut out = [0u8; N];
    let mut pos = 0;
    // Selection: emit the smallest word above the last one emitted, until none is left.
    let mut last: &[u8] = &[];
    let mut first = true;
    loop {
        let mut best: Option<(&[u8], u64)> = None;
        let mut r = 0;
        while r < rows.len() {
            let (value, words) = rows[r];
            let mut w = 0;
            while w < words.len() {
                let word = words[w].as_bytes();
                if first {
                    check_word(word);
                }
                let above = first || less(last, word);
                let better = match best {
                    None => true,
                    Some((b, _)) => less(word, b),
                };
                if above && better {
                    best = Some((word, value));
                }
                w += 1;
            }
            r += 1;
        }
        first = false;
        let Some((word, value)) = best else {
            break;
        };
        let mut i = 0;
        while i < word.len() {
            out[pos] = word[i];
            pos += 1;
            i += 1;
        }
        out[pos] = b'=';
        pos += 1;
        let digits = digit_count(value);
        let mut d = digits;
        let mut v = value;
        while d > 0 {
            out[pos + d - 1] = b'0' + (v % 10) as u8;
            v /= 10;
            d -= 1;
        }
        pos += digits;
        out[pos] = b'\n';
        pos += 1;
        last = word;
    }
    // A duplicate is emitted once, so the text falls short of its computed length.
    assert!(pos == N, "value list: a word is listed twice");
    out
}

/// The packed bytes of `value_list!` as text, at compile time.
#[allow(
    clippy::panic,
    reason = "evaluated at compile time only: invalid UTF-8 fails the build"
)]
pub const fn packed_text(bytes: &'static [u8]) -> &'static str {
    match core::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => panic!("value list: not UTF-8"),
    }
}

/// A [`WordList`] of plain words, written in sorted order: `word_list!["a", "b"]`. An
/// unsorted list, a duplicate or a word that is not lowercase ASCII letters and digits
/// fails the build.
macro_rules! word_list {
    ($($word:literal),* $(,)?) => {{
        const _: () = $crate::text::word_list::check_sorted(&[$($word),*]);
        $crate::text::word_list::WordList::from_text(concat!($($word, "\n"),*))
    }};
}
pub(crate) use word_list;

/// A [`WordList`] with a value per word, written as rows of a value and its words in any
/// order: `value_list![1 => "january" "jan", 2 => "february" "feb"]`. The words are sorted
/// into the text at compile time; a duplicate or a word that is not lowercase ASCII letters
/// and digits fails the build.
macro_rules! value_list {
    ($($value:literal => $($word:literal)+),* $(,)?) => {{
        const ROWS: &[(u64, &[&str])] = &[$(($value, &[$($word),+])),*];
        const LEN: usize = $crate::text::word_list::packed_len(ROWS);
        const BYTES: [u8; LEN] = $crate::text::word_list::pack::<LEN>(ROWS);
        const TEXT: &str = $crate::text::word_list::packed_text(&BYTES);
        $crate::text::word_list::WordList::from_text(TEXT)
    }};
}
pub(crate) use value_list;

#[cfg(test)]
mod tests {
    use super::*;

    const PLAIN: WordList = word_list!["a", "ab", "abc", "b", "ba", "z"];
    const VALUES: WordList = value_list![
        12 => "dozen" "dozens",
        1_000_000_000 => "billion" "bn",
        3 => "several",
        1 => "a",
    ];

    #[test]
    fn plain_lists_find_every_word_and_nothing_else() {
        for w in ["a", "ab", "abc", "b", "ba", "z"] {
            assert!(PLAIN.contains(w), "{w}");
            assert_eq!(PLAIN.value(w), None);
        }
        for w in ["", "aa", "abcd", "bb", "c", "zz", "0", "a\n", "a=1", "\n"] {
            assert!(!PLAIN.contains(w), "{w:?}");
        }
        assert_eq!(PLAIN.len(), 6);
        assert!(PLAIN.contains_ignore_ascii_case("Ab") && PLAIN.contains_ignore_ascii_case("BA"));
        assert!(!PLAIN.contains_ignore_ascii_case("Abd") && !PLAIN.contains("Ab"));
        assert!(!PLAIN.is_empty());
        assert_eq!(PLAIN.as_text(), "a\nab\nabc\nb\nba\nz\n");
    }

    #[test]
    fn value_lists_are_sorted_at_compile_time() {
        assert_eq!(
            VALUES.as_text(),
            "a=1\nbillion=1000000000\nbn=1000000000\ndozen=12\ndozens=12\nseveral=3\n"
        );
        assert_eq!(VALUES.value("dozen"), Some(12));
        assert_eq!(VALUES.value("dozens"), Some(12));
        assert_eq!(VALUES.value("bn"), Some(1_000_000_000));
        assert_eq!(VALUES.value("a"), Some(1));
        assert_eq!(VALUES.value("doz"), None);
        assert_eq!(VALUES.value("dozen=12"), None);
        assert!(VALUES.contains("several") && !VALUES.contains("sever"));
        let all: heapless::Vec<(&str, Option<u64>), 8> = VALUES.iter().collect();
        assert_eq!(all.len(), 6);
        assert_eq!(all.first(), Some(&("a", Some(1))));
    }

    #[test]
    fn filters_pass_every_listed_word() {
        const FILTER: WordFilter = WordFilter::new(&[PLAIN, VALUES]);
        for w in PLAIN.words().chain(VALUES.words()) {
            assert!(FILTER.may_contain(WordHash::of(w)), "{w}");
        }
        let rejected = ["c", "d", "e", "f", "g", "xyz", "million", "hello"]
            .iter()
            .filter(|w| !FILTER.may_contain(WordHash::of(w)))
            .count();
        assert!(rejected >= 6, "{rejected}");
    }

    #[test]
    fn empty_lists_find_nothing() {
        const EMPTY: WordList = word_list![];
        assert!(EMPTY.is_empty() && !EMPTY.contains("") && !EMPTY.contains("a"));
        assert_eq!(EMPTY.len(), 0);
    }
}
