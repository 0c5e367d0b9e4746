//! # The 72-hour deadline of Art. 33(1)
//!
//! **Citation:** Art. 33(1) GDPR ("without undue delay and, where feasible, not later than
//! 72 hours after having become aware of it"; later notifications are "accompanied by
//! reasons for the delay").
//!
//! **Rule.** `deadline = aware_at + 72 h`, an exact UTC instant: the hours run
//! continuously through nights, weekends, public holidays and daylight-saving changes.
//! (Reg. 1182/71 Art. 3 would start counting at the next full hour, giving up to ~1 h
//! more; the EDPB does not use it, and the exact instant is the conservative choice.)
//! A notification *at* the deadline is on time; one after it is late. Instants are
//! compared to the second.
//!
//! **Status** (legal.md §4): `on_time` / `late` when `authority_notified_at` is known;
//! otherwise, at the evaluation time `now`, `pending` (before the deadline) or `overdue`
//! (at or after it); `not_required` when notification is not owed; `unknown` when
//! `aware_at` (or both the notification time and `now`) is unknown.

use serde::{Serialize, Serializer};

use crate::time::Timestamp;

/// Hours between awareness and the deadline (Art. 33(1) GDPR).
pub const NOTIFICATION_HOURS: i64 = 72;

/// Where the authority notification stands in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DeadlineStatus {
    /// Not yet notified and the deadline has not passed.
    Pending,
    /// Not yet notified and the deadline has passed.
    Overdue,
    /// Notified no later than the deadline.
    OnTime,
    /// Notified after the deadline: reasons for the delay are required.
    Late,
    /// Notification is not owed (the breach is unlikely to result in a risk).
    NotRequired,
    /// The facts do not tell.
    Unknown,
}

impl DeadlineStatus {
    /// The report name.
    pub const fn as_str(self) -> &'static str {
        match self {
            DeadlineStatus::Pending => "pending",
            DeadlineStatus::Overdue => "overdue",
            DeadlineStatus::OnTime => "on_time",
            DeadlineStatus::Late => "late",
            DeadlineStatus::NotRequired => "not_required",
            DeadlineStatus::Unknown => "unknown",
        }
    }
}

impl Serialize for DeadlineStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// The deadline for `aware_at` (`None` when unknown or beyond year 9999).
pub fn deadline(aware_at: Option<Timestamp>) -> Option<Timestamp> {
    aware_at?.add_hours(NOTIFICATION_HOURS)
}

/// Where things stand, from the deadline, the notification time, the evaluation time and
/// whether notification is required (`None`: undecided).
pub fn status(
    deadline: Option<Timestamp>,
    notified_at: Option<Timestamp>,
    now: Option<Timestamp>,
    required: Option<bool>,
) -> DeadlineStatus {
    if required == Some(false) {
        return DeadlineStatus::NotRequired;
    }
    let Some(deadline) = deadline else {
        return DeadlineStatus::Unknown;
    };
    match (notified_at, now) {
        (Some(n), _) if n <= deadline => DeadlineStatus::OnTime,
        (Some(_), _) => DeadlineStatus::Late,
        (None, Some(now)) if now < deadline => DeadlineStatus::Pending,
        (None, Some(_)) => DeadlineStatus::Overdue,
        (None, None) => DeadlineStatus::Unknown,
    }
}

/// Contract §4 `late`. A notification that was made (`notified_at` known) is late when
/// it came after the deadline: it must then give reasons for the delay (Art. 33(1),
/// contract §2 `delay_reasons`), even where the facts leave open whether it was owed.
/// Without a notification time, the evaluation time `now` decides, and only an owed
/// notification can be late (`None` while that is undecided). Never late when
/// notification is not required; `None` when the deadline or both times are unknown.
pub fn late(
    deadline: Option<Timestamp>,
    notified_at: Option<Timestamp>,
    now: Option<Timestamp>,
    required: Option<bool>,
) -> Option<bool> {
    if required == Some(false) {
        return Some(false);
    }
    let deadline = deadline?;
    match (notified_at, now) {
        (Some(n), _) => Some(n > deadline),
        (None, Some(now)) if now <= deadline => Some(false),
        (None, Some(_)) => required,
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Option<Timestamp> {
        Timestamp::parse_rfc3339(s).ok()
    }

    #[test]
    fn deadline_is_aware_plus_72_hours_in_utc() {
        let d = deadline(t("2026-11-20T09:00:00Z"));
        assert_eq!(
            d.map(Timestamp::to_rfc3339_utc).as_deref(),
            Some("2026-11-23T09:00:00Z")
        );
        let d = deadline(t("2026-10-24T10:00:00+02:00"));
        assert_eq!(
            d.map(Timestamp::to_rfc3339_utc).as_deref(),
            Some("2026-10-27T08:00:00Z")
        );
        let d = deadline(t("2027-03-27T12:00:00+01:00"));
        assert_eq!(
            d.map(Timestamp::to_rfc3339_utc).as_deref(),
            Some("2027-03-30T11:00:00Z")
        );
        assert_eq!(deadline(None), None);
        assert_eq!(deadline(t("9999-12-31T00:00:00Z")), None);
    }

    #[test]
    fn statuses() {
        let d = deadline(t("2026-11-20T09:00:00Z"));
        let at = t("2026-11-23T09:00:00Z");
        let after = t("2026-11-23T09:00:01Z");
        let before = t("2026-11-22T09:00:00Z");
        assert_eq!(status(d, at, None, Some(true)), DeadlineStatus::OnTime);
        assert_eq!(status(d, after, before, Some(true)), DeadlineStatus::Late);
        assert_eq!(status(d, None, before, Some(true)), DeadlineStatus::Pending);
        assert_eq!(status(d, None, at, Some(true)), DeadlineStatus::Overdue);
        assert_eq!(status(d, None, None, Some(true)), DeadlineStatus::Unknown);
        assert_eq!(status(None, at, at, None), DeadlineStatus::Unknown);
        assert_eq!(
            status(d, after, None, Some(false)),
            DeadlineStatus::NotRequired
        );
        assert_eq!(status(d, after, None, None), DeadlineStatus::Late);
    }

    #[test]
    fn late_follows_the_contract() {
        let d = deadline(t("2026-11-20T09:00:00Z"));
        let after = t("2026-11-24T09:00:00Z");
        let before = t("2026-11-21T09:00:00Z");
        assert_eq!(late(d, after, None, Some(true)), Some(true));
        assert_eq!(late(d, None, after, Some(true)), Some(true));
        assert_eq!(
            late(d, before, after, Some(true)),
            Some(false),
            "notified wins over now"
        );
        assert_eq!(late(d, after, None, Some(false)), Some(false));
        assert_eq!(
            late(d, after, None, None),
            Some(true),
            "a late notification made"
        );
        assert_eq!(late(d, None, after, None), None, "not made, owed unknown");
        assert_eq!(late(d, before, None, None), Some(false));
        assert_eq!(late(None, after, None, Some(true)), None);
        assert_eq!(late(d, None, None, Some(true)), None);
    }
}
