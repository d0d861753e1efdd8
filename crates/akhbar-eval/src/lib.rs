//! Evaluation and treebank data for akhbar.
//!
//! * [`conllu`]: a CoNLL-U reader (sentences, comments, words, multiword tokens).
//! * [`segmentation`]: CoNLL 2018-style Tokens and Words precision/recall/F1
//!   over character spans of the raw text.
//! * [`stemming`]: B-cubed conflation scores of a stemmer against lemmas.
//! * [`treebank`]: clitic-segmentation training examples from treebanks whose
//!   surface tokens are lost (UD Arabic-PADT v1.2, vocalized syntactic words).
#![warn(missing_docs)]

pub mod conllu;
pub mod facts;
pub mod ner;
pub mod segmentation;
pub mod stemming;
pub mod treebank;

use std::path::PathBuf;

/// The shared data folder (`../shared` beside the checkout, or `$AKHBAR_SHARED`),
/// for tests and evaluations.
///
/// Returns `None` when it is missing, after printing a skip message, unless
/// `AKHBAR_REQUIRE_SHARED=1` is set (as CI does): then a missing folder panics.
pub fn shared_data_dir() -> Option<PathBuf> {
    let dir = match std::env::var_os("AKHBAR_SHARED") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
    };
    if dir.join("data").is_dir() {
        return Some(dir);
    }
    if std::env::var("AKHBAR_REQUIRE_SHARED").is_ok_and(|v| v == "1") {
        panic!(
            "AKHBAR_REQUIRE_SHARED=1 but the shared data folder {} is missing",
            dir.display()
        );
    }
    eprintln!(
        "skipping: shared data folder {} not found (set AKHBAR_SHARED)",
        dir.display()
    );
    None
}
