//! Protection of the affected data → contract `protection` (Art. 34(3)(a) GDPR:
//! measures that render the data unintelligible, such as encryption; Art. 4(5) on
//! pseudonymisation; EDPB Guidelines 9/2022 §II.B on state-of-the-art protection).
//!
//! [`TABLES`] holds what protection a notice states (encrypted, hashed, pseudonymised),
//! subject to negation; [`UNPROTECTED`] holds phrases that state the data was *not*
//! protected ("unencrypted", "not encrypted", "in plain text") — these carry their own
//! negation. A statement of no protection outweighs one of protection. `Block` cues cancel
//! ransomware sentences, where "encrypted" describes the attack, not a protection.

use crate::elements::CueTables;
use crate::facts::Protection;

/// The cue tables for a stated protection (subject to negation).
pub const CUE_TABLES: &[(Protection, CueTables)] = &[
    (
        Protection::Encrypted,
        crate::lang::data::DERIVE_PROTECTION_ENCRYPTED,
    ),
    (
        Protection::Hashed,
        crate::lang::data::DERIVE_PROTECTION_HASHED,
    ),
    (
        Protection::Pseudonymised,
        crate::lang::data::DERIVE_PROTECTION_PSEUDONYMISED,
    ),
];

/// The protection of each member of [`CUE_TABLES`], in its order, without the tables: what
/// run-time code reads (a match's member number picks it), so that no per-table text is
/// linked: the tables are read at compile time, merged into the derive index
/// ([`super::index`]).
pub static TABLES: [Protection; CUE_TABLES.len()] = super::index::values(CUE_TABLES);

/// The cue tables for data stated to be unprotected (not subject to negation).
pub const UNPROTECTED_TABLES: &[(Protection, CueTables)] = &[(
    Protection::None,
    crate::lang::data::DERIVE_PROTECTION_UNPROTECTED,
)];

/// The protection of each member of [`UNPROTECTED_TABLES`], in its order, without the tables: what
/// run-time code reads (a match's member number picks it), so that no per-table text is
/// linked: the tables are read at compile time, merged into the derive index
/// ([`super::index`]).
pub static UNPROTECTED: [Protection; UNPROTECTED_TABLES.len()] =
    super::index::values(UNPROTECTED_TABLES);
