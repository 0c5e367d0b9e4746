//! Errors: what went wrong ([`ErrorKind`]) and where ([`Location`]).

use core::fmt;

use crate::limits::Limit;

/// An input the engine refuses, with the place it was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Error {
    /// What is wrong.
    pub kind: ErrorKind,
    /// Where it is.
    pub at: Location,
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
        Error { kind, at }
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

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.kind, self.at)
    }
}

impl core::error::Error for Error {}
