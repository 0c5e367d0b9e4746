//! Incident facts read from a notice's text, with evidence.
//!
//! [`derive_facts`] reads what a notice *states* about the incident and fills only those
//! fields of [`Facts`] (contract §3); every derived value carries the span of the words it
//! came from, and statements that touch an exemption are surfaced as [`Claim`]s with a
//! citation. Explicit facts (`--facts`) are put over these field by field with
//! [`Facts::merged_over`]: the text never overrides what the caller says.
//!
//! # What is read, and from which file
//! - [`data_kinds`]: data categories named → `data`;
//! - [`breach_kinds`]: the kind of incident → `breach` (confidentiality, availability,
//!   integrity) and whether it was caused on purpose → `malicious`;
//! - [`exposure`]: who could see the data → `exposure` (the widest exposure stated wins);
//! - [`protection`]: encryption or hashing stated → `protection`;
//! - [`counts`]: a number bound to people or record nouns → `subjects`, `records`;
//! - [`dates`]: the date the controller became aware → `aware_at`, the date of the
//!   notification to the authority → `authority_notified_at`;
//! - [`claims`]: "the data was encrypted", "no need to change your password" (while
//!   credentials are affected), "no risk", "this notification is made after the 72 hours".
//!
//! All these tables of a language are merged at compile time into one sorted index
//! ([`index`]): each sentence's words are read once, and one lookup per word serves every
//! table. The matches are then applied list by list in the order above.
//!
//! Each file holds one cue table per value and language, in the cue format of
//! [`crate::elements::cue`] (sorted, normalised; `Role::Signal` states the value — or, in
//! the label tables of [`counts`] and [`dates`], is the label that binds a number or a
//! date — and `Role::Block` cancels the table's signals in its sentence).
//!
//! # Negation, hedges and postscripts
//! A signal is ignored when a negation of the language ([`negation`]) ends at most
//! [`NEGATION_BEFORE_BYTES`] before it or starts at most [`NEGATION_AFTER_BYTES`] after
//! it, in the same sentence and with no clause boundary in between ([`CLAUSE_BREAKS`],
//! `;`, `:`): ("it did **not** contain your card number, PIN or password", "card
//! numbers were **not** affected"; but "no health data was affected, **but** your passwords
//! were copied" keeps the passwords). This errs towards stating nothing: a derived fact is
//! only a fact the text states. Claims are phrases that carry their own negation and are
//! not subject to it. A sentence that states a possibility or a condition ("the attackers
//! might publish the data", "if your data appears online", [`negation::is_hedged`]) derives
//! no exposure and no malice. A paragraph that opens with "P.S." is a postscript, not a
//! statement about the incident, and derives nothing.
//!
//! The date labels of [`dates`] are not subject to negation ("we did not notice it until
//! 5 March" still dates the awareness).
//!
//! # Capacities
//! One evidence entry is kept per (field, value) pair, at its first occurrence, and one
//! claim per [`ClaimKind`]: the lists cannot exceed [`MAX_DERIVED_EVIDENCE`] and
//! [`claims::CLAIM_KINDS`] by construction, so nothing is ever cut. A sentence with more
//! than [`MAX_SENTENCE_NEGATIONS`] negations is treated as negated throughout (nothing is
//! derived from it). The `Signal` matches of one sentence are buffered (at most
//! [`MAX_SENTENCE_DERIVE_SIGNALS`]); a sentence with more is not cut but read again, one
//! pass over the index per table list — the same facts, only slower (and, for two values
//! of one list starting at the same word, evidence in phrase rather than table order).

pub mod breach_kinds;
pub mod claims;
pub mod counts;
pub mod data_kinds;
pub mod dates;
pub mod exposure;
pub mod index;
pub mod negation;
pub mod protection;

use serde::ser::{SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};

use crate::elements::Role;
use crate::facts::{Exposure, FactField, Facts, Protection};
use crate::lang::Lang;
use crate::limits::{MAX_DERIVED_EVIDENCE, MAX_SENTENCE_DERIVE_SIGNALS, MAX_SENTENCE_NEGATIONS};
use crate::span::Span;
use crate::text::matcher::{CueMatch, Cues, find_cues};
use crate::text::sentences::{Sentence, Sentences};
use crate::text::word_list::WordList;
use crate::time::Timestamp;

pub use claims::ClaimKind;
use index::{Group, table_info};

/// Largest gap in bytes between the end of a negation and a signal after it for the
/// signal to count as negated (about ten short words: "it did not contain your card
/// number, PIN, online banking password"), provided no clause boundary lies between
/// ([`CLAUSE_BREAKS`], `;`, `:`).
pub const NEGATION_BEFORE_BYTES: usize = 64;

/// Words that end the scope of a negation before them: contrastive and concessive
/// conjunctions of the six languages, normalised and sorted ("no health data was affected,
/// **but** your passwords were copied").
pub const CLAUSE_BREAKS: WordList = crate::lang::data::WORDS_CLAUSE_BREAKS_ANY;

/// Largest gap in bytes between the end of a signal and a negation after it for the
/// signal to count as negated, with no clause boundary in between (about six short words:
/// "passwords were not affected", German and Dutch verb-final "Ihr Passwort und Ihre
/// Zahlungsdaten waren nicht betroffen").
pub const NEGATION_AFTER_BYTES: usize = 48;

/// A value derived for a field, as the evidence shows it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum EvidenceValue {
    /// An enumerated contract value (`"credentials"`, `"confidentiality"`, `"public"`,
    /// `"encrypted"`).
    Name(&'static str),
    /// A count (`subjects`, `records`).
    Count(u64),
    /// A boolean (`malicious`).
    Flag(bool),
    /// A point in time (`aware_at`, `authority_notified_at`).
    Time(Timestamp),
}

impl Serialize for EvidenceValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            EvidenceValue::Name(n) => serializer.serialize_str(n),
            EvidenceValue::Count(c) => serializer.serialize_u64(*c),
            EvidenceValue::Flag(b) => serializer.serialize_bool(*b),
            EvidenceValue::Time(t) => t.serialize(serializer),
        }
    }
}

/// The words a derived value came from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Evidence {
    /// The facts field.
    pub field: FactField,
    /// The value derived for it from these words.
    pub value: EvidenceValue,
    /// The words (UTF-8 byte offsets into the notice).
    pub span: Span,
}

impl Serialize for Evidence {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Evidence", 4)?;
        s.serialize_field("field", self.field.as_str())?;
        s.serialize_field("value", &self.value)?;
        s.serialize_field("start", &self.span.start)?;
        s.serialize_field("end", &self.span.end)?;
        s.end()
    }
}

/// A statement of the notice that touches an exemption or contradicts its own facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Claim {
    /// What is claimed.
    pub kind: ClaimKind,
    /// Where (UTF-8 byte offsets into the notice).
    pub span: Span,
}

impl Serialize for Claim {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Claim", 5)?;
        s.serialize_field("kind", self.kind.as_str())?;
        s.serialize_field("citation", self.kind.citation())?;
        s.serialize_field("note", self.kind.note())?;
        s.serialize_field("start", &self.span.start)?;
        s.serialize_field("end", &self.span.end)?;
        s.end()
    }
}

/// Facts read from a notice: the facts themselves (only the fields the text states), the
/// evidence for each derived value, and the claims found. Serialises as the report's
/// `derived_facts`: `{"facts": {…}, "evidence": [{"field", "value", "start", "end"}, …],
/// "claims": [{"kind", "citation", "note", "start", "end"}, …]}`.
#[derive(Debug, Clone, PartialEq)]
pub struct DerivedFacts {
    /// The derived facts; unknown (`None`) where the text says nothing.
    pub facts: Facts,
    /// One entry per derived (field, value), at its first occurrence, in text order per
    /// field kind.
    pub evidence: heapless::Vec<Evidence, MAX_DERIVED_EVIDENCE>,
    /// One entry per claim kind found, at its first occurrence.
    pub claims: heapless::Vec<Claim, { claims::CLAIM_KINDS }>,
    /// The document's own date and where it is written, at its first occurrence: a
    /// dateline, a "sent" header, a date under the signature ([`dates::document_date`]).
    /// Not a fact by itself (not serialised): it dates the notification only when the
    /// notice is addressed to the authority ([`DerivedFacts::notified_on_document_date`]).
    #[cfg(feature = "derive")]
    pub document_date: Option<(Timestamp, Span)>,
}

impl Serialize for DerivedFacts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("DerivedFacts", 3)?;
        s.serialize_field("facts", &self.facts)?;
        s.serialize_field("evidence", &SeqOf(&self.evidence))?;
        s.serialize_field("claims", &SeqOf(&self.claims))?;
        s.end()
    }
}

/// Serialises a slice as a JSON array.
struct SeqOf<'a, T>(&'a [T]);

impl<T: Serialize> Serialize for SeqOf<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for item in self.0 {
            seq.serialize_element(item)?;
        }
        seq.end()
    }
}

impl DerivedFacts {
    /// Nothing derived.
    pub const fn empty() -> DerivedFacts {
        DerivedFacts {
            facts: Facts::unknown(),
            evidence: heapless::Vec::new(),
            claims: heapless::Vec::new(),
            #[cfg(feature = "derive")]
            document_date: None,
        }
    }

    /// For a notification to the supervisory authority: when no sentence dates the
    /// notification, the document's own date ([`DerivedFacts::document_date`]) is its
    /// `authority_notified_at`, with that date as the evidence. A letter, e-mail or form
    /// sent to the authority is the notification, and its dateline, "sent" header or
    /// signature date is when it was made (Art. 33(1) GDPR: the 72 hours run to it). Not
    /// for a communication to the data subjects, whose date is a publication date; not
    /// when the notice says it comes after the 72 hours
    /// ([`DerivedFacts::states_late_notification`]) while that date would put it within
    /// them: the awareness date read is then a later step ("we found out only on 7
    /// November that the disk was not encrypted"), and the notice's own word stands.
    /// `explains_delay`: whether the notice explains a delay in its own words (its
    /// `delay_reasons` realised by the text alone), which says as much.
    #[cfg(feature = "derive")]
    pub fn notified_on_document_date(&mut self, explains_delay: bool) {
        if self.facts.authority_notified_at.is_some() {
            return;
        }
        if let Some((t, span)) = self.document_date {
            let within = crate::obligations::deadline::deadline(self.facts.aware_at)
                .is_some_and(|d| t.unix() <= d.unix());
            if within && (explains_delay || self.states_late_notification()) {
                return;
            }
            self.facts.authority_notified_at = Some(t);
            // No evidence for this field yet: within the capacity (module docs).
            let _fits = self.evidence.push(Evidence {
                field: FactField::AuthorityNotifiedAt,
                value: EvidenceValue::Time(t),
                span,
            });
        }
    }

    /// Writes the `derived_facts` JSON into `buf` and returns its length; a buffer too
    /// small is [`crate::ErrorKind::CapacityExceeded`] with
    /// [`crate::limits::Limit::ReportBuffer`].
    pub fn to_json(&self, buf: &mut [u8]) -> Result<usize, crate::Error> {
        serde_json_core::to_slice(self, buf).map_err(|_| {
            crate::Error::new(
                crate::ErrorKind::CapacityExceeded {
                    limit: crate::limits::Limit::ReportBuffer,
                },
                crate::error::Location::Input,
            )
        })
    }

    /// The evidence for `field`.
    pub fn evidence_for(&self, field: FactField) -> impl Iterator<Item = &Evidence> {
        self.evidence.iter().filter(move |e| e.field == field)
    }

    /// Whether a claim of `kind` was found.
    pub fn has_claim(&self, kind: ClaimKind) -> bool {
        self.claims.iter().any(|c| c.kind == kind)
    }

    /// Whether the notice itself says the notification comes after the 72 hours of
    /// Art. 33(1) GDPR (a [`ClaimKind::LateNotificationStated`] claim): the reasons for
    /// the delay are then required whatever the dates say.
    pub fn states_late_notification(&self) -> bool {
        self.has_claim(ClaimKind::LateNotificationStated)
    }

    /// Records evidence for (field, value) unless that pair already has some. The list
    /// cannot overflow: see the module docs.
    fn note(
        &mut self,
        field: FactField,
        value: EvidenceValue,
        start: usize,
        end: usize,
        text: &str,
    ) {
        if self
            .evidence
            .iter()
            .any(|e| e.field == field && e.value == value)
        {
            return;
        }
        if let Some(span) = Span::in_text(text, start, end) {
            let _fits = self.evidence.push(Evidence { field, value, span });
        }
    }

    /// Replaces the evidence of a single-valued field (the last chosen value wins).
    fn replace(
        &mut self,
        field: FactField,
        value: EvidenceValue,
        start: usize,
        end: usize,
        text: &str,
    ) {
        self.evidence.retain(|e| e.field != field);
        self.note(field, value, start, end, text);
    }

    fn claim(&mut self, kind: ClaimKind, start: usize, end: usize, text: &str) {
        if self.has_claim(kind) {
            return;
        }
        if let Some(span) = Span::in_text(text, start, end) {
            let _fits = self.claims.push(Claim { kind, span });
        }
    }
}

/// Reads the facts `text` (in `lang`) states, with evidence and claims. Linear in the
/// text's length: each sentence's words are matched once against one merged index of all
/// derive tables ([`index`]); allocates nothing.
pub fn derive_facts(text: &str, lang: Lang) -> DerivedFacts {
    let index = index::derive_index(lang).decode();
    let mut scan = FactScan::new(text, lang, index.cues());
    let mut cues = scan.collector();
    for sentence in Sentences::new(text) {
        if scan.begin(sentence, &mut cues) {
            let (s, base, index) = (cues.sentence, cues.base, cues.index);
            find_cues(s, base, index, |m| cues.add(m));
            scan.apply(sentence, None, cues.done());
        }
    }
    scan.finish()
}

/// [`derive_facts`] one sentence at a time, so that a caller that also reads each sentence
/// for something else ([`crate::report::evaluate`] analyses the elements) splits the text
/// into sentences, and each sentence into words, only once. For every sentence of
/// [`Sentences`] in order: [`FactScan::begin`]; when it gives a [`SentenceCues`], feed it
/// every match of [`SentenceCues::index`] in the sentence ([`SentenceCues::add`], in the
/// matcher's order), then [`FactScan::apply`] it ([`SentenceCues::done`]). Then
/// [`FactScan::finish`]: the facts are those [`derive_facts`] gives.
pub(crate) struct FactScan<'t> {
    text: &'t str,
    lang: Lang,
    index: Cues<'t>,
    out: DerivedFacts,
    data: crate::facts::DataKinds,
    breach: crate::facts::BreachKinds,
    counts: counts::Counter,
    protection_found: Option<(Protection, usize, usize)>,
    exposure_found: Option<(Exposure, usize, usize)>,
    postscript: bool,
    year_inferred: [bool; 2],
}

impl<'t> FactScan<'t> {
    /// A scan of `text`, a notice in `lang`, whose derive index ([`index::derive_index`])
    /// is decoded in `index`.
    pub(crate) fn new(text: &'t str, lang: Lang, index: Cues<'t>) -> FactScan<'t> {
        FactScan {
            text,
            lang,
            index,
            out: DerivedFacts::empty(),
            data: crate::facts::DataKinds::new(),
            breach: crate::facts::BreachKinds::new(),
            counts: counts::Counter::new(),
            protection_found: None,
            exposure_found: None,
            postscript: false,
            year_inferred: [false; 2],
        }
    }

    /// An empty collector of a sentence's cues, for [`FactScan::begin`] to reuse for
    /// every sentence.
    pub(crate) fn collector(&self) -> SentenceCues<'t> {
        SentenceCues::new("", 0, self.index)
    }

    /// Starts the next sentence: `cues` (from [`FactScan::collector`]) emptied to collect
    /// its cues, or `false` when nothing is derived from it (a postscript; a span off the
    /// text). In place: a collector returned by value is a byte-wise copy of its
    /// kilobyte per sentence where an optimiser for size moves it.
    pub(crate) fn begin(&mut self, sentence: Sentence, cues: &mut SentenceCues<'t>) -> bool {
        let Some(s) = self.text.get(sentence.start..sentence.end) else {
            return false;
        };
        if sentence.paragraph_start {
            self.postscript = is_postscript(s);
        }
        if self.postscript {
            return false;
        }
        cues.restart(s, sentence.start);
        true
    }

    /// Derives what `sentence` states from its cues (collected in full); `words`, when
    /// given, are its words split before ([`crate::text::sentence_words::SentenceWords::get`]).
    /// (By reference: the cues hold a buffer of signals, over a kilobyte to copy.)
    pub(crate) fn apply(
        &mut self,
        sentence: Sentence,
        words: Option<&[crate::text::words::Word]>,
        cues: &SentenceCues<'_>,
    ) {
        let FactScan {
            text,
            lang,
            out,
            data,
            breach,
            counts,
            protection_found,
            exposure_found,
            year_inferred,
            ..
        } = self;
        let (text, lang) = (*text, *lang);
        let s = cues.sentence;
        let base = cues.base;
        let hedged = cues.hedged;
        cues.each(Group::Data, true, |i, a, b| {
            if let Some(&kind) = data_kinds::TABLES.get(i) {
                data.insert(kind);
                out.note(
                    FactField::Data,
                    EvidenceValue::Name(kind.as_str()),
                    a,
                    b,
                    text,
                );
            }
        });
        cues.each(Group::Breach, true, |i, a, b| {
            if let Some(&kind) = breach_kinds::TABLES.get(i) {
                breach.insert(kind);
                out.note(
                    FactField::Breach,
                    EvidenceValue::Name(kind.as_str()),
                    a,
                    b,
                    text,
                );
            }
        });
        cues.each(Group::Malicious, true, |_, a, b| {
            if out.facts.malicious.is_none() {
                out.facts.malicious = Some(true);
                out.note(FactField::Malicious, EvidenceValue::Flag(true), a, b, text);
            }
        });
        cues.each(Group::Exposure, true, |i, a, b| {
            if let Some(&e) = exposure::TABLES.get(i)
                && !hedged
                && exposure_found.is_none_or(|(old, _, _)| e > old)
            {
                *exposure_found = Some((e, a, b));
            }
        });
        let mut protection = |p: Protection, a: usize, b: usize| {
            // A statement that the data was *not* protected outweighs one that it was.
            let wins = match *protection_found {
                None => true,
                Some((old, _, _)) => p == Protection::None && old != Protection::None,
            };
            if wins {
                *protection_found = Some((p, a, b));
            }
        };
        cues.each(Group::Unprotected, false, |i, a, b| {
            if let Some(&p) = protection::UNPROTECTED.get(i) {
                protection(p, a, b);
            }
        });
        cues.each(Group::Protection, true, |i, a, b| {
            if let Some(&p) = protection::TABLES.get(i) {
                protection(p, a, b);
            }
        });
        let mut label: Option<(counts::CountKind, usize)> = None;
        cues.each(Group::CountLabel, false, |i, a, _| {
            if label.is_none() {
                label = counts::LABELS.get(i).map(|&kind| (kind, a));
            }
        });
        let mut may_count = has_ascii_digit(s.as_bytes());
        if !may_count {
            cues.each(Group::CountNoun, false, |_, _, _| may_count = true);
        }
        let lang_index = (lang, cues.index);
        counts.sentence(
            (s, words),
            base,
            lang_index,
            sentence.paragraph_start,
            label,
            may_count,
        );
        let mut date_cues: [Option<(dates::DateField, usize)>; 2] = [None, None];
        cues.each(Group::DateLabel, false, |i, a, _| {
            let Some(&field) = dates::LABELS.get(i) else {
                return;
            };
            if let Some(slot) = date_cues.get_mut(field.slot()).filter(|s| s.is_none()) {
                *slot = Some((field, a));
            }
        });
        dates::settle((s, words), base, lang, date_cues, year_inferred, out, text);
        #[cfg(feature = "derive")]
        if out.document_date.is_none()
            && let Some((t, a, b)) = dates::document_date(text, (s, words), base, lang)
            && let Some(span) = Span::in_text(text, a, b)
        {
            out.document_date = Some((t, span));
        }
        cues.each(Group::Claim, false, |i, a, b| {
            if let Some(&kind) = claims::TABLES.get(i) {
                out.claim(kind, a, b, text);
            }
        });
        if !hedged {
            for (group, negatable) in [(Group::Late, true), (Group::LateNegated, false)] {
                cues.each(group, negatable, |_, a, b| {
                    out.claim(ClaimKind::LateNotificationStated, a, b, text);
                });
            }
        }
    }

    /// The facts, evidence and claims of the sentences read.
    pub(crate) fn finish(self) -> DerivedFacts {
        let FactScan {
            text,
            mut out,
            data,
            breach,
            counts,
            protection_found,
            exposure_found,
            ..
        } = self;
        if !data.is_empty() {
            out.facts.data = Some(data);
        }
        if !breach.is_empty() {
            out.facts.breach = Some(breach);
        }
        if let Some((e, a, b)) = exposure_found {
            out.facts.exposure = Some(e);
            out.replace(
                FactField::Exposure,
                EvidenceValue::Name(e.as_str()),
                a,
                b,
                text,
            );
        }
        if let Some((p, a, b)) = protection_found {
            out.facts.protection = Some(p);
            out.replace(
                FactField::Protection,
                EvidenceValue::Name(p.as_str()),
                a,
                b,
                text,
            );
        }
        counts.finish(&mut out, text);
        claims::finish(&mut out, text);
        out
    }
}

/// Whether `bytes` hold an ASCII digit: eight bytes at a time (a byte is a digit when,
/// XOR `0`, it is below 10; the borrow of `x - 0x0a…` starts only at such a byte, so the
/// test is exact).
fn has_ascii_digit(bytes: &[u8]) -> bool {
    const ZEROS: u64 = u64::from_le_bytes([b'0'; 8]);
    const TENS: u64 = u64::from_le_bytes([10; 8]);
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    let mut chunks = bytes.chunks_exact(8);
    let found = chunks.by_ref().any(|chunk| {
        let x = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).unwrap_or([0; 8])) ^ ZEROS;
        x.wrapping_sub(TENS) & !x & HIGH != 0
    });
    found || chunks.remainder().iter().any(u8::is_ascii_digit)
}

/// Whether a paragraph opening with `first_sentence` is a postscript ("P.S.", "PS:"),
/// which adds to a letter but does not describe the incident: nothing is derived from it.
fn is_postscript(first_sentence: &str) -> bool {
    ["P.S.", "P. S.", "PS:", "PS ", "P.P.S."]
        .iter()
        .any(|p| first_sentence.starts_with(p))
}

/// Largest gap in bytes between a negation and a `[block]` of the negation table after it
/// for the block to cancel it ("nicht ausschließen", "non possiamo escludere", "ne
/// pouvons pas exclure").
pub const NEGATION_BLOCK_BYTES: usize = 16;

/// Whether a negation ending at `neg_end` is cancelled by a negation `[block]` at
/// `start..end` (within it, or at most [`NEGATION_BLOCK_BYTES`] before it).
fn cancelled_negation(neg_end: usize, start: usize, end: usize) -> bool {
    neg_end <= end && neg_end + NEGATION_BLOCK_BYTES >= start
}

/// Negation spans of one sentence (or `None`: too many, treat the sentence as negated).
pub type Negations = Option<heapless::Vec<(usize, usize), MAX_SENTENCE_NEGATIONS>>;

/// Whether the match `[start, end)` (absolute offsets) of `sentence`, which starts at byte
/// `base` of the notice, is negated by one of `negations` (module docs).
pub fn is_negated(
    sentence: &str,
    base: usize,
    negations: &Negations,
    start: usize,
    end: usize,
) -> bool {
    let Some(list) = negations else {
        return true;
    };
    list.iter().any(|&(ns, ne)| {
        (ne <= start
            && start - ne <= NEGATION_BEFORE_BYTES
            && !clause_break(sentence, base, ne, start))
            || (ns >= end
                && ns - end <= NEGATION_AFTER_BYTES
                && !clause_break(sentence, base, end, ns))
            || (ns >= start && ne <= end)
    })
}

/// Whether the text between absolute bytes `from` and `to` of `sentence` (which starts at
/// `base`) holds a clause boundary: `;`, `:`, or a word of [`CLAUSE_BREAKS`].
fn clause_break(sentence: &str, base: usize, from: usize, to: usize) -> bool {
    let Some(gap) = sentence.get(from.saturating_sub(base)..to.saturating_sub(base)) else {
        return true;
    };
    gap.bytes().any(|b| b == b';' || b == b':')
        || crate::text::words::Words::new(gap).any(|w| CLAUSE_BREAKS.contains(w.bytes()))
}

/// A `Signal` match of a derive table in one sentence: its start as a `u32` (like
/// [`Span`]'s offsets) and its length as a `u16` — the collector is moved per sentence,
/// and its size is mostly these.
#[derive(Debug, Clone, Copy)]
struct Hit {
    start: u32,
    len: u16,
    table: u8,
}

/// What one pass of a sentence's words over the merged derive index found: its
/// negations, whether it is hedged, which tables a `Block` cancels, and the `Signal`
/// matches (sorted by start, then table: the order of a per-table scan).
pub(crate) struct SentenceCues<'s> {
    sentence: &'s str,
    base: usize,
    index: Cues<'s>,
    negations: Negations,
    hedged: bool,
    blocked: u64,
    signals: heapless::Vec<Hit, MAX_SENTENCE_DERIVE_SIGNALS>,
    /// More signals than [`MAX_SENTENCE_DERIVE_SIGNALS`]: [`SentenceCues::each`] reads the
    /// sentence again for each list instead of using `signals`.
    overflow: bool,
}

impl<'s> SentenceCues<'s> {
    /// An empty collector for `sentence`, which starts at byte `base` of the notice.
    fn new(sentence: &'s str, base: usize, index: Cues<'s>) -> SentenceCues<'s> {
        SentenceCues {
            sentence,
            base,
            index,
            negations: Some(heapless::Vec::new()),
            hedged: false,
            blocked: 0,
            signals: heapless::Vec::new(),
            overflow: false,
        }
    }

    /// Empties the collector for `sentence`, which starts at byte `base` of the notice
    /// (as [`SentenceCues::new`] with the same index, in place).
    ///
    /// Every field is named (the index is kept on purpose), so a field added later cannot
    /// be forgotten here: the pattern stops compiling.
    fn restart(&mut self, sentence: &'s str, base: usize) {
        let SentenceCues {
            sentence: at_sentence,
            base: at_base,
            index: _,
            negations,
            hedged,
            blocked,
            signals,
            overflow,
        } = self;
        *at_sentence = sentence;
        *at_base = base;
        match negations.as_mut() {
            Some(list) => list.clear(),
            None => *negations = Some(heapless::Vec::new()),
        }
        *hedged = false;
        *blocked = 0;
        signals.clear();
        *overflow = false;
    }

    /// The index whose matches [`SentenceCues::add`] takes.
    #[cfg_attr(
        not(feature = "derive"),
        allow(
            dead_code,
            reason = "the report reads facts from the text only with `derive`"
        )
    )]
    pub(crate) fn index(&self) -> Cues<'s> {
        self.index
    }

    /// Takes the next match of [`SentenceCues::index`] in the sentence (in the matcher's
    /// order).
    pub(crate) fn add(&mut self, m: CueMatch) {
        let Some((group, _)) = table_info(m.table) else {
            return;
        };
        match group {
            Group::Negation if m.cue.role == Role::Block => {
                // "cannot rule out", "nicht ausschließen": the negation just before (or
                // inside) this phrase states a possibility, it denies nothing.
                if let Some(list) = self.negations.as_mut() {
                    list.retain(|&(_, e)| !cancelled_negation(e, m.start, m.end));
                }
            }
            Group::Negation => {
                // Too many negations: the sentence is negated throughout (`None`).
                if let Some(list) = self.negations.as_mut()
                    && list.push((m.start, m.end)).is_err()
                {
                    self.negations = None;
                }
            }
            Group::Hedge => self.hedged = true,
            _ if m.cue.role == Role::Block => self.blocked |= 1u64 << (m.table % 64),
            _ if m.cue.role == Role::Signal && !self.overflow => {
                let (Ok(start), Ok(len)) = (
                    u32::try_from(m.start),
                    u16::try_from(m.end.saturating_sub(m.start)),
                ) else {
                    // An offset past `u32` or a match longer than `u16` (never for a text
                    // within the limits, hardly ever for a cue): read the sentence again
                    // instead, as after too many signals.
                    self.overflow = true;
                    return;
                };
                let hit = Hit {
                    start,
                    len,
                    table: u8::try_from(m.table).unwrap_or(u8::MAX),
                };
                // Kept sorted by start, then table, then discovery (the order of a
                // per-table scan): the matcher reports by start, so the new hit goes at
                // most a few places back.
                let at = self
                    .signals
                    .iter()
                    .rposition(|h| (h.start, h.table) <= (hit.start, hit.table))
                    .map_or(0, |p| p.saturating_add(1));
                self.overflow = self.signals.insert(at, hit).is_err();
            }
            Group::Data
            | Group::Breach
            | Group::Malicious
            | Group::Exposure
            | Group::Unprotected
            | Group::Protection
            | Group::CountLabel
            | Group::CountNoun
            | Group::DateLabel
            | Group::Claim
            | Group::Late
            | Group::LateNegated => {}
        }
    }

    /// Ends the collection (the signals are already in order).
    pub(crate) fn done(&self) -> &SentenceCues<'s> {
        self
    }

    /// Calls `found(member, start, end)` for each `Signal` of `group`'s tables (`member`:
    /// the table's place in its list) whose table no `Block` cancels and, when
    /// `negatable`, that no negation touches ([`is_negated`]); in text order.
    fn each(&self, group: Group, negatable: bool, mut found: impl FnMut(usize, usize, usize)) {
        self.each_dyn(group, negatable, &mut found);
    }

    /// [`Self::each`] with the callback behind a reference: the walk is compiled once, not
    /// once per caller's closure (a signal costs an indirect call).
    fn each_dyn(&self, group: Group, negatable: bool, found: &mut dyn FnMut(usize, usize, usize)) {
        let mut visit = |table: usize, start: usize, end: usize| {
            let Some((g, member)) = table_info(table) else {
                return;
            };
            if g != group
                || self.blocked & (1u64 << (table % 64)) != 0
                || (negatable && is_negated(self.sentence, self.base, &self.negations, start, end))
            {
                return;
            }
            found(member, start, end);
        };
        if self.overflow {
            find_cues(self.sentence, self.base, self.index, |m| {
                if m.cue.role == Role::Signal {
                    visit(m.table, m.start, m.end);
                }
            });
        } else {
            for h in &self.signals {
                let start = h.start as usize;
                visit(usize::from(h.table), start, start + usize::from(h.len));
            }
        }
    }
}

#[cfg(test)]
mod digit_tests {
    use super::has_ascii_digit;

    #[test]
    fn finds_a_digit_as_a_byte_scan_does() {
        // Every byte value at every place of texts of 0 to 20 bytes, among letters,
        // newlines and the bytes around `0` and `9` (the borrows of the eight-byte test).
        for len in 0..20usize {
            for at in 0..len {
                for b in 0..=255u8 {
                    for fill in [b'a', b'/', b':', 0, 0xff, b'\n'] {
                        let mut text = [fill; 20];
                        if let Some(slot) = text.get_mut(at) {
                            *slot = b;
                        }
                        let text = text.get(..len).unwrap_or(&[]);
                        assert_eq!(
                            has_ascii_digit(text),
                            text.iter().any(u8::is_ascii_digit),
                            "{text:?}"
                        );
                    }
                }
            }
        }
        assert!(!has_ascii_digit(b""));
        assert!(has_ascii_digit("Am 3. März".as_bytes()));
        assert!(!has_ascii_digit("Données: aucune".as_bytes()));
    }
}
