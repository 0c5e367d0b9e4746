//! A sentence's words split once ([`SentenceWords`]) for the passes that read it, and
//! the source a pass reads words from ([`WordSource`]): split from the text as they are
//! read, or read from a sentence's words split before — the same words either way.

use crate::limits::MAX_SENTENCE_WORDS;

use super::words::{Word, Words};

/// The words of one sentence, split once by the reading pass ([`crate::report`]) and read
/// by each of its passes over that sentence (the cue matcher, the numbers of the counts)
/// instead of each splitting it again. At most [`MAX_SENTENCE_WORDS`]: a longer sentence
/// is not held ([`SentenceWords::get`] is `None`) and each pass splits it as before, so
/// every pass reads the same words either way.
#[derive(Debug)]
pub struct SentenceWords {
    words: heapless::Vec<Word, MAX_SENTENCE_WORDS>,
    /// Whether `words` holds every word of the sentence split last.
    complete: bool,
}

impl SentenceWords {
    /// No sentence split yet.
    pub const fn new() -> Self {
        SentenceWords {
            words: heapless::Vec::new(),
            complete: false,
        }
    }

    /// Splits `text`, a sentence starting at byte `base` of the notice (as
    /// [`Words::with_offset`]), in place of the sentence held before.
    pub fn split(&mut self, text: &str, base: usize) {
        self.words.clear();
        self.complete = true;
        let mut words = Words::with_offset(text, base);
        // Each word set into its slot field by field ([`Word::set`]): pushed as a whole,
        // it is copied byte by byte at opt-level z.
        while let Some(w) = words.next().as_ref() {
            if self.words.push(Word::EMPTY).is_err() {
                // Not held: `get` gives `None` until the next sentence is split.
                self.complete = false;
                return;
            }
            if let Some(slot) = self.words.last_mut() {
                slot.set(w);
            }
        }
    }

    /// The words' storage, emptied, for a pass that reads a sentence too long to be held
    /// ([`SentenceWords::get`] is `None`) in windows of its own words (the review's phrase
    /// windows, [`crate::fix::phrase`]): no second buffer of words on the stack.
    /// [`SentenceWords::get`] stays `None` until the next sentence is split.
    #[cfg(feature = "fix")]
    pub(crate) fn reuse(&mut self) -> &mut heapless::Vec<Word, MAX_SENTENCE_WORDS> {
        self.complete = false;
        self.words.clear();
        &mut self.words
    }

    /// Every word of the sentence split last, or `None` when it has more than
    /// [`MAX_SENTENCE_WORDS`].
    pub fn get(&self) -> Option<&[Word]> {
        self.complete.then_some(self.words.as_slice())
    }
}

impl Default for SentenceWords {
    fn default() -> Self {
        SentenceWords::new()
    }
}

/// The words of a text: split as they are read ([`Words`]) or read from a sentence's
/// words split before ([`SentenceWords`]); the same words either way.
#[derive(Debug, Clone)]
pub enum WordSource<'t> {
    /// Split from the text as they are read.
    Split(Words<'t>),
    /// Read from words split before.
    Read(core::slice::Iter<'t, Word>),
}

impl<'t> WordSource<'t> {
    /// The words of `text`, a slice starting at byte `base` of a larger text: `words` when
    /// given (they must be that slice's words, as [`SentenceWords::get`] gives them), else
    /// split from `text`.
    pub fn new(text: &'t str, base: usize, words: Option<&'t [Word]>) -> Self {
        match words {
            Some(words) => WordSource::Read(words.iter()),
            None => WordSource::Split(Words::with_offset(text, base)),
        }
    }
}

impl Iterator for WordSource<'_> {
    type Item = Word;

    fn next(&mut self) -> Option<Word> {
        match self {
            WordSource::Split(words) => words.next(),
            // Set field by field ([`Word::set`]), not copied as a whole.
            WordSource::Read(words) => words.next().map(|w| {
                let mut out = Word::EMPTY;
                out.set(w);
                out
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;
    use crate::text::numbers::Numbers;

    /// The words held are the words [`Words`] splits (spans with the base, forms); a
    /// sentence with more than [`MAX_SENTENCE_WORDS`] is not held, and the next shorter
    /// one is.
    #[test]
    fn holds_the_split_words_or_none() {
        let mut held = SentenceWords::new();
        let text = "Rund 12.000 Kunden-\ndaten und E-Mail-Adressen: 1,2 Millionen Datensätze.";
        held.split(text, 100);
        let split: heapless::Vec<Word, 32> = Words::with_offset(text, 100).collect();
        assert_eq!(held.get(), Some(split.as_slice()));
        let long = "wort ".repeat(MAX_SENTENCE_WORDS + 1);
        held.split(&long, 0);
        assert_eq!(held.get(), None);
        let exact = "wort ".repeat(MAX_SENTENCE_WORDS);
        held.split(&exact, 0);
        assert_eq!(held.get().map(<[Word]>::len), Some(MAX_SENTENCE_WORDS));
        held.split(text, 100);
        assert_eq!(held.get(), Some(split.as_slice()));
    }

    /// Numbers read from held words are the numbers split from the text.
    #[test]
    fn numbers_from_held_words_are_the_same() {
        let text = "ca. 2.340 und 1 200 Personen; 3,2 GB; 12 Mio. Datensätze, zwölf Konten";
        let mut held = SentenceWords::new();
        held.split(text, 7);
        let data = Lang::De.data();
        let split: heapless::Vec<_, 8> = Numbers::new(text, 7, data).collect();
        let read: heapless::Vec<_, 8> = Numbers::with_words(text, 7, data, held.get()).collect();
        assert!(!split.is_empty());
        assert_eq!(split, read);
    }
}
