//! Negation scope: a data kind or a risk that the notice says is *not* concerned.
//!
//! `[signal]`: a negation (`not`, `never`, `no`, `nicht`, `kein*`, `pas`, `jamais`,
//! `non`, `niet`, `geen`…); `[contrast]`: a word after which a positive mention may
//! follow ("but"); `[block]`: a negation that does not deny the data ("not only", "no
//! later than"). Used by [`super::SentenceFrames::negates`]: the analyser drops a
//! `data_categories` or `consequences` cue of a sentence when a negation stands within
//! [`GAP`] words of it in its clause.
//!
//! Example: "Card numbers were never at risk." → no `data_categories` from "Card numbers".

use crate::elements::CueTables;

/// The negation tables (`core/lang/<xx>/frames/negation.cues`).
pub(crate) static CUES: CueTables = crate::lang::data::FRAMES_NEGATION;

/// The most words between a negation and the cue it denies.
pub(crate) const GAP: usize = 6;
