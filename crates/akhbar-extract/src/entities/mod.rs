//! Named entities: knowledge base, gazetteer, tagger and resolution.

pub mod clusters;
pub mod ner;
