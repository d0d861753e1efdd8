//! Quotes, times and events of a document, turned into output records.

use std::ops::Range;

use akhbar_extract::facts::events::{DatedToken, EventFinder};
use akhbar_extract::facts::quotes::{Quote, QuoteFinder, SpeakerRef};
use akhbar_extract::facts::{sector_of, DocView};
use akhbar_extract::times::{TimeKind, TimeTagger, TimeToken};
use akhbar_text::calendar::Date;

use crate::document::{self, Span, TextSpan};

/// What the fact layers need from the analysis of one document.
pub(crate) struct Facts<'a, F: Fn(Range<usize>) -> Span> {
    /// The document text.
    pub text: &'a str,
    /// Byte range of each token in `text`.
    pub token_bytes: &'a [Range<usize>],
    /// The document as the extractors see it.
    pub view: DocView<'a>,
    /// Byte range of `text` → output span.
    pub span: &'a F,
}

impl<F: Fn(Range<usize>) -> Span> Facts<'_, F> {
    /// Byte range of tokens `t`.
    fn bytes(&self, t: &Range<usize>) -> Range<usize> {
        let end = t.end.max(t.start + 1).min(self.token_bytes.len());
        self.token_bytes[t.start].start..self.token_bytes[end - 1].end
    }

    fn text_span(&self, t: &Range<usize>) -> TextSpan {
        self.text_span_after(t, 0)
    }

    /// [`text_span`](Self::text_span) without the first `lead` bytes of
    /// its first token (a proclitic left out).
    fn text_span_after(&self, t: &Range<usize>, lead: usize) -> TextSpan {
        let mut r = self.bytes(t);
        r.start = (r.start + lead).min(r.end);
        TextSpan {
            span: (self.span)(r.clone()),
            text: self.text[r].to_string(),
        }
    }

    /// The bytes of the proclitics that open word `t`, as the segmenter
    /// reads them.
    fn proclitic_bytes_at(&self, t: usize) -> usize {
        self.view
            .words
            .get(t)
            .map_or(0, |w| akhbar_extract::facts::proclitic_bytes(w.text))
    }

    /// An actor record for tokens `t` naming entity `cluster`.
    fn actor(&self, t: &Range<usize>, cluster: Option<usize>) -> document::Actor {
        // The proclitics of its first word stay out, as in the entity's
        // own span («بموسكو» → «موسكو»), and as the segmenter reads them
        // for a phrase no entity names («والجبهة الثورية» → «الجبهة
        // الثورية», «لوزارة الشؤون» → «وزارة الشؤون»).
        let lead = match cluster {
            Some(c) => self
                .view
                .mentions
                .iter()
                .find(|m| m.tokens.start == t.start && m.cluster == c)
                .map_or(0, |m| m.proclitic),
            None => self.proclitic_bytes_at(t.start),
        };
        let TextSpan { span, text } = self.text_span_after(t, lead);
        let res = self.view.resolution;
        let kb = self.view.kb;
        let c = cluster.and_then(|c| res.clusters.get(c));
        let entry = c.and_then(|c| c.entry).and_then(|e| kb.entries.get(e));
        document::Actor {
            span,
            text,
            canonical: c.map(|c| c.canonical_name(kb).to_string()),
            canonical_en: entry.map(|e| e.name_en.clone()),
            entity: cluster,
            country: c.and_then(|c| c.country.clone()),
            sector: cluster
                .and_then(|c| sector_of(res, kb, c))
                .map(str::to_string),
        }
    }

    fn event_actor(&self, a: &akhbar_extract::facts::events::Actor) -> document::Actor {
        let mut out = self.actor(&a.tokens, a.cluster);
        // «سفيرها في القاهرة»: the capital stands for its state, which
        // names the actor.
        // «الأراضي الهندية»: the territory named by its nisba stands for
        // its state as well.
        if a.state {
            let state = out
                .country
                .as_deref()
                .or(a.country.as_deref())
                .and_then(|c| self.view.kb.country(c));
            if let Some(state) = state {
                out.canonical = Some(state.name_ar.clone());
                out.canonical_en = Some(state.name_en.clone());
            }
        }
        if a.cluster.is_none() {
            // A generic actor phrase: its country and sector from its words.
            out.country = a.country.clone();
            out.sector = a.sector.map(str::to_string);
            // «الوزارة» after «وزارة الخارجية»: named by the fuller phrase.
            // (Without the proclitics of its first word: «بالمجلس …».)
            if let Some(alias) = &a.alias {
                let text = self
                    .text_span_after(alias, self.proclitic_bytes_at(alias.start))
                    .text;
                // «للمجلس الوطني»: ل + ال, the article written as ل.
                let text = match text.strip_prefix("لل") {
                    Some(rest) => format!("ال{rest}"),
                    None => text,
                };
                out.canonical = Some(text);
            }
        }
        out
    }

    fn speaker(&self, s: &SpeakerRef) -> document::Actor {
        self.actor(&s.tokens, s.cluster)
    }

    /// The quotes the extractor finds, for [`Facts::quotes`] and
    /// [`Facts::events`].
    pub fn found_quotes(&self) -> Vec<Quote> {
        QuoteFinder.find(&self.view)
    }

    /// Quotes in text order.
    pub fn quotes(&self, found: &[Quote]) -> Vec<document::Quote> {
        found
            .iter()
            .filter(|q| !q.tokens.is_empty())
            .map(|q| {
                let body = self.text_span_after(&q.tokens, q.lead);
                let speaker = q.speaker.as_ref().map(|s| self.speaker(s));
                document::Quote {
                    span: body.span,
                    text: body.text,
                    kind: q.kind.as_str().to_string(),
                    speaker_span: speaker.as_ref().map(|s| s.span),
                    speaker_entity: speaker.as_ref().and_then(|s| s.entity),
                    speaker_canonical: speaker.as_ref().and_then(|s| s.canonical.clone()),
                    speaker: speaker.map(|s| s.text),
                    speaker_carried: q.speaker.as_ref().is_some_and(|s| s.carried),
                    cue: q.cue.as_ref().map(|c| self.text_span(c)),
                    via: q.via.as_ref().map(|v| self.speaker(v)),
                    sentence: q.sentence,
                    closed: q.closed,
                }
            })
            .collect()
    }

    /// Time expressions in text order, and the days they name (for dating
    /// events).
    pub fn times(&self, published: Option<Date>) -> (Vec<document::Time>, Vec<DatedToken>) {
        let tagger = TimeTagger::default();
        let mut times = Vec::new();
        let mut dated = Vec::new();
        let mut tokens: Vec<TimeToken<'_>> = Vec::new();
        // The last day named, for «اليوم نفسه» in a later sentence.
        let mut last_day = None;
        for (s_idx, sent) in self.view.sentences.iter().enumerate() {
            tokens.clear();
            tokens.extend(self.view.words[sent.clone()].iter().map(|w| TimeToken {
                text: w.text,
                norm: w.norm,
                kind: w.kind,
            }));
            for t in tagger.find_after(&tokens, published, last_day) {
                if t.date.is_some() {
                    last_day = t.date;
                }
                let range = sent.start + t.tokens.start..sent.start + t.tokens.end;
                let period = match t.kind {
                    TimeKind::Date | TimeKind::Month | TimeKind::Year => {
                        t.value.clone().filter(|v| !v.contains('/'))
                    }
                    _ => None,
                };
                if t.date.is_some() || period.is_some() {
                    dated.push(DatedToken {
                        token: range.start,
                        date: t.date,
                        period,
                    });
                }
                let at = self.text_span(&range);
                times.push(document::Time {
                    span: at.span,
                    text: at.text,
                    value: t.value,
                    kind: t.kind.as_str().to_string(),
                    approximate: t.approximate,
                    calendar: t.calendar.map(|c| c.as_str().to_string()),
                    sentence: s_idx,
                });
            }
        }
        (times, dated)
    }

    /// Events in text order. `dates` are the days time expressions name;
    /// `one_sided` keeps the events whose other side went unfound (see
    /// [`EventFinder::one_sided`]).
    pub fn events(
        &self,
        dates: &[DatedToken],
        published: Option<Date>,
        quotes: &[Quote],
        one_sided: bool,
    ) -> Vec<document::Event> {
        EventFinder { one_sided }
            .find(&self.view, dates, published, quotes)
            .into_iter()
            .map(|e| document::Event {
                kind: e.kind.as_str().to_string(),
                mode: e.mode.map(str::to_string),
                cameo: e.cameo.to_string(),
                source: e.source.iter().map(|a| self.event_actor(a)).collect(),
                target: e.target.iter().map(|a| self.event_actor(a)).collect(),
                location: e.location.as_ref().map(|a| self.event_actor(a)),
                date: e.date.map(|d| d.to_string()).or(e.period.clone()),
                negated: e.negated,
                modality: e.modality.as_str().to_string(),
                sentence: e.sentence,
                trigger: self.text_span(&e.trigger),
                mentions: e.also.iter().map(|t| self.text_span(t)).collect(),
                confidence: (e.confidence * 100.0).round() / 100.0,
            })
            .collect()
    }
}
