//! Named entities: knowledge base, gazetteer, tagger and resolution.

pub mod clusters;
pub mod gazetteer;
pub mod kb;
pub mod ner;
pub mod resolve;
