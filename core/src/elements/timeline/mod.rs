//! `timeline`: when the breach happened or was discovered.
//!
//! # What it checks
//! The notice says when the breach happened, for how long, or when it was discovered.
//!
//! # Roles used
//! - `Anchor`: event or discovery words: `discovered`, `happened`, `occurred`, `between`,
//!   `since`, `became aware`, `noticed`, `attack`, `incident`, `breach`, `festgestellt`,
//!   `bemerkt`, `zwischen`, `seit`, `vorfall`, `angriff`. Realises the element only with a
//!   date, a weekday or a time (detected structurally by `text::dates`) or a relative-time
//!   `Signal` in the **same sentence or the next one**.
//! - `Signal`: relative-time phrases that date the event on their own: `last week`,
//!   `yesterday`, `over the weekend`, `last night`, `letzte woche`, `gestern`,
//!   `am wochenende`. Not vague ones (`recently`, `kurzlich`), not periods of something
//!   else (`der letzten zwolf monate`).
//! - `Block`: dates that are not the breach's: `date`, `published`, `last updated`,
//!   `valid until`, `gultig bis`, `erscheint am`, `datum`. Cancels Anchors and Signals in its
//!   sentence.
//!
//! # Present when
//! A `Signal` matches in a sentence without a `Block`; or an `Anchor` matches in a sentence
//! without a `Block` and a date/time or relative-time Signal lies in that sentence or the
//! next one (a date in a Blocked sentence does not count). A `nature` Signal (the event
//! itself: "am 11. Februar wurde Ihr Brief versehentlich verschickt") also acts as an
//! Anchor, but only for a date, weekday or time in its **own** sentence — so event nouns
//! need not be repeated in this table.
//!
//! # Not enough
//! The e-mail's own "Date:" header, a letter's "Leipzig, 18. Februar 2025", "We recently
//! became aware", "Last updated: 28 August 2025", "Aktion gultig bis 30. April".
//!
//! # Legal basis
//! Data subjects: EDPB Guidelines 9/2022 §III.B; Reg. (EU) 611/2013 Annex II. Authority: EDPB Guidelines 9/2022 §III.A; Reg. (EU) 611/2013 Annex I.

use super::{AudienceRule, CueTables, Element, ElementId, Examples, Requirement, Negation, RuleKind};

/// Phrase tables, one per language (`core/lang/<xx>/timeline.cues`).
pub static CUES: CueTables = crate::lang::data::TIMELINE;

/// The good and bad examples per language (`core/lang/<xx>/timeline.cues`).
pub static EXAMPLES: Examples = crate::lang::data::TIMELINE_EXAMPLES;

/// The registry entry.
pub static ELEMENT: Element = Element {
    id: ElementId::Timeline,
    data_subjects: Some(AudienceRule {
        requirement: Requirement::Recommended,
        citation: "EDPB Guidelines 9/2022 §III.B; Reg. (EU) 611/2013 Annex II",
    }),
    authority: Some(AudienceRule {
        requirement: Requirement::Recommended,
        citation: "EDPB Guidelines 9/2022 §III.A; Reg. (EU) 611/2013 Annex I",
    }),
    summary: "Say when the breach happened, for how long, or when it was discovered.",
    rule: RuleKind::AnchorDate { event: ElementId::Nature },
    negation: Negation::Ignored,
};
