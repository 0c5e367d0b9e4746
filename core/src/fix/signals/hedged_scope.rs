//! `hedged_scope`: "may have", "potentially" (`hedge_modal`) or "a small number of
//! customers", "some accounts" (`hedge_quantity`) while the notice gives no number of
//! people or records (none is read from the text). A quantity hedge is a warning (the
//! reader cannot tell whether they are among "some"); a modal hedge alone is info ("may
//! have been accessed" is often unavoidable early on). Art. 12(1) GDPR; WP29 Guidelines
//! on transparency (WP260 rev.01) name these qualifiers.

use super::{Context, Group, SentenceHits, Severity, Signal, SignalId};

/// Collects hedges.
#[derive(Debug, Default)]
pub struct HedgedScope {
    found: Option<Signal>,
}

impl HedgedScope {
    /// Reads one sentence.
    pub fn sentence(&mut self, s: &SentenceHits) {
        for (g, severity) in [
            (Group::HedgeQuantity, Severity::Warning),
            (Group::HedgeModal, Severity::Info),
        ] {
            if let Some(span) = s.get(g) {
                let signal = self
                    .found
                    .get_or_insert_with(|| Signal::new(SignalId::HedgedScope, severity));
                signal.severity = signal.severity.max(severity);
                signal.add(span);
            }
        }
    }

    /// The signal, when the notice gives no figure.
    pub fn finish(self, cx: &Context<'_>) -> Option<Signal> {
        let figure = cx
            .derived
            .is_some_and(|d| d.facts.subjects.is_some() || d.facts.records.is_some());
        self.found.filter(|_| !figure)
    }
}
