//! `jargon`: technical terms (`core/lang/<xx>/jargon.txt`, group `term`: "exfiltration",
//! "SQL injection", "hashed and salted", "ransomware", …) with no explanation in their
//! sentence — neither an `explain` phrase ("which means", "in other words") nor a bracket
//! right after the term. Info: Art. 12(1) and 34(2) GDPR; WP29 Guidelines on transparency
//! (WP260 rev.01): avoid technical terms or explain them.

use super::super::phrase::{Phrases, windows_and_words};
use super::{Group, SentenceHits, Severity, Signal, SignalId};
use crate::limits::FIX_WINDOW_WORDS;
use crate::span::Span;
use crate::text::sentence_words::SentenceWords;
use crate::text::sentences::Sentence;

/// Term matches of one window sorted at once (a window with more is read term by term).
const TERM_MATCHES: usize = 2 * FIX_WINDOW_WORDS;

/// Collects unexplained terms.
#[derive(Debug, Default)]
pub struct Jargon {
    found: Option<Signal>,
}

impl Jargon {
    /// Reads one sentence: every term in it, unless the sentence explains. `words` holds
    /// the sentence's words ([`super::SignalScan::sentence`]).
    pub fn sentence(
        &mut self,
        text: &str,
        phrases: &Phrases<'_>,
        s: &SentenceHits,
        words: &mut SentenceWords,
    ) {
        if !s.has(Group::Term) || s.has(Group::Explain) {
            return;
        }
        let sentence = Sentence {
            start: s.span.start as usize,
            end: s.span.end as usize,
            paragraph_start: false,
        };
        let mut terms: heapless::Vec<Span, { crate::limits::MAX_EVIDENCE }> = heapless::Vec::new();
        let mut more = false;
        let mut take = |m: Span| {
            // "ransomware (malicious software that locks files)": explained.
            let after = text
                .get(m.end as usize..s.span.end as usize)
                .unwrap_or("")
                .trim_start();
            if after.starts_with(['(', '—', '–']) {
                return;
            }
            // "hashed and salted" holds "hashed" and "salted": keep the longest.
            if terms.iter().any(|t| t.start <= m.start && m.end <= t.end) {
                return;
            }
            terms.retain(|t| !(m.start <= t.start && t.end <= m.end));
            more |= terms.push(m).is_err();
        };
        windows_and_words(text, sentence, words, &mut |_| {}, &mut |window| {
            // The terms are taken in the order of the file, each at its places in text
            // order (when more than `MAX_EVIDENCE` are found, which are kept depends on
            // it): sorted in a buffer, or for a window with more matches than it holds,
            // one term after the other.
            let mut found: heapless::Vec<(u8, u32, u32), TERM_MATCHES> = heapless::Vec::new();
            let mut overflow = false;
            phrases.each_match(window, Group::Term.bit(), &mut |m| {
                // Kept sorted by insertion (a few terms; no sort routine in the wasm).
                let key = (m.order, m.span.start, m.span.end);
                let at = found.iter().position(|f| *f > key).unwrap_or(found.len());
                overflow |= found.insert(at, key).is_err();
            });
            if overflow {
                let mut next = Some(0u8);
                while let Some(order) = next {
                    next = None;
                    phrases.each_match(window, Group::Term.bit(), &mut |m| {
                        if m.order == order {
                            take(m.span);
                        } else if m.order > order && next.is_none_or(|n| m.order < n) {
                            next = Some(m.order);
                        }
                    });
                }
                return;
            }
            for (_, start, end) in found {
                take(Span { start, end });
            }
        });
        if terms.is_empty() {
            return;
        }
        let signal = self
            .found
            .get_or_insert_with(|| Signal::new(SignalId::Jargon, Severity::Info));
        // In text order (a few terms: insertion by position).
        let mut ordered: heapless::Vec<Span, { crate::limits::MAX_EVIDENCE }> =
            heapless::Vec::new();
        for t in terms {
            let at = ordered
                .iter()
                .position(|o| o.start > t.start)
                .unwrap_or(ordered.len());
            let _ = ordered.insert(at, t);
        }
        for t in ordered {
            signal.add(t);
        }
        signal.evidence_truncated |= more;
    }

    /// The signal, if any term went unexplained (evidence in text order: sentences come
    /// in order, and each sentence's terms are added in order).
    pub fn finish(self) -> Option<Signal> {
        self.found
    }
}
