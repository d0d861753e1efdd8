//! A small CoNLL-U reader.
//!
//! ```
//! use akhbar_eval::conllu::parse;
//!
//! let doc = "# text = وقال\n1-2\tوقال\t_\t_\t_\t_\t_\t_\t_\t_\n1\tو\t_\tCCONJ\t_\t_\t2\tcc\t_\t_\n2\tقال\t_\tVERB\t_\t_\t0\troot\t_\t_\n\n";
//! let sentences = parse(doc).unwrap();
//! assert_eq!(sentences[0].text.as_deref(), Some("وقال"));
//! assert_eq!(sentences[0].tokens[0].form, "وقال");
//! assert_eq!(sentences[0].tokens[0].words.len(), 2);
//! ```

/// A syntactic word.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Word {
    /// FORM.
    pub form: String,
    /// LEMMA.
    pub lemma: String,
    /// UPOS.
    pub upos: String,
    /// XPOS.
    pub xpos: String,
    /// FEATS.
    pub feats: String,
    /// DEPREL.
    pub deprel: String,
    /// MISC.
    pub misc: String,
}

impl Word {
    /// Value of feature `name` in FEATS.
    pub fn feat(&self, name: &str) -> Option<&str> {
        self.feats
            .split('|')
            .find_map(|kv| kv.strip_prefix(name).and_then(|r| r.strip_prefix('=')))
    }
}

/// A surface token: a multiword token with its words, or a single word.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Token {
    /// Surface form.
    pub form: String,
    /// The syntactic words (one unless this is a multiword token).
    pub words: Vec<Word>,
    /// `SpaceAfter=No` given.
    pub no_space_after: bool,
}

/// A sentence.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    /// `# sent_id`.
    pub id: Option<String>,
    /// `# text`.
    pub text: Option<String>,
    /// Tokens in order.
    pub tokens: Vec<Token>,
}

impl Sentence {
    /// The sentence text: `# text`, or the forms joined by their spacing.
    pub fn text_or_forms(&self) -> String {
        if let Some(t) = &self.text {
            return t.clone();
        }
        let mut s = String::new();
        for t in &self.tokens {
            s.push_str(&t.form);
            if !t.no_space_after {
                s.push(' ');
            }
        }
        s.trim_end().to_string()
    }

    /// All syntactic words in order.
    pub fn words(&self) -> impl Iterator<Item = &Word> {
        self.tokens.iter().flat_map(|t| t.words.iter())
    }
}

/// A parse error, with its 1-based line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("CoNLL-U line {line}: {message}")]
pub struct ParseError {
    /// Line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// Parse a whole CoNLL-U document.
pub fn parse(input: &str) -> Result<Vec<Sentence>, ParseError> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    // Remaining words to attach to the current multiword token.
    let mut mwt_left = 0usize;
    for (i, line) in input.lines().enumerate() {
        let err = |message: String| ParseError {
            line: i + 1,
            message,
        };
        if line.trim().is_empty() {
            if !cur.tokens.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            mwt_left = 0;
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            let c = c.trim_start();
            if let Some(t) = c.strip_prefix("text =") {
                cur.text = Some(t.trim().to_string());
            } else if let Some(t) = c
                .strip_prefix("sent_id =")
                .or_else(|| c.strip_prefix("sent_id "))
            {
                cur.id = Some(t.trim().to_string());
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(err(format!(
                "expected 10 tab-separated columns, found {}",
                cols.len()
            )));
        }
        let id = cols[0];
        if id.contains('.') {
            continue; // empty node
        }
        let no_space = cols[9].split('|').any(|m| m == "SpaceAfter=No");
        if let Some((a, b)) = id.split_once('-') {
            let a: usize = a.parse().map_err(|_| err(format!("bad range id {id:?}")))?;
            let b: usize = b.parse().map_err(|_| err(format!("bad range id {id:?}")))?;
            if b < a {
                return Err(err(format!("bad range id {id:?}")));
            }
            mwt_left = b - a + 1;
            cur.tokens.push(Token {
                form: cols[1].to_string(),
                words: Vec::new(),
                no_space_after: no_space,
            });
            continue;
        }
        id.parse::<usize>()
            .map_err(|_| err(format!("bad word id {id:?}")))?;
        let word = Word {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
            xpos: cols[4].to_string(),
            feats: cols[5].to_string(),
            deprel: cols[7].to_string(),
            misc: cols[9].to_string(),
        };
        if mwt_left > 0 {
            if let Some(t) = cur.tokens.last_mut() {
                t.words.push(word);
            }
            mwt_left -= 1;
        } else {
            cur.tokens.push(Token {
                form: word.form.clone(),
                words: vec![word],
                no_space_after: no_space,
            });
        }
    }
    if !cur.tokens.is_empty() {
        out.push(cur);
    }
    Ok(out)
}
