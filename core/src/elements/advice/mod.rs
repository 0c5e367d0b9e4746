//! `advice`: what recipients can do themselves.
//!
//! # What it checks
//! TODO(analysis issue): the detection rule.
//!
//! # Legal basis
//! Data subjects: Recital 86 GDPR; EDPB Guidelines 9/2022 §III.B. Authority: does not apply.

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
    id: ElementId::Advice,
    data_subjects: Some(AudienceRule {
        requirement: Requirement::Recommended,
        citation: "Recital 86 GDPR; EDPB Guidelines 9/2022 §III.B",
    }),
    authority: None,
    summary: "Tell people what they can do to protect themselves (change a password, watch for phishing, check statements), or say plainly that they need to do nothing.",
    cues: &CUES,
    examples: &EXAMPLES,
};
