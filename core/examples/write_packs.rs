//! `write_packs OUT_DIR`: writes the language pack of every language (`OUT_DIR/<xx>.pack`,
//! [`breachnotice::packs`]) from this build's built-in tables, and the detection pack
//! (`OUT_DIR/auto.pack`: every language's detection words, in the compact form the page
//! fetches, `breachnotice::packs::write_compact_detection_pack`). Run it with every language
//! built in and the `derive` and `fix` features (the default features), from the same
//! source as the module that registers the packs (a pack is refused by any other build):
//!
//! ```text
//! cargo run -p breachnotice --example write_packs -- web/dist/packs
//! ```
#![allow(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "a command-line example: its output is its purpose"
)]

use std::path::PathBuf;
use std::process::ExitCode;

use breachnotice::Lang;
use breachnotice::lang::tables::builtin;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: write_packs OUT_DIR");
        return ExitCode::from(2);
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("{}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    for lang in Lang::ALL {
        let Some(tables) = builtin(lang) else {
            eprintln!(
                "{}: not built in (run with the default features: every language)",
                lang.as_str()
            );
            return ExitCode::FAILURE;
        };
        let mut bytes = Vec::new();
        tables.write_pack(|b| bytes.extend_from_slice(b));
        let path = dir.join(format!("{}.pack", lang.as_str()));
        if let Err(e) = std::fs::write(&path, &bytes) {
            eprintln!("{}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("{} {} bytes", path.display(), bytes.len());
    }
    // The detection words of every language: what `lang: "auto"` needs in a build with
    // the `packs` feature (named after that choice).
    let mut bytes = Vec::new();
    breachnotice::packs::write_compact_detection_pack(|b| bytes.extend_from_slice(b));
    let path = dir.join("auto.pack");
    if let Err(e) = std::fs::write(&path, &bytes) {
        eprintln!("{}: {e}", path.display());
        return ExitCode::FAILURE;
    }
    println!("{} {} bytes", path.display(), bytes.len());
    ExitCode::SUCCESS
}
