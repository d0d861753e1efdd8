//! Who said what: direct quotes, reported speech, and their speakers.
//!
//! - **Direct** quotes are the words between quote marks (" “ ” « » ‹ › „
//!   and their mismatched pairs, as Arabic text mixes them), paired per
//!   paragraph with a bounded stack, so a quote may run over several
//!   sentences. A quoted span counts as speech only when a cue introduces it
//!   («وقال بوتين: "…"», «وأضاف: "…"»), follows it («"…"، قال الوزير»), or
//!   a name and a colon head it («الوزير: "…"»); quoted titles and topics
//!   («لموضوع "…"») are left alone.
//! - **Reported** speech is a cue verb, its subject, and a clause after
//!   إن/أن/بأن («أكد الوزير أن …»), or an attribution («وفقا لـ…»,
//!   «بحسب …», «نقلا عن …»). A reported clause holding a partial direct
//!   quote is **mixed**.
//! - **Speakers** are the subject of the cue, resolved through the entity
//!   mentions (a person first, then an organization, then a country). A
//!   cue with no subject («وأضاف:», «وتابع», «مضيفا أن») takes the last
//!   speaker; a relayed quote («نقلت وكالة … عن الرئيس … قوله») has the
//!   speaker after «عن» and the channel before it.
//!
//! Every scan is bounded, so time is linear in the document.

use std::ops::Range;
use std::sync::OnceLock;

use akhbar_text::tokenize::TokenKind;

use super::{alternatives, verb_forms, word_set, DocView, Lexicon, MentionRef, WordSet};
use crate::entities::ner::NerLabel;
use crate::entities::resolve::is_rank;

/// What kind of quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    /// The speaker's words, between quote marks.
    Direct,
    /// A clause after a cue and إن/أن, or an attribution.
    Reported,
    /// Reported speech holding a partial direct quote.
    Mixed,
}

impl QuoteKind {
    /// `direct`, `reported` or `mixed`.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Reported => "reported",
            QuoteKind::Mixed => "mixed",
        }
    }
}

/// Who a quote is from (or through).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpeakerRef {
    /// Tokens naming the speaker: a mention, or the noun phrase after the
    /// cue when no entity was found («مصدر دبلوماسي»). For a cue with no
    /// subject, the mention the speaker was carried over from.
    pub tokens: Range<usize>,
    /// The entity (index into the resolution's clusters).
    pub cluster: Option<usize>,
    /// Taken from an earlier quote because the cue had no subject.
    pub carried: bool,
}

/// A speaker phrase with no entity that is a title and a person's name
/// («الرئيس السيسي», «وكيل الوزارة فلان»): the person. Not a name inside
/// a genitive of another noun («مسؤولا عسكريا في جيش حفتر»).
fn named_at_end(view: &DocView<'_>, s: SpeakerRef) -> SpeakerRef {
    if s.cluster.is_some()
        || !(super::is_title_at(view, s.tokens.start)
            || super::is_definite_title_at(view, s.tokens.start))
    {
        return s;
    }
    let person = view.mentions.iter().find(|m| {
        m.label == NerLabel::Person
            && m.tokens.end == s.tokens.end
            && m.tokens.start > s.tokens.start
            && (s.tokens.start..m.tokens.start).all(|t| {
                !matches!(
                    view.norm(t),
                    "في" | "من" | "عن" | "لدي" | "مع" | "الي" | "علي" | "داخل"
                )
            })
    });
    match person {
        Some(m) => SpeakerRef {
            tokens: m.tokens.clone(),
            cluster: Some(m.cluster),
            ..s
        },
        None => s,
    }
}

/// One quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// Direct, reported or mixed.
    pub kind: QuoteKind,
    /// The quoted words (without the quote marks; for reported speech, the
    /// clause after إن/أن).
    pub tokens: Range<usize>,
    /// The sentence the quote starts in.
    pub sentence: usize,
    /// The cue word («وقال», «مضيفا», «بحسب»).
    pub cue: Option<Range<usize>>,
    /// Who said it.
    pub speaker: Option<SpeakerRef>,
    /// The channel it came through (an agency, a newspaper).
    pub via: Option<SpeakerRef>,
    /// False for a quote mark that never closes (the quote then runs to the
    /// end of its paragraph).
    pub closed: bool,
    /// Bytes of a conjunction at the start of the first token that the
    /// quote leaves out («واتفق الجانبان …، وفق بيان» quotes «اتفق …»).
    pub lead: usize,
}

/// How a cue word introduces speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    /// A finite speech verb: its subject follows («قال الوزير»).
    Verb,
    /// A participle («مضيفا»): the subject is the last speaker.
    Participle,
    /// «نقل/نقلت/نقلا»: the channel, then «عن» and the speaker.
    Channel,
    /// «وفق/وفقا/بحسب/حسب/طبقا»: the source follows.
    Attribution,
}

/// Speech verbs: past stem, present stem.
const SPEECH_VERBS: &[(&str, &str)] = &[
    ("قال", "قول"),
    ("ندد", "ندد"),
    ("أضاف", "ضيف"),
    ("تابع", "تابع"),
    ("أكد", "ؤكد"),
    ("أوضح", "وضح"),
    ("أشار", "شير"),
    ("صرح", "صرح"),
    ("شدد", "شدد"),
    ("لفت", "لفت"),
    ("اعتبر", "عتبر"),
    ("رأى", "رى"),
    ("أعلن", "علن"),
    ("كشف", "كشف"),
    ("نفى", "نفي"),
    ("حذر", "حذر"),
    ("دعا", "دعو"),
    ("طالب", "طالب"),
    ("ذكر", "ذكر"),
    ("أفاد", "فيد"),
    ("أبلغ", "بلغ"),
    ("نوه", "نوه"),
    ("أردف", "ردف"),
    ("زعم", "زعم"),
    ("رفض", "رفض"),
    ("وصف", "صف"),
    ("اتهم", "تهم"),
    ("هدد", "هدد"),
    ("توعد", "توعد"),
    ("تعهد", "تعهد"),
    ("كتب", "كتب"),
    ("غرد", "غرد"),
    ("أعرب", "عرب"),
    ("جدد", "جدد"),
    ("اعترف", "عترف"),
    ("أقر", "قر"),
    ("رجح", "رجح"),
    ("توقع", "توقع"),
    ("أشاد", "شيد"),
    ("استبعد", "ستبعد"),
    ("أبدى", "بدي"),
    ("أفصح", "فصح"),
    ("ختم", "ختم"),
    ("استطرد", "ستطرد"),
    ("علق", "علق"),
    ("تساءل", "تساءل"),
    ("نبه", "نبه"),
    ("استنكر", "ستنكر"),
    ("ناشد", "ناشد"),
    ("ألمح", "لمح"),
    // What one urges others to do in quote marks: «وحثت X الأطراف على
    // تجنب "…"».
    ("حث", "حث"),
    // What one condemns is quoted in one's words: «وأدانت قطر "…"». Not
    // «دان» (also a name, and the town «ودان»; «دانت» is added alone) nor
    // «يدين» ("owes").
    ("أدان", ""),
];

/// Generated verb forms that news writes far more often as another word:
/// «نصف» is "half" («ساعة ونصف», «نصف مليون»), seldom "we describe".
const NOT_CUES: &[&str] = &["نصف"];

/// Participles of speech verbs, as circumstantial accusatives.
const PARTICIPLES: &str = "مضيفا مضيفة مؤكدا مؤكدة مشيرا مشيرة موضحا موضحة لافتا لافتة \
    مشددا مشددة معتبرا معتبرة محذرا محذرة داعيا داعية مطالبا مطالبة معلنا معلنة كاشفا كاشفة \
    نافيا نافية منوها منوهة قائلا قائلة متابعا متابعة مردفا مردفة مبينا مبينة معربا معربة \
    مجددا مستدركا مستدركة مرجحا مرجحة متوقعا متوقعة مستطردا مستطردة مختتما مختتمة \
    واصفا واصفة متهما متهمة مهددا مهددة متعهدا متعهدة رافضا رافضة متوعدا متوعدة محملا محملة \
    مرحبا مرحبة مشيدا مشيدة متسائلا متسائلة مستنكرا مستنكرة منتقدا منتقدة مناشدا مناشدة \
    منبها منبهة ملمحا ملمحة مبرزا مبرزة زاعما زاعمة حاثا حاثة مذكرا مذكرة";

/// Participles that are more often something else inside a clause:
/// «مجددا» "again", «متابعة» "follow-up", «مطالبة» "a demand", «مذكرة»
/// "a memorandum".
const ADVERB_PARTICIPLES: &str = "مجددا متابعة مطالبة معلنة مذكرة";

/// Plurals of speech participles that news uses mostly as nouns or
/// adjectives: «متهمين» "defendants", «متابعين» "followers", «مهددين
/// بالطرد» "threatened".
const NOUN_PLURALS: &str = "متهمين متابعين مهددين محملين";

/// Verbs and nouns that relay speech from someone through a channel.
/// «وعلمت "واج" من مصدر مسؤول أن …»: an outlet learnt it from a source.
const CHANNELS: &str = "نقل نقلت نقلا ونقلا نقلته نقلتها علمت";

/// Attribution words: «وفقا لـ», «بحسب», «حسب», «طبقا لـ», «نقلا عن».
const ATTRIBUTIONS: &str = "وفق وفقا بحسب حسب طبقا ووفق ووفقا وبحسب وحسب وطبقا";

/// Complementizers that open a reported clause.
const COMPLEMENTIZERS: &str = "إن أن إنه أنه إنها أنها إنهم أنهم إنهما أنهما إنهن أنهن \
    إنني أنني إننا أننا إني أني بأن بأنه بأنها بأنهم بأنهما بأننا فإن فإنه فإنها فإنهم";

/// Prepositions that may sit between a cue and its clause («أشار إلى أن»),
/// or start a subjectless cue's complement («وقال في بيان إن»).
const PREPOSITIONS: &str = "إلى على في خلال عبر أمام ل لـ من عن ب ضمن أثناء لدى";

/// Nouns that end a speaker phrase with no entity in it.
const SPEAKER_STOPS: &str =
    "في خلال عبر أمام ل لـ لوكالة لصحيفة لقناة لموقع لوسائل للصحفيين للصحافة للصحف للمراسلين \
    اليوم أمس الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت";

/// Words that point back to a person named before: honorifics and bare
/// titles («سموه», «جلالته», «الرئيس», «الوزير»).
const PERSON_ANAPHORS: &str = "سموه جلالته فخامته معاليه سعادته دولته سيادته سماحته سمو جلالة فخامة \
    معالي سعادة دولة صاحب الرئيس الوزير الوزيرة الملك الأمير السلطان الشيخ رئيس الأمين المتحدث \
    المتحدثة السفير المبعوث المبعوثة ولي";

/// Honorific pronouns and the honorifics that introduce a person.
const HONORIFIC_PRONOUNS: &str =
    "سموه جلالته فخامته معاليه سعادته دولته سيادته سماحته سمو جلالة فخامة معالي سعادة";
const HONORIFIC_WORDS: &str = "جلالة الجلالة سمو السمو فخامة معالي سعادة صاحب حضرة دولة سماحة";

/// Time words, adverbials and prepositions with a pronoun («قال فيه»,
/// «أبلغه خلاله») that may sit between a cue and its subject or clause,
/// and are never the speaker.
const SKIPPABLE: &str = "اليوم أمس غدا الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت \
    مساء صباح ظهر فجر ليلة يوم الشهر الأسبوع العام السنة الماضي الماضية الجاري المقبل أول \
    بشكل بقوة مجددا أيضا كذلك بدوره بدورها بدورهم جهته جهتها جانبه جانبها بدورهما حينها آنذاك \
    مرة أخرى صراحة بشدة بحزم رسميا علنا \
    فيه فيها خلاله خلالها له لها لهم";

/// Manner nouns whose indefinite adjective follows: «بشكل قاطع», «بصورة
/// رسمية», «بلهجة حادة».
const MANNER: &str = "بشكل بصورة بطريقة بلهجة بنبرة";

/// Words that point back to an organization named before.
const ORG_ANAPHORS: &str = "الوزارة البيان البلاغ الرئاسة الحكومة الخارجية الديوان الجيش \
    المنظمة الحركة الحزب الهيئة المفوضية الوكالة الجامعة المجلس";

/// Nouns for an unnamed source, who speaks when a verb follows («مصدر
/// دبلوماسي قال»).
const SOURCE_NOUNS: &str = "مصدر مصادر مسؤول مسؤولين مسؤولون دبلوماسي دبلوماسيين دبلوماسيون \
    متحدث ناطق شهود خبراء محللين محللون مراقبين مراقبون";

/// Names of platforms, which are where something was said, not who said it.
const PLATFORMS: &str = "إكس تويتر فيسبوك تلغرام تيليغرام إنستغرام يوتيوب تيك تروث";

/// Nouns that head a name in quote marks («صحيفة "الوطن"»), not speech.
const NAME_HEADS: &str = "صحيفة لصحيفة بصحيفة موقع لموقع قناة لقناة منصة حساب وكالة لوكالة عملية \
    إذاعة لإذاعة بإذاعة تلفزيون لتلفزيون مبدأ لمبدأ بمبدأ \
    منصته منصتها حسابه حسابها صفحته صفحتها \
    حركة حزب جماعة تنظيم مبادرة شبكة برنامج مشروع كتاب فيلم مجلة مؤتمر منتدى وثيقة اتفاق \
    بـ بال ب لـ عرفت عرف يعرف تعرف تسمى يسمى سميت باسم اسم شعار وسم هاشتاغ";

/// Nouns that head a proper name given in quote marks after their
/// genitives and adjectives («شركة الطيران الوطنية "…"», «مطار …»), and
/// the reporter of an outlet («لمبعوث «الأهرام»», «لمراسل "الحياة"»).
const NAMED_THINGS: &str = "صحيفة موقع قناة منصة وكالة عملية حركة حزب جماعة تنظيم مبادرة شبكة \
    برنامج مشروع مجلة مؤتمر منتدى شركة مطار سفينة ناقلة مجموعة تحالف ائتلاف جمعية منظمة مؤسسة \
    نقابة كتلة رابطة تيار اتحاد مهرجان معرض جائزة بطولة مسابقة ملعب استاد \
    قمة حملة خطة مسلسل نادي فريق لواء كتيبة قاعدة معبر مخيم مصنع فندق مستشفى تطبيق منظومة \
    قانون مناورات تمرين مبعوث مراسل موفد جريدة";

/// Is the word (bare, or after a conjunction or a preposition ب ل ك) a
/// noun that heads a quoted name ([`NAMED_THINGS`])?
pub(super) fn is_name_head(norm: &str) -> bool {
    let heads = &lexicons().named_things;
    super::has_word(heads, norm) || heads.contains(super::without_preposition(norm))
}

/// Words that take the quoted speech as their object: «قوله».
const SAYING: &str = "قوله قولها قولهم قولهما";

struct Lexicons {
    cues: Lexicon<Cue>,
    complementizers: WordSet,
    prepositions: WordSet,
    speaker_stops: WordSet,
    saying: WordSet,
    person_anaphors: WordSet,
    org_anaphors: WordSet,
    platforms: WordSet,
    source_nouns: WordSet,
    name_heads: WordSet,
    named_things: WordSet,
    adverb_participles: WordSet,
    honorific_pronouns: WordSet,
    honorific_words: WordSet,
    skippable: WordSet,
    manner: WordSet,
}

impl Lexicons {
    /// The cue a word is, also with an object pronoun on a verb
    /// («واعتبرتها»).
    fn cue(&self, norm: &str) -> Option<Cue> {
        if let Some(c) = self.cues.get(norm) {
            return Some(c);
        }
        for suffix in ["هما", "هم", "ها", "ه", "ني", "نا"] {
            if let Some(stem) = norm.strip_suffix(suffix) {
                if stem.chars().count() >= 3 {
                    if let Some(c @ (Cue::Verb | Cue::Participle)) = self.cues.get(stem) {
                        return Some(c);
                    }
                    // The plural's alif falls before a pronoun: «ما
                    // وصفوه بـ"…"» is «وصفوا» + «ه». (Only this verb: «دعوة»
                    // is no «دعوا» + «ه», and «اعتبروه» takes no quote.)
                    if matches!(stem, "وصفو" | "ووصفو") {
                        return Some(Cue::Verb);
                    }
                }
            }
        }
        None
    }
}

fn lexicons() -> &'static Lexicons {
    static L: OnceLock<Lexicons> = OnceLock::new();
    L.get_or_init(|| {
        let mut cues: Vec<(String, Cue)> = Vec::new();
        for (past, present) in SPEECH_VERBS {
            cues.extend(
                verb_forms(past, present)
                    .into_iter()
                    .filter(|f| !NOT_CUES.contains(&f.as_str()))
                    .map(|f| (f, Cue::Verb)),
            );
        }
        // «ودانت قطر "…"»: form I «دان» only in the feminine, which no
        // name or town («دان بلسكي», «ودان») takes.
        cues.push(("دانت".to_string(), Cue::Verb));
        cues.extend(
            PARTICIPLES
                .split_whitespace()
                .map(|w| (w.to_string(), Cue::Participle)),
        );
        // Their plural and dual, for groups: «مؤكدين», «مطالبين».
        cues.extend(
            PARTICIPLES
                .split_whitespace()
                .filter(|w| !ADVERB_PARTICIPLES.split_whitespace().any(|a| a == *w))
                .filter_map(|w| w.strip_suffix('ا'))
                .map(|stem| format!("{stem}ين"))
                .filter(|w| !NOUN_PLURALS.split_whitespace().any(|n| n == w))
                .map(|w| (w, Cue::Participle)),
        );
        cues.extend(
            CHANNELS
                .split_whitespace()
                .map(|w| (w.to_string(), Cue::Channel)),
        );
        cues.extend(alternatives(&ATTRIBUTIONS.replace(' ', "|")).map(|w| (w, Cue::Attribution)));
        Lexicons {
            cues: Lexicon::new(cues),
            complementizers: word_set(COMPLEMENTIZERS),
            prepositions: word_set(PREPOSITIONS),
            speaker_stops: word_set(SPEAKER_STOPS),
            saying: word_set(SAYING),
            person_anaphors: word_set(PERSON_ANAPHORS),
            org_anaphors: word_set(ORG_ANAPHORS),
            platforms: word_set(PLATFORMS),
            source_nouns: word_set(SOURCE_NOUNS),
            name_heads: word_set(NAME_HEADS),
            named_things: word_set(NAMED_THINGS),
            adverb_participles: word_set(ADVERB_PARTICIPLES),
            honorific_pronouns: word_set(HONORIFIC_PRONOUNS),
            honorific_words: word_set(HONORIFIC_WORDS),
            skippable: word_set(&format!("{SKIPPABLE} {MANNER}")),
            manner: word_set(MANNER),
        }
    })
}

/// A time or manner word a subject may be followed by («صباح», «اليوم»,
/// «الخميس», «بدوره»).
pub(crate) fn is_skippable(norm: &str) -> bool {
    lexicons().skippable.contains(norm)
}

/// Does a reported clause open after this word («أن», «إنه», «بأن», «فإن»)?
pub(crate) fn is_complementizer(norm: &str) -> bool {
    lexicons().complementizers.contains(norm)
}

/// Most tokens between quote marks that make a name («"بي كا كا"»), not
/// a quote.
const SHORT_QUOTED_NAME: usize = 4;

/// Longest distance, in tokens, between a cue and its clause or quote.
const CUE_WINDOW: usize = 16;
/// Longest distance, in tokens, between a verb or participle and the
/// «بـ"…"» that gives what it said («وصفتها بـ"…"»).
const SAID_WITH_BA: usize = 10;
/// Longest distance, in tokens, between a cue and the «أن» of its
/// reported clause: a long title, a name and «في تصريح لوكالة الأنباء
/// الكويتية (كونا)» can come between.
const REPORTED_WINDOW: usize = 24;
/// Deepest nesting of quote marks followed.
const MAX_QUOTE_DEPTH: usize = 32;

pub(super) fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '«' | '»' | '‹' | '›' | '„' | '‟' | '″' | '＂'
    )
}

/// The mark that closes `open` in well-formed text.
fn closing_of(open: char) -> char {
    match open {
        '«' => '»',
        '“' => '”',
        '„' => '“',
        '‹' => '›',
        '»' => '«',
        '”' => '“',
        '›' => '‹',
        c => c,
    }
}

/// The quote mark of token `t`, when it is one.
pub(super) fn quote_mark(view: &DocView<'_>, t: usize) -> Option<char> {
    let w = view.words.get(t)?;
    if w.kind != TokenKind::Punct {
        return None;
    }
    let c = w.text.chars().next()?;
    is_quote_char(c).then_some(c)
}

/// A paired quote: the tokens of its marks.
#[derive(Clone, Copy, Debug)]
struct Marks {
    open: usize,
    /// The closing mark, or the paragraph end when it never closes.
    close: usize,
    closed: bool,
}

/// Pairs the quote marks of one paragraph (tokens `para`); returns the
/// outermost quotes.
fn pair_marks(view: &DocView<'_>, para: Range<usize>, out: &mut Vec<Marks>) {
    let mut stack: Vec<(usize, char)> = Vec::new();
    for t in para.clone() {
        let Some(c) = quote_mark(view, t) else {
            continue;
        };
        let w = &view.words[t];
        let at_start = t == para.start;
        let at_end = t + 1 == para.end;
        let next_word = !at_end && !view.words[t + 1].space_before && !view.is_punct(t + 1);
        let prev_opening = !at_start && {
            let p = view.words[t - 1].text;
            p.ends_with(':')
                || p.ends_with('(')
                || p.ends_with('[')
                || quote_mark(view, t - 1).is_some()
        };
        let can_open = next_word;
        let can_close = !at_start && !w.space_before && !prev_opening;
        let open = match (can_open, can_close) {
            (true, false) => true,
            (false, true) => false,
            _ => match stack.last() {
                Some(&(_, top)) => {
                    !(top == c || closing_of(top) == c || matches!(c, '»' | '”' | '›'))
                }
                None => true,
            },
        };
        if open {
            if stack.len() < MAX_QUOTE_DEPTH {
                stack.push((t, c));
            }
            continue;
        }
        if stack.is_empty() {
            continue;
        }
        let matching = stack
            .iter()
            .rposition(|&(_, o)| o == c || closing_of(o) == c);
        let depth = matching.unwrap_or(stack.len() - 1);
        let (open_at, _) = stack[depth];
        stack.truncate(depth);
        if stack.is_empty() {
            out.push(Marks {
                open: open_at,
                close: t,
                closed: true,
            });
        }
    }
    if let Some(&(open_at, _)) = stack.first() {
        out.push(Marks {
            open: open_at,
            close: para.end,
            closed: false,
        });
    }
}

/// A quote's cue, the words that name its speaker, and how the cue works.
type CueParts = (Option<Range<usize>>, Option<Range<usize>>, Cue);

/// What the words between a cue and its quote say about the speaker.
enum Subject {
    /// A named speaker (a mention, or a noun phrase).
    Named(SpeakerRef),
    /// No subject: the cue's speaker is the last one.
    Pronoun,
    /// A title or honorific (at this token) pointing back («سموه»,
    /// «الوزارة»): a person (or organization) named before.
    Anaphor(usize, NerLabel),
}

/// Finds quotes and their speakers.
///
/// ```
/// use akhbar_extract::facts::quotes::{QuoteFinder, QuoteKind};
/// # use akhbar_extract::facts::{DocView, Word};
/// # use akhbar_extract::entities::resolve::Resolution;
/// # use akhbar_extract::entities::kb::KnowledgeBase;
/// # use akhbar_text::tokenize::tokenize;
/// # use akhbar_text::normalize::Normalizer;
/// let text = "وقال المتحدث: \"الحوار مستمر\". وأضاف أن الوفد سيعود غدا.";
/// # let n = Normalizer::default();
/// # let toks: Vec<_> = tokenize(text).collect();
/// # let norms: Vec<String> = toks.iter().map(|t| n.normalize(t.text(text))).collect();
/// # let words: Vec<Word> = toks.iter().zip(&norms).enumerate().map(|(i, (t, norm))| Word {
/// #     text: t.text(text), norm, kind: t.kind,
/// #     space_before: i == 0 || toks[i - 1].end < t.start }).collect();
/// # let sentences = vec![0..6, 6..words.len()];
/// # let resolution = Resolution::default();
/// # let view = DocView::new(&words, &sentences, &[0, 0], &resolution, KnowledgeBase::bundled());
/// let quotes = QuoteFinder::default().find(&view);
/// assert_eq!(quotes.len(), 2);
/// assert_eq!(quotes[0].kind, QuoteKind::Direct);
/// assert_eq!(quotes[1].kind, QuoteKind::Reported);
/// // «وأضاف» has no subject: the speaker carries over.
/// assert!(quotes[1].speaker.as_ref().unwrap().carried);
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct QuoteFinder;

impl QuoteFinder {
    /// The quotes of a document, in text order.
    pub fn find(&self, view: &DocView<'_>) -> Vec<Quote> {
        let lex = lexicons();
        // Quote marks, paired per paragraph.
        let mut marks = Vec::new();
        let mut p_start = 0;
        for (i, s) in view.sentences.iter().enumerate() {
            let last = i + 1 == view.sentences.len()
                || view.paragraph_of.get(i + 1) != view.paragraph_of.get(i);
            if last {
                pair_marks(view, view.sentences[p_start].start..s.end, &mut marks);
                p_start = i + 1;
            }
        }
        // Tokens inside direct quotes are not cues.
        let mut quoted = vec![false; view.words.len()];
        for m in &marks {
            for q in quoted.iter_mut().take(m.close).skip(m.open + 1) {
                *q = true;
            }
        }

        // Candidates: (quote, cue subject region, cue kind), speakers later.
        let mut found: Vec<(Quote, Option<Range<usize>>, Cue)> = Vec::new();
        let mut absorbed = vec![false; marks.len()];
        for (s_idx, sent) in view.sentences.iter().enumerate() {
            for c in sent.clone() {
                if quoted[c] {
                    continue;
                }
                let Some(cue) = cue_at(view, c) else {
                    continue;
                };
                // «يذكر أن …», "it is worth noting that": no one's speech.
                if matches!(view.norm(c), "يذكر" | "ويذكر")
                    && c + 1 < sent.end
                    && lex.complementizers.contains(view.norm(c + 1))
                {
                    continue;
                }
                let reported = match cue {
                    Cue::Verb | Cue::Channel | Cue::Participle => {
                        reported_after_cue(view, c, sent.clone(), &quoted)
                    }
                    Cue::Attribution => attribution(view, c, sent.clone(), &quoted),
                };
                let Some((clause, subject)) = reported else {
                    continue;
                };
                let more = if cue == Cue::Attribution {
                    Vec::new()
                } else {
                    second_clauses(view, clause.end, sent.end, &quoted)
                };
                for clause in std::iter::once(clause).chain(more) {
                    let holds_quote = marks
                        .iter()
                        .enumerate()
                        .filter(|(_, m)| m.open >= clause.start && m.open < clause.end)
                        .map(|(i, _)| absorbed[i] = true)
                        .count()
                        > 0;
                    let lead = if cue == Cue::Attribution {
                        super::conjunction_bytes(view.words[clause.start].text)
                    } else {
                        0
                    };
                    found.push((
                        Quote {
                            kind: if holds_quote {
                                QuoteKind::Mixed
                            } else {
                                QuoteKind::Reported
                            },
                            sentence: s_idx,
                            tokens: clause,
                            cue: Some(c..c + 1),
                            speaker: None,
                            via: None,
                            closed: true,
                            lead,
                        },
                        subject.clone(),
                        cue,
                    ));
                }
            }
        }
        // The closing mark of the last direct quote, and its cue parts.
        let mut previous: Option<(usize, CueParts)> = None;
        for (i, m) in marks.iter().enumerate() {
            if absorbed[i] || m.close <= m.open + 1 {
                continue;
            }
            // «واعتبرتها «تهديدا مباشرا» و«إعلان حرب»»: a quote coordinated
            // with the one before shares its cue.
            let coordinated = previous.as_ref().filter(|(close, _)| {
                *close < m.open
                    && (close + 1..m.open).all(|k| matches!(view.norm(k), "و" | "،" | "," | "او"))
            });
            let cued = match coordinated {
                Some((_, parts)) => Some(parts.clone()),
                None => direct_cue(view, m, &quoted),
            };
            let Some((cue, subject, kind)) = cued else {
                previous = None;
                continue;
            };
            previous = Some((m.close, (cue.clone(), subject.clone(), kind)));
            found.push((
                Quote {
                    kind: QuoteKind::Direct,
                    sentence: view.sentence_of(m.open + 1),
                    tokens: m.open + 1..m.close,
                    cue,
                    speaker: None,
                    via: None,
                    closed: m.closed,
                    lead: 0,
                },
                subject,
                kind,
            ));
        }
        // Speakers, in text order, so that subjectless cues take the last
        // speaker.
        found.sort_by_key(|(q, _, _)| {
            let at = q
                .cue
                .as_ref()
                .map_or(q.tokens.start, |c| c.start.min(q.tokens.start));
            (at, q.tokens.start)
        });
        let mut last: Option<(SpeakerRef, usize)> = None;
        let mut quotes: Vec<Quote> = Vec::with_capacity(found.len());
        for (mut q, region, cue) in found {
            let cue_at = q.cue.as_ref().map_or(q.tokens.start, |c| c.start);
            let region = match region {
                Some(r) if !r.is_empty() => Some(r),
                other => topic_before(view, cue_at).or(other),
            };
            let (speaker, via) = match (cue, region) {
                (Cue::Participle, _) | (_, None) => (Subject::Pronoun, None),
                (Cue::Channel, Some(r)) => channel_subject(view, r),
                // «وكان سعيد قد أكد، أول أمس، خلال لقائه …، أن»: the subject
                // came first.
                (_, Some(_)) if cue_at > 0 && view.norm(cue_at - 1) == "قد" => {
                    match pluperfect_subject_before_aside(view, cue_at)
                        .or_else(|| subject_before_cue(view, cue_at))
                        .or_else(|| pluperfect_subject(view, cue_at))
                    {
                        Some(s) => (
                            Subject::Named(SpeakerRef {
                                carried: false,
                                ..s
                            }),
                            None,
                        ),
                        None => (Subject::Pronoun, None),
                    }
                }
                // «هددوا حماس بـ"…"», «واتهموا حكومتهم بـ"…"»: a plural
                // verb carries its subject, told before; what follows is
                // its object.
                (Cue::Verb, Some(_))
                    if super::strip_conjunction(view.norm(cue_at)).ends_with("وا") =>
                {
                    (Subject::Pronoun, None)
                }
                // «رحبت المنظمة بالقرار، لكنها طالبت السلطات بـ"…"»: the
                // pronoun on «لكن» is the subject; the noun after the verb
                // is its object.
                (_, Some(_))
                    if cue_at > 0
                        && matches!(
                            super::strip_conjunction(view.norm(cue_at - 1)),
                            "لكنه" | "لكنها" | "لكنهم" | "لكنهما"
                        ) =>
                {
                    (Subject::Pronoun, None)
                }
                // «وردد المشاركون هتافات تطالب الحكومة بـ"…"»: those who
                // chant, not the one asked.
                (Cue::Verb, Some(_)) if after_chants(view, cue_at) => (
                    plural_subject_of_sentence(view, cue_at).map_or(Subject::Pronoun, |s| {
                        Subject::Named(SpeakerRef {
                            carried: false,
                            ..s
                        })
                    }),
                    None,
                ),
                (_, Some(r)) => {
                    // «لكن وكيل وزارة الخارجية فيكرام ميسري اتهم باكستان
                    // بـ"…"»: a person or body named right before the verb is
                    // its subject; what follows is the object.
                    // Not «بنظيره X أكد خلاله»: the call's maker speaks.
                    // Nor «كلمة إلى المواطنين قال فيها»: who gave the speech.
                    let svo = (cue == Cue::Verb && caller_of_call(view, cue_at).is_none())
                        .then(|| {
                            speech_giver(view, cue_at).or_else(|| adjacent_subject(view, cue_at))
                        })
                        .flatten();
                    match svo {
                        Some(s) => (
                            Subject::Named(SpeakerRef {
                                carried: false,
                                ..s
                            }),
                            None,
                        ),
                        None => match told_through_aside(view, r.clone()) {
                            Some((s, via)) => (Subject::Named(s), via),
                            None => match accuser_phrase(view, cue_at, r.clone())
                                .map(Subject::Named)
                                .unwrap_or_else(|| subject_in(view, r))
                            {
                                Subject::Named(s) if is_coordinated_object(view, cue_at, &s) => {
                                    (Subject::Pronoun, None)
                                }
                                other => (other, None),
                            },
                        },
                    }
                }
            };
            q.via = via;
            q.speaker = match speaker {
                // «وحسب المصدر ذاته»: the source quoted just before.
                Subject::Named(s) if names_same_source(view, &s.tokens) => {
                    source_quoted_before(view, &quotes, cue_at).or(Some(s))
                }
                // «وأضاف الدبلوماسيون» after «قال ثلاثة دبلوماسيين»: the
                // same people.
                Subject::Named(s) => Some(same_group_as_before(view, &quotes, &s).unwrap_or(s)),
                // «أعلن الديوان الملكي، في بلاغ، أن … وأوضح البلاغ أن»: who
                // spoke in the sentence that told of the statement. «وقال
                // الوزير» with no minister named before: the title.
                Subject::Anaphor(at, label) => {
                    let statement =
                        matches!(super::strip_conjunction(view.norm(at)), "البيان" | "البلاغ");
                    statement
                        .then(|| statement_speaker(view, &quotes, cue_at))
                        .flatten()
                        // «وأكد الديوان الملكي في بلاغ»: a body with its own
                        // adjective names itself, not a body told before.
                        .or_else(|| {
                            (label == NerLabel::Organization && !statement)
                                .then(|| body_with_adjective(view, at))
                                .flatten()
                        })
                        .or_else(|| same_head_as_before(view, &quotes, at))
                        .or_else(|| {
                            (label == NerLabel::Organization)
                                .then(|| body_named_before(view, at))
                                .flatten()
                        })
                        .or_else(|| titled_person(view, at))
                        .or_else(|| {
                            let next = (at + 1 < view.words.len()).then(|| view.norm(at + 1));
                            let nisba = next.and_then(|n| super::nisba_country(view.kb, n));
                            // «الوزير الكوري»: of a country no one named before
                            // is known to be of.
                            if next.is_some_and(|n| super::unknown_nisba(view.kb, n)) {
                                return None;
                            }
                            let anaphor = super::without_proclitics(view.norm(at));
                            title_anaphor_speaker(view, cue_at, &anaphor, label, nisba)
                        })
                        // «وقال رئيس البلدية», «رئيس بلدية صيدا»: the title
                        // and the rest of its construct, definite words or a
                        // name, up to three.
                        // «وأوضح البيان الختامي»: the statement and its
                        // adjective.
                        .or_else(|| {
                            let adjective = at + 1 < view.words.len()
                                && matches!(
                                    view.norm(at + 1),
                                    "الختامي" | "المشترك" | "الرسمي" | "الرئاسي" | "الوزاري"
                                );
                            (statement && adjective).then(|| SpeakerRef {
                                tokens: at..at + 2,
                                cluster: None,
                                carried: false,
                            })
                        })
                        .or_else(|| {
                            let construct = !view.norm(at).starts_with("ال");
                            let ends_it = |k: usize| {
                                k < view.words.len()
                                    && view.words[k].kind == TokenKind::Word
                                    && (view.norm(k).starts_with("ال")
                                        || view.mentions_in(k..k + 1).next().is_some())
                                    && lexicons().cue(view.norm(k)).is_none()
                            };
                            let end = (at + 1..(at + 4).min(view.words.len()))
                                .take_while(|&k| {
                                    construct
                                        && view.words[k].kind == TokenKind::Word
                                        && lexicons().cue(view.norm(k)).is_none()
                                        && !lexicons().complementizers.contains(view.norm(k))
                                        && (ends_it(k) || ends_it(k + 1))
                                })
                                .filter(|&k| ends_it(k))
                                .last()
                                .map_or(at + 1, |k| k + 1);
                            Some(SpeakerRef {
                                tokens: at..end,
                                cluster: None,
                                carried: false,
                            })
                        })
                }
                Subject::Pronoun => {
                    let sentence = view.sentence_of(cue_at);
                    let earlier_here = quotes
                        .iter()
                        .rev()
                        .take_while(|p| p.sentence == sentence)
                        .find_map(|p| p.speaker.clone());
                    // A participle's subject is its main verb's: the noun
                    // right before «، مؤكدا» is that verb's object («نفى أن
                    // يكون التقى أي مسؤول إسرائيلي، مؤكدا أن …»).
                    let before = if let Some(caller) = caller_of_call(view, cue_at) {
                        Some(caller)
                    } else if let Some(giver) = speech_giver(view, cue_at) {
                        Some(giver)
                    } else if cue == Cue::Participle {
                        contrast_subject(view, cue_at, false)
                            .or_else(|| relative_clause_subject(view, cue_at))
                            .or_else(|| pluperfect_subject(view, cue_at))
                    } else {
                        // (The subject of the verb before «ما وصفته» follows
                        // that verb.)
                        subject_before_cue(view, cue_at)
                            .filter(|s| opens_phrase(view, s) || what_it_called(view, cue_at))
                            .or_else(|| noun_subject_after_that(view, cue_at))
                            // «فيما رفض عدد من النواب التوقيع بسبب ما وصفوه
                            // بـ"…"»: the subject of the contrastive clause.
                            .or_else(|| {
                                what_it_called(view, cue_at)
                                    .then(|| contrast_subject(view, cue_at, true))
                                    .flatten()
                            })
                    };
                    before
                        .or_else(|| {
                            (cue == Cue::Participle)
                                .then(|| coordinated_clause_subject(view, cue_at))
                                .flatten()
                        })
                        .or_else(|| plural_subject_of_sentence(view, cue_at))
                        .or(earlier_here.map(|s| SpeakerRef { carried: true, ..s }))
                        .or_else(|| {
                            (cue == Cue::Participle)
                                .then(|| main_verb_subject(view, cue_at))
                                .flatten()
                        })
                        .or_else(|| first_subject_of_sentence(view, cue_at))
                        .or_else(|| carried_speaker(view, last.as_ref(), cue_at))
                }
            };
            q.speaker = q
                .speaker
                .map(|s| group_antecedent(view, &s, cue_at).unwrap_or(s))
                .map(|s| named_at_end(view, s));
            if let Some(s) = &q.speaker {
                last = Some((s.clone(), view.sentence_of(cue_at)));
            }
            quotes.push(q);
        }
        quotes.sort_by_key(|q| (q.tokens.start, q.tokens.end));
        quotes.dedup_by(|b, a| a.tokens == b.tokens);
        quotes
    }
}

/// A definite noun without its conjunction and article («والمنظمة» →
/// «منظمه»), or `None` for an indefinite one.
fn definite_noun(norm: &str) -> Option<&str> {
    super::strip_conjunction(norm).strip_prefix("ال")
}

/// The stem of a sound plural of people, definite or not («الدبلوماسيون»,
/// «دبلوماسيين» → «دبلوماسي»).
fn plural_stem(norm: &str) -> Option<&str> {
    let w = definite_noun(norm).unwrap_or(norm);
    let stem = w.strip_suffix("ون").or(w.strip_suffix("ين"))?;
    (stem.chars().count() >= 3).then_some(stem)
}

/// The last speaker of `earlier` that `names_again` accepts, carried over.
fn earlier_speaker(
    earlier: &[Quote],
    names_again: impl Fn(&SpeakerRef) -> bool,
) -> Option<SpeakerRef> {
    earlier.iter().rev().find_map(|q| {
        let p = q.speaker.as_ref().filter(|p| names_again(p))?;
        Some(SpeakerRef {
            carried: true,
            ..p.clone()
        })
    })
}

/// «المصدر ذاته», «المصدر نفسه», «المصادر ذاتها»: the source just quoted,
/// named again.
fn names_same_source(view: &DocView<'_>, tokens: &Range<usize>) -> bool {
    tokens.len() == 2
        && matches!(
            super::strip_conjunction(view.norm(tokens.start)),
            "المصدر" | "المصادر"
        )
        && matches!(
            view.norm(tokens.start + 1),
            "ذاته" | "نفسه" | "عينه" | "ذاتها" | "نفسها" | "عينها"
        )
}

/// The speaker of the last quote of the four sentences before `cue_at`'s
/// (or of its own, earlier).
fn source_quoted_before(
    view: &DocView<'_>,
    earlier: &[Quote],
    cue_at: usize,
) -> Option<SpeakerRef> {
    let sentence = view.sentence_of(cue_at);
    let recent = earlier
        .iter()
        .rposition(|q| q.sentence + 4 < sentence)
        .map_or(0, |i| i + 1);
    earlier_speaker(&earlier[recent..], |_| true)
}

/// «أعلن الديوان الملكي، في بلاغ، أن … وأوضح البلاغ أن»: in the last of the
/// four sentences before `cue_at` that tells of a statement, its issuer
/// named after it («في بيان لوزارة الخارجية»), else who spoke in it.
fn statement_speaker(view: &DocView<'_>, earlier: &[Quote], cue_at: usize) -> Option<SpeakerRef> {
    let sentence = view.sentence_of(cue_at);
    let Some(s) = (sentence.saturating_sub(4)..=sentence).rev().find(|&s| {
        let range = view.sentences[s].clone();
        (range.start..range.end.min(cue_at)).any(|k| is_statement(view.norm(k)))
    }) else {
        // «أعلنت مديرية الأمن العام أن … وأوضح البيان أن»: no statement
        // told of, the body that spoke in the sentence before.
        return earlier
            .iter()
            .rev()
            .find(|q| q.sentence < sentence)
            .filter(|q| q.sentence + 1 == sentence)
            .and_then(|q| q.speaker.clone())
            .filter(|p| {
                !is_person(view, p)
                    && !is_source_noun(super::strip_conjunction(view.norm(p.tokens.start)))
                    && view
                        .mentions_in(p.tokens.clone())
                        .all(|m| m.label == NerLabel::Organization)
            })
            .map(|p| SpeakerRef { carried: true, ..p });
    };
    let range = view.sentences[s].clone();
    issuer_named_after_statement(view, range.start..range.end.min(cue_at))
        .or_else(|| {
            earlier
                .iter()
                .rev()
                .find(|q| q.sentence == s)
                .and_then(|q| q.speaker.clone())
        })
        .map(|p| SpeakerRef { carried: true, ..p })
}

/// An earlier speaker that a bare definite plural names again: «قال
/// ثلاثة دبلوماسيين … وأضاف الدبلوماسيون», «مسؤولون أمريكيون … المسؤولون».
fn same_group_as_before(
    view: &DocView<'_>,
    earlier: &[Quote],
    s: &SpeakerRef,
) -> Option<SpeakerRef> {
    if s.tokens.len() != 1 || s.cluster.is_some() {
        return None;
    }
    let norm = view.norm(s.tokens.start);
    definite_noun(norm)?;
    let stem = plural_stem(norm)?;
    earlier_speaker(earlier, |p| {
        p.tokens != s.tokens
            && p.tokens
                .clone()
                .any(|k| plural_stem(view.norm(k)) == Some(stem))
    })
}

/// An earlier speaker whose head noun a bare definite noun repeats: «قالت
/// منظمة حقوقية … وأضافت المنظمة».
fn same_head_as_before(view: &DocView<'_>, earlier: &[Quote], at: usize) -> Option<SpeakerRef> {
    let head = definite_noun(view.norm(at))?;
    if head.chars().count() < 3 {
        return None;
    }
    earlier_speaker(earlier, |p| {
        // «وزارة» is no و + «زارة»: the first word as written, or without
        // a conjunction.
        let first = view.norm(p.tokens.start);
        p.tokens.len() > 1 && (first == head || super::strip_conjunction(first) == head)
    })
}

/// «المتحدث باسم وزارة الخارجية … ودعت الوزارة»: a definite body noun
/// takes up the body of that noun named last before it, within three
/// sentences (the noun and its definite genitives: «وزارة الخارجية»).
fn body_named_before(view: &DocView<'_>, at: usize) -> Option<SpeakerRef> {
    let head = definite_noun(view.norm(at))?;
    // Bodies only: «البيان» is told by its issuer (`statement_issuer`).
    if !matches!(
        head,
        "وزاره"
            | "مجلس"
            | "هييه"
            | "هيئه"
            | "لجنه"
            | "منظمه"
            | "حركه"
            | "حزب"
            | "جبهه"
            | "مفوضيه"
            | "سفاره"
            | "رياسه"
            | "رئاسه"
            | "حكومه"
            | "قياده"
            | "مديريه"
            | "امانه"
            | "جامعه"
            | "بعثه"
    ) {
        return None;
    }
    let from = view.sentences[view.sentence_of(at).saturating_sub(3)].start;
    let k = (from..at).rev().find(|&k| {
        let n = view.norm(k);
        let bare = super::strip_conjunction(n);
        // Not «لوزارة»: a speaker's span cannot leave the ل out.
        (n == head || bare == head)
            && view.norm(k + 1).starts_with("ال")
            // «بمقر رئاسة الجمهورية»: a building, not the body acting.
            && !k.checked_sub(1).is_some_and(|j| {
                let w = super::strip_conjunction(view.norm(j));
                matches!(w.strip_prefix(['ب', 'ل']).unwrap_or(w), "مقر" | "مبني" | "مقار")
            })
    })?;
    let mut e = k + 1;
    while e < at
        && e < k + 4
        && view.words[e].kind == TokenKind::Word
        && view.norm(e).starts_with("ال")
        && lexicons().cue(view.norm(e)).is_none()
    {
        e += 1;
    }
    Some(SpeakerRef {
        tokens: k..e,
        cluster: view.actor_starting_at(k).and_then(|a| a.cluster),
        carried: false,
    })
}

/// The speaker for a subjectless cue at `cue_at`: the last speaker when it
/// spoke within a few sentences, else the nearest person named before.
fn carried_speaker(
    view: &DocView<'_>,
    last: Option<&(SpeakerRef, usize)>,
    cue_at: usize,
) -> Option<SpeakerRef> {
    let sentence = view.sentence_of(cue_at);
    if let Some((s, at)) = last {
        if sentence.saturating_sub(*at) <= 6 {
            return Some(SpeakerRef {
                carried: true,
                ..s.clone()
            });
        }
    }
    let from = view.sentences[sentence.saturating_sub(2)].start;
    view.mentions_in(from..cue_at)
        .filter(|m| m.label == NerLabel::Person)
        .last()
        .map(|m| SpeakerRef {
            tokens: m.tokens.clone(),
            cluster: Some(m.cluster),
            carried: true,
        })
}

/// «أما وزير المالية فقال إن …»: the topic after «أما» is the subject of
/// the cue that «فـ» opens.
fn topic_before(view: &DocView<'_>, cue_at: usize) -> Option<Range<usize>> {
    if !view.words[cue_at].text.starts_with('ف') {
        return None;
    }
    let sent = &view.sentences[view.sentence_of(cue_at)];
    let from = sent.start.max(cue_at.saturating_sub(10));
    let ama = (from..cue_at).rev().find(|&k| view.norm(k) == "اما")?;
    (ama + 1 < cue_at).then_some(ama + 1..cue_at)
}

/// «نفت السفارة … المزاعم، ووصفت الاتهامات بأنها "…"»: after a verb
/// joined by «و» to a clause that already has its subject, a definite
/// noun that names no actor and is then described («بأنها», «بـ», a
/// quote) is the verb's object; the subject is the first clause's. Not
/// «وأكد المصدر نفسه أن»: a subject, then its clause.
fn is_coordinated_object(view: &DocView<'_>, cue_at: usize, s: &SpeakerRef) -> bool {
    let sent = &view.sentences[view.sentence_of(cue_at)];
    let first = view.norm(s.tokens.start);
    let next = s.tokens.end;
    // «وحث الأطراف على "…"», «ودعا الأطراف إلى "…"»: the ones asked.
    let asked = matches!(
        super::strip_conjunction(view.norm(cue_at)),
        "دعا" | "دعت" | "حث" | "حثت" | "ناشد" | "ناشدت"
    ) && matches!(view.norm(next), "علي" | "الي");
    let described = quote_mark(view, next).is_some()
        || asked
        || matches!(view.norm(next), "ب" | "بـ")
        || (view.norm(next).starts_with("ب") && is_complementizer(view.norm(next)));
    // «ويطالب إيران بـ"التعاون التام"»: a country right before «بـ» is
    // what is demanded of, its speaker told before.
    let place = view
        .mentions_in(s.tokens.clone())
        .any(|m| m.tokens == s.tokens && m.label == NerLabel::Location);
    // (A generic actor asked is asked too: «ودعا الأطراف إلى».)
    let common_noun = s.cluster.is_none()
        && (asked || view.actor_starting_at(s.tokens.start).is_none())
        && first.starts_with("ال")
        && !lexicons().person_anaphors.contains(first)
        && !lexicons().org_anaphors.contains(first);
    described
        && view.words[cue_at].text.starts_with('و')
        && (common_noun || place)
        && view
            .actors_in(sent.start..cue_at)
            .any(|a| matches!(a.label, NerLabel::Person | NerLabel::Organization))
}

/// Does the verb at `cue_at` tell what its subject called what it acted
/// on: «دانت وزارة الخارجية ما وصفته بـ"…"», «ونددت الخارجية الروسية بما
/// وصفته»?
fn what_it_called(view: &DocView<'_>, cue_at: usize) -> bool {
    cue_at > 0
        && matches!(view.norm(cue_at - 1), "ما" | "بما" | "مما" | "لما" | "عما")
        && ["ه", "ها", "هم"]
            .iter()
            .any(|p| view.words[cue_at].text.ends_with(p))
}

/// SVO: a person or organization named right before the cue («ينس
/// ستولتنبرغ قال إن»), or the name a title there is in apposition to
/// («ظريف وزير خارجية إيران، الذي قال»); not across «و» on the cue, which
/// starts a new clause with the old subject.
fn subject_before_cue(view: &DocView<'_>, cue_at: usize) -> Option<SpeakerRef> {
    if view.words[cue_at].text.starts_with('و')
        && lexicons().cues.exact(view.norm(cue_at)).is_none()
        && !what_it_called(view, cue_at)
    {
        return None;
    }
    let sent = &view.sentences[view.sentence_of(cue_at)];
    let from = sent.start.max(cue_at.saturating_sub(3));
    let m = view
        .actors_in(sent.start..cue_at)
        .filter(|m| m.tokens.end >= from && m.label != NerLabel::Misc)
        .last()?;
    // «محمد جواد ظريف وزير خارجية إيران، الذي قال»: the name the title is
    // in apposition to.
    let named = view.named_before_title(m, sent.start);
    // «ستولتنبرغ قال», «وكان سعيد قد أكد», and a relative clause on the
    // name: «الرئيس الفرنسي إيمانويل ماكرون، الذي أعلن أنه».
    let between_ok = (m.tokens.end..cue_at).all(|k| {
        matches!(view.norm(k), "،" | "," | "قد")
            || (k + 1 == cue_at && matches!(view.norm(k), "الذي" | "التي" | "الذين"))
            || (k + 1 == cue_at && what_it_called(view, cue_at))
    });
    // «أجرى اتصالا مع نظيره، أبلغه خلاله»: past a comma, the one a cue
    // with an object pronoun speaks to.
    let to_it = lexicons().cues.exact(view.norm(cue_at)).is_none()
        && (m.tokens.end..cue_at).any(|k| view.is_punct(k));
    if to_it {
        return None;
    }
    // A place is a speaker only as the subject of «كانت … قد»: «وكانت
    // المجر قد أعلنت».
    let pluperfect = (m.tokens.end..cue_at).any(|k| view.norm(k) == "قد");
    (between_ok && (m.label != NerLabel::Location || pluperfect)).then(|| SpeakerRef {
        tokens: named.tokens.clone(),
        cluster: m.cluster,
        carried: true,
    })
}

/// Does the name open its phrase: after a particle, a title, an honorific
/// («معالي») or a clause boundary, not in construct with a noun before it («ورئيس مجلس الأمن»,
/// «جلسة البرلمان البريطاني»)?
fn opens_phrase(view: &DocView<'_>, s: &SpeakerRef) -> bool {
    s.tokens.start.checked_sub(1).is_none_or(|k| {
        let n = view.norm(k);
        view.is_punct(k)
            || n.starts_with("ال")
            || super::without_proclitics(n).starts_with("ال")
            || akhbar_text::stopwords::is_stopword(n)
            || akhbar_text::stopwords::is_stopword(super::strip_conjunction(n))
            || is_honorific_word(n)
    })
}

/// SVO with nothing between: a person or organization whose name ends
/// right before the verb at `cue_at` («… فيكرام ميسري اتهم»), and opens
/// its phrase: after a particle, a title or a clause boundary, not in
/// construct with a noun before it («جلسة البرلمان البريطاني قال إيفانز»,
/// «مخزون جيش القذافي تقول المصادر»: the subject comes after the verb).
fn adjacent_subject(view: &DocView<'_>, cue_at: usize) -> Option<SpeakerRef> {
    subject_before_cue(view, cue_at).filter(|s| {
        s.tokens.end == cue_at
            && opens_phrase(view, s)
            && view.actors_in(s.tokens.clone()).any(|m| {
                m.tokens == s.tokens && matches!(m.label, NerLabel::Person | NerLabel::Organization)
            })
    })
}

/// The subject of a contrastive clause the participle at `cue_at` goes
/// with: «…، فيما دان رئيس الحكومة نواف سلام الهجوم، مؤكدا أن …» →
/// نواف سلام, not the speaker of the clause before «فيما».
///
/// With `noun_phrase`, a noun phrase no entity names may be the subject
/// too, when it follows the verb right away («عدد من النواب»).
fn contrast_subject(view: &DocView<'_>, cue_at: usize, noun_phrase: bool) -> Option<SpeakerRef> {
    let sent = &view.sentences[view.sentence_of(cue_at)];
    let opener = (sent.start..cue_at).rev().find(|&k| {
        let n = view.norm(k);
        matches!(n.strip_prefix('و').unwrap_or(n), "فيما" | "بينما" | "حين")
    })?;
    // The verb right after the opener, then its subject.
    let from = opener
        + if view.norm(opener + 1) == "في" {
            3
        } else {
            2
        };
    // The subject ends at the first comma after a word: «فيما رفض عدد من
    // النواب، بينهم X، التوقيع» → «عدد من النواب».
    let from = from.min(cue_at);
    let end = (from..cue_at)
        .skip_while(|&k| view.is_punct(k) || lexicons().skippable.contains(view.norm(k)))
        .find(|&k| matches!(view.norm(k), "،" | ","))
        .unwrap_or(cue_at);
    match subject_in(view, from..end) {
        Subject::Named(s)
            if s.cluster.is_some() || view.actor_starting_at(s.tokens.start).is_some() =>
        {
            Some(SpeakerRef { carried: true, ..s })
        }
        // «عدد من ممثلي الكتلة»: the whole phrase up to the comma.
        Subject::Named(s)
            if noun_phrase
                && s.tokens.start == from
                && end - from <= 6
                && (from..end).all(|k| view.words[k].kind == TokenKind::Word) =>
        {
            Some(SpeakerRef {
                tokens: from..end,
                cluster: None,
                carried: true,
            })
        }
        _ => None,
    }
}

/// The subject of a relative clause right before the participle at
/// `cue_at`: «…، وهو ما نفاه الحزب، مؤكدا» → «الحزب»; «وهو الهجوم الذي
/// أدانته الخارجية المصرية، داعية» → «الخارجية المصرية». The verb carries
/// the pronoun of what it acts on, so its subject comes after it.
fn relative_clause_subject(view: &DocView<'_>, cue_at: usize) -> Option<SpeakerRef> {
    let sent = &view.sentences[view.sentence_of(cue_at)];
    let comma = cue_at.checked_sub(1).filter(|&k| view.is_punct(k))?;
    let clause_start = (sent.start..comma)
        .rev()
        .find(|&k| view.is_punct(k))
        .map_or(sent.start, |k| k + 1);
    // Only a clause that opens with «وهو», «وهي» (the act just told):
    // a relative inside a phrase («الإمبراطورية التي يديرها المرشد»)
    // says nothing of who speaks.
    if !matches!(
        view.norm(clause_start),
        "وهو" | "وهي" | "وهذا" | "وهذه" | "وذلك"
    ) {
        return None;
    }
    let rel = (clause_start + 1..comma.min(clause_start + 4)).find(|&k| {
        matches!(
            super::strip_conjunction(view.norm(k)),
            "ما" | "الذي" | "التي" | "الذين"
        )
    })?;
    let verb = rel + 1;
    let n = super::strip_conjunction(view.norm(verb));
    let carries_object = ["ه", "ها", "هم", "هما"].iter().any(|p| n.ends_with(p));
    if verb + 1 >= comma || !carries_object {
        return None;
    }
    match subject_in(view, verb + 1..comma) {
        // «وهو ما رفضه وزير الطيران المدني حسام كمال»: right after the
        // verb, or after the title that introduces the name.
        Subject::Named(s)
            if (s.tokens.start == verb + 1
                // (a spokesman's title may run long: «المتحدث باسم قيادة
                // العمليات المشتركة العميد يحيى رسول»)
                || (s.tokens.start <= verb + 8
                    && (verb + 1..s.tokens.start)
                        .all(|k| view.words[k].kind == TokenKind::Word)
                    && s.cluster.is_some()))
                && (s.cluster.is_some() || view.actor_starting_at(s.tokens.start).is_some()) =>
        {
            Some(SpeakerRef { carried: true, ..s })
        }
        // «وهو ما نفاه الحزب»: the body named before with that head.
        Subject::Anaphor(at, label) if at == verb + 1 => {
            let anaphor = super::without_proclitics(view.norm(at));
            title_anaphor_speaker(view, cue_at, &anaphor, label, None)
        }
        _ => None,
    }
}

/// The subject right after «كان» when an aside set off by commas stands
/// between it and «قد»: «وكان الرئيس عبد الفتاح السيسي، في خطاب … عقب
/// اجتماع مع مجلس الدفاع الوطني، قد أعلن أن …» → the president, not the
/// council the aside names last.
fn pluperfect_subject_before_aside(view: &DocView<'_>, cue_at: usize) -> Option<SpeakerRef> {
    let sent = &view.sentences[view.sentence_of(cue_at)];
    let kana = (sent.start..cue_at.min(sent.start + 3)).find(|&k| {
        matches!(
            super::strip_conjunction(view.norm(k)),
            "كان" | "كانت" | "كانوا"
        )
    })?;
    // The subject, after its title («الرئيس», «وزير الخارجية»).
    let actor = view.actors_in(kana + 1..cue_at - 1).next().filter(|a| {
        a.tokens.start <= kana + 4
            && (kana + 1..a.tokens.start).all(|k| view.words[k].kind == TokenKind::Word)
    })?;
    matches!(view.norm(actor.tokens.end), "،" | ",").then(|| SpeakerRef {
        tokens: actor.tokens.clone(),
        cluster: actor.cluster,
        carried: false,
    })
}

/// The subject of a pluperfect that opens the participle's sentence:
/// «وكانت الحركات الأزوادية قد رفضت …، متهمة …» → «الحركات الأزوادية».
fn pluperfect_subject(view: &DocView<'_>, cue_at: usize) -> Option<SpeakerRef> {
    let sent = &view.sentences[view.sentence_of(cue_at)];
    let kana = (sent.start..cue_at.min(sent.start + 3)).find(|&k| {
        matches!(
            super::strip_conjunction(view.norm(k)),
            "كان" | "كانت" | "كانوا"
        )
    })?;
    let qad = (kana + 2..cue_at.min(kana + 10)).find(|&k| view.norm(k) == "قد")?;
    if let Some(actor) = view
        .actors_in(kana + 1..qad)
        .find(|a| a.tokens.start == kana + 1 && a.tokens.end == qad)
    {
        return Some(SpeakerRef {
            tokens: actor.tokens.clone(),
            cluster: actor.cluster,
            carried: true,
        });
    }
    // A noun phrase no entity names: «وكانت الحركات الأزوادية قد»,
    // «وكانت مصادر محلية قد».
    let phrase = kana + 1..qad;
    (phrase.len() <= 4
        && (view.norm(phrase.start).starts_with("ال") || is_source_noun(view.norm(phrase.start)))
        && phrase
            .clone()
            .all(|k| view.words[k].kind == TokenKind::Word))
    .then_some(SpeakerRef {
        tokens: phrase,
        cluster: None,
        carried: true,
    })
}

/// A participle's subject when its main verb is a speech verb with no
/// reported clause («نفت إدارة الشركة ما تردد عن …، مؤكدة أنها …»): the
/// subject right after that verb, an entity, an actor, or a short noun
/// phrase.
fn main_verb_subject(view: &DocView<'_>, cue_at: usize) -> Option<SpeakerRef> {
    let lex = lexicons();
    let sent = &view.sentences[view.sentence_of(cue_at)];
    let verb = (sent.start..cue_at).find(|&k| lex.cue(view.norm(k)) == Some(Cue::Verb))?;
    // «وكانت المجر قد أعلنت انسحابها …، معتبرة»: the subject came before.
    if verb > sent.start && view.norm(verb - 1) == "قد" {
        return subject_before_cue(view, verb).map(|s| SpeakerRef { carried: true, ..s });
    }
    // «وندد حزب جبهة التحرير بتصريحات ماكرون، معتبرا»: a body or a
    // person right after the verb, not the one its object names.
    if let Some(a) = view.actor_starting_at(verb + 1).filter(|a| {
        matches!(a.label, NerLabel::Person | NerLabel::Organization) && a.tokens.end <= cue_at
    }) {
        let next = view.norm(a.tokens.end);
        if next.starts_with('ب')
            && !matches!(next, "بين" | "بعد" | "بدوره" | "بدورها" | "بان" | "بانه")
        {
            return Some(SpeakerRef {
                tokens: a.tokens.clone(),
                cluster: a.cluster,
                carried: true,
            });
        }
    }
    // «وأعلنت السعودية تقديم وديعة لدى البنك المركزي، داعية …»: a state
    // right after a verb agreeing with it is its subject, not a body named
    // further on.
    if let Some(a) = view
        .actor_starting_at(verb + 1)
        .filter(|a| a.label == NerLabel::Location && a.tokens.end < cue_at)
    {
        let v = super::strip_conjunction(view.norm(verb));
        if v.chars().count() >= 3 && v.ends_with('ت') {
            return Some(SpeakerRef {
                tokens: a.tokens.clone(),
                cluster: a.cluster,
                carried: true,
            });
        }
    }
    match subject_in(view, verb + 1..cue_at) {
        Subject::Named(s)
            if s.cluster.is_some()
                || view.actor_starting_at(s.tokens.start).is_some()
                || (s.tokens.start == verb + 1 && s.tokens.len() <= 3) =>
        {
            Some(SpeakerRef { carried: true, ..s })
        }
        _ => None,
    }
}

/// «اتهم X القيادة بـ"…"، وهدد الوزير Y بتجميد …، قائلا إن …»: a
/// participle closing a clause joined by «، و» and a verb speaks for that
/// verb's subject, named right after it, not for the sentence's first
/// speaker.
fn coordinated_clause_subject(view: &DocView<'_>, cue_at: usize) -> Option<SpeakerRef> {
    let sent = &view.sentences[view.sentence_of(cue_at)];
    let comma = cue_at
        .checked_sub(1)
        .filter(|&k| k > sent.start && matches!(view.norm(k), "،" | ","))?;
    let open = (sent.start..comma)
        .rev()
        .find(|&k| view.is_punct(k))
        .filter(|&k| matches!(view.norm(k), "،" | ","))?;
    let verb = open + 1;
    let is_verb = lexicons().cue(view.norm(verb)) == Some(Cue::Verb)
        || super::events::is_event_verb(view.norm(verb));
    if verb + 1 >= comma || !view.words[verb].text.starts_with('و') || !is_verb {
        return None;
    }
    match subject_in(view, verb + 1..comma) {
        Subject::Named(s)
            if s.cluster.is_some()
                && s.tokens.start <= verb + 7
                && (verb + 1..s.tokens.start).all(|k| view.words[k].kind == TokenKind::Word) =>
        {
            Some(SpeakerRef { carried: true, ..s })
        }
        _ => None,
    }
}

/// «اتهمت قيادة القوات المشتركة للتحالف جماعة الحوثي بـ"…"»: after a
/// verb of accusing, a body no entity names (the phrase that opens the
/// clause, one body, not a class of people) is the accuser when the one
/// accused is named right after it.
fn accuser_phrase(view: &DocView<'_>, cue_at: usize, r: Range<usize>) -> Option<SpeakerRef> {
    if !accuses(view.norm(cue_at)) {
        return None;
    }
    let a = view.actor_starting_at(r.start)?;
    if a.cluster.is_some() || !a.named || a.tokens.end >= r.end {
        return None;
    }
    view.actor_starting_at(a.tokens.end)
        .filter(|o| o.cluster.is_some() || o.named)?;
    Some(SpeakerRef {
        tokens: a.tokens.clone(),
        cluster: None,
        carried: false,
    })
}

/// «الديوان الملكي», «الحرس الثوري»: a definite body noun and the
/// definite adjective after it (no country's nisba), as one speaker.
fn body_with_adjective(view: &DocView<'_>, at: usize) -> Option<SpeakerRef> {
    let next = at + 1;
    if next >= view.words.len() || view.words[next].kind != TokenKind::Word {
        return None;
    }
    let n = view.norm(next);
    let adjective = n.starts_with("ال")
        && n.ends_with('ي')
        && n.chars().count() >= 5
        && super::nisba_country(view.kb, n).is_none()
        && !super::unknown_nisba(view.kb, n)
        && lexicons().cue(n).is_none();
    adjective.then(|| SpeakerRef {
        tokens: at..next + 1,
        cluster: None,
        carried: false,
    })
}

/// «ووجه سموه كلمة إلى المواطنين قال فيها: "…"»: what is said in a
/// speech is said by whoever gave it, the subject right after the verb
/// that opens the sentence, not the ones it was addressed to.
fn speech_giver(view: &DocView<'_>, cue_at: usize) -> Option<SpeakerRef> {
    if !matches!(view.norm(cue_at + 1), "فيها" | "فيه") {
        return None;
    }
    let sent = &view.sentences[view.sentence_of(cue_at)];
    let speech = (sent.start.max(cue_at.saturating_sub(8))..cue_at)
        .rev()
        .find(|&k| {
            matches!(
                super::strip_conjunction(view.norm(k)),
                "كلمه"
                    | "كلمته"
                    | "كلمتها"
                    | "خطابا"
                    | "خطاب"
                    | "خطابه"
                    | "خطابها"
                    | "رساله"
                    | "رسالته"
                    | "رسالتها"
                    | "حديثا"
                    | "شكوي"
                    | "مذكره"
                    | "بيانا"
            )
        })?;
    let verb = sent.start;
    if view.words[verb].kind != TokenKind::Word || verb + 1 >= speech {
        return None;
    }
    let at = verb + 1;
    if is_honorific_pronoun(view.norm(at)) {
        return anaphor_speaker(view, cue_at, view.norm(at), NerLabel::Person);
    }
    // («وقدم الأردن إلى مجلس الأمن شكوى …، طالب فيها»: a state too.)
    view.actor_starting_at(at)
        .filter(|a| {
            matches!(a.label, NerLabel::Person | NerLabel::Organization)
                || a.label == NerLabel::Location && a.cluster.is_some()
        })
        .filter(|a| a.tokens.end <= speech)
        .map(|a| SpeakerRef {
            tokens: a.tokens.clone(),
            cluster: a.cluster,
            carried: true,
        })
}

/// «تلقى الأمير اتصالا هاتفيا من الرئيس X، أكد خلاله أن …»: what is
/// said during a call one receives is the caller's; during a call one
/// makes («أجرى X اتصالا هاتفيا بنظيره Y أكد خلاله»), the maker's.
fn caller_of_call(view: &DocView<'_>, cue_at: usize) -> Option<SpeakerRef> {
    if !matches!(view.norm(cue_at + 1), "خلاله" | "خلالها") {
        return None;
    }
    let sent = &view.sentences[view.sentence_of(cue_at)];
    let made = (sent.start..cue_at).find(|&k| {
        matches!(
            super::strip_conjunction(view.norm(k)),
            "اجرى" | "اجري" | "اجرت" | "يجري" | "تجري"
        )
    });
    if let Some(made) = made {
        let call = (made + 1..cue_at).find(|&k| view.norm(k).starts_with("اتصال"))?;
        return match subject_in(view, made + 1..call) {
            Subject::Named(s) => Some(s),
            // «رحب X بعودة السفير، وأجرى اتصالا هاتفيا بنظيره»: the
            // subject of the verb it is joined to.
            _ if made > sent.start && view.words[made].text.starts_with('و') => {
                first_subject_of_sentence(view, made)
            }
            _ => None,
        };
    }
    let received = (sent.start..cue_at).find(|&k| {
        matches!(
            super::strip_conjunction(view.norm(k)),
            "تلقي" | "تلقى" | "تلقت" | "يتلقى" | "يتلقي"
        )
    })?;
    let from = (received + 1..cue_at).find(|&k| view.norm(k) == "من")?;
    let call = (received + 1..from).any(|k| view.norm(k).starts_with("اتصال"));
    let m = view
        .actors_in(from + 1..cue_at)
        .next()
        .filter(|m| call && m.label == NerLabel::Person)?;
    Some(SpeakerRef {
        tokens: m.tokens.clone(),
        cluster: m.cluster,
        carried: false,
    })
}

/// A plural verb's subject told at the head of its sentence: «وتعهد
/// المشاركون …، ودعوا إلى "…"» → «المشاركون»; so too for the chants
/// they carry («وردد المشاركون هتافات تطالب الحكومة بـ"…"»). Only a
/// definite masculine plural in «ـون» right after the verb that opens the
/// sentence: people.
fn plural_subject_of_sentence(view: &DocView<'_>, cue_at: usize) -> Option<SpeakerRef> {
    if !after_chants(view, cue_at) && !super::strip_conjunction(view.norm(cue_at)).ends_with("وا")
    {
        return None;
    }
    let sent = &view.sentences[view.sentence_of(cue_at)];
    let at = sent.start + 1;
    let n = view.norm(at);
    (at < cue_at
        && view.words[sent.start].kind == TokenKind::Word
        && !view.norm(sent.start).starts_with("ال")
        && n.starts_with("ال")
        && n.ends_with("ون")
        && n.chars().count() >= 6)
        .then(|| SpeakerRef {
            tokens: at..at + 1,
            cluster: None,
            carried: true,
        })
}

/// Nouns for an unnamed source («مصدر», «مسؤولا», «المصادر»), in search
/// form, with or without the article or the accusative ا.
fn is_source_noun(norm: &str) -> bool {
    let nouns = &lexicons().source_nouns;
    let head = norm.strip_prefix("ال").unwrap_or(norm);
    nouns.contains(head) || head.strip_suffix('ا').is_some_and(|h| nouns.contains(h))
}

/// SVO inside «أن»: «إلا أن مصدرا دبلوماسيا قال إن …» → «مصدرا
/// دبلوماسيا». Only a source noun («مصدر», «مسؤول», «دبلوماسي»…), at
/// most one adjective and where it sits («في جيش حفتر»): «أن الدلائل
/// تشير إلى» is what the outer speaker says, not a new speaker.
fn noun_subject_after_that(view: &DocView<'_>, cue_at: usize) -> Option<SpeakerRef> {
    let sent = &view.sentences[view.sentence_of(cue_at)];
    let that = (sent.start.max(cue_at.saturating_sub(6))..cue_at)
        .rev()
        .find(|&k| matches!(view.norm(k), "ان" | "لكن" | "ولكن"))?;
    let phrase = that + 1..cue_at;
    // «مسؤولا عسكريا في جيش حفتر قال»: an adjective, then «في» and
    // where the source sits.
    let second_ok = phrase.len() <= 2 || view.norm(phrase.start + 2) == "في";
    (!phrase.is_empty()
        && phrase.len() <= 5
        && second_ok
        && is_source_noun(view.norm(phrase.start))
        && phrase.clone().all(|k| {
            view.words[k].kind == TokenKind::Word && lexicons().cue(view.norm(k)).is_none()
        }))
    .then_some(SpeakerRef {
        tokens: phrase,
        cluster: None,
        carried: true,
    })
}

/// How many parties a group noun stands for: «الجانبان», «البلدين» 2,
/// «الدول الأربع» 4.
fn group_size(view: &DocView<'_>, tokens: &Range<usize>) -> Option<usize> {
    let head = super::strip_conjunction(view.norm(tokens.start));
    let dual = matches!(
        head,
        "الجانبان"
            | "الجانبين"
            | "البلدان"
            | "البلدين"
            | "الدولتان"
            | "الدولتين"
            | "الطرفان"
            | "الطرفين"
            | "الحكومتان"
            | "الحكومتين"
    );
    match tokens.len() {
        1 if dual => Some(2),
        2 if head == "الدول" => match view.norm(tokens.start + 1) {
            "الثلاث" => Some(3),
            "الاربع" => Some(4),
            "الخمس" => Some(5),
            "الست" => Some(6),
            _ => None,
        },
        _ => None,
    }
}

/// The parties a group noun speaker stands for: the last list of that many
/// named states or bodies joined by «و» before the cue («… وقعته مصر
/// والسعودية والإمارات والبحرين مع قطر …، متهمة» for «الدول الأربع»).
fn group_antecedent(view: &DocView<'_>, s: &SpeakerRef, cue_at: usize) -> Option<SpeakerRef> {
    let n = group_size(view, &s.tokens)?;
    let members = group_members(view, n, cue_at.min(s.tokens.start))?;
    let tokens = members.first()?.tokens.start..members.last()?.tokens.end;
    Some(SpeakerRef {
        tokens,
        cluster: None,
        carried: s.carried,
    })
}

/// How many parties a group noun at `at` stands for («الدول الأربع» → 4,
/// «البلدان» → 2), reading one or two words.
pub(super) fn group_size_at(view: &DocView<'_>, at: usize) -> Option<usize> {
    let two = (at + 1 < view.words.len())
        .then(|| group_size(view, &(at..at + 2)))
        .flatten();
    two.or_else(|| group_size(view, &(at..at + 1)))
}

/// The last run of `n` named states or bodies joined by «و» (or, inside a
/// longer list, a comma) before `before`.
pub(super) fn group_members<'v>(
    view: &'v DocView<'_>,
    n: usize,
    before: usize,
) -> Option<Vec<&'v MentionRef>> {
    let named: Vec<&MentionRef> = view
        .mentions_in(0..before)
        .filter(|m| matches!(m.label, NerLabel::Location | NerLabel::Organization))
        .collect();
    // Runs of mentions each joined to the one before by «و» (glued or
    // alone) or, inside a longer list, a comma.
    let joined = |a: &MentionRef, b: &MentionRef| {
        (b.tokens.start == a.tokens.end && view.words[b.tokens.start].text.starts_with('و'))
            || (b.tokens.start == a.tokens.end + 1
                && matches!(view.norm(a.tokens.end), "و" | "،" | ","))
    };
    let mut best = None;
    let mut run_start = 0;
    for i in 0..named.len() {
        if i > 0 && !joined(named[i - 1], named[i]) {
            run_start = i;
        }
        let next_joins = named.get(i + 1).is_some_and(|b| joined(named[i], b));
        if !next_joins && i + 1 - run_start == n {
            best = Some(named[run_start..=i].to_vec());
        }
    }
    best
}

/// A verb describing chants or banners («هتافات تطالب», «لافتات تندد»):
/// its subject is the chants, its speaker whoever carries them.
fn after_chants(view: &DocView<'_>, cue_at: usize) -> bool {
    cue_at > 0
        && matches!(
            view.norm(cue_at - 1),
            "هتافات" | "شعارات" | "لافتات" | "هتافا" | "شعارا"
        )
}

/// VSO: the first person or organization of the sentence before the cue,
/// the subject of its first verb («رفضت الحكومة …، واعتبرتها "…"»).
fn first_subject_of_sentence(view: &DocView<'_>, cue_at: usize) -> Option<SpeakerRef> {
    let sent = &view.sentences[view.sentence_of(cue_at)];
    // «أدانت دولة الإمارات …، متوعدة»: a state right after the verb that
    // opens the sentence (past its dateline) is its subject.
    let state = view.actors_in(sent.start..cue_at).next().filter(|m| {
        let k = m.tokens.start;
        m.label == NerLabel::Location
            && k >= 1
            && k > sent.start
            && (k - 1 == sent.start || view.is_punct(k - 2))
            && view.words[k - 1].kind == TokenKind::Word
            && {
                // A verb agreeing with a state: «أدانت», «وتقول».
                let v = super::strip_conjunction(view.norm(k - 1));
                v.chars().count() >= 3 && (v.ends_with('ت') || v.starts_with('ت'))
            }
            && !view.norm(k - 1).starts_with("ال")
            && !lexicons().prepositions.contains(view.norm(k - 1))
    });
    if let Some(m) = state {
        return Some(SpeakerRef {
            tokens: m.tokens.clone(),
            cluster: m.cluster,
            carried: true,
        });
    }
    let m = view
        .actors_in(sent.start..cue_at)
        .find(|m| matches!(m.label, NerLabel::Person | NerLabel::Organization))?;
    // «الأمين العام لجامعة الدول العربية أحمد أبو الغيط», «رئيس المفوضية
    // الأوروبية أورسولا فون دير لاين»: the body qualifies a title (it
    // follows one, or لـ); the person named right after it is the subject.
    // Not «استدعت الخارجية الإسرائيلية السفير الروسي …»: there the body
    // is the subject and the person its object.
    let qualifies_title = m.label != NerLabel::Person
        && m.tokens.start > sent.start
        && (super::is_title_at(view, m.tokens.start - 1)
            || view.norm(m.tokens.start - 1) == "العام"
            || (view.words[m.tokens.start].text.starts_with('ل')
                && !view.norm(m.tokens.start).starts_with("ال")));
    if let Some(p) = qualifies_title
        .then(|| person_right_after(view, m.tokens.end, cue_at))
        .flatten()
    {
        return Some(SpeakerRef { carried: true, ..p });
    }
    // «رئيس مفوضية الاتحاد الأفريقي موسى فقي محمد», «المبعوث الخاص للأمين
    // العام للأمم المتحدة إلى اليمن هانس غروندبرغ»: a body inside a title
    // a few words before it, then the person, within the same phrase.
    let in_title = m.label != NerLabel::Person
        && (m.tokens.start.saturating_sub(4).max(sent.start)..m.tokens.start)
            .any(|k| is_title_like(view, k));
    if let Some(p) = in_title
        .then(|| person_later_in_title(view, m.tokens.end, cue_at))
        .flatten()
    {
        return Some(SpeakerRef { carried: true, ..p });
    }
    Some(SpeakerRef {
        tokens: m.tokens.clone(),
        cluster: m.cluster,
        carried: true,
    })
}

/// A title, or an office that heads a body's name the way a title does
/// («المبعوث الخاص للأمين العام», «مسؤول السياسة الخارجية في الاتحاد»,
/// «المنسق الخاص للأمم المتحدة»).
fn is_title_like(view: &DocView<'_>, k: usize) -> bool {
    super::is_title_at(view, k)
        || matches!(
            view.norm(k),
            "مسوول"
                | "المسوول"
                | "المستشار"
                | "المبعوث"
                | "مبعوث"
                | "المنسق"
                | "منسق"
                | "الممثل"
                | "ممثل"
                | "القيادي"
                | "قيادي"
                | "العضو"
                | "عضو"
                | "الناشط"
                | "ناشط"
                | "الباحث"
                | "باحث"
                | "الخبير"
                | "خبير"
        )
}

/// A person named within four words after a title's body at `from`, in
/// the same phrase (no punctuation or cue between): «… للأمم المتحدة إلى
/// اليمن هانس غروندبرغ».
fn person_later_in_title(view: &DocView<'_>, from: usize, end: usize) -> Option<SpeakerRef> {
    let limit = end.min(from + 4);
    let phrase_end = (from..limit)
        .find(|&k| view.is_punct(k) || lexicons().cue(view.norm(k)).is_some())
        .unwrap_or(limit);
    (from..phrase_end).find_map(|k| person_right_after(view, k, end))
}

/// A person mention starting at token `at` (before `end`): the name that
/// follows a title's qualifier («رئيس المفوضية الأوروبية أورسولا فون دير
/// لاين», «المسؤول في الأمم المتحدة مارتن غريفيث»).
fn person_right_after(view: &DocView<'_>, at: usize, end: usize) -> Option<SpeakerRef> {
    let at = after_ranks(view, at, end);
    if at >= end {
        return None;
    }
    view.mention_starting_at(at)
        .filter(|p| p.label == NerLabel::Person && p.tokens.end <= end)
        .map(|p| SpeakerRef {
            tokens: p.tokens.clone(),
            cluster: Some(p.cluster),
            carried: false,
        })
}

/// The token after the ranks at `at` («العميد الركن», «الفريق أول ركن»,
/// «أركان حرب»), or `at` when none.
fn after_ranks(view: &DocView<'_>, at: usize, end: usize) -> usize {
    let mut k = at;
    loop {
        if k >= end {
            return k;
        }
        let n = view.norm(k);
        if is_rank(n) || k > at && matches!(n, "الركن" | "ركن" | "اول") {
            k += 1;
        } else if matches!(n, "اركان") && k + 1 < end && view.norm(k + 1) == "حرب" {
            k += 2;
        } else {
            return k;
        }
    }
}

/// Is the word (search form) an honorific before a name: «فخامة», «دولة»,
/// «معالي»?
pub(super) fn is_honorific_word(norm: &str) -> bool {
    lexicons().honorific_words.contains(norm)
}

/// Is the word (search form) an honorific pronoun: «سموه», «جلالته»,
/// «معاليه»?
pub(super) fn is_honorific_pronoun(norm: &str) -> bool {
    lexicons().honorific_pronouns.contains(norm)
        && !matches!(norm, "سمو" | "جلاله" | "فخامه" | "معالي" | "سعاده")
}

/// The entity a title or honorific points back to: for an honorific
/// («جلالته», «سموه») the person named with one («صاحب الجلالة الملك …»);
/// for a title («الرئيس», «الوزير») the nearest person holding such a role
/// or introduced with that title («السفير أحمد فهمي المتحدث الرسمي» for
/// «المتحدث»); else the nearest mention of `label`, within a few
/// sentences.
pub(super) fn anaphor_speaker(
    view: &DocView<'_>,
    cue_at: usize,
    anaphor: &str,
    label: NerLabel,
) -> Option<SpeakerRef> {
    title_anaphor_speaker(view, cue_at, anaphor, label, None)
}

/// [`anaphor_speaker`] for a title followed by a nisba («الوزير الغاني»):
/// no one known to be of another country.
fn title_anaphor_speaker(
    view: &DocView<'_>,
    cue_at: usize,
    anaphor: &str,
    label: NerLabel,
    country: Option<&str>,
) -> Option<SpeakerRef> {
    let lex = lexicons();
    let sentence = view.sentence_of(cue_at);
    let from = view.sentences[sentence.saturating_sub(8)].start;
    let same_country = |m: &super::ActorRef, iso: &str| {
        m.cluster
            .and_then(|c| view.resolution.clusters.get(c))
            .and_then(|c| c.country.as_deref())
            .or(m.country.as_deref())
            .is_none_or(|c| c == iso)
    };
    let candidates: Vec<&super::ActorRef> = view
        .actors_in(from..cue_at)
        .filter(|m| {
            m.label == label
                && m.named
                && !lex.platforms.contains(view.norm(m.tokens.start))
                && country.is_none_or(|iso| same_country(m, iso))
        })
        .collect();
    // A statement no issuer is known of is no body named before: «وأوضح
    // البيان الختامي» speaks for itself.
    if matches!(anaphor, "البيان" | "البلاغ") {
        return statement_issuer(view, cue_at);
    }
    let honorific = lex.honorific_pronouns.contains(anaphor);
    let role = role_of_title(anaphor);
    let pick = if honorific {
        let introduced_with = |m: &super::ActorRef, words: &[&str]| {
            (m.tokens.start.saturating_sub(5)..m.tokens.start).any(|k| {
                let n = view.norm(k);
                if words.is_empty() {
                    lex.honorific_words.contains(n)
                } else {
                    words.contains(&n)
                }
            })
        };
        // «سموه» is the one introduced as «صاحب السمو», not the
        // «فخامة الرئيس» named before him: the nearest of its own
        // honorific, else the first of any.
        let own = honorific_family(anaphor);
        candidates
            .iter()
            .rev()
            .find(|m| !own.is_empty() && introduced_with(m, own))
            .or_else(|| candidates.iter().find(|m| introduced_with(m, &[])))
            .or_else(|| candidates.first())
    } else if let Some(role) = role {
        let title = anaphor.strip_prefix("ال").unwrap_or(anaphor);
        let introduced_with_title = |m: &super::ActorRef| {
            let after = m.tokens.end..(m.tokens.end + 2).min(cue_at);
            (m.tokens.start.saturating_sub(5)..m.tokens.start)
                .chain(after)
                .any(|k| {
                    let n = view.norm(k);
                    n.strip_prefix("ال").unwrap_or(n) == title
                })
        };
        candidates
            .iter()
            .rev()
            .find(|m| {
                introduced_with_title(m)
                    || m.cluster
                        .and_then(|c| view.resolution.clusters.get(c))
                        .and_then(|c| c.role)
                        .and_then(|r| view.kb.roles.get(r))
                        .is_some_and(|r| r.id.contains(role))
            })
            .or_else(|| candidates.last())
    } else {
        candidates.last()
    }?;
    Some(SpeakerRef {
        tokens: pick.tokens.clone(),
        cluster: pick.cluster,
        carried: true,
    })
}

/// The person a bare title stands for («وأكد رئيس الجمهورية» after «رئيس
/// الجمهورية محمد ولد الشيخ الغزواني»), as [`DocView`] linked it: that
/// person's first mention before the title.
fn titled_person(view: &DocView<'_>, at: usize) -> Option<SpeakerRef> {
    let cluster = view
        .actor_starting_at(at)
        .filter(|a| a.label == NerLabel::Person && view.mention_starting_at(at).is_none())?
        .cluster?;
    let m = view.mentions_in(0..at).find(|m| m.cluster == cluster)?;
    Some(SpeakerRef {
        tokens: m.tokens.clone(),
        cluster: Some(cluster),
        carried: true,
    })
}

/// «وأوضح البلاغ أن»: the statement's issuer, the first named body or
/// person of the last sentence that mentions a statement.
fn statement_issuer(view: &DocView<'_>, cue_at: usize) -> Option<SpeakerRef> {
    let sentence = view.sentence_of(cue_at);
    for s in (sentence.saturating_sub(4)..=sentence).rev() {
        let range = view.sentences[s].clone();
        let until = if s == sentence { cue_at } else { range.end };
        let mentions_statement = (range.start..until).any(|k| {
            let n = view.norm(k);
            n.ends_with("بيان") || n.ends_with("بلاغ") || n.contains("بيانا") || n.contains("بلاغا")
        });
        if !mentions_statement {
            continue;
        }
        // «بلاغ صادر عن الديوان الملكي»: the issuer named after the statement.
        if let Some(s) = issuer_named_after_statement(view, range.start..until) {
            return Some(SpeakerRef { carried: true, ..s });
        }
        if let Some(a) = view
            .actors_in(range.start..until)
            .find(|a| a.named && matches!(a.label, NerLabel::Person | NerLabel::Organization))
        {
            return Some(SpeakerRef {
                tokens: a.tokens.clone(),
                cluster: a.cluster,
                carried: true,
            });
        }
    }
    None
}

/// «الأرقام التي قدمها شرفي», «التقرير الذي أعدته المنظمة»: a definite
/// noun, a relative clause whose verb carries the noun as its object
/// pronoun, and the verb's subject named right after it: the one who gave
/// what is cited.
fn giver_in_relative(view: &DocView<'_>, region: Range<usize>) -> Option<SpeakerRef> {
    let k = region.start;
    if k + 3 >= region.end
        || definite_noun(view.norm(k)).is_none()
        || !matches!(view.norm(k + 1), "التي" | "الذي")
    {
        return None;
    }
    let verb = view.norm(k + 2);
    if !(verb.ends_with('ه') || verb.ends_with("ها"))
        || verb.chars().count() < 4
        || lexicons().cue(verb).is_some()
        || is_complementizer(verb)
    {
        return None;
    }
    if let Some(a) = view
        .actor_starting_at(k + 3)
        .filter(|a| matches!(a.label, NerLabel::Person | NerLabel::Organization))
    {
        return Some(SpeakerRef {
            tokens: a.tokens.clone(),
            cluster: a.cluster,
            carried: false,
        });
    }
    // A surname alone the tagger left untagged, of a person named before.
    let surname = view.norm(k + 3);
    let person = view
        .mentions_in(0..k)
        .filter(|m| m.label == NerLabel::Person && m.tokens.len() >= 2)
        .find(|m| view.norm(m.tokens.end - 1) == surname)?;
    Some(SpeakerRef {
        tokens: k + 3..k + 4,
        cluster: Some(person.cluster),
        carried: false,
    })
}

/// The issuer named right after a statement in `region` («بلاغ صادر عن
/// الديوان الملكي»), not past the clause the statement opens («في بلاغ
/// نشرته ليلة أمس، أن الرئيس قيس سعيد …» names none).
fn issuer_named_after_statement(view: &DocView<'_>, region: Range<usize>) -> Option<SpeakerRef> {
    region.clone().find_map(|k| {
        let end = (k + 1..region.end)
            .find(|&j| view.words[j].kind == TokenKind::Punct || is_complementizer(view.norm(j)))
            .unwrap_or(region.end);
        issuer(view, issuer_after_statement(view, k, end)?..end)
    })
}

/// Where the issuer starts when token `k` is a statement followed by «صادر
/// عن», «عن» or لـ («بلاغ صادر عن الديوان الملكي», «بيان لوزارة الصحة»),
/// before `end`.
fn issuer_after_statement(view: &DocView<'_>, k: usize, end: usize) -> Option<usize> {
    if !is_statement(view.norm(k)) {
        return None;
    }
    let mut j = k + 1;
    // «بيان مشترك صادر عن», «بيان رسمي للوزارة»
    if j < end
        && matches!(
            view.norm(j),
            "مشترك"
                | "المشترك"
                | "رسمي"
                | "الرسمي"
                | "صحفي"
                | "صحافي"
                | "ختامي"
                | "الختامي"
        )
    {
        j += 1;
    }
    if j < end
        && view.words[j].text.starts_with('ل')
        && view.norm(j).chars().count() > 3
        && !lexicons().speaker_stops.contains(view.norm(j))
    {
        return Some(j);
    }
    if j < end && matches!(view.norm(j), "صادر" | "صادره" | "الصادر" | "الصادره")
    {
        j += 1;
    }
    // «تقرير نشرته وكالة الأنباء …»: the one who published it.
    if j + 1 < end && publishes_it(view.norm(j)) {
        // «أصدرته مؤخرا وكالة التنمية»
        let after = j + 1 + usize::from(matches!(view.norm(j + 1), "موخرا" | "امس" | "اليوم"));
        return (after < end).then_some(after);
    }
    (j + 1 < end && view.norm(j) == "عن").then_some(j + 1)
}

/// A verb that published or relayed a statement, with its pronoun
/// («نشرته», «نقلتها», «أصدرته»; search form): «تقرير نشرته وكالة …».
fn publishes_it(norm: &str) -> bool {
    matches!(
        norm,
        "نقلته"
            | "نقلتها"
            | "اوردته"
            | "اوردتها"
            | "بثته"
            | "بثتها"
            | "نشرته"
            | "نشرتها"
            | "اصدرته"
            | "اصدرتها"
    )
}

/// Does a reported clause open at `k`, or a statement that tells one
/// («أن …», «في بيان أن …»: «وأعلنت "المقاومة الإسلامية" في بيان أن …»)?
fn opens_clause(view: &DocView<'_>, k: usize) -> bool {
    lexicons().complementizers.contains(view.norm(k))
        || view.norm(k) == "في" && is_statement(view.norm(k + 1))
}

/// «بيان», «وبلاغ», «لتقرير»: a statement (search form).
fn is_statement(norm: &str) -> bool {
    norm.ends_with("بيان") || norm.ends_with("بلاغ") || norm.ends_with("تقرير")
}

/// The issuer of a statement, named in `region` right after «صادر عن»: in
/// full («الديوان الملكي»; «الديوان» alone would point back to another
/// body).
fn issuer(view: &DocView<'_>, region: Range<usize>) -> Option<SpeakerRef> {
    let lex = lexicons();
    match subject_in(view, region.clone()) {
        Subject::Named(s) => Some(s),
        Subject::Anaphor(at, _) => {
            let limit = region.end.min(at + 6);
            let end = (at..limit)
                .find(|&k| {
                    let n = view.norm(k);
                    view.is_punct(k)
                        || lex.prepositions.contains(n)
                        || lex.complementizers.contains(n)
                })
                .unwrap_or(limit);
            Some(SpeakerRef {
                tokens: at..end,
                cluster: None,
                carried: false,
            })
        }
        Subject::Pronoun => None,
    }
}

/// The words that introduce the holder of an honorific pronoun («سموه»
/// → «صاحب السمو», «الأمير», «الشيخ»), in search form.
fn honorific_family(anaphor: &str) -> &'static [&'static str] {
    match anaphor {
        "سموه" | "سمو" => &["سمو", "السمو", "الامير", "الشيخ", "الاميره", "الشيخه"],
        "جلالته" | "جلاله" => &["جلاله", "الجلاله", "الملك", "الملكه"],
        "فخامته" | "فخامه" => &["فخامه", "الرييس"],
        "معاليه" | "معالي" => &["معالي", "الوزير"],
        "سماحته" | "سماحه" => &["سماحه", "الشيخ", "المفتي"],
        // «السيد الرئيس محمود عباس … وأضاف سيادته»
        "سيادته" | "سياده" => &["سياده", "السيد"],
        _ => &[],
    }
}

/// The role a bare title names (a part of a knowledge-base role id).
fn role_of_title(title: &str) -> Option<&'static str> {
    Some(match title {
        "الرئيس" | "رئيس" | "فخامه" | "فخامته" => "president",
        "الوزير" | "الوزيره" | "معالي" | "معاليه" => "minister",
        "الملك" | "جلالته" | "جلاله" => "king",
        "الامير" | "سموه" | "سمو" => "prince",
        "ولي" => "crown_prince",
        "المتحدث" | "المتحدثه" => "spokesperson",
        "الامين" => "secretary_general",
        "السفير" => "ambassador",
        "المبعوث" | "المبعوثه" => "envoy",
        _ => return None,
    })
}

/// A reported clause after the cue at `c`: its tokens and the subject
/// region between cue and complementizer.
fn reported_after_cue(
    view: &DocView<'_>,
    c: usize,
    sent: Range<usize>,
    quoted: &[bool],
) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let lex = lexicons();
    let end = sent.end.min(c + 1 + REPORTED_WINDOW);
    let mut j = c + 1;
    let mut time_clause: Option<usize> = None;
    while j < end {
        let norm = view.norm(j);
        if norm == ":" && lex.complementizers.contains(view.norm(j + 1)) {
            // «وقالت الوزارة في بيان: إن …»
            j += 1;
            continue;
        }
        if quote_mark(view, j).is_some() {
            // A short quoted name in the subject («لـ«الوطن»»): skip it.
            let close = (j + 1..end.min(j + 5)).find(|&k| quote_mark(view, k).is_some());
            match close {
                Some(k)
                    if k > j + 1
                        && (opens_clause(view, k + 1)
                            // «ونقلت وكالة الأنباء السعودية "واس" عن …»,
                            // «وعلمت "واج" من مصدر»
                            || matches!(view.norm(k + 1), "،" | "," | "عن" | "من")
                            // «لإذاعة "أو آر إف" أمس إنه …»
                            || lex.skippable.contains(view.norm(k + 1))) =>
                {
                    j = k + 1;
                    continue;
                }
                _ => return None,
            }
        }
        if quoted[j] || norm == ":" {
            return None;
        }
        if lex.complementizers.contains(norm) {
            // «طالبوا برحيله، قبل أن تفرقهم الشرطة»: a time clause, not
            // what was said.
            // An aside set off by commas may come before the clause: «وأعلن
            // الوزير، قبل أن يغادر القاعة، أن الحكومة ستستقيل».
            if j > c + 1 && is_impersonal(view.norm(j - 1)) {
                time_clause = Some(j);
                j += 1;
                continue;
            }
            if time_clause.is_some_and(|at| !(at + 1..j).any(|k| matches!(view.norm(k), "،" | ",")))
            {
                return None;
            }
            break;
        }
        // (Not the verb of an aside of attribution: «، بحسب ما نقلت عنه
        // وكالة تاس، إن …».)
        let in_attribution = j >= c + 4
            && matches!(view.norm(j - 3), "،" | ",")
            && matches!(view.norm(j - 1), "ما" | "لما")
            && cue_at(view, j - 2) == Some(Cue::Attribution);
        if j > c + 1 && !in_attribution && cue_at(view, j).is_some_and(|k| k != Cue::Attribution) {
            return None;
        }
        if norm == "." || norm == "؟" || norm == "!" {
            return None;
        }
        j += 1;
    }
    if j >= end {
        return None;
    }
    let clause = clause_end(view, j + 1, sent.end, quoted);
    (clause > j + 1).then(|| (j + 1..clause, Some(c + 1..j)))
}

/// Where a reported clause starting at `from` ends: the sentence end, or
/// before a comma that starts another cue («، مضيفا أن …»).
fn clause_end(view: &DocView<'_>, from: usize, sent_end: usize, quoted: &[bool]) -> usize {
    let lex = lexicons();
    let mut end = sent_end;
    for (k, &inside) in quoted.iter().enumerate().take(sent_end).skip(from) {
        if inside {
            continue;
        }
        let cue = cue_at(view, k);
        let after_comma = k > from && matches!(view.norm(k - 1), "،" | "," | "؛");
        // «…، على حد تعبيره»: the speaker's words end before it.
        if view.norm(k) == "علي" && view.norm(k + 1) == "حد" {
            end = if after_comma { k - 1 } else { k };
            break;
        }
        // «ستتوجه مجددا إلى مجلس الأمن»: «مجددا» is "again" unless a
        // comma sets it off as a participle.
        let participle = cue == Some(Cue::Participle)
            && (after_comma || !lex.adverb_participles.contains(view.norm(k)));
        if participle || (after_comma && cue.is_some_and(|c| c != Cue::Channel)) {
            end = if after_comma { k - 1 } else { k };
            break;
        }
        // «…، فيما دعا X …», «…، في حين رأى …»: a contrastive clause with
        // its own subject is the narrator's.
        // («فيما» starts with ف: the word itself, then without و.)
        let n = view.norm(k);
        let n = n.strip_prefix('و').unwrap_or(n);
        if after_comma
            && (matches!(n, "فيما" | "بينما")
                || n == "في" && k + 1 < sent_end && view.norm(k + 1) == "حين")
        {
            end = k - 1;
            break;
        }
        // «…، وإن بحارتها …»: a second clause of the same verb, a quote of
        // its own.
        if after_comma && second_clause_at(view, k) {
            end = k - 1;
            break;
        }
    }
    trim_punct(view, from, end)
}

/// Does a second clause of the same speech verb open at `k`: «وإن»,
/// «وأن», «وبأن», «وأنها» (after a comma)?
fn second_clause_at(view: &DocView<'_>, k: usize) -> bool {
    view.norm(k)
        .strip_prefix('و')
        .is_some_and(|rest| !rest.starts_with('ف') && is_complementizer(rest))
}

/// The clauses after the one ending at `end` that the same speech verb
/// governs («قال إن الخطة واقعية، وإن تكلفتها …»), in order.
fn second_clauses(
    view: &DocView<'_>,
    mut end: usize,
    sent_end: usize,
    quoted: &[bool],
) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    loop {
        let comma = end;
        if comma + 2 >= sent_end
            || !matches!(view.norm(comma), "،" | ",")
            || quoted[comma + 1]
            || !second_clause_at(view, comma + 1)
        {
            return out;
        }
        let start = comma + 2;
        let clause = clause_end(view, start, sent_end, quoted);
        if clause <= start {
            return out;
        }
        out.push(start..clause);
        end = clause;
    }
}

/// `end` moved back over trailing punctuation (not over a closing quote
/// mark).
fn trim_punct(view: &DocView<'_>, from: usize, mut end: usize) -> usize {
    while end > from && view.is_punct(end - 1) && quote_mark(view, end - 1).is_none() {
        end -= 1;
    }
    end
}

/// «وقال المتحدث X، بحسب ما نقلت عنه وكالة "تاس"، إن …»: the subject
/// before an aside of attribution between commas, and the outlet the aside
/// names as the channel.
fn told_through_aside(
    view: &DocView<'_>,
    region: Range<usize>,
) -> Option<(SpeakerRef, Option<SpeakerRef>)> {
    let comma = region.clone().find(|&k| {
        matches!(view.norm(k), "،" | ",")
            && k + 1 < region.end
            && matches!(
                super::strip_conjunction(view.norm(k + 1)),
                "بحسب" | "حسب" | "وفق" | "وفقا" | "نقلا" | "طبقا"
            )
    })?;
    // (Not «، حسب أصدقائه،»: the speaker's own sources.)
    let mut from = past_what_was_said(view, comma + 2)?;
    let Subject::Named(speaker) = subject_in(view, region.start..comma) else {
        return None;
    };
    let aside_end = (comma + 2..region.end)
        .find(|&k| matches!(view.norm(k), "،" | ","))
        .unwrap_or(region.end);
    // «نقلت عنه», «أوردته عنها»: the pronoun is the speaker.
    if from < aside_end && is_preposition_with_pronoun(view.norm(from)) {
        from += 1;
    }
    let via = match subject_in(view, from..aside_end) {
        Subject::Named(v) if v.tokens.start >= from => Some(v),
        _ => None,
    };
    Some((speaker, via))
}

/// The token after «ما أفاد به», «لما نقلته» at `at` («بحسب ما ذكرت
/// الوكالة», «وفق ما أفادت مصادر أمنية»), where the source's name starts;
/// `None` when no such verb of saying follows «ما».
fn past_what_was_said(view: &DocView<'_>, at: usize) -> Option<usize> {
    let word = |k: usize| (k < view.words.len()).then(|| view.norm(k));
    // «ذكرت», «أوردته»: a cue, with the pronoun of what was said.
    let cue = |n: &str| {
        publishes_it(n)
            || [Some(n), n.strip_suffix("ها"), n.strip_suffix('ه')]
                .into_iter()
                .flatten()
                .any(|w| lexicons().cue(w).is_some())
    };
    if !matches!(word(at), Some("ما" | "لما")) || !word(at + 1).is_some_and(cue) {
        return None;
    }
    Some(at + 2 + usize::from(matches!(word(at + 2), Some("به" | "بها"))))
}

/// A clause attributed by «وفقا لـ/بحسب/حسب/طبقا لـ» at `c`.
fn attribution(
    view: &DocView<'_>,
    c: usize,
    sent: Range<usize>,
    quoted: &[bool],
) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let lex = lexicons();
    let front = c == sent.start || (c == sent.start + 1 && view.is_punct(sent.start));
    if front {
        // «ووفق الرئاسة، فإن …»: the source up to the comma, then the clause.
        let stop = (c + 1..sent.end.min(c + 1 + CUE_WINDOW))
            .find(|&k| matches!(view.norm(k), "،" | ","))?;
        let mut start = stop + 1;
        if start < sent.end && lex.complementizers.contains(view.norm(start)) {
            start += 1;
        }
        let end = clause_end(view, start, sent.end, quoted);
        let source = past_what_was_said(view, c + 1).unwrap_or(c + 1).min(stop);
        return (end > start + 1).then_some((start..end, Some(source..stop)));
    }
    // «… ، بحسب ما ذكرت الوكالة.»: the clause is what came before.
    if !matches!(view.norm(c - 1), "،" | ",") {
        return None;
    }
    let mut start = sent.start;
    // A quote before the source ends the clause there; a short quoted name
    // inside it does not («غارات على 20 هدفا لتنظيم "بي كا كا"، وفق بيان»).
    let mut run: Option<usize> = None;
    // Skip a cue that already opened the sentence («وقال … إن»): that
    // quote is found from its cue.
    for (k, &inside) in quoted.iter().enumerate().take(c).skip(sent.start) {
        // «ومن المقرر أن يزور …، بحسب مصدر»: an impersonal «أن» opens no
        // speaker's clause.
        let impersonal = k > sent.start && is_impersonal(view.norm(k - 1));
        // «…، مطالبين بطرد السفير، بحسب شهود عيان», «أعلنت مصر وتركيا …
        // رفع العلاقات …، وفق بيان مشترك»: a cue with no clause or quote of
        // its own is part of what the source tells.
        let own_clause = match lex.cue(view.norm(k)) {
            Some(Cue::Participle) => {
                (k + 1..(k + 3).min(c)).any(|j| lex.complementizers.contains(view.norm(j)))
            }
            // «وأكد الرئيس خلال اللقاء، بحسب بيان للرئاسة، أن …»: its
            // clause may come after the source.
            // A short quoted name after it is no clause of its own
            // («تصريحات نقلتها صحيفة "لوموند"، بحسب بيان»).
            Some(_) => {
                let mut j = k + 1;
                let mut own = false;
                while j < sent.end {
                    if quote_mark(view, j).is_some() {
                        let close = (j + 1..(j + 2 + SHORT_QUOTED_NAME).min(c))
                            .find(|&x| quote_mark(view, x).is_some());
                        match close {
                            Some(x) if x > j + 1 => {
                                j = x + 1;
                                continue;
                            }
                            _ => {
                                own = true;
                                break;
                            }
                        }
                    }
                    if view.norm(j) == ":" || lex.complementizers.contains(view.norm(j)) {
                        own = true;
                        break;
                    }
                    j += 1;
                }
                own
            }
            None => false,
        };
        if (lex.complementizers.contains(view.norm(k)) && !impersonal) || own_clause {
            return None;
        }
        if inside {
            run.get_or_insert(k);
        } else if let Some(from) = run.take() {
            if k - from > SHORT_QUOTED_NAME {
                start = start.max(k - 1);
            }
        }
    }
    if let Some(from) = run {
        if c - from > SHORT_QUOTED_NAME {
            start = start.max(c - 1);
        }
    }
    let end = trim_punct(view, start, c - 1);
    if end < start + 3 {
        return None;
    }
    // (A «ما» with no verb of saying after it is passed over too.)
    let region = past_what_was_said(view, c + 1)
        .unwrap_or(c + 1 + usize::from(matches!(view.norm(c + 1), "ما" | "لما")));
    // The source runs to the end of its phrase: «، وفقا لبيان صادر عن
    // قيادة الجيش، فيما دان …» does not reach the next clause's subject.
    let region_end = (region..sent.end)
        .find(|&k| matches!(view.norm(k), "،" | "," | "؛"))
        .unwrap_or(sent.end);
    Some((
        start..end,
        Some(region..trim_punct(view, region, region_end)),
    ))
}

/// A verb of accusing, threatening, demanding or condemning (search form,
/// any person, with و or ف): what follows its «بـ» is the charge, the
/// threat or the demand, in the speaker's words.
fn accuses(norm: &str) -> bool {
    let w = super::strip_conjunction(norm);
    [
        "اتهم",
        "يتهم",
        "تتهم",
        "هدد",
        "يهدد",
        "تهدد",
        "توعد",
        "يتوعد",
        "تتوعد",
        // What one demands or condemns is said too: «طالبت الرئاسة، في
        // بيان، باقي الدول بـ"…"», «ونددت الرابطة بـ"…"».
        "طالب",
        "يطالب",
        "تطالب",
        "ندد",
        "يندد",
        "تندد",
    ]
    .iter()
    .any(|v| w.starts_with(v))
}

/// The cue token `k` is: a speech word, or «جاء» of «وجاء في البيان»
/// ("the statement read").
fn cue_at(view: &DocView<'_>, k: usize) -> Option<Cue> {
    // «، طالبا عدم نشر اسمه،», «مفضلا عدم الكشف عن هويته»: a request for
    // anonymity, no speech.
    if view.norm(k + 1) == "عدم" {
        return None;
    }
    // «إدانة» "condemnation" is no «أدانه» "condemned it", though both
    // read «ادانه».
    if super::strip_conjunction(view.norm(k)) == "ادانه" && view.words[k].text.ends_with('ة')
    {
        return None;
    }
    // «وعلمت "واج" من مصدر أن»: an outlet learnt from a source; «وعلمت
    // أن» with no source tells no one's words.
    if super::strip_conjunction(view.norm(k)) == "علمت"
        && !(k + 1..(k + 8).min(view.words.len()))
            .take_while(|&j| !lexicons().complementizers.contains(view.norm(j)))
            .any(|j| view.norm(j) == "من")
    {
        return None;
    }
    // «، مذكرة بأن …» reminds; «مذكرة تفاهم» is a memorandum.
    if matches!(view.norm(k), "مذكره" | "مذكرا")
        && !(k > 0
            && matches!(view.norm(k - 1), "،" | ",")
            && (view.norm(k + 1).starts_with('ب')
                || lexicons().complementizers.contains(view.norm(k + 1))))
    {
        return None;
    }
    // «دانت لهم الدنيا»: "submitted to", not "condemned".
    if super::strip_conjunction(view.norm(k)) == "دانت" && view.norm(k + 1).starts_with('ل') {
        return None;
    }
    // «محملا إسرائيل المسؤولية» blames; «سفينة محملة بالحبوب» is loaded.
    if matches!(view.norm(k), "محملا" | "محمله" | "محملين")
        && !(k + 1..(k + 9).min(view.words.len()))
            .any(|j| super::without_proclitics(view.norm(j)).contains("مسووليه"))
    {
        return None;
    }
    // «قال عراقجي في تصريح نقلته وكالة "إرنا" إن …»: a relative clause on
    // the statement names its channel; the speaker's verb is the cue.
    if k > 0
        && publishes_it(view.norm(k))
        && matches!(
            view.norm(k - 1),
            "تصريح" | "تصريحات" | "مقابله" | "حديث" | "كلمه" | "بيان" | "مقال"
        )
    {
        return None;
    }
    lexicons().cue(view.norm(k)).or_else(|| {
        let told_in = matches!(view.norm(k), "جاء" | "وجاء")
            && view.norm(k + 1) == "في"
            && is_statement(view.norm(k + 2));
        // «اتصالا هاتفيا بنظيره، دان خلاله "…"»: the masculine «دان» when
        // what follows can only be when it condemned.
        let condemned_during = super::strip_conjunction(view.norm(k)) == "دان"
            && matches!(view.norm(k + 1), "خلاله" | "خلالها" | "فيه" | "فيها");
        (told_in || condemned_during).then_some(Cue::Verb)
    })
}

/// Words after which «أن» opens no one's speech: «من المقرر أن», «من
/// المتوقع أن», «يبدو أن», «رغم أن» (search forms).
fn is_impersonal(norm: &str) -> bool {
    matches!(
        super::strip_conjunction(norm),
        "المقرر"
            | "المنتظر"
            | "المتوقع"
            | "المرتقب"
            | "المرجح"
            | "المفترض"
            | "المحتمل"
            | "الممكن"
            | "المعروف"
            | "يبدو"
            | "رغم"
            | "برغم"
            | "بعد"
            | "قبل"
            | "منذ"
            | "دون"
            | "بدون"
            | "حتي"
            | "لو"
            // «أعلنت … تخليها عن البرامج التي يمكن أن تفضي إلى …»: a
            // modal's clause, not what was said.
            | "يمكن"
            | "يمكنه"
            | "يمكنها"
            | "يجب"
            | "ينبغي"
            | "يستطيع"
            | "تستطيع"
    )
}

/// The cue of a direct quote: before it («وقال بوتين: "…"»), after it
/// («"…"، قال الوزير»), or a name and a colon («الوزير: "…"»).
fn direct_cue(view: &DocView<'_>, m: &Marks, quoted: &[bool]) -> Option<CueParts> {
    let lex = lexicons();
    // A short quoted name right after a cue word.
    let short_name = m.closed && m.open > 0 && m.close - m.open - 1 <= SHORT_QUOTED_NAME;
    let cue_before = (m.open > 0)
        .then(|| lex.cue(view.norm(m.open - 1)))
        .flatten();
    let after = view.norm(m.close + 1);
    if short_name && cue_before == Some(Cue::Verb) {
        // «وأكد "إعلان الرياض" الصادر في ختام القمة رفض …»: qualified after
        // its closing mark; «وأعلن "حزب الله"، في بيان، رفضه …»: a body's
        // name. The verb's subject, not its words.
        let qualified = matches!(
            after,
            "الصادر" | "الصادره" | "الذي" | "التي" | "الختامي" | "الختاميه"
        );
        let body = view
            .mentions_in(m.open + 1..m.close)
            .any(|x| x.tokens == (m.open + 1..m.close) && x.label == NerLabel::Organization)
            && !lex.complementizers.contains(after)
            && after != ":";
        // «وأعلنت "المقاومة الإسلامية" في بيان أن …»: the verb takes the
        // clause after; the quoted words are its subject.
        let clause_follows = (m.close + 1..view.words.len().min(m.close + 5))
            .take_while(|&k| !view.is_punct(k))
            .any(|k| {
                lex.complementizers.contains(view.norm(k))
                    && !matches!(view.norm(k - 1), "قبل" | "بعد" | "منذ" | "دون")
            });
        if qualified || body || clause_follows {
            return None;
        }
    }
    // «رئيس الدولة "حفظه الله"»: a blessing after a name, no words said.
    if m.closed
        && m.open + 1 < m.close
        && m.close - m.open - 1 <= 3
        && matches!(view.norm(m.close - 1), "الله" | "ثراه")
    {
        return None;
    }
    // «الوكالة العربية السورية للأنباء "سانا"»: a one-word name of the
    // body named right before, in apposition.
    if m.closed
        && m.close == m.open + 2
        && view
            .mentions_in(m.open + 1..m.close)
            .any(|x| x.tokens == (m.open + 1..m.close))
        && view
            .mentions_in(m.open.saturating_sub(8)..m.open)
            .any(|x| x.tokens.end == m.open && x.label == NerLabel::Organization)
    {
        return None;
    }
    // «وعلمت "واج" من مصدر», «ونقلت "سانا" عن الوزير»: the outlet's name
    // after a channel verb.
    if short_name && cue_before == Some(Cue::Channel) && matches!(after, "من" | "عن") {
        return None;
    }
    // «أعلنت قيادة التحالف "تحالف دعم الشرعية" إغلاق …»: a name in
    // apposition, which starts with the head of a name, right after a
    // noun.
    if m.closed
        && m.open > 0
        && m.close - m.open - 1 <= SHORT_QUOTED_NAME + 2
        && cue_before.is_none()
        && lex.named_things.contains(view.norm(m.open + 1))
        && view.words[m.open - 1].kind == TokenKind::Word
        && (matches!(view.norm(m.open - 1), "بعنوان" | "عنوان" | "باسم" | "اسم")
            || (view
                .actors_in(m.open.saturating_sub(8)..m.open)
                .any(|a| a.tokens.end == m.open)
                || view.norm(m.open - 1).starts_with("ال")
                || view.norm(m.open - 1).starts_with("لل"))
                && view
                    .words
                    .get(m.close + 1)
                    .is_some_and(|w| w.kind == TokenKind::Word))
    {
        return None;
    }
    // «في تدوينة على "تويتر"», «"تروث سوشال"»: a platform's name.
    if m.closed
        && m.open + 1 < m.close
        && m.close - m.open - 1 <= 2
        && lex.platforms.contains(view.norm(m.open + 1))
    {
        return None;
    }
    let sent = &view.sentences[view.sentence_of(m.open)];
    // Before the opening mark, within the sentence.
    let mut from = sent.start.max(m.open.saturating_sub(CUE_WINDOW));
    let mut k = m.open;
    while k > from {
        k -= 1;
        if quote_mark(view, k).is_some() {
            // A short quoted name on the way («على منصة "إكس": "…"»),
            // which does not count against the window («نائب رئيس المجلس
            // السياسي في "حزب الله" محمود قماطي، في تصريح لـ"الوطنية"»).
            let open = (k.saturating_sub(4).max(from)..k)
                .rev()
                .find(|&o| quote_mark(view, o).is_some());
            match open {
                Some(o) if k - o <= 4 => {
                    // (Only a name in a title or a channel, after a
                    // preposition: not an item of a list of titles.)
                    if o > 0 && matches!(view.norm(o - 1), "في" | "ل" | "لـ" | "ب" | "بـ") {
                        from = sent.start.max(from.saturating_sub(k - o + 1));
                    }
                    k = o;
                    continue;
                }
                _ => break,
            }
        }
        if quoted[k] {
            break;
        }
        let norm = view.norm(k);
        if lex.complementizers.contains(norm) {
            // «قال إن "…"» when no reported clause took it: the subject
            // is between the cue and the complementizer.
            continue;
        }
        if lex.name_heads.contains(norm) && k + 1 == m.open {
            // «صحيفة "الوطن"», «عرفت بـ"إعلان القاهرة"»: a name. But
            // «هدد … بـ"رد قاس"», «واصفا إياها بـ"الإملاءات"»: what a
            // speech verb a few words back says.
            // A participle's object sits between it and «بـ»; after a
            // verb, its subject must be a name («وهدد … محمد باقري بـ»),
            // not the thing described («وصف هذا النوع من الحروب بـ»).
            let said = matches!(norm, "ب" | "بـ")
                && !(k > 0 && lex.name_heads.contains(view.norm(k - 1)))
                // «اتهم القيادي في حماس باسم نعيم قيادة فتح بـ"…"»: a
                // subject and an object may stand between, not a clause.
                // A time or a channel between commas may stand there too
                // («اتهم، أمس الأربعاء، المجلسين بـ"…"»).
                && (from.max(k.saturating_sub(SAID_WITH_BA))..k)
                    .rev()
                    .take_while(|&j| !view.is_punct(j) || matches!(view.norm(j), "،" | ","))
                    .any(|j| match lex.cue(view.norm(j)) {
                    Some(Cue::Participle) => true,
                    // «اتهمت الحركة الرئيس بـ"…"»: what one is accused or
                    // threatened of is said, whoever stands between.
                    Some(Cue::Verb) if accuses(view.norm(j)) => true,
                    // «تصريحات وصفتها بـ"…"»: nothing described between;
                    // or a subject: «ما وصفه بيان لوزارة الدفاع بـ"…"».
                    Some(Cue::Verb) => {
                        j + 1 == k
                            || view.mentions_in(j + 1..k).next().is_some_and(|m| {
                                matches!(m.label, NerLabel::Person | NerLabel::Organization)
                            })
                            || (is_statement(view.norm(j + 1)) && j + 2 < k)
                    }
                    _ => false,
                });
            if !said {
                return None;
            }
            continue;
        }
        // «أعلن بدء "عملية عسكرية خاصة"»: a short name that starts with
        // its head noun, after a word that introduces no speech.
        if k + 1 == m.open
            && m.closed
            && m.close - m.open - 1 <= SHORT_QUOTED_NAME
            && m.open + 1 < m.close
            && is_name_head(view.norm(m.open + 1))
            && lex.cue(norm).is_none()
            && !lex.complementizers.contains(norm)
            && !matches!(norm, ":" | "ب" | "بـ")
        {
            return None;
        }
        // «شركة الطيران الوطنية "آسيا إير"»: a head noun, its definite
        // genitives and adjectives, then a short name.
        if m.closed
            && m.close - m.open - 1 <= SHORT_QUOTED_NAME
            && k + 4 >= m.open
            && is_name_head(norm)
            && (k + 1..m.open).all(|j| view.norm(j).starts_with("ال"))
        {
            return None;
        }
        if let Some(cue) = cue_at(view, k) {
            if cue == Cue::Attribution {
                continue;
            }
            let region_end = (k + 1..m.open)
                .find(|&r| lex.complementizers.contains(view.norm(r)))
                .unwrap_or(m.open);
            return Some((Some(k..k + 1), Some(k + 1..region_end), cue));
        }
    }
    // After the closing mark: «"…"، قال الوزير».
    if m.closed {
        let sent_end = view.sentences[view.sentence_of(m.close)].end;
        let mut k = m.close + 1;
        while k < sent_end && k <= m.close + 3 && view.is_punct(k) && quote_mark(view, k).is_none()
        {
            k += 1;
        }
        // «"…"، هكذا علق الوزير»
        if matches!(view.norm(k), "هكذا" | "وهكذا") {
            k += 1;
        }
        if k < sent_end {
            if let Some(cue) = lex.cue(view.norm(k)) {
                let mut region = k + 1;
                if cue == Cue::Attribution && view.norm(region) == "ما" {
                    region += 1;
                    if lex.cue(view.norm(region)).is_some() {
                        region += 1;
                    }
                }
                let stop = (region..sent_end)
                    .find(|&r| view.is_punct(r))
                    .unwrap_or(sent_end);
                return Some((Some(k..k + 1), Some(region..stop), cue));
            }
        }
    }
    // A name and a colon: «بوتين: "…"».
    if m.open >= 2 && view.norm(m.open - 1) == ":" {
        let from = sent.start.max(m.open.saturating_sub(8));
        let named = view
            .mentions_in(from..m.open - 1)
            .filter(|x| {
                x.label != NerLabel::Location && !lex.platforms.contains(view.norm(x.tokens.start))
            })
            .last()?;
        return Some((None, Some(named.tokens.clone()), Cue::Verb));
    }
    None
}

/// A preposition with a pronoun glued on («فيهما», «عنها», «له»).
fn is_preposition_with_pronoun(norm: &str) -> bool {
    ["هما", "هم", "هن", "ها", "ه"].iter().any(|p| {
        norm.strip_suffix(p).is_some_and(|head| {
            matches!(
                head,
                "في" | "من" | "عن" | "ل" | "ب" | "علي" | "الي" | "مع" | "عند" | "لدي"
            )
        })
    })
}

/// The speaker named in `region` (the words between a cue and its quote).
fn subject_in(view: &DocView<'_>, region: Range<usize>) -> Subject {
    let lex = lexicons();
    let mut r = region.clone();
    // Times and adverbials first: «وقال، الخميس، …», «ورفضت بشكل قاطع».
    while r.start < r.end
        && (view.is_punct(r.start)
            || lex.skippable.contains(view.norm(r.start))
            || view.words[r.start].kind == TokenKind::Number)
    {
        // «ورفضت بشكل قاطع "…"»: the adjective goes with the manner noun.
        if lex.manner.contains(view.norm(r.start))
            && r.start + 1 < r.end
            && !view.norm(r.start + 1).starts_with("ال")
            && view.mention_starting_at(r.start + 1).is_none()
            && !view.is_punct(r.start + 1)
        {
            r.start += 1;
        }
        r.start += 1;
    }
    // «وأعلنت "المقاومة الإسلامية" في بيان أن …»: a short quoted name
    // right after the cue is its subject, whether the tagger knows it or
    // not.
    if r.start > region.start && r.start < r.end && quote_mark(view, r.start - 1).is_some() {
        let close = (r.start + 1..r.end.min(r.start + 1 + SHORT_QUOTED_NAME))
            .find(|&k| quote_mark(view, k).is_some())
            .filter(|&close| opens_clause(view, close + 1));
        if let Some(close) = close {
            let cluster = view
                .mentions_in(r.start..close)
                .find(|m| m.tokens == (r.start..close))
                .map(|m| m.cluster);
            return Subject::Named(SpeakerRef {
                tokens: r.start..close,
                cluster,
                carried: false,
            });
        }
    }
    // «قالت عنه المستشارة …», «رسالتين طالبت فيهما بـ"…"»: a preposition
    // with a pronoun is no subject; the subject, if any, follows it.
    while r.start < r.end && is_preposition_with_pronoun(view.norm(r.start)) {
        r.start += 1;
    }
    // «بكلمة دعا فيها الطرفين إلى "…"», «رسالة طالب فيها الحكومة بـ"…"»:
    // after a request verb and «فيها», the noun is the one asked; the
    // subject is the one who gave the speech.
    let asks = region.start > 0
        && matches!(
            super::strip_conjunction(view.norm(region.start - 1)),
            "دعا" | "دعت" | "طالب" | "طالبت" | "حث" | "حثت" | "ناشد" | "ناشدت"
        );
    if asks && r.start > region.start && matches!(view.norm(r.start - 1), "فيها" | "فيه") {
        // The person named nearest before the verb, in its sentence.
        let sent = &view.sentences[view.sentence_of(region.start - 1)];
        return view
            .mentions_in(sent.start..region.start - 1)
            .filter(|m| m.label == NerLabel::Person)
            .last()
            .map_or(Subject::Pronoun, |m| {
                Subject::Named(SpeakerRef {
                    tokens: m.tokens.clone(),
                    cluster: Some(m.cluster),
                    carried: true,
                })
            });
    }
    // «لكنه رفض أي "مطالب …"»: a determiner of what is said, no subject.
    if r.is_empty() || view.norm(r.start) == "اي" {
        return Subject::Pronoun;
    }
    // «وأضاف علي أن» after «ياسر علي»: a surname spelt like a function
    // word, as the article wrote it last in a person's name.
    if r.len() == 1 && lex.prepositions.contains(view.norm(r.start)) {
        let sent = view.sentence_of(r.start);
        let from = view.sentences[sent.saturating_sub(4)].start;
        if let Some(m) = view
            .mentions_in(from..r.start)
            .filter(|m| {
                m.label == NerLabel::Person
                    && m.tokens.len() >= 2
                    && view.words[m.tokens.end - 1].text == view.words[r.start].text
            })
            .last()
        {
            return Subject::Named(SpeakerRef {
                tokens: m.tokens.clone(),
                cluster: Some(m.cluster),
                carried: true,
            });
        }
    }
    // «وحسب الأرقام التي قدمها شرفي»: who gave what is cited.
    if let Some(giver) = giver_in_relative(view, r.clone()) {
        return Subject::Named(giver);
    }
    // «حسب بلاغ صادر عن الديوان الملكي», «وأوضح بيان للوزارة أن»: the
    // issuer speaks.
    if let Some(from) = issuer_after_statement(view, r.start, r.end) {
        return issuer(view, from..r.end).map_or(Subject::Pronoun, Subject::Named);
    }
    // «وقالت الوزارة»: the fuller phrase the bare noun stands for.
    // Not through a preposition («هجوم على آلية للشرطة …»): that phrase
    // is no speaker's name.
    let bare = view.norm(r.start);
    if let Some(alias) = view
        .actor_starting_at(r.start)
        .filter(|a| a.tokens.len() == 1)
        .and_then(|a| a.alias.clone())
        .filter(|a| {
            let first = view.norm(a.start);
            let first = first
                .strip_prefix('و')
                .filter(|w| w.chars().count() >= 3)
                .unwrap_or(first);
            bare.ends_with(first) || first.ends_with(bare.strip_prefix("ال").unwrap_or(bare))
        })
    {
        return Subject::Named(SpeakerRef {
            tokens: alias,
            cluster: None,
            carried: true,
        });
    }
    // «وجاء في البيان أن»: the statement's issuer. Not «وقال في بيان
    // إن»: a speech verb's subject said it in a statement.
    let said_in_one = !view.norm(r.start + 1).starts_with("ال")
        && region.start > 0
        // «ورد» starts with و: the word itself, then without a conjunction.
        && !super::whole_or_bare(view.norm(region.start - 1), |n| {
            matches!(n, "جاء" | "ورد" | "جاءت")
        });
    if view.norm(r.start) == "في"
        && r.start + 1 < r.end
        && is_statement(view.norm(r.start + 1))
        && !said_in_one
    {
        if let Some(from) = issuer_after_statement(view, r.start + 1, r.end) {
            return issuer(view, from..r.end).map_or(Subject::Pronoun, Subject::Named);
        }
        return Subject::Anaphor(r.start + 1, NerLabel::Organization);
    }
    if lex.prepositions.contains(view.norm(r.start)) && view.mention_starting_at(r.start).is_none()
    {
        // «وقال في بيان إن», «أشار إلى أن»: no subject before the
        // preposition; only a person named after it may be the subject.
        return match best_mention(view, r.start + 1..r.end, false) {
            Some(s) if is_person(view, &s) => Subject::Named(s),
            _ => Subject::Pronoun,
        };
    }
    // The subject ends where a prepositional phrase or a time starts
    // («الوزارة في بيان تلقت سانا نسخة منه»).
    let cut = (r.start + 1..r.end)
        .find(|&k| {
            let n = view.norm(k);
            // «مصدر أمني لوكالة الأنباء الألمانية (د ب أ)»: the outlet
            // spoken to ends the subject (a body after ل may be a title's:
            // «عضو اللجنة المركزية لحركة فتح»).
            let told = view.mention_starting_at(k).is_some_and(|m| {
                view.words[k].text.starts_with('ل')
                    && !n.starts_with("ال")
                    && super::is_media_cluster(view.resolution, view.kb, Some(m.cluster))
            });
            told || view.mention_starting_at(k).is_none()
                && (lex.speaker_stops.contains(n) || n == "في" || n == "خلال")
        })
        .unwrap_or(r.end);
    let head = r.start..cut;
    // A place speaks only as the subject itself («أكدت مصر أن»); inside a
    // noun phrase it qualifies the speaker («جهات سورية معارضة»).
    let place_inside = |s: &SpeakerRef| {
        s.tokens.start > r.start
            && view.norm(s.tokens.start - 1) != "عن"
            && s.cluster
                .and_then(|c| view.resolution.clusters.get(c))
                .and_then(|c| c.label)
                == Some(NerLabel::Location)
    };
    // «نظيره الباكستاني مصدق مالك», «المتحدث باسم وزارة الخارجية
    // الأذربيجانية أيخان حاجي زاده»: a title with its nisba or body, then
    // a name the tagger did not know.
    let first = view.norm(r.start);
    let counterpart = crate::entities::resolve::is_counterpart(first);
    if counterpart || lex.person_anaphors.contains(first) || super::is_title_at(view, r.start) {
        // «مستشار المرشد الإيراني للشؤون الدولية X»: a title in construct
        // with a person named by office only, then its portfolio.
        let construct = !first.starts_with("ال");
        let mut k = r.start + 1;
        while k < cut && k < r.start + 8 {
            if let Some(a) = view.actor_starting_at(k).filter(|a| {
                a.label != NerLabel::Person
                    || construct && a.tokens.clone().all(|j| view.norm(j).starts_with("ال"))
            }) {
                k = a.tokens.end;
                continue;
            }
            let n = view.norm(k);
            let title_word = super::is_title_at(view, k)
                || super::is_actor_head(view, k)
                || n == "باسم"
                || super::nisba_country(view.kb, n).is_some()
                || construct && k > r.start + 1 && n.starts_with("لل")
                || n.starts_with("ال") && view.mention_starting_at(k).is_none();
            if !title_word || lex.skippable.contains(n) {
                break;
            }
            k += 1;
        }
        // «مستشار المرشد الإيراني للشؤون الدولية علي أكبر ولايتي»: the
        // person the tagger named after the construct.
        if let Some(p) = (construct && k > r.start + 1)
            .then(|| person_right_after(view, k, r.end))
            .flatten()
        {
            return Subject::Named(p);
        }
        // Past the title's nisba or body only, and not a common noun
        // («متحدث باسم قصر باكنغهام», «مقاتلين يمنيين»).
        let name = unknown_name_after(view, k, r.end).filter(|p| {
            let w = view.norm(p.tokens.start);
            k > r.start + 1
                && !crate::entities::resolve::reads_as_common_noun(w)
                && !matches!(
                    w,
                    "وهو"
                        | "وهي"
                        | "هو"
                        | "هي"
                        | "قصر"
                        | "مستشفي"
                        | "مطار"
                        | "مقر"
                        | "مكتب"
                        | "شركه"
                        | "بنك"
                        | "وكاله"
                        | "صحيفه"
                        | "جامعه"
                        | "ميناء"
                )
        });
        if let Some(p) = name {
            return Subject::Named(p);
        }
    }
    // «بعثة الجزائر لدى الأمم المتحدة», «سفارة فرنسا في …»: a body of a
    // place, which the actor layer joined, speaks, not a body named after
    // it.
    if let Some(a) = view.actor_starting_at(r.start).filter(|a| {
        a.cluster.is_none()
            && a.named
            && a.tokens.len() >= 2
            && a.tokens.end <= cut
            && view
                .mentions_in(a.tokens.clone())
                .any(|m| m.label == NerLabel::Location)
    }) {
        return Subject::Named(SpeakerRef {
            tokens: a.tokens.clone(),
            cluster: None,
            carried: false,
        });
    }
    if let Some(s) = best_mention(view, head.clone(), true).filter(|s| !place_inside(s)) {
        // «المتحدثة باسم المفوضية الأوروبية نبيلة مصرالي»: a body after a
        // title, then a name the tagger did not know.
        let titled = (r.start..s.tokens.start).any(|k| super::is_title_at(view, k));
        if let Some(p) = (titled && !is_person(view, &s))
            .then(|| {
                unknown_name_after(view, s.tokens.end, r.end)
                    .or_else(|| person_later_in_title(view, s.tokens.end, r.end))
            })
            .flatten()
        {
            return Subject::Named(p);
        }
        return Subject::Named(s);
    }
    // «مسؤول الشؤون الإنسانية في الأمم المتحدة مارتن غريفيث»: a title
    // whose body follows «في», then the person's name.
    if cut < r.end && view.norm(cut) == "في" {
        // The body may stand in quote marks, named or not: «القيادي في
        // "حزب الله" X».
        let past_mark = |k: usize| k + usize::from(k < r.end && quote_mark(view, k).is_some());
        let quoted_body_end = (quote_mark(view, cut + 1).is_some())
            .then(|| (cut + 2..(cut + 7).min(r.end)).find(|&k| quote_mark(view, k).is_some()))
            .flatten()
            .map(|close| close + 1);
        let body_end = view
            .mention_starting_at(past_mark(cut + 1))
            .filter(|m| m.label != NerLabel::Person)
            .map(|m| past_mark(m.tokens.end))
            .or(quoted_body_end);
        if let Some(p) = body_end.and_then(|end| {
            person_right_after(view, end, r.end)
                // «القيادي في حماس باسم نعيم»: a name the tagger did not
                // know.
                .or_else(|| unknown_name_after(view, end, r.end))
        }) {
            return Subject::Named(p);
        }
        // «مسؤول السياسة الخارجية في الاتحاد جوزيب بوريل», «وزير المالية
        // في حكومة تصريف الأعمال يوسف الخليل»: a title, a body the tagger
        // did not name (up to three words), then the name.
        let titled = (r.start..cut).any(|k| is_title_like(view, k));
        let plain = |k: usize| {
            let n = view.norm(k);
            !view.is_punct(k)
                && !lex.prepositions.contains(n)
                && !lex.complementizers.contains(n)
                && !lex.saying.contains(n)
                && lex.cue(n).is_none()
        };
        if titled {
            for k in cut + 2..(cut + 2 + TITLE_BODY_AFTER_FI).min(r.end) {
                if !plain(k - 1) {
                    break;
                }
                if let Some(p) = person_right_after(view, k, r.end) {
                    return Subject::Named(p);
                }
            }
        }
    }
    // A generic actor named with its country: «الرئاسة الروسية».
    if let Some(a) = view
        .actor_starting_at(r.start)
        .filter(|a| a.cluster.is_none() && a.country.is_some() && a.tokens.end <= cut)
    {
        return Subject::Named(SpeakerRef {
            tokens: a.tokens.clone(),
            cluster: None,
            carried: false,
        });
    }
    if lex.person_anaphors.contains(first) {
        return Subject::Anaphor(r.start, NerLabel::Person);
    }
    // «ووفقا للبيان»: the anaphor after a preposition.
    if lex.org_anaphors.contains(first)
        || lex
            .org_anaphors
            .contains(super::without_proclitics(first).as_ref())
    {
        return Subject::Anaphor(r.start, NerLabel::Organization);
    }
    // «أحد المحتجين ويدعى علي الساعدي»: the name after «يدعى».
    if let Some(k) =
        (r.start..cut).find(|&k| matches!(view.norm(k), "يدعي" | "ويدعي" | "اسمه" | "واسمه"))
    {
        let end = (k + 1..cut.min(k + 5))
            .take_while(|&x| !view.is_punct(x))
            .last();
        if let Some(end) = end {
            return Subject::Named(SpeakerRef {
                tokens: k + 1..end + 1,
                cluster: best_mention(view, k + 1..end + 1, true).and_then(|m| m.cluster),
                carried: false,
            });
        }
    }
    // A generic actor phrase or noun phrase with no entity: «مصدر
    // دبلوماسي», «مراقبون», «البيان المشترك».
    let mut end = r.start;
    while end < cut
        && end < r.start + 6
        && !view.is_punct(end)
        && (end == r.start
            || !view.norm(end).starts_with('ل')
            || view.mention_starting_at(end).is_none())
        && !lex.saying.contains(view.norm(end))
        && !lex.complementizers.contains(view.norm(end))
        && view.norm(end) != "ما"
        && (end == r.start || !lex.prepositions.contains(view.norm(end)))
    {
        end += 1;
    }
    if end == r.start || lex.speaker_stops.contains(first) {
        return Subject::Pronoun;
    }
    Subject::Named(SpeakerRef {
        tokens: r.start..end,
        cluster: None,
        carried: false,
    })
}

/// How many words a title's body after «في» may have when the tagger did
/// not name it («في حكومة تصريف الأعمال»).
const TITLE_BODY_AFTER_FI: usize = 3;

/// Two or three words at `at` (before `end`) that can only be a name: no
/// article, no function word, no entity, no cue, no time, each followed by
/// a space and ending before a stop word, a preposition, a complementizer
/// or punctuation («نبيلة مصرالي للصحفيين أن»).
fn unknown_name_after(view: &DocView<'_>, at: usize, end: usize) -> Option<SpeakerRef> {
    let lex = lexicons();
    // «العقيد أركان حرب غريب عبد الحافظ»: the ranks are no name; a name
    // the tagger took only in part is the whole of it.
    let at = after_ranks(view, at, end);
    if at + 1 < end && view.mention_starting_at(at).is_none() {
        if let Some(p) = view
            .mention_starting_at(at + 1)
            .filter(|p| p.label == NerLabel::Person && p.tokens.end <= end)
        {
            let n = view.norm(at);
            if view.words[at].kind == TokenKind::Word
                && definite_noun(n).is_none()
                && !n.starts_with(['ل', 'ب'])
                && !lex.prepositions.contains(n)
                && !super::is_title_at(view, at)
                && lex.cue(n).is_none()
            {
                return Some(SpeakerRef {
                    tokens: at..p.tokens.end,
                    cluster: Some(p.cluster),
                    carried: false,
                });
            }
        }
    }
    let plain = |k: usize| {
        let n = view.norm(k);
        view.words[k].kind == TokenKind::Word
            && definite_noun(n).is_none()
            && n.chars().count() >= 2
            && view.mention_starting_at(k).is_none()
            && view.actor_starting_at(k).is_none()
            && !lex.prepositions.contains(n)
            && !lex.complementizers.contains(n)
            && !lex.speaker_stops.contains(n)
            && !lex.skippable.contains(n)
            && !lex.saying.contains(n)
            // «باسم» after a body is the name Basem, not «المتحدث باسم».
            && (n == "باسم" || !super::is_title_at(view, k))
            && lex.cue(n).is_none()
            && (n == "باسم" || !akhbar_text::stopwords::is_stopword(n))
            && !matches!(n, "قد" | "لم" | "لن" | "ما" | "لا" | "كان" | "كانت" | "و")
    };
    // «راشيد الطالبي العلمي»: a family name of the nisba form after the
    // first name, when it is no country's.
    let family = |k: usize| {
        let n = view.norm(k);
        view.words[k].kind == TokenKind::Word
            && n.starts_with("ال")
            && n.ends_with('ي')
            && n.chars().count() >= 5
            && super::nisba_country(view.kb, n).is_none()
            && view.mention_starting_at(k).is_none()
            && view.actor_starting_at(k).is_none()
            && !super::is_title_at(view, k)
            && !akhbar_text::stopwords::is_stopword(n)
    };
    let stop = |k: usize| {
        k >= end || {
            let n = view.norm(k);
            // «باسم نعيم قيادة فتح بـ"…"»: the object, another actor.
            view.is_punct(k)
                || view.actor_starting_at(k).is_some()
                || view.mention_starting_at(k).is_some()
                || lex.prepositions.contains(n)
                || lex.complementizers.contains(n)
                || lex.speaker_stops.contains(n)
                || n.starts_with('ل') && !n.starts_with("ال")
        }
    };
    let mut k = at;
    while k < end && k < at + 3 && (plain(k) || k > at && family(k)) {
        k += 1;
    }
    (k >= at + 2 && stop(k)).then_some(SpeakerRef {
        tokens: at..k,
        cluster: None,
        carried: false,
    })
}

/// Is the speaker a person?
fn is_person(view: &DocView<'_>, s: &SpeakerRef) -> bool {
    s.cluster
        .and_then(|c| view.resolution.clusters.get(c))
        .and_then(|c| c.label)
        == Some(NerLabel::Person)
}

/// The speaker among the mentions of `region`: a person first, then an
/// organization, then a country or place. With `anywhere` false, only a
/// mention that is not the object of a preposition.
fn best_mention(view: &DocView<'_>, region: Range<usize>, anywhere: bool) -> Option<SpeakerRef> {
    let mut best: Option<(u8, &super::MentionRef)> = None;
    for m in view.mentions_in(region) {
        let rank = match m.label {
            NerLabel::Person => 0,
            NerLabel::Organization => 1,
            NerLabel::Location => 2,
            NerLabel::Misc => continue,
        };
        let lex = lexicons();
        if !anywhere
            && m.tokens.start > 0
            && lex.prepositions.contains(view.norm(m.tokens.start - 1))
        {
            continue;
        }
        if lex.platforms.contains(view.norm(m.tokens.start)) {
            continue;
        }
        // «لرويترز», «لـ«الوطن»»: who was spoken to, not who spoke.
        if m.label != NerLabel::Person
            && view.words[m.tokens.start].text.starts_with('ل')
            && !view.norm(m.tokens.start).starts_with("ال")
        {
            continue;
        }
        // «الناطق باسم القوات التابعة لحفتر أحمد المسماري»: a person with
        // ل on his name is the body's genitive or the one spoken to; the
        // name without ل is his cluster's.
        let rank = if m.label == NerLabel::Person && has_lam_proclitic(view, m) {
            3
        } else {
            rank
        };
        if best.is_none_or(|(r, _)| rank < r) {
            best = Some((rank, m));
        }
    }
    best.map(|(_, m)| SpeakerRef {
        tokens: m.tokens.clone(),
        cluster: Some(m.cluster),
        carried: false,
    })
}

/// Does the mention's first word carry a ل proclitic («لحفتر»), its name
/// being its cluster's without it (not «لافروف»)?
fn has_lam_proclitic(view: &DocView<'_>, m: &super::MentionRef) -> bool {
    let first = view.norm(m.tokens.start);
    let Some(rest) = first.strip_prefix('ل') else {
        return false;
    };
    if first.starts_with("ال") || rest.chars().count() < 3 {
        return false;
    }
    view.resolution.clusters.get(m.cluster).is_some_and(|c| {
        let has = |word: &str| c.name.split_whitespace().any(|w| w == word);
        has(rest) && !has(first)
    })
}

/// «نقلت وكالة … عن الرئيس … قوله»: the speaker after «عن», the channel
/// before it.
fn channel_subject(view: &DocView<'_>, region: Range<usize>) -> (Subject, Option<SpeakerRef>) {
    let learnt =
        region.start > 0 && super::strip_conjunction(view.norm(region.start - 1)) == "علمت";
    let Some(an) = region
        .clone()
        .find(|&k| view.norm(k) == "عن" || (learnt && view.norm(k) == "من"))
    else {
        return (subject_in(view, region), None);
    };
    let via = match subject_in(view, region.start..an) {
        Subject::Named(s) => Some(s),
        Subject::Pronoun | Subject::Anaphor(..) => None,
    };
    (subject_in(view, an + 1..region.end), via)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::testing::{join_words, TestDoc};

    fn quotes(text: &str) -> Vec<(QuoteKind, String, Option<String>, bool)> {
        let d = TestDoc::new(text);
        let words = d.words();
        let view = d.view(&words);
        let join = |r: &Range<usize>| join_words(&words, r);
        QuoteFinder
            .find(&view)
            .iter()
            .map(|q| {
                (
                    q.kind,
                    join(&q.tokens),
                    q.speaker.as_ref().map(|s| join(&s.tokens)),
                    q.speaker.as_ref().is_some_and(|s| s.carried),
                )
            })
            .collect()
    }

    #[test]
    fn direct_quote_with_cue_before_and_carried_speaker() {
        let q = quotes("وقال أردوغان: \"لن نتراجع عن موقفنا\". وأضاف: «نحن ملتزمون بالحوار».");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].0, QuoteKind::Direct);
        assert_eq!(q[0].1, "لن نتراجع عن موقفنا");
        assert_eq!(q[0].2.as_deref(), Some("أردوغان"));
        assert_eq!(q[1].1, "نحن ملتزمون بالحوار");
        assert_eq!(q[1].2.as_deref(), Some("أردوغان"));
        assert!(q[1].3);
    }

    #[test]
    fn said_in_a_statement_is_the_verbs_subject_not_the_statements_topic() {
        // «في بيان» after a speech verb is where it was said; the object
        // before the comma («الجيش الإسرائيلي») is not the speaker.
        let q = quotes(
            "وحمل الرئيس اللبناني جوزاف عون الجيش الإسرائيلي مسؤولية التصعيد، وقال في بيان إن \
             \"الاعتداءات لن تمر دون رد\".",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("جوزاف عون"), "{q:?}");
        // «وجاء في البيان» still names the statement's issuer.
        let q = quotes("أصدرت وزارة الخارجية بيانا. وجاء في البيان أن الوزير سيزور عمان.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("وزارة الخارجية"), "{q:?}");
    }

    #[test]
    fn a_participle_after_a_relative_clause_or_a_pluperfect_takes_its_subject() {
        // «وهو ما أدانته X، داعية»: the condemner speaks, not the
        // sentence's first subject.
        let q = quotes(
            "وكانت جماعة مسلحة قد أعلنت، أمس، مهاجمة قافلة إغاثة، وهو الهجوم الذي أدانته \
             وزارة الخارجية الأردنية، داعية \"جميع الأطراف إلى التهدئة\".",
        );
        assert_eq!(q[0].2.as_deref(), Some("وزارة الخارجية الأردنية"), "{q:?}");
        // A spokesman's long title between the verb and his name.
        let q = quotes(
            "واتهمت منظمة حقوقية الجيش بقصف مستشفى، وهو ما نفاه المتحدث باسم هيئة الأركان              العامة للجيش العميد نبيل عبد الله، مؤكدا أن \"الجيش لا يستهدف المدنيين\".",
        );
        assert_eq!(q[0].2.as_deref(), Some("نبيل عبد الله"), "{q:?}");
        // A participle closing a clause joined by «، و» and a verb: that
        // verb's subject, not the sentence's first speaker.
        let q = quotes(
            "واتهم وزير الخارجية الإيراني عباس عراقجي واشنطن بـ\"الكذب\"، وهدد رئيس البرلمان \
             محمد باقر قاليباف بالرد، قائلا إن بلاده \"لن تسكت\".",
        );
        let last = q.last().unwrap();
        assert_eq!(last.2.as_deref(), Some("محمد باقر قاليباف"), "{q:?}");
        // «وكانت X قد رفضت …، متهمة»: the pluperfect's subject, even a
        // phrase no entity names.
        let q = quotes(
            "التقى الرئيس التونسي وفدا أوروبيا. وكانت النقابات المستقلة قد رفضت في مارس \
             الماضي المشاركة في الحوار، متهمة الحكومة بـ\"التنصل من وعودها\".",
        );
        assert_eq!(q[0].2.as_deref(), Some("النقابات المستقلة"), "{q:?}");
        // A relative inside a phrase says nothing of who speaks.
        let q = quotes(
            "وقال الخبير سامي نادر إن الشركات التي يديرها الجيش معفاة، مشيرا إلى أن الإصلاح بطيء.",
        );
        assert_eq!(q[1].2.as_deref(), Some("سامي نادر"), "{q:?}");
    }

    #[test]
    fn a_title_with_a_nisba_the_knowledge_base_lacks_is_no_one_named_before() {
        // «الكوري» is in no nisba list, but names Korea: not the Saudi
        // minister named before.
        let q = quotes(
            "وأشاد وزير الدفاع السعودي خالد بن سلمان بالشراكة. من جهته، أعرب الوزير الكوري عن \
             شكره، وقال: \"نعتبر المملكة شريكا موثوقا\".",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("الوزير الكوري"), "{q:?}");
        // «الأمني» names no country: the spokesman introduced before.
        let q = quotes(
            "وقال المتحدث الأمني اللواء منصور التركي إن التحقيقات مستمرة. وأضاف المتحدث الأمني \
             أن الخلية فككت.",
        );
        assert_eq!(q[1].2.as_deref(), Some("منصور التركي"), "{q:?}");
    }

    #[test]
    fn a_reported_clause_ends_before_a_contrastive_clause() {
        // «، فيما دعا X …» is the narrator's, with a quote of its own.
        let q = quotes(
            "وقال الوزير الأمريكي مايك بومبيو إن بلاده ستسحب قواتها \"إذا التزم الطرف الآخر\"، \
             فيما دعا الملا عبد الغني برادر الدول الإسلامية إلى \"مساندة الشعب الأفغاني\".",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(q[0].1.ends_with("الآخر \""), "{q:?}");
        assert_eq!(q[1].1, "مساندة الشعب الأفغاني", "{q:?}");
        assert_eq!(q[1].2.as_deref(), Some("الملا عبد الغني برادر"), "{q:?}");
    }

    #[test]
    fn an_unknown_name_after_a_title_and_its_body_speaks() {
        let q = quotes(
            "وقال المتحدث باسم وزارة الخارجية الأذربيجانية أيخان حاجي زاده إن المحادثات بناءة.",
        );
        assert_eq!(q[0].2.as_deref(), Some("أيخان حاجي زاده"), "{q:?}");
        let q = quotes("فيما أوضح نظيره الباكستاني مصدق مالك أن حكومة بلاده ستطرح رخصا جديدة.");
        assert_eq!(q[0].2.as_deref(), Some("مصدق مالك"), "{q:?}");
        // A place after the body is no name.
        let q = quotes("وقال متحدث باسم قصر باكنغهام إن الملك بصحة جيدة.");
        assert_ne!(q[0].2.as_deref(), Some("قصر باكنغهام"), "{q:?}");
    }

    #[test]
    fn a_determiner_before_a_quoted_fragment_is_no_speaker() {
        let q = quotes(
            "وأكد الوزير الإيراني محمد إسلامي استعداد بلاده للتعاون، لكنه رفض أي \"شروط سياسية\".",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, "شروط سياسية", "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("محمد إسلامي"), "{q:?}");
    }

    #[test]
    fn an_honorific_pronoun_is_the_one_introduced_with_that_honorific() {
        // «سموه» after «فخامة الرئيس …» then «صاحب السمو الشيخ …»: the
        // prince, though the president was named first.
        let q = quotes(
            "وصل فخامة الرئيس عبد المجيد تبون إلى الدوحة. واستقبله صاحب السمو الشيخ تميم بن حمد \
             آل ثاني في الديوان الأميري. وأكد سموه أن قطر ستواصل دعم الحوار.",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("تميم بن حمد آل ثاني"), "{q:?}");
    }

    #[test]
    fn a_title_qualified_by_a_body_names_the_person_after_it() {
        let q = quotes("ورحب الأمين العام لجامعة الدول العربية أحمد أبو الغيط بالقرار، معتبرا إياه \"خطوة شجاعة\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("أحمد أبو الغيط"));
        let q =
            quotes("وقال مسؤول الشؤون الإنسانية في الأمم المتحدة مارتن غريفيث إن \"الوضع كارثي\".");
        assert_eq!(q[0].2.as_deref(), Some("مارتن غريفيث"), "{q:?}");
        // The body is the subject, the person its object.
        let q = quotes("واستدعت وزارة الخارجية الإسرائيلية السفير الروسي أناتولي فيكتوروف، واعتبرت أن الزيارة \"خطوة مشينة\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(
            q[0].2.as_deref(),
            Some("وزارة الخارجية الإسرائيلية"),
            "{q:?}"
        );
    }

    #[test]
    fn a_state_after_the_opening_verb_speaks_the_participle() {
        let q = quotes("أبوظبي (وام) - أدانت دولة الإمارات العربية المتحدة، اليوم، بأشد العبارات استهداف ميليشيا الحوثي الإرهابية منشآت مدنية، متوعدة بأن \"الاعتداء لن يمر دون عقاب\".");
        assert_eq!(
            q[0].2.as_deref(),
            Some("دولة الإمارات العربية المتحدة"),
            "{q:?}"
        );
    }

    #[test]
    fn the_charge_after_an_accusing_verb_is_said() {
        let q =
            quotes("واتهمت حركة النهضة، في بيان، رئيس الجمهورية بـ\"الانقلاب على الثورة والدستور\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, "الانقلاب على الثورة والدستور");
        assert_eq!(q[0].2.as_deref(), Some("حركة النهضة"), "{q:?}");
        let q = quotes("واتهم الوزير الجماعة بـ\"استغلال القضية لإثارة الفوضى\".");
        assert_eq!(q.len(), 1, "{q:?}");
        // A plural verb carries its subject: what follows is its object.
        let q =
            quotes("وكان متحدثون باسم التنظيم هددوا الحركة، في بداية الشهر، بـ\"شلالات من الدماء\".");
        assert!(q.iter().all(|x| x.2.as_deref() != Some("الحركة")), "{q:?}");
        // Describing is no speech of the thing described.
        let q = quotes("ووصف هذا النوع من الحروب بـ\"الحروب القذرة\".");
        assert!(q.is_empty(), "{q:?}");
    }

    #[test]
    fn a_speech_is_said_by_who_gave_it_not_by_those_addressed() {
        let q = quotes("استقبل أمير قطر الشيخ تميم بن حمد آل ثاني الوفود المشاركة. ووجه سموه مساء اليوم كلمة إلى المواطنين قال فيها: \"قطر ستبقى وفية لأشقائها\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("تميم بن حمد آل ثاني"), "{q:?}");
        // A complaint a state lodged, and what it asked for in it.
        let q = quotes("وقدم لبنان إلى مجلس الأمن الدولي شكوى عاجلة ضد إسرائيل، طالب فيها بـ\"وقف الاعتداءات فورا\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("لبنان"), "{q:?}");
    }

    #[test]
    fn a_state_after_the_main_verb_speaks_its_participle_not_a_body_after_lada() {
        let q = quotes("وأعلنت الكويت تقديم وديعة لدى البنك المركزي المصري، داعية الدول المانحة إلى \"دعم الاقتصاد المصري\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("الكويت"), "{q:?}");
        // «لدى» is a preposition: what follows it does not speak.
        let q = quotes(
            "وصل المستشار النمساوي كارل نيهامر إلى بروكسل. وقال لدى وصوله: \"نحن مستعدون\".",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("كارل نيهامر"), "{q:?}");
    }

    #[test]
    fn the_press_spoken_to_is_no_speaker() {
        let q = quotes("وبحث وزير الخارجية المصري سامح شكري الملف مع نظيره الفرنسي جان إيف لودريان، الذي صرح للصحافة بأن باريس \"تدعم الحل السياسي\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("جان إيف لودريان"), "{q:?}");
    }

    #[test]
    fn a_body_with_its_adjective_speaks_for_itself() {
        let q = quotes("استقبل العاهل الأردني الملك عبد الله الثاني الرئيس الفرنسي إيمانويل ماكرون في عمان. وأكد الديوان الملكي الهاشمي في بيان أن الزعيمين \"بحثا سبل تعزيز التعاون\".");
        let q = q.last().expect("a quote");
        assert_eq!(q.2.as_deref(), Some("الديوان الملكي"), "{q:?}");
        // Not a body with the same head told before.
        let q = quotes("وطالب مجلس الأمن الدولي بوقف القتال في المدينة. وقال المجلس العسكري في بيان إن القوات \"ستبقى على الحياد\".");
        let q = q.last().expect("a quote");
        assert_eq!(q.2.as_deref(), Some("المجلس العسكري"), "{q:?}");
    }

    #[test]
    fn an_unnamed_body_accuses_the_one_named_after_it() {
        let q = quotes("واتهمت وزارة الدفاع حركة الشباب بـ\"استهداف المدنيين في الأسواق\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("وزارة الدفاع"), "{q:?}");
    }

    #[test]
    fn mubrizan_is_a_speech_participle() {
        let q = quotes("وأوضح الوزير محمد عرقاب أن المشروع \"استراتيجي\"، مبرزا أن الدراسة ستكتمل قبل نهاية السنة.");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[1].1, "الدراسة ستكتمل قبل نهاية السنة", "{q:?}");
        assert_eq!(q[1].2, q[0].2, "{q:?}");
    }

    #[test]
    fn a_preposition_with_a_pronoun_is_no_speaker() {
        let q = quotes("وترأس الرئيس التونسي قيس سعيد اجتماعا طارئا في قصر قرطاج، قال فيه سيادته: \"لن نتراجع عن قراراتنا\".");
        assert_eq!(q[0].2.as_deref(), Some("قيس سعيد"), "{q:?}");
        // The one a cue with an object pronoun speaks to is no speaker.
        let q = quotes("وكان وزير الخارجية اللبناني سامي حداد قد أجرى اتصالا هاتفيا مع نظيره الفرنسي، أبلغه خلاله \"رفض بلاده القاطع للقرار\".");
        assert_eq!(q[0].2.as_deref(), Some("سامي حداد"), "{q:?}");
        let q = quotes("وزار الوفد المخيم، وقال له رئيس بلدية صيدا إن \"الوضع صعب\".");
        assert_eq!(q[0].2.as_deref(), Some("رئيس بلدية صيدا"), "{q:?}");
    }

    #[test]
    fn a_manner_adverbial_is_no_speaker() {
        let q = quotes(
            "وأعربت الوزارة عن أسفها، ورفضت بشكل قاطع \"الاتهامات الباطلة\" التي وردت في التقرير.",
        );
        assert!(q.iter().all(|x| x.2.as_deref() != Some("قاطع")), "{q:?}");
    }

    #[test]
    fn a_participle_takes_the_main_verb_subject_not_the_object_before_it() {
        let q = quotes("وفي سياق آخر، نفى المتحدث باسم الحكومة سامي الأحمد أن يكون رئيس الحكومة قد التقى أي مسؤول إسرائيلي، مؤكدا أن ما نشرته الصحف \"عار عن الصحة\".");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[1].2, q[0].2, "{q:?}");
    }

    #[test]
    fn a_title_in_a_body_the_tagger_missed_names_the_person_after_it() {
        let q =
            quotes("وقال مسؤول السياسة الخارجية في الاتحاد جوزيب بوريل للصحفيين: \"لن نقبل بذلك\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("جوزيب بوريل"), "{q:?}");
        // No title before «في»: the place is no speaker's body.
        let q = quotes("وقال مصدر في الحكومة العراقية إن \"المفاوضات متعثرة\".");
        assert_eq!(q[0].2.as_deref(), Some("مصدر"), "{q:?}");
        // A body of three words.
        let q = quotes("وأعلن وزير المالية في حكومة تصريف الأعمال يوسف الخليل، في مؤتمر صحافي، أنه أحال الملف إلى مجلس الوزراء.");
        assert_eq!(q[0].2.as_deref(), Some("يوسف الخليل"), "{q:?}");
    }

    #[test]
    fn military_ranks_between_a_title_and_a_name_are_no_name() {
        let q = quotes("وقال المستشار في مكتب وزير الدفاع العميد الركن أحمد عسيري، في إيجاز صحفي، إن الطائرات عادت إلى قواعدها.");
        assert_eq!(q[0].2.as_deref(), Some("أحمد عسيري"), "{q:?}");
        let q = quotes(
            "وقال المتحدث العسكري العقيد أركان حرب غريب عبد الحافظ، في بيان، إن \"العمل جار\".",
        );
        assert_eq!(q[0].2.as_deref(), Some("غريب عبد الحافظ"), "{q:?}");
    }

    #[test]
    fn a_person_with_lam_in_a_title_body_is_no_speaker() {
        let q = quotes("ودعا المشير خليفة حفتر قواته إلى التقدم. وقال الناطق باسم القوات التابعة لحفتر أحمد المسماري إن قواته \"لن تتراجع\".");
        let last = q.last().unwrap();
        assert_eq!(last.2.as_deref(), Some("أحمد المسماري"), "{q:?}");
    }

    #[test]
    fn an_outlet_after_a_detached_lam_is_spoken_to() {
        let q = quotes("وقال أحد العمال لـ\"اليوم السابع\" إن \"الإدارة لم تنفذ شيئا\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("أحد العمال"), "{q:?}");
    }

    #[test]
    fn a_participle_after_a_speech_verb_without_clause_takes_its_subject() {
        let q = quotes("من جانبها، نفت إدارة المصنع ما تردد عن نيتها تسريح العمال، مؤكدة أنها ستدفع الرواتب قريبا.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("إدارة المصنع"), "{q:?}");
    }

    #[test]
    fn the_president_of_the_republic_is_the_own_country_one() {
        let d = TestDoc::new("تسلم رئيس الجمهورية محمد ولد الشيخ الغزواني الرئاسة الدورية للاتحاد الأفريقي خلفا لرئيس جزر القمر غزالي عثماني. وأكد رئيس الجمهورية في خطابه أن القارة تستحق مقعدا دائما.");
        let words = d.words();
        let view = d.view(&words);
        let q = QuoteFinder.find(&view);
        assert_eq!(q.len(), 1, "{q:?}");
        let ghazouani = view
            .mentions
            .iter()
            .find(|m| join_words(&words, &m.tokens) == "محمد ولد الشيخ الغزواني")
            .expect("the president is a mention")
            .cluster;
        assert_eq!(
            q[0].speaker.as_ref().and_then(|s| s.cluster),
            Some(ghazouani),
            "{q:?}"
        );
    }

    #[test]
    fn the_statement_names_its_issuer_after_it() {
        let q = quotes("أجرى الملك عبد الله الثاني اتصالا هاتفيا مع الرئيس الفرنسي، حسب بلاغ صادر عن الديوان الملكي الهاشمي. وأكد البلاغ أن البلدين سيواصلان التنسيق.");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("الديوان الملكي الهاشمي"), "{q:?}");
        assert_eq!(q[1].2.as_deref(), Some("الديوان الملكي الهاشمي"), "{q:?}");
    }

    #[test]
    fn the_statement_is_its_issuers_who_spoke_when_it_was_told_of() {
        let q = quotes("أعلنت الرئاسة التونسية، في بلاغ نشرته ليلة أمس، أن الرئيس قيس سعيد سيستقبل وفدا ليبيا. وأوضح البلاغ أن اللقاء سيتناول ملف الحدود. وحسب المصدر ذاته، فإن الوفد سيصل صباح السبت.");
        assert_eq!(q.len(), 3, "{q:?}");
        assert!(
            q.iter().all(|x| x.2.as_deref() == Some("الرئاسة التونسية")),
            "{q:?}"
        );
        // An issuer named after the statement outranks the subject.
        let q = quotes("وطالبت ليبيا، في بيان لوزارة الخارجية، بعقد اجتماع عاجل. وأكد البيان أن طرابلس لن تقبل أي تدخل.");
        // (The span keeps the glued ل, as every issuer's does.)
        assert_eq!(
            q.last().unwrap().2.as_deref(),
            Some("لوزارة الخارجية"),
            "{q:?}"
        );
    }

    #[test]
    fn the_same_source_is_the_one_quoted_before() {
        let q = quotes("وقال مصدر أمني لبناني إن الجيش أوقف ثلاثة مشتبه بهم. وأضاف المصدر نفسه أن التحقيقات مستمرة.");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[1].2.as_deref(), Some("مصدر أمني لبناني"), "{q:?}");
    }

    #[test]
    fn a_short_quoted_name_does_not_cut_an_attributed_clause() {
        let q = quotes("نفذت الطائرات الحربية غارات على 12 هدفا لتنظيم \"داعش\" في البادية، وفق بيان صادر عن وزارة الدفاع العراقية.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].1.starts_with("نفذت الطائرات"), "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("وزارة الدفاع العراقية"), "{q:?}");
    }

    #[test]
    fn half_is_no_cue() {
        let q =
            quotes("وقال الوزير في مؤتمر صحفي عقب اجتماع استمر ساعة ونصف: \"لم نتفق على شيء\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("الوزير"));
    }

    #[test]
    fn a_second_clause_of_the_same_verb_is_a_second_quote() {
        let q = quotes(
            "وقال وزير الزراعة الأردني خالد الحنيفات إن الموسم «جيد»، وإن الأسعار ستنخفض، \
             مضيفا أن التصدير سيبدأ، وأنه سيشمل الخضار.",
        );
        let texts: Vec<&str> = q.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(
            texts,
            [
                "الموسم « جيد »",
                "الأسعار ستنخفض",
                "التصدير سيبدأ",
                "سيشمل الخضار"
            ],
            "{q:?}"
        );
        assert!(
            q.iter().all(|x| x.2.as_deref() == Some("خالد الحنيفات")),
            "{q:?}"
        );
    }

    #[test]
    fn a_back_attribution_ends_at_its_phrase_and_a_contrast_has_its_own_speaker() {
        let q = quotes(
            "وأغلقت الشرطة الطريق الرئيسي، وفقا لبيان صادر عن قيادة الشرطة، فيما دان رئيس \
             الوزراء محمد شياع السوداني الهجوم، مؤكدا أن الأمن خط أحمر.",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("قيادة الشرطة"), "{q:?}");
        assert_eq!(q[1].2.as_deref(), Some("محمد شياع السوداني"), "{q:?}");
    }

    #[test]
    fn a_participle_after_a_pluperfect_takes_the_subject_before_qad() {
        let q = quotes(
            "وقال الملك عبدالله الثاني إن الأردن يدعم الحل. وكانت النمسا قد أعلنت انسحابها \
             من الاتفاق، معتبرة أنه يضر بمصالحها.",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[1].2.as_deref(), Some("النمسا"), "{q:?}");
    }

    #[test]
    fn a_channel_in_a_relative_clause_on_the_statement_is_no_cue() {
        let q = quotes(
            "من جانبه، قال وزير الخارجية العماني بدر البوسعيدي في تصريح نقلته وكالة الأنباء \
             العمانية إن الجولة كانت «مثمرة».",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("بدر البوسعيدي"), "{q:?}");
    }

    #[test]
    fn the_outlet_of_a_reporter_is_no_quote() {
        let q = quotes("وأكد الرئيس، في تصريح لمبعوث «الأهرام»، أن مصر \"لن تتخلى عن التزاماتها\".");
        assert_eq!(q.len(), 1, "{q:#?}");
        assert!(q[0].1.starts_with("مصر"), "{q:#?}");
    }

    #[test]
    fn a_modals_clause_is_no_reported_speech() {
        let q =
            quotes("وأعلنت الحكومة تخليها عن المشاريع التي يمكن أن تؤدي إلى سباق تسلح في المنطقة.");
        assert!(q.is_empty(), "{q:#?}");
        let q = quotes("وأعلن الوزير، بعد أن يجب أن نصبر، أن الخطة ستنفذ.");
        assert_eq!(q.len(), 1, "{q:#?}");
    }

    #[test]
    fn reported_speech_with_subject_and_participle() {
        let q = quotes("أكد وزير الخارجية المصري سامح شكري أن القاهرة ترفض التهجير، مشيرا إلى أن المفاوضات متعثرة.");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].0, QuoteKind::Reported);
        assert_eq!(q[0].1, "القاهرة ترفض التهجير");
        assert_eq!(q[0].2.as_deref(), Some("سامح شكري"));
        assert_eq!(q[1].1, "المفاوضات متعثرة");
        assert_eq!(q[1].2.as_deref(), Some("سامح شكري"));
    }

    #[test]
    fn channel_and_speaker() {
        let q = quotes("ونقلت وكالة الأناضول عن الرئيس التركي رجب طيب أردوغان قوله، الثلاثاء، إن أنقرة ستواصل الوساطة.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("رجب طيب أردوغان"));
    }

    #[test]
    fn quote_after_with_cue_following() {
        let q = quotes("«الوضع الإنساني كارثي»، قال المسؤول الأممي مارتن غريفيث.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, "الوضع الإنساني كارثي");
        assert_eq!(q[0].2.as_deref(), Some("مارتن غريفيث"));
    }

    #[test]
    fn mixed_quote_and_scare_quotes() {
        let q = quotes("وقال الوزير إن الهجوم \"عمل جبان\" لن يمر دون رد. وناقش الطرفان ملف \"الممرات الآمنة\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0, QuoteKind::Mixed);
        assert_eq!(q[0].2.as_deref(), Some("الوزير"));
    }

    #[test]
    fn attribution_front_and_back() {
        let q = quotes("ووفق الرئاسة المصرية، فإن القمة تناولت الأوضاع في غزة. وتستمر الاشتباكات في المدينة، بحسب ما ذكرت وكالة رويترز.");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].1, "القمة تناولت الأوضاع في غزة");
        assert_eq!(q[0].2.as_deref(), Some("الرئاسة المصرية"));
        assert_eq!(q[1].1, "وتستمر الاشتباكات في المدينة");
    }

    #[test]
    fn attribution_after_what_was_said_and_an_aside_naming_the_channel() {
        // «ووفق ما أفادت X،»: X is the source, not the speaker before.
        let q = quotes(
            "وقال الوزير إن الحدود هادئة. ووفق ما أفادت مصادر أمنية، اعتقلت الشرطة ثلاثة مهربين.",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[1].2.as_deref(), Some("مصادر أمنية"), "{q:?}");
        // «، بحسب ما نقلت عنه وكالة X،»: the subject before the aside
        // speaks, through the outlet.
        let text = "وقال المتحدث باسم الخارجية الصينية وانغ ون بين، بحسب ما نقلت عنه وكالة شينخوا، إن بكين ترحب بالهدنة.";
        let d = TestDoc::new(text);
        let words = d.words();
        let view = d.view(&words);
        let found = QuoteFinder.find(&view);
        assert_eq!(found.len(), 1, "{found:?}");
        let join = |r: &Range<usize>| join_words(&words, r);
        let speaker = found[0].speaker.as_ref().map(|s| join(&s.tokens));
        let via = found[0].via.as_ref().map(|s| join(&s.tokens));
        assert_eq!(speaker.as_deref(), Some("وانغ ون بين"), "{found:?}");
        assert_eq!(via.as_deref(), Some("وكالة شينخوا"), "{found:?}");
        // «، حسب أصدقائه،» names the speaker's own sources, no channel.
        let q = quotes("وقالت صحيفة محلية، حسب أصدقاء الشاب، إنه كان يعاني من الاكتئاب.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("صحيفة محلية"), "{q:?}");
    }

    #[test]
    fn a_title_with_its_body_after_fi_names_the_person_after_it() {
        let q = quotes("وقال القيادي في الجبهة سمير الخطيب إن \"الحوار هو الطريق الوحيد\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("سمير الخطيب"), "{q:?}");
    }

    #[test]
    fn multi_sentence_quote_and_unclosed_mark() {
        let q =
            quotes("وتابع الوزير: \"سنعيد البناء. ولن نترك أحدا\".\n\nوقال السفير: «المعركة طويلة");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].1, "سنعيد البناء . ولن نترك أحدا");
        assert_eq!(q[1].1, "المعركة طويلة");
    }

    #[test]
    fn a_place_inside_the_subject_qualifies_it() {
        let q = quotes("وأكدت مصادر عراقية مطلعة أن الوفد سيصل غدا. وأعلنت مصر أن المعبر مفتوح.");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("مصادر عراقية مطلعة"));
        assert_eq!(q[1].2.as_deref(), Some("مصر"));
    }

    #[test]
    fn hostile_nesting_is_bounded() {
        let text = format!("قال: {}نعم{}", "«".repeat(500), "»".repeat(500));
        let q = quotes(&text);
        assert!(q.len() <= 1);
        let text = "\" ".repeat(3000);
        let _ = quotes(&text);
    }

    #[test]
    fn a_bare_ministry_is_the_ministry_named_before_it() {
        let q = quotes("استدعت وزارة الخارجية والمغتربين السفير الهولندي لدى دمشق، بعد تصريحات لمسؤول في السفارة الهولندية. وقالت الوزارة إن \"التدخل في الشؤون الداخلية مرفوض\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(
            q[0].2.as_deref(),
            Some("وزارة الخارجية والمغتربين"),
            "{q:?}"
        );
    }

    #[test]
    fn a_statement_of_a_body_is_its_issuers() {
        let q = quotes("علقت وزارة الزراعة الأردنية استيراد الخضار من لبنان. وأوضح بيان للوزارة أن القرار مؤقت. كما أكد بيان لوزارة الصحة الأردنية أن الفحوص مستمرة.");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("وزارة الزراعة الأردنية"), "{q:?}");
        // The speaker is whole tokens: the preposition stays on the name.
        assert_eq!(q[1].2.as_deref(), Some("لوزارة الصحة الأردنية"), "{q:?}");
    }

    #[test]
    fn a_short_name_after_a_head_and_its_adjectives_is_no_quote() {
        let q = quotes("فرضت واشنطن عقوبات على شركة الشحن الحكومية \"نجمة البحر\"، متهمة إياها بنقل النفط سرا. وقال المتحدث باسم الخزانة: \"سنلاحق كل من يلتف على القيود\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, "سنلاحق كل من يلتف على القيود", "{q:?}");
    }

    #[test]
    fn a_threat_participle_starts_its_own_quote() {
        let q = quotes("ونددت الحكومة الفنزويلية بالعقوبات، ووصفتها بأنها \"قرصنة اقتصادية\"، متوعدة برد \"حازم ومدروس\".");
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(
            q[0].1.contains("قرصنة اقتصادية") && !q[0].1.contains("متوعدة"),
            "{q:?}"
        );
        assert_eq!(q[1].1, "حازم ومدروس", "{q:?}");
        assert_eq!(q[1].2.as_deref(), Some("الحكومة الفنزويلية"), "{q:?}");
    }

    #[test]
    fn again_inside_a_clause_is_no_participle() {
        let q = quotes("وأضاف المتحدث أن الوفد سيتوجه مجددا إلى جنيف خلال الأيام المقبلة.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(
            q[0].1, "الوفد سيتوجه مجددا إلى جنيف خلال الأيام المقبلة",
            "{q:?}"
        );
    }

    #[test]
    fn a_bare_title_is_the_person_introduced_with_it() {
        let q = quotes("وصرح السفير بسام راضي المتحدث الرسمي باسم الرئاسة بأن الرئيس التقى نظيره الروسي فلاديمير بوتين على هامش القمة. وأضاف المتحدث أن اللقاء تناول مشروع الضبعة.");
        assert_eq!(
            q.last().and_then(|x| x.2.as_deref()),
            Some("بسام راضي"),
            "{q:?}"
        );
    }

    #[test]
    fn a_title_with_a_nisba_is_no_one_of_another_country() {
        let q = quotes("أجرى وزير الخارجية المغربي ناصر بوريطة مباحثات مع وزير خارجية جمهورية بنين أولوشيغون باكاري، الذي يزور المملكة. وأكد الوزير البنيني، في ندوة صحفية، أن بلاده تدعم الحل السياسي.");
        assert_eq!(
            q.last().and_then(|x| x.2.as_deref()),
            Some("أولوشيغون باكاري"),
            "{q:?}"
        );
    }

    #[test]
    fn what_a_threat_calls_by_a_quoted_name_is_said() {
        let q = quotes("وهدد قائد الحرس الثوري حسين سلامي بـ\"رد ساحق\" إذا تعرضت المنشآت لهجوم. واشتهرت الخطة بـ\"الدرع الواقي\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, "رد ساحق", "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("حسين سلامي"), "{q:?}");
    }

    #[test]
    fn a_short_quoted_name_of_an_operation_is_no_quote() {
        let q =
            quotes("أعلن الجيش التركي انطلاق \"عملية مخلب القفل\" ضد مواقع الحزب في شمال العراق.");
        assert!(q.is_empty(), "{q:?}");
    }

    #[test]
    fn a_long_title_and_channel_before_the_reported_clause() {
        let q = quotes("وذكر وزير الدولة لشؤون مجلس الوزراء الشيخ فهد بن يوسف الصباح في تصريح لوكالة الأنباء الكويتية (كونا) أن الحكومة ستعرض الميزانية على مجلس الأمة.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].1.starts_with("الحكومة ستعرض"), "{q:?}");
    }

    #[test]
    fn a_definite_plural_names_the_group_that_spoke_before() {
        let q = quotes("قال مسؤولون أمريكيون للصحفيين إن واشنطن سترسل منظومة دفاع جوي. وأضاف المسؤولون أن الشحنة ستصل خلال أسابيع.");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[1].2.as_deref(), Some("مسؤولون أمريكيون"), "{q:?}");
    }

    #[test]
    fn what_a_verb_describes_by_a_quoted_word_is_no_speech_of_its_object() {
        let q = quotes("وأوضح الباحث أن الخلايا صغيرة. كما وصف هذا النوع من الهجمات بـ\"الخطير\" لسرعة التجنيد. ويرفض الحزب الاعتراف بـ\"المجلس الانتقالي\".");
        assert_eq!(q.len(), 1, "{q:?}");
    }

    #[test]
    fn a_bare_noun_repeats_the_head_of_the_speaker_before() {
        let q = quotes("وقالت منظمة حقوقية ان السلطات الاسرائيلية لم ترد على الاتهامات. وأضافت المنظمة إن التحقيق مستمر.");
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(
            q.iter()
                .all(|x| !x.2.as_deref().unwrap_or("").contains("السلطات")),
            "{q:?}"
        );
    }

    #[test]
    fn an_impersonal_clause_is_attributed_by_a_source_after_it() {
        let q = quotes(
            "ومن المقرر أن يجتمع وزراء الزراعة في الرباط الخميس المقبل، بحسب مصدر حكومي مغربي.",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].1.contains("يجتمع وزراء الزراعة"), "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("مصدر حكومي مغربي"), "{q:?}");
    }

    #[test]
    fn it_is_worth_noting_is_no_speech() {
        let q = quotes("وقال الوزير إن الميناء سيفتح قريبا. يذكر أن تونس وقعت اتفاقا مماثلا مع مالطا في العام الماضي.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].1.starts_with("الميناء"), "{q:?}");
    }

    #[test]
    fn a_statement_by_a_body_names_its_speaker_for_later_cues() {
        let q = quotes("وقررت تونس إغلاق المعبر، وفق ما أفاد به بيان لوزارة الداخلية. وأوضح البيان أن \"القرار مؤقت\".");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("لوزارة الداخلية"), "{q:?}");
        assert_eq!(q[1].2.as_deref(), Some("لوزارة الداخلية"), "{q:?}");
        let q = quotes("وأصدر مكتب الرئيس بيانا مساء أمس. وأكد البيان أن \"الحوار هو الحل\".");
        assert_eq!(q[0].2.as_deref(), Some("مكتب الرئيس"), "{q:?}");
    }

    #[test]
    fn a_body_in_quote_marks_after_its_head_noun_speaks_by_its_name() {
        let q = quotes("وأدانت حركة \"فتح\" الهجوم، واعتبرته \"جريمة نكراء\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("فتح"), "{q:?}");
    }

    #[test]
    fn a_quoted_name_after_a_union_is_no_quote() {
        let q =
            quotes("وقال رئيس نقابة \"الاتحاد الوطني للشغل\" سمير بن علي إن \"الأسعار لا تحتمل\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, "الأسعار لا تحتمل", "{q:?}");
    }

    #[test]
    fn a_relative_clause_on_a_name_gives_its_speaker() {
        let q = quotes(
            "وصل وزير التجارة الألماني روبرت هابيك إلى بكين، ثم التقى رئيس الوزراء الصيني لي تشيانغ، الذي أكد أن بلاده \"منفتحة على الحوار\".",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("لي تشيانغ"), "{q:?}");
    }

    #[test]
    fn a_relative_clause_on_a_title_after_a_name_gives_the_name() {
        // The guest's title in apposition ends with his country's name;
        // the host is named first.
        let q = quotes(
            "واستقبل وزير الخارجية العماني بدر البوسعيدي اليوم معالي هاكان فيدان وزير خارجية الجمهورية التركية، الذي قال في تصريح صحفي إن البلدين \"شريكان في الاستقرار\".",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("هاكان فيدان"), "{q:?}");
    }

    #[test]
    fn a_quoted_charge_after_subject_and_object_is_said() {
        let q = quotes("واتهم المتحدث باسم الحكومة التونسية نصر الدين النصيبي حزب النهضة بـ\"تضليل الرأي العام\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, "تضليل الرأي العام", "{q:?}");
    }

    #[test]
    fn the_object_of_a_coordinated_verb_is_no_speaker() {
        let q = quotes(
            "ونفت السفارة التركية في برلين هذه المزاعم، ووصفت التقارير بأنها \"مفبركة بالكامل\".",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("السفارة التركية"), "{q:?}");
    }

    #[test]
    fn a_mission_of_a_country_speaks_not_the_body_it_is_accredited_to() {
        let q =
            quotes("ونفت بعثة الجزائر لدى الأمم المتحدة، في بيان، الاتهامات، معتبرة أنها \"باطلة\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("بعثة الجزائر"), "{q:?}");
    }

    #[test]
    fn a_group_speaks_through_a_plural_participle() {
        let q = quotes("ونظم المعلمون وقفة أمام الوزارة، مؤكدين أن \"حقوقنا ليست منة من أحد\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("المعلمون"), "{q:?}");
    }

    #[test]
    fn what_a_statement_reads_is_said_by_its_issuer() {
        let q = quotes("وأصدرت وزارة الخارجية القطرية بيانا حول التطورات. وجاء في البيان أن \"الدوحة ترفض أي مساس بسيادة لبنان\". وجاء في البيان الصادر عن رئاسة الحكومة: \"لا تراجع عن الإصلاحات\". ووفقا للبيان، فإن الحكومة ستعيد فتح المعابر.");
        assert_eq!(q.len(), 3, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("وزارة الخارجية القطرية"), "{q:?}");
        assert_eq!(q[1].2.as_deref(), Some("رئاسة الحكومة"), "{q:?}");
        assert_eq!(q[2].2.as_deref(), Some("رئاسة الحكومة"), "{q:?}");
    }

    #[test]
    fn questions_and_warnings_are_speech() {
        let q = quotes("وتساءل رئيس الحزب سامي الجميل عما إذا كانت الحكومة \"تدرك حجم الكارثة\". ونبه الخبير الاقتصادي محمد العريان إلى أن التضخم سيبقى مرتفعا.");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("سامي الجميل"), "{q:?}");
        assert_eq!(q[1].2.as_deref(), Some("محمد العريان"), "{q:?}");
    }

    #[test]
    fn a_name_the_tagger_missed_after_a_title_and_its_body_speaks() {
        let q = quotes("وأوضحت المتحدثة باسم المفوضية الأوروبية نبيلة مصرالي للصحفيين في بروكسل أن \"الاتحاد يتابع الوضع عن كثب\". واتهم القيادي في حماس باسم نعيم قيادة فتح بـ\"المماطلة\".");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("نبيلة مصرالي"), "{q:?}");
        assert_eq!(q[1].2.as_deref(), Some("باسم نعيم"), "{q:?}");
    }

    #[test]
    fn the_topic_of_amma_speaks_through_fa() {
        let q = quotes(
            "وقال الملك عبد الله الثاني إن الإصلاح مستمر. أما وزير المالية فقال إن العجز سيتراجع.",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[1].2.as_deref(), Some("وزير المالية"), "{q:?}");
    }

    #[test]
    fn thus_commented_after_a_quote_is_its_cue() {
        let q = quotes("\"لن نسمح بتكرار ما حدث\"، هكذا علق وزير الداخلية المغربي عبد الوافي لفتيت على الأحداث.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].2.is_some(), "{q:?}");
    }

    #[test]
    fn as_he_put_it_is_not_part_of_the_reported_words() {
        let q = quotes("وقال الرئيس السوري أحمد الشرع إن المرحلة صعبة. وأضاف أن الحكومة \"ستعمل بكل طاقتها\"، على حد تعبيره.");
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(!q[1].1.contains("تعبيره"), "{q:?}");
    }

    #[test]
    fn the_outlet_spoken_to_is_no_speaker() {
        let q = quotes(
            "وصرح مصدر أمني عراقي لوكالة الأنباء الألمانية (د ب أ) بأن انفجارا وقع قرب السفارة.",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("مصدر أمني عراقي"), "{q:?}");
    }

    #[test]
    fn asking_not_to_be_named_is_no_speech() {
        let q =
            quotes("وقال مسؤول في الأمم المتحدة، طالبا عدم نشر اسمه، إن \"الوضع يتدهور بسرعة\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].1.contains("الوضع يتدهور"), "{q:?}");
        assert!(
            q[0].2.as_deref().is_some_and(|s| s.starts_with("مسؤول")),
            "{q:?}"
        );
    }

    #[test]
    fn what_is_said_in_a_call_received_is_the_callers() {
        let q = quotes("وتلقى أمير الكويت الشيخ نواف الأحمد اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون، أكد خلاله أن \"فرنسا تقف إلى جانب الكويت\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(
            q[0].2.as_deref().is_some_and(|s| s.contains("ماكرون")),
            "{q:?}"
        );
    }

    #[test]
    fn an_envoy_or_head_of_a_mission_is_named_after_its_body() {
        // A participle after «رحب», the envoy named past «إلى» and a place.
        let q = quotes("ورحب المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن مارتن غريفيث بالخطوة، معتبرا أنها \"مشجعة\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("مارتن غريفيث"), "{q:?}");
        // A speech verb, the head of a mission named past «في» and a place.
        let q = quotes("وقال رئيس بعثة الأمم المتحدة في ليبيا غسان سلامة إن \"الهدنة صامدة\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("غسان سلامة"), "{q:?}");
    }

    #[test]
    fn an_adviser_to_an_office_is_the_person_named_after_the_portfolio() {
        let q =
            quotes("وقال مستشار الرئيس الفلسطيني للشؤون الدينية محمود الهباش إن القرار \"باطل\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("محمود الهباش"), "{q:?}");
    }

    #[test]
    fn siyadatuhu_is_the_one_introduced_as_al_sayyid() {
        let q = quotes("وقال الأسير المحرر كريم يونس إنه \"سعيد بالعودة\". وفي رام الله، قال السيد الرئيس محمود عباس إن \"الأسرى أولوية\"، مشيدا بالوساطة. وأضاف سيادته أن \"الجهود ستتواصل\".");
        assert_eq!(q.len(), 3, "{q:?}");
        assert_eq!(q[2].2.as_deref(), Some("محمود عباس"), "{q:?}");
    }

    #[test]
    fn after_a_request_verb_and_fiha_the_noun_is_the_one_asked() {
        let q = quotes("اختتم الوفدان جولة اقترحها الرئيس الأمريكي جو بايدن، في جلسة استضافتها مصر وافتتحها وزير خارجيتها سامح شكري بكلمة دعا فيها الطرفين إلى \"التحلي بالمسؤولية\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("سامح شكري"), "{q:?}");
    }

    #[test]
    fn who_gave_what_is_cited_speaks() {
        let q =
            quotes("وبحسب الحصيلة التي نشرتها وزارة الصحة الفلسطينية، فإن عدد الجرحى تجاوز مئتين.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("وزارة الصحة الفلسطينية"), "{q:?}");
    }

    #[test]
    fn a_body_inside_a_title_gives_way_to_the_person_after_it() {
        let q = quotes("ورحب رئيس مفوضية الاتحاد الأوروبي جان كلود يونكر بالاتفاق، داعيا الطرفين إلى \"تنفيذه بحسن نية\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("جان كلود يونكر"), "{q:?}");
    }

    #[test]
    fn what_is_said_in_a_call_made_is_the_makers() {
        let q = quotes("وأجرى وزير الخارجية الأردني أيمن الصفدي اتصالا هاتفيا بنظيره المصري سامح شكري أكد خلاله أن \"الأردن يدعم جهود التهدئة\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("أيمن الصفدي"), "{q:?}");
        // The maker is the subject of the verb the call is joined to.
        let q = quotes("ورحب الرئيس التونسي قيس سعيد بالاتفاق، وأجرى اتصالا هاتفيا بالرئيس الجزائري عبد المجيد تبون أكد خلاله أن \"البلدين سيواصلان التنسيق\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("قيس سعيد"), "{q:?}");
    }

    #[test]
    fn a_verb_after_but_it_keeps_its_pronoun_subject() {
        let q = quotes("رحبت منظمة هيومن رايتس ووتش بالإفراج عن الصحفي، لكنها طالبت السلطات الإيرانية بإطلاق \"جميع سجناء الرأي\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(
            q[0].2.as_deref().is_some_and(|s| s.contains("هيومن رايتس")),
            "{q:?}"
        );
    }

    #[test]
    fn a_quoted_declaration_that_states_is_no_quote() {
        let q = quotes(
            "وأكد \"إعلان المنامة\" الصادر عن القمة رفض التدخل في الشؤون الداخلية للدول العربية.",
        );
        assert!(q.iter().all(|x| x.1 != "إعلان المنامة"), "{q:?}");
    }

    #[test]
    fn what_is_condemned_is_quoted() {
        let q = quotes(
            "وأدانت وزارة الخارجية الأردنية \"الاعتداء الغاشم\" على المدنيين. وتواصل الإدانة الدولية.",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, "الاعتداء الغاشم", "{q:?}");
    }

    #[test]
    fn a_body_named_before_speaks_again_by_its_noun() {
        let q = quotes("وقال المتحدث باسم وزارة الخارجية المصرية إن القاهرة تتابع التطورات. ودعت الوزارة إلى \"ضبط النفس\" في المنطقة.");
        let called = q
            .iter()
            .find(|x| x.1.contains("ضبط النفس"))
            .expect("the call");
        assert!(
            called
                .2
                .as_deref()
                .is_some_and(|s| s.starts_with("وزارة الخارجية")),
            "{q:?}"
        );
    }

    /// The speaker of the quote whose text contains `part`.
    fn speaker_of<'a>(
        q: &'a [(QuoteKind, String, Option<String>, bool)],
        part: &str,
    ) -> Option<&'a str> {
        q.iter()
            .find(|x| x.1.contains(part))
            .unwrap_or_else(|| panic!("no quote with «{part}»: {q:?}"))
            .2
            .as_deref()
    }

    #[test]
    fn what_a_subject_called_what_it_condemned_is_its_words() {
        let q = quotes("وأعلنت الجامعة العربية تأييدها للمبادرة، في حين دانت وزارة الخارجية الإثيوبية ما وصفته بـ\"التدخل السافر\" في شؤونها.");
        assert_eq!(
            speaker_of(&q, "التدخل السافر"),
            Some("وزارة الخارجية الإثيوبية"),
            "{q:?}"
        );
        // The plural's alif falls before the pronoun: «وصفوه» is a cue.
        let q = quotes("وانسحب عدد من نواب المعارضة من الجلسة بسبب ما وصفوه بـ\"تهميش مطالبهم\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, "تهميش مطالبهم");
    }

    #[test]
    fn the_statement_no_one_told_of_is_the_body_that_announced() {
        let q = quotes("أعلنت مديرية الدفاع المدني، اليوم الأحد، أن حريقا اندلع في مستودع للأخشاب قرب الميناء. وأوضح البيان أن فرق الإطفاء سيطرت على النيران، وأن عاملين أصيبا بحروق طفيفة.");
        assert_eq!(
            speaker_of(&q, "فرق الإطفاء"),
            Some("مديرية الدفاع المدني"),
            "{q:?}"
        );
        assert_eq!(
            speaker_of(&q, "عاملين أصيبا"),
            Some("مديرية الدفاع المدني"),
            "{q:?}"
        );
        // A closing statement no issuer is known of speaks for itself, not
        // for the last body named.
        let q = quotes("وقال رئيس الوزراء إن بلاده \"لن تتخلى عن جيرانها\". ولم تحضر حركة العدل والمساواة الجلسة. وأوضح البيان الختامي أن المشاركين اتفقوا على تشكيل لجنة للمتابعة.");
        assert_eq!(
            speaker_of(&q, "لجنة للمتابعة"),
            Some("البيان الختامي"),
            "{q:?}"
        );
    }

    #[test]
    fn a_quoted_body_in_a_title_or_an_outlet_does_not_hide_the_cue() {
        let q = quotes("من جهته، توعد عضو المكتب السياسي في \"حركة الجهاد\" خالد البطش، في حديث لـ\"الميادين\"، بأن \"الرد سيكون في الوقت والمكان المناسبين\".");
        assert_eq!(speaker_of(&q, "الرد سيكون"), Some("خالد البطش"), "{q:?}");
    }

    #[test]
    fn condemned_during_a_call_is_a_cue() {
        let q = quotes("وأجرى وزير الخارجية التركي هاكان فيدان اتصالا هاتفيا بنظيره الأردني أيمن الصفدي، دان خلاله \"استهداف المدنيين العزل\".");
        assert_eq!(
            speaker_of(&q, "استهداف المدنيين"),
            Some("هاكان فيدان"),
            "{q:?}"
        );
    }

    #[test]
    fn urging_and_reminding_are_speech() {
        let q = quotes("وحثت المفوضة الأوروبية أورسولا فون دير لاين الأطراف كافة على تجنب \"أي تصعيد قد يشعل المنطقة\"، مذكرة بأن الاتفاق الموقع قبل عامين \"ما زال صالحا\".");
        assert_eq!(
            speaker_of(&q, "أي تصعيد"),
            Some("أورسولا فون دير لاين"),
            "{q:?}"
        );
        assert_eq!(
            speaker_of(&q, "ما زال صالحا"),
            Some("أورسولا فون دير لاين"),
            "{q:?}"
        );
        // «مذكرة تفاهم» is a memorandum, no cue.
        let q = quotes("ووقع الجانبان مذكرة تفاهم حول \"الشراكة الرقمية\" في مجالات التعليم.");
        assert!(q.is_empty(), "{q:?}");
        // The ones urged, after a coordinated verb, are not the speaker.
        let q = quotes("ورحب الوسيط الأممي مارتن غريفيث بتبادل الأسرى، وحث الأطراف على \"البناء على هذه الخطوة\".");
        assert_eq!(speaker_of(&q, "البناء على"), Some("مارتن غريفيث"), "{q:?}");
    }

    #[test]
    fn what_a_contrasted_group_called_it_is_that_groups() {
        let q = quotes("وأكد البيان الختامي أن المجتمعين اتفقوا على تشكيل لجنة، فيما رفض عدد من ممثلي النقابات، بينهم النقيب سامر الحلبي، التوقيع عليه بسبب ما وصفوه بـ\"إقصاء العمال\".");
        assert_eq!(
            speaker_of(&q, "إقصاء العمال"),
            Some("عدد من ممثلي النقابات"),
            "{q:?}"
        );
    }

    #[test]
    fn a_surname_spelt_like_a_preposition_is_the_man_named_with_it() {
        let q = quotes("وبحث الجانبان التعاون الاقتصادي، بحسب المتحدث باسم الحكومة سامي علي. ولم يحضر وزير المالية الاجتماع، وفق مصادر مطلعة. وأضاف علي أن الوزيرين اتفقا على لقاء جديد.");
        assert_eq!(speaker_of(&q, "الوزيرين اتفقا"), Some("سامي علي"), "{q:?}");
    }

    #[test]
    fn a_time_clause_after_a_demand_is_no_reported_speech() {
        let q = quotes("وتجمع مئات الطلاب أمام مبنى الجامعة، طالبوا خلالها بإقالة العميد، قبل أن تفرقهم الشرطة بالهراوات.");
        assert!(q.iter().all(|x| !x.1.contains("تفرقهم")), "{q:?}");
    }

    #[test]
    fn a_quoted_name_in_apposition_is_no_quote() {
        let q = quotes("أعلنت قيادة القوات المشتركة للتحالف \"تحالف حماية الملاحة في البحر\" إغلاقا مؤقتا لكافة الموانئ.");
        assert!(q.is_empty(), "{q:?}");
    }

    #[test]
    fn a_participle_speaks_for_the_body_after_its_verb_not_the_one_condemned() {
        let q = quotes("وكان نتنياهو قد هاجم المحكمة. وندد حزب جبهة التحرير الوطني بتصريحات نتنياهو، معتبرا أنها \"استفزاز لا يغتفر\".");
        assert_eq!(
            speaker_of(&q, "استفزاز لا يغتفر"),
            Some("حزب جبهة التحرير الوطني"),
            "{q:?}"
        );
    }

    #[test]
    fn a_short_quoted_outlet_inside_a_clause_told_by_a_source_after_it() {
        let q = quotes("استدعت تونس، أمس الأحد، سفيرها في روما للتشاور، على خلفية تصريحات لرئيسة الوزراء نقلتها صحيفة \"لاريبوبليكا\"، بحسب بيان صادر عن رئاسة الجمهورية.");
        assert_eq!(
            speaker_of(&q, "استدعت تونس"),
            Some("رئاسة الجمهورية"),
            "{q:?}"
        );
    }

    #[test]
    fn an_outlet_that_learnt_from_a_source_relays_it() {
        let q = quotes("وعلمت \"وات\" من مصدر أمني أن السلطات أغلقت المعبر الحدودي مؤقتا.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(speaker_of(&q, "أغلقت المعبر"), Some("مصدر أمني"), "{q:?}");
        // With no source, no one's words.
        assert!(quotes("وعلمت أن السلطات أغلقت المعبر الحدودي.").is_empty());
    }

    #[test]
    fn a_time_aside_before_the_clause_and_a_quote_after_an_adverbial_stay_quotes() {
        let q = quotes("وأعلن الوزير، قبل أن يغادر القاعة، أن الحكومة ستقدم استقالتها.");
        assert_eq!(speaker_of(&q, "الحكومة ستقدم"), Some("الوزير"), "{q:?}");
        let q = quotes("وقال الرئيس في كلمته الافتتاحية \"خطة السلام لم تعد قائمة اليوم\".");
        assert_eq!(q.len(), 1, "{q:?}");
    }

    #[test]
    fn a_quoted_body_after_its_verb_is_the_subject_not_a_quote() {
        let q = quotes(
            "وأعلن \"حزب الله\"، في بيان، رفضه القاطع للخطة، معتبرا أنها \"تخدم العدو وحده\".",
        );
        assert!(q.iter().all(|x| x.1 != "حزب الله"), "{q:?}");
        assert_eq!(speaker_of(&q, "تخدم العدو"), Some("حزب الله"), "{q:?}");
    }

    #[test]
    fn a_quoted_radio_or_principle_is_a_name_and_a_time_may_follow_it() {
        let q = quotes("وأكد الوزير دعم بلاده لمبدأ \"الصين الواحدة\" في كل المحافل.");
        assert!(q.is_empty(), "{q:?}");
        let q = quotes("وقال وزير الخارجية النمساوي ألكسندر شالنبرغ لإذاعة \"أو آر إف\" أمس إنه سيزور طهران قريبا.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(
            speaker_of(&q, "سيزور طهران"),
            Some("ألكسندر شالنبرغ"),
            "{q:?}"
        );
    }

    #[test]
    fn a_title_before_the_name_of_the_main_verb_gives_the_person() {
        let q = quotes("وكان الرئيس السيسي قد استقبل الخميس الماضي وفدا من شيوخ القبائل، مؤكدا خلال اللقاء أن مصر \"لن تقبل بتهديد أمنها\".");
        assert_eq!(speaker_of(&q, "لن تقبل"), Some("السيسي"), "{q:?}");
        // A name in a genitive after a preposition is not the speaker.
        let q = quotes("وأعلنت الحكومة أنها أتلفت مخزونها، إلا أن مسؤولا عسكريا في جيش حفتر قال إنه، رغم ذلك، ما زالت هناك مواد \"خطيرة\" في الجنوب.");
        assert_ne!(speaker_of(&q, "خطيرة"), Some("حفتر"), "{q:?}");
    }

    #[test]
    fn the_verb_condemned_before_a_title_is_no_speaker() {
        let q = quotes(
            "ودان المتحدث باسم الخارجية الأمريكية جون كيربي الهجوم، واصفا إياه بـ\"العمل الجبان\".",
        );
        assert_eq!(speaker_of(&q, "العمل الجبان"), Some("جون كيربي"), "{q:?}");
    }

    #[test]
    fn the_subject_after_kana_speaks_across_an_aside() {
        let q = quotes("وكان رئيس الوزراء نجيب ميقاتي، في كلمة ألقاها بعد اجتماع مع وفد صندوق النقد الدولي، قد أعلن أن الحكومة \"ستقر خطة التعافي\".");
        assert_eq!(speaker_of(&q, "ستقر خطة"), Some("نجيب ميقاتي"), "{q:?}");
    }

    #[test]
    fn the_presidency_named_with_its_genitive_issues_the_statement() {
        let q = quotes("أدانت رئاسة الجمهورية، في بيان لها اليوم، الهجوم على القافلة. وأوضح البيان أن الضحايا \"كانوا مدنيين\".");
        assert_eq!(
            speaker_of(&q, "كانوا مدنيين"),
            Some("رئاسة الجمهورية"),
            "{q:?}"
        );
        // A building named by its body issues nothing.
        let q = quotes("وكان الرئيسان قد عقدا جلسة محادثات بمقر رئاسة الجمهورية، وفق ما أفاد بيان صادر عن الرئاسة.");
        assert_eq!(speaker_of(&q, "جلسة محادثات"), Some("الرئاسة"), "{q:?}");
    }

    #[test]
    fn names_and_blessings_in_quote_marks_are_not_quotes() {
        // A body's name in quote marks as the cue's subject: the clause
        // after «أن» is what it said.
        let q = quotes("بيروت - الوطنية\nوأعلنت \"المقاومة الإسلامية\" في بيان أن مجموعة من عناصرها نفذت العملية ردا على الغارة.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].1.starts_with("مجموعة من عناصرها"), "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("المقاومة الإسلامية"), "{q:?}");
        // A blessing after a ruler's name.
        let q = quotes(
            "ونقل الوزير تحيات الشيخ خليفة بن زايد آل نهيان رئيس الدولة \"حفظه الله\" إلى الرئيس.",
        );
        assert!(q.is_empty(), "{q:?}");
        // An agency's short name after its full name.
        let q = quotes(
            "ونقلت وكالة الأنباء السعودية \"واس\" عن الوزير قوله إن المملكة \"لن تقبل بأي تدخل\".",
        );
        assert!(q.iter().all(|x| x.1 != "واس"), "{q:?}");
        // A short quote after a verb, a comma and a participle's clause:
        // still a quote.
        let q = quotes("وكان نائب الوزير قد استدعى السفير، وأبلغه \"احتجاجا صارما\"، مؤكدا أن بلاده \"لن تتهاون\".");
        assert!(q.iter().any(|x| x.1 == "احتجاجا صارما"), "{q:?}");
    }

    #[test]
    fn a_family_name_of_the_nisba_form_ends_an_unknown_name() {
        let q = quotes("وقال رئيس مجلس النواب راشيد الطالبي العلمي، في كلمة افتتح بها الجلسة، إن المغرب \"شريك موثوق\".");
        assert_eq!(q[0].2.as_deref(), Some("راشيد الطالبي العلمي"), "{q:?}");
    }
}
