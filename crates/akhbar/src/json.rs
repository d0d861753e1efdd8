//! Compact JSON of a [`Document`], byte for byte what `serde_json::to_writer`
//! writes, in less time.
//!
//! Tokens are most of a document's JSON (each carries its offsets, forms
//! and clitic segments: thirty times the text's size). Through serde every
//! key of every token is escaped and every field dispatched (and a
//! flattened span goes through a map); here the keys of tokens, sentences
//! and entities are written as constant bytes, and strings are escaped as
//! `serde_json` escapes them, eight bytes at a time between the characters
//! that need it. Everything else is written by `serde_json`.
//!
//! ```
//! use akhbar::{json, Analyzer, Metadata};
//!
//! let doc = Analyzer::default().analyze("قال الوزير: «نعم».", &Metadata::default()).unwrap();
//! let mut out = Vec::new();
//! json::write_document(&mut out, &doc);
//! assert_eq!(out, serde_json::to_vec(&doc).unwrap());
//! ```

use serde::Serialize;

use crate::document::{Document, Entity, Segment, Sentence, Span, Token};

/// Appends `value`'s JSON (serde_json's) to `out`.
fn write_value<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) {
    // Writing to memory cannot fail, and a document has no map keys that
    // are not strings.
    serde_json::to_writer(out, value).expect("a document serializes to memory");
}

/// Appends `s` as a JSON string, as serde_json writes it: most strings need
/// no escape at all, and checking eight bytes at a time is cheaper than
/// escaping byte by byte.
fn write_str(out: &mut Vec<u8>, s: &str) {
    if needs_escape(s.as_bytes()) {
        write_escaped(out, s.as_bytes());
    } else {
        out.reserve(s.len() + 2);
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
    }
}

/// Appends `bytes` (UTF-8) as a JSON string with serde_json's escapes:
/// `\"`, `\\`, `\b \f \n \r \t`, and `\u00xx` for other control
/// characters. The runs between them are copied whole.
#[inline(never)]
fn write_escaped(out: &mut Vec<u8>, bytes: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    let mut copied = 0;
    let mut at = 0;
    while at < bytes.len() {
        if let Some(word) = bytes.get(at..at + 8) {
            if !word_needs_escape(u64::from_le_bytes(word.try_into().unwrap())) {
                at += 8;
                continue;
            }
        }
        let b = bytes[at];
        let short: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            0x08 => b"\\b",
            0x0C => b"\\f",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0..=0x1F => b"",
            _ => {
                at += 1;
                continue;
            }
        };
        out.extend_from_slice(&bytes[copied..at]);
        if short.is_empty() {
            out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(b >> 4)],
                HEX[usize::from(b & 15)],
            ]);
        } else {
            out.extend_from_slice(short);
        }
        at += 1;
        copied = at;
    }
    out.extend_from_slice(&bytes[copied..]);
    out.push(b'"');
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Has the word a byte below `n` (n ≤ 128)? Yes when
/// `(w - n·0x01…01) & !w & 0x80…80` is not zero.
#[inline(always)]
fn has_byte_below(w: u64, n: u8) -> bool {
    w.wrapping_sub(ONES * u64::from(n)) & !w & HIGHS != 0
}

/// Has the word a byte JSON escapes? (A byte equal to `b` is one below 1
/// in `w ^ b·0x01…01`.)
#[inline(always)]
fn word_needs_escape(w: u64) -> bool {
    has_byte_below(w, 0x20)
        | has_byte_below(w ^ (ONES * u64::from(b'"')), 1)
        | has_byte_below(w ^ (ONES * u64::from(b'\\')), 1)
}

/// Does `bytes` hold a byte JSON escapes (a control character, `"` or `\`)?
/// Eight bytes at a time ("SWAR", see [`word_needs_escape`]).
fn needs_escape(bytes: &[u8]) -> bool {
    if bytes.len() < 8 {
        // Padded with a byte that needs no escape.
        let w = bytes
            .iter()
            .rev()
            .fold(u64::from_le_bytes([b'a'; 8]), |w, &b| {
                (w << 8) | u64::from(b)
            });
        return word_needs_escape(w);
    }
    let mut chunks = bytes.chunks_exact(8);
    let mut any = false;
    for chunk in &mut chunks {
        any |= word_needs_escape(u64::from_le_bytes(chunk.try_into().unwrap()));
    }
    if !chunks.remainder().is_empty() {
        // The last eight bytes, overlapping the last whole chunk.
        let last = &bytes[bytes.len() - 8..];
        any |= word_needs_escape(u64::from_le_bytes(last.try_into().unwrap()));
    }
    any
}

/// Appends a string known to need no escape (an enum's lowercase name).
fn write_plain(out: &mut Vec<u8>, s: &str) {
    debug_assert!(s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'));
    out.push(b'"');
    out.extend_from_slice(s.as_bytes());
    out.push(b'"');
}

fn write_usize(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// Appends the compact JSON of `doc` to `out`: the same bytes as
/// `serde_json::to_writer(out, doc)`.
pub fn write_document(out: &mut Vec<u8>, doc: &Document) {
    // Field order and names as in `Document` (serde writes fields in
    // declaration order); the tests compare with serde_json's output.
    out.extend_from_slice(b"{\"schema\":");
    write_value(out, &doc.schema);
    out.extend_from_slice(b",\"id\":");
    write_value(out, &doc.id);
    out.extend_from_slice(b",\"url\":");
    write_value(out, &doc.url);
    out.extend_from_slice(b",\"published\":");
    write_value(out, &doc.published);
    out.extend_from_slice(b",\"title\":");
    write_value(out, &doc.title);
    out.extend_from_slice(b",\"text\":");
    write_str(out, &doc.text);
    out.extend_from_slice(b",\"dateline\":");
    write_value(out, &doc.dateline);
    out.extend_from_slice(b",\"byline\":");
    write_value(out, &doc.byline);
    out.extend_from_slice(b",\"boilerplate\":");
    write_value(out, &doc.boilerplate);
    out.extend_from_slice(b",\"paragraphs\":");
    write_value(out, &doc.paragraphs);
    out.extend_from_slice(b",\"sentences\":[");
    for (i, sentence) in doc.sentences.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_sentence(out, sentence);
    }
    out.push(b']');
    out.extend_from_slice(b",\"tokens\":[");
    for (i, t) in doc.tokens.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_token(out, t);
    }
    out.extend_from_slice(b"],\"entities\":[");
    for (i, entity) in doc.entities.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_entity(out, entity);
    }
    out.extend_from_slice(b"]");
    out.extend_from_slice(b",\"quotes\":");
    write_value(out, &doc.quotes);
    out.extend_from_slice(b",\"times\":");
    write_value(out, &doc.times);
    out.extend_from_slice(b",\"events\":");
    write_value(out, &doc.events);
    out.extend_from_slice(b",\"origin\":");
    write_value(out, &doc.origin);
    out.push(b'}');
}

/// Opens an object with the fields of a flattened [`Span`].
fn write_span_fields(out: &mut Vec<u8>, span: &Span) {
    out.extend_from_slice(b"{\"start\":");
    write_usize(out, span.start);
    out.extend_from_slice(b",\"end\":");
    write_usize(out, span.end);
    out.extend_from_slice(b",\"raw_start\":");
    write_usize(out, span.raw_start);
    out.extend_from_slice(b",\"raw_end\":");
    write_usize(out, span.raw_end);
}

fn write_sentence(out: &mut Vec<u8>, s: &Sentence) {
    write_span_fields(out, &s.span);
    out.extend_from_slice(b",\"text\":");
    write_str(out, &s.text);
    out.extend_from_slice(b",\"token_start\":");
    write_usize(out, s.token_start);
    out.extend_from_slice(b",\"token_end\":");
    write_usize(out, s.token_end);
    out.push(b'}');
}

fn write_optional_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => write_str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

fn write_entity(out: &mut Vec<u8>, e: &Entity) {
    write_span_fields(out, &e.span);
    out.extend_from_slice(b",\"text\":");
    write_str(out, &e.text);
    out.extend_from_slice(b",\"type\":");
    write_str(out, &e.kind);
    out.extend_from_slice(b",\"canonical\":");
    write_optional_str(out, e.canonical.as_deref());
    out.extend_from_slice(b",\"canonical_en\":");
    write_optional_str(out, e.canonical_en.as_deref());
    out.extend_from_slice(b",\"id\":");
    write_optional_str(out, e.id.as_deref());
    out.extend_from_slice(b",\"country\":");
    write_optional_str(out, e.country.as_deref());
    out.extend_from_slice(b",\"role\":");
    write_optional_str(out, e.role.as_deref());
    out.extend_from_slice(b",\"cluster\":");
    write_usize(out, e.cluster);
    out.extend_from_slice(b",\"token_start\":");
    write_usize(out, e.token_start);
    out.extend_from_slice(b",\"token_end\":");
    write_usize(out, e.token_end);
    out.extend_from_slice(b",\"source\":");
    write_str(out, &e.source);
    out.push(b'}');
}

fn write_token(out: &mut Vec<u8>, t: &Token) {
    write_span_fields(out, &t.span);
    out.extend_from_slice(b",\"text\":");
    write_str(out, t.text.as_str());
    out.extend_from_slice(b",\"kind\":");
    write_plain(out, t.kind.as_str());
    out.extend_from_slice(b",\"norm\":");
    write_str(out, t.norm.as_str());
    out.extend_from_slice(b",\"stem\":");
    write_str(out, t.stem.as_str());
    out.extend_from_slice(if t.stop {
        b",\"stop\":true,\"segments\":["
    } else {
        b",\"stop\":false,\"segments\":["
    });
    for (i, s) in t.segments.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_segment(out, s);
    }
    out.extend_from_slice(b"]}");
}

fn write_segment(out: &mut Vec<u8>, s: &Segment) {
    out.extend_from_slice(b"{\"start\":");
    write_usize(out, s.start);
    out.extend_from_slice(b",\"end\":");
    write_usize(out, s.end);
    out.extend_from_slice(b",\"text\":");
    write_str(out, s.text.as_str());
    out.extend_from_slice(b",\"norm\":");
    write_str(out, s.norm.as_str());
    out.extend_from_slice(b",\"role\":");
    write_plain(out, s.role.as_str());
    out.push(b'}');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Origin, Span};
    use crate::{Analyzer, Metadata};

    fn same_as_serde_json(doc: &Document) {
        let mut ours = Vec::new();
        write_document(&mut ours, doc);
        let theirs = serde_json::to_vec(doc).unwrap();
        assert_eq!(
            String::from_utf8(ours).unwrap(),
            String::from_utf8(theirs).unwrap()
        );
    }

    #[test]
    fn analyzed_articles_are_written_as_serde_json_writes_them() {
        let analyzer = Analyzer::default();
        let meta = Metadata {
            id: Some("a\"1\\".into()),
            url: Some("https://example.com/ا?x=1".into()),
            published: Some("2024-05-02".into()),
            title: Some("عنوان\t«مقتبس»".into()),
        };
        for text in [
            "",
            "بيروت (رويترز) - قال وزير الخارجية اللبناني يوم الخميس إن «المحادثات مستمرة».\n\nوأضاف: \"سنواصل العمل\" \\ مع الشركاء.",
            "control \u{1} and \u{1f} and \u{7f} characters, 3.5% ١٢٫٥٪ #وسم @حساب https://t.co/x",
            "\"\"\"\\\\",
        ] {
            let mut doc = analyzer.analyze(text, &meta).unwrap();
            same_as_serde_json(&doc);
            doc.origin = Some(Origin {
                input: "x.html".into(),
                record: "item 3".into(),
                format: "html".into(),
                ..Origin::default()
            });
            same_as_serde_json(&doc);
        }
    }

    #[test]
    fn escaped_strings_are_written_as_serde_json_writes_them() {
        // Every byte below 0x80 at every position of strings of 1 to 20
        // bytes, among Arabic letters and ASCII.
        for len in 1..=20 {
            for pos in 0..len {
                for b in 0..0x80u8 {
                    let mut s: String = "قالa".chars().cycle().take(len).collect();
                    let at = s.char_indices().nth(pos).map_or(s.len(), |(i, _)| i);
                    s.insert(at, char::from(b));
                    let mut ours = Vec::new();
                    write_str(&mut ours, &s);
                    assert_eq!(ours, serde_json::to_vec(&s).unwrap(), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn strings_are_written_as_serde_json_writes_them() {
        for s in [
            "",
            "قال",
            "a\"b",
            "\\",
            "\u{0}",
            "\u{1f}",
            "\u{20}",
            "\u{7f}",
            "\n\t\r",
            "«»",
            "😀 x",
            "\u{2028}\u{2029}",
        ] {
            let mut ours = Vec::new();
            write_str(&mut ours, s);
            assert_eq!(ours, serde_json::to_vec(s).unwrap(), "{s:?}");
        }
    }

    #[test]
    fn the_escape_check_agrees_with_a_byte_by_byte_one() {
        // Every byte value at every position of strings of 1 to 17 bytes.
        for len in 1..=17 {
            for pos in 0..len {
                for b in 0..=255u8 {
                    let mut bytes = vec![0xd8; len];
                    bytes[pos] = b;
                    let expected = b < 0x20 || b == b'"' || b == b'\\';
                    assert_eq!(needs_escape(&bytes), expected, "{bytes:?}");
                }
            }
        }
        // Mixed words, where borrows between bytes could mislead the check.
        let alphabet = [
            0x00, 0x01, 0x1f, 0x20, 0x21, 0x22, 0x23, 0x5b, 0x5c, 0x5d, 0x7f, 0x80, 0xa1, 0xff,
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 20) as usize;
            let bytes: Vec<u8> = (0..len)
                .map(|i| alphabet[((seed >> (i * 3)) % alphabet.len() as u64) as usize])
                .collect();
            let expected = bytes.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\');
            assert_eq!(needs_escape(&bytes), expected, "{bytes:?}");
        }
        assert!(!needs_escape(b""));
        assert!(!needs_escape("قال الوزير «نعم» ~!#".as_bytes()));
    }

    #[test]
    fn hand_built_tokens_are_written_as_serde_json_writes_them() {
        let mut doc = Document::default();
        doc.tokens.push(Token {
            span: Span {
                start: 0,
                end: usize::MAX,
                raw_start: 7,
                raw_end: 9,
            },
            text: "\u{0}\n".into(),
            stop: true,
            segments: vec![Segment::default(), Segment::default()],
            ..Token::default()
        });
        doc.tokens.push(Token::default());
        doc.sentences.push(Sentence {
            span: Span {
                start: 3,
                end: usize::MAX,
                raw_start: 0,
                raw_end: 1,
            },
            text: "قال \"نعم\"\n\\".into(),
            token_start: 0,
            token_end: 2,
        });
        doc.sentences.push(Sentence::default());
        doc.entities.push(Entity {
            text: "بوتين\t".into(),
            kind: "PER".into(),
            canonical: Some("فلاديمير \"بوتين\"".into()),
            id: Some("Q7747".into()),
            cluster: usize::MAX,
            ..Entity::default()
        });
        doc.entities.push(Entity::default());
        same_as_serde_json(&doc);
    }
}
