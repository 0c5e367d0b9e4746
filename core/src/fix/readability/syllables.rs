//! Syllables of a written word, per language — the counting each formula was calibrated
//! with: groups of adjacent vowel letters, corrected by the language's spelling rules.
//!
//! The rules are data, not code: the spelling keys of each `core/lang/<xx>/language.txt`
//! (`vowels:`, `hiatus_vowels:`, `silent_endings:`…, format in `core/lang/README.md`),
//! packed by `core/build.rs` into a [`Spelling`] (a language pack carries the same text).
//! A language adds its spelling there, not here. How they are read:
//!
//! - a *vowel group* is a run of adjacent `vowels:` (lowercased); each group is a
//!   syllable;
//! - inside a run, a vowel starts a new group (a *hiatus*) when it and the vowel before
//!   are both `hiatus_vowels:` (Spanish `le-o`), when either is a `hiatus_with_any:`
//!   vowel (Spanish `dí-a`) or when it is a `diaeresis_vowels:` vowel (Dutch `ide-eën`,
//!   Greek `προ-ϊ-όν`); but never inside one of the `diphthongs:` (Portuguese `não`;
//!   Polish `nie`, where the `i` only softens the consonant);
//! - a `syllabic_consonants:` letter between two consonants is a syllable of its own
//!   (Czech `vlk`, `čtvr-tek`);
//! - the second letter of a `silent_letters:` pair is not sounded after the first (French
//!   `qu`, `gu`: `technique`);
//! - a word of two or more groups that ends with a `silent_endings:` pattern and with no
//!   `sounded_endings:` pattern has one syllable less (English `make`, `changed`, but
//!   `table`, `wanted`); in a pattern, `C` stands for any character but a sounded vowel.
//!
//! Every word with a letter has at least one syllable.

use crate::text::normalise::{is_letter, to_lower};

/// The most characters of a `silent_endings:` or `sounded_endings:` pattern (the build
/// refuses a longer one; in a pack, a longer one never matches).
pub const MAX_ENDING: usize = 4;

/// The fields of a spelling text, one per line, in this order.
const FIELDS: usize = 9;
/// `vowels:`, concatenated.
const VOWELS: usize = 0;
/// `hiatus_vowels:`, concatenated.
const HIATUS: usize = 1;
/// `hiatus_with_any:`, concatenated.
const HIATUS_ANY: usize = 2;
/// `diaeresis_vowels:`, concatenated.
const DIAERESIS: usize = 3;
/// `syllabic_consonants:`, concatenated.
const SYLLABIC: usize = 4;
/// `diphthongs:`, pairs separated by spaces.
const DIPHTHONGS: usize = 5;
/// `silent_letters:`, pairs separated by spaces.
const SILENT_LETTERS: usize = 6;
/// `silent_endings:`, patterns separated by spaces.
const SILENT_ENDINGS: usize = 7;
/// `sounded_endings:`, patterns separated by spaces.
const SOUNDED_ENDINGS: usize = 8;

/// The letter sets among the fields (`vowels` to `syllabic_consonants`), which have a
/// bit set each (`Letters`).
const SETS: usize = 5;

/// The spelling rules a language's syllables are counted with: the spelling keys of its
/// `language.txt` as one text of nine lines (`vowels`, `hiatus_vowels`,
/// `hiatus_with_any`, `diaeresis_vowels`, `syllabic_consonants` as their letters run
/// together; `diphthongs`, `silent_letters`, `silent_endings`, `sounded_endings` as
/// their items separated by spaces), written by `core/build.rs` and carried by a
/// language pack as is. The fields and the masks the counting tests are worked out once,
/// when it is made ([`Spelling::from_text`], at compile time for a built-in language).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spelling {
    /// The text.
    text: &'static str,
    /// Its lines.
    fields: [&'static str; FIELDS],
    /// Each letter set, for a quick test.
    sets: [Letters; SETS],
    /// The letters of `silent_letters:` (a quick test before its pairs are read).
    silent_set: Letters,
    /// The ASCII last characters of the silent endings, one bit per code point: a word
    /// that ends otherwise has none (unless `ending_any`).
    ending_last: [u64; 2],
    /// Whether a silent ending ends with `C` or a non-ASCII letter (no quick test).
    ending_any: bool,
}

impl Spelling {
    /// No rule and no vowel: every word with a letter is one syllable (the spelling of a
    /// language whose pack is not registered).
    pub const NONE: Spelling = Spelling {
        text: "\n\n\n\n\n\n\n\n",
        fields: [""; FIELDS],
        sets: [Letters::EMPTY; SETS],
        silent_set: Letters::EMPTY,
        ending_last: [0; 2],
        ending_any: false,
    };

    /// The spelling of `text` (the format: [`Spelling`]), or `None` when it has not
    /// exactly nine lines.
    #[allow(
        clippy::indexing_slicing,
        reason = "every index is checked against its array's length just before"
    )]
    pub const fn from_text(text: &'static str) -> Option<Spelling> {
        let mut out = Spelling {
            text,
            ..Spelling::NONE
        };
        let mut rest = text;
        let mut field = 0;
        loop {
            let bytes = rest.as_bytes();
            let mut i = 0;
            let mut prev = b' ';
            while i < bytes.len() && bytes[i] != b'\n' {
                let b = bytes[i];
                if field == SILENT_ENDINGS && b == b' ' {
                    out.note_ending_end(prev);
                }
                prev = b;
                i += 1;
            }
            if field == SILENT_ENDINGS {
                out.note_ending_end(prev);
            }
            let Some((line, after)) = rest.split_at_checked(i) else {
                return None;
            };
            if field >= FIELDS {
                return None;
            }
            out.fields[field] = line;
            if field < SETS {
                out.sets[field] = Letters::of(line);
            } else if field == SILENT_LETTERS {
                out.silent_set = Letters::of(line);
            }
            field += 1;
            match after.split_at_checked(1) {
                Some((_, next)) if !after.is_empty() => rest = next,
                _ => break,
            }
        }
        if field == FIELDS { Some(out) } else { None }
    }

    /// Notes `last`, the last byte of a silent ending (`b' '`: an empty item).
    #[allow(
        clippy::indexing_slicing,
        reason = "an ASCII byte's 64-bit word is 0 or 1, of two"
    )]
    const fn note_ending_end(&mut self, last: u8) {
        if last == b' ' {
            return;
        }
        if last < 128 && last != b'C' {
            self.ending_last[(last >> 6) as usize] |= 1 << (last & 63);
        } else {
            self.ending_any = true;
        }
    }

    /// The spelling of `text` as [`Spelling::from_text`] reads it, or [`Spelling::NONE`]
    /// (the built-in tables: `core/build.rs` has checked them).
    pub const fn new(text: &'static str) -> Spelling {
        match Spelling::from_text(text) {
            Some(s) => s,
            None => Spelling::NONE,
        }
    }

    /// The text (the format: [`Spelling`]).
    pub const fn as_text(&self) -> &'static str {
        self.text
    }

    /// Field `i` of the text.
    fn field(&self, i: usize) -> &'static str {
        self.fields.get(i).copied().unwrap_or("")
    }

    /// Whether the lowercase `c` is one of the letters of the set `i` (< [`SETS`]).
    #[inline]
    fn has(&self, i: usize, c: char) -> bool {
        match self.sets.get(i) {
            Some(set) => set.has(c, || self.field(i)),
            None => false,
        }
    }

    /// Whether `a` then `b` is one of the pairs of field `i`.
    fn has_pair(&self, i: usize, a: char, b: char) -> bool {
        self.field(i).split_ascii_whitespace().any(|pair| {
            let mut cs = pair.chars();
            cs.next() == Some(a) && cs.next() == Some(b) && cs.next().is_none()
        })
    }

    /// Whether the lowercase `c` is a vowel.
    #[inline]
    pub fn is_vowel(&self, c: char) -> bool {
        self.has(VOWELS, c)
    }

    /// Whether the vowel `c` after the vowel `p` starts a new syllable.
    fn hiatus(&self, p: char, c: char) -> bool {
        let split = (self.has(HIATUS, p) && self.has(HIATUS, c))
            || self.has(HIATUS_ANY, p)
            || self.has(HIATUS_ANY, c)
            || self.has(DIAERESIS, c);
        split && !self.has_pair(DIPHTHONGS, p, c)
    }

    /// Whether `c`, after `before`, is not sounded (a vowel that is not a vowel there).
    fn silent(&self, before: char, c: char) -> bool {
        let field = || self.field(SILENT_LETTERS);
        self.silent_set.has(c, field)
            && self.silent_set.has(before, field)
            && self.has_pair(SILENT_LETTERS, before, c)
    }

    /// Whether the lowercased tail `t` of a word (`'\0'` before its start) ends with the
    /// pattern whose characters, last first, are `pattern`.
    fn ends_with(&self, t: &[char; MAX_ENDING + 1], pattern: impl Iterator<Item = char>) -> bool {
        let mut at = t.len();
        for p in pattern {
            let Some(i) = at.checked_sub(1) else {
                return false;
            };
            at = i;
            let c = t.get(i).copied().unwrap_or('\0');
            let before = i.checked_sub(1).and_then(|b| t.get(b)).copied();
            let ok = if p == 'C' {
                !self.is_vowel(c) || self.silent(before.unwrap_or('\0'), c)
            } else {
                c == p
            };
            if c == '\0' || !ok {
                return false;
            }
        }
        at < t.len()
    }

    /// Whether `word` ends with a silent ending (and with no sounded one).
    fn silent_ending(&self, word: &str) -> bool {
        let Some(&last) = word.as_bytes().last() else {
            return false;
        };
        let last = last.to_ascii_lowercase();
        let bits = self.ending_last.get(usize::from(last >> 6)).copied();
        let may = self.ending_any || bits.is_some_and(|w| (w >> (last & 63)) & 1 == 1);
        if !may {
            return false;
        }
        let t = tail::<{ MAX_ENDING + 1 }>(word);
        self.ends_with_any(SILENT_ENDINGS, &t) && !self.ends_with_any(SOUNDED_ENDINGS, &t)
    }

    /// [`Spelling::silent_ending`] of an ASCII word (its bytes), read from its bytes: the
    /// same patterns, compared without a tail of chars.
    fn silent_ending_ascii(&self, word: &[u8]) -> bool {
        let Some(&last) = word.last() else {
            return false;
        };
        let last = last.to_ascii_lowercase();
        let bits = self.ending_last.get(usize::from(last >> 6)).copied();
        let may = self.ending_any || bits.is_some_and(|w| (w >> (last & 63)) & 1 == 1);
        may && self.ends_with_any_ascii(SILENT_ENDINGS, word)
            && !self.ends_with_any_ascii(SOUNDED_ENDINGS, word)
    }

    /// [`Spelling::ends_with_any`] of an ASCII word (its bytes, not lowercased): whether
    /// it ends with one of the patterns of field `i`.
    fn ends_with_any_ascii(&self, i: usize, word: &[u8]) -> bool {
        let last = word.last().map_or(0, u8::to_ascii_lowercase);
        // (A pattern whose last byte is ASCII and not `C` is compared only when it is the
        // word's last letter.)
        self.field(i)
            .as_bytes()
            .split(u8::is_ascii_whitespace)
            .any(|p| match p.last() {
                Some(&l) if l.is_ascii() && l != b'C' && l != last => false,
                _ => self.ends_with_ascii(word, p),
            })
    }

    /// [`Spelling::ends_with`] of an ASCII word (its bytes) and a pattern (its bytes):
    /// compared over the word's last [`MAX_ENDING`] + 1 chars as that tail, `'\0'` before
    /// the word's start and before the tail's first char (a byte of a non-ASCII pattern
    /// char is never an ASCII letter: such a pattern does not match, as it does not there).
    fn ends_with_ascii(&self, word: &[u8], pattern: &[u8]) -> bool {
        const TAIL: usize = MAX_ENDING + 1;
        let n = pattern.len();
        if n == 0 || n > TAIL || n > word.len() {
            return false;
        }
        let from = word.len() - n;
        let vowels = self.sets.get(VOWELS).map_or([0; 2], |set| set.bits);
        for (k, &p) in pattern.iter().enumerate() {
            let at = from.saturating_add(k);
            let c = word.get(at).map_or(0, u8::to_ascii_lowercase);
            let ok = if p == b'C' {
                // The char before, in the tail (none before its first slot).
                let slot = TAIL - n + k;
                let before = match (slot, at.checked_sub(1)) {
                    (1.., Some(b)) => word.get(b).map_or(0, u8::to_ascii_lowercase),
                    _ => 0,
                };
                !has(&vowels, c) || self.silent(char::from(before), char::from(c))
            } else {
                c == p
            };
            if c == 0 || !ok {
                return false;
            }
        }
        true
    }

    /// Whether the lowercased tail `t` of a word ends with one of the patterns of field
    /// `i` (separated by ASCII whitespace). A pattern whose last character is ASCII and not
    /// `C` is compared only when it is the word's last character.
    fn ends_with_any(&self, i: usize, t: &[char; MAX_ENDING + 1]) -> bool {
        let last = t.last().copied().unwrap_or('\0');
        self.field(i).split_ascii_whitespace().any(|p| {
            let may = match p.as_bytes().last() {
                Some(&l) if l.is_ascii() && l != b'C' => char::from(l) == last,
                _ => true,
            };
            may && self.ends_with(t, p.chars().rev())
        })
    }
}

/// A set of letters: its ASCII ones and those of one block of 128 code points (the block of
/// its first two-byte letter: Greek, or Latin-1's accented letters) tested by bit masks,
/// any other by scanning its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Letters {
    /// One bit per ASCII code point (64-bit words: a 128-bit shift is a library call on
    /// some targets).
    bits: [u64; 2],
    /// The first code point of the block of [`Letters::block_bits`] (a multiple of 128;
    /// 0: no such block, every non-ASCII letter is elsewhere).
    block: u32,
    /// One bit per code point of the block from [`Letters::block`].
    block_bits: [u64; 2],
    /// Whether the set has a non-ASCII letter outside that block.
    wide: bool,
}

impl Letters {
    /// No letter.
    const EMPTY: Letters = Letters {
        bits: [0; 2],
        block: 0,
        block_bits: [0; 2],
        wide: false,
    };

    /// The set of the characters of `text`.
    #[allow(
        clippy::indexing_slicing,
        reason = "an ASCII byte's or a block offset's 64-bit word is 0 or 1, of two"
    )]
    const fn of(text: &str) -> Letters {
        let mut set = Letters::EMPTY;
        let mut rest = text.as_bytes();
        while let [b, tail @ ..] = rest {
            rest = tail;
            if *b < 128 {
                set.bits[(*b >> 6) as usize] |= 1 << (*b & 63);
                continue;
            }
            if *b & 0xC0 == 0x80 {
                continue; // a continuation byte, read with its lead
            }
            // A two-byte letter (U+0080–U+07FF) goes to the block, if it is its block.
            if *b & 0xE0 == 0xC0
                && let [cont, ..] = tail
            {
                let cp = ((*b as u32 & 0x1F) << 6) | (*cont as u32 & 0x3F);
                if set.block == 0 {
                    set.block = cp & !127;
                }
                if cp & !127 == set.block {
                    let off = cp - set.block;
                    set.block_bits[(off >> 6) as usize] |= 1 << (off & 63);
                    continue;
                }
            }
            set.wide = true;
        }
        set
    }

    /// Whether `c` is in the set, whose text is `text()` (asked only for a non-ASCII `c`,
    /// scanned only for one outside the set's block).
    #[inline]
    fn has(&self, c: char, text: impl FnOnce() -> &'static str) -> bool {
        let cp = u32::from(c);
        if cp < 128 {
            let word = self.bits.get((cp >> 6) as usize).copied().unwrap_or(0);
            return (word >> (cp & 63)) & 1 == 1;
        }
        self.has_wide(c, text())
    }

    /// [`Letters::has`] for a non-ASCII `c` (not inlined: one copy of it for the callers).
    #[inline(never)]
    fn has_wide(&self, c: char, text: &str) -> bool {
        let off = u32::from(c).wrapping_sub(self.block);
        if self.block != 0 && off < 128 {
            let word = self
                .block_bits
                .get((off >> 6) as usize)
                .copied()
                .unwrap_or(0);
            return (word >> (off & 63)) & 1 == 1;
        }
        self.wide && text.chars().any(|x| x == c)
    }
}

/// Syllables of `word` (its text as written) with the spelling rules `spelling`; 0 when
/// it has no letter.
pub fn syllables(spelling: &Spelling, word: &str) -> u32 {
    syllables_of(spelling, word, word.is_ascii())
}

/// [`syllables`] of a word whose caller knows whether it is ASCII (`ascii`).
pub(crate) fn syllables_of(spelling: &Spelling, word: &str, ascii: bool) -> u32 {
    // An ASCII word (most words of most notices) is read byte by byte: the same chars,
    // without decoding UTF-8 or the wide case table.
    if ascii && let Some((_, syllables)) = ascii_counts(spelling, word) {
        return syllables;
    }
    let Some(groups) = vowel_groups(spelling, word.chars().map(to_lower)) else {
        return 0;
    };
    less_silent_ending(spelling, word, groups)
}

/// The letters and the [`syllables`] of `word` in one pass of its bytes, or `None` when
/// it is not ASCII (0 syllables without a letter).
pub(crate) fn ascii_counts(spelling: &Spelling, word: &str) -> Option<(u32, u32)> {
    let (letters, mut groups) = vowel_groups_ascii(spelling, word.as_bytes())?;
    if letters == 0 {
        return Some((0, 0));
    }
    if groups > 1 && spelling.silent_ending_ascii(word.as_bytes()) {
        groups -= 1;
    }
    Some((letters, groups.max(1)))
}

/// The syllables of `word`, a word with a letter and `groups` vowel groups: one less
/// with a silent ending, at least one.
fn less_silent_ending(spelling: &Spelling, word: &str, mut groups: u32) -> u32 {
    if groups > 1 && spelling.silent_ending(word) {
        groups -= 1;
    }
    groups.max(1)
}

/// The vowel groups of a word's lowercased chars `chars` (see [`syllables`]), before the
/// silent endings; `None` when it has no letter.
fn vowel_groups(s: &Spelling, chars: impl Iterator<Item = char>) -> Option<u32> {
    let syllabic = !s.field(SYLLABIC).is_empty();
    let silent_letters = !s.field(SILENT_LETTERS).is_empty();
    let mut groups = 0u32;
    let mut prev: Option<char> = None; // the previous char when it was a vowel
    let mut letters = false;
    let mut before = '\0';
    let mut chars = chars.peekable();
    while let Some(c) = chars.next() {
        letters |= is_letter(c);
        // A syllabic consonant between two consonants (Czech `vlk`, `čtvrtek`).
        if syllabic
            && s.has(SYLLABIC, c)
            && is_letter(before)
            && !s.is_vowel(before)
            && chars
                .peek()
                .is_some_and(|&n| is_letter(n) && !s.is_vowel(n))
        {
            groups = groups.saturating_add(1);
            before = c;
            prev = None;
            continue;
        }
        let after = before;
        before = c;
        // A letter that is not a vowel, or a vowel not sounded there (French `qu`).
        if !s.is_vowel(c) || (silent_letters && s.silent(after, c)) {
            prev = None;
            continue;
        }
        let new_group = prev.is_none_or(|p| s.hiatus(p, c));
        groups = groups.saturating_add(u32::from(new_group));
        prev = Some(c);
    }
    letters.then_some(groups)
}

/// [`vowel_groups`] of an ASCII word's bytes (lowercased here), the same counting (each
/// letter set tested by its ASCII bits, without an iterator of chars), with the word's
/// letters counted in the same pass: `(letters, groups)`, or `None` when a byte is not
/// ASCII.
fn vowel_groups_ascii(s: &Spelling, word: &[u8]) -> Option<(u32, u32)> {
    let bits = |i: usize| s.sets.get(i).map_or([0; 2], |set| set.bits);
    let (vowels, syllabic_set) = (bits(VOWELS), bits(SYLLABIC));
    let consonant = |b: u8| b.is_ascii_alphabetic() && !has(&vowels, b);
    let syllabic = !s.field(SYLLABIC).is_empty();
    let silent_letters = !s.field(SILENT_LETTERS).is_empty();
    let mut groups = 0u32;
    let mut prev: Option<u8> = None; // the previous byte when it was a vowel
    let mut letters = 0u32;
    let mut before = 0u8;
    for (i, &b) in word.iter().enumerate() {
        if !b.is_ascii() {
            return None;
        }
        let c = b.to_ascii_lowercase();
        letters = letters.saturating_add(u32::from(c.is_ascii_alphabetic()));
        // A syllabic consonant between two consonants.
        if syllabic
            && has(&syllabic_set, c)
            && consonant(before)
            && word
                .get(i.saturating_add(1))
                .is_some_and(|&n| consonant(n.to_ascii_lowercase()))
        {
            groups = groups.saturating_add(1);
            before = c;
            prev = None;
            continue;
        }
        let after = before;
        before = c;
        if !has(&vowels, c) || (silent_letters && s.silent(char::from(after), char::from(c))) {
            prev = None;
            continue;
        }
        let new_group = prev.is_none_or(|p| s.hiatus(char::from(p), char::from(c)));
        groups = groups.saturating_add(u32::from(new_group));
        prev = Some(c);
    }
    Some((letters, groups))
}

/// Whether the ASCII byte `b` is in the ASCII bits `set` of a [`Letters`].
#[inline(always)]
fn has(set: &[u64; 2], b: u8) -> bool {
    set.get(usize::from((b >> 6) & 1))
        .is_some_and(|w| (w >> (b & 63)) & 1 == 1)
}

/// The last `n` chars of `word`, lowercased, as a small array (`'\0'` before the start).
fn tail<const N: usize>(word: &str) -> [char; N] {
    let mut out = ['\0'; N];
    // The last `N` bytes, when all ASCII, are the last `N` chars (a byte of a wider char
    // is never ASCII): read without decoding UTF-8 backwards.
    let bytes = word.as_bytes();
    let last = bytes.get(bytes.len().saturating_sub(N)..).unwrap_or(&[]);
    if last.is_ascii() {
        for (slot, &b) in out.iter_mut().rev().zip(last.iter().rev()) {
            *slot = char::from(b.to_ascii_lowercase());
        }
        return out;
    }
    for (slot, c) in out.iter_mut().rev().zip(word.chars().rev()) {
        *slot = to_lower(c);
    }
    out
}

#[cfg(test)]
mod tests {
    extern crate std;

    use super::*;
    use crate::lang::Lang;

    /// `word` has `n` syllables in `lang` (by its `language.txt`; a language built without
    /// its feature has its spelling in its pack and is skipped).
    fn check(lang: Lang, word: &str, n: u32) {
        if let Some(t) = crate::lang::tables::builtin(lang) {
            assert_eq!(syllables(&t.spelling, word), n, "{lang:?} {word}");
        }
    }

    /// A set's bit masks (ASCII, and the block of its first two-byte letter) answer as
    /// scanning its text does, for every language's sets and every char up to U+07FF and
    /// a few wider ones; a set whose two-byte letters span two blocks (Romanian ă, ș)
    /// scans for the ones outside its block.
    #[test]
    fn letter_sets_answer_as_their_text() {
        let wide = ['\u{20ac}', '\u{1e9e}', '\u{1f600}', '\u{fb01}'];
        let answers = |text: &'static str| {
            let set = Letters::of(text);
            for c in (0u32..0x800).filter_map(char::from_u32).chain(wide) {
                let want = text.chars().any(|x| x == c);
                assert_eq!(set.has(c, || text), want, "{text:?} {c:?}");
            }
        };
        for text in ["ăâîșțşţ", "αάεέιίϊΐ", "é€ő", ""] {
            answers(text);
        }
        for lang in Lang::ALL {
            if let Some(t) = crate::lang::tables::builtin(lang) {
                (0..FIELDS).for_each(|i| answers(t.spelling.field(i)));
            }
        }
    }

    /// The silent endings of an ASCII word read from its bytes
    /// ([`Spelling::silent_ending_ascii`]) are those read from its tail of chars
    /// ([`Spelling::silent_ending`]): every language's spelling and spellings of our own
    /// (a five-char pattern, a `C` first, silent letters, a non-ASCII pattern, tabs and
    /// double spaces), on every word of up to four chars of a mixed alphabet and many
    /// longer pseudo-random ones.
    #[test]
    fn ascii_endings_are_the_chars_endings() {
        const ALPHABET: &[u8] = b"aeilsdtCcqu'-0XEDS";
        let own = [
            "aeiou\n\n\n\n\n\n\nCe  Ced\tCes Cidat aCe ée\nCle ted\t\tdes",
            "aeiouy\n\n\n\n\n\nqu gu\nCe Ces CCe\nques",
            "aeiouy\n\n\n\n\n\nqu gu\nCates\n",
        ];
        let mut spellings: std::vec::Vec<Spelling> =
            own.iter().filter_map(|t| Spelling::from_text(t)).collect();
        assert_eq!(spellings.len(), own.len());
        for lang in Lang::ALL {
            if let Some(t) = crate::lang::tables::builtin(lang) {
                spellings.push(t.spelling);
            }
        }
        let mut words: std::vec::Vec<std::vec::Vec<u8>> = std::vec::Vec::new();
        for n in 0..=4u32 {
            let count = ALPHABET.len().pow(n);
            for mut k in 0..count {
                let mut w = std::vec::Vec::new();
                for _ in 0..n {
                    w.extend(ALPHABET.get(k % ALPHABET.len()));
                    k /= ALPHABET.len();
                }
                words.push(w);
            }
        }
        for w in ["quates", "Quates", "aquates", "equates", "guCe"] {
            words.push(w.as_bytes().to_vec());
        }
        let mut seed = 0x9e37_79b9_u32;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            let n = 5 + (seed % 6) as usize;
            let w = (0..n)
                .filter_map(|i| {
                    ALPHABET
                        .get((seed.rotate_left(i as u32 * 5) as usize) % ALPHABET.len())
                        .copied()
                })
                .collect();
            words.push(w);
        }
        for s in &spellings {
            for w in &words {
                let text = core::str::from_utf8(w).unwrap_or_default();
                assert_eq!(
                    s.silent_ending_ascii(w),
                    s.silent_ending(text),
                    "{text:?} {:?}",
                    s.as_text()
                );
            }
        }
    }

    /// The ASCII counting ([`vowel_groups_ascii`]) gives what the chars' counting
    /// ([`vowel_groups`]) gives, in every language: every word of up to three letters of
    /// a mixed-case alphabet with digits, and many longer pseudo-random ones.
    #[test]
    fn ascii_counting_is_the_chars_counting() {
        const ALPHABET: &[u8] = b"aeiouybcdfghjklmnpqrstvwxzAEIOUYLRMNQG07";
        let same = |s: &Spelling, word: &[u8]| {
            let chars = word.iter().map(|&b| char::from(b.to_ascii_lowercase()));
            let letters = word.iter().filter(|b| b.is_ascii_alphabetic()).count();
            let ascii = vowel_groups_ascii(s, word)
                .filter(|&(l, _)| usize::try_from(l) == Ok(letters) && l > 0)
                .map(|(_, groups)| groups);
            assert_eq!(
                ascii,
                vowel_groups(s, chars),
                "{:?}",
                core::str::from_utf8(word)
            );
        };
        let mut seed = 0x2545_f491_u32;
        for lang in Lang::ALL {
            let Some(t) = crate::lang::tables::builtin(lang) else {
                continue;
            };
            let s = &t.spelling;
            for &a in ALPHABET {
                same(s, &[a]);
                for &b in ALPHABET {
                    same(s, &[a, b]);
                    for &c in ALPHABET {
                        same(s, &[a, b, c]);
                    }
                }
            }
            for _ in 0..20_000 {
                let mut word = [0u8; 12];
                seed ^= seed << 13;
                seed ^= seed >> 17;
                seed ^= seed << 5;
                let len = 4 + (seed % 9) as usize;
                for b in word.iter_mut().take(len) {
                    seed ^= seed << 13;
                    seed ^= seed >> 17;
                    seed ^= seed << 5;
                    *b = ALPHABET
                        .get(usize::try_from(seed).unwrap_or(0) % ALPHABET.len())
                        .copied()
                        .unwrap_or(b'a');
                }
                same(s, word.get(..len).unwrap_or(&[]));
            }
        }
    }

    /// A malformed spelling text is refused, never a panic; [`Spelling::NONE`] counts one
    /// syllable per word with a letter.
    #[test]
    fn spelling_texts() {
        assert_eq!(Spelling::from_text(""), None);
        assert_eq!(Spelling::from_text("aeiou\n\n\n\n\n\n\n\n\n"), None);
        let s = Spelling::from_text("aeiou\n\n\n\n\n\n\n\n");
        assert_eq!(s.map(|s| syllables(&s, "banana")), Some(3));
        assert_eq!(syllables(&Spelling::NONE, "banana"), 1);
        assert_eq!(syllables(&Spelling::NONE, "2026"), 0);
        // A pattern longer than the tail, or empty, never matches.
        let long = Spelling::new("aeiou\n\n\n\n\n\n\n Cabcde  \n");
        assert_eq!(syllables(&long, "xabcde"), 2);
        let short = Spelling::new("aeiou\n\n\n\n\n\n\nCe\n");
        assert_eq!(syllables(&short, "bane"), 1);
    }

    #[test]
    fn english() {
        for (w, n) in [
            ("data", 2),
            ("make", 1),
            ("table", 2),
            ("changed", 1),
            ("wanted", 2),
            ("changes", 2),
            ("makes", 1),
            ("boxes", 2),
            ("free", 1),
            ("the", 1),
            ("password", 2),
            ("we", 1),
            ("yes", 1),
            ("system", 2),
            ("information", 4),
            ("2026", 0),
        ] {
            check(Lang::En, w, n);
        }
    }

    #[test]
    fn german() {
        for (w, n) in [
            ("Daten", 2),
            ("Passwort", 2),
            ("Kundendaten", 4),
            ("heute", 2),
            ("Fehler", 2),
            ("über", 2),
            ("wir", 1),
        ] {
            check(Lang::De, w, n);
        }
    }

    #[test]
    fn french() {
        for (w, n) in [
            ("données", 2),
            ("mot", 1),
            ("passe", 1),
            ("erreur", 2),
            ("technique", 2),
            ("le", 1),
            ("sécurité", 4),
        ] {
            check(Lang::Fr, w, n);
        }
    }

    #[test]
    fn spanish_and_italian_hiatus() {
        for (w, n) in [
            ("datos", 2),
            ("leo", 2),
            ("día", 2),
            ("cuenta", 2),
            ("seguridad", 4),
            ("contraseña", 4),
        ] {
            check(Lang::Es, w, n);
        }
        for (w, n) in [
            ("dati", 2),
            ("paese", 3),
            ("violazione", 4),
            ("più", 1),
            ("sicurezza", 4),
        ] {
            check(Lang::It, w, n);
        }
    }

    #[test]
    fn portuguese_nasal_diphthongs_and_hiatus() {
        for (w, n) in [
            ("dados", 2),
            ("não", 1),
            ("informação", 4),
            ("mães", 1),
            ("põe", 1),
            ("leão", 2),
            ("poeta", 3),
            ("saída", 3),
            ("segurança", 4),
            ("seus", 1),
            ("senha", 2),
        ] {
            check(Lang::Pt, w, n);
        }
    }

    #[test]
    fn dutch_diaeresis() {
        for (w, n) in [
            ("gegevens", 3),
            ("ideeën", 3),
            ("wachtwoord", 2),
            ("uw", 1),
            ("België", 3),
        ] {
            check(Lang::Nl, w, n);
        }
    }

    #[test]
    fn polish_soft_i() {
        for (w, n) in [
            ("nie", 1),
            ("się", 1),
            ("dane", 2),
            ("naruszenie", 4),
            ("informacji", 4),
            ("poufności", 4),
            ("nauka", 3),
            ("Państwa", 2),
            ("natychmiastową", 5),
            ("w", 1),
        ] {
            check(Lang::Pl, w, n);
        }
    }

    #[test]
    fn czech_diphthong_and_syllabic_r_l() {
        for (w, n) in [
            ("údaje", 3),
            ("ochranu", 3),
            ("pouze", 2),
            ("vlk", 1),
            ("čtvrtek", 2),
            ("zpráv", 1),
            ("osobních", 3),
            ("přihlašovací", 5),
        ] {
            check(Lang::Cs, w, n);
        }
    }
}
