//! # ENISA severity (second opinion)
//!
//! **Citation:** ENISA, *Recommendations for a methodology of the assessment of severity
//! of personal data breaches*, v1.0, December 2013 (cited by EDPB Guidelines 9/2022 §IV
//! as a useful aid).
//!
//! **Rule.** `SE = DPC × EI + CB` (ENISA §3), computed from the facts with every unknown
//! at its least favourable value:
//! - **DPC** (data processing context, 1–4): the highest basic score of the data
//!   categories — simple 1 (contact, other), behavioural 2 (location, communications,
//!   behavioural; credentials, which ENISA scores by what they open, are put here too),
//!   financial 3, sensitive 4 (special, criminal); identification data is simple data
//!   adjusted +1 (ID numbers allow impersonation); +1 for vulnerable people (ENISA
//!   Annex 1 A2 "special characteristics of the individuals"), at most 4.
//! - **EI** (ease of identification): maximum (1) — the facts name no identifier —
//!   except pseudonymised data, limited (0.5). Unintelligible data keeps EI 1 and sets
//!   the flag `unintelligible`, as ENISA §3.4 does.
//! - **CB** (circumstances, summed, Annex 3): confidentiality 0 (none, internal, trusted
//!   recipient), 0.25 (known recipients), 0.5 (unknown recipients, malicious actor,
//!   public); integrity 0 (recovered), 0.25 (backup), 0.5 (neither); availability 0
//!   (backup, restored within [`SIGNIFICANT_OUTAGE_HOURS`]), 0.25 (temporary), 0.5 (lost
//!   for good); malicious intent +0.5.
//! - **Level** (ENISA §3.5): SE < 2 low, < 3 medium, < 4 high, else very high.
//!
//! Scores are kept in quarter points, so they are exact. ENISA gives no mapping to
//! Art. 33/34 (§4.1.2); the engine's level never depends on this score.

use serde::{Serialize, Serializer};

use super::risk::{Known, SIGNIFICANT_OUTAGE_HOURS};
use crate::decimal::Decimal;
use crate::facts::{BreachKind, DataKind, Exposure, Protection};

/// ENISA's severity levels (§3.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EnisaLevel {
    /// SE < 2.
    Low,
    /// 2 ≤ SE < 3.
    Medium,
    /// 3 ≤ SE < 4.
    High,
    /// SE ≥ 4.
    VeryHigh,
}

impl EnisaLevel {
    /// The report name.
    pub const fn as_str(self) -> &'static str {
        match self {
            EnisaLevel::Low => "low",
            EnisaLevel::Medium => "medium",
            EnisaLevel::High => "high",
            EnisaLevel::VeryHigh => "very_high",
        }
    }

    /// The level of a score in quarter points.
    pub const fn of_quarters(q: u32) -> EnisaLevel {
        match q {
            0..8 => EnisaLevel::Low,
            8..12 => EnisaLevel::Medium,
            12..16 => EnisaLevel::High,
            _ => EnisaLevel::VeryHigh,
        }
    }
}

impl Serialize for EnisaLevel {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// The ENISA 2013 severity of a breach.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Enisa {
    /// SE = DPC × EI + CB (0.25–6), in quarter points.
    pub score: Decimal,
    /// The severity level.
    pub level: EnisaLevel,
    /// Data processing context, 1–4.
    pub dpc: u8,
    /// Ease of identification, 0.25–1.
    pub ei: Decimal,
    /// Circumstances of the breach, 0–2.
    pub cb: Decimal,
    /// ENISA flag: more than 100 people affected.
    pub many_subjects: bool,
    /// ENISA flag: the data is unintelligible (key safe).
    pub unintelligible: bool,
    /// The source.
    pub citation: &'static str,
}

/// ENISA's "number of individuals" flag threshold (§3.4).
const ENISA_MANY: u64 = 100;

impl Enisa {
    /// The severity of complete facts.
    pub(crate) fn of(k: &Known) -> Enisa {
        let dpc = dpc(k);
        let ei_q: u32 = if k.protection == Protection::Pseudonymised {
            2
        } else {
            4
        };
        let cb_q = cb_quarters(k);
        let score_q = u32::from(dpc) * ei_q + cb_q;
        Enisa {
            score: quarters(score_q),
            level: EnisaLevel::of_quarters(score_q),
            dpc,
            ei: quarters(ei_q),
            cb: quarters(cb_q),
            many_subjects: k.subjects > ENISA_MANY,
            unintelligible: k.unintelligible(),
            citation: "ENISA 2013, Recommendations for a methodology of the assessment of severity of personal data breaches",
        }
    }
}

/// `q` quarter points as an exact number (`q × 0.25`; q ≤ 4 × 4 + 8 = 24).
fn quarters(q: u32) -> Decimal {
    Decimal::new(q.saturating_mul(25), 2)
}

/// Data processing context (ENISA §3.1 and Annex 1).
fn dpc(k: &Known) -> u8 {
    let basic = k
        .data
        .iter()
        .map(|d| match d {
            DataKind::Contact | DataKind::Other => 1,
            DataKind::Identification => 2,
            DataKind::Location
            | DataKind::Communications
            | DataKind::Behavioural
            | DataKind::Credentials => 2,
            DataKind::Financial => 3,
            DataKind::Special | DataKind::Criminal => 4,
        })
        .max()
        .unwrap_or(1);
    if k.vulnerable {
        (basic + 1).min(4)
    } else {
        basic
    }
}

/// Circumstances of the breach in quarter points (ENISA Annex 3).
fn cb_quarters(k: &Known) -> u32 {
    let mut q = 0;
    if k.breach.contains(BreachKind::Confidentiality) {
        q += match k.exposure {
            Exposure::None | Exposure::Internal | Exposure::TrustedRecipient => 0,
            Exposure::KnownRecipient => 1,
            Exposure::UnknownRecipient | Exposure::MaliciousActor | Exposure::Public => 2,
        };
    }
    if k.breach.contains(BreachKind::Integrity) {
        q += if k.recovered {
            0
        } else if k.backup {
            1
        } else {
            2
        };
    }
    if k.breach.contains(BreachKind::Availability) {
        q += if k.backup && k.unavailable_hours < SIGNIFICANT_OUTAGE_HOURS {
            0
        } else if k.backup || k.recovered {
            1
        } else {
            2
        };
    }
    if k.malicious {
        q += 2;
    }
    q
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{BreachKinds, DataKinds};

    fn base() -> Known {
        Known::test_breach(DataKind::Contact, 150, Exposure::KnownRecipient)
    }

    #[test]
    fn newsletter_in_cc_is_low() {
        // legal.md §8.8: DPC 1 × EI 1 + 0.25 = 1.25 low.
        let e = Enisa::of(&base());
        assert_eq!(
            (e.score, e.level, e.many_subjects),
            (Decimal::new(125, 2), EnisaLevel::Low, true)
        );
    }

    #[test]
    fn card_dump_by_hacker_is_very_high() {
        // legal.md §8.8: DPC 4 × 1 + 0.5 + 0.5 = 5 very high (full card data: financial +1
        // is not a fact of contract §3, so sensitive data stands in for the DPC 4).
        let k = Known {
            data: DataKinds::new().with(DataKind::Special),
            exposure: Exposure::Public,
            malicious: true,
            ..base()
        };
        let e = Enisa::of(&k);
        assert_eq!(
            (e.score, e.level),
            (Decimal::new(5, 0), EnisaLevel::VeryHigh)
        );
    }

    #[test]
    fn stolen_encrypted_laptop_is_low_with_flag() {
        // legal.md §8.8: DPC 1 × EI 1 + confidentiality 0 (no evidence anyone read it) +
        // availability 0 (other copy) + malicious 0.5 = 1.5 low, flag "unintelligible".
        let k = Known {
            breach: BreachKinds::new()
                .with(BreachKind::Confidentiality)
                .with(BreachKind::Availability),
            protection: Protection::Encrypted,
            exposure: Exposure::None,
            malicious: true,
            ..base()
        };
        let e = Enisa::of(&k);
        assert_eq!(
            (e.score, e.level, e.unintelligible),
            (Decimal::new(15, 1), EnisaLevel::Low, true)
        );
    }

    #[test]
    fn levels_and_bounds() {
        assert_eq!(EnisaLevel::of_quarters(7), EnisaLevel::Low);
        assert_eq!(EnisaLevel::of_quarters(8), EnisaLevel::Medium);
        assert_eq!(EnisaLevel::of_quarters(12), EnisaLevel::High);
        assert_eq!(EnisaLevel::of_quarters(16), EnisaLevel::VeryHigh);
        let worst = Known {
            breach: BreachKinds::all(),
            data: DataKinds::all(),
            exposure: Exposure::Public,
            malicious: true,
            backup: false,
            ..base()
        };
        let e = Enisa::of(&worst);
        assert_eq!(
            (e.score, e.cb, e.dpc),
            (Decimal::new(6, 0), Decimal::new(2, 0), 4)
        );
        let k = Known {
            protection: Protection::Pseudonymised,
            ..base()
        };
        assert_eq!(Enisa::of(&k).ei, Decimal::new(5, 1));
        let k = Known {
            vulnerable: true,
            ..base()
        };
        assert_eq!(Enisa::of(&k).dpc, 2);
    }
}
