//! Bytes → text: the encoding from a byte-order mark, an explicit label
//! (HTTP `Content-Type` charset, `<meta charset>` / `http-equiv`, the XML
//! declaration), valid UTF-8, or detection (`chardetng`), in that order; or
//! one forced by the caller.
//!
//! ```
//! use akhbar_ingest::encoding::{decode, Hints, Markup};
//!
//! // «مرحبا» in windows-1256, declared by the page.
//! let page = b"<meta charset=\"windows-1256\"><p>\xe3\xd1\xcd\xc8\xc7</p>";
//! let d = decode(&page[..], &Hints { markup: Markup::Html, ..Hints::default() });
//! assert_eq!(d.encoding, "windows-1256");
//! assert!(d.text.contains("مرحبا"));
//! assert!(!d.replaced);
//! ```

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// How far into a document labels are looked for.
const PRESCAN: usize = 8192;

/// Which in-document labels to look for.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub enum Markup {
    /// Plain text: no in-document label.
    #[default]
    None,
    /// `<meta charset>` and `<meta http-equiv="Content-Type">`.
    Html,
    /// The XML declaration's `encoding`.
    Xml,
}

/// What the caller knows about the bytes.
#[derive(Copy, Clone, Debug, Default)]
pub struct Hints<'a> {
    /// An encoding that overrides everything (`--encoding`).
    pub forced: Option<&'static Encoding>,
    /// A `Content-Type` header value or bare charset label from the transport.
    pub content_type: Option<&'a str>,
    /// Which in-document labels apply.
    pub markup: Markup,
}

/// Where the encoding came from.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Basis {
    /// Forced by the caller.
    Forced,
    /// A byte-order mark.
    Bom,
    /// The transport's `Content-Type`.
    Header,
    /// A label inside the document.
    Declared,
    /// The bytes are valid UTF-8 (this also wins over a legacy label that
    /// contradicts non-ASCII UTF-8 content, a common mislabelling).
    ValidUtf8,
    /// Guessed by `chardetng`.
    Detected,
}

/// A decoded document.
#[derive(Clone, Debug)]
pub struct Decoded {
    /// The text, without a byte-order mark.
    pub text: String,
    /// The encoding's WHATWG name (`"UTF-8"`, `"windows-1256"`, `"ISO-8859-6"`…).
    pub encoding: &'static str,
    /// Where it came from.
    pub basis: Basis,
    /// Malformed bytes were replaced with U+FFFD.
    pub replaced: bool,
}

/// The encoding for a WHATWG label (`"cp1256"`, `"arabic"`, `"utf8"`…).
pub fn for_label(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(
        label
            .trim()
            .trim_matches(|c| c == '"' || c == '\'')
            .as_bytes(),
    )
}

/// The `charset` parameter of a `Content-Type` value, or the value itself
/// when it is a bare label.
pub fn charset_from_content_type(ct: &str) -> Option<&'static Encoding> {
    let lower = ct.to_ascii_lowercase();
    match lower.find("charset=") {
        Some(i) => {
            let rest = &ct[i + 8..];
            let end = rest.find([';', ' ', ',']).unwrap_or(rest.len());
            for_label(&rest[..end])
        }
        None if !ct.contains('/') => for_label(ct),
        None => None,
    }
}

/// Decode `bytes` following the module's order of evidence. Owned bytes
/// that are valid UTF-8 become the text without a copy.
pub fn decode<'b>(bytes: impl Into<Cow<'b, [u8]>>, hints: &Hints) -> Decoded {
    let bytes = bytes.into();
    match choose(&bytes, hints) {
        // No byte-order mark here: valid UTF-8 read as UTF-8 is the bytes
        // themselves.
        (Choice::Utf8AsIs, basis) => Decoded {
            text: valid_utf8_string(bytes),
            encoding: UTF_8.name(),
            basis,
            replaced: false,
        },
        (Choice::Decode(enc), basis) => run(&bytes, enc, basis),
    }
}

/// How [`decode`] turns the bytes into text.
enum Choice {
    /// They are valid UTF-8 without a byte-order mark.
    Utf8AsIs,
    Decode(&'static Encoding),
}

/// The encoding of `bytes`, and the evidence for it.
fn choose(bytes: &[u8], hints: &Hints) -> (Choice, Basis) {
    if let Some(enc) = hints.forced {
        return (Choice::Decode(enc), Basis::Forced);
    }
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return (Choice::Decode(enc), Basis::Bom);
    }
    let label = hints
        .content_type
        .and_then(charset_from_content_type)
        .map(|e| (e, Basis::Header))
        .or_else(|| {
            let head = &bytes[..bytes.len().min(PRESCAN)];
            match hints.markup {
                Markup::Html => html_meta_charset(head).map(|e| (e, Basis::Declared)),
                Markup::Xml => xml_declared(head).map(|e| (e, Basis::Declared)),
                Markup::None => None,
            }
        });
    let valid_utf8 = simdutf8::basic::from_utf8(bytes).is_ok();
    let choice = |enc: &'static Encoding| match valid_utf8 && enc == UTF_8 {
        true => Choice::Utf8AsIs,
        false => Choice::Decode(enc),
    };
    if let Some((enc, basis)) = label {
        // A page cannot really be UTF-16 without a BOM once it was read as
        // ASCII-compatible markup; the HTML standard reads such labels as UTF-8.
        let enc = if enc == UTF_16LE || enc == UTF_16BE {
            UTF_8
        } else {
            enc
        };
        let contradicted = enc != UTF_8 && valid_utf8 && !bytes.is_ascii();
        if !contradicted {
            return (choice(enc), basis);
        }
    }
    if valid_utf8 {
        return (Choice::Utf8AsIs, Basis::ValidUtf8);
    }
    let mut det = chardetng::EncodingDetector::new();
    det.feed(bytes, true);
    (Choice::Decode(det.guess(None, false)), Basis::Detected)
}

/// `bytes`, checked to be valid UTF-8, as a string (the same buffer when
/// they are owned).
fn valid_utf8_string(bytes: Cow<'_, [u8]>) -> String {
    match bytes {
        Cow::Owned(v) => {
            debug_assert!(std::str::from_utf8(&v).is_ok());
            // SAFETY: the caller checked `v` is valid UTF-8 (simdutf8).
            unsafe { String::from_utf8_unchecked(v) }
        }
        Cow::Borrowed(b) => String::from_utf8_lossy(b).into_owned(),
    }
}

fn run(bytes: &[u8], enc: &'static Encoding, basis: Basis) -> Decoded {
    let (text, used, replaced) = enc.decode(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: used.name(),
        basis,
        replaced,
    }
}

/// Case-insensitive search of an ASCII needle.
fn find_ci(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    let last = hay.len() - needle.len();
    if needle[0].is_ascii_alphabetic() {
        return (from..=last).find(|&i| hay[i..i + needle.len()].eq_ignore_ascii_case(needle));
    }
    // A first byte without case: jump between its occurrences.
    let mut i = from;
    while i <= last {
        i += memchr::memchr(needle[0], &hay[i..=last])?;
        if hay[i..i + needle.len()].eq_ignore_ascii_case(needle) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…charset=…">`
/// in the first bytes of a page.
pub fn html_meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let mut at = 0;
    while let Some(i) = find_ci(head, b"<meta", at) {
        let end = memchr::memchr(b'>', &head[i..]).map_or(head.len(), |e| i + e);
        let tag = String::from_utf8_lossy(&head[i..end]);
        let lower = tag.to_ascii_lowercase();
        if let Some(c) = lower.find("charset") {
            let rest = tag[c + 7..].trim_start();
            if let Some(rest) = rest.strip_prefix('=') {
                let rest = rest.trim_start().trim_start_matches(['"', '\'']);
                let end = rest
                    .find(|c: char| {
                        c == '"' || c == '\'' || c == ';' || c == '/' || c.is_whitespace()
                    })
                    .unwrap_or(rest.len());
                if let Some(enc) = for_label(&rest[..end]) {
                    return Some(enc);
                }
            }
        }
        at = end;
    }
    None
}

/// The `encoding` of an XML declaration at the start of `head`.
pub fn xml_declared(head: &[u8]) -> Option<&'static Encoding> {
    let start = head.iter().position(|b| !b.is_ascii_whitespace())?;
    if !head[start..].starts_with(b"<?xml") {
        return None;
    }
    let end = find_ci(head, b"?>", start)?;
    let decl = std::str::from_utf8(&head[start..end]).ok()?;
    let i = decl.find("encoding")?;
    let rest = decl[i + 8..].trim_start().strip_prefix('=')?.trim_start();
    let q = rest.chars().next()?;
    let rest = &rest[q.len_utf8()..];
    let end = rest.find(q)?;
    for_label(&rest[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، وقال الوزير إن التنفيذ يبدأ الشهر المقبل.";

    fn encode(enc: &'static Encoding) -> Vec<u8> {
        let (b, _, unmappable) = enc.encode(TEXT);
        assert!(!unmappable);
        b.into_owned()
    }

    #[test]
    fn windows_1256_and_iso_8859_6_are_detected_without_a_label() {
        for name in ["windows-1256", "ISO-8859-6"] {
            let enc = Encoding::for_label(name.as_bytes()).unwrap();
            let bytes = encode(enc);
            let d = decode(&bytes, &Hints::default());
            assert_eq!(d.basis, Basis::Detected);
            assert_eq!(d.text, TEXT, "{name} detected as {}", d.encoding);
        }
    }

    #[test]
    fn labels_bom_header_and_forced() {
        let w = encode(encoding_rs::WINDOWS_1256);
        let mut html = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"></head><p>".to_vec();
        html.extend_from_slice(&w);
        let d = decode(
            &html,
            &Hints {
                markup: Markup::Html,
                ..Hints::default()
            },
        );
        assert_eq!((d.encoding, d.basis), ("windows-1256", Basis::Declared));
        assert!(d.text.contains(TEXT));

        let iso = encode(encoding_rs::ISO_8859_6);
        let d = decode(
            &iso,
            &Hints {
                content_type: Some("text/html; charset=iso-8859-6"),
                ..Hints::default()
            },
        );
        assert_eq!(
            (d.encoding, d.basis, d.text.as_str()),
            ("ISO-8859-6", Basis::Header, TEXT)
        );

        let mut xml = b"<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss>".to_vec();
        xml.extend_from_slice(&w);
        let d = decode(
            &xml,
            &Hints {
                markup: Markup::Xml,
                ..Hints::default()
            },
        );
        assert_eq!(d.basis, Basis::Declared);
        assert!(d.text.contains(TEXT));

        for (enc, bom) in [(UTF_16LE, &[0xFF, 0xFE][..]), (UTF_16BE, &[0xFE, 0xFF][..])] {
            let mut b = bom.to_vec();
            for u in TEXT.encode_utf16() {
                let pair = if enc == UTF_16LE {
                    u.to_le_bytes()
                } else {
                    u.to_be_bytes()
                };
                b.extend_from_slice(&pair);
            }
            let d = decode(&b, &Hints::default());
            assert_eq!((d.basis, d.text.as_str()), (Basis::Bom, TEXT));
        }

        let d = decode(
            &w,
            &Hints {
                forced: for_label("cp1256"),
                ..Hints::default()
            },
        );
        assert_eq!((d.basis, d.text.as_str()), (Basis::Forced, TEXT));
    }

    #[test]
    fn a_legacy_label_on_utf8_bytes_is_overruled() {
        let html = format!("<meta charset=windows-1256><p>{TEXT}</p>");
        let d = decode(
            html.as_bytes(),
            &Hints {
                markup: Markup::Html,
                ..Hints::default()
            },
        );
        assert_eq!((d.encoding, d.basis), ("UTF-8", Basis::ValidUtf8));
    }

    #[test]
    fn bad_utf8_is_replaced_and_reported() {
        let d = decode(
            b"abc \xFF",
            &Hints {
                forced: Some(UTF_8),
                ..Hints::default()
            },
        );
        assert!(d.replaced);
        assert!(d.text.ends_with('\u{FFFD}'));
    }
}
