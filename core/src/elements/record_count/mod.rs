//! `record_count`: the approximate number of records affected.
//!
//! # What it checks
//! The notice gives the (approximate) number of records affected.
//!
//! # Roles used
//! - `Anchor`: record nouns: `records`, `data sets`, `entries`, `files`, `documents`,
//!   `rows`, `datensatze`, `eintrage`, `dateien`, `dokumente`. Same number binding as
//!   `subject_count` (number at most three words before, or after it with a colon, bracket
//!   or dash between).
//! - `Block`: `not yet known`, `noch nicht bekannt`, `see annex`, `siehe anlage`. Cancels
//!   Anchors in its sentence.
//!
//! # Present when
//! An `Anchor` with a bound number in a sentence without a `Block` of this element.
//!
//! # Not enough
//! "Number of records: not yet known."; "eine Sitzungsvorlage (PDF, 14 Seiten)"; "ca. 3,2 GB";
//! "23-mal abgerufen".
//!
//! # Legal basis
//! Data subjects: does not apply. Authority: Art. 33(3)(a) GDPR.

use super::{AudienceRule, CueTables, Element, ElementId, Examples, Requirement, Negation, RuleKind};

/// Phrase tables, one per language (`core/lang/<xx>/record_count.cues`).
pub static CUES: CueTables = crate::lang::data::RECORD_COUNT;

/// The good and bad examples per language (`core/lang/<xx>/record_count.cues`).
pub static EXAMPLES: Examples = crate::lang::data::RECORD_COUNT_EXAMPLES;

/// The registry entry.
pub static ELEMENT: Element = Element {
    id: ElementId::RecordCount,
    data_subjects: None,
    authority: Some(AudienceRule {
        requirement: Requirement::Required,
        citation: "Art. 33(3)(a) GDPR",
    }),
    summary: "Give the approximate number of personal-data records affected.",
    rule: RuleKind::AnchorNumber,
    negation: Negation::Ignored,
};
