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

/// The most endings (`silent_endings:` and `sounded_endings:` together) compiled into a
/// [`Spelling`] for a quick test; a language with more (or with a non-ASCII one) has its
/// endings read from the text, with the same result.
pub const MAX_ENDINGS: usize = 16;

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
    /// The silent then sounded endings, when they are ASCII and at most [`MAX_ENDINGS`]
    /// (`ending_count` of them; else `None` and the text is read).
    endings: Option<[Ending; MAX_ENDINGS]>,
    /// How many of `endings` there are.
    ending_count: u8,
}

/// An ending compiled for [`Spelling::silent_ending`]: its ASCII bytes (`C`: a
/// consonant) and whether it is silent (else sounded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Ending {
    /// The pattern's bytes, `len` of them.
    bytes: [u8; MAX_ENDING],
    /// Its length.
    len: u8,
    /// Whether it is a silent ending (else a sounded one).
    silent: bool,
}

impl Ending {
    /// No ending.
    const EMPTY: Ending = Ending {
        bytes: [0; MAX_ENDING],
        len: 0,
        silent: false,
    };

    /// The pattern's characters, last first.
    fn rev(&self) -> impl Iterator<Item = char> + '_ {
        self.bytes
            .get(..usize::from(self.len))
            .unwrap_or_default()
            .iter()
            .rev()
            .map(|&b| char::from(b))
    }
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
        endings: Some([Ending::EMPTY; MAX_ENDINGS]),
        ending_count: 0,
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
            let mut ending = Ending {
                silent: field == SILENT_ENDINGS,
                ..Ending::EMPTY
            };
            let endings = field == SILENT_ENDINGS || field == SOUNDED_ENDINGS;
            while i < bytes.len() && bytes[i] != b'\n' {
                let b = bytes[i];
                if field == SILENT_ENDINGS && b == b' ' {
                    out.note_ending_end(prev);
                }
                if endings && b == b' ' {
                    out.push_ending(ending);
                    ending.len = 0;
                } else if endings && b < 128 && (ending.len as usize) < MAX_ENDING {
                    ending.bytes[ending.len as usize] = b;
                    ending.len += 1;
                } else if endings {
                    out.endings = None; // non-ASCII or too long: read the text
                }
                prev = b;
                i += 1;
            }
            if field == SILENT_ENDINGS {
                out.note_ending_end(prev);
            }
            if endings {
                out.push_ending(ending);
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

    /// Adds `e` (none if empty) to the compiled endings, or gives them up when they are
    /// full.
    #[allow(
        clippy::indexing_slicing,
        reason = "the index is checked against the array's length just before"
    )]
    const fn push_ending(&mut self, e: Ending) {
        if e.len == 0 {
            return;
        }
        let n = self.ending_count as usize;
        match &mut self.endings {
            Some(all) if n < MAX_ENDINGS => {
                all[n] = e;
                self.ending_count += 1;
            }
            _ => self.endings = None,
        }
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
    #[inline(always)]
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
    #[inline(always)]
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
        if let Some(endings) = &self.endings {
            let mut silent = false;
            for e in endings
                .get(..usize::from(self.ending_count))
                .unwrap_or_default()
            {
                if self.ends_with(&t, e.rev()) {
                    if !e.silent {
                        return false;
                    }
                    silent = true;
                }
            }
            return silent;
        }
        self.field(SILENT_ENDINGS)
            .split_ascii_whitespace()
            .any(|p| self.ends_with(&t, p.chars().rev()))
            && !self
                .field(SOUNDED_ENDINGS)
                .split_ascii_whitespace()
                .any(|p| self.ends_with(&t, p.chars().rev()))
    }
}

/// A set of letters, tested without scanning its text: the ASCII ones by a bit mask, the
/// others by a 256-bit window from the smallest of them (the accented Latin letters of a
/// language, or its Greek ones, fit in one), the rest by scanning the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Letters {
    /// One bit per letter: bits 0–127 the ASCII code points, bits 128–383 the code points
    /// from `base` on (64-bit words: a 128-bit shift is a library call on some targets).
    bits: [u64; 6],
    /// The smallest non-ASCII code point of the set.
    base: u32,
    /// Whether a letter lies beyond the window.
    outside: bool,
}

impl Letters {
    /// No letter.
    const EMPTY: Letters = Letters {
        bits: [0; 6],
        base: u32::MAX,
        outside: false,
    };

    /// The set of the characters of `text`.
    #[allow(
        clippy::indexing_slicing,
        reason = "every index is checked against its array's length just before"
    )]
    const fn of(text: &str) -> Letters {
        let bytes = text.as_bytes();
        let mut set = Letters::EMPTY;
        let mut i = 0;
        while i < bytes.len() {
            let (cp, len) = decode(bytes, i);
            if cp >= 128 && cp < set.base {
                set.base = cp;
            }
            i += len;
        }
        i = 0;
        while i < bytes.len() {
            let (cp, len) = decode(bytes, i);
            match set.bit(cp) {
                Some(bit) => set.bits[(bit >> 6) as usize] |= 1 << (bit & 63),
                None => set.outside = true,
            }
            i += len;
        }
        set
    }
}

impl Letters {
    /// The bit of the code point `cp`, if in the ASCII range or the window.
    #[inline(always)]
    const fn bit(&self, cp: u32) -> Option<u32> {
        if cp < 128 {
            return Some(cp);
        }
        let off = cp.wrapping_sub(self.base);
        if off < 256 { Some(128 + off) } else { None }
    }

    /// Whether `c` is in the set, whose text is `text()` (read only for a letter beyond
    /// the window).
    #[inline(always)]
    fn has(&self, c: char, text: impl FnOnce() -> &'static str) -> bool {
        match self.bit(u32::from(c)) {
            Some(bit) => {
                let word = self.bits.get((bit >> 6) as usize).copied().unwrap_or(0);
                (word >> (bit & 63)) & 1 == 1
            }
            None => self.outside && text().chars().any(|x| x == c),
        }
    }
}

/// The code point that starts at byte `i` of the UTF-8 text `bytes`, and its length.
const fn decode(bytes: &[u8], i: usize) -> (u32, usize) {
    let b = byte(bytes, i);
    if b < 0x80 {
        (b, 1)
    } else if b < 0xE0 {
        (((b & 0x1F) << 6) | (byte(bytes, i + 1) & 0x3F), 2)
    } else if b < 0xF0 {
        let (b1, b2) = (byte(bytes, i + 1) & 0x3F, byte(bytes, i + 2) & 0x3F);
        (((b & 0x0F) << 12) | (b1 << 6) | b2, 3)
    } else {
        let (b1, b2) = (byte(bytes, i + 1) & 0x3F, byte(bytes, i + 2) & 0x3F);
        let b3 = byte(bytes, i + 3) & 0x3F;
        (((b & 0x07) << 18) | (b1 << 12) | (b2 << 6) | b3, 4)
    }
}

/// Byte `i` of `bytes` (0 past the end).
const fn byte(bytes: &[u8], i: usize) -> u32 {
    match bytes.split_at_checked(i) {
        Some((_, [b, ..])) => *b as u32,
        _ => 0,
    }
}

/// Syllables of `word` (its text as written) with the spelling rules `spelling`; 0 when
/// it has no letter.
pub fn syllables(spelling: &Spelling, word: &str) -> u32 {
    // An ASCII word (most words of most notices) is read byte by byte: the same chars,
    // without decoding UTF-8 or the wide case table.
    let groups = if word.is_ascii() {
        vowel_groups(
            spelling,
            word.bytes().map(|b| char::from(b.to_ascii_lowercase())),
        )
    } else {
        vowel_groups(spelling, word.chars().map(to_lower))
    };
    let Some(mut groups) = groups else {
        return 0;
    };
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
    use super::*;
    use crate::lang::Lang;

    /// `word` has `n` syllables in `lang` (by its `language.txt`; a language built without
    /// its feature has its spelling in its pack and is skipped).
    fn check(lang: Lang, word: &str, n: u32) {
        if let Some(t) = crate::lang::tables::builtin(lang) {
            assert_eq!(syllables(&t.spelling, word), n, "{lang:?} {word}");
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
        // Endings beyond MAX_ENDINGS (or not ASCII) are read from the text: same counts.
        let compiled = Spelling::new("aeiouy\n\n\n\n\n\n\nCe Ced Ces\nCle ted ded ses");
        let read = Spelling::new(
            "aeiouy\n\n\n\n\n\n\nCe Ced Ces\nCle ted ded ses a1 a2 a3 a4 a5 a6 a7 a8 a9 é",
        );
        assert!(compiled.endings.is_some() && read.endings.is_none());
        for w in [
            "make", "table", "changed", "wanted", "makes", "bases", "free", "data",
        ] {
            assert_eq!(syllables(&compiled, w), syllables(&read, w), "{w}");
        }
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
