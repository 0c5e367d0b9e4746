//! `record_count` cues in French. Format: [`crate::elements::cue`]; sorted by phrase.

use crate::cue_table;
use crate::elements::{CueTable, Example};

/// The phrase table.
pub(super) static CUES: CueTable = cue_table![
    Block "a determiner",
    Anchor "bulletins",
    Block "cf annexe",
    Anchor "commandes",
    Anchor "contrats",
    Anchor "courriels",
    Block "dossier partage",
    Anchor "dossiers",
    Anchor "dossiers medicaux",
    Block "dossiers partages",
    Anchor "dossiers patients",
    Block "dossiers reseau",
    Anchor "e mails",
    Anchor "emails",
    Block "en cours d evaluation",
    Block "en cours d identification",
    Anchor "enregistrement",
    Anchor "enregistrements",
    Anchor "entrees",
    Anchor "factures",
    Anchor "fiche",
    Anchor "fiches",
    Anchor "fiches clients",
    Anchor "fichiers clients",
    Block "gigaoctets",
    Block "inconnu*",
    Block "indetermine*",
    Anchor "jeux de donnees",
    Anchor "lignes",
    Anchor "lignes de donnees",
    Block "megaoctets",
    Anchor "messages",
    Block "non determine*",
    Block "pages",
    Block "pas encore connu*",
    Block "pas encore determine*",
    Anchor "registres",
    Block "repertoires",
    Block "telecharge*",
    Block "telechargements",
    Anchor "transactions",
    Block "voir annexe",
    Block "voir piece jointe",
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Les fichiers exfiltrés contiennent environ 38 000 enregistrements.",
    bad: "Nombre d'enregistrements concernés : indéterminé à ce stade.",
};
