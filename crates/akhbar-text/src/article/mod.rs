//! Article structure: header (dateline, byline), body paragraphs, and
//! boilerplate, found on the cleaned text.
//!
//! ```
//! use akhbar_text::article::ArticleParser;
//! use akhbar_text::article::boilerplate::BoilerplateKind;
//!
//! let text = "دمشق - ليلى حسن\nوصل الوفد إلى المدينة صباح اليوم.\nقد يهمك أيضا:\nعنوان خبر آخر";
//! let layout = ArticleParser::default().parse(text);
//! let dateline = layout.dateline.as_ref().unwrap();
//! assert_eq!(&text[dateline.place.clone().unwrap()], "دمشق");
//! assert_eq!(&text[layout.authors[0].clone()], "ليلى حسن");
//! assert_eq!(layout.paragraphs.len(), 1);
//! assert_eq!(layout.boilerplate[0].kind, BoilerplateKind::Related);
//! assert_eq!(&text[layout.boilerplate[0].range.clone()], "قد يهمك أيضا:\nعنوان خبر آخر");
//! ```

pub mod boilerplate;
pub mod dateline;

use std::ops::Range;

use boilerplate::{classify_line, is_headline_like, is_timestamp_like, BoilerplateKind, LineClass};
use dateline::DatelineParser;

use crate::calendar::DateMatch;

/// A dateline found in the article. Ranges are byte ranges in the parsed text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatelineSpan {
    /// The whole dateline (a header line, or the prefix of the lead).
    pub range: Range<usize>,
    /// The place.
    pub place: Option<Range<usize>>,
    /// The agency or source.
    pub agency: Option<Range<usize>>,
    /// The date (its range is in the parsed text).
    pub date: Option<DateMatch>,
}

/// A boilerplate block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BoilerplateSpan {
    /// Kind.
    pub kind: BoilerplateKind,
    /// Byte range in the parsed text (whole lines).
    pub range: Range<usize>,
}

/// The structure of an article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleLayout {
    /// The dateline, if any.
    pub dateline: Option<DatelineSpan>,
    /// Author names from the dateline or a byline line.
    pub authors: Vec<Range<usize>>,
    /// Header ranges (dateline and byline lines or prefixes) left out of the body.
    pub header: Vec<Range<usize>>,
    /// Boilerplate blocks left out of the body, in order.
    pub boilerplate: Vec<BoilerplateSpan>,
    /// Body paragraphs, in order.
    pub paragraphs: Vec<Range<usize>>,
}

/// Finds the structure of a cleaned article; see the [module docs](self).
#[derive(Clone, Debug, Default)]
pub struct ArticleParser {
    datelines: DatelineParser,
}

fn lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            if i > start {
                out.push(start..i);
            }
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    // Trim spaces (the cleaner already does; other callers may not).
    out.into_iter()
        .filter_map(|r| {
            let s = &text[r.clone()];
            let lead = s.len() - s.trim_start().len();
            let trail = s.len() - s.trim_end().len();
            (lead + trail < s.len()).then(|| r.start + lead..r.end - trail)
        })
        .collect()
}

impl ArticleParser {
    /// Find the structure of `text` (display form, one paragraph per line).
    pub fn parse(&self, text: &str) -> ArticleLayout {
        let lines = lines(text);
        let mut layout = ArticleLayout::default();
        let mut is_boiler = vec![false; lines.len()];

        // Boilerplate blocks and lines.
        let mut i = 0;
        while i < lines.len() {
            let line = &text[lines[i].clone()];
            match classify_line(line) {
                Some(LineClass::Heading(kind)) => {
                    let mut j = i + 1;
                    while j < lines.len()
                        && is_headline_like(&text[lines[j].clone()])
                        && classify_line(&text[lines[j].clone()]).is_none()
                    {
                        j += 1;
                    }
                    for b in &mut is_boiler[i..j] {
                        *b = true;
                    }
                    layout.boilerplate.push(BoilerplateSpan {
                        kind,
                        range: lines[i].start..lines[j - 1].end,
                    });
                    i = j;
                }
                Some(LineClass::Line(kind)) => {
                    let mut j = i + 1;
                    if kind == BoilerplateKind::Signoff {
                        while j < lines.len() && is_timestamp_like(&text[lines[j].clone()]) {
                            j += 1;
                        }
                    }
                    for b in &mut is_boiler[i..j] {
                        *b = true;
                    }
                    layout.boilerplate.push(BoilerplateSpan {
                        kind,
                        range: lines[i].start..lines[j - 1].end,
                    });
                    i = j;
                }
                None => i += 1,
            }
        }

        // Header lines: up to three leading lines that read as a dateline or byline.
        let body: Vec<usize> = (0..lines.len()).filter(|&k| !is_boiler[k]).collect();
        let mut first_body = 0;
        while first_body < body.len().saturating_sub(1) && first_body < 3 {
            let r = lines[body[first_body]].clone();
            let line = &text[r.clone()];
            let Some(d) = self
                .datelines
                .parse(line, true)
                .filter(|d| line[d.end..].trim().is_empty())
            else {
                break;
            };
            self.take_dateline(&mut layout, r.start, &d);
            layout.header.push(r);
            first_body += 1;
        }
        let mut paragraphs: Vec<Range<usize>> = body[first_body..]
            .iter()
            .map(|&k| lines[k].clone())
            .collect();

        // An inline dateline opening the lead: «بيروت (رويترز) - قال …».
        if layout.dateline.is_none() {
            if let Some(lead) = paragraphs.first().cloned() {
                if let Some(d) = self.datelines.parse(&text[lead.clone()], false) {
                    let rest = &text[lead.start + d.end..lead.end];
                    let skip = rest.len() - rest.trim_start().len();
                    let body_start = lead.start + d.end + skip;
                    self.take_dateline(&mut layout, lead.start, &d);
                    layout.header.push(lead.start..lead.start + d.end);
                    if body_start < lead.end {
                        paragraphs[0] = body_start..lead.end;
                    } else {
                        paragraphs.remove(0);
                    }
                }
            }
        }
        // A byline line among the first paragraphs: «كتب: فلان وفلان».
        let mut k = 0;
        while k < paragraphs.len().min(3) && paragraphs.len() > 1 {
            let r = paragraphs[k].clone();
            let line = &text[r.clone()];
            match self.datelines.parse(line, true) {
                Some(d)
                    if line[d.end..].trim().is_empty()
                        && d.place.is_none()
                        && d.agency.is_none()
                        && d.date.is_none()
                        && !d.authors.is_empty() =>
                {
                    self.take_dateline(&mut layout, r.start, &d);
                    layout.header.push(r);
                    paragraphs.remove(k);
                }
                _ => k += 1,
            }
        }
        layout.header.sort_by_key(|r| r.start);
        layout.paragraphs = paragraphs;
        layout
    }

    fn take_dateline(&self, layout: &mut ArticleLayout, offset: usize, d: &dateline::Dateline) {
        let shift = |r: &Range<usize>| r.start + offset..r.end + offset;
        layout.authors.extend(d.authors.iter().map(shift));
        if layout.dateline.is_none()
            && (d.place.is_some() || d.agency.is_some() || d.date.is_some())
        {
            layout.dateline = Some(DatelineSpan {
                range: offset..offset + d.end,
                place: d.place.as_ref().map(shift),
                agency: d.agency.as_ref().map(shift),
                date: d.date.as_ref().map(|m| DateMatch {
                    range: shift(&m.range),
                    ..m.clone()
                }),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byline_line_after_dateline() {
        let text = "بغداد - كونا\nكتب: ليلى حسن وعمر يوسف\nأعلنت الوزارة اليوم خطة جديدة.";
        let l = ArticleParser::default().parse(text);
        assert_eq!(l.header.len(), 2);
        let names: Vec<&str> = l.authors.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(names, ["ليلى حسن", "عمر يوسف"]);
        assert_eq!(
            &text[l.paragraphs[0].clone()],
            "أعلنت الوزارة اليوم خطة جديدة."
        );
    }

    #[test]
    fn inline_dateline_is_cut_from_the_lead() {
        let text = "بيروت (رويترز) - قال مسؤولون إن الحكومة أقرت خطة.\nفقرة ثانية.";
        let l = ArticleParser::default().parse(text);
        assert_eq!(
            &text[l.paragraphs[0].clone()],
            "قال مسؤولون إن الحكومة أقرت خطة."
        );
        assert_eq!(&text[l.dateline.unwrap().agency.unwrap()], "رويترز");
    }

    #[test]
    fn single_line_article_keeps_its_line() {
        let text = "موسكو - رامي الخطيب";
        let l = ArticleParser::default().parse(text);
        assert_eq!(l.paragraphs.len(), 1);
        assert!(l.dateline.is_none());
    }
}
