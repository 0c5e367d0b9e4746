//! Who could see the data → contract `exposure` (EDPB Guidelines 9/2022 §II.B and the
//! examples of EDPB Guidelines 01/2021: data sent to a known recipient is less exposed
//! than data published or in an attacker's hands).
//!
//! One table per [`Exposure`] value and language; when a notice states several, the widest
//! ([`Exposure`]'s order: `internal` < `known_recipient` < `unknown_recipient` <
//! `malicious_actor` < `public`) is the derived value. `trusted_recipient` and `none` are
//! never derived: whether a recipient is bound by confidentiality, or that nobody saw the
//! data, is for the caller to state. `Block` cues in the `unknown_recipient` tables are the
//! singular phrases of one misdirected letter ("einem anderen Kunden"), which must not
//! read as "other customers".

use crate::elements::CueTables;
use crate::facts::Exposure;

/// The cue tables, one per exposure value derived.
pub const CUE_TABLES: &[(Exposure, CueTables)] = &[
    (Exposure::Public, crate::lang::data::DERIVE_EXPOSURE_PUBLIC),
    (
        Exposure::MaliciousActor,
        crate::lang::data::DERIVE_EXPOSURE_MALICIOUS_ACTOR,
    ),
    (
        Exposure::UnknownRecipient,
        crate::lang::data::DERIVE_EXPOSURE_UNKNOWN_RECIPIENT,
    ),
    (
        Exposure::KnownRecipient,
        crate::lang::data::DERIVE_EXPOSURE_KNOWN_RECIPIENT,
    ),
    (
        Exposure::Internal,
        crate::lang::data::DERIVE_EXPOSURE_INTERNAL,
    ),
];

/// The exposure value of each member of [`CUE_TABLES`], in its order, without the tables: what
/// run-time code reads (a match's member number picks it), so that no per-table text is
/// linked: the tables are read at compile time, merged into the derive index
/// ([`super::index`]).
pub static TABLES: [Exposure; CUE_TABLES.len()] = super::index::values(CUE_TABLES);
