//! `delay_reasons` cues in English. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

use crate::cue_table;
use crate::elements::{CueTable, Example};

/// The phrase table.
pub(super) static CUES: CueTable = cue_table![
    Anchor "72 hours",
    Anchor "after 72 hours",
    Block "apologise for the delay",
    Block "apologize for the delay",
    Reason "as our",
    Reason "as we",
    Reason "because",
    Reason "believed",
    Anchor "beyond the 72 hours",
    Signal "could not notify",
    Anchor "delay",
    Signal "delay was caused",
    Anchor "delayed",
    Reason "due to",
    Anchor "late notification",
    Anchor "later than",
    Reason "occupied",
    Signal "reason for late",
    Signal "reason for the delay",
    Signal "reasons for late",
    Signal "reasons for the delay",
    Reason "since",
    Block "sorry for the delay",
    Signal "the delay is due to",
    Signal "the delay was due to",
    Signal "were unable to notify",
    Reason "wrongly believed",
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "We notify you after 72 hours because our only IT administrator was in hospital.",
    bad: "We apologise for the delay in this notification.",
};
