//! The obligations engine: risk, ENISA severity, Art. 33 and 34 decisions.
//!
//! [`assess`] turns incident [`Facts`] (contract §3) and an evaluation time into an
//! [`Assessment`]: the risk level with its reasons and the unknown facts it rests on
//! ([`risk`]), a second-opinion ENISA severity ([`enisa`]), and one obligation per
//! article, each in its own file with its citation:
//!
//! | obligation | file | article |
//! |---|---|---|
//! | notify the supervisory authority | [`art33_1_authority`] | Art. 33(1) |
//! | processor informs the controller | [`art33_2_processor`] | Art. 33(2) |
//! | document the breach | [`art33_5_documentation`] | Art. 33(5) |
//! | tell the people affected | [`art34_1_subjects`] | Art. 34(1) |
//! | exemptions from telling them | [`art34_3_exemptions`] | Art. 34(3) |
//! | the 72-hour deadline | [`deadline`] | Art. 33(1) |
//!
//! Everything is computed without allocation; every list has a fixed capacity
//! ([`crate::limits::MAX_REASONS`]) that the rules cannot exceed (tested exhaustively
//! over fact combinations in `tests/tests/facts_robustness.rs`).

pub mod art33_1_authority;
pub mod art33_2_processor;
pub mod art33_5_documentation;
pub mod art34_1_subjects;
pub mod art34_3_exemptions;
pub mod deadline;
pub mod enisa;
pub mod reasons;
pub mod risk;

use serde::Serialize;

pub use art33_1_authority::AuthorityObligation;
pub use art33_2_processor::ControllerObligation;
pub use art33_5_documentation::DocumentationObligation;
pub use art34_1_subjects::SubjectsObligation;
pub use art34_3_exemptions::Exemption;
pub use deadline::DeadlineStatus;
pub use enisa::{Enisa, EnisaLevel};
pub use reasons::{Reason, ReasonList};
pub use risk::{Assumption, Assumptions, FactValue, Level, Outcome, Risk, RiskLevel};

use crate::facts::{Facts, Role};
use crate::time::Timestamp;

/// The obligations of contract §4 (`obligations`), extended.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Obligations {
    /// Art. 33(1): notify the supervisory authority.
    pub authority: AuthorityObligation,
    /// Art. 34: communicate to the people affected.
    pub data_subjects: SubjectsObligation,
    /// Art. 33(2): present only when `role` is `processor`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub controller: Option<ControllerObligation>,
    /// Art. 33(5): always.
    pub documentation: DocumentationObligation,
}

/// Everything the engine decides from the facts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    /// The obligations (contract §4 `obligations`).
    pub obligations: Obligations,
    /// The risk (contract §4 `risk`).
    pub risk: Risk,
}

impl Assessment {
    /// Whether the authority notification is late (contract §4 `late`): then an
    /// authority notice must give reasons for the delay (`delay_reasons` is required).
    pub fn late(&self) -> Option<bool> {
        self.obligations.authority.late
    }

    /// Whether any reason list hit its capacity (a bug; see [`ReasonList::overflowed`]).
    pub fn overflowed(&self) -> bool {
        let o = &self.obligations;
        self.risk.reasons.overflowed()
            || o.authority.reasons.overflowed()
            || o.data_subjects.reasons.overflowed()
            || o.documentation.reasons.overflowed()
            || o.controller
                .as_ref()
                .is_some_and(|c| c.reasons.overflowed())
    }
}

/// Assesses `facts` at evaluation time `now` (used only for the deadline status and
/// lateness when `authority_notified_at` is unknown; the core has no clock).
pub fn assess(facts: &Facts, now: Option<Timestamp>) -> Assessment {
    // What the three decisions rest on, found in one sweep over the unknown facts.
    let found = risk::RestsOn::of(facts);
    // What each decision assumed about the unknown facts (legal.md §5.1).
    let assumed = risk::Assumed::of(facts);
    let risk = risk::assess_risk_resting_on(facts, &found, &assumed);
    let authority =
        art33_1_authority::assess_authority_resting_on(facts, &risk, now, &found, &assumed);
    let data_subjects = art34_1_subjects::assess_subjects_resting_on(facts, &found, &assumed);
    let controller =
        (facts.role == Some(Role::Processor)).then(art33_2_processor::assess_processor);
    let documentation = art33_5_documentation::assess_documentation(
        authority.required == Some(false),
        authority.late == Some(true),
        data_subjects.exemption.is_some(),
    );
    Assessment {
        obligations: Obligations {
            authority,
            data_subjects,
            controller,
            documentation,
        },
        risk,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_unknown_decides_nothing_but_documentation() {
        let a = assess(&Facts::unknown(), None);
        assert_eq!(a.risk.level, RiskLevel::Unknown);
        assert_eq!(a.obligations.authority.required, None);
        assert_eq!(a.obligations.authority.deadline, None);
        assert_eq!(a.late(), None);
        assert_eq!(a.obligations.data_subjects.required, None);
        assert!(a.obligations.documentation.required);
        assert!(a.obligations.controller.is_none());
        assert!(!a.overflowed());
    }

    #[test]
    fn serializes_contract_shapes() {
        let facts = Facts::from_json(
            br#"{"role":"processor","aware_at":"2026-11-20T09:00:00Z","breach":["confidentiality"],
                "data":["contact"],"exposure":"none"}"#,
        )
        .unwrap_or_default();
        let a = assess(&facts, None);
        let mut buf = [0u8; crate::limits::REPORT_JSON_BYTES];
        let n = serde_json_core::to_slice(&a, &mut buf).unwrap_or(0);
        let json = core::str::from_utf8(buf.get(..n).unwrap_or_default()).unwrap_or("");
        assert!(json.starts_with(r#"{"obligations":{"authority":{"required":false,"deadline":"2026-11-23T09:00:00Z","late":false,"status":"not_required","citation":"Art. 33(1) GDPR","reasons":[{"code":"#), "{json}");
        assert!(
            json.contains(r#""data_subjects":{"required":false,"exemption":null,"#),
            "{json}"
        );
        assert!(
            json.contains(r#""controller":{"required":true,"citation":"Art. 33(2) GDPR""#),
            "{json}"
        );
        assert!(
            json.contains(r#""documentation":{"required":true,"citation":"Art. 33(5) GDPR""#),
            "{json}"
        );
        assert!(
            json.contains(
                r#""risk":{"level":"unlikely","at_least":"unlikely","at_most":"unlikely","#
            ),
            "{json}"
        );
        assert!(
            json.contains(r#""reasons":[{"code":"confidentiality_not_seen","#),
            "{json}"
        );
    }
}
