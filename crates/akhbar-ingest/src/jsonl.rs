//! JSONL records: one `{"id", "text", "published", "title", "url"}` object
//! per line (also `author`, `site_name`). A line that is not JSON, not an
//! object, or has no `text` is an error record naming its line; blank lines
//! are skipped; lines longer than the limit are skipped without being held
//! in memory. A record without `id` gets `SOURCE:LINE`.
//!
//! ```
//! use akhbar_ingest::{jsonl::JsonlReader, Options};
//!
//! let data = "{\"id\":\"a\",\"text\":\"نص\"}\nnot json\n";
//! let items: Vec<_> = JsonlReader::new("feed.jsonl", &data.as_bytes()[..], &Options::default()).collect();
//! assert_eq!(items[0].as_ref().unwrap().meta.id.as_deref(), Some("a"));
//! assert_eq!(items[1].as_ref().unwrap_err().to_string().split(':').take(2).collect::<Vec<_>>(), ["feed.jsonl", "2"]);
//! ```

use std::io::{self, BufRead};
use std::sync::Arc;

use serde::Deserialize;

use crate::{IngestError, Item, Meta, Options, Payload, Position, Record};

/// Outcome of reading one line with a length limit.
pub enum Line {
    /// A line (without its `\n`), and the byte offset where it starts.
    Data(Vec<u8>, u64),
    /// A line longer than the limit was skipped; its start offset and length.
    TooLong(u64, u64),
    /// End of input.
    Eof,
}

/// Reads lines of at most `limit` bytes; longer lines are skipped without
/// being held in memory.
pub struct LineReader<R> {
    reader: R,
    offset: u64,
    limit: usize,
}

impl<R: BufRead> LineReader<R> {
    /// Lines of `reader`, at most `limit` bytes each.
    pub fn new(reader: R, limit: usize) -> Self {
        LineReader {
            reader,
            offset: 0,
            limit,
        }
    }

    /// The next line.
    pub fn next_line(&mut self) -> io::Result<Line> {
        let start = self.offset;
        let mut buf = Vec::new();
        let mut too_long = false;
        let mut len: u64 = 0;
        loop {
            let chunk = self.reader.fill_buf()?;
            if chunk.is_empty() {
                break;
            }
            let (take, done) = match memchr::memchr(b'\n', chunk) {
                Some(i) => (i + 1, true),
                None => (chunk.len(), false),
            };
            len += take as u64;
            if !too_long {
                if buf.len() + take > self.limit + 1 {
                    too_long = true;
                    buf = Vec::new();
                } else {
                    buf.extend_from_slice(&chunk[..take]);
                }
            }
            self.reader.consume(take);
            if done {
                break;
            }
        }
        self.offset += len;
        if len == 0 {
            return Ok(Line::Eof);
        }
        if too_long {
            return Ok(Line::TooLong(start, len));
        }
        if buf.last() == Some(&b'\n') {
            buf.pop();
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
        }
        Ok(Line::Data(buf, start))
    }
}

#[derive(Deserialize)]
struct Fields {
    id: Option<serde_json::Value>,
    text: Option<serde_json::Value>,
    published: Option<String>,
    title: Option<String>,
    url: Option<String>,
    author: Option<String>,
    site_name: Option<String>,
}

fn value_to_string(v: serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Null => None,
        other => Some(other.to_string()),
    }
}

/// The records of a JSONL input.
pub struct JsonlReader<R> {
    name: Arc<str>,
    lines: LineReader<R>,
    lineno: u64,
    lossy: bool,
    done: bool,
}

impl<R: BufRead> JsonlReader<R> {
    /// Records of `reader`, named `name` in ids and errors.
    pub fn new(name: &str, reader: R, opts: &Options) -> Self {
        JsonlReader {
            name: name.into(),
            lines: LineReader::new(reader, opts.max_record_bytes.saturating_mul(2)),
            lineno: 0,
            lossy: opts.lossy,
            done: false,
        }
    }

    fn parse(&self, bytes: Vec<u8>, at: u64) -> Option<Item> {
        let err = |reason: String| {
            Some(Err(IngestError::new(
                &self.name,
                Position::Line(self.lineno),
                reason,
            )))
        };
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return None;
        }
        let lossy;
        let line = match simdutf8::basic::from_utf8(&bytes) {
            Ok(line) => line,
            Err(_) => match std::str::from_utf8(&bytes) {
                Ok(line) => line,
                Err(_) if self.lossy => {
                    lossy = String::from_utf8_lossy(&bytes).into_owned();
                    &lossy
                }
                Err(e) => {
                    let bad = at + e.valid_up_to() as u64;
                    return err(format!(
                        "invalid UTF-8 at byte offset {bad} (use --lossy to replace bad bytes)"
                    ));
                }
            },
        };
        // An object is read straight into its fields; anything else, or a
        // record serde rejects (a duplicate key), goes through a `Value`
        // for the error message.
        let direct = line.trim_start().starts_with('{');
        let fields: Fields = match direct.then(|| serde_json::from_str::<Fields>(line)) {
            Some(Ok(fields)) => fields,
            _ => match serde_json::from_str::<serde_json::Value>(line) {
                Ok(v @ serde_json::Value::Object(_)) => match serde_json::from_value(v) {
                    Ok(r) => r,
                    Err(e) => return err(format!("bad record: {e}")),
                },
                Ok(_) => return err("a record must be a JSON object".into()),
                Err(e) => return err(format!("not a JSON record (line starts at byte {at}): {e}")),
            },
        };
        let Some(text) = fields.text.and_then(value_to_string) else {
            return err("record has no \"text\" string".into());
        };
        let id = fields
            .id
            .and_then(value_to_string)
            .unwrap_or_else(|| format!("{}:{}", self.name, self.lineno));
        Some(Ok(Record {
            source: self.name.clone(),
            position: Position::Line(self.lineno),
            meta: Meta {
                id: Some(id),
                title: fields.title,
                url: fields.url,
                published: fields.published,
                author: fields.author,
                site_name: fields.site_name,
                crawled: None,
            },
            payload: Payload::Text(text),
        }))
    }
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        while !self.done {
            self.lineno += 1;
            match self.lines.next_line() {
                Ok(Line::Eof) => self.done = true,
                Ok(Line::TooLong(at, len)) => {
                    return Some(Err(IngestError::new(
                        &self.name,
                        Position::Line(self.lineno),
                        format!("record at byte {at} is {len} bytes, over the limit; skipped"),
                    )))
                }
                Ok(Line::Data(bytes, at)) => {
                    if let Some(item) = self.parse(bytes, at) {
                        return Some(item);
                    }
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(IngestError::new(
                        &self.name,
                        Position::Line(self.lineno),
                        e.to_string(),
                    )));
                }
            }
        }
        None
    }
}
