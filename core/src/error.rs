//! Errors: what went wrong ([`ErrorKind`]), where ([`Location`]) and what was found
//! there ([`Found`]).
//!
//! `Error`'s `Display` is one line that says all of it, as the `check` command prints it:
//!
//! ```
//! use breachnotice::facts::Facts;
//!
//! let e = Facts::from_json(br#"{"exposure": "everyone"}"#).unwrap_err();
//! assert_eq!(
//!     e.to_string(),
//!     "a value is outside its allowed range in field `exposure` (byte offset 13): \
//!      `everyone` (allowed: none, internal, trusted_recipient, known_recipient, \
//!      unknown_recipient, malicious_actor, public)"
//! );
//! assert_eq!(e.found.as_str(), "everyone");
//! ```
//!
//! Every error type of the API converts into [`Error`] with `?`: an [`ErrorKind`] (what
//! [`crate::time::Timestamp::parse_rfc3339`] returns), a [`core::str::Utf8Error`], a
//! [`crate::json_sink::SinkError`].

use core::fmt;

use crate::limits::{Limit, MAX_ERROR_FOUND_BYTES as FOUND_BYTES};

/// An input the engine refuses, with the place it was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Error {
    /// What is wrong.
    pub kind: ErrorKind,
    /// Where it is.
    pub at: Location,
    /// The offending text found there (an unknown key, a rejected value), when known;
    /// empty otherwise.
    pub found: Found,
}

/// A short copy of the offending input (an unknown key, a rejected value), so an
/// [`Error`] can say what it found without borrowing the input.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Found {
    bytes: [u8; FOUND_BYTES],
    len: u8,
    cut: bool,
}

impl Found {
    /// Nothing found (the error names no text).
    pub const NONE: Found = Found {
        bytes: [0; FOUND_BYTES],
        len: 0,
        cut: false,
    };

    /// A copy of `text`, cut to [`MAX_ERROR_FOUND_BYTES`](crate::limits::MAX_ERROR_FOUND_BYTES)
    /// at a char boundary.
    pub fn new(text: &str) -> Found {
        let mut end = text.len().min(FOUND_BYTES);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let mut found = Found {
            cut: end < text.len(),
            ..Found::NONE
        };
        let kept = text.as_bytes().get(..end).unwrap_or_default();
        if let Some(dst) = found.bytes.get_mut(..end) {
            dst.copy_from_slice(kept);
        }
        // `end` is at most `MAX_ERROR_FOUND_BYTES` (40): it fits a `u8`.
        found.len = end as u8;
        found
    }

    /// The text kept (possibly cut, see [`Found::is_cut`]); empty when nothing was found.
    pub fn as_str(&self) -> &str {
        let bytes = self.bytes.get(..usize::from(self.len)).unwrap_or_default();
        core::str::from_utf8(bytes).unwrap_or_default()
    }

    /// Whether the text was longer than
    /// [`MAX_ERROR_FOUND_BYTES`](crate::limits::MAX_ERROR_FOUND_BYTES) and was cut.
    pub fn is_cut(&self) -> bool {
        self.cut
    }

    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl Default for Found {
    fn default() -> Self {
        Found::NONE
    }
}

impl fmt::Debug for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())?;
        if self.cut { f.write_str("…") } else { Ok(()) }
    }
}

/// What is wrong with an input. Each variant's `Display` is one plain sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The text is not valid UTF-8.
    InvalidUtf8,
    /// The facts are not well-formed JSON (or not a JSON object).
    MalformedJson,
    /// The facts name a field the contract does not define.
    UnknownField,
    /// A field has the wrong JSON type (e.g. a string where a number belongs).
    WrongType,
    /// A field's value is outside its allowed set or range.
    ValueOutOfRange,
    /// A field appears twice.
    DuplicateField,
    /// A timestamp is not RFC 3339 (e.g. no UTC offset, impossible date).
    InvalidTimestamp,
    /// An option value is not one the interface accepts.
    InvalidOption,
    /// The output a report was being written to refused its bytes
    /// ([`crate::json_sink::JsonSink`]).
    OutputRefused,
    /// An input is larger than a documented capacity.
    CapacityExceeded {
        /// The capacity that was exceeded.
        limit: Limit,
    },
    /// The notice's language (given, or detected) is declared but its tables are not
    /// available: built without its Cargo feature and its language pack not registered
    /// ([`crate::packs`]). The notice is not read (its report would say "all missing").
    LanguageNotLoaded {
        /// The language.
        lang: crate::lang::Lang,
    },
    /// The notice's language is to be detected, but the detection words are not
    /// available: built with the `packs` feature and the detection pack not registered
    /// (`packs::register_detection`). The notice is not read.
    DetectionNotLoaded,
}

/// Where an error was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Location {
    /// No finer place than the whole input.
    Input,
    /// A byte offset into the input.
    Byte(usize),
    /// A named field of the facts JSON (contract §3), with the byte offset where the
    /// parser was when it failed, if known.
    Field(&'static str, Option<usize>),
    /// A named option (e.g. `--audience`).
    Option(&'static str),
}

impl Error {
    /// An error of `kind` at `at`.
    pub const fn new(kind: ErrorKind, at: Location) -> Self {
        Error {
            kind,
            at,
            found: Found::NONE,
        }
    }

    /// This error, saying that `text` was found at its location.
    pub fn with_found(self, text: &str) -> Self {
        Error {
            found: Found::new(text),
            ..self
        }
    }
}

/// An error kind with no finer place than the whole input (e.g. from
/// [`crate::time::Timestamp::parse_rfc3339`]), so that `?` works across the API.
impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Self {
        Error::new(kind, Location::Input)
    }
}

/// Text that is not UTF-8: [`ErrorKind::InvalidUtf8`] at the first bad byte.
impl From<core::str::Utf8Error> for Error {
    fn from(e: core::str::Utf8Error) -> Self {
        Error::new(ErrorKind::InvalidUtf8, Location::Byte(e.valid_up_to()))
    }
}

/// A sink that refused the report: [`ErrorKind::OutputRefused`].
impl From<crate::json_sink::SinkError> for Error {
    fn from(_: crate::json_sink::SinkError) -> Self {
        Error::new(ErrorKind::OutputRefused, Location::Input)
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::InvalidUtf8 => f.write_str("the text is not valid UTF-8"),
            ErrorKind::MalformedJson => f.write_str("the facts are not well-formed JSON"),
            ErrorKind::UnknownField => f.write_str("unknown field in the facts"),
            ErrorKind::WrongType => f.write_str("a field has the wrong JSON type"),
            ErrorKind::ValueOutOfRange => f.write_str("a value is outside its allowed range"),
            ErrorKind::DuplicateField => f.write_str("a field appears twice"),
            ErrorKind::InvalidTimestamp => {
                f.write_str("a timestamp is not RFC 3339 with a UTC offset")
            }
            ErrorKind::InvalidOption => f.write_str("an option value is not accepted"),
            ErrorKind::OutputRefused => f.write_str("the output refused the report's bytes"),
            ErrorKind::CapacityExceeded { limit } => write!(
                f,
                "the input exceeds the capacity {} ({})",
                limit.name(),
                limit.value()
            ),
            ErrorKind::LanguageNotLoaded { lang } => write!(
                f,
                "the data of language `{}` ({}) is not loaded: register its pack first",
                lang.as_str(),
                lang.name()
            ),
            ErrorKind::DetectionNotLoaded => f.write_str(
                "the language detection data is not loaded: register the detection pack first",
            ),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Input => f.write_str("in the input"),
            Location::Byte(b) => write!(f, "at byte offset {b}"),
            Location::Field(name, Some(b)) => write!(f, "in field `{name}` (byte offset {b})"),
            Location::Field(name, None) => write!(f, "in field `{name}`"),
            Location::Option(name) => write!(f, "in option `{name}`"),
        }
    }
}

/// `<what> <where>`, then what was found and what is allowed when known, e.g.
/// ``unknown field `severity` at byte offset 23 (fields: role, aware_at, …)``.
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.kind, self.at) {
            (ErrorKind::UnknownField, Location::Byte(b)) if !self.found.is_empty() => {
                write!(
                    f,
                    "unknown field `{}` at byte offset {b} (fields: ",
                    self.found
                )?;
                crate::facts::write_field_names(f)?;
                return f.write_str(")");
            }
            (ErrorKind::LanguageNotLoaded { .. } | ErrorKind::DetectionNotLoaded, _) => {
                return write!(f, "{}", self.kind);
            }
            _ => write!(f, "{} {}", self.kind, self.at)?,
        }
        if !self.found.is_empty() {
            write!(f, ": `{}`", self.found)?;
        }
        if let Location::Field(field, _) = self.at {
            crate::facts::write_expected(self.kind, field, f)?;
        }
        Ok(())
    }
}

impl core::error::Error for Error {}
