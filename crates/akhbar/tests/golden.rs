//! Golden snapshots of whole-article analyses of our example articles
//! (`examples/articles/*.txt`).
//!
//! A snapshot is a compact rendering: header fields, boilerplate, and per
//! sentence its text, clitic segments and light stems. After an intended
//! change, review and accept the new snapshots with
//!
//! ```sh
//! INSTA_UPDATE=always cargo test -p akhbar --test golden   # or: cargo insta review
//! ```

use std::fmt::Write as _;

use akhbar::{Analyzer, Document, Metadata};

fn render(doc: &Document) -> String {
    let mut out = String::new();
    if let Some(d) = &doc.dateline {
        let f = |s: &Option<akhbar::document::RawSpan>| {
            s.as_ref().map_or("-".to_string(), |s| s.text.clone())
        };
        let date = d
            .date
            .as_ref()
            .map_or("-".to_string(), |d| format!("{} ({})", d.iso, d.calendar));
        let _ = writeln!(
            out,
            "dateline: place={} agency={} date={}",
            f(&d.place),
            f(&d.agency),
            date
        );
    }
    let names: Vec<&str> = doc.byline.iter().map(|b| b.text.as_str()).collect();
    let _ = writeln!(out, "byline: {}", names.join(" | "));
    let _ = writeln!(
        out,
        "published: {}",
        doc.published.as_deref().unwrap_or("-")
    );
    for b in &doc.boilerplate {
        let _ = writeln!(
            out,
            "boilerplate[{}]: {}",
            b.kind,
            b.span.text.replace('\n', " / ")
        );
    }
    let _ = writeln!(out, "paragraphs: {}", doc.paragraphs.len());
    for s in &doc.sentences {
        let toks = &doc.tokens[s.token_start..s.token_end];
        let segs: Vec<String> = toks
            .iter()
            .map(|t| {
                t.segments
                    .iter()
                    .map(|s| s.text.as_str())
                    .collect::<Vec<_>>()
                    .join("+")
            })
            .collect();
        let stems: Vec<&str> = toks.iter().map(|t| t.stem.as_str()).collect();
        let _ = writeln!(
            out,
            "- {}\n  seg:  {}\n  stem: {}",
            s.text,
            segs.join(" "),
            stems.join(" ")
        );
    }
    out
}

fn golden(name: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/articles")
        .join(name);
    let raw = std::fs::read_to_string(&path).expect("example article");
    let doc = Analyzer::default()
        .analyze(&raw, &Metadata::default())
        .expect("analyzes");
    insta::assert_snapshot!(name, render(&doc));
}

#[test]
fn golden_moscow_talks() {
    golden("moscow-talks.txt");
}

#[test]
fn golden_beirut_reuters() {
    golden("beirut-reuters.txt");
}

#[test]
fn golden_cairo_mena() {
    golden("cairo-mena.txt");
}

#[test]
fn golden_riyadh_spa() {
    golden("riyadh-spa.txt");
}

#[test]
fn golden_messy_web() {
    golden("messy-web.txt");
}

#[test]
fn golden_baghdad_kuna() {
    golden("baghdad-kuna.txt");
}
