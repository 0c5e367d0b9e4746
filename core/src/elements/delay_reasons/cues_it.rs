//! `delay_reasons` cues in Italian. Format: [`crate::elements::cue`]; sorted by phrase.

#[allow(unused_imports, reason = "every role is available to the table")]
use crate::elements::{Cue, Example, Role::*};

/// The phrase table.
pub(super) static CUES: &[Cue] = &[
    Cue::new("a causa del", Reason),
    Cue::new("a causa della", Reason),
    Cue::new("a causa di", Reason),
    Cue::new("causa del ritardo", Signal),
    Cue::new("cause del ritardo", Signal),
    Cue::new("ci scusiamo", Block),
    Cue::new("ci scusiamo per il ritardo", Block),
    Cue::new("dal momento che", Reason),
    Cue::new("dato che", Reason),
    Cue::new("decorso il termine", Anchor),
    Cue::new("dopo le 72 ore", Anchor),
    Cue::new("dovut*", Reason),
    Cue::new("giacche", Reason),
    Cue::new("giustificazion* del ritardo", Signal),
    Cue::new("il ritardo e dovuto", Signal),
    Cue::new("in quanto", Reason),
    Cue::new("in ritardo", Anchor),
    Cue::new("motivazion* del ritardo", Signal),
    Cue::new("motivi del ritardo", Signal),
    Cue::new("motivo del ritardo", Signal),
    Cue::new("oltre 72 ore", Anchor),
    Cue::new("oltre il termine", Anchor),
    Cue::new("oltre le 72 ore", Anchor),
    Cue::new("per via", Reason),
    Cue::new("perche", Reason),
    Cue::new("poiche", Reason),
    Cue::new("ragione del ritardo", Signal),
    Cue::new("ragioni del ritardo", Signal),
    Cue::new("ritardo", Anchor),
    Cue::new("ritardo dovuto", Signal),
    Cue::new("ritardo e attribuibile", Signal),
    Cue::new("ritardo e causato", Signal),
    Cue::new("ritardo e dovuto", Signal),
    Cue::new("ritardo e imputabile", Signal),
    Cue::new("ritardo e stato causato", Signal),
    Cue::new("ritardo e stato dovuto", Signal),
    Cue::new("ritardo imputabile", Signal),
    Cue::new("ritardo si deve", Signal),
    Cue::new("ritardo si spiega", Signal),
    Cue::new("scusandoci", Block),
    Cue::new("senza ingiustificato ritardo", Block),
    Cue::new("superato il termine", Anchor),
    Cue::new("tardiv*", Anchor),
    Cue::new("visto che", Reason),
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Il ritardo nella notifica è dovuto al fatto che il fornitore ci ha informati solo il 20 settembre.",
    bad: "La presente notifica viene effettuata oltre il termine di 72 ore previsto dall'art. 33.",
};
