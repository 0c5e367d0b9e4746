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

use crate::elements::{Cue, Cues, Role};
use crate::facts::Exposure;

/// The cue tables, one per exposure value derived.
pub static TABLES: &[(Exposure, Cues)] = &[
    (
        Exposure::Public,
        Cues {
            en: PUBLIC_EN,
            de: PUBLIC_DE,
            fr: PUBLIC_FR,
            es: PUBLIC_ES,
            it: PUBLIC_IT,
            nl: PUBLIC_NL,
        },
    ),
    (
        Exposure::MaliciousActor,
        Cues {
            en: MALICIOUS_ACTOR_EN,
            de: MALICIOUS_ACTOR_DE,
            fr: MALICIOUS_ACTOR_FR,
            es: MALICIOUS_ACTOR_ES,
            it: MALICIOUS_ACTOR_IT,
            nl: MALICIOUS_ACTOR_NL,
        },
    ),
    (
        Exposure::UnknownRecipient,
        Cues {
            en: UNKNOWN_RECIPIENT_EN,
            de: UNKNOWN_RECIPIENT_DE,
            fr: UNKNOWN_RECIPIENT_FR,
            es: UNKNOWN_RECIPIENT_ES,
            it: UNKNOWN_RECIPIENT_IT,
            nl: UNKNOWN_RECIPIENT_NL,
        },
    ),
    (
        Exposure::KnownRecipient,
        Cues {
            en: KNOWN_RECIPIENT_EN,
            de: KNOWN_RECIPIENT_DE,
            fr: KNOWN_RECIPIENT_FR,
            es: KNOWN_RECIPIENT_ES,
            it: KNOWN_RECIPIENT_IT,
            nl: KNOWN_RECIPIENT_NL,
        },
    ),
    (
        Exposure::Internal,
        Cues {
            en: INTERNAL_EN,
            de: INTERNAL_DE,
            fr: INTERNAL_FR,
            es: INTERNAL_ES,
            it: INTERNAL_IT,
            nl: INTERNAL_NL,
        },
    ),
];

/// Published: anyone could see it (en).
static PUBLIC_EN: &[Cue] = &[
    Cue::new("anyone could", Role::Signal),
    Cue::new("made public", Role::Signal),
    Cue::new("on the internet", Role::Signal),
    Cue::new("posted online", Role::Signal),
    Cue::new("public area", Role::Signal),
    Cue::new("public website", Role::Signal),
    Cue::new("publicly", Role::Signal),
    Cue::new("published", Role::Signal),
    Cue::new("search engine*", Role::Signal),
];

/// Published: anyone could see it (de).
static PUBLIC_DE: &[Cue] = &[
    Cue::new("fur jedermann", Role::Signal),
    Cue::new("im internet", Role::Signal),
    Cue::new("offentlich einsehbar", Role::Signal),
    Cue::new("offentlich zuganglich", Role::Signal),
    Cue::new("offentlichen bereich", Role::Signal),
    Cue::new("suchmaschine*", Role::Signal),
    Cue::new("veroffentlicht", Role::Signal),
];

/// Published: anyone could see it (fr).
static PUBLIC_FR: &[Cue] = &[
    Cue::new("accessible au public", Role::Signal),
    Cue::new("accessibles au public", Role::Signal),
    Cue::new("mis en ligne", Role::Signal),
    Cue::new("mise en ligne", Role::Signal),
    Cue::new("moteur de recherche", Role::Signal),
    Cue::new("moteurs de recherche", Role::Signal),
    Cue::new("publie", Role::Signal),
    Cue::new("publiee", Role::Signal),
    Cue::new("publiees", Role::Signal),
    Cue::new("publies", Role::Signal),
    Cue::new("publiquement", Role::Signal),
    Cue::new("sur internet", Role::Signal),
];

/// Published: anyone could see it (es).
static PUBLIC_ES: &[Cue] = &[
    Cue::new("accesible al publico", Role::Signal),
    Cue::new("accesibles al publico", Role::Signal),
    Cue::new("buscador*", Role::Signal),
    Cue::new("en internet", Role::Signal),
    Cue::new("motores de busqueda", Role::Signal),
    Cue::new("publicad*", Role::Signal),
    Cue::new("publicamente", Role::Signal),
];

/// Published: anyone could see it (it).
static PUBLIC_IT: &[Cue] = &[
    Cue::new("accessibile al pubblico", Role::Signal),
    Cue::new("accessibili al pubblico", Role::Signal),
    Cue::new("motore di ricerca", Role::Signal),
    Cue::new("motori di ricerca", Role::Signal),
    Cue::new("pubblicamente", Role::Signal),
    Cue::new("pubblicat*", Role::Signal),
    Cue::new("su internet", Role::Signal),
];

/// Published: anyone could see it (nl).
static PUBLIC_NL: &[Cue] = &[
    Cue::new("gepubliceerd", Role::Signal),
    Cue::new("online gezet", Role::Signal),
    Cue::new("op internet", Role::Signal),
    Cue::new("openbaar", Role::Signal),
    Cue::new("voor iedereen", Role::Signal),
    Cue::new("zoekmachine*", Role::Signal),
];

/// An attacker, criminal or thief (en).
static MALICIOUS_ACTOR_EN: &[Cue] = &[
    Cue::new("attacker*", Role::Signal),
    Cue::new("criminals", Role::Signal),
    Cue::new("cybercriminal*", Role::Signal),
    Cue::new("fraudster*", Role::Signal),
    Cue::new("hacker*", Role::Signal),
    Cue::new("identity theft", Role::Block),
    Cue::new("malicious", Role::Signal),
    Cue::new("stolen", Role::Signal),
    Cue::new("theft", Role::Signal),
    Cue::new("thief", Role::Signal),
    Cue::new("thieves", Role::Signal),
    Cue::new("unknown third party", Role::Signal),
];

/// An attacker, criminal or thief (de).
static MALICIOUS_ACTOR_DE: &[Cue] = &[
    Cue::new("angreifer*", Role::Signal),
    Cue::new("dieb", Role::Signal),
    Cue::new("diebe", Role::Signal),
    Cue::new("diebstahl", Role::Signal),
    Cue::new("entwendet", Role::Signal),
    Cue::new("gestohlen", Role::Signal),
    Cue::new("hacker*", Role::Signal),
    Cue::new("kriminelle*", Role::Signal),
    Cue::new("tater", Role::Signal),
];

/// An attacker, criminal or thief (fr).
static MALICIOUS_ACTOR_FR: &[Cue] = &[
    Cue::new("attaquant*", Role::Signal),
    Cue::new("criminel*", Role::Signal),
    Cue::new("cybercriminel*", Role::Signal),
    Cue::new("malveillant*", Role::Signal),
    Cue::new("pirate*", Role::Signal),
    Cue::new("vol d", Role::Signal),
    Cue::new("vol d identite", Role::Block),
    Cue::new("vol de", Role::Signal),
    Cue::new("vol des", Role::Signal),
    Cue::new("vol du", Role::Signal),
    Cue::new("vole", Role::Signal),
    Cue::new("volee", Role::Signal),
    Cue::new("volees", Role::Signal),
    Cue::new("voles", Role::Signal),
    Cue::new("voleur*", Role::Signal),
];

/// An attacker, criminal or thief (es).
static MALICIOUS_ACTOR_ES: &[Cue] = &[
    Cue::new("atacante*", Role::Signal),
    Cue::new("ciberdelincuente*", Role::Signal),
    Cue::new("delincuente*", Role::Signal),
    Cue::new("hacker*", Role::Signal),
    Cue::new("ladron*", Role::Signal),
    Cue::new("pirata*", Role::Signal),
    Cue::new("robad*", Role::Signal),
    Cue::new("robo", Role::Signal),
    Cue::new("robo de identidad", Role::Block),
];

/// An attacker, criminal or thief (it).
static MALICIOUS_ACTOR_IT: &[Cue] = &[
    Cue::new("attaccant*", Role::Signal),
    Cue::new("criminal*", Role::Signal),
    Cue::new("furto", Role::Signal),
    Cue::new("furto d identita", Role::Block),
    Cue::new("furto di identita", Role::Block),
    Cue::new("hacker", Role::Signal),
    Cue::new("ladr*", Role::Signal),
    Cue::new("malintenzionat*", Role::Signal),
    Cue::new("pirat*", Role::Signal),
    Cue::new("rubat*", Role::Signal),
];

/// An attacker, criminal or thief (nl).
static MALICIOUS_ACTOR_NL: &[Cue] = &[
    Cue::new("aanvaller*", Role::Signal),
    Cue::new("criminel*", Role::Signal),
    Cue::new("dief", Role::Signal),
    Cue::new("diefstal", Role::Signal),
    Cue::new("dieven", Role::Signal),
    Cue::new("gestolen", Role::Signal),
    Cue::new("hacker*", Role::Signal),
    Cue::new("kwaadwillend*", Role::Signal),
];

/// People not identified, or too many to follow up (en).
static UNKNOWN_RECIPIENT_EN: &[Cue] = &[
    Cue::new("all recipients", Role::Signal),
    Cue::new("another customer", Role::Block),
    Cue::new("could be seen by", Role::Signal),
    Cue::new("other customers", Role::Signal),
    Cue::new("other patients", Role::Signal),
    Cue::new("other people", Role::Signal),
    Cue::new("other recipients", Role::Signal),
    Cue::new("other users", Role::Signal),
    Cue::new("third parties", Role::Signal),
    Cue::new("viewed by", Role::Signal),
    Cue::new("visible to", Role::Signal),
];

/// People not identified, or too many to follow up (de).
static UNKNOWN_RECIPIENT_DE: &[Cue] = &[
    Cue::new("alle empfanger", Role::Signal),
    Cue::new("alle empfangerinnen", Role::Signal),
    Cue::new("andere empfanger", Role::Signal),
    Cue::new("andere kunden", Role::Signal),
    Cue::new("andere nutzer", Role::Signal),
    Cue::new("andere nutzerinnen", Role::Signal),
    Cue::new("anderen empfangern", Role::Signal),
    Cue::new("anderen kunden", Role::Signal),
    Cue::new("anderen nutzern", Role::Signal),
    Cue::new("dritte", Role::Signal),
    Cue::new("dritten", Role::Signal),
    Cue::new("einem anderen kunden", Role::Block),
    Cue::new("einen anderen kunden", Role::Block),
    Cue::new("einer anderen kundin", Role::Block),
    Cue::new("sichtbar fur", Role::Signal),
];

/// People not identified, or too many to follow up (fr).
static UNKNOWN_RECIPIENT_FR: &[Cue] = &[
    Cue::new("autres clients", Role::Signal),
    Cue::new("autres destinataires", Role::Signal),
    Cue::new("autres patients", Role::Signal),
    Cue::new("autres usagers", Role::Signal),
    Cue::new("autres utilisateurs", Role::Signal),
    Cue::new("tiers", Role::Signal),
    Cue::new("tous les destinataires", Role::Signal),
    Cue::new("visible par", Role::Signal),
    Cue::new("visible pour", Role::Signal),
    Cue::new("visibles par", Role::Signal),
    Cue::new("visibles pour", Role::Signal),
];

/// People not identified, or too many to follow up (es).
static UNKNOWN_RECIPIENT_ES: &[Cue] = &[
    Cue::new("otros clientes", Role::Signal),
    Cue::new("otros destinatarios", Role::Signal),
    Cue::new("otros pacientes", Role::Signal),
    Cue::new("otros usuarios", Role::Signal),
    Cue::new("terceros", Role::Signal),
    Cue::new("todos los destinatarios", Role::Signal),
    Cue::new("visible para", Role::Signal),
    Cue::new("visibles para", Role::Signal),
];

/// People not identified, or too many to follow up (it).
static UNKNOWN_RECIPIENT_IT: &[Cue] = &[
    Cue::new("altri clienti", Role::Signal),
    Cue::new("altri destinatari", Role::Signal),
    Cue::new("altri pazienti", Role::Signal),
    Cue::new("altri utenti", Role::Signal),
    Cue::new("terzi", Role::Signal),
    Cue::new("tutti i destinatari", Role::Signal),
    Cue::new("visibile ad altri", Role::Signal),
    Cue::new("visibili ad altri", Role::Signal),
];

/// People not identified, or too many to follow up (nl).
static UNKNOWN_RECIPIENT_NL: &[Cue] = &[
    Cue::new("alle ontvangers", Role::Signal),
    Cue::new("andere gebruikers", Role::Signal),
    Cue::new("andere klanten", Role::Signal),
    Cue::new("andere ontvangers", Role::Signal),
    Cue::new("andere patienten", Role::Signal),
    Cue::new("derden", Role::Signal),
    Cue::new("zichtbaar voor", Role::Signal),
];

/// One or a few identified people: a misdirected letter or e-mail (en).
static KNOWN_RECIPIENT_EN: &[Cue] = &[
    Cue::new("another client", Role::Signal),
    Cue::new("another customer", Role::Signal),
    Cue::new("another employee", Role::Signal),
    Cue::new("another patient", Role::Signal),
    Cue::new("misdirected", Role::Signal),
    Cue::new("sent by mistake", Role::Signal),
    Cue::new("sent in error", Role::Signal),
    Cue::new("sent to the wrong", Role::Signal),
    Cue::new("wrong address", Role::Signal),
    Cue::new("wrong recipient", Role::Signal),
];

/// One or a few identified people: a misdirected letter or e-mail (de).
static KNOWN_RECIPIENT_DE: &[Cue] = &[
    Cue::new("einem anderen kunden", Role::Signal),
    Cue::new("einem anderen patienten", Role::Signal),
    Cue::new("einen anderen kunden", Role::Signal),
    Cue::new("einer anderen kundin", Role::Signal),
    Cue::new("falsche adresse", Role::Signal),
    Cue::new("falsche empfanger", Role::Signal),
    Cue::new("falschen adresse", Role::Signal),
    Cue::new("falschen empfanger", Role::Signal),
    Cue::new("falscher empfanger", Role::Signal),
    Cue::new("fehlgeleitet*", Role::Signal),
];

/// One or a few identified people: a misdirected letter or e-mail (fr).
static KNOWN_RECIPIENT_FR: &[Cue] = &[
    Cue::new("autre destinataire", Role::Signal),
    Cue::new("mauvais destinataire", Role::Signal),
    Cue::new("mauvaise adresse", Role::Signal),
    Cue::new("un autre client", Role::Signal),
    Cue::new("un autre patient", Role::Signal),
    Cue::new("un autre salarie", Role::Signal),
    Cue::new("une autre cliente", Role::Signal),
];

/// One or a few identified people: a misdirected letter or e-mail (es).
static KNOWN_RECIPIENT_ES: &[Cue] = &[
    Cue::new("destinatario equivocado", Role::Signal),
    Cue::new("destinatario erroneo", Role::Signal),
    Cue::new("direccion equivocada", Role::Signal),
    Cue::new("otra clienta", Role::Signal),
    Cue::new("otro cliente", Role::Signal),
    Cue::new("otro empleado", Role::Signal),
    Cue::new("otro paciente", Role::Signal),
];

/// One or a few identified people: a misdirected letter or e-mail (it).
static KNOWN_RECIPIENT_IT: &[Cue] = &[
    Cue::new("altro cliente", Role::Signal),
    Cue::new("altro destinatario", Role::Signal),
    Cue::new("altro dipendente", Role::Signal),
    Cue::new("altro paziente", Role::Signal),
    Cue::new("destinatario errato", Role::Signal),
    Cue::new("indirizzo errato", Role::Signal),
];

/// One or a few identified people: a misdirected letter or e-mail (nl).
static KNOWN_RECIPIENT_NL: &[Cue] = &[
    Cue::new("andere klant", Role::Signal),
    Cue::new("andere medewerker", Role::Signal),
    Cue::new("andere patient", Role::Signal),
    Cue::new("verkeerd adres", Role::Signal),
    Cue::new("verkeerde adres", Role::Signal),
    Cue::new("verkeerde ontvanger", Role::Signal),
];

/// Staff of the controller without a need to know (en).
static INTERNAL_EN: &[Cue] = &[
    Cue::new("colleagues", Role::Signal),
    Cue::new("internally", Role::Signal),
    Cue::new("within our organisation", Role::Signal),
    Cue::new("within our organization", Role::Signal),
    Cue::new("without a need to know", Role::Signal),
];

/// Staff of the controller without a need to know (de).
static INTERNAL_DE: &[Cue] = &[
    Cue::new("innerhalb des unternehmens", Role::Signal),
    Cue::new("interne mitarbeiter", Role::Signal),
    Cue::new("kollegen", Role::Signal),
    Cue::new("kolleginnen", Role::Signal),
];

/// Staff of the controller without a need to know (fr).
static INTERNAL_FR: &[Cue] = &[
    Cue::new("collegues", Role::Signal),
    Cue::new("en interne", Role::Signal),
];

/// Staff of the controller without a need to know (es).
static INTERNAL_ES: &[Cue] = &[
    Cue::new("companeros de trabajo", Role::Signal),
    Cue::new("internamente", Role::Signal),
];

/// Staff of the controller without a need to know (it).
static INTERNAL_IT: &[Cue] = &[
    Cue::new("colleghi", Role::Signal),
    Cue::new("internamente", Role::Signal),
];

/// Staff of the controller without a need to know (nl).
static INTERNAL_NL: &[Cue] = &[
    Cue::new("collega s", Role::Signal),
    Cue::new("collegas", Role::Signal),
    Cue::new("intern verspreid", Role::Signal),
];
