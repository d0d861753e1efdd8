//! The Arabic text layer of akhbar.
//!
//! Raw news text goes through these stages, each its own module:
//!
//! 1. [`clean`]: the [`Cleaner`](clean::Cleaner) makes the display form and an
//!    [`Alignment`](alignment::Alignment) back to the raw input.
//! 2. [`article`]: the [`ArticleParser`](article::ArticleParser) finds the
//!    dateline, byline, paragraphs and boilerplate blocks.
//! 3. [`sentence`]: sentence spans inside paragraphs.
//! 4. [`tokenize`]: tokens with byte offsets and kinds.
//! 5. [`segment`]: the [`CliticSegmenter`](segment::CliticSegmenter) splits
//!    proclitics and pronoun enclitics off Arabic words (UD/ATB scheme).
//! 6. [`normalize`] and [`stem`]: the search form and the light stem of each token.
//!
//! All offsets inside this crate are byte offsets into the text a stage was
//! given; [`alignment::CharOffsets`] converts them to the code-point offsets
//! of akhbar's JSON output.
//!
//! ```
//! use akhbar_text::{clean::Cleaner, tokenize::tokenize, stem::LightStemmer};
//!
//! let cleaned = Cleaner::default().clean("وقــال الرئيسُ.وأضاف");
//! let stemmer = LightStemmer::default();
//! let stems: Vec<String> = tokenize(&cleaned.text)
//!     .map(|t| stemmer.stem(t.text(&cleaned.text)))
//!     .collect();
//! assert_eq!(stems, ["قال", "رييس", ".", "اضاف"]);
//! ```
#![warn(missing_docs)]

pub mod alignment;
pub mod article;
pub mod calendar;
pub mod chars;
pub mod clean;
pub mod filter;
pub mod hash;
pub mod normalize;
mod presentation_table;
pub mod segment;
pub mod sentence;
pub mod stem;
pub mod stopwords;
pub mod tokenize;
pub mod tsv;
mod ummalqura_table;
