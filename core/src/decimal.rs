//! Exact decimal numbers, so that the engine never touches binary floating point.
//!
//! The facts JSON carries numbers (contract §3: `unavailable_hours` is a "non-negative
//! number", the counts are integers), and the report carries the ENISA scores in quarter
//! points. A [`Decimal`] is `significand × 10^exponent` with at most
//! [`MAX_DECIMAL_DIGITS`] (19) significant digits and its leading digit at a power of ten
//! within ±[`MAX_DECIMAL_EXPONENT`] (308): it holds every JSON number within those
//! capacities *exactly*, compares exactly, and writes itself back without rounding. A
//! number it cannot hold is an error ([`Decimal::parse`]), never rounded.
//!
//! Why not `f64`: parsing and printing binary floats links `core::num::dec2flt` and
//! `ryu` (with their tables about 25 KiB gzip of the wasm module), and a float rounds silently
//! (`23.9999999999999999` hours would read as 24).
//!
//! ## Text forms
//! Both write the shortest digits that give the exact value, and each is the form the
//! engine wrote the same value in when it was a float, so no output changes:
//! - JSON ([`Decimal::write_json`], `Serialize`), laid out as serde-json-core's float
//!   writer (`ryu`) laid out floats, so that reports and facts JSON stay byte-identical
//!   for every value a float held exactly: an integer keeps one fractional zero (`4.0`,
//!   `1000.0`, zero is `0.0`), other values are plain (`4.5`, `0.25`, `0.001`), and only a
//!   value below `10^-5` or from `10^16` on uses an exponent (`1e16`, `1.5e-7`, `-2e300`).
//! - `Display`, as Rust's `{}` prints a float: plain decimal, never an exponent, no
//!   fractional zero (`4`, `4.5`, `0.25`, `1000`, `0.00000015`).
//!
//! ## Serialization
//! `Serialize` emits the text as a raw JSON number token through
//! [`serde::Serializer::serialize_bytes`], which serde-json-core (the engine's only JSON
//! writer) copies verbatim into its output. Another serializer would write the bytes as
//! an array of integers: serialize a [`Decimal`] with serde-json-core only.

use core::cmp::Ordering;
use core::fmt;
use core::str::FromStr;

use serde::{Serialize, Serializer};

use crate::error::ErrorKind;
use crate::limits::{Limit, MAX_DECIMAL_DIGITS, MAX_DECIMAL_EXPONENT};

/// The longest text a [`Decimal`] writes, in bytes: a sign, [`MAX_DECIMAL_DIGITS`] digits,
/// a point and a three-digit negative exponent (`-9.999999999999999999e-308`).
pub const MAX_TEXT_BYTES: usize = 26;

/// An exact decimal number (see the [module docs](self)).
///
/// Always normalised (no trailing zero in the significand; zero has exponent 0 and no
/// sign), so the derived equality and hash are those of the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Decimal {
    /// The value is negative (never set for zero).
    negative: bool,
    /// The significant digits, below `10^MAX_DECIMAL_DIGITS`; zero or not a multiple of 10.
    significand: u64,
    /// The power of ten of the last significant digit.
    exponent: i16,
}

/// `10^n` for `n` ≤ 19 (the largest power of ten in a `u64`), else `None`.
const fn pow10(n: u32) -> Option<u64> {
    10u64.checked_pow(n)
}

/// Number of decimal digits of `v` (1 for 0).
const fn digit_count(mut v: u64) -> u32 {
    let mut n = 1;
    while v >= 10 {
        v /= 10;
        n += 1;
    }
    n
}

impl Decimal {
    /// Zero.
    pub const ZERO: Decimal = Decimal {
        negative: false,
        significand: 0,
        exponent: 0,
    };

    /// The largest value: 9.999999999999999999 × 10^308 ([`MAX_DECIMAL_DIGITS`] nines).
    pub const MAX: Decimal = Decimal {
        negative: false,
        significand: 9_999_999_999_999_999_999,
        exponent: MAX_DECIMAL_EXPONENT - (MAX_DECIMAL_DIGITS as i16 - 1),
    };

    /// `value × 10^-scale`, exactly: a fixed-point number with `scale` decimals
    /// (`Decimal::new(125, 2)` is 1.25, `Decimal::new(24, 0)` is 24).
    pub const fn new(value: u32, scale: u8) -> Decimal {
        let mut significand = value as u64;
        let mut exponent = -(scale as i16);
        if significand == 0 {
            return Decimal::ZERO;
        }
        while significand.is_multiple_of(10) {
            significand /= 10;
            exponent += 1;
        }
        Decimal {
            negative: false,
            significand,
            exponent,
        }
    }

    /// Parses one JSON number (RFC 8259 §6: `-`? int frac? exp?, nothing else around it)
    /// exactly.
    ///
    /// Errors: text that is not a JSON number (a leading `+` or zero, `.5`, `1.`, `1e`,
    /// hex, `NaN`, spaces) → [`ErrorKind::MalformedJson`]; more than [`MAX_DECIMAL_DIGITS`]
    /// significant digits (leading and trailing zeros do not count) →
    /// [`ErrorKind::CapacityExceeded`] with [`Limit::DecimalDigits`]; a non-zero value whose
    /// leading digit lies outside `10^±`[`MAX_DECIMAL_EXPONENT`] →
    /// [`ErrorKind::ValueOutOfRange`]. `-0`, `0e99` and `-0.0` are zero.
    pub fn parse(text: &str) -> Result<Decimal, ErrorKind> {
        let b = text.as_bytes();
        let digit = |i: usize| b.get(i).copied().filter(u8::is_ascii_digit);
        let negative = b.first() == Some(&b'-');
        let mut i = usize::from(negative);
        let mut acc = Accumulator::default();
        match b.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => {
                while let Some(d) = digit(i) {
                    acc.push(d - b'0')?;
                    i += 1;
                }
            }
            _ => return Err(ErrorKind::MalformedJson),
        }
        // Digits after the point: each one divides the value by ten.
        let mut fraction_digits: i64 = 0;
        if b.get(i) == Some(&b'.') {
            i += 1;
            let start = i;
            while let Some(d) = digit(i) {
                acc.push(d - b'0')?;
                fraction_digits = fraction_digits.saturating_add(1);
                i += 1;
            }
            if i == start {
                return Err(ErrorKind::MalformedJson);
            }
        }
        let mut exponent: i64 = 0;
        if matches!(b.get(i), Some(b'e' | b'E')) {
            i += 1;
            let exponent_negative = match b.get(i) {
                Some(b'-') => {
                    i += 1;
                    true
                }
                Some(b'+') => {
                    i += 1;
                    false
                }
                _ => false,
            };
            let start = i;
            while let Some(d) = digit(i) {
                // Saturates far beyond the range: such an exponent is out of range anyway.
                exponent = exponent
                    .saturating_mul(10)
                    .saturating_add(i64::from(d - b'0'));
                i += 1;
            }
            if i == start {
                return Err(ErrorKind::MalformedJson);
            }
            if exponent_negative {
                exponent = -exponent;
            }
        }
        if i != b.len() {
            return Err(ErrorKind::MalformedJson);
        }
        if acc.significand == 0 {
            return Ok(Decimal::ZERO);
        }
        let last = acc
            .trailing_zeros
            .saturating_sub(fraction_digits)
            .saturating_add(exponent);
        let leading = last.saturating_add(i64::from(acc.digits) - 1);
        let bound = i64::from(MAX_DECIMAL_EXPONENT);
        if !(-bound..=bound).contains(&leading) {
            return Err(ErrorKind::ValueOutOfRange);
        }
        Ok(Decimal {
            negative,
            significand: acc.significand,
            exponent: i16::try_from(last).map_err(|_| ErrorKind::ValueOutOfRange)?,
        })
    }

    /// Whether the value is below zero.
    pub const fn is_negative(self) -> bool {
        self.negative
    }

    /// Whether the value is zero.
    pub const fn is_zero(self) -> bool {
        self.significand == 0
    }

    /// The value as a `u64`, when it is a non-negative integer that fits.
    pub fn to_u64(self) -> Option<u64> {
        if self.negative || self.exponent < 0 {
            return None;
        }
        let scale = pow10(u32::try_from(self.exponent).ok()?)?;
        self.significand.checked_mul(scale)
    }

    /// Power of ten of the leading digit (`None` for zero).
    fn leading_exponent(self) -> Option<i32> {
        if self.significand == 0 {
            return None;
        }
        Some(i32::from(self.exponent) + digit_count(self.significand) as i32 - 1)
    }

    /// Compares the absolute values.
    fn cmp_magnitude(self, other: Decimal) -> Ordering {
        match (self.leading_exponent(), other.leading_exponent()) {
            (None, None) => Ordering::Equal,
            (None, Some(_)) => Ordering::Less,
            (Some(_), None) => Ordering::Greater,
            (Some(a), Some(b)) if a != b => a.cmp(&b),
            // Same leading power: compare the significands padded to the full width
            // (below 10^19, so the padded value still fits a u64).
            _ => {
                let padded = |d: Decimal| {
                    let pad = MAX_DECIMAL_DIGITS as u32 - digit_count(d.significand);
                    pow10(pad).map_or(u64::MAX, |p| d.significand.saturating_mul(p))
                };
                padded(self).cmp(&padded(other))
            }
        }
    }

    /// Writes the JSON number token (see the [module docs](self)) into `buf`, returning
    /// it.
    pub fn write_json(self, buf: &mut [u8; MAX_TEXT_BYTES]) -> &str {
        let mut out = Out { buf, len: 0 };
        if self.significand == 0 {
            out.push_str(b"0.0");
            return out.finish();
        }
        if self.negative {
            out.push(b'-');
        }
        let mut digits = [0u8; 20];
        let length = write_digits(self.significand, &mut digits);
        let digits = digits.get(..length).unwrap_or_default();
        let length = length as i32;
        let k = i32::from(self.exponent);
        // The value lies in [10^(kk-1), 10^kk).
        let kk = length + k;
        if k >= 0 && kk <= 16 {
            // 1234e3 → 1234000.0
            out.push_str(digits);
            for _ in 0..k {
                out.push(b'0');
            }
            out.push_str(b".0");
        } else if 0 < kk && kk <= 16 {
            // 1234e-2 → 12.34
            let (int, frac) = digits.split_at((kk as usize).min(digits.len()));
            out.push_str(int);
            out.push(b'.');
            out.push_str(frac);
        } else if -5 < kk && kk <= 0 {
            // 1234e-6 → 0.001234
            out.push_str(b"0.");
            for _ in kk..0 {
                out.push(b'0');
            }
            out.push_str(digits);
        } else {
            // 1e30, 1234e30 → 1.234e33
            let (first, rest) = digits.split_at(1.min(digits.len()));
            out.push_str(first);
            if !rest.is_empty() {
                out.push(b'.');
                out.push_str(rest);
            }
            out.push(b'e');
            let e = kk - 1;
            if e < 0 {
                out.push(b'-');
            }
            let mut exp_digits = [0u8; 20];
            let n = write_digits(u64::from(e.unsigned_abs()), &mut exp_digits);
            out.push_str(exp_digits.get(..n).unwrap_or_default());
        }
        out.finish()
    }
}

/// Digits of a number being parsed.
#[derive(Default)]
struct Accumulator {
    /// The significant digits so far (without the pending zeros).
    significand: u64,
    /// Number of digits in `significand` (0 while it is zero).
    digits: u32,
    /// Zeros read after the last non-zero digit, not yet in `significand`.
    trailing_zeros: i64,
}

impl Accumulator {
    /// Takes the next digit (`0..=9`) of the number, in reading order.
    fn push(&mut self, d: u8) -> Result<(), ErrorKind> {
        let capacity = ErrorKind::CapacityExceeded {
            limit: Limit::DecimalDigits,
        };
        if d == 0 {
            // A leading zero (`0.05`) is not significant; a later one may be.
            if self.significand != 0 {
                self.trailing_zeros = self.trailing_zeros.saturating_add(1);
            }
            return Ok(());
        }
        let shift = u32::try_from(self.trailing_zeros.saturating_add(1)).map_err(|_| capacity)?;
        let digits = self.digits.saturating_add(shift);
        if digits as usize > MAX_DECIMAL_DIGITS {
            return Err(capacity);
        }
        self.significand = pow10(shift)
            .and_then(|p| self.significand.checked_mul(p))
            .and_then(|s| s.checked_add(u64::from(d)))
            .ok_or(capacity)?;
        self.digits = digits;
        self.trailing_zeros = 0;
        Ok(())
    }
}

/// Writes the decimal digits of `v` at the start of `out`, returning how many (the
/// crate's one integer-to-digits writer: JSON numbers, timestamps, counts in drafts).
pub(crate) fn write_digits(mut v: u64, out: &mut [u8; 20]) -> usize {
    let n = digit_count(v) as usize;
    for slot in out.iter_mut().take(n).rev() {
        *slot = b'0' + (v % 10) as u8;
        v /= 10;
    }
    n
}

/// A bounded text writer over a [`MAX_TEXT_BYTES`] buffer.
struct Out<'b> {
    buf: &'b mut [u8; MAX_TEXT_BYTES],
    len: usize,
}

impl<'b> Out<'b> {
    /// Appends a byte. The module's layout never writes more than [`MAX_TEXT_BYTES`] (a
    /// test writes the longest values), so nothing is ever dropped here.
    fn push(&mut self, byte: u8) {
        if let Some(slot) = self.buf.get_mut(self.len) {
            *slot = byte;
            self.len += 1;
        }
    }

    fn push_str(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.push(*b);
        }
    }

    fn finish(self) -> &'b str {
        let written: &'b [u8] = self.buf.get(..self.len).unwrap_or_default();
        // Only ASCII digits, `-`, `.` and `e` are ever written.
        core::str::from_utf8(written).unwrap_or_default()
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Decimal) -> Ordering {
        match (self.negative, other.negative) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => self.cmp_magnitude(*other),
            (true, true) => other.cmp_magnitude(*self),
        }
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Decimal) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl From<u32> for Decimal {
    fn from(v: u32) -> Decimal {
        Decimal::new(v, 0)
    }
}

impl FromStr for Decimal {
    type Err = ErrorKind;
    /// [`Decimal::parse`].
    fn from_str(s: &str) -> Result<Decimal, ErrorKind> {
        Decimal::parse(s)
    }
}

impl fmt::Display for Decimal {
    /// Plain decimal text, as Rust's `{}` prints a float (see the [module docs](self)).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.negative {
            f.write_str("-")?;
        }
        let mut digits = [0u8; 20];
        let length = write_digits(self.significand, &mut digits);
        let digits = core::str::from_utf8(digits.get(..length).unwrap_or_default())
            .map_err(|_| fmt::Error)?;
        let k = i32::from(self.exponent);
        let zeros = |f: &mut fmt::Formatter<'_>, n: i32| (0..n).try_for_each(|_| f.write_str("0"));
        if k >= 0 {
            // 1234e3 → 1234000 (zero is "0")
            f.write_str(digits)?;
            return zeros(f, if self.significand == 0 { 0 } else { k });
        }
        let point = length as i32 + k;
        if point > 0 {
            // 1234e-2 → 12.34
            let (int, frac) = digits.split_at((point as usize).min(digits.len()));
            f.write_str(int)?;
            f.write_str(".")?;
            f.write_str(frac)
        } else {
            // 1234e-6 → 0.001234
            f.write_str("0.")?;
            zeros(f, -point)?;
            f.write_str(digits)
        }
    }
}

impl Serialize for Decimal {
    /// A raw JSON number token (see the [module docs](self): serde-json-core writes the
    /// bytes of `serialize_bytes` verbatim).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut buf = [0u8; MAX_TEXT_BYTES];
        serializer.serialize_bytes(self.write_json(&mut buf).as_bytes())
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use std::string::ToString;

    fn text(s: &str) -> std::string::String {
        let mut buf = [0u8; MAX_TEXT_BYTES];
        Decimal::parse(s).map_or_else(
            |e| std::format!("error {e}"),
            |d| d.write_json(&mut buf).into(),
        )
    }

    #[test]
    fn parses_the_json_number_grammar_exactly() {
        for (input, written) in [
            ("0", "0.0"),
            ("-0", "0.0"),
            ("-0.0", "0.0"),
            ("0e999999999999999999999", "0.0"),
            ("4", "4.0"),
            ("4.5", "4.5"),
            ("0.25", "0.25"),
            ("1000", "1000.0"),
            ("1e3", "1000.0"),
            ("1E+3", "1000.0"),
            ("2.4e1", "24.0"),
            ("240e-1", "24.0"),
            ("24.000", "24.0"),
            ("0.0500", "0.05"),
            ("-1.5", "-1.5"),
            ("23.999999999999999", "23.999999999999999"),
            ("1234567890123456789", "1.234567890123456789e18"),
            ("123456789012345678900000", "1.234567890123456789e23"),
            ("9999999999999999", "9999999999999999.0"),
            ("10000000000000000", "1e16"),
            ("0.00001", "0.00001"),
            ("0.000001", "1e-6"),
            ("0.0000015", "1.5e-6"),
            ("1e308", "1e308"),
            ("-9.999999999999999999e-308", "-9.999999999999999999e-308"),
            ("1e-308", "1e-308"),
        ] {
            assert_eq!(text(input), written, "{input}");
        }
    }

    #[test]
    fn refuses_what_is_not_json_or_not_held_exactly() {
        for bad in [
            "", "-", "+1", ".5", "1.", "01", "00", "-01", "1e", "1e+", "1.e5", "0x1", "NaN", "inf",
            " 1", "1 ", "1.5.5", "1-2", "--1", "1e5e5",
        ] {
            assert_eq!(
                Decimal::parse(bad),
                Err(ErrorKind::MalformedJson),
                "{bad:?}"
            );
        }
        let capacity = Err(ErrorKind::CapacityExceeded {
            limit: Limit::DecimalDigits,
        });
        assert_eq!(Decimal::parse("12345678901234567891"), capacity);
        assert!(Decimal::parse("12345678901234567890").is_ok());
        assert_eq!(Decimal::parse("1.0000000000000000001"), capacity);
        assert!(Decimal::parse("1.000000000000000001").is_ok());
        for out in [
            "1e309",
            "1e999",
            "-1e309",
            "1e-309",
            "1e99999999999999999999",
        ] {
            assert_eq!(
                Decimal::parse(out),
                Err(ErrorKind::ValueOutOfRange),
                "{out}"
            );
        }
        assert_eq!(Decimal::parse("9.999999999999999999e308"), Ok(Decimal::MAX));
    }

    #[test]
    fn compares_exactly() {
        let d = |s: &str| Decimal::parse(s).unwrap_or(Decimal::MAX);
        let ordered = [
            "-1e300",
            "-24",
            "-23.999999999999999",
            "-1e-300",
            "0",
            "1e-300",
            "0.25",
            "4",
            "4.5",
            "23.999999999999999",
            "24",
            "24.000000000000001",
            "100",
            "1e300",
        ];
        for (i, a) in ordered.iter().enumerate() {
            for (j, b) in ordered.iter().enumerate() {
                assert_eq!(d(a).cmp(&d(b)), i.cmp(&j), "{a} vs {b}");
            }
        }
        assert_eq!(d("24"), Decimal::new(24, 0));
        assert_eq!(d("2.4e1"), d("24.0"));
        assert!(Decimal::ZERO < Decimal::MAX);
    }

    #[test]
    fn fixed_point_and_integers() {
        let mut buf = [0u8; MAX_TEXT_BYTES];
        assert_eq!(Decimal::new(125, 2).write_json(&mut buf), "1.25");
        assert_eq!(Decimal::new(600, 2).write_json(&mut buf), "6.0");
        assert_eq!(Decimal::new(0, 2), Decimal::ZERO);
        assert_eq!(Decimal::from(u32::MAX).write_json(&mut buf), "4294967295.0");
        assert_eq!(
            Decimal::parse("1e3").ok().and_then(Decimal::to_u64),
            Some(1000)
        );
        assert_eq!(
            Decimal::parse("3.0").ok().and_then(Decimal::to_u64),
            Some(3)
        );
        assert_eq!(Decimal::parse("0.5").ok().and_then(Decimal::to_u64), None);
        assert_eq!(Decimal::parse("-1").ok().and_then(Decimal::to_u64), None);
        assert_eq!(
            Decimal::parse("1.844674407370955161e19")
                .ok()
                .and_then(Decimal::to_u64),
            Some(18_446_744_073_709_551_610)
        );
        assert_eq!(
            Decimal::parse("1.9e19").ok().and_then(Decimal::to_u64),
            None
        );
        assert_eq!(Decimal::parse("1e20").ok().and_then(Decimal::to_u64), None);
        assert!(Decimal::ZERO.is_zero() && !Decimal::ZERO.is_negative());
    }

    #[test]
    fn the_longest_text_fits() {
        let mut buf = [0u8; MAX_TEXT_BYTES];
        for longest in [
            "-9.999999999999999999e-308",
            "-0.00009999999999999999999",
            "-9999999999999999.999",
        ] {
            let d = Decimal::parse(longest).unwrap_or_default();
            assert_eq!(d.write_json(&mut buf), longest);
        }
        assert_eq!(
            Decimal::parse("-9.999999999999999999e-308")
                .unwrap_or_default()
                .write_json(&mut buf)
                .len(),
            MAX_TEXT_BYTES
        );
        assert_eq!(
            Decimal::MAX.write_json(&mut buf),
            "9.999999999999999999e308"
        );
    }

    #[test]
    fn serializes_as_a_raw_json_number() {
        let mut buf = [0u8; 64];
        let value = [Decimal::new(45, 1), Decimal::new(4, 0), Decimal::ZERO];
        let n = serde_json_core::to_slice(&value, &mut buf).unwrap_or(0);
        assert_eq!(buf.get(..n), Some(&b"[4.5,4.0,0.0]"[..]));
    }

    /// `Display` is Rust's `{}` for floats.
    #[test]
    fn display_is_plain_decimal() {
        for s in [
            "0",
            "1",
            "4",
            "4.5",
            "0.25",
            "6",
            "24",
            "1000",
            "0.1",
            "23.99",
            "1e16",
            "1.5e-7",
            "0.00001",
            "-123456.789",
            "9007199254740992",
            "1e22",
            "2.5e-20",
        ] {
            let decimal = Decimal::parse(s).unwrap_or(Decimal::MAX);
            let float: f64 = s.parse().unwrap_or(f64::NAN);
            assert_eq!(decimal.to_string(), std::format!("{float}"), "{s}");
        }
        let long = Decimal::parse("1.5e300").unwrap_or_default().to_string();
        assert_eq!((long.len(), long.get(..3)), (301, Some("150")));
    }

    /// The JSON form is the one serde-json-core's float writer (`ryu`) gave the same
    /// value, so reports and facts JSON keep their bytes.
    #[test]
    fn text_matches_the_former_float_writer() {
        let json = |v: &dyn erased::Json| {
            let mut buf = [0u8; 64];
            let n = v.to_slice(&mut buf);
            std::string::String::from_utf8_lossy(buf.get(..n).unwrap_or_default()).into_owned()
        };
        for s in [
            "0",
            "1",
            "4",
            "4.5",
            "0.25",
            "1.25",
            "6",
            "24",
            "1000",
            "0.1",
            "23.99",
            "1e16",
            "1.5e-7",
            "0.00001",
            "0.000001",
            "123456.789",
            "9007199254740992",
            "1e300",
            "2.5e-300",
            "1.7976931348623157e308",
        ] {
            let decimal = Decimal::parse(s).unwrap_or_default();
            let float: f64 = s.parse().unwrap_or(f64::NAN);
            assert_eq!(json(&decimal), json(&float), "{s}");
        }
        for q in 0..=24u32 {
            // The ENISA scores in quarter points, formerly `f32`.
            assert_eq!(
                json(&Decimal::new(q * 25, 2)),
                json(&(q as f32 / 4.0)),
                "{q}"
            );
        }
    }

    mod erased {
        /// A value serde-json-core can write (object-safe, for the test above).
        pub trait Json {
            fn to_slice(&self, buf: &mut [u8]) -> usize;
        }
        impl<T: serde::Serialize> Json for T {
            fn to_slice(&self, buf: &mut [u8]) -> usize {
                serde_json_core::to_slice(self, buf).unwrap_or(0)
            }
        }
    }
}
