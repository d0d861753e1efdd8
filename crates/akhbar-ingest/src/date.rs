//! Publication dates as pages and feeds write them → `YYYY-MM-DD`, or a
//! full ISO 8601 timestamp when a time is given.
//!
//! ```
//! use akhbar_ingest::date::normalize;
//!
//! assert_eq!(normalize("2024-03-15T10:20:00+03:00").as_deref(), Some("2024-03-15T10:20:00+03:00"));
//! assert_eq!(normalize("Fri, 15 Mar 2024 10:20:00 GMT").as_deref(), Some("2024-03-15T10:20:00Z"));
//! assert_eq!(normalize("15/03/2024").as_deref(), Some("2024-03-15"));
//! assert_eq!(normalize("غدا"), None);
//! ```

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

fn valid(y: u32, m: u32, d: u32) -> bool {
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => return false,
    };
    (1000..=2999).contains(&y) && d >= 1 && d <= days
}

fn num(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Arabic-Indic and Persian digits to ASCII.
fn ascii_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{660}'..='\u{669}' => char::from(b'0' + (c as u32 - 0x660) as u8),
            '\u{6F0}'..='\u{6F9}' => char::from(b'0' + (c as u32 - 0x6F0) as u8),
            c => c,
        })
        .collect()
}

/// `hh:mm[:ss]` → `hh:mm:ss`.
fn time(s: &str) -> Option<String> {
    let mut parts = s.split(':');
    let h = num(parts.next()?)?;
    let m = num(parts.next()?)?;
    let sec = match parts.next() {
        Some(x) => num(x.split('.').next()?)?,
        None => 0,
    };
    (h < 24 && m < 60 && sec < 61).then(|| format!("{h:02}:{m:02}:{sec:02}"))
}

/// A zone suffix → `Z` or `±hh:mm`.
fn zone(s: &str) -> Option<String> {
    let s = s.trim();
    match s.to_ascii_uppercase().as_str() {
        "" => return Some(String::new()),
        "Z" | "GMT" | "UT" | "UTC" => return Some("Z".into()),
        _ => {}
    }
    let (sign, rest) = match (s.strip_prefix('+'), s.strip_prefix('-')) {
        (Some(r), _) => ('+', r),
        (_, Some(r)) => ('-', r),
        _ => return None,
    };
    let digits: String = rest.chars().filter(|c| *c != ':').collect();
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (h, m) = (num(&digits[..2])?, num(&digits[2..])?);
    (h < 24 && m < 60).then(|| format!("{sign}{h:02}:{m:02}"))
}

/// Normalize a date as found in metadata; `None` when it is not one.
pub fn normalize(raw: &str) -> Option<String> {
    let s = ascii_digits(raw.trim());
    let s = s.as_str();
    if s.is_empty() || s.len() > 64 {
        return None;
    }
    iso(s).or_else(|| rfc2822(s)).or_else(|| numeric(s))
}

/// `YYYY-MM-DD`, `YYYY-MM-DDThh:mm[:ss[.f]][zone]`, also with a space or
/// slashes, or `YYYYMMDD`.
fn iso(s: &str) -> Option<String> {
    let (date, rest) = match s.find(['T', ' ', 't']) {
        Some(i) => (&s[..i], s[i + 1..].trim()),
        None => (s, ""),
    };
    let mut p = date.split(['-', '/', '.']);
    let (y, m, d) = match (p.next(), p.next(), p.next(), p.next()) {
        (Some(y), Some(m), Some(d), None) if y.len() == 4 => (num(y)?, num(m)?, num(d)?),
        (Some(all), None, None, None)
            if all.len() == 8 && all.bytes().all(|b| b.is_ascii_digit()) =>
        {
            (num(&all[..4])?, num(&all[4..6])?, num(&all[6..])?)
        }
        _ => return None,
    };
    if !valid(y, m, d) {
        return None;
    }
    let day = format!("{y:04}-{m:02}-{d:02}");
    if rest.is_empty() {
        return Some(day);
    }
    let split = rest.find(['Z', 'z', '+', '-', ' ']).unwrap_or(rest.len());
    let Some(t) = time(&rest[..split]) else {
        return Some(day);
    };
    match zone(&rest[split..]) {
        Some(z) => Some(format!("{day}T{t}{z}")),
        None => Some(day),
    }
}

/// `[Day,] DD Mon YYYY [hh:mm[:ss]] [zone]` (RSS `pubDate`).
fn rfc2822(s: &str) -> Option<String> {
    let s = s.split_once(',').map_or(s, |(_, r)| r).trim();
    let mut w = s.split_whitespace();
    let d = num(w.next()?)?;
    let mon = w.next()?.to_ascii_lowercase();
    let m = MONTHS.iter().position(|x| mon.starts_with(x))? as u32 + 1;
    let y = num(w.next()?)?;
    if !valid(y, m, d) {
        return None;
    }
    let day = format!("{y:04}-{m:02}-{d:02}");
    let Some(t) = w.next().and_then(time) else {
        return Some(day);
    };
    match zone(w.next().unwrap_or("")) {
        Some(z) if !z.is_empty() => Some(format!("{day}T{t}{z}")),
        _ => Some(format!("{day}T{t}")),
    }
}

/// `DD/MM/YYYY` or `DD-MM-YYYY` (day first, as Arabic outlets write it).
fn numeric(s: &str) -> Option<String> {
    let date = s.split_whitespace().next()?;
    let mut p = date.split(['/', '-', '.']);
    let (d, m, y) = (num(p.next()?)?, num(p.next()?)?, num(p.next()?)?);
    if p.next().is_some() || !valid(y, m, d) {
        return None;
    }
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// The date part (`YYYY-MM-DD`) of a normalized date.
pub fn day(normalized: &str) -> &str {
    normalized.get(..10).unwrap_or(normalized)
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn formats() {
        for (raw, want) in [
            ("2024-03-15", Some("2024-03-15")),
            ("2024-03-15T10:20Z", Some("2024-03-15T10:20:00Z")),
            (
                "2024-03-15 10:20:30.123+0300",
                Some("2024-03-15T10:20:30+03:00"),
            ),
            (
                "2017-01-20T21:43:00+01:00",
                Some("2017-01-20T21:43:00+01:00"),
            ),
            ("2017-01-20T214300", Some("2017-01-20")),
            ("٢٠٢٤-٠٣-١٥", Some("2024-03-15")),
            (
                "Mon, 04 Mar 2024 08:00:00 +0300",
                Some("2024-03-04T08:00:00+03:00"),
            ),
            ("4 March 2024", Some("2024-03-04")),
            ("20/01/2017", Some("2017-01-20")),
            ("2024-02-30", None),
            ("", None),
            ("yesterday", None),
            // Found by the feed fuzz target: byte slicing inside a character.
            ("202Ûx01", None),
            ("2024-01-01T03:04:05+ÛÛ", Some("2024-01-01")),
            ("2024-01-01T03:04:05+€1", Some("2024-01-01")),
            ("2024-01-01T03:04:05Û", Some("2024-01-01")),
        ] {
            assert_eq!(normalize(raw).as_deref(), want, "{raw}");
        }
    }
}
