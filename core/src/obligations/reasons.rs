//! Reasons: why a decision came out as it did, each with a stable id and a citation.
//!
//! Every rule that influences a decision pushes one [`Reason`]. The texts are fixed plain
//! English sentences (no numbers are interpolated: `no_std`, no allocation); the facts
//! they refer to are in the report next to them.

use serde::ser::SerializeSeq;
use serde::{Serialize, Serializer};

use crate::facts::FactField;
use crate::limits::MAX_REASONS;

/// One reason for a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Reason {
    /// Stable snake_case id (e.g. `confidentiality_unintelligible`).
    pub code: &'static str,
    /// The article or guideline the rule comes from.
    pub citation: &'static str,
    /// One plain English sentence; empty (and not in the JSON) without the
    /// `reason-texts` feature.
    #[cfg_attr(not(feature = "reason-texts"), serde(skip))]
    pub text: &'static str,
    /// The facts the sentence states as given, declared with the reason (see
    /// [`Reason::stating`]): a reason is not reported when one of them was unknown.
    #[serde(skip)]
    pub states: &'static [FactField],
}

impl Reason {
    /// A reason that states no fact.
    pub const fn new(code: &'static str, citation: &'static str, text: &'static str) -> Reason {
        // Without `reason-texts` the sentence is not kept, so it is not linked.
        #[cfg(not(feature = "reason-texts"))]
        let text = {
            let _ = text;
            ""
        };
        Reason {
            code,
            citation,
            text,
            states: &[],
        }
    }

    /// The reason, declared to state `fields` as given facts.
    pub const fn stating(self, fields: &'static [FactField]) -> Reason {
        Reason {
            states: fields,
            ..self
        }
    }
}

/// Where rules put their reasons: a [`ReasonList`], or `()` to discard them (used when
/// only the outcome of a hypothetical completion of the facts is needed).
pub trait ReasonSink {
    /// Records that `r` applies.
    fn push(&mut self, r: &'static Reason);
}

impl ReasonSink for ReasonList {
    fn push(&mut self, r: &'static Reason) {
        ReasonList::push(self, r);
    }
}

impl ReasonSink for () {
    fn push(&mut self, _r: &'static Reason) {}
}

/// The reasons of one decision, in the order the rules fired, without duplicates (by
/// `code`). Capacity [`MAX_REASONS`]; see [`ReasonList::overflowed`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReasonList {
    items: heapless::Vec<&'static Reason, MAX_REASONS>,
    overflowed: bool,
}

impl ReasonList {
    /// An empty list.
    pub const fn new() -> ReasonList {
        ReasonList {
            items: heapless::Vec::new(),
            overflowed: false,
        }
    }

    /// Adds `r` unless a reason with the same code is already there. A list holds
    /// references to the rules' `const` reasons (`list.push(&SOME_REASON)`), not copies:
    /// four bytes a reason instead of four slices, which keeps the assessment small enough
    /// to build on a microcontroller's stack.
    pub fn push(&mut self, r: &'static Reason) {
        if self.contains(r.code) {
            return;
        }
        if self.items.push(r).is_err() {
            self.overflowed = true;
        }
    }

    /// Adds every reason of `other` (in order, skipping duplicates).
    pub fn extend(&mut self, other: &ReasonList) {
        for r in other.iter() {
            self.push(r);
        }
        self.overflowed |= other.overflowed;
    }

    /// Whether a reason with `code` is in the list.
    pub fn contains(&self, code: &str) -> bool {
        self.items.iter().any(|r| r.code == code)
    }

    /// The reasons, in order.
    pub fn iter(&self) -> impl Iterator<Item = &'static Reason> {
        self.items.iter().copied()
    }

    /// Number of reasons.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The reasons of `self` whose code is also in `other`.
    pub fn intersection(&self, other: &ReasonList) -> ReasonList {
        let mut out = ReasonList::new();
        for r in self.iter().filter(|r| other.contains(r.code)) {
            out.push(r);
        }
        out
    }

    /// Whether a push ever found the list full. The capacity is sized so that this cannot
    /// happen (tested); `true` means a rule change needs a larger [`MAX_REASONS`].
    pub fn overflowed(&self) -> bool {
        self.overflowed
    }
}

impl Serialize for ReasonList {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.items.len()))?;
        for r in self.iter() {
            seq.serialize_element(r)?;
        }
        seq.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: Reason = Reason::new("a", "Art. 1", "A.");
    const B: Reason = Reason::new("b", "Art. 2", "B.");

    #[test]
    fn deduplicates_and_intersects() {
        let mut l = ReasonList::new();
        l.push(&A);
        l.push(&A);
        l.push(&B);
        assert_eq!(l.len(), 2);
        let mut m = ReasonList::new();
        m.push(&B);
        assert_eq!(l.intersection(&m).iter().map(|r| r.code).next(), Some("b"));
        assert!(!l.overflowed());
    }

    #[test]
    fn overflow_is_recorded_not_silent() {
        const fn code(c: &'static str) -> Reason {
            Reason::new(c, "", "")
        }
        static REASONS: [Reason; MAX_REASONS + 1] = [
            code("0"),
            code("1"),
            code("2"),
            code("3"),
            code("4"),
            code("5"),
            code("6"),
            code("7"),
            code("8"),
            code("9"),
            code("10"),
            code("11"),
            code("12"),
            code("13"),
            code("14"),
            code("15"),
            code("16"),
        ];
        let mut l = ReasonList::new();
        for r in &REASONS {
            l.push(r);
        }
        assert!(l.overflowed());
        assert_eq!(l.len(), MAX_REASONS);
    }

    /// Each reason code is declared once, in the `Reason::new` of its rule
    /// (`core/src/obligations/**`): codes are the report's stable ids, so two rules may
    /// not share one, and each is snake_case.
    #[test]
    fn every_reason_code_is_declared_once_and_snake_case() {
        extern crate std;
        use std::string::{String, ToString};
        use std::vec::Vec;
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/obligations");
        let mut todo = std::vec![root];
        let mut codes: Vec<(String, String)> = Vec::new();
        while let Some(dir) = todo.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    todo.push(path);
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for rest in text.split("Reason::new(").skip(1) {
                    let code = rest.trim_start().split('"').nth(1).unwrap_or_default();
                    codes.push((code.to_string(), path.display().to_string()));
                }
            }
        }
        codes.retain(|(_, file)| !file.ends_with("reasons.rs") || file.contains("risk"));
        assert!(codes.len() > 40, "{} reason codes found", codes.len());
        for (i, (code, file)) in codes.iter().enumerate() {
            assert!(
                !code.is_empty()
                    && code
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
                "{file}: `{code}` is not snake_case"
            );
            let twice = codes.iter().skip(i + 1).find(|(c, _)| c == code);
            assert!(
                twice.is_none(),
                "{file}: `{code}` is declared twice ({twice:?})"
            );
        }
    }
}
