//! Every capacity of the engine, in one place. Exceeding one is an explicit
//! [`crate::Error`] with [`crate::ErrorKind::CapacityExceeded`] naming the [`Limit`],
//! never silent truncation — except evidence spans, where the report keeps the first
//! [`MAX_EVIDENCE`] and sets `evidence_truncated` (the element's status is unaffected).

use serde::Serialize;

/// Evidence spans kept per element in a report. More matches set the element's
/// `evidence_truncated` flag.
pub const MAX_EVIDENCE: usize = 8;

/// Largest notice accepted, in UTF-8 bytes. Spans are `u32`, so 4 GiB − 1.
pub const MAX_NOTICE_BYTES: usize = u32::MAX as usize;

/// Largest incident-facts JSON document accepted, in bytes.
pub const MAX_FACTS_BYTES: usize = 16 * 1024;

/// Longest word the matcher folds and compares; a longer "word" (a URL, a hash, base64)
/// is still scanned by the structural detectors but matches no cue.
pub const MAX_WORD_BYTES: usize = 48;

/// Byte capacity a caller must offer for a JSON report in the worst case
/// (every element with [`MAX_EVIDENCE`] spans, every reason, every derived fact,
/// [`MAX_ASSUMPTIONS`] assumptions on each of the three decisions, every signal with
/// [`MAX_EVIDENCE`] spans, a suggestion for every element).
///
/// Derivation: the report without the `fix` fields is at most about 33,200 bytes
/// (assumptions, assumed facts and the detection fields included; measured by the
/// maximal-report test in `report.rs`); the signals add at most 11 × (a citation of at
/// most 230 bytes, 8 spans of 32 bytes, 80 bytes of keys) ≈ 6.3 KB; the suggestions at
/// most 11 × [`SUGGESTION_TEXT_BYTES`] in principle but, rendered from the real templates
/// with every data kind named, about 9 KB (the test renders them in every language).
/// 48 KiB leaves headroom over the sum, and the test fails if a maximal report outgrows
/// it.
pub const REPORT_JSON_BYTES: usize = 48 * 1024;

/// A named capacity, carried by [`crate::ErrorKind::CapacityExceeded`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Limit {
    /// [`MAX_NOTICE_BYTES`].
    NoticeBytes,
    /// [`MAX_FACTS_BYTES`].
    FactsBytes,
    /// [`REPORT_JSON_BYTES`] (or the caller's smaller buffer).
    ReportBuffer,
    /// A list in the facts JSON longer than its fixed capacity.
    FactsList,
    /// [`MAX_DECIMAL_DIGITS`]: a number with more significant digits.
    DecimalDigits,
    /// [`DRAFT_TEXT_BYTES`] (or the caller's smaller buffer): a drafted notice.
    DraftBuffer,
}

impl Limit {
    /// The capacity's value.
    pub const fn value(self) -> usize {
        match self {
            Limit::NoticeBytes => MAX_NOTICE_BYTES,
            Limit::FactsBytes => MAX_FACTS_BYTES,
            Limit::ReportBuffer => REPORT_JSON_BYTES,
            Limit::FactsList => 16,
            Limit::DecimalDigits => MAX_DECIMAL_DIGITS,
            Limit::DraftBuffer => DRAFT_TEXT_BYTES,
        }
    }

    /// The capacity's name as written in the README's table.
    pub const fn name(self) -> &'static str {
        match self {
            Limit::NoticeBytes => "MAX_NOTICE_BYTES",
            Limit::FactsBytes => "MAX_FACTS_BYTES",
            Limit::ReportBuffer => "REPORT_JSON_BYTES",
            Limit::FactsList => "facts list capacity",
            Limit::DecimalDigits => "MAX_DECIMAL_DIGITS",
            Limit::DraftBuffer => "DRAFT_TEXT_BYTES",
        }
    }
}

/// Most bytes of offending input an [`crate::Error`] keeps to say what it found (an
/// unknown key, a rejected value: [`crate::Found`]); longer text is cut at a char boundary
/// and shown with `…`.
pub const MAX_ERROR_FOUND_BYTES: usize = 40;

/// Most words in one cue phrase (the matcher's look-ahead window). The registry test
/// refuses a longer phrase.
pub const MAX_PHRASE_WORDS: usize = 8;

/// Words examined by language detection ([`crate::lang::detect`]). This is sampling for a
/// decision, not a capacity of the input: a longer notice is still analysed in full; only
/// the language vote stops after this many words (a notice's language is settled long
/// before; the cap keeps detection's work bounded on huge inputs).
pub const MAX_DETECT_WORDS: usize = 2_000;

/// Deepest JSON nesting the facts position scanner follows (the facts themselves need
/// two levels: the object and a list). Deeper input is malformed facts; the reader
/// (`facts/json.rs`) never descends into such a value (it refuses unknown fields at their key).
pub const MAX_FACTS_DEPTH: usize = 32;

/// Longest facts string value that contains escapes (`\u0070`, `\"`) the parser can
/// unescape, in bytes; every valid value is far shorter (an RFC 3339 timestamp with nine
/// fractional digits is 35 bytes). A longer escaped string is out of range.
pub const MAX_FACTS_STRING_BYTES: usize = 64;

/// Reasons kept per decision (risk, each obligation). The rules can produce at most 12
/// in one list (the risk list: 8 confidentiality, 1 integrity, 2 availability reasons and
/// 1 for unknown facts; the obligations fewer); a test enumerating fact combinations
/// checks it. Reaching this capacity would be a bug, reported by
/// `ReasonList::overflowed`, never silent in tests.
pub const MAX_REASONS: usize = 16;

/// Assumptions listed per decision ([`crate::obligations::risk::Assumptions`]): one per
/// decision field that can be unknown (11) and one more for `exposure`, which is tried
/// both ways; the engine cannot produce more.
pub const MAX_ASSUMPTIONS: usize = 12;

/// Evidence entries of derived facts ([`crate::derive::DerivedFacts::evidence`]). One
/// entry is kept per (field, value) pair, and there are at most 19 such pairs (9 data
/// kinds that can be derived, 3 breach kinds, and one value each for `malicious`,
/// `exposure`, `protection`, `subjects`, `records`, `aware_at`, `authority_notified_at`),
/// so this capacity is never reached.
pub const MAX_DERIVED_EVIDENCE: usize = 24;

/// Negations remembered per sentence while deriving facts; a sentence with more is treated
/// as negated throughout (nothing is derived from it — the cautious reading, not a cut).
pub const MAX_SENTENCE_NEGATIONS: usize = 16;

/// Dates, times and phone numbers remembered per sentence while reading counts (numbers
/// inside them are not counts); a sentence with more yields no count.
pub const MAX_SENTENCE_EXCLUSIONS: usize = 32;

/// Most combinations of the other unknown facts tried, per unknown fact, to find whether
/// a decision rests on it (`obligations::risk`). Beyond it the fact is listed without
/// search (with that many unknowns nearly every fact matters). Bounds an assessment to one
/// sweep of at most 8 × 1024 combinations, each level computed once and cached in 2 KB of
/// the assessment's stack (about 22,000 tests of a fact in the worst case;
/// `obligations::risk::RestsOn`).
pub const MAX_UNKNOWN_COMBINATIONS: usize = 1024;

/// Signal matches of the derive tables buffered per sentence by
/// [`crate::derive::derive_facts`] (its single cue pass). A sentence with more is not cut:
/// its tables are then read again, one pass per table list, giving the same facts.
pub const MAX_SENTENCE_DERIVE_SIGNALS: usize = 64;

/// Significant digits of an exact decimal number ([`crate::decimal::Decimal`]): a number
/// in the facts (`unavailable_hours`) with more is refused ([`Limit::DecimalDigits`]),
/// never rounded. Leading and trailing zeros do not count (`0.000250`, `25000000` have
/// two). 19 digits always fit a `u64`.
pub const MAX_DECIMAL_DIGITS: usize = 19;

/// Largest power of ten of the leading digit of a non-zero [`crate::decimal::Decimal`],
/// either way: non-zero values from 10^-308 up to (not including) 10^309, about the
/// range of the binary64 floats the facts were read as before. A number beyond it is out
/// of range.
pub const MAX_DECIMAL_EXPONENT: i16 = 308;

/// Cues in one language's merged element index ([`crate::analysis::cue_index`];
/// Portuguese has the most, 2,403): the capacity of the table of phrase offsets decoded onto the
/// stack for each text analysed ([`crate::text::matcher::PackedIndex::decode`]), two
/// bytes per cue, so 6,144 bytes of stack (of [`crate::report::Scratch`]) while a notice
/// is read. A language with more cues fails the build. (2,560 until 2026-12-07, when
/// Portuguese reached 94 % of it; the page's `.wasm` +2 B gzip, the firmware's `.bss`
/// +1,024 B.)
pub const MAX_ELEMENT_INDEX_CUES: usize = 3072;

/// Cues in one language's merged derive index ([`crate::derive::index::derive_index`];
/// the most today: 483, Romanian, then 473, Portuguese): the capacity of its decoded
/// offset table, as for [`MAX_ELEMENT_INDEX_CUES`] — 1,536 bytes of [`crate::report::Scratch`]
/// (stack, or a firmware's `static`) while facts are read from a notice. A language with
/// more cues fails the build. (512 until 2026-12-07, when Romanian reached 94 % of it.)
pub const MAX_DERIVE_INDEX_CUES: usize = 768;

/// Cues in one language's merged frame index ([`crate::frames::frame_index`]; the most
/// today: 511, Polish): the capacity of its decoded offset table, as for
/// [`MAX_ELEMENT_INDEX_CUES`] — 1,536 bytes of stack (of [`crate::report::Scratch`])
/// while a notice is read. A language with more cues fails the build. Raised from 512,
/// which Polish had all but filled, for the next language's frames and tuning (512 bytes
/// more of `Scratch`).
pub const MAX_FRAME_INDEX_CUES: usize = 768;

/// Sentences a notice scan keeps that explain a delay with a date but name no lateness
/// (a delay reason dated after awareness, read when the dates show the notification
/// late): the first ones of the notice; later ones are not read. Those that state the
/// awareness date are skipped at the end, so a few suffice.
pub const MAX_LATE_REASONS: usize = 4;

/// Frame cue matches kept per sentence ([`crate::frames`]); matches past it are not read
/// (a sentence with more frame words than this is judged on its first ones).
pub const MAX_FRAME_MATCHES: usize = 48;

/// Words of a sentence the `fix` phrase matcher ([`crate::fix`]) holds at once: a longer
/// sentence is read in overlapping windows of this many words ([`MAX_PHRASE_WORDS`] − 1
/// shared), so no phrase is missed. 64 words of 64 bytes: 4 KiB of stack while signals
/// are read. Not a capacity of the input.
pub const FIX_WINDOW_WORDS: usize = 64;

/// Words of a sentence the reading pass splits once and keeps for its passes over that
/// sentence ([`crate::text::sentence_words::SentenceWords`], in [`crate::report::Scratch`]: 64
/// words of 60 bytes on a 32-bit target, 3.75 KiB): a longer sentence is split by each
/// pass again (the same words). Not a capacity of the input.
pub const MAX_SENTENCE_WORDS: usize = 64;

/// Phrases of one language's `fix` phrase files (`core/lang/<xx>/signals.txt` and
/// `jargon.txt`, packed by `core/build/fixfile.rs` into one cue index): the capacity of
/// the index's decoded offset table, 2 KiB of stack while the signals are read. A
/// language with more phrases fails the build.
pub const MAX_FIX_PHRASES: usize = 1024;

/// Longest suggested sentence ([`crate::fix::suggest`]), in UTF-8 bytes, rendered from its
/// template when the report is written. The longest template of any language with every
/// slot at its longest value (all ten data kinds named, each with its risks and steps)
/// stays under it; a test renders the worst case for every element and language. A
/// template that does not fit is a build-time data error the test reports, never a cut.
pub const SUGGESTION_TEXT_BYTES: usize = 1024;

/// Largest drafted notice ([`crate::fix::draft`]) in UTF-8 bytes: the capacity a caller
/// offers for the text. A draft is a subject line, a salutation, one sentence per element
/// of the audience (at most [`SUGGESTION_TEXT_BYTES`] each, eleven elements), a closing
/// and a signature of a few hundred bytes; the longest draft of the facts fixtures, for
/// either audience and any language, is 1,295 bytes (the draft test measures it and
/// fails above half this capacity), so 16 KiB leaves room for longer templates and all
/// ten data kinds. A draft that does not fit is [`Limit::DraftBuffer`], never a cut.
pub const DRAFT_TEXT_BYTES: usize = 16 * 1024;
