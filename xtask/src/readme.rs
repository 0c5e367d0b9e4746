//! Keeps the README and the pinned versions honest: every capacity constant of
//! `core/src/limits.rs` appears in the README's capacities table, and the toolchain
//! version is the same everywhere it is written. (Unit tests, run by `cargo test
//! --workspace`.)

#[cfg(test)]
mod tests {
    use crate::util::root;

    /// Names of the `pub const` items of `core/src/limits.rs`.
    fn limit_constants() -> Vec<String> {
        let limits = std::fs::read_to_string(root().join("core/src/limits.rs")).unwrap_or_default();
        limits
            .lines()
            .filter_map(|l| l.trim_start().strip_prefix("pub const "))
            .filter(|rest| !rest.starts_with("fn "))
            .filter_map(|rest| rest.split(':').next())
            .map(|name| name.trim().to_string())
            .collect()
    }

    #[test]
    fn readme_capacities_table_lists_every_limit() {
        let readme = std::fs::read_to_string(root().join("README.md")).unwrap_or_default();
        let constants = limit_constants();
        assert!(constants.len() >= 5, "no constants found in limits.rs");
        let missing: Vec<&String> = constants
            .iter()
            .filter(|c| !readme.contains(&format!("| `{c}` |")))
            .collect();
        assert!(
            missing.is_empty(),
            "README.md's capacities table lacks {missing:?} (one row `| `NAME` | value | what |` each)"
        );
    }

    #[test]
    fn pinned_toolchain_is_the_same_everywhere() {
        use crate::util::TOOLCHAIN;
        let read = |p: &str| std::fs::read_to_string(root().join(p)).unwrap_or_default();
        let channel = format!("channel = \"{TOOLCHAIN}\"");
        assert!(
            read("rust-toolchain.toml").contains(&channel),
            "rust-toolchain.toml"
        );
        let msrv = TOOLCHAIN
            .rsplit_once('.')
            .map_or(TOOLCHAIN, |(major_minor, _)| major_minor);
        assert!(
            read("Cargo.toml").contains(&format!("rust-version = \"{msrv}\"")),
            "Cargo.toml rust-version"
        );
        assert!(
            read(".ci/run").contains(&format!("rustup toolchain install {TOOLCHAIN}")),
            ".ci/run"
        );
        assert!(
            read("README.md").contains(&format!("MSRV: Rust {msrv}")),
            "README.md"
        );
    }
}
