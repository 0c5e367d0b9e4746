//! Protection of the affected data → contract `protection` (Art. 34(3)(a) GDPR:
//! measures that render the data unintelligible, such as encryption; Art. 4(5) on
//! pseudonymisation; EDPB Guidelines 9/2022 §II.B on state-of-the-art protection).
//!
//! [`TABLES`] holds what protection a notice states (encrypted, hashed, pseudonymised),
//! subject to negation; [`UNPROTECTED`] holds phrases that state the data was *not*
//! protected ("unencrypted", "not encrypted", "in plain text") — these carry their own
//! negation. A statement of no protection outweighs one of protection. `Block` cues cancel
//! ransomware sentences, where "encrypted" describes the attack, not a protection.

use crate::elements::{Cue, Cues, Role};
use crate::facts::Protection;

use super::{Negations, scan_tagged};
use crate::lang::Lang;

/// The cue tables for a stated protection (subject to negation).
pub static TABLES: &[(Protection, Cues)] = &[
    (
        Protection::Encrypted,
        Cues {
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
        Cues {
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
        Cues {
            en: PSEUDONYMISED_EN,
            de: PSEUDONYMISED_DE,
            fr: PSEUDONYMISED_FR,
            es: PSEUDONYMISED_ES,
            it: PSEUDONYMISED_IT,
            nl: PSEUDONYMISED_NL,
        },
    ),
];

/// Encrypted (en).
static ENCRYPTED_EN: &[Cue] = &[
    Cue::new("attackers encrypted", Role::Block),
    Cue::new("encrypted", Role::Signal),
    Cue::new("encrypted our", Role::Block),
    Cue::new("end to end encrypted", Role::Signal),
    Cue::new("from now on", Role::Block),
    Cue::new("going forward", Role::Block),
    Cue::new("in future", Role::Block),
    Cue::new("in the future", Role::Block),
    Cue::new("ransomware", Role::Block),
    Cue::new("will be encrypted", Role::Block),
];

/// Encrypted (de).
static ENCRYPTED_DE: &[Cue] = &[
    Cue::new("ab sofort", Role::Block),
    Cue::new("angreifer*", Role::Block),
    Cue::new("kunftig", Role::Block),
    Cue::new("ransomware*", Role::Block),
    Cue::new("tater", Role::Block),
    Cue::new("verschlusselt", Role::Signal),
    Cue::new("verschlusselte", Role::Signal),
    Cue::new("verschlusseltem", Role::Signal),
    Cue::new("verschlusselten", Role::Signal),
    Cue::new("verschlusselter", Role::Signal),
    Cue::new("verschlusselungstrojaner", Role::Block),
    Cue::new("zukunftig", Role::Block),
];

/// Encrypted (fr).
static ENCRYPTED_FR: &[Cue] = &[
    Cue::new("a l avenir", Role::Block),
    Cue::new("attaquants", Role::Block),
    Cue::new("chiffre", Role::Signal),
    Cue::new("chiffree", Role::Signal),
    Cue::new("chiffrees", Role::Signal),
    Cue::new("chiffres", Role::Signal),
    Cue::new("crypte", Role::Signal),
    Cue::new("cryptee", Role::Signal),
    Cue::new("cryptees", Role::Signal),
    Cue::new("cryptes", Role::Signal),
    Cue::new("desormais", Role::Block),
    Cue::new("ont chiffre", Role::Block),
    Cue::new("rancongiciel*", Role::Block),
    Cue::new("ransomware", Role::Block),
    Cue::new("seront chiffre*", Role::Block),
];

/// Encrypted (es).
static ENCRYPTED_ES: &[Cue] = &[
    Cue::new("a partir de ahora", Role::Block),
    Cue::new("atacantes", Role::Block),
    Cue::new("cifrad*", Role::Signal),
    Cue::new("cifrado", Role::Signal),
    Cue::new("cifraron", Role::Block),
    Cue::new("en adelante", Role::Block),
    Cue::new("en el futuro", Role::Block),
    Cue::new("encriptad*", Role::Signal),
    Cue::new("ransomware", Role::Block),
    Cue::new("secuestro", Role::Block),
    Cue::new("seran cifrad*", Role::Block),
];

/// Encrypted (it).
static ENCRYPTED_IT: &[Cue] = &[
    Cue::new("attaccanti", Role::Block),
    Cue::new("cifrat*", Role::Signal),
    Cue::new("criptat*", Role::Signal),
    Cue::new("crittografat*", Role::Signal),
    Cue::new("d ora in poi", Role::Block),
    Cue::new("hanno cifrato", Role::Block),
    Cue::new("hanno crittografato", Role::Block),
    Cue::new("in futuro", Role::Block),
    Cue::new("ransomware", Role::Block),
    Cue::new("saranno cifrat*", Role::Block),
];

/// Encrypted (nl).
static ENCRYPTED_NL: &[Cue] = &[
    Cue::new("aanvallers", Role::Block),
    Cue::new("geencrypt", Role::Signal),
    Cue::new("gijzelsoftware", Role::Block),
    Cue::new("in de toekomst", Role::Block),
    Cue::new("ransomware", Role::Block),
    Cue::new("versleuteld", Role::Signal),
    Cue::new("versleuteld door", Role::Block),
    Cue::new("versleutelde", Role::Signal),
    Cue::new("voortaan", Role::Block),
    Cue::new("zullen worden versleuteld", Role::Block),
];

/// Hashed (salted or keyed) (en).
static HASHED_EN: &[Cue] = &[
    Cue::new("attackers encrypted", Role::Block),
    Cue::new("bcrypt", Role::Signal),
    Cue::new("encrypted our", Role::Block),
    Cue::new("from now on", Role::Block),
    Cue::new("going forward", Role::Block),
    Cue::new("hashed", Role::Signal),
    Cue::new("hashes", Role::Signal),
    Cue::new("in future", Role::Block),
    Cue::new("in the future", Role::Block),
    Cue::new("ransomware", Role::Block),
    Cue::new("salted", Role::Signal),
    Cue::new("will be encrypted", Role::Block),
];

/// Hashed (salted or keyed) (de).
static HASHED_DE: &[Cue] = &[
    Cue::new("ab sofort", Role::Block),
    Cue::new("angreifer*", Role::Block),
    Cue::new("gehashed", Role::Signal),
    Cue::new("gehasht", Role::Signal),
    Cue::new("gehashte", Role::Signal),
    Cue::new("gehashtem", Role::Signal),
    Cue::new("gehashten", Role::Signal),
    Cue::new("gehashter", Role::Signal),
    Cue::new("hashwert*", Role::Signal),
    Cue::new("kunftig", Role::Block),
    Cue::new("ransomware*", Role::Block),
    Cue::new("tater", Role::Block),
    Cue::new("verschlusselungstrojaner", Role::Block),
    Cue::new("zukunftig", Role::Block),
];

/// Hashed (salted or keyed) (fr).
static HASHED_FR: &[Cue] = &[
    Cue::new("a l avenir", Role::Block),
    Cue::new("attaquants", Role::Block),
    Cue::new("desormais", Role::Block),
    Cue::new("hachage", Role::Signal),
    Cue::new("hache", Role::Signal),
    Cue::new("hachee", Role::Signal),
    Cue::new("hachees", Role::Signal),
    Cue::new("haches", Role::Signal),
    Cue::new("hashe*", Role::Signal),
    Cue::new("ont chiffre", Role::Block),
    Cue::new("rancongiciel*", Role::Block),
    Cue::new("ransomware", Role::Block),
    Cue::new("seront chiffre*", Role::Block),
];

/// Hashed (salted or keyed) (es).
static HASHED_ES: &[Cue] = &[
    Cue::new("a partir de ahora", Role::Block),
    Cue::new("atacantes", Role::Block),
    Cue::new("cifraron", Role::Block),
    Cue::new("con hash", Role::Signal),
    Cue::new("en adelante", Role::Block),
    Cue::new("en el futuro", Role::Block),
    Cue::new("hash", Role::Signal),
    Cue::new("hasheado*", Role::Signal),
    Cue::new("ransomware", Role::Block),
    Cue::new("secuestro", Role::Block),
    Cue::new("seran cifrad*", Role::Block),
];

/// Hashed (salted or keyed) (it).
static HASHED_IT: &[Cue] = &[
    Cue::new("attaccanti", Role::Block),
    Cue::new("con hash", Role::Signal),
    Cue::new("d ora in poi", Role::Block),
    Cue::new("hanno cifrato", Role::Block),
    Cue::new("hanno crittografato", Role::Block),
    Cue::new("hash", Role::Signal),
    Cue::new("hashat*", Role::Signal),
    Cue::new("in futuro", Role::Block),
    Cue::new("ransomware", Role::Block),
    Cue::new("saranno cifrat*", Role::Block),
];

/// Hashed (salted or keyed) (nl).
static HASHED_NL: &[Cue] = &[
    Cue::new("aanvallers", Role::Block),
    Cue::new("gehasht", Role::Signal),
    Cue::new("gehashte", Role::Signal),
    Cue::new("gijzelsoftware", Role::Block),
    Cue::new("hashwaarde*", Role::Signal),
    Cue::new("in de toekomst", Role::Block),
    Cue::new("ransomware", Role::Block),
    Cue::new("versleuteld door", Role::Block),
    Cue::new("voortaan", Role::Block),
    Cue::new("zullen worden versleuteld", Role::Block),
];

/// Pseudonymised (en).
static PSEUDONYMISED_EN: &[Cue] = &[
    Cue::new("attackers encrypted", Role::Block),
    Cue::new("encrypted our", Role::Block),
    Cue::new("from now on", Role::Block),
    Cue::new("going forward", Role::Block),
    Cue::new("in future", Role::Block),
    Cue::new("in the future", Role::Block),
    Cue::new("pseudonymi*", Role::Signal),
    Cue::new("pseudonymous", Role::Signal),
    Cue::new("ransomware", Role::Block),
    Cue::new("will be encrypted", Role::Block),
];

/// Pseudonymised (de).
static PSEUDONYMISED_DE: &[Cue] = &[
    Cue::new("ab sofort", Role::Block),
    Cue::new("angreifer*", Role::Block),
    Cue::new("kunftig", Role::Block),
    Cue::new("pseudonymisiert*", Role::Signal),
    Cue::new("ransomware*", Role::Block),
    Cue::new("tater", Role::Block),
    Cue::new("verschlusselungstrojaner", Role::Block),
    Cue::new("zukunftig", Role::Block),
];

/// Pseudonymised (fr).
static PSEUDONYMISED_FR: &[Cue] = &[
    Cue::new("a l avenir", Role::Block),
    Cue::new("attaquants", Role::Block),
    Cue::new("desormais", Role::Block),
    Cue::new("ont chiffre", Role::Block),
    Cue::new("pseudonymis*", Role::Signal),
    Cue::new("rancongiciel*", Role::Block),
    Cue::new("ransomware", Role::Block),
    Cue::new("seront chiffre*", Role::Block),
];

/// Pseudonymised (es).
static PSEUDONYMISED_ES: &[Cue] = &[
    Cue::new("a partir de ahora", Role::Block),
    Cue::new("atacantes", Role::Block),
    Cue::new("cifraron", Role::Block),
    Cue::new("en adelante", Role::Block),
    Cue::new("en el futuro", Role::Block),
    Cue::new("pseudonimiz*", Role::Signal),
    Cue::new("ransomware", Role::Block),
    Cue::new("secuestro", Role::Block),
    Cue::new("seran cifrad*", Role::Block),
    Cue::new("seudonimiz*", Role::Signal),
];

/// Pseudonymised (it).
static PSEUDONYMISED_IT: &[Cue] = &[
    Cue::new("attaccanti", Role::Block),
    Cue::new("d ora in poi", Role::Block),
    Cue::new("hanno cifrato", Role::Block),
    Cue::new("hanno crittografato", Role::Block),
    Cue::new("in futuro", Role::Block),
    Cue::new("pseudonimizzat*", Role::Signal),
    Cue::new("ransomware", Role::Block),
    Cue::new("saranno cifrat*", Role::Block),
];

/// Pseudonymised (nl).
static PSEUDONYMISED_NL: &[Cue] = &[
    Cue::new("aanvallers", Role::Block),
    Cue::new("gepseudonimiseerd*", Role::Signal),
    Cue::new("gijzelsoftware", Role::Block),
    Cue::new("in de toekomst", Role::Block),
    Cue::new("pseudoniem*", Role::Signal),
    Cue::new("ransomware", Role::Block),
    Cue::new("versleuteld door", Role::Block),
    Cue::new("voortaan", Role::Block),
    Cue::new("zullen worden versleuteld", Role::Block),
];

/// The cue tables for data stated to be unprotected (not subject to negation).
pub static UNPROTECTED: &[(Protection, Cues)] = &[(
    Protection::None,
    Cues {
        en: UNPROTECTED_EN,
        de: UNPROTECTED_DE,
        fr: UNPROTECTED_FR,
        es: UNPROTECTED_ES,
        it: UNPROTECTED_IT,
        nl: UNPROTECTED_NL,
    },
)];

/// Not protected (en).
static UNPROTECTED_EN: &[Cue] = &[
    Cue::new("in clear text", Role::Signal),
    Cue::new("in plain text", Role::Signal),
    Cue::new("not encrypted", Role::Signal),
    Cue::new("plaintext", Role::Signal),
    Cue::new("t encrypted", Role::Signal),
    Cue::new("unencrypted", Role::Signal),
    Cue::new("without encryption", Role::Signal),
];

/// Not protected (de).
static UNPROTECTED_DE: &[Cue] = &[
    Cue::new("im klartext", Role::Signal),
    Cue::new("nicht verschlusselt", Role::Signal),
    Cue::new("ohne verschlusselung", Role::Signal),
    Cue::new("unverschlusselt", Role::Signal),
    Cue::new("unverschlusselte", Role::Signal),
    Cue::new("unverschlusselten", Role::Signal),
];

/// Not protected (fr).
static UNPROTECTED_FR: &[Cue] = &[
    Cue::new("en clair", Role::Signal),
    Cue::new("non chiffre", Role::Signal),
    Cue::new("non chiffree", Role::Signal),
    Cue::new("non chiffrees", Role::Signal),
    Cue::new("non chiffres", Role::Signal),
    Cue::new("non cryptee*", Role::Signal),
    Cue::new("pas chiffre*", Role::Signal),
    Cue::new("sans chiffrement", Role::Signal),
];

/// Not protected (es).
static UNPROTECTED_ES: &[Cue] = &[
    Cue::new("en texto plano", Role::Signal),
    Cue::new("no cifrad*", Role::Signal),
    Cue::new("no estaba cifrad*", Role::Signal),
    Cue::new("no estaban cifrad*", Role::Signal),
    Cue::new("sin cifrado", Role::Signal),
    Cue::new("sin cifrar", Role::Signal),
    Cue::new("sin encriptar", Role::Signal),
];

/// Not protected (it).
static UNPROTECTED_IT: &[Cue] = &[
    Cue::new("in chiaro", Role::Signal),
    Cue::new("non cifrat*", Role::Signal),
    Cue::new("non crittografat*", Role::Signal),
    Cue::new("senza cifratura", Role::Signal),
    Cue::new("senza crittografia", Role::Signal),
];

/// Not protected (nl).
static UNPROTECTED_NL: &[Cue] = &[
    Cue::new("in platte tekst", Role::Signal),
    Cue::new("niet versleuteld", Role::Signal),
    Cue::new("onversleuteld", Role::Signal),
    Cue::new("onversleutelde", Role::Signal),
    Cue::new("zonder versleuteling", Role::Signal),
];

/// Scans one sentence and calls `found(protection, start, end)` for each protection the
/// sentence states: [`UNPROTECTED`] phrases as they are, [`TABLES`] unless negated.
pub fn scan<F: FnMut(Protection, usize, usize)>(
    sentence: &str,
    base: usize,
    lang: Lang,
    negations: &Negations,
    mut found: F,
) {
    scan_tagged(
        sentence,
        base,
        lang,
        UNPROTECTED,
        &Some(heapless::Vec::new()),
        &mut found,
    );
    scan_tagged(sentence, base, lang, TABLES, negations, &mut found);
}
