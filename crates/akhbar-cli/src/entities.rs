//! The entity tools the commands share.
use std::sync::OnceLock;

use akhbar_extract::entities::clusters::WordClusters;
use akhbar_extract::entities::gazetteer::Gazetteer;
use akhbar_extract::entities::ner::{EntityTagger, TaggerModels};

/// A tagger with `model` and the bundled clusters.
pub fn tagger_with(models: TaggerModels) -> EntityTagger<'static> {
    EntityTagger::new(models, WordClusters::bundled())
}

/// The bundled tagger, loaded once.
pub fn bundled_tagger() -> &'static EntityTagger<'static> {
    static TAGGER: OnceLock<EntityTagger<'static>> = OnceLock::new();
    TAGGER.get_or_init(|| {
        let bytes = std::fs::read("crates/akhbar-extract/data/ner/model.bin").unwrap_or_default();
        tagger_with(TaggerModels::from_bytes(&bytes).unwrap_or_default())
    })
}

/// Gazetteer bits of a token sequence.
pub fn gazetteer_bits<S: AsRef<str>>(tokens: &[S]) -> Vec<u32> {
    let g = Gazetteer::bundled();
    Gazetteer::bits(&g.find(tokens), tokens.len())
}
