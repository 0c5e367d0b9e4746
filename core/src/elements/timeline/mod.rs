//! `timeline`: when the breach happened or was discovered.
//!
//! # What it checks
//! TODO(analysis issue): the detection rule.
//!
//! # Legal basis
//! Data subjects: EDPB Guidelines 9/2022 §III.B; Reg. (EU) 611/2013 Annex II. Authority: EDPB Guidelines 9/2022 §III.A; Reg. (EU) 611/2013 Annex I.

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
    id: ElementId::Timeline,
    data_subjects: Some(AudienceRule {
        requirement: Requirement::Recommended,
        citation: "EDPB Guidelines 9/2022 §III.B; Reg. (EU) 611/2013 Annex II",
    }),
    authority: Some(AudienceRule {
        requirement: Requirement::Recommended,
        citation: "EDPB Guidelines 9/2022 §III.A; Reg. (EU) 611/2013 Annex I",
    }),
    summary: "Say when the breach happened, for how long, or when it was discovered.",
    cues: &CUES,
    examples: &EXAMPLES,
};
