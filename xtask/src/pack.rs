//! `cargo xtask pack`: the npm package of the engine and the custom element.
//!
//! Writes `target/npm/breachnotice-<version>.tgz` (with `npm pack`, which needs no
//! network) from a staging folder `target/npm/package/`:
//!
//! | file | what |
//! |---|---|
//! | `breachnotice.js` | the module (`exports["."]`): `web/breachnotice.js` bundled with the wasm-bindgen glue |
//! | `breachnotice.d.ts` | its types: the glue's `.d.ts` (functions, reports, string-literal unions) plus the wrapper's additions |
//! | `element.js` | `<breach-notice-check>` (`exports["./element"]`): one script, styles and UI strings inside; loads `./breachnotice.js` on first use |
//! | `element.d.ts` | the element's class, attributes, properties and events (`web/element.d.ts`) |
//! | `breachnotice-<version>-<hash>.wasm` | the engine (with English data when built with packs); its name changes with every build that changes it, so it can be cached forever |
//! | `packs/<xx>.<hash>.pack` | the other languages' data, fetched by `init()` in the background (names baked into `breachnotice.js`; none when the engine is built with every language) |
//! | `package.json`, `README.md` | name, version, `exports`, `types`, `files`, licence; how to use it (`web/npm-README.md`) |
//!
//! Scripts are not minified (a consumer's bundler does that; the files stay readable).

use std::fs;
use std::path::{Path, PathBuf};

use crate::util::{run, target_dir};
use crate::web::{
    PACKS_DIR, PKG_NAME, build_wasm, bundle_element, bundle_module, copy, ensure_build_tools, tool,
    web_dir, write_packs,
};

/// The npm package name.
pub const NAME: &str = "breachnotice";

/// The package version: the workspace version (shared by every crate).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Declarations the wrapper (`web/breachnotice.js`) adds to the glue's `.d.ts`.
const WRAPPER_TYPES: &str = "
/** The URL the engine's .wasm is fetched from by default (next to this module). */
export function wasmUrl(): string;
/** Whether `init()` (or `initSync`) has finished: before, every function throws
 *  \"call init() first\". */
export function isReady(): boolean;
/** Language code -> URL of its pack (`packs/<xx>.<hash>.pack` next to this module);
 *  empty when every language is inside the .wasm. */
export function packUrls(): Record<string, string>;
/** Fetches and registers every language pack, once (`init()` calls it). Resolves when
 *  all have settled; never rejects. */
export function loadPacks(): Promise<{ loaded: string[]; failed: Record<string, string> }>;
/** Resolves when every pack has settled (at once without packs). */
export function whenAllLanguages(): Promise<{ loaded: string[]; failed: Record<string, string> }>;
/** Whether a language's data are in the engine, on their way, failed, or not coming. */
export function languageState(code: string): 'loaded' | 'loading' | 'failed' | 'missing';
/** Resolves when `code`'s data are in the engine; rejects with an Error naming the
 *  language (its `language` property: the code) when its pack could not be loaded. */
export function whenLanguage(code: string): Promise<void>;
/** The language a failed `evaluate` or `draft` was missing (error code
 *  \"LanguageNotLoaded\"), or null. */
export function pendingLanguage(error: unknown): string | null;
";

/// The staging folder and the tarball of a build.
pub struct Package {
    /// `target/npm/package/`: the files of the package.
    pub dir: PathBuf,
    /// `target/npm/breachnotice-<version>.tgz`.
    pub tarball: PathBuf,
}

/// A 64-bit FNV-1a hash of `bytes`, as 10 hex digits: a content tag for file names.
pub(crate) fn content_tag(bytes: &[u8]) -> String {
    let h = bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("{:010x}", h >> 24)
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// The `package.json`.
fn package_json(wasm: &str, files: &[&str], packs: bool) -> String {
    let packs_export = if packs {
        format!("\n    \"./{PACKS_DIR}/*\": \"./{PACKS_DIR}/*\",")
    } else {
        String::new()
    };
    let files = files
        .iter()
        .map(|f| format!("    \"{f}\""))
        .collect::<Vec<_>>()
        .join(",\n");
    format!(
        r#"{{
  "name": "{NAME}",
  "version": "{VERSION}",
  "description": "Checks a personal-data-breach notice against Art. 33/34 GDPR, entirely in the browser (WebAssembly): an ES module and the <breach-notice-check> custom element.",
  "license": "MIT OR Apache-2.0",
  "type": "module",
  "main": "./breachnotice.js",
  "module": "./breachnotice.js",
  "types": "./breachnotice.d.ts",
  "exports": {{
    ".": {{
      "types": "./breachnotice.d.ts",
      "default": "./breachnotice.js"
    }},
    "./element": {{
      "types": "./element.d.ts",
      "default": "./element.js"
    }},
    "./wasm": "./{wasm}",{packs_export}
    "./package.json": "./package.json"
  }},
  "files": [
{files}
  ],
  "sideEffects": [
    "./element.js"
  ],
  "keywords": [
    "gdpr",
    "data-breach",
    "webassembly",
    "custom-element"
  ]
}}
"#
    )
}

/// Builds the package and its tarball (see the module docs); prints the file list.
pub fn pack() -> Result<Package, String> {
    ensure_build_tools()?;
    let pkg = build_wasm()?;
    let out = target_dir().join("npm");
    let dir = out.join("package");
    if dir.exists() {
        fs::remove_dir_all(&dir).map_err(|e| format!("cannot clear {}: {e}", dir.display()))?;
    }
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;

    let wasm_bytes = fs::read(pkg.join(format!("{PKG_NAME}_bg.wasm")))
        .map_err(|e| format!("cannot read the wasm module: {e}"))?;
    let wasm = format!("{NAME}-{VERSION}-{}.wasm", content_tag(&wasm_bytes));
    copy(&pkg.join(format!("{PKG_NAME}_bg.wasm")), &dir.join(&wasm))?;

    let packs = write_packs(&dir)?;
    let banner = format!("--banner:js=/*! {NAME} {VERSION} | MIT OR Apache-2.0 */");
    bundle_module(
        &pkg,
        &out.join("src"),
        &dir.join("breachnotice.js"),
        &wasm,
        &packs,
        &[&banner],
    )?;
    bundle_element(&dir.join("element.js"), &[&banner])?;

    let glue_types = read(&pkg.join(format!("{PKG_NAME}.d.ts")))?;
    write(
        &dir.join("breachnotice.d.ts"),
        &format!("{glue_types}{WRAPPER_TYPES}"),
    )?;
    copy(&web_dir().join("element.d.ts"), &dir.join("element.d.ts"))?;
    copy(&web_dir().join("npm-README.md"), &dir.join("README.md"))?;
    let mut files = vec![
        "breachnotice.js",
        "breachnotice.d.ts",
        "element.js",
        "element.d.ts",
        wasm.as_str(),
    ];
    if !packs.is_empty() {
        files.push(PACKS_DIR);
    }
    write(
        &dir.join("package.json"),
        &package_json(&wasm, &files, !packs.is_empty()),
    )?;

    let mut c = tool("npm")?;
    c.current_dir(&dir)
        .args(["pack", "--pack-destination"])
        .arg(&out);
    run(c)?;
    let tarball = out.join(format!("{NAME}-{VERSION}.tgz"));
    if !tarball.exists() {
        return Err(format!("npm pack wrote no {}", tarball.display()));
    }
    println!("xtask: package contents ({}):", dir.display());
    let mut names: Vec<String> = files
        .iter()
        .filter(|f| **f != PACKS_DIR)
        .map(|f| (*f).to_string())
        .collect();
    names.extend(packs.values().cloned());
    names.extend(["package.json".into(), "README.md".into()]);
    for name in names {
        let size = fs::metadata(dir.join(&name)).map(|m| m.len()).unwrap_or(0);
        println!("  {name:<44} {size:>9} B");
    }
    println!("xtask: npm package written to {}", tarball.display());
    Ok(Package { dir, tarball })
}

/// `cargo xtask pack`: builds the package (the tarball's path is printed).
pub fn command() -> Result<(), String> {
    pack().map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::{content_tag, package_json};

    #[test]
    fn content_tags_are_ten_hex_digits_and_follow_the_content() {
        let a = content_tag(b"module a");
        assert_eq!(a.len(), 10);
        assert!(a.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_ne!(a, content_tag(b"module b"));
        assert_eq!(a, content_tag(b"module a"));
    }

    #[test]
    fn package_json_names_the_exports_and_files() {
        let json = package_json("x.wasm", &["a.js", "x.wasm"], false);
        assert!(!json.contains("./packs/*"));
        assert!(package_json("x.wasm", &["packs"], true).contains(r#""./packs/*": "./packs/*","#));
        assert!(json.contains(r#""./element": {"#));
        assert!(json.contains(r#""types": "./breachnotice.d.ts""#));
        assert!(json.contains("    \"a.js\",\n    \"x.wasm\"\n  ]"));
        assert!(json.contains(r#""license": "MIT OR Apache-2.0""#));
    }
}
