//! Inputs the fuzzer found (`tests/fuzz-crashes/`), replayed through the same checks as the
//! fuzz target, so a fixed crash stays fixed.

#[test]
fn fuzz_crashes_stay_fixed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-crashes");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let data = std::fs::read(&path).unwrap();
        if let Err(broken) = driftview::internals::invariants::check_bytes(&data) {
            panic!("{}: {broken}", path.display());
        }
        seen += 1;
    }
    assert!(seen >= 1);
}
