//! Calendar arithmetic for resolving expressions against the anchor: ISO
//! weekdays and weeks, month steps, Hijri month and year spans, and the
//! choice among a month's (or a day's) occurrences around the anchor.

use std::ops::RangeInclusive;

use akhbar_text::calendar::{hijri_to_gregorian, Date};

/// Hijri years the Umm al-Qura table of `akhbar_text::calendar` covers;
/// outside them a Hijri date gets no value rather than the arithmetical
/// calendar's guess (which can be a day or two off).
pub(crate) const HIJRI_YEARS: RangeInclusive<i32> = 1343..=1500;

/// ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).
pub(crate) fn weekday(d: Date) -> u8 {
    ((d.to_days() + 3).rem_euclid(7) + 1) as u8
}

pub(crate) fn add_days(d: Date, n: i64) -> Date {
    Date::from_days(d.to_days() + n)
}

/// `(year, month)` moved by `n` months.
pub(crate) fn add_months(year: i32, month: u32, n: i64) -> (i32, u32) {
    let index = i64::from(year) * 12 + i64::from(month) - 1 + n;
    (
        index.div_euclid(12) as i32,
        (index.rem_euclid(12) + 1) as u32,
    )
}

/// ISO 8601 week of a day: `YYYY-Www`.
pub(crate) fn iso_week(d: Date) -> String {
    // The ISO year is the year of the week's Thursday.
    let thursday = add_days(d, 4 - i64::from(weekday(d)));
    let jan1 = Date {
        year: thursday.year,
        month: 1,
        day: 1,
    };
    let week = (thursday.to_days() - jan1.to_days()) / 7 + 1;
    format!("{:04}-W{:02}", thursday.year, week)
}

/// Which occurrence of a weekday, month or day to take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pick {
    /// The one nearest the anchor (the one containing it first; ties go to
    /// the earlier): the default in news, which is written in the past.
    Nearest,
    /// The first that has not ended before the anchor (future sentences).
    OnOrAfter,
    /// The last that starts on or before the anchor (past weekdays).
    OnOrBefore,
    /// The last that ended before the anchor («الماضي»).
    Before,
    /// The first that starts after the anchor («المقبل»).
    After,
}

/// The `weekday` (ISO) picked around `base`.
pub(crate) fn weekday_date(base: Date, wd: u8, pick: Pick) -> Date {
    let cur = i64::from(weekday(base));
    let wd = i64::from(wd);
    let back = (cur - wd).rem_euclid(7);
    let fwd = (wd - cur).rem_euclid(7);
    let delta = match pick {
        Pick::OnOrBefore => -back,
        Pick::OnOrAfter => fwd,
        Pick::Before => -(if back == 0 { 7 } else { back }),
        Pick::After => {
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        Pick::Nearest => {
            if back <= fwd {
                -back
            } else {
                fwd
            }
        }
    };
    add_days(base, delta)
}

/// The occurrence `(first day, last day, value)` picked around `anchor`.
/// `candidates` must come in time order.
pub(crate) fn pick<T: Copy>(
    candidates: impl IntoIterator<Item = (Date, Date, T)>,
    anchor: Date,
    pick: Pick,
) -> Option<T> {
    let a = anchor.to_days();
    let mut best: Option<(i64, T)> = None;
    for (start, end, value) in candidates {
        let (s, e) = (start.to_days(), end.to_days());
        let contains = s <= a && a <= e;
        match pick {
            Pick::OnOrAfter if e >= a => return Some(value),
            Pick::After if s > a => return Some(value),
            Pick::Before if e < a => best = Some((0, value)),
            Pick::OnOrBefore if s <= a => best = Some((0, value)),
            Pick::Nearest => {
                let distance = if contains {
                    0
                } else {
                    (s - a).abs().min((e - a).abs())
                };
                if best.is_none_or(|(d, _)| distance < d) {
                    best = Some((distance, value));
                }
            }
            _ => {}
        }
    }
    best.map(|(_, v)| v)
}

/// First and last day of a Gregorian month.
pub(crate) fn month_span(year: i32, month: u32) -> Option<(Date, Date)> {
    let first = Date::new(year, month, 1)?;
    let (ny, nm) = add_months(year, month, 1);
    let last = add_days(Date::new(ny, nm, 1)?, -1);
    Some((first, last))
}

/// First and last day of a Hijri month, inside [`HIJRI_YEARS`].
pub(crate) fn hijri_month_span(year: i32, month: u32) -> Option<(Date, Date)> {
    if !HIJRI_YEARS.contains(&year) {
        return None;
    }
    let first = hijri_to_gregorian(year, month, 1)?;
    let last =
        hijri_to_gregorian(year, month, 30).or_else(|| hijri_to_gregorian(year, month, 29))?;
    Some((first, last))
}

/// First and last day of a Hijri year, inside [`HIJRI_YEARS`].
pub(crate) fn hijri_year_span(year: i32) -> Option<(Date, Date)> {
    Some((hijri_month_span(year, 1)?.0, hijri_month_span(year, 12)?.1))
}

/// The Hijri years around a Gregorian date (the one containing it among
/// them), inside [`HIJRI_YEARS`].
pub(crate) fn hijri_years_around(d: Date) -> impl Iterator<Item = i32> {
    // 1 Muharram 1 AH = 1970-01-01 − 492 148 days; a Hijri year is about
    // 354.367 days.
    let estimate = ((d.to_days() + 492_148) * 1000 / 354_367 + 1) as i32;
    (estimate - 2..=estimate + 2).filter(|y| HIJRI_YEARS.contains(y))
}

/// The Hijri year containing `d`.
pub(crate) fn hijri_year_of(d: Date) -> Option<i32> {
    hijri_years_around(d).find(|&y| hijri_year_span(y).is_some_and(|(s, e)| s <= d && d <= e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> Date {
        Date::new(y, m, d).unwrap()
    }

    #[test]
    fn weekdays_and_iso_weeks() {
        assert_eq!(weekday(date(2023, 3, 16)), 4, "a Thursday");
        assert_eq!(weekday(date(1970, 1, 1)), 4);
        assert_eq!(weekday(date(2024, 2, 29)), 4);
        assert_eq!(iso_week(date(2023, 3, 16)), "2023-W11");
        assert_eq!(iso_week(date(2021, 1, 3)), "2020-W53");
        assert_eq!(iso_week(date(2024, 12, 30)), "2025-W01");
    }

    #[test]
    fn weekday_picks() {
        let thu = date(2023, 3, 16);
        let on = |wd, p| weekday_date(thu, wd, p).to_string();
        assert_eq!(on(4, Pick::OnOrBefore), "2023-03-16");
        assert_eq!(on(3, Pick::OnOrBefore), "2023-03-15");
        assert_eq!(on(5, Pick::OnOrBefore), "2023-03-10");
        assert_eq!(on(5, Pick::OnOrAfter), "2023-03-17");
        assert_eq!(on(4, Pick::After), "2023-03-23");
        assert_eq!(on(4, Pick::Before), "2023-03-09");
        assert_eq!(on(1, Pick::Nearest), "2023-03-13");
        assert_eq!(on(6, Pick::Nearest), "2023-03-18");
    }

    #[test]
    fn months_and_hijri_spans() {
        assert_eq!(add_months(2023, 1, -1), (2022, 12));
        assert_eq!(add_months(2023, 12, 1), (2024, 1));
        let (s, e) = month_span(2024, 2).unwrap();
        assert_eq!(
            (s.to_string(), e.to_string()),
            ("2024-02-01".into(), "2024-02-29".into())
        );
        let (s, e) = hijri_month_span(1444, 9).unwrap();
        assert_eq!(
            (s.to_string(), e.to_string()),
            ("2023-03-23".into(), "2023-04-20".into())
        );
        assert_eq!(hijri_year_of(date(2023, 3, 16)), Some(1444));
        assert_eq!(hijri_year_of(date(2023, 7, 19)), Some(1445));
        assert_eq!(hijri_month_span(1600, 1), None);
    }
}
