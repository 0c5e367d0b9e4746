//! `delay_reasons`: why the notification comes after 72 hours.
//!
//! # What it checks
//! The notice explains why it comes later than 72 hours after awareness (Art. 33(1)).
//! - `late == Some(true)`: judged and required (present or missing).
//! - `late == Some(false)`: `not_applicable`.
//! - `late == None` (facts unknown): when the notice itself explains a delay (the rule
//!   below is met), it is `present`, requirement `conditional`, `required: true` — the
//!   text says the notification is late, so the reasons count; otherwise
//!   `not_applicable`.
//!
//! # Roles used
//! - `Signal`: a phrase that itself announces the explanation: `the delay is due to`,
//!   `reason for the delay`, `could not notify earlier because`, `grund fur die verspatete`,
//!   `die verzogerung ist darauf zuruckzufuhren`.
//! - `Anchor`: a mention of the lateness: `delay*`, `late notification`,
//!   `after 72 hours`, `verspatet*`, `verzogerung`, `nach ablauf der 72`. Realises the element
//!   only with a `Reason` of this element in the **same sentence, the next one or the one
//!   before it in its paragraph** (an explanation written first: "The only administrator
//!   was on sick leave until 31 July. We know this comes after 72 hours.").
//! - `Reason`: `because`, `due to`, `since`, `as`, `weil`, `da`, `aufgrund`, `wegen`.
//! - `Block`: apologies without a reason (`we apologise for the delay`,
//!   `bitten die verspatete meldung zu entschuldigen`); cancels Signals and Anchors in its
//!   sentence.
//!
//! # Present when
//! A `Signal` in a sentence without a `Block`; or an `Anchor` in a sentence without a `Block`
//! with a `Reason` in that sentence, the next or the one before in its paragraph.
//!
//! When the facts show the notification late (`late == Some(true)`: dates read from the
//! notice, or given) and no rule above realised it, a `Reason` in a sentence without an
//! `Anchor`, with a date after the day of awareness in its clause (at most
//! `analysis::REASON_DATE_GAP` bytes away, no `;` between), also realises it, unless the
//! sentence is the one the awareness date was read from: "De ontvanger was pas op 9 maart
//! bereikbaar", "notre DPO était en congé jusqu'au 9 mars" (`analysis::LateReason`).
//!
//! A form field or heading of the reasons gives none when its value is a placeholder
//! ("Motivele întârzierii: –", "Reasons for the delay: N/A", "Motifs du retard : néant":
//! at most four letters or digits, or that few before a mark; a longer "none" or "not
//! applicable" is a `Block`); when nothing follows
//! it on its line ("Motivele întârzierii:" ending its line, a heading "5. Reasons for the
//! delay"), the next line is its value unless that is another field ("4. Măsuri luate: …")
//! or a heading: a line with a `Reason` or `Signal`, or a sentence that no `Block` of the
//! element stops (an apology for the delay, "not applicable": no reason) (`analysis::field_value`;
//! with the `derive` feature only, as the dated reason: a one-language firmware without it
//! reads such a label as any other cue).
//!
//! An `Anchor` that counts days ("elf dagen na de ontdekking", "la 6 zile de la
//! constatare") is a lateness only after a number above 3.
//!
//! # Not enough
//! "Wir bitten, die verspätete Meldung zu entschuldigen."; "This notification is made after
//! the 72-hour deadline." (no reason).
//!
//! # Legal basis
//! Data subjects: does not apply. Authority: Art. 33(1) GDPR.

use super::{AudienceRule, CueTables, Element, ElementId, Examples, Requirement, Negation, RuleKind};

/// Phrase tables, one per language (`core/lang/<xx>/delay_reasons.cues`).
pub static CUES: CueTables = crate::lang::data::DELAY_REASONS;

/// The good and bad examples per language (`core/lang/<xx>/delay_reasons.cues`).
pub static EXAMPLES: Examples = crate::lang::data::DELAY_REASONS_EXAMPLES;

/// The registry entry.
pub static ELEMENT: Element = Element {
    id: ElementId::DelayReasons,
    data_subjects: None,
    authority: Some(AudienceRule {
        requirement: Requirement::Conditional,
        citation: "Art. 33(1) GDPR",
    }),
    summary: "When notifying more than 72 hours after becoming aware, explain the reasons for the delay.",
    rule: RuleKind::AnchorReason,
    negation: Negation::Ignored,
};
