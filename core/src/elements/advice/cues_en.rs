//! `advice` cues in English. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

#[allow(unused_imports, reason = "every role is available to the table")]
use crate::elements::{Cue, Example, Role::*};

/// The phrase table.
pub(super) static CUES: &[Cue] = &[
    Cue::new("ask your bank", Signal),
    Cue::new("be alert", Signal),
    Cue::new("be careful", Signal),
    Cue::new("be cautious", Signal),
    Cue::new("be on the lookout", Signal),
    Cue::new("be vigilant", Signal),
    Cue::new("be wary", Signal),
    Cue::new("change your password", Signal),
    Cue::new("check your", Signal),
    Cue::new("choose a new", Signal),
    Cue::new("contact your bank", Signal),
    Cue::new("do not click", Signal),
    Cue::new("do not need to do anything", Signal),
    Cue::new("do not need to take any action", Signal),
    Cue::new("don t click", Signal),
    Cue::new("don t need to do anything", Signal),
    Cue::new("don t need to take any action", Signal),
    Cue::new("enable two", Signal),
    Cue::new("for your records", Block),
    Cue::new("keep an eye", Signal),
    Cue::new("keep this letter", Block),
    Cue::new("monitor your", Signal),
    Cue::new("never share", Signal),
    Cue::new("no action is required", Signal),
    Cue::new("no action required", Signal),
    Cue::new("nothing you need to do", Signal),
    Cue::new("report suspicious", Signal),
    Cue::new("reset your password", Signal),
    Cue::new("tell us straight away", Signal),
    Cue::new("tell your bank", Signal),
    Cue::new("turn on", Signal),
    Cue::new("update your password", Signal),
    Cue::new("use a different password", Signal),
    Cue::new("use a strong", Signal),
    Cue::new("use a unique", Signal),
    Cue::new("watch out", Signal),
    Cue::new("we advise", Signal),
    Cue::new("we recommend", Signal),
    Cue::new("we will never ask", Signal),
    Cue::new("will never ask", Signal),
    Cue::new("you should", Signal),
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Please change your password and be alert to suspicious e-mails.",
    bad: "Please keep this letter for your records.",
};
