//! `nature`: what happened: the kind of incident.
//!
//! # What it checks
//! TODO(analysis issue): the detection rule.
//!
//! # Legal basis
//! Data subjects: Art. 34(2) GDPR. Authority: Art. 33(3)(a) GDPR.

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
    id: ElementId::Nature,
    data_subjects: Some(AudienceRule {
        requirement: Requirement::Required,
        citation: "Art. 34(2) GDPR",
    }),
    authority: Some(AudienceRule {
        requirement: Requirement::Required,
        citation: "Art. 33(3)(a) GDPR",
    }),
    summary: "Say what happened in plain words: the kind of incident (unauthorised access, disclosure, loss, theft, ransomware, misdirected mail, publication by error) and what it affected.",
    cues: &CUES,
    examples: &EXAMPLES,
};
