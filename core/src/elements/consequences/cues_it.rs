//! `consequences` cues in Italian. Format: [`crate::elements::cue`]; sorted by phrase.

#[allow(unused_imports, reason = "every role is available to the table")]
use crate::elements::{Cue, Example, Role::*};

/// The phrase table.
pub(super) static CUES: &[Cue] = &[];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example { good: "", bad: "" };
