//! `marketing_content`: offers, discounts, vouchers, newsletter content in the notice (the
//! `marketing` group). Warning: EDPB Guidelines 9/2022 §III.C — the communication should
//! be a dedicated message, not sent together with other information such as newsletters;
//! Reg. (EU) 611/2013 Art. 3 forbids promoting services in a breach notification.
//! A sentence that warns of fakes ("fake voucher e-mails in our name"; the `warning`
//! group) is advice, not an offer.

use super::{Group, SentenceHits, Severity, Signal, SignalId};

/// Collects marketing phrases.
#[derive(Debug, Default)]
pub struct Marketing {
    found: Option<Signal>,
}

impl Marketing {
    /// Reads one sentence.
    pub fn sentence(&mut self, s: &SentenceHits) {
        if s.has(Group::Warning) {
            return;
        }
        if let Some(span) = s.get(Group::Marketing) {
            self.found
                .get_or_insert_with(|| Signal::new(SignalId::MarketingContent, Severity::Warning))
                .add(span);
        }
    }

    /// The signal, if any.
    pub fn finish(self) -> Option<Signal> {
        self.found
    }
}
