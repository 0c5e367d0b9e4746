//! `advice` cues in German. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

#[allow(unused_imports, reason = "every role is available to the table")]
use crate::elements::{Cue, Example, Role::*};

/// The phrase table.
pub(super) static CUES: &[Cue] = &[
    Cue::new("achte auf", Signal),
    Cue::new("achten sie auf", Signal),
    Cue::new("aktiviere", Signal),
    Cue::new("aktivieren sie", Signal),
    Cue::new("ander dein", Signal),
    Cue::new("andere dein", Signal),
    Cue::new("andern sie", Signal),
    Cue::new("bei fragen", Block),
    Cue::new("du musst nichts", Signal),
    Cue::new("empfehlen dir", Signal),
    Cue::new("empfehlen ihnen", Signal),
    Cue::new("gehen sie nicht", Signal),
    Cue::new("klicke nicht", Signal),
    Cue::new("klicken sie nicht", Signal),
    Cue::new("lassen sie", Signal),
    Cue::new("melden sie solche", Signal),
    Cue::new("misstrauisch", Signal),
    Cue::new("nichts tun", Signal),
    Cue::new("nichts unternehmen", Signal),
    Cue::new("nichts weiter unternehmen", Signal),
    Cue::new("offne keine", Signal),
    Cue::new("offnen sie keine", Signal),
    Cue::new("prufe", Signal),
    Cue::new("prufen sie", Signal),
    Cue::new("sei vorsichtig", Signal),
    Cue::new("sei wachsam", Signal),
    Cue::new("seien sie", Signal),
    Cue::new("selbstauskunft", Signal),
    Cue::new("sie mussen nichts", Signal),
    Cue::new("vergeben sie", Signal),
    Cue::new("vergib", Signal),
    Cue::new("verwenden sie", Signal),
    Cue::new("vorsichtig", Signal),
    Cue::new("wachsam", Signal),
    Cue::new("wir empfehlen", Signal),
    Cue::new("zu entschuldigen", Block),
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Bitte ändern Sie Ihr Passwort und achten Sie auf verdächtige E-Mails.",
    bad: "Bei Fragen wenden Sie sich bitte an das Sekretariat.",
};
