//! Incident facts (contract §3), parsed from JSON with `serde-json-core`.
//!
//! Every field is optional: an absent field (or an explicit `null`) means *unknown*, and
//! the obligations engine reports which unknowns its decisions rest on. Unknown fields,
//! duplicate fields, wrong JSON types and out-of-range values are errors that name the
//! field and the byte offset where they were found ([`Facts::from_json`]).
//!
//! Parsing is bounded: the input is at most [`MAX_FACTS_BYTES`]; the deserializer never
//! descends into a value it does not expect (an unknown field is refused at its key, so a
//! deeply nested value behind it is never parsed — serde-json-core would otherwise recurse
//! without limit); lists are stored as bitsets, so a long list with duplicates cannot
//! exceed a capacity. The only position scanner (`scan`) is iterative with a fixed depth.

use core::cell::Cell;
use core::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};

use crate::decimal::Decimal;
use crate::error::{Error, ErrorKind, Location};
use crate::limits::{Limit, MAX_FACTS_BYTES, MAX_FACTS_DEPTH, MAX_FACTS_STRING_BYTES};
use crate::time::Timestamp;

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
                match s {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
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

named_enum! {
    /// A field of the facts JSON (contract §3); [`FactField::as_str`] is its JSON name.
    FactField {
        /// `role`.
        Role = "role",
        /// `aware_at`.
        AwareAt = "aware_at",
        /// `authority_notified_at`.
        AuthorityNotifiedAt = "authority_notified_at",
        /// `breach`.
        Breach = "breach",
        /// `data`.
        Data = "data",
        /// `subjects`.
        Subjects = "subjects",
        /// `records`.
        Records = "records",
        /// `vulnerable_subjects`.
        VulnerableSubjects = "vulnerable_subjects",
        /// `protection`.
        Protection = "protection",
        /// `key_compromised`.
        KeyCompromised = "key_compromised",
        /// `exposure`.
        Exposure = "exposure",
        /// `malicious`.
        Malicious = "malicious",
        /// `recovered`.
        Recovered = "recovered",
        /// `backup`.
        Backup = "backup",
        /// `unavailable_hours`.
        UnavailableHours = "unavailable_hours",
        /// `high_risk_mitigated`.
        HighRiskMitigated = "high_risk_mitigated",
        /// `disproportionate_effort`.
        DisproportionateEffort = "disproportionate_effort",
        /// `public_communication`.
        PublicCommunication = "public_communication",
    }
}

/// Number of fields in the facts JSON (the length of [`FactField::ALL`]).
pub const FACT_FIELD_COUNT: usize = 18;

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

impl FactField {
    const fn json_type(self) -> FieldType {
        match self {
            FactField::Role | FactField::Protection | FactField::Exposure => FieldType::Name,
            FactField::AwareAt | FactField::AuthorityNotifiedAt => FieldType::Time,
            FactField::Breach | FactField::Data => FieldType::List,
            FactField::Subjects | FactField::Records => FieldType::Count,
            FactField::UnavailableHours => FieldType::Number,
            FactField::VulnerableSubjects
            | FactField::KeyCompromised
            | FactField::Malicious
            | FactField::Recovered
            | FactField::Backup
            | FactField::HighRiskMitigated
            | FactField::DisproportionateEffort
            | FactField::PublicCommunication => FieldType::Bool,
        }
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

/// Incident facts (contract §3). `None` means unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Facts {
    /// `role`: who is asking.
    pub role: Option<Role>,
    /// `aware_at`: when the controller became aware (starts the 72 h of Art. 33(1)).
    pub aware_at: Option<Timestamp>,
    /// `authority_notified_at`: when the authority was (or will be) notified.
    pub authority_notified_at: Option<Timestamp>,
    /// `breach`: the kinds of breach.
    pub breach: Option<BreachKinds>,
    /// `data`: the categories of data affected.
    pub data: Option<DataKinds>,
    /// `subjects`: approximate number of people affected.
    pub subjects: Option<u64>,
    /// `records`: approximate number of records affected.
    pub records: Option<u64>,
    /// `vulnerable_subjects`: children, patients or others in a position of dependency.
    pub vulnerable_subjects: Option<bool>,
    /// `protection`: state-of-the-art protection applied to the affected data.
    pub protection: Option<Protection>,
    /// `key_compromised`: the key (or hash secret) was also exposed.
    pub key_compromised: Option<bool>,
    /// `exposure`: who could see the data.
    pub exposure: Option<Exposure>,
    /// `malicious`: caused on purpose.
    pub malicious: Option<bool>,
    /// `recovered`: retrieved or deleted before anyone could misuse it.
    pub recovered: Option<bool>,
    /// `backup`: an up-to-date backup allowed restoring the data.
    pub backup: Option<bool>,
    /// `unavailable_hours`: how long the data was unavailable (non-negative, exact).
    pub unavailable_hours: Option<Decimal>,
    /// `high_risk_mitigated`: later measures make the high risk no longer likely
    /// (Art. 34(3)(b)).
    pub high_risk_mitigated: Option<bool>,
    /// `disproportionate_effort`: contacting each person would be disproportionate
    /// (Art. 34(3)(c)).
    pub disproportionate_effort: Option<bool>,
    /// `public_communication`: a public communication informs the people instead.
    pub public_communication: Option<bool>,
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
    /// Facts with every field unknown.
    pub const fn unknown() -> Facts {
        Facts {
            role: None,
            aware_at: None,
            authority_notified_at: None,
            breach: None,
            data: None,
            subjects: None,
            records: None,
            vulnerable_subjects: None,
            protection: None,
            key_compromised: None,
            exposure: None,
            malicious: None,
            recovered: None,
            backup: None,
            unavailable_hours: None,
            high_risk_mitigated: None,
            disproportionate_effort: None,
            public_communication: None,
        }
    }

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
        parse_object(json).map_err(|e| {
            let at = match e.at {
                Location::Byte(b) => Location::Byte(b + skip),
                Location::Field(name, b) => Location::Field(name, b.map(|b| b + skip)),
                other => other,
            };
            Error::new(e.kind, at)
        })
    }

    /// These facts over `base`: each field is taken from `self` when known, else from
    /// `base` (used to put explicit facts over facts read from the notice text).
    pub fn merged_over(&self, base: &Facts) -> Facts {
        Facts {
            role: self.role.or(base.role),
            aware_at: self.aware_at.or(base.aware_at),
            authority_notified_at: self.authority_notified_at.or(base.authority_notified_at),
            breach: self.breach.or(base.breach),
            data: self.data.or(base.data),
            subjects: self.subjects.or(base.subjects),
            records: self.records.or(base.records),
            vulnerable_subjects: self.vulnerable_subjects.or(base.vulnerable_subjects),
            protection: self.protection.or(base.protection),
            key_compromised: self.key_compromised.or(base.key_compromised),
            exposure: self.exposure.or(base.exposure),
            malicious: self.malicious.or(base.malicious),
            recovered: self.recovered.or(base.recovered),
            backup: self.backup.or(base.backup),
            unavailable_hours: self.unavailable_hours.or(base.unavailable_hours),
            high_risk_mitigated: self.high_risk_mitigated.or(base.high_risk_mitigated),
            disproportionate_effort: self
                .disproportionate_effort
                .or(base.disproportionate_effort),
            public_communication: self.public_communication.or(base.public_communication),
        }
    }

    /// Whether `field` is known.
    pub fn is_known(&self, field: FactField) -> bool {
        match field {
            FactField::Role => self.role.is_some(),
            FactField::AwareAt => self.aware_at.is_some(),
            FactField::AuthorityNotifiedAt => self.authority_notified_at.is_some(),
            FactField::Breach => self.breach.is_some(),
            FactField::Data => self.data.is_some(),
            FactField::Subjects => self.subjects.is_some(),
            FactField::Records => self.records.is_some(),
            FactField::VulnerableSubjects => self.vulnerable_subjects.is_some(),
            FactField::Protection => self.protection.is_some(),
            FactField::KeyCompromised => self.key_compromised.is_some(),
            FactField::Exposure => self.exposure.is_some(),
            FactField::Malicious => self.malicious.is_some(),
            FactField::Recovered => self.recovered.is_some(),
            FactField::Backup => self.backup.is_some(),
            FactField::UnavailableHours => self.unavailable_hours.is_some(),
            FactField::HighRiskMitigated => self.high_risk_mitigated.is_some(),
            FactField::DisproportionateEffort => self.disproportionate_effort.is_some(),
            FactField::PublicCommunication => self.public_communication.is_some(),
        }
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

    /// Stores a decoded value (a `null` leaves the field unknown).
    fn set(&mut self, field: FactField, value: Value) {
        match (field, value) {
            (FactField::Role, Value::Role(v)) => self.role = Some(v),
            (FactField::AwareAt, Value::Time(v)) => self.aware_at = Some(v),
            (FactField::AuthorityNotifiedAt, Value::Time(v)) => {
                self.authority_notified_at = Some(v);
            }
            (FactField::Breach, Value::Breach(v)) => self.breach = Some(v),
            (FactField::Data, Value::Data(v)) => self.data = Some(v),
            (FactField::Subjects, Value::Count(v)) => self.subjects = Some(v),
            (FactField::Records, Value::Count(v)) => self.records = Some(v),
            (FactField::Protection, Value::Protection(v)) => self.protection = Some(v),
            (FactField::Exposure, Value::Exposure(v)) => self.exposure = Some(v),
            (FactField::UnavailableHours, Value::Number(v)) => {
                self.unavailable_hours = Some(v);
            }
            (FactField::VulnerableSubjects, Value::Bool(v)) => {
                self.vulnerable_subjects = Some(v);
            }
            (FactField::KeyCompromised, Value::Bool(v)) => self.key_compromised = Some(v),
            (FactField::Malicious, Value::Bool(v)) => self.malicious = Some(v),
            (FactField::Recovered, Value::Bool(v)) => self.recovered = Some(v),
            (FactField::Backup, Value::Bool(v)) => self.backup = Some(v),
            (FactField::HighRiskMitigated, Value::Bool(v)) => {
                self.high_risk_mitigated = Some(v);
            }
            (FactField::DisproportionateEffort, Value::Bool(v)) => {
                self.disproportionate_effort = Some(v);
            }
            (FactField::PublicCommunication, Value::Bool(v)) => {
                self.public_communication = Some(v);
            }
            // `Value::Null`, and pairs the seeds never produce.
            _ => {}
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
        macro_rules! field {
            ($f:ident, $name:expr) => {
                if let Some(v) = &self.$f {
                    s.serialize_field($name, v)?;
                }
            };
        }
        field!(role, "role");
        field!(aware_at, "aware_at");
        field!(authority_notified_at, "authority_notified_at");
        field!(breach, "breach");
        field!(data, "data");
        field!(subjects, "subjects");
        field!(records, "records");
        field!(vulnerable_subjects, "vulnerable_subjects");
        field!(protection, "protection");
        field!(key_compromised, "key_compromised");
        field!(exposure, "exposure");
        field!(malicious, "malicious");
        field!(recovered, "recovered");
        field!(backup, "backup");
        field!(unavailable_hours, "unavailable_hours");
        field!(high_risk_mitigated, "high_risk_mitigated");
        field!(disproportionate_effort, "disproportionate_effort");
        field!(public_communication, "public_communication");
        s.end()
    }
}

// ---------------------------------------------------------------------------------------
// Deserialization with a side channel that records where the parser was.

/// Where the deserializer was, for error locations (serde-json-core errors carry none).
#[derive(Default)]
struct Progress<'a> {
    /// The whole JSON input (numbers are read from it directly, see [`read_number`]).
    input: &'a [u8],
    /// The offset of a syntax error found while reading a number.
    syntax_at: Cell<Option<usize>>,
    /// Keys started so far (the failing key is number `keys - 1`).
    keys: Cell<usize>,
    /// The field whose value is being read.
    field: Cell<Option<FactField>>,
    /// The last key was not a contract field.
    unknown_key: Cell<bool>,
    /// A precise diagnosis set by a visitor before it failed.
    kind: Cell<Option<ErrorKind>>,
}

impl Progress<'_> {
    fn fail<E: de::Error>(&self, kind: ErrorKind) -> E {
        self.kind.set(Some(kind));
        E::custom("facts")
    }
}

struct FactsSeed<'p> {
    progress: &'p Progress<'p>,
}

impl<'de> DeserializeSeed<'de> for FactsSeed<'_> {
    type Value = Facts;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Facts, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for FactsSeed<'_> {
    type Value = Facts;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object of incident facts")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Facts, A::Error> {
        let p = self.progress;
        let mut facts = Facts::unknown();
        let mut seen = FactFields::new();
        loop {
            p.keys.set(p.keys.get().saturating_add(1));
            p.field.set(None);
            let Some(field) = map.next_key_seed(KeySeed { progress: p })? else {
                break;
            };
            p.field.set(Some(field));
            if seen.contains(field) {
                return Err(p.fail(ErrorKind::DuplicateField));
            }
            seen.insert(field);
            let value = map.next_value_seed(ValueSeed { field, progress: p })?;
            facts.set(field, value);
        }
        p.field.set(None);
        Ok(facts)
    }
}

struct KeySeed<'p> {
    progress: &'p Progress<'p>,
}

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = FactField;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<FactField, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_> {
    type Value = FactField;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name of contract §3")
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<FactField, E> {
        FactField::from_name(s).ok_or_else(|| {
            self.progress.unknown_key.set(true);
            self.progress.fail(ErrorKind::UnknownField)
        })
    }
}

/// Reads the value of `field`: `null`, or a value of the field's type.
struct ValueSeed<'p> {
    field: FactField,
    progress: &'p Progress<'p>,
}

impl<'de> DeserializeSeed<'de> for ValueSeed<'_> {
    type Value = Value;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_option(self)
    }
}

impl<'de> Visitor<'de> for ValueSeed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a value for `{}`", self.field)
    }

    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        match self.field.json_type() {
            FieldType::Name | FieldType::Time => d.deserialize_str(ScalarVisitor(self)),
            FieldType::List => d.deserialize_seq(ListVisitor(self)),
            FieldType::Count | FieldType::Number => {
                // Never `deserialize_f64`: it parses with `f64::from_str` (rounding, and
                // linking the float parser). The token is read exactly from the input,
                // then skipped.
                let value = read_number(self.field, self.progress)
                    .map_err(|kind| self.progress.fail::<D::Error>(kind))?;
                d.deserialize_ignored_any(SkipNumber)?;
                Ok(value)
            }
            FieldType::Bool => d.deserialize_bool(ScalarVisitor(self)),
        }
    }
}

/// Visitor for a field's scalar value (string, number or boolean).
struct ScalarVisitor<'p>(ValueSeed<'p>);

impl<'de> Visitor<'de> for ScalarVisitor<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Value, E> {
        let p = self.0.progress;
        let out_of_range = || p.fail(ErrorKind::ValueOutOfRange);
        match self.0.field {
            FactField::Role => Role::from_name(s).map(Value::Role).ok_or_else(out_of_range),
            FactField::Protection => Protection::from_name(s)
                .map(Value::Protection)
                .ok_or_else(out_of_range),
            FactField::Exposure => Exposure::from_name(s)
                .map(Value::Exposure)
                .ok_or_else(out_of_range),
            FactField::AwareAt | FactField::AuthorityNotifiedAt => Timestamp::parse_rfc3339(s)
                .map(Value::Time)
                .map_err(|k| p.fail(k)),
            _ => Err(p.fail(ErrorKind::WrongType)),
        }
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Value, E> {
        match self.0.field.json_type() {
            FieldType::Bool => Ok(Value::Bool(v)),
            _ => Err(self.0.progress.fail(ErrorKind::WrongType)),
        }
    }
}

/// Reads the value of number field `field` (a count or `unavailable_hours`) from the raw
/// input, exactly, before the deserializer skips it ([`SkipNumber`]).
///
/// The value is found with [`scan`] (the current key is number `keys - 1`). A value that
/// does not start like a number is [`ErrorKind::WrongType`]; a token that is not a JSON
/// number, or is followed by anything but the object's `,` or `}`, is a syntax error
/// ([`ErrorKind::MalformedJson`] at the first bad byte, recorded in `syntax_at`); a
/// negative value, a fractional count or one above [`MAX_COUNT`], or a number outside
/// the [`Decimal`] range is [`ErrorKind::ValueOutOfRange`]; `unavailable_hours` with more
/// digits than a [`Decimal`] holds is [`ErrorKind::CapacityExceeded`].
fn read_number(field: FactField, p: &Progress<'_>) -> Result<Value, ErrorKind> {
    let input = p.input;
    let scanned = scan(input, p.keys.get().saturating_sub(1));
    let syntax = |at: usize| {
        p.syntax_at.set(Some(scanned.error.unwrap_or(at)));
        ErrorKind::MalformedJson
    };
    let Some((_, at)) = scanned.key else {
        return Err(syntax(input.len()));
    };
    if !matches!(input.get(at), Some(b'-' | b'+' | b'.' | b'0'..=b'9')) {
        return Err(ErrorKind::WrongType);
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
            return Err(ErrorKind::ValueOutOfRange);
        }
        Err(kind) => return Err(kind),
    };
    if value.is_negative() {
        return Err(ErrorKind::ValueOutOfRange);
    }
    match field.json_type() {
        FieldType::Count => value
            .to_u64()
            .filter(|n| *n <= MAX_COUNT)
            .map(Value::Count)
            .ok_or(ErrorKind::ValueOutOfRange),
        _ => Ok(Value::Number(value)),
    }
}

/// Skips a number token already read by [`read_number`] (serde-json-core's
/// `deserialize_ignored_any` consumes it up to the next `,` or `}`).
struct SkipNumber;

impl<'de> Visitor<'de> for SkipNumber {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number")
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
}

/// Visitor for the list fields `breach` and `data`.
struct ListVisitor<'p>(ValueSeed<'p>);

impl<'de> Visitor<'de> for ListVisitor<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let field = self.0.field;
        let p = self.0.progress;
        let mut breach = BreachKinds::new();
        let mut data = DataKinds::new();
        while let Some(name) = seq.next_element_seed(NameSeed { progress: p })? {
            match field {
                FactField::Breach => match BreachKind::from_name(name.as_str()) {
                    Some(k) => breach.insert(k),
                    None => return Err(p.fail(ErrorKind::ValueOutOfRange)),
                },
                _ => match DataKind::from_name(name.as_str()) {
                    Some(k) => data.insert(k),
                    None => return Err(p.fail(ErrorKind::ValueOutOfRange)),
                },
            }
        }
        Ok(match field {
            FactField::Breach => Value::Breach(breach),
            _ => Value::Data(data),
        })
    }
}

/// A list element: a short string (longer ones cannot be a contract name).
struct NameSeed<'p> {
    progress: &'p Progress<'p>,
}

/// Longest list element kept for lookup; every contract name is shorter.
const MAX_NAME_BYTES: usize = 24;

impl<'de> DeserializeSeed<'de> for NameSeed<'_> {
    type Value = heapless::String<MAX_NAME_BYTES>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for NameSeed<'_> {
    type Value = heapless::String<MAX_NAME_BYTES>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a name from contract §3")
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
        let mut out = heapless::String::new();
        // A name longer than every contract name is simply not one of them.
        out.push_str(s)
            .map_err(|_| self.progress.fail(ErrorKind::ValueOutOfRange))?;
        Ok(out)
    }
}

/// Parses the facts object that makes up all of `bytes` (valid UTF-8, within size).
fn parse_object(bytes: &[u8]) -> Result<Facts, Error> {
    let progress = Progress {
        input: bytes,
        ..Progress::default()
    };
    let mut unescape = [0u8; MAX_FACTS_STRING_BYTES];
    let mut de = serde_json_core::de::Deserializer::new(bytes, Some(&mut unescape));
    let result = FactsSeed {
        progress: &progress,
    }
    .deserialize(&mut de)
    .and_then(|facts| de.end().map(|_| facts));
    let facts = result.map_err(|e| locate(bytes, &progress, e))?;
    // serde-json-core is lenient in a few places (numbers such as `.5` or `1.`, raw
    // control characters in strings): the strict scanner has the last word.
    if let Some(at) = scan(bytes, usize::MAX).error {
        return Err(Error::new(ErrorKind::MalformedJson, Location::Byte(at)));
    }
    Ok(facts)
}

/// Turns a serde-json-core error into an [`Error`] with a field name and byte offset.
fn locate(bytes: &[u8], p: &Progress<'_>, e: serde_json_core::de::Error) -> Error {
    use serde_json_core::de::Error as J;
    if let Some(at) = p.syntax_at.get() {
        // A malformed number: a syntax error of the document, like any other.
        return Error::new(ErrorKind::MalformedJson, Location::Byte(at));
    }
    let key_index = p.keys.get().saturating_sub(1);
    let scanned = scan(bytes, key_index);
    if p.unknown_key.get() {
        let at = scanned
            .key
            .map_or(Location::Input, |(k, _)| Location::Byte(k));
        return Error::new(ErrorKind::UnknownField, at);
    }
    if let Some(field) = p.field.get() {
        let name = field.as_str();
        if p.kind.get() == Some(ErrorKind::DuplicateField) {
            return Error::new(
                ErrorKind::DuplicateField,
                Location::Field(name, scanned.key.map(|(k, _)| k)),
            );
        }
        let value_at = scanned.key.map(|(_, v)| v);
        let first = value_at.and_then(|v| bytes.get(v)).copied();
        let type_matches = match (field.json_type(), first) {
            (_, Some(b'n')) | (_, None) => true,
            (FieldType::Name | FieldType::Time, Some(b)) => b == b'"',
            (FieldType::List, Some(b)) => b == b'[',
            (FieldType::Count | FieldType::Number, Some(b)) => b == b'-' || b.is_ascii_digit(),
            (FieldType::Bool, Some(b)) => b == b't' || b == b'f',
        };
        let kind = if let Some(kind) = p.kind.get() {
            kind
        } else if !type_matches {
            ErrorKind::WrongType
        } else {
            match e {
                J::InvalidType => ErrorKind::WrongType,
                J::InvalidNumber | J::CustomError | J::EscapedStringIsTooLong => {
                    ErrorKind::ValueOutOfRange
                }
                _ => ErrorKind::MalformedJson,
            }
        };
        let at = match (kind, scanned.error) {
            // A syntax error inside the value: point at the bad byte.
            (ErrorKind::MalformedJson, Some(b)) => Some(b),
            _ => value_at,
        };
        return Error::new(kind, Location::Field(name, at));
    }
    // Outside any value: a syntax error, or a document that is not an object.
    let at = scanned.error.unwrap_or_else(|| {
        bytes
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(bytes.len())
    });
    Error::new(ErrorKind::MalformedJson, Location::Byte(at))
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

// ---------------------------------------------------------------------------------------
// An iterative JSON scanner, used only to find byte offsets for error messages.

/// What [`scan`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Scan {
    /// Offset of the first syntax error (including nesting deeper than
    /// [`MAX_FACTS_DEPTH`] and trailing characters), if any.
    error: Option<usize>,
    /// Offsets of the wanted top-level key's opening quote and of its value.
    key: Option<(usize, usize)>,
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
fn scan(b: &[u8], want_key: usize) -> Scan {
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
fn skip_number(b: &[u8], start: usize) -> Option<usize> {
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
