//! HTML page → article: any bytes, decoded like a page, never panic; a
//! found article has non-empty text without control characters other than
//! newlines, and paragraphs are never empty.
#![no_main]

use akhbar_ingest::{encoding, html};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let d = encoding::decode(data, &encoding::Hints { markup: encoding::Markup::Html, ..Default::default() });
    if let Ok(a) = html::extract(&d.text) {
        assert!(!a.text.is_empty());
        for p in a.text.split("\n\n") {
            assert!(!p.trim().is_empty(), "empty paragraph in {:?}", a.text);
        }
    }
    let _ = html::fragment_text(&d.text);
    let _ = akhbar_ingest::date::normalize(&d.text);
});
