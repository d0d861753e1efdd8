//! Learn the word clusters of the entity tagger from the ANT corpus, the job
//! of `akhbar train clusters`, runnable before that subcommand is wired in:
//!
//! ```text
//! cargo run --release -p akhbar-cli --example train_clusters -- \
//!     --shared ../shared --out crates/akhbar-extract/data/ner \
//!     --clusters 256 --min-count 5 --max-passes 15 [--threads N]
//! ```
//!
//! It compiles `src/train_clusters.rs` as a module; the two ANT readers it
//! takes from `src/train.rs` are repeated here, because `train.rs` belongs to
//! the binary and brings the whole command line with it.

use std::path::PathBuf;

use akhbar_extract::entities::clusters::ClusterOptions;
use anyhow::{bail, Context, Result};

#[path = "../src/train_clusters.rs"]
mod train_clusters;

/// The ANT readers of `src/train.rs`.
mod train {
    use std::fs;
    use std::path::{Path, PathBuf};

    use anyhow::{Context, Result};

    pub(crate) fn element<'a>(doc: &'a str, tag: &str) -> Option<&'a str> {
        let open = format!("<{tag}>");
        let close = format!("</{tag}>");
        let start = doc.find(&open)? + open.len();
        let end = doc[start..].find(&close)? + start;
        Some(&doc[start..end])
    }

    pub(crate) fn ant_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
        for entry in fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
            let p = entry?.path();
            if p.is_dir() {
                ant_files(&p, out)?;
            } else if p.extension().is_some_and(|e| e == "txt") {
                out.push(p);
            }
        }
        Ok(())
    }
}

fn main() -> Result<()> {
    let mut shared = PathBuf::from("../shared");
    let mut out = PathBuf::from("crates/akhbar-extract/data/ner");
    let mut options = ClusterOptions::default();
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args
            .next()
            .with_context(|| format!("{flag} needs a value"))?;
        let number = || {
            value
                .parse::<usize>()
                .with_context(|| format!("{flag}: {value:?} is not a number"))
        };
        match flag.as_str() {
            "--shared" => shared = value.clone().into(),
            "--out" => out = value.clone().into(),
            "--clusters" => options.clusters = number()?,
            "--min-count" => options.min_count = number()?,
            "--max-passes" => options.max_passes = number()?,
            "--threads" => options.threads = number()?,
            _ => bail!("unknown option {flag}"),
        }
    }
    train_clusters::run(&shared, &out, &options)
}
