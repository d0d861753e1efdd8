//! `tantivy_peer FILE`: the tantivy counterpart of `akhbar tokenize --stem`.
//!
//! Reads FILE line by line and runs tantivy's usual analyzer for Arabic over
//! each line: `TextAnalyzer::builder(SimpleTokenizer).filter(LowerCaser)
//! .filter(Stemmer::new(Language::Arabic))` (Snowball Arabic via
//! rust-stemmers). Writes the stems of a line separated by single spaces, one
//! output line per input line, to a buffered stdout.
//!
//! Differences in what the two programs do (so the comparison is read
//! right): tantivy's `SimpleTokenizer` splits on every character that is not
//! alphanumeric, so it drops punctuation (akhbar keeps it as tokens) and it
//! also splits words at Arabic diacritics and tatweel (not alphanumeric in
//! Unicode); it does no display cleaning. Snowball Arabic does its own
//! normalization (diacritics, alef/hamza forms) inside the stemmer.
//!
//! Invalid UTF-8 is replaced with U+FFFD (as with `akhbar tokenize --lossy`).

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::process::ExitCode;

use tantivy::tokenizer::{Language, LowerCaser, SimpleTokenizer, Stemmer, TextAnalyzer};

fn run(path: &str) -> io::Result<()> {
    let mut analyzer = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(LowerCaser)
        .filter(Stemmer::new(Language::Arabic))
        .build();
    let mut input = BufReader::with_capacity(1 << 16, File::open(path)?);
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    let mut raw: Vec<u8> = Vec::with_capacity(1 << 16);
    loop {
        raw.clear();
        if input.read_until(b'\n', &mut raw)? == 0 {
            break;
        }
        let mut body = raw.as_slice();
        if body.last() == Some(&b'\n') {
            body = &body[..body.len() - 1];
        }
        if body.last() == Some(&b'\r') {
            body = &body[..body.len() - 1];
        }
        let line: Cow<'_, str> = String::from_utf8_lossy(body);
        let mut stream = analyzer.token_stream(&line);
        let mut first = true;
        while stream.advance() {
            if !first {
                out.write_all(b" ")?;
            }
            first = false;
            out.write_all(stream.token().text.as_bytes())?;
        }
        drop(stream);
        out.write_all(b"\n")?;
    }
    out.flush()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path] = args.as_slice() else {
        eprintln!("usage: tantivy_peer FILE   (writes the stems of each line to stdout)");
        return ExitCode::from(2);
    };
    match run(path) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tantivy_peer: {path}: {e}");
            ExitCode::FAILURE
        }
    }
}
