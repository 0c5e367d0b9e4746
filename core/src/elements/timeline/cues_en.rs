//! `timeline` cues in English. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

#[allow(unused_imports, reason = "every role is available to the table")]
use crate::elements::{Cue, Example, Role::*};

/// The phrase table.
pub(super) static CUES: &[Cue] = &[
    Cue::new("alerted", Anchor),
    Cue::new("attack", Anchor),
    Cue::new("aware", Anchor),
    Cue::new("became aware", Anchor),
    Cue::new("began", Anchor),
    Cue::new("begun", Anchor),
    Cue::new("between", Anchor),
    Cue::new("breach", Anchor),
    Cue::new("date of notification", Block),
    Cue::new("days ago", Signal),
    Cue::new("detected", Anchor),
    Cue::new("discovered", Anchor),
    Cue::new("during", Anchor),
    Cue::new("earlier this month", Signal),
    Cue::new("earlier this week", Signal),
    Cue::new("ended", Anchor),
    Cue::new("flagged", Anchor),
    Cue::new("found out", Anchor),
    Cue::new("from", Anchor),
    Cue::new("happened", Anchor),
    Cue::new("hours ago", Signal),
    Cue::new("identified", Anchor),
    Cue::new("incident", Anchor),
    Cue::new("last month", Signal),
    Cue::new("last night", Signal),
    Cue::new("last updated", Block),
    Cue::new("last week", Signal),
    Cue::new("last weekend", Signal),
    Cue::new("next issue", Block),
    Cue::new("noticed", Anchor),
    Cue::new("occurred", Anchor),
    Cue::new("offer ends", Block),
    Cue::new("over the weekend", Signal),
    Cue::new("published", Block),
    Cue::new("since", Anchor),
    Cue::new("started", Anchor),
    Cue::new("the day before yesterday", Signal),
    Cue::new("this morning", Signal),
    Cue::new("this notification", Block),
    Cue::new("took place", Anchor),
    Cue::new("until", Anchor),
    Cue::new("use code", Block),
    Cue::new("valid until", Block),
    Cue::new("weeks ago", Signal),
    Cue::new("yesterday", Signal),
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "We discovered the breach on 12 March 2025.",
    bad: "Last updated: 28 August 2025",
};
