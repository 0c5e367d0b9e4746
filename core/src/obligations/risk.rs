//! # Risk to the rights and freedoms of natural persons
//!
//! **Citation:** Art. 33(1) and 34(1) GDPR; Recitals 75, 76, 85; EDPB Guidelines 9/2022
//! §IV (= WP250rev.01 §IV); EDPB Guidelines 01/2021.
//!
//! **Rule.** The level is `unlikely` (no notification, Art. 33(1)), `risk` (notify the
//! authority) or `high` (also tell the people, Art. 34(1)). It is the highest level of the
//! breach's three aspects, each judged from likelihood and severity (legal.md §5.1):
//!
//! - *Confidentiality*: neutralised by encryption or hashing whose key is safe
//!   (9/2022 §IV, Art. 34(3)(a)) or when nobody saw the data. Otherwise the likelihood
//!   climbs the exposure ladder `internal`/`trusted_recipient` (1) < `known_recipient`
//!   (2) < `unknown_recipient` (3) < `malicious_actor`/`public` (4); a recovery lowers it
//!   one step, malice raises it one step. Severity is the data's sensitivity tier
//!   ([`sensitivity`]), lowered one step by pseudonymisation, raised one step for
//!   vulnerable people. High when likelihood ≥ 3 and severity ≥ 3, likelihood ≥ 2 and
//!   special/criminal data, likelihood 4 and severity ≥ 2, or vulnerable people and
//!   likelihood ≥ 3. Unlikely when likelihood ≤ 1 and severity ≤ 2 (special-category data
//!   is a strong indicator: never unlikely), unless more than [`MANY_SUBJECTS`] people
//!   are affected.
//! - *Integrity* and *availability* use the impact tier: the sensitivity tier raised one
//!   step for vulnerable people; tier 4 is "critical" (special-category data, or
//!   identity, financial or credential data of vulnerable people).
//! - *Integrity*: unlikely when the original was recovered before any use; high when
//!   critical data stays altered and no backup can put it right; risk otherwise.
//! - *Availability*: unlikely when a backup (or recovery) restored non-critical data of
//!   people who are not vulnerable within [`SIGNIFICANT_OUTAGE_HOURS`] (EDPB 01/2021
//!   Case 1); risk for a longer outage, for a permanent loss (no backup, not recovered),
//!   or for a short outage of critical or vulnerable people's data; high when critical
//!   data is lost for good or unavailable for [`SIGNIFICANT_OUTAGE_HOURS`] or more
//!   (01/2021 Case 3, 4). Encryption never cures an availability breach.
//!
//! **Unknown facts.** An Art. 34(3) exemption (`high_risk_mitigated`,
//! `disproportionate_effort`) is never presumed: unknown means not established, since
//! the controller must demonstrate it (Art. 5(2), 34(3)). Every other unknown fact is
//! set to its most favourable and to its least favourable value (`Side`); the rules
//! are monotone in every fact, so these two completions bound every possible one. When
//! both give the same decision it stands; otherwise the level is `unknown` (and an
//! obligation `null`) and `rests_on` lists the unknown facts whose value can change it
//! (`RestsOn`, one sweep for the level and the Art. 33(1) and 34(1) decisions). Reasons
//! are those that hold at both extremes.
//!
//! **Not encoded.** Controller context (a clinic's vs. a florist's customer list), the
//! volume of data per person, public availability before the breach, and the exact
//! nature of a sensitive item are not facts of contract §3; the ENISA layer
//! ([`super::enisa`]) is a second opinion, never overriding.

use serde::{Serialize, Serializer};

use super::enisa::Enisa;
use super::reasons::{Reason, ReasonList, ReasonSink};
use crate::decimal::Decimal;
use crate::facts::{
    BreachKind, BreachKinds, DataKind, DataKinds, Exposure, FactField, FactFields, Facts,
    Protection,
};
use crate::limits::MAX_UNKNOWN_COMBINATIONS;

/// Outages shorter than this, restored from a backup, do not disrupt the people's lives
/// (rationale: EDPB 01/2021 Case 1 treats a restore "within a few hours" as no risk and
/// Case 3 a two-day outage of hospital data as high risk; one day is where appointments,
/// care and payments start to slip). Hours.
pub const SIGNIFICANT_OUTAGE_HOURS: Decimal = Decimal::new(24, 0);

/// More people than this count as "a large number" that keeps an otherwise minor
/// breach at `risk` (EDPB 9/2022 §IV "number of affected individuals"; the figure is
/// ENISA 2013's flag "number of individuals > 100").
pub const MANY_SUBJECTS: u64 = 100;

/// The citation of the risk assessment.
pub const CITATION: &str = "Art. 33(1), 34(1) GDPR; EDPB Guidelines 9/2022 §IV";

/// A decided risk level (ordered).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Unlikely to result in a risk: document only (Art. 33(1), 33(5)).
    Unlikely,
    /// A risk: notify the supervisory authority (Art. 33(1)).
    Risk,
    /// A high risk: also communicate to the people (Art. 34(1)).
    High,
}

impl Level {
    /// The contract name.
    pub const fn as_str(self) -> &'static str {
        match self {
            Level::Unlikely => "unlikely",
            Level::Risk => "risk",
            Level::High => "high",
        }
    }
}

impl Serialize for Level {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// The reported risk level (contract §4 `risk.level`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RiskLevel {
    /// See [`Level::Unlikely`].
    Unlikely,
    /// See [`Level::Risk`].
    Risk,
    /// See [`Level::High`].
    High,
    /// The known facts do not decide the level (see `rests_on`).
    Unknown,
}

impl RiskLevel {
    /// The contract name.
    pub const fn as_str(self) -> &'static str {
        match self {
            RiskLevel::Unlikely => "unlikely",
            RiskLevel::Risk => "risk",
            RiskLevel::High => "high",
            RiskLevel::Unknown => "unknown",
        }
    }
}

impl From<Level> for RiskLevel {
    fn from(l: Level) -> RiskLevel {
        match l {
            Level::Unlikely => RiskLevel::Unlikely,
            Level::Risk => RiskLevel::Risk,
            Level::High => RiskLevel::High,
        }
    }
}

impl Serialize for RiskLevel {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// The risk assessment (contract §4 `risk`, extended).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Risk {
    /// `unlikely`, `risk`, `high` or `unknown`.
    pub level: RiskLevel,
    /// The lowest level any completion of the unknown facts gives.
    pub at_least: Level,
    /// The highest level any completion of the unknown facts gives.
    pub at_most: Level,
    /// Why.
    pub reasons: ReasonList,
    /// Unknown facts that would change the level.
    pub rests_on: FactFields,
    /// The ENISA 2013 severity, a second opinion that never overrides the level.
    pub enisa: Enisa,
    /// Where the rules come from.
    pub citation: &'static str,
}

// ---------------------------------------------------------------------------------------
// Reasons.

const G: &str = "EDPB Guidelines 9/2022 §IV";

/// No breach kind is known to be affected.
pub const NO_BREACH_KIND: Reason = Reason::new(
    "no_breach_kind",
    "Art. 4(12) GDPR",
    "No confidentiality, integrity or availability aspect is affected, so no personal data was compromised.",
);
/// No category of personal data is affected.
pub const NO_PERSONAL_DATA: Reason = Reason::new(
    "no_personal_data",
    "Art. 4(12) GDPR",
    "No personal data is affected, so this is not a personal data breach.",
);
/// Confidentiality neutralised by encryption or hashing.
pub const CONFIDENTIALITY_UNINTELLIGIBLE: Reason = Reason::new(
    "confidentiality_unintelligible",
    "Art. 34(3)(a) GDPR; EDPB Guidelines 9/2022 §IV",
    "The data was encrypted or hashed with a key that was not compromised, so it is unintelligible to whoever saw it.",
);
/// Confidentiality: nobody saw the data.
pub const CONFIDENTIALITY_NOT_SEEN: Reason = Reason::new(
    "confidentiality_not_seen",
    G,
    "Nobody outside those authorised saw the data.",
);
/// Confidentiality: key compromised.
pub const KEY_COMPROMISED: Reason = Reason::new(
    "key_compromised",
    "EDPB Guidelines 9/2022 §IV",
    "The key or hash secret was exposed too, so the protection no longer counts.",
);
/// Likelihood: recipients bound by confidentiality or staff.
pub const EXPOSURE_TRUSTED: Reason = Reason::new(
    "exposure_trusted",
    G,
    "The data went only to staff or to a recipient bound by confidentiality, which makes misuse unlikely.",
);
/// Likelihood: one or a few identified recipients.
pub const EXPOSURE_KNOWN: Reason = Reason::new(
    "exposure_known_recipient",
    G,
    "The data went to one or a few identified recipients who are not bound by confidentiality.",
);
/// Likelihood: unknown recipients.
pub const EXPOSURE_UNKNOWN: Reason = Reason::new(
    "exposure_unknown_recipient",
    G,
    "The data may have reached people who are not identified or are too many to follow up.",
);
/// Likelihood: malicious actor or public.
pub const EXPOSURE_MALICIOUS_OR_PUBLIC: Reason = Reason::new(
    "exposure_malicious_or_public",
    G,
    "The data is in the hands of someone acting with malice, or was made public, so misuse is likely.",
);
/// Likelihood lowered: recovered.
pub const RECOVERED: Reason = Reason::new(
    "recovered",
    G,
    "The data was retrieved or deleted before it could be misused, which lowers the likelihood of harm.",
);
/// Likelihood raised: malice.
pub const MALICIOUS: Reason = Reason::new(
    "malicious",
    G,
    "The breach was caused on purpose, which raises the likelihood that the data will be misused.",
);
/// Severity: special or criminal data.
pub const SPECIAL_CATEGORY: Reason = Reason::new(
    "special_category_data",
    "Art. 9, 10 GDPR; EDPB Guidelines 9/2022 §IV",
    "Special-category or criminal-offence data is involved, so damage should be considered likely.",
);
/// Severity: identification, financial or credential data.
pub const SENSITIVE_DATA: Reason = Reason::new(
    "sensitive_data",
    G,
    "Identity, financial or credential data is involved, which can lead to identity theft or fraud.",
);
/// Severity: revealing data.
pub const REVEALING_DATA: Reason = Reason::new(
    "revealing_data",
    G,
    "Location, communication or behavioural data is involved, which reveals much about a person's life.",
);
/// Severity: basic data.
pub const BASIC_DATA: Reason = Reason::new(
    "basic_data_only",
    G,
    "Only contact or other ordinary data is involved.",
);
/// Severity lowered: pseudonymised.
pub const PSEUDONYMISED: Reason = Reason::new(
    "pseudonymised",
    "Art. 4(5) GDPR; EDPB Guidelines 9/2022 §IV",
    "The data was pseudonymised, which makes the people harder to identify but not impossible.",
);
/// Severity raised: vulnerable people.
pub const VULNERABLE: Reason = Reason::new(
    "vulnerable_subjects",
    G,
    "The people affected are vulnerable (children, patients or others in a position of dependency).",
);
/// Many people affected.
pub const MANY_PEOPLE: Reason = Reason::new(
    "many_subjects",
    "EDPB Guidelines 9/2022 §IV; ENISA 2013 §3",
    "More than one hundred people are affected, which widens the impact.",
);
/// Confidentiality verdicts.
pub const CONFIDENTIALITY_HIGH: Reason = Reason::new(
    "confidentiality_high",
    G,
    "Sensitive data was disclosed to people likely to misuse it: a high risk to the people affected.",
);
/// Confidentiality verdict: risk.
pub const CONFIDENTIALITY_RISK: Reason = Reason::new(
    "confidentiality_risk",
    G,
    "The disclosure can harm the people affected: a risk to be notified to the authority.",
);
/// Confidentiality verdict: unlikely.
pub const CONFIDENTIALITY_UNLIKELY: Reason = Reason::new(
    "confidentiality_unlikely",
    G,
    "The disclosure is unlikely to harm anyone given who saw the data and what it was.",
);
/// Integrity: recovered.
pub const INTEGRITY_RESTORED: Reason = Reason::new(
    "integrity_restored",
    "EDPB Guidelines 9/2022 §IV; ENISA 2013 Annex 3",
    "The altered data was put right before it was used.",
);
/// Integrity: not restored, sensitive.
pub const INTEGRITY_HIGH: Reason = Reason::new(
    "integrity_high",
    G,
    "Special-category data was altered and cannot be put right from a backup, which can cause serious harm.",
);
/// Integrity: not restored.
pub const INTEGRITY_RISK: Reason = Reason::new(
    "integrity_risk",
    G,
    "Altered data may have been used before it was put right.",
);
/// Availability: restored quickly.
pub const AVAILABILITY_RESTORED: Reason = Reason::new(
    "availability_restored_quickly",
    "EDPB Guidelines 01/2021 Case 1",
    "A backup restored the data within a day, so the outage had no lasting effect on the people.",
);
/// Availability: short outage of critical data.
pub const AVAILABILITY_CRITICAL_SHORT: Reason = Reason::new(
    "availability_critical_short",
    "EDPB Guidelines 01/2021 Case 3",
    "Even a short outage of health or other critical data can disrupt care or essential services.",
);
/// Availability: long outage.
pub const AVAILABILITY_LONG: Reason = Reason::new(
    "availability_long_outage",
    "EDPB Guidelines 01/2021 ¶24",
    "The data was unavailable for a day or more, which disrupts the services the people rely on.",
);
/// Availability: lost for good.
pub const AVAILABILITY_LOST: Reason = Reason::new(
    "availability_lost",
    "EDPB Guidelines 9/2022 §IV; 01/2021 Case 2",
    "The data is lost for good: there was no backup and it was not recovered.",
);
/// Availability: critical data lost or long outage.
pub const AVAILABILITY_HIGH: Reason = Reason::new(
    "availability_high",
    "EDPB Guidelines 01/2021 Case 3, 4",
    "Health or other critical data of the people is lost or was unavailable for long, which can seriously harm them.",
);
/// The level rests on unknown facts.
pub const RESTS_ON_UNKNOWNS: Reason = Reason::new(
    "rests_on_unknown_facts",
    "Art. 33(1) GDPR; Recital 85",
    "Some facts that decide the level are unknown; until they are established the controller cannot demonstrate that the breach is unlikely to result in a risk.",
);

/// Some facts are unknown, but every value they could take gives the same level.
pub const UNKNOWNS_DO_NOT_CHANGE_LEVEL: Reason = Reason::new(
    "unknown_facts_do_not_change_level",
    "Art. 33(1) GDPR; Recital 85",
    "Some facts are unknown; the level is the same whatever they are, so the reasons name only the facts that are known.",
);

/// The facts a risk reason states as given (a reason about one aspect also states that
/// this aspect is affected, `breach`). A reason is only reported when none of these facts
/// was assumed (see [`assess_risk`]): the reasons never state as fact what was not given.
fn stated_fields(r: &Reason) -> FactFields {
    use FactField as F;
    let fields: &[FactField] = match r.code {
        c if c == NO_BREACH_KIND.code => &[F::Breach],
        c if c == NO_PERSONAL_DATA.code => &[F::Data],
        c if c == CONFIDENTIALITY_UNINTELLIGIBLE.code || c == KEY_COMPROMISED.code => {
            &[F::Breach, F::Protection, F::KeyCompromised]
        }
        c if c == CONFIDENTIALITY_NOT_SEEN.code
            || c == EXPOSURE_TRUSTED.code
            || c == EXPOSURE_KNOWN.code
            || c == EXPOSURE_UNKNOWN.code
            || c == EXPOSURE_MALICIOUS_OR_PUBLIC.code =>
        {
            &[F::Breach, F::Exposure]
        }
        c if c == RECOVERED.code || c == INTEGRITY_RESTORED.code || c == INTEGRITY_RISK.code => {
            &[F::Breach, F::Recovered]
        }
        c if c == MALICIOUS.code => &[F::Breach, F::Malicious],
        c if c == SPECIAL_CATEGORY.code
            || c == SENSITIVE_DATA.code
            || c == REVEALING_DATA.code
            || c == BASIC_DATA.code =>
        {
            &[F::Breach, F::Data]
        }
        c if c == PSEUDONYMISED.code => &[F::Breach, F::Protection, F::Data],
        c if c == VULNERABLE.code => &[F::Breach, F::VulnerableSubjects],
        c if c == MANY_PEOPLE.code => &[F::Breach, F::Subjects],
        c if c == CONFIDENTIALITY_HIGH.code || c == CONFIDENTIALITY_UNLIKELY.code => {
            &[F::Breach, F::Data, F::Exposure]
        }
        c if c == CONFIDENTIALITY_RISK.code => &[F::Breach],
        c if c == INTEGRITY_HIGH.code => &[F::Breach, F::Data, F::Backup],
        c if c == AVAILABILITY_RESTORED.code => {
            &[F::Breach, F::Backup, F::Recovered, F::UnavailableHours]
        }
        c if c == AVAILABILITY_CRITICAL_SHORT.code => &[F::Breach, F::Data, F::UnavailableHours],
        c if c == AVAILABILITY_LONG.code => &[F::Breach, F::UnavailableHours],
        c if c == AVAILABILITY_LOST.code => &[F::Breach, F::Backup, F::Recovered],
        c if c == AVAILABILITY_HIGH.code => &[F::Breach, F::Data],
        _ => &[],
    };
    let mut out = FactFields::new();
    for f in fields {
        out.insert(*f);
    }
    out
}

// ---------------------------------------------------------------------------------------
// Complete facts.

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

    /// Whether `self` and `other` hold the same value of decision field `f` (the only
    /// field [`Known::set_side`] and [`Known::set_value`] change); all fields for any
    /// other `f`.
    fn same_at(&self, other: &Known, f: FactField) -> bool {
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
            _ => self == other,
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
            _ => {}
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
            FactField::Breach if i < 8 => {
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
            FactField::Subjects if i < 2 => {
                self.subjects = if i == 0 { 1 } else { MANY_SUBJECTS + 1 }
            }
            FactField::Protection => match Protection::ALL.get(i) {
                Some(p) => self.protection = *p,
                None => return false,
            },
            FactField::Exposure => match Exposure::ALL.get(i) {
                Some(e) => self.exposure = *e,
                None => return false,
            },
            FactField::UnavailableHours if i < 2 => {
                self.unavailable_hours = if i == 0 {
                    Decimal::ZERO
                } else {
                    SIGNIFICANT_OUTAGE_HOURS
                };
            }
            FactField::VulnerableSubjects
            | FactField::KeyCompromised
            | FactField::Malicious
            | FactField::Recovered
            | FactField::Backup
                if i < 2 =>
            {
                self.set_side(f, if i == 0 { Side::Best } else { Side::Worst });
            }
            _ => return false,
        }
        true
    }
}

/// Sensitivity tier of a data set, before adjustments: 0 no personal data, 1 contact or
/// other ordinary data, 2 location/communications/behavioural, 3 identification,
/// financial or credentials, 4 special-category (Art. 9) or criminal (Art. 10) data.
pub fn sensitivity(data: DataKinds) -> u8 {
    // One set test per tier, highest first: this runs at every grid point of the search
    // for `rests_on`.
    let mut tier = TIER_SETS.len();
    for set in TIER_SETS.iter().rev() {
        if data.intersects(*set) {
            break;
        }
        tier = tier.saturating_sub(1);
    }
    u8::try_from(tier).unwrap_or(u8::MAX)
}

/// `TIER_SETS[t - 1]`: the kinds of data of sensitivity tier `t` (1 to 4, see
/// [`kind_tier`]).
#[allow(
    clippy::indexing_slicing,
    reason = "evaluated at compile time only: an out-of-range index fails the build"
)]
const TIER_SETS: [DataKinds; 4] = {
    let mut sets = [DataKinds::new(); 4];
    let mut i = 0;
    while i < DataKind::ALL.len() {
        let k = DataKind::ALL[i];
        let t = kind_tier(k) as usize - 1;
        sets[t] = sets[t].with(k);
        i += 1;
    }
    sets
};

/// Sensitivity tier of one kind of data (see [`sensitivity`]).
const fn kind_tier(k: DataKind) -> u8 {
    match k {
        DataKind::Contact | DataKind::Other => 1,
        DataKind::Location | DataKind::Communications | DataKind::Behavioural => 2,
        DataKind::Identification | DataKind::Financial | DataKind::Credentials => 3,
        DataKind::Special | DataKind::Criminal => 4,
    }
}

/// The level of complete facts, pushing the reasons of every rule that fired.
pub(crate) fn level(k: &Known, reasons: &mut impl ReasonSink) -> Level {
    level_at_tier(k, sensitivity(k.data), reasons)
}

/// [`level`], given the sensitivity tier of `k.data` (`base`, see [`sensitivity`]).
fn level_at_tier(k: &Known, base: u8, reasons: &mut impl ReasonSink) -> Level {
    if k.breach.is_empty() {
        reasons.push(NO_BREACH_KIND);
        return Level::Unlikely;
    }
    if base == 0 {
        reasons.push(NO_PERSONAL_DATA);
        return Level::Unlikely;
    }
    let conf = confidentiality(k, base, reasons);
    let integrity = integrity(k, base, reasons);
    let availability = availability(k, base, reasons);
    conf.max(integrity).max(availability)
}

/// Pushes the reason that names the data's tier.
fn data_reason(base: u8, reasons: &mut impl ReasonSink) {
    reasons.push(match base {
        4 => SPECIAL_CATEGORY,
        3 => SENSITIVE_DATA,
        2 => REVEALING_DATA,
        _ => BASIC_DATA,
    });
}

/// The confidentiality aspect.
fn confidentiality(k: &Known, base: u8, reasons: &mut impl ReasonSink) -> Level {
    if !k.breach.contains(BreachKind::Confidentiality) {
        return Level::Unlikely;
    }
    // Either neutraliser suffices; name the one resting on known facts first.
    let unintelligible = k.unintelligible();
    let not_seen = k.exposure == Exposure::None;
    let protection_assumed =
        k.assumed.contains(FactField::Protection) || k.assumed.contains(FactField::KeyCompromised);
    if unintelligible && (!protection_assumed || !not_seen) {
        reasons.push(CONFIDENTIALITY_UNINTELLIGIBLE);
        return Level::Unlikely;
    }
    if not_seen {
        reasons.push(CONFIDENTIALITY_NOT_SEEN);
        return Level::Unlikely;
    }
    if k.key_compromised && matches!(k.protection, Protection::Encrypted | Protection::Hashed) {
        reasons.push(KEY_COMPROMISED);
    }
    let mut likelihood: u8 = match k.exposure {
        Exposure::None => 0,
        Exposure::Internal | Exposure::TrustedRecipient => {
            reasons.push(EXPOSURE_TRUSTED);
            1
        }
        Exposure::KnownRecipient => {
            reasons.push(EXPOSURE_KNOWN);
            2
        }
        Exposure::UnknownRecipient => {
            reasons.push(EXPOSURE_UNKNOWN);
            3
        }
        Exposure::MaliciousActor | Exposure::Public => {
            reasons.push(EXPOSURE_MALICIOUS_OR_PUBLIC);
            4
        }
    };
    if k.recovered {
        reasons.push(RECOVERED);
        likelihood = likelihood.saturating_sub(1);
    }
    if k.malicious && likelihood < 4 {
        reasons.push(MALICIOUS);
        likelihood += 1;
    }
    data_reason(base, reasons);
    let mut severity = base;
    if k.protection == Protection::Pseudonymised && severity > 1 {
        reasons.push(PSEUDONYMISED);
        severity -= 1;
    }
    if k.vulnerable {
        reasons.push(VULNERABLE);
        severity = (severity + 1).min(4);
    }
    let high = (likelihood >= 3 && severity >= 3)
        || (likelihood >= 2 && severity >= 4)
        || (likelihood >= 4 && severity >= 2)
        || (k.vulnerable && likelihood >= 3);
    if high {
        reasons.push(CONFIDENTIALITY_HIGH);
        return Level::High;
    }
    if likelihood <= 1 && severity <= 2 {
        if k.subjects > MANY_SUBJECTS && likelihood >= 1 {
            reasons.push(MANY_PEOPLE);
            reasons.push(CONFIDENTIALITY_RISK);
            return Level::Risk;
        }
        reasons.push(CONFIDENTIALITY_UNLIKELY);
        return Level::Unlikely;
    }
    reasons.push(CONFIDENTIALITY_RISK);
    Level::Risk
}

/// Tier with the vulnerability adjustment, for integrity and availability.
fn impact_tier(k: &Known, base: u8, reasons: &mut impl ReasonSink) -> u8 {
    data_reason(base, reasons);
    if k.vulnerable {
        reasons.push(VULNERABLE);
        return (base + 1).min(4);
    }
    base
}

/// The integrity aspect.
fn integrity(k: &Known, base: u8, reasons: &mut impl ReasonSink) -> Level {
    if !k.breach.contains(BreachKind::Integrity) {
        return Level::Unlikely;
    }
    if k.recovered {
        reasons.push(INTEGRITY_RESTORED);
        return Level::Unlikely;
    }
    if impact_tier(k, base, reasons) >= 4 && !k.backup {
        reasons.push(INTEGRITY_HIGH);
        return Level::High;
    }
    reasons.push(INTEGRITY_RISK);
    Level::Risk
}

/// The availability aspect.
fn availability(k: &Known, base: u8, reasons: &mut impl ReasonSink) -> Level {
    if !k.breach.contains(BreachKind::Availability) {
        return Level::Unlikely;
    }
    let restorable = k.backup || k.recovered;
    let short = k.unavailable_hours < SIGNIFICANT_OUTAGE_HOURS;
    if restorable && short && base < 4 && !k.vulnerable {
        reasons.push(AVAILABILITY_RESTORED);
        return Level::Unlikely;
    }
    let critical = impact_tier(k, base, reasons) >= 4;
    if !restorable {
        reasons.push(AVAILABILITY_LOST);
        if critical {
            reasons.push(AVAILABILITY_HIGH);
            return Level::High;
        }
        return Level::Risk;
    }
    if short {
        reasons.push(AVAILABILITY_CRITICAL_SHORT);
        return Level::Risk;
    }
    reasons.push(AVAILABILITY_LONG);
    if critical {
        reasons.push(AVAILABILITY_HIGH);
        return Level::High;
    }
    Level::Risk
}

/// The reference definition of `rests_on` (kept for the tests that check [`RestsOn`]
/// against it): the unknown decision fields whose value can change `decide`.
///
/// `decide` is monotone in every field, so a field matters exactly when some completion
/// of the other unknowns ("pivot") gives different results with the field at its best
/// and at its worst. Every rule distinction is covered by a few representative values
/// per field ([`Known::set_value`]). When the other unknowns have at most
/// [`MAX_UNKNOWN_COMBINATIONS`] combinations, all are tried: the answer is exact. Otherwise
/// the field is listed without search (conservative: with that many unknowns nearly
/// every field matters).
#[cfg(test)]
pub(crate) fn flipping_fields<T: PartialEq>(
    facts: &Facts,
    decide: impl Fn(&Known) -> T,
) -> FactFields {
    let mut out = FactFields::new();
    let worst = Known::complete(facts, Side::Worst, None);
    if decide(&Known::complete(facts, Side::Best, None)) == decide(&worst) {
        return out;
    }
    let unknown = || {
        DECISION_FIELDS
            .iter()
            .copied()
            .filter(|f| !facts.is_known(*f))
    };
    let matters_at = |pivot: &Known, f: FactField| {
        let (mut lo, mut hi) = (*pivot, *pivot);
        lo.set_side(f, Side::Best);
        hi.set_side(f, Side::Worst);
        decide(&lo) != decide(&hi)
    };
    let domain = |g: FactField| {
        let mut probe = worst;
        let mut n = 0;
        while probe.set_value(g, n) {
            n += 1;
        }
        n.max(1)
    };
    for f in unknown() {
        // The other unknown fields with their number of representative values.
        let mut others: heapless::Vec<(FactField, usize), { DECISION_FIELDS.len() }> =
            heapless::Vec::new();
        for g in unknown().filter(|g| *g != f) {
            // At most DECISION_FIELDS.len() - 1 entries: cannot fail.
            let _fits = others.push((g, domain(g)));
        }
        let combinations = others
            .iter()
            .fold(1usize, |acc, (_, n)| acc.saturating_mul(*n));
        // Beyond the budget: listed without search (with that many unknowns nearly
        // every field matters; listing one too many is the honest error).
        let found = combinations > MAX_UNKNOWN_COMBINATIONS
            || (0..combinations).any(|index| {
                let mut pivot = worst;
                let mut rest = index;
                for (g, n) in &others {
                    pivot.set_value(*g, rest % n);
                    rest /= n;
                }
                matters_at(&pivot, f)
            });
        if found {
            out.insert(f);
        }
    }
    out
}

/// The unknown decision fields that each decision of the assessment rests on: the
/// fields whose value can change it (what `flipping_fields` defines one decision at a
/// time), found for all three decisions in one sweep.
///
/// **Definition.** A decision is *open* when the most and the least favourable
/// completions of the facts ([`Known::complete`]) give it different values; a closed
/// decision rests on nothing. For an open decision, an unknown field rests on it when
/// some *pivot* — the other unknown fields at any combination of their representative
/// values ([`Known::set_value`]) — gives different values with the field at its best
/// and at its worst side ([`Known::set_side`]). When the other unknown fields have more
/// than [`MAX_UNKNOWN_COMBINATIONS`] combinations, the field is listed without search.
///
/// **Sweep.** All three decisions are functions of the level, and the pivots of every
/// field are points of one grid: the unknown fields at their representative values.
/// The sweep walks that grid once (an odometer: one field changes per step). A field
/// is tested at the points where it stands at its *anchor* value (the representative
/// equal to one of its extremes where there is one): there the pivot of the other
/// fields is complete, and one side of the test is the grid point itself, whose level
/// is computed once and shared by every field tested there. A field found for every
/// open decision is not tested again, and the sweep stops when no field is left.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub(crate) struct RestsOn {
    /// Unknown facts that can change the level (`risk.rests_on`).
    pub level: FactFields,
    /// Unknown facts that can decide whether the level reaches `risk`: the notification
    /// of Art. 33(1) (`obligations.authority.rests_on`).
    pub notify: FactFields,
    /// Unknown facts that can decide whether the level is `high`: the communication of
    /// Art. 34(1) when no exemption of Art. 34(3)(b), (c) is established
    /// (`obligations.data_subjects.rests_on`).
    pub high: FactFields,
}

/// One unknown field in the sweep of [`RestsOn::of`].
#[derive(Debug, Clone, Copy)]
struct Axis {
    field: FactField,
    /// Its number of representative values.
    values: usize,
    /// The representative value at which it is tested.
    anchor: usize,
    /// Whether the anchor is the field's worst side: then the worst side of a test is
    /// the grid point itself (the worst side of a field does not depend on the others).
    anchor_is_worst: bool,
    /// Whether it is searched (its pivots are within the budget).
    searched: bool,
}

impl RestsOn {
    /// Finds what each decision about `facts` rests on (see the type's docs).
    pub(crate) fn of(facts: &Facts) -> RestsOn {
        let mut out = RestsOn::default();
        let best = Known::complete(facts, Side::Best, None);
        let worst = Known::complete(facts, Side::Worst, None);
        let open = Open::of(level(&best, &mut ()), level(&worst, &mut ()));
        if !open.any() {
            return out;
        }
        let mut axes: heapless::Vec<Axis, { DECISION_FIELDS.len() }> = heapless::Vec::new();
        for f in DECISION_FIELDS
            .iter()
            .copied()
            .filter(|f| !facts.is_known(*f))
        {
            // The anchor: the representative equal to the worst side, else to the best
            // side, else the first (any value would do: the test sets both sides).
            let (mut values, mut at_worst, mut at_best) = (0, None, None);
            let mut probe = worst;
            while probe.set_value(f, values) {
                if probe == worst {
                    at_worst = at_worst.or(Some(values));
                }
                let mut side = probe;
                side.set_side(f, Side::Best);
                if side == probe {
                    at_best = at_best.or(Some(values));
                }
                values += 1;
            }
            // At most DECISION_FIELDS.len() entries: cannot fail.
            let _fits = axes.push(Axis {
                field: f,
                values: values.max(1),
                anchor: at_worst.or(at_best).unwrap_or(0),
                anchor_is_worst: at_worst.is_some(),
                searched: false,
            });
        }
        // The budget, per field: the combinations of the other unknown fields.
        let mut any_searched = false;
        for i in 0..axes.len() {
            let others = axes
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .fold(1usize, |acc, (_, a)| acc.saturating_mul(a.values));
            if let Some(a) = axes.get_mut(i) {
                a.searched = others <= MAX_UNKNOWN_COMBINATIONS;
                any_searched |= a.searched;
                if !a.searched {
                    // Beyond the budget: listed without search (with that many unknowns
                    // nearly every field matters; listing one too many is the honest
                    // error).
                    open.insert_all(&mut out, a.field);
                }
            }
        }
        if any_searched {
            sweep(&axes, worst, open, &mut out);
        }
        out
    }
}

/// Which decisions are open (their extremes differ), see [`RestsOn`].
#[derive(Debug, Clone, Copy)]
struct Open {
    level: bool,
    notify: bool,
    high: bool,
}

impl Open {
    fn of(best: Level, worst: Level) -> Open {
        Open {
            level: best != worst,
            notify: (best >= Level::Risk) != (worst >= Level::Risk),
            high: (best == Level::High) != (worst == Level::High),
        }
    }
    const fn any(self) -> bool {
        self.level || self.notify || self.high
    }
    /// Lists `f` for every open decision.
    fn insert_all(self, out: &mut RestsOn, f: FactField) {
        self.record(out, f, Level::Unlikely, Level::High);
    }
    /// Lists `f` for every open decision that differs between levels `lo` and `hi`.
    #[inline]
    fn record(self, out: &mut RestsOn, f: FactField, lo: Level, hi: Level) {
        if lo == hi {
            // The common case: nothing differs.
            return;
        }
        let o = Open::of(lo, hi);
        if self.level && o.level {
            out.level.insert(f);
        }
        if self.notify && o.notify {
            out.notify.insert(f);
        }
        if self.high && o.high {
            out.high.insert(f);
        }
    }
    /// Whether `f` is listed for every open decision (testing it further cannot add).
    #[inline]
    fn done(self, out: &RestsOn, f: FactField) -> bool {
        (!self.level || out.level.contains(f))
            && (!self.notify || out.notify.contains(f))
            && (!self.high || out.high.contains(f))
    }
}

/// The grid walk of [`RestsOn::of`] over `axes` from `worst` (every unknown field at its
/// worst side), for the `open` decisions.
fn sweep(axes: &[Axis], worst: Known, open: Open, out: &mut RestsOn) {
    let mut point = worst;
    let mut at = [0usize; DECISION_FIELDS.len()];
    for a in axes {
        point.set_value(a.field, 0);
    }
    loop {
        let mut here = GridPoint {
            known: point,
            tier: None,
            level: None,
        };
        let mut pending = false;
        for (a, i) in axes.iter().zip(at.iter()) {
            if !a.searched || open.done(out, a.field) {
                continue;
            }
            pending = true;
            if *i == a.anchor {
                let lo = here.level_with(a.field, Side::Best);
                let hi = if a.anchor_is_worst {
                    here.level()
                } else {
                    here.level_with(a.field, Side::Worst)
                };
                open.record(out, a.field, lo, hi);
            }
        }
        if !pending {
            return;
        }
        // The next grid point: the first axis that can advance does, the ones before
        // it start over.
        let mut advanced = false;
        for (a, i) in axes.iter().zip(at.iter_mut()) {
            *i += 1;
            if *i < a.values {
                point.set_value(a.field, *i);
                advanced = true;
                break;
            }
            *i = 0;
            point.set_value(a.field, 0);
        }
        if !advanced {
            return;
        }
    }
}

/// A grid point of [`sweep`] with its sensitivity tier and level, each computed when a
/// test first needs it and shared by the tests of every field at that point.
struct GridPoint {
    known: Known,
    tier: Option<u8>,
    level: Option<Level>,
}

impl GridPoint {
    /// The sensitivity tier of the point's data.
    fn tier(&mut self) -> u8 {
        let data = self.known.data;
        *self.tier.get_or_insert_with(|| sensitivity(data))
    }

    /// The level of the point itself.
    fn level(&mut self) -> Level {
        if let Some(l) = self.level {
            return l;
        }
        let tier = self.tier();
        let l = level_at_tier(&self.known, tier, &mut ());
        self.level = Some(l);
        l
    }

    /// The level of the point with field `f` set to `side`.
    fn level_with(&mut self, f: FactField, side: Side) -> Level {
        let mut k = self.known;
        k.set_side(f, side);
        if k.same_at(&self.known, f) {
            return self.level();
        }
        let tier = if f == FactField::Data {
            sensitivity(k.data)
        } else {
            self.tier()
        };
        level_at_tier(&k, tier, &mut ())
    }
}

/// Assesses the risk of `facts`.
pub fn assess_risk(facts: &Facts) -> Risk {
    assess_risk_resting_on(facts, &RestsOn::of(facts))
}

/// [`assess_risk`] with the fields the decisions rest on already found ([`RestsOn::of`]
/// for the same `facts`).
pub(crate) fn assess_risk_resting_on(facts: &Facts, found: &RestsOn) -> Risk {
    let mut best_reasons = ReasonList::new();
    let mut worst_reasons = ReasonList::new();
    let best_known = Known::complete(facts, Side::Best, None);
    let worst_known = Known::complete(facts, Side::Worst, None);
    let best = level(&best_known, &mut best_reasons);
    let worst = level(&worst_known, &mut worst_reasons);
    // Reasons that hold at both extremes hold for the facts as they are; of those, only
    // the ones that state no assumed (unknown) fact. The best-case reasons alone would
    // state assumptions as facts ("the data was encrypted" with `protection` unknown).
    let assumed = best_known.assumed;
    let both = best_reasons.intersection(&worst_reasons);
    let mut reasons = ReasonList::new();
    let mut dropped = false;
    for r in both.iter() {
        if stated_fields(r).iter().any(|f| assumed.contains(f)) {
            dropped = true;
        } else {
            reasons.push(*r);
        }
    }
    let (level, rests_on) = if best == worst {
        if dropped || (reasons.is_empty() && DECISION_FIELDS.iter().any(|f| assumed.contains(*f))) {
            reasons.push(UNKNOWNS_DO_NOT_CHANGE_LEVEL);
        }
        (RiskLevel::from(best), FactFields::new())
    } else {
        reasons.push(RESTS_ON_UNKNOWNS);
        (RiskLevel::Unknown, found.level)
    };
    Risk {
        level,
        at_least: best,
        at_most: worst,
        reasons,
        rests_on,
        enisa: Enisa::of(&worst_known),
        citation: CITATION,
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::DataKind as D;

    fn known() -> Known {
        // A minimal, harmless breach: staff saw a contact list and it was recovered.
        Known {
            recovered: true,
            ..Known::test_breach(D::Contact, 1, Exposure::Internal)
        }
    }

    /// The facts that state every decision field of `k` (the others unknown).
    fn known_facts(k: &Known) -> Facts {
        Facts {
            breach: Some(k.breach),
            data: Some(k.data),
            subjects: Some(k.subjects),
            vulnerable_subjects: Some(k.vulnerable),
            protection: Some(k.protection),
            key_compromised: Some(k.key_compromised),
            exposure: Some(k.exposure),
            malicious: Some(k.malicious),
            recovered: Some(k.recovered),
            backup: Some(k.backup),
            unavailable_hours: Some(k.unavailable_hours),
            ..Facts::unknown()
        }
    }

    /// A deterministic xorshift64* generator from `seed`: each call gives a number below
    /// its argument (0 for 0 or 1).
    fn xorshift(seed: u64) -> impl FnMut(usize) -> usize {
        let mut state = seed;
        move |n: usize| {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            (state.wrapping_mul(0x2545_F491_4F6C_DD1D) % n.max(1) as u64) as usize
        }
    }

    /// Facts known at the worst side with every decision field set to one of its
    /// representative values, drawn by `next`.
    fn random_representatives(next: &mut impl FnMut(usize) -> usize) -> Known {
        let mut k = Known::complete(&Facts::unknown(), Side::Worst, None);
        for f in DECISION_FIELDS {
            let mut n = 0;
            while k.set_value(f, n) {
                n += 1;
            }
            k.set_value(f, next(n));
        }
        k
    }

    /// Makes the decision field `field` of `facts` unknown (`None`: `unavailable_hours`).
    fn forget(facts: &mut Facts, field: Option<&FactField>) {
        match field {
            Some(FactField::Breach) => facts.breach = None,
            Some(FactField::Data) => facts.data = None,
            Some(FactField::Subjects) => facts.subjects = None,
            Some(FactField::VulnerableSubjects) => facts.vulnerable_subjects = None,
            Some(FactField::Protection) => facts.protection = None,
            Some(FactField::KeyCompromised) => facts.key_compromised = None,
            Some(FactField::Exposure) => facts.exposure = None,
            Some(FactField::Malicious) => facts.malicious = None,
            Some(FactField::Recovered) => facts.recovered = None,
            Some(FactField::Backup) => facts.backup = None,
            _ => facts.unavailable_hours = None,
        }
    }

    /// The level of `facts` with unknowns at `side` (and `flip` opposite), without reasons.
    fn level_at(facts: &Facts, side: Side, flip: Option<FactField>) -> Level {
        level(&Known::complete(facts, side, flip), &mut ReasonList::new())
    }

    fn lvl(k: Known) -> Level {
        level(&k, &mut ReasonList::new())
    }

    #[test]
    fn confidentiality_ladder() {
        let k = known();
        assert_eq!(lvl(k), Level::Unlikely);
        let k = Known {
            recovered: false,
            exposure: Exposure::KnownRecipient,
            ..known()
        };
        assert_eq!(lvl(k), Level::Risk);
        let k = Known {
            recovered: true,
            exposure: Exposure::KnownRecipient,
            ..known()
        };
        assert_eq!(lvl(k), Level::Unlikely);
        let k = Known {
            recovered: false,
            exposure: Exposure::Public,
            ..known()
        };
        assert_eq!(lvl(k), Level::Risk);
        let k = Known {
            recovered: false,
            exposure: Exposure::MaliciousActor,
            data: DataKinds::new().with(D::Financial),
            ..known()
        };
        assert_eq!(lvl(k), Level::High);
    }

    #[test]
    fn encryption_neutralises_confidentiality_not_availability() {
        let enc = Known {
            protection: Protection::Encrypted,
            exposure: Exposure::Public,
            recovered: false,
            data: DataKinds::new().with(D::Special),
            ..known()
        };
        assert_eq!(lvl(enc), Level::Unlikely);
        assert_eq!(
            lvl(Known {
                key_compromised: true,
                ..enc
            }),
            Level::High
        );
        let lost = Known {
            breach: enc.breach.with(BreachKind::Availability),
            backup: false,
            ..enc
        };
        assert_eq!(lvl(lost), Level::High);
        assert_eq!(
            lvl(Known {
                protection: Protection::Hashed,
                ..enc
            }),
            Level::Unlikely
        );
    }

    #[test]
    fn special_category_is_never_unlikely_when_seen() {
        let k = Known {
            data: DataKinds::new().with(D::Special),
            ..known()
        };
        assert_eq!(lvl(k), Level::Risk);
        let k = Known {
            exposure: Exposure::KnownRecipient,
            ..k
        };
        assert_eq!(lvl(k), Level::Risk, "known recipient who deleted");
        let k = Known {
            recovered: false,
            ..k
        };
        assert_eq!(lvl(k), Level::High);
    }

    #[test]
    fn vulnerable_people_and_many_people() {
        let k = Known {
            vulnerable: true,
            recovered: false,
            exposure: Exposure::UnknownRecipient,
            ..known()
        };
        assert_eq!(lvl(k), Level::High);
        let k = Known {
            subjects: MANY_SUBJECTS + 1,
            recovered: false,
            ..known()
        };
        assert_eq!(lvl(k), Level::Risk);
        let k = Known {
            subjects: MANY_SUBJECTS,
            recovered: false,
            ..known()
        };
        assert_eq!(lvl(k), Level::Unlikely);
    }

    #[test]
    fn availability_thresholds() {
        let a = Known {
            breach: BreachKinds::new().with(BreachKind::Availability),
            unavailable_hours: Decimal::new(4, 0),
            ..known()
        };
        assert_eq!(lvl(a), Level::Unlikely);
        assert_eq!(
            lvl(Known {
                unavailable_hours: SIGNIFICANT_OUTAGE_HOURS,
                ..a
            }),
            Level::Risk
        );
        assert_eq!(
            lvl(Known {
                backup: false,
                recovered: false,
                ..a
            }),
            Level::Risk
        );
        let care = Known {
            data: DataKinds::new().with(D::Special),
            ..a
        };
        assert_eq!(lvl(care), Level::Risk);
        assert_eq!(
            lvl(Known {
                unavailable_hours: Decimal::new(48, 0),
                ..care
            }),
            Level::High
        );
        assert_eq!(
            lvl(Known {
                backup: false,
                recovered: false,
                ..care
            }),
            Level::High
        );
    }

    #[test]
    fn integrity_rules() {
        let i = Known {
            breach: BreachKinds::new().with(BreachKind::Integrity),
            ..known()
        };
        assert_eq!(lvl(i), Level::Unlikely);
        let i = Known {
            recovered: false,
            ..i
        };
        assert_eq!(lvl(i), Level::Risk);
        let i = Known {
            backup: false,
            data: DataKinds::new().with(D::Special),
            ..i
        };
        assert_eq!(lvl(i), Level::High);
    }

    #[test]
    fn no_breach_or_no_data_is_unlikely() {
        assert_eq!(
            lvl(Known {
                breach: BreachKinds::new(),
                ..known()
            }),
            Level::Unlikely
        );
        assert_eq!(
            lvl(Known {
                data: DataKinds::new(),
                ..known()
            }),
            Level::Unlikely
        );
    }

    #[test]
    fn all_unknown_is_unknown_and_rests_on_the_deciding_fields() {
        let r = assess_risk(&Facts::unknown());
        assert_eq!(r.level, RiskLevel::Unknown);
        assert_eq!((r.at_least, r.at_most), (Level::Unlikely, Level::High));
        assert!(r.rests_on.contains(FactField::Breach));
        assert!(!r.rests_on.contains(FactField::HighRiskMitigated));
    }

    #[test]
    fn levels_are_monotone_in_each_fact() {
        // Worsening any single fact never lowers the level (the premise of the two-sided
        // evaluation of unknowns).
        let facts = [
            Facts::unknown(),
            Facts {
                breach: Some(BreachKinds::new().with(BreachKind::Confidentiality)),
                ..Facts::unknown()
            },
            Facts {
                exposure: Some(Exposure::KnownRecipient),
                data: Some(DataKinds::new().with(D::Special)),
                ..Facts::unknown()
            },
            Facts {
                breach: Some(BreachKinds::new().with(BreachKind::Availability)),
                backup: Some(true),
                ..Facts::unknown()
            },
        ];
        for f in &facts {
            for field in DECISION_FIELDS {
                let worse = level_at(f, Side::Best, Some(field));
                assert!(worse >= level_at(f, Side::Best, None), "{field}");
                let better = level_at(f, Side::Worst, Some(field));
                assert!(better <= level_at(f, Side::Worst, None), "{field}");
            }
        }
    }

    /// Every completion of the unknown decision fields of `facts` (over the
    /// representative values), by brute force.
    fn completions(facts: &Facts, mut visit: impl FnMut(&Known)) {
        let unknown: heapless::Vec<FactField, 11> = DECISION_FIELDS
            .iter()
            .copied()
            .filter(|f| !facts.is_known(*f))
            .collect();
        fn go(k: Known, fields: &[FactField], visit: &mut impl FnMut(&Known)) {
            match fields.split_first() {
                None => visit(&k),
                Some((f, rest)) => {
                    let mut i = 0;
                    let mut next = k;
                    while next.set_value(*f, i) {
                        go(next, rest, visit);
                        i += 1;
                    }
                }
            }
        }
        go(
            Known::complete(facts, Side::Worst, None),
            &unknown,
            &mut visit,
        );
    }

    #[test]
    fn unknowns_are_judged_exactly_against_brute_force() {
        // Deterministic random partial facts with up to four unknowns.
        let mut next = xorshift(0x2545_F491_4F6C_DD1D);
        for _ in 0..1000 {
            let k = random_representatives(&mut next);
            let mut facts = known_facts(&k);
            for _ in 0..=next(4) {
                forget(&mut facts, DECISION_FIELDS.get(next(DECISION_FIELDS.len())));
            }
            // Brute force: the set of levels, and which fields change it.
            let mut seen = [false; 3];
            completions(&facts, |c| {
                if let Some(s) = seen.get_mut(level(c, &mut ()) as usize) {
                    *s = true;
                }
            });
            let decided = seen.iter().filter(|s| **s).count() == 1;
            let mut matters = FactFields::new();
            completions(&facts, |c| {
                for f in DECISION_FIELDS.iter().filter(|f| !facts.is_known(**f)) {
                    let mut i = 0;
                    let mut other = *c;
                    while other.set_value(*f, i) {
                        if level(&other, &mut ()) != level(c, &mut ()) {
                            matters.insert(*f);
                        }
                        i += 1;
                    }
                }
            });
            let r = assess_risk(&facts);
            assert_eq!(r.level == RiskLevel::Unknown, !decided, "{facts:?}");
            assert_eq!(r.rests_on, matters, "{facts:?}");
            // The same for the Art. 34 decision.
            let ds = |k: &Known| crate::obligations::art34_1_subjects::decide(k).0;
            let (mut yes, mut no) = (false, false);
            let mut matters = FactFields::new();
            completions(&facts, |c| {
                if ds(c) {
                    yes = true
                } else {
                    no = true
                }
                for f in DECISION_FIELDS.iter().filter(|f| !facts.is_known(**f)) {
                    let mut i = 0;
                    let mut other = *c;
                    while other.set_value(*f, i) {
                        if ds(&other) != ds(c) {
                            matters.insert(*f);
                        }
                        i += 1;
                    }
                }
            });
            let s = crate::obligations::art34_1_subjects::assess_subjects(&facts);
            assert_eq!(s.required.is_none(), yes && no, "{facts:?}");
            assert_eq!(s.rests_on, matters, "{facts:?}");
        }
    }

    /// The old sensitivity: the highest tier of the set's members, by iterator.
    fn sensitivity_reference(data: DataKinds) -> u8 {
        data.iter().map(kind_tier).max().unwrap_or(0)
    }

    #[test]
    fn sensitivity_matches_the_reference_on_every_set() {
        for mask in 0u32..(1 << DataKind::ALL.len()) {
            let data: DataKinds = DataKind::ALL
                .iter()
                .enumerate()
                .filter(|(bit, _)| mask & (1 << bit) != 0)
                .map(|(_, k)| *k)
                .collect();
            assert_eq!(sensitivity(data), sensitivity_reference(data), "{data:?}");
        }
    }

    #[test]
    fn setting_a_field_changes_that_field_only() {
        let starts = [
            Known::complete(&Facts::unknown(), Side::Worst, None),
            Known::complete(&Facts::unknown(), Side::Best, None),
            known(),
        ];
        for start in starts {
            for f in DECISION_FIELDS {
                let mut changed: heapless::Vec<Known, 16> = heapless::Vec::new();
                for side in [Side::Best, Side::Worst] {
                    let mut k = start;
                    k.set_side(f, side);
                    assert!(changed.push(k).is_ok());
                }
                let mut i = 0;
                let mut k = start;
                while k.set_value(f, i) {
                    assert!(changed.push(k).is_ok());
                    i += 1;
                }
                for k in &changed {
                    for g in DECISION_FIELDS.iter().filter(|g| **g != f) {
                        assert!(k.same_at(&start, *g), "{f} changed {g}");
                    }
                    let mut back = *k;
                    back.set_value(f, 0);
                    let mut start0 = start;
                    start0.set_value(f, 0);
                    assert_eq!(back, start0, "{f}");
                }
            }
        }
    }

    #[test]
    fn one_sweep_matches_the_reference_search_per_decision() {
        // xorshift64*: deterministic random facts with 0 to 11 unknown decision fields
        // (so some fields are beyond the budget), known values inside and outside the
        // representative ones, and sometimes an Art. 34(3)(b)/(c) exemption.
        let mut next = xorshift(0x9E37_79B9_7F4A_7C15);
        let mut open_cases = 0;
        for case in 0..1500 {
            let mut k = random_representatives(&mut next);
            if next(3) == 0 {
                k.data = DataKind::ALL
                    .iter()
                    .filter(|_| next(4) == 0)
                    .copied()
                    .collect();
            }
            if next(3) == 0 {
                k.subjects = [0, 1, 50, MANY_SUBJECTS, MANY_SUBJECTS + 1, u64::MAX]
                    .get(next(6))
                    .copied()
                    .unwrap_or(1);
            }
            if next(3) == 0 {
                k.unavailable_hours = [
                    Decimal::new(5, 0),
                    Decimal::new(239, 1),
                    Decimal::new(48, 0),
                    Decimal::MAX,
                ]
                .get(next(4))
                .copied()
                .unwrap_or(Decimal::ZERO);
            }
            let mut facts = Facts {
                high_risk_mitigated: (next(8) == 0).then_some(true),
                disproportionate_effort: (next(8) == 0).then_some(true),
                ..known_facts(&k)
            };
            // Cycle through the number of unknowns so that every count is covered.
            for _ in 0..case % (DECISION_FIELDS.len() + 1) {
                forget(&mut facts, DECISION_FIELDS.get(next(DECISION_FIELDS.len())));
            }
            let found = RestsOn::of(&facts);
            let lvl = |k: &Known| level(k, &mut ());
            assert_eq!(found.level, flipping_fields(&facts, lvl), "{facts:?}");
            assert_eq!(
                found.notify,
                flipping_fields(&facts, |k| lvl(k) >= Level::Risk),
                "{facts:?}"
            );
            assert_eq!(
                found.high,
                flipping_fields(&facts, |k| lvl(k) == Level::High),
                "{facts:?}"
            );
            // What each obligation reports is the reference search of its own decision.
            let r = assess_risk(&facts);
            let reference = if r.at_least == r.at_most {
                FactFields::new()
            } else {
                flipping_fields(&facts, lvl)
            };
            assert_eq!(r.rests_on, reference, "{facts:?}");
            let s = crate::obligations::art34_1_subjects::assess_subjects(&facts);
            let ds = |k: &Known| crate::obligations::art34_1_subjects::decide(k).0;
            let reference = if s.required.is_some() {
                FactFields::new()
            } else {
                flipping_fields(&facts, ds)
            };
            assert_eq!(s.rests_on, reference, "{facts:?}");
            let a = crate::obligations::art33_1_authority::assess_authority(&facts, &r, None);
            if a.required.is_none() {
                let mut reference = flipping_fields(&facts, |k| lvl(k) >= Level::Risk);
                // The deadline facts the authority adds (both unknown here).
                reference.insert(FactField::AwareAt);
                assert_eq!(a.rests_on, reference, "{facts:?}");
            }
            open_cases += usize::from(!found.level.is_empty());
        }
        assert!(open_cases > 300, "too few undecided cases: {open_cases}");
    }
}
