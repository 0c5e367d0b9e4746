//! `record_count` cues in Italian. Format: [`crate::elements::cue`]; sorted by phrase.

#[allow(unused_imports, reason = "every role is available to the table")]
use crate::elements::{Cue, Example, Role::*};

/// The phrase table.
pub(super) static CUES: &[Cue] = &[
    Cue::new("buste paga", Anchor),
    Cue::new("cartelle cliniche", Anchor),
    Cue::new("cedolini", Anchor),
    Cue::new("certificati", Anchor),
    Cue::new("contratti", Anchor),
    Cue::new("da determinare", Block),
    Cue::new("e mail", Anchor),
    Cue::new("email", Anchor),
    Cue::new("email inoltrate", Anchor),
    Cue::new("estratti conto", Anchor),
    Cue::new("fascicoli", Anchor),
    Cue::new("fatture", Anchor),
    Cue::new("foto", Anchor),
    Cue::new("fotografie", Anchor),
    Cue::new("in allegato", Block),
    Cue::new("in corso di", Block),
    Cue::new("insiemi di dati", Anchor),
    Cue::new("messaggi", Anchor),
    Cue::new("moduli", Anchor),
    Cue::new("non ancora", Block),
    Cue::new("non determinabil*", Block),
    Cue::new("numero di registrazioni", Anchor),
    Cue::new("pratiche", Anchor),
    Cue::new("profili", Anchor),
    Cue::new("record", Anchor),
    Cue::new("referti", Anchor),
    Cue::new("registrazioni", Anchor),
    Cue::new("righe", Anchor),
    Cue::new("schede", Anchor),
    Cue::new("schede anagrafiche", Anchor),
    Cue::new("set di dati", Anchor),
    Cue::new("transazioni", Anchor),
    Cue::new("vedi allegato", Block),
    Cue::new("voci", Anchor),
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Numero di registrazioni: circa 4.500 record.",
    bad: "Numero di registrazioni: non determinabile.",
};
