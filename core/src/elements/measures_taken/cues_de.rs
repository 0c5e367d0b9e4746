//! `measures_taken` cues in German. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

#[allow(unused_imports, reason = "every role is available to the table")]
use crate::elements::{Cue, Example, Role::*};

/// The phrase table.
pub(super) static CUES: &[Cue] = &[
    Cue::new("ab sofort", Signal),
    Cue::new("abgeschaltet", Signal),
    Cue::new("absuchen lassen", Signal),
    Cue::new("andern sie", Block),
    Cue::new("anzeige erstattet", Signal),
    Cue::new("aufgearbeitet", Signal),
    Cue::new("aufgefordert", Signal),
    Cue::new("ausgesetzt", Signal),
    Cue::new("ausgewertet", Signal),
    Cue::new("beantragt", Signal),
    Cue::new("beendet", Signal),
    Cue::new("behoben", Signal),
    Cue::new("dankeschon", Block),
    Cue::new("deaktiviert", Signal),
    Cue::new("eingefuhrt", Signal),
    Cue::new("empfehlen", Block),
    Cue::new("entfernt", Signal),
    Cue::new("forensik*", Signal),
    Cue::new("forensiker*", Signal),
    Cue::new("gebeten", Signal),
    Cue::new("geschlossen", Signal),
    Cue::new("geschult", Signal),
    Cue::new("gesperrt", Signal),
    Cue::new("identitatsschutz", Signal),
    Cue::new("kunftig", Signal),
    Cue::new("nachgefragt", Signal),
    Cue::new("nur noch", Signal),
    Cue::new("strafanzeige", Signal),
    Cue::new("uberarbeitet", Signal),
    Cue::new("unterwiesen", Signal),
    Cue::new("verlustanzeige", Signal),
    Cue::new("verstarkt", Signal),
    Cue::new("vier augen prinzip", Signal),
    Cue::new("vom netz", Signal),
    Cue::new("vom netz genommen", Signal),
    Cue::new("wiederhergestellt", Signal),
    Cue::new("zuruckgerufen", Signal),
    Cue::new("zuruckgesetzt", Signal),
    Cue::new("zuruckzurufen", Signal),
    Cue::new("zusatzliche schutzmechanismen", Signal),
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Wir haben die Sicherheitslücke geschlossen und alle Passwörter zurückgesetzt.",
    bad: "Der Schutz Ihrer Daten hat für uns höchste Priorität.",
};
