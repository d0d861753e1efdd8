//! Helpers shared by akhbar's benchmarks (`benches/tokenize.rs`) and the peer
//! programs in `src/bin/`.
//!
//! * [`data_dir`] finds the shared data folder: `$AKHBAR_SHARED/data`, else
//!   `<workspace>/../shared/data` (the layout `akhbar train segmenter --shared`
//!   uses too).
//! * [`saudinewsnet_corpus`] and [`ant_corpus`] build a plain-text corpus the
//!   same way `scripts/bench/make_corpus.py` does (same documents, same order,
//!   same cut at `max_bytes`), so Criterion numbers and the
//!   `scripts/bench/compare_tokenize.py` numbers are over the same text.
//!   SaudiNewsNet is CC BY-NC-SA: benchmarks only, never ship its text.
//! * [`stem_lines`] is the per-line work of `akhbar tokenize --stem`
//!   (`crates/akhbar-cli/src/lines.rs`), without the I/O.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

#[cfg(test)]
use akhbar_text::filter::TokenOutput;
use akhbar_text::filter::TokenWriter;

/// The shared data folder (the one holding `saudinewsnet/` and `ant-corpus/`),
/// if it exists: `$AKHBAR_SHARED/data` when `AKHBAR_SHARED` is set (a path
/// that already ends in the data folder is accepted too), else
/// `../shared/data` next to the workspace root.
pub fn data_dir() -> Option<PathBuf> {
    let shared = match std::env::var_os("AKHBAR_SHARED") {
        Some(s) if !s.is_empty() => PathBuf::from(s),
        _ => Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join("..")
            .join("shared"),
    };
    let candidates = [shared.join("data"), shared];
    candidates
        .into_iter()
        .find(|d| d.join("saudinewsnet").is_dir() || d.join("ant-corpus").is_dir())
}

/// Appends `doc + "\n"` to `out` unless that would pass `limit`; then appends
/// the whole lines of it that still fit and returns `false` (corpus full).
/// Lines end as Python's `bytes.splitlines` sees them (`\n`, `\r\n`, `\r`),
/// which is what make_corpus.py cuts at.
fn push_doc(out: &mut String, doc: &str, limit: usize) -> bool {
    if out.len() + doc.len() < limit {
        out.push_str(doc);
        out.push('\n');
        return true;
    }
    let mut data = String::with_capacity(doc.len() + 1);
    data.push_str(doc);
    data.push('\n');
    let bytes = data.as_bytes();
    let mut start = 0;
    while start < bytes.len() {
        let mut end = start;
        while end < bytes.len() && bytes[end] != b'\n' && bytes[end] != b'\r' {
            end += 1;
        }
        if end < bytes.len() {
            end += if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
        }
        if out.len() + (end - start) > limit {
            break;
        }
        out.push_str(&data[start..end]);
        start = end;
    }
    false
}

/// SaudiNewsNet text as make_corpus.py writes it: for every
/// `saudinewsnet/dataset/*.zip` (sorted by name) and every `*.json` member of
/// it (sorted), each article's `content` followed by `"\n"`, stopping at the
/// last whole line that fits in `max_bytes`.
pub fn saudinewsnet_corpus(data: &Path, max_bytes: usize) -> Result<String, String> {
    let dir = data.join("saudinewsnet").join("dataset");
    let mut zips: Vec<PathBuf> = fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "zip"))
        .collect();
    zips.sort_by(|a, b| a.as_os_str().cmp(b.as_os_str()));
    if zips.is_empty() {
        return Err(format!("no zip files under {}", dir.display()));
    }
    let mut out = String::with_capacity(max_bytes.min(128 << 20));
    for path in &zips {
        let file = fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut zip = zip::ZipArchive::new(file).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut members: Vec<String> = zip
            .file_names()
            .filter(|n| n.ends_with(".json"))
            .map(str::to_owned)
            .collect();
        members.sort();
        for name in members {
            let mut json = String::new();
            zip.by_name(&name)
                .map_err(|e| format!("{}:{name}: {e}", path.display()))?
                .read_to_string(&mut json)
                .map_err(|e| format!("{}:{name}: {e}", path.display()))?;
            let articles: Vec<serde_json::Value> = serde_json::from_str(&json)
                .map_err(|e| format!("{}:{name}: {e}", path.display()))?;
            for article in &articles {
                let content = article
                    .get("content")
                    .and_then(|c| c.as_str())
                    .unwrap_or("");
                if !push_doc(&mut out, content, max_bytes) {
                    return Ok(out);
                }
            }
        }
    }
    Ok(out)
}

/// ANT Corpus text as make_corpus.py writes it: the `<TEXT>` body of every
/// `ant-corpus/*/*` file (sorted by path) minus the newline right after
/// `<TEXT>` and the one right before `</TEXT>`, followed by `"\n"`, stopping
/// at the last whole line that fits in `max_bytes`. Apache-2.0.
pub fn ant_corpus(data: &Path, max_bytes: usize) -> Result<String, String> {
    let base = data.join("ant-corpus");
    let mut files: Vec<PathBuf> = Vec::new();
    for cat in fs::read_dir(&base).map_err(|e| format!("{}: {e}", base.display()))? {
        let cat = cat.map_err(|e| e.to_string())?.path();
        if !cat.is_dir() {
            continue;
        }
        for f in fs::read_dir(&cat).map_err(|e| format!("{}: {e}", cat.display()))? {
            let f = f.map_err(|e| e.to_string())?.path();
            if f.is_file() {
                files.push(f);
            }
        }
    }
    files.sort_by(|a, b| a.as_os_str().cmp(b.as_os_str()));
    if files.is_empty() {
        return Err(format!("no article files under {}/*/", base.display()));
    }
    let mut out = String::with_capacity(max_bytes.min(32 << 20));
    for path in &files {
        let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let Some(open) = text.find("<TEXT>") else {
            continue;
        };
        let rest = &text[open + "<TEXT>".len()..];
        let Some(close) = rest.find("</TEXT>") else {
            continue;
        };
        let mut body = &rest[..close];
        body = body.strip_prefix('\n').unwrap_or(body);
        body = body.strip_suffix('\n').unwrap_or(body);
        if !push_doc(&mut out, body, max_bytes) {
            break;
        }
    }
    Ok(out)
}

/// The benchmark corpus: SaudiNewsNet (else ANT, if only that is there) from
/// the shared data, cut at `max_bytes`. `Err` says why there is none (the
/// benches then print it and skip).
pub fn bench_corpus(max_bytes: usize) -> Result<(String, &'static str), String> {
    let data = data_dir().ok_or_else(|| {
        "shared data not found (set AKHBAR_SHARED to the folder holding data/, or put it at ../shared)"
            .to_string()
    })?;
    if data.join("saudinewsnet").is_dir() {
        saudinewsnet_corpus(&data, max_bytes).map(|c| (c, "saudinewsnet"))
    } else {
        ant_corpus(&data, max_bytes).map(|c| (c, "ant"))
    }
}

/// The lines of `text` as `akhbar tokenize` reads them: split at `\n`, one
/// trailing `\r` dropped, no line after a final `\n`.
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    let body = text.strip_suffix('\n').unwrap_or(text);
    body.split('\n')
        .filter(|_| !text.is_empty())
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
}

/// What `akhbar tokenize --stem` writes for `text`, appended to `out`: each
/// line through the CLI's own [`TokenWriter`] (cleaning where needed,
/// tokens, light stems), tokens separated by a space and each line ended by
/// `\n`. Returns the number of tokens written.
pub fn stem_lines(writer: &mut TokenWriter, text: &str, out: &mut Vec<u8>) -> usize {
    let mut n = 0;
    for line in lines(text) {
        let before = out.len();
        writer.write(line, true, out);
        if out.len() > before {
            n += 1 + out[before..].iter().filter(|&&b| b == b' ').count();
        }
        out.push(b'\n');
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_doc_cuts_at_whole_lines() {
        let mut out = String::new();
        assert!(push_doc(&mut out, "ab\ncd", 6));
        assert_eq!(out, "ab\ncd\n");
        let mut out = String::new();
        assert!(!push_doc(&mut out, "ab\r\ncd\ref", 8));
        assert_eq!(out, "ab\r\ncd\r");
        let mut out = String::from("x\n");
        assert!(!push_doc(&mut out, "long line", 5));
        assert_eq!(out, "x\n");
    }

    #[test]
    fn lines_match_the_cli() {
        assert_eq!(lines("a\r\nb\n").collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(lines("a\n\nb").collect::<Vec<_>>(), ["a", "", "b"]);
        assert_eq!(lines("").count(), 0);
    }

    #[test]
    fn stem_lines_writes_one_line_per_line() {
        let mut out = Vec::new();
        let n = stem_lines(
            &mut TokenWriter::new(TokenOutput::Stem),
            "وقــال الرئيسُ.وأضاف\n\nوالمعلمات\n",
            &mut out,
        );
        assert_eq!(n, 5);
        assert_eq!(String::from_utf8(out).unwrap(), "قال رييس . اضاف\n\nمعلم\n");
    }
}
