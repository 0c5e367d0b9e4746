//! `record_count` cues in French. Format: [`crate::elements::cue`]; sorted by phrase.

#[allow(unused_imports, reason = "every role is available to the table")]
use crate::elements::{Cue, Example, Role::*};

/// The phrase table.
pub(super) static CUES: &[Cue] = &[
    Cue::new("a determiner", Block),
    Cue::new("bulletins", Anchor),
    Cue::new("cf annexe", Block),
    Cue::new("commandes", Anchor),
    Cue::new("contrats", Anchor),
    Cue::new("courriels", Anchor),
    Cue::new("dossier partage", Block),
    Cue::new("dossiers", Anchor),
    Cue::new("dossiers medicaux", Anchor),
    Cue::new("dossiers partages", Block),
    Cue::new("dossiers patients", Anchor),
    Cue::new("dossiers reseau", Block),
    Cue::new("e mails", Anchor),
    Cue::new("emails", Anchor),
    Cue::new("en cours d evaluation", Block),
    Cue::new("en cours d identification", Block),
    Cue::new("enregistrement", Anchor),
    Cue::new("enregistrements", Anchor),
    Cue::new("entrees", Anchor),
    Cue::new("factures", Anchor),
    Cue::new("fiche", Anchor),
    Cue::new("fiches", Anchor),
    Cue::new("fiches clients", Anchor),
    Cue::new("fichiers clients", Anchor),
    Cue::new("gigaoctets", Block),
    Cue::new("inconnu*", Block),
    Cue::new("indetermine*", Block),
    Cue::new("jeux de donnees", Anchor),
    Cue::new("lignes", Anchor),
    Cue::new("lignes de donnees", Anchor),
    Cue::new("megaoctets", Block),
    Cue::new("messages", Anchor),
    Cue::new("non determine*", Block),
    Cue::new("pages", Block),
    Cue::new("pas encore connu*", Block),
    Cue::new("pas encore determine*", Block),
    Cue::new("registres", Anchor),
    Cue::new("repertoires", Block),
    Cue::new("telecharge*", Block),
    Cue::new("telechargements", Block),
    Cue::new("transactions", Anchor),
    Cue::new("voir annexe", Block),
    Cue::new("voir piece jointe", Block),
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Les fichiers exfiltrés contiennent environ 38 000 enregistrements.",
    bad: "Nombre d'enregistrements concernés : indéterminé à ce stade.",
};
