//! The reasons the risk rule gives, and the facts each one states.

use crate::facts::{FactField, FactFields};
use crate::obligations::reasons::Reason;

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
/// Severity raised: large scale.
pub const LARGE_SCALE: Reason = Reason::new(
    "large_scale",
    "EDPB Guidelines 9/2022 §IV; 01/2021 Case 11",
    "More than ten thousand people are affected: the scale of the breach raises its severity.",
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
    "The kind of breach is unknown (confidentiality, integrity or availability), so the level cannot be assessed yet.",
);

/// The level rests on assumed values of unknown facts (listed in `assumptions`).
pub const DECIDED_ON_ASSUMPTIONS: Reason = Reason::new(
    "decided_on_assumptions",
    "Art. 33(1), 34(3) GDPR; Recital 85; EDPB Guidelines 01/2021",
    "Some facts are unknown: a mitigation not shown is not credited and an aggravating circumstance not stated is taken as absent, as the EDPB's worked cases do; the assumptions list what would change the level.",
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
pub(crate) fn stated_fields(r: &Reason) -> FactFields {
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
        c if c == MANY_PEOPLE.code || c == LARGE_SCALE.code => &[F::Breach, F::Subjects],
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
