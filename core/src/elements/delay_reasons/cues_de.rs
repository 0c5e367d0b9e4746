//! `delay_reasons` cues in German. Format: [`crate::elements::cue`]; sorted by phrase.
//! Roles and rule: see the element's `mod.rs` (`# Roles used`).

use crate::cue_table;
use crate::elements::{CueTable, Example};

/// The phrase table.
pub(super) static CUES: CueTable = cue_table![
    Anchor "72 stunden",
    Anchor "72 stunden frist",
    Reason "aufgrund",
    Signal "begrundung der verzogerung",
    Reason "da",
    Reason "denn",
    Block "entschuldigen sie",
    Block "entschuldigung",
    Signal "grund fur die verspatete",
    Signal "grund fur die verspatung",
    Signal "grund fur die verzogerung",
    Signal "grunde fur die verspatete",
    Signal "grunde fur die verspatung",
    Signal "grunde fur die verzogerung",
    Reason "irrtumlich",
    Anchor "nach ablauf",
    Anchor "nach kenntnis",
    Anchor "verspatet",
    Anchor "verspatete",
    Anchor "verspateten",
    Anchor "verzogerung",
    Signal "verzogerung ist darauf zuruckzufuhren",
    Reason "wegen",
    Reason "weil",
    Block "zu entschuldigen",
    Reason "zuruckzufuhren",
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Die Meldung erfolgt verspätet, weil unser Datenschutzbeauftragter erkrankt war.",
    bad: "Wir bitten, die verspätete Meldung zu entschuldigen.",
};
