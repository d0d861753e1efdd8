//! `akhbar tokenize` and `akhbar normalize`: line filters that stream in
//! constant memory. Each input line gives exactly one output line. A line
//! longer than a chunk is processed in pieces cut at whitespace (or, in a
//! whitespace-free run, at a character boundary), so memory stays flat.

use std::io::{self, BufRead, BufWriter, Write};

use akhbar_text::filter::{NormalizeWriter, TokenOutput, TokenWriter};
use akhbar_text::normalize::NormalizeProfile;
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

impl PieceWriter for TokenWriter {
    fn write_piece(&mut self, piece: &str, first: bool, out: &mut Vec<u8>) {
        self.write(piece, first, out);
    }
}

impl PieceWriter for NormalizeWriter {
    fn write_piece(&mut self, piece: &str, first: bool, out: &mut Vec<u8>) {
        self.write(piece, first, out);
    }
}

pub fn run_tokenize(args: TokenizeArgs) -> Result<bool> {
    let output = if args.stem {
        TokenOutput::Stem
    } else if args.segment {
        TokenOutput::Segment
    } else if args.norm {
        TokenOutput::Norm
    } else {
        TokenOutput::Surface
    };
    let mut writer = TokenWriter::new(output)
        .skip_punct(args.no_punct)
        .skip_stopwords(args.no_stopwords);
    run_filter(&Input::parse_list(&args.files), args.lossy, &mut writer)
}

pub fn run_normalize(args: NormalizeArgs) -> Result<bool> {
    let profile = NormalizeProfile::from_name(&args.profile).unwrap_or_default();
    let mut writer = NormalizeWriter::new(profile);
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
