//! `subject_count` cues in German. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

#[allow(unused_imports, reason = "every role is available to the table")]
use crate::elements::{Cue, Example, Role::*};

/// The phrase table.
pub(super) static CUES: &[Cue] = &[
    Cue::new("beschaftigte", Anchor),
    Cue::new("betroffene", Anchor),
    Cue::new("betroffenen", Anchor),
    Cue::new("burger", Anchor),
    Cue::new("empfanger", Anchor),
    Cue::new("empfangerinnen", Anchor),
    Cue::new("familien", Anchor),
    Cue::new("insgesamt haben wir", Block),
    Cue::new("konten", Anchor),
    Cue::new("kunden", Anchor),
    Cue::new("kundinnen", Anchor),
    Cue::new("mitarbeitende", Anchor),
    Cue::new("mitglieder", Anchor),
    Cue::new("noch nicht bekannt", Block),
    Cue::new("nutzer", Anchor),
    Cue::new("nutzerinnen", Anchor),
    Cue::new("patienten", Anchor),
    Cue::new("patientinnen", Anchor),
    Cue::new("personen", Anchor),
    Cue::new("registrierte", Block),
    Cue::new("schuler", Anchor),
    Cue::new("schulerinnen", Anchor),
    Cue::new("siehe anlage", Block),
    Cue::new("versicherte", Anchor),
    Cue::new("wird noch ermittelt", Block),
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Betroffen sind rund 12.000 Kundinnen und Kunden.",
    bad: "Betroffene Personen: siehe Anlage 1.",
};
