//! RFC 3339 timestamps and UTC arithmetic, written for `no_std`.
//!
//! A [`Timestamp`] is a UTC instant with **whole-second precision** (seconds since the Unix
//! epoch, `i64`). The 72-hour deadline of Art. 33(1) GDPR runs in continuous hours, so
//! calendar rules other than the Gregorian date itself (weekends, public holidays, daylight
//! saving time) never enter: an offset such as `+02:00` is simply subtracted.
//!
//! Parsing choices (documented and tested):
//! - A UTC offset is **required** (`Z`, `z`, `+hh:mm` or `-hh:mm`); a local time without
//!   offset is refused, because the deadline would be ambiguous.
//! - `T`, `t` or a single space separate date and time (RFC 3339 §5.6 note).
//! - Fractional seconds (`.5`, `.123456789`, any number of digits) are accepted and
//!   **truncated**: instants are compared to the second.
//! - Years `0000`–`9999`; impossible dates (`2026-02-30`, `2100-02-29`) are refused; leap
//!   years follow the Gregorian rule (2000 leap, 2100 not).
//! - Offsets up to `±23:59`.
//! - A leap second `23:59:60` is accepted only where it can occur, i.e. when the instant is
//!   the last second of a UTC day; it is read as the first second of the next day (the
//!   POSIX reading: Unix time has no leap seconds).

use serde::{Serialize, Serializer};

use crate::error::ErrorKind;

/// Seconds in an hour.
const SECONDS_PER_HOUR: i64 = 3_600;
/// Seconds in a day.
const SECONDS_PER_DAY: i64 = 86_400;
/// First instant with a four-digit year: 0000-01-01T00:00:00Z.
const MIN_RFC3339_UNIX: i64 = -62_167_219_200;
/// Last instant with a four-digit year: 9999-12-31T23:59:59Z.
const MAX_RFC3339_UNIX: i64 = 253_402_300_799;

/// A UTC instant, in whole seconds since 1970-01-01T00:00:00Z.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    unix: i64,
}

impl Timestamp {
    /// The instant `unix` seconds after the Unix epoch (negative: before it).
    pub const fn from_unix(unix: i64) -> Timestamp {
        Timestamp { unix }
    }

    /// Seconds since the Unix epoch.
    pub const fn unix(self) -> i64 {
        self.unix
    }

    /// This instant plus `hours` hours (negative: minus), or `None` when the result would
    /// leave the four-digit years 0000–9999 that RFC 3339 can write.
    pub fn add_hours(self, hours: i64) -> Option<Timestamp> {
        let unix = self
            .unix
            .checked_add(hours.checked_mul(SECONDS_PER_HOUR)?)?;
        if (MIN_RFC3339_UNIX..=MAX_RFC3339_UNIX).contains(&unix) {
            Some(Timestamp { unix })
        } else {
            None
        }
    }

    /// The instant 00:00 UTC of the date `y`-`m`-`d`, if that date exists in the years
    /// 0000–9999 (computed, not formatted and parsed: no `core::fmt` on a firmware).
    pub fn from_date(y: u32, m: u32, d: u32) -> Option<Timestamp> {
        let (y, m, d) = (i64::from(y), i64::from(m), i64::from(d));
        if y > 9999 || !(1..=12).contains(&m) || d < 1 || d > days_in_month(y, m) {
            return None;
        }
        Some(Timestamp {
            unix: days_from_civil(y, m, d) * SECONDS_PER_DAY,
        })
    }

    /// The calendar year of this instant in UTC, if it lies in 0000–9999.
    pub fn year(self) -> Option<u32> {
        let (y, _, _) = civil_from_days(self.unix.div_euclid(SECONDS_PER_DAY));
        u32::try_from(y).ok().filter(|&y| y <= 9999)
    }

    /// Parses an RFC 3339 date-time with a mandatory UTC offset (see the module docs for
    /// the exact choices). Errors are [`ErrorKind::InvalidTimestamp`].
    pub fn parse_rfc3339(s: &str) -> Result<Timestamp, ErrorKind> {
        parse(s.as_bytes()).ok_or(ErrorKind::InvalidTimestamp)
    }

    /// This instant in UTC as `YYYY-MM-DDThh:mm:ssZ` (e.g. `2026-11-23T09:00:00Z`). Years
    /// outside 0000–9999 (only reachable through [`Timestamp::from_unix`]) are written
    /// with as many digits as needed and a leading `-` when negative.
    pub fn to_rfc3339_utc(self) -> heapless::String<32> {
        let days = self.unix.div_euclid(SECONDS_PER_DAY);
        let secs = self.unix.rem_euclid(SECONDS_PER_DAY);
        let (y, m, d) = civil_from_days(days);
        let mut out = heapless::String::new();
        // The longest output, for i64::MIN seconds, is 30 bytes: it always fits in 32.
        // Written digit by digit (no `core::fmt`: it is sizeable on a microcontroller).
        if y < 0 {
            let _ = out.push('-');
        }
        // `{y:04}` for 0000–9999, `{y}` otherwise.
        let width = if (0..=9999).contains(&y) { 4 } else { 1 };
        push_digits(&mut out, y.unsigned_abs(), width);
        for (sep, n) in [
            ('-', m as u64),
            ('-', d as u64),
            ('T', (secs / SECONDS_PER_HOUR) as u64),
            (':', ((secs % SECONDS_PER_HOUR) / 60) as u64),
            (':', (secs % 60) as u64),
        ] {
            let _ = out.push(sep);
            push_digits(&mut out, n, 2);
        }
        let _ = out.push('Z');
        out
    }
}

/// Appends `n` in decimal to `out`, with leading zeros up to `width` digits (`{n:0width$}`;
/// what does not fit is dropped, never a panic).
fn push_digits<const N: usize>(out: &mut heapless::String<N>, n: u64, width: usize) {
    let mut digits = [0u8; 20];
    let len = crate::decimal::write_digits(n, &mut digits);
    for _ in len..width {
        let _ = out.push('0');
    }
    for &d in digits.get(..len).unwrap_or_default() {
        let _ = out.push(char::from(d));
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_rfc3339_utc())
    }
}

/// Whether `y` is a Gregorian leap year.
const fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in month `m` (1–12) of year `y`.
const fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of the proleptic Gregorian date `y-m-d` (H. Hinnant's algorithm).
const fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The proleptic Gregorian date of `days` since 1970-01-01 (inverse of
/// [`days_from_civil`]); valid for every `days` an `i64` of seconds can produce.
const fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    (y, m, d)
}

/// Reads exactly `n` ASCII digits at `*pos` and advances past them.
fn digits(b: &[u8], pos: &mut usize, n: usize) -> Option<i64> {
    let mut v: i64 = 0;
    for _ in 0..n {
        let c = *b.get(*pos)?;
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + i64::from(c - b'0');
        *pos += 1;
    }
    Some(v)
}

/// Expects the byte `want` at `*pos` and advances past it.
fn expect(b: &[u8], pos: &mut usize, want: u8) -> Option<()> {
    if *b.get(*pos)? == want {
        *pos += 1;
        Some(())
    } else {
        None
    }
}

/// The parser behind [`Timestamp::parse_rfc3339`].
fn parse(b: &[u8]) -> Option<Timestamp> {
    let mut p = 0;
    let year = digits(b, &mut p, 4)?;
    expect(b, &mut p, b'-')?;
    let month = digits(b, &mut p, 2)?;
    expect(b, &mut p, b'-')?;
    let day = digits(b, &mut p, 2)?;
    match b.get(p)? {
        b'T' | b't' | b' ' => p += 1,
        _ => return None,
    }
    let hour = digits(b, &mut p, 2)?;
    expect(b, &mut p, b':')?;
    let minute = digits(b, &mut p, 2)?;
    expect(b, &mut p, b':')?;
    let second = digits(b, &mut p, 2)?;
    if b.get(p) == Some(&b'.') {
        p += 1;
        let start = p;
        while b.get(p).is_some_and(u8::is_ascii_digit) {
            p += 1;
        }
        if p == start {
            return None;
        }
    }
    let offset_seconds = match b.get(p)? {
        b'Z' | b'z' => {
            p += 1;
            0
        }
        sign @ (b'+' | b'-') => {
            let sign = if *sign == b'-' { -1 } else { 1 };
            p += 1;
            let oh = digits(b, &mut p, 2)?;
            expect(b, &mut p, b':')?;
            let om = digits(b, &mut p, 2)?;
            if oh > 23 || om > 59 {
                return None;
            }
            sign * (oh * SECONDS_PER_HOUR + om * 60)
        }
        _ => return None,
    };
    if p != b.len() {
        return None;
    }
    if !(1..=12).contains(&month)
        || day < 1
        || day > days_in_month(year, month)
        || hour > 23
        || minute > 59
        || second > 60
    {
        return None;
    }
    let leap_second = second == 60;
    let local = days_from_civil(year, month, day) * SECONDS_PER_DAY
        + hour * SECONDS_PER_HOUR
        + minute * 60
        + if leap_second { 59 } else { second };
    let utc = local - offset_seconds;
    if leap_second {
        // A leap second is only inserted after 23:59:59 UTC.
        if utc.rem_euclid(SECONDS_PER_DAY) != SECONDS_PER_DAY - 1 {
            return None;
        }
        return Some(Timestamp::from_unix(utc + 1));
    }
    Some(Timestamp::from_unix(utc))
}

#[cfg(test)]
mod tests {
    extern crate std;

    use super::*;

    /// `from_date` is the instant `parse_rfc3339` reads from the same date at midnight,
    /// refuses the same impossible dates, and `year` reads the year back.
    #[test]
    fn from_date_agrees_with_parsing() {
        for (y, m, d) in [
            (2026, 3, 9),
            (2024, 2, 29),
            (2025, 2, 29),
            (2026, 13, 1),
            (2026, 4, 31),
            (2026, 0, 1),
            (2026, 1, 0),
            (0, 1, 1),
            (9999, 12, 31),
            (10_000, 1, 1),
        ] {
            let text = alloc_free_date(y, m, d);
            let parsed = Timestamp::parse_rfc3339(&text).ok();
            assert_eq!(Timestamp::from_date(y, m, d), parsed, "{text}");
            if let Some(t) = parsed {
                assert_eq!(t.year(), Some(y));
            }
        }
    }

    fn alloc_free_date(y: u32, m: u32, d: u32) -> heapless::String<32> {
        let mut s = heapless::String::new();
        let _ = core::fmt::Write::write_fmt(&mut s, format_args!("{y:04}-{m:02}-{d:02}T00:00:00Z"));
        s
    }

    fn unix(s: &str) -> i64 {
        Timestamp::parse_rfc3339(s)
            .map(Timestamp::unix)
            .unwrap_or(i64::MIN)
    }

    fn fmt(t: i64) -> heapless::String<32> {
        Timestamp::from_unix(t).to_rfc3339_utc()
    }

    /// The former `write!`-based formatting, for comparison.
    fn with_fmt(t: i64) -> std::string::String {
        let days = t.div_euclid(SECONDS_PER_DAY);
        let secs = t.rem_euclid(SECONDS_PER_DAY);
        let (y, m, d) = civil_from_days(days);
        let year = if (0..=9999).contains(&y) {
            std::format!("{y:04}")
        } else {
            std::format!("{y}")
        };
        std::format!(
            "{year}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
            secs / SECONDS_PER_HOUR,
            (secs % SECONDS_PER_HOUR) / 60,
            secs % 60
        )
    }

    #[test]
    fn written_as_core_fmt_would() {
        let mut t: i64 = 1;
        let mut cases = std::vec![
            0,
            -1,
            MIN_RFC3339_UNIX,
            MIN_RFC3339_UNIX - 1,
            MAX_RFC3339_UNIX,
            MAX_RFC3339_UNIX + 1,
            i64::MIN,
            i64::MAX,
            -62_198_755_200,
        ];
        while let Some(next) = t.checked_mul(3) {
            cases.extend([t, -t, t + 59, -t - 3601]);
            t = next;
        }
        for t in cases {
            assert_eq!(fmt(t).as_str(), with_fmt(t), "{t}");
        }
    }

    #[test]
    fn known_instants() {
        assert_eq!(unix("1970-01-01T00:00:00Z"), 0);
        assert_eq!(unix("2000-02-29T00:00:00Z"), 951_782_400);
        assert_eq!(unix("2100-03-01T00:00:00Z"), 4_107_542_400);
        assert_eq!(unix("2026-11-20T09:00:00Z"), 1_795_165_200);
        assert_eq!(unix("1969-12-31T23:59:59Z"), -1);
        assert_eq!(unix("0000-01-01T00:00:00Z"), MIN_RFC3339_UNIX);
        assert_eq!(unix("9999-12-31T23:59:59Z"), MAX_RFC3339_UNIX);
    }

    #[test]
    fn offsets_are_subtracted() {
        let z = unix("2026-11-24T09:00:00Z");
        assert_eq!(unix("2026-11-24T10:00:00+01:00"), z);
        assert_eq!(unix("2026-11-24T11:00:00+02:00"), z);
        assert_eq!(unix("2026-11-24T04:00:00-05:00"), z);
        assert_eq!(unix("2026-11-24T09:00:00+00:00"), z);
        assert_eq!(unix("2026-11-24T09:00:00-00:00"), z);
        assert_eq!(unix("2026-11-24t09:00:00z"), z);
        assert_eq!(unix("2026-11-24 09:00:00Z"), z);
        assert_eq!(unix("2026-11-24T14:30:00+05:30"), z);
    }

    #[test]
    fn fractional_seconds_truncate() {
        let z = unix("2026-11-24T09:00:00Z");
        assert_eq!(unix("2026-11-24T09:00:00.999Z"), z);
        assert_eq!(unix("2026-11-24T09:00:00.123456789012+00:00"), z);
        assert!(Timestamp::parse_rfc3339("2026-11-24T09:00:00.Z").is_err());
    }

    #[test]
    fn impossible_dates_and_shapes_are_refused() {
        for bad in [
            "2026-11-24T09:00:00",
            "2026-11-24",
            "2026-02-29T00:00:00Z",
            "2100-02-29T00:00:00Z",
            "2026-04-31T00:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-00-10T00:00:00Z",
            "2026-01-00T00:00:00Z",
            "2026-01-01T24:00:00Z",
            "2026-01-01T23:60:00Z",
            "2026-01-01T23:59:61Z",
            "2026-01-01T00:00:00+24:00",
            "2026-01-01T00:00:00+01",
            "2026-01-01T00:00:00+0100",
            "2026-01-01T00:00:00ZZ",
            "26-01-01T00:00:00Z",
            "2026-1-01T00:00:00Z",
            "+2026-01-01T00:00:00Z",
            "2026-01-01X00:00:00Z",
            "",
            "２０２６-01-01T00:00:00Z",
        ] {
            assert_eq!(
                Timestamp::parse_rfc3339(bad),
                Err(ErrorKind::InvalidTimestamp),
                "{bad}"
            );
        }
        assert!(Timestamp::parse_rfc3339("2024-02-29T00:00:00Z").is_ok());
        assert!(Timestamp::parse_rfc3339("2000-02-29T00:00:00Z").is_ok());
    }

    #[test]
    fn leap_second_only_at_end_of_utc_day() {
        assert_eq!(unix("2016-12-31T23:59:60Z"), unix("2017-01-01T00:00:00Z"));
        assert_eq!(
            unix("2017-01-01T00:59:60+01:00"),
            unix("2017-01-01T00:00:00Z")
        );
        assert!(Timestamp::parse_rfc3339("2016-12-31T12:59:60Z").is_err());
        assert!(Timestamp::parse_rfc3339("2016-12-31T23:59:60+01:00").is_err());
    }

    #[test]
    fn formatting_round_trips() {
        assert_eq!(fmt(0).as_str(), "1970-01-01T00:00:00Z");
        assert_eq!(fmt(951_782_400).as_str(), "2000-02-29T00:00:00Z");
        assert_eq!(fmt(-1).as_str(), "1969-12-31T23:59:59Z");
        assert_eq!(fmt(MAX_RFC3339_UNIX).as_str(), "9999-12-31T23:59:59Z");
        assert_eq!(fmt(MIN_RFC3339_UNIX).as_str(), "0000-01-01T00:00:00Z");
        // Extreme values never panic and still fit.
        assert!(fmt(i64::MIN).len() <= 32);
        assert!(fmt(i64::MAX).len() <= 32);
        let mut t = MIN_RFC3339_UNIX;
        while t < MAX_RFC3339_UNIX {
            let s = fmt(t);
            assert_eq!(unix(&s), t, "{s}");
            t += 7_777_777;
        }
    }

    #[test]
    fn hours_are_continuous_across_dst_changes() {
        // Summer time in the EU ends on 2026-10-25: 72 h are still 72 h of UTC.
        let aware = Timestamp::parse_rfc3339("2026-10-24T10:00:00+02:00").ok();
        let deadline = aware.and_then(|t| t.add_hours(72));
        assert_eq!(
            deadline.map(Timestamp::to_rfc3339_utc).as_deref(),
            Some("2026-10-27T08:00:00Z")
        );
        // Year end and leap day.
        let t = Timestamp::parse_rfc3339("2028-02-27T12:00:00Z").ok();
        assert_eq!(
            t.and_then(|t| t.add_hours(72))
                .map(Timestamp::to_rfc3339_utc)
                .as_deref(),
            Some("2028-03-01T12:00:00Z")
        );
        assert_eq!(Timestamp::from_unix(MAX_RFC3339_UNIX).add_hours(1), None);
        assert_eq!(Timestamp::from_unix(0).add_hours(i64::MAX), None);
        assert_eq!(
            Timestamp::from_unix(0).add_hours(-1).map(Timestamp::unix),
            Some(-3600)
        );
    }
}
