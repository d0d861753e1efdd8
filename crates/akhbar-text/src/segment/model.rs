//! The segmenter's model: feature weights, a word-frequency lexicon from raw
//! news, and a memory of treebank segmentations.
//!
//! All three are plain UTF-8 TSV files (see `data/segmenter/`), so a model
//! can be inspected and diffed:
//!
//! * `weights.tsv`: `feature<TAB>weight`;
//! * `lexicon.tsv`: `word<TAB>count` (search form);
//! * `memory.tsv`: `word<TAB>reading:count[,reading:count…]` where a reading
//!   is `proclitics|enclitic` (`وب|ها`, `|`, `ل|`).

use std::collections::HashMap;
use std::fmt::Write as _;

use hashbrown::hash_table::{Entry, HashTable};

use super::checked::CheckedReadings;
use super::features::{hash_feature, FeatureBuf};
use crate::hash::{fnv1a, FnvMap, FNV_OFFSET};
use crate::normalize::Normalizer;
use crate::tsv;

/// A parse error in a model file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError {
    /// File part (`weights`, `lexicon`, `memory`).
    pub part: &'static str,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "segmenter {} line {}: {}",
            self.part, self.line, self.message
        )
    }
}

impl std::error::Error for ModelError {}

/// Word counts (search form) from a raw corpus.
///
/// A word can be looked up in two pieces ([`count_joined`](Self::count_joined)),
/// so the segmenter asks for «ال» + stem or stem + «ها» without building the
/// joined string.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    counts: HashTable<(Box<str>, u32)>,
    total: u64,
}

/// The start of a word, hashed once (see [`Lexicon::count_after`]).
pub(crate) struct Head<'a> {
    text: &'a str,
    hash: u64,
}

impl<'a> Head<'a> {
    pub(crate) fn new(text: &'a str) -> Head<'a> {
        Head {
            text,
            hash: fnv1a(FNV_OFFSET, text.as_bytes()),
        }
    }
}

/// FNV-1a of `head` followed by `tail`.
#[inline]
fn joined_hash(head: &str, tail: &str) -> u64 {
    fnv1a(fnv1a(FNV_OFFSET, head.as_bytes()), tail.as_bytes())
}

impl Lexicon {
    /// Every word and its count, in no particular order.
    pub fn words(&self) -> impl Iterator<Item = (&str, u32)> {
        self.counts.iter().map(|(w, c)| (&**w, *c))
    }

    /// Count of `norm` (a word in search form).
    #[inline]
    pub fn count(&self, norm: &str) -> u32 {
        self.count_joined(norm, "")
    }

    /// Count of the word `head` followed by `tail`.
    ///
    /// ```
    /// use akhbar_text::segment::Lexicon;
    /// let mut lex = Lexicon::default();
    /// lex.add("الحكومه", 3);
    /// assert_eq!(lex.count_joined("ال", "حكومه"), 3);
    /// assert_eq!(lex.count_joined("الحكو", "مه"), 3);
    /// assert_eq!(lex.count_joined("ال", "حكومة"), 0);
    /// ```
    #[inline]
    pub fn count_joined(&self, head: &str, tail: &str) -> u32 {
        self.count_after(&Head::new(head), tail)
    }

    /// Count of the word `head` followed by `tail`, with `head` hashed
    /// already (to look up several endings of one stem).
    #[inline]
    pub(crate) fn count_after(&self, head: &Head<'_>, tail: &str) -> u32 {
        let len = head.text.len() + tail.len();
        self.counts
            .find(fnv1a(head.hash, tail.as_bytes()), |(w, _)| {
                w.len() == len && w.starts_with(head.text) && w.ends_with(tail)
            })
            .map_or(0, |(_, c)| *c)
    }

    /// Add `n` occurrences of `norm`.
    pub fn add(&mut self, norm: &str, n: u32) {
        let hash = joined_hash(norm, "");
        match self
            .counts
            .entry(hash, |(w, _)| **w == *norm, |(w, _)| joined_hash(w, ""))
        {
            Entry::Occupied(mut e) => e.get_mut().1 += n,
            Entry::Vacant(e) => {
                e.insert((norm.into(), n));
            }
        }
        self.total += u64::from(n);
    }

    /// Number of distinct words.
    pub fn len(&self) -> usize {
        self.counts.len()
    }

    /// Is the lexicon empty?
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    /// Total number of running words counted.
    pub fn total(&self) -> u64 {
        self.total
    }

    /// Keep only words seen at least `min` times.
    pub fn prune(&mut self, min: u32) {
        self.counts.retain(|(_, c)| *c >= min);
    }

    /// TSV form, sorted by word.
    pub fn to_tsv(&self) -> String {
        let mut rows: Vec<_> = self.counts.iter().collect();
        rows.sort();
        let mut out = String::new();
        for (w, c) in rows {
            let _ = writeln!(out, "{w}\t{c}");
        }
        out
    }

    /// Parse the TSV form (a word listed twice has its counts added).
    pub fn from_tsv(tsv: &str) -> Result<Lexicon, ModelError> {
        let mut lex = Lexicon::default();
        lex.counts
            .reserve(tsv::lines(tsv).count(), |(w, _)| joined_hash(w, ""));
        for (i, line) in tsv::lines(tsv).enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |message: &str| ModelError {
                part: "lexicon",
                line: i + 1,
                message: message.to_string(),
            };
            let tab = memchr::memchr(b'\t', line.as_bytes())
                .ok_or_else(|| err("expected word<TAB>count"))?;
            let (w, c) = (&line[..tab], &line[tab + 1..]);
            let c: u32 = c
                .trim_end_matches('\r')
                .parse()
                .map_err(|_| err("count is not a number"))?;
            lex.add(w, c);
        }
        Ok(lex)
    }
}

/// Segmentations seen in the treebank, per word (search form of the letters).
#[derive(Clone, Debug, Default)]
pub struct Memory {
    entries: FnvMap<Box<str>, Vec<(Box<str>, u32)>>,
    /// How often each stem (search form of its surface letters) was the
    /// stem of a remembered word.
    stems: FnvMap<Box<str>, u32>,
}

/// The stem of `word` (search form) read as `reading` (`proclitics|enclitic`).
fn stem_of<'w>(word: &'w str, reading: &str) -> Option<&'w str> {
    let (pre, enc) = reading.split_once('|')?;
    let start = word
        .char_indices()
        .nth(pre.chars().count())
        .map_or(word.len(), |(i, _)| i);
    let n_enc = enc.chars().count();
    let end = if n_enc == 0 {
        word.len()
    } else {
        word.char_indices()
            .rev()
            .nth(n_enc - 1)
            .map_or(0, |(i, _)| i)
    };
    (start < end).then(|| &word[start..end])
}

impl Memory {
    /// Record that `word` was read as `reading` (`proclitics|enclitic`).
    pub fn add(&mut self, word: &str, reading: &str) {
        self.add_n(word, reading, 1);
    }

    fn add_n(&mut self, word: &str, reading: &str, n: u32) {
        let e = self.entries.entry(word.into()).or_default();
        match e.iter_mut().find(|(r, _)| &**r == reading) {
            Some((_, c)) => *c += n,
            None => e.push((reading.into(), n)),
        }
        if let Some(stem) = stem_of(word, reading) {
            *self.stems.entry(stem.into()).or_default() += n;
        }
    }

    /// How often `stem` (search form) was the stem of a remembered word.
    pub fn stem_count(&self, stem: &str) -> u32 {
        self.stems.get(stem).copied().unwrap_or(0)
    }

    /// Readings of `word`, with counts.
    pub fn readings(&self, word: &str) -> Option<&[(Box<str>, u32)]> {
        self.entries.get(word).map(|v| v.as_slice())
    }

    /// Number of words remembered.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Is the memory empty?
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// TSV form, sorted by word.
    pub fn to_tsv(&self) -> String {
        let mut out = String::new();
        let mut rows: Vec<_> = self.entries.iter().collect();
        rows.sort();
        for (w, readings) in rows {
            let mut readings = readings.clone();
            readings.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let list: Vec<String> = readings.iter().map(|(r, c)| format!("{r}:{c}")).collect();
            let _ = writeln!(out, "{w}\t{}", list.join(","));
        }
        out
    }

    /// Parse the TSV form.
    pub fn from_tsv(tsv: &str) -> Result<Memory, ModelError> {
        let mut mem = Memory::default();
        mem.entries.reserve(tsv::lines(tsv).count());
        for (i, line) in tsv::lines(tsv).enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |message: &str| ModelError {
                part: "memory",
                line: i + 1,
                message: message.to_string(),
            };
            let (w, rest) = line
                .split_once('\t')
                .ok_or_else(|| err("expected word<TAB>readings"))?;
            for item in rest.split(',') {
                let (r, c) = item
                    .rsplit_once(':')
                    .ok_or_else(|| err("expected reading:count"))?;
                if !r.contains('|') {
                    return Err(err("a reading is proclitics|enclitic"));
                }
                let c: u32 = c
                    .parse()
                    .map_err(|_| err("reading count is not a number"))?;
                mem.add_n(w, r, c);
            }
        }
        Ok(mem)
    }
}

/// Weights, lexicon and memory of a [`CliticSegmenter`](super::CliticSegmenter).
#[derive(Clone, Debug, Default)]
pub struct SegmenterModel {
    pub(crate) weights: FnvMap<u64, f32>,
    pub(crate) lexicon: Lexicon,
    pub(crate) memory: Memory,
    pub(crate) checked: CheckedReadings,
}

impl SegmenterModel {
    /// Build a model from its three TSV files.
    pub fn from_parts(
        weights: &str,
        lexicon: &str,
        memory: &str,
    ) -> Result<SegmenterModel, ModelError> {
        let mut w = FnvMap::default();
        w.reserve(tsv::lines(weights).count());
        for (i, line) in tsv::lines(weights).enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |message: &str| ModelError {
                part: "weights",
                line: i + 1,
                message: message.to_string(),
            };
            let (name, value) = line
                .rsplit_once('\t')
                .ok_or_else(|| err("expected feature<TAB>weight"))?;
            let value: f32 = value.parse().map_err(|_| err("weight is not a number"))?;
            w.insert(hash_feature(name), value);
        }
        Ok(SegmenterModel {
            weights: w,
            lexicon: Lexicon::from_tsv(lexicon)?,
            memory: Memory::from_tsv(memory)?,
            checked: CheckedReadings::default(),
        })
    }

    /// The same model with hand-checked readings (`readings.tsv`: see
    /// `data/segmenter/MODEL.md`), which the ranker does not overrule.
    pub fn with_checked_readings(
        mut self,
        readings: &str,
        normalizer: &Normalizer,
    ) -> Result<SegmenterModel, ModelError> {
        self.checked = CheckedReadings::from_tsv(readings, normalizer)?;
        Ok(self)
    }

    /// Number of hand-checked words.
    pub fn n_checked_readings(&self) -> usize {
        self.checked.len()
    }

    /// A model from trained parts.
    pub fn new(weights: HashMap<u64, f32>, lexicon: Lexicon, memory: Memory) -> SegmenterModel {
        SegmenterModel {
            weights: weights.into_iter().collect(),
            lexicon,
            memory,
            checked: CheckedReadings::default(),
        }
    }

    /// The word-frequency lexicon.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The treebank memory.
    pub fn memory(&self) -> &Memory {
        &self.memory
    }

    /// Number of non-zero weights.
    pub fn n_weights(&self) -> usize {
        self.weights.len()
    }

    #[inline]
    pub(crate) fn score(&self, feats: &FeatureBuf) -> f32 {
        feats
            .hashes()
            .iter()
            .map(|h| self.weights.get(h).copied().unwrap_or(0.0))
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_counts_stems() {
        let mut mem = Memory::default();
        mem.add("وبلدينا", "و|نا");
        mem.add("بلدينا", "|نا");
        mem.add("له", "ل|ه");
        assert_eq!(mem.stem_count("بلدي"), 2);
        assert_eq!(mem.stem_count("بلدينا"), 0);
        let again = Memory::from_tsv(&mem.to_tsv()).unwrap();
        assert_eq!(again.stem_count("بلدي"), 2);
        assert_eq!(again.stem_count(""), 0);
    }
}
