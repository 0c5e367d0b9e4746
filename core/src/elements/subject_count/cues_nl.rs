//! `subject_count` cues in Dutch. Format: [`crate::elements::cue`]; sorted by phrase.

use crate::cue_table;
use crate::elements::{CueTable, Example};

/// The phrase table.
pub(super) static CUES: CueTable = cue_table![
    Anchor "*krachten",
    Anchor "*medewerkers",
    Anchor "aantal betrokkenen",
    Anchor "abonnees",
    Anchor "accounts",
    Anchor "betrokkenen",
    Anchor "bewoners",
    Anchor "clienten",
    Anchor "deelnemers",
    Anchor "donateurs",
    Anchor "gebruikers",
    Block "geregistreerde",
    Block "in totaal",
    Anchor "individuen",
    Anchor "inwoners",
    Anchor "kinderen",
    Anchor "klanten",
    Anchor "leden",
    Anchor "leerlingen",
    Anchor "medewerkers",
    Anchor "mensen",
    Block "n n b",
    Block "nnb",
    Block "nog niet bekend",
    Block "onbekend",
    Anchor "patienten",
    Anchor "personen",
    Anchor "rekeninghouders",
    Anchor "sollicitanten",
    Anchor "studenten",
    Anchor "werknemers",
    Block "zie bijlage",
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Aantal betrokkenen: circa 8.400.",
    bad: "Aantal betrokkenen: een beperkt aantal.",
};
