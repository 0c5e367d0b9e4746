//! Counts of people and records → contract `subjects` and `records` (Art. 33(3)(a) GDPR:
//! the approximate number of data subjects and of personal data records concerned).
//!
//! # Rule
//! A number of the notice ([`Numbers`], read with the language's separators and scale
//! words) counts people or records when
//! 1. one of the [`NOUN_WINDOW_WORDS`] words right after it is a people noun ("48,300
//!    **users**", "610 ehemalige **Beschäftigte**") or a record noun ("118.000 monatliche
//!    **Abrechnungsdatensätze**"); nouns are single-word cues ([`NOUN_TABLES`], looked
//!    up in the derive index), so `*datensatze` matches German compounds; or, failing that,
//! 2. its paragraph carries a count label before it ("Aantal betrokkenen: circa 8.400",
//!    a heading "6. Anzahl betroffener Personen" followed by "ca. 2.950"), and the number
//!    is written in digits and is either in the label's own sentence or follows a
//!    quantity word ([`QUANTITY_WORDS`]: "ca.", "approximately", "insgesamt", "number")
//!    among the few words before it — so "users aged 16 and 17" under a "Data subjects"
//!    heading is not a count.
//!
//! Nouns must follow the number without punctuation in between ("17.00 uur) of donateurs"
//! binds nothing). Never counts: zero; a list number opening its sentence ("4. Data
//! subjects"); numbers inside a date or time ([`find_dates_in`]) or a phone number
//! ([`Phones`]); a bare four-digit number from 1900 to 2100 (a year: "seit 2021"); a number
//! right after a reference word ([`REFERENCE_WORDS`]: "Art. 33", "Anlage 1", "release
//! 5.12", "aged 16"); and a number whose noun is qualified as the whole population
//! ([`POPULATION_WORDS`]: "1.2 million **registered** users" is the user base, not the
//! people affected). When several numbers count the same thing, the **largest** is the
//! derived value (a notice usually gives subsets — "for about 1,150 users, also HIV status"
//! — next to the total). Its evidence spans the number and, when bound by rule 1, the noun.

use crate::elements::CueTables;
use crate::elements::Role;
use crate::facts::FactField;
use crate::lang::Lang;
use crate::limits::MAX_SENTENCE_EXCLUSIONS;
use crate::text::dates::find_dates_in;
use crate::text::matcher::{Cues, find_cues};
use crate::text::numbers::Numbers;
use crate::text::phone::Phones;
use crate::text::word_list::WordList;
use crate::text::words::{Word, Words};

use super::index::{Group, table_info};
use super::{DerivedFacts, EvidenceValue};

/// What a number counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountKind {
    /// People (contract `subjects`).
    Subjects,
    /// Records (contract `records`).
    Records,
}

/// How many words after a number are searched for a people or record noun.
pub const NOUN_WINDOW_WORDS: usize = 3;

/// The largest count of each kind found so far, with its span.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counter {
    topic: Option<CountKind>,
    subjects: Option<(u64, usize, usize)>,
    records: Option<(u64, usize, usize)>,
}

impl Counter {
    /// No count found yet.
    pub const fn new() -> Counter {
        Counter {
            topic: None,
            subjects: None,
            records: None,
        }
    }

    /// Reads the counts of one sentence (`paragraph_start`: it opens a paragraph, which
    /// forgets the previous paragraph's label). `label` is the sentence's first
    /// [`LABELS`] match (kind and start), found by the caller's single cue pass;
    /// `may_count` is false when the sentence holds neither a digit nor a [`NOUNS`] word
    /// (no number in it can be a count: its numbers are not read). The sentence is in
    /// `lang`, whose decoded derive index ([`super::index::derive_index`]) is `index`: the
    /// nouns are looked up there. `words`, when given, are the sentence's words split before
    /// ([`crate::text::sentence_words::SentenceWords::get`]), read instead of splitting it again.
    pub fn sentence(
        &mut self,
        (sentence, words): (&str, Option<&[Word]>),
        base: usize,
        (lang, index): (Lang, Cues<'_>),
        paragraph_start: bool,
        label: Option<(CountKind, usize)>,
        may_count: bool,
    ) {
        if paragraph_start {
            self.topic = None;
        }
        if may_count {
            self.numbers((sentence, words), base, lang, index, label);
        }
        if let Some((kind, _)) = label {
            self.topic = Some(kind);
        }
    }

    /// The counts among the numbers of one sentence.
    fn numbers(
        &mut self,
        (sentence, words): (&str, Option<&[Word]>),
        base: usize,
        lang: Lang,
        index: Cues<'_>,
        label: Option<(CountKind, usize)>,
    ) {
        // The dates and phone numbers of the sentence, whose numbers are not counts: found
        // only once a number would otherwise count (most sentences have none), then kept.
        // `true`: too many to tell them apart.
        let mut exclusions: Option<(Exclusions, bool)> = None;
        for number in Numbers::with_words(sentence, base, lang.data(), words) {
            if number.value == 0
                || is_list_number(sentence, base, number.start, number.end)
                || is_year(sentence, base, number.start, number.end)
                || after_reference_word(sentence, base, number.start)
            {
                continue;
            }
            let in_digits = sentence
                .get(number.start.saturating_sub(base)..)
                .and_then(|s| s.bytes().next())
                .is_some_and(|b| b.is_ascii_digit());
            let topic = match label {
                Some((kind, at)) if at <= number.start => Some(kind),
                _ if after_quantity_word(sentence, base, number.start) => self.topic,
                _ => None,
            }
            .filter(|_| in_digits);
            let (kind, end) = match noun_after(sentence, base, number.end, index) {
                Some(Bound::Noun(kind, end)) => (kind, end),
                Some(Bound::Population) => continue,
                None => match topic {
                    Some(kind) => (kind, number.end),
                    None => continue,
                },
            };
            let slot = match kind {
                CountKind::Subjects => &mut self.subjects,
                CountKind::Records => &mut self.records,
            };
            if !slot.is_none_or(|(v, _, _)| number.value > v) {
                continue;
            }
            let (excluded, overflow) =
                exclusions.get_or_insert_with(|| exclusions_of((sentence, words), base, lang));
            // Too many dates and phones to tell them apart: count nothing here.
            if *overflow
                || excluded
                    .iter()
                    .any(|&(s, e)| number.start < e && s < number.end)
            {
                continue;
            }
            *slot = Some((number.value, number.start, end));
        }
    }

    /// Writes the counts found into `out`.
    pub fn finish(&self, out: &mut DerivedFacts, text: &str) {
        if let Some((v, a, b)) = self.subjects {
            out.facts.subjects = Some(v);
            out.note(FactField::Subjects, EvidenceValue::Count(v), a, b, text);
        }
        if let Some((v, a, b)) = self.records {
            out.facts.records = Some(v);
            out.note(FactField::Records, EvidenceValue::Count(v), a, b, text);
        }
    }
}

/// What the words after a number say it counts.
enum Bound {
    /// A people or record noun, ending at the byte offset.
    Noun(CountKind, usize),
    /// A population word came first: the number is not a count of those affected.
    Population,
}

/// The spans of the dates and phone numbers of a sentence.
type Exclusions = heapless::Vec<(usize, usize), MAX_SENTENCE_EXCLUSIONS>;

/// The dates ([`find_dates_in`]) and phone numbers of `sentence` (which starts at byte `base`),
/// and whether there were more than [`MAX_SENTENCE_EXCLUSIONS`].
fn exclusions_of(
    (sentence, words): (&str, Option<&[Word]>),
    base: usize,
    lang: Lang,
) -> (Exclusions, bool) {
    let mut excluded = Exclusions::new();
    let mut overflow = false;
    find_dates_in(sentence, base, lang.data(), words, |d| {
        overflow |= excluded.push((d.start, d.end)).is_err();
    });
    for span in Phones::new(sentence, base) {
        overflow |= excluded.push(span).is_err();
    }
    (excluded, overflow)
}

/// Words that make the number after them a reference, not a count (normalised, sorted;
/// all languages together: article, annex, number, version, page, section, age).
pub const REFERENCE_WORDS: WordList = crate::lang::data::WORDS_REFERENCE_ANY;

/// Words that describe a whole population rather than the people affected
/// ("registered users", "aktive Kunden"), normalised and sorted, all languages together.
pub const POPULATION_WORDS: WordList = crate::lang::data::WORDS_POPULATION_ANY;

/// Words that announce a quantity (normalised, sorted, all languages together).
pub const QUANTITY_WORDS: WordList = crate::lang::data::WORDS_QUANTITY_ANY;

/// The text of `sentence` (which starts at byte `base` of the notice) in the at most
/// `lookback` bytes before byte `start`, widened to a char boundary; `None` when `start`
/// is not a char boundary of the sentence.
fn window_before(sentence: &str, base: usize, start: usize, lookback: usize) -> Option<&str> {
    let head = sentence.get(..start.saturating_sub(base))?;
    let from = (0..=head.len().min(lookback))
        .rev()
        .map(|k| head.len() - k)
        .find(|&i| head.is_char_boundary(i))
        .unwrap_or(head.len());
    Some(head.get(from..).unwrap_or(""))
}

/// Whether one of the three words before byte `start` is a quantity word.
fn after_quantity_word(sentence: &str, base: usize, start: usize) -> bool {
    // Look back at most this many bytes ("approximate number: 48,300").
    const LOOKBACK: usize = 40;
    let Some(window) = window_before(sentence, base, start, LOOKBACK) else {
        return false;
    };
    let mut last: [Option<crate::text::words::Word>; 3] = [None, None, None];
    for w in Words::new(window) {
        last.rotate_left(1);
        if let Some(slot) = last.last_mut() {
            *slot = Some(w);
        }
    }
    last.iter()
        .flatten()
        .any(|w| QUANTITY_WORDS.contains(w.bytes()))
}

/// Whether the number at `start..end` opens its sentence and is followed by `.` or `)`
/// and a space: a list or heading number ("4. Data subjects", "2) Nature").
fn is_list_number(sentence: &str, base: usize, start: usize, end: usize) -> bool {
    start == base
        && sentence
            .get(end.saturating_sub(base)..)
            .is_some_and(|rest| rest.starts_with(". ") || rest.starts_with(") "))
}

/// Whether the number at `start..end` is a bare four-digit year from 1900 to 2100.
fn is_year(sentence: &str, base: usize, start: usize, end: usize) -> bool {
    sentence
        .get(start.saturating_sub(base)..end.saturating_sub(base))
        .filter(|s| s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|s| s.parse::<u32>().ok())
        .is_some_and(|y| (1900..=2100).contains(&y))
}

/// Whether the word right before byte `start` (within a few bytes) is a reference word.
fn after_reference_word(sentence: &str, base: usize, start: usize) -> bool {
    // Look back at most this many bytes for the previous word ("Art. 33", "Nr. 2025/041").
    const LOOKBACK: usize = 24;
    let Some(window) = window_before(sentence, base, start, LOOKBACK) else {
        return false;
    };
    let mut last = None;
    for w in Words::new(window) {
        last = Some(w);
    }
    last.is_some_and(|w| {
        window.get(w.end..).is_some_and(|gap| {
            gap.trim_matches(|c: char| c == '.' || c.is_whitespace())
                .is_empty()
        }) && REFERENCE_WORDS.contains(w.bytes())
    })
}

/// What the first people noun, record noun or population word among the
/// [`NOUN_WINDOW_WORDS`] words after byte `from` of the sentence says.
fn noun_after(sentence: &str, base: usize, from: usize, index: Cues<'_>) -> Option<Bound> {
    let rest = sentence.get(from.checked_sub(base)?..)?;
    let mut previous_end = from;
    for word in Words::with_offset(rest, from).take(NOUN_WINDOW_WORDS) {
        let gap = sentence
            .get(previous_end.saturating_sub(base)..word.start.saturating_sub(base))
            .unwrap_or("");
        if !gap
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '-' | '\'' | '’'))
        {
            return None;
        }
        previous_end = word.end;
        if word.too_long() {
            continue;
        }
        if POPULATION_WORDS.contains(word.bytes()) {
            return Some(Bound::Population);
        }
        if let Some(kind) = noun_kind(sentence, base, word.start, word.end, index) {
            return Some(Bound::Noun(kind, word.end));
        }
    }
    None
}

/// What the word at absolute bytes `start..end` of `sentence` (which starts at `base`)
/// names, if it is one of [`NOUNS`]: people first, then records. Looked up in the derive
/// index ([`super::index`], decoded: `index`), where the noun tables are merged: their
/// own texts are not read at run time.
fn noun_kind(
    sentence: &str,
    base: usize,
    start: usize,
    end: usize,
    index: Cues<'_>,
) -> Option<CountKind> {
    let word = sentence.get(start.checked_sub(base)?..end.checked_sub(base)?)?;
    // The lowest member of `NOUNS` whose table holds the word.
    let mut member: Option<usize> = None;
    find_cues(word, start, index, |m| {
        if m.cue.role == Role::Signal
            && let Some((Group::CountNoun, i)) = table_info(m.table)
        {
            member = Some(member.map_or(i, |old| old.min(i)));
        }
    });
    NOUNS.get(member?).copied()
}

/// The people and record nouns as cue tables (`Signal`s, one word each), for the single
/// cue pass of [`super::derive_facts`]: a sentence without a digit and without one of
/// these nouns cannot hold a count, and [`Counter::sentence`] skips its numbers.
pub const NOUN_TABLES: &[(CountKind, CueTables)] = &[
    (CountKind::Subjects, crate::lang::data::DERIVE_COUNTS_PEOPLE),
    (CountKind::Records, crate::lang::data::DERIVE_COUNTS_RECORDS),
];

/// The count kind of each member of [`NOUN_TABLES`], in its order, without the tables:
/// what run-time code reads (a match's member number picks it), so that no per-table text
/// is linked: the tables are read at compile time, merged into the derive index
/// ([`super::index`]).
pub static NOUNS: [CountKind; NOUN_TABLES.len()] = super::index::values(NOUN_TABLES);

/// The label tables (`Role::Signal`).
pub const LABEL_TABLES: &[(CountKind, CueTables)] = &[
    (
        CountKind::Subjects,
        crate::lang::data::DERIVE_COUNTS_LABEL_SUBJECTS,
    ),
    (
        CountKind::Records,
        crate::lang::data::DERIVE_COUNTS_LABEL_RECORDS,
    ),
];

/// The count kind of each member of [`LABEL_TABLES`], in its order, without the tables: what
/// run-time code reads (a match's member number picks it), so that no per-table text is
/// linked: the tables are read at compile time, merged into the derive index
/// ([`super::index`]).
pub static LABELS: [CountKind; LABEL_TABLES.len()] = super::index::values(LABEL_TABLES);
