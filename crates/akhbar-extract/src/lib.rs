//! The extraction layer of akhbar: who and where.
//!
//! - [`entities`]: the knowledge base of the news world, the gazetteer that
//!   finds its names in text, the statistical tagger, and in-document
//!   resolution of mentions to entities.
#![warn(missing_docs)]

pub mod entities;
pub mod facts;
