//! `akhbar eval`.

use std::io::Write;
use std::path::PathBuf;

use akhbar_eval::conllu;
use akhbar_eval::segmentation::{SegmentationScore, Spans};
use akhbar_text::clean::Cleaner;
use akhbar_text::segment::{percent_sign_start, CliticSegmenter};
use akhbar_text::tokenize::{tokenize, TokenKind};
use anyhow::{bail, Context, Result};
use clap::{Args, Subcommand};

#[derive(Subcommand, Debug)]
pub enum EvalCommand {
    /// Tokenization and clitic segmentation against a UD CoNLL-U file:
    /// CoNLL 2018-style Tokens and Words precision/recall/F1 over character
    /// spans of the raw sentence text.
    ///
    /// Example:
    ///   akhbar eval segment --gold ../shared/data/ud-arabic-pud/ar_pud-ud-test.conllu --json
    #[command(verbatim_doc_comment)]
    Segment(SegmentArgs),
    /// How well the light stemmer conflates words: B-cubed precision, recall
    /// and F1 of "same stem" against "same lemma" over the surface tokens of a
    /// UD file with lemmas (a token: words glued by SpaceAfter=No; its lemma:
    /// its content word's). Scores plain light10 and akhbar's variant.
    ///
    /// Example:
    ///   akhbar eval stem --gold ../shared/data/ud-arabic-pud/ar_pud-ud-test.conllu
    #[command(verbatim_doc_comment)]
    Stem(StemArgs),
    /// Named entities against a CoNLL file (`TOKEN TAG` lines, IOB2,
    /// ANERcorp labels): entity-level micro precision/recall/F1 as conlleval
    /// counts them, and per type.
    ///
    /// Example:
    ///   akhbar eval ner --gold ../shared/data/anercorp/derived/ANERcorp_approx-camel-split_test.txt
    #[command(verbatim_doc_comment)]
    Ner(crate::ner::EvalNerArgs),
    /// Quotes, time expressions and events against a gold folder of
    /// annotated paragraphs (docs/annotation.md): precision/recall/F1 of
    /// quote span + speaker, time value, and event type + actors.
    ///
    /// Example:
    ///   akhbar eval facts --gold eval/gold/facts --errors
    #[command(verbatim_doc_comment)]
    Facts(crate::facts::EvalFactsArgs),
}

#[derive(Args, Debug)]
pub struct StemArgs {
    /// Gold CoNLL-U file with lemmas.
    #[arg(long)]
    gold: PathBuf,
    /// Print the scores as a JSON object on the last line.
    #[arg(long)]
    json: bool,
}

#[derive(Args, Debug)]
pub struct SegmentArgs {
    /// Gold CoNLL-U file (needs `# text` lines, or SpaceAfter=No marks).
    #[arg(long)]
    gold: PathBuf,
    /// Score another system's output instead of akhbar's: one line per gold
    /// sentence, tokens separated by spaces, segments joined by `+` (the
    /// format of `akhbar tokenize --segment`).
    #[arg(long)]
    system: Option<PathBuf>,
    /// Print the scores as a JSON object on the last line.
    #[arg(long)]
    json: bool,
    /// Print up to N sentences with wrong words to stderr.
    #[arg(long, value_name = "N", default_value_t = 0)]
    errors: usize,
}

pub fn run(cmd: EvalCommand) -> Result<bool> {
    match cmd {
        EvalCommand::Segment(args) => segment(args),
        EvalCommand::Stem(args) => stem(args),
        EvalCommand::Ner(args) => crate::ner::eval_ner(args),
        EvalCommand::Facts(args) => crate::facts::eval_facts(args),
    }
}

/// Our token and segment byte ranges on a raw sentence.
pub fn system_ranges(
    raw: &str,
    cleaner: &Cleaner,
    segmenter: &CliticSegmenter,
) -> Vec<(std::ops::Range<usize>, Vec<std::ops::Range<usize>>)> {
    let cleaned = cleaner.clean(raw);
    let text = &cleaned.text;
    let map = |r: std::ops::Range<usize>| cleaned.alignment.source_range(r);
    tokenize(text)
        .map(|t| {
            let tok = t.text(text);
            let segs: Vec<std::ops::Range<usize>> = match t.kind {
                TokenKind::Word => {
                    let s = segmenter.segment(tok);
                    s.segments(tok)
                        .map(|p| map(t.start + p.range.start..t.start + p.range.end))
                        .collect()
                }
                TokenKind::Number if percent_sign_start(tok).is_some() => {
                    let cut = t.start + percent_sign_start(tok).unwrap_or(tok.len());
                    vec![map(t.start..cut), map(cut..t.end)]
                }
                _ => vec![map(t.start..t.end)],
            };
            (map(t.start..t.end), segs)
        })
        .collect()
}

fn segment(args: SegmentArgs) -> Result<bool> {
    let gold_text = std::fs::read_to_string(&args.gold)
        .with_context(|| format!("reading {}", args.gold.display()))?;
    let sentences =
        conllu::parse(&gold_text).with_context(|| format!("parsing {}", args.gold.display()))?;
    let system_lines: Option<Vec<String>> = match &args.system {
        Some(p) => {
            let s =
                std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
            let lines: Vec<String> = s.lines().map(str::to_string).collect();
            if lines.len() != sentences.len() {
                bail!(
                    "{}: {} lines for {} gold sentences",
                    p.display(),
                    lines.len(),
                    sentences.len()
                );
            }
            Some(lines)
        }
        None => None,
    };
    let cleaner = Cleaner::default();
    let segmenter = CliticSegmenter::default();
    let mut score = SegmentationScore::default();
    let mut shown = 0;
    for (i, s) in sentences.iter().enumerate() {
        let text = s.text_or_forms();
        let (gold, matches) = Spans::gold(s);
        let system = match &system_lines {
            Some(lines) => {
                let toks: Vec<Vec<&str>> = lines[i]
                    .split_whitespace()
                    .map(|t| t.split('+').filter(|p| !p.is_empty()).collect())
                    .collect();
                Spans::from_pieces(&text, &toks)
                    .with_context(|| format!("system line {}", i + 1))?
            }
            None => Spans::from_byte_ranges(&text, &system_ranges(&text, &cleaner, &segmenter)),
        };
        let before = score.words.matched;
        let before_sys = score.words.system;
        let before_gold = score.words.gold;
        score.add(&gold, &system, matches);
        let wrong = score.words.matched - before != score.words.gold - before_gold
            || score.words.system - before_sys != score.words.gold - before_gold;
        if wrong && shown < args.errors {
            shown += 1;
            let chars: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
            let show = |sp: &[(u32, u32)]| -> String {
                sp.iter()
                    .map(|&(a, b)| chars[a as usize..b as usize].iter().collect::<String>())
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            eprintln!(
                "# {}\n  gold:   {}\n  system: {}",
                s.id.as_deref().unwrap_or("?"),
                show(&gold.words),
                show(&system.words)
            );
        }
    }
    let r = score.report();
    let mut out = std::io::stdout().lock();
    if args.json {
        writeln!(out, "{}", serde_json::to_string(&r)?)?;
    } else {
        writeln!(out, "sentences       {}", r.sentences)?;
        writeln!(
            out,
            "tokens  P/R/F1  {:.2} / {:.2} / {:.2}",
            r.tokens_precision, r.tokens_recall, r.tokens_f1
        )?;
        writeln!(
            out,
            "words   P/R/F1  {:.2} / {:.2} / {:.2}",
            r.words_precision, r.words_recall, r.words_f1
        )?;
        writeln!(
            out,
            "exact sentences {} of {}",
            r.exact_sentences, r.sentences
        )?;
        if r.text_mismatches > 0 {
            writeln!(
                out,
                "warning: {} gold sentences whose forms do not spell their # text",
                r.text_mismatches
            )?;
        }
    }
    Ok(true)
}

fn stem(args: StemArgs) -> Result<bool> {
    use akhbar_eval::stemming::{bcubed, lemma_tokens};
    use akhbar_text::normalize::Normalizer;
    use akhbar_text::stem::LightStemmer;

    let gold_text = std::fs::read_to_string(&args.gold)
        .with_context(|| format!("reading {}", args.gold.display()))?;
    let sentences =
        conllu::parse(&gold_text).with_context(|| format!("parsing {}", args.gold.display()))?;
    let tokens = lemma_tokens(&sentences);
    let normalizer = Normalizer::default();
    let lemma = |l: &str| normalizer.normalize(l);
    let score = |stemmer: &LightStemmer| {
        let pairs: Vec<(String, String)> = tokens
            .iter()
            .map(|t| (stemmer.stem(&t.form), lemma(&t.lemma)))
            .collect();
        bcubed(&pairs)
    };
    let light10 = score(&LightStemmer::light10());
    // The stemmer akhbar ships (light10 with its bundled keep-و list).
    let checked = score(&LightStemmer::default());
    let mut out = std::io::stdout().lock();
    if args.json {
        let report = serde_json::json!({ "light10": light10, "light10_lexicon_waw": checked });
        writeln!(out, "{report}")?;
    } else {
        writeln!(out, "tokens scored            {}", light10.tokens)?;
        for (name, s) in [("light10", light10), ("light10 + lexicon و", checked)] {
            writeln!(
                out,
                "{name:<24} P/R/F1  {:.2} / {:.2} / {:.2}",
                s.precision, s.recall, s.f1
            )?;
        }
    }
    Ok(true)
}
