//! `akhbar analyze`: inputs → records (akhbar-ingest) → documents, in
//! parallel, written in input order.
//!
//! A reader thread frames the inputs into records (cheap, in order) and
//! sends them in small batches over a bounded channel; each batch is
//! decoded, extracted, analyzed and serialized on the rayon pool, then
//! written in order. Memory stays within a few batches whatever the corpus
//! size. Output goes through [`Sink`], so a corpus store can be added as
//! another sink later.

use std::collections::HashSet;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Write};
use std::sync::mpsc::{sync_channel, Receiver};
use std::time::Instant;

use akhbar::{Analyzer, Document, Metadata, Origin};
use akhbar_ingest::source::{self, Format as InputFormat, Input};
use akhbar_ingest::{IngestError, Item, Options, TextEncoding};
use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One pretty-printed JSON object (a JSON array for several documents).
    Json,
    /// One JSON object per line.
    Jsonl,
    /// A readable summary.
    Text,
}

/// `--input` values.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum InputKind {
    /// One plain-text article per file.
    Text,
    /// One web page per file: the article's main text and metadata.
    Html,
    /// JSONL records `{"id", "text", "published", "title", "url"}`.
    Jsonl,
    /// RSS 0.9x/2.0, RSS 1.0, Atom or JSON Feed: one article per item.
    #[value(alias = "feed", alias = "atom")]
    Rss,
    /// WARC / WARC.gz crawl: one article per HTML response.
    Warc,
    /// SaudiNewsNet ZIP files.
    Saudinewsnet,
    /// TREC-style <DOC> records (ANT corpus).
    Trec,
}

impl From<InputKind> for InputFormat {
    fn from(k: InputKind) -> Self {
        match k {
            InputKind::Text => InputFormat::Text,
            InputKind::Html => InputFormat::Html,
            InputKind::Jsonl => InputFormat::Jsonl,
            InputKind::Rss => InputFormat::Feed,
            InputKind::Warc => InputFormat::Warc,
            InputKind::Saudinewsnet => InputFormat::SaudiNewsNet,
            InputKind::Trec => InputFormat::Trec,
        }
    }
}

#[derive(Args, Debug)]
pub struct AnalyzeArgs {
    /// Input files, directories (read recursively) or glob patterns; `-` or
    /// nothing reads stdin.
    #[arg(value_name = "FILE|DIR|GLOB|-")]
    files: Vec<String>,
    /// Input format [default: from each file's extension and content].
    #[arg(long, value_enum, value_name = "FORMAT")]
    input: Option<InputKind>,
    /// Read every input as JSONL records (the same as --input jsonl; files
    /// ending in .jsonl always are).
    #[arg(long)]
    jsonl: bool,
    /// Publication date (YYYY-MM-DD) for inputs that do not give one.
    #[arg(long, value_name = "YYYY-MM-DD")]
    published: Option<String>,
    /// Output format [default: json for one plain-text or HTML input, else jsonl].
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Decode every input with this encoding (a WHATWG label such as
    /// windows-1256, iso-8859-6, utf-16le), or `auto` to detect it for plain
    /// text too. Web pages, feeds and crawls follow their BOM, HTTP or
    /// <meta> label, else valid UTF-8, else detection.
    #[arg(long, value_name = "LABEL")]
    encoding: Option<String>,
    /// Replace invalid UTF-8 with U+FFFD instead of failing the input.
    #[arg(long)]
    lossy: bool,
    /// Largest article or record accepted, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = akhbar::DEFAULT_MAX_BYTES)]
    max_bytes: usize,
    /// Skip the entity layer (`entities` stays empty): the text layer only.
    #[arg(long)]
    no_entities: bool,
    /// Also write the events whose other side was not found (an attack
    /// with no target, a person meeting no one named, praise of no one),
    /// with a confidence of at most 0.3. Off by default: in our gold sets
    /// nine in ten of them are wrong as coded.
    #[arg(long)]
    one_sided_events: bool,
    /// Write failed records as JSONL `{"source", "record", "reason"}` to
    /// FILE instead of stderr.
    #[arg(long, value_name = "FILE")]
    errors: Option<String>,
    /// Skip records whose id already appears in FILE, a JSONL output of an
    /// earlier run (resume: append with `>> FILE`).
    #[arg(long, value_name = "FILE")]
    skip_existing: Option<String>,
    /// Worker threads [default: all cores].
    #[arg(long, value_name = "N")]
    jobs: Option<usize>,
    /// Show a progress bar on stderr (default: when stderr is a terminal).
    #[arg(long, overrides_with = "no_progress")]
    progress: bool,
    /// Never show a progress bar.
    #[arg(long)]
    no_progress: bool,
}

/// Where documents go. The batch path writes to one; a corpus store can be
/// another.
trait Sink {
    /// One serialized document (as made by [`serialize`]).
    fn document(&mut self, bytes: &[u8]) -> Result<()>;
    /// After the last document.
    fn finish(&mut self) -> Result<()>;
}

struct Output<W: Write> {
    out: W,
    format: Format,
    count: usize,
    many: bool,
}

impl<W: Write> Sink for Output<W> {
    fn document(&mut self, bytes: &[u8]) -> Result<()> {
        if self.format == Format::Json && self.many {
            self.out
                .write_all(if self.count == 0 { b"[\n" } else { b",\n" })?;
        }
        self.out.write_all(bytes)?;
        self.count += 1;
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        if self.format == Format::Json && self.many {
            self.out
                .write_all(if self.count == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()?;
        Ok(())
    }
}

fn serialize(doc: &Document, format: Format, many: bool) -> Result<Vec<u8>, String> {
    // The JSON of a document is about 30 times its text (each token carries
    // its forms and segments): size the buffer once rather than regrow it.
    let mut buf = Vec::with_capacity(doc.text.len() * 40 + (4 << 10));
    let r = match format {
        Format::Jsonl => {
            akhbar::json::write_document(&mut buf, doc);
            buf.push(b'\n');
            Ok(())
        }
        Format::Json => serde_json::to_writer_pretty(&mut buf, doc).map(|()| {
            if !many {
                buf.push(b'\n')
            }
        }),
        Format::Text => {
            buf.extend_from_slice(doc.summary(false).as_bytes());
            buf.push(b'\n');
            Ok(())
        }
    };
    r.map(|()| buf).map_err(|e| e.to_string())
}

/// Failed records: to stderr, or as JSONL to a file.
struct ErrorReport {
    file: Option<BufWriter<File>>,
    count: u64,
}

impl ErrorReport {
    fn report(&mut self, e: &IngestError, bar: &ProgressBar) -> Result<()> {
        self.count += 1;
        match &mut self.file {
            Some(f) => {
                let line = serde_json::json!({"source": &*e.source, "record": e.record(), "reason": e.reason});
                serde_json::to_writer(&mut *f, &line)?;
                f.write_all(b"\n")?;
            }
            None => bar.suspend(|| eprintln!("akhbar: {e}")),
        }
        Ok(())
    }
}

/// What the reader thread sends.
enum Msg {
    Batch(Vec<Item>),
    /// One more input read to its end.
    InputDone,
    Skipped(u64),
}

const BATCH_RECORDS: usize = 64;
const BATCH_BYTES: usize = 16 << 20;

fn payload_len(item: &Item) -> usize {
    match item {
        Ok(r) => match &r.payload {
            akhbar_ingest::Payload::Text(t) | akhbar_ingest::Payload::HtmlFragment(t) => t.len(),
            akhbar_ingest::Payload::TextBytes(b)
            | akhbar_ingest::Payload::Html { bytes: b, .. } => b.len(),
        },
        Err(_) => 0,
    }
}

/// Ids already written by an earlier run.
fn existing_ids(path: &str) -> Result<HashSet<String>> {
    let mut ids = HashSet::new();
    let f = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(ids),
        Err(e) => return Err(e).with_context(|| format!("--skip-existing {path}")),
    };
    #[derive(serde::Deserialize)]
    struct IdOnly {
        id: Option<String>,
    }
    for line in BufReader::new(f).split(b'\n') {
        let line = line.with_context(|| format!("--skip-existing {path}"))?;
        // A line cut short by an interrupted run is not an id.
        if let Ok(IdOnly { id: Some(id) }) = serde_json::from_slice(&line) {
            ids.insert(id);
        }
    }
    Ok(ids)
}

fn usage_error(msg: &str) -> ! {
    eprintln!("akhbar: error: {msg}");
    std::process::exit(2);
}

fn format_name(f: InputFormat) -> Option<&'static str> {
    Some(match f {
        InputFormat::Text | InputFormat::Jsonl => return None,
        InputFormat::Html => "html",
        InputFormat::Feed => "feed",
        InputFormat::Warc => "warc",
        InputFormat::SaudiNewsNet => "saudinewsnet",
        InputFormat::Trec => "trec",
    })
}

struct Job<'a> {
    analyzer: &'a Analyzer,
    opts: &'a Options,
    published: Option<&'a str>,
    format: Format,
    many: bool,
}

impl Job<'_> {
    fn run(&self, item: Item, input_format: InputFormat) -> Result<Vec<u8>, IngestError> {
        let record = item?;
        let (source, position) = (record.source.clone(), record.position.clone());
        let article = record.into_article(self.opts)?;
        let fail = |reason: String| IngestError::new(&source, position.clone(), reason);
        let meta = Metadata {
            id: article.id.clone(),
            url: article.url.clone(),
            published: article
                .published
                .clone()
                .or_else(|| self.published.map(str::to_string)),
            title: article.title.clone(),
        };
        let mut doc = self
            .analyzer
            .analyze(&article.text, &meta)
            .map_err(|e| fail(e.to_string()))?;
        if let Some(name) = format_name(input_format) {
            doc.origin = Some(Origin {
                input: article.source,
                record: article.record,
                format: name.to_string(),
                author: article.author,
                site_name: article.site_name,
                lang: article.lang,
                dir: article.dir,
                canonical_url: article.canonical_url,
                published_at: article.published.filter(|p| p.contains('T')),
                crawled: article.crawled,
                encoding: article.encoding.map(str::to_string),
            });
        }
        serialize(&doc, self.format, self.many).map_err(fail)
    }
}

pub fn run(args: AnalyzeArgs) -> Result<bool> {
    if let Some(p) = &args.published {
        if akhbar_text::calendar::Date::parse_iso(p).is_none() {
            usage_error(&format!("--published {p:?} is not a date (YYYY-MM-DD)"));
        }
    }
    let encoding = match args.encoding.as_deref() {
        None => TextEncoding::Default,
        Some("auto") => TextEncoding::Auto,
        Some(label) => match akhbar_ingest::encoding::for_label(label) {
            Some(e) => TextEncoding::Forced(e),
            None => usage_error(&format!("--encoding {label:?} is not an encoding label (try windows-1256, iso-8859-6, utf-8, utf-16le, auto)")),
        },
    };
    let opts = Options {
        encoding,
        lossy: args.lossy,
        max_record_bytes: args.max_bytes,
        ..Options::default()
    };
    let forced_format: Option<InputFormat> = args
        .input
        .map(Into::into)
        .or(args.jsonl.then_some(InputFormat::Jsonl));
    let mut errors = ErrorReport {
        file: args.errors.as_ref().map(|p| {
            BufWriter::new(
                File::create(p).unwrap_or_else(|e| usage_error(&format!("--errors {p}: {e}"))),
            )
        }),
        count: 0,
    };
    let skip = match &args.skip_existing {
        Some(p) => existing_ids(p)?,
        None => HashSet::new(),
    };
    if let Some(n) = args.jobs.filter(|&n| n > 0) {
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global();
    }

    let show = (args.progress || io::stderr().is_terminal()) && !args.no_progress;
    let mut inputs = Vec::new();
    for r in source::expand(&args.files) {
        match r {
            Ok(i) => inputs.push(i),
            Err(e) => errors.report(&e, &ProgressBar::hidden())?,
        }
    }
    let n_inputs = inputs.len();
    // The first input is opened here: its format decides the default output.
    let mut inputs = inputs.into_iter();
    let first: Option<(source::Source, Input)> = inputs
        .next()
        .map(|i| (source::open(&i, forced_format, &opts), i));
    let single_doc = n_inputs == 1
        && first
            .as_ref()
            .is_some_and(|(s, _)| matches!(s.format, InputFormat::Text | InputFormat::Html));
    let format = args.format.unwrap_or(if single_doc {
        Format::Json
    } else {
        Format::Jsonl
    });
    let many = !single_doc;

    let mut analyzer = Analyzer::default();
    analyzer.max_bytes = args.max_bytes;
    analyzer.entities = !args.no_entities;
    analyzer.one_sided_events = args.one_sided_events;

    let bar = if show && many {
        let b = ProgressBar::new(n_inputs as u64);
        b.set_style(
            ProgressStyle::with_template(
                "{spinner} [{elapsed_precise}] {bar:30} {pos}/{len} inputs, ETA {eta}, {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        b
    } else {
        ProgressBar::hidden()
    };

    let (tx, rx) = sync_channel::<(Msg, InputFormat)>(2);
    let reader_opts = opts.clone();
    let reader = std::thread::spawn(move || {
        let mut current = first;
        let mut rest = inputs;
        loop {
            let (src, _input) = match current.take() {
                Some(x) => x,
                None => match rest.next() {
                    Some(i) => (source::open(&i, forced_format, &reader_opts), i),
                    None => break,
                },
            };
            let fmt = src.format;
            let mut batch = Vec::with_capacity(BATCH_RECORDS);
            let mut bytes = 0;
            let mut skipped = 0u64;
            for item in src {
                if !skip.is_empty() {
                    if let Ok(r) = &item {
                        if r.meta.id.as_ref().is_some_and(|id| skip.contains(id)) {
                            skipped += 1;
                            continue;
                        }
                    }
                }
                bytes += payload_len(&item);
                batch.push(item);
                if batch.len() >= BATCH_RECORDS || bytes >= BATCH_BYTES {
                    if tx
                        .send((Msg::Batch(std::mem::take(&mut batch)), fmt))
                        .is_err()
                    {
                        return;
                    }
                    bytes = 0;
                }
            }
            let done = [Msg::Batch(batch), Msg::Skipped(skipped), Msg::InputDone];
            for m in done {
                if tx.send((m, fmt)).is_err() {
                    return;
                }
            }
        }
    });

    let job = Job {
        analyzer: &analyzer,
        opts: &opts,
        published: args.published.as_deref(),
        format,
        many,
    };
    // Workers analyze batch N+1 while the writer thread writes batch N.
    let (wtx, wrx) = sync_channel::<Vec<Result<Vec<u8>, IngestError>>>(2);
    let (written, skipped) = std::thread::scope(|scope| -> Result<(u64, u64)> {
        let writer_bar = bar.clone();
        let errors = &mut errors;
        let writer = scope.spawn(move || -> Result<u64> {
            let stdout = io::stdout();
            let mut out = Output {
                out: BufWriter::with_capacity(1 << 16, stdout.lock()),
                format,
                count: 0,
                many,
            };
            let r = write_results(&wrx, &mut out, errors, &writer_bar);
            // Drain so that the workers never block on a dead writer.
            for _ in wrx.iter() {}
            let docs = r?;
            writer_bar.finish_and_clear();
            out.finish()?;
            Ok(docs)
        });
        let skipped = drive(&rx, &job, &wtx, &bar);
        drop(wtx);
        let docs = writer
            .join()
            .map_err(|_| anyhow::anyhow!("the writer thread panicked"))??;
        Ok((docs, skipped))
    })?;
    drop(rx);
    let _ = reader.join();
    let _ = written;
    if let Some(f) = &mut errors.file {
        f.flush()?;
        if errors.count > 0 {
            eprintln!(
                "akhbar: {} records failed; see {}",
                errors.count,
                args.errors.as_deref().unwrap_or("")
            );
        }
    }
    if skipped > 0 {
        eprintln!(
            "akhbar: skipped {skipped} records already in {}",
            args.skip_existing.as_deref().unwrap_or("")
        );
    }
    Ok(errors.count == 0)
}

/// Analyze the batches the reader sends, in parallel, and pass the results
/// on in order. Returns the number of records skipped as already written.
fn drive(
    rx: &Receiver<(Msg, InputFormat)>,
    job: &Job,
    tx: &std::sync::mpsc::SyncSender<Vec<Result<Vec<u8>, IngestError>>>,
    bar: &ProgressBar,
) -> u64 {
    let mut skipped = 0u64;
    for (msg, fmt) in rx {
        match msg {
            Msg::InputDone => bar.inc(1),
            Msg::Skipped(n) => skipped += n,
            Msg::Batch(batch) => {
                let results = batch
                    .into_par_iter()
                    .map(|item| job.run(item, fmt))
                    .collect();
                if tx.send(results).is_err() {
                    break;
                }
            }
        }
    }
    skipped
}

/// Write documents and report failures, in order.
fn write_results(
    rx: &Receiver<Vec<Result<Vec<u8>, IngestError>>>,
    out: &mut dyn Sink,
    errors: &mut ErrorReport,
    bar: &ProgressBar,
) -> Result<u64> {
    let start = Instant::now();
    let mut docs = 0u64;
    for results in rx {
        for r in results {
            match r {
                Ok(bytes) => {
                    out.document(&bytes)?;
                    docs += 1;
                }
                Err(e) => errors.report(&e, bar)?,
            }
        }
        let rate = docs as f64 / start.elapsed().as_secs_f64().max(1e-3);
        bar.set_message(format!(
            "{docs} documents, {} failed, {rate:.0} docs/s",
            errors.count
        ));
    }
    Ok(docs)
}
