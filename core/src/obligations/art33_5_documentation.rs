//! # Internal documentation — Art. 33(5)
//!
//! **Citation:** Art. 33(5) GDPR; EDPB Guidelines 01/2021 ¶15; 9/2022 §V.A.
//!
//! **Rule.** The controller documents **every** personal data breach, whatever the risk:
//! the facts, the effects and the remedial action. The record also gives the reasoning
//! for the decisions taken: why the breach was judged not notifiable, why notification
//! was late, and on which Art. 34(3) ground the people were not told.

use serde::Serialize;

use super::reasons::{Reason, ReasonList};

/// The article.
pub const CITATION: &str = "Art. 33(5) GDPR";

/// Always.
pub const DOCUMENT_EVERY_BREACH: Reason = Reason::new(
    "document_every_breach",
    "Art. 33(5) GDPR",
    "Every personal data breach is documented: its facts, its effects and the remedial action taken.",
);
/// Not notified.
pub const DOCUMENT_WHY_NOT_NOTIFIED: Reason = Reason::new(
    "document_why_not_notified",
    "Art. 33(5) GDPR; EDPB Guidelines 9/2022 §V.A",
    "The record must explain why the breach was judged unlikely to result in a risk.",
);
/// Late.
pub const DOCUMENT_DELAY: Reason = Reason::new(
    "document_delay",
    "Art. 33(5) GDPR; EDPB Guidelines 9/2022 §V.A",
    "The record must explain why the notification came after 72 hours.",
);
/// Exemption relied on.
pub const DOCUMENT_EXEMPTION: Reason = Reason::new(
    "document_exemption",
    "Art. 33(5), 34(3) GDPR",
    "The record must show the Art. 34(3) ground relied on for not telling the people.",
);

/// The documentation obligation (contract §4 extension `obligations.documentation`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentationObligation {
    /// Always `true`.
    pub required: bool,
    /// `Art. 33(5) GDPR`.
    pub citation: &'static str,
    /// What the record must contain for this breach.
    pub reasons: ReasonList,
}

/// The documentation duty, given whether the authority is not notified, the
/// notification is late, and an exemption is relied on.
pub fn assess_documentation(
    not_notified: bool,
    late: bool,
    exemption: bool,
) -> DocumentationObligation {
    let mut reasons = ReasonList::new();
    reasons.push(&DOCUMENT_EVERY_BREACH);
    if not_notified {
        reasons.push(&DOCUMENT_WHY_NOT_NOTIFIED);
    }
    if late {
        reasons.push(&DOCUMENT_DELAY);
    }
    if exemption {
        reasons.push(&DOCUMENT_EXEMPTION);
    }
    DocumentationObligation {
        required: true,
        citation: CITATION,
        reasons,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn always_required_with_the_reasoning_to_record() {
        let d = assess_documentation(false, false, false);
        assert!(d.required);
        assert_eq!(d.reasons.len(), 1);
        let d = assess_documentation(true, true, true);
        assert_eq!(d.reasons.len(), 4);
    }
}
