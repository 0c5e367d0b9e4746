//! `delay_reasons` cues in German. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

#[allow(unused_imports, reason = "every role is available to the table")]
use crate::elements::{Cue, Example, Role::*};

/// The phrase table.
pub(super) static CUES: &[Cue] = &[
    Cue::new("72 stunden", Anchor),
    Cue::new("72 stunden frist", Anchor),
    Cue::new("aufgrund", Reason),
    Cue::new("begrundung der verzogerung", Signal),
    Cue::new("da", Reason),
    Cue::new("denn", Reason),
    Cue::new("entschuldigen sie", Block),
    Cue::new("entschuldigung", Block),
    Cue::new("grund fur die verspatete", Signal),
    Cue::new("grund fur die verspatung", Signal),
    Cue::new("grund fur die verzogerung", Signal),
    Cue::new("grunde fur die verspatete", Signal),
    Cue::new("grunde fur die verspatung", Signal),
    Cue::new("grunde fur die verzogerung", Signal),
    Cue::new("irrtumlich", Reason),
    Cue::new("nach ablauf", Anchor),
    Cue::new("nach kenntnis", Anchor),
    Cue::new("verspatet", Anchor),
    Cue::new("verspatete", Anchor),
    Cue::new("verspateten", Anchor),
    Cue::new("verzogerung", Anchor),
    Cue::new("verzogerung ist darauf zuruckzufuhren", Signal),
    Cue::new("wegen", Reason),
    Cue::new("weil", Reason),
    Cue::new("zu entschuldigen", Block),
    Cue::new("zuruckzufuhren", Reason),
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Die Meldung erfolgt verspätet, weil unser Datenschutzbeauftragter erkrankt war.",
    bad: "Wir bitten, die verspätete Meldung zu entschuldigen.",
};
