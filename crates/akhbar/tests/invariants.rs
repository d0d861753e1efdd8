//! Property tests on the whole [`Analyzer`]: it never panics, and every span
//! of the document points at its own text, in `text` and in the raw input.
//!
//! 256 cases per property by default; set `PROPTEST_CASES` for more:
//! `PROPTEST_CASES=2000 cargo test -p akhbar --test invariants`.

use akhbar::document::{Document, RawSpan, Span};
use akhbar::{Analyzer, Metadata};
use akhbar_text::chars::{is_arabic_mark, is_invisible_control, TATWEEL};
use akhbar_text::clean::fold_presentation_form;
use akhbar_text::normalize::Normalizer;
use akhbar_text::stem::LightStemmer;
use proptest::prelude::*;
use proptest::sample::select;

// ---------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256);
    ProptestConfig {
        cases,
        max_shrink_iters: 4096,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

const LETTERS: &[char] = &[
    'ا', 'ب', 'ت', 'ح', 'د', 'ر', 'س', 'ع', 'ف', 'ق', 'ك', 'ل', 'م', 'ن', 'ه', 'و', 'ي', 'ة', 'أ',
    'إ', 'آ', 'ى', 'ئ', 'ؤ', 'ء', 'ٱ', 'ک', 'ی', 'پ', 'ۃ',
];

const MARKS: &[char] = &[
    '\u{064B}', '\u{064C}', '\u{064D}', '\u{064E}', '\u{064F}', '\u{0650}', '\u{0651}', '\u{0652}',
    '\u{0653}', '\u{0654}', '\u{0670}', '\u{06D6}', '\u{08F0}',
];

const INVISIBLES: &[char] = &[
    '\u{200B}', '\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{202A}', '\u{202B}', '\u{202C}',
    '\u{202E}', '\u{2066}', '\u{2069}', '\u{061C}', '\u{00AD}', '\u{2060}', '\u{FEFF}',
];

const SPACES: &[&str] = &[
    " ", " ", " ", "  ", "\u{A0}", "\t", "\u{2009}", "\u{202F}", "\u{3000}",
];

const LINE_BREAKS: &[&str] = &[
    "\n", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\n \n", "\n\n\n", "\u{85}", "\u{2028}",
    "\u{2029}",
];

const PUNCT: &[&str] = &[
    ".", ".", "!", "?", "؟", "…", "«", "»", "\"", "،", "؛", ":", "(", ")", "-", "'", "...", "؟!",
    "۔", "/", "–", "“", "”", "%", "#", "@",
];

const CONTROLS: &[char] = &[
    '\0', '\u{1}', '\u{7}', '\u{1B}', '\u{7F}', '\u{80}', '\u{9F}',
];

const EMOJI: &[&str] = &[
    "👍🏽",
    "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}",
    "🇸🇾",
    "❤️",
    "1️⃣",
    "🏳️‍🌈",
    "\u{200D}\u{1F469}",
    "👩🏾‍💻",
    "\u{1F3FB}",
];

const HEADERS: &[&str] = &[
    "دمشق - ليلى حسن",
    "بيروت (رويترز) - ",
    "القاهرة - أ ش أ",
    "القاهرة - أ.ش.أ - ",
    "كتب: ليلى حسن وعمر يوسف",
    "الرياض 12 رمضان 1444 هـ الموافق 03 أبريل 2023 م واس",
    "بغداد - كونا",
    "غزة، 5 مارس 2024 (الأناضول) - ",
    "لندن ـ «القدس العربي»:",
    "عمّان - بترا - ",
    "١٥/٣/٢٠٢٤",
    "موسكو - سامر الحلبي",
];

const BOILERPLATE: &[&str] = &[
    "قد يهمك أيضا:",
    "قـــد يهمــــك أيضــاُ :",
    "اقرأ أيضا",
    "شاهد أيضا",
    "© 2024 جميع الحقوق محفوظة",
    "جميع الحقوق محفوظة",
    "// انتهى //",
    "انتهى",
    "شارك",
    "تابعونا على تويتر",
    "(تغطية صحفية ليلى حسن - تحرير عمر يوسف)",
    "١٢:٣٠ ت م",
];

const PHRASES: &[&str] = &[
    "د.",
    "أ.ش.أ",
    "U.S.",
    "Dr. ",
    "3.5",
    "١٢٫٥٪",
    "ساعات.ووفق",
    "\"انتهى\".وقال",
    "بوتين،والأسد",
    "أيضاُ",
    "جداً",
    "ﻻ",
    "ﷺ",
    "ﷻ",
    "ﷲ",
    "https://example.com/a?b=1",
    "www.موقع.com",
    "info@news.example.org",
    "#سوريا_اليوم",
    "@UN_News",
    "وقال بوتين:",
    "وأضاف: «",
    "»",
    "“",
    "\"",
    "أكد الوزير أن",
    "مضيفا أن",
    "ووفق الرئاسة، فإن",
    "بحسب ما ذكرت رويترز",
    "ونقلت وكالة الأناضول عن الرئيس قوله إن",
    "التقى الرئيس السوري بشار الأسد نظيره الروسي",
    "لم يلتق",
    "من المقرر أن يزور",
    "الخميس المقبل",
    "أمس الأربعاء",
    "12 رمضان 1444 هـ",
    "آذار/مارس 2023",
    "32 شباط",
    "قرابة 3 ساعات",
    "الرئيسان",
];

fn pick<T: Clone + std::fmt::Debug + 'static>(xs: &'static [T]) -> impl Strategy<Value = T> {
    select(xs)
}

fn arabic_word() -> impl Strategy<Value = String> {
    let unit = (
        pick(LETTERS),
        prop_oneof![4 => Just(Vec::new()), 1 => prop::collection::vec(pick(MARKS), 1..4)],
        prop_oneof![8 => Just(0usize), 1 => 1usize..5],
        prop_oneof![16 => Just(None), 1 => pick(INVISIBLES).prop_map(Some)],
    );
    (
        pick(
            &[
                "", "", "", "و", "ف", "ب", "ل", "ال", "وال", "بال", "لل", "وس",
            ][..],
        ),
        prop::collection::vec(unit, 1..7),
        pick(
            &[
                "", "", "", "ه", "ها", "هم", "نا", "ات", "ون", "ين", "ة", "ية",
            ][..],
        ),
    )
        .prop_map(|(pre, units, suf)| {
            let mut s = String::from(pre);
            for (l, marks, tatweel, inv) in units {
                s.push(l);
                s.extend(marks);
                s.extend(std::iter::repeat_n(TATWEEL, tatweel));
                s.extend(inv);
            }
            s.push_str(suf);
            s
        })
}

fn number() -> impl Strategy<Value = String> {
    (
        prop_oneof![Just(0x30u32), Just(0x660u32), Just(0x6F0u32)],
        prop::collection::vec(0u32..10, 1..6),
        pick(&["", "", "", ".", ",", "٫", "٬", "/"][..]),
        prop::collection::vec(0u32..10, 0..3),
        pick(&["", "", "%", "٪", "‰"][..]),
    )
        .prop_map(|(base, a, sep, b, pct)| {
            let digits = |v: &[u32]| {
                v.iter()
                    .map(|&d| char::from_u32(base + d).unwrap())
                    .collect::<String>()
            };
            let mut s = digits(&a);
            if !b.is_empty() {
                s.push_str(sep);
                s.push_str(&digits(&b));
            }
            s.push_str(pct);
            s
        })
}

fn presentation_form() -> impl Strategy<Value = char> {
    prop_oneof![0xFB50u32..=0xFDFF, 0xFE70u32..=0xFEFF]
        .prop_filter_map("not a char", char::from_u32)
}

/// One piece of a line.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        20 => arabic_word(),
        14 => pick(SPACES).prop_map(String::from),
        6 => pick(PUNCT).prop_map(String::from),
        3 => number(),
        2 => "[A-Za-z][a-z]{0,6}",
        2 => pick(PHRASES).prop_map(String::from),
        1 => prop::collection::vec(pick(MARKS), 1..12).prop_map(String::from_iter),
        1 => (1usize..6).prop_map(|n| TATWEEL.to_string().repeat(n)),
        1 => prop::collection::vec(presentation_form(), 1..3).prop_map(String::from_iter),
        1 => pick(INVISIBLES).prop_map(String::from),
        1 => pick(EMOJI).prop_map(String::from),
        1 => pick(CONTROLS).prop_map(String::from),
        1 => pick(LINE_BREAKS).prop_map(String::from),
        1 => any::<char>().prop_map(String::from),
    ]
}

fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => prop::collection::vec(fragment(), 0..16).prop_map(|v| v.concat()),
        2 => pick(HEADERS).prop_map(String::from),
        2 => pick(BOILERPLATE).prop_map(String::from),
        2 => (pick(HEADERS), prop::collection::vec(fragment(), 0..10))
            .prop_map(|(h, v)| format!("{h} {}", v.concat())),
    ]
}

/// Article-shaped nasty text: header lines, body lines, boilerplate,
/// joined by line breaks of every kind.
fn article() -> impl Strategy<Value = String> {
    prop::collection::vec((line(), pick(LINE_BREAKS)), 0..10).prop_map(|lines| {
        let mut s = String::new();
        for (l, br) in lines {
            s.push_str(&l);
            s.push_str(br);
        }
        s
    })
}

/// Articles most of the time, arbitrary strings sometimes.
fn input() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => article(),
        1 => any::<String>(),
        1 => prop::collection::vec(any::<char>(), 0..80).prop_map(String::from_iter),
    ]
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

fn is_presentation_form(c: char) -> bool {
    fold_presentation_form(c).is_some()
}

fn is_junk_control(c: char) -> bool {
    matches!(c, '\u{0000}'..='\u{0008}' | '\u{000E}'..='\u{001F}' | '\u{007F}'..='\u{0084}' | '\u{0086}'..='\u{009F}')
}

/// What is left without tatweel, marks, invisible controls, control
/// characters and whitespace.
fn letters(s: &str) -> String {
    s.chars()
        .filter(|&c| {
            !(c == TATWEEL
                || is_arabic_mark(c)
                || is_invisible_control(c)
                || is_junk_control(c)
                || c.is_whitespace())
        })
        .collect()
}

fn slice(chars: &[char], start: usize, end: usize) -> String {
    chars[start..end].iter().collect()
}

fn analyze(raw: &str) -> Document {
    Analyzer::default()
        .analyze(raw, &Metadata::default())
        .expect("analyze accepts any text under the size limit")
}

fn check_span(what: &str, s: &Span, text_len: usize, raw_len: usize) -> Result<(), TestCaseError> {
    prop_assert!(
        s.start <= s.end && s.end <= text_len,
        "{} {:?}: text len {}",
        what,
        s,
        text_len
    );
    prop_assert!(
        s.raw_start <= s.raw_end && s.raw_end <= raw_len,
        "{} {:?}: raw len {}",
        what,
        s,
        raw_len
    );
    Ok(())
}

/// A raw span's raw text has the letters of its (cleaned) text, unless
/// presentation forms were folded there.
fn check_raw_span(what: &str, s: &RawSpan, raw: &[char]) -> Result<(), TestCaseError> {
    prop_assert!(
        s.raw_start <= s.raw_end && s.raw_end <= raw.len(),
        "{} {:?}: raw len {}",
        what,
        s,
        raw.len()
    );
    let r = slice(raw, s.raw_start, s.raw_end);
    if !r.chars().any(is_presentation_form) {
        prop_assert_eq!(
            letters(&r),
            letters(&s.text),
            "{} {:?} is raw {:?}",
            what,
            s,
            r
        );
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

fn check_document(raw: &str, doc: &Document) -> Result<(), TestCaseError> {
    let text: Vec<char> = doc.text.chars().collect();
    let raw_chars: Vec<char> = raw.chars().collect();
    let (n, rn) = (text.len(), raw_chars.len());

    // Paragraphs: in order, and `text` is them joined by blank lines.
    let mut joined = String::new();
    let mut last_end = 0;
    for (k, p) in doc.paragraphs.iter().enumerate() {
        check_span("paragraph", p, n, rn)?;
        prop_assert!(
            p.start >= last_end && p.start < p.end,
            "paragraph {} {:?}",
            k,
            p
        );
        if k > 0 {
            joined.push_str("\n\n");
        }
        let ptext = slice(&text, p.start, p.end);
        joined.push_str(&ptext);
        prop_assert!(
            !ptext.contains('\n'),
            "paragraph {:?} has a line break",
            ptext
        );
        last_end = p.end;
        let r = slice(&raw_chars, p.raw_start, p.raw_end);
        if !r.chars().any(is_presentation_form) {
            prop_assert_eq!(
                letters(&r),
                letters(&ptext),
                "paragraph {:?} is raw {:?}",
                ptext,
                r
            );
        }
    }
    prop_assert_eq!(&joined, &doc.text);

    // Sentences: in order, inside a paragraph, owning consecutive tokens.
    let mut next_token = 0;
    let mut last_end = 0;
    for s in &doc.sentences {
        check_span("sentence", &s.span, n, rn)?;
        prop_assert!(
            s.span.start >= last_end && s.span.start < s.span.end,
            "sentence {:?}",
            s
        );
        prop_assert_eq!(slice(&text, s.span.start, s.span.end), s.text.clone());
        prop_assert!(
            doc.paragraphs
                .iter()
                .any(|p| p.start <= s.span.start && s.span.end <= p.end),
            "sentence {:?} is in no paragraph",
            s.text
        );
        prop_assert_eq!(s.token_start, next_token, "sentence {:?} tokens", s.text);
        prop_assert!(s.token_start < s.token_end && s.token_end <= doc.tokens.len());
        for t in &doc.tokens[s.token_start..s.token_end] {
            prop_assert!(
                s.span.start <= t.span.start && t.span.end <= s.span.end,
                "token {:?} outside its sentence {:?}",
                t.text,
                s.text
            );
            prop_assert!(
                s.span.raw_start <= t.span.raw_start && t.span.raw_end <= s.span.raw_end,
                "token {:?} raw {:?} outside its sentence's raw span {:?}",
                t.text,
                t.span,
                s.span
            );
        }
        let r = slice(&raw_chars, s.span.raw_start, s.span.raw_end);
        if !r.chars().any(is_presentation_form) {
            prop_assert_eq!(
                letters(&r),
                letters(&s.text),
                "sentence {:?} is raw {:?}",
                s.text,
                r
            );
        }
        next_token = s.token_end;
        last_end = s.span.end;
    }
    prop_assert_eq!(next_token, doc.tokens.len(), "tokens outside sentences");

    // Entities: inside their tokens, in text order, clusters numbered
    // densely, the text is the slice.
    let mut clusters = 0;
    let mut prev_start = 0;
    for e in &doc.entities {
        check_span("entity", &e.span, n, rn)?;
        prop_assert!(e.span.start < e.span.end, "empty entity {:?}", e);
        prop_assert!(e.span.start >= prev_start, "entities out of order: {:?}", e);
        prev_start = e.span.start;
        prop_assert_eq!(slice(&text, e.span.start, e.span.end), e.text.clone());
        prop_assert!(e.token_start < e.token_end && e.token_end <= doc.tokens.len());
        let first = &doc.tokens[e.token_start];
        let last = &doc.tokens[e.token_end - 1];
        prop_assert!(first.span.start <= e.span.start && e.span.start < first.span.end);
        prop_assert_eq!(e.span.end, last.span.end);
        prop_assert!(["PER", "LOC", "ORG", "MISC"].contains(&e.kind.as_str()));
        prop_assert!(e.cluster <= clusters, "cluster {} skips ahead", e.cluster);
        clusters = clusters.max(e.cluster + 1);
    }

    // Quotes, times and events: every span is its text, every entity
    // reference a cluster of the document.
    let text_span = |what: &str, sp: &Span, t: &str| -> Result<(), TestCaseError> {
        check_span(what, sp, n, rn)?;
        prop_assert_eq!(
            slice(&text, sp.start, sp.end),
            t.to_string(),
            "{} text",
            what
        );
        Ok(())
    };
    for q in &doc.quotes {
        text_span("quote", &q.span, &q.text)?;
        prop_assert!(q.sentence < doc.sentences.len());
        prop_assert!(q.speaker_entity.is_none_or(|c| c < clusters));
        if let Some(c) = &q.cue {
            text_span("cue", &c.span, &c.text)?;
        }
        for a in q.via.iter() {
            text_span("via", &a.span, &a.text)?;
        }
    }
    for t in &doc.times {
        text_span("time", &t.span, &t.text)?;
        prop_assert!(t.sentence < doc.sentences.len());
    }
    for e in &doc.events {
        text_span("trigger", &e.trigger.span, &e.trigger.text)?;
        prop_assert!(!e.source.is_empty(), "event without a source: {:?}", e);
        for a in e.source.iter().chain(&e.target).chain(e.location.iter()) {
            text_span("actor", &a.span, &a.text)?;
            prop_assert!(a.entity.is_none_or(|c| c < clusters));
        }
        prop_assert!((0.0..=1.0).contains(&e.confidence));
    }

    // Tokens and segments.
    let normalizer = Normalizer::default();
    let stemmer = LightStemmer::default();
    // Raw spans of tokens may overlap only where one raw character became
    // several tokens (a folded ligature such as U+FDFA); they never go back.
    let mut last: (usize, usize, usize) = (0, 0, 0);
    for t in &doc.tokens {
        check_span("token", &t.span, n, rn)?;
        prop_assert!(t.span.start < t.span.end, "empty token {:?}", t);
        prop_assert!(
            t.span.start >= last.0 && t.span.raw_start >= last.1 && t.span.raw_end >= last.2,
            "token {:?} {:?} out of order",
            t.text,
            t.span
        );
        if t.span.raw_start < last.2 {
            prop_assert!(
                slice(&raw_chars, t.span.raw_start, last.2)
                    .chars()
                    .any(is_presentation_form),
                "token {:?} {:?} overlaps the one before",
                t.text,
                t.span
            );
        }
        last = (t.span.end, t.span.raw_start, t.span.raw_end);
        prop_assert_eq!(slice(&text, t.span.start, t.span.end), t.text.clone());
        prop_assert!(
            !t.text.chars().any(char::is_whitespace),
            "whitespace in token {:?}",
            t.text
        );
        prop_assert_eq!(&t.norm, &normalizer.normalize(&t.text));
        prop_assert_eq!(&t.stem, &stemmer.stem(&t.text));
        let r = slice(&raw_chars, t.span.raw_start, t.span.raw_end);
        if !r.chars().any(is_presentation_form) {
            prop_assert_eq!(
                letters(&r),
                letters(&t.text),
                "token {:?} {:?} is raw {:?}",
                t.text,
                t.span,
                r
            );
        }
        prop_assert!(
            !t.segments.is_empty() && t.segments.len() <= 4,
            "segments of {:?}",
            t.text
        );
        let mut at = t.span.start;
        let mut whole = String::new();
        for seg in &t.segments {
            prop_assert_eq!(seg.start, at, "segments of {:?} not contiguous", t.text);
            prop_assert!(seg.start < seg.end, "empty segment in {:?}", t.text);
            prop_assert_eq!(slice(&text, seg.start, seg.end), seg.text.clone());
            prop_assert!(
                matches!(
                    seg.role.as_str(),
                    "proclitic" | "stem" | "enclitic" | "symbol"
                ),
                "role {:?}",
                seg.role
            );
            whole.push_str(&seg.text);
            at = seg.end;
        }
        prop_assert_eq!(at, t.span.end);
        prop_assert_eq!(&whole, &t.text);
    }

    // Spans left out of `text`.
    if let Some(d) = &doc.dateline {
        check_raw_span("dateline", &d.span, &raw_chars)?;
        for (what, s) in [("place", &d.place), ("agency", &d.agency)] {
            if let Some(s) = s {
                check_raw_span(what, s, &raw_chars)?;
                prop_assert!(
                    d.span.raw_start <= s.raw_start && s.raw_end <= d.span.raw_end,
                    "{} {:?} outside the dateline {:?}",
                    what,
                    s,
                    d.span
                );
            }
        }
        if let Some(date) = &d.date {
            check_raw_span("date", &date.span, &raw_chars)?;
            prop_assert!(matches!(date.calendar.as_str(), "gregorian" | "hijri"));
            prop_assert_eq!(doc.published.as_deref(), Some(date.iso.as_str()));
        }
    } else {
        prop_assert!(doc.published.is_none());
    }
    for b in &doc.byline {
        check_raw_span("byline", b, &raw_chars)?;
    }
    for b in &doc.boilerplate {
        check_raw_span("boilerplate", &b.span, &raw_chars)?;
        prop_assert!(matches!(
            b.kind.as_str(),
            "related" | "share" | "copyright" | "signoff" | "credits"
        ));
    }

    // The JSON round-trips.
    let json = serde_json::to_string(doc).expect("serializes");
    let back: Document = serde_json::from_str(&json).expect("deserializes");
    prop_assert_eq!(&back, doc);
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn analyzer_spans_are_consistent(raw in input()) {
        let doc = analyze(&raw);
        check_document(&raw, &doc)?;
    }

    #[test]
    fn analyzer_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let raw = String::from_utf8_lossy(&bytes);
        let doc = analyze(&raw);
        check_document(&raw, &doc)?;
    }

    #[test]
    fn analyzer_output_is_clean(raw in input()) {
        let doc = analyze(&raw);
        prop_assert!(!doc.text.contains(['\r', '\u{FEFF}', '\u{200B}', '\0', TATWEEL]), "{:?}", doc.text);
        prop_assert_eq!(doc.text.trim(), doc.text.as_str());
        prop_assert!(!doc.text.contains("\n\n\n"));
    }

    #[test]
    fn analyzer_respects_the_size_limit(raw in input(), limit in 0usize..64) {
        let mut analyzer = Analyzer::default();
        analyzer.max_bytes = limit;
        let r = analyzer.analyze(&raw, &Metadata::default());
        prop_assert_eq!(r.is_err(), raw.len() > limit);
    }
}

// ---------------------------------------------------------------------------
// Known bugs: failing tests, ignored until the product code is fixed.
// ---------------------------------------------------------------------------

#[test]
fn regression_stray_mark_after_space_doubles_the_space() {
    let doc = analyze("قال \u{064B} الوزير");
    assert_eq!(doc.text, "قال الوزير");
}

/// Regression: presentation forms that fold to tatweel + mark (U+FE71,
/// U+FE77…U+FE7F, U+FCF2…U+FCF4) used to leave a tatweel in the text.
#[test]
fn medial_harakat_form_leaves_no_tatweel() {
    let doc = analyze("قال\u{FE77} الوزير");
    assert!(!doc.text.contains(TATWEEL), "{:?}", doc.text);
}
