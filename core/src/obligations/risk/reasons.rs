//! The reasons the risk rule gives, and the facts each one states.

use crate::facts::{FactField, FactFields};

use crate::obligations::reasons::Reason;
use FactField as F;

const G: &str = "EDPB Guidelines 9/2022 §IV";

/// No breach kind is known to be affected.
pub const NO_BREACH_KIND: Reason = Reason::new(
    "no_breach_kind",
    "Art. 4(12) GDPR",
    "No confidentiality, integrity or availability aspect is affected, so no personal data was compromised.",
)
.stating(&[F::Breach]);
/// No category of personal data is affected.
pub const NO_PERSONAL_DATA: Reason = Reason::new(
    "no_personal_data",
    "Art. 4(12) GDPR",
    "No personal data is affected, so this is not a personal data breach.",
)
.stating(&[F::Data]);
/// Confidentiality neutralised by encryption or hashing.
pub const CONFIDENTIALITY_UNINTELLIGIBLE: Reason = Reason::new(
    "confidentiality_unintelligible",
    "Art. 34(3)(a) GDPR; EDPB Guidelines 9/2022 §IV",
    "The data was encrypted or hashed with a key that was not compromised, so it is unintelligible to whoever saw it.",
)
.stating(&[F::Breach, F::Protection, F::KeyCompromised]);
/// Confidentiality: nobody saw the data.
pub const CONFIDENTIALITY_NOT_SEEN: Reason = Reason::new(
    "confidentiality_not_seen",
    G,
    "Nobody outside those authorised saw the data.",
)
.stating(&[F::Breach, F::Exposure]);
/// Confidentiality: key compromised.
pub const KEY_COMPROMISED: Reason = Reason::new(
    "key_compromised",
    "EDPB Guidelines 9/2022 §IV",
    "The key or hash secret was exposed too, so the protection no longer counts.",
)
.stating(&[F::Breach, F::Protection, F::KeyCompromised]);
/// Likelihood: recipients bound by confidentiality or staff.
pub const EXPOSURE_TRUSTED: Reason = Reason::new(
    "exposure_trusted",
    G,
    "The data went only to staff or to a recipient bound by confidentiality, which makes misuse unlikely.",
)
.stating(&[F::Breach, F::Exposure]);
/// Likelihood: one or a few identified recipients.
pub const EXPOSURE_KNOWN: Reason = Reason::new(
    "exposure_known_recipient",
    G,
    "The data went to one or a few identified recipients who are not bound by confidentiality.",
)
.stating(&[F::Breach, F::Exposure]);
/// Likelihood: unknown recipients.
pub const EXPOSURE_UNKNOWN: Reason = Reason::new(
    "exposure_unknown_recipient",
    G,
    "The data may have reached people who are not identified or are too many to follow up.",
)
.stating(&[F::Breach, F::Exposure]);
/// Likelihood: malicious actor or public.
pub const EXPOSURE_MALICIOUS_OR_PUBLIC: Reason = Reason::new(
    "exposure_malicious_or_public",
    G,
    "The data is in the hands of someone acting with malice, or was made public, so misuse is likely.",
)
.stating(&[F::Breach, F::Exposure]);
/// Likelihood lowered: recovered.
pub const RECOVERED: Reason = Reason::new(
    "recovered",
    G,
    "The data was retrieved or deleted before it could be misused, which lowers the likelihood of harm.",
)
.stating(&[F::Breach, F::Recovered]);
/// Likelihood raised: malice.
pub const MALICIOUS: Reason = Reason::new(
    "malicious",
    G,
    "The breach was caused on purpose, which raises the likelihood that the data will be misused.",
)
.stating(&[F::Breach, F::Malicious]);
/// Severity: special or criminal data.
pub const SPECIAL_CATEGORY: Reason = Reason::new(
    "special_category_data",
    "Art. 9, 10 GDPR; EDPB Guidelines 9/2022 §IV",
    "Special-category or criminal-offence data is involved, so damage should be considered likely.",
)
.stating(&[F::Breach, F::Data]);
/// Severity: identification, financial or credential data.
pub const SENSITIVE_DATA: Reason = Reason::new(
    "sensitive_data",
    G,
    "Identity, financial or credential data is involved, which can lead to identity theft or fraud.",
)
.stating(&[F::Breach, F::Data]);
/// Severity: revealing data.
pub const REVEALING_DATA: Reason = Reason::new(
    "revealing_data",
    G,
    "Location, communication or behavioural data is involved, which reveals much about a person's life.",
)
.stating(&[F::Breach, F::Data]);
/// Severity: basic data.
pub const BASIC_DATA: Reason = Reason::new(
    "basic_data_only",
    G,
    "Only contact or other ordinary data is involved.",
)
.stating(&[F::Breach, F::Data]);
/// Severity lowered: pseudonymised.
pub const PSEUDONYMISED: Reason = Reason::new(
    "pseudonymised",
    "Art. 4(5) GDPR; EDPB Guidelines 9/2022 §IV",
    "The data was pseudonymised, which makes the people harder to identify but not impossible.",
)
.stating(&[F::Breach, F::Protection, F::Data]);
/// Severity raised: vulnerable people.
pub const VULNERABLE: Reason = Reason::new(
    "vulnerable_subjects",
    G,
    "The people affected are vulnerable (children, patients or others in a position of dependency).",
)
.stating(&[F::Breach, F::VulnerableSubjects]);
/// Many people affected.
pub const MANY_PEOPLE: Reason = Reason::new(
    "many_subjects",
    "EDPB Guidelines 9/2022 §IV; ENISA 2013 §3",
    "More than one hundred people are affected, which widens the impact.",
)
.stating(&[F::Breach, F::Subjects]);
/// Severity raised: large scale.
pub const LARGE_SCALE: Reason = Reason::new(
    "large_scale",
    "EDPB Guidelines 9/2022 §IV; 01/2021 Case 11",
    "More than ten thousand people are affected: the scale of the breach raises its severity.",
)
.stating(&[F::Breach, F::Subjects]);
/// Confidentiality verdicts.
pub const CONFIDENTIALITY_HIGH: Reason = Reason::new(
    "confidentiality_high",
    G,
    "Sensitive data was disclosed to people likely to misuse it: a high risk to the people affected.",
)
.stating(&[F::Breach, F::Data, F::Exposure]);
/// Confidentiality verdict: risk.
pub const CONFIDENTIALITY_RISK: Reason = Reason::new(
    "confidentiality_risk",
    G,
    "The disclosure can harm the people affected: a risk to be notified to the authority.",
)
.stating(&[F::Breach]);
/// Confidentiality verdict: unlikely.
pub const CONFIDENTIALITY_UNLIKELY: Reason = Reason::new(
    "confidentiality_unlikely",
    G,
    "The disclosure is unlikely to harm anyone given who saw the data and what it was.",
)
.stating(&[F::Breach, F::Data, F::Exposure]);
/// Integrity: recovered.
pub const INTEGRITY_RESTORED: Reason = Reason::new(
    "integrity_restored",
    "EDPB Guidelines 9/2022 §IV; ENISA 2013 Annex 3",
    "The altered data was put right before it was used.",
)
.stating(&[F::Breach, F::Recovered]);
/// Integrity: not restored, sensitive.
pub const INTEGRITY_HIGH: Reason = Reason::new(
    "integrity_high",
    G,
    "Special-category data was altered and cannot be put right from a backup, which can cause serious harm.",
)
.stating(&[F::Breach, F::Data, F::Backup]);
/// Integrity: not restored.
pub const INTEGRITY_RISK: Reason = Reason::new(
    "integrity_risk",
    G,
    "Altered data may have been used before it was put right.",
)
.stating(&[F::Breach, F::Recovered]);
/// Availability: restored quickly.
pub const AVAILABILITY_RESTORED: Reason = Reason::new(
    "availability_restored_quickly",
    "EDPB Guidelines 01/2021 Case 1",
    "A backup restored the data within a day, so the outage had no lasting effect on the people.",
)
.stating(&[F::Breach, F::Backup, F::Recovered, F::UnavailableHours]);
/// Availability: short outage of critical data.
pub const AVAILABILITY_CRITICAL_SHORT: Reason = Reason::new(
    "availability_critical_short",
    "EDPB Guidelines 01/2021 Case 3",
    "Even a short outage of health or other critical data can disrupt care or essential services.",
)
.stating(&[F::Breach, F::Data, F::UnavailableHours]);
/// Availability: long outage.
pub const AVAILABILITY_LONG: Reason = Reason::new(
    "availability_long_outage",
    "EDPB Guidelines 01/2021 ¶24",
    "The data was unavailable for a day or more, which disrupts the services the people rely on.",
)
.stating(&[F::Breach, F::UnavailableHours]);
/// Availability: lost for good.
pub const AVAILABILITY_LOST: Reason = Reason::new(
    "availability_lost",
    "EDPB Guidelines 9/2022 §IV; 01/2021 Case 2",
    "The data is lost for good: there was no backup and it was not recovered.",
)
.stating(&[F::Breach, F::Backup, F::Recovered]);
/// Availability: critical data lost or long outage.
pub const AVAILABILITY_HIGH: Reason = Reason::new(
    "availability_high",
    "EDPB Guidelines 01/2021 Case 3, 4",
    "Health or other critical data of the people is lost or was unavailable for long, which can seriously harm them.",
)
.stating(&[F::Breach, F::Data]);
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

/// The facts a risk reason states as given (declared with each reason, see
/// [`Reason::stating`]; a reason about one aspect also states that this aspect is
/// affected, `breach`). A reason is only reported when none of these facts was assumed:
/// the reasons never state as fact what was not given.
pub(crate) fn stated_fields(r: &Reason) -> FactFields {
    let mut out = FactFields::new();
    for f in r.states {
        out.insert(*f);
    }
    out
}
