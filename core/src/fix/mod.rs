//! Fix it: what a notice needs next — suggested sentences for its missing elements
//! ([`suggest`]), a whole draft from the facts ([`draft`]), its readability with the
//! formula proper to its language ([`readability`]) and the signals that make readers
//! misread or distrust it ([`signals`]).
//!
//! Everything here is language data plus one logic for all languages: the phrase groups,
//! templates and wording live in `core/lang/<xx>/` (`signals.txt`, `jargon.txt`,
//! `suggestions.txt`, `draft.txt`; format in `core/lang/FIX_FORMAT.md`): the phrase files
//! packed at build time into cue indexes ([`phrase`]), the templates into tables sorted
//! by key ([`data`]); nothing is allocated.

pub mod data;
pub mod draft;
pub mod phrase;
pub mod readability;
pub mod signals;
pub mod suggest;

use crate::Audience;
use crate::analysis::NoticeReport;
use crate::derive::DerivedFacts;
use crate::elements::Status;
use crate::facts::Facts;
use crate::lang::Lang;
use crate::limits::MAX_FIX_PHRASES;
use crate::span::Span;
use crate::text::email::Emails;
use crate::text::matcher::{DecodedIndex, PairDirectory};

/// Longest e-mail address of a notice reused in the suggestions (RFC 5321's path limit
/// less the angle brackets).
pub const MAX_CONTACT_BYTES: u32 = 254;

/// The report's `signals`, `readability` and `suggestions` for one notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    /// Findings on clarity and trust.
    pub signals: signals::Signals,
    /// The readability score, or `None` for a text without words.
    pub readability: Option<readability::Readability>,
    /// A sentence for each missing element.
    pub suggestions: suggest::Suggestions,
    /// Where a suggestion is best inserted: the start of the closing ("Kind regards",
    /// the signature), else the end of the text (an empty span; the report's
    /// `insert_at`).
    pub insert_at: Span,
}

/// Reviews `text` (in `lang`, for `audience`), judged as `notice`, with the facts read
/// from it (`derived`) and the facts known overall (`facts`). `phrases` is working memory
/// for the language's decoded signal and jargon phrases (whatever it held is replaced;
/// the caller keeps it, e.g. in [`crate::report::Scratch`], so that it is not on the stack).
pub fn review(
    text: &str,
    lang: Lang,
    audience: Audience,
    notice: &NoticeReport,
    derived: Option<&DerivedFacts>,
    facts: Option<&Facts>,
    phrases: &mut DecodedIndex<MAX_FIX_PHRASES>,
) -> Review {
    let decoded = data::lang_data(lang).phrases.decode_into(phrases);
    let mut scan = signals::SignalScan::new(lang);
    scan.read_all(text, &decoded);
    let judged = (notice, derived, facts);
    review_with(text, lang, audience, judged, phrases, &mut scan)
}

/// The phrases of `lang` decoded into `phrases` and searched with `pairs`, built for them
/// here: for a [`signals::SignalScan`] fed by the reading pass ([`crate::report`]).
pub(crate) fn decode_phrases<'a>(
    lang: Lang,
    phrases: &'a mut DecodedIndex<MAX_FIX_PHRASES>,
    pairs: &'a mut PairDirectory,
) -> phrase::Phrases<'a> {
    let decoded = data::lang_data(lang).phrases.decode_into(phrases);
    pairs.build(&decoded.cues());
    let pairs: &'a PairDirectory = pairs;
    decoded.with_pairs(pairs)
}

/// [`review`] of a text already read: `scan` has read every sentence of `text`, in
/// order, with the phrases of `lang` decoded into `phrases` (which are not decoded again).
pub(crate) fn review_with(
    text: &str,
    lang: Lang,
    audience: Audience,
    (notice, derived, facts): (&NoticeReport, Option<&DerivedFacts>, Option<&Facts>),
    phrases: &DecodedIndex<MAX_FIX_PHRASES>,
    scan: &mut signals::SignalScan,
) -> Review {
    let data = data::lang_data(lang);
    let cx = signals::Context {
        text,
        lang,
        data,
        phrases: data.phrases.decoded(phrases),
        notice: Some(notice),
        derived,
    };
    let mut elements = heapless::Vec::new();
    for e in &notice.elements {
        if e.status == Status::Missing {
            let _ = elements.push(e.id);
        }
    }
    let contact = Emails::new(text, 0)
        .next()
        .and_then(|(a, b)| Span::in_text(text, a, b))
        // An address longer than RFC 5321 allows (254 bytes) is not reused: a suggestion
        // must fit SUGGESTION_TEXT_BYTES whole.
        .filter(|s| s.len() <= MAX_CONTACT_BYTES);
    // The signals and the readability counts, from the one pass over the sentences and
    // words that `scan` made.
    let (signals, closing, counts) = scan.finish(&cx);
    let at = closing.map_or(u32::try_from(text.len()).unwrap_or(u32::MAX), |c| c.start);
    Review {
        insert_at: Span { start: at, end: at },
        signals,
        readability: readability::of_counts(counts, lang),
        suggestions: suggest::Suggestions {
            lang,
            audience,
            elements,
            facts: facts.copied().unwrap_or_default(),
            contact,
        },
    }
}

/// The largest review a report can carry in `lang` for `audience` (for the
/// `REPORT_JSON_BYTES` bound): every signal with full evidence at the largest offsets,
/// the longest score and counts, a suggestion for every element of the audience with
/// every data kind named.
#[cfg(test)]
pub(crate) fn maximal_review(lang: Lang, audience: Audience, facts: &Facts) -> Review {
    use crate::limits::MAX_EVIDENCE;
    let far = Span {
        start: u32::MAX - 1,
        end: u32::MAX,
    };
    let mut signals = signals::Signals::new();
    for id in signals::SignalId::ALL {
        let mut s = signals::Signal::new(id, signals::Severity::Warning);
        for _ in 0..MAX_EVIDENCE {
            let _ = s.evidence.push(far);
        }
        s.evidence_truncated = true;
        let _ = signals.push(s);
    }
    let mut elements = heapless::Vec::new();
    for id in crate::ElementId::ALL {
        if id.element().rule(audience).is_some() {
            let _ = elements.push(id);
        }
    }
    Review {
        insert_at: Span {
            start: u32::MAX,
            end: u32::MAX,
        },
        signals,
        readability: Some(readability::Readability {
            formula: "flesch_reading_ease",
            score_tenths: i64::MIN,
            band: readability::Band::FairlyDifficult,
            counts: readability::Counts {
                sentences: u32::MAX,
                words: u32::MAX,
                syllables: u32::MAX,
                letters: u32::MAX,
                polysyllables: u32::MAX,
                long_words: u32::MAX,
            },
        }),
        suggestions: suggest::Suggestions {
            lang,
            audience,
            elements,
            facts: *facts,
            contact: None,
        },
    }
}
