//! `measures_taken` frames: the controller did or will do something.
//!
//! Opener (`[anchor]`): the controller acting or a passive with the controller implied —
//! `we`, `we have`, `was`, `were`, `has been`, `wurde`, `a été`, `è stato`. Action
//! (`[signal]`): a measure verb — closed, rotated, reset, blocked, taken offline, made
//! private, reported to the police, engaged experts. A frame is an opener followed by an
//! action within [`KIND`]`.gap` words (a German passive puts the participle last: "die
//! Lücke wurde noch am selben Abend geschlossen"). `[block]`: the reader is the one asked
//! to act (`we recommend`, `you should`, `please`).
//!
//! Example: "We rotated every API key." → measures_taken, evidence "We rotated".

use super::Kind;
use crate::elements::{CueTables, ElementId};

/// The frame tables (`core/lang/<xx>/frames/measures.cues`).
pub(crate) static CUES: CueTables = crate::lang::data::FRAMES_MEASURES;

/// How measure frames combine.
pub(crate) static KIND: Kind = Kind {
    element: ElementId::MeasuresTaken,
    gap: 6,
    imperative: false,
    alone: false,
};
