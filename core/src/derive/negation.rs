//! Negations per language: a derived signal near one of these is not stated (see
//! [`super`] for the window). Single words; `t` is the tail of English contractions
//! ("don't" → `don t`). "Without" (`sans`, `sin`, `ohne`, …) is not a negation here:
//! "accessed without authorisation" states the access. Also the hedges ("might", "if",
//! "möglich", "pourrait") that make a sentence a possibility rather than a statement of
//! what happened.

use crate::elements::{Cue, Cues, Role};
use crate::lang::Lang;
use crate::limits::MAX_SENTENCE_NEGATIONS;
use crate::text::matcher::find_cues;

use super::Negations;

/// The negation table.
pub static TABLES: &[((), Cues)] = &[(
    (),
    Cues {
        en: NEGATION_EN,
        de: NEGATION_DE,
        fr: NEGATION_FR,
        es: NEGATION_ES,
        it: NEGATION_IT,
        nl: NEGATION_NL,
    },
)];

/// Negation words (en).
static NEGATION_EN: &[Cue] = &[
    Cue::new("neither", Role::Signal),
    Cue::new("never", Role::Signal),
    Cue::new("no", Role::Signal),
    Cue::new("nobody", Role::Signal),
    Cue::new("none", Role::Signal),
    Cue::new("nor", Role::Signal),
    Cue::new("not", Role::Signal),
    Cue::new("nothing", Role::Signal),
    Cue::new("t", Role::Signal),
];

/// Negation words (de).
static NEGATION_DE: &[Cue] = &[
    Cue::new("kein", Role::Signal),
    Cue::new("keine", Role::Signal),
    Cue::new("keinem", Role::Signal),
    Cue::new("keinen", Role::Signal),
    Cue::new("keiner", Role::Signal),
    Cue::new("keines", Role::Signal),
    Cue::new("nicht", Role::Signal),
    Cue::new("nichts", Role::Signal),
    Cue::new("nie", Role::Signal),
    Cue::new("niemals", Role::Signal),
    Cue::new("weder", Role::Signal),
];

/// Negation words (fr).
static NEGATION_FR: &[Cue] = &[
    Cue::new("aucun", Role::Signal),
    Cue::new("aucune", Role::Signal),
    Cue::new("jamais", Role::Signal),
    Cue::new("ni", Role::Signal),
    Cue::new("non", Role::Signal),
    Cue::new("nullement", Role::Signal),
    Cue::new("pas", Role::Signal),
    Cue::new("rien", Role::Signal),
];

/// Negation words (es).
static NEGATION_ES: &[Cue] = &[
    Cue::new("nada", Role::Signal),
    Cue::new("ni", Role::Signal),
    Cue::new("ningun", Role::Signal),
    Cue::new("ninguna", Role::Signal),
    Cue::new("ninguno", Role::Signal),
    Cue::new("no", Role::Signal),
    Cue::new("nunca", Role::Signal),
    Cue::new("tampoco", Role::Signal),
];

/// Negation words (it).
static NEGATION_IT: &[Cue] = &[
    Cue::new("alcun", Role::Signal),
    Cue::new("alcuna", Role::Signal),
    Cue::new("mai", Role::Signal),
    Cue::new("nessun", Role::Signal),
    Cue::new("nessuna", Role::Signal),
    Cue::new("nessuno", Role::Signal),
    Cue::new("niente", Role::Signal),
    Cue::new("non", Role::Signal),
    Cue::new("nulla", Role::Signal),
];

/// Negation words (nl).
static NEGATION_NL: &[Cue] = &[
    Cue::new("geen", Role::Signal),
    Cue::new("niet", Role::Signal),
    Cue::new("niets", Role::Signal),
    Cue::new("noch", Role::Signal),
    Cue::new("nooit", Role::Signal),
];

/// The hedge table: a sentence with one of these states a possibility, not what happened.
pub static HEDGES: &[((), Cues)] = &[(
    (),
    Cues {
        en: HEDGES_EN,
        de: HEDGES_DE,
        fr: HEDGES_FR,
        es: HEDGES_ES,
        it: HEDGES_IT,
        nl: HEDGES_NL,
    },
)];

/// Hedges: possibility and condition words (en).
static HEDGES_EN: &[Cue] = &[
    Cue::new("if", Role::Signal),
    Cue::new("might", Role::Signal),
    Cue::new("possible", Role::Signal),
    Cue::new("possibly", Role::Signal),
    Cue::new("potentially", Role::Signal),
    Cue::new("risk", Role::Signal),
    Cue::new("risks", Role::Signal),
    Cue::new("would", Role::Signal),
];

/// Hedges: possibility and condition words (de).
static HEDGES_DE: &[Cue] = &[
    Cue::new("eventuell", Role::Signal),
    Cue::new("falls", Role::Signal),
    Cue::new("moglich", Role::Signal),
    Cue::new("moglicherweise", Role::Signal),
    Cue::new("risiken", Role::Signal),
    Cue::new("risiko", Role::Signal),
    Cue::new("wenn", Role::Signal),
];

/// Hedges: possibility and condition words (fr).
static HEDGES_FR: &[Cue] = &[
    Cue::new("eventuel*", Role::Signal),
    Cue::new("possible", Role::Signal),
    Cue::new("possibles", Role::Signal),
    Cue::new("pourraient", Role::Signal),
    Cue::new("pourrait", Role::Signal),
    Cue::new("risque", Role::Signal),
    Cue::new("risques", Role::Signal),
    Cue::new("si", Role::Signal),
    Cue::new("susceptible*", Role::Signal),
];

/// Hedges: possibility and condition words (es).
static HEDGES_ES: &[Cue] = &[
    Cue::new("eventual*", Role::Signal),
    Cue::new("podria", Role::Signal),
    Cue::new("podrian", Role::Signal),
    Cue::new("posible", Role::Signal),
    Cue::new("posiblemente", Role::Signal),
    Cue::new("posibles", Role::Signal),
    Cue::new("pudiera*", Role::Signal),
    Cue::new("riesgo", Role::Signal),
    Cue::new("riesgos", Role::Signal),
    Cue::new("si", Role::Signal),
];

/// Hedges: possibility and condition words (it).
static HEDGES_IT: &[Cue] = &[
    Cue::new("eventual*", Role::Signal),
    Cue::new("possibil*", Role::Signal),
    Cue::new("potrebbe", Role::Signal),
    Cue::new("potrebbero", Role::Signal),
    Cue::new("qualora", Role::Signal),
    Cue::new("rischi", Role::Signal),
    Cue::new("rischio", Role::Signal),
    Cue::new("se", Role::Signal),
];

/// Hedges: possibility and condition words (nl).
static HEDGES_NL: &[Cue] = &[
    Cue::new("als", Role::Signal),
    Cue::new("eventueel", Role::Signal),
    Cue::new("indien", Role::Signal),
    Cue::new("mogelijk*", Role::Signal),
    Cue::new("risico", Role::Signal),
    Cue::new("risico s", Role::Signal),
    Cue::new("zou", Role::Signal),
    Cue::new("zouden", Role::Signal),
];

/// The negations of one sentence, or `None` when it has more than
/// [`MAX_SENTENCE_NEGATIONS`] (then nothing is derived from it).
pub fn find(sentence: &str, base: usize, lang: Lang) -> Negations {
    let mut list: heapless::Vec<(usize, usize), MAX_SENTENCE_NEGATIONS> = heapless::Vec::new();
    let mut overflow = false;
    let tables: [&'static [Cue]; 1] = [TABLES.first().map_or(&[][..], |(_, c)| c.get(lang))];
    find_cues(sentence, base, &tables, |m| {
        overflow |= list.push((m.start, m.end)).is_err();
    });
    (!overflow).then_some(list)
}

/// Whether the sentence states a possibility or a condition ([`HEDGES`]): "the
/// attackers **might** publish the data", "**if** your data appears online". Exposure and
/// malice are not derived from such a sentence. English "could" and German "konnte(n)"
/// are left out: they are also plain past tenses ("other customers could see your
/// name"), and `könnte` folds to `konnte`.
pub fn is_hedged(sentence: &str, base: usize, lang: Lang) -> bool {
    let tables: [&'static [Cue]; 1] = [HEDGES.first().map_or(&[][..], |(_, c)| c.get(lang))];
    let mut found = false;
    find_cues(sentence, base, &tables, |_| found = true);
    found
}
