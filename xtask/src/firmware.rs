//! `cargo xtask firmware [--lang en,de,…] [--features derive,reason-texts,fix]`: the
//! engine on an emulated Cortex-M4F.
//!
//! Builds `tests/firmware` (release, `thumbv7em-none-eabihf`) with the chosen languages'
//! Cargo features (and the core's optional parts given with `--features`; none by
//! default, as `default-features = false, features = ["en"]` gives), runs it on Debian's
//! `qemu-system-arm` (machine `mps2-an386`, a Cortex-M4F, semihosting for output), and
//! compares every report it writes byte for byte with the native `check` command built
//! with the same core features and run with the same arguments. Reads the stack
//! high-water mark the firmware measured by painting, and the flash (`.text` + `.rodata`
//! + `.data`) from the ELF file. Last line:
//!
//! ```text
//! firmware: stack <N> B, flash <N> B, languages <list>, identical: yes|no
//! ```
//!
//! Fails when a report differs or the firmware fails. The budgets ([`STACK_BUDGET`];
//! [`FLASH_BUDGET_ONE_LANGUAGE`] when one language and no optional part is built) are
//! checked and printed (`budget: … over`); `--enforce-budgets` fails on both,
//! `--enforce-stack-budget` on the stack only. `cargo xtask test` runs `--lang en`
//! enforcing [`ENFORCE_IN_TEST`] (both), and `--lang en,de` and every language without
//! enforcement, for the figures.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::size::{build_bare_metal, file_sizes};
use crate::util::{cargo, ensure_debian_package, output, root, run, target_dir};

/// The target the firmware is built for (Cortex-M4F).
const TARGET: &str = "thumbv7em-none-eabihf";
/// The emulator, from Debian's `qemu-system-arm` package.
const QEMU: &str = "/usr/bin/qemu-system-arm";
/// Every language the firmware can be built with (its Cargo features): the languages
/// declared once, in `__for_each_lang!` (`core/src/lang/mod.rs`), read the way
/// `core/build.rs` reads them (`core/build/langs.rs`), in their declared order.
pub fn languages() -> Result<Vec<String>, String> {
    let path = root().join("core/src/lang/mod.rs");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let langs = crate::langs::declared_langs(&text);
    if langs.is_empty() {
        return Err(format!(
            "{}: no language declared in `__for_each_lang!`",
            path.display()
        ));
    }
    Ok(langs)
}
/// Most stack the firmware may use for evaluate + writing the report (release).
pub const STACK_BUDGET: u64 = 16 * 1024;
/// Most flash (`.text` + `.rodata` + `.data`) with one language built in and none of the
/// core's optional parts ([`OPTIONAL_FEATURES`]).
pub const FLASH_BUDGET_ONE_LANGUAGE: u64 = 96 * 1024;
/// The core's optional parts (Cargo features in its `default`), left out of the firmware
/// unless given with `--features`.
pub const OPTIONAL_FEATURES: [&str; 3] = ["derive", "reason-texts", "fix"];
/// How long the emulator may run before it is stopped (it takes well under a second).
const QEMU_TIMEOUT: Duration = Duration::from_secs(120);

/// Options of `cargo xtask firmware`.
#[derive(Debug, PartialEq, Eq)]
pub struct Options {
    /// The languages built in (Cargo features of `tests/firmware`).
    pub langs: Vec<String>,
    /// The core's optional parts built in (of [`OPTIONAL_FEATURES`]; none by default).
    pub features: Vec<String>,
    /// Which budgets fail the run when exceeded (otherwise they are only printed).
    pub enforce: Enforce,
}

/// Which budgets fail a firmware run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Enforce {
    /// [`STACK_BUDGET`].
    pub stack: bool,
    /// [`FLASH_BUDGET_ONE_LANGUAGE`] (with one language and no optional part built in).
    pub flash: bool,
}

/// What `cargo xtask test` enforces on `firmware --lang en`: both budgets (README, "On a
/// microcontroller", has the figures).
pub const ENFORCE_IN_TEST: Enforce = Enforce {
    stack: true,
    flash: true,
};

/// Parses `firmware`'s options: `--lang en,de` or `--lang=en,de` (default: all
/// languages), `--features derive,fix` or `--features=…` (the core's optional parts;
/// default: none), `--enforce-budgets` (both), `--enforce-stack-budget`.
pub fn parse_args(args: &[String]) -> Result<Options, String> {
    let all = languages()?;
    let mut langs = all.clone();
    let mut features: Vec<String> = Vec::new();
    let mut enforce = Enforce::default();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        if arg == "--enforce-budgets" {
            enforce = Enforce {
                stack: true,
                flash: true,
            };
            continue;
        }
        if arg == "--enforce-stack-budget" {
            enforce.stack = true;
            continue;
        }
        let features_value = if arg == "--features" {
            Some(
                it.next()
                    .ok_or("`--features` needs a value, e.g. `--features derive,fix`")?
                    .as_str(),
            )
        } else {
            arg.strip_prefix("--features=")
        };
        if let Some(value) = features_value {
            let allowed = OPTIONAL_FEATURES.map(String::from);
            comma_list(
                "--features",
                value,
                &allowed,
                "feature",
                "the core's optional parts",
                &mut features,
            )?;
            continue;
        }
        let value = if arg == "--lang" {
            it.next()
                .ok_or("`--lang` needs a value, e.g. `--lang en,de`")?
        } else if let Some(v) = arg.strip_prefix("--lang=") {
            v
        } else {
            return Err(format!(
                "unknown option for firmware: `{arg}` (options: --lang en,de,…, --features {}, --enforce-budgets, --enforce-stack-budget)",
                OPTIONAL_FEATURES.join(",")
            ));
        };
        langs.clear();
        comma_list("--lang", value, &all, "language", "supported", &mut langs)?;
        if langs.is_empty() {
            return Err(format!("`--lang {value}`: no language given"));
        }
    }
    Ok(Options {
        langs,
        features,
        enforce,
    })
}

/// Adds the items of `value`, a comma-separated list given to `option`, to `into` (once
/// each, in order); blanks are skipped. An item not in `allowed` is an error naming it,
/// the `kind` of item and, after `label`, the allowed ones.
fn comma_list(
    option: &str,
    value: &str,
    allowed: &[String],
    kind: &str,
    label: &str,
    into: &mut Vec<String>,
) -> Result<(), String> {
    for item in value.split(',').map(str::trim).filter(|i| !i.is_empty()) {
        if !allowed.iter().any(|a| a == item) {
            return Err(format!(
                "`{option} {value}`: unknown {kind} `{item}` ({label}: {})",
                allowed.join(", ")
            ));
        }
        if !into.iter().any(|x| x == item) {
            into.push(item.to_string());
        }
    }
    Ok(())
}

/// One report the firmware wrote: the `check` arguments it stands for and its JSON.
#[derive(Debug, PartialEq, Eq)]
struct Case {
    notice: Option<String>,
    audience: String,
    facts: Option<String>,
    now: String,
    json: String,
}

/// What the firmware printed: its reports and the stack high-water mark.
#[derive(Debug, PartialEq, Eq)]
struct Run {
    cases: Vec<Case>,
    stack: u64,
}

/// Reads the firmware's output (see `tests/firmware/src/main.rs`).
fn parse_output(out: &str) -> Result<Run, String> {
    let mut cases = Vec::new();
    let mut stack = None;
    let mut done = false;
    let mut lines = out.lines();
    while let Some(line) = lines.next() {
        if let Some(args) = line.strip_prefix("@case ") {
            let field = |key: &str| -> Result<String, String> {
                args.split(' ')
                    .find_map(|kv| kv.strip_prefix(key)?.strip_prefix('='))
                    .map(str::to_string)
                    .ok_or_else(|| format!("firmware output: `{key}` missing in `{line}`"))
            };
            let optional = |v: String| (v != "-").then_some(v);
            let json = lines
                .next()
                .ok_or("firmware output ends inside a case")?
                .to_string();
            let end = lines.next().unwrap_or_default();
            let bytes: usize = end
                .strip_prefix("@end ")
                .and_then(|n| n.parse().ok())
                .ok_or_else(|| format!("firmware output: expected `@end N`, got `{end}`"))?;
            if bytes != json.len() {
                return Err(format!(
                    "firmware output: the report says {bytes} bytes, {} arrived",
                    json.len()
                ));
            }
            cases.push(Case {
                notice: optional(field("notice")?),
                audience: field("audience")?,
                facts: optional(field("facts")?),
                now: field("now")?,
                json,
            });
        } else if let Some(n) = line.strip_prefix("@stack ") {
            stack = Some(
                n.parse()
                    .map_err(|_| format!("firmware output: bad stack line `{line}`"))?,
            );
        } else if line == "@done" {
            done = true;
        } else {
            return Err(format!("firmware output: unexpected line `{line}`"));
        }
    }
    if !done {
        return Err("the firmware did not finish (no `@done`)".into());
    }
    let stack = stack.ok_or("firmware output: no `@stack` line")?;
    if cases.is_empty() {
        return Err("the firmware wrote no report".into());
    }
    Ok(Run { cases, stack })
}

/// The Cargo features of the core (and of `tests/firmware`) for `langs` and the optional
/// parts `features`.
fn feature_list(langs: &[String], features: &[String]) -> String {
    langs
        .iter()
        .chain(features)
        .cloned()
        .collect::<Vec<_>>()
        .join(",")
}

/// Builds the firmware with `langs` and the optional parts `features`, and returns its
/// ELF path.
fn build(langs: &[String], features: &[String]) -> Result<PathBuf, String> {
    let features = feature_list(langs, features);
    build_bare_metal(
        "tests/firmware",
        "breachnotice-firmware",
        TARGET,
        &["--no-default-features", "--features", &features],
    )
}

/// Runs `elf` on QEMU and returns what it wrote on the host's standard output.
fn emulate(elf: &Path) -> Result<String, String> {
    let mut c = Command::new(QEMU);
    // The firmware reads its notices and facts over semihosting, by paths from the
    // repository root.
    c.current_dir(root());
    c.args([
        "-machine",
        "mps2-an386",
        "-cpu",
        "cortex-m4",
        "-nographic",
        "-monitor",
        "none",
        "-serial",
        "none",
        "-semihosting-config",
        "enable=on,target=native",
        "-kernel",
    ])
    .arg(elf)
    .stdin(Stdio::null())
    .stdout(Stdio::piped());
    let mut child = c
        .spawn()
        .map_err(|e| format!("could not start {QEMU}: {e}"))?;
    let mut stdout = child.stdout.take().ok_or("no standard output from QEMU")?;
    let reader = std::thread::spawn(move || {
        let mut out = String::new();
        stdout.read_to_string(&mut out).map(|_| out)
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if started.elapsed() > QEMU_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!(
                "QEMU did not finish within {}s",
                QEMU_TIMEOUT.as_secs()
            ));
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let out = reader
        .join()
        .map_err(|_| "reading QEMU's output failed")?
        .map_err(|e| format!("reading QEMU's output: {e}"))?;
    if !status.success() {
        return Err(format!(
            "the firmware failed on QEMU ({status}); its output:\n{out}"
        ));
    }
    Ok(out)
}

/// The native `check` command's report for the same arguments as `case`.
fn native(check: &Path, case: &Case) -> Result<String, String> {
    let mut c = Command::new(check);
    c.current_dir(root())
        .args(["--audience", &case.audience, "--now", &case.now]);
    if let Some(facts) = &case.facts {
        c.args(["--facts", facts]);
    }
    if let Some(notice) = &case.notice {
        c.arg(notice);
    }
    output(c)
}

/// The native `check` built with the core features of the firmware (`langs` and the
/// optional parts `features`), in a target directory of its own (`target/firmware-check`):
/// the default build of `check` elsewhere is left as it is.
fn build_native_check(langs: &[String], features: &[String]) -> Result<PathBuf, String> {
    let dir = target_dir().join("firmware-check");
    run({
        let mut c = cargo();
        c.args([
            "build",
            "--quiet",
            "--release",
            "-p",
            "breachnotice",
            "--example",
            "check",
            "--no-default-features",
            "--features",
            &feature_list(langs, features),
            "--target-dir",
        ])
        .arg(&dir);
        c
    })?;
    Ok(dir.join("release").join("examples").join("check"))
}

/// `cargo xtask firmware [--lang …] [--features …]` (see the module docs).
pub fn firmware(langs: &[String], features: &[String], enforce: Enforce) -> Result<(), String> {
    ensure_debian_package(
        Path::new(QEMU),
        &["qemu-system-arm"],
        "the Cortex-M emulator",
    )?;
    println!(
        "xtask: building the native `check` and the firmware ({TARGET}, release, core features {})",
        feature_list(langs, features)
    );
    let check = build_native_check(langs, features)?;
    let elf = build(langs, features)?;
    let sizes = file_sizes(&elf)?;
    let flash = sizes.text + sizes.rodata + sizes.data;

    println!("xtask: running {} on {QEMU} (mps2-an386)", elf.display());
    let fw = parse_output(&emulate(&elf)?)?;
    let mut identical = true;
    for case in &fw.cases {
        let expected = native(&check, case)?;
        let same = expected.strip_suffix('\n') == Some(case.json.as_str());
        identical &= same;
        println!(
            "  {} {:<14} {:<60} {:>6} B  {}",
            if same { "same" } else { "DIFF" },
            case.audience,
            case.notice
                .as_deref()
                .or(case.facts.as_deref())
                .unwrap_or("-"),
            case.json.len(),
            if same { "" } else { "differs from `check`" }
        );
        if !same {
            let at = expected
                .bytes()
                .zip(case.json.bytes())
                .position(|(a, b)| a != b)
                .unwrap_or(expected.len().min(case.json.len()));
            println!(
                "    first difference at byte {at}:\n    check:    {}\n    firmware: {}",
                expected
                    .get(at..)
                    .unwrap_or_default()
                    .chars()
                    .take(80)
                    .collect::<String>(),
                case.json
                    .get(at..)
                    .unwrap_or_default()
                    .chars()
                    .take(80)
                    .collect::<String>()
            );
        }
    }
    println!(
        "sections: .text {} B, .rodata {} B, .data {} B, .bss {} B",
        sizes.text, sizes.rodata, sizes.data, sizes.bss
    );
    let mut over = Vec::new();
    let mut failing = Vec::new();
    if fw.stack > STACK_BUDGET {
        let line = format!("stack {} B > budget {STACK_BUDGET} B", fw.stack);
        if enforce.stack {
            failing.push(line.clone());
        }
        over.push(line);
    }
    if langs.len() == 1 && features.is_empty() && flash > FLASH_BUDGET_ONE_LANGUAGE {
        let line =
            format!("flash {flash} B > budget {FLASH_BUDGET_ONE_LANGUAGE} B with one language");
        if enforce.flash {
            failing.push(line.clone());
        }
        over.push(line);
    }
    for line in &over {
        println!("budget: {line} (over)");
    }
    if !features.is_empty() {
        println!("optional parts built in: {}", features.join(","));
    }
    println!(
        "firmware: stack {} B, flash {flash} B, languages {}, identical: {}",
        fw.stack,
        langs.join(","),
        if identical { "yes" } else { "no" }
    );
    if !identical {
        return Err("a firmware report differs from the native `check` report".into());
    }
    if !failing.is_empty() {
        return Err(format!("over budget: {}", failing.join("; ")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    fn langs(a: &[&str]) -> Result<Vec<String>, String> {
        parse_args(&args(a)).map(|o| o.langs)
    }

    #[test]
    fn languages_default_to_all_and_are_checked() {
        let all = languages().unwrap_or_default();
        assert_eq!(all.first().map(String::as_str), Some("en"));
        assert!(all.len() >= 12 && all.iter().any(|l| l == "ro"), "{all:?}");
        assert_eq!(langs(&[]), Ok(all));
        assert_eq!(langs(&["--lang", "de,en,de"]), Ok(args(&["de", "en"])));
        assert_eq!(langs(&["--lang=fr"]), Ok(args(&["fr"])));
        assert_eq!(
            parse_args(&args(&["--enforce-budgets", "--lang", "en"])),
            Ok(Options {
                langs: args(&["en"]),
                features: Vec::new(),
                enforce: Enforce {
                    stack: true,
                    flash: true
                }
            })
        );
        assert_eq!(
            parse_args(&args(&["--enforce-stack-budget"])).map(|o| o.enforce),
            Ok(Enforce {
                stack: true,
                flash: false
            })
        );
        assert_eq!(
            parse_args(&args(&["--features", "fix,derive", "--features=fix"])).map(|o| o.features),
            Ok(args(&["fix", "derive"]))
        );
        assert!(parse_args(&args(&["--features", "de"])).is_err_and(|e| e.contains("`de`")));
        assert!(parse_args(&args(&["--features"])).is_err());
        assert!(langs(&["--lang", "fi"]).is_err_and(|e| e.contains("`fi`")));
        assert!(langs(&["--lang"]).is_err());
        assert!(langs(&["--lang", ","]).is_err());
        assert!(langs(&["--verbose"]).is_err());
    }

    #[test]
    fn reads_the_firmware_output() {
        let out = "@case notice=n.txt audience=authority facts=- now=2026-11-24T10:00:00Z\n\
                   {\"a\":1}\n@end 7\n@stack 1234\n@done\n";
        let run = parse_output(out);
        assert_eq!(
            run,
            Ok(Run {
                cases: vec![Case {
                    notice: Some("n.txt".into()),
                    audience: "authority".into(),
                    facts: None,
                    now: "2026-11-24T10:00:00Z".into(),
                    json: "{\"a\":1}".into(),
                }],
                stack: 1234,
            })
        );
        // A report cut short, a missing `@done`, stray output: errors.
        assert!(parse_output(&out.replace("@end 7", "@end 8")).is_err());
        assert!(parse_output(&out.replace("@done\n", "")).is_err());
        assert!(parse_output(&format!("panic\n{out}")).is_err());
    }
}
