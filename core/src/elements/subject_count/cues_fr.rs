//! `subject_count` cues in French. Format: [`crate::elements::cue`]; sorted by phrase.

#[allow(unused_imports, reason = "every role is available to the table")]
use crate::elements::{Cue, Example, Role::*};

/// The phrase table.
pub(super) static CUES: &[Cue] = &[
    Cue::new("a determiner", Block),
    Cue::new("abonnes", Anchor),
    Cue::new("adherents", Anchor),
    Cue::new("agents", Anchor),
    Cue::new("au total de nos", Block),
    Cue::new("beneficiaires", Anchor),
    Cue::new("candidats", Anchor),
    Cue::new("cf annexe", Block),
    Cue::new("clientes", Anchor),
    Cue::new("clients", Anchor),
    Cue::new("clients inscrits", Block),
    Cue::new("collaborateurs", Anchor),
    Cue::new("compte plus de", Block),
    Cue::new("comptes", Anchor),
    Cue::new("comptes clients", Anchor),
    Cue::new("comptons", Block),
    Cue::new("contribuables", Anchor),
    Cue::new("donateurs", Anchor),
    Cue::new("eleves", Anchor),
    Cue::new("employes", Anchor),
    Cue::new("en cours d evaluation", Block),
    Cue::new("en cours d identification", Block),
    Cue::new("enfants", Anchor),
    Cue::new("etudiants", Anchor),
    Cue::new("familles", Anchor),
    Cue::new("foyers", Anchor),
    Cue::new("inconnu*", Block),
    Cue::new("indetermine*", Block),
    Cue::new("individus", Anchor),
    Cue::new("interesses", Anchor),
    Cue::new("l ensemble de nos", Block),
    Cue::new("membres", Anchor),
    Cue::new("non determine*", Block),
    Cue::new("pas encore connu*", Block),
    Cue::new("pas encore determine*", Block),
    Cue::new("patientes", Anchor),
    Cue::new("patients", Anchor),
    Cue::new("personnes", Anchor),
    Cue::new("personnes affectees", Anchor),
    Cue::new("personnes concernees", Anchor),
    Cue::new("personnes physiques", Anchor),
    Cue::new("personnes touchees", Anchor),
    Cue::new("residents", Anchor),
    Cue::new("salaries", Anchor),
    Cue::new("titulaires", Anchor),
    Cue::new("usagers", Anchor),
    Cue::new("utilisateurs", Anchor),
    Cue::new("utilisateurs inscrits", Block),
    Cue::new("voir annexe", Block),
    Cue::new("voir piece jointe", Block),
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Nombre approximatif de personnes concernées : environ 1 200.",
    bad: "Nombre approximatif de personnes concernées : indéterminé à ce stade.",
};
