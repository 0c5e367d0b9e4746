//! `nature` cues in German. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

use crate::cue_table;
use crate::elements::{CueTable, Example};

/// The phrase table.
pub(super) static CUES: CueTable = cue_table![
    Signal "*angriff",
    Signal "*angriffs",
    Signal "abgeflossen",
    Signal "abgegriffen",
    Signal "abrufbar",
    Signal "als vorgesehen",
    Signal "angreifer",
    Signal "ausgeleitet",
    Signal "cyberangriff",
    Signal "datenabfluss",
    Signal "datendiebstahl",
    Signal "datenleck",
    Signal "diebstahl",
    Signal "einbruch",
    Signal "eingeloggt",
    Signal "einsehbar",
    Signal "einsehen",
    Signal "entwendet",
    Block "falls sie diese",
    Signal "falsch konfiguriert*",
    Signal "falsch* adress*",
    Signal "falsch* empfanger*",
    Signal "falsch* nummer*",
    Signal "falsch* person*",
    Signal "fehlkonfiguration",
    Signal "fehlversand",
    Signal "gehackt",
    Signal "gestohlen",
    Signal "hacker*",
    Signal "hackerangriff",
    Block "im falle eines",
    Signal "irrtumlich",
    Signal "kopiert",
    Signal "offengelegt",
    Signal "ransomware",
    Signal "schadsoftware",
    Signal "sichtbar*",
    Signal "unbefugt*",
    Signal "unbekannte haben",
    Signal "unberechtigt*",
    Signal "verloren",
    Signal "verlust",
    Signal "veroffentlicht",
    Signal "verschlusselungstrojaner",
    Signal "versehens",
    Signal "versehentlich",
    Signal "zugang verschafft",
    Signal "zugriff verschafft",
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Unbekannte haben sich Zugang zu unserem Server verschafft und Kundendaten kopiert.",
    bad: "Kürzlich ist es in unseren IT-Systemen zu einem Vorfall gekommen.",
};
