//! The kind of breach → contract `breach` (Art. 4(12) GDPR: destruction, loss,
//! alteration, unauthorised disclosure of or access to personal data; WP29 Opinion 03/2014
//! and EDPB Guidelines 9/2022 §I.B.2: confidentiality, availability and integrity
//! breaches), and whether it was caused on purpose → contract `malicious` (EDPB Guidelines
//! 9/2022 §II.B: a malicious intent raises the risk).
//!
//! One table per [`BreachKind`] and language, and one table [`MALICIOUS`] for deliberate
//! acts (attack, hacker, theft, ransomware). `Block` cues in [`MALICIOUS`] cancel advice
//! sentences that warn of attacks ("be alert to phishing attacks").

use crate::elements::CueTables;
use crate::facts::BreachKind;

/// The cue tables, one per breach kind.
pub const CUE_TABLES: &[(BreachKind, CueTables)] = &[
    (
        BreachKind::Confidentiality,
        crate::lang::data::DERIVE_BREACH_KINDS_CONFIDENTIALITY,
    ),
    (
        BreachKind::Availability,
        crate::lang::data::DERIVE_BREACH_KINDS_AVAILABILITY,
    ),
    (
        BreachKind::Integrity,
        crate::lang::data::DERIVE_BREACH_KINDS_INTEGRITY,
    ),
];

/// The breach kind of each member of [`CUE_TABLES`], in its order, without the tables: what
/// run-time code reads (a match's member number picks it), so that no per-table text is
/// linked: the tables are read at compile time, merged into the derive index
/// ([`super::index`]).
pub static TABLES: [BreachKind; CUE_TABLES.len()] = super::index::values(CUE_TABLES);

/// The cue tables for a deliberate act (contract `malicious`: true).
pub static MALICIOUS: &[((), CueTables)] =
    &[((), crate::lang::data::DERIVE_BREACH_KINDS_MALICIOUS)];
