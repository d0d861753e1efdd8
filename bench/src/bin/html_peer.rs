//! The Rust peer of akhbar's HTML extractor: `dom_smoothie` (a Mozilla
//! Readability port), with the same output as
//! `akhbar-ingest/examples/html_extract` so that `scripts/eval_html.py
//! --peer` can score it side by side.
//!
//! ```sh
//! cargo build --release -p akhbar-bench --bin html_peer
//! ```

use std::time::Instant;

fn main() {
    let mut files = Vec::new();
    let mut repeat = 1usize;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--repeat" {
            repeat = args.next().and_then(|n| n.parse().ok()).unwrap_or(1).max(1);
        } else {
            files.push(a);
        }
    }
    for f in files {
        let Ok(bytes) = std::fs::read(&f) else {
            continue;
        };
        // The same decoding as akhbar's (labels, then detection): only the
        // extraction differs.
        let hints = akhbar_ingest::encoding::Hints {
            markup: akhbar_ingest::encoding::Markup::Html,
            ..Default::default()
        };
        let html = akhbar_ingest::encoding::decode(&bytes, &hints).text;
        let start = Instant::now();
        let mut out = None;
        for _ in 0..repeat {
            let cfg = dom_smoothie::Config {
                text_mode: dom_smoothie::TextMode::Formatted,
                ..Default::default()
            };
            out = Some(
                dom_smoothie::Readability::new(html.as_str(), None, Some(cfg))
                    .and_then(|mut r| r.parse())
                    .map(|a| (a.text_content.to_string(), a.title.to_string())),
            );
        }
        let secs = start.elapsed().as_secs_f64() / repeat as f64;
        let line = match out {
            Some(Ok((text, title))) => {
                serde_json::json!({"file": f, "ok": true, "seconds": secs, "text": text, "title": title})
            }
            Some(Err(e)) => {
                serde_json::json!({"file": f, "ok": false, "seconds": secs, "error": e.to_string()})
            }
            None => continue,
        };
        println!("{line}");
    }
}
