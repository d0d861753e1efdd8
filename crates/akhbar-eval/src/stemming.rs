//! How well a stemmer conflates words: B-cubed precision, recall and F1 of
//! the classes "same stem" against the classes "same lemma" over the surface
//! tokens of a treebank.
//!
//! A surface token is a run of words glued by `SpaceAfter=No` (a word with
//! its clitics); its lemma is the lemma of its content word (NOUN, PROPN,
//! ADJ, VERB, ADV). Tokens without a content word are not scored.
//!
//! ```
//! use akhbar_eval::stemming::bcubed;
//! // Two tokens of one lemma with one stem, one of another lemma alone: perfect.
//! let s = bcubed(&[("كتب", "كتاب"), ("كتب", "كتاب"), ("قلم", "قلم")]);
//! assert_eq!((s.precision, s.recall), (100.0, 100.0));
//! ```

use std::collections::HashMap;

use serde::Serialize;

use crate::conllu::Sentence;

const CONTENT: &[&str] = &["NOUN", "PROPN", "ADJ", "VERB", "ADV"];

/// A surface token and the lemma of its content word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LemmaToken {
    /// Surface form (its words joined).
    pub form: String,
    /// Lemma of the content word.
    pub lemma: String,
}

/// Surface tokens with content-word lemmas, from sentences whose tokens are
/// single words joined by `SpaceAfter=No` (as in UD Arabic-PUD).
pub fn lemma_tokens(sentences: &[Sentence]) -> Vec<LemmaToken> {
    let mut out = Vec::new();
    for s in sentences {
        let mut form = String::new();
        let mut lemma: Option<String> = None;
        for t in &s.tokens {
            form.push_str(&t.form);
            for w in &t.words {
                if lemma.is_none()
                    && CONTENT.contains(&w.upos.as_str())
                    && !w.lemma.is_empty()
                    && w.lemma != "_"
                {
                    lemma = Some(w.lemma.clone());
                }
            }
            if !t.no_space_after {
                if let Some(l) = lemma.take() {
                    out.push(LemmaToken {
                        form: std::mem::take(&mut form),
                        lemma: l,
                    });
                }
                form.clear();
            }
        }
    }
    out
}

/// B-cubed scores, in percent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Bcubed {
    /// Mean share of a token's stem class that has its lemma.
    pub precision: f64,
    /// Mean share of a token's lemma class that has its stem.
    pub recall: f64,
    /// Harmonic mean.
    pub f1: f64,
    /// Tokens scored.
    pub tokens: usize,
}

/// B-cubed scores of `(stem, lemma)` pairs, one per token.
pub fn bcubed<S: AsRef<str>, L: AsRef<str>>(items: &[(S, L)]) -> Bcubed {
    let mut by_stem: HashMap<&str, usize> = HashMap::new();
    let mut by_lemma: HashMap<&str, usize> = HashMap::new();
    let mut by_both: HashMap<(&str, &str), usize> = HashMap::new();
    for (s, l) in items {
        *by_stem.entry(s.as_ref()).or_default() += 1;
        *by_lemma.entry(l.as_ref()).or_default() += 1;
        *by_both.entry((s.as_ref(), l.as_ref())).or_default() += 1;
    }
    let n = items.len().max(1) as f64;
    let (mut p, mut r) = (0.0, 0.0);
    for (s, l) in items {
        let both = by_both[&(s.as_ref(), l.as_ref())] as f64;
        p += both / by_stem[s.as_ref()] as f64;
        r += both / by_lemma[l.as_ref()] as f64;
    }
    let (p, r) = (100.0 * p / n, 100.0 * r / n);
    Bcubed {
        precision: p,
        recall: r,
        f1: if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        },
        tokens: items.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overstemming_costs_precision_understemming_recall() {
        let over = bcubed(&[("x", "a"), ("x", "b")]);
        assert_eq!(over.recall, 100.0);
        assert_eq!(over.precision, 50.0);
        let under = bcubed(&[("x", "a"), ("y", "a")]);
        assert_eq!(under.precision, 100.0);
        assert_eq!(under.recall, 50.0);
    }
}
