//! Feeds: any bytes as RSS/Atom/RDF/JSON Feed, through the same path as
//! `akhbar analyze --input rss`: never panic, never expand entities past
//! the bound.
#![no_main]

use akhbar_ingest::{source, Format, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = Options::default();
    let input = source::Input::from_bytes("fuzz.rss", data.to_vec());
    for item in source::open(&input, Some(Format::Feed), &opts) {
        if let Ok(record) = item {
            if let Ok(a) = record.into_article(&opts) {
                // Entity expansion is bounded: an item's text cannot grow
                // past the input plus the expansion bound.
                assert!(a.text.len() <= data.len() * 4 + akhbar_ingest::feed::MAX_ENTITY_EXPANSION * 4);
            }
        }
    }
});
