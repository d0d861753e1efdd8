//! Named-entity evaluation in the CoNLL style.
//!
//! Files hold one `TOKEN TAG` pair per line (split on the **last** space or
//! tab), sentences separated by blank lines, IOB2 tags with ANERcorp's labels
//! (`B-PERS`, `I-LOC`, …, `O`). [`score`] compares entity spans exactly, as
//! conlleval does: an entity counts only when type, start and end all match.
//!
//! ```
//! use akhbar_eval::ner::{parse_conll, score};
//!
//! let gold = parse_conll("زار O\nفلاديمير B-PERS\nبوتين I-PERS\nموسكو B-LOC\n").unwrap();
//! let pred = parse_conll("زار O\nفلاديمير B-PERS\nبوتين I-PERS\nموسكو O\n").unwrap();
//! let s = score(&gold, &pred).unwrap();
//! assert_eq!((s.total.correct, s.total.gold, s.total.predicted), (1, 2, 1));
//! ```
use std::collections::BTreeMap;
use std::ops::Range;

use serde::Serialize;

/// One sentence of a CoNLL NER file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TaggedSentence {
    /// The tokens.
    pub tokens: Vec<String>,
    /// One tag per token (`O` when the file had none).
    pub tags: Vec<String>,
    /// 1-based line number of the first token in the file.
    pub line: usize,
}

/// A malformed line.
#[derive(Debug, thiserror::Error)]
#[error("line {line}: {reason}")]
pub struct NerFileError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

/// Is `tag` a valid IOB tag (`O`, `B-X`, `I-X`)?
pub fn is_tag(tag: &str) -> bool {
    tag == "O"
        || (tag.len() > 2
            && (tag.starts_with("B-") || tag.starts_with("I-"))
            && !tag[2..].contains(char::is_whitespace))
}

/// Reads a CoNLL file whose lines are `TOKEN TAG`; every line must carry a
/// valid tag.
pub fn parse_conll(text: &str) -> Result<Vec<TaggedSentence>, NerFileError> {
    parse_lines(text, true)
}

/// Reads a token-per-line file where the trailing tag is optional (a last
/// column that is a valid IOB tag is taken as the tag, otherwise the whole
/// line is the token and its tag is `O`).
pub fn parse_tokens(text: &str) -> Vec<TaggedSentence> {
    parse_lines(text, false).expect("lenient parsing never fails")
}

fn parse_lines(text: &str, require_tag: bool) -> Result<Vec<TaggedSentence>, NerFileError> {
    let mut out = Vec::new();
    let mut cur = TaggedSentence::default();
    for (i, raw) in text.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() {
            if !cur.tokens.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if cur.tokens.is_empty() {
            cur.line = i + 1;
        }
        let split = line
            .trim_end()
            .rfind([' ', '\t'])
            .map(|at| (line[..at].trim(), line[at + 1..].trim()));
        match split {
            Some((token, tag)) if !token.is_empty() && is_tag(tag) => {
                cur.tokens.push(token.to_string());
                cur.tags.push(tag.to_string());
            }
            _ if require_tag => {
                return Err(NerFileError {
                    line: i + 1,
                    reason: format!("expected `TOKEN TAG` with an IOB tag, found {line:?}"),
                })
            }
            _ => {
                cur.tokens.push(line.trim().to_string());
                cur.tags.push("O".to_string());
            }
        }
    }
    if !cur.tokens.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// An entity span over token indices.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TagSpan {
    /// Entity type (`PERS`, `LOC`…).
    pub kind: String,
    /// Token range.
    pub tokens: Range<usize>,
}

/// Entity spans of an IOB sequence, read as conlleval does: an `I-X` after
/// `O` or after another type opens a new entity.
pub fn spans<S: AsRef<str>>(tags: &[S]) -> Vec<TagSpan> {
    let mut out: Vec<TagSpan> = Vec::new();
    let mut open: Option<(String, usize)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let tag = tag.as_ref();
        let (prefix, kind) = match tag.split_once('-') {
            Some((p, k)) => (p, k),
            None => ("O", ""),
        };
        let continues = prefix == "I" && open.as_ref().is_some_and(|(k, _)| k == kind);
        if continues {
            continue;
        }
        if let Some((k, start)) = open.take() {
            out.push(TagSpan {
                kind: k,
                tokens: start..i,
            });
        }
        if prefix == "B" || prefix == "I" {
            open = Some((kind.to_string(), i));
        }
    }
    if let Some((k, start)) = open {
        out.push(TagSpan {
            kind: k,
            tokens: start..tags.len(),
        });
    }
    out
}

/// Counts and P/R/F1 for one entity type or for all.
#[derive(Clone, Copy, Debug, Default, Serialize, PartialEq)]
pub struct PrfCounts {
    /// Entities in the gold file.
    pub gold: usize,
    /// Entities predicted.
    pub predicted: usize,
    /// Predicted entities that match a gold one exactly.
    pub correct: usize,
    /// Precision, percent.
    pub precision: f64,
    /// Recall, percent.
    pub recall: f64,
    /// F1, percent.
    pub f1: f64,
}

impl PrfCounts {
    fn finish(mut self) -> PrfCounts {
        let pct = |a: usize, b: usize| {
            if b == 0 {
                0.0
            } else {
                100.0 * a as f64 / b as f64
            }
        };
        self.precision = pct(self.correct, self.predicted);
        self.recall = pct(self.correct, self.gold);
        self.f1 = if self.precision + self.recall == 0.0 {
            0.0
        } else {
            2.0 * self.precision * self.recall / (self.precision + self.recall)
        };
        self
    }
}

/// Scores of a tagged file against its gold file.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct NerScores {
    /// Tokens compared.
    pub tokens: usize,
    /// Tokens whose tag is exactly right.
    pub token_accuracy: f64,
    /// Micro-averaged over all types.
    pub total: PrfCounts,
    /// Per entity type.
    pub per_type: BTreeMap<String, PrfCounts>,
}

/// Scores `predicted` against `gold`, which must have the same sentences and
/// tokens.
pub fn score(gold: &[TaggedSentence], predicted: &[TaggedSentence]) -> Result<NerScores, String> {
    if gold.len() != predicted.len() {
        return Err(format!(
            "gold has {} sentences, prediction {}",
            gold.len(),
            predicted.len()
        ));
    }
    let mut total = PrfCounts::default();
    let mut per_type: BTreeMap<String, PrfCounts> = BTreeMap::new();
    let (mut tokens, mut right) = (0, 0);
    for (g, p) in gold.iter().zip(predicted) {
        if g.tokens.len() != p.tokens.len() {
            return Err(format!(
                "sentence at gold line {}: {} gold tokens, {} predicted",
                g.line,
                g.tokens.len(),
                p.tokens.len()
            ));
        }
        tokens += g.tags.len();
        right += g.tags.iter().zip(&p.tags).filter(|(a, b)| a == b).count();
        let gs = spans(&g.tags);
        let ps = spans(&p.tags);
        for s in &gs {
            total.gold += 1;
            per_type.entry(s.kind.clone()).or_default().gold += 1;
        }
        for s in &ps {
            total.predicted += 1;
            let t = per_type.entry(s.kind.clone()).or_default();
            t.predicted += 1;
            if gs.contains(s) {
                total.correct += 1;
                t.correct += 1;
            }
        }
    }
    Ok(NerScores {
        tokens,
        token_accuracy: if tokens == 0 {
            0.0
        } else {
            100.0 * right as f64 / tokens as f64
        },
        total: total.finish(),
        per_type: per_type.into_iter().map(|(k, v)| (k, v.finish())).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conlleval_reads_stray_inside_tags_as_entity_starts() {
        let s = spans(&["I-PERS", "I-PERS", "O", "I-LOC", "B-LOC", "I-ORG"]);
        let got: Vec<(&str, Range<usize>)> = s
            .iter()
            .map(|s| (s.kind.as_str(), s.tokens.clone()))
            .collect();
        assert_eq!(
            got,
            [("PERS", 0..2), ("LOC", 3..4), ("LOC", 4..5), ("ORG", 5..6)]
        );
    }

    #[test]
    fn boundary_errors_count_as_both_a_miss_and_a_false_alarm() {
        let gold = parse_conll("أ B-ORG\nب I-ORG\nج O\n\nد B-LOC\n").unwrap();
        let pred = parse_conll("أ B-ORG\nب O\nج O\n\nد B-LOC\n").unwrap();
        let s = score(&gold, &pred).unwrap();
        assert_eq!(
            (s.total.gold, s.total.predicted, s.total.correct),
            (2, 2, 1)
        );
        assert_eq!(s.per_type["ORG"].f1, 0.0);
        assert_eq!(s.per_type["LOC"].f1, 100.0);
        assert!((s.total.f1 - 50.0).abs() < 1e-9);
    }

    #[test]
    fn malformed_lines_name_their_line() {
        let err = parse_conll("أ O\nب\n").unwrap_err();
        assert_eq!(err.line, 2);
        let err = parse_conll("أ O\nب B-\n").unwrap_err();
        assert_eq!(err.line, 2);
    }

    #[test]
    fn lenient_parsing_keeps_tokens_without_tags() {
        let s = parse_tokens("بوتين B-PERS\nقال\n\n\nهنا O\r\n");
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].tokens, ["بوتين", "قال"]);
        assert_eq!(s[0].tags, ["B-PERS", "O"]);
        assert_eq!(s[1].line, 5);
    }

    #[test]
    fn mismatched_files_are_an_error() {
        let gold = parse_conll("أ O\nب O\n").unwrap();
        let pred = parse_conll("أ O\n").unwrap();
        assert!(score(&gold, &pred).unwrap_err().contains("2 gold tokens"));
    }
}
