//! `subject_categories` cues in German. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

#[allow(unused_imports, reason = "every role is available to the table")]
use crate::elements::{Cue, Example, Role::*};

/// The phrase table.
pub(super) static CUES: &[Cue] = &[
    Cue::new("abonnenten", Signal),
    Cue::new("auszubildende*", Signal),
    Cue::new("beschaftigte*", Signal),
    Cue::new("bewerber*", Signal),
    Cue::new("burgerinnen", Signal),
    Cue::new("einwohner*", Signal),
    Cue::new("eltern", Signal),
    Cue::new("gaste", Signal),
    Cue::new("kinder", Signal),
    Cue::new("kunden", Signal),
    Cue::new("kundinnen", Signal),
    Cue::new("liebe kundin", Block),
    Cue::new("liebe nutzerin", Block),
    Cue::new("lieber kunde", Block),
    Cue::new("lieber nutzer", Block),
    Cue::new("mieter", Signal),
    Cue::new("mitarbeitende*", Signal),
    Cue::new("mitarbeiter", Signal),
    Cue::new("mitarbeiterinnen", Signal),
    Cue::new("mitglieder", Signal),
    Cue::new("noch nicht bekannt", Block),
    Cue::new("nutzer", Signal),
    Cue::new("nutzerinnen", Signal),
    Cue::new("patienten", Signal),
    Cue::new("patientinnen", Signal),
    Cue::new("schuler", Signal),
    Cue::new("schulerinnen", Signal),
    Cue::new("sehr geehrte kundin", Block),
    Cue::new("sehr geehrter kunde", Block),
    Cue::new("siehe anlage", Block),
    Cue::new("spender", Signal),
    Cue::new("versicherte", Signal),
    Cue::new("wird noch ermittelt", Block),
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Betroffen sind aktuelle und ehemalige Beschäftigte.",
    bad: "Betroffene Personen: siehe Anlage 1.",
};
