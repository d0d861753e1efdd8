//! Feeds → one article per item: RSS 0.9x/2.0 (`channel/item`), RSS 1.0
//! (`rdf:RDF/item`), Atom (`feed/entry`) and JSON Feed (`items`).
//!
//! Per item: title, link (Atom `link rel="alternate"`), id (`guid`, Atom
//! `id`, else the link), date (`pubDate`, `dc:date`, `published`,
//! `updated`, `date_published`), author (`dc:creator`, `author`), and the
//! text from `content:encoded` / Atom `content` / `content_html`, else
//! `description` / `summary`; markup inside (CDATA or escaped) is turned into
//! text with [`crate::html::fragment_text`].
//!
//! Entities: XML's five, character references and HTML's common names are
//! decoded; entities declared in the document's DTD are expanded only up to
//! [`MAX_ENTITY_EXPANSION`] bytes in all (an entity bomb is an error for the
//! feed); external entities are never fetched: a reference to one is an error.
//!
//! ```
//! use akhbar_ingest::feed::parse;
//!
//! let rss = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>صحيفة</title>
//! <item><title>عنوان الخبر</title><link>https://example.com/1</link>
//! <pubDate>Mon, 04 Mar 2024 08:00:00 +0300</pubDate>
//! <description><![CDATA[<p>الفقرة الأولى.</p><p>الفقرة الثانية.</p>]]></description></item>
//! </channel></rss>"#;
//! let (items, error) = parse(rss);
//! assert!(error.is_none());
//! assert_eq!(items[0].title.as_deref(), Some("عنوان الخبر"));
//! assert_eq!(items[0].published.as_deref(), Some("2024-03-04T08:00:00+03:00"));
//! assert_eq!(items[0].site_name.as_deref(), Some("صحيفة"));
//! ```

use std::cell::Cell;
use std::collections::HashMap;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use serde_json::Value;

use crate::date;

/// Most bytes that entity references may add to a feed.
pub const MAX_ENTITY_EXPANSION: usize = 1 << 20;

/// One feed item, before its text is extracted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FeedItem {
    /// `guid` / `id`, else the link.
    pub id: Option<String>,
    /// Title (markup removed).
    pub title: Option<String>,
    /// Link to the article.
    pub link: Option<String>,
    /// Normalized date.
    pub published: Option<String>,
    /// Author.
    pub author: Option<String>,
    /// The feed's title.
    pub site_name: Option<String>,
    /// The item's body as HTML (or plain text).
    pub body: String,
}

#[derive(Default)]
struct Fields {
    map: HashMap<&'static str, String>,
    link: Option<String>,
}

const FIELDS: [(&str, &str); 17] = [
    ("title", "title"),
    ("link", "link"),
    ("guid", "id"),
    ("id", "id"),
    ("pubdate", "date"),
    ("dc:date", "date2"),
    ("published", "date"),
    ("updated", "date2"),
    ("issued", "date"),
    ("description", "summary"),
    ("summary", "summary"),
    ("content:encoded", "content"),
    ("content", "content"),
    ("dc:creator", "author"),
    ("author", "author"),
    ("media:description", "media"),
    ("dc:title", "title"),
];

fn attr(e: &BytesStart, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

/// Entities declared by a DTD: internal ones pre-expanded (bounded),
/// external ones remembered so that references to them fail.
struct Entities {
    internal: HashMap<String, String>,
    external: Vec<String>,
}

fn parse_dtd(dtd: &str) -> Result<Entities, String> {
    let mut raw: Vec<(String, Result<String, ()>)> = Vec::new();
    let mut rest = dtd;
    while let Some(i) = rest.find("<!ENTITY") {
        rest = &rest[i + 8..];
        let decl_end = rest.find('>').unwrap_or(rest.len());
        let decl = rest[..decl_end].trim();
        rest = &rest[decl_end..];
        if decl.starts_with('%') {
            // Parameter entities only shape the DTD; they are never fetched.
            continue;
        }
        let mut parts = decl.splitn(2, char::is_whitespace);
        let name = parts.next().unwrap_or("").to_string();
        let body = parts.next().unwrap_or("").trim();
        if body.starts_with("SYSTEM") || body.starts_with("PUBLIC") {
            raw.push((name, Err(())));
        } else if let Some(q) = body.chars().next().filter(|c| *c == '"' || *c == '\'') {
            let inner = &body[1..];
            let end = inner.find(q).unwrap_or(inner.len());
            raw.push((name, Ok(inner[..end].to_string())));
        }
        if raw.len() > 1024 {
            return Err("the DTD declares more than 1024 entities".into());
        }
    }
    let mut ents = Entities {
        internal: HashMap::new(),
        external: Vec::new(),
    };
    let decls: HashMap<&str, &Result<String, ()>> =
        raw.iter().map(|(n, v)| (n.as_str(), v)).collect();
    for (name, v) in &raw {
        match v {
            Err(()) => ents.external.push(name.clone()),
            Ok(_) => {
                let mut budget = MAX_ENTITY_EXPANSION;
                let expanded = expand(name, &decls, 0, &mut budget)?;
                ents.internal.insert(name.clone(), expanded);
            }
        }
    }
    Ok(ents)
}

fn expand(
    name: &str,
    decls: &HashMap<&str, &Result<String, ()>>,
    depth: usize,
    budget: &mut usize,
) -> Result<String, String> {
    if depth > 8 {
        return Err(format!(
            "entity &{name}; nests more than 8 levels (an entity bomb?)"
        ));
    }
    let value = match decls.get(name) {
        Some(Ok(v)) => v,
        Some(Err(())) => return Err(format!("external entity &{name}; is not fetched")),
        None => return Ok(format!("&{name};")),
    };
    let mut out = String::new();
    let mut rest = value.as_str();
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i + 1..];
        match rest.find(';') {
            Some(j) if !rest[..j].starts_with('#') && decls.contains_key(&rest[..j]) => {
                out.push_str(&expand(&rest[..j], decls, depth + 1, budget)?);
                rest = &rest[j + 1..];
            }
            _ => out.push('&'),
        }
        if out.len() > *budget {
            return Err(format!("entity &{name}; expands past the {MAX_ENTITY_EXPANSION}-byte bound (an entity bomb?)"));
        }
    }
    out.push_str(rest);
    if out.len() > *budget {
        return Err(format!(
            "entity &{name}; expands past the {MAX_ENTITY_EXPANSION}-byte bound (an entity bomb?)"
        ));
    }
    *budget -= out.len();
    Ok(out)
}

/// Parse a feed: its items, and the error that stopped parsing, if any
/// (items before it are kept).
pub fn parse(text: &str) -> (Vec<FeedItem>, Option<String>) {
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with('{') {
        return parse_json(trimmed);
    }
    parse_xml(trimmed)
}

fn parse_xml(text: &str) -> (Vec<FeedItem>, Option<String>) {
    let mut reader = Reader::from_str(text);
    {
        let c = reader.config_mut();
        c.check_end_names = false;
        c.allow_unmatched_ends = true;
        c.expand_empty_elements = false;
    }
    let mut items = Vec::new();
    let mut ents = Entities {
        internal: HashMap::new(),
        external: Vec::new(),
    };
    let expanded = Cell::new(0usize);
    let mut stack: Vec<String> = Vec::new();
    let mut item_depth: Option<usize> = None;
    let mut field: Option<(usize, &'static str, bool)> = None; // depth, key, xhtml
    let mut cur = Fields::default();
    let mut channel_title: Option<String> = None;
    let mut in_channel_title = false;
    let mut buf = String::new();
    let mut saw_feed = false;
    loop {
        let ev = match reader.read_event() {
            Ok(ev) => ev,
            Err(e) => {
                return (
                    items,
                    Some(format!(
                        "XML error at byte {}: {e}",
                        reader.error_position()
                    )),
                );
            }
        };
        match ev {
            Event::Eof => break,
            Event::DocType(d) => {
                let dtd = String::from_utf8_lossy(&d);
                match parse_dtd(&dtd) {
                    Ok(e) => ents = e,
                    Err(e) => return (items, Some(e)),
                }
            }
            Event::Start(e) => {
                let name = String::from_utf8_lossy(e.name().as_ref()).to_ascii_lowercase();
                let depth = stack.len();
                if matches!(name.as_str(), "rss" | "feed" | "rdf:rdf" | "channel") {
                    saw_feed = true;
                }
                if item_depth.is_none() && (name == "item" || name == "entry") {
                    item_depth = Some(depth);
                    cur = Fields::default();
                } else if let Some(d) = item_depth {
                    if field.is_none() && depth == d + 1 {
                        if let Some((_, key)) = FIELDS.iter().find(|(n, _)| *n == name) {
                            let xhtml = attr(&e, b"type").is_some_and(|t| t == "xhtml");
                            if name == "link" {
                                if let Some(h) = attr(&e, b"href") {
                                    set_link(&mut cur, &e, h);
                                }
                            }
                            field = Some((depth, key, xhtml));
                            buf.clear();
                        }
                    } else if let Some((_, _, true)) = field {
                        if matches!(name.as_str(), "p" | "div" | "br" | "li" | "h2" | "h3") {
                            buf.push_str("\n\n");
                        }
                    }
                } else if name == "title" && channel_title.is_none() {
                    in_channel_title = true;
                    buf.clear();
                }
                stack.push(name);
            }
            Event::Empty(e) => {
                if let Some(d) = item_depth {
                    let name = String::from_utf8_lossy(e.name().as_ref()).to_ascii_lowercase();
                    if name == "link" && stack.len() == d + 1 {
                        if let Some(h) = attr(&e, b"href").or_else(|| attr(&e, b"rdf:resource")) {
                            set_link(&mut cur, &e, h);
                        }
                    }
                }
            }
            Event::End(_) => {
                let Some(name) = stack.pop() else { continue };
                let depth = stack.len();
                if in_channel_title && name == "title" {
                    channel_title = Some(crate::html::fragment_text(&buf));
                    in_channel_title = false;
                }
                if let Some((fd, key, _)) = field {
                    if fd == depth {
                        let value = std::mem::take(&mut buf);
                        let entry = cur.map.entry(key).or_default();
                        if entry.trim().is_empty() {
                            *entry = value;
                        }
                        field = None;
                    }
                }
                if item_depth == Some(depth) {
                    item_depth = None;
                    items.push(finish(std::mem::take(&mut cur), &channel_title));
                }
            }
            Event::Text(t) => {
                if field.is_none() && !in_channel_title {
                    continue;
                }
                let raw = String::from_utf8_lossy(&t);
                let mut external = None;
                let resolved = quick_xml::escape::unescape_with(&raw, |name| {
                    if let Some(v) = ents.internal.get(name) {
                        expanded.set(expanded.get() + v.len());
                        return Some(v.as_str());
                    }
                    if ents.external.iter().any(|x| x == name) {
                        external = Some(name.to_string());
                        return Some("");
                    }
                    quick_xml::escape::resolve_predefined_entity(name)
                });
                if let Some(x) = external {
                    return (items, Some(format!("external entity &{x}; is not fetched")));
                }
                if expanded.get() > MAX_ENTITY_EXPANSION {
                    return (items, Some(format!("entity references expand past the {MAX_ENTITY_EXPANSION}-byte bound (an entity bomb?)")));
                }
                match resolved {
                    Ok(s) => buf.push_str(&s),
                    // HTML names in a feed (&nbsp; …): the HTML decoder knows them.
                    Err(_) => buf.push_str(&crate::html::decode_entities(&raw)),
                }
            }
            Event::CData(c) if field.is_some() || in_channel_title => {
                buf.push_str(&String::from_utf8_lossy(&c));
            }
            _ => {}
        }
        if stack.len() > 512 {
            return (items, Some("XML nests deeper than 512 elements".into()));
        }
    }
    if !saw_feed && items.is_empty() {
        return (
            items,
            Some("not a feed (no rss, feed or rdf:RDF element)".into()),
        );
    }
    (items, None)
}

fn set_link(cur: &mut Fields, e: &BytesStart, href: String) {
    let rel = attr(e, b"rel").unwrap_or_else(|| "alternate".into());
    if rel == "alternate" && cur.link.is_none() {
        cur.link = Some(href);
    }
}

fn finish(mut f: Fields, channel: &Option<String>) -> FeedItem {
    let mut take = |k: &str| {
        f.map
            .remove(k)
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    let link = take("link").or(f.link.take());
    let content = take("content");
    let summary = take("summary").or_else(|| take("media"));
    let date = take("date").or_else(|| take("date2"));
    let author = take("author");
    FeedItem {
        id: take("id").or_else(|| link.clone()),
        title: take("title")
            .map(|t| crate::html::fragment_text(&t))
            .filter(|t| !t.is_empty()),
        published: date.as_deref().and_then(date::normalize),
        author: author.map(|a| crate::html::fragment_text(&a)),
        site_name: channel.clone().filter(|c| !c.is_empty()),
        body: content.or(summary).unwrap_or_default(),
        link,
    }
}

fn parse_json(text: &str) -> (Vec<FeedItem>, Option<String>) {
    let v: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return (Vec::new(), Some(format!("not a JSON Feed: {e}"))),
    };
    let Some(list) = v.get("items").and_then(Value::as_array) else {
        return (
            Vec::new(),
            Some("not a JSON Feed (no \"items\" array)".into()),
        );
    };
    let s = |o: &Value, k: &str| {
        o.get(k)
            .and_then(Value::as_str)
            .map(str::to_string)
            .filter(|x| !x.trim().is_empty())
    };
    let site = s(&v, "title");
    let items = list
        .iter()
        .map(|it| {
            let author = it
                .get("authors")
                .and_then(Value::as_array)
                .and_then(|a| a.first())
                .or_else(|| it.get("author"))
                .and_then(|a| s(a, "name"));
            FeedItem {
                id: s(it, "id").or_else(|| s(it, "url")),
                title: s(it, "title"),
                link: s(it, "url"),
                published: s(it, "date_published")
                    .or_else(|| s(it, "date_modified"))
                    .as_deref()
                    .and_then(date::normalize),
                author,
                site_name: site.clone(),
                body: s(it, "content_html")
                    .or_else(|| {
                        s(it, "content_text").map(|t| {
                            t.replace('&', "&amp;")
                                .replace('<', "&lt;")
                                .replace('\n', "<br>")
                        })
                    })
                    .or_else(|| s(it, "summary"))
                    .unwrap_or_default(),
            }
        })
        .collect();
    (items, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atom_and_rss1() {
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>موقع</title>
<entry><title type="html">خبر &amp; تعليق</title><link rel="alternate" href="https://e.com/a"/><id>tag:1</id>
<updated>2024-01-02T03:04:05Z</updated><author><name>سارة علي</name></author>
<content type="html">&lt;p&gt;فقرة أولى&lt;/p&gt;&lt;p&gt;فقرة ثانية&lt;/p&gt;</content></entry></feed>"#;
        let (items, err) = parse(atom);
        assert!(err.is_none(), "{err:?}");
        let it = &items[0];
        assert_eq!(it.title.as_deref(), Some("خبر & تعليق"));
        assert_eq!(it.link.as_deref(), Some("https://e.com/a"));
        assert_eq!(it.id.as_deref(), Some("tag:1"));
        assert_eq!(it.author.as_deref(), Some("سارة علي"));
        assert_eq!(
            crate::html::fragment_text(&it.body),
            "فقرة أولى\n\nفقرة ثانية"
        );

        let rdf = r#"<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>قناة</title></channel>
<item rdf:about="https://e.com/1"><title>أ</title><link>https://e.com/1</link><dc:date>2023-05-06</dc:date><description>نص البند</description></item>
<item rdf:about="https://e.com/2"><title>ب</title><link>https://e.com/2</link><description>نص آخر</description></item></rdf:RDF>"#;
        let (items, err) = parse(rdf);
        assert!(err.is_none());
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].published.as_deref(), Some("2023-05-06"));
        assert_eq!(items[1].body, "نص آخر");
    }

    #[test]
    fn entity_bomb_and_external_entities_are_errors() {
        let mut dtd = String::from("<!DOCTYPE rss [<!ENTITY lol \"lol\">");
        for i in 1..10 {
            let prev = if i == 1 {
                "lol".to_string()
            } else {
                format!("lol{}", i - 1)
            };
            dtd.push_str(&format!(
                "<!ENTITY lol{i} \"{}\">",
                format!("&{prev};").repeat(10)
            ));
        }
        dtd.push_str("]>");
        let bomb = format!("{dtd}<rss><channel><item><title>&lol9;</title><description>x</description></item></channel></rss>");
        let (items, err) = parse(&bomb);
        assert!(items.is_empty());
        assert!(err.unwrap().contains("bound"));

        let xxe = "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><rss><channel><item><title>a</title><description>&xxe;</description></item></channel></rss>";
        let (items, err) = parse(xxe);
        assert!(items.is_empty());
        assert!(err
            .unwrap()
            .contains("external entity &xxe; is not fetched"));

        let small = "<!DOCTYPE rss [<!ENTITY site \"موقع\">]><rss><channel><item><title>&site;</title><description>نص</description></item></channel></rss>";
        let (items, err) = parse(small);
        assert!(err.is_none());
        assert_eq!(items[0].title.as_deref(), Some("موقع"));
    }

    #[test]
    fn json_feed_and_broken_xml() {
        let jf = r#"{"version":"https://jsonfeed.org/version/1.1","title":"م","items":[{"id":"1","url":"https://e.com/1","title":"ع","content_text":"سطر\nسطر","date_published":"2024-02-03T10:00:00+02:00","authors":[{"name":"ك"}]}]}"#;
        let (items, err) = parse(jf);
        assert!(err.is_none());
        assert_eq!(items[0].author.as_deref(), Some("ك"));
        assert_eq!(crate::html::fragment_text(&items[0].body), "سطر\n\nسطر");

        let broken = "<rss><channel><item><title>أ</title><description>نص</description></item><item><title>ب</title><descr";
        let (items, err) = parse(broken);
        assert_eq!(items.len(), 1);
        let _ = err;
        let (_, err) = parse("<html><body>not a feed</body></html>");
        assert!(err.is_some());
    }
}
