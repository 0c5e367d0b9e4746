//! What each decision assumed about the unknown facts, and what it would be otherwise
//! (contract §4 `assumptions`).
//!
//! The decision is taken on `Known::assumed`: the facts with every unknown decision
//! field at the value the policy assumes (legal.md §5.1 "Unknown facts"). For each
//! unknown field, the engine then re-decides with that field taken the other way (its
//! opposite side; for `exposure`, which is assumed in the middle of its range, both
//! ways), the other unknowns staying as assumed. Every change that alters a decision is
//! listed as `{"field", "assumed", "if", "otherwise"}`: computed by the same rule, never
//! guessed.
//!
//! Two pairs of fields only matter together, so the other way of one brings its partner
//! along when the partner is unknown too: encryption is credited with its key safe
//! (`protection` → `key_compromised`), and a backup with the outage over in good time
//! (`backup` ↔ `unavailable_hours`).

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

use super::Level;
use super::known::{DECISION_FIELDS, Known, Side};
use super::rule::{LARGE_SCALE_SUBJECTS, level};
use crate::decimal::Decimal;
use crate::facts::{DataKind, DataKinds, FactField, FactFields, Facts};
use crate::limits::MAX_ASSUMPTIONS;
use crate::obligations::{art34_1_subjects, art34_3_exemptions};

/// The value of a fact field, as the facts JSON writes it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FactValue {
    /// A boolean field.
    Bool(bool),
    /// A named value (`protection`, `exposure`).
    Name(&'static str),
    /// A count (`subjects`).
    Count(u64),
    /// A number of hours (`unavailable_hours`).
    Hours(Decimal),
    /// A list of data kinds (`data`).
    Data(DataKinds),
}

impl Serialize for FactValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            FactValue::Bool(b) => serializer.serialize_bool(*b),
            FactValue::Name(s) => serializer.serialize_str(s),
            FactValue::Count(n) => serializer.serialize_u64(*n),
            FactValue::Hours(h) => h.serialize(serializer),
            FactValue::Data(d) => d.serialize(serializer),
        }
    }
}

impl FactValue {
    /// The value of decision field `f` in `k` (`None` for a field that is not one).
    pub(crate) fn of(k: &Known, f: FactField) -> Option<FactValue> {
        Some(match f {
            FactField::Data => FactValue::Data(k.data),
            FactField::Subjects => FactValue::Count(k.subjects),
            FactField::VulnerableSubjects => FactValue::Bool(k.vulnerable),
            FactField::Protection => FactValue::Name(k.protection.as_str()),
            FactField::KeyCompromised => FactValue::Bool(k.key_compromised),
            FactField::Exposure => FactValue::Name(k.exposure.as_str()),
            FactField::Malicious => FactValue::Bool(k.malicious),
            FactField::Recovered => FactValue::Bool(k.recovered),
            FactField::Backup => FactValue::Bool(k.backup),
            FactField::UnavailableHours => FactValue::Hours(k.unavailable_hours),
            FactField::HighRiskMitigated => FactValue::Bool(k.high_risk_mitigated),
            FactField::DisproportionateEffort => FactValue::Bool(k.disproportionate_effort),
            // Not assumed: `breach` decides whether anything is decided; the others are
            // not read by the decisions.
            FactField::Role
            | FactField::AwareAt
            | FactField::AuthorityNotifiedAt
            | FactField::Breach
            | FactField::Records
            | FactField::PublicCommunication => return None,
        })
    }
}

/// A decision as `otherwise` reports it: a level (the risk) or whether an obligation
/// is owed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The risk level.
    Level(Level),
    /// Whether the obligation is owed (`required`).
    Required(bool),
}

impl Serialize for Outcome {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Outcome::Level(l) => l.serialize(serializer),
            Outcome::Required(b) => serializer.serialize_bool(*b),
        }
    }
}

/// One assumption a decision rests on (contract §4 `assumptions`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Assumption {
    /// The unknown fact.
    pub field: FactField,
    /// The value the decision took it to have.
    pub assumed: FactValue,
    /// The other value it was tried at.
    #[serde(rename = "if")]
    pub alternative: FactValue,
    /// The partner field taken the other way with it, when it is unknown too (see the
    /// module docs): `{"field": "key_compromised", "if": false}` beside encryption.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub also: Option<Also>,
    /// The decision with that other value.
    pub otherwise: Outcome,
}

/// The partner of an [`Assumption`]'s field, taken the other way with it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Also {
    /// The partner field (unknown too).
    pub field: FactField,
    /// The value it was tried at.
    #[serde(rename = "if")]
    pub value: FactValue,
}

/// The assumptions of one decision, at most [`MAX_ASSUMPTIONS`] (one per decision field
/// and one more for `exposure`, which is tried both ways: cannot overflow).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Assumptions(heapless::Vec<Assumption, MAX_ASSUMPTIONS>);

impl Assumptions {
    /// No assumptions.
    pub const fn new() -> Assumptions {
        Assumptions(heapless::Vec::new())
    }
    /// Appends `a` (dropped past the capacity, which the fields cannot reach).
    pub fn push(&mut self, a: Assumption) {
        let _fits = self.0.push(a);
    }
    /// The assumptions, in field order.
    pub fn iter(&self) -> impl Iterator<Item = &Assumption> {
        self.0.iter()
    }
    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// How many there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }
    /// Whether `field` is among them.
    pub fn contains(&self, field: FactField) -> bool {
        self.0.iter().any(|a| a.field == field)
    }
}

impl Serialize for Assumptions {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for a in &self.0 {
            seq.serialize_element(a)?;
        }
        seq.end()
    }
}

/// The value each unknown decision field was taken to have (`risk.assumed_facts`,
/// written as an object `{"field": value}`), whether or not it changes a decision: what a
/// form shows in place of a blank. Empty when the kind of breach is unknown (nothing is
/// decided).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AssumedFacts {
    known: Known,
    fields: FactFields,
}

impl AssumedFacts {
    /// No assumed facts.
    pub(crate) fn none(known: Known) -> AssumedFacts {
        AssumedFacts {
            known,
            fields: FactFields::new(),
        }
    }
    /// The fields that were assumed.
    pub fn fields(&self) -> FactFields {
        self.fields
    }
    /// The value assumed for `field`, if it was assumed.
    pub fn get(&self, field: FactField) -> Option<FactValue> {
        if self.fields.contains(field) {
            FactValue::of(&self.known, field)
        } else {
            None
        }
    }
}

impl Serialize for AssumedFacts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for f in self.fields.iter() {
            if let Some(v) = FactValue::of(&self.known, f) {
                map.serialize_entry(f.as_str(), &v)?;
            }
        }
        map.end()
    }
}

/// The assumptions of the three decisions of an assessment.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Assumed {
    /// The facts as decided: unknowns at their assumed values.
    pub known: Known,
    /// Of the risk level.
    pub level: Assumptions,
    /// Of the Art. 33(1) notification.
    pub notify: Assumptions,
    /// Of the Art. 34(1) communication.
    pub subjects: Assumptions,
    /// Every unknown decision field with its assumed value.
    pub facts: AssumedFacts,
}

impl Assumed {
    /// The assumed facts of `facts` and what each decision rests on. With `breach`
    /// unknown nothing is decided and nothing assumed.
    pub(crate) fn of(facts: &Facts) -> Assumed {
        let known = Known::assumed(facts);
        let mut out = Assumed {
            known,
            level: Assumptions::new(),
            notify: Assumptions::new(),
            subjects: Assumptions::new(),
            facts: AssumedFacts::none(known),
        };
        if !facts.is_known(FactField::Breach) {
            return out;
        }
        // The decision fields, and the Art. 34(3)(b), (c) facts (never presumed: `false`).
        let exemptions = [
            FactField::HighRiskMitigated,
            FactField::DisproportionateEffort,
        ];
        for f in DECISION_FIELDS.into_iter().chain(exemptions) {
            if !facts.is_known(f) && FactValue::of(&known, f).is_some() {
                out.facts.fields.insert(f);
            }
        }
        let lvl = level(&known, &mut ());
        let communicate = art34_1_subjects::decide(&known).0;
        for f in DECISION_FIELDS {
            if facts.is_known(f) {
                continue;
            }
            for side in [Side::Best, Side::Worst] {
                let Some((alt, partner)) = other_way(facts, &known, f, side) else {
                    continue;
                };
                let (Some(assumed), Some(alternative)) =
                    (FactValue::of(&known, f), FactValue::of(&alt, f))
                else {
                    continue;
                };
                let also = partner
                    .and_then(|p| FactValue::of(&alt, p).map(|value| Also { field: p, value }));
                let entry = |otherwise| Assumption {
                    field: f,
                    assumed,
                    alternative,
                    also,
                    otherwise,
                };
                let alt_level = level(&alt, &mut ());
                if alt_level != lvl {
                    out.level.push(entry(Outcome::Level(alt_level)));
                }
                if (alt_level >= Level::Risk) != (lvl >= Level::Risk) {
                    out.notify
                        .push(entry(Outcome::Required(alt_level >= Level::Risk)));
                }
                // `decide` from the level already found: below high nothing is owed;
                // at high only the Art. 34(3)(b), (c) facts can exempt (cheap tests).
                let alt_communicate = alt_level == Level::High
                    && art34_3_exemptions::exemption(&alt, alt_level).is_none();
                if alt_communicate != communicate {
                    out.subjects.push(entry(Outcome::Required(alt_communicate)));
                }
            }
        }
        out
    }
}

/// `known` with unknown field `f` taken the other way, towards `side` (`None` when that
/// side is the assumed value itself). Its partner comes along when unknown too (see the
/// module docs). Values are chosen to read well in the report: the representative of
/// the side, not an extreme like `u64::MAX`.
fn other_way(
    facts: &Facts,
    known: &Known,
    f: FactField,
    side: Side,
) -> Option<(Known, Option<FactField>)> {
    let mut alt = *known;
    let worst = side == Side::Worst;
    match f {
        FactField::Subjects if worst => alt.subjects = LARGE_SCALE_SUBJECTS + 1,
        FactField::Data if worst => alt.data = DataKinds::new().with(DataKind::Special),
        FactField::UnavailableHours if worst => return None,
        FactField::Subjects | FactField::Data | FactField::UnavailableHours => {
            alt.set_side(f, side);
        }
        FactField::Breach
        | FactField::VulnerableSubjects
        | FactField::Protection
        | FactField::KeyCompromised
        | FactField::Exposure
        | FactField::Malicious
        | FactField::Recovered
        | FactField::Backup
        | not_decision_field!() => alt.set_side(f, side),
    }
    if alt == *known {
        return None;
    }
    let partner = match f {
        FactField::Protection => Some(FactField::KeyCompromised),
        FactField::Backup => Some(FactField::UnavailableHours),
        FactField::UnavailableHours => Some(FactField::Backup),
        FactField::Breach
        | FactField::Data
        | FactField::Subjects
        | FactField::VulnerableSubjects
        | FactField::KeyCompromised
        | FactField::Exposure
        | FactField::Malicious
        | FactField::Recovered
        | not_decision_field!() => None,
    };
    let partner = partner.filter(|p| !facts.is_known(*p));
    if let Some(p) = partner {
        alt.set_side(p, side);
    }
    if f == FactField::Protection && side == Side::Best {
        // The best protection depends on the key (see `Known::set_side`).
        alt.set_side(f, side);
    }
    // The partner is reported only when it was actually moved.
    let partner = partner.filter(|p| !alt.same_at(known, *p));
    Some((alt, partner))
}
