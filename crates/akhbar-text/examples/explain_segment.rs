//! Show how the clitic segmenter scores each reading of the words given on
//! the command line.
//!
//! ```sh
//! cargo run -p akhbar-text --example explain_segment -- بلدينا وزير
//! ```

use akhbar_text::segment::CliticSegmenter;

fn main() {
    let segmenter = CliticSegmenter::default();
    for word in std::env::args().skip(1) {
        println!("{word}");
        for (reading, score, features) in segmenter.explain(&word) {
            println!("  {score:8.3}  {reading}");
            for (name, weight) in features.iter().filter(|(_, w)| *w != 0.0) {
                println!("              {weight:+8.3}  {name}");
            }
        }
    }
}
