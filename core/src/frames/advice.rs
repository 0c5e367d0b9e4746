//! `advice` frames: the reader is told what to do.
//!
//! Opener (`[anchor]`): who and how — `you should`, `please`, `we recommend`, `everyone
//! must`, `are required to`, `as a precaution`. Action (`[signal]`): an advice verb —
//! change, set, choose, renew, reset, check, watch, be alert, contact your bank, do not.
//! A frame is an opener followed by an action within [`KIND`]`.gap` words ("please renew
//! your Pocketkite PIN"), or an action that opens its line (an imperative: "Set a new
//! password."), or after a fronted subordinate clause opened by a `[reason]` ("if",
//! "wenn", "si", "als") and closed by its comma ("If you use it elsewhere, change it there
//! too"). `[block]`: look-alikes ("do not hesitate", "reply to this").
//!
//! Example: "All members are required to choose a new PIN before 1 March." → advice,
//! evidence "are required to choose".

use super::Kind;
use crate::elements::{CueTables, ElementId};

/// The frame tables (`core/lang/<xx>/frames/advice.cues`).
pub(crate) static CUES: CueTables = crate::lang::data::FRAMES_ADVICE;

/// How advice frames combine.
pub(crate) static KIND: Kind = Kind {
    element: ElementId::Advice,
    gap: 5,
    imperative: true,
    alone: false,
};
