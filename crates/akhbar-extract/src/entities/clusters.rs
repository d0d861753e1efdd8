//! Word clusters learned from raw news text: features for the entity tagger.
//!
//! Words that occur in the same contexts (`قال` / `اضاف`, `موسكو` / `باريس`)
//! get the same cluster, and the clusters form a binary tree, so that every
//! word has a bit-string *path* from the root (`0110100111`). A tagger uses
//! prefixes of several lengths as features: short prefixes are coarse classes
//! (places, verbs of saying), long ones fine classes. This is the feature of
//! Brown clusters (Brown et al. 1992, as used for NER by Miller et al. 2004 and
//! Ratinov & Roth 2009).
//!
//! [`train_clusters`] learns them in two steps:
//!
//! 1. **Exchange** (Kneser & Ney 1993, Martin et al. 1998): flat clusters
//!    that maximize the likelihood of the two-sided class bigram model
//!    `p(w₂ | w₁) = p(c₂ | c₁) · p(w₂ | c₂)`, the objective of Brown
//!    clustering (the mutual information of adjacent clusters). Words start
//!    with the most frequent ones in clusters of their own; each pass moves
//!    every word, most frequent first, to the cluster that raises the
//!    likelihood most, until few words move.
//! 2. **Agglomeration** (Brown et al.): the flat clusters are merged greedily,
//!    two at a time, always the pair whose merge loses the least mutual
//!    information, into a binary tree whose root-to-leaf paths are the bit
//!    strings.
//!
//! Unlike Brown's windowed algorithm the exchange is not greedy in the order
//! words arrive, reaches a higher likelihood, and costs `O(passes · K · Σ
//! distinct contexts)` instead of `O(V · K²)`, so a few million tokens take a
//! minute or two. Training is deterministic: the same sentences and options
//! give byte-identical [`WordClusters::to_tsv`] output, whatever the number
//! of threads.
//!
//! Keys are search forms, made by [`cluster_key`] from tokens: the default
//! [`Normalizer`] output for words, [`NUMBER`] for numbers.
//!
//! ```
//! use akhbar_extract::entities::clusters::WordClusters;
//!
//! let clusters = WordClusters::parse("موسكو\t0110\t120\nباريس\t0111\t95\n").unwrap();
//! assert_eq!(clusters.path("موسكو"), Some("0110"));
//! assert_eq!(clusters.prefix("باريس", 3), Some("011"));
//! assert_eq!(clusters.path("غزه"), None);
//! ```

use std::fmt;
use std::sync::OnceLock;

use akhbar_text::hash::FnvMap;
use akhbar_text::normalize::Normalizer;
use akhbar_text::tokenize::TokenKind;
use akhbar_text::tsv;

/// The key that stands for every number (digits in any script).
pub const NUMBER: &str = "<num>";
/// The key that stands for every web address.
pub const URL: &str = "<url>";
/// The key that stands for every e-mail address.
pub const EMAIL: &str = "<email>";

/// The cluster key of a token in `out` (cleared first): its search form, with
/// numbers, addresses and e-mails collapsed to [`NUMBER`], [`URL`], [`EMAIL`].
/// Training and tagging both build keys with it, so that they agree.
///
/// ```
/// use akhbar_extract::entities::clusters::cluster_key;
/// use akhbar_text::normalize::Normalizer;
/// use akhbar_text::tokenize::TokenKind;
///
/// let n = Normalizer::default();
/// let mut key = String::new();
/// cluster_key("الأمم", TokenKind::Word, &n, &mut key);
/// assert_eq!(key, "الامم");
/// cluster_key("٢٠٢٣", TokenKind::Number, &n, &mut key);
/// assert_eq!(key, "<num>");
/// cluster_key("UN", TokenKind::Latin, &n, &mut key);
/// assert_eq!(key, "un");
/// ```
pub fn cluster_key(text: &str, kind: TokenKind, normalizer: &Normalizer, out: &mut String) {
    out.clear();
    match kind {
        TokenKind::Number => out.push_str(NUMBER),
        TokenKind::Url => out.push_str(URL),
        TokenKind::Email => out.push_str(EMAIL),
        _ => normalizer.normalize_into(text, out),
    }
}

/// A malformed line in a clusters file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClusterError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ClusterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "clusters line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ClusterError {}

/// One word's entry.
#[derive(Debug, Clone, Copy)]
struct Entry {
    /// Index into `paths`.
    path: u32,
    /// Corpus count.
    count: u64,
}

/// Word → cluster path (bit string) table.
///
/// Text format ([`parse`](WordClusters::parse), [`to_tsv`](WordClusters::to_tsv)):
/// one `word<TAB>path<TAB>count` line per word, where `word` is the key made
/// by [`cluster_key`] (a search form), `path` a non-empty string of `0` and
/// `1` (the leaf of the word's cluster in the cluster tree: words of one
/// cluster share it, and clusters close in the tree share long prefixes) and
/// `count` how often the word occurred in the training corpus. Empty lines
/// and lines starting with `#` are skipped.
#[derive(Debug, Clone, Default)]
pub struct WordClusters {
    words: FnvMap<Box<str>, Entry>,
    paths: Vec<Box<str>>,
}

impl WordClusters {
    /// The clusters shipped with the crate (`data/ner/clusters.tsv`, learned
    /// from the ANT news corpus; see `data/ner/CLUSTERS.md`), parsed once.
    pub fn bundled() -> &'static WordClusters {
        static BUNDLED: OnceLock<WordClusters> = OnceLock::new();
        BUNDLED.get_or_init(|| {
            WordClusters::parse(include_str!("../../data/ner/clusters.tsv"))
                .expect("the bundled clusters.tsv is valid")
        })
    }

    /// Parse the `word<TAB>path<TAB>count` format (see [`WordClusters`]).
    pub fn parse(tsv: &str) -> Result<WordClusters, ClusterError> {
        let mut clusters = WordClusters::default();
        // One word per line: sized once, the map is never rehashed.
        clusters.words.reserve(tsv::lines(tsv).count());
        let mut path_ids: FnvMap<&str, u32> = FnvMap::default();
        for (i, line) in tsv::lines(tsv).enumerate() {
            let err = |message: String| ClusterError {
                line: i + 1,
                message,
            };
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut fields = tsv::fields(line);
            let (Some(word), Some(path), Some(count), None) =
                (fields.next(), fields.next(), fields.next(), fields.next())
            else {
                return Err(err("expected word<TAB>path<TAB>count".into()));
            };
            if word.is_empty() {
                return Err(err("empty word".into()));
            }
            if path.is_empty() || !path.bytes().all(|b| b == b'0' || b == b'1') {
                return Err(err(format!("path {path:?} is not a bit string")));
            }
            let count = count
                .parse::<u64>()
                .map_err(|_| err(format!("count {count:?} is not a number")))?;
            let next = clusters.paths.len() as u32;
            let path_id = *path_ids.entry(path).or_insert(next);
            if path_id == next {
                clusters.paths.push(path.into());
            }
            let entry = Entry {
                path: path_id,
                count,
            };
            if clusters.words.insert(word.into(), entry).is_some() {
                return Err(err(format!("word {word:?} listed twice")));
            }
        }
        Ok(clusters)
    }

    /// The cluster path of `word` (a key made by [`cluster_key`]), if the word
    /// is known.
    #[inline]
    pub fn path(&self, word: &str) -> Option<&str> {
        let e = self.words.get(word)?;
        Some(&self.paths[e.path as usize])
    }

    /// The first `len` bits of `word`'s path (the whole path if it is
    /// shorter), if the word is known.
    #[inline]
    pub fn prefix(&self, word: &str, len: usize) -> Option<&str> {
        let p = self.path(word)?;
        Some(&p[..len.min(p.len())])
    }

    /// How often `word` occurred in the training corpus, if it is known.
    pub fn count(&self, word: &str) -> Option<u64> {
        self.words.get(word).map(|e| e.count)
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Does the table hold no word?
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Number of distinct clusters (paths).
    pub fn cluster_count(&self) -> usize {
        self.paths.len()
    }

    /// `(word, path, count)` for every word, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str, u64)> + '_ {
        self.words
            .iter()
            .map(|(w, e)| (&**w, &*self.paths[e.path as usize], e.count))
    }

    /// The table in the text format, sorted by path, then by decreasing count,
    /// then by word, so that each cluster is a block that starts with its most
    /// frequent words.
    pub fn to_tsv(&self) -> String {
        let mut rows: Vec<(&str, &str, u64)> = self.iter().collect();
        rows.sort_unstable_by(|a, b| {
            (a.1, std::cmp::Reverse(a.2), a.0).cmp(&(b.1, std::cmp::Reverse(b.2), b.0))
        });
        let mut out = String::with_capacity(rows.len() * 32);
        for (word, path, count) in rows {
            use std::fmt::Write as _;
            let _ = writeln!(out, "{word}\t{path}\t{count}");
        }
        out
    }

    /// Build a table from `(word, path, count)` rows (paths interned).
    fn from_rows<'a>(rows: impl IntoIterator<Item = (&'a str, &'a str, u64)>) -> WordClusters {
        let mut clusters = WordClusters::default();
        let mut path_ids: FnvMap<&str, u32> = FnvMap::default();
        for (word, path, count) in rows {
            let next = clusters.paths.len() as u32;
            let path_id = *path_ids.entry(path).or_insert(next);
            if path_id == next {
                clusters.paths.push(path.into());
            }
            clusters.words.insert(
                word.into(),
                Entry {
                    path: path_id,
                    count,
                },
            );
        }
        clusters
    }
}

/// Options of [`train_clusters`].
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterOptions {
    /// Number of flat clusters (leaves of the tree).
    pub clusters: usize,
    /// Words seen fewer times are left out (and break the bigrams around them).
    pub min_count: usize,
    /// Most exchange passes over the vocabulary.
    pub max_passes: usize,
    /// Stop when a pass moves fewer than this share of the words.
    pub min_moved: f64,
    /// Worker threads (0: all available cores). Does not change the result.
    pub threads: usize,
}

impl Default for ClusterOptions {
    fn default() -> Self {
        ClusterOptions {
            clusters: 1000,
            min_count: 3,
            max_passes: 30,
            min_moved: 0.002,
            threads: 0,
        }
    }
}

/// What a training run did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClusterReport {
    /// Tokens read.
    pub tokens: u64,
    /// Distinct words read.
    pub types: usize,
    /// Words clustered (seen at least `min_count` times).
    pub vocabulary: usize,
    /// Bigrams of clustered words counted.
    pub bigrams: u64,
    /// Words moved in each exchange pass.
    pub moved: Vec<usize>,
    /// Mutual information of adjacent clusters (bits) after the exchange.
    pub mutual_information: f64,
    /// Seconds spent reading the sentences and counting, in the exchange
    /// passes, and building the tree.
    pub seconds: [f64; 3],
}

/// Learn word clusters from sentences of keys (see [`cluster_key`]).
/// Deterministic: the same input and options give the same table.
pub fn train_clusters(
    sentences: impl Iterator<Item = Vec<String>>,
    options: &ClusterOptions,
) -> WordClusters {
    train_clusters_with_report(sentences, options).0
}

/// [`train_clusters`], also returning what the run did.
pub fn train_clusters_with_report(
    sentences: impl Iterator<Item = Vec<String>>,
    options: &ClusterOptions,
) -> (WordClusters, ClusterReport) {
    let clock = std::time::Instant::now();
    let corpus = Corpus::read(sentences, options.min_count.max(1));
    let read = clock.elapsed().as_secs_f64();
    let mut report = ClusterReport {
        tokens: corpus.tokens,
        types: corpus.types,
        vocabulary: corpus.words.len(),
        bigrams: corpus.bigram_total,
        ..ClusterReport::default()
    };
    if corpus.words.is_empty() {
        return (WordClusters::default(), report);
    }
    let k = options.clusters.clamp(1, corpus.words.len());
    let threads = match options.threads {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    };
    let mut exchange = Exchange::new(&corpus, k);
    for _ in 0..options.max_passes {
        let moved = exchange.pass(threads);
        report.moved.push(moved);
        if (moved as f64) < options.min_moved * corpus.words.len() as f64 {
            break;
        }
    }
    report.mutual_information = exchange.mutual_information();
    let passes = clock.elapsed().as_secs_f64() - read;
    let leaf_paths = agglomerate(&exchange.class_matrix(), k, threads);
    report.seconds = [read, passes, clock.elapsed().as_secs_f64() - read - passes];
    let clusters = WordClusters::from_rows(corpus.words.iter().enumerate().map(|(w, word)| {
        (
            &**word,
            &*leaf_paths[exchange.class[w] as usize],
            corpus.counts[w],
        )
    }));
    (clusters, report)
}

/// The training corpus as word ids (most frequent first) and bigram lists.
struct Corpus {
    tokens: u64,
    types: usize,
    /// Words by id: decreasing count, then by bytes.
    words: Vec<Box<str>>,
    counts: Vec<u64>,
    /// Right neighbours of each word: `right[right_start[w]..right_start[w + 1]]`,
    /// `(neighbour, count)` sorted by neighbour.
    right_start: Vec<usize>,
    right: Vec<(u32, u32)>,
    /// Left neighbours, likewise.
    left_start: Vec<usize>,
    left: Vec<(u32, u32)>,
    bigram_total: u64,
}

/// Sentence separator in the id stream.
const BREAK: u32 = u32::MAX;

impl Corpus {
    fn read(sentences: impl Iterator<Item = Vec<String>>, min_count: usize) -> Corpus {
        // Intern every word, keep the text as an id stream.
        let mut ids: FnvMap<Box<str>, u32> = FnvMap::default();
        let mut names: Vec<Box<str>> = Vec::new();
        let mut counts: Vec<u64> = Vec::new();
        let mut stream: Vec<u32> = Vec::new();
        let mut tokens = 0u64;
        for sentence in sentences {
            for word in sentence {
                let id = match ids.get(word.as_str()) {
                    Some(&id) => id,
                    None => {
                        let id = names.len() as u32;
                        let word: Box<str> = word.into();
                        ids.insert(word.clone(), id);
                        names.push(word);
                        counts.push(0);
                        id
                    }
                };
                counts[id as usize] += 1;
                stream.push(id);
                tokens += 1;
            }
            stream.push(BREAK);
        }
        drop(ids);
        let types = names.len();

        // Final ids: frequent words first, ties by bytes (deterministic).
        let mut kept: Vec<u32> = (0..names.len() as u32)
            .filter(|&i| counts[i as usize] >= min_count as u64)
            .collect();
        kept.sort_unstable_by(|&a, &b| {
            counts[b as usize]
                .cmp(&counts[a as usize])
                .then_with(|| names[a as usize].cmp(&names[b as usize]))
        });
        let mut remap = vec![BREAK; names.len()];
        for (new, &old) in kept.iter().enumerate() {
            remap[old as usize] = new as u32;
        }
        let words: Vec<Box<str>> = kept
            .iter()
            .map(|&i| std::mem::take(&mut names[i as usize]))
            .collect();
        let kept_counts: Vec<u64> = kept.iter().map(|&i| counts[i as usize]).collect();

        // Bigrams of adjacent kept words, as sorted (left, right) keys.
        let mut pairs: Vec<u64> = Vec::with_capacity(stream.len());
        let mut prev = BREAK;
        for &t in &stream {
            let cur = if t == BREAK { BREAK } else { remap[t as usize] };
            if prev != BREAK && cur != BREAK {
                pairs.push(u64::from(prev) << 32 | u64::from(cur));
            }
            prev = cur;
        }
        drop(stream);
        let bigram_total = pairs.len() as u64;
        pairs.sort_unstable();
        let runs = run_lengths(&pairs);
        drop(pairs);
        let v = words.len();
        let (right_start, right) = adjacency(v, runs.iter().map(|&(key, n)| (key, n)));
        let mut flipped: Vec<(u64, u32)> = runs
            .iter()
            .map(|&(key, n)| (key.rotate_left(32), n))
            .collect();
        flipped.sort_unstable();
        let (left_start, left) = adjacency(v, flipped.into_iter());
        Corpus {
            tokens,
            types,
            words,
            counts: kept_counts,
            right_start,
            right,
            left_start,
            left,
            bigram_total,
        }
    }

    fn right(&self, w: usize) -> &[(u32, u32)] {
        &self.right[self.right_start[w]..self.right_start[w + 1]]
    }

    fn left(&self, w: usize) -> &[(u32, u32)] {
        &self.left[self.left_start[w]..self.left_start[w + 1]]
    }
}

/// `(key, count)` runs of a sorted key list.
fn run_lengths(sorted: &[u64]) -> Vec<(u64, u32)> {
    let mut runs: Vec<(u64, u32)> = Vec::new();
    for &key in sorted {
        match runs.last_mut() {
            Some((k, n)) if *k == key => *n += 1,
            _ => runs.push((key, 1)),
        }
    }
    runs
}

/// Compressed rows of `(row << 32 | col, count)` entries sorted by key.
fn adjacency(
    rows: usize,
    entries: impl Iterator<Item = (u64, u32)>,
) -> (Vec<usize>, Vec<(u32, u32)>) {
    let mut start = vec![0usize; rows + 1];
    let mut list = Vec::new();
    for (key, n) in entries {
        let row = (key >> 32) as usize;
        start[row + 1] += 1;
        list.push((key as u32, n));
    }
    for r in 0..rows {
        start[r + 1] += start[r];
    }
    (start, list)
}

/// `x ln x`, from a table for small counts.
struct XLogX {
    table: Vec<f64>,
}

impl XLogX {
    fn new() -> XLogX {
        let table = (0..1u64 << 18)
            .map(|x| {
                if x == 0 {
                    0.0
                } else {
                    x as f64 * (x as f64).ln()
                }
            })
            .collect();
        XLogX { table }
    }

    #[inline]
    fn f(&self, x: u64) -> f64 {
        match self.table.get(x as usize) {
            Some(&v) => v,
            None => x as f64 * (x as f64).ln(),
        }
    }
}

/// State of the exchange algorithm.
struct Exchange<'a> {
    corpus: &'a Corpus,
    k: usize,
    class: Vec<u32>,
    size: Vec<usize>,
    /// Class bigram counts, `m[a * k + b]` = n(a, b) …
    m: Vec<u64>,
    /// … and transposed, `mt[b * k + a]` = n(a, b).
    mt: Vec<u64>,
    /// Bigrams with the class on the left / on the right.
    left_total: Vec<u64>,
    right_total: Vec<u64>,
    /// Per word: bigrams with the word on the left / on the right.
    word_left: Vec<u64>,
    word_right: Vec<u64>,
    xlogx: XLogX,
}

/// A word's contexts by class: support list and dense counts.
struct Contexts {
    support: Vec<u32>,
    dense: Vec<u64>,
}

impl Contexts {
    fn new(k: usize) -> Contexts {
        Contexts {
            support: Vec::new(),
            dense: vec![0; k],
        }
    }

    fn clear(&mut self) {
        for &c in &self.support {
            self.dense[c as usize] = 0;
        }
        self.support.clear();
    }

    /// Fill from `(neighbour, count)`, leaving out `word` itself; returns the
    /// self-bigram count.
    fn fill(&mut self, list: &[(u32, u32)], word: usize, class: &[u32]) -> u64 {
        self.clear();
        let mut own = 0;
        for &(v, n) in list {
            if v as usize == word {
                own += u64::from(n);
                continue;
            }
            let c = class[v as usize];
            if self.dense[c as usize] == 0 {
                self.support.push(c);
            }
            self.dense[c as usize] += u64::from(n);
        }
        self.support.sort_unstable();
        own
    }
}

/// Evaluate the classes of a word on several threads above this much work
/// (contexts × classes); every size in tests, so that they cover the path.
const PARALLEL_WORK: usize = if cfg!(test) { 0 } else { 200_000 };

/// Gains below this (in nats of corpus log-likelihood) are noise.
const EPSILON: f64 = 1e-7;

impl<'a> Exchange<'a> {
    fn new(corpus: &'a Corpus, k: usize) -> Exchange<'a> {
        let v = corpus.words.len();
        // The k - 1 most frequent words alone, the rest together.
        let class: Vec<u32> = (0..v).map(|w| w.min(k - 1) as u32).collect();
        let word_left: Vec<u64> = (0..v)
            .map(|w| corpus.right(w).iter().map(|&(_, n)| u64::from(n)).sum())
            .collect();
        let word_right: Vec<u64> = (0..v)
            .map(|w| corpus.left(w).iter().map(|&(_, n)| u64::from(n)).sum())
            .collect();
        let mut ex = Exchange {
            corpus,
            k,
            class,
            size: vec![0; k],
            m: vec![0; k * k],
            mt: vec![0; k * k],
            left_total: vec![0; k],
            right_total: vec![0; k],
            word_left,
            word_right,
            xlogx: XLogX::new(),
        };
        ex.recount();
        ex
    }

    /// Class counts from the word classes.
    fn recount(&mut self) {
        let k = self.k;
        for v in [&mut self.m, &mut self.mt] {
            v.fill(0);
        }
        self.left_total.fill(0);
        self.right_total.fill(0);
        self.size.fill(0);
        for w in 0..self.class.len() {
            let a = self.class[w] as usize;
            for &(u, n) in self.corpus.right(w) {
                let b = self.class[u as usize] as usize;
                self.m[a * k + b] += u64::from(n);
                self.mt[b * k + a] += u64::from(n);
            }
            self.left_total[a] += self.word_left[w];
            self.right_total[a] += self.word_right[w];
            self.size[a] += 1;
        }
    }

    fn class_matrix(&self) -> Vec<u64> {
        self.m.clone()
    }

    /// Mutual information of adjacent classes, in bits.
    fn mutual_information(&self) -> f64 {
        let total: u64 = self.left_total.iter().sum();
        if total == 0 {
            return 0.0;
        }
        let n = total as f64;
        let mut mi = 0.0;
        for a in 0..self.k {
            for b in 0..self.k {
                let c = self.m[a * self.k + b];
                if c > 0 {
                    let c = c as f64;
                    mi += c / n
                        * (c * n / (self.left_total[a] as f64 * self.right_total[b] as f64)).ln();
                }
            }
        }
        mi / std::f64::consts::LN_2
    }

    /// Add (`sign` true) or remove word `w` with the given contexts to/from
    /// class `c`.
    fn apply(
        &mut self,
        w: usize,
        c: usize,
        right: &Contexts,
        left: &Contexts,
        own: u64,
        add: bool,
    ) {
        let k = self.k;
        let upd = |x: &mut u64, d: u64| {
            if add {
                *x += d
            } else {
                *x -= d
            }
        };
        for &d in &right.support {
            let d = d as usize;
            if d != c {
                let r = right.dense[d];
                upd(&mut self.m[c * k + d], r);
                upd(&mut self.mt[d * k + c], r);
            }
        }
        for &d in &left.support {
            let d = d as usize;
            if d != c {
                let l = left.dense[d];
                upd(&mut self.m[d * k + c], l);
                upd(&mut self.mt[c * k + d], l);
            }
        }
        let diag = right.dense[c] + left.dense[c] + own;
        upd(&mut self.m[c * k + c], diag);
        upd(&mut self.mt[c * k + c], diag);
        upd(&mut self.left_total[c], self.word_left[w]);
        upd(&mut self.right_total[c], self.word_right[w]);
        if add {
            self.size[c] += 1;
        } else {
            self.size[c] -= 1;
        }
    }

    /// Gains of adding the (removed) word to each class of `classes`.
    #[allow(clippy::too_many_arguments)]
    fn gains(
        &self,
        classes: std::ops::Range<usize>,
        right: &Contexts,
        left: &Contexts,
        own: u64,
        word_left: u64,
        word_right: u64,
        out: &mut [f64],
    ) {
        let k = self.k;
        let f = |x: u64| self.xlogx.f(x);
        out.fill(0.0);
        // Off-diagonal cells; the diagonal is corrected below.
        for &d in &right.support {
            let r = right.dense[d as usize];
            let row = &self.mt[d as usize * k..][classes.clone()];
            for (g, &x) in out.iter_mut().zip(row) {
                *g += f(x + r) - f(x);
            }
        }
        for &d in &left.support {
            let l = left.dense[d as usize];
            let row = &self.m[d as usize * k..][classes.clone()];
            for (g, &x) in out.iter_mut().zip(row) {
                *g += f(x + l) - f(x);
            }
        }
        for (g, b) in out.iter_mut().zip(classes) {
            let x = self.m[b * k + b];
            let (r, l) = (right.dense[b], left.dense[b]);
            let fx = f(x);
            if r > 0 {
                *g -= f(x + r) - fx;
            }
            if l > 0 {
                *g -= f(x + l) - fx;
            }
            *g += f(x + r + l + own) - fx;
            let lt = self.left_total[b];
            let rt = self.right_total[b];
            *g -= f(lt + word_left) - f(lt) + f(rt + word_right) - f(rt);
        }
    }

    /// One pass over the vocabulary; returns the number of words moved.
    fn pass(&mut self, threads: usize) -> usize {
        let k = self.k;
        let mut right = Contexts::new(k);
        let mut left = Contexts::new(k);
        let mut gains = vec![0.0f64; k];
        let mut moved = 0;
        for w in 0..self.corpus.words.len() {
            let a = self.class[w] as usize;
            if self.size[a] == 1 {
                continue;
            }
            let own = right.fill(self.corpus.right(w), w, &self.class);
            left.fill(self.corpus.left(w), w, &self.class);
            self.apply(w, a, &right, &left, own, false);
            let (wl, wr) = (self.word_left[w], self.word_right[w]);
            let work = (right.support.len() + left.support.len() + 1) * k;
            if threads > 1 && work > PARALLEL_WORK {
                let chunk = k.div_ceil(threads);
                let this = &*self;
                let (r, l) = (&right, &left);
                std::thread::scope(|s| {
                    let mut chunks = gains.chunks_mut(chunk).enumerate();
                    let (_, first) = chunks.next().expect("k > 0");
                    for (i, out) in chunks {
                        let lo = i * chunk;
                        let range = lo..lo + out.len();
                        s.spawn(move || this.gains(range, r, l, own, wl, wr, out));
                    }
                    this.gains(0..first.len(), r, l, own, wl, wr, first);
                });
            } else {
                self.gains(0..k, &right, &left, own, wl, wr, &mut gains);
            }
            let mut best = a;
            for (b, &g) in gains.iter().enumerate() {
                if g > gains[best] + EPSILON * (1.0 + gains[best].abs()) {
                    best = b;
                }
            }
            self.apply(w, best, &right, &left, own, true);
            if best != a {
                self.class[w] = best as u32;
                moved += 1;
            }
        }
        moved
    }
}

/// Fewer items than this are worked on one thread (every size in tests).
const PARALLEL_ITEMS: usize = if cfg!(test) { 2 } else { 64 };

/// Run `work` on each item, the items dealt round-robin to `threads` scoped
/// threads (the results do not depend on the dealing).
fn deal<T: Send>(threads: usize, items: Vec<T>, work: impl Fn(T) + Sync) {
    if threads <= 1 || items.len() < PARALLEL_ITEMS {
        items.into_iter().for_each(work);
        return;
    }
    let mut hands: Vec<Vec<T>> = (0..threads).map(|_| Vec::new()).collect();
    for (i, item) in items.into_iter().enumerate() {
        hands[i % threads].push(item);
    }
    let work = &work;
    std::thread::scope(|scope| {
        let mut hands = hands.into_iter();
        let mine = hands.next().unwrap_or_default();
        for hand in hands {
            scope.spawn(move || hand.into_iter().for_each(work));
        }
        mine.into_iter().for_each(work);
    });
}

/// Class bigram counts while the agglomeration merges classes.
struct Merging {
    k: usize,
    /// `m[a * k + b]` = n(a, b).
    m: Vec<u64>,
    /// Bigrams with the class on the left / on the right.
    row: Vec<u64>,
    col: Vec<u64>,
    xlogx: XLogX,
}

impl Merging {
    #[inline]
    fn n(&self, a: usize, b: usize) -> u64 {
        self.m[a * self.k + b]
    }

    #[inline]
    fn f(&self, x: u64) -> f64 {
        self.xlogx.f(x)
    }

    /// What context class `d` adds to the loss of merging x and y, with
    /// `xy_d` = n(x, d) + n(y, d) and `d_xy` = n(d, x) + n(d, y).
    #[inline]
    fn part(&self, x: usize, y: usize, d: usize, xy_d: u64, d_xy: u64) -> f64 {
        let f = |v| self.f(v);
        f(self.n(x, d)) + f(self.n(y, d)) - f(xy_d) + f(self.n(d, x)) + f(self.n(d, y)) - f(d_xy)
    }

    /// Loss of corpus log-likelihood (nats) when s and t merge.
    fn loss(&self, active: &[usize], s: usize, t: usize) -> f64 {
        let f = |v| self.f(v);
        let mut loss = 0.0;
        for &d in active {
            if d != s && d != t {
                let xy_d = self.n(s, d) + self.n(t, d);
                let d_xy = self.n(d, s) + self.n(d, t);
                loss += self.part(s, t, d, xy_d, d_xy);
            }
        }
        let (ss, st, ts, tt) = (self.n(s, s), self.n(s, t), self.n(t, s), self.n(t, t));
        loss += f(ss) + f(st) + f(ts) + f(tt) - f(ss + st + ts + tt);
        let (row, col) = (&self.row, &self.col);
        loss -= f(row[s]) + f(row[t]) - f(row[s] + row[t]);
        loss -= f(col[s]) + f(col[t]) - f(col[s] + col[t]);
        loss
    }

    /// Change of the loss of merging x and y when s and t (both apart from
    /// x and y) are about to merge: their two context parts become one.
    fn change(&self, x: usize, y: usize, s: usize, t: usize) -> f64 {
        let f = |v| self.f(v);
        let hs = self.part(
            x,
            y,
            s,
            self.n(x, s) + self.n(y, s),
            self.n(s, x) + self.n(s, y),
        );
        let ht = self.part(
            x,
            y,
            t,
            self.n(x, t) + self.n(y, t),
            self.n(t, x) + self.n(t, y),
        );
        let (xu, yu) = (self.n(x, s) + self.n(x, t), self.n(y, s) + self.n(y, t));
        let (ux, uy) = (self.n(s, x) + self.n(t, x), self.n(s, y) + self.n(t, y));
        let hu = f(xu) + f(yu) - f(xu + yu) + f(ux) + f(uy) - f(ux + uy);
        hu - hs - ht
    }

    /// Merge t into s.
    fn merge(&mut self, s: usize, t: usize) {
        let k = self.k;
        for d in 0..k {
            self.m[s * k + d] += self.m[t * k + d];
            self.m[t * k + d] = 0;
        }
        for d in 0..k {
            self.m[d * k + s] += self.m[d * k + t];
            self.m[d * k + t] = 0;
        }
        self.row[s] += self.row[t];
        self.col[s] += self.col[t];
    }
}

/// Merge `k` flat clusters with class bigram counts `m` (`k × k`) into a
/// binary tree, least mutual-information loss first (ties: the first pair
/// in index order); returns each cluster's root-to-leaf bit string.
fn agglomerate(m: &[u64], k: usize, threads: usize) -> Vec<String> {
    if k == 1 {
        return vec!["0".to_string()];
    }
    let mut g = Merging {
        k,
        m: m.to_vec(),
        row: (0..k).map(|a| m[a * k..][..k].iter().sum()).collect(),
        col: (0..k).map(|b| (0..k).map(|a| m[a * k + b]).sum()).collect(),
        xlogx: XLogX::new(),
    };
    let mut active: Vec<usize> = (0..k).collect();
    // Tree: leaves 0..k, then one node per merge, with its children.
    let mut children: Vec<Option<(usize, usize)>> = vec![None; k];
    let mut weight: Vec<u64> = (0..k).map(|a| g.row[a] + g.col[a]).collect();
    let mut node: Vec<usize> = (0..k).collect();

    // loss[x * k + y], x < y, for active x and y.
    let mut loss = vec![f64::INFINITY; k * k];
    {
        let (g, active) = (&g, &active);
        let rows: Vec<(usize, &mut [f64])> = loss.chunks_mut(k).enumerate().collect();
        deal(threads, rows, |(x, row)| {
            for &y in active.iter().filter(|&&y| y > x) {
                row[y] = g.loss(active, x, y);
            }
        });
    }
    while active.len() > 1 {
        let mut best = (f64::INFINITY, 0, 0);
        for (i, &s) in active.iter().enumerate() {
            for &t in &active[i + 1..] {
                if loss[s * k + t] < best.0 {
                    best = (loss[s * k + t], s, t);
                }
            }
        }
        let (_, s, t) = best;
        {
            let (g, active) = (&g, &active);
            let rows: Vec<(usize, &mut [f64])> = loss
                .chunks_mut(k)
                .enumerate()
                .filter(|(x, _)| active.binary_search(x).is_ok() && *x != s && *x != t)
                .collect();
            deal(threads, rows, |(x, row)| {
                for &y in active.iter().filter(|&&y| y > x && y != s && y != t) {
                    row[y] += g.change(x, y, s, t);
                }
            });
        }
        g.merge(s, t);
        active.retain(|&x| x != t);
        let (a, b) = (node[s], node[t]);
        let pair = if (weight[b], a) > (weight[a], b) {
            (b, a)
        } else {
            (a, b)
        };
        children.push(Some(pair));
        weight.push(weight[a] + weight[b]);
        node[s] = children.len() - 1;
        // Pairs with the merged class, from scratch.
        let mut fresh = vec![0.0; active.len()];
        {
            let (g, active) = (&g, &active);
            let slots: Vec<(usize, &mut f64)> = active.iter().copied().zip(&mut fresh).collect();
            deal(threads, slots, |(y, out)| {
                if y != s {
                    *out = g.loss(active, s.min(y), s.max(y));
                }
            });
        }
        for (&y, &v) in active.iter().zip(&fresh) {
            if y != s {
                loss[s.min(y) * k + s.max(y)] = v;
            }
        }
    }
    // Paths from the root: the heavier child is 0.
    let mut paths = vec![String::new(); children.len()];
    for n in (0..children.len()).rev() {
        if let Some((a, b)) = children[n] {
            let p = paths[n].clone();
            paths[a] = format!("{p}0");
            paths[b] = format!("{p}1");
        }
    }
    paths.truncate(k);
    paths
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Animals and colours fill the same slots of different frames.
    fn corpus() -> Vec<Vec<String>> {
        let animals = ["cat", "dog", "cow", "horse", "goat"];
        let colours = ["red", "blue", "green", "black", "white"];
        let mut out = Vec::new();
        for (i, a) in animals.iter().enumerate() {
            for (j, c) in colours.iter().enumerate() {
                let s = |t: &str| t.split(' ').map(String::from).collect::<Vec<_>>();
                out.push(s(&format!("the {a} is {c} today")));
                out.push(s(&format!("a {c} {a} runs")));
                if (i + j) % 2 == 0 {
                    out.push(s(&format!("my {a} saw the {c} car")));
                }
            }
        }
        out
    }

    fn options(clusters: usize, threads: usize) -> ClusterOptions {
        ClusterOptions {
            clusters,
            min_count: 1,
            threads,
            ..ClusterOptions::default()
        }
    }

    #[test]
    fn words_sharing_contexts_share_a_cluster() {
        let clusters = train_clusters(corpus().into_iter(), &options(8, 1));
        let cat = clusters.path("cat").unwrap();
        let red = clusters.path("red").unwrap();
        assert_ne!(cat, red);
        for a in ["dog", "cow", "horse", "goat"] {
            assert_eq!(clusters.path(a), Some(cat), "{a}\n{}", clusters.to_tsv());
        }
        for c in ["blue", "green", "black", "white"] {
            assert_eq!(clusters.path(c), Some(red), "{c}\n{}", clusters.to_tsv());
        }
        assert_ne!(clusters.path("the"), Some(cat));
        assert_eq!(clusters.path("zebra"), None);
    }

    #[test]
    fn exchange_keeps_its_counts_and_never_loses_likelihood() {
        let corpus = Corpus::read(corpus().into_iter(), 1);
        let mut ex = Exchange::new(&corpus, 5);
        let mut mi = ex.mutual_information();
        for threads in [1, 2, 1] {
            ex.pass(threads);
            let fresh = {
                let mut again = Exchange::new(&corpus, 5);
                again.class.clone_from(&ex.class);
                again.recount();
                again
            };
            assert_eq!(ex.m, fresh.m);
            assert_eq!(ex.mt, fresh.mt);
            assert_eq!(ex.left_total, fresh.left_total);
            assert_eq!(ex.right_total, fresh.right_total);
            assert!(ex.mutual_information() >= mi - 1e-12);
            mi = ex.mutual_information();
        }
    }

    #[test]
    fn paths_are_a_prefix_free_tree() {
        let clusters = train_clusters(corpus().into_iter(), &options(8, 1));
        let mut paths: Vec<&str> = clusters.iter().map(|(_, p, _)| p).collect();
        paths.sort_unstable();
        paths.dedup();
        assert_eq!(paths.len(), 8);
        for (i, p) in paths.iter().enumerate() {
            assert!(!p.is_empty());
            for q in &paths[i + 1..] {
                assert!(!q.starts_with(p), "{p} is a prefix of {q}");
            }
        }
    }

    #[test]
    fn training_is_deterministic_across_threads() {
        let one = train_clusters(corpus().into_iter(), &options(6, 1)).to_tsv();
        let two = train_clusters(corpus().into_iter(), &options(6, 2)).to_tsv();
        let again = train_clusters(corpus().into_iter(), &options(6, 2)).to_tsv();
        assert_eq!(one, two);
        assert_eq!(two, again);
    }

    #[test]
    fn tsv_round_trips() {
        let clusters = train_clusters(corpus().into_iter(), &options(4, 1));
        let tsv = clusters.to_tsv();
        let parsed = WordClusters::parse(&tsv).unwrap();
        assert_eq!(parsed.to_tsv(), tsv);
        assert_eq!(parsed.len(), clusters.len());
        let the = corpus().iter().flatten().filter(|w| *w == "the").count();
        assert_eq!(parsed.count("the"), Some(the as u64));
    }

    #[test]
    fn prefix_is_cut_at_the_path_length() {
        let c = WordClusters::parse("# comment\n\nموسكو\t0110\t3\n").unwrap();
        assert_eq!(c.prefix("موسكو", 2), Some("01"));
        assert_eq!(c.prefix("موسكو", 10), Some("0110"));
        assert_eq!(c.prefix("باريس", 2), None);
        assert_eq!(c.cluster_count(), 1);
    }

    #[test]
    fn parse_rejects_malformed_lines() {
        for (tsv, line) in [
            ("a\t01\n", 1),
            ("a\t01\t3\nb\t012\t1\n", 2),
            ("a\t\t3\n", 1),
            ("a\t01\tx\n", 1),
            ("a\t01\t3\na\t1\t3\n", 2),
            ("a\t01\t3\textra\n", 1),
        ] {
            assert_eq!(WordClusters::parse(tsv).unwrap_err().line, line, "{tsv:?}");
        }
    }

    #[test]
    fn rare_words_are_left_out() {
        let sentences = vec![vec!["a".to_string(), "b".into()], vec!["a".into()]];
        let (clusters, report) = train_clusters_with_report(
            sentences.into_iter(),
            &ClusterOptions {
                min_count: 2,
                ..options(2, 1)
            },
        );
        assert_eq!(clusters.len(), 1);
        assert_eq!(clusters.path("a"), Some("0"));
        assert_eq!(report.tokens, 3);
        assert_eq!(report.types, 2);
    }

    #[test]
    fn empty_input_gives_an_empty_table() {
        let clusters = train_clusters(std::iter::empty(), &ClusterOptions::default());
        assert!(clusters.is_empty());
        assert_eq!(clusters.to_tsv(), "");
    }
}
