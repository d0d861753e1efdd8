//! The entity layer on arbitrary input: CoNLL token files (`akhbar tag
//! --conll`'s reader, then the extractor on its sentences) and tagger model
//! bytes. Errors are fine; panics and unbounded work are not.
#![no_main]

use akhbar_eval::ner::parse_tokens;
use akhbar_extract::entities::ner::TaggerModels;
use akhbar_extract::entities::{EntityExtractor, ExtractScratch};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = TaggerModels::from_bytes(data);
    let input = String::from_utf8_lossy(data);
    let sentences = parse_tokens(&input);
    let tokens: Vec<&[String]> = sentences.iter().map(|s| s.tokens.as_slice()).collect();
    let found = EntityExtractor::bundled().extract(&tokens, None, &mut ExtractScratch::default());
    for m in &found.mentions {
        let s = &sentences[m.sentence];
        assert!(m.tokens.start < m.tokens.end && m.tokens.end <= s.tokens.len());
        assert!(m.proclitic <= s.tokens[m.tokens.start].len());
        assert!(m.cluster < found.clusters.len());
    }
});
