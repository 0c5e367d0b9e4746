//! A complete notice drafted from the facts: a dedicated subject line, a salutation, one
//! short paragraph per element of the audience (the [`super::suggest`] sentences, filled
//! from the facts), a closing and a signature with the controller's contact. Plain UTF-8
//! text written into a caller's buffer of [`DRAFT_TEXT_BYTES`]; a draft that does not fit
//! is an error naming [`Limit::DraftBuffer`], never a cut.
//!
//! The frame (subject, salutation, opening, closing, signature) is language data:
//! `core/lang/<xx>/draft.txt`, keys `subject`, `salutation`, `opening`, `closing`,
//! `signature.1` … `signature.4`, each optionally prefixed `authority.` for an Art. 33
//! notification. Unknown facts become visible placeholders, as in the suggestions.

use crate::Audience;
use crate::elements::ElementId;
use crate::error::{Error, ErrorKind, Location};
use crate::facts::Facts;
use crate::fix::data::{entry, lang_data};
use crate::fix::suggest::render::{Fill, Full, Sink, SliceSink, render};
use crate::fix::suggest::suggest;
use crate::lang::Lang;
use crate::limits::{DRAFT_TEXT_BYTES, Limit};

/// What to draft.
#[derive(Debug, Clone, Copy)]
pub struct DraftRequest<'a> {
    /// The facts known (given, merged over those read from a notice if one was given).
    pub facts: &'a Facts,
    /// Who the notice is for.
    pub audience: Audience,
    /// Its language.
    pub lang: Lang,
    /// A contact e-mail address to use (one found in a notice), else a placeholder.
    pub contact: Option<&'a str>,
    /// Write each placeholder's sample value instead of `[label]` (a preview of a filled
    /// draft; the tests check such drafts are complete).
    pub samples: bool,
}

/// The elements of a draft, in the order a reader needs them (`timeline` is said by the
/// `nature` sentence, which opens with the date).
const ORDER: [ElementId; 11] = [
    ElementId::Nature,
    ElementId::Timeline,
    ElementId::DataCategories,
    ElementId::SubjectCategories,
    ElementId::SubjectCount,
    ElementId::RecordCount,
    ElementId::Consequences,
    ElementId::MeasuresTaken,
    ElementId::Advice,
    ElementId::DelayReasons,
    ElementId::ContactPoint,
];

/// Whether the facts say the authority is notified more than 72 hours after awareness.
fn late(facts: &Facts) -> bool {
    match (facts.aware_at, facts.authority_notified_at) {
        (Some(a), Some(n)) => a.add_hours(72).is_some_and(|d| n > d),
        _ => false,
    }
}

fn frame(lang: Lang, audience: Audience, key: &str) -> Option<&'static str> {
    let data = lang_data(lang).draft;
    if audience == Audience::Authority {
        let mut k: heapless::String<40> = heapless::String::new();
        k.push_str("authority.").ok()?;
        k.push_str(key).ok()?;
        if let Some(t) = entry(data, &k) {
            return Some(t);
        }
    }
    entry(data, key)
}

fn write(out: &mut dyn Sink, req: &DraftRequest<'_>) -> Result<(), Full> {
    let fill = Fill {
        lang: req.lang,
        data: lang_data(req.lang).suggestions,
        facts: req.facts,
        contact: req.contact,
        samples: req.samples,
        authority: req.audience == Audience::Authority,
    };
    let part = |out: &mut dyn Sink, key: &str, end: &str| -> Result<(), Full> {
        if let Some(t) = frame(req.lang, req.audience, key) {
            render(out, &fill, t)?;
            out.put(end)?;
        }
        Ok(())
    };
    part(out, "subject", "\n\n")?;
    part(out, "salutation", "\n\n")?;
    part(out, "opening", "\n\n")?;
    for id in ORDER {
        let Some(rule) = id.element().rule(req.audience) else {
            continue;
        };
        let _ = rule;
        if id == ElementId::DelayReasons && !late(req.facts) {
            continue;
        }
        // The nature sentence opens with the date: it is the timeline too.
        if id == ElementId::Timeline {
            continue;
        }
        suggest(
            out,
            req.lang,
            req.audience,
            id,
            req.facts,
            req.contact,
            req.samples,
        )?;
        out.put("\n\n")?;
    }
    part(out, "closing", "\n\n")?;
    for key in ["signature.1", "signature.2", "signature.3", "signature.4"] {
        part(out, key, "\n")?;
    }
    Ok(())
}

/// Writes the draft into `out` and returns its length in bytes. [`DRAFT_TEXT_BYTES`]
/// always suffices; a smaller buffer the draft does not fit is
/// [`ErrorKind::CapacityExceeded`] with [`Limit::DraftBuffer`].
///
/// A language whose tables are not loaded ([`crate::packs::loaded`]) is
/// [`ErrorKind::LanguageNotLoaded`].
pub fn draft(out: &mut [u8], req: &DraftRequest<'_>) -> Result<usize, Error> {
    if !crate::packs::loaded(req.lang) {
        return Err(Error::new(
            ErrorKind::LanguageNotLoaded { lang: req.lang },
            Location::Option("lang"),
        ));
    }
    let mut sink = SliceSink::new(out);
    write(&mut sink, req).map_err(|Full| {
        Error::new(
            ErrorKind::CapacityExceeded {
                limit: Limit::DraftBuffer,
            },
            Location::Input,
        )
    })?;
    Ok(sink.len())
}

/// A buffer of the documented capacity.
pub type DraftBuffer = [u8; DRAFT_TEXT_BYTES];

#[cfg(test)]
mod tests;
