//! `nature` cues in German. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

#[allow(unused_imports, reason = "every role is available to the table")]
use crate::elements::{Cue, Example, Role::*};

/// The phrase table.
pub(super) static CUES: &[Cue] = &[
    Cue::new("*angriff", Signal),
    Cue::new("*angriffs", Signal),
    Cue::new("abgeflossen", Signal),
    Cue::new("abgegriffen", Signal),
    Cue::new("abrufbar", Signal),
    Cue::new("als vorgesehen", Signal),
    Cue::new("angreifer", Signal),
    Cue::new("ausgeleitet", Signal),
    Cue::new("cyberangriff", Signal),
    Cue::new("datenabfluss", Signal),
    Cue::new("datendiebstahl", Signal),
    Cue::new("datenleck", Signal),
    Cue::new("diebstahl", Signal),
    Cue::new("einbruch", Signal),
    Cue::new("eingeloggt", Signal),
    Cue::new("einsehbar", Signal),
    Cue::new("einsehen", Signal),
    Cue::new("entwendet", Signal),
    Cue::new("falls sie diese", Block),
    Cue::new("falsch konfiguriert*", Signal),
    Cue::new("falsch* adress*", Signal),
    Cue::new("falsch* empfanger*", Signal),
    Cue::new("falsch* nummer*", Signal),
    Cue::new("falsch* person*", Signal),
    Cue::new("fehlkonfiguration", Signal),
    Cue::new("fehlversand", Signal),
    Cue::new("gehackt", Signal),
    Cue::new("gestohlen", Signal),
    Cue::new("hacker*", Signal),
    Cue::new("hackerangriff", Signal),
    Cue::new("im falle eines", Block),
    Cue::new("irrtumlich", Signal),
    Cue::new("kopiert", Signal),
    Cue::new("offengelegt", Signal),
    Cue::new("ransomware", Signal),
    Cue::new("schadsoftware", Signal),
    Cue::new("sichtbar*", Signal),
    Cue::new("unbefugt*", Signal),
    Cue::new("unbekannte haben", Signal),
    Cue::new("unberechtigt*", Signal),
    Cue::new("verloren", Signal),
    Cue::new("verlust", Signal),
    Cue::new("veroffentlicht", Signal),
    Cue::new("verschlusselungstrojaner", Signal),
    Cue::new("versehens", Signal),
    Cue::new("versehentlich", Signal),
    Cue::new("zugang verschafft", Signal),
    Cue::new("zugriff verschafft", Signal),
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Unbekannte haben sich Zugang zu unserem Server verschafft und Kundendaten kopiert.",
    bad: "Kürzlich ist es in unseren IT-Systemen zu einem Vorfall gekommen.",
};
