//! `advice` by saying plainly that the reader need do nothing.
//!
//! `[signal]`: an explicit no-action statement — "there is no need for you to act",
//! `kein Handlungsbedarf`, `rien à faire`, `non deve fare nulla`, `u hoeft niets te
//! doen` — which the contract counts as advice on its own (`advice` element, "or says
//! explicitly that they need to do nothing").
//!
//! Example: "Es besteht kein Handlungsbedarf für Sie." → advice, evidence "kein
//! Handlungsbedarf".

use super::Kind;
use crate::elements::{CueTables, ElementId};

/// The frame tables (`core/lang/<xx>/frames/no_action.cues`).
pub(crate) static CUES: CueTables = crate::lang::data::FRAMES_NO_ACTION;

/// No-action statements stand alone.
pub(crate) static KIND: Kind = Kind {
    element: ElementId::Advice,
    gap: 0,
    imperative: false,
    alone: true,
};
