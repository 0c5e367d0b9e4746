//! `subject_count` cues in Dutch. Format: [`crate::elements::cue`]; sorted by phrase.

#[allow(unused_imports, reason = "every role is available to the table")]
use crate::elements::{Cue, Example, Role::*};

/// The phrase table.
pub(super) static CUES: &[Cue] = &[
    Cue::new("*krachten", Anchor),
    Cue::new("*medewerkers", Anchor),
    Cue::new("aantal betrokkenen", Anchor),
    Cue::new("abonnees", Anchor),
    Cue::new("accounts", Anchor),
    Cue::new("betrokkenen", Anchor),
    Cue::new("bewoners", Anchor),
    Cue::new("clienten", Anchor),
    Cue::new("deelnemers", Anchor),
    Cue::new("donateurs", Anchor),
    Cue::new("gebruikers", Anchor),
    Cue::new("geregistreerde", Block),
    Cue::new("in totaal", Block),
    Cue::new("individuen", Anchor),
    Cue::new("inwoners", Anchor),
    Cue::new("kinderen", Anchor),
    Cue::new("klanten", Anchor),
    Cue::new("leden", Anchor),
    Cue::new("leerlingen", Anchor),
    Cue::new("medewerkers", Anchor),
    Cue::new("mensen", Anchor),
    Cue::new("n n b", Block),
    Cue::new("nnb", Block),
    Cue::new("nog niet bekend", Block),
    Cue::new("onbekend", Block),
    Cue::new("patienten", Anchor),
    Cue::new("personen", Anchor),
    Cue::new("rekeninghouders", Anchor),
    Cue::new("sollicitanten", Anchor),
    Cue::new("studenten", Anchor),
    Cue::new("werknemers", Anchor),
    Cue::new("zie bijlage", Block),
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Aantal betrokkenen: circa 8.400.",
    bad: "Aantal betrokkenen: een beperkt aantal.",
};
