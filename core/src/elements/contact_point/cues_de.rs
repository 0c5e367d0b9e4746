//! `contact_point` cues in German. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

#[allow(unused_imports, reason = "every role is available to the table")]
use crate::elements::{Cue, Example, Role::*};

/// The phrase table.
pub(super) static CUES: &[Cue] = &[
    Cue::new("abbestellen", Block),
    Cue::new("abmelden", Block),
    Cue::new("anlaufstelle", Anchor),
    Cue::new("ansprechpartner*", Anchor),
    Cue::new("antworte auf diese e mail", Signal),
    Cue::new("antworte einfach auf diese e mail", Signal),
    Cue::new("antworten sie auf diese e mail", Signal),
    Cue::new("antworten sie einfach auf diese e mail", Signal),
    Cue::new("bestellung", Block),
    Cue::new("bestellungen", Block),
    Cue::new("buchung", Block),
    Cue::new("buchungen", Block),
    Cue::new("datenschutz", Anchor),
    Cue::new("datenschutzbeauftragt*", Anchor),
    Cue::new("datenschutzteam", Anchor),
    Cue::new("erreichen sie", Anchor),
    Cue::new("erreichst du", Anchor),
    Cue::new("fragen", Anchor),
    Cue::new("fur dich da", Anchor),
    Cue::new("fur sie da", Anchor),
    Cue::new("hotline", Anchor),
    Cue::new("kontakt", Anchor),
    Cue::new("kontaktieren", Anchor),
    Cue::new("kundenservice", Anchor),
    Cue::new("melde dich", Anchor),
    Cue::new("melden sie sich", Anchor),
    Cue::new("newsletter", Block),
    Cue::new("nicht auf diese e mail", Block),
    Cue::new("noreply", Block),
    Cue::new("rechnung", Block),
    Cue::new("rechnungen", Block),
    Cue::new("ruckfragen", Anchor),
    Cue::new("ruf uns", Anchor),
    Cue::new("rufen sie", Anchor),
    Cue::new("schreib uns", Anchor),
    Cue::new("schreiben sie uns", Anchor),
    Cue::new("tarif*", Block),
    Cue::new("telefonisch", Anchor),
    Cue::new("termin*", Block),
    Cue::new("wende dich", Anchor),
    Cue::new("wenden sie sich", Anchor),
    Cue::new("werbung", Block),
    Cue::new("zur verfugung", Anchor),
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Bei Fragen erreichen Sie unsere Datenschutzbeauftragte unter datenschutz@beispiel.de.",
    bad: "Bei Fragen wenden Sie sich bitte an das Sekretariat.",
};
