//! `record_count` cues in Dutch. Format: [`crate::elements::cue`]; sorted by phrase.

#[allow(unused_imports, reason = "every role is available to the table")]
use crate::elements::{Cue, Example, Role::*};

/// The phrase table.
pub(super) static CUES: &[Cue] = &[
    Cue::new("aantal records", Anchor),
    Cue::new("aanvragen", Anchor),
    Cue::new("berichten", Anchor),
    Cue::new("clientdossiers", Anchor),
    Cue::new("contracten", Anchor),
    Cue::new("datarecords", Anchor),
    Cue::new("datasets", Anchor),
    Cue::new("documenten met persoonsgegevens", Anchor),
    Cue::new("dossiers", Anchor),
    Cue::new("e mails", Anchor),
    Cue::new("facturen", Anchor),
    Cue::new("formulieren", Anchor),
    Cue::new("foto s", Anchor),
    Cue::new("fotos", Anchor),
    Cue::new("gegevensrecords", Anchor),
    Cue::new("klantrecords", Anchor),
    Cue::new("loonstroken", Anchor),
    Cue::new("mails", Anchor),
    Cue::new("n n b", Block),
    Cue::new("nnb", Block),
    Cue::new("nog niet bekend", Block),
    Cue::new("onbekend", Block),
    Cue::new("patientdossiers", Anchor),
    Cue::new("profielen", Anchor),
    Cue::new("records", Anchor),
    Cue::new("registraties", Anchor),
    Cue::new("rekeningafschriften", Anchor),
    Cue::new("rijen", Anchor),
    Cue::new("salarisstroken", Anchor),
    Cue::new("transacties", Anchor),
    Cue::new("uitslagen", Anchor),
    Cue::new("zie bijlage", Block),
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Het gaat om ongeveer 12.000 records uit de klantendatabase.",
    bad: "Omvang van het datalek: twee laptops.",
};
