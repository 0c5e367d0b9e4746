//! The web side of the build: the pinned web tools, `wasm-pack`, the static site in
//! `web/dist/`, a small static file server, the size report, the browser benchmark and
//! the browser tests.
//!
//! Pinned tools (see `toolchain.md`; each is installed only when missing or at another
//! version): `wasm-bindgen-cli` at exactly the `wasm-bindgen` version in `Cargo.lock`,
//! `wasm-pack` [`WASM_PACK_VERSION`], and from `web/package-lock.json` (`npm ci`):
//! `binaryen` (its `wasm-opt`, put on `PATH` for wasm-pack), `esbuild` (minifies the
//! site's scripts and style sheets), `playwright-core`, `axe-core`. The browser is Debian's `chromium` at [`CHROMIUM`].

use std::env;
use std::ffi::OsString;
use std::fs;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::Duration;

use crate::toolchain;
use crate::util::{cargo, output, root, run};

/// The wasm-pack release the build is measured with.
pub const WASM_PACK_VERSION: &str = "0.15.1";

/// Where the e2e tests expect Chromium (Debian's package; never a downloaded browser).
pub const CHROMIUM: &str = "/usr/bin/chromium";

/// The wasm crate's directory and its wasm-bindgen output name.
const WASM_CRATE: &str = "wasm";
pub(crate) const PKG_NAME: &str = "breachnotice_wasm";

/// Files of `web/` copied (scripts and style sheets minified) into `web/dist/`. The
/// page's script `main.js` ([`bundle_page`]), the module `breachnotice.js`
/// ([`bundle_module`]) and `element.js` ([`bundle_element`]) are bundled instead.
const SITE_FILES: [&str; 6] = [
    "index.html",
    "style.css",
    "i18n/de.js",
    "embed.html",
    "embed.css",
    "embed-demo.js",
];

/// The files `index.html` loads before any pack (the initial load of the page-weight
/// figure), relative to `web/dist/`. The page is usable then: a notice in English (or in
/// a language whose pack has arrived) is checked; one to detect waits for the detection
/// pack `packs/auto.<hash>.pack`, fetched with the others in the background.
const INDEX_PAGE_FILES: [&str; 5] = [
    "index.html",
    "style.css",
    "main.js",
    "breachnotice.js",
    "pkg/breachnotice_wasm_bg.wasm",
];

/// The files `index.html` fetches in the background with the language packs, whatever
/// is typed (the German UI strings; at once when the browser asks for German).
const BACKGROUND_PAGE_FILES: [&str; 1] = ["i18n/de.js"];

/// The pack the page's default mode (detect the language automatically) needs on top of
/// the initial load before it can check a pasted notice: the detection pack `auto`.
const DEFAULT_FLOW_PACK: &str = "auto";

/// Budget for the default flow (issue 11): everything `index.html` needs before it can
/// check a pasted notice in its default mode, "detect automatically" (the initial load
/// plus the detection pack), gzip-compressed. `cargo xtask size` (and so `cargo xtask
/// test`) fails above it.
const PAGE_GZIP_BUDGET: u64 = 142 * 1024;

/// The folder of the language packs, in `web/dist/` and in the npm package.
pub(crate) const PACKS_DIR: &str = "packs";

/// The features of the page's wasm when it is built with language packs: English data
/// built in, every other language's data in a pack (`wasm/README.md`, "Language packs").
const PACKS_FEATURES: &str = "en,packs,fix,derive,reason-texts";

/// The language whose data the page's wasm carries (no pack for it is shipped).
const BUILT_IN_LANGUAGE: &str = "en";

/// The Content-Security-Policy the server sends (the pages carry the same in a meta tag;
/// `frame-ancestors` only works as a header).
const CSP: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; \
                   style-src 'self'; connect-src 'self'; img-src 'self' data:; \
                   base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

pub(crate) fn web_dir() -> PathBuf {
    root().join("web")
}

/// The site output directory, `web/dist/`.
pub fn dist_dir() -> PathBuf {
    web_dir().join("dist")
}

/// `PATH` with `web/node_modules/.bin` (npm's binaryen `wasm-opt`) and cargo's install
/// directory first, so wasm-pack finds the pinned tools and never downloads its own.
fn tool_path() -> Result<OsString, String> {
    let mut dirs = vec![web_dir().join("node_modules").join(".bin"), cargo_bin_dir()];
    if let Some(path) = env::var_os("PATH") {
        dirs.extend(env::split_paths(&path));
    }
    env::join_paths(dirs).map_err(|e| format!("cannot build PATH: {e}"))
}

fn cargo_bin_dir() -> PathBuf {
    match env::var_os("CARGO_HOME") {
        Some(home) if !home.is_empty() => PathBuf::from(home).join("bin"),
        _ => env::var_os("HOME")
            .map(PathBuf::from)
            .unwrap_or_default()
            .join(".cargo")
            .join("bin"),
    }
}

/// A command run from the repository root with the tool `PATH`.
pub(crate) fn tool(program: &str) -> Result<Command, String> {
    let mut c = Command::new(program);
    c.current_dir(root()).env("PATH", tool_path()?);
    Ok(c)
}

/// The version a tool prints for `--version` (last word of the first line), if it runs.
fn installed_version(program: &str) -> Option<String> {
    let mut c = tool(program).ok()?;
    c.arg("--version").stderr(Stdio::null());
    let out = output(c).ok()?;
    out.lines()
        .next()?
        .split_whitespace()
        .last()
        .map(|v| v.trim_start_matches('v').to_string())
}

/// The version of `package` recorded in `Cargo.lock`.
fn lockfile_version(package: &str) -> Result<String, String> {
    let lock = fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let needle = format!("name = \"{package}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == needle
            && let Some(v) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = "))
        {
            return Ok(v.trim_matches('"').to_string());
        }
    }
    Err(format!(
        "`{package}` is not in Cargo.lock; run `cargo generate-lockfile`"
    ))
}

/// Installs `crate_name` at `version` with `cargo install` unless `bin --version` already
/// reports that version.
fn ensure_cargo_tool(
    bin: &str,
    crate_name: &str,
    version: &str,
    locked: bool,
) -> Result<(), String> {
    if installed_version(bin).as_deref() == Some(version) {
        return Ok(());
    }
    println!("xtask: installing {crate_name} {version} (cargo install, a few minutes)");
    let mut c = cargo();
    c.args(["install", crate_name, "--version", version]);
    if locked {
        c.arg("--locked");
    }
    run(c).map_err(|e| {
        format!("{e}\nInstall it by hand: `cargo install {crate_name} --version {version}`")
    })
}

/// `npm ci` in `web/` unless `node_modules` is already installed from the current
/// `package-lock.json`.
fn ensure_npm_packages() -> Result<(), String> {
    if installed_version("npm").is_none() || installed_version("node").is_none() {
        return Err(
            "node and npm are needed for the web build and tests: install Node 20 \
                    or later (Debian: `apt-get install -y nodejs npm`)"
                .into(),
        );
    }
    let web = web_dir();
    let lock = web.join("package-lock.json");
    let installed = web.join("node_modules").join(".package-lock.json");
    let modified = |p: &Path| fs::metadata(p).and_then(|m| m.modified()).ok();
    let fresh = match (modified(&lock), modified(&installed)) {
        (Some(l), Some(i)) => i >= l,
        _ => false,
    };
    let bin = web.join("node_modules").join(".bin");
    if fresh && bin.join("wasm-opt").exists() && bin.join("esbuild").exists() {
        return Ok(());
    }
    println!("xtask: npm ci (web/package-lock.json)");
    let mut c = tool("npm")?;
    c.current_dir(&web).args(["ci", "--no-audit", "--no-fund"]);
    run(c)
}

/// Every tool `dist` needs: the wasm32 target, wasm-bindgen-cli at the lockfile version,
/// wasm-pack, and the npm packages (binaryen's wasm-opt).
pub(crate) fn ensure_build_tools() -> Result<(), String> {
    toolchain::ensure(&[])?;
    let bindgen = lockfile_version("wasm-bindgen")?;
    // Without --locked: the registry mirror lacks one of its pinned dependencies.
    ensure_cargo_tool("wasm-bindgen", "wasm-bindgen-cli", &bindgen, false)?;
    ensure_cargo_tool("wasm-pack", "wasm-pack", WASM_PACK_VERSION, true)?;
    ensure_npm_packages()
}

/// Copies `from` to `to`, creating parent directories.
pub(crate) fn copy(from: &Path, to: &Path) -> Result<(), String> {
    if let Some(parent) = to.parent() {
        fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    fs::copy(from, to)
        .map(|_| ())
        .map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))
}

/// Whether `dist` ships `file` minified: every script and style sheet.
fn is_minified(file: &str) -> bool {
    file.ends_with(".js") || file.ends_with(".css")
}

/// Writes `from` minified to `to` with esbuild (npm, pinned in `web/package-lock.json`):
/// one file on its own, no bundling.
/// An external source map (`to` + `.map`, with the original text inside) lets anyone
/// audit the shipped code; browsers fetch it only when developer tools are open, so the
/// page's weight and its "no request after load" test are unaffected.
fn minify(from: &Path, to: &Path, extra: &[&str]) -> Result<(), String> {
    if let Some(parent) = to.parent() {
        fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    let mut c = tool("esbuild")?;
    c.arg(from)
        .arg("--minify")
        .arg("--sourcemap")
        .arg("--log-level=warning")
        .args(extra)
        .arg(format!("--outfile={}", to.display()));
    run(c)
}

/// Bundles `web/element.js` into `to` with esbuild: the element, `render.js`,
/// `language-note.js`, the UI strings and `element.css` (as text, applied as a
/// constructed style sheet) in one script; the engine, `./breachnotice.js`, stays a
/// separate module loaded next to it on first use. `extra` adds esbuild options.
pub(crate) fn bundle_element(to: &Path, extra: &[&str]) -> Result<(), String> {
    let mut c = tool("esbuild")?;
    c.arg(web_dir().join("element.js"))
        .args([
            "--bundle",
            "--format=esm",
            "--loader:.css=text",
            "--external:./breachnotice.js",
            "--log-level=warning",
        ])
        .args(extra)
        .arg(format!("--outfile={}", to.display()));
    run(c)
}

/// Whether the wasm crate can be built with language packs: it has a `packs` feature.
/// Then the page, the element and the npm package ship English inside the `.wasm` and
/// every other language as a pack ([`write_packs`]); otherwise every language is inside.
pub(crate) fn packs_supported() -> bool {
    fs::read_to_string(root().join(WASM_CRATE).join("Cargo.toml")).is_ok_and(|manifest| {
        manifest
            .lines()
            .any(|l| l.trim_start().starts_with("packs = ") || l.trim() == "packs=[]")
    })
}

/// Bundles `web/main.js` into `to` with esbuild, minified: the page's script with
/// `render.js`, `obligations.js`, `language-note.js`, `fix.js` and the English UI
/// strings in one file (about 2 KiB less gzip than one file each); the engine,
/// `./breachnotice.js`, and the German UI strings, `./i18n/de.js`, stay separate.
fn bundle_page(to: &Path) -> Result<(), String> {
    let mut c = tool("esbuild")?;
    c.arg(web_dir().join("main.js"))
        .args([
            "--bundle",
            "--format=esm",
            "--external:./breachnotice.js",
            "--external:./i18n/de.js",
            "--minify",
            "--sourcemap",
            "--legal-comments=none",
            "--log-level=warning",
        ])
        .arg(format!("--outfile={}", to.display()));
    run(c)
}

/// Bundles the module `web/breachnotice.js` with the wasm-bindgen glue of `pkg` into
/// `to` (esbuild; `staging` holds a copy laid out as the module expects, `./pkg/…`),
/// with the names of the `.wasm` (relative to `to`) and of the language packs baked in.
/// `extra` adds esbuild options.
pub(crate) fn bundle_module(
    pkg: &Path,
    staging: &Path,
    to: &Path,
    wasm: &str,
    packs: &PackFiles,
    extra: &[&str],
) -> Result<(), String> {
    copy(
        &web_dir().join("breachnotice.js"),
        &staging.join("breachnotice.js"),
    )?;
    let glue = format!("{PKG_NAME}.js");
    copy(&pkg.join(&glue), &staging.join("pkg").join(&glue))?;
    let mut c = tool("esbuild")?;
    c.arg(staging.join("breachnotice.js"))
        .args(["--bundle", "--format=esm", "--log-level=warning"])
        .arg(format!("--define:__BREACHNOTICE_WASM__=\"./{wasm}\""))
        .arg(packs_define(packs))
        .args(extra)
        .arg(format!("--outfile={}", to.display()));
    run(c)
}

/// Builds the wasm module with wasm-pack (release, `--target web`, wasm-opt from npm
/// binaryen) into `wasm/pkg/` and returns that directory: with English data only and
/// the `packs` feature when [`packs_supported`], else with every language.
pub(crate) fn build_wasm() -> Result<PathBuf, String> {
    ensure_build_tools()?;
    let mut c = tool("wasm-pack")?;
    c.args([
        "build",
        WASM_CRATE,
        "--target",
        "web",
        "--release",
        "--no-pack",
        "--out-dir",
        "pkg",
    ]);
    if packs_supported() {
        c.args(["--", "--no-default-features", "--features", PACKS_FEATURES]);
    }
    run(c)?;
    Ok(root().join(WASM_CRATE).join("pkg"))
}

/// The language packs of a build: language code → file name relative to the folder of
/// `breachnotice.js` (`packs/<xx>.<hash>.pack`).
pub(crate) type PackFiles = std::collections::BTreeMap<String, String>;

/// Writes every language's pack but the built-in one's into `to/packs/` with its content
/// hash in the name (`<xx>.<hash>.pack`, so it can be cached forever) and returns their
/// names; nothing when the wasm is built without packs. The packs come from the core's
/// `write_packs` example (release), from the same sources as the wasm built with them.
pub(crate) fn write_packs(to: &Path) -> Result<PackFiles, String> {
    let mut files = PackFiles::new();
    if !packs_supported() {
        return Ok(files);
    }
    let raw = crate::util::target_dir().join("packs");
    if raw.exists() {
        fs::remove_dir_all(&raw).map_err(|e| format!("cannot clear {}: {e}", raw.display()))?;
    }
    fs::create_dir_all(&raw).map_err(|e| format!("cannot create {}: {e}", raw.display()))?;
    let mut c = cargo();
    c.args([
        "run",
        "--release",
        "-q",
        "-p",
        "breachnotice",
        "--example",
        "write_packs",
        "--",
    ])
    .arg(&raw);
    run(c)?;
    let mut names: Vec<String> = fs::read_dir(&raw)
        .map_err(|e| format!("cannot read {}: {e}", raw.display()))?
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".pack"))
        .collect();
    names.sort();
    for name in names {
        let code = name.trim_end_matches(".pack");
        if code == BUILT_IN_LANGUAGE {
            continue;
        }
        let bytes = fs::read(raw.join(&name))
            .map_err(|e| format!("cannot read {}: {e}", raw.join(&name).display()))?;
        let file = format!(
            "{PACKS_DIR}/{code}.{}.pack",
            crate::pack::content_tag(&bytes)
        );
        copy(&raw.join(&name), &to.join(&file))?;
        files.insert(code.to_string(), file);
    }
    if files.is_empty() {
        return Err(format!("write_packs wrote no pack into {}", raw.display()));
    }
    Ok(files)
}

/// The esbuild option that bakes the pack names into `breachnotice.js`
/// (`__BREACHNOTICE_PACKS__`: `{"de":"packs/de.<hash>.pack",…}`).
pub(crate) fn packs_define(files: &PackFiles) -> String {
    let entries = files
        .iter()
        .map(|(code, file)| format!("\"{code}\":\"./{file}\""))
        .collect::<Vec<_>>()
        .join(",");
    format!("--define:__BREACHNOTICE_PACKS__={{{entries}}}")
}

/// Builds the static site into `web/dist/`: the wasm module (wasm-pack, release,
/// `--target web`, wasm-opt from npm binaryen), the language packs in `packs/` (their
/// names baked into `breachnotice.js`, [`write_packs`]), the three bundles (`main.js`,
/// `breachnotice.js`, `element.js`) and the other files, scripts and style sheets
/// minified by esbuild ([`minify`]). `pkg/` keeps the glue on its own too (its `.d.ts`
/// documents the API; a test compares its exports with the module's).
pub fn dist() -> Result<(), String> {
    let pkg = build_wasm()?;

    let dist = dist_dir();
    if dist.exists() {
        fs::remove_dir_all(&dist).map_err(|e| format!("cannot clear {}: {e}", dist.display()))?;
    }
    let packs = write_packs(&dist)?;
    let staging = crate::util::target_dir().join("dist-src");
    bundle_module(
        &pkg,
        &staging,
        &dist.join("breachnotice.js"),
        &format!("pkg/{PKG_NAME}_bg.wasm"),
        &packs,
        &["--minify", "--sourcemap", "--legal-comments=none"],
    )?;
    bundle_page(&dist.join("main.js"))?;
    for file in SITE_FILES {
        let (from, to) = (web_dir().join(file), dist.join(file));
        if is_minified(file) {
            minify(&from, &to, &[])?;
        } else {
            copy(&from, &to)?;
        }
    }
    bundle_element(
        &dist.join("element.js"),
        &["--minify", "--sourcemap", "--legal-comments=none"],
    )?;
    for file in [".js", "_bg.wasm", ".d.ts"] {
        let name = format!("{PKG_NAME}{file}");
        let (from, to) = (pkg.join(&name), dist.join("pkg").join(&name));
        if is_minified(&name) {
            minify(&from, &to, &[])?;
        } else {
            copy(&from, &to)?;
        }
    }
    println!("xtask: site built in {}", dist.display());
    Ok(())
}

/// Builds the site, then serves `web/dist/` on `http://127.0.0.1:port/` until stopped.
pub fn serve(port: u16) -> Result<(), String> {
    dist()?;
    let listener = TcpListener::bind(("127.0.0.1", port))
        .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    println!(
        "xtask: serving {} on http://127.0.0.1:{port}/ (Ctrl-C to stop)",
        dist_dir().display()
    );
    serve_forever(listener, dist_dir());
    Ok(())
}

/// Starts the static file server for `dir` on a free port of 127.0.0.1 in a background
/// thread and returns the port.
pub fn start_server(dir: PathBuf) -> Result<u16, String> {
    let listener = TcpListener::bind(("127.0.0.1", 0))
        .map_err(|e| format!("cannot listen on 127.0.0.1: {e}"))?;
    let port = listener
        .local_addr()
        .map_err(|e| format!("no local address: {e}"))?
        .port();
    thread::spawn(move || serve_forever(listener, dir));
    Ok(port)
}

fn serve_forever(listener: TcpListener, dir: PathBuf) {
    for stream in listener.incoming().flatten() {
        let dir = dir.clone();
        thread::spawn(move || {
            let _ = handle(stream, &dir);
        });
    }
}

/// The MIME type for a file name.
fn mime(path: &Path) -> &'static str {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
    {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "ts" | "txt" | "md" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    }
}

/// Decodes `%XX` escapes; `None` on a malformed escape or a result that is not UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The file under `dir` a request target names, or `None` when the target tries to leave
/// `dir` or is malformed.
fn resolve(dir: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next()?;
    let path = percent_decode(path)?;
    if !path.starts_with('/') {
        return None;
    }
    let mut file = dir.to_path_buf();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        if segment == ".." || segment == "." || segment.contains(['\\', '\0']) {
            return None;
        }
        file.push(segment);
    }
    if path.ends_with('/') {
        file.push("index.html");
    }
    Some(file)
}

fn respond(
    stream: &mut TcpStream,
    status: &str,
    kind: &str,
    body: &[u8],
    head_only: bool,
) -> io::Result<()> {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\n\
         Content-Security-Policy: {CSP}\r\nX-Content-Type-Options: nosniff\r\n\
         Referrer-Policy: no-referrer\r\nCross-Origin-Opener-Policy: same-origin\r\n\
         Cross-Origin-Embedder-Policy: require-corp\r\nCache-Control: no-cache\r\n\
         Connection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    if !head_only {
        stream.write_all(body)?;
    }
    stream.flush()
}

fn handle(mut stream: TcpStream, dir: &Path) -> io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?.take(16 * 1024));
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" || line == "\n" {
            break;
        }
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    );
    let head_only = method == "HEAD";
    if method != "GET" && !head_only {
        return respond(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain; charset=utf-8",
            b"method not allowed\n",
            false,
        );
    }
    let Some(file) = resolve(dir, target) else {
        return respond(
            &mut stream,
            "400 Bad Request",
            "text/plain; charset=utf-8",
            b"bad request\n",
            head_only,
        );
    };
    match fs::read(&file) {
        Ok(body) => respond(&mut stream, "200 OK", mime(&file), &body, head_only),
        Err(_) => respond(
            &mut stream,
            "404 Not Found",
            "text/plain; charset=utf-8",
            b"not found\n",
            head_only,
        ),
    }
}

/// Size of `path` compressed with `gzip -9`.
fn gzip_size(path: &Path) -> Result<u64, String> {
    let out = Command::new("gzip")
        .args(["-9", "-c"])
        .arg(path)
        .output()
        .map_err(|e| format!("cannot run gzip (install it: `apt-get install -y gzip`): {e}"))?;
    if !out.status.success() {
        return Err(format!("gzip failed on {}", path.display()));
    }
    Ok(out.stdout.len() as u64)
}

fn file_size(path: &Path) -> Result<u64, String> {
    fs::metadata(path)
        .map(|m| m.len())
        .map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn kib(bytes: u64) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
}

/// The language packs in `dir/packs/` (file names, sorted).
fn pack_files(dir: &Path) -> Result<Vec<String>, String> {
    let packs = dir.join(PACKS_DIR);
    if !packs.is_dir() {
        return Ok(Vec::new());
    }
    let mut names: Vec<String> = fs::read_dir(&packs)
        .map_err(|e| format!("cannot read {}: {e}", packs.display()))?
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".pack"))
        .map(|n| format!("{PACKS_DIR}/{n}"))
        .collect();
    names.sort();
    Ok(names)
}

/// Builds the site and prints its weight ([`weight`]); fails when the default flow (the
/// initial load plus the detection pack) is over the 142 KiB gzip budget.
pub fn size() -> Result<(), String> {
    dist()?;
    weight()
}

/// Prints the weight of the site built in `web/dist/`: the initial load (every file
/// `index.html` loads before any pack, raw and gzip) and the packs the page then fetches
/// in the background (each language's and the detection pack, each and their total),
/// with the wasm module's sections and each language's data; fails when the default flow
/// (the initial load plus the detection pack `auto`, what automatic detection, the
/// page's default, needs) is over the 142 KiB gzip budget.
pub fn weight() -> Result<(), String> {
    let dist = dist_dir();
    println!();
    println!(
        "{:<34} {:>12} {:>12}",
        "initial load (web/dist file)", "raw", "gzip -9"
    );
    let (mut raw_total, mut gz_total) = (0, 0);
    for file in INDEX_PAGE_FILES {
        let path = dist.join(file);
        let (raw, gz) = (file_size(&path)?, gzip_size(&path)?);
        raw_total += raw;
        gz_total += gz;
        println!("{file:<34} {:>12} {:>12}", kib(raw), kib(gz));
    }
    println!(
        "{:<34} {:>12} {:>12}",
        "initial load total",
        kib(raw_total),
        kib(gz_total)
    );
    let packs = pack_files(&dist)?;
    // The default flow: the initial load plus the detection pack (none when every
    // language is inside the .wasm: detection is then ready with the module).
    let prefix = format!("{PACKS_DIR}/{DEFAULT_FLOW_PACK}.");
    let (mut raw_default, mut gz_default) = (raw_total, gz_total);
    for file in packs.iter().filter(|f| f.starts_with(&prefix)) {
        let path = dist.join(file);
        let (raw, gz) = (file_size(&path)?, gzip_size(&path)?);
        raw_default += raw;
        gz_default += gz;
        println!(
            "{:<34} {:>12} {:>12}",
            format!("+ {file}"),
            kib(raw),
            kib(gz)
        );
    }
    println!(
        "{:<34} {:>12} {:>12}",
        "default flow (auto-detect) total",
        kib(raw_default),
        kib(gz_default)
    );
    println!();
    if packs.is_empty() {
        println!("language packs: none (every language is inside the .wasm)");
    }
    println!(
        "{:<34} {:>12} {:>12}",
        "background (packs, UI strings)", "raw", "gzip -9"
    );
    let (mut raw_later, mut gz_later) = (0, 0);
    let background = BACKGROUND_PAGE_FILES.iter().map(|f| (*f).to_string());
    for file in packs.iter().cloned().chain(background) {
        let path = dist.join(&file);
        let (raw, gz) = (file_size(&path)?, gzip_size(&path)?);
        raw_later += raw;
        gz_later += gz;
        println!("{file:<34} {:>12} {:>12}", kib(raw), kib(gz));
    }
    println!(
        "{:<34} {:>12} {:>12}",
        format!("background total ({} packs)", packs.len()),
        kib(raw_later),
        kib(gz_later)
    );
    println!(
        "{:<34} {:>12} {:>12}",
        "initial load + background",
        kib(raw_total + raw_later),
        kib(gz_total + gz_later)
    );
    let breakdown = || -> Result<(), String> {
        crate::size::print_wasm_sections(&dist.join("pkg").join(format!("{PKG_NAME}_bg.wasm")))?;
        let figures = crate::size::print_lang_data("wasm32-unknown-unknown")?;
        if !packs.is_empty() {
            // The estimates below are for a module with every language inside.
            return Ok(());
        }
        let (count, mean) = (figures.count(), figures.mean());
        let without = gz_total.saturating_sub(count * mean);
        println!(
            "page without language data: about {}; each language adds at least {} \
             (its text gzipped alone; in the wasm, with index overhead, about 30 % more)",
            kib(without),
            kib(mean)
        );
        for n in [12, 24] {
            println!(
                "estimate with {n} languages, all loaded with the page: {}",
                kib(without + n * mean)
            );
        }
        println!(
            "estimate of the initial load with English data only (the other languages' \
             data fetched in the background, detection lists kept): at most {}",
            kib(gz_total.saturating_sub(figures.deferrable_gz("en")))
        );
        Ok(())
    };
    // The breakdown is information: a failure to read it does not fail the size report.
    if let Err(e) = breakdown() {
        println!("(no size breakdown: {e})");
    }
    println!();
    let budget_ok = gz_default <= PAGE_GZIP_BUDGET;
    println!(
        "budget: {} gzip for the default flow (initial load + detection pack, before a \
         pasted notice can be checked with automatic detection): {} ({})",
        kib(PAGE_GZIP_BUDGET),
        kib(gz_default),
        if budget_ok {
            format!(
                "within, {} to spare",
                kib(PAGE_GZIP_BUDGET.saturating_sub(gz_default))
            )
        } else {
            format!(
                "OVER by {}",
                kib(gz_default.saturating_sub(PAGE_GZIP_BUDGET))
            )
        }
    );
    if budget_ok {
        Ok(())
    } else {
        Err(format!(
            "the page's default flow (initial load + detection pack) weighs {} gzip, over \
             its {} budget by {}",
            kib(gz_default),
            kib(PAGE_GZIP_BUDGET),
            kib(gz_default.saturating_sub(PAGE_GZIP_BUDGET))
        ))
    }
}

/// Installs Debian's Chromium when `/usr/bin/chromium` is missing.
fn ensure_chromium() -> Result<(), String> {
    crate::util::ensure_debian_package(
        Path::new(CHROMIUM),
        &["chromium", "chromium-driver"],
        "the browser of the tests; they never download one",
    )
}

/// Runs `node` with the given arguments against a server on `port`.
fn node(args: &[&str], port: u16, extra_env: &[(&str, OsString)]) -> Result<(), String> {
    let mut c = tool("node")?;
    c.args(args)
        .env("BREACHNOTICE_URL", format!("http://127.0.0.1:{port}/"))
        .env("CHROMIUM", CHROMIUM);
    for (k, v) in extra_env {
        c.env(k, v);
    }
    run(c)
}

/// The browser benchmark: median time to evaluate a 2 KB and a 20 KB notice in Chromium
/// (`web/tests/bench.mjs`).
pub fn bench() -> Result<(), String> {
    ensure_chromium()?;
    dist()?;
    let port = start_server(dist_dir())?;
    node(&["web/tests/bench.mjs"], port, &[])
}

/// The wasm binding tests (`wasm-bindgen-test` under Node), then the browser end-to-end
/// tests (`node --test web/tests/`, playwright-core driving Debian's Chromium against
/// `web/dist/` served on a free port of 127.0.0.1, and against the npm package from
/// `cargo xtask pack`, installed into a scratch project by `package.test.mjs`).
pub fn test() -> Result<(), String> {
    ensure_chromium()?;
    dist()?;

    println!("xtask: wasm-bindgen-test (wasm32, Node)");
    let mut c = cargo();
    c.args([
        "test",
        "-p",
        "breachnotice-wasm",
        "--target",
        "wasm32-unknown-unknown",
    ])
    .env("PATH", tool_path()?)
    .env(
        "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
        "wasm-bindgen-test-runner",
    );
    run(c)?;

    println!("xtask: building the check example (the e2e tests compare the page with it)");
    let mut c = cargo();
    c.args([
        "build",
        "--release",
        "-q",
        "-p",
        "breachnotice",
        "--example",
        "check",
    ]);
    run(c)?;
    let check = crate::util::target_dir()
        .join("release")
        .join("examples")
        .join("check");

    println!("xtask: the npm package (the scratch-project test installs it)");
    let package = crate::pack::pack()?;

    let port = start_server(dist_dir())?;
    println!("xtask: browser tests against http://127.0.0.1:{port}/");
    let screenshot = root().join("target").join("screenshot-index.png");
    node(
        &["--test", "web/tests/"],
        port,
        &[
            ("BREACHNOTICE_CHECK", check.into_os_string()),
            (
                "BREACHNOTICE_SCREENSHOT",
                screenshot.clone().into_os_string(),
            ),
            ("BREACHNOTICE_TGZ", package.tarball.into_os_string()),
            ("BREACHNOTICE_PACKAGE_DIR", package.dir.into_os_string()),
        ],
    )?;
    println!("xtask: screenshot written to {}", screenshot.display());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{mime, percent_decode, resolve};
    use std::path::Path;

    #[test]
    fn wasm_is_served_as_application_wasm() {
        assert_eq!(mime(Path::new("pkg/x_bg.wasm")), "application/wasm");
        assert_eq!(mime(Path::new("main.js")), "text/javascript; charset=utf-8");
    }

    #[test]
    fn request_targets_cannot_leave_the_site() {
        let dir = Path::new("/srv/site");
        assert_eq!(resolve(dir, "/"), Some(dir.join("index.html")));
        assert_eq!(
            resolve(dir, "/pkg/a.wasm?x=1"),
            Some(dir.join("pkg/a.wasm"))
        );
        assert_eq!(resolve(dir, "/../etc/passwd"), None);
        assert_eq!(resolve(dir, "/%2e%2e/etc/passwd"), None);
        assert_eq!(resolve(dir, "/a%5c..%5cb"), None);
        assert_eq!(resolve(dir, "relative"), None);
        assert_eq!(percent_decode("%zz"), None);
    }
}
