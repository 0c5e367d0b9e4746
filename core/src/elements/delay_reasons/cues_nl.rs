//! `delay_reasons` cues in Dutch. Format: [`crate::elements::cue`]; sorted by phrase.

use crate::cue_table;
use crate::elements::{CueTable, Example};

/// The phrase table.
pub(super) static CUES: CueTable = cue_table![
    Reason "aangezien",
    Reason "als gevolg van",
    Anchor "buiten de termijn",
    Reason "daardoor",
    Reason "daarom",
    Reason "doordat",
    Block "excuses",
    Reason "hierdoor",
    Anchor "late melding",
    Anchor "later dan 72 uur",
    Signal "later gemeld doordat",
    Signal "later gemeld omdat",
    Anchor "na 72 uur",
    Anchor "na het verstrijken",
    Anchor "na meer dan 72 uur",
    Anchor "niet binnen 72 uur",
    Signal "niet eerder gemeld doordat",
    Signal "niet eerder gemeld omdat",
    Reason "om die reden",
    Reason "omdat",
    Signal "oorzaak van de vertraging",
    Reason "pas later",
    Reason "pas na",
    Reason "pas op",
    Reason "pas toen",
    Signal "reden van de late melding",
    Signal "reden van de verlate melding",
    Signal "reden van de vertraging",
    Signal "reden voor de late melding",
    Signal "reden voor de verlate melding",
    Signal "reden voor de vertraging",
    Signal "redenen van de vertraging",
    Signal "redenen voor de late melding",
    Signal "redenen voor de vertraging",
    Block "spijt",
    Anchor "te laat",
    Reason "te wijten aan",
    Reason "vanwege",
    Anchor "verlate melding",
    Block "verontschuldigen",
    Reason "veroorzaakt door",
    Anchor "vertraging",
    Signal "vertraging is het gevolg",
    Signal "vertraging is te wijten",
    Signal "vertraging is veroorzaakt",
    Signal "vertraging komt doordat",
    Signal "vertraging was te wijten",
    Signal "vertraging werd veroorzaakt",
    Block "zonder onredelijke vertraging",
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "De vertraging is te wijten aan het feit dat onze verwerker ons pas op 10 maart informeerde.",
    bad: "Excuses voor de late melding.",
};
