//! `consequences` frames: a possibility about the data.
//!
//! Opener (`[anchor]`): a possibility with a third party acting — `could`, `might`,
//! `someone could`, `criminals may`, `könnten`, `pourraient`. Action (`[signal]`): a
//! harm verb — recover, crack, impersonate, contact you, trick, take over. A frame is an
//! opener followed by an action within [`KIND`]`.gap` words; `[block]` (negation: `not`,
//! `no one`, `cannot`) cancels it in its clause, `[contrast]` (`but`) ends the clause.
//!
//! Example: "Given enough time someone could recover short passwords." → consequences,
//! evidence "someone could recover".

use super::Kind;
use crate::elements::{CueTables, ElementId};

/// The frame tables (`core/lang/<xx>/frames/consequences.cues`).
pub(crate) static CUES: CueTables = crate::lang::data::FRAMES_CONSEQUENCES;

/// How consequence frames combine.
pub(crate) static KIND: Kind = Kind {
    element: ElementId::Consequences,
    gap: 5,
    imperative: false,
    alone: false,
};
