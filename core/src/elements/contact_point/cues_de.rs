//! `contact_point` cues in German. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

use crate::cue_table;
use crate::elements::{CueTable, Example};

/// The phrase table.
pub(super) static CUES: CueTable = cue_table![
    Block "abbestellen",
    Block "abmelden",
    Anchor "anlaufstelle",
    Anchor "ansprechpartner*",
    Signal "antworte auf diese e mail",
    Signal "antworte einfach auf diese e mail",
    Signal "antworten sie auf diese e mail",
    Signal "antworten sie einfach auf diese e mail",
    Block "bestellung",
    Block "bestellungen",
    Block "buchung",
    Block "buchungen",
    Anchor "datenschutz",
    Anchor "datenschutzbeauftragt*",
    Anchor "datenschutzteam",
    Anchor "erreichen sie",
    Anchor "erreichst du",
    Anchor "fragen",
    Anchor "fur dich da",
    Anchor "fur sie da",
    Anchor "hotline",
    Anchor "kontakt",
    Anchor "kontaktieren",
    Anchor "kundenservice",
    Anchor "melde dich",
    Anchor "melden sie sich",
    Block "newsletter",
    Block "nicht auf diese e mail",
    Block "noreply",
    Block "rechnung",
    Block "rechnungen",
    Anchor "ruckfragen",
    Anchor "ruf uns",
    Anchor "rufen sie",
    Anchor "schreib uns",
    Anchor "schreiben sie uns",
    Block "tarif*",
    Anchor "telefonisch",
    Block "termin*",
    Anchor "wende dich",
    Anchor "wenden sie sich",
    Block "werbung",
    Anchor "zur verfugung",
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Bei Fragen erreichen Sie unsere Datenschutzbeauftragte unter datenschutz@beispiel.de.",
    bad: "Bei Fragen wenden Sie sich bitte an das Sekretariat.",
};
