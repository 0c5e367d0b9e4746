//! Suggested sentences for every missing element, in the notice's language, filled from
//! the facts known (given, or read from the notice) with visible placeholders
//! (`[e-mail address of the data protection officer]`) for the rest.
//!
//! The templates are language data (`core/lang/<xx>/suggestions.txt`, format in
//! `core/lang/FIX_FORMAT.md`). They are specific, not boilerplate: `consequences` names the
//! risks that follow from the data kinds (credentials → account takeover and password
//! reuse; contact data → phishing; financial data → fraud; special categories →
//! discrimination and embarrassment), `advice` the matching protective steps, `timeline`
//! the date known, `nature` the kind of breach and who could see the data.
//!
//! Which template: the first entry that exists of `<audience>.<element>.<variant>`,
//! `<element>.<variant>`, `<audience>.<element>`, `<element>`, where `<audience>` is
//! `authority` for an Art. 33 notification and the variant is the exposure, then the
//! breach kind, then `recovered` (for `measures_taken`).

pub mod render;

use heapless::Vec;
use serde::ser::{Serialize, SerializeSeq, SerializeStruct, Serializer};

use crate::Audience;
use crate::elements::ElementId;
use crate::facts::Facts;
use crate::fix::data::{entry, lang_data};
use crate::lang::Lang;
use crate::limits::SUGGESTION_TEXT_BYTES;
use crate::span::Span;
use render::{Fill, Full, Sink, placeholders, render};

/// The missing elements to suggest a sentence for, and what fills them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestions {
    /// The notice's language.
    pub lang: Lang,
    /// Its audience.
    pub audience: Audience,
    /// The missing elements, in contract order.
    pub elements: Vec<ElementId, { ElementId::ALL.len() }>,
    /// The facts known.
    pub facts: Facts,
    /// The first e-mail address of the notice (a contact to reuse).
    pub contact: Option<Span>,
}

/// The variants of `id` for `facts`, most specific first.
fn variants(id: ElementId, facts: &Facts) -> Vec<&'static str, 4> {
    let mut v = Vec::new();
    match id {
        ElementId::Nature => {
            if facts
                .breach
                .is_some_and(|b| b.contains(crate::facts::BreachKind::Confidentiality))
                && let Some(e) = facts.exposure
            {
                let _ = v.push(e.as_str());
            }
            if let Some(b) = facts.breach.and_then(|b| b.iter().next()) {
                let _ = v.push(b.as_str());
            }
        }
        ElementId::MeasuresTaken => {
            if facts.recovered == Some(true) {
                let _ = v.push("recovered");
            }
        }
        ElementId::Consequences | ElementId::DataCategories | ElementId::Advice => {
            if facts.data.is_some_and(|d| !d.is_empty()) {
                let _ = v.push("known");
            }
        }
        // No variant: one template whatever the facts.
        ElementId::ContactPoint
        | ElementId::Timeline
        | ElementId::SubjectCategories
        | ElementId::SubjectCount
        | ElementId::RecordCount
        | ElementId::DelayReasons => {}
    }
    v
}

/// The template for element `id`.
pub fn template(
    lang: Lang,
    audience: Audience,
    id: ElementId,
    facts: &Facts,
) -> Option<&'static str> {
    let data = lang_data(lang).suggestions;
    let prefix = match audience {
        Audience::Authority => "authority.",
        Audience::DataSubjects => "",
    };
    let mut key: heapless::String<64> = heapless::String::new();
    let mut try_key = |parts: &[&str]| -> Option<&'static str> {
        key.clear();
        for p in parts {
            key.push_str(p).ok()?;
        }
        entry(data, &key)
    };
    for variant in variants(id, facts) {
        if !prefix.is_empty()
            && let Some(t) = try_key(&[prefix, id.as_str(), ".", variant])
        {
            return Some(t);
        }
        if let Some(t) = try_key(&[id.as_str(), ".", variant]) {
            return Some(t);
        }
    }
    if !prefix.is_empty()
        && let Some(t) = try_key(&[prefix, id.as_str()])
    {
        return Some(t);
    }
    try_key(&[id.as_str()])
}

/// Renders the suggestion for `id` into `out` (with sample values for the placeholders
/// when `samples`).
pub fn suggest(
    out: &mut dyn Sink,
    lang: Lang,
    audience: Audience,
    id: ElementId,
    facts: &Facts,
    contact: Option<&str>,
    samples: bool,
) -> Result<(), Full> {
    let t = template(lang, audience, id, facts).unwrap_or("");
    let fill = Fill {
        lang,
        data: lang_data(lang).suggestions,
        facts,
        contact,
        samples,
        authority: audience == Audience::Authority,
    };
    render(out, &fill, t)
}

/// One suggestion as written in the report, rendered when written.
struct Item<'a> {
    s: &'a Suggestions,
    id: ElementId,
    text: &'a str,
}

/// The rendered text of one suggestion.
pub type SuggestionText = heapless::String<SUGGESTION_TEXT_BYTES>;

struct Placeholders<'a>(&'a str);

impl Serialize for Placeholders<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(None)?;
        for p in placeholders(self.0) {
            seq.serialize_element(p)?;
        }
        seq.end()
    }
}

impl Serialize for Item<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let contact = self
            .s
            .contact
            .and_then(|c| self.text.get(c.start as usize..c.end as usize));
        let mut text = SuggestionText::new();
        // A template too long for SUGGESTION_TEXT_BYTES is a data error the tests catch;
        // the report then carries what fitted, never a broken character.
        let _ = suggest(
            &mut text,
            self.s.lang,
            self.s.audience,
            self.id,
            &self.s.facts,
            contact,
            false,
        );
        let mut r = s.serialize_struct("Suggestion", 4)?;
        r.serialize_field("element", self.id.as_str())?;
        r.serialize_field("language", self.s.lang.as_str())?;
        r.serialize_field("text", text.as_str())?;
        r.serialize_field("placeholders", &Placeholders(&text))?;
        r.end()
    }
}

/// The report's `suggestions` list for a notice `text`.
pub struct SuggestionsJson<'a> {
    /// The suggestions.
    pub suggestions: &'a Suggestions,
    /// The notice (the contact span indexes into it).
    pub text: &'a str,
}

impl Serialize for SuggestionsJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.suggestions.elements.len()))?;
        for id in &self.suggestions.elements {
            seq.serialize_element(&Item {
                s: self.suggestions,
                id: *id,
                text: self.text,
            })?;
        }
        seq.end()
    }
}

#[cfg(test)]
pub(crate) mod tests;
