//! The statistical entity tagger.
//!
//! Averaged structured perceptrons over BILOU states, read out as IOB2 tags
//! with ANERcorp's labels ([`tags`]), trained by [`train`] on features from
//! the text layer ([`features`]): search forms, clitic-free stems, light
//! stems, affixes, shapes, word clusters learned from raw news, how the raw
//! corpus uses the word, and gazetteer hits. Two passes: the second also
//! sees how the first tagged the other occurrences of each word in the
//! document, and the first pass's tags around each token. Decoding is
//! first-order Viterbi restricted to valid BILOU sequences.
//!
//! Why a perceptron: it trains in seconds (so that every design choice could
//! be measured on development folds, see `data/ner/MODEL.md`), it is small
//! and deterministic, and it tags hundreds of thousands of tokens a second
//! on one core. A linear-chain CRF on the same features ([`crf`], `akhbar
//! train ner --learner crf`) scored no better on the development folds than
//! one perceptron, and below the average of five that ships (see
//! `data/ner/MODEL.md`). It has not been compared with a neural tagger; on
//! ANERcorp it stays below the published neural results (see the README's
//! figures).
pub mod crf;
pub mod features;
pub mod model;
pub mod tags;
pub mod train;

use akhbar_text::hash::WordCache;
use akhbar_text::segment::SegmentCache;

use self::features::{
    after_features, before_features, sentence_features, ClusterLookup, Listing, WordAnalyzer,
    WordInfo,
};
use self::model::PackedModel;
pub use self::model::{NerModel, NerModelError};
use self::tags::N_STATES;
pub use self::tags::{NerLabel, Tag};

/// Reusable buffers and caches for [`EntityTagger::tag_document`] and
/// [`EntityTagger::tag`]; keep one per thread.
///
/// The word cache holds at most twice its capacity in distinct words, except
/// while a document with more words than that is tagged: its words all stay
/// cached until it is done.
pub struct TaggerScratch {
    /// Per distinct word: its analysis and the summed weights, under each
    /// pass's model, of its own features and of those it gives its
    /// neighbours (for the tagger that filled it).
    words: WordCache<CachedWord>,
    /// The tagger whose weights `words` holds (its address).
    owner: usize,
    segments: SegmentCache,
    features: Vec<Vec<u64>>,
    emissions: Vec<[f32; N_STATES]>,
}

impl Default for TaggerScratch {
    fn default() -> Self {
        TaggerScratch::with_capacity(50_000)
    }
}

impl TaggerScratch {
    /// Scratch space caching the analyses of at most twice `words` distinct
    /// words (two generations: the words in use stay).
    pub fn with_capacity(words: usize) -> TaggerScratch {
        TaggerScratch {
            words: WordCache::new(words),
            owner: 0,
            segments: SegmentCache::new(words),
            features: Vec::new(),
            emissions: Vec::new(),
        }
    }

    /// The cache of clitic segmentations (see `ExtractScratch::segments`).
    pub(crate) fn segments_mut(&mut self) -> &mut SegmentCache {
        &mut self.segments
    }
}

/// Summed weights of some features under each pass's model (in the units
/// of [`PackedModel`]).
type PassSums = [[i32; N_STATES]; 2];

/// A word's analysis and the summed weights, per pass, of its own features
/// and of the features it gives its neighbours on its own: a token's
/// emission scores then take three cached sums and the look-ups of the
/// features that combine words ([`Listing::Combined`]).
struct CachedWord {
    /// The analysis, without its own features (`info.own` is empty: their
    /// weights are in `own`).
    info: WordInfo,
    own: PassSums,
    /// [`before_features`]: this word as the previous word of a token.
    before: PassSums,
    /// [`after_features`]: this word as the next word of a token.
    after: PassSums,
}

/// The sums a word (or the sentence edge, `WordInfo::default()`) gives.
fn pass_sums(base: &PackedModel, context: Option<&PackedModel>, features: &[u64]) -> PassSums {
    let mut sums = [[0i32; N_STATES]; 2];
    base.add_weights(features, &mut sums[0]);
    if let Some(c) = context {
        c.add_weights(features, &mut sums[1]);
    }
    sums
}

/// The tagger's two models: the first pass tags each sentence alone; the
/// second sees, in addition, how the first pass tagged other occurrences of
/// the same words in the document ([`document_bits`]).
#[derive(Clone, Debug, Default)]
pub struct TaggerModels {
    /// First pass.
    pub base: NerModel,
    /// Second pass (absent: the first pass decides).
    pub context: Option<NerModel>,
}

impl TaggerModels {
    /// Both models, one after the other, in [`NerModel::to_bytes`] format.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = self.base.to_bytes();
        if let Some(c) = &self.context {
            out.extend(c.to_bytes());
        }
        out
    }

    /// Reads [`to_bytes`](Self::to_bytes) output.
    pub fn from_bytes(bytes: &[u8]) -> Result<TaggerModels, NerModelError> {
        let (base, context) = model::read_passes(bytes, NerModel::read)?;
        Ok(TaggerModels { base, context })
    }
}

/// Occurrences looked at on each side of a token by [`document_bits`].
const NEAREST: usize = 64;

/// For each token, the bits (one per [`Tag`] index) of the first-pass tags
/// of the *other* occurrences of its document key within `window` sentences.
pub fn document_bits(keys: &[Vec<Option<u64>>], tags: &[Vec<Tag>], window: usize) -> Vec<Vec<u32>> {
    let mut seen: model::FeatureMap<Vec<(u32, u32, u8)>> = model::FeatureMap::default();
    for (s, (ks, ts)) in keys.iter().zip(tags).enumerate() {
        for (i, (k, t)) in ks.iter().zip(ts).enumerate() {
            if let (Some(k), true) = (k, *t != Tag::O) {
                seen.entry(*k)
                    .or_default()
                    .push((s as u32, i as u32, t.index() as u8));
            }
        }
    }
    keys.iter()
        .enumerate()
        .map(|(s, ks)| {
            ks.iter()
                .enumerate()
                .map(|(i, k)| {
                    let Some(list) = k.and_then(|k| seen.get(&k)) else {
                        return 0;
                    };
                    // The occurrences nearest to this one, at most
                    // NEAREST on each side: linear time even when one word
                    // fills a 50,000-token sentence.
                    let at =
                        list.partition_point(|&(os, oi, _)| (os as usize, oi as usize) < (s, i));
                    let from = at.saturating_sub(NEAREST);
                    let to = (at + NEAREST + 1).min(list.len());
                    let mut bits = 0u32;
                    for &(os, oi, t) in &list[from..to] {
                        let near = (os as usize).abs_diff(s) <= window;
                        if near && (os as usize, oi as usize) != (s, i) {
                            bits |= 1 << t;
                        }
                    }
                    bits
                })
                .collect()
        })
        .collect()
}

/// Tags token sequences with IOB2 entity tags.
pub struct EntityTagger<'c> {
    /// First pass.
    base: PackedModel,
    /// Second pass (absent: the first pass decides).
    context: Option<PackedModel>,
    analyzer: WordAnalyzer<'c>,
    window: usize,
    /// What the sentence edge gives the first token as its previous word
    /// and the last as its next ([`CachedWord::before`], `after`).
    edge_before: PassSums,
    edge_after: PassSums,
}

impl<'c> EntityTagger<'c> {
    /// A tagger with `models`, whose features use `clusters` (the clusters
    /// the models were trained with).
    pub fn new(models: TaggerModels, clusters: &'c dyn ClusterLookup) -> EntityTagger<'c> {
        EntityTagger::with_packed(
            PackedModel::new(&models.base),
            models.context.as_ref().map(PackedModel::new),
            clusters,
        )
    }

    /// A tagger with the models of a model file ([`TaggerModels::to_bytes`]),
    /// read straight into the form the tagger uses.
    pub fn from_bytes(
        bytes: &[u8],
        clusters: &'c dyn ClusterLookup,
    ) -> Result<EntityTagger<'c>, NerModelError> {
        let (base, context) = model::read_passes(bytes, PackedModel::read)?;
        Ok(EntityTagger::with_packed(base, context, clusters))
    }

    fn with_packed(
        base: PackedModel,
        context: Option<PackedModel>,
        clusters: &'c dyn ClusterLookup,
    ) -> EntityTagger<'c> {
        let edge = WordInfo::default();
        EntityTagger {
            edge_before: pass_sums(&base, context.as_ref(), &before_features(&edge)),
            edge_after: pass_sums(&base, context.as_ref(), &after_features(&edge)),
            base,
            context,
            analyzer: WordAnalyzer::new(clusters),
            window: DOCUMENT_WINDOW,
        }
    }

    /// First-pass features of each token of a sentence. `gazetteer` holds
    /// per-token gazetteer bits (or is empty).
    pub fn features<S: AsRef<str>>(
        &self,
        tokens: &[S],
        gazetteer: &[u32],
        scratch: &mut TaggerScratch,
    ) -> Vec<Vec<u64>> {
        // Analyzed afresh: the word cache keeps no feature lists, only
        // their summed weights.
        let infos: Vec<WordInfo> = tokens
            .iter()
            .map(|t| self.analyzer.analyze(t.as_ref(), &mut scratch.segments))
            .collect();
        let refs: Vec<&WordInfo> = infos.iter().collect();
        sentence_features(&refs, gazetteer, Listing::All, &mut scratch.features);
        std::mem::take(&mut scratch.features)
    }

    /// The document key of each token (see [`WordInfo::document_key`]).
    pub fn document_keys<S: AsRef<str>>(
        &self,
        tokens: &[S],
        scratch: &mut TaggerScratch,
    ) -> Vec<Option<u64>> {
        self.cache_words(tokens, tokens.len(), scratch);
        cached(&scratch.words, tokens)
            .iter()
            .map(|w| w.info.document_key())
            .collect()
    }

    /// Caches the analysis of each of the `n` words `tokens`; they all stay
    /// cached together.
    fn cache_words<'t, S: AsRef<str> + 't>(
        &self,
        tokens: impl IntoIterator<Item = &'t S>,
        n: usize,
        scratch: &mut TaggerScratch,
    ) {
        let me = self as *const Self as usize;
        if scratch.owner != me {
            scratch.words.clear();
            scratch.owner = me;
        }
        scratch.words.make_room(n);
        for t in tokens {
            scratch.words.get_or_insert_keep(t.as_ref(), || {
                let mut info = self.analyzer.analyze(t.as_ref(), &mut scratch.segments);
                let sums =
                    |features: &[u64]| pass_sums(&self.base, self.context.as_ref(), features);
                let own = sums(&info.own);
                // Its weights are summed: the list itself is not needed
                // again, and thousands of cached words would keep it.
                info.own = Vec::new();
                CachedWord {
                    own,
                    before: sums(&before_features(&info)),
                    after: sums(&after_features(&info)),
                    info,
                }
            });
        }
    }

    /// Tags the sentences of one document. `gazetteer[s]` holds the
    /// per-token gazetteer bits of sentence `s` (or is empty).
    pub fn tag_document<T, S>(
        &self,
        sentences: &[T],
        gazetteer: &[Vec<u32>],
        scratch: &mut TaggerScratch,
    ) -> Vec<Vec<Tag>>
    where
        T: AsRef<[S]>,
        S: AsRef<str>,
    {
        let no_bits = Vec::new();
        let gaz = |s: usize| gazetteer.get(s).unwrap_or(&no_bits);
        // Every word of the document is analyzed (or found cached) once and
        // stays cached while the document is tagged; both passes then read
        // it without looking it up again.
        let n_tokens = sentences.iter().map(|t| t.as_ref().len()).sum();
        self.cache_words(sentences.iter().flat_map(|t| t.as_ref()), n_tokens, scratch);
        let TaggerScratch {
            words,
            features: feats,
            emissions,
            ..
        } = scratch;
        let doc_words: Vec<Vec<&CachedWord>> = sentences
            .iter()
            .map(|t| cached(words, t.as_ref()))
            .collect();
        let doc_infos: Vec<Vec<&WordInfo>> = doc_words.iter().map(|w| infos(w)).collect();
        let mut first = Vec::with_capacity(sentences.len());
        // The second pass sees the first pass's context features plus its
        // own: each sentence's are kept rather than computed twice.
        let mut doc_feats: Vec<Vec<Vec<u64>>> = Vec::with_capacity(sentences.len());
        for (s, words) in doc_words.iter().enumerate() {
            sentence_features(&doc_infos[s], gaz(s), Listing::Combined, feats);
            let mut tags = Vec::new();
            self.decode_cached(0, feats, words, emissions, &mut tags);
            first.push(tags);
            if self.context.is_some() {
                doc_feats.push(std::mem::take(feats));
            }
        }
        if self.context.is_none() {
            return first;
        }
        let keys: Vec<Vec<Option<u64>>> = doc_words
            .iter()
            .map(|words| words.iter().map(|w| w.info.document_key()).collect())
            .collect();
        let bits = document_bits(&keys, &first, self.window);
        let mut out = Vec::with_capacity(sentences.len());
        for ((s, words), sentence_feats) in doc_words.iter().enumerate().zip(&mut doc_feats) {
            for (i, (f, &b)) in sentence_feats.iter_mut().zip(&bits[s]).enumerate() {
                features::add_second_pass_features(b, &first[s], i, f);
            }
            let mut tags = Vec::new();
            self.decode_cached(1, sentence_feats, words, emissions, &mut tags);
            out.push(tags);
        }
        // The longest sentence's lists go back to the scratch space.
        if let Some(longest) = doc_feats.into_iter().max_by_key(Vec::len) {
            *feats = longest;
        }
        out
    }

    /// Decodes one sentence with pass `pass`'s model (0: the first, 1: the
    /// second): `features` holds its [`Listing::Combined`] features and
    /// `words` its cached words, whose sums for the pass are added.
    fn decode_cached(
        &self,
        pass: usize,
        features: &[Vec<u64>],
        words: &[&CachedWord],
        emissions: &mut Vec<[f32; N_STATES]>,
        out: &mut Vec<Tag>,
    ) {
        let model = match pass {
            0 => &self.base,
            _ => self.context.as_ref().expect("a second pass has its model"),
        };
        emissions.clear();
        for (i, (f, w)) in features.iter().zip(words).enumerate() {
            let before = match i.checked_sub(1) {
                Some(p) => &words[p].before[pass],
                None => &self.edge_before[pass],
            };
            let after = words
                .get(i + 1)
                .map_or(&self.edge_after[pass], |q| &q.after[pass]);
            let mut sums = w.own[pass];
            for (s, (b, a)) in sums.iter_mut().zip(before.iter().zip(after)) {
                *s += b + a;
            }
            model.add_weights(f, &mut sums);
            emissions.push(model.scores(&sums));
        }
        model.decode(emissions, out);
    }

    /// Tags one sentence on its own (no document context, first pass only).
    pub fn tag<S: AsRef<str>>(
        &self,
        tokens: &[S],
        gazetteer: &[u32],
        scratch: &mut TaggerScratch,
    ) -> Vec<Tag> {
        let mut out = Vec::with_capacity(tokens.len());
        self.cache_words(tokens, tokens.len(), scratch);
        let TaggerScratch {
            words,
            features,
            emissions,
            ..
        } = scratch;
        let sentence = cached(words, tokens);
        sentence_features(&infos(&sentence), gazetteer, Listing::Combined, features);
        self.decode_cached(0, features, &sentence, emissions, &mut out);
        out
    }
}

/// The cached entries of `tokens` (cached by [`EntityTagger::cache_words`]).
fn cached<'w, S: AsRef<str>>(
    words: &'w WordCache<CachedWord>,
    tokens: &[S],
) -> Vec<&'w CachedWord> {
    tokens
        .iter()
        .map(|t| words.get(t.as_ref()).expect("cached by cache_words"))
        .collect()
}

/// The analyses of `words`, for [`sentence_features`].
fn infos<'w>(words: &[&'w CachedWord]) -> Vec<&'w WordInfo> {
    words.iter().map(|w| &w.info).collect()
}

/// How many sentences before and after count as a token's document context
/// when a file has no document boundaries (CoNLL files).
pub const DOCUMENT_WINDOW: usize = 15;
