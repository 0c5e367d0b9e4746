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

use crate::cue_table;
use crate::elements::{CueTable, CueTables};
use crate::facts::Exposure;

/// The cue tables, one per exposure value derived.
pub const CUE_TABLES: &[(Exposure, CueTables)] = &[
    (
        Exposure::Public,
        CueTables {
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
        CueTables {
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
        CueTables {
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
        CueTables {
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
        CueTables {
            en: INTERNAL_EN,
            de: INTERNAL_DE,
            fr: INTERNAL_FR,
            es: INTERNAL_ES,
            it: INTERNAL_IT,
            nl: INTERNAL_NL,
        },
    ),
];

/// The exposure value of each member of [`CUE_TABLES`], in its order, without the tables: what
/// run-time code reads (a match's member number picks it), so that no per-table text is
/// linked: the tables are read at compile time, merged into the derive index
/// ([`super::index`]).
pub static TABLES: [Exposure; CUE_TABLES.len()] = super::index::values(CUE_TABLES);

/// Published: anyone could see it (en).
const PUBLIC_EN: CueTable = cue_table![
    Signal "anyone could",
    Signal "made public",
    Signal "on the internet",
    Signal "posted online",
    Signal "public area",
    Signal "public website",
    Signal "publicly",
    Signal "published",
    Signal "search engine*",
];

/// Published: anyone could see it (de).
const PUBLIC_DE: CueTable = cue_table![
    Signal "fur jedermann",
    Signal "im internet",
    Signal "offentlich einsehbar",
    Signal "offentlich zuganglich",
    Signal "offentlichen bereich",
    Signal "suchmaschine*",
    Signal "veroffentlicht",
];

/// Published: anyone could see it (fr).
const PUBLIC_FR: CueTable = cue_table![
    Signal "accessible au public",
    Signal "accessibles au public",
    Signal "mis en ligne",
    Signal "mise en ligne",
    Signal "moteur de recherche",
    Signal "moteurs de recherche",
    Signal "publie",
    Signal "publiee",
    Signal "publiees",
    Signal "publies",
    Signal "publiquement",
    Signal "sur internet",
];

/// Published: anyone could see it (es).
const PUBLIC_ES: CueTable = cue_table![
    Signal "accesible al publico",
    Signal "accesibles al publico",
    Signal "buscador*",
    Signal "en internet",
    Signal "motores de busqueda",
    Signal "publicad*",
    Signal "publicamente",
];

/// Published: anyone could see it (it).
const PUBLIC_IT: CueTable = cue_table![
    Signal "accessibile al pubblico",
    Signal "accessibili al pubblico",
    Signal "motore di ricerca",
    Signal "motori di ricerca",
    Signal "pubblicamente",
    Signal "pubblicat*",
    Signal "su internet",
];

/// Published: anyone could see it (nl).
const PUBLIC_NL: CueTable = cue_table![
    Signal "gepubliceerd",
    Signal "online gezet",
    Signal "op internet",
    Signal "openbaar",
    Signal "voor iedereen",
    Signal "zoekmachine*",
];

/// An attacker, criminal or thief (en).
const MALICIOUS_ACTOR_EN: CueTable = cue_table![
    Signal "attacker*",
    Signal "criminals",
    Signal "cybercriminal*",
    Signal "fraudster*",
    Signal "hacker*",
    Block "identity theft",
    Signal "malicious",
    Signal "stolen",
    Signal "theft",
    Signal "thief",
    Signal "thieves",
    Signal "unknown third party",
];

/// An attacker, criminal or thief (de).
const MALICIOUS_ACTOR_DE: CueTable = cue_table![
    Signal "angreifer*",
    Signal "dieb",
    Signal "diebe",
    Signal "diebstahl",
    Signal "entwendet",
    Signal "gestohlen",
    Signal "hacker*",
    Signal "kriminelle*",
    Signal "tater",
];

/// An attacker, criminal or thief (fr).
const MALICIOUS_ACTOR_FR: CueTable = cue_table![
    Signal "attaquant*",
    Signal "criminel*",
    Signal "cybercriminel*",
    Signal "malveillant*",
    Signal "pirate*",
    Signal "vol d",
    Block "vol d identite",
    Signal "vol de",
    Signal "vol des",
    Signal "vol du",
    Signal "vole",
    Signal "volee",
    Signal "volees",
    Signal "voles",
    Signal "voleur*",
];

/// An attacker, criminal or thief (es).
const MALICIOUS_ACTOR_ES: CueTable = cue_table![
    Signal "atacante*",
    Signal "ciberdelincuente*",
    Signal "delincuente*",
    Signal "hacker*",
    Signal "ladron*",
    Signal "pirata*",
    Signal "robad*",
    Signal "robo",
    Block "robo de identidad",
];

/// An attacker, criminal or thief (it).
const MALICIOUS_ACTOR_IT: CueTable = cue_table![
    Signal "attaccant*",
    Signal "criminal*",
    Signal "furto",
    Block "furto d identita",
    Block "furto di identita",
    Signal "hacker",
    Signal "ladr*",
    Signal "malintenzionat*",
    Signal "pirat*",
    Signal "rubat*",
];

/// An attacker, criminal or thief (nl).
const MALICIOUS_ACTOR_NL: CueTable = cue_table![
    Signal "aanvaller*",
    Signal "criminel*",
    Signal "dief",
    Signal "diefstal",
    Signal "dieven",
    Signal "gestolen",
    Signal "hacker*",
    Signal "kwaadwillend*",
];

/// People not identified, or too many to follow up (en).
const UNKNOWN_RECIPIENT_EN: CueTable = cue_table![
    Signal "all recipients",
    Block "another customer",
    Signal "could be seen by",
    Signal "other customers",
    Signal "other patients",
    Signal "other people",
    Signal "other recipients",
    Signal "other users",
    Signal "third parties",
    Signal "viewed by",
    Signal "visible to",
];

/// People not identified, or too many to follow up (de).
const UNKNOWN_RECIPIENT_DE: CueTable = cue_table![
    Signal "alle empfanger",
    Signal "alle empfangerinnen",
    Signal "andere empfanger",
    Signal "andere kunden",
    Signal "andere nutzer",
    Signal "andere nutzerinnen",
    Signal "anderen empfangern",
    Signal "anderen kunden",
    Signal "anderen nutzern",
    Signal "dritte",
    Signal "dritten",
    Block "einem anderen kunden",
    Block "einen anderen kunden",
    Block "einer anderen kundin",
    Signal "sichtbar fur",
];

/// People not identified, or too many to follow up (fr).
const UNKNOWN_RECIPIENT_FR: CueTable = cue_table![
    Signal "autres clients",
    Signal "autres destinataires",
    Signal "autres patients",
    Signal "autres usagers",
    Signal "autres utilisateurs",
    Signal "tiers",
    Signal "tous les destinataires",
    Signal "visible par",
    Signal "visible pour",
    Signal "visibles par",
    Signal "visibles pour",
];

/// People not identified, or too many to follow up (es).
const UNKNOWN_RECIPIENT_ES: CueTable = cue_table![
    Signal "otros clientes",
    Signal "otros destinatarios",
    Signal "otros pacientes",
    Signal "otros usuarios",
    Signal "terceros",
    Signal "todos los destinatarios",
    Signal "visible para",
    Signal "visibles para",
];

/// People not identified, or too many to follow up (it).
const UNKNOWN_RECIPIENT_IT: CueTable = cue_table![
    Signal "altri clienti",
    Signal "altri destinatari",
    Signal "altri pazienti",
    Signal "altri utenti",
    Signal "terzi",
    Signal "tutti i destinatari",
    Signal "visibile ad altri",
    Signal "visibili ad altri",
];

/// People not identified, or too many to follow up (nl).
const UNKNOWN_RECIPIENT_NL: CueTable = cue_table![
    Signal "alle ontvangers",
    Signal "andere gebruikers",
    Signal "andere klanten",
    Signal "andere ontvangers",
    Signal "andere patienten",
    Signal "derden",
    Signal "zichtbaar voor",
];

/// One or a few identified people: a misdirected letter or e-mail (en).
const KNOWN_RECIPIENT_EN: CueTable = cue_table![
    Signal "another client",
    Signal "another customer",
    Signal "another employee",
    Signal "another patient",
    Signal "misdirected",
    Signal "sent by mistake",
    Signal "sent in error",
    Signal "sent to the wrong",
    Signal "wrong address",
    Signal "wrong recipient",
];

/// One or a few identified people: a misdirected letter or e-mail (de).
const KNOWN_RECIPIENT_DE: CueTable = cue_table![
    Signal "einem anderen kunden",
    Signal "einem anderen patienten",
    Signal "einen anderen kunden",
    Signal "einer anderen kundin",
    Signal "falsche adresse",
    Signal "falsche empfanger",
    Signal "falschen adresse",
    Signal "falschen empfanger",
    Signal "falscher empfanger",
    Signal "fehlgeleitet*",
];

/// One or a few identified people: a misdirected letter or e-mail (fr).
const KNOWN_RECIPIENT_FR: CueTable = cue_table![
    Signal "autre destinataire",
    Signal "mauvais destinataire",
    Signal "mauvaise adresse",
    Signal "un autre client",
    Signal "un autre patient",
    Signal "un autre salarie",
    Signal "une autre cliente",
];

/// One or a few identified people: a misdirected letter or e-mail (es).
const KNOWN_RECIPIENT_ES: CueTable = cue_table![
    Signal "destinatario equivocado",
    Signal "destinatario erroneo",
    Signal "direccion equivocada",
    Signal "otra clienta",
    Signal "otro cliente",
    Signal "otro empleado",
    Signal "otro paciente",
];

/// One or a few identified people: a misdirected letter or e-mail (it).
const KNOWN_RECIPIENT_IT: CueTable = cue_table![
    Signal "altro cliente",
    Signal "altro destinatario",
    Signal "altro dipendente",
    Signal "altro paziente",
    Signal "destinatario errato",
    Signal "indirizzo errato",
];

/// One or a few identified people: a misdirected letter or e-mail (nl).
const KNOWN_RECIPIENT_NL: CueTable = cue_table![
    Signal "andere klant",
    Signal "andere medewerker",
    Signal "andere patient",
    Signal "verkeerd adres",
    Signal "verkeerde adres",
    Signal "verkeerde ontvanger",
];

/// Staff of the controller without a need to know (en).
const INTERNAL_EN: CueTable = cue_table![
    Signal "colleagues",
    Signal "internally",
    Signal "within our organisation",
    Signal "within our organization",
    Signal "without a need to know",
];

/// Staff of the controller without a need to know (de).
const INTERNAL_DE: CueTable = cue_table![
    Signal "innerhalb des unternehmens",
    Signal "interne mitarbeiter",
    Signal "kollegen",
    Signal "kolleginnen",
];

/// Staff of the controller without a need to know (fr).
const INTERNAL_FR: CueTable = cue_table![
    Signal "collegues",
    Signal "en interne",
];

/// Staff of the controller without a need to know (es).
const INTERNAL_ES: CueTable = cue_table![
    Signal "companeros de trabajo",
    Signal "internamente",
];

/// Staff of the controller without a need to know (it).
const INTERNAL_IT: CueTable = cue_table![
    Signal "colleghi",
    Signal "internamente",
];

/// Staff of the controller without a need to know (nl).
const INTERNAL_NL: CueTable = cue_table![
    Signal "collega s",
    Signal "collegas",
    Signal "intern verspreid",
];
