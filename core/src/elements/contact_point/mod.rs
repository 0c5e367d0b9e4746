//! `contact_point`: a DPO or other contact point with a channel.
//!
//! # What it checks
//! The notice offers a channel (e-mail, phone, URL / web form, postal address) where people
//! can ask about *this* breach, or names a data protection officer with a channel.
//!
//! # Roles used
//! - `Anchor`: a contact phrase: `questions`, `contact us`, `data protection officer`,
//!   `dpo`, `hotline`, `helpline`, `write to us`, `call us`, `datenschutzbeauftragt*`,
//!   `bei fragen`, `erreichen sie`. Words inside an e-mail address are words too, so a
//!   `dpo@…` or `datenschutz@…` address matches its own anchor.
//! - `Signal`: a phrase that is itself a channel offered for questions, so needs no
//!   detected address: `reply to this email`, `antworten sie auf diese e mail`.
//! - `Block`: look-alikes that offer a channel for something else: `unsubscribe`,
//!   `newsletter`, `booking*`, `order enquiries`, `do not reply`, `abmelden`, `buchung*`.
//!   An address whose own words are the sentence's only `Anchor` (`privacy@…`,
//!   `ledenadministratie@…`) answers the sentence before: it is blocked when that
//!   sentence's `Anchor` is ("Vragen over je contributie? Mail ledenadministratie@…").
//!
//! # Present when
//! A `Signal` matches in a sentence without a `Block`; or an `Anchor` matches in a sentence without a `Block` of this element, and a channel
//! (detected structurally by `text::email`, `text::phone`, `text::url`, postal-address
//! heuristics) lies in the **same sentence or the next one**, where the channel's own
//! sentence has no `Block` of this element either.
//!
//! # Not enough
//! "If you have any concerns, please get in touch with us." (no channel); "Bei Fragen
//! wenden Sie sich bitte an das Sekretariat." (no channel); "To unsubscribe from our
//! newsletter, write to unsubscribe@…" (Block); a booking hotline (Block).
//!
//! # Legal basis
//! Data subjects: Art. 34(2) and 33(3)(b) GDPR. Authority: Art. 33(3)(b) GDPR.

use super::{AudienceRule, CueTables, Element, ElementId, Examples, Requirement, Negation, RuleKind};

/// Phrase tables, one per language (`core/lang/<xx>/contact_point.cues`).
pub static CUES: CueTables = crate::lang::data::CONTACT_POINT;

/// The good and bad examples per language (`core/lang/<xx>/contact_point.cues`).
pub static EXAMPLES: Examples = crate::lang::data::CONTACT_POINT_EXAMPLES;

/// The registry entry.
pub static ELEMENT: Element = Element {
    id: ElementId::ContactPoint,
    data_subjects: Some(AudienceRule {
        requirement: Requirement::Required,
        citation: "Art. 34(2) and 33(3)(b) GDPR",
    }),
    authority: Some(AudienceRule {
        requirement: Requirement::Required,
        citation: "Art. 33(3)(b) GDPR",
    }),
    summary: "Give the name and contact details of the data protection officer or another contact point where people can ask about this breach.",
    rule: RuleKind::AnchorChannel,
    negation: Negation::Ignored,
};
