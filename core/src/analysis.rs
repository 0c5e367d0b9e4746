//! Notice analysis: find every content element of contract §2 in a notice, with evidence.
//!
//! [`analyze`] reads the notice sentence by sentence ([`crate::text::sentences`]). For
//! each sentence it runs the cue matcher once over the eleven elements' tables of the
//! language and the structural detectors (e-mail, phone, URL, postcode, dates, numbers),
//! and keeps a small summary per element. An element's rule (its `mod.rs`, `# Present
//! when`) is judged on a sentence and, where it allows, the next one — so the analysis
//! holds two sentence summaries at a time, allocates nothing and runs in time linear in
//! the notice's length whatever the number of cues (the eleven tables of a language are
//! merged at compile time into one [`PackedIndex`], see [`cue_index`]).
//!
//! Evidence: for each sentence that realises an element, the span of the cue and, for
//! rules with a companion, the companion's span too (the channel, the date, the bound
//! number, the reason). The first [`MAX_EVIDENCE`] distinct spans are kept;
//! `evidence_truncated` says that more were found. Spans are UTF-8 byte offsets on char
//! boundaries; a notice longer than `u32::MAX` bytes is still judged, but evidence past
//! that offset cannot be expressed and is left out.
//!
//! ```
//! use breachnotice::analysis::analyze;
//! use breachnotice::{Audience, ElementId, Lang, Status};
//! let report = analyze(
//!     "We have fixed the fault. Questions? Write to dpo@example.com.",
//!     Audience::DataSubjects,
//!     Lang::En,
//!     None,
//! );
//! let measures = report.elements.iter().find(|e| e.id == ElementId::MeasuresTaken);
//! assert_eq!(measures.map(|e| e.status), Some(Status::Present));
//! ```

use heapless::Vec;
use serde::Serialize;

use crate::elements::{
    self, CueTable, CueTables, ElementId, Negation, Requirement, Role, RuleKind, Status,
};
use crate::lang::{Lang, LangData};
use crate::limits::{MAX_ELEMENT_INDEX_CUES, MAX_EVIDENCE};
use crate::text::dates::{DateKind, find_dates, find_dates_in};
use crate::text::email::Emails;
use crate::text::matcher::{CueMatch, Cues, PackedIndex, find_cues_in_three};
use crate::text::numbers::{NumberMatch, Numbers};
use crate::text::phone::Phones;
use crate::text::postal::Postcodes;
use crate::text::sentences::{Sentence, Sentences};
use crate::text::url::Urls;
use crate::text::word_list::WordList;
use crate::text::words::Word;
use crate::{Audience, Span};

/// Number of elements (contract §2).
const N: usize = ElementId::ALL.len();

/// One element's verdict (contract §4 `elements[]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ElementResult {
    /// The element id.
    pub id: ElementId,
    /// Present, missing or not applicable.
    pub status: Status,
    /// Whether the element counts towards `complete` for this audience (and lateness).
    pub required: bool,
    /// Required, recommended or conditional (`delay_reasons` becomes required when late).
    pub requirement: Requirement,
    /// The article or guideline the element comes from, for this audience.
    pub citation: &'static str,
    /// Where the notice realises the element: the first [`MAX_EVIDENCE`] spans.
    pub evidence: Vec<Span, MAX_EVIDENCE>,
    /// Whether more evidence was found than [`MAX_EVIDENCE`] spans.
    pub evidence_truncated: bool,
}

/// The element-by-element analysis of a notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NoticeReport {
    /// Every element that applies to the audience, exactly once, in contract order.
    pub elements: Vec<ElementResult, N>,
    /// Whether every required element is present.
    pub complete: bool,
}

/// What one element looks like within one sentence.
#[derive(Debug, Clone, Copy, Default)]
struct Hit {
    signal: Option<Span>,
    /// A `Signal` after the first `Contrast` (the others are in `signal`).
    signal_after_contrast: Option<Span>,
    /// Whether a `Contrast` was seen (cues after it are "after the contrast").
    contrast: bool,
    /// A `Block` after the contrast: cancels only the cues after it.
    block_after_contrast: bool,
    anchor: Option<Span>,
    /// The first `Anchor` after the first `Contrast`.
    anchor_after_contrast: Option<Span>,
    /// An `Anchor` of a count element with a number bound to it: (anchor, number).
    bound: Option<(Span, Span)>,
    /// The same for the first bound `Anchor` after the contrast.
    bound_after_contrast: Option<(Span, Span)>,
    denial: Option<Span>,
    reason: Option<Span>,
    block: bool,
    /// The last `Anchor` seen (with `anchor`, the first: a `Reason` inside either is
    /// part of the anchor's phrase, not a reason).
    last_anchor: Option<Span>,
    /// Whether an `Anchor` of a channel element stands outside an address (not only in
    /// one: `privacy@…`, see [`inside_address`]).
    plain_anchor: bool,
    /// Whether an `Anchor` of a channel element lies inside an e-mail address (`dpo@…`):
    /// a channel named for what it answers. An anchor only inside a web link
    /// (`firma.example/otazky`) names a page to read and is no anchor.
    mail_anchor: bool,
}

impl Hit {
    /// Whether `span` lies inside the first or the last `Anchor` seen.
    fn in_anchor(&self, span: Span) -> bool {
        [self.anchor, self.last_anchor]
            .into_iter()
            .flatten()
            .any(|a| a.start <= span.start && span.end <= a.end)
    }
}

/// A [`Hit`] with nothing found (what an element not seen in a sentence looks like).
const NO_HIT: Hit = Hit {
    signal: None,
    signal_after_contrast: None,
    contrast: false,
    block_after_contrast: false,
    anchor: None,
    anchor_after_contrast: None,
    bound: None,
    bound_after_contrast: None,
    denial: None,
    reason: None,
    block: false,
    last_anchor: None,
    plain_anchor: false,
    mail_anchor: false,
};

/// The summary of one sentence.
#[derive(Debug, Clone, Copy)]
struct Facts {
    hits: [Hit; N],
    /// A contact channel: e-mail, phone, URL, postcode.
    channel: Option<Span>,
    /// A calendar date.
    date: Option<Span>,
    /// A clock time or weekday.
    time: Option<Span>,
    /// Whether the sentence's dates were read (then `date` is its first date, if any).
    dates_read: bool,
    /// The sentence's byte span `(start, end)`.
    bounds: (usize, usize),
    /// Whether the sentence is a header line (`Date: …`, `Betreff: …`).
    header: bool,
    /// Whether the sentence opens a paragraph.
    paragraph_start: bool,
    /// For an event sentence without a date of its own: the first date of the sentence
    /// before it in the same paragraph (not a header line).
    prev_date: Option<Span>,
    /// For a sentence with an unblocked `delay_reasons` `Reason`: the first and last
    /// calendar dates in the reason's clause, just after it ([`near_in_clause`]),
    /// a reason told with a date ("the DPO was on leave until 9 March", "the processor told
    /// us only on 8 March"), which explains a delay the facts show ([`LateReason`]). A
    /// number of days is not enough: "the list stayed online for three days because no one
    /// noticed it" tells how long the data was exposed.
    temporal: Option<(Span, Span)>,
    /// A `delay_reasons` field label whose value is empty on its line ("Motivele
    /// întârzierii:" ending its line, a heading "5. Întârzierea"): the value may be the
    /// next line (`FieldValue::Empty`; read with `derive` only).
    #[cfg_attr(
        not(feature = "derive"),
        allow(
            dead_code,
            reason = "read only with `derive` (`ElementScan::sentence`)"
        )
    )]
    delay_label: Option<Span>,
}

/// A [`Facts`] with nothing read: what a summary starts from. A constant rather than a
/// derived `Default`, whose `[Hit; N]` is eleven unrolled copies of `Hit::default()`
/// (1.2 KB of wasm code).
const NO_FACTS: Facts = Facts {
    hits: [NO_HIT; N],
    channel: None,
    date: None,
    time: None,
    dates_read: false,
    bounds: (0, 0),
    header: false,
    paragraph_start: false,
    prev_date: None,
    temporal: None,
    delay_label: None,
};

#[cfg(target_pointer_width = "64")]
impl Facts {
    /// Back to [`NO_FACTS`], in place, field by field: on a 64-bit target a whole
    /// `Facts` (about 2 KB) would be built apart and then copied byte by byte by an
    /// optimiser for size. (Elsewhere that copy is a `memcpy`, and the assignment of
    /// [`NO_FACTS`] is the smaller code: `scan_sentence` assigns.) Every field is named: a field added to
    /// `Facts` or [`Hit`] must be reset here.
    fn reset(&mut self) {
        let Facts {
            hits,
            channel,
            date,
            time,
            dates_read,
            bounds,
            header,
            paragraph_start,
            prev_date,
            temporal,
            delay_label,
        } = self;
        for h in hits.iter_mut() {
            let Hit {
                signal,
                signal_after_contrast,
                contrast,
                block_after_contrast,
                anchor,
                anchor_after_contrast,
                bound,
                bound_after_contrast,
                denial,
                reason,
                block,
                last_anchor,
                plain_anchor,
                mail_anchor,
            } = h;
            (
                *signal,
                *signal_after_contrast,
                *anchor,
                *anchor_after_contrast,
            ) = (None, None, None, None);
            (*denial, *reason, *last_anchor) = (None, None, None);
            (*bound, *bound_after_contrast) = (None, None);
            (*contrast, *block_after_contrast, *block) = (false, false, false);
            (*plain_anchor, *mail_anchor) = (false, false);
        }
        (*channel, *date, *time, *prev_date, *temporal) = (None, None, None, None, None);
        *delay_label = None;
        (*dates_read, *header, *paragraph_start) = (false, false, false);
        *bounds = (0, 0);
    }
}

/// A sentence that explains a delay with a date but names no lateness (`Reason` and
/// [`Facts::temporal`], no `Anchor`): it realises `delay_reasons` only when the facts show
/// the notification late (`late == Some(true)`: the dates read from the notice, or given),
/// when it is not the sentence that states the awareness date itself ("Le 3 mars, nous
/// avons constaté qu'un fichier avait été envoyé par erreur" narrates the breach), when
/// its clause tells no measure (a `measures_taken` cue or frame not beyond a `;`: "the
/// processor confirmed the deletion on 6 March"), and when one of its dates (first or
/// last) lies after the day of awareness (a date before it
/// dates the breach: "le 1er mars, un employé a envoyé par erreur…"; what delayed the
/// notification happened after awareness: "le prestataire n'a remis son analyse que le 8
/// mars"). Art. 33(1) GDPR: the reasons for the delay accompany a late notification, in
/// whatever words; a notice that is late by its own dates needs no word "delay".
#[derive(Debug, Clone, Copy)]
#[cfg_attr(
    not(feature = "derive"),
    allow(dead_code, reason = "read only with `derive` (`ElementScan::finish`)")
)]
struct LateReason {
    /// The reason cue.
    reason: Span,
    /// The sentence's first and last dates.
    temporal: (Span, Span),
    /// The sentence's byte span.
    bounds: (usize, usize),
}

/// The evidence gathered for one element.
#[derive(Debug, Clone, Default)]
struct Found {
    present: bool,
    evidence: Vec<Span, MAX_EVIDENCE>,
    truncated: bool,
}

impl Found {
    /// No evidence (`Found::default()`, as a constant: `[const { Found::EMPTY }; N]`
    /// is one loop where `[Found; N]::default()` is eleven unrolled copies).
    const EMPTY: Found = Found {
        present: false,
        evidence: Vec::new(),
        truncated: false,
    };

    fn add(&mut self, spans: &[Option<Span>]) {
        self.present = true;
        for span in spans.iter().flatten() {
            if self.evidence.contains(span) {
                continue;
            }
            if self.evidence.push(*span).is_err() {
                self.truncated = true;
            }
        }
    }
}

const fn index(id: ElementId) -> usize {
    id as usize
}

/// Every element's rule kind and negation, in contract order, from the elements' folders
/// (`ELEMENT.rule`, `ELEMENT.negation`): what the analyser dispatches on.
#[allow(
    clippy::indexing_slicing,
    reason = "evaluated at compile time only: an out-of-range index fails the build"
)]
const RULES: [(RuleKind, Negation); N] = {
    let mut out = [(RuleKind::Cue, Negation::Ignored); N];
    let mut i = 0;
    while i < N {
        let e = ElementId::ALL[i].element();
        out[i] = (e.rule, e.negation);
        i += 1;
    }
    out
};

/// The rule kind of the element of table (and element index) `i`.
fn rule_kind(i: usize) -> RuleKind {
    RULES.get(i).map_or(RuleKind::Cue, |r| r.0)
}

macro_rules! element_cues {
    ($($variant:ident $module:ident $doc:literal,)*) => {
        /// Every element's cue tables, in contract order (the order of [`ElementId::ALL`]).
        const CUES: [&CueTables; N] = [$(&elements::$module::CUES),*];
    };
}

crate::__for_each_element!(element_cues);

/// The eleven tables of `lang`, in contract order.
#[allow(
    clippy::indexing_slicing,
    reason = "evaluated at compile time only: an out-of-range index fails the build"
)]
pub(crate) const fn tables(lang: Lang) -> [&'static CueTable; N] {
    let mut out = [CUES[0].get(lang); N];
    let mut t = 0;
    while t < N {
        out[t] = CUES[t].get(lang);
        t += 1;
    }
    out
}

/// The number of cues of all elements in `lang`.
#[cfg(test)]
#[allow(
    clippy::indexing_slicing,
    reason = "evaluated at compile time only: an out-of-range index fails the build"
)]
const fn cue_count(lang: Lang) -> usize {
    let mut n = 0;
    let mut t = 0;
    while t < N {
        n += CUES[t].get(lang).len();
        t += 1;
    }
    n
}

// The eleven tables of each language merged into one list sorted by phrase (ties: by
// element), at compile time.
/// A language's element index: at most [`MAX_ELEMENT_INDEX_CUES`] cues (checked by the
/// build), the capacity of its decoded offsets ([`PackedIndex::decode`]).
pub type ElementIndex = PackedIndex<MAX_ELEMENT_INDEX_CUES>;

/// Every element's cues of `lang` merged into one list sorted by phrase (built at
/// compile time, or read from the language's pack: [`crate::lang::tables`]), so that the
/// matcher does one lookup per word for all eleven elements.
#[inline]
pub fn cue_index(lang: Lang) -> &'static ElementIndex {
    &crate::lang::tables::tables(lang).elements
}

fn span(text: &str, start: usize, end: usize) -> Option<Span> {
    Span::in_text(text, start, end)
}

/// The largest char boundary of `text` at or below `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `text` at or above `i`.
fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i.min(text.len())
}

/// Whether the number lies inside a date, time, phone number, e-mail address, URL or
/// postcode. Looks only at a few bytes around it (bounded work).
fn is_structural(text: &str, sentence: &Sentence, n: &NumberMatch, data: &LangData) -> bool {
    if is_data_volume(text, sentence, n) || is_duration(text, sentence, n) {
        return true;
    }
    let lo = floor_boundary(text, n.start.saturating_sub(32).max(sentence.start));
    let hi = ceil_boundary(text, n.end.saturating_add(32).min(sentence.end));
    let Some(window) = text.get(lo..hi) else {
        return false;
    };
    let overlaps = |(s, e): (usize, usize)| s < n.end && n.start < e;
    if Emails::new(window, lo).any(overlaps)
        || Urls::new(window, lo).any(overlaps)
        || Phones::new(window, lo).any(overlaps)
        || Postcodes::new(window, lo).any(overlaps)
    {
        return true;
    }
    let mut hit = false;
    find_dates(window, lo, data, |d| hit |= overlaps((d.start, d.end)));
    hit
}

/// Whether the number is a list or heading number: first in its sentence and followed by
/// `.` or `)` (`4. Data subjects`, `2) Betroffene`).
fn is_enumeration(text: &str, sentence: &Sentence, n: &NumberMatch) -> bool {
    let before = text.get(sentence.start..n.start).unwrap_or("x");
    let after = text.get(n.end..).and_then(|r| r.chars().next());
    before.trim().is_empty() && matches!(after, Some('.' | ')'))
}

/// How many words (runs of letters and digits) `gap` holds, and whether it is short and
/// on one line.
fn gap_words(gap: &str) -> Option<usize> {
    if gap.len() > 64 || gap.as_bytes().contains(&b'\n') {
        return None;
    }
    Some(word_count(gap))
}

/// How many words (runs of letters and digits) `text` holds.
pub(crate) fn word_count(text: &str) -> usize {
    let mut words = 0usize;
    let mut in_word = false;
    for c in text.chars() {
        let w = crate::text::normalise::is_word_char(c);
        if w && !in_word {
            words += 1;
        }
        in_word = w;
    }
    words
}

/// Words that may stand between a number and its noun without binding it to something
/// else. Most languages put adjectives there; a "per" or "of every" would not.
const MAX_WORDS_BETWEEN: usize = 3;

/// How far after an anchor a bound number may stand (bytes).
const MAX_BYTES_AFTER_LABEL: usize = 120;
/// Words between an anchor and its number when a verb of amount stands between.
const MAX_WORDS_AFTER_VERB: usize = 8;
/// Words between a label (`Interessati:`) and the number that closes its line.
const MAX_WORDS_AFTER_LABEL: usize = 12;

/// Verbs that state an amount, as sequences of normalised words (Art. 33(3)(a) asks for the
/// approximate number: notices often write "the number … is estimated at 1 500"); the
/// union of `core/lang/<xx>/words/amount_verbs.phrases`.
const AMOUNT_VERBS: &[&[&str]] = crate::lang::data::WORDS_AMOUNT_VERBS_ANY;

/// Words that may stand between an amount verb and its number ("about", "environ", "rund").
const MAX_WORDS_AFTER_AMOUNT_VERB: usize = 2;

/// Whether `gap` (between an anchor and a number) ends with a verb of amount, followed by
/// at most two words ("s'élève à environ", "se estima en unas").
fn ends_with_amount_verb(gap: &str) -> bool {
    ends_with_phrase(gap, AMOUNT_VERBS, MAX_WORDS_AFTER_AMOUNT_VERB)
}

/// Whether the words of `text` end with one of `phrases` (word sequences of at most six
/// words), followed by at most `max_tail` more words.
fn ends_with_phrase(text: &str, phrases: &[&[&str]], max_tail: usize) -> bool {
    let mut last: [&str; 6] = [""; 6];
    let mut count = 0usize;
    let mut words = crate::text::words::Words::new(text);
    let mut buf: [[u8; 16]; 6] = [[0; 16]; 6];
    let mut lens = [0usize; 6];
    for w in words.by_ref() {
        let t = w.bytes();
        let slot = count % 6;
        if let (Some(b), Some(l)) = (buf.get_mut(slot), lens.get_mut(slot)) {
            let n = t.len().min(16);
            if let (Some(dst), Some(src)) = (b.get_mut(..n), t.get(..n)) {
                dst.copy_from_slice(src);
            }
            *l = if t.len() > 16 { 0 } else { n };
        }
        count += 1;
    }
    let kept = count.min(6);
    for (k, item) in last.iter_mut().enumerate().take(kept) {
        // Oldest first.
        let slot = (count - kept + k) % 6;
        let text = buf
            .get(slot)
            .zip(lens.get(slot))
            .and_then(|(b, &l)| b.get(..l))
            .and_then(|b| core::str::from_utf8(b).ok())
            .unwrap_or("");
        *item = text;
    }
    let seq = last.get(..kept).unwrap_or(&[]);
    phrases.iter().any(|verb| {
        (0..=max_tail).any(|tail| {
            seq.len() >= verb.len() + tail
                && seq
                    .get(seq.len() - tail - verb.len()..seq.len() - tail)
                    .is_some_and(|s| s == *verb)
        })
    })
}

/// Phrases that end right before a count of those who did something, not of those it was
/// done to ("downloaded by at least two member accounts", "durch zwei Konten", "par deux
/// comptes"): the union of `core/lang/<xx>/words/count_agents.phrases`.
const COUNT_AGENTS: &[&[&str]] = crate::lang::data::WORDS_COUNT_AGENTS_ANY;

/// How many bytes before a number are read for a [`COUNT_AGENTS`] phrase.
const AGENT_WINDOW: usize = 48;

/// Whether the number `n` is introduced by a [`COUNT_AGENTS`] phrase (no other word
/// between, within `from..`): it counts the agents of the act, not the people affected.
fn counts_agents(text: &str, from: usize, n: &NumberMatch) -> bool {
    let lo = ceil_boundary(text, n.start.saturating_sub(AGENT_WINDOW).max(from));
    text.get(lo..n.start)
        .is_some_and(|before| ends_with_phrase(before, COUNT_AGENTS, 0))
}

/// Whether a count of `value` with the noun `noun` (the anchor's last word, folded) was
/// introduced before byte `until` as a count of agents ([`counts_agents`]): a later "the two
/// accounts" names the same group ("by at least two member accounts … the two accounts
/// that downloaded other statements have been suspended").
fn same_count_as_agents(
    text: &str,
    until: usize,
    value: u64,
    noun: &[u8],
    data: &'static LangData,
) -> bool {
    let Some(before) = text.get(..until) else {
        return false;
    };
    Numbers::new(before, 0, data).any(|m| {
        m.value == value
            && counts_agents(text, 0, &m)
            && crate::text::words::Words::new(text.get(m.end..until).unwrap_or(""))
                .take(MAX_WORDS_BETWEEN + 1)
                .any(|w| w.bytes() == noun)
    })
}

/// The last word of `text`, folded, in `buf`.
fn last_word<'b>(text: &str, buf: &'b mut [u8; 32]) -> &'b [u8] {
    let mut len = 0usize;
    for w in crate::text::words::Words::new(text) {
        let b = w.bytes();
        len = b.len().min(buf.len());
        if let (Some(dst), Some(src)) = (buf.get_mut(..len), b.get(..len)) {
            dst.copy_from_slice(src);
        }
    }
    buf.get(..len).unwrap_or(&[])
}

/// Whether only closing punctuation stands between `at` and the sentence end `end`.
fn closes_sentence(text: &str, at: usize, end: usize) -> bool {
    text.get(at..end).is_some_and(|r| {
        r.chars()
            .all(|c| c.is_whitespace() || matches!(c, '.' | ';' | '!' | ')'))
    })
}

/// The count binding of `subject_count` / `record_count` (their `mod.rs`): the last number
/// before the anchor, at most three words before it, or a number after it with a colon or
/// bracket between. A number directly before its noun counts that noun only: in
/// "2.300 καρτέλες σπουδαστών", "3 200 záznamů zákazníků" (records *of* students,
/// customers) the number bound to the record noun is not bound again to the people noun
/// after it.
struct CountBinder<'t> {
    text: &'t str,
    sentence: Sentence,
    data: &'static LangData,
    numbers: Numbers<'t>,
    pending: Option<NumberMatch>,
    last_before: Option<NumberMatch>,
    /// The start and the anchor's start of the number last bound to the noun after it.
    claimed: Option<(usize, usize)>,
}

impl<'t> CountBinder<'t> {
    /// The binder of `sentence`; `words`: its words split before, when given.
    fn new(
        text: &'t str,
        sentence: Sentence,
        data: &'static LangData,
        words: Option<&'t [Word]>,
    ) -> Self {
        let slice = text.get(sentence.start..sentence.end).unwrap_or("");
        CountBinder {
            text,
            sentence,
            data,
            numbers: Numbers::with_words(slice, sentence.start, data, words),
            pending: None,
            last_before: None,
            claimed: None,
        }
    }

    /// Whether the count `n` of the anchor `start..end` repeats a count of agents made
    /// earlier in the notice ([`same_count_as_agents`]).
    fn refers_to_agents(&self, n: &NumberMatch, start: usize, end: usize) -> bool {
        let mut buf = [0u8; 32];
        let noun = last_word(self.text.get(start..end).unwrap_or(""), &mut buf);
        !noun.is_empty()
            && same_count_as_agents(self.text, self.sentence.start, n.value, noun, self.data)
    }

    fn bind(&mut self, start: usize, end: usize) -> Option<Span> {
        // Advance the number stream up to the anchor (linear over the sentence).
        loop {
            let next = match self.pending.take() {
                Some(n) => Some(n),
                None => self.numbers.next(),
            };
            match next {
                Some(n) if n.start < start => {
                    if n.end <= start {
                        self.last_before = Some(n);
                    }
                }
                other => {
                    self.pending = other;
                    break;
                }
            }
        }
        // Claimed by an earlier noun (not by another cue on this same noun).
        let claimed = |n: &NumberMatch| {
            self.claimed
                .is_some_and(|(at, noun)| at == n.start && noun < start)
        };
        if let Some(n) = self.last_before.filter(|n| !claimed(n)) {
            let gap = self.text.get(n.end..start).unwrap_or("\n");
            // A comma, bracket or semicolon between means the number counts another noun
            // ("48 participantes, entre alumnos", "312 ontvangers (deelnemers").
            if !gap
                .bytes()
                .any(|b| matches!(b, b',' | b'(' | b')' | b';' | b':'))
                && gap_words(gap).is_some_and(|w| w <= MAX_WORDS_BETWEEN)
                && !is_enumeration(self.text, &self.sentence, &n)
                && !is_structural(self.text, &self.sentence, &n, self.data)
                && !counts_agents(self.text, self.sentence.start, &n)
                && !self.refers_to_agents(&n, start, end)
            {
                if self.claimed.is_none_or(|(at, _)| at != n.start) {
                    self.claimed = Some((n.start, start));
                }
                return span(self.text, n.start, n.end);
            }
        }
        // A number after the anchor: with a colon or bracket between (form style), after a
        // verb of amount ("est estimé à 1 500", "amounts to"), or closing a labelled line
        // ("Interessati: ospiti …, circa 900.").
        let hi = ceil_boundary(
            self.text,
            end.saturating_add(MAX_BYTES_AFTER_LABEL)
                .min(self.sentence.end),
        );
        let after = self.text.get(end..hi)?;
        let n = Numbers::new(after, end, self.data).next()?;
        let gap = self.text.get(end..n.start)?;
        if gap.as_bytes().contains(&b'\n') {
            return None;
        }
        let words = gap_words(gap).unwrap_or_else(|| word_count(gap));
        let framed = (gap.chars().any(|c| matches!(c, ':' | '(' | '–' | '—')) || gap.trim() == "-")
            && words <= MAX_WORDS_BETWEEN
            && n.start <= end.saturating_add(48);
        let verb = words <= MAX_WORDS_AFTER_VERB && ends_with_amount_verb(gap);
        let label = gap.trim_start().starts_with(':')
            && words <= MAX_WORDS_AFTER_LABEL
            && closes_sentence(self.text, n.end, self.sentence.end);
        if (framed || verb || label) && !is_structural(self.text, &self.sentence, &n, self.data) {
            return span(self.text, n.start, n.end);
        }
        None
    }
}

/// The longest address token [`inside_address`] reads around a cue (bytes each side).
const MAX_ADDRESS_SIDE: usize = 128;

/// The kind of address a cue lies in ([`inside_address`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Address {
    /// An e-mail address (`dpo@example.com`).
    Mail,
    /// A web address (`https://…`, `www.…`, `firma.example/otazky`).
    Web,
}

/// Whether `start..end` lies inside an e-mail address or a web address: the run of
/// non-blank characters around it holds an `@` (e-mail), `://` or starts with `www.`, or
/// [`Urls`] reads a link in it that covers the cue (web: a bare `name.tld/path` link such
/// as `firma.example/otazky` is an address exactly as `https://firma.example/otazky` is).
fn inside_address(text: &str, start: usize, end: usize) -> Option<Address> {
    let bytes = text.as_bytes();
    let lo_limit = start.saturating_sub(MAX_ADDRESS_SIDE);
    let mut lo = start;
    while lo > lo_limit
        && bytes
            .get(lo - 1)
            .is_some_and(|b| !b.is_ascii_whitespace() && !matches!(b, b'(' | b'<' | b'"'))
    {
        lo -= 1;
    }
    let hi_limit = end.saturating_add(MAX_ADDRESS_SIDE).min(bytes.len());
    let mut hi = end;
    while hi < hi_limit
        && bytes
            .get(hi)
            .is_some_and(|b| !b.is_ascii_whitespace() && !matches!(b, b')' | b'>' | b'"'))
    {
        hi += 1;
    }
    let token = bytes.get(lo..hi).unwrap_or(&[]);
    if token.contains(&b'@') {
        return Some(Address::Mail);
    }
    let web = token.windows(3).any(|w| w == b"://")
        || token
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"www."))
        || text
            .get(lo..hi)
            .is_some_and(|t| Urls::new(t, lo).any(|(s, e)| s <= start && end <= e));
    web.then_some(Address::Web)
}

/// Summarises one sentence.
///
/// The structural detectors run only where a rule can use their result: channels when
/// this sentence or `prev` has a `contact_point` Anchor, dates when this sentence or `prev`
/// has a `timeline` Anchor or this one a `nature` Signal — and, for an event sentence
/// without a date, once more over `prev` (same paragraph, not a header line) to find the
/// date it may take. (The cue pass always runs.)
///
/// `other` and `frames`, when given, are a second and third index searched in the same
/// pass of the sentence's words, each with its own callback (see [`find_cues_in_three`]).
/// `words`, when given, are the sentence's words split before ([`crate::text::sentence_words::SentenceWords`]).
#[allow(
    clippy::too_many_arguments,
    reason = "the sentence, its context and the up to three indexes of its one word pass"
)]
fn scan_sentence<'t>(
    text: &'t str,
    sentence: Sentence,
    words: Option<&'t [Word]>,
    cues: Cues<'_>,
    data: &'static LangData,
    prev: Option<&Facts>,
    other: Option<(Cues<'_>, &mut dyn FnMut(CueMatch))>,
    frames: Option<(Cues<'_>, &mut dyn FnMut(CueMatch))>,
    facts: &mut Facts,
) {
    #[cfg(target_pointer_width = "64")]
    facts.reset();
    #[cfg(not(target_pointer_width = "64"))]
    {
        *facts = NO_FACTS;
    }
    let Some(slice) = text.get(sentence.start..sentence.end) else {
        return;
    };
    let base = sentence.start;
    let mut binder = CountBinder::new(text, sentence, data, words);
    // Where the last `Block` of each table ended: for a reason element, a colon after it
    // opens the explanation, which the block does not reach ("Ne cerem scuze pentru
    // întârziere: persoana împuternicită ne-a informat abia pe 12 martie").
    let mut block_end = [0usize; N];
    let mut on_match = |m: CueMatch| {
        let Some(hit) = facts.hits.get_mut(m.table) else {
            return;
        };
        let s = span(text, m.start, m.end);
        let reasoned = matches!(
            rule_kind(m.table),
            RuleKind::AnchorReason | RuleKind::DenialReason
        );
        if reasoned
            && hit.block
            && !hit.contrast
            && m.cue.role != Role::Block
            && let Some(&b) = block_end.get(m.table)
            && text.get(b..m.start).is_some_and(|gap| {
                gap.as_bytes()
                    .windows(2)
                    .any(|w| matches!(w, [b':', c] if c.is_ascii_whitespace()))
            })
        {
            hit.contrast = true;
            // The lateness the apology names is the one the explanation explains.
            hit.anchor_after_contrast = hit.anchor;
        }
        // A `;` after a cue element's unblocked signal opens another clause, as a contrast
        // does ("Your name was copied; your card details were not": the block after the
        // `;` cancels only what follows it). After a block it does not: the sentence stays
        // blocked ("Set a new password; if that password …").
        if !hit.contrast
            && !hit.block
            && rule_kind(m.table) == RuleKind::Cue
            && hit.signal.is_some_and(|sg| {
                text.get(sg.end as usize..m.start)
                    .is_some_and(|gap| gap.as_bytes().contains(&b';'))
            })
        {
            hit.contrast = true;
        }
        if m.cue.role == Role::Block
            && let Some(b) = block_end.get_mut(m.table)
        {
            *b = m.end;
        }
        // A lateness counted in days ("elf dagen na de ontdekking", "la 6 zile de la
        // constatare") is one only past the 72 hours: three days or fewer is on time.
        if m.cue.role == Role::Anchor
            && rule_kind(m.table) == RuleKind::AnchorReason
            && too_few_days(text, sentence.start, m.start, data)
        {
            return;
        }
        match m.cue.role {
            Role::Signal if hit.contrast => {
                hit.signal_after_contrast = hit.signal_after_contrast.or(s);
            }
            Role::Signal => {
                hit.signal = hit.signal.or(s);
            }
            Role::Contrast => hit.contrast = true,
            Role::Block if hit.contrast => hit.block_after_contrast = true,
            Role::Anchor => {
                hit.anchor = hit.anchor.or(s);
                hit.last_anchor = s.or(hit.last_anchor);
                if let (Some(a), Some(r)) = (s, hit.reason)
                    && a.start <= r.start
                    && r.end <= a.end
                {
                    hit.reason = None;
                }
                if !hit.plain_anchor && rule_kind(m.table) == RuleKind::AnchorChannel {
                    match inside_address(text, m.start, m.end) {
                        None => hit.plain_anchor = true,
                        Some(Address::Mail) => hit.mail_anchor = true,
                        Some(Address::Web) => {}
                    }
                }
                if hit.contrast {
                    hit.anchor_after_contrast = hit.anchor_after_contrast.or(s);
                }
                let counts = rule_kind(m.table) == RuleKind::AnchorNumber;
                let wanted =
                    hit.bound.is_none() || (hit.contrast && hit.bound_after_contrast.is_none());
                // Bound even when not wanted: a number claimed by this noun is not bound
                // again to the next one (see `CountBinder`).
                let number = if counts {
                    binder.bind(m.start, m.end)
                } else {
                    None
                };
                if wanted && let (Some(a), Some(n)) = (s, number) {
                    hit.bound = hit.bound.or(Some((a, n)));
                    if hit.contrast {
                        hit.bound_after_contrast = Some((a, n));
                    }
                }
            }
            Role::Denial => hit.denial = hit.denial.or(s),
            // A word of an anchor is not its reason ("zgłaszamy dopiero": the anchor says
            // the notice is late; its "dopiero" is no reason for it).
            Role::Reason if s.is_some_and(|r| hit.in_anchor(r)) => {}
            Role::Reason => hit.reason = hit.reason.or(s),
            Role::Block => hit.block = true,
        }
    };
    find_cues_in_three(slice, base, words, (cues, &mut on_match), other, frames);
    for hit in &mut facts.hits {
        if hit.block && hit.contrast {
            // A Block before the Contrast cancels only the cues before it ("your passwords
            // were not affected, but your name…"); the cues after it stand unless a Block
            // follows the Contrast too.
            let after_ok = !hit.block_after_contrast;
            hit.block = hit.block_after_contrast;
            hit.signal = hit.signal_after_contrast.filter(|_| after_ok);
            hit.anchor = hit.anchor_after_contrast.filter(|_| after_ok);
            hit.bound = hit.bound_after_contrast.filter(|_| after_ok);
        } else if !hit.block_after_contrast {
            hit.signal = hit.signal.or(hit.signal_after_contrast);
        }
    }
    // A reasons-for-delay form field ("Motivele întârzierii: –", "Reasons for the delay:
    // N/A") whose value is a placeholder gives no reason; one whose value is empty on its
    // line takes it from the next line ([`ElementScan::sentence`]). A sentence with a
    // reason after the label's cue is prose (a reason word in the label, "Przyczyny
    // opóźnienia", is part of it). With `derive` only (flash: a one-language firmware
    // without it reads a field's label as before).
    #[cfg(feature = "derive")]
    if let Some(h) = facts.hits.get_mut(index(ElementId::DelayReasons))
        && !h.block
        && let Some(cue) = h.signal.or(h.anchor)
        && h.reason.is_none_or(|r| r.end <= cue.end)
    {
        match field_value(text, cue.end as usize, sentence.end) {
            FieldValue::Given => {}
            FieldValue::Empty => {
                h.block = true;
                facts.delay_label = Some(cue);
            }
            FieldValue::Placeholder => h.block = true,
        }
    }
    let prev_hit = |i: usize| prev.and_then(|p| p.hits.get(i));
    // A sentence whose channel anchor is only the address itself ("Mail
    // ledenadministratie@…") answers the sentence before: when that one asked about
    // something else (its anchor blocked: "Vragen over je contributie?"), so does this.
    for (i, &(kind, _)) in RULES.iter().enumerate() {
        if kind == RuleKind::AnchorChannel
            && let Some(h) = facts.hits.get_mut(i)
            && h.anchor.is_some()
            && !h.plain_anchor
            && prev_hit(i).is_some_and(|p| p.block && p.anchor.is_some())
        {
            h.block = true;
        }
    }
    // A sentence whose channel anchors all lie inside web links ("Více informací:
    // www.firma.example/otazky") has none: a page named "questions" is a page to read, not
    // a channel (the sentence before may still anchor the link: "Máte otázky? Formulář:").
    for (i, &(kind, _)) in RULES.iter().enumerate() {
        if kind == RuleKind::AnchorChannel
            && let Some(h) = facts.hits.get_mut(i)
            && h.anchor.is_some()
            && !h.plain_anchor
            && !h.mail_anchor
        {
            h.anchor = None;
        }
    }
    let own_hit = |i: usize| facts.hits.get(i).unwrap_or(&NO_HIT);
    let anchored = |i: usize| {
        own_hit(i).anchor.is_some() || prev_hit(i).is_some_and(|h| h.anchor.is_some() && !h.block)
    };
    let (mut want_channel, mut want_date) = (false, false);
    for (i, &(kind, _)) in RULES.iter().enumerate() {
        match kind {
            RuleKind::AnchorChannel => want_channel |= anchored(i),
            RuleKind::AnchorDate { event } => {
                want_date |= anchored(i) || own_hit(index(event)).signal.is_some();
            }
            RuleKind::Cue
            | RuleKind::DenialReason
            | RuleKind::AnchorReason
            | RuleKind::AnchorNumber => {}
        }
    }
    let first = |it: &mut dyn Iterator<Item = (usize, usize)>| {
        it.next().and_then(|(s, e)| span(text, s, e))
    };
    if want_channel {
        facts.channel = first(&mut Emails::new(slice, base))
            .or_else(|| first(&mut Phones::new(slice, base)))
            .or_else(|| first(&mut Urls::new(slice, base)))
            .or_else(|| first(&mut Postcodes::new(slice, base)));
    }
    facts.bounds = (sentence.start, sentence.end);
    facts.header = is_header_line(slice);
    facts.paragraph_start = sentence.paragraph_start;
    if want_date {
        facts.dates_read = true;
        find_dates_in(slice, base, data, words, |d| {
            let s = span(text, d.start, d.end);
            match d.kind {
                DateKind::Date => facts.date = facts.date.or(s),
                DateKind::Time | DateKind::Weekday => facts.time = facts.time.or(s),
            }
        });
    }
    // A delay reason told with a time (see [`LateReason`]): read only for a sentence with
    // an unblocked reason of `delay_reasons`.
    if let Some(reason) = facts
        .hits
        .get(index(ElementId::DelayReasons))
        .filter(|h| !h.block)
        .and_then(|h| h.reason)
    {
        let mut dates: Option<(Span, Span)> = None;
        find_dates_in(slice, base, data, words, |d| {
            if d.kind == DateKind::Date
                && let Some(s) = span(text, d.start, d.end)
                && near_in_clause(text, reason, s)
            {
                dates = Some((dates.map_or(s, |(first, _)| first), s));
            }
        });
        facts.temporal = dates;
    }
    // An event or discovery sentence without a date may take the date of the sentence
    // just before it in the same paragraph ("… received on 12 June 2025. Through an
    // error, your payslip was attached …"); never an e-mail header's date.
    let event = RULES.iter().enumerate().any(|(i, &(kind, _))| match kind {
        RuleKind::AnchorDate { event } => {
            let h = own_hit(i);
            own_hit(index(event)).signal.is_some() || (h.anchor.is_some() && !h.block)
        }
        RuleKind::Cue
        | RuleKind::AnchorChannel
        | RuleKind::DenialReason
        | RuleKind::AnchorReason
        | RuleKind::AnchorNumber => false,
    });
    if event
        && facts.date.is_none()
        && facts.time.is_none()
        && !sentence.paragraph_start
        && !facts.header
        && let Some(p) = prev.filter(|p| !p.header)
    {
        // (When the sentence before had its dates read, its `date` is already its first
        // date, or it has none: it is not read again.)
        facts.prev_date = p.date.or_else(|| {
            if p.dates_read {
                return None;
            }
            let (s, e) = p.bounds;
            let mut date = None;
            if let Some(prev_slice) = text.get(s..e) {
                find_dates(prev_slice, s, data, |d| {
                    if d.kind == DateKind::Date {
                        date = date.or_else(|| span(text, d.start, d.end));
                    }
                });
            }
            date
        });
    }
}

/// Units of a data volume, every language's `words/data_units.words`: a number before
/// one of them measures bytes, not records or people ("38 GB", "2,3 GB", "14 MB").
const DATA_UNITS: WordList = crate::lang::data::WORDS_DATA_UNITS_ANY;

/// Whether the word right after `n` (blanks between) is a unit of data volume.
fn is_data_volume(text: &str, sentence: &Sentence, n: &NumberMatch) -> bool {
    let rest = text.get(n.end..sentence.end).unwrap_or("");
    let rest = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    let word: &str = rest
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .map_or(Some(rest), |i| rest.get(..i))
        .unwrap_or("");
    DATA_UNITS.contains_ignore_ascii_case(word)
}

/// Units of time, every language's `words/durations.words`: a number before one of them
/// is a duration ("40 jaar ervaring", "3 dagen", "72 hours"), not a count of people or
/// records.
const DURATION_UNITS: WordList = crate::lang::data::WORDS_DURATIONS_ANY;

/// Whether the word right after `n` (blanks between) is a unit of time (folded, so that
/// "Jahre", "χρόνια" and "år" are found).
fn is_duration(text: &str, sentence: &Sentence, n: &NumberMatch) -> bool {
    let rest = text.get(n.end..sentence.end).unwrap_or("");
    let rest = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    crate::text::words::Words::new(rest)
        .next()
        .is_some_and(|w| w.start == 0 && !w.too_long() && DURATION_UNITS.contains(w.bytes()))
}

/// Most bytes between a delay reason and the date that times it (`LateReason`): "en
/// congé jusqu'au 9 mars", "ne nous a informés que le 28 septembre", "pas op 8 maart".
pub const REASON_DATE_GAP: usize = 60;

/// Whether date `b` follows reason `a` by at most [`REASON_DATE_GAP`] bytes with no `;`
/// between them: the reason's clause dates what held the notification up ("pas op 8
/// maart", "en congé jusqu'au 9 mars"). A date before the reason dates an action the reason
/// only motivates ("Le 5 mars, nous avons prévenu les personnes, car…"); a date after a `;`
/// is another item of a list ("…reçu par erreur ; communication aux personnes le 20 mai").
fn near_in_clause(text: &str, a: Span, b: Span) -> bool {
    let (lo, hi) = (a.end as usize, b.start as usize);
    lo <= hi
        && hi - lo <= REASON_DATE_GAP
        && text
            .get(lo..hi)
            .is_some_and(|gap| !gap.as_bytes().contains(&b';'))
}

/// Whether the cue at `start` begins with a unit of time ([`DURATION_UNITS`]: "dagen na
/// de ontdekking", "jours après la découverte") right after a number of at most 3: a
/// delay counted in days is past the 72 hours of Art. 33(1) GDPR only from the fourth day.
/// Looks at the word at `start` and at most 40 bytes before it (bounded work).
fn too_few_days(text: &str, sentence_start: usize, start: usize, data: &'static LangData) -> bool {
    let unit = text.get(start..).and_then(|rest| {
        crate::text::words::Words::new(rest)
            .next()
            .filter(|w| w.start == 0 && !w.too_long() && DURATION_UNITS.contains(w.bytes()))
    });
    if unit.is_none() {
        return false;
    }
    let lo = floor_boundary(text, start.saturating_sub(40).max(sentence_start));
    let Some(before) = text.get(lo..start) else {
        return false;
    };
    let mut last: Option<NumberMatch> = None;
    for n in Numbers::new(before, lo, data) {
        last = Some(n);
    }
    last.is_some_and(|n| {
        n.value <= 3
            && text
                .get(n.end..start)
                .is_some_and(|gap| gap.chars().all(|c| c.is_whitespace() || c == '-'))
    })
}

/// What a form field says after its label (see [`field_value`]).
#[cfg(feature = "derive")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FieldValue {
    /// Words of its own: the field is filled (or the cue is no label).
    Given,
    /// Nothing after the label on its line: the value may be the next line.
    Empty,
    /// A placeholder: at most [`MAX_PLACEHOLDER_LETTERS`] letters or digits ("–", "/",
    /// "…", "N/A", "n.v.t.", "Δ/Α", "none", "brak"), or that few before a mark ("Nu –
    /// notificare în termen", "N/A (on time)"). Longer words for "none" or "not
    /// applicable" are the element's `[block]` cues.
    Placeholder,
}

/// The value of the field whose label holds the cue ending at `cue_end`, in the sentence
/// ending at `end`: what follows the first colon after the cue (followed by a blank or the
/// end: "10:30" is no label); with no colon, a heading ("5. Întârzierea") whose cue ends
/// its line has an empty value. Read byte by byte: a character past ASCII is a letter
/// (its first byte counts), but for U+0080–U+00BF (no-break space, `«`: neutral) and
/// U+2000–U+2FFF (dashes, `…`: marks); `/` and `.` belong to an abbreviation ("N/A",
/// "n.v.t.").
#[cfg(feature = "derive")]
fn field_value(text: &str, cue_end: usize, end: usize) -> FieldValue {
    let rest = text.as_bytes().get(cue_end..end).unwrap_or(&[]);
    let Some(value) = label_colon(rest).and_then(|i| rest.get(i + 1..)) else {
        return if rest.is_empty() {
            FieldValue::Empty
        } else {
            FieldValue::Given
        };
    };
    // The letters and digits of the whole value, and of its first run before a mark.
    let (mut all, mut run, mut marked, mut filled) = (0usize, 0usize, false, false);
    for &b in value {
        let letter = b.is_ascii_alphanumeric() || (b >= 0xC3 && b != 0xE2);
        let neutral = b.is_ascii_whitespace() || matches!(b, b'/' | b'.' | 0x80..=0xC2);
        filled |= !b.is_ascii_whitespace();
        if letter {
            all += 1;
            run += usize::from(!marked);
        } else if !neutral && run > 0 {
            marked = true;
        }
    }
    if !filled {
        FieldValue::Empty
    } else if all <= MAX_PLACEHOLDER_LETTERS || (marked && run <= MAX_PLACEHOLDER_LETTERS) {
        FieldValue::Placeholder
    } else {
        FieldValue::Given
    }
}

/// Most letters and digits of a placeholder value ([`FieldValue::Placeholder`]).
#[cfg(feature = "derive")]
const MAX_PLACEHOLDER_LETTERS: usize = 4;

/// Whether a sentence is another form field: a colon followed by a blank or the end
/// within its first [`MAX_FIELD_LABEL`] bytes ("3. Măsuri luate: …", "Date: …").
#[cfg(feature = "derive")]
fn is_field_line(sentence: &str) -> bool {
    label_colon(sentence.as_bytes()).is_some_and(|i| i < MAX_FIELD_LABEL)
}

/// Where the first colon that ends a label stands in `bytes`: one followed by a blank or
/// the end ("Date: …", "Motivele întârzierii:"), not one inside a time ("10:30").
#[cfg(feature = "derive")]
fn label_colon(bytes: &[u8]) -> Option<usize> {
    bytes
        .iter()
        .enumerate()
        .position(|(i, &b)| b == b':' && bytes.get(i + 1).is_none_or(u8::is_ascii_whitespace))
}

/// How far into a sentence the colon of a field's label may stand ([`is_field_line`]).
#[cfg(feature = "derive")]
const MAX_FIELD_LABEL: usize = 48;

/// Whether a sentence is a header line: one word (letters, `-`), an optional space, then
/// `:` (`Date:`, `Datum:`, `Fecha:`, `Envoyé :`, `Oggetto:`), on one line.
fn is_header_line(sentence: &str) -> bool {
    if sentence.as_bytes().contains(&b'\n') {
        return false;
    }
    let label_end = sentence
        .char_indices()
        .find(|&(_, c)| !(c.is_alphabetic() || c == '-'))
        .map_or(sentence.len(), |(i, _)| i);
    let rest = sentence.get(label_end..).unwrap_or("");
    (1..=20).contains(&label_end) && rest.trim_start_matches([' ', '\u{a0}']).starts_with(':')
}

/// Applies every element's rule to sentence `cur` (with `next` as its window): a
/// `Signal` not blocked, else what the element's [`RuleKind`] asks for.
///
/// `pending` carries, per element, the `Anchor` of an `AnchorReason` rule (a lateness
/// statement) that found no `Reason` in its sentence or the next: a `Reason` in the
/// sentence after that, in the same paragraph, still explains it ("We notify only now,
/// after 72 hours. The employee filed the loss under the wrong category. It therefore
/// reached the DPO only on 13 July.").
fn judge(
    cur: &Facts,
    next: Option<&Facts>,
    found: &mut [Found; N],
    pending: &mut [Option<Span>; N],
) {
    let hit = |i: usize| cur.hits.get(i).unwrap_or(&NO_HIT);
    let next_hit = |i: usize| next.and_then(|n| n.hits.get(i)).unwrap_or(&NO_HIT);
    // The next sentence, when it continues this one's paragraph.
    let next_in_paragraph = next.filter(|n| !n.paragraph_start);
    for (i, &(kind, _)) in RULES.iter().enumerate() {
        let h = hit(i);
        let Some(acc) = found.get_mut(i) else {
            continue;
        };
        if let Some(slot) = pending.get_mut(i) {
            let waiting = slot.take().filter(|_| !cur.paragraph_start);
            if kind == RuleKind::AnchorReason
                && let Some(a) = waiting
                && let Some(n) = next_in_paragraph
                && let Some(nh) = n.hits.get(i).filter(|nh| !nh.block)
                && let Some(r) = nh.reason
            {
                acc.add(&[Some(a), Some(r)]);
            }
            if kind == RuleKind::AnchorReason
                && h.signal.is_none()
                && h.reason.is_none()
                && next_hit(i).reason.is_none()
                && next_in_paragraph.is_some()
            {
                *slot = h.anchor.filter(|_| !h.block);
            }
        }
        if let Some(sig) = h.signal.filter(|_| !h.block) {
            acc.add(&[Some(sig)]);
            continue;
        }
        match kind {
            RuleKind::Cue => {}
            RuleKind::AnchorChannel => {
                let Some(anchor) = h.anchor.filter(|_| !h.block) else {
                    continue;
                };
                let nh = next_hit(i);
                let channel = cur
                    .channel
                    .or_else(|| next.and_then(|n| n.channel).filter(|_| !nh.block));
                if let Some(c) = channel {
                    acc.add(&[Some(anchor), Some(c)]);
                }
            }
            RuleKind::AnchorDate { event } => {
                let nh = next_hit(i);
                let next_when = next
                    .filter(|_| !nh.block)
                    .and_then(|n| n.date.or(nh.signal));
                let own_when = cur.date.or(cur.time);
                if let Some(anchor) = h.anchor.filter(|_| !h.block)
                    && let Some(when) = own_when.or(next_when)
                {
                    acc.add(&[Some(anchor), Some(when)]);
                    continue;
                }
                let event = hit(index(event)).signal;
                if let (Some(ev), Some(date), false) = (event, own_when, h.block) {
                    acc.add(&[Some(ev), Some(date)]);
                    continue;
                }
                // No date of its own: the date of the sentence before (see `prev_date`).
                let event = event.or(h.anchor).filter(|_| !h.block);
                if let (Some(ev), Some(date), None) = (event, cur.prev_date, own_when) {
                    acc.add(&[Some(ev), Some(date)]);
                }
            }
            RuleKind::DenialReason | RuleKind::AnchorReason => {
                let nh = next_hit(i);
                let reason = h.reason.or(nh.reason);
                let claim = if kind == RuleKind::DenialReason {
                    h.denial
                } else {
                    h.anchor.filter(|_| !h.block)
                };
                if let (Some(c), Some(r)) = (claim, reason) {
                    acc.add(&[Some(c), Some(r)]);
                    continue;
                }
                // A lateness statement or a "none expected" may follow its explanation: the
                // reason in this sentence, the statement in the next of the same paragraph
                // ("The only administrator was on sick leave until 31 July. We know the
                // notice comes after 72 hours."; "The laptop was encrypted. We do not
                // expect any risk to you.").
                let same_paragraph = next.is_some_and(|n| !n.paragraph_start);
                let next_claim = if kind == RuleKind::DenialReason {
                    nh.denial
                } else {
                    nh.anchor.filter(|_| !nh.block)
                };
                if same_paragraph && let (Some(r), Some(c)) = (h.reason, next_claim) {
                    acc.add(&[Some(c), Some(r)]);
                }
            }
            RuleKind::AnchorNumber => {
                if let Some((a, n)) = h.bound.filter(|_| !h.block) {
                    acc.add(&[Some(n), Some(a)]);
                }
            }
        }
    }
}

/// How a `Conditional` element (`delay_reasons`) is judged, given lateness.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Judged {
    /// Judged: present or missing.
    Always,
    /// Not judged: `not_applicable` (`late == Some(false)`, or no analysis).
    Never,
    /// Lateness unknown: `present` (and required) when the notice itself explains a
    /// delay, else `not_applicable`.
    IfFound,
}

/// The requirement, `required` flag and citation of `id` for `audience`, or `None` when it
/// does not apply; and how it is judged (`delay_reasons`: see [`Judged`]).
fn rule_of(
    id: ElementId,
    audience: Audience,
    late: Option<bool>,
) -> Option<(Requirement, bool, &'static str, Judged)> {
    let rule = id.element().rule(audience)?;
    if rule.requirement == Requirement::Conditional {
        return Some(match late {
            Some(true) => (Requirement::Required, true, rule.citation, Judged::Always),
            Some(false) => (
                Requirement::Conditional,
                false,
                rule.citation,
                Judged::Never,
            ),
            None => (
                Requirement::Conditional,
                false,
                rule.citation,
                Judged::IfFound,
            ),
        });
    }
    Some((
        rule.requirement,
        rule.requirement == Requirement::Required,
        rule.citation,
        Judged::Always,
    ))
}

fn build(audience: Audience, late: Option<bool>, found: Option<&[Found; N]>) -> NoticeReport {
    let mut elements = Vec::new();
    let mut complete = true;
    for id in ElementId::ALL {
        let Some((requirement, mut required, citation, judged)) = rule_of(id, audience, late)
        else {
            continue;
        };
        let f = found.and_then(|f| f.get(index(id)));
        let is_found = f.is_some_and(|f| f.present);
        let status = match judged {
            Judged::Never => Status::NotApplicable,
            // Lateness unknown but the notice explains its own delay: the text says it is
            // late, so the reasons it gives are required (Art. 33(1) GDPR).
            Judged::IfFound if is_found => {
                required = true;
                Status::Present
            }
            Judged::IfFound => Status::NotApplicable,
            Judged::Always if is_found => Status::Present,
            Judged::Always => Status::Missing,
        };
        if required && status != Status::Present {
            complete = false;
        }
        let (evidence, evidence_truncated) = match (status, f) {
            (Status::Present, Some(f)) => (f.evidence.clone(), f.truncated),
            _ => (Vec::new(), false),
        };
        // Capacity N equals the number of ids: the push cannot fail.
        let _ = elements.push(ElementResult {
            id,
            status,
            required,
            requirement,
            citation,
            evidence,
            evidence_truncated,
        });
    }
    NoticeReport { elements, complete }
}

/// Analyses `text`, a notice in `lang` for `audience`. `late` is whether the notification
/// to the authority comes more than 72 hours after awareness (`None`: unknown).
/// `Some(true)` makes `delay_reasons` applicable and required (Art. 33(1) GDPR);
/// `Some(false)` makes it `not_applicable`; with `None` it is `present` (conditional,
/// required) when the notice itself explains a delay, else `not_applicable`.
///
/// Never panics, allocates nothing, and runs in time linear in `text.len()`.
pub fn analyze(text: &str, audience: Audience, lang: Lang, late: Option<bool>) -> NoticeReport {
    let index = cue_index(lang).decode();
    let frames = crate::frames::decode(lang);
    let mut scan = ElementScan::new(text, lang);
    for sentence in Sentences::new(text) {
        scan.sentence(sentence, None, index.cues(), frames.cues(), None);
    }
    scan.finish(audience, late, &[], None)
}

/// [`analyze`] one sentence at a time, so that a caller that also reads each sentence for
/// something else ([`crate::report::evaluate`] derives the facts) splits the text into
/// sentences, and each sentence into words, only once. Feed it every sentence of
/// [`Sentences`] in order, then [`ElementScan::finish`]: the report is the one [`analyze`]
/// gives.
pub(crate) struct ElementScan<'t> {
    text: &'t str,
    /// The notice's language (its frames' gaps: [`crate::frames`]).
    lang: Lang,
    data: &'static LangData,
    found: [Found; N],
    /// The summaries of the last two sentences read, reused in turn (filled in place:
    /// a summary is too large to move around per sentence).
    summaries: [Facts; 2],
    /// Which of `summaries` holds the sentence read last (`None`: none read yet).
    prev: Option<usize>,
    /// Lateness statements still waiting for their reason (see [`judge`]).
    pending: [Option<Span>; N],
    /// The first [`crate::limits::MAX_LATE_REASONS`] sentences that explain a delay with a time but name
    /// no lateness ([`LateReason`]).
    late_reasons: Vec<LateReason, { crate::limits::MAX_LATE_REASONS }>,
}

impl<'t> ElementScan<'t> {
    /// A scan of `text`, a notice in `lang`.
    pub(crate) fn new(text: &'t str, lang: Lang) -> ElementScan<'t> {
        ElementScan {
            text,
            lang,
            data: lang.data(),
            found: [const { Found::EMPTY }; N],
            summaries: [NO_FACTS; 2],
            prev: None,
            pending: [None; N],
            late_reasons: Vec::new(),
        }
    }

    /// Starts over: a scan of `text`, a notice in `lang`, in place (a scan is 3.5 KB: kept
    /// in [`crate::report::Scratch`], not moved). A frame of its own: the fresh values
    /// are not built in the caller's.
    #[inline(never)]
    pub(crate) fn restart(&mut self, text: &'t str, lang: Lang) {
        self.text = text;
        self.lang = lang;
        self.data = lang.data();
        // Element by element, in place: `[Found; N]`'s `Default` is eleven unrolled
        // copies of `Found::default()` (1.2 KB of wasm code).
        for found in &mut self.found {
            *found = Found::default();
        }
        self.summaries = [NO_FACTS; 2];
        self.prev = None;
        self.pending = [None; N];
        self.late_reasons.clear();
    }

    /// Reads the next sentence with `cues`, the decoded [`cue_index`] of the scan's
    /// language, and `frame_cues`, its decoded frame index ([`crate::frames::decode`]; the
    /// caller keeps both, the scan does not: it lives across the whole evaluation);
    /// `other` (a second index and its callback) is searched in the same pass of its words
    /// ([`find_cues_in_three`]). `words`, when given, are the sentence's words split before
    /// ([`crate::text::sentence_words::SentenceWords::get`]), read instead of splitting it again.
    pub(crate) fn sentence(
        &mut self,
        sentence: Sentence,
        words: Option<&[Word]>,
        cues: Cues<'_>,
        frame_cues: Cues<'_>,
        other: Option<(Cues<'_>, &mut dyn FnMut(CueMatch))>,
    ) {
        let [a, b] = &mut self.summaries;
        // The sentence before stays where it is; this one overwrites the one before it.
        let (prev, cur) = if self.prev == Some(0) { (a, b) } else { (b, a) };
        let prev = self.prev.map(|_| &*prev);
        // Sentence frames (issue 12): the frame index is searched in the same pass of the
        // words; a data kind or risk said not to be concerned does not count, and each
        // frame found realises its element.
        let mut frames = crate::frames::none(self.text, sentence, self.lang);
        let mut push = |m: CueMatch| frames.push(m);
        scan_sentence(
            self.text,
            sentence,
            words,
            cues,
            self.data,
            prev,
            other,
            Some((frame_cues, &mut push)),
            cur,
        );
        for (h, &(_, negation)) in cur.hits.iter_mut().zip(RULES.iter()) {
            let before_only = match negation {
                Negation::Ignored => continue,
                Negation::Around => false,
                Negation::BeforeOnly => true,
            };
            if h.signal.is_some_and(|s| frames.negates(s, before_only)) {
                h.signal = None;
            }
        }
        // A sentence whose own cue already realises the element keeps the cue's evidence.
        let found = &mut self.found;
        let mut measures = cur
            .hits
            .get(index(ElementId::MeasuresTaken))
            .filter(|h| !h.block)
            .and_then(|h| h.signal);
        frames.each(&mut |id, s| {
            if id == ElementId::MeasuresTaken {
                measures = measures.or(Some(s));
            }
            let cued = cur
                .hits
                .get(index(id))
                .is_some_and(|h| h.signal.is_some() && !h.block);
            if let (Some(acc), false) = (found.get_mut(index(id)), cued) {
                acc.add(&[Some(s)]);
            }
        });
        // A dated reason (`LateReason`), unless its clause tells a measure: "Furnizorul
        // a confirmat ștergerea pe 6 martie" dates a step taken, not what held the
        // notification up (a measure beyond a `;` is another clause).
        if let Some(h) = cur.hits.get(index(ElementId::DelayReasons))
            && h.anchor.is_none()
            && h.signal.is_none()
            && let (Some(reason), Some(temporal)) = (h.reason, cur.temporal)
            && measures.is_none_or(|m| {
                let lo = m.start.min(reason.start) as usize;
                let hi = m.end.max(temporal.1.end) as usize;
                self.text
                    .get(lo..hi)
                    .is_some_and(|clause| clause.as_bytes().contains(&b';'))
            })
        {
            // Full: the first ones are kept.
            let _ = self.late_reasons.push(LateReason {
                reason,
                temporal,
                bounds: cur.bounds,
            });
        }
        // An empty reasons field or heading ([`FieldValue::Empty`]) takes its value from
        // this line, unless it is another field or a heading: a line that gives a reason,
        // or a sentence (it ends with `.`, `!`, `?` or `;`), explains the delay.
        #[cfg(feature = "derive")]
        if let Some(label) = prev.and_then(|p| p.delay_label)
            && let Some(line) = self.text.get(cur.bounds.0..cur.bounds.1)
            && !is_field_line(line)
            && let Some(acc) = self.found.get_mut(index(ElementId::DelayReasons))
        {
            let hit = cur.hits.get(index(ElementId::DelayReasons));
            // A line that the element's own cues block ("not applicable", "within the 72
            // hours") says there is no delay to explain: it is no reason.
            let blocked = hit.is_some_and(|h| h.block);
            let explained = hit.filter(|h| !h.block).and_then(|h| h.signal.or(h.reason));
            let sentence = matches!(line.as_bytes().last(), Some(b'.' | b'!' | b'?' | b';'));
            if explained.is_some() || (sentence && !blocked) {
                acc.add(&[Some(label), explained]);
            }
        }
        if let Some(p) = prev {
            judge(p, Some(cur), &mut self.found, &mut self.pending);
        }
        self.prev = Some(usize::from(self.prev == Some(0)));
    }

    /// Judges the last sentence read (once: it has no next sentence to wait for).
    fn judge_last(&mut self) {
        if let Some(p) = self.prev.take().and_then(|i| self.summaries.get(i)) {
            judge(p, None, &mut self.found, &mut self.pending);
        }
    }

    /// Whether the notice, read to its end, realises `delay_reasons` in its own words — a
    /// reason cue, or a lateness statement with its reason —, before any dated reason
    /// ([`LateReason`]) is weighed: the notice explains a delay, so it says it is late.
    #[cfg(feature = "derive")]
    pub(crate) fn explains_delay(&mut self) -> bool {
        self.judge_last();
        self.found
            .get(index(ElementId::DelayReasons))
            .is_some_and(|f| f.present)
    }

    /// Judges the last sentence and builds the report for `audience` with lateness `late`
    /// (as [`analyze`]).
    /// Takes the scan by reference (not by value: a move would copy its 3.5 KB on the
    /// stack); it is spent afterwards.
    ///
    /// `dated` are the spans where the awareness date was read (the derived facts'
    /// evidence) and `aware` the awareness instant: when `late ==
    /// Some(true)` and no lateness statement realised `delay_reasons`, the first
    /// [`LateReason`] sentence holding none of those spans, whose date lies after the day
    /// of `aware`, does.
    pub(crate) fn finish(
        &mut self,
        audience: Audience,
        late: Option<bool>,
        dated: &[Span],
        aware: Option<crate::time::Timestamp>,
    ) -> NoticeReport {
        let (text, lang) = (self.text, self.lang);
        self.judge_last();
        // The dates of a reason are read against the awareness date, which only the
        // `derive` feature reads from the text; without it (a one-language firmware),
        // no dated reason counts (flash: the date reading it needs is about 1.6 KB).
        #[cfg(not(feature = "derive"))]
        let _ = (dated, aware, text, lang);
        #[cfg(feature = "derive")]
        if late == Some(true)
            && let Some(acc) = self.found.get_mut(index(ElementId::DelayReasons))
            && !acc.present
            && let Some((reason, when)) = self.late_reasons.iter().find_map(|r| {
                let (s, e) = r.bounds;
                if dated
                    .iter()
                    .any(|d| s <= d.start as usize && d.end as usize <= e)
                {
                    return None;
                }
                // The reason's first date, else its last, that lies after the day of
                // awareness.
                let (first, last) = r.temporal;
                [first, last]
                    .into_iter()
                    .find(|&w| {
                        aware.is_some_and(|a| {
                            crate::derive::dates::date_after(
                                text,
                                w.start as usize,
                                w.end as usize,
                                lang,
                                a,
                            )
                        })
                    })
                    .map(|when| (r.reason, when))
            })
        {
            acc.add(&[Some(reason), Some(when)]);
        }
        build(audience, late, Some(&self.found))
    }
}

/// The report for a notice in an unsupported language: every applicable element missing
/// (`delay_reasons` not applicable unless `late == Some(true)`), so `complete` is false.
pub fn unknown_language(audience: Audience, late: Option<bool>) -> NoticeReport {
    build(audience, late, None)
}

#[cfg(test)]
mod tests {
    extern crate std;

    use super::*;

    #[cfg(target_pointer_width = "64")]
    #[test]
    fn facts_reset_is_no_facts() {
        let s = Some(Span { start: 1, end: 2 });
        let dirty = Hit {
            signal: s,
            signal_after_contrast: s,
            contrast: true,
            block_after_contrast: true,
            anchor: s,
            anchor_after_contrast: s,
            bound: s.zip(s),
            bound_after_contrast: s.zip(s),
            denial: s,
            reason: s,
            block: true,
            last_anchor: s,
            plain_anchor: true,
            mail_anchor: true,
        };
        let mut facts = Facts {
            hits: [dirty; N],
            channel: s,
            date: s,
            time: s,
            dates_read: true,
            bounds: (3, 4),
            header: true,
            paragraph_start: true,
            prev_date: s,
            temporal: s.zip(s),
            delay_label: s,
        };
        facts.reset();
        assert_eq!(std::format!("{facts:?}"), std::format!("{NO_FACTS:?}"));
    }

    #[test]
    fn a_delay_counted_in_three_days_or_fewer_is_no_lateness() {
        let delay = |text: &str, lang: Lang| {
            analyze(text, Audience::Authority, lang, None)
                .elements
                .iter()
                .find(|e| e.id == ElementId::DelayReasons)
                .map(|e| e.status)
        };
        for (text, lang, want) in [
            (
                "Wij melden dit lek elf dagen na de ontdekking. Eerst moest de leverancier het onderzoek afronden.",
                Lang::Nl,
                Status::Present,
            ),
            (
                "Wij melden dit lek twee dagen na de ontdekking. Eerst moest de leverancier het onderzoek afronden.",
                Lang::Nl,
                Status::NotApplicable,
            ),
            (
                "Nous notifions 3 jours après la découverte, car le prestataire n'a pu intervenir que lundi.",
                Lang::Fr,
                Status::NotApplicable,
            ),
            (
                "Notificarea este transmisă la 6 zile de la constatare, deoarece furnizorul ne-a informat abia ieri.",
                Lang::Ro,
                Status::Present,
            ),
        ] {
            assert_eq!(delay(text, lang), Some(want), "{text}");
        }
    }
    use crate::elements::Cue;

    fn status(r: &NoticeReport, id: ElementId) -> Option<Status> {
        r.elements.iter().find(|e| e.id == id).map(|e| e.status)
    }

    #[test]
    fn every_applicable_id_once_in_contract_order() {
        let r = analyze("", Audience::Authority, Lang::En, None);
        let ids: Vec<ElementId, N> = r.elements.iter().map(|e| e.id).collect();
        let expected: Vec<ElementId, N> = ElementId::ALL
            .into_iter()
            .filter(|&id| id != ElementId::Advice)
            .collect();
        assert_eq!(ids, expected);
        assert_eq!(
            status(&r, ElementId::DelayReasons),
            Some(Status::NotApplicable)
        );
        assert!(!r.complete);
        let r = analyze("", Audience::DataSubjects, Lang::De, Some(true));
        assert_eq!(r.elements.len(), 7);
        assert_eq!(status(&r, ElementId::DelayReasons), None);
    }

    #[test]
    fn merged_index_holds_every_cue_in_order() {
        for lang in Lang::ALL {
            let index = cue_index(lang);
            assert_eq!(index.len(), cue_count(lang));
            let entries: std::vec::Vec<(usize, Cue)> = index.entries().collect();
            assert_eq!(entries.len(), index.len());
            assert!(
                entries
                    .windows(2)
                    .all(|w| matches!(w, [a, b] if a.1.phrase <= b.1.phrase)),
                "{}: merged index not sorted (is a cue table unsorted?)",
                lang.as_str()
            );
            for (t, cues) in CUES.iter().enumerate() {
                for cue in cues.get(lang).iter() {
                    assert!(
                        entries.contains(&(t, cue)),
                        "{} {t}: {:?} missing from the merged index",
                        lang.as_str(),
                        cue.phrase
                    );
                }
            }
        }
    }

    #[test]
    fn evidence_is_capped_and_flagged() {
        let text = "Laptop stolen. Phone stolen. Bag stolen. Car stolen. Keys stolen. \
                    Files leaked. Data leaked. Server hacked. Account hacked. Site hacked.";
        let r = analyze(text, Audience::DataSubjects, Lang::En, None);
        let nature = r.elements.iter().find(|e| e.id == ElementId::Nature);
        assert!(nature.is_some_and(|e| e.status == Status::Present
            && e.evidence.len() == MAX_EVIDENCE
            && e.evidence_truncated));
        let r = analyze("Laptop stolen.", Audience::DataSubjects, Lang::En, None);
        let nature = r.elements.iter().find(|e| e.id == ElementId::Nature);
        assert!(nature.is_some_and(|e| e.evidence.len() == 1 && !e.evidence_truncated));
    }

    /// A "none expected" may follow its reason: the reason in one sentence, the denial in
    /// the next of the same paragraph; a paragraph break ends the reach.
    #[test]
    fn a_denial_may_follow_its_reason() {
        let present = [
            (
                Lang::En,
                "The laptop was encrypted. So we don't expect any risk to you.",
            ),
            (
                Lang::De,
                "Der Laptop war verschlüsselt. Nachteilige Folgen erwarten wir nicht.",
            ),
        ];
        for (lang, text) in present {
            let r = analyze(text, Audience::DataSubjects, lang, None);
            assert_eq!(
                status(&r, ElementId::Consequences),
                Some(Status::Present),
                "{text}"
            );
        }
        let text = "The laptop was encrypted.\n\nWe don't expect any risk to you.";
        let r = analyze(text, Audience::DataSubjects, Lang::En, None);
        assert_eq!(
            status(&r, ElementId::Consequences),
            Some(Status::Missing),
            "{text}"
        );
    }

    #[test]
    fn issue_examples_en_de() {
        let cases: &[(Lang, Audience, &str, ElementId, Status)] = &[
            (
                Lang::De,
                Audience::Authority,
                "Betroffen sind rund 12.000 Kundinnen und Kunden.",
                ElementId::SubjectCount,
                Status::Present,
            ),
            (
                Lang::En,
                Audience::Authority,
                "Approximately 1.2 million records were copied.",
                ElementId::RecordCount,
                Status::Present,
            ),
            (
                Lang::En,
                Audience::DataSubjects,
                "Criminals could try to contact you pretending to be us.",
                ElementId::Consequences,
                Status::Present,
            ),
            (
                Lang::En,
                Audience::DataSubjects,
                "No consequences are expected because the data was encrypted.",
                ElementId::Consequences,
                Status::Present,
            ),
            (
                Lang::En,
                Audience::DataSubjects,
                "No consequences are expected.",
                ElementId::Consequences,
                Status::Missing,
            ),
            (
                Lang::De,
                Audience::DataSubjects,
                "Wir haben den Zugang sofort gesperrt.",
                ElementId::MeasuresTaken,
                Status::Present,
            ),
            (
                Lang::En,
                Audience::DataSubjects,
                "We take security seriously.",
                ElementId::MeasuresTaken,
                Status::Missing,
            ),
            (
                Lang::En,
                Audience::DataSubjects,
                "The vulnerability was closed and we fixed the bug.",
                ElementId::MeasuresTaken,
                Status::Present,
            ),
            (
                Lang::De,
                Audience::DataSubjects,
                "Am 12. Mai haben wir den Angriff bemerkt.",
                ElementId::Timeline,
                Status::Present,
            ),
            (
                Lang::En,
                Audience::DataSubjects,
                "Last week, a hacker accessed our server.",
                ElementId::Timeline,
                Status::Present,
            ),
            (
                Lang::En,
                Audience::DataSubjects,
                "Between 3 and 5 March an attacker accessed our server.",
                ElementId::Timeline,
                Status::Present,
            ),
            (
                Lang::En,
                Audience::DataSubjects,
                "Date: Mon, 12 May 2025",
                ElementId::Timeline,
                Status::Missing,
            ),
            (
                Lang::En,
                Audience::DataSubjects,
                "To unsubscribe, write to unsubscribe@example.com.",
                ElementId::ContactPoint,
                Status::Missing,
            ),
            (
                Lang::En,
                Audience::DataSubjects,
                "Our data protection officer: dpo@example.com",
                ElementId::ContactPoint,
                Status::Present,
            ),
        ];
        for &(lang, audience, text, id, want) in cases {
            let r = analyze(text, audience, lang, None);
            let got = r.elements.iter().find(|e| e.id == id).map(|e| e.status);
            assert_eq!(got, Some(want), "{text:?} {}", id.as_str());
        }
    }

    #[test]
    fn late_makes_delay_reasons_required() {
        let r = unknown_language(Audience::Authority, Some(true));
        let d = r.elements.iter().find(|e| e.id == ElementId::DelayReasons);
        assert!(d.is_some_and(|d| d.required && d.status == Status::Missing));
        assert!(!r.complete);
    }

    #[test]
    fn a_reason_may_come_in_the_sentence_before_the_lateness_statement() {
        let delay = |text: &str| {
            let r = analyze(text, Audience::Authority, Lang::En, Some(true));
            status(&r, ElementId::DelayReasons)
        };
        // Same paragraph: the explanation written first counts.
        assert_eq!(
            delay(
                "Our only IT administrator was away until 31 July due to illness. \
                 We know this notification comes after 72 hours."
            ),
            Some(Status::Present)
        );
        // A new paragraph (a measures line, then an apology): no explanation.
        assert_eq!(
            delay(
                "Measures: the police were informed because of the theft.\n\n\
                 This notification comes after 72 hours."
            ),
            Some(Status::Missing)
        );
    }

    #[test]
    fn delay_reasons_follow_the_text_when_lateness_is_unknown() {
        let delay = |text: &str, lang: Lang, late: Option<bool>| {
            analyze(text, Audience::Authority, lang, late)
                .elements
                .iter()
                .find(|e| e.id == ElementId::DelayReasons)
                .map(|e| (e.status, e.requirement, e.required))
        };
        let explained: &[(Lang, &str)] = &[
            (
                Lang::En,
                "We notify you after 72 hours because our only IT administrator was in hospital.",
            ),
            (
                Lang::Fr,
                "Le retard de notification s'explique par l'indisponibilité de nos systèmes pendant la restauration.",
            ),
        ];
        for &(lang, text) in explained {
            assert_eq!(
                delay(text, lang, None),
                Some((Status::Present, Requirement::Conditional, true)),
                "{text}"
            );
            assert_eq!(
                delay(text, lang, Some(false)),
                Some((Status::NotApplicable, Requirement::Conditional, false))
            );
            assert_eq!(
                delay(text, lang, Some(true)),
                Some((Status::Present, Requirement::Required, true))
            );
        }
        let silent = "We fixed the fault.";
        assert_eq!(
            delay(silent, Lang::En, None),
            Some((Status::NotApplicable, Requirement::Conditional, false))
        );
        assert_eq!(
            delay(silent, Lang::En, Some(true)),
            Some((Status::Missing, Requirement::Required, true))
        );
    }

    fn status_of(text: &str, lang: Lang, id: ElementId) -> Option<Status> {
        let r = analyze(text, Audience::Authority, lang, None);
        status(&r, id)
    }

    /// A number before a unit of time (`words/durations.words`) is a duration, not a
    /// count of the people noun after it; the same noun with a count of its own still is.
    #[test]
    fn durations_are_not_counts_of_people() {
        for (lang, t) in [
            (
                Lang::En,
                "For 3 days customers could see other customers' bookings.",
            ),
            (Lang::Nl, "Wij hebben ruim 40 jaar ervaring met klanten."),
            (Lang::Sv, "I 3 dagar kunde kunder se andras bokningar."),
            (
                Lang::El,
                "Για 2 ημέρες πελάτες μπορούσαν να δουν στοιχεία άλλων.",
            ),
        ] {
            assert_eq!(
                status_of(t, lang, ElementId::SubjectCount),
                Some(Status::Missing),
                "{t}"
            );
        }
        assert_eq!(
            status_of(
                "Het gaat om 250 klanten van de afgelopen 5 jaar.",
                Lang::Nl,
                ElementId::SubjectCount
            ),
            Some(Status::Present)
        );
    }

    #[test]
    fn counts_of_agents_are_not_counts_of_people_affected() {
        // A count right after an agent phrase (`count_agents.phrases`) counts who did it,
        // and a later mention of the same count of the same noun is the same group.
        let agents: &[(Lang, &str)] = &[
            (
                Lang::En,
                "Statements were downloaded by at least two member accounts. The two accounts that downloaded them have been suspended.",
            ),
            (Lang::De, "Die Daten wurden durch drei Konten abgerufen."),
            (
                Lang::Fr,
                "Les relevés ont été consultés par deux comptes de membres.",
            ),
        ];
        for &(lang, text) in agents {
            assert_eq!(
                status_of(text, lang, ElementId::SubjectCount),
                Some(Status::Missing),
                "{text}"
            );
        }
        let affected: &[(Lang, &str)] = &[
            (
                Lang::En,
                "The file was opened by an employee. It held the data of 2 customers.",
            ),
            (
                Lang::En,
                "The attack was carried out by two accounts. Two customers are affected.",
            ),
            (Lang::Es, "Están afectados por lo menos 300 clientes."),
            (Lang::De, "Betroffen sind die Daten von 1.200 Kunden."),
        ];
        for &(lang, text) in affected {
            assert_eq!(
                status_of(text, lang, ElementId::SubjectCount),
                Some(Status::Present),
                "{text}"
            );
        }
    }

    fn delay_status(text: &str, lang: Lang) -> Option<Status> {
        status(
            &analyze(text, Audience::Authority, lang, Some(true)),
            ElementId::DelayReasons,
        )
    }

    #[test]
    fn a_word_of_the_lateness_anchor_is_not_its_reason() {
        // Polish "dopiero" is a reason word ("dopiero 8 lipca potwierdził") and part of the
        // anchor "zgłaszamy dopiero" (we only report now): inside the anchor it is no reason.
        assert_eq!(
            delay_status("Zgłaszamy dopiero dziś.", Lang::Pl),
            Some(Status::Missing)
        );
        assert_eq!(
            delay_status(
                "Zgłaszamy dopiero dziś, ponieważ podmiot przetwarzający poinformował nas 8 lipca.",
                Lang::Pl
            ),
            Some(Status::Present)
        );
    }

    #[test]
    fn an_apology_does_not_cancel_the_reason_after_its_colon() {
        // The colon opens the explanation: the apology's block stays before it.
        assert_eq!(
            delay_status(
                "Ne cerem scuze pentru întârziere: persoana împuternicită ne-a informat abia pe 12 martie.",
                Lang::Ro
            ),
            Some(Status::Present)
        );
        assert_eq!(
            delay_status("Ne cerem scuze pentru întârziere.", Lang::Ro),
            Some(Status::Missing)
        );
        // A time's colon is no clause break.
        assert_eq!(
            delay_status(
                "We apologise for the delay at 10:30 because of the weekend.",
                Lang::En
            ),
            delay_status(
                "We apologise for the delay because of the weekend.",
                Lang::En
            )
        );
    }

    #[test]
    fn a_channel_answers_the_question_before_it() {
        // An address whose own words are the only anchor ("ledenadministratie@",
        // "privacy@") follows the sentence before: blocked when that one asked about
        // something else, counted otherwise.
        let blocked: &[(Lang, &str)] = &[
            (
                Lang::Nl,
                "Vragen over je contributie of je teamindeling? Mail ledenadministratie@club.example.",
            ),
            (
                Lang::En,
                "To unsubscribe from our newsletter: privacy@shop.example.",
            ),
        ];
        for &(lang, text) in blocked {
            assert_eq!(
                status_of(text, lang, ElementId::ContactPoint),
                Some(Status::Missing),
                "{text}"
            );
        }
        let counted: &[(Lang, &str)] = &[
            (
                Lang::En,
                "We are sorry. Contact: Dr Keane, +353 91 555 0123, privacy@clinic.example",
            ),
            (
                Lang::Es,
                "Lo sentimos. En dpd@club.example o en el 932 555 041.",
            ),
        ];
        for &(lang, text) in counted {
            assert_eq!(
                status_of(text, lang, ElementId::ContactPoint),
                Some(Status::Present),
                "{text}"
            );
        }
    }

    #[test]
    fn a_bare_link_answers_the_question_before_it_as_a_scheme_link_does() {
        // A link without a scheme (`firma.example/otazky`) is an address as
        // `https://firma.example/otazky` is: its own words ("otazky", "questions") are no
        // plain anchor, so after a FAQ sentence (blocked) it is a FAQ link, not a contact
        // point; after a question offered for this breach it is counted.
        let faq: &[(Lang, &str)] = &[
            (
                Lang::Cs,
                "Odpovědi na časté dotazy najdete na našem webu:\nfirma.example/otazky",
            ),
            (
                Lang::Cs,
                "Odpovědi na časté dotazy najdete na našem webu:\nwww.firma.example/otazky",
            ),
            (
                Lang::Sv,
                "Svar på vanliga frågor finns på vår webbplats:\nfirma.example/fragor",
            ),
            (
                Lang::En,
                "Answers to questions about your booking are online:\nshop.example/questions",
            ),
            (
                Lang::De,
                "Antworten auf Fragen zu Ihrer Buchung finden Sie online:\nreisen.example/fragen",
            ),
        ];
        for &(lang, text) in faq {
            assert_eq!(
                status_of(text, lang, ElementId::ContactPoint),
                Some(Status::Missing),
                "{text}"
            );
            let scheme = text.replace('\n', "\nhttps://");
            assert_eq!(
                status_of(&scheme, lang, ElementId::ContactPoint),
                Some(Status::Missing),
                "{scheme}"
            );
        }
        // A link whose own words are the only anchor names a page to read, with or
        // without a scheme ("Více informací: …/otazky"); an e-mail address's own words
        // stay an anchor (`dpd@…`, see `a_channel_answers_the_question_before_it`).
        let page: &[(Lang, &str)] = &[
            (Lang::Cs, "Více informací: www.boxik.example/otazky"),
            (Lang::Cs, "Více informací: boxik.example/otazky"),
            (Lang::Cs, "Více informací: https://boxik.example/otazky"),
            (Lang::En, "Read the answers at shop.example/questions"),
            (Lang::Sv, "Läs mer på butik.example/fragor"),
        ];
        for &(lang, text) in page {
            assert_eq!(
                status_of(text, lang, ElementId::ContactPoint),
                Some(Status::Missing),
                "{text}"
            );
        }
        let counted: &[(Lang, &str)] = &[
            (
                Lang::Cs,
                "Máte otázky k tomuto incidentu? Napište nám přes formulář:\nfirma.example/otazky",
            ),
            (Lang::Cs, "Máte otázky? Formulář: boxik.example/otazky"),
            (
                Lang::En,
                "Questions about this incident? Write to us through our form:\nshop.example/questions",
            ),
        ];
        for &(lang, text) in counted {
            assert_eq!(
                status_of(text, lang, ElementId::ContactPoint),
                Some(Status::Present),
                "{text}"
            );
        }
    }

    #[test]
    fn counts_bind_after_amount_verbs_and_closing_labels() {
        let cases: &[(Lang, &str, ElementId)] = &[
            (
                Lang::Fr,
                "Le nombre de personnes concernées est estimé à 1 500.",
                ElementId::SubjectCount,
            ),
            (
                Lang::Fr,
                "Le nombre de personnes concernées s'élève à environ 1 500.",
                ElementId::SubjectCount,
            ),
            (
                Lang::Es,
                "El número de personas afectadas se estima en 1.500.",
                ElementId::SubjectCount,
            ),
            (
                Lang::En,
                "The number of affected customers amounts to 1,500.",
                ElementId::SubjectCount,
            ),
            (
                Lang::De,
                "Die Zahl der betroffenen Personen beläuft sich auf 1.500.",
                ElementId::SubjectCount,
            ),
            (
                Lang::It,
                "Interessati: ospiti che hanno prenotato online, circa 900.",
                ElementId::SubjectCount,
            ),
        ];
        for &(lang, text, id) in cases {
            assert_eq!(status_of(text, lang, id), Some(Status::Present), "{text}");
        }
    }

    #[test]
    fn counts_do_not_bind_across_commas_brackets_or_vague_words() {
        let cases: &[(Lang, &str)] = &[
            (Lang::Fr, "Plusieurs clients ont été informés."),
            (Lang::En, "Several customers were informed."),
            (Lang::De, "Mehrere Kunden wurden informiert."),
        ];
        for &(lang, text) in cases {
            assert_eq!(
                status_of(text, lang, ElementId::SubjectCount),
                Some(Status::Missing),
                "{text}"
            );
        }
        let bound = |text: &str, lang: Lang| -> Option<heapless::Vec<Span, MAX_EVIDENCE>> {
            analyze(text, Audience::Authority, lang, None)
                .elements
                .iter()
                .find(|e| e.id == ElementId::SubjectCount)
                .map(|e| e.evidence.clone())
        };
        // The number 48 counts the participants; it is not bound across the comma.
        let t = "Participaron 48 talleres, entre alumnos y profesores.";
        let ev = bound(t, Lang::Es).unwrap_or_default();
        assert!(ev.iter().all(|s| s.slice(t) != Some("48")), "{t}: {ev:?}");
        // A data volume is no count; the block word "GB" no longer needs to cancel the
        // whole sentence.
        assert_eq!(
            status_of("Rozsah: 38 GB souborů.", Lang::Cs, ElementId::RecordCount),
            Some(Status::Missing)
        );
        assert_eq!(
            status_of(
                "Počet záznamů: zhruba dvanáct set záznamů zakázek; celkem 38 GB dat.",
                Lang::Cs,
                ElementId::RecordCount
            ),
            Some(Status::Present)
        );
        // A number before a record noun counts the records, not the people after it.
        for (lang, t) in [
            (Lang::Cs, "Počet záznamů: přibližně 1 400 karet studentů."),
            (Lang::It, "Registrazioni: 18.400 righe clienti."),
        ] {
            assert_eq!(
                status_of(t, lang, ElementId::SubjectCount),
                Some(Status::Missing),
                "{t}"
            );
            assert_eq!(
                status_of(t, lang, ElementId::RecordCount),
                Some(Status::Present),
                "{t}"
            );
        }
    }

    #[test]
    fn a_delay_reason_may_follow_two_sentences_after_the_lateness() {
        let late = |text: &str, lang: Lang| {
            let r = analyze(text, Audience::Authority, lang, None);
            status(&r, ElementId::DelayReasons)
        };
        let t = "Anmälan lämnas den 15 juli, mer än 72 timmar efter att vi fick kännedom. \
                 Medarbetaren rapporterade förlusten samma kväll. Ärendet nådde därför \
                 dataskyddsombudet först den 13 juli.";
        assert_eq!(late(t, Lang::Sv), Some(Status::Present), "{t}");
        // Not across a paragraph, and not for a bare statement.
        let t = "Anmälan lämnas den 15 juli, mer än 72 timmar efter att vi fick kännedom. \
                 Medarbetaren rapporterade förlusten samma kväll.\n\nDärför byter vi \
                 portkoder.";
        assert_ne!(late(t, Lang::Sv), Some(Status::Present), "{t}");
    }

    #[cfg(feature = "derive")]
    #[test]
    fn an_empty_or_placeholder_reasons_field_gives_no_reason() {
        let delay = |text: &str, lang: Lang| {
            let r = analyze(text, Audience::Authority, lang, Some(true));
            status(&r, ElementId::DelayReasons)
        };
        let missing: &[(Lang, &str)] = &[
            (Lang::Ro, "Motivele întârzierii: –"),
            (Lang::Ro, "Motivele întârzierii (dacă este cazul): N/A"),
            (
                Lang::Ro,
                "3. Motivele întârzierii:\n4. Măsuri luate: am blocat contul, după ce am verificat jurnalele.",
            ),
            (
                Lang::Ro,
                "3. Motivele întârzierii\n4. Măsuri luate: am blocat contul.",
            ),
            (
                Lang::Ro,
                "Motivele întârzierii: nu – notificarea este transmisă în termen.",
            ),
            (
                Lang::En,
                "Reasons for the delay:\nMeasures taken: we reset every password.",
            ),
            // An apology or "not applicable" under the heading gives no reason.
            (
                Lang::En,
                "5. Reasons for the delay\nWe apologise for the delay in sending this report.",
            ),
            (
                Lang::Ro,
                "5. Motivele întârzierii\nNu este cazul, notificarea este transmisă în termen.",
            ),
            (Lang::Fr, "Motifs du retard : néant"),
            (Lang::Nl, "Oorzaak van de vertraging: n.v.t."),
            (Lang::Pl, "Przyczyny opóźnienia: brak"),
        ];
        for &(lang, t) in missing {
            assert_eq!(delay(t, lang), Some(Status::Missing), "{t}");
        }
        let present: &[(Lang, &str)] = &[
            // A value of its own, even one that starts with a placeholder word.
            (
                Lang::Pl,
                "Przyczyny opóźnienia: brak dostępu do serwera do 9 marca.",
            ),
            (
                Lang::Ro,
                "Motivele întârzierii: responsabilul era plecat din țară",
            ),
            // The value on the next line: a reason, or a sentence under a heading.
            (
                Lang::Ro,
                "Motivele întârzierii:\nResponsabilul a fost în concediu medical.",
            ),
            (
                Lang::En,
                "5. Reasons for the delay\nThis report follows 77 hours after we became aware.",
            ),
        ];
        for &(lang, t) in present {
            assert_eq!(delay(t, lang), Some(Status::Present), "{t}");
        }
    }

    #[cfg(feature = "derive")]
    #[test]
    fn field_values() {
        let value = |t: &str| {
            let cue_end = t.find('|').unwrap_or(0);
            let t = t.replacen('|', "", 1);
            field_value(&t, cue_end, t.len())
        };
        assert_eq!(value("Reasons for the delay|: –"), FieldValue::Placeholder);
        assert_eq!(
            value("Reasons for the delay|: N/A."),
            FieldValue::Placeholder
        );
        assert_eq!(
            value("Reasons for the delay|: none (notified on time)"),
            FieldValue::Placeholder
        );
        assert_eq!(
            value("Reasons for the delay|: none of us was there"),
            FieldValue::Given
        );
        assert_eq!(value("Reasons for the delay|:"), FieldValue::Empty);
        assert_eq!(value("5. Reasons for the delay|"), FieldValue::Empty);
        assert_eq!(
            value("5. Reasons for the delay| (Art. 33(1))"),
            FieldValue::Given
        );
        assert_eq!(
            value("We explain the reasons for the delay| below."),
            FieldValue::Given
        );
        assert_eq!(value("The delay| was short."), FieldValue::Given);
        assert_eq!(value("Sent with a delay| at 10:30"), FieldValue::Given);
    }

    #[test]
    fn a_block_before_a_contrast_keeps_the_cues_after_it() {
        let cases: &[(Lang, &str, ElementId)] = &[
            (
                Lang::Fr,
                "Vos mots de passe n'ont pas été touchés, mais votre nom et votre adresse ont été copiés.",
                ElementId::DataCategories,
            ),
            (
                Lang::En,
                "There is no indication of misuse, but phishing attempts are possible.",
                ElementId::Consequences,
            ),
            (
                Lang::De,
                "Es gibt keine Hinweise auf Missbrauch, aber Phishing-Versuche sind möglich.",
                ElementId::Consequences,
            ),
        ];
        for &(lang, text, id) in cases {
            let r = analyze(text, Audience::DataSubjects, lang, None);
            assert_eq!(status(&r, id), Some(Status::Present), "{text}");
        }
        let r = analyze(
            "There is no indication of misuse.",
            Audience::DataSubjects,
            Lang::En,
            None,
        );
        assert_eq!(status(&r, ElementId::Consequences), Some(Status::Missing));
    }

    #[test]
    fn an_event_takes_the_date_of_the_sentence_before() {
        let cases: &[(Lang, &str, Status)] = &[
            (
                Lang::En,
                "We sent your statement, received on 12 June 2025. Through an error, a hacker accessed it.",
                Status::Present,
            ),
            (
                Lang::De,
                "Die Abrechnung ging am 12. Juni 2025 raus. Durch einen Fehler wurde sie an Dritte versandt.",
                Status::Present,
            ),
            // A header's date is the e-mail's, not the event's.
            (
                Lang::En,
                "Date: Mon, 12 May 2025\nA hacker accessed our server.",
                Status::Missing,
            ),
            // A new paragraph does not inherit the date.
            (
                Lang::En,
                "We wrote to you on 12 June 2025.\n\nA hacker accessed our server.",
                Status::Missing,
            ),
        ];
        for &(lang, text, want) in cases {
            let r = analyze(text, Audience::DataSubjects, lang, None);
            assert_eq!(status(&r, ElementId::Timeline), Some(want), "{text}");
        }
    }

    /// Pseudo-random strings over a palette of awkward characters: every language and
    /// audience, never a panic, every span on char boundaries inside the text.
    #[test]
    fn random_input_never_panics_and_spans_are_valid() {
        const PALETTE: &[&str] = &[
            "a",
            "Z",
            "ß",
            "ä",
            "\u{0308}",
            "\u{00AD}",
            "-",
            "\n",
            "\n\n",
            " ",
            ".",
            "@",
            "+",
            "0",
            "9",
            ",",
            ":",
            "(",
            ")",
            "/",
            "’",
            "e.g.",
            "www.",
            "x.de",
            "1.200",
            "12. Mai",
            "May",
            "dpo@ex.com",
            "+353 1 555 0147",
            "customers",
            "records",
            "because",
            "no risk",
            "unsubscribe",
            "between",
            "€",
            "\u{202f}",
            "𝔘",
            "\r\n",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..600 {
            let mut text = heapless::String::<512>::new();
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let len = (seed >> 33) % 60;
            for _ in 0..len {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                let pick = PALETTE
                    .get(((seed >> 33) as usize) % PALETTE.len())
                    .copied();
                let _ = text.push_str(pick.unwrap_or(""));
            }
            for lang in Lang::ALL {
                for audience in [Audience::Authority, Audience::DataSubjects] {
                    let r = analyze(&text, audience, lang, Some(true));
                    for e in &r.elements {
                        for s in &e.evidence {
                            assert!(s.slice(&text).is_some(), "{text:?}: {s:?}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn odd_input_never_panics() {
        for t in [
            "",
            "\u{feff}",
            "....",
            "@@@ +++ 1.2.3.4",
            "ä\u{0308}\u{00AD}\n-\n",
            "12.12.12.12.12",
        ] {
            for lang in Lang::ALL {
                let _ = analyze(t, Audience::Authority, lang, Some(true));
            }
        }
    }
}
