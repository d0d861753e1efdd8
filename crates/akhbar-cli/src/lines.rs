//! `akhbar tokenize` and `akhbar normalize`: line filters that stream in
//! constant memory. Each input line gives exactly one output line. A line
//! longer than a chunk is processed in pieces cut at whitespace (or, in a
//! whitespace-free run, at a character boundary), so memory stays flat.

use std::io::{self, BufRead, BufWriter, Write};

use akhbar_text::clean::Cleaner;
use akhbar_text::normalize::{NormalizeProfile, Normalizer};
use akhbar_text::segment::{CliticSegmenter, SegmentCache};
use akhbar_text::stem::LightStemmer;
use akhbar_text::stopwords::is_stopword;
use akhbar_text::tokenize::{tokenize, TokenKind};
use anyhow::Result;
use clap::Args;

use crate::input::Input;

/// Largest piece of a line processed at once.
const PIECE: usize = 1 << 20;

#[derive(Args, Debug)]
pub struct TokenizeArgs {
    /// Input files; `-` or nothing reads stdin.
    #[arg(value_name = "FILE|-")]
    files: Vec<String>,
    /// Replace each token by its light stem (search form).
    #[arg(long, group = "mode")]
    stem: bool,
    /// Split clitics: segments of a token joined by `+` (`و+قال`).
    #[arg(long, group = "mode")]
    segment: bool,
    /// Replace each token by its search form.
    #[arg(long, group = "mode")]
    norm: bool,
    /// Leave out punctuation tokens.
    #[arg(long)]
    no_punct: bool,
    /// Leave out stopwords.
    #[arg(long)]
    no_stopwords: bool,
    /// Replace invalid UTF-8 with U+FFFD instead of stopping the input.
    #[arg(long)]
    lossy: bool,
}

#[derive(Args, Debug)]
pub struct NormalizeArgs {
    /// Input files; `-` or nothing reads stdin.
    #[arg(value_name = "FILE|-")]
    files: Vec<String>,
    /// What to fold: search (everything), camel (CAMeL Tools' dediac + alef +
    /// alef maksura + ta marbuta), dediac (diacritics and tatweel), none
    /// (display cleaning only).
    #[arg(long, default_value = "search", value_parser = clap::builder::PossibleValuesParser::new(NormalizeProfile::NAMES))]
    profile: String,
    /// Replace invalid UTF-8 with U+FFFD instead of stopping the input.
    #[arg(long)]
    lossy: bool,
}

/// Something that turns a piece of a line into output.
trait PieceWriter {
    /// Write the output of `piece` to `out`; `first` says whether this is the
    /// first piece of its line.
    fn write_piece(&mut self, piece: &str, first: bool, out: &mut Vec<u8>);
}

struct TokenWriter {
    mode: Mode,
    no_punct: bool,
    no_stopwords: bool,
    cleaner: Cleaner,
    normalizer: Normalizer,
    stemmer: LightStemmer,
    segmenter: Option<CliticSegmenter>,
    cache: SegmentCache,
    clean: String,
    scratch: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Surface,
    Stem,
    Segment,
    Norm,
}

impl PieceWriter for TokenWriter {
    fn write_piece(&mut self, piece: &str, first: bool, out: &mut Vec<u8>) {
        // Most lines need no cleaning for tokens (see `Cleaner::changes_tokens`).
        let marks_matter = matches!(self.mode, Mode::Surface | Mode::Segment);
        let text = if self.cleaner.changes_tokens(piece, marks_matter) {
            self.cleaner.clean_into(piece, &mut self.clean);
            self.clean.as_str()
        } else {
            piece
        };
        let mut need_space = !first;
        for t in tokenize(text) {
            if self.no_punct && t.kind == TokenKind::Punct {
                continue;
            }
            let tok = t.text(text);
            if self.no_stopwords && t.kind == TokenKind::Word {
                self.scratch.clear();
                self.normalizer.normalize_into(tok, &mut self.scratch);
                if is_stopword(&self.scratch) {
                    continue;
                }
            }
            let mark = out.len();
            if need_space {
                out.push(b' ');
            }
            let before = out.len();
            match self.mode {
                Mode::Surface => out.extend_from_slice(tok.as_bytes()),
                Mode::Stem => self.stemmer.stem_into_bytes(tok, out),
                Mode::Norm => {
                    self.scratch.clear();
                    self.normalizer.normalize_into(tok, &mut self.scratch);
                    out.extend_from_slice(self.scratch.as_bytes());
                }
                Mode::Segment => match (&self.segmenter, t.kind) {
                    (Some(seg), TokenKind::Word) => {
                        let s = self.cache.segment(seg, tok);
                        for (i, part) in s.segments(tok).enumerate() {
                            if i > 0 {
                                out.push(b'+');
                            }
                            out.extend_from_slice(part.text.as_bytes());
                        }
                    }
                    (_, TokenKind::Number)
                        if tok.ends_with(['%', '٪', '‰']) && tok.chars().count() > 1 =>
                    {
                        let cut = tok.char_indices().last().map_or(0, |(i, _)| i);
                        out.extend_from_slice(&tok.as_bytes()[..cut]);
                        out.push(b'+');
                        out.extend_from_slice(&tok.as_bytes()[cut..]);
                    }
                    _ => out.extend_from_slice(tok.as_bytes()),
                },
            }
            // A token whose stem or search form is empty (a lone mark) is left out.
            if out.len() == before {
                out.truncate(mark);
            } else {
                need_space = true;
            }
        }
    }
}

struct NormalizeWriter {
    cleaner: Cleaner,
    normalizer: Normalizer,
    clean: String,
    scratch: String,
}

impl PieceWriter for NormalizeWriter {
    fn write_piece(&mut self, piece: &str, first: bool, out: &mut Vec<u8>) {
        self.cleaner.clean_into(piece, &mut self.clean);
        self.scratch.clear();
        self.normalizer
            .normalize_into(&self.clean, &mut self.scratch);
        // Line breaks inside a line (lone CR, U+2028, …) become spaces: one
        // output line per input line.
        let mut need_space = !first;
        for part in self.scratch.split('\n').filter(|p| !p.is_empty()) {
            if need_space {
                out.push(b' ');
            }
            out.extend_from_slice(part.as_bytes());
            need_space = true;
        }
    }
}

pub fn run_tokenize(args: TokenizeArgs) -> Result<bool> {
    let mode = if args.stem {
        Mode::Stem
    } else if args.segment {
        Mode::Segment
    } else if args.norm {
        Mode::Norm
    } else {
        Mode::Surface
    };
    let mut writer = TokenWriter {
        mode,
        no_punct: args.no_punct,
        no_stopwords: args.no_stopwords,
        cleaner: Cleaner::default(),
        normalizer: Normalizer::default(),
        stemmer: LightStemmer::default(),
        segmenter: (mode == Mode::Segment).then(CliticSegmenter::default),
        cache: SegmentCache::new(200_000),
        clean: String::new(),
        scratch: String::new(),
    };
    run_filter(&Input::parse_list(&args.files), args.lossy, &mut writer)
}

pub fn run_normalize(args: NormalizeArgs) -> Result<bool> {
    let profile = NormalizeProfile::from_name(&args.profile).unwrap_or_default();
    let mut writer = NormalizeWriter {
        cleaner: Cleaner::default(),
        normalizer: Normalizer::new(profile),
        clean: String::new(),
        scratch: String::new(),
    };
    run_filter(&Input::parse_list(&args.files), args.lossy, &mut writer)
}

fn run_filter(inputs: &[Input], lossy: bool, writer: &mut impl PieceWriter) -> Result<bool> {
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    let mut ok = true;
    for input in inputs {
        let reader = match input.open() {
            Ok(r) => r,
            Err(e) => {
                eprintln!("akhbar: {}: {e}", input.name());
                ok = false;
                continue;
            }
        };
        if let Err(e) = filter_one(reader, lossy, writer, &mut out) {
            match e {
                FilterError::Io(e) if e.kind() == io::ErrorKind::BrokenPipe => return Err(e.into()),
                FilterError::Io(e) => eprintln!("akhbar: {}: {e}", input.name()),
                FilterError::Utf8 { offset, line } => eprintln!(
                    "akhbar: {}: invalid UTF-8 at byte offset {offset} (line {line}); rest of this input skipped (use --lossy to replace bad bytes)",
                    input.name()
                ),
            }
            ok = false;
        }
    }
    out.flush()?;
    Ok(ok)
}

enum FilterError {
    Io(io::Error),
    Utf8 { offset: u64, line: u64 },
}

impl From<io::Error> for FilterError {
    fn from(e: io::Error) -> Self {
        FilterError::Io(e)
    }
}

/// Where to cut a piece of a line that has no newline: after the last
/// whitespace byte, else at the last UTF-8 character boundary.
fn cut_point(buf: &[u8]) -> usize {
    if let Some(i) = buf.iter().rposition(|&b| b == b' ' || b == b'\t') {
        if i > 0 {
            return i + 1;
        }
    }
    let mut i = buf.len();
    while i > 0 && (buf[i - 1] & 0xC0) == 0x80 {
        i -= 1;
    }
    // `i - 1` is a lead byte: cut before it unless the whole char is there.
    if i > 0 {
        let lead = buf[i - 1];
        let width = match lead {
            0x00..=0x7F => 1,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        if buf.len() - (i - 1) < width {
            return i - 1;
        }
    }
    buf.len()
}

fn filter_one(
    mut reader: Box<dyn BufRead>,
    lossy: bool,
    writer: &mut impl PieceWriter,
    out: &mut impl Write,
) -> Result<(), FilterError> {
    let mut pending: Vec<u8> = Vec::new();
    let mut line_out: Vec<u8> = Vec::with_capacity(1 << 16);
    let mut first_piece = true;
    let mut offset: u64 = 0; // byte offset of `pending[0]` / the next chunk
    let mut line: u64 = 1;
    let mut decode_buf = String::new();

    // Process one piece of the current line.
    let mut piece = |bytes: &[u8],
                     at: u64,
                     line: u64,
                     first: &mut bool,
                     line_out: &mut Vec<u8>|
     -> Result<(), FilterError> {
        // SIMD validation first; the standard library finds the error position.
        let checked =
            simdutf8::basic::from_utf8(bytes).map_err(|_| std::str::from_utf8(bytes).err());
        let text = match checked {
            Ok(t) => t,
            Err(None) => unreachable!("both validators agree"),
            Err(Some(e)) if lossy => {
                let _ = e;
                decode_buf = String::from_utf8_lossy(bytes).into_owned();
                decode_buf.as_str()
            }
            Err(Some(e)) => {
                return Err(FilterError::Utf8 {
                    offset: at + e.valid_up_to() as u64,
                    line,
                })
            }
        };
        writer.write_piece(text, *first, line_out);
        if !line_out.is_empty() {
            *first = false;
        }
        Ok(())
    };

    loop {
        let chunk = reader.fill_buf()?;
        if chunk.is_empty() {
            break;
        }
        let chunk_len = chunk.len();
        let mut start = 0;
        while let Some(nl) = memchr::memchr(b'\n', &chunk[start..]) {
            let end = start + nl;
            let mut body = &chunk[start..end];
            let result = if pending.is_empty() {
                if body.last() == Some(&b'\r') {
                    body = &body[..body.len() - 1];
                }
                piece(
                    body,
                    offset + start as u64,
                    line,
                    &mut first_piece,
                    &mut line_out,
                )
            } else {
                pending.extend_from_slice(body);
                if pending.last() == Some(&b'\r') {
                    pending.pop();
                }
                let at = offset + start as u64 - (pending.len() - body.len()) as u64;
                let r = piece(&pending, at, line, &mut first_piece, &mut line_out);
                pending.clear();
                r
            };
            line_out.push(b'\n');
            out.write_all(&line_out)?;
            line_out.clear();
            result?;
            first_piece = true;
            line += 1;
            start = end + 1;
        }
        pending.extend_from_slice(&chunk[start..]);
        reader.consume(chunk_len);
        offset += chunk_len as u64;
        if pending.len() >= PIECE {
            let cut = cut_point(&pending);
            let at = offset - pending.len() as u64;
            let r = piece(&pending[..cut], at, line, &mut first_piece, &mut line_out);
            out.write_all(&line_out)?;
            line_out.clear();
            if let Err(e) = r {
                out.write_all(b"\n")?;
                return Err(e);
            }
            pending.drain(..cut);
        }
    }
    if !pending.is_empty() || !first_piece {
        let at = offset - pending.len() as u64;
        let r = piece(&pending, at, line, &mut first_piece, &mut line_out);
        line_out.push(b'\n');
        out.write_all(&line_out)?;
        r?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cut_points_respect_whitespace_and_chars() {
        assert_eq!(cut_point(b"ab cd"), 3);
        let s = "سلام".as_bytes();
        assert_eq!(cut_point(s), s.len());
        assert_eq!(cut_point(&s[..3]), 2);
    }
}
