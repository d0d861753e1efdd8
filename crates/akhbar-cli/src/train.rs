//! `akhbar train`: rebuild shipped models from their documented sources.

use std::fs;
use std::path::{Path, PathBuf};

use akhbar_eval::conllu;
use akhbar_eval::treebank::padt_examples;
use akhbar_extract::entities::clusters::ClusterOptions;
use akhbar_extract::entities::gazetteer::Gazetteer;
use akhbar_extract::entities::short_names::{self, ShortNameUse, ShortNames};
use akhbar_text::clean::Cleaner;
use akhbar_text::normalize::Normalizer;
use akhbar_text::segment::train::{accuracy, train, Example, TrainConfig};
use akhbar_text::segment::{Lexicon, SegmenterModel};
use akhbar_text::tokenize::{tokenize, TokenKind};
use anyhow::{bail, Context, Result};
use clap::{Args, Subcommand};

#[derive(Subcommand, Debug)]
pub enum TrainCommand {
    /// Train the clitic segmenter: readings from UD Arabic-PADT v1.2 (dev and
    /// test, rebuilt to surface words), word counts from the ANT corpus.
    /// Writes weights.tsv, lexicon.tsv and memory.tsv.
    ///
    /// Example:
    ///   akhbar train segmenter --shared ../shared --out crates/akhbar-text/data/segmenter
    #[command(verbatim_doc_comment)]
    Segmenter(SegmenterArgs),
    /// Train the named-entity tagger on the derived ANERcorp train split
    /// (the last tenth held out to choose the number of epochs, then all of
    /// it). Writes model.bin.
    ///
    /// Example:
    ///   akhbar train ner --shared ../shared --out crates/akhbar-extract/data/ner
    #[command(verbatim_doc_comment)]
    Ner(crate::ner::TrainNerArgs),
    /// Learn the word clusters the entity tagger uses from the ANT corpus
    /// (exchange clustering, then a Brown-style tree). Writes clusters.tsv
    /// and CLUSTERS.md.
    ///
    /// Example:
    ///   akhbar train clusters --shared ../shared --out crates/akhbar-extract/data/ner
    #[command(verbatim_doc_comment)]
    Clusters(ClustersArgs),
    /// Count, in the ANT corpus, how often each short name of a known person
    /// («بوتين», but also «الدوري», the league) comes with the full name in
    /// the same article: a short name that mostly does may name its person
    /// alone. Writes short_names.tsv and README.md.
    ///
    /// Example:
    ///   akhbar train short-names --shared ../shared --out crates/akhbar-extract/data/short_names
    #[command(verbatim_doc_comment)]
    ShortNames(ShortNamesArgs),
}

#[derive(Args, Debug)]
pub struct ShortNamesArgs {
    /// The shared data folder (holds data/ant-corpus).
    #[arg(long, default_value = "../shared", env = "AKHBAR_SHARED")]
    shared: PathBuf,
    /// Output folder.
    #[arg(long, default_value = "crates/akhbar-extract/data/short_names")]
    out: PathBuf,
}

#[derive(Args, Debug)]
pub struct ClustersArgs {
    /// The shared data folder (holds data/ant-corpus).
    #[arg(long, default_value = "../shared", env = "AKHBAR_SHARED")]
    shared: PathBuf,
    /// Output folder.
    #[arg(long, default_value = "crates/akhbar-extract/data/ner")]
    out: PathBuf,
    /// Number of clusters.
    #[arg(long, default_value_t = ClusterOptions::default().clusters)]
    clusters: usize,
    /// Cluster words seen at least this often.
    #[arg(long, default_value_t = ClusterOptions::default().min_count)]
    min_count: usize,
    /// Most exchange passes.
    #[arg(long, default_value_t = ClusterOptions::default().max_passes)]
    max_passes: usize,
    /// Worker threads (0: all cores); the output does not depend on it.
    #[arg(long, default_value_t = 0)]
    threads: usize,
}

#[derive(Args, Debug)]
pub struct SegmenterArgs {
    /// The shared data folder (holds data/ud-arabic-padt and data/ant-corpus).
    #[arg(long, default_value = "../shared", env = "AKHBAR_SHARED")]
    shared: PathBuf,
    /// Output folder.
    #[arg(long, default_value = "crates/akhbar-text/data/segmenter")]
    out: PathBuf,
    /// Perceptron epochs.
    #[arg(long, default_value_t = TrainConfig::default().epochs)]
    epochs: usize,
    /// Keep lexicon words seen at least this often.
    #[arg(long, default_value_t = 1)]
    min_count: u32,
    /// Only report held-out accuracy (train on PADT dev, test on PADT test and
    /// the other way round); write nothing.
    #[arg(long)]
    dry_run: bool,
    /// Train the averaged perceptron instead of logistic regression.
    #[arg(long)]
    perceptron: bool,
    /// L2 penalty of the logistic regression.
    #[arg(long)]
    l2: Option<f64>,
    /// Do not learn from words PADT left unanalyzed (single `X` tokens, never
    /// split whatever clitics they hold).
    #[arg(long)]
    skip_unanalyzed: bool,
    /// Logistic regressions (on differently shuffled data) whose weights are averaged.
    #[arg(long, default_value_t = TrainConfig::default().runs)]
    runs: usize,
    /// Seed of the shuffles.
    #[arg(long, default_value_t = TrainConfig::default().seed)]
    seed: u64,
    /// Print up to N held-out errors (word, gold, predicted) to stderr.
    #[arg(long, value_name = "N", default_value_t = 0)]
    show_errors: usize,
    /// Hand-checked readings of frequent news words, which the held-out
    /// models use as the shipped one does (the file ships as it is).
    #[arg(long, default_value = "crates/akhbar-text/data/segmenter/readings.tsv")]
    readings: PathBuf,
    /// Score the held-out models without the hand-checked readings.
    #[arg(long)]
    no_readings: bool,
}

pub fn run(cmd: TrainCommand) -> Result<bool> {
    match cmd {
        TrainCommand::Segmenter(args) => segmenter(args),
        TrainCommand::Ner(args) => crate::ner::train_ner(args),
        TrainCommand::Clusters(args) => {
            let options = ClusterOptions {
                clusters: args.clusters,
                min_count: args.min_count,
                max_passes: args.max_passes,
                threads: args.threads,
                ..ClusterOptions::default()
            };
            crate::train_clusters::run(&args.shared, &args.out, &options).map(|()| true)
        }
        TrainCommand::ShortNames(args) => short_names(&args.shared, &args.out).map(|()| true),
    }
}

fn read_padt(path: &Path) -> Result<Vec<Example>> {
    let text = fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let sentences = conllu::parse(&text).with_context(|| format!("parsing {}", path.display()))?;
    Ok(padt_examples(&sentences))
}

/// Text of the `<TAG>…</TAG>` element of an ANT record.
pub(crate) fn element<'a>(doc: &'a str, tag: &str) -> Option<&'a str> {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    let start = doc.find(&open)? + open.len();
    let end = doc[start..].find(&close)? + start;
    Some(&doc[start..end])
}

fn ant_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
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

/// Every `.txt` file of the ANT corpus under `dir`, sorted by path so that
/// the order is the same on every machine; an error when there is none.
pub(crate) fn ant_sorted_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    ant_files(dir, &mut files)?;
    files.sort();
    if files.is_empty() {
        bail!("no .txt files under {}", dir.display());
    }
    Ok(files)
}

/// The cleaned title, abstract and text of every ANT article (files sorted
/// by path), each piece once: an abstract the text repeats is left empty,
/// as is a text another article already had.
pub(crate) fn ant_articles(dir: &Path) -> Result<Vec<[String; 3]>> {
    let files = ant_sorted_files(dir)?;
    let cleaner = Cleaner::default();
    let mut seen_texts = std::collections::HashSet::new();
    let mut out = Vec::with_capacity(files.len());
    for f in &files {
        let raw = fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?;
        let clean = |tag: &str| {
            let mut s = String::new();
            cleaner.clean_into(element(&raw, tag).unwrap_or(""), &mut s);
            s
        };
        let (title, mut abstract_, mut text) = (clean("TITLE"), clean("ABSTRACT"), clean("TEXT"));
        // Most abstracts are the text's first sentences, and a few articles
        // repeat another's text: count each piece of text once.
        if !seen_texts.insert(text.clone()) {
            text.clear();
        }
        if text.contains(abstract_.as_str()) {
            abstract_.clear();
        }
        out.push([title, abstract_, text]);
    }
    Ok(out)
}

/// Word counts (search form) of the ANT corpus: titles, abstracts and texts.
pub fn ant_lexicon(dir: &Path) -> Result<(Lexicon, usize)> {
    let files = ant_sorted_files(dir)?;
    let cleaner = Cleaner::default();
    let normalizer = Normalizer::default();
    let mut lex = Lexicon::default();
    let mut clean = String::new();
    let mut norm = String::new();
    for f in &files {
        let raw = fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?;
        for tag in ["TITLE", "ABSTRACT", "TEXT"] {
            let Some(body) = element(&raw, tag) else {
                continue;
            };
            cleaner.clean_into(body, &mut clean);
            for t in tokenize(&clean) {
                if t.kind == TokenKind::Word {
                    norm.clear();
                    normalizer.normalize_into(t.text(&clean), &mut norm);
                    lex.add(&norm, 1);
                }
            }
        }
    }
    Ok((lex, files.len()))
}

/// The short-name counts of the ANT corpus ([`short_names::count`]), each
/// article's title, abstract and text tokenized together.
pub fn ant_short_names(dir: &Path) -> Result<(Vec<ShortNameUse>, usize)> {
    let articles = ant_articles(dir)?;
    let n_files = articles.len();
    let documents: Vec<Vec<String>> = articles
        .iter()
        .map(|pieces| {
            pieces
                .iter()
                .flat_map(|p| tokenize(p).map(|t| t.text(p).to_string()))
                .collect()
        })
        .collect();
    let gazetteer = Gazetteer::bundled();
    Ok((
        short_names::count(gazetteer, documents.iter().map(Vec::as_slice)),
        n_files,
    ))
}

fn short_names(shared: &Path, out: &Path) -> Result<()> {
    let (uses, n_files) = ant_short_names(&shared.join("data/ant-corpus"))?;
    fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let tsv = out.join("short_names.tsv");
    fs::write(&tsv, ShortNames::to_tsv(&uses))
        .with_context(|| format!("writing {}", tsv.display()))?;
    let alone = uses.iter().filter(|u| u.stands_alone()).count();
    let card = format!(
        "# Short names of known people in raw news (`short_names.tsv`)\n\n\
         For each short form of a person in the knowledge base («بوتين», «لافروف», but\n\
         also «الدوري», the league, for Izzat al-Douri), in how many articles of the ANT\n\
         corpus it occurs alone (not inside a longer known name), and in how many of those\n\
         the article also names one of its people in full. Read by\n\
         `akhbar_extract::entities::short_names::ShortNames`: a form whose articles name one\n\
         of its people in full at least {share:.0}% of the time (counting one such article\n\
         more and two without, and at least one seen), and which has no article «ال», may\n\
         name the person where the article never gives the full name; any other form only\n\
         once the full name has come. Format: `form<TAB>documents<TAB>with_full_name`, forms in\n\
         search form without proclitics, sorted.\n\n\
         ## Source\n\n\
         The ANT corpus v1.1 (Chouigui, Ben Khiroun and Elayeb, AICCSA 2017; articles of\n\
         the Tunisian radio website JawharaFM), Apache License 2.0, read from\n\
         `data/ant-corpus` of the shared data folder: {n_files} files, each article's title,\n\
         abstract (unless the text repeats it) and text (unless another article has the\n\
         same one), cleaned and tokenized with akhbar-text, names found with the bundled\n\
         gazetteer (`../kb`, Apache-2.0 / CLDR).\n\n\
         ## Command\n\n\
         ```\n\
         akhbar train short-names --shared ../shared --out crates/akhbar-extract/data/short_names\n\
         ```\n\n\
         The output is the same on every run. Rerun it when the knowledge base changes\n\
         (a test checks the file against the corpus when the shared data is there).\n\n\
         ## Figures\n\n\
         {n} short forms occur in the corpus; {alone} of them may stand alone.\n",
        share = 100.0 * short_names::FULL_NAME_SHARE,
        n = uses.len(),
    );
    let readme = out.join("README.md");
    fs::write(&readme, card).with_context(|| format!("writing {}", readme.display()))?;
    eprintln!(
        "wrote {}: {} short forms seen in {n_files} files, {alone} may stand alone",
        tsv.display(),
        uses.len()
    );
    Ok(())
}

fn leak(model: SegmenterModel) -> &'static SegmenterModel {
    Box::leak(Box::new(model))
}

fn segmenter(args: SegmenterArgs) -> Result<bool> {
    let padt = args.shared.join("data/ud-arabic-padt/legacy-r1.2");
    let dev = read_padt(&padt.join("ar-ud-dev.conllu"))?;
    let test = read_padt(&padt.join("ar-ud-test.conllu"))?;
    eprintln!(
        "PADT v1.2: {} dev words, {} test words",
        dev.len(),
        test.len()
    );
    let (mut lexicon, n_files) = ant_lexicon(&args.shared.join("data/ant-corpus"))?;
    eprintln!(
        "ANT: {n_files} articles, {} running words, {} distinct",
        lexicon.total(),
        lexicon.len()
    );
    lexicon.prune(args.min_count);
    let mut config = TrainConfig {
        epochs: args.epochs,
        runs: args.runs,
        seed: args.seed,
        ..TrainConfig::default()
    };
    if args.perceptron {
        config.learner = akhbar_text::segment::train::Learner::Perceptron;
    }
    if let Some(l2) = args.l2 {
        config.l2 = l2;
    }
    if args.skip_unanalyzed {
        config.use_unanalyzed = false;
    }
    let readings = if args.no_readings {
        String::new()
    } else {
        fs::read_to_string(&args.readings)
            .with_context(|| format!("reading {}", args.readings.display()))?
    };
    let check = |model: SegmenterModel| -> Result<SegmenterModel> {
        model
            .with_checked_readings(&readings, &Normalizer::default())
            .with_context(|| format!("in {}", args.readings.display()))
    };
    for (name, tr, te) in [("dev→test", &dev, &test), ("test→dev", &test, &dev)] {
        let trained = train(tr, lexicon.clone(), config);
        let model = leak(check(trained.model)?);
        let (right, seen) = accuracy(model, te);
        let split: Vec<Example> = te
            .iter()
            .filter(|e| !e.proclitics.is_empty() || !e.enclitic.is_empty())
            .cloned()
            .collect();
        let (sr, ss) = accuracy(model, &split);
        let analyzed: Vec<Example> = te.iter().filter(|e| !e.unanalyzed).cloned().collect();
        let (ar, aseen) = accuracy(model, &analyzed);
        if args.show_errors > 0 {
            let seg = akhbar_text::segment::CliticSegmenter::new(model);
            let mut shown = 0;
            for e in te.iter() {
                let s = seg.segment(&e.word);
                let parts: Vec<&str> = s.segments(&e.word).map(|p| p.text).collect();
                let pred = parts.join("+");
                let stem = &e.word[e.proclitics.len()..e.word.len() - e.enclitic.len()];
                let mut gold: Vec<String> = e.proclitics.chars().map(|c| c.to_string()).collect();
                if !stem.is_empty() {
                    gold.push(stem.to_string());
                }
                if !e.enclitic.is_empty() {
                    gold.push(e.enclitic.clone());
                }
                let gold = gold.join("+");
                if gold != pred && shown < args.show_errors {
                    shown += 1;
                    eprintln!(
                        "ERR\t{}\tgold={}\tpred={}{}\tmem={:?}",
                        e.word,
                        gold,
                        pred,
                        if e.unanalyzed { "\tunanalyzed" } else { "" },
                        model
                            .memory()
                            .readings(&Normalizer::default().normalize(&e.word))
                    );
                }
            }
        }
        eprintln!(
            "held out {name}: word accuracy {:.2}% ({right}/{seen}); analyzed words {:.2}% ({ar}/{aseen}); on words that split {:.2}% ({sr}/{ss}); train acc {:.2}%",
            100.0 * right as f64 / seen.max(1) as f64,
            100.0 * ar as f64 / aseen.max(1) as f64,
            100.0 * sr as f64 / ss.max(1) as f64,
            100.0 * trained.report.train_accuracy
        );
    }
    if args.dry_run {
        return Ok(true);
    }
    let all: Vec<Example> = dev.iter().chain(test.iter()).cloned().collect();
    let trained = train(&all, lexicon.clone(), config);
    fs::create_dir_all(&args.out)?;
    fs::write(args.out.join("weights.tsv"), &trained.weights_tsv)?;
    fs::write(args.out.join("memory.tsv"), &trained.memory_tsv)?;
    let lex_tsv = format!(
        "# akhbar segmenter lexicon: word counts (search form) in the ANT corpus v1.1 (Apache-2.0). Generated by `akhbar train segmenter`.\n{}",
        lexicon.to_tsv()
    );
    fs::write(args.out.join("lexicon.tsv"), lex_tsv)?;
    let keep = akhbar_text::stem::keep_waw_words(&lexicon);
    let keep_path = args.out.join("../stemmer/keep_waw.txt");
    fs::create_dir_all(keep_path.parent().unwrap_or(&args.out))?;
    fs::write(
        &keep_path,
        format!(
            "# Words (search form) whose leading و the light stemmer keeps: seen at least 3 times in the\n# ANT corpus v1.1 (Apache-2.0) and the rest after و seen under a twentieth as often.\n# Generated by `akhbar train segmenter`.\n{}\n",
            keep.join("\n")
        ),
    )?;
    eprintln!("wrote {} ({} words)", keep_path.display(), keep.len());
    eprintln!(
        "wrote {}: {} weights, {} memory words, {} lexicon words ({} unreachable readings skipped)",
        args.out.display(),
        trained.report.features,
        trained.model.memory().len(),
        lexicon.len(),
        trained.report.unreachable
    );
    if !args.no_readings {
        let n = check(trained.model)?.n_checked_readings();
        eprintln!(
            "{}: {n} hand-checked words (used as they are)",
            args.readings.display()
        );
    }
    Ok(true)
}
