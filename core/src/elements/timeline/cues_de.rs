//! `timeline` cues in German. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

#[allow(unused_imports, reason = "every role is available to the table")]
use crate::elements::{Cue, Example, Role::*};

/// The phrase table.
pub(super) static CUES: &[Cue] = &[
    Cue::new("aktion", Block),
    Cue::new("am wochenende", Signal),
    Cue::new("angriff", Anchor),
    Cue::new("aufgefallen", Anchor),
    Cue::new("aufgetreten", Anchor),
    Cue::new("begann", Anchor),
    Cue::new("beginn", Anchor),
    Cue::new("bemerkt", Anchor),
    Cue::new("bis zum", Anchor),
    Cue::new("datum", Block),
    Cue::new("ende", Anchor),
    Cue::new("entdeckt", Anchor),
    Cue::new("ereignet", Anchor),
    Cue::new("erkannt", Anchor),
    Cue::new("erreichbar", Block),
    Cue::new("erscheint", Block),
    Cue::new("fehler", Anchor),
    Cue::new("festgestellt", Anchor),
    Cue::new("geoffnet", Block),
    Cue::new("geschehen", Anchor),
    Cue::new("gestern", Signal),
    Cue::new("gultig", Block),
    Cue::new("heute fruh", Signal),
    Cue::new("heute morgen", Signal),
    Cue::new("heute nacht", Signal),
    Cue::new("hingewiesen", Anchor),
    Cue::new("hotline", Block),
    Cue::new("informiert", Anchor),
    Cue::new("kenntnis", Anchor),
    Cue::new("letzte nacht", Signal),
    Cue::new("letzte woche", Signal),
    Cue::new("letzten woche", Signal),
    Cue::new("letztes wochenende", Signal),
    Cue::new("mo fr", Block),
    Cue::new("montag bis freitag", Block),
    Cue::new("offnungszeiten", Block),
    Cue::new("passiert", Anchor),
    Cue::new("rufen sie", Block),
    Cue::new("seit", Anchor),
    Cue::new("sprechzeiten", Block),
    Cue::new("stand", Block),
    Cue::new("vergangene woche", Signal),
    Cue::new("vergangenen woche", Signal),
    Cue::new("veroffentlicht am", Block),
    Cue::new("vom", Anchor),
    Cue::new("vorfall", Anchor),
    Cue::new("vorgestern", Signal),
    Cue::new("zeitpunkt*", Anchor),
    Cue::new("zeitraum", Anchor),
    Cue::new("zwischen", Anchor),
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Am 12. Mai 2025 haben wir den Angriff bemerkt.",
    bad: "Das nächste Rundschreiben erscheint am 1. Juli 2025.",
};
