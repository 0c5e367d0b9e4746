//! Sentence and paragraph boundaries.
//!
//! A sentence ends
//! - at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it) followed by a
//!   space or the end of the text — unless the `.` ends an abbreviation (`ca.`, `approx.`,
//!   `Nr.`, `Art.`, titles `dhr.`, `mw.`, `Mr.`, `Dr.`, `dott.`, `dott.ssa`, `sig.ra`,
//!   `avv.`, `Sra.`, `Av.`, a single letter as in `z.B.`/`e.g.`/`p. ej.`, `No.` before a
//!   number, a number of one or two digits as in the German ordinal `12. Mai` or a list
//!   number `1. Nature`), or the next word starts with a lowercase letter (`etc. and`);
//! - never at a `.` inside a word, address or number (`dpo@example.com`, `www.x.de`,
//!   `3.5`, `12.05.2025`), as it is not followed by a space;
//! - at a line break, unless the next line starts with a lowercase letter and the line does
//!   not end with a colon (a wrapped line) — so headers (`Date: …`), signatures, list items
//!   and headings are sentences of their own;
//! - always at a blank line, which also starts a new paragraph.
//!
//! Sentences never contain a blank line; their spans are trimmed of surrounding whitespace.

use crate::text::word_list::WordList;

/// One sentence: a trimmed byte span of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// Whether the sentence begins a paragraph (first of the text or after a blank line).
    pub paragraph_start: bool,
}

/// An iterator over the sentences of a text. Linear in the text's length.
#[derive(Debug, Clone)]
pub struct Sentences<'t> {
    text: &'t str,
    pos: usize,
    first: usize,
}

impl<'t> Sentences<'t> {
    /// The sentences of `text`.
    pub fn new(text: &'t str) -> Self {
        Sentences {
            text,
            pos: 0,
            first: first_non_blank(text),
        }
    }
}

/// Abbreviations (normalised, without the dot) after which a `.` does not end a sentence.
/// Sorted (the lookup is a binary search). Titles (`dhr`, `mw`, `dott`, `sig`, `avv`,
/// `sra`), field labels (`tel`, `art`, `nr`) and Latin/German/Spanish short forms (`bzw`,
/// `ej` of `p. ej.`, `av` of `Av.`); `ssa` and `ra` end `dott.ssa` and `sig.ra`.
const ABBREVIATIONS: WordList = crate::lang::data::WORDS_ABBREVIATIONS_ANY;

/// Abbreviations that are ordinary words too (`no`): they hold the sentence only before
/// a number (`No. 12`, `no. 5`).
const NUMBER_ABBREVIATIONS: WordList = crate::lang::data::WORDS_NUMBER_ABBREVIATIONS_ANY;

const fn is_closer(c: char) -> bool {
    matches!(
        c,
        ')' | ']' | '"' | '\'' | '”' | '’' | '»' | '«' | '“' | '›'
    )
}

/// The word (letters and digits) that ends right before byte `at` of `text`.
fn token_before(text: &str, at: usize) -> &str {
    let head = text.get(..at).unwrap_or("");
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| crate::text::normalise::is_word_char(c))
        .last()
        .map_or(at, |(i, _)| i);
    head.get(start..).unwrap_or("")
}

/// Whether a `.` right after `token` marks an abbreviation or an ordinal.
fn is_abbreviation(token: &str) -> bool {
    let n = token.chars().count();
    if n == 0 {
        return false;
    }
    if token.bytes().all(|b| b.is_ascii_digit()) {
        return n <= 2;
    }
    if n == 1 {
        return true;
    }
    if n > 6 {
        return false;
    }
    let mut buf = [0u8; 8];
    let mut len = 0usize;
    for c in token.chars() {
        let lc = c.to_ascii_lowercase();
        if !lc.is_ascii() {
            return false;
        }
        if let Some(slot) = buf.get_mut(len) {
            *slot = lc as u8;
            len = len.saturating_add(1);
        }
    }
    let key = buf
        .get(..len)
        .and_then(|b| core::str::from_utf8(b).ok())
        .unwrap_or("");
    ABBREVIATIONS.contains(key)
}

/// Abbreviations written after a year, such as the Polish `r.` (*roku*): the union of
/// `core/lang/<xx>/words/year_marks.words`.
const YEAR_MARKS: WordList = crate::lang::data::WORDS_YEAR_MARKS_ANY;

/// Whether `token` (ending at byte `at`) is a year mark ([`YEAR_MARKS`], the Polish `r.`)
/// right after a four-digit year (`9 lipca 2026 r.`): its dot may end a sentence, which
/// then ends if the next word is capitalised, as after any word (`… 2026 r. Zgłoszenie …`).
fn after_year(text: &str, at: usize, token: &str) -> bool {
    if !YEAR_MARKS.contains_ignore_ascii_case(token) {
        return false;
    }
    let head = text
        .get(..at.saturating_sub(1))
        .unwrap_or("")
        .trim_end_matches(' ');
    let digits = head.bytes().rev().take_while(u8::is_ascii_digit).count();
    let before = head.len().checked_sub(5).and_then(|i| head.get(i..=i));
    digits == 4 && before.is_none_or(|b| !b.chars().all(char::is_alphanumeric))
}

/// The first non-blank character at or after `at` on the same line, if any.
fn next_on_line(text: &str, at: usize) -> Option<char> {
    text.get(at..)?
        .chars()
        .take_while(|&c| c != '\n')
        .find(|c| !c.is_whitespace())
}

/// What follows a line break at byte `nl` (the `\n`): `(blank_line_follows, first char of
/// the next non-empty line)`.
fn after_newline(text: &str, nl: usize) -> (bool, Option<char>) {
    let rest = text.get(nl.saturating_add(1)..).unwrap_or("");
    let mut blank = false;
    for c in rest.chars() {
        if c == '\n' {
            blank = true;
        } else if !c.is_whitespace() {
            return (blank, Some(c));
        }
    }
    (true, None)
}

impl Iterator for Sentences<'_> {
    type Item = Sentence;

    fn next(&mut self) -> Option<Sentence> {
        crate::work::tick(1);
        let text = self.text;
        let rest = text.get(self.pos..)?;
        // Skip leading whitespace, noticing blank lines.
        let mut newlines = 0usize;
        let mut start = None;
        for (i, c) in rest.char_indices() {
            if c == '\n' {
                newlines = newlines.saturating_add(1);
            } else if !c.is_whitespace() {
                start = Some(self.pos.saturating_add(i));
                break;
            }
        }
        let Some(start) = start else {
            self.pos = text.len();
            return None;
        };
        let paragraph_start = start == self.first || newlines >= 2;
        let body = text.get(start..).unwrap_or("");
        let mut end = text.len();
        let mut next_pos = text.len();
        let bytes = body.as_bytes();
        let mut prev_char = ' ';
        // `i`: the byte of `body` being read, always on a char boundary.
        let mut i = 0usize;
        while let Some(&b) = bytes.get(i) {
            // ASCII other than a line break or a sentence mark, the common case: only the
            // last non-blank char is kept (for a line ending in `:`).
            if b.is_ascii() && !matches!(b, b'\n' | b'.' | b'!' | b'?') {
                if !matches!(b, b'\t'..=b'\r' | b' ') {
                    prev_char = char::from(b);
                }
                i = i.saturating_add(1);
                continue;
            }
            // A two-byte char (Greek, accented Latin: never a line break or a sentence
            // mark) only becomes the last non-blank char, unless it is one of the two
            // blanks among them (U+0085, U+00A0), without decoding it from a slice.
            if let Some(c) = super::words::two_byte_char(bytes, i) {
                i = i.saturating_add(2);
                if c != '\u{85}' && c != '\u{A0}' {
                    prev_char = c;
                }
                continue;
            }
            let Some(c) = body.get(i..).and_then(|r| r.chars().next()) else {
                break;
            };
            let abs = start.saturating_add(i);
            i = i.saturating_add(c.len_utf8());
            match c {
                '\n' => {
                    let (blank, next) = after_newline(text, abs);
                    let joins =
                        !blank && prev_char != ':' && next.is_some_and(|n| n.is_lowercase());
                    if !joins {
                        end = abs;
                        next_pos = abs;
                        break;
                    }
                }
                '.' | '!' | '?' | '…' => {
                    // Swallow closing quotes and brackets.
                    let mut stop = abs.saturating_add(c.len_utf8());
                    while let Some(d) = body.get(i..).and_then(|r| r.chars().next()) {
                        if is_closer(d) || (d == c && c != '.') {
                            i = i.saturating_add(d.len_utf8());
                            stop = start.saturating_add(i);
                        } else {
                            break;
                        }
                    }
                    let followed_by_space = text
                        .get(stop..)
                        .and_then(|r| r.chars().next())
                        .is_none_or(char::is_whitespace);
                    if followed_by_space {
                        let token = token_before(text, abs);
                        let digit_next =
                            next_on_line(text, stop).is_some_and(|d| d.is_ascii_digit());
                        let abbreviation = c == '.'
                            && !after_year(text, abs, token)
                            && (is_abbreviation(token)
                                || (digit_next
                                    && NUMBER_ABBREVIATIONS.contains_ignore_ascii_case(token)));
                        let lower_next = next_on_line(text, stop).is_some_and(char::is_lowercase);
                        if !abbreviation && !lower_next {
                            end = stop;
                            next_pos = stop;
                            break;
                        }
                    }
                    prev_char = c;
                    continue;
                }
                _ => {}
            }
            if !c.is_whitespace() {
                prev_char = c;
            }
        }
        // Trim trailing whitespace.
        let trimmed_end = text
            .get(start..end)
            .map_or(end, |s| start.saturating_add(s.trim_end().len()));
        self.pos = next_pos;
        Some(Sentence {
            start,
            end: trimmed_end,
            paragraph_start,
        })
    }
}

fn first_non_blank(text: &str) -> usize {
    text.char_indices()
        .find(|(_, c)| !c.is_whitespace())
        .map_or(0, |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> heapless::Vec<&str, 32> {
        Sentences::new(text)
            .filter_map(|s| text.get(s.start..s.end))
            .collect()
    }

    #[test]
    fn splits_prose_but_not_abbreviations_or_ordinals() {
        let t = "Am 12. Mai wurden ca. 1.200 Kunden z.B. informiert. Wir haben e.g. Art. 33 befolgt! Neu?";
        assert_eq!(
            &split(t)[..],
            &[
                "Am 12. Mai wurden ca. 1.200 Kunden z.B. informiert.",
                "Wir haben e.g. Art. 33 befolgt!",
                "Neu?"
            ]
        );
    }

    #[test]
    fn lines_are_sentences_unless_wrapped() {
        let t =
            "Date: Mon, 12 May 2025\nHi Jo,\n\nWe found the fault\nand fixed it.\n1. Nature\nText";
        assert_eq!(
            &split(t)[..],
            &[
                "Date: Mon, 12 May 2025",
                "Hi Jo,",
                "We found the fault\nand fixed it.",
                "1. Nature",
                "Text"
            ]
        );
    }

    #[test]
    fn marks_paragraph_starts() {
        let t = "A.\nB.\n\nC.";
        let starts: heapless::Vec<bool, 8> = Sentences::new(t).map(|s| s.paragraph_start).collect();
        assert_eq!(&starts[..], &[true, false, true]);
    }

    #[test]
    fn closing_quotes_stay_with_the_sentence() {
        let t = "He said \"stop.\" Then (it ended.) Done";
        assert_eq!(
            &split(t)[..],
            &["He said \"stop.\"", "Then (it ended.)", "Done"]
        );
    }

    #[test]
    fn odd_input_terminates() {
        for t in ["", "   ", "\n\n", ".", "...", "a.b.c", "…!?", "x\u{00AD}\n"] {
            let _ = split(t);
        }
    }

    #[test]
    fn a_polish_year_mark_may_end_a_sentence() {
        assert_eq!(
            &split("Naruszenie stwierdziliśmy 2 lipca 2026 r. Zgłoszenie składamy dziś.")[..],
            &[
                "Naruszenie stwierdziliśmy 2 lipca 2026 r.",
                "Zgłoszenie składamy dziś."
            ]
        );
        assert_eq!(
            &split("W dniu 12 stycznia 2026 r. zarząd dowiedział się o tym.")[..],
            &["W dniu 12 stycznia 2026 r. zarząd dowiedział się o tym."]
        );
        assert_eq!(&split("Vitamin r. Is one.")[..], &["Vitamin r. Is one."]);
    }

    #[test]
    fn titles_and_field_labels_do_not_end_sentences() {
        let cases: &[(&str, usize)] = &[
            ("Contact dhr. Jansen of mw. De Vries. Daarna volgt meer.", 2),
            ("Write to Mr. Smith or Mrs. Jones and Dr. Lee. Thanks.", 2),
            (
                "Rivolgersi al dott. Rossi, alla dott.ssa Bianchi o alla sig.ra Verdi. Grazie.",
                2,
            ),
            ("Avv. Neri e Sig. Conti. Fine.", 2),
            (
                "Llame al Tel. 910 555 372, p. ej. por la mañana. Gracias.",
                2,
            ),
            ("Oficina en Av. Castellana, c/ Mayor 123. Hola.", 2),
            (
                "Siehe Art. 33 bzw. Nr. 4 der Regel, z. B. Abs. 2 DSGVO. Ende.",
                2,
            ),
            ("Order No. 12 is late. The answer is no. Next.", 3),
            (
                "Write to dpo@example.com or www.example.com today. Next.",
                2,
            ),
            ("It cost 3.5 million on 12.05.2025 at noon. Next.", 2),
        ];
        for &(t, n) in cases {
            assert_eq!(split(t).len(), n, "{t}: {:?}", split(t));
        }
    }
}
