//! The languages declared in `core/src/lang/mod.rs`: the one place a language is
//! declared (`__for_each_lang!`). Read by `core/build.rs` (every declared language has a
//! folder in `core/lang/`) and by `cargo xtask` (the languages `firmware` builds), so
//! neither repeats the list.

/// The language codes of the `__for_each_lang!` declaration in `src/lang/mod.rs`: its
/// lines `Variant module "xx" "Name",`.
pub fn declared_langs(text: &str) -> Vec<String> {
    let Some(start) = text.find("macro_rules! __for_each_lang") else {
        return Vec::new();
    };
    let body = text.get(start..).unwrap_or_default();
    let body = body.split("\n}").next().unwrap_or_default();
    body.lines()
        .filter_map(|line| {
            let mut parts = line.split_whitespace();
            let (variant, module, code) = (parts.next()?, parts.next()?, parts.next()?);
            let code = code.strip_prefix('"')?.strip_suffix('"')?;
            let ok = variant.starts_with(|c: char| c.is_ascii_uppercase())
                && module == code
                && code.len() == 2
                && code.bytes().all(|b| b.is_ascii_lowercase());
            ok.then(|| code.to_string())
        })
        .collect()
}
