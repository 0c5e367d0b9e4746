//! # Processor informs the controller — Art. 33(2)
//!
//! **Citation:** Art. 33(2) GDPR; EDPB Guidelines 9/2022 §II.A.4.
//!
//! **Rule.** When `role` is `processor`, the processor notifies its controller **without
//! undue delay** after becoming aware of a breach. There is no hour limit and no risk
//! assessment by the processor: it establishes that a breach occurred and tells the
//! controller, whose 72 hours then start. The authority and data-subject obligations in
//! the report are what the controller will owe.

use serde::Serialize;

use super::reasons::{Reason, ReasonList};

/// The article.
pub const CITATION: &str = "Art. 33(2) GDPR";

/// The processor's duty.
pub const INFORM_CONTROLLER: Reason = Reason::new(
    "processor_informs_controller",
    "Art. 33(2) GDPR",
    "As a processor you must inform the controller without undue delay; the risk assessment and any notification are the controller's.",
);

/// The processor's obligation towards its controller (contract §4 `obligations.controller`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ControllerObligation {
    /// Always `true`: every breach is reported to the controller.
    pub required: bool,
    /// `Art. 33(2) GDPR`.
    pub citation: &'static str,
    /// Why.
    pub reasons: ReasonList,
}

/// The obligation for a processor.
pub fn assess_processor() -> ControllerObligation {
    let mut reasons = ReasonList::new();
    reasons.push(&INFORM_CONTROLLER);
    ControllerObligation {
        required: true,
        citation: CITATION,
        reasons,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn always_required() {
        let o = assess_processor();
        assert!(o.required);
        assert_eq!(o.citation, "Art. 33(2) GDPR");
        assert!(o.reasons.contains("processor_informs_controller"));
    }
}
