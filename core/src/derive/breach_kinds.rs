//! The kind of breach → contract `breach` (Art. 4(12) GDPR: destruction, loss,
//! alteration, unauthorised disclosure of or access to personal data; WP29 Opinion 03/2014
//! and EDPB Guidelines 9/2022 §I.B.2: confidentiality, availability and integrity
//! breaches), and whether it was caused on purpose → contract `malicious` (EDPB Guidelines
//! 9/2022 §II.B: a malicious intent raises the risk).
//!
//! One table per [`BreachKind`] and language, and one table [`MALICIOUS`] for deliberate
//! acts (attack, hacker, theft, ransomware). `Block` cues in [`MALICIOUS`] cancel advice
//! sentences that warn of attacks ("be alert to phishing attacks").

use crate::elements::{Cue, Cues, Role};
use crate::facts::BreachKind;

/// The cue tables, one per breach kind.
pub static TABLES: &[(BreachKind, Cues)] = &[
    (
        BreachKind::Confidentiality,
        Cues {
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
        Cues {
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
        Cues {
            en: INTEGRITY_EN,
            de: INTEGRITY_DE,
            fr: INTEGRITY_FR,
            es: INTEGRITY_ES,
            it: INTEGRITY_IT,
            nl: INTEGRITY_NL,
        },
    ),
];

/// Confidentiality: unauthorised access or disclosure, theft, exfiltration, misdirection (en).
static CONFIDENTIALITY_EN: &[Cue] = &[
    Cue::new("accessed", Role::Signal),
    Cue::new("confidentiality breach", Role::Signal),
    Cue::new("copied", Role::Signal),
    Cue::new("could see", Role::Signal),
    Cue::new("disclos*", Role::Signal),
    Cue::new("downloaded", Role::Signal),
    Cue::new("exfiltrat*", Role::Signal),
    Cue::new("exposed", Role::Signal),
    Cue::new("gained access", Role::Signal),
    Cue::new("identity theft", Role::Block),
    Cue::new("leak*", Role::Signal),
    Cue::new("misdirected", Role::Signal),
    Cue::new("published", Role::Signal),
    Cue::new("scraped", Role::Signal),
    Cue::new("scraping", Role::Signal),
    Cue::new("sent to the wrong", Role::Signal),
    Cue::new("stolen", Role::Signal),
    Cue::new("theft", Role::Signal),
    Cue::new("unauthorised access", Role::Signal),
    Cue::new("unauthorized access", Role::Signal),
    Cue::new("viewed", Role::Signal),
    Cue::new("visible to", Role::Signal),
    Cue::new("were shown", Role::Signal),
    Cue::new("wrong recipient", Role::Signal),
];

/// Confidentiality: unauthorised access or disclosure, theft, exfiltration, misdirection (de).
static CONFIDENTIALITY_DE: &[Cue] = &[
    Cue::new("abgeflossen", Role::Signal),
    Cue::new("abgegriffen", Role::Signal),
    Cue::new("abgerufen", Role::Signal),
    Cue::new("diebstahl", Role::Signal),
    Cue::new("einsehbar", Role::Signal),
    Cue::new("entwendet", Role::Signal),
    Cue::new("exfiltr*", Role::Signal),
    Cue::new("falsche adresse", Role::Signal),
    Cue::new("falschen empfanger", Role::Signal),
    Cue::new("gestohlen", Role::Signal),
    Cue::new("heruntergeladen", Role::Signal),
    Cue::new("kopiert", Role::Signal),
    Cue::new("offengelegt", Role::Signal),
    Cue::new("sichtbar", Role::Signal),
    Cue::new("unbefugten zugriff", Role::Signal),
    Cue::new("unbefugter zugriff", Role::Signal),
    Cue::new("unberechtigten zugriff", Role::Signal),
    Cue::new("unberechtigter zugriff", Role::Signal),
    Cue::new("verletzung der vertraulichkeit", Role::Signal),
    Cue::new("veroffentlicht", Role::Signal),
    Cue::new("zugriff verschafft", Role::Signal),
];

/// Confidentiality: unauthorised access or disclosure, theft, exfiltration, misdirection (fr).
static CONFIDENTIALITY_FR: &[Cue] = &[
    Cue::new("acces illegitime", Role::Signal),
    Cue::new("acces non autorise", Role::Signal),
    Cue::new("atteinte a la confidentialite", Role::Signal),
    Cue::new("autre destinataire", Role::Signal),
    Cue::new("consulte*", Role::Signal),
    Cue::new("derobe*", Role::Signal),
    Cue::new("divulg*", Role::Signal),
    Cue::new("exfiltr*", Role::Signal),
    Cue::new("fuite*", Role::Signal),
    Cue::new("mauvais destinataire", Role::Signal),
    Cue::new("mis en ligne", Role::Signal),
    Cue::new("publie", Role::Signal),
    Cue::new("publiee", Role::Signal),
    Cue::new("publiees", Role::Signal),
    Cue::new("publies", Role::Signal),
    Cue::new("telecharge*", Role::Signal),
    Cue::new("visible", Role::Signal),
    Cue::new("visibles", Role::Signal),
    Cue::new("vol d", Role::Signal),
    Cue::new("vol d identite", Role::Block),
    Cue::new("vol de", Role::Signal),
    Cue::new("vol des", Role::Signal),
    Cue::new("vol du", Role::Signal),
    Cue::new("vole", Role::Signal),
    Cue::new("volee", Role::Signal),
    Cue::new("volees", Role::Signal),
    Cue::new("voles", Role::Signal),
];

/// Confidentiality: unauthorised access or disclosure, theft, exfiltration, misdirection (es).
static CONFIDENTIALITY_ES: &[Cue] = &[
    Cue::new("accedieron", Role::Signal),
    Cue::new("accedio", Role::Signal),
    Cue::new("acceso no autorizado", Role::Signal),
    Cue::new("brecha de confidencialidad", Role::Signal),
    Cue::new("descargad*", Role::Signal),
    Cue::new("destinatario equivocado", Role::Signal),
    Cue::new("destinatario erroneo", Role::Signal),
    Cue::new("divulg*", Role::Signal),
    Cue::new("exfiltr*", Role::Signal),
    Cue::new("filtracion", Role::Signal),
    Cue::new("filtrad*", Role::Signal),
    Cue::new("publicad*", Role::Signal),
    Cue::new("reenviaba", Role::Signal),
    Cue::new("robad*", Role::Signal),
    Cue::new("robo", Role::Signal),
    Cue::new("robo de identidad", Role::Block),
    Cue::new("sustraid*", Role::Signal),
    Cue::new("sustraj*", Role::Signal),
    Cue::new("visible", Role::Signal),
    Cue::new("visibles", Role::Signal),
];

/// Confidentiality: unauthorised access or disclosure, theft, exfiltration, misdirection (it).
static CONFIDENTIALITY_IT: &[Cue] = &[
    Cue::new("accesso abusivo", Role::Signal),
    Cue::new("accesso non autorizzato", Role::Signal),
    Cue::new("altro destinatario", Role::Signal),
    Cue::new("copiat*", Role::Signal),
    Cue::new("destinatario errato", Role::Signal),
    Cue::new("divulgat*", Role::Signal),
    Cue::new("esfiltr*", Role::Signal),
    Cue::new("furto", Role::Signal),
    Cue::new("furto d identita", Role::Block),
    Cue::new("furto di identita", Role::Block),
    Cue::new("pubblicat*", Role::Signal),
    Cue::new("rubat*", Role::Signal),
    Cue::new("scaricat*", Role::Signal),
    Cue::new("sottratt*", Role::Signal),
    Cue::new("violazione della riservatezza", Role::Signal),
    Cue::new("visibil*", Role::Signal),
    Cue::new("visualizzare", Role::Signal),
    Cue::new("visualizzati", Role::Signal),
    Cue::new("visualizzato", Role::Signal),
];

/// Confidentiality: unauthorised access or disclosure, theft, exfiltration, misdirection (nl).
static CONFIDENTIALITY_NL: &[Cue] = &[
    Cue::new("buitgemaakt", Role::Signal),
    Cue::new("diefstal", Role::Signal),
    Cue::new("gedownload", Role::Signal),
    Cue::new("gekopieerd", Role::Signal),
    Cue::new("gelekt", Role::Signal),
    Cue::new("gepubliceerd", Role::Signal),
    Cue::new("gestolen", Role::Signal),
    Cue::new("inbreuk op de vertrouwelijkheid", Role::Signal),
    Cue::new("ingezien", Role::Signal),
    Cue::new("onbevoegd*", Role::Signal),
    Cue::new("ongeautoriseerd*", Role::Signal),
    Cue::new("openbaar gemaakt", Role::Signal),
    Cue::new("toegang verschaft", Role::Signal),
    Cue::new("uitgelekt", Role::Signal),
    Cue::new("verkeerde adres", Role::Signal),
    Cue::new("verkeerde ontvanger", Role::Signal),
    Cue::new("zichtbaar", Role::Signal),
];

/// Availability: ransomware encryption, loss, accidental deletion or destruction, outage (en).
static AVAILABILITY_EN: &[Cue] = &[
    Cue::new("accidentally deleted", Role::Signal),
    Cue::new("availability breach", Role::Signal),
    Cue::new("could not access", Role::Signal),
    Cue::new("destroyed", Role::Signal),
    Cue::new("financial loss*", Role::Block),
    Cue::new("inaccessible", Role::Signal),
    Cue::new("lost", Role::Signal),
    Cue::new("misplaced", Role::Signal),
    Cue::new("outage", Role::Signal),
    Cue::new("ransomware", Role::Signal),
    Cue::new("unavailable", Role::Signal),
    Cue::new("went missing", Role::Signal),
];

/// Availability: ransomware encryption, loss, accidental deletion or destruction, outage (de).
static AVAILABILITY_DE: &[Cue] = &[
    Cue::new("ausfall", Role::Signal),
    Cue::new("finanziell*", Role::Block),
    Cue::new("nicht erreichbar", Role::Signal),
    Cue::new("nicht verfugbar", Role::Signal),
    Cue::new("ransomware*", Role::Signal),
    Cue::new("verloren", Role::Signal),
    Cue::new("verlust", Role::Signal),
    Cue::new("verschlusselungstrojaner", Role::Signal),
    Cue::new("versehentlich geloscht", Role::Signal),
    Cue::new("zerstort", Role::Signal),
];

/// Availability: ransomware encryption, loss, accidental deletion or destruction, outage (fr).
static AVAILABILITY_FR: &[Cue] = &[
    Cue::new("detruit*", Role::Signal),
    Cue::new("indisponib*", Role::Signal),
    Cue::new("ont chiffre", Role::Signal),
    Cue::new("perdu", Role::Signal),
    Cue::new("perdue", Role::Signal),
    Cue::new("perdues", Role::Signal),
    Cue::new("perdus", Role::Signal),
    Cue::new("perte", Role::Signal),
    Cue::new("perte financiere", Role::Block),
    Cue::new("pertes financieres", Role::Block),
    Cue::new("rancongiciel*", Role::Signal),
    Cue::new("ransomware", Role::Signal),
    Cue::new("supprime par erreur", Role::Signal),
    Cue::new("supprimees par erreur", Role::Signal),
    Cue::new("supprimes par erreur", Role::Signal),
];

/// Availability: ransomware encryption, loss, accidental deletion or destruction, outage (es).
static AVAILABILITY_ES: &[Cue] = &[
    Cue::new("borradas por error", Role::Signal),
    Cue::new("borrados por error", Role::Signal),
    Cue::new("cifraron", Role::Signal),
    Cue::new("destruid*", Role::Signal),
    Cue::new("extravi*", Role::Signal),
    Cue::new("hemos perdido", Role::Signal),
    Cue::new("indisponib*", Role::Signal),
    Cue::new("no disponible*", Role::Signal),
    Cue::new("perdimos", Role::Signal),
    Cue::new("ransomware", Role::Signal),
    Cue::new("se perdio", Role::Signal),
    Cue::new("secuestro de datos", Role::Signal),
];

/// Availability: ransomware encryption, loss, accidental deletion or destruction, outage (it).
static AVAILABILITY_IT: &[Cue] = &[
    Cue::new("cancellati per errore", Role::Signal),
    Cue::new("distrutt*", Role::Signal),
    Cue::new("indisponibil*", Role::Signal),
    Cue::new("non disponibil*", Role::Signal),
    Cue::new("per errore cancellat*", Role::Signal),
    Cue::new("perdita", Role::Signal),
    Cue::new("perdita economica", Role::Block),
    Cue::new("perdita finanziaria", Role::Block),
    Cue::new("perdite economiche", Role::Block),
    Cue::new("persi", Role::Signal),
    Cue::new("perso", Role::Signal),
    Cue::new("ransomware", Role::Signal),
    Cue::new("smarrit*", Role::Signal),
];

/// Availability: ransomware encryption, loss, accidental deletion or destruction, outage (nl).
static AVAILABILITY_NL: &[Cue] = &[
    Cue::new("abusievelijk verwijderd", Role::Signal),
    Cue::new("financieel verlies", Role::Block),
    Cue::new("financiele schade", Role::Block),
    Cue::new("gijzelsoftware", Role::Signal),
    Cue::new("kwijtgeraakt", Role::Signal),
    Cue::new("niet beschikbaar", Role::Signal),
    Cue::new("onbeschikbaar", Role::Signal),
    Cue::new("per ongeluk verwijderd", Role::Signal),
    Cue::new("ransomware", Role::Signal),
    Cue::new("verlies", Role::Signal),
    Cue::new("verloren", Role::Signal),
    Cue::new("vernietigd", Role::Signal),
    Cue::new("versleuteld door", Role::Signal),
];

/// Integrity: altered, manipulated, falsified data (en).
static INTEGRITY_EN: &[Cue] = &[
    Cue::new("altered", Role::Signal),
    Cue::new("falsified", Role::Signal),
    Cue::new("integrity breach", Role::Signal),
    Cue::new("manipulated", Role::Signal),
    Cue::new("tampered", Role::Signal),
    Cue::new("unauthorised change*", Role::Signal),
    Cue::new("unauthorized change*", Role::Signal),
];

/// Integrity: altered, manipulated, falsified data (de).
static INTEGRITY_DE: &[Cue] = &[
    Cue::new("manipuliert", Role::Signal),
    Cue::new("unbefugt geandert", Role::Signal),
    Cue::new("unbefugt verandert", Role::Signal),
    Cue::new("verfalscht", Role::Signal),
];

/// Integrity: altered, manipulated, falsified data (fr).
static INTEGRITY_FR: &[Cue] = &[
    Cue::new("altere", Role::Signal),
    Cue::new("alteree", Role::Signal),
    Cue::new("alterees", Role::Signal),
    Cue::new("alteres", Role::Signal),
    Cue::new("falsifie*", Role::Signal),
    Cue::new("manipule", Role::Signal),
    Cue::new("manipulee", Role::Signal),
    Cue::new("manipulees", Role::Signal),
    Cue::new("manipules", Role::Signal),
    Cue::new("modifie sans autorisation", Role::Signal),
    Cue::new("modifiees sans autorisation", Role::Signal),
];

/// Integrity: altered, manipulated, falsified data (es).
static INTEGRITY_ES: &[Cue] = &[
    Cue::new("alterad*", Role::Signal),
    Cue::new("falsificad*", Role::Signal),
    Cue::new("manipulad*", Role::Signal),
];

/// Integrity: altered, manipulated, falsified data (it).
static INTEGRITY_IT: &[Cue] = &[
    Cue::new("alterat*", Role::Signal),
    Cue::new("falsificat*", Role::Signal),
    Cue::new("manipolat*", Role::Signal),
];

/// Integrity: altered, manipulated, falsified data (nl).
static INTEGRITY_NL: &[Cue] = &[
    Cue::new("gemanipuleerd", Role::Signal),
    Cue::new("gewijzigd door", Role::Signal),
    Cue::new("ongeautoriseerd gewijzigd", Role::Signal),
    Cue::new("vervalst", Role::Signal),
];

/// The cue tables for a deliberate act (contract `malicious`: true).
pub static MALICIOUS: &[((), Cues)] = &[(
    (),
    Cues {
        en: MALICIOUS_EN,
        de: MALICIOUS_DE,
        fr: MALICIOUS_FR,
        es: MALICIOUS_ES,
        it: MALICIOUS_IT,
        nl: MALICIOUS_NL,
    },
)];

/// A deliberate act: attack, hacker, theft, ransomware, malware (en).
static MALICIOUS_EN: &[Cue] = &[
    Cue::new("attack", Role::Signal),
    Cue::new("attacked", Role::Signal),
    Cue::new("attacker*", Role::Signal),
    Cue::new("attacks", Role::Signal),
    Cue::new("be alert*", Role::Block),
    Cue::new("be careful", Role::Block),
    Cue::new("be vigilant", Role::Block),
    Cue::new("beware", Role::Block),
    Cue::new("break in", Role::Signal),
    Cue::new("criminals", Role::Signal),
    Cue::new("cyber attack*", Role::Signal),
    Cue::new("cyberattack*", Role::Signal),
    Cue::new("cybercriminal*", Role::Signal),
    Cue::new("fraudster*", Role::Signal),
    Cue::new("hacked", Role::Signal),
    Cue::new("hacker*", Role::Signal),
    Cue::new("identity theft", Role::Block),
    Cue::new("malicious", Role::Signal),
    Cue::new("malware", Role::Signal),
    Cue::new("ransomware", Role::Signal),
    Cue::new("scraping", Role::Signal),
    Cue::new("stolen", Role::Signal),
    Cue::new("theft", Role::Signal),
    Cue::new("thief", Role::Signal),
    Cue::new("thieves", Role::Signal),
    Cue::new("watch out", Role::Block),
];

/// A deliberate act: attack, hacker, theft, ransomware, malware (de).
static MALICIOUS_DE: &[Cue] = &[
    Cue::new("achten sie", Role::Block),
    Cue::new("angreifer*", Role::Signal),
    Cue::new("angriff", Role::Signal),
    Cue::new("angriffe", Role::Signal),
    Cue::new("angriffs", Role::Signal),
    Cue::new("betruger*", Role::Signal),
    Cue::new("cyberangriff*", Role::Signal),
    Cue::new("diebstahl", Role::Signal),
    Cue::new("einbruch*", Role::Signal),
    Cue::new("gehackt", Role::Signal),
    Cue::new("gestohlen", Role::Signal),
    Cue::new("hacker*", Role::Signal),
    Cue::new("kriminelle*", Role::Signal),
    Cue::new("malware", Role::Signal),
    Cue::new("ransomware*", Role::Signal),
    Cue::new("schadsoftware", Role::Signal),
    Cue::new("seien sie vorsichtig", Role::Block),
    Cue::new("seien sie wachsam", Role::Block),
    Cue::new("tater", Role::Signal),
    Cue::new("vorsicht", Role::Block),
];

/// A deliberate act: attack, hacker, theft, ransomware, malware (fr).
static MALICIOUS_FR: &[Cue] = &[
    Cue::new("attaquant*", Role::Signal),
    Cue::new("attaque", Role::Signal),
    Cue::new("attaques", Role::Signal),
    Cue::new("cambriolage", Role::Signal),
    Cue::new("criminel*", Role::Signal),
    Cue::new("cyberattaque*", Role::Signal),
    Cue::new("derobe*", Role::Signal),
    Cue::new("escroc*", Role::Signal),
    Cue::new("logiciel malveillant", Role::Signal),
    Cue::new("malveillan*", Role::Signal),
    Cue::new("mefiez vous", Role::Block),
    Cue::new("pirat*", Role::Signal),
    Cue::new("prudence", Role::Block),
    Cue::new("rancongiciel*", Role::Signal),
    Cue::new("ransomware", Role::Signal),
    Cue::new("restez vigilant*", Role::Block),
    Cue::new("soyez vigilant*", Role::Block),
    Cue::new("usurpation", Role::Block),
    Cue::new("vol d", Role::Signal),
    Cue::new("vol d identite", Role::Block),
    Cue::new("vol de", Role::Signal),
    Cue::new("vol des", Role::Signal),
    Cue::new("vol du", Role::Signal),
    Cue::new("vole", Role::Signal),
    Cue::new("volee", Role::Signal),
    Cue::new("volees", Role::Signal),
    Cue::new("voles", Role::Signal),
];

/// A deliberate act: attack, hacker, theft, ransomware, malware (es).
static MALICIOUS_ES: &[Cue] = &[
    Cue::new("atacante*", Role::Signal),
    Cue::new("ataque", Role::Signal),
    Cue::new("ataques", Role::Signal),
    Cue::new("ciberataque*", Role::Signal),
    Cue::new("ciberdelincuente*", Role::Signal),
    Cue::new("delincuente*", Role::Signal),
    Cue::new("desconfie", Role::Block),
    Cue::new("este atento", Role::Block),
    Cue::new("hacker*", Role::Signal),
    Cue::new("malicios*", Role::Signal),
    Cue::new("malware", Role::Signal),
    Cue::new("permanezca atento", Role::Block),
    Cue::new("pirata*", Role::Signal),
    Cue::new("ransomware", Role::Signal),
    Cue::new("robad*", Role::Signal),
    Cue::new("robo", Role::Signal),
    Cue::new("robo de identidad", Role::Block),
    Cue::new("suplantacion", Role::Block),
    Cue::new("sustraid*", Role::Signal),
    Cue::new("tenga cuidado", Role::Block),
];

/// A deliberate act: attack, hacker, theft, ransomware, malware (it).
static MALICIOUS_IT: &[Cue] = &[
    Cue::new("attaccant*", Role::Signal),
    Cue::new("attacchi", Role::Signal),
    Cue::new("attacco", Role::Signal),
    Cue::new("criminal*", Role::Signal),
    Cue::new("diffidi", Role::Block),
    Cue::new("faccia attenzione", Role::Block),
    Cue::new("furto", Role::Signal),
    Cue::new("furto d identita", Role::Block),
    Cue::new("furto di identita", Role::Block),
    Cue::new("hacker", Role::Signal),
    Cue::new("intrusione", Role::Signal),
    Cue::new("malintenzionat*", Role::Signal),
    Cue::new("malware", Role::Signal),
    Cue::new("pirat*", Role::Signal),
    Cue::new("presti attenzione", Role::Block),
    Cue::new("ransomware", Role::Signal),
    Cue::new("rubat*", Role::Signal),
    Cue::new("sottratt*", Role::Signal),
    Cue::new("stia attento", Role::Block),
    Cue::new("truffator*", Role::Signal),
];

/// A deliberate act: attack, hacker, theft, ransomware, malware (nl).
static MALICIOUS_NL: &[Cue] = &[
    Cue::new("aanval", Role::Signal),
    Cue::new("aanvallen", Role::Signal),
    Cue::new("aanvaller*", Role::Signal),
    Cue::new("criminel*", Role::Signal),
    Cue::new("cyberaanval*", Role::Signal),
    Cue::new("diefstal", Role::Signal),
    Cue::new("gehackt", Role::Signal),
    Cue::new("gestolen", Role::Signal),
    Cue::new("gijzelsoftware", Role::Signal),
    Cue::new("hacker*", Role::Signal),
    Cue::new("inbraak", Role::Signal),
    Cue::new("kwaadwillend*", Role::Signal),
    Cue::new("let op", Role::Block),
    Cue::new("malware", Role::Signal),
    Cue::new("oplichter*", Role::Signal),
    Cue::new("ransomware", Role::Signal),
    Cue::new("wees alert", Role::Block),
    Cue::new("wees voorzichtig", Role::Block),
    Cue::new("wees waakzaam", Role::Block),
];
