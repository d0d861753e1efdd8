//! A document built from plain text for the fact extractors' unit tests:
//! sentences, tokens with search forms, and the bundled entity extractor's
//! mentions.

use std::ops::Range;

use akhbar_text::calendar::Date;
use akhbar_text::normalize::Normalizer;
use akhbar_text::sentence::split_sentences;
use akhbar_text::tokenize::{tokenize, TokenKind};

use super::{DocView, Word};
use crate::entities::kb::KnowledgeBase;
use crate::entities::resolve::Resolution;
use crate::entities::{EntityExtractor, ExtractScratch};

/// The texts of `words[range]`, joined by spaces.
pub(crate) fn join_words(words: &[Word<'_>], range: &Range<usize>) -> String {
    words[range.clone()]
        .iter()
        .map(|w| w.text)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Paragraphs are separated by a blank line.
pub(crate) struct TestDoc {
    words: Vec<(String, String, TokenKind, bool)>,
    sentences: Vec<Range<usize>>,
    paragraph_of: Vec<usize>,
    resolution: Resolution,
}

impl TestDoc {
    /// Entities resolved as of 2024-05-02.
    pub(crate) fn new(text: &str) -> TestDoc {
        TestDoc::at(text, Date::new(2024, 5, 2))
    }

    /// Entities resolved as of `date` (offices change hands).
    pub(crate) fn at(text: &str, date: Option<Date>) -> TestDoc {
        let n = Normalizer::default();
        let mut words = Vec::new();
        let mut sentences = Vec::new();
        let mut paragraph_of = Vec::new();
        for (p, para) in text.split("\n\n").enumerate() {
            for s in split_sentences(para) {
                let start = words.len();
                for t in tokenize(&para[s.clone()]) {
                    let at = s.start + t.start;
                    let space = at == 0 || para[..at].ends_with(char::is_whitespace);
                    let w = &para[at..s.start + t.end];
                    words.push((w.to_string(), n.normalize(w), t.kind, space));
                }
                sentences.push(start..words.len());
                paragraph_of.push(p);
            }
        }
        let per_sentence: Vec<Vec<&str>> = sentences
            .iter()
            .map(|s| words[s.clone()].iter().map(|w| w.0.as_str()).collect())
            .collect();
        let refs: Vec<&[&str]> = per_sentence.iter().map(Vec::as_slice).collect();
        let resolution =
            EntityExtractor::bundled().extract(&refs, date, &mut ExtractScratch::default());
        TestDoc {
            words,
            sentences,
            paragraph_of,
            resolution,
        }
    }

    /// The tokens, for [`TestDoc::view`].
    pub(crate) fn words(&self) -> Vec<Word<'_>> {
        self.words
            .iter()
            .map(|(t, n, k, s)| Word {
                text: t,
                norm: n,
                kind: *k,
                space_before: *s,
            })
            .collect()
    }

    /// The view the extractors read.
    pub(crate) fn view<'a>(&'a self, words: &'a [Word<'a>]) -> DocView<'a> {
        DocView::new(
            words,
            &self.sentences,
            &self.paragraph_of,
            &self.resolution,
            KnowledgeBase::bundled(),
        )
    }
}
