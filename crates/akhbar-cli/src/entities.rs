//! The entity tools the commands share.
use akhbar_extract::entities::clusters::WordClusters;
use akhbar_extract::entities::gazetteer::Gazetteer;
use akhbar_extract::entities::ner::{EntityTagger, TaggerModels};
use akhbar_extract::entities::EntityExtractor;

/// A tagger with `models` and the bundled clusters.
pub fn tagger_with(models: TaggerModels) -> EntityTagger<'static> {
    EntityTagger::new(models, WordClusters::bundled())
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
