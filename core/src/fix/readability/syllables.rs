//! Syllables of a written word, per language — the counting each formula was calibrated
//! with: groups of adjacent vowel letters, corrected by the language's spelling rules.
//!
//! - English: `y` is a vowel; a final silent `e` (`make`, but not `table`, `free`), a
//!   silent `-ed` (`changed`, not `wanted`) and a silent `-es` (`makes`, not `changes`,
//!   `boxes`) do not count.
//! - German: `ä ö ü y` are vowels; diphthongs (`ei au eu äu ie`) are one group anyway.
//! - French: the final mute `e`/`es` (`donnée`s keeps its `é`) does not count.
//! - Spanish and Italian: two strong vowels (`a e o`, accented or not) side by side are a
//!   hiatus (two syllables: `le-o`, `pa-e-se`), as is an accented `í ú ì ù` next to any
//!   vowel (`dí-a`); weak `i u` with another vowel form a diphthong (one).
//! - Dutch: a vowel with a diaeresis (`ë ï ö ü`) starts a new syllable (`ide-eën`).
//! - Polish: `y ą ę ó` are vowels; Polish has no diphthongs, so every vowel is a syllable
//!   (`na-u-ka`, `po-uf-ność`) except an `i` before another vowel, which only marks a soft
//!   consonant (`nie`, `się`, `in-for-ma-cji`).
//! - Czech: `y á é ě í ó ú ů ý` are vowels; `ou` (and `au`, `eu`) is one syllable, as any
//!   group; an `r` or `l` between two consonants is a syllable of its own (`vlk`,
//!   `čtvr-tek`, `zpráv` is one). The counts are reported; LIX itself counts letters.
//! - Swedish: `y å ä ö` are vowels (LIX counts letters; syllables are reported only).
//! - Greek: `α ε η ι ο υ ω`, with tonos or dialytika, are vowels; the digraphs (`αι ει οι
//!   ου αυ ευ`) are one group anyway, and a vowel with dialytika (`ϊ ϋ`) starts a new
//!   syllable (`προ-ϊ-όν`).
//! - Portuguese: as Spanish (strong `a e o` side by side are a hiatus, `po-e-ta`; an
//!   accented `í ú` next to a vowel too, `sa-í-da`), but a nasal `ã õ` before `o e` is one
//!   diphthong (`não`, `mães`, `põe`, `informação`).
//!
//! - Romanian (counted, though LIX does not use syllables): `ă â î` are vowels; adjacent
//!   vowels are one group (diphthongs `ea oa ia ie`).
//!
//! Every word with a letter has at least one syllable.

use crate::text::normalise::{is_letter, to_lower};

/// The spelling rules a language's syllables are counted with (chosen per language in
/// [`super::FORMULAS`]; a language may share another's rules).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spelling {
    /// English: `y` a vowel, silent final `e`, `-ed`, `-es`.
    English,
    /// German: `ä ö ü y` vowels.
    German,
    /// French: accented vowels, silent `u` of `qu`/`gu`, mute final `e`/`es`.
    French,
    /// Spanish: hiatus of strong vowels and of stressed `í ú`.
    Spanish,
    /// Italian: hiatus of strong vowels.
    Italian,
    /// Dutch: a diaeresis starts a syllable.
    Dutch,
    /// Polish: `y ą ę ó` vowels; an `i` before a vowel only softens the consonant.
    Polish,
    /// Czech: `y á é ě í ó ú ů ý` vowels; a syllabic `r`/`l` between consonants.
    Czech,
    /// Swedish: `y å ä ö` vowels.
    Swedish,
    /// Greek: the vowels with tonos or dialytika; a dialytika starts a syllable.
    Greek,
    /// Portuguese: as Spanish, but a nasal `ã õ` before `o e` is one diphthong.
    Portuguese,
    /// Romanian: `ă â î` vowels; adjacent vowels are one group.
    Romanian,
}

// (Inlined: the vowel-group loop asks it of every char, and at `opt-level = "z"` a call
// costs more than the test.)
#[inline(always)]
fn is_vowel(lang: Spelling, c: char) -> bool {
    let base = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    base || match lang {
        Spelling::English => c == 'y',
        Spelling::German => matches!(c, 'y' | 'ä' | 'ö' | 'ü'),
        Spelling::French => matches!(
            c,
            'y' | 'à'
                | 'â'
                | 'é'
                | 'è'
                | 'ê'
                | 'ë'
                | 'î'
                | 'ï'
                | 'ô'
                | 'ù'
                | 'û'
                | 'ü'
                | 'œ'
                | 'æ'
        ),
        Spelling::Spanish => matches!(c, 'á' | 'é' | 'í' | 'ó' | 'ú' | 'ü'),
        Spelling::Italian => matches!(c, 'à' | 'è' | 'é' | 'ì' | 'í' | 'ò' | 'ó' | 'ù' | 'ú'),
        Spelling::Dutch => matches!(
            c,
            'y' | 'ë' | 'ï' | 'é' | 'è' | 'ê' | 'ö' | 'ü' | 'ä' | 'á' | 'ó'
        ),
        Spelling::Polish => matches!(c, 'y' | 'ą' | 'ę' | 'ó'),
        Spelling::Czech => matches!(c, 'y' | 'á' | 'é' | 'ě' | 'í' | 'ó' | 'ú' | 'ů' | 'ý'),
        Spelling::Swedish => matches!(c, 'y' | 'å' | 'ä' | 'ö' | 'é'),
        Spelling::Greek => matches!(
            c,
            'α' | 'ε'
                | 'η'
                | 'ι'
                | 'ο'
                | 'υ'
                | 'ω'
                | 'ά'
                | 'έ'
                | 'ή'
                | 'ί'
                | 'ό'
                | 'ύ'
                | 'ώ'
                | 'ϊ'
                | 'ϋ'
                | 'ΐ'
                | 'ΰ'
        ),
        Spelling::Romanian => matches!(c, 'ă' | 'â' | 'î'),
        Spelling::Portuguese => matches!(
            c,
            'á' | 'à' | 'â' | 'ã' | 'é' | 'ê' | 'í' | 'ó' | 'ô' | 'õ' | 'ú' | 'ü'
        ),
    }
}

/// Spanish, Italian and Portuguese: whether a syllable boundary falls between vowels `a`
/// and `b`. (Italian accents mark the stress of a final vowel, `più`, `perché`, not a
/// hiatus; a Portuguese nasal `ã õ` before `o e` is a diphthong, `não`, `põe`.)
fn hiatus(lang: Spelling, a: char, b: char) -> bool {
    let strong = |c| {
        matches!(
            c,
            'a' | 'e' | 'o' | 'á' | 'é' | 'ó' | 'à' | 'è' | 'ò' | 'â' | 'ê' | 'ô' | 'ã' | 'õ'
        )
    };
    let stressed_weak = |c| matches!(c, 'í' | 'ú');
    let nasal_diphthong =
        lang == Spelling::Portuguese && matches!(a, 'ã' | 'õ') && matches!(b, 'o' | 'e');
    !nasal_diphthong
        && ((strong(a) && strong(b))
            || (matches!(lang, Spelling::Spanish | Spelling::Portuguese)
                && (stressed_weak(a) || stressed_weak(b))))
}

/// Dutch: whether `c` carries a diaeresis (a new syllable).
fn diaeresis(c: char) -> bool {
    matches!(c, 'ë' | 'ï' | 'ö' | 'ü')
}

/// Syllables of `word` (its text as written) with the spelling rules `lang`; 0 when it has
/// no letter.
pub fn syllables(lang: Spelling, word: &str) -> u32 {
    syllables_of(lang, word, word.is_ascii())
}

/// [`syllables`] of a word whose caller knows whether it is ASCII (`ascii`).
pub(crate) fn syllables_of(lang: Spelling, word: &str, ascii: bool) -> u32 {
    // An ASCII word (most words of most notices) is read byte by byte: the same chars,
    // without decoding UTF-8 or the wide case table.
    let groups = if ascii {
        vowel_groups(
            lang,
            word.bytes().map(|b| char::from(b.to_ascii_lowercase())),
        )
    } else {
        vowel_groups(lang, word.chars().map(to_lower))
    };
    let Some(mut groups) = groups else {
        return 0;
    };
    let silent = match lang {
        Spelling::English => english_silent_ending(word),
        Spelling::French => french_mute_e(word),
        Spelling::German
        | Spelling::Spanish
        | Spelling::Italian
        | Spelling::Dutch
        | Spelling::Polish
        | Spelling::Czech
        | Spelling::Swedish
        | Spelling::Greek
        | Spelling::Portuguese
        | Spelling::Romanian => false,
    };
    if silent && groups > 1 {
        groups -= 1;
    }
    groups.max(1)
}

/// The vowel groups of a word's lowercased chars `chars` (see [`syllables`]), before the
/// silent endings; `None` when it has no letter.
fn vowel_groups(lang: Spelling, chars: impl Iterator<Item = char>) -> Option<u32> {
    let mut groups = 0u32;
    let mut prev: Option<char> = None; // the previous char when it was a vowel
    let mut letters = false;
    let mut before = '\0';
    let mut chars = chars.peekable();
    while let Some(c) = chars.next() {
        letters |= is_letter(c);
        // Czech: a syllabic `r`/`l` between two consonants (`vlk`, `čtvrtek`).
        if lang == Spelling::Czech
            && matches!(c, 'r' | 'l')
            && is_letter(before)
            && !is_vowel(lang, before)
            && chars
                .peek()
                .is_some_and(|&n| is_letter(n) && !is_vowel(lang, n))
        {
            groups = groups.saturating_add(1);
            before = c;
            prev = None;
            continue;
        }
        // French `qu`, `gu` before a vowel: the `u` is not sounded (`technique`).
        let silent_u = lang == Spelling::French && c == 'u' && matches!(before, 'q' | 'g');
        before = c;
        if silent_u || !is_vowel(lang, c) {
            prev = None;
            continue;
        }
        let new_group = match (prev, lang) {
            (None, _) => true,
            (Some(p), Spelling::Spanish | Spelling::Italian | Spelling::Portuguese) => {
                hiatus(lang, p, c)
            }
            (Some(_), Spelling::Dutch) => diaeresis(c),
            // Polish: every vowel is a syllable but after an `i` that only softens the
            // consonant before it (`nie`, `się`, `informacji`): `po-uf-no-ści`.
            (Some(p), Spelling::Polish) => p != 'i',
            (Some(_), Spelling::Greek) => matches!(c, 'ϊ' | 'ϋ' | 'ΐ' | 'ΰ'),
            (Some(_), _) => false,
        };
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
    // (A byte-wise check: `<[u8]>::is_ascii` is a call, dearer for these few bytes.)
    if last.iter().all(u8::is_ascii) {
        // The `'\0'`s before a shorter word's first char, then its chars in order.
        let pad = N.saturating_sub(last.len());
        for (slot, &b) in out.iter_mut().skip(pad).zip(last) {
            *slot = char::from(b.to_ascii_lowercase());
        }
        return out;
    }
    for (slot, c) in out.iter_mut().rev().zip(word.chars().rev()) {
        *slot = to_lower(c);
    }
    out
}

fn english_silent_ending(word: &str) -> bool {
    let is_v = |c| is_vowel(Spelling::English, c);
    match tail::<4>(word) {
        // -ed after anything but t/d: `changed`, `used` (not `wanted`, `added`, `need`).
        [_, p, 'e', 'd'] => p != 't' && p != 'd' && !is_v(p),
        // -es after anything but a sibilant: `makes`, `notes` (not `changes`, `boxes`).
        [q, p, 'e', 's'] => {
            let sibilant =
                matches!(p, 's' | 'x' | 'z' | '\0') || (matches!(p, 'h' | 'g' | 'c') && q != '\0');
            !sibilant && !is_v(p)
        }
        // A final -e after a consonant, but not a syllabic -le (`table`): `make`, `state`.
        [_, q, p, 'e'] => !is_v(p) && p != '\0' && !(p == 'l' && !is_v(q) && q != '\0'),
        _ => false,
    }
}

fn french_mute_e(word: &str) -> bool {
    // A consonant before the `e`, or the silent `u` of `qu`/`gu` (`technique`, `langue`).
    let consonant = |x: char, p: char| {
        p != '\0' && (!is_vowel(Spelling::French, p) || (p == 'u' && matches!(x, 'q' | 'g')))
    };
    match tail::<4>(word) {
        [_, x, p, 'e'] | [x, p, 'e', 's'] => consonant(x, p),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            assert_eq!(syllables(Spelling::English, w), n, "{w}");
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
            assert_eq!(syllables(Spelling::German, w), n, "{w}");
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
            assert_eq!(syllables(Spelling::French, w), n, "{w}");
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
            assert_eq!(syllables(Spelling::Spanish, w), n, "{w}");
        }
        for (w, n) in [
            ("dati", 2),
            ("paese", 3),
            ("violazione", 4),
            ("più", 1),
            ("sicurezza", 4),
        ] {
            assert_eq!(syllables(Spelling::Italian, w), n, "{w}");
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
            assert_eq!(syllables(Spelling::Portuguese, w), n, "{w}");
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
            assert_eq!(syllables(Spelling::Dutch, w), n, "{w}");
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
            assert_eq!(syllables(Spelling::Polish, w), n, "{w}");
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
            assert_eq!(syllables(Spelling::Czech, w), n, "{w}");
        }
    }
}
