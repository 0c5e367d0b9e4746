//! Normalisation: Unicode lowercasing and folding to the cue form of
//! [`crate::elements::cue`], one `char` at a time and without allocation.
//!
//! - [`fold_char`] lowercases a `char` and folds it to at most three base characters
//!   (`Ä`→`a`, `ß`→`ss`, `Æ`→`ae`, `ĳ`→`ij`, `İ`→`i`); combining marks and the soft hyphen
//!   fold to nothing, so decomposed input (`a` + U+0308) folds like precomposed input.
//!   Greek letters fold to their Beta Code letters (`Ή`, `η` → `h`; `ς`, `Σ` → `s`;
//!   `θ` → `q`, `ξ` → `c`, `χ` → `x`, `ψ` → `y`, `ω` → `w`), accents and case removed,
//!   so Greek phrases fold to ASCII like those of the Latin-script languages.
//! - [`is_word_char`] says which characters make up words (letters, digits, and — inside a
//!   word — combining marks and the soft hyphen). Everything else, including apostrophes
//!   (`'`, `’`), hyphens, NBSP and quotes, separates words.
//! - [`is_normalised_phrase`] checks that a cue phrase is already in normalised form.

/// The folded form of one `char`: up to three `char`s.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Folded {
    chars: [char; 3],
    len: u8,
    pos: u8,
}

impl Folded {
    const EMPTY: Folded = Folded {
        chars: ['\0'; 3],
        len: 0,
        pos: 0,
    };

    fn push(&mut self, c: char) {
        if let Some(slot) = self.chars.get_mut(usize::from(self.len)) {
            *slot = c;
            self.len = self.len.saturating_add(1);
        }
    }

    fn push_str(&mut self, s: &str) {
        for c in s.chars() {
            self.push(c);
        }
    }
}

impl Iterator for Folded {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        if self.pos >= self.len {
            return None;
        }
        let c = self.chars.get(usize::from(self.pos)).copied();
        self.pos = self.pos.saturating_add(1);
        c
    }
}

/// Whether `c` is a combining mark that folding drops (U+0300–U+036F).
pub const fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// The soft hyphen (U+00AD), invisible inside a word; folding drops it.
pub const SOFT_HYPHEN: char = '\u{00AD}';

/// Whether `c` starts or continues a word: a letter or digit. (Combining marks and the
/// soft hyphen continue a word but never start one; see [`continues_word`].) Exactly
/// `char::is_alphanumeric`, without its table look-up for the alphabets of the supported
/// languages.
#[inline(always)]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    is_wide_word_char(c)
}

/// [`is_word_char`] of a char past ASCII.
fn is_wide_word_char(c: char) -> bool {
    match letter_without_table(c) {
        Some(known) => known,
        None => c.is_alphanumeric(),
    }
}

/// Exactly `char::is_alphabetic`, without the Unicode table look-up for the alphabets
/// of the supported languages (see `letter_without_table`).
#[inline(always)]
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    is_wide_letter(c)
}

/// [`is_letter`] of a char past ASCII.
fn is_wide_letter(c: char) -> bool {
    match letter_without_table(c) {
        Some(known) => known,
        None => c.is_alphabetic(),
    }
}

/// Whether `c` is alphabetic, for the chars whose answer is known without the Unicode
/// tables, which `char::is_alphabetic` searches for every char past ASCII (a Greek or
/// Polish notice spends most of its word splitting there): the letters of Latin-1
/// Supplement's upper half, Latin Extended-A and -B, the IPA block, Greek and Cyrillic
/// (`Some(true)`), and the punctuation of ASCII and General Punctuation (U+2000–U+206F:
/// dashes, quotes, spaces; `Some(false)`, neither alphabetic nor numeric). `None`
/// elsewhere. Where it answers, the answer is also `char::is_alphanumeric`'s (a test
/// checks both over every char).
///
/// On bare metal (`target_os = "none"`: a firmware, where flash is scarcer than time) it
/// always answers `None`, so that the tables alone decide: the same answers in less code.
#[inline]
fn letter_without_table(c: char) -> Option<bool> {
    if cfg!(target_os = "none") {
        return None;
    }
    let u = u32::from(c);
    // The most frequent non-ASCII chars first (Greek small letters, Latin-1's small and
    // Latin Extended's letters), a subset of the letters below: one test each (a
    // subtraction, not `RangeInclusive::contains`, which is a call at opt-level z), not
    // the chain.
    if u.wrapping_sub(0x3A3) <= 0x3F5 - 0x3A3 || u.wrapping_sub(0xF8) <= 0x2AF - 0xF8 {
        return Some(true);
    }
    match u {
        0x30..=0x39 => None,
        0..=0x7F => Some(c.is_ascii_alphabetic()),
        0xC0..=0xD6
        | 0xD8..=0xF6
        | 0xF8..=0x2AF
        | 0x386
        | 0x388..=0x38A
        | 0x38C
        | 0x38E..=0x3A1
        | 0x3A3..=0x3F5
        | 0x3F7..=0x481
        | 0x48A..=0x52F => Some(true),
        0x2000..=0x206F => Some(false),
        _ => None,
    }
}

/// Whether `c` is a letter of Latin-1 Supplement's upper half (U+00C0–U+00FF but `×`
/// and `÷`): the accented letters of the supported languages, known to be alphabetic
/// without a look-up in the Unicode tables.
pub fn is_latin1_letter(c: char) -> bool {
    matches!(c, '\u{C0}'..='\u{FF}') && c != '\u{D7}' && c != '\u{F7}'
}

/// Whether `c` continues a word that has already started.
pub fn continues_word(c: char) -> bool {
    is_word_char(c) || is_combining_mark(c) || c == SOFT_HYPHEN || is_invisible(c)
}

/// Zero-width characters that may sit inside a word (ZWSP, ZWNJ, ZWJ, word joiner, BOM).
const fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// Lowercases `c` and folds it to its base letters (empty for combining marks, the soft
/// hyphen and zero-width characters). Characters outside the folding table are only
/// lowercased.
pub fn fold_char(c: char) -> Folded {
    let mut out = Folded::EMPTY;
    if is_combining_mark(c) || c == SOFT_HYPHEN || is_invisible(c) {
        return out;
    }
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return out;
    }
    // A Greek small letter (most chars of a Greek notice; its own lowercase) from
    // [`GREEK_SMALL_FOLDS`]. Not on bare metal, where flash is scarcer than time.
    if !cfg!(target_os = "none")
        && let Some(&b) = GREEK_SMALL_FOLDS.get(greek_small_index(c))
        && b != 0
    {
        out.push(char::from(b));
        return out;
    }
    match fold_lower(to_lower(c)) {
        Fold::One(b) => out.push(b),
        Fold::Two(s) => out.push_str(s),
    }
    out
}

/// The lowercase of `c` for the alphabets the cue languages and their neighbours are
/// written in: ASCII, Latin-1 Supplement, Latin Extended-A, U+0200–U+021F of Latin
/// Extended-B (with Romanian `Ș`, `Ț`), Latin Extended Additional (U+1E00–U+1EFF, with
/// `ẞ`→`ß`), Greek (U+0386–U+03AB) and Cyrillic (U+0400–U+052F) — there it is exactly
/// `char::to_lowercase` (tested over every char of these ranges), with `İ` giving `i` (the
/// combining dot that full lowercasing adds is dropped by folding anyway). Every other
/// char is returned unchanged: uppercase letters of other scripts and blocks (the rest of
/// Latin Extended-B, Armenian, Georgian, Cherokee, Glagolitic, Coptic, Greek Extended,
/// fullwidth Latin, Roman numerals, circled letters, Deseret, Adlam, the Kelvin and
/// Ångström signs, …) keep their case in the normalised form. Written out instead of
/// calling `char::to_lowercase`, whose conversion table costs 11.7 KB in the wasm module.
/// ASCII (most chars of a notice) is lowered inline.
#[inline]
pub fn to_lower(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        to_lower_wide(c)
    }
}

/// [`to_lower`] of a char past ASCII.
fn to_lower_wide(c: char) -> char {
    let u = u32::from(c);
    // Greek small letters and Latin-1's (the most frequent non-ASCII chars) are their
    // own lowercase: no arm below covers U+00DF–U+00FF or U+03AC–U+03FF (one test each:
    // a subtraction, not `RangeInclusive::contains`, a call at opt-level z).
    if u.wrapping_sub(0xDF) <= 0xFF - 0xDF || u.wrapping_sub(0x3AC) <= 0x3FF - 0x3AC {
        return c;
    }
    let even = u % 2 == 0;
    let lower = match u {
        0x41..=0x5A => u + 0x20,
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 | 0x200..=0x21F if even => u + 1,
        0x130 => 0x69,
        0x139..=0x148 | 0x179..=0x17E if !even => u + 1,
        0x178 => 0xFF,
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF if even => u + 1,
        0x1E9E => 0xDF,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 0x25,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 0x3F,
        0x391..=0x3AB if u != 0x3A2 => u + 0x20,
        0x400..=0x40F => u + 0x50,
        0x410..=0x42F => u + 0x20,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if even => u + 1,
        0x4C0 => 0x4CF,
        0x4C1..=0x4CE if !even => u + 1,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// The first of the Greek small letters (U+03AC `ά` to U+03CE `ώ`) folded by
/// [`GREEK_SMALL_FOLDS`].
const GREEK_SMALL_FIRST: u32 = 0x3AC;

/// The index of `c` in [`GREEK_SMALL_FOLDS`] (past its end for any other char).
fn greek_small_index(c: char) -> usize {
    usize::try_from(u32::from(c).wrapping_sub(GREEK_SMALL_FIRST)).unwrap_or(usize::MAX)
}

/// The folds of U+03AC–U+03CE (each its own lowercase: `to_lower` leaves them), worked
/// out at compile time by [`fold_lower`] itself: the ASCII letter each folds to, 0 for one
/// that does not fold to one ASCII letter (folded the long way).
#[allow(
    clippy::indexing_slicing,
    clippy::cast_possible_truncation,
    reason = "evaluated at compile time only: `i` stays below the table's length, `b` is ASCII"
)]
static GREEK_SMALL_FOLDS: [u8; 0x23] = {
    let mut t = [0u8; 0x23];
    let mut i = 0usize;
    while i < t.len() {
        if let Some(c) = char::from_u32(GREEK_SMALL_FIRST + i as u32)
            && let Fold::One(b) = fold_lower(c)
            && b.is_ascii()
        {
            t[i] = b as u8;
        }
        i += 1;
    }
    t
};

enum Fold {
    One(char),
    Two(&'static str),
}

/// Folds an already lowercase letter of Latin-1 Supplement, Latin Extended-A and a few
/// others to its base letter(s), and a lowercase Greek letter to its Beta Code letter.
const fn fold_lower(c: char) -> Fold {
    let base = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ª' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' | 'ð' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'º' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => 's',
        'ţ' | 'ť' | 'ŧ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        // Greek, to Beta Code (the TLG's Latin transcription, one letter per letter), so
        // that the folded form stays ASCII like every packed list and index: case, tonos,
        // dialytika and the final sigma fold away (`Μαΐου`, `μαΐου`, `ΜΑΪΟΥ` → `maiou`;
        // `ς` and `σ` → `s`).
        'α' | 'ά' => 'a',
        'β' | 'ϐ' => 'b',
        'γ' => 'g',
        'δ' => 'd',
        'ε' | 'έ' | 'ϵ' => 'e',
        'ζ' => 'z',
        'η' | 'ή' => 'h',
        'θ' | 'ϑ' => 'q',
        'ι' | 'ί' | 'ϊ' | 'ΐ' => 'i',
        'κ' | 'ϰ' => 'k',
        'λ' => 'l',
        'μ' => 'm',
        'ν' => 'n',
        'ξ' => 'c',
        'ο' | 'ό' => 'o',
        'π' | 'ϖ' => 'p',
        'ρ' | 'ϱ' => 'r',
        'σ' | 'ς' | 'ϲ' => 's',
        'τ' => 't',
        'υ' | 'ύ' | 'ϋ' | 'ΰ' => 'u',
        'φ' | 'ϕ' => 'f',
        'χ' => 'x',
        'ψ' => 'y',
        'ω' | 'ώ' => 'w',
        'ß' => return Fold::Two("ss"),
        'æ' => return Fold::Two("ae"),
        'œ' => return Fold::Two("oe"),
        'ĳ' => return Fold::Two("ij"),
        'þ' => return Fold::Two("th"),
        other => other,
    };
    Fold::One(base)
}

/// Whether `phrase` is in the normalised cue form of [`crate::elements::cue`]: non-empty
/// words of folded word characters, separated by single ASCII spaces, with `*` only at a
/// word's start or end, at least three other characters in a starred word, no word both
/// starting and ending with `*` in first position, and at most
/// [`crate::limits::MAX_PHRASE_WORDS`] words.
pub fn is_normalised_phrase(phrase: &str) -> bool {
    if phrase.is_empty() {
        return false;
    }
    let mut words = 0usize;
    for (i, word) in phrase.split(' ').enumerate() {
        words = words.saturating_add(1);
        let lead = word.starts_with('*');
        let trail = word.len() > 1 && word.ends_with('*');
        let core = word.trim_matches('*');
        if core.is_empty() || core.as_bytes().contains(&b'*') {
            return false;
        }
        if (lead || trail) && core.chars().count() < 3 {
            return false;
        }
        if i == 0 && lead && trail {
            return false;
        }
        for c in core.chars() {
            if !is_word_char(c) {
                return false;
            }
            let mut f = fold_char(c);
            if f.next() != Some(c) || f.next().is_some() {
                return false;
            }
        }
    }
    words <= crate::limits::MAX_PHRASE_WORDS
}

#[cfg(test)]
mod tests {
    // (`std`, not `heapless`: this file is also compiled into `core/build.rs` and `xtask`.)
    extern crate std;

    use super::*;

    /// The Greek small letters folded from the table fold as the long way folds them.
    #[test]
    fn greek_small_folds_are_the_long_way() {
        for c in ('\u{0380}'..='\u{03FF}').chain(['a', 'é', 'ß']) {
            let table: std::string::String = fold_char(c).collect();
            let mut long = std::string::String::new();
            if !is_combining_mark(c) && c != SOFT_HYPHEN && !is_invisible(c) {
                let lower = if c.is_ascii() {
                    c.to_ascii_lowercase()
                } else {
                    to_lower(c)
                };
                match fold_lower(lower) {
                    Fold::One(b) if !c.is_ascii() => long.push(b),
                    Fold::One(_) => long.push(lower),
                    Fold::Two(s) => long.push_str(s),
                }
            }
            assert_eq!(table, long, "{c:?}");
        }
    }
    use std::string::String;

    fn fold_str(s: &str, out: &mut String) {
        for c in s.chars() {
            out.extend(fold_char(c));
        }
    }

    #[test]
    fn folds_german_and_romance_letters() {
        let mut out = String::new();
        fold_str("Größe ÄÖÜ ß Élève Ñandú ÇA Œuvre Æsir İstanbul", &mut out);
        assert_eq!(
            out.as_str(),
            "grosse aou ss eleve nandu ca oeuvre aesir istanbul"
        );
    }

    #[test]
    fn folds_greek_case_accents_and_final_sigma() {
        let mut a = String::new();
        fold_str(
            "Μαΐου ΜΑΪΟΥ μαιου Παραβίαση ΠΑΡΑΒΙΑΣΗ δεδομένων ΔΕΔΟΜΕΝΩΝ προϊόντα",
            &mut a,
        );
        assert_eq!(
            a.as_str(),
            "maiou maiou maiou parabiash parabiash dedomenwn dedomenwn proionta"
        );
        let mut b = String::new();
        fold_str("Ξένος χώρος ψυχής θέση ΰ ΐ Ώρα Ήδη", &mut b);
        assert_eq!(b.as_str(), "cenos xwros yuxhs qesh u i wra hdh");
        // Decomposed tonos and dialytika fold like the precomposed letters.
        let (mut c, mut d) = (String::new(), String::new());
        fold_str("Μαι\u{0308}ου παραβι\u{0301}αση", &mut c);
        fold_str("Μαΐου παραβίαση", &mut d);
        assert_eq!(c, d);
    }

    #[test]
    fn decomposed_marks_fold_like_precomposed() {
        let mut a = String::new();
        let mut b = String::new();
        fold_str("Zugriffe\u{0308}", &mut a);
        fold_str("Zugriffë", &mut b);
        assert_eq!(a, b);
        let mut c = String::new();
        fold_str("Da\u{00AD}ten", &mut c);
        assert_eq!(c.as_str(), "daten");
    }

    /// The ranges where [`to_lower`] is `char::to_lowercase`.
    const LOWERED: [(u32, u32); 5] = [
        (0, 0x17F),
        (0x200, 0x21F),
        (0x386, 0x3AB),
        (0x400, 0x52F),
        (0x1E00, 0x1EFF),
    ];

    #[test]
    fn lowercases_like_the_standard_library_in_its_alphabets() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let u = u32::from(c);
            if LOWERED.iter().any(|&(a, z)| (a..=z).contains(&u)) {
                // (`İ` lowercases to `i` and a combining dot, which folding drops.)
                let mut std = c.to_lowercase().filter(|&l| !is_combining_mark(l));
                assert_eq!(
                    (Some(to_lower(c)), None),
                    (std.next(), std.next()),
                    "U+{u:04X}"
                );
            } else {
                assert_eq!(to_lower(c), c, "U+{u:04X} is left as it is");
            }
        }
    }

    #[test]
    fn letters_without_the_table_are_the_standard_librarys() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "U+{:04X}", u32::from(c));
            assert_eq!(
                is_word_char(c),
                is_latin1_letter(c) || c.is_alphanumeric(),
                "U+{:04X}",
                u32::from(c)
            );
            if let Some(known) = letter_without_table(c) {
                assert_eq!(known, c.is_alphanumeric(), "U+{:04X}", u32::from(c));
            }
        }
    }

    #[test]
    fn latin1_letters_are_the_alphabetic_chars_of_their_range() {
        for c in '\u{C0}'..='\u{FF}' {
            assert_eq!(is_latin1_letter(c), c.is_alphabetic(), "{c}");
        }
        assert!(!is_latin1_letter('a') && !is_latin1_letter('\u{AA}'));
    }

    #[test]
    fn checks_normalised_phrases() {
        assert!(is_normalised_phrase("e mail adresse"));
        assert!(is_normalised_phrase("encrypt*"));
        assert!(is_normalised_phrase("*angriff"));
        assert!(is_normalised_phrase("e mail *adress*"));
        assert!(!is_normalised_phrase("*adress*"));
        assert!(!is_normalised_phrase("E-Mail"));
        assert!(!is_normalised_phrase("größe"));
        assert!(!is_normalised_phrase("two  spaces"));
        assert!(!is_normalised_phrase(" lead"));
        assert!(!is_normalised_phrase("ab*"));
        assert!(!is_normalised_phrase(""));
        assert!(!is_normalised_phrase("a b c d e f g h i"));
    }
}
