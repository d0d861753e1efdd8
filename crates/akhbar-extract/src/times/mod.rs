//! Time expressions: when things happened, resolved against the
//! publication date.
//!
//! [`TimeTagger::find`] reads one sentence's tokens (their text, search form
//! and kind) and returns each [`TimeExpression`] with its token range, its
//! [`TimeKind`], and its ISO 8601 value:
//!
//! | Arabic | kind | value (anchor Thursday 2023-03-16) |
//! |---|---|---|
//! | «الخميس», «أمس الأربعاء», «يوم 15 آذار/مارس 2023» | date | `2023-03-16`, `2023-03-15`, `2023-03-15` |
//! | «سبتمبر 2021», «الشهر الماضي», «مطلع الشهر المقبل» | month | `2021-09`, `2023-02`, `2023-04` (approximate) |
//! | «عام 2021», «العام الجاري», «1444 هـ» | year | `2021`, `2023`, `2022-07-30/2023-07-18` |
//! | «الأسبوع المقبل» | week | `2023-W12` |
//! | «قرابة 3 ساعات», «نصف ساعة», «خمس سنوات» | duration | `PT3H` (approximate), `PT30M`, `P5Y` |
//!
//! # Rules
//!
//! - **Weekdays.** With «المقبل/القادم» the first such day after the anchor,
//!   with «الماضي/المنصرم» the last one before it. A bare weekday is the most
//!   recent such day on or before the anchor (news is written in the past),
//!   unless its clause is future — a future word before it in the same
//!   clause («سوف», «من المقرر أن», «يعتزم», «المرتقب», «لن», a verb with the
//!   prefix س: «سيزور», «ستعقد») — and then it is the next such day on or
//!   after the anchor. The clause runs to the nearest punctuation or
//!   «أن/إن» on each side (at most 12 tokens); «من المقرر أن» reaches across
//!   its own «أن». After «أمس», «اليوم» or «غداً» («أمس الإثنين») the weekday
//!   wins: the day is that weekday nearest to the day the relative word
//!   names, so that a publication date a day off still gives the right day.
//!   «يوم» before a day is part of its span; a day part (مساء، صباح، فجر،
//!   ظهر، ليلة…) is not: «مساء أمس الثلاثاء» → «أمس الثلاثاء». «ليلة الخميس»
//!   is Thursday (news uses it for the night of Thursday). An explicit date
//!   after the weekday is one span with it: «أمس الخميس 16/3/2023».
//! - **Relative days and periods.** «اليوم» is the anchor (also in «حتى اليوم»,
//!   "nowadays"; not in «اليوم التالي», «اليوم الوطني», «ذلك اليوم»),
//!   «أمس/البارحة/الليلة الماضية» the day before, «أول أمس» two days before,
//!   «غداً» and «بعد غد» one and two days after. «الأسبوع/الشهر/العام» with
//!   «المقبل/الماضي/الجاري» (or after «هذا») are the ISO week, month or year
//!   one step from the anchor's. «مطلع/بداية/أواخر/نهاية/منتصف…» before a
//!   period, a month or a year gives that period, marked approximate.
//! - **Counted periods after a preposition** are durations, and the
//!   preposition (منذ، قبل، بعد، خلال…) is not part of the span: «منذ 12
//!   عاما» → «12 عاما» `P12Y`, «قبل أسبوعين» → «أسبوعين» `P2W`, «بعد أقل من
//!   شهر» → «أقل من شهر» `P1M` (approximate), whether they count from the
//!   publication or from another event. «الأسبوعين الماضيين» and «اليومين
//!   المقبلين» (a definite dual with its adjective) are `P2W`, `P2D`.
//!   «الأسبوع الأخير من نوفمبر» is the ISO week of the month's last Monday
//!   (approximate); «موفى الشهر» (Tunisian) is the month, approximate.
//! - **Explicit dates.** Day-first, as Arabic news writes them: «15 مارس
//!   2023», «الـ15 من آذار», «الخامس عشر من شهر مارس», «15/3/2023»,
//!   «١٥-٣-٢٠٢٣», «2023-03-15», «15.03.2023»; month names of the three
//!   families (Egyptian/Gulf يناير…, Levantine كانون الثاني…, Maghrebi
//!   جانفي…, Moroccan يوليوز…), paired as «آذار/مارس» or «مارس (آذار)»; an
//!   era marker (م، ميلادي، هـ، هجري) after the year. Without a year, a day or
//!   month takes the year its modifier gives (the annotation guide, 3.3):
//!   «مارس الماضي» the last March before the anchor, «مارس المقبل/القادم»
//!   the next one, «مارس الجاري» or a bare «مارس» (datelines «أبوظبي في 22
//!   مارس» included) the anchor's year. A bare day before another date takes
//!   its month and year: «يومي 3 و4 أيار», «من 3 إلى 5 مارس» give «3» and
//!   «4 أيار» (or «5 مارس») as two expressions. A KUNA dateline
//!   «الكويت - 15 - 1 (كونا)» is day - month in the anchor's year. A day that the month
//!   does not have («32 شباط», «30 فبراير 2023») is not a date; the month
//!   name after it is then read alone. A date restated in the other
//!   calendar («18 شعبان 1444 هـ الموافق 10 مارس 2023 م») is two
//!   expressions, each with its era marker.
//! - **Hijri.** «12 رمضان 1444 هـ» is converted to the Gregorian day with the
//!   Umm al-Qura calendar (`akhbar_text::calendar`); numeric dates with a
//!   year in 1300–1599 are Hijri too. A Hijri month or year is not a
//!   Gregorian month or year, so its value is the ISO 8601 interval of its
//!   Gregorian days: «رمضان 1444» → `2023-03-23/2023-04-20` (kind month,
//!   calendar Hijri). Hijri years outside 1343–1500 (the table) get no
//!   value. A year without an era marker is Hijri when it is within 15
//!   years of the anchor's Hijri year («للعام 1436» published in 2015).
//! - **Durations.** A number (digits or words, «خمسة عشر», «خمسة وعشرين»), a
//!   dual («ساعتين», «يومين») or a fraction («نصف ساعة», «ساعة ونصف») with a
//!   unit from seconds to years; a single unit only after «لمدة/طوال/نحو…»,
//!   a preposition such as «بعد», or with «واحد» («عام واحد»).
//!   Approximations before (قرابة، نحو، حوالي، زهاء، ما يقارب، أكثر من، أقل من)
//!   or after (تقريباً) mark the expression approximate and are part of its
//!   span. Vague counts («عدة أيام», «عشرات السنين», «عقود») are left out, and
//!   so are numbers of identifiers: in «القانون عدد 38 لسنة 2020» neither
//!   «38 لسنة» (a unit after a number never carries a proclitic) nor «لسنة
//!   2020» (a year word with ل right after a number) is a time.
//! - **Ambiguous words.** Month names that are also common words need
//!   support: «مارس» (practised), «ماي», «آب» (father), «رمضان» (a name)
//!   need a day, a year, «شهر», a paired name or a preposition before them;
//!   «صفر» (zero), «محرم», «رجب», «شعبان» need a day, a year or «شهر».
//!   «الأحد» is not read in «الأحد عشر» or «الواحد الأحد», «الاثنين» not in
//!   «كلا الاثنين», «العام» not after «الأمين/الرأي/المدعي…».
//!
//! Without an anchor, expressions that need one keep their kind and get no
//! value. Each token is classified once with one hash look-up of its search
//! form (and of its form without a proclitic); every pattern then looks a
//! bounded number of tokens ahead, so a sentence costs linear time.
//!
//! ```
//! use akhbar_extract::times::{TimeTagger, TimeToken, TimeKind};
//! use akhbar_text::calendar::Date;
//! use akhbar_text::normalize::Normalizer;
//! use akhbar_text::tokenize::tokenize;
//!
//! let text = "وقال الوزير الخميس إن الجلسة دامت قرابة 3 ساعات";
//! let normalizer = Normalizer::default();
//! let spans: Vec<_> = tokenize(text).collect();
//! let norms: Vec<String> = spans.iter().map(|t| normalizer.normalize(t.text(text))).collect();
//! let tokens: Vec<TimeToken> = spans
//!     .iter()
//!     .zip(&norms)
//!     .map(|(t, n)| TimeToken { text: t.text(text), norm: n, kind: t.kind })
//!     .collect();
//! let found = TimeTagger::default().find(&tokens, Date::new(2023, 3, 16));
//! assert_eq!(found[0].kind, TimeKind::Date);
//! assert_eq!(found[0].value.as_deref(), Some("2023-03-16"));
//! assert_eq!(found[1].value.as_deref(), Some("PT3H"));
//! assert!(found[1].approximate);
//! ```

mod lexicon;
mod resolve;
#[cfg(test)]
mod tests;

use std::ops::Range;

/// Is the search form `norm` the name of a month, Gregorian in any Arabic
/// naming or Hijri («مارس», «آذار», «مارس», «شوال»), with a clitic or not?
pub(crate) fn is_month_name(norm: &str) -> bool {
    lexicon::Lexicon::get().is_month(norm)
}

/// Is the search form `norm`, as it stands, a weekday or a day word
/// («الخميس», «اليوم», «الليلة»)?
pub(crate) fn is_day_word(norm: &str) -> bool {
    lexicon::Lexicon::get().is_day(norm)
}

/// Is the word (search form) an ordinal («الخامس»), as a regnal number
/// after a name («محمد السادس»)?
pub(crate) fn is_ordinal_word(norm: &str) -> bool {
    lexicon::Lexicon::get().is_ordinal(norm)
}

use akhbar_text::calendar::{hijri_to_gregorian, Calendar, Date};
use akhbar_text::tokenize::TokenKind;

use self::lexicon::{digits, Ambiguity, Count, Head, Lex, Lexicon, Offset, Rel, Twelfths, Unit};
use self::resolve::{
    add_days, add_months, hijri_month_span, hijri_year_of, hijri_year_span, hijri_years_around,
    iso_week, month_span, pick, weekday, weekday_date, Pick, HIJRI_YEARS,
};

/// One token of a sentence, as the tagger reads it.
#[derive(Clone, Copy, Debug)]
pub struct TimeToken<'a> {
    /// The token's text.
    pub text: &'a str,
    /// Its search form (`akhbar_text::normalize`, default profile).
    pub norm: &'a str,
    /// Its kind.
    pub kind: TokenKind,
}

/// What a time expression denotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TimeKind {
    /// A calendar day: `2023-03-16`.
    Date,
    /// A month: `2023-03` (a Hijri month: the interval of its days).
    Month,
    /// A year: `2023` (a Hijri year: the interval of its days).
    Year,
    /// An ISO week: `2023-W11`.
    Week,
    /// A length of time: `PT3H`, `P2D`.
    Duration,
}

impl TimeKind {
    /// Lowercase name used in JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            TimeKind::Date => "date",
            TimeKind::Month => "month",
            TimeKind::Year => "year",
            TimeKind::Week => "week",
            TimeKind::Duration => "duration",
        }
    }
}

/// A time expression found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeExpression {
    /// Token indexes into the sentence given to [`TimeTagger::find`].
    pub tokens: Range<usize>,
    /// What it denotes.
    pub kind: TimeKind,
    /// ISO 8601 value (`2023-03-16`, `2023-03`, `2023`, `2023-W11`, `PT3H`,
    /// or an interval `2023-03-23/2023-04-20` for Hijri months and years);
    /// `None` when it cannot be resolved (no anchor, a Hijri year outside the
    /// table, a count from another event).
    pub value: Option<String>,
    /// The day, when it denotes one.
    pub date: Option<Date>,
    /// Approximate: «قرابة 3 ساعات», «مطلع الشهر», «قبل أسبوع».
    pub approximate: bool,
    /// The calendar of an explicit date, month or year; `None` for relative
    /// expressions and durations.
    pub calendar: Option<Calendar>,
}

/// Finds and resolves time expressions; see the [module docs](self).
#[derive(Clone, Copy, Debug, Default)]
pub struct TimeTagger {
    _private: (),
}

impl TimeTagger {
    /// The time expressions of one sentence, in order and not overlapping,
    /// resolved against `anchor` (the publication date).
    pub fn find(&self, tokens: &[TimeToken<'_>], anchor: Option<Date>) -> Vec<TimeExpression> {
        self.find_after(tokens, anchor, None)
    }

    /// [`find`](Self::find) for a sentence that follows others: «اليوم
    /// نفسه» (the same day) is `last_day`, the last day named before it,
    /// unless the sentence names another first.
    pub fn find_after(
        &self,
        tokens: &[TimeToken<'_>],
        anchor: Option<Date>,
        last_day: Option<Date>,
    ) -> Vec<TimeExpression> {
        let lexicon = Lexicon::get();
        let lex: Vec<Lex> = tokens.iter().map(|t| lexicon.classify(t)).collect();
        if lex.iter().all(|l| matches!(l, Lex::None | Lex::Punct(_))) {
            return Vec::new();
        }
        let p = Parser {
            tokens,
            lex: &lex,
            anchor,
        };
        let mut out = Vec::new();
        let mut last_day = last_day;
        let mut i = 0;
        while i < tokens.len() {
            match p.at(i) {
                Some(f) if f.end > i => {
                    if let Value::Day(d) = f.value {
                        last_day = Some(d);
                    }
                    out.push(f.into_expression(i));
                    i = f.end;
                }
                _ => {
                    if let Some(end) = p.same_day(i).filter(|_| last_day.is_some()) {
                        out.push(Found::day(end, last_day).into_expression(i));
                        i = end;
                    } else {
                        i += 1;
                    }
                }
            }
        }
        out
    }
}

/// A length of time: `n` units and `frac` twelfths of one more.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Duration {
    n: u32,
    unit: Unit,
    frac: Twelfths,
}

impl Duration {
    fn iso(self) -> String {
        let n = u64::from(self.n);
        let f = u64::from(self.frac);
        // (years, months, days, hours, minutes, seconds)
        let (y, mo, d, h, mi, s) = match self.unit {
            Unit::Second => (0, 0, 0, 0, 0, n),
            Unit::Minute => (0, 0, 0, 0, n, f * 5),
            Unit::Hour => (0, 0, 0, n, f * 5, 0),
            Unit::Day => (0, 0, n, f * 2, 0, 0),
            Unit::Week if f == 0 => return format!("P{n}W"),
            Unit::Week => (0, 0, n * 7 + f * 7 / 12, (f * 7 % 12) * 2, 0, 0),
            Unit::Month => (0, n, f * 5 / 2, 0, 0, 0),
            Unit::Year => (n, f, 0, 0, 0, 0),
            // A decade and a half: 15 years.
            Unit::Decade => (n * 10 + f * 10 / 12, f * 10 % 12, 0, 0, 0, 0),
        };
        let mut out = String::from("P");
        for (v, c) in [(y, 'Y'), (mo, 'M'), (d, 'D')] {
            if v > 0 {
                out.push_str(&format!("{v}{c}"));
            }
        }
        if h + mi + s > 0 {
            out.push('T');
            for (v, c) in [(h, 'H'), (mi, 'M'), (s, 'S')] {
                if v > 0 {
                    out.push_str(&format!("{v}{c}"));
                }
            }
        }
        if out.len() == 1 {
            out.push_str("T0S");
        }
        out
    }
}

/// A resolved value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Value {
    Unknown,
    Day(Date),
    Month(i32, u32),
    Year(i32),
    Week(Date),
    /// Gregorian days of a Hijri month or year.
    Span(Date, Date),
    Duration(Duration),
}

/// A parsed expression: where it ends and what it means.
#[derive(Clone, Copy, Debug)]
struct Found {
    end: usize,
    kind: TimeKind,
    value: Value,
    approximate: bool,
    calendar: Option<Calendar>,
}

impl Found {
    fn new(end: usize, kind: TimeKind, value: Value) -> Found {
        Found {
            end,
            kind,
            value,
            approximate: false,
            calendar: None,
        }
    }

    fn day(end: usize, date: Option<Date>) -> Found {
        Found::new(end, TimeKind::Date, date.map_or(Value::Unknown, Value::Day))
    }

    fn approx(mut self, yes: bool) -> Found {
        self.approximate |= yes;
        self
    }

    fn calendar(mut self, calendar: Calendar) -> Found {
        self.calendar = Some(calendar);
        self
    }

    fn into_expression(self, start: usize) -> TimeExpression {
        let (value, date) = match self.value {
            Value::Unknown => (None, None),
            Value::Day(d) => (Some(d.to_string()), Some(d)),
            Value::Month(y, m) => (Some(format!("{y:04}-{m:02}")), None),
            Value::Year(y) => (Some(format!("{y:04}")), None),
            Value::Week(d) => (Some(iso_week(d)), None),
            Value::Span(s, e) => (Some(format!("{s}/{e}")), None),
            Value::Duration(d) => (Some(d.iso()), None),
        };
        TimeExpression {
            tokens: start..self.end,
            kind: self.kind,
            value,
            date,
            approximate: self.approximate,
            calendar: self.calendar,
        }
    }
}

/// A month name: calendar, month, how ambiguous, where it ends, and
/// whether it came paired with its name in another family.
#[derive(Clone, Copy, Debug)]
struct MonthName {
    calendar: Calendar,
    month: u32,
    ambiguity: Ambiguity,
    end: usize,
    paired: bool,
}

/// What follows a month name about its year.
#[derive(Clone, Copy, Debug)]
enum YearSpec {
    /// «مارس 2023», «مارس عام 2023م».
    Explicit(i32),
    /// «مارس من العام الماضي».
    RelYear(Rel),
    /// «مارس الماضي»: the last March.
    MonthRel(Rel),
}

/// The longest a clause is searched for future words, on each side.
const CLAUSE_WINDOW: usize = 12;

/// Most words from an imperfect verb to the day it sets ahead: the verb,
/// its object and «يوم» («قد يزور القاهرة يوم الأربعاء»).
const IMPERFECT_REACH: usize = 3;

/// Most words back from such a verb to a «كان» that makes it past.
const IMPERFECT_PAST_REACH: usize = 6;

struct Parser<'s, 't> {
    tokens: &'s [TimeToken<'t>],
    lex: &'s [Lex],
    anchor: Option<Date>,
}

impl Parser<'_, '_> {
    fn lex(&self, i: usize) -> Lex {
        self.lex.get(i).copied().unwrap_or(Lex::None)
    }

    fn norm(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.norm)
    }

    /// The lexical role of the token before `i`.
    fn before(&self, i: usize) -> Lex {
        i.checked_sub(1).map_or(Lex::None, |j| self.lex(j))
    }

    fn at(&self, i: usize) -> Option<Found> {
        match self.lex(i) {
            Lex::None | Lex::Punct(_) | Lex::Wa | Lex::Era(_) => None,
            Lex::Edge => self.edge(i).or_else(|| self.core(i)),
            _ => self.core(i),
        }
    }

    fn core(&self, i: usize) -> Option<Found> {
        // A day part before a day («مساء أمس», «صباح الغد») is not part of
        // its span; it only lets «الغد» be read as tomorrow.
        if self.lex(i) == Lex::DayPart {
            return None;
        }
        // «يوم» before a weekday, a relative day or a date is.
        if self.lex(i) == Lex::Unit(Unit::Day, Count::One) {
            if let Some(f) = self.dated(i + 1, true) {
                return Some(f);
            }
        }
        if let Some(f) = self.dated(i, self.before(i) == Lex::DayPart) {
            return Some(f);
        }
        if self.lex(i) == Lex::Unit(Unit::Month, Count::One) {
            // «شهر مارس», «شهر رمضان».
            if let Some(f) = self.month(i + 1, true) {
                return Some(f);
            }
        }
        self.month(i, false)
            .or_else(|| self.period(i))
            .or_else(|| self.year(i))
            .or_else(|| self.quantity(i))
            .or_else(|| self.definite_duration(i))
    }

    /// A day: explicit date, weekday or relative day.
    fn dated(&self, i: usize, prefixed: bool) -> Option<Found> {
        self.explicit_date(i)
            .or_else(|| self.paired_day(i, 0))
            .or_else(|| self.weekday(i))
            .or_else(|| self.day_word(i, prefixed))
    }

    /// The bare first day of a pair or range: «3» in «يومي 3 و4 أيار», «من
    /// 3 إلى 5 مارس», «3 و4 و5 مايو». It takes the month and year of the
    /// date after it, and is an expression of its own.
    fn paired_day(&self, i: usize, depth: u8) -> Option<Found> {
        let (day, k) = self.day_number(i)?;
        let next = match self.lex(k) {
            Lex::Wa => k + 1,
            Lex::Prep if matches!(self.norm(k), "الي" | "حتي") => k + 1,
            Lex::Punct('-' | '–') => k + 1,
            _ => return None,
        };
        let (partner_day, _) = self.day_number(next)?;
        if partner_day <= day {
            return None;
        }
        let partner = self.explicit_date(next).or_else(|| {
            (depth < 3)
                .then(|| self.paired_day(next, depth + 1))
                .flatten()
        })?;
        if partner.kind != TimeKind::Date {
            return None;
        }
        let date = match partner.value {
            Value::Day(d) => Some(add_days(d, i64::from(day) - i64::from(partner_day))),
            _ => None,
        };
        let mut found = Found::day(k, date);
        found.calendar = partner.calendar;
        Some(found)
    }

    // ---- Weekdays and relative days -------------------------------------

    fn weekday(&self, i: usize) -> Option<Found> {
        let Lex::Weekday(wd) = self.lex(i) else {
            return None;
        };
        if !self.weekday_plausible(i, wd) {
            return None;
        }
        let mut end = i + 1;
        let choice = match self.lex(end) {
            Lex::Rel(r) => {
                end += 1;
                match r {
                    Rel::Next => Pick::After,
                    Rel::Last => Pick::Before,
                    Rel::Current => Pick::Nearest,
                }
            }
            _ if self.clause_is_future(i) => Pick::OnOrAfter,
            _ => Pick::OnOrBefore,
        };
        // «الخميس 16 مارس 2023», «الخميس، 16/3/2023», «الخميس الموافق …».
        let mut k = end;
        if matches!(self.lex(k), Lex::Punct('،' | ',') | Lex::Corresponding) {
            k += 1;
        }
        if let Some(f) = self.explicit_date(k) {
            return Some(f);
        }
        Some(Found::day(
            end,
            self.anchor.map(|a| weekday_date(a, wd, choice)),
        ))
    }

    fn weekday_plausible(&self, i: usize, wd: u8) -> bool {
        let prev = i.checked_sub(1).map_or("", |j| self.norm(j));
        let next = self.norm(i + 1);
        match wd {
            // «الأحد عشر» (eleven), «الواحد الأحد».
            7 => !matches!(next, "عشر" | "عشره") && !matches!(prev, "الواحد" | "الله"),
            // «كلا الاثنين», «بين الاثنين» (the two).
            1 => {
                !matches!(prev, "كلا" | "لكلا" | "بين" | "هذين")
                    && !matches!(next, "معا" | "منهما" | "منهم" | "كليهما")
            }
            _ => true,
        }
    }

    fn day_word(&self, i: usize, prefixed: bool) -> Option<Found> {
        let (offset, mut end) = match self.lex(i) {
            Lex::DayWord(0) => {
                let blocked = matches!(
                    self.norm(i + 1),
                    "التالي"
                        | "الاول"
                        | "الثاني"
                        | "الثالث"
                        | "الرابع"
                        | "الخامس"
                        | "السادس"
                        | "السابع"
                        | "الثامن"
                        | "التاسع"
                        | "العاشر"
                        | "الحادي"
                        | "الاخير"
                        | "السابق"
                        | "الذي"
                        | "العالمي"
                        | "الوطني"
                        | "الدولي"
                        | "نفسه"
                        | "ذاته"
                        | "الموعود"
                        | "الدراسي"
                        | "الواحد"
                        | "الاكثر"
                        | "الاشد"
                        | "الاسوا"
                        | "الاعنف"
                        | "الاطول"
                ) || self.demonstrative_before(i)
                    // Names of outlets («روسيا اليوم», «عين اليوم», «المصري
                    // اليوم») and «على مدار اليوم» (all day long).
                    || i.checked_sub(1).is_some_and(|j| {
                        matches!(self.norm(j), "روسيا" | "عين" | "المصري" | "مدار")
                    });
                if blocked {
                    return None;
                }
                (0, i + 1)
            }
            Lex::DayWord(-1) if self.norm(i + 1) == "الاول" => (-2, i + 2),
            Lex::DayWord(k) => (i64::from(k), i + 1),
            // «أول أمس», «أول من أمس».
            Lex::Awwal => {
                let k = if self.lex(i + 1) == Lex::Min {
                    i + 2
                } else {
                    i + 1
                };
                if self.lex(k) != Lex::DayWord(-1) {
                    return None;
                }
                (-2, k + 1)
            }
            // «بعد غد».
            Lex::Offset(Offset::After) if self.lex(i + 1) == Lex::Ghad => (2, i + 2),
            // «صباح الغد», «يوم غد»: «الغد» alone is also "the future".
            Lex::Ghad if prefixed => (1, i + 1),
            Lex::Tonight => {
                if self.demonstrative_before(i) || matches!(self.norm(i + 1), "نفسها" | "ذاتها")
                {
                    return None;
                }
                if self.lex(i + 1) == Lex::Rel(Rel::Last) {
                    (-1, i + 2)
                } else {
                    (0, i + 1)
                }
            }
            _ => return None,
        };
        let base = self.anchor.map(|a| add_days(a, offset));
        // «أمس الإثنين», «اليوم الخميس», «اليوم (الاثنين)»: the named
        // weekday nearest that day.
        let bracketed = self.lex(end) == Lex::Punct('(')
            && matches!(self.lex(end + 1), Lex::Weekday(_))
            && self.lex(end + 2) == Lex::Punct(')');
        let weekday = if bracketed { end + 1 } else { end };
        if let Lex::Weekday(wd) = self.lex(weekday) {
            end = if bracketed { end + 3 } else { end + 1 };
            // «أمس الخميس 16/3/2023»: one span, the explicit date's value.
            let mut k = end;
            if matches!(self.lex(k), Lex::Punct('،' | ',') | Lex::Corresponding) {
                k += 1;
            }
            if let Some(f) = self.explicit_date(k) {
                return Some(f);
            }
            return Some(Found::day(
                end,
                base.map(|b| weekday_date(b, wd, Pick::Nearest)),
            ));
        }
        Some(Found::day(end, base))
    }

    /// Where «اليوم نفسه», «اليوم ذاته», «نفس اليوم» or «ذات اليوم» (the
    /// day just named) starting at `i` ends.
    fn same_day(&self, i: usize) -> Option<usize> {
        let day = |k: usize| self.lex(k) == Lex::DayWord(0);
        if day(i) && matches!(self.norm(i + 1), "نفسه" | "ذاته") {
            return Some(i + 2);
        }
        (matches!(self.norm(i), "نفس" | "ذات") && day(i + 1)).then_some(i + 2)
    }

    /// «ذلك اليوم», «تلك الليلة», «في نفس اليوم», «في مثل هذا اليوم»: a day of
    /// the story, not of the publication.
    fn demonstrative_before(&self, i: usize) -> bool {
        let Some(j) = i.checked_sub(1) else {
            return false;
        };
        // «في مثل هذا اليوم» (on this day, years ago).
        let like_this = matches!(self.norm(j), "هذا" | "هذه")
            && j.checked_sub(1).is_some_and(|k| self.norm(k) == "مثل");
        like_this || matches!(self.norm(j), "ذلك" | "تلك" | "نفس" | "ذات")
    }

    /// Is token `j`, a few words before the day at `i`, a verb in the
    /// imperfect that tells what is to come («تبدأ الخميس», «قد يزور القاهرة
    /// يوم الأربعاء»)? A verb is imperfect when the raw news corpus also
    /// has it with the future «سـ»; not after «كان», a negation or «ما
    /// زال» (past or ongoing), and not across «منذ», «قبل» or «بعد».
    fn imperfect_before(&self, j: usize, i: usize) -> bool {
        let w = self.norm(j);
        let w = w
            .strip_prefix(['و', 'ف'])
            .filter(|r| r.starts_with(['ي', 'ت', 'ن']))
            .unwrap_or(w);
        if !w.starts_with(['ي', 'ت', 'ن']) || w.chars().count() < 3 {
            return false;
        }
        let lexicon = akhbar_text::segment::SegmenterModel::bundled().lexicon();
        if lexicon.count_joined("س", w) < 2 {
            return false;
        }
        let negated_or_ongoing = j.checked_sub(1).is_some_and(|k| {
            let w = self.norm(k);
            matches!(
                w.strip_prefix(['و', 'ف'])
                    .filter(|r| r.chars().count() >= 2)
                    .unwrap_or(w),
                "لم" | "لا" | "ما" | "لما" | "ظل" | "ظلت" | "زال" | "تزال" | "يزال"
            )
        });
        // «وكان فلان (34 عاما) يشارك الأحد»: «كان» a few words back, in the
        // same clause, makes it past.
        let was = (j.saturating_sub(IMPERFECT_PAST_REACH)..j)
            .rev()
            .take_while(|&k| {
                !matches!(self.lex(k), Lex::Punct(c) if is_clause_boundary(c) && !matches!(c, '(' | ')'))
            })
            .any(|k| {
                let w = self.norm(k);
                let w = w.strip_prefix('و').filter(|r| r.starts_with("كان")).unwrap_or(w);
                matches!(w, "كان" | "كانت" | "كانوا" | "كانا" | "كانتا")
            });
        let past_or_ongoing = negated_or_ongoing || was;
        // «المنشور الذي يحمل تاريخ الأحد»: a date carried, not one ahead.
        let dated = matches!(self.norm(i - 1), "تاريخ" | "بتاريخ");
        !past_or_ongoing && !dated && !(j + 1..i).any(|k| matches!(self.lex(k), Lex::Offset(_)))
    }

    /// Is the clause around token `i` about the future?
    fn clause_is_future(&self, i: usize) -> bool {
        let lo = i.saturating_sub(CLAUSE_WINDOW);
        let mut j = i;
        // «داعيا إلى يوم تعبئة جديد الخميس»: what an appeal calls for lies
        // ahead; the weekday follows «إلى» and its noun.
        let mut after_ila = false;
        while j > lo {
            j -= 1;
            if self.norm(j) == "الي" {
                after_ila = true;
            } else if after_ila && is_appeal(self.norm(j)) {
                return true;
            }
            match self.lex(j) {
                Lex::Punct(c) if is_clause_boundary(c) => break,
                Lex::Future | Lex::Rel(Rel::Next) => return true,
                _ if is_complementizer(self.norm(j)) => {
                    // «من المقرر أن», «يعتزم أن»: the governing word is future.
                    return (j.saturating_sub(2)..j).any(|k| self.lex(k) == Lex::Future);
                }
                _ if is_future_verb(self.norm(j)) => return true,
                _ if i - j <= IMPERFECT_REACH && self.imperfect_before(j, i) => return true,
                _ => {}
            }
        }
        let hi = (i + 1 + CLAUSE_WINDOW).min(self.tokens.len());
        for j in i + 1..hi {
            match self.lex(j) {
                Lex::Punct(c) if is_clause_boundary(c) => break,
                Lex::Future => return true,
                _ if is_complementizer(self.norm(j)) => break,
                _ if is_future_verb(self.norm(j)) => return true,
                _ => {}
            }
        }
        false
    }

    // ---- Explicit dates ---------------------------------------------------

    fn explicit_date(&self, i: usize) -> Option<Found> {
        if let Some(f) = self.numeric_date(i).or_else(|| self.dateline_day_month(i)) {
            return Some(f);
        }
        let (day, mut k) = self.day_number(i)?;
        if self.lex(k) == Lex::Min {
            k += 1;
        }
        if self.lex(k) == Lex::Unit(Unit::Month, Count::One) {
            k += 1;
        }
        if let Some(name) = self.month_name(k) {
            let (spec, end) = match self.year_spec(name.end) {
                Some((spec, end)) => (Some(spec), end),
                None => (None, name.end),
            };
            return self.day_of_month(day, name, spec, end);
        }
        // «15 الجاري», «العاشر من الشهر الماضي».
        let (rel, end) = match (self.lex(k), self.lex(k + 1)) {
            (Lex::Rel(Rel::Current), _) if k == i + 1 && matches!(self.lex(i), Lex::Number(_)) => {
                (Rel::Current, k + 1)
            }
            (Lex::Period(Unit::Month), Lex::Rel(r)) if self.lex(k - 1) == Lex::Min => (r, k + 2),
            _ => return None,
        };
        let value = match self.anchor {
            Some(a) => {
                let step = match rel {
                    Rel::Next => 1,
                    Rel::Last => -1,
                    Rel::Current => 0,
                };
                let (y, m) = add_months(a.year, a.month, step);
                Some(Date::new(y, m, day)?)
            }
            None => None,
        };
        Some(Found::day(end, value))
    }

    /// A day number starting at `i`: «15», «الـ15», «الخامس عشر», «الحادي
    /// والعشرين». Returns the day and the index after it.
    fn day_number(&self, i: usize) -> Option<(u32, usize)> {
        // «أول أكتوبر الجاري», «فاتح نونبر» (Moroccan): the first day, right
        // before a month's name.
        if self.lex(i) == Lex::Awwal && self.month_name(i + 1).is_some() {
            return Some((1, i + 1));
        }
        match self.lex(i) {
            Lex::Number(Some(d)) if (1..=31).contains(&d) && self.norm(i).len() <= 2 => {
                Some((d, i + 1))
            }
            Lex::Al => match self.lex(i + 1) {
                Lex::Number(Some(d)) if (1..=31).contains(&d) => Some((d, i + 2)),
                _ => None,
            },
            Lex::Ordinal(o) => {
                // Ordinal words are also adjectives («الربع الأول»): a day only
                // at the start or after a preposition, a weekday or a day part.
                let after_ok = i == 0
                    || matches!(
                        self.before(i),
                        Lex::Prep
                            | Lex::Min
                            | Lex::Offset(_)
                            | Lex::Weekday(_)
                            | Lex::DayPart
                            | Lex::Unit(Unit::Day, Count::One)
                            | Lex::Punct(_)
                            | Lex::Corresponding
                            | Lex::Wa
                    );
                if !after_ok {
                    return None;
                }
                let o = u32::from(o);
                match self.lex(i + 1) {
                    Lex::Teen if o < 10 => Some((o + 10, i + 2)),
                    Lex::Ordinal(t @ (20 | 30)) if o < 10 && self.norm(i + 1).starts_with('و') => {
                        Some((o + u32::from(t), i + 2))
                    }
                    _ if self.norm(i) == "الحادي" => None,
                    _ => Some((o, i + 1)),
                }
            }
            _ => None,
        }
    }

    /// d/m/yyyy, d-m-yyyy, yyyy-mm-dd (as separate tokens) or d.m.yyyy (one
    /// number token), with an optional era marker.
    fn numeric_date(&self, i: usize) -> Option<Found> {
        let (a, b, c, mut end) = if self.lex(i) == Lex::Number(None) {
            let mut parts = self.norm(i).split('.');
            let (a, b, c) = (parts.next()?, parts.next()?, parts.next()?);
            if parts.next().is_some() {
                return None;
            }
            (digits(a)?, digits(b)?, digits(c)?, i + 1)
        } else {
            let Lex::Number(Some(a)) = self.lex(i) else {
                return None;
            };
            let sep = match self.lex(i + 1) {
                Lex::Punct(c @ ('/' | '-')) if self.norm(i + 1).len() == 1 => c,
                _ => return None,
            };
            let Lex::Number(Some(b)) = self.lex(i + 2) else {
                return None;
            };
            if self.lex(i + 3) != Lex::Punct(sep) || self.norm(i + 3).len() != 1 {
                return None;
            }
            let Lex::Number(Some(c)) = self.lex(i + 4) else {
                return None;
            };
            (a, b, c, i + 5)
        };
        let (y, m, d) = if a > 31 { (a, b, c) } else { (c, b, a) };
        if !(1000..=9999).contains(&y) {
            return None;
        }
        let era = match self.lex(end) {
            Lex::Era(cal) => {
                end += 1;
                Some(cal)
            }
            _ => None,
        };
        let calendar = era.unwrap_or(if (1300..1600).contains(&y) {
            Calendar::Hijri
        } else {
            Calendar::Gregorian
        });
        let (y, m, d) = (y as i32, m, d);
        let date = match calendar {
            Calendar::Gregorian => Some(Date::new(y, m, d)?),
            Calendar::Hijri if HIJRI_YEARS.contains(&y) => Some(hijri_to_gregorian(y, m, d)?),
            Calendar::Hijri if (1..=12).contains(&m) && (1..=30).contains(&d) => None,
            Calendar::Hijri => return None,
        };
        Some(Found::day(end, date).calendar(calendar))
    }

    /// «الكويت - 15 - 1 (كونا)»: a KUNA dateline, day - month in the
    /// anchor's year, right after the place and before the agency.
    fn dateline_day_month(&self, i: usize) -> Option<Found> {
        let (Lex::Number(Some(d)), Lex::Punct('-'), Lex::Number(Some(m)), Lex::Punct('(')) = (
            self.lex(i),
            self.lex(i + 1),
            self.lex(i + 2),
            self.lex(i + 3),
        ) else {
            return None;
        };
        let at_start = i == 0 || (i <= 4 && self.before(i) == Lex::Punct('-'));
        if !at_start || self.norm(i).len() > 2 || self.norm(i + 2).len() > 2 {
            return None;
        }
        Date::new(2024, m, d)?;
        let date = match self.anchor {
            Some(a) => Some(Date::new(a.year, m, d)?),
            None => None,
        };
        Some(Found::day(i + 3, date).calendar(Calendar::Gregorian))
    }

    /// A day of a named month, with what followed about the year.
    fn day_of_month(
        &self,
        day: u32,
        name: MonthName,
        spec: Option<YearSpec>,
        end: usize,
    ) -> Option<Found> {
        let m = name.month;
        let found = |date: Option<Date>| Some(Found::day(end, date).calendar(name.calendar));
        match (name.calendar, spec) {
            (Calendar::Gregorian, Some(YearSpec::Explicit(y))) => {
                found(Some(Date::new(y, m, day)?))
            }
            (Calendar::Hijri, Some(YearSpec::Explicit(y))) => {
                if HIJRI_YEARS.contains(&y) {
                    found(Some(hijri_to_gregorian(y, m, day)?))
                } else if day <= 30 {
                    found(None)
                } else {
                    None
                }
            }
            _ => {
                // Check the day against the month before resolving anything.
                if day > 31 || (name.calendar == Calendar::Hijri && day > 30) {
                    return None;
                }
                if name.calendar == Calendar::Gregorian && Date::new(2024, m, day).is_none() {
                    return None;
                }
                let Some(a) = self.anchor else {
                    return found(None);
                };
                let in_year = |y: i32| match name.calendar {
                    Calendar::Gregorian => Date::new(y, m, day),
                    Calendar::Hijri => hijri_to_gregorian(y, m, day),
                };
                let date = match spec {
                    Some(YearSpec::RelYear(r)) => {
                        self.year_of(a, name.calendar, r).and_then(in_year)
                    }
                    Some(YearSpec::MonthRel(r @ (Rel::Last | Rel::Next))) => {
                        let choice = relative_pick(r);
                        let days: Vec<(Date, Date, Date)> = self
                            .occurrences(a, name.calendar, m)
                            .into_iter()
                            .filter_map(|(y, _, _)| {
                                let d = match name.calendar {
                                    Calendar::Gregorian => Date::new(y, m, day),
                                    Calendar::Hijri => hijri_to_gregorian(y, m, day),
                                }?;
                                Some((d, d, d))
                            })
                            .collect();
                        pick(days, a, choice)
                    }
                    // «9 كانون الثاني الجاري», «أبوظبي في 22 مارس»: the
                    // anchor's year.
                    _ => self
                        .year_of(a, name.calendar, Rel::Current)
                        .and_then(in_year),
                };
                found(date)
            }
        }
    }

    /// The year (of `calendar`) one step from the anchor's.
    fn year_of(&self, a: Date, calendar: Calendar, r: Rel) -> Option<i32> {
        let step = match r {
            Rel::Next => 1,
            Rel::Last => -1,
            Rel::Current => 0,
        };
        match calendar {
            Calendar::Gregorian => Some(a.year + step),
            Calendar::Hijri => hijri_year_of(a)
                .map(|y| y + step)
                .filter(|y| HIJRI_YEARS.contains(y)),
        }
    }

    /// The occurrences of month `m` around the anchor: (year, first, last).
    fn occurrences(&self, a: Date, calendar: Calendar, m: u32) -> Vec<(i32, Date, Date)> {
        match calendar {
            Calendar::Gregorian => (a.year - 1..=a.year + 1)
                .filter_map(|y| month_span(y, m).map(|(s, e)| (y, s, e)))
                .collect(),
            Calendar::Hijri => hijri_years_around(a)
                .filter_map(|y| hijri_month_span(y, m).map(|(s, e)| (y, s, e)))
                .collect(),
        }
    }

    // ---- Months -------------------------------------------------------------

    /// A month name at `i`, with its pair («آذار/مارس», «مارس (آذار)»).
    fn month_name(&self, i: usize) -> Option<MonthName> {
        let mut name = self.single_month_name(i)?;
        let next = name.end;
        match self.lex(next) {
            Lex::Punct('/' | '-') => {
                if let Some(other) = self.single_month_name(next + 1) {
                    if other.month == name.month {
                        name.end = other.end;
                        name.paired = true;
                    }
                }
            }
            Lex::Punct('(') => {
                if let Some(other) = self.single_month_name(next + 1) {
                    if other.month == name.month && self.lex(other.end) == Lex::Punct(')') {
                        name.end = other.end + 1;
                        name.paired = true;
                    }
                }
            }
            // «أغسطس آب», «مارس آذار»: the two namings side by side.
            _ => {
                if let Some(other) = self.single_month_name(next) {
                    if other.month == name.month && other.calendar == name.calendar {
                        name.end = other.end;
                        name.paired = true;
                    }
                }
            }
        }
        Some(name)
    }

    fn single_month_name(&self, i: usize) -> Option<MonthName> {
        let name = |calendar, month, ambiguity, end| MonthName {
            calendar,
            month,
            ambiguity,
            end,
            paired: false,
        };
        match self.lex(i) {
            Lex::Month(cal, m, amb) => Some(name(cal, u32::from(m), amb, i + 1)),
            Lex::MonthHead(head) => {
                let tail = self.norm(i + 1);
                let (cal, m) = match (head, tail) {
                    (Head::Kanun, "الثاني") => (Calendar::Gregorian, 1),
                    (Head::Kanun, "الاول") => (Calendar::Gregorian, 12),
                    (Head::Tishrin, "الاول") => (Calendar::Gregorian, 10),
                    (Head::Tishrin, "الثاني") => (Calendar::Gregorian, 11),
                    (Head::Rabi, "الاول") => (Calendar::Hijri, 3),
                    (Head::Rabi, "الاخر" | "الثاني" | "الاخير") => {
                        (Calendar::Hijri, 4)
                    }
                    (Head::Jumada, "الاولي" | "الاول") => (Calendar::Hijri, 5),
                    (Head::Jumada, "الاخره" | "الثانيه" | "الاخر" | "الثاني") => {
                        (Calendar::Hijri, 6)
                    }
                    (Head::Dhu, "القعده") => (Calendar::Hijri, 11),
                    (Head::Dhu, "الحجه") => (Calendar::Hijri, 12),
                    _ => return None,
                };
                Some(name(cal, m, Ambiguity::None, i + 2))
            }
            _ => None,
        }
    }

    /// What follows a month name about its year.
    fn year_spec(&self, i: usize) -> Option<(YearSpec, usize)> {
        if let Some((y, end)) = self.year_number(i) {
            return Some((YearSpec::Explicit(y), end));
        }
        if let Lex::Rel(r) = self.lex(i) {
            return Some((YearSpec::MonthRel(r), i + 1));
        }
        let k = if self.lex(i) == Lex::Min { i + 1 } else { i };
        match (self.lex(k), self.lex(k + 1)) {
            (Lex::Unit(Unit::Year, Count::One) | Lex::Period(Unit::Year), _) => {
                if let Some((y, end)) = self.year_number(k + 1) {
                    return Some((YearSpec::Explicit(y), end));
                }
                match self.lex(k + 1) {
                    Lex::Rel(r) if self.lex(k) == Lex::Period(Unit::Year) => {
                        Some((YearSpec::RelYear(r), k + 2))
                    }
                    _ => None,
                }
            }
            (Lex::This, Lex::Period(Unit::Year)) => Some((YearSpec::RelYear(Rel::Current), k + 2)),
            _ => None,
        }
    }

    /// A four-digit year and its optional era marker.
    fn year_number(&self, i: usize) -> Option<(i32, usize)> {
        match self.lex(i) {
            Lex::Number(Some(y)) if self.norm(i).len() == 4 && y >= 1000 => {
                let end = if matches!(self.lex(i + 1), Lex::Era(_)) {
                    i + 2
                } else {
                    i + 1
                };
                Some((y as i32, end))
            }
            _ => None,
        }
    }

    /// A month (without a day) at `i`; `supported` when «شهر» came before.
    fn month(&self, i: usize, supported: bool) -> Option<Found> {
        let name = self.month_name(i)?;
        let spec = self.year_spec(name.end);
        let end = spec.map_or(name.end, |(_, e)| e);
        let explicit = matches!(spec, Some((YearSpec::Explicit(_), _)));
        let context = supported || name.paired || explicit;
        let plausible = match name.ambiguity {
            Ambiguity::None => true,
            Ambiguity::Weak => {
                context
                    || matches!(
                        spec,
                        Some((YearSpec::MonthRel(_) | YearSpec::RelYear(_), _))
                    )
                    || matches!(
                        self.before(i),
                        Lex::Prep | Lex::Min | Lex::Edge | Lex::Offset(_)
                    )
            }
            Ambiguity::Strong => context,
        };
        if !plausible {
            return None;
        }
        let m = name.month;
        let value = match (name.calendar, spec) {
            (Calendar::Gregorian, Some((YearSpec::Explicit(y), _))) => Value::Month(y, m),
            (Calendar::Hijri, Some((YearSpec::Explicit(y), _))) => {
                hijri_month_span(y, m).map_or(Value::Unknown, |(s, e)| Value::Span(s, e))
            }
            (cal, Some((YearSpec::RelYear(r), _))) => {
                match self.anchor.and_then(|a| self.year_of(a, cal, r)) {
                    Some(y) => self.month_value(cal, y, m),
                    None => Value::Unknown,
                }
            }
            (cal, Some((YearSpec::MonthRel(r @ (Rel::Last | Rel::Next)), _))) => {
                match self.anchor {
                    Some(a) => {
                        let occurrences: Vec<(Date, Date, i32)> = self
                            .occurrences(a, cal, m)
                            .into_iter()
                            .map(|(y, s, e)| (s, e, y))
                            .collect();
                        pick(occurrences, a, relative_pick(r))
                            .map_or(Value::Unknown, |y| self.month_value(cal, y, m))
                    }
                    None => Value::Unknown,
                }
            }
            // «سبتمبر», «أيار الجاري»: the anchor's year.
            (cal, _) => match self.anchor.and_then(|a| self.year_of(a, cal, Rel::Current)) {
                Some(y) => self.month_value(cal, y, m),
                None => Value::Unknown,
            },
        };
        Some(Found::new(end, TimeKind::Month, value).calendar(name.calendar))
    }

    fn month_value(&self, calendar: Calendar, y: i32, m: u32) -> Value {
        match calendar {
            Calendar::Gregorian => Value::Month(y, m),
            Calendar::Hijri => {
                hijri_month_span(y, m).map_or(Value::Unknown, |(s, e)| Value::Span(s, e))
            }
        }
    }

    // ---- Periods and years ----------------------------------------------------

    /// «الأسبوع المقبل», «هذا الشهر», «العام الماضي», «العام 2021».
    fn period(&self, i: usize) -> Option<Found> {
        let (unit, rel, end) = match (self.lex(i), self.lex(i + 1), self.lex(i + 2)) {
            (Lex::This, Lex::Period(u), _) => (u, Rel::Current, i + 2),
            (Lex::Period(u), Lex::Rel(r), _) => {
                if u == Unit::Year && self.before(i) == Lex::GeneralNoun {
                    return None;
                }
                (u, r, i + 2)
            }
            (Lex::Period(Unit::Year), Lex::Number(_), _) => return self.year(i),
            (Lex::Period(Unit::Week), _, Lex::Min) if self.norm(i + 1) == "الاخير" => {
                return self.last_week_of(i + 3);
            }
            _ => return None,
        };
        Some(self.relative_period(unit, rel, end))
    }

    /// «الأسبوع الأخير من نوفمبر», «… من الشهر الجاري»: the ISO week of the
    /// month's last Monday, approximate; `k` is where the month starts.
    fn last_week_of(&self, k: usize) -> Option<Found> {
        let month = self
            .month(k, true)
            .or_else(|| {
                (self.lex(k) == Lex::Unit(Unit::Month, Count::One))
                    .then(|| self.month(k + 1, true))
                    .flatten()
            })
            .or_else(|| self.period(k))?;
        if month.kind != TimeKind::Month {
            return None;
        }
        let last_day = match month.value {
            Value::Month(y, m) => month_span(y, m).map(|(_, e)| e),
            Value::Span(_, e) => Some(e),
            _ => None,
        };
        let value = last_day.map_or(Value::Unknown, |e| {
            Value::Week(add_days(e, 1 - i64::from(weekday(e))))
        });
        Some(Found::new(month.end, TimeKind::Week, value).approx(true))
    }

    fn relative_period(&self, unit: Unit, rel: Rel, end: usize) -> Found {
        let step: i64 = match rel {
            Rel::Next => 1,
            Rel::Last => -1,
            Rel::Current => 0,
        };
        let (kind, value) = match (unit, self.anchor) {
            (Unit::Week, Some(a)) => (TimeKind::Week, Value::Week(add_days(a, 7 * step))),
            (Unit::Month, Some(a)) => {
                let (y, m) = add_months(a.year, a.month, step);
                (TimeKind::Month, Value::Month(y, m))
            }
            (Unit::Year, Some(a)) => (TimeKind::Year, Value::Year(a.year + step as i32)),
            (Unit::Week, None) => (TimeKind::Week, Value::Unknown),
            (Unit::Month, None) => (TimeKind::Month, Value::Unknown),
            _ => (TimeKind::Year, Value::Unknown),
        };
        Found::new(end, kind, value)
    }

    /// «عام 2021», «العام 2021م», «1444 هـ», «في 2021».
    fn year(&self, i: usize) -> Option<Found> {
        let (k, explicit_word) = match self.lex(i) {
            Lex::Unit(Unit::Year, Count::One) | Lex::Period(Unit::Year) => (i + 1, true),
            _ => (i, false),
        };
        // «القانون عدد 38 لسنة 2020», «المرسوم رقم (5) لعام 2019»: the
        // year of an identifier, not a time.
        if explicit_word
            && !Lexicon::get().is_bare(self.norm(i))
            && self.norm(i).starts_with('ل')
            && matches!(self.before(i), Lex::Number(_) | Lex::Punct(')'))
        {
            return None;
        }
        let (y, end) = self.year_number(k)?;
        let era = match self.lex(end - 1) {
            Lex::Era(cal) if end - 1 > k => Some(cal),
            _ => None,
        };
        if !explicit_word && era.is_none() {
            // A bare four-digit number is a year only after a preposition
            // («في 2021», «منذ 2011», «مطلع 2020»), or after «و» following one.
            let prev = self.before(i);
            let after_year = prev == Lex::Wa
                && i >= 2
                && matches!(self.lex(i - 2), Lex::Number(Some(1900..=2100)));
            let plausible =
                matches!(prev, Lex::Prep | Lex::Min | Lex::Offset(_) | Lex::Edge) || after_year;
            if !plausible || !(1900..=2100).contains(&y) {
                return None;
            }
        }
        let calendar = era.unwrap_or_else(|| self.year_calendar(y));
        let value = match calendar {
            Calendar::Gregorian => Value::Year(y),
            Calendar::Hijri => {
                hijri_year_span(y).map_or(Value::Unknown, |(s, e)| Value::Span(s, e))
            }
        };
        Some(Found::new(end, TimeKind::Year, value).calendar(calendar))
    }

    /// The calendar of a year written without an era marker: Hijri when it
    /// is within 15 years of the anchor's Hijri year («للعام 1436» in 2015;
    /// Gulf news writes recent years in Hijri far more often than medieval
    /// Gregorian ones), or, without an anchor, when it is in 1300–1599 (as
    /// numeric dates).
    fn year_calendar(&self, y: i32) -> Calendar {
        if !(1300..1600).contains(&y) {
            return Calendar::Gregorian;
        }
        let hijri = match self.anchor {
            Some(a) => hijri_year_of(a).is_some_and(|h| (h - y).abs() <= 15),
            None => true,
        };
        if hijri {
            Calendar::Hijri
        } else {
            Calendar::Gregorian
        }
    }

    /// «مطلع الشهر المقبل», «أواخر العام», «منتصف سبتمبر», «نهاية 2021».
    fn edge(&self, i: usize) -> Option<Found> {
        let k = i + 1;
        let found = match self.lex(k) {
            Lex::Period(u) if !matches!(self.lex(k + 1), Lex::Rel(_) | Lex::Number(_)) => {
                Some(self.relative_period(u, Rel::Current, k + 1))
            }
            Lex::Period(_) | Lex::This => self.period(k),
            Lex::Number(_) | Lex::Unit(Unit::Year, Count::One) => self.year(k),
            _ => None,
        };
        found
            .or_else(|| self.month(k, false))
            .or_else(|| {
                (self.lex(k) == Lex::Unit(Unit::Month, Count::One))
                    .then(|| self.month(k + 1, true))
                    .flatten()
            })
            .map(|f| f.approx(true))
    }

    // ---- Durations and offsets --------------------------------------------------

    /// «3 ساعات», «قرابة 3 ساعات», and after a preposition «(منذ) 3 أيام»,
    /// «(بعد) أسبوعين», «(بعد) أقل من شهر»: a counted period is a duration,
    /// and the preposition before it is not part of the span.
    fn quantity(&self, i: usize) -> Option<Found> {
        if matches!(self.lex(i), Lex::Offset(_)) {
            return None;
        }
        let approx_len = self.approx_len(i);
        let mut approximate = approx_len > 0;
        let k = i + approx_len;
        let cue = approximate || matches!(self.before(i), Lex::DurationCue | Lex::Offset(_));
        let (duration, mut end) = self.duration(k, cue)?;
        if self.lex(end) == Lex::ApproxAfter {
            approximate = true;
            end += 1;
        }
        Some(Found::new(end, TimeKind::Duration, Value::Duration(duration)).approx(approximate))
    }

    /// «الساعات الـ24 الماضية», «الأيام الثلاثة الأخيرة»: a duration.
    fn definite_duration(&self, i: usize) -> Option<Found> {
        let unit = match self.lex(i) {
            Lex::DefUnit(unit) => unit,
            // «الأسبوعين الماضيين», «اليومين الأخيرين»: only with the
            // adjective that makes it a period ending (or starting) now.
            Lex::DefDual(unit) => {
                let next = i + 1;
                if !(matches!(self.lex(next), Lex::Rel(Rel::Last | Rel::Next))
                    || matches!(self.norm(next), "الاخيرين" | "الاخيران"))
                {
                    return None;
                }
                let duration = Duration {
                    n: 2,
                    unit,
                    frac: 0,
                };
                return Some(Found::new(
                    next + 1,
                    TimeKind::Duration,
                    Value::Duration(duration),
                ));
            }
            _ => return None,
        };
        let k = i + 1;
        let (n, mut end) = match self.lex(k) {
            Lex::Al => match self.lex(k + 1) {
                Lex::Number(Some(n)) if n > 0 => (n, k + 2),
                _ => return None,
            },
            Lex::Number(Some(n)) if n > 0 => (n, k + 1),
            _ => {
                let n = Lexicon::get().number_word(self.norm(k).strip_prefix("ال")?)?;
                (n, k + 1)
            }
        };
        if matches!(self.lex(end), Lex::Rel(Rel::Last | Rel::Next))
            || matches!(self.norm(end), "الاخيره" | "الاولي" | "المنصرمه")
        {
            end += 1;
        }
        let duration = Duration { n, unit, frac: 0 };
        Some(Found::new(
            end,
            TimeKind::Duration,
            Value::Duration(duration),
        ))
    }

    /// Length of an approximation phrase at `i` (0 when there is none).
    fn approx_len(&self, i: usize) -> usize {
        match (self.lex(i), self.lex(i + 1)) {
            (Lex::Approx, _) => 1,
            // «ما يقارب», «ما يقرب من», «ما يزيد على».
            (Lex::ApproxHead, Lex::ApproxTail) if self.norm(i) == "ما" => {
                if self.lex(i + 2) == Lex::Min || matches!(self.norm(i + 2), "علي" | "عن") {
                    3
                } else {
                    2
                }
            }
            // «ما لا يقل عن», «لا تقل عن».
            _ if self.no_less_than(i) => 3,
            _ if self.norm(i) == "ما" && self.no_less_than(i + 1) => 4,
            // «أكثر من», «أقل من».
            (Lex::ApproxHead, Lex::Min) if matches!(self.norm(i), "اكثر" | "اقل") => 2,
            _ => 0,
        }
    }

    /// «لا يقل عن», «لا تقل عن» at `i`.
    fn no_less_than(&self, i: usize) -> bool {
        self.norm(i) == "لا"
            && matches!(self.norm(i + 1), "يقل" | "تقل")
            && matches!(self.norm(i + 2), "عن" | "علي")
    }

    /// A duration at `i`; `cue` allows a lone singular unit («لمدة ساعة»).
    fn duration(&self, i: usize, cue: bool) -> Option<(Duration, usize)> {
        let (n, frac, k) = match self.lex(i) {
            Lex::Number(Some(n)) if n > 0 => (n, 0, i + 1),
            // «الـ24 ساعة الماضية».
            Lex::Al => match self.lex(i + 1) {
                Lex::Number(Some(n)) if n > 0 => (n, 0, i + 2),
                _ => return None,
            },
            Lex::NumWord(n) => {
                let mut n = n;
                let mut k = i + 1;
                match self.lex(k) {
                    Lex::Teen if n < 10 => {
                        n += 10;
                        k += 1;
                    }
                    Lex::NumWord(t)
                        if n < 10 && (20..100).contains(&t) && self.norm(k).starts_with('و') =>
                    {
                        n += t;
                        k += 1;
                    }
                    _ => {}
                }
                (n, 0, k)
            }
            Lex::Teen => (10, 0, i + 1),
            Lex::Fraction(f) => (0, f, i + 1),
            Lex::Unit(_, Count::Two) => (2, 0, i),
            // «لمدة ساعة», «عام واحد».
            Lex::Unit(_, Count::One)
                if cue || matches!(self.norm(i + 1), "واحد" | "واحده" | "واحدا") =>
            {
                (1, 0, i)
            }
            _ => return None,
        };
        let Lex::Unit(unit, count) = self.lex(k) else {
            return None;
        };
        // «وقعت الشركة عقدين», «ثلاثة عقود»: contracts, unless a cue or a
        // preposition of time counts them («منذ عقدين», «أكثر من ثلاثة عقود»).
        if unit == Unit::Decade && !cue {
            return None;
        }
        // «منذ عقد التسعينات», «بعد عقد القران»: the decade or the contract
        // of something, not ten years; «بعد عقد اجتماع»: holding a
        // meeting. One decade ends the phrase or goes on with «من الزمن»,
        // «ونصف», «كامل».
        if unit == Unit::Decade
            && count == Count::One
            && self
                .tokens
                .get(k + 1)
                .is_some_and(|w| w.kind == TokenKind::Word)
            && !matches!(self.norm(k + 1), "من" | "ونصف" | "كامل" | "واحد" | "مضي")
        {
            return None;
        }
        // A unit after a number has no proclitic: «عدد 38 لسنة 2020» is an
        // identifier, not 38 years.
        if k > i && !Lexicon::get().is_bare(self.norm(k)) {
            return None;
        }
        if frac > 0 && count != Count::One {
            return None;
        }
        let mut end = k + 1;
        // «الـ48 ساعة الماضية», «الـ72 ساعة المقبلة».
        if self.lex(i) == Lex::Al && matches!(self.lex(end), Lex::Rel(Rel::Last | Rel::Next)) {
            end += 1;
        }
        // «قبل عام 2021» is a year, not a year ago.
        if k == i && count == Count::One && matches!(self.lex(end), Lex::Number(_)) {
            return None;
        }
        // «يوم واحد», «ساعة واحدة».
        if k == i && self.lex(end) == Lex::NumWord(1) {
            end += 1;
        }
        let mut frac = frac;
        // «ساعة ونصف», «ثلاث ساعات ونصف», «ساعتين ونصف الساعة».
        if let Lex::Fraction(f) = self.lex(end) {
            if frac == 0 && self.norm(end).starts_with('و') {
                frac = f;
                end += 1;
                let same_unit = match self.lex(end) {
                    Lex::Period(u) => u == unit,
                    Lex::DayWord(0) => unit == Unit::Day,
                    _ => unit == Unit::Hour && self.norm(end) == "الساعه",
                };
                if same_unit {
                    end += 1;
                }
            }
        }
        Some((Duration { n, unit, frac }, end))
    }
}

/// «مارس الماضي»: the last March that ended before the anchor; «مارس
/// المقبل»: the first that starts after it.
fn relative_pick(r: Rel) -> Pick {
    match r {
        Rel::Last => Pick::Before,
        _ => Pick::After,
    }
}

fn is_clause_boundary(c: char) -> bool {
    matches!(
        c,
        '،' | ','
            | '.'
            | '؛'
            | ';'
            | ':'
            | '؟'
            | '?'
            | '!'
            | '«'
            | '»'
            | '"'
            | '('
            | ')'
            | '-'
            | '–'
            | '—'
    )
}

/// أن/إن with or without a pronoun: the start of a reported clause.
fn is_complementizer(norm: &str) -> bool {
    matches!(
        norm,
        "ان" | "انه"
            | "انها"
            | "انهم"
            | "اننا"
            | "انني"
            | "انهما"
            | "بان"
            | "بانه"
            | "بانها"
    )
}

/// A verb with the future prefix س: «سيزور», «ستعقد», «وسنواصل».
/// Words of appeal whose «إلى» names what is called for (search forms):
/// «دعا», «داعيا», «دعوة», «يدعو».
fn is_appeal(norm: &str) -> bool {
    let w = norm.strip_prefix('و').unwrap_or(norm);
    matches!(
        w,
        "دعا"
            | "دعت"
            | "دعوا"
            | "داعيا"
            | "داعيه"
            | "داعين"
            | "دعوه"
            | "يدعو"
            | "تدعو"
            | "يدعون"
    )
}

fn is_future_verb(norm: &str) -> bool {
    let w = norm
        .strip_prefix('و')
        .or_else(|| norm.strip_prefix('ف'))
        .unwrap_or(norm);
    let Some(rest) = w.strip_prefix('س') else {
        return false;
    };
    if !rest.starts_with(['ي', 'ت', 'ن']) || rest.chars().count() < 3 {
        return false;
    }
    // Nouns and names that look like it.
    // Past forms: «سيّرتا» (the two dispatched), «سيّروا».
    if rest.ends_with('ه')
        || rest.ends_with("ات")
        || rest.ends_with("يا")
        || rest.ends_with("تا")
        || rest.ends_with("وا")
    {
        return false;
    }
    !matches!(
        w,
        "سياسي"
            | "سياسيا"
            | "سياسيين"
            | "سياسيون"
            | "سياق"
            | "سياج"
            | "سيناريو"
            | "سيناريوهات"
            | "سيناء"
            | "سيول"
            | "سيرغي"
            | "سيرجي"
            | "سيدي"
            | "سيادي"
            | "سيئ"
            | "سيء"
            | "ستين"
            | "ستون"
            | "ستالين"
            | "ستوكهولم"
            | "سنوي"
            | "سنويا"
            | "سنتيمتر"
            | "سنغال"
            | "سنغافوره"
            | "سيطر"
            | "سيطرت"
            | "سيطروا"
            | "سيرت"
            | "سيرا"
            | "سيدني"
            | "سينما"
            | "ستار"
            | "سيتي"
            | "ستيفن"
            | "سيمون"
            | "سيلفا"
            | "سيارتين"
            | "سياح"
            | "سياحي"
            | "سيف"
            | "سيل"
            | "سير"
            | "سنوات"
            | "سنين"
            | "سنتين"
            | "سنتان"
    )
}
