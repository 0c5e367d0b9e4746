//! `subject_categories` cues in English. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

#[allow(unused_imports, reason = "every role is available to the table")]
use crate::elements::{Cue, Example, Role::*};

/// The phrase table.
pub(super) static CUES: &[Cue] = &[
    Cue::new("account holders", Signal),
    Cue::new("applicants", Signal),
    Cue::new("being identified", Block),
    Cue::new("children", Signal),
    Cue::new("citizens", Signal),
    Cue::new("clients", Signal),
    Cue::new("customers", Signal),
    Cue::new("dear customer", Block),
    Cue::new("dear customers", Block),
    Cue::new("dear member", Block),
    Cue::new("dear parent", Block),
    Cue::new("dear patient", Block),
    Cue::new("donors", Signal),
    Cue::new("employees", Signal),
    Cue::new("guests", Signal),
    Cue::new("job applicants", Signal),
    Cue::new("members", Signal),
    Cue::new("minors", Signal),
    Cue::new("not yet known", Block),
    Cue::new("parents", Signal),
    Cue::new("patients", Signal),
    Cue::new("pupils", Signal),
    Cue::new("residents", Signal),
    Cue::new("see annex", Block),
    Cue::new("see appendix", Block),
    Cue::new("see attachment", Block),
    Cue::new("staff", Signal),
    Cue::new("students", Signal),
    Cue::new("subscribers", Signal),
    Cue::new("tenants", Signal),
    Cue::new("users", Signal),
    Cue::new("volunteers", Signal),
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "The breach affects customers and employees of our Dublin branch.",
    bad: "Categories of data subjects: see annex 1.",
};
