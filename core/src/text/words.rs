//! Words: maximal runs of letters and digits, each yielded with its normalised form (in a
//! fixed buffer of [`MAX_WORD_BYTES`]) and its byte span in the text.
//!
//! A word is what the cue format ([`crate::elements::cue`]) calls a word: apostrophes,
//! hyphens, punctuation and all spaces separate words; combining marks, the soft hyphen
//! and zero-width characters inside a word are kept in the span but dropped from the
//! normalised form. A word hyphenated at a line end (`Kunden-` newline `daten`) is joined
//! when the next line starts with a lowercase letter.
//!
//! ```
//! use breachnotice::text::words::Words;
//! let text = "Größe: E-Mail-Adresse";
//! let words: Vec<(String, usize, usize)> = Words::new(text)
//!     .map(|w| (w.text().to_string(), w.start, w.end))
//!     .collect();
//! assert_eq!(words[0], ("grosse".to_string(), 0, 7));
//! assert_eq!(words[1].0, "e");
//! assert_eq!(words[3].0, "adresse");
//! ```

use crate::limits::MAX_WORD_BYTES;

use super::normalise::{SOFT_HYPHEN, continues_word, fold_char, is_letter, is_word_char};

/// One word: its span in the text and its normalised form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    /// Byte offset of the word's first character (absolute: includes the iterator's base).
    pub start: usize,
    /// Byte offset one past its last character.
    pub end: usize,
    form: Form,
}

/// A word's normalised form: a prefix of [`MAX_WORD_BYTES`] and whether it was cut.
/// Built apart from the [`Word`] and moved into it at the end: smaller than a whole word,
/// it is moved with a few wide loads and stores instead of a byte-wise copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Form {
    buf: [u8; MAX_WORD_BYTES],
    len: u8,
    too_long: bool,
}

impl Word {
    /// An empty word at 0..0 (a placeholder for fixed arrays).
    pub const EMPTY: Word = Word {
        start: 0,
        end: 0,
        form: Form::EMPTY,
    };

    /// The normalised form (lowercase, folded). For a word longer than
    /// [`MAX_WORD_BYTES`] only a prefix; see [`Word::too_long`].
    pub fn text(&self) -> &str {
        core::str::from_utf8(self.bytes()).ok().unwrap_or("")
    }

    /// The normalised form as bytes (UTF-8), without re-validating it.
    pub fn bytes(&self) -> &[u8] {
        self.form
            .buf
            .get(..usize::from(self.form.len))
            .unwrap_or(&[])
    }

    /// Whether the normalised form did not fit [`MAX_WORD_BYTES`]; such a word matches no
    /// cue.
    pub fn too_long(&self) -> bool {
        self.form.too_long
    }

    /// Makes this word a copy of `w`. On a 64-bit target field by field: each part is
    /// moved with a few wide loads and stores, where an optimiser for size copies a whole
    /// word (72 bytes there, over its 64-byte limit for that) byte by byte. Elsewhere (a
    /// 60-byte word) as a whole: the smaller code.
    #[inline(always)]
    pub fn set(&mut self, w: &Word) {
        #[cfg(target_pointer_width = "64")]
        {
            self.start = w.start;
            self.end = w.end;
            self.form = w.form;
        }
        #[cfg(not(target_pointer_width = "64"))]
        {
            *self = *w;
        }
    }

    /// Whether the word consists of ASCII digits only.
    pub fn is_digits(&self) -> bool {
        self.form.len > 0 && self.bytes().iter().all(u8::is_ascii_digit)
    }
}

impl Form {
    const EMPTY: Form = Form {
        buf: [0; MAX_WORD_BYTES],
        len: 0,
        too_long: false,
    };

    /// Appends the run of ASCII letters and digits of `bytes` that starts at `from`,
    /// lowercased, and returns where the run ends; what does not fit is dropped and flags
    /// the word as too long.
    fn push_ascii_run(&mut self, bytes: &[u8], from: usize) -> usize {
        // Two loops, each with one test per byte besides the class: while there is room,
        // each byte is classified and lowercased into the buffer (ASCII letters and
        // digits: setting bit 5 lowercases a letter and keeps a digit); what is left of
        // the run is only skipped, and flags the word as too long.
        let mut at = usize::from(self.len);
        let mut i = from;
        if !self.too_long {
            while let (Some(&b), Some(d)) = (bytes.get(i), self.buf.get_mut(at)) {
                if !is_ascii_alphanumeric(b) {
                    break;
                }
                *d = b | 0x20;
                at = at.saturating_add(1);
                i = i.saturating_add(1);
            }
        }
        while let Some(&b) = bytes.get(i) {
            if !is_ascii_alphanumeric(b) {
                break;
            }
            self.too_long = true;
            i = i.saturating_add(1);
        }
        self.len = u8::try_from(at).unwrap_or(u8::MAX);
        i
    }

    #[inline(never)]
    fn push(&mut self, c: char) {
        // An ASCII char (what a Greek letter or an accented Latin one folds to) is stored
        // as its byte, without encoding it and copying a slice of one byte. Not on bare
        // metal (`target_os = "none"`), where flash is scarcer than time: the same bytes
        // in less code.
        if !cfg!(target_os = "none") && c.is_ascii() {
            match self.buf.get_mut(usize::from(self.len)) {
                Some(d) if !self.too_long => {
                    *d = c as u8;
                    self.len = self.len.saturating_add(1);
                }
                _ => self.too_long = true,
            }
            return;
        }
        let mut tmp = [0u8; 4];
        let enc = c.encode_utf8(&mut tmp).as_bytes();
        let at = usize::from(self.len);
        match self.buf.get_mut(at..at.saturating_add(enc.len())) {
            Some(dst) if !self.too_long => {
                dst.copy_from_slice(enc);
                self.len = u8::try_from(at.saturating_add(enc.len())).unwrap_or(u8::MAX);
            }
            _ => self.too_long = true,
        }
    }
}

/// Whether `b` is an ASCII letter or digit ([`u8::is_ascii_alphanumeric`], read from a
/// table).
#[inline(always)]
fn is_ascii_alphanumeric(b: u8) -> bool {
    ASCII_ALPHANUMERIC.get(usize::from(b)) == Some(&true)
}

/// `ASCII_ALPHANUMERIC[b]`: whether byte `b` is an ASCII letter or digit (one load per
/// byte in the words' hot loop instead of two range checks).
#[allow(
    clippy::indexing_slicing,
    clippy::cast_possible_truncation,
    reason = "evaluated at compile time only: `b` stays below 256"
)]
static ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0usize;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The char at `i` of `bytes` (UTF-8 text, `i` a char boundary) when it takes two bytes
/// (Greek, accented Latin), decoded here instead of by slicing the text and decoding it
/// with `chars`; `None` for any other char, and on bare metal (`target_os = "none"`,
/// where flash is scarcer than time).
#[inline(always)]
pub(crate) fn two_byte_char(bytes: &[u8], i: usize) -> Option<char> {
    if cfg!(target_os = "none") {
        return None;
    }
    let (&lead, &cont) = (bytes.get(i)?, bytes.get(i.saturating_add(1))?);
    if lead & 0xE0 != 0xC0 || cont & 0xC0 != 0x80 {
        return None;
    }
    char::from_u32((u32::from(lead & 0x1F) << 6) | u32::from(cont & 0x3F))
}

/// An iterator over the words of a text. Linear in the text's length, no allocation.
#[derive(Debug, Clone)]
pub struct Words<'t> {
    text: &'t str,
    base: usize,
    pos: usize,
}

impl<'t> Words<'t> {
    /// The words of `text`; spans are offsets into `text`.
    pub fn new(text: &'t str) -> Self {
        Words::with_offset(text, 0)
    }

    /// The words of `text`, a slice that starts at byte `base` of a larger text; spans are
    /// offsets into the larger text.
    pub fn with_offset(text: &'t str, base: usize) -> Self {
        Words { text, base, pos: 0 }
    }
}

/// If `rest` (starting right after a hyphen) is a line break followed by optional blanks
/// and a lowercase letter, the number of bytes to skip to that letter.
fn line_end_hyphenation(rest: &str) -> Option<usize> {
    let mut skip = 0usize;
    let mut saw_newline = false;
    for (i, c) in rest.char_indices() {
        match c {
            '\r' if !saw_newline => {}
            '\n' if !saw_newline => saw_newline = true,
            ' ' | '\t' if saw_newline => {}
            c if saw_newline && c.is_lowercase() => {
                skip = i;
                break;
            }
            _ => return None,
        }
    }
    if skip == 0 { None } else { Some(skip) }
}

/// Where a word broken by the hyphen `hyphen` at byte `i` of `rest` resumes after the line
/// break (the offset of its lowercase continuation), if the hyphen ends a line.
fn resume_after_line_break(rest: &str, i: usize, hyphen: char) -> Option<usize> {
    let after = i.saturating_add(hyphen.len_utf8());
    let skip = rest.get(after..).and_then(line_end_hyphenation)?;
    Some(after.saturating_add(skip))
}

impl Iterator for Words<'_> {
    type Item = Word;

    fn next(&mut self) -> Option<Word> {
        crate::work::tick(1);
        // The bytes from `pos` on (a char boundary): ASCII is read from them directly; the
        // rest of the text as a `str` is sliced only for a non-ASCII char or a hyphen.
        let bytes = self.text.as_bytes().get(self.pos..)?;
        let rest = || self.text.get(self.pos..).unwrap_or("");
        let mut word = Form::EMPTY;
        let mut start = 0usize;
        let mut started = false;
        let mut last_is_letter = false;
        let mut i = 0usize;
        let mut end_rel = bytes.len();
        while let Some(&b) = bytes.get(i) {
            // ASCII, the common case: classified and lowercased byte by byte. (No ASCII
            // char is a combining mark, soft hyphen or zero-width char, so the checks for
            // those below never apply here.)
            if b.is_ascii() {
                let alphanumeric = is_ascii_alphanumeric(b);
                if !started {
                    if !alphanumeric {
                        i = i.saturating_add(1);
                        continue;
                    }
                    started = true;
                    start = self.base.saturating_add(self.pos).saturating_add(i);
                } else if !alphanumeric {
                    if b == b'-'
                        && last_is_letter
                        && let Some(target) = resume_after_line_break(rest(), i, '-')
                    {
                        i = target;
                        continue;
                    }
                    end_rel = i;
                    break;
                }
                // The whole run of ASCII letters and digits at once (`b` starts it).
                i = word.push_ascii_run(bytes, i);
                last_is_letter = i
                    .checked_sub(1)
                    .and_then(|last| bytes.get(last))
                    .is_some_and(u8::is_ascii_alphabetic);
                continue;
            }
            let Some(c) = two_byte_char(bytes, i).or_else(|| {
                self.text
                    .get(self.pos.saturating_add(i)..)
                    .and_then(|r| r.chars().next())
            }) else {
                break;
            };
            if !started {
                if is_word_char(c) {
                    started = true;
                    start = self.base.saturating_add(self.pos).saturating_add(i);
                } else {
                    i = i.saturating_add(c.len_utf8());
                    continue;
                }
            } else if !continues_word(c) {
                // (A soft hyphen continues a word, so it is handled below, not here.)
                if c == '-'
                    && last_is_letter
                    && let Some(target) = resume_after_line_break(rest(), i, c)
                {
                    i = target;
                    continue;
                }
                end_rel = i;
                break;
            }
            if c == SOFT_HYPHEN
                && let Some(target) = resume_after_line_break(rest(), i, c)
            {
                i = target;
                continue;
            }
            last_is_letter = is_letter(c) || (last_is_letter && !c.is_numeric());
            for f in fold_char(c) {
                word.push(f);
            }
            i = i.saturating_add(c.len_utf8());
        }
        if !started {
            self.pos = self.text.len();
            return None;
        }
        let end = self.base.saturating_add(self.pos).saturating_add(end_rel);
        self.pos = self.pos.saturating_add(end_rel);
        Some(Word {
            start,
            end,
            form: word,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(text: &str) -> heapless::Vec<(heapless::String<48>, usize, usize), 32> {
        let mut v = heapless::Vec::new();
        for w in Words::new(text) {
            let mut s = heapless::String::new();
            let _ = s.push_str(w.text());
            let _ = v.push((s, w.start, w.end));
        }
        v
    }

    #[test]
    fn splits_on_apostrophes_hyphens_and_nbsp() {
        let v = collect("don’t l'accès E-Mail\u{00A0}Adresse");
        let words: heapless::Vec<&str, 32> = v.iter().map(|(s, _, _)| s.as_str()).collect();
        assert_eq!(
            &words[..],
            &["don", "t", "l", "acces", "e", "mail", "adresse"]
        );
    }

    #[test]
    fn spans_cover_the_original_bytes() {
        let text = "Über Größe";
        for (_, s, e) in collect(text) {
            assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
        }
        let v = collect(text);
        let second = v.get(1);
        assert_eq!(second.and_then(|w| text.get(w.1..w.2)), Some("Größe"));
        assert_eq!(second.map(|w| w.0.as_str()), Some("grosse"));
    }

    #[test]
    fn joins_line_end_hyphenation_and_soft_hyphens() {
        let v = collect("Kunden-\n  daten und Da\u{00AD}ten, E-\nMail");
        let words: heapless::Vec<&str, 32> = v.iter().map(|(s, _, _)| s.as_str()).collect();
        assert_eq!(&words[..], &["kundendaten", "und", "daten", "e", "mail"]);
    }

    #[test]
    fn long_words_are_flagged() {
        let bytes = [b'a'; 100];
        let long = core::str::from_utf8(&bytes).unwrap_or("");
        let w = Words::new(long).next();
        assert!(w.is_some_and(|w| w.too_long() && w.end == 100));
    }

    /// [`two_byte_char`] decodes every two-byte char and no other.
    #[test]
    fn two_byte_chars_are_decoded() {
        for c in (0x80u32..0x1_0000).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let want = (c.len_utf8() == 2).then_some(c);
            assert_eq!(two_byte_char(bytes, 0), want, "{c:?}");
        }
        assert_eq!(two_byte_char(b"a", 0), None);
    }

    /// The only blanks among the two-byte chars are U+0085 and U+00A0 (as
    /// `text::sentences` reads them).
    #[test]
    fn two_byte_blanks() {
        for c in (0x80u32..0x800).filter_map(char::from_u32) {
            assert_eq!(c.is_whitespace(), c == '\u{85}' || c == '\u{A0}', "{c:?}");
        }
    }

    #[test]
    fn offsets_add_the_base() {
        let w = Words::with_offset("  ab", 10).next();
        assert_eq!(w.map(|w| (w.start, w.end)), Some((12, 14)));
    }
}
