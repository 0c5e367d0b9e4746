//! Data categories a notice names → contract `data` (Art. 33(3)(a) GDPR requires the
//! categories of data concerned; Art. 9 defines the special categories, Art. 10 criminal
//! data; EDPB Guidelines 9/2022 §II on the severity of each kind).
//!
//! One table per [`DataKind`] and language. `Signal` cues name the category; `Block` cues
//! are look-alikes that cancel the table in their sentence ("password-protected" names a
//! protection, "change your password" is advice). `other` is never derived: a notice's
//! unnamed data stays unknown.

use crate::elements::{Cue, Cues, Role};
use crate::facts::DataKind;

/// The cue tables, one per data kind derived.
pub static TABLES: &[(DataKind, Cues)] = &[
    (
        DataKind::Contact,
        Cues {
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
        Cues {
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
        Cues {
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
        Cues {
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
        Cues {
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
        Cues {
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
        Cues {
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
        Cues {
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
        Cues {
            en: BEHAVIOURAL_EN,
            de: BEHAVIOURAL_DE,
            fr: BEHAVIOURAL_FR,
            es: BEHAVIOURAL_ES,
            it: BEHAVIOURAL_IT,
            nl: BEHAVIOURAL_NL,
        },
    ),
];

/// Contact data: names, postal and e-mail addresses, phone numbers (en).
static CONTACT_EN: &[Cue] = &[
    Cue::new("address", Role::Signal),
    Cue::new("addresses", Role::Signal),
    Cue::new("contact details", Role::Signal),
    Cue::new("date of birth", Role::Signal),
    Cue::new("dates of birth", Role::Signal),
    Cue::new("e mail address*", Role::Signal),
    Cue::new("email address*", Role::Signal),
    Cue::new("first name*", Role::Signal),
    Cue::new("full name*", Role::Signal),
    Cue::new("home address*", Role::Signal),
    Cue::new("mobile number*", Role::Signal),
    Cue::new("names", Role::Signal),
    Cue::new("phone number*", Role::Signal),
    Cue::new("postal address*", Role::Signal),
    Cue::new("surname*", Role::Signal),
    Cue::new("telephone number*", Role::Signal),
    Cue::new("your name", Role::Signal),
];

/// Contact data: names, postal and e-mail addresses, phone numbers (de).
static CONTACT_DE: &[Cue] = &[
    Cue::new("adresse*", Role::Signal),
    Cue::new("anschrift*", Role::Signal),
    Cue::new("e mail adresse*", Role::Signal),
    Cue::new("emailadresse*", Role::Signal),
    Cue::new("geburtsdaten", Role::Signal),
    Cue::new("geburtsdatum", Role::Signal),
    Cue::new("handynummer*", Role::Signal),
    Cue::new("kontaktdaten", Role::Signal),
    Cue::new("mobilnummer*", Role::Signal),
    Cue::new("nachname*", Role::Signal),
    Cue::new("name", Role::Signal),
    Cue::new("namen", Role::Signal),
    Cue::new("telefonnummer*", Role::Signal),
    Cue::new("vorname*", Role::Signal),
];

/// Contact data: names, postal and e-mail addresses, phone numbers (fr).
static CONTACT_FR: &[Cue] = &[
    Cue::new("adresse electronique", Role::Signal),
    Cue::new("adresse*", Role::Signal),
    Cue::new("coordonnees", Role::Signal),
    Cue::new("courriel*", Role::Signal),
    Cue::new("date de naissance", Role::Signal),
    Cue::new("dates de naissance", Role::Signal),
    Cue::new("nom", Role::Signal),
    Cue::new("noms", Role::Signal),
    Cue::new("numero de telephone", Role::Signal),
    Cue::new("numeros de telephone", Role::Signal),
    Cue::new("prenom*", Role::Signal),
];

/// Contact data: names, postal and e-mail addresses, phone numbers (es).
static CONTACT_ES: &[Cue] = &[
    Cue::new("apellido*", Role::Signal),
    Cue::new("correo electronico", Role::Signal),
    Cue::new("datos de contacto", Role::Signal),
    Cue::new("datos identificativos", Role::Signal),
    Cue::new("direccion*", Role::Signal),
    Cue::new("fecha de nacimiento", Role::Signal),
    Cue::new("nombre", Role::Signal),
    Cue::new("nombres", Role::Signal),
    Cue::new("numero de telefono", Role::Signal),
    Cue::new("telefono*", Role::Signal),
];

/// Contact data: names, postal and e-mail addresses, phone numbers (it).
static CONTACT_IT: &[Cue] = &[
    Cue::new("cognome*", Role::Signal),
    Cue::new("data di nascita", Role::Signal),
    Cue::new("dati anagrafici", Role::Signal),
    Cue::new("dati di contatto", Role::Signal),
    Cue::new("indirizz*", Role::Signal),
    Cue::new("nome", Role::Signal),
    Cue::new("nomi", Role::Signal),
    Cue::new("numeri di telefono", Role::Signal),
    Cue::new("numero di cellulare", Role::Signal),
    Cue::new("numero di telefono", Role::Signal),
    Cue::new("recapit*", Role::Signal),
];

/// Contact data: names, postal and e-mail addresses, phone numbers (nl).
static CONTACT_NL: &[Cue] = &[
    Cue::new("achternaam", Role::Signal),
    Cue::new("adres", Role::Signal),
    Cue::new("adressen", Role::Signal),
    Cue::new("contactgegevens", Role::Signal),
    Cue::new("e mailadres*", Role::Signal),
    Cue::new("emailadres*", Role::Signal),
    Cue::new("geboortedatum", Role::Signal),
    Cue::new("mailadres*", Role::Signal),
    Cue::new("naam", Role::Signal),
    Cue::new("namen", Role::Signal),
    Cue::new("naw gegevens", Role::Signal),
    Cue::new("telefoonnummer*", Role::Signal),
];

/// Identification data: ID documents, national, social-security and tax numbers (en).
static IDENTIFICATION_EN: &[Cue] = &[
    Cue::new("driver s licence*", Role::Signal),
    Cue::new("driver s license*", Role::Signal),
    Cue::new("driving licence*", Role::Signal),
    Cue::new("id card*", Role::Signal),
    Cue::new("id document*", Role::Signal),
    Cue::new("identity card*", Role::Signal),
    Cue::new("identity document*", Role::Signal),
    Cue::new("national id", Role::Signal),
    Cue::new("national insurance number*", Role::Signal),
    Cue::new("passport*", Role::Signal),
    Cue::new("pps number*", Role::Signal),
    Cue::new("social security number*", Role::Signal),
    Cue::new("tax id", Role::Signal),
    Cue::new("tax ids", Role::Signal),
    Cue::new("tax number*", Role::Signal),
];

/// Identification data: ID documents, national, social-security and tax numbers (de).
static IDENTIFICATION_DE: &[Cue] = &[
    Cue::new("ausweis*", Role::Signal),
    Cue::new("ausweiskopie*", Role::Signal),
    Cue::new("ausweisnummer*", Role::Signal),
    Cue::new("fuhrerschein*", Role::Signal),
    Cue::new("personalausweis*", Role::Signal),
    Cue::new("reisepass*", Role::Signal),
    Cue::new("sozialversicherungsnummer*", Role::Signal),
    Cue::new("steuer id", Role::Signal),
    Cue::new("steueridentifikationsnummer*", Role::Signal),
    Cue::new("steuernummer*", Role::Signal),
];

/// Identification data: ID documents, national, social-security and tax numbers (fr).
static IDENTIFICATION_FR: &[Cue] = &[
    Cue::new("carte d identite", Role::Signal),
    Cue::new("cartes d identite", Role::Signal),
    Cue::new("nir", Role::Signal),
    Cue::new("numero de securite sociale", Role::Signal),
    Cue::new("numero fiscal", Role::Signal),
    Cue::new("numeros de securite sociale", Role::Signal),
    Cue::new("passeport*", Role::Signal),
    Cue::new("permis de conduire", Role::Signal),
    Cue::new("piece d identite", Role::Signal),
    Cue::new("pieces d identite", Role::Signal),
];

/// Identification data: ID documents, national, social-security and tax numbers (es).
static IDENTIFICATION_ES: &[Cue] = &[
    Cue::new("dni", Role::Signal),
    Cue::new("documento de identidad", Role::Signal),
    Cue::new("documentos de identidad", Role::Signal),
    Cue::new("nie", Role::Signal),
    Cue::new("nif", Role::Signal),
    Cue::new("numero de afiliacion", Role::Signal),
    Cue::new("numero de la seguridad social", Role::Signal),
    Cue::new("pasaporte*", Role::Signal),
];

/// Identification data: ID documents, national, social-security and tax numbers (it).
static IDENTIFICATION_IT: &[Cue] = &[
    Cue::new("carta d identita", Role::Signal),
    Cue::new("carte d identita", Role::Signal),
    Cue::new("codice fiscale", Role::Signal),
    Cue::new("codici fiscali", Role::Signal),
    Cue::new("documenti d identita", Role::Signal),
    Cue::new("documento d identita", Role::Signal),
    Cue::new("documento di identita", Role::Signal),
    Cue::new("passaport*", Role::Signal),
    Cue::new("patente", Role::Signal),
    Cue::new("patenti", Role::Signal),
];

/// Identification data: ID documents, national, social-security and tax numbers (nl).
static IDENTIFICATION_NL: &[Cue] = &[
    Cue::new("bsn", Role::Signal),
    Cue::new("burgerservicenummer*", Role::Signal),
    Cue::new("id kaart*", Role::Signal),
    Cue::new("identiteitsbewijs*", Role::Signal),
    Cue::new("identiteitskaart*", Role::Signal),
    Cue::new("kopie id", Role::Signal),
    Cue::new("kopieen van id", Role::Signal),
    Cue::new("paspoort*", Role::Signal),
    Cue::new("rijbewijs*", Role::Signal),
];

/// Credentials: passwords, PINs, security answers, login data (en).
static CREDENTIALS_EN: &[Cue] = &[
    Cue::new("access code*", Role::Signal),
    Cue::new("ask for", Role::Block),
    Cue::new("asking for", Role::Block),
    Cue::new("asks for", Role::Block),
    Cue::new("authentication code*", Role::Signal),
    Cue::new("change your password", Role::Block),
    Cue::new("credentials", Role::Signal),
    Cue::new("have changed", Role::Block),
    Cue::new("login credentials", Role::Signal),
    Cue::new("login details", Role::Signal),
    Cue::new("never ask", Role::Block),
    Cue::new("new password", Role::Block),
    Cue::new("passcode*", Role::Signal),
    Cue::new("password protected", Role::Block),
    Cue::new("password*", Role::Signal),
    Cue::new("pin", Role::Signal),
    Cue::new("pin code*", Role::Signal),
    Cue::new("pins", Role::Signal),
    Cue::new("reset", Role::Block),
    Cue::new("reset your password", Role::Block),
    Cue::new("security answer*", Role::Signal),
    Cue::new("security question*", Role::Signal),
    Cue::new("were changed", Role::Block),
    Cue::new("without a password", Role::Block),
    Cue::new("without password", Role::Block),
];

/// Credentials: passwords, PINs, security answers, login data (de).
static CREDENTIALS_DE: &[Cue] = &[
    Cue::new("andern sie ihr passwort", Role::Block),
    Cue::new("anmeldedaten", Role::Signal),
    Cue::new("erhalten sie", Role::Block),
    Cue::new("fragen nach", Role::Block),
    Cue::new("fragt nach", Role::Block),
    Cue::new("geandert", Role::Block),
    Cue::new("kennwort*", Role::Signal),
    Cue::new("kennwortgeschutzt", Role::Block),
    Cue::new("login daten", Role::Signal),
    Cue::new("neues passwort", Role::Block),
    Cue::new("niemals", Role::Block),
    Cue::new("ohne passwort", Role::Block),
    Cue::new("passwort geschutzt", Role::Block),
    Cue::new("passwort*", Role::Signal),
    Cue::new("passwortgeschutzt", Role::Block),
    Cue::new("pin", Role::Signal),
    Cue::new("sicherheitsfrage*", Role::Signal),
    Cue::new("zugangsdaten", Role::Signal),
    Cue::new("zuruckgesetzt", Role::Block),
];

/// Credentials: passwords, PINs, security answers, login data (fr).
static CREDENTIALS_FR: &[Cue] = &[
    Cue::new("changer votre mot de passe", Role::Block),
    Cue::new("code d acces", Role::Signal),
    Cue::new("code pin", Role::Signal),
    Cue::new("codes d acces", Role::Signal),
    Cue::new("codes pin", Role::Signal),
    Cue::new("demande", Role::Block),
    Cue::new("demander", Role::Block),
    Cue::new("identifiants", Role::Signal),
    Cue::new("identifiants de connexion", Role::Signal),
    Cue::new("jamais", Role::Block),
    Cue::new("modifie", Role::Block),
    Cue::new("modifier votre mot de passe", Role::Block),
    Cue::new("modifies", Role::Block),
    Cue::new("mot de passe", Role::Signal),
    Cue::new("mots de passe", Role::Signal),
    Cue::new("nouveau mot de passe", Role::Block),
    Cue::new("protege par mot de passe", Role::Block),
    Cue::new("protegee par mot de passe", Role::Block),
    Cue::new("proteges par mot de passe", Role::Block),
    Cue::new("question secrete", Role::Signal),
    Cue::new("questions secretes", Role::Signal),
    Cue::new("reinitialis*", Role::Block),
    Cue::new("sans mot de passe", Role::Block),
];

/// Credentials: passwords, PINs, security answers, login data (es).
static CREDENTIALS_ES: &[Cue] = &[
    Cue::new("cambiad*", Role::Block),
    Cue::new("cambiado", Role::Block),
    Cue::new("cambie su contrasena", Role::Block),
    Cue::new("clave de acceso", Role::Signal),
    Cue::new("claves", Role::Signal),
    Cue::new("claves de acceso", Role::Signal),
    Cue::new("codigo de acceso", Role::Signal),
    Cue::new("codigos de acceso", Role::Signal),
    Cue::new("codigos de seguridad", Role::Signal),
    Cue::new("contrasena*", Role::Signal),
    Cue::new("credenciales", Role::Signal),
    Cue::new("nueva contrasena", Role::Block),
    Cue::new("nunca", Role::Block),
    Cue::new("obtener", Role::Block),
    Cue::new("pedira", Role::Block),
    Cue::new("pida", Role::Block),
    Cue::new("pin", Role::Signal),
    Cue::new("pregunta de seguridad", Role::Signal),
    Cue::new("protegido con contrasena", Role::Block),
    Cue::new("protegido por contrasena", Role::Block),
    Cue::new("protegidos con contrasena", Role::Block),
    Cue::new("restablec*", Role::Block),
    Cue::new("sin contrasena", Role::Block),
    Cue::new("solicit*", Role::Block),
];

/// Credentials: passwords, PINs, security answers, login data (it).
static CREDENTIALS_IT: &[Cue] = &[
    Cue::new("cambi la password", Role::Block),
    Cue::new("cambiare la password", Role::Block),
    Cue::new("cambiat*", Role::Block),
    Cue::new("chiede", Role::Block),
    Cue::new("chiedera", Role::Block),
    Cue::new("chiedere", Role::Block),
    Cue::new("codice di accesso", Role::Signal),
    Cue::new("codice pin", Role::Signal),
    Cue::new("codici di accesso", Role::Signal),
    Cue::new("credenziali", Role::Signal),
    Cue::new("domanda di sicurezza", Role::Signal),
    Cue::new("mai", Role::Block),
    Cue::new("modificare la password", Role::Block),
    Cue::new("modificat*", Role::Block),
    Cue::new("nuova password", Role::Block),
    Cue::new("password", Role::Signal),
    Cue::new("pin", Role::Signal),
    Cue::new("protett* da password", Role::Block),
    Cue::new("reimpostat*", Role::Block),
    Cue::new("senza password", Role::Block),
];

/// Credentials: passwords, PINs, security answers, login data (nl).
static CREDENTIALS_NL: &[Cue] = &[
    Cue::new("beveiligingsvra*", Role::Signal),
    Cue::new("gereset", Role::Block),
    Cue::new("gewijzigd", Role::Block),
    Cue::new("inloggegevens", Role::Signal),
    Cue::new("met een wachtwoord beveiligd", Role::Block),
    Cue::new("nieuw wachtwoord", Role::Block),
    Cue::new("nooit", Role::Block),
    Cue::new("opnieuw ingesteld", Role::Block),
    Cue::new("pin", Role::Signal),
    Cue::new("pincode*", Role::Signal),
    Cue::new("toegangscode*", Role::Signal),
    Cue::new("vraagt", Role::Block),
    Cue::new("vragen om", Role::Block),
    Cue::new("wachtwoord beveiligd", Role::Block),
    Cue::new("wachtwoord*", Role::Signal),
    Cue::new("wijzig je wachtwoord", Role::Block),
    Cue::new("wijzig uw wachtwoord", Role::Block),
    Cue::new("zonder wachtwoord", Role::Block),
];

/// Financial data: bank account, IBAN, card, salary, income (en).
static FINANCIAL_EN: &[Cue] = &[
    Cue::new("account number*", Role::Signal),
    Cue::new("bank account*", Role::Signal),
    Cue::new("bank details", Role::Signal),
    Cue::new("bank statement*", Role::Signal),
    Cue::new("card details", Role::Signal),
    Cue::new("card number*", Role::Signal),
    Cue::new("credit card*", Role::Signal),
    Cue::new("debit card*", Role::Signal),
    Cue::new("iban*", Role::Signal),
    Cue::new("income", Role::Signal),
    Cue::new("payment card*", Role::Signal),
    Cue::new("payment details", Role::Signal),
    Cue::new("payslip*", Role::Signal),
    Cue::new("salaries", Role::Signal),
    Cue::new("salary", Role::Signal),
    Cue::new("sort code*", Role::Signal),
    Cue::new("transaction history", Role::Signal),
];

/// Financial data: bank account, IBAN, card, salary, income (de).
static FINANCIAL_DE: &[Cue] = &[
    Cue::new("bankdaten", Role::Signal),
    Cue::new("bankverbindung*", Role::Signal),
    Cue::new("bruttogehalt*", Role::Signal),
    Cue::new("einkommen*", Role::Signal),
    Cue::new("gehalt*", Role::Signal),
    Cue::new("gehaltsabrechnung*", Role::Signal),
    Cue::new("iban", Role::Signal),
    Cue::new("kartennummer*", Role::Signal),
    Cue::new("kontoauszug*", Role::Signal),
    Cue::new("kontodaten", Role::Signal),
    Cue::new("kontonummer*", Role::Signal),
    Cue::new("kreditkarte*", Role::Signal),
    Cue::new("lohnabrechnung*", Role::Signal),
    Cue::new("zahlungsdaten", Role::Signal),
];

/// Financial data: bank account, IBAN, card, salary, income (fr).
static FINANCIAL_FR: &[Cue] = &[
    Cue::new("bulletin de paie", Role::Signal),
    Cue::new("bulletin de salaire", Role::Signal),
    Cue::new("bulletins de paie", Role::Signal),
    Cue::new("carte bancaire", Role::Signal),
    Cue::new("cartes bancaires", Role::Signal),
    Cue::new("coordonnees bancaires", Role::Signal),
    Cue::new("donnees bancaires", Role::Signal),
    Cue::new("iban", Role::Signal),
    Cue::new("numero de carte", Role::Signal),
    Cue::new("numeros de carte", Role::Signal),
    Cue::new("revenu*", Role::Signal),
    Cue::new("rib", Role::Signal),
    Cue::new("salaire*", Role::Signal),
];

/// Financial data: bank account, IBAN, card, salary, income (es).
static FINANCIAL_ES: &[Cue] = &[
    Cue::new("cuenta bancaria", Role::Signal),
    Cue::new("cuentas bancarias", Role::Signal),
    Cue::new("datos bancarios", Role::Signal),
    Cue::new("iban", Role::Signal),
    Cue::new("importes de facturas", Role::Signal),
    Cue::new("ingresos", Role::Signal),
    Cue::new("nomina*", Role::Signal),
    Cue::new("numero de cuenta", Role::Signal),
    Cue::new("numeros de cuenta", Role::Signal),
    Cue::new("salario*", Role::Signal),
    Cue::new("tarjeta*", Role::Signal),
];

/// Financial data: bank account, IBAN, card, salary, income (it).
static FINANCIAL_IT: &[Cue] = &[
    Cue::new("busta paga", Role::Signal),
    Cue::new("buste paga", Role::Signal),
    Cue::new("carta di credito", Role::Signal),
    Cue::new("carte di credito", Role::Signal),
    Cue::new("conti correnti", Role::Signal),
    Cue::new("conto corrente", Role::Signal),
    Cue::new("coordinate bancarie", Role::Signal),
    Cue::new("dati bancari", Role::Signal),
    Cue::new("estratt* conto", Role::Signal),
    Cue::new("iban", Role::Signal),
    Cue::new("movimenti", Role::Signal),
    Cue::new("numero di carta", Role::Signal),
    Cue::new("reddit*", Role::Signal),
    Cue::new("saldi", Role::Signal),
    Cue::new("saldo", Role::Signal),
    Cue::new("stipendi*", Role::Signal),
];

/// Financial data: bank account, IBAN, card, salary, income (nl).
static FINANCIAL_NL: &[Cue] = &[
    Cue::new("bankgegevens", Role::Signal),
    Cue::new("bankrekening*", Role::Signal),
    Cue::new("betaalgegevens", Role::Signal),
    Cue::new("creditcard*", Role::Signal),
    Cue::new("giftbedrag*", Role::Signal),
    Cue::new("iban", Role::Signal),
    Cue::new("inkomen*", Role::Signal),
    Cue::new("loonstro*", Role::Signal),
    Cue::new("rekeningnummer*", Role::Signal),
    Cue::new("salaris*", Role::Signal),
];

/// Special categories (Art. 9 GDPR): health, beliefs, origin, sex life, union, biometrics (en).
static SPECIAL_EN: &[Cue] = &[
    Cue::new("biometric*", Role::Signal),
    Cue::new("diagnos*", Role::Signal),
    Cue::new("disabilit*", Role::Signal),
    Cue::new("ethnic*", Role::Signal),
    Cue::new("genetic*", Role::Signal),
    Cue::new("health", Role::Signal),
    Cue::new("hiv", Role::Signal),
    Cue::new("medical", Role::Signal),
    Cue::new("philosophical belief*", Role::Signal),
    Cue::new("political opinion*", Role::Signal),
    Cue::new("racial", Role::Signal),
    Cue::new("religio*", Role::Signal),
    Cue::new("sex life", Role::Signal),
    Cue::new("sexual orientation", Role::Signal),
    Cue::new("trade union*", Role::Signal),
];

/// Special categories (Art. 9 GDPR): health, beliefs, origin, sex life, union, biometrics (de).
static SPECIAL_DE: &[Cue] = &[
    Cue::new("befund*", Role::Signal),
    Cue::new("behinderung*", Role::Signal),
    Cue::new("biometrisch*", Role::Signal),
    Cue::new("diagnose*", Role::Signal),
    Cue::new("ethnisch*", Role::Signal),
    Cue::new("genetisch*", Role::Signal),
    Cue::new("gesundheit*", Role::Signal),
    Cue::new("gewerkschaft*", Role::Signal),
    Cue::new("hiv", Role::Signal),
    Cue::new("konfession*", Role::Signal),
    Cue::new("krankheit*", Role::Signal),
    Cue::new("medizinisch*", Role::Signal),
    Cue::new("politische meinung*", Role::Signal),
    Cue::new("religion*", Role::Signal),
    Cue::new("religionszugehorigkeit", Role::Signal),
    Cue::new("sexuelle orientierung", Role::Signal),
];

/// Special categories (Art. 9 GDPR): health, beliefs, origin, sex life, union, biometrics (fr).
static SPECIAL_FR: &[Cue] = &[
    Cue::new("biometrique*", Role::Signal),
    Cue::new("diagnostic*", Role::Signal),
    Cue::new("dossier medical", Role::Signal),
    Cue::new("dossiers medicaux", Role::Signal),
    Cue::new("ethnique*", Role::Signal),
    Cue::new("genetique*", Role::Signal),
    Cue::new("handicap*", Role::Signal),
    Cue::new("medical*", Role::Signal),
    Cue::new("medicale*", Role::Signal),
    Cue::new("opinions politiques", Role::Signal),
    Cue::new("orientation sexuelle", Role::Signal),
    Cue::new("pathologie*", Role::Signal),
    Cue::new("religi*", Role::Signal),
    Cue::new("sante", Role::Signal),
    Cue::new("syndica*", Role::Signal),
    Cue::new("vih", Role::Signal),
];

/// Special categories (Art. 9 GDPR): health, beliefs, origin, sex life, union, biometrics (es).
static SPECIAL_ES: &[Cue] = &[
    Cue::new("biometric*", Role::Signal),
    Cue::new("diagnostic*", Role::Signal),
    Cue::new("discapacidad*", Role::Signal),
    Cue::new("etnic*", Role::Signal),
    Cue::new("genetic*", Role::Signal),
    Cue::new("historia clinica", Role::Signal),
    Cue::new("historial medico", Role::Signal),
    Cue::new("medic*", Role::Signal),
    Cue::new("opiniones politicas", Role::Signal),
    Cue::new("orientacion sexual", Role::Signal),
    Cue::new("religio*", Role::Signal),
    Cue::new("salud", Role::Signal),
    Cue::new("sindical*", Role::Signal),
    Cue::new("vih", Role::Signal),
];

/// Special categories (Art. 9 GDPR): health, beliefs, origin, sex life, union, biometrics (it).
static SPECIAL_IT: &[Cue] = &[
    Cue::new("biometric*", Role::Signal),
    Cue::new("cartella clinica", Role::Signal),
    Cue::new("cartelle cliniche", Role::Signal),
    Cue::new("dati sanitari", Role::Signal),
    Cue::new("diagnos*", Role::Signal),
    Cue::new("disabilita", Role::Signal),
    Cue::new("etnic*", Role::Signal),
    Cue::new("genetic*", Role::Signal),
    Cue::new("hiv", Role::Signal),
    Cue::new("lettere di dimissione", Role::Signal),
    Cue::new("medic*", Role::Signal),
    Cue::new("opinioni politiche", Role::Signal),
    Cue::new("orientamento sessuale", Role::Signal),
    Cue::new("referti", Role::Signal),
    Cue::new("referto", Role::Signal),
    Cue::new("religione", Role::Signal),
    Cue::new("religios*", Role::Signal),
    Cue::new("salute", Role::Signal),
    Cue::new("sindacal*", Role::Signal),
];

/// Special categories (Art. 9 GDPR): health, beliefs, origin, sex life, union, biometrics (nl).
static SPECIAL_NL: &[Cue] = &[
    Cue::new("biometrisch*", Role::Signal),
    Cue::new("diagnose*", Role::Signal),
    Cue::new("etnisch*", Role::Signal),
    Cue::new("genetisch*", Role::Signal),
    Cue::new("gezondheid*", Role::Signal),
    Cue::new("godsdienst*", Role::Signal),
    Cue::new("handicap*", Role::Signal),
    Cue::new("hiv", Role::Signal),
    Cue::new("levensbeschouwelijk*", Role::Signal),
    Cue::new("medisch*", Role::Signal),
    Cue::new("patientendossier*", Role::Signal),
    Cue::new("patientgegevens", Role::Signal),
    Cue::new("politieke voorkeur*", Role::Signal),
    Cue::new("religie*", Role::Signal),
    Cue::new("seksuele geaardheid", Role::Signal),
    Cue::new("seksuele orientatie", Role::Signal),
    Cue::new("vakbond*", Role::Signal),
];

/// Criminal convictions and offences (Art. 10 GDPR) (en).
static CRIMINAL_EN: &[Cue] = &[
    Cue::new("convictions", Role::Signal),
    Cue::new("criminal conviction*", Role::Signal),
    Cue::new("criminal offence*", Role::Signal),
    Cue::new("criminal record*", Role::Signal),
    Cue::new("offences", Role::Signal),
];

/// Criminal convictions and offences (Art. 10 GDPR) (de).
static CRIMINAL_DE: &[Cue] = &[
    Cue::new("fuhrungszeugnis*", Role::Signal),
    Cue::new("strafrechtliche verurteilung*", Role::Signal),
    Cue::new("strafregister*", Role::Signal),
    Cue::new("straftaten", Role::Signal),
    Cue::new("vorstrafe*", Role::Signal),
];

/// Criminal convictions and offences (Art. 10 GDPR) (fr).
static CRIMINAL_FR: &[Cue] = &[
    Cue::new("casier judiciaire", Role::Signal),
    Cue::new("casiers judiciaires", Role::Signal),
    Cue::new("condamnations penales", Role::Signal),
    Cue::new("infractions penales", Role::Signal),
];

/// Criminal convictions and offences (Art. 10 GDPR) (es).
static CRIMINAL_ES: &[Cue] = &[
    Cue::new("antecedentes penales", Role::Signal),
    Cue::new("condenas penales", Role::Signal),
    Cue::new("infracciones penales", Role::Signal),
];

/// Criminal convictions and offences (Art. 10 GDPR) (it).
static CRIMINAL_IT: &[Cue] = &[
    Cue::new("casellario giudiziale", Role::Signal),
    Cue::new("condanne penali", Role::Signal),
    Cue::new("precedenti penali", Role::Signal),
    Cue::new("reati", Role::Signal),
];

/// Criminal convictions and offences (Art. 10 GDPR) (nl).
static CRIMINAL_NL: &[Cue] = &[
    Cue::new("justitiele gegevens", Role::Signal),
    Cue::new("strafblad*", Role::Signal),
    Cue::new("strafrechtelijke gegevens", Role::Signal),
    Cue::new("verklaring omtrent het gedrag", Role::Signal),
    Cue::new("veroordeling*", Role::Signal),
];

/// Location data (en).
static LOCATION_EN: &[Cue] = &[
    Cue::new("approximate location", Role::Signal),
    Cue::new("geolocation", Role::Signal),
    Cue::new("gps", Role::Signal),
    Cue::new("location data", Role::Signal),
    Cue::new("location history", Role::Signal),
    Cue::new("precise location", Role::Signal),
    Cue::new("whereabouts", Role::Signal),
];

/// Location data (de).
static LOCATION_DE: &[Cue] = &[
    Cue::new("aufenthaltsort*", Role::Signal),
    Cue::new("bewegungsdaten", Role::Signal),
    Cue::new("geolokalisierung", Role::Signal),
    Cue::new("gps", Role::Signal),
    Cue::new("standort*", Role::Signal),
    Cue::new("standortdaten", Role::Signal),
];

/// Location data (fr).
static LOCATION_FR: &[Cue] = &[
    Cue::new("donnees de localisation", Role::Signal),
    Cue::new("geolocalisation", Role::Signal),
    Cue::new("gps", Role::Signal),
    Cue::new("localisation", Role::Signal),
];

/// Location data (es).
static LOCATION_ES: &[Cue] = &[
    Cue::new("geolocalizacion", Role::Signal),
    Cue::new("gps", Role::Signal),
    Cue::new("localizacion", Role::Signal),
    Cue::new("ubicacion", Role::Signal),
];

/// Location data (it).
static LOCATION_IT: &[Cue] = &[
    Cue::new("dati di localizzazione", Role::Signal),
    Cue::new("dati di posizione", Role::Signal),
    Cue::new("geolocalizzazione", Role::Signal),
    Cue::new("gps", Role::Signal),
    Cue::new("posizione", Role::Signal),
];

/// Location data (nl).
static LOCATION_NL: &[Cue] = &[
    Cue::new("gps", Role::Signal),
    Cue::new("locatie*", Role::Signal),
    Cue::new("locatiegegevens", Role::Signal),
    Cue::new("verblijfplaats", Role::Signal),
];

/// Content of communications: messages, mailboxes, correspondence (en).
static COMMUNICATIONS_EN: &[Cue] = &[
    Cue::new("appear to come from", Role::Block),
    Cue::new("chat messages", Role::Signal),
    Cue::new("contents of your messages", Role::Signal),
    Cue::new("correspondence", Role::Signal),
    Cue::new("e mail content*", Role::Signal),
    Cue::new("email content*", Role::Signal),
    Cue::new("fake", Role::Block),
    Cue::new("mailbox", Role::Signal),
    Cue::new("mailboxes", Role::Signal),
    Cue::new("message content*", Role::Signal),
    Cue::new("phishing", Role::Block),
    Cue::new("private messages", Role::Signal),
    Cue::new("scam", Role::Block),
    Cue::new("your messages", Role::Signal),
];

/// Content of communications: messages, mailboxes, correspondence (de).
static COMMUNICATIONS_DE: &[Cue] = &[
    Cue::new("betrug*", Role::Block),
    Cue::new("chatverlauf*", Role::Signal),
    Cue::new("gefalscht*", Role::Block),
    Cue::new("ihre nachrichten", Role::Signal),
    Cue::new("korrespondenz", Role::Signal),
    Cue::new("nachrichteninhalt*", Role::Signal),
    Cue::new("phishing*", Role::Block),
    Cue::new("postfach", Role::Signal),
    Cue::new("postfacher", Role::Signal),
    Cue::new("private nachrichten", Role::Signal),
    Cue::new("schriftverkehr", Role::Signal),
];

/// Content of communications: messages, mailboxes, correspondence (fr).
static COMMUNICATIONS_FR: &[Cue] = &[
    Cue::new("boite mail", Role::Signal),
    Cue::new("boites mail", Role::Signal),
    Cue::new("contenu de vos messages", Role::Signal),
    Cue::new("correspondance*", Role::Signal),
    Cue::new("frauduleu*", Role::Block),
    Cue::new("hameconnage", Role::Block),
    Cue::new("messages prives", Role::Signal),
    Cue::new("phishing", Role::Block),
    Cue::new("vos messages", Role::Signal),
];

/// Content of communications: messages, mailboxes, correspondence (es).
static COMMUNICATIONS_ES: &[Cue] = &[
    Cue::new("buzon*", Role::Signal),
    Cue::new("contenido de los mensajes", Role::Signal),
    Cue::new("correspondencia", Role::Signal),
    Cue::new("falsas", Role::Block),
    Cue::new("falsos", Role::Block),
    Cue::new("fraudulent*", Role::Block),
    Cue::new("mensajes privados", Role::Signal),
    Cue::new("phishing", Role::Block),
    Cue::new("sus mensajes", Role::Signal),
];

/// Content of communications: messages, mailboxes, correspondence (it).
static COMMUNICATIONS_IT: &[Cue] = &[
    Cue::new("casella di posta", Role::Signal),
    Cue::new("caselle di posta", Role::Signal),
    Cue::new("contenuto dei messaggi", Role::Signal),
    Cue::new("corrispondenza", Role::Signal),
    Cue::new("falsi", Role::Block),
    Cue::new("i suoi messaggi", Role::Signal),
    Cue::new("messaggi privati", Role::Signal),
    Cue::new("phishing", Role::Block),
    Cue::new("truffa*", Role::Block),
];

/// Content of communications: messages, mailboxes, correspondence (nl).
static COMMUNICATIONS_NL: &[Cue] = &[
    Cue::new("chatberichten", Role::Signal),
    Cue::new("correspondentie", Role::Signal),
    Cue::new("inhoud van berichten", Role::Signal),
    Cue::new("je berichten", Role::Signal),
    Cue::new("mailbox*", Role::Signal),
    Cue::new("nep*", Role::Block),
    Cue::new("oplichting", Role::Block),
    Cue::new("phishing*", Role::Block),
    Cue::new("priveberichten", Role::Signal),
    Cue::new("uw berichten", Role::Signal),
];

/// Behavioural data: purchase, order and browsing history, habits, preferences (en).
static BEHAVIOURAL_EN: &[Cue] = &[
    Cue::new("activities", Role::Signal),
    Cue::new("activity data", Role::Signal),
    Cue::new("browsing history", Role::Signal),
    Cue::new("habits", Role::Signal),
    Cue::new("order history", Role::Signal),
    Cue::new("political", Role::Block),
    Cue::new("preferences", Role::Signal),
    Cue::new("purchase history", Role::Signal),
    Cue::new("relationship preferences", Role::Signal),
    Cue::new("religious", Role::Block),
];

/// Behavioural data: purchase, order and browsing history, habits, preferences (de).
static BEHAVIOURAL_DE: &[Cue] = &[
    Cue::new("bestellhistorie", Role::Signal),
    Cue::new("gewohnheiten", Role::Signal),
    Cue::new("kaufhistorie", Role::Signal),
    Cue::new("nutzungsverhalten", Role::Signal),
    Cue::new("politisch*", Role::Block),
    Cue::new("religios*", Role::Block),
    Cue::new("surfverhalten", Role::Signal),
    Cue::new("vorlieben", Role::Signal),
];

/// Behavioural data: purchase, order and browsing history, habits, preferences (fr).
static BEHAVIOURAL_FR: &[Cue] = &[
    Cue::new("habitudes", Role::Signal),
    Cue::new("historique d achat*", Role::Signal),
    Cue::new("historique de navigation", Role::Signal),
    Cue::new("historique des commandes", Role::Signal),
    Cue::new("politique*", Role::Block),
    Cue::new("preferences", Role::Signal),
    Cue::new("religieu*", Role::Block),
];

/// Behavioural data: purchase, order and browsing history, habits, preferences (es).
static BEHAVIOURAL_ES: &[Cue] = &[
    Cue::new("habitos", Role::Signal),
    Cue::new("historial de compras", Role::Signal),
    Cue::new("historial de navegacion", Role::Signal),
    Cue::new("historial de pedidos", Role::Signal),
    Cue::new("politic*", Role::Block),
    Cue::new("preferencias", Role::Signal),
    Cue::new("religios*", Role::Block),
];

/// Behavioural data: purchase, order and browsing history, habits, preferences (it).
static BEHAVIOURAL_IT: &[Cue] = &[
    Cue::new("abitudini", Role::Signal),
    Cue::new("cronologia", Role::Signal),
    Cue::new("politic*", Role::Block),
    Cue::new("preferenze", Role::Signal),
    Cue::new("religios*", Role::Block),
    Cue::new("storico degli acquisti", Role::Signal),
];

/// Behavioural data: purchase, order and browsing history, habits, preferences (nl).
static BEHAVIOURAL_NL: &[Cue] = &[
    Cue::new("aankoopgeschiedenis", Role::Signal),
    Cue::new("bestelgeschiedenis", Role::Signal),
    Cue::new("gewoonten", Role::Signal),
    Cue::new("levensbeschouwelijk*", Role::Block),
    Cue::new("politiek*", Role::Block),
    Cue::new("surfgedrag", Role::Signal),
    Cue::new("voorkeuren", Role::Signal),
];
