//! Inputs the fuzzer found (`tests/fuzz-crashes/`), replayed through the same checks as the
//! fuzz target, so a fixed crash stays fixed.

use driftview::internals::invariants::Checked;

#[test]
fn fuzz_crashes_stay_fixed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-crashes");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let data = std::fs::read(&path).unwrap();
        match driftview::internals::invariants::check_bytes(&data) {
            Err(broken) => panic!("{}: {broken}", path.display()),
            // A find that no longer loads would prove nothing: it must still be compared.
            Ok(checked) => assert_eq!(checked, Checked::Compared, "{}", path.display()),
        }
        seen += 1;
    }
    assert!(seen >= 1);
}

#[test]
fn every_option_and_marker_combination_and_wide_panes_are_checked() {
    let doc = "The minister arrived in Geneva on Monday. Talks began at once.";
    let other = "The minister came to Geneva on Tuesday. Talks began later, said aides.";
    for flags in 0u8..16 {
        for width in [0u8, 7, 39, 120, 255] {
            let mut data = vec![flags, width];
            data.extend_from_slice(doc.as_bytes());
            data.extend_from_slice(&[0xFF, 0xFE]);
            data.extend_from_slice(other.as_bytes());
            let checked = driftview::internals::invariants::check_bytes(&data);
            assert_eq!(
                checked,
                Ok(Checked::Compared),
                "flags {flags} width {width}"
            );
        }
    }
    assert_eq!(
        driftview::internals::invariants::check_bytes(&[0]),
        Ok(Checked::NotLoaded)
    );
}
