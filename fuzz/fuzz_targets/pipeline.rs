//! Load → segment → align → diff → findings → layout → reports on arbitrary bytes: nothing may
//! panic and the invariants in `driftview::internals::invariants` must hold. Byte 0 picks the
//! options and markers, byte 1 the width, the rest is two documents split by `FF FE`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(broken) = driftview::internals::invariants::check_bytes(data) {
        panic!("{broken}");
    }
});
