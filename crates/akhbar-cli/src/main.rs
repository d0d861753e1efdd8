//! The `akhbar` command line.

mod analyze;
mod entities;
mod eval;
mod facts;
mod input;
mod lines;
mod ner;
mod train;
mod train_clusters;

use std::process::ExitCode;

/// mimalloc: the pipeline allocates many small strings per token; the
/// system allocator spent a quarter of `analyze`'s time on them. It is built
/// with `no_thp`: with transparent huge pages, every page mimalloc handed
/// back to the kernel and touched again cost a 2 MiB zeroing fault, and
/// `analyze` spent about a third of its CPU time in the kernel clearing pages
/// (`scripts/bench/analyze_throughput.py`: 2.1–2.5 s of system time on 2,000
/// SaudiNewsNet articles, 0.2–0.3 s with `no_thp`).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Parser, Subcommand};

/// akhbar (أخبار): fast, open Arabic news understanding.
///
/// Raw Arabic news in (plain text, JSONL), clean articles and structured
/// facts out, every span tied to the text it came from.
///
/// Exit status: 0 when every input was processed, 1 when any input failed
/// (the others are still processed), 2 for usage errors.
#[derive(Parser, Debug)]
#[command(name = "akhbar", version, about, long_about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Analyze articles into JSON documents (dateline, byline, boilerplate,
    /// paragraphs, sentences, tokens with norms, stems and clitic segments).
    ///
    /// Plain-text files are one article each; files ending in `.jsonl` (or any
    /// input with --jsonl) hold one `{"id", "text", "published", "title",
    /// "url"}` record per line. Web pages, RSS/Atom/JSON feeds, WARC crawls,
    /// SaudiNewsNet ZIPs and TREC files are recognized by extension and
    /// content (or named with --input); directories are read recursively.
    /// Records run in parallel and are written in input order. Output follows
    /// the schema printed by `akhbar schema`.
    ///
    /// Examples:
    ///   akhbar analyze examples/articles/moscow-talks.txt
    ///   akhbar analyze --published 2024-03-01 --format text article.txt
    ///   cat dump.jsonl | akhbar analyze --jsonl - > docs.jsonl
    ///   akhbar analyze --errors errors.jsonl pages/ feed.rss crawl.warc.gz > docs.jsonl
    #[command(verbatim_doc_comment)]
    Analyze(analyze::AnalyzeArgs),
    /// Tokenize lines: one output line per input line, tokens separated by
    /// single spaces. Streams in constant memory.
    ///
    /// Examples:
    ///   echo 'وقال الرئيس' | akhbar tokenize --segment     # و+قال الرئيس
    ///   akhbar tokenize --stem corpus.txt > stems.txt
    #[command(verbatim_doc_comment)]
    Tokenize(lines::TokenizeArgs),
    /// Normalize lines to the search form (one output line per input line).
    ///
    /// Example:
    ///   echo 'إلى المدرسةِ' | akhbar normalize            # الي المدرسه
    #[command(verbatim_doc_comment)]
    Normalize(lines::NormalizeArgs),
    /// Tag tokens with named entities (people, places, organizations, other).
    ///
    /// With --conll: one token per line, blank lines between sentences (a
    /// trailing tag on a line, like a gold tag, is ignored); writes `TOKEN TAG`
    /// lines with IOB2 tags and ANERcorp's labels (PERS, LOC, ORG, MISC).
    ///
    /// Example:
    ///   akhbar tag --conll tokens.txt > tagged.txt
    #[command(verbatim_doc_comment)]
    Tag(ner::TagArgs),
    /// Print the JSON Schema of the documents `akhbar analyze` writes.
    Schema,
    /// Evaluate against gold data.
    #[command(subcommand)]
    Eval(eval::EvalCommand),
    /// Rebuild the models shipped with akhbar from their documented sources.
    #[command(subcommand)]
    Train(train::TrainCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze(args) => analyze::run(args),
        Command::Tokenize(args) => lines::run_tokenize(args),
        Command::Normalize(args) => lines::run_normalize(args),
        Command::Schema => {
            use std::io::Write;
            std::io::stdout()
                .write_all(akhbar::JSON_SCHEMA.as_bytes())
                .map(|()| true)
                .map_err(anyhow::Error::from)
        }
        Command::Tag(args) => ner::tag(args),
        Command::Eval(cmd) => eval::run(cmd),
        Command::Train(cmd) => train::run(cmd),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("akhbar: error: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
