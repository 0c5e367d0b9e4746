//! # Exemptions from the communication to the people — Art. 34(3)
//!
//! **Citation:** Art. 34(3)(a), (b), (c) GDPR; EDPB Guidelines 9/2022 §III.C; Art. 34(4).
//!
//! **Rule.** When a high risk is likely, the communication of Art. 34(1) is not required
//! if any of these holds (checked in this order, the first one is reported):
//! - **(a)** the affected data was made unintelligible to anyone not authorised — the
//!   contract's `protection` is `encrypted` or `hashed` and `key_compromised` is false —
//!   and without that protection the breach would be a high risk. (Encryption never
//!   cures an availability or integrity high risk, so (a) cannot cover those.)
//! - **(b)** `high_risk_mitigated`: later measures ensure the high risk is no longer
//!   likely to materialise.
//! - **(c)** `disproportionate_effort`: then a public communication or an equally
//!   effective measure is required instead; the exemption holds only together with it
//!   (`public_communication`).
//!
//! The controller must be able to demonstrate the exemption (accountability), and the
//! authority may still require the communication (Art. 34(4)).

use serde::{Serialize, Serializer};

use super::reasons::Reason;
use super::risk::{Known, Level, level};
use crate::facts::Protection;

/// A ground of Art. 34(3) GDPR.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Exemption {
    /// Art. 34(3)(a): data unintelligible (e.g. encryption with a safe key).
    Unintelligible,
    /// Art. 34(3)(b): subsequent measures make the high risk no longer likely.
    Mitigated,
    /// Art. 34(3)(c): disproportionate effort; a public communication instead.
    DisproportionateEffort,
}

impl Exemption {
    /// The contract name (`art34_3_a`, `art34_3_b`, `art34_3_c`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Exemption::Unintelligible => "art34_3_a",
            Exemption::Mitigated => "art34_3_b",
            Exemption::DisproportionateEffort => "art34_3_c",
        }
    }

    /// The article.
    pub const fn citation(self) -> &'static str {
        match self {
            Exemption::Unintelligible => "Art. 34(3)(a) GDPR",
            Exemption::Mitigated => "Art. 34(3)(b) GDPR",
            Exemption::DisproportionateEffort => "Art. 34(3)(c) GDPR",
        }
    }

    /// The reason that explains it.
    pub const fn reason(self) -> &'static Reason {
        match self {
            Exemption::Unintelligible => &EXEMPT_UNINTELLIGIBLE,
            Exemption::Mitigated => &EXEMPT_MITIGATED,
            Exemption::DisproportionateEffort => &EXEMPT_DISPROPORTIONATE,
        }
    }
}

impl Serialize for Exemption {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Art. 34(3)(a).
pub const EXEMPT_UNINTELLIGIBLE: Reason = Reason::new(
    "exempt_unintelligible",
    "Art. 34(3)(a) GDPR",
    "The data was unintelligible to anyone not authorised (encrypted or hashed with a safe key), so the people need not be told.",
);
/// Art. 34(3)(b).
pub const EXEMPT_MITIGATED: Reason = Reason::new(
    "exempt_mitigated",
    "Art. 34(3)(b) GDPR",
    "Measures taken since the breach ensure the high risk is no longer likely to materialise, so the people need not be told.",
);
/// Art. 34(3)(c).
pub const EXEMPT_DISPROPORTIONATE: Reason = Reason::new(
    "exempt_disproportionate_effort",
    "Art. 34(3)(c) GDPR",
    "Contacting each person would involve disproportionate effort, so a public communication or an equally effective measure must inform them instead.",
);
/// Art. 34(3)(c) without the public communication.
pub const PUBLIC_COMMUNICATION_MISSING: Reason = Reason::new(
    "public_communication_missing",
    "Art. 34(3)(c) GDPR",
    "No public communication has been made yet: until it is, the people are not informed as Art. 34(3)(c) requires.",
);
/// Art. 34(3)(c) with the public communication.
pub const PUBLIC_COMMUNICATION_MADE: Reason = Reason::new(
    "public_communication_made",
    "Art. 34(3)(c) GDPR",
    "A public communication informs the people instead of individual messages.",
);
/// Art. 34(3)(c), public communication unknown.
pub const PUBLIC_COMMUNICATION_UNKNOWN: Reason = Reason::new(
    "public_communication_unknown",
    "Art. 34(3)(c) GDPR",
    "It is not known whether a public communication has been made; the exemption holds only with one.",
);
/// Art. 34(4).
pub const AUTHORITY_MAY_REQUIRE: Reason = Reason::new(
    "authority_may_require_communication",
    "Art. 34(4) GDPR",
    "The supervisory authority may still require the communication or confirm that the exemption applies.",
);

/// The exemption that applies to complete facts at `lvl` (their level), if any.
pub(crate) fn exemption(k: &Known, lvl: Level) -> Option<Exemption> {
    if lvl == Level::High {
        if k.high_risk_mitigated {
            return Some(Exemption::Mitigated);
        }
        if k.disproportionate_effort {
            return Some(Exemption::DisproportionateEffort);
        }
        return None;
    }
    if k.unintelligible() {
        let unprotected = Known {
            protection: Protection::None,
            ..*k
        };
        if level(&unprotected, &mut ()) == Level::High {
            return Some(Exemption::Unintelligible);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{DataKind, DataKinds, Exposure};

    fn stolen_health_records() -> Known {
        Known {
            malicious: true,
            ..Known::test_breach(DataKind::Special, 500, Exposure::MaliciousActor)
        }
    }

    fn ex(k: Known) -> Option<Exemption> {
        exemption(&k, level(&k, &mut ()))
    }

    #[test]
    fn a_needs_a_safe_key_and_a_high_risk_without_it() {
        let k = stolen_health_records();
        assert_eq!(ex(k), None);
        let enc = Known {
            protection: Protection::Encrypted,
            ..k
        };
        assert_eq!(ex(enc), Some(Exemption::Unintelligible));
        assert_eq!(
            ex(Known {
                key_compromised: true,
                ..enc
            }),
            None
        );
        let minor = Known {
            data: DataKinds::new().with(DataKind::Contact),
            exposure: Exposure::KnownRecipient,
            malicious: false,
            ..enc
        };
        assert_eq!(ex(minor), None, "no high risk to be exempted from");
    }

    #[test]
    fn b_then_c() {
        let k = stolen_health_records();
        assert_eq!(
            ex(Known {
                high_risk_mitigated: true,
                disproportionate_effort: true,
                ..k
            }),
            Some(Exemption::Mitigated)
        );
        assert_eq!(
            ex(Known {
                disproportionate_effort: true,
                ..k
            }),
            Some(Exemption::DisproportionateEffort)
        );
        assert_eq!(Exemption::DisproportionateEffort.as_str(), "art34_3_c");
    }
}
