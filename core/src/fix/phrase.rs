//! Phrases of the `fix` data files matched against the words of a sentence.
//!
//! A phrase is written in natural spelling (`no need to change your password`,
//! `Datenschutzverletzung`, `à l'avenir`); it is read with the same word scanner as the
//! notice ([`crate::text::words::Words`]), so case, accents, apostrophes and hyphens never
//! matter: `E-Mail` and `e mail` are the same phrase. A `*` right after a word makes that
//! word a prefix (`password*` matches `passwords`). Words match in sequence, with nothing
//! between them — except at a ` ... ` (one per phrase), where up to [`MAX_GAP_WORDS`]
//! words may stand (`will be ... closed` matches "will be permanently closed").
//!
//! A sentence is read in windows of [`FIX_WINDOW_WORDS`] words (a longer sentence in
//! overlapping windows, so no phrase of up to [`MAX_PHRASE_WORDS`] words is missed).

use heapless::Vec;

use crate::limits::{FIX_WINDOW_WORDS, MAX_PHRASE_WORDS};
use crate::span::Span;
use crate::text::sentences::Sentence;
use crate::text::words::{Word, Words};

/// Words a ` ... ` gap of a phrase may skip.
pub const MAX_GAP_WORDS: usize = 3;

/// The words of one window of a sentence.
pub type Window = Vec<Word, FIX_WINDOW_WORDS>;

/// One word of a phrase: its normalised form and whether it is a prefix (`word*`).
#[derive(Debug, Clone, Copy)]
struct PhraseWord {
    word: Word,
    prefix: bool,
}

/// The words of `phrase`, or `None` if it has none or more than [`MAX_PHRASE_WORDS`].
fn phrase_words(phrase: &str) -> Option<Vec<PhraseWord, MAX_PHRASE_WORDS>> {
    let mut out = Vec::new();
    for word in Words::new(phrase) {
        let prefix = phrase.as_bytes().get(word.end) == Some(&b'*');
        out.push(PhraseWord { word, prefix }).ok()?;
    }
    (!out.is_empty()).then_some(out)
}

fn word_matches(text: &Word, phrase: &PhraseWord) -> bool {
    if text.too_long() {
        return false;
    }
    if phrase.prefix {
        text.bytes().starts_with(phrase.word.bytes())
    } else {
        text.bytes() == phrase.word.bytes()
    }
}

/// Where the phrase words `words` match `window` from word `at` on: the index one past
/// the last matched word.
fn match_at(window: &[Word], at: usize, words: &[PhraseWord]) -> Option<usize> {
    let rest = window.get(at..)?;
    (rest.len() >= words.len() && words.iter().zip(rest).all(|(p, t)| word_matches(t, p)))
        .then_some(at.saturating_add(words.len()))
}

/// Calls `found` with the span of every place `phrase` matches in `window` (from the
/// first matched word's start to the last one's end).
pub fn each_match(window: &[Word], phrase: &str, found: &mut dyn FnMut(Span)) {
    let (head, tail) = match super::data::split_once(phrase, " ... ") {
        Some((h, t)) => (h, Some(t)),
        None => (phrase, None),
    };
    // Most phrases do not match at all: read only the first word before the whole phrase,
    // and stop when no word of the window can start it (the loop below would find nothing).
    let Some(first_word) = Words::new(head).next() else {
        return;
    };
    let first = PhraseWord {
        word: first_word,
        prefix: head.as_bytes().get(first_word.end) == Some(&b'*'),
    };
    if !window.iter().any(|w| word_matches(w, &first)) {
        return;
    }
    let Some(words) = phrase_words(head) else {
        return;
    };
    let tail = match tail {
        Some(t) => match phrase_words(t) {
            Some(w) => Some(w),
            None => return,
        },
        None => None,
    };
    let Some(first) = words.first() else {
        return;
    };
    for (i, w) in window.iter().enumerate() {
        if !word_matches(w, first) {
            continue;
        }
        let Some(mut end) = match_at(window, i, &words) else {
            continue;
        };
        if let Some(tail) = &tail {
            let Some(e) =
                (end..=end.saturating_add(MAX_GAP_WORDS)).find_map(|j| match_at(window, j, tail))
            else {
                continue;
            };
            end = e;
        }
        let last = window.get(end.saturating_sub(1)).unwrap_or(w);
        found(Span {
            start: u32::try_from(w.start).unwrap_or(u32::MAX),
            end: u32::try_from(last.end).unwrap_or(u32::MAX),
        });
    }
}

/// The first match of any phrase of `phrases` in `window`.
pub fn first_match<'p>(window: &[Word], phrases: impl Iterator<Item = &'p str>) -> Option<Span> {
    for phrase in phrases {
        let mut hit = None;
        each_match(window, phrase, &mut |s| {
            if hit.is_none() {
                hit = Some(s);
            }
        });
        if hit.is_some() {
            return hit;
        }
    }
    None
}

/// Calls `window` with each window of words of `sentence` in `text`: the whole sentence
/// when it has at most [`FIX_WINDOW_WORDS`] words, else overlapping windows
/// ([`MAX_PHRASE_WORDS`] − 1 words shared).
pub fn windows(text: &str, sentence: Sentence, window: &mut dyn FnMut(&[Word])) {
    let slice = text.get(sentence.start..sentence.end).unwrap_or("");
    let mut buf = Window::new();
    let mut any = false;
    for w in Words::with_offset(slice, sentence.start) {
        if buf.is_full() {
            window(&buf);
            any = true;
            // The last words move to the front, in place (a second window would double
            // the frame: 4 KiB more of stack).
            let keep = MAX_PHRASE_WORDS.saturating_sub(1);
            let from = buf.len().saturating_sub(keep);
            buf.copy_within(from.., 0);
            buf.truncate(buf.len() - from);
        }
        let _ = buf.push(w);
    }
    if !buf.is_empty() || !any {
        window(&buf);
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use crate::text::sentences::Sentences;
    use std::vec::Vec as StdVec;

    fn spans(text: &str, phrase: &str) -> StdVec<(u32, u32)> {
        let mut out = StdVec::new();
        for s in Sentences::new(text) {
            windows(text, s, &mut |w| {
                each_match(w, phrase, &mut |m| out.push((m.start, m.end)))
            });
        }
        out
    }

    #[test]
    fn case_accents_and_hyphens_do_not_matter() {
        assert_eq!(spans("Bitte die E-Mail prüfen.", "e mail"), [(10, 16)]);
        assert_eq!(
            spans("Une ERREUR technique.", "erreur technique"),
            [(4, 20)]
        );
        assert_eq!(spans("Change your passwords now.", "password*"), [(12, 21)]);
        assert_eq!(spans("Change your passwords now.", "password"), []);
        assert_eq!(spans("l'équipe", "l equipe"), [(0, 9)]);
    }

    #[test]
    fn a_gap_skips_up_to_three_words() {
        let text = "Your account will be permanently closed.";
        assert_eq!(spans(text, "will be ... closed"), [(13, 39)]);
        assert_eq!(spans("It will be closed.", "will be ... closed"), [(3, 17)]);
        assert_eq!(
            spans("It will be a b c d closed.", "will be ... closed"),
            []
        );
    }

    #[test]
    fn long_sentences_are_read_in_overlapping_windows() {
        let mut text = std::string::String::new();
        for _ in 0..FIX_WINDOW_WORDS - 2 {
            text.push_str("word ");
        }
        text.push_str("enter your password here.");
        assert_eq!(spans(&text, "enter your password").len(), 1);
    }
}
