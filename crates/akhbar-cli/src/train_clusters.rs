//! `akhbar train clusters`: word clusters for the entity tagger, learned from
//! the raw ANT news corpus.
//!
//! Every title, abstract (unless the text repeats it) and text (unless
//! another article has the same one) of the corpus
//! is cleaned, split into sentences and tokenized; each sentence becomes a
//! sequence of cluster keys ([`cluster_key`]: search forms, numbers as
//! `<num>`, Latin lowercased, punctuation kept as context). Writes
//! `clusters.tsv` and `CLUSTERS.md` (source, licence, command, options,
//! figures) to the output folder.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::time::Instant;

use akhbar_extract::entities::clusters::{
    cluster_key, train_clusters_with_report, ClusterOptions, ClusterReport, WordClusters,
};
use akhbar_text::normalize::Normalizer;
use akhbar_text::sentence::split_sentences;
use akhbar_text::tokenize::tokenize;
use anyhow::{Context, Result};

use crate::train::ant_articles;

/// Learn clusters from `shared/data/ant-corpus` and write `clusters.tsv` and
/// `CLUSTERS.md` into `out`.
pub fn run(shared: &Path, out: &Path, options: &ClusterOptions) -> Result<()> {
    let started = Instant::now();
    let corpus = shared.join("data/ant-corpus");
    let (sentences, n_files) = ant_sentences(&corpus)?;
    let read_secs = started.elapsed().as_secs_f64();
    eprintln!(
        "ANT: {n_files} files, {} sentences, read in {read_secs:.1} s",
        sentences.len()
    );
    let (clusters, report) = train_clusters_with_report(sentences.into_iter(), options);
    let total_secs = started.elapsed().as_secs_f64();
    eprintln!(
        "{} tokens, {} types, {} words clustered into {} clusters; moved per pass {:?}; \
         MI {:.3} bits; {total_secs:.1} s (counting, passes, tree: {:.1?} s)",
        report.tokens,
        report.types,
        report.vocabulary,
        clusters.cluster_count(),
        report.moved,
        report.mutual_information,
        report.seconds,
    );
    let tsv = clusters.to_tsv();
    fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let tsv_path = out.join("clusters.tsv");
    fs::write(&tsv_path, &tsv).with_context(|| format!("writing {}", tsv_path.display()))?;
    let md_path = out.join("CLUSTERS.md");
    let md = card(
        &clusters,
        &report,
        options,
        n_files,
        tsv.len(),
        read_secs,
        total_secs,
    );
    fs::write(&md_path, md).with_context(|| format!("writing {}", md_path.display()))?;
    eprintln!("wrote {} ({} bytes)", tsv_path.display(), tsv.len());
    Ok(())
}

/// Sentences of cluster keys from every ANT file (sorted by path, so the
/// order is the same on every machine), and the number of files.
fn ant_sentences(dir: &Path) -> Result<(Vec<Vec<String>>, usize)> {
    let articles = ant_articles(dir)?;
    let n_files = articles.len();
    let normalizer = Normalizer::default();
    let mut sentences = Vec::new();
    let mut key = String::new();
    for body in articles.iter().flatten() {
        for range in split_sentences(body) {
            let sentence = &body[range];
            let keys: Vec<String> = tokenize(sentence)
                .map(|t| {
                    cluster_key(t.text(sentence), t.kind, &normalizer, &mut key);
                    key.clone()
                })
                .filter(|k| !k.is_empty())
                .collect();
            if !keys.is_empty() {
                sentences.push(keys);
            }
        }
    }
    Ok((sentences, n_files))
}

/// The data card written next to `clusters.tsv`.
fn card(
    clusters: &WordClusters,
    report: &ClusterReport,
    options: &ClusterOptions,
    n_files: usize,
    tsv_bytes: usize,
    read_secs: f64,
    secs: f64,
) -> String {
    let mut md = String::new();
    let _ = write!(
        md,
        "# Word clusters (`clusters.tsv`)\n\n\
         Bit-string word clusters used as features by the entity tagger, loaded by\n\
         `WordClusters::bundled()` (`src/entities/clusters.rs`). Format: one\n\
         `word<TAB>path<TAB>count` line per word, sorted by path, then by decreasing\n\
         count; `word` is the key `cluster_key` makes (the default search form;\n\
         numbers are `<num>`, web addresses `<url>`, e-mails `<email>`).\n\n\
         ## Source\n\n\
         The ANT corpus v1.1 (Chouigui, Ben Khiroun and Elayeb, \"ANT Corpus: An Arabic\n\
         News Text Collection for Textual Classification\", AICCSA 2017; articles of the\n\
         Tunisian radio website JawharaFM), Apache License 2.0 (upstream also asks users\n\
         to cite the paper), read from\n\
         `data/ant-corpus` of the shared data folder: {n_files} files, titles,\n\
         abstracts (when the text does not repeat them) and texts, cleaned, split into\n\
         sentences and tokenized with akhbar-text.\n\n\
         ## Method\n\n\
         Exchange clustering (Kneser & Ney 1993; Martin, Liermann & Ney 1998) of the\n\
         two-sided class bigram model (Brown et al.'s objective), then Brown-style\n\
         agglomeration of the flat clusters, least mutual-information loss first, into\n\
         a binary tree whose root-to-leaf paths are the bit strings.\n\n\
         ## Command\n\n\
         ```\n\
         akhbar train clusters --shared ../shared --out crates/akhbar-extract/data/ner \\\n    \
         --clusters {} --min-count {} --max-passes {}\n\
         # until that subcommand exists:\n\
         cargo run --release -p akhbar-cli --example train_clusters -- \\\n    \
         --shared ../shared --out crates/akhbar-extract/data/ner \\\n    \
         --clusters {} --min-count {} --max-passes {}\n\
         ```\n\n\
         The output is byte-identical from run to run and for any number of threads.\n\n\
         ## Figures\n\n\
         | | |\n|---|---|\n\
         | options | clusters {}, min count {}, at most {} passes, stop below {}% moved |\n\
         | tokens read | {} |\n\
         | distinct words read | {} |\n\
         | words clustered | {} |\n\
         | clusters | {} |\n\
         | bigrams counted | {} |\n\
         | words moved per pass | {:?} |\n\
         | mutual information of adjacent clusters | {:.3} bits |\n\
         | file size | {} bytes |\n\
         | run time | {:.0} s on {} threads: {:.1} s reading and tokenizing, {:.1} s counting, \
         {:.1} s exchange passes, {:.1} s tree |\n",
        options.clusters,
        options.min_count,
        options.max_passes,
        options.clusters,
        options.min_count,
        options.max_passes,
        options.clusters,
        options.min_count,
        options.max_passes,
        options.min_moved * 100.0,
        report.tokens,
        report.types,
        report.vocabulary,
        clusters.cluster_count(),
        report.bigrams,
        report.moved,
        report.mutual_information,
        tsv_bytes,
        secs,
        match options.threads {
            0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
            n => n,
        },
        read_secs,
        report.seconds[0],
        report.seconds[1],
        report.seconds[2],
    );
    md
}
