//! # The rule: factors → level (EDPB Guidelines 9/2022 §IV, 01/2021)
//!
//! The level of a breach is the highest level of its three aspects. Each aspect weighs
//! how *likely* harm is against how *severe* it would be (Recitals 75, 76):
//!
//! | aspect | `unlikely` when | `high` when |
//! |---|---|---|
//! | confidentiality | the data was unintelligible (encrypted or hashed, key safe), nobody saw it, or few low-sensitivity items went to trusted people | sensitive data reached people likely to misuse it (see `confidentiality`) |
//! | integrity | the original was put right before any use | critical data stays altered with no backup |
//! | availability | a backup restored non-critical data in good time (01/2021 Case 1, 10) | critical data is lost, or out for a day or more (01/2021 Case 3) |
//!
//! Likelihood is the exposure ladder: staff or a trusted recipient (1), a known
//! recipient (2), unknown recipients (3), a malicious actor or the public (4); a
//! recovery lowers it one step, malice raises it one step. Severity is the data's
//! sensitivity tier ([`sensitivity`]); pseudonymisation lowers it one step; vulnerable
//! people and a large scale ([`LARGE_SCALE_SUBJECTS`] people, 01/2021 Case 11) raise it
//! one step each.

use super::Level;
use super::known::Known;
use super::reasons::*;
use crate::decimal::Decimal;
use crate::facts::{BreachKind, DataKind, DataKinds, Exposure, FactField, Protection};
use crate::obligations::reasons::ReasonSink;

/// Outages shorter than this, restored from a backup, do not disrupt the people's lives
/// (rationale: EDPB 01/2021 Case 1 treats a restore "within a few hours" as no risk and
/// Case 3 a two-day outage of hospital data as high risk; one day is where appointments,
/// care and payments start to slip). Hours.
pub const SIGNIFICANT_OUTAGE_HOURS: Decimal = Decimal::new(24, 0);

/// More people than this count as "a large number" that keeps an otherwise minor
/// breach at `risk` (EDPB 9/2022 §IV "number of affected individuals"; the figure is
/// ENISA 2013's flag "number of individuals > 100").
pub const MANY_SUBJECTS: u64 = 100;

/// More people than this make the breach one of large scale, which raises its severity
/// one step (EDPB 9/2022 §IV "number of affected individuals": the more people, the
/// greater the impact; 01/2021 Case 11, more than 100,000 customers' names, addresses
/// and dates of birth on a stolen laptop, is high risk; Case 14, more than 60,000 job
/// seekers, likewise). The figure is ours: ten thousand is two orders of magnitude
/// above ENISA's "more than 100" flag and below every large-scale case of 01/2021.
pub const LARGE_SCALE_SUBJECTS: u64 = 10_000;

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
pub(super) const fn kind_tier(k: DataKind) -> u8 {
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
pub(super) fn level_at_tier(k: &Known, base: u8, reasons: &mut impl ReasonSink) -> Level {
    if k.breach.is_empty() {
        reasons.push(&NO_BREACH_KIND);
        return Level::Unlikely;
    }
    if base == 0 {
        reasons.push(&NO_PERSONAL_DATA);
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
        4 => &SPECIAL_CATEGORY,
        3 => &SENSITIVE_DATA,
        2 => &REVEALING_DATA,
        _ => &BASIC_DATA,
    });
}

/// The confidentiality aspect: likelihood (who saw it) against severity (what it was).
///
/// High when likelihood ≥ 3 and severity ≥ 3, likelihood ≥ 2 and special/criminal
/// data, likelihood 4 and severity ≥ 2, or vulnerable people and likelihood ≥ 3.
/// Unlikely when likelihood ≤ 1 and severity ≤ 2, unless more than [`MANY_SUBJECTS`]
/// people are affected. Risk otherwise.
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
        reasons.push(&CONFIDENTIALITY_UNINTELLIGIBLE);
        return Level::Unlikely;
    }
    if not_seen {
        reasons.push(&CONFIDENTIALITY_NOT_SEEN);
        return Level::Unlikely;
    }
    if k.key_compromised && matches!(k.protection, Protection::Encrypted | Protection::Hashed) {
        reasons.push(&KEY_COMPROMISED);
    }
    let mut likelihood: u8 = match k.exposure {
        Exposure::None => 0,
        Exposure::Internal | Exposure::TrustedRecipient => {
            reasons.push(&EXPOSURE_TRUSTED);
            1
        }
        Exposure::KnownRecipient => {
            reasons.push(&EXPOSURE_KNOWN);
            2
        }
        Exposure::UnknownRecipient => {
            reasons.push(&EXPOSURE_UNKNOWN);
            3
        }
        Exposure::MaliciousActor | Exposure::Public => {
            reasons.push(&EXPOSURE_MALICIOUS_OR_PUBLIC);
            4
        }
    };
    if k.recovered {
        reasons.push(&RECOVERED);
        likelihood = likelihood.saturating_sub(1);
    }
    if k.malicious && likelihood < 4 {
        reasons.push(&MALICIOUS);
        likelihood += 1;
    }
    data_reason(base, reasons);
    let mut severity = base;
    if k.protection == Protection::Pseudonymised && severity > 1 {
        reasons.push(&PSEUDONYMISED);
        severity -= 1;
    }
    if k.vulnerable {
        reasons.push(&VULNERABLE);
        severity = (severity + 1).min(4);
    }
    if k.subjects > LARGE_SCALE_SUBJECTS {
        reasons.push(&LARGE_SCALE);
        severity = (severity + 1).min(4);
    }
    let high = (likelihood >= 3 && severity >= 3)
        || (likelihood >= 2 && severity >= 4)
        || (likelihood >= 4 && severity >= 2)
        || (k.vulnerable && likelihood >= 3);
    if high {
        reasons.push(&CONFIDENTIALITY_HIGH);
        return Level::High;
    }
    if likelihood <= 1 && severity <= 2 {
        if k.subjects > MANY_SUBJECTS && likelihood >= 1 {
            reasons.push(&MANY_PEOPLE);
            reasons.push(&CONFIDENTIALITY_RISK);
            return Level::Risk;
        }
        reasons.push(&CONFIDENTIALITY_UNLIKELY);
        return Level::Unlikely;
    }
    reasons.push(&CONFIDENTIALITY_RISK);
    Level::Risk
}

/// Tier with the vulnerability adjustment, for integrity and availability.
fn impact_tier(k: &Known, base: u8, reasons: &mut impl ReasonSink) -> u8 {
    data_reason(base, reasons);
    if k.vulnerable {
        reasons.push(&VULNERABLE);
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
        reasons.push(&INTEGRITY_RESTORED);
        return Level::Unlikely;
    }
    if impact_tier(k, base, reasons) >= 4 && !k.backup {
        reasons.push(&INTEGRITY_HIGH);
        return Level::High;
    }
    reasons.push(&INTEGRITY_RISK);
    Level::Risk
}

/// The availability aspect.
fn availability(k: &Known, base: u8, reasons: &mut impl ReasonSink) -> Level {
    if !k.breach.contains(BreachKind::Availability) {
        return Level::Unlikely;
    }
    let restorable = k.backup || k.recovered;
    let short = k.unavailable_hours < SIGNIFICANT_OUTAGE_HOURS;
    // Vulnerable people feel even a short outage, but not one that never happened: a
    // backup at hand with no outage at all is no harm to anyone (01/2021 Case 10, stolen
    // encrypted tablets with children's data, a backup readily available).
    let no_outage = k.unavailable_hours.is_zero();
    if restorable && short && base < 4 && (!k.vulnerable || no_outage) {
        reasons.push(&AVAILABILITY_RESTORED);
        return Level::Unlikely;
    }
    let critical = impact_tier(k, base, reasons) >= 4;
    if !restorable {
        reasons.push(&AVAILABILITY_LOST);
        if critical {
            reasons.push(&AVAILABILITY_HIGH);
            return Level::High;
        }
        return Level::Risk;
    }
    if short {
        reasons.push(&AVAILABILITY_CRITICAL_SHORT);
        return Level::Risk;
    }
    reasons.push(&AVAILABILITY_LONG);
    if critical {
        reasons.push(&AVAILABILITY_HIGH);
        return Level::High;
    }
    Level::Risk
}
