//! Extract the article of each HTML file given: one JSON line per file with
//! the text, the metadata, and the extraction time (decoding included).
//! Used by `scripts/eval_html.py`.
//!
//! ```sh
//! cargo run --release -p akhbar-ingest --example html_extract -- page.html [--repeat N]
//! ```

use std::time::Instant;

use akhbar_ingest::{encoding, html};

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
        let bytes = match std::fs::read(&f) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{f}: {e}");
                continue;
            }
        };
        let start = Instant::now();
        let mut result = None;
        for _ in 0..repeat {
            let d = encoding::decode(
                &bytes,
                &encoding::Hints {
                    markup: encoding::Markup::Html,
                    ..Default::default()
                },
            );
            result = Some(html::extract(&d.text));
        }
        let secs = start.elapsed().as_secs_f64() / repeat as f64;
        let line = match result {
            Some(Ok(a)) => serde_json::json!({
                "file": f, "ok": true, "seconds": secs, "text": a.text, "title": a.title,
                "published": a.published, "author": a.author, "site_name": a.site_name,
                "canonical_url": a.canonical_url, "lang": a.lang, "dir": a.dir,
            }),
            Some(Err(e)) => {
                serde_json::json!({"file": f, "ok": false, "seconds": secs, "error": e.to_string()})
            }
            None => continue,
        };
        println!("{line}");
    }
}
