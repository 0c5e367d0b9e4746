//! The kind of breach → contract `breach` (Art. 4(12) GDPR: destruction, loss,
//! alteration, unauthorised disclosure of or access to personal data; WP29 Opinion 03/2014
//! and EDPB Guidelines 9/2022 §I.B.2: confidentiality, availability and integrity
//! breaches), and whether it was caused on purpose → contract `malicious` (EDPB Guidelines
//! 9/2022 §II.B: a malicious intent raises the risk).
//!
//! One table per [`BreachKind`] and language, and one table [`MALICIOUS`] for deliberate
//! acts (attack, hacker, theft, ransomware). `Block` cues in [`MALICIOUS`] cancel advice
//! sentences that warn of attacks ("be alert to phishing attacks").

use crate::cue_table;
use crate::elements::{CueTable, CueTables};
use crate::facts::BreachKind;

/// The cue tables, one per breach kind.
pub const CUE_TABLES: &[(BreachKind, CueTables)] = &[
    (
        BreachKind::Confidentiality,
        CueTables {
            en: CONFIDENTIALITY_EN,
            de: CONFIDENTIALITY_DE,
            fr: CONFIDENTIALITY_FR,
            es: CONFIDENTIALITY_ES,
            it: CONFIDENTIALITY_IT,
            nl: CONFIDENTIALITY_NL,
        },
    ),
    (
        BreachKind::Availability,
        CueTables {
            en: AVAILABILITY_EN,
            de: AVAILABILITY_DE,
            fr: AVAILABILITY_FR,
            es: AVAILABILITY_ES,
            it: AVAILABILITY_IT,
            nl: AVAILABILITY_NL,
        },
    ),
    (
        BreachKind::Integrity,
        CueTables {
            en: INTEGRITY_EN,
            de: INTEGRITY_DE,
            fr: INTEGRITY_FR,
            es: INTEGRITY_ES,
            it: INTEGRITY_IT,
            nl: INTEGRITY_NL,
        },
    ),
];

/// The breach kind of each member of [`CUE_TABLES`], in its order, without the tables: what
/// run-time code reads (a match's member number picks it), so that no per-table text is
/// linked: the tables are read at compile time, merged into the derive index
/// ([`super::index`]).
pub static TABLES: [BreachKind; CUE_TABLES.len()] = super::index::values(CUE_TABLES);

/// Confidentiality: unauthorised access or disclosure, theft, exfiltration, misdirection (en).
const CONFIDENTIALITY_EN: CueTable = cue_table![
    Signal "accessed",
    Signal "confidentiality breach",
    Signal "copied",
    Signal "could see",
    Signal "disclos*",
    Signal "downloaded",
    Signal "exfiltrat*",
    Signal "exposed",
    Signal "gained access",
    Block "identity theft",
    Signal "leak*",
    Signal "misdirected",
    Signal "published",
    Signal "scraped",
    Signal "scraping",
    Signal "sent to the wrong",
    Signal "stolen",
    Signal "theft",
    Signal "unauthorised access",
    Signal "unauthorized access",
    Signal "viewed",
    Signal "visible to",
    Signal "were shown",
    Signal "wrong recipient",
];

/// Confidentiality: unauthorised access or disclosure, theft, exfiltration, misdirection (de).
const CONFIDENTIALITY_DE: CueTable = cue_table![
    Signal "abgeflossen",
    Signal "abgegriffen",
    Signal "abgerufen",
    Signal "diebstahl",
    Signal "einsehbar",
    Signal "entwendet",
    Signal "exfiltr*",
    Signal "falsche adresse",
    Signal "falschen empfanger",
    Signal "gestohlen",
    Signal "heruntergeladen",
    Signal "kopiert",
    Signal "offengelegt",
    Signal "sichtbar",
    Signal "unbefugten zugriff",
    Signal "unbefugter zugriff",
    Signal "unberechtigten zugriff",
    Signal "unberechtigter zugriff",
    Signal "verletzung der vertraulichkeit",
    Signal "veroffentlicht",
    Signal "zugriff verschafft",
];

/// Confidentiality: unauthorised access or disclosure, theft, exfiltration, misdirection (fr).
const CONFIDENTIALITY_FR: CueTable = cue_table![
    Signal "acces illegitime",
    Signal "acces non autorise",
    Signal "atteinte a la confidentialite",
    Signal "autre destinataire",
    Signal "consulte*",
    Signal "derobe*",
    Signal "divulg*",
    Signal "exfiltr*",
    Signal "fuite*",
    Signal "mauvais destinataire",
    Signal "mis en ligne",
    Signal "publie",
    Signal "publiee",
    Signal "publiees",
    Signal "publies",
    Signal "telecharge*",
    Signal "visible",
    Signal "visibles",
    Signal "vol d",
    Block "vol d identite",
    Signal "vol de",
    Signal "vol des",
    Signal "vol du",
    Signal "vole",
    Signal "volee",
    Signal "volees",
    Signal "voles",
];

/// Confidentiality: unauthorised access or disclosure, theft, exfiltration, misdirection (es).
const CONFIDENTIALITY_ES: CueTable = cue_table![
    Signal "accedieron",
    Signal "accedio",
    Signal "acceso no autorizado",
    Signal "brecha de confidencialidad",
    Signal "descargad*",
    Signal "destinatario equivocado",
    Signal "destinatario erroneo",
    Signal "divulg*",
    Signal "exfiltr*",
    Signal "filtracion",
    Signal "filtrad*",
    Signal "publicad*",
    Signal "reenviaba",
    Signal "robad*",
    Signal "robo",
    Block "robo de identidad",
    Signal "sustraid*",
    Signal "sustraj*",
    Signal "visible",
    Signal "visibles",
];

/// Confidentiality: unauthorised access or disclosure, theft, exfiltration, misdirection (it).
const CONFIDENTIALITY_IT: CueTable = cue_table![
    Signal "accesso abusivo",
    Signal "accesso non autorizzato",
    Signal "altro destinatario",
    Signal "copiat*",
    Signal "destinatario errato",
    Signal "divulgat*",
    Signal "esfiltr*",
    Signal "furto",
    Block "furto d identita",
    Block "furto di identita",
    Signal "pubblicat*",
    Signal "rubat*",
    Signal "scaricat*",
    Signal "sottratt*",
    Signal "violazione della riservatezza",
    Signal "visibil*",
    Signal "visualizzare",
    Signal "visualizzati",
    Signal "visualizzato",
];

/// Confidentiality: unauthorised access or disclosure, theft, exfiltration, misdirection (nl).
const CONFIDENTIALITY_NL: CueTable = cue_table![
    Signal "buitgemaakt",
    Signal "diefstal",
    Signal "gedownload",
    Signal "gekopieerd",
    Signal "gelekt",
    Signal "gepubliceerd",
    Signal "gestolen",
    Signal "inbreuk op de vertrouwelijkheid",
    Signal "ingezien",
    Signal "onbevoegd*",
    Signal "ongeautoriseerd*",
    Signal "openbaar gemaakt",
    Signal "toegang verschaft",
    Signal "uitgelekt",
    Signal "verkeerde adres",
    Signal "verkeerde ontvanger",
    Signal "zichtbaar",
];

/// Availability: ransomware encryption, loss, accidental deletion or destruction, outage (en).
const AVAILABILITY_EN: CueTable = cue_table![
    Signal "accidentally deleted",
    Signal "availability breach",
    Signal "could not access",
    Signal "destroyed",
    Block "financial loss*",
    Signal "inaccessible",
    Signal "lost",
    Signal "misplaced",
    Signal "outage",
    Signal "ransomware",
    Signal "unavailable",
    Signal "went missing",
];

/// Availability: ransomware encryption, loss, accidental deletion or destruction, outage (de).
const AVAILABILITY_DE: CueTable = cue_table![
    Signal "ausfall",
    Block "finanziell*",
    Signal "nicht erreichbar",
    Signal "nicht verfugbar",
    Signal "ransomware*",
    Signal "verloren",
    Signal "verlust",
    Signal "verschlusselungstrojaner",
    Signal "versehentlich geloscht",
    Signal "zerstort",
];

/// Availability: ransomware encryption, loss, accidental deletion or destruction, outage (fr).
const AVAILABILITY_FR: CueTable = cue_table![
    Signal "detruit*",
    Signal "indisponib*",
    Signal "ont chiffre",
    Signal "perdu",
    Signal "perdue",
    Signal "perdues",
    Signal "perdus",
    Signal "perte",
    Block "perte financiere",
    Block "pertes financieres",
    Signal "rancongiciel*",
    Signal "ransomware",
    Signal "supprime par erreur",
    Signal "supprimees par erreur",
    Signal "supprimes par erreur",
];

/// Availability: ransomware encryption, loss, accidental deletion or destruction, outage (es).
const AVAILABILITY_ES: CueTable = cue_table![
    Signal "borradas por error",
    Signal "borrados por error",
    Signal "cifraron",
    Signal "destruid*",
    Signal "extravi*",
    Signal "hemos perdido",
    Signal "indisponib*",
    Signal "no disponible*",
    Signal "perdimos",
    Signal "ransomware",
    Signal "se perdio",
    Signal "secuestro de datos",
];

/// Availability: ransomware encryption, loss, accidental deletion or destruction, outage (it).
const AVAILABILITY_IT: CueTable = cue_table![
    Signal "cancellati per errore",
    Signal "distrutt*",
    Signal "indisponibil*",
    Signal "non disponibil*",
    Signal "per errore cancellat*",
    Signal "perdita",
    Block "perdita economica",
    Block "perdita finanziaria",
    Block "perdite economiche",
    Signal "persi",
    Signal "perso",
    Signal "ransomware",
    Signal "smarrit*",
];

/// Availability: ransomware encryption, loss, accidental deletion or destruction, outage (nl).
const AVAILABILITY_NL: CueTable = cue_table![
    Signal "abusievelijk verwijderd",
    Block "financieel verlies",
    Block "financiele schade",
    Signal "gijzelsoftware",
    Signal "kwijtgeraakt",
    Signal "niet beschikbaar",
    Signal "onbeschikbaar",
    Signal "per ongeluk verwijderd",
    Signal "ransomware",
    Signal "verlies",
    Signal "verloren",
    Signal "vernietigd",
    Signal "versleuteld door",
];

/// Integrity: altered, manipulated, falsified data (en).
const INTEGRITY_EN: CueTable = cue_table![
    Signal "altered",
    Signal "falsified",
    Signal "integrity breach",
    Signal "manipulated",
    Signal "tampered",
    Signal "unauthorised change*",
    Signal "unauthorized change*",
];

/// Integrity: altered, manipulated, falsified data (de).
const INTEGRITY_DE: CueTable = cue_table![
    Signal "manipuliert",
    Signal "unbefugt geandert",
    Signal "unbefugt verandert",
    Signal "verfalscht",
];

/// Integrity: altered, manipulated, falsified data (fr).
const INTEGRITY_FR: CueTable = cue_table![
    Signal "altere",
    Signal "alteree",
    Signal "alterees",
    Signal "alteres",
    Signal "falsifie*",
    Signal "manipule",
    Signal "manipulee",
    Signal "manipulees",
    Signal "manipules",
    Signal "modifie sans autorisation",
    Signal "modifiees sans autorisation",
];

/// Integrity: altered, manipulated, falsified data (es).
const INTEGRITY_ES: CueTable = cue_table![
    Signal "alterad*",
    Signal "falsificad*",
    Signal "manipulad*",
];

/// Integrity: altered, manipulated, falsified data (it).
const INTEGRITY_IT: CueTable = cue_table![
    Signal "alterat*",
    Signal "falsificat*",
    Signal "manipolat*",
];

/// Integrity: altered, manipulated, falsified data (nl).
const INTEGRITY_NL: CueTable = cue_table![
    Signal "gemanipuleerd",
    Signal "gewijzigd door",
    Signal "ongeautoriseerd gewijzigd",
    Signal "vervalst",
];

/// The cue tables for a deliberate act (contract `malicious`: true).
pub static MALICIOUS: &[((), CueTables)] = &[(
    (),
    CueTables {
        en: MALICIOUS_EN,
        de: MALICIOUS_DE,
        fr: MALICIOUS_FR,
        es: MALICIOUS_ES,
        it: MALICIOUS_IT,
        nl: MALICIOUS_NL,
    },
)];

/// A deliberate act: attack, hacker, theft, ransomware, malware (en).
const MALICIOUS_EN: CueTable = cue_table![
    Signal "attack",
    Signal "attacked",
    Signal "attacker*",
    Signal "attacks",
    Block "be alert*",
    Block "be careful",
    Block "be vigilant",
    Block "beware",
    Signal "break in",
    Signal "criminals",
    Signal "cyber attack*",
    Signal "cyberattack*",
    Signal "cybercriminal*",
    Signal "fraudster*",
    Signal "hacked",
    Signal "hacker*",
    Block "identity theft",
    Signal "malicious",
    Signal "malware",
    Signal "ransomware",
    Signal "scraping",
    Signal "stolen",
    Signal "theft",
    Signal "thief",
    Signal "thieves",
    Block "watch out",
];

/// A deliberate act: attack, hacker, theft, ransomware, malware (de).
const MALICIOUS_DE: CueTable = cue_table![
    Block "achten sie",
    Signal "angreifer*",
    Signal "angriff",
    Signal "angriffe",
    Signal "angriffs",
    Signal "betruger*",
    Signal "cyberangriff*",
    Signal "diebstahl",
    Signal "einbruch*",
    Signal "gehackt",
    Signal "gestohlen",
    Signal "hacker*",
    Signal "kriminelle*",
    Signal "malware",
    Signal "ransomware*",
    Signal "schadsoftware",
    Block "seien sie vorsichtig",
    Block "seien sie wachsam",
    Signal "tater",
    Block "vorsicht",
];

/// A deliberate act: attack, hacker, theft, ransomware, malware (fr).
const MALICIOUS_FR: CueTable = cue_table![
    Signal "attaquant*",
    Signal "attaque",
    Signal "attaques",
    Signal "cambriolage",
    Signal "criminel*",
    Signal "cyberattaque*",
    Signal "derobe*",
    Signal "escroc*",
    Signal "logiciel malveillant",
    Signal "malveillan*",
    Block "mefiez vous",
    Signal "pirat*",
    Block "prudence",
    Signal "rancongiciel*",
    Signal "ransomware",
    Block "restez vigilant*",
    Block "soyez vigilant*",
    Block "usurpation",
    Signal "vol d",
    Block "vol d identite",
    Signal "vol de",
    Signal "vol des",
    Signal "vol du",
    Signal "vole",
    Signal "volee",
    Signal "volees",
    Signal "voles",
];

/// A deliberate act: attack, hacker, theft, ransomware, malware (es).
const MALICIOUS_ES: CueTable = cue_table![
    Signal "atacante*",
    Signal "ataque",
    Signal "ataques",
    Signal "ciberataque*",
    Signal "ciberdelincuente*",
    Signal "delincuente*",
    Block "desconfie",
    Block "este atento",
    Signal "hacker*",
    Signal "malicios*",
    Signal "malware",
    Block "permanezca atento",
    Signal "pirata*",
    Signal "ransomware",
    Signal "robad*",
    Signal "robo",
    Block "robo de identidad",
    Block "suplantacion",
    Signal "sustraid*",
    Block "tenga cuidado",
];

/// A deliberate act: attack, hacker, theft, ransomware, malware (it).
const MALICIOUS_IT: CueTable = cue_table![
    Signal "attaccant*",
    Signal "attacchi",
    Signal "attacco",
    Signal "criminal*",
    Block "diffidi",
    Block "faccia attenzione",
    Signal "furto",
    Block "furto d identita",
    Block "furto di identita",
    Signal "hacker",
    Signal "intrusione",
    Signal "malintenzionat*",
    Signal "malware",
    Signal "pirat*",
    Block "presti attenzione",
    Signal "ransomware",
    Signal "rubat*",
    Signal "sottratt*",
    Block "stia attento",
    Signal "truffator*",
];

/// A deliberate act: attack, hacker, theft, ransomware, malware (nl).
const MALICIOUS_NL: CueTable = cue_table![
    Signal "aanval",
    Signal "aanvallen",
    Signal "aanvaller*",
    Signal "criminel*",
    Signal "cyberaanval*",
    Signal "diefstal",
    Signal "gehackt",
    Signal "gestolen",
    Signal "gijzelsoftware",
    Signal "hacker*",
    Signal "inbraak",
    Signal "kwaadwillend*",
    Block "let op",
    Signal "malware",
    Signal "oplichter*",
    Signal "ransomware",
    Block "wees alert",
    Block "wees voorzichtig",
    Block "wees waakzaam",
];
