//! `record_count`: the approximate number of records affected.
//!
//! # What it checks
//! TODO(analysis issue): the detection rule.
//!
//! # Legal basis
//! Data subjects: does not apply. Authority: Art. 33(3)(a) GDPR.

mod cues_en;
mod cues_de;
mod cues_fr;
mod cues_es;
mod cues_it;
mod cues_nl;

use super::{AudienceRule, Cues, Element, ElementId, Examples, Requirement};

/// Phrase tables, one per language.
pub static CUES: Cues = Cues {
    en: cues_en::CUES,
    de: cues_de::CUES,
    fr: cues_fr::CUES,
    es: cues_es::CUES,
    it: cues_it::CUES,
    nl: cues_nl::CUES,
};

/// A good and a bad example per language.
pub static EXAMPLES: Examples = Examples {
    en: cues_en::EXAMPLE,
    de: cues_de::EXAMPLE,
    fr: cues_fr::EXAMPLE,
    es: cues_es::EXAMPLE,
    it: cues_it::EXAMPLE,
    nl: cues_nl::EXAMPLE,
};

/// The registry entry.
pub static ELEMENT: Element = Element {
    id: ElementId::RecordCount,
    data_subjects: None,
    authority: Some(AudienceRule {
        requirement: Requirement::Required,
        citation: "Art. 33(3)(a) GDPR",
    }),
    summary: "Give the approximate number of personal-data records affected.",
    cues: &CUES,
    examples: &EXAMPLES,
};
