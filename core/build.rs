//! Packs the language data of `core/lang/<xx>/` into the cue tables the engine links.
//!
//! Every `.cues` file (format: `core/lang/README.md`; parser: `build/cuefile.rs`) is
//! parsed, each phrase folded to the normalised cue form, checked (stems, word count,
//! duplicates after folding) and sorted; the result is one Rust constant per table path
//! with one packed table per language, written to `$OUT_DIR/lang_data.rs` and included by
//! `src/lang/mod.rs` (`crate::lang::data`). The packed text is exactly what the former
//! hand-written `cue_table!`s held, so the merged indexes (and every report) are unchanged.
//!
//! A language is a folder `core/lang/<xx>/` holding the same set of `.cues` files as the
//! others (a missing file fails the build and names it).
//!
//! It also packs the `fix` module's data files (`build/fixfile.rs`): the phrases of
//! `signals.txt` and `jargon.txt` into one cue index per language (`FIX_PHRASES`), the
//! templates of `suggestions.txt` and `draft.txt` into tables sorted by key
//! (`FIX_SUGGESTIONS`, `FIX_DRAFT`: each language's texts, their keys stored once for all
//! languages in `FIX_SUGGESTIONS_KEYS`, `FIX_DRAFT_KEYS`). A malformed line fails the build
//! with its file and line. The `fix` tables are written only with the core's `fix` feature
//! (the files are checked either way).

#[path = "build/cuefile.rs"]
#[allow(
    dead_code,
    reason = "shared with `cargo xtask cues`, which also formats"
)]
mod cuefile;
#[path = "build/fixfile.rs"]
mod fixfile;
#[path = "build/langs.rs"]
mod langs;
#[path = "src/text/normalise.rs"]
#[allow(dead_code, reason = "the core's normaliser: only folding is used here")]
mod normalise;
#[path = "src/text/words.rs"]
#[allow(
    dead_code,
    reason = "the core's word scanner: reads the `fix` phrases as the engine reads a notice"
)]
mod words;

/// `breachnotice::work` as the word scanner sees it here: the build counts nothing.
mod work {
    /// Counts nothing.
    pub fn tick(_: u64) {}
}

/// The core's capacities the shared cue-file code reads (`src/limits.rs`; the generated
/// code asserts that the core agrees).
mod limits {
    /// `breachnotice::limits::MAX_PHRASE_WORDS`.
    pub const MAX_PHRASE_WORDS: usize = 8;
    /// `breachnotice::limits::MAX_WORD_BYTES`.
    pub const MAX_WORD_BYTES: usize = 48;
    /// `breachnotice::limits::MAX_FIX_PHRASES`.
    pub const MAX_FIX_PHRASES: usize = 1024;
}

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// Every `.cues` and `.words` file under `dir` as (path relative to `dir`, full path).
fn cue_files(dir: &Path, prefix: &str, out: &mut Vec<(String, PathBuf)>) -> Result<(), String> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .ok_or_else(|| format!("{}: not a UTF-8 file name", path.display()))?
            .to_string();
        if path.is_dir() {
            cue_files(&path, &format!("{prefix}{name}/"), out)?;
        } else if name.ends_with(".cues") || name.ends_with(".words") || name.ends_with(".phrases")
        {
            out.push((format!("{prefix}{name}"), path));
        }
    }
    Ok(())
}

/// The Rust constant name of a table path: `derive/data_kinds/contact` →
/// `DERIVE_DATA_KINDS_CONTACT`.
fn const_name(id: &str) -> String {
    id.replace('/', "_").to_ascii_uppercase()
}

/// Parses a `.words` or `.phrases` file (one entry per line in natural spelling, `#`
/// comments; in a `.words` file an entry may carry a value, `word = 12` or
/// `million = 1_000_000`, and then every entry of the file must): the entries folded and
/// sorted, each with its value. `invalid` says what is wrong with a folded entry, if
/// anything; duplicates after folding are errors.
fn parse_list(
    text: &str,
    invalid: impl Fn(&str) -> Option<&'static str>,
    values_allowed: bool,
) -> Result<Vec<(String, Option<u64>)>, Vec<String>> {
    let mut entries: Vec<(String, Option<u64>, usize)> = Vec::new();
    let mut errors = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.split(" #").next().unwrap_or_default().trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (entry, value) = match line.split_once('=') {
            Some((w, v)) if values_allowed => (w.trim(), Some(v.trim())),
            _ => (line, None),
        };
        let value = match value.map(parse_value) {
            None => None,
            Some(Some(v)) => Some(v),
            Some(None) => {
                errors.push(format!(
                    "line {}: `{line}`: the value is not a number (digits, `_` between them)",
                    i + 1
                ));
                continue;
            }
        };
        let folded = cuefile::fold_phrase(entry);
        if let Some(why) = invalid(&folded) {
            errors.push(format!(
                "line {}: `{line}` {why} (folded: `{folded}`)",
                i + 1
            ));
        } else if let Some((_, _, first)) = entries.iter().find(|(w, _, _)| *w == folded) {
            errors.push(format!(
                "line {}: `{line}` folds to `{folded}`, like line {first}",
                i + 1
            ));
        } else if let Some((_, v, first)) = entries.first()
            && v.is_some() != value.is_some()
        {
            errors.push(format!(
                "line {}: `{line}`: every entry has a value or none does (line {first})",
                i + 1
            ));
        } else {
            entries.push((folded, value, i + 1));
        }
    }
    if errors.is_empty() {
        let mut list: Vec<(String, Option<u64>)> =
            entries.into_iter().map(|(w, v, _)| (w, v)).collect();
        list.sort();
        Ok(list)
    } else {
        Err(errors)
    }
}

/// A value of a `.words` entry: decimal digits, `_` allowed between them, below 10^19.
fn parse_value(text: &str) -> Option<u64> {
    let digits: String = text.chars().filter(|&c| c != '_').collect();
    let ok = !digits.is_empty()
        && digits.len() <= 19
        && !text.starts_with('_')
        && !text.ends_with('_')
        && digits.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| digits.parse().ok()).flatten()
}

/// The spelling keys of `language.txt` (the syllable rules of readability,
/// `core/src/fix/readability/syllables.rs`), in the order of the packed text's lines.
const SPELLING_KEYS: [&str; 9] = [
    "vowels",
    "hiatus_vowels",
    "hiatus_with_any",
    "diaeresis_vowels",
    "syllabic_consonants",
    "diphthongs",
    "silent_letters",
    "silent_endings",
    "sounded_endings",
];

/// The most characters of a `silent_endings:` or `sounded_endings:` pattern
/// (`syllables::MAX_ENDING`).
const MAX_ENDING: usize = 4;

/// The spelling keys of `core/lang/<xx>/language.txt` ([`SPELLING_KEYS`]; only `vowels:`
/// is required), checked, as the text of a `Spelling`: one line per key in that order,
/// the letters of the first five run together, the items of the others separated by
/// spaces.
fn parse_spelling(text: &str) -> Result<String, Vec<String>> {
    let mut fields: Vec<Option<(usize, Vec<String>)>> = vec![None; SPELLING_KEYS.len()];
    let mut errors = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            continue; // `parse_numbers` reports it
        };
        let Some(k) = SPELLING_KEYS.iter().position(|&s| s == key.trim()) else {
            continue;
        };
        let Some(slot) = fields.get_mut(k) else {
            continue;
        };
        if slot.is_some() {
            errors.push(format!("line {}: `{}:` is given twice", i + 1, key.trim()));
        }
        *slot = Some((
            i + 1,
            value.split_whitespace().map(str::to_string).collect(),
        ));
    }
    let vowels: Vec<char> = match fields.first().cloned().flatten() {
        Some((_, tokens)) => tokens.iter().filter_map(|t| t.chars().next()).collect(),
        None => {
            errors.push(
                "`vowels:` is missing (the letters that are vowels, for the syllables of readability)"
                    .to_string(),
            );
            Vec::new()
        }
    };
    let is_letter = |c: char| c.is_alphabetic() && !c.is_uppercase();
    let mut lines = Vec::new();
    for (k, field) in fields.iter().enumerate() {
        let key = SPELLING_KEYS.get(k).copied().unwrap_or_default();
        let (line, tokens) = field.clone().unwrap_or_default();
        let mut seen = std::collections::BTreeSet::new();
        for t in &tokens {
            let chars: Vec<char> = t.chars().collect();
            let (first, second) = (
                chars.first().copied().unwrap_or(' '),
                chars.get(1).copied().unwrap_or(' '),
            );
            let ok = match k {
                // vowels
                0 => chars.len() == 1 && chars.iter().all(|&c| is_letter(c)),
                // hiatus_vowels, hiatus_with_any, diaeresis_vowels: vowels
                1..=3 => chars.len() == 1 && vowels.contains(&first),
                // syllabic_consonants: letters that are not vowels
                4 => chars.len() == 1 && is_letter(first) && !vowels.contains(&first),
                // diphthongs: two vowels
                5 => chars.len() == 2 && chars.iter().all(|c| vowels.contains(c)),
                // silent_letters: a letter, then the vowel it silences
                6 => chars.len() == 2 && is_letter(first) && vowels.contains(&second),
                // silent_endings, sounded_endings: lowercase letters and `C`
                _ => {
                    (1..=MAX_ENDING).contains(&chars.len())
                        && chars.iter().all(|&c| c == 'C' || is_letter(c))
                }
            };
            if !ok {
                let what = match k {
                    0 => "one lowercase letter".to_string(),
                    1..=3 => "one of the `vowels:`".to_string(),
                    4 => "one lowercase letter that is not a vowel".to_string(),
                    5 => "two of the `vowels:`".to_string(),
                    6 => "a letter, then one of the `vowels:`".to_string(),
                    _ => format!("1 to {MAX_ENDING} lowercase letters or `C` (a consonant)"),
                };
                errors.push(format!("line {line}: `{key}:` `{t}` is not {what}"));
            }
            if !seen.insert(t.clone()) {
                errors.push(format!("line {line}: `{key}:` `{t}` is given twice"));
            }
        }
        lines.push(tokens.join(if k < 5 { "" } else { " " }));
    }
    if errors.is_empty() {
        Ok(lines.join("\n"))
    } else {
        Err(errors)
    }
}

/// The language's number and date format and its frame gap in
/// `core/lang/<xx>/language.txt`: (decimal separator, thousands separators, day–month
/// separator, verb-final gap).
type NumberFormat = (char, Vec<char>, Option<char>, u8);

/// The largest `verb_final_gap:` (words) a `language.txt` may give.
const MAX_VERB_FINAL_GAP: u8 = 10;

/// The language-wide data of `core/lang/<xx>/language.txt`: `decimal_separator: ,` and
/// `thousands_separators: . U+00A0`, each separator a single character or `U+XXXX`,
/// the optional `day_month_separator: /` (a day and month written without a year, `3/3`),
/// the required `verb_final_gap: 0` (the words a verb-final language adds to a frame's
/// gap, at most [`MAX_VERB_FINAL_GAP`]), `#` comments.
fn parse_numbers(text: &str) -> Result<NumberFormat, Vec<String>> {
    let mut day_month = None;
    let mut decimal = None;
    let mut thousands = None;
    let mut verb_final = None;
    let mut errors = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            errors.push(format!("line {}: `{line}` is not `key: value`", i + 1));
            continue;
        };
        if SPELLING_KEYS.contains(&key.trim()) {
            continue; // read by `parse_spelling`
        }
        if key.trim() == "verb_final_gap" {
            match value.trim().parse::<u8>() {
                Ok(n) if n <= MAX_VERB_FINAL_GAP => verb_final = Some(n),
                _ => errors.push(format!(
                    "line {}: `verb_final_gap:` is a number of words, 0 to {MAX_VERB_FINAL_GAP}",
                    i + 1
                )),
            }
            continue;
        }
        let mut chars = Vec::new();
        for token in value.split_whitespace() {
            let c = match token.strip_prefix("U+") {
                Some(hex) => u32::from_str_radix(hex, 16).ok().and_then(char::from_u32),
                None => {
                    let mut it = token.chars();
                    it.next().filter(|_| it.next().is_none())
                }
            };
            match c {
                Some(c) if !c.is_alphanumeric() => chars.push(c),
                _ => errors.push(format!(
                    "line {}: `{token}` is not a separator (one character or U+XXXX)",
                    i + 1
                )),
            }
        }
        match key.trim() {
            "decimal_separator" if chars.len() == 1 => decimal = chars.first().copied(),
            "decimal_separator" => errors.push(format!(
                "line {}: the decimal separator is one character",
                i + 1
            )),
            "thousands_separators" => thousands = Some(chars),
            "day_month_separator" if chars.len() == 1 => day_month = chars.first().copied(),
            "day_month_separator" => errors.push(format!(
                "line {}: the day-month separator is one character",
                i + 1
            )),
            other => errors.push(format!(
                "line {}: unknown key `{other}` (decimal_separator, thousands_separators, day_month_separator, verb_final_gap, {})",
                i + 1,
                SPELLING_KEYS.join(", ")
            )),
        }
    }
    match (decimal, thousands.clone(), verb_final) {
        (Some(d), Some(t), Some(v)) if errors.is_empty() => Ok((d, t, day_month, v)),
        _ => {
            if decimal.is_none() {
                errors.push("`decimal_separator:` is missing".to_string());
            }
            if thousands.is_none() {
                errors.push("`thousands_separators:` is missing".to_string());
            }
            if verb_final.is_none() {
                errors.push(
                    "`verb_final_gap:` is missing (0 unless the language is verb-final)"
                        .to_string(),
                );
            }
            Err(errors)
        }
    }
}

/// Why a folded `.words` entry is not one word of letters and digits, if it is not.
fn invalid_word(folded: &str) -> Option<&'static str> {
    let ok = !folded.is_empty()
        && folded.len() <= 64
        && folded
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    (!ok).then_some("is not one word of letters and digits")
}

/// Why a folded `.phrases` entry is not a phrase of plain words, if it is not.
fn invalid_phrase(folded: &str) -> Option<&'static str> {
    (folded.is_empty() || folded.as_bytes().contains(&b'*'))
        .then_some("is not a phrase of plain words")
}

/// The packed text of sorted `words`: `word\n` or `word=value\n` per word.
fn packed_words(words: &[(String, Option<u64>)]) -> String {
    words
        .iter()
        .map(|(w, v)| match v {
            Some(v) => format!("{w}={v}\n"),
            None => format!("{w}\n"),
        })
        .collect()
}

fn main() -> Result<(), String> {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?;
    let lang_dir = Path::new(&manifest).join("lang");
    println!("cargo::rerun-if-changed=lang");
    println!("cargo::rerun-if-changed=build/cuefile.rs");
    println!("cargo::rerun-if-changed=src/text/normalise.rs");
    println!("cargo::rerun-if-changed=Cargo.toml");
    println!("cargo::rerun-if-changed=src/text/words.rs");
    println!("cargo::rerun-if-changed=build/fixfile.rs");
    println!("cargo::rerun-if-changed=build");
    println!("cargo::rerun-if-changed=build.rs");

    // The language folders: two lowercase letters.
    let mut langs: Vec<String> = fs::read_dir(&lang_dir)
        .map_err(|e| format!("{}: {e}", lang_dir.display()))?
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter(|n| n.len() == 2 && n.bytes().all(|b| b.is_ascii_lowercase()))
        .collect();
    langs.sort();
    println!("cargo::rerun-if-changed=src/lang/mod.rs");
    let decl_path = Path::new(&manifest).join("src/lang/mod.rs");
    let decl =
        fs::read_to_string(&decl_path).map_err(|e| format!("{}: {e}", decl_path.display()))?;
    let declared = langs::declared_langs(&decl);
    let mut errors = Vec::new();
    for lang in &langs {
        if !declared.contains(lang) {
            errors.push(format!(
                "core/lang/{lang}/ has no line in `__for_each_lang!` (core/src/lang/mod.rs): add `Xx {lang} \"{lang}\" \"Name\",` (README, \"Adding a language\")"
            ));
        }
    }
    for lang in &declared {
        if !langs.contains(lang) {
            errors.push(format!(
                "`__for_each_lang!` (core/src/lang/mod.rs) declares `{lang}`, but there is no folder core/lang/{lang}/"
            ));
        }
    }
    // Only the languages whose Cargo feature is enabled (`crate::__for_each_lang!` builds
    // the same ones in); every language folder must have its feature.
    let manifest_text = fs::read_to_string(Path::new(&manifest).join("Cargo.toml"))
        .map_err(|e| format!("core/Cargo.toml: {e}"))?;
    let featured = language_features(&manifest_text);
    let undeclared: Vec<&String> = langs.iter().filter(|l| !featured.contains(l)).collect();
    if !undeclared.is_empty() {
        for l in &undeclared {
            println!(
                "cargo::error=core/lang/{l}/ has no Cargo feature: add `{l} = []` to \
                 [features] in core/Cargo.toml and `\"{l}\"` to its `default` \
                 (core/lang/README.md, \"Adding a language\")"
            );
        }
        return Err("a language folder has no Cargo feature".into());
    }
    // With `packs`, every declared language's data is generated (its Lang variant, its
    // detection lists and the `_ANY` unions need it; the per-language tables of a
    // language whose feature is off are generated but never linked: the engine reads them
    // from its registered pack, `src/lang/tables.rs`).
    let with_packs = std::env::var_os("CARGO_FEATURE_PACKS").is_some();
    langs.retain(|l| {
        with_packs
            || std::env::var_os(format!("CARGO_FEATURE_{}", l.to_ascii_uppercase())).is_some()
    });
    if langs.is_empty() {
        println!(
            "cargo::error=no language selected: enable at least one language feature of \
             breachnotice (e.g. `features = [\"en\"]`)"
        );
        return Err("no language selected".into());
    }

    // table id → language → (packed text, good examples, bad examples)
    type Parsed = (String, Vec<String>, Vec<String>);
    let mut tables: BTreeMap<String, BTreeMap<String, Parsed>> = BTreeMap::new();
    // list id → language → sorted folded entries (phrase lists, word lists)
    type Lists = BTreeMap<String, BTreeMap<String, Vec<(String, Option<u64>)>>>;
    let mut phrase_lists: Lists = BTreeMap::new();
    let mut word_lists: Lists = BTreeMap::new();
    // Every (language, file name) found, parsed or not.
    let mut present: std::collections::BTreeSet<(String, String)> = Default::default();
    // (language, table id) → parsed file
    let mut parsed_files: BTreeMap<(String, String), cuefile::CueFile> = BTreeMap::new();
    // language → the data of `language.txt` ([`NumberFormat`])
    let mut numbers: BTreeMap<String, NumberFormat> = BTreeMap::new();
    // language → the spelling text of `language.txt` ([`parse_spelling`])
    let mut spellings: BTreeMap<String, String> = BTreeMap::new();
    for lang in &langs {
        let path = lang_dir.join(lang).join("language.txt");
        match fs::read_to_string(&path) {
            Err(e) => errors.push(format!("core/lang/{lang}/language.txt: {e}")),
            Ok(text) => {
                match parse_numbers(&text) {
                    Ok(n) => {
                        numbers.insert(lang.clone(), n);
                    }
                    Err(es) => errors.extend(
                        es.into_iter()
                            .map(|e| format!("core/lang/{lang}/language.txt:{e}")),
                    ),
                }
                match parse_spelling(&text) {
                    Ok(sp) => {
                        spellings.insert(lang.clone(), sp);
                    }
                    Err(es) => errors.extend(
                        es.into_iter()
                            .map(|e| format!("core/lang/{lang}/language.txt: {e}")),
                    ),
                }
            }
        }
        let mut files = Vec::new();
        cue_files(&lang_dir.join(lang), "", &mut files)?;
        for (file_name, path) in files {
            present.insert((lang.clone(), file_name.clone()));
            let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            type Invalid = fn(&str) -> Option<&'static str>;
            let list: Option<(&str, &mut Lists, Invalid, bool)> =
                if let Some(id) = file_name.strip_suffix(".phrases") {
                    Some((id, &mut phrase_lists, invalid_phrase, false))
                } else if let Some(id) = file_name.strip_suffix(".words") {
                    Some((id, &mut word_lists, invalid_word, true))
                } else {
                    None
                };
            if let Some((id, lists, invalid, values)) = list {
                match parse_list(&text, invalid, values) {
                    Ok(list) => {
                        lists
                            .entry(id.to_string())
                            .or_default()
                            .insert(lang.clone(), list);
                    }
                    Err(es) => errors.extend(
                        es.into_iter()
                            .map(|e| format!("core/lang/{lang}/{file_name}:{e}")),
                    ),
                }
                continue;
            }
            let id = file_name
                .strip_suffix(".cues")
                .unwrap_or(&file_name)
                .to_string();
            match cuefile::parse(&text) {
                Ok(file) => {
                    parsed_files.insert((lang.clone(), id), file);
                }
                Err(es) => errors.extend(
                    es.into_iter()
                        .map(|e| format!("core/lang/{lang}/{id}.cues:{e}")),
                ),
            }
        }
    }
    // Resolve `include:`s (the included files' signals join the file's phrases; a phrase
    // may come from one place only) and pack.
    for ((lang, id), file) in &parsed_files {
        let mut extra: Vec<cuefile::Phrase> = Vec::new();
        for folder in &file.includes {
            let prefix = format!("{}/", folder.trim_end_matches('/'));
            let mut found = false;
            for ((l, other_id), other) in &parsed_files {
                if l != lang || !other_id.starts_with(&prefix) {
                    continue;
                }
                found = true;
                for p in other.phrases.iter().filter(|p| p.tag == 'S') {
                    if let Some(own) = file.phrases.iter().find(|q| q.folded == p.folded) {
                        errors.push(format!(
                            "core/lang/{lang}/{id}.cues:line {}: `{}` is already a signal of core/lang/{lang}/{other_id}.cues (included): write each phrase in one place",
                            own.line, own.written
                        ));
                    } else if let Some(q) = extra.iter().find(|q| q.folded == p.folded) {
                        errors.push(format!(
                            "core/lang/{lang}/{other_id}.cues:line {}: `{}` is also in another included file (`{}`)",
                            p.line, p.written, q.written
                        ));
                    } else {
                        extra.push(p.clone());
                    }
                }
            }
            if !found {
                errors.push(format!(
                    "core/lang/{lang}/{id}.cues: `include: {folder}` names no folder of .cues files"
                ));
            }
        }
        let unescape =
            |v: &[String]| -> Vec<String> { v.iter().map(|s| s.replace("\\n", "\n")).collect() };
        let parsed = (
            cuefile::packed(file, &extra),
            unescape(&file.good),
            unescape(&file.bad),
        );
        tables
            .entry(id.clone())
            .or_default()
            .insert(lang.clone(), parsed);
    }
    for (id, per_lang) in &tables {
        for lang in &langs {
            if !present.contains(&(lang.clone(), format!("{id}.cues"))) {
                errors.push(format!(
                    "core/lang/{lang}/{id}.cues is missing (every language has the same files; an empty file is allowed)"
                ));
            }
        }
        for (lang, (packed, _, _)) in per_lang {
            if packed.len() > usize::from(u16::MAX) {
                errors.push(format!(
                    "core/lang/{lang}/{id}.cues: the packed table exceeds 65535 bytes"
                ));
            }
        }
    }
    let lists = word_lists
        .keys()
        .map(|id| format!("{id}.words"))
        .chain(phrase_lists.keys().map(|id| format!("{id}.phrases")));
    for file in lists {
        for lang in &langs {
            if !present.contains(&(lang.clone(), file.clone())) {
                errors.push(format!(
                    "core/lang/{lang}/{file} is missing (every language has the same files; an empty file is allowed)"
                ));
            }
        }
    }
    // The phrases of the `fix` module (`signals.txt`, `jargon.txt`): one packed table each.
    let mut fix_tables: Vec<(String, fixfile::FixTable)> = Vec::new();
    // The template files (`suggestions.txt`, `draft.txt`): language → entries, sorted.
    type Entries = Vec<(String, String)>;
    let mut templates: [Vec<(String, Entries)>; 2] = [Vec::new(), Vec::new()];
    for lang in &langs {
        let mut phrases = Vec::new();
        for (name, sections) in [
            ("signals.txt", &fixfile::SIGNAL_SECTIONS[..]),
            ("jargon.txt", &fixfile::JARGON_SECTIONS[..]),
        ] {
            let path = lang_dir.join(lang).join(name);
            let text = match fs::read_to_string(&path) {
                Ok(t) => t,
                Err(e) => {
                    errors.push(format!("core/lang/{lang}/{name}: {e}"));
                    continue;
                }
            };
            match fixfile::parse_phrases(&text, sections, &phrases) {
                Ok(mut p) => phrases.append(&mut p),
                Err(es) => errors.extend(
                    es.into_iter()
                        .map(|e| format!("core/lang/{lang}/{name}:{e}")),
                ),
            }
        }
        match fixfile::pack(&phrases) {
            Ok(table) => fix_tables.push((lang.clone(), table)),
            Err(e) => errors.push(format!("core/lang/{lang}/signals.txt, jargon.txt: {e}")),
        }
        for (i, name) in ["suggestions.txt", "draft.txt"].into_iter().enumerate() {
            let path = lang_dir.join(lang).join(name);
            let parsed = fs::read_to_string(&path)
                .map_err(|e| std::vec![format!(": {e}")])
                .and_then(|text| fixfile::parse_templates(&text));
            match parsed {
                Ok(entries) => {
                    if let Some(t) = templates.get_mut(i) {
                        t.push((lang.clone(), entries));
                    }
                }
                Err(es) => errors.extend(
                    es.into_iter()
                        .map(|e| format!("core/lang/{lang}/{name}:{e}")),
                ),
            }
        }
    }
    if !errors.is_empty() {
        for e in &errors {
            println!("cargo::error={e}");
        }
        return Err(format!("{} error(s) in core/lang", errors.len()));
    }

    let mut out = String::from(
        "// Generated by core/build.rs from core/lang/<xx>/**/*.cues: do not edit.\n\n\
         const _: () = assert!(\n    crate::limits::MAX_PHRASE_WORDS == ",
    );
    let _ = writeln!(
        out,
        "{},\n    \"core/build.rs and core/src/limits.rs disagree on MAX_PHRASE_WORDS\"\n);",
        limits::MAX_PHRASE_WORDS
    );
    for (id, per_lang) in &tables {
        let name = const_name(id);
        let _ = writeln!(
            out,
            "\n/// The `{id}` tables, one per language (`core/lang/<xx>/{id}.cues`).\n\
             pub const {name}: CueTables = CueTables {{"
        );
        for (lang, (packed, _, _)) in per_lang {
            let _ = writeln!(out, "    {lang}: CueTable::packed({packed:?}),");
        }
        out.push_str("};\n");
        if per_lang
            .values()
            .any(|(_, g, b)| !g.is_empty() || !b.is_empty())
        {
            let _ = writeln!(
                out,
                "\n/// The `good:`/`bad:` examples of `core/lang/<xx>/{id}.cues`.\n\
                 pub const {name}_EXAMPLES: Examples = Examples {{"
            );
            for (lang, (_, good, bad)) in per_lang {
                let _ = writeln!(
                    out,
                    "    {lang}: Example {{ good: &{good:?}, bad: &{bad:?} }},"
                );
            }
            out.push_str("};\n");
        }
    }
    for (id, per_lang) in &word_lists {
        let name = const_name(id);
        let valued = per_lang.values().flatten().any(|(_, v)| v.is_some());
        let _ = writeln!(
            out,
            "\n/// The `{id}` word list of each language (`core/lang/<xx>/{id}.words`).\n\
             pub const {name}: PerLang<WordList> = PerLang {{"
        );
        let mut all: Vec<(String, Option<u64>)> = Vec::new();
        for (lang, words) in per_lang {
            let _ = writeln!(
                out,
                "    {lang}: WordList::from_text({:?}),",
                packed_words(words)
            );
            all.extend(words.iter().cloned());
        }
        out.push_str("};\n");
        // A union of lists with values could give one word two values: none is made.
        if valued {
            continue;
        }
        all.sort();
        all.dedup();
        let _ = writeln!(
            out,
            "\n/// The `{id}` words of every language in one list (`core/lang/*/{id}.words`).\n\
             pub const {name}_ANY: WordList = WordList::from_text({:?});",
            packed_words(&all)
        );
    }
    let _ = writeln!(
        out,
        "\n/// The decimal separator of each language (`core/lang/<xx>/language.txt`).\n\
         pub const DECIMAL_SEPARATOR: PerLang<char> = PerLang {{"
    );
    for (lang, (decimal, _, _, _)) in &numbers {
        let _ = writeln!(out, "    {lang}: {decimal:?},");
    }
    out.push_str("};\n");
    let _ = writeln!(
        out,
        "\n/// The thousands separators of each language (`core/lang/<xx>/language.txt`).\n\
         pub const THOUSANDS_SEPARATORS: PerLang<&str> = PerLang {{"
    );
    for (lang, (_, thousands, _, _)) in &numbers {
        let text: String = thousands.iter().collect();
        let _ = writeln!(out, "    {lang}: {text:?},");
    }
    out.push_str("};\n");
    let _ = writeln!(
        out,
        "\n/// The separator of a day and month written without a year (`3/3`), if the language\n\
         /// writes dates so (`core/lang/<xx>/language.txt`).\n\
         pub const DAY_MONTH_SEPARATOR: PerLang<Option<char>> = PerLang {{"
    );
    for (lang, (_, _, day_month, _)) in &numbers {
        let _ = writeln!(out, "    {lang}: {day_month:?},");
    }
    out.push_str("};\n");
    let _ = writeln!(
        out,
        "\n/// The words a verb-final language adds to a frame's gap (`verb_final_gap:` in\n\
         /// `core/lang/<xx>/language.txt`; 0: not verb-final).\n\
         pub const VERB_FINAL_GAP: PerLang<u8> = PerLang {{"
    );
    for (lang, (_, _, _, gap)) in &numbers {
        let _ = writeln!(out, "    {lang}: {gap},");
    }
    out.push_str("};\n");
    for (id, per_lang) in &phrase_lists {
        let name = const_name(id);
        let words = |(p, _): &(String, Option<u64>)| -> String {
            let ws: Vec<String> = p.split(' ').map(|w| format!("{w:?}")).collect();
            format!("&[{}]", ws.join(", "))
        };
        let _ = writeln!(
            out,
            "\n/// The `{id}` phrases of each language, as word sequences (`core/lang/<xx>/{id}.phrases`).\n\
             pub const {name}: PerLang<&[&[&str]]> = PerLang {{"
        );
        let mut all: Vec<(String, Option<u64>)> = Vec::new();
        for (lang, list) in per_lang {
            let items: Vec<String> = list.iter().map(words).collect();
            let _ = writeln!(out, "    {lang}: &[{}],", items.join(", "));
            all.extend(list.iter().cloned());
        }
        out.push_str("};\n");
        all.sort();
        all.dedup();
        let items: Vec<String> = all.iter().map(words).collect();
        let _ = writeln!(
            out,
            "\n/// The `{id}` phrases of every language in one list (`core/lang/*/{id}.phrases`).\n\
             pub const {name}_ANY: &[&[&str]] = &[{}];",
            items.join(", ")
        );
    }
    // The `fix` tables only with the `fix` feature (the files are parsed, checked and
    // packed either way, so a malformed line fails every build).
    let with_fix = std::env::var_os("CARGO_FEATURE_FIX").is_some();
    let mut fix_out = fixfile::rust(&fix_tables);
    for (name, file, per_lang) in [
        ("FIX_SUGGESTIONS", "suggestions.txt", &templates[0]),
        ("FIX_DRAFT", "draft.txt", &templates[1]),
    ] {
        // The keys of every language's file, stored once ([`fixfile::templates_rust`]).
        let keys: Vec<String> = per_lang
            .iter()
            .flat_map(|(_, entries)| entries.iter().map(|(k, _)| k.clone()))
            .collect::<std::collections::BTreeSet<String>>()
            .into_iter()
            .collect();
        let keys_name = format!("{name}_KEYS");
        let keys_code =
            fixfile::template_keys_rust(&keys).map_err(|e| format!("core/lang/*/{file}: {e}"))?;
        let _ = writeln!(
            fix_out,
            "\n/// The keys of `core/lang/*/{file}` (every language's), sorted: shared by the\n\
             /// languages' tables of `{name}`.\n\
             pub const {keys_name}: crate::fix::data::TemplateKeys = {keys_code};"
        );
        let _ = writeln!(
            fix_out,
            "\n/// The entries of `core/lang/<xx>/{file}`, in the order of `{keys_name}`, one table per language.\n\
             pub const {name}: PerLang<crate::fix::data::Templates> = PerLang {{"
        );
        for (lang, entries) in per_lang {
            let code = fixfile::templates_rust(entries, &keys, &keys_name)
                .map_err(|e| format!("core/lang/{lang}/{file}: {e}"))?;
            let _ = writeln!(fix_out, "    {lang}: {code},");
        }
        fix_out.push_str("};\n");
    }
    let _ = writeln!(
        fix_out,
        "\n/// The spelling rules of each language's syllables (the spelling keys of\n\
         /// `core/lang/<xx>/language.txt`).\n\
         pub const SPELLING: PerLang<crate::fix::readability::syllables::Spelling> = PerLang {{"
    );
    for (lang, text) in &spellings {
        let _ = writeln!(
            fix_out,
            "    {lang}: crate::fix::readability::syllables::Spelling::new({text:?}),"
        );
    }
    fix_out.push_str("};\n");
    if with_fix {
        out.push_str(&fix_out);
    }
    let fingerprint = data_fingerprint(Path::new(&manifest))?;
    let _ = writeln!(
        out,
        "\n/// A fingerprint of the engine's language data and the code that packs it (FNV-1a\n\
         /// of `core/lang/**`, `core/build.rs`, `core/build/**` and the crate version), the\n\
         /// same whatever the features: a language pack carries the fingerprint of the build\n\
         /// that wrote it and is refused by any other (`crate::packs`).\n\
         pub const DATA_FINGERPRINT: u64 = {fingerprint:#018x};"
    );
    let out_dir = std::env::var("OUT_DIR").map_err(|e| e.to_string())?;
    let dest = Path::new(&out_dir).join("lang_data.rs");
    fs::write(&dest, out).map_err(|e| format!("{}: {e}", dest.display()))?;
    Ok(())
}

/// FNV-1a (64 bits) of the files under `core/lang`, `core/build.rs` and `core/build/`
/// (each file's path relative to `core/` and its bytes, in path order) and the crate
/// version: [`DATA_FINGERPRINT`] in the generated code.
fn data_fingerprint(core: &Path) -> Result<u64, String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
        let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out)?;
            } else {
                out.push(path);
            }
        }
        Ok(())
    }
    let mut files = vec![core.join("build.rs")];
    walk(&core.join("lang"), &mut files)?;
    walk(&core.join("build"), &mut files)?;
    let mut named: Vec<(String, PathBuf)> = files
        .into_iter()
        .map(|p| {
            let rel = p
                .strip_prefix(core)
                .unwrap_or(&p)
                .to_string_lossy()
                .replace('\\', "/");
            (rel, p)
        })
        .collect();
    named.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    eat(std::env::var("CARGO_PKG_VERSION")
        .unwrap_or_default()
        .as_bytes());
    for (rel, path) in &named {
        let bytes = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        eat(rel.as_bytes());
        eat(&[0]);
        eat(&(bytes.len() as u64).to_le_bytes());
        eat(&bytes);
    }
    Ok(hash)
}

/// The language features declared in `core/Cargo.toml`'s `[features]`: the keys of the
/// form `<xx> = …` (two lowercase letters).
fn language_features(manifest: &str) -> Vec<String> {
    let mut in_features = false;
    let mut out = Vec::new();
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            in_features = line == "[features]";
        } else if in_features && let Some((key, _)) = line.split_once('=') {
            let key = key.trim();
            if key.len() == 2 && key.bytes().all(|b| b.is_ascii_lowercase()) {
                out.push(key.to_string());
            }
        }
    }
    out
}
