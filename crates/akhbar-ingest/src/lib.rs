//! akhbar ingestion: from the files people actually have (web pages, feeds,
//! crawl archives, JSONL dumps, corpus files, in any of the encodings Arabic
//! sites use) to a stream of raw articles for [`akhbar::Analyzer`].
//!
//! [`akhbar::Analyzer`]: https://docs.rs/akhbar
//!
//! The stream is split in two so that the expensive part runs in parallel:
//!
//! 1. a [`Source`] (one per input, see [`source::open`]) frames the input into
//!    [`Record`]s cheaply and in order: a JSONL line, a feed item, a WARC
//!    response, a corpus entry, a whole page;
//! 2. [`Record::into_article`] does the work on one record (decoding
//!    [`encoding`], main-text extraction [`html`]) and gives a
//!    [`RawArticle`] or an [`IngestError`] that names the source and record.
//!
//! Readers for each format: [`html`], [`feed`], [`warc`], [`jsonl`],
//! [`saudinewsnet`], [`trec`]; input selection (files, directories, globs,
//! stdin, format detection) is in [`source`].
//!
//! ```
//! use akhbar_ingest::{source, Format, Options};
//!
//! let page = "<html lang=ar><body><article><p>أعلنت الوزارة اليوم عن افتتاح مدرسة جديدة في المدينة، وقال المدير إن الدراسة تبدأ الأسبوع المقبل.</p></article></body></html>";
//! let input = source::Input::from_bytes("page.html", page.as_bytes().to_vec());
//! let opts = Options::default();
//! let mut records = source::open(&input, Some(Format::Html), &opts);
//! let record = records.next().unwrap().unwrap();
//! let article = record.into_article(&opts).unwrap();
//! assert!(article.text.starts_with("أعلنت الوزارة"));
//! assert_eq!(article.lang.as_deref(), Some("ar"));
//! ```

#![warn(missing_docs)]

pub mod date;
pub mod encoding;
pub mod feed;
pub mod html;
pub mod jsonl;
pub mod saudinewsnet;
pub mod source;
pub mod trec;
pub mod warc;

use std::fmt;
use std::sync::Arc;

pub use source::{Format, Source};

/// Where a record sits in its source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Position {
    /// The whole input is one record.
    Whole,
    /// A line (1-based) of a line-oriented input.
    Line(u64),
    /// An item (1-based) of a feed or an array.
    Item(u64),
    /// A byte offset (of a WARC record in the uncompressed stream).
    Offset(u64),
    /// A member of an archive and the item (1-based) inside it.
    Member(String, u64),
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Position::Whole => Ok(()),
            Position::Line(n) => write!(f, "{n}"),
            Position::Item(n) => write!(f, "item {n}"),
            Position::Offset(n) => write!(f, "byte {n}"),
            Position::Member(m, n) => write!(f, "{m}#{n}"),
        }
    }
}

/// One record that could not be read, with where it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IngestError {
    /// The input's name (path, or `<stdin>`).
    pub source: Arc<str>,
    /// The record's position.
    pub position: Position,
    /// What went wrong.
    pub reason: String,
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Position::Whole => write!(f, "{}: {}", self.source, self.reason),
            _ => write!(f, "{}:{}: {}", self.source, self.position, self.reason),
        }
    }
}

impl std::error::Error for IngestError {}

impl IngestError {
    /// An error at `position` of `source`.
    pub fn new(source: &Arc<str>, position: Position, reason: impl Into<String>) -> Self {
        IngestError {
            source: source.clone(),
            position,
            reason: reason.into(),
        }
    }

    /// The position as written in error reports (empty for a whole input).
    pub fn record(&self) -> String {
        self.position.to_string()
    }
}

/// Metadata a reader knows about a record before it is decoded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Meta {
    /// Identifier (JSONL `id`, TREC `DOCNO`, the path of a file…).
    pub id: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// The article's URL (WARC-Target-URI, feed item link…).
    pub url: Option<String>,
    /// Publication date, `YYYY-MM-DD` or ISO 8601.
    pub published: Option<String>,
    /// Author names.
    pub author: Option<String>,
    /// The outlet.
    pub site_name: Option<String>,
    /// When the page was crawled (WARC-Date).
    pub crawled: Option<String>,
}

/// A record's content before the expensive part.
#[derive(Clone, Debug)]
pub enum Payload {
    /// Ready text.
    Text(String),
    /// Plain text as bytes (strict UTF-8 unless an encoding is forced or detection is asked for).
    TextBytes(Vec<u8>),
    /// A whole page, with the transport's `Content-Type` if any.
    Html {
        /// The page bytes.
        bytes: Vec<u8>,
        /// `Content-Type` header value.
        content_type: Option<String>,
    },
    /// An HTML fragment (a feed item's description) already decoded.
    HtmlFragment(String),
}

/// A framed record: where it is, what is known, and its content.
#[derive(Clone, Debug)]
pub struct Record {
    /// The input's name.
    pub source: Arc<str>,
    /// Where in the input.
    pub position: Position,
    /// What the reader knows.
    pub meta: Meta,
    /// The content.
    pub payload: Payload,
}

/// What [`Source`] yields: a record, or an error that names its place.
pub type Item = Result<Record, IngestError>;

/// How decoding is done.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default)]
pub enum TextEncoding {
    /// Plain text must be UTF-8 (or UTF-16 with a BOM); markup follows the
    /// labels and detection of [`encoding`].
    #[default]
    Default,
    /// Detect for plain text too.
    Auto,
    /// Use this one everywhere.
    Forced(&'static encoding_rs::Encoding),
}

/// Options shared by every reader.
#[derive(Clone, Debug)]
pub struct Options {
    /// Decoding policy.
    pub encoding: TextEncoding,
    /// Replace invalid UTF-8 in plain text and JSONL instead of failing the record.
    pub lossy: bool,
    /// Largest record (a page, a JSONL line's text, a file) in bytes.
    pub max_record_bytes: usize,
    /// Largest decompressed size of one WARC record / archive member.
    pub max_decompressed_bytes: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            encoding: TextEncoding::Default,
            lossy: false,
            max_record_bytes: 64 << 20,
            max_decompressed_bytes: 256 << 20,
        }
    }
}

impl Options {
    fn forced(&self) -> Option<&'static encoding_rs::Encoding> {
        match self.encoding {
            TextEncoding::Forced(e) => Some(e),
            _ => None,
        }
    }
}

/// An article ready for analysis.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawArticle {
    /// The input's name.
    pub source: String,
    /// Position in the input, as written in reports (empty for a whole input).
    pub record: String,
    /// Identifier.
    pub id: Option<String>,
    /// The article text, paragraphs separated by blank lines for markup inputs.
    pub text: String,
    /// Headline.
    pub title: Option<String>,
    /// URL (the record's, else the page's canonical URL).
    pub url: Option<String>,
    /// The page's canonical URL.
    pub canonical_url: Option<String>,
    /// Publication date, `YYYY-MM-DD` or ISO 8601.
    pub published: Option<String>,
    /// Author names.
    pub author: Option<String>,
    /// The outlet.
    pub site_name: Option<String>,
    /// Language tag of the page.
    pub lang: Option<String>,
    /// Text direction of the page.
    pub dir: Option<String>,
    /// Crawl date (WARC).
    pub crawled: Option<String>,
    /// The encoding the bytes were read in, when they were decoded here.
    pub encoding: Option<&'static str>,
    /// Bytes were replaced with U+FFFD while decoding.
    pub replaced: bool,
}

impl Record {
    /// Decode and extract: the record's article, or why there is none.
    pub fn into_article(self, opts: &Options) -> Result<RawArticle, IngestError> {
        let err = |reason: String| IngestError {
            source: self.source.clone(),
            position: self.position.clone(),
            reason,
        };
        let m = self.meta;
        let mut a = RawArticle {
            source: self.source.to_string(),
            record: self.position.to_string(),
            id: m.id,
            title: m.title,
            url: m.url,
            published: m.published,
            author: m.author,
            site_name: m.site_name,
            crawled: m.crawled,
            ..RawArticle::default()
        };
        match self.payload {
            Payload::Text(t) => {
                if t.len() > opts.max_record_bytes {
                    return Err(err(too_large(t.len(), opts.max_record_bytes)));
                }
                a.text = t;
            }
            Payload::TextBytes(b) => {
                if b.len() > opts.max_record_bytes {
                    return Err(err(too_large(b.len(), opts.max_record_bytes)));
                }
                let d = decode_text(b, opts).map_err(err)?;
                a.text = d.0;
                a.encoding = d.1;
                a.replaced = d.2;
            }
            Payload::HtmlFragment(f) => a.text = html::fragment_text(&f),
            Payload::Html {
                bytes,
                content_type,
            } => {
                if bytes.len() > opts.max_record_bytes {
                    return Err(err(too_large(bytes.len(), opts.max_record_bytes)));
                }
                let d = encoding::decode(
                    bytes,
                    &encoding::Hints {
                        forced: opts.forced(),
                        content_type: content_type.as_deref(),
                        markup: encoding::Markup::Html,
                    },
                );
                let page = html::extract(&d.text).map_err(|e| err(e.to_string()))?;
                a.text = page.text;
                a.encoding = Some(d.encoding);
                a.replaced = d.replaced;
                a.title = a.title.or(page.title);
                a.published = a.published.or(page.published);
                a.author = a.author.or(page.author);
                a.site_name = a.site_name.or(page.site_name);
                a.url = a.url.or_else(|| page.canonical_url.clone());
                a.canonical_url = page.canonical_url;
                a.lang = page.lang;
                a.dir = page.dir;
            }
        }
        Ok(a)
    }
}

fn too_large(size: usize, limit: usize) -> String {
    format!("record is {size} bytes, more than the {limit}-byte limit (raise it with --max-bytes)")
}

/// Plain-text decoding: UTF-8 (strict unless lossy) or UTF-16 with a BOM,
/// else the forced encoding, or detection when asked for.
fn decode_text(
    bytes: Vec<u8>,
    opts: &Options,
) -> Result<(String, Option<&'static str>, bool), String> {
    let bom16 = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    if opts.encoding != TextEncoding::Default || bom16 {
        let d = encoding::decode(
            bytes,
            &encoding::Hints {
                forced: opts.forced(),
                ..encoding::Hints::default()
            },
        );
        return Ok((d.text, Some(d.encoding), d.replaced));
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok((s, None, false)),
        Err(e) if opts.lossy => Ok((
            String::from_utf8_lossy(e.as_bytes()).into_owned(),
            None,
            true,
        )),
        Err(e) => Err(format!(
            "invalid UTF-8 at byte offset {} (use --lossy to replace bad bytes, or --encoding)",
            e.utf8_error().valid_up_to()
        )),
    }
}
