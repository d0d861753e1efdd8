//! SaudiNewsNet adapter (`--input saudinewsnet`): the corpus's ZIP files
//! (`dataset/YYYY-MM-DD.zip`), each with one member `YYYY-MM-DD.json`
//! holding a JSON array of `{source, url, date_extracted, title, author,
//! content}` objects (all strings).
//!
//! Mapping: `content` → text, `url` → id and URL, `title`, `author`,
//! `source` (the newspaper id, e.g. `alriyadh`) → site name, and the date
//! of `date_extracted` → published (the corpus README: the crawl date,
//! usually also the publication date after 2015-08-01). Records are
//! positioned as `MEMBER#N` (N from 1). An article with empty `content`
//! (354 in the corpus) is an error record; members are read one at a time,
//! each bounded by [`crate::Options::max_decompressed_bytes`].
//!
//! ```
//! use std::io::{Cursor, Write};
//! use akhbar_ingest::{saudinewsnet::SaudiNewsNetReader, Options, Payload};
//!
//! let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
//! zip.start_file("2015-07-21.json", zip::write::SimpleFileOptions::default()).unwrap();
//! zip.write_all(r#"[{"source":"alriyadh","url":"http://e.com/1","date_extracted":"2015-07-21 10:00:00","title":"عنوان","author":"","content":"نص الخبر"}]"#.as_bytes()).unwrap();
//! let bytes = zip.finish().unwrap().into_inner();
//! let mut r = SaudiNewsNetReader::new("d.zip", Cursor::new(bytes), &Options::default());
//! let rec = r.next().unwrap().unwrap();
//! assert_eq!(rec.meta.published.as_deref(), Some("2015-07-21"));
//! assert_eq!(rec.meta.site_name.as_deref(), Some("alriyadh"));
//! assert_eq!(rec.position.to_string(), "2015-07-21.json#1");
//! ```

use std::collections::VecDeque;
use std::io::{Read, Seek};
use std::sync::Arc;

use serde::Deserialize;

use crate::{IngestError, Item, Meta, Options, Payload, Position, Record};

#[derive(Deserialize)]
struct Entry {
    source: Option<String>,
    url: Option<String>,
    date_extracted: Option<String>,
    title: Option<String>,
    author: Option<String>,
    content: Option<String>,
}

/// The articles of one SaudiNewsNet ZIP file.
pub struct SaudiNewsNetReader<R> {
    name: Arc<str>,
    archive: Option<zip::ZipArchive<R>>,
    member: usize,
    pending: VecDeque<Item>,
    limit: u64,
}

impl<R: Read + Seek> SaudiNewsNetReader<R> {
    /// Articles of the ZIP file `reader`.
    pub fn new(name: &str, reader: R, opts: &Options) -> Self {
        let name: Arc<str> = name.into();
        let mut pending = VecDeque::new();
        let archive = match zip::ZipArchive::new(reader) {
            Ok(a) => Some(a),
            Err(e) => {
                pending.push_back(Err(IngestError::new(
                    &name,
                    Position::Whole,
                    format!("not a ZIP file: {e}"),
                )));
                None
            }
        };
        SaudiNewsNetReader {
            name,
            archive,
            member: 0,
            pending,
            limit: opts.max_decompressed_bytes,
        }
    }

    fn load_member(&mut self) -> bool {
        let Some(archive) = self.archive.as_mut() else {
            return false;
        };
        if self.member >= archive.len() {
            return false;
        }
        let index = self.member;
        self.member += 1;
        let name = self.name.clone();
        let mut file = match archive.by_index(index) {
            Ok(f) => f,
            Err(e) => {
                self.pending.push_back(Err(IngestError::new(
                    &name,
                    Position::Member(format!("member {index}"), 0),
                    e.to_string(),
                )));
                return true;
            }
        };
        let member = file.name().to_string();
        if file.is_dir() || !member.ends_with(".json") {
            return true;
        }
        let at = |n| Position::Member(member.clone(), n);
        let mut buf = Vec::new();
        if let Err(e) = (&mut file).take(self.limit + 1).read_to_end(&mut buf) {
            self.pending.push_back(Err(IngestError::new(
                &name,
                at(0),
                format!("cannot inflate: {e}"),
            )));
            return true;
        }
        if buf.len() as u64 > self.limit {
            self.pending.push_back(Err(IngestError::new(
                &name,
                at(0),
                format!("member inflates past the {}-byte limit", self.limit),
            )));
            return true;
        }
        let entries: Vec<serde_json::Value> = match serde_json::from_slice(&buf) {
            Ok(v) => v,
            Err(e) => {
                self.pending.push_back(Err(IngestError::new(
                    &name,
                    at(0),
                    format!("not a JSON array of articles: {e}"),
                )));
                return true;
            }
        };
        drop(buf);
        for (i, v) in entries.into_iter().enumerate() {
            let pos = at(i as u64 + 1);
            let e: Entry = match serde_json::from_value(v) {
                Ok(e) => e,
                Err(err) => {
                    self.pending.push_back(Err(IngestError::new(
                        &name,
                        pos,
                        format!("bad article object: {err}"),
                    )));
                    continue;
                }
            };
            let text = e.content.unwrap_or_default();
            if text.trim().is_empty() {
                self.pending.push_back(Err(IngestError::new(
                    &name,
                    pos,
                    "article has empty content",
                )));
                continue;
            }
            let nonempty = |s: Option<String>| s.filter(|s| !s.trim().is_empty());
            let published = e
                .date_extracted
                .as_deref()
                .and_then(crate::date::normalize)
                .map(|d| crate::date::day(&d).to_string());
            self.pending.push_back(Ok(Record {
                source: name.clone(),
                position: pos,
                meta: Meta {
                    id: nonempty(e.url.clone()),
                    url: nonempty(e.url),
                    title: nonempty(e.title),
                    author: nonempty(e.author),
                    site_name: nonempty(e.source),
                    published,
                    crawled: None,
                },
                payload: Payload::Text(text),
            }));
        }
        true
    }
}

impl<R: Read + Seek> Iterator for SaudiNewsNetReader<R> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(item) = self.pending.pop_front() {
                return Some(item);
            }
            if !self.load_member() {
                return None;
            }
        }
    }
}
