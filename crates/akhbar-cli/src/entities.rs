//! The entity tools the commands share.
use akhbar_extract::entities::clusters::WordClusters;
use akhbar_extract::entities::gazetteer::Gazetteer;
use akhbar_extract::entities::ner::{EntityTagger, TaggerModels};
use akhbar_extract::entities::EntityExtractor;

/// A tagger with `models` and the bundled clusters.
pub fn tagger_with(models: TaggerModels) -> EntityTagger<'static> {
    static ALT: std::sync::OnceLock<Option<WordClusters>> = std::sync::OnceLock::new();
    let alt = ALT.get_or_init(|| {
        std::env::var("AKHBAR_NER_CLUSTERS").ok().map(|p| {
            WordClusters::parse(&std::fs::read_to_string(p).expect("clusters")).expect("parse")
        })
    });
    match alt {
        Some(c) => EntityTagger::new(models, c),
        None => EntityTagger::new(models, WordClusters::bundled()),
    }
}

/// The bundled tagger.
pub fn bundled_tagger() -> &'static EntityTagger<'static> {
    EntityExtractor::bundled().tagger()
}

/// Gazetteer bits of a token sequence.
pub fn gazetteer_bits<S: AsRef<str>>(tokens: &[S]) -> Vec<u32> {
    let g = Gazetteer::bundled();
    Gazetteer::bits(&g.find(tokens), tokens.len())
}
