//! Reading inputs: files or stdin, UTF-8 checks with byte offsets, size limits.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// A named input: a file path or `-` for stdin.
#[derive(Clone, Debug)]
pub struct Input {
    pub path: Option<PathBuf>,
}

impl Input {
    pub fn parse_list(items: &[String]) -> Vec<Input> {
        if items.is_empty() {
            return vec![Input { path: None }];
        }
        items
            .iter()
            .map(|s| Input {
                path: (s != "-").then(|| PathBuf::from(s)),
            })
            .collect()
    }

    /// Name used in messages and as a document id.
    pub fn name(&self) -> String {
        match &self.path {
            Some(p) => p.display().to_string(),
            None => "<stdin>".to_string(),
        }
    }

    pub fn is_jsonl(&self) -> bool {
        self.path
            .as_deref()
            .and_then(Path::extension)
            .is_some_and(|e| e == "jsonl")
    }

    pub fn open(&self) -> io::Result<Box<dyn BufRead>> {
        Ok(match &self.path {
            Some(p) => Box::new(BufReader::with_capacity(1 << 20, File::open(p)?)),
            None => Box::new(BufReader::with_capacity(1 << 20, io::stdin())),
        })
    }
}

/// Read a whole input, refusing more than `limit` bytes.
pub fn read_limited(input: &Input, limit: usize) -> Result<Vec<u8>, String> {
    if let Some(p) = &input.path {
        if let Ok(meta) = std::fs::metadata(p) {
            if meta.is_dir() {
                return Err("is a directory".to_string());
            }
            if meta.len() > limit as u64 {
                return Err(format!("input is {} bytes, more than the {limit}-byte limit (raise it with --max-bytes)", meta.len()));
            }
        }
    }
    let reader = input.open().map_err(|e| e.to_string())?;
    let mut buf = Vec::new();
    reader
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

/// Decode UTF-8, or say where it breaks. `lossy` replaces bad bytes with U+FFFD.
pub fn decode(bytes: Vec<u8>, lossy: bool, base_offset: u64) -> Result<String, String> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => {
            let at = e.utf8_error().valid_up_to() as u64 + base_offset;
            Err(format!(
                "invalid UTF-8 at byte offset {at} (use --lossy to replace bad bytes)"
            ))
        }
    }
}

/// Outcome of reading one line with a length limit.
pub enum Line {
    /// A line (without its `\n`), and the byte offset where it starts.
    Data(Vec<u8>, u64),
    /// A line longer than the limit was skipped; its start offset and length.
    TooLong(u64, u64),
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
    pub fn new(reader: R, limit: usize) -> Self {
        LineReader {
            reader,
            offset: 0,
            limit,
        }
    }

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
