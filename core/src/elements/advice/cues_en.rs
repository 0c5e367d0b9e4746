//! `advice` cues in English. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

use crate::cue_table;
use crate::elements::{CueTable, Example};

/// The phrase table.
pub(super) static CUES: CueTable = cue_table![
    Signal "ask your bank",
    Signal "be alert",
    Signal "be careful",
    Signal "be cautious",
    Signal "be on the lookout",
    Signal "be vigilant",
    Signal "be wary",
    Signal "change your password",
    Signal "check your",
    Signal "choose a new",
    Signal "contact your bank",
    Signal "do not click",
    Signal "do not need to do anything",
    Signal "do not need to take any action",
    Signal "don t click",
    Signal "don t need to do anything",
    Signal "don t need to take any action",
    Signal "enable two",
    Block "for your records",
    Signal "keep an eye",
    Block "keep this letter",
    Signal "monitor your",
    Signal "never share",
    Signal "no action is required",
    Signal "no action required",
    Signal "nothing you need to do",
    Signal "report suspicious",
    Signal "reset your password",
    Signal "tell us straight away",
    Signal "tell your bank",
    Signal "turn on",
    Signal "update your password",
    Signal "use a different password",
    Signal "use a strong",
    Signal "use a unique",
    Signal "watch out",
    Signal "we advise",
    Signal "we recommend",
    Signal "we will never ask",
    Signal "will never ask",
    Signal "you should",
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Please change your password and be alert to suspicious e-mails.",
    bad: "Please keep this letter for your records.",
};
