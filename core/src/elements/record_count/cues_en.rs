//! `record_count` cues in English. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

#[allow(unused_imports, reason = "every role is available to the table")]
use crate::elements::{Cue, Example, Role::*};

/// The phrase table.
pub(super) static CUES: &[Cue] = &[
    Cue::new("data records", Anchor),
    Cue::new("data sets", Anchor),
    Cue::new("datasets", Anchor),
    Cue::new("documents", Anchor),
    Cue::new("entries", Anchor),
    Cue::new("files", Anchor),
    Cue::new("not yet known", Block),
    Cue::new("profile records", Anchor),
    Cue::new("record", Anchor),
    Cue::new("records", Anchor),
    Cue::new("rows", Anchor),
    Cue::new("see annex", Block),
    Cue::new("still being determined", Block),
    Cue::new("will be submitted", Block),
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Approximately 1.2 million records were copied.",
    bad: "Number of records: not yet known.",
};
