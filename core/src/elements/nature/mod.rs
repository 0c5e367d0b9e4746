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

use super::{AudienceRule, CueTables, Element, ElementId, Examples, Requirement, Negation, RuleKind};

/// Phrase tables, one per language (`core/lang/<xx>/nature.cues`).
pub static CUES: CueTables = crate::lang::data::NATURE;

/// The good and bad examples per language (`core/lang/<xx>/nature.cues`).
pub static EXAMPLES: Examples = crate::lang::data::NATURE_EXAMPLES;

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
    rule: RuleKind::Cue,
    negation: Negation::Ignored,
};
