//! `cargo xtask`: the project's build helper (std only, no dependencies).
//!
//! - `cargo xtask test`: every check the project has, in order, failing fast
//!   (formatting, clippy, tests, bare-metal builds, the no-alloc proof, benches compile,
//!   the wasm and browser tests, the page weight within its budget). Installs missing
//!   rustup targets and components first.
//! - `cargo xtask serve [--port N]`: builds the static site and serves it
//!   (default `http://127.0.0.1:8080/`).
//! - `cargo xtask dist`: builds the static site into `web/dist/`.
//! - `cargo xtask size`: the wasm and site sizes, and the engine's footprint on bare metal.
//! - `cargo xtask firmware [--lang en,de,…] [--features …]`: the engine on an emulated
//!   Cortex-M4F (QEMU), its reports compared with the native ones, its stack and flash
//!   measured.
//! - `cargo xtask packs DIR`: every language's pack file (`DIR/<xx>.pack`,
//!   `breachnotice::packs`).
//! - `cargo xtask pack`: the npm package (`target/npm/breachnotice-<version>.tgz`).
//! - `cargo xtask cues check|fmt|why|import-rs`: the language data workflow
//!   (`core/lang/README.md`).

#[path = "../../core/build/cuefile.rs"]
#[allow(dead_code, reason = "shared with core/build.rs, which also packs")]
mod cuefile;
mod cues;
mod firmware;
#[path = "../../core/build/langs.rs"]
mod langs;
#[path = "../../core/src/text/normalise.rs"]
#[allow(dead_code, reason = "the core's normaliser: only folding is used here")]
#[allow(
    rustdoc::broken_intra_doc_links,
    reason = "its docs link the core's items (`crate::elements::cue`), which the xtask lacks"
)]
mod normalise;
mod pack;
mod readme;
mod size;
mod toolchain;
mod util;
mod web;

/// The core's capacities the shared cue-file code reads (`core/src/limits.rs`; the
/// build's generated code asserts that the core agrees).
mod limits {
    /// `breachnotice::limits::MAX_PHRASE_WORDS`.
    pub const MAX_PHRASE_WORDS: usize = 8;
}

use std::env;
use std::process::ExitCode;

use util::{Steps, TestTotals, cargo, run, run_counting_tests};

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  test [--keep-going] run every check: fmt, clippy, tests, no_std builds, no-alloc proof,
                     benches compile, wasm and browser tests, page weight within its
                     budget (stops at the first failure unless --keep-going)
  serve [--port N]   build the web page and serve it on http://127.0.0.1:N/ (default 8080)
  dist               build the static web page into web/dist/
  size               print the wasm/site sizes and the engine's bare-metal footprint;
                     fails when the page's default flow (initial load + detection pack) is over its gzip budget
  firmware [--lang en,de,…] [--features derive,reason-texts,fix]
           [--enforce-budgets | --enforce-stack-budget]
                     build tests/firmware for Cortex-M4F with those languages (default:
                     all) and those optional parts of the core (default: none), run it
                     on qemu-system-arm, compare its reports with `check` built with the
                     same features, print its stack and flash (and fail over budget if
                     asked)
  packs DIR          write every language's pack file DIR/<xx>.pack (the languages a
                     module built with `packs` registers: breachnotice::packs)
  pack               write the npm package (module and custom element) to
                     target/npm/breachnotice-<version>.tgz
  bench-web          time `evaluate` in headless Chromium on a 2 KB and a 20 KB notice
  cues check         check the language data (core/lang): format, folding, order,
                     duplicates, and every example behaves as declared
  cues fmt           rewrite every .cues file in canonical form
  cues why FILE [--lang xx] [--audience data-subjects|authority]
                     each element's status with the sentences and cues that decided it
  cues import-rs [DIR]  convert the former Rust cue tables under DIR to .cues files
  help               print this message";

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("test") if args.len() == 1 => test(false),
        Some("test") if args.len() == 2 && args.get(1).is_some_and(|a| a == "--keep-going") => {
            test(true)
        }
        Some("serve") => serve_args(args.get(1..).unwrap_or_default()).and_then(web::serve),
        Some("dist") if args.len() == 1 => web::dist(),
        Some("size") if args.len() == 1 => size(),
        Some("pack") if args.len() == 1 => pack::command(),
        Some("packs") if args.len() == 2 => write_packs(args.get(1).map_or("", String::as_str)),
        Some("bench-web") if args.len() == 1 => web::bench(),
        Some("firmware") => firmware::parse_args(args.get(1..).unwrap_or_default())
            .and_then(|o| firmware::firmware(&o.langs, &o.features, o.enforce)),
        Some("cues") => cues::main(args.get(1..).unwrap_or_default()),
        Some("help" | "--help" | "-h") => {
            println!("{USAGE}");
            Ok(())
        }
        None => Err(format!("no command given\n\n{USAGE}")),
        Some(_) => Err(format!(
            "unknown command or arguments: `{}`\n\n{USAGE}",
            args.join(" ")
        )),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Parses `serve`'s options: `--port N` or `--port=N`.
fn serve_args(args: &[String]) -> Result<u16, String> {
    let mut port = 8080;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let value = if arg == "--port" {
            it.next().ok_or("`--port` needs a value")?.as_str()
        } else if let Some(v) = arg.strip_prefix("--port=") {
            v
        } else {
            return Err(format!("unknown option for serve: `{arg}`\n\n{USAGE}"));
        };
        port = value
            .parse()
            .map_err(|_| format!("`--port {value}`: expected a port number 1-65535"))?;
        if port == 0 {
            return Err("`--port 0`: expected a port number 1-65535".into());
        }
    }
    Ok(port)
}

/// A `cargo` command with the given arguments.
fn cargo_with(args: &[&str]) -> std::process::Command {
    let mut c = cargo();
    c.args(args);
    c
}

/// The package name of the wasm crate, when `wasm/Cargo.toml` exists.
fn wasm_package() -> Option<String> {
    let manifest = std::fs::read_to_string(util::root().join("wasm/Cargo.toml")).ok()?;
    let package = manifest.split("[package]").nth(1)?;
    package.lines().find_map(|l| {
        let (key, value) = l.split_once('=')?;
        (key.trim() == "name").then(|| value.trim().trim_matches('"').to_string())
    })
}

/// `cargo xtask test [--keep-going]`: every check, in order, then a summary. Stops at the
/// first failure unless `--keep-going`.
fn test(keep_going: bool) -> Result<(), String> {
    let mut steps = Steps::new(keep_going);
    let mut totals = TestTotals::default();
    let outcome = run_all(&mut steps, &mut totals).and_then(|()| steps.outcome());
    steps.summary(&outcome, &totals);
    outcome
}

fn run_all(steps: &mut Steps, totals: &mut TestTotals) -> Result<(), String> {
    steps.step("toolchain: pinned targets and components", || {
        toolchain::ensure(&toolchain::TEST_COMPONENTS)
    })?;
    steps.step("cargo fmt --all --check", || {
        run(cargo_with(&["fmt", "--all", "--check"]))
            .map_err(|e| format!("{e}; run `cargo fmt --all` to fix"))
    })?;
    steps.step(
        "cargo clippy --workspace --all-targets -- -D warnings",
        || {
            run(cargo_with(&[
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ]))
        },
    )?;
    if let Some(wasm) = wasm_package() {
        steps.step(
            &format!("cargo clippy -p {wasm} --target wasm32-unknown-unknown -- -D warnings"),
            || {
                run(cargo_with(&[
                    "clippy",
                    "-p",
                    &wasm,
                    "--all-targets",
                    "--target",
                    "wasm32-unknown-unknown",
                    "--",
                    "-D",
                    "warnings",
                ]))
            },
        )?;
    }
    steps.step(
        "cargo xtask cues check (language data: format, folding, duplicates, examples)",
        || cues::main(&["check".to_string()]),
    )?;
    steps.step(
        "cargo test --workspace (unit, integration, per-notice snapshots, doc tests)",
        || run_counting_tests(cargo_with(&["test", "--workspace"]), totals),
    )?;
    // `cargo test --workspace` ran `core/tests/packs.rs` with every language built in: it
    // wrote every pack and the expected outputs. Now the same file with English built in
    // and the others registered from their packs: the same bytes.
    let packs_features = "en,packs,fix,derive,reason-texts";
    steps.step(
        &format!(
            "language packs: cargo test -p breachnotice --no-default-features --features {packs_features} --test packs (byte-identical reports over every fixture)"
        ),
        || {
            run_counting_tests(
                cargo_with(&[
                    "test",
                    "-p",
                    "breachnotice",
                    "--no-default-features",
                    "--features",
                    packs_features,
                    "--test",
                    "packs",
                ]),
                totals,
            )
        },
    )?;
    steps.step("cargo doc -p breachnotice (warnings denied)", || {
        let mut c = cargo_with(&["doc", "--quiet", "-p", "breachnotice", "--no-deps"]);
        c.env("RUSTDOCFLAGS", "-D warnings");
        run(c)
    })?;
    for target in size::TARGETS {
        steps.step(
            &format!("cargo build -p breachnotice --target {target} (debug and release)"),
            || {
                run(cargo_with(&[
                    "build",
                    "-p",
                    "breachnotice",
                    "--target",
                    target,
                ]))?;
                run(cargo_with(&[
                    "build",
                    "-p",
                    "breachnotice",
                    "--target",
                    target,
                    "--release",
                ]))
            },
        )?;
    }
    steps.step(
        "no-alloc proof: tests/no-alloc-probe linked for thumbv7em-none-eabihf",
        || {
            let elf = size::build_probe("thumbv7em-none-eabihf")?;
            let s = size::file_sizes(&elf)?;
            println!(
                "linked without a global allocator: .text {} B, .rodata {} B, .data {} B, .bss {} B",
                s.text, s.rodata, s.data, s.bss
            );
            Ok(())
        },
    )?;
    steps.step(
        "fuzz (stable, deterministic): 100 000 mutated fixtures through every entry point and the draft",
        || {
            run(cargo_with(&[
                "run",
                "--quiet",
                "--release",
                "-p",
                "breachnotice-tests",
                "--bin",
                "fuzz_stable",
                "--",
                "100000",
                "1",
            ]))
        },
    )?;
    steps.step(
        "fuzz targets compile: cargo check of core/fuzz (stable, libFuzzer not linked)",
        || {
            // The cargo-fuzz targets need nightly to run, but they type-check on stable.
            // Checking them here keeps a core or wasm change from silently breaking a
            // target (page4's `no_std` wasm broke `utf16`, found a session later).
            // `CUSTOM_LIBFUZZER_PATH` stops libfuzzer-sys's build script compiling
            // libFuzzer's C++ sources: `check` links nothing, so the path is never read.
            let root = util::root();
            let mut c = cargo_with(&["check", "--quiet", "--bins", "--locked"]);
            c.arg("--manifest-path")
                .arg(root.join("core/fuzz/Cargo.toml"))
                .arg("--target-dir")
                .arg(root.join("target/fuzz-check"))
                .env(
                    "CUSTOM_LIBFUZZER_PATH",
                    root.join("target/fuzz-check/libfuzzer-unused.a"),
                );
            run(c)
        },
    )?;
    // The core with one language, without an optional part, without `fix` only, and with
    // `fix` only: each compiles (library and examples) and is clippy-clean.
    let all_langs = firmware::languages()?.join(",");
    let no_fix = format!("{all_langs},derive,reason-texts");
    for features in [
        "en",
        "de",
        "en,fix",
        no_fix.as_str(),
        "en,packs,fix,derive,reason-texts",
    ] {
        steps.step(
            &format!(
                "cargo clippy -p breachnotice --lib --examples --no-default-features --features {features} -- -D warnings"
            ),
            || {
                run(cargo_with(&[
                    "clippy",
                    "-p",
                    "breachnotice",
                    "--lib",
                    "--examples",
                    "--no-default-features",
                    "--features",
                    features,
                    "--",
                    "-D",
                    "warnings",
                ]))
            },
        )?;
    }
    steps.step(
        "firmware --lang en: tests/firmware on qemu-system-arm (mps2-an386), reports compared with `check` built with the same features, stack and flash budgets enforced",
        || firmware::firmware(&["en".to_string()], &[], firmware::ENFORCE_IN_TEST),
    )?;
    steps.step(
        "firmware --lang en,de (figures: budgets printed, not enforced)",
        || {
            firmware::firmware(
                &["en".to_string(), "de".to_string()],
                &[],
                firmware::Enforce::default(),
            )
        },
    )?;
    steps.step(
        "firmware: every language (budgets printed, not enforced: they are for one language)",
        || {
            firmware::firmware(
                &firmware::parse_args(&[])?.langs,
                &[],
                firmware::Enforce::default(),
            )
        },
    )?;
    steps.step("cargo bench --workspace --no-run (benches compile)", || {
        run(cargo_with(&["bench", "--workspace", "--no-run"]))
    })?;
    steps.step("web: wasm binding tests and browser tests", web::test)?;
    steps.step(
        "size: cargo xtask size (the page's default flow (initial load + detection pack) within its gzip budget, from the site the browser tests ran on; the engine on bare metal)",
        || {
            web::weight()?;
            println!();
            size::core_size()
        },
    )?;
    Ok(())
}

/// `cargo xtask packs DIR`: the `write_packs` example of the core (every language built
/// in, default features) writes `DIR/<xx>.pack` for every language.
fn write_packs(dir: &str) -> Result<(), String> {
    let dir = env::current_dir()
        .map_err(|e| format!("current directory: {e}"))?
        .join(dir);
    let dir = dir.to_str().ok_or("DIR is not UTF-8")?;
    run(cargo_with(&[
        "run",
        "--quiet",
        "-p",
        "breachnotice",
        "--example",
        "write_packs",
        "--",
        dir,
    ]))
}

/// `cargo xtask size`: the web sizes (from `web::size`) and the bare-metal footprint.
fn size() -> Result<(), String> {
    toolchain::ensure(&[])?;
    let web = web::size();
    println!();
    size::core_size()?;
    web
}
