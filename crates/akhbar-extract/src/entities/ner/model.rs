//! The tagger's weights and their file format.
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

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

    /// Lowers the score of the outside state `O` by `penalty` at every
    /// token (through the transitions into it, so tagging costs nothing
    /// more). A perceptron trained on text where most tokens are `O` is
    /// cautious: its precision is well above its recall, and a penalty
    /// trades some of the one for more of the other.
    pub fn penalize_outside(&mut self, penalty: f32) {
        for row in self.transitions.iter_mut() {
            row[State::O.index()] -= penalty;
        }
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
        decode_tags(emissions, &self.transitions, out);
    }

    /// The model as bytes: a magic line, counts, transitions, then
    /// `(hash, weights)` rows sorted by hash, all little-endian. Weights are
    /// stored as `i16` with one scale, which keeps the file small and changes
    /// no decision measurably.
    pub fn to_bytes(&self) -> Vec<u8> {
        let scale = self.scale();
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
            for q in self.quantized_row(row, scale) {
                out.extend_from_slice(&q.to_le_bytes());
            }
        }
        out
    }

    /// The unit of the stored `i16` weights: the largest weight (or
    /// transition) in absolute value becomes 32767.
    fn scale(&self) -> f32 {
        let max = self
            .weights
            .iter()
            .chain(self.transitions.iter().flatten())
            .fold(0f32, |m, w| m.max(w.abs()));
        if max == 0.0 {
            1.0
        } else {
            max / 32767.0
        }
    }

    /// Row `row`'s weights in units of `scale`.
    fn quantized_row(&self, row: u32, scale: f32) -> [i16; N_STATES] {
        let weights = &self.weights[row as usize * N_STATES..][..N_STATES];
        std::array::from_fn(|s| (weights[s] / scale).round().clamp(-32767.0, 32767.0) as i16)
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
        let (file, rest) = ModelFile::parse(bytes)?;
        let n = file.len();
        let mut rows = FeatureMap::with_capacity_and_hasher(n, Default::default());
        let mut weights = Vec::with_capacity(n * N_STATES);
        for (i, (hash, row)) in file.rows().enumerate() {
            weights.extend(row.map(|w| f32::from(w) * file.scale));
            rows.insert(hash, i as u32);
        }
        Ok((
            NerModel {
                rows,
                weights,
                transitions: file.transitions,
            },
            rest,
        ))
    }
}

/// A file's first-pass model and, when more bytes follow, its second-pass
/// model (nothing may follow that), each read by `read`.
pub(crate) fn read_passes<M>(
    bytes: &[u8],
    read: impl Fn(&[u8]) -> Result<(M, &[u8]), NerModelError>,
) -> Result<(M, Option<M>), NerModelError> {
    let (base, rest) = read(bytes)?;
    if rest.is_empty() {
        return Ok((base, None));
    }
    let (context, rest) = read(rest)?;
    if !rest.is_empty() {
        return Err(NerModelError(format!(
            "{} bytes after the models",
            rest.len()
        )));
    }
    Ok((base, Some(context)))
}

/// One model in a model file, checked, its rows not yet read.
struct ModelFile<'a> {
    scale: f32,
    transitions: [[f32; N_STATES]; N_STATES + 1],
    /// `(hash, weights)` rows, each [`ROW_BYTES`] long.
    body: &'a [u8],
}

/// Bytes per stored row: the hash and one `i16` per state.
const ROW_BYTES: usize = 8 + 2 * N_STATES;

impl<'a> ModelFile<'a> {
    /// Checks the model at the start of `bytes`; returns it and the bytes
    /// after it.
    fn parse(bytes: &'a [u8]) -> Result<(ModelFile<'a>, &'a [u8]), NerModelError> {
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
        if !(scale * 32767.0).is_finite() || transitions.iter().flatten().any(|w| !w.is_finite()) {
            return Err(err("a weight is not a finite number"));
        }
        if r.0.len() < n.checked_mul(ROW_BYTES).ok_or_else(|| err("bad count"))? {
            return Err(err(&format!(
                "{} feature rows announced, {} bytes of rows found",
                n,
                r.0.len()
            )));
        }
        let (body, rest) = r.0.split_at(n * ROW_BYTES);
        Ok((
            ModelFile {
                scale,
                transitions,
                body,
            },
            rest,
        ))
    }

    fn len(&self) -> usize {
        self.body.len() / ROW_BYTES
    }

    /// The stored rows: hash and weights in units of `scale`.
    fn rows(&self) -> impl Iterator<Item = (u64, [i16; N_STATES])> + 'a {
        self.body.chunks_exact(ROW_BYTES).map(|row| {
            let (hash, weights) = row.split_at(8);
            let hash = u64::from_le_bytes(hash.try_into().expect("8 bytes"));
            let mut row = [0i16; N_STATES];
            for (w, b) in row.iter_mut().zip(weights.chunks_exact(2)) {
                *w = i16::from_le_bytes([b[0], b[1]]);
            }
            (hash, row)
        })
    }
}

/// A model's weights as the tagger reads them: each feature's row of
/// `i16` weights (as the model file stores them) beside its hash in one
/// table, so that a look-up touches one entry, not an index and then a row;
/// sums are kept in integers and scaled once per token.
///
/// Half the memory of [`NerModel`]'s `f32` rows, which matters more than
/// the arithmetic: a document's features hit rows all over the table. A
/// tagger reading a model this way decides as one reading the model's file
/// (the same `i16` weights), up to the rounding of `f32` sums.
#[derive(Clone, Debug)]
pub(crate) struct PackedModel {
    rows: HashMap<u64, [i16; N_STATES], BuildHasherDefault<HashedKeyHasher>>,
    scale: f32,
    transitions: [[f32; N_STATES]; N_STATES + 1],
}

impl PackedModel {
    /// Reads one model from the start of `bytes` (a file of
    /// [`NerModel::to_bytes`]); returns it and the bytes after it.
    pub(crate) fn read(bytes: &[u8]) -> Result<(PackedModel, &[u8]), NerModelError> {
        let (file, rest) = ModelFile::parse(bytes)?;
        let mut rows = HashMap::with_capacity_and_hasher(file.len(), Default::default());
        rows.extend(file.rows());
        Ok((
            PackedModel {
                rows,
                scale: file.scale,
                transitions: file.transitions,
            },
            rest,
        ))
    }

    /// Packs `model`'s weights (quantized as [`NerModel::to_bytes`] does).
    pub(crate) fn new(model: &NerModel) -> PackedModel {
        let scale = model.scale();
        let mut rows = HashMap::with_capacity_and_hasher(model.rows.len(), Default::default());
        for (&hash, &row) in &model.rows {
            rows.insert(hash, model.quantized_row(row, scale));
        }
        PackedModel {
            rows,
            scale,
            transitions: model.transitions,
        }
    }

    /// Adds the weights of `features` to `sums` (in units of the scale).
    #[inline]
    pub(crate) fn add_weights(&self, features: &[u64], sums: &mut [i32; N_STATES]) {
        for f in features {
            if let Some(row) = self.rows.get(f) {
                for (s, &w) in sums.iter_mut().zip(row) {
                    *s += i32::from(w);
                }
            }
        }
    }

    /// The emission scores of summed weights.
    #[inline]
    pub(crate) fn scores(&self, sums: &[i32; N_STATES]) -> [f32; N_STATES] {
        sums.map(|s| s as f32 * self.scale)
    }

    /// The best tag sequence (Viterbi over BILOU states, read out as IOB2).
    pub(crate) fn decode(&self, emissions: &[[f32; N_STATES]], out: &mut Vec<Tag>) {
        decode_tags(emissions, &self.transitions, out);
    }
}

/// Hashes keys that are already hashes: one multiplication spreads their
/// bits over the bits a table uses (FNV over eight bytes would take eight).
#[derive(Default)]
struct HashedKeyHasher(u64);

impl Hasher for HashedKeyHasher {
    #[inline]
    fn write_u64(&mut self, k: u64) {
        let h = k.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = h ^ (h >> 32);
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(self.0 ^ u64::from(b));
        }
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
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
    fn f32(&mut self) -> Result<f32, NerModelError> {
        self.take::<4>().map(f32::from_le_bytes)
    }
}

/// The states after which an entity may start (or `O` follow): `O` and the
/// last and unit states of each label, in index order. Every state that
/// opens (`O`, begin, unit) may follow exactly these; inside and last states
/// may only follow the begin and inside states of their label (the test
/// `the_decoder_knows_the_bilou_grammar` checks this against
/// [`State::may_follow`]).
const CLOSED: [usize; 9] = [0, 3, 4, 7, 8, 11, 12, 15, 16];

/// The states that open: `O` and the begin and unit states of each label,
/// in index order.
const OPENING: [usize; 9] = [0, 1, 4, 5, 8, 9, 12, 13, 16];

/// Lanes of the forward pass's opening-state vectors: the nine opening
/// states rounded up to three vectors of four.
const LANES: usize = 12;

/// The inside and last states of each label, in index order.
const CONTINUING: [usize; 8] = [2, 3, 6, 7, 10, 11, 14, 15];

/// The begin state of the label of inside or last state `t` (the inside
/// state is the next one).
#[inline]
fn begin_of(t: usize) -> usize {
    t - (t - 1) % 4
}

/// Does state `t` open (may it follow a closed state)?
#[inline]
fn opens(t: usize) -> bool {
    t == 0 || (t - 1) % 4 == 0 || (t - 1) % 4 == 3
}

/// The best tag sequence under `transitions` ([`decode`], read out as IOB2).
fn decode_tags(
    emissions: &[[f32; N_STATES]],
    transitions: &[[f32; N_STATES]; N_STATES + 1],
    out: &mut Vec<Tag>,
) {
    let mut states = Vec::with_capacity(emissions.len());
    decode(emissions, transitions, &mut states);
    out.clear();
    out.extend(states.iter().map(|s| s.tag()));
}

/// Viterbi over `emissions` with `transitions`, keeping to valid BILOU
/// sequences. Written for the BILOU grammar (fixed-size loops over the
/// few predecessors each state may have): it is most of the tagger's time
/// when word analyses are cached.
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
    // The forward pass keeps best path scores only, without branches, in
    // fixed-size lanes the compiler vectorizes; the predecessors are found
    // again on the way back along the best path.
    //
    // open_weights[j][k]: the weight of closed state CLOSED[j] → OPENING[k]
    // (the lanes past the nine opening states stay -inf).
    let mut open_weights = [[f32::NEG_INFINITY; LANES]; CLOSED.len()];
    for (row, &p) in open_weights.iter_mut().zip(&CLOSED) {
        for (w, &t) in row.iter_mut().zip(&OPENING) {
            *w = transitions[p][t];
        }
    }
    // Inside and last states follow the begin or inside state of their label.
    let begins = CONTINUING.map(begin_of);
    let mut from_begin = [0f32; 8];
    let mut from_inside = [0f32; 8];
    for (k, &t) in CONTINUING.iter().enumerate() {
        from_begin[k] = transitions[begins[k]][t];
        from_inside[k] = transitions[begins[k] + 1][t];
    }
    let mut first = [f32::NEG_INFINITY; N_STATES];
    for t in OPENING {
        first[t] = transitions[N_STATES][t] + emissions[0][t];
    }
    let mut scores: Vec<[f32; N_STATES]> = Vec::with_capacity(n);
    scores.push(first);
    for e in &emissions[1..] {
        let score = &scores[scores.len() - 1];
        let mut open = [f32::NEG_INFINITY; LANES];
        for (row, &p) in open_weights.iter().zip(&CLOSED) {
            let s = score[p];
            for (best, &w) in open.iter_mut().zip(row) {
                *best = max(*best, s + w);
            }
        }
        let mut inside = [0f32; 8];
        for (k, &begin) in begins.iter().enumerate() {
            inside[k] = max(
                score[begin] + from_begin[k],
                score[begin + 1] + from_inside[k],
            );
        }
        let mut next = [0f32; N_STATES];
        for (k, &t) in OPENING.iter().enumerate() {
            next[t] = open[k] + e[t];
        }
        for (k, &t) in CONTINUING.iter().enumerate() {
            next[t] = inside[k] + e[t];
        }
        scores.push(next);
    }
    let last = &scores[n - 1];
    let mut best = 0;
    for t in CLOSED {
        if last[t] > last[best] || last[best] == f32::NEG_INFINITY {
            best = t;
        }
    }
    out.resize(n, State::O);
    out[n - 1] = State::from_index(best);
    for i in (1..n).rev() {
        best = predecessor(&scores[i - 1], transitions, best);
        out[i - 1] = State::from_index(best);
    }
}

/// The larger of two scores (the first when neither is larger).
#[inline(always)]
fn max(a: f32, b: f32) -> f32 {
    if b > a {
        b
    } else {
        a
    }
}

/// The best predecessor of state `t` given the path scores `score` one
/// position earlier: the first in index order among the best, as a plain
/// loop over the grammar's predecessor lists would find.
fn predecessor(
    score: &[f32; N_STATES],
    transitions: &[[f32; N_STATES]; N_STATES + 1],
    t: usize,
) -> usize {
    let mut best = f32::NEG_INFINITY;
    let mut arg = 0;
    let mut consider = |p: usize| {
        let s = score[p] + transitions[p][t];
        if s > best {
            best = s;
            arg = p;
        }
    };
    if opens(t) {
        CLOSED.into_iter().for_each(&mut consider);
    } else {
        let begin = begin_of(t);
        consider(begin);
        consider(begin + 1);
    }
    arg
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::ner::tags::NerLabel;

    /// Which states may start and end a sentence, and which may precede
    /// each state, from [`State::may_follow`] and [`State::may_end`].
    struct TransitionTable {
        starts: Vec<u8>,
        ends: Vec<u8>,
        preds: Vec<Vec<u8>>,
    }

    fn transition_table() -> TransitionTable {
        let all = || (0..N_STATES).map(State::from_index);
        TransitionTable {
            starts: all()
                .filter(|s| s.may_follow(None))
                .map(|s| s.index() as u8)
                .collect(),
            ends: all()
                .filter(|s| s.may_end())
                .map(|s| s.index() as u8)
                .collect(),
            preds: all()
                .map(|t| {
                    all()
                        .filter(|&p| t.may_follow(Some(p)))
                        .map(|p| p.index() as u8)
                        .collect()
                })
                .collect(),
        }
    }

    /// Viterbi walking the grammar's lists (the decoder before it was
    /// written for BILOU): the fast one must agree with it.
    fn decode_reference(
        emissions: &[[f32; N_STATES]],
        transitions: &[[f32; N_STATES]; N_STATES + 1],
    ) -> Vec<State> {
        let n = emissions.len();
        if n == 0 {
            return Vec::new();
        }
        let table = transition_table();
        let mut score = [f32::NEG_INFINITY; N_STATES];
        for &t in &table.starts {
            let t = t as usize;
            score[t] = transitions[N_STATES][t] + emissions[0][t];
        }
        let mut back: Vec<[u8; N_STATES]> = vec![[0; N_STATES]];
        for e in &emissions[1..] {
            let mut next = [f32::NEG_INFINITY; N_STATES];
            let mut from = [0u8; N_STATES];
            for t in 0..N_STATES {
                let mut best = f32::NEG_INFINITY;
                let mut arg = 0u8;
                for &p in &table.preds[t] {
                    let s = score[p as usize] + transitions[p as usize][t];
                    if s > best {
                        best = s;
                        arg = p;
                    }
                }
                next[t] = best + e[t];
                from[t] = arg;
            }
            score = next;
            back.push(from);
        }
        let mut best = 0;
        for &t in &table.ends {
            let t = t as usize;
            if score[t] > score[best] || score[best] == f32::NEG_INFINITY {
                best = t;
            }
        }
        let mut out = vec![State::O; n];
        for i in (0..n).rev() {
            out[i] = State::from_index(best);
            best = back[i][best] as usize;
        }
        out
    }

    #[test]
    fn the_decoder_knows_the_bilou_grammar() {
        let table = transition_table();
        let opening: Vec<u8> = (0..N_STATES)
            .filter(|&t| opens(t))
            .map(|t| t as u8)
            .collect();
        let closed: Vec<u8> = CLOSED.iter().map(|&t| t as u8).collect();
        assert_eq!(table.starts, opening);
        assert_eq!(OPENING.map(|t| t as u8).to_vec(), opening);
        let continuing: Vec<usize> = (0..N_STATES).filter(|&t| !opens(t)).collect();
        assert_eq!(CONTINUING.to_vec(), continuing);
        assert_eq!(table.ends, closed);
        for (t, preds) in table.preds.iter().enumerate() {
            if opens(t) {
                assert_eq!(preds, &closed, "state {t}");
            } else {
                let begin = begin_of(t) as u8;
                assert_eq!(preds, &[begin, begin + 1], "state {t}");
            }
        }
    }

    #[test]
    fn the_fast_decoder_agrees_with_the_grammar_walk() {
        let mut rng = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = |coarse: bool| {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            // Coarse values make ties, which both must break alike.
            if coarse {
                (rng % 5) as f32 - 2.0
            } else {
                (rng % 20_000) as f32 / 1000.0 - 10.0
            }
        };
        for round in 0..400 {
            let coarse = round % 2 == 0;
            let mut transitions = [[0f32; N_STATES]; N_STATES + 1];
            for w in transitions.iter_mut().flatten() {
                *w = next(coarse);
            }
            let n = round % 23;
            let emissions: Vec<[f32; N_STATES]> = (0..n)
                .map(|_| {
                    let mut e = [0f32; N_STATES];
                    for w in &mut e {
                        *w = next(coarse);
                    }
                    e
                })
                .collect();
            let mut fast = Vec::new();
            decode(&emissions, &transitions, &mut fast);
            assert_eq!(
                fast,
                decode_reference(&emissions, &transitions),
                "round {round}"
            );
        }
    }

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
    fn packed_models_read_from_a_file_are_the_packed_models_written() {
        let mut m = NerModel::default();
        for (row, hash) in [42u64, 7, u64::MAX, 0].into_iter().enumerate() {
            m.rows.insert(hash, row as u32);
        }
        m.weights = (0..4 * N_STATES)
            .map(|i| (i as f32 * 0.37).sin() * 5.0)
            .collect();
        m.transitions[N_STATES][1] = -2.5;
        m.transitions[3][0] = 7.25;
        let bytes = m.to_bytes();
        let (read, rest) = PackedModel::read(&bytes).unwrap();
        assert!(rest.is_empty());
        let packed = PackedModel::new(&m);
        assert_eq!(read.rows, packed.rows);
        assert_eq!(read.scale, packed.scale);
        assert_eq!(read.transitions, m.transitions);
        // The packed sums score as the f32 model does, up to rounding;
        // unknown features (99) add nothing.
        let mut sums = [0i32; N_STATES];
        read.add_weights(&[7, 99, u64::MAX], &mut sums);
        let mut expected = [0f32; N_STATES];
        m.emission(&[7, 99, u64::MAX], &mut expected);
        for (got, want) in read.scores(&sums).iter().zip(expected) {
            assert!((got - want).abs() < 1e-3, "{got} vs {want}");
        }
    }

    #[test]
    fn packed_models_refuse_what_models_refuse() {
        let mut bytes = NerModel::default().to_bytes();
        bytes.truncate(bytes.len() - 1);
        assert!(PackedModel::read(&bytes).is_err());
        assert!(PackedModel::read(b"not a model").is_err());
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
