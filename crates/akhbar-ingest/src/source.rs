//! Input selection and format detection: files, directories (recursive,
//! sorted), glob patterns, stdin (`-`); the format from the extension,
//! then from the content's first bytes, unless the caller names it.
//!
//! | format | extensions | content |
//! |---|---|---|
//! | [`Format::Html`] | `.html` `.htm` `.xhtml` `.shtml` | `<!doctype html`, `<html`, `<head`, `<body` |
//! | [`Format::Feed`] | `.rss` `.atom` `.rdf` `.xml`, `.json` with `items` | `<rss`, `<feed`, `<rdf:RDF` (after `<?xml`), a JSON Feed |
//! | [`Format::Warc`] | `.warc` `.warc.gz` | `WARC/1.`, gzip whose content starts so |
//! | [`Format::Jsonl`] | `.jsonl` `.ndjson` | (stdin only) a first line that is a JSON object |
//! | [`Format::SaudiNewsNet`] | `.zip` | a ZIP file |
//! | [`Format::Trec`] | | `<DOC>` |
//! | [`Format::Text`] | anything else | |
//!
//! A `.txt` file is plain text unless it starts with `<DOC>` (so a `.txt`
//! that holds JSON stays one article).
//!
//! ```
//! use akhbar_ingest::source::{detect, Format};
//!
//! assert_eq!(detect(Some("a/b.html"), b""), Format::Html);
//! assert_eq!(detect(None, b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"), Format::Feed);
//! assert_eq!(detect(None, b"WARC/1.1\r\n"), Format::Warc);
//! assert_eq!(detect(Some("x.txt"), b"<DOC>\n<DOCNO>"), Format::Trec);
//! assert_eq!(detect(None, "نص عادي".as_bytes()), Format::Text);
//! ```

use std::fs::File;
use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;

use crate::{encoding, feed, IngestError, Item, Meta, Options, Payload, Position, Record};

/// Input formats.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// One plain-text article per input.
    Text,
    /// One web page per input.
    Html,
    /// JSONL records.
    Jsonl,
    /// RSS, Atom or JSON Feed.
    Feed,
    /// WARC or WARC.gz crawl.
    Warc,
    /// SaudiNewsNet ZIP file.
    SaudiNewsNet,
    /// TREC-style `<DOC>` records.
    Trec,
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s.to_ascii_lowercase().as_str() {
            "text" | "txt" => Format::Text,
            "html" => Format::Html,
            "jsonl" => Format::Jsonl,
            "rss" | "atom" | "feed" => Format::Feed,
            "warc" => Format::Warc,
            "saudinewsnet" => Format::SaudiNewsNet,
            "trec" => Format::Trec,
            other => return Err(format!("unknown input format {other:?}")),
        })
    }
}

/// One input: a file, stdin, or bytes in memory.
#[derive(Debug)]
pub struct Input {
    /// Name in messages and default ids (the path, or `<stdin>`).
    pub name: String,
    /// The file, if any.
    pub path: Option<PathBuf>,
    bytes: Option<Vec<u8>>,
}

impl Input {
    /// Standard input.
    pub fn stdin() -> Self {
        Input {
            name: "<stdin>".into(),
            path: None,
            bytes: None,
        }
    }

    /// A file.
    pub fn file(path: impl Into<PathBuf>) -> Self {
        let path = path.into();
        Input {
            name: path.display().to_string(),
            path: Some(path),
            bytes: None,
        }
    }

    /// Bytes held in memory, named `name`.
    pub fn from_bytes(name: &str, bytes: Vec<u8>) -> Self {
        Input {
            name: name.into(),
            path: Some(PathBuf::from(name)),
            bytes: Some(bytes),
        }
    }

    /// The file's size when known.
    pub fn size(&self) -> Option<u64> {
        match (&self.bytes, &self.path) {
            (Some(b), _) => Some(b.len() as u64),
            (None, Some(p)) => std::fs::metadata(p).ok().map(|m| m.len()),
            _ => None,
        }
    }

    /// The input as a buffered reader. A whole-file read (text, HTML) copies
    /// only what format detection buffered and reads the rest straight into
    /// its own buffer, so the buffer stays small.
    fn open(&self) -> io::Result<Box<dyn BufRead + Send>> {
        if let Some(b) = &self.bytes {
            return Ok(Box::new(Cursor::new(b.clone())));
        }
        match &self.path {
            Some(p) => {
                if p.is_dir() {
                    return Err(io::Error::other("is a directory"));
                }
                Ok(Box::new(BufReader::with_capacity(
                    READ_BUFFER,
                    File::open(p)?,
                )))
            }
            None => Ok(Box::new(BufReader::with_capacity(READ_BUFFER, io::stdin()))),
        }
    }
}

/// Bytes of the read buffer of a file or stdin: enough for format detection
/// (4 KiB) and for streaming readers (JSONL, TREC, WARC) to read in few calls.
const READ_BUFFER: usize = 64 << 10;

/// Expand command-line arguments into inputs: `-` is stdin, a directory is
/// every file under it (recursively, sorted, hidden files skipped), a
/// pattern with `*`, `?` or `[` is a glob. Nothing given means stdin. A
/// pattern that matches nothing is an error.
pub fn expand(args: &[String]) -> Vec<Result<Input, IngestError>> {
    if args.is_empty() {
        return vec![Ok(Input::stdin())];
    }
    let mut out = Vec::new();
    for a in args {
        if a == "-" {
            out.push(Ok(Input::stdin()));
            continue;
        }
        let path = Path::new(a);
        if path.is_dir() {
            let mut files: Vec<PathBuf> = walkdir::WalkDir::new(path)
                .follow_links(true)
                .into_iter()
                .filter_entry(|e| {
                    e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.')
                })
                .filter_map(|e| match e {
                    Ok(e) if e.file_type().is_file() => Some(Ok(e.into_path())),
                    Ok(_) => None,
                    Err(err) => Some(Err(err)),
                })
                .filter_map(|r| match r {
                    Ok(p) => Some(p),
                    Err(err) => {
                        out.push(Err(IngestError::new(
                            &Arc::from(a.as_str()),
                            Position::Whole,
                            err.to_string(),
                        )));
                        None
                    }
                })
                .collect();
            files.sort();
            if files.is_empty() {
                out.push(Err(IngestError::new(
                    &Arc::from(a.as_str()),
                    Position::Whole,
                    "directory holds no files",
                )));
            }
            out.extend(files.into_iter().map(|p| Ok(Input::file(p))));
        } else if !path.exists() && a.contains(['*', '?', '[']) {
            match glob::glob(a) {
                Ok(paths) => {
                    let mut files: Vec<PathBuf> = paths
                        .filter_map(Result::ok)
                        .filter(|p| p.is_file())
                        .collect();
                    files.sort();
                    if files.is_empty() {
                        out.push(Err(IngestError::new(
                            &Arc::from(a.as_str()),
                            Position::Whole,
                            "no file matches this pattern",
                        )));
                    }
                    out.extend(files.into_iter().map(|p| Ok(Input::file(p))));
                }
                Err(e) => out.push(Err(IngestError::new(
                    &Arc::from(a.as_str()),
                    Position::Whole,
                    format!("bad pattern: {e}"),
                ))),
            }
        } else {
            out.push(Ok(Input::file(path)));
        }
    }
    out
}

fn ext_format(name: &str) -> Option<Format> {
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit('.').next().unwrap_or("");
    if lower.ends_with(".warc.gz") || ext == "warc" {
        return Some(Format::Warc);
    }
    Some(match ext {
        "html" | "htm" | "xhtml" | "shtml" => Format::Html,
        "jsonl" | "ndjson" => Format::Jsonl,
        "rss" | "atom" | "rdf" => Format::Feed,
        "zip" => Format::SaudiNewsNet,
        _ => return None,
    })
}

/// The format of an input from its name and first bytes.
pub fn detect(name: Option<&str>, head: &[u8]) -> Format {
    if let Some(f) = name.and_then(ext_format) {
        return f;
    }
    let lower_name = name.map(str::to_ascii_lowercase).unwrap_or_default();
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let h = &head[start..];
    let lower: Vec<u8> = h.iter().take(4096).map(u8::to_ascii_lowercase).collect();
    let has = |n: &[u8]| memchr::memmem::find(&lower, n).is_some();
    if h.starts_with(b"<DOC>") {
        return Format::Trec;
    }
    if lower_name.ends_with(".txt") {
        return Format::Text;
    }
    if h.starts_with(b"WARC/1.") {
        return Format::Warc;
    }
    if h.starts_with(&[0x1f, 0x8b]) {
        let mut inner = [0u8; 16];
        let n = flate2::read::GzDecoder::new(h)
            .read(&mut inner)
            .unwrap_or(0);
        if inner[..n].starts_with(b"WARC/") {
            return Format::Warc;
        }
    }
    if h.starts_with(b"PK\x03\x04") {
        return Format::SaudiNewsNet;
    }
    if lower.starts_with(b"<?xml")
        || lower.starts_with(b"<rss")
        || lower.starts_with(b"<feed")
        || lower.starts_with(b"<rdf:rdf")
    {
        if has(b"<rss") || has(b"<feed") || has(b"<rdf:rdf") {
            return Format::Feed;
        }
        return Format::Html;
    }
    if lower.starts_with(b"<!doctype html")
        || lower.starts_with(b"<html")
        || lower.starts_with(b"<head")
        || lower.starts_with(b"<body")
        || (lower.starts_with(b"<") && has(b"<html"))
    {
        return Format::Html;
    }
    if h.starts_with(b"{") {
        if has(b"jsonfeed.org") {
            return Format::Feed;
        }
        if lower_name.ends_with(".json") || name.is_none() {
            return Format::Jsonl;
        }
    }
    if lower_name.ends_with(".xml") {
        return Format::Feed;
    }
    Format::Text
}

/// The stream of records of one input.
pub struct Source {
    inner: Box<dyn Iterator<Item = Item> + Send>,
    /// The format the input is read as.
    pub format: Format,
}

impl Iterator for Source {
    type Item = Item;
    fn next(&mut self) -> Option<Item> {
        self.inner.next()
    }
}

fn one(item: Item, format: Format) -> Source {
    Source {
        inner: Box::new(std::iter::once(item)),
        format,
    }
}

/// Read a whole input, refusing more than `limit` bytes.
fn read_limited(mut reader: impl Read, size: Option<u64>, limit: usize) -> Result<Vec<u8>, String> {
    if let Some(size) = size.filter(|&s| s > limit as u64) {
        return Err(format!(
            "input is {size} bytes, more than the {limit}-byte limit (raise it with --max-bytes)"
        ));
    }
    // The whole file at once when its size is known (one more byte tells
    // that it grew past it): no copies while the buffer doubles.
    let mut buf = Vec::with_capacity(size.map_or(0, |s| s as usize + 1));
    (&mut reader)
        .take(limit as u64 + 1)
        .read_to_end(&mut buf)
        .map_err(|e| e.to_string())?;
    if buf.len() > limit {
        return Err(format!(
            "input is more than the {limit}-byte limit (raise it with --max-bytes)"
        ));
    }
    Ok(buf)
}

/// Open `input` as `format` (detected when `None`).
pub fn open(input: &Input, format: Option<Format>, opts: &Options) -> Source {
    let name: Arc<str> = input.name.as_str().into();
    let whole_err =
        |reason: String, f: Format| one(Err(IngestError::new(&name, Position::Whole, reason)), f);
    let mut reader = match input.open() {
        Ok(r) => r,
        Err(e) => return whole_err(e.to_string(), format.unwrap_or(Format::Text)),
    };
    let format = match format {
        Some(f) => f,
        None => {
            let head = match reader.fill_buf() {
                Ok(h) => h,
                Err(e) => return whole_err(e.to_string(), Format::Text),
            };
            detect(input.path.as_ref().map(|p| p.to_str().unwrap_or("")), head)
        }
    };
    let size = input.size();
    let id = input.path.as_ref().map(|_| input.name.clone());
    let whole = |payload: Payload| {
        one(
            Ok(Record {
                source: name.clone(),
                position: Position::Whole,
                meta: Meta {
                    id: id.clone(),
                    ..Meta::default()
                },
                payload,
            }),
            format,
        )
    };
    match format {
        Format::Text => match read_limited(reader, size, opts.max_record_bytes) {
            Ok(b) => whole(Payload::TextBytes(b)),
            Err(e) => whole_err(e, format),
        },
        Format::Html => match read_limited(reader, size, opts.max_record_bytes) {
            Ok(b) => whole(Payload::Html {
                bytes: b,
                content_type: None,
            }),
            Err(e) => whole_err(e, format),
        },
        Format::Jsonl => Source {
            inner: Box::new(crate::jsonl::JsonlReader::new(&input.name, reader, opts)),
            format,
        },
        Format::Trec => Source {
            inner: Box::new(crate::trec::TrecReader::new(&input.name, reader, opts)),
            format,
        },
        Format::Warc => {
            let gz = reader
                .fill_buf()
                .map(|h| h.starts_with(&[0x1f, 0x8b]))
                .unwrap_or(false);
            let reader: Box<dyn BufRead + Send> = if gz {
                Box::new(BufReader::with_capacity(
                    1 << 16,
                    flate2::bufread::MultiGzDecoder::new(reader),
                ))
            } else {
                reader
            };
            Source {
                inner: Box::new(crate::warc::WarcReader::new(&input.name, reader, opts)),
                format,
            }
        }
        Format::SaudiNewsNet => {
            // ZIP needs seeking: a file is read in place, stdin is buffered (bounded).
            match &input.path {
                Some(p) if input.bytes.is_none() => match File::open(p) {
                    Ok(f) => Source {
                        inner: Box::new(crate::saudinewsnet::SaudiNewsNetReader::new(
                            &input.name,
                            BufReader::new(f),
                            opts,
                        )),
                        format,
                    },
                    Err(e) => whole_err(e.to_string(), format),
                },
                _ => match read_limited(reader, size, opts.max_record_bytes) {
                    Ok(b) => Source {
                        inner: Box::new(crate::saudinewsnet::SaudiNewsNetReader::new(
                            &input.name,
                            Cursor::new(b),
                            opts,
                        )),
                        format,
                    },
                    Err(e) => whole_err(e, format),
                },
            }
        }
        Format::Feed => {
            let bytes = match read_limited(reader, size, opts.max_record_bytes) {
                Ok(b) => b,
                Err(e) => return whole_err(e, format),
            };
            let d = encoding::decode(
                &bytes,
                &encoding::Hints {
                    forced: opts.forced(),
                    markup: encoding::Markup::Xml,
                    ..encoding::Hints::default()
                },
            );
            drop(bytes);
            let (items, error) = feed::parse(&d.text);
            let n = items.len() as u64;
            let mut out: Vec<Item> = items
                .into_iter()
                .enumerate()
                .map(|(i, it)| {
                    let position = Position::Item(i as u64 + 1);
                    if it.body.trim().is_empty() {
                        return Err(IngestError::new(
                            &name,
                            position,
                            "feed item has no description or content",
                        ));
                    }
                    Ok(Record {
                        source: name.clone(),
                        position,
                        meta: Meta {
                            id: it.id,
                            title: it.title,
                            url: it.link,
                            published: it.published,
                            author: it.author,
                            site_name: it.site_name,
                            crawled: None,
                        },
                        payload: Payload::HtmlFragment(it.body),
                    })
                })
                .collect();
            if let Some(e) = error {
                let position = if n == 0 {
                    Position::Whole
                } else {
                    Position::Item(n + 1)
                };
                out.push(Err(IngestError::new(&name, position, e)));
            }
            Source {
                inner: Box::new(out.into_iter()),
                format,
            }
        }
    }
}
