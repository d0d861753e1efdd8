//! akhbar: Arabic news understanding.
//!
//! The [`Analyzer`] turns raw article text (scraped, pasted, from a feed)
//! into a [`Document`]: the cleaned body, its dateline and byline, the
//! boilerplate that was cut, paragraphs, sentences and tokens with their
//! search forms, light stems and clitic segments; every span mapped to the
//! cleaned `text` and to the raw input. The document's JSON shape is a
//! versioned contract ([`SCHEMA_ID`], [`JSON_SCHEMA`]).
//!
//! ```
//! use akhbar::{Analyzer, Metadata};
//!
//! let doc = Analyzer::default()
//!     .analyze("القاهرة - أ ش أ\nقال الوزير إن المحادثات مستمرة.", &Metadata::default())
//!     .unwrap();
//! assert_eq!(doc.dateline.as_ref().unwrap().agency.as_ref().unwrap().text, "أ ش أ");
//! assert_eq!(doc.text, "قال الوزير إن المحادثات مستمرة.");
//! let json = serde_json::to_string(&doc).unwrap();
//! assert!(json.starts_with("{\"schema\":\"akhbar.document/1\""));
//! ```
#![warn(missing_docs)]

mod analyze;
pub mod document;
mod facts;
pub mod json;

pub use analyze::{AnalyzeError, Analyzer, Metadata, DEFAULT_MAX_BYTES};
pub use document::{Document, Entity, Origin, SCHEMA_ID};

/// The JSON Schema (draft 2020-12) of [`Document`].
pub const JSON_SCHEMA: &str = include_str!("../schema/document.v1.json");
