//! `subject_categories` cues in German. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

use crate::cue_table;
use crate::elements::{CueTable, Example};

/// The phrase table.
pub(super) static CUES: CueTable = cue_table![
    Signal "abonnenten",
    Signal "auszubildende*",
    Signal "beschaftigte*",
    Signal "bewerber*",
    Signal "burgerinnen",
    Signal "einwohner*",
    Signal "eltern",
    Signal "gaste",
    Signal "kinder",
    Signal "kunden",
    Signal "kundinnen",
    Block "liebe kundin",
    Block "liebe nutzerin",
    Block "lieber kunde",
    Block "lieber nutzer",
    Signal "mieter",
    Signal "mitarbeitende*",
    Signal "mitarbeiter",
    Signal "mitarbeiterinnen",
    Signal "mitglieder",
    Block "noch nicht bekannt",
    Signal "nutzer",
    Signal "nutzerinnen",
    Signal "patienten",
    Signal "patientinnen",
    Signal "schuler",
    Signal "schulerinnen",
    Block "sehr geehrte kundin",
    Block "sehr geehrter kunde",
    Block "siehe anlage",
    Signal "spender",
    Signal "versicherte",
    Block "wird noch ermittelt",
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Betroffen sind aktuelle und ehemalige Beschäftigte.",
    bad: "Betroffene Personen: siehe Anlage 1.",
};
