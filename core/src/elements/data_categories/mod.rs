//! `data_categories`: which kinds of personal data were affected.
//!
//! # What it checks
//! The notice names which kinds of personal data were affected.
//!
//! # Roles used
//! - `Signal`: a kind of personal data: `name`, `e mail address`, `email*`, `date of birth`,
//!   `bank details`, `iban`, `password`, `health data`, `anschrift`, `geburtsdatum`,
//!   `bankverbindung`, `*passwort`. Words that only say *whose* data ("customer data",
//!   "Kundendaten", "Patientendaten") or "certain information" / "personal data" are **not**
//!   Signals.
//! - `Block`: a sentence pattern in which data kinds are listed as *not* affected or as
//!   something else: `were not affected`, `waren nicht betroffen`, `no bank details`,
//!   `we will never ask for your password`, `change your password`. A Block cancels every
//!   Signal of this element in its sentence — unless it follows a `Contrast`.
//! - `Contrast`: `but`, `aber`, `jedoch`, `mais`, `pero`, `ma`, `maar`: a Block after it
//!   cancels only the Signals after it ("your name and address, but no bank details").
//!
//! # Present when
//! A `Signal` matches in a sentence without a `Block` of this element.
//!
//! # Not enough
//! "certain customer information", "einzelne Kundendaten", "Dein Passwort und deine
//! Zahlungsdaten waren nicht betroffen." (only what was *not* affected).
//!
//! # Legal basis
//! Data subjects: EDPB Guidelines 9/2022 §III.B; Art. 34(2) GDPR. Authority: Art. 33(3)(a) GDPR.

use super::{AudienceRule, CueTables, Element, ElementId, Examples, Requirement, Negation, RuleKind};

/// Phrase tables, one per language (`core/lang/<xx>/data_categories.cues`).
pub static CUES: CueTables = crate::lang::data::DATA_CATEGORIES;

/// The good and bad examples per language (`core/lang/<xx>/data_categories.cues`).
pub static EXAMPLES: Examples = crate::lang::data::DATA_CATEGORIES_EXAMPLES;

/// The registry entry.
pub static ELEMENT: Element = Element {
    id: ElementId::DataCategories,
    data_subjects: Some(AudienceRule {
        requirement: Requirement::Recommended,
        citation: "EDPB Guidelines 9/2022 §III.B; Art. 34(2) GDPR",
    }),
    authority: Some(AudienceRule {
        requirement: Requirement::Required,
        citation: "Art. 33(3)(a) GDPR",
    }),
    summary: "Name the kinds of personal data affected (names, e-mail addresses, bank details, health data, …).",
    rule: RuleKind::Cue,
    negation: Negation::Around,
};
