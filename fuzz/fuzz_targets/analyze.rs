//! The whole analyzer on arbitrary text, plus JSON serialization.
#![no_main]

use akhbar::{Analyzer, Document, Metadata};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let raw = String::from_utf8_lossy(data);
    let doc = Analyzer::default()
        .analyze(&raw, &Metadata::default())
        .expect("analyze accepts any text under the size limit");
    let raw_len = raw.chars().count();
    let text: Vec<char> = doc.text.chars().collect();
    for t in &doc.tokens {
        assert!(t.span.start < t.span.end && t.span.end <= text.len());
        assert!(t.span.raw_start <= t.span.raw_end && t.span.raw_end <= raw_len);
        let s: String = text[t.span.start..t.span.end].iter().collect();
        assert_eq!(s, t.text);
    }
    for s in &doc.sentences {
        assert!(s.span.start < s.span.end && s.span.end <= text.len());
        assert!(s.span.raw_start <= s.span.raw_end && s.span.raw_end <= raw_len);
        assert!(s.token_start < s.token_end && s.token_end <= doc.tokens.len());
    }
    for b in doc
        .byline
        .iter()
        .chain(doc.boilerplate.iter().map(|b| &b.span))
        .chain(doc.dateline.iter().map(|d| &d.span))
    {
        assert!(b.raw_start <= b.raw_end && b.raw_end <= raw_len);
    }
    // Quotes, times and events: each span is its text.
    let check = |start: usize, end: usize, t: &str| {
        assert!(start <= end && end <= text.len());
        assert_eq!(text[start..end].iter().collect::<String>(), t);
    };
    for q in &doc.quotes {
        check(q.span.start, q.span.end, &q.text);
    }
    for t in &doc.times {
        check(t.span.start, t.span.end, &t.text);
    }
    for e in &doc.events {
        check(e.trigger.span.start, e.trigger.span.end, &e.trigger.text);
        for a in e.source.iter().chain(&e.target).chain(e.location.iter()) {
            check(a.span.start, a.span.end, &a.text);
        }
    }
    let json = serde_json::to_string(&doc).expect("serializes");
    let back: Document = serde_json::from_str(&json).expect("deserializes");
    assert_eq!(back, doc);
});
