//! Inputs of the line filters and `tag`: files or stdin. (`analyze` reads
//! through `akhbar-ingest`.)

use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::path::PathBuf;

/// A named input: a file path or `-` for stdin.
#[derive(Clone, Debug)]
pub struct Input {
    pub path: Option<PathBuf>,
}

impl Input {
    pub fn parse_list(items: &[String]) -> Vec<Input> {
        if items.is_empty() {
            return vec![Input { path: None }];
        }
        items
            .iter()
            .map(|s| Input {
                path: (s != "-").then(|| PathBuf::from(s)),
            })
            .collect()
    }

    /// Name used in messages and as a document id.
    pub fn name(&self) -> String {
        match &self.path {
            Some(p) => p.display().to_string(),
            None => "<stdin>".to_string(),
        }
    }

    pub fn open(&self) -> io::Result<Box<dyn BufRead>> {
        Ok(match &self.path {
            Some(p) => Box::new(BufReader::with_capacity(1 << 20, File::open(p)?)),
            None => Box::new(BufReader::with_capacity(1 << 20, io::stdin())),
        })
    }
}
