//! From raw text to a [`Document`].

use std::ops::Range;

use akhbar_text::alignment::{Alignment, AlignmentBuilder, CharOffsets};
use akhbar_text::article::ArticleParser;
use akhbar_text::calendar::Date;
use akhbar_text::clean::Cleaner;
use akhbar_text::hash::WordCache;
use akhbar_text::normalize::Normalizer;
use akhbar_text::segment::{percent_sign_start, CliticSegmenter, SegmentRole};
use akhbar_text::sentence::split_sentences;
use akhbar_text::stem::LightStemmer;
use akhbar_text::stopwords::is_stopword;
use akhbar_text::tokenize::{tokenize, TokenKind};

use akhbar_extract::entities::resolve::{MentionSource, Resolution};
use akhbar_extract::entities::{EntityExtractor, ExtractScratch};
use akhbar_extract::facts::{DocView, Word};
use akhbar_extract::times::{TimeTagger, TimeToken};

use crate::document::{self, CompactString, Document, RawSpan, Span, SCHEMA_ID};
use crate::facts::Facts;

/// Largest input [`Analyzer::analyze`] accepts by default (64 MiB).
pub const DEFAULT_MAX_BYTES: usize = 64 << 20;

/// Why an input could not be analyzed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnalyzeError {
    /// The input is larger than the configured limit.
    #[error("input is {size} bytes, more than the {limit}-byte limit (raise it with --max-bytes)")]
    TooLarge {
        /// Input size in bytes.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// `published` is not an ISO date.
    #[error("published date {0:?} is not YYYY-MM-DD")]
    BadDate(String),
}

/// Metadata of one input.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Metadata {
    /// Identifier.
    pub id: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Publication date, `YYYY-MM-DD` (a longer ISO timestamp is cut to the date).
    pub published: Option<String>,
    /// Title.
    pub title: Option<String>,
}

/// Turns raw article text into [`Document`]s. Build one and reuse it.
///
/// ```
/// use akhbar::{Analyzer, Metadata};
///
/// let analyzer = Analyzer::default();
/// let doc = analyzer.analyze("دمشق - ليلى حسن\nوصل الوفد.وبدأت المحادثات", &Metadata::default()).unwrap();
/// assert_eq!(doc.dateline.unwrap().place.unwrap().text, "دمشق");
/// assert_eq!(doc.sentences.len(), 2);
/// let t = &doc.tokens[3];
/// let chars: Vec<char> = doc.text.chars().collect();
/// assert_eq!(chars[t.span.start..t.span.end].iter().collect::<String>(), t.text);
/// ```
#[derive(Clone, Debug)]
pub struct Analyzer {
    cleaner: Cleaner,
    article: ArticleParser,
    segmenter: CliticSegmenter,
    normalizer: Normalizer,
    stemmer: LightStemmer,
    /// Largest accepted input in bytes.
    pub max_bytes: usize,
    /// Find entities (people, places, organizations) and link them to the
    /// knowledge base. On by default.
    pub entities: bool,
    /// Also write the events whose other side went unfound (an attack with
    /// no target, a person meeting no one named), with a confidence of at
    /// most 0.3. Off by default: most of them are wrong as coded.
    pub one_sided_events: bool,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer {
            cleaner: Cleaner::default(),
            article: ArticleParser::default(),
            segmenter: CliticSegmenter::default(),
            normalizer: Normalizer::default(),
            stemmer: LightStemmer::default(),
            max_bytes: DEFAULT_MAX_BYTES,
            entities: true,
            one_sided_events: false,
        }
    }
}

/// Buffers reused across the documents a thread analyzes. The entity
/// layer's scratch holds the cache of segmented words, shared by the tokens
/// and the tagger and carried from article to article (news repeats its
/// vocabulary).
struct Scratch {
    stem: String,
    /// A search form being made.
    norm: String,
    /// The forms of the words seen lately (see [`WordForms`]).
    words: WordCache<WordForms>,
    extract: ExtractScratch,
}

impl Default for Scratch {
    fn default() -> Self {
        Scratch {
            stem: String::new(),
            norm: String::new(),
            words: WordCache::new(WORD_FORMS_CACHED),
            extract: ExtractScratch::default(),
        }
    }
}

/// Words whose [`WordForms`] a thread keeps (twice this at most: two
/// generations), about 100 bytes each.
const WORD_FORMS_CACHED: usize = 50_000;

/// What a word token holds that depends on its letters alone: computed
/// once per word while the word stays cached.
struct WordForms {
    norm: CompactString,
    stem: CompactString,
    stop: bool,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// Body paragraphs joined by a blank line, and the alignment body → cleaned.
fn join_paragraphs(
    cleaned: &str,
    paragraphs: &[Range<usize>],
) -> (String, Alignment, Vec<Range<usize>>) {
    let mut body = String::with_capacity(cleaned.len());
    let mut b = AlignmentBuilder::new();
    let mut ranges = Vec::with_capacity(paragraphs.len());
    let mut at = 0;
    for (i, p) in paragraphs.iter().enumerate() {
        let gap = p.start - at;
        if i == 0 {
            b.delete(gap);
        } else if &cleaned[at..p.start] == "\n\n" {
            b.copy(2);
        } else {
            b.replace(gap, 2);
        }
        if i > 0 {
            body.push_str("\n\n");
        }
        let start = body.len();
        body.push_str(&cleaned[p.clone()]);
        b.copy(p.len());
        ranges.push(start..body.len());
        at = p.end;
    }
    b.delete(cleaned.len() - at);
    (body, b.finish(), ranges)
}

impl Analyzer {
    /// Analyze one article.
    pub fn analyze(&self, raw: &str, meta: &Metadata) -> Result<Document, AnalyzeError> {
        if raw.len() > self.max_bytes {
            return Err(AnalyzeError::TooLarge {
                size: raw.len(),
                limit: self.max_bytes,
            });
        }
        let published = match &meta.published {
            Some(p) => {
                let date = Date::parse_iso(p).ok_or_else(|| AnalyzeError::BadDate(p.clone()))?;
                Some(date.to_string())
            }
            None => None,
        };
        let cleaned = self.cleaner.clean(raw);
        let layout = self.article.parse(&cleaned.text);
        let (text, body_to_clean, para_ranges) = join_paragraphs(&cleaned.text, &layout.paragraphs);
        let body_to_raw = body_to_clean.compose(&cleaned.alignment);

        let raw_chars = CharOffsets::new(raw);
        let text_chars = CharOffsets::new(&text);
        let span = |r: Range<usize>| -> Span {
            let raw_r = body_to_raw.source_range(r.clone());
            Span {
                start: text_chars.char_offset(r.start),
                end: text_chars.char_offset(r.end),
                raw_start: raw_chars.char_offset(raw_r.start),
                raw_end: raw_chars.char_offset(raw_r.end),
            }
        };
        let raw_span = |r: Range<usize>| -> RawSpan {
            let raw_r = cleaned.alignment.source_range(r.clone());
            RawSpan {
                text: cleaned.text[r].to_string(),
                raw_start: raw_chars.char_offset(raw_r.start),
                raw_end: raw_chars.char_offset(raw_r.end),
            }
        };

        let dateline = layout.dateline.as_ref().map(|d| document::Dateline {
            span: raw_span(d.range.clone()),
            place: d.place.clone().map(raw_span),
            agency: d.agency.clone().map(raw_span),
            date: d.date.as_ref().map(|m| document::DatelineDate {
                iso: m.date.to_string(),
                calendar: m.calendar.as_str().to_string(),
                span: raw_span(m.range.clone()),
            }),
            times: Vec::new(),
        });
        let published = published.or_else(|| {
            dateline
                .as_ref()
                .and_then(|d| d.date.as_ref())
                .map(|d| d.iso.clone())
        });

        let date = published.as_deref().and_then(Date::parse_iso);
        let mut dateline = dateline;
        if let (Some(d), Some(layout_d)) = (dateline.as_mut(), layout.dateline.as_ref()) {
            d.times = self.dateline_times(&cleaned.text, layout_d.range.clone(), date, &raw_span);
        }

        // Arabic news runs at about one token per nine bytes of UTF-8 (9.4 on
        // SaudiNewsNet): room for one per eight saves the copies of a
        // growing vector in most articles.
        let expected_tokens = text.len() / 8 + 8;
        let mut tokens = Vec::with_capacity(expected_tokens);
        let mut token_bytes: Vec<Range<usize>> = Vec::with_capacity(expected_tokens);
        let mut token_kinds: Vec<TokenKind> = Vec::with_capacity(expected_tokens);
        let mut sentences = Vec::new();
        let mut paragraph_of = Vec::new();
        let mut scratch_cell = SCRATCH.with(|s| s.take());
        let scratch = &mut scratch_cell;
        for (p_idx, p) in para_ranges.iter().enumerate() {
            let para = &text[p.clone()];
            for s in split_sentences(para) {
                let s = p.start + s.start..p.start + s.end;
                let token_start = tokens.len();
                for t in tokenize(&text[s.clone()]) {
                    let tr = s.start + t.start..s.start + t.end;
                    token_bytes.push(tr.clone());
                    token_kinds.push(t.kind);
                    tokens.push(self.token(&text, tr, t.kind, &span, scratch));
                }
                paragraph_of.push(p_idx);
                sentences.push(document::Sentence {
                    span: span(s.clone()),
                    text: text[s].to_string(),
                    token_start,
                    token_end: tokens.len(),
                });
            }
        }
        let resolution = if self.entities {
            self.resolve(
                &text,
                &sentences,
                &tokens,
                &token_bytes,
                date,
                &mut scratch.extract,
            )
        } else {
            Resolution::default()
        };
        SCRATCH.with(|s| s.replace(scratch_cell));
        let entities = self.entities(&text, &sentences, &token_bytes, &resolution, &span);
        let words: Vec<Word<'_>> = tokens
            .iter()
            .zip(&token_bytes)
            .zip(&token_kinds)
            .map(|((t, r), &kind)| Word {
                text: &text[r.clone()],
                norm: &t.norm,
                kind,
                space_before: r.start == 0 || text[..r.start].ends_with(char::is_whitespace),
            })
            .collect();
        let sentence_tokens: Vec<Range<usize>> = sentences
            .iter()
            .map(|s| s.token_start..s.token_end)
            .collect();
        let mut view = DocView::new(
            &words,
            &sentence_tokens,
            &paragraph_of,
            &resolution,
            EntityExtractor::bundled().knowledge_base(),
        );
        // The dateline's place and agency say where the story was filed,
        // not who acted in it.
        if let Some(d) = layout.dateline.as_ref() {
            let in_dateline = token_bytes
                .iter()
                .take_while(|r| body_to_clean.source_range((*r).clone()).end <= d.range.end)
                .count();
            view.drop_actors_before(in_dateline);
        }
        let facts = Facts {
            text: &text,
            token_bytes: &token_bytes,
            view,
            span: &span,
        };
        let found = facts.found_quotes();
        let quotes = facts.quotes(&found);
        let (times, dated) = facts.times(date);
        let events = facts.events(&dated, date, &found, self.one_sided_events);
        Ok(Document {
            origin: None,
            schema: SCHEMA_ID.to_string(),
            id: meta.id.clone(),
            url: meta.url.clone(),
            published,
            title: meta.title.clone(),
            dateline,
            byline: layout.authors.iter().cloned().map(raw_span).collect(),
            boilerplate: layout
                .boilerplate
                .iter()
                .map(|b| document::Boilerplate {
                    kind: b.kind.as_str().to_string(),
                    span: raw_span(b.range.clone()),
                })
                .collect(),
            paragraphs: para_ranges.iter().cloned().map(span).collect(),
            sentences,
            tokens,
            entities,
            quotes,
            times,
            events,
            text,
        })
    }

    /// Time expressions of the dateline (bytes `range` of `cleaned`).
    fn dateline_times(
        &self,
        cleaned: &str,
        range: Range<usize>,
        date: Option<Date>,
        raw_span: &impl Fn(Range<usize>) -> RawSpan,
    ) -> Vec<document::DatelineTime> {
        let line = &cleaned[range.clone()];
        let toks: Vec<_> = tokenize(line).collect();
        let norms: Vec<String> = toks
            .iter()
            .map(|t| self.normalizer.normalize(t.text(line)))
            .collect();
        let words: Vec<TimeToken<'_>> = toks
            .iter()
            .zip(&norms)
            .map(|(t, n)| TimeToken {
                text: t.text(line),
                norm: n,
                kind: t.kind,
            })
            .collect();
        TimeTagger::default()
            .find(&words, date)
            .into_iter()
            .filter(|t| !t.tokens.is_empty())
            .map(|t| {
                let r = range.start + toks[t.tokens.start].start
                    ..range.start + toks[t.tokens.end - 1].end;
                document::DatelineTime {
                    span: raw_span(r),
                    value: t.value,
                    kind: t.kind.as_str().to_string(),
                    approximate: t.approximate,
                    calendar: t.calendar.map(|c| c.as_str().to_string()),
                }
            })
            .collect()
    }

    /// Entities of the document: tagged, grouped and linked.
    fn resolve(
        &self,
        text: &str,
        sentences: &[document::Sentence],
        tokens: &[document::Token],
        token_bytes: &[Range<usize>],
        date: Option<Date>,
        scratch: &mut ExtractScratch,
    ) -> Resolution {
        let extractor = EntityExtractor::bundled();
        let words: Vec<Vec<&str>> = sentences
            .iter()
            .map(|s| {
                token_bytes[s.token_start..s.token_end]
                    .iter()
                    .map(|r| &text[r.clone()])
                    .collect()
            })
            .collect();
        let refs: Vec<&[&str]> = words.iter().map(Vec::as_slice).collect();
        // The tokens' search forms are the entity layer's (both use the
        // default normalizer): no need to compute them twice.
        let norms: Vec<Vec<&str>> = sentences
            .iter()
            .map(|s| {
                tokens[s.token_start..s.token_end]
                    .iter()
                    .map(|t| t.norm.as_str())
                    .collect()
            })
            .collect();
        extractor.extract_normalized(&refs, &norms, date, scratch)
    }

    fn entities(
        &self,
        text: &str,
        sentences: &[document::Sentence],
        token_bytes: &[Range<usize>],
        found: &Resolution,
        span: &impl Fn(Range<usize>) -> Span,
    ) -> Vec<document::Entity> {
        let kb = EntityExtractor::bundled().knowledge_base();
        found
            .mentions
            .iter()
            .map(|m| {
                let s = &sentences[m.sentence];
                let first = s.token_start + m.tokens.start;
                let last = s.token_start + m.tokens.end - 1;
                let mut start =
                    (token_bytes[first].start + m.proclitic).min(token_bytes[first].end);
                if !text.is_char_boundary(start) {
                    start = token_bytes[first].start;
                }
                let range = start..token_bytes[last].end;
                let c = &found.clusters[m.cluster];
                let entry = c.entry.map(|e| &kb.entries[e]);
                document::Entity {
                    span: span(range.clone()),
                    text: text[range].to_string(),
                    kind: match m.label.conll_name() {
                        "PERS" => "PER",
                        other => other,
                    }
                    .to_string(),
                    canonical: Some(c.canonical_name(kb).to_string()),
                    canonical_en: entry.map(|e| e.name_en.clone()),
                    id: entry.map(|e| e.id.clone()),
                    country: c.country.clone(),
                    role: c.role.map(|r| {
                        let id = &kb.roles[r].id;
                        id.strip_prefix("ak:role:").unwrap_or(id).to_string()
                    }),
                    cluster: m.cluster,
                    token_start: first,
                    token_end: last + 1,
                    source: match m.source {
                        MentionSource::Tagger => "tagger",
                        MentionSource::Gazetteer => "gazetteer",
                        MentionSource::Role => "role",
                        MentionSource::Title => "title",
                        MentionSource::Document => "document",
                    }
                    .to_string(),
                }
            })
            .collect()
    }

    fn token(
        &self,
        text: &str,
        r: Range<usize>,
        kind: TokenKind,
        span: &impl Fn(Range<usize>) -> Span,
        scratch: &mut Scratch,
    ) -> document::Token {
        let t = &text[r.clone()];
        let normalized = |s: &str, buf: &mut String| {
            buf.clear();
            self.normalizer.normalize_into(s, buf);
            CompactString::new(&*buf)
        };
        let (norm, stem, stop) = if kind == TokenKind::Word {
            let Scratch {
                stem, norm, words, ..
            } = scratch;
            let forms = words.get_or_insert_with(t, || {
                let n = normalized(t, norm);
                WordForms {
                    stop: is_stopword(&n),
                    norm: n,
                    stem: CompactString::new(self.stemmer.stem_in(t, stem)),
                }
            });
            (forms.norm.clone(), forms.stem.clone(), forms.stop)
        } else {
            let norm = normalized(t, &mut scratch.norm);
            let stem = CompactString::new(self.stemmer.stem_in(t, &mut scratch.stem));
            (norm, stem, false)
        };
        let span = span(r.clone());
        let mut segments = Vec::new();
        // Segment offsets count from the token's start, within the token.
        let chars_to = |a: usize| span.start + t[..a].chars().count();
        let seg = |a: usize, b: usize, role: SegmentRole, norm: CompactString| document::Segment {
            start: chars_to(a),
            end: chars_to(b),
            text: CompactString::new(&t[a..b]),
            norm,
            role: role.into(),
        };
        match kind {
            TokenKind::Word => {
                let s = scratch.extract.segments().segment(&self.segmenter, t);
                for part in s.segments(t) {
                    let n = match (part.role, s.stem_norm()) {
                        (SegmentRole::Stem, Some(restored)) => CompactString::new(restored),
                        // An unsplit word: its segment's search form is the token's.
                        _ if part.range == (0..t.len()) => norm.clone(),
                        _ => normalized(part.text, &mut scratch.norm),
                    };
                    segments.push(seg(part.range.start, part.range.end, part.role, n));
                }
            }
            TokenKind::Number if percent_sign_start(t).is_some() => {
                let cut = percent_sign_start(t).unwrap_or(t.len());
                let number = normalized(&t[..cut], &mut scratch.norm);
                segments.push(seg(0, cut, SegmentRole::Stem, number));
                let sign_norm = normalized(&t[cut..], &mut scratch.norm);
                let mut sign = seg(cut, t.len(), SegmentRole::Stem, sign_norm);
                sign.role = document::SegmentRole::Symbol;
                segments.push(sign);
            }
            _ => segments.push(seg(0, t.len(), SegmentRole::Stem, norm.clone())),
        }
        document::Token {
            span,
            text: CompactString::new(t),
            kind,
            stop,
            norm,
            stem,
            segments,
        }
    }
}
