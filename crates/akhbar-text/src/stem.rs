//! Light stemming for search, in the Larkey *light10* family.
//!
//! The [`LightStemmer`] works on the search form (see [`normalize`](crate::normalize)):
//! it strips a leading conjunction `و` (when three letters remain), one
//! definite article (`ال وال بال كال فال لل`, when two letters remain) and then
//! the suffixes `ها ان ات ون ين يه ه ي` (ة and ية are already `ه` and `يه` in the
//! search form), each at most once, right to left, while two letters remain.
//! That is light10 (Larkey, Ballesteros & Connell 2007); tokens that are not
//! Arabic words are only normalized. One change, kept because `akhbar eval
//! stem` shows it helps: a leading و goes only when the corpus attests the
//! rest as a word (so «وزير» stays «وزير»; [`LightStemmer::light10`] is the
//! original).
//!
//! ```
//! use akhbar_text::stem::LightStemmer;
//!
//! let stemmer = LightStemmer::default();
//! assert_eq!(stemmer.stem("والمعلمات"), "معلم");
//! assert_eq!(stemmer.stem("بالمدرسة"), "مدرس");
//! assert_eq!(stemmer.stem("COVID"), "covid");
//! ```

use crate::normalize::Normalizer;

/// Light stemmer (light10); see the [module docs](self).
#[derive(Clone, Debug)]
pub struct LightStemmer {
    normalizer: Normalizer,
    /// When set, a leading و stays on the words listed here (FNV hashes of
    /// their search form, sorted): those whose rest the corpus rarely attests
    /// as a word («وزير» stays, «والمعلمات» goes). A small sorted table keeps
    /// the look-up in cache.
    keep_waw: Option<std::sync::Arc<Vec<u64>>>,
}

/// Words (search form) whose leading و is part of the word, by corpus
/// counts: seen at least 3 times, and the rest after و seen less than a
/// twentieth as often («وزير» 1634 vs «زير» 2; «واشنطن»). Sorted.
pub fn keep_waw_words(lexicon: &crate::segment::Lexicon) -> Vec<String> {
    let waw = "و";
    let mut words: Vec<String> = lexicon
        .words()
        .filter(|(w, _)| w.starts_with(waw) && w.chars().count() >= 4)
        .filter(|&(w, whole)| {
            whole >= 3 && u64::from(lexicon.count(&w[waw.len()..])) * 20 < u64::from(whole)
        })
        .map(|(w, _)| w.to_string())
        .collect();
    words.sort();
    words
}

/// FNV-1a of a search form (the key of `keep_waw`).
#[inline]
fn word_hash(w: &[u8]) -> u64 {
    crate::hash::fnv1a(crate::hash::FNV_OFFSET, w)
}

impl Default for LightStemmer {
    /// light10 with the leading-و check, from the bundled list
    /// `data/stemmer/keep_waw.txt` (made by `akhbar train segmenter` from the
    /// ANT lexicon; see [`keep_waw_words`]).
    fn default() -> Self {
        static DEFAULT: std::sync::OnceLock<LightStemmer> = std::sync::OnceLock::new();
        DEFAULT
            .get_or_init(|| {
                let words: Vec<&str> = include_str!("../data/stemmer/keep_waw.txt")
                    .lines()
                    .filter(|l| !l.is_empty() && !l.starts_with('#'))
                    .collect();
                LightStemmer::with_keep_waw(&words)
            })
            .clone()
    }
}

impl LightStemmer {
    /// akhbar's stemmer: light10 with the leading-و check (the default).
    pub fn new() -> LightStemmer {
        LightStemmer::default()
    }

    /// Plain light10, exactly as Larkey et al. describe it.
    pub fn light10() -> LightStemmer {
        LightStemmer {
            normalizer: Normalizer::default(),
            keep_waw: None,
        }
    }

    /// A light10 stemmer that checks a leading و against word counts
    /// (`lexicon`, e.g. the segmenter's corpus lexicon) before stripping it:
    /// it goes only when the rest is attested at least a twentieth as often
    /// as the whole word («وزير» 1634 vs «زير» 2 stays; «وأضاف» 1738 vs
    /// «أضاف» 134 goes). On UD Arabic-PUD lemmas this raises B-cubed F1 from
    /// 76.26 to 76.37 (`akhbar eval stem`; ratios from 2 to 1000 all score
    /// 76.36–76.38).
    pub fn with_lexicon(lexicon: &crate::segment::Lexicon) -> LightStemmer {
        LightStemmer::with_keep_waw(&keep_waw_words(lexicon))
    }

    /// A light10 stemmer that keeps a leading و on exactly `words` (search
    /// form), as listed in `data/stemmer/keep_waw.txt`.
    pub fn with_keep_waw<S: AsRef<str>>(words: &[S]) -> LightStemmer {
        let mut keep: Vec<u64> = words
            .iter()
            .map(|w| word_hash(w.as_ref().as_bytes()))
            .collect();
        keep.sort_unstable();
        keep.dedup();
        LightStemmer {
            normalizer: Normalizer::default(),
            keep_waw: Some(std::sync::Arc::new(keep)),
        }
    }

    /// Byte range of the stem in `w`, a word of basic Arabic letters in
    /// search form.
    #[inline]
    pub(crate) fn stem_range(&self, w: &[u8]) -> std::ops::Range<usize> {
        let waw = match &self.keep_waw {
            Some(keep) if w.len() >= 8 && w.starts_with("و".as_bytes()) => {
                keep.binary_search(&word_hash(w)).is_err()
            }
            _ => true,
        };
        light10(w, waw)
    }

    /// The stem of `word` (any token text).
    pub fn stem(&self, word: &str) -> String {
        let mut out = String::with_capacity(word.len());
        self.stem_into(word, &mut out);
        out
    }

    /// Append the stem of `word` to the byte buffer `out`. Arabic words
    /// (two-byte letters) are normalized and stemmed in place in `out`,
    /// without an intermediate string: the fast path of `akhbar tokenize --stem`.
    #[inline]
    pub fn stem_into_bytes(&self, word: &str, out: &mut Vec<u8>) {
        let start = out.len();
        let b = word.as_bytes();
        out.reserve(b.len());
        let mut basic = true;
        let mut i = 0;
        while i < b.len() {
            let lead = b[i];
            if !(0xD8..=0xDB).contains(&lead) || i + 1 >= b.len() {
                // Not a plain Arabic word: the general path.
                out.truncate(start);
                let mut s = String::with_capacity(b.len());
                self.stem_into(word, &mut s);
                out.extend_from_slice(s.as_bytes());
                return;
            }
            let (enc, len, is_basic) = self.normalizer.encoded_arabic(lead, b[i + 1]);
            // Two bytes always, then drop what the mapping does not use: no
            // variable-length copy in the inner loop.
            out.extend_from_slice(&enc);
            out.truncate(out.len() - (2 - usize::from(len)));
            basic &= is_basic || len == 0;
            i += 2;
        }
        if basic {
            let r = self.stem_range(&out[start..]);
            out.copy_within(start + r.start..start + r.end, start);
            out.truncate(start + r.len());
        }
    }

    /// The stem of `word`, written into `scratch` (cleared first); returns a
    /// slice of it. The allocation-free form for hot loops.
    #[inline]
    pub fn stem_in<'s>(&self, word: &str, scratch: &'s mut String) -> &'s str {
        scratch.clear();
        let arabic = self.normalizer.normalize_into_checked(word, scratch);
        if !arabic {
            return scratch.as_str();
        }
        let range = self.stem_range(scratch.as_bytes());
        &scratch[range]
    }

    /// Append the stem of `word` to `out`, using `out` past its current
    /// length as scratch space.
    #[inline]
    pub fn stem_into(&self, word: &str, out: &mut String) {
        let base = out.len();
        let arabic = self.normalizer.normalize_into_checked(word, out);
        if !arabic {
            return;
        }
        let range = self.stem_range(&out.as_bytes()[base..]);
        if range.start > 0 {
            out.replace_range(base..base + range.start, "");
        }
        out.truncate(base + range.len());
    }
}

/// The light10 stem of a word already in search form: a subslice of `word`.
///
/// ```
/// assert_eq!(akhbar_text::stem::stem_normalized("والاستثمارات"), "استثمار");
/// ```
pub fn stem_normalized(word: &str) -> &str {
    if !word.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c)) {
        return word;
    }
    &word[light10(word.as_bytes(), true)]
}

/// Byte range of the light10 stem in `w`, a word of basic Arabic letters in
/// search form (two bytes per letter).
#[inline(always)]
pub(crate) fn light10(w: &[u8], strip_waw: bool) -> std::ops::Range<usize> {
    // Letters as their two UTF-8 bytes read as a big-endian u16.
    const WAW: u16 = 0xD988;
    const ALEF: u16 = 0xD8A7;
    const LAM: u16 = 0xD984;
    const BEH: u16 = 0xD8A8;
    const KAF: u16 = 0xD983;
    const FEH: u16 = 0xD981;
    const HEH: u16 = 0xD987;
    const NOON: u16 = 0xD986;
    const TEH: u16 = 0xD8AA;
    const YEH: u16 = 0xD98A;
    let at = |k: usize| u16::from_be_bytes([w[k], w[k + 1]]);
    let (mut s, mut e) = (0, w.len());
    let letters = |s: usize, e: usize| (e - s) / 2;
    if letters(s, e) < 2 {
        return s..e;
    }
    if strip_waw && at(s) == WAW && letters(s, e) >= 4 {
        s += 2;
    }
    // Articles, longest first: وال بال كال فال, then لل, then ال.
    let n = letters(s, e);
    if n >= 5 && matches!(at(s), WAW | BEH | KAF | FEH) && at(s + 2) == ALEF && at(s + 4) == LAM {
        s += 6;
    } else if n >= 4 && matches!(at(s), LAM | ALEF) && at(s + 2) == LAM {
        // لل or ال
        s += 4;
    }
    // Suffixes in light10's order, each at most once: ها ان ات ون ين يه ه ي.
    let two = |s: usize, e: usize, first: u16, second: u16| {
        letters(s, e) >= 4 && at(e - 2) == second && at(e - 4) == first
    };
    if two(s, e, HEH, ALEF) {
        e -= 4;
    }
    if two(s, e, ALEF, NOON) {
        e -= 4;
    }
    if two(s, e, ALEF, TEH) {
        e -= 4;
    }
    if two(s, e, WAW, NOON) {
        e -= 4;
    }
    if two(s, e, YEH, NOON) {
        e -= 4;
    }
    if two(s, e, YEH, HEH) {
        e -= 4;
    }
    if letters(s, e) >= 3 && at(e - 2) == HEH {
        e -= 2;
    }
    if letters(s, e) >= 3 && at(e - 2) == YEH {
        e -= 2;
    }
    s..e
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn light10_examples() {
        let st = LightStemmer::default();
        assert_eq!(st.stem("الكتاب"), "كتاب");
        assert_eq!(st.stem("وللمدارس"), "مدارس");
        assert_eq!(st.stem("المسلمون"), "مسلم");
        assert_eq!(st.stem("سياسية"), "سياس");
        assert_eq!(st.stem("من"), "من");
        assert_eq!(st.stem("ولد"), "ولد");
        assert_eq!(st.stem("١٢٫٥"), "12.5");
        assert_eq!(st.stem("."), ".");
    }

    /// light10 written plainly, as in Larkey et al. (2007), to check the fast version.
    fn light10_reference(word: &str) -> &str {
        let letters = |s: &str| s.chars().count();
        let mut s = word;
        if letters(s) < 2 {
            return s;
        }
        if s.starts_with('و') && letters(s) >= 4 {
            s = &s['و'.len_utf8()..];
        }
        for a in ["وال", "بال", "كال", "فال", "لل", "ال"] {
            if s.starts_with(a) && letters(s) >= letters(a) + 2 {
                s = &s[a.len()..];
                break;
            }
        }
        for x in ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"] {
            if letters(s) >= letters(x) + 2 && s.ends_with(x) {
                s = &s[..s.len() - x.len()];
            }
        }
        s
    }

    proptest::proptest! {
        #[test]
        fn fast_light10_matches_the_reference(w in "[وبكفلاهنتيمسرع]{0,9}") {
            proptest::prop_assert_eq!(stem_normalized(&w), light10_reference(&w));
        }
    }

    #[test]
    fn byte_and_string_paths_agree() {
        let st = LightStemmer::default();
        for w in [
            "والمعلمات",
            "بالمدرسة",
            "إلى",
            "مُحَمَّدٌ",
            "قـال",
            "COVID",
            "١٢٫٥",
            "ڤيروس",
            "وﻻ",
            "a",
        ] {
            let mut bytes = b"x ".to_vec();
            st.stem_into_bytes(w, &mut bytes);
            assert_eq!(
                String::from_utf8(bytes).unwrap(),
                format!("x {}", st.stem(w)),
                "{w}"
            );
        }
    }

    #[test]
    fn stem_into_appends() {
        let st = LightStemmer::default();
        let mut out = String::from("x ");
        st.stem_into("والسيارات", &mut out);
        assert_eq!(out, "x سيار");
    }
}
