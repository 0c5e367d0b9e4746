//! `advice`: what recipients can do themselves.
//!
//! # What it checks
//! The notice tells recipients what they can or should do themselves, or says explicitly that
//! they need to do nothing.
//!
//! # Roles used
//! - `Signal`: a recommendation to the reader: `change your password`, `be alert`,
//!   `we recommend that you`, `check your statements`, `do not click`,
//!   `andern sie ihr passwort`, `sei wachsam`, `achten sie auf`; and the explicit no-action
//!   statements `you do not need to do anything`, `no action is required`,
//!   `sie mussen nichts unternehmen`.
//! - `Block`: reader-directed lines that are not protective advice: `keep this letter`,
//!   `for your records`, `visit our website for updates`. Cancels Signals in its sentence.
//!
//! # Present when
//! A `Signal` matches in a sentence without a `Block` of this element.
//!
//! # Not enough
//! "Please keep this letter for your records."; "If you have any questions, we have set up a
//! helpline" (that is `contact_point`); "Bei Fragen wenden Sie sich an das Sekretariat.".
//!
//! # Legal basis
//! Data subjects: Recital 86 GDPR; EDPB Guidelines 9/2022 §III.B. Authority: does not apply.

use super::{AudienceRule, CueTables, Element, ElementId, Examples, Requirement, Negation, RuleKind};

/// Phrase tables, one per language (`core/lang/<xx>/advice.cues`).
pub static CUES: CueTables = crate::lang::data::ADVICE;

/// The good and bad examples per language (`core/lang/<xx>/advice.cues`).
pub static EXAMPLES: Examples = crate::lang::data::ADVICE_EXAMPLES;

/// The registry entry.
pub static ELEMENT: Element = Element {
    id: ElementId::Advice,
    data_subjects: Some(AudienceRule {
        requirement: Requirement::Recommended,
        citation: "Recital 86 GDPR; EDPB Guidelines 9/2022 §III.B",
    }),
    authority: None,
    summary: "Tell people what they can do to protect themselves (change a password, watch for phishing, check statements), or say plainly that they need to do nothing.",
    rule: RuleKind::Cue,
    negation: Negation::Ignored,
};
