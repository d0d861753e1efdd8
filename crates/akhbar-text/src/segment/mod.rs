//! Clitic segmentation of Arabic words in the UD/ATB scheme.
//!
//! The [`CliticSegmenter`] splits the proclitics و ف ب ك ل س (and their
//! combinations, such as وب or فس) and one pronoun enclitic (ه ها هم هما هن ك
//! كم كما كن ي نا ني) off a word. Everything else, the article ال included,
//! stays in the stem, as in the Universal Dependencies Arabic treebanks.
//! Segments are always surface substrings of the word (`للسلطة` → `ل` +
//! `لسلطة`; `حكومته` → `حكومت` + `ه`); the letters the writing system
//! dropped or changed are restored in the stem's search form
//! ([`Segmentation::stem_norm`]: `السلطه`, `حكومه`).
//!
//! It is not an affix stripper: it enumerates every reading the clitic
//! grammar allows and ranks them with a linear model trained on the PADT
//! treebank, using word and stem frequencies from a raw news corpus (see
//! `data/segmenter/SOURCES.md`, and `akhbar train segmenter` to rebuild it).
//! A few hundred frequent news words have hand-checked readings
//! (`data/segmenter/readings.tsv`) that the ranker does not overrule.
//! So «وزير» and «بلد» stay whole while «وبلدينا» splits into و + بلدي + نا.
//!
//! ```
//! use akhbar_text::segment::CliticSegmenter;
//!
//! let seg = CliticSegmenter::default();
//! let parts = |w: &str| -> Vec<String> {
//!     seg.segment(w).segments(w).map(|s| s.text.to_string()).collect()
//! };
//! assert_eq!(parts("وقال"), ["و", "قال"]);
//! assert_eq!(parts("وزير"), ["وزير"]);
//! assert_eq!(parts("بلدينا"), ["بلدي", "نا"]);
//! assert_eq!(parts("للسلطة"), ["ل", "لسلطة"]);
//! ```

mod checked;
mod features;
mod model;
pub mod train;

use std::ops::Range;
use std::sync::OnceLock;

pub use model::{Lexicon, SegmenterModel};

use crate::chars::{is_arabic_letter, is_arabic_mark};
use crate::normalize::Normalizer;

/// Proclitic sequences the grammar allows, outermost first.
pub(crate) const PROCLITICS: &[&[char]] = &[
    &[],
    &['و'],
    &['ف'],
    &['ب'],
    &['ك'],
    &['ل'],
    &['س'],
    &['و', 'ب'],
    &['و', 'ك'],
    &['و', 'ل'],
    &['و', 'س'],
    &['ف', 'ب'],
    &['ف', 'ك'],
    &['ف', 'ل'],
    &['ف', 'س'],
];

/// Pronoun enclitics.
pub(crate) const ENCLITICS: &[&str] = &[
    "", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ي", "نا", "ني",
];

/// Where a number's trailing percent (or per-mille) sign starts, if it has
/// one: UD treebanks make `%` a word of its own, so `50%` segments as `50` + `%`.
///
/// ```
/// use akhbar_text::segment::percent_sign_start;
/// assert_eq!(percent_sign_start("50%"), Some(2));
/// assert_eq!(percent_sign_start("١٢٫٥٪"), Some(8));
/// assert_eq!(percent_sign_start("%"), None);
/// ```
pub fn percent_sign_start(number: &str) -> Option<usize> {
    let last = number.chars().next_back()?;
    let cut = number.len() - last.len_utf8();
    (matches!(last, '%' | '\u{066A}' | '\u{2030}') && cut > 0).then_some(cut)
}

/// What a segment is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum SegmentRole {
    /// A proclitic: conjunction, preposition or future particle.
    Proclitic,
    /// The stem (the word without its clitics).
    Stem,
    /// A pronoun enclitic.
    Enclitic,
}

impl SegmentRole {
    /// Lowercase name used in JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            SegmentRole::Proclitic => "proclitic",
            SegmentRole::Stem => "stem",
            SegmentRole::Enclitic => "enclitic",
        }
    }
}

/// A segment of a word: byte range into the word and role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment<'a> {
    /// Byte range in the word.
    pub range: Range<usize>,
    /// Surface text.
    pub text: &'a str,
    /// Role.
    pub role: SegmentRole,
}

/// How a word splits: byte cut points in the word.
///
/// `proclitic_ends` holds the end of each proclitic; `stem` is the stem's byte
/// range (empty for «له» = ل + ه); what follows the stem is the enclitic.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Segmentation {
    proclitic_ends: [u32; 2],
    n_proclitics: u8,
    stem: Range<usize>,
    len: usize,
    stem_norm: Option<String>,
}

impl Segmentation {
    /// The word stays whole.
    pub fn whole(len: usize) -> Segmentation {
        Segmentation {
            stem: 0..len,
            len,
            ..Segmentation::default()
        }
    }

    /// Does the word split at all?
    pub fn is_split(&self) -> bool {
        self.n_proclitics > 0 || self.stem.end < self.len
    }

    /// Byte range of the stem.
    pub fn stem_range(&self) -> Range<usize> {
        self.stem.clone()
    }

    /// Byte offset where the enclitic starts (the word length if none).
    pub fn enclitic_start(&self) -> usize {
        self.stem.end
    }

    /// Number of segments.
    pub fn len(&self) -> usize {
        self.n_proclitics as usize
            + usize::from(!self.stem.is_empty())
            + usize::from(self.stem.end < self.len)
    }

    /// Is the segmentation empty (zero-length word)?
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The stem's search form with the letters spelling dropped or changed at
    /// the clitic boundary restored (`لسلطة` after ل → `السلطه`; `حكومت`
    /// before ه → `حكومه`), when that differs from plain normalization.
    pub fn stem_norm(&self) -> Option<&str> {
        self.stem_norm.as_deref()
    }

    /// The segments of `word` (which must be the word this was computed for).
    pub fn segments<'a>(&'a self, word: &'a str) -> impl Iterator<Item = Segment<'a>> + 'a {
        let mut cuts: Vec<(Range<usize>, SegmentRole)> = Vec::with_capacity(4);
        let mut at = 0;
        for &end in &self.proclitic_ends[..self.n_proclitics as usize] {
            cuts.push((at..end as usize, SegmentRole::Proclitic));
            at = end as usize;
        }
        if !self.stem.is_empty() {
            cuts.push((self.stem.clone(), SegmentRole::Stem));
        }
        if self.stem.end < self.len {
            cuts.push((self.stem.end..self.len, SegmentRole::Enclitic));
        }
        cuts.into_iter().map(move |(range, role)| Segment {
            text: &word[range.clone()],
            range,
            role,
        })
    }
}

/// One reading of a word, on its letter skeleton.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Candidate {
    /// Index into [`PROCLITICS`].
    pub proclitics: usize,
    /// Index into [`ENCLITICS`].
    pub enclitic: usize,
    /// Stem, in letters (no marks).
    pub stem: String,
}

impl Candidate {
    pub(crate) fn prefix_len(&self) -> usize {
        PROCLITICS[self.proclitics].len()
    }
    pub(crate) fn suffix_len(&self) -> usize {
        ENCLITICS[self.enclitic].chars().count()
    }
}

/// The letters of a word and the byte offset after each letter's marks.
pub(crate) struct Skeleton {
    pub letters: Vec<char>,
    /// `ends[i]`: byte offset in the word after letter `i` and its marks.
    pub ends: Vec<usize>,
}

impl Skeleton {
    /// `None` if the word has anything but Arabic letters and marks (or no letter).
    pub fn of(word: &str) -> Option<Skeleton> {
        let mut letters = Vec::with_capacity(word.len() / 2);
        let mut ends = Vec::with_capacity(word.len() / 2);
        for (i, c) in word.char_indices() {
            if is_arabic_letter(c) {
                letters.push(c);
                ends.push(i + c.len_utf8());
            } else if is_arabic_mark(c) || c == '\u{0640}' {
                if let Some(e) = ends.last_mut() {
                    *e = i + c.len_utf8();
                } else {
                    return None;
                }
            } else {
                return None;
            }
        }
        if letters.is_empty() {
            None
        } else {
            Some(Skeleton { letters, ends })
        }
    }
}

/// All readings of a letter skeleton under the clitic grammar.
pub(crate) fn candidates(letters: &[char]) -> Vec<Candidate> {
    let n = letters.len();
    let mut out = Vec::with_capacity(8);
    for (pi, pre) in PROCLITICS.iter().enumerate() {
        if pre.len() >= n || letters[..pre.len()] != **pre {
            continue;
        }
        for (ei, enc) in ENCLITICS.iter().enumerate() {
            let elen = enc.chars().count();
            if pre.len() + elen > n {
                continue;
            }
            if elen > 0 && !letters[n - elen..].iter().copied().eq(enc.chars()) {
                continue;
            }
            let stem: String = letters[pre.len()..n - elen].iter().collect();
            let slen = n - pre.len() - elen;
            if pi == 0 && ei == 0 {
                out.push(Candidate {
                    proclitics: 0,
                    enclitic: 0,
                    stem,
                });
                continue;
            }
            if slen == 0 {
                // «له» «بها» «ولكم»: a preposition with a pronoun.
                if elen > 0 && matches!(pre.last(), Some('ل' | 'ب')) && enc != &"ني" {
                    out.push(Candidate {
                        proclitics: pi,
                        enclitic: ei,
                        stem,
                    });
                }
                continue;
            }
            if slen < 2 {
                continue;
            }
            // The future particle only comes before an imperfect verb.
            if pre.last() == Some(&'س') && !matches!(letters[pre.len()], 'ي' | 'ت' | 'ن' | 'أ')
            {
                continue;
            }
            out.push(Candidate {
                proclitics: pi,
                enclitic: ei,
                stem,
            });
        }
    }
    out
}

/// One reading of a word as [`CliticSegmenter::explain`] shows it: the
/// reading (`و+قال`), its score, and each feature with its weight.
pub type Explanation = (String, f32, Vec<(String, f32)>);

/// Splits clitics off Arabic words; see the [module docs](self).
#[derive(Clone, Debug)]
pub struct CliticSegmenter {
    model: &'static SegmenterModel,
    normalizer: Normalizer,
}

impl Default for CliticSegmenter {
    fn default() -> Self {
        CliticSegmenter::new(SegmenterModel::bundled())
    }
}

impl CliticSegmenter {
    /// A segmenter using `model`.
    pub fn new(model: &'static SegmenterModel) -> CliticSegmenter {
        CliticSegmenter {
            model,
            normalizer: Normalizer::default(),
        }
    }

    /// The model in use.
    pub fn model(&self) -> &'static SegmenterModel {
        self.model
    }

    /// Segment one word. Anything that is not an Arabic word (digits, Latin,
    /// punctuation) comes back whole.
    pub fn segment(&self, word: &str) -> Segmentation {
        let Some(skel) = Skeleton::of(word) else {
            return Segmentation::whole(word.len());
        };
        if skel.letters.len() < 2 {
            return Segmentation::whole(word.len());
        }
        let cands = candidates(&skel.letters);
        if cands.len() == 1 {
            return Segmentation::whole(word.len());
        }
        let ctx = features::WordContext::new(&skel.letters, self.model, &self.normalizer);
        if let Some((p, e)) = self.model.checked.get(ctx.word_norm()) {
            if let Some(c) = cands.iter().find(|c| c.proclitics == p && c.enclitic == e) {
                return self.to_segmentation(word, &skel, c, &ctx);
            }
        }
        let mut best = 0;
        let mut best_score = f32::NEG_INFINITY;
        let mut buf = features::FeatureBuf::default();
        for (i, c) in cands.iter().enumerate() {
            buf.clear();
            ctx.features(c, &mut buf);
            let score = self.model.score(&buf);
            if score > best_score {
                best_score = score;
                best = i;
            }
        }
        let c = &cands[best];
        self.to_segmentation(word, &skel, c, &ctx)
    }

    /// Every reading of `word` with its score and the features behind it,
    /// best first. For debugging and for curious users.
    pub fn explain(&self, word: &str) -> Vec<Explanation> {
        let Some(skel) = Skeleton::of(word) else {
            return Vec::new();
        };
        let ctx = features::WordContext::new(&skel.letters, self.model, &self.normalizer);
        let mut out: Vec<Explanation> = candidates(&skel.letters)
            .iter()
            .map(|c| {
                let mut buf = features::FeatureBuf::with_names();
                ctx.features(c, &mut buf);
                let feats: Vec<(String, f32)> = buf
                    .names()
                    .unwrap_or(&[])
                    .iter()
                    .zip(buf.hashes())
                    .map(|(n, h)| (n.clone(), self.model.weights.get(h).copied().unwrap_or(0.0)))
                    .collect();
                let pre: String = PROCLITICS[c.proclitics]
                    .iter()
                    .map(|ch| format!("{ch}+"))
                    .collect();
                let enc = ENCLITICS[c.enclitic];
                let reading = format!(
                    "{pre}{}{}{enc}",
                    c.stem,
                    if enc.is_empty() { "" } else { "+" }
                );
                (reading, self.model.score(&buf), feats)
            })
            .collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1));
        out
    }

    fn to_segmentation(
        &self,
        word: &str,
        skel: &Skeleton,
        c: &Candidate,
        ctx: &features::WordContext<'_>,
    ) -> Segmentation {
        let plen = c.prefix_len();
        let slen = c.suffix_len();
        let n = skel.letters.len();
        if plen == 0 && slen == 0 {
            return Segmentation::whole(word.len());
        }
        let mut proclitic_ends = [0u32; 2];
        for (k, end) in proclitic_ends.iter_mut().enumerate().take(plen) {
            *end = skel.ends[k] as u32;
        }
        let stem_start = if plen == 0 { 0 } else { skel.ends[plen - 1] };
        let stem_end = if n - slen == 0 {
            0
        } else {
            skel.ends[n - slen - 1]
        };
        let stem_end = stem_end.max(stem_start);
        let restored = ctx.restored_stem(c);
        let plain = self.normalizer.normalize(&c.stem);
        Segmentation {
            proclitic_ends,
            n_proclitics: plen as u8,
            stem: stem_start..stem_end,
            len: word.len(),
            stem_norm: restored.filter(|r| *r != plain),
        }
    }
}

/// Remembers the segmentation of words already seen: news text repeats its
/// words, and a look-up is far cheaper than ranking readings again.
///
/// ```
/// use akhbar_text::segment::{CliticSegmenter, SegmentCache};
/// let seg = CliticSegmenter::default();
/// let mut cache = SegmentCache::new(10_000);
/// assert!(cache.segment(&seg, "وقال").is_split());
/// assert_eq!(cache.len(), 1);
/// ```
#[derive(Clone, Debug)]
pub struct SegmentCache {
    words: crate::hash::WordCache<Segmentation>,
}

impl SegmentCache {
    /// A cache of at most twice `capacity` words (see
    /// [`WordCache`](crate::hash::WordCache): the words in use stay).
    pub fn new(capacity: usize) -> SegmentCache {
        SegmentCache {
            words: crate::hash::WordCache::new(capacity),
        }
    }

    /// The segmentation of `word`, computed by `segmenter` on a miss.
    pub fn segment(&mut self, segmenter: &CliticSegmenter, word: &str) -> &Segmentation {
        self.words
            .get_or_insert_with(word, || segmenter.segment(word))
    }

    /// Words cached.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Is the cache empty?
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

impl SegmenterModel {
    /// The model shipped with akhbar (`data/segmenter/`), loaded once.
    pub fn bundled() -> &'static SegmenterModel {
        static MODEL: OnceLock<SegmenterModel> = OnceLock::new();
        MODEL.get_or_init(|| {
            SegmenterModel::from_parts(
                include_str!("../../data/segmenter/weights.tsv"),
                include_str!("../../data/segmenter/lexicon.tsv"),
                include_str!("../../data/segmenter/memory.tsv"),
            )
            .and_then(|m| {
                m.with_checked_readings(
                    include_str!("../../data/segmenter/readings.tsv"),
                    &Normalizer::default(),
                )
            })
            .expect("the bundled segmenter model is valid")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(cands: &[Candidate]) -> Vec<String> {
        cands
            .iter()
            .map(|c| {
                let p: String = PROCLITICS[c.proclitics]
                    .iter()
                    .map(|c| format!("{c}+"))
                    .collect();
                let e = ENCLITICS[c.enclitic];
                format!(
                    "{p}{}{}",
                    c.stem,
                    if e.is_empty() {
                        String::new()
                    } else {
                        format!("+{e}")
                    }
                )
            })
            .collect()
    }

    #[test]
    fn candidates_follow_the_grammar() {
        let c = stems(&candidates(&"وبلدينا".chars().collect::<Vec<_>>()));
        assert!(c.contains(&"وبلدينا".to_string()));
        assert!(c.contains(&"و+بلدي+نا".to_string()));
        assert!(c.contains(&"و+ب+لدي+نا".to_string()));
        let c = stems(&candidates(&"له".chars().collect::<Vec<_>>()));
        assert!(c.contains(&"ل++ه".to_string()));
        let c = stems(&candidates(&"سيارة".chars().collect::<Vec<_>>()));
        assert!(c.contains(&"س+يارة".to_string()));
        let c = stems(&candidates(&"سلام".chars().collect::<Vec<_>>()));
        assert_eq!(c, ["سلام"]);
    }

    #[test]
    fn checked_readings_are_followed() {
        let seg = CliticSegmenter::default();
        assert!(seg.model().n_checked_readings() > 500);
        let parts = |w: &str| -> Vec<String> {
            seg.segment(w)
                .segments(w)
                .map(|s| s.text.to_string())
                .collect()
        };
        // The ranker alone read these ب+طاقة, لفائدة, و+افق.
        assert_eq!(parts("بطاقة"), ["بطاقة"]);
        assert_eq!(parts("لفائدة"), ["ل", "فائدة"]);
        assert_eq!(parts("وافق"), ["وافق"]);
        // Looked up by search form, marks and all.
        assert_eq!(parts("وَافَقَ"), ["وَافَقَ"]);
        assert_eq!(parts("لان"), ["لان"]);
    }

    #[test]
    fn skeleton_keeps_marks_with_their_letter() {
        let s = Skeleton::of("وَقَالَ").unwrap();
        assert_eq!(s.letters, ['و', 'ق', 'ا', 'ل']);
        assert_eq!(s.ends[0], 4);
        assert!(Skeleton::of("abc").is_none());
        assert!(Skeleton::of("\u{064E}ب").is_none());
    }
}
