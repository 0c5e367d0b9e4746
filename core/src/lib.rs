//! # breachnotice
//!
//! A rules engine for personal-data-breach notices under the EU GDPR: does a notice contain
//! what Art. 33(3) (to the supervisory authority) or Art. 34(2) (to the people affected)
//! requires, and does a breach have to be notified at all (Art. 33(1), 34(1), 34(3))?
//!
//! `#![no_std]`, no allocator, no `unsafe`, no clock: the evaluation time is an input.
//!
//! ## Tour
//! - [`elements`]: the content elements of contract §2, one folder each, with citations,
//!   cue tables per language and examples; the static registry [`elements::ELEMENTS`].
//! - [`analyze`] a notice into an element-by-element result with evidence
//!   ([`ElementResult`]); the text scanning and cue matching behind it are internal.
//! - [`lang`]: supported languages and detection.
//! - [`facts`]: incident facts (contract §3), parsed from JSON; [`decimal`]: the exact
//!   decimal numbers they carry (no floating point anywhere in the engine).
//! - [`time`]: RFC 3339 timestamps and UTC arithmetic.
//! - [`obligations`]: risk level (EDPB 9/2022), ENISA severity, Art. 33/34 decisions with
//!   reasons and the unknowns they rest on.
//! - [`mod@derive`]: incident facts read from a notice's text (in the report with the
//!   Cargo feature `derive`).
//! - [`fix`] (Cargo feature `fix`): what a notice needs next: suggested sentences, a
//!   draft, readability with each language's own formula, and the signals readers
//!   distrust (phishing hallmarks).
//!
//! Cargo features, all in `default`: one per language (`en`, `de`, …), `derive`,
//! `reason-texts` (the sentence of each reason) and `fix`; a firmware takes
//! `default-features = false` and lists what it needs (README, "On a microcontroller").
//! Not in `default`: `packs` ([`packs`]: every declared language detected, the tables of
//! those whose feature is off read at run time from registered language packs; README,
//! "Language packs").
//! - [`report`]: the contract §4 report and its JSON writer into a caller buffer;
//!   [`json_sink`]: the same JSON to a byte sink in pieces (firmware: no report buffer).
//! - [`limits`]: every capacity; [`error`]: what went wrong and where; [`span`]: byte spans.
//!
//! ## Example
//! ```
//! use breachnotice::facts::Facts;
//! use breachnotice::report::{evaluate, LangChoice, Request};
//! use breachnotice::time::Timestamp;
//! use breachnotice::{Audience, ElementId, Status};
//!
//! let notice = "Because of a technical error on our website, your name and e-mail address \
//!               were visible to other customers. We have found the fault and fixed it.";
//! let facts = Facts::from_json(br#"{"aware_at": "2026-11-20T09:00:00Z", "data": ["contact"]}"#)?;
//! let now = Timestamp::parse_rfc3339("2026-11-21T12:00:00Z")?;
//! let report = evaluate(&Request {
//!     text: Some(notice),
//!     audience: Audience::DataSubjects,
//!     lang: LangChoice::Auto,
//!     facts: Some(&facts),
//!     now: Some(now),
//! });
//! assert_eq!(report.element(ElementId::ContactPoint).map(|e| e.status), Some(Status::Missing));
//! assert!(!report.complete());
//! let missing: Vec<ElementId> = report.missing_required().map(|e| e.id).collect();
//! assert!(missing.contains(&ElementId::ContactPoint));
//!
//! let mut buf = [0u8; breachnotice::limits::REPORT_JSON_BYTES];
//! let len = report.write_json(&mut buf)?;
//! let json = core::str::from_utf8(buf.get(..len).unwrap_or_default())?;
//! assert!(json.contains(r#""deadline":"2026-11-23T09:00:00Z""#));
//! # Ok::<(), breachnotice::Error>(())
//! ```
//!
//! ## Panic contract
//! No public function panics on any input: there is no reachable `unwrap`, `expect`,
//! `panic!` or slice indexing (clippy denies them), arithmetic on offsets saturates or is
//! checked, and recursion depth is bounded. Every capacity is a constant in [`limits`];
//! exceeding one is an [`Error`], never truncation.
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
// No `_ =>` arm over an enum (issue 11): a new element, fact field, language, reason or
// any other variant is a compile error (clippy `-D warnings`) wherever it must be handled.
// Matches over tuples and integers are not checked by the lint; `tests/tests/wildcards.rs`
// checks the matches over the declared lists that clippy cannot see.
#![warn(clippy::wildcard_enum_match_arm)]
// `str::contains` is disallowed in the engine for its size in the wasm (core/clippy.toml);
// the unit tests may use it.
#![cfg_attr(test, allow(clippy::disallowed_methods))]

// Internal modules: public for the workspace's own crates (wasm, tests, benches) and
// hidden from the documentation; what callers need is re-exported below.
#[doc(hidden)]
pub mod analysis;
pub mod audience;
pub mod decimal;
pub mod derive;
pub mod elements;
pub mod error;
pub mod facts;
#[cfg(feature = "fix")]
pub mod fix;
pub mod frames;
pub mod json_sink;
pub mod lang;
pub mod limits;
pub mod obligations;
pub mod packs;
pub mod report;
pub mod span;
#[doc(hidden)]
pub mod text;
pub mod time;
pub mod work;

pub use analysis::{ElementResult, NoticeReport, analyze};
pub use audience::Audience;
pub use elements::{ElementId, Requirement, Status};
pub use error::{Error, ErrorKind, Found, Location};
pub use json_sink::{JsonSink, SinkError};
pub use lang::Lang;
pub use report::{LangChoice, Report, Request, Scratch, evaluate, evaluate_into, evaluate_with};
pub use span::Span;

/// The `heapless` crate, re-exported on purpose: a few report fields are its fixed-capacity
/// `Vec` (e.g. [`ElementResult::evidence`]); they deref to slices, so most callers never
/// name the type. Use this re-export (not your own `heapless` dependency) if you do.
pub use heapless;

/// The README's Rust examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
