//! The words of time expressions, each with its role, looked up once per
//! token in one hash map of search forms.
//!
//! The tables are written in ordinary spelling and folded with the search
//! [`Normalizer`] when the map is built, so that a table entry and a token's
//! `norm` always agree on hamza, alef maqsura and ta marbuta.

use std::sync::OnceLock;

use akhbar_text::calendar::Calendar;
use akhbar_text::hash::FnvMap;
use akhbar_text::normalize::Normalizer;
use akhbar_text::tokenize::TokenKind;

use super::TimeToken;

/// A unit of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    /// «عقد», «عقدين», «عقود»: ten years (a duration only after a cue, see
    /// `duration`: the words are also «contract» and «held»).
    Decade,
}

/// Grammatical number of a unit word: «ساعة», «ساعتين», «ساعات».
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Count {
    One,
    Two,
    Plural,
}

/// Direction words after a weekday, month or period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Rel {
    /// المقبل، القادم.
    Next,
    /// الماضي، المنصرم، الفائت.
    Last,
    /// الجاري، الحالي.
    Current,
}

/// منذ، قبل، بعد.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Offset {
    Since,
    Before,
    After,
}

/// How much context a month name needs before it is taken as a month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ambiguity {
    /// Only a month: «سبتمبر», «حزيران».
    None,
    /// Also a common word or name; a preposition before it is enough:
    /// «مارس» (practised), «ماي», «آب» (father), «رمضان» (a name).
    Weak,
    /// Very often something else: «صفر» (zero), «محرم» (forbidden), «رجب»,
    /// «شعبان» (names). Needs a day, a year or «شهر».
    Strong,
}

/// The first word of a two-word month name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Head {
    /// كانون (الثاني = January, الأول = December).
    Kanun,
    /// تشرين (الأول = October, الثاني = November).
    Tishrin,
    /// ربيع (الأول = 3, الآخر/الثاني = 4).
    Rabi,
    /// جمادى (الأولى = 5, الآخرة/الثانية = 6).
    Jumada,
    /// ذو/ذي (القعدة = 11, الحجة = 12).
    Dhu,
}

/// Parts of a fraction: «نصف» (1/2), «ربع» (1/4), «ثلث» (1/3), as twelfths.
pub(crate) type Twelfths = u8;

/// The role of one token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lex {
    /// Nothing to do with time.
    None,
    /// Digits (their value; `None` when too long).
    Number(Option<u32>),
    /// A punctuation token (its first character).
    Punct(char),
    /// The conjunction «و» written apart (or before digits: «و2021»).
    Wa,
    /// «الـ» before digits: «الـ15».
    Al,
    /// Weekday, ISO numbering (1 = Monday … 7 = Sunday).
    Weekday(u8),
    /// اليوم (0), أمس/الأمس/البارحة (−1), غداً (+1).
    DayWord(i8),
    /// الليلة.
    Tonight,
    /// غد / الغد (only after بعد, يوم, صباح…).
    Ghad,
    /// أول (in «أول أمس»).
    Awwal,
    /// A month name.
    Month(Calendar, u8, Ambiguity),
    /// First word of a two-word month name.
    MonthHead(Head),
    /// الأسبوع، الشهر، العام، السنة.
    Period(Unit),
    /// المقبل، الماضي، الجاري…
    Rel(Rel),
    /// هذا، هذه.
    This,
    /// يوم, مساء, صباح, ليلة… before a weekday or a date.
    DayPart,
    /// مطلع, أواخر, منتصف… before a month, year or period (approximate).
    Edge,
    /// One-word approximation: قرابة، نحو، حوالي، زهاء.
    Approx,
    /// تقريبا after a duration.
    ApproxAfter,
    /// First word of an approximation: «ما يقارب», «أكثر من», «لا يقل عن».
    ApproxHead,
    /// The second word of «ما يقارب», «ما يناهز», «ما يقرب», «ما يزيد».
    ApproxTail,
    /// Era marker after a year: م، ميلادي، هـ، هجري.
    Era(Calendar),
    /// A unit word.
    Unit(Unit, Count),
    /// Number words: ثلاثة (3), عشرين (20).
    NumWord(u32),
    /// عشر/عشرة after a unit number word: «خمسة عشر».
    Teen,
    /// A definite plural unit: «الساعات», «الأيام» («الساعات الـ24 الماضية»).
    DefUnit(Unit),
    /// A definite dual unit: «الأسبوعين», «اليومين» («الأسبوعين الماضيين»).
    DefDual(Unit),
    /// نصف، ربع، ثلث.
    Fraction(Twelfths),
    /// Ordinal day words: الأول (1) … العاشر (10), الحادي (1, in compounds),
    /// العشرين (20), الثلاثين (30).
    Ordinal(u8),
    /// منذ، قبل، بعد.
    Offset(Offset),
    /// في، حتى، خلال، بين، إلى: a preposition that makes a bare year or an
    /// ambiguous month name plausible.
    Prep,
    /// من.
    Min,
    /// لمدة، مدة، طوال، طيلة: a single unit after it is a duration.
    DurationCue,
    /// الموافق (a date restated in another calendar follows).
    Corresponding,
    /// A word that marks its clause as future: سوف، من المقرر، يعتزم…
    Future,
    /// A word after which «العام» is the adjective "general", not "year":
    /// الأمين العام، الرأي العام…
    GeneralNoun,
}

/// How a word may attach clitics.
fn takes_clitics(lex: Lex) -> bool {
    !matches!(
        lex,
        Lex::None | Lex::Wa | Lex::Al | Lex::Era(_) | Lex::Punct(_) | Lex::Number(_)
    )
}

pub(crate) struct Lexicon {
    words: FnvMap<Box<str>, Lex>,
}

impl Lexicon {
    pub(crate) fn get() -> &'static Lexicon {
        static L: OnceLock<Lexicon> = OnceLock::new();
        L.get_or_init(Lexicon::build)
    }

    fn build() -> Lexicon {
        let normalizer = Normalizer::default();
        let mut words: FnvMap<Box<str>, Lex> = FnvMap::default();
        let mut add = |spelling: &str, lex: Lex| {
            words
                .entry(normalizer.normalize(spelling).into_boxed_str())
                .or_insert(lex);
        };
        for &(s, l) in WORDS {
            add(s, l);
        }
        for &(s, m, a) in GREGORIAN {
            add(s, Lex::Month(Calendar::Gregorian, m, a));
        }
        for &(s, m, a) in HIJRI {
            add(s, Lex::Month(Calendar::Hijri, m, a));
        }
        for &(s, u, c) in UNITS {
            add(s, Lex::Unit(u, c));
        }
        for &(s, n) in NUMBERS {
            add(s, Lex::NumWord(n));
        }
        Lexicon { words }
    }

    /// The value of a number word («ثلاثة», «عشرين»).
    pub(crate) fn number_word(&self, norm: &str) -> Option<u32> {
        match self.words.get(norm) {
            Some(Lex::NumWord(n)) => Some(*n),
            Some(Lex::Teen) => Some(10),
            _ => None,
        }
    }

    /// Is `norm` an ordinal word as it stands («الخامس», «الحادي»)?
    pub(crate) fn is_ordinal(&self, norm: &str) -> bool {
        matches!(self.words.get(norm), Some(Lex::Ordinal(_)))
    }

    /// Is `norm` as it stands a weekday, a day word or «الليلة»?
    pub(crate) fn is_day(&self, norm: &str) -> bool {
        matches!(
            self.words.get(norm),
            Some(Lex::Weekday(_) | Lex::DayWord(_) | Lex::Tonight)
        )
    }

    /// Is `norm` (a clitic stripped or not) a month's name?
    pub(crate) fn is_month(&self, norm: &str) -> bool {
        matches!(self.word(norm), Lex::Month(..))
    }

    /// Is `norm` a table word as it stands (no clitic stripped)?
    pub(crate) fn is_bare(&self, norm: &str) -> bool {
        self.words.contains_key(norm)
    }

    /// The role of a token.
    pub(crate) fn classify(&self, token: &TimeToken<'_>) -> Lex {
        match token.kind {
            TokenKind::Number => Lex::Number(digits(token.norm)),
            TokenKind::Punct => token.norm.chars().next().map_or(Lex::None, Lex::Punct),
            TokenKind::Word => self.word(token.norm),
            _ => Lex::None,
        }
    }

    /// A word's role, trying it whole, then without و/ف, then without
    /// ب/ل/ك (and «لل» read as ل + «ال»).
    fn word(&self, norm: &str) -> Lex {
        if norm.len() > 40 {
            return Lex::None;
        }
        if let Some(&lex) = self.words.get(norm) {
            return lex;
        }
        let rest = norm
            .strip_prefix('و')
            .or_else(|| norm.strip_prefix('ف'))
            .unwrap_or(norm);
        if rest.len() < norm.len() {
            if let Some(lex) = self.stripped(rest) {
                return lex;
            }
        }
        let inner = rest
            .strip_prefix('ب')
            .or_else(|| rest.strip_prefix('ل'))
            .or_else(|| rest.strip_prefix('ك'));
        if let Some(inner) = inner {
            if let Some(lex) = self.stripped(inner) {
                return lex;
            }
            // «للعام» = ل + «العام»: the article's alef is dropped after ل.
            if let Some(noun) = inner.strip_prefix('ل') {
                let mut buf = [0u8; 48];
                let al = "ال".as_bytes();
                if al.len() + noun.len() <= buf.len() {
                    buf[..al.len()].copy_from_slice(al);
                    buf[al.len()..al.len() + noun.len()].copy_from_slice(noun.as_bytes());
                    if let Ok(with_al) = std::str::from_utf8(&buf[..al.len() + noun.len()]) {
                        if let Some(lex) = self.stripped(with_al) {
                            return lex;
                        }
                    }
                }
            }
        }
        Lex::None
    }

    fn stripped(&self, rest: &str) -> Option<Lex> {
        // At least two letters left: «وم» is not «م».
        rest.chars().nth(1)?;
        self.words.get(rest).copied().filter(|&l| takes_clitics(l))
    }
}

/// The value of a run of ASCII digits (the search form folds Arabic-Indic
/// digits to ASCII).
pub(crate) fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

const WORDS: &[(&str, Lex)] = &[
    ("و", Lex::Wa),
    ("ال", Lex::Al),
    // Weekdays.
    ("الاثنين", Lex::Weekday(1)),
    ("الإثنين", Lex::Weekday(1)),
    ("الاتنين", Lex::Weekday(1)),
    ("الثلاثاء", Lex::Weekday(2)),
    ("الثلاثا", Lex::Weekday(2)),
    ("الأربعاء", Lex::Weekday(3)),
    ("الاربعا", Lex::Weekday(3)),
    ("الخميس", Lex::Weekday(4)),
    ("الجمعة", Lex::Weekday(5)),
    ("السبت", Lex::Weekday(6)),
    ("الأحد", Lex::Weekday(7)),
    // Relative days.
    ("اليوم", Lex::DayWord(0)),
    ("أمس", Lex::DayWord(-1)),
    ("الأمس", Lex::DayWord(-1)),
    ("البارحة", Lex::DayWord(-1)),
    ("غداً", Lex::DayWord(1)),
    ("غدًا", Lex::DayWord(1)),
    ("غد", Lex::Ghad),
    ("الغد", Lex::Ghad),
    ("الليلة", Lex::Tonight),
    ("أول", Lex::Awwal),
    // Moroccan «فاتح نونبر»: the first of the month (see `day_number`).
    ("فاتح", Lex::Awwal),
    // Periods.
    ("الأسبوع", Lex::Period(Unit::Week)),
    ("الشهر", Lex::Period(Unit::Month)),
    ("العام", Lex::Period(Unit::Year)),
    ("السنة", Lex::Period(Unit::Year)),
    // Directions.
    ("المقبل", Lex::Rel(Rel::Next)),
    ("المقبلة", Lex::Rel(Rel::Next)),
    ("القادم", Lex::Rel(Rel::Next)),
    ("القادمة", Lex::Rel(Rel::Next)),
    ("الماضي", Lex::Rel(Rel::Last)),
    ("الماضية", Lex::Rel(Rel::Last)),
    ("المنصرم", Lex::Rel(Rel::Last)),
    ("المنصرمة", Lex::Rel(Rel::Last)),
    ("الفائت", Lex::Rel(Rel::Last)),
    ("الفائتة", Lex::Rel(Rel::Last)),
    ("المنقضي", Lex::Rel(Rel::Last)),
    // Dual agreement: «الأسبوعين الماضيين», «اليومين المقبلين».
    ("الماضيين", Lex::Rel(Rel::Last)),
    ("الماضيان", Lex::Rel(Rel::Last)),
    ("المنصرمين", Lex::Rel(Rel::Last)),
    ("الفائتين", Lex::Rel(Rel::Last)),
    ("المقبلين", Lex::Rel(Rel::Next)),
    ("المقبلان", Lex::Rel(Rel::Next)),
    ("القادمين", Lex::Rel(Rel::Next)),
    ("الجاري", Lex::Rel(Rel::Current)),
    ("الجارية", Lex::Rel(Rel::Current)),
    ("الحالي", Lex::Rel(Rel::Current)),
    ("الحالية", Lex::Rel(Rel::Current)),
    ("هذا", Lex::This),
    ("هذه", Lex::This),
    // Parts of the day (and «يوم» is a unit word that also prefixes).
    ("مساء", Lex::DayPart),
    ("صباح", Lex::DayPart),
    ("ليلة", Lex::DayPart),
    ("ليل", Lex::DayPart),
    ("فجر", Lex::DayPart),
    ("ظهر", Lex::DayPart),
    ("عصر", Lex::DayPart),
    ("ظهيرة", Lex::DayPart),
    ("نهار", Lex::DayPart),
    ("ضحى", Lex::DayPart),
    // Edges of a period.
    ("مطلع", Lex::Edge),
    ("بداية", Lex::Edge),
    ("مستهل", Lex::Edge),
    ("أوائل", Lex::Edge),
    ("أواخر", Lex::Edge),
    ("نهاية", Lex::Edge),
    ("منتصف", Lex::Edge),
    ("أواسط", Lex::Edge),
    ("أوسط", Lex::Edge),
    ("ختام", Lex::Edge),
    // Tunisian: «موفى الشهر» (the end of the month).
    ("موفى", Lex::Edge),
    ("موفي", Lex::Edge),
    // Approximation.
    ("قرابة", Lex::Approx),
    ("نحو", Lex::Approx),
    ("حوالي", Lex::Approx),
    ("حوالى", Lex::Approx),
    ("زهاء", Lex::Approx),
    ("تقريبا", Lex::ApproxAfter),
    ("تقريباً", Lex::ApproxAfter),
    ("ما", Lex::ApproxHead),
    ("أكثر", Lex::ApproxHead),
    ("أقل", Lex::ApproxHead),
    ("لا", Lex::ApproxHead),
    ("يقارب", Lex::ApproxTail),
    ("يناهز", Lex::ApproxTail),
    ("يقرب", Lex::ApproxTail),
    ("يزيد", Lex::ApproxTail),
    // Eras.
    ("م", Lex::Era(Calendar::Gregorian)),
    ("ميلادي", Lex::Era(Calendar::Gregorian)),
    ("ميلادية", Lex::Era(Calendar::Gregorian)),
    ("للميلاد", Lex::Era(Calendar::Gregorian)),
    ("هـ", Lex::Era(Calendar::Hijri)),
    ("ه", Lex::Era(Calendar::Hijri)),
    ("هجري", Lex::Era(Calendar::Hijri)),
    ("هجرية", Lex::Era(Calendar::Hijri)),
    ("للهجرة", Lex::Era(Calendar::Hijri)),
    // Month heads.
    ("كانون", Lex::MonthHead(Head::Kanun)),
    ("تشرين", Lex::MonthHead(Head::Tishrin)),
    ("ربيع", Lex::MonthHead(Head::Rabi)),
    ("جمادى", Lex::MonthHead(Head::Jumada)),
    ("ذو", Lex::MonthHead(Head::Dhu)),
    ("ذي", Lex::MonthHead(Head::Dhu)),
    // Numbers.
    ("عشر", Lex::Teen),
    ("عشرة", Lex::Teen),
    ("الثواني", Lex::DefUnit(Unit::Second)),
    ("الدقائق", Lex::DefUnit(Unit::Minute)),
    ("الساعات", Lex::DefUnit(Unit::Hour)),
    ("الأيام", Lex::DefUnit(Unit::Day)),
    ("الأسابيع", Lex::DefUnit(Unit::Week)),
    ("الأشهر", Lex::DefUnit(Unit::Month)),
    ("الشهور", Lex::DefUnit(Unit::Month)),
    ("السنوات", Lex::DefUnit(Unit::Year)),
    ("الأعوام", Lex::DefUnit(Unit::Year)),
    ("السنين", Lex::DefUnit(Unit::Year)),
    ("الساعتين", Lex::DefDual(Unit::Hour)),
    ("الساعتان", Lex::DefDual(Unit::Hour)),
    ("اليومين", Lex::DefDual(Unit::Day)),
    ("اليومان", Lex::DefDual(Unit::Day)),
    ("الأسبوعين", Lex::DefDual(Unit::Week)),
    ("الأسبوعان", Lex::DefDual(Unit::Week)),
    ("الشهرين", Lex::DefDual(Unit::Month)),
    ("الشهران", Lex::DefDual(Unit::Month)),
    ("العامين", Lex::DefDual(Unit::Year)),
    ("العامان", Lex::DefDual(Unit::Year)),
    ("السنتين", Lex::DefDual(Unit::Year)),
    ("السنتان", Lex::DefDual(Unit::Year)),
    ("نصف", Lex::Fraction(6)),
    // «ثلاث سنوات ونصفا»: the accusative.
    ("نصفا", Lex::Fraction(6)),
    ("ربع", Lex::Fraction(3)),
    ("ثلث", Lex::Fraction(4)),
    ("الأول", Lex::Ordinal(1)),
    ("الحادي", Lex::Ordinal(1)),
    ("الثاني", Lex::Ordinal(2)),
    ("الثالث", Lex::Ordinal(3)),
    ("الرابع", Lex::Ordinal(4)),
    ("الخامس", Lex::Ordinal(5)),
    ("السادس", Lex::Ordinal(6)),
    ("السابع", Lex::Ordinal(7)),
    ("الثامن", Lex::Ordinal(8)),
    ("التاسع", Lex::Ordinal(9)),
    ("العاشر", Lex::Ordinal(10)),
    ("العشرين", Lex::Ordinal(20)),
    ("الثلاثين", Lex::Ordinal(30)),
    // Offsets and prepositions.
    ("منذ", Lex::Offset(Offset::Since)),
    ("مذ", Lex::Offset(Offset::Since)),
    ("قبل", Lex::Offset(Offset::Before)),
    ("بعد", Lex::Offset(Offset::After)),
    ("في", Lex::Prep),
    ("حتى", Lex::Prep),
    ("خلال", Lex::Prep),
    ("بين", Lex::Prep),
    ("إلى", Lex::Prep),
    ("من", Lex::Min),
    ("لمدة", Lex::DurationCue),
    ("مدة", Lex::DurationCue),
    ("طوال", Lex::DurationCue),
    ("طيلة", Lex::DurationCue),
    ("الموافق", Lex::Corresponding),
    // Future markers.
    ("سوف", Lex::Future),
    ("المقرر", Lex::Future),
    ("مقرر", Lex::Future),
    // «القمة المقررة يومي السبت والأحد» (not «كان مقررا», which tells of
    // a plan that may have passed).
    ("المقررة", Lex::Future),
    ("مقررة", Lex::Future),
    ("المزمع", Lex::Future),
    ("المرتقب", Lex::Future),
    ("المرتقبة", Lex::Future),
    ("المنتظر", Lex::Future),
    ("المتوقع", Lex::Future),
    ("يعتزم", Lex::Future),
    ("تعتزم", Lex::Future),
    ("يعتزمون", Lex::Future),
    ("ينوي", Lex::Future),
    ("تنوي", Lex::Future),
    ("يرتقب", Lex::Future),
    ("يترقب", Lex::Future),
    ("يتوقع", Lex::Future),
    ("لن", Lex::Future),
    ("سيتم", Lex::Future),
    ("ستتم", Lex::Future),
    ("سيكون", Lex::Future),
    ("ستكون", Lex::Future),
    // Nouns that «العام» qualifies as "general".
    ("الأمين", Lex::GeneralNoun),
    ("الرأي", Lex::GeneralNoun),
    ("المدعي", Lex::GeneralNoun),
    ("النائب", Lex::GeneralNoun),
    ("المدير", Lex::GeneralNoun),
    ("القطاع", Lex::GeneralNoun),
    ("الدين", Lex::GeneralNoun),
    ("المال", Lex::GeneralNoun),
    ("الأمن", Lex::GeneralNoun),
    ("المؤتمر", Lex::GeneralNoun),
    ("الإضراب", Lex::GeneralNoun),
    ("النفع", Lex::GeneralNoun),
    ("الصالح", Lex::GeneralNoun),
    ("الشأن", Lex::GeneralNoun),
    ("الاتحاد", Lex::GeneralNoun),
    ("القائد", Lex::GeneralNoun),
    ("المرشد", Lex::GeneralNoun),
    ("العفو", Lex::GeneralNoun),
    ("التعليم", Lex::GeneralNoun),
    ("الوضع", Lex::GeneralNoun),
    ("الإطار", Lex::GeneralNoun),
    ("الطابع", Lex::GeneralNoun),
];

use Ambiguity::{None as Clear, Strong, Weak};

/// Gregorian month names in the three families and their variants.
const GREGORIAN: &[(&str, u8, Ambiguity)] = &[
    // Egyptian / Gulf.
    ("يناير", 1, Clear),
    ("فبراير", 2, Clear),
    ("فبرابر", 2, Clear),
    ("فبرير", 2, Clear),
    ("مارس", 3, Weak),
    ("أبريل", 4, Clear),
    ("إبريل", 4, Clear),
    ("ابريل", 4, Clear),
    ("أبريل", 4, Clear),
    ("مايو", 5, Clear),
    ("يونيو", 6, Clear),
    ("يونيه", 6, Clear),
    ("يوليو", 7, Clear),
    ("يوليه", 7, Clear),
    ("أغسطس", 8, Clear),
    ("أغسطوس", 8, Clear),
    ("سبتمبر", 9, Clear),
    ("أكتوبر", 10, Clear),
    ("اكتوبر", 10, Clear),
    ("نوفمبر", 11, Clear),
    ("ديسمبر", 12, Clear),
    // Levantine / Iraqi (كانون and تشرين are heads).
    ("شباط", 2, Clear),
    ("آذار", 3, Clear),
    ("نيسان", 4, Clear),
    ("أيار", 5, Clear),
    ("حزيران", 6, Clear),
    ("تموز", 7, Clear),
    ("آب", 8, Weak),
    ("أيلول", 9, Clear),
    // Maghrebi.
    ("جانفي", 1, Clear),
    ("فيفري", 2, Clear),
    ("أفريل", 4, Clear),
    ("ماي", 5, Weak),
    ("جوان", 6, Clear),
    ("جويلية", 7, Clear),
    ("أوت", 8, Clear),
    // Moroccan.
    ("يوليوز", 7, Clear),
    ("غشت", 8, Weak),
    ("شتنبر", 9, Clear),
    ("نونبر", 11, Clear),
    ("دجنبر", 12, Clear),
];

/// One-word Hijri month names (the two-word ones go through [`Head`]).
const HIJRI: &[(&str, u8, Ambiguity)] = &[
    ("محرم", 1, Strong),
    ("صفر", 2, Strong),
    ("رجب", 7, Strong),
    ("شعبان", 8, Strong),
    ("رمضان", 9, Weak),
    ("شوال", 10, Weak),
];

const UNITS: &[(&str, Unit, Count)] = &[
    ("ثانية", Unit::Second, Count::One),
    ("ثانيتين", Unit::Second, Count::Two),
    ("ثانيتان", Unit::Second, Count::Two),
    ("ثوان", Unit::Second, Count::Plural),
    ("ثواني", Unit::Second, Count::Plural),
    ("ثوانٍ", Unit::Second, Count::Plural),
    ("دقيقة", Unit::Minute, Count::One),
    ("دقيقتين", Unit::Minute, Count::Two),
    ("دقيقتان", Unit::Minute, Count::Two),
    ("دقائق", Unit::Minute, Count::Plural),
    ("ساعة", Unit::Hour, Count::One),
    ("ساعتين", Unit::Hour, Count::Two),
    ("ساعتان", Unit::Hour, Count::Two),
    ("ساعات", Unit::Hour, Count::Plural),
    ("يوم", Unit::Day, Count::One),
    ("يوما", Unit::Day, Count::One),
    ("يوماً", Unit::Day, Count::One),
    ("يومين", Unit::Day, Count::Two),
    ("يومان", Unit::Day, Count::Two),
    ("أيام", Unit::Day, Count::Plural),
    ("أسبوع", Unit::Week, Count::One),
    ("أسبوعا", Unit::Week, Count::One),
    ("أسبوعين", Unit::Week, Count::Two),
    ("أسبوعان", Unit::Week, Count::Two),
    ("أسابيع", Unit::Week, Count::Plural),
    ("شهر", Unit::Month, Count::One),
    ("شهرا", Unit::Month, Count::One),
    ("شهرين", Unit::Month, Count::Two),
    ("شهران", Unit::Month, Count::Two),
    ("أشهر", Unit::Month, Count::Plural),
    ("شهور", Unit::Month, Count::Plural),
    ("عام", Unit::Year, Count::One),
    ("عاما", Unit::Year, Count::One),
    ("عامين", Unit::Year, Count::Two),
    ("عامان", Unit::Year, Count::Two),
    ("أعوام", Unit::Year, Count::Plural),
    ("سنة", Unit::Year, Count::One),
    ("سنتين", Unit::Year, Count::Two),
    ("سنتان", Unit::Year, Count::Two),
    ("سنوات", Unit::Year, Count::Plural),
    ("سنين", Unit::Year, Count::Plural),
    ("عقد", Unit::Decade, Count::One),
    ("عقدا", Unit::Decade, Count::One),
    ("عقدين", Unit::Decade, Count::Two),
    ("عقدان", Unit::Decade, Count::Two),
    ("عقود", Unit::Decade, Count::Plural),
];

const NUMBERS: &[(&str, u32)] = &[
    ("واحد", 1),
    ("واحدة", 1),
    ("واحدا", 1),
    ("أحد", 1),
    ("إحدى", 1),
    ("اثنين", 2),
    ("اثنان", 2),
    ("اثنتين", 2),
    ("اثنتان", 2),
    ("اثنا", 2),
    ("اثني", 2),
    ("ثلاث", 3),
    ("ثلاثة", 3),
    ("أربع", 4),
    ("أربعة", 4),
    ("خمس", 5),
    ("خمسة", 5),
    ("ست", 6),
    ("ستة", 6),
    ("سبع", 7),
    ("سبعة", 7),
    ("ثماني", 8),
    ("ثمان", 8),
    ("ثمانية", 8),
    ("تسع", 9),
    ("تسعة", 9),
    ("عشرين", 20),
    ("عشرون", 20),
    ("ثلاثين", 30),
    ("ثلاثون", 30),
    ("أربعين", 40),
    ("أربعون", 40),
    ("خمسين", 50),
    ("خمسون", 50),
    ("ستين", 60),
    ("ستون", 60),
    ("سبعين", 70),
    ("سبعون", 70),
    ("ثمانين", 80),
    ("ثمانون", 80),
    ("تسعين", 90),
    ("تسعون", 90),
    ("مئة", 100),
    ("مائة", 100),
];
