//! The phrase files of the `fix` module (`core/lang/<xx>/signals.txt` and `jargon.txt`;
//! format: `core/lang/FIX_FORMAT.md`), parsed and packed at build time into one phrase
//! table per language (`crate::fix::phrase::PhraseTable`), which the engine searches with
//! the cue matcher instead of re-reading the text files for every sentence.
//!
//! Each phrase is read with the core's own word scanner (`src/text/words.rs`), exactly as
//! the engine reads a notice: its head (the words before a ` ... ` gap, or all of them) is
//! folded to the cue form (`word*` for a prefix) and becomes one entry of a cue index (one
//! "table" per `[section]`, so the matcher reports the section); the tail after the gap,
//! if any, is kept apart and checked by the engine after the head matched. A line the
//! engine could never match (no word, too many words, a word longer than the scanner
//! keeps, a second gap, a first word the index cannot file) fails the build with its file
//! and line.

#![allow(
    clippy::disallowed_methods,
    reason = "build code: runs on the host, none of it is linked into the engine"
)]

use std::fmt::Write as _;

use crate::limits::{MAX_FIX_PHRASES, MAX_PHRASE_WORDS};
use crate::words::Words;

/// The sections of `signals.txt`, in `crate::fix::signals::Group` order (the generated
/// code asserts that the core agrees).
pub const SIGNAL_SECTIONS: [&str; 26] = [
    "euphemism",
    "reassurance",
    "reassurance_action",
    "reason",
    "hedge_quantity",
    "hedge_modal",
    "greeting",
    "generic_addressee",
    "header",
    "legal_form",
    "closing",
    "team",
    "generic_sender",
    "ask",
    "secret",
    "verify",
    "never",
    "warning",
    "login",
    "click",
    "link_word",
    "threat",
    "deadline",
    "condition",
    "pressure",
    "marketing",
];

/// The sections of `jargon.txt`, after [`SIGNAL_SECTIONS`] in `Group` order.
pub const JARGON_SECTIONS: [&str; 2] = ["term", "explain"];

/// The number of roles of the cue format (a kind byte is `table × ROLES + role`; a fix
/// phrase is filed with the first role, `Signal`, number 0).
const ROLES: usize = 6;

/// The group number of a section name (its place in [`SIGNAL_SECTIONS`] then
/// [`JARGON_SECTIONS`]).
fn group_number(name: &str) -> Option<usize> {
    SIGNAL_SECTIONS
        .iter()
        .chain(JARGON_SECTIONS.iter())
        .position(|n| *n == name)
}

/// One phrase line.
#[derive(Debug, Clone)]
pub struct FixPhrase {
    /// Its group number.
    pub group: usize,
    /// The head's words in cue form, separated by one space.
    pub head: String,
    /// The words after the ` ... ` gap, in the same form.
    pub tail: Option<String>,
    /// Its place among the phrases of its group (`signals.txt` first): the engine
    /// reports, per group, the first phrase in this order that matches.
    pub order: usize,
}

/// The words of `part` in cue form (`word` or `word*`), or why the engine could never
/// match them.
fn fold_words(part: &str, first_is_indexed: bool) -> Result<String, String> {
    let mut out: Vec<String> = Vec::new();
    for w in Words::new(part) {
        if w.too_long() {
            return Err(format!(
                "the word `{}` is longer than a word the scanner keeps ({} bytes)",
                part.get(w.start..w.end).unwrap_or_default(),
                crate::limits::MAX_WORD_BYTES
            ));
        }
        let prefix = part.as_bytes().get(w.end) == Some(&b'*');
        let mut folded = w.text().to_string();
        if first_is_indexed && out.is_empty() {
            if prefix && folded.chars().count() < 3 {
                return Err(format!(
                    "the first word `{folded}*` is a stem of fewer than three letters"
                ));
            }
            if !folded
                .bytes()
                .next()
                .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            {
                return Err(format!(
                    "the first word `{folded}` does not start with a letter a-z or a digit once folded"
                ));
            }
        }
        if prefix {
            folded.push('*');
        }
        out.push(folded);
    }
    if out.is_empty() {
        return Err("no word".into());
    }
    if out.len() > MAX_PHRASE_WORDS {
        return Err(format!(
            "{} words on one side of a gap; at most {MAX_PHRASE_WORDS}",
            out.len()
        ));
    }
    Ok(out.join(" "))
}

/// The phrases of one file whose sections must be among `sections`, numbered within
/// their group after the `before` phrases already read (of another file). Errors are
/// `line N: message`.
pub fn parse_phrases(
    text: &str,
    sections: &[&str],
    before: &[FixPhrase],
) -> Result<Vec<FixPhrase>, Vec<String>> {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let mut group: Option<usize> = None;
    let mut in_section = false;
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            let name = name.trim();
            in_section = true;
            group = if sections.contains(&name) {
                group_number(name)
            } else {
                errors.push(format!(
                    "line {line_no}: unknown section `[{name}]` (sections of this file: {})",
                    sections.join(", ")
                ));
                None
            };
            continue;
        }
        if !in_section {
            errors.push(format!(
                "line {line_no}: phrase `{line}` before any `[section]`"
            ));
            continue;
        }
        let Some(g) = group else { continue };
        let (head, tail) = match line.split_once(" ... ") {
            Some((h, t)) => (h, Some(t)),
            None => (line, None),
        };
        if tail.is_some_and(|t| t.contains(" ... ")) {
            errors.push(format!(
                "line {line_no}: `{line}`: more than one ` ... ` gap (one per phrase)"
            ));
            continue;
        }
        let head = match fold_words(head, true) {
            Ok(h) => h,
            Err(why) => {
                errors.push(format!("line {line_no}: `{line}`: {why}"));
                continue;
            }
        };
        let tail = match tail.map(|t| fold_words(t, false)).transpose() {
            Ok(t) => t,
            Err(why) => {
                errors.push(format!("line {line_no}: `{line}`: {why} after the gap"));
                continue;
            }
        };
        let order = before
            .iter()
            .chain(out.iter())
            .filter(|p| p.group == g)
            .count();
        if order > usize::from(u8::MAX) {
            errors.push(format!(
                "line {line_no}: `{line}`: more than 256 phrases in one section"
            ));
            continue;
        }
        out.push(FixPhrase {
            group: g,
            head,
            tail,
            order,
        });
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// One language's packed phrases.
#[derive(Debug, Clone, Default)]
pub struct FixTable {
    /// The index text: each phrase's head, sorted by head, then group, then order, one
    /// per line.
    text: String,
    /// The kind byte of each entry (group × roles + `Signal`).
    kinds: Vec<u8>,
    /// Each entry's phrase: its order in its group and its tail (0: none, else 1 + its
    /// place in `tails`).
    rows: Vec<(usize, usize)>,
    /// The distinct tails.
    tails: Vec<String>,
}

/// Packs a language's phrases.
pub fn pack(phrases: &[FixPhrase]) -> Result<FixTable, String> {
    if phrases.len() > MAX_FIX_PHRASES {
        return Err(format!(
            "{} phrases; at most {MAX_FIX_PHRASES} (limits::MAX_FIX_PHRASES)",
            phrases.len()
        ));
    }
    let mut sorted: Vec<&FixPhrase> = phrases.iter().collect();
    sorted.sort_by(|a, b| (&a.head, a.group, a.order).cmp(&(&b.head, b.group, b.order)));
    let mut t = FixTable::default();
    for p in sorted {
        t.text.push_str(&p.head);
        t.text.push('\n');
        t.kinds
            .push(u8::try_from(p.group * ROLES).map_err(|e| e.to_string())?);
        let tail = match &p.tail {
            None => 0,
            Some(tail) => match t.tails.iter().position(|x| x == tail) {
                Some(i) => i + 1,
                None => {
                    t.tails.push(tail.clone());
                    t.tails.len()
                }
            },
        };
        if tail > usize::from(u8::MAX) {
            return Err("more than 255 distinct words after a gap".into());
        }
        t.rows.push((p.order, tail));
    }
    if t.text.len() > usize::from(u16::MAX) {
        return Err("the packed phrases exceed 65535 bytes".into());
    }
    Ok(t)
}

/// The Rust code of the phrase tables (`FIX_PHRASES`), and the checks that the core
/// agrees on the group numbers and kind bytes.
pub fn rust(tables: &[(String, FixTable)]) -> String {
    let mut out = String::from("\nconst _: () = assert!(\n    crate::limits::MAX_WORD_BYTES == ");
    let _ = writeln!(
        out,
        "{} && crate::limits::MAX_FIX_PHRASES == {MAX_FIX_PHRASES},\n    \"core/build.rs and core/src/limits.rs disagree on MAX_WORD_BYTES or MAX_FIX_PHRASES\"\n);",
        crate::limits::MAX_WORD_BYTES
    );
    let names: Vec<String> = SIGNAL_SECTIONS
        .iter()
        .chain(JARGON_SECTIONS.iter())
        .map(|n| format!("{n:?}"))
        .collect();
    let _ = writeln!(
        out,
        "const _: () = assert!(\n    crate::fix::signals::Group::sections_are(&[{}])\n        && crate::text::matcher::kind_byte(1, crate::elements::Role::Signal) == {ROLES},\n    \"core/build/fixfile.rs and crate::fix::signals::Group disagree on the sections\"\n);",
        names.join(", ")
    );
    out.push_str(
        "\n/// The phrases of `core/lang/<xx>/signals.txt` and `jargon.txt`, packed by\n\
         /// `core/build/fixfile.rs`, one table per language.\n\
         pub const FIX_PHRASES: PerLang<crate::fix::phrase::PhraseTable> = PerLang {\n",
    );
    for (lang, t) in tables {
        let kinds: Vec<String> = t.kinds.iter().map(u8::to_string).collect();
        let rows: Vec<String> = t
            .rows
            .iter()
            .map(|(o, tail)| format!("[{o}, {tail}]"))
            .collect();
        let mut tails = String::new();
        let mut tail_starts = Vec::new();
        for tail in &t.tails {
            tail_starts.push(le(tails.len()));
            tails.push_str(tail);
            tails.push('\n');
        }
        tail_starts.push(le(tails.len()));
        let _ = writeln!(
            out,
            "    {lang}: crate::fix::phrase::PhraseTable {{\n        \
             index: crate::text::matcher::PackedIndex::new({:?}, &[{}]),\n        \
             rows: &[{}],\n        tails: {tails:?},\n        tail_starts: &[{}],\n    }},",
            t.text,
            kinds.join(", "),
            rows.join(", "),
            tail_starts.join(", ")
        );
    }
    out.push_str("};\n");
    out
}

/// The entries of a template file (`suggestions.txt`, `draft.txt`): `key = text` lines
/// (the first ` = ` separates them; both trimmed; `[section]` lines are allowed and
/// ignored), sorted by key. A line of no entry, an empty key, a key or text holding a tab
/// (the packed table's separator) and a key written twice fail with their line.
pub fn parse_templates(text: &str) -> Result<Vec<(String, String)>, Vec<String>> {
    let mut out: Vec<(String, String, usize)> = Vec::new();
    let mut errors = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.trim();
        if line.is_empty()
            || line.starts_with('#')
            || (line.starts_with('[') && line.ends_with(']'))
        {
            continue;
        }
        let Some((key, value)) = line.split_once(" = ") else {
            errors.push(format!(
                "line {line_no}: `{line}` is not an entry `key = text`"
            ));
            continue;
        };
        let (key, value) = (key.trim(), value.trim());
        if key.is_empty() || key.contains('\t') || value.contains('\t') {
            errors.push(format!(
                "line {line_no}: `{line}`: an empty key, or a tab in the key or text"
            ));
        } else if let Some((_, _, first)) = out.iter().find(|(k, _, _)| k == key) {
            errors.push(format!(
                "line {line_no}: the key `{key}` is already on line {first}"
            ));
        } else {
            out.push((key.to_string(), value.to_string(), line_no));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut sorted: Vec<(String, String)> = out.into_iter().map(|(k, v, _)| (k, v)).collect();
    sorted.sort();
    Ok(sorted)
}

/// The line of a language's template texts that stands for "no entry for this key" (a
/// key that only other languages' files have): a single U+0001, which no text of a file
/// is ([`templates_rust`] checks).
pub const NO_ENTRY: &str = "\u{1}";

/// The keys of one template file in every language (their union), sorted: the shared
/// key table of [`templates_rust`], as Rust code (`crate::fix::data::TemplateKeys`):
/// `key\n` per key and where each starts.
pub fn template_keys_rust(keys: &[String]) -> Result<String, String> {
    let mut text = String::new();
    let mut starts = Vec::new();
    for k in keys {
        starts.push(le(text.len()));
        text.push_str(k);
        text.push('\n');
    }
    starts.push(le(text.len()));
    if text.len() > usize::from(u16::MAX) {
        return Err("the template keys exceed 65535 bytes".into());
    }
    Ok(format!(
        "crate::fix::data::TemplateKeys {{ text: {text:?}, starts: &[{}] }}",
        starts.join(", ")
    ))
}

/// The Rust code of one language's template table: its texts in the order of the shared
/// `keys` (the union of every language's keys, sorted; `keys_path` names their
/// `TemplateKeys` static), `text\n` per key ([`NO_ENTRY`] for a key the language does
/// not have), and where each starts. The keys are stored once for all languages: the
/// same ~120 keys repeated in twelve languages cost about 3 KiB of the gzipped wasm.
pub fn templates_rust(
    entries: &[(String, String)],
    keys: &[String],
    keys_path: &str,
) -> Result<String, String> {
    let mut text = String::new();
    let mut starts = Vec::new();
    for key in keys {
        starts.push(le(text.len()));
        match entries.iter().find(|(k, _)| k == key) {
            Some((_, v)) => {
                if v == NO_ENTRY || v.contains('\n') {
                    return Err(format!("the text of `{key}` holds a control character"));
                }
                text.push_str(v);
            }
            None => text.push_str(NO_ENTRY),
        }
        text.push('\n');
    }
    starts.push(le(text.len()));
    if text.len() > usize::from(u16::MAX) {
        return Err("the packed templates exceed 65535 bytes".into());
    }
    Ok(format!(
        "crate::fix::data::Templates {{ keys: {keys_path}, text: {text:?}, starts: &[{}] }}",
        starts.join(", ")
    ))
}

/// `n` as the Rust literal of a little-endian `u16` (`[lo, hi]`), as the core's tables
/// store their offsets (the bytes a language pack holds too); `n` must be below 65,536
/// (the callers check the lengths).
fn le(n: usize) -> String {
    let [lo, hi] = u16::try_from(n).unwrap_or(u16::MAX).to_le_bytes();
    format!("[{lo}, {hi}]")
}
