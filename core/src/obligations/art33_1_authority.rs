//! # Notification to the supervisory authority — Art. 33(1)
//!
//! **Citation:** Art. 33(1) GDPR; Recital 85; EDPB Guidelines 9/2022 §II; 01/2021 ¶24.
//!
//! **Rule.** The controller notifies the competent supervisory authority without undue
//! delay and, where feasible, within 72 hours of becoming aware, **unless** the breach
//! is unlikely to result in a risk to the rights and freedoms of natural persons.
//! `required` is decided on the facts given: the risk level with every unknown fact at
//! the value legal.md §5.1 assumes (a mitigation not shown is not credited — Recital 85
//! puts the burden of demonstrating "unlikely" on the controller). `assumptions` lists
//! the unknown facts that, taken the other way, would change it; `rests_on` the unknown
//! facts that can move it over the range of completions. `null` only when the kind of
//! breach is unknown and the range leaves it open. The deadline, status and lateness follow
//! [`super::deadline`]; when late, the notification must give reasons for the delay
//! (`delay_reasons_required`, contract element `delay_reasons`).

use serde::Serialize;

use super::deadline::{self, DeadlineStatus};
use super::reasons::{Reason, ReasonList};
use super::risk::{Assumed, Assumptions, Level, RestsOn, Risk};
use crate::facts::{FactField, FactFields, Facts, Role};
use crate::time::Timestamp;

/// The article.
pub const CITATION: &str = "Art. 33(1) GDPR";

/// Risk: notify.
pub const NOTIFY_RISK: Reason = Reason::new(
    "notify_authority_risk",
    "Art. 33(1) GDPR",
    "The breach is likely to result in a risk to the people affected, so the supervisory authority must be notified.",
);
/// Unlikely: no notification.
pub const NO_NOTIFICATION_UNLIKELY: Reason = Reason::new(
    "no_notification_unlikely",
    "Art. 33(1) GDPR",
    "The breach is unlikely to result in a risk, so no notification is owed; the breach is still documented.",
);
/// Undecided.
pub const NOTIFY_BY_DEFAULT: Reason = Reason::new(
    "notify_unless_demonstrably_unlikely",
    "Art. 33(1) GDPR; Recital 85",
    "Some facts that could show the risk to be unlikely are not established; unless the controller can demonstrate that it is unlikely, it notifies.",
);
/// The 72 hours.
pub const DEADLINE_72H: Reason = Reason::new(
    "deadline_72_hours",
    "Art. 33(1) GDPR",
    "Notify without undue delay and, where feasible, no later than 72 hours after becoming aware.",
);
/// High risk: sooner.
pub const HIGH_RISK_SOONER: Reason = Reason::new(
    "high_risk_notify_sooner",
    "EDPB Guidelines 01/2021 ¶24",
    "For a high risk even a notification within 72 hours can be too slow: notify as soon as possible.",
);
/// No awareness time.
pub const AWARE_AT_UNKNOWN: Reason = Reason::new(
    "aware_at_unknown",
    "Art. 33(1) GDPR",
    "When the controller became aware is unknown, so the deadline cannot be computed.",
);
/// Late.
pub const LATE_REASONS_REQUIRED: Reason = Reason::new(
    "late_reasons_required",
    "Art. 33(1) GDPR",
    "The notification comes after the 72-hour deadline, so it must give the reasons for the delay.",
);
/// On time.
pub const ON_TIME: Reason = Reason::new(
    "notified_on_time",
    "Art. 33(1) GDPR",
    "The notification was made within 72 hours of becoming aware.",
);
/// Pending.
pub const PENDING: Reason = Reason::new(
    "notification_pending",
    "Art. 33(1) GDPR",
    "The 72-hour deadline has not yet passed.",
);
/// Processor: the controller's clock.
pub const CONTROLLER_CLOCK: Reason = Reason::new(
    "controller_clock_starts_on_alert",
    "Art. 33(1), 33(2) GDPR; EDPB Guidelines 9/2022 §II.A.4",
    "These are the controller's duties: its 72 hours start when the processor informs it, so the deadline shown counts from the processor's awareness.",
);

/// The Art. 33(1) obligation (contract §4 `obligations.authority`, extended).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuthorityObligation {
    /// `true`, `false`, or `null` when unknown facts decide it.
    pub required: Option<bool>,
    /// `aware_at` + 72 h in UTC, or `null` when `aware_at` is unknown.
    pub deadline: Option<Timestamp>,
    /// Contract §4 `late`.
    pub late: Option<bool>,
    /// Where the notification stands in time.
    pub status: DeadlineStatus,
    /// `Art. 33(1) GDPR`.
    pub citation: &'static str,
    /// Why.
    pub reasons: ReasonList,
    /// Unknown facts the decision rests on.
    pub rests_on: FactFields,
    /// What the decision assumed about unknown facts, and what it would be otherwise
    /// (contract §4 `assumptions`).
    pub assumptions: Assumptions,
    /// A notification must give reasons for its delay (Art. 33(1) last sentence).
    pub delay_reasons_required: bool,
}

/// Decides Art. 33(1) for `facts` with their assessed `risk` at evaluation time `now`.
pub fn assess_authority(facts: &Facts, risk: &Risk, now: Option<Timestamp>) -> AuthorityObligation {
    assess_authority_resting_on(facts, risk, now, &RestsOn::of(facts), &Assumed::of(facts))
}

/// [`assess_authority`] with the fields the decisions rest on already found
/// ([`RestsOn::of`] for the same `facts`).
pub(crate) fn assess_authority_resting_on(
    facts: &Facts,
    risk: &Risk,
    now: Option<Timestamp>,
    found: &RestsOn,
    assumed: &Assumed,
) -> AuthorityObligation {
    // Decided on the facts given (the risk level, unknowns at their assumed values);
    // undecided only when the kind of breach is unknown and the range leaves it open.
    let required = match risk.level.decided() {
        Some(level) => Some(level >= Level::Risk),
        None if risk.at_least >= Level::Risk => Some(true),
        None if risk.at_most == Level::Unlikely => Some(false),
        None => None,
    };
    let mut reasons = ReasonList::new();
    let open = (risk.at_least >= Level::Risk) != (risk.at_most >= Level::Risk);
    let mut rests_on = if open {
        found.notify
    } else {
        FactFields::new()
    };
    let assumptions = if risk.level.decided().is_some() {
        assumed.notify.clone()
    } else {
        Assumptions::new()
    };
    match required {
        Some(true) => {
            reasons.push(&NOTIFY_RISK);
            if !assumptions.is_empty() {
                reasons.push(&NOTIFY_BY_DEFAULT);
            }
        }
        Some(false) => reasons.push(&NO_NOTIFICATION_UNLIKELY),
        None => reasons.push(&NOTIFY_BY_DEFAULT),
    }
    if risk.at_least == Level::High {
        reasons.push(&HIGH_RISK_SOONER);
    }
    if facts.role == Some(Role::Processor) {
        reasons.push(&CONTROLLER_CLOCK);
    }
    let deadline = deadline::deadline(facts.aware_at);
    let late = deadline::late(deadline, facts.authority_notified_at, now, required);
    let status = deadline::status(deadline, facts.authority_notified_at, now, required);
    if required != Some(false) {
        reasons.push(&DEADLINE_72H);
        if deadline.is_none() {
            reasons.push(&AWARE_AT_UNKNOWN);
            rests_on.insert(FactField::AwareAt);
        } else if facts.authority_notified_at.is_none() && now.is_none() {
            rests_on.insert(FactField::AuthorityNotifiedAt);
        }
        match status {
            DeadlineStatus::OnTime => reasons.push(&ON_TIME),
            DeadlineStatus::Pending => reasons.push(&PENDING),
            DeadlineStatus::Late | DeadlineStatus::Overdue => reasons.push(&LATE_REASONS_REQUIRED),
            DeadlineStatus::NotRequired | DeadlineStatus::Unknown => {}
        }
    }
    AuthorityObligation {
        required,
        deadline,
        late,
        status,
        citation: CITATION,
        reasons,
        rests_on,
        assumptions,
        delay_reasons_required: late == Some(true),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{BreachKind, BreachKinds, DataKind, DataKinds, Exposure};
    use crate::obligations::risk::assess_risk;

    fn t(s: &str) -> Option<Timestamp> {
        Timestamp::parse_rfc3339(s).ok()
    }

    fn leak() -> Facts {
        Facts {
            breach: Some(BreachKinds::new().with(BreachKind::Confidentiality)),
            data: Some(DataKinds::new().with(DataKind::Contact)),
            exposure: Some(Exposure::UnknownRecipient),
            protection: Some(crate::facts::Protection::None),
            recovered: Some(false),
            malicious: Some(false),
            vulnerable_subjects: Some(false),
            subjects: Some(10),
            aware_at: t("2026-11-20T09:00:00Z"),
            ..Facts::unknown()
        }
    }

    fn auth(f: &Facts, now: Option<Timestamp>) -> AuthorityObligation {
        assess_authority(f, &assess_risk(f), now)
    }

    #[test]
    fn risk_requires_notification_with_deadline() {
        let a = auth(&leak(), t("2026-11-21T00:00:00Z"));
        assert_eq!(a.required, Some(true));
        assert_eq!(
            a.deadline.map(Timestamp::to_rfc3339_utc).as_deref(),
            Some("2026-11-23T09:00:00Z")
        );
        assert_eq!((a.late, a.status), (Some(false), DeadlineStatus::Pending));
        assert!(a.rests_on.is_empty());
    }

    #[test]
    fn late_with_and_without_notification_time() {
        let mut f = leak();
        let a = auth(&f, t("2026-11-24T00:00:00Z"));
        assert_eq!(
            (a.late, a.status, a.delay_reasons_required),
            (Some(true), DeadlineStatus::Overdue, true)
        );
        f.authority_notified_at = t("2026-11-23T10:00:00+01:00");
        let a = auth(&f, t("2026-12-24T00:00:00Z"));
        assert_eq!((a.late, a.status), (Some(false), DeadlineStatus::OnTime));
        f.authority_notified_at = t("2026-11-23T10:00:01+01:00");
        let a = auth(&f, None);
        assert_eq!((a.late, a.status), (Some(true), DeadlineStatus::Late));
    }

    #[test]
    fn unknowns_are_assumed_listed_and_only_breach_leaves_it_null() {
        // Exposure unknown: taken as unknown recipients (legal.md §5.1), so a contact
        // leak is notified; the assumption says that nobody seeing it would change that.
        let f = Facts {
            exposure: None,
            aware_at: None,
            ..leak()
        };
        let a = auth(&f, None);
        assert_eq!(a.required, Some(true));
        assert!(a.rests_on.contains(FactField::Exposure));
        assert!(a.rests_on.contains(FactField::AwareAt));
        assert_eq!(a.late, None);
        let first = a.assumptions.iter().next().copied();
        assert_eq!(first.map(|x| x.field), Some(FactField::Exposure));
        assert_eq!(
            first.map(|x| x.otherwise),
            Some(crate::obligations::Outcome::Required(false))
        );
        assert!(a.reasons.contains(NOTIFY_BY_DEFAULT.code));
        // Without the kind of breach nothing is decided.
        let f = Facts { breach: None, ..f };
        let a = auth(&f, None);
        assert_eq!(a.required, None);
        assert!(a.assumptions.is_empty());
    }

    #[test]
    fn unlikely_is_not_required_and_never_late() {
        let f = Facts {
            exposure: Some(Exposure::None),
            ..leak()
        };
        let a = auth(&f, t("2027-01-01T00:00:00Z"));
        assert_eq!(
            (a.required, a.late, a.status),
            (Some(false), Some(false), DeadlineStatus::NotRequired)
        );
    }
}
