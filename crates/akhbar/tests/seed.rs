//! The founding article (`../shared/seed/article.txt`): every layer must get
//! it right. Skipped with a message when the shared folder is missing, unless
//! `AKHBAR_REQUIRE_SHARED=1`.

use akhbar::{Analyzer, Document, Metadata};

fn seed() -> Option<(String, Document)> {
    let dir = akhbar_eval::shared_data_dir()?;
    let raw =
        std::fs::read_to_string(dir.join("seed/article.txt")).expect("seed article is readable");
    let doc = Analyzer::default()
        .analyze(&raw, &Metadata::default())
        .expect("seed analyzes");
    Some((raw, doc))
}

fn chars(s: &str, start: usize, end: usize) -> String {
    s.chars().skip(start).take(end - start).collect()
}

#[test]
fn seed_dateline_and_author() {
    let Some((_, doc)) = seed() else { return };
    let d = doc.dateline.as_ref().expect("a dateline");
    assert_eq!(d.place.as_ref().map(|p| p.text.as_str()), Some("موسكو"));
    let authors: Vec<&str> = doc.byline.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(authors, ["حسن عمارة"]);
    assert!(
        !doc.text.starts_with("موسكو"),
        "the header line is out of the body"
    );
}

#[test]
fn seed_related_block_is_boilerplate() {
    let Some((raw, doc)) = seed() else { return };
    assert_eq!(doc.boilerplate.len(), 1);
    let b = &doc.boilerplate[0];
    assert_eq!(b.kind, "related");
    let lines: Vec<&str> = b.span.text.lines().collect();
    assert_eq!(lines.len(), 3, "heading and two headlines: {lines:?}");
    assert!(lines[0].starts_with("قد يهمك أيضا"));
    for headline in &lines[1..] {
        assert!(
            !doc.text.contains(headline),
            "headline left in text: {headline}"
        );
    }
    // The raw span covers the tatweel-stretched heading and the headlines.
    let raw_block = chars(&raw, b.span.raw_start, b.span.raw_end);
    assert!(raw_block.starts_with("قـ"), "{raw_block}");
    assert!(raw.trim_end().ends_with(raw_block.trim_end()));
}

#[test]
fn seed_glued_sentences_split() {
    let Some((_, doc)) = seed() else { return };
    let first = &doc.sentences[0].text;
    let second = &doc.sentences[1].text;
    assert!(first.ends_with("ساعات."), "{first}");
    assert!(second.starts_with("ووفق"), "{second}");
}

#[test]
fn seed_has_no_tatweel_and_exact_offsets() {
    let Some((raw, doc)) = seed() else { return };
    assert!(!doc.text.contains('\u{0640}'));
    let text: Vec<char> = doc.text.chars().collect();
    let raw_chars: Vec<char> = raw.chars().collect();
    for t in &doc.tokens {
        let s: String = text[t.span.start..t.span.end].iter().collect();
        assert_eq!(s, t.text);
        let r: String = raw_chars[t.span.raw_start..t.span.raw_end].iter().collect();
        let letters = |s: &str| s.chars().filter(|c| *c != '\u{0640}').collect::<String>();
        assert_eq!(letters(&r), letters(&t.text), "raw span of {}", t.text);
        let joined: String = t.segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, t.text);
    }
    for s in &doc.sentences {
        let got: String = text[s.span.start..s.span.end].iter().collect();
        assert_eq!(got, s.text);
    }
}

#[test]
fn seed_clitics_of_the_issue() {
    let Some((_, doc)) = seed() else { return };
    let seg = |word: &str| -> Option<String> {
        doc.tokens.iter().find(|t| t.text == word).map(|t| {
            t.segments
                .iter()
                .map(|s| s.text.as_str())
                .collect::<Vec<_>>()
                .join("+")
        })
    };
    assert_eq!(seg("بلدينا").as_deref(), Some("بلدي+نا"));
    assert_eq!(seg("ونظيره").as_deref(), Some("و+نظير+ه"));
    assert_eq!(seg("وقال").as_deref(), Some("و+قال"));
    assert_eq!(seg("لموسكو").as_deref(), Some("ل+موسكو"));
}
