//! `subject_count` cues in English. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

#[allow(unused_imports, reason = "every role is available to the table")]
use crate::elements::{Cue, Example, Role::*};

/// The phrase table.
pub(super) static CUES: &[Cue] = &[
    Cue::new("account holders", Anchor),
    Cue::new("accounts", Anchor),
    Cue::new("affected", Anchor),
    Cue::new("age", Block),
    Cue::new("aged", Block),
    Cue::new("applicants", Anchor),
    Cue::new("children", Anchor),
    Cue::new("clients", Anchor),
    Cue::new("customers", Anchor),
    Cue::new("data subjects", Anchor),
    Cue::new("employees", Anchor),
    Cue::new("families", Anchor),
    Cue::new("guests", Anchor),
    Cue::new("in total we have", Block),
    Cue::new("individuals", Anchor),
    Cue::new("members", Anchor),
    Cue::new("not yet known", Block),
    Cue::new("patients", Anchor),
    Cue::new("people", Anchor),
    Cue::new("persons", Anchor),
    Cue::new("pupils", Anchor),
    Cue::new("registered", Block),
    Cue::new("see annex", Block),
    Cue::new("staff", Anchor),
    Cue::new("still being determined", Block),
    Cue::new("students", Anchor),
    Cue::new("subscribers", Anchor),
    Cue::new("users", Anchor),
    Cue::new("will be submitted", Block),
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Approximately 1,200 customers are affected.",
    bad: "We have about 1.2 million registered users in the EU.",
};
