//! Features of a candidate reading of a word.
//!
//! A feature is a short string such as `sf|7|و|` (stem frequency bucket 7
//! with proclitic و and no enclitic); it is hashed part by part (the parts
//! between `|`, eight bytes at a time) to look up its weight. The strings
//! themselves are only built when training; the model files store them, so
//! the hash can change without retraining.

use super::model::{Head, Lexicon, Memory};
use super::{Candidate, ENCLITICS, PROCLITICS};
use crate::normalize::Normalizer;

/// The hash of no parts.
const FEATURE_SEED: u64 = 0x243f_6a88_85a3_08d3;

/// Folds one part of a feature name into `h`, eight bytes at a time; the
/// last (or only) word carries the number of bytes left, so that every part
/// ends with a mixing step and empty parts count.
#[inline]
fn fold_part(mut h: u64, part: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut mix = |w: u64| {
        h = (h ^ w).wrapping_mul(K);
        h ^= h >> 29;
    };
    let mut chunks = part.chunks_exact(8);
    for c in &mut chunks {
        mix(u64::from_le_bytes(c.try_into().expect("8 bytes")));
    }
    let rest = chunks.remainder();
    let mut last = rest.len() as u64;
    for (i, &b) in rest.iter().enumerate() {
        last |= u64::from(b) << (8 * (i + 1));
    }
    mix(last);
    h
}

/// Hash of a feature name: its `|`-separated parts folded in turn (what
/// [`FeatureBuf`] computes from the parts without joining them).
#[inline]
pub(crate) fn hash_feature(name: &str) -> u64 {
    name.split('|')
        .fold(FEATURE_SEED, |h, part| fold_part(h, part.as_bytes()))
}

const SMALL: [&str; 21] = [
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16",
    "17", "18", "19", "20",
];

/// Frequency bucket: 0 for unseen, then 1 + floor(log2(count)), at most 16.
#[inline]
fn bucket(count: u32) -> usize {
    if count == 0 {
        0
    } else {
        (1 + (31 - count.leading_zeros()) as usize).min(16)
    }
}

/// Hashed features of one candidate, with their names when training.
#[derive(Debug, Default)]
pub(crate) struct FeatureBuf {
    hashes: Vec<u64>,
    names: Option<Vec<String>>,
}

impl FeatureBuf {
    /// A buffer that also records feature names (for training).
    pub fn with_names() -> FeatureBuf {
        FeatureBuf {
            hashes: Vec::new(),
            names: Some(Vec::new()),
        }
    }

    pub fn clear(&mut self) {
        self.hashes.clear();
        if let Some(n) = &mut self.names {
            n.clear();
        }
    }

    pub fn hashes(&self) -> &[u64] {
        &self.hashes
    }

    pub fn names(&self) -> Option<&[String]> {
        self.names.as_deref()
    }

    #[inline]
    fn push(&mut self, parts: &[&str]) {
        let h = parts
            .iter()
            .fold(FEATURE_SEED, |h, part| fold_part(h, part.as_bytes()));
        self.hashes.push(h);
        if let Some(n) = &mut self.names {
            n.push(parts.join("|"));
        }
    }
}

/// Everything about a word that does not depend on the candidate.
pub(crate) struct WordContext<'m> {
    word_norm: String,
    lexicon: &'m Lexicon,
    normalizer: &'m Normalizer,
    word_freq_bucket: usize,
    readings: Option<&'m [(Box<str>, u32)]>,
    readings_total: u32,
    memory: &'m Memory,
}

/// The reading key of a candidate: `proclitics|enclitic`.
pub(crate) fn reading_key(c: &Candidate) -> String {
    let p: String = PROCLITICS[c.proclitics].iter().collect();
    format!("{p}|{}", ENCLITICS[c.enclitic])
}

impl<'m> WordContext<'m> {
    pub fn new(
        letters: &[char],
        model: &'m super::SegmenterModel,
        normalizer: &'m Normalizer,
    ) -> WordContext<'m> {
        WordContext::with_parts(letters, &model.lexicon, &model.memory, normalizer)
    }

    pub fn with_parts(
        letters: &[char],
        lexicon: &'m Lexicon,
        memory: &'m Memory,
        normalizer: &'m Normalizer,
    ) -> WordContext<'m> {
        let word: String = letters.iter().collect();
        let word_norm = normalizer.normalize(&word);
        let readings = memory.readings(&word_norm);
        let readings_total = readings.map_or(0, |r| r.iter().map(|(_, c)| c).sum());
        WordContext {
            word_freq_bucket: bucket(lexicon.count(&word_norm)),
            word_norm,
            lexicon,
            normalizer,
            readings,
            readings_total,
            memory,
        }
    }

    /// The word's search form.
    pub fn word_norm(&self) -> &str {
        &self.word_norm
    }

    /// Search forms the stem may stand for, with spelling at the clitic
    /// boundary undone: ل+لـ → ال, ـت+enclitic → ـة, ـا+enclitic → ـى, …
    fn restorations(&self, c: &Candidate) -> Vec<String> {
        let pre = PROCLITICS[c.proclitics];
        let enc = ENCLITICS[c.enclitic];
        let s = &c.stem;
        let mut out = Vec::new();
        if pre.last() == Some(&'ل') && s.starts_with('ل') {
            out.push(format!("ا{s}"));
        }
        if !enc.is_empty() {
            let base = &s[..s.len() - s.chars().last().map_or(0, char::len_utf8)];
            match s.chars().last() {
                Some('ت') => out.push(format!("{base}ة")),
                Some('ا') => {
                    out.push(format!("{base}ى"));
                    out.push(format!("{s}ء"));
                }
                // «بلدي+نا» is the construct form of the dual «بلدين».
                Some('ي') => {
                    out.push(format!("{base}ى"));
                    out.push(format!("{s}ن"));
                }
                // «مواطنو+ها» ← «مواطنون»; «ورثو+ها» ← «ورثوا».
                Some('و') => {
                    out.push(format!("{s}ا"));
                    out.push(format!("{s}ن"));
                }
                Some('ؤ' | 'ئ') => out.push(format!("{base}ء")),
                _ => {}
            }
        }
        out.into_iter()
            .map(|r| self.normalizer.normalize(&r))
            .collect()
    }

    /// The best restored search form of the stem, if any restoration is
    /// attested in the lexicon (or forced by ل+لـ).
    pub fn restored_stem(&self, c: &Candidate) -> Option<String> {
        let pre = PROCLITICS[c.proclitics];
        let rs = self.restorations(c);
        let best = rs.iter().max_by_key(|r| self.lexicon.count(r))?;
        if self.lexicon.count(best) > 0 || (pre.last() == Some(&'ل') && c.stem.starts_with('ل')) {
            Some(best.clone())
        } else {
            None
        }
    }

    pub fn features(&self, c: &Candidate, buf: &mut FeatureBuf) {
        let pre = PROCLITICS[c.proclitics];
        let mut p = [0u8; 8];
        let mut plen = 0;
        for ch in pre {
            plen += ch.encode_utf8(&mut p[plen..]).len();
        }
        let p = std::str::from_utf8(&p[..plen]).unwrap_or("");
        let e = ENCLITICS[c.enclitic];
        let split = match (p.is_empty(), e.is_empty()) {
            (true, true) => "n",
            (false, true) => "p",
            (true, false) => "e",
            (false, false) => "pe",
        };
        let stem_norm = self.normalizer.normalize(&c.stem);
        let sf = bucket(self.lexicon.count(&stem_norm));
        let wf = self.word_freq_bucket;
        buf.push(&["b", p, e]);
        buf.push(&["p", p]);
        buf.push(&["e", e]);
        buf.push(&["sf", SMALL[sf], split]);
        buf.push(&["sf", SMALL[sf], "p", p]);
        buf.push(&["sf", SMALL[sf], "e", e]);
        buf.push(&["wf", SMALL[wf], split]);
        buf.push(&["wsf", SMALL[wf], SMALL[sf], split]);
        buf.push(&["wsfp", SMALL[wf.min(12) / 2], SMALL[sf.min(12) / 2], p, e]);
        let rel = (sf as i32 - wf as i32).clamp(-8, 8);
        buf.push(&["rel", SMALL[(rel + 8) as usize], p, e]);

        // Spelling restored at the clitic boundary.
        let rs = self.restorations(c);
        if !rs.is_empty() {
            let rf = rs
                .iter()
                .map(|r| bucket(self.lexicon.count(r)))
                .max()
                .unwrap_or(0);
            buf.push(&["rf", SMALL[rf], p, e]);
            buf.push(&["rwf", SMALL[rf], SMALL[wf], split]);
        }
        // The stem as a definite noun.
        if !stem_norm.is_empty() && !stem_norm.starts_with("ال") {
            let df = bucket(self.lexicon.count_joined("ال", &stem_norm));
            buf.push(&["df", SMALL[df], split]);
        }
        // Productivity: how many clitic and affix variants of the stem the corpus attests.
        let prod_of = |stem: &str| -> usize {
            if stem.chars().count() < 2 {
                return 0;
            }
            let attested =
                |head: &str, tail: &str| usize::from(self.lexicon.count_joined(head, tail) > 0);
            let with_prefix: usize = ["و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل"]
                .iter()
                .map(|pre| attested(pre, stem))
                .sum();
            let head = Head::new(stem);
            let with_suffix: usize = [
                "ه", "ها", "هم", "هما", "نا", "ي", "ك", "كم", "ات", "ون", "ين", "ان",
            ]
            .iter()
            .map(|suf| usize::from(self.lexicon.count_after(&head, suf) > 0))
            .sum();
            with_prefix + with_suffix
        };
        let prod = rs
            .iter()
            .map(|r| prod_of(r))
            .chain(std::iter::once(prod_of(&stem_norm)))
            .max()
            .unwrap_or(0);
        buf.push(&["prod", SMALL[prod.min(20)], split]);
        buf.push(&["prodp", SMALL[(prod / 3).min(20)], p, e]);
        // Function words rarely take a preposition proclitic («ب+لدى»), often a conjunction («و+في»).
        if crate::stopwords::is_stopword(&stem_norm) {
            buf.push(&["stop", p, e]);
        }
        let stem = c.stem.as_str();
        let n = stem.chars().count();
        buf.push(&["len", SMALL[n.min(9)], p, e]);

        // The stem's first one to three and last one to three letters, as
        // slices of the stem (no allocation).
        let first = |k: usize| stem.char_indices().nth(k).map_or(stem, |(i, _)| &stem[..i]);
        let last = |k: usize| {
            stem.char_indices()
                .rev()
                .nth(k - 1)
                .map_or(stem, |(i, _)| &stem[i..])
        };
        // (Pushed in the order the weights were trained with: the score is a
        // floating-point sum.)
        if n >= 1 {
            buf.push(&["s0", first(1), p]);
        }
        if n >= 2 {
            buf.push(&["s01", first(2), p]);
            buf.push(&["s01e", first(2), e]);
        }
        if n >= 3 {
            buf.push(&["s012", first(3), p]);
        }
        if n >= 1 {
            buf.push(&["sl", last(1), e]);
        }
        if n >= 2 {
            buf.push(&["sl2", last(2), e]);
        }
        if n >= 3 {
            buf.push(&["sl3", last(3), e]);
        }

        // Treebank memory of the stem: how often it was the stem of a word
        // there, and whether it was itself a word read with clitics
        // («و+لبعض»: «لبعض» is ل+بعض).
        if !c.stem.is_empty() {
            let sm = bucket(self.memory.stem_count(&stem_norm)).min(4);
            buf.push(&["sm", SMALL[sm], split]);
            if c.proclitics != 0 || c.enclitic != 0 {
                if let Some(r) = self.memory.readings(&stem_norm) {
                    let total: u32 = r.iter().map(|(_, n)| n).sum();
                    let whole = r.iter().find(|(k, _)| &**k == "|").map_or(0, |(_, n)| *n);
                    let frac = (whole * 4 + total / 2) / total.max(1);
                    buf.push(&["smw", SMALL[frac.min(4) as usize], split]);
                }
            }
        }

        // Treebank memory of this word.
        if let Some(readings) = self.readings {
            let key = reading_key(c);
            let agree = readings
                .iter()
                .find(|(r, _)| **r == *key)
                .map_or(0, |(_, n)| *n);
            let frac = (agree * 4 + self.readings_total / 2) / self.readings_total.max(1);
            buf.push(&[
                "m",
                SMALL[frac.min(4) as usize],
                SMALL[bucket(self.readings_total).min(6)],
            ]);
            buf.push(&["mb", SMALL[frac.min(4) as usize], split]);
        } else {
            buf.push(&["m-", split]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_are_logarithmic() {
        assert_eq!(bucket(0), 0);
        assert_eq!(bucket(1), 1);
        assert_eq!(bucket(2), 2);
        assert_eq!(bucket(3), 2);
        assert_eq!(bucket(4), 3);
        assert_eq!(bucket(u32::MAX), 16);
    }

    #[test]
    fn hashing_matches_names() {
        let mut buf = FeatureBuf::with_names();
        buf.push(&["sf", "3", "و", ""]);
        assert_eq!(buf.names().unwrap()[0], "sf|3|و|");
        assert_eq!(buf.hashes()[0], hash_feature("sf|3|و|"));
        // Where the separators fall matters.
        assert_ne!(hash_feature("sf|3|و|"), hash_feature("sf|3|و"));
        assert_ne!(hash_feature("ab|c"), hash_feature("a|bc"));
        assert_ne!(hash_feature("s01|abcdefgh|"), hash_feature("s01|abcdefgh"));
    }

    #[test]
    fn the_bundled_features_hash_apart() {
        let weights = include_str!("../../data/segmenter/weights.tsv");
        let names: std::collections::HashSet<&str> = crate::tsv::lines(weights)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.rsplit_once('\t').map(|(name, _)| name))
            .collect();
        let hashes: std::collections::HashSet<u64> =
            names.iter().map(|n| hash_feature(n)).collect();
        assert!(names.len() > 1000);
        assert_eq!(hashes.len(), names.len());
    }
}
