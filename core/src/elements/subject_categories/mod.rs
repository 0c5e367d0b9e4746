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

use super::{AudienceRule, CueTables, Element, ElementId, Examples, Requirement, Negation, RuleKind};

/// Phrase tables, one per language (`core/lang/<xx>/subject_categories.cues`).
pub static CUES: CueTables = crate::lang::data::SUBJECT_CATEGORIES;

/// The good and bad examples per language (`core/lang/<xx>/subject_categories.cues`).
pub static EXAMPLES: Examples = crate::lang::data::SUBJECT_CATEGORIES_EXAMPLES;

/// The registry entry.
pub static ELEMENT: Element = Element {
    id: ElementId::SubjectCategories,
    data_subjects: None,
    authority: Some(AudienceRule {
        requirement: Requirement::Required,
        citation: "Art. 33(3)(a) GDPR",
    }),
    summary: "Name the categories of people affected (customers, employees, patients, children, …).",
    rule: RuleKind::Cue,
    negation: Negation::Ignored,
};
