//! `subject_count`: the approximate number of people affected.
//!
//! # What it checks
//! The notice gives the (approximate) number of people affected.
//!
//! # Roles used
//! - `Anchor`: people nouns: `customers`, `people`, `individuals`, `data subjects`,
//!   `persons`, `users`, `accounts`, `personen`, `betroffene`, `kunden`, `kundinnen`.
//!   Realises the element only with a **number bound to it**: a number (digits with any of
//!   the language's thousands separators, decimals, scale words such as `1.2 million`, or a
//!   number word from `LangData::number_words`) ending at most three words before the
//!   anchor's first word (`rund 12.000 Kundinnen und Kunden`, `1,200 of our customers`), or
//!   following it within three words when a colon, bracket or dash stands between
//!   (`Number of data subjects: approx. 1,200`, form style). Numbers inside dates, times, phone numbers
//!   and e-mail addresses do not count, nor a number before a unit of data volume or
//!   of time (`words/data_units.words`, `words/durations.words`: "38 GB", "40 jaar
//!   ervaring met klanten"), nor a list number opening a
//!   heading (`4. Data subjects`), nor a count of agents: right after a phrase of
//!   `core/lang/<xx>/words/count_agents.phrases` ("downloaded by at least two member
//!   accounts"), or the same count of the same noun later ("the two accounts … have been
//!   suspended").
//! - `Block`: counts of something else or deferrals: `registered users`, `in total`,
//!   `see annex`, `siehe anlage`, `not yet known`, `noch nicht bekannt`. Cancels Anchors in
//!   its sentence.
//!
//! # Present when
//! An `Anchor` with a bound number in a sentence without a `Block` of this element.
//!
//! # Not enough
//! "about 1.2 million registered users in the EU" (all users, not those affected: Block);
//! "siehe Anlage 1"; "23-mal abgerufen" (no people noun).
//!
//! # Legal basis
//! Data subjects: does not apply. Authority: Art. 33(3)(a) GDPR.

use super::{AudienceRule, CueTables, Element, ElementId, Examples, Requirement, Negation, RuleKind};

/// Phrase tables, one per language (`core/lang/<xx>/subject_count.cues`).
pub static CUES: CueTables = crate::lang::data::SUBJECT_COUNT;

/// The good and bad examples per language (`core/lang/<xx>/subject_count.cues`).
pub static EXAMPLES: Examples = crate::lang::data::SUBJECT_COUNT_EXAMPLES;

/// The registry entry.
pub static ELEMENT: Element = Element {
    id: ElementId::SubjectCount,
    data_subjects: None,
    authority: Some(AudienceRule {
        requirement: Requirement::Required,
        citation: "Art. 33(3)(a) GDPR",
    }),
    summary: "Give the approximate number of people affected.",
    rule: RuleKind::AnchorNumber,
    negation: Negation::Ignored,
};
