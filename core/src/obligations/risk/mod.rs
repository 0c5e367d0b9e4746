//! # Risk to the rights and freedoms of natural persons
//!
//! **Citation:** Art. 33(1) and 34(1) GDPR; Recitals 75, 76, 85; EDPB Guidelines 9/2022
//! §IV (= WP250rev.01 §IV); EDPB Guidelines 01/2021.
//!
//! **Layout.** The rule itself, factors → level, reads like the guideline in [`rule`];
//! its reasons and the facts each states are in [`reasons`]; the completion of unknown
//! facts (the policy's assumed values and the extremes of each range) in `known.rs`;
//! what each decision assumed and would be otherwise in [`assumptions`]; the sweep that
//! finds every unknown fact able to change a decision in `sweep.rs`.
//!
//! **Unknown facts: decide on the facts given** (legal.md §5.1). The EDPB's worked cases
//! decide on the facts stated, and Recital 85 and Art. 34(3) put the burden of showing a
//! mitigation on the controller. So an unknown mitigating fact (protection, a safe key,
//! a backup, a recovery, an outage over in good time, an Art. 34(3) exemption) is not
//! established; an unknown aggravating fact (special data, vulnerable people, malice, a
//! large number of people) is absent; an unknown exposure is `unknown_recipient`. Only
//! an unknown `breach` leaves the level `unknown` (and the obligations `null`). Every
//! decision lists its `assumptions` ([`assumptions`]): each unknown fact that, taken the
//! other way, would change it, with that value and the decision it would give. The
//! range over every completion of the unknowns stays beside it (`at_least`, `at_most`)
//! with the unknown facts able to move the level within it (`rests_on`).
//!
//! **Not encoded.** Controller context (a clinic's vs. a florist's customer list), the
//! volume of data per person, public availability before the breach, and the exact
//! nature of a sensitive item are not facts of contract §3; the ENISA layer
//! ([`super::enisa`]) is a second opinion, never overriding.

/// The pattern of the fact fields that are not decision fields (not in
/// [`known::DECISION_FIELDS`]): the times, the role, `records`, and the Art. 34(3) facts, which
/// are never presumed. Matches over fact fields name every field through it, so a new
/// field must be placed on one side.
macro_rules! not_decision_field {
    () => {
        FactField::Role
            | FactField::AwareAt
            | FactField::AuthorityNotifiedAt
            | FactField::Records
            | FactField::HighRiskMitigated
            | FactField::DisproportionateEffort
            | FactField::PublicCommunication
    };
}

pub mod assumptions;
pub(crate) mod known;
pub mod reasons;
pub mod rule;
pub(crate) mod sweep;
#[cfg(test)]
mod tests;

use serde::{Serialize, Serializer};

use super::enisa::Enisa;
use super::reasons::ReasonList;
use crate::facts::{FactField, FactFields, Facts};

pub(crate) use assumptions::Assumed;
pub use assumptions::{Also, AssumedFacts, Assumption, Assumptions, FactValue, Outcome};
pub(crate) use known::{DECISION_FIELDS, Known, Side};
pub use reasons::*;
pub(crate) use rule::level;
pub use rule::{LARGE_SCALE_SUBJECTS, MANY_SUBJECTS, SIGNIFICANT_OUTAGE_HOURS, sensitivity};
pub(crate) use sweep::RestsOn;
#[cfg(test)]
pub(crate) use sweep::flipping_fields;

/// The citation of the risk assessment.
pub const CITATION: &str = "Art. 33(1), 34(1) GDPR; EDPB Guidelines 9/2022 §IV";

/// A decided risk level (ordered).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Unlikely to result in a risk: document only (Art. 33(1), 33(5)).
    Unlikely,
    /// A risk: notify the supervisory authority (Art. 33(1)).
    Risk,
    /// A high risk: also communicate to the people (Art. 34(1)).
    High,
}

impl Level {
    /// The contract name.
    pub const fn as_str(self) -> &'static str {
        match self {
            Level::Unlikely => "unlikely",
            Level::Risk => "risk",
            Level::High => "high",
        }
    }
}

impl Serialize for Level {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// The reported risk level (contract §4 `risk.level`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RiskLevel {
    /// See [`Level::Unlikely`].
    Unlikely,
    /// See [`Level::Risk`].
    Risk,
    /// See [`Level::High`].
    High,
    /// The kind of breach is unknown, so nothing is decided (see `rests_on`).
    Unknown,
}

impl RiskLevel {
    /// The decided level, `None` when [`RiskLevel::Unknown`].
    pub const fn decided(self) -> Option<Level> {
        match self {
            RiskLevel::Unlikely => Some(Level::Unlikely),
            RiskLevel::Risk => Some(Level::Risk),
            RiskLevel::High => Some(Level::High),
            RiskLevel::Unknown => None,
        }
    }

    /// The contract name.
    pub const fn as_str(self) -> &'static str {
        match self {
            RiskLevel::Unlikely => "unlikely",
            RiskLevel::Risk => "risk",
            RiskLevel::High => "high",
            RiskLevel::Unknown => "unknown",
        }
    }
}

impl From<Level> for RiskLevel {
    fn from(l: Level) -> RiskLevel {
        match l {
            Level::Unlikely => RiskLevel::Unlikely,
            Level::Risk => RiskLevel::Risk,
            Level::High => RiskLevel::High,
        }
    }
}

impl Serialize for RiskLevel {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// The risk assessment (contract §4 `risk`, extended).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Risk {
    /// `unlikely`, `risk`, `high` or `unknown`.
    pub level: RiskLevel,
    /// The lowest level any completion of the unknown facts gives.
    pub at_least: Level,
    /// The highest level any completion of the unknown facts gives.
    pub at_most: Level,
    /// Why.
    pub reasons: ReasonList,
    /// Unknown facts that can move the level between `at_least` and `at_most`.
    pub rests_on: FactFields,
    /// What the level assumed about unknown facts, and what it would be otherwise.
    pub assumptions: Assumptions,
    /// The value every unknown fact was taken to have (legal.md §5.1), changing the
    /// decision or not.
    pub assumed_facts: AssumedFacts,
    /// The ENISA 2013 severity, a second opinion that never overrides the level.
    pub enisa: Enisa,
    /// Where the rules come from.
    pub citation: &'static str,
}

/// Assesses the risk of `facts`.
pub fn assess_risk(facts: &Facts) -> Risk {
    assess_risk_resting_on(facts, &RestsOn::of(facts), &Assumed::of(facts))
}

/// [`assess_risk`] with the fields the decisions rest on ([`RestsOn::of`]) and the
/// assumptions ([`Assumed::of`]) already found for the same `facts`.
pub(crate) fn assess_risk_resting_on(facts: &Facts, found: &RestsOn, assumed: &Assumed) -> Risk {
    let best = level(&Known::complete(facts, Side::Best, None), &mut ());
    let worst = level(&Known::complete(facts, Side::Worst, None), &mut ());
    let mut rule_reasons = ReasonList::new();
    let decided = level(&assumed.known, &mut rule_reasons);
    // The reasons of the rule on the facts as decided, but only those that state no
    // assumed (unknown) fact: the reasons never state as fact what was not given (the
    // assumptions say what was taken instead).
    let unknown = assumed.known.assumed;
    let mut reasons = ReasonList::new();
    let mut dropped = false;
    for r in rule_reasons.iter() {
        if stated_fields(r).iter().any(|f| unknown.contains(f)) {
            dropped = true;
        } else {
            reasons.push(r);
        }
    }
    let level = if !facts.is_known(FactField::Breach) {
        reasons.push(&RESTS_ON_UNKNOWNS);
        RiskLevel::Unknown
    } else {
        if !assumed.level.is_empty() {
            reasons.push(&DECIDED_ON_ASSUMPTIONS);
        } else if dropped
            || (reasons.is_empty() && DECISION_FIELDS.iter().any(|f| unknown.contains(*f)))
        {
            reasons.push(&UNKNOWNS_DO_NOT_CHANGE_LEVEL);
        }
        RiskLevel::from(decided)
    };
    Risk {
        level,
        at_least: best,
        at_most: worst,
        reasons,
        rests_on: if best == worst {
            FactFields::new()
        } else {
            found.level
        },
        assumptions: assumed.level.clone(),
        assumed_facts: assumed.facts,
        enisa: Enisa::of(&assumed.known),
        citation: CITATION,
    }
}
