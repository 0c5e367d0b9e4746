//! Risks named anywhere: `consequences` wherever they appear, unless negated.
//!
//! `[signal]`: a risk or its actor named on its own — phishing, fraudsters, fake
//! invoices, identity theft, cracked passwords, someone posing as us — even inside advice
//! ("stay alert for fake invoices"). `[block]`: a negation in its clause ("no indication
//! of fraud", "never at risk"); `[contrast]` ends the clause ("no misuse so far, but
//! phishing is possible" keeps the phishing).
//!
//! Example: "Stay alert for fake invoices in the coming weeks." → consequences, evidence
//! "fake".

use super::Kind;
use crate::elements::{CueTables, ElementId};

/// The frame tables (`core/lang/<xx>/frames/risks.cues`).
pub(crate) static CUES: CueTables = crate::lang::data::FRAMES_RISKS;

/// How risks combine: alone.
pub(crate) static KIND: Kind = Kind {
    element: ElementId::Consequences,
    gap: 0,
    imperative: false,
    alone: true,
};
