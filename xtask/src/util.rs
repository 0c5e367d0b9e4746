//! Small helpers shared by the xtask commands: the repository root, running a command
//! with a section header, and the pinned toolchain.

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus};
use std::time::{Duration, Instant};

/// The toolchain pinned in `rust-toolchain.toml` (keep in sync with it, the workspace
/// `rust-version` and the README).
pub const TOOLCHAIN: &str = "1.95.0";

/// The repository root (the parent of `xtask/`).
pub fn root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(Path::to_path_buf).unwrap_or(manifest)
}

/// The cargo target directory the workspace builds into (`$CARGO_TARGET_DIR` or
/// `<root>/target`).
pub fn target_dir() -> PathBuf {
    match env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => {
            let dir = PathBuf::from(dir);
            if dir.is_absolute() {
                dir
            } else {
                root().join(dir)
            }
        }
        _ => root().join("target"),
    }
}

/// The `cargo` that started us (so nested builds use the same toolchain), or `cargo`.
pub fn cargo() -> Command {
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(root());
    cmd
}

/// A one-line rendering of a command for headers and error messages.
pub fn describe(cmd: &Command) -> String {
    let mut s = Path::new(cmd.get_program())
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    for arg in cmd.get_args() {
        s.push(' ');
        s.push_str(&arg.to_string_lossy());
    }
    s
}

/// Runs `cmd` with inherited stdio; `Err` names the command and its exit status.
pub fn run(mut cmd: Command) -> Result<(), String> {
    let what = describe(&cmd);
    let status: ExitStatus = cmd
        .status()
        .map_err(|e| format!("could not start `{what}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{what}` failed ({status})"))
    }
}

/// Runs `cmd` and returns its standard output, or `Err` naming the command.
pub fn output(mut cmd: Command) -> Result<String, String> {
    let what = describe(&cmd);
    let out = cmd
        .output()
        .map_err(|e| format!("could not start `{what}`: {e}"))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(format!(
            "`{what}` failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}

/// Totals of the `test result:` lines cargo's test harness printed.
#[derive(Debug, Default, Clone, Copy)]
pub struct TestTotals {
    /// Tests that passed.
    pub passed: u64,
    /// Tests that failed.
    pub failed: u64,
    /// Tests marked `#[ignore]`.
    pub ignored: u64,
}

impl TestTotals {
    /// Adds one `test result: ok. 3 passed; 0 failed; 1 ignored; …` line.
    fn add_line(&mut self, line: &str) {
        let Some(rest) = line.trim().strip_prefix("test result: ") else {
            return;
        };
        for part in rest.split(';') {
            let mut words = part.split_whitespace().rev();
            let (Some(what), Some(n)) = (words.next(), words.next()) else {
                continue;
            };
            let Ok(n) = n.parse::<u64>() else { continue };
            match what {
                "passed" => self.passed += n,
                "failed" => self.failed += n,
                "ignored" => self.ignored += n,
                _ => {}
            }
        }
    }
}

/// Runs `cmd`, echoing its standard output line by line, and adds up the test harness's
/// `test result:` lines into `totals`.
pub fn run_counting_tests(mut cmd: Command, totals: &mut TestTotals) -> Result<(), String> {
    use std::io::{BufRead, BufReader, Write};
    let what = describe(&cmd);
    cmd.stdout(std::process::Stdio::piped());
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("could not start `{what}`: {e}"))?;
    if let Some(out) = child.stdout.take() {
        let stdout = std::io::stdout();
        for line in BufReader::new(out).lines() {
            let Ok(line) = line else { break };
            totals.add_line(&line);
            let mut lock = stdout.lock();
            let _ = writeln!(lock, "{line}");
        }
    }
    let status = child
        .wait()
        .map_err(|e| format!("`{what}` did not finish: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{what}` failed ({status})"))
    }
}

/// Prints a section header.
pub fn header(title: &str) {
    println!();
    println!("==> {title}");
}

/// `1m 05.2s` / `4.1s`.
pub fn fmt_duration(d: Duration) -> String {
    let secs = d.as_secs_f64();
    if secs >= 60.0 {
        let whole = d.as_secs();
        format!("{}m {:04.1}s", whole / 60, secs - (whole / 60 * 60) as f64)
    } else {
        format!("{secs:.1}s")
    }
}

/// A sequence of named steps: runs each with a header, stops at the first failure and
/// prints a summary either way.
pub struct Steps {
    started: Instant,
    done: Vec<(String, Duration, bool)>,
    keep_going: bool,
    failures: Vec<String>,
}

impl Steps {
    /// No step run yet. With `keep_going`, a failed step is recorded and the next one
    /// runs anyway (see [`Steps::outcome`]); otherwise the first failure stops the run.
    pub fn new(keep_going: bool) -> Self {
        Steps {
            started: Instant::now(),
            done: Vec::new(),
            keep_going,
            failures: Vec::new(),
        }
    }

    /// `Err` listing every failed step (only non-empty with `keep_going`).
    pub fn outcome(&self) -> Result<(), String> {
        if self.failures.is_empty() {
            Ok(())
        } else {
            Err(self.failures.join("; "))
        }
    }

    /// Runs one step under a header; records its time and outcome.
    pub fn step(
        &mut self,
        title: &str,
        f: impl FnOnce() -> Result<(), String>,
    ) -> Result<(), String> {
        header(title);
        let t = Instant::now();
        let result = f();
        self.done
            .push((title.to_string(), t.elapsed(), result.is_ok()));
        match result {
            Ok(()) => Ok(()),
            Err(e) => {
                let e = format!("step \"{title}\" failed: {e}");
                if self.keep_going {
                    eprintln!("xtask: {e} (continuing: --keep-going)");
                    self.failures.push(e);
                    Ok(())
                } else {
                    Err(e)
                }
            }
        }
    }

    /// Prints the summary table, the total time, and last a line in the test harness's
    /// own format (`test result: ok. N passed; …`) with the totals of every test run.
    pub fn summary(&self, outcome: &Result<(), String>, tests: &TestTotals) {
        println!();
        println!("==> summary");
        for (title, took, ok) in &self.done {
            let mark = if *ok { "ok  " } else { "FAIL" };
            println!("  {mark}  {:>9}  {title}", fmt_duration(*took));
        }
        match outcome {
            Ok(()) => println!(
                "xtask: all {} steps passed in {}",
                self.done.len(),
                fmt_duration(self.started.elapsed())
            ),
            Err(e) => println!(
                "xtask: FAILED after {}: {e}",
                fmt_duration(self.started.elapsed())
            ),
        }
        println!(
            "test result: {}. {} passed; {} failed; {} ignored; 0 measured; 0 filtered out; finished in {:.2}s",
            if outcome.is_ok() { "ok" } else { "FAILED" },
            tests.passed,
            tests.failed,
            tests.ignored,
            self.started.elapsed().as_secs_f64()
        );
    }
}

/// Installs Debian `packages` with apt-get when `binary` is missing (as root, on a fresh
/// machine); `what` says what the binary is for in the messages.
pub fn ensure_debian_package(binary: &Path, packages: &[&str], what: &str) -> Result<(), String> {
    if binary.exists() {
        return Ok(());
    }
    let list = packages.join(" ");
    let how = format!(
        "{} ({what}) is missing: install it with `apt-get update && apt-get install -y {list}` \
         (Debian's package)",
        binary.display()
    );
    if Command::new("apt-get").arg("--version").output().is_err() {
        return Err(how);
    }
    println!("xtask: installing Debian {list} (apt-get)");
    let mut update = Command::new("apt-get");
    update.arg("update");
    run(update).map_err(|e| format!("{e}; {how}"))?;
    let mut install = Command::new("apt-get");
    install
        .args(["install", "-y", "--no-install-recommends"])
        .args(packages)
        .env("DEBIAN_FRONTEND", "noninteractive");
    run(install).map_err(|e| format!("{e}; {how}"))?;
    if binary.exists() { Ok(()) } else { Err(how) }
}
