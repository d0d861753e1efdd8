//! The extraction layer of akhbar: who, where and when.
//!
//! - [`entities`]: the knowledge base of the news world, the gazetteer that
//!   finds its names in text, the statistical tagger, and in-document
//!   resolution of mentions to entities.
//! - [`times`]: time expressions (weekdays, relative days, explicit
//!   Gregorian and Hijri dates, durations) resolved against the publication
//!   date.
#![warn(missing_docs)]

pub mod entities;
pub mod times;
