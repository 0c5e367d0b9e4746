//! Number detector: digits with the language's thousands separators (`1,200`, `1.200`,
//! `1 200`, `12.000`), decimals (`1.2`, `3,2`), scale words (`1.2 million`,
//! `1,2 Millionen`, `12 Mio.`) and number words (`twelve`, `thousands`, `zwölf`), all from
//! [`LangData`].
//!
//! ```
//! use breachnotice::Lang;
//! use breachnotice::text::numbers::Numbers;
//! let t = "rund 12.000 Kunden und 1,2 Millionen Datensätze";
//! let v: Vec<u64> = Numbers::new(t, 0, Lang::De.data()).map(|n| n.value).collect();
//! assert_eq!(v, [12_000, 1_200_000]);
//! ```

use crate::lang::LangData;
use crate::text::word_list::WordList;

use super::sentence_words::WordSource;
use super::words::{Word, Words};

/// Vague quantity words (normalised): a number only with a scale word after them
/// (`several thousand`, `mehrere Millionen`), never alone (`several`, `plusieurs`). Sorted.
const VAGUE_WORDS: WordList = crate::lang::data::WORDS_VAGUE_ANY;

/// A number found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberMatch {
    /// Byte offset of the first character (includes the iterator's base).
    pub start: usize,
    /// Byte offset one past the last character (after a scale word, if any).
    pub end: usize,
    /// The value, rounded down, saturating at `u64::MAX`.
    pub value: u64,
}

/// Iterator over the numbers of a text. Linear in the text's length.
#[derive(Debug, Clone)]
pub struct Numbers<'t> {
    text: &'t str,
    base: usize,
    data: &'static LangData,
    words: WordSource<'t>,
    skip_until: usize,
}

impl<'t> Numbers<'t> {
    /// The numbers in `text` (a slice starting at byte `base` of a larger text), read with
    /// the separators and words of `data`.
    pub fn new(text: &'t str, base: usize, data: &'static LangData) -> Self {
        Numbers::with_words(text, base, data, None)
    }

    /// [`Numbers::new`] that reads `words`, the words of `text` split before (a sentence's
    /// [`crate::text::sentence_words::SentenceWords`]), when given, instead of splitting it again.
    pub fn with_words(
        text: &'t str,
        base: usize,
        data: &'static LangData,
        words: Option<&'t [Word]>,
    ) -> Self {
        Numbers {
            text,
            base,
            data,
            words: WordSource::new(text, base, words),
            skip_until: 0,
        }
    }

    /// Reads digits with thousands groups and decimals from relative offset `at`:
    /// `(end, integer value, fraction digits value, fraction digit count)`.
    fn numeral(&self, at: usize) -> (usize, u64, u64, u32) {
        let bytes = self.text.as_bytes();
        let mut i = at;
        let mut int: u64 = 0;
        while let Some(&b) = bytes.get(i).filter(|b| b.is_ascii_digit()) {
            int = int.saturating_mul(10).saturating_add(u64::from(b - b'0'));
            i += 1;
        }
        // Thousands groups: a separator, exactly three digits, then no further digit.
        while let Some(c) = self.text.get(i..).and_then(|r| r.chars().next()) {
            if !self.data.thousands_separators.chars().any(|s| s == c) {
                break;
            }
            let g = i + c.len_utf8();
            let group = bytes.get(g..g + 3);
            let ok = group.is_some_and(|s| s.iter().all(u8::is_ascii_digit))
                && !bytes.get(g + 3).is_some_and(u8::is_ascii_digit);
            if !ok {
                break;
            }
            for &b in group.unwrap_or(&[]) {
                int = int.saturating_mul(10).saturating_add(u64::from(b - b'0'));
            }
            i = g + 3;
        }
        // Decimals.
        let mut frac = 0u64;
        let mut frac_digits = 0u32;
        let dec = self.data.decimal_separator;
        if self.text.get(i..).and_then(|r| r.chars().next()) == Some(dec) {
            let d = i + dec.len_utf8();
            if bytes.get(d).is_some_and(u8::is_ascii_digit) {
                i = d;
                while let Some(&b) = bytes.get(i).filter(|b| b.is_ascii_digit()) {
                    if frac_digits < 6 {
                        frac = frac * 10 + u64::from(b - b'0');
                        frac_digits += 1;
                    }
                    i += 1;
                }
            }
        }
        (i, int, frac, frac_digits)
    }

    /// A scale word right after relative offset `at` (only blanks or a dot between):
    /// `(end after it, factor)`.
    fn scale_after(&self, at: usize) -> Option<(usize, u64)> {
        let rest = self.text.get(at..)?;
        let w = Words::new(rest).next()?;
        let gap = rest.get(..w.start)?;
        if gap.len() > 2
            || gap
                .chars()
                .any(|c| !(c == ' ' || c == '\u{a0}' || c == '\u{202f}'))
        {
            return None;
        }
        let factor = self.data.scale_words.value(w.bytes())?;
        let mut end = at + w.end;
        if self.text.as_bytes().get(end) == Some(&b'.') {
            end += 1;
        }
        Some((end, factor))
    }
}

fn scaled(int: u64, frac: u64, frac_digits: u32, factor: u64) -> u64 {
    let whole = int.saturating_mul(factor);
    let div = 10u64.saturating_pow(frac_digits).max(1);
    whole.saturating_add(frac.saturating_mul(factor) / div)
}

impl Iterator for Numbers<'_> {
    type Item = NumberMatch;

    fn next(&mut self) -> Option<NumberMatch> {
        loop {
            // Borrowed where the source has it: binding it by value would move it.
            let split;
            let w = match &mut self.words {
                WordSource::Split(words) => {
                    split = words.next();
                    split.as_ref()?
                }
                WordSource::Read(words) => words.next()?,
            };
            let rel = w.start.saturating_sub(self.base);
            if rel < self.skip_until {
                continue;
            }
            let first = self.text.as_bytes().get(rel).copied().unwrap_or(0);
            let (end, int, frac, frac_digits) = if first.is_ascii_digit() {
                self.numeral(rel)
            } else if let Some(v) = self.data.number_words.value(w.bytes()) {
                (w.end.saturating_sub(self.base), v, 0, 0)
            } else {
                continue;
            };
            let vague = !first.is_ascii_digit() && VAGUE_WORDS.contains(w.bytes());
            let (end, value) = match self.scale_after(end) {
                Some((e, factor)) => (e, scaled(int, frac, frac_digits, factor)),
                // "several", "mehrere": not a count unless a scale word follows
                // ("several thousand").
                None if vague => continue,
                None => (end, int),
            };
            self.skip_until = end;
            return Some(NumberMatch {
                start: self.base.saturating_add(rel),
                end: self.base.saturating_add(end),
                value,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    fn values(t: &str, lang: Lang) -> heapless::Vec<(u64, &str), 8> {
        Numbers::new(t, 0, lang.data())
            .filter_map(|n| Some((n.value, t.get(n.start..n.end)?)))
            .collect()
    }

    #[test]
    fn reads_english_numbers() {
        let v = values(
            "approximately 1.2 million records, 48,300 users, twelve staff",
            Lang::En,
        );
        assert_eq!(
            &v[..],
            &[
                (1_200_000, "1.2 million"),
                (48_300, "48,300"),
                (12, "twelve")
            ]
        );
    }

    #[test]
    fn reads_german_numbers() {
        let v = values(
            "ca. 2.340 und 1 200 Personen; 3,2 GB; 12 Mio. Datensätze",
            Lang::De,
        );
        assert_eq!(
            &v[..],
            &[
                (2_340, "2.340"),
                (1_200, "1 200"),
                (3, "3,2"),
                (12_000_000, "12 Mio.")
            ]
        );
    }
}

#[cfg(test)]
mod lang_data_tests {
    use super::Numbers;
    use crate::Lang;

    /// [`super::Numbers`] reads the value of every number and scale word.
    #[test]
    fn number_and_scale_words_have_values() {
        for lang in Lang::ALL {
            let d = lang.data();
            for list in [d.scale_words, d.number_words] {
                assert!(!list.is_empty(), "{}", lang.as_str());
                for (w, v) in list.iter() {
                    assert!(v.is_some_and(|v| v > 0), "{}: {w}", lang.as_str());
                    assert_eq!(list.value(w), v, "{}: {w}", lang.as_str());
                }
            }
        }
    }

    #[test]
    fn vague_words_pass_the_quick_reject() {
        assert!(crate::text::word_list::tests::finds_every_word(
            super::VAGUE_WORDS
        ));
    }

    #[test]
    fn vague_words_count_only_with_a_scale_word() {
        let values = |t: &str, lang: Lang| -> heapless::Vec<u64, 4> {
            Numbers::new(t, 0, lang.data()).map(|n| n.value).collect()
        };
        assert!(values("several customers", Lang::En).is_empty());
        assert!(values("plusieurs clients", Lang::Fr).is_empty());
        assert!(values("mehrere Kunden", Lang::De).is_empty());
        assert!(values("varias personas", Lang::Es).is_empty());
        assert_eq!(
            &values("dozens of customers, 12 records", Lang::En)[..],
            &[12, 12]
        );
    }
}
