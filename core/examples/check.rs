//! `check`: the contract command line (contract §1).
//!
//! ```text
//! cargo run -q --release -p breachnotice --example check -- [OPTIONS] [NOTICE]
//! ```
//!
//! Prints exactly one JSON report (contract §4) on standard output and exits 0 — or, with
//! `--draft`, a notice drafted from the facts as plain text. Any bad
//! input prints one line on standard error naming the problem and where it is, nothing on
//! standard output, and exits 2. Std is used here only for files, arguments and the clock;
//! the engine itself is `no_std`.

use std::ffi::OsString;
use std::io::{Read, Write};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use breachnotice::facts::Facts;
#[cfg(feature = "fix")]
use breachnotice::fix::draft::{DraftRequest, draft};
#[cfg(feature = "fix")]
use breachnotice::limits::DRAFT_TEXT_BYTES;
use breachnotice::limits::{Limit, MAX_FACTS_BYTES, MAX_NOTICE_BYTES, REPORT_JSON_BYTES};
use breachnotice::report::{LangChoice, Request, evaluate};
use breachnotice::time::Timestamp;
use breachnotice::{Audience, Error, ErrorKind, Lang, Location};

const USAGE: &str = "\
Checks a personal-data-breach notice against GDPR Art. 33(3)/34(2) and decides the
Art. 33/34 obligations from incident facts. Prints one JSON report on standard output.

usage: check [OPTIONS] [NOTICE]

arguments:
  NOTICE                 UTF-8 text file holding the notice, or `-` for standard input;
                         may be omitted when --facts is given (obligations only)

options:
  --audience AUDIENCE    data-subjects (Art. 34(2), default) or authority (Art. 33(3))
  --lang LANG            auto (default: detect) or one of: {langs}
  --facts FILE           incident facts as JSON (see README, \"Incident facts\")
  --now RFC3339          evaluation time for deadlines, with a UTC offset
                         (default: the system clock), e.g. 2026-11-24T10:00:00Z
  --draft                instead of a report, print a notice drafted from the facts
                         (and the notice, if given) as plain text, in --lang (auto
                         without a notice: English) for --audience; unknown facts are
                         [placeholders]
  -h, --help             print this help

exit status: 0 report (or draft) printed; 2 bad input (one line on standard error,
nothing on standard output)";

/// A bad input: the one line printed on standard error.
struct Bad(String);

impl Bad {
    fn at(what: &str, e: Error) -> Bad {
        Bad(format!("{what}: {e}"))
    }
}

/// Where the notice comes from.
enum Source {
    Stdin,
    File(OsString),
}

impl Source {
    fn name(&self) -> String {
        match self {
            Source::Stdin => "notice (standard input)".to_string(),
            Source::File(p) => format!("notice `{}`", p.to_string_lossy()),
        }
    }
}

/// The parsed command line.
struct Options {
    audience: Audience,
    lang: Option<Lang>,
    facts: Option<OsString>,
    now: Option<String>,
    notice: Option<Source>,
    help: bool,
    draft: bool,
}

/// Supported `--lang` values, for messages.
fn lang_codes() -> String {
    let mut s = String::from("auto");
    for l in Lang::ALL {
        s.push_str(", ");
        s.push_str(l.as_str());
    }
    s
}

fn parse_args(args: impl IntoIterator<Item = OsString>) -> Result<Options, Bad> {
    let mut o = Options {
        audience: Audience::DataSubjects,
        lang: None,
        facts: None,
        now: None,
        notice: None,
        help: false,
        draft: false,
    };
    let mut seen: Vec<&'static str> = Vec::new();
    let mut only_positional = false;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let text = arg.to_string_lossy().into_owned();
        if only_positional || text == "-" || !text.starts_with('-') {
            if o.notice.is_some() {
                return Err(Bad(format!(
                    "more than one NOTICE given (second: `{text}`); check one notice at a time"
                )));
            }
            o.notice = Some(if text == "-" && !only_positional {
                Source::Stdin
            } else {
                Source::File(arg)
            });
            continue;
        }
        if text == "--" {
            only_positional = true;
            continue;
        }
        if text == "-h" || text == "--help" {
            o.help = true;
            continue;
        }
        if text == "--draft" {
            if o.draft {
                return Err(Bad("option `--draft` given more than once".to_string()));
            }
            o.draft = true;
            continue;
        }
        if text.starts_with("--draft=") {
            return Err(Bad("option `--draft` takes no value".to_string()));
        }
        let (name, inline) = match text.split_once('=') {
            Some((n, v)) => (n.to_string(), Some(v.to_string())),
            None => (text.clone(), None),
        };
        let option: &'static str = match name.as_str() {
            "--audience" => "--audience",
            "--lang" => "--lang",
            "--facts" => "--facts",
            "--now" => "--now",
            _ => {
                return Err(Bad(format!(
                    "unknown option `{name}` (options: --audience, --lang, --facts, --now, --draft, --help)"
                )));
            }
        };
        if seen.contains(&option) {
            return Err(Bad(format!("option `{option}` given more than once")));
        }
        seen.push(option);
        let value: OsString = match inline {
            Some(v) => v.into(),
            None => args
                .next()
                .ok_or_else(|| Bad(format!("option `{option}` needs a value")))?,
        };
        let value_text = value.to_string_lossy().into_owned();
        match option {
            "--audience" => {
                o.audience = Audience::parse(&value_text).ok_or_else(|| {
                    Bad(format!(
                        "option `--audience`: `{value_text}` is not an audience (expected data-subjects or authority)"
                    ))
                })?;
            }
            "--lang" => {
                o.lang = if value_text == "auto" {
                    None
                } else {
                    Some(Lang::parse(&value_text).ok_or_else(|| {
                        Bad(format!(
                            "option `--lang`: unsupported language `{value_text}` (supported: {})",
                            lang_codes()
                        ))
                    })?)
                };
            }
            "--facts" => o.facts = Some(value),
            _ => o.now = Some(value_text),
        }
    }
    Ok(o)
}

/// Reads a whole input, refusing more than `limit` bytes.
fn read_input(source: &Source, limit: Limit, max: usize, what: &str) -> Result<Vec<u8>, Bad> {
    let mut bytes = Vec::new();
    let cap = u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1);
    let result = match source {
        Source::Stdin => std::io::stdin().lock().take(cap).read_to_end(&mut bytes),
        Source::File(path) => {
            std::fs::File::open(path).and_then(|f| f.take(cap).read_to_end(&mut bytes))
        }
    };
    result.map_err(|e| Bad(format!("{what}: cannot read: {e}")))?;
    if bytes.len() > max {
        return Err(Bad::at(
            what,
            Error::new(ErrorKind::CapacityExceeded { limit }, Location::Byte(max)),
        ));
    }
    Ok(bytes)
}

/// The evaluation time: `--now` if given, else the system clock.
fn evaluation_time(now: Option<&str>) -> Result<Timestamp, Bad> {
    match now {
        Some(v) => Timestamp::parse_rfc3339(v).map_err(|kind| {
            Bad(format!(
                "option `--now`: `{v}`: {kind} (e.g. 2026-11-24T10:00:00Z or 2026-11-24T11:00:00+01:00)"
            ))
        }),
        None => {
            let secs = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_err(|_| Bad("the system clock is before 1970; give --now".to_string()))?
                .as_secs();
            Ok(Timestamp::from_unix(i64::try_from(secs).unwrap_or(i64::MAX)))
        }
    }
}

/// Runs the check; `Ok` holds the JSON report.
fn check(o: &Options) -> Result<Vec<u8>, Bad> {
    if o.notice.is_none() && o.facts.is_none() {
        return Err(Bad(
            "nothing to check: give a NOTICE file (or `-` for standard input), --facts FILE, or both (see --help)"
                .to_string(),
        ));
    }
    let now = evaluation_time(o.now.as_deref())?;
    let notice_bytes = match &o.notice {
        Some(src) => Some(read_input(
            src,
            Limit::NoticeBytes,
            MAX_NOTICE_BYTES,
            &src.name(),
        )?),
        None => None,
    };
    let text = match (&o.notice, &notice_bytes) {
        (Some(src), Some(bytes)) => Some(std::str::from_utf8(bytes).map_err(|e| {
            Bad::at(
                &src.name(),
                Error::new(ErrorKind::InvalidUtf8, Location::Byte(e.valid_up_to())),
            )
        })?),
        _ => None,
    };
    let facts_bytes = match &o.facts {
        Some(path) => {
            let src = Source::File(path.clone());
            let what = format!("facts `{}`", path.to_string_lossy());
            Some((
                what.clone(),
                read_input(&src, Limit::FactsBytes, MAX_FACTS_BYTES, &what)?,
            ))
        }
        None => None,
    };
    engine(
        o,
        text,
        facts_bytes
            .as_ref()
            .map(|(w, b)| (w.as_str(), b.as_slice())),
        now,
    )
}

/// Calls the engine and writes the JSON report.
fn engine(
    o: &Options,
    text: Option<&str>,
    facts: Option<(&str, &[u8])>,
    now: Timestamp,
) -> Result<Vec<u8>, Bad> {
    let facts = match facts {
        Some((what, bytes)) => Some(Facts::from_json(bytes).map_err(|e| Bad::at(what, e))?),
        None => None,
    };
    let report = evaluate(&Request {
        text,
        audience: o.audience,
        lang: o.lang.map_or(LangChoice::Auto, LangChoice::Fixed),
        facts: facts.as_ref(),
        now: Some(now),
    });
    if o.draft {
        return draft_text(o, &report, text);
    }
    let mut buf = vec![0u8; REPORT_JSON_BYTES];
    let n = report
        .write_json(&mut buf)
        .map_err(|e| Bad::at("report", e))?;
    buf.truncate(n);
    Ok(buf)
}

/// The `--draft` text: from the facts the report assessed (the given facts over those read
/// from the notice), in the language given, else the notice's, else English; the contact
/// is the notice's first e-mail address, if any. Without its final line break (`main`
/// adds one).
#[cfg(feature = "fix")]
fn draft_text(
    o: &Options,
    report: &breachnotice::Report<'_>,
    text: Option<&str>,
) -> Result<Vec<u8>, Bad> {
    let facts = report.facts.unwrap_or_default();
    // English, or the first language built in when English is not.
    let [first, ..] = Lang::ALL;
    let lang = o
        .lang
        .or(report.language.lang())
        .or(Lang::parse("en"))
        .unwrap_or(first);
    let contact = text.and_then(|t| {
        breachnotice::text::email::Emails::new(t, 0)
            .next()
            .and_then(|(a, b)| t.get(a..b))
    });
    let mut buf = vec![0u8; DRAFT_TEXT_BYTES];
    let n = draft(
        &mut buf,
        &DraftRequest {
            facts: &facts,
            audience: o.audience,
            lang,
            contact,
            samples: false,
        },
    )
    .map_err(|e| Bad::at("draft", e))?;
    buf.truncate(n);
    while buf.last() == Some(&b'\n') {
        buf.pop();
    }
    Ok(buf)
}

/// `--draft` in a build without the core's `fix` feature: a bad input (exit 2).
#[cfg(not(feature = "fix"))]
fn draft_text(_: &Options, _: &breachnotice::Report<'_>, _: Option<&str>) -> Result<Vec<u8>, Bad> {
    Err(Bad(
        "option `--draft` needs the core's `fix` feature, which this build leaves out".into(),
    ))
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args_os().skip(1)) {
        Ok(o) => o,
        Err(Bad(msg)) => {
            eprintln!("check: {msg}");
            return ExitCode::from(2);
        }
    };
    if options.help {
        println!("{}", USAGE.replace("{langs}", Lang::CODES));
        return ExitCode::SUCCESS;
    }
    match check(&options) {
        Ok(mut json) => {
            json.push(b'\n');
            let mut out = std::io::stdout().lock();
            match out.write_all(&json).and_then(|()| out.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("check: cannot write the report to standard output: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Err(Bad(msg)) => {
            eprintln!("check: {msg}");
            ExitCode::from(2)
        }
    }
}
