//! # Communication to the people affected — Art. 34(1)
//!
//! **Citation:** Art. 34(1) GDPR; Recital 86; EDPB Guidelines 9/2022 §III.
//!
//! **Rule.** When the breach is likely to result in a **high** risk to the rights and
//! freedoms of natural persons, the controller communicates it to the people without
//! undue delay, unless an exemption of Art. 34(3) holds ([`super::art34_3_exemptions`]).
//! `required` is decided, like Art. 33(1), on the facts given (unknown facts at their
//! assumed values, with `assumptions`; `null` only when the kind of breach is unknown);
//! an exemption is never presumed: Art. 34(3) is the controller's to demonstrate. Under
//! Art. 34(3)(c) the individual messages
//! are replaced by a public communication: `public_communication_required` is then `true`
//! and `public_communication_made` says whether it happened.

use serde::Serialize;

use super::art34_3_exemptions::{
    self, AUTHORITY_MAY_REQUIRE, Exemption, PUBLIC_COMMUNICATION_MADE,
    PUBLIC_COMMUNICATION_MISSING, PUBLIC_COMMUNICATION_UNKNOWN,
};
use super::reasons::{Reason, ReasonList};
use super::risk::{Assumed, Assumptions, Known, Level, RestsOn, Side, level};
use crate::facts::{FactField, FactFields, Facts};

/// The article.
pub const CITATION: &str = "Art. 34(1) GDPR";

/// High risk: tell them.
pub const COMMUNICATE_HIGH_RISK: Reason = Reason::new(
    "communicate_high_risk",
    "Art. 34(1) GDPR",
    "The breach is likely to result in a high risk, so the people affected must be told without undue delay.",
);
/// No high risk.
pub const NO_HIGH_RISK: Reason = Reason::new(
    "no_high_risk",
    "Art. 34(1) GDPR",
    "No high risk is likely, so the people need not be told (they may still be informed).",
);
/// Undecided.
pub const COMMUNICATION_UNDECIDED: Reason = Reason::new(
    "communication_rests_on_unknown_facts",
    "Art. 34(1) GDPR",
    "Whether the people must be told rests on unknown facts.",
);
/// Advice to include.
pub const GIVE_ADVICE: Reason = Reason::new(
    "give_advice",
    "Art. 34(2) GDPR; Recital 86",
    "The communication describes the breach in clear and plain language and tells the people how to protect themselves.",
);

/// The Art. 34 obligation (contract §4 `obligations.data_subjects`, extended).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SubjectsObligation {
    /// `true`, `false`, or `null` when unknown facts decide it.
    pub required: Option<bool>,
    /// `null`, `art34_3_a`, `art34_3_b` or `art34_3_c`.
    pub exemption: Option<Exemption>,
    /// Art. 34(3)(c): a public communication must inform the people instead.
    pub public_communication_required: bool,
    /// Whether that public communication was made (`null`: unknown).
    pub public_communication_made: Option<bool>,
    /// `Art. 34(1) GDPR`, or the article of the exemption.
    pub citation: &'static str,
    /// Why.
    pub reasons: ReasonList,
    /// Unknown facts the decision rests on.
    pub rests_on: FactFields,
    /// What the decision assumed about unknown facts, and what it would be otherwise
    /// (contract §4 `assumptions`).
    pub assumptions: Assumptions,
}

/// Whether complete facts require the communication, and the exemption relied on.
pub(crate) fn decide(k: &Known) -> (bool, Option<Exemption>) {
    let lvl = level(k, &mut ());
    let exemption = art34_3_exemptions::exemption(k, lvl);
    (lvl == Level::High && exemption.is_none(), exemption)
}

/// Decides Art. 34(1) and (3) for `facts`.
pub fn assess_subjects(facts: &Facts) -> SubjectsObligation {
    assess_subjects_resting_on(facts, &RestsOn::of(facts), &Assumed::of(facts))
}

/// [`assess_subjects`] with the fields the decisions rest on already found
/// ([`RestsOn::of`] for the same `facts`).
pub(crate) fn assess_subjects_resting_on(
    facts: &Facts,
    found: &RestsOn,
    assumed: &Assumed,
) -> SubjectsObligation {
    let (best, _) = decide(&Known::complete(facts, Side::Best, None));
    let (worst, worst_exemption) = decide(&Known::complete(facts, Side::Worst, None));
    let mut reasons = ReasonList::new();
    let rests_on = if best == worst {
        FactFields::new()
    } else {
        found.high
    };
    // Decided on the facts given; undecided only when the kind of breach is unknown
    // and the range leaves it open.
    let (required, exemption, assumptions) = if facts.is_known(FactField::Breach) {
        let (required, exemption) = decide(&assumed.known);
        (Some(required), exemption, assumed.subjects.clone())
    } else if best == worst {
        (Some(best), worst_exemption, Assumptions::new())
    } else {
        (None, None, Assumptions::new())
    };
    let exemption = if required == Some(false) {
        exemption
    } else {
        None
    };
    match required {
        Some(true) => {
            reasons.push(&COMMUNICATE_HIGH_RISK);
            reasons.push(&GIVE_ADVICE);
        }
        Some(false) => match exemption {
            Some(e) => {
                reasons.push(e.reason());
                reasons.push(&AUTHORITY_MAY_REQUIRE);
            }
            None => reasons.push(&NO_HIGH_RISK),
        },
        None => reasons.push(&COMMUNICATION_UNDECIDED),
    }
    let public_communication_required = exemption == Some(Exemption::DisproportionateEffort);
    if public_communication_required {
        reasons.push(match facts.public_communication {
            Some(true) => &PUBLIC_COMMUNICATION_MADE,
            Some(false) => &PUBLIC_COMMUNICATION_MISSING,
            None => &PUBLIC_COMMUNICATION_UNKNOWN,
        });
    }
    SubjectsObligation {
        required,
        exemption,
        public_communication_required,
        public_communication_made: if public_communication_required {
            facts.public_communication
        } else {
            None
        },
        citation: exemption.map_or(CITATION, Exemption::citation),
        reasons,
        rests_on,
        assumptions,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{
        BreachKind, BreachKinds, DataKind, DataKinds, Exposure, FactField, Protection,
    };

    fn exfiltrated_health_data() -> Facts {
        Facts {
            breach: Some(BreachKinds::new().with(BreachKind::Confidentiality)),
            data: Some(DataKinds::new().with(DataKind::Special)),
            exposure: Some(Exposure::MaliciousActor),
            protection: Some(Protection::None),
            recovered: Some(false),
            high_risk_mitigated: Some(false),
            disproportionate_effort: Some(false),
            ..Facts::unknown()
        }
    }

    #[test]
    fn high_risk_requires_communication() {
        let s = assess_subjects(&exfiltrated_health_data());
        assert_eq!((s.required, s.exemption), (Some(true), None));
        assert_eq!(s.citation, "Art. 34(1) GDPR");
    }

    #[test]
    fn exemptions() {
        let f = Facts {
            protection: Some(Protection::Encrypted),
            key_compromised: Some(false),
            ..exfiltrated_health_data()
        };
        let s = assess_subjects(&f);
        assert_eq!(
            (s.required, s.exemption, s.citation),
            (
                Some(false),
                Some(Exemption::Unintelligible),
                "Art. 34(3)(a) GDPR"
            )
        );
        let f = Facts {
            high_risk_mitigated: Some(true),
            ..exfiltrated_health_data()
        };
        assert_eq!(assess_subjects(&f).exemption, Some(Exemption::Mitigated));
        let f = Facts {
            disproportionate_effort: Some(true),
            public_communication: Some(false),
            ..exfiltrated_health_data()
        };
        let s = assess_subjects(&f);
        assert_eq!(
            (
                s.required,
                s.exemption,
                s.public_communication_required,
                s.public_communication_made
            ),
            (
                Some(false),
                Some(Exemption::DisproportionateEffort),
                true,
                Some(false)
            )
        );
        assert!(s.reasons.contains("public_communication_missing"));
    }

    #[test]
    fn exemptions_are_not_presumed_but_protection_is_open() {
        let f = Facts {
            high_risk_mitigated: None,
            disproportionate_effort: None,
            ..exfiltrated_health_data()
        };
        assert_eq!(assess_subjects(&f).required, Some(true));
        let f = Facts {
            protection: None,
            ..exfiltrated_health_data()
        };
        // Protection unknown: not established (Art. 34(3)(a) must be demonstrated), so
        // the people are told; were the data encrypted with a safe key, they would not.
        let s = assess_subjects(&f);
        assert_eq!(s.required, Some(true));
        assert!(s.rests_on.contains(FactField::Protection));
        assert!(!s.rests_on.contains(FactField::Subjects));
        let a = s.assumptions.iter().next().copied();
        assert_eq!(a.map(|a| a.field), Some(FactField::Protection));
        assert_eq!(
            a.map(|a| a.alternative),
            Some(crate::obligations::FactValue::Name("encrypted"))
        );
        assert_eq!(
            a.map(|a| a.otherwise),
            Some(crate::obligations::Outcome::Required(false))
        );
    }
}
