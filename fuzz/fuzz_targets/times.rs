//! The time tagger on arbitrary text: tokenized and normalized as the
//! analyzer does, one sentence at a time, with an anchor taken from the
//! input. Expressions must stay inside the sentence, in order, without
//! overlapping, and a day's value must be that day.
#![no_main]

use akhbar_extract::times::{TimeTagger, TimeToken};
use akhbar_text::calendar::Date;
use akhbar_text::normalize::Normalizer;
use akhbar_text::sentence::split_sentences;
use akhbar_text::tokenize::tokenize;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (anchor, rest) = match data.split_first_chunk::<2>() {
        Some((head, rest)) => {
            let days = i64::from(u16::from_le_bytes(*head));
            (Some(Date::from_days(days - 10_000)), rest)
        }
        None => (None, data),
    };
    let text = String::from_utf8_lossy(rest);
    let normalizer = Normalizer::default();
    let tagger = TimeTagger::default();
    for range in split_sentences(&text) {
        let sentence = &text[range];
        let spans: Vec<_> = tokenize(sentence).collect();
        let norms: Vec<String> = spans
            .iter()
            .map(|t| normalizer.normalize(t.text(sentence)))
            .collect();
        let tokens: Vec<TimeToken> = spans
            .iter()
            .zip(&norms)
            .map(|(t, n)| TimeToken {
                text: t.text(sentence),
                norm: n,
                kind: t.kind,
            })
            .collect();
        let mut last = 0;
        for e in tagger.find(&tokens, anchor) {
            assert!(e.tokens.start >= last && e.tokens.start < e.tokens.end);
            assert!(e.tokens.end <= tokens.len());
            if let Some(d) = e.date {
                assert_eq!(e.value.as_deref(), Some(d.to_string().as_str()));
            }
            last = e.tokens.end;
        }
    }
});
