//! `measures_taken`: what the controller did or will do.
//!
//! # What it checks
//! TODO(analysis issue): the detection rule.
//!
//! # Legal basis
//! Data subjects: Art. 34(2) and 33(3)(d) GDPR. Authority: Art. 33(3)(d) GDPR.

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
    cues: &CUES,
    examples: &EXAMPLES,
};
