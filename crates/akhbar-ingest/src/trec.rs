//! TREC/CLEF-style records (`--input trec`), as in the ANT corpus: one or
//! more `<DOC> … </DOC>` blocks per file with `<DOCNO>`, `<URL>`, `<TITLE>`,
//! `<TIME>`, `<AUTHOR>`, `<ABSTRACT>`, `<TEXT>` (also `<HEADLINE>`,
//! `<DATE>`). Tags are matched as text, not parsed as XML: ANT's files are
//! not well-formed XML (raw `&` in URLs).
//!
//! Mapping: `<TEXT>` → text (trimmed; one paragraph per line as in ANT),
//! `<DOCNO>` → id, `<URL>`, `<TITLE>`, `<AUTHOR>` (empty → none), `<SRC>` →
//! site name, `<TIME>` / `<DATE>` → published (ANT's three formats
//! `DD/MM/YYYY`, ISO 8601 with offset, `YYYY-MM-DDThhmmss`). A `<DOC>`
//! without `<TEXT>` is an error record. Records are positioned by their
//! line; each is bounded by [`crate::Options::max_record_bytes`].
//!
//! ```
//! use akhbar_ingest::{trec::TrecReader, Options, Payload};
//!
//! let doc = "<DOC>\n<DOCNO>JA-x-1-20170120</DOCNO>\n<TITLE>عنوان</TITLE>\n<TIME>20/01/2017</TIME>\n<TEXT>\nسطر أول\nسطر ثان\n</TEXT>\n</DOC>\n";
//! let rec = TrecReader::new("a.txt", doc.as_bytes(), &Options::default()).next().unwrap().unwrap();
//! assert_eq!(rec.meta.id.as_deref(), Some("JA-x-1-20170120"));
//! assert_eq!(rec.meta.published.as_deref(), Some("2017-01-20"));
//! assert!(matches!(rec.payload, Payload::Text(t) if t == "سطر أول\nسطر ثان"));
//! ```

use std::io::BufRead;
use std::sync::Arc;

use crate::jsonl::{Line, LineReader};
use crate::{IngestError, Item, Meta, Options, Payload, Position, Record};

/// The `<DOC>` records of a TREC-style input.
pub struct TrecReader<R> {
    name: Arc<str>,
    lines: LineReader<R>,
    lineno: u64,
    limit: usize,
    done: bool,
}

fn field<'d>(doc: &'d str, tag: &str) -> Option<&'d str> {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    let start = doc.find(&open)? + open.len();
    let end = doc[start..].find(&close).map_or(doc.len(), |i| start + i);
    let v = doc[start..end].trim();
    (!v.is_empty()).then_some(v)
}

impl<R: BufRead> TrecReader<R> {
    /// Records of `reader`.
    pub fn new(name: &str, reader: R, opts: &Options) -> Self {
        TrecReader {
            name: name.into(),
            lines: LineReader::new(reader, 1 << 20),
            lineno: 0,
            limit: opts.max_record_bytes,
            done: false,
        }
    }

    fn record(&self, doc: &str, line: u64) -> Item {
        let pos = Position::Line(line);
        let Some(text) = field(doc, "TEXT") else {
            return Err(IngestError::new(&self.name, pos, "<DOC> without <TEXT>"));
        };
        let text = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        let s = |t: &str| field(doc, t).map(str::to_string);
        Ok(Record {
            source: self.name.clone(),
            position: pos,
            meta: Meta {
                id: s("DOCNO"),
                url: s("URL"),
                title: s("TITLE").or_else(|| s("HEADLINE")),
                author: s("AUTHOR"),
                site_name: s("SRC"),
                published: s("TIME")
                    .or_else(|| s("DATE"))
                    .as_deref()
                    .and_then(crate::date::normalize),
                crawled: None,
            },
            payload: Payload::Text(text),
        })
    }
}

impl<R: BufRead> Iterator for TrecReader<R> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        let mut doc: Option<(String, u64)> = None;
        while !self.done {
            self.lineno += 1;
            let line = match self.lines.next_line() {
                Ok(Line::Data(b, _)) => String::from_utf8_lossy(&b).into_owned(),
                Ok(Line::TooLong(..)) => {
                    // Never held in memory: the record it belongs to is an error.
                    let at = doc.as_ref().map_or(self.lineno, |d| d.1);
                    let line = self.lineno;
                    return Some(Err(IngestError::new(
                        &self.name,
                        Position::Line(at),
                        format!("line {line} is longer than 1 MiB; record skipped"),
                    )));
                }
                Ok(Line::Eof) => {
                    self.done = true;
                    break;
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(IngestError::new(
                        &self.name,
                        Position::Line(self.lineno),
                        e.to_string(),
                    )));
                }
            };
            match &mut doc {
                None => {
                    if let Some(i) = line.find("<DOC>") {
                        doc = Some((line[i..].to_string(), self.lineno));
                        if line.contains("</DOC>") {
                            let (d, at) = doc.take().unwrap_or_default();
                            return Some(self.record(&d, at));
                        }
                    }
                }
                Some((d, at)) => {
                    d.push('\n');
                    d.push_str(&line);
                    if line.contains("</DOC>") {
                        let (d, at) = (std::mem::take(d), *at);
                        return Some(self.record(&d, at));
                    }
                    if d.len() > self.limit {
                        let at = *at;
                        return Some(Err(IngestError::new(
                            &self.name,
                            Position::Line(at),
                            format!("<DOC> longer than {} bytes", self.limit),
                        )));
                    }
                }
            }
        }
        doc.map(|(d, at)| {
            if d.contains("<TEXT>") {
                self.record(&d, at)
            } else {
                Err(IngestError::new(
                    &self.name,
                    Position::Line(at),
                    "truncated <DOC> (no </DOC>)",
                ))
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_overlong_line_fails_its_record_only() {
        let long = "ب".repeat(600_000);
        let data = format!("<DOC>\n<DOCNO>a</DOCNO>\n<TEXT>\n{long}\n</TEXT>\n</DOC>\n<DOC>\n<DOCNO>b</DOCNO>\n<TEXT>\nنص\n</TEXT>\n</DOC>\n");
        let items: Vec<Item> = TrecReader::new("t", data.as_bytes(), &Options::default()).collect();
        assert_eq!(items.len(), 2, "{items:?}");
        assert!(items[0]
            .as_ref()
            .unwrap_err()
            .reason
            .contains("longer than 1 MiB"));
        assert_eq!(items[1].as_ref().unwrap().meta.id.as_deref(), Some("b"));
    }
}
