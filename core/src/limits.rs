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
/// (every element with [`MAX_EVIDENCE`] spans, every reason, every derived fact).
pub const REPORT_JSON_BYTES: usize = 32 * 1024;

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
}

impl Limit {
    /// The capacity's value.
    pub const fn value(self) -> usize {
        match self {
            Limit::NoticeBytes => MAX_NOTICE_BYTES,
            Limit::FactsBytes => MAX_FACTS_BYTES,
            Limit::ReportBuffer => REPORT_JSON_BYTES,
            Limit::FactsList => 16,
        }
    }

    /// The capacity's name as written in the README's table.
    pub const fn name(self) -> &'static str {
        match self {
            Limit::NoticeBytes => "MAX_NOTICE_BYTES",
            Limit::FactsBytes => "MAX_FACTS_BYTES",
            Limit::ReportBuffer => "REPORT_JSON_BYTES",
            Limit::FactsList => "facts list capacity",
        }
    }
}
