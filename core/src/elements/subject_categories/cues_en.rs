//! `subject_categories` cues in English. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

use crate::cue_table;
use crate::elements::{CueTable, Example};

/// The phrase table.
pub(super) static CUES: CueTable = cue_table![
    Signal "account holders",
    Signal "applicants",
    Block "being identified",
    Signal "children",
    Signal "citizens",
    Signal "clients",
    Signal "customers",
    Block "dear customer",
    Block "dear customers",
    Block "dear member",
    Block "dear parent",
    Block "dear patient",
    Signal "donors",
    Signal "employees",
    Signal "guests",
    Signal "job applicants",
    Signal "members",
    Signal "minors",
    Block "not yet known",
    Signal "parents",
    Signal "patients",
    Signal "pupils",
    Signal "residents",
    Block "see annex",
    Block "see appendix",
    Block "see attachment",
    Signal "staff",
    Signal "students",
    Signal "subscribers",
    Signal "tenants",
    Signal "users",
    Signal "volunteers",
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "The breach affects customers and employees of our Dublin branch.",
    bad: "Categories of data subjects: see annex 1.",
};
