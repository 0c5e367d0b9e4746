//! `nature` frames: people who should not have seen the data were able to see it.
//!
//! Opener (`[anchor]`): a past ability — `were able to`, `konden`, `pouvaient`, `ont pu`,
//! `podían`, `potevano`. Action (`[signal]`): a verb of seeing or reaching the data —
//! see, view, open, download, consult. A frame is an opener followed by an action within
//! [`KIND`]`.gap` words, which leaves room for who saw what and when ("members could,
//! for three days, open the team page and see…"); `[block]` (negation, a condition, a
//! conditional mood: `not`, `if`, `zou`) cancels it in its clause.
//!
//! Example: "Door een fout konden leden de telefoonnummers van andere teams zien." →
//! nature, evidence "konden leden de telefoonnummers van andere teams zien".

use super::Kind;
use crate::elements::{CueTables, ElementId};

/// The frame tables (`core/lang/<xx>/frames/exposure.cues`).
pub(crate) static CUES: CueTables = crate::lang::data::FRAMES_EXPOSURE;

/// How exposure frames combine.
pub(crate) static KIND: Kind = Kind {
    element: ElementId::Nature,
    gap: 10,
    imperative: false,
    alone: false,
};
