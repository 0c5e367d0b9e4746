//! Template rendering without allocation: `{slot}`s of a template are filled from the
//! facts, or replaced by a visible placeholder `[label]` when the fact is unknown.
//!
//! Slots (all languages): `{date}` (when the controller became aware, `aware_at`),
//! `{data}` (the kinds of data), `{risks}` and `{steps}` (the risks and protective steps
//! matching those kinds; `{risks_list}`, `{steps_list}` as a bulleted list, one short
//! sentence a line), `{subjects}`, `{records}` (numbers), `{contact}` (an e-mail
//! address found in the notice), `{measures}`, `{subject_categories}`, `{delay}` (always
//! placeholders: no fact says them). A placeholder's label and sample value come from
//! the language's `placeholder.<slot> = label | sample` entry.

use crate::facts::{DataKind, Facts};
use crate::fix::data::{Templates, entry, split_once};
use crate::lang::Lang;

/// The output is full (its capacity is reported by the caller).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Full;

/// Where rendered text goes.
pub trait Sink {
    /// Appends `s`, or fails when it does not fit (nothing is appended then).
    fn put(&mut self, s: &str) -> Result<(), Full>;
}

impl<const N: usize> Sink for heapless::String<N> {
    fn put(&mut self, s: &str) -> Result<(), Full> {
        self.push_str(s).map_err(|_| Full)
    }
}

/// A caller's byte buffer being filled with UTF-8 text.
#[derive(Debug)]
pub struct SliceSink<'b> {
    buf: &'b mut [u8],
    len: usize,
}

impl<'b> SliceSink<'b> {
    /// An empty sink over `buf`.
    pub fn new(buf: &'b mut [u8]) -> Self {
        SliceSink { buf, len: 0 }
    }

    /// Bytes written.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether nothing was written.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The text written so far.
    pub fn as_str(&self) -> &str {
        core::str::from_utf8(self.buf.get(..self.len).unwrap_or_default()).unwrap_or("")
    }
}

impl Sink for SliceSink<'_> {
    fn put(&mut self, s: &str) -> Result<(), Full> {
        let end = self.len.checked_add(s.len()).ok_or(Full)?;
        let dst = self.buf.get_mut(self.len..end).ok_or(Full)?;
        dst.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// What the slots are filled from.
#[derive(Debug, Clone, Copy)]
pub struct Fill<'a> {
    /// The language.
    pub lang: Lang,
    /// Its `suggestions.txt`.
    pub data: &'static Templates,
    /// The facts known (given, or read from the notice).
    pub facts: &'a Facts,
    /// A contact e-mail address found in the notice.
    pub contact: Option<&'a str>,
    /// Write each placeholder's sample value instead of `[label]` (what a user would
    /// fill in; tests use it).
    pub samples: bool,
    /// Word the data kinds for the authority (`authority.kind.*` entries first: "names
    /// and contact details", not "your name …").
    pub authority: bool,
}

/// The label and sample of placeholder `slot`.
pub fn placeholder(data: &'static Templates, slot: &str) -> (&'static str, &'static str) {
    let mut key: heapless::String<40> = heapless::String::new();
    let _ = key.push_str("placeholder.");
    let _ = key.push_str(slot);
    let text = entry(data, &key).unwrap_or("…");
    match split_once(text, " | ") {
        Some((label, sample)) => (label.trim(), sample.trim()),
        None => (text, text),
    }
}

fn put_placeholder(out: &mut dyn Sink, fill: &Fill<'_>, slot: &str) -> Result<(), Full> {
    let slot = slot.strip_suffix("_list").unwrap_or(slot);
    let (label, sample) = placeholder(fill.data, slot);
    if fill.samples {
        return out.put(sample);
    }
    out.put("[")?;
    out.put(label)?;
    out.put("]")
}

/// The entry `prefix` + `name` of the data.
fn keyed(data: &'static Templates, prefix: &str, name: &str) -> Option<&'static str> {
    let mut key: heapless::String<48> = heapless::String::new();
    key.push_str(prefix).ok()?;
    key.push_str(name).ok()?;
    entry(data, &key)
}

fn put_number(out: &mut dyn Sink, n: u64) -> Result<(), Full> {
    let mut buf = [0u8; 20];
    let len = crate::decimal::write_digits(n, &mut buf);
    out.put(core::str::from_utf8(buf.get(..len).unwrap_or_default()).unwrap_or("0"))
}

/// Writes the items of `list` for each known data kind (`<prefix><kind>` entries) joined
/// by `, ` and the language's `word.and` — or, as a `bulleted` list, each on a line of its
/// own after `\n- ` and ended by a full stop (short sentences for long lists); `false`
/// when no kind has an entry.
fn put_kind_list(
    out: &mut dyn Sink,
    fill: &Fill<'_>,
    prefix: &str,
    sep_key: &str,
    bulleted: bool,
) -> Result<bool, Full> {
    let Some(kinds) = fill.facts.data else {
        return Ok(false);
    };
    let mut authority_prefix: heapless::String<24> = heapless::String::new();
    let _ = authority_prefix.push_str("authority.");
    let _ = authority_prefix.push_str(prefix);
    let items = || {
        kinds.iter().filter_map(|k: DataKind| {
            fill.authority
                .then(|| keyed(fill.data, &authority_prefix, k.as_str()))
                .flatten()
                .or_else(|| keyed(fill.data, prefix, k.as_str()))
        })
    };
    let n = items().count();
    if n == 0 {
        return Ok(false);
    }
    let and = entry(fill.data, sep_key).unwrap_or("and");
    if bulleted {
        for item in items() {
            out.put("\n- ")?;
            out.put(item)?;
            out.put(".")?;
        }
        return Ok(true);
    }
    for (i, item) in items().enumerate() {
        if i > 0 {
            if i + 1 == n {
                out.put(" ")?;
                out.put(and)?;
                out.put(" ")?;
            } else {
                out.put(", ")?;
            }
        }
        out.put(item)?;
    }
    Ok(true)
}

/// `aware_at` as a date in the language's `date` template (`{day} {month} {year}`).
fn put_date(out: &mut dyn Sink, fill: &Fill<'_>) -> Result<bool, Full> {
    let Some(t) = fill.facts.aware_at else {
        return Ok(false);
    };
    let iso = t.to_rfc3339_utc();
    let (Some(y), Some(m), Some(d)) = (iso.get(0..4), iso.get(5..7), iso.get(8..10)) else {
        return Ok(false);
    };
    let month = keyed(fill.data, "month.", m.trim_start_matches('0')).unwrap_or(m);
    let day = d.trim_start_matches('0');
    let template = entry(fill.data, "date").unwrap_or("{day} {month} {year}");
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.put(before)?;
        let Some((slot, tail)) = after.split_once('}') else {
            break;
        };
        out.put(match slot {
            "day" => day,
            "month" => month,
            "year" => y,
            _ => "",
        })?;
        rest = tail;
    }
    out.put(rest)?;
    Ok(true)
}

/// Writes slot `slot`.
fn put_slot(out: &mut dyn Sink, fill: &Fill<'_>, slot: &str) -> Result<(), Full> {
    let done = match slot {
        "date" => put_date(out, fill)?,
        "data" => put_kind_list(out, fill, "kind.", "word.and", false)?,
        "risks" => put_kind_list(out, fill, "risk.", "word.and", false)?,
        "steps" => put_kind_list(out, fill, "step.", "word.and", false)?,
        "data_list" => put_kind_list(out, fill, "kind.", "word.and", true)?,
        "risks_list" => put_kind_list(out, fill, "risk.", "word.and", true)?,
        "steps_list" => put_kind_list(out, fill, "step.", "word.and", true)?,
        "subjects" => match fill.facts.subjects {
            Some(n) => put_number(out, n).map(|()| true)?,
            None => false,
        },
        "records" => match fill.facts.records {
            Some(n) => put_number(out, n).map(|()| true)?,
            None => false,
        },
        "contact" => match fill.contact {
            Some(c) => out.put(c).map(|()| true)?,
            None => false,
        },
        _ => false,
    };
    if done {
        Ok(())
    } else {
        put_placeholder(out, fill, slot)
    }
}

/// Renders `template` into `out`.
pub fn render(out: &mut dyn Sink, fill: &Fill<'_>, template: &str) -> Result<(), Full> {
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.put(before)?;
        let Some((slot, tail)) = after.split_once('}') else {
            out.put("{")?;
            rest = after;
            continue;
        };
        put_slot(out, fill, slot)?;
        rest = tail;
    }
    out.put(rest)
}

/// The placeholders (`[label]`, without brackets) of a rendered text, in order.
pub fn placeholders(text: &str) -> impl Iterator<Item = &str> {
    text.split('[')
        .skip(1)
        .filter_map(|part| part.split_once(']').map(|(label, _)| label))
}
