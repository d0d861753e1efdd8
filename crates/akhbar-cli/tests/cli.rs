//! End-to-end tests of the `akhbar` binary: its output contract, its exit
//! statuses and how it copes with bad input.
//!
//! Every test runs the built binary (`CARGO_BIN_EXE_akhbar`) on fixtures in
//! `tests/fixtures/` or on input generated here. Tests named after a bug
//! they once caught stay as regression tests.

use std::collections::BTreeSet;
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

mod common;

use common::{run, Run, BIN};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("test paths are UTF-8")
}

/// What a finished run left behind.
fn write_file(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    fs::write(&p, bytes).unwrap();
    p
}

/// Deterministic xorshift64* generator: no `rand` needed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }

    /// Valid UTF-8 drawn from characters that stress cleaning and offsets.
    fn arabicish(&mut self, n_chars: usize) -> String {
        const PALETTE: &[&str] = &[
            "ا",
            "ب",
            "ت",
            "ق",
            "ل",
            "م",
            "ن",
            "و",
            "ي",
            "ه",
            "ة",
            "ى",
            "أ",
            "إ",
            "آ",
            "ء",
            "ئ",
            "ؤ",
            "ال",
            "وال",
            "بال",
            "ها",
            "هم",
            "\u{64E}",
            "\u{650}",
            "\u{651}",
            "\u{652}",
            "\u{640}",
            "\u{FEFB}",
            "\u{FE8E}",
            "٣",
            "7",
            "%",
            "٪",
            ".",
            "،",
            "؟",
            "!",
            "(",
            ")",
            "\"",
            "«",
            "»",
            "-",
            "a",
            "Z",
            "\u{301}",
            "😀",
            "\u{200D}",
            "\u{200C}",
            "\u{200F}",
            "\u{A0}",
            "\u{3000}",
            "\u{2028}",
            "\u{85}",
            " ",
            " ",
            " ",
            " ",
            "\t",
            "\n",
            "\n\n",
            "\r\n",
            "\r",
            "\0",
            "\u{7}",
            "\u{FFFD}",
            "\u{FEFF}",
            "#",
            "@",
            "http://a.b/c ",
        ];
        (0..n_chars)
            .map(|_| PALETTE[self.below(PALETTE.len())])
            .collect()
    }
}

/// Lines a line filter must print for `input`.
fn expected_line_count(input: &[u8]) -> usize {
    let newlines = input.iter().filter(|&&b| b == b'\n').count();
    newlines + usize::from(!input.is_empty() && input.last() != Some(&b'\n'))
}

fn as_usize(v: &Value, key: &str) -> usize {
    v[key]
        .as_u64()
        .unwrap_or_else(|| panic!("{key} is not an offset in {v}")) as usize
}

/// Check every offset and field of an analyzed document against the
/// contract; `raw` is the raw input (a file's text, or a JSONL record's
/// `text`).
#[track_caller]
fn check_document(doc: &Value, raw: &str) {
    const KINDS: &[&str] = &[
        "word", "latin", "number", "punct", "url", "email", "hashtag", "mention", "emoji", "symbol",
    ];
    // "symbol" is the `%` of `12%`.
    const ROLES: &[&str] = &["proclitic", "stem", "enclitic", "symbol"];
    const BOILERPLATE: &[&str] = &["related", "share", "copyright", "signoff", "credits"];

    assert_eq!(doc["schema"], "akhbar.document/1");
    for key in [
        "id",
        "url",
        "published",
        "title",
        "text",
        "dateline",
        "byline",
        "boilerplate",
        "paragraphs",
        "sentences",
        "tokens",
    ] {
        assert!(doc.get(key).is_some(), "document has no {key:?}");
    }
    let text = doc["text"].as_str().expect("text is a string");
    let chars: Vec<char> = text.chars().collect();
    let raw_len = raw.chars().count();
    let slice = |v: &Value| -> String {
        let (s, e) = (as_usize(v, "start"), as_usize(v, "end"));
        assert!(
            s <= e && e <= chars.len(),
            "span {s}..{e} outside text ({} chars): {v}",
            chars.len()
        );
        chars[s..e].iter().collect()
    };
    let check_raw = |v: &Value| {
        let (s, e) = (as_usize(v, "raw_start"), as_usize(v, "raw_end"));
        assert!(
            s <= e && e <= raw_len,
            "raw span {s}..{e} outside raw input ({raw_len} chars): {v}"
        );
    };

    let tokens = doc["tokens"].as_array().expect("tokens is a list");
    let mut prev_end = 0;
    let mut prev_raw_end = 0;
    for t in tokens {
        let surface = t["text"].as_str().expect("token text");
        assert!(!surface.is_empty(), "empty token {t}");
        assert_eq!(
            slice(t),
            surface,
            "text[start..end] is not the token's text: {t}"
        );
        check_raw(t);
        assert!(
            as_usize(t, "start") >= prev_end,
            "tokens overlap or go back: {t}"
        );
        assert!(
            as_usize(t, "raw_start") >= prev_raw_end,
            "token raw spans overlap or go back: {t}"
        );
        prev_end = as_usize(t, "end");
        prev_raw_end = as_usize(t, "raw_end");
        let kind = t["kind"].as_str().expect("token kind");
        assert!(KINDS.contains(&kind), "unknown token kind {kind:?}");
        assert!(t["norm"].is_string(), "norm: {t}");
        assert!(t["stem"].is_string(), "stem: {t}");
        assert!(t["stop"].is_boolean(), "stop: {t}");
        let segs = t["segments"].as_array().expect("segments is a list");
        assert!(!segs.is_empty(), "a token has at least one segment: {t}");
        // Segments tile the token: each a surface substring, in order.
        let mut at = as_usize(t, "start");
        for s in segs {
            assert_eq!(
                as_usize(s, "start"),
                at,
                "segments do not tile the token: {t}"
            );
            assert_eq!(slice(s), s["text"].as_str().unwrap(), "segment text: {t}");
            assert!(s["norm"].is_string());
            let role = s["role"].as_str().expect("segment role");
            assert!(ROLES.contains(&role), "unknown segment role {role:?}");
            at = as_usize(s, "end");
        }
        assert_eq!(
            at,
            as_usize(t, "end"),
            "segments do not cover the token: {t}"
        );
    }

    let sentences = doc["sentences"].as_array().expect("sentences is a list");
    let mut next_token = 0;
    for s in sentences {
        assert_eq!(slice(s), s["text"].as_str().unwrap(), "sentence text: {s}");
        check_raw(s);
        let (ts, te) = (as_usize(s, "token_start"), as_usize(s, "token_end"));
        assert_eq!(
            ts, next_token,
            "sentences' token ranges are not contiguous: {s}"
        );
        assert!(
            ts <= te && te <= tokens.len(),
            "token range {ts}..{te}: {s}"
        );
        for t in &tokens[ts..te] {
            assert!(
                as_usize(t, "start") >= as_usize(s, "start")
                    && as_usize(t, "end") <= as_usize(s, "end"),
                "token {t} outside its sentence {s}"
            );
        }
        next_token = te;
    }
    assert_eq!(
        next_token,
        tokens.len(),
        "some tokens belong to no sentence"
    );

    for p in doc["paragraphs"].as_array().expect("paragraphs is a list") {
        slice(p);
        check_raw(p);
    }
    for b in doc["byline"].as_array().expect("byline is a list") {
        assert!(b["text"].is_string());
        check_raw(b);
    }
    for b in doc["boilerplate"]
        .as_array()
        .expect("boilerplate is a list")
    {
        let kind = b["kind"].as_str().expect("boilerplate kind");
        assert!(
            BOILERPLATE.contains(&kind),
            "unknown boilerplate kind {kind:?}"
        );
        assert!(b["text"].is_string());
        check_raw(b);
    }
    let d = &doc["dateline"];
    if !d.is_null() {
        check_raw(d);
        for part in ["place", "agency", "date"] {
            if !d[part].is_null() {
                check_raw(&d[part]);
            }
        }
    }
}

/// `raw[raw_start..raw_end]` in code points.
fn raw_slice(raw: &str, v: &Value) -> String {
    raw.chars()
        .skip(as_usize(v, "raw_start"))
        .take(as_usize(v, "raw_end") - as_usize(v, "raw_start"))
        .collect()
}

fn token_texts(doc: &Value) -> Vec<&str> {
    doc["tokens"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["text"].as_str().unwrap())
        .collect()
}

/// Output lines of a line filter, checking the spacing contract.
#[track_caller]
fn filter_lines(r: &Run) -> Vec<&str> {
    let out = r.out();
    assert!(
        out.is_empty() || out.ends_with('\n'),
        "output does not end with a newline"
    );
    let lines: Vec<&str> = out.split_terminator('\n').collect();
    for l in &lines {
        assert!(
            !l.contains('\r') && !l.contains('\t'),
            "line has CR or tab: {l:?}"
        );
        assert!(
            !l.starts_with(' ') && !l.ends_with(' '),
            "line has outer spaces: {l:?}"
        );
        assert!(
            !l.contains("  "),
            "tokens not separated by single spaces: {l:?}"
        );
    }
    lines
}

// ---------------------------------------------------------------------------
// Help, version and usage errors
// ---------------------------------------------------------------------------

#[test]
fn every_subcommand_help_exits_0_and_mentions_its_flags() {
    let cases: &[(&[&str], &[&str])] = &[
        (
            &["--help"],
            &[
                "analyze",
                "tokenize",
                "normalize",
                "schema",
                "eval",
                "train",
            ],
        ),
        (
            &["analyze", "--help"],
            &[
                "--published",
                "--format",
                "--jsonl",
                "--lossy",
                "--max-bytes",
                "--progress",
                "--no-progress",
                "json",
                "jsonl",
                "text",
            ],
        ),
        (
            &["tokenize", "--help"],
            &[
                "--stem",
                "--segment",
                "--norm",
                "--no-punct",
                "--no-stopwords",
                "--lossy",
            ],
        ),
        (
            &["normalize", "--help"],
            &["--profile", "--lossy", "search", "camel", "dediac", "none"],
        ),
        (&["schema", "--help"], &["schema"]),
        (&["eval", "--help"], &["segment"]),
        (
            &["eval", "segment", "--help"],
            &["--gold", "--system", "--json", "--errors"],
        ),
        (&["train", "--help"], &["segmenter"]),
        (
            &["train", "segmenter", "--help"],
            &["--shared", "--out", "--epochs", "--dry-run"],
        ),
    ];
    for (args, flags) in cases {
        let r = run(args, b"");
        r.assert_code(0);
        for f in *flags {
            assert!(
                r.out().contains(f),
                "`akhbar {}` does not mention {f}",
                args.join(" ")
            );
        }
    }
    // The short form works too.
    run(&["tokenize", "-h"], b"").assert_code(0);
}

#[test]
fn version_flag_prints_the_version() {
    let r = run(&["--version"], b"");
    r.assert_code(0);
    assert!(r.out().starts_with("akhbar "), "{}", r.out());
}

#[test]
fn unknown_flags_and_bad_values_are_usage_errors_with_status_2() {
    let cases: &[&[&str]] = &[
        &[],
        &["frobnicate"],
        &["analyze", "--bogus"],
        &["analyze", "--format", "xml"],
        &["analyze", "--max-bytes", "lots"],
        &["tokenize", "--bogus"],
        &["tokenize", "--stem", "--segment"],
        &["normalize", "--profile", "bogus"],
        &["eval", "segment"],
        &["eval", "segment", "--gold"],
    ];
    for args in cases {
        let r = run(args, b"");
        r.assert_code(2);
        assert!(r.stdout.is_empty(), "akhbar {args:?} wrote to stdout");
        assert!(!r.stderr.is_empty(), "akhbar {args:?} said nothing");
    }
}

#[test]
fn bad_published_date_is_a_usage_error_with_status_2() {
    for bad in [
        "2024-13-01",
        "2023-02-29",
        "2024-02-30",
        "yesterday",
        "",
        "2024-3-1",
    ] {
        let r = run(&["analyze", "--published", bad], "نص".as_bytes());
        r.assert_code(2).assert_stderr_has("--published");
        assert!(
            r.stdout.is_empty(),
            "--published {bad:?} still wrote a document"
        );
    }
    let r = run(&["analyze", "--published", "2024-02-29"], "نص".as_bytes());
    r.assert_code(0);
    assert_eq!(r.json()["published"], "2024-02-29");
}

#[test]
fn published_date_with_trailing_garbage_is_a_usage_error() {
    // The schema says published matches ^[0-9]{4}-[0-9]{2}-[0-9]{2}$.
    for bad in ["2024-03-01xyz", "2024-03-011", "01-03-2024", "99999-01-01"] {
        run(&["analyze", "--published", bad], "نص".as_bytes()).assert_code(2);
    }
}

// ---------------------------------------------------------------------------
// schema
// ---------------------------------------------------------------------------

#[test]
fn schema_prints_valid_json() {
    let r = run(&["schema"], b"");
    r.assert_code(0);
    assert!(r.json().is_object(), "the schema is a JSON object");
}

#[test]
fn schema_describes_every_document_field() {
    let schema = run(&["schema"], b"").json();
    let props = schema["properties"]
        .as_object()
        .expect("the schema has top-level properties");
    for key in [
        "schema",
        "id",
        "url",
        "published",
        "title",
        "text",
        "dateline",
        "byline",
        "boilerplate",
        "paragraphs",
        "sentences",
        "tokens",
    ] {
        assert!(
            props.contains_key(key),
            "the schema does not describe {key:?}"
        );
    }
    assert_eq!(schema["properties"]["schema"]["const"], "akhbar.document/1");
}

/// Keys of a JSON object, sorted.
fn keys(v: &Value) -> BTreeSet<String> {
    v.as_object()
        .unwrap_or_else(|| panic!("not an object: {v}"))
        .keys()
        .cloned()
        .collect()
}

/// The property names a schema object lists, following a local `$ref`.
fn schema_keys(schema: &Value, node: &Value) -> BTreeSet<String> {
    let node = match node["$ref"].as_str() {
        Some(r) => schema
            .pointer(r.trim_start_matches('#'))
            .unwrap_or_else(|| panic!("dangling $ref {r}")),
        None => node,
    };
    let required: BTreeSet<String> = node["required"]
        .as_array()
        .unwrap_or_else(|| panic!("no required list in {node}"))
        .iter()
        .map(|k| k.as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        required,
        keys(&node["properties"]),
        "every property is required"
    );
    required
}

#[test]
fn schema_matches_the_documents_analyze_writes() {
    let schema = run(&["schema"], b"").json();
    let p = |path: &str| {
        schema
            .pointer(path)
            .unwrap_or_else(|| panic!("schema has no {path}"))
            .clone()
    };
    let path = fixture("article.txt");
    let doc = run(&["analyze", path_str(&path)], b"").json();
    let token = &doc["tokens"][0];
    let first = |key: &str| doc[key][0].clone();
    let cases = [
        (doc.clone(), p("")),
        (token.clone(), p("/properties/tokens/items")),
        (
            token["segments"][0].clone(),
            p("/properties/tokens/items/properties/segments/items"),
        ),
        (first("sentences"), p("/properties/sentences/items")),
        (first("paragraphs"), p("/properties/paragraphs/items")),
        (first("byline"), p("/properties/byline/items")),
        (first("boilerplate"), p("/properties/boilerplate/items")),
        (doc["dateline"].clone(), p("/properties/dateline/oneOf/1")),
        (doc["dateline"]["place"].clone(), p("/$defs/rawSpan")),
    ];
    for (value, node) in cases {
        assert_eq!(
            keys(&value),
            schema_keys(&schema, &node),
            "fields of {value}"
        );
    }
    let kinds = p("/properties/tokens/items/properties/kind/enum");
    for t in doc["tokens"].as_array().unwrap() {
        assert!(kinds.as_array().unwrap().contains(&t["kind"]), "{t}");
    }
}

// ---------------------------------------------------------------------------
// analyze: plain text
// ---------------------------------------------------------------------------

#[test]
fn analyze_plain_text_gives_one_pretty_json_document() {
    let path = fixture("article.txt");
    let raw = fs::read_to_string(&path).unwrap();
    let r = run(
        &["analyze", "--published", "2024-06-04", path_str(&path)],
        b"",
    );
    r.assert_code(0);
    assert!(r.lines().len() > 1, "one input gives pretty-printed JSON");
    let doc = r.json();
    check_document(&doc, &raw);
    assert_eq!(doc["id"], path_str(&path));
    assert_eq!(doc["published"], "2024-06-04");
    assert!(doc["url"].is_null() && doc["title"].is_null());

    let d = &doc["dateline"];
    assert_eq!(d["place"]["text"], "الرباط");
    assert_eq!(d["agency"]["text"], "أ ف ب");
    assert_eq!(doc["byline"][0]["text"], "سلمى الحسيني");
    let kinds: Vec<&str> = doc["boilerplate"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["related", "copyright"]);
    let text = doc["text"].as_str().unwrap();
    assert!(
        text.starts_with("أعلنت وزارة الفلاحة"),
        "dateline left out of text: {text}"
    );
    assert!(
        !text.contains("جميع الحقوق"),
        "boilerplate left out of text"
    );
    assert!(!text.contains("سلمى"), "byline left out of text");
    assert_eq!(doc["paragraphs"].as_array().unwrap().len(), 3);
    assert_eq!(doc["sentences"].as_array().unwrap().len(), 4);
    // Clitic segments: «وقال» is و + قال.
    let wqal = doc["tokens"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["text"] == "وقال")
        .expect("the token وقال");
    let segs: Vec<&str> = wqal["segments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert_eq!(segs, ["و", "قال"]);
}

#[test]
fn analyze_published_comes_from_the_dateline_unless_given() {
    let gregorian = "القاهرة 5 مارس 2024 (رويترز) - قال الوزير إن الخطة جاهزة.";
    let hijri = "الرياض - 12 رمضان 1445 هـ (واس) - أعلنت الوزارة البرنامج.";
    let dir = tempfile::tempdir().unwrap();
    let g = write_file(dir.path(), "g.txt", gregorian.as_bytes());
    let h = write_file(dir.path(), "h.txt", hijri.as_bytes());
    let r = run(&["analyze", path_str(&g), path_str(&h)], b"");
    r.assert_code(0);
    let docs = r.jsonl();
    check_document(&docs[0], gregorian);
    check_document(&docs[1], hijri);
    assert_eq!(docs[0]["published"], "2024-03-05");
    assert_eq!(docs[0]["dateline"]["date"]["calendar"], "gregorian");
    assert_eq!(
        raw_slice(gregorian, &docs[0]["dateline"]["date"]),
        "5 مارس 2024"
    );
    assert_eq!(
        docs[1]["published"], "2024-03-22",
        "12 Ramadan 1445 (Umm al-Qura)"
    );
    assert_eq!(docs[1]["dateline"]["date"]["calendar"], "hijri");
    // (A tatweel cleaned away at the end of a span falls outside it.)
    assert_eq!(
        raw_slice(hijri, &docs[1]["dateline"]["date"]).trim_end_matches('\u{640}'),
        "12 رمضان 1445 ه"
    );

    let r = run(
        &["analyze", "--published", "2020-01-01"],
        gregorian.as_bytes(),
    );
    let doc = r.json();
    assert_eq!(doc["published"], "2020-01-01", "a given date wins");
    assert_eq!(doc["dateline"]["date"]["iso"], "2024-03-05");
}

#[test]
fn analyze_raw_offsets_slice_the_raw_input() {
    // The fixture needs no cleaning, so every raw span spells its text.
    let path = fixture("article.txt");
    let raw = fs::read_to_string(&path).unwrap();
    let doc = run(&["analyze", path_str(&path)], b"").json();
    for t in doc["tokens"].as_array().unwrap() {
        assert_eq!(raw_slice(&raw, t), t["text"].as_str().unwrap(), "token {t}");
    }
    for s in doc["sentences"].as_array().unwrap() {
        assert_eq!(
            raw_slice(&raw, s),
            s["text"].as_str().unwrap(),
            "sentence {s}"
        );
    }
    let d = &doc["dateline"];
    for v in [d, &d["place"], &d["agency"]] {
        assert_eq!(raw_slice(&raw, v), v["text"].as_str().unwrap());
    }
    for v in doc["byline"]
        .as_array()
        .unwrap()
        .iter()
        .chain(doc["boilerplate"].as_array().unwrap())
    {
        assert_eq!(raw_slice(&raw, v), v["text"].as_str().unwrap());
    }
}

#[test]
fn analyze_offsets_survive_cleaning() {
    // Tatweel, a presentation-form lam-alef, CRLF, a tab, a byte order
    // mark, diacritics and an emoji: `text` differs from the raw input, and
    // offsets must still slice both.
    let raw = "\u{FEFF}قالـــت الحكومةُ \u{FEFB} يوجد 25% من\t\tالأموال 😀 في #الأخبار.\r\n\r\nوأكدت أن الخطة جاهزة.\r\n";
    let dir = tempfile::tempdir().unwrap();
    let p = write_file(dir.path(), "clean.txt", raw.as_bytes());
    let doc = run(&["analyze", path_str(&p)], b"").json();
    check_document(&doc, raw);
    let text = doc["text"].as_str().unwrap();
    assert!(
        !text.contains('\u{640}') && !text.contains('\r') && !text.contains('\u{FEFF}'),
        "{text:?}"
    );
    let by_text = |s: &str| -> Value {
        doc["tokens"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["text"] == s)
            .unwrap_or_else(|| panic!("no token {s:?} in {:?}", token_texts(&doc)))
            .clone()
    };
    assert_eq!(raw_slice(raw, &by_text("قالت")), "قالـــت");
    assert_eq!(raw_slice(raw, &by_text("لا")), "\u{FEFB}");
    assert_eq!(raw_slice(raw, &by_text("الحكومةُ")), "الحكومةُ");
    assert_eq!(raw_slice(raw, &by_text("😀")), "😀");
    assert_eq!(raw_slice(raw, &by_text("جاهزة")), "جاهزة");
    assert_eq!(doc["paragraphs"].as_array().unwrap().len(), 2);
}

#[test]
fn analyze_reads_stdin_when_given_no_file_or_dash() {
    let input = "قال الرئيس إن الاجتماع انتهى.";
    for args in [&["analyze"][..], &["analyze", "-"][..]] {
        let r = run(args, input.as_bytes());
        r.assert_code(0);
        let doc = r.json();
        check_document(&doc, input);
        assert!(doc["id"].is_null(), "stdin has no id");
        assert_eq!(doc["text"], input);
    }
}

#[test]
fn analyze_empty_input_gives_an_empty_document() {
    let dir = tempfile::tempdir().unwrap();
    let empty = write_file(dir.path(), "empty.txt", b"");
    let blank = write_file(dir.path(), "blank.txt", b" \n\r\n\t\n");
    let r = run(&["analyze"], b"");
    r.assert_code(0);
    let mut docs = vec![r.json()];
    let r = run(&["analyze", "-", path_str(&empty), path_str(&blank)], b"");
    r.assert_code(0);
    docs.extend(r.jsonl());
    assert_eq!(docs.len(), 4);
    for doc in docs {
        check_document(&doc, "");
        assert_eq!(doc["text"], "");
        for key in ["tokens", "sentences", "paragraphs", "byline", "boilerplate"] {
            assert_eq!(doc[key], Value::Array(vec![]), "{key}");
        }
        assert!(doc["dateline"].is_null());
    }
}

#[test]
fn analyze_several_inputs_default_to_one_json_object_per_line() {
    let dir = tempfile::tempdir().unwrap();
    let a = write_file(dir.path(), "a.txt", "وصل الوفد إلى المدينة.".as_bytes());
    let b = write_file(dir.path(), "b.txt", "غادر الوزير العاصمة.\n".as_bytes());
    let r = run(&["analyze", path_str(&a), path_str(&b)], b"");
    r.assert_code(0);
    let docs = r.jsonl();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["id"], path_str(&a));
    assert_eq!(docs[1]["id"], path_str(&b));
    assert_eq!(docs[1]["text"], "غادر الوزير العاصمة.");
    // One input with --format jsonl: a single line.
    let r = run(&["analyze", "--format", "jsonl", path_str(&a)], b"");
    assert_eq!(r.lines().len(), 1);
    check_document(&r.jsonl()[0], "وصل الوفد إلى المدينة.");
}

#[test]
fn analyze_format_json_with_several_inputs_writes_an_array() {
    let dir = tempfile::tempdir().unwrap();
    let a = write_file(dir.path(), "a.txt", "وصل الوفد.".as_bytes());
    let b = write_file(dir.path(), "b.txt", "غادر الوزير.".as_bytes());
    let r = run(
        &["analyze", "--format", "json", path_str(&a), path_str(&b)],
        b"",
    );
    r.assert_code(0);
    let all = r.json();
    let docs = all.as_array().expect("a JSON array");
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["text"], "وصل الوفد.");
}

#[test]
fn analyze_format_text_writes_a_readable_summary() {
    let path = fixture("article.txt");
    let r = run(
        &[
            "analyze",
            "--format",
            "text",
            "--published",
            "2024-06-04",
            path_str(&path),
        ],
        b"",
    );
    r.assert_code(0);
    let out = r.out();
    for needle in [
        "published: 2024-06-04",
        "dateline: place=الرباط agency=أ ف ب",
        "byline: سلمى الحسيني",
        "boilerplate [copyright]",
        "[1] أعلنت وزارة الفلاحة",
        "و+قال",
    ] {
        assert!(out.contains(needle), "text output lacks {needle:?}:\n{out}");
    }
}

#[test]
fn invalid_utf8_names_file_and_byte_offset() {
    let dir = tempfile::tempdir().unwrap();
    // «كلمة » is 9 bytes; then a lone lead byte.
    let mut bad = "كلمة ".as_bytes().to_vec();
    bad.extend_from_slice(b"\xC3\x28 ");
    bad.extend_from_slice("أخرى".as_bytes());
    let bad = write_file(dir.path(), "broken.txt", &bad);
    let good = write_file(dir.path(), "fine.txt", "نص سليم.".as_bytes());
    let r = run(&["analyze", path_str(&bad), path_str(&good)], b"");
    r.assert_code(1)
        .assert_stderr_has("broken.txt")
        .assert_stderr_has("byte offset 9")
        .assert_stderr_has("--lossy");
    let docs = r.jsonl();
    assert_eq!(docs.len(), 1, "the other file is still processed");
    assert_eq!(docs[0]["text"], "نص سليم.");

    // On stdin the input is named <stdin>.
    let r = run(&["analyze"], b"ok \xFF");
    r.assert_code(1)
        .assert_stderr_has("<stdin>")
        .assert_stderr_has("byte offset 3");
    assert!(r.stdout.is_empty());
}

#[test]
fn invalid_utf8_with_lossy_is_replaced() {
    let mut bad = "كلمة ".as_bytes().to_vec();
    bad.extend_from_slice(b"\xC3\x28 ");
    bad.extend_from_slice("أخرى".as_bytes());
    let r = run(&["analyze", "--lossy"], &bad);
    r.assert_code(0);
    let doc = r.json();
    check_document(&doc, &String::from_utf8_lossy(&bad));
    let text = doc["text"].as_str().unwrap();
    assert!(text.contains('\u{FFFD}'), "{text:?}");
    assert!(
        text.starts_with("كلمة") && text.ends_with("أخرى"),
        "{text:?}"
    );
}

#[test]
fn missing_file_is_reported_and_other_files_still_processed() {
    let dir = tempfile::tempdir().unwrap();
    let good = write_file(dir.path(), "fine.txt", "نص سليم.".as_bytes());
    let missing = dir.path().join("no-such-file.txt");
    let r = run(&["analyze", path_str(&missing), path_str(&good)], b"");
    r.assert_code(1).assert_stderr_has("no-such-file.txt");
    assert_eq!(r.jsonl().len(), 1);

    let missing_jsonl = dir.path().join("no-such-file.jsonl");
    let r = run(&["analyze", path_str(&missing_jsonl), path_str(&good)], b"");
    r.assert_code(1).assert_stderr_has("no-such-file.jsonl");
    assert_eq!(r.jsonl().len(), 1);
}

#[test]
fn directory_input_is_an_error_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let r = run(&["analyze", path_str(dir.path())], b"");
    r.assert_code(1);
    let r = run(&["tokenize", path_str(dir.path())], b"");
    r.assert_code(1);
}

#[test]
fn plain_text_over_max_bytes_is_skipped_with_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let big = write_file(dir.path(), "big.txt", "كلمة ".repeat(100).as_bytes());
    let small = write_file(dir.path(), "small.txt", "كلمة".as_bytes());
    let r = run(
        &[
            "analyze",
            "--max-bytes",
            "100",
            path_str(&big),
            path_str(&small),
        ],
        b"",
    );
    r.assert_code(1)
        .assert_stderr_has("big.txt")
        .assert_stderr_has("100");
    let docs = r.jsonl();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["text"], "كلمة");

    // The same limit on stdin, where the size is not known in advance.
    let r = run(
        &["analyze", "--max-bytes", "100"],
        "كلمة ".repeat(100).as_bytes(),
    );
    r.assert_code(1).assert_stderr_has("<stdin>");
    assert!(r.stdout.is_empty());

    // Exactly at the limit is fine.
    let r = run(&["analyze", "--max-bytes", "8"], "كلمة".as_bytes());
    r.assert_code(0);
}

#[test]
fn nul_bytes_and_control_characters_do_not_panic() {
    let raw = "\0قال\0 الرئيس\u{7}\u{1B}[31m إن \0\0\0الاجتماع\u{8} انتهى.\0";
    let r = run(&["analyze"], raw.as_bytes());
    r.assert_code(0);
    let doc = r.json();
    check_document(&doc, raw);
    let text = doc["text"].as_str().unwrap();
    assert!(
        !text.contains('\0'),
        "NUL bytes are cleaned out of text: {text:?}"
    );
    assert!(token_texts(&doc).contains(&"الرئيس"));
}

#[test]
fn random_bytes_never_crash_analyze() {
    let mut rng = Rng(0x5EED_0001);
    let junk = rng.bytes(16 * 1024);
    let expected_offset = std::str::from_utf8(&junk).unwrap_err().valid_up_to();

    let r = run(&["analyze"], &junk);
    r.assert_code(1)
        .assert_stderr_has(&format!("byte offset {expected_offset}"));

    let r = run(&["analyze", "--lossy"], &junk);
    r.assert_code(0);
    check_document(&r.json(), &String::from_utf8_lossy(&junk));

    let r = run(&["analyze", "--jsonl", "--lossy"], &junk);
    assert!(r.code == Some(0) || r.code == Some(1));
}

#[test]
fn random_arabicish_text_keeps_every_offset_invariant() {
    let mut rng = Rng(0x5EED_0002);
    for _ in 0..4 {
        let raw = rng.arabicish(3000);
        let r = run(&["analyze"], raw.as_bytes());
        r.assert_code(0);
        check_document(&r.json(), &raw);
    }
}

#[test]
fn five_hundred_combining_marks_on_one_letter_do_not_break_anything() {
    // 500 fathas on one letter; 250 shadda+damma pairs on the last letter
    // of a word; 500 marks with no letter under them.
    let raw = format!(
        "قال ب{} الرئيس\nكتب{}\n {}\n",
        "\u{64E}".repeat(500),
        "\u{651}\u{64F}".repeat(250),
        "\u{650}".repeat(500)
    );

    let r = run(&["analyze"], raw.as_bytes());
    r.assert_code(0);
    let doc = r.json();
    check_document(&doc, &raw);
    let toks = token_texts(&doc);
    assert!(toks.len() >= 4, "{toks:?}");
    assert_eq!(
        toks[1].chars().next(),
        Some('ب'),
        "marks stay on their letter: {toks:?}"
    );
    assert_eq!(
        toks[3].chars().take(3).collect::<String>(),
        "كتب",
        "marks stay on their letter: {toks:?}"
    );
    assert_eq!(toks[0], "قال");
    assert_eq!(toks[2], "الرئيس");

    for args in [
        &["tokenize"][..],
        &["tokenize", "--segment"],
        &["tokenize", "--stem"],
        &["normalize"],
    ] {
        let r = run(args, raw.as_bytes());
        r.assert_code(0);
        let lines = filter_lines(&r);
        assert_eq!(lines.len(), 3, "{args:?}");
        if args[0] == "tokenize" {
            assert_eq!(lines[0].split(' ').count(), 3, "{args:?}: {:?}", lines[0]);
            assert_eq!(lines[1].split(' ').count(), 1, "{args:?}");
        }
    }
}

#[test]
fn combining_marks_stay_attached_to_their_latin_base_letter() {
    let r = run(
        &["tokenize"],
        "cafe\u{301} e\u{301}\u{301}\u{301}\n".as_bytes(),
    );
    assert_eq!(r.out(), "cafe\u{301} e\u{301}\u{301}\u{301}\n");
    let raw = format!("e{}", "\u{301}".repeat(500));
    let doc = run(&["analyze"], raw.as_bytes()).json();
    assert_eq!(token_texts(&doc).len(), 1);
}

// ---------------------------------------------------------------------------
// analyze: JSONL
// ---------------------------------------------------------------------------

#[test]
fn jsonl_records_become_one_document_per_line_with_their_metadata() {
    let path = fixture("records.jsonl");
    let r = run(
        &["analyze", "--published", "2024-01-15", path_str(&path)],
        b"",
    );
    // Lines 2-4 are broken records: the status says so.
    r.assert_code(1);
    let docs = r.jsonl();
    assert_eq!(docs.len(), 2, "the good records are still written");

    let first = &docs[0];
    assert_eq!(first["id"], "agri-1");
    assert_eq!(
        first["published"], "2024-06-04",
        "the record's date beats --published"
    );
    assert_eq!(first["title"], "موسم الحصاد");
    assert_eq!(first["url"], "https://example.org/agri-1");
    assert_eq!(first["dateline"]["place"]["text"], "الرباط");
    let raw0 = "الرباط - (أ ف ب) - أعلنت الوزارة أن موسم الحصاد سيبدأ مبكرا.\n\nوقال مسؤول إن المحصول جيد هذا العام.";
    check_document(first, raw0);
    // Raw offsets point into the record's text field.
    for t in first["tokens"].as_array().unwrap() {
        assert_eq!(raw_slice(raw0, t), t["text"].as_str().unwrap());
    }

    let second = &docs[1];
    assert_eq!(second["id"], "7", "a numeric id becomes a string");
    assert_eq!(
        second["published"], "2024-01-15",
        "--published fills in a missing date"
    );
    assert!(second["title"].is_null() && second["url"].is_null());
    check_document(
        second,
        "وصلت بعثة الاتحاد الأوروبي إلى العاصمة لبحث ملف الهجرة.",
    );
}

#[test]
fn jsonl_broken_records_name_file_and_line_and_the_rest_still_output() {
    let path = fixture("records.jsonl");
    let r = run(&["analyze", path_str(&path)], b"");
    r.assert_code(1)
        .assert_stderr_has("records.jsonl:2") // not JSON
        .assert_stderr_has("records.jsonl:3") // no text
        .assert_stderr_has("records.jsonl:4"); // not an object
    assert!(
        !r.stderr.contains("records.jsonl:5"),
        "a blank line is not an error"
    );
    assert!(!r.stderr.contains("records.jsonl:1:"), "{}", r.stderr);
    assert_eq!(r.jsonl().len(), 2);
}

#[test]
fn jsonl_non_object_records_are_errors() {
    let input = "null\n\"نص\"\n42\ntrue\n[]\n{\"text\":\"سليم\"}\n";
    let r = run(&["analyze", "--jsonl"], input.as_bytes());
    r.assert_code(1);
    for line in 1..=5 {
        r.assert_stderr_has(&format!("<stdin>:{line}:"));
    }
    let docs = r.jsonl();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["text"], "سليم");
}

#[test]
fn jsonl_array_record_is_rejected_as_not_an_object() {
    let r = run(
        &["analyze", "--jsonl"],
        "[\"x\",\"نص عربي\",null,null,null]\n".as_bytes(),
    );
    r.assert_code(1).assert_stderr_has("<stdin>:1");
    assert!(r.stdout.is_empty(), "an array is not a record: {}", r.out());
}

#[test]
fn jsonl_record_without_id_gets_file_and_line_as_id() {
    let dir = tempfile::tempdir().unwrap();
    let p = write_file(
        dir.path(),
        "feed.jsonl",
        "{\"text\":\"الأول\"}\n\n{\"text\":\"الثاني\",\"id\":null}\n".as_bytes(),
    );
    let r = run(&["analyze", path_str(&p)], b"");
    r.assert_code(0);
    let docs = r.jsonl();
    assert_eq!(docs[0]["id"], format!("{}:1", path_str(&p)));
    assert_eq!(docs[1]["id"], format!("{}:3", path_str(&p)));
}

#[test]
fn jsonl_raw_offsets_point_into_the_decoded_record_text() {
    // Escapes (\n, \t, \u0623, \") make the JSON line differ from the text.
    let line = r#"{"id":"e","text":"\u0623\u0639\u0644\u0646\u062a الوزارة\t«الخطة»\n\nوقالـــت \"الحكومة\" إنها جاهزة."}"#;
    let raw = "أعلنت الوزارة\t«الخطة»\n\nوقالـــت \"الحكومة\" إنها جاهزة.";
    let r = run(&["analyze", "--jsonl", "-"], format!("{line}\n").as_bytes());
    r.assert_code(0);
    let doc = &r.jsonl()[0];
    check_document(doc, raw);
    for t in doc["tokens"].as_array().unwrap() {
        let want = t["text"].as_str().unwrap();
        let got = raw_slice(raw, t).replace('\u{640}', "");
        assert_eq!(got, want, "token {t}");
    }
}

#[test]
fn jsonl_extension_or_flag_selects_record_input() {
    let records = "{\"id\":\"a\",\"text\":\"الأول\"}\n{\"id\":\"b\",\"text\":\"الثاني\"}\n";
    let dir = tempfile::tempdir().unwrap();
    let as_jsonl = write_file(dir.path(), "feed.jsonl", records.as_bytes());
    let as_txt = write_file(dir.path(), "feed.txt", records.as_bytes());
    for args in [
        vec!["analyze", path_str(&as_jsonl)],
        vec!["analyze", "--jsonl", path_str(&as_txt)],
        vec!["analyze", "--jsonl", "-"],
    ] {
        let r = run(&args, records.as_bytes());
        r.assert_code(0);
        let docs = r.jsonl();
        let ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
        assert_eq!(ids, ["a", "b"], "{args:?}");
    }
    // Without --jsonl, a .txt file is one article (its text is the JSON).
    let r = run(&["analyze", path_str(&as_txt)], b"");
    r.assert_code(0);
    assert!(r.json()["text"].as_str().unwrap().contains("\"id\""));
}

#[test]
fn jsonl_format_json_wraps_records_in_an_array() {
    let records = "{\"text\":\"الأول\"}\n{\"text\":\"الثاني\"}\n";
    let r = run(
        &["analyze", "--jsonl", "--format", "json"],
        records.as_bytes(),
    );
    r.assert_code(0);
    assert_eq!(r.json().as_array().expect("an array").len(), 2);
}

#[test]
fn jsonl_empty_input_outputs_nothing_and_succeeds() {
    let r = run(&["analyze", "--jsonl"], b"\n\n  \n\r\n");
    r.assert_code(0);
    assert!(r.stdout.is_empty(), "{:?}", r.out());
    // --format json gives an empty array.
    let r = run(&["analyze", "--jsonl", "--format", "json"], b"");
    r.assert_code(0);
    assert_eq!(r.json(), Value::Array(vec![]));
}

#[test]
fn jsonl_crlf_line_endings_are_accepted() {
    let input = "{\"id\":\"a\",\"text\":\"الأول\"}\r\n{\"id\":\"b\",\"text\":\"الثاني\"}\r\n";
    let r = run(&["analyze", "--jsonl"], input.as_bytes());
    r.assert_code(0);
    assert_eq!(r.jsonl().len(), 2);
}

#[test]
fn jsonl_record_with_a_bad_published_date_is_reported_and_skipped() {
    let input = "{\"text\":\"الأول\",\"published\":\"غدا\"}\n{\"text\":\"الثاني\",\"published\":\"2024-02-29\"}\n";
    let r = run(&["analyze", "--jsonl"], input.as_bytes());
    r.assert_code(1).assert_stderr_has("<stdin>:1");
    let docs = r.jsonl();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["published"], "2024-02-29");
}

#[test]
fn jsonl_record_over_max_bytes_is_skipped_with_an_error() {
    // Line 1 is longer than twice the limit (never held in memory); line 2's
    // text is over the limit; line 3 fits.
    let huge = format!("{{\"id\":\"huge\",\"text\":\"{}\"}}", "ب".repeat(2000));
    let big = format!("{{\"id\":\"big\",\"text\":\"{}\"}}", "a".repeat(1500));
    let small = "{\"id\":\"small\",\"text\":\"كلمة\"}";
    let input = format!("{huge}\n{big}\n{small}\n");
    let r = run(
        &["analyze", "--jsonl", "--max-bytes", "1000"],
        input.as_bytes(),
    );
    r.assert_code(1)
        .assert_stderr_has("<stdin>:1")
        .assert_stderr_has("<stdin>:2");
    let docs = r.jsonl();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["id"], "small");
}

#[test]
fn jsonl_nul_bytes_in_text_do_not_panic() {
    // Escaped NULs are legal JSON; a raw NUL byte inside a string is not.
    let mut input = r#"{"id":"n","text":"\u0000وصل الوفد\u0000 إلى\u0000 المدينة\u0000"}"#
        .as_bytes()
        .to_vec();
    input.extend_from_slice(b"\n{\"id\":\"raw\",\"text\":\"a\x00b\"}\n\x00\x00\x00\n");
    input.extend_from_slice("{\"id\":\"ok\",\"text\":\"نعم\"}\n".as_bytes());
    let r = run(&["analyze", "--jsonl"], &input);
    r.assert_code(1)
        .assert_stderr_has("<stdin>:2")
        .assert_stderr_has("<stdin>:3");
    let docs = r.jsonl();
    let ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["n", "ok"]);
    check_document(&docs[0], "\0وصل الوفد\0 إلى\0 المدينة\0");
    assert!(!docs[0]["text"].as_str().unwrap().contains('\0'));
    assert_eq!(token_texts(&docs[0]), ["وصل", "الوفد", "إلى", "المدينة"]);
}

#[test]
fn jsonl_invalid_utf8_names_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let p = write_file(
        dir.path(),
        "u.jsonl",
        b"{\"text\":\"ok\"}\n{\"text\":\"\xFF\"}\n{\"text\":\"ok2\"}\n",
    );
    let r = run(&["analyze", path_str(&p)], b"");
    r.assert_code(1)
        .assert_stderr_has("u.jsonl:2")
        .assert_stderr_has("invalid UTF-8");
    assert_eq!(r.jsonl().len(), 2, "the other records are still written");
}

#[test]
fn jsonl_invalid_utf8_gives_the_byte_offset_of_the_bad_byte() {
    let r = run(
        &["analyze", "--jsonl"],
        b"{\"text\":\"ok\"}\n{\"text\":\"\xFF\"}\n",
    );
    r.assert_stderr_has("23");
}

#[test]
fn jsonl_lossy_replaces_invalid_utf8_in_records() {
    let r = run(
        &["analyze", "--jsonl", "--lossy"],
        b"{\"text\":\"ok\"}\n{\"text\":\"a\xFFb\"}\n",
    );
    r.assert_code(0);
    let docs = r.jsonl();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[1]["text"], "a\u{FFFD}b");
}

// ---------------------------------------------------------------------------
// tokenize and normalize
// ---------------------------------------------------------------------------

/// Empty lines, CRLF, blank lines, tabs and a last line without newline.
const AWKWARD_LINES: &str = "وقال الرئيس إن الاجتماع انتهى.\r\n\r\n\n   \t  \nكتب   المراسل\t\tتقريرا،  ثم غادر.\n\r\nبالقلم";

#[test]
fn tokenize_writes_exactly_one_line_per_input_line() {
    for args in [
        &["tokenize"][..],
        &["tokenize", "--stem"],
        &["tokenize", "--segment"],
        &["tokenize", "--norm"],
        &["tokenize", "--no-punct", "--no-stopwords"],
    ] {
        let r = run(args, AWKWARD_LINES.as_bytes());
        r.assert_code(0);
        let lines = filter_lines(&r);
        assert_eq!(lines.len(), 7, "{args:?}: {lines:?}");
        for i in [1, 2, 3, 5] {
            assert_eq!(lines[i], "", "{args:?}: line {i} is blank");
        }
    }
    let r = run(&["tokenize"], AWKWARD_LINES.as_bytes());
    let lines = filter_lines(&r);
    assert_eq!(lines[0], "وقال الرئيس إن الاجتماع انتهى .");
    assert_eq!(lines[4], "كتب المراسل تقريرا ، ثم غادر .");
    assert_eq!(lines[6], "بالقلم");
}

#[test]
fn normalize_writes_exactly_one_line_per_input_line() {
    for profile in ["search", "camel", "dediac", "none"] {
        let r = run(
            &["normalize", "--profile", profile],
            AWKWARD_LINES.as_bytes(),
        );
        r.assert_code(0);
        let lines: Vec<&str> = r.out().split_terminator('\n').collect();
        assert!(r.out().ends_with('\n'));
        assert_eq!(lines.len(), 7, "--profile {profile}: {lines:?}");
        assert!(
            lines.iter().all(|l| !l.contains('\r')),
            "--profile {profile}: {lines:?}"
        );
    }
}

#[test]
fn empty_input_gives_empty_output_for_line_filters() {
    for args in [&["tokenize"][..], &["normalize"]] {
        let r = run(args, b"");
        r.assert_code(0);
        assert!(r.stdout.is_empty());
        let r = run(args, b"\n");
        assert_eq!(r.out(), "\n");
        let r = run(args, b"\r\n");
        assert_eq!(r.out(), "\n");
    }
}

#[test]
fn normalize_keeps_one_line_per_input_line_with_unicode_line_separators() {
    for sep in ["\r", "\u{85}", "\u{2028}", "\u{2029}", "\u{B}", "\u{C}"] {
        let input = format!("قال{sep}الرئيس\n");
        let r = run(&["normalize"], input.as_bytes());
        assert_eq!(
            r.out().lines().count(),
            1,
            "separator {sep:?}: {:?}",
            r.out()
        );
    }
}

#[test]
fn tokenize_splits_unicode_whitespace_but_keeps_one_line() {
    let input = "a\u{B}b\u{C}c\u{85}d\u{2028}e\u{2029}f\u{A0}g\u{3000}h\ri\n";
    let r = run(&["tokenize"], input.as_bytes());
    r.assert_code(0);
    let lines = filter_lines(&r);
    assert_eq!(lines, ["a b c d e f g h i"]);
}

#[test]
fn tokenize_segment_joins_clitics_with_plus() {
    // The documented example; and a percent sign is split off its number.
    let r = run(
        &["tokenize", "--segment"],
        "وقال الرئيس\n12% ٣٠٪ 5‰\n".as_bytes(),
    );
    r.assert_code(0);
    assert_eq!(r.out(), "و+قال الرئيس\n12+% ٣٠+٪ 5+‰\n");
}

#[test]
fn tokenize_segments_are_surface_substrings_of_each_token() {
    let article = fs::read_to_string(fixture("article.txt")).unwrap();
    let mut rng = Rng(0x5EED_0003);
    let noisy = rng.arabicish(4000).replace('+', "");
    let all = format!("{article}{AWKWARD_LINES}\n{noisy}");
    {
        let input = all.as_str();
        let surface = run(&["tokenize"], input.as_bytes());
        let segmented = run(&["tokenize", "--segment"], input.as_bytes());
        segmented.assert_code(0);
        let s_lines = filter_lines(&surface);
        let g_lines = filter_lines(&segmented);
        assert_eq!(s_lines.len(), expected_line_count(input.as_bytes()));
        assert_eq!(s_lines.len(), g_lines.len());
        for (s, g) in s_lines.iter().zip(&g_lines) {
            assert_eq!(s.is_empty(), g.is_empty(), "same blank lines:\n{s}\n{g}");
            if s.is_empty() {
                continue;
            }
            let st: Vec<&str> = s.split(' ').collect();
            let gt: Vec<&str> = g.split(' ').collect();
            assert_eq!(st.len(), gt.len(), "same tokens:\n{s}\n{g}");
            for (tok, seg) in st.iter().zip(&gt) {
                if tok.contains('+') {
                    continue;
                }
                let parts: Vec<&str> = seg.split('+').collect();
                assert!(
                    parts.iter().all(|p| !p.is_empty()),
                    "empty segment in {seg:?} for token {tok:?}"
                );
                assert_eq!(
                    parts.concat(),
                    *tok,
                    "segments of {tok:?} are not its substrings: {seg:?}"
                );
            }
        }
    }
}

#[test]
fn tokenize_modes_keep_one_output_token_per_surface_token() {
    let input = fs::read_to_string(fixture("article.txt")).unwrap();
    let surface = run(&["tokenize"], input.as_bytes());
    let counts = |r: &Run| -> Vec<usize> {
        filter_lines(r)
            .iter()
            .map(|l| {
                if l.is_empty() {
                    0
                } else {
                    l.split(' ').count()
                }
            })
            .collect()
    };
    let want = counts(&surface);
    for mode in ["--stem", "--norm", "--segment"] {
        let r = run(&["tokenize", mode], input.as_bytes());
        r.assert_code(0);
        assert_eq!(counts(&r), want, "{mode}");
    }
    let r = run(&["tokenize", "--norm"], "إلى المدرسةِ\n".as_bytes());
    assert_eq!(r.out(), "الي المدرسه\n");
}

#[test]
fn tokenize_no_punct_drops_punctuation_tokens() {
    let r = run(
        &["tokenize", "--no-punct"],
        "قال: «نعم»، ثم غادر.\n".as_bytes(),
    );
    r.assert_code(0);
    assert_eq!(r.out(), "قال نعم ثم غادر\n");
}

#[test]
fn normalize_folds_to_the_search_form() {
    let r = run(&["normalize"], "إلى المدرسةِ\n".as_bytes());
    r.assert_code(0);
    assert_eq!(r.out(), "الي المدرسه\n");
    let r = run(
        &["normalize", "--profile", "none"],
        "إلى المدرسةِ\n".as_bytes(),
    );
    assert_eq!(r.out(), "إلى المدرسةِ\n");
    let r = run(
        &["normalize", "--profile", "dediac"],
        "إلى المدرســةِ\n".as_bytes(),
    );
    assert_eq!(r.out(), "إلى المدرسة\n");
}

#[test]
fn tokenize_invalid_utf8_reports_byte_offset_and_keeps_earlier_output() {
    let dir = tempfile::tempdir().unwrap();
    let mut input = "وقال الرئيس\nسطر ثان\n".as_bytes().to_vec();
    let bad_at = input.len() + "كلمة ".len();
    input.extend_from_slice("كلمة ".as_bytes());
    input.extend_from_slice(b"\xFF\xFE\n");
    input.extend_from_slice("بعد الخطأ\n".as_bytes());
    let p = write_file(dir.path(), "bad.txt", &input);
    for cmd in ["tokenize", "normalize"] {
        let r = run(&[cmd, path_str(&p)], b"");
        r.assert_code(1)
            .assert_stderr_has("bad.txt")
            .assert_stderr_has(&format!("byte offset {bad_at}"))
            .assert_stderr_has("line 3");
        let out = r.out();
        let first = if cmd == "tokenize" {
            "وقال الرئيس"
        } else {
            "وقال الرييس"
        };
        assert!(
            out.starts_with(&format!("{first}\nسطر ثان\n")),
            "{cmd}: the lines before the bad one are written: {out:?}"
        );
        assert!(
            !out.contains("بعد"),
            "{cmd}: the rest of the input is skipped"
        );
    }
}

#[test]
fn tokenize_lossy_replaces_invalid_utf8() {
    let input = b"ok \xFF bad\n\xC3\x28\nlast";
    for cmd in ["tokenize", "normalize"] {
        let r = run(&[cmd, "--lossy"], input);
        r.assert_code(0);
        let out = r.out();
        assert_eq!(out.lines().count(), 3, "{cmd}: {out:?}");
        assert!(out.contains('\u{FFFD}'), "{cmd}: {out:?}");
    }
    let r = run(&["tokenize", "--lossy"], input);
    assert_eq!(filter_lines(&r)[0], "ok \u{FFFD} bad");
}

#[test]
fn tokenize_processes_the_other_files_after_a_bad_one() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write_file(dir.path(), "bad.txt", b"\xFF\n");
    let good = write_file(dir.path(), "good.txt", "وقال الرئيس\n".as_bytes());
    let missing = dir.path().join("missing.txt");
    let r = run(
        &[
            "tokenize",
            "--segment",
            path_str(&bad),
            path_str(&missing),
            path_str(&good),
        ],
        b"",
    );
    r.assert_code(1)
        .assert_stderr_has("bad.txt")
        .assert_stderr_has("missing.txt");
    assert!(r.out().ends_with("و+قال الرئيس\n"), "{:?}", r.out());
}

#[test]
fn invalid_utf8_offset_is_exact_deep_in_long_lines() {
    // Past the 1 MiB piece size, in one line and in a line after a long one.
    let dir = tempfile::tempdir().unwrap();
    let long_line = "كلمة ".repeat(300_000); // 2.7 MB
    let mut one_line = long_line.as_bytes().to_vec();
    let at1 = 1_500_000 - 1_500_000 % 9; // a character boundary
    one_line.insert(at1, 0xFF);
    let p1 = write_file(dir.path(), "one.txt", &one_line);

    let mut two_lines = "أ ".repeat(600_000).into_bytes(); // 1.8 MB
    two_lines.push(b'\n');
    two_lines.extend_from_slice("كلمة ".repeat(10).as_bytes());
    let at2 = two_lines.len();
    two_lines.extend_from_slice(b"\xE2\x82 x\n");
    let p2 = write_file(dir.path(), "two.txt", &two_lines);

    let r = run(&["tokenize", path_str(&p1)], b"");
    r.assert_code(1)
        .assert_stderr_has(&format!("byte offset {at1} "))
        .assert_stderr_has("line 1");
    let r = run(&["tokenize", path_str(&p2)], b"");
    r.assert_code(1)
        .assert_stderr_has(&format!("byte offset {at2} "))
        .assert_stderr_has("line 2");
    assert_eq!(r.out().lines().next().unwrap().split(' ').count(), 600_000);
}

/// Words and punctuation, single-spaced, at least `bytes` long, no newline.
fn long_line(bytes: usize) -> String {
    const WORDS: &[&str] = &[
        "وقال",
        "الرئيس",
        "إن",
        "المحادثات",
        "ستستمر",
        "،",
        "بالقلم",
        "25%",
        "7.5",
        "كتب",
        ".",
        "news",
        "😀",
        "الـــكتاب",
        "مَدْرَسَةٌ",
    ];
    let mut s = String::with_capacity(bytes + 32);
    let mut i = 0;
    while s.len() < bytes {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(WORDS[i % WORDS.len()]);
        i += 1;
    }
    s
}

/// `line` cut at spaces into `n` lines.
fn cut_into_lines(line: &str, n: usize) -> String {
    let mut out = String::with_capacity(line.len());
    let step = line.len() / n;
    let mut start = 0;
    while start < line.len() {
        let mut end = (start + step).min(line.len());
        while end < line.len() && line.as_bytes()[end] != b' ' {
            end += 1;
        }
        out.push_str(&line[start..end]);
        out.push('\n');
        start = end + 1;
    }
    out
}

#[test]
fn five_megabyte_line_without_newline_gives_one_line_with_the_same_tokens() {
    let line = long_line(5 << 20);
    let dir = tempfile::tempdir().unwrap();
    let whole = write_file(dir.path(), "whole.txt", line.as_bytes());
    let pieces = write_file(
        dir.path(),
        "pieces.txt",
        cut_into_lines(&line, 7).as_bytes(),
    );

    let r = run(&["tokenize", path_str(&whole)], b"");
    r.assert_code(0);
    let out = r.out();
    assert_eq!(
        out.matches('\n').count(),
        1,
        "one input line, one output line"
    );
    assert!(out.ends_with('\n'));
    let one = out.trim_end_matches('\n');
    assert!(!one.contains("  ") && !one.starts_with(' ') && !one.ends_with(' '));

    let r2 = run(&["tokenize", path_str(&pieces)], b"");
    let joined = filter_lines(&r2).join(" ");
    assert_eq!(
        one.split(' ').count(),
        joined.split(' ').count(),
        "same token count"
    );
    assert!(one == joined, "the long line tokenizes like its pieces");
}

#[test]
fn two_megabyte_line_normalizes_like_its_pieces() {
    let line = long_line(2 << 20);
    let r = run(&["normalize"], line.as_bytes());
    r.assert_code(0);
    assert_eq!(r.out().matches('\n').count(), 1);
    let r2 = run(&["normalize"], cut_into_lines(&line, 5).as_bytes());
    let joined = r2.out().lines().collect::<Vec<_>>().join(" ");
    assert!(
        r.out().trim_end_matches('\n') == joined,
        "the long line normalizes like its pieces"
    );
}

#[test]
fn random_bytes_never_crash_the_line_filters() {
    let mut rng = Rng(0x5EED_0004);
    let junk = rng.bytes(64 * 1024);
    let bad_at = std::str::from_utf8(&junk).unwrap_err().valid_up_to();
    for args in [&["tokenize"][..], &["normalize"]] {
        let r = run(args, &junk);
        r.assert_code(1)
            .assert_stderr_has(&format!("byte offset {bad_at} "));
    }
    for args in [
        &["tokenize", "--lossy"][..],
        &["tokenize", "--segment", "--lossy"],
    ] {
        let r = run(args, &junk);
        r.assert_code(0);
        assert_eq!(
            filter_lines(&r).len(),
            expected_line_count(&junk),
            "{args:?}"
        );
    }
    // (Spacing with --stem and --norm: see `tokenize_norm_and_stem_never_print_empty_tokens`.)
    for args in [
        &["tokenize", "--stem", "--lossy"][..],
        &["tokenize", "--norm", "--lossy"],
    ] {
        let r = run(args, &junk);
        r.assert_code(0);
        assert_eq!(
            r.out().lines().count(),
            expected_line_count(&junk),
            "{args:?}"
        );
    }
    let r = run(&["normalize", "--lossy"], &junk);
    r.assert_code(0);
    // Valid but hostile text: one line out per line in.
    let text = rng.arabicish(20_000);
    for args in [
        &["tokenize"][..],
        &["tokenize", "--segment"],
        &["tokenize", "--norm"],
    ] {
        let r = run(args, text.as_bytes());
        r.assert_code(0);
        assert_eq!(
            filter_lines(&r).len(),
            expected_line_count(text.as_bytes()),
            "{args:?}"
        );
    }
}

#[test]
fn tokenize_norm_and_stem_never_print_empty_tokens() {
    for mode in ["--norm", "--stem"] {
        let r = run(&["tokenize", mode], "x \u{FE79} y\n".as_bytes());
        filter_lines(&r);
        let junk = Rng(0x5EED_0004).bytes(64 * 1024);
        let r = run(&["tokenize", mode, "--lossy"], &junk);
        filter_lines(&r);
    }
}

// ---------------------------------------------------------------------------
// Broken pipes
// ---------------------------------------------------------------------------

/// Run with stdout piped, read `lines` lines, close the pipe, and wait.
fn run_and_close_stdout(args: &[&str], lines: usize) -> (Option<i32>, String) {
    let mut child = Command::new(BIN)
        .args(args)
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn akhbar");
    let stdout = child.stdout.take().unwrap();
    {
        let mut reader = BufReader::new(stdout);
        let mut line = String::new();
        for _ in 0..lines {
            line.clear();
            reader.read_line(&mut line).unwrap();
        }
    } // the read end closes here
    let out = child.wait_with_output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn many_lines_file(dir: &Path) -> PathBuf {
    let line = "وقال الرئيس إن المحادثات ستستمر حتى نهاية الأسبوع.\n";
    write_file(dir, "many.txt", line.repeat(20_000).as_bytes())
}

#[test]
fn broken_pipe_in_tokenize_exits_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let p = many_lines_file(dir.path());
    for args in [
        vec!["tokenize", path_str(&p)],
        vec!["normalize", path_str(&p)],
    ] {
        let (code, stderr) = run_and_close_stdout(&args, 1);
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?} complained: {stderr}");
        // Closed before anything was read.
        let (code, stderr) = run_and_close_stdout(&args, 0);
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?} complained: {stderr}");
    }
}

#[test]
fn broken_pipe_in_analyze_exits_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let record = "{\"text\":\"وقال الرئيس إن المحادثات ستستمر حتى نهاية الأسبوع.\"}\n";
    let p = write_file(dir.path(), "many.jsonl", record.repeat(200).as_bytes());
    for format in ["jsonl", "json"] {
        let (code, stderr) =
            run_and_close_stdout(&["analyze", "--format", format, path_str(&p)], 1);
        assert_eq!(code, Some(0), "--format {format}: {stderr}");
        assert!(stderr.is_empty(), "--format {format}: {stderr}");
    }
}

#[test]
fn broken_pipe_in_schema_and_eval_exits_quietly() {
    let gold = fixture("gold.conllu");
    for args in [
        vec!["schema"],
        vec!["eval", "segment", "--gold", path_str(&gold)],
    ] {
        let (code, stderr) = run_and_close_stdout(&args, 0);
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
    }
}

// ---------------------------------------------------------------------------
// eval segment
// ---------------------------------------------------------------------------

/// The JSON report on the last stdout line.
#[track_caller]
fn eval_json(args: &[&str]) -> Value {
    let r = run(args, b"");
    r.assert_code(0);
    let last = *r.lines().last().expect("eval printed nothing");
    let v: Value = serde_json::from_str(last).expect("the last line is JSON");
    for key in ["tokens_f1", "words_f1", "tokens_precision", "words_recall"] {
        let x = v[key]
            .as_f64()
            .unwrap_or_else(|| panic!("{key} missing in {v}"));
        assert!((0.0..=100.0).contains(&x), "{key} = {x}");
    }
    v
}

#[test]
fn eval_segment_scores_the_gold_segmentation_as_100() {
    let gold = fixture("gold.conllu");
    let sys = fixture("system-gold.txt");
    let v = eval_json(&[
        "eval",
        "segment",
        "--gold",
        path_str(&gold),
        "--system",
        path_str(&sys),
        "--json",
    ]);
    assert_eq!(v["tokens_f1"].as_f64(), Some(100.0));
    assert_eq!(v["words_f1"].as_f64(), Some(100.0));
    assert_eq!(v["sentences"], 3);
    assert_eq!(v["exact_sentences"], 3);
    assert_eq!(v["text_mismatches"], 0);
}

#[test]
fn eval_segment_scores_a_worse_system_lower() {
    let gold = fixture("gold.conllu");
    let sys = fixture("system-unsegmented.txt");
    let v = eval_json(&[
        "eval",
        "segment",
        "--gold",
        path_str(&gold),
        "--system",
        path_str(&sys),
        "--json",
    ]);
    assert!(v["words_f1"].as_f64().unwrap() < 100.0, "{v}");
    assert!(v["tokens_f1"].as_f64().unwrap() < 100.0, "{v}");
    assert!(v["words_f1"].as_f64().unwrap() > 0.0, "{v}");
    assert_eq!(v["exact_sentences"], 0);
}

#[test]
fn eval_segment_builtin_system_prints_a_final_json_line() {
    let gold = fixture("gold.conllu");
    let v = eval_json(&["eval", "segment", "--gold", path_str(&gold), "--json"]);
    assert_eq!(v["sentences"], 3);
    assert_eq!(v["gold_words"], 42);
}

#[test]
fn eval_segment_scores_tokenize_segment_output_like_the_builtin_system() {
    let gold = fixture("gold.conllu");
    let conllu = fs::read_to_string(&gold).unwrap();
    let texts: String = conllu
        .lines()
        .filter_map(|l| l.strip_prefix("# text = "))
        .map(|t| format!("{t}\n"))
        .collect();
    let segmented = run(&["tokenize", "--segment"], texts.as_bytes());
    segmented.assert_code(0);
    let dir = tempfile::tempdir().unwrap();
    let sys = write_file(dir.path(), "sys.txt", &segmented.stdout);
    let from_file = eval_json(&[
        "eval",
        "segment",
        "--gold",
        path_str(&gold),
        "--system",
        path_str(&sys),
        "--json",
    ]);
    let builtin = eval_json(&["eval", "segment", "--gold", path_str(&gold), "--json"]);
    assert_eq!(from_file, builtin);
}

#[test]
fn eval_segment_reads_multiword_token_gold() {
    // The PADT style: a range line for the surface token, then its words.
    let gold = "# sent_id = m-1\n# text = وقال الرئيس.\n\
                1-2\tوقال\t_\t_\t_\t_\t_\t_\t_\t_\n\
                1\tو\t_\tCCONJ\t_\t_\t2\tcc\t_\t_\n\
                2\tقال\t_\tVERB\t_\t_\t0\troot\t_\t_\n\
                3\tالرئيس\t_\tNOUN\t_\t_\t2\tnsubj\t_\tSpaceAfter=No\n\
                4\t.\t_\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n";
    let dir = tempfile::tempdir().unwrap();
    let g = write_file(dir.path(), "mwt.conllu", gold.as_bytes());
    let good = write_file(dir.path(), "good.txt", "و+قال الرئيس .\n".as_bytes());
    let flat = write_file(dir.path(), "flat.txt", "وقال الرئيس .\n".as_bytes());
    let v = eval_json(&[
        "eval",
        "segment",
        "--gold",
        path_str(&g),
        "--system",
        path_str(&good),
        "--json",
    ]);
    assert_eq!(v["tokens_f1"].as_f64(), Some(100.0));
    assert_eq!(v["words_f1"].as_f64(), Some(100.0));
    let v = eval_json(&[
        "eval",
        "segment",
        "--gold",
        path_str(&g),
        "--system",
        path_str(&flat),
        "--json",
    ]);
    assert_eq!(v["tokens_f1"].as_f64(), Some(100.0));
    assert!(v["words_f1"].as_f64().unwrap() < 100.0);
}

#[test]
fn eval_segment_text_report_without_json() {
    let gold = fixture("gold.conllu");
    let sys = fixture("system-gold.txt");
    let r = run(
        &[
            "eval",
            "segment",
            "--gold",
            path_str(&gold),
            "--system",
            path_str(&sys),
        ],
        b"",
    );
    r.assert_code(0);
    let out = r.out();
    assert!(out.contains("sentences       3"), "{out}");
    assert!(
        out.contains("tokens  P/R/F1  100.00 / 100.00 / 100.00"),
        "{out}"
    );
    assert!(
        out.contains("words   P/R/F1  100.00 / 100.00 / 100.00"),
        "{out}"
    );
    assert!(serde_json::from_str::<Value>(out.lines().last().unwrap()).is_err());
}

#[test]
fn eval_segment_errors_lists_wrong_sentences_on_stderr() {
    let gold = fixture("gold.conllu");
    let sys = fixture("system-unsegmented.txt");
    let r = run(
        &[
            "eval",
            "segment",
            "--gold",
            path_str(&gold),
            "--system",
            path_str(&sys),
            "--errors",
            "2",
            "--json",
        ],
        b"",
    );
    r.assert_code(0)
        .assert_stderr_has("t-1")
        .assert_stderr_has("t-2");
    assert!(
        !r.stderr.contains("t-3"),
        "at most 2 sentences: {}",
        r.stderr
    );
}

#[test]
fn eval_segment_bad_system_or_gold_is_an_error() {
    let gold = fixture("gold.conllu");
    let dir = tempfile::tempdir().unwrap();
    let short = write_file(dir.path(), "short.txt", "و قال\n".as_bytes());
    let r = run(
        &[
            "eval",
            "segment",
            "--gold",
            path_str(&gold),
            "--system",
            path_str(&short),
        ],
        b"",
    );
    r.assert_code(1).assert_stderr_has("short.txt");

    let mut lines = fs::read_to_string(fixture("system-gold.txt")).unwrap();
    lines = lines.replacen("قال", "قيل", 1);
    let wrong = write_file(dir.path(), "wrong.txt", lines.as_bytes());
    let r = run(
        &[
            "eval",
            "segment",
            "--gold",
            path_str(&gold),
            "--system",
            path_str(&wrong),
        ],
        b"",
    );
    r.assert_code(1).assert_stderr_has("قيل");

    let missing = dir.path().join("missing.conllu");
    let r = run(&["eval", "segment", "--gold", path_str(&missing)], b"");
    r.assert_code(1).assert_stderr_has("missing.conllu");

    let broken = write_file(dir.path(), "broken.conllu", "1\tonly\tthree\n".as_bytes());
    let r = run(&["eval", "segment", "--gold", path_str(&broken)], b"");
    r.assert_code(1).assert_stderr_has("line 1");
}

#[test]
fn fixtures_do_not_copy_the_shared_seed_article() {
    // Fixtures are our own text: none may copy the shared seed article.
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seed/article.txt");
    let Ok(seed) = fs::read_to_string(seed) else {
        return;
    };
    let seed_lines: BTreeSet<&str> = seed
        .lines()
        .map(str::trim)
        .filter(|l| l.chars().count() > 20)
        .collect();
    for entry in fs::read_dir(fixture("")).unwrap() {
        let text = fs::read_to_string(entry.unwrap().path()).unwrap();
        for l in text.lines() {
            assert!(
                !seed_lines.contains(l.trim()),
                "fixture line copied from the seed: {l}"
            );
        }
    }
}

// ---- akhbar tag --conll and akhbar eval ner ----

#[test]
fn tag_conll_keeps_the_layout_and_ignores_gold_tags() {
    let input = "قال O\nفلاديمير B-PERS\nبوتين I-PERS\n\n\nفي\nموسكو\n";
    let r = run(&["tag", "--conll"], input.as_bytes());
    r.assert_code(0);
    let lines = r.lines();
    assert_eq!(lines.len(), 7, "{}", r.out());
    assert_eq!(lines[0].split(' ').next(), Some("قال"));
    assert_eq!(lines[1], "فلاديمير B-PERS");
    assert_eq!(lines[2], "بوتين I-PERS");
    assert_eq!(lines[3], "");
    assert_eq!(lines[5], "موسكو B-LOC");
    for l in lines.iter().filter(|l| !l.is_empty()) {
        let tag = l.rsplit(' ').next().unwrap();
        assert!(
            tag == "O" || ["B-", "I-"].iter().any(|p| tag.starts_with(p)),
            "{l}"
        );
    }
}

#[test]
fn tag_conll_on_empty_latin_and_huge_inputs() {
    run(&["tag", "--conll"], b"").assert_code(0);
    let r = run(&["tag", "--conll"], b"Putin\nmet\nAssad\n");
    r.assert_code(0);
    assert_eq!(r.lines().len(), 4);
    // One sentence of 50,000 tokens.
    let big = "موسكو\n".repeat(50_000);
    let r = run(&["tag", "--conll"], big.as_bytes());
    r.assert_code(0);
    assert_eq!(r.lines().len(), 50_001);
}

#[test]
fn tag_with_a_model_file_tags_as_that_model_and_names_a_bad_file() {
    let input = "وصل\nالرئيس\nإلى\nالقاهرة\n";
    let bundled = run(&["tag", "--conll"], input.as_bytes());
    let model = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../akhbar-extract/data/ner/model.bin"
    );
    let same = run(&["tag", "--conll", "--model", model], input.as_bytes());
    same.assert_code(0);
    assert_eq!(same.out(), bundled.out());
    let dir = tempfile::tempdir().unwrap();
    // A model trained on two sentences tags otherwise.
    let tiny = write_file(
        dir.path(),
        "tiny.txt",
        "قال O\nفلاديمير B-PERS\nبوتين I-PERS\n\nفي O\nموسكو B-LOC\n".as_bytes(),
    );
    let out = dir.path().join("tiny-model");
    run(
        &[
            "train",
            "ner",
            "--train",
            tiny.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--epochs",
            "1",
            "--ensemble",
            "1",
        ],
        b"",
    )
    .assert_code(0);
    let other = run(
        &[
            "tag",
            "--conll",
            "--model",
            out.join("model.bin").to_str().unwrap(),
        ],
        input.as_bytes(),
    );
    other.assert_code(0);
    assert_ne!(other.out(), bundled.out());
    let junk = write_file(dir.path(), "junk.bin", b"not a model");
    let r = run(
        &["tag", "--conll", "--model", junk.to_str().unwrap()],
        input.as_bytes(),
    );
    r.assert_code(1).assert_stderr_has("junk.bin");
}

#[test]
fn tag_refuses_invalid_utf8_and_plain_mode_with_a_message() {
    let r = run(&["tag", "--conll"], b"\xff\xfe\n");
    r.assert_code(1).assert_stderr_has("stdin: not UTF-8");
    let r = run(&["tag"], "موسكو\n".as_bytes());
    r.assert_code(1).assert_stderr_has("--conll");
}

#[test]
fn eval_ner_scores_and_names_malformed_lines() {
    let dir = tempfile::tempdir().unwrap();
    let gold = write_file(
        dir.path(),
        "gold.txt",
        "زار O\nفلاديمير B-PERS\nبوتين I-PERS\nموسكو B-LOC\n".as_bytes(),
    );
    let system = write_file(
        dir.path(),
        "system.txt",
        "زار O\nفلاديمير B-PERS\nبوتين I-PERS\nموسكو O\n".as_bytes(),
    );
    let r = run(
        &[
            "eval",
            "ner",
            "--json",
            "--gold",
            path_str(&gold),
            "--system",
            path_str(&system),
        ],
        b"",
    );
    r.assert_code(0);
    let report: Value = serde_json::from_str(r.lines().last().unwrap()).unwrap();
    assert_eq!(report["total"]["gold"], 2);
    assert_eq!(report["total"]["correct"], 1);
    assert_eq!(report["per_type"]["PERS"]["f1"], 100.0);
    let bad = write_file(dir.path(), "bad.txt", "زار O\nفلاديمير\n".as_bytes());
    let r = run(&["eval", "ner", "--gold", path_str(&bad)], b"");
    r.assert_code(1)
        .assert_stderr_has("bad.txt")
        .assert_stderr_has("line 2");
}

#[test]
fn analyze_finds_entities_unless_told_not_to() {
    let text = "وصل الرئيس الروسي فلاديمير بوتين إلى أنقرة.".as_bytes();
    let doc = run(&["analyze", "--published", "2024-05-01", "-"], text)
        .assert_code(0)
        .json();
    let entities = doc["entities"].as_array().unwrap();
    assert!(entities
        .iter()
        .any(|e| e["canonical_en"] == "Vladimir Putin"
            && e["country"] == "RUS"
            && e["role"] == "president"));
    let doc = run(&["analyze", "--no-entities", "-"], text)
        .assert_code(0)
        .json();
    assert_eq!(doc["entities"].as_array().unwrap().len(), 0);
}

#[test]
fn eval_facts_scores_the_gold_set_and_keeps_its_floors() {
    let gold = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../eval/gold/facts");
    let r = run(&["eval", "facts", "--gold", path_str(&gold), "--json"], b"");
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let out = String::from_utf8(r.stdout).unwrap();
    assert!(out.contains("quotes span+speaker"), "{out}");
    let json: Value = serde_json::from_str(out.lines().last().unwrap()).unwrap();
    assert!(json["documents"].as_u64().unwrap() >= 40);
    // Floors a little under what the shipped rules reach (see the README):
    // a change that loses more fails here.
    for (key, floor) in [
        ("quote_attribution_f1", 98.5),
        ("time_value_f1", 97.0),
        ("event_actors_f1", 83.0),
    ] {
        let f1 = json[key].as_f64().unwrap();
        assert!(f1 >= floor, "{key} = {f1} < {floor}");
    }
    // The sets written apart from the rules (development sets since rounds
    // events7, events8, events9 and the rounds of facts-unseen7 and
    // facts-unseen8, facts-unseen8 itself since the round of
    // facts-unseen9, facts-unseen9 since the round of facts-unseen10, and
    // facts-unseen10 since the round of facts-unseen11, facts-unseen11
    // since the round of facts-unseen12, facts-unseen12 since the round of
    // facts-unseen13, facts-unseen13 since the round of facts-unseen14,
    // facts-unseen14 since the round of facts-unseen15, facts-unseen15
    // since the round of facts-unseen16, facts-unseen16 since the round of
    // facts-unseen17, facts-unseen17 since the round of facts-unseen18,
    // facts-unseen18 since the round of facts-unseen19, facts-unseen19
    // since the round of facts-unseen20, facts-unseen20 since the round of
    // facts-unseen21, facts-unseen21 since the round of facts-unseen22,
    // facts-unseen22 since the round of facts-unseen23, facts-unseen23
    // since the round of facts-unseen24, facts-unseen24 since the round of
    // facts-unseen25, facts-unseen25 since the round of facts-unseen26;
    // facts-unseen26 was written apart and is scored by totals only).
    for (set, floor) in [
        ("facts-unseen", 96.0),
        ("facts-unseen2", 90.0),
        ("facts-unseen3", 76.5),
        ("facts-unseen4", 59.5),
        ("facts-unseen5", 62.5),
        ("facts-unseen6", 60.0),
        ("facts-unseen7", 67.5),
        ("facts-unseen8", 64.0),
        ("facts-unseen9", 61.0),
        ("facts-unseen10", 62.5),
        ("facts-unseen11", 57.5),
        ("facts-unseen12", 51.5),
        ("facts-unseen13", 48.0),
        ("facts-unseen14", 34.0),
        ("facts-unseen15", 44.5),
        ("facts-unseen16", 46.0),
        ("facts-unseen17", 45.5),
        ("facts-unseen18", 43.5),
        ("facts-unseen19", 42.5),
        ("facts-unseen20", 49.5),
        ("facts-unseen21", 49.5),
        ("facts-unseen22", 40.0),
        ("facts-unseen23", 41.0),
        ("facts-unseen24", 53.5),
        ("facts-unseen25", 51.0),
        ("facts-unseen26", 35.0),
    ] {
        let gold = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../eval/gold")
            .join(set);
        let r = run(&["eval", "facts", "--gold", path_str(&gold), "--json"], b"");
        assert_eq!(r.code, Some(0), "{}", r.stderr);
        let out = String::from_utf8(r.stdout).unwrap();
        let json: Value = serde_json::from_str(out.lines().last().unwrap()).unwrap();
        let f1 = json["event_actors_f1"].as_f64().unwrap();
        assert!(f1 >= floor, "{set}: event_actors_f1 = {f1} < {floor}");
    }
}

#[test]
fn eval_facts_names_a_broken_gold_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().to_path_buf();
    write_file(
        &dir,
        "01-test.json",
        r#"{"id": "01-test", "published": "2024-01-01", "text": "قال الوزير.", "quotes": [{"kind": "direct", "text": "غائب", "speaker": "الوزير"}]}"#.as_bytes(),
    );
    let r = run(&["eval", "facts", "--gold", path_str(&dir)], b"");
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(
        r.stderr.contains("01-test") && r.stderr.contains("غائب"),
        "{}",
        r.stderr
    );
    write_file(&dir, "01-test.json", b"{not json");
    let r = run(&["eval", "facts", "--gold", path_str(&dir)], b"");
    assert_eq!(r.code, Some(1));
    assert!(r.stderr.contains("01-test.json"), "{}", r.stderr);
}

#[test]
fn one_sided_events_only_on_request() {
    // Aid sent to no one named: no event by default, one of low
    // confidence with `--one-sided-events`.
    let text = "وأرسلت الحكومة قافلة مساعدات أمس.".as_bytes();
    let doc = run(&["analyze", "-"], text).assert_code(0).json();
    assert_eq!(doc["events"].as_array().unwrap().len(), 0, "{doc}");
    let doc = run(&["analyze", "--one-sided-events", "-"], text)
        .assert_code(0)
        .json();
    let events = doc["events"].as_array().unwrap();
    assert_eq!(events.len(), 1, "{doc}");
    assert_eq!(events[0]["type"], "AID");
    assert!(events[0]["confidence"].as_f64().unwrap() <= 0.3);
}
