//! Signals a reader would distrust: findings on clarity and trust, each with an id, a
//! severity, a citation (or a named source of good practice) and evidence spans.
//!
//! One file per signal or family:
//! - [`cause`]: `vague_cause` — "a technical error", "an incident" with no description of
//!   what happened;
//! - [`reassurance`]: `unexplained_reassurance` — "no evidence of misuse", "no need to
//!   take any action" with no reason given (in the sentence or the next);
//! - [`hedged_scope`]: `hedged_scope` — "may have", "a small number of customers" when the
//!   notice gives no number of people or records;
//! - [`salutation`]: `generic_salutation` — no salutation, or a generic one;
//! - [`sender`]: `no_sender_identity` — no organisation named as sender (no legal form,
//!   no postal address, no named sign-off);
//! - [`phishing`]: `credential_request` and `login_link` — asks for a password, PIN or card
//!   number, or to log in behind a link;
//! - [`urgency`]: `urgency_pressure` — threats or deadlines put on the reader;
//! - [`marketing`]: `marketing_content` — offers, discounts, newsletter content;
//! - [`long_sentences`]: sentences longer than [`long_sentences::LONG_SENTENCE_WORDS`];
//! - [`jargon`]: technical terms with no explanation in their sentence.
//!
//! The phrases are language data: `core/lang/<xx>/signals.txt` and `jargon.txt`, one
//! `[group]` per phrase group (format: `core/lang/FIX_FORMAT.md`). The logic that combines
//! the groups is the same for every language.

pub mod cause;
pub mod hedged_scope;
pub mod jargon;
pub mod long_sentences;
pub mod marketing;
pub mod phishing;
pub mod reassurance;
pub mod salutation;
pub mod sender;
pub mod urgency;

use heapless::Vec;
use serde::ser::{Serialize, SerializeStruct, Serializer};

use super::data::LangData;
use super::phrase::{Phrases, group_bit, windows_and_words};
use super::readability::{Counter, Counts};
use crate::analysis::NoticeReport;
use crate::derive::DerivedFacts;
use crate::lang::Lang;
use crate::limits::MAX_EVIDENCE;
use crate::span::Span;
use crate::text::sentence_words::SentenceWords;
use crate::text::sentences::{Sentence, Sentences};
use crate::text::words::Word;

/// A signal's id (contract §4 `signals[].id`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SignalId {
    /// The incident is named by a euphemism with no description.
    VagueCause,
    /// A reassurance with no reason.
    UnexplainedReassurance,
    /// Hedged scope with no figure.
    HedgedScope,
    /// No salutation or a generic one.
    GenericSalutation,
    /// No organisation identified as sender.
    NoSenderIdentity,
    /// Asks for a password, PIN, card number or similar.
    CredentialRequest,
    /// Asks to log in or confirm behind a link.
    LoginLink,
    /// Threats or deadlines.
    UrgencyPressure,
    /// Offers, discounts, newsletter content.
    MarketingContent,
    /// Very long sentences.
    LongSentences,
    /// Unexplained technical terms.
    Jargon,
}

/// The number of [`SignalId`]s (the capacity of a report's signal list).
pub const SIGNAL_KINDS: usize = 11;

impl SignalId {
    /// Every signal, in report order.
    pub const ALL: [SignalId; SIGNAL_KINDS] = [
        SignalId::VagueCause,
        SignalId::UnexplainedReassurance,
        SignalId::HedgedScope,
        SignalId::GenericSalutation,
        SignalId::NoSenderIdentity,
        SignalId::CredentialRequest,
        SignalId::LoginLink,
        SignalId::UrgencyPressure,
        SignalId::MarketingContent,
        SignalId::LongSentences,
        SignalId::Jargon,
    ];

    /// The report's id.
    pub const fn as_str(self) -> &'static str {
        match self {
            SignalId::VagueCause => "vague_cause",
            SignalId::UnexplainedReassurance => "unexplained_reassurance",
            SignalId::HedgedScope => "hedged_scope",
            SignalId::GenericSalutation => "generic_salutation",
            SignalId::NoSenderIdentity => "no_sender_identity",
            SignalId::CredentialRequest => "credential_request",
            SignalId::LoginLink => "login_link",
            SignalId::UrgencyPressure => "urgency_pressure",
            SignalId::MarketingContent => "marketing_content",
            SignalId::LongSentences => "long_sentences",
            SignalId::Jargon => "jargon",
        }
    }

    /// The id for a report name.
    pub fn parse(s: &str) -> Option<SignalId> {
        SignalId::ALL.into_iter().find(|id| id.as_str() == s)
    }

    /// The legal basis or named source of good practice.
    pub const fn citation(self) -> &'static str {
        match self {
            SignalId::VagueCause => {
                "Art. 34(2) GDPR: the nature of the breach in clear and plain language; Art. 12(1) GDPR"
            }
            SignalId::UnexplainedReassurance => {
                "Art. 34(2) and 33(3)(c) GDPR: the likely consequences, or why none are expected; EDPB Guidelines 9/2022 §III.B"
            }
            SignalId::HedgedScope => {
                "Art. 12(1) GDPR; WP29 Guidelines on transparency (WP260 rev.01): avoid qualifiers such as 'may', 'some', 'possible'"
            }
            SignalId::GenericSalutation => {
                "EDPB Guidelines 9/2022 §III.C (communicate directly); anti-phishing advice of ENISA and national CERTs: a generic greeting marks mass mail"
            }
            SignalId::NoSenderIdentity => {
                "Art. 34(2) with 33(3)(b) GDPR (name and contact details); EDPB Guidelines 9/2022 §III.C: people must be able to trust who writes"
            }
            SignalId::CredentialRequest => {
                "EDPB Guidelines 9/2022 §III.C (attackers impersonate the controller); anti-phishing advice of ENISA and national CERTs: a genuine notice never asks for a password, PIN or card number"
            }
            SignalId::LoginLink => {
                "EDPB Guidelines 9/2022 §III.C (attackers impersonate the controller); anti-phishing advice of ENISA and national CERTs: do not ask people to log in through a link"
            }
            SignalId::UrgencyPressure => {
                "Anti-phishing advice of ENISA and national CERTs: threats and deadlines are a hallmark of phishing; Art. 34(2) GDPR (advice, not pressure)"
            }
            SignalId::MarketingContent => {
                "EDPB Guidelines 9/2022 §III.C: a dedicated message, not sent with other information; Reg. (EU) 611/2013 Art. 3"
            }
            SignalId::LongSentences => {
                "Art. 12(1) and 34(2) GDPR: clear and plain language; WP29 Guidelines on transparency (WP260 rev.01): avoid complex sentences"
            }
            SignalId::Jargon => {
                "Art. 12(1) and 34(2) GDPR: clear and plain language; WP29 Guidelines on transparency (WP260 rev.01): avoid or explain technical terms"
            }
        }
    }
}

/// How much a signal matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Worth improving; a well-written notice may show it.
    Info,
    /// Readers are likely to misread or distrust the notice.
    Warning,
}

impl Severity {
    /// `info` or `warning`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
        }
    }
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signal {
    /// Which signal.
    pub id: SignalId,
    /// How much it matters.
    pub severity: Severity,
    /// Where it is (the first [`MAX_EVIDENCE`]); for an absence (no salutation, no
    /// sender) the place where it was looked for.
    pub evidence: Vec<Span, MAX_EVIDENCE>,
    /// Whether more evidence was found than kept.
    pub evidence_truncated: bool,
}

impl Signal {
    /// A signal with no evidence yet.
    pub fn new(id: SignalId, severity: Severity) -> Self {
        Signal {
            id,
            severity,
            evidence: Vec::new(),
            evidence_truncated: false,
        }
    }

    /// Adds a span (once); sets `evidence_truncated` when full.
    pub fn add(&mut self, span: Span) {
        if self.evidence.contains(&span) {
            return;
        }
        if self.evidence.push(span).is_err() {
            self.evidence_truncated = true;
        }
    }

    /// With `spans` as evidence.
    pub fn with(mut self, spans: &[Span]) -> Self {
        for s in spans {
            self.add(*s);
        }
        self
    }
}

impl Serialize for Signal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut r = s.serialize_struct("Signal", 5)?;
        r.serialize_field("id", self.id.as_str())?;
        r.serialize_field("severity", self.severity.as_str())?;
        r.serialize_field("citation", self.id.citation())?;
        r.serialize_field("evidence", &self.evidence)?;
        r.serialize_field("evidence_truncated", &self.evidence_truncated)?;
        r.end()
    }
}

/// The phrase groups of `signals.txt` and `jargon.txt` (their `[section]` names).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Group {
    /// `euphemism`: "a technical error", "an incident".
    Euphemism,
    /// `reassurance`: "no evidence of misuse", "no need to take any action".
    Reassurance,
    /// `reassurance_action`: "you do not need to do anything" (advice the contract
    /// accepts, so unexplained it is info, not a warning).
    ReassuranceAction,
    /// `reason`: "because", "as the data was encrypted".
    Reason,
    /// `hedge_quantity`: "a small number of", "some customers".
    HedgeQuantity,
    /// `hedge_modal`: "may have", "potentially".
    HedgeModal,
    /// `greeting`: "dear", "hello".
    Greeting,
    /// `generic_addressee`: "customer", "user", "sir or madam".
    GenericAddressee,
    /// `header`: "subject", "from", "date" (e-mail header labels).
    Header,
    /// `legal_form`: "Ltd", "GmbH", "B.V.".
    LegalForm,
    /// `closing`: "kind regards", "mit freundlichen Grüßen".
    Closing,
    /// `team`: "team", "Ihr … Team".
    Team,
    /// `generic_sender`: words that name no organisation ("customer service").
    GenericSender,
    /// `ask`: "enter", "confirm", "provide".
    Ask,
    /// `secret`: "password", "PIN", "card number".
    Secret,
    /// `verify`: "verify your account", "confirm your identity".
    Verify,
    /// `never`: "never", "do not" (a warning against giving secrets).
    Never,
    /// `warning`: "phishing", "fraudsters", "be wary".
    Warning,
    /// `login`: "log in", "sign in".
    Login,
    /// `click`: "click here", "click the link".
    Click,
    /// `link_word`: "link", "button", "below".
    LinkWord,
    /// `threat`: "will be closed", "will be suspended".
    Threat,
    /// `deadline`: "within 24 hours", "today".
    Deadline,
    /// `condition`: "or your", "otherwise", "failure to".
    Condition,
    /// `pressure`: "act now", "last chance".
    Pressure,
    /// `marketing`: "discount", "voucher", "newsletter".
    Marketing,
    /// `term` (jargon.txt): "exfiltration", "SQL injection".
    Term,
    /// `explain` (jargon.txt): "which means", "in other words".
    Explain,
}

/// The number of [`Group`]s.
pub const GROUPS: usize = 28;

impl Group {
    const ALL: [(Group, &'static str); GROUPS] = [
        (Group::Euphemism, "euphemism"),
        (Group::Reassurance, "reassurance"),
        (Group::ReassuranceAction, "reassurance_action"),
        (Group::Reason, "reason"),
        (Group::HedgeQuantity, "hedge_quantity"),
        (Group::HedgeModal, "hedge_modal"),
        (Group::Greeting, "greeting"),
        (Group::GenericAddressee, "generic_addressee"),
        (Group::Header, "header"),
        (Group::LegalForm, "legal_form"),
        (Group::Closing, "closing"),
        (Group::Team, "team"),
        (Group::GenericSender, "generic_sender"),
        (Group::Ask, "ask"),
        (Group::Secret, "secret"),
        (Group::Verify, "verify"),
        (Group::Never, "never"),
        (Group::Warning, "warning"),
        (Group::Login, "login"),
        (Group::Click, "click"),
        (Group::LinkWord, "link_word"),
        (Group::Threat, "threat"),
        (Group::Deadline, "deadline"),
        (Group::Condition, "condition"),
        (Group::Pressure, "pressure"),
        (Group::Marketing, "marketing"),
        (Group::Term, "term"),
        (Group::Explain, "explain"),
    ];

    /// The group of a section name.
    pub fn parse(name: &str) -> Option<Group> {
        Group::ALL.iter().find(|(_, n)| *n == name).map(|(g, _)| *g)
    }

    /// Whether `names` are the section names in group order (the build's list of
    /// sections, `core/build/fixfile.rs`, is checked against this one at compile time).
    #[allow(
        clippy::indexing_slicing,
        reason = "evaluated at compile time only: an out-of-range index fails the build"
    )]
    pub const fn sections_are(names: &[&str]) -> bool {
        if names.len() != GROUPS {
            return false;
        }
        let mut i = 0;
        while i < GROUPS {
            let (g, name) = Group::ALL[i];
            let (a, b) = (name.as_bytes(), names[i].as_bytes());
            if g as usize != i || a.len() != b.len() {
                return false;
            }
            let mut k = 0;
            while k < a.len() {
                if a[k] != b[k] {
                    return false;
                }
                k += 1;
            }
            i += 1;
        }
        true
    }

    /// The group's bit in a group set ([`Phrases::each_match`]).
    pub const fn bit(self) -> u32 {
        group_bit(self as usize)
    }

    /// The section name.
    pub fn name(self) -> &'static str {
        Group::ALL
            .iter()
            .find(|(g, _)| *g == self)
            .map_or("", |(_, n)| n)
    }
}

/// What one sentence holds: its span, the first match of each group, whether a URL
/// stands in it, its word count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SentenceHits {
    /// The sentence.
    pub span: Span,
    /// The first match of each group (by `Group as usize`).
    pub hits: [Option<Span>; GROUPS],
    /// The first URL in the sentence.
    pub url: Option<Span>,
    /// Words of the sentence.
    pub words: u32,
}

impl SentenceHits {
    /// The first match of `g`.
    pub fn get(&self, g: Group) -> Option<Span> {
        self.hits.get(g as usize).copied().flatten()
    }

    /// Whether `g` matched.
    pub fn has(&self, g: Group) -> bool {
        self.get(g).is_some()
    }
}

/// Reads the phrase groups of both signal files in one sentence: per group, the first
/// window where a phrase of it matches, and in that window the match of its phrase that
/// comes first in the files (at its first place in the window).
/// `words` holds the sentence's words ([`windows_and_words`]); `each` is called with every
/// word of the sentence, once and in order; `may_url` is
/// [`crate::text::url::may_hold_url`] of the sentence.
/// `url` is the sentence's first URL (`Urls::known(slice, start, may_url).next()`: the
/// readability counter finds it while it skips the sentence's links). Written into `out`
/// in place (a sentence's hits are 360 bytes, copied byte by byte at `opt-level = "z"`
/// when returned or moved).
fn read_sentence(
    text: &str,
    (sentence, words): (Sentence, &mut SentenceWords),
    url: Option<(usize, usize)>,
    phrases: &Phrases<'_>,
    may_url: bool,
    each: &mut dyn FnMut(&Word),
    out: &mut SentenceHits,
) {
    out.span = Span {
        start: u32::try_from(sentence.start).unwrap_or(u32::MAX),
        end: u32::try_from(sentence.end).unwrap_or(u32::MAX),
    };
    out.hits = [None; GROUPS];
    out.url = None;
    out.words = 0;
    let mut total = 0u32;
    // The groups not found yet.
    let mut open = group_bit(GROUPS).wrapping_sub(1);
    let mut each = |w: &Word| {
        total = total.saturating_add(1);
        each(w);
    };
    windows_and_words(text, sentence, words, &mut each, &mut |window| {
        if open == 0 {
            return;
        }
        let mut best: [Option<(u8, Span)>; GROUPS] = [None; GROUPS];
        phrases.each_match(window, open, &mut |m| {
            if let Some(slot) = best.get_mut(m.group)
                && slot.is_none_or(|(o, s)| (m.order, m.span.start) < (o, s.start))
            {
                *slot = Some((m.order, m.span));
            }
        });
        for (g, (hit, found)) in out.hits.iter_mut().zip(best.iter()).enumerate() {
            if let Some((_, s)) = *found
                && hit.is_none()
            {
                *hit = Some(s);
                open &= !group_bit(g);
            }
        }
    });
    out.words = total;
    let slice = text.get(sentence.start..sentence.end).unwrap_or("");
    // A text with no link-like `.` or `:` holds neither kind of link (most sentences).
    out.url = may_url
        .then(|| url.or_else(|| link_like(slice, sentence.start)))
        .flatten()
        .and_then(|(a, b)| {
            Some(Span {
                start: u32::try_from(a).ok()?,
                end: u32::try_from(b).ok()?,
            })
        });
}

/// A link the URL detector does not know (a bare domain under a top-level domain it does
/// not list, as `support-desk.example/login`): a token of `name.tld/path` with no space,
/// whose `tld` is letters. Offsets include `base`.
fn link_like(slice: &str, base: usize) -> Option<(usize, usize)> {
    let mut at = 0usize;
    // (The separators as a `matches!`, not a `[char; 8]` searched for every char.)
    let separator = |c: char| matches!(c, ' ' | '\n' | '\t' | '(' | ')' | '<' | '>' | '"');
    for token in slice.split(separator) {
        let start = at;
        at = at.saturating_add(token.len()).saturating_add(1);
        let t = token.trim_end_matches(['.', ',', ';', ':', '!', '?']);
        let Some((host, path)) = t.split_once('/') else {
            continue;
        };
        let Some((name, tld)) = host.rsplit_once('.') else {
            continue;
        };
        let plausible = !name.is_empty()
            && tld.len() >= 2
            && tld.bytes().all(|b| b.is_ascii_alphabetic())
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.'))
            && !path.is_empty();
        if plausible {
            return Some((
                base.saturating_add(start),
                base.saturating_add(start).saturating_add(t.len()),
            ));
        }
    }
    None
}

/// What the signals read besides the text: the element judgement and the facts read.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The notice.
    pub text: &'a str,
    /// Its language.
    pub lang: Lang,
    /// Its language data.
    pub data: LangData,
    /// Its phrases, decoded ([`super::phrase::PhraseTable::decode_into`]).
    pub phrases: Phrases<'a>,
    /// The element judgement (`nature` decides `vague_cause`).
    pub notice: Option<&'a NoticeReport>,
    /// The facts read from the text (a number of people decides `hedged_scope`).
    pub derived: Option<&'a DerivedFacts>,
}

/// The signals of a notice, in [`SignalId::ALL`] order.
pub type Signals = Vec<Signal, SIGNAL_KINDS>;

/// Finds every signal of `cx.text`, and where its closing ("Kind regards", the
/// signature) starts, if it has one.
pub fn find_signals(cx: &Context<'_>) -> (Signals, Option<Span>) {
    let mut scan = SignalScan::new(cx.lang);
    scan.read_all(cx.text, &cx.phrases);
    let (signals, closing, _) = scan.finish(cx);
    (signals, closing)
}

/// The hits of no sentence.
const NO_HITS: SentenceHits = SentenceHits {
    span: Span { start: 0, end: 0 },
    hits: [None; GROUPS],
    url: None,
    words: 0,
};

/// The signals' reading of a notice, one sentence after the other, with the readability
/// counts of the same words ([`Counter`]): what [`find_signals`] reads, kept between
/// sentences so that the reading pass of a report ([`crate::report`]) feeds it each
/// sentence while it holds that sentence's words (they are not split again), and finished
/// ([`SignalScan::finish`]) once the notice is judged. About 2 KB (its two sentences'
/// hits and the signals found so far).
#[derive(Debug)]
pub struct SignalScan {
    cause: cause::VagueCause,
    reassurance: reassurance::Reassurance,
    hedged: hedged_scope::HedgedScope,
    sender: sender::Sender,
    phishing: phishing::Phishing,
    urgency: urgency::Urgency,
    marketing: marketing::Marketing,
    long: long_sentences::LongSentences,
    jargon: jargon::Jargon,
    counter: Counter,
    /// The hits of this sentence and of the one before, in two buffers used in turn.
    buffers: [SentenceHits; 2],
    /// Which buffer the next sentence's hits go to; the other holds the sentence before.
    cur: usize,
    /// Whether a sentence was read (the other buffer holds it).
    have_prev: bool,
}

impl SignalScan {
    /// Nothing read yet, of a text in `lang`.
    pub fn new(lang: Lang) -> Self {
        SignalScan {
            cause: Default::default(),
            reassurance: Default::default(),
            hedged: Default::default(),
            sender: Default::default(),
            phishing: Default::default(),
            urgency: Default::default(),
            marketing: Default::default(),
            long: Default::default(),
            jargon: Default::default(),
            counter: Counter::new(lang),
            buffers: [NO_HITS; 2],
            cur: 0,
            have_prev: false,
        }
    }

    /// Forgets what was read: the next sentence is the first of a text in `lang` (set
    /// field by field, in place).
    pub fn restart(&mut self, lang: Lang) {
        self.cause = Default::default();
        self.reassurance = Default::default();
        self.hedged = Default::default();
        self.sender = Default::default();
        self.phishing = Default::default();
        self.urgency = Default::default();
        self.marketing = Default::default();
        self.long = Default::default();
        self.jargon = Default::default();
        self.counter = Counter::new(lang);
        self.cur = 0;
        self.have_prev = false;
    }

    /// Reads every sentence of `text` ([`Sentences`]), splitting each into words.
    pub fn read_all(&mut self, text: &str, phrases: &Phrases<'_>) {
        let mut words = SentenceWords::new();
        for sentence in Sentences::new(text) {
            let slice = text.get(sentence.start..sentence.end).unwrap_or("");
            words.split(slice, sentence.start);
            self.sentence(text, phrases, sentence, &mut words);
        }
    }

    /// Reads the next sentence of `text` (they must come in order, as [`Sentences`] finds
    /// them), with `phrases` (the language's, decoded). `words` holds its words
    /// ([`SentenceWords::split`] of the sentence); a sentence too long to be held is
    /// split again, read in windows kept in `words`' storage.
    pub fn sentence(
        &mut self,
        text: &str,
        phrases: &Phrases<'_>,
        sentence: Sentence,
        words: &mut SentenceWords,
    ) {
        // Asked once, for the counter's links and the sentence's.
        let slice = text.get(sentence.start..sentence.end).unwrap_or("");
        let may_url = crate::text::url::may_hold_url(slice);
        let [a, b] = &mut self.buffers;
        let (s, prev) = if self.cur == 0 { (a, &*b) } else { (b, &*a) };
        let counter = &mut self.counter;
        let url = counter.begin_known(text, sentence, may_url);
        let mut each = |w: &Word| counter.word(text, w);
        let read = (sentence, &mut *words);
        read_sentence(text, read, url, phrases, may_url, &mut each, s);
        counter.end();
        let s = &*s;
        self.cause.sentence(s);
        self.reassurance.sentence(s);
        self.hedged.sentence(s);
        let prev = self.have_prev.then_some(prev);
        self.sender.sentence(text, phrases, s, prev);
        self.phishing.sentence(s);
        self.urgency.sentence(s);
        self.marketing.sentence(s);
        self.long.sentence(s);
        self.jargon.sentence(text, phrases, s, words);
        // This sentence's hits become the ones before: the other buffer is written next.
        self.cur ^= 1;
        self.have_prev = true;
    }

    /// The signals of the text read (judged with `cx`: the text, its element judgement
    /// and facts, its phrases), where its closing starts, if it has one, and the
    /// readability counts of its words. What was read is taken: read again after
    /// [`SignalScan::restart`].
    pub fn finish(&mut self, cx: &Context<'_>) -> (Signals, Option<Span>, Counts) {
        let closing = self.sender.signature_start();
        let mut out = Signals::new();
        let found = [
            core::mem::take(&mut self.cause).finish(cx),
            core::mem::take(&mut self.reassurance).finish(),
            core::mem::take(&mut self.hedged).finish(cx),
            salutation::find(cx),
            core::mem::take(&mut self.sender).finish(cx),
            self.phishing.finish_credentials(),
            self.phishing.finish_login(),
            core::mem::take(&mut self.urgency).finish(),
            core::mem::take(&mut self.marketing).finish(),
            core::mem::take(&mut self.long).finish(),
            core::mem::take(&mut self.jargon).finish(),
        ];
        for s in found.into_iter().flatten() {
            let _ = out.push(s);
        }
        (out, closing, self.counter.counts())
    }
}

#[cfg(test)]
mod tests;
