//! `record_count` cues in German. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

#[allow(unused_imports, reason = "every role is available to the table")]
use crate::elements::{Cue, Example, Role::*};

/// The phrase table.
pub(super) static CUES: &[Cue] = &[
    Cue::new("*datensatze", Anchor),
    Cue::new("*datensatzen", Anchor),
    Cue::new("akten", Anchor),
    Cue::new("dateien", Anchor),
    Cue::new("datensatz", Anchor),
    Cue::new("datensatze", Anchor),
    Cue::new("dokumente", Anchor),
    Cue::new("eintrage", Anchor),
    Cue::new("noch nicht bekannt", Block),
    Cue::new("siehe anlage", Block),
    Cue::new("vorgange", Anchor),
    Cue::new("wird noch ermittelt", Block),
    Cue::new("zeilen", Anchor),
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Betroffen sind ca. 118.000 Abrechnungsdatensätze.",
    bad: "Umfang: eine Sitzungsvorlage (PDF, 14 Seiten).",
};
