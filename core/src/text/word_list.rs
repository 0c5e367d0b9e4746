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
//! so a lookup reads `O(log n)` lines. A 64-bit mask of the words' first, second and last
//! bytes and lengths and a 64-bit Bloom filter of the whole words (one bit of each word's
//! FNV-1a hash), computed with the text at compile time, reject most absent words before
//! any search.

use core::cmp::Ordering;

/// Longest word of a list written with `word_list!` or `value_list!` (checked at compile
/// time), in bytes: a case-insensitive lookup lowercases the word into a buffer of this
/// size; a longer word is in no list. A bound on the lists, not on the input.
pub const MAX_LISTED_WORD_LEN: usize = 64;

/// A packed, sorted word list (see the module docs); written with `word_list!` or
/// `value_list!`.
///
/// Besides the text it keeps a 64-bit mask, computed with the list (at compile time for
/// the macros), of four 16-bit parts: the first bytes of its words (bit `byte & 15`, the
/// same for both ASCII cases), their lengths (bit `16 + len.min(15)`), their last bytes
/// (bit `32 + (byte & 15)`) and their second bytes (bit `48 + (byte & 15)`; a word of one
/// byte: `48`). A word with a part whose bit is not set is rejected before the binary
/// search (every listed word's bits are set, so none is ever rejected).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordList {
    text: &'static str,
    mask: u64,
    /// A 256-bit Bloom filter of the whole words: bit [`bloom_bit`] of each listed word is
    /// set, so a word whose bit is clear is absent (a second quick reject, after the mask,
    /// for the words the mask lets through: a common word shares its first, second and
    /// last bytes and its length with some listed word far more often than its hash).
    bloom: [u64; BLOOM_WORDS],
}

/// The `u64`s of [`WordList`]'s Bloom filter (8 bytes of flash per list each: a firmware
/// links some forty lists).
const BLOOM_WORDS: usize = 1;

/// The FNV-1a hash of a word's bytes, as [`WordList`]'s Bloom filter takes it.
const FNV_OFFSET: u32 = 0x811c_9dc5;

/// One step of that hash.
const fn fnv_step(h: u32, b: u8) -> u32 {
    (h ^ b as u32).wrapping_mul(0x0100_0193)
}

/// The bit of a word whose hash is `h` in [`WordList`]'s Bloom filter: its top bits.
const fn bloom_bit(h: u32) -> u32 {
    (h >> 24) % (64 * BLOOM_WORDS as u32)
}

/// Whether bit `bit` of a Bloom filter is set.
fn has_bloom_bit(set: &[u64; BLOOM_WORDS], bit: u32) -> bool {
    set.get(usize::try_from(bit >> 6).unwrap_or(usize::MAX))
        .is_some_and(|w| (w >> (bit & 63)) & 1 != 0)
}

/// The bits of a word in [`WordList`]'s mask: of its `first`, `second` and `last` bytes
/// and its length `len` (`b'A'` and `b'a'` share one; every length from 15 up shares
/// one). `second` is 0 for a word of one byte.
const fn mask_bits(first: u8, second: u8, last: u8, len: usize) -> u64 {
    (1 << (first & 15))
        | (1 << (16 + if len < 15 { len } else { 15 }))
        | (1 << (32 + (last & 15)))
        | (1 << (48 + (second & 15)))
}

impl WordList {
    /// A list from its packed text. Use `word_list!` or `value_list!`, which check the
    /// text at compile time; lookups in an unsorted text may miss words (but never panic).
    #[allow(
        clippy::indexing_slicing,
        reason = "the Bloom filter's index is checked against its length just before"
    )]
    pub const fn from_text(text: &'static str) -> WordList {
        let mut mask = 0u64;
        let mut bloom = [0u64; BLOOM_WORDS];
        let mut hash = FNV_OFFSET;
        let mut rest = text.as_bytes();
        // Per line: the word's first, second and last bytes and its length (up to `=` or
        // `\n`).
        let (mut first, mut second, mut last) = (0u8, 0u8, 0u8);
        let (mut len, mut in_word) = (0usize, true);
        while let [b, tail @ ..] = rest {
            if *b == b'\n' {
                mask |= mask_bits(first, second, last, len);
                let (bit, one) = (bloom_bit(hash), 1u64 << (bloom_bit(hash) & 63));
                let at = (bit >> 6) as usize;
                if at < BLOOM_WORDS {
                    bloom[at] |= one;
                }
                (second, len, in_word, hash) = (0, 0, true, FNV_OFFSET);
            } else if *b == b'=' {
                in_word = false;
            } else if in_word {
                if len == 0 {
                    first = *b;
                } else if len == 1 {
                    second = *b;
                }
                last = *b;
                len += 1;
                hash = fnv_step(hash, *b);
            }
            rest = tail;
        }
        WordList { text, mask, bloom }
    }

    /// A list from its packed text without the quick reject (every word passes to the
    /// search): for a part of a list whose words are filtered before (the detection
    /// words' groups, `lang::detect`), made at run time without reading the text.
    pub(crate) const fn unfiltered(text: &'static str) -> WordList {
        WordList {
            text,
            mask: u64::MAX,
            bloom: [u64::MAX; BLOOM_WORDS],
        }
    }

    /// [`WordList::value`] without the quick reject: the search alone.
    pub(crate) fn value_unfiltered(&self, word: &[u8]) -> Option<u64> {
        let line = self.search(word)?;
        parse_value(line.get(word.len()..)?)
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

    /// Whether `word` (a `&str`, or its bytes) is in the list (exact, byte-wise
    /// comparison).
    pub fn contains(&self, word: impl AsRef<[u8]>) -> bool {
        self.line_of(word.as_ref()).is_some()
    }

    /// Whether `word` is in the list, ignoring ASCII case (`Uhr` finds `uhr`).
    pub fn contains_ignore_ascii_case(&self, word: &str) -> bool {
        let mut lower = [0u8; MAX_LISTED_WORD_LEN];
        // A longer word is in no list (checked when the list is built).
        let Some(lower) = lower.get_mut(..word.len()) else {
            return false;
        };
        for (l, b) in lower.iter_mut().zip(word.bytes()) {
            *l = b.to_ascii_lowercase();
        }
        self.line_of(lower).is_some()
    }

    /// The value of `word` (a `&str`, or its bytes), or `None` when `word` is not in the
    /// list or has no value.
    pub fn value(&self, word: impl AsRef<[u8]>) -> Option<u64> {
        let word = word.as_ref();
        let line = self.line_of(word)?;
        parse_value(line.get(word.len()..)?)
    }

    /// Every word and its value, in sorted order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, Option<u64>)> + use<> {
        let text: &'static str = self.text;
        text.split_terminator('\n').map(|line| {
            let word = line
                .bytes()
                .position(|b| b == b'=')
                .and_then(|i| line.get(..i))
                .unwrap_or(line);
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

    /// The line (without its `\n`) whose word is `word`, by binary search over the text's
    /// bytes.
    fn line_of(&self, word: &[u8]) -> Option<&'static [u8]> {
        // Quick reject: no listed word has this first, second or last byte or this length.
        let (&first, &last) = (word.first()?, word.last()?);
        let second = word.get(1).copied().unwrap_or(0);
        if mask_bits(first, second, last, word.len()) & !self.mask != 0 {
            return None;
        }
        let hash = word.iter().fold(FNV_OFFSET, |h, &b| fnv_step(h, b));
        if !has_bloom_bit(&self.bloom, bloom_bit(hash)) {
            return None;
        }
        self.search(word)
    }

    /// The line (without its `\n`) whose word is `word`, by binary search over the text's
    /// bytes (no quick reject).
    fn search(&self, word: &[u8]) -> Option<&'static [u8]> {
        let text: &'static [u8] = self.text.as_bytes();
        // `lo` is always a line start, `hi` a line start or the end of the text.
        let (mut lo, mut hi) = (0usize, text.len());
        while lo < hi {
            // The start of the line around the middle of the range.
            let mut start = lo + (hi - lo) / 2;
            while start > lo && text.get(start - 1).is_some_and(|&b| b != b'\n') {
                start -= 1;
            }
            // Compare its word (up to `=` or `\n`) with `word`, byte by byte: the first
            // difference, `None` at either word's end. (A `word` holding a separator never
            // compares equal: the bytes before its separator would have to match a whole
            // listed word, which cannot be followed by that same byte.)
            let mut at = start;
            let mut i = 0usize;
            let order = loop {
                let k = text.get(at).copied().filter(|&b| b != b'\n' && b != b'=');
                let w = word.get(i).copied();
                match (k, w) {
                    (Some(k), Some(w)) if k == w => {
                        at += 1;
                        i += 1;
                    }
                    _ => break k.cmp(&w),
                }
            };
            if order == Ordering::Greater {
                hi = start;
                continue;
            }
            // The end of the line (its `\n`).
            while text.get(at).is_some_and(|&b| b != b'\n') {
                at += 1;
            }
            if order == Ordering::Equal {
                return text.get(start..at);
            }
            lo = at + 1;
        }
        None
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
    assert!(
        word.len() <= MAX_LISTED_WORD_LEN,
        "word list: a word is longer than MAX_LISTED_WORD_LEN"
    );
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
#[cfg_attr(
    not(test),
    allow(
        unused_macros,
        reason = "the language data's lists are packed by core/build.rs; kept for Rust-side lists"
    )
)]
macro_rules! value_list {
    ($($value:literal => $($word:literal)+),* $(,)?) => {{
        const ROWS: &[(u64, &[&str])] = &[$(($value, &[$($word),+])),*];
        const LEN: usize = $crate::text::word_list::packed_len(ROWS);
        const BYTES: [u8; LEN] = $crate::text::word_list::pack::<LEN>(ROWS);
        const TEXT: &str = $crate::text::word_list::packed_text(&BYTES);
        $crate::text::word_list::WordList::from_text(TEXT)
    }};
}
#[allow(
    unused_imports,
    reason = "see the macro (its tests use it by textual scope)"
)]
pub(crate) use value_list;

/// The length of the merged text of [`merge`]: `word=value\n` for every word of `lists`.
#[allow(
    clippy::indexing_slicing,
    reason = "evaluated at compile time only: an out-of-range index fails the build"
)]
pub const fn merged_len(lists: &[(u64, WordList)]) -> usize {
    let mut len = 0;
    let mut l = 0;
    while l < lists.len() {
        let (value, list) = lists[l];
        let text = list.text.as_bytes();
        let mut i = 0;
        while i < text.len() {
            if text[i] == b'\n' {
                len += 1 + digit_count(value);
            }
            i += 1;
        }
        len += text.len();
        l += 1;
    }
    len
}

/// Merges plain sorted [`WordList`]s at compile time into the sorted text of one list
/// whose value per word is the value of its list (`N` = [`merged_len`]): a k-way merge,
/// linear in the words. A word in two of the lists (or a list with values) fails the build.
#[allow(
    clippy::indexing_slicing,
    clippy::panic,
    reason = "evaluated at compile time only: an out-of-range index or a failed check fails \
              the build"
)]
pub const fn merge<const N: usize, const K: usize>(lists: &[(u64, WordList); K]) -> [u8; N] {
    let mut out = [0u8; N];
    let mut pos = 0;
    // The start of the next unmerged line of each list.
    let mut cursor = [0usize; K];
    loop {
        // The list whose next word is the smallest.
        let mut best: Option<(usize, &[u8])> = None;
        let mut l = 0;
        while l < K {
            let text = lists[l].1.text.as_bytes();
            if cursor[l] < text.len() {
                let (_, rest) = text.split_at(cursor[l]);
                let mut end = 0;
                while rest[end] != b'\n' {
                    assert!(rest[end] != b'=', "merge: a list has values");
                    end += 1;
                }
                let (word, _) = rest.split_at(end);
                match best {
                    Some((_, b)) if !less(word, b) => {
                        assert!(less(b, word), "merge: a word is in two lists");
                    }
                    _ => best = Some((l, word)),
                }
            }
            l += 1;
        }
        let Some((l, word)) = best else {
            break;
        };
        cursor[l] += word.len() + 1;
        let mut i = 0;
        while i < word.len() {
            out[pos] = word[i];
            pos += 1;
            i += 1;
        }
        out[pos] = b'=';
        pos += 1;
        let value = lists[l].0;
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
    }
    assert!(pos == N, "merge: wrong length");
    out
}

#[cfg(test)]
pub(crate) mod tests {
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

    /// Whether every word of `list` is found, as written and in upper case: the quick
    /// reject (the mask of first, second and last bytes and lengths) never rejects a
    /// listed word.
    pub(crate) fn finds_every_word(list: WordList) -> bool {
        list.words().all(|w| {
            let mut upper: heapless::String<64> = heapless::String::new();
            let fits = upper.push_str(w).is_ok();
            upper.make_ascii_uppercase();
            list.contains(w)
                && list.contains_ignore_ascii_case(w)
                && (!fits || list.contains_ignore_ascii_case(&upper))
        })
    }

    #[test]
    fn quick_reject_never_rejects_a_listed_word() {
        use crate::Lang;
        use crate::derive::{CLAUSE_BREAKS, counts};
        assert!(finds_every_word(PLAIN) && finds_every_word(VALUES));
        assert!(finds_every_word(crate::lang::detect::DETECTION_WORDS));
        for lang in Lang::ALL {
            let d = lang.data();
            let [stop, domain] = lang.detection_lists();
            for list in [
                d.months,
                d.weekdays,
                d.scale_words,
                d.number_words,
                stop,
                domain,
            ] {
                assert!(finds_every_word(list), "{}", lang.as_str());
            }
        }
        for list in [
            CLAUSE_BREAKS,
            counts::REFERENCE_WORDS,
            counts::POPULATION_WORDS,
            counts::QUANTITY_WORDS,
            crate::lang::data::WORDS_PHONE_ANY,
            crate::lang::data::WORDS_PHONE_PREFIXES_ANY,
            crate::lang::data::WORDS_ORDINAL_SUFFIXES_ANY,
            crate::lang::data::WORDS_MONTH_YEAR_LINKS_ANY,
            crate::lang::data::WORDS_YEAR_MARKS_ANY,
        ] {
            assert!(finds_every_word(list));
        }
        // Long words share the top length bit.
        const LONG: WordList = word_list!["abcdefghijklmnopqrstuvwxyz", "b"];
        assert!(finds_every_word(LONG));
        assert!(!LONG.contains("abcdefghijklmnopqrstuvwxy"));
    }

    #[test]
    fn quick_reject_stops_absent_words() {
        // No word starts with `c` or has four letters: both rejected before the search.
        assert!(!PLAIN.contains("c") && !PLAIN.contains("abcd"));
        assert!(!PLAIN.contains_ignore_ascii_case("C") && !PLAIN.contains("é"));
    }

    #[test]
    fn empty_lists_find_nothing() {
        const EMPTY: WordList = word_list![];
        assert!(EMPTY.is_empty() && !EMPTY.contains("") && !EMPTY.contains("a"));
        assert_eq!(EMPTY.len(), 0);
    }
}
