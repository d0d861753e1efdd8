//! Datelines and bylines: the `place - author` header line, `بيروت (رويترز) -`
//! leads, agency codes (`أ ش أ`, `واس`, `كونا`…), dates in every calendar
//! naming, and `كتب: فلان وفلان` bylines.
//!
//! The [`DatelineParser`] reads a line as fields separated by dashes, colons,
//! slashes, commas and brackets; each field is a place, an agency (a known
//! code or a quoted outlet name), a date, or an author. A line that does not
//! read that way is not a dateline.
//!
//! ```
//! use akhbar_text::article::dateline::DatelineParser;
//!
//! let parser = DatelineParser::default();
//! let line = "بيروت (رويترز) - قال مسؤولون إن الخطة أقرت";
//! let d = parser.parse(line, false).unwrap();
//! assert_eq!(d.place.map(|r| &line[r]), Some("بيروت"));
//! assert_eq!(d.agency.map(|r| &line[r]), Some("رويترز"));
//! assert_eq!(&line[d.end..], " قال مسؤولون إن الخطة أقرت");
//!
//! let line = "الرياض 12 رمضان 1444 هـ الموافق 03 أبريل 2023 م واس";
//! let d = parser.parse(line, true).unwrap();
//! assert_eq!(d.date.unwrap().date.to_string(), "2023-04-03");
//! ```

use std::ops::Range;

use crate::calendar::{find_dates, Calendar, DateMatch};
use crate::normalize::Normalizer;
use crate::stopwords::is_stopword;
use crate::tokenize::{tokenize, Token, TokenKind};

/// News agencies and source labels (search form, words separated by spaces).
const AGENCIES: &[&str] = &[
    "رويترز",
    "ا ف ب",
    "اف ب",
    "فرانس برس",
    "وكاله فرانس برس",
    "ا ب",
    "اسوشيتد برس",
    "اسوشيتيد برس",
    "د ب ا",
    "ا ش ا",
    "واس",
    "وام",
    "قنا",
    "كونا",
    "بنا",
    "سانا",
    "بترا",
    "وفا",
    "ماب",
    "و م ع",
    "واج",
    "وات",
    "وال",
    "سونا",
    "سبا",
    "العمانيه",
    "تاس",
    "سبوتنيك",
    "نوفوستي",
    "شينخوا",
    "الاناضول",
    "ارنا",
    "فارس",
    "تسنيم",
    "مهر",
    "ايسنا",
    "وطنيه",
    "الوكاله الوطنيه",
    "وكالات",
    "يو بي اي",
    "بي بي سي",
    "سي ان ان",
    "الجزيره",
    "الجزيره نت",
    "العربيه",
    "العربيه نت",
    "سكاي نيوز",
    "سكاي نيوز عربيه",
    "روسيا اليوم",
    "خاص",
    "متابعات",
    "الامم المتحده",
    "وكاله الانباء",
    "ا ف ب رويترز",
    "rt",
    "cnn",
    "afp",
    "reuters",
    "ap",
    "dpa",
    "xinhua",
    "wam",
    "spa",
    "kuna",
    "qna",
    "mena",
    "bna",
    "petra",
    "sana",
    "aa",
];

/// Words that open a byline.
const BYLINE_CUES: &[&str] = &[
    "كتب",
    "كتبت",
    "بقلم",
    "اعداد",
    "تقرير",
    "اعدت",
    "اعد",
    "تحرير",
    "حوار",
    "متابعه",
];

/// Words that cannot start a place name (verbs and particles that open lead sentences).
const NOT_PLACE: &[&str] = &[
    "قال",
    "قالت",
    "اكد",
    "اكدت",
    "اعلن",
    "اعلنت",
    "اضاف",
    "اضافت",
    "اوضح",
    "اوضحت",
    "شهد",
    "شهدت",
    "بلغ",
    "بلغت",
    "دعا",
    "دعت",
    "اشار",
    "اشارت",
    "يري",
    "تري",
    "يعد",
    "تعد",
    "كان",
    "كانت",
];

/// Filler words inside a dateline: «في», «الموافق», weekday names, era marks.
const FILLER: &[&str] = &[
    "في",
    "الموافق",
    "ه",
    "م",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
    "يوم",
];

/// Name parts that look like function words in search form («علي» is «على»).
const NAME_WORDS: &[&str] = &["علي", "بن", "ابن", "بنت", "أبو", "ابو", "أم", "عبد", "آل"];

/// A parsed dateline. Ranges are byte ranges in the parsed line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dateline {
    /// Where the dateline ends (after its last separator); the body starts
    /// after this, once whitespace is skipped.
    pub end: usize,
    /// The place.
    pub place: Option<Range<usize>>,
    /// The agency or source.
    pub agency: Option<Range<usize>>,
    /// The date, if written.
    pub date: Option<DateMatch>,
    /// Author names.
    pub authors: Vec<Range<usize>>,
}

/// Parses datelines and bylines; see the [module docs](self).
#[derive(Clone, Debug, Default)]
pub struct DatelineParser {
    normalizer: Normalizer,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sep {
    Dash,
    Colon,
    Slash,
    Comma,
    Open,
    Close,
}

fn separator(text: &str) -> Option<Sep> {
    let t = text.trim();
    if !t.is_empty()
        && t.chars()
            .all(|c| matches!(c, '-' | '–' | '—' | '‐' | '―' | '−'))
    {
        return Some(Sep::Dash);
    }
    match t {
        ":" => Some(Sep::Colon),
        "/" | "//" => Some(Sep::Slash),
        "،" | "," => Some(Sep::Comma),
        "(" | "«" | "\"" | "“" | "[" => Some(Sep::Open),
        ")" | "»" | "”" | "]" => Some(Sep::Close),
        _ => None,
    }
}

#[derive(Debug, Default)]
struct Field {
    toks: Vec<usize>,
    quoted: bool,
}

impl DatelineParser {
    fn norm_words(&self, line: &str, toks: &[Token], idx: &[usize]) -> String {
        idx.iter()
            .map(|&i| self.normalizer.normalize(toks[i].text(line)))
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn is_agency(&self, norm: &str) -> bool {
        let n = norm
            .trim_start_matches("وكاله ")
            .trim_start_matches("وكاله انباء ");
        AGENCIES.contains(&norm) || AGENCIES.contains(&n)
    }

    /// Parse `line` as a dateline. `whole_line` says the line stands alone
    /// (a header line); otherwise the dateline must be a prefix of a lead
    /// paragraph.
    pub fn parse(&self, line: &str, whole_line: bool) -> Option<Dateline> {
        let toks: Vec<Token> = tokenize(line).take(48).collect();
        if toks.is_empty() {
            return None;
        }
        let terminal =
            |t: &Token| t.kind == TokenKind::Punct && t.text(line).ends_with(['.', '!', '؟', '?']);
        let short =
            toks.len() <= 16 && !toks.iter().any(terminal) && tokenize(line).nth(48).is_none();
        let mut best: Option<Dateline> = None;
        if whole_line && short {
            best = self.parse_prefix(line, &toks, toks.len(), true);
        }
        if best.is_none() {
            // Try prefixes ending at a separator, longest first.
            let limit = toks.len().min(24);
            for k in (0..limit).rev() {
                let sep = separator(toks[k].text(line));
                let closes_agency = sep == Some(Sep::Close) && k + 1 < toks.len();
                if !matches!(sep, Some(Sep::Dash | Sep::Colon | Sep::Slash)) && !closes_agency {
                    continue;
                }
                if let Some(d) = self.parse_prefix(line, &toks, k + 1, false) {
                    best = Some(self.with_agency_after(line, &toks, d));
                    break;
                }
            }
        }
        best
    }

    /// «أنقرة/ الأناضول أعلنت …»: an agency right after the dateline's last
    /// separator, with no separator of its own, still belongs to it.
    fn with_agency_after(&self, line: &str, toks: &[Token], mut d: Dateline) -> Dateline {
        if d.agency.is_some() {
            return d;
        }
        let Some(next) = toks.iter().position(|t| t.start >= d.end) else {
            return d;
        };
        let words: Vec<usize> = (next..toks.len().min(next + 3))
            .take_while(|&i| toks[i].kind == TokenKind::Word)
            .collect();
        for n in (1..=words.len()).rev() {
            // Leave a sentence behind it: the agency alone is a header.
            if words[n - 1] + 1 < toks.len()
                && self.is_agency(&self.norm_words(line, toks, &words[..n]))
            {
                let range = toks[words[0]].start..toks[words[n - 1]].end;
                d.end = range.end;
                d.agency = Some(range);
                break;
            }
        }
        d
    }

    fn parse_prefix(&self, line: &str, toks: &[Token], n: usize, whole: bool) -> Option<Dateline> {
        let prefix_end = toks[n - 1].end;
        let prefix = &line[..prefix_end];
        // Dates first: they may contain dashes and slashes themselves.
        let dates: Vec<DateMatch> = find_dates(prefix);
        let in_date = |t: &Token| {
            dates
                .iter()
                .any(|d| d.range.start <= t.start && t.end <= d.range.end)
        };
        let last_sep = separator(toks[n - 1].text(line));

        let mut fields: Vec<Field> = Vec::new();
        let mut cur = Field::default();
        let mut open = false;
        for (i, t) in toks[..n].iter().enumerate() {
            if in_date(t) {
                cur.toks.push(i);
                continue;
            }
            match separator(t.text(line)) {
                Some(Sep::Open) => {
                    if !cur.toks.is_empty() {
                        fields.push(std::mem::take(&mut cur));
                    }
                    open = true;
                }
                Some(Sep::Close) => {
                    cur.quoted = open;
                    fields.push(std::mem::take(&mut cur));
                    open = false;
                }
                Some(_) => {
                    if !cur.toks.is_empty() {
                        fields.push(std::mem::take(&mut cur));
                    }
                }
                None => cur.toks.push(i),
            }
        }
        if open {
            return None;
        }
        if !cur.toks.is_empty() {
            fields.push(cur);
        }
        fields.retain(|f| !f.toks.is_empty());
        if fields.is_empty() || fields.len() > 5 {
            return None;
        }

        let mut d = Dateline {
            end: prefix_end,
            place: None,
            agency: None,
            date: None,
            authors: Vec::new(),
        };
        // Prefer a Gregorian date when both calendars are given.
        d.date = dates
            .iter()
            .find(|m| m.calendar == Calendar::Gregorian)
            .or(dates.first())
            .cloned();
        let mut byline_next = false;
        let mut agency_field: Option<usize> = None;
        for (fi, f) in fields.iter().enumerate() {
            let mut words: Vec<usize> = f
                .toks
                .iter()
                .copied()
                .filter(|&i| !in_date(&toks[i]))
                .filter(|&i| {
                    !FILLER.contains(&self.normalizer.normalize(toks[i].text(line)).as_str())
                })
                .collect();
            if words.is_empty() {
                continue;
            }
            if words
                .iter()
                .any(|&i| !matches!(toks[i].kind, TokenKind::Word | TokenKind::Latin))
            {
                return None;
            }
            let range = |w: &[usize]| toks[w[0]].start..toks[*w.last().unwrap_or(&w[0])].end;
            let norm = self.norm_words(line, toks, &words);
            // Byline cue: «كتب: فلان», «القاهرة - كتب: فلان».
            let first = self.normalizer.normalize(toks[words[0]].text(line));
            if BYLINE_CUES.contains(&first.as_str()) {
                words.remove(0);
                if words.is_empty() {
                    byline_next = true;
                } else {
                    d.authors.extend(self.split_authors(line, toks, &words));
                }
                continue;
            }
            if byline_next {
                byline_next = false;
                d.authors.extend(self.split_authors(line, toks, &words));
                continue;
            }
            if f.quoted || self.is_agency(&norm) {
                if let Some(first) = d.agency.take() {
                    // «الأمم المتحدة - كونا»: the first "agency" was the place.
                    if d.place.is_some() || agency_field != Some(0) {
                        return None;
                    }
                    d.place = Some(first);
                }
                d.agency = Some(range(&words));
                agency_field = Some(fi);
                continue;
            }
            // A trailing agency inside a field: «الرياض 12 … م واس».
            if d.agency.is_none() && words.len() >= 2 {
                let mut split = None;
                for k in 1..words.len() {
                    if self.is_agency(&self.norm_words(line, toks, &words[k..])) {
                        split = Some(k);
                        break;
                    }
                }
                if let Some(k) = split {
                    d.agency = Some(range(&words[k..]));
                    words.truncate(k);
                }
            }
            if d.place.is_none() && fi == 0 && self.is_place(line, toks, &words) {
                d.place = Some(range(&words));
                continue;
            }
            // «دمشق، سوريا (CNN) --»: the place, a comma and its country,
            // then the agency.
            let after_comma = f
                .toks
                .first()
                .is_some_and(|&i| i > 0 && separator(toks[i - 1].text(line)) == Some(Sep::Comma));
            let agency_follows = fields[fi + 1..]
                .iter()
                .any(|g| g.quoted || self.is_agency(&self.norm_words(line, toks, &g.toks)));
            if fi == 1
                && after_comma
                && agency_follows
                && d.agency.is_none()
                && self.is_place(line, toks, &words)
            {
                if let Some(place) = d.place.as_mut() {
                    place.end = range(&words).end;
                    continue;
                }
            }
            if d.place.is_none()
                && fi == 1
                && d.agency.is_some()
                && d.authors.is_empty()
                && self.is_place(line, toks, &words)
            {
                // «وطنية - صيدا -»: agency first.
                d.place = Some(range(&words));
                continue;
            }
            // An author name: only in a header line or right before the last
            // separator, and never after the agency (that is a lead sentence).
            if (whole || fi + 1 == fields.len())
                && fi > 0
                && agency_field.is_none()
                && self.is_name(line, toks, &words)
            {
                d.authors.extend(self.split_authors(line, toks, &words));
                continue;
            }
            return None;
        }
        if d.place.is_none() && d.agency.is_none() && d.authors.is_empty() {
            return None;
        }
        if !whole {
            let rest: Vec<&Token> = toks[n..].iter().collect();
            let strong = d.agency.is_some() || d.date.is_some() || !d.authors.is_empty();
            match last_sep {
                Some(Sep::Dash) | Some(Sep::Slash) | Some(Sep::Close) if !strong => {
                    // «موسكو - كما يرى مراقبون - …» is a parenthetical, not a dateline.
                    let dash_soon = rest
                        .iter()
                        .take(10)
                        .any(|t| separator(t.text(line)) == Some(Sep::Dash));
                    if dash_soon || rest.len() < 4 {
                        return None;
                    }
                }
                Some(Sep::Colon) if !strong => return None,
                _ => {}
            }
        } else if d.place.is_some()
            && d.agency.is_none()
            && d.authors.is_empty()
            && d.date.is_none()
        {
            return None;
        }
        Some(d)
    }

    fn is_place(&self, line: &str, toks: &[Token], words: &[usize]) -> bool {
        if words.is_empty() || words.len() > 3 {
            return false;
        }
        let first = self.normalizer.normalize(toks[words[0]].text(line));
        if NOT_PLACE.contains(&first.as_str()) {
            return false;
        }
        words.iter().all(|&i| {
            let n = self.normalizer.normalize(toks[i].text(line));
            toks[i].kind == TokenKind::Word && !is_stopword(&n) && !FILLER.contains(&n.as_str())
        })
    }

    fn is_name(&self, line: &str, toks: &[Token], words: &[usize]) -> bool {
        let max = if words
            .iter()
            .skip(2)
            .any(|&i| toks[i].text(line).starts_with('و'))
        {
            7
        } else {
            5
        };
        (2..=max).contains(&words.len())
            && words.iter().all(|&i| {
                let surface = toks[i].text(line);
                let n = self.normalizer.normalize(surface);
                toks[i].kind == TokenKind::Word
                    && !NOT_PLACE.contains(&n.as_str())
                    && (!is_stopword(&n) || n.starts_with('و') || NAME_WORDS.contains(&surface))
            })
    }

    /// Split «ليلى حسن وعمر يوسف» into names at a و-initial word with at least
    /// two words on each side.
    fn split_authors(&self, line: &str, toks: &[Token], words: &[usize]) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start = 0;
        for k in 2..words.len().saturating_sub(1) {
            let t = &toks[words[k]];
            if t.text(line).starts_with('و') && k - start >= 2 && words.len() - k >= 2 {
                out.push(toks[words[start]].start..toks[words[k - 1]].end);
                // Skip the و itself.
                out.push(t.start + 'و'.len_utf8()..toks[*words.last().unwrap_or(&words[k])].end);
                return out;
            }
        }
        if start < words.len() {
            out.push(toks[words[start]].start..toks[*words.last().unwrap_or(&words[start])].end);
            start = words.len();
        }
        let _ = start;
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str, whole: bool) -> Option<(String, String, Vec<String>, String)> {
        let d = DatelineParser::default().parse(line, whole)?;
        Some((
            d.place.map(|r| line[r].to_string()).unwrap_or_default(),
            d.agency.map(|r| line[r].to_string()).unwrap_or_default(),
            d.authors
                .iter()
                .map(|r| line[r.clone()].to_string())
                .collect(),
            d.date.map(|m| m.date.to_string()).unwrap_or_default(),
        ))
    }

    #[test]
    fn place_and_author_header() {
        let (p, a, au, _) = parse("موسكو - سامر الحلبي", true).unwrap();
        assert_eq!((p.as_str(), a.as_str()), ("موسكو", ""));
        assert_eq!(au, ["سامر الحلبي"]);
    }

    #[test]
    fn place_with_its_country_before_the_agency() {
        let (place, agency, _, _) =
            parse("بيروت، لبنان (CNN) -- قال مسؤولون إن الخطة أقرت", false).unwrap();
        assert_eq!((place.as_str(), agency.as_str()), ("بيروت، لبنان", "CNN"));
    }

    #[test]
    fn agency_codes() {
        assert_eq!(parse("القاهرة - أ ش أ", true).unwrap().1, "أ ش أ");
        assert_eq!(parse("دمشق-سانا", true).unwrap().1, "سانا");
    }

    #[test]
    fn agency_after_the_separator() {
        let line = "أنقرة/ الأناضول أعلنت وزارة الدفاع أن الجنود عادوا";
        let d = DatelineParser::default().parse(line, false).unwrap();
        assert_eq!(d.place.map(|r| &line[r]), Some("أنقرة"));
        assert_eq!(d.agency.map(|r| &line[r]), Some("الأناضول"));
        assert_eq!(&line[d.end..], " أعلنت وزارة الدفاع أن الجنود عادوا");
        // Not a word that merely follows the separator.
        let line = "أنقرة/ أعلنت وزارة الدفاع التركية أن الجنود عادوا إلى ثكناتهم";
        let d = DatelineParser::default().parse(line, false);
        assert!(d.is_none_or(|d| d.agency.is_none()));
    }

    #[test]
    fn parenthetical_dashes_are_not_datelines() {
        assert_eq!(
            parse(
                "موسكو - كما يرى مراقبون - لا تريد توسيع نطاق المواجهة",
                false
            ),
            None
        );
        assert_eq!(
            parse("قال الرئيس - في كلمة ألقاها أمس - إن بلاده لن تتراجع", false),
            None
        );
    }

    #[test]
    fn authors_split_on_waw() {
        let (_, _, au, _) = parse("كتب: ليلى حسن وعمر يوسف", true).unwrap();
        assert_eq!(au, ["ليلى حسن", "عمر يوسف"]);
        let (_, _, au, _) = parse("موسكو - سامر الحلبي ووليد الأحمد", true).unwrap();
        assert_eq!(au, ["سامر الحلبي", "وليد الأحمد"]);
    }
}
