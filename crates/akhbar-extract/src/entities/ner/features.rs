//! Features of the entity tagger.
//!
//! Each distinct word is analysed once into a [`WordInfo`]: its own features
//! (search form, clitic-free stem, light stem, affixes, shape, word cluster)
//! and a few keys its neighbours use. [`sentence_features`] then adds the
//! context: neighbouring words, bigrams and gazetteer hits. Features are
//! 64-bit hashes of a template number and strings; the model maps the hashes
//! it knows to weight rows.
use akhbar_text::hash::{fnv1a, FNV_OFFSET};
use akhbar_text::normalize::Normalizer;
use akhbar_text::segment::{CliticSegmenter, SegmentCache};
use akhbar_text::stem::LightStemmer;
use akhbar_text::stopwords::is_stopword;

/// Looks up a word's cluster path (a bit string, most general bit first).
pub trait ClusterLookup: Sync {
    /// The cluster path of a search-form word.
    fn cluster(&self, norm: &str) -> Option<&str>;
}

impl ClusterLookup for () {
    fn cluster(&self, _: &str) -> Option<&str> {
        None
    }
}

/// Hash of a template and one string.
#[inline]
pub(crate) fn feat(template: u8, s: &str) -> u64 {
    fnv1a(fnv1a(FNV_OFFSET, &[template, 0xff]), s.as_bytes())
}

/// Hash of a template, a small number and a string (no allocation).
#[inline]
fn feat_n(template: u8, n: u8, s: &str) -> u64 {
    fnv1a(fnv1a(FNV_OFFSET, &[template, 0xfe, n]), s.as_bytes())
}

/// Combines a template with already-hashed keys.
#[inline]
pub(crate) fn combine(template: u8, keys: &[u64]) -> u64 {
    let mut h = FNV_OFFSET ^ u64::from(template).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    for &k in keys {
        h = (h ^ k).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        h ^= h >> 31;
    }
    h
}

// Template numbers. Changing one changes the model: retrain after edits.
const T_BIAS: u8 = 1;
const T_NORM: u8 = 2;
const T_STEM: u8 = 3;
const T_LIGHT: u8 = 4;
const T_PREFIX: u8 = 5;
const T_SUFFIX: u8 = 6;
const T_SHAPE: u8 = 7;
const T_CLUSTER: u8 = 8;
const T_PROCLITICS: u8 = 9;
const T_STOP: u8 = 10;
const T_CORE: u8 = 11;
const T_LEN: u8 = 12;
const T_STEM_CLUSTER: u8 = 13;
const T_FREQ: u8 = 14;
const T_ARTICLE_RATE: u8 = 15;
const T_SUFFIX_RATE: u8 = 16;
const T_SUFFIX4: u8 = 17;
// Context templates (combine()).
const C_PREV: u8 = 40;
const C_NEXT: u8 = 41;
const C_PREV2: u8 = 42;
const C_NEXT2: u8 = 43;
const C_BIGRAM_PREV: u8 = 44;
const C_BIGRAM_NEXT: u8 = 45;
const C_PREV_STEM: u8 = 46;
const C_NEXT_STEM: u8 = 47;
const C_SHAPES: u8 = 48;
const C_PREV_CLUSTER: u8 = 49;
const C_NEXT_CLUSTER: u8 = 50;
const C_GAZ: u8 = 51;
const C_GAZ_PREV: u8 = 52;
const C_GAZ_NEXT: u8 = 53;
const C_FIRST: u8 = 54;
const C_PREV_CORE: u8 = 55;
const C_DOC: u8 = 56;
const C_FIRST_PASS: u8 = 57;

/// Cluster path prefix lengths used as features.
const CLUSTER_PREFIXES: [usize; 4] = [4, 8, 12, 16];

/// How many of a token's features, at the start of its list, name the word
/// itself (search form, clitic-free stem, core, light stem).
pub const LEXICAL: usize = 4;

/// What the tagger knows about one word, independent of its context.
#[derive(Clone, Debug, Default)]
pub struct WordInfo {
    /// Features of the word itself.
    pub(crate) own: Vec<u64>,
    /// Keys that neighbours combine: search form, clitic-free stem, shape,
    /// cluster prefix, and the stem without the article.
    pub(crate) norm: u64,
    pub(crate) stem: u64,
    pub(crate) shape: u64,
    pub(crate) cluster: u64,
    pub(crate) core: u64,
    /// Is it a word whose other occurrences tell something (a letter word
    /// of two letters or more, not a stopword)?
    pub(crate) content: bool,
}

impl WordInfo {
    /// The key under which occurrences of this word are matched across a
    /// document (its clitic-free stem without the article), if it is a
    /// content word.
    pub fn document_key(&self) -> Option<u64> {
        self.content.then_some(self.core)
    }
}

/// Turns words into [`WordInfo`]s with the text layer's tools.
pub struct WordAnalyzer<'c> {
    normalizer: Normalizer,
    segmenter: CliticSegmenter,
    stemmer: LightStemmer,
    clusters: &'c dyn ClusterLookup,
}

impl<'c> WordAnalyzer<'c> {
    /// An analyzer with the bundled segmenter and `clusters`.
    pub fn new(clusters: &'c dyn ClusterLookup) -> WordAnalyzer<'c> {
        WordAnalyzer {
            normalizer: Normalizer::default(),
            segmenter: CliticSegmenter::default(),
            stemmer: LightStemmer::default(),
            clusters,
        }
    }

    /// Analyses one token.
    pub fn analyze(&self, word: &str, cache: &mut SegmentCache) -> WordInfo {
        let norm = self.normalizer.normalize(word);
        let shape = shape_of(word);
        // The word's identity first (search form, stem, core, light stem:
        // `LEXICAL` features), so that training can drop them as a block.
        let mut own = Vec::with_capacity(32);
        own.push(feat(T_NORM, &norm));
        own.push(feat(T_BIAS, ""));
        own.push(feat(T_SHAPE, shape));
        let chars: Vec<(usize, char)> = norm.char_indices().collect();
        let n = chars.len();
        own.push(feat_n(T_LEN, n.min(12) as u8, ""));
        for k in 1..=3.min(n) {
            own.push(feat(
                T_PREFIX,
                &norm[..chars.get(k).map_or(norm.len(), |c| c.0)],
            ));
            own.push(feat(T_SUFFIX, &norm[chars[n - k].0..]));
        }
        if is_stopword(&norm) {
            own.push(feat(T_STOP, ""));
        }
        // Clitic-free stem (بموسكو → موسكو) and the stem without the article.
        let seg = cache.segment(&self.segmenter, word);
        let stem_range = seg.stem_range();
        let stem_norm = match seg.stem_norm() {
            Some(s) => s.to_string(),
            None if seg.is_split() => self.normalizer.normalize(&word[stem_range.clone()]),
            None => norm.clone(),
        };
        let procl = &word[..stem_range.start];
        if !procl.is_empty() {
            own.push(feat(T_PROCLITICS, &self.normalizer.normalize(procl)));
        }
        let stem_key = feat(T_STEM, &stem_norm);
        own.insert(1, stem_key);
        let core = stem_norm
            .strip_prefix("ال")
            .filter(|c| c.chars().count() >= 2)
            .unwrap_or(&stem_norm);
        let core_key = feat(T_CORE, core);
        own.insert(2, core_key);
        own.insert(3, feat(T_LIGHT, &self.stemmer.stem(&norm)));
        if n >= 5 {
            own.push(feat(T_SUFFIX4, &norm[chars[n - 4].0..]));
        }
        self.corpus_features(&norm, core, &mut own);
        let mut cluster_key = 0;
        if let Some(path) = self.clusters.cluster(&norm) {
            for len in CLUSTER_PREFIXES {
                own.push(prefix(T_CLUSTER, path, len));
            }
            own.push(feat(T_CLUSTER, path));
            cluster_key = prefix(T_CLUSTER, path, 8);
        }
        if stem_norm != norm {
            if let Some(path) = self.clusters.cluster(&stem_norm) {
                own.push(prefix(T_STEM_CLUSTER, path, 8));
                own.push(feat(T_STEM_CLUSTER, path));
                if cluster_key == 0 {
                    cluster_key = prefix(T_CLUSTER, path, 8);
                }
            }
        }
        WordInfo {
            own,
            norm: feat(T_NORM, &norm),
            stem: stem_key,
            shape: feat(T_SHAPE, shape),
            cluster: cluster_key,
            core: core_key,
            content: (shape == "arabic" || shape == "Latin" || shape == "latin")
                && core.chars().count() >= 2
                && !is_stopword(&norm)
                && !is_stopword(&stem_norm),
        }
    }
}

impl WordAnalyzer<'_> {
    /// How the raw news corpus uses the word: how often, how often its stem
    /// takes the article «ال», how often it takes a pronoun suffix. Names
    /// rarely do either; common nouns do both.
    fn corpus_features(&self, norm: &str, core: &str, own: &mut Vec<u64>) {
        let lexicon = self.segmenter.model().lexicon();
        let count = |w: &str| u64::from(lexicon.count(w));
        own.push(feat_n(T_FREQ, log_bucket(count(norm)) as u8, ""));
        if core.chars().count() < 2 || !core.chars().all(akhbar_text::chars::is_arabic_letter) {
            return;
        }
        let bare = count(core);
        let mut buf = String::with_capacity(core.len() + 8);
        buf.push_str("ال");
        buf.push_str(core);
        let defined = count(&buf);
        if bare + defined >= 3 {
            let rate = rate_bucket(defined, bare + defined);
            own.push(feat(T_ARTICLE_RATE, rate));
        }
        // Pronoun suffixes: ـه ـها ـهم (ة becomes ت before them).
        buf.clear();
        match core.strip_suffix('ه') {
            Some(b) => {
                buf.push_str(b);
                buf.push('ت');
            }
            None => buf.push_str(core),
        }
        let base_len = buf.len();
        let mut suffixed = 0;
        for suffix in ["ه", "ها", "هم"] {
            buf.truncate(base_len);
            buf.push_str(suffix);
            suffixed += count(&buf);
        }
        if bare + suffixed >= 3 {
            own.push(feat(T_SUFFIX_RATE, rate_bucket(suffixed, bare + suffixed)));
        }
    }
}

fn log_bucket(n: u64) -> u32 {
    64 - n.leading_zeros()
}

fn rate_bucket(part: u64, whole: u64) -> &'static str {
    let r = part as f64 / whole.max(1) as f64;
    match r {
        0.0 => "0",
        r if r < 0.02 => "<2%",
        r if r < 0.1 => "<10%",
        r if r < 0.3 => "<30%",
        r if r < 0.6 => "<60%",
        _ => "60%+",
    }
}

/// The feature of a cluster path's prefix; the length is part of the hash
/// so that prefixes of different lengths never collide.
fn prefix(template: u8, path: &str, len: usize) -> u64 {
    feat_n(template, len as u8, &path[..len.min(path.len())])
}

/// Adds the second pass's features of token `i` to `features`: the
/// first-pass tags of it and its neighbours (`first`), and the document
/// bits `tags`, where bit `t` is set when another occurrence of the same word
/// nearby was tagged `t` by the first pass.
pub fn add_second_pass_features(
    tags: u32,
    first: &[super::Tag],
    i: usize,
    features: &mut Vec<u64>,
) {
    let tag_at = |j: Option<usize>| {
        j.and_then(|j| first.get(j))
            .map_or(99, |t| t.index() as u64)
    };
    let (prev, here, next) = (
        tag_at(i.checked_sub(1)),
        tag_at(Some(i)),
        tag_at(Some(i + 1)),
    );
    features.push(combine(C_FIRST_PASS, &[1, here]));
    features.push(combine(C_FIRST_PASS, &[2, prev, here]));
    features.push(combine(C_FIRST_PASS, &[3, here, next]));
    let mut b = tags;
    while b != 0 {
        let bit = b.trailing_zeros();
        b &= b - 1;
        features.push(combine(C_DOC, &[u64::from(bit) + 1]));
    }
    // Seen as an entity of exactly one label, or of several.
    let labels = (1..9u32)
        .step_by(2)
        .filter(|&t| tags & (0b11 << t) != 0)
        .count();
    if labels > 0 {
        features.push(combine(C_DOC, &[100 + labels as u64]));
    }
}

/// A coarse shape class of a token.
fn shape_of(word: &str) -> &'static str {
    let mut arabic = false;
    let mut latin = false;
    let mut upper = false;
    let mut digit = false;
    let mut other = false;
    for c in word.chars() {
        if akhbar_text::chars::is_arabic_letter(c) {
            arabic = true;
        } else if c.is_ascii_alphabetic() || c.is_alphabetic() {
            latin = true;
            upper |= c.is_uppercase();
        } else if c.is_numeric() {
            digit = true;
        } else {
            other = true;
        }
    }
    match (arabic, latin, digit, other) {
        (true, false, false, false) => "arabic",
        (false, true, false, false) if upper => "Latin",
        (false, true, false, false) => "latin",
        (false, false, true, false) => "digits",
        (false, false, true, true) => "number",
        (false, false, false, true) => "punct",
        _ => "mixed",
    }
}

/// Which features [`sentence_features`] lists for each token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Listing {
    /// Every feature (training).
    All,
    /// Only those that depend on more than one word: the tagger takes the
    /// weights of a word's own features, and of the features a neighbour
    /// gives on its own (`before_features`, `after_features`), from its
    /// per-word cache.
    Combined,
}

/// The features a word gives the word after it, which depend on it alone
/// (the tagger sums their weights once per word).
pub(crate) fn before_features(p: &WordInfo) -> [u64; 4] {
    [
        combine(C_PREV, &[p.norm]),
        combine(C_PREV_STEM, &[p.stem]),
        combine(C_PREV_CORE, &[p.core]),
        combine(C_PREV_CLUSTER, &[p.cluster]),
    ]
}

/// The features a word gives the word before it, which depend on it alone.
pub(crate) fn after_features(q: &WordInfo) -> [u64; 3] {
    [
        combine(C_NEXT, &[q.norm]),
        combine(C_NEXT_STEM, &[q.stem]),
        combine(C_NEXT_CLUSTER, &[q.cluster]),
    ]
}

/// The features of every token of a sentence, in `out` (one list per
/// token; the lists already there are reused). `gazetteer` holds per-token
/// hit bits from the gazetteer (or zeros). Training lists them all; the
/// tagger lists only the [`Listing::Combined`] ones.
pub fn sentence_features(
    words: &[&WordInfo],
    gazetteer: &[u32],
    listing: Listing,
    out: &mut Vec<Vec<u64>>,
) {
    let n = words.len();
    let none = WordInfo::default();
    let at = |i: isize| -> &WordInfo {
        if i < 0 || i as usize >= n {
            &none
        } else {
            words[i as usize]
        }
    };
    let gaz = |i: isize| -> u32 {
        if i < 0 || i as usize >= n {
            0
        } else {
            gazetteer.get(i as usize).copied().unwrap_or(0)
        }
    };
    for i in 0..n as isize {
        let w = at(i);
        let (p, q, p2, q2) = (at(i - 1), at(i + 1), at(i - 2), at(i + 2));
        if out.len() <= i as usize {
            out.push(Vec::with_capacity(w.own.len() + 24));
        }
        let f = &mut out[i as usize];
        f.clear();
        if listing == Listing::All {
            // In the order the shipped models were trained with.
            let [prev, prev_stem, prev_core, prev_cluster] = before_features(p);
            let [next, next_stem, next_cluster] = after_features(q);
            f.extend_from_slice(&w.own);
            f.extend_from_slice(&[prev, next]);
            f.push(combine(C_PREV2, &[p2.norm]));
            f.push(combine(C_NEXT2, &[q2.norm]));
            f.push(combine(C_BIGRAM_PREV, &[p.norm, w.norm]));
            f.push(combine(C_BIGRAM_NEXT, &[w.norm, q.norm]));
            f.extend_from_slice(&[prev_stem, next_stem, prev_core]);
            f.push(combine(C_SHAPES, &[p.shape, w.shape, q.shape]));
            f.extend_from_slice(&[prev_cluster, next_cluster]);
        } else {
            f.push(combine(C_PREV2, &[p2.norm]));
            f.push(combine(C_NEXT2, &[q2.norm]));
            f.push(combine(C_BIGRAM_PREV, &[p.norm, w.norm]));
            f.push(combine(C_BIGRAM_NEXT, &[w.norm, q.norm]));
            f.push(combine(C_SHAPES, &[p.shape, w.shape, q.shape]));
        }
        if i == 0 {
            f.push(combine(C_FIRST, &[]));
        }
        for (template, bits) in [
            (C_GAZ, gaz(i)),
            (C_GAZ_PREV, gaz(i - 1)),
            (C_GAZ_NEXT, gaz(i + 1)),
        ] {
            let mut b = bits;
            while b != 0 {
                let bit = b.trailing_zeros();
                b &= b - 1;
                f.push(combine(template, &[u64::from(bit) + 1]));
            }
        }
    }
    out.truncate(n);
}

impl ClusterLookup for crate::entities::clusters::WordClusters {
    fn cluster(&self, norm: &str) -> Option<&str> {
        self.path(norm)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clitics_do_not_hide_the_stem() {
        let analyzer = WordAnalyzer::new(&());
        let mut cache = SegmentCache::new(100);
        let a = analyzer.analyze("بموسكو", &mut cache);
        let b = analyzer.analyze("موسكو", &mut cache);
        assert_eq!(a.stem, b.stem);
        assert_ne!(a.norm, b.norm);
    }

    #[test]
    fn the_tagger_lists_all_features_but_those_of_single_words() {
        let analyzer = WordAnalyzer::new(&());
        let mut cache = SegmentCache::new(100);
        let infos: Vec<WordInfo> = ["وقال", "الرئيس", "الروسي", "فلاديمير", "بوتين", "."]
            .iter()
            .map(|w| analyzer.analyze(w, &mut cache))
            .collect();
        let refs: Vec<&WordInfo> = infos.iter().collect();
        let gazetteer = [0, 0, 4, 1, 1, 0];
        let (mut all, mut combined) = (Vec::new(), Vec::new());
        sentence_features(&refs, &gazetteer, Listing::All, &mut all);
        sentence_features(&refs, &gazetteer, Listing::Combined, &mut combined);
        let edge = WordInfo::default();
        for i in 0..refs.len() {
            // What the tagger sums: the word's own features, what its
            // neighbours (or the sentence's edges) give, the combined ones.
            let mut summed = infos[i].own.clone();
            let previous = i.checked_sub(1).map_or(&edge, |p| refs[p]);
            summed.extend_from_slice(&before_features(previous));
            summed.extend_from_slice(&after_features(refs.get(i + 1).unwrap_or(&&edge)));
            summed.extend_from_slice(&combined[i]);
            let mut listed = all[i].clone();
            summed.sort_unstable();
            listed.sort_unstable();
            assert_eq!(summed, listed, "token {i}");
        }
    }

    #[test]
    fn shapes() {
        assert_eq!(shape_of("موسكو"), "arabic");
        assert_eq!(shape_of("NATO"), "Latin");
        assert_eq!(shape_of("2023"), "digits");
        assert_eq!(shape_of("3.5"), "number");
        assert_eq!(shape_of("،"), "punct");
    }

    #[test]
    fn every_token_gets_context_features() {
        let analyzer = WordAnalyzer::new(&());
        let mut cache = SegmentCache::new(100);
        let infos: Vec<WordInfo> = ["قال", "بوتين", "."]
            .iter()
            .map(|w| analyzer.analyze(w, &mut cache))
            .collect();
        let refs: Vec<&WordInfo> = infos.iter().collect();
        let mut out = Vec::new();
        sentence_features(&refs, &[0, 1, 0], Listing::All, &mut out);
        assert_eq!(out.len(), 3);
        assert!(out[1].len() > infos[1].own.len() + 10);
        assert!(out[1].contains(&combine(C_GAZ, &[1])));
        assert!(out[0].contains(&combine(C_GAZ_NEXT, &[1])));
    }
}
