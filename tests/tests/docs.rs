//! The documentation's lists of languages (and the page's names of the readability
//! formulas) follow the one declaration of the languages (`__for_each_lang!`): a language
//! added or left out is a failing test here until the README, the wasm README and the
//! page's formula names (`web/render.js`) say so.

#![allow(
    clippy::panic,
    clippy::expect_used,
    reason = "test code: a panic is how a test reports a failure"
)]

use std::fs;
use std::path::{Path, PathBuf};

use breachnotice::Lang;
use breachnotice::fix::readability::FORMULAS;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

fn read(path: &str) -> String {
    fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// "A, B, … and Z".
fn english_list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[test]
fn the_readme_lists_every_language() {
    let readme = read("README.md");
    let names: Vec<&str> = Lang::ALL.iter().map(|l| l.name()).collect();
    let listed = format!("**Only the languages listed:** {}.", english_list(&names));
    assert!(readme.contains(&listed), "README.md should say: {listed}");
    let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.as_str()).collect();
    let option = format!("| `--lang auto\\|{}` |", codes.join("\\|"));
    assert!(
        readme.contains(&option),
        "README.md should have the row {option}"
    );
    let message = format!("(supported: auto, {})", Lang::CODES);
    assert!(
        readme.contains(&message),
        "README.md should quote {message}"
    );
    for stale in [
        "next six languages",
        "in six languages",
        "Polish and Czech.",
    ] {
        assert!(!readme.contains(stale), "README.md still says {stale:?}");
    }
}

#[test]
fn the_wasm_readme_types_every_language() {
    let readme = read("wasm/README.md");
    let declaration = Lang::TS_UNION.lines().last().expect("TS_UNION");
    assert!(
        readme.contains(declaration),
        "wasm/README.md should declare {declaration}"
    );
}

/// The page names each language's readability formula (`FORMULA_NAMES` in `web/render.js`;
/// `web/fix.js` shows the raw id for a formula it lacks).
#[test]
fn the_page_names_every_readability_formula() {
    let text = read("web/render.js");
    let (_, formulas) = text
        .split_once("FORMULA_NAMES = {")
        .unwrap_or_else(|| panic!("web/render.js: no FORMULA_NAMES"));
    let formulas = formulas.split_once('}').map_or(formulas, |(f, _)| f);
    for lang in Lang::ALL {
        let name = FORMULAS.get(lang).name;
        assert!(
            formulas.contains(&format!("{name}: '")),
            "web/render.js: no name for the formula {name} ({lang:?})"
        );
    }
}
