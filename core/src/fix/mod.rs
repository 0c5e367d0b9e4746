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
use crate::limits::{MAX_FIX_PHRASES, MAX_KEPT_SENTENCES};
use crate::span::Span;
use crate::text::email::Emails;
use crate::text::matcher::DecodedIndex;
use crate::text::sentences::Sentence;

/// The sentences of a notice ([`crate::text::sentences::Sentences`]) as the reading pass
/// found them, kept for the review (up to [`MAX_KEPT_SENTENCES`]; a notice with more is
/// split again). Internal: the reading pass fills it in [`crate::report::Scratch`].
#[derive(Debug, Clone, Default)]
pub(crate) struct KeptSentences {
    sentences: heapless::Vec<Sentence, MAX_KEPT_SENTENCES>,
    /// Whether a sentence did not fit.
    overflow: bool,
    /// Whether `sentences` are all the sentences of the text last read ([`Self::finish`]).
    complete: bool,
}

impl KeptSentences {
    /// None kept.
    pub const fn new() -> Self {
        KeptSentences {
            sentences: heapless::Vec::new(),
            overflow: false,
            complete: false,
        }
    }

    /// Forgets what was kept: the next text's sentences are kept from the first.
    pub fn clear(&mut self) {
        self.sentences.clear();
        self.overflow = false;
        self.complete = false;
    }

    /// Keeps the next sentence of the text (past the capacity, none is kept).
    pub fn push(&mut self, sentence: Sentence) {
        self.overflow |= self.sentences.push(sentence).is_err();
    }

    /// Marks the sentences kept as all of the text's, unless one did not fit.
    pub fn finish(&mut self) {
        self.complete = !self.overflow;
    }

    /// The text's sentences, in order, if all were kept.
    pub fn all(&self) -> Option<&[Sentence]> {
        self.complete.then_some(self.sentences.as_slice())
    }
}

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
    let judged = (notice, derived, facts);
    review_with(text, lang, audience, judged, phrases, None)
}

/// [`review`] with the text's sentences already found (`sentences`, all of them, in
/// order: [`KeptSentences::all`]), which are then not searched for again.
pub(crate) fn review_with(
    text: &str,
    lang: Lang,
    audience: Audience,
    (notice, derived, facts): (&NoticeReport, Option<&DerivedFacts>, Option<&Facts>),
    phrases: &mut DecodedIndex<MAX_FIX_PHRASES>,
    sentences: Option<&[Sentence]>,
) -> Review {
    let data = data::lang_data(lang);
    let decoded = data.phrases.decode_into(phrases);
    let cx = signals::Context {
        text,
        lang,
        data,
        phrases: decoded,
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
    // One pass over the sentences and words for the signals and the readability counts.
    let mut counter = readability::Counter::new(lang);
    let (signals, closing) = signals::find_signals_in(&cx, Some(&mut counter), sentences);
    let at = closing.map_or(u32::try_from(text.len()).unwrap_or(u32::MAX), |c| c.start);
    Review {
        insert_at: Span { start: at, end: at },
        signals,
        readability: readability::of_counts(counter.counts(), lang),
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
