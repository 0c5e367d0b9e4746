//! `unexplained_reassurance`: "no evidence of misuse", "no need to take any action", "your
//! data is safe" (the `reassurance` group) with no reason (the `reason` group: "because",
//! "as the data was encrypted") in the same sentence or an adjacent one (the one before:
//! "The laptop was encrypted. There is no evidence of misuse.", unless that sentence names
//! the incident by a euphemism: its "due to" explains the incident; or the next).
//! Warning: Art. 34(2) with
//! 33(3)(c) GDPR — the likely consequences, or why none are expected (EDPB Guidelines
//! 9/2022 §III.B); a bare reassurance is what readers of a phishing mail are told too.
//! "You do not need to do anything" (`reassurance_action`) is advice the contract accepts
//! (`advice` may say explicitly that people need to do nothing): unexplained, it is info.

use super::{Group, SentenceHits, Severity, Signal, SignalId};
use crate::span::Span;

/// Reassurances waiting for a reason in the next sentence, and those found unexplained.
#[derive(Debug, Default)]
pub struct Reassurance {
    pending: Option<(Span, Severity)>,
    /// Whether the sentence before gave a reason that may explain a reassurance after it.
    reason_before: bool,
    found: Option<Signal>,
}

impl Reassurance {
    fn commit(&mut self, (span, severity): (Span, Severity)) {
        let signal = self
            .found
            .get_or_insert_with(|| Signal::new(SignalId::UnexplainedReassurance, severity));
        signal.severity = signal.severity.max(severity);
        signal.add(span);
    }

    /// Reads one sentence.
    pub fn sentence(&mut self, s: &SentenceHits) {
        let reason = s.has(Group::Reason);
        if let Some(p) = self.pending.take()
            && !reason
        {
            self.commit(p);
        }
        // A reason in a sentence that names the incident by a euphemism explains the
        // incident ("Due to a technical error …"), not a reassurance after it.
        let explains_after = reason && !s.has(Group::Euphemism);
        let reason_before = core::mem::replace(&mut self.reason_before, explains_after);
        if reason || reason_before {
            return;
        }
        if let Some(span) = s.get(Group::Reassurance) {
            self.pending = Some((span, Severity::Warning));
        } else if let Some(span) = s.get(Group::ReassuranceAction) {
            self.pending = Some((span, Severity::Info));
        }
    }

    /// The signal, if any reassurance went unexplained.
    pub fn finish(mut self) -> Option<Signal> {
        if let Some(p) = self.pending.take() {
            self.commit(p);
        }
        self.found
    }
}
