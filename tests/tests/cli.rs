//! Contract tests of the `check` command line (contract §1): exit codes, exactly one JSON
//! report on standard output, and for every bad input one pinned line on standard error.
//!
//! Bad cases live in `tests/fixtures/bad/`: each `<case>.args` holds the arguments
//! (paths relative to that folder), or a lone `<case>.json` is passed as `--facts` and a
//! lone `<case>.txt` as the notice. `<case>.stderr` pins the message; run with `BLESS=1`
//! to (re)write the pinned files, then review the diff. CI never writes them.
#![allow(
    clippy::panic,
    reason = "test code: a panic is how a test reports a failure"
)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

/// The repository's `tests/fixtures` folder.
fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// Builds the `check` example once (same cargo, same target dir) and returns its path.
fn check_binary() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let out = Command::new(env!("CARGO"))
            .args([
                "build",
                "--quiet",
                "--package",
                "breachnotice",
                "--example",
                "check",
                "--message-format=json",
            ])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stderr(Stdio::inherit())
            .output();
        let out = match out {
            Ok(out) if out.status.success() => out,
            Ok(out) => panic!("building the check example failed: {}", out.status),
            Err(e) => panic!("cannot run cargo: {e}"),
        };
        let stdout = String::from_utf8_lossy(&out.stdout);
        let key = "\"executable\":\"";
        stdout
            .lines()
            .filter(|l| l.contains("\"compiler-artifact\"") && l.contains("\"name\":\"check\""))
            .find_map(|l| {
                let start = l.find(key)? + key.len();
                let rest = l.get(start..)?;
                Some(PathBuf::from(rest.get(..rest.find('"')?)?))
            })
            .unwrap_or_else(|| panic!("cargo did not report the check executable"))
    })
}

/// Runs `check` with `args` in `cwd`, feeding `stdin`.
fn check(args: &[&str], cwd: &Path, stdin: &[u8]) -> Output {
    use std::io::Write;
    let mut child = Command::new(check_binary())
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start check: {e}"));
    if let Some(mut input) = child.stdin.take() {
        // `check` may exit before reading everything (bad option): ignore a broken pipe.
        let _ = input.write_all(stdin);
    }
    child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("check did not finish: {e}"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Asserts the contract for a bad input: exit 2, nothing on stdout, exactly one line on
/// stderr, no panic. Returns that line.
fn assert_bad(out: &Output, case: &str) -> String {
    let stderr = text(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{case}: expected exit status 2, got {:?}; stderr: {stderr}",
        out.status
    );
    assert!(
        out.stdout.is_empty(),
        "{case}: stdout not empty: {}",
        text(&out.stdout)
    );
    assert!(!stderr.contains("panicked"), "{case}: panicked: {stderr}");
    assert!(
        stderr.ends_with('\n') && stderr.matches('\n').count() == 1,
        "{case}: expected exactly one line on stderr, got {stderr:?}"
    );
    assert!(stderr.starts_with("check: "), "{case}: {stderr}");
    stderr
}

/// Asserts a good run: exit 0, stderr empty, stdout exactly one JSON object and a newline.
/// Returns the JSON text.
fn assert_report(out: &Output, case: &str) -> String {
    let stdout = text(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{case}: expected exit 0; stderr: {}",
        text(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{case}: stderr: {}",
        text(&out.stderr)
    );
    assert!(
        stdout.ends_with("}\n") && stdout.starts_with('{'),
        "{case}: {stdout}"
    );
    assert_eq!(
        stdout.matches('\n').count(),
        1,
        "{case}: more than one line"
    );
    let json = stdout.trim_end();
    assert!(json::is_valid(json), "{case}: not valid JSON: {json}");
    json.to_string()
}

/// The arguments of a bad case, or `None` when the case file is not a case.
fn case_args(dir: &Path, name: &str) -> Option<Vec<String>> {
    let args = dir.join(format!("{name}.args"));
    if let Ok(line) = std::fs::read_to_string(&args) {
        return Some(line.split_whitespace().map(String::from).collect());
    }
    if dir.join(format!("{name}.json")).exists() {
        return Some(vec!["--facts".into(), format!("{name}.json")]);
    }
    if dir.join(format!("{name}.txt")).exists() {
        return Some(vec![format!("{name}.txt")]);
    }
    None
}

/// Compares `actual` with `<dir>/<name>.stderr` (or writes it under `BLESS=1`); returns a
/// description of the mismatch.
fn compare_pinned(dir: &Path, name: &str, actual: &str) -> Option<String> {
    let pinned = dir.join(format!("{name}.stderr"));
    if std::env::var_os("BLESS").is_some() {
        if let Err(e) = std::fs::write(&pinned, actual) {
            return Some(format!("{name}: cannot write {}: {e}", pinned.display()));
        }
        return None;
    }
    match std::fs::read_to_string(&pinned) {
        Ok(expected) if expected == actual => None,
        Ok(expected) => Some(format!(
            "{name}:\n  expected: {}  actual:   {}",
            expected, actual
        )),
        Err(_) => Some(format!(
            "{name}: no {} (run with BLESS=1 and review)\n  actual: {actual}",
            pinned.display()
        )),
    }
}

#[test]
fn every_bad_fixture_exits_2_with_its_pinned_one_line_message() {
    let dir = fixtures().join("bad");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let path = e.path();
            let ext = path.extension()?.to_str()?;
            matches!(ext, "args" | "json" | "txt")
                .then(|| path.file_stem()?.to_str().map(String::from))?
        })
        .collect();
    names.sort();
    names.dedup();
    assert!(names.len() >= 20, "bad fixtures missing: {names:?}");
    let mut failures = Vec::new();
    for name in &names {
        let Some(args) = case_args(&dir, name) else {
            continue;
        };
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = check(&args, &dir, b"");
        let line = assert_bad(&out, name);
        failures.extend(compare_pinned(&dir, name, &line));
    }
    // Pinned messages whose case file has gone are stale.
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) == Some("stderr") {
            let stem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default();
            if !names.iter().any(|n| n == stem) && !GENERATED.contains(&stem) {
                failures.push(format!("{stem}.stderr has no case file"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Bad cases whose input is generated by a test below (too large to keep as a file);
/// their messages are pinned in `bad/<case>.stderr` like the others.
const GENERATED: [&str; 3] = [
    "facts_over_capacity",
    "facts_deeply_nested_unknown_field",
    "notice_invalid_utf8_stdin",
];

/// Runs a generated case in a scratch folder and compares with its pinned message.
fn generated_case(name: &str, file: Option<(&str, &[u8])>, args: &[&str], stdin: &[u8]) {
    let scratch =
        std::env::temp_dir().join(format!("breachnotice-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&scratch).unwrap_or_else(|e| panic!("{}: {e}", scratch.display()));
    if let Some((file, bytes)) = file {
        std::fs::write(scratch.join(file), bytes).unwrap_or_else(|e| panic!("{file}: {e}"));
    }
    let out = check(args, &scratch, stdin);
    let _ = std::fs::remove_dir_all(&scratch);
    let line = assert_bad(&out, name);
    if let Some(mismatch) = compare_pinned(&fixtures().join("bad"), name, &line) {
        panic!("{mismatch}");
    }
}

/// [`generated_case`] for a facts file `json` passed as `--facts facts.json`, no stdin.
fn generated_facts_case(name: &str, json: &str) {
    generated_case(
        name,
        Some(("facts.json", json.as_bytes())),
        &["--facts", "facts.json"],
        b"",
    );
}

#[test]
fn facts_over_their_capacity_are_refused() {
    let limit = breachnotice::limits::MAX_FACTS_BYTES;
    let mut json = String::from("{\"role\": \"controller\"");
    json.push_str(&" ".repeat(limit));
    json.push('}');
    let name = "facts_over_capacity";
    generated_facts_case(name, &json);
}

#[test]
fn deeply_nested_unknown_field_is_an_error_not_a_crash() {
    // A reader that recursed into unknown values would overflow the stack here; ours
    // refuses an unknown field at its key. Nesting as deep as the capacity allows.
    let depth = breachnotice::limits::MAX_FACTS_BYTES / 2 - 16;
    let json = format!("{{\"zz\":{}{}}}", "[".repeat(depth), "]".repeat(depth));
    let name = "facts_deeply_nested_unknown_field";
    generated_facts_case(name, &json);
}

#[test]
fn invalid_utf8_on_stdin_names_the_byte_offset() {
    let name = "notice_invalid_utf8_stdin";
    generated_case(
        name,
        None,
        &["-"],
        b"Caf\xc3\xa9 ok, then a lone continuation \x80 byte",
    );
}

#[test]
fn help_prints_usage_and_exits_0() {
    let out = check(&["--help"], &fixtures(), b"");
    assert_eq!(out.status.code(), Some(0));
    let usage = text(&out.stdout);
    for option in ["--audience", "--lang", "--facts", "--now", "NOTICE"] {
        assert!(usage.contains(option), "usage lacks {option}: {usage}");
    }
}

#[test]
fn sample_notice_gives_one_json_report() {
    let cli = fixtures().join("cli");
    let out = check(
        &["--now", "2026-11-24T10:00:00Z", "notice_en.txt"],
        &cli,
        b"",
    );
    let json = assert_report(&out, "sample notice");
    for key in [
        "\"language\":",
        "\"audience\":\"data-subjects\"",
        "\"elements\":",
        "\"complete\":",
        "\"version\":",
    ] {
        assert!(json.contains(key), "report lacks {key}: {json}");
    }
}

#[test]
fn notice_from_stdin_equals_notice_from_file() {
    let cli = fixtures().join("cli");
    let notice = std::fs::read(cli.join("notice_en.txt")).unwrap_or_default();
    let args = ["--now", "2026-11-24T10:00:00Z", "--audience", "authority"];
    let from_file = check(&[&args[..], &["notice_en.txt"]].concat(), &cli, b"");
    let from_stdin = check(&[&args[..], &["-"]].concat(), &cli, &notice);
    assert_eq!(
        assert_report(&from_file, "file"),
        assert_report(&from_stdin, "stdin")
    );
}

#[test]
fn facts_alone_decide_the_obligations() {
    let cli = fixtures().join("cli");
    let out = check(
        &["--facts", "facts.json", "--now", "2026-11-24T10:00:00Z"],
        &cli,
        b"",
    );
    let json = assert_report(&out, "facts only");
    assert!(json.contains("\"obligations\":{"), "{json}");
    assert!(json.contains("\"risk\":{"), "{json}");
}

#[test]
fn notice_and_facts_together_and_both_option_spellings() {
    let cli = fixtures().join("cli");
    let spaced = check(
        &[
            "--facts",
            "facts.json",
            "--now",
            "2026-11-24T10:00:00Z",
            "--lang",
            "en",
            "notice_en.txt",
        ],
        &cli,
        b"",
    );
    let joined = check(
        &[
            "--facts=facts.json",
            "--now=2026-11-24T10:00:00Z",
            "--lang=en",
            "--",
            "notice_en.txt",
        ],
        &cli,
        b"",
    );
    let a = assert_report(&spaced, "spaced");
    assert_eq!(a, assert_report(&joined, "joined"));
    assert!(a.contains("\"language\":\"en\""), "{a}");
    assert!(a.contains("\"obligations\":{"), "{a}");
}

#[test]
fn every_prefix_of_the_sample_facts_is_handled_without_panic() {
    // Truncating a valid document at every byte gives malformed JSON, wrong types and
    // half-written values: each must be a clean report or a clean one-line error.
    let cli = fixtures().join("cli");
    let facts = std::fs::read(cli.join("facts.json")).unwrap_or_default();
    assert!(!facts.is_empty());
    let scratch =
        std::env::temp_dir().join(format!("breachnotice-cli-prefix-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).unwrap_or_else(|e| panic!("{e}"));
    for cut in (0..facts.len()).step_by(7) {
        let prefix = facts.get(..cut).unwrap_or_default();
        std::fs::write(scratch.join("f.json"), prefix).unwrap_or_else(|e| panic!("{e}"));
        let out = check(
            &["--facts", "f.json", "--now", "2026-11-24T10:00:00Z"],
            &scratch,
            b"",
        );
        match out.status.code() {
            Some(0) => {
                assert_report(&out, &format!("prefix {cut}"));
            }
            _ => {
                assert_bad(&out, &format!("prefix {cut}"));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
}

/// A small JSON syntax checker (RFC 8259), enough to prove stdout is one JSON value.
mod json {
    /// Whether `s` is exactly one JSON value (surrounding whitespace allowed).
    pub fn is_valid(s: &str) -> bool {
        let mut p = Parser {
            b: s.as_bytes(),
            i: 0,
        };
        p.ws();
        if !p.value(0) {
            return false;
        }
        p.ws();
        p.i == p.b.len()
    }

    struct Parser<'a> {
        b: &'a [u8],
        i: usize,
    }

    impl Parser<'_> {
        fn peek(&self) -> Option<u8> {
            self.b.get(self.i).copied()
        }
        fn ws(&mut self) {
            while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
                self.i += 1;
            }
        }
        fn eat(&mut self, c: u8) -> bool {
            if self.peek() == Some(c) {
                self.i += 1;
                true
            } else {
                false
            }
        }
        fn lit(&mut self, word: &str) -> bool {
            if self.b.get(self.i..self.i + word.len()) == Some(word.as_bytes()) {
                self.i += word.len();
                true
            } else {
                false
            }
        }
        fn value(&mut self, depth: usize) -> bool {
            if depth > 64 {
                return false;
            }
            match self.peek() {
                Some(b'{') => self.object(depth),
                Some(b'[') => self.array(depth),
                Some(b'"') => self.string(),
                Some(b't') => self.lit("true"),
                Some(b'f') => self.lit("false"),
                Some(b'n') => self.lit("null"),
                Some(b'-' | b'0'..=b'9') => self.number(),
                _ => false,
            }
        }
        fn object(&mut self, depth: usize) -> bool {
            self.i += 1;
            self.ws();
            if self.eat(b'}') {
                return true;
            }
            loop {
                self.ws();
                if !self.string() {
                    return false;
                }
                self.ws();
                if !self.eat(b':') {
                    return false;
                }
                self.ws();
                if !self.value(depth + 1) {
                    return false;
                }
                self.ws();
                if self.eat(b'}') {
                    return true;
                }
                if !self.eat(b',') {
                    return false;
                }
            }
        }
        fn array(&mut self, depth: usize) -> bool {
            self.i += 1;
            self.ws();
            if self.eat(b']') {
                return true;
            }
            loop {
                self.ws();
                if !self.value(depth + 1) {
                    return false;
                }
                self.ws();
                if self.eat(b']') {
                    return true;
                }
                if !self.eat(b',') {
                    return false;
                }
            }
        }
        fn string(&mut self) -> bool {
            if !self.eat(b'"') {
                return false;
            }
            while let Some(c) = self.peek() {
                self.i += 1;
                match c {
                    b'"' => return true,
                    b'\\' => {
                        let Some(e) = self.peek() else { return false };
                        self.i += 1;
                        if e == b'u' {
                            let hex = self.b.get(self.i..self.i + 4);
                            if !hex.is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)) {
                                return false;
                            }
                            self.i += 4;
                        } else if !b"\"\\/bfnrt".contains(&e) {
                            return false;
                        }
                    }
                    0..=0x1f => return false,
                    _ => {}
                }
            }
            false
        }
        fn number(&mut self) -> bool {
            self.eat(b'-');
            let digits = |p: &mut Self| {
                let start = p.i;
                while matches!(p.peek(), Some(b'0'..=b'9')) {
                    p.i += 1;
                }
                p.i > start
            };
            if !self.eat(b'0') && !digits(self) {
                return false;
            }
            if self.eat(b'.') && !digits(self) {
                return false;
            }
            if matches!(self.peek(), Some(b'e' | b'E')) {
                self.i += 1;
                if !self.eat(b'+') {
                    self.eat(b'-');
                }
                if !digits(self) {
                    return false;
                }
            }
            true
        }
    }

    #[test]
    fn checker_accepts_json_and_refuses_non_json() {
        assert!(is_valid(r#"{"a":[1,-2.5e3,true,null,"x\n\u00e9"],"b":{}}"#));
        for bad in [
            "",
            "{",
            r#"{"a":}"#,
            "[1,]",
            "01x",
            r#"{"a":1}{}"#,
            "\"\u{1}\"",
        ] {
            assert!(!is_valid(bad), "{bad}");
        }
    }
}

#[test]
fn draft_prints_a_plain_text_notice_in_the_language_asked() {
    let cli = fixtures().join("cli");
    for (lang, subject, placeholder) in [
        (
            "en",
            "Subject: ",
            "[e-mail address of the data protection officer]",
        ),
        (
            "de",
            "Betreff: ",
            "[E-Mail-Adresse der oder des Datenschutzbeauftragten]",
        ),
        (
            "nl",
            "Onderwerp: ",
            "[e-mailadres van de functionaris voor gegevensbescherming]",
        ),
    ] {
        let out = check(
            &["--draft", "--facts", "facts.json", "--lang", lang],
            &cli,
            b"",
        );
        assert_eq!(out.status.code(), Some(0), "{lang}: {}", text(&out.stderr));
        assert!(out.stderr.is_empty(), "{lang}: {}", text(&out.stderr));
        let draft = text(&out.stdout);
        assert!(draft.starts_with(subject), "{lang}: {draft}");
        assert!(
            draft.ends_with('\n') && !draft.ends_with("\n\n"),
            "{lang}: {draft:?}"
        );
        assert!(
            !draft.trim_start().starts_with('{'),
            "{lang}: a report, not a draft"
        );
        assert!(draft.contains(placeholder), "{lang}: {draft}");
    }
}

#[test]
fn draft_from_a_notice_reuses_its_contact_and_language() {
    let cli = fixtures().join("cli");
    let out = check(
        &["--draft", "--facts", "facts.json", "notice_en.txt"],
        &cli,
        b"",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let draft = text(&out.stdout);
    let notice = std::fs::read_to_string(cli.join("notice_en.txt")).unwrap_or_default();
    let email = notice
        .split_whitespace()
        .find(|w| w.contains('@'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .unwrap_or_default();
    assert!(!email.is_empty());
    assert!(draft.starts_with("Subject: "), "{draft}");
    assert!(draft.contains(email), "{email} not in {draft}");
}
