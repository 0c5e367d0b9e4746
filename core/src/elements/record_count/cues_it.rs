//! `record_count` cues in Italian. Format: [`crate::elements::cue`]; sorted by phrase.

use crate::cue_table;
use crate::elements::{CueTable, Example};

/// The phrase table.
pub(super) static CUES: CueTable = cue_table![
    Anchor "buste paga",
    Anchor "cartelle cliniche",
    Anchor "cedolini",
    Anchor "certificati",
    Anchor "contratti",
    Block "da determinare",
    Anchor "e mail",
    Anchor "email",
    Anchor "email inoltrate",
    Anchor "estratti conto",
    Anchor "fascicoli",
    Anchor "fatture",
    Anchor "foto",
    Anchor "fotografie",
    Block "in allegato",
    Block "in corso di",
    Anchor "insiemi di dati",
    Anchor "messaggi",
    Anchor "moduli",
    Block "non ancora",
    Block "non determinabil*",
    Anchor "numero di registrazioni",
    Anchor "pratiche",
    Anchor "profili",
    Anchor "record",
    Anchor "referti",
    Anchor "registrazioni",
    Anchor "righe",
    Anchor "schede",
    Anchor "schede anagrafiche",
    Anchor "set di dati",
    Anchor "transazioni",
    Block "vedi allegato",
    Anchor "voci",
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Numero di registrazioni: circa 4.500 record.",
    bad: "Numero di registrazioni: non determinabile.",
};
