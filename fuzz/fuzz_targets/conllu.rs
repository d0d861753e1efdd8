//! The CoNLL-U reader on arbitrary text: it returns an error or sentences,
//! never panics.
#![no_main]

use akhbar_eval::conllu::parse;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    if let Ok(sentences) = parse(&input) {
        for s in &sentences {
            assert!(!s.tokens.is_empty());
            let _ = s.text_or_forms();
            for w in s.words() {
                let _ = w.feat("Gender");
            }
        }
    }
});
