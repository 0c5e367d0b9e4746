//! Statements that touch an exemption, surfaced with a citation so that a reader can
//! check them: they are claims of the notice, not facts the engine accepts.
//!
//! - `encryption_claimed`: the notice says the data was encrypted or hashed. Art. 34(3)(a)
//!   GDPR waives the communication to data subjects only when the protection renders the
//!   data unintelligible to anyone not authorised — which holds only while the key (or hash
//!   secret) is safe: ask, and set `key_compromised`.
//! - `password_change_discouraged`: the notice says there is no need to change a password,
//!   while it names credentials among the affected data — a contradiction (Art. 34(2)
//!   GDPR: the communication describes the measures, including what people can do to
//!   protect themselves; EDPB Guidelines 9/2022 §III.A).
//! - `no_risk_claimed`: the notice says there is no risk, no consequence or no misuse.
//!   Only a breach *unlikely to result in a risk* needs no notification (Art. 33(1) GDPR),
//!   and the assessment is the controller's to document (Art. 33(5)): the claim needs its
//!   reasons, and the risk is decided from the facts, not from the claim.
//! - `late_notification_stated`: the notice itself says the notification comes after the
//!   72 hours ("later than 72 hours", "nach Ablauf der 72 Stunden", "au-delà du délai de
//!   72 heures"). Art. 33(1) GDPR: a notification not made within 72 hours shall be
//!   accompanied by reasons for the delay. [`LATE`] phrases are subject to negation ("we
//!   did **not** exceed the 72 hours" states nothing); [`LATE_NEGATED`] phrases carry their
//!   own negation ("not within 72 hours", "nicht innerhalb von 72 Stunden"). "Within 72
//!   hours" alone states no lateness.

use crate::cue_table;
use crate::elements::{CueTable, CueTables};
use crate::facts::{DataKind, FactField, Protection};

use super::DerivedFacts;

/// A kind of claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ClaimKind {
    /// "The data was encrypted / hashed" (Art. 34(3)(a) GDPR).
    EncryptionClaimed,
    /// "No need to change your password" while credentials are affected (Art. 34(2) GDPR).
    PasswordChangeDiscouraged,
    /// "No risk" / "no consequences" / "no misuse" (Art. 33(1) GDPR).
    NoRiskClaimed,
    /// "We are notifying later than 72 hours" (Art. 33(1) GDPR: reasons for the delay).
    LateNotificationStated,
}

/// The number of [`ClaimKind`]s (the capacity of [`super::DerivedFacts::claims`]).
pub const CLAIM_KINDS: usize = 4;

impl ClaimKind {
    /// Every kind.
    pub const ALL: [ClaimKind; CLAIM_KINDS] = [
        ClaimKind::EncryptionClaimed,
        ClaimKind::PasswordChangeDiscouraged,
        ClaimKind::NoRiskClaimed,
        ClaimKind::LateNotificationStated,
    ];

    /// The report's name of the kind.
    pub const fn as_str(self) -> &'static str {
        match self {
            ClaimKind::EncryptionClaimed => "encryption_claimed",
            ClaimKind::PasswordChangeDiscouraged => "password_change_discouraged",
            ClaimKind::NoRiskClaimed => "no_risk_claimed",
            ClaimKind::LateNotificationStated => "late_notification_stated",
        }
    }

    /// The provision the claim touches.
    pub const fn citation(self) -> &'static str {
        match self {
            ClaimKind::EncryptionClaimed => "Art. 34(3)(a) GDPR",
            ClaimKind::PasswordChangeDiscouraged => "Art. 34(2) GDPR",
            ClaimKind::NoRiskClaimed => "Art. 33(1) GDPR",
            ClaimKind::LateNotificationStated => "Art. 33(1) GDPR",
        }
    }

    /// What a reader should check.
    pub const fn note(self) -> &'static str {
        match self {
            ClaimKind::EncryptionClaimed => {
                "the notice says the data was encrypted or hashed; this exempts the \
                 communication to data subjects only if the data is unintelligible to \
                 anyone not authorised, so ask whether the key or hash secret is safe \
                 (key_compromised)"
            }
            ClaimKind::PasswordChangeDiscouraged => {
                "the notice says there is no need to change a password although it names \
                 credentials among the affected data; people should be told to change it"
            }
            ClaimKind::NoRiskClaimed => {
                "the notice says there is no risk or no consequence; only a breach unlikely \
                 to result in a risk is exempt, so the claim needs its reasons and the risk \
                 is decided from the facts"
            }
            ClaimKind::LateNotificationStated => {
                "the notice says the notification comes after the 72 hours; it must then \
                 give the reasons for the delay"
            }
        }
    }
}

/// The cue tables, one per claim read from phrases (encryption: [`super::protection`]).
pub const CUE_TABLES: &[(ClaimKind, CueTables)] = &[
    (
        ClaimKind::PasswordChangeDiscouraged,
        CueTables {
            en: NO_PASSWORD_CHANGE_EN,
            de: NO_PASSWORD_CHANGE_DE,
            fr: NO_PASSWORD_CHANGE_FR,
            es: NO_PASSWORD_CHANGE_ES,
            it: NO_PASSWORD_CHANGE_IT,
            nl: NO_PASSWORD_CHANGE_NL,
        },
    ),
    (
        ClaimKind::NoRiskClaimed,
        CueTables {
            en: NO_RISK_EN,
            de: NO_RISK_DE,
            fr: NO_RISK_FR,
            es: NO_RISK_ES,
            it: NO_RISK_IT,
            nl: NO_RISK_NL,
        },
    ),
];

/// The claim kind of each member of [`CUE_TABLES`], in its order, without the tables: what
/// run-time code reads (a match's member number picks it), so that no per-table text is
/// linked: the tables are read at compile time, merged into the derive index
/// ([`super::index`]).
pub static TABLES: [ClaimKind; CUE_TABLES.len()] = super::index::values(CUE_TABLES);

/// "No need to change your password" (en).
const NO_PASSWORD_CHANGE_EN: CueTable = cue_table![
    Signal "do not need to change your password",
    Signal "don t need to change your password",
    Signal "need not change your password",
    Signal "no need to change your password",
    Signal "no need to reset your password",
    Signal "not need to change your password",
    Signal "there is no need to change",
];

/// "No need to change your password" (de).
const NO_PASSWORD_CHANGE_DE: CueTable = cue_table![
    Signal "ihr passwort nicht andern",
    Signal "kein neues passwort",
    Signal "mussen ihr passwort nicht andern",
    Signal "musst dein passwort nicht andern",
    Signal "nicht notig ihr passwort",
    Signal "nicht notwendig ihr passwort",
    Signal "passwort nicht zu andern",
];

/// "No need to change your password" (fr).
const NO_PASSWORD_CHANGE_FR: CueTable = cue_table![
    Signal "inutile de changer",
    Signal "inutile de modifier",
    Signal "n avez pas a changer",
    Signal "n avez pas a modifier",
    Signal "pas besoin de changer",
    Signal "pas besoin de modifier",
    Signal "pas necessaire de changer",
    Signal "pas necessaire de modifier",
];

/// "No need to change your password" (es).
const NO_PASSWORD_CHANGE_ES: CueTable = cue_table![
    Signal "no es necesario cambiar",
    Signal "no es necesario que cambie",
    Signal "no hace falta cambiar",
    Signal "no necesita cambiar",
    Signal "no tiene que cambiar",
];

/// "No need to change your password" (it).
const NO_PASSWORD_CHANGE_IT: CueTable = cue_table![
    Signal "non deve cambiare",
    Signal "non e necessario cambiare",
    Signal "non e necessario modificare",
    Signal "non occorre cambiare",
    Signal "non occorre modificare",
    Signal "non serve cambiare",
];

/// "No need to change your password" (nl).
const NO_PASSWORD_CHANGE_NL: CueTable = cue_table![
    Signal "hoeft je wachtwoord niet",
    Signal "hoeft u uw wachtwoord niet",
    Signal "hoeft uw wachtwoord niet",
    Signal "niet nodig om je wachtwoord",
    Signal "niet nodig om uw wachtwoord",
    Signal "niet nodig uw wachtwoord",
];

/// "No risk", "no consequences", "no misuse" (en).
const NO_RISK_EN: CueTable = cue_table![
    Signal "no consequences",
    Signal "no impact",
    Signal "no misuse",
    Signal "no need to worry",
    Signal "no negative consequences",
    Signal "no risk",
    Signal "no risks",
    Signal "not at risk",
    Signal "nothing to worry",
];

/// "No risk", "no consequences", "no misuse" (de).
const NO_RISK_DE: CueTable = cue_table![
    Signal "kein missbrauch",
    Signal "kein risiko",
    Signal "keine auswirkungen",
    Signal "keine folgen",
    Signal "keine gefahr",
    Signal "keine nachteile",
    Signal "keine negativen folgen",
    Signal "keine risiken",
    Signal "keinen missbrauch",
];

/// "No risk", "no consequences", "no misuse" (fr).
const NO_RISK_FR: CueTable = cue_table![
    Signal "aucun impact",
    Signal "aucun prejudice",
    Signal "aucun risque",
    Signal "aucune consequence",
    Signal "aucune utilisation frauduleuse",
    Signal "pas de risque",
];

/// "No risk", "no consequences", "no misuse" (es).
const NO_RISK_ES: CueTable = cue_table![
    Signal "ningun perjuicio",
    Signal "ningun riesgo",
    Signal "ningun uso indebido",
    Signal "ninguna consecuencia",
    Signal "no existe riesgo",
    Signal "no hay riesgo",
    Signal "sin riesgo",
];

/// "No risk", "no consequences", "no misuse" (it).
const NO_RISK_IT: CueTable = cue_table![
    Signal "alcun rischio",
    Signal "nessun impatto",
    Signal "nessun pregiudizio",
    Signal "nessun rischio",
    Signal "nessun uso illecito",
    Signal "nessuna conseguenza",
];

/// "No risk", "no consequences", "no misuse" (nl).
const NO_RISK_NL: CueTable = cue_table![
    Signal "geen gevolgen",
    Signal "geen misbruik",
    Signal "geen nadelige gevolgen",
    Signal "geen risico",
    Signal "geen risico s",
];

/// The table of statements that the notification comes after the 72 hours (subject to
/// negation and hedges).
pub static LATE: &[(ClaimKind, CueTables)] = &[(
    ClaimKind::LateNotificationStated,
    CueTables {
        en: LATE_EN,
        de: LATE_DE,
        fr: LATE_FR,
        es: LATE_ES,
        it: LATE_IT,
        nl: LATE_NL,
    },
)];

/// The table of statements that the notification is *not* within the 72 hours: they carry
/// their own negation (subject to hedges only).
pub static LATE_NEGATED: &[(ClaimKind, CueTables)] = &[(
    ClaimKind::LateNotificationStated,
    CueTables {
        en: LATE_NEGATED_EN,
        de: LATE_NEGATED_DE,
        fr: LATE_NEGATED_FR,
        es: LATE_NEGATED_ES,
        it: LATE_NEGATED_IT,
        nl: LATE_NEGATED_NL,
    },
)];

/// Notification after the 72 hours (en).
const LATE_EN: CueTable = cue_table![
    Signal "after expiry of the 72 hour",
    Signal "after the 72 hour",
    Signal "after the 72 hours",
    Signal "after the deadline of 72 hours",
    Signal "beyond the 72 hour",
    Signal "beyond the 72 hours",
    Signal "delay in notifying",
    Signal "exceed* the 72 hour",
    Signal "exceed* the 72 hours",
    Signal "late notification",
    Signal "later than 72 hours",
    Signal "later than the 72 hour",
    Signal "later than the 72 hours",
    Signal "missed the 72 hour",
    Signal "more than 72 hours after",
    Signal "notification is late",
    Signal "notifying late",
    Signal "notifying you late",
    Signal "outside the 72 hour",
    Signal "outside the 72 hours",
    Signal "past the 72 hour",
    Signal "unable to notify within",
    Signal "unable to notify you within",
];

/// Notification after the 72 hours (de).
const LATE_DE: CueTable = cue_table![
    Signal "72 stunden frist uberschritten",
    Signal "72 stunden uberschritten",
    Signal "frist von 72 stunden uberschritten",
    Signal "melden wir verspatet",
    Signal "meldung erfolgt verspatet",
    Signal "nach ablauf der 72 stunden",
    Signal "nach ablauf der frist von 72 stunden",
    Signal "nach mehr als 72 stunden",
    Signal "spater als 72 stunden",
    Signal "uberschreitung der 72 stunden",
    Signal "verspatete meldung",
    Signal "verspatung der meldung",
];

/// Notification after the 72 hours (fr).
const LATE_FR: CueTable = cue_table![
    Signal "apres l expiration du delai de 72 heures",
    Signal "apres le delai de 72 heures",
    Signal "au dela des 72 heures",
    Signal "au dela du delai de 72 heures",
    Signal "depasse le delai de 72 heures",
    Signal "depassement du delai de 72 heures",
    Signal "hors du delai de 72 heures",
    Signal "notification en retard",
    Signal "notification tardive",
    Signal "notifions en retard",
    Signal "plus de 72 heures apres",
];

/// Notification after the 72 hours (es).
const LATE_ES: CueTable = cue_table![
    Signal "despues del plazo de 72 horas",
    Signal "excedido el plazo de 72 horas",
    Signal "fuera de plazo",
    Signal "fuera del plazo de 72 horas",
    Signal "mas de 72 horas despues",
    Signal "notificacion con retraso",
    Signal "notificacion tardia",
    Signal "notificamos con retraso",
    Signal "superado el plazo de 72 horas",
    Signal "transcurridas mas de 72 horas",
];

/// Notification after the 72 hours (it).
const LATE_IT: CueTable = cue_table![
    Signal "dopo le 72 ore",
    Signal "fuori dal termine di 72 ore",
    Signal "notifica in ritardo",
    Signal "notifica tardiva",
    Signal "notificando in ritardo",
    Signal "notificata in ritardo",
    Signal "oltre il termine di 72 ore",
    Signal "oltre le 72 ore",
    Signal "superato il termine di 72 ore",
    Signal "superato le 72 ore",
];

/// Notification after the 72 hours (nl).
const LATE_NL: CueTable = cue_table![
    Signal "72 uur overschreden",
    Signal "buiten de termijn van 72 uur",
    Signal "later dan 72 uur",
    Signal "meer dan 72 uur na",
    Signal "na afloop van de 72 uur",
    Signal "na afloop van de termijn van 72 uur",
    Signal "na de 72 uur termijn",
    Signal "na de termijn van 72 uur",
    Signal "te laat gemeld",
    Signal "te late melding",
    Signal "termijn van 72 uur overschreden",
];

/// Notification not within the 72 hours (en).
const LATE_NEGATED_EN: CueTable = cue_table![
    Signal "not able to notify within",
    Signal "not notified within 72",
    Signal "not notify within 72",
    Signal "not within 72 hours",
    Signal "not within the 72 hour",
    Signal "not within the 72 hours",
];

/// Notification not within the 72 hours (de).
const LATE_NEGATED_DE: CueTable = cue_table![
    Signal "frist nicht eingehalten",
    Signal "nicht binnen 72 stunden",
    Signal "nicht fristgerecht",
    Signal "nicht innerhalb der 72 stunden",
    Signal "nicht innerhalb von 72 stunden",
];

/// Notification not within the 72 hours (fr).
const LATE_NEGATED_FR: CueTable = cue_table![
    Signal "pas dans le delai de 72 heures",
    Signal "pas dans les 72 heures",
    Signal "pas pu etre notifiee dans",
];

/// Notification not within the 72 hours (es).
const LATE_NEGATED_ES: CueTable = cue_table![
    Signal "no dentro del plazo",
    Signal "no fue posible notificar dentro",
];

/// Notification not within the 72 hours (it).
const LATE_NEGATED_IT: CueTable = cue_table![
    Signal "non entro 72 ore",
    Signal "non entro il termine di 72 ore",
    Signal "non entro le 72 ore",
];

/// Notification not within the 72 hours (nl).
const LATE_NEGATED_NL: CueTable = cue_table![
    Signal "niet binnen 72 uur",
    Signal "niet binnen de 72 uur",
    Signal "niet binnen de termijn van 72 uur",
];

/// Settles the claims that depend on the derived facts: an encryption claim from the
/// derived protection, and a discouraged password change only when credentials are among
/// the derived data.
pub fn finish(out: &mut DerivedFacts, text: &str) {
    if matches!(
        out.facts.protection,
        Some(Protection::Encrypted | Protection::Hashed)
    ) {
        let span = out
            .evidence_for(FactField::Protection)
            .next()
            .map(|e| e.span);
        if let Some(span) = span {
            out.claim(
                ClaimKind::EncryptionClaimed,
                span.start as usize,
                span.end as usize,
                text,
            );
        }
    }
    let credentials = out
        .facts
        .data
        .is_some_and(|d| d.contains(DataKind::Credentials));
    if !credentials {
        out.claims
            .retain(|c| c.kind != ClaimKind::PasswordChangeDiscouraged);
    }
}
