//! `vague_cause`: the incident is called "a technical error", "an issue", "an incident"
//! (the `euphemism` group) while the notice never says what happened — its `nature`
//! element is missing. Warning: Art. 34(2) GDPR asks for the nature of the breach in
//! clear and plain language; a euphemism alone hides it.

use super::{Context, Group, SentenceHits, Severity, Signal, SignalId};
use crate::elements::{ElementId, Status};

/// Collects euphemisms.
#[derive(Debug, Default)]
pub struct VagueCause {
    found: Option<Signal>,
}

impl VagueCause {
    /// Reads one sentence.
    pub fn sentence(&mut self, s: &SentenceHits) {
        if let Some(span) = s.get(Group::Euphemism) {
            self.found
                .get_or_insert_with(|| Signal::new(SignalId::VagueCause, Severity::Warning))
                .add(span);
        }
    }

    /// The signal, when a euphemism stands in a notice whose nature is missing.
    pub fn finish(self, cx: &Context<'_>) -> Option<Signal> {
        let nature_missing = cx.notice.is_none_or(|n| {
            n.elements
                .iter()
                .any(|e| e.id == ElementId::Nature && e.status == Status::Missing)
        });
        self.found.filter(|_| nature_missing)
    }
}
