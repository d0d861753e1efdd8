//! Throughput of akhbar's text layer on real news text.
//!
//! The corpus is the first ~12 MB of SaudiNewsNet article text from the shared
//! data, built exactly as `scripts/bench/make_corpus.py --max-bytes` does
//! (`AKHBAR_BENCH_BYTES` changes the size). Without the shared data the bench
//! prints why and measures nothing.
//!
//! Benchmarks (group `tokenize`, throughput in bytes of each one's input):
//!   stem_pipeline  what `akhbar tokenize --stem` does per line: clean_into →
//!                  tokenize → LightStemmer::stem_into, output buffered (raw bytes)
//!   tokenize       tokenize() over the cleaned corpus (cleaned bytes)
//!   clean          Cleaner::clean_into per line (raw bytes)
//!   stem           LightStemmer::stem_into over the pre-split tokens (token bytes)
//!   segment        CliticSegmenter::segment over the Arabic word tokens of the
//!                  first ~0.6 MB (word bytes; it is much slower than the rest)
//! Each iteration checks a cheap invariant (token/byte counts computed once
//! before measuring), so a change that breaks the work shows up as a panic.
//!
//!   cargo bench -p akhbar-bench --bench tokenize
//!   cargo bench -p akhbar-bench --bench tokenize -- stem_pipeline
//!
//! `AKHBAR_BENCH_DUMP=/tmp/x.out` also writes the stem_pipeline output there and
//! the corpus to `/tmp/x.in`, to check it against `akhbar tokenize --stem /tmp/x.in`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use akhbar_bench::{bench_corpus, lines, stem_lines};
use akhbar_text::clean::Cleaner;
use akhbar_text::filter::{TokenOutput, TokenWriter};
use akhbar_text::segment::CliticSegmenter;
use akhbar_text::stem::LightStemmer;
use akhbar_text::tokenize::{tokenize, TokenKind};
use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};

const DEFAULT_BYTES: usize = 12_000_000;
const SEGMENT_BYTES: usize = 600_000;

fn corpus_bytes() -> usize {
    std::env::var("AKHBAR_BENCH_BYTES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(DEFAULT_BYTES)
}

fn bench_tokenize(c: &mut Criterion) {
    let t0 = Instant::now();
    let (raw, source) = match bench_corpus(corpus_bytes()) {
        Ok(c) => c,
        Err(why) => {
            eprintln!("akhbar-bench tokenize: skipped: {why}");
            return;
        }
    };
    let cleaner = Cleaner::default();
    let stemmer = LightStemmer::default();
    let segmenter = CliticSegmenter::default();

    // Inputs and expected results, computed once.
    let mut cleaned = String::with_capacity(raw.len());
    let mut buf = String::new();
    let mut n_lines = 0usize;
    for line in lines(&raw) {
        cleaner.clean_into(line, &mut buf);
        cleaned.push_str(&buf);
        cleaned.push('\n');
        n_lines += 1;
    }
    let clean_bytes = cleaned.len() - n_lines; // what clean_into writes, without the newlines
    let tokens: Vec<&str> = tokenize(&cleaned).map(|t| t.text(&cleaned)).collect();
    let token_bytes: usize = tokens.iter().map(|t| t.len()).sum();
    let mut words: Vec<&str> = Vec::new();
    let mut word_bytes = 0;
    for t in tokenize(&cleaned) {
        if t.kind == TokenKind::Word {
            if word_bytes >= SEGMENT_BYTES {
                break;
            }
            let w = t.text(&cleaned);
            word_bytes += w.len();
            words.push(w);
        }
    }
    let mut stems = String::new();
    let mut stem_bytes = 0;
    let mut nonempty_stems = 0;
    for t in &tokens {
        stems.clear();
        stemmer.stem_into(t, &mut stems);
        stem_bytes += stems.len();
        nonempty_stems += usize::from(!stems.is_empty());
    }
    let split_words = words
        .iter()
        .filter(|w| segmenter.segment(w).is_split())
        .count();
    let mut out = Vec::with_capacity(raw.len() + raw.len() / 4);
    let mut writer = TokenWriter::new(TokenOutput::Stem);
    let n_pipeline = stem_lines(&mut writer, &raw, &mut out);
    let out_len = out.len();
    assert_eq!(
        n_pipeline, nonempty_stems,
        "per-line and whole-text tokenization disagree"
    );
    if let Some(path) = std::env::var_os("AKHBAR_BENCH_DUMP") {
        // To check stem_pipeline against the CLI:
        //   cmp $AKHBAR_BENCH_DUMP <(akhbar tokenize --stem CORPUS)
        std::fs::write(&path, &out).expect("writing AKHBAR_BENCH_DUMP");
        std::fs::write(std::path::Path::new(&path).with_extension("in"), &raw)
            .expect("writing AKHBAR_BENCH_DUMP corpus");
    }
    eprintln!(
        "akhbar-bench tokenize: {source} corpus {:.1} MB, {n_lines} lines, {} tokens, \
         {} words ({:.1} MB) for segment; set up in {:.1?}",
        raw.len() as f64 / 1e6,
        tokens.len(),
        words.len(),
        word_bytes as f64 / 1e6,
        t0.elapsed()
    );

    let mut g = c.benchmark_group("tokenize");
    g.sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(10));

    g.throughput(Throughput::Bytes(raw.len() as u64));
    g.bench_function("stem_pipeline", |b| {
        b.iter(|| {
            out.clear();
            let n = stem_lines(&mut writer, black_box(&raw), &mut out);
            assert_eq!((n, out.len()), (n_pipeline, out_len));
        })
    });

    g.throughput(Throughput::Bytes(cleaned.len() as u64));
    g.bench_function("tokenize", |b| {
        b.iter(|| {
            let n = tokenize(black_box(&cleaned)).count();
            assert_eq!(n, tokens.len());
        })
    });

    g.throughput(Throughput::Bytes(raw.len() as u64));
    g.bench_function("clean", |b| {
        b.iter(|| {
            let mut total = 0;
            for line in lines(black_box(&raw)) {
                cleaner.clean_into(line, &mut buf);
                total += buf.len();
            }
            assert_eq!(total, clean_bytes);
        })
    });

    g.throughput(Throughput::Bytes(token_bytes as u64));
    g.bench_function("stem", |b| {
        b.iter(|| {
            let mut total = 0;
            for t in black_box(&tokens) {
                stems.clear();
                stemmer.stem_into(t, &mut stems);
                total += stems.len();
            }
            assert_eq!(total, stem_bytes);
        })
    });

    g.throughput(Throughput::Bytes(word_bytes as u64));
    g.bench_function("segment", |b| {
        b.iter(|| {
            let n = black_box(&words)
                .iter()
                .filter(|w| segmenter.segment(w).is_split())
                .count();
            assert_eq!(n, split_words);
        })
    });
    g.finish();
}

criterion_group!(benches, bench_tokenize);
criterion_main!(benches);
