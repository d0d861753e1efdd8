//! Training the tagger as a linear-chain CRF (Lafferty, McCallum and
//! Pereira 2001) over the BILOU states: the log-likelihood of the gold
//! states, less an L2 penalty, climbed by stochastic gradient steps, one
//! sentence at a time (Bottou 2010). The weights are kept as a scale times
//! a vector, so that the penalty's shrinking of every weight at every step
//! is one multiplication. The marginals come from forward-backward in log
//! space over the sequences the decoder allows (no `I` or `L` state
//! without its `B`, no sentence ending inside an entity).
//!
//! The penalty is on the feature weights only; the few transition weights
//! are left free.
//!
//! The model it returns has the same form as the perceptron's (a row of
//! weights per feature and transition weights), so tagging is unchanged.

// The lattice code indexes several arrays by state at once.
#![allow(clippy::needless_range_loop)]
use super::model::FeatureMap;
use super::tags::{State, N_STATES};
use super::train::{
    draw_dropout, model_from_rows, shuffle, Dense, EpochHook, Learner, TrainOptions,
};
use super::NerModel;

/// Which state may follow which: `allowed[prev][next]`, `prev == N_STATES`
/// being the sentence start; and which may end a sentence.
struct Grammar {
    allowed: [[bool; N_STATES]; N_STATES + 1],
    may_end: [bool; N_STATES],
}

impl Grammar {
    fn bilou() -> Grammar {
        let mut allowed = [[false; N_STATES]; N_STATES + 1];
        for (p, row) in allowed.iter_mut().enumerate() {
            let prev = (p < N_STATES).then(|| State::from_index(p));
            for (t, a) in row.iter_mut().enumerate() {
                *a = State::from_index(t).may_follow(prev);
            }
        }
        Grammar {
            allowed,
            may_end: std::array::from_fn(|t| State::from_index(t).may_end()),
        }
    }
}

fn log_sum_exp(values: impl Iterator<Item = f64> + Clone) -> f64 {
    let max = values.clone().fold(f64::NEG_INFINITY, f64::max);
    if max == f64::NEG_INFINITY {
        return max;
    }
    max + values.map(|v| (v - max).exp()).sum::<f64>().ln()
}

/// Forward-backward buffers, reused from sentence to sentence.
#[derive(Default)]
struct Lattice {
    emissions: Vec<[f64; N_STATES]>,
    alpha: Vec<[f64; N_STATES]>,
    beta: Vec<[f64; N_STATES]>,
}

impl Lattice {
    /// Fills `alpha` and `beta` for the current `emissions` and returns the
    /// log of the partition function.
    fn forward_backward(&mut self, grammar: &Grammar, tw: &[[f64; N_STATES]; N_STATES + 1]) -> f64 {
        let n = self.emissions.len();
        self.alpha.clear();
        self.beta.clear();
        self.alpha.resize(n, [f64::NEG_INFINITY; N_STATES]);
        self.beta.resize(n, [f64::NEG_INFINITY; N_STATES]);
        for t in 0..N_STATES {
            if grammar.allowed[N_STATES][t] {
                self.alpha[0][t] = tw[N_STATES][t] + self.emissions[0][t];
            }
        }
        for i in 1..n {
            for t in 0..N_STATES {
                let prev = &self.alpha[i - 1];
                let into = (0..N_STATES)
                    .filter(|&p| grammar.allowed[p][t])
                    .map(|p| prev[p] + tw[p][t]);
                self.alpha[i][t] = log_sum_exp(into) + self.emissions[i][t];
            }
        }
        for t in 0..N_STATES {
            if grammar.may_end[t] {
                self.beta[n - 1][t] = 0.0;
            }
        }
        for i in (0..n - 1).rev() {
            for p in 0..N_STATES {
                let next = &self.beta[i + 1];
                let e = &self.emissions[i + 1];
                let out = (0..N_STATES)
                    .filter(|&t| grammar.allowed[p][t])
                    .map(|t| tw[p][t] + e[t] + next[t]);
                self.beta[i][p] = log_sum_exp(out);
            }
        }
        log_sum_exp((0..N_STATES).map(|t| self.alpha[n - 1][t] + self.beta[n - 1][t]))
    }
}

/// Fits a CRF on `data` (features numbered by `index`): `options.epochs`
/// passes in shuffled order, with word dropout as for the perceptron.
pub(super) fn fit(
    data: &[Dense],
    index: &FeatureMap<u32>,
    options: &TrainOptions,
    mut on_epoch: Option<&mut EpochHook<'_>>,
) -> NerModel {
    let Learner::Crf { l2, rate } = options.learner else {
        unreachable!("fit is only called for the CRF learner")
    };
    let grammar = Grammar::bilou();
    let n = data.len().max(1) as f64;
    // The weights are `scale * v`.
    let mut v = vec![0f64; index.len() * N_STATES];
    let mut scale = 1f64;
    let mut tw = [[0f64; N_STATES]; N_STATES + 1];
    let lambda = f64::from(l2) / n;
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = options.seed | 1;
    let mut skip = Vec::new();
    let mut lattice = Lattice::default();
    let mut step = 0f64;
    let model = |v: &[f64], scale: f64, tw: &[[f64; N_STATES]; N_STATES + 1]| {
        let transitions = tw.map(|row| row.map(|w| w as f32));
        model_from_rows(index, |at, t| (scale * v[at + t]) as f32, transitions)
    };
    for epoch in 1..=options.epochs {
        shuffle(&mut order, &mut rng);
        for &i in &order {
            let s = &data[i];
            if s.tags.is_empty() {
                continue;
            }
            let eta = f64::from(rate) / (1.0 + step / n);
            step += 1.0;
            draw_dropout(s, options.word_dropout, &mut rng, &mut skip);
            lattice.emissions.clear();
            for (f, &k) in s.features.iter().zip(&skip) {
                let mut e = [0f64; N_STATES];
                for &id in &f[k as usize..] {
                    for (a, b) in e.iter_mut().zip(&v[id as usize * N_STATES..][..N_STATES]) {
                        *a += scale * b;
                    }
                }
                lattice.emissions.push(e);
            }
            let log_z = lattice.forward_backward(&grammar, &tw);
            if !log_z.is_finite() {
                continue;
            }
            // The penalty's shrinking first, then the likelihood's gradient
            // (observed less expected counts), in units of the new scale.
            // A step never shrinks the weights by more than half (an L2
            // penalty or step size too large for the data would flip them).
            scale *= 1.0 - (eta * lambda).min(0.5);
            if scale < 1e-9 {
                for w in &mut v {
                    *w *= scale;
                }
                scale = 1.0;
            }
            let step_v = eta / scale;
            let mut prev_gold = N_STATES;
            let mut dtw = [[0f64; N_STATES]; N_STATES + 1];
            for (j, f) in s.features.iter().enumerate() {
                let gold = s.tags[j];
                let marginals: [f64; N_STATES] = std::array::from_fn(|t| {
                    (lattice.alpha[j][t] + lattice.beta[j][t] - log_z).exp()
                });
                let gradient: [f64; N_STATES] =
                    std::array::from_fn(|t| f64::from(u8::from(t == gold)) - marginals[t]);
                for &id in &f[skip[j] as usize..] {
                    let row = &mut v[id as usize * N_STATES..][..N_STATES];
                    for (w, g) in row.iter_mut().zip(&gradient) {
                        *w += step_v * g;
                    }
                }
                // Transitions into token j.
                dtw[prev_gold][gold] += 1.0;
                if j == 0 {
                    for (d, m) in dtw[N_STATES].iter_mut().zip(&marginals) {
                        *d -= m;
                    }
                } else {
                    let e = lattice.emissions[j];
                    for p in 0..N_STATES {
                        let a = lattice.alpha[j - 1][p];
                        if a == f64::NEG_INFINITY {
                            continue;
                        }
                        for t in 0..N_STATES {
                            if grammar.allowed[p][t] {
                                let pair = (a + tw[p][t] + e[t] + lattice.beta[j][t] - log_z).exp();
                                dtw[p][t] -= pair;
                            }
                        }
                    }
                }
                prev_gold = gold;
            }
            for (row, d) in tw.iter_mut().zip(&dtw) {
                for (w, d) in row.iter_mut().zip(d) {
                    *w += eta * d;
                }
            }
        }
        if let Some(f) = on_epoch.as_deref_mut() {
            f(epoch, &model(&v, scale, &tw));
        }
    }
    model(&v, scale, &tw)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every state sequence of length `n` the grammar allows, with its score.
    fn all_paths(
        grammar: &Grammar,
        emissions: &[[f64; N_STATES]],
        tw: &[[f64; N_STATES]; N_STATES + 1],
    ) -> Vec<(Vec<usize>, f64)> {
        let mut paths: Vec<(Vec<usize>, f64)> = vec![(Vec::new(), 0.0)];
        for e in emissions {
            let mut next = Vec::new();
            for (path, score) in &paths {
                let prev = path.last().copied().unwrap_or(N_STATES);
                for t in 0..N_STATES {
                    if grammar.allowed[prev][t] {
                        let mut p = path.clone();
                        p.push(t);
                        next.push((p, score + tw[prev][t] + e[t]));
                    }
                }
            }
            paths = next;
        }
        paths.retain(|(p, _)| grammar.may_end[*p.last().unwrap()]);
        paths
    }

    #[test]
    fn forward_backward_agrees_with_enumerating_every_sequence() {
        let grammar = Grammar::bilou();
        // Arbitrary but fixed scores.
        let mut x = 7u64;
        let mut next = || {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((x >> 33) % 1000) as f64 / 250.0 - 2.0
        };
        let tw: [[f64; N_STATES]; N_STATES + 1] =
            std::array::from_fn(|_| std::array::from_fn(|_| next()));
        let mut lattice = Lattice {
            emissions: (0..3).map(|_| std::array::from_fn(|_| next())).collect(),
            ..Lattice::default()
        };
        let log_z = lattice.forward_backward(&grammar, &tw);
        let paths = all_paths(&grammar, &lattice.emissions, &tw);
        let brute = log_sum_exp(paths.iter().map(|(_, s)| *s));
        assert!((log_z - brute).abs() < 1e-9, "{log_z} vs {brute}");
        // The marginal of state t at token j: the share of the paths through it.
        for j in 0..3 {
            for t in 0..N_STATES {
                let through = log_sum_exp(paths.iter().filter(|(p, _)| p[j] == t).map(|(_, s)| *s));
                let want = (through - brute).exp();
                let got = (lattice.alpha[j][t] + lattice.beta[j][t] - log_z).exp();
                assert!(
                    (want - got).abs() < 1e-9,
                    "token {j} state {t}: {got} vs {want}"
                );
            }
        }
    }
}
