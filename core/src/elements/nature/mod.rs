//! `nature`: what happened: the kind of incident.
//!
//! # What it checks
//! The notice names the *kind* of event: how personal data was exposed, lost, altered or
//! made unavailable (EDPB Guidelines 9/2022 §I.B.2: confidentiality, integrity, availability).
//!
//! # Roles used
//! - `Signal`: a phrase naming a kind of event: `unauthorised access`, `hacked`,
//!   `cyber attack`, `ransomware`, `sent to the wrong recipient`, `stolen laptop`,
//!   `were visible to other customers`, `published by mistake`, `lost`, `exfiltrated`,
//!   `datenleck`, `gestohlen`, `unbefugter zugriff`. A bare "incident", "data breach",
//!   "technical error", "Vorfall", "technisches Problem" is **not** a Signal (it says that
//!   something happened, not what).
//! - `Block`: a sentence that mentions an event kind without reporting one, e.g. a
//!   hypothetical (`in the event of`, `im falle eines`) or a marketing line. Use sparingly.
//!
//! # Present when
//! A `Signal` matches in a sentence without a `Block` of this element.
//!
//! # Not enough
//! "An incident occurred in our IT systems", "ein technischer Fehler", "une incidence
//! technique": an event without its kind.
//!
//! # Legal basis
//! Data subjects: Art. 34(2) GDPR. Authority: Art. 33(3)(a) GDPR.

mod cues_de;
mod cues_en;
mod cues_es;
mod cues_fr;
mod cues_it;
mod cues_nl;

use super::{AudienceRule, CueTables, Element, ElementId, Examples, Requirement};

/// Phrase tables, one per language.
pub static CUES: CueTables = CueTables {
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
};
