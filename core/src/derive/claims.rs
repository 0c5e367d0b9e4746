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

use crate::elements::CueTables;
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
        crate::lang::data::DERIVE_CLAIMS_NO_PASSWORD_CHANGE,
    ),
    (
        ClaimKind::NoRiskClaimed,
        crate::lang::data::DERIVE_CLAIMS_NO_RISK,
    ),
];

/// The claim kind of each member of [`CUE_TABLES`], in its order, without the tables: what
/// run-time code reads (a match's member number picks it), so that no per-table text is
/// linked: the tables are read at compile time, merged into the derive index
/// ([`super::index`]).
pub static TABLES: [ClaimKind; CUE_TABLES.len()] = super::index::values(CUE_TABLES);

/// The table of statements that the notification comes after the 72 hours (subject to
/// negation and hedges).
pub static LATE: &[(ClaimKind, CueTables)] = &[(
    ClaimKind::LateNotificationStated,
    crate::lang::data::DERIVE_CLAIMS_LATE,
)];

/// The table of statements that the notification is *not* within the 72 hours: they carry
/// their own negation (subject to hedges only).
pub static LATE_NEGATED: &[(ClaimKind, CueTables)] = &[(
    ClaimKind::LateNotificationStated,
    crate::lang::data::DERIVE_CLAIMS_LATE_NEGATED,
)];

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
