//! The tagger's weights and their file format.
use akhbar_text::hash::FnvMap;

use super::tags::{State, Tag, N_STATES};

/// A map keyed by feature hashes.
pub(crate) type FeatureMap<V> = FnvMap<u64, V>;

const MAGIC: &[u8] = b"akhbar-ner/1\n";

/// A model file that cannot be read.
#[derive(Debug, PartialEq, Eq)]
pub struct NerModelError(pub String);

impl std::fmt::Display for NerModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "entity tagger model: {}", self.0)
    }
}

impl std::error::Error for NerModelError {}

/// Weights of the entity tagger: one row of weights (one per decoding state) per known
/// feature, and tag-to-tag transition weights.
#[derive(Clone, Debug, Default)]
pub struct NerModel {
    pub(crate) rows: FeatureMap<u32>,
    pub(crate) weights: Vec<f32>,
    /// `transitions[prev][tag]`; `prev == N_STATES` is the sentence start.
    pub(crate) transitions: [[f32; N_STATES]; N_STATES + 1],
}

impl NerModel {
    /// Number of features with weights.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Does the model know no feature?
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Adds the weights of `features` to `scores`.
    #[inline]
    pub(crate) fn emission(&self, features: &[u64], scores: &mut [f32; N_STATES]) {
        *scores = [0.0; N_STATES];
        for f in features {
            if let Some(&row) = self.rows.get(f) {
                let w = &self.weights[row as usize * N_STATES..][..N_STATES];
                for (s, w) in scores.iter_mut().zip(w) {
                    *s += w;
                }
            }
        }
    }

    /// The best tag sequence (Viterbi over BILOU states, read out as IOB2).
    pub(crate) fn decode(&self, emissions: &[[f32; N_STATES]], out: &mut Vec<Tag>) {
        let mut states = Vec::with_capacity(emissions.len());
        decode(emissions, &self.transitions, &mut states);
        out.clear();
        out.extend(states.iter().map(|s| s.tag()));
    }

    /// The model as bytes: a magic line, counts, transitions, then
    /// `(hash, weights)` rows sorted by hash, all little-endian. Weights are
    /// stored as `i16` with one scale, which keeps the file small and changes
    /// no decision measurably.
    pub fn to_bytes(&self) -> Vec<u8> {
        let max = self
            .weights
            .iter()
            .chain(self.transitions.iter().flatten())
            .fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max == 0.0 { 1.0 } else { max / 32767.0 };
        let mut out = Vec::with_capacity(MAGIC.len() + 16 + self.rows.len() * (8 + 2 * N_STATES));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(self.rows.len() as u32).to_le_bytes());
        out.extend_from_slice(&(N_STATES as u32).to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        for row in &self.transitions {
            for w in row {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        let mut rows: Vec<(u64, u32)> = self.rows.iter().map(|(&h, &r)| (h, r)).collect();
        rows.sort_unstable();
        for (hash, row) in rows {
            out.extend_from_slice(&hash.to_le_bytes());
            for &w in &self.weights[row as usize * N_STATES..][..N_STATES] {
                let q = (w / scale).round().clamp(-32767.0, 32767.0) as i16;
                out.extend_from_slice(&q.to_le_bytes());
            }
        }
        out
    }

    /// Reads [`to_bytes`](Self::to_bytes) output.
    pub fn from_bytes(bytes: &[u8]) -> Result<NerModel, NerModelError> {
        let (model, rest) = NerModel::read(bytes)?;
        if !rest.is_empty() {
            return Err(NerModelError(format!(
                "{} bytes after the model",
                rest.len()
            )));
        }
        Ok(model)
    }

    /// Reads one model from the start of `bytes`; returns it and the bytes
    /// after it.
    pub fn read(bytes: &[u8]) -> Result<(NerModel, &[u8]), NerModelError> {
        let err = |m: &str| NerModelError(m.to_string());
        let rest = bytes
            .strip_prefix(MAGIC)
            .ok_or_else(|| err("not an akhbar-ner/1 file"))?;
        let mut r = Reader(rest);
        let n = r.u32()? as usize;
        if r.u32()? as usize != N_STATES {
            return Err(err("unexpected tag count"));
        }
        let scale = r.f32()?;
        let mut transitions = [[0f32; N_STATES]; N_STATES + 1];
        for row in transitions.iter_mut() {
            for w in row.iter_mut() {
                *w = r.f32()?;
            }
        }
        let row_bytes = 8 + 2 * N_STATES;
        if r.0.len() < n.checked_mul(row_bytes).ok_or_else(|| err("bad count"))? {
            return Err(err(&format!(
                "{} feature rows announced, {} bytes of rows found",
                n,
                r.0.len()
            )));
        }
        let mut rows = FeatureMap::with_capacity_and_hasher(n, Default::default());
        let mut weights = Vec::with_capacity(n * N_STATES);
        for i in 0..n {
            let hash = r.u64()?;
            for _ in 0..N_STATES {
                weights.push(f32::from(r.i16()?) * scale);
            }
            rows.insert(hash, i as u32);
        }
        Ok((
            NerModel {
                rows,
                weights,
                transitions,
            },
            r.0,
        ))
    }
}

struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn take<const K: usize>(&mut self) -> Result<[u8; K], NerModelError> {
        if self.0.len() < K {
            return Err(NerModelError("file is truncated".into()));
        }
        let (head, tail) = self.0.split_at(K);
        self.0 = tail;
        Ok(head.try_into().expect("length checked"))
    }
    fn u32(&mut self) -> Result<u32, NerModelError> {
        self.take::<4>().map(u32::from_le_bytes)
    }
    fn u64(&mut self) -> Result<u64, NerModelError> {
        self.take::<8>().map(u64::from_le_bytes)
    }
    fn f32(&mut self) -> Result<f32, NerModelError> {
        self.take::<4>().map(f32::from_le_bytes)
    }
    fn i16(&mut self) -> Result<i16, NerModelError> {
        self.take::<2>().map(i16::from_le_bytes)
    }
}

/// Viterbi over `emissions` with `transitions`, keeping to valid BILOU
/// sequences.
pub(crate) fn decode(
    emissions: &[[f32; N_STATES]],
    transitions: &[[f32; N_STATES]; N_STATES + 1],
    out: &mut Vec<State>,
) {
    out.clear();
    let n = emissions.len();
    if n == 0 {
        return;
    }
    let table = transition_table();
    // BILOU has two kinds of state. A state that continues nothing (O,
    // B-x, U-x) follows any state that leaves nothing open (O, L-y, U-y):
    // the same nine predecessors for all nine. An inside or last state
    // (I-x, L-x) follows B-x or I-x only. Gathering the transition weights that way
    // makes the inner loops short and fixed.
    let mut closed_w = [[0f32; CLOSED]; CLOSED];
    for (i, &t) in table.closed.iter().enumerate() {
        for (k, &p) in table.closers.iter().enumerate() {
            closed_w[i][k] = transitions[p as usize][t as usize];
        }
    }
    let mut open_w = [[0f32; 2]; OPEN];
    for (i, (&t, preds)) in table.open.iter().zip(&table.open_preds).enumerate() {
        for (k, &p) in preds.iter().enumerate() {
            open_w[i][k] = transitions[p as usize][t as usize];
        }
    }
    let mut score = [f32::NEG_INFINITY; N_STATES];
    for t in 0..N_STATES {
        if table.starts[t] {
            score[t] = transitions[N_STATES][t] + emissions[0][t];
        }
    }
    let mut back: Vec<[u8; N_STATES]> = Vec::with_capacity(n);
    back.push([0; N_STATES]);
    for e in &emissions[1..] {
        let mut next = [f32::NEG_INFINITY; N_STATES];
        let mut from = [0u8; N_STATES];
        let closer_scores = table.closers.map(|p| score[p as usize]);
        for (i, &t) in table.closed.iter().enumerate() {
            let (mut best, mut arg) = (f32::NEG_INFINITY, 0u8);
            for k in 0..CLOSED {
                let s = closer_scores[k] + closed_w[i][k];
                if s > best {
                    best = s;
                    arg = table.closers[k];
                }
            }
            next[t as usize] = best + e[t as usize];
            from[t as usize] = arg;
        }
        for (i, (&t, preds)) in table.open.iter().zip(&table.open_preds).enumerate() {
            let (mut best, mut arg) = (f32::NEG_INFINITY, 0u8);
            for k in 0..2 {
                let s = score[preds[k] as usize] + open_w[i][k];
                if s > best {
                    best = s;
                    arg = preds[k];
                }
            }
            next[t as usize] = best + e[t as usize];
            from[t as usize] = arg;
        }
        score = next;
        back.push(from);
    }
    let mut best = 0;
    for t in 0..N_STATES {
        if table.ends[t] && (score[t] > score[best] || score[best] == f32::NEG_INFINITY) {
            best = t;
        }
    }
    out.resize(n, State::O);
    for i in (0..n).rev() {
        out[i] = State::from_index(best);
        best = back[i][best] as usize;
    }
}

/// States that continue no entity (O, B-x, U-x); as many leave none open
/// (O, L-x, U-x).
const CLOSED: usize = 9;
/// Inside and last states (I-x, L-x).
const OPEN: usize = N_STATES - CLOSED;

/// Which states may start and end a sentence, and which may follow which:
/// the BILOU grammar, computed once.
struct TransitionTable {
    starts: [bool; N_STATES],
    ends: [bool; N_STATES],
    /// States that continue nothing (O, B-x, U-x).
    closed: [u8; CLOSED],
    /// States that leave nothing open (O, L-x, U-x), in increasing order:
    /// what each `closed` state may follow.
    closers: [u8; CLOSED],
    /// Inside and last states, and the two states each may follow.
    open: [u8; OPEN],
    open_preds: [[u8; 2]; OPEN],
}

fn transition_table() -> &'static TransitionTable {
    static TABLE: std::sync::OnceLock<TransitionTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let state = State::from_index;
        let mut table = TransitionTable {
            starts: [false; N_STATES],
            ends: [false; N_STATES],
            closed: [0; CLOSED],
            closers: [0; CLOSED],
            open: [0; OPEN],
            open_preds: [[0; 2]; OPEN],
        };
        let (mut nc, mut no) = (0, 0);
        for (k, p) in (0..N_STATES).filter(|&p| state(p).may_end()).enumerate() {
            table.closers[k] = p as u8;
        }
        for t in 0..N_STATES {
            table.starts[t] = state(t).may_follow(None);
            table.ends[t] = state(t).may_end();
            let preds: Vec<u8> = (0..N_STATES)
                .filter(|&p| state(t).may_follow(Some(state(p))))
                .map(|p| p as u8)
                .collect();
            if preds.len() == 2 {
                table.open[no] = t as u8;
                table.open_preds[no] = [preds[0], preds[1]];
                no += 1;
            } else {
                table.closed[nc] = t as u8;
                nc += 1;
            }
        }
        assert_eq!((nc, no), (CLOSED, OPEN), "the BILOU grammar changed");
        for t in table.closed {
            for p in 0..N_STATES {
                let closes = table.closers.contains(&(p as u8));
                assert_eq!(state(t as usize).may_follow(Some(state(p))), closes);
            }
        }
        table
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::ner::tags::NerLabel;

    #[test]
    fn decoding_never_starts_an_entity_with_inside() {
        // States: 1 B-PERS, 2 I-PERS, 3 L-PERS, 4 U-PERS.
        let mut e = [[0f32; N_STATES]; 2];
        e[0][2] = 5.0;
        e[1][2] = 5.0;
        e[0][1] = 1.0;
        let model = NerModel::default();
        let mut out = Vec::new();
        model.decode(&e, &mut out);
        assert_eq!(
            out,
            [Tag::begin(NerLabel::Person), Tag::inside(NerLabel::Person)]
        );
    }

    #[test]
    fn models_survive_a_round_trip_through_bytes() {
        let mut m = NerModel::default();
        m.rows.insert(42, 0);
        m.rows.insert(7, 1);
        m.weights = (0..2 * N_STATES).map(|i| i as f32 - 3.0).collect();
        m.transitions[N_STATES][1] = -2.5;
        let back = NerModel::from_bytes(&m.to_bytes()).unwrap();
        assert_eq!(back.len(), 2);
        let mut s = [0f32; N_STATES];
        back.emission(&[7], &mut s);
        assert!((s[0] - (N_STATES as f32 - 3.0)).abs() < 1e-3);
        assert!((back.transitions[N_STATES][1] + 2.5).abs() < 1e-3);
        assert_eq!(m.to_bytes(), back.to_bytes());
    }

    #[test]
    fn truncated_files_are_refused() {
        let mut m = NerModel::default();
        m.rows.insert(1, 0);
        m.weights = vec![1.0; N_STATES];
        let bytes = m.to_bytes();
        for cut in [0, 5, MAGIC.len() + 3, bytes.len() - 1] {
            assert!(NerModel::from_bytes(&bytes[..cut]).is_err(), "cut {cut}");
        }
    }
}
