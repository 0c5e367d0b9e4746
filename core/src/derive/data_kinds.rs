//! Data categories a notice names → contract `data` (Art. 33(3)(a) GDPR requires the
//! categories of data concerned; Art. 9 defines the special categories, Art. 10 criminal
//! data; EDPB Guidelines 9/2022 §II on the severity of each kind).
//!
//! One table per [`DataKind`] and language. `Signal` cues name the category; `Block` cues
//! are look-alikes that cancel the table in their sentence ("password-protected" names a
//! protection, "change your password" is advice). `other` is never derived: a notice's
//! unnamed data stays unknown.

use crate::cue_table;
use crate::elements::{CueTable, CueTables};
use crate::facts::DataKind;

/// The cue tables, one per data kind derived.
pub const CUE_TABLES: &[(DataKind, CueTables)] = &[
    (
        DataKind::Contact,
        CueTables {
            en: CONTACT_EN,
            de: CONTACT_DE,
            fr: CONTACT_FR,
            es: CONTACT_ES,
            it: CONTACT_IT,
            nl: CONTACT_NL,
        },
    ),
    (
        DataKind::Identification,
        CueTables {
            en: IDENTIFICATION_EN,
            de: IDENTIFICATION_DE,
            fr: IDENTIFICATION_FR,
            es: IDENTIFICATION_ES,
            it: IDENTIFICATION_IT,
            nl: IDENTIFICATION_NL,
        },
    ),
    (
        DataKind::Credentials,
        CueTables {
            en: CREDENTIALS_EN,
            de: CREDENTIALS_DE,
            fr: CREDENTIALS_FR,
            es: CREDENTIALS_ES,
            it: CREDENTIALS_IT,
            nl: CREDENTIALS_NL,
        },
    ),
    (
        DataKind::Financial,
        CueTables {
            en: FINANCIAL_EN,
            de: FINANCIAL_DE,
            fr: FINANCIAL_FR,
            es: FINANCIAL_ES,
            it: FINANCIAL_IT,
            nl: FINANCIAL_NL,
        },
    ),
    (
        DataKind::Special,
        CueTables {
            en: SPECIAL_EN,
            de: SPECIAL_DE,
            fr: SPECIAL_FR,
            es: SPECIAL_ES,
            it: SPECIAL_IT,
            nl: SPECIAL_NL,
        },
    ),
    (
        DataKind::Criminal,
        CueTables {
            en: CRIMINAL_EN,
            de: CRIMINAL_DE,
            fr: CRIMINAL_FR,
            es: CRIMINAL_ES,
            it: CRIMINAL_IT,
            nl: CRIMINAL_NL,
        },
    ),
    (
        DataKind::Location,
        CueTables {
            en: LOCATION_EN,
            de: LOCATION_DE,
            fr: LOCATION_FR,
            es: LOCATION_ES,
            it: LOCATION_IT,
            nl: LOCATION_NL,
        },
    ),
    (
        DataKind::Communications,
        CueTables {
            en: COMMUNICATIONS_EN,
            de: COMMUNICATIONS_DE,
            fr: COMMUNICATIONS_FR,
            es: COMMUNICATIONS_ES,
            it: COMMUNICATIONS_IT,
            nl: COMMUNICATIONS_NL,
        },
    ),
    (
        DataKind::Behavioural,
        CueTables {
            en: BEHAVIOURAL_EN,
            de: BEHAVIOURAL_DE,
            fr: BEHAVIOURAL_FR,
            es: BEHAVIOURAL_ES,
            it: BEHAVIOURAL_IT,
            nl: BEHAVIOURAL_NL,
        },
    ),
];

/// The data kind of each member of [`CUE_TABLES`], in its order, without the tables: what
/// run-time code reads (a match's member number picks it), so that no per-table text is
/// linked: the tables are read at compile time, merged into the derive index
/// ([`super::index`]).
pub static TABLES: [DataKind; CUE_TABLES.len()] = super::index::values(CUE_TABLES);

/// Contact data: names, postal and e-mail addresses, phone numbers (en).
const CONTACT_EN: CueTable = cue_table![
    Signal "address",
    Signal "addresses",
    Signal "contact details",
    Signal "date of birth",
    Signal "dates of birth",
    Signal "e mail address*",
    Signal "email address*",
    Signal "first name*",
    Signal "full name*",
    Signal "home address*",
    Signal "mobile number*",
    Signal "names",
    Signal "phone number*",
    Signal "postal address*",
    Signal "surname*",
    Signal "telephone number*",
    Signal "your name",
];

/// Contact data: names, postal and e-mail addresses, phone numbers (de).
const CONTACT_DE: CueTable = cue_table![
    Signal "adresse*",
    Signal "anschrift*",
    Signal "e mail adresse*",
    Signal "emailadresse*",
    Signal "geburtsdaten",
    Signal "geburtsdatum",
    Signal "handynummer*",
    Signal "kontaktdaten",
    Signal "mobilnummer*",
    Signal "nachname*",
    Signal "name",
    Signal "namen",
    Signal "telefonnummer*",
    Signal "vorname*",
];

/// Contact data: names, postal and e-mail addresses, phone numbers (fr).
const CONTACT_FR: CueTable = cue_table![
    Signal "adresse electronique",
    Signal "adresse*",
    Signal "coordonnees",
    Signal "courriel*",
    Signal "date de naissance",
    Signal "dates de naissance",
    Signal "nom",
    Signal "noms",
    Signal "numero de telephone",
    Signal "numeros de telephone",
    Signal "prenom*",
];

/// Contact data: names, postal and e-mail addresses, phone numbers (es).
const CONTACT_ES: CueTable = cue_table![
    Signal "apellido*",
    Signal "correo electronico",
    Signal "datos de contacto",
    Signal "datos identificativos",
    Signal "direccion*",
    Signal "fecha de nacimiento",
    Signal "nombre",
    Signal "nombres",
    Signal "numero de telefono",
    Signal "telefono*",
];

/// Contact data: names, postal and e-mail addresses, phone numbers (it).
const CONTACT_IT: CueTable = cue_table![
    Signal "cognome*",
    Signal "data di nascita",
    Signal "dati anagrafici",
    Signal "dati di contatto",
    Signal "indirizz*",
    Signal "nome",
    Signal "nomi",
    Signal "numeri di telefono",
    Signal "numero di cellulare",
    Signal "numero di telefono",
    Signal "recapit*",
];

/// Contact data: names, postal and e-mail addresses, phone numbers (nl).
const CONTACT_NL: CueTable = cue_table![
    Signal "achternaam",
    Signal "adres",
    Signal "adressen",
    Signal "contactgegevens",
    Signal "e mailadres*",
    Signal "emailadres*",
    Signal "geboortedatum",
    Signal "mailadres*",
    Signal "naam",
    Signal "namen",
    Signal "naw gegevens",
    Signal "telefoonnummer*",
];

/// Identification data: ID documents, national, social-security and tax numbers (en).
const IDENTIFICATION_EN: CueTable = cue_table![
    Signal "driver s licence*",
    Signal "driver s license*",
    Signal "driving licence*",
    Signal "id card*",
    Signal "id document*",
    Signal "identity card*",
    Signal "identity document*",
    Signal "national id",
    Signal "national insurance number*",
    Signal "passport*",
    Signal "pps number*",
    Signal "social security number*",
    Signal "tax id",
    Signal "tax ids",
    Signal "tax number*",
];

/// Identification data: ID documents, national, social-security and tax numbers (de).
const IDENTIFICATION_DE: CueTable = cue_table![
    Signal "ausweis*",
    Signal "ausweiskopie*",
    Signal "ausweisnummer*",
    Signal "fuhrerschein*",
    Signal "personalausweis*",
    Signal "reisepass*",
    Signal "sozialversicherungsnummer*",
    Signal "steuer id",
    Signal "steueridentifikationsnummer*",
    Signal "steuernummer*",
];

/// Identification data: ID documents, national, social-security and tax numbers (fr).
const IDENTIFICATION_FR: CueTable = cue_table![
    Signal "carte d identite",
    Signal "cartes d identite",
    Signal "nir",
    Signal "numero de securite sociale",
    Signal "numero fiscal",
    Signal "numeros de securite sociale",
    Signal "passeport*",
    Signal "permis de conduire",
    Signal "piece d identite",
    Signal "pieces d identite",
];

/// Identification data: ID documents, national, social-security and tax numbers (es).
const IDENTIFICATION_ES: CueTable = cue_table![
    Signal "dni",
    Signal "documento de identidad",
    Signal "documentos de identidad",
    Signal "nie",
    Signal "nif",
    Signal "numero de afiliacion",
    Signal "numero de la seguridad social",
    Signal "pasaporte*",
];

/// Identification data: ID documents, national, social-security and tax numbers (it).
const IDENTIFICATION_IT: CueTable = cue_table![
    Signal "carta d identita",
    Signal "carte d identita",
    Signal "codice fiscale",
    Signal "codici fiscali",
    Signal "documenti d identita",
    Signal "documento d identita",
    Signal "documento di identita",
    Signal "passaport*",
    Signal "patente",
    Signal "patenti",
];

/// Identification data: ID documents, national, social-security and tax numbers (nl).
const IDENTIFICATION_NL: CueTable = cue_table![
    Signal "bsn",
    Signal "burgerservicenummer*",
    Signal "id kaart*",
    Signal "identiteitsbewijs*",
    Signal "identiteitskaart*",
    Signal "kopie id",
    Signal "kopieen van id",
    Signal "paspoort*",
    Signal "rijbewijs*",
];

/// Credentials: passwords, PINs, security answers, login data (en).
const CREDENTIALS_EN: CueTable = cue_table![
    Signal "access code*",
    Block "ask for",
    Block "asking for",
    Block "asks for",
    Signal "authentication code*",
    Block "change your password",
    Signal "credentials",
    Block "have changed",
    Signal "login credentials",
    Signal "login details",
    Block "never ask",
    Block "new password",
    Signal "passcode*",
    Block "password protected",
    Signal "password*",
    Signal "pin",
    Signal "pin code*",
    Signal "pins",
    Block "reset",
    Block "reset your password",
    Signal "security answer*",
    Signal "security question*",
    Block "were changed",
    Block "without a password",
    Block "without password",
];

/// Credentials: passwords, PINs, security answers, login data (de).
const CREDENTIALS_DE: CueTable = cue_table![
    Block "andern sie ihr passwort",
    Signal "anmeldedaten",
    Block "erhalten sie",
    Block "fragen nach",
    Block "fragt nach",
    Block "geandert",
    Signal "kennwort*",
    Block "kennwortgeschutzt",
    Signal "login daten",
    Block "neues passwort",
    Block "niemals",
    Block "ohne passwort",
    Block "passwort geschutzt",
    Signal "passwort*",
    Block "passwortgeschutzt",
    Signal "pin",
    Signal "sicherheitsfrage*",
    Signal "zugangsdaten",
    Block "zuruckgesetzt",
];

/// Credentials: passwords, PINs, security answers, login data (fr).
const CREDENTIALS_FR: CueTable = cue_table![
    Block "changer votre mot de passe",
    Signal "code d acces",
    Signal "code pin",
    Signal "codes d acces",
    Signal "codes pin",
    Block "demande",
    Block "demander",
    Signal "identifiants",
    Signal "identifiants de connexion",
    Block "jamais",
    Block "modifie",
    Block "modifier votre mot de passe",
    Block "modifies",
    Signal "mot de passe",
    Signal "mots de passe",
    Block "nouveau mot de passe",
    Block "protege par mot de passe",
    Block "protegee par mot de passe",
    Block "proteges par mot de passe",
    Signal "question secrete",
    Signal "questions secretes",
    Block "reinitialis*",
    Block "sans mot de passe",
];

/// Credentials: passwords, PINs, security answers, login data (es).
const CREDENTIALS_ES: CueTable = cue_table![
    Block "cambiad*",
    Block "cambiado",
    Block "cambie su contrasena",
    Signal "clave de acceso",
    Signal "claves",
    Signal "claves de acceso",
    Signal "codigo de acceso",
    Signal "codigos de acceso",
    Signal "codigos de seguridad",
    Signal "contrasena*",
    Signal "credenciales",
    Block "nueva contrasena",
    Block "nunca",
    Block "obtener",
    Block "pedira",
    Block "pida",
    Signal "pin",
    Signal "pregunta de seguridad",
    Block "protegido con contrasena",
    Block "protegido por contrasena",
    Block "protegidos con contrasena",
    Block "restablec*",
    Block "sin contrasena",
    Block "solicit*",
];

/// Credentials: passwords, PINs, security answers, login data (it).
const CREDENTIALS_IT: CueTable = cue_table![
    Block "cambi la password",
    Block "cambiare la password",
    Block "cambiat*",
    Block "chiede",
    Block "chiedera",
    Block "chiedere",
    Signal "codice di accesso",
    Signal "codice pin",
    Signal "codici di accesso",
    Signal "credenziali",
    Signal "domanda di sicurezza",
    Block "mai",
    Block "modificare la password",
    Block "modificat*",
    Block "nuova password",
    Signal "password",
    Signal "pin",
    Block "protett* da password",
    Block "reimpostat*",
    Block "senza password",
];

/// Credentials: passwords, PINs, security answers, login data (nl).
const CREDENTIALS_NL: CueTable = cue_table![
    Signal "beveiligingsvra*",
    Block "gereset",
    Block "gewijzigd",
    Signal "inloggegevens",
    Block "met een wachtwoord beveiligd",
    Block "nieuw wachtwoord",
    Block "nooit",
    Block "opnieuw ingesteld",
    Signal "pin",
    Signal "pincode*",
    Signal "toegangscode*",
    Block "vraagt",
    Block "vragen om",
    Block "wachtwoord beveiligd",
    Signal "wachtwoord*",
    Block "wijzig je wachtwoord",
    Block "wijzig uw wachtwoord",
    Block "zonder wachtwoord",
];

/// Financial data: bank account, IBAN, card, salary, income (en).
const FINANCIAL_EN: CueTable = cue_table![
    Signal "account number*",
    Signal "bank account*",
    Signal "bank details",
    Signal "bank statement*",
    Signal "card details",
    Signal "card number*",
    Signal "credit card*",
    Signal "debit card*",
    Signal "iban*",
    Signal "income",
    Signal "payment card*",
    Signal "payment details",
    Signal "payslip*",
    Signal "salaries",
    Signal "salary",
    Signal "sort code*",
    Signal "transaction history",
];

/// Financial data: bank account, IBAN, card, salary, income (de).
const FINANCIAL_DE: CueTable = cue_table![
    Signal "bankdaten",
    Signal "bankverbindung*",
    Signal "bruttogehalt*",
    Signal "einkommen*",
    Signal "gehalt*",
    Signal "gehaltsabrechnung*",
    Signal "iban",
    Signal "kartennummer*",
    Signal "kontoauszug*",
    Signal "kontodaten",
    Signal "kontonummer*",
    Signal "kreditkarte*",
    Signal "lohnabrechnung*",
    Signal "zahlungsdaten",
];

/// Financial data: bank account, IBAN, card, salary, income (fr).
const FINANCIAL_FR: CueTable = cue_table![
    Signal "bulletin de paie",
    Signal "bulletin de salaire",
    Signal "bulletins de paie",
    Signal "carte bancaire",
    Signal "cartes bancaires",
    Signal "coordonnees bancaires",
    Signal "donnees bancaires",
    Signal "iban",
    Signal "numero de carte",
    Signal "numeros de carte",
    Signal "revenu*",
    Signal "rib",
    Signal "salaire*",
];

/// Financial data: bank account, IBAN, card, salary, income (es).
const FINANCIAL_ES: CueTable = cue_table![
    Signal "cuenta bancaria",
    Signal "cuentas bancarias",
    Signal "datos bancarios",
    Signal "iban",
    Signal "importes de facturas",
    Signal "ingresos",
    Signal "nomina*",
    Signal "numero de cuenta",
    Signal "numeros de cuenta",
    Signal "salario*",
    Signal "tarjeta*",
];

/// Financial data: bank account, IBAN, card, salary, income (it).
const FINANCIAL_IT: CueTable = cue_table![
    Signal "busta paga",
    Signal "buste paga",
    Signal "carta di credito",
    Signal "carte di credito",
    Signal "conti correnti",
    Signal "conto corrente",
    Signal "coordinate bancarie",
    Signal "dati bancari",
    Signal "estratt* conto",
    Signal "iban",
    Signal "movimenti",
    Signal "numero di carta",
    Signal "reddit*",
    Signal "saldi",
    Signal "saldo",
    Signal "stipendi*",
];

/// Financial data: bank account, IBAN, card, salary, income (nl).
const FINANCIAL_NL: CueTable = cue_table![
    Signal "bankgegevens",
    Signal "bankrekening*",
    Signal "betaalgegevens",
    Signal "creditcard*",
    Signal "giftbedrag*",
    Signal "iban",
    Signal "inkomen*",
    Signal "loonstro*",
    Signal "rekeningnummer*",
    Signal "salaris*",
];

/// Special categories (Art. 9 GDPR): health, beliefs, origin, sex life, union, biometrics (en).
const SPECIAL_EN: CueTable = cue_table![
    Signal "biometric*",
    Signal "diagnos*",
    Signal "disabilit*",
    Signal "ethnic*",
    Signal "genetic*",
    Signal "health",
    Signal "hiv",
    Signal "medical",
    Signal "philosophical belief*",
    Signal "political opinion*",
    Signal "racial",
    Signal "religio*",
    Signal "sex life",
    Signal "sexual orientation",
    Signal "trade union*",
];

/// Special categories (Art. 9 GDPR): health, beliefs, origin, sex life, union, biometrics (de).
const SPECIAL_DE: CueTable = cue_table![
    Signal "befund*",
    Signal "behinderung*",
    Signal "biometrisch*",
    Signal "diagnose*",
    Signal "ethnisch*",
    Signal "genetisch*",
    Signal "gesundheit*",
    Signal "gewerkschaft*",
    Signal "hiv",
    Signal "konfession*",
    Signal "krankheit*",
    Signal "medizinisch*",
    Signal "politische meinung*",
    Signal "religion*",
    Signal "religionszugehorigkeit",
    Signal "sexuelle orientierung",
];

/// Special categories (Art. 9 GDPR): health, beliefs, origin, sex life, union, biometrics (fr).
const SPECIAL_FR: CueTable = cue_table![
    Signal "biometrique*",
    Signal "diagnostic*",
    Signal "dossier medical",
    Signal "dossiers medicaux",
    Signal "ethnique*",
    Signal "genetique*",
    Signal "handicap*",
    Signal "medical*",
    Signal "medicale*",
    Signal "opinions politiques",
    Signal "orientation sexuelle",
    Signal "pathologie*",
    Signal "religi*",
    Signal "sante",
    Signal "syndica*",
    Signal "vih",
];

/// Special categories (Art. 9 GDPR): health, beliefs, origin, sex life, union, biometrics (es).
const SPECIAL_ES: CueTable = cue_table![
    Signal "biometric*",
    Signal "diagnostic*",
    Signal "discapacidad*",
    Signal "etnic*",
    Signal "genetic*",
    Signal "historia clinica",
    Signal "historial medico",
    Signal "medic*",
    Signal "opiniones politicas",
    Signal "orientacion sexual",
    Signal "religio*",
    Signal "salud",
    Signal "sindical*",
    Signal "vih",
];

/// Special categories (Art. 9 GDPR): health, beliefs, origin, sex life, union, biometrics (it).
const SPECIAL_IT: CueTable = cue_table![
    Signal "biometric*",
    Signal "cartella clinica",
    Signal "cartelle cliniche",
    Signal "dati sanitari",
    Signal "diagnos*",
    Signal "disabilita",
    Signal "etnic*",
    Signal "genetic*",
    Signal "hiv",
    Signal "lettere di dimissione",
    Signal "medic*",
    Signal "opinioni politiche",
    Signal "orientamento sessuale",
    Signal "referti",
    Signal "referto",
    Signal "religione",
    Signal "religios*",
    Signal "salute",
    Signal "sindacal*",
];

/// Special categories (Art. 9 GDPR): health, beliefs, origin, sex life, union, biometrics (nl).
const SPECIAL_NL: CueTable = cue_table![
    Signal "biometrisch*",
    Signal "diagnose*",
    Signal "etnisch*",
    Signal "genetisch*",
    Signal "gezondheid*",
    Signal "godsdienst*",
    Signal "handicap*",
    Signal "hiv",
    Signal "levensbeschouwelijk*",
    Signal "medisch*",
    Signal "patientendossier*",
    Signal "patientgegevens",
    Signal "politieke voorkeur*",
    Signal "religie*",
    Signal "seksuele geaardheid",
    Signal "seksuele orientatie",
    Signal "vakbond*",
];

/// Criminal convictions and offences (Art. 10 GDPR) (en).
const CRIMINAL_EN: CueTable = cue_table![
    Signal "convictions",
    Signal "criminal conviction*",
    Signal "criminal offence*",
    Signal "criminal record*",
    Signal "offences",
];

/// Criminal convictions and offences (Art. 10 GDPR) (de).
const CRIMINAL_DE: CueTable = cue_table![
    Signal "fuhrungszeugnis*",
    Signal "strafrechtliche verurteilung*",
    Signal "strafregister*",
    Signal "straftaten",
    Signal "vorstrafe*",
];

/// Criminal convictions and offences (Art. 10 GDPR) (fr).
const CRIMINAL_FR: CueTable = cue_table![
    Signal "casier judiciaire",
    Signal "casiers judiciaires",
    Signal "condamnations penales",
    Signal "infractions penales",
];

/// Criminal convictions and offences (Art. 10 GDPR) (es).
const CRIMINAL_ES: CueTable = cue_table![
    Signal "antecedentes penales",
    Signal "condenas penales",
    Signal "infracciones penales",
];

/// Criminal convictions and offences (Art. 10 GDPR) (it).
const CRIMINAL_IT: CueTable = cue_table![
    Signal "casellario giudiziale",
    Signal "condanne penali",
    Signal "precedenti penali",
    Signal "reati",
];

/// Criminal convictions and offences (Art. 10 GDPR) (nl).
const CRIMINAL_NL: CueTable = cue_table![
    Signal "justitiele gegevens",
    Signal "strafblad*",
    Signal "strafrechtelijke gegevens",
    Signal "verklaring omtrent het gedrag",
    Signal "veroordeling*",
];

/// Location data (en).
const LOCATION_EN: CueTable = cue_table![
    Signal "approximate location",
    Signal "geolocation",
    Signal "gps",
    Signal "location data",
    Signal "location history",
    Signal "precise location",
    Signal "whereabouts",
];

/// Location data (de).
const LOCATION_DE: CueTable = cue_table![
    Signal "aufenthaltsort*",
    Signal "bewegungsdaten",
    Signal "geolokalisierung",
    Signal "gps",
    Signal "standort*",
    Signal "standortdaten",
];

/// Location data (fr).
const LOCATION_FR: CueTable = cue_table![
    Signal "donnees de localisation",
    Signal "geolocalisation",
    Signal "gps",
    Signal "localisation",
];

/// Location data (es).
const LOCATION_ES: CueTable = cue_table![
    Signal "geolocalizacion",
    Signal "gps",
    Signal "localizacion",
    Signal "ubicacion",
];

/// Location data (it).
const LOCATION_IT: CueTable = cue_table![
    Signal "dati di localizzazione",
    Signal "dati di posizione",
    Signal "geolocalizzazione",
    Signal "gps",
    Signal "posizione",
];

/// Location data (nl).
const LOCATION_NL: CueTable = cue_table![
    Signal "gps",
    Signal "locatie*",
    Signal "locatiegegevens",
    Signal "verblijfplaats",
];

/// Content of communications: messages, mailboxes, correspondence (en).
const COMMUNICATIONS_EN: CueTable = cue_table![
    Block "appear to come from",
    Signal "chat messages",
    Signal "contents of your messages",
    Signal "correspondence",
    Signal "e mail content*",
    Signal "email content*",
    Block "fake",
    Signal "mailbox",
    Signal "mailboxes",
    Signal "message content*",
    Block "phishing",
    Signal "private messages",
    Block "scam",
    Signal "your messages",
];

/// Content of communications: messages, mailboxes, correspondence (de).
const COMMUNICATIONS_DE: CueTable = cue_table![
    Block "betrug*",
    Signal "chatverlauf*",
    Block "gefalscht*",
    Signal "ihre nachrichten",
    Signal "korrespondenz",
    Signal "nachrichteninhalt*",
    Block "phishing*",
    Signal "postfach",
    Signal "postfacher",
    Signal "private nachrichten",
    Signal "schriftverkehr",
];

/// Content of communications: messages, mailboxes, correspondence (fr).
const COMMUNICATIONS_FR: CueTable = cue_table![
    Signal "boite mail",
    Signal "boites mail",
    Signal "contenu de vos messages",
    Signal "correspondance*",
    Block "frauduleu*",
    Block "hameconnage",
    Signal "messages prives",
    Block "phishing",
    Signal "vos messages",
];

/// Content of communications: messages, mailboxes, correspondence (es).
const COMMUNICATIONS_ES: CueTable = cue_table![
    Signal "buzon*",
    Signal "contenido de los mensajes",
    Signal "correspondencia",
    Block "falsas",
    Block "falsos",
    Block "fraudulent*",
    Signal "mensajes privados",
    Block "phishing",
    Signal "sus mensajes",
];

/// Content of communications: messages, mailboxes, correspondence (it).
const COMMUNICATIONS_IT: CueTable = cue_table![
    Signal "casella di posta",
    Signal "caselle di posta",
    Signal "contenuto dei messaggi",
    Signal "corrispondenza",
    Block "falsi",
    Signal "i suoi messaggi",
    Signal "messaggi privati",
    Block "phishing",
    Block "truffa*",
];

/// Content of communications: messages, mailboxes, correspondence (nl).
const COMMUNICATIONS_NL: CueTable = cue_table![
    Signal "chatberichten",
    Signal "correspondentie",
    Signal "inhoud van berichten",
    Signal "je berichten",
    Signal "mailbox*",
    Block "nep*",
    Block "oplichting",
    Block "phishing*",
    Signal "priveberichten",
    Signal "uw berichten",
];

/// Behavioural data: purchase, order and browsing history, habits, preferences (en).
const BEHAVIOURAL_EN: CueTable = cue_table![
    Signal "activities",
    Signal "activity data",
    Signal "browsing history",
    Signal "habits",
    Signal "order history",
    Block "political",
    Signal "preferences",
    Signal "purchase history",
    Signal "relationship preferences",
    Block "religious",
];

/// Behavioural data: purchase, order and browsing history, habits, preferences (de).
const BEHAVIOURAL_DE: CueTable = cue_table![
    Signal "bestellhistorie",
    Signal "gewohnheiten",
    Signal "kaufhistorie",
    Signal "nutzungsverhalten",
    Block "politisch*",
    Block "religios*",
    Signal "surfverhalten",
    Signal "vorlieben",
];

/// Behavioural data: purchase, order and browsing history, habits, preferences (fr).
const BEHAVIOURAL_FR: CueTable = cue_table![
    Signal "habitudes",
    Signal "historique d achat*",
    Signal "historique de navigation",
    Signal "historique des commandes",
    Block "politique*",
    Signal "preferences",
    Block "religieu*",
];

/// Behavioural data: purchase, order and browsing history, habits, preferences (es).
const BEHAVIOURAL_ES: CueTable = cue_table![
    Signal "habitos",
    Signal "historial de compras",
    Signal "historial de navegacion",
    Signal "historial de pedidos",
    Block "politic*",
    Signal "preferencias",
    Block "religios*",
];

/// Behavioural data: purchase, order and browsing history, habits, preferences (it).
const BEHAVIOURAL_IT: CueTable = cue_table![
    Signal "abitudini",
    Signal "cronologia",
    Block "politic*",
    Signal "preferenze",
    Block "religios*",
    Signal "storico degli acquisti",
];

/// Behavioural data: purchase, order and browsing history, habits, preferences (nl).
const BEHAVIOURAL_NL: CueTable = cue_table![
    Signal "aankoopgeschiedenis",
    Signal "bestelgeschiedenis",
    Signal "gewoonten",
    Block "levensbeschouwelijk*",
    Block "politiek*",
    Signal "surfgedrag",
    Signal "voorkeuren",
];
