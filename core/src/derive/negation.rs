//! Negations per language: a derived signal near one of these is not stated (see
//! [`super`] for the window). Single words; `t` is the tail of English contractions
//! ("don't" → `don t`). "Without" (`sans`, `sin`, `ohne`, …) is not a negation here:
//! "accessed without authorisation" states the access. Also the hedges ("might", "if",
//! "möglich", "pourrait") that make a sentence a possibility rather than a statement of
//! what happened.

use crate::cue_table;
use crate::elements::{CueTable, CueTables};
use crate::lang::Lang;
use crate::limits::MAX_SENTENCE_NEGATIONS;
use crate::text::matcher::find_cues_in_packed;

use super::Negations;
use super::index::{Group, derive_index, table_info};

/// The negation table.
pub static TABLES: &[((), CueTables)] = &[(
    (),
    CueTables {
        en: NEGATION_EN,
        de: NEGATION_DE,
        fr: NEGATION_FR,
        es: NEGATION_ES,
        it: NEGATION_IT,
        nl: NEGATION_NL,
    },
)];

/// Negation words (en).
const NEGATION_EN: CueTable = cue_table![
    Signal "neither",
    Signal "never",
    Signal "no",
    Signal "nobody",
    Signal "none",
    Signal "nor",
    Signal "not",
    Signal "nothing",
    Signal "t",
];

/// Negation words (de).
const NEGATION_DE: CueTable = cue_table![
    Signal "kein",
    Signal "keine",
    Signal "keinem",
    Signal "keinen",
    Signal "keiner",
    Signal "keines",
    Signal "nicht",
    Signal "nichts",
    Signal "nie",
    Signal "niemals",
    Signal "weder",
];

/// Negation words (fr).
const NEGATION_FR: CueTable = cue_table![
    Signal "aucun",
    Signal "aucune",
    Signal "jamais",
    Signal "ni",
    Signal "non",
    Signal "nullement",
    Signal "pas",
    Signal "rien",
];

/// Negation words (es).
const NEGATION_ES: CueTable = cue_table![
    Signal "nada",
    Signal "ni",
    Signal "ningun",
    Signal "ninguna",
    Signal "ninguno",
    Signal "no",
    Signal "nunca",
    Signal "tampoco",
];

/// Negation words (it).
const NEGATION_IT: CueTable = cue_table![
    Signal "alcun",
    Signal "alcuna",
    Signal "mai",
    Signal "nessun",
    Signal "nessuna",
    Signal "nessuno",
    Signal "niente",
    Signal "non",
    Signal "nulla",
];

/// Negation words (nl).
const NEGATION_NL: CueTable = cue_table![
    Signal "geen",
    Signal "niet",
    Signal "niets",
    Signal "noch",
    Signal "nooit",
];

/// The hedge table: a sentence with one of these states a possibility, not what happened.
pub static HEDGES: &[((), CueTables)] = &[(
    (),
    CueTables {
        en: HEDGES_EN,
        de: HEDGES_DE,
        fr: HEDGES_FR,
        es: HEDGES_ES,
        it: HEDGES_IT,
        nl: HEDGES_NL,
    },
)];

/// Hedges: possibility and condition words (en).
const HEDGES_EN: CueTable = cue_table![
    Signal "if",
    Signal "might",
    Signal "possible",
    Signal "possibly",
    Signal "potentially",
    Signal "risk",
    Signal "risks",
    Signal "would",
];

/// Hedges: possibility and condition words (de).
const HEDGES_DE: CueTable = cue_table![
    Signal "eventuell",
    Signal "falls",
    Signal "moglich",
    Signal "moglicherweise",
    Signal "risiken",
    Signal "risiko",
    Signal "wenn",
];

/// Hedges: possibility and condition words (fr).
const HEDGES_FR: CueTable = cue_table![
    Signal "eventuel*",
    Signal "possible",
    Signal "possibles",
    Signal "pourraient",
    Signal "pourrait",
    Signal "risque",
    Signal "risques",
    Signal "si",
    Signal "susceptible*",
];

/// Hedges: possibility and condition words (es).
const HEDGES_ES: CueTable = cue_table![
    Signal "eventual*",
    Signal "podria",
    Signal "podrian",
    Signal "posible",
    Signal "posiblemente",
    Signal "posibles",
    Signal "pudiera*",
    Signal "riesgo",
    Signal "riesgos",
    Signal "si",
];

/// Hedges: possibility and condition words (it).
const HEDGES_IT: CueTable = cue_table![
    Signal "eventual*",
    Signal "possibil*",
    Signal "potrebbe",
    Signal "potrebbero",
    Signal "qualora",
    Signal "rischi",
    Signal "rischio",
    Signal "se",
];

/// Hedges: possibility and condition words (nl).
const HEDGES_NL: CueTable = cue_table![
    Signal "als",
    Signal "eventueel",
    Signal "indien",
    Signal "mogelijk*",
    Signal "risico",
    Signal "risico s",
    Signal "zou",
    Signal "zouden",
];

/// The negations of one sentence, or `None` when it has more than
/// [`MAX_SENTENCE_NEGATIONS`] (then nothing is derived from it).
pub fn find(sentence: &str, base: usize, lang: Lang) -> Negations {
    let mut list: heapless::Vec<(usize, usize), MAX_SENTENCE_NEGATIONS> = heapless::Vec::new();
    let mut overflow = false;
    find_cues_in_packed(sentence, base, derive_index(lang), |m| {
        if in_group(m.table, Group::Negation) {
            overflow |= list.push((m.start, m.end)).is_err();
        }
    });
    (!overflow).then_some(list)
}

/// Whether the sentence states a possibility or a condition ([`HEDGES`]): "the
/// attackers **might** publish the data", "**if** your data appears online". Exposure and
/// malice are not derived from such a sentence. English "could" and German "konnte(n)"
/// are left out: they are also plain past tenses ("other customers could see your
/// name"), and `könnte` folds to `konnte`.
pub fn is_hedged(sentence: &str, base: usize, lang: Lang) -> bool {
    let mut found = false;
    find_cues_in_packed(sentence, base, derive_index(lang), |m| {
        found |= in_group(m.table, Group::Hedge);
    });
    found
}

/// Whether the derive table numbered `table` belongs to `group`.
fn in_group(table: usize, group: Group) -> bool {
    table_info(table).is_some_and(|(g, _)| g == group)
}
