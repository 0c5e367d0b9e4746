#[test]
fn perf() {
    let base = std::fs::read_to_string(format!("{}/fixtures/notices/corpus/09-en-sa.txt", env!("CARGO_MANIFEST_DIR"))).unwrap();
    for n in [25, 100] {
        let big = base.repeat(n);
        let t = std::time::Instant::now();
        let _ = breachnotice::derive::derive_facts(&big, breachnotice::Lang::En);
        println!("{} bytes derive {:?}", big.len(), t.elapsed());
    }
    let t = std::time::Instant::now();
    for _ in 0..100 { let _ = breachnotice::text::matcher::find_cues(&base, 0, &[breachnotice::derive::data_kinds::TABLES[0].1.en], |_| {}); }
    println!("one table x100 {:?}", t.elapsed());
    let t = std::time::Instant::now();
    for _ in 0..100 { let _ = breachnotice::text::numbers::Numbers::new(&base, 0, breachnotice::Lang::En.data()).count(); }
    println!("numbers x100 {:?}", t.elapsed());
    let t = std::time::Instant::now();
    for _ in 0..100 { breachnotice::text::dates::find_dates(&base, 0, breachnotice::Lang::En.data(), |_| {}); }
    println!("dates x100 {:?}", t.elapsed());
}
