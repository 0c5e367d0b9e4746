//! `advice` cues in German. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

use crate::cue_table;
use crate::elements::{CueTable, Example};

/// The phrase table.
pub(super) static CUES: CueTable = cue_table![
    Signal "achte auf",
    Signal "achten sie auf",
    Signal "aktiviere",
    Signal "aktivieren sie",
    Signal "ander dein",
    Signal "andere dein",
    Signal "andern sie",
    Block "bei fragen",
    Signal "du musst nichts",
    Signal "empfehlen dir",
    Signal "empfehlen ihnen",
    Signal "gehen sie nicht",
    Signal "klicke nicht",
    Signal "klicken sie nicht",
    Signal "lassen sie",
    Signal "melden sie solche",
    Signal "misstrauisch",
    Signal "nichts tun",
    Signal "nichts unternehmen",
    Signal "nichts weiter unternehmen",
    Signal "offne keine",
    Signal "offnen sie keine",
    Signal "prufe",
    Signal "prufen sie",
    Signal "sei vorsichtig",
    Signal "sei wachsam",
    Signal "seien sie",
    Signal "selbstauskunft",
    Signal "sie mussen nichts",
    Signal "vergeben sie",
    Signal "vergib",
    Signal "verwenden sie",
    Signal "vorsichtig",
    Signal "wachsam",
    Signal "wir empfehlen",
    Block "zu entschuldigen",
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Bitte ändern Sie Ihr Passwort und achten Sie auf verdächtige E-Mails.",
    bad: "Bei Fragen wenden Sie sich bitte an das Sekretariat.",
};
