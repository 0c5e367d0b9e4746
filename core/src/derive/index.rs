//! Every derive cue table of a language merged into one sorted [`CueIndex`], built at
//! compile time, so that [`super::derive_facts`] reads each sentence's words **once**: one
//! lookup per word serves all the tables (data kinds, breach kinds, malice, exposure,
//! protection, count labels and nouns, date labels, claims, negations and hedges).
//!
//! Each table of the modules is a numbered entry of the index ([`TABLE_COUNT`] in all);
//! [`table_info`] says which [`Group`] (which module's list) and which member of that list
//! a match comes from, so the caller maps it back to its value (`data_kinds::TABLES[m].0`).

use crate::elements::{Cue, Cues, Role};
use crate::lang::Lang;
use crate::text::matcher::{CueIndex, IndexEntry};

use super::{breach_kinds, claims, counts, data_kinds, dates, exposure, negation, protection};

/// The list a derive table belongs to, in the order [`super::derive_facts`] applies them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// [`data_kinds::TABLES`].
    Data,
    /// [`breach_kinds::TABLES`].
    Breach,
    /// [`breach_kinds::MALICIOUS`].
    Malicious,
    /// [`exposure::TABLES`].
    Exposure,
    /// [`protection::UNPROTECTED`] (carries its own negation).
    Unprotected,
    /// [`protection::TABLES`].
    Protection,
    /// [`counts::LABELS`] (not subject to negation).
    CountLabel,
    /// [`counts::NOUNS`] (only whether one occurs).
    CountNoun,
    /// [`dates::LABELS`].
    DateLabel,
    /// [`claims::TABLES`] (carry their own negation).
    Claim,
    /// [`claims::LATE`] (subject to negation).
    Late,
    /// [`claims::LATE_NEGATED`] (carry their own negation).
    LateNegated,
    /// [`negation::TABLES`].
    Negation,
    /// [`negation::HEDGES`].
    Hedge,
}

/// The cue tables of a tagged list, without their values.
const fn cues_of<T>(list: &'static [(T, Cues)], i: usize) -> &'static Cues {
    #[allow(
        clippy::indexing_slicing,
        reason = "evaluated at compile time only: an out-of-range index fails the build"
    )]
    &list[i].1
}

/// The lists in [`Group`] order, each as (group, number of tables).
const LISTS: [(Group, usize); 14] = [
    (Group::Data, data_kinds::TABLES.len()),
    (Group::Breach, breach_kinds::TABLES.len()),
    (Group::Malicious, breach_kinds::MALICIOUS.len()),
    (Group::Exposure, exposure::TABLES.len()),
    (Group::Unprotected, protection::UNPROTECTED.len()),
    (Group::Protection, protection::TABLES.len()),
    (Group::CountLabel, counts::LABELS.len()),
    (Group::CountNoun, counts::NOUNS.len()),
    (Group::DateLabel, dates::LABELS.len()),
    (Group::Claim, claims::TABLES.len()),
    (Group::Late, claims::LATE.len()),
    (Group::LateNegated, claims::LATE_NEGATED.len()),
    (Group::Negation, negation::TABLES.len()),
    (Group::Hedge, negation::HEDGES.len()),
];

/// The member `i` of `group`'s list.
const fn group_cues(group: Group, i: usize) -> &'static Cues {
    match group {
        Group::Data => cues_of(data_kinds::TABLES, i),
        Group::Breach => cues_of(breach_kinds::TABLES, i),
        Group::Malicious => cues_of(breach_kinds::MALICIOUS, i),
        Group::Exposure => cues_of(exposure::TABLES, i),
        Group::Unprotected => cues_of(protection::UNPROTECTED, i),
        Group::Protection => cues_of(protection::TABLES, i),
        Group::CountLabel => cues_of(counts::LABELS, i),
        Group::CountNoun => cues_of(counts::NOUNS, i),
        Group::DateLabel => cues_of(dates::LABELS, i),
        Group::Claim => cues_of(claims::TABLES, i),
        Group::Late => cues_of(claims::LATE, i),
        Group::LateNegated => cues_of(claims::LATE_NEGATED, i),
        Group::Negation => cues_of(negation::TABLES, i),
        Group::Hedge => cues_of(negation::HEDGES, i),
    }
}

/// The number of derive tables (index table numbers run `0..TABLE_COUNT`).
pub const TABLE_COUNT: usize = {
    let mut n = 0;
    let mut g = 0;
    while g < LISTS.len() {
        #[allow(
            clippy::indexing_slicing,
            reason = "evaluated at compile time only: an out-of-range index fails the build"
        )]
        let len = LISTS[g].1;
        n += len;
        g += 1;
    }
    n
};

// The per-sentence `Block` set is a `u64` bit set over table numbers; table numbers are
// `u8` in the index.
const _: () = assert!(
    TABLE_COUNT <= 64,
    "derive tables exceed the 64-bit Block set"
);

/// (group, member) of every table number.
static INFO: [(Group, u8); TABLE_COUNT] = {
    let mut out = [(Group::Data, 0u8); TABLE_COUNT];
    let mut t = 0;
    let mut g = 0;
    while g < LISTS.len() {
        #[allow(
            clippy::indexing_slicing,
            reason = "evaluated at compile time only: an out-of-range index fails the build"
        )]
        let (group, len) = LISTS[g];
        let mut i = 0;
        while i < len {
            #[allow(
                clippy::indexing_slicing,
                clippy::cast_possible_truncation,
                reason = "compile time only; TABLE_COUNT <= 64 is asserted above"
            )]
            {
                out[t] = (group, i as u8);
            }
            t += 1;
            i += 1;
        }
        g += 1;
    }
    out
};

/// The group and member of the table numbered `table` (as [`crate::text::matcher::CueMatch::table`]
/// reports it), or `None` for a number out of range.
pub fn table_info(table: usize) -> Option<(Group, usize)> {
    INFO.get(table).map(|&(g, i)| (g, usize::from(i)))
}

/// The cue table of `lang` numbered `t`.
const fn table(t: usize, lang: Lang) -> &'static [Cue] {
    #[allow(
        clippy::indexing_slicing,
        reason = "evaluated at compile time only: an out-of-range index fails the build"
    )]
    let (group, i) = INFO[t];
    group_cues(group, i as usize).get(lang)
}

/// The number of cues of all derive tables in `lang`.
const fn cue_count(lang: Lang) -> usize {
    let mut n = 0;
    let mut t = 0;
    while t < TABLE_COUNT {
        n += table(t, lang).len();
        t += 1;
    }
    n
}

/// Whether `a` sorts before `b` (byte order), in a `const` context.
const fn phrase_less(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut i = 0;
    while i < a.len() && i < b.len() {
        #[allow(
            clippy::indexing_slicing,
            reason = "evaluated at compile time only: an out-of-range index fails the build"
        )]
        let (x, y) = (a[i], b[i]);
        if x != y {
            return x < y;
        }
        i += 1;
    }
    a.len() < b.len()
}

/// A placeholder the merge overwrites.
static NO_CUE: Cue = Cue::new("", Role::Block);

/// Merges the sorted derive tables of `lang` into one list sorted by phrase (ties: by
/// table number), each entry naming its table. Each table's own order is kept. Runs at
/// compile time.
#[allow(
    clippy::indexing_slicing,
    clippy::cast_possible_truncation,
    reason = "evaluated at compile time only: an out-of-range index fails the build; \
              TABLE_COUNT <= 64 is asserted"
)]
const fn merge<const L: usize>(lang: Lang) -> [IndexEntry; L] {
    let mut out = [IndexEntry {
        phrase: "",
        table: 0,
        cue: &NO_CUE,
    }; L];
    let mut cursor = [0usize; TABLE_COUNT];
    let mut i = 0;
    while i < L {
        let mut best = TABLE_COUNT;
        let mut t = 0;
        while t < TABLE_COUNT {
            let list = table(t, lang);
            if cursor[t] < list.len()
                && (best == TABLE_COUNT
                    || phrase_less(
                        list[cursor[t]].phrase,
                        table(best, lang)[cursor[best]].phrase,
                    ))
            {
                best = t;
            }
            t += 1;
        }
        if best == TABLE_COUNT {
            break;
        }
        let cue = &table(best, lang)[cursor[best]];
        out[i] = IndexEntry {
            phrase: cue.phrase,
            table: best as u8,
            cue,
        };
        cursor[best] += 1;
        i += 1;
    }
    out
}

static ENTRIES_EN: [IndexEntry; cue_count(Lang::En)] = merge(Lang::En);
static INDEX_EN: CueIndex = CueIndex::new(&ENTRIES_EN);
static ENTRIES_DE: [IndexEntry; cue_count(Lang::De)] = merge(Lang::De);
static INDEX_DE: CueIndex = CueIndex::new(&ENTRIES_DE);
static ENTRIES_FR: [IndexEntry; cue_count(Lang::Fr)] = merge(Lang::Fr);
static INDEX_FR: CueIndex = CueIndex::new(&ENTRIES_FR);
static ENTRIES_ES: [IndexEntry; cue_count(Lang::Es)] = merge(Lang::Es);
static INDEX_ES: CueIndex = CueIndex::new(&ENTRIES_ES);
static ENTRIES_IT: [IndexEntry; cue_count(Lang::It)] = merge(Lang::It);
static INDEX_IT: CueIndex = CueIndex::new(&ENTRIES_IT);
static ENTRIES_NL: [IndexEntry; cue_count(Lang::Nl)] = merge(Lang::Nl);
static INDEX_NL: CueIndex = CueIndex::new(&ENTRIES_NL);

/// Every derive table of `lang` merged into one index (built at compile time).
pub fn derive_index(lang: Lang) -> &'static CueIndex {
    match lang {
        Lang::En => &INDEX_EN,
        Lang::De => &INDEX_DE,
        Lang::Fr => &INDEX_FR,
        Lang::Es => &INDEX_ES,
        Lang::It => &INDEX_IT,
        Lang::Nl => &INDEX_NL,
    }
}
