//! The JS-facing API, run as wasm under Node by `wasm-bindgen-test-runner`
//! (`cargo xtask test`). Gated to wasm32: on the host these bindings cannot run.
#![cfg(target_arch = "wasm32")]

use breachnotice_wasm::{elements, languages, version};
use js_sys::{Array, Reflect};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn string(v: &JsValue, key: &str) -> String {
    get(v, key).as_string().unwrap_or_default()
}

#[wasm_bindgen_test]
fn languages_lists_english_and_german_with_names() {
    let list = Array::from(&languages().unwrap_or(JsValue::NULL));
    let codes: Vec<String> = list.iter().map(|l| string(&l, "code")).collect();
    assert!(codes.contains(&"en".to_string()) && codes.contains(&"de".to_string()));
    assert!(list.iter().all(|l| !string(&l, "name").is_empty()));
}

#[wasm_bindgen_test]
fn elements_are_in_contract_order_with_citations_per_audience() {
    let list = Array::from(&elements().unwrap_or(JsValue::NULL));
    let ids: Vec<String> = list.iter().map(|e| string(&e, "id")).collect();
    assert_eq!(
        ids,
        [
            "nature",
            "data_categories",
            "contact_point",
            "consequences",
            "measures_taken",
            "advice",
            "timeline",
            "subject_categories",
            "subject_count",
            "record_count",
            "delay_reasons",
        ]
    );
    let contact = list.get(2);
    assert_eq!(
        string(&get(&contact, "authority"), "citation"),
        "Art. 33(3)(b) GDPR"
    );
    assert_eq!(
        string(&get(&contact, "authority"), "requirement"),
        "required"
    );
    // subject_count does not apply to a communication to data subjects.
    assert!(get(&list.get(8), "data_subjects").is_null());
    assert!(list.iter().all(|e| !string(&e, "summary").is_empty()));
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}
