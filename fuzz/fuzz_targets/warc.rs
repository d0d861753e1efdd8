//! WARC: any bytes (plain, or gzip-wrapped when the first byte is odd) as a
//! crawl, with small limits: never panic, every record bounded.
#![no_main]

use std::io::Write;

use akhbar_ingest::{source, Format, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = Options { max_record_bytes: 1 << 16, max_decompressed_bytes: 1 << 18, ..Options::default() };
    let bytes = if data.first().is_some_and(|b| b % 2 == 1) {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        let _ = e.write_all(&data[1..]);
        e.finish().unwrap_or_default()
    } else {
        data.to_vec()
    };
    let input = source::Input::from_bytes("fuzz.warc", bytes);
    let mut n = 0;
    for item in source::open(&input, Some(Format::Warc), &opts) {
        n += 1;
        assert!(n < 100_000);
        if let Ok(record) = item {
            let _ = record.into_article(&opts);
        }
    }
});
