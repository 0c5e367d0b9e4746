//! `subject_count` cues in English. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

use crate::cue_table;
use crate::elements::{CueTable, Example};

/// The phrase table.
pub(super) static CUES: CueTable = cue_table![
    Anchor "account holders",
    Anchor "accounts",
    Anchor "affected",
    Block "age",
    Block "aged",
    Anchor "applicants",
    Anchor "children",
    Anchor "clients",
    Anchor "customers",
    Anchor "data subjects",
    Anchor "employees",
    Anchor "families",
    Anchor "guests",
    Block "in total we have",
    Anchor "individuals",
    Anchor "members",
    Block "not yet known",
    Anchor "patients",
    Anchor "people",
    Anchor "persons",
    Anchor "pupils",
    Block "registered",
    Block "see annex",
    Anchor "staff",
    Block "still being determined",
    Anchor "students",
    Anchor "subscribers",
    Anchor "users",
    Block "will be submitted",
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Approximately 1,200 customers are affected.",
    bad: "We have about 1.2 million registered users in the EU.",
};
