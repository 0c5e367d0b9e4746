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
//! - [`text`]: normalisation (case and diacritic folding), word and sentence scanning, the
//!   cue matcher and structural detectors (e-mail, phone, URL, dates, numbers).
//! - [`analysis`]: [`analyze`] a notice into an element-by-element result with evidence.
//! - [`lang`]: supported languages and detection.
//! - [`facts`]: incident facts (contract §3), parsed from JSON.
//! - [`time`]: RFC 3339 timestamps and UTC arithmetic.
//! - [`obligations`]: risk level (EDPB 9/2022), ENISA severity, Art. 33/34 decisions with
//!   reasons and the unknowns they rest on.
//! - [`mod@derive`]: incident facts read from a notice's text.
//! - [`report`]: the contract §4 report and its JSON writer into a caller buffer.
//! - [`limits`]: every capacity; [`error`]: what went wrong and where; [`span`]: byte spans.
//!
//! ## Panic contract
//! No public function panics on any input: there is no reachable `unwrap`, `expect`,
//! `panic!` or slice indexing (clippy denies them), arithmetic on offsets saturates or is
//! checked, and recursion depth is bounded. Every capacity is a constant in [`limits`];
//! exceeding one is an [`Error`], never truncation.
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod analysis;
pub mod audience;
pub mod derive;
pub mod elements;
pub mod error;
pub mod facts;
pub mod lang;
pub mod limits;
pub mod obligations;
pub mod report;
pub mod span;
pub mod text;
pub mod time;

pub use audience::Audience;
pub use elements::{ElementId, Requirement, Status};
pub use error::{Error, ErrorKind, Location};
pub use lang::Lang;
pub use span::Span;
