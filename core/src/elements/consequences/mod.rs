//! `consequences`: the likely consequences for the people affected.
//!
//! # What it checks
//! The notice describes the likely consequences for the people affected, or says that none
//! are expected **and why**.
//!
//! # Roles used
//! - `Signal`: a risk: `phishing`, `fraud`, `identity theft`, `misuse`, `spam`,
//!   `blackmail`, `financial loss`, `could try to contact you`, `pretending to be us`,
//!   `could be used to`, `missbrauch*`, `betrug*`, `identitatsdiebstahl`.
//! - `Denial`: a "none expected" statement: `no consequences are expected`,
//!   `we do not expect`, `low risk`, `nicht zu erwarten`, `kein risiko`.
//! - `Reason`: a connective or phrase that explains: `because`, `since`, `as the data`,
//!   `given that`, `encrypted`, `weil`, `da die`, `denn`, `verschlusselt`.
//! - `Block`: talk of evidence or regret, not of outcome: `no indication`,
//!   `no evidence`, `keine hinweise`, `unannehmlichkeiten`. Cancels Signals (not Denials) on
//!   its side of the sentence's first `Contrast`.
//! - `Contrast`: `but`, `however`, `aber`, `jedoch`, `mais`, `pero`, `ma`, `maar`: "no
//!   indication of misuse, but phishing is possible" keeps the consequence.
//!
//! # Present when
//! A `Signal` matches in a sentence without a `Block` of this element; **or** a `Denial`
//! matches and a `Reason` of this element matches in the same sentence, the next one, or
//! the one before in the same paragraph ("The laptop was encrypted. We do not expect any
//! risk to you.").
//!
//! # Not enough
//! "Nachteilige Folgen sind nicht zu erwarten." (Denial without Reason); "We have no
//! indication that your data has been misused." (Block); "we regret any inconvenience".
//!
//! # Legal basis
//! Data subjects: Art. 34(2) and 33(3)(c) GDPR. Authority: Art. 33(3)(c) GDPR.

use super::{AudienceRule, CueTables, Element, ElementId, Examples, Requirement, Negation, RuleKind};

/// Phrase tables, one per language (`core/lang/<xx>/consequences.cues`).
pub static CUES: CueTables = crate::lang::data::CONSEQUENCES;

/// The good and bad examples per language (`core/lang/<xx>/consequences.cues`).
pub static EXAMPLES: Examples = crate::lang::data::CONSEQUENCES_EXAMPLES;

/// The registry entry.
pub static ELEMENT: Element = Element {
    id: ElementId::Consequences,
    data_subjects: Some(AudienceRule {
        requirement: Requirement::Required,
        citation: "Art. 34(2) and 33(3)(c) GDPR",
    }),
    authority: Some(AudienceRule {
        requirement: Requirement::Required,
        citation: "Art. 33(3)(c) GDPR",
    }),
    summary: "Describe the likely consequences for the people affected (phishing, fraud, identity theft, loss of access, …), or explain why none are expected.",
    rule: RuleKind::DenialReason,
    negation: Negation::BeforeOnly,
};
