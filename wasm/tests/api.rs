//! The JS-facing API, run as wasm under Node by `wasm-bindgen-test-runner`
//! (`cargo xtask test`). Gated to wasm32: on the host these bindings cannot run.
#![cfg(target_arch = "wasm32")]

use breachnotice_wasm::{assess, elements, evaluate, languages, version};
use js_sys::{Array, JsString, Reflect};
use wasm_bindgen::{JsCast, JsValue};
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

fn error_message(result: Result<JsValue, JsValue>) -> String {
    match result {
        Ok(_) => String::new(),
        Err(value) => {
            assert!(value.is_instance_of::<js_sys::Error>(), "a real JS Error");
            js_sys::Error::from(value).message().into()
        }
    }
}

/// The thrown error when it is a `TypeError`, else a panic; with its `parameter`.
fn type_error(result: Result<JsValue, JsValue>) -> (String, String) {
    let value = result.err().unwrap_or(JsValue::NULL);
    assert!(
        value.is_instance_of::<js_sys::TypeError>(),
        "a TypeError: {value:?}"
    );
    let parameter = string(&value, "parameter");
    (js_sys::Error::from(value).message().into(), parameter)
}

const U: JsValue = JsValue::UNDEFINED;

const NOTICE_DE: &str = "Am 3. März 2026 hat eine unbefugte Person auf unser Kundenkonto-System \
    zugegriffen und Namen und E-Mail-Adressen kopiert. Wir haben den Zugang gesperrt. \
    Fragen? Unser Datenschutzbeauftragter ist unter datenschutz@example.de erreichbar.";

#[wasm_bindgen_test]
fn evaluate_returns_the_contract_report_with_both_offset_units() {
    let report = evaluate(
        NOTICE_DE.into(),
        "data-subjects".into(),
        "auto".into(),
        JsValue::UNDEFINED,
        "2026-11-28T12:00:00Z".into(),
    )
    .unwrap_or(JsValue::NULL);
    assert_eq!(string(&report, "language"), "de");
    assert_eq!(string(&report, "audience"), "data-subjects");
    let elements = Array::from(&get(&report, "elements"));
    assert!(elements.length() >= 7);
    let js_text = JsString::from(NOTICE_DE);
    let mut spans = 0;
    for el in elements.iter() {
        for span in Array::from(&get(&el, "evidence")).iter() {
            let n = |k: &str| get(&span, k).as_f64().unwrap_or(-1.0) as usize;
            let by_bytes = NOTICE_DE
                .get(n("start")..n("end"))
                .unwrap_or("<bad byte span>");
            let by_units: String = js_text.slice(n("start16") as u32, n("end16") as u32).into();
            assert_eq!(by_bytes, by_units, "both units point at the same words");
            spans += 1;
        }
    }
    assert!(spans > 0, "a German notice with umlauts has evidence");
}

#[wasm_bindgen_test]
fn assess_decides_from_facts_alone() {
    let report = assess(
        r#"{"aware_at":"2026-11-20T09:00:00Z","breach":["confidentiality"]}"#.into(),
        "2026-11-28T12:00:00Z".into(),
    )
    .unwrap_or(JsValue::NULL);
    let authority = get(&get(&report, "obligations"), "authority");
    assert_eq!(string(&authority, "deadline"), "2026-11-23T09:00:00Z");
    assert_eq!(Array::from(&get(&report, "elements")).length(), 0);
}

#[wasm_bindgen_test]
fn bad_input_throws_an_error_with_the_core_message() {
    let unknown_field = error_message(assess(r#"{"zz":1}"#.into(), U));
    assert!(
        unknown_field.starts_with("`factsJson`: unknown field `zz` at byte offset 1 (fields: "),
        "{unknown_field}"
    );
    assert!(unknown_field.contains("aware_at"), "{unknown_field}");
    let audience = error_message(evaluate("x".into(), "everyone".into(), U, U, U));
    assert_eq!(
        audience,
        r#"`audience`: must be "data-subjects" or "authority", not "everyone""#
    );
    let lang = error_message(evaluate("x".into(), "authority".into(), "xx".into(), U, U));
    assert!(
        lang.starts_with("`lang`: must be \"auto\" or one of en, de"),
        "{lang}"
    );
    let now = error_message(evaluate(
        "x".into(),
        "authority".into(),
        U,
        U,
        "yesterday".into(),
    ));
    assert!(now.starts_with("`nowIso`: "), "{now}");
    assert!(now.contains("\"yesterday\""), "{now}");
    let bad_json = error_message(assess("{".into(), U));
    assert!(bad_json.starts_with("`factsJson`: "), "{bad_json}");
}

#[wasm_bindgen_test]
fn the_documented_error_message_is_the_real_one() {
    // README.md shows the message for an unknown facts field; it must be what is thrown.
    let readme = include_str!("../README.md");
    let real = error_message(assess(r#"{"zz":1}"#.into(), U));
    let documented = real.split(" (fields: ").next().unwrap_or_default();
    assert!(!documented.is_empty());
    assert!(
        readme.contains(documented),
        "README.md does not show the real message {real:?}"
    );
}

#[wasm_bindgen_test]
fn a_non_string_argument_is_a_type_error_naming_the_parameter() {
    let n = JsValue::from_f64(42.0);
    let (message, parameter) = type_error(evaluate(n.clone(), "authority".into(), U, U, U));
    assert_eq!(parameter, "text");
    assert_eq!(message, "`text` must be a string, not a number (42)");
    let (message, parameter) = type_error(evaluate("x".into(), JsValue::TRUE, U, U, U));
    assert_eq!(parameter, "audience");
    assert!(message.contains("a boolean"), "{message}");
    let (_, parameter) = type_error(evaluate("x".into(), "authority".into(), n.clone(), U, U));
    assert_eq!(parameter, "lang");
    let object = js_sys::Object::new().into();
    let (message, parameter) = type_error(evaluate("x".into(), "authority".into(), U, object, U));
    assert_eq!(parameter, "factsJson");
    assert!(message.contains("JSON.stringify"), "{message}");
    let (_, parameter) = type_error(evaluate("x".into(), "authority".into(), U, U, n.clone()));
    assert_eq!(parameter, "nowIso");
    let (message, parameter) = type_error(assess(U, U));
    assert_eq!(parameter, "factsJson");
    assert!(message.contains("not undefined"), "{message}");
    let (_, parameter) = type_error(evaluate(U, "authority".into(), U, U, U));
    assert_eq!(parameter, "text");
}

/// The number in a `TypeError` is written as Rust's `{}` writes an `f64` (the module
/// gets the digits from JavaScript to keep `core`'s float formatting out of the wasm).
#[wasm_bindgen_test]
fn a_number_in_a_type_error_is_written_as_rust_writes_it() {
    let mut values = vec![
        0.0,
        -0.0,
        1.0,
        -42.0,
        0.5,
        0.1 + 0.2,
        1.0 / 3.0,
        123_456.789,
        1e-6,
        1.5e-7,
        -2.5e-300,
        f64::MIN_POSITIVE,
        5e-324,
        1e20,
        1e21,
        -1.234_567_890_123_456_7e22,
        9_007_199_254_740_993.0,
        f64::MAX,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
    ];
    // A spread of magnitudes and digit counts.
    let mut x = 1.234_567_891_234_5e-20_f64;
    while x < 1e25 {
        values.extend([x, -x, x.trunc(), (x * 7.0).round() / 7.0]);
        x *= 13.7;
    }
    for v in values {
        let (message, _) = type_error(evaluate(JsValue::from_f64(v), "authority".into(), U, U, U));
        assert_eq!(
            message,
            format!("`text` must be a string, not a number ({v})")
        );
    }
}

#[wasm_bindgen_test]
fn null_and_undefined_optional_arguments_mean_absent() {
    let now = JsValue::from_str("2026-11-28T12:00:00Z");
    for absent in [JsValue::UNDEFINED, JsValue::NULL] {
        let report = evaluate(
            NOTICE_DE.into(),
            "data-subjects".into(),
            absent.clone(),
            absent.clone(),
            now.clone(),
        )
        .unwrap_or(JsValue::NULL);
        assert_eq!(string(&report, "language"), "de");
    }
}

#[wasm_bindgen_test]
fn a_one_sentence_notice_is_detected_with_its_confidence() {
    // The README's example.
    let text = "Due to a technical error your e-mail address was visible to other customers.";
    let report = evaluate(text.into(), "data-subjects".into(), U, U, U).unwrap_or(JsValue::NULL);
    assert_eq!(string(&report, "language"), "en");
    assert_eq!(string(&report, "language_confidence"), "low");
    let report =
        evaluate("Hello.".into(), "data-subjects".into(), U, U, U).unwrap_or(JsValue::NULL);
    assert_eq!(string(&report, "language"), "unknown");
    assert_eq!(string(&report, "language_confidence"), "none");
    assert!(!string(&report, "language_note").is_empty());
}

/// The pack of `lang`'s built-in tables (this module has every language built in).
fn pack_bytes(lang: breachnotice::Lang) -> Vec<u8> {
    let mut bytes = Vec::new();
    if let Some(tables) = breachnotice::lang::tables::builtin(lang) {
        tables.write_pack(|b| bytes.extend_from_slice(b));
    }
    bytes
}

#[wasm_bindgen_test]
fn register_language_checks_the_pack_and_returns_its_code() {
    use breachnotice_wasm::{loaded_languages, missing_languages, register_language};
    let bytes = pack_bytes(breachnotice::Lang::De);
    let array = js_sys::Uint8Array::from(bytes.as_slice());
    assert_eq!(register_language(array.into()).ok(), Some("de".to_string()));
    assert_eq!(loaded_languages().len(), breachnotice::Lang::COUNT);
    assert!(missing_languages().is_empty());
    // Not a Uint8Array: a TypeError naming `bytes`.
    let e = register_language(JsValue::from_str("de"))
        .err()
        .unwrap_or(JsValue::NULL);
    assert!(e.is_instance_of::<js_sys::TypeError>());
    assert_eq!(string(&e, "parameter"), "bytes");
    // A corrupt pack: an Error saying so.
    assert_corrupt_copy_refused(bytes);
}

/// `bytes` with its last byte flipped is refused by `registerLanguage` with an Error that
/// names the parameter and says the checksum does not match.
fn assert_corrupt_copy_refused(mut bytes: Vec<u8>) {
    if let Some(b) = bytes.last_mut() {
        *b ^= 0x20;
    }
    let e = breachnotice_wasm::register_language(js_sys::Uint8Array::from(bytes.as_slice()).into())
        .err()
        .unwrap_or(JsValue::NULL);
    assert_eq!(string(&e, "parameter"), "bytes");
    assert!(
        string(&e, "message").contains("checksum mismatch"),
        "{}",
        string(&e, "message")
    );
}

#[wasm_bindgen_test]
fn register_language_takes_the_detection_pack_as_auto() {
    use breachnotice_wasm::register_language;
    let mut bytes = Vec::new();
    breachnotice::packs::write_detection_pack(|b| bytes.extend_from_slice(b));
    let array = js_sys::Uint8Array::from(bytes.as_slice());
    assert_eq!(
        register_language(array.into()).ok(),
        Some("auto".to_string())
    );
    // A corrupt detection pack: an Error saying so, as for a language's.
    assert_corrupt_copy_refused(bytes);
}
