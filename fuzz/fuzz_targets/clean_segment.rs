//! Arbitrary bytes → lossy UTF-8 → clean → tokenize → segment every token.
//! Checks the cleaner's alignment and that segments rebuild their token.
#![no_main]

use akhbar_text::clean::Cleaner;
use akhbar_text::segment::CliticSegmenter;
use akhbar_text::tokenize::tokenize;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let raw = String::from_utf8_lossy(data);
    let cleaned = Cleaner::default().clean(&raw);
    let text = &cleaned.text;
    assert_eq!(cleaned.alignment.output_len(), text.len());
    assert_eq!(cleaned.alignment.source_len(), raw.len());

    let mut fast = String::new();
    Cleaner::default().clean_into(&raw, &mut fast);
    assert_eq!(&fast, text, "clean_into differs from clean");

    let segmenter = CliticSegmenter::default();
    let mut at = 0;
    for t in tokenize(text) {
        assert!(t.start >= at && t.start < t.end, "token {t:?} after {at}");
        at = t.end;
        let word = t.text(text);
        let r = cleaned.alignment.source_range(t.start..t.end);
        assert!(
            r.start <= r.end && r.end <= raw.len(),
            "token {word:?} maps to {r:?}"
        );
        assert!(raw.is_char_boundary(r.start) && raw.is_char_boundary(r.end));

        let s = segmenter.segment(word);
        let mut joined = String::with_capacity(word.len());
        let mut n = 0;
        for seg in s.segments(word) {
            assert!(!seg.text.is_empty(), "empty segment of {word:?}");
            joined.push_str(seg.text);
            n += 1;
        }
        assert!(n <= 4, "{n} segments of {word:?}");
        assert_eq!(joined, word, "segments do not rebuild the token");
    }
});
