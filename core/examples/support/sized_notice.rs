//! The input of the speed measurements, shared by `core/examples/profile.rs` (callgrind)
//! and `core/benches/analyze.rs` (criterion), and made the same way by
//! `web/tests/bench.mjs`: about `size` bytes of the corpus notices of `lang`
//! (`new-languages/<lang>/` for a language with none in the corpus) in name order, each
//! followed by a blank line, repeated and cut at a char boundary.

/// The notices of `lang` joined until `size` bytes (see the module docs).
pub fn notice(lang: &str, size: usize) -> Result<String, String> {
    let notices =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/notices");
    let mut files = Vec::new();
    // The corpus first; a language with none there (the new languages) takes the tuning
    // notices of its own folder (never the held-out ones, which are in a subfolder).
    for dir in [
        notices.join("corpus"),
        notices.join("new-languages").join(lang),
    ] {
        if !files.is_empty() || !dir.is_dir() {
            continue;
        }
        files = std::fs::read_dir(&dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.is_file()
                    && p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.ends_with(".txt") && n.contains(&format!("-{lang}-")))
            })
            .collect();
    }
    files.sort();
    if files.is_empty() {
        return Err(format!("no corpus notice in `{lang}`"));
    }
    let mut text = String::new();
    while text.len() < size {
        for f in &files {
            let t = std::fs::read_to_string(f).map_err(|e| format!("{}: {e}", f.display()))?;
            text.push_str(&t);
            text.push_str("\n\n");
        }
    }
    let mut cut = size.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    Ok(text)
}
