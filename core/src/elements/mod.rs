//! The content elements of a breach notice (contract §2), one folder per element id, and
//! the static registry [`ELEMENTS`] in contract order.
//!
//! Each element folder holds `mod.rs` (what it checks, legal basis, when it is present,
//! what is not enough, the detection rule); its phrases and good/bad example sentences are
//! language data, in `core/lang/<xx>/<element>.cues` (format: `core/lang/README.md`,
//! packed by `core/build.rs` into [`crate::lang::data`]).

pub mod cue;

pub use cue::{Cue, CueTable, CueTables, Example, Examples, PerLang, Role};

use serde::Serialize;

use crate::Audience;

/// The content elements, declared once, in contract order: `Variant module "summary",`
/// per element (the module is the element's folder and its contract id). [`ElementId`],
/// [`ElementId::ALL`], [`ElementId::as_str`], [`ElementId::element`],
/// [`ElementId::cues`], [`ElementId::examples`], [`ELEMENTS`] and the analyser's table
/// list expand from it. Calls `$callback!` with the list.
#[doc(hidden)]
#[macro_export]
macro_rules! __for_each_element {
    ($callback:ident) => {
        $callback! {
            Nature nature "what happened",
            DataCategories data_categories "which kinds of personal data",
            ContactPoint contact_point "a DPO or other contact point with a channel",
            Consequences consequences "likely consequences, or an explained \"none expected\"",
            MeasuresTaken measures_taken "what the controller did or will do",
            Advice advice "what recipients can do themselves",
            Timeline timeline "when the breach happened or was discovered",
            SubjectCategories subject_categories "which categories of people",
            SubjectCount subject_count "approximate number of people",
            RecordCount record_count "approximate number of records",
            DelayReasons delay_reasons "why a notification comes after 72 hours",
        }
    };
}

macro_rules! declare_elements {
    ($($variant:ident $module:ident $doc:literal,)*) => {
        $(pub mod $module;)*

        /// A content element id (contract §2). [`ElementId::as_str`] is the only place the
        /// contract strings are spelled (from the declaration's module names).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum ElementId {
            $(
                #[doc = concat!("`", stringify!($module), "`: ", $doc, ".")]
                $variant,
            )*
        }

        impl ElementId {
            /// Every id, in contract order.
            pub const ALL: [ElementId; [$($doc),*].len()] = [$(ElementId::$variant),*];

            /// The contract id string.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(ElementId::$variant => stringify!($module),)*
                }
            }

            /// Parses a contract id string.
            pub fn parse(s: &str) -> Option<ElementId> {
                ElementId::ALL.into_iter().find(|id| id.as_str() == s)
            }

            /// The element's registry entry.
            pub const fn element(self) -> &'static Element {
                match self {
                    $(ElementId::$variant => &$module::ELEMENT,)*
                }
            }

            /// The element's phrase tables per language. Kept out of [`Element`]: the
            /// analyser reads them only at compile time, merged into one text per language
            /// ([`crate::analysis::cue_index`]), so a binary that does not call this links
            /// only that merged copy; the registry tests check every table.
            pub fn cues(self) -> &'static CueTables {
                match self {
                    $(ElementId::$variant => &$module::CUES,)*
                }
            }

            /// The element's good and bad examples per language. Kept out of [`Element`]:
            /// the analyser never reads them, and a binary that does not call this (the
            /// wasm module, firmware) links none of their text; the registry tests run
            /// every one of them.
            pub fn examples(self) -> &'static Examples {
                match self {
                    $(ElementId::$variant => &$module::EXAMPLES,)*
                }
            }
        }

        /// Every element, in contract order.
        pub static ELEMENTS: [&Element; ElementId::ALL.len()] = [$(&$module::ELEMENT),*];
    };
}

crate::__for_each_element!(declare_elements);

impl Serialize for ElementId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// How much an element matters for one audience.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Requirement {
    /// Required by the article; counts towards `complete`.
    Required,
    /// Good practice (EDPB guidelines); counts towards quality, not completeness.
    Recommended,
    /// Required only in some circumstances (`delay_reasons`: when notified after 72 h).
    Conditional,
}

/// Whether a notice realises an element (contract §4 `elements[].status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The notice contains it; evidence points at the words.
    Present,
    /// The notice lacks it.
    Missing,
    /// It does not apply here (e.g. `delay_reasons` when on time or unknown).
    NotApplicable,
}

/// What the registry knows of one element for one audience.
#[derive(Debug, Clone, Copy)]
pub struct AudienceRule {
    /// Required, recommended or conditional.
    pub requirement: Requirement,
    /// The article (or guideline) it comes from, e.g. `"Art. 33(3)(b) GDPR"`.
    pub citation: &'static str,
}

/// A registry entry: the element's legal basis per audience and its plain-language
/// summary. (Its cue tables and examples are reached through [`ElementId::cues`] and
/// [`ElementId::examples`], so that a binary that never asks for them does not carry them.)
#[derive(Debug)]
pub struct Element {
    /// The id.
    pub id: ElementId,
    /// For a communication to data subjects (Art. 34); `None` when the element does not
    /// apply to that audience (absent from its report).
    pub data_subjects: Option<AudienceRule>,
    /// For a notification to the supervisory authority (Art. 33); `None` when it does not
    /// apply.
    pub authority: Option<AudienceRule>,
    /// One plain sentence on what the notice should say (shown by the web page).
    pub summary: &'static str,
    /// How the analyser decides that a notice realises the element, beyond a `Signal`
    /// (which always does, unless blocked in its sentence).
    pub rule: RuleKind,
    /// Whether a negation frame ("… were not affected") cancels the element's `Signal`s.
    pub negation: Negation,
}

/// The kind of rule an element is judged by (declared in its folder's `ELEMENT`; the
/// analyser, `analysis::judge`, dispatches on it, never on element ids). Every kind
/// realises the element with a `Signal` that no `Block` cancels in its sentence; the
/// kinds differ in what else does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleKind {
    /// Nothing else: plain cues (`Signal`s; the sentence frames of `core/src/frames`
    /// may realise it too).
    Cue,
    /// An `Anchor` with a channel (e-mail, phone, URL, postal address) in its sentence, or
    /// in the next one unless that one is blocked.
    AnchorChannel,
    /// An `Anchor` with a date or time in its sentence, or a date or relative-time
    /// `Signal` in the next (unblocked) one; or a `Signal` of the `event` element (the
    /// event itself) with a date or time in its own sentence, or — without one — with the
    /// date of the sentence before it in the same paragraph.
    AnchorDate {
        /// The element whose `Signal`s name the event.
        event: ElementId,
    },
    /// A `Denial` ("no misuse is expected") with a `Reason` in its sentence or the next.
    DenialReason,
    /// An unblocked `Anchor` with a `Reason` in its sentence, the next, or the one before
    /// it in its paragraph.
    AnchorReason,
    /// An unblocked `Anchor` bound to a number in its sentence (`text::numbers`: "2,400
    /// customers", "rund 300 Datensätze").
    AnchorNumber,
}

/// Whether a negation frame ("card numbers were never at risk") cancels an element's
/// `Signal` in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Negation {
    /// Never.
    Ignored,
    /// A negation before or after the signal ("no bank data", "bank data was not
    /// affected").
    Around,
    /// Only a negation before it ("no risk of phishing", not "phishing is possible, do
    /// not click").
    BeforeOnly,
}

impl Element {
    /// The rule for `audience`, or `None` when the element does not apply to it.
    pub const fn rule(&self, audience: Audience) -> Option<AudienceRule> {
        match audience {
            Audience::DataSubjects => self.data_subjects,
            Audience::Authority => self.authority,
        }
    }
}

#[cfg(test)]
mod tests {
    extern crate std;

    use super::*;
    use crate::Lang;
    use crate::analysis::analyze;
    use crate::text::normalise::is_normalised_phrase;

    /// The roles each element's rule reads (its `mod.rs`, `# Roles used`); `Contrast` is
    /// allowed everywhere.
    fn allowed_roles(id: ElementId) -> &'static [Role] {
        use Role::*;
        match id {
            ElementId::Nature
            | ElementId::DataCategories
            | ElementId::MeasuresTaken
            | ElementId::Advice
            | ElementId::SubjectCategories => &[Signal, Block, Contrast],
            ElementId::ContactPoint | ElementId::Timeline => &[Signal, Anchor, Block, Contrast],
            ElementId::Consequences => &[Signal, Denial, Reason, Block, Contrast],
            ElementId::SubjectCount | ElementId::RecordCount => &[Anchor, Block, Contrast],
            ElementId::DelayReasons => &[Signal, Anchor, Reason, Block, Contrast],
        }
    }

    #[test]
    fn cue_tables_are_sorted_unique_normalised_and_use_documented_roles() {
        for element in ELEMENTS {
            for lang in Lang::ALL {
                let table = element.id.cues().get(lang);
                let cues: std::vec::Vec<Cue> = table.iter().collect();
                assert_eq!(cues.len(), table.len());
                for pair in cues.windows(2) {
                    if let [a, b] = pair {
                        assert!(
                            a.phrase < b.phrase,
                            "{} {}: {:?} must sort before {:?} (sorted, no duplicates)",
                            element.id.as_str(),
                            lang.as_str(),
                            a.phrase,
                            b.phrase
                        );
                    }
                }
                for cue in &cues {
                    assert!(
                        is_normalised_phrase(cue.phrase),
                        "{} {}: {:?} is not normalised",
                        element.id.as_str(),
                        lang.as_str(),
                        cue.phrase
                    );
                    assert!(
                        allowed_roles(element.id).contains(&cue.role),
                        "{} {}: {:?} has role {:?}, which the element does not use",
                        element.id.as_str(),
                        lang.as_str(),
                        cue.phrase,
                        cue.role
                    );
                }
            }
        }
    }

    #[test]
    fn good_examples_are_found_and_bad_ones_are_not() {
        for element in ELEMENTS {
            let audience = if element.data_subjects.is_some() {
                Audience::DataSubjects
            } else {
                Audience::Authority
            };
            for lang in Lang::ALL {
                let example = element.id.examples().get(lang);
                let status = |text: &str| {
                    analyze(text, audience, lang, Some(true))
                        .elements
                        .iter()
                        .find(|e| e.id == element.id)
                        .map(|e| e.status)
                };
                for (texts, want) in [
                    (example.good, Status::Present),
                    (example.bad, Status::Missing),
                ] {
                    for text in texts {
                        assert_eq!(
                            status(text),
                            Some(want),
                            "{} {} (core/lang/{}/{}.cues): example should be {:?}: {:?}",
                            element.id.as_str(),
                            lang.as_str(),
                            lang.as_str(),
                            element.id.as_str(),
                            want,
                            text
                        );
                    }
                }
            }
        }
    }

    /// One source per data kind: every phrase that derives a data kind
    /// (`core/lang/<xx>/derive/data_kinds/*.cues`, `[signal]`) is a `data_categories`
    /// signal too (its `.cues` file `include:`s them), so the two cannot drift apart.
    #[test]
    fn every_data_kind_phrase_is_a_data_categories_signal() {
        for lang in Lang::ALL {
            let element: std::vec::Vec<Cue> =
                ElementId::DataCategories.cues().get(lang).iter().collect();
            for (kind, tables) in crate::derive::data_kinds::CUE_TABLES {
                for cue in tables.get(lang).iter().filter(|c| c.role == Role::Signal) {
                    assert!(
                        element.contains(&cue),
                        "{} {kind:?}: {:?} derives the data kind but is no data_categories signal",
                        lang.as_str(),
                        cue.phrase
                    );
                }
            }
        }
    }

    /// The drift found in issue 11: a notice naming only a criminal record or a driving
    /// licence derived the data kind but reported `data_categories` missing.
    #[test]
    fn data_named_only_by_a_data_kind_phrase_is_a_data_category() {
        use crate::facts::DataKind;
        for (text, kind) in [
            (
                "An unauthorised person viewed your criminal record.",
                DataKind::Criminal,
            ),
            (
                "Scans of your driving licence were copied by the intruder.",
                DataKind::Identification,
            ),
        ] {
            let report = analyze(text, Audience::DataSubjects, Lang::En, Some(true));
            let status = report
                .elements
                .iter()
                .find(|e| e.id == ElementId::DataCategories)
                .map(|e| e.status);
            assert_eq!(status, Some(Status::Present), "{text}");
            let derived = crate::derive::derive_facts(text, Lang::En);
            assert!(
                derived.facts.data.is_some_and(|d| d.contains(kind)),
                "{text}: {kind:?} not derived"
            );
        }
    }

    #[test]
    fn en_and_de_tables_are_filled() {
        for element in ELEMENTS {
            for lang in [Lang::En, Lang::De] {
                assert!(
                    !element.id.cues().get(lang).is_empty()
                        && !element.id.examples().get(lang).good.is_empty()
                        && !element.id.examples().get(lang).bad.is_empty(),
                    "{} {}: empty table or example",
                    element.id.as_str(),
                    lang.as_str()
                );
            }
        }
    }

    #[test]
    fn registry_is_in_contract_order_and_complete() {
        for (i, id) in ElementId::ALL.into_iter().enumerate() {
            assert_eq!(ELEMENTS.get(i).map(|e| e.id), Some(id));
            assert_eq!(id.element().id, id);
            assert_eq!(ElementId::parse(id.as_str()), Some(id));
        }
    }
}
