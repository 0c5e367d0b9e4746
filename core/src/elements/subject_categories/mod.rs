//! `subject_categories`: which categories of people are affected.
//!
//! # What it checks
//! The notice names which categories of people are affected.
//!
//! # Roles used
//! - `Signal`: a category of people: `customers`, `employees`, `patients`, `children`,
//!   `members`, `users`, `applicants`, `pupils`, `kunden`, `kundinnen`, `beschaftigte`,
//!   `mitarbeitende`, `patienten`, `mitglieder`. Words that name whose data
//!   (`kundendaten`, `patientendaten`) count as well.
//! - `Block`: salutations and look-alikes: `dear customer`, `liebe kundin`,
//!   `sehr geehrte`, `see annex`, `siehe anlage`. Cancels Signals in its sentence.
//!
//! # Present when
//! A `Signal` matches in a sentence without a `Block` of this element.
//!
//! # Not enough
//! "Dear customer"; "Betroffene Personen: siehe Anlage 1."; "categories: not yet
//! identified".
//!
//! # Legal basis
//! Data subjects: does not apply. Authority: Art. 33(3)(a) GDPR.

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
    id: ElementId::SubjectCategories,
    data_subjects: None,
    authority: Some(AudienceRule {
        requirement: Requirement::Required,
        citation: "Art. 33(3)(a) GDPR",
    }),
    summary: "Name the categories of people affected (customers, employees, patients, children, …).",
};
