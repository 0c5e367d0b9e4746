//! Fact completion: the facts with every unknown decision field filled in, at the
//! value the policy assumes (legal.md §5.1 "Unknown facts") or at either extreme of its
//! range (for the range of levels and the sweep over unknowns).

use super::rule::SIGNIFICANT_OUTAGE_HOURS;
use super::rule::{LARGE_SCALE_SUBJECTS, MANY_SUBJECTS};
use crate::decimal::Decimal;
use crate::facts::{
    BreachKind, BreachKinds, DataKind, DataKinds, Exposure, FactField, FactFields, Facts,
    Protection,
};

/// Which end of its range an unknown fact takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    /// The value least likely to harm (lowest risk, exemptions apply).
    Best,
    /// The value most likely to harm.
    Worst,
}

impl Side {
    const fn flipped(self) -> Side {
        match self {
            Side::Best => Side::Worst,
            Side::Worst => Side::Best,
        }
    }
}

/// The facts that risk and the Art. 34 decision read and that can be unknown on either
/// side (the Art. 34(3) exemption facts are never presumed, see [`Known::complete`]).
pub(crate) const DECISION_FIELDS: [FactField; 11] = [
    FactField::Breach,
    FactField::Data,
    FactField::Subjects,
    FactField::VulnerableSubjects,
    // Before `Protection`: the most favourable protection depends on the key.
    FactField::KeyCompromised,
    FactField::Protection,
    FactField::Exposure,
    FactField::Malicious,
    FactField::Recovered,
    FactField::Backup,
    FactField::UnavailableHours,
];

/// Facts with every decision field filled in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Known {
    pub breach: BreachKinds,
    pub data: DataKinds,
    pub subjects: u64,
    pub vulnerable: bool,
    pub protection: Protection,
    pub key_compromised: bool,
    pub exposure: Exposure,
    pub malicious: bool,
    pub recovered: bool,
    pub backup: bool,
    pub unavailable_hours: Decimal,
    pub high_risk_mitigated: bool,
    pub disproportionate_effort: bool,
    /// Fields whose value was assumed (unknown in the facts).
    pub assumed: FactFields,
}

impl Known {
    /// `facts` with every unknown at `side`, except `flip`, which takes the other side.
    pub(crate) fn complete(facts: &Facts, side: Side, flip: Option<FactField>) -> Known {
        let mut assumed = FactFields::new();
        for f in FactField::ALL {
            if !facts.is_known(*f) {
                assumed.insert(*f);
            }
        }
        // Known values first (placeholders where unknown), then every unknown decision
        // field at its side: one definition of the extremes, in `set_side`.
        let mut k = Known {
            assumed,
            breach: facts.breach.unwrap_or_default(),
            data: facts.data.unwrap_or_default(),
            subjects: facts.subjects.unwrap_or(1),
            vulnerable: facts.vulnerable_subjects.unwrap_or(false),
            protection: facts.protection.unwrap_or(Protection::None),
            key_compromised: facts.key_compromised.unwrap_or(false),
            exposure: facts.exposure.unwrap_or(Exposure::None),
            malicious: facts.malicious.unwrap_or(false),
            recovered: facts.recovered.unwrap_or(false),
            backup: facts.backup.unwrap_or(false),
            unavailable_hours: facts.unavailable_hours.unwrap_or(Decimal::ZERO),
            // An Art. 34(3) exemption is the controller's to demonstrate (accountability,
            // Art. 5(2)): unknown means not established, on either side.
            high_risk_mitigated: facts.high_risk_mitigated.unwrap_or(false),
            disproportionate_effort: facts.disproportionate_effort.unwrap_or(false),
        };
        for f in DECISION_FIELDS {
            if !facts.is_known(f) {
                k.set_side(
                    f,
                    if flip == Some(f) {
                        side.flipped()
                    } else {
                        side
                    },
                );
            }
        }
        k
    }

    /// `facts` with every unknown decision field at the value the policy assumes
    /// (legal.md §5.1 "Unknown facts: decide on the facts given"): see
    /// [`Known::set_assumed`].
    pub(crate) fn assumed(facts: &Facts) -> Known {
        let mut k = Known::complete(facts, Side::Best, None);
        for f in DECISION_FIELDS {
            if !facts.is_known(f) {
                k.set_assumed(f);
            }
        }
        k
    }

    /// Sets decision field `f` to the value the policy assumes when it is unknown:
    ///
    /// - mitigating facts the controller must demonstrate are not established: no
    ///   protection, the key not shown safe, no backup, not recovered, the outage not
    ///   shown to have ended in good time (Recital 85, Art. 5(2));
    /// - aggravating facts are absent, as the EDPB's worked cases treat an unmentioned
    ///   one: ordinary data only, not vulnerable, not malicious, not many people;
    /// - who saw the data: unknown recipients (the audience is not shown to be limited).
    ///
    /// `breach` is not assumed (without it nothing is decided); it is left at its best
    /// side, and the level reported `unknown`.
    pub(crate) fn set_assumed(&mut self, f: FactField) {
        match f {
            FactField::Breach => self.set_side(f, Side::Best),
            FactField::Data => self.data = DataKinds::new().with(DataKind::Other),
            FactField::Subjects => self.subjects = MANY_SUBJECTS,
            FactField::VulnerableSubjects => self.vulnerable = false,
            FactField::Protection => self.protection = Protection::None,
            FactField::KeyCompromised => self.key_compromised = true,
            FactField::Exposure => self.exposure = Exposure::UnknownRecipient,
            FactField::Malicious => self.malicious = false,
            FactField::Recovered => self.recovered = false,
            FactField::Backup => self.backup = false,
            FactField::UnavailableHours => self.unavailable_hours = SIGNIFICANT_OUTAGE_HOURS,
            // Not decision fields (the exemptions are already "not established").
            not_decision_field!() => {}
        }
    }

    /// Whether `self` and `other` hold the same value of decision field `f` (the only
    /// field [`Known::set_side`] and [`Known::set_value`] change); all fields for any
    /// other `f`.
    pub(super) fn same_at(&self, other: &Known, f: FactField) -> bool {
        match f {
            FactField::Breach => self.breach == other.breach,
            FactField::Data => self.data == other.data,
            FactField::Subjects => self.subjects == other.subjects,
            FactField::VulnerableSubjects => self.vulnerable == other.vulnerable,
            FactField::Protection => self.protection == other.protection,
            FactField::KeyCompromised => self.key_compromised == other.key_compromised,
            FactField::Exposure => self.exposure == other.exposure,
            FactField::Malicious => self.malicious == other.malicious,
            FactField::Recovered => self.recovered == other.recovered,
            FactField::Backup => self.backup == other.backup,
            FactField::UnavailableHours => self.unavailable_hours == other.unavailable_hours,
            not_decision_field!() => self == other,
        }
    }

    /// Whether the protection makes the data unintelligible (Art. 34(3)(a)).
    pub(crate) fn unintelligible(&self) -> bool {
        matches!(self.protection, Protection::Encrypted | Protection::Hashed)
            && !self.key_compromised
    }
    /// Sets decision field `f` to the extreme `side` of its range (as
    /// [`Known::complete`] does for an unknown field). Changes that field only (the
    /// sweep of [`RestsOn`] relies on it).
    pub(crate) fn set_side(&mut self, f: FactField, side: Side) {
        let best = side == Side::Best;
        match f {
            FactField::Breach => {
                self.breach = if best {
                    BreachKinds::new()
                } else {
                    BreachKinds::all()
                };
            }
            FactField::Data => {
                self.data = if best {
                    DataKinds::new().with(DataKind::Other)
                } else {
                    DataKinds::all()
                };
            }
            FactField::Subjects => self.subjects = if best { 1 } else { u64::MAX },
            FactField::VulnerableSubjects => self.vulnerable = !best,
            // With a compromised key, encryption and hashing count for nothing and
            // pseudonymisation is the most favourable protection.
            FactField::Protection => {
                self.protection = match (best, self.key_compromised) {
                    (false, _) => Protection::None,
                    (true, false) => Protection::Encrypted,
                    (true, true) => Protection::Pseudonymised,
                };
            }
            FactField::KeyCompromised => self.key_compromised = !best,
            FactField::Exposure => {
                self.exposure = if best {
                    Exposure::None
                } else {
                    Exposure::Public
                };
            }
            FactField::Malicious => self.malicious = !best,
            FactField::Recovered => self.recovered = best,
            FactField::Backup => self.backup = best,
            FactField::UnavailableHours => {
                self.unavailable_hours = if best { Decimal::ZERO } else { Decimal::MAX };
            }
            not_decision_field!() => {}
        }
    }

    /// The representative value ([`Known::set_value`]) that stands for decision field
    /// `f` at its extreme `side` ([`Known::set_side`]) here: the level is the same with
    /// either. Exact for every field but three, whose worst side lies beyond their last
    /// representative and is read the same by the rule: every kind of data (sensitivity
    /// tier 4, as special categories), `u64::MAX` people (above the large-scale
    /// threshold), `Decimal::MAX` hours (a significant outage). The best protection
    /// depends on the key, as in [`Known::set_side`].
    pub(crate) fn side_value(&self, f: FactField, side: Side) -> usize {
        let worst = side == Side::Worst;
        let position =
            |all: &[Protection], p: Protection| all.iter().position(|q| *q == p).unwrap_or(0);
        match f {
            // Every kind: bits 0, 1 and 2 of the value (see `set_value`).
            FactField::Breach if worst => (1 << BreachKind::ALL.len()) - 1,
            // `Special`, `LARGE_SCALE_SUBJECTS + 1`.
            FactField::Data if worst => 3,
            FactField::Subjects if worst => 2,
            FactField::Protection => {
                let mut probe = *self;
                probe.set_side(f, side);
                position(Protection::ALL, probe.protection)
            }
            FactField::Exposure if worst => Exposure::ALL.len().saturating_sub(1),
            // Every other case: a field's first value is its best side, and a two-valued
            // field's second its worst (`SIGNIFICANT_OUTAGE_HOURS` for the hours).
            FactField::Breach
            | FactField::Data
            | FactField::Subjects
            | FactField::Exposure
            | FactField::VulnerableSubjects
            | FactField::KeyCompromised
            | FactField::Malicious
            | FactField::Recovered
            | FactField::Backup
            | FactField::UnavailableHours => usize::from(worst),
            not_decision_field!() => 0,
        }
    }

    /// Sets decision field `f` to the `i`-th of a few values that represent every
    /// distinction the rules make; `false` when there is no `i`-th value. Changes that
    /// field only.
    pub(crate) fn set_value(&mut self, f: FactField, i: usize) -> bool {
        const DATA: [DataKind; 4] = [
            DataKind::Other,
            DataKind::Location,
            DataKind::Financial,
            DataKind::Special,
        ];
        match f {
            FactField::Breach => {
                if i >= 8 {
                    return false;
                }
                self.breach = BreachKind::ALL
                    .iter()
                    .enumerate()
                    .filter(|(bit, _)| i & (1 << bit) != 0)
                    .map(|(_, k)| *k)
                    .collect();
            }
            FactField::Data => match DATA.get(i) {
                Some(d) => self.data = DataKinds::new().with(*d),
                None => return false,
            },
            FactField::Subjects => {
                self.subjects = match i {
                    0 => 1,
                    1 => MANY_SUBJECTS + 1,
                    2 => LARGE_SCALE_SUBJECTS + 1,
                    _ => return false,
                }
            }
            FactField::Protection => match Protection::ALL.get(i) {
                Some(p) => self.protection = *p,
                None => return false,
            },
            FactField::Exposure => match Exposure::ALL.get(i) {
                Some(e) => self.exposure = *e,
                None => return false,
            },
            FactField::UnavailableHours => {
                self.unavailable_hours = match i {
                    0 => Decimal::ZERO,
                    1 => SIGNIFICANT_OUTAGE_HOURS,
                    _ => return false,
                };
            }
            FactField::VulnerableSubjects
            | FactField::KeyCompromised
            | FactField::Malicious
            | FactField::Recovered
            | FactField::Backup => {
                let side = match i {
                    0 => Side::Best,
                    1 => Side::Worst,
                    _ => return false,
                };
                self.set_side(f, side);
            }
            not_decision_field!() => return false,
        }
        true
    }
}

/// Sensitivity tier of a data set, before adjustments: 0 no personal data, 1 contact or
/// other ordinary data, 2 location/communications/behavioural, 3 identification,
/// financial or credentials, 4 special-category (Art. 9) or criminal (Art. 10) data.
#[cfg(test)]
impl Known {
    /// A test fixture shared by the obligation tests: an unprotected confidentiality breach
    /// of `data` about `subjects` people, seen by `exposure`; not malicious, nothing
    /// recovered, a backup kept, nothing assumed.
    pub(crate) fn test_breach(data: DataKind, subjects: u64, exposure: Exposure) -> Known {
        Known {
            breach: BreachKinds::new().with(BreachKind::Confidentiality),
            data: DataKinds::new().with(data),
            subjects,
            vulnerable: false,
            protection: Protection::None,
            key_compromised: false,
            exposure,
            malicious: false,
            recovered: false,
            backup: true,
            unavailable_hours: Decimal::ZERO,
            high_risk_mitigated: false,
            disproportionate_effort: false,
            assumed: FactFields::new(),
        }
    }
}
