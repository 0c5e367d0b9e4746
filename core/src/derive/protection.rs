//! Protection of the affected data → contract `protection` (Art. 34(3)(a) GDPR:
//! measures that render the data unintelligible, such as encryption; Art. 4(5) on
//! pseudonymisation; EDPB Guidelines 9/2022 §II.B on state-of-the-art protection).
//!
//! [`TABLES`] holds what protection a notice states (encrypted, hashed, pseudonymised),
//! subject to negation; [`UNPROTECTED`] holds phrases that state the data was *not*
//! protected ("unencrypted", "not encrypted", "in plain text") — these carry their own
//! negation. A statement of no protection outweighs one of protection. `Block` cues cancel
//! ransomware sentences, where "encrypted" describes the attack, not a protection.

use crate::cue_table;
use crate::elements::{CueTable, CueTables};
use crate::facts::Protection;

/// The cue tables for a stated protection (subject to negation).
pub const CUE_TABLES: &[(Protection, CueTables)] = &[
    (
        Protection::Encrypted,
        CueTables {
            en: ENCRYPTED_EN,
            de: ENCRYPTED_DE,
            fr: ENCRYPTED_FR,
            es: ENCRYPTED_ES,
            it: ENCRYPTED_IT,
            nl: ENCRYPTED_NL,
        },
    ),
    (
        Protection::Hashed,
        CueTables {
            en: HASHED_EN,
            de: HASHED_DE,
            fr: HASHED_FR,
            es: HASHED_ES,
            it: HASHED_IT,
            nl: HASHED_NL,
        },
    ),
    (
        Protection::Pseudonymised,
        CueTables {
            en: PSEUDONYMISED_EN,
            de: PSEUDONYMISED_DE,
            fr: PSEUDONYMISED_FR,
            es: PSEUDONYMISED_ES,
            it: PSEUDONYMISED_IT,
            nl: PSEUDONYMISED_NL,
        },
    ),
];

/// The protection of each member of [`CUE_TABLES`], in its order, without the tables: what
/// run-time code reads (a match's member number picks it), so that no per-table text is
/// linked: the tables are read at compile time, merged into the derive index
/// ([`super::index`]).
pub static TABLES: [Protection; CUE_TABLES.len()] = super::index::values(CUE_TABLES);

/// Encrypted (en).
const ENCRYPTED_EN: CueTable = cue_table![
    Block "attackers encrypted",
    Signal "encrypted",
    Block "encrypted our",
    Signal "end to end encrypted",
    Block "from now on",
    Block "going forward",
    Block "in future",
    Block "in the future",
    Block "ransomware",
    Block "will be encrypted",
];

/// Encrypted (de).
const ENCRYPTED_DE: CueTable = cue_table![
    Block "ab sofort",
    Block "angreifer*",
    Block "kunftig",
    Block "ransomware*",
    Block "tater",
    Signal "verschlusselt",
    Signal "verschlusselte",
    Signal "verschlusseltem",
    Signal "verschlusselten",
    Signal "verschlusselter",
    Block "verschlusselungstrojaner",
    Block "zukunftig",
];

/// Encrypted (fr).
const ENCRYPTED_FR: CueTable = cue_table![
    Block "a l avenir",
    Block "attaquants",
    Signal "chiffre",
    Signal "chiffree",
    Signal "chiffrees",
    Signal "chiffres",
    Signal "crypte",
    Signal "cryptee",
    Signal "cryptees",
    Signal "cryptes",
    Block "desormais",
    Block "ont chiffre",
    Block "rancongiciel*",
    Block "ransomware",
    Block "seront chiffre*",
];

/// Encrypted (es).
const ENCRYPTED_ES: CueTable = cue_table![
    Block "a partir de ahora",
    Block "atacantes",
    Signal "cifrad*",
    Signal "cifrado",
    Block "cifraron",
    Block "en adelante",
    Block "en el futuro",
    Signal "encriptad*",
    Block "ransomware",
    Block "secuestro",
    Block "seran cifrad*",
];

/// Encrypted (it).
const ENCRYPTED_IT: CueTable = cue_table![
    Block "attaccanti",
    Signal "cifrat*",
    Signal "criptat*",
    Signal "crittografat*",
    Block "d ora in poi",
    Block "hanno cifrato",
    Block "hanno crittografato",
    Block "in futuro",
    Block "ransomware",
    Block "saranno cifrat*",
];

/// Encrypted (nl).
const ENCRYPTED_NL: CueTable = cue_table![
    Block "aanvallers",
    Signal "geencrypt",
    Block "gijzelsoftware",
    Block "in de toekomst",
    Block "ransomware",
    Signal "versleuteld",
    Block "versleuteld door",
    Signal "versleutelde",
    Block "voortaan",
    Block "zullen worden versleuteld",
];

/// Hashed (salted or keyed) (en).
const HASHED_EN: CueTable = cue_table![
    Block "attackers encrypted",
    Signal "bcrypt",
    Block "encrypted our",
    Block "from now on",
    Block "going forward",
    Signal "hashed",
    Signal "hashes",
    Block "in future",
    Block "in the future",
    Block "ransomware",
    Signal "salted",
    Block "will be encrypted",
];

/// Hashed (salted or keyed) (de).
const HASHED_DE: CueTable = cue_table![
    Block "ab sofort",
    Block "angreifer*",
    Signal "gehashed",
    Signal "gehasht",
    Signal "gehashte",
    Signal "gehashtem",
    Signal "gehashten",
    Signal "gehashter",
    Signal "hashwert*",
    Block "kunftig",
    Block "ransomware*",
    Block "tater",
    Block "verschlusselungstrojaner",
    Block "zukunftig",
];

/// Hashed (salted or keyed) (fr).
const HASHED_FR: CueTable = cue_table![
    Block "a l avenir",
    Block "attaquants",
    Block "desormais",
    Signal "hachage",
    Signal "hache",
    Signal "hachee",
    Signal "hachees",
    Signal "haches",
    Signal "hashe*",
    Block "ont chiffre",
    Block "rancongiciel*",
    Block "ransomware",
    Block "seront chiffre*",
];

/// Hashed (salted or keyed) (es).
const HASHED_ES: CueTable = cue_table![
    Block "a partir de ahora",
    Block "atacantes",
    Block "cifraron",
    Signal "con hash",
    Block "en adelante",
    Block "en el futuro",
    Signal "hash",
    Signal "hasheado*",
    Block "ransomware",
    Block "secuestro",
    Block "seran cifrad*",
];

/// Hashed (salted or keyed) (it).
const HASHED_IT: CueTable = cue_table![
    Block "attaccanti",
    Signal "con hash",
    Block "d ora in poi",
    Block "hanno cifrato",
    Block "hanno crittografato",
    Signal "hash",
    Signal "hashat*",
    Block "in futuro",
    Block "ransomware",
    Block "saranno cifrat*",
];

/// Hashed (salted or keyed) (nl).
const HASHED_NL: CueTable = cue_table![
    Block "aanvallers",
    Signal "gehasht",
    Signal "gehashte",
    Block "gijzelsoftware",
    Signal "hashwaarde*",
    Block "in de toekomst",
    Block "ransomware",
    Block "versleuteld door",
    Block "voortaan",
    Block "zullen worden versleuteld",
];

/// Pseudonymised (en).
const PSEUDONYMISED_EN: CueTable = cue_table![
    Block "attackers encrypted",
    Block "encrypted our",
    Block "from now on",
    Block "going forward",
    Block "in future",
    Block "in the future",
    Signal "pseudonymi*",
    Signal "pseudonymous",
    Block "ransomware",
    Block "will be encrypted",
];

/// Pseudonymised (de).
const PSEUDONYMISED_DE: CueTable = cue_table![
    Block "ab sofort",
    Block "angreifer*",
    Block "kunftig",
    Signal "pseudonymisiert*",
    Block "ransomware*",
    Block "tater",
    Block "verschlusselungstrojaner",
    Block "zukunftig",
];

/// Pseudonymised (fr).
const PSEUDONYMISED_FR: CueTable = cue_table![
    Block "a l avenir",
    Block "attaquants",
    Block "desormais",
    Block "ont chiffre",
    Signal "pseudonymis*",
    Block "rancongiciel*",
    Block "ransomware",
    Block "seront chiffre*",
];

/// Pseudonymised (es).
const PSEUDONYMISED_ES: CueTable = cue_table![
    Block "a partir de ahora",
    Block "atacantes",
    Block "cifraron",
    Block "en adelante",
    Block "en el futuro",
    Signal "pseudonimiz*",
    Block "ransomware",
    Block "secuestro",
    Block "seran cifrad*",
    Signal "seudonimiz*",
];

/// Pseudonymised (it).
const PSEUDONYMISED_IT: CueTable = cue_table![
    Block "attaccanti",
    Block "d ora in poi",
    Block "hanno cifrato",
    Block "hanno crittografato",
    Block "in futuro",
    Signal "pseudonimizzat*",
    Block "ransomware",
    Block "saranno cifrat*",
];

/// Pseudonymised (nl).
const PSEUDONYMISED_NL: CueTable = cue_table![
    Block "aanvallers",
    Signal "gepseudonimiseerd*",
    Block "gijzelsoftware",
    Block "in de toekomst",
    Signal "pseudoniem*",
    Block "ransomware",
    Block "versleuteld door",
    Block "voortaan",
    Block "zullen worden versleuteld",
];

/// The cue tables for data stated to be unprotected (not subject to negation).
pub const UNPROTECTED_TABLES: &[(Protection, CueTables)] = &[(
    Protection::None,
    CueTables {
        en: UNPROTECTED_EN,
        de: UNPROTECTED_DE,
        fr: UNPROTECTED_FR,
        es: UNPROTECTED_ES,
        it: UNPROTECTED_IT,
        nl: UNPROTECTED_NL,
    },
)];

/// The protection of each member of [`UNPROTECTED_TABLES`], in its order, without the tables: what
/// run-time code reads (a match's member number picks it), so that no per-table text is
/// linked: the tables are read at compile time, merged into the derive index
/// ([`super::index`]).
pub static UNPROTECTED: [Protection; UNPROTECTED_TABLES.len()] =
    super::index::values(UNPROTECTED_TABLES);

/// Not protected (en).
const UNPROTECTED_EN: CueTable = cue_table![
    Signal "in clear text",
    Signal "in plain text",
    Signal "not encrypted",
    Signal "plaintext",
    Signal "t encrypted",
    Signal "unencrypted",
    Signal "without encryption",
];

/// Not protected (de).
const UNPROTECTED_DE: CueTable = cue_table![
    Signal "im klartext",
    Signal "nicht verschlusselt",
    Signal "ohne verschlusselung",
    Signal "unverschlusselt",
    Signal "unverschlusselte",
    Signal "unverschlusselten",
];

/// Not protected (fr).
const UNPROTECTED_FR: CueTable = cue_table![
    Signal "en clair",
    Signal "non chiffre",
    Signal "non chiffree",
    Signal "non chiffrees",
    Signal "non chiffres",
    Signal "non cryptee*",
    Signal "pas chiffre*",
    Signal "sans chiffrement",
];

/// Not protected (es).
const UNPROTECTED_ES: CueTable = cue_table![
    Signal "en texto plano",
    Signal "no cifrad*",
    Signal "no estaba cifrad*",
    Signal "no estaban cifrad*",
    Signal "sin cifrado",
    Signal "sin cifrar",
    Signal "sin encriptar",
];

/// Not protected (it).
const UNPROTECTED_IT: CueTable = cue_table![
    Signal "in chiaro",
    Signal "non cifrat*",
    Signal "non crittografat*",
    Signal "senza cifratura",
    Signal "senza crittografia",
];

/// Not protected (nl).
const UNPROTECTED_NL: CueTable = cue_table![
    Signal "in platte tekst",
    Signal "niet versleuteld",
    Signal "onversleuteld",
    Signal "onversleutelde",
    Signal "zonder versleuteling",
];
