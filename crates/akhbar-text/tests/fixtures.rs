//! Datelines and boilerplate lines from the fixture tables in
//! `tests/fixtures/` (written for the project; see their headers).
//!
//! Each table row is checked; the test prints every mismatch and fails if
//! more rows fail than the known-unsupported rows listed here.

use akhbar_text::article::boilerplate::{classify_line, LineClass};
use akhbar_text::article::dateline::DatelineParser;
use akhbar_text::article::ArticleParser;
use akhbar_text::clean::Cleaner;
use akhbar_text::normalize::Normalizer;

fn rows(table: &str) -> Vec<Vec<&str>> {
    table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| l.split('\t').collect())
        .collect()
}

fn norm(s: &str) -> String {
    let n = Normalizer::default();
    n.normalize(s.trim_matches(|c: char| "«»\"()/ ".contains(c)))
}

#[test]
fn datelines_table() {
    let table = include_str!("fixtures/datelines.tsv");
    let parser = ArticleParser::default();
    let mut failures = Vec::new();
    let all = rows(table);
    for row in &all {
        let (line, place, agency, authors, date) = (
            row[0],
            row[1],
            row[2],
            row[3],
            row.get(4).copied().unwrap_or(""),
        );
        // The line opens an article, followed by a body paragraph.
        let raw = format!("{line}\nوتابع المسؤول حديثه عن تفاصيل الاتفاق الجديد.");
        let text = Cleaner::default().clean(&raw).text;
        let layout = parser.parse(&text);
        let d = layout.dateline.as_ref();
        let got_place = d
            .and_then(|d| d.place.clone())
            .map(|r| norm(&text[r]))
            .unwrap_or_default();
        let got_agency = d
            .and_then(|d| d.agency.clone())
            .map(|r| norm(&text[r]))
            .unwrap_or_default();
        let got_date = d
            .and_then(|d| d.date.as_ref())
            .map(|m| m.date.to_string())
            .unwrap_or_default();
        let got_authors: Vec<String> = layout
            .authors
            .iter()
            .map(|r| norm(&text[r.clone()]))
            .collect();
        let want_authors: Vec<String> = authors
            .split('|')
            .filter(|a| !a.is_empty())
            .map(norm)
            .collect();
        if got_place != norm(place)
            || got_agency != norm(agency)
            || got_date != date
            || got_authors != want_authors
        {
            failures.push(format!(
                "{line}\n    want place={place:?} agency={agency:?} authors={want_authors:?} date={date:?}\n    got  place={got_place:?} agency={got_agency:?} authors={got_authors:?} date={got_date:?}"
            ));
        }
    }
    for f in &failures {
        eprintln!("{f}");
    }
    // Forms the parser does not read yet (reported in the issue notes):
    // KUNA's year-less «الكويت - 3 - 4 (كونا) --».
    let allowed = 1;
    assert!(
        failures.len() <= allowed,
        "{} of {} dateline rows fail",
        failures.len(),
        all.len()
    );
}

#[test]
fn boilerplate_table() {
    let table = include_str!("fixtures/boilerplate.tsv");
    let mut failures = Vec::new();
    for row in rows(table) {
        let (line, kind) = (row[0], row[1]);
        let got = match classify_line(line) {
            Some(LineClass::Heading(k)) | Some(LineClass::Line(k)) => k.as_str(),
            None => "none",
        };
        if got != kind {
            failures.push(format!("{line:?}: want {kind}, got {got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "boilerplate rows failing:\n{}",
        failures.join("\n")
    );
}

#[test]
fn dateline_parser_rejects_plain_leads() {
    let p = DatelineParser::default();
    for line in [
        "قال الرئيس - في كلمة ألقاها أمس أمام البرلمان - إن بلاده لن تتراجع",
        "لبنان: الحكومة تقر خطة طارئة لإنقاذ قطاع الكهرباء",
        "وأضاف المتحدث: إن الوفد سيصل غدا إلى جنيف",
    ] {
        assert!(p.parse(line, false).is_none(), "{line}");
    }
}
