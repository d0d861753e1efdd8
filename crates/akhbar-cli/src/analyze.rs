//! `akhbar analyze`.

use std::io::{self, BufWriter, IsTerminal, Write};

use akhbar::{Analyzer, Document, Metadata};
use anyhow::Result;
use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use serde::Deserialize;

use crate::input::{decode, read_limited, Input, Line, LineReader};

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One pretty-printed JSON object (a JSON array for several documents).
    Json,
    /// One JSON object per line.
    Jsonl,
    /// A readable summary.
    Text,
}

#[derive(Args, Debug)]
pub struct AnalyzeArgs {
    /// Input files; `-` or nothing reads stdin.
    #[arg(value_name = "FILE|-")]
    files: Vec<String>,
    /// Publication date (YYYY-MM-DD) for inputs that do not give one.
    #[arg(long, value_name = "YYYY-MM-DD")]
    published: Option<String>,
    /// Output format [default: json for one plain-text input, else jsonl].
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Read every input as JSONL records (files ending in .jsonl always are).
    #[arg(long)]
    jsonl: bool,
    /// Replace invalid UTF-8 with U+FFFD instead of failing the input.
    #[arg(long)]
    lossy: bool,
    /// Largest article accepted, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = akhbar::DEFAULT_MAX_BYTES)]
    max_bytes: usize,
    /// Skip the entity layer (`entities` stays empty): the text layer only.
    #[arg(long)]
    no_entities: bool,
    /// Show a progress bar on stderr (default: when stderr is a terminal).
    #[arg(long, overrides_with = "no_progress")]
    progress: bool,
    /// Never show a progress bar.
    #[arg(long)]
    no_progress: bool,
}

#[derive(Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    text: Option<serde_json::Value>,
    published: Option<String>,
    title: Option<String>,
    url: Option<String>,
}

struct Output<W: Write> {
    out: W,
    format: Format,
    count: usize,
    many: bool,
    /// Serialized document, written with one `write_all` so that I/O errors
    /// (a closed pipe) surface as `io::Error`.
    buf: Vec<u8>,
}

impl<W: Write> Output<W> {
    fn write(&mut self, doc: &Document) -> Result<()> {
        self.buf.clear();
        match self.format {
            Format::Jsonl => {
                serde_json::to_writer(&mut self.buf, doc)?;
                self.buf.push(b'\n');
            }
            Format::Json => {
                if self.many {
                    self.buf
                        .extend_from_slice(if self.count == 0 { b"[\n" } else { b",\n" });
                }
                serde_json::to_writer_pretty(&mut self.buf, doc)?;
                if !self.many {
                    self.buf.push(b'\n');
                }
            }
            Format::Text => {
                self.buf.extend_from_slice(doc.summary(false).as_bytes());
                self.buf.push(b'\n');
            }
        }
        self.out.write_all(&self.buf)?;
        self.count += 1;
        Ok(())
    }

    fn finish(mut self) -> Result<()> {
        if self.format == Format::Json && self.many {
            self.out
                .write_all(if self.count == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()?;
        Ok(())
    }
}

/// Analyze one article and write it; an analysis error is reported against
/// `place` and gives `Ok(false)`, an output error stops the run.
fn emit<W: Write>(
    analyzer: &Analyzer,
    text: &str,
    meta: &Metadata,
    place: &str,
    out: &mut Output<W>,
    bar: &ProgressBar,
    docs: &mut u64,
) -> Result<bool> {
    match analyzer.analyze(text, meta) {
        Ok(doc) => {
            out.write(&doc)?;
            *docs += 1;
            bar.set_message(format!("{docs} documents"));
            Ok(true)
        }
        Err(e) => {
            bar.suspend(|| eprintln!("akhbar: {place}: {e}"));
            Ok(false)
        }
    }
}

fn value_to_string(v: serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Null => None,
        other => Some(other.to_string()),
    }
}

pub fn run(args: AnalyzeArgs) -> Result<bool> {
    let inputs = Input::parse_list(&args.files);
    let any_jsonl = args.jsonl || inputs.iter().any(Input::is_jsonl);
    let format = args.format.unwrap_or(if inputs.len() == 1 && !any_jsonl {
        Format::Json
    } else {
        Format::Jsonl
    });
    if let Some(p) = &args.published {
        if akhbar_text::calendar::Date::parse_iso(p).is_none() {
            eprintln!("akhbar: error: --published {p:?} is not a date (YYYY-MM-DD)");
            std::process::exit(2);
        }
    }
    let mut analyzer = Analyzer::default();
    analyzer.max_bytes = args.max_bytes;
    analyzer.entities = !args.no_entities;
    let stdout = io::stdout();
    let mut out = Output {
        out: BufWriter::with_capacity(1 << 16, stdout.lock()),
        format,
        count: 0,
        many: inputs.len() > 1 || any_jsonl,
        buf: Vec::with_capacity(1 << 16),
    };
    let show = (args.progress || io::stderr().is_terminal()) && !args.no_progress;
    let bar = if show && (inputs.len() > 1 || any_jsonl) {
        let b = ProgressBar::new(inputs.len() as u64);
        b.set_style(
            ProgressStyle::with_template(
                "{spinner} [{elapsed_precise}] {bar:30} {pos}/{len} inputs, {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        b
    } else {
        ProgressBar::hidden()
    };
    let mut ok = true;
    let mut docs = 0u64;
    for input in &inputs {
        let name = input.name();
        if args.jsonl || input.is_jsonl() {
            let reader = match input.open() {
                Ok(r) => r,
                Err(e) => {
                    bar.suspend(|| eprintln!("akhbar: {name}: {e}"));
                    ok = false;
                    bar.inc(1);
                    continue;
                }
            };
            let mut lines = LineReader::new(reader, args.max_bytes.saturating_mul(2));
            let mut lineno = 0u64;
            loop {
                lineno += 1;
                let line = match lines.next_line() {
                    Ok(Line::Eof) => break,
                    Ok(Line::TooLong(at, len)) => {
                        bar.suspend(|| eprintln!("akhbar: {name}:{lineno}: record at byte {at} is {len} bytes, over the limit; skipped"));
                        ok = false;
                        continue;
                    }
                    Ok(Line::Data(bytes, at)) => (bytes, at),
                    Err(e) => {
                        bar.suspend(|| eprintln!("akhbar: {name}:{lineno}: {e}"));
                        ok = false;
                        break;
                    }
                };
                let (bytes, at) = line;
                if bytes.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                let bytes = match std::str::from_utf8(&bytes) {
                    Ok(_) => bytes,
                    Err(_) if args.lossy => {
                        String::from_utf8_lossy(&bytes).into_owned().into_bytes()
                    }
                    Err(e) => {
                        let bad = at + e.valid_up_to() as u64;
                        bar.suspend(|| eprintln!("akhbar: {name}:{lineno}: invalid UTF-8 at byte offset {bad} (use --lossy to replace bad bytes)"));
                        ok = false;
                        continue;
                    }
                };
                let record: Record = match serde_json::from_slice::<serde_json::Value>(&bytes) {
                    Ok(v @ serde_json::Value::Object(_)) => match serde_json::from_value(v) {
                        Ok(r) => r,
                        Err(e) => {
                            bar.suspend(|| eprintln!("akhbar: {name}:{lineno}: bad record: {e}"));
                            ok = false;
                            continue;
                        }
                    },
                    Ok(_) => {
                        bar.suspend(|| {
                            eprintln!("akhbar: {name}:{lineno}: a record must be a JSON object")
                        });
                        ok = false;
                        continue;
                    }
                    Err(e) => {
                        bar.suspend(|| eprintln!("akhbar: {name}:{lineno}: not a JSON record (line starts at byte {at}): {e}"));
                        ok = false;
                        continue;
                    }
                };
                let Some(text) = record.text.and_then(value_to_string) else {
                    bar.suspend(|| {
                        eprintln!("akhbar: {name}:{lineno}: record has no \"text\" string")
                    });
                    ok = false;
                    continue;
                };
                let meta = Metadata {
                    id: record
                        .id
                        .and_then(value_to_string)
                        .or_else(|| Some(format!("{name}:{lineno}"))),
                    url: record.url,
                    published: record.published.or_else(|| args.published.clone()),
                    title: record.title,
                };
                ok &= emit(
                    &analyzer,
                    &text,
                    &meta,
                    &format!("{name}:{lineno}"),
                    &mut out,
                    &bar,
                    &mut docs,
                )?;
            }
        } else {
            let text = read_limited(input, args.max_bytes).and_then(|b| decode(b, args.lossy, 0));
            let text = match text {
                Ok(t) => t,
                Err(e) => {
                    bar.suspend(|| eprintln!("akhbar: {name}: {e}"));
                    ok = false;
                    bar.inc(1);
                    continue;
                }
            };
            let meta = Metadata {
                id: input.path.as_ref().map(|_| name.clone()),
                published: args.published.clone(),
                ..Metadata::default()
            };
            ok &= emit(&analyzer, &text, &meta, &name, &mut out, &bar, &mut docs)?;
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    out.finish()?;
    Ok(ok)
}
