//! `subject_count` cues in German. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

use crate::cue_table;
use crate::elements::{CueTable, Example};

/// The phrase table.
pub(super) static CUES: CueTable = cue_table![
    Anchor "beschaftigte",
    Anchor "betroffene",
    Anchor "betroffenen",
    Anchor "burger",
    Anchor "empfanger",
    Anchor "empfangerinnen",
    Anchor "familien",
    Block "insgesamt haben wir",
    Anchor "konten",
    Anchor "kunden",
    Anchor "kundinnen",
    Anchor "mitarbeitende",
    Anchor "mitglieder",
    Block "noch nicht bekannt",
    Anchor "nutzer",
    Anchor "nutzerinnen",
    Anchor "patienten",
    Anchor "patientinnen",
    Anchor "personen",
    Block "registrierte",
    Anchor "schuler",
    Anchor "schulerinnen",
    Block "siehe anlage",
    Anchor "versicherte",
    Block "wird noch ermittelt",
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Betroffen sind rund 12.000 Kundinnen und Kunden.",
    bad: "Betroffene Personen: siehe Anlage 1.",
};
