//! Every derive cue table of a language merged into one sorted [`PackedIndex`], built at
//! compile time by [`crate::packed_index!`] (the merge the analyser's element index uses),
//! so that [`super::derive_facts`] reads each sentence's words **once**: one lookup per
//! word serves all the tables (data kinds, breach kinds, malice, exposure, protection,
//! count labels and nouns, date labels, claims, negations and hedges).
//!
//! Each table of the modules is a numbered entry of the index ([`TABLE_COUNT`] in all);
//! [`table_info`] says which [`Group`] (which module's list) and which member of that list
//! a match comes from, so the caller maps it back to its value (`data_kinds::TABLES[member]`:
//! a values-only static; the lists with the tables, `data_kinds::CUE_TABLES`, …, are read
//! only here, at compile time, so that only the merged text is linked).

use crate::elements::{CueTable, CueTables};
use crate::lang::Lang;
use crate::limits::MAX_DERIVE_INDEX_CUES;
use crate::text::matcher::PackedIndex;

use super::{breach_kinds, claims, counts, data_kinds, dates, exposure, negation, protection};

/// The list a derive table belongs to, in the order [`super::derive_facts`] applies them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// [`data_kinds::CUE_TABLES`].
    Data,
    /// [`breach_kinds::CUE_TABLES`].
    Breach,
    /// [`breach_kinds::MALICIOUS`].
    Malicious,
    /// [`exposure::CUE_TABLES`].
    Exposure,
    /// [`protection::UNPROTECTED_TABLES`] (carries its own negation).
    Unprotected,
    /// [`protection::CUE_TABLES`].
    Protection,
    /// [`counts::LABEL_TABLES`] (not subject to negation).
    CountLabel,
    /// [`counts::NOUN_TABLES`] (whether one occurs; and the noun after a number).
    CountNoun,
    /// [`dates::LABEL_TABLES`].
    DateLabel,
    /// [`claims::CUE_TABLES`] (carry their own negation).
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

/// The values of a tagged list, without its tables (`N`: the list's length), for the
/// values-only statics run-time code reads (`data_kinds::TABLES`, …): a static that held
/// the tables would keep every per-table text linked beside the merged index.
#[allow(
    clippy::indexing_slicing,
    clippy::panic,
    reason = "evaluated at compile time only: an out-of-range index or a failed check fails \
              the build"
)]
pub(crate) const fn values<T: Copy, const N: usize>(list: &[(T, CueTables)]) -> [T; N] {
    assert!(
        N == list.len() && N > 0,
        "values of an empty or mismatched list"
    );
    let mut out = [list[0].0; N];
    let mut i = 1;
    while i < N {
        out[i] = list[i].0;
        i += 1;
    }
    out
}

/// The cue tables of a tagged list, without their values.
const fn cues_of<T>(list: &'static [(T, CueTables)], i: usize) -> &'static CueTables {
    #[allow(
        clippy::indexing_slicing,
        reason = "evaluated at compile time only: an out-of-range index fails the build"
    )]
    &list[i].1
}

/// The lists in [`Group`] order, each as (group, number of tables).
const LISTS: [(Group, usize); 14] = [
    (Group::Data, data_kinds::CUE_TABLES.len()),
    (Group::Breach, breach_kinds::CUE_TABLES.len()),
    (Group::Malicious, breach_kinds::MALICIOUS.len()),
    (Group::Exposure, exposure::CUE_TABLES.len()),
    (Group::Unprotected, protection::UNPROTECTED_TABLES.len()),
    (Group::Protection, protection::CUE_TABLES.len()),
    (Group::CountLabel, counts::LABEL_TABLES.len()),
    (Group::CountNoun, counts::NOUN_TABLES.len()),
    (Group::DateLabel, dates::LABEL_TABLES.len()),
    (Group::Claim, claims::CUE_TABLES.len()),
    (Group::Late, claims::LATE.len()),
    (Group::LateNegated, claims::LATE_NEGATED.len()),
    (Group::Negation, negation::TABLES.len()),
    (Group::Hedge, negation::HEDGES.len()),
];

/// The member `i` of `group`'s list.
const fn group_cues(group: Group, i: usize) -> &'static CueTables {
    match group {
        Group::Data => cues_of(data_kinds::CUE_TABLES, i),
        Group::Breach => cues_of(breach_kinds::CUE_TABLES, i),
        Group::Malicious => cues_of(breach_kinds::MALICIOUS, i),
        Group::Exposure => cues_of(exposure::CUE_TABLES, i),
        Group::Unprotected => cues_of(protection::UNPROTECTED_TABLES, i),
        Group::Protection => cues_of(protection::CUE_TABLES, i),
        Group::CountLabel => cues_of(counts::LABEL_TABLES, i),
        Group::CountNoun => cues_of(counts::NOUN_TABLES, i),
        Group::DateLabel => cues_of(dates::LABEL_TABLES, i),
        Group::Claim => cues_of(claims::CUE_TABLES, i),
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

// The per-sentence `Block` set is a `u64` bit set over table numbers (and one index merges
// at most `MAX_INDEX_TABLES` tables, which its build checks).
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
const fn table(t: usize, lang: Lang) -> &'static CueTable {
    #[allow(
        clippy::indexing_slicing,
        reason = "evaluated at compile time only: an out-of-range index fails the build"
    )]
    let (group, i) = INFO[t];
    group_cues(group, i as usize).get(lang)
}

/// The derive tables of `lang`, by table number.
pub(crate) const fn tables(lang: Lang) -> [&'static CueTable; TABLE_COUNT] {
    let mut out = [table(0, lang); TABLE_COUNT];
    let mut t = 0;
    while t < TABLE_COUNT {
        #[allow(
            clippy::indexing_slicing,
            reason = "evaluated at compile time only: an out-of-range index fails the build"
        )]
        {
            out[t] = table(t, lang);
        }
        t += 1;
    }
    out
}

/// A language's derive index: at most [`MAX_DERIVE_INDEX_CUES`] cues (checked by the
/// build), the capacity of its decoded offsets ([`PackedIndex::decode`]).
pub type DeriveIndex = PackedIndex<MAX_DERIVE_INDEX_CUES>;

/// Every derive table of `lang` merged into one index (built at compile time, or read
/// from the language's pack: [`crate::lang::tables`]).
#[cfg(feature = "derive")]
#[inline]
pub fn derive_index(lang: Lang) -> &'static DeriveIndex {
    &crate::lang::tables::tables(lang).derive
}

/// Without the `derive` feature the derive index is not in
/// [`crate::lang::tables::LangTables`] (a firmware that reads no facts links none): one
/// static per built-in language, no cue for a pack language.
#[cfg(not(feature = "derive"))]
macro_rules! derive_index_fn {
    ([$($bv:ident $bm:ident $bc:literal $bn:literal,)*]
     [$($pv:ident $pm:ident $pc:literal $pn:literal,)*]) => {
        /// Every derive table of `lang` merged into one index (built at compile time).
        pub fn derive_index(lang: Lang) -> &'static DeriveIndex {
            match lang {
                $(Lang::$bv => {
                    static INDEX: DeriveIndex = crate::packed_index!(tables(Lang::$bv));
                    &INDEX
                })*
                $(Lang::$pv => {
                    static INDEX: DeriveIndex = DeriveIndex::new("", &[]);
                    &INDEX
                })*
            }
        }
    };
}
#[cfg(not(feature = "derive"))]
use crate::__split_langs;
#[cfg(not(feature = "derive"))]
crate::__for_each_lang!(__split_langs!(derive_index_fn [] []));

#[cfg(test)]
mod tests {
    extern crate std;

    use super::*;
    use crate::elements::Cue;

    #[test]
    fn index_holds_every_derive_cue_in_order() {
        for lang in Lang::ALL {
            let index = derive_index(lang);
            let tables = tables(lang);
            let count: usize = tables.iter().map(|t| t.len()).sum();
            assert_eq!(index.len(), count);
            let entries: std::vec::Vec<(usize, Cue)> = index.entries().collect();
            assert_eq!(entries.len(), count);
            assert!(
                entries
                    .windows(2)
                    .all(|w| matches!(w, [a, b] if (a.1.phrase, a.0) < (b.1.phrase, b.0))),
                "{}: derive index not sorted by phrase, then table",
                lang.as_str()
            );
            for (t, table) in tables.iter().enumerate() {
                let own: std::vec::Vec<Cue> = entries
                    .iter()
                    .filter(|(n, _)| *n == t)
                    .map(|&(_, c)| c)
                    .collect();
                let expected: std::vec::Vec<Cue> = table.iter().collect();
                assert_eq!(own, expected, "{} table {t}", lang.as_str());
                assert!(table_info(t).is_some());
            }
            assert!(table_info(TABLE_COUNT).is_none());
        }
    }
}
