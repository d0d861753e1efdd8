//! `akhbar train ner`, `akhbar eval ner` and `akhbar tag`.

use std::fs;
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use akhbar_eval::ner::{parse_conll, parse_tokens, score, NerScores, TaggedSentence};
use akhbar_extract::entities::clusters::WordClusters;
use akhbar_extract::entities::ner::train::{train_tagger, LabeledSentence, Learner, TrainOptions};
use akhbar_extract::entities::ner::{EntityTagger, Tag, TaggerModels, TaggerScratch};
use anyhow::{bail, Context, Result};
use clap::Args;

use crate::entities::{bundled_tagger, gazetteer_bits, tagger_with};
use crate::input::Input;

/// The derived ANERcorp split under the shared folder.
fn anercorp(shared: &Path, part: &str) -> PathBuf {
    shared.join(format!(
        "data/anercorp/derived/ANERcorp_approx-camel-split_{part}.txt"
    ))
}

fn read_gold(path: &Path) -> Result<Vec<TaggedSentence>> {
    let text = fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    parse_conll(&text).with_context(|| format!("{}", path.display()))
}

#[derive(Args, Debug)]
pub struct TrainNerArgs {
    /// The shared data folder (holds data/anercorp).
    #[arg(long, default_value = "../shared", env = "AKHBAR_SHARED")]
    shared: PathBuf,
    /// Train on this file instead of the derived ANERcorp train split.
    #[arg(long, value_name = "FILE")]
    train: Option<PathBuf>,
    /// Output folder.
    #[arg(long, default_value = "crates/akhbar-extract/data/ner")]
    out: PathBuf,
    /// Passes over the data.
    #[arg(long, default_value_t = TrainOptions::default().epochs)]
    epochs: usize,
    /// How many models (different shuffles) to train and average.
    #[arg(long, default_value_t = TrainOptions::default().ensemble)]
    ensemble: usize,
    /// Probability of hiding a token's identity features in an update.
    #[arg(long, default_value_t = TrainOptions::default().word_dropout)]
    word_dropout: f32,
    /// Share of training sentences whose gazetteer hits are hidden.
    #[arg(long, default_value_t = TrainOptions::default().gazetteer_dropout)]
    gazetteer_dropout: f32,
    /// How the weights are learned: the averaged perceptron, or a CRF fitted
    /// by stochastic gradient descent (see --crf-l2, --crf-rate).
    #[arg(long, value_enum, default_value_t = LearnerName::Perceptron)]
    learner: LearnerName,
    /// The CRF's L2 penalty of the feature weights (more than 0).
    #[arg(long, default_value_t = 0.1)]
    crf_l2: f32,
    /// The CRF's first step size (more than 0).
    #[arg(long, default_value_t = 0.1)]
    crf_rate: f32,
    /// Folds of the first pass's jackknife (its tags train the second pass).
    #[arg(long, default_value_t = 5)]
    folds: usize,
    /// Drop features seen fewer times in training.
    #[arg(long, default_value_t = TrainOptions::default().min_count)]
    min_count: u32,
    /// Lower the score of the outside tag by this much at every token of
    /// both passes (favours recall).
    #[arg(long, default_value_t = 0.0)]
    outside_penalty: f32,
    /// With --dry-run, also score these outside penalties (comma-separated).
    #[arg(long, value_delimiter = ',')]
    sweep_penalty: Vec<f32>,
    /// Only report scores on a development split (a tenth of the train
    /// split, see --dev-fold); write nothing.
    #[arg(long)]
    dry_run: bool,
    /// Which tenth of the train split is the development split with
    /// --dry-run (0 = the first, 9 = the last).
    #[arg(long, default_value_t = 9, value_parser = clap::value_parser!(u8).range(0..10))]
    dev_fold: u8,
    /// With --dry-run, also leave this many sentences on each side of the
    /// development split out of the fit.
    #[arg(long, default_value_t = 0)]
    dev_gap: usize,
}

/// The learners `--learner` names.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum LearnerName {
    Perceptron,
    Crf,
}

fn labeled(gold: &[TaggedSentence]) -> Result<Vec<LabeledSentence>> {
    gold.iter()
        .map(|s| {
            let tags = s
                .tags
                .iter()
                .map(|t| Tag::from_conll(t).with_context(|| format!("line {}: tag {t}", s.line)))
                .collect::<Result<Vec<Tag>>>()?;
            Ok(LabeledSentence {
                gazetteer: gazetteer_bits(&s.tokens),
                tokens: s.tokens.clone(),
                tags,
            })
        })
        .collect()
}

/// Tags the sentences of a CoNLL file as one running text.
fn tag_sentences(tagger: &EntityTagger<'_>, gold: &[TaggedSentence]) -> Vec<TaggedSentence> {
    let mut scratch = TaggerScratch::default();
    let tokens: Vec<&[String]> = gold.iter().map(|s| s.tokens.as_slice()).collect();
    let gaz: Vec<Vec<u32>> = gold.iter().map(|s| gazetteer_bits(&s.tokens)).collect();
    let tags = tagger.tag_document(&tokens, &gaz, &mut scratch);
    gold.iter()
        .zip(tags)
        .map(|(s, tags)| TaggedSentence {
            tokens: s.tokens.clone(),
            tags: tags.iter().map(|t| t.conll().to_string()).collect(),
            line: s.line,
        })
        .collect()
}

fn brief(s: &NerScores) -> String {
    let per: Vec<String> = s
        .per_type
        .iter()
        .map(|(k, v)| format!("{k} {:.2}", v.f1))
        .collect();
    format!(
        "F1 {:.2} (P {:.2} R {:.2}; {})",
        s.total.f1,
        s.total.precision,
        s.total.recall,
        per.join(", ")
    )
}

/// `models` with the outside tag lowered by `penalty` in both passes.
fn penalized(models: &TaggerModels, penalty: f32) -> TaggerModels {
    let mut m = models.clone();
    m.base.penalize_outside(penalty);
    if let Some(c) = m.context.as_mut() {
        c.penalize_outside(penalty);
    }
    m
}

pub fn train_ner(args: TrainNerArgs) -> Result<bool> {
    let started = Instant::now();
    let train_path = args
        .train
        .clone()
        .unwrap_or_else(|| anercorp(&args.shared, "train"));
    let gold = read_gold(&train_path)?;
    let data = labeled(&gold)?;
    if !(args.crf_l2 > 0.0
        && args.crf_rate > 0.0
        && args.crf_l2.is_finite()
        && args.crf_rate.is_finite())
    {
        bail!(
            "--crf-l2 and --crf-rate must be positive numbers (got {} and {})",
            args.crf_l2,
            args.crf_rate
        );
    }
    let featurizer = tagger_with(TaggerModels::default());
    let options = TrainOptions {
        min_count: args.min_count,
        epochs: args.epochs,
        word_dropout: args.word_dropout,
        gazetteer_dropout: args.gazetteer_dropout,
        ensemble: args.ensemble,
        learner: match args.learner {
            LearnerName::Perceptron => Learner::Perceptron,
            LearnerName::Crf => Learner::Crf {
                l2: args.crf_l2,
                rate: args.crf_rate,
            },
        },
        ..TrainOptions::default()
    };
    let mut progress = |m: &str| eprintln!("[{:>5.1}s] {m}", started.elapsed().as_secs_f64());
    if args.dry_run {
        let k = usize::from(args.dev_fold);
        let dev_range = k * gold.len() / 10..(k + 1) * gold.len() / 10;
        // Sentences next to the development split often tell the same
        // stories with the same names; --dev-gap leaves them out of the
        // fit, which makes the split more like new documents.
        let fit: Vec<LabeledSentence> = data[..dev_range.start.saturating_sub(args.dev_gap)]
            .iter()
            .chain(&data[(dev_range.end + args.dev_gap).min(data.len())..])
            .cloned()
            .collect();
        let dev_gold = &gold[dev_range.clone()];
        eprintln!(
            "{}: fitting on {} sentences, development split: sentences {}..{}",
            train_path.display(),
            fit.len(),
            dev_range.start,
            dev_range.end
        );
        let models = train_tagger(&featurizer, &fit, &options, args.folds, &mut progress);
        let first_only = tagger_with(TaggerModels {
            base: models.base.clone(),
            context: None,
        });
        let s1 =
            score(dev_gold, &tag_sentences(&first_only, dev_gold)).map_err(anyhow::Error::msg)?;
        eprintln!("development, first pass:  {}", brief(&s1));
        for &penalty in &args.sweep_penalty {
            let s = score(
                dev_gold,
                &tag_sentences(&tagger_with(penalized(&models, penalty)), dev_gold),
            )
            .map_err(anyhow::Error::msg)?;
            eprintln!("development, outside penalty {penalty}: {}", brief(&s));
        }
        let models = penalized(&models, args.outside_penalty);
        let s2 = score(dev_gold, &tag_sentences(&tagger_with(models), dev_gold))
            .map_err(anyhow::Error::msg)?;
        eprintln!("development, second pass: {}", brief(&s2));
        return Ok(true);
    }
    let models = train_tagger(&featurizer, &data, &options, args.folds, &mut progress);
    let models = penalized(&models, args.outside_penalty);
    fs::create_dir_all(&args.out)?;
    let bytes = models.to_bytes();
    let path = args.out.join("model.bin");
    fs::write(&path, &bytes).with_context(|| format!("writing {}", path.display()))?;
    eprintln!(
        "wrote {}: {} + {} features, {:.1} MB, {} epochs ({:.1}s)",
        path.display(),
        models.base.len(),
        models.context.as_ref().map_or(0, |c| c.len()),
        bytes.len() as f64 / 1e6,
        args.epochs,
        started.elapsed().as_secs_f64()
    );
    Ok(true)
}

#[derive(Args, Debug)]
pub struct EvalNerArgs {
    /// Gold file: `TOKEN TAG` lines, blank lines between sentences (IOB2,
    /// ANERcorp labels).
    #[arg(long)]
    gold: PathBuf,
    /// Score another system's output (same layout) instead of akhbar's.
    #[arg(long)]
    system: Option<PathBuf>,
    /// Print the scores as a JSON object on the last line.
    #[arg(long)]
    json: bool,
    /// Use this model file instead of the bundled one.
    #[arg(long)]
    model: Option<PathBuf>,
    /// Print up to N sentences with errors to stderr (gold/predicted).
    #[arg(long, value_name = "N", default_value_t = 0)]
    errors: usize,
}

fn load_tagger(model: Option<&Path>) -> Result<&'static EntityTagger<'static>> {
    Ok(match model {
        None => bundled_tagger(),
        Some(p) => {
            let bytes = fs::read(p).with_context(|| format!("reading {}", p.display()))?;
            let tagger = EntityTagger::from_bytes(&bytes, WordClusters::bundled())
                .with_context(|| format!("{}", p.display()))?;
            Box::leak(Box::new(tagger))
        }
    })
}

pub fn eval_ner(args: EvalNerArgs) -> Result<bool> {
    let gold = read_gold(&args.gold)?;
    let predicted = match &args.system {
        Some(p) => read_gold(p)?,
        None => tag_sentences(load_tagger(args.model.as_deref())?, &gold),
    };
    let mut shown = 0;
    for (g, p) in gold.iter().zip(&predicted) {
        if shown >= args.errors {
            break;
        }
        if g.tags != p.tags {
            shown += 1;
            let line: Vec<String> = g
                .tokens
                .iter()
                .zip(g.tags.iter().zip(&p.tags))
                .map(|(t, (a, b))| {
                    if a == b {
                        format!("{t}/{a}")
                    } else {
                        format!("[{t} {a}≠{b}]")
                    }
                })
                .collect();
            eprintln!("line {}: {}", g.line, line.join(" "));
        }
    }
    let s = score(&gold, &predicted).map_err(anyhow::Error::msg)?;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{} sentences, {} tokens, {} gold entities, token accuracy {:.2}%",
        gold.len(),
        s.tokens,
        s.total.gold,
        s.token_accuracy
    )?;
    writeln!(
        out,
        "{:<6} {:>7} {:>7} {:>7} {:>6}",
        "type", "P", "R", "F1", "gold"
    )?;
    for (k, v) in s.per_type.iter().chain([(&"all".to_string(), &s.total)]) {
        writeln!(
            out,
            "{:<6} {:>7.2} {:>7.2} {:>7.2} {:>6}",
            k, v.precision, v.recall, v.f1, v.gold
        )?;
    }
    if args.json {
        writeln!(out, "{}", serde_json::to_string(&s)?)?;
    }
    Ok(true)
}

#[derive(Args, Debug)]
pub struct TagArgs {
    /// Read and write CoNLL layout: one token per line (a trailing gold tag
    /// is ignored), blank lines between sentences; writes `TOKEN TAG`.
    #[arg(long)]
    conll: bool,
    /// Use this model file (written by `akhbar train ner`) instead of the
    /// bundled one.
    #[arg(long, value_name = "FILE")]
    model: Option<PathBuf>,
    /// Input file (`-` or nothing: stdin).
    input: Option<PathBuf>,
}

pub fn tag(args: TagArgs) -> Result<bool> {
    if !args.conll {
        bail!("only --conll is supported; use `akhbar analyze` for running text");
    }
    let tagger = load_tagger(args.model.as_deref())?;
    let input = Input {
        path: args.input.filter(|p| p != Path::new("-")),
    };
    let name = input
        .path
        .as_ref()
        .map_or("stdin".to_string(), |p| p.display().to_string());
    let mut raw = Vec::new();
    input
        .open()
        .and_then(|mut r| r.read_to_end(&mut raw))
        .with_context(|| format!("reading {name}"))?;
    let text = String::from_utf8(raw).map_err(|e| {
        anyhow::anyhow!(
            "{name}: not UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    let sentences = parse_tokens(&text);
    let mut out = BufWriter::new(std::io::stdout().lock());
    for s in &tag_sentences(tagger, &sentences) {
        for (t, g) in s.tokens.iter().zip(&s.tags) {
            writeln!(out, "{t} {g}")?;
        }
        writeln!(out)?;
    }
    out.flush()?;
    Ok(true)
}
