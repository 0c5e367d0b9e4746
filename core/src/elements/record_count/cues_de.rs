//! `record_count` cues in German. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

use crate::cue_table;
use crate::elements::{CueTable, Example};

/// The phrase table.
pub(super) static CUES: CueTable = cue_table![
    Anchor "*datensatze",
    Anchor "*datensatzen",
    Anchor "akten",
    Anchor "dateien",
    Anchor "datensatz",
    Anchor "datensatze",
    Anchor "dokumente",
    Anchor "eintrage",
    Block "noch nicht bekannt",
    Block "siehe anlage",
    Anchor "vorgange",
    Block "wird noch ermittelt",
    Anchor "zeilen",
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Betroffen sind ca. 118.000 Abrechnungsdatensätze.",
    bad: "Umfang: eine Sitzungsvorlage (PDF, 14 Seiten).",
};
