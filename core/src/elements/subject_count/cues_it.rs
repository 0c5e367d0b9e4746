//! `subject_count` cues in Italian. Format: [`crate::elements::cue`]; sorted by phrase.

#[allow(unused_imports, reason = "every role is available to the table")]
use crate::elements::{Cue, Example, Role::*};

/// The phrase table.
pub(super) static CUES: &[Cue] = &[
    Cue::new("abbonati", Anchor),
    Cue::new("account", Anchor),
    Cue::new("alunni", Anchor),
    Cue::new("assistiti", Anchor),
    Cue::new("candidati", Anchor),
    Cue::new("cittadini", Anchor),
    Cue::new("clienti", Anchor),
    Cue::new("correntisti", Anchor),
    Cue::new("da determinare", Block),
    Cue::new("dipendenti", Anchor),
    Cue::new("donatori", Anchor),
    Cue::new("in allegato", Block),
    Cue::new("in corso di", Block),
    Cue::new("in totale", Block),
    Cue::new("individui", Anchor),
    Cue::new("interessati", Anchor),
    Cue::new("iscritti", Anchor),
    Cue::new("lavoratori", Anchor),
    Cue::new("non ancora", Block),
    Cue::new("non determinabil*", Block),
    Cue::new("numero di interessati", Anchor),
    Cue::new("ospiti", Anchor),
    Cue::new("passeggeri", Anchor),
    Cue::new("pazienti", Anchor),
    Cue::new("persone", Anchor),
    Cue::new("persone fisiche", Anchor),
    Cue::new("registrati", Block),
    Cue::new("soci", Anchor),
    Cue::new("soggetti interessati", Anchor),
    Cue::new("studenti", Anchor),
    Cue::new("utenti", Anchor),
    Cue::new("vedi allegato", Block),
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Numero di interessati: circa 1.200 clienti.",
    bad: "Numero di interessati: un numero limitato di clienti.",
};
