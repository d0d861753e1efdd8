//! Training the tagger: an averaged structured perceptron (Collins 2002)
//! over the features of [`features`](super::features), decoded with the same
//! constrained Viterbi the tagger uses.
use super::model::{decode, FeatureMap, NerModel};
use super::tags::{State, Tag, N_STATES};

/// One training sentence: the features of each token and its gold tag.
#[derive(Clone, Debug)]
pub struct TrainingSentence {
    /// Feature hashes per token.
    pub features: Vec<Vec<u64>>,
    /// Gold tags.
    pub tags: Vec<Tag>,
}

/// Training settings.
#[derive(Clone, Debug)]
pub struct TrainOptions {
    /// Passes over the data.
    pub epochs: usize,
    /// Features seen fewer times in training are dropped.
    pub min_count: u32,
    /// Seed of the per-epoch shuffle.
    pub seed: u64,
    /// How many models (different shuffle seeds) to average.
    pub ensemble: usize,
    /// Probability of hiding a token's identity features (the first
    /// [`LEXICAL`](super::features::LEXICAL) of its list) for one update, so
    /// that the model also learns to recognise names from context, affixes
    /// and clusters, as it must for words it never saw.
    pub word_dropout: f32,
    /// Share of training sentences whose gazetteer hits are hidden, so that
    /// the model does not lean on the gazetteer for names it misses.
    pub gazetteer_dropout: f32,
    /// How the weights are learned.
    pub learner: Learner,
}

/// The learning algorithm of [`train`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Learner {
    /// The averaged structured perceptron (Collins 2002).
    Perceptron,
    /// A linear-chain CRF (Lafferty et al. 2001) fitted by stochastic
    /// gradient descent on the L2-penalized log-likelihood: see
    /// [`crf`](super::crf).
    Crf {
        /// The L2 penalty of the feature weights: each sentence's step
        /// shrinks them by `rate * l2 / n` (n sentences), so that a pass
        /// over the data shrinks them as a penalty of `l2 / 2 * |w|²` would.
        l2: f32,
        /// The step size at the start; it falls as `rate / (1 + t / n)`
        /// after `t` sentences of a pass of `n`.
        rate: f32,
    },
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 15,
            min_count: 1,
            seed: 0x5eed,
            word_dropout: 0.3,
            ensemble: 5,
            gazetteer_dropout: 0.0,
            learner: Learner::Perceptron,
        }
    }
}

/// A training sentence with its features numbered and its gold states.
pub(super) struct Dense {
    pub(super) features: Vec<Vec<u32>>,
    /// Per token: how many of its (kept) features are identity features.
    pub(super) lexical: Vec<u8>,
    pub(super) tags: Vec<usize>,
}

/// The perceptron's state: current weights `w`, and `u`, the sum of each
/// update times the step it happened at, so that the average is `w - u / c`.
struct Perceptron {
    w: Vec<f32>,
    u: Vec<f32>,
    tw: [[f32; N_STATES]; N_STATES + 1],
    tu: [[f32; N_STATES]; N_STATES + 1],
    c: f32,
}

impl Perceptron {
    fn emissions(&self, s: &Dense, skip: &[u8], out: &mut Vec<[f32; N_STATES]>) {
        out.clear();
        for (f, &k) in s.features.iter().zip(skip) {
            let mut e = [0f32; N_STATES];
            for &id in &f[k as usize..] {
                let w = &self.w[id as usize * N_STATES..][..N_STATES];
                for (a, b) in e.iter_mut().zip(w) {
                    *a += b;
                }
            }
            out.push(e);
        }
    }

    fn update(&mut self, s: &Dense, skip: &[u8], guess: &[State]) {
        let c = self.c;
        let mut prev_gold = N_STATES;
        let mut prev_guess = N_STATES;
        for (i, f) in s.features.iter().enumerate() {
            let gold = s.tags[i];
            let got = guess[i].index();
            if gold != got {
                for &id in &f[skip[i] as usize..] {
                    let at = id as usize * N_STATES;
                    self.w[at + gold] += 1.0;
                    self.u[at + gold] += c;
                    self.w[at + got] -= 1.0;
                    self.u[at + got] -= c;
                }
            }
            if gold != got || prev_gold != prev_guess {
                self.tw[prev_gold][gold] += 1.0;
                self.tu[prev_gold][gold] += c;
                self.tw[prev_guess][got] -= 1.0;
                self.tu[prev_guess][got] -= c;
            }
            prev_gold = gold;
            prev_guess = got;
        }
    }

    fn averaged(&self, index: &FeatureMap<u32>) -> NerModel {
        let c = self.c.max(1.0);
        let mut transitions = [[0f32; N_STATES]; N_STATES + 1];
        for (p, row) in transitions.iter_mut().enumerate() {
            for (t, w) in row.iter_mut().enumerate() {
                *w = self.tw[p][t] - self.tu[p][t] / c;
            }
        }
        model_from_rows(
            index,
            |at, t| self.w[at + t] - self.u[at + t] / c,
            transitions,
        )
    }
}

/// The model with the weights `weight(id * N_STATES, state)` of the
/// features in `index`, leaving out the rows whose weights all vanish
/// (they carry nothing).
pub(super) fn model_from_rows(
    index: &FeatureMap<u32>,
    weight: impl Fn(usize, usize) -> f32,
    transitions: [[f32; N_STATES]; N_STATES + 1],
) -> NerModel {
    let mut rows = FeatureMap::default();
    let mut weights = Vec::new();
    let mut ids: Vec<(u64, u32)> = index.iter().map(|(&h, &i)| (h, i)).collect();
    ids.sort_unstable();
    for (hash, id) in ids {
        let at = id as usize * N_STATES;
        let row: Vec<f32> = (0..N_STATES).map(|t| weight(at, t)).collect();
        if row.iter().all(|w| w.abs() < 1e-3) {
            continue;
        }
        rows.insert(hash, (weights.len() / N_STATES) as u32);
        weights.extend(row);
    }
    NerModel {
        rows,
        weights,
        transitions,
    }
}

/// Called after each epoch with the model so far (the perceptron's
/// average, the CRF's weights).
pub type EpochHook<'a> = dyn FnMut(usize, &NerModel) + 'a;

/// Trains a model on `sentences` with [`learner`](TrainOptions::learner):
/// the average of [`ensemble`](TrainOptions::ensemble) models that differ in
/// their shuffles. `on_epoch(epoch, model)` sees the model after each pass
/// (to score a development set) when a single model is trained; it is only
/// built when `on_epoch` is given.
pub fn train(
    sentences: &[TrainingSentence],
    options: &TrainOptions,
    on_epoch: Option<&mut EpochHook<'_>>,
) -> NerModel {
    let k = options.ensemble.max(1);
    if k == 1 {
        return train_one(sentences, options, on_epoch);
    }
    // Perceptrons trained on different shuffles (and word-dropout draws)
    // make different mistakes; their average is a better model than any
    // (akhbar train ner --dry-run: development F1 +0.9 over folds 0/3/6/9).
    let models: Vec<NerModel> = (0..k as u64)
        .map(|i| {
            let o = TrainOptions {
                seed: options.seed.wrapping_add(i * 7919),
                ..options.clone()
            };
            train_one(sentences, &o, None)
        })
        .collect();
    let mut rows: FeatureMap<u32> = FeatureMap::default();
    let mut weights: Vec<f32> = Vec::new();
    let mut transitions = [[0f32; N_STATES]; N_STATES + 1];
    let mut keys: Vec<u64> = models.iter().flat_map(|m| m.rows.keys().copied()).collect();
    keys.sort_unstable();
    keys.dedup();
    for h in keys {
        let mut row = [0f32; N_STATES];
        for m in &models {
            if let Some(&r) = m.rows.get(&h) {
                for (a, b) in row
                    .iter_mut()
                    .zip(&m.weights[r as usize * N_STATES..][..N_STATES])
                {
                    *a += b / k as f32;
                }
            }
        }
        rows.insert(h, (weights.len() / N_STATES) as u32);
        weights.extend(row);
    }
    for m in &models {
        for (a, b) in transitions
            .iter_mut()
            .flatten()
            .zip(m.transitions.iter().flatten())
        {
            *a += b / k as f32;
        }
    }
    NerModel {
        rows,
        weights,
        transitions,
    }
}

fn train_one(
    sentences: &[TrainingSentence],
    options: &TrainOptions,
    mut on_epoch: Option<&mut EpochHook<'_>>,
) -> NerModel {
    // Number the features seen often enough.
    let mut counts: FeatureMap<u32> = FeatureMap::default();
    for s in sentences {
        for f in s.features.iter().flatten() {
            *counts.entry(*f).or_default() += 1;
        }
    }
    let mut kept: Vec<u64> = counts
        .iter()
        .filter(|(_, &n)| n >= options.min_count)
        .map(|(&h, _)| h)
        .collect();
    kept.sort_unstable();
    let index: FeatureMap<u32> = kept
        .iter()
        .enumerate()
        .map(|(i, &h)| (h, i as u32))
        .collect();
    let data: Vec<Dense> = sentences
        .iter()
        .map(|s| Dense {
            features: s
                .features
                .iter()
                .map(|f| f.iter().filter_map(|h| index.get(h).copied()).collect())
                .collect(),
            lexical: s
                .features
                .iter()
                .map(|f| {
                    let n = f.len().min(super::features::LEXICAL);
                    f[..n].iter().filter(|h| index.contains_key(h)).count() as u8
                })
                .collect(),
            tags: State::from_tags(&s.tags)
                .iter()
                .map(|t| t.index())
                .collect(),
        })
        .collect();
    if let Learner::Crf { .. } = options.learner {
        return super::crf::fit(&data, &index, options, on_epoch);
    }
    let mut p = Perceptron {
        w: vec![0.0; index.len() * N_STATES],
        u: vec![0.0; index.len() * N_STATES],
        tw: [[0.0; N_STATES]; N_STATES + 1],
        tu: [[0.0; N_STATES]; N_STATES + 1],
        c: 1.0,
    };
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = options.seed | 1;
    let mut emissions = Vec::new();
    let mut guess = Vec::new();
    let mut skip = Vec::new();
    for epoch in 1..=options.epochs {
        shuffle(&mut order, &mut rng);
        for &i in &order {
            let s = &data[i];
            draw_dropout(s, options.word_dropout, &mut rng, &mut skip);
            p.emissions(s, &skip, &mut emissions);
            decode(&emissions, &p.tw, &mut guess);
            if guess.iter().zip(&s.tags).any(|(g, &t)| g.index() != t) {
                p.update(s, &skip, &guess);
            }
            p.c += 1.0;
        }
        if let Some(f) = on_epoch.as_deref_mut() {
            f(epoch, &p.averaged(&index));
        }
    }
    p.averaged(&index)
}

fn xorshift(rng: &mut u64) -> u64 {
    *rng ^= *rng << 13;
    *rng ^= *rng >> 7;
    *rng ^= *rng << 17;
    *rng
}

/// Fisher-Yates with xorshift: deterministic for a seed.
pub(super) fn shuffle(order: &mut [usize], rng: &mut u64) {
    for i in (1..order.len()).rev() {
        let r = xorshift(rng);
        order.swap(i, (r % (i as u64 + 1)) as usize);
    }
}

/// Word dropout for one update: per token of `s`, how many of its first
/// (identity) features to skip: all of them with probability `p`, else
/// none.
pub(super) fn draw_dropout(s: &Dense, p: f32, rng: &mut u64, skip: &mut Vec<u8>) {
    let threshold = (f64::from(p) * u32::MAX as f64) as u64;
    skip.clear();
    for &k in &s.lexical {
        let r = xorshift(rng);
        skip.push(if (r & 0xffff_ffff) < threshold { k } else { 0 });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::ner::tags::NerLabel;

    #[test]
    fn learns_a_separable_toy_problem() {
        for learner in [Learner::Perceptron, Learner::Crf { l2: 0.1, rate: 0.1 }] {
            learns_toy_problem_with(learner);
        }
    }

    fn learns_toy_problem_with(learner: Learner) {
        // Feature 1 marks a person's first token, 2 its second, 3 a place.
        let per_b = Tag::begin(NerLabel::Person);
        let per_i = Tag::inside(NerLabel::Person);
        let loc = Tag::begin(NerLabel::Location);
        let sentence = |f: &[u64], t: &[Tag]| TrainingSentence {
            features: f.iter().map(|&x| vec![x, 99]).collect(),
            tags: t.to_vec(),
        };
        let data = vec![
            sentence(&[0, 1, 2, 0, 3], &[Tag::O, per_b, per_i, Tag::O, loc]),
            sentence(&[3, 0, 1, 2], &[loc, Tag::O, per_b, per_i]),
            sentence(&[0, 0, 3], &[Tag::O, Tag::O, loc]),
        ];
        let options = TrainOptions {
            learner,
            ..TrainOptions::default()
        };
        let model = train(&data, &options, None);
        let mut e = Vec::new();
        for f in [0u64, 3, 1, 2] {
            let mut s = [0f32; N_STATES];
            model.emission(&[f, 99], &mut s);
            e.push(s);
        }
        let mut out = Vec::new();
        model.decode(&e, &mut out);
        assert_eq!(out, [Tag::O, loc, per_b, per_i], "{learner:?}");
    }
}

/// A sentence with gold tags and gazetteer bits, for [`train_tagger`].
#[derive(Clone, Debug, Default)]
pub struct LabeledSentence {
    /// Tokens.
    pub tokens: Vec<String>,
    /// Gold tags.
    pub tags: Vec<Tag>,
    /// Gazetteer bits per token (or empty).
    pub gazetteer: Vec<u32>,
}

/// Trains both passes of the tagger on `data` (consecutive sentences of
/// running text). The second pass learns from first-pass tags that are
/// jackknifed over `folds` contiguous folds, so that it sees first-pass
/// errors as they will be at tagging time. `featurizer` supplies the
/// features (any tagger with the same clusters); `progress` hears what
/// happens.
pub fn train_tagger(
    featurizer: &super::EntityTagger<'_>,
    data: &[LabeledSentence],
    options: &TrainOptions,
    folds: usize,
    progress: &mut dyn FnMut(&str),
) -> super::TaggerModels {
    let mut scratch = super::TaggerScratch::with_capacity(2_000_000);
    // The jackknife tags sentences as the tagger will (with gazetteer
    // hits); the models learn from sentences some of which lost theirs.
    let full: Vec<TrainingSentence> = data
        .iter()
        .map(|s| TrainingSentence {
            features: featurizer.features(&s.tokens, &s.gazetteer, &mut scratch),
            tags: s.tags.clone(),
        })
        .collect();
    let threshold = (f64::from(options.gazetteer_dropout) * u32::MAX as f64) as u64;
    let first: Vec<TrainingSentence> = data
        .iter()
        .zip(&full)
        .enumerate()
        .map(|(i, (s, f))| {
            let h = super::features::combine(0, &[options.seed, i as u64]);
            if (h & 0xffff_ffff) < threshold && s.gazetteer.iter().any(|&b| b != 0) {
                TrainingSentence {
                    features: featurizer.features(&s.tokens, &[], &mut scratch),
                    tags: s.tags.clone(),
                }
            } else {
                f.clone()
            }
        })
        .collect();
    let keys: Vec<Vec<Option<u64>>> = data
        .iter()
        .map(|s| featurizer.document_keys(&s.tokens, &mut scratch))
        .collect();
    let folds = folds.clamp(2, data.len().max(2));
    let mut predicted: Vec<Vec<Tag>> = vec![Vec::new(); data.len()];
    let mut emissions = Vec::new();
    for f in 0..folds {
        let range = f * data.len() / folds..(f + 1) * data.len() / folds;
        let rest: Vec<TrainingSentence> = first[..range.start]
            .iter()
            .chain(&first[range.end..])
            .cloned()
            .collect();
        let model = train(&rest, options, None);
        for i in range.clone() {
            emissions.clear();
            for feats in &full[i].features {
                let mut e = [0f32; N_STATES];
                model.emission(feats, &mut e);
                emissions.push(e);
            }
            model.decode(&emissions, &mut predicted[i]);
        }
        progress(&format!(
            "first pass, fold {}/{folds}: sentences {}..{} tagged",
            f + 1,
            range.start,
            range.end
        ));
    }
    let bits = super::document_bits(&keys, &predicted, super::DOCUMENT_WINDOW);
    let second: Vec<TrainingSentence> = first
        .iter()
        .zip(&bits)
        .zip(&predicted)
        .map(|((s, b), tags)| {
            let mut s = s.clone();
            for (i, (f, &b)) in s.features.iter_mut().zip(b).enumerate() {
                super::features::add_second_pass_features(b, tags, i, f);
            }
            s
        })
        .collect();
    let base = train(&first, options, None);
    progress("first pass trained on everything");
    let context = train(&second, options, None);
    progress("second pass trained");
    super::TaggerModels {
        base,
        context: Some(context),
    }
}
