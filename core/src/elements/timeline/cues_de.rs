//! `timeline` cues in German. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

use crate::cue_table;
use crate::elements::{CueTable, Example};

/// The phrase table.
pub(super) static CUES: CueTable = cue_table![
    Block "aktion",
    Signal "am wochenende",
    Anchor "angriff",
    Anchor "aufgefallen",
    Anchor "aufgetreten",
    Anchor "begann",
    Anchor "beginn",
    Anchor "bemerkt",
    Anchor "bis zum",
    Block "datum",
    Anchor "ende",
    Anchor "entdeckt",
    Anchor "ereignet",
    Anchor "erkannt",
    Block "erreichbar",
    Block "erscheint",
    Anchor "fehler",
    Anchor "festgestellt",
    Block "geoffnet",
    Anchor "geschehen",
    Signal "gestern",
    Block "gultig",
    Signal "heute fruh",
    Signal "heute morgen",
    Signal "heute nacht",
    Anchor "hingewiesen",
    Block "hotline",
    Anchor "informiert",
    Anchor "kenntnis",
    Signal "letzte nacht",
    Signal "letzte woche",
    Signal "letzten woche",
    Signal "letztes wochenende",
    Block "mo fr",
    Block "montag bis freitag",
    Block "offnungszeiten",
    Anchor "passiert",
    Block "rufen sie",
    Anchor "seit",
    Block "sprechzeiten",
    Block "stand",
    Signal "vergangene woche",
    Signal "vergangenen woche",
    Block "veroffentlicht am",
    Anchor "vom",
    Anchor "vorfall",
    Signal "vorgestern",
    Anchor "zeitpunkt*",
    Anchor "zeitraum",
    Anchor "zwischen",
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Am 12. Mai 2025 haben wir den Angriff bemerkt.",
    bad: "Das nächste Rundschreiben erscheint am 1. Juli 2025.",
};
