//! Incident facts (contract §3), read from JSON by a small hand-written reader (`json`);
//! they are written back with `serde-json-core`.
//!
//! Every field is optional: an absent field (or an explicit `null`) means *unknown*, and
//! the obligations engine reports which unknowns its decisions rest on. Unknown fields,
//! duplicate fields, wrong JSON types and out-of-range values are errors that name the
//! field and the byte offset where they were found ([`Facts::from_json`]).
//!
//! Reading is bounded: the input is at most [`MAX_FACTS_BYTES`]; the reader never descends
//! into a value it does not expect (an unknown field is refused at its key, a value of the
//! wrong type at its first byte), so it nests at most three levels (object, list, string);
//! strings with escapes are decoded into a buffer of
//! [`MAX_FACTS_STRING_BYTES`](crate::limits::MAX_FACTS_STRING_BYTES); lists are stored as
//! bitsets, so a long list with duplicates cannot exceed a capacity. The position scanner
//! (`scan`) is iterative with a fixed depth
//! ([`MAX_FACTS_DEPTH`](crate::limits::MAX_FACTS_DEPTH)).

use core::fmt;

use serde::ser::{SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};

use crate::decimal::Decimal;
use crate::error::{Error, ErrorKind, Location};
use crate::limits::{Limit, MAX_FACTS_BYTES};
use crate::time::Timestamp;

mod json;

/// Declares a contract enum with its JSON names, kept in one match.
macro_rules! named_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every value, in contract order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The contract's JSON name of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }

            /// The value with JSON name `s`, if any.
            pub fn from_name(s: &str) -> Option<$name> {
                // A search of `ALL` compiles smaller than a `match` on strings.
                $name::ALL.iter().copied().find(|v| v.as_str() == s)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

named_enum! {
    /// Who is asking (contract `role`): a processor must inform its controller
    /// (Art. 33(2) GDPR); the controller owes Art. 33(1) and 34(1).
    Role {
        /// The controller (Art. 4(7) GDPR).
        Controller = "controller",
        /// A processor acting for a controller (Art. 4(8) GDPR).
        Processor = "processor",
    }
}

named_enum! {
    /// A kind of breach (contract `breach`; EDPB 9/2022 §I.B.2, WP29 Opinion 03/2014).
    BreachKind {
        /// Unauthorised or accidental disclosure of, or access to, personal data.
        Confidentiality = "confidentiality",
        /// Unauthorised or accidental alteration of personal data.
        Integrity = "integrity",
        /// Accidental or unauthorised loss of access to, or destruction of, personal data.
        Availability = "availability",
    }
}

named_enum! {
    /// A category of affected data (contract `data`).
    DataKind {
        /// Contact details (name, postal or e-mail address, phone).
        Contact = "contact",
        /// ID documents, national or social-security numbers.
        Identification = "identification",
        /// Passwords, keys, security answers.
        Credentials = "credentials",
        /// Bank, card, income or transaction data.
        Financial = "financial",
        /// Special categories of Art. 9 GDPR (health, ethnic origin, beliefs, …).
        Special = "special",
        /// Criminal convictions and offences (Art. 10 GDPR).
        Criminal = "criminal",
        /// Location data.
        Location = "location",
        /// Content of communications.
        Communications = "communications",
        /// Behavioural data (habits, preferences, purchase or browsing history).
        Behavioural = "behavioural",
        /// Any other personal data.
        Other = "other",
    }
}

named_enum! {
    /// State-of-the-art protection applied to the affected data (contract `protection`).
    Protection {
        /// No protection that makes the data unintelligible.
        None = "none",
        /// Encrypted (Art. 34(3)(a) GDPR when the key is safe).
        Encrypted = "encrypted",
        /// Hashed (keyed or salted) so that it is unintelligible while the secret is safe.
        Hashed = "hashed",
        /// Pseudonymised: harder to attribute, not unintelligible (Art. 4(5) GDPR).
        Pseudonymised = "pseudonymised",
    }
}

named_enum! {
    /// Who could see the data (contract `exposure`), in increasing order of exposure.
    Exposure {
        /// Nobody: the data was not seen.
        None = "none",
        /// Staff of the controller (or its processor) without a need to know.
        Internal = "internal",
        /// A known party bound by confidentiality (professional secrecy, a processor).
        TrustedRecipient = "trusted_recipient",
        /// One or a few identified people not so bound.
        KnownRecipient = "known_recipient",
        /// People not identified, or too many to follow up.
        UnknownRecipient = "unknown_recipient",
        /// An attacker or other party known to act with malice.
        MaliciousActor = "malicious_actor",
        /// Published: anyone could see it.
        Public = "public",
    }
}

/// The fields of the facts JSON (contract §3), declared once, in contract order:
/// `Variant json_name: Type = Kind, "what it is",` per field, where `Kind` is how its JSON
/// value is read (a [`Value`] variant). Expands ([`declare_fact_fields`]) to
/// [`FactField`] (its `as_str` is the JSON name), [`FACT_FIELD_COUNT`], the fields of
/// [`Facts`], [`Facts::unknown`], [`Facts::merged_over`], [`Facts::is_known`], the JSON
/// reader's assignment and the JSON writer: adding a field is one line here (and its use
/// in the rules). Calls `$callback!` with the list.
#[doc(hidden)]
#[macro_export]
macro_rules! __for_each_fact_field {
    ($callback:ident) => {
        $callback! {
            Role role: Role = Role, "who is asking",
            AwareAt aware_at: Timestamp = Time, "when the controller became aware (starts the 72 h of Art. 33(1))",
            AuthorityNotifiedAt authority_notified_at: Timestamp = Time, "when the authority was (or will be) notified",
            Breach breach: BreachKinds = Breach, "the kinds of breach",
            Data data: DataKinds = Data, "the categories of data affected",
            Subjects subjects: u64 = Count, "approximate number of people affected",
            Records records: u64 = Count, "approximate number of records affected",
            VulnerableSubjects vulnerable_subjects: bool = Bool, "children, patients or others in a position of dependency",
            Protection protection: Protection = Protection, "state-of-the-art protection applied to the affected data",
            KeyCompromised key_compromised: bool = Bool, "the key (or hash secret) was also exposed",
            Exposure exposure: Exposure = Exposure, "who could see the data",
            Malicious malicious: bool = Bool, "caused on purpose",
            Recovered recovered: bool = Bool, "retrieved or deleted before anyone could misuse it",
            Backup backup: bool = Bool, "an up-to-date backup allowed restoring the data",
            UnavailableHours unavailable_hours: Decimal = Number, "how long the data was unavailable (non-negative, exact)",
            HighRiskMitigated high_risk_mitigated: bool = Bool, "later measures make the high risk no longer likely (Art. 34(3)(b))",
            DisproportionateEffort disproportionate_effort: bool = Bool, "contacting each person would be disproportionate (Art. 34(3)(c))",
            PublicCommunication public_communication: bool = Bool, "a public communication informs the people instead",
        }
    };
}

macro_rules! declare_fact_fields {
    ($($variant:ident $field:ident: $ty:ty = $kind:ident, $doc:literal,)*) => {
        /// A field of the facts JSON (contract §3); [`FactField::as_str`] is its JSON name.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum FactField {
            $(
                #[doc = concat!("`", stringify!($field), "`.")]
                $variant,
            )*
        }

        impl FactField {
            /// Every value, in contract order.
            pub const ALL: &'static [FactField] = &[$(FactField::$variant,)*];

            /// The contract's JSON name of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(FactField::$variant => stringify!($field),)*
                }
            }

            /// The value with JSON name `s`, if any.
            pub fn from_name(s: &str) -> Option<FactField> {
                // A search of `ALL` compiles smaller than a `match` on strings.
                FactField::ALL.iter().copied().find(|v| v.as_str() == s)
            }

            /// How the field's JSON value is read.
            const fn kind(self) -> ValueKind {
                match self {
                    $(FactField::$variant => ValueKind::$kind,)*
                }
            }
        }

        impl Serialize for FactField {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl fmt::Display for FactField {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        /// Number of fields in the facts JSON (the length of [`FactField::ALL`]).
        pub const FACT_FIELD_COUNT: usize = [$(stringify!($field)),*].len();

        /// Incident facts (contract §3). `None` means unknown.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
        pub struct Facts {
            $(
                #[doc = concat!("`", stringify!($field), "`: ", $doc, ".")]
                pub $field: Option<$ty>,
            )*
        }

        impl Facts {
            /// Facts with every field unknown.
            pub const fn unknown() -> Facts {
                Facts { $($field: None,)* }
            }

            /// These facts over `base`: each field is taken from `self` when known, else
            /// from `base` (used to put explicit facts over facts read from the notice
            /// text).
            pub fn merged_over(&self, base: &Facts) -> Facts {
                Facts { $($field: self.$field.or(base.$field),)* }
            }

            /// Whether `field` is known.
            pub fn is_known(&self, field: FactField) -> bool {
                match field {
                    $(FactField::$variant => self.$field.is_some(),)*
                }
            }

            /// Makes `field` unknown.
            pub fn forget(&mut self, field: FactField) {
                match field {
                    $(FactField::$variant => self.$field = None,)*
                }
            }

            /// Stores a decoded value (a `null` leaves the field unknown). `value` is of
            /// `field`'s kind: the readers only produce such pairs.
            fn set(&mut self, field: FactField, value: Value) {
                match field {
                    $(FactField::$variant => {
                        if let Value::$kind(v) = value {
                            self.$field = Some(v);
                        }
                    })*
                }
            }
        }

        impl Serialize for Facts {
            /// The contract §3 JSON; unknown fields are omitted.
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let known = self.known_fields();
                let count = FactField::ALL
                    .iter()
                    .filter(|f| known.contains(**f))
                    .count();
                let mut s = serializer.serialize_struct("Facts", count)?;
                $(
                    if let Some(v) = &self.$field {
                        s.serialize_field(stringify!($field), v)?;
                    }
                )*
                s.end()
            }
        }
    };
}

crate::__for_each_fact_field!(declare_fact_fields);

/// The JSON type a field expects.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FieldType {
    /// A string naming an enum value.
    Name,
    /// An RFC 3339 string.
    Time,
    /// A list of names.
    List,
    /// A non-negative integer.
    Count,
    /// A non-negative finite number.
    Number,
    /// `true` or `false`.
    Bool,
}

/// How a field's JSON value is read: the [`Value`] variant it decodes to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ValueKind {
    Role,
    Protection,
    Exposure,
    Time,
    Breach,
    Data,
    Count,
    Number,
    Bool,
}

impl ValueKind {
    /// The JSON type of values of this kind.
    const fn json_type(self) -> FieldType {
        match self {
            ValueKind::Role | ValueKind::Protection | ValueKind::Exposure => FieldType::Name,
            ValueKind::Time => FieldType::Time,
            ValueKind::Breach | ValueKind::Data => FieldType::List,
            ValueKind::Count => FieldType::Count,
            ValueKind::Number => FieldType::Number,
            ValueKind::Bool => FieldType::Bool,
        }
    }
}

impl FactField {
    /// The JSON type the field expects.
    const fn json_type(self) -> FieldType {
        self.kind().json_type()
    }

    /// Bit of this field in a [`FactFields`] set.
    const fn bit(self) -> u32 {
        1 << (self as u32)
    }
}

/// A set of [`FactField`]s (e.g. the fields that came from the notice text).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct FactFields {
    bits: u32,
}

impl FactFields {
    /// The empty set.
    pub const fn new() -> FactFields {
        FactFields { bits: 0 }
    }
    /// Adds `f`.
    pub fn insert(&mut self, f: FactField) {
        self.bits |= f.bit();
    }
    /// Whether `f` is in the set.
    pub const fn contains(self, f: FactField) -> bool {
        self.bits & f.bit() != 0
    }
    /// Whether the set is empty.
    pub const fn is_empty(self) -> bool {
        self.bits == 0
    }
    /// The members, in contract order.
    pub fn iter(self) -> impl Iterator<Item = FactField> {
        FactField::ALL
            .iter()
            .copied()
            .filter(move |f| self.contains(*f))
    }
}

impl Serialize for FactFields {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(None)?;
        for f in self.iter() {
            seq.serialize_element(f.as_str())?;
        }
        seq.end()
    }
}

/// Declares a bitset over a [`named_enum!`] type.
macro_rules! kind_set {
    ($(#[$meta:meta])* $set:ident of $kind:ident as $bits:ty) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
        pub struct $set {
            bits: $bits,
        }

        impl $set {
            /// The empty set.
            pub const fn new() -> Self {
                $set { bits: 0 }
            }
            /// Every value.
            pub fn all() -> Self {
                $kind::ALL.iter().fold($set::new(), |s, k| s.with(*k))
            }
            /// This set with `k` added.
            pub const fn with(self, k: $kind) -> Self {
                $set { bits: self.bits | (1 << (k as u32)) }
            }
            /// Adds `k` (adding twice is harmless).
            pub fn insert(&mut self, k: $kind) {
                *self = self.with(k);
            }
            /// Whether `k` is in the set.
            pub const fn contains(self, k: $kind) -> bool {
                self.bits & (1 << (k as u32)) != 0
            }
            /// Whether the set shares a member with `other`.
            pub const fn intersects(self, other: $set) -> bool {
                self.bits & other.bits != 0
            }
            /// Whether the set is empty.
            pub const fn is_empty(self) -> bool {
                self.bits == 0
            }
            /// The members, in contract order.
            pub fn iter(self) -> impl Iterator<Item = $kind> {
                $kind::ALL.iter().copied().filter(move |k| self.contains(*k))
            }
        }

        impl FromIterator<$kind> for $set {
            fn from_iter<I: IntoIterator<Item = $kind>>(iter: I) -> Self {
                iter.into_iter().fold($set::new(), |s, k| s.with(k))
            }
        }

        impl Serialize for $set {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut seq = serializer.serialize_seq(None)?;
                for k in self.iter() {
                    seq.serialize_element(k.as_str())?;
                }
                seq.end()
            }
        }
    };
}

kind_set! {
    /// The set of [`BreachKind`]s of an incident (contract `breach`).
    BreachKinds of BreachKind as u8
}

kind_set! {
    /// The set of [`DataKind`]s affected (contract `data`).
    DataKinds of DataKind as u16
}

/// A decoded field value.
enum Value {
    Null,
    Role(Role),
    Protection(Protection),
    Exposure(Exposure),
    Time(Timestamp),
    Breach(BreachKinds),
    Data(DataKinds),
    Count(u64),
    Number(Decimal),
    Bool(bool),
}

/// Largest count accepted: 2^53, the largest integer up to which every integer is a
/// JavaScript number (the counts reach the web page as JSON numbers). A count is read
/// exactly ([`Decimal`]), so a larger one is refused, never rounded.
const MAX_COUNT: u64 = 1 << 53;

impl Facts {
    /// Parses the facts JSON of contract §3.
    ///
    /// Errors, each with the field name and byte offset where known:
    /// input over [`MAX_FACTS_BYTES`] → [`ErrorKind::CapacityExceeded`]; invalid UTF-8 →
    /// [`ErrorKind::InvalidUtf8`] at the first bad byte; not JSON, not an object, or
    /// trailing characters → [`ErrorKind::MalformedJson`] at the offending byte; a key the
    /// contract does not define → [`ErrorKind::UnknownField`] at the key (see
    /// [`key_at`] to read it back); a key given twice → [`ErrorKind::DuplicateField`];
    /// a value of the wrong JSON type → [`ErrorKind::WrongType`]; an unknown enum name,
    /// a negative or fractional count or one above 2^53, a negative number of hours or
    /// one beyond the [`Decimal`] range → [`ErrorKind::ValueOutOfRange`]; hours with more
    /// significant digits than [`crate::limits::MAX_DECIMAL_DIGITS`] →
    /// [`ErrorKind::CapacityExceeded`] (numbers are read exactly, never rounded); a
    /// number that is not JSON (`.5`, `1e`, `01`) → [`ErrorKind::MalformedJson`] at its
    /// first bad byte; a timestamp that is not RFC 3339 with an offset →
    /// [`ErrorKind::InvalidTimestamp`]. `null` is accepted as "unknown"; duplicate list
    /// entries are harmless; a leading UTF-8 byte-order mark is skipped.
    pub fn from_json(bytes: &[u8]) -> Result<Facts, Error> {
        if bytes.len() > MAX_FACTS_BYTES {
            return Err(Error::new(
                ErrorKind::CapacityExceeded {
                    limit: Limit::FactsBytes,
                },
                Location::Input,
            ));
        }
        if let Err(e) = core::str::from_utf8(bytes) {
            return Err(Error::new(
                ErrorKind::InvalidUtf8,
                Location::Byte(e.valid_up_to()),
            ));
        }
        // A UTF-8 byte-order mark (some editors write one) is skipped; offsets in errors
        // still count from the start of the input.
        const BOM: &[u8] = b"\xEF\xBB\xBF";
        let (skip, json) = match bytes.strip_prefix(BOM) {
            Some(rest) => (BOM.len(), rest),
            None => (0, bytes),
        };
        json::parse_object(json).map_err(|e| {
            let at = match e.at {
                Location::Byte(b) => Location::Byte(b + skip),
                Location::Field(name, b) => Location::Field(name, b.map(|b| b + skip)),
                other @ (Location::Input | Location::Option(_)) => other,
            };
            let error = Error::new(e.kind, at);
            match found_at(bytes, e.kind, at) {
                Some(text) => error.with_found(text),
                None => error,
            }
        })
    }

    /// The set of known fields.
    pub fn known_fields(&self) -> FactFields {
        let mut set = FactFields::new();
        for f in FactField::ALL {
            if self.is_known(*f) {
                set.insert(*f);
            }
        }
        set
    }
}

/// The offending text of a facts error at `at`: the key of an unknown field, the value
/// of a field with a rejected value (a string's content, or the JSON token of a value of
/// the wrong type).
fn found_at(input: &[u8], kind: ErrorKind, at: Location) -> Option<&str> {
    match (kind, at) {
        (ErrorKind::UnknownField, Location::Byte(b)) => key_at(input, b),
        (
            ErrorKind::ValueOutOfRange | ErrorKind::WrongType | ErrorKind::InvalidTimestamp,
            Location::Field(_, Some(b)),
        ) => {
            let rest = core::str::from_utf8(input.get(b..)?).ok()?;
            let token = match rest.strip_prefix('"') {
                // The wrong type: show the string as written, quotes included.
                Some(_) if kind == ErrorKind::WrongType => {
                    let end = rest.get(1..)?.find('"').map_or(rest.len(), |e| e + 2);
                    rest.get(..end)?
                }
                Some(body) => body.get(..body.find('"')?)?,
                // A list: the whole list, as written.
                None if rest.starts_with('[') => {
                    rest.get(..rest.find(']').map_or(rest.len(), |e| e + 1))?
                }
                None => {
                    let end = rest.find([',', '}', '\n', '\r']).unwrap_or(rest.len());
                    rest.get(..end)?.trim_end()
                }
            };
            (!token.is_empty()).then_some(token)
        }
        _ => None,
    }
}

/// Writes every facts field name, comma-separated (for an unknown field's message).
pub(crate) fn write_field_names(f: &mut fmt::Formatter<'_>) -> fmt::Result {
    for (i, field) in FactField::ALL.iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        f.write_str(field.as_str())?;
    }
    Ok(())
}

/// Writes what `field` accepts, after an error of `kind` in it: ` (allowed: a, b, …)` for
/// the named values, ` (expected: …)` for the others; nothing for other kinds of error.
pub(crate) fn write_expected(
    kind: ErrorKind,
    field: &str,
    f: &mut fmt::Formatter<'_>,
) -> fmt::Result {
    /// ` (allowed: <prefix>a, b, c)`.
    fn allowed<T: Copy + fmt::Display>(
        prefix: &str,
        all: &[T],
        f: &mut fmt::Formatter<'_>,
    ) -> fmt::Result {
        write!(f, " (allowed: {prefix}")?;
        for (i, v) in all.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            fmt::Display::fmt(v, f)?;
        }
        f.write_str(")")
    }
    if !matches!(
        kind,
        ErrorKind::ValueOutOfRange | ErrorKind::WrongType | ErrorKind::InvalidTimestamp
    ) {
        return Ok(());
    }
    let Some(field) = FactField::from_name(field) else {
        return Ok(());
    };
    match field.kind() {
        ValueKind::Role => allowed("", Role::ALL, f),
        ValueKind::Protection => allowed("", Protection::ALL, f),
        ValueKind::Exposure => allowed("", Exposure::ALL, f),
        ValueKind::Breach => allowed("a list of ", BreachKind::ALL, f),
        ValueKind::Data => allowed("a list of ", DataKind::ALL, f),
        ValueKind::Time => {
            f.write_str(" (expected: RFC 3339 with a UTC offset, e.g. 2026-11-20T09:00:00Z)")
        }
        ValueKind::Count => f.write_str(" (expected: a non-negative integer)"),
        ValueKind::Number => f.write_str(" (expected: a non-negative number)"),
        ValueKind::Bool => f.write_str(" (expected: true or false)"),
    }
}

/// The JSON key (a string without escapes) that starts at byte `offset` of `input`, e.g.
/// to name the field of an [`ErrorKind::UnknownField`] error, whose location is the
/// key's opening quote.
pub fn key_at(input: &[u8], offset: usize) -> Option<&str> {
    let rest = input.get(offset..)?;
    let body = rest.strip_prefix(b"\"")?;
    let end = body.iter().position(|b| *b == b'"' || *b == b'\\')?;
    core::str::from_utf8(body.get(..end)?).ok()
}

#[cfg(test)]
mod tests {
    use super::json::scan;
    use super::*;

    fn parse(s: &str) -> Result<Facts, Error> {
        Facts::from_json(s.as_bytes())
    }

    fn err(s: &str) -> (ErrorKind, Location) {
        // An accepted input yields a pair no test expects.
        parse(s)
            .err()
            .map_or((ErrorKind::InvalidOption, Location::Input), |e| {
                (e.kind, e.at)
            })
    }

    const FULL: &str = r#"{
  "role": "controller",
  "aware_at": "2026-11-20T09:00:00Z",
  "authority_notified_at": "2026-11-24T10:00:00+01:00",
  "breach": ["confidentiality", "integrity", "availability"],
  "data": ["contact", "identification", "credentials", "financial", "special", "criminal",
           "location", "communications", "behavioural", "other"],
  "subjects": 1200,
  "records": 5000,
  "vulnerable_subjects": false,
  "protection": "none",
  "key_compromised": false,
  "exposure": "unknown_recipient",
  "malicious": true,
  "recovered": false,
  "backup": true,
  "unavailable_hours": 4,
  "high_risk_mitigated": false,
  "disproportionate_effort": false,
  "public_communication": false
}"#;

    #[test]
    fn contract_example_parses_completely() {
        let f = parse(FULL).unwrap_or_default();
        assert_eq!(f.known_fields().iter().count(), FACT_FIELD_COUNT);
        assert_eq!(f.role, Some(Role::Controller));
        assert_eq!(f.breach, Some(BreachKinds::all()));
        assert_eq!(f.data, Some(DataKinds::all()));
        assert_eq!(f.subjects, Some(1200));
        assert_eq!(f.unavailable_hours, Some(Decimal::new(4, 0)));
        assert_eq!(f.exposure, Some(Exposure::UnknownRecipient));
        assert_eq!(
            f.authority_notified_at
                .map(|t| t.to_rfc3339_utc())
                .as_deref(),
            Some("2026-11-24T09:00:00Z")
        );
        assert_eq!(FactField::ALL.len(), FACT_FIELD_COUNT);
    }

    #[test]
    fn empty_null_and_duplicates_in_lists() {
        assert_eq!(parse("{}").ok(), Some(Facts::unknown()));
        assert_eq!(parse("\u{feff}{}").ok(), Some(Facts::unknown()));
        assert_eq!(
            err("\u{feff}{\"subjects\":-1}"),
            (
                ErrorKind::ValueOutOfRange,
                Location::Field("subjects", Some(15))
            )
        );
        assert_eq!(parse(" {\"role\": null} ").ok(), Some(Facts::unknown()));
        let f = parse(r#"{"breach":["availability","availability"],"data":[]}"#).ok();
        assert_eq!(
            f.and_then(|f| f.breach),
            Some(BreachKinds::new().with(BreachKind::Availability))
        );
        assert_eq!(f.and_then(|f| f.data), Some(DataKinds::new()));
        let f = parse(r#"{"role":"\u0070rocessor"}"#).ok();
        assert_eq!(f.and_then(|f| f.role), Some(Role::Processor));
    }

    #[test]
    fn errors_name_field_and_offset() {
        assert_eq!(
            err(r#"{"role":"controller","zz":1}"#),
            (ErrorKind::UnknownField, Location::Byte(21))
        );
        assert_eq!(key_at(br#"{"role":"controller","zz":1}"#, 21), Some("zz"));
        assert_eq!(
            err(r#"{"subjects": -3}"#),
            (
                ErrorKind::ValueOutOfRange,
                Location::Field("subjects", Some(13))
            )
        );
        assert_eq!(
            err(r#"{"subjects": 1.5}"#),
            (
                ErrorKind::ValueOutOfRange,
                Location::Field("subjects", Some(13))
            )
        );
        assert_eq!(
            err(r#"{"subjects": "12"}"#),
            (ErrorKind::WrongType, Location::Field("subjects", Some(13)))
        );
        assert_eq!(
            err(r#"{"unavailable_hours": -1}"#),
            (
                ErrorKind::ValueOutOfRange,
                Location::Field("unavailable_hours", Some(22))
            )
        );
        assert_eq!(
            err(r#"{"unavailable_hours": 1e999}"#),
            (
                ErrorKind::ValueOutOfRange,
                Location::Field("unavailable_hours", Some(22))
            )
        );
        assert_eq!(
            err(r#"{"backup": "yes"}"#),
            (ErrorKind::WrongType, Location::Field("backup", Some(11)))
        );
        assert_eq!(
            err(r#"{"role": "owner"}"#),
            (ErrorKind::ValueOutOfRange, Location::Field("role", Some(9)))
        );
        assert_eq!(
            err(r#"{"role": 3}"#),
            (ErrorKind::WrongType, Location::Field("role", Some(9)))
        );
        assert_eq!(
            err(r#"{"breach": "availability"}"#),
            (ErrorKind::WrongType, Location::Field("breach", Some(11)))
        );
        assert_eq!(
            err(r#"{"breach": ["leak"]}"#),
            (
                ErrorKind::ValueOutOfRange,
                Location::Field("breach", Some(11))
            )
        );
        assert_eq!(
            err(r#"{"breach": [["confidentiality"]]}"#).0,
            ErrorKind::WrongType
        );
        assert_eq!(
            err(r#"{"aware_at": "2026-11-20T09:00:00"}"#),
            (
                ErrorKind::InvalidTimestamp,
                Location::Field("aware_at", Some(13))
            )
        );
        assert_eq!(
            err(r#"{"backup": true, "backup": false}"#),
            (
                ErrorKind::DuplicateField,
                Location::Field("backup", Some(17))
            )
        );
    }

    #[test]
    fn malformed_json_points_at_the_bad_byte() {
        assert_eq!(err(""), (ErrorKind::MalformedJson, Location::Byte(0)));
        assert_eq!(err("[]"), (ErrorKind::MalformedJson, Location::Byte(0)));
        assert_eq!(err("{} x"), (ErrorKind::MalformedJson, Location::Byte(3)));
        assert_eq!(
            err("{\"role\""),
            (ErrorKind::MalformedJson, Location::Field("role", Some(7)))
        );
        assert_eq!(
            err(r#"{"backup": true,}"#),
            (ErrorKind::MalformedJson, Location::Byte(16))
        );
        assert_eq!(err(r#"{"backup": tru}"#).0, ErrorKind::MalformedJson);
        assert_eq!(
            err(r#"{"unavailable_hours": .5}"#),
            (ErrorKind::MalformedJson, Location::Byte(22))
        );
        assert_eq!(
            err(r#"{"unavailable_hours": 1.}"#),
            (ErrorKind::MalformedJson, Location::Byte(22))
        );
        assert_eq!(
            err("{\"role\":\"controller\"\n"),
            (ErrorKind::MalformedJson, Location::Byte(21))
        );
        assert_eq!(
            parse("{\"role\":\"\u{e9}\"}").map_err(|e| e.kind),
            Err(ErrorKind::ValueOutOfRange)
        );
        assert_eq!(
            Facts::from_json(b"{\"role\":\"\xff\"}").map_err(|e| e.kind),
            Err(ErrorKind::InvalidUtf8)
        );
    }

    #[test]
    fn oversized_input_is_a_capacity_error() {
        let mut big = [b' '; MAX_FACTS_BYTES + 1];
        if let Some(first) = big.first_mut() {
            *first = b'{';
        }
        assert_eq!(
            Facts::from_json(&big).map_err(|e| e.kind),
            Err(ErrorKind::CapacityExceeded {
                limit: Limit::FactsBytes
            })
        );
    }

    #[test]
    fn merge_prefers_self() {
        let explicit = parse(r#"{"role":"processor","subjects":3}"#).unwrap_or_default();
        let derived = parse(r#"{"role":"controller","records":9}"#).unwrap_or_default();
        let m = explicit.merged_over(&derived);
        assert_eq!(m.role, Some(Role::Processor));
        assert_eq!(m.subjects, Some(3));
        assert_eq!(m.records, Some(9));
    }

    #[test]
    fn serializes_back_to_contract_json() {
        let f = parse(FULL).unwrap_or_default();
        let mut buf = [0u8; 2048];
        let n = serde_json_core::to_slice(&f, &mut buf).unwrap_or(0);
        let json = buf.get(..n).unwrap_or_default();
        assert!(json.starts_with(br#"{"role":"controller","aware_at":"2026-11-20T09:00:00Z","authority_notified_at":"2026-11-24T09:00:00Z","breach":["confidentiality","integrity","availability"]"#));
        assert_eq!(Facts::from_json(json).ok(), Some(f));
        // Numbers are raw JSON number tokens, integers of `unavailable_hours` with the
        // fractional zero the float writer gave them.
        let contains = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).any(|w| w == needle);
        assert!(contains(json, br#""subjects":1200,"records":5000,"#));
        assert!(contains(json, br#""unavailable_hours":4.0,"#));
        let half = parse(r#"{"unavailable_hours": 4.50}"#).unwrap_or_default();
        let n = serde_json_core::to_slice(&half, &mut buf).unwrap_or(0);
        assert_eq!(buf.get(..n), Some(&br#"{"unavailable_hours":4.5}"#[..]));
        let n = serde_json_core::to_slice(&Facts::unknown(), &mut buf).unwrap_or(0);
        assert_eq!(buf.get(..n), Some(&b"{}"[..]));
    }

    #[test]
    fn scanner_is_bounded() {
        let mut deep = [b'['; 1000];
        if let Some(first) = deep.first_mut() {
            *first = b'{';
        }
        let s = scan(&deep, 0);
        assert!(s.error.is_some());
    }
}
