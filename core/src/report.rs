//! The report of contract §4 and its JSON writer into a caller-supplied buffer.
//!
//! [`evaluate`] is the engine's one entry point for a whole check: it detects the notice's
//! language (unless given), reads incident facts from the text, puts the caller's explicit
//! facts over them, decides the obligations ([`crate::obligations::assess`]) when any fact
//! is known, and judges each element of the notice ([`crate::analysis::analyze`]) with the
//! lateness that decision implies (a late authority notice must give `delay_reasons`).
//! [`Report::write_json`] writes the contract JSON with `serde-json-core`; it allocates
//! nothing and never truncates: a buffer too small is an error.
//!
//! ```
//! use breachnotice::facts::Facts;
//! use breachnotice::limits::REPORT_JSON_BYTES;
//! use breachnotice::report::{evaluate, LangChoice, Request};
//! use breachnotice::time::Timestamp;
//! use breachnotice::{Audience, ElementId, Status};
//!
//! let notice = "On 20 November 2026 an attacker accessed our customer database. \
//!     Names and e-mail addresses were copied. You may receive phishing e-mails. \
//!     We have closed the gap and reset all passwords. \
//!     Questions? Contact our data protection officer at dpo@example.com.";
//! let facts = Facts::from_json(br#"{"aware_at": "2026-11-20T09:00:00Z"}"#)?;
//! let report = evaluate(&Request {
//!     text: Some(notice),
//!     audience: Audience::DataSubjects,
//!     lang: LangChoice::Auto,
//!     facts: Some(&facts),
//!     now: Timestamp::parse_rfc3339("2026-11-24T10:00:00Z").ok(),
//! });
//! let contact = report.element(ElementId::ContactPoint).map(|e| e.status);
//! assert_eq!(contact, Some(Status::Present));
//!
//! let mut buf = [0u8; REPORT_JSON_BYTES];
//! let n = report.write_json(&mut buf)?;
//! let json = core::str::from_utf8(buf.get(..n).unwrap_or_default()).unwrap_or("");
//! assert!(json.starts_with(r#"{"language":"en","#));
//! # Ok::<(), breachnotice::Error>(())
//! ```

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::Audience;
use crate::analysis::{ElementResult, ElementScan, NoticeReport, cue_index, unknown_language};
use crate::derive::DerivedFacts;
#[cfg(feature = "derive")]
use crate::derive::FactScan;
#[cfg(feature = "derive")]
use crate::derive::index::derive_index;
use crate::elements::ElementId;
use crate::error::{Error, ErrorKind, Location};
use crate::facts::{FactField, FactFields, Facts};
#[cfg(feature = "fix")]
use crate::fix::signals::SignalScan;
#[cfg(feature = "fix")]
use crate::fix::suggest::SuggestionsJson;
#[cfg(feature = "fix")]
use crate::fix::{Review, review_with};
use crate::lang::Lang;
use crate::lang::detect::{self, Detection, detect_scores};
#[cfg(feature = "derive")]
use crate::limits::MAX_DERIVE_INDEX_CUES;
#[cfg(feature = "fix")]
use crate::limits::MAX_FIX_PHRASES;
use crate::limits::{Limit, MAX_ELEMENT_INDEX_CUES, MAX_FRAME_INDEX_CUES};
use crate::obligations::{Assessment, assess};
use crate::text::matcher::{DecodedIndex, PairDirectory};
use crate::text::sentence_words::SentenceWords;
use crate::text::sentences::Sentences;
use crate::time::Timestamp;

/// The engine's version (the crate version), written as the report's `version`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// How to choose the notice's language (contract §1 `--lang`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LangChoice {
    /// Detect it ([`crate::lang::detect::detect`]); `"unknown"` when no supported
    /// language is recognised.
    Auto,
    /// The caller says which language it is; no detection.
    Fixed(Lang),
}

/// One check to run: what [`evaluate`] needs.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    /// The notice text, or `None` to decide only the obligations from `facts`.
    pub text: Option<&'a str>,
    /// Who the notice is addressed to (which article's content rules apply).
    pub audience: Audience,
    /// The notice's language, or [`LangChoice::Auto`].
    pub lang: LangChoice,
    /// Incident facts given explicitly (contract §3); they win over facts read from the
    /// text.
    pub facts: Option<&'a Facts>,
    /// The evaluation time (for the deadline status and lateness when
    /// `authority_notified_at` is unknown). The core has no clock.
    pub now: Option<Timestamp>,
}

/// How the report's language was settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    /// Given by the caller ([`LangChoice::Fixed`]).
    Given(Lang),
    /// Detected in the text.
    Detected(Lang),
    /// Detection found no supported language: no element is judged present.
    NotDetected,
    /// No text was given (and no language): only obligations were decided.
    NoText,
}

impl Language {
    /// The language, when one is known.
    pub const fn lang(self) -> Option<Lang> {
        match self {
            Language::Given(l) | Language::Detected(l) => Some(l),
            Language::NotDetected | Language::NoText => None,
        }
    }

    /// The contract's `language`: an ISO 639-1 code, or `"unknown"`.
    pub const fn code(self) -> &'static str {
        match self.lang() {
            Some(l) => l.as_str(),
            None => "unknown",
        }
    }

    /// `given`, `detected`, `not_detected` or `no_text` (the report's `language_source`).
    pub const fn source(self) -> &'static str {
        match self {
            Language::Given(_) => "given",
            Language::Detected(_) => "detected",
            Language::NotDetected => "not_detected",
            Language::NoText => "no_text",
        }
    }

    /// Why the language is unknown (the report's `language_note`), or `None` when known.
    pub const fn note(self) -> Option<&'static str> {
        match self {
            Language::Given(_) | Language::Detected(_) => None,
            Language::NotDetected => Some(NOT_DETECTED_NOTE),
            Language::NoText => Some(
                "No notice text was given, so no element was judged; only the obligations \
                 were decided from the facts.",
            ),
        }
    }
}

/// The note of [`Language::NotDetected`], listing the languages of `__for_each_lang!`.
macro_rules! not_detected_note {
    ($v0:ident $m0:ident $c0:literal $n0:literal, $($variant:ident $module:ident $code:literal $name:literal,)*) => {
        const NOT_DETECTED_NOTE: &str = concat!(
            "The notice's language was not recognised as one of the supported languages (",
            $c0 $(, ", ", $code)*,
            "), so no element is judged present. Choose the language explicitly to check the \
             notice as one of them."
        );
    };
}
crate::__for_each_lang!(not_detected_note);

/// The result of [`evaluate`]: everything contract §4 reports, as typed values. Spans
/// (`evidence`) are UTF-8 byte offsets into [`Report::text`]; a binding that needs
/// another unit (the wasm crate's UTF-16) converts them from here.
#[derive(Debug, Clone, PartialEq)]
pub struct Report<'a> {
    /// The notice text as given (every span indexes into it); `None` for facts only.
    pub text: Option<&'a str>,
    /// The audience whose article's rules were applied.
    pub audience: Audience,
    /// The language the notice was judged in, and how it was settled.
    pub language: Language,
    /// The evidence behind [`Report::language`] when it was detected (or detection
    /// failed): its confidence and, when undecided, the likeliest language
    /// ([`Detection::guess`]). `None` when the language was given or no text was.
    pub detection: Option<Detection>,
    /// The element-by-element judgement (`elements`, `complete`); `None` when no text
    /// was given.
    pub notice: Option<NoticeReport>,
    /// The decisions from the facts (`obligations`, `risk`); `None` when no fact was
    /// known, neither given nor read from the text.
    pub assessment: Option<Assessment>,
    /// The facts actually assessed: the explicit facts over those read from the text.
    pub facts: Option<Facts>,
    /// What the text states about the incident, with evidence and claims (the report's
    /// `derived_facts`); `None` when no text was given or its language is unknown.
    pub derived: Option<DerivedFacts>,
    /// Facts that came from the text (read there and not overridden by an explicit
    /// fact): the report's `facts_from_text`.
    pub facts_from_text: FactFields,
    /// Signals, readability and suggested sentences ([`crate::fix`]); `None` when no
    /// text was given or its language is unknown. Only with the `fix` feature (default):
    /// without it the report has no `signals`, `readability`, `insert_at` and
    /// `suggestions`.
    #[cfg(feature = "fix")]
    pub review: Option<Review>,
    /// The notice's language when its tables are not loaded (declared, built without its
    /// Cargo feature and its pack not registered: [`crate::packs`]): the text was not
    /// read, and [`Report::write_json`] refuses the report with
    /// [`ErrorKind::LanguageNotLoaded`]. Always `None` without the `packs` feature.
    pub not_loaded: Option<Lang>,
}

impl Report<'_> {
    /// Whether the notice's language was to be detected but the detection words are not
    /// loaded (the `packs` feature, its detection pack not registered: [`crate::packs`]):
    /// the text was not read (a text, no [`Report::detection`], the language
    /// [`Language::NotDetected`]: the one case of that shape), and [`Report::write_json`]
    /// refuses the report with [`ErrorKind::DetectionNotLoaded`]. Always `false` without
    /// the `packs` feature.
    pub fn detection_not_loaded(&self) -> bool {
        self.text.is_some() && self.detection.is_none() && self.language == Language::NotDetected
    }

    /// [`ErrorKind::LanguageNotLoaded`] when the notice's language is not loaded
    /// ([`Report::not_loaded`]), [`ErrorKind::DetectionNotLoaded`] when it was to be
    /// detected without the detection words ([`Report::detection_not_loaded`]).
    pub fn check_loaded(&self) -> Result<(), Error> {
        match self.not_loaded {
            Some(lang) => Err(Error::new(
                ErrorKind::LanguageNotLoaded { lang },
                Location::Option("lang"),
            )),
            None if self.detection_not_loaded() => Err(Error::new(
                ErrorKind::DetectionNotLoaded,
                Location::Option("lang"),
            )),
            None => Ok(()),
        }
    }

    /// The result for element `id`, if it applies to the audience (and a text was given).
    pub fn element(&self, id: ElementId) -> Option<&ElementResult> {
        self.notice.as_ref()?.elements.iter().find(|e| e.id == id)
    }

    /// Contract `complete`: a notice was given and every required element is present.
    pub fn complete(&self) -> bool {
        self.notice.as_ref().is_some_and(|n| n.complete)
    }

    /// Contract `obligations.authority.late`: whether the authority notification is (or
    /// would be) after the 72-hour deadline; `None` when unknown or not assessed.
    pub fn late(&self) -> Option<bool> {
        self.assessment.as_ref().and_then(Assessment::late)
    }

    /// Every element judged, in contract order, each with its status and evidence; empty
    /// when no text was given.
    ///
    /// ```
    /// use breachnotice::{Audience, LangChoice, Request, Status, evaluate};
    ///
    /// let notice = "We lost a laptop with your name and address. Contact dpo@example.org.";
    /// let report = evaluate(&Request {
    ///     text: Some(notice),
    ///     audience: Audience::DataSubjects,
    ///     lang: LangChoice::Auto,
    ///     facts: None,
    ///     now: None,
    /// });
    /// for e in report.elements() {
    ///     let quoted: Vec<&str> = e.evidence.iter().filter_map(|s| s.slice(notice)).collect();
    ///     println!("{}: {:?} {quoted:?}", e.id.as_str(), e.status);
    /// }
    /// assert!(report.elements().iter().any(|e| e.status == Status::Present));
    /// ```
    pub fn elements(&self) -> &[ElementResult] {
        self.notice.as_ref().map_or(&[], |n| n.elements.as_slice())
    }

    /// The required elements the notice lacks (what makes it incomplete), in contract
    /// order; none when no text was given.
    ///
    /// ```
    /// use breachnotice::{Audience, ElementId, LangChoice, Request, evaluate};
    ///
    /// let report = evaluate(&Request {
    ///     text: Some("Due to a technical error some customer data may have been visible."),
    ///     audience: Audience::DataSubjects,
    ///     lang: LangChoice::Fixed(breachnotice::Lang::En),
    ///     facts: None,
    ///     now: None,
    /// });
    /// let missing: Vec<ElementId> = report.missing_required().map(|e| e.id).collect();
    /// assert!(missing.contains(&ElementId::ContactPoint));
    /// assert_eq!(report.complete(), missing.is_empty());
    /// ```
    pub fn missing_required(&self) -> impl Iterator<Item = &ElementResult> + '_ {
        self.elements()
            .iter()
            .filter(|e| e.required && e.status == crate::elements::Status::Missing)
    }

    /// Writes the contract §4 JSON into `out` and returns its length in bytes.
    /// [`crate::limits::REPORT_JSON_BYTES`] always suffices; a smaller buffer that the
    /// report does not fit is [`ErrorKind::CapacityExceeded`] with
    /// [`Limit::ReportBuffer`] (nothing usable is left in `out`).
    ///
    /// Written by the piece writer of [`Report::write_json_to`] into `out` (the same bytes
    /// as `serde-json-core` writes; each run of a string that needs no escape is copied
    /// at once rather than char by char).
    pub fn write_json(&self, out: &mut [u8]) -> Result<usize, Error> {
        self.check_loaded()?;
        let mut at = 0usize;
        let mut into_out = |piece: &[u8]| -> Result<(), crate::json_sink::SinkError> {
            let end = at.saturating_add(piece.len());
            let dst = out.get_mut(at..end).ok_or(crate::json_sink::SinkError)?;
            dst.copy_from_slice(piece);
            at = end;
            Ok(())
        };
        self.write_json_to(&mut into_out).map_err(|_| {
            Error::new(
                ErrorKind::CapacityExceeded {
                    limit: Limit::ReportBuffer,
                },
                Location::Input,
            )
        })
    }
}

/// An empty list, for `elements` when no text was given.
struct NoElements;

impl Serialize for NoElements {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(core::iter::empty::<&ElementResult>())
    }
}

impl Serialize for Report<'_> {
    /// The contract §4 shape: `language` (+ `language_source`, `language_confidence`
    /// when a text was given, and `language_note` and `language_guess` when unknown),
    /// `audience`, `elements`, `complete`, `obligations` and `risk` (when
    /// assessed), `derived_facts` (when a text was read in a known language),
    /// `facts_from_text` (when a text was given), with the `fix` feature `signals`,
    /// `readability`, `insert_at` and `suggestions` (when reviewed), `version`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[cfg(feature = "packs")]
        if let Err(e) = self.check_loaded() {
            return Err(serde::ser::Error::custom(e.kind));
        }
        let mut r = s.serialize_struct("Report", 13)?;
        r.serialize_field("language", self.language.code())?;
        r.serialize_field("language_source", self.language.source())?;
        match (self.language, self.detection) {
            (Language::Given(_), _) => r.serialize_field("language_confidence", "given")?,
            (_, Some(d)) => r.serialize_field("language_confidence", d.confidence.as_str())?,
            (_, None) => r.skip_field("language_confidence")?,
        }
        match self.language.note() {
            Some(note) => r.serialize_field("language_note", note)?,
            None => r.skip_field("language_note")?,
        }
        match (self.language, self.detection) {
            (Language::NotDetected, Some(d)) => {
                r.serialize_field("language_guess", &d.guess().map(Lang::as_str))?;
            }
            _ => r.skip_field("language_guess")?,
        }
        r.serialize_field("audience", &self.audience)?;
        match &self.notice {
            Some(n) => r.serialize_field("elements", &n.elements)?,
            None => r.serialize_field("elements", &NoElements)?,
        }
        r.serialize_field("complete", &self.complete())?;
        match &self.assessment {
            Some(a) => {
                r.serialize_field("obligations", &a.obligations)?;
                r.serialize_field("risk", &a.risk)?;
            }
            None => {
                r.skip_field("obligations")?;
                r.skip_field("risk")?;
            }
        }
        #[cfg(feature = "derive")]
        {
            match &self.derived {
                Some(d) => r.serialize_field("derived_facts", d)?,
                None => r.skip_field("derived_facts")?,
            }
            if self.text.is_some() {
                r.serialize_field("facts_from_text", &self.facts_from_text)?;
            } else {
                r.skip_field("facts_from_text")?;
            }
        }
        #[cfg(feature = "fix")]
        match &self.review {
            Some(review) => {
                r.serialize_field("signals", &review.signals)?;
                match &review.readability {
                    Some(read) => r.serialize_field("readability", read)?,
                    None => r.skip_field("readability")?,
                }
                r.serialize_field("insert_at", &review.insert_at)?;
                r.serialize_field(
                    "suggestions",
                    &SuggestionsJson {
                        suggestions: &review.suggestions,
                        text: self.text.unwrap_or(""),
                    },
                )?;
            }
            None => {
                r.skip_field("signals")?;
                r.skip_field("readability")?;
                r.skip_field("insert_at")?;
                r.skip_field("suggestions")?;
            }
        }
        r.serialize_field("version", VERSION)?;
        r.end()
    }
}

/// Runs a whole check (see the module docs). Never fails and never panics: every input
/// error (bad JSON, a bad timestamp) is caught earlier, when the caller builds the
/// [`Request`].
///
/// The report is about 8 KB (on a 32-bit target), returned by value; a firmware with
/// little stack uses [`evaluate_into`] with storage of its own (a `static`).
pub fn evaluate<'a>(req: &Request<'a>) -> Report<'a> {
    let mut report = Report::empty();
    evaluate_into(req, &mut report);
    report
}

impl Report<'_> {
    /// The report of nothing (no text, no facts): storage for [`evaluate_into`], which
    /// overwrites every field.
    pub fn empty() -> Self {
        Report {
            text: None,
            audience: Audience::Authority,
            language: Language::NoText,
            detection: None,
            notice: None,
            assessment: None,
            facts: None,
            derived: None,
            facts_from_text: FactFields::new(),
            #[cfg(feature = "fix")]
            review: None,
            not_loaded: None,
        }
    }
}

/// [`evaluate`] into caller-provided storage: every field of `out` is overwritten (any
/// earlier report in it is gone). The result is the same as [`evaluate`]'s.
///
/// The report (about 8 KB on a 32-bit target) is written in place, never held in the
/// stack; the working memory ([`Scratch`], about 11 KB) is on the stack. For a small
/// stack use [`evaluate_with`] and keep both in `static`s.
pub fn evaluate_into<'a>(req: &Request<'a>, out: &mut Report<'a>) {
    evaluate_with(req, out, &mut Scratch::new());
}

/// The working memory of [`evaluate_with`], about 11 KB with the default capacities: the
/// decoded element, derive and frame indexes ([`crate::limits::MAX_ELEMENT_INDEX_CUES`],
/// [`crate::limits::MAX_DERIVE_INDEX_CUES`], [`crate::limits::MAX_FRAME_INDEX_CUES`]
/// two-byte offsets), with the `fix` feature the review's reading of the text
/// ([`SignalScan`], fed by the reading pass while each sentence's words are split) and the
/// element scan that lives from reading the text to judging
/// it, after the obligations. [`evaluate`] and [`evaluate_into`] keep one on the stack;
/// a firmware keeps one in a `static` next to its report. Nothing in it outlives a call.
pub struct Scratch<'t> {
    element_index: DecodedIndex<MAX_ELEMENT_INDEX_CUES>,
    #[cfg(feature = "derive")]
    fact_index: DecodedIndex<MAX_DERIVE_INDEX_CUES>,
    frames: DecodedIndex<MAX_FRAME_INDEX_CUES>,
    /// The signal and jargon phrases of the notice's language, decoded for the review.
    #[cfg(feature = "fix")]
    fix_phrases: DecodedIndex<MAX_FIX_PHRASES>,
    /// The signals and readability counts of the text, read with the elements and facts
    /// (sentence by sentence, from the same words) and finished by the review.
    #[cfg(feature = "fix")]
    review: SignalScan,
    /// The words of the sentence being read, split once for every pass over it
    /// ([`crate::limits::MAX_SENTENCE_WORDS`]).
    words: SentenceWords,
    scan: ElementScan<'t>,
}

impl Scratch<'_> {
    /// Fresh working memory.
    pub fn new() -> Self {
        let [first, ..] = Lang::ALL;
        Scratch {
            element_index: DecodedIndex::empty(),
            #[cfg(feature = "derive")]
            fact_index: DecodedIndex::empty(),
            frames: DecodedIndex::empty(),
            #[cfg(feature = "fix")]
            fix_phrases: DecodedIndex::empty(),
            #[cfg(feature = "fix")]
            review: SignalScan::new(first),
            words: SentenceWords::new(),
            scan: ElementScan::new("", first),
        }
    }
}

impl Default for Scratch<'_> {
    fn default() -> Self {
        Scratch::new()
    }
}

impl core::fmt::Debug for Scratch<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("Scratch")
    }
}

/// [`evaluate_into`] with caller-provided working memory ([`Scratch`]): what a firmware
/// calls with its report and scratch in `static`s (`tests/firmware` does, with
/// `cortex_m::singleton!`). The steps that need large temporaries (reading the text,
/// deciding the obligations, reviewing the text) run one after the other, each in its
/// own stack frame, so that their temporaries never coexist: evaluate + writing the
/// report stays under 16 KiB of stack in release on a Cortex-M4F (13.8 KB measured with
/// `en`, 15.4 KB with every optional part; README, "On a microcontroller"). The result is
/// the same as [`evaluate`]'s.
///
/// ```
/// use breachnotice::{Audience, LangChoice, Report, Request, Scratch, evaluate, evaluate_with};
///
/// let req = Request {
///     text: Some("We lost a laptop with your name and address. Contact dpo@example.org."),
///     audience: Audience::DataSubjects,
///     lang: LangChoice::Auto,
///     facts: None,
///     now: None,
/// };
/// // Kept by the caller (a firmware: in `static`s), reused call after call.
/// let (mut report, mut scratch) = (Report::empty(), Scratch::new());
/// evaluate_with(&req, &mut report, &mut scratch);
/// assert_eq!(report.elements(), evaluate(&req).elements());
/// ```
pub fn evaluate_with<'a>(req: &Request<'a>, out: &mut Report<'a>, scratch: &mut Scratch<'a>) {
    out.text = req.text;
    out.audience = req.audience;
    // Without the detection words (a `packs` build before its detection pack is
    // registered) a language to detect is not guessed: the report is refused.
    let detection_not_loaded =
        matches!((req.lang, req.text), (LangChoice::Auto, Some(_))) && !detect::loaded();
    out.detection = match (req.lang, req.text) {
        (LangChoice::Auto, Some(text)) if !detection_not_loaded => Some(detect_scores(text)),
        _ => None,
    };
    out.language = match (req.lang, out.detection) {
        (LangChoice::Fixed(l), _) => Language::Given(l),
        (LangChoice::Auto, Some(d)) => d.lang.map_or(Language::NotDetected, Language::Detected),
        (LangChoice::Auto, None) if detection_not_loaded => Language::NotDetected,
        (LangChoice::Auto, None) => Language::NoText,
    };
    out.derived = None;
    // A declared language whose tables are not loaded is not read (its report would say
    // "all missing"): the report is refused (`write_json`).
    out.not_loaded = out.language.lang().filter(|&l| !crate::packs::loaded(l));
    let lang = out.language.lang().filter(|_| out.not_loaded.is_none());
    let read = match (req.text, lang) {
        (Some(text), Some(lang)) => {
            read_notice(text, lang, scratch, &mut out.derived);
            // A notification to the authority is dated by the document itself when no
            // sentence dates it (a dateline, a "sent" header: `notified_on_document_date`).
            #[cfg(feature = "derive")]
            if req.audience == Audience::Authority {
                date_by_document(&mut out.derived, &mut scratch.scan);
            }
            true
        }
        _ => false,
    };
    let from_text = out.derived.as_ref().map(|d| d.facts);
    out.facts = match (req.facts, from_text) {
        (Some(given), Some(read)) => Some(given.merged_over(&read)),
        (Some(given), None) => Some(*given),
        (None, Some(read)) if !read.known_fields().is_empty() => Some(read),
        (None, _) => None,
    };
    out.facts_from_text = match (from_text, req.facts) {
        (Some(read), given) => {
            let explicit = given.map(Facts::known_fields).unwrap_or_default();
            let mut from_text = FactFields::new();
            for f in read.known_fields().iter() {
                if !explicit.contains(f) {
                    from_text.insert(f);
                }
            }
            from_text
        }
        (None, _) => FactFields::new(),
    };
    assess_into(out.facts.as_ref(), req.now, &mut out.assessment);
    let late = out.assessment.as_ref().and_then(Assessment::late);
    // The elements are judged only now: lateness (from the facts) decides whether
    // `delay_reasons` applies; the text was read above.
    // Where the awareness date was read: that sentence narrates the breach, it does not
    // explain a delay (`ElementScan::finish`).
    let dated = out
        .derived
        .as_ref()
        .and_then(|d| d.evidence_for(FactField::AwareAt).next())
        .map(|e| e.span);
    finish_into(
        req,
        read.then_some(&mut scratch.scan),
        late,
        dated.as_slice(),
        out.facts.and_then(|f| f.aware_at),
        &mut out.notice,
    );
    #[cfg(feature = "fix")]
    {
        out.review = None;
        if let (Some(text), Some(lang)) = (req.text, lang) {
            let Scratch {
                fix_phrases,
                review,
                ..
            } = scratch;
            review_into(text, lang, req.audience, out, fix_phrases, review);
        }
    }
}

/// A notification to the authority dated by the document's own date when no sentence
/// dates it ([`DerivedFacts::notified_on_document_date`]; `scan`: the text read to its end,
/// for whether it explains its own delay), in a frame of its own.
#[cfg(feature = "derive")]
#[inline(never)]
fn date_by_document(derived: &mut Option<DerivedFacts>, scan: &mut ElementScan<'_>) {
    if let Some(d) = derived.as_mut() {
        d.notified_on_document_date(scan.explains_delay());
    }
}

/// `*out` = the obligations decided from `facts`, if any (a frame of its own: the
/// assessment's temporaries do not stay on the stack while the text is reviewed).
#[inline(never)]
fn assess_into(facts: Option<&Facts>, now: Option<Timestamp>, out: &mut Option<Assessment>) {
    *out = facts.map(|f| assess(f, now));
}

/// `*out` = the element judgement of the text read into `elements` (`None`: the text's
/// language is unknown), or `None` when no text was given.
#[inline(never)]
fn finish_into(
    req: &Request<'_>,
    elements: Option<&mut ElementScan<'_>>,
    late: Option<bool>,
    dated: &[crate::Span],
    aware: Option<Timestamp>,
    out: &mut Option<NoticeReport>,
) {
    *out = req.text.map(|_| match elements {
        Some(elements) => elements.finish(req.audience, late, dated, aware),
        None => unknown_language(req.audience, late),
    });
}

/// `report.review` = the review of `text` (see [`review`]) from the report's element
/// judgement and facts (`None` without a judgement), in a frame of its own.
#[cfg(feature = "fix")]
#[inline(never)]
fn review_into(
    text: &str,
    lang: Lang,
    audience: Audience,
    report: &mut Report<'_>,
    phrases: &DecodedIndex<MAX_FIX_PHRASES>,
    scan: &mut SignalScan,
) {
    report.review = report.notice.as_ref().map(|notice| {
        let judged = (notice, report.derived.as_ref(), report.facts.as_ref());
        review_with(text, lang, audience, judged, phrases, scan)
    });
}

/// Reads `text` (in `lang`) once for both [`crate::derive::derive_facts`] and
/// [`crate::analysis::analyze`]: one split into sentences and, per sentence, one pass of
/// its words over the element index and the derive index together
/// ([`crate::text::matcher::find_cues_in_two`]). Writes what `derive_facts` gives into
/// `derived` and leaves in `scratch` the element scan that `analyze` would finish with
/// (the decoded indexes are in `scratch` too, decoded in place).
#[inline(never)]
fn read_notice<'t>(
    text: &'t str,
    lang: Lang,
    scratch: &mut Scratch<'t>,
    derived: &mut Option<DerivedFacts>,
) {
    // The two-byte directories of the element, derive and frame indexes (`3 × 1.5` KB of
    // this frame only: reading is a step of its own, see `evaluate_with`).
    let pairs = &mut [const { PairDirectory::empty() }; 3];
    // The signal and jargon phrases' directory (1.5 KB more in this frame with `fix`).
    #[cfg(feature = "fix")]
    let fix_pairs = &mut PairDirectory::empty();
    #[cfg(feature = "derive")]
    {
        let Scratch {
            element_index,
            fact_index,
            frames,
            words,
            scan: elements,
            #[cfg(feature = "fix")]
            fix_phrases,
            #[cfg(feature = "fix")]
            review,
            ..
        } = scratch;
        cue_index(lang).decode_into(element_index);
        derive_index(lang).decode_into(fact_index);
        crate::frames::frame_index(lang).decode_into(frames);
        let [element_pairs, fact_pairs, frame_pairs] = pairs;
        element_pairs.build(&element_index.cues());
        fact_pairs.build(&fact_index.cues());
        frame_pairs.build(&frames.cues());
        elements.restart(text, lang);
        // The review reads each sentence from the same words (its phrases searched with a
        // two-byte directory of their own, in this frame).
        #[cfg(feature = "fix")]
        let phrases = crate::fix::decode_phrases(lang, fix_phrases, fix_pairs);
        #[cfg(feature = "fix")]
        review.restart(lang);
        let mut facts = FactScan::new(text, lang, fact_index.cues().with_pairs(fact_pairs));
        let mut cues = facts.collector();
        for sentence in Sentences::new(text) {
            // Split into words once: the cue pass and the counts read them.
            words.split(
                text.get(sentence.start..sentence.end).unwrap_or(""),
                sentence.start,
            );
            #[cfg(feature = "fix")]
            review.sentence(text, &phrases, sentence, words);
            let words = words.get();
            if facts.begin(sentence, &mut cues) {
                let index = cues.index();
                elements.sentence(
                    sentence,
                    words,
                    element_index.cues().with_pairs(element_pairs),
                    frames.cues().with_pairs(frame_pairs),
                    Some((index, &mut |m| cues.add(m))),
                );
                facts.apply(sentence, words, cues.done());
            } else {
                // Nothing is derived from this sentence (a postscript): elements only.
                elements.sentence(
                    sentence,
                    words,
                    element_index.cues().with_pairs(element_pairs),
                    frames.cues().with_pairs(frame_pairs),
                    None,
                );
            }
        }
        *derived = Some(facts.finish());
    }
    // Without the `derive` feature the text is read for the elements only.
    #[cfg(not(feature = "derive"))]
    {
        let Scratch {
            element_index,
            frames,
            words,
            scan: elements,
            #[cfg(feature = "fix")]
            fix_phrases,
            #[cfg(feature = "fix")]
            review,
            ..
        } = scratch;
        cue_index(lang).decode_into(element_index);
        crate::frames::frame_index(lang).decode_into(frames);
        let [element_pairs, _, frame_pairs] = pairs;
        element_pairs.build(&element_index.cues());
        frame_pairs.build(&frames.cues());
        elements.restart(text, lang);
        // The review reads each sentence from the same words (its phrases searched with a
        // two-byte directory of their own, in this frame).
        #[cfg(feature = "fix")]
        let phrases = crate::fix::decode_phrases(lang, fix_phrases, fix_pairs);
        #[cfg(feature = "fix")]
        review.restart(lang);
        for sentence in Sentences::new(text) {
            words.split(
                text.get(sentence.start..sentence.end).unwrap_or(""),
                sentence.start,
            );
            #[cfg(feature = "fix")]
            review.sentence(text, &phrases, sentence, words);
            elements.sentence(
                sentence,
                words.get(),
                element_index.cues().with_pairs(element_pairs),
                frames.cues().with_pairs(frame_pairs),
                None,
            );
        }
        *derived = None;
    }
}

#[cfg(test)]
mod tests {
    extern crate std;

    use super::*;
    use crate::Status;
    use crate::limits::REPORT_JSON_BYTES;

    fn json<'b>(report: &Report<'_>, buf: &'b mut [u8]) -> &'b str {
        let n = report.write_json(buf).unwrap_or(0);
        core::str::from_utf8(buf.get(..n).unwrap_or_default()).unwrap_or("")
    }

    fn request(text: Option<&str>) -> Request<'_> {
        Request {
            text,
            audience: Audience::DataSubjects,
            lang: LangChoice::Auto,
            facts: None,
            now: None,
        }
    }

    #[test]
    fn storage_reused_across_checks_gives_fresh_reports() {
        // One report and one scratch for several checks in turn (as a firmware keeps them
        // in a static): each report is the one `evaluate` gives, nothing carried over.
        let facts = Facts::from_json(br#"{"aware_at":"2026-11-20T09:00:00Z","role":"processor"}"#)
            .unwrap_or_default();
        let texts = [
            "On 20 November 2026 an attacker copied names and e-mail addresses. \
             Contact our data protection officer at dpo@example.com.",
            "Am 20. November 2026 wurden Namen und Adressen kopiert. Wir haben die Lücke \
             geschlossen.",
            "We lost a laptop.",
        ];
        // Each text without and with facts (to the authority), then facts only, nothing.
        let requests: [Request<'_>; 8] = core::array::from_fn(|i| {
            let text = texts.get(i / 2).copied();
            if i == 7 || (i % 2 == 0 && i < 6) {
                request(text)
            } else {
                Request {
                    facts: Some(&facts),
                    audience: Audience::Authority,
                    ..request(text)
                }
            }
        });
        let (mut report, mut scratch) = (Report::empty(), Scratch::new());
        let (mut a, mut b) = ([0u8; REPORT_JSON_BYTES], [0u8; REPORT_JSON_BYTES]);
        for req in requests.iter().chain(requests.iter().rev()) {
            evaluate_with(req, &mut report, &mut scratch);
            let fresh = evaluate(req);
            assert_eq!(report, fresh);
            assert_eq!(json(&report, &mut a), json(&fresh, &mut b));
        }
    }

    #[test]
    fn facts_only_reports_obligations_and_no_elements() {
        let facts = Facts::from_json(br#"{"aware_at":"2026-11-20T09:00:00Z"}"#).unwrap_or_default();
        let report = evaluate(&Request {
            facts: Some(&facts),
            ..request(None)
        });
        let mut buf = [0u8; REPORT_JSON_BYTES];
        let out = json(&report, &mut buf);
        assert!(
            out.starts_with(r#"{"language":"unknown","language_source":"no_text","language_note":"No notice text"#),
            "{out}"
        );
        assert!(out.contains(r#""elements":[],"complete":false,"obligations":{"authority":{"required":null,"deadline":"2026-11-23T09:00:00Z""#), "{out}");
        assert!(!out.contains("facts_from_text"), "{out}");
        assert!(out.ends_with(concat!(
            r#""version":""#,
            env!("CARGO_PKG_VERSION"),
            r#""}"#
        )));
    }

    #[test]
    fn no_facts_no_obligations() {
        let report = evaluate(&request(Some("Nothing to report here.")));
        assert!(report.assessment.is_none());
        let mut buf = [0u8; REPORT_JSON_BYTES];
        let out = json(&report, &mut buf);
        assert!(!out.contains("\"obligations\""), "{out}");
        assert!(out.contains(r#""facts_from_text":["#), "{out}");
    }

    #[test]
    fn fixed_language_is_not_detected() {
        let report = evaluate(&Request {
            lang: LangChoice::Fixed(Lang::De),
            ..request(Some("Contact dpo@example.com."))
        });
        assert_eq!(report.language, Language::Given(Lang::De));
        let mut buf = [0u8; REPORT_JSON_BYTES];
        assert!(json(&report, &mut buf).starts_with(
            r#"{"language":"de","language_source":"given","language_confidence":"given","audience""#
        ));
    }

    #[test]
    fn every_element_of_the_audience_appears_once() {
        for audience in Audience::ALL {
            let report = evaluate(&Request {
                audience,
                ..request(Some("Nothing to see here."))
            });
            for id in ElementId::ALL {
                let applies = id.element().rule(audience).is_some();
                let n = report
                    .notice
                    .iter()
                    .flat_map(|n| n.elements.iter())
                    .filter(|e| e.id == id)
                    .count();
                assert_eq!(n, usize::from(applies), "{id:?} for {audience:?}");
            }
        }
    }

    #[test]
    fn late_notification_makes_delay_reasons_required_for_the_authority() {
        let facts = Facts::from_json(
            br#"{"aware_at":"2026-11-20T09:00:00Z","authority_notified_at":"2026-11-25T09:00:00Z",
                "breach":["confidentiality"],"data":["financial"],"subjects":500,
                "protection":"none","exposure":"malicious_actor","malicious":true}"#,
        )
        .unwrap_or_default();
        let report = evaluate(&Request {
            audience: Audience::Authority,
            lang: LangChoice::Fixed(Lang::En),
            facts: Some(&facts),
            ..request(Some("An attacker copied our customer database."))
        });
        assert_eq!(report.late(), Some(true));
        let delay = report.element(ElementId::DelayReasons);
        assert_eq!(delay.map(|e| e.required), Some(true));
        assert_eq!(delay.map(|e| e.status), Some(Status::Missing));
        assert!(!report.complete());
    }

    /// A notice late by its own dates explains the delay with a dated reason and no word
    /// for lateness: the reason counts (`LateReason` in `analysis`), but not a reason
    /// dated before awareness or in the awareness sentence, and not when on time.
    #[test]
    fn a_dated_reason_explains_a_delay_the_dates_show() {
        let status = |text: &str, lang: Lang| {
            let report = evaluate(&Request {
                audience: Audience::Authority,
                lang: LangChoice::Fixed(lang),
                ..request(Some(text))
            });
            (
                report.late(),
                report.element(ElementId::DelayReasons).map(|e| e.status),
            )
        };
        let head = "Datum ontdekking: 3 maart 2026\nDatum melding: 12 maart 2026\n\n\
                    Een medewerker mailde een lijst met 200 namen naar een verkeerde partij.\n\n";
        let late_with = std::format!(
            "{head}De ontvanger was pas op 9 maart bereikbaar, omdat hij op reis was."
        );
        assert_eq!(
            status(&late_with, Lang::Nl),
            (Some(true), Some(Status::Present))
        );
        // A date before awareness dates the breach, not the delay.
        let before =
            std::format!("{head}Op 1 maart is de lijst verstuurd, omdat het adresboek aanvulde.");
        assert_eq!(
            status(&before, Lang::Nl),
            (Some(true), Some(Status::Missing))
        );
        // A date before the reason dates an action it motivates; a measure dates a step.
        for step in [
            "Op 5 maart hebben wij de betrokkenen gebeld, omdat de lijst BSN's bevatte.",
            "De leverancier heeft op 6 maart bevestigd dat het bestand is verwijderd.",
        ] {
            let text = std::format!("{head}{step}");
            assert_eq!(
                status(&text, Lang::Nl),
                (Some(true), Some(Status::Missing)),
                "{step}"
            );
        }
        // On time: the same sentence is no delay reason.
        let on_time = late_with.replace("12 maart", "4 maart");
        assert_eq!(status(&on_time, Lang::Nl).1, Some(Status::NotApplicable));
        // The awareness sentence narrates the breach.
        let fr = "Date de la notification : 10 mars 2026\n\n\
                  Nous avons constaté le 3 mars 2026 qu'un fichier avait été envoyé par erreur \
                  à un prestataire, le 4 mars.";
        assert_eq!(status(fr, Lang::Fr), (Some(true), Some(Status::Missing)));
    }

    /// The document's own date (a dateline, a "sent" header) dates a notification to the
    /// authority when no sentence does, so a letter is late by its own dates; never a
    /// communication to the data subjects, and never against the notice's own word that
    /// it is late.
    #[test]
    fn the_document_date_dates_a_notification_to_the_authority() {
        let run = |text: &str, audience: Audience, lang: Lang| {
            let report = evaluate(&Request {
                audience,
                lang: LangChoice::Fixed(lang),
                ..request(Some(text))
            });
            let notified = report
                .derived
                .as_ref()
                .and_then(|d| d.facts.authority_notified_at)
                .map(|t| std::string::String::from(t.to_rfc3339_utc().as_str()));
            (
                notified,
                report.late(),
                report.element(ElementId::DelayReasons).map(|e| e.status),
            )
        };
        let letter = "Brașov, 3 martie 2026\n\nStimată doamnă, stimate domn,\n\n\
                      Vineri, 20 februarie 2026, un formator ne-a anunțat că laptopul cu \
                      numele și CNP-ul a 164 de cursanți i-a fost furat.";
        assert_eq!(
            run(letter, Audience::Authority, Lang::Ro),
            (
                Some("2026-03-03T00:00:00Z".into()),
                Some(true),
                Some(Status::Missing)
            )
        );
        // A publication date on a communication to the data subjects dates nothing.
        assert_eq!(run(letter, Audience::DataSubjects, Lang::Ro).0, None);
        // Two days after awareness: on time, no reasons are asked for.
        let on_time = letter.replace("3 martie", "22 februarie");
        assert_eq!(
            run(&on_time, Audience::Authority, Lang::Ro),
            (
                Some("2026-02-22T00:00:00Z".into()),
                Some(false),
                Some(Status::NotApplicable)
            )
        );
        // An e-mail header; a date labelled as the notification's own wins over it.
        let mail = "From: Anna <anna@shop.example>\nSent: Tuesday, 14 April 2026 10:12\n\
                    To: ICO\n\nWe became aware on 2 April 2026 that an attacker copied \
                    the names of 300 customers.";
        assert_eq!(
            run(mail, Audience::Authority, Lang::En).0,
            Some("2026-04-14T00:00:00Z".into())
        );
        let labelled = std::format!("{mail}\nDate of notification: 16 April 2026");
        assert_eq!(
            run(&labelled, Audience::Authority, Lang::En).0,
            Some("2026-04-16T00:00:00Z".into())
        );
        // The notice explains its delay while the document's date would put it on time
        // (the awareness date read is a later step): its own word stands.
        let explained = "London, 9 March 2026\n\nOn 7 March 2026 we became aware that the \
                         backup disk lost in transit was not encrypted. We notify after 72 \
                         hours because the courier reported the loss only on 6 March.";
        assert_eq!(run(explained, Audience::Authority, Lang::En).0, None);
    }

    #[test]
    fn too_small_a_buffer_is_an_error_not_a_truncation() {
        let report = evaluate(&request(Some("We lost a laptop.")));
        let mut small = [0u8; 64];
        assert_eq!(
            report.write_json(&mut small).map_err(|e| e.kind),
            Err(ErrorKind::CapacityExceeded {
                limit: Limit::ReportBuffer
            })
        );
    }

    /// A tiny deterministic generator for the facts grid below.
    struct XorShift(u64);

    impl XorShift {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn pick<T: Copy>(&mut self, items: &[T]) -> Option<T> {
            let n = u64::try_from(items.len()).unwrap_or(1);
            // One value in (len + 1) is "unknown".
            let i = usize::try_from(self.next() % (n + 1)).unwrap_or(0);
            items.get(i).copied()
        }
        fn flag(&mut self) -> Option<bool> {
            self.pick(&[true, false])
        }
    }

    /// Pseudo-random facts covering every value of every field (and "unknown").
    fn varied_facts(rng: &mut XorShift) -> Facts {
        use crate::facts::{BreachKind, DataKind, Exposure, Protection, Role};
        let hours = [0, 1, 30, 200].map(crate::decimal::Decimal::from);
        let times = [
            "2026-11-20T09:00:00Z",
            "2026-11-22T09:00:00Z",
            "2026-11-30T09:00:00Z",
        ];
        let time = |rng: &mut XorShift| {
            rng.pick(&times)
                .and_then(|t| Timestamp::parse_rfc3339(t).ok())
        };
        Facts {
            role: rng.pick(Role::ALL),
            aware_at: time(rng),
            authority_notified_at: time(rng),
            breach: rng.flag().map(|_| {
                BreachKind::ALL
                    .iter()
                    .copied()
                    .filter(|_| rng.next().is_multiple_of(2))
                    .collect()
            }),
            data: rng.flag().map(|_| {
                DataKind::ALL
                    .iter()
                    .copied()
                    .filter(|_| rng.next().is_multiple_of(3))
                    .collect()
            }),
            subjects: rng.pick(&[0, 1, 50, 10_000, 5_000_000]),
            records: rng.pick(&[0, 1, 50, 10_000, 5_000_000]),
            vulnerable_subjects: rng.flag(),
            protection: rng.pick(Protection::ALL),
            key_compromised: rng.flag(),
            exposure: rng.pick(Exposure::ALL),
            malicious: rng.flag(),
            recovered: rng.flag(),
            backup: rng.flag(),
            unavailable_hours: rng.pick(&hours),
            high_risk_mitigated: rng.flag(),
            disproportionate_effort: rng.flag(),
            public_communication: rng.flag(),
        }
    }

    /// `REPORT_JSON_BYTES` bounds the worst case: a report no real input can exceed. Every
    /// element of the audience is `not_applicable` with `MAX_EVIDENCE` spans at the largest
    /// offsets; every decision holds `MAX_REASONS` reasons, the longest the rules give
    /// (collected over 4 000 varied fact sets), and rests on every fact; every fact came
    /// from the text; the language is unknown (the longest note).
    #[test]
    fn report_json_bytes_bounds_a_maximal_report() {
        extern crate std;
        use crate::Span;
        use crate::facts::FactField;
        use crate::limits::{MAX_EVIDENCE, MAX_REASONS};
        use crate::obligations::{Reason, ReasonList};
        use std::string::String;
        use std::vec::Vec;

        // Every reason the rules gave, by code, and the largest real assessment.
        let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
        let mut seen: Vec<&'static Reason> = Vec::new();
        let mut worst_real = 0;
        for _ in 0..4_000 {
            let a = assess(
                &varied_facts(&mut rng),
                Timestamp::parse_rfc3339("2026-11-24T10:00:00Z").ok(),
            );
            let o = &a.obligations;
            let lists = [
                Some(&a.risk.reasons),
                Some(&o.authority.reasons),
                Some(&o.data_subjects.reasons),
                Some(&o.documentation.reasons),
                o.controller.as_ref().map(|c| &c.reasons),
            ];
            for r in lists.into_iter().flatten().flat_map(ReasonList::iter) {
                if !seen.iter().any(|s| s.code == r.code) {
                    seen.push(r);
                }
            }
            let mut buf = [0u8; REPORT_JSON_BYTES];
            worst_real = worst_real.max(serde_json_core::to_slice(&a, &mut buf).unwrap_or(0));
        }
        let size = |r: &Reason| r.code.len() + r.citation.len() + r.text.len();
        seen.sort_by_key(|r| core::cmp::Reverse(size(r)));
        assert!(
            seen.len() >= MAX_REASONS,
            "only {} reasons seen",
            seen.len()
        );
        let mut longest = ReasonList::new();
        for r in seen.iter().take(MAX_REASONS) {
            longest.push(r);
        }
        let mut every_fact = FactFields::new();
        for f in FactField::ALL {
            every_fact.insert(*f);
        }

        // The longest number text (`decimal::MAX_TEXT_BYTES`), wherever a number is written.
        let longest_decimal =
            crate::decimal::Decimal::parse("-9.999999999999999999e-308").unwrap_or_default();
        let mut text = [0u8; crate::decimal::MAX_TEXT_BYTES];
        assert_eq!(
            longest_decimal.write_json(&mut text).len(),
            crate::decimal::MAX_TEXT_BYTES
        );

        // The largest assessment shape: a processor (so `controller` is present).
        let mut facts = varied_facts(&mut rng);
        facts.role = Some(crate::facts::Role::Processor);
        let mut a = assess(&facts, None);
        a.risk.reasons = longest.clone();
        a.risk.rests_on = every_fact;
        a.risk.enisa.score = longest_decimal;
        a.risk.enisa.ei = longest_decimal;
        a.risk.enisa.cb = longest_decimal;
        a.obligations.authority.reasons = longest.clone();
        a.obligations.authority.rests_on = every_fact;
        a.obligations.authority.deadline = Timestamp::parse_rfc3339("9999-12-31T23:59:59Z").ok();
        a.obligations.data_subjects.reasons = longest.clone();
        a.obligations.data_subjects.rests_on = every_fact;
        a.obligations.documentation.reasons = longest.clone();
        if let Some(c) = a.obligations.controller.as_mut() {
            c.reasons = longest.clone();
        }
        // Every decision at its capacity of assumptions, each at its longest: the
        // longest field name, the longest value the engine assumes or tries on both
        // sides (a name such as `unknown_recipient`; the data values it writes are one
        // kind each, `["other"]` and `["special"]`, shorter).
        let every_kind = crate::obligations::FactValue::Name("unknown_recipient");
        let mut most = crate::obligations::Assumptions::new();
        for i in 0..crate::limits::MAX_ASSUMPTIONS {
            // Three fields have a partner (protection, backup, unavailable_hours); the
            // partner's value is a boolean or a number of hours, `false` the longest.
            let also = (i < 3).then_some(crate::obligations::risk::Also {
                field: FactField::UnavailableHours,
                value: crate::obligations::FactValue::Bool(false),
            });
            most.push(crate::obligations::Assumption {
                field: FactField::VulnerableSubjects,
                assumed: every_kind,
                alternative: every_kind,
                also,
                otherwise: crate::obligations::Outcome::Level(crate::obligations::Level::Unlikely),
            });
        }
        assert_eq!(most.len(), crate::limits::MAX_ASSUMPTIONS);
        a.risk.assumptions = most.clone();
        a.obligations.authority.assumptions = most.clone();
        a.obligations.data_subjects.assumptions = most;
        // Every decision field assumed (only the kind of breach given).
        let breach_only = crate::facts::Facts {
            breach: Some(crate::facts::BreachKinds::all()),
            ..crate::facts::Facts::unknown()
        };
        a.risk.assumed_facts = assess(&breach_only, None).risk.assumed_facts;
        assert_eq!(a.risk.assumed_facts.fields().iter().count(), 12);
        assert!(a.obligations.controller.is_some());

        // Facts read from the text: every field known at its longest value, a full
        // evidence list of the longest entries, and every claim.
        let max_time = Timestamp::parse_rfc3339("9999-12-31T23:59:59Z").ok();
        let mut derived = DerivedFacts::empty();
        derived.facts = Facts {
            role: Some(crate::facts::Role::Processor),
            aware_at: max_time,
            authority_notified_at: max_time,
            breach: Some(crate::facts::BreachKinds::all()),
            data: Some(crate::facts::DataKinds::all()),
            subjects: Some(u64::MAX),
            records: Some(u64::MAX),
            vulnerable_subjects: Some(false),
            protection: Some(crate::facts::Protection::Pseudonymised),
            key_compromised: Some(false),
            exposure: Some(crate::facts::Exposure::UnknownRecipient),
            malicious: Some(false),
            recovered: Some(false),
            backup: Some(false),
            unavailable_hours: Some(longest_decimal),
            high_risk_mitigated: Some(false),
            disproportionate_effort: Some(false),
            public_communication: Some(false),
        };
        let far = Span {
            start: u32::MAX - 1,
            end: u32::MAX,
        };
        while derived
            .evidence
            .push(crate::derive::Evidence {
                field: FactField::AuthorityNotifiedAt,
                value: crate::derive::EvidenceValue::Time(Timestamp::from_unix(253_402_300_799)),
                span: far,
            })
            .is_ok()
        {}
        for kind in crate::derive::ClaimKind::ALL {
            let _ = derived
                .claims
                .push(crate::derive::Claim { kind, span: far });
        }

        let far = Span {
            start: u32::MAX - 1,
            end: u32::MAX,
        };
        let mut largest = 0;
        for audience in Audience::ALL {
            let mut notice = unknown_language(audience, Some(true));
            for e in notice.elements.iter_mut() {
                e.status = crate::Status::NotApplicable;
                e.evidence_truncated = true;
                e.evidence.clear();
                for _ in 0..MAX_EVIDENCE {
                    let _ = e.evidence.push(far);
                }
            }
            for lang in Lang::ALL {
                let report = Report {
                    text: Some(""),
                    audience,
                    language: Language::NotDetected,
                    // Undecided with a guess: the longest language fields.
                    detection: Some(crate::lang::detect::detect_scores("the")),
                    notice: Some(notice.clone()),
                    assessment: Some(a.clone()),
                    facts: Some(derived.facts),
                    derived: Some(derived.clone()),
                    facts_from_text: every_fact,
                    #[cfg(feature = "fix")]
                    review: Some(crate::fix::maximal_review(lang, audience, &derived.facts)),
                    not_loaded: None,
                };
                let mut buf = std::vec![0u8; 4 * REPORT_JSON_BYTES];
                let n = report.write_json(&mut buf).unwrap_or(usize::MAX);
                largest = largest.max(n);
                let mut exact = std::vec![0u8; REPORT_JSON_BYTES];
                assert!(
                    report.write_json(&mut exact).is_ok(),
                    "a maximal report for {audience:?} in {lang:?} needs {n} bytes > REPORT_JSON_BYTES"
                );
            }
        }
        let note = String::from("maximal report");
        std::println!(
            "{note}: {largest} of {REPORT_JSON_BYTES} bytes ({} % headroom); largest real \
             assessment {worst_real} bytes; {} distinct reasons seen",
            (REPORT_JSON_BYTES - largest) * 100 / REPORT_JSON_BYTES,
            seen.len()
        );
    }
}
