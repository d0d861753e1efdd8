//! The extraction layer of akhbar: who, where, when, said what, did what.
//!
//! - [`entities`]: the knowledge base of the news world, the gazetteer that
//!   finds its names in text, the statistical tagger, and in-document
//!   resolution of mentions to entities.
//! - [`times`]: time expressions (weekdays, relative days, explicit
//!   Gregorian and Hijri dates, durations) resolved against the publication
//!   date.
//! - [`facts`]: quotes with their speakers, and events in the PLOVER
//!   ontology with their actors.
#![warn(missing_docs)]

pub mod entities;
pub mod facts;
pub mod times;
