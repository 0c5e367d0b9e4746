//! `urgency_pressure`: threats or deadlines put on the reader — a `threat` ("your account
//! will be closed"), a `pressure` phrase ("act now", "last chance"), or a `deadline`
//! ("within 24 hours") with a `condition` ("or your", "otherwise", "failure to") in the
//! same sentence, or opening the next one ("Confirm within 24 hours. Otherwise your
//! account will be closed."). A deadline alone is not pressure ("we fixed it within 24
//! hours").
//! Warning: anti-phishing advice of ENISA and national CERTs.

use super::{Group, SentenceHits, Severity, Signal, SignalId};
use crate::span::Span;

/// Collects pressure.
#[derive(Debug, Default)]
pub struct Urgency {
    found: Option<Signal>,
    /// A deadline without a condition, in the sentence before.
    pending_deadline: Option<Span>,
}

/// How far into a sentence (bytes) a condition still opens it ("Otherwise", "Jinak").
const OPENING: u32 = 4;

impl Urgency {
    /// Reads one sentence.
    pub fn sentence(&mut self, s: &SentenceHits) {
        let mut spans = [None; 4];
        let pending = self.pending_deadline.take();
        if s.has(Group::Never) {
            // "We will never close your account" threatens nothing.
            return;
        }
        spans[0] = s.get(Group::Threat);
        spans[1] = s.get(Group::Pressure);
        let condition = s.get(Group::Condition);
        if condition.is_some() {
            spans[2] = s.get(Group::Deadline);
        } else {
            self.pending_deadline = s.get(Group::Deadline);
        }
        if let (Some(d), Some(c)) = (pending, condition)
            && c.start.saturating_sub(s.span.start) <= OPENING
        {
            spans[2] = spans[2].or(Some(d));
            spans[3] = Some(c);
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
