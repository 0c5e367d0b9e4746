//! Negations per language: a derived signal near one of these is not stated (see
//! [`super`] for the window). Single words; `t` is the tail of English contractions
//! ("don't" → `don t`). "Without" (`sans`, `sin`, `ohne`, …) is not a negation here:
//! "accessed without authorisation" states the access. Also the hedges ("might", "if",
//! "möglich", "pourrait") that make a sentence a possibility rather than a statement of
//! what happened. A `[block]` of the negation table ("rule out", "ausschließen",
//! "exclure") cancels the negation just before it: "we cannot rule out that your bank
//! details were copied" states a possibility.

use crate::elements::CueTables;
use crate::lang::Lang;
use crate::limits::MAX_SENTENCE_NEGATIONS;
use crate::text::matcher::find_cues_in_packed;

use super::Negations;
use super::index::{Group, derive_index, table_info};

/// The negation table.
pub static TABLES: &[((), CueTables)] = &[((), crate::lang::data::DERIVE_NEGATION_NEGATION)];

/// The hedge table: a sentence with one of these states a possibility, not what happened.
pub static HEDGES: &[((), CueTables)] = &[((), crate::lang::data::DERIVE_NEGATION_HEDGES)];

/// The negations of one sentence, or `None` when it has more than
/// [`MAX_SENTENCE_NEGATIONS`] (then nothing is derived from it).
pub fn find(sentence: &str, base: usize, lang: Lang) -> Negations {
    let mut list: heapless::Vec<(usize, usize), MAX_SENTENCE_NEGATIONS> = heapless::Vec::new();
    let mut overflow = false;
    find_cues_in_packed(sentence, base, derive_index(lang), |m| {
        if in_group(m.table, Group::Negation) {
            if m.cue.role == crate::elements::Role::Block {
                list.retain(|&(_, e)| !super::cancelled_negation(e, m.start, m.end));
            } else {
                overflow |= list.push((m.start, m.end)).is_err();
            }
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
