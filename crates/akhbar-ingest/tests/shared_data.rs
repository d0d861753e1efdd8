//! Checks on the shared data (`../shared/data`): skipped with a message when
//! it is missing, unless `AKHBAR_REQUIRE_SHARED=1`.

use std::collections::HashMap;

use akhbar_ingest::{encoding, html, source, Format, Options};

fn tokens(s: &str) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for t in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
    {
        *m.entry(t.to_string()).or_insert(0) += 1;
    }
    m
}

/// Bag-of-words token F1, as `scripts/eval_html.py` computes it.
fn f1(got: &str, want: &str) -> f64 {
    let (g, w) = (tokens(got), tokens(want));
    let common: usize = g
        .iter()
        .map(|(k, n)| (*n).min(*w.get(k).unwrap_or(&0)))
        .sum();
    if common == 0 {
        return 0.0;
    }
    let p = common as f64 / g.values().sum::<usize>() as f64;
    let r = common as f64 / w.values().sum::<usize>() as f64;
    2.0 * p * r / (p + r)
}

fn extract(path: &std::path::Path) -> html::Article {
    let bytes = std::fs::read(path).unwrap();
    let d = encoding::decode(
        &bytes,
        &encoding::Hints {
            markup: encoding::Markup::Html,
            ..Default::default()
        },
    );
    html::extract(&d.text).unwrap()
}

#[test]
fn the_three_real_arabic_pages_meet_the_f1_target() {
    let Some(dir) = akhbar_eval::shared_data_dir() else {
        return;
    };
    let dir = dir.join("data/html-arabic");
    let cnn = extract(&dir.join("cnn-arabic-2013-syria-clashes/source.html"));
    let want =
        std::fs::read_to_string(dir.join("cnn-arabic-2013-syria-clashes/expected.txt")).unwrap();
    let score = f1(&cnn.text, &want);
    eprintln!("CNN Arabic token F1 {score:.3}");
    assert!(score >= 0.9, "CNN Arabic F1 {score}");
    assert_eq!(
        cnn.title.as_deref(),
        Some("معارضون يسيطرون على مخازن للصواريخ بريف دمشق")
    );
    assert_eq!(cnn.lang.as_deref(), Some("ar"));

    let lbci = extract(&dir.join("lbcgroup-2026-trump-hair/source.html"));
    let e: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("lbcgroup-2026-trump-hair/expected.json")).unwrap(),
    )
    .unwrap();
    let paras: Vec<&str> = e["V1"]["body"]["sections"][0]["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    let score = f1(&lbci.text, &paras.join("\n\n"));
    eprintln!("LBCI token F1 {score:.3}");
    assert!(score >= 0.9, "LBCI F1 {score}");
    assert_eq!(lbci.title.as_deref(), e["V1"]["title"].as_str());
    assert_eq!(
        lbci.published.as_deref().map(akhbar_ingest::date::day),
        Some("2026-01-08")
    );

    let sab = extract(&dir.join("assabah-tn-2019-sudan-interview/source.html"));
    let e: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("assabah-tn-2019-sudan-interview/expected.json"))
            .unwrap(),
    )
    .unwrap();
    for s in e["with"].as_array().unwrap() {
        assert!(sab.text.contains(s.as_str().unwrap()), "Assabah lacks {s}");
    }
    for s in e["without"].as_array().unwrap() {
        assert!(!sab.text.contains(s.as_str().unwrap()), "Assabah has {s}");
    }
}

#[test]
fn saudinewsnet_zips_give_every_article() {
    let Some(dir) = akhbar_eval::shared_data_dir() else {
        return;
    };
    let opts = Options::default();
    let mut ok = 0;
    let mut empty = 0;
    for r in source::expand(&[dir.join("data/saudinewsnet/dataset").display().to_string()]) {
        let input = r.unwrap();
        for item in source::open(&input, None, &opts) {
            match item {
                Ok(_) => ok += 1,
                Err(e) if e.reason == "article has empty content" => empty += 1,
                Err(e) => panic!("{e}"),
            }
        }
    }
    // The corpus README: 31,030 articles, 354 with empty content.
    assert_eq!((ok, empty), (31_030 - 354, 354));
}

#[test]
fn ant_files_are_detected_as_trec_records() {
    let Some(dir) = akhbar_eval::shared_data_dir() else {
        return;
    };
    let opts = Options::default();
    let mut n = 0;
    for r in source::expand(&[dir.join("data/ant-corpus/culture").display().to_string()]) {
        let input = r.unwrap();
        let src = source::open(&input, None, &opts);
        assert_eq!(src.format, Format::Trec, "{}", input.name);
        for item in src {
            let rec = item.unwrap();
            assert!(rec
                .meta
                .id
                .as_deref()
                .is_some_and(|id| id.starts_with("JA-culture-")));
            assert!(rec.meta.published.is_some(), "{}", input.name);
            n += 1;
        }
    }
    assert_eq!(n, 124);
}
