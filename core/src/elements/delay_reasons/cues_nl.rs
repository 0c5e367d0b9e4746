//! `delay_reasons` cues in Dutch. Format: [`crate::elements::cue`]; sorted by phrase.

#[allow(unused_imports, reason = "every role is available to the table")]
use crate::elements::{Cue, Example, Role::*};

/// The phrase table.
pub(super) static CUES: &[Cue] = &[
    Cue::new("aangezien", Reason),
    Cue::new("als gevolg van", Reason),
    Cue::new("buiten de termijn", Anchor),
    Cue::new("daardoor", Reason),
    Cue::new("daarom", Reason),
    Cue::new("doordat", Reason),
    Cue::new("excuses", Block),
    Cue::new("hierdoor", Reason),
    Cue::new("late melding", Anchor),
    Cue::new("later dan 72 uur", Anchor),
    Cue::new("later gemeld doordat", Signal),
    Cue::new("later gemeld omdat", Signal),
    Cue::new("na 72 uur", Anchor),
    Cue::new("na het verstrijken", Anchor),
    Cue::new("na meer dan 72 uur", Anchor),
    Cue::new("niet binnen 72 uur", Anchor),
    Cue::new("niet eerder gemeld doordat", Signal),
    Cue::new("niet eerder gemeld omdat", Signal),
    Cue::new("om die reden", Reason),
    Cue::new("omdat", Reason),
    Cue::new("oorzaak van de vertraging", Signal),
    Cue::new("pas later", Reason),
    Cue::new("pas na", Reason),
    Cue::new("pas op", Reason),
    Cue::new("pas toen", Reason),
    Cue::new("reden van de late melding", Signal),
    Cue::new("reden van de verlate melding", Signal),
    Cue::new("reden van de vertraging", Signal),
    Cue::new("reden voor de late melding", Signal),
    Cue::new("reden voor de verlate melding", Signal),
    Cue::new("reden voor de vertraging", Signal),
    Cue::new("redenen van de vertraging", Signal),
    Cue::new("redenen voor de late melding", Signal),
    Cue::new("redenen voor de vertraging", Signal),
    Cue::new("spijt", Block),
    Cue::new("te laat", Anchor),
    Cue::new("te wijten aan", Reason),
    Cue::new("vanwege", Reason),
    Cue::new("verlate melding", Anchor),
    Cue::new("verontschuldigen", Block),
    Cue::new("veroorzaakt door", Reason),
    Cue::new("vertraging", Anchor),
    Cue::new("vertraging is het gevolg", Signal),
    Cue::new("vertraging is te wijten", Signal),
    Cue::new("vertraging is veroorzaakt", Signal),
    Cue::new("vertraging komt doordat", Signal),
    Cue::new("vertraging was te wijten", Signal),
    Cue::new("vertraging werd veroorzaakt", Signal),
    Cue::new("zonder onredelijke vertraging", Block),
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "De vertraging is te wijten aan het feit dat onze verwerker ons pas op 10 maart informeerde.",
    bad: "Excuses voor de late melding.",
};
