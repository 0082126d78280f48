//! Load → segment → align → diff → findings → layout → reports on arbitrary bytes: nothing may
//! panic and the invariants in `driftview::internals::invariants` must hold.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(broken) = driftview::internals::invariants::check_bytes(data) {
        panic!("{broken}");
    }
});
