//! The report's JSON written to a byte sink in pieces: no buffer for the whole report.
//!
//! [`Report::write_json`] needs a buffer that holds the whole report
//! ([`crate::limits::REPORT_JSON_BYTES`], 32 KiB). A microcontroller that sends the report
//! over a UART, USB or semihosting can instead hand each piece to a [`JsonSink`] as it is
//! produced with [`Report::write_json_to`]: the stack then holds only the piece being
//! written (a number's digits at most), and the report's length is unbounded.
//!
//! The writer is a small [`serde::Serializer`], so it reuses the report's own `Serialize`
//! impls and follows every field they write. Its output is byte for byte what
//! [`Report::write_json`] writes (the same escaping and number format as
//! `serde-json-core`; tested on the whole corpus).
//!
//! ```
//! use breachnotice::json_sink::{JsonSink, SinkError};
//! use breachnotice::report::{evaluate, LangChoice, Request};
//! use breachnotice::Audience;
//!
//! /// Counts the bytes and keeps a running checksum instead of storing them.
//! struct Checksum { bytes: usize, sum: u32 }
//!
//! impl JsonSink for Checksum {
//!     fn write(&mut self, piece: &[u8]) -> Result<(), SinkError> {
//!         self.bytes += piece.len();
//!         for &b in piece {
//!             self.sum = self.sum.rotate_left(5) ^ u32::from(b);
//!         }
//!         Ok(())
//!     }
//! }
//!
//! let report = evaluate(&Request {
//!     text: Some("We lost a laptop with your name on it. Contact dpo@example.com."),
//!     audience: Audience::DataSubjects,
//!     lang: LangChoice::Auto,
//!     facts: None,
//!     now: None,
//! });
//! let mut sink = Checksum { bytes: 0, sum: 0 };
//! let written = report.write_json_to(&mut sink)?;
//! assert_eq!(written, sink.bytes);
//!
//! // A closure is a sink too.
//! let mut total = 0;
//! report.write_json_to(&mut |piece: &[u8]| -> Result<(), SinkError> {
//!     total += piece.len();
//!     Ok(())
//! })?;
//! assert_eq!(total, written);
//! # Ok::<(), breachnotice::Error>(())
//! ```

use core::fmt;

use serde::ser::{self, Serialize};

use crate::error::{Error, ErrorKind, Location};
use crate::report::Report;

/// Where [`Report::write_json_to`] sends the JSON: each call gets the next piece, in
/// order. Pieces are small (a key, a string run, an escape, a number) and their
/// boundaries carry no meaning; a piece may end inside a multi-byte UTF-8 character.
/// Buffer them if the output is slow per call.
///
/// Any `FnMut(&[u8]) -> Result<(), SinkError>` closure is a sink.
pub trait JsonSink {
    /// Takes the next piece of the JSON. An `Err` stops the writing:
    /// [`Report::write_json_to`] returns [`ErrorKind::OutputRefused`].
    fn write(&mut self, piece: &[u8]) -> Result<(), SinkError>;
}

impl<F: FnMut(&[u8]) -> Result<(), SinkError>> JsonSink for F {
    fn write(&mut self, piece: &[u8]) -> Result<(), SinkError> {
        self(piece)
    }
}

/// A [`JsonSink`] refused a piece (its output is full, closed or failing).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SinkError;

impl fmt::Display for SinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the output refused the report's bytes")
    }
}

impl core::error::Error for SinkError {}

impl Report<'_> {
    /// Writes the contract §4 JSON to `sink` in pieces and returns the number of bytes
    /// written: exactly the bytes [`Report::write_json`] would put in a buffer, without
    /// the buffer (see [`crate::json_sink`]). When the sink refuses a piece the writing
    /// stops with [`ErrorKind::OutputRefused`] at the byte offset reached.
    pub fn write_json_to<S: JsonSink + ?Sized>(&self, sink: &mut S) -> Result<usize, Error> {
        let mut ser = PieceSerializer { sink, written: 0 };
        match self.serialize(&mut ser) {
            Ok(()) => Ok(ser.written),
            Err(_) => Err(Error::new(
                ErrorKind::OutputRefused,
                Location::Byte(ser.written),
            )),
        }
    }
}

/// Why the serializer stopped (only ever the sink: the report uses no unsupported shape,
/// which a test checks by comparing with `serde-json-core`'s output).
#[derive(Debug)]
enum StopReason {
    /// The sink refused a piece.
    Sink,
    /// A `Serialize` impl asked for a shape the report's JSON never contains (a float, a
    /// char, a tuple variant).
    Unsupported,
}

impl fmt::Display for StopReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StopReason::Sink => f.write_str("the sink refused a piece"),
            StopReason::Unsupported => f.write_str("a value the report's JSON never holds"),
        }
    }
}

impl core::error::Error for StopReason {}

impl ser::Error for StopReason {
    fn custom<T: fmt::Display>(_msg: T) -> Self {
        StopReason::Unsupported
    }
}

/// The serializer: JSON in `serde-json-core`'s exact format, to a sink.
struct PieceSerializer<'s, S: ?Sized> {
    sink: &'s mut S,
    written: usize,
}

impl<S: JsonSink + ?Sized> PieceSerializer<'_, S> {
    fn put(&mut self, piece: &[u8]) -> Result<(), StopReason> {
        if piece.is_empty() {
            return Ok(());
        }
        self.sink
            .write(piece)
            .map_err(|SinkError| StopReason::Sink)?;
        self.written = self.written.saturating_add(piece.len());
        Ok(())
    }

    /// The bytes of a string's content, escaped as `serde-json-core` does: `\"`, `\\`,
    /// `\b`, `\t`, `\n`, `\f`, `\r`, other controls as `\u00XX` (upper-case hex), all else
    /// as is. Escapes are ASCII, so working on bytes gives the same output as on chars;
    /// runs that need no escape go out as one piece.
    fn escaped(&mut self, s: &[u8]) -> Result<(), StopReason> {
        let mut rest = s;
        while let Some(at) = rest
            .iter()
            .position(|&b| b < 0x20 || b == b'"' || b == b'\\')
        {
            let (run, tail) = rest.split_at(at);
            self.put(run)?;
            let Some((&b, tail)) = tail.split_first() else {
                break;
            };
            let hex = |n: u8| if n < 10 { b'0' + n } else { b'A' + n - 10 };
            let unicode = [b'\\', b'u', b'0', b'0', hex(b >> 4), hex(b & 0x0F)];
            let short: &[u8] = match b {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                0x08 => b"\\b",
                b'\t' => b"\\t",
                b'\n' => b"\\n",
                0x0C => b"\\f",
                b'\r' => b"\\r",
                _ => &unicode,
            };
            self.put(short)?;
            rest = tail;
        }
        self.put(rest)
    }

    fn string(&mut self, s: &str) -> Result<(), StopReason> {
        self.put(b"\"")?;
        self.escaped(s.as_bytes())?;
        self.put(b"\"")
    }

    fn unsigned(&mut self, v: u64) -> Result<(), StopReason> {
        let mut digits = [0u8; 20];
        let len = crate::decimal::write_digits(v, &mut digits);
        self.put(digits.get(..len).unwrap_or_default())
    }

    fn signed(&mut self, v: i64) -> Result<(), StopReason> {
        if v < 0 {
            self.put(b"-")?;
        }
        self.unsigned(v.unsigned_abs())
    }

    /// A struct field or map entry's separator and key (`,"key":`), keys of structs
    /// written as is like `serde-json-core` does.
    fn key(&mut self, first: &mut bool, key: &str) -> Result<(), StopReason> {
        if !core::mem::take(first) {
            self.put(b",")?;
        }
        self.put(b"\"")?;
        self.put(key.as_bytes())?;
        self.put(b"\":")
    }
}

/// An open array, object or struct: whether the next entry is the first.
struct Compound<'a, 's, S: ?Sized> {
    ser: &'a mut PieceSerializer<'s, S>,
    first: bool,
}

impl<S: JsonSink + ?Sized> Compound<'_, '_, S> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), StopReason> {
        if !core::mem::take(&mut self.first) {
            self.ser.put(b",")?;
        }
        value.serialize(&mut *self.ser)
    }
}

impl<'a, 's, S: JsonSink + ?Sized> ser::Serializer for &'a mut PieceSerializer<'s, S> {
    type Ok = ();
    type Error = StopReason;
    type SerializeSeq = Compound<'a, 's, S>;
    type SerializeTuple = Compound<'a, 's, S>;
    type SerializeTupleStruct = Compound<'a, 's, S>;
    type SerializeTupleVariant = ser::Impossible<(), StopReason>;
    type SerializeMap = Compound<'a, 's, S>;
    type SerializeStruct = Compound<'a, 's, S>;
    type SerializeStructVariant = Compound<'a, 's, S>;

    fn serialize_bool(self, v: bool) -> Result<(), StopReason> {
        self.put(if v { b"true" } else { b"false" })
    }
    fn serialize_i8(self, v: i8) -> Result<(), StopReason> {
        self.signed(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Result<(), StopReason> {
        self.signed(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Result<(), StopReason> {
        self.signed(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Result<(), StopReason> {
        self.signed(v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), StopReason> {
        self.unsigned(u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Result<(), StopReason> {
        self.unsigned(u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Result<(), StopReason> {
        self.unsigned(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result<(), StopReason> {
        self.unsigned(v)
    }
    /// The engine has no floating point; numbers are [`crate::decimal::Decimal`].
    fn serialize_f32(self, _v: f32) -> Result<(), StopReason> {
        Err(StopReason::Unsupported)
    }
    fn serialize_f64(self, _v: f64) -> Result<(), StopReason> {
        Err(StopReason::Unsupported)
    }
    fn serialize_char(self, v: char) -> Result<(), StopReason> {
        self.string(v.encode_utf8(&mut [0u8; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), StopReason> {
        self.string(v)
    }
    /// Bytes that are already JSON (a decimal number's text), written as they are.
    fn serialize_bytes(self, v: &[u8]) -> Result<(), StopReason> {
        self.put(v)
    }
    fn serialize_none(self) -> Result<(), StopReason> {
        self.put(b"null")
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), StopReason> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), StopReason> {
        self.put(b"null")
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), StopReason> {
        self.put(b"null")
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), StopReason> {
        self.string(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), StopReason> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), StopReason> {
        self.put(b"{")?;
        self.key(&mut true, variant)?;
        value.serialize(&mut *self)?;
        self.put(b"}")
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, StopReason> {
        self.put(b"[")?;
        Ok(Compound {
            ser: self,
            first: true,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple, StopReason> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleStruct, StopReason> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, StopReason> {
        Err(StopReason::Unsupported)
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, StopReason> {
        self.put(b"{")?;
        Ok(Compound {
            ser: self,
            first: true,
        })
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, StopReason> {
        self.serialize_map(None)
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, StopReason> {
        self.put(b"{")?;
        self.key(&mut true, variant)?;
        self.serialize_map(None)
    }
    fn collect_str<T: fmt::Display + ?Sized>(self, value: &T) -> Result<(), StopReason> {
        /// Escapes each piece `Display` writes.
        struct Escaping<'b, 'a, 's, S: ?Sized>(&'b mut &'a mut PieceSerializer<'s, S>);
        impl<S: JsonSink + ?Sized> fmt::Write for Escaping<'_, '_, '_, S> {
            fn write_str(&mut self, s: &str) -> fmt::Result {
                self.0.escaped(s.as_bytes()).map_err(|_| fmt::Error)
            }
        }
        self.put(b"\"")?;
        let mut this = self;
        fmt::write(&mut Escaping(&mut this), format_args!("{value}"))
            .map_err(|fmt::Error| StopReason::Sink)?;
        this.put(b"\"")
    }
}

/// The three array-like shapes: elements separated by `,`, closed by `]`.
macro_rules! array_like {
    ($($trait:ident :: $method:ident),+) => {$(
        impl<S: JsonSink + ?Sized> ser::$trait for Compound<'_, '_, S> {
            type Ok = ();
            type Error = StopReason;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), StopReason> {
                self.element(value)
            }
            fn end(self) -> Result<(), StopReason> {
                self.ser.put(b"]")
            }
        }
    )+};
}

array_like!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field
);

impl<S: JsonSink + ?Sized> ser::SerializeMap for Compound<'_, '_, S> {
    type Ok = ();
    type Error = StopReason;
    /// A map key is written through the serializer (a string key quoted and escaped).
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), StopReason> {
        self.element(key)?;
        self.ser.put(b":")
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), StopReason> {
        value.serialize(&mut *self.ser)
    }
    fn end(self) -> Result<(), StopReason> {
        self.ser.put(b"}")
    }
}

/// The two struct shapes: `"key":value` fields, closed by `}` (a struct variant also
/// closes its wrapping object).
macro_rules! struct_like {
    ($($trait:ident => $close:literal),+) => {$(
        impl<S: JsonSink + ?Sized> ser::$trait for Compound<'_, '_, S> {
            type Ok = ();
            type Error = StopReason;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), StopReason> {
                self.ser.key(&mut self.first, key)?;
                value.serialize(&mut *self.ser)
            }
            fn end(self) -> Result<(), StopReason> {
                self.ser.put($close)
            }
        }
    )+};
}

struct_like!(SerializeStruct => b"}", SerializeStructVariant => b"}}");

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Audience;
    use crate::facts::Facts;
    use crate::limits::REPORT_JSON_BYTES;
    use crate::report::{LangChoice, Request, evaluate};
    use crate::time::Timestamp;

    /// Collects the pieces into a fixed buffer.
    struct Collect {
        buf: [u8; REPORT_JSON_BYTES],
        len: usize,
        pieces: usize,
    }

    impl JsonSink for Collect {
        fn write(&mut self, piece: &[u8]) -> Result<(), SinkError> {
            let end = self.len + piece.len();
            self.buf
                .get_mut(self.len..end)
                .ok_or(SinkError)?
                .copy_from_slice(piece);
            self.len = end;
            self.pieces += 1;
            Ok(())
        }
    }

    fn same_as_write_json(text: Option<&str>, facts: Option<&[u8]>, audience: Audience) {
        let facts = facts.map(|f| Facts::from_json(f).unwrap_or_else(|_| Facts::unknown()));
        let report = evaluate(&Request {
            text,
            audience,
            lang: LangChoice::Auto,
            facts: facts.as_ref(),
            now: Timestamp::parse_rfc3339("2026-11-24T10:00:00Z").ok(),
        });
        // The reference: `serde-json-core`'s serializer (`write_json` is now this
        // module's writer into a buffer, so it is checked against the same reference).
        let mut whole = [0u8; REPORT_JSON_BYTES];
        let n = serde_json_core::to_slice(&report, &mut whole).unwrap_or(0);
        let mut buffered = [0u8; REPORT_JSON_BYTES];
        assert_eq!(report.write_json(&mut buffered).ok(), Some(n));
        assert_eq!(buffered.get(..n), whole.get(..n));
        let mut sink = Collect {
            buf: [0; REPORT_JSON_BYTES],
            len: 0,
            pieces: 0,
        };
        assert_eq!(report.write_json_to(&mut sink), Ok(n));
        assert!(n > 0 && sink.pieces > 1);
        assert_eq!(sink.buf.get(..n), whole.get(..n));
    }

    #[test]
    fn pieces_make_the_same_bytes_as_write_json() {
        let facts: &[u8] = br#"{"role":"processor","aware_at":"2026-11-20T09:00:00+01:00",
            "breach":["confidentiality","availability"],"data":["special","contact"],
            "subjects":12000,"records":7,"unavailable_hours":2.75,"exposure":"public"}"#;
        for audience in [Audience::DataSubjects, Audience::Authority] {
            same_as_write_json(
                Some(
                    "On 2 May we found that \"someone\" copied\tnames\\e-mails\n\u{1}\u{7f} \
                      of 1,200 customers. Änderungen: wir haben alles gesperrt. \
                      Contact dpo@example.com.",
                ),
                Some(facts),
                audience,
            );
            same_as_write_json(None, Some(facts), audience);
            same_as_write_json(Some("zzz qqq"), None, audience);
            same_as_write_json(Some(""), Some(b"{}"), audience);
        }
    }

    #[test]
    fn a_refusing_sink_stops_with_the_offset_reached() {
        let report = evaluate(&Request {
            text: Some("We lost a laptop. Contact dpo@example.com."),
            audience: Audience::DataSubjects,
            lang: LangChoice::Auto,
            facts: None,
            now: None,
        });
        let mut left = 10usize;
        let mut sink = |piece: &[u8]| {
            left = left.checked_sub(piece.len()).ok_or(SinkError)?;
            Ok(())
        };
        let err = report.write_json_to(&mut sink);
        assert!(
            matches!(err, Err(Error { kind: ErrorKind::OutputRefused, at: Location::Byte(n), .. }) if n <= 10),
            "{err:?}"
        );
    }

    #[test]
    fn escapes_like_serde_json_core() {
        let mut out = [0u8; 64];
        let mut len = 0;
        let s = "a\"b\\c\u{8}\u{c}\n\r\t\u{1f}\u{7f}é";
        let mut sink = |piece: &[u8]| {
            let end = len + piece.len();
            out.get_mut(len..end)
                .ok_or(SinkError)?
                .copy_from_slice(piece);
            len = end;
            Ok(())
        };
        let mut ser = PieceSerializer {
            sink: &mut sink,
            written: 0,
        };
        assert!(s.serialize(&mut ser).is_ok());
        let mut reference = [0u8; 64];
        let n = serde_json_core::to_slice(s, &mut reference).unwrap_or(0);
        assert_eq!(out.get(..len), reference.get(..n));
    }
}
