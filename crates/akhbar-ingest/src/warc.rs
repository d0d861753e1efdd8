//! WARC crawls (`.warc`, `.warc.gz`) → one article per HTML `response`
//! record, streamed: memory stays within one record.
//!
//! Compressed files are read through a multi-member gzip decoder (one
//! member per record, as crawlers write them, or one for the whole file).
//! Each record's block is read up to [`crate::Options::max_record_bytes`];
//! a longer one is skipped (an error for that record) when the rest of the
//! stream can be reached within [`crate::Options::max_decompressed_bytes`],
//! otherwise the stream stops with an error. `response` records carrying
//! `application/http` are split into status, headers and body; bodies sent
//! with `Transfer-Encoding: chunked` are de-chunked, `Content-Encoding: gzip`
//! or `deflate` inflated (bounded too). Only 2xx `text/html` /
//! `application/xhtml+xml` responses become articles; other records
//! (`warcinfo`, `request`, `metadata`, redirects, images) are passed over.
//! The record's `WARC-Target-URI` becomes the article's id and URL,
//! `WARC-Date` its crawl date; the HTTP `Content-Type` charset is the first
//! encoding label for the page.
//!
//! ```
//! use akhbar_ingest::{warc::WarcReader, Options, Payload};
//!
//! let page = "<html><body><p>نص</p></body></html>";
//! let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{page}");
//! let warc = format!("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://e.com/a\r\nWARC-Date: 2024-01-02T03:04:05Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n", http.len());
//! let mut r = WarcReader::new("crawl.warc", warc.as_bytes(), &Options::default());
//! let rec = r.next().unwrap().unwrap();
//! assert_eq!(rec.meta.url.as_deref(), Some("https://e.com/a"));
//! assert!(matches!(rec.payload, Payload::Html { .. }));
//! assert!(r.next().is_none());
//! ```

use std::io::{self, BufRead, Read};
use std::sync::Arc;

use crate::{date, IngestError, Item, Meta, Options, Payload, Position, Record};

/// Longest header line and most header lines accepted.
const MAX_HEADER_LINE: usize = 64 << 10;
const MAX_HEADERS: usize = 512;

/// The HTML responses of a WARC stream.
pub struct WarcReader<R> {
    name: Arc<str>,
    reader: R,
    offset: u64,
    max_record: usize,
    max_skip: u64,
    done: bool,
}

/// Header fields in order.
type Headers = Vec<(String, String)>;
/// A raw WARC record: start offset, headers, block.
type RawRecord = (u64, Headers, Vec<u8>);

fn header<'h>(headers: &'h [(String, String)], name: &str) -> Option<&'h str> {
    headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

impl<R: BufRead> WarcReader<R> {
    /// Records of an uncompressed WARC stream (wrap `.warc.gz` in a
    /// `flate2::bufread::MultiGzDecoder` and a `BufReader` first).
    pub fn new(name: &str, reader: R, opts: &Options) -> Self {
        WarcReader {
            name: name.into(),
            reader,
            offset: 0,
            max_record: opts.max_record_bytes,
            max_skip: opts.max_decompressed_bytes,
            done: false,
        }
    }

    /// One line, at most `MAX_HEADER_LINE` bytes, without its line end;
    /// `None` at the end of the stream.
    fn line(&mut self) -> io::Result<Option<Vec<u8>>> {
        let mut buf = Vec::new();
        let n = (&mut self.reader)
            .take(MAX_HEADER_LINE as u64)
            .read_until(b'\n', &mut buf)?;
        self.offset += n as u64;
        if n == 0 {
            return Ok(None);
        }
        while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
            buf.pop();
        }
        Ok(Some(buf))
    }

    fn skip(&mut self, n: u64) -> io::Result<u64> {
        let skipped = io::copy(&mut (&mut self.reader).take(n), &mut io::sink())?;
        self.offset += skipped;
        Ok(skipped)
    }

    fn err(&self, at: u64, reason: impl Into<String>) -> IngestError {
        IngestError::new(&self.name, Position::Offset(at), reason)
    }

    /// The next record (any type): its start offset, headers and block.
    fn next_record(&mut self) -> Result<Option<RawRecord>, (IngestError, bool)> {
        // Find the version line, passing over blank lines (and, up to a bound,
        // garbage after an oversized or damaged record).
        let scan_start = self.offset;
        let start = loop {
            let at = self.offset;
            match self.line() {
                Ok(None) => return Ok(None),
                Ok(Some(l)) if l.starts_with(b"WARC/") => break at,
                Ok(Some(_)) => {
                    if self.offset - scan_start > self.max_skip {
                        return Err((
                            self.err(
                                scan_start,
                                format!(
                                    "no WARC record header within {} bytes; stopping",
                                    self.max_skip
                                ),
                            ),
                            true,
                        ));
                    }
                }
                Err(e) => return Err((self.err(at, format!("read error: {e}")), true)),
            }
        };
        let mut headers = Vec::new();
        loop {
            match self.line() {
                Ok(None) => return Err((self.err(start, "truncated WARC header"), true)),
                Ok(Some(l)) if l.is_empty() => break,
                Ok(Some(l)) => {
                    if headers.len() >= MAX_HEADERS {
                        return Err((self.err(start, "too many WARC header lines"), true));
                    }
                    let l = String::from_utf8_lossy(&l);
                    if let Some((k, v)) = l.split_once(':') {
                        headers.push((k.trim().to_string(), v.trim().to_string()));
                    }
                }
                Err(e) => return Err((self.err(start, format!("read error: {e}")), true)),
            }
        }
        let Some(len) = header(&headers, "Content-Length").and_then(|v| v.parse::<u64>().ok())
        else {
            return Err((
                self.err(start, "WARC record without a valid Content-Length"),
                false,
            ));
        };
        if len > self.max_record as u64 {
            let fatal = len > self.max_skip || self.skip(len).map_or(true, |n| n < len);
            return Err((
                self.err(
                    start,
                    format!(
                        "WARC record of {len} bytes is over the {}-byte limit; skipped",
                        self.max_record
                    ),
                ),
                fatal,
            ));
        }
        let mut block = Vec::with_capacity(len.min(1 << 20) as usize);
        match (&mut self.reader).take(len).read_to_end(&mut block) {
            Ok(n) => {
                self.offset += n as u64;
                if (n as u64) < len {
                    return Err((
                        self.err(start, format!("truncated WARC record: {n} of {len} bytes")),
                        true,
                    ));
                }
            }
            Err(e) => {
                return Err((
                    self.err(start, format!("read error (damaged compression?): {e}")),
                    true,
                ))
            }
        }
        Ok(Some((start, headers, block)))
    }
}

/// Split an HTTP response: status, headers, body.
fn split_http(block: &[u8]) -> Option<(u16, Headers, &[u8])> {
    let end = memchr::memmem::find(block, b"\r\n\r\n")
        .map(|i| (i, i + 4))
        .or_else(|| memchr::memmem::find(block, b"\n\n").map(|i| (i, i + 2)))?;
    let head = String::from_utf8_lossy(&block[..end.0]);
    let mut lines = head.lines();
    let status_line = lines.next()?;
    if !status_line.starts_with("HTTP/") {
        return None;
    }
    let status = status_line.split_whitespace().nth(1)?.parse().ok()?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    Some((status, headers, &block[end.1..]))
}

/// Undo `Transfer-Encoding: chunked`.
fn dechunk(mut body: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(body.len());
    loop {
        let nl = memchr::memchr(b'\n', body).ok_or("chunked body: missing chunk size line")?;
        let size_line = String::from_utf8_lossy(&body[..nl]);
        let size_hex = size_line.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size_hex, 16)
            .map_err(|_| format!("chunked body: bad chunk size {size_hex:?}"))?;
        body = &body[nl + 1..];
        if size == 0 {
            return Ok(out);
        }
        if size > body.len() {
            // A truncated last chunk: keep what is there.
            out.extend_from_slice(body);
            return Ok(out);
        }
        out.extend_from_slice(&body[..size]);
        body = &body[size..];
        body = body
            .strip_prefix(b"\r\n")
            .or_else(|| body.strip_prefix(b"\n"))
            .unwrap_or(body);
    }
}

fn inflate(body: &[u8], encoding: &str, limit: usize) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let r: Box<dyn Read> = match encoding {
        "gzip" | "x-gzip" => Box::new(flate2::read::MultiGzDecoder::new(body)),
        "deflate" => Box::new(flate2::read::ZlibDecoder::new(body)),
        other => return Err(format!("unsupported Content-Encoding {other:?}")),
    };
    r.take(limit as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|e| format!("bad {encoding} body: {e}"))?;
    if out.len() > limit {
        return Err(format!(
            "{encoding} body inflates past the {limit}-byte limit (a compression bomb?)"
        ));
    }
    Ok(out)
}

impl<R: BufRead> Iterator for WarcReader<R> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        while !self.done {
            let (start, headers, block) = match self.next_record() {
                Ok(Some(r)) => r,
                Ok(None) => {
                    self.done = true;
                    return None;
                }
                Err((e, fatal)) => {
                    self.done = fatal;
                    return Some(Err(e));
                }
            };
            let kind = header(&headers, "WARC-Type").unwrap_or("");
            let ct = header(&headers, "Content-Type").unwrap_or("");
            if !kind.eq_ignore_ascii_case("response")
                || !ct.to_ascii_lowercase().starts_with("application/http")
            {
                continue;
            }
            let uri =
                header(&headers, "WARC-Target-URI").map(|u| u.trim_matches(['<', '>']).to_string());
            let crawled = header(&headers, "WARC-Date").and_then(date::normalize);
            let Some((status, http, body)) = split_http(&block) else {
                return Some(Err(
                    self.err(start, "response record without a valid HTTP header")
                ));
            };
            if !(200..300).contains(&status) {
                continue;
            }
            let http_ct = header(&http, "Content-Type").map(str::to_string);
            let lower = http_ct
                .as_deref()
                .unwrap_or("text/html")
                .to_ascii_lowercase();
            if !(lower.contains("html") || lower.contains("xhtml")) {
                continue;
            }
            let mut body = body.to_vec();
            if header(&http, "Transfer-Encoding")
                .is_some_and(|t| t.to_ascii_lowercase().contains("chunked"))
            {
                match dechunk(&body) {
                    Ok(b) => body = b,
                    Err(e) => return Some(Err(self.err(start, e))),
                }
            }
            if let Some(enc) =
                header(&http, "Content-Encoding").map(|e| e.trim().to_ascii_lowercase())
            {
                if enc != "identity" && !enc.is_empty() {
                    match inflate(&body, &enc, self.max_record) {
                        Ok(b) => body = b,
                        Err(e) => return Some(Err(self.err(start, e))),
                    }
                }
            }
            return Some(Ok(Record {
                source: self.name.clone(),
                position: Position::Offset(start),
                meta: Meta {
                    id: uri.clone(),
                    url: uri,
                    crawled,
                    ..Meta::default()
                },
                payload: Payload::Html {
                    bytes: body,
                    content_type: http_ct,
                },
            }));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    fn record(kind: &str, uri: &str, http: &[u8]) -> Vec<u8> {
        let mut r = format!("WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-05-06T07:08:09Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n", http.len()).into_bytes();
        r.extend_from_slice(http);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    fn gz(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn chunked_gzip_bodies_and_skipped_records() {
        let page = "<html><body><p>مرحبا بالعالم</p></body></html>";
        let chunked = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n{}\r\n0\r\n\r\n", page.len(), page);
        let mut gz_http =
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n"
                .to_vec();
        gz_http.extend_from_slice(&gz(page.as_bytes()));
        let mut warc = Vec::new();
        warc.extend(record(
            "request",
            "https://e.com/0",
            b"GET / HTTP/1.1\r\n\r\n",
        ));
        warc.extend(record("response", "https://e.com/1", chunked.as_bytes()));
        warc.extend(record(
            "response",
            "https://e.com/r",
            b"HTTP/1.1 301 Moved\r\nLocation: /\r\n\r\n",
        ));
        warc.extend(record("response", "https://e.com/2", &gz_http));
        let items: Vec<Item> = WarcReader::new("t.warc", &warc[..], &Options::default()).collect();
        assert_eq!(items.len(), 2);
        for it in items {
            let a = it.unwrap().into_article(&Options::default()).unwrap();
            assert_eq!(a.text, "مرحبا بالعالم");
            assert_eq!(a.crawled.as_deref(), Some("2024-05-06T07:08:09Z"));
        }
    }

    #[test]
    fn gzip_bomb_in_a_body_is_an_error_for_that_record() {
        let opts = Options {
            max_record_bytes: 1 << 20,
            ..Options::default()
        };
        let mut bomb_http =
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n"
                .to_vec();
        bomb_http.extend_from_slice(&gz(&vec![b'a'; 20 << 20]));
        let ok = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>\xd9\x86\xd8\xb5</p>";
        let mut warc = gz(&record("response", "https://e.com/bomb", &bomb_http));
        warc.extend(gz(&record("response", "https://e.com/ok", ok)));
        let r = io::BufReader::new(flate2::bufread::MultiGzDecoder::new(&warc[..]));
        let items: Vec<Item> = WarcReader::new("b.warc.gz", r, &opts).collect();
        assert_eq!(items.len(), 2);
        assert!(items[0]
            .as_ref()
            .unwrap_err()
            .reason
            .contains("compression bomb"));
        assert_eq!(
            items[1].as_ref().unwrap().meta.url.as_deref(),
            Some("https://e.com/ok")
        );

        // A record over the size limit: skipped with an error, the next one read.
        let big = vec![b'x'; 2 << 20];
        let mut warc = record("response", "https://e.com/big", &big);
        warc.extend(record("response", "https://e.com/ok", ok));
        let items: Vec<Item> = WarcReader::new("s.warc", &warc[..], &opts).collect();
        assert!(items[0].as_ref().unwrap_err().reason.contains("over the"));
        assert!(items[1].is_ok());
    }

    #[test]
    fn truncated_and_garbage_streams_end_with_an_error() {
        let w = record(
            "response",
            "https://e.com/1",
            b"HTTP/1.1 200 OK\r\n\r\n<p>x</p>",
        );
        let cut = &w[..w.len() - 10];
        let items: Vec<Item> = WarcReader::new("t.warc", cut, &Options::default()).collect();
        assert!(items.last().unwrap().is_err());
        let junk = vec![0u8; 1000];
        let opts = Options {
            max_decompressed_bytes: 100,
            ..Options::default()
        };
        let items: Vec<Item> = WarcReader::new("j.warc", &junk[..], &opts).collect();
        assert!(items.iter().all(|i| i.is_err()));
    }
}
