//! Scores for the fact layers (quotes, times, events) against a gold set of
//! annotated paragraphs (`eval/gold/facts/*.json`, format in
//! `docs/annotation.md`).
//!
//! Gold spans are strings of the raw paragraph (the `occurrence`-th one);
//! system spans are code-point offsets into the same raw text, so both meet
//! in raw coordinates.
//!
//! - **Quotes**: a system quote matches a gold quote when their spans
//!   overlap by at least half of the gold span, and (for the attribution
//!   score) one of the system speaker's names matches the gold speaker.
//! - **Times**: spans overlap and the ISO values are equal.
//! - **Events**: same PLOVER type, and the actor sets match on both sides
//!   (sides in either order for meetings, agreements and cooperation).
//!
//! Matching is one-to-one and greedy in text order. Names match when the
//! search form of one, as a word sequence, contains the other (clitics و ب
//! ل ف tolerated on a word; «عبد الله» and «عبدالله» are one word):
//! «بوتين» matches «فلاديمير بوتين». A system speaker or actor brings its
//! text, its canonical name and the other names its entity goes by in the
//! document (since 2026-11-30: «وزير الخارجية» resolved to the entity of
//! «بدر بن حمد البوسعيدي» matches that name).
//!
//! ```
//! use akhbar_eval::facts::{names_match, Counts};
//! assert!(names_match("بوتين", "الرئيس الروسي فلاديمير بوتين"));
//! assert!(!names_match("بوتين", "الأسد"));
//! let c = Counts { tp: 9, fp: 1, fn_: 1 };
//! assert_eq!((c.f1() * 100.0).round(), 90.0);
//! ```

use std::ops::Range;

use akhbar_text::normalize::Normalizer;
use serde::{Deserialize, Serialize};

/// One annotated paragraph.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldDoc {
    /// File id (its name without `.json`).
    pub id: String,
    /// Outlet style (`levantine`, `egyptian`, `gulf`, `maghrebi`, `wire`…).
    #[serde(default)]
    pub style: String,
    /// Publication date, `YYYY-MM-DD`.
    pub published: String,
    /// The raw paragraph.
    pub text: String,
    /// Quotes.
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
    /// Time expressions.
    #[serde(default)]
    pub times: Vec<GoldTime>,
    /// Events.
    #[serde(default)]
    pub events: Vec<GoldEvent>,
}

/// A gold quote.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldQuote {
    /// `direct`, `reported` or `mixed`.
    pub kind: String,
    /// The quoted words, as in the text.
    pub text: String,
    /// Which occurrence of `text` (1-based).
    #[serde(default = "one")]
    pub occurrence: usize,
    /// The speaker's fullest name in the text.
    pub speaker: Option<String>,
    /// The cue word.
    #[serde(default)]
    pub cue: Option<String>,
    /// The channel.
    #[serde(default)]
    pub via: Option<String>,
}

/// A gold time expression.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldTime {
    /// The expression, as in the text.
    pub text: String,
    /// Which occurrence of `text` (1-based).
    #[serde(default = "one")]
    pub occurrence: usize,
    /// ISO 8601 value.
    pub value: String,
    /// `date`, `month`, `year`, `week` or `duration`.
    #[serde(default)]
    pub kind: String,
    /// Approximate.
    #[serde(default)]
    pub approximate: bool,
}

/// A gold event.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldEvent {
    /// PLOVER type.
    #[serde(rename = "type")]
    pub kind: String,
    /// PLOVER mode.
    #[serde(default)]
    pub mode: Option<String>,
    /// Who acts.
    #[serde(default)]
    pub source: Vec<String>,
    /// Who is acted on.
    #[serde(default)]
    pub target: Vec<String>,
    /// The trigger, as in the text.
    #[serde(default)]
    pub trigger: Option<String>,
    /// Which occurrence of `trigger` (1-based).
    #[serde(default = "one")]
    pub occurrence: usize,
    /// `asserted`, `planned`, `hypothetical` or `denied`.
    #[serde(default)]
    pub modality: Option<String>,
    /// Negated.
    #[serde(default)]
    pub negated: bool,
}

fn one() -> usize {
    1
}

/// A system quote, in raw code-point offsets.
#[derive(Clone, Debug, Default)]
pub struct SystemQuote {
    /// Span in the raw text.
    pub raw: Range<usize>,
    /// Names of the speaker (the text naming them, their canonical name).
    pub speaker: Vec<String>,
    /// `direct`, `reported` or `mixed`.
    pub kind: String,
}

/// A system time expression.
#[derive(Clone, Debug, Default)]
pub struct SystemTime {
    /// Span in the raw text.
    pub raw: Range<usize>,
    /// ISO value.
    pub value: Option<String>,
}

/// A system event.
#[derive(Clone, Debug, Default)]
pub struct SystemEvent {
    /// PLOVER type.
    pub kind: String,
    /// Names of each source actor.
    pub source: Vec<Vec<String>>,
    /// Names of each target actor.
    pub target: Vec<Vec<String>>,
    /// Trigger span in the raw text.
    pub raw: Range<usize>,
    /// Modality.
    pub modality: String,
}

/// What a system found in one paragraph.
#[derive(Clone, Debug, Default)]
pub struct SystemFacts {
    /// Quotes.
    pub quotes: Vec<SystemQuote>,
    /// Time expressions.
    pub times: Vec<SystemTime>,
    /// Events.
    pub events: Vec<SystemEvent>,
}

/// True positives, false positives, false negatives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Matched.
    pub tp: usize,
    /// Found but not in the gold.
    pub fp: usize,
    /// In the gold but not found.
    #[serde(rename = "fn")]
    pub fn_: usize,
}

impl Counts {
    /// Precision.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    /// Recall.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    /// F1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores over a gold set.
#[derive(Clone, Debug, Default, Serialize)]
pub struct FactScores {
    /// Paragraphs scored.
    pub documents: usize,
    /// Quote span and speaker (the attribution score).
    pub quote_attribution: Counts,
    /// Quote span only.
    pub quote_span: Counts,
    /// Time span and value.
    pub time_value: Counts,
    /// Time span only.
    pub time_span: Counts,
    /// Event type and actors.
    pub event_actors: Counts,
    /// Event type only (matched by type alone: neither this nor
    /// `event_actors` compares trigger spans).
    pub event_type: Counts,
    /// Modality right among events matched on type and actors.
    pub event_modality_right: usize,
}

impl FactScores {
    /// Adds one paragraph's counts.
    pub fn add(&mut self, doc: &DocScore) {
        self.documents += 1;
        self.quote_attribution.add(doc.quote_attribution);
        self.quote_span.add(doc.quote_span);
        self.time_value.add(doc.time_value);
        self.time_span.add(doc.time_span);
        self.event_actors.add(doc.event_actors);
        self.event_type.add(doc.event_type);
        self.event_modality_right += doc.event_modality_right;
    }
}

/// One paragraph's counts and what went wrong.
#[derive(Clone, Debug, Default)]
pub struct DocScore {
    /// Quote span and speaker.
    pub quote_attribution: Counts,
    /// Quote span.
    pub quote_span: Counts,
    /// Time span and value.
    pub time_value: Counts,
    /// Time span.
    pub time_span: Counts,
    /// Event type and actors.
    pub event_actors: Counts,
    /// Event type.
    pub event_type: Counts,
    /// Modality right among events matched on type and actors.
    pub event_modality_right: usize,
    /// Readable lines for each miss and false alarm.
    pub errors: Vec<String>,
}

/// Why a gold file cannot be scored.
#[derive(Debug, thiserror::Error)]
pub enum GoldError {
    /// A span string is not in the text.
    #[error("{id}: {what} {text:?} (occurrence {occurrence}) is not in the text")]
    SpanNotFound {
        /// File id.
        id: String,
        /// What kind of span.
        what: &'static str,
        /// The string.
        text: String,
        /// The occurrence asked for.
        occurrence: usize,
    },
}

/// Code-point range of the `occurrence`-th `needle` in `text`.
pub fn find_span(text: &str, needle: &str, occurrence: usize) -> Option<Range<usize>> {
    if needle.is_empty() {
        return None;
    }
    let mut from = 0;
    let mut found = None;
    for _ in 0..occurrence.max(1) {
        let at = text[from..].find(needle)? + from;
        found = Some(at);
        from = at + needle.len();
    }
    let at = found?;
    let start = text[..at].chars().count();
    Some(start..start + needle.chars().count())
}

fn overlap(a: &Range<usize>, b: &Range<usize>) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// Do two names refer to the same actor? One's words (search forms) must
/// contain the other's as a contiguous run; a word may carry a و ب ل ف
/// clitic the other lacks («للجمهورية» is ل + «الجمهورية»).
pub fn names_match(a: &str, b: &str) -> bool {
    let n = Normalizer::default();
    // «عبد الله» and «عبدالله» are one spelling of one name.
    let words = |s: &str| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for w in n
            .normalize(s)
            .split(|c: char| c.is_whitespace() || c == '،' || c == ',')
            .filter(|w| !w.is_empty())
        {
            // «للجمهورية» is ل + «الجمهورية», the article's alif dropped.
            let w = match w.strip_prefix("لل") {
                Some(rest) if rest.chars().count() >= 2 => format!("ال{rest}"),
                _ => w.to_string(),
            };
            match out.last_mut() {
                Some(last) if last == "عبد" && w.starts_with("ال") => last.push_str(&w),
                _ => out.push(w),
            }
        }
        out
    };
    let (a, b) = (words(a), words(b));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    let same = |x: &str, y: &str| {
        x == y || strip_clitic(x) == y || x == strip_clitic(y) || strip_clitic(x) == strip_clitic(y)
    };
    long.windows(short.len())
        .any(|w| w.iter().zip(short.iter()).all(|(x, y)| same(x, y)))
}

fn strip_clitic(w: &str) -> &str {
    for p in ["و", "ف", "ب", "ل"] {
        if let Some(rest) = w.strip_prefix(p) {
            if rest.chars().count() >= 3 {
                return rest;
            }
        }
    }
    w
}

fn actor_sets_match(gold: &[String], system: &[Vec<String>]) -> bool {
    let hit = |g: &String, s: &Vec<String>| s.iter().any(|name| names_match(g, name));
    gold.iter().all(|g| system.iter().any(|s| hit(g, s)))
        && system.iter().all(|s| gold.iter().any(|g| hit(g, s)))
}

/// Scores one paragraph.
pub fn score_doc(gold: &GoldDoc, sys: &SystemFacts) -> Result<DocScore, GoldError> {
    let mut out = DocScore::default();
    let span = |what: &'static str, text: &str, occurrence: usize| {
        find_span(&gold.text, text, occurrence).ok_or_else(|| GoldError::SpanNotFound {
            id: gold.id.clone(),
            what,
            text: text.to_string(),
            occurrence,
        })
    };
    let excerpt = |r: &Range<usize>| -> String {
        let s: String = gold
            .text
            .chars()
            .skip(r.start)
            .take(r.len().min(60))
            .collect();
        s.replace('\n', " ")
    };

    // Quotes.
    let gold_quotes: Vec<(Range<usize>, &GoldQuote)> = gold
        .quotes
        .iter()
        .map(|q| Ok((span("quote", &q.text, q.occurrence)?, q)))
        .collect::<Result<_, GoldError>>()?;
    let quote_overlaps =
        |g: &Range<usize>, s: &SystemQuote| 2 * overlap(g, &s.raw) >= g.len().max(1);
    let speaker_ok = |q: &GoldQuote, s: &SystemQuote| match &q.speaker {
        Some(name) => s.speaker.iter().any(|n| names_match(name, n)),
        None => s.speaker.is_empty(),
    };
    out.quote_span = match_greedy(&gold_quotes, &sys.quotes, |(g, _), s| quote_overlaps(g, s)).0;
    let (counts, missed, extra) = match_greedy(&gold_quotes, &sys.quotes, |(g, q), s| {
        quote_overlaps(g, s) && speaker_ok(q, s)
    });
    out.quote_attribution = counts;
    for (g, q) in missed {
        let found = sys.quotes.iter().find(|s| quote_overlaps(g, s));
        out.errors.push(match found {
            Some(s) => format!(
                "quote speaker: {:?} by {:?}, found {:?}",
                excerpt(g),
                q.speaker,
                s.speaker
            ),
            None => format!("quote missed: {:?} by {:?}", excerpt(g), q.speaker),
        });
    }
    for s in extra {
        if !gold_quotes.iter().any(|(g, _)| quote_overlaps(g, s)) {
            out.errors.push(format!(
                "quote extra: {:?} by {:?}",
                excerpt(&s.raw),
                s.speaker
            ));
        }
    }

    // Times.
    let gold_times: Vec<(Range<usize>, &GoldTime)> = gold
        .times
        .iter()
        .map(|t| Ok((span("time", &t.text, t.occurrence)?, t)))
        .collect::<Result<_, GoldError>>()?;
    out.time_span = match_greedy(&gold_times, &sys.times, |(g, _), s| overlap(g, &s.raw) > 0).0;
    let (counts, missed, extra) = match_greedy(&gold_times, &sys.times, |(g, t), s| {
        overlap(g, &s.raw) > 0 && s.value.as_deref() == Some(t.value.as_str())
    });
    out.time_value = counts;
    for (g, t) in missed {
        let found = sys.times.iter().find(|s| overlap(g, &s.raw) > 0);
        out.errors.push(format!(
            "time: {:?} = {}, found {:?}",
            excerpt(g),
            t.value,
            found.map(|s| (excerpt(&s.raw), s.value.clone()))
        ));
    }
    for s in extra {
        if !gold_times.iter().any(|(g, _)| overlap(g, &s.raw) > 0) {
            out.errors
                .push(format!("time extra: {:?} = {:?}", excerpt(&s.raw), s.value));
        }
    }

    // Events.
    let gold_events: Vec<(Option<Range<usize>>, &GoldEvent)> = gold
        .events
        .iter()
        .map(|e| {
            let r = match &e.trigger {
                Some(t) => Some(span("trigger", t, e.occurrence)?),
                None => None,
            };
            Ok((r, e))
        })
        .collect::<Result<_, GoldError>>()?;
    let actors_ok = |g: &GoldEvent, s: &SystemEvent| {
        let straight =
            actor_sets_match(&g.source, &s.source) && actor_sets_match(&g.target, &s.target);
        let symmetric = matches!(g.kind.as_str(), "CONSULT" | "AGREE" | "COOPERATE");
        straight
            || symmetric && {
                let mut gold_all: Vec<String> = g.source.clone();
                gold_all.extend(g.target.iter().cloned());
                let mut sys_all = s.source.clone();
                sys_all.extend(s.target.iter().cloned());
                actor_sets_match(&gold_all, &sys_all)
            }
    };
    out.event_type = match_greedy(&gold_events, &sys.events, |(_, g), s| g.kind == s.kind).0;
    let (counts, missed, extra) = match_greedy(&gold_events, &sys.events, |(_, g), s| {
        g.kind == s.kind && actors_ok(g, s)
    });
    out.event_actors = counts;
    for (gi, si) in matched_pairs(&gold_events, &sys.events, |(_, g), s| {
        g.kind == s.kind && actors_ok(g, s)
    }) {
        let (g, s) = (gold_events[gi].1, &sys.events[si]);
        let gold_modality = g
            .modality
            .clone()
            .unwrap_or_else(|| if g.negated { "denied" } else { "asserted" }.to_string());
        if gold_modality == s.modality {
            out.event_modality_right += 1;
        } else {
            out.errors.push(format!(
                "event modality: {} {:?} is {gold_modality}, found {}",
                g.kind, g.trigger, s.modality
            ));
        }
    }
    for (_, g) in missed {
        out.errors.push(format!(
            "event missed: {} {:?} {:?} -> {:?}",
            g.kind, g.trigger, g.source, g.target
        ));
    }
    for s in extra {
        out.errors.push(format!(
            "event extra: {} {:?} {:?} -> {:?}",
            s.kind,
            excerpt(&s.raw),
            s.source
                .iter()
                .map(|a| a.first().cloned().unwrap_or_default())
                .collect::<Vec<_>>(),
            s.target
                .iter()
                .map(|a| a.first().cloned().unwrap_or_default())
                .collect::<Vec<_>>()
        ));
    }
    Ok(out)
}

/// One-to-one greedy matching: each gold item takes the first unused system
/// item that `ok` accepts. Returns the counts, the missed gold items and the
/// unmatched system items.
fn match_greedy<'g, 's, G, S>(
    gold: &'g [G],
    system: &'s [S],
    ok: impl Fn(&G, &S) -> bool,
) -> (Counts, Vec<&'g G>, Vec<&'s S>) {
    let pairs = matched_pairs(gold, system, ok);
    let mut used_gold = vec![false; gold.len()];
    let mut used_sys = vec![false; system.len()];
    for &(gi, si) in &pairs {
        used_gold[gi] = true;
        used_sys[si] = true;
    }
    let tp = pairs.len();
    (
        Counts {
            tp,
            fp: system.len() - tp,
            fn_: gold.len() - tp,
        },
        gold.iter()
            .zip(&used_gold)
            .filter(|(_, &u)| !u)
            .map(|(g, _)| g)
            .collect(),
        system
            .iter()
            .zip(&used_sys)
            .filter(|(_, &u)| !u)
            .map(|(s, _)| s)
            .collect(),
    )
}

/// Index pairs (gold, system) of a one-to-one greedy matching.
fn matched_pairs<G, S>(
    gold: &[G],
    system: &[S],
    ok: impl Fn(&G, &S) -> bool,
) -> Vec<(usize, usize)> {
    let mut used = vec![false; system.len()];
    let mut out = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        if let Some(si) = (0..system.len()).find(|&si| !used[si] && ok(g, &system[si])) {
            used[si] = true;
            out.push((gi, si));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold() -> GoldDoc {
        serde_json::from_str(
            r#"{"id":"t","published":"2024-05-02","text":"وقال الوزير سامي: \"نعم\". والتقى سامي نظيره.",
            "quotes":[{"kind":"direct","text":"نعم","speaker":"الوزير سامي"}],
            "times":[],
            "events":[{"type":"CONSULT","source":["سامي"],"target":["نظيره"],"trigger":"والتقى"}]}"#,
        )
        .unwrap()
    }

    #[test]
    fn spans_are_code_points() {
        assert_eq!(find_span("أ ب أ", "أ", 2), Some(4..5));
        assert_eq!(find_span("أ ب", "ج", 1), None);
    }

    #[test]
    fn a_right_system_scores_one_and_a_wrong_speaker_does_not() {
        let g = gold();
        let q = find_span(&g.text, "نعم", 1).unwrap();
        let mut sys = SystemFacts {
            quotes: vec![SystemQuote {
                raw: q.clone(),
                speaker: vec!["سامي".into()],
                kind: "direct".into(),
            }],
            times: vec![],
            events: vec![SystemEvent {
                kind: "CONSULT".into(),
                source: vec![vec!["نظيره".into()]],
                target: vec![vec!["سامي".into()]],
                raw: 0..1,
                modality: "asserted".into(),
            }],
        };
        let s = score_doc(&g, &sys).unwrap();
        assert_eq!(s.quote_attribution.tp, 1);
        assert_eq!(s.event_actors.tp, 1, "symmetric sides match either way");
        sys.quotes[0].speaker = vec!["نظيره".into()];
        let s = score_doc(&g, &sys).unwrap();
        assert_eq!(
            s.quote_attribution,
            Counts {
                tp: 0,
                fp: 1,
                fn_: 1
            }
        );
        assert_eq!(s.quote_span.tp, 1);
    }

    #[test]
    fn abd_names_match_joined_or_apart() {
        assert!(names_match("عبدالله الثاني", "الملك عبد الله الثاني"));
        assert!(!names_match("عبد الله", "عبد الرحمن"));
    }

    #[test]
    fn a_name_after_lil_is_the_name_with_its_article() {
        assert!(names_match("الجمهورية اليمنية", "للجمهورية اليمنية"));
        assert!(names_match("الشعب الفلسطيني", "للشعب الفلسطيني"));
        assert!(!names_match("الجمهورية اليمنية", "لجمهورية اليمنية"));
    }

    #[test]
    fn missing_span_is_an_error() {
        let mut g = gold();
        g.quotes[0].text = "لا".into();
        assert!(score_doc(&g, &SystemFacts::default()).is_err());
    }
}
