//! Makes sure the pinned toolchain has the targets and components the checks need.
//! Installs only what is missing, never updates anything (`rustup update` would move
//! off the pinned release; see the README's "Toolchain").

use std::process::Command;

use crate::util::{TOOLCHAIN, output, run};

/// Targets every build needs: the web page (wasm32) and the two bare-metal proofs.
pub const TARGETS: [&str; 3] = [
    "wasm32-unknown-unknown",
    "thumbv7em-none-eabihf",
    "thumbv6m-none-eabi",
];

/// Components `cargo xtask test` needs.
pub const TEST_COMPONENTS: [&str; 2] = ["rustfmt", "clippy"];

fn rustup() -> Command {
    Command::new("rustup")
}

fn missing_help() -> String {
    format!(
        "rustup is not on PATH. Install it from https://rustup.rs, then run \
         `rustup toolchain install {TOOLCHAIN} --profile minimal --no-self-update` \
         and retry"
    )
}

/// Installs the pinned toolchain if absent, then any of `TARGETS` and `components`
/// that are missing. Prints what it installs; silent when everything is present.
pub fn ensure(components: &[&str]) -> Result<(), String> {
    let toolchains = output({
        let mut c = rustup();
        c.args(["toolchain", "list"]);
        c
    })
    .map_err(|e| format!("{e}\n{}", missing_help()))?;
    if !toolchains
        .lines()
        .any(|l| l.starts_with(&format!("{TOOLCHAIN}-")))
    {
        println!("xtask: installing toolchain {TOOLCHAIN}");
        let mut c = rustup();
        c.args([
            "toolchain",
            "install",
            TOOLCHAIN,
            "--profile",
            "minimal",
            "--no-self-update",
        ]);
        run(c)?;
    }

    let installed = output({
        let mut c = rustup();
        c.args(["target", "list", "--installed", "--toolchain", TOOLCHAIN]);
        c
    })?;
    let missing: Vec<&str> = TARGETS
        .into_iter()
        .filter(|t| !installed.lines().any(|l| l.trim() == *t))
        .collect();
    if !missing.is_empty() {
        println!("xtask: adding targets {}", missing.join(" "));
        let mut c = rustup();
        c.args(["target", "add", "--toolchain", TOOLCHAIN]);
        c.args(&missing);
        run(c)?;
    }

    let installed = output({
        let mut c = rustup();
        c.args(["component", "list", "--installed", "--toolchain", TOOLCHAIN]);
        c
    })?;
    let missing: Vec<&str> = components
        .iter()
        .copied()
        .filter(|comp| {
            !installed
                .lines()
                .any(|l| l.trim() == *comp || l.starts_with(&format!("{comp}-")))
        })
        .collect();
    if !missing.is_empty() {
        println!("xtask: adding components {}", missing.join(" "));
        let mut c = rustup();
        c.args(["component", "add", "--toolchain", TOOLCHAIN]);
        c.args(&missing);
        run(c)?;
    }
    Ok(())
}
