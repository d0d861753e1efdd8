//! Calendar dates as Arabic news writes them: Gregorian months in their
//! Egyptian/Gulf (يناير), Levantine (كانون الثاني) and Maghrebi (جانفي, and
//! Moroccan يوليوز) names, Hijri months (محرم … ذو الحجة), numeric dates, and
//! the conversion of Hijri dates to Gregorian with the Umm al-Qura calendar
//! (1343–1500 AH; the arithmetical calendar outside it).
//!
//! ```
//! use akhbar_text::calendar::{find_date, hijri_to_gregorian, Date};
//!
//! assert_eq!(hijri_to_gregorian(1444, 9, 12), Some(Date::new(2023, 4, 3).unwrap()));
//! let found = find_date("الرياض 12 رمضان 1444 هـ الموافق 03 أبريل 2023 م").unwrap();
//! assert_eq!(found.date.to_string(), "2023-04-03");
//! let found = find_date("دمشق في ٢٠ تشرين الأول ٢٠٢٣").unwrap();
//! assert_eq!(found.date.to_string(), "2023-10-20");
//! ```

use std::fmt;
use std::ops::Range;

use crate::chars::digit_value;
use crate::normalize::Normalizer;
use crate::tokenize::{tokenize, TokenKind};
use crate::ummalqura_table::{FIRST_YEAR, LAST_YEAR, MONTH_STARTS};

/// A Gregorian calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// Day, 1–31.
    pub day: u32,
}

impl Date {
    /// A valid date, or `None`.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parse `YYYY-MM-DD`, optionally followed by a time (`T…` or ` …`), as
    /// in ISO 8601 timestamps.
    ///
    /// ```
    /// use akhbar_text::calendar::Date;
    /// assert!(Date::parse_iso("2017-01-20T21:43:00+01:00").is_some());
    /// assert!(Date::parse_iso("01-03-2024").is_none());
    /// assert!(Date::parse_iso("2024-03-01xyz").is_none());
    /// ```
    pub fn parse_iso(s: &str) -> Option<Date> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() < 10
            || b[4] != b'-'
            || b[7] != b'-'
            || (b.len() > 10 && b[10] != b'T' && b[10] != b' ')
        {
            return None;
        }
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        Date::new(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
    }

    /// Days since 1970-01-01.
    pub fn to_days(self) -> i64 {
        days_from_civil(self.year as i64, self.month, self.day)
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let (y, m, d) = civil_from_days(days);
        Date {
            year: y as i32,
            month: m,
            day: d,
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

// Howard Hinnant's civil calendar algorithms.
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Convert a Hijri date to Gregorian: Umm al-Qura for 1343–1500 AH, the
/// arithmetical Islamic calendar elsewhere. `None` for an invalid date.
pub fn hijri_to_gregorian(year: i32, month: u32, day: u32) -> Option<Date> {
    if !(1..=12).contains(&month) || !(1..=30).contains(&day) || year < 1 {
        return None;
    }
    if (FIRST_YEAR..=LAST_YEAR).contains(&year) {
        let i = ((year - FIRST_YEAR) * 12 + month as i32 - 1) as usize;
        let start = MONTH_STARTS[i];
        let len = MONTH_STARTS[i + 1] - start;
        if day as i32 > len {
            return None;
        }
        return Some(Date::from_days(i64::from(start) + i64::from(day) - 1));
    }
    // Arithmetical calendar (epoch 16 July 622 Julian = JDN 1948440).
    let y = i64::from(year);
    let m = i64::from(month);
    let jdn = i64::from(day)
        + (29.5 * (m - 1) as f64).ceil() as i64
        + (y - 1) * 354
        + (3 + 11 * y) / 30
        + 1948440
        - 1;
    Some(Date::from_days(jdn - 2440588))
}

/// Which calendar a date was written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Calendar {
    /// Gregorian.
    Gregorian,
    /// Hijri (Islamic lunar).
    Hijri,
}

impl Calendar {
    /// `gregorian` or `hijri`.
    pub fn as_str(self) -> &'static str {
        match self {
            Calendar::Gregorian => "gregorian",
            Calendar::Hijri => "hijri",
        }
    }
}

/// Gregorian month names (search form), by month.
const GREGORIAN_MONTHS: &[(&str, u32)] = &[
    ("يناير", 1),
    ("فبراير", 2),
    ("مارس", 3),
    ("ابريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("يوليو", 7),
    ("يوليه", 7),
    ("اغسطس", 8),
    ("سبتمبر", 9),
    ("اكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
    ("كانون الثاني", 1),
    ("شباط", 2),
    ("اذار", 3),
    ("نيسان", 4),
    ("ايار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("اب", 8),
    ("ايلول", 9),
    ("تشرين الاول", 10),
    ("تشرين الثاني", 11),
    ("كانون الاول", 12),
    ("جانفي", 1),
    ("فيفري", 2),
    ("افريل", 4),
    ("ماي", 5),
    ("جوان", 6),
    ("جويليه", 7),
    ("اوت", 8),
    ("يوليوز", 7),
    ("غشت", 8),
    ("شتنبر", 9),
    ("نونبر", 11),
    ("دجنبر", 12),
];

/// Hijri month names (search form), by month.
const HIJRI_MONTHS: &[(&str, u32)] = &[
    ("محرم", 1),
    ("صفر", 2),
    ("ربيع الاول", 3),
    ("ربيع الاخر", 4),
    ("ربيع الثاني", 4),
    ("جمادي الاولي", 5),
    ("جمادي الاول", 5),
    ("جمادي الاخره", 6),
    ("جمادي الثانيه", 6),
    ("جمادي الاخر", 6),
    ("جمادي الثاني", 6),
    ("رجب", 7),
    ("شعبان", 8),
    ("رمضان", 9),
    ("شوال", 10),
    ("ذو القعده", 11),
    ("ذي القعده", 11),
    ("ذو الحجه", 12),
    ("ذي الحجه", 12),
];

/// A date found in text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMatch {
    /// Byte range of the whole expression in the searched text.
    pub range: Range<usize>,
    /// The Gregorian date.
    pub date: Date,
    /// The calendar it was written in.
    pub calendar: Calendar,
}

struct Tok {
    range: Range<usize>,
    norm: String,
    kind: TokenKind,
}

fn number(s: &str) -> Option<u32> {
    let mut v: u32 = 0;
    for c in s.chars() {
        v = v.checked_mul(10)?.checked_add(digit_value(c)?)?;
    }
    Some(v)
}

/// Month named at tokens `i..`: (month, calendar, tokens used).
fn month_at(toks: &[Tok], i: usize) -> Option<(u32, Calendar, usize)> {
    let one = toks.get(i)?.norm.as_str();
    let two = toks.get(i + 1).map(|t| format!("{one} {}", t.norm));
    for (table, cal) in [
        (HIJRI_MONTHS, Calendar::Hijri),
        (GREGORIAN_MONTHS, Calendar::Gregorian),
    ] {
        if let Some(two) = &two {
            if let Some(&(_, m)) = table.iter().find(|(n, _)| n == two) {
                return Some((m, cal, 2));
            }
        }
        if let Some(&(_, m)) = table.iter().find(|(n, _)| *n == one) {
            // «ربيع» or «جمادى» alone is not a month.
            if !one.contains(' ')
                && !matches!(one, "ربيع" | "جمادي" | "ذو" | "ذي" | "كانون" | "تشرين")
            {
                return Some((m, cal, 1));
            }
        }
    }
    None
}

/// Era marker after a year: هـ / ه / هجري (Hijri), م / ميلادي (Gregorian).
fn era_at(toks: &[Tok], i: usize) -> Option<Calendar> {
    match toks.get(i)?.norm.as_str() {
        "ه" | "هجري" | "هجريه" | "للهجره" => Some(Calendar::Hijri),
        "م" | "ميلادي" | "ميلاديه" | "للميلاد" => Some(Calendar::Gregorian),
        _ => None,
    }
}

/// All dates in `text` (day month-name year, and numeric d/m/yyyy or
/// yyyy-mm-dd), in order.
pub fn find_dates(text: &str) -> Vec<DateMatch> {
    let normalizer = Normalizer::shared();
    let toks: Vec<Tok> = tokenize(text)
        .map(|t| Tok {
            range: t.start..t.end,
            norm: normalizer.normalize(t.text(text)),
            kind: t.kind,
        })
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some(m) = date_at(&toks, i) {
            i = m.1;
            out.push(m.0);
        } else {
            i += 1;
        }
    }
    out
}

/// The first date in `text`; see [`find_dates`].
pub fn find_date(text: &str) -> Option<DateMatch> {
    find_dates(text).into_iter().next()
}

fn date_at(toks: &[Tok], i: usize) -> Option<(DateMatch, usize)> {
    let t = &toks[i];
    if t.kind != TokenKind::Number {
        return None;
    }
    // day month-name year [era]
    if let Some(day) = number(&t.norm).filter(|d| (1..=31).contains(d)) {
        if let Some((month, cal, used)) = month_at(toks, i + 1) {
            let mut yi = i + 1 + used;
            // «3 آذار/مارس 2024»: the same month in a second naming.
            if toks.get(yi).is_some_and(|t| t.norm == "/") {
                if let Some((m2, _, used2)) = month_at(toks, yi + 1) {
                    if m2 == month {
                        yi += 1 + used2;
                    }
                }
            }
            let year = toks
                .get(yi)
                .filter(|y| y.kind == TokenKind::Number)
                .and_then(|y| number(&y.norm))?;
            let mut end = yi + 1;
            if era_at(toks, end).is_some() {
                end += 1;
            }
            let date = match cal {
                Calendar::Hijri => hijri_to_gregorian(year as i32, month, day)?,
                Calendar::Gregorian => Date::new(year as i32, month, day)?,
            };
            return Some((
                DateMatch {
                    range: t.range.start..toks[end - 1].range.end,
                    date,
                    calendar: cal,
                },
                end,
            ));
        }
    }
    // Numeric: d/m/yyyy, d-m-yyyy, d.m.yyyy (the tokenizer keeps d.m.yyyy whole) or yyyy-mm-dd.
    let parts: Vec<u32>;
    let mut end = i + 1;
    if t.norm.matches('.').count() == 2 {
        parts = t.norm.split('.').map(number).collect::<Option<Vec<_>>>()?;
    } else {
        let sep = toks.get(i + 1)?;
        if !matches!(sep.norm.as_str(), "/" | "-") || sep.range.start != t.range.end {
            return None;
        }
        let b = toks
            .get(i + 2)
            .filter(|b| b.kind == TokenKind::Number && b.range.start == sep.range.end)?;
        let sep2 = toks
            .get(i + 3)
            .filter(|s| s.norm == sep.norm && s.range.start == b.range.end)?;
        let c = toks
            .get(i + 4)
            .filter(|c| c.kind == TokenKind::Number && c.range.start == sep2.range.end)?;
        parts = vec![number(&t.norm)?, number(&b.norm)?, number(&c.norm)?];
        end = i + 5;
    }
    let (y, m, d) = if parts[0] > 31 {
        (parts[0], parts[1], parts[2])
    } else {
        (parts[2], parts[1], parts[0])
    };
    if y < 1000 {
        return None;
    }
    let era = era_at(toks, end);
    if era.is_some() {
        end += 1;
    }
    let cal = era.unwrap_or(if (1300..1600).contains(&y) {
        Calendar::Hijri
    } else {
        Calendar::Gregorian
    });
    let date = match cal {
        Calendar::Hijri => hijri_to_gregorian(y as i32, m, d)?,
        Calendar::Gregorian => Date::new(y as i32, m, d)?,
    };
    Some((
        DateMatch {
            range: t.range.start..toks[end - 1].range.end,
            date,
            calendar: cal,
        },
        end,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip() {
        for days in [-800_000i64, -1, 0, 1, 19_000, 60_000] {
            assert_eq!(Date::from_days(days).to_days(), days);
        }
        assert_eq!(Date::from_days(0).to_string(), "1970-01-01");
    }

    #[test]
    fn umm_al_qura_and_arithmetical() {
        assert_eq!(
            hijri_to_gregorian(1445, 10, 1).unwrap().to_string(),
            "2024-04-10"
        );
        assert_eq!(hijri_to_gregorian(1445, 13, 1), None);
        // Arithmetical calendar far from the table: 1 Muharram 1 AH.
        assert_eq!(
            hijri_to_gregorian(1, 1, 1).unwrap().to_string(),
            "0622-07-19"
        );
    }

    #[test]
    fn month_name_families() {
        for (text, iso) in [
            ("3 يناير 2024", "2024-01-03"),
            ("3 كانون الثاني 2024", "2024-01-03"),
            ("3 جانفي 2024", "2024-01-03"),
            ("٣ آب ٢٠٢٤", "2024-08-03"),
            ("1 شوال 1445 هـ", "2024-04-10"),
            ("1 ذو الحجة 1445", "2024-06-07"),
            ("15/03/2024", "2024-03-15"),
            ("2024-03-15", "2024-03-15"),
            ("15.03.2024", "2024-03-15"),
            ("3 آذار/مارس 2024", "2024-03-03"),
        ] {
            assert_eq!(
                find_date(text).map(|m| m.date.to_string()).as_deref(),
                Some(iso),
                "{text}"
            );
        }
        assert_eq!(find_date("عام 2024"), None);
        assert_eq!(find_date("قتل 3 أشخاص"), None);
    }
}
