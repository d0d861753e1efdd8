//! Evaluation and treebank data for akhbar.
//!
//! * [`conllu`]: a CoNLL-U reader (sentences, comments, words, multiword tokens).
//! * [`segmentation`]: CoNLL 2018-style Tokens and Words precision/recall/F1
//!   over character spans of the raw text.
//! * [`treebank`]: clitic-segmentation training examples from treebanks whose
//!   surface tokens are lost (UD Arabic-PADT v1.2, vocalized syntactic words).
#![warn(missing_docs)]

pub mod conllu;
pub mod segmentation;
pub mod treebank;
