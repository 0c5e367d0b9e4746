//! `contact_point` cues in English. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

#[allow(unused_imports, reason = "every role is available to the table")]
use crate::elements::{Cue, Example, Role::*};

/// The phrase table.
pub(super) static CUES: &[Cue] = &[
    Cue::new("any questions", Anchor),
    Cue::new("appointment*", Block),
    Cue::new("baggage", Block),
    Cue::new("booking", Block),
    Cue::new("bookings", Block),
    Cue::new("call our", Anchor),
    Cue::new("call them", Anchor),
    Cue::new("call us", Anchor),
    Cue::new("can be reached", Anchor),
    Cue::new("concerns", Anchor),
    Cue::new("contact our", Anchor),
    Cue::new("contact point", Anchor),
    Cue::new("contact us", Anchor),
    Cue::new("data protection lead", Anchor),
    Cue::new("data protection officer", Anchor),
    Cue::new("dataprotection", Anchor),
    Cue::new("do not reply", Block),
    Cue::new("dpo", Anchor),
    Cue::new("e mail us", Anchor),
    Cue::new("email us", Anchor),
    Cue::new("enquiries about this", Anchor),
    Cue::new("flight changes", Block),
    Cue::new("get in touch", Anchor),
    Cue::new("help center", Block),
    Cue::new("help centre", Block),
    Cue::new("helpline", Anchor),
    Cue::new("hotline", Anchor),
    Cue::new("marketing", Block),
    Cue::new("more information", Anchor),
    Cue::new("newsletter", Block),
    Cue::new("no reply", Block),
    Cue::new("noreply", Block),
    Cue::new("order enquir*", Block),
    Cue::new("order status", Block),
    Cue::new("privacy", Anchor),
    Cue::new("privacy office*", Anchor),
    Cue::new("privacy team", Anchor),
    Cue::new("question", Anchor),
    Cue::new("questions", Anchor),
    Cue::new("reach her", Anchor),
    Cue::new("reach him", Anchor),
    Cue::new("reach our", Anchor),
    Cue::new("reach them", Anchor),
    Cue::new("reach us", Anchor),
    Cue::new("reply to this e mail", Signal),
    Cue::new("reply to this email", Signal),
    Cue::new("respond to this e mail", Signal),
    Cue::new("respond to this email", Signal),
    Cue::new("speak to", Anchor),
    Cue::new("speak with", Anchor),
    Cue::new("unsubscribe", Block),
    Cue::new("write to", Anchor),
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "If you have any questions, contact our Data Protection Officer at dpo@example.com.",
    bad: "To unsubscribe from our newsletter, write to unsubscribe@example.com.",
};
