//! The engine's flash footprint on bare metal: builds the no-alloc probe (the whole
//! engine linked into a `#![no_std]` binary, release profile with LTO) and reads the
//! section sizes from its ELF file. No external tool needed (std-only ELF32 reader).

use std::collections::BTreeMap;
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

/// Size of `bytes` compressed with `gzip -9` (the `gzip` program, as the page figure).
pub fn gzip_len(bytes: &[u8]) -> Result<u64, String> {
    use std::io::Write as _;
    use std::process::{Command, Stdio};
    let mut child = Command::new("gzip")
        .args(["-9", "-c"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run gzip (install it: `apt-get install -y gzip`): {e}"))?;
    let mut stdin = child.stdin.take().ok_or("gzip: no stdin")?;
    let input = bytes.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child
        .wait_with_output()
        .map_err(|e| format!("gzip failed: {e}"))?;
    writer
        .join()
        .map_err(|_| "gzip: writer thread failed".to_string())?
        .map_err(|e| format!("gzip: {e}"))?;
    if !out.status.success() {
        return Err("gzip failed".into());
    }
    Ok(out.stdout.len() as u64)
}

/// An unsigned LEB128 number at `*at`, advancing `*at`.
fn leb128(bytes: &[u8], at: &mut usize) -> Option<u64> {
    let mut value = 0u64;
    let mut shift = 0;
    loop {
        let b = *bytes.get(*at)?;
        *at += 1;
        value |= u64::from(b & 0x7f).checked_shl(shift)?;
        if b & 0x80 == 0 {
            return Some(value);
        }
        shift += 7;
    }
}

/// The sections of a wasm module as (kind, bytes): `code` (function bodies), `data`
/// (data segments: the cue indexes, the `fix` texts, strings), `custom` (names, producers)
/// and `other` (types, imports, exports, tables…), each with its section bytes.
pub fn wasm_sections(bytes: &[u8]) -> Result<Vec<(&'static str, Vec<u8>)>, String> {
    if bytes.get(0..4) != Some(b"\0asm".as_slice()) {
        return Err("not a wasm module".into());
    }
    let mut kinds: Vec<(&'static str, Vec<u8>)> = ["code", "data", "custom", "other"]
        .into_iter()
        .map(|k| (k, Vec::new()))
        .collect();
    let mut at = 8;
    while at < bytes.len() {
        let id = *bytes.get(at).ok_or("truncated wasm")?;
        at += 1;
        let len = leb128(bytes, &mut at).ok_or("truncated wasm")? as usize;
        let body = bytes.get(at..at + len).ok_or("truncated wasm section")?;
        at += len;
        let kind = match id {
            10 => 0,
            11 => 1,
            0 => 2,
            _ => 3,
        };
        if let Some((_, out)) = kinds.get_mut(kind) {
            out.extend_from_slice(body);
        }
    }
    Ok(kinds)
}

/// Prints the wasm module's code / data / other sections, raw and gzip (each compressed
/// alone, so the parts add up to a little more than the whole file compressed).
pub fn print_wasm_sections(wasm: &Path) -> Result<(), String> {
    let bytes = std::fs::read(wasm).map_err(|e| format!("cannot read {}: {e}", wasm.display()))?;
    println!();
    println!(
        "{:<34} {:>12} {:>12}",
        "wasm sections (each gzipped alone)", "raw", "gzip -9"
    );
    for (kind, body) in wasm_sections(&bytes)? {
        if body.is_empty() {
            continue;
        }
        let what = match kind {
            "code" => "code (engine, glue, serde, fmt)",
            "data" => "data (cue indexes, fix text, …)",
            "custom" => "custom (names, producers)",
            _ => "types, imports, exports, tables",
        };
        println!(
            "{what:<34} {:>12} {:>12}",
            kib(body.len() as u64),
            kib(gzip_len(&body)?)
        );
    }
    Ok(())
}

/// The language data of one language as the build packed it.
#[derive(Debug, Default, Clone)]
pub struct LangData {
    /// The `.cues` tables (elements, derive, frames): `<role tag><phrase>\n` per cue.
    pub cues: Vec<u8>,
    /// The `.words` lists, one word (or `word=value`) per line.
    pub words: Vec<u8>,
    /// The `fix` data files (signals, jargon, suggestions, draft), comments stripped.
    pub fix: Vec<u8>,
    /// The language-detection word lists (`words/detection_*.words`), also counted in
    /// `words`: what a page that fetches the other languages' data in the background
    /// would still have to load with the engine (detection decides among all languages
    /// before any of their data is needed).
    pub detection: Vec<u8>,
}

/// Undoes Rust's `{:?}` escaping of a string literal's body.
fn unescape(literal: &str) -> String {
    let mut out = String::with_capacity(literal.len());
    let mut chars = literal.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('0') => out.push('\0'),
            Some('u') => {
                let hex: String = chars
                    .by_ref()
                    .skip_while(|&c| c == '{')
                    .take_while(|&c| c != '}')
                    .collect();
                if let Some(c) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    out.push(c);
                }
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// The per-language data packed by `core/build.rs` for `target` (release), read from its
/// newest output directory: the cue tables and word lists of `lang_data.rs`, the `fix`
/// files. Language code → data, sorted by code.
pub fn packed_lang_data(target: &str) -> Result<BTreeMap<String, LangData>, String> {
    let build = crate::util::target_dir()
        .join(target)
        .join("release")
        .join("build");
    let newest = std::fs::read_dir(&build)
        .map_err(|e| format!("{}: {e}", build.display()))?
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with("breachnotice-"))
        .map(|e| e.path().join("out"))
        .filter(|out| out.join("lang_data.rs").is_file())
        .max_by_key(|out| {
            std::fs::metadata(out.join("lang_data.rs"))
                .and_then(|m| m.modified())
                .ok()
        })
        .ok_or_else(|| format!("no core build output under {}", build.display()))?;
    let text = std::fs::read_to_string(newest.join("lang_data.rs"))
        .map_err(|e| format!("cannot read lang_data.rs: {e}"))?;
    let mut langs: BTreeMap<String, LangData> = BTreeMap::new();
    // The constant being read (`pub const WORDS_DETECTION_STOPWORDS: …`).
    let mut constant = "";
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("pub const ") {
            constant = rest.split(':').next().unwrap_or_default();
        }
        let Some((code, rest)) = line.trim().split_once(": ") else {
            continue;
        };
        if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_lowercase()) {
            continue;
        }
        let (kind, body) = if let Some(b) = rest.strip_prefix("CueTable::packed(\"") {
            (0, b)
        } else if let Some(b) = rest.strip_prefix("WordList::from_text(\"") {
            (1, b)
        } else {
            continue;
        };
        let body = unescape(body.strip_suffix("\"),").unwrap_or(body));
        let data = langs.entry(code.to_string()).or_default();
        if kind == 0 {
            data.cues.extend_from_slice(body.as_bytes());
        } else {
            data.words.extend_from_slice(body.as_bytes());
            if constant.starts_with("WORDS_DETECTION_") {
                data.detection.extend_from_slice(body.as_bytes());
            }
        }
    }
    // The `fix` data: packed into `lang_data.rs` as well (`FIX_PHRASES`, `FIX_SUGGESTIONS`,
    // `FIX_DRAFT`: one `xx: crate::fix::…` entry per language, whose string literals are
    // the packed text).
    let mut fix_lang: Option<String> = None;
    for line in text.lines() {
        let t = line.trim();
        if let Some((code, rest)) = t.split_once(": ")
            && code.len() == 2
            && code.bytes().all(|b| b.is_ascii_lowercase())
            && rest.starts_with("crate::fix::")
        {
            fix_lang = Some(code.to_string());
        } else if t.starts_with('}') && !t.starts_with("},") {
            fix_lang = None;
        }
        let Some(code) = &fix_lang else { continue };
        for marker in ["PackedIndex::new(\"", "text: \""] {
            if let Some((_, body)) = t.split_once(marker)
                && let Some((body, _)) = body.split_once("\", ")
            {
                let data = langs.entry(code.clone()).or_default();
                data.fix.extend_from_slice(unescape(body).as_bytes());
            }
        }
    }
    Ok(langs)
}

/// What [`print_lang_data`] measured: each language's data compressed alone.
#[derive(Debug, Default, Clone)]
pub struct LangFigures {
    /// Language code → gzip size of all its data (cues, words, fix) compressed together.
    pub all_gz: BTreeMap<String, u64>,
    /// Language code → gzip size of its detection word lists alone.
    pub detection_gz: BTreeMap<String, u64>,
}

impl LangFigures {
    /// The number of languages.
    pub fn count(&self) -> u64 {
        self.all_gz.len() as u64
    }

    /// The mean gzip size of one language's data.
    pub fn mean(&self) -> u64 {
        self.all_gz.values().sum::<u64>() / self.count().max(1)
    }

    /// The gzip bytes a page would no longer load with the engine if every language but
    /// `kept` were fetched in the background: their data minus their detection lists
    /// (which stay, so that detection decides among all languages at once). Each
    /// language's text compressed alone, without the index overhead the wasm adds (kind
    /// bytes, directories: about 30 % more), so the saving is underestimated.
    pub fn deferrable_gz(&self, kept: &str) -> u64 {
        self.all_gz
            .iter()
            .filter(|(code, _)| code.as_str() != kept)
            .map(|(code, all)| {
                all.saturating_sub(self.detection_gz.get(code).copied().unwrap_or(0))
            })
            .sum()
    }
}

/// Prints each language's packed data (raw and gzip, each language compressed alone) and
/// returns the figures, for the estimates of more languages and of a page that loads
/// English only.
pub fn print_lang_data(target: &str) -> Result<LangFigures, String> {
    let langs = packed_lang_data(target)?;
    println!();
    println!(
        "{:<10} {:>15} {:>15} {:>15} {:>15} {:>15}",
        "language", "cues raw/gz", "words raw/gz", "fix raw/gz", "detection gz", "all gz"
    );
    let mut figures = LangFigures::default();
    let pair = |b: &[u8]| -> Result<String, String> {
        let (raw, gz) = (b.len() as f64 / 1024.0, gzip_len(b)? as f64 / 1024.0);
        Ok(format!("{raw:.1}/{gz:.1}K"))
    };
    for (code, d) in &langs {
        let all: Vec<u8> = [d.cues.as_slice(), &d.words, &d.fix].concat();
        let all_gz = gzip_len(&all)?;
        let detection_gz = gzip_len(&d.detection)?;
        figures.all_gz.insert(code.clone(), all_gz);
        figures.detection_gz.insert(code.clone(), detection_gz);
        println!(
            "{code:<10} {:>15} {:>15} {:>15} {:>15} {:>15}",
            pair(&d.cues)?,
            pair(&d.words)?,
            pair(&d.fix)?,
            kib(detection_gz),
            kib(all_gz)
        );
    }
    let total: u64 = figures.all_gz.values().sum();
    println!(
        "{:<10} {:>79}",
        "sum",
        format!("{} ({} per language)", kib(total), kib(figures.mean()))
    );
    Ok(figures)
}

/// `bytes` in KiB with one decimal.
pub fn kib(bytes: u64) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_sections_of_a_wasm_module() {
        // Magic, version, a type section of 1 byte, a custom section of 3 bytes.
        let module = b"\0asm\x01\0\0\0\x01\x01\0\0\x03\x01a\x07";
        let sections = wasm_sections(module).unwrap_or_default();
        let len = |k: &str| sections.iter().find(|(n, _)| *n == k).map(|(_, b)| b.len());
        assert_eq!(len("other"), Some(1));
        assert_eq!(len("custom"), Some(3));
        assert_eq!(len("code"), Some(0));
        assert!(wasm_sections(b"\0asm\x01\0\0\0\x0a\x05").is_err());
    }

    #[test]
    fn defers_every_language_but_the_kept_one_without_its_detection_lists() {
        let mut f = LangFigures::default();
        for (code, all, detection) in [("de", 100, 10), ("en", 90, 9), ("fr", 50, 60)] {
            f.all_gz.insert(code.to_string(), all);
            f.detection_gz.insert(code.to_string(), detection);
        }
        assert_eq!(f.count(), 3);
        assert_eq!(f.mean(), 80);
        // de: 100 - 10; fr: its detection lists exceed its data alone, nothing deferred.
        assert_eq!(f.deferrable_gz("en"), 90);
    }

    #[test]
    fn unescapes_debug_strings() {
        assert_eq!(unescape(r#"a\nb\"c\\d\u{e9}"#), "a\nb\"c\\d\u{e9}");
    }

    #[test]
    fn refuses_a_file_that_is_not_elf32() {
        assert!(elf32_sizes(b"not an elf").is_err());
        assert!(elf32_sizes(b"\x7fELF\x02\x01").is_err());
    }
}
