//! `long_sentences`: sentences of more than [`LONG_SENTENCE_WORDS`] words, the longest
//! first kept as evidence. Info: Art. 12(1) and 34(2) GDPR ask for clear and plain
//! language; WP29 Guidelines on transparency (WP260 rev.01) advise against complex
//! sentences; plain-language guides put the average at 15–20 words.

use super::{SentenceHits, Severity, Signal, SignalId};
use crate::limits::MAX_EVIDENCE;
use crate::span::Span;

/// A sentence of more words than this is long (the same in every language: plain-language
/// guides of each give 20–25 words as the upper end of an easy sentence).
pub const LONG_SENTENCE_WORDS: u32 = 25;

/// The longest sentences seen (up to [`MAX_EVIDENCE`]) and how many there were.
#[derive(Debug, Default)]
pub struct LongSentences {
    longest: heapless::Vec<(u32, Span), MAX_EVIDENCE>,
    count: usize,
}

impl LongSentences {
    /// Reads one sentence.
    pub fn sentence(&mut self, s: &SentenceHits) {
        if s.words <= LONG_SENTENCE_WORDS {
            return;
        }
        self.count = self.count.saturating_add(1);
        if self.longest.push((s.words, s.span)).is_err() {
            // Drop the shortest kept one if this one is longer, keeping text order.
            let shortest = self
                .longest
                .iter()
                .enumerate()
                .min_by_key(|(_, (w, _))| *w)
                .map(|(i, (w, _))| (i, *w));
            if let Some((i, w)) = shortest
                && w < s.words
            {
                self.longest.remove(i);
                let _ = self.longest.push((s.words, s.span));
            }
        }
    }

    /// The signal, if any sentence is long: evidence in text order.
    pub fn finish(self) -> Option<Signal> {
        if self.longest.is_empty() {
            return None;
        }
        let mut signal = Signal::new(SignalId::LongSentences, Severity::Info);
        for (_, s) in &self.longest {
            signal.add(*s);
        }
        signal.evidence_truncated = self.count > self.longest.len();
        Some(signal)
    }
}
