//! `akhbar analyze` on real-world inputs: web pages, feeds, WARC crawls,
//! corpus files, legacy encodings, and the bad inputs each can bring. The
//! fixtures are written here (our own Arabic text), not copied from anywhere.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::Value;

mod common;

use common::run;

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(&p, bytes).unwrap();
    p
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

const P1: &str = "عمّان - أعلنت وزارة الزراعة اليوم عن خطة لزراعة مليون شجرة في المحافظات الجنوبية خلال ثلاث سنوات، بالتعاون مع البلديات والجمعيات الأهلية.";
const P2: &str = "وقال الوزير في مؤتمر صحفي إن الخطة تهدف إلى مواجهة التصحر وتحسين دخل المزارعين، مشيرا إلى أن المرحلة الأولى تبدأ في الخريف المقبل.";
const P3: &str =
    "وأضاف أن الوزارة ستوزع الشتلات مجانا على المزارعين الصغار، وستقيم مشاتل جديدة في ثلاث مناطق.";

fn page(charset: &str) -> String {
    format!(
        r#"<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="{charset}">
<title>خطة لزراعة مليون شجرة - صحيفة الغد</title>
<meta property="og:site_name" content="صحيفة الغد">
<meta property="article:published_time" content="2025-03-02T10:15:00+02:00">
<script type="application/ld+json">{{"@type":"NewsArticle","author":{{"@type":"Person","name":"هالة سمير"}}}}</script>
</head><body>
<nav class="menu"><a href="/">الرئيسية</a> <a href="/local">محليات</a> <a href="/sport">رياضة</a></nav>
<div class="cookie-notice">نستخدم ملفات تعريف الارتباط لتحسين تجربتك</div>
<article><h1>خطة لزراعة مليون شجرة</h1>
<div class="article-body"><p>{P1}</p><p>{P2}</p>
<div class="read-also"><b>اقرأ أيضا:</b> <a href="/x">انطلاق موسم قطف الزيتون</a></div>
<p>{P3}</p></div>
<div class="share-bar"><a>فيسبوك</a> <a>تويتر</a></div></article>
<aside><h3>الأكثر قراءة</h3><ul><li><a href="/1">ارتفاع أسعار الخضار</a></li><li><a href="/2">افتتاح طريق جديد</a></li></ul></aside>
<section class="comments"><h3>التعليقات</h3><p>تعليق طويل من أحد القراء يقول إن الخطة جيدة لكن التنفيذ هو الأهم دائما في مثل هذه المشاريع الكبيرة</p></section>
<footer>جميع الحقوق محفوظة</footer></body></html>"#
    )
}

/// The body after extraction: the analyzer takes the dateline «عمّان -» out of `text`.
fn expected_text() -> String {
    format!("{}\n\n{P2}\n\n{P3}", p1_body())
}

fn p1_body() -> &'static str {
    P1.strip_prefix("عمّان - ").unwrap()
}

#[test]
fn html_page_gives_its_article_and_metadata_without_chrome() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "news/page.html", page("utf-8").as_bytes());
    let r = run(&["analyze", "--no-entities", s(&p)], b"");
    r.assert_code(0);
    let doc = r.json();
    assert_eq!(doc["text"], expected_text());
    assert_eq!(doc["title"], "خطة لزراعة مليون شجرة");
    assert_eq!(doc["published"], "2025-03-02");
    let o = &doc["origin"];
    assert_eq!(o["format"], "html");
    assert_eq!(o["author"], "هالة سمير");
    assert_eq!(o["site_name"], "صحيفة الغد");
    assert_eq!(
        (o["lang"].as_str(), o["dir"].as_str()),
        (Some("ar"), Some("rtl"))
    );
    assert_eq!(o["published_at"], "2025-03-02T10:15:00+02:00");
    // The dateline of the first paragraph goes through the same pipeline as plain text.
    assert_eq!(doc["dateline"]["place"]["text"], "عمّان");
}

#[test]
fn legacy_encodings_are_read_from_labels_detection_and_bom() {
    let dir = tempfile::tempdir().unwrap();
    let src = page("windows-1256");
    let (w1256, _, bad) = encoding_rs::WINDOWS_1256.encode(&src);
    assert!(!bad);
    let declared = write(dir.path(), "w.html", &w1256);
    // ISO-8859-6 with no label at all: detected.
    let plain = page("x").replace("<meta charset=\"x\">", "");
    let (iso, _, bad) = encoding_rs::ISO_8859_6.encode(&plain);
    assert!(!bad);
    let detected = write(dir.path(), "i.htm", &iso);
    let r = run(
        &["analyze", "--no-entities", s(&declared), s(&detected)],
        b"",
    );
    r.assert_code(0);
    let docs = r.jsonl();
    assert_eq!(docs.len(), 2);
    for (doc, enc) in docs.iter().zip(["windows-1256", "ISO-8859-6"]) {
        assert_eq!(doc["text"], expected_text(), "{enc}");
        assert_eq!(doc["origin"]["encoding"], enc);
    }

    // Plain text: UTF-16 with a BOM is read; windows-1256 needs --encoding.
    let mut u16 = vec![0xFF, 0xFE];
    u16.extend(P1.encode_utf16().flat_map(u16::to_le_bytes));
    let u16 = write(dir.path(), "u16.txt", &u16);
    let r = run(&["analyze", "--no-entities", s(&u16)], b"");
    r.assert_code(0);
    assert_eq!(r.json()["text"], p1_body());
    let (w, _, _) = encoding_rs::WINDOWS_1256.encode(P2);
    let wt = write(dir.path(), "w.txt", &w);
    run(&["analyze", "--no-entities", s(&wt)], b"").assert_code(1);
    for enc in ["windows-1256", "cp1256", "auto"] {
        let r = run(
            &["analyze", "--no-entities", "--encoding", enc, s(&wt)],
            b"",
        );
        r.assert_code(0);
        assert_eq!(r.json()["text"], P2, "--encoding {enc}");
    }
    let r = run(&["analyze", "--encoding", "klingon-8", s(&wt)], b"");
    r.assert_code(2);
    assert!(r.stderr.contains("klingon-8"));
}

#[test]
fn feeds_give_one_document_per_item() {
    let dir = tempfile::tempdir().unwrap();
    let rss = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>وكالة المثال</title>
<item><title>خبر أول</title><link>https://e.com/1</link><guid>e-1</guid><pubDate>Sun, 02 Mar 2025 08:00:00 +0200</pubDate><dc:creator>سارة</dc:creator>
<description>ملخص قصير</description><content:encoded><![CDATA[<p>{P1}</p><p>{P2}</p>]]></content:encoded></item>
<item><title>خبر ثان</title><link>https://e.com/2</link><description>&lt;p&gt;{P3}&lt;/p&gt;</description></item>
<item><title>بلا نص</title><link>https://e.com/3</link></item>
</channel></rss>"#
    );
    let feed = write(dir.path(), "feed.rss", rss.as_bytes());
    let atom = format!(
        r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>موقع</title><entry><title>مدخل</title><id>tag:a</id><link href="https://e.com/a"/><updated>2025-01-05T10:00:00Z</updated><content type="html">&lt;p&gt;{P2}&lt;/p&gt;</content></entry></feed>"#
    );
    let atom = write(dir.path(), "x.xml", atom.as_bytes());
    let r = run(&["analyze", "--no-entities", s(&feed), s(&atom)], b"");
    r.assert_code(1);
    assert!(
        r.stderr
            .contains("feed.rss:item 3: feed item has no description or content"),
        "{}",
        r.stderr
    );
    let docs = r.jsonl();
    assert_eq!(docs.len(), 3);
    assert_eq!(docs[0]["id"], "e-1");
    assert_eq!(docs[0]["text"], format!("{}\n\n{P2}", p1_body()));
    assert_eq!(docs[0]["published"], "2025-03-02");
    assert_eq!(docs[0]["origin"]["author"], "سارة");
    assert_eq!(docs[0]["origin"]["site_name"], "وكالة المثال");
    assert_eq!(docs[1]["text"], P3);
    assert_eq!(docs[1]["url"], "https://e.com/2");
    assert_eq!(docs[2]["id"], "tag:a");
    assert_eq!(docs[2]["origin"]["record"], "item 1");
}

#[test]
fn entity_bombs_and_external_entities_are_clean_errors() {
    let dir = tempfile::tempdir().unwrap();
    let mut dtd = String::from("<!DOCTYPE rss [<!ENTITY a \"هههههههههه\">");
    for i in 1..=12 {
        let prev = if i == 1 {
            "a".to_string()
        } else {
            format!("a{}", i - 1)
        };
        dtd.push_str(&format!(
            "<!ENTITY a{i} \"{}\">",
            format!("&{prev};").repeat(10)
        ));
    }
    dtd.push_str("]>");
    let bomb = format!("<?xml version=\"1.0\"?>{dtd}<rss><channel><item><title>&a12;</title><description>نص</description></item></channel></rss>");
    let bomb = write(dir.path(), "bomb.rss", bomb.as_bytes());
    let xxe = write(dir.path(), "xxe.rss", b"<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss><channel><item><title>t</title><description>&x;</description></item></channel></rss>");
    let errors = dir.path().join("errors.jsonl");
    let r = run(&["analyze", "--errors", s(&errors), s(&bomb), s(&xxe)], b"");
    r.assert_code(1);
    assert!(r.stdout.is_empty());
    let lines: Vec<Value> = fs::read_to_string(&errors)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0]["source"].as_str().unwrap().ends_with("bomb.rss"));
    assert!(
        lines[0]["reason"].as_str().unwrap().contains("bound"),
        "{}",
        lines[0]
    );
    assert!(lines[1]["reason"]
        .as_str()
        .unwrap()
        .contains("external entity &x; is not fetched"));
    assert!(!fs::read_to_string(&errors).unwrap().contains("root:"));
}

fn warc_record(uri: &str, http: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2025-03-03T04:05:06Z\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: {}\r\n\r\n",
        http.len()
    )
    .into_bytes();
    r.extend_from_slice(http);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn gz(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

#[test]
fn warc_gz_responses_become_articles_and_a_gzip_bomb_is_one_error() {
    let dir = tempfile::tempdir().unwrap();
    let src = page("windows-1256");
    let (w1256, _, _) = encoding_rs::WINDOWS_1256.encode(&src);
    let mut http1 =
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1256\r\n\r\n".to_vec();
    http1.extend_from_slice(&w1256);
    let body = page("utf-8");
    let http2 = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n{body}\r\n0\r\n\r\n", body.len());
    let mut bomb =
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n".to_vec();
    bomb.extend_from_slice(&gz(&vec![b' '; 40 << 20]));
    let mut warc = Vec::new();
    warc.extend(gz(&warc_record("https://e.com/1", &http1)));
    warc.extend(gz(&warc_record("https://e.com/bomb", &bomb)));
    warc.extend(gz(&warc_record("https://e.com/2", http2.as_bytes())));
    let p = write(dir.path(), "crawl.warc.gz", &warc);
    let r = run(
        &["analyze", "--no-entities", "--max-bytes", "10000000", s(&p)],
        b"",
    );
    r.assert_code(1);
    assert!(r.stderr.contains("crawl.warc.gz:byte"), "{}", r.stderr);
    assert!(r.stderr.contains("compression bomb"), "{}", r.stderr);
    let docs = r.jsonl();
    assert_eq!(docs.len(), 2);
    for (doc, url) in docs.iter().zip(["https://e.com/1", "https://e.com/2"]) {
        assert_eq!(doc["url"], url);
        assert_eq!(doc["text"], expected_text());
        assert_eq!(doc["origin"]["crawled"], "2025-03-03T04:05:06Z");
        assert_eq!(doc["origin"]["format"], "warc");
    }
}

#[test]
fn bad_html_inputs_are_errors_and_the_rest_goes_through() {
    let dir = tempfile::tempdir().unwrap();
    let binary: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 256) as u8).collect();
    write(dir.path(), "a-binary.html", &binary);
    write(
        dir.path(),
        "b-empty.html",
        b"<html><body><nav><a href='/'>x</a></nav></body></html>",
    );
    let cut = page("utf-8");
    write(
        dir.path(),
        "c-truncated.html",
        &cut.as_bytes()[..cut.find("<p>وقال").unwrap() + 60],
    );
    let unclosed = format!("<html><body><div><p>{P1}<p>{P2}<div><span>{P3}");
    write(dir.path(), "d-unclosed.html", unclosed.as_bytes());
    let deep = format!("{}<p>{P1}</p>", "<div><span>".repeat(50_000));
    write(dir.path(), "e-deep.html", deep.as_bytes());
    let r = run(&["analyze", "--no-entities", s(dir.path())], b"");
    r.assert_code(1);
    assert!(
        r.stderr.contains("a-binary.html: not an HTML document"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("b-empty.html: no article text found"),
        "{}",
        r.stderr
    );
    let docs = r.jsonl();
    assert_eq!(docs.len(), 3);
    assert!(docs[0]["text"].as_str().unwrap().starts_with(p1_body()));
    assert_eq!(docs[1]["text"], expected_text());
    assert_eq!(docs[2]["text"], p1_body());
}

#[test]
fn a_fifty_megabyte_page_is_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let mut big = String::with_capacity(51 << 20);
    big.push_str("<html><body><article>");
    while big.len() < 50 << 20 {
        big.push_str("<p>");
        big.push_str(P2);
        big.push_str("</p>\n");
    }
    let p = write(dir.path(), "big.html", big.as_bytes());
    // Over the limit: refused with a message.
    let r = run(
        &["analyze", "--no-entities", "--max-bytes", "1000000", s(&p)],
        b"",
    );
    r.assert_code(1);
    assert!(
        r.stderr.contains("big.html") && r.stderr.contains("1000000"),
        "{}",
        r.stderr
    );
}

#[test]
fn directories_globs_and_errors_file() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "in/a.txt", P1.as_bytes());
    write(dir.path(), "in/sub/b.html", page("utf-8").as_bytes());
    write(
        dir.path(),
        "in/sub/c.jsonl",
        format!("{{\"id\":\"c1\",\"text\":\"{P3}\"}}\nnot json\n{{\"id\":\"c3\"}}\n").as_bytes(),
    );
    write(dir.path(), "in/.hidden.txt", b"hidden");
    let errors = dir.path().join("err.jsonl");
    let r = run(
        &[
            "analyze",
            "--no-entities",
            "--errors",
            s(&errors),
            s(&dir.path().join("in")),
        ],
        b"",
    );
    r.assert_code(1);
    let ids: Vec<String> = r
        .jsonl()
        .iter()
        .map(|d| d["id"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(ids.len(), 3, "{ids:?}");
    assert!(ids[0].ends_with("a.txt") && ids[1].ends_with("b.html") && ids[2] == "c1");
    let errs: Vec<Value> = fs::read_to_string(&errors)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let records: Vec<&str> = errs.iter().map(|e| e["record"].as_str().unwrap()).collect();
    assert_eq!(records, ["2", "3"]);
    assert!(errs[0]["source"].as_str().unwrap().ends_with("c.jsonl"));
    assert!(errs[1]["reason"].as_str().unwrap().contains("no \"text\""));
    assert!(r.stderr.contains("2 records failed"), "{}", r.stderr);

    let pattern = format!("{}/in/**/*.html", dir.path().display());
    let r = run(
        &["analyze", "--no-entities", "--format", "jsonl", &pattern],
        b"",
    );
    r.assert_code(0);
    assert_eq!(r.jsonl().len(), 1);
    let r = run(
        &[
            "analyze",
            &format!("{}/nothing-*.html", dir.path().display()),
        ],
        b"",
    );
    r.assert_code(1);
    assert!(r.stderr.contains("no file matches"));
}

#[test]
fn skip_existing_resumes_a_run() {
    let dir = tempfile::tempdir().unwrap();
    let lines: String = (0..20)
        .map(|i| format!("{{\"id\":\"r{i}\",\"text\":\"الخبر رقم {i}: {P3}\"}}\n"))
        .collect();
    let input = write(dir.path(), "in.jsonl", lines.as_bytes());
    let out = dir.path().join("out.jsonl");
    let first = run(&["analyze", "--no-entities", s(&input)], b"");
    first.assert_code(0);
    // Pretend the first run was cut after 7 documents and half a line.
    let kept: Vec<&str> = first.out().lines().take(7).collect();
    let mut partial = kept.join("\n");
    partial.push('\n');
    partial.push_str(&first.out().lines().nth(7).unwrap()[..40]);
    fs::write(&out, &partial).unwrap();
    let r = run(
        &[
            "analyze",
            "--no-entities",
            "--skip-existing",
            s(&out),
            s(&input),
        ],
        b"",
    );
    r.assert_code(0);
    let ids: Vec<String> = r
        .jsonl()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, (7..20).map(|i| format!("r{i}")).collect::<Vec<_>>());
    assert!(r.stderr.contains("skipped 7 records"));
}

#[test]
fn output_keeps_input_order_with_many_workers() {
    let lines: String = (0..300)
        .map(|i| {
            format!(
                "{{\"id\":\"{i}\",\"text\":\"{}\"}}\n",
                if i % 7 == 0 { P1 } else { "قصير" }
            )
        })
        .collect();
    let r = run(
        &["analyze", "--no-entities", "--jsonl", "--jobs", "4"],
        lines.as_bytes(),
    );
    r.assert_code(0);
    let ids: Vec<String> = r
        .jsonl()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, (0..300).map(|i| i.to_string()).collect::<Vec<_>>());
}

#[test]
fn trec_and_saudinewsnet_adapters() {
    let dir = tempfile::tempdir().unwrap();
    let trec = format!("<DOC>\n<DOCNO>X-1</DOCNO>\n<URL>http://e.com/?a=1&b=2</URL>\n<TITLE>عنوان</TITLE>\n<TIME>02/03/2025</TIME>\n<TEXT>\n{P1}\n{P2}\n</TEXT>\n</DOC>\n<DOC>\n<DOCNO>X-2</DOCNO>\n</DOC>\n");
    let t = write(dir.path(), "JA-x-1.txt", trec.as_bytes());
    let r = run(&["analyze", "--no-entities", s(&t)], b"");
    r.assert_code(1);
    assert!(
        r.stderr.contains("JA-x-1.txt:11: <DOC> without <TEXT>"),
        "{}",
        r.stderr
    );
    let d = &r.jsonl()[0];
    assert_eq!(
        (d["id"].as_str(), d["published"].as_str()),
        (Some("X-1"), Some("2025-03-02"))
    );
    assert_eq!(d["origin"]["format"], "trec");

    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("2015-07-21.json", zip::write::SimpleFileOptions::default())
        .unwrap();
    let arr = serde_json::json!([
        {"source": "alriyadh", "url": "http://e.com/1", "date_extracted": "2015-07-21 10:00:00", "title": "عنوان", "author": "كاتب", "content": P1},
        {"source": "okaz", "url": "http://e.com/2", "date_extracted": "2015-07-21 11:00:00", "title": "", "author": "", "content": ""}
    ]);
    zip.write_all(arr.to_string().as_bytes()).unwrap();
    let z = write(
        dir.path(),
        "2015-07-21.zip",
        &zip.finish().unwrap().into_inner(),
    );
    let r = run(
        &["analyze", "--no-entities", "--input", "saudinewsnet", s(&z)],
        b"",
    );
    r.assert_code(1);
    assert!(
        r.stderr
            .contains("2015-07-21.zip:2015-07-21.json#2: article has empty content"),
        "{}",
        r.stderr
    );
    let d = &r.jsonl()[0];
    assert_eq!(d["id"], "http://e.com/1");
    assert_eq!(d["published"], "2015-07-21");
    assert_eq!(d["origin"]["site_name"], "alriyadh");
    assert_eq!(d["origin"]["author"], "كاتب");
}

#[test]
fn input_override_and_usage_errors() {
    // HTML on stdin is detected; --input text keeps it as text.
    let r = run(&["analyze", "--no-entities"], page("utf-8").as_bytes());
    r.assert_code(0);
    assert_eq!(r.json()["text"], expected_text());
    let r = run(
        &["analyze", "--no-entities", "--input", "text"],
        page("utf-8").as_bytes(),
    );
    r.assert_code(0);
    assert!(r.json()["text"].as_str().unwrap().contains("<nav"));
    run(&["analyze", "--input", "pdf"], b"").assert_code(2);
    let r = run(&["analyze", "--errors", "/nonexistent-dir/x.jsonl"], b"x");
    r.assert_code(2);
}
