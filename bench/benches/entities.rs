//! Throughput of akhbar's named-entity layer, and how long its cold start is.
//!
//! Inputs: the sentences of ANERcorp's test split from the shared data
//! (`data/anercorp/derived/ANERcorp_approx-camel-split_test.txt`) for the
//! tagger; without the shared data, the articles of `examples/articles/`
//! split on whitespace, one sentence per line. The whole extractor runs on
//! the articles of `examples/articles/` (tokenized and split into sentences
//! by akhbar-text).
//!
//! Benchmarks (throughput in tokens of each one's input):
//!   tagger/anercorp_test/{cold,warm}
//!       EntityTagger::tag_document over the test split as one document, with
//!       gazetteer bits computed once before measuring. `cold` makes a fresh
//!       TaggerScratch each iteration (every word analysed again, as
//!       `akhbar analyze` does per document); `warm` reuses one, so every
//!       word's analysis comes from its cache.
//!   tagger+gazetteer/anercorp_test/{cold,warm}
//!       the same plus Gazetteer::find and Gazetteer::bits in the loop: what
//!       tagging costs in practice.
//!   extract/seed_like
//!       EntityExtractor::extract on each example article, a fresh
//!       ExtractScratch per article (as `akhbar analyze` does).
//!   load/{model,model_for_training,knowledge_base,gazetteer,clusters}
//!       reading the bundled tagger model (into the tagger's form; and as
//!       training reads it), parsing the knowledge base, building the
//!       gazetteer from the parsed knowledge base, and parsing the word
//!       clusters: model, knowledge_base, gazetteer and clusters sum to the
//!       cold start of `EntityExtractor::bundled`.
//! Each iteration checks a cheap invariant (tag count = token count, mention
//! count and sizes computed once before measuring), so a change that breaks
//! the work shows up as a panic.
//!
//!   cargo bench -p akhbar-bench --bench entities
//!   cargo bench -p akhbar-bench --bench entities -- --quick
//!   cargo bench -p akhbar-bench --bench entities -- load

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use akhbar_extract::entities::clusters::WordClusters;
use akhbar_extract::entities::gazetteer::Gazetteer;
use akhbar_extract::entities::kb::{KbFiles, KnowledgeBase};
use akhbar_extract::entities::ner::{EntityTagger, TaggerModels, TaggerScratch};
use akhbar_extract::entities::{EntityExtractor, ExtractScratch};
use akhbar_text::calendar::Date;
use akhbar_text::sentence::split_sentences;
use akhbar_text::tokenize::tokenize;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

const ANERCORP_TEST: &str = "data/anercorp/derived/ANERcorp_approx-camel-split_test.txt";
const MODEL: &[u8] = include_bytes!("../../crates/akhbar-extract/data/ner/model.bin");
const CLUSTERS: &str = include_str!("../../crates/akhbar-extract/data/ner/clusters.tsv");

/// The texts of `examples/articles/*.txt`, sorted by file name.
fn articles() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/articles");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|e| e.expect("listing examples/articles").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no articles in {}", dir.display());
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
        .collect()
}

/// The tagger's input: ANERcorp's test sentences, or the example articles
/// split on whitespace (one sentence per line) without the shared data.
fn tagger_sentences() -> (Vec<Vec<String>>, &'static str) {
    if let Some(shared) = akhbar_eval::shared_data_dir() {
        let path = shared.join(ANERCORP_TEST);
        if let Ok(text) = std::fs::read_to_string(&path) {
            let parsed = akhbar_eval::ner::parse_conll(&text)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let sentences = parsed.into_iter().map(|s| s.tokens).collect();
            return (sentences, "ANERcorp test");
        }
        eprintln!(
            "akhbar-bench entities: {} not readable, using examples/articles",
            path.display()
        );
    }
    let sentences = articles()
        .iter()
        .flat_map(|a| a.lines().map(str::to_owned).collect::<Vec<_>>())
        .map(|l| l.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
        .filter(|s| !s.is_empty())
        .collect();
    (sentences, "examples/articles (whitespace tokens)")
}

/// Gazetteer bits of each sentence.
fn gazetteer_bits(g: &Gazetteer, sentences: &[Vec<String>]) -> Vec<Vec<u32>> {
    sentences
        .iter()
        .map(|s| Gazetteer::bits(&g.find(s), s.len()))
        .collect()
}

/// Number of tags, checking that every sentence got one per token.
fn tag_count(tags: &[Vec<akhbar_extract::entities::ner::Tag>], sentences: &[Vec<String>]) -> usize {
    assert_eq!(tags.len(), sentences.len());
    tags.iter()
        .zip(sentences)
        .map(|(t, s)| {
            assert_eq!(t.len(), s.len());
            t.len()
        })
        .sum()
}

fn bench_tagger(c: &mut Criterion) {
    let t0 = Instant::now();
    let (sentences, source) = tagger_sentences();
    let n_tokens: usize = sentences.iter().map(Vec::len).sum();
    let extractor = EntityExtractor::bundled();
    let tagger = extractor.tagger();
    let gazetteer = Gazetteer::bundled();
    let bits = gazetteer_bits(gazetteer, &sentences);
    // Warm the scratch once (and check the output) before measuring.
    let mut warm = TaggerScratch::default();
    let tags = tagger.tag_document(&sentences, &bits, &mut warm);
    assert_eq!(tag_count(&tags, &sentences), n_tokens);
    let entity_tokens = tags
        .iter()
        .flatten()
        .filter(|t| t.label().is_some())
        .count();
    eprintln!(
        "akhbar-bench entities: tagger input {source}, {} sentences, {n_tokens} tokens \
         ({entity_tokens} tagged as entities); set up in {:.1?}",
        sentences.len(),
        t0.elapsed()
    );

    let mut g = c.benchmark_group("tagger");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(10))
        .throughput(Throughput::Elements(n_tokens as u64));
    g.bench_function(BenchmarkId::new("anercorp_test", "cold"), |b| {
        b.iter(|| {
            let mut scratch = TaggerScratch::default();
            let tags = tagger.tag_document(black_box(&sentences), &bits, &mut scratch);
            assert_eq!(tag_count(&tags, &sentences), n_tokens);
        })
    });
    g.bench_function(BenchmarkId::new("anercorp_test", "warm"), |b| {
        b.iter(|| {
            let tags = tagger.tag_document(black_box(&sentences), &bits, &mut warm);
            assert_eq!(tag_count(&tags, &sentences), n_tokens);
        })
    });
    g.finish();

    let mut g = c.benchmark_group("tagger+gazetteer");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(10))
        .throughput(Throughput::Elements(n_tokens as u64));
    g.bench_function(BenchmarkId::new("anercorp_test", "cold"), |b| {
        b.iter(|| {
            let mut scratch = TaggerScratch::default();
            let bits = gazetteer_bits(gazetteer, black_box(&sentences));
            let tags = tagger.tag_document(&sentences, &bits, &mut scratch);
            assert_eq!(tag_count(&tags, &sentences), n_tokens);
        })
    });
    g.bench_function(BenchmarkId::new("anercorp_test", "warm"), |b| {
        b.iter(|| {
            let bits = gazetteer_bits(gazetteer, black_box(&sentences));
            let tags = tagger.tag_document(&sentences, &bits, &mut warm);
            assert_eq!(tag_count(&tags, &sentences), n_tokens);
        })
    });
    g.finish();
}

fn bench_extract(c: &mut Criterion) {
    // Each article: its sentences, each a list of token texts.
    let docs: Vec<Vec<Vec<String>>> = articles()
        .iter()
        .map(|text| {
            split_sentences(text)
                .map(|r| {
                    let s = &text[r];
                    tokenize(s).map(|t| t.text(s).to_owned()).collect()
                })
                .collect()
        })
        .collect();
    let n_tokens: usize = docs.iter().flatten().map(Vec::len).sum();
    let extractor = EntityExtractor::bundled();
    let date = Date::new(2023, 3, 15);
    let run = |docs: &[Vec<Vec<String>>]| -> (usize, usize) {
        let mut counts = (0, 0);
        for doc in docs {
            let refs: Vec<&[String]> = doc.iter().map(Vec::as_slice).collect();
            let found = extractor.extract(&refs, date, &mut ExtractScratch::default());
            counts.0 += found.mentions.len();
            counts.1 += found.clusters.len();
        }
        counts
    };
    let expected = run(&docs);
    assert!(expected.0 > 0, "no entity found in examples/articles");
    eprintln!(
        "akhbar-bench entities: extract input {} articles, {n_tokens} tokens, \
         {} mentions in {} entities",
        docs.len(),
        expected.0,
        expected.1
    );

    let mut g = c.benchmark_group("extract");
    g.sample_size(20)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(5))
        .throughput(Throughput::Elements(n_tokens as u64));
    g.bench_function("seed_like", |b| {
        b.iter(|| assert_eq!(run(black_box(&docs)), expected))
    });
    g.finish();
}

fn bench_load(c: &mut Criterion) {
    let models = TaggerModels::from_bytes(MODEL).expect("the bundled model is valid");
    let kb = KnowledgeBase::parse(KbFiles::bundled()).expect("the bundled KB is valid");
    let n_entries = (kb.entries.len(), kb.roles.len(), kb.offices.len());
    let n_names = Gazetteer::from_kb(&kb).len();
    let n_words = WordClusters::parse(CLUSTERS)
        .expect("the bundled clusters are valid")
        .len();
    eprintln!(
        "akhbar-bench entities: model {:.1} MB, KB {} entries / {} roles / {} offices, \
         gazetteer {n_names} names, clusters {n_words} words ({:.1} MB)",
        MODEL.len() as f64 / 1e6,
        n_entries.0,
        n_entries.1,
        n_entries.2,
        CLUSTERS.len() as f64 / 1e6
    );

    let mut g = c.benchmark_group("load");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    // The tagger reads the model file into its own form (what `akhbar
    // analyze` loads); training reads it as `TaggerModels`.
    g.bench_function("model", |b| {
        b.iter(|| EntityTagger::from_bytes(black_box(MODEL), &()).unwrap())
    });
    g.bench_function("model_for_training", |b| {
        b.iter(|| {
            let m = TaggerModels::from_bytes(black_box(MODEL)).unwrap();
            assert_eq!(m.context.is_some(), models.context.is_some());
            m
        })
    });
    g.bench_function("knowledge_base", |b| {
        b.iter(|| {
            let kb = KnowledgeBase::parse(black_box(KbFiles::bundled())).unwrap();
            assert_eq!(
                (kb.entries.len(), kb.roles.len(), kb.offices.len()),
                n_entries
            );
            kb
        })
    });
    g.bench_function("gazetteer", |b| {
        b.iter(|| {
            let g = Gazetteer::from_kb(black_box(&kb));
            assert_eq!(g.len(), n_names);
            g
        })
    });
    g.bench_function("clusters", |b| {
        b.iter(|| {
            let w = WordClusters::parse(black_box(CLUSTERS)).unwrap();
            assert_eq!(w.len(), n_words);
            w
        })
    });
    g.finish();
}

criterion_group!(benches, bench_tagger, bench_extract, bench_load);
criterion_main!(benches);
