//! `measures_taken`: what the controller did or will do.
//!
//! # What it checks
//! The notice says what the controller has done or will do about the breach.
//!
//! # Roles used
//! - `Signal`: a concrete act, past or planned: `we have fixed`, `fixed it`,
//!   `closed the vulnerability`, `reset* passwords`, `informed the police`,
//!   `blocked access`, `restored from backup`, `engaged forensic experts`,
//!   `will introduce two factor`, `geschlossen`, `gesperrt`, `zuruckgesetzt`,
//!   `strafanzeige`, `vom netz genommen`.
//! - `Block`: claims and non-measures: `take * seriously` style claims
//!   (`take your security seriously`, `hat fur uns hochste prioritat`), compliance boasts
//!   (`entsprechen den hochsten`), goodwill gestures (`gutgeschrieben`, `voucher`).
//!   Notifying the supervisory authority alone is **not** a measure: it is not a cue at all.
//!
//! # Present when
//! A `Signal` matches in a sentence without a `Block` of this element.
//!
//! # Not enough
//! "We take the security of your information extremely seriously."; "We have informed the
//! Data Protection Commission."; "Als Dankeschön haben wir 500 Punkte gutgeschrieben.".
//!
//! # Legal basis
//! Data subjects: Art. 34(2) and 33(3)(d) GDPR. Authority: Art. 33(3)(d) GDPR.

use super::{AudienceRule, CueTables, Element, ElementId, Examples, Requirement, Negation, RuleKind};

/// Phrase tables, one per language (`core/lang/<xx>/measures_taken.cues`).
pub static CUES: CueTables = crate::lang::data::MEASURES_TAKEN;

/// The good and bad examples per language (`core/lang/<xx>/measures_taken.cues`).
pub static EXAMPLES: Examples = crate::lang::data::MEASURES_TAKEN_EXAMPLES;

/// The registry entry.
pub static ELEMENT: Element = Element {
    id: ElementId::MeasuresTaken,
    data_subjects: Some(AudienceRule {
        requirement: Requirement::Required,
        citation: "Art. 34(2) and 33(3)(d) GDPR",
    }),
    authority: Some(AudienceRule {
        requirement: Requirement::Required,
        citation: "Art. 33(3)(d) GDPR",
    }),
    summary: "Say what you have done or will do to address the breach and limit its effects.",
    rule: RuleKind::Cue,
    negation: Negation::Ignored,
};
