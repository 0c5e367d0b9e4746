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

use crate::elements::{Cue, Cues, Role};
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
pub static TABLES: &[(ClaimKind, Cues)] = &[
    (
        ClaimKind::PasswordChangeDiscouraged,
        Cues {
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
        Cues {
            en: NO_RISK_EN,
            de: NO_RISK_DE,
            fr: NO_RISK_FR,
            es: NO_RISK_ES,
            it: NO_RISK_IT,
            nl: NO_RISK_NL,
        },
    ),
];

/// "No need to change your password" (en).
static NO_PASSWORD_CHANGE_EN: &[Cue] = &[
    Cue::new("do not need to change your password", Role::Signal),
    Cue::new("don t need to change your password", Role::Signal),
    Cue::new("need not change your password", Role::Signal),
    Cue::new("no need to change your password", Role::Signal),
    Cue::new("no need to reset your password", Role::Signal),
    Cue::new("not need to change your password", Role::Signal),
    Cue::new("there is no need to change", Role::Signal),
];

/// "No need to change your password" (de).
static NO_PASSWORD_CHANGE_DE: &[Cue] = &[
    Cue::new("ihr passwort nicht andern", Role::Signal),
    Cue::new("kein neues passwort", Role::Signal),
    Cue::new("mussen ihr passwort nicht andern", Role::Signal),
    Cue::new("musst dein passwort nicht andern", Role::Signal),
    Cue::new("nicht notig ihr passwort", Role::Signal),
    Cue::new("nicht notwendig ihr passwort", Role::Signal),
    Cue::new("passwort nicht zu andern", Role::Signal),
];

/// "No need to change your password" (fr).
static NO_PASSWORD_CHANGE_FR: &[Cue] = &[
    Cue::new("inutile de changer", Role::Signal),
    Cue::new("inutile de modifier", Role::Signal),
    Cue::new("n avez pas a changer", Role::Signal),
    Cue::new("n avez pas a modifier", Role::Signal),
    Cue::new("pas besoin de changer", Role::Signal),
    Cue::new("pas besoin de modifier", Role::Signal),
    Cue::new("pas necessaire de changer", Role::Signal),
    Cue::new("pas necessaire de modifier", Role::Signal),
];

/// "No need to change your password" (es).
static NO_PASSWORD_CHANGE_ES: &[Cue] = &[
    Cue::new("no es necesario cambiar", Role::Signal),
    Cue::new("no es necesario que cambie", Role::Signal),
    Cue::new("no hace falta cambiar", Role::Signal),
    Cue::new("no necesita cambiar", Role::Signal),
    Cue::new("no tiene que cambiar", Role::Signal),
];

/// "No need to change your password" (it).
static NO_PASSWORD_CHANGE_IT: &[Cue] = &[
    Cue::new("non deve cambiare", Role::Signal),
    Cue::new("non e necessario cambiare", Role::Signal),
    Cue::new("non e necessario modificare", Role::Signal),
    Cue::new("non occorre cambiare", Role::Signal),
    Cue::new("non occorre modificare", Role::Signal),
    Cue::new("non serve cambiare", Role::Signal),
];

/// "No need to change your password" (nl).
static NO_PASSWORD_CHANGE_NL: &[Cue] = &[
    Cue::new("hoeft je wachtwoord niet", Role::Signal),
    Cue::new("hoeft u uw wachtwoord niet", Role::Signal),
    Cue::new("hoeft uw wachtwoord niet", Role::Signal),
    Cue::new("niet nodig om je wachtwoord", Role::Signal),
    Cue::new("niet nodig om uw wachtwoord", Role::Signal),
    Cue::new("niet nodig uw wachtwoord", Role::Signal),
];

/// "No risk", "no consequences", "no misuse" (en).
static NO_RISK_EN: &[Cue] = &[
    Cue::new("no consequences", Role::Signal),
    Cue::new("no impact", Role::Signal),
    Cue::new("no misuse", Role::Signal),
    Cue::new("no need to worry", Role::Signal),
    Cue::new("no negative consequences", Role::Signal),
    Cue::new("no risk", Role::Signal),
    Cue::new("no risks", Role::Signal),
    Cue::new("not at risk", Role::Signal),
    Cue::new("nothing to worry", Role::Signal),
];

/// "No risk", "no consequences", "no misuse" (de).
static NO_RISK_DE: &[Cue] = &[
    Cue::new("kein missbrauch", Role::Signal),
    Cue::new("kein risiko", Role::Signal),
    Cue::new("keine auswirkungen", Role::Signal),
    Cue::new("keine folgen", Role::Signal),
    Cue::new("keine gefahr", Role::Signal),
    Cue::new("keine nachteile", Role::Signal),
    Cue::new("keine negativen folgen", Role::Signal),
    Cue::new("keine risiken", Role::Signal),
    Cue::new("keinen missbrauch", Role::Signal),
];

/// "No risk", "no consequences", "no misuse" (fr).
static NO_RISK_FR: &[Cue] = &[
    Cue::new("aucun impact", Role::Signal),
    Cue::new("aucun prejudice", Role::Signal),
    Cue::new("aucun risque", Role::Signal),
    Cue::new("aucune consequence", Role::Signal),
    Cue::new("aucune utilisation frauduleuse", Role::Signal),
    Cue::new("pas de risque", Role::Signal),
];

/// "No risk", "no consequences", "no misuse" (es).
static NO_RISK_ES: &[Cue] = &[
    Cue::new("ningun perjuicio", Role::Signal),
    Cue::new("ningun riesgo", Role::Signal),
    Cue::new("ningun uso indebido", Role::Signal),
    Cue::new("ninguna consecuencia", Role::Signal),
    Cue::new("no existe riesgo", Role::Signal),
    Cue::new("no hay riesgo", Role::Signal),
    Cue::new("sin riesgo", Role::Signal),
];

/// "No risk", "no consequences", "no misuse" (it).
static NO_RISK_IT: &[Cue] = &[
    Cue::new("alcun rischio", Role::Signal),
    Cue::new("nessun impatto", Role::Signal),
    Cue::new("nessun pregiudizio", Role::Signal),
    Cue::new("nessun rischio", Role::Signal),
    Cue::new("nessun uso illecito", Role::Signal),
    Cue::new("nessuna conseguenza", Role::Signal),
];

/// "No risk", "no consequences", "no misuse" (nl).
static NO_RISK_NL: &[Cue] = &[
    Cue::new("geen gevolgen", Role::Signal),
    Cue::new("geen misbruik", Role::Signal),
    Cue::new("geen nadelige gevolgen", Role::Signal),
    Cue::new("geen risico", Role::Signal),
    Cue::new("geen risico s", Role::Signal),
];

/// The table of statements that the notification comes after the 72 hours (subject to
/// negation and hedges).
pub static LATE: &[(ClaimKind, Cues)] = &[(
    ClaimKind::LateNotificationStated,
    Cues {
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
pub static LATE_NEGATED: &[(ClaimKind, Cues)] = &[(
    ClaimKind::LateNotificationStated,
    Cues {
        en: LATE_NEGATED_EN,
        de: LATE_NEGATED_DE,
        fr: LATE_NEGATED_FR,
        es: LATE_NEGATED_ES,
        it: LATE_NEGATED_IT,
        nl: LATE_NEGATED_NL,
    },
)];

/// Notification after the 72 hours (en).
static LATE_EN: &[Cue] = &[
    Cue::new("after expiry of the 72 hour", Role::Signal),
    Cue::new("after the 72 hour", Role::Signal),
    Cue::new("after the 72 hours", Role::Signal),
    Cue::new("after the deadline of 72 hours", Role::Signal),
    Cue::new("beyond the 72 hour", Role::Signal),
    Cue::new("beyond the 72 hours", Role::Signal),
    Cue::new("delay in notifying", Role::Signal),
    Cue::new("exceed* the 72 hour", Role::Signal),
    Cue::new("exceed* the 72 hours", Role::Signal),
    Cue::new("late notification", Role::Signal),
    Cue::new("later than 72 hours", Role::Signal),
    Cue::new("later than the 72 hour", Role::Signal),
    Cue::new("later than the 72 hours", Role::Signal),
    Cue::new("missed the 72 hour", Role::Signal),
    Cue::new("more than 72 hours after", Role::Signal),
    Cue::new("notification is late", Role::Signal),
    Cue::new("notifying late", Role::Signal),
    Cue::new("notifying you late", Role::Signal),
    Cue::new("outside the 72 hour", Role::Signal),
    Cue::new("outside the 72 hours", Role::Signal),
    Cue::new("past the 72 hour", Role::Signal),
    Cue::new("unable to notify within", Role::Signal),
    Cue::new("unable to notify you within", Role::Signal),
];

/// Notification after the 72 hours (de).
static LATE_DE: &[Cue] = &[
    Cue::new("72 stunden frist uberschritten", Role::Signal),
    Cue::new("72 stunden uberschritten", Role::Signal),
    Cue::new("frist von 72 stunden uberschritten", Role::Signal),
    Cue::new("melden wir verspatet", Role::Signal),
    Cue::new("meldung erfolgt verspatet", Role::Signal),
    Cue::new("nach ablauf der 72 stunden", Role::Signal),
    Cue::new("nach ablauf der frist von 72 stunden", Role::Signal),
    Cue::new("nach mehr als 72 stunden", Role::Signal),
    Cue::new("spater als 72 stunden", Role::Signal),
    Cue::new("uberschreitung der 72 stunden", Role::Signal),
    Cue::new("verspatete meldung", Role::Signal),
    Cue::new("verspatung der meldung", Role::Signal),
];

/// Notification after the 72 hours (fr).
static LATE_FR: &[Cue] = &[
    Cue::new("apres l expiration du delai de 72 heures", Role::Signal),
    Cue::new("apres le delai de 72 heures", Role::Signal),
    Cue::new("au dela des 72 heures", Role::Signal),
    Cue::new("au dela du delai de 72 heures", Role::Signal),
    Cue::new("depasse le delai de 72 heures", Role::Signal),
    Cue::new("depassement du delai de 72 heures", Role::Signal),
    Cue::new("hors du delai de 72 heures", Role::Signal),
    Cue::new("notification en retard", Role::Signal),
    Cue::new("notification tardive", Role::Signal),
    Cue::new("notifions en retard", Role::Signal),
    Cue::new("plus de 72 heures apres", Role::Signal),
];

/// Notification after the 72 hours (es).
static LATE_ES: &[Cue] = &[
    Cue::new("despues del plazo de 72 horas", Role::Signal),
    Cue::new("excedido el plazo de 72 horas", Role::Signal),
    Cue::new("fuera de plazo", Role::Signal),
    Cue::new("fuera del plazo de 72 horas", Role::Signal),
    Cue::new("mas de 72 horas despues", Role::Signal),
    Cue::new("notificacion con retraso", Role::Signal),
    Cue::new("notificacion tardia", Role::Signal),
    Cue::new("notificamos con retraso", Role::Signal),
    Cue::new("superado el plazo de 72 horas", Role::Signal),
    Cue::new("transcurridas mas de 72 horas", Role::Signal),
];

/// Notification after the 72 hours (it).
static LATE_IT: &[Cue] = &[
    Cue::new("dopo le 72 ore", Role::Signal),
    Cue::new("fuori dal termine di 72 ore", Role::Signal),
    Cue::new("notifica in ritardo", Role::Signal),
    Cue::new("notifica tardiva", Role::Signal),
    Cue::new("notificando in ritardo", Role::Signal),
    Cue::new("notificata in ritardo", Role::Signal),
    Cue::new("oltre il termine di 72 ore", Role::Signal),
    Cue::new("oltre le 72 ore", Role::Signal),
    Cue::new("superato il termine di 72 ore", Role::Signal),
    Cue::new("superato le 72 ore", Role::Signal),
];

/// Notification after the 72 hours (nl).
static LATE_NL: &[Cue] = &[
    Cue::new("72 uur overschreden", Role::Signal),
    Cue::new("buiten de termijn van 72 uur", Role::Signal),
    Cue::new("later dan 72 uur", Role::Signal),
    Cue::new("meer dan 72 uur na", Role::Signal),
    Cue::new("na afloop van de 72 uur", Role::Signal),
    Cue::new("na afloop van de termijn van 72 uur", Role::Signal),
    Cue::new("na de 72 uur termijn", Role::Signal),
    Cue::new("na de termijn van 72 uur", Role::Signal),
    Cue::new("te laat gemeld", Role::Signal),
    Cue::new("te late melding", Role::Signal),
    Cue::new("termijn van 72 uur overschreden", Role::Signal),
];

/// Notification not within the 72 hours (en).
static LATE_NEGATED_EN: &[Cue] = &[
    Cue::new("not able to notify within", Role::Signal),
    Cue::new("not notified within 72", Role::Signal),
    Cue::new("not notify within 72", Role::Signal),
    Cue::new("not within 72 hours", Role::Signal),
    Cue::new("not within the 72 hour", Role::Signal),
    Cue::new("not within the 72 hours", Role::Signal),
];

/// Notification not within the 72 hours (de).
static LATE_NEGATED_DE: &[Cue] = &[
    Cue::new("frist nicht eingehalten", Role::Signal),
    Cue::new("nicht binnen 72 stunden", Role::Signal),
    Cue::new("nicht fristgerecht", Role::Signal),
    Cue::new("nicht innerhalb der 72 stunden", Role::Signal),
    Cue::new("nicht innerhalb von 72 stunden", Role::Signal),
];

/// Notification not within the 72 hours (fr).
static LATE_NEGATED_FR: &[Cue] = &[
    Cue::new("pas dans le delai de 72 heures", Role::Signal),
    Cue::new("pas dans les 72 heures", Role::Signal),
    Cue::new("pas pu etre notifiee dans", Role::Signal),
];

/// Notification not within the 72 hours (es).
static LATE_NEGATED_ES: &[Cue] = &[
    Cue::new("no dentro del plazo", Role::Signal),
    Cue::new("no fue posible notificar dentro", Role::Signal),
];

/// Notification not within the 72 hours (it).
static LATE_NEGATED_IT: &[Cue] = &[
    Cue::new("non entro 72 ore", Role::Signal),
    Cue::new("non entro il termine di 72 ore", Role::Signal),
    Cue::new("non entro le 72 ore", Role::Signal),
];

/// Notification not within the 72 hours (nl).
static LATE_NEGATED_NL: &[Cue] = &[
    Cue::new("niet binnen 72 uur", Role::Signal),
    Cue::new("niet binnen de 72 uur", Role::Signal),
    Cue::new("niet binnen de termijn van 72 uur", Role::Signal),
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
