//! `jargon`: technical terms (`core/lang/<xx>/jargon.txt`, group `term`: "exfiltration",
//! "SQL injection", "hashed and salted", "ransomware", …) with no explanation in their
//! sentence — neither an `explain` phrase ("which means", "in other words") nor a bracket
//! right after the term. Info: Art. 12(1) and 34(2) GDPR; WP29 Guidelines on transparency
//! (WP260 rev.01): avoid technical terms or explain them.

use super::{Group, SentenceHits, Severity, Signal, SignalId};

/// Collects unexplained terms.
#[derive(Debug, Default)]
pub struct Jargon {
    found: Option<Signal>,
}

impl Jargon {
    /// Reads one sentence.
    pub fn sentence(&mut self, text: &str, s: &SentenceHits) {
        let Some(term) = s.get(Group::Term) else {
            return;
        };
        if s.has(Group::Explain) {
            return;
        }
        // "ransomware (malicious software that locks files)": explained in brackets.
        let after = text
            .get(term.end as usize..s.span.end as usize)
            .unwrap_or("")
            .trim_start();
        if after.starts_with(['(', '—', '–']) {
            return;
        }
        self.found
            .get_or_insert_with(|| Signal::new(SignalId::Jargon, Severity::Info))
            .add(term);
    }

    /// The signal, if any term went unexplained.
    pub fn finish(self) -> Option<Signal> {
        self.found
    }
}
