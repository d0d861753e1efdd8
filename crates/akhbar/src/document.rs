//! The document: akhbar's output contract (schema `akhbar.document/1`).
//!
//! Every span has `start`/`end`, Unicode code-point offsets into the
//! document's `text` (so Python's `doc["text"][start:end]` is the span's
//! text), and `raw_start`/`raw_end`, code-point offsets into the raw input
//! the document was made from. Spans left out of `text` (dateline, byline,
//! boilerplate) have only raw offsets. The JSON Schema is
//! `schema/document.v1.json` (`akhbar schema` prints it).

pub use akhbar_text::tokenize::TokenKind;
/// The string type of token and segment texts: words of up to 24 bytes
/// (12 Arabic letters) are kept inline, without an allocation each.
pub use compact_str::CompactString;
use serde::{Deserialize, Serialize};

/// Schema identifier written in every document.
pub const SCHEMA_ID: &str = "akhbar.document/1";

/// An analyzed article.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Always [`SCHEMA_ID`].
    pub schema: String,
    /// Identifier: the JSONL record's `id`, or the input file name.
    pub id: Option<String>,
    /// Source URL, when given.
    pub url: Option<String>,
    /// Publication date (ISO `YYYY-MM-DD`), when given or found in the dateline.
    pub published: Option<String>,
    /// Title, when given.
    pub title: Option<String>,
    /// The cleaned article body: paragraphs separated by a blank line.
    pub text: String,
    /// Dateline (place, agency, date), when the article has one.
    pub dateline: Option<Dateline>,
    /// Authors.
    pub byline: Vec<RawSpan>,
    /// Boilerplate removed from the body.
    pub boilerplate: Vec<Boilerplate>,
    /// Paragraphs of `text`.
    pub paragraphs: Vec<Span>,
    /// Sentences of `text`.
    pub sentences: Vec<Sentence>,
    /// Tokens of `text`.
    pub tokens: Vec<Token>,
    /// Entity mentions (people, places, organizations, other names), in
    /// text order. Mentions of one entity share a `cluster`.
    #[serde(default)]
    pub entities: Vec<Entity>,
    /// Direct quotes and reported speech with their speakers, in text order.
    #[serde(default)]
    pub quotes: Vec<Quote>,
    /// Time expressions resolved against the publication date, in text order.
    #[serde(default)]
    pub times: Vec<Time>,
    /// Events in the PLOVER ontology, in text order; an event told twice is
    /// one event.
    #[serde(default)]
    pub events: Vec<Event>,
    /// Where the article came from, for inputs that carry more than
    /// id/url/title/published (web pages, feeds, crawls, corpora); null for
    /// plain text and JSONL. Set by the ingestion layer, not by
    /// [`crate::Analyzer::analyze`].
    #[serde(default)]
    pub origin: Option<Origin>,
}

/// Provenance of a document read from a web page, feed, crawl or corpus
/// file (`akhbar-ingest`). Fields the source does not give are null.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// The input (file path, or `<stdin>`).
    pub input: String,
    /// The record's position in the input (`item 3`, `byte 1234`,
    /// `2015-07-21.json#17`, a line number); empty for a whole file.
    pub record: String,
    /// Input format (`html`, `feed`, `warc`, `saudinewsnet`, `trec`).
    pub format: String,
    /// Author names as the source gives them.
    #[serde(default)]
    pub author: Option<String>,
    /// The outlet (`og:site_name`, the feed's title, the corpus's newspaper id).
    #[serde(default)]
    pub site_name: Option<String>,
    /// The page's language tag (`<html lang>`).
    #[serde(default)]
    pub lang: Option<String>,
    /// The page's text direction (`rtl`, `ltr`).
    #[serde(default)]
    pub dir: Option<String>,
    /// The page's canonical URL.
    #[serde(default)]
    pub canonical_url: Option<String>,
    /// The full publication timestamp when the source gives a time.
    #[serde(default)]
    pub published_at: Option<String>,
    /// Crawl time (WARC-Date).
    #[serde(default)]
    pub crawled: Option<String>,
    /// The encoding the bytes were decoded from (`UTF-8`, `windows-1256`…).
    #[serde(default)]
    pub encoding: Option<String>,
}

impl Document {
    /// A readable summary (what `akhbar analyze --format text` prints): id,
    /// publication date, dateline, byline, boilerplate, entities (type,
    /// text, canonical name, [id, country, role], cluster), quotes (kind,
    /// speaker, words), times (text = value), events (type/mode
    /// [modality] source → target, place, date, trigger), then each
    /// sentence with its clitic segments, and with `stems` its light stems
    /// too.
    ///
    /// ```
    /// use akhbar::{Analyzer, Metadata};
    /// let doc = Analyzer::default().analyze("وقال الوزير.", &Metadata::default()).unwrap();
    /// assert_eq!(doc.summary(false), "== (no id)\n[1] وقال الوزير.\n    و+قال الوزير .\n");
    /// ```
    pub fn summary(&self, stems: bool) -> String {
        use std::fmt::Write as _;
        let mut out = String::new();
        let _ = writeln!(out, "== {}", self.id.as_deref().unwrap_or("(no id)"));
        if let Some(p) = &self.published {
            let _ = writeln!(out, "published: {p}");
        }
        if let Some(d) = &self.dateline {
            let f = |s: &Option<RawSpan>| s.as_ref().map_or("-".to_string(), |s| s.text.clone());
            let date = d
                .date
                .as_ref()
                .map_or("-".to_string(), |d| format!("{} ({})", d.iso, d.calendar));
            let _ = writeln!(
                out,
                "dateline: place={} agency={} date={}",
                f(&d.place),
                f(&d.agency),
                date
            );
        }
        if !self.byline.is_empty() {
            let names: Vec<&str> = self.byline.iter().map(|b| b.text.as_str()).collect();
            let _ = writeln!(out, "byline: {}", names.join(" | "));
        }
        for b in &self.boilerplate {
            let _ = writeln!(
                out,
                "boilerplate [{}]: {}",
                b.kind,
                b.span.text.replace('\n', " / ")
            );
        }
        if !self.entities.is_empty() {
            let _ = writeln!(out, "entities:");
        }
        for e in &self.entities {
            let link: Vec<&str> = [&e.id, &e.country, &e.role]
                .into_iter()
                .filter_map(|f| f.as_deref())
                .collect();
            let _ = writeln!(
                out,
                "  {} {} → {} [{}] #{}{}",
                e.kind,
                e.text,
                e.canonical_en
                    .as_deref()
                    .or(e.canonical.as_deref())
                    .unwrap_or("-"),
                link.join(", "),
                e.cluster,
                if e.source == "tagger" {
                    String::new()
                } else {
                    format!(" ({})", e.source)
                }
            );
        }
        let short = |t: &str| -> String {
            let mut c: String = t.chars().take(60).collect();
            if t.chars().count() > 60 {
                c.push('…');
            }
            c.replace('\n', " ")
        };
        if !self.quotes.is_empty() {
            let _ = writeln!(out, "quotes:");
        }
        for q in &self.quotes {
            let who = match (&q.speaker, &q.speaker_canonical) {
                (Some(s), Some(c)) if s != c => format!("{s} → {c}"),
                (Some(s), _) => s.clone(),
                (None, _) => "?".to_string(),
            };
            let _ = writeln!(
                out,
                "  [{}] {}{}: «{}»{}",
                q.kind,
                who,
                if q.speaker_carried { " (carried)" } else { "" },
                short(&q.text),
                q.via
                    .as_ref()
                    .map_or(String::new(), |v| format!(" via {}", v.text))
            );
        }
        let times = self
            .dateline
            .iter()
            .flat_map(|d| &d.times)
            .map(|t| (&t.span.text, &t.value, &t.kind, t.approximate))
            .chain(
                self.times
                    .iter()
                    .map(|t| (&t.text, &t.value, &t.kind, t.approximate)),
            );
        let mut first = true;
        for (text, value, kind, approximate) in times {
            if std::mem::take(&mut first) {
                let _ = writeln!(out, "times:");
            }
            let _ = writeln!(
                out,
                "  {} = {} ({}{})",
                text,
                value.as_deref().unwrap_or("?"),
                kind,
                if approximate { ", approximate" } else { "" }
            );
        }
        if !self.events.is_empty() {
            let _ = writeln!(out, "events:");
        }
        for e in &self.events {
            let names = |xs: &[Actor]| -> String {
                let v: Vec<&str> = xs
                    .iter()
                    .map(|a| a.canonical.as_deref().unwrap_or(&a.text))
                    .collect();
                if v.is_empty() {
                    "-".to_string()
                } else {
                    v.join(" + ")
                }
            };
            let _ = writeln!(
                out,
                "  {}{} [{}] {} → {}{}{} «{}»",
                e.kind,
                e.mode.as_ref().map_or(String::new(), |m| format!("/{m}")),
                e.modality,
                names(&e.source),
                names(&e.target),
                e.location
                    .as_ref()
                    .map_or(String::new(), |l| format!(" in {}", l.text)),
                e.date
                    .as_ref()
                    .map_or(String::new(), |d| format!(" on {d}")),
                e.trigger.text
            );
        }
        for (i, s) in self.sentences.iter().enumerate() {
            let toks = &self.tokens[s.token_start..s.token_end];
            let segs: Vec<String> = toks
                .iter()
                .map(|t| {
                    t.segments
                        .iter()
                        .map(|s| s.text.as_str())
                        .collect::<Vec<_>>()
                        .join("+")
                })
                .collect();
            let _ = writeln!(out, "[{}] {}\n    {}", i + 1, s.text, segs.join(" "));
            if stems {
                let stems: Vec<&str> = toks.iter().map(|t| t.stem.as_str()).collect();
                let _ = writeln!(out, "    stems: {}", stems.join(" "));
            }
        }
        out
    }
}

/// A span of `text`, mapped to the raw input too.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// Start (code points into `text`).
    pub start: usize,
    /// End (code points into `text`).
    pub end: usize,
    /// Start (code points into the raw input).
    pub raw_start: usize,
    /// End (code points into the raw input).
    pub raw_end: usize,
}

/// A piece of the raw input that is not part of `text`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawSpan {
    /// Its cleaned text.
    pub text: String,
    /// Start (code points into the raw input).
    pub raw_start: usize,
    /// End (code points into the raw input).
    pub raw_end: usize,
}

/// The dateline.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    /// The whole dateline (cleaned) and its raw span.
    #[serde(flatten)]
    pub span: RawSpan,
    /// Place name.
    pub place: Option<RawSpan>,
    /// Agency or source.
    pub agency: Option<RawSpan>,
    /// Date written in the dateline.
    pub date: Option<DatelineDate>,
    /// Time expressions in the dateline, resolved like those of the body
    /// (a Hijri date and its Gregorian equivalent are two).
    #[serde(default)]
    pub times: Vec<DatelineTime>,
}

/// A time expression in the dateline.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatelineTime {
    /// The expression (cleaned) and its raw span.
    #[serde(flatten)]
    pub span: RawSpan,
    /// ISO 8601 value, as in [`Time::value`].
    pub value: Option<String>,
    /// `date`, `month`, `year`, `week` or `duration`.
    pub kind: String,
    /// Approximate.
    pub approximate: bool,
    /// `gregorian` or `hijri` for an explicit date, month or year.
    pub calendar: Option<String>,
}

/// A date written in a dateline.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatelineDate {
    /// ISO `YYYY-MM-DD` (Gregorian; Hijri dates converted with Umm al-Qura).
    pub iso: String,
    /// `gregorian` or `hijri`: how it was written.
    pub calendar: String,
    /// The date as written (cleaned) and its raw span.
    #[serde(flatten)]
    pub span: RawSpan,
}

/// A boilerplate block.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Boilerplate {
    /// `related`, `share`, `copyright`, `signoff` or `credits`.
    pub kind: String,
    /// The block (cleaned) and its raw span.
    #[serde(flatten)]
    pub span: RawSpan,
}

/// A sentence.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Where it is.
    #[serde(flatten)]
    pub span: Span,
    /// Its text.
    pub text: String,
    /// Index of its first token in `tokens`.
    pub token_start: usize,
    /// Index after its last token.
    pub token_end: usize,
}

/// A token.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// Where it is.
    #[serde(flatten)]
    pub span: Span,
    /// Its text (display form).
    pub text: CompactString,
    /// `word`, `latin`, `number`, `punct`, `url`, `email`, `hashtag`, `mention`, `emoji` or `symbol`.
    pub kind: TokenKind,
    /// Search form.
    pub norm: CompactString,
    /// Light stem (search form).
    pub stem: CompactString,
    /// Is it a stopword?
    pub stop: bool,
    /// Clitic segments (one segment when the token does not split).
    pub segments: Vec<Segment>,
}

/// A clitic segment of a token.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    /// Start (code points into `text`).
    pub start: usize,
    /// End (code points into `text`).
    pub end: usize,
    /// Surface text.
    pub text: CompactString,
    /// Search form, with letters restored where spelling dropped them at the
    /// clitic boundary (`لسلطة` → `السلطه`).
    pub norm: CompactString,
    /// What the segment is.
    pub role: SegmentRole,
}

/// The role of a clitic segment in its token.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SegmentRole {
    /// A proclitic: conjunction, preposition or future particle.
    Proclitic,
    /// The stem (the word without its clitics; a number without its `%`).
    #[default]
    Stem,
    /// A pronoun enclitic.
    Enclitic,
    /// The percent sign of a number (`12%`, `١٢٪`).
    Symbol,
}

impl SegmentRole {
    /// Its name in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            SegmentRole::Proclitic => "proclitic",
            SegmentRole::Stem => "stem",
            SegmentRole::Enclitic => "enclitic",
            SegmentRole::Symbol => "symbol",
        }
    }
}

impl From<akhbar_text::segment::SegmentRole> for SegmentRole {
    fn from(role: akhbar_text::segment::SegmentRole) -> SegmentRole {
        use akhbar_text::segment::SegmentRole as Text;
        match role {
            Text::Proclitic => SegmentRole::Proclitic,
            Text::Stem => SegmentRole::Stem,
            Text::Enclitic => SegmentRole::Enclitic,
        }
    }
}

/// A mention of a named entity.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Where it is (proclitics such as «ب» in «بموسكو» are left out).
    #[serde(flatten)]
    pub span: Span,
    /// Its text.
    pub text: String,
    /// `PER`, `LOC`, `ORG` or `MISC`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Canonical Arabic name: the knowledge base's, or for an entity it
    /// does not know, the search form of its longest mention.
    pub canonical: Option<String>,
    /// Canonical English name, when linked.
    pub canonical_en: Option<String>,
    /// Knowledge-base id (a Wikidata QID where known), when linked.
    pub id: Option<String>,
    /// ISO 3166-1 alpha-3 code of its country, when known.
    pub country: Option<String>,
    /// Role or office (`president`, `foreign_minister`, `spokesperson`…),
    /// from the text or from the offices held on the publication date.
    pub role: Option<String>,
    /// Entity cluster: mentions of one entity share it.
    pub cluster: usize,
    /// Index of its first token in `tokens`.
    pub token_start: usize,
    /// Index after its last token.
    pub token_end: usize,
    /// `tagger`, `gazetteer` (a knowledge-base name the tagger missed) or
    /// `role` (a role phrase naming an office holder: «الرئيس السوري»).
    pub source: String,
}

/// A span of `text` and its text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSpan {
    /// Where it is.
    #[serde(flatten)]
    pub span: Span,
    /// Its text.
    pub text: String,
}

/// A quote: who said what.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words: without the quote marks for a direct quote; the
    /// clause after إن/أن (or the attributed clause) for reported speech.
    #[serde(flatten)]
    pub span: Span,
    /// Their text.
    pub text: String,
    /// `direct`, `reported` or `mixed` (reported speech holding a partial
    /// direct quote).
    pub kind: String,
    /// Who said it, as the text names them («بوتين», «مصدر دبلوماسي»).
    pub speaker: Option<String>,
    /// Where the speaker is named: the subject of the cue, or for a cue with
    /// no subject («وأضاف:») the earlier mention it was carried over from.
    pub speaker_span: Option<Span>,
    /// The speaker's entity cluster (see `entities`), when it is one.
    pub speaker_entity: Option<usize>,
    /// The speaker's canonical name, when it is an entity.
    pub speaker_canonical: Option<String>,
    /// The cue had no subject; the speaker is the previous one.
    pub speaker_carried: bool,
    /// The cue word («وقال», «مضيفا», «بحسب»).
    pub cue: Option<TextSpan>,
    /// The channel the quote came through («نقلت وكالة الأناضول عن …»).
    pub via: Option<Actor>,
    /// Index of the sentence the quote starts in.
    pub sentence: usize,
    /// False when the quote mark never closes (the quote then runs to the
    /// end of its paragraph).
    pub closed: bool,
}

/// A time expression.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Time {
    /// Where it is.
    #[serde(flatten)]
    pub span: Span,
    /// Its text.
    pub text: String,
    /// ISO 8601 value: a day `2023-03-16`, a month `2021-09`, a year
    /// `2021`, a week `2023-W11`, a duration `PT3H`, or an interval
    /// `2023-03-23/2023-04-20` (a Hijri month); null when it needs a
    /// publication date and there is none.
    pub value: Option<String>,
    /// `date`, `month`, `year`, `week` or `duration`.
    pub kind: String,
    /// Approximate («قرابة 3 ساعات», «مطلع الشهر»).
    pub approximate: bool,
    /// `gregorian` or `hijri` for an explicit date, month or year as
    /// written; null for relative expressions and durations.
    pub calendar: Option<String>,
    /// Index of its sentence.
    pub sentence: usize,
}

/// An actor of an event, or a place or channel.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// Where it is named.
    #[serde(flatten)]
    pub span: Span,
    /// Its text.
    pub text: String,
    /// Canonical Arabic name.
    pub canonical: Option<String>,
    /// Canonical English name, when linked.
    pub canonical_en: Option<String>,
    /// Entity cluster (see `entities`).
    pub entity: Option<usize>,
    /// ISO 3166-1 alpha-3 code of its country, when known.
    pub country: Option<String>,
    /// Sector in the manner of CAMEO/PLOVER: `GOV`, `MIL`, `COP`, `IGO`,
    /// `REB`, `CVL`, `OPP`, `LEG`, `JUD`, `PTY`, `MED`, `BUS`, `REL`, `NGO`
    /// (rights, relief and aid groups), `LAB` (labour unions), `EDU`
    /// (universities, research centres); null for a country as a whole or
    /// when unknown.
    pub sector: Option<String>,
}

/// An event: who did what to whom, where and when (PLOVER).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// PLOVER type: `AGREE`, `CONSULT`, `SUPPORT`, `CONCEDE`, `COOPERATE`,
    /// `AID`, `RETREAT`, `REQUEST`, `ACCUSE`, `REJECT`, `THREATEN`,
    /// `PROTEST`, `SANCTION`, `MOBILIZE`, `COERCE` or `ASSAULT`.
    #[serde(rename = "type")]
    pub kind: String,
    /// PLOVER mode, where one applies (`visit`, `host`, `meet`, `phone`,
    /// `multilateral`, `aerial`).
    pub mode: Option<String>,
    /// CAMEO root code.
    pub cameo: String,
    /// Who acts.
    pub source: Vec<Actor>,
    /// Who is acted on.
    pub target: Vec<Actor>,
    /// Where.
    pub location: Option<Actor>,
    /// When, from a time expression in the sentence: an ISO day, or a month
    /// or year when the text names no day.
    pub date: Option<String>,
    /// Said not to have happened («لم يلتق», «نفى أن يكون قد التقى»).
    pub negated: bool,
    /// `asserted`, `planned`, `hypothetical` or `denied`.
    pub modality: String,
    /// Index of the trigger's sentence.
    pub sentence: usize,
    /// The word(s) that tell the event («التقى», «أجرى اتصالا»).
    pub trigger: TextSpan,
    /// Later mentions of the same event.
    pub mentions: Vec<TextSpan>,
    /// How sure the extractor is, 0–1.
    pub confidence: f32,
}
