//! The facts JSON reader: one pass over the bytes that decodes the contract §3 object
//! ([`parse_object`]), and a strict iterative scanner ([`scan`]) that has the last word on
//! syntax and finds the byte offsets of errors and keys for error locations.
//!
//! The reader only ever nests three levels (the object, a list, a string): an unknown field
//! is refused at its key and a value of the wrong type at its first byte, so a deeply nested
//! value is never descended into. It keeps the acceptance and the error precedence of the
//! serde-json-core deserializer it replaced (checked against it, when it replaced it, by a
//! differential test on 31.5 million generated inputs without a disagreement): where that deserializer was lenient (a raw control character in a
//! string, a `+` after `\u`, a comma before a list's first element), reading goes on and a
//! later error about a field still wins; a document that reads without such an error is
//! then refused by [`scan`] at its first syntax error. It also refuses what that
//! deserializer refused although it is valid JSON: a `\u` escape of a surrogate (so a
//! surrogate pair never decodes), and a string with escapes longer than
//! [`MAX_FACTS_STRING_BYTES`] once decoded.

use super::{
    BreachKind, BreachKinds, DataKind, DataKinds, Exposure, FactField, FactFields, Facts,
    FieldType, MAX_COUNT, Protection, Role, Value, ValueKind,
};
use crate::decimal::Decimal;
use crate::error::{Error, ErrorKind, Location};
use crate::limits::{MAX_FACTS_DEPTH, MAX_FACTS_STRING_BYTES};
use crate::time::Timestamp;

/// Parses the facts object that makes up all of `bytes` (valid UTF-8, within size).
pub(super) fn parse_object(bytes: &[u8]) -> Result<Facts, Error> {
    let mut reader = Reader {
        input: bytes,
        at: 0,
        keys: 0,
        field: None,
    };
    let facts = reader
        .object()
        .map_err(|stop| locate(bytes, &reader, stop))?;
    // The reader is lenient in a few places (see the module docs): the strict scanner has
    // the last word.
    if let Some(at) = scan(bytes, usize::MAX).error {
        return Err(Error::new(ErrorKind::MalformedJson, Location::Byte(at)));
    }
    Ok(facts)
}

/// Why [`Reader`] stopped.
#[derive(Clone, Copy)]
enum Stop {
    /// A precise diagnosis: unknown or duplicate field, value out of range, bad timestamp…
    Kind(ErrorKind),
    /// A count or number of hours that is not a JSON number, with the offset to report.
    NumberSyntax(usize),
    /// Not a string, list or boolean where the field needs one.
    Type,
    /// A string with escapes longer than [`MAX_FACTS_STRING_BYTES`] once decoded.
    TooLong,
    /// Any other syntax error (located by [`scan`]).
    Syntax,
}

/// Reads the facts object, keeping what [`locate`] needs to place an error.
struct Reader<'a> {
    /// The whole JSON input.
    input: &'a [u8],
    /// Offset of the next byte to read.
    at: usize,
    /// Keys started so far (the current key is number `keys - 1`).
    keys: usize,
    /// The field whose value is being read.
    field: Option<FactField>,
}

impl<'a> Reader<'a> {
    /// Skips JSON whitespace and returns the next byte without consuming it.
    fn peek(&mut self) -> Option<u8> {
        while let Some(&c) = self.input.get(self.at) {
            if !matches!(c, b' ' | b'\t' | b'\n' | b'\r') {
                return Some(c);
            }
            self.at += 1;
        }
        None
    }

    /// Reads the object, then checks that only whitespace follows.
    fn object(&mut self) -> Result<Facts, Stop> {
        if self.peek() != Some(b'{') {
            return Err(Stop::Syntax);
        }
        self.at += 1;
        let mut facts = Facts::unknown();
        let mut seen = FactFields::new();
        let mut first = true;
        loop {
            self.keys += 1;
            self.field = None;
            let next = match self.peek() {
                Some(b'}') => break,
                Some(b',') if !first => {
                    self.at += 1;
                    self.peek()
                }
                next if first => next,
                _ => return Err(Stop::Syntax),
            };
            first = false;
            if next != Some(b'"') {
                return Err(Stop::Syntax);
            }
            let mut buf = [0u8; MAX_FACTS_STRING_BYTES];
            let key = self.string(&mut buf)?;
            let field = FactField::from_name(key).ok_or(Stop::Kind(ErrorKind::UnknownField))?;
            self.field = Some(field);
            if seen.contains(field) {
                return Err(Stop::Kind(ErrorKind::DuplicateField));
            }
            seen.insert(field);
            if self.peek() != Some(b':') {
                return Err(Stop::Syntax);
            }
            self.at += 1;
            let value = self.value(field)?;
            facts.set(field, value);
        }
        self.field = None;
        self.at += 1;
        match self.peek() {
            Some(_) => Err(Stop::Syntax),
            None => Ok(facts),
        }
    }

    /// Reads the value of `field`: `null`, or a value of the field's type.
    fn value(&mut self, field: FactField) -> Result<Value, Stop> {
        let first = self.peek().ok_or(Stop::Syntax)?;
        let mut word = |word: &[u8], value: Value| {
            literal(self.input, &mut self.at, word)
                .map(|()| value)
                .ok_or(Stop::Syntax)
        };
        match (first, field.json_type()) {
            (b'n', _) => word(b"null", Value::Null),
            (b't', FieldType::Bool) => word(b"true", Value::Bool(true)),
            (b'f', FieldType::Bool) => word(b"false", Value::Bool(false)),
            (_, FieldType::Bool) => Err(Stop::Type),
            (_, FieldType::List) => self.list(field),
            (_, FieldType::Count | FieldType::Number) => {
                let value = read_number(field, self.input, self.keys.saturating_sub(1))?;
                // Skip the number, up to the `,` or `}` that [`read_number`] found after it.
                while !matches!(self.input.get(self.at), Some(b',' | b'}' | b']')) {
                    if self.input.get(self.at).is_none() {
                        return Err(Stop::Syntax);
                    }
                    self.at += 1;
                }
                Ok(value)
            }
            (_, FieldType::Name | FieldType::Time) => {
                let mut buf = [0u8; MAX_FACTS_STRING_BYTES];
                let s = self.string(&mut buf)?;
                let out_of_range = Stop::Kind(ErrorKind::ValueOutOfRange);
                match field.kind() {
                    ValueKind::Role => Role::from_name(s).map(Value::Role).ok_or(out_of_range),
                    ValueKind::Protection => Protection::from_name(s)
                        .map(Value::Protection)
                        .ok_or(out_of_range),
                    ValueKind::Exposure => Exposure::from_name(s)
                        .map(Value::Exposure)
                        .ok_or(out_of_range),
                    ValueKind::Time => Timestamp::parse_rfc3339(s)
                        .map(Value::Time)
                        .map_err(Stop::Kind),
                    ValueKind::Breach
                    | ValueKind::Data
                    | ValueKind::Count
                    | ValueKind::Number
                    | ValueKind::Bool => Err(Stop::Type),
                }
            }
        }
    }

    /// Reads the list of names of `breach` or `data`; duplicate names are harmless.
    fn list(&mut self, field: FactField) -> Result<Value, Stop> {
        if self.peek() != Some(b'[') {
            return Err(Stop::Type);
        }
        self.at += 1;
        let mut breach = BreachKinds::new();
        let mut data = DataKinds::new();
        let mut first = true;
        loop {
            // A comma before the first name is accepted here (as serde-json-core did) and
            // refused by `scan` unless an error about a field comes first.
            let next = match self.peek() {
                Some(b']') => break,
                Some(b',') => {
                    self.at += 1;
                    self.peek()
                }
                Some(c) if first => {
                    first = false;
                    Some(c)
                }
                _ => return Err(Stop::Syntax),
            };
            if matches!(next, None | Some(b']')) {
                return Err(Stop::Syntax);
            }
            let mut buf = [0u8; MAX_FACTS_STRING_BYTES];
            let name = self.string(&mut buf)?;
            let known = if field.kind() == ValueKind::Breach {
                BreachKind::from_name(name).map(|k| breach.insert(k))
            } else {
                DataKind::from_name(name).map(|k| data.insert(k))
            };
            known.ok_or(Stop::Kind(ErrorKind::ValueOutOfRange))?;
        }
        self.at += 1;
        Ok(if field.kind() == ValueKind::Breach {
            Value::Breach(breach)
        } else {
            Value::Data(data)
        })
    }

    /// Reads a string and returns it decoded: a slice of the input when it has no escape,
    /// else decoded into `buf` (at most [`MAX_FACTS_STRING_BYTES`]).
    ///
    /// The string ends at the first `"` after an even run of backslashes; control
    /// characters are let through (see the module docs).
    fn string<'s>(&mut self, buf: &'s mut [u8; MAX_FACTS_STRING_BYTES]) -> Result<&'s str, Stop>
    where
        'a: 's,
    {
        match self.peek() {
            Some(b'"') => {}
            Some(_) => return Err(Stop::Type),
            None => return Err(Stop::Syntax),
        }
        let start = self.at + 1;
        let mut end = start;
        let mut escaped = false;
        let mut has_escape = false;
        loop {
            match self.input.get(end) {
                None => return Err(Stop::Syntax),
                Some(b'"') if !escaped => break,
                Some(b'\\') if !escaped => {
                    escaped = true;
                    has_escape = true;
                }
                Some(_) => escaped = false,
            }
            end += 1;
        }
        self.at = end + 1;
        let raw = self.input.get(start..end).ok_or(Stop::Syntax)?;
        let text = if has_escape {
            let len = unescape(raw, buf)?;
            buf.get(..len).ok_or(Stop::TooLong)?
        } else {
            raw
        };
        core::str::from_utf8(text).map_err(|_| Stop::Syntax)
    }
}

/// Decodes the string body `raw` (it has escapes) into `buf`, returning the length.
///
/// `\u` takes four hex digits, or `+` and three (as `u32::from_str_radix` read them for
/// serde-json-core); a surrogate (`\ud800`–`\udfff`, also one half of a pair) is refused.
/// Errors come in the order of the input: a bad escape is [`Stop::Syntax`], running out of
/// `buf` is [`Stop::TooLong`].
fn unescape(raw: &[u8], buf: &mut [u8]) -> Result<usize, Stop> {
    let mut len = 0;
    let mut i = 0;
    while let Some(&c) = raw.get(i) {
        let mut utf8 = [0u8; 3];
        let piece = if c == b'\\' {
            let (n, size) = match raw.get(i + 1) {
                Some(b'u') => (escaped_unit(raw.get(i + 2..i + 6), &mut utf8)?, 6),
                Some(&e) => {
                    let byte = match e {
                        b'"' | b'\\' | b'/' => e,
                        b'b' => 0x08,
                        b'f' => 0x0c,
                        b'n' => b'\n',
                        b'r' => b'\r',
                        b't' => b'\t',
                        _ => return Err(Stop::Syntax),
                    };
                    utf8 = [byte, 0, 0];
                    (1, 2)
                }
                None => return Err(Stop::Syntax),
            };
            i += size;
            utf8.get(..n).unwrap_or_default()
        } else {
            let run = raw.get(i..).unwrap_or_default();
            let n = run.iter().position(|b| *b == b'\\').unwrap_or(run.len());
            i += n;
            run.get(..n).unwrap_or_default()
        };
        buf.get_mut(len..len + piece.len())
            .ok_or(Stop::TooLong)?
            .copy_from_slice(piece);
        len += piece.len();
    }
    Ok(len)
}

/// Decodes the four characters after `\u` into UTF-8 in `out`, returning its length.
fn escaped_unit(hex: Option<&[u8]>, out: &mut [u8; 3]) -> Result<usize, Stop> {
    let digits = match hex.ok_or(Stop::Syntax)? {
        [b'+', rest @ ..] => rest,
        all => all,
    };
    let mut v: u32 = 0;
    for d in digits {
        let digit = match d {
            b'0'..=b'9' => d - b'0',
            b'a'..=b'f' => d - b'a' + 10,
            b'A'..=b'F' => d - b'A' + 10,
            _ => return Err(Stop::Syntax),
        };
        v = v * 16 + u32::from(digit);
    }
    // Bytes of a UTF-8 sequence: `v` is below 0x1_0000, so every shift fits a byte.
    let byte = |bits: u32| u8::try_from(bits).unwrap_or(0);
    Ok(match v {
        0..=0x7f => {
            *out = [byte(v), 0, 0];
            1
        }
        0x80..=0x7ff => {
            *out = [byte(0xc0 | (v >> 6)), byte(0x80 | (v & 0x3f)), 0];
            2
        }
        0xd800..=0xdfff => return Err(Stop::Syntax),
        _ => {
            *out = [
                byte(0xe0 | (v >> 12)),
                byte(0x80 | ((v >> 6) & 0x3f)),
                byte(0x80 | (v & 0x3f)),
            ];
            3
        }
    })
}

/// Reads the value of number field `field` (a count or `unavailable_hours`), exactly.
///
/// The value is found with [`scan`] (it is the value of top-level key number
/// `key_index`). A value that does not start like a number is [`ErrorKind::WrongType`]; a
/// token that is not a JSON number, or is followed by anything but the object's `,` or
/// `}`, is a syntax error ([`Stop::NumberSyntax`] at the document's first syntax error); a
/// negative value, a fractional count or one above [`MAX_COUNT`], or a number outside the
/// [`Decimal`] range is [`ErrorKind::ValueOutOfRange`]; `unavailable_hours` with more
/// digits than a [`Decimal`] holds is [`ErrorKind::CapacityExceeded`].
fn read_number(field: FactField, input: &[u8], key_index: usize) -> Result<Value, Stop> {
    let scanned = scan(input, key_index);
    let syntax = |at: usize| Stop::NumberSyntax(scanned.error.unwrap_or(at));
    let Some((_, at)) = scanned.key else {
        return Err(syntax(input.len()));
    };
    if !matches!(input.get(at), Some(b'-' | b'+' | b'.' | b'0'..=b'9')) {
        return Err(Stop::Kind(ErrorKind::WrongType));
    }
    let end = skip_number(input, at).ok_or_else(|| syntax(at))?;
    let next = input.get(end..).and_then(|rest| {
        rest.iter()
            .find(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
    });
    if !matches!(next, Some(b',' | b'}')) {
        return Err(syntax(end));
    }
    let token = input
        .get(at..end)
        .and_then(|t| core::str::from_utf8(t).ok())
        .ok_or_else(|| syntax(at))?;
    let negative = token.starts_with('-');
    let value = match Decimal::parse(token) {
        Ok(v) => v,
        Err(ErrorKind::MalformedJson) => return Err(syntax(at)),
        // A negative number is out of range whatever its digits; so is a count with more
        // significant digits than a decimal holds (it is fractional or above 2^53).
        Err(ErrorKind::CapacityExceeded { .. })
            if negative || field.json_type() == FieldType::Count =>
        {
            return Err(Stop::Kind(ErrorKind::ValueOutOfRange));
        }
        Err(kind) => return Err(Stop::Kind(kind)),
    };
    let out_of_range = Stop::Kind(ErrorKind::ValueOutOfRange);
    if value.is_negative() {
        return Err(out_of_range);
    }
    match field.json_type() {
        FieldType::Count => value
            .to_u64()
            .filter(|n| *n <= MAX_COUNT)
            .map(Value::Count)
            .ok_or(out_of_range),
        FieldType::Number
        | FieldType::Name
        | FieldType::Time
        | FieldType::List
        | FieldType::Bool => Ok(Value::Number(value)),
    }
}

/// Turns a [`Stop`] into an [`Error`] with a field name and byte offset.
///
/// A malformed number is reported at its own offset. Otherwise the offsets come from
/// [`scan`]: an unknown field at its key (or [`Location::Input`] when a syntax error comes
/// before it), a duplicate field at its second key, an error in a value at the value (a
/// syntax error in it at the document's first syntax error); a value whose first byte
/// cannot start the field's type is [`ErrorKind::WrongType`]. An error outside any value is
/// [`ErrorKind::MalformedJson`] at the first syntax error, or at the first non-whitespace
/// byte of a document that is valid JSON but not a facts object.
fn locate(bytes: &[u8], reader: &Reader<'_>, stop: Stop) -> Error {
    if let Stop::NumberSyntax(at) = stop {
        return Error::new(ErrorKind::MalformedJson, Location::Byte(at));
    }
    let scanned = scan(bytes, reader.keys.saturating_sub(1));
    let key_at = scanned.key.map(|(k, _)| k);
    if let Stop::Kind(ErrorKind::UnknownField) = stop {
        return Error::new(
            ErrorKind::UnknownField,
            key_at.map_or(Location::Input, Location::Byte),
        );
    }
    let Some(field) = reader.field else {
        let at = scanned.error.unwrap_or_else(|| {
            bytes
                .iter()
                .position(|b| !b.is_ascii_whitespace())
                .unwrap_or(bytes.len())
        });
        return Error::new(ErrorKind::MalformedJson, Location::Byte(at));
    };
    let name = field.as_str();
    let value_at = scanned.key.map(|(_, v)| v);
    let first = value_at.and_then(|v| bytes.get(v)).copied();
    let type_matches = match (field.json_type(), first) {
        (_, Some(b'n') | None) => true,
        (FieldType::Name | FieldType::Time, Some(b)) => b == b'"',
        (FieldType::List, Some(b)) => b == b'[',
        (FieldType::Count | FieldType::Number, Some(b)) => b == b'-' || b.is_ascii_digit(),
        (FieldType::Bool, Some(b)) => b == b't' || b == b'f',
    };
    let kind = match stop {
        Stop::Kind(kind) => kind,
        _ if !type_matches => ErrorKind::WrongType,
        Stop::Type => ErrorKind::WrongType,
        Stop::TooLong => ErrorKind::ValueOutOfRange,
        Stop::NumberSyntax(_) | Stop::Syntax => ErrorKind::MalformedJson,
    };
    let at = match kind {
        ErrorKind::DuplicateField => key_at,
        // A syntax error inside the value: point at the bad byte.
        ErrorKind::MalformedJson => scanned.error.or(value_at),
        ErrorKind::InvalidUtf8
        | ErrorKind::UnknownField
        | ErrorKind::WrongType
        | ErrorKind::ValueOutOfRange
        | ErrorKind::InvalidTimestamp
        | ErrorKind::InvalidOption
        | ErrorKind::OutputRefused
        | ErrorKind::CapacityExceeded { .. }
        | ErrorKind::LanguageNotLoaded { .. }
        | ErrorKind::DetectionNotLoaded => value_at,
    };
    Error::new(kind, Location::Field(name, at))
}

// ---------------------------------------------------------------------------------------
// An iterative JSON scanner, used only to find byte offsets for error messages.

/// What [`scan`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Scan {
    /// Offset of the first syntax error (including nesting deeper than
    /// [`MAX_FACTS_DEPTH`] and trailing characters), if any.
    pub(super) error: Option<usize>,
    /// Offsets of the wanted top-level key's opening quote and of its value.
    pub(super) key: Option<(usize, usize)>,
}

/// What the scanner expects next.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Want {
    Value,
    ValueOrClose,
    Key,
    KeyOrClose,
    Colon,
    CommaOrClose,
    End,
}

/// Scans `b` as JSON without recursion and with at most [`MAX_FACTS_DEPTH`] levels,
/// reporting the first error and the offsets of top-level key number `want_key`.
pub(super) fn scan(b: &[u8], want_key: usize) -> Scan {
    let mut out = Scan {
        error: None,
        key: None,
    };
    // Bit `d` set: level `d` (1-based) is an object.
    let mut objects: u64 = 0;
    let mut depth: u32 = 0;
    let mut keys_seen = 0usize;
    let mut pending_key: Option<usize> = None;
    let mut want = Want::Value;
    let mut i = 0usize;
    loop {
        while b
            .get(i)
            .is_some_and(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r'))
        {
            i += 1;
        }
        let Some(&c) = b.get(i) else {
            if want != Want::End {
                out.error = Some(i);
            }
            return out;
        };
        let in_object = depth > 0 && objects & (1u64 << depth) != 0;
        let next = match want {
            Want::End => None,
            Want::Colon => (c == b':').then(|| {
                i += 1;
                Want::Value
            }),
            Want::Key | Want::KeyOrClose => match c {
                b'}' if want == Want::KeyOrClose => close(&mut depth, &mut i),
                b'"' => {
                    if depth == 1 {
                        if keys_seen == want_key {
                            pending_key = Some(i);
                        }
                        keys_seen += 1;
                    }
                    skip_string(b, i).map(|end| {
                        i = end;
                        Want::Colon
                    })
                }
                _ => None,
            },
            Want::CommaOrClose => match c {
                b',' => {
                    i += 1;
                    Some(if in_object { Want::Key } else { Want::Value })
                }
                b'}' if in_object => close(&mut depth, &mut i),
                b']' if !in_object => close(&mut depth, &mut i),
                _ => None,
            },
            Want::Value | Want::ValueOrClose => {
                if depth == 1
                    && in_object
                    && let Some(k) = pending_key.take()
                {
                    out.key = Some((k, i));
                }
                match c {
                    b']' if want == Want::ValueOrClose => close(&mut depth, &mut i),
                    b'{' | b'[' if depth as usize >= MAX_FACTS_DEPTH => None,
                    b'{' => {
                        depth += 1;
                        objects |= 1u64 << depth;
                        i += 1;
                        Some(Want::KeyOrClose)
                    }
                    b'[' => {
                        depth += 1;
                        objects &= !(1u64 << depth);
                        i += 1;
                        Some(Want::ValueOrClose)
                    }
                    b'"' => skip_string(b, i).map(|end| {
                        i = end;
                        after_value(depth)
                    }),
                    b't' => literal(b, &mut i, b"true").map(|()| after_value(depth)),
                    b'f' => literal(b, &mut i, b"false").map(|()| after_value(depth)),
                    b'n' => literal(b, &mut i, b"null").map(|()| after_value(depth)),
                    b'-' | b'0'..=b'9' => skip_number(b, i).map(|end| {
                        i = end;
                        after_value(depth)
                    }),
                    _ => None,
                }
            }
        };
        match next {
            Some(w) => want = w,
            None => {
                // `i` may have moved inside a string or number: report the byte that failed.
                out.error = Some(i.min(b.len()));
                return out;
            }
        }
    }
}

/// Leaves the current container; what comes next depends on the new depth.
fn close(depth: &mut u32, i: &mut usize) -> Option<Want> {
    *depth = depth.saturating_sub(1);
    *i += 1;
    Some(after_value(*depth))
}

/// What follows a complete value at `depth`.
const fn after_value(depth: u32) -> Want {
    if depth == 0 {
        Want::End
    } else {
        Want::CommaOrClose
    }
}

/// Matches the literal `lit` at `*i`.
fn literal(b: &[u8], i: &mut usize, lit: &[u8]) -> Option<()> {
    if b.get(*i..)?.starts_with(lit) {
        *i += lit.len();
        Some(())
    } else {
        None
    }
}

/// The offset after the JSON string starting at `start` (which holds `"`).
fn skip_string(b: &[u8], start: usize) -> Option<usize> {
    let mut i = start + 1;
    loop {
        match *b.get(i)? {
            b'"' => return Some(i + 1),
            b'\\' => match *b.get(i + 1)? {
                b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => i += 2,
                b'u' => {
                    let hex = b.get(i + 2..i + 6)?;
                    if !hex.iter().all(u8::is_ascii_hexdigit) {
                        return None;
                    }
                    i += 6;
                }
                _ => return None,
            },
            0x00..=0x1f => return None,
            _ => i += 1,
        }
    }
}

/// The offset after the JSON number starting at `start`.
pub(super) fn skip_number(b: &[u8], start: usize) -> Option<usize> {
    let digits = |mut i: usize| {
        let from = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        (i > from).then_some(i)
    };
    let mut i = start;
    if b.get(i) == Some(&b'-') {
        i += 1;
    }
    i = match b.get(i) {
        Some(b'0') => i + 1,
        Some(b'1'..=b'9') => digits(i)?,
        _ => return None,
    };
    if b.get(i) == Some(&b'.') {
        i = digits(i + 1)?;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        i = digits(i)?;
    }
    Some(i)
}

#[cfg(test)]
mod tests {
    extern crate std;

    use super::super::{BreachKind, BreachKinds, DataKind, DataKinds, Facts};
    use crate::error::{ErrorKind, Location};

    fn read(s: &str) -> Result<Facts, (ErrorKind, Location)> {
        Facts::from_json(s.as_bytes()).map_err(|e| (e.kind, e.at))
    }

    /// What the serde-json-core deserializer accepted or refused, pinned here so that it
    /// stays when the differential test's reference reader is gone.
    #[test]
    fn keeps_the_former_readers_leniency_and_refusals() {
        use ErrorKind::{MalformedJson, UnknownField, ValueOutOfRange};
        // A comma before a list's first name: refused by the scanner at the comma, unless
        // an error about a field comes first (then with no offset: the scanner stops at the
        // comma, before the key).
        assert_eq!(
            read(r#"{"breach":[,"integrity"]}"#),
            Err((MalformedJson, Location::Byte(11)))
        );
        assert_eq!(
            read(r#"{"breach":[,"integrity" "availability"]}"#),
            Err((MalformedJson, Location::Byte(11)))
        );
        assert_eq!(
            read(r#"{"breach":[,"integrity"],"zz":1}"#),
            Err((UnknownField, Location::Input))
        );
        // `\u+070` decodes (as `u32::from_str_radix` read it); the scanner refuses it.
        assert_eq!(
            read(r#"{"role":"\u+070rocessor"}"#),
            Err((MalformedJson, Location::Byte(8)))
        );
        // A raw control character does not stop reading: the name is simply unknown.
        assert_eq!(
            read("{\"role\":\"con\ntroller\",\"zz\":1}"),
            Err((ValueOutOfRange, Location::Field("role", Some(8))))
        );
        // Surrogates (so pairs too) are refused; in a key, at the document's first byte.
        assert_eq!(
            read(r#"{"role":"\ud83d\ude00"}"#),
            Err((MalformedJson, Location::Field("role", Some(8))))
        );
        assert_eq!(
            read(r#"{"\ud800":1}"#),
            Err((MalformedJson, Location::Byte(0)))
        );
        // Escapes decode, in keys, names and lists; a decoded string has at most
        // `MAX_FACTS_STRING_BYTES` bytes.
        assert_eq!(
            read(r#"{"\u0062reach":["\u0063onfidentiality"],"data":["c\u006Fntact"]}"#)
                .map(|f| (f.breach, f.data)),
            Ok((
                Some(BreachKinds::new().with(BreachKind::Confidentiality)),
                Some(DataKinds::new().with(DataKind::Contact))
            ))
        );
        assert_eq!(
            read(r#"{"role":"\u00e9"}"#),
            Err((ValueOutOfRange, Location::Field("role", Some(8))))
        );
        let long = std::format!("{{\"role\":\"\\n{}\"}}", "b".repeat(64));
        assert_eq!(
            read(&long),
            Err((ValueOutOfRange, Location::Field("role", Some(8))))
        );
    }
}
