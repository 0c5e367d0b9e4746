//! The engine's flash footprint on bare metal: builds the no-alloc probe (the whole
//! engine linked into a `#![no_std]` binary, release profile with LTO) and reads the
//! section sizes from its ELF file. No external tool needed (std-only ELF32 reader).

use std::path::Path;

use crate::util::{cargo, run, target_dir};

/// Bare-metal targets whose footprint is reported.
pub const TARGETS: [&str; 2] = ["thumbv7em-none-eabihf", "thumbv6m-none-eabi"];

/// Section sizes of an ELF image, in bytes, grouped the way `size` (Berkeley) does.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Sizes {
    /// Executable code (`.text*`).
    pub text: u64,
    /// Read-only data (`.rodata*`, cue tables, strings).
    pub rodata: u64,
    /// Initialised writable data (`.data*`).
    pub data: u64,
    /// Zero-initialised data (`.bss*`).
    pub bss: u64,
}

/// Builds `tests/no-alloc-probe` for `target` (release) and returns its ELF path.
pub fn build_probe(target: &str) -> Result<std::path::PathBuf, String> {
    build_bare_metal("tests/no-alloc-probe", "no-alloc-probe", target, &[])
}

/// Builds the bare-metal crate in `dir` (its own workspace) for `target`, release, with
/// extra cargo `args` (features), into the workspace's target directory; returns the
/// path of its binary `bin`.
pub fn build_bare_metal(
    dir: &str,
    bin: &str,
    target: &str,
    args: &[&str],
) -> Result<std::path::PathBuf, String> {
    let target_dir = target_dir();
    let mut c = cargo();
    c.args(["build", "--quiet", "--release", "--manifest-path"])
        .arg(format!("{dir}/Cargo.toml"))
        .args(["--target", target])
        .args(args)
        .arg("--target-dir")
        .arg(&target_dir);
    run(c)?;
    Ok(target_dir.join(target).join("release").join(bin))
}

fn u16_at(b: &[u8], at: usize) -> Option<u64> {
    let s = b.get(at..at + 2)?;
    Some(u64::from(u16::from_le_bytes([*s.first()?, *s.get(1)?])))
}

fn u32_at(b: &[u8], at: usize) -> Option<u64> {
    let s: [u8; 4] = b.get(at..at + 4)?.try_into().ok()?;
    Some(u64::from(u32::from_le_bytes(s)))
}

/// Reads the section sizes of a little-endian ELF32 file (what the Arm targets produce).
pub fn elf32_sizes(bytes: &[u8]) -> Result<Sizes, String> {
    let bad = || "not a little-endian ELF32 file".to_string();
    if bytes.get(0..4) != Some(b"\x7fELF".as_slice())
        || bytes.get(4) != Some(&1)
        || bytes.get(5) != Some(&1)
    {
        return Err(bad());
    }
    let shoff = u32_at(bytes, 0x20).ok_or_else(bad)? as usize;
    let shentsize = u16_at(bytes, 0x2E).ok_or_else(bad)? as usize;
    let shnum = u16_at(bytes, 0x30).ok_or_else(bad)? as usize;
    let shstrndx = u16_at(bytes, 0x32).ok_or_else(bad)? as usize;
    let header = |i: usize| shoff + i * shentsize;
    let strtab = u32_at(bytes, header(shstrndx) + 16).ok_or_else(bad)? as usize;
    let mut sizes = Sizes::default();
    for i in 0..shnum {
        let h = header(i);
        let name_off = u32_at(bytes, h).ok_or_else(bad)? as usize;
        let flags = u32_at(bytes, h + 8).ok_or_else(bad)?;
        let size = u32_at(bytes, h + 20).ok_or_else(bad)?;
        const SHF_ALLOC: u64 = 2;
        if flags & SHF_ALLOC == 0 {
            continue;
        }
        let name_bytes = bytes.get(strtab + name_off..).unwrap_or_default();
        let end = name_bytes.iter().position(|&c| c == 0).unwrap_or(0);
        let name = String::from_utf8_lossy(name_bytes.get(..end).unwrap_or_default());
        if name.starts_with(".text") {
            sizes.text += size;
        } else if name.starts_with(".rodata") {
            sizes.rodata += size;
        } else if name.starts_with(".data") {
            sizes.data += size;
        } else if name.starts_with(".bss") {
            sizes.bss += size;
        }
    }
    Ok(sizes)
}

/// Reads the section sizes of the ELF file at `path`.
pub fn file_sizes(path: &Path) -> Result<Sizes, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    elf32_sizes(&bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// Prints the flash/RAM footprint of the engine on each bare-metal target.
pub fn core_size() -> Result<(), String> {
    println!("Engine linked into a bare-metal binary (tests/no-alloc-probe, release, LTO):");
    println!(
        "  {:<24} {:>9} {:>9} {:>7} {:>7}",
        "target", ".text", ".rodata", ".data", ".bss"
    );
    for target in TARGETS {
        let elf = build_probe(target)?;
        let s = file_sizes(&elf)?;
        println!(
            "  {target:<24} {:>9} {:>9} {:>7} {:>7}",
            s.text, s.rodata, s.data, s.bss
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_a_file_that_is_not_elf32() {
        assert!(elf32_sizes(b"not an elf").is_err());
        assert!(elf32_sizes(b"\x7fELF\x02\x01").is_err());
    }
}
