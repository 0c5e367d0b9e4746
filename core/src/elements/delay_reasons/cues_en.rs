//! `delay_reasons` cues in English. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

#[allow(unused_imports, reason = "every role is available to the table")]
use crate::elements::{Cue, Example, Role::*};

/// The phrase table.
pub(super) static CUES: &[Cue] = &[
    Cue::new("72 hours", Anchor),
    Cue::new("after 72 hours", Anchor),
    Cue::new("apologise for the delay", Block),
    Cue::new("apologize for the delay", Block),
    Cue::new("as our", Reason),
    Cue::new("as we", Reason),
    Cue::new("because", Reason),
    Cue::new("believed", Reason),
    Cue::new("beyond the 72 hours", Anchor),
    Cue::new("could not notify", Signal),
    Cue::new("delay", Anchor),
    Cue::new("delay was caused", Signal),
    Cue::new("delayed", Anchor),
    Cue::new("due to", Reason),
    Cue::new("late notification", Anchor),
    Cue::new("later than", Anchor),
    Cue::new("occupied", Reason),
    Cue::new("reason for late", Signal),
    Cue::new("reason for the delay", Signal),
    Cue::new("reasons for late", Signal),
    Cue::new("reasons for the delay", Signal),
    Cue::new("since", Reason),
    Cue::new("sorry for the delay", Block),
    Cue::new("the delay is due to", Signal),
    Cue::new("the delay was due to", Signal),
    Cue::new("were unable to notify", Signal),
    Cue::new("wrongly believed", Reason),
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "We notify you after 72 hours because our only IT administrator was in hospital.",
    bad: "We apologise for the delay in this notification.",
};
