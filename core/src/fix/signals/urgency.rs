//! `urgency_pressure`: threats or deadlines put on the reader — a `threat` ("your account
//! will be closed"), a `pressure` phrase ("act now", "last chance"), or a `deadline`
//! ("within 24 hours") with a `condition` ("or your", "otherwise", "failure to") in the
//! same sentence. A deadline alone is not pressure ("we fixed it within 24 hours").
//! Warning: anti-phishing advice of ENISA and national CERTs.

use super::{Group, SentenceHits, Severity, Signal, SignalId};

/// Collects pressure.
#[derive(Debug, Default)]
pub struct Urgency {
    found: Option<Signal>,
}

impl Urgency {
    /// Reads one sentence.
    pub fn sentence(&mut self, s: &SentenceHits) {
        let mut spans = [None; 3];
        if s.has(Group::Never) {
            // "We will never close your account" threatens nothing.
            return;
        }
        spans[0] = s.get(Group::Threat);
        spans[1] = s.get(Group::Pressure);
        if s.has(Group::Condition) {
            spans[2] = s.get(Group::Deadline);
        }
        for span in spans.into_iter().flatten() {
            self.found
                .get_or_insert_with(|| Signal::new(SignalId::UrgencyPressure, Severity::Warning))
                .add(span);
        }
    }

    /// The signal, if any.
    pub fn finish(self) -> Option<Signal> {
        self.found
    }
}
