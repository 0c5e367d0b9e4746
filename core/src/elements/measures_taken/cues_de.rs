//! `measures_taken` cues in German. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

use crate::cue_table;
use crate::elements::{CueTable, Example};

/// The phrase table.
pub(super) static CUES: CueTable = cue_table![
    Signal "ab sofort",
    Signal "abgeschaltet",
    Signal "absuchen lassen",
    Block "andern sie",
    Signal "anzeige erstattet",
    Signal "aufgearbeitet",
    Signal "aufgefordert",
    Signal "ausgesetzt",
    Signal "ausgewertet",
    Signal "beantragt",
    Signal "beendet",
    Signal "behoben",
    Block "dankeschon",
    Signal "deaktiviert",
    Signal "eingefuhrt",
    Block "empfehlen",
    Signal "entfernt",
    Signal "forensik*",
    Signal "forensiker*",
    Signal "gebeten",
    Signal "geschlossen",
    Signal "geschult",
    Signal "gesperrt",
    Signal "identitatsschutz",
    Signal "kunftig",
    Signal "nachgefragt",
    Signal "nur noch",
    Signal "strafanzeige",
    Signal "uberarbeitet",
    Signal "unterwiesen",
    Signal "verlustanzeige",
    Signal "verstarkt",
    Signal "vier augen prinzip",
    Signal "vom netz",
    Signal "vom netz genommen",
    Signal "wiederhergestellt",
    Signal "zuruckgerufen",
    Signal "zuruckgesetzt",
    Signal "zuruckzurufen",
    Signal "zusatzliche schutzmechanismen",
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Wir haben die Sicherheitslücke geschlossen und alle Passwörter zurückgesetzt.",
    bad: "Der Schutz Ihrer Daten hat für uns höchste Priorität.",
};
