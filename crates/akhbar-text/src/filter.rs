//! Line filters: what `akhbar tokenize` and `akhbar normalize` write for a
//! line (or a piece of a very long line), as reusable writers that keep their
//! buffers between calls. The streaming and I/O live in the CLI; benchmarks
//! call these same writers.
//!
//! ```
//! use akhbar_text::filter::{TokenOutput, TokenWriter};
//!
//! let mut writer = TokenWriter::new(TokenOutput::Segment);
//! let mut out = Vec::new();
//! writer.write("وقال الرئيس: نعم", true, &mut out);
//! assert_eq!(String::from_utf8(out).unwrap(), "و+قال الرئيس : نعم");
//! ```

use crate::clean::Cleaner;
use crate::normalize::{NormalizeProfile, Normalizer};
use crate::segment::{percent_sign_start, CliticSegmenter, SegmentCache};
use crate::stem::LightStemmer;
use crate::stopwords::is_stopword;
use crate::tokenize::{tokenize, TokenKind};

/// What [`TokenWriter`] writes for each token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenOutput {
    /// The token as it appears (display form).
    Surface,
    /// Its light stem (search form).
    Stem,
    /// Its clitic segments joined by `+` (`و+قال`).
    Segment,
    /// Its search form.
    Norm,
}

/// Writes the tokens of a line separated by single spaces.
#[derive(Debug)]
pub struct TokenWriter {
    output: TokenOutput,
    skip_punct: bool,
    skip_stopwords: bool,
    cleaner: Cleaner,
    normalizer: Normalizer,
    stemmer: LightStemmer,
    segmenter: Option<CliticSegmenter>,
    cache: SegmentCache,
    clean: String,
    scratch: String,
}

impl TokenWriter {
    /// A writer of `output` (the segmenter model is loaded only for
    /// [`TokenOutput::Segment`]).
    pub fn new(output: TokenOutput) -> TokenWriter {
        TokenWriter {
            output,
            skip_punct: false,
            skip_stopwords: false,
            cleaner: Cleaner::default(),
            normalizer: Normalizer::default(),
            stemmer: LightStemmer::default(),
            segmenter: (output == TokenOutput::Segment).then(CliticSegmenter::default),
            cache: SegmentCache::new(200_000),
            clean: String::new(),
            scratch: String::new(),
        }
    }

    /// Leave out punctuation tokens.
    pub fn skip_punct(mut self, yes: bool) -> TokenWriter {
        self.skip_punct = yes;
        self
    }

    /// Leave out stopwords.
    pub fn skip_stopwords(mut self, yes: bool) -> TokenWriter {
        self.skip_stopwords = yes;
        self
    }

    /// Append the tokens of `piece` to `out`. `first` says whether `piece`
    /// starts its line (otherwise a space separates it from what the line
    /// already wrote). A token whose stem or search form is empty (a lone
    /// mark) is left out.
    pub fn write(&mut self, piece: &str, first: bool, out: &mut Vec<u8>) {
        // Most lines need no cleaning for tokens (see `Cleaner::changes_tokens`).
        let marks_matter = matches!(self.output, TokenOutput::Surface | TokenOutput::Segment);
        let text = if self.cleaner.changes_tokens(piece, marks_matter) {
            self.cleaner.clean_into(piece, &mut self.clean);
            self.clean.as_str()
        } else {
            piece
        };
        let mut need_space = !first;
        for t in tokenize(text) {
            if self.skip_punct && t.kind == TokenKind::Punct {
                continue;
            }
            let tok = t.text(text);
            if self.skip_stopwords && t.kind == TokenKind::Word {
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
            match self.output {
                TokenOutput::Surface => out.extend_from_slice(tok.as_bytes()),
                TokenOutput::Stem => self.stemmer.stem_into_bytes(tok, out),
                TokenOutput::Norm => {
                    self.scratch.clear();
                    self.normalizer.normalize_into(tok, &mut self.scratch);
                    out.extend_from_slice(self.scratch.as_bytes());
                }
                TokenOutput::Segment => match (&self.segmenter, t.kind) {
                    (Some(seg), TokenKind::Word) => {
                        let s = self.cache.segment(seg, tok);
                        for (i, part) in s.segments(tok).enumerate() {
                            if i > 0 {
                                out.push(b'+');
                            }
                            out.extend_from_slice(part.text.as_bytes());
                        }
                    }
                    (_, TokenKind::Number) if percent_sign_start(tok).is_some() => {
                        let cut = percent_sign_start(tok).unwrap_or(tok.len());
                        out.extend_from_slice(&tok.as_bytes()[..cut]);
                        out.push(b'+');
                        out.extend_from_slice(&tok.as_bytes()[cut..]);
                    }
                    _ => out.extend_from_slice(tok.as_bytes()),
                },
            }
            if out.len() == before {
                out.truncate(mark);
            } else {
                need_space = true;
            }
        }
    }
}

/// Writes a line in search form (after display cleaning), whitespace collapsed.
#[derive(Debug)]
pub struct NormalizeWriter {
    cleaner: Cleaner,
    normalizer: Normalizer,
    clean: String,
    scratch: String,
}

impl NormalizeWriter {
    /// A writer folding what `profile` folds.
    pub fn new(profile: NormalizeProfile) -> NormalizeWriter {
        NormalizeWriter {
            cleaner: Cleaner::default(),
            normalizer: Normalizer::new(profile),
            clean: String::new(),
            scratch: String::new(),
        }
    }

    /// Append the search form of `piece` to `out`; `first` as in
    /// [`TokenWriter::write`]. Line breaks inside the piece (a lone CR,
    /// U+2028…) become spaces, so one input line gives one output line.
    pub fn write(&mut self, piece: &str, first: bool, out: &mut Vec<u8>) {
        self.cleaner.clean_into(piece, &mut self.clean);
        self.scratch.clear();
        self.normalizer
            .normalize_into(&self.clean, &mut self.scratch);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn run(output: TokenOutput, text: &str) -> String {
        let mut out = Vec::new();
        TokenWriter::new(output).write(text, true, &mut out);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn outputs() {
        assert_eq!(run(TokenOutput::Surface, "قـال  الرئيس،"), "قال الرئيس ،");
        assert_eq!(run(TokenOutput::Stem, "والمعلمات بالمدرسة"), "معلم مدرس");
        assert_eq!(run(TokenOutput::Norm, "إلى ١٢٫٥٪"), "الي 12.5%");
        assert_eq!(run(TokenOutput::Segment, "وقال 50%"), "و+قال 50+%");
    }

    #[test]
    fn lone_marks_are_left_out_of_search_forms() {
        assert_eq!(run(TokenOutput::Norm, "x \u{FE79} y"), "x y");
    }

    #[test]
    fn pieces_after_the_first_start_with_a_space() {
        let mut w = TokenWriter::new(TokenOutput::Surface);
        let mut out = Vec::new();
        w.write("أ ب", true, &mut out);
        w.write("ج", false, &mut out);
        assert_eq!(String::from_utf8(out).unwrap(), "أ ب ج");
    }
}
