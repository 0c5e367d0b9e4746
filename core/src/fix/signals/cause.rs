//! `vague_cause`: the incident is called "a technical error", "an issue", "an incident",
//! "a security breach" (the `euphemism` group) while the notice never says what happened
//! or who could see the data: its `nature` element is missing, or its only evidence lies
//! in the very sentences that use the euphemism ("because of a technical error, account
//! details were briefly visible" names no cause and no one who saw them). A notice that
//! describes the event in a sentence of its own ("an unauthorised person gained access to
//! an adviser's mailbox") is not vague for calling it "an incident" elsewhere. Warning:
//! Art. 34(2) GDPR asks for the nature of the breach in clear and plain language; a
//! euphemism alone hides it.

use super::{Context, Group, SentenceHits, Severity, Signal, SignalId};
use crate::elements::{ElementId, Status};
use crate::limits::MAX_EVIDENCE;
use crate::span::Span;

/// Collects euphemisms and the sentences they stand in.
#[derive(Debug, Default)]
pub struct VagueCause {
    found: Option<Signal>,
    sentences: heapless::Vec<Span, MAX_EVIDENCE>,
    /// More euphemism sentences than kept: the nature evidence is then judged on those.
    overflow: bool,
}

impl VagueCause {
    /// Reads one sentence.
    pub fn sentence(&mut self, s: &SentenceHits) {
        if let Some(span) = s.get(Group::Euphemism) {
            self.found
                .get_or_insert_with(|| Signal::new(SignalId::VagueCause, Severity::Warning))
                .add(span);
            self.overflow |= self.sentences.push(s.span).is_err();
        }
    }

    /// The signal, when the euphemism is all the notice says about the event.
    pub fn finish(self, cx: &Context<'_>) -> Option<Signal> {
        let nature = cx
            .notice
            .and_then(|n| n.elements.iter().find(|e| e.id == ElementId::Nature));
        let described = nature.is_some_and(|e| {
            e.status == Status::Present
                && (self.overflow
                    || e.evidence.iter().any(|ev| {
                        !self
                            .sentences
                            .iter()
                            .any(|s| s.start <= ev.start && ev.end <= s.end)
                    }))
        });
        self.found.filter(|_| !described)
    }
}
