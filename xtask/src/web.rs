//! The web side of the build: wasm-pack, the static site, its server, size report and the
//! browser tests. (Placeholder: filled by the web issue.)

/// Builds the static site into `web/dist/`.
pub fn dist() -> Result<(), String> {
    Err("web: dist not implemented yet".into())
}

/// Builds and serves `web/dist/` on `127.0.0.1:port`.
pub fn serve(port: u16) -> Result<(), String> {
    let _ = port;
    Err("web: serve not implemented yet".into())
}

/// Prints the size report.
pub fn size() -> Result<(), String> {
    Err("web: size not implemented yet".into())
}

/// Runs the wasm binding tests and the browser end-to-end tests.
pub fn test() -> Result<(), String> {
    Err("web: test not implemented yet".into())
}
