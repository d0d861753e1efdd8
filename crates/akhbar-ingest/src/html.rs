//! HTML page → article: main text with its paragraphs, and the page's
//! metadata (title, publication date, author, site name, canonical URL,
//! language and direction).
//!
//! The page is read by a small tolerant tokenizer into a flat tree (void
//! elements, implied end tags of `p`, `li`, `td`…, stray end tags ignored;
//! nesting capped at [`MAX_DEPTH`], elements at [`MAX_NODES`]). Chrome is
//! removed first: `nav`, `aside`, `footer`, forms' controls, hidden elements,
//! and elements whose class or id names a comment section, share bar,
//! related or most-read box, cookie notice, menu or advert. Text blocks are
//! then scored readability-style (length, commas «،», link density) and the
//! scores flow to their ancestors; the best-scoring container and its
//! strong siblings hold the article. Inside it, link lists and headings
//! such as «اقرأ أيضا» or «الأكثر قراءة» stay out.
//!
//! ```
//! use akhbar_ingest::html::extract;
//!
//! let page = r#"<html lang="ar" dir="rtl"><head>
//!   <title>الحكومة تعلن خطة جديدة - صحيفة المثال</title>
//!   <meta property="article:published_time" content="2024-03-15T09:00:00+03:00">
//! </head><body><nav><a href="/">الرئيسية</a> <a href="/s">رياضة</a></nav>
//! <div class="article-body">
//!   <p>أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، وقال الوزير إن التنفيذ يبدأ الشهر المقبل.</p>
//!   <p>وأضاف أن الخطة تشمل قروضا ميسرة، وتدريبا على أساليب الري الحديثة، ودعما لأسعار البذور.</p>
//! </div>
//! <div class="most-read"><h3>الأكثر قراءة</h3><a href="/1">خبر آخر</a></div></body></html>"#;
//! let a = extract(page).unwrap();
//! assert_eq!(a.title.as_deref(), Some("الحكومة تعلن خطة جديدة"));
//! assert_eq!(a.published.as_deref(), Some("2024-03-15T09:00:00+03:00"));
//! assert_eq!(a.lang.as_deref(), Some("ar"));
//! assert_eq!(a.text.split("\n\n").count(), 2);
//! assert!(!a.text.contains("الأكثر قراءة") && !a.text.contains("الرئيسية"));
//! ```

use serde_json::Value;

use crate::date;

/// Deepest element nesting kept; deeper elements join their ancestor.
pub const MAX_DEPTH: usize = 256;
/// Most elements kept per page; later tags are ignored (their text is kept).
pub const MAX_NODES: usize = 500_000;
/// Largest JSON-LD block parsed.
const MAX_JSON_LD: usize = 1 << 20;

/// The article found in a page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Article {
    /// Main text, paragraphs separated by a blank line.
    pub text: String,
    /// Headline without the site's suffix.
    pub title: Option<String>,
    /// Publication date, `YYYY-MM-DD` or a full ISO 8601 timestamp.
    pub published: Option<String>,
    /// Author names as the page gives them.
    pub author: Option<String>,
    /// The outlet's name (`og:site_name`, JSON-LD publisher).
    pub site_name: Option<String>,
    /// `<link rel="canonical">` or `og:url`.
    pub canonical_url: Option<String>,
    /// `<html lang>` (or `og:locale`).
    pub lang: Option<String>,
    /// `<html dir>` / `<body dir>`: `rtl` or `ltr`.
    pub dir: Option<String>,
}

/// Why a page gave no article.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HtmlError {
    /// Nothing that looks like article text.
    #[error("no article text found")]
    NoArticle,
    /// The bytes are not a text document.
    #[error("not an HTML document (binary data)")]
    Binary,
}

// ---------------------------------------------------------------- tokenizer

/// The attributes the extractor reads; others are skipped without a copy
/// (src, srcset, data-*, on*…).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AttrName {
    Class,
    Id,
    Role,
    Itemprop,
    Href,
    Hidden,
    AriaHidden,
    Style,
    Rel,
    Type,
    Content,
    Property,
    Name,
    HttpEquiv,
    Charset,
    Datetime,
    Lang,
    XmlLang,
    Dir,
}

/// The kept attributes' names, in [`AttrName`] order.
const KEPT_ATTRS: [AttrName; 19] = [
    AttrName::Class,
    AttrName::Id,
    AttrName::Role,
    AttrName::Itemprop,
    AttrName::Href,
    AttrName::Hidden,
    AttrName::AriaHidden,
    AttrName::Style,
    AttrName::Rel,
    AttrName::Type,
    AttrName::Content,
    AttrName::Property,
    AttrName::Name,
    AttrName::HttpEquiv,
    AttrName::Charset,
    AttrName::Datetime,
    AttrName::Lang,
    AttrName::XmlLang,
    AttrName::Dir,
];

const KEPT_SET: KeySet<19> = key_set([
    "class",
    "id",
    "role",
    "itemprop",
    "href",
    "hidden",
    "aria-hidden",
    "style",
    "rel",
    "type",
    "content",
    "property",
    "name",
    "http-equiv",
    "charset",
    "datetime",
    "lang",
    "xml:lang",
    "dir",
]);

/// The kept attribute of a name, in any case.
fn kept_attr(name: &[u8]) -> Option<AttrName> {
    KEPT_SET.find(name).map(|i| KEPT_ATTRS[i])
}

/// A kept attribute and its decoded value.
type Attr<'a> = (AttrName, std::borrow::Cow<'a, str>);

#[derive(Debug)]
enum Token<'a> {
    /// A start tag; its attributes are in [`Tokenizer::attrs`].
    Start {
        /// The tag ([`UNKNOWN_TAG`] for tags the extractor does not know).
        tag: &'static TagInfo,
        self_closing: bool,
    },
    End(&'static TagInfo),
    /// Text, and whether it may hold a character reference.
    Text(&'a str, bool),
    /// Content of a raw-text element (script, style, title…).
    Raw(&'static str, &'a str),
}

/// Tag names whose content is raw text.
const RAW_TEXT: [&str; 10] = [
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "noscript",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// The first `</name` (any case) at or after `from`: `name` is lower case
/// ASCII, at most [`NAME_KEY_MAX`] bytes.
fn find_end_tag(hay: &[u8], name: &str, from: usize) -> Option<usize> {
    let mut needle = [0u8; NAME_KEY_MAX + 2];
    needle[0] = b'<';
    needle[1] = b'/';
    needle[2..2 + name.len()].copy_from_slice(name.as_bytes());
    let n = &needle[..2 + name.len()];
    let mut i = from;
    while i + n.len() <= hay.len() {
        let j = memchr::memchr(b'<', &hay[i..])? + i;
        if j + n.len() <= hay.len() && hay[j..j + n.len()].eq_ignore_ascii_case(n) {
            return Some(j);
        }
        i = j + 1;
    }
    None
}

/// Bytes that end a tag or attribute name.
fn ends_name(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>')
}

/// The end of `b[from..]`'s first run up to `stop`, and whether it holds a
/// `&`: one pass for both.
fn scan_to(b: &[u8], from: usize, stop: u8) -> (usize, bool) {
    match memchr::memchr2(stop, b'&', &b[from..]) {
        None => (b.len(), false),
        Some(i) if b[from + i] == stop => (from + i, false),
        Some(i) => {
            let amp = from + i;
            let end = memchr::memchr(stop, &b[amp..]).map_or(b.len(), |j| amp + j);
            (end, true)
        }
    }
}

/// The end of the tag starting at `from` (after its `>`).
fn past_gt(b: &[u8], from: usize) -> usize {
    memchr::memchr(b'>', &b[from..]).map_or(b.len(), |i| from + i + 1)
}

struct Tokenizer<'a> {
    s: &'a str,
    at: usize,
    /// The kept attributes of the last start tag.
    attrs: Vec<Attr<'a>>,
}

impl<'a> Tokenizer<'a> {
    fn next_token(&mut self) -> Option<Token<'a>> {
        let s = self.s;
        let b = s.as_bytes();
        loop {
            if self.at >= b.len() {
                return None;
            }
            let start = self.at;
            if b[start] != b'<' {
                let (end, amp) = scan_to(b, start, b'<');
                self.at = end;
                return Some(Token::Text(&s[start..end], amp));
            }
            let next = b.get(start + 1).copied().unwrap_or(0);
            if next == b'!' {
                if b[start..].starts_with(b"<!--") {
                    self.at = memchr::memmem::find(&b[start + 4..], b"-->")
                        .map_or(b.len(), |i| start + 4 + i + 3);
                } else if b[start..].starts_with(b"<![CDATA[") {
                    let body = start + 9;
                    let end =
                        memchr::memmem::find(&b[body..], b"]]>").map_or(b.len(), |i| body + i);
                    self.at = (end + 3).min(b.len());
                    return Some(Token::Text(&s[body..end], true));
                } else {
                    self.at = past_gt(b, start);
                }
                continue;
            }
            if next == b'?' {
                self.at = past_gt(b, start);
                continue;
            }
            if next == b'/' {
                let nb = b.get(start + 2).copied().unwrap_or(0);
                if !nb.is_ascii_alphabetic() {
                    self.at = past_gt(b, start);
                    continue;
                }
                let name_end = (start + 2..b.len())
                    .find(|&i| ends_name(b[i]))
                    .unwrap_or(b.len());
                let tag = lookup_tag(&b[start + 2..name_end]);
                self.at = past_gt(b, name_end);
                return Some(Token::End(tag));
            }
            if !next.is_ascii_alphabetic() {
                // A lone '<' is text.
                let end = memchr::memchr(b'<', &b[start + 1..]).map_or(b.len(), |i| start + 1 + i);
                self.at = end;
                return Some(Token::Text(&s[start..end], true));
            }
            return Some(self.start_tag(start));
        }
    }

    fn start_tag(&mut self, start: usize) -> Token<'a> {
        let s = self.s;
        let b = s.as_bytes();
        let mut i = start + 1;
        while i < b.len() && !ends_name(b[i]) {
            i += 1;
        }
        let tag = lookup_tag(&b[start + 1..i]);
        let attrs = &mut self.attrs;
        attrs.clear();
        let mut self_closing = false;
        loop {
            while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
                self_closing = b[i] == b'/';
                i += 1;
            }
            if i >= b.len() {
                break;
            }
            if b[i] == b'>' {
                i += 1;
                break;
            }
            self_closing = false;
            let an = i;
            i += 1;
            while i < b.len() && !ends_name(b[i]) && b[i] != b'=' {
                i += 1;
            }
            let aname = &b[an..i];
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            let mut value = "";
            let mut amp = false;
            if i < b.len() && b[i] == b'=' {
                i += 1;
                while i < b.len() && b[i].is_ascii_whitespace() {
                    i += 1;
                }
                if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                    let vs = i + 1;
                    let ve;
                    (ve, amp) = scan_to(b, vs, b[i]);
                    value = &s[vs..ve];
                    i = (ve + 1).min(b.len());
                } else {
                    let vs = i;
                    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                        amp |= b[i] == b'&';
                        i += 1;
                    }
                    value = &s[vs..i];
                }
            }
            if attrs.len() < 64 {
                if let Some(kept) = kept_attr(aname) {
                    let value = if amp {
                        std::borrow::Cow::Owned(decode_entities_owned(value))
                    } else {
                        std::borrow::Cow::Borrowed(value)
                    };
                    attrs.push((kept, value));
                }
            }
        }
        self.at = i;
        if tag.flags & F_RAW != 0 && !self_closing {
            let name = tag.name;
            let body = self.at;
            let end = if name == "plaintext" {
                None
            } else {
                find_end_tag(b, name, body)
            };
            let end = end.unwrap_or(b.len());
            self.at = past_gt(b, end);
            let raw = &s[body..end];
            let name = if name == "script" && is_ld_json(attrs) {
                LD_JSON
            } else {
                name
            };
            return Token::Raw(name, raw);
        }
        Token::Start { tag, self_closing }
    }
}

/// The raw-text token name of a JSON-LD script.
const LD_JSON: &str = "script+ld";

fn is_ld_json(attrs: &[Attr<'_>]) -> bool {
    attrs
        .iter()
        .any(|(k, v)| *k == AttrName::Type && v.trim().eq_ignore_ascii_case("application/ld+json"))
}

// ---------------------------------------------------------------- entities

const NAMED: &[(&str, &str)] = &[
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", "\u{a0}"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("hellip", "…"),
    ("mdash", "—"),
    ("ndash", "–"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("sbquo", "‚"),
    ("bdquo", "„"),
    ("zwnj", "\u{200c}"),
    ("zwj", "\u{200d}"),
    ("lrm", "\u{200e}"),
    ("rlm", "\u{200f}"),
    ("copy", "©"),
    ("reg", "®"),
    ("trade", "™"),
    ("middot", "·"),
    ("bull", "•"),
    ("deg", "°"),
    ("times", "×"),
    ("divide", "÷"),
    ("shy", "\u{ad}"),
    ("ensp", "\u{2002}"),
    ("emsp", "\u{2003}"),
    ("thinsp", "\u{2009}"),
    ("euro", "€"),
    ("pound", "£"),
    ("cent", "¢"),
    ("sect", "§"),
    ("para", "¶"),
    ("frac12", "½"),
    ("frac14", "¼"),
    ("frac34", "¾"),
    ("eacute", "é"),
    ("egrave", "è"),
    ("agrave", "à"),
    ("ccedil", "ç"),
    ("uuml", "ü"),
    ("ouml", "ö"),
    ("auml", "ä"),
];

/// Decode character references (`&amp;`, `&#1571;`, `&#x623;`, common names).
pub fn decode_entities(s: &str) -> String {
    decode_entities_cow(s).into_owned()
}

/// [`decode_entities`] without a copy when there is nothing to decode.
fn decode_entities_cow(s: &str) -> std::borrow::Cow<'_, str> {
    if memchr::memchr(b'&', s.as_bytes()).is_none() {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(decode_entities_owned(s))
}

fn decode_entities_owned(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let semi = rest[1..].find(';').map(|j| j + 1).filter(|&j| j <= 33);
        let decoded = semi.and_then(|j| {
            let name = &rest[1..j];
            let c = if let Some(num) = name.strip_prefix('#') {
                let v = match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => num.parse::<u32>().ok(),
                }?;
                let c = char::from_u32(v)
                    .filter(|c| *c != '\0')
                    .unwrap_or('\u{FFFD}');
                return Some((c.to_string(), j + 1));
            } else {
                NAMED.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)?
            };
            Some((c.to_string(), j + 1))
        });
        match decoded {
            Some((text, len)) => {
                out.push_str(&text);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

// ---------------------------------------------------------------- tree

const VOID: [&str; 15] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen",
];

/// Elements whose content is never article text.
const DROP: [&str; 25] = [
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "canvas",
    "iframe",
    "object",
    "select",
    "textarea",
    "button",
    "input",
    "nav",
    "aside",
    "footer",
    "figcaption",
    "head",
    "title",
    "video",
    "audio",
    "map",
    "dialog",
    "menu",
    "label",
];

/// Elements that start a new paragraph.
const BLOCK: [&str; 36] = [
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "tr",
    "td",
    "th",
    "tbody",
    "thead",
    "tfoot",
    "blockquote",
    "pre",
    "figure",
    "hr",
    "br",
    "header",
    "form",
    "address",
    "fieldset",
    "details",
    "center",
    "caption",
];

/// Start tags that close an open `p`.
const CLOSES_P: [&str; 27] = [
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "dl",
    "table",
    "blockquote",
    "pre",
    "figure",
    "hr",
    "header",
    "footer",
    "nav",
    "aside",
    "form",
    "address",
    "fieldset",
    "details",
];

const SCOPE: [&str; 9] = [
    "table", "td", "th", "html", "body", "button", "caption", "object", "template",
];

const F_VOID: u8 = 1;
const F_DROP: u8 = 2;
const F_BLOCK: u8 = 4;
const F_CLOSES_P: u8 = 8;

const INLINE: [&str; 29] = [
    "xmp",
    "noembed",
    "noframes",
    "plaintext",
    "script+ld",
    "a",
    "span",
    "b",
    "strong",
    "i",
    "em",
    "font",
    "sup",
    "sub",
    "small",
    "u",
    "time",
    "abbr",
    "cite",
    "q",
    "mark",
    "bdi",
    "bdo",
    "s",
    "img",
    "picture",
    "source",
    "ins",
    "del",
];

const F_SCOPE: u8 = 16;
/// Raw-text elements (their content is not markup).
const F_RAW: u8 = 32;

/// A known tag: its name, flags and small id.
#[derive(Clone, Copy, Debug)]
struct TagInfo {
    /// [`name_key`] of the name.
    key: u128,
    name: &'static str,
    flags: u8,
    id: u8,
}

/// Longest tag or attribute name that can be known.
const NAME_KEY_MAX: usize = 15;

/// A tag name's bytes, ASCII-lower-cased, packed with its length: equal
/// keys are equal lower-case names. `None` for names too long to be known.
const fn name_key(raw: &[u8]) -> Option<u128> {
    if raw.len() > NAME_KEY_MAX {
        return None;
    }
    let mut buf = [0u8; 16];
    let mut i = 0;
    while i < raw.len() {
        buf[i] = raw[i].to_ascii_lowercase();
        i += 1;
    }
    buf[15] = raw.len() as u8;
    Some(u128::from_le_bytes(buf))
}

/// [`name_key`] of a name known to fit.
const fn known_key(name: &str) -> u128 {
    match name_key(name.as_bytes()) {
        Some(k) => k,
        None => panic!("name too long"),
    }
}

const TAG_LISTS: [(&[&str], u8); 7] = [
    (&VOID, F_VOID),
    (&DROP, F_DROP),
    (&BLOCK, F_BLOCK),
    (&CLOSES_P, F_CLOSES_P),
    (&SCOPE, F_SCOPE),
    (&INLINE, 0),
    // Every raw-text tag is in a list above: this only adds the flag.
    (&RAW_TEXT, F_RAW),
];

const TAG_COUNT: usize = build_tags().1;

/// Every known tag, sorted by key; ids number the names in their order of
/// first appearance in [`TAG_LISTS`], from 1.
const TAGS: [TagInfo; TAG_COUNT] = {
    let (all, n) = build_tags();
    let mut out = [all[0]; TAG_COUNT];
    let mut i = 0;
    while i < n {
        out[i] = all[i];
        i += 1;
    }
    out
};

const fn build_tags() -> ([TagInfo; 256], usize) {
    let empty = TagInfo {
        key: 0,
        name: "",
        flags: 0,
        id: 0,
    };
    let mut all = [empty; 256];
    let mut n = 0;
    let mut l = 0;
    while l < TAG_LISTS.len() {
        let (list, flag) = TAG_LISTS[l];
        let mut j = 0;
        while j < list.len() {
            let name = list[j];
            let key = known_key(name);
            let mut k = 0;
            while k < n && all[k].key != key {
                k += 1;
            }
            if k == n {
                all[n] = TagInfo {
                    key,
                    name,
                    flags: 0,
                    id: n as u8 + 1,
                };
                n += 1;
            }
            all[k].flags |= flag;
            j += 1;
        }
        l += 1;
    }
    // Insertion sort by key.
    let mut i = 1;
    while i < n {
        let mut k = i;
        while k > 0 && all[k - 1].key > all[k].key {
            let t = all[k];
            all[k] = all[k - 1];
            all[k - 1] = t;
            k -= 1;
        }
        i += 1;
    }
    (all, n)
}

/// A tag the extractor does not know.
static UNKNOWN_TAG: TagInfo = TagInfo {
    key: 0,
    name: "",
    flags: 0,
    id: 0,
};

/// A set of at most 255 [`name_key`]s, built at compile time: an
/// open-addressing table of slots holding an index into `keys`, plus one
/// (0 is an empty slot).
struct KeySet<const N: usize> {
    keys: [u128; N],
    slots: [u8; 256],
}

impl<const N: usize> KeySet<N> {
    const fn new(keys: [u128; N]) -> KeySet<N> {
        assert!(N < 255);
        let mut slots = [0u8; 256];
        let mut i = 0;
        while i < N {
            let mut h = Self::slot(keys[i]);
            while slots[h] != 0 {
                h = (h + 1) % 256;
            }
            slots[h] = i as u8 + 1;
            i += 1;
        }
        KeySet { keys, slots }
    }

    const fn slot(key: u128) -> usize {
        (((key >> 64) as u64 ^ key as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize
    }

    /// The index of `name`'s key (any case), if it is in the set.
    fn find(&self, name: &[u8]) -> Option<usize> {
        let key = name_key(name)?;
        let mut h = Self::slot(key);
        loop {
            match self.slots[h] {
                0 => return None,
                i if self.keys[i as usize - 1] == key => return Some(i as usize - 1),
                _ => h = (h + 1) % 256,
            }
        }
    }
}

/// The keys of [`TAGS`].
const TAG_SET: KeySet<TAG_COUNT> = {
    let mut keys = [0u128; TAG_COUNT];
    let mut i = 0;
    while i < TAG_COUNT {
        keys[i] = TAGS[i].key;
        i += 1;
    }
    KeySet::new(keys)
};

/// The known tag of a name, in any case ([`UNKNOWN_TAG`] if none).
fn lookup_tag(raw: &[u8]) -> &'static TagInfo {
    TAG_SET.find(raw).map_or(&UNKNOWN_TAG, |i| &TAGS[i])
}

/// The [`KeySet`] of a list of names.
const fn key_set<const N: usize>(names: [&str; N]) -> KeySet<N> {
    let mut keys = [0u128; N];
    let mut i = 0;
    while i < N {
        keys[i] = known_key(names[i]);
        i += 1;
    }
    KeySet::new(keys)
}

const ID_DD: u8 = tag_id("dd");
const ID_DL: u8 = tag_id("dl");
const ID_DT: u8 = tag_id("dt");
const ID_LI: u8 = tag_id("li");
const ID_OL: u8 = tag_id("ol");
const ID_P: u8 = tag_id("p");
const ID_TABLE: u8 = tag_id("table");
const ID_TD: u8 = tag_id("td");
const ID_TH: u8 = tag_id("th");
const ID_TR: u8 = tag_id("tr");
const ID_UL: u8 = tag_id("ul");

/// The id of a known tag, at compile time.
const fn tag_id(name: &str) -> u8 {
    let key = known_key(name);
    let mut i = 0;
    while i < TAGS.len() {
        if TAGS[i].key == key {
            return TAGS[i].id;
        }
        i += 1;
    }
    panic!("unknown tag")
}

#[derive(Default)]
struct Node<'a> {
    /// Interned tag name ("" for text nodes and unknown tags).
    tag: &'static str,
    flags: u8,
    id: u8,
    hint_flags: u16,
    parent: usize,
    first: usize,
    last: usize,
    next: usize,
    /// Decoded text of a text node.
    text: Option<std::borrow::Cow<'a, str>>,
    href: bool,
    hidden: bool,
}

const NONE: usize = usize::MAX;

struct Meta {
    props: Vec<(String, String)>,
    canonical: Option<String>,
    lang: Option<String>,
    dir: Option<String>,
    title: Option<String>,
    json_ld: Vec<Value>,
    time: Option<String>,
}

struct Tree<'a> {
    nodes: Vec<Node<'a>>,
}

impl<'a> Tree<'a> {
    fn append(&mut self, parent: usize, node: Node<'a>) -> usize {
        let id = self.nodes.len();
        self.nodes.push(Node {
            parent,
            first: NONE,
            last: NONE,
            next: NONE,
            ..node
        });
        let p = &mut self.nodes[parent];
        if p.last == NONE {
            p.first = id;
        } else {
            let last = p.last;
            p.last = id;
            self.nodes[last].next = id;
            return id;
        }
        p.last = id;
        id
    }

    fn children(&self, id: usize) -> Children<'_> {
        Children {
            tree: self,
            at: self.nodes[id].first,
        }
    }
}

struct Children<'a> {
    tree: &'a Tree<'a>,
    at: usize,
}

impl Iterator for Children<'_> {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        if self.at == NONE {
            return None;
        }
        let id = self.at;
        self.at = self.tree.nodes[id].next;
        Some(id)
    }
}

fn attr<'b>(attrs: &'b [Attr<'_>], name: AttrName) -> Option<&'b str> {
    attrs
        .iter()
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.as_ref())
}

/// Classes of hidden elements (compared in any case).
const HIDING_CLASSES: [&str; 7] = [
    "d-none",
    "hidden",
    "hide",
    "sr-only",
    "visually-hidden",
    "invisible",
    "screen-reader-text",
];

/// Whether the attributes hide the element; `first_class_may_hide` is false
/// when the first class attribute is known to hold no [`HIDING_CLASSES`]
/// word.
fn is_hidden(attrs: &[Attr<'_>], first_class_may_hide: bool) -> bool {
    let mut first_class = true;
    attrs.iter().any(|(k, v)| match *k {
        AttrName::Hidden => true,
        AttrName::Class => {
            if std::mem::take(&mut first_class) && !first_class_may_hide {
                return false;
            }
            let hides = |c: &[u8]| {
                c.len() >= 4
                    && HIDING_CLASSES
                        .iter()
                        .any(|h| h.as_bytes().eq_ignore_ascii_case(c))
            };
            let v = v.as_bytes();
            let mut run = 0;
            for (i, b) in v.iter().enumerate() {
                if b.is_ascii_whitespace() {
                    if hides(&v[run..i]) {
                        return true;
                    }
                    run = i + 1;
                }
            }
            hides(&v[run..])
        }
        AttrName::AriaHidden => v.eq_ignore_ascii_case("true"),
        AttrName::Style => style_hides(v),
        _ => false,
    })
}

/// A `style` value that hides its element (compared without white space,
/// in lower case).
fn style_hides(v: &str) -> bool {
    let mut s = String::with_capacity(v.len());
    if v.is_ascii() {
        s.extend(
            v.bytes()
                .filter(|b| !(*b as char).is_whitespace())
                .map(|b| b.to_ascii_lowercase() as char),
        );
    } else {
        s.extend(v.chars().filter(|c| !c.is_whitespace()));
        s.make_ascii_lowercase();
    }
    s.contains("display:none") || s.contains("visibility:hidden")
}

fn parse(page: &str) -> (Tree<'_>, Meta) {
    // Each `<` starts at most one node (an element, or a break), and at
    // most one text node lies between two of them.
    let tags = memchr::memchr_iter(b'<', page.as_bytes()).count();
    let mut nodes = Vec::with_capacity((2 * tags + 2).min(MAX_NODES + 2));
    nodes.push(Node {
        tag: "#root",
        parent: NONE,
        first: NONE,
        last: NONE,
        next: NONE,
        ..Node::default()
    });
    let mut tree = Tree { nodes };
    let mut meta = Meta {
        props: Vec::new(),
        canonical: None,
        lang: None,
        dir: None,
        title: None,
        json_ld: Vec::new(),
        time: None,
    };
    let mut stack: Vec<usize> = vec![0];
    let mut hint = String::new();
    let mut tok = Tokenizer {
        s: page,
        at: 0,
        attrs: Vec::new(),
    };
    // Close the innermost open `target` unless a boundary element comes first.
    let pop_to =
        |stack: &mut Vec<usize>, tree: &Tree<'_>, target: u8, bounds: &[u8], scope: bool| {
            if target == 0 {
                return;
            }
            for i in (1..stack.len()).rev() {
                let n = &tree.nodes[stack[i]];
                if n.id == target {
                    stack.truncate(i);
                    return;
                }
                if bounds.contains(&n.id) || (scope && n.flags & F_SCOPE != 0) {
                    return;
                }
            }
        };
    while let Some(t) = tok.next_token() {
        match t {
            Token::Text(raw, amp) => {
                let parent = *stack.last().unwrap_or(&0);
                if tree.nodes.len() < MAX_NODES {
                    tree.append(
                        parent,
                        Node {
                            tag: "",
                            text: Some(if amp {
                                decode_entities_cow(raw)
                            } else {
                                std::borrow::Cow::Borrowed(raw)
                            }),
                            ..Node::default()
                        },
                    );
                } else {
                    // Past the element limit text still counts: it joins the
                    // last text node (one more is made when needed).
                    let last_is_text = tree.nodes.last().is_some_and(|n| n.text.is_some());
                    if !last_is_text {
                        tree.append(
                            parent,
                            Node {
                                tag: "",
                                text: Some(Default::default()),
                                ..Node::default()
                            },
                        );
                    }
                    if let Some(text) = tree.nodes.last_mut().and_then(|n| n.text.as_mut()) {
                        text.to_mut().push_str(&decode_entities(raw));
                    }
                }
            }
            Token::Raw(name, body) => match name {
                "title" if meta.title.is_none() => {
                    meta.title = Some(collapse(&decode_entities(body)))
                }
                LD_JSON if body.len() <= MAX_JSON_LD => {
                    if let Ok(v) = serde_json::from_str::<Value>(
                        body.trim()
                            .trim_start_matches("<!--")
                            .trim_end_matches("-->"),
                    ) {
                        meta.json_ld.push(v);
                    }
                }
                _ => {}
            },
            Token::End(tag) => match tag.name {
                "p" | "li" | "dt" | "dd" | "td" | "th" | "tr" => {
                    pop_to(&mut stack, &tree, tag.id, &[ID_TABLE], false)
                }
                "br" => {
                    let parent = *stack.last().unwrap_or(&0);
                    tree.append(
                        parent,
                        Node {
                            tag: "br",
                            flags: F_BLOCK,
                            ..Node::default()
                        },
                    );
                }
                _ => {
                    pop_to(&mut stack, &tree, tag.id, &[], false);
                }
            },
            Token::Start {
                tag: info,
                self_closing,
            } => {
                let attrs = &tok.attrs[..];
                let name = info.name;
                match name {
                    "meta" => {
                        let key = attr(attrs, AttrName::Property)
                            .or_else(|| attr(attrs, AttrName::Name))
                            .or_else(|| attr(attrs, AttrName::Itemprop))
                            .or_else(|| attr(attrs, AttrName::HttpEquiv));
                        if let (Some(k), Some(v)) = (key, attr(attrs, AttrName::Content)) {
                            if meta.props.len() < 256 {
                                meta.props
                                    .push((k.to_ascii_lowercase(), v.trim().to_string()));
                            }
                        }
                    }
                    "link" => {
                        let rel = attr(attrs, AttrName::Rel).unwrap_or("");
                        if rel.eq_ignore_ascii_case("canonical") && meta.canonical.is_none() {
                            meta.canonical =
                                attr(attrs, AttrName::Href).map(|s| s.trim().to_string());
                        }
                    }
                    "html" | "body" => {
                        if meta.lang.is_none() {
                            meta.lang = attr(attrs, AttrName::Lang)
                                .or_else(|| attr(attrs, AttrName::XmlLang))
                                .map(str::to_string);
                        }
                        if meta.dir.is_none() {
                            meta.dir = attr(attrs, AttrName::Dir).map(|d| d.to_ascii_lowercase());
                        }
                    }
                    "time" if meta.time.is_none() => {
                        meta.time = attr(attrs, AttrName::Datetime).map(str::to_string);
                    }
                    _ => {}
                }
                if matches!(name, "html" | "body" | "head") {
                    continue;
                }
                let (tag, flags, id) = (info.name, info.flags, info.id);
                if flags & F_CLOSES_P != 0 {
                    pop_to(&mut stack, &tree, ID_P, &[], true);
                }
                match name {
                    "li" => pop_to(
                        &mut stack,
                        &tree,
                        ID_LI,
                        &[ID_UL, ID_OL, ID_TABLE, ID_TD, ID_TH],
                        false,
                    ),
                    "dt" | "dd" => {
                        pop_to(&mut stack, &tree, ID_DT, &[ID_DL], false);
                        pop_to(&mut stack, &tree, ID_DD, &[ID_DL], false);
                    }
                    "td" | "th" => {
                        pop_to(&mut stack, &tree, ID_TD, &[ID_TR, ID_TABLE], false);
                        pop_to(&mut stack, &tree, ID_TH, &[ID_TR, ID_TABLE], false);
                    }
                    "tr" => pop_to(&mut stack, &tree, ID_TR, &[ID_TABLE], false),
                    _ => {}
                }
                if tree.nodes.len() >= MAX_NODES {
                    continue;
                }
                if stack.len() >= MAX_DEPTH {
                    // Too deep to nest: a block start only breaks the
                    // paragraph (one break, however many tags).
                    let parent = *stack.last().unwrap_or(&0);
                    let last = tree.nodes[parent].last;
                    if flags & F_BLOCK != 0 && (last == NONE || tree.nodes[last].tag != "br") {
                        tree.append(
                            parent,
                            Node {
                                tag: "br",
                                flags: F_BLOCK,
                                ..Node::default()
                            },
                        );
                    }
                    continue;
                }
                // class + id + role + itemprop, lower-case: only its words
                // are kept, as flags.
                hint.clear();
                for key in [
                    AttrName::Class,
                    AttrName::Id,
                    AttrName::Role,
                    AttrName::Itemprop,
                ] {
                    if let Some(v) = attr(attrs, key) {
                        let from = hint.len();
                        hint.push_str(v);
                        hint[from..].make_ascii_lowercase();
                        hint.push(' ');
                    }
                }
                if attr(attrs, AttrName::Rel).is_some_and(|r| r.eq_ignore_ascii_case("author")) {
                    hint.push_str("author ");
                }
                let parent = *stack.last().unwrap_or(&0);
                let (hint_flags, class_may_hide) = hint_flags(&hint);
                let node = Node {
                    href: name == "a" && attr(attrs, AttrName::Href).is_some(),
                    hidden: is_hidden(attrs, class_may_hide),
                    hint_flags,
                    tag,
                    flags,
                    id,
                    ..Node::default()
                };
                let void = node.flags & F_VOID != 0 || self_closing;
                let id = tree.append(parent, node);
                if !void && stack.len() < MAX_DEPTH {
                    stack.push(id);
                }
            }
        }
    }
    (tree, meta)
}

// ---------------------------------------------------------------- chrome

/// Class/id words of page chrome (matched inside the hint).
const CHROME: &[&str] = &[
    "comment",
    "share",
    "sharing",
    "social",
    "related",
    "popular",
    "mostread",
    "most-read",
    "most_read",
    "trending",
    "sidebar",
    "side-bar",
    "widget",
    "footer",
    "menu",
    "navbar",
    "nav-",
    "breadcrumb",
    "cookie",
    "consent",
    "gdpr",
    "banner",
    "advert",
    "promo",
    "newsletter",
    "subscribe",
    "outbrain",
    "taboola",
    "disqus",
    "sponsor",
    "pagination",
    "pager",
    "modal",
    "popup",
    "masthead",
    "toolbar",
    "login",
    "recommend",
    "readmore",
    "read-more",
    "ticker",
    "more-news",
    "tags",
    "copyright",
    "time_to_read",
    "time-to-read",
    "reading-time",
    "read-time",
    "prev_next",
    "prev-next",
    "next_article",
    "next-article",
    "nextarticle",
    "author-bio",
    "fb-comments",
    "community",
    "disclaimer",
];
/// Whole class tokens of page chrome.
const CHROME_TOKENS: [&str; 12] = [
    "ad", "ads", "adv", "dfp", "nav", "header", "tag", "also", "latest", "print", "rss", "follow",
];
/// Class/id words of article bodies: these never count as chrome.
const BODY: &[&str] = &[
    "articlebody",
    "article-body",
    "article_body",
    "article-content",
    "article__body",
    "article-text",
    "story-body",
    "storybody",
    "entry-content",
    "post-content",
    "news-text",
    "newstext",
    "article_content",
    "content-body",
    "detail-body",
    "details-body",
];
const POSITIVE: &[&str] = &[
    "article", "content", "entry", "story", "post", "text", "body", "main", "detail", "news",
];

/// Headings of boxes that are never article text (compared without spaces,
/// hamza and final-yaa variants folded).
const CHROME_HEADINGS: &[&str] = &[
    "اقرايضا",
    "اقراايضا",
    "اقراالمزيد",
    "شاهدايضا",
    "الاكثرقراءه",
    "الاكثرقراءة",
    "الاكثرمشاهده",
    "الاكثرتداولا",
    "الاكثرتعليقا",
    "الاكثرشعبيه",
    "مواضيعذاتصله",
    "اخبارذاتصله",
    "ذاتصله",
    "اخبارمتعلقه",
    "الاخبارالمتعلقه",
    "قديعجبكايضا",
    "قديهمك",
    "قديهمكايضا",
    "ننصحكبقراءه",
    "اخترنالك",
    "اخرالاخبار",
    "اخبارعاجله",
    "شارك",
    "شاركالخبر",
    "شاركهذاالمقال",
    "تابعنا",
    "التعليقات",
    "اضفتعليق",
    "اضافهتعليق",
    "تعليقاتالقراء",
];

fn fold(s: &str) -> String {
    folded(s).collect()
}

/// The characters of [`fold`], lazily (a comparison stops at the first
/// difference).
fn folded(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .filter(|&c| {
            // Arabic base letters first: `is_alphanumeric` is slow outside ASCII.
            matches!(c, '\u{621}'..='\u{63A}' | '\u{641}'..='\u{64A}')
                || (c.is_alphanumeric() && !matches!(c, '\u{64B}'..='\u{65F}' | '\u{640}'))
        })
        .map(|c| match c {
            'أ' | 'إ' | 'آ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            c => c,
        })
}

fn chrome_heading(text: &str) -> bool {
    static FOLDED: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    if text.len() > 120 {
        return false;
    }
    let folded = FOLDED.get_or_init(|| CHROME_HEADINGS.iter().map(|h| fold(h)).collect());
    let f = fold(text);
    let n = f.chars().count();
    n <= 24
        && folded
            .iter()
            .any(|h| f == *h || (f.starts_with(h.as_str()) && n <= h.chars().count() + 3))
}

/// Phrases of site notices (comment policies, rights, cookies,
/// newsletters), folded like [`CHROME_HEADINGS`]: a short paragraph that
/// holds one is not article text.
const CHROME_SENTENCES: &[&str] = &[
    "لاتعبرعنراي",
    "لاتعبربالضرورهعنراي",
    "ارشاداتالاستخدام",
    "سياسهالخصوصيه",
    "جميعالحقوقمحفوظه",
    "ملفاتتعريفالارتباط",
    "اشتركفيالنشره",
    "اشتركفيقناتنا",
    "حملتطبيق",
];

fn chrome_sentence(text: &str) -> bool {
    static FINDERS: std::sync::OnceLock<Vec<memchr::memmem::Finder<'static>>> =
        std::sync::OnceLock::new();
    if text.len() > 800 {
        return false;
    }
    let finders = FINDERS.get_or_init(|| {
        CHROME_SENTENCES
            .iter()
            .map(|p| memchr::memmem::Finder::new(p.as_bytes()))
            .collect()
    });
    let f = fold(text);
    finders.iter().any(|p| p.find(f.as_bytes()).is_some())
}

const H_CHROME: u16 = 1;
const H_BODY: u16 = 2;
const H_POSITIVE: u16 = 4;
const H_META: u16 = 8;

/// Class/id words of the small elements around a headline (dates, bylines,
/// sources, captions): left out of the text when short.
const META: &[&str] = &[
    "date", "time", "author", "byline", "writer", "writeby", "source", "caption", "credit", "meta",
    "dateline", "publish",
];
/// Longest text (in characters) of such an element.
const META_CHARS: u32 = 80;

/// The class/id word lists and their flags.
const HINT_LISTS: [(&[&str], u16); 10] = [
    (CHROME, H_CHROME),
    (BODY, H_BODY | H_POSITIVE),
    (POSITIVE, H_POSITIVE),
    (META, H_META),
    (&HIDING_CLASSES, H_HIDING),
    (&["author", "byline", "writer", "kateb"], H_AUTHOR),
    (&["bio"], H_BIO),
    (&["comment"], H_COMMENT),
    (&["date", "time", "publish"], H_DATE),
    (&["update"], H_UPDATE),
];

/// Found by [`HintWords`]: a whole run of ASCII letters and digits is a
/// [`CHROME_TOKENS`] word (not a node flag).
const H_TOKEN: u16 = 16;
/// Found by [`HintWords`]: a [`HIDING_CLASSES`] word occurs (not a node
/// flag; the hint holds the first class attribute in lower case, so
/// without it that attribute has no hiding class).
const H_HIDING: u16 = 32;
/// Hint words of bylines ([`byline`]), and of what is not one.
const H_AUTHOR: u16 = 64;
const H_BIO: u16 = 128;
const H_COMMENT: u16 = 256;
/// Hint words of dates ([`text_date`]), and of update dates.
const H_DATE: u16 = 512;
const H_UPDATE: u16 = 1024;

/// Finds, in one step per byte, every word of [`HINT_LISTS`] anywhere in a
/// hint (as an overlapping search would) and every [`CHROME_TOKENS`] word
/// that is a whole run of ASCII letters and digits (a non-ASCII character
/// ends a run like any other byte). An Aho-Corasick automaton over byte
/// classes, made into a full transition table whose entries carry the flags
/// of every pattern ending at the state they lead to. Tokens are patterns
/// framed by a boundary class (every byte that is neither a letter nor a
/// digit), and the hint is framed by one boundary step at each end: no
/// list word holds a boundary byte outside `-` and `_`, which have classes
/// of their own.
struct HintWords {
    /// Byte → class.
    class: [u8; 256],
    /// Entry `state + class` (states premultiplied by the class count): the
    /// next state << [`HintWords::FLAG_BITS`] | the flags of the patterns
    /// ending there.
    trans: Vec<u32>,
}

impl HintWords {
    /// Bytes in no word that are letters or digits.
    const ALNUM: u8 = 0;
    /// Bytes in no word that are neither.
    const BOUNDARY: u8 = 1;
    /// Flags held by a transition.
    const FLAG_BITS: u32 = 12;

    fn new() -> HintWords {
        let mut class = [0u8; 256];
        let mut classes = 2;
        for (b, c) in class.iter_mut().enumerate() {
            *c = if (b as u8).is_ascii_alphanumeric() {
                Self::ALNUM
            } else {
                Self::BOUNDARY
            };
        }
        let mut seen = [false; 256];
        // Every byte of a word or chrome token gets a class of its own (a
        // token letter left in ALNUM would match any letter).
        let words = HINT_LISTS.iter().flat_map(|(list, _)| list.iter());
        for word in words.chain(CHROME_TOKENS.iter()) {
            for &b in word.as_bytes() {
                if !seen[usize::from(b)] {
                    seen[usize::from(b)] = true;
                    class[usize::from(b)] = classes as u8;
                    classes += 1;
                }
            }
        }
        let mut patterns: Vec<(Vec<u8>, u16)> = Vec::new();
        for (list, flag) in HINT_LISTS {
            for w in list {
                patterns.push((w.bytes().map(|b| class[usize::from(b)]).collect(), flag));
            }
        }
        let mut bounds = vec![Self::BOUNDARY];
        bounds.extend(
            (0..=255u8)
                .filter(|b| !b.is_ascii_alphanumeric() && seen[usize::from(*b)])
                .map(|b| class[usize::from(b)]),
        );
        for t in CHROME_TOKENS {
            for &open in &bounds {
                for &close in &bounds {
                    let mut p = vec![open];
                    p.extend(t.bytes().map(|b| class[usize::from(b)]));
                    p.push(close);
                    patterns.push((p, H_TOKEN));
                }
            }
        }
        // The trie.
        let mut goto: Vec<Vec<u32>> = vec![vec![0; classes]];
        let mut out = vec![0u16];
        for (p, flag) in &patterns {
            let mut s = 0;
            for &c in p {
                if goto[s][usize::from(c)] == 0 {
                    goto.push(vec![0; classes]);
                    out.push(0);
                    goto[s][usize::from(c)] = (goto.len() - 1) as u32;
                }
                s = goto[s][usize::from(c)] as usize;
            }
            out[s] |= flag;
        }
        // Breadth first: failure links fill the missing transitions, and
        // each state takes the flags of its failure state.
        let mut fail = vec![0usize; goto.len()];
        let mut queue = std::collections::VecDeque::new();
        queue.extend(goto[0].iter().filter(|&&t| t != 0).map(|&t| t as usize));
        while let Some(s) = queue.pop_front() {
            out[s] |= out[fail[s]];
            // The failure state is shallower: its row is already complete.
            let back = goto[fail[s]].clone();
            for (t, &b) in goto[s].iter_mut().zip(&back) {
                if *t != 0 {
                    fail[*t as usize] = b as usize;
                    queue.push_back(*t as usize);
                } else {
                    *t = b;
                }
            }
        }
        assert!(
            goto.len() * classes < 1 << (32 - Self::FLAG_BITS)
                && out.iter().all(|&f| u32::from(f) < 1 << Self::FLAG_BITS),
            "hint automaton too large"
        );
        let trans = goto
            .iter()
            .flatten()
            .map(|&t| (t * classes as u32) << Self::FLAG_BITS | u32::from(out[t as usize]))
            .collect();
        HintWords { class, trans }
    }

    /// The flags of every pattern found in `hint`, OR-ed.
    fn flags(&self, hint: &[u8]) -> u16 {
        let step = |s: u32, c: u8| self.trans[(s >> Self::FLAG_BITS) as usize + usize::from(c)];
        let mut s = step(0, Self::BOUNDARY);
        let mut f = s;
        for &b in hint {
            s = step(s, self.class[usize::from(b)]);
            f |= s;
        }
        f |= step(s, Self::BOUNDARY);
        (f & ((1 << Self::FLAG_BITS) - 1)) as u16
    }
}

/// What a class/id hint says: chrome, article body, or likely content;
/// and whether a [`HIDING_CLASSES`] word occurs in it.
fn hint_flags(hint: &str) -> (u16, bool) {
    static WORDS: std::sync::OnceLock<HintWords> = std::sync::OnceLock::new();
    if hint.is_empty() {
        return (0, false);
    }
    let f = WORDS.get_or_init(HintWords::new).flags(hint.as_bytes());
    let hiding = f & H_HIDING != 0;
    let f = f & !H_HIDING;
    let f = if f & H_BODY != 0 {
        f & !H_CHROME & !H_TOKEN
    } else if f & H_TOKEN != 0 {
        (f | H_CHROME) & !H_TOKEN
    } else {
        f
    };
    (f, hiding)
}

fn class_weight(node: &Node<'_>) -> f64 {
    let mut w = 0.0;
    if node.hint_flags & H_BODY != 0 {
        w += 50.0;
    } else if node.hint_flags & H_POSITIVE != 0 {
        w += 25.0;
    }
    if node.hint_flags & H_CHROME != 0 {
        w -= 25.0;
    }
    w
}

// ---------------------------------------------------------------- scoring

struct Scored {
    /// Node is out (chrome, hidden, dropped tag).
    removed: Vec<bool>,
    /// Characters of text under each node, and of link text.
    chars: Vec<u32>,
    link_chars: Vec<u32>,
    score: Vec<f64>,
}

fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let b = s.as_bytes();
    let mut word = 0;
    let mut i = 0;
    let mut push = |w: &str| {
        if !w.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(w);
        }
    };
    while i < b.len() {
        match space_len(b, i) {
            0 => i += 1,
            n => {
                push(&s[word..i]);
                i += n;
                word = i;
            }
        }
    }
    push(&s[word..]);
    out
}

/// The length of the white-space character (`char::is_whitespace`) that
/// starts at `b[i]`, or 0: bytes are looked at without decoding, as only
/// a few lead bytes can start one.
fn space_len(b: &[u8], i: usize) -> usize {
    let next = |k: usize| b.get(i + k).copied().unwrap_or(0);
    match b[i] {
        b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' | b' ' => 1,
        // U+0085, U+00A0
        0xC2 if matches!(next(1), 0x85 | 0xA0) => 2,
        // U+1680
        0xE1 if next(1) == 0x9A && next(2) == 0x80 => 3,
        // U+2000..=U+200A, U+2028, U+2029, U+202F; U+205F
        0xE2 if next(1) == 0x80 && matches!(next(2), 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF) => 3,
        0xE2 if next(1) == 0x81 && next(2) == 0x9F => 3,
        // U+3000
        0xE3 if next(1) == 0x80 && next(2) == 0x80 => 3,
        _ => 0,
    }
}

/// Characters that are not ASCII whitespace (a cheap measure of text size).
fn count_chars(s: &str) -> u32 {
    s.bytes()
        .filter(|b| (b & 0xC0) != 0x80 && !b.is_ascii_whitespace())
        .count() as u32
}

fn mark(tree: &Tree<'_>, strict: bool) -> Scored {
    let n = tree.nodes.len();
    let mut removed = vec![false; n];
    // Parents come before children: one forward pass marks subtrees.
    for id in 1..n {
        let node = &tree.nodes[id];
        let p = node.parent;
        if p != NONE && removed[p] {
            removed[id] = true;
            continue;
        }
        if node.text.is_some() {
            continue;
        }
        let tag = node.tag;
        let protected = matches!(tag, "article" | "main") || node.hint_flags & H_BODY != 0;
        if node.flags & F_DROP != 0
            || node.hidden
            || (strict && !protected && node.hint_flags & H_CHROME != 0)
        {
            removed[id] = true;
        }
        if strict && tag == "header" && !protected {
            removed[id] = true;
        }
    }
    let mut chars = vec![0u32; n];
    let mut link_chars = vec![0u32; n];
    for id in (1..n).rev() {
        if removed[id] {
            continue;
        }
        let node = &tree.nodes[id];
        if let Some(t) = &node.text {
            chars[id] = count_chars(t);
        }
        if node.href {
            link_chars[id] = chars[id];
        }
        let p = node.parent;
        if p != NONE {
            chars[p] += chars[id];
            link_chars[p] += link_chars[id];
        }
    }
    Scored {
        removed,
        chars,
        link_chars,
        score: vec![0.0; n],
    }
}

fn is_block(node: &Node<'_>) -> bool {
    node.flags & F_BLOCK != 0
}

/// Own text of an element: its text children and inline descendants, up to
/// the next block element.
fn own_text(tree: &Tree<'_>, sc: &Scored, id: usize, out: &mut String) {
    for c in tree.children(id) {
        if sc.removed[c] {
            continue;
        }
        let node = &tree.nodes[c];
        if let Some(t) = &node.text {
            out.push_str(t);
        } else if !is_block(node) {
            own_text(tree, sc, c, out);
        }
    }
}

fn density(sc: &Scored, id: usize) -> f64 {
    if sc.chars[id] == 0 {
        return 1.0;
    }
    f64::from(sc.link_chars[id]) / f64::from(sc.chars[id])
}

fn score(tree: &Tree<'_>, sc: &mut Scored) {
    let mut buf = String::new();
    for id in 1..tree.nodes.len() {
        let node = &tree.nodes[id];
        if sc.removed[id]
            || node.text.is_some()
            || !matches!(
                node.tag,
                "p" | "pre"
                    | "td"
                    | "div"
                    | "blockquote"
                    | "section"
                    | "article"
                    | "li"
                    | "span"
                    | "font"
                    | "center"
            )
        {
            continue;
        }
        buf.clear();
        own_text(tree, sc, id, &mut buf);
        let len = count_chars(&buf);
        if len < 25 {
            continue;
        }
        let commas = buf.chars().filter(|c| matches!(c, '،' | ',' | '؛')).count();
        let mut s = 1.0 + commas as f64 + (f64::from(len) / 100.0).min(3.0);
        if node.tag == "li" {
            s *= 0.5;
        }
        let links = density(sc, id);
        s *= 1.0 - links.min(1.0);
        sc.score[id] += s * 0.25;
        let mut anc = node.parent;
        let mut level = 0;
        while anc != NONE && anc != 0 && level < 5 {
            let div = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f64 * 3.0,
            };
            sc.score[anc] += s / div;
            anc = tree.nodes[anc].parent;
            level += 1;
        }
    }
    for id in 1..tree.nodes.len() {
        if sc.score[id] > 0.0 {
            let w = class_weight(&tree.nodes[id]);
            sc.score[id] = (sc.score[id] + w * 0.4).max(0.0) * (1.0 - density(sc, id));
        }
    }
}

fn best_container(tree: &Tree<'_>, sc: &Scored) -> Option<usize> {
    let mut best = None;
    let mut best_score = 0.0;
    for id in 1..tree.nodes.len() {
        if !sc.removed[id] && sc.score[id] > best_score {
            best_score = sc.score[id];
            best = Some(id);
        }
    }
    let mut top = best?;
    // A parent that holds clearly more of the same kind of text wins (the
    // article's paragraphs split over sibling wrappers).
    loop {
        let p = tree.nodes[top].parent;
        if p == NONE || p == 0 || sc.removed[p] {
            break;
        }
        let good_siblings = tree
            .children(p)
            .filter(|&c| {
                c != top
                    && !sc.removed[c]
                    && sc.score[c] >= sc.score[top] * 0.3
                    && sc.chars[c] >= 80
            })
            .count();
        if good_siblings > 0 && sc.score[p] >= sc.score[top] * 0.8 {
            top = p;
        } else {
            break;
        }
    }
    Some(top)
}

// ---------------------------------------------------------------- output

struct Para {
    text: String,
    link_chars: u32,
    chars: u32,
    heading: bool,
}

struct Writer<'t> {
    tree: &'t Tree<'t>,
    sc: &'t Scored,
    paras: Vec<Para>,
    cur: String,
    cur_links: u32,
    cur_heading: bool,
}

impl Writer<'_> {
    fn flush(&mut self) {
        let text = collapse(&self.cur);
        self.cur.clear();
        if !text.is_empty() {
            let chars = count_chars(&text);
            self.paras.push(Para {
                text,
                link_chars: self.cur_links.min(chars),
                chars,
                heading: self.cur_heading,
            });
        }
        self.cur_links = 0;
        self.cur_heading = false;
    }

    fn walk(&mut self, id: usize, in_link: bool) {
        let node = &self.tree.nodes[id];
        if let Some(t) = &node.text {
            self.cur.push_str(t);
            if in_link {
                self.cur_links += count_chars(t);
            }
            return;
        }
        if self.sc.removed[id] {
            return;
        }
        let tag = node.tag;
        let block = is_block(node);
        if block {
            self.flush();
        }
        if tag == "h1" {
            // The headline is the title, not body text.
            return;
        }
        let short = self.sc.chars[id] <= META_CHARS;
        if short
            && (tag == "time" || (node.hint_flags & H_META != 0 && node.hint_flags & H_BODY == 0))
        {
            return;
        }
        let heading = matches!(tag, "h2" | "h3" | "h4" | "h5" | "h6");
        // A box whose heading names chrome goes with its heading.
        if block && !heading {
            if let Some(first) = first_text_block(self.tree, self.sc, id) {
                if chrome_heading(&first) && self.sc.chars[id] as usize > first.chars().count() + 1
                {
                    return;
                }
            }
        }
        for c in self.tree.children(id) {
            self.walk(c, in_link || node.href);
        }
        if heading {
            self.cur_heading = true;
        }
        if block {
            self.flush();
        }
    }
}

/// The text of the first heading (or first short block) of a box.
fn first_text_block(tree: &Tree<'_>, sc: &Scored, id: usize) -> Option<String> {
    let c = tree
        .children(id)
        .find(|&c| !sc.removed[c] && sc.chars[c] > 0)?;
    let node = &tree.nodes[c];
    if let Some(t) = &node.text {
        return Some(t.to_string());
    }
    if matches!(
        node.tag,
        "h2" | "h3" | "h4" | "h5" | "h6" | "strong" | "b" | "span" | "div" | "p" | "header"
    ) && sc.chars[c] <= 30
    {
        let mut s = String::new();
        own_text(tree, sc, c, &mut s);
        if s.trim().is_empty() {
            deep_text(tree, sc, c, &mut s);
        }
        return Some(s);
    }
    None
}

fn deep_text(tree: &Tree<'_>, sc: &Scored, id: usize, out: &mut String) {
    for c in tree.children(id) {
        if sc.removed[c] {
            continue;
        }
        match &tree.nodes[c].text {
            Some(t) => out.push_str(t),
            None => deep_text(tree, sc, c, out),
        }
    }
}

fn body_text(tree: &Tree<'_>, sc: &Scored, top: usize) -> String {
    let mut w = Writer {
        tree,
        sc,
        paras: Vec::new(),
        cur: String::new(),
        cur_links: 0,
        cur_heading: false,
    };
    // The container and its siblings that look like more of the article.
    let parent = tree.nodes[top].parent;
    let threshold = (sc.score[top] * 0.2).max(10.0);
    let members: Vec<usize> = if parent == NONE {
        vec![top]
    } else {
        tree.children(parent)
            .filter(|&c| {
                if c == top {
                    return true;
                }
                if sc.removed[c] || tree.nodes[c].text.is_some() {
                    return false;
                }
                let weight = class_weight(&tree.nodes[c]);
                sc.score[c] + weight * 0.4 >= threshold
                    || (tree.nodes[c].tag == "p" && sc.chars[c] > 80 && density(sc, c) < 0.25)
            })
            .collect()
    };
    for id in members {
        w.walk(id, false);
    }
    w.flush();
    let paras: Vec<Para> = w.paras;
    let mut out = String::new();
    let n = paras.len();
    for (i, p) in paras.iter().enumerate() {
        let dense = f64::from(p.link_chars) / f64::from(p.chars.max(1));
        let wordless = !p.text.chars().any(char::is_alphanumeric);
        if wordless || dense > 0.5 || chrome_heading(&p.text) || chrome_sentence(&p.text) {
            continue;
        }
        // A trailing or leading heading with nothing after it is chrome.
        if p.heading && i + 1 == n {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&p.text);
    }
    out
}

// ---------------------------------------------------------------- metadata

fn prop<'m>(meta: &'m Meta, keys: &[&str]) -> Option<&'m str> {
    keys.iter().find_map(|k| {
        meta.props
            .iter()
            .find(|(pk, v)| pk == k && !v.is_empty())
            .map(|(_, v)| v.as_str())
    })
}

fn ld_articles(v: &Value, out: &mut Vec<Value>, depth: usize) {
    if depth > 4 {
        return;
    }
    match v {
        Value::Array(a) => a
            .iter()
            .take(64)
            .for_each(|x| ld_articles(x, out, depth + 1)),
        Value::Object(o) => {
            if let Some(g) = o.get("@graph") {
                ld_articles(g, out, depth + 1);
            }
            let ty = match o.get("@type") {
                Some(Value::String(s)) => s.clone(),
                Some(Value::Array(a)) => a
                    .iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join(" "),
                _ => String::new(),
            };
            if ty.contains("Article") || ty.contains("BlogPosting") || ty.contains("Report") {
                out.push(v.clone());
            }
        }
        _ => {}
    }
}

fn ld_name(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Object(o) => o.get("name").and_then(ld_name),
        Value::Array(a) => {
            let names: Vec<String> = a.iter().take(8).filter_map(ld_name).collect();
            (!names.is_empty()).then(|| names.join("، "))
        }
        _ => None,
    }
}

/// Remove a site name or a short trailing segment after ` - `, ` | `, ` – `.
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    let t = collapse(title);
    for sep in [" | ", " - ", " – ", " — ", " :: ", " « ", " » "] {
        if let Some(site) = site {
            let site = collapse(site);
            if let Some(rest) = t.strip_suffix(&format!("{sep}{site}")) {
                return rest.trim().to_string();
            }
            if let Some(rest) = t.strip_prefix(&format!("{site}{sep}")) {
                return rest.trim().to_string();
            }
        }
    }
    for sep in [" | ", " - ", " – ", " — ", " :: "] {
        if let Some(i) = t.rfind(sep) {
            let (head, tail) = (&t[..i], &t[i + sep.len()..]);
            let tw = tail.split_whitespace().count();
            let hw = head.split_whitespace().count();
            if tw <= 4 && hw >= 2 * tw && hw >= 3 {
                return head.trim().to_string();
            }
        }
    }
    t
}

fn first_h1(tree: &Tree<'_>) -> Option<String> {
    let id = (1..tree.nodes.len()).find(|&i| tree.nodes[i].tag == "h1")?;
    let sc = Scored {
        removed: vec![false; tree.nodes.len()],
        chars: vec![],
        link_chars: vec![],
        score: vec![],
    };
    let mut s = String::new();
    deep_text(tree, &sc, id, &mut s);
    let s = collapse(&s);
    (!s.is_empty()).then_some(s)
}

/// A byline element's text: the first short element whose class or id
/// names an author (at most 16 looked at, so that pages with thousands of
/// such elements stay linear).
fn byline(tree: &Tree<'_>) -> Option<String> {
    let sc = Scored {
        removed: vec![false; tree.nodes.len()],
        chars: vec![],
        link_chars: vec![],
        score: vec![],
    };
    let candidates = (1..tree.nodes.len()).filter(|&id| {
        let f = tree.nodes[id].hint_flags;
        f & H_AUTHOR != 0 && f & (H_BIO | H_COMMENT) == 0
    });
    for id in candidates.take(16) {
        let mut s = String::new();
        deep_text(tree, &sc, id, &mut s);
        if s.len() > 400 {
            continue;
        }
        let s = collapse(&s);
        let mut s = s.as_str();
        for prefix in [
            "بقلم:",
            "بقلم",
            "كتبت:",
            "كتبت",
            "كتب:",
            "كتب",
            "بواسطة:",
            "بواسطة",
            "By ",
            "by ",
        ] {
            if let Some(rest) = s.strip_prefix(prefix) {
                s = rest.trim();
                break;
            }
        }
        let words = s.split_whitespace().count();
        if (1..=8).contains(&words) {
            return Some(s.to_string());
        }
    }
    None
}

/// A date written in the page's own words («السبت، 14 يونيو 2025», «20/01/2017»,
/// Hijri with «هـ») in a short date-like element: `<time>`, or a class or id
/// naming a date, time or publication (at most 16 looked at).
fn text_date(tree: &Tree<'_>) -> Option<String> {
    let sc = Scored {
        removed: vec![false; tree.nodes.len()],
        chars: vec![],
        link_chars: vec![],
        score: vec![],
    };
    let candidates = (1..tree.nodes.len()).filter(|&id| {
        let n = &tree.nodes[id];
        n.text.is_none()
            && (n.tag == "time" || n.hint_flags & H_DATE != 0)
            && n.hint_flags & H_UPDATE == 0
    });
    for id in candidates.take(16) {
        let mut s = String::new();
        deep_text(tree, &sc, id, &mut s);
        if s.is_empty() || s.len() > 300 {
            continue;
        }
        if let Some(m) = akhbar_text::calendar::find_date(&s) {
            return Some(m.date.to_string());
        }
    }
    None
}

fn is_binary(page: &str) -> bool {
    let (mut n, mut bad) = (0, 0);
    for c in page.chars().take(4096) {
        n += 1;
        bad += usize::from(c == '\u{FFFD}' || (c.is_control() && !c.is_whitespace()));
    }
    bad * 10 > n
}

/// Extract the article of a decoded page.
pub fn extract(page: &str) -> Result<Article, HtmlError> {
    if is_binary(page) {
        return Err(HtmlError::Binary);
    }
    let (tree, meta) = parse(page);
    let mut text = String::new();
    for strict in [true, false] {
        let mut sc = mark(&tree, strict);
        score(&tree, &mut sc);
        match best_container(&tree, &sc) {
            Some(top) => text = body_text(&tree, &sc, top),
            // Short pages: everything that is not chrome.
            None if !strict => text = body_text(&tree, &sc, 0),
            None => {}
        }
        if count_chars(&text) >= 140 {
            break;
        }
    }
    let mut ld = Vec::new();
    for v in &meta.json_ld {
        ld_articles(v, &mut ld, 0);
    }
    let ld_get = |key: &str| ld.iter().find_map(|a| a.get(key)).cloned();
    if count_chars(&text) < 140 {
        if let Some(Value::String(body)) = ld_get("articleBody") {
            if count_chars(&body) > count_chars(&text) {
                text = body
                    .split('\n')
                    .map(collapse)
                    .filter(|p| !p.is_empty())
                    .collect::<Vec<_>>()
                    .join("\n\n");
            }
        }
    }
    if text.trim().is_empty() {
        return Err(HtmlError::NoArticle);
    }
    let site_name = prop(&meta, &["og:site_name", "application-name"])
        .map(collapse)
        .or_else(|| ld_get("publisher").and_then(|p| ld_name(&p)));
    let title = prop(&meta, &["og:title", "twitter:title"])
        .map(str::to_string)
        .or_else(|| ld_get("headline").and_then(|h| ld_name(&h)))
        .or_else(|| first_h1(&tree))
        .or_else(|| meta.title.clone())
        .map(|t| strip_site_suffix(&t, site_name.as_deref()))
        .filter(|t| !t.is_empty());
    if let Some(t) = &title {
        text = drop_paragraph(text, t);
        if text.is_empty() {
            return Err(HtmlError::NoArticle);
        }
    }
    let published = prop(
        &meta,
        &[
            "article:published_time",
            "og:published_time",
            "datepublished",
        ],
    )
    .and_then(date::normalize)
    .or_else(|| ld_get("datePublished").and_then(|d| d.as_str().and_then(date::normalize)))
    .or_else(|| {
        prop(
            &meta,
            &[
                "pubdate",
                "publishdate",
                "publish-date",
                "publish_date",
                "date",
                "dc.date",
                "dc.date.issued",
                "dcterms.created",
                "sailthru.date",
                "article:modified_time",
                "datemodified",
            ],
        )
        .and_then(date::normalize)
    })
    .or_else(|| meta.time.as_deref().and_then(date::normalize))
    .or_else(|| text_date(&tree));
    let author = ld_get("author")
        .and_then(|a| ld_name(&a))
        .or_else(|| {
            prop(
                &meta,
                &["author", "article:author", "dc.creator", "sailthru.author"],
            )
            .filter(|a| !a.starts_with("http"))
            .map(collapse)
        })
        .or_else(|| byline(&tree));
    let canonical_url = meta
        .canonical
        .clone()
        .filter(|c| !c.is_empty())
        .or_else(|| prop(&meta, &["og:url"]).map(str::to_string));
    let lang = meta
        .lang
        .clone()
        .or_else(|| prop(&meta, &["og:locale", "content-language", "language"]).map(str::to_string))
        .map(|l| l.trim().replace('_', "-"))
        .filter(|l| !l.is_empty());
    Ok(Article {
        text,
        title,
        published,
        author,
        site_name,
        canonical_url,
        lang,
        dir: meta.dir.clone(),
    })
}

/// `text` without paragraphs that repeat `title`.
fn drop_paragraph(text: String, title: &str) -> String {
    let t = fold(title);
    let is_title = |p: &str| folded(p).eq(t.chars());
    if t.is_empty() || !text.split("\n\n").any(is_title) {
        return text;
    }
    text.split("\n\n")
        .filter(|p| !is_title(p))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Text of an HTML fragment (a feed item's description), paragraphs kept,
/// without article detection.
pub fn fragment_text(fragment: &str) -> String {
    let (tree, _) = parse(fragment);
    let sc = mark(&tree, false);
    let mut w = Writer {
        tree: &tree,
        sc: &sc,
        paras: Vec::new(),
        cur: String::new(),
        cur_links: 0,
        cur_heading: false,
    };
    for c in tree.children(0) {
        w.walk(c, false);
    }
    w.flush();
    w.paras
        .into_iter()
        .map(|p| p.text)
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_decode() {
        assert_eq!(
            decode_entities("a &amp; b &#1571;&#x644; &laquo;x&raquo; &bogus; &"),
            "a & b أل «x» &bogus; &"
        );
        assert_eq!(
            decode_entities("&#0; &#xD800; &#99999999999;"),
            "\u{FFFD} \u{FFFD} &#99999999999;"
        );
    }

    #[test]
    fn unclosed_and_truncated_markup_keeps_the_text() {
        let page = "<html><body><div class=content><p>الفقرة الأولى من الخبر تتحدث عن الاقتصاد الوطني وتطوراته، وعن الأسواق<p>والفقرة الثانية تتحدث عن الأسعار والأجور في المدن الكبرى، وعن الأرياف<div><p>وانتهى الكلام في الفقرة الثالثة عن السياسات النقدية المقبلة";
        let a = extract(page).unwrap();
        assert_eq!(a.text.split("\n\n").count(), 3, "{}", a.text);
        let a = extract("<p>نص قصير <b>غير مغلق <i>أبدا <a href").unwrap();
        assert!(a.text.starts_with("نص قصير"));
    }

    #[test]
    fn over_half_a_million_nested_elements_keep_their_text() {
        let page = format!("{}<p>نص في العمق</p>", "<div>".repeat(600_000));
        assert_eq!(extract(&page).unwrap().text, "نص في العمق");
        let many = format!("<article>{}</article>", "<b>كلمة</b> ".repeat(600_000));
        assert!(extract(&many).unwrap().text.len() > 600_000 * 8);
    }

    #[test]
    fn deep_nesting_is_bounded() {
        let page = format!("{}<p>نص في العمق</p>", "<div>".repeat(100_000));
        let a = extract(&page).unwrap();
        assert_eq!(a.text, "نص في العمق");
    }

    #[test]
    fn no_article_and_binary_are_errors() {
        assert_eq!(
            extract("<html><body><nav>x</nav></body></html>"),
            Err(HtmlError::NoArticle)
        );
        assert_eq!(extract(""), Err(HtmlError::NoArticle));
        let junk: String = (0..2000u32)
            .map(|i| char::from_u32(i % 32).unwrap())
            .collect();
        assert_eq!(extract(&junk), Err(HtmlError::Binary));
    }

    #[test]
    fn hint_words_match_a_plain_substring_search() {
        let words = HintWords::new();
        let naive = |h: &str| {
            let f = HINT_LISTS
                .iter()
                .flat_map(|(l, f)| l.iter().map(move |w| (w, *f)))
                .filter(|(w, _)| h.contains(**w))
                .fold(0, |acc, (_, f)| acc | f);
            let token = h
                .split(|c: char| !c.is_ascii_alphanumeric())
                .any(|t| CHROME_TOKENS.contains(&t));
            f | if token { H_TOKEN } else { 0 }
        };
        let mut hints: Vec<String> = [
            "",
            "col-lg-8 col-md-8 article-body",
            "commentext",
            "postdate news-date",
            "articlebodytext",
            "nav-menu navbar",
            "time_to_readmore",
            "مقال content",
            "socialsharing-bar",
            "ad",
            "x ad",
            "ads-box",
            "col_nav",
            "headerx header",
            "مقالad",
            "ad-ad",
            "tag:also",
        ]
        .iter()
        .map(|h| h.to_string())
        .collect();
        // Every pair of words run together, so that matches overlap.
        let all: Vec<&str> = HINT_LISTS
            .iter()
            .flat_map(|(l, _)| l.iter().copied())
            .collect();
        for a in &all {
            for b in &all {
                hints.push(format!("{a}{b}"));
                hints.push(format!("{}{}", &a[..a.len() - 1], b));
            }
        }
        for h in &hints {
            assert_eq!(words.flags(h.as_bytes()), naive(h), "{h}");
        }
    }

    #[test]
    fn tag_and_attribute_names_are_found_in_any_case() {
        for (list, flag) in TAG_LISTS {
            for name in list {
                let t = lookup_tag(name.as_bytes());
                assert_eq!(t.name, *name);
                assert_eq!(t.flags & flag, flag, "{name}");
                assert_eq!(lookup_tag(name.to_ascii_uppercase().as_bytes()).id, t.id);
            }
        }
        let ids: std::collections::HashSet<u8> = TAGS.iter().map(|t| t.id).collect();
        assert_eq!(ids.len(), TAGS.len());
        assert_eq!(lookup_tag(b"custom-element").name, "");
        assert_eq!(lookup_tag(b"averyveryverylongtagname").name, "");
        assert_eq!(kept_attr(b"CLASS"), Some(AttrName::Class));
        assert_eq!(kept_attr(b"Aria-Hidden"), Some(AttrName::AriaHidden));
        assert_eq!(kept_attr(b"data-class"), None);
    }

    #[test]
    fn space_len_agrees_with_char_is_whitespace() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let s = format!("{c}x");
            let want = if c.is_whitespace() { c.len_utf8() } else { 0 };
            assert_eq!(space_len(s.as_bytes(), 0), want, "{:X}", c as u32);
        }
        assert_eq!(
            collapse(" a\u{a0}\u{3000}b\u{2028} c\u{200b}d "),
            "a b c\u{200b}d"
        );
    }

    #[test]
    fn site_suffix() {
        assert_eq!(
            strip_site_suffix("عنوان الخبر الطويل هنا - الجزيرة نت", None),
            "عنوان الخبر الطويل هنا"
        );
        assert_eq!(strip_site_suffix("عنوان | الموقع", Some("الموقع")), "عنوان");
        assert_eq!(strip_site_suffix("بيروت - خبر", None), "بيروت - خبر");
    }
}

#[cfg(test)]
mod byline_tests {
    use super::extract;

    #[test]
    fn a_date_in_the_page_words_is_the_publication_date_when_metadata_has_none() {
        let body = "<p>نص الخبر الأول عن الاقتصاد والأسواق والأسعار في المدينة، وعن التجارة والصناعة والزراعة أيضا.</p>";
        let page = format!("<div class=news-date>السبت، 14 يونيو 2025 09:30 ص</div><article>{body}{body}</article>");
        assert_eq!(
            extract(&page).unwrap().published.as_deref(),
            Some("2025-06-14")
        );
        let hijri = format!("<span class=publish-time>الرياض 12 رمضان 1444 هـ</span><article>{body}{body}</article>");
        assert_eq!(
            extract(&hijri).unwrap().published.as_deref(),
            Some("2023-04-03")
        );
    }

    #[test]
    fn byline_keeps_the_whole_name_and_many_author_elements_stay_linear() {
        let body = "<p>نص الخبر الأول عن الاقتصاد والأسواق والأسعار في المدينة، وعن التجارة والصناعة والزراعة أيضا.</p>";
        let page =
            format!("<div class=author>بقلم: محمد سالم</div><article>{body}{body}</article>");
        assert_eq!(extract(&page).unwrap().author.as_deref(), Some("محمد سالم"));
        let many = format!(
            "<article>{body}</article>{}",
            "<span class=author-x>م</span>".repeat(100_000)
        );
        let a = extract(&many).unwrap();
        assert!(a.text.starts_with("نص الخبر"));
    }
}
