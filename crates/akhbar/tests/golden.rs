//! Golden snapshots of whole-article analyses of our example articles
//! (`examples/articles/*.txt`).
//!
//! A snapshot is the document's text summary (`Document::summary`): header
//! fields, boilerplate, and per sentence its text, clitic segments and light
//! stems. After an intended
//! change, review and accept the new snapshots with
//!
//! ```sh
//! INSTA_UPDATE=always cargo test -p akhbar --test golden   # or: cargo insta review
//! ```

use akhbar::{Analyzer, Document, Metadata};

fn render(doc: &Document) -> String {
    format!(
        "paragraphs: {}\n{}",
        doc.paragraphs.len(),
        doc.summary(true)
    )
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
