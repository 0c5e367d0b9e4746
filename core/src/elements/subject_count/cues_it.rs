//! `subject_count` cues in Italian. Format: [`crate::elements::cue`]; sorted by phrase.

use crate::cue_table;
use crate::elements::{CueTable, Example};

/// The phrase table.
pub(super) static CUES: CueTable = cue_table![
    Anchor "abbonati",
    Anchor "account",
    Anchor "alunni",
    Anchor "assistiti",
    Anchor "candidati",
    Anchor "cittadini",
    Anchor "clienti",
    Anchor "correntisti",
    Block "da determinare",
    Anchor "dipendenti",
    Anchor "donatori",
    Block "in allegato",
    Block "in corso di",
    Block "in totale",
    Anchor "individui",
    Anchor "interessati",
    Anchor "iscritti",
    Anchor "lavoratori",
    Block "non ancora",
    Block "non determinabil*",
    Anchor "numero di interessati",
    Anchor "ospiti",
    Anchor "passeggeri",
    Anchor "pazienti",
    Anchor "persone",
    Anchor "persone fisiche",
    Block "registrati",
    Anchor "soci",
    Anchor "soggetti interessati",
    Anchor "studenti",
    Anchor "utenti",
    Block "vedi allegato",
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Numero di interessati: circa 1.200 clienti.",
    bad: "Numero di interessati: un numero limitato di clienti.",
};
