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
use crate::normalize::{NormalizeProfile, Normalizer, PACKED_BASIC, PACKED_WORD};
use crate::segment::{percent_sign_start, CliticSegmenter, SegmentCache};
use crate::stem::LightStemmer;
use crate::stopwords::is_stopword;
use crate::tokenize::{is_arabic_word_pair, tokenize, TokenKind};

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
            cache: SegmentCache::new(1 << 16),
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
        if matches!(self.output, TokenOutput::Stem | TokenOutput::Norm)
            && !self.skip_punct
            && !self.skip_stopwords
        {
            let mark = out.len();
            if self.write_search_fast(piece, first, out) {
                return;
            }
            out.truncate(mark);
        }
        self.write_general(piece, first, out);
    }

    /// One pass over a line for the search-form outputs: Arabic words are
    /// found, normalized and stemmed as their bytes go by; anything else goes
    /// through the tokenizer one token at a time. Gives up (returning `false`,
    /// with `out` to be truncated by the caller) as soon as the line needs
    /// cleaning, so the output is always that of [`Self::write_general`].
    fn write_search_fast(&mut self, piece: &str, first: bool, out: &mut Vec<u8>) -> bool {
        let b = piece.as_bytes();
        let n = b.len();
        out.reserve(n + 1);
        let stem = self.output == TokenOutput::Stem;
        let mut need_space = !first;
        let mut i = 0;
        while i < n {
            let c = b[i];
            if matches!(c, b' ' | b'\t' | b'\n' | b'\r') {
                i += 1;
                continue;
            }
            if (0xD8..=0xDB).contains(&c) && i + 1 < n && is_arabic_word_pair(c, b[i + 1]) {
                // A word that starts with a mark or tatweel: cleaning would drop it.
                let first_char =
                    char::from_u32((u32::from(c & 0x1F) << 6) | u32::from(b[i + 1] & 0x3F));
                if !first_char.is_some_and(crate::chars::is_arabic_letter) {
                    return false;
                }
                let mark = out.len();
                if need_space {
                    out.push(b' ');
                }
                let start = out.len();
                let mut all_basic = true;
                while i + 1 < n {
                    let (lead, next) = (b[i], b[i + 1]);
                    let p = self.normalizer.packed_arabic(lead, next);
                    if lead.wrapping_sub(0xD8) > 3 || p & PACKED_WORD == 0 {
                        break;
                    }
                    match (p >> 16) & 3 {
                        2 => out.extend_from_slice(&[p as u8, (p >> 8) as u8]),
                        1 => out.push(p as u8),
                        _ => {}
                    }
                    all_basic &= p & PACKED_BASIC != 0 || (p >> 16) & 3 == 0;
                    i += 2;
                }
                // A word character outside the two-byte Arabic block continues
                // the word: leave such rare words to the general path.
                if i < n
                    && b[i] >= 0xC0
                    && piece[i..]
                        .chars()
                        .next()
                        .is_some_and(crate::chars::is_arabic_word_char)
                {
                    return false;
                }
                if stem && all_basic {
                    let r = self.stemmer.stem_range(&out[start..]);
                    out.copy_within(start + r.start..start + r.end, start);
                    out.truncate(start + r.len());
                }
                if out.len() == start {
                    out.truncate(mark);
                } else {
                    need_space = true;
                }
                continue;
            }
            // Anything else: one token from the tokenizer, after checking that
            // cleaning would not change it (or the whitespace before it).
            let Some(t) = tokenize(&piece[i..]).next() else {
                return !self.cleaner.changes_tokens(&piece[i..], false);
            };
            let end = i + t.end;
            if self.cleaner.changes_tokens(&piece[i..end], false) {
                return false;
            }
            let tok = &piece[i + t.start..end];
            let mark = out.len();
            if need_space {
                out.push(b' ');
            }
            let before = out.len();
            self.scratch.clear();
            if stem {
                self.stemmer.stem_into(tok, &mut self.scratch);
            } else {
                self.normalizer.normalize_into(tok, &mut self.scratch);
            }
            out.extend_from_slice(self.scratch.as_bytes());
            if out.len() == before {
                out.truncate(mark);
            } else {
                need_space = true;
            }
            i = end;
        }
        true
    }

    /// The reference path: clean the line if that changes its tokens, then
    /// tokenize and write each token.
    fn write_general(&mut self, piece: &str, first: bool, out: &mut Vec<u8>) {
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

    proptest::proptest! {
        /// The one-pass search-form path writes exactly what the reference
        /// path (clean, tokenize, stem) writes.
        #[test]
        fn fast_search_path_matches_the_reference(
            s in "[ \t\r.،؟!\"«»0-9a-zA-Z@#%ابتثوقلمنهيىةأإآءؤئ\u{0640}\u{064B}-\u{0652}\u{0670}\u{061C}\u{200B}-\u{200F}\u{FEFB}\u{FE8D}\u{FE79}\u{00A0}\u{0000}\u{2028}\u{1F600}\u{0750}\u{08A0}\u{06A9}\u{0660}-\u{0669}]{0,40}",
            first in proptest::bool::ANY,
        ) {
            for output in [TokenOutput::Stem, TokenOutput::Norm] {
                let mut w = TokenWriter::new(output);
                let mut fast = b"x".to_vec();
                w.write(&s, first, &mut fast);
                let mut reference = b"x".to_vec();
                w.write_general(&s, first, &mut reference);
                proptest::prop_assert_eq!(String::from_utf8_lossy(&fast), String::from_utf8_lossy(&reference));
            }
        }
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
