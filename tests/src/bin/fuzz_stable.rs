//! `fuzz_stable [INPUTS] [SEED]`: the deterministic stable-Rust fuzzer
//! (`breachnotice_tests::fuzz`) over the fixtures; default 100 000 inputs, seed 1.
//! Covers the draft too. Prints the counts; on a broken invariant prints it with the input (hex) and exits 1.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use breachnotice_tests::fuzz::{run, seeds};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let inputs: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let fixtures = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures"));
    let seeds = match seeds(fixtures) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("fuzz_stable: {e}");
            return ExitCode::FAILURE;
        }
    };
    let started = Instant::now();
    match run(&seeds, inputs, seed) {
        Ok(stats) => {
            println!(
                "fuzz_stable: {} inputs (seed {seed}, {} seeds): {} texts, {} facts accepted, {} reports and {} drafts checked, no invariant broken, {:.1}s",
                stats.inputs,
                seeds.len(),
                stats.texts,
                stats.facts,
                stats.reports,
                stats.drafts,
                started.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(f) => {
            let hex: String = f.input.iter().map(|b| format!("{b:02x}")).collect();
            eprintln!(
                "fuzz_stable: invariant broken: {}\ninput (hex): {hex}",
                f.what
            );
            eprintln!("input (lossy): {:?}", String::from_utf8_lossy(&f.input));
            ExitCode::FAILURE
        }
    }
}
