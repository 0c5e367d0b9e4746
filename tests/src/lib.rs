//! Shared helpers for the integration tests in `tests/tests/`: loading labelled notices
//! (`tests/fixtures/notices/**/*.txt` + `.json`, format in
//! `tests/fixtures/notices/corpus/README.md`) and scoring an analyser's verdicts against
//! their labels.

// `fuzz` includes the wasm crate's `utf16.rs`, which names `alloc::` (that crate is
// `no_std` in the page's build); here `alloc` is std's, made nameable.
extern crate alloc;

pub mod fuzz;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use breachnotice::Audience;

/// A notice with its labels.
#[derive(Debug, Clone)]
pub struct LabelledNotice {
    /// Where the text came from.
    pub path: PathBuf,
    /// The notice text.
    pub text: String,
    /// The labelled language (ISO 639-1).
    pub lang: String,
    /// The labelled audience.
    pub audience: Audience,
    /// Whether the notification is labelled as late (authority notices only).
    pub delay_reasons_applicable: Option<bool>,
    /// Element id → labelled present, in the label's order.
    pub elements: Vec<(String, bool)>,
}

/// Reads every `*.json` label (and its `.txt`) below `dir`, recursively, sorted by path.
/// Labels that are not notice labels (no `elements` object) are skipped.
pub fn load_labelled(dir: &Path) -> Result<Vec<LabelledNotice>, String> {
    load_labelled_where(dir, true)
}

/// [`load_labelled`], with the folders named `heldout` when `heldout`.
fn load_labelled_where(dir: &Path, heldout: bool) -> Result<Vec<LabelledNotice>, String> {
    let mut paths = Vec::new();
    collect_json_where(dir, &mut paths, heldout)?;
    paths.sort();
    let mut out = Vec::new();
    for json_path in paths {
        let raw =
            fs::read_to_string(&json_path).map_err(|e| format!("{}: {e}", json_path.display()))?;
        let v: serde_json::Value =
            serde_json::from_str(&raw).map_err(|e| format!("{}: {e}", json_path.display()))?;
        let Some(elements) = v.get("elements").and_then(|e| e.as_object()) else {
            continue;
        };
        let text_path = json_path.with_extension("txt");
        let text =
            fs::read_to_string(&text_path).map_err(|e| format!("{}: {e}", text_path.display()))?;
        let audience = v
            .get("audience")
            .and_then(|a| a.as_str())
            .and_then(Audience::parse)
            .ok_or_else(|| format!("{}: bad or missing audience", json_path.display()))?;
        let lang = v
            .get("lang")
            .and_then(|l| l.as_str())
            .ok_or_else(|| format!("{}: missing lang", json_path.display()))?
            .to_string();
        let mut els = Vec::new();
        for (id, present) in elements {
            let present = present
                .as_bool()
                .ok_or_else(|| format!("{}: element {id} is not a bool", json_path.display()))?;
            els.push((id.clone(), present));
        }
        out.push(LabelledNotice {
            path: text_path,
            text,
            lang,
            audience,
            delay_reasons_applicable: v.get("delay_reasons_applicable").and_then(|b| b.as_bool()),
            elements: els,
        });
    }
    Ok(out)
}

/// [`load_labelled`] without any folder named `heldout` (held-out notices are never read
/// by a tuning measure: not even loaded).
pub fn load_tuning(dir: &Path) -> Result<Vec<LabelledNotice>, String> {
    load_labelled_where(dir, false)
}

fn collect_json_where(dir: &Path, out: &mut Vec<PathBuf>, heldout: bool) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            if !heldout && path.file_name().is_some_and(|n| n == "heldout") {
                continue;
            }
            collect_json_where(&path, out, heldout)?;
        } else if path.extension().is_some_and(|x| x == "json") {
            out.push(path);
        }
    }
    Ok(())
}

/// True/false positive/negative counts for one element.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Confusion {
    /// Labelled present, found present.
    pub tp: u32,
    /// Labelled absent, found present.
    pub fp: u32,
    /// Labelled present, not found.
    pub fn_: u32,
    /// Labelled absent, not found.
    pub tn: u32,
}

impl Confusion {
    /// Adds one verdict.
    pub fn add(&mut self, labelled: bool, found: bool) {
        match (labelled, found) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => self.tn += 1,
        }
    }

    /// Precision (1 when nothing was found).
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// Recall (1 when nothing was labelled present).
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// F1 of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: u32, b: u32) -> f64 {
    if b == 0 {
        1.0
    } else {
        f64::from(a) / f64::from(b)
    }
}

/// Per-language, per-element confusion counts.
#[derive(Debug, Default)]
pub struct Scores {
    /// (language, element id) → counts.
    pub cells: BTreeMap<(String, String), Confusion>,
}

impl Scores {
    /// Records one element verdict.
    pub fn add(&mut self, lang: &str, element: &str, labelled: bool, found: bool) {
        self.cells
            .entry((lang.to_string(), element.to_string()))
            .or_default()
            .add(labelled, found);
    }

    /// The languages scored, sorted.
    pub fn langs(&self) -> Vec<String> {
        let mut l: Vec<String> = self.cells.keys().map(|(l, _)| l.clone()).collect();
        l.dedup();
        l
    }

    /// The mean F1 over a language's elements.
    pub fn macro_f1(&self, lang: &str) -> f64 {
        let f: Vec<f64> = self
            .cells
            .iter()
            .filter(|((l, _), _)| l == lang)
            .map(|(_, c)| c.f1())
            .collect();
        if f.is_empty() {
            0.0
        } else {
            f.iter().sum::<f64>() / f.len() as f64
        }
    }

    /// The per-language, per-element table (P, R, F1, counts) and each macro-F1.
    pub fn table(&self) -> String {
        let mut s = String::new();
        for lang in self.langs() {
            s.push_str(&format!(
                "{lang}: {:<20} {:>5} {:>5} {:>5}  (tp fp fn tn)\n",
                "element", "P", "R", "F1"
            ));
            for ((l, el), c) in &self.cells {
                if *l == lang {
                    s.push_str(&format!(
                        "{lang}: {el:<20} {:>5.2} {:>5.2} {:>5.2}  ({} {} {} {})\n",
                        c.precision(),
                        c.recall(),
                        c.f1(),
                        c.tp,
                        c.fp,
                        c.fn_,
                        c.tn
                    ));
                }
            }
            s.push_str(&format!("{lang}: macro-F1 {:.3}\n\n", self.macro_f1(&lang)));
        }
        s
    }
}

/// The result of running labelled notices through the product path end to end.
#[derive(Debug, Default)]
pub struct EndToEnd {
    /// Per-language, per-element scores (labelled language).
    pub scores: Scores,
    /// Notices whose detected language is the labelled one.
    pub detected_right: usize,
    /// Notices whose detected language differs: (path, detected code).
    pub detected_wrong: Vec<(PathBuf, String)>,
    /// Every element verdict that disagrees with its label: (path, element, labelled).
    pub errors: Vec<(PathBuf, String, bool)>,
    /// Notices where `delay_reasons` does not apply by label but was reported present.
    pub inapplicable_present: Vec<PathBuf>,
    /// Element ids in the labels that the engine does not know.
    pub unknown_ids: Vec<(PathBuf, String)>,
}

impl EndToEnd {
    /// Prints the run of set `set` (`total` notices): detection, the per-element table and
    /// every disagreement with its label (`missed` or `false positive`).
    pub fn print(&self, set: &str, total: usize) {
        println!(
            "{set}: language detected right {}/{total} (wrong: {:?})",
            self.detected_right, self.detected_wrong
        );
        print!("{}", self.scores.table());
        for (path, id, labelled) in &self.errors {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            let kind = if *labelled {
                "missed"
            } else {
                "false positive"
            };
            println!("{set}: {} {id}: {kind}", name.unwrap_or_default());
        }
    }

    /// Fails on what no score may hide: a label with an element id the engine does not
    /// know, or `delay_reasons` reported present where its label says it does not apply.
    pub fn assert_sound(&self) {
        assert!(self.unknown_ids.is_empty(), "{:?}", self.unknown_ids);
        assert!(
            self.inapplicable_present.is_empty(),
            "delay_reasons reported present where it does not apply: {:?}",
            self.inapplicable_present
        );
    }

    /// The mean of the per-language macro-F1s.
    pub fn mean_macro_f1(&self) -> f64 {
        let langs = self.scores.langs();
        if langs.is_empty() {
            return 0.0;
        }
        langs.iter().map(|l| self.scores.macro_f1(l)).sum::<f64>() / langs.len() as f64
    }
}

/// The report on one labelled notice as a user would get it: language detected, no facts,
/// no clock (`now: None`: lateness can only come from the text), the label's audience.
pub fn evaluate_as_user(n: &LabelledNotice) -> breachnotice::report::Report<'_> {
    use breachnotice::report::{LangChoice, Request, evaluate};
    evaluate(&Request {
        text: Some(&n.text),
        audience: n.audience,
        lang: LangChoice::Auto,
        facts: None,
        now: None,
    })
}

/// Runs each notice through [`breachnotice::report::evaluate`] as a user would — language
/// detected, no facts, lateness read from the text — and scores every labelled element.
/// `delay_reasons` counts only where the label says it applies; elsewhere the report must
/// not call it present (listed in [`EndToEnd::inapplicable_present`]).
pub fn score_end_to_end(notices: &[LabelledNotice]) -> EndToEnd {
    use breachnotice::{ElementId, Status};
    let mut out = EndToEnd::default();
    for n in notices {
        let report = evaluate_as_user(n);
        let detected = report.language.lang().map_or("unknown", |l| l.as_str());
        if detected == n.lang {
            out.detected_right += 1;
        } else {
            out.detected_wrong
                .push((n.path.clone(), detected.to_string()));
        }
        for (id, labelled) in &n.elements {
            let Some(el) = ElementId::parse(id) else {
                out.unknown_ids.push((n.path.clone(), id.clone()));
                continue;
            };
            let found = report.element(el).map(|e| e.status) == Some(Status::Present);
            if el == ElementId::DelayReasons && n.delay_reasons_applicable != Some(true) {
                if found {
                    out.inapplicable_present.push(n.path.clone());
                }
                continue;
            }
            if found != *labelled {
                out.errors.push((n.path.clone(), id.clone(), *labelled));
            }
            out.scores.add(&n.lang, id, *labelled, found);
        }
    }
    out
}
