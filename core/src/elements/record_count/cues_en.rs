//! `record_count` cues in English. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

use crate::cue_table;
use crate::elements::{CueTable, Example};

/// The phrase table.
pub(super) static CUES: CueTable = cue_table![
    Anchor "data records",
    Anchor "data sets",
    Anchor "datasets",
    Anchor "documents",
    Anchor "entries",
    Anchor "files",
    Block "not yet known",
    Anchor "profile records",
    Anchor "record",
    Anchor "records",
    Anchor "rows",
    Block "see annex",
    Block "still being determined",
    Block "will be submitted",
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Approximately 1.2 million records were copied.",
    bad: "Number of records: not yet known.",
};
