//! Light stemming for search, in the Larkey *light10* family.
//!
//! The [`LightStemmer`] works on the search form (see [`normalize`](crate::normalize)):
//! it strips a leading conjunction `و` (when three letters remain), one
//! definite article (`ال وال بال كال فال لل`, when two letters remain) and then
//! the suffixes `ها ان ات ون ين يه ه ي` (ة and ية are already `ه` and `يه` in the
//! search form), each at most once, right to left, while two letters remain.
//! That is light10 (Larkey, Ballesteros & Connell 2007) exactly; tokens that
//! are not Arabic words are only normalized.
//!
//! ```
//! use akhbar_text::stem::LightStemmer;
//!
//! let stemmer = LightStemmer::default();
//! assert_eq!(stemmer.stem("والمعلمات"), "معلم");
//! assert_eq!(stemmer.stem("بالمدرسة"), "مدرس");
//! assert_eq!(stemmer.stem("COVID"), "covid");
//! ```

use crate::chars::is_arabic_letter;
use crate::normalize::Normalizer;

const ARTICLES: [&str; 6] = ["وال", "بال", "كال", "فال", "لل", "ال"];
const SUFFIXES: [&str; 8] = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];

/// Light stemmer (light10); see the [module docs](self).
#[derive(Clone, Debug, Default)]
pub struct LightStemmer {
    normalizer: Normalizer,
}

#[inline]
fn arabic_len(s: &str) -> usize {
    // Every letter left in the search form of an Arabic word is 2 bytes long.
    s.len() / 2
}

impl LightStemmer {
    /// A light10 stemmer using the default search normalization.
    pub fn new() -> LightStemmer {
        LightStemmer::default()
    }

    /// The stem of `word` (any token text).
    pub fn stem(&self, word: &str) -> String {
        let mut out = String::with_capacity(word.len());
        self.stem_into(word, &mut out);
        out
    }

    /// Append the stem of `word` to `out`, using `out` past its current
    /// length as scratch space.
    #[inline]
    pub fn stem_into(&self, word: &str, out: &mut String) {
        let base = out.len();
        self.normalizer.normalize_into(word, out);
        let stem = stem_normalized(&out[base..]);
        let (from, len) = (
            stem.as_ptr() as usize - out[base..].as_ptr() as usize,
            stem.len(),
        );
        if from > 0 {
            out.replace_range(base..base + from, "");
        }
        out.truncate(base + len);
    }
}

/// The light10 stem of a word already in search form: a subslice of `word`.
///
/// ```
/// assert_eq!(akhbar_text::stem::stem_normalized("والاستثمارات"), "استثمار");
/// ```
pub fn stem_normalized(word: &str) -> &str {
    if word.len() < 4 || !word.chars().all(is_arabic_letter) {
        return word;
    }
    let mut s = word;
    if s.starts_with('و') && arabic_len(s) >= 4 {
        s = &s[2..];
    }
    for article in ARTICLES {
        if s.starts_with(article) && arabic_len(s) - arabic_len(article) >= 2 {
            s = &s[article.len()..];
            break;
        }
    }
    for suffix in SUFFIXES {
        if arabic_len(s) >= arabic_len(suffix) + 2 && s.ends_with(suffix) {
            s = &s[..s.len() - suffix.len()];
        }
    }
    s
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

    #[test]
    fn stem_into_appends() {
        let st = LightStemmer::default();
        let mut out = String::from("x ");
        st.stem_into("والسيارات", &mut out);
        assert_eq!(out, "x سيار");
    }
}
