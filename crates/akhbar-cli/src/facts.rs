//! `akhbar eval facts`: quotes, times and events against the gold set.

use std::io::Write;
use std::path::{Path, PathBuf};

use akhbar::{Analyzer, Document, Metadata};
use akhbar_eval::facts::{
    score_doc, Counts, FactScores, GoldDoc, SystemEvent, SystemFacts, SystemQuote, SystemTime,
};
use anyhow::{bail, Context, Result};
use clap::Args;

#[derive(Args, Debug)]
pub struct EvalFactsArgs {
    /// Gold folder of annotated paragraphs (`*.json`, see
    /// docs/annotation.md), or one such file.
    #[arg(long)]
    gold: PathBuf,
    /// Print the scores as a JSON object on the last line.
    #[arg(long)]
    json: bool,
    /// Print what went wrong in each paragraph to stderr.
    #[arg(long)]
    errors: bool,
}

/// The gold files of `path`, sorted.
fn gold_files(path: &Path) -> Result<Vec<PathBuf>> {
    if path.is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)
        .with_context(|| format!("{}: cannot read the gold folder", path.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    if files.is_empty() {
        bail!("{}: no .json gold files", path.display());
    }
    Ok(files)
}

fn read_gold(path: &Path) -> Result<GoldDoc> {
    let text = std::fs::read_to_string(path).with_context(|| format!("{}", path.display()))?;
    let doc: GoldDoc = serde_json::from_str(&text)
        .with_context(|| format!("{}: not a gold document", path.display()))?;
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    if doc.id != stem {
        bail!(
            "{}: id {:?} differs from the file name",
            path.display(),
            doc.id
        );
    }
    Ok(doc)
}

/// What akhbar found, in the scorer's terms.
///
/// A speaker or an actor goes by its text, its canonical name and the
/// other names its entity goes by in the document: «وزير الخارجية»
/// resolved to the cluster of «بدر بن حمد البوسعيدي» is that man.
pub fn system_facts(doc: &Document) -> SystemFacts {
    // `entity` is the cluster id of `Document::entities`.
    let cluster_names = |entity: Option<usize>| -> Vec<String> {
        let Some(cluster) = entity else {
            return Vec::new();
        };
        let mut v: Vec<String> = doc
            .entities
            .iter()
            .filter(|e| e.cluster == cluster)
            .map(|e| e.text.clone())
            .collect();
        v.sort();
        v.dedup();
        v
    };
    let names = |text: &str, canonical: &Option<String>, entity: Option<usize>| -> Vec<String> {
        let mut v = vec![text.to_string()];
        v.extend(canonical.iter().cloned());
        v.extend(cluster_names(entity));
        v
    };
    SystemFacts {
        quotes: doc
            .quotes
            .iter()
            .map(|q| SystemQuote {
                raw: q.span.raw_start..q.span.raw_end,
                speaker: match &q.speaker {
                    Some(text) => names(text, &q.speaker_canonical, q.speaker_entity),
                    None => Vec::new(),
                },
                kind: q.kind.clone(),
            })
            .collect(),
        times: doc
            .dateline
            .iter()
            .flat_map(|d| &d.times)
            .map(|t| SystemTime {
                raw: t.span.raw_start..t.span.raw_end,
                value: t.value.clone(),
            })
            .chain(doc.times.iter().map(|t| SystemTime {
                raw: t.span.raw_start..t.span.raw_end,
                value: t.value.clone(),
            }))
            .collect(),
        events: doc
            .events
            .iter()
            .map(|e| SystemEvent {
                kind: e.kind.clone(),
                source: e
                    .source
                    .iter()
                    .map(|a| names(&a.text, &a.canonical, a.entity))
                    .collect(),
                target: e
                    .target
                    .iter()
                    .map(|a| names(&a.text, &a.canonical, a.entity))
                    .collect(),
                raw: e.trigger.span.raw_start..e.trigger.span.raw_end,
                modality: e.modality.clone(),
            })
            .collect(),
    }
}

pub fn eval_facts(args: EvalFactsArgs) -> Result<bool> {
    let analyzer = Analyzer::default();
    let mut total = FactScores::default();
    for path in gold_files(&args.gold)? {
        let gold = read_gold(&path)?;
        let meta = Metadata {
            id: Some(gold.id.clone()),
            published: Some(gold.published.clone()),
            ..Metadata::default()
        };
        let doc = analyzer
            .analyze(&gold.text, &meta)
            .with_context(|| format!("{}", path.display()))?;
        let score =
            score_doc(&gold, &system_facts(&doc)).with_context(|| format!("{}", path.display()))?;
        if args.errors {
            for e in &score.errors {
                eprintln!("{}: {e}", gold.id);
            }
        }
        total.add(&score);
    }
    let mut out = std::io::stdout().lock();
    writeln!(out, "{} paragraphs", total.documents)?;
    writeln!(
        out,
        "{:<22} {:>7} {:>7} {:>7} {:>5} {:>5} {:>5}",
        "layer", "P", "R", "F1", "tp", "fp", "fn"
    )?;
    let rows: [(&str, Counts); 6] = [
        ("quotes span+speaker", total.quote_attribution),
        ("quotes span", total.quote_span),
        ("times span+value", total.time_value),
        ("times span", total.time_span),
        ("events type+actors", total.event_actors),
        ("events type", total.event_type),
    ];
    for (name, c) in rows {
        writeln!(
            out,
            "{:<22} {:>7.2} {:>7.2} {:>7.2} {:>5} {:>5} {:>5}",
            name,
            100.0 * c.precision(),
            100.0 * c.recall(),
            100.0 * c.f1(),
            c.tp,
            c.fp,
            c.fn_
        )?;
    }
    writeln!(
        out,
        "event modality right on {}/{} matched events",
        total.event_modality_right, total.event_actors.tp
    )?;
    if args.json {
        let mut v = serde_json::to_value(&total)?;
        for (name, c) in [
            ("quote_attribution_f1", total.quote_attribution),
            ("quote_span_f1", total.quote_span),
            ("time_value_f1", total.time_value),
            ("time_span_f1", total.time_span),
            ("event_actors_f1", total.event_actors),
            ("event_type_f1", total.event_type),
        ] {
            v[name] = serde_json::json!((10000.0 * c.f1()).round() / 100.0);
        }
        writeln!(out, "{}", serde_json::to_string(&v)?)?;
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_speaker_goes_by_every_name_of_its_entity() {
        let meta = Metadata {
            published: Some("2025-04-12".into()),
            ..Metadata::default()
        };
        let doc = Analyzer::default()
            .analyze(
                "بحث عباس عراقجي وزير الخارجية الإيراني مع بدر بن حمد البوسعيدي الملف النووي. \
                 وقال وزير الخارجية إن المحادثات جيدة.",
                &meta,
            )
            .expect("analyzes");
        let facts = system_facts(&doc);
        let speaker = &facts.quotes.last().expect("a quote").speaker;
        assert!(
            speaker.iter().any(|n| n == "بدر بن حمد البوسعيدي"),
            "{speaker:?}"
        );
    }
}
