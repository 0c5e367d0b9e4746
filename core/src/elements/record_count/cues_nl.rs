//! `record_count` cues in Dutch. Format: [`crate::elements::cue`]; sorted by phrase.

use crate::cue_table;
use crate::elements::{CueTable, Example};

/// The phrase table.
pub(super) static CUES: CueTable = cue_table![
    Anchor "aantal records",
    Anchor "aanvragen",
    Anchor "berichten",
    Anchor "clientdossiers",
    Anchor "contracten",
    Anchor "datarecords",
    Anchor "datasets",
    Anchor "documenten met persoonsgegevens",
    Anchor "dossiers",
    Anchor "e mails",
    Anchor "facturen",
    Anchor "formulieren",
    Anchor "foto s",
    Anchor "fotos",
    Anchor "gegevensrecords",
    Anchor "klantrecords",
    Anchor "loonstroken",
    Anchor "mails",
    Block "n n b",
    Block "nnb",
    Block "nog niet bekend",
    Block "onbekend",
    Anchor "patientdossiers",
    Anchor "profielen",
    Anchor "records",
    Anchor "registraties",
    Anchor "rekeningafschriften",
    Anchor "rijen",
    Anchor "salarisstroken",
    Anchor "transacties",
    Anchor "uitslagen",
    Block "zie bijlage",
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Het gaat om ongeveer 12.000 records uit de klantendatabase.",
    bad: "Omvang van het datalek: twee laptops.",
};
