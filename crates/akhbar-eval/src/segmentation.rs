//! CoNLL 2018-style tokenization and segmentation scores.
//!
//! Tokens and words are compared as spans over the sentence's
//! non-whitespace characters (the shared task's alignment), so any system
//! whose pieces are substrings of the raw text can be scored: a token or word
//! counts as correct when its span equals a gold span.
//!
//! ```
//! use akhbar_eval::segmentation::{Counts, Spans};
//!
//! let text = "وقال الرئيس";
//! let gold = Spans::from_pieces(text, &[vec!["و", "قال"], vec!["الرئيس"]]).unwrap();
//! let system = Spans::from_pieces(text, &[vec!["وقال"], vec!["الرئيس"]]).unwrap();
//! let mut words = Counts::default();
//! words.add(&gold.words, &system.words);
//! assert_eq!((words.gold, words.system, words.matched), (3, 2, 1));
//! ```

use std::ops::Range;

use serde::Serialize;

use crate::conllu::Sentence;

/// Token and word spans of one sentence, in non-whitespace character offsets.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Spans {
    /// Surface token spans.
    pub tokens: Vec<(u32, u32)>,
    /// Word (segment) spans.
    pub words: Vec<(u32, u32)>,
}

/// A piece that could not be found in the sentence text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("piece {piece:?} not found in the text at character {at}")]
pub struct AlignError {
    /// The piece.
    pub piece: String,
    /// Non-whitespace character offset where it was expected.
    pub at: usize,
}

/// Non-whitespace character offset of every byte offset of `text` (for char
/// boundaries; other entries are meaningless).
fn nonws_offsets(text: &str) -> Vec<u32> {
    let mut out = vec![0u32; text.len() + 1];
    let mut n = 0u32;
    for (i, c) in text.char_indices() {
        for o in &mut out[i..i + c.len_utf8()] {
            *o = n;
        }
        if !c.is_whitespace() {
            n += 1;
        }
    }
    out[text.len()] = n;
    out
}

impl Spans {
    /// Spans of `tokens` (each a list of its word pieces) found left to right
    /// in `text`, skipping whitespace.
    pub fn from_pieces<S: AsRef<str>>(text: &str, tokens: &[Vec<S>]) -> Result<Spans, AlignError> {
        let chars: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
        let mut pos = 0usize;
        let mut spans = Spans::default();
        for tok in tokens {
            let start = pos;
            for piece in tok {
                let p: Vec<char> = piece
                    .as_ref()
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect();
                if chars.get(pos..pos + p.len()) != Some(&p[..]) {
                    return Err(AlignError {
                        piece: piece.as_ref().to_string(),
                        at: pos,
                    });
                }
                spans.words.push((pos as u32, (pos + p.len()) as u32));
                pos += p.len();
            }
            spans.tokens.push((start as u32, pos as u32));
        }
        Ok(spans)
    }

    /// Spans of tokens given as byte ranges of `text`, each with its
    /// segments' byte ranges.
    pub fn from_byte_ranges(text: &str, tokens: &[(Range<usize>, Vec<Range<usize>>)]) -> Spans {
        let off = nonws_offsets(text);
        let span = |r: &Range<usize>| (off[r.start], off[r.end]);
        let mut spans = Spans::default();
        for (t, segs) in tokens {
            let ts = span(t);
            if ts.0 == ts.1 {
                continue;
            }
            spans.tokens.push(ts);
            for s in segs {
                let ws = span(s);
                if ws.0 < ws.1 {
                    spans.words.push(ws);
                }
            }
        }
        spans
    }

    /// Gold spans of a CoNLL-U sentence. Words of a multiword token whose
    /// forms do not spell the token (restored letters) all get the token's
    /// span. Returns the spans and whether the forms spell the `# text`.
    pub fn gold(sentence: &Sentence) -> (Spans, bool) {
        let mut spans = Spans::default();
        let mut pos = 0u32;
        let mut forms = String::new();
        for t in &sentence.tokens {
            let len = t.form.chars().filter(|c| !c.is_whitespace()).count() as u32;
            forms.extend(t.form.chars().filter(|c| !c.is_whitespace()));
            spans.tokens.push((pos, pos + len));
            let wl: Vec<u32> = t
                .words
                .iter()
                .map(|w| w.form.chars().filter(|c| !c.is_whitespace()).count() as u32)
                .collect();
            let concat: String = t.words.iter().map(|w| w.form.as_str()).collect();
            if t.words.len() <= 1 || concat == t.form {
                let mut p = pos;
                for l in wl {
                    spans.words.push((p, p + l));
                    p += l;
                }
            } else {
                for _ in &t.words {
                    spans.words.push((pos, pos + len));
                }
            }
            pos += len;
        }
        let text: String = sentence
            .text_or_forms()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        (spans, text == forms)
    }
}

/// Gold, system and matched counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Gold items.
    pub gold: usize,
    /// System items.
    pub system: usize,
    /// System items matching a gold item.
    pub matched: usize,
}

impl Counts {
    /// Add one sentence: spans are matched as multisets.
    pub fn add(&mut self, gold: &[(u32, u32)], system: &[(u32, u32)]) {
        let mut g = gold.to_vec();
        let mut s = system.to_vec();
        g.sort_unstable();
        s.sort_unstable();
        let (mut i, mut j) = (0, 0);
        while i < g.len() && j < s.len() {
            match g[i].cmp(&s[j]) {
                std::cmp::Ordering::Equal => {
                    self.matched += 1;
                    i += 1;
                    j += 1;
                }
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
            }
        }
        self.gold += g.len();
        self.system += s.len();
    }

    /// Precision, in percent.
    pub fn precision(&self) -> f64 {
        100.0 * self.matched as f64 / self.system.max(1) as f64
    }

    /// Recall, in percent.
    pub fn recall(&self) -> f64 {
        100.0 * self.matched as f64 / self.gold.max(1) as f64
    }

    /// F1, in percent.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Scores of a whole evaluation.
#[derive(Clone, Debug, Default, Serialize)]
pub struct SegmentationScore {
    /// Sentences scored.
    pub sentences: usize,
    /// Sentences whose gold forms do not spell their `# text`.
    pub text_mismatches: usize,
    /// Token counts.
    pub tokens: Counts,
    /// Word counts.
    pub words: Counts,
    /// Sentences whose words all match.
    pub exact_sentences: usize,
}

impl SegmentationScore {
    /// Add one sentence's gold and system spans.
    pub fn add(&mut self, gold: &Spans, system: &Spans, text_matches: bool) {
        self.sentences += 1;
        if !text_matches {
            self.text_mismatches += 1;
        }
        self.tokens.add(&gold.tokens, &system.tokens);
        let before = self.words;
        self.words.add(&gold.words, &system.words);
        let w = self.words;
        if w.matched - before.matched == w.gold - before.gold
            && w.gold - before.gold == w.system - before.system
        {
            self.exact_sentences += 1;
        }
    }

    /// The figures, rounded to two decimals, ready to serialize.
    pub fn report(&self) -> SegmentationReport {
        let r = |x: f64| (x * 100.0).round() / 100.0;
        SegmentationReport {
            tokens_f1: r(self.tokens.f1()),
            tokens_precision: r(self.tokens.precision()),
            tokens_recall: r(self.tokens.recall()),
            words_f1: r(self.words.f1()),
            words_precision: r(self.words.precision()),
            words_recall: r(self.words.recall()),
            gold_tokens: self.tokens.gold,
            system_tokens: self.tokens.system,
            gold_words: self.words.gold,
            system_words: self.words.system,
            matched_words: self.words.matched,
            sentences: self.sentences,
            exact_sentences: self.exact_sentences,
            text_mismatches: self.text_mismatches,
        }
    }
}

/// Scores in percent (CoNLL 2018 style) and the counts behind them.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SegmentationReport {
    /// Tokens F1.
    pub tokens_f1: f64,
    /// Tokens precision.
    pub tokens_precision: f64,
    /// Tokens recall.
    pub tokens_recall: f64,
    /// Words F1.
    pub words_f1: f64,
    /// Words precision.
    pub words_precision: f64,
    /// Words recall.
    pub words_recall: f64,
    /// Gold tokens.
    pub gold_tokens: usize,
    /// System tokens.
    pub system_tokens: usize,
    /// Gold words.
    pub gold_words: usize,
    /// System words.
    pub system_words: usize,
    /// Matched words.
    pub matched_words: usize,
    /// Sentences.
    pub sentences: usize,
    /// Sentences with every word right.
    pub exact_sentences: usize,
    /// Sentences whose gold forms do not spell the text.
    pub text_mismatches: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_ranges_and_pieces_agree() {
        let text = "وقال  الرئيس.";
        let a = Spans::from_pieces(text, &[vec!["و", "قال"], vec!["الرئيس"], vec!["."]]).unwrap();
        let b = Spans::from_byte_ranges(
            text,
            &[
                (0..8, vec![0..2, 2..8]),
                (10..22, std::iter::once(10..22).collect()),
                (22..23, std::iter::once(22..23).collect()),
            ],
        );
        assert_eq!(a, b);
    }

    #[test]
    fn counts_give_f1() {
        let mut c = Counts::default();
        c.add(&[(0, 1), (1, 4)], &[(0, 4)]);
        assert_eq!(c.matched, 0);
        c.add(&[(0, 1)], &[(0, 1)]);
        assert_eq!((c.gold, c.system, c.matched), (3, 2, 1));
        assert!((c.f1() - 40.0).abs() < 1e-9);
    }

    #[test]
    fn missing_piece_is_an_error() {
        assert!(Spans::from_pieces("قال", &[vec!["قيل"]]).is_err());
    }
}
