//! Data categories a notice names → contract `data` (Art. 33(3)(a) GDPR requires the
//! categories of data concerned; Art. 9 defines the special categories, Art. 10 criminal
//! data; EDPB Guidelines 9/2022 §II on the severity of each kind).
//!
//! One table per [`DataKind`] and language. `Signal` cues name the category; `Block` cues
//! are look-alikes that cancel the table in their sentence ("password-protected" names a
//! protection, "change your password" is advice). `other` is never derived: a notice's
//! unnamed data stays unknown.

use crate::elements::CueTables;
use crate::facts::DataKind;

/// The cue tables, one per data kind derived.
pub const CUE_TABLES: &[(DataKind, CueTables)] = &[
    (
        DataKind::Contact,
        crate::lang::data::DERIVE_DATA_KINDS_CONTACT,
    ),
    (
        DataKind::Identification,
        crate::lang::data::DERIVE_DATA_KINDS_IDENTIFICATION,
    ),
    (
        DataKind::Credentials,
        crate::lang::data::DERIVE_DATA_KINDS_CREDENTIALS,
    ),
    (
        DataKind::Financial,
        crate::lang::data::DERIVE_DATA_KINDS_FINANCIAL,
    ),
    (
        DataKind::Special,
        crate::lang::data::DERIVE_DATA_KINDS_SPECIAL,
    ),
    (
        DataKind::Criminal,
        crate::lang::data::DERIVE_DATA_KINDS_CRIMINAL,
    ),
    (
        DataKind::Location,
        crate::lang::data::DERIVE_DATA_KINDS_LOCATION,
    ),
    (
        DataKind::Communications,
        crate::lang::data::DERIVE_DATA_KINDS_COMMUNICATIONS,
    ),
    (
        DataKind::Behavioural,
        crate::lang::data::DERIVE_DATA_KINDS_BEHAVIOURAL,
    ),
];

/// The data kind of each member of [`CUE_TABLES`], in its order, without the tables: what
/// run-time code reads (a match's member number picks it), so that no per-table text is
/// linked: the tables are read at compile time, merged into the derive index
/// ([`super::index`]).
pub static TABLES: [DataKind; CUE_TABLES.len()] = super::index::values(CUE_TABLES);
