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

use crate::elements::{Cue, Cues, Role};
use crate::facts::{DataKind, FactField, Protection};
use crate::lang::Lang;

use super::{DerivedFacts, scan_tagged};

/// A kind of claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ClaimKind {
    /// "The data was encrypted / hashed" (Art. 34(3)(a) GDPR).
    EncryptionClaimed,
    /// "No need to change your password" while credentials are affected (Art. 34(2) GDPR).
    PasswordChangeDiscouraged,
    /// "No risk" / "no consequences" / "no misuse" (Art. 33(1) GDPR).
    NoRiskClaimed,
}

/// The number of [`ClaimKind`]s (the capacity of [`super::DerivedFacts::claims`]).
pub const CLAIM_KINDS: usize = 3;

impl ClaimKind {
    /// Every kind.
    pub const ALL: [ClaimKind; CLAIM_KINDS] = [
        ClaimKind::EncryptionClaimed,
        ClaimKind::PasswordChangeDiscouraged,
        ClaimKind::NoRiskClaimed,
    ];

    /// The report's name of the kind.
    pub const fn as_str(self) -> &'static str {
        match self {
            ClaimKind::EncryptionClaimed => "encryption_claimed",
            ClaimKind::PasswordChangeDiscouraged => "password_change_discouraged",
            ClaimKind::NoRiskClaimed => "no_risk_claimed",
        }
    }

    /// The provision the claim touches.
    pub const fn citation(self) -> &'static str {
        match self {
            ClaimKind::EncryptionClaimed => "Art. 34(3)(a) GDPR",
            ClaimKind::PasswordChangeDiscouraged => "Art. 34(2) GDPR",
            ClaimKind::NoRiskClaimed => "Art. 33(1) GDPR",
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

/// Reads the claims of one sentence into `out` (these phrases carry their own negation).
pub fn scan(sentence: &str, base: usize, lang: Lang, out: &mut DerivedFacts, text: &str) {
    let no_negations = Some(heapless::Vec::new());
    scan_tagged(
        sentence,
        base,
        lang,
        TABLES,
        &no_negations,
        |kind, start, end| {
            out.claim(kind, start, end, text);
        },
    );
}

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
