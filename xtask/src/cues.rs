//! `cargo xtask cues …`: the cue editor's workflow over `core/lang/<xx>/` (format:
//! `core/lang/README.md`).
//!
//! - `cues check`: every `.cues` file parses, folds and has no duplicate; every file is in
//!   canonical form (what `cues fmt` writes); then the build packs them (and checks the
//!   `.words`/`.phrases` lists, their values, each `language.txt`, and that every
//!   language folder is declared in `__for_each_lang!` and vice versa) and the tests run
//!   every `good:`/`bad:` example through the analyser.
//! - `cues fmt`: rewrites every file in canonical form (role sections in order, phrases
//!   sorted by their folded form, comments kept with their phrase).
//! - `cues why FILE [--lang xx] [--audience …]`: each element's status with the sentences
//!   and cues that decided it, and the cues that matched but did not count, with why
//!   (`core/examples/why.rs`).
//! - `cues import-rs [DIR]`: the converter from the former Rust tables
//!   (`elements/<id>/cues_<lang>.rs` and the `cue_table!`s of `derive/*.rs` under `DIR`,
//!   default `core/src`) to `.cues` files; rerunnable on any old checkout.
//! - `cues import-lang [FILE…]`: converts a former `core/src/lang/<xx>.rs` (months,
//!   weekdays, separators, scale and number words as Rust) into `core/lang/<xx>/language.txt`
//!   and `core/lang/<xx>/words/*.words`, and removes it (default: every such module).

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use crate::cuefile;
use crate::util::{cargo, root, run};

/// The language folder root.
fn lang_root() -> PathBuf {
    root().join("core/lang")
}

/// Every `.cues` file under `dir`, sorted.
pub fn cue_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        let entries = fs::read_dir(&d).map_err(|e| format!("{}: {e}", d.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| format!("{}: {e}", d.display()))?.path();
            if path.is_dir() {
                todo.push(path);
            } else if path.extension().is_some_and(|x| x == "cues") {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

fn rel(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .display()
        .to_string()
}

/// `cargo xtask cues <args>`.
pub fn main(args: &[String]) -> Result<(), String> {
    match args.first().map(String::as_str) {
        Some("check") if args.len() == 1 => check(),
        Some("fmt") if args.len() == 1 => fmt(),
        Some("import-rs") if args.len() <= 2 => {
            let from = args
                .get(1)
                .map_or_else(|| root().join("core/src"), PathBuf::from);
            import_rs(&from, &lang_root())
        }
        Some("why") => why(args.get(1..).unwrap_or_default()),
        Some("import-lang") => import_lang(args.get(1..).unwrap_or_default()),
        _ => Err(format!(
            "usage: cargo xtask cues check | fmt | why FILE [--lang xx] [--audience data-subjects|authority] | import-rs [DIR] | import-lang [core/src/lang/xx.rs …]; got `{}`",
            args.join(" ")
        )),
    }
}

/// A parsed file: its path, its text and what it holds.
type Parsed = (PathBuf, String, cuefile::CueFile);

/// Parses every file; the errors as `path:line: message`, and the files not in canonical
/// form.
fn scan() -> Result<(Vec<Parsed>, Vec<String>), String> {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in cue_files(&lang_root())? {
        let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", rel(&path)))?;
        match cuefile::parse(&text) {
            Ok(file) => files.push((path, text, file)),
            Err(es) => errors.extend(es.into_iter().map(|e| format!("{}:{e}", rel(&path)))),
        }
    }
    Ok((files, errors))
}

fn check() -> Result<(), String> {
    let (files, mut errors) = scan()?;
    for (path, text, file) in &files {
        if cuefile::format(file) != *text {
            errors.push(format!(
                "{}: not in canonical form (order, sections, spacing): run `cargo xtask cues fmt`",
                rel(path)
            ));
        }
    }
    if !errors.is_empty() {
        return Err(format!("cue files:\n  {}", errors.join("\n  ")));
    }
    println!("cues: {} files parse, fold and are formatted", files.len());
    // The build packs the files (and fails on anything it cannot pack); the registry tests
    // run every example through the analyser and check roles, order and the indexes.
    let mut c = cargo();
    c.args([
        "test",
        "-q",
        "-p",
        "breachnotice",
        "--lib",
        "--",
        "elements::tests",
        "analysis::tests::index",
        "derive::index",
    ]);
    run(c)
}

/// `cues why FILE [--lang xx] [--audience …]`: runs the core's `why` example.
fn why(args: &[String]) -> Result<(), String> {
    let mut c = cargo();
    c.args(["run", "-q", "-p", "breachnotice", "--example", "why", "--"]);
    c.args(args);
    run(c)
}

fn fmt() -> Result<(), String> {
    let (files, errors) = scan()?;
    if !errors.is_empty() {
        return Err(format!("cue files:\n  {}", errors.join("\n  ")));
    }
    let mut n = 0;
    for (path, text, file) in files {
        let canonical = cuefile::format(&file);
        if canonical != text {
            fs::write(&path, canonical).map_err(|e| format!("{}: {e}", rel(&path)))?;
            println!("formatted {}", rel(&path));
            n += 1;
        }
    }
    println!("cues fmt: {n} files rewritten");
    Ok(())
}

/// Unescapes the body of a Rust string literal (the escapes the tables use).
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push_str("\\n"),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// The string literal at the end of `line` after `key` (`good: "…",`).
fn literal_after<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let rest = line.trim().strip_prefix(key)?.trim();
    let rest = rest.strip_prefix('"')?;
    let rest = rest.strip_suffix(',').unwrap_or(rest);
    rest.strip_suffix('"')
}

/// The rows of one `cue_table![ … ]` body: (role heading, phrase).
fn table_rows<'a>(lines: &mut impl Iterator<Item = &'a str>) -> Vec<(String, String)> {
    let mut rows = Vec::new();
    for line in lines.by_ref() {
        let t = line.trim();
        if t.starts_with(']') {
            break;
        }
        if let Some((role, lit)) = t.split_once(' ')
            && let Some(phrase) = literal_after(lit, "")
        {
            rows.push((role.to_ascii_lowercase(), unescape(phrase)));
        }
    }
    rows
}

fn cue_text(title: &str, rows: &[(String, String)], good: &[String], bad: &[String]) -> String {
    let mut text = format!("# {title}\n# Format: core/lang/README.md\n");
    for &(name, _) in &cuefile::ROLES {
        let mine: Vec<&(String, String)> = rows.iter().filter(|(r, _)| r == name).collect();
        if mine.is_empty() {
            continue;
        }
        let _ = writeln!(text, "\n[{name}]");
        for (_, p) in mine {
            let _ = writeln!(text, "{p}");
        }
    }
    if !good.is_empty() || !bad.is_empty() {
        text.push('\n');
    }
    for g in good {
        let _ = writeln!(text, "good: {g}");
    }
    for b in bad {
        let _ = writeln!(text, "bad: {b}");
    }
    // Canonical order (the phrases were already sorted by folded form in the tables).
    match cuefile::parse(&text) {
        Ok(file) => cuefile::format(&file),
        Err(_) => text,
    }
}

/// The languages of the one declaration, `__for_each_lang!` in `core/src/lang/mod.rs`
/// (its lines `Variant module "xx" "Name",`): (code, English name).
fn lang_names() -> Vec<(String, String)> {
    let text = fs::read_to_string(root().join("core/src/lang/mod.rs")).unwrap_or_default();
    let Some(start) = text.find("macro_rules! __for_each_lang") else {
        return Vec::new();
    };
    let body = text.get(start..).unwrap_or_default();
    body.split("\n}")
        .next()
        .unwrap_or_default()
        .lines()
        .filter_map(|line| {
            let (head, name) = line.trim().split_once(" \"")?.1.split_once("\" \"")?;
            let name = name.strip_suffix("\",")?;
            (head.len() == 2).then(|| (head.to_string(), name.to_string()))
        })
        .collect()
}

fn lang_name(code: &str) -> String {
    lang_names()
        .into_iter()
        .find(|(c, _)| c == code)
        .map_or_else(|| code.to_string(), |(_, n)| n)
}

fn write_file(path: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("wrote {}", rel(path));
    Ok(())
}

/// Converts the Rust tables under `src` into `.cues` files under `out`.
fn import_rs(src: &Path, out: &Path) -> Result<(), String> {
    let mut written = 0;
    // Element tables: elements/<id>/cues_<lang>.rs with CUES and EXAMPLE.
    let elements = src.join("elements");
    if let Ok(dirs) = fs::read_dir(&elements) {
        let mut dirs: Vec<PathBuf> = dirs.filter_map(Result::ok).map(|e| e.path()).collect();
        dirs.sort();
        for dir in dirs.into_iter().filter(|d| d.is_dir()) {
            let id = dir
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_string();
            for (lang, _) in lang_names() {
                let path = dir.join(format!("cues_{lang}.rs"));
                let Ok(text) = fs::read_to_string(&path) else {
                    continue;
                };
                let mut lines = text.lines();
                let mut rows = Vec::new();
                let (mut good, mut bad) = (Vec::new(), Vec::new());
                while let Some(line) = lines.next() {
                    if line.contains("cue_table![") {
                        rows = table_rows(&mut lines);
                    } else if let Some(g) = literal_after(line, "good:") {
                        good.push(unescape(g));
                    } else if let Some(b) = literal_after(line, "bad:") {
                        bad.push(unescape(b));
                    }
                }
                let title = format!("`{id}` cues in {}", lang_name(&lang));
                write_file(
                    &out.join(&lang).join(format!("{id}.cues")),
                    &cue_text(&title, &rows, &good, &bad),
                )?;
                written += 1;
            }
        }
    }
    // Derive tables: `const <NAME>_<LANG>: CueTable = cue_table![` in derive/<module>.rs.
    let derive = src.join("derive");
    if let Ok(files) = fs::read_dir(&derive) {
        let mut files: Vec<PathBuf> = files.filter_map(Result::ok).map(|e| e.path()).collect();
        files.sort();
        for path in files {
            let module = path
                .file_stem()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_string();
            let Ok(text) = fs::read_to_string(&path) else {
                continue;
            };
            let mut lines = text.lines();
            while let Some(line) = lines.next() {
                if !line.contains(": CueTable = cue_table![") {
                    continue;
                }
                let name = line
                    .split(':')
                    .next()
                    .and_then(|l| l.split_whitespace().last())
                    .unwrap_or_default();
                let Some((table, lang)) = name.rsplit_once('_') else {
                    continue;
                };
                let lang = lang.to_ascii_lowercase();
                let rows = table_rows(&mut lines);
                let table = table.to_ascii_lowercase();
                let title = format!("derive `{module}` table `{table}` in {}", lang_name(&lang));
                write_file(
                    &out.join(&lang)
                        .join("derive")
                        .join(&module)
                        .join(format!("{table}.cues")),
                    &cue_text(&title, &rows, &[], &[]),
                )?;
                written += 1;
            }
        }
    }
    println!("import-rs: {written} files");
    Ok(())
}

/// The word lists of a former `core/src/lang/<xx>.rs` (`LangData` field, file under
/// `core/lang/<xx>/words/`, what its header says).
const LANG_LISTS: [(&str, &str, &str); 4] = [
    (
        "months",
        "months",
        "month names and their abbreviations, each with its month number 1-12",
    ),
    (
        "weekdays",
        "weekdays",
        "weekday names and their abbreviations, each with its day number 1-7, Monday first",
    ),
    (
        "scale_words",
        "scale",
        "words that scale a preceding number, with their factor (\"2 million\")",
    ),
    (
        "number_words",
        "numbers",
        "number words that stand for a number on their own, with their value",
    ),
];

/// The `value_list!` rows after `field: value_list![` in `text`: (value as written, words).
fn value_rows(text: &str, field: &str) -> Option<Vec<(String, Vec<String>)>> {
    let start = text.find(&format!("{field}: value_list!["))?;
    let body = text.get(start..)?.split_once('[')?.1;
    let body = body.split_once(']')?.0;
    let mut rows = Vec::new();
    for row in body.split(',') {
        let Some((value, words)) = row.split_once("=>") else {
            continue;
        };
        let words: Vec<String> = words.split('"').skip(1).step_by(2).map(unescape).collect();
        rows.push((value.trim().to_string(), words));
    }
    Some(rows)
}

/// The characters of a `field: &['.', ' ', '\u{a0}']` or `field: ','` line.
fn char_literals(text: &str, field: &str) -> Option<Vec<char>> {
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with(&format!("{field}:")))?;
    let rest = line.split_once(':')?.1;
    let mut out = Vec::new();
    let mut it = rest.split('\'').skip(1).step_by(2);
    for lit in it.by_ref() {
        let c = if let Some(hex) = lit.strip_prefix("\\u{").and_then(|h| h.strip_suffix('}')) {
            u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)?
        } else if let Some(esc) = lit.strip_prefix('\\') {
            esc.chars().next()?
        } else {
            let mut cs = lit.chars();
            let c = cs.next()?;
            if cs.next().is_some() {
                return None;
            }
            c
        };
        out.push(c);
    }
    Some(out)
}

/// A separator as `language.txt` writes it: the character, or `U+XXXX` for a space or an
/// invisible one.
fn separator_token(c: char) -> String {
    if c.is_ascii_graphic() {
        c.to_string()
    } else {
        format!("U+{:04X}", u32::from(c))
    }
}

/// `cues import-lang [FILE…]`: converts former `core/src/lang/<xx>.rs` modules (a
/// `LangData` with `value_list!`s and separators) into `core/lang/<xx>/language.txt` and
/// `core/lang/<xx>/words/{months,weekdays,scale,numbers}.words`, then removes the module.
/// Without FILE: every `core/src/lang/<xx>.rs`.
pub fn import_lang(files: &[String]) -> Result<(), String> {
    let files: Vec<PathBuf> = if files.is_empty() {
        let dir = root().join("core/src/lang");
        let mut found: Vec<PathBuf> = fs::read_dir(&dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.extension().is_some_and(|x| x == "rs")
                    && p.file_stem()
                        .and_then(|s| s.to_str())
                        .is_some_and(|s| s.len() == 2 && s.bytes().all(|b| b.is_ascii_lowercase()))
            })
            .collect();
        found.sort();
        found
    } else {
        files.iter().map(PathBuf::from).collect()
    };
    for path in &files {
        let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let lang = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let name = text
            .lines()
            .next()
            .and_then(|l| l.split(" for ").nth(1))
            .and_then(|l| l.split(" (").next())
            .unwrap_or(lang.as_str())
            .to_string();
        let out = lang_root().join(&lang);
        // The module's header (its sources) becomes the comment of `language.txt`.
        let mut header = format!(
            "# Language-wide data of {name} (`{lang}`): number format. Months, weekdays and\n\
             # number words are in words/. Format: core/lang/README.md (\"language.txt\").\n#\n"
        );
        for line in text.lines().filter_map(|l| l.strip_prefix("//!")).skip(2) {
            let _ = writeln!(header, "#{line}");
        }
        let decimal = char_literals(&text, "decimal_separator")
            .filter(|c| c.len() == 1)
            .ok_or_else(|| format!("{}: no `decimal_separator: '…'`", path.display()))?;
        let thousands = char_literals(&text, "thousands_separators")
            .ok_or_else(|| format!("{}: no `thousands_separators: &[…]`", path.display()))?;
        let tokens: Vec<String> = thousands.iter().copied().map(separator_token).collect();
        let _ = write!(
            header,
            "\ndecimal_separator: {}\nthousands_separators: {}\n\
             # Not verb-final: frames keep their own gaps (core/lang/README.md).\n\
             verb_final_gap: 0\n\
             # Syllables (readability): the vowels, and the spelling rules of\n\
             # core/lang/README.md (\"Spelling\") that the language needs.\n\
             vowels: a e i o u\n",
            decimal
                .iter()
                .copied()
                .map(separator_token)
                .collect::<String>(),
            tokens.join(" ")
        );
        write_file(&out.join("language.txt"), &header)?;
        for (field, file, what) in LANG_LISTS {
            let rows = value_rows(&text, field)
                .ok_or_else(|| format!("{}: no `{field}: value_list![…]`", path.display()))?;
            let mut body = format!(
                "# {name}: {what}.\n# One word per line, `word = value`. Format: core/lang/README.md\n"
            );
            for (value, words) in rows {
                for w in words {
                    let _ = writeln!(body, "{w} = {value}");
                }
            }
            write_file(&out.join("words").join(format!("{file}.words")), &body)?;
        }
        fs::remove_file(path).map_err(|e| format!("{}: {e}", path.display()))?;
        println!("removed {} (now data in {})", rel(path), rel(&out));
    }
    println!("import-lang: {} language(s)", files.len());
    Ok(())
}
