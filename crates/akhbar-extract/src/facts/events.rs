//! Who did what to whom: political events in the PLOVER ontology.
//!
//! A trigger (a verb: «التقى», «استقبل», «زار», «أدان»; a verbal noun:
//! «زيارة», «لقاء», «محادثات»; or a light verb and its noun: «أجرى اتصالا
//! هاتفيا», «فرض عقوبات», «شن غارات») gives the event type, its PLOVER mode
//! and its CAMEO root code. Its actors come from the entity mentions around
//! it, by the shape Arabic news gives them:
//!
//! - a verb's subject follows it (VSO: «استقبل الرئيس المصري نظيره
//!   الفرنسي») or, in headlines, precedes it; its object follows the
//!   subject, bare or after مع/ب/على/ل/إلى;
//! - a verbal noun's source is its genitive («زيارة الأسد لموسكو»), or the
//!   subject of the sentence when it carries a pronoun («خلال لقائه»);
//!   «بين X و Y» names both sides;
//! - «تلقى X اتصالا من Y» turns the sides around;
//! - «الرئيسان», «الجانبان» stand for the two sides of the last meeting.
//!
//! Negation («لم يلتق», «نفى أن يكون قد التقى»), plans («سيزور», «من
//! المقرر أن», «المرتقب», a date after publication) and conditionals
//! («إذا», «قد») set the modality. The same event told twice in one
//! article is merged into one.

use std::ops::Range;
use std::sync::OnceLock;

use akhbar_text::calendar::Date;

use super::quotes::{Quote, SpeakerRef};
use super::{
    has_word, is_count_word, strip_conjunction, verb_forms, whole_or_bare, word_set, ActorRef,
    DocView, Lexicon, WordSet,
};
use crate::entities::kb::EntryKind;
use crate::entities::ner::NerLabel;

/// The sixteen PLOVER event types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventType {
    /// Agree to, sign, settle.
    Agree,
    /// Meet, visit, host, call, negotiate.
    Consult,
    /// Praise, endorse, welcome, back.
    Support,
    /// Yield: release, cease fire, ease, resign.
    Concede,
    /// Cooperate, restore relations.
    Cooperate,
    /// Give aid.
    Aid,
    /// Withdraw.
    Retreat,
    /// Ask, call on, demand.
    Request,
    /// Accuse, condemn, criticize.
    Accuse,
    /// Reject, refuse.
    Reject,
    /// Threaten.
    Threaten,
    /// Demonstrate, strike.
    Protest,
    /// Sanction, cut ties, expel.
    Sanction,
    /// Mobilize forces.
    Mobilize,
    /// Arrest, detain, seize, blockade.
    Coerce,
    /// Strike, shell, attack, kill.
    Assault,
}

impl EventType {
    /// The PLOVER name: `CONSULT`, `ASSAULT`, …
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Agree => "AGREE",
            EventType::Consult => "CONSULT",
            EventType::Support => "SUPPORT",
            EventType::Concede => "CONCEDE",
            EventType::Cooperate => "COOPERATE",
            EventType::Aid => "AID",
            EventType::Retreat => "RETREAT",
            EventType::Request => "REQUEST",
            EventType::Accuse => "ACCUSE",
            EventType::Reject => "REJECT",
            EventType::Threaten => "THREATEN",
            EventType::Protest => "PROTEST",
            EventType::Sanction => "SANCTION",
            EventType::Mobilize => "MOBILIZE",
            EventType::Coerce => "COERCE",
            EventType::Assault => "ASSAULT",
        }
    }

    /// Both sides act alike (a meeting, an agreement): the order of source
    /// and target carries no meaning when comparing events.
    pub fn is_symmetric(self) -> bool {
        matches!(
            self,
            EventType::Consult | EventType::Agree | EventType::Cooperate
        )
    }
}

/// Whether the event happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Modality {
    /// Reported as having happened or happening.
    Asserted,
    /// Scheduled or announced for later.
    Planned,
    /// Under a condition, or only possible.
    Hypothetical,
    /// Said not to have happened.
    Denied,
}

impl Modality {
    /// `asserted`, `planned`, `hypothetical` or `denied`.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Planned => "planned",
            Modality::Hypothetical => "hypothetical",
            Modality::Denied => "denied",
        }
    }
}

/// An actor of an event: an entity mention or a generic actor phrase
/// («السلطات الدنماركية»), or a stand-in («الرئيسان») resolved to them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    /// Tokens naming it.
    pub tokens: Range<usize>,
    /// The entity, for a mention.
    pub cluster: Option<usize>,
    /// Country of a generic phrase (ISO alpha-3).
    pub country: Option<String>,
    /// Sector of a generic phrase.
    pub sector: Option<&'static str>,
    /// The fuller phrase a bare noun («الوزارة») stands for.
    pub alias: Option<Range<usize>>,
    /// A place standing for the state it lies in: the capital an envoy is
    /// recalled from («سفيرها في القاهرة» → Egypt).
    pub state: bool,
}

impl From<&ActorRef> for Actor {
    fn from(m: &ActorRef) -> Actor {
        Actor {
            tokens: m.tokens.clone(),
            cluster: m.cluster,
            country: m.country.clone(),
            sector: m.sector,
            alias: m.alias.clone(),
            state: false,
        }
    }
}

impl From<&SpeakerRef> for Actor {
    fn from(sp: &SpeakerRef) -> Actor {
        Actor {
            tokens: sp.tokens.clone(),
            cluster: sp.cluster,
            country: None,
            sector: None,
            alias: None,
            state: false,
        }
    }
}

impl Actor {
    /// Words that name no entity, as written («موقع المطلة», «25 متظاهرا»),
    /// with the sector they stand for when it is known.
    fn phrase(tokens: Range<usize>, sector: Option<&'static str>) -> Actor {
        Actor {
            tokens,
            cluster: None,
            country: None,
            sector,
            alias: None,
            state: false,
        }
    }

    /// The same entity, or the same words.
    fn same(&self, other: &Actor) -> bool {
        match (self.cluster, other.cluster) {
            (Some(a), Some(b)) => a == b,
            _ => {
                self.alias.as_ref().unwrap_or(&self.tokens)
                    == other.alias.as_ref().unwrap_or(&other.tokens)
            }
        }
    }
}

/// One event.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// PLOVER type.
    pub kind: EventType,
    /// PLOVER mode, where one applies (`visit`, `host`, `meet`, `phone`,
    /// `multilateral`, `aerial`, …).
    pub mode: Option<&'static str>,
    /// CAMEO root code (two digits).
    pub cameo: &'static str,
    /// Who acts.
    pub source: Vec<Actor>,
    /// Who is acted on.
    pub target: Vec<Actor>,
    /// Where, when the text says.
    pub location: Option<Actor>,
    /// When: the day of a time expression in the sentence.
    pub date: Option<Date>,
    /// The calendar period (ISO day, month or year) of that time
    /// expression, when it names one.
    pub period: Option<String>,
    /// The trigger tokens.
    pub trigger: Range<usize>,
    /// The sentence of the trigger.
    pub sentence: usize,
    /// Said not to have happened.
    pub negated: bool,
    /// Asserted, planned, hypothetical or denied.
    pub modality: Modality,
    /// How sure the extractor is, 0–1.
    pub confidence: f32,
    /// Triggers of later mentions of the same event.
    pub also: Vec<Range<usize>>,
}

/// How a trigger finds its actors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Frame {
    /// A verb: subject after it (or before it), then the object.
    Verb,
    /// A verbal noun: genitive or sentence subject, then the object.
    Noun,
    /// A noun that needs a light verb before it («أجرى اتصالا», «فرض
    /// عقوبات»); alone it is a plain noun.
    LightNoun,
    /// A circumstantial participle («داعيا», «مطالبا», «متهما»): the
    /// sentence's subject acts on the object after it.
    Participle,
}

#[derive(Clone, Copy, Debug)]
struct Trigger {
    kind: EventType,
    mode: Option<&'static str>,
    cameo: &'static str,
    frame: Frame,
    /// The actors come the other way round («تلقى اتصالا من»).
    reversed: bool,
    /// The past stem of a verb, the forms of a noun: which word it is.
    stem: &'static str,
}

/// Verb triggers: past stem, present stem, type, mode, CAMEO root.
const VERBS: &[(&str, &str, EventType, Option<&str>, &str)] = &[
    ("التقى", "لتقي", EventType::Consult, Some("meet"), "04"),
    ("اجتمع", "جتمع", EventType::Consult, Some("meet"), "04"),
    ("بحث", "بحث", EventType::Consult, Some("meet"), "04"),
    ("تباحث", "تباحث", EventType::Consult, Some("meet"), "04"),
    ("ناقش", "ناقش", EventType::Consult, Some("meet"), "04"),
    ("تشاور", "تشاور", EventType::Consult, Some("meet"), "04"),
    ("تحادث", "تحادث", EventType::Consult, Some("meet"), "04"),
    ("توسط", "توسط", EventType::Consult, Some("mediate"), "04"),
    ("استقبل", "ستقبل", EventType::Consult, Some("host"), "04"),
    ("استضاف", "ستضيف", EventType::Consult, Some("host"), "04"),
    ("احتضن", "حتضن", EventType::Consult, Some("host"), "04"),
    ("زار", "زور", EventType::Consult, Some("visit"), "04"),
    ("هاتف", "هاتف", EventType::Consult, Some("phone"), "04"),
    ("اتصل", "تصل", EventType::Consult, Some("phone"), "04"),
    ("فاوض", "فاوض", EventType::Consult, Some("meet"), "04"),
    ("تفاوض", "تفاوض", EventType::Consult, Some("meet"), "04"),
    ("وقع", "وقع", EventType::Agree, None, "05"),
    ("اتفق", "تفق", EventType::Agree, None, "03"),
    ("وافق", "وافق", EventType::Agree, None, "03"),
    ("رحب", "رحب", EventType::Support, None, "05"),
    ("أيد", "ؤيد", EventType::Support, None, "05"),
    ("دعم", "دعم", EventType::Support, None, "05"),
    ("أشاد", "شيد", EventType::Support, None, "05"),
    ("ثمن", "ثمن", EventType::Support, None, "05"),
    ("تضامن", "تضامن", EventType::Support, None, "05"),
    ("تعاون", "تعاون", EventType::Cooperate, None, "06"),
    ("ساعد", "ساعد", EventType::Aid, None, "07"),
    ("انسحب", "نسحب", EventType::Retreat, None, "08"),
    ("أفرج", "فرج", EventType::Concede, None, "08"),
    ("أطلق سراح", "", EventType::Concede, None, "08"),
    ("استقال", "ستقيل", EventType::Concede, None, "08"),
    ("دعا", "دعو", EventType::Request, None, "02"),
    ("طالب", "طالب", EventType::Request, None, "10"),
    ("ناشد", "ناشد", EventType::Request, None, "02"),
    ("حث", "حث", EventType::Request, None, "02"),
    ("طلب", "طلب", EventType::Request, None, "02"),
    ("اتهم", "تهم", EventType::Accuse, None, "11"),
    ("أدان", "دين", EventType::Accuse, None, "11"),
    ("انتقد", "نتقد", EventType::Accuse, None, "11"),
    ("ندد", "ندد", EventType::Accuse, None, "11"),
    ("استنكر", "ستنكر", EventType::Accuse, None, "11"),
    ("شجب", "شجب", EventType::Accuse, None, "11"),
    ("دان", "دين", EventType::Accuse, None, "11"),
    ("حمل", "حمل", EventType::Accuse, None, "11"),
    ("رفض", "رفض", EventType::Reject, None, "12"),
    // A denial rejects what it denies, unless that is an event of its own
    // («نفى أن يكون قد التقى …» denies the meeting): see `denies_an_event`.
    ("نفى", "نفي", EventType::Reject, None, "12"),
    ("هدد", "هدد", EventType::Threaten, None, "13"),
    ("توعد", "توعد", EventType::Threaten, None, "13"),
    // Only «تحتفظ بحقها في الرد» (see `needs_context`).
    ("احتفظ", "حتفظ", EventType::Threaten, None, "13"),
    // Only when the warning is of the speaker's own response: see
    // `needs_context`.
    ("حذر", "حذر", EventType::Threaten, None, "13"),
    ("تظاهر", "تظاهر", EventType::Protest, None, "14"),
    ("احتج", "حتج", EventType::Protest, None, "14"),
    ("تظاهروا", "", EventType::Protest, None, "14"),
    ("اعتصم", "عتصم", EventType::Protest, None, "14"),
    // Only with a counted crowd after them: see `needs_context`
    // («احتشد آلاف المواطنين», not «تجمع المهنيين»).
    ("احتشد", "حتشد", EventType::Protest, None, "14"),
    ("تجمع", "تجمع", EventType::Protest, None, "14"),
    ("طرد", "طرد", EventType::Sanction, None, "16"),
    ("قطع", "قطع", EventType::Sanction, None, "16"),
    ("علق", "علق", EventType::Sanction, None, "16"),
    // Only with a treaty after it: see `needs_context`.
    ("ألغى", "لغي", EventType::Sanction, None, "16"),
    // Only with assets, aid or ties after it: see `needs_context`.
    ("جمد", "جمد", EventType::Sanction, None, "16"),
    // Only with borders, crossings, airspace or missions after it: see
    // `needs_context` («أغلق المحتجون الطريق» is no sanction).
    ("أغلق", "غلق", EventType::Sanction, None, "16"),
    ("حشد", "حشد", EventType::Mobilize, None, "15"),
    // Only with forces after it: see `needs_context` («نشرت الصحيفة» is
    // publishing).
    ("نشر", "نشر", EventType::Mobilize, None, "15"),
    ("اعتقل", "عتقل", EventType::Coerce, None, "17"),
    ("احتجز", "حتجز", EventType::Coerce, None, "17"),
    // Abduction is unconventional violence (CAMEO 181), not coercion.
    ("اختطف", "ختطف", EventType::Assault, None, "18"),
    ("خطف", "خطف", EventType::Assault, None, "18"),
    ("حاصر", "حاصر", EventType::Coerce, None, "17"),
    ("رحل", "رحل", EventType::Coerce, None, "17"),
    ("قصف", "قصف", EventType::Assault, None, "19"),
    ("هاجم", "هاجم", EventType::Assault, None, "18"),
    ("استهدف", "ستهدف", EventType::Assault, None, "19"),
    ("اغتال", "غتال", EventType::Assault, None, "18"),
    ("قتل", "قتل", EventType::Assault, None, "18"),
    ("ذبح", "ذبح", EventType::Assault, None, "18"),
    ("اقتحم", "قتحم", EventType::Assault, None, "19"),
    // No present: «لن يغير شيئا» changes.
    ("أغار", "", EventType::Assault, Some("aerial"), "19"),
    // «قضت الوحدات الأمنية على …»: eliminating, only with «على»: see
    // `needs_context`. No present: «يقضي الاتفاق بـ» provides for.
    ("قضى", "", EventType::Assault, None, "19"),
    // Only with the partner after «مع»: see `needs_context`.
    ("نسق", "نسق", EventType::Cooperate, None, "06"),
    // Only of intelligence or expertise: see `needs_context` («تبادل
    // السفراء», «تبادلا التهاني» carry other events or none).
    ("تبادل", "تبادل", EventType::Cooperate, None, "06"),
    // Shooting down aircraft only: see `needs_context` («أسقط النظام»,
    // «أسقطت المحكمة التهم»); no present: «يسقط» falls.
    ("أسقط", "", EventType::Assault, None, "19"),
    ("غزا", "غزو", EventType::Assault, None, "19"),
    ("اجتاح", "جتاح", EventType::Assault, None, "19"),
    ("استدعى", "ستدعي", EventType::Accuse, None, "11"),
    ("استأنف", "ستأنف", EventType::Cooperate, None, "05"),
    ("اعترف", "عترف", EventType::Support, None, "05"),
    ("سحب", "سحب", EventType::Sanction, None, "16"),
    // Only with what they send, give or fire, or where they go: see
    // `needs_context`.
    ("أرسل", "رسل", EventType::Aid, None, "07"),
    ("قدم", "قدم", EventType::Aid, None, "07"),
    ("أطلق", "طلق", EventType::Assault, None, "19"),
    ("توجه", "توجه", EventType::Consult, Some("visit"), "04"),
    // A treaty concluded; a strike (past only: «يضرب» is "hits"); a
    // donation.
    ("أبرم", "برم", EventType::Agree, None, "05"),
    ("أضرب", "", EventType::Protest, None, "14"),
    ("تبرع", "تبرع", EventType::Aid, None, "07"),
];

/// Verbal-noun triggers: forms, type, mode, CAMEO root, frame.
const NOUNS: &[(&str, EventType, Option<&str>, &str, Frame)] = &[
    (
        "لقاء|لقائه|لقائها|لقائهما|اللقاء|لقاءه|لقاءات",
        EventType::Consult,
        Some("meet"),
        "04",
        Frame::Noun,
    ),
    (
        "اجتماع|اجتماعا|الاجتماع|اجتماعه|اجتماعها|اجتماعات",
        EventType::Consult,
        Some("meet"),
        "04",
        Frame::Noun,
    ),
    (
        "محادثات|المحادثات|محادثاته|مباحثات|المباحثات|مباحثاته|مشاورات|المشاورات|مفاوضات|المفاوضات",
        EventType::Consult,
        Some("meet"),
        "04",
        Frame::Noun,
    ),
    (
        "زيارة|الزيارة|زيارته|زيارتها|زيارتهم|زيارات",
        EventType::Consult,
        Some("visit"),
        "04",
        Frame::Noun,
    ),
    (
        "استقبال|استقباله|استقبالها",
        EventType::Consult,
        Some("host"),
        "04",
        Frame::Noun,
    ),
    // A third party's good offices: see `mediation`.
    (
        "وساطة|الوساطة|وساطته|وساطتها|بوساطة|رعاية|برعاية",
        EventType::Consult,
        Some("mediate"),
        "04",
        Frame::Noun,
    ),
    (
        "قمة|القمة",
        EventType::Consult,
        Some("multilateral"),
        "04",
        Frame::Noun,
    ),
    // «وكان في مقدمة مستقبليه X», «كان X في مقدمة مستقبلي الأمير»: a
    // welcome at arrival (see `reception_sides`).
    (
        RECEIVERS,
        EventType::Consult,
        Some("host"),
        "04",
        Frame::Noun,
    ),
    (
        "اتصالا|اتصال|الاتصال|اتصاله|اتصالين|اتصالات|الاتصالات|اتصالاته|مكالمة|المكالمة|مكالمته",
        EventType::Consult,
        Some("phone"),
        "04",
        Frame::LightNoun,
    ),
    (
        "اتفاقية|الاتفاقية|اتفاقا|اتفاق|الاتفاق|اتفاقيات|مذكرة|مذكرتي|مذكرتين|مذكرات|معاهدة",
        EventType::Agree,
        None,
        "05",
        Frame::LightNoun,
    ),
    // A signing witnessed («وشهد الزعيمان توقيع محضر …») or told with its
    // signers («توقيع البابا وشيخ الأزهر على الوثيقة»): see
    // `needs_context`.
    (SIGNING, EventType::Agree, None, "05", Frame::Noun),
    // Only right after signing (see `needs_context`): «عقود» are also
    // decades, «عقد» the verb that holds a meeting.
    (CONTRACTS, EventType::Agree, None, "05", Frame::LightNoun),
    (
        "ترحيب|ترحيبه|ترحيبها|ترحيبهما|ترحيبهم",
        EventType::Support,
        None,
        "05",
        Frame::Noun,
    ),
    (
        "تأييد|تأييده|تأييدها|دعمه|دعمها|دعمهم|إشادة|إشادته",
        EventType::Support,
        None,
        "05",
        Frame::Noun,
    ),
    (
        "مساعدات|مساعدة|المساعدات",
        EventType::Aid,
        None,
        "07",
        Frame::LightNoun,
    ),
    (
        "قرض|قرضا|قروض|منحة|منحا|هبة",
        EventType::Aid,
        Some("economic"),
        "07",
        Frame::LightNoun,
    ),
    // Conferences (not a press conference: see `needs_context`).
    (
        "مؤتمر|مؤتمرا|المؤتمر",
        EventType::Consult,
        Some("multilateral"),
        "04",
        Frame::Noun,
    ),
    (
        "اعتراف|الاعتراف|اعترافه|اعترافها",
        EventType::Support,
        None,
        "05",
        Frame::Noun,
    ),
    (
        "اقتحام|الاقتحام|اقتحامه|اقتحامها|اقتحامات",
        EventType::Assault,
        None,
        "19",
        Frame::Noun,
    ),
    // «وأعلن الزعيمان اتفاقهما على …»: an agreement with its sides in the
    // pronoun.
    (
        "اتفاقهما|اتفاقهم",
        EventType::Agree,
        None,
        "03",
        Frame::Noun,
    ),
    // An offer to act: «أبدى استعداده», «أطلق مبادرة».
    (
        "استعداد|استعداده|استعدادها|استعدادهم|استعدادهما",
        EventType::Agree,
        None,
        "03",
        Frame::Noun,
    ),
    (
        "مبادرة|المبادرة|مبادرته|مبادرتها",
        EventType::Agree,
        None,
        "03",
        Frame::LightNoun,
    ),
    // «عقد جلسة حوار», «جلسة مباحثات»: only with the talks after it; «جلسة
    // مجلس الأمن»: a sitting of an international body. See
    // `needs_context`.
    (
        "جلسة|جلسات|الجلسة|جلستها|جلسته",
        EventType::Consult,
        Some("meet"),
        "04",
        Frame::LightNoun,
    ),
    (
        "المطالبة|بالمطالبة|مطالبته|مطالبتها|مطالبتهم",
        EventType::Request,
        None,
        "10",
        Frame::Noun,
    ),
    (
        "معارك|المعارك|اشتباكات|الاشتباكات",
        EventType::Assault,
        None,
        "19",
        Frame::Noun,
    ),
    (
        "ضربة|الضربة|ضربات|الضربات|ضرباتها|ضرباته|ضرباتهما|ضرباتهم",
        EventType::Assault,
        Some("aerial"),
        "19",
        Frame::LightNoun,
    ),
    (
        "وقف",
        EventType::Concede,
        Some("ceasefire"),
        "08",
        Frame::Noun,
    ),
    // Only as what a state decides or announces: see `needs_context`
    // («قررت الكويت خفض عدد الدبلوماسيين …»).
    (DECIDED_CUTS, EventType::Sanction, None, "16", Frame::Noun),
    // Only of money or aid that no noun of its own tells: see
    // `needs_context` («أعلنت الإمارات تقديم 100 مليون دولار للسودان»).
    (GIVING_NOUN, EventType::Aid, None, "07", Frame::Noun),
    (
        "انسحاب|الانسحاب",
        EventType::Retreat,
        None,
        "08",
        Frame::Noun,
    ),
    (
        "إدانة|إدانته|إدانتها|تنديد|تنديده|تنديدها|استنكار|استنكاره",
        EventType::Accuse,
        None,
        "11",
        Frame::Noun,
    ),
    (
        "اتهامات|الاتهامات|اتهام|الاتهام|اتهامه|اتهامها|دعوى|الدعوى|دعاوى",
        EventType::Accuse,
        None,
        "11",
        Frame::Noun,
    ),
    (
        "رفضه|رفضها|رفضهم|رفضهما",
        EventType::Reject,
        None,
        "12",
        Frame::Noun,
    ),
    (
        "تهديدات|تهديد|تهديده",
        EventType::Threaten,
        None,
        "13",
        Frame::Noun,
    ),
    (
        "مظاهرات|مظاهرة|تظاهرة|تظاهرات|احتجاجات|احتجاج|اعتصام|إضراب|وقفة|وقفات",
        EventType::Protest,
        None,
        "14",
        Frame::Noun,
    ),
    // Recalling one's own envoy, only with the envoy after it: see
    // `own_envoy`.
    (
        "استدعاء|باستدعاء|واستدعاء",
        EventType::Sanction,
        None,
        "16",
        Frame::Noun,
    ),
    // A boycott, only of a sitting, a vote or talks: see `needs_context`.
    // Its forms as written, not the bare «قاطع» («بشكل قاطع», «رفض قاطع»)
    // nor «قاطعا», «قاطعة», «تقاطع»: mostly "firm" and "crossing".
    (
        "وقاطع|قاطعت|وقاطعت|يقاطع|وتقاطع|قاطعوا|يقاطعون|سيقاطع|ستقاطع|قاطعته|قاطعتها|وقاطعته|\
         وقاطعتها|قاطعه|قاطعها|وقاطعه|وقاطعها",
        EventType::Protest,
        None,
        "14",
        Frame::Verb,
    ),
    // Military exercises and joint patrols («أجرت القوات مناورات
    // مشتركة»), only as such: see `needs_context` («مناورات سياسية»).
    (
        "مناورات|مناورة|المناورات|المناورة|دوريات|الدوريات",
        EventType::Mobilize,
        None,
        "15",
        Frame::LightNoun,
    ),
    // Marches, only as protests: see `needs_context` («طائرة مسيرة» is a
    // drone, «مسيرة السلام» a process).
    (
        "مسيرة|مسيرات|إضرابا|إضرابات|اعتصاما|اعتصامات",
        EventType::Protest,
        None,
        "14",
        Frame::Noun,
    ),
    (
        "تعليق|بتعليق|وتعليق|التعليق",
        EventType::Sanction,
        None,
        "16",
        Frame::Noun,
    ),
    // «استخدمت روسيا حق النقض (الفيتو) ضد مشروع القرار»: a veto
    // rejects (PLOVER REJECT, CAMEO 12); «محكمة النقض» is no veto.
    (
        "الفيتو|فيتو|النقض",
        EventType::Reject,
        None,
        "12",
        Frame::LightNoun,
    ),
    (
        "عقوبات|العقوبات|عقوبة|العقوبة",
        EventType::Sanction,
        None,
        "16",
        Frame::LightNoun,
    ),
    // Joint work, only with «مشترك» after it: see `needs_context`.
    (
        "تحقيق|تحقيقا|التحقيق|تشغيل|التشغيل|دوريات|الدوريات",
        EventType::Cooperate,
        None,
        "06",
        Frame::Noun,
    ),
    // Restoring or upgrading ties, only with the ties or an embassy after
    // it: see `needs_context`.
    (
        "رفع|برفع|إعادة|بإعادة|استئناف|باستئناف",
        EventType::Cooperate,
        None,
        "05",
        Frame::Noun,
    ),
    // Only with its doer and object after it: see `needs_context`.
    (
        "استهداف|الاستهداف|استهدافه|استهدافها|استهدافهم",
        EventType::Assault,
        None,
        "19",
        Frame::Noun,
    ),
    (
        "اعتقال|احتجاز|اختطاف",
        EventType::Coerce,
        None,
        "17",
        Frame::Noun,
    ),
    // Only with people as the object: see `needs_context`.
    (ARREST_NOUNS, EventType::Coerce, None, "17", Frame::Noun),
    (DISPERSAL_NOUNS, EventType::Coerce, None, "17", Frame::Noun),
    (
        "غارة|غارات|الغارات|غارتين|غاراتها|غاراته|غاراتهم|غارتها|غارته",
        EventType::Assault,
        Some("aerial"),
        "19",
        Frame::LightNoun,
    ),
    // Only with «عسكرية» after it: see `needs_context`.
    (
        "عملية|العملية|عمليات",
        EventType::Assault,
        None,
        "19",
        Frame::Noun,
    ),
    // Granting a request: only «استجابة لطلب/لمناشدة/لدعوة …» (see
    // `needs_context` and `requester_after`).
    (RESPONSE_NOUNS, EventType::Agree, None, "03", Frame::Noun),
    // A complaint lodged against a state («تقدم لبنان بشكوى ضد إسرائيل»),
    // with its own light verbs: see `is_complaint_verb`.
    (
        COMPLAINT_NOUNS,
        EventType::Accuse,
        None,
        "11",
        Frame::LightNoun,
    ),
    // Declaring an envoy persona non grata: only with «غير مرغوب فيه»
    // after it (see `needs_context`).
    (NON_GRATA, EventType::Sanction, None, "16", Frame::Noun),
    // Only with the aircraft after it: see `needs_context` («إسقاط
    // النظام»).
    (DOWNING_NOUNS, EventType::Assault, None, "19", Frame::Noun),
    (
        "هجوم|هجوما|هجمات|الهجوم|قصف|القصف|قصفا",
        EventType::Assault,
        None,
        "19",
        Frame::LightNoun,
    ),
];

/// Participle triggers: forms, type, CAMEO root.
const PARTICIPLE_TRIGGERS: &[(&str, EventType, &str)] = &[
    ("داعيا|داعية|داعين|داعيين", EventType::Request, "02"),
    (
        "مطالبا|مطالبة|مطالبين|مطالبون|مطالبتين",
        EventType::Request,
        "10",
    ),
    // «نفذوا وقفة … للمطالبة بـ…»: the purpose of a protest, its crowd's
    // demand (only after a protest: see `find`).
    (PROTEST_PURPOSE, EventType::Request, "10"),
    ("مناشدا|مناشدة|حاثا|حاثة", EventType::Request, "02"),
    ("متهما|متهمة|متهمين", EventType::Accuse, "11"),
    ("محملا|محملة|محملين", EventType::Accuse, "11"),
    (
        "منددا|مندّدا|مندّدة|منددة|مدينا|منتقدا|منتقدة",
        EventType::Accuse,
        "11",
    ),
    ("مهددا|مهددة|متوعدا|متوعدة", EventType::Threaten, "13"),
    // Only when the warning is of the speaker's own response: see
    // `needs_context`.
    (WARNING_PARTICIPLES, EventType::Threaten, "13"),
    (
        "مرحبا|مرحبة|مشيدا|مشيدة|مثمنا|مثمنة",
        EventType::Support,
        "05",
    ),
    ("رافضا|رافضة|رافضين", EventType::Reject, "12"),
    ("نافيا|نافية", EventType::Reject, "12"),
];

/// Predicates read like verbs (subject before or after, object after):
/// forms, type, CAMEO root. «أن المملكة مستعدة لتمويل …» offers to act;
/// «موقف الجزائر الرافض لـ…» rejects; «وهو ما نفته طهران» denies.
const PREDICATE_TRIGGERS: &[(&str, EventType, &str)] = &[
    // «أكدت أن موسكو "سترد بالمثل"»: a response promised (only with its
    // manner: see `needs_context`), the speaker's threat.
    (RESPONSE_PROMISES, EventType::Threaten, "13"),
    (
        "مستعد|مستعدة|مستعدون|مستعدين|مستعدان|مستعدتان",
        EventType::Agree,
        "03",
    ),
    ("الرافض|الرافضة|الرافضين", EventType::Reject, "12"),
    ("نفته|نفاه|نفتها|نفاها", EventType::Reject, "12"),
    // «الاتفاق الذي وقعته روسيا وأوكرانيا مع تركيا»: signed, its doers
    // after it (only after a relative: see `needs_context`).
    (SIGNED_IT, EventType::Agree, "05"),
    // Only with people as the object: see `needs_context` («أوقفت الحكومة
    // المساعدات» stops, «ضبطت الشرطة شحنة» seizes).
    (ARREST_VERBS, EventType::Coerce, "17"),
];

/// The masdar of signing, an event of its own only when witnessed or
/// told with its signers and «على».
const SIGNING: &str = "توقيع";

/// Those who welcome a guest on arrival: «في مقدمة مستقبليه».
const RECEIVERS: &str = "مستقبلي|مستقبليه|مستقبليها|مستقبليهم|مستقبليهما";

/// Contracts signed: «توقيع عقد امتياز», «وقع الجانبان ثلاثة عقود».
const CONTRACTS: &str = "العقود|عقود|العقد|عقدي|عقدين|عقد|عقدا";

/// A signing verb with the document as its object pronoun.
const SIGNED_IT: &str = "وقعه|وقعته|وقعها|وقعتها|وقعاه|وقعاها|وقعتاه|وقعتاها|وقعوه|وقعوها|\
    أبرمه|أبرمته|أبرمها|أبرمتها|أبرماه|أبرماها|أبرموه|أبرموها";

/// Words before a march that tell people walk in it: «نفذ النشطاء مسيرة»,
/// «شارك المئات في مسيرة», «خرج الآلاف في مسيرات», «مشاركتهما في مسيرة».
const MARCH_BEFORE: &str = "نفذ نفذت نفذوا ينفذ تنفذ نظم نظمت نظموا ينظم تنظم شارك شاركت شاركوا \
    يشارك تشارك خرج خرجت خرجوا يخرج تخرج مشاركة مشاركته مشاركتها مشاركتهما مشاركتهم انطلقت";

/// «طائرة مسيرة»: a drone.
const DRONE_WORDS: &str = "طائرة طائرات الطائرة الطائرات بطائرة بطائرات طائرتين الطائرتين";

/// Words right after a march that tell people walk in it: «مسيرة سلمية»,
/// «مسيرة جابت شوارع …», «مسيرة رافضة لـ…», «مسيرة بشارع …».
const MARCH_AFTER: &str = "سلمية احتجاجية احتجاجيات حاشدة حاشدات شعبية جماهيرية راجلة جابت \
    انطلقت تنطلق رافضة مناهضة تضامنية للمطالبة للتنديد للتعبير بشارع بشوارع غاضبة ليلية مليونية";

/// Is the march noun at `t` a march people walk in, not a drone or a
/// course? A word of protest right after it, or a word of walking before
/// it in its clause, its subject and a time between («نفذ عشرات النشطاء،
/// اليوم، مسيرة»), and no «طائرة» right before it.
fn is_march(view: &DocView<'_>, t: usize) -> bool {
    let lex = lexicons();
    let sent_start = view.sentences[view.sentence_of(t)].start;
    if lex.march_after.contains(view.norm(t + 1)) {
        return true;
    }
    let near = sent_start.max(t.saturating_sub(2))..t;
    if near
        .into_iter()
        .any(|k| has_word(&lex.drone_words, view.norm(k)))
    {
        return false;
    }
    // Back to the walking word: no other verb of an event, no clause end.
    let mut k = t;
    while k > sent_start && t - k < 10 {
        k -= 1;
        let n = strip_conjunction(view.norm(k));
        if lex.march_before.contains(n) {
            return true;
        }
        if matches!(view.norm(k), "." | "؛" | ":")
            || trigger_of(view.norm(k)).is_some_and(|x| x.frame == Frame::Verb)
        {
            return false;
        }
    }
    false
}

/// «… وقفة أمام مقر الولاية للمطالبة بـ…»: a protest's purpose.
const PROTEST_PURPOSE: &str = "للمطالبة|وللمطالبة";

/// «محذرا من أن …»: warning participles, threats only with a response.
const WARNING_PARTICIPLES: &str = "محذرا|محذرة|محذرين";

/// A response promised: «سترد بالمثل», «سنرد بحزم» (see `needs_context`).
const RESPONSE_PROMISES: &str = "سترد|سيرد|سنرد|ستردان|سيردون|سيردان";

/// Words of a response in what a warning says will happen: «سترد بحزم»,
/// «تحتفظ بحق الرد», «ستتخذ كافة التدابير», «لن تقف مكتوفة الأيدي»,
/// «سيواجه عواقب» (search forms).
const RESPONSE_WORDS: &str = "الرد بالرد سترد سيرد سنرد ترد يرد نرد ستتدخل سيتدخل سنتدخل ستتخذ \
    سيتخذ سنتخذ مكتوفه سيواجه ستواجه سيدفع ستدفع بقوه بحزم سيضرب ستضرب سنضرب";

/// Cuts a state decides on («خفض التمثيل», «إغلاق المكاتب», «تجميد
/// التعاملات», «منع السفير من العودة»): sanctions only after a verb of
/// deciding or announcing, or joined to a sanction told just before.
const DECIDED_CUTS: &str = "خفض|وخفض|إغلاق|وإغلاق|إغلاقا|غلق|وغلق|تجميد|وتجميد|منع|ومنع|تقليص|وتقليص";

/// Verbs and nouns of deciding or announcing a measure (search forms).
const DECISION_WORDS: &str = "قرر قررت تقرر يقرر أعلن أعلنت يعلن تعلن قرار بقرار إعلان \
    اتخذت اتخذ";

/// What a halt or cut of which is no sanction: a ceasefire, an end of
/// fighting asked for, cuts in the economy.
const NOT_SANCTIONED: &str = "اطلاق العدوان الحرب الاعتداءات التصعيد القتال الاعمال العمليات \
    الهجمات الاستيطان الانتاج الرواتب الاسعار الفائده النزيف التدهور الانتهاكات العنف";

/// Is the halt or cut at `t` a measure a state takes: right after a verb
/// of deciding or announcing and its subject («أعلنت إيران وقف جميع
/// الرحلات»), or joined by و to a sanction in the same sentence («خفض
/// عدد الدبلوماسيين … وإغلاق المكاتب»), of something a sanction may
/// stop?
fn decided_measure(view: &DocView<'_>, t: usize, sent_start: usize) -> bool {
    let lex = lexicons();
    // The next word without its conjunction, «بالعدوان» read as «العدوان».
    let next = strip_conjunction(view.norm(t + 1));
    let next = next
        .strip_prefix('ب')
        .filter(|r| r.starts_with("ال"))
        .unwrap_or(next);
    if t + 1 >= view.words.len() || lex.not_sanctioned.contains(next) || view.is_punct(t + 1) {
        return false;
    }
    // (A subject with a quoted name may stand between: «أعلنت قيادة
    // القوات المشتركة للتحالف "تحالف دعم الشرعية في اليمن" إغلاقا».)
    let quoted_name = (sent_start.max(t.saturating_sub(9))..t)
        .filter(|&k| super::quotes::quote_mark(view, k).is_some())
        .count()
        == 2;
    let reach = if quoted_name { 14 } else { 7 };
    let decided = (sent_start.max(t.saturating_sub(reach))..t)
        .rev()
        .take_while(|&k| !matches!(view.norm(k), "." | "؛" | ":"))
        .any(|k| has_word(&lex.decision_words, view.norm(k)));
    let joined = view.words[t].text.starts_with('و')
        && (sent_start.max(t.saturating_sub(14))..t).any(|k| {
            trigger_of(view.norm(k)).is_some_and(|x| x.kind == EventType::Sanction)
                || whole_or_bare(view.norm(k), |n| matches!(n, "خفض" | "وقف" | "تعليق"))
        });
    decided || joined
}

/// Verbs that arrest when their object is people: «أوقفت الأجهزة الأمنية 11
/// ناشطا» (Levantine and Maghrebi usage), «ضبطت الشرطة 23 مشجعا»
/// (Egyptian).
const ARREST_VERBS: &str = "أوقف|أوقفت|أوقفوا|يوقف|سيوقف|ضبط|ضبطت|ضبطوا|تضبط";

/// Nouns of an arrest with people as the object: «توقيف 45 شخصا», «ألقت
/// قوات الأمن القبض على 25 متظاهرا».
const ARREST_NOUNS: &str = "توقيف|التوقيف|القبض";

/// Nouns of dispersing a crowd: «أطلقت الشرطة الغاز لتفريق المحتجين»,
/// «قبل أن تعمد قوات الأمن إلى تفريقهم».
const DISPERSAL_NOUNS: &str =
    "تفريق|لتفريق|وتفريق|بتفريق|تفريقهم|لتفريقهم|وتفريقهم|تفريقها|لتفريقها";

/// Verbs read with an object pronoun too («حيث استقبله X», «التقاه»):
/// their subject follows, the pronoun is the one acted on.
const OBJECT_PRONOUN_VERBS: &str = "استقبل التقى هاتف اتهم أدان هدد اعتقل استهدف هاجم \
    دعا طالب ناشد حث";

/// Light verbs that carry a noun trigger («أجرى اتصالا»).
const LIGHT_VERBS: &str = "أجرى أجرت يجري تجري سيجري ستجري عقد عقدت يعقد تعقد سيعقد ستعقد \
    وقع وقعت يوقع توقع سيوقع ستوقع أبرم أبرمت فرض فرضت يفرض تفرض سيفرض ستفرض شن شنت يشن تشن \
    أرسل أرسلت يرسل ترسل قدم قدمت يقدم تقدم سيقدم ستقدم أعلن أعلنت تبادل تبادلا بحث بحثت \
    نفذ نفذت ينفذ تنفذ سينفذ ستنفذ سينفذان ستنفذان يشنان سيشن ستشن توصل توصلت يتوصل تتوصل إجراء لإجراء عقد لعقد توقيع لتوقيع فرض شن إرسال \
    تقديم إبرام نظم نظمت ينظم تنظم نظموا نفذوا عقدوا أجروا أطلق أطلقت يطلق تطلق طرح طرحت يطرح \
    تطرح استخدم استخدمت يستخدم تستخدم تبنى تبنت يتبنى تتبنى يتقدم تتقدم سيتقدم ستتقدم رفع رفعت \
    يرفع ترفع سيرفع سترفع";

/// The noun of granting a request («استجابة لطلب …»).
const RESPONSE_NOUNS: &str = "استجابة";

/// Nouns of a request a response grants, with their preposition
/// («استجابة لطلب», «لمناشدة», «لدعوة», «لعروض»).
fn is_request_granted(norm: &str) -> bool {
    matches!(
        norm,
        "لطلب"
            | "لطلبات"
            | "للطلب"
            | "لمناشده"
            | "لمناشدات"
            | "لدعوه"
            | "لدعوات"
            | "لنداء"
            | "لنداءات"
    )
}

/// Who made the request a response at `t` grants: the actor after the
/// request noun, past «رسمي», «من» and «تقدم به» («استجابة لطلب تقدم به
/// فخامة الرئيس X», «لمناشدة من مجلس أمناء الحوار الوطني», «لطلب مملكة
/// البحرين»).
fn requester_after(view: &DocView<'_>, t: usize, end: usize) -> Vec<Actor> {
    let from = t + 2;
    let stop = (from..end.min(from + 8))
        .find(|&k| is_clause_punct(view, k) || view.norm(k) == "و")
        .unwrap_or(end.min(from + 8));
    let Some(first) = view
        .actors_in(from..stop)
        .find(|a| can_act(view, a) && !is_place_use(view, a))
        .map(Actor::from)
    else {
        return Vec::new();
    };
    // «… من مجلس أمناء الحوار الوطني وعدد من القوى السياسية»: a counted
    // group joined to it.
    let joined = (first.tokens.end..end.min(first.tokens.end + 5))
        .take_while(|&j| !view.is_punct(j))
        .find(|&j| {
            j + 2 < end
                && view.norm(j).strip_prefix('و').is_some_and(is_count_word)
                && view.norm(j + 1) == "من"
        });
    let mut out = vec![first];
    if let Some(k) = joined {
        let stop = (k + 2..end.min(k + 6))
            .find(|&j| view.is_punct(j) || lexicons().object_prepositions.contains(view.norm(j)))
            .unwrap_or(end.min(k + 6));
        if stop > k + 2 {
            out.push(Actor::phrase(k..stop, Some("CVL")));
        }
    }
    out
}

/// Nouns of a complaint lodged («بشكوى», «شكوى رسمية»).
const COMPLAINT_NOUNS: &str = "شكوى|الشكوى";

/// The noun of declaring («اعتبار السفير … شخصا غير مرغوب فيه»).
const NON_GRATA: &str = "اعتبار";

/// Light verbs of lodging a complaint («تقدم بشكوى», «سيرفع شكوى»):
/// they carry only a complaint («رفع العقوبات» lifts).
fn is_complaint_verb(norm: &str) -> bool {
    matches!(
        strip_conjunction(norm),
        "يتقدم"
            | "تتقدم"
            | "سيتقدم"
            | "ستتقدم"
            | "رفع"
            | "رفعت"
            | "يرفع"
            | "ترفع"
            | "سيرفع"
            | "سترفع"
    )
}

/// Whom a complaint at `t` is lodged against: the actor after «ضد» in
/// its sentence («بشكوى إلى مجلس الأمن الدولي ضد إسرائيل»), else the state
/// of the act it is about («بشأن "الاستفزاز الأمريكي"»); never the body
/// it is lodged with.
fn complained_of(view: &DocView<'_>, t: usize, end: usize) -> Vec<Actor> {
    let against = (t + 1..end.min(t + 14))
        .take_while(|&k| !matches!(view.norm(k), "." | "؛" | ":"))
        .find(|&k| strip_conjunction(view.norm(k)) == "ضد");
    if let Some(k) = against {
        return view
            .actor_starting_at(k + 1)
            .map(Actor::from)
            .into_iter()
            .collect();
    }
    country_of_act_after(view, t, end).into_iter().collect()
}

/// Stems of fighters and attackers, in search form («مسلحين»,
/// «عناصر», «الإرهابيين», «منفذ»).
const FIGHTER_STEMS: &[&str] = &["مسلح", "عنصر", "عناصر", "ارهابي", "منفذ", "مقاتل"];

/// The word without its article.
fn strip_article(norm: &str) -> &str {
    norm.strip_prefix("ال").unwrap_or(norm)
}

/// Nouns of shooting down: «إسقاط طائرة استطلاع».
const DOWNING_NOUNS: &str = "إسقاط|الإسقاط";

/// Is the word (search form, no conjunction) an aircraft or a missile
/// one shoots down («طائرة», «مقاتلة», «مسيرات», «صاروخا»)?
fn is_aircraft(word: &str) -> bool {
    matches!(
        strip_article(word),
        "طايره"
            | "طايرتين"
            | "طايرات"
            | "مقاتله"
            | "مقاتلتين"
            | "مقاتلات"
            | "قاذفه"
            | "قاذفات"
            | "مروحيه"
            | "مروحيات"
            | "مسيره"
            | "مسيرات"
            | "درون"
            | "صاروخ"
            | "صاروخا"
            | "صواريخ"
            | "صاروخين"
    )
}

/// Light verbs of claiming («تبنى تنظيم داعش الهجوم»): they carry only
/// an attack, whose doer their subject names; «تبنى المجلس المبادرة»
/// adopts.
fn is_claim_verb(norm: &str) -> bool {
    matches!(strip_conjunction(norm), "تبني" | "تبنت" | "يتبني" | "تتبني")
}

/// «تلقى … اتصالا من …»: the caller is the source.
const RECEIVE_VERBS: &str = "تلقى تلقت يتلقى تتلقى";

/// Negations before a trigger.
const NEGATIONS: &str = "لم لن لا ما ليس عدم دون";

/// Verbs of denial that negate a following «أن يكون قد …».
const DENIALS: &str = "نفى نفت ينفي تنفي نفوا نافيا نافية";

/// Words that make an event planned.
const PLANNED: &str = "المقرر المقررة مقرر مقررة المرتقب المرتقبة مرتقب مرتقبة المزمع المزمعة \
    المنتظر المنتظرة المتوقع يعتزم تعتزم يعتزمون سيتوجه المقبل المقبلة القادم القادمة لاحقا غدا \
    يتوجه تستعد يستعد";

/// Words that make an event hypothetical.
const CONDITIONALS: &str = "إذا لو قد ربما يمكن محتمل المحتمل حال";

/// Duals of people, alone or heading a dual of countries («قائدا البلدين»).
const PEOPLE_DUALS: &str = "الرئيسان الرئيسين الزعيمان الزعيمين الوزيران الوزيرين المسؤولان \
    المسؤولين الملكان قائدا قائدي زعيما زعيمي رئيسا رئيسي وزيرا وزيري";

/// Dual nouns that stand for the two sides of the last meeting.
const DUALS: &str = "الرئيسان الرئيسين الزعيمان الزعيمين الوزيران الوزيرين الجانبان الجانبين \
    الطرفان الطرفين البلدان البلدين الدولتان الدولتين المسؤولان المسؤولين الملكان طرفي وفدي الوفدين \
    الوفدان";

/// Is `norm` a dual of countries («البلدان», «الدولتين»), no conjunction?
fn is_country_dual(norm: &str) -> bool {
    matches!(norm, "البلدان" | "البلدين" | "الدولتان" | "الدولتين")
}

/// Relative pronouns: the subject of the verb after them is the noun
/// before them.
const RELATIVES: &str = "الذي التي الذين اللذان اللتان اللذين اللتين";

/// Words that list the participants of a meeting («اجتماع يضم …»).
const PARTICIPANTS: &str = "يضم تضم ضم ضمت بمشاركة بحضور شارك شاركت جمع جمعت يجمع تجمع";

/// What is fired in an attack («أطلقت … صواريخ»).
const WEAPONS: &str = "صاروخ صاروخا صواريخ الصواريخ صاروخية طائرة طائرات مسيرة مسيرات قذيفة قذائف \
    النار الرصاص رصاص";

/// What is sent or given as aid («أرسلت سفينة مساعدات», «ستقدم 500 مليون دولار»).
const AID_WORDS: &str = "مساعدات المساعدات مساعدة إغاثة الإغاثة إغاثية الإغاثية قافلة قوافل \
    شحنة شحنات مليون ملايين مليار دولار يورو قرض قرضا قروض منحة منحا هبة دينار ريال درهم جنيه \
    وديعة ودائع الودائع";

/// What is sent as aid besides the words of aid («أرسلت طائرة محملة
/// بـ20 طنا من الأدوية», «محملتين بـ25 طنا من المعدات الطبية», «فريقا
/// طبيا»). Not «الطبية» alone («الأجهزة الطبية»), nor rescue
/// teams, which a relative clause often tells («من أوائل الدول التي
/// أرسلت فرق الإنقاذ»).
const SENT_AID_WORDS: &str = "الأدوية أدوية بالأدوية المستلزمات مستلزمات الأغذية أغذية \
    الغذائية غذائية الخيام خيام اللقاحات لقاحات المعدات معدات طبيا";

/// Nouns of buildings and towns before a place name («بقصر قرطاج», «في مقر
/// رئاسة الجمهورية»).
const PLACE_HEADS: &str =
    "قصر بقصر مقر بمقر مدينة بمدينة العاصمة بالعاصمة حي بحي بلدة ببلدة بتوقيت \
    مطار بمطار محافظة بمحافظة ولاية بولاية شارع بشارع ساحة بساحة ميدان بميدان";

/// Verbs of doing in a relative clause after the noun of an act («الضربات
/// التي شنتها», «الهجوم الذي نفذته», «الدعوى التي رفعتها»), without
/// their object pronoun.
const DOING_VERBS: &str =
    "شن شنت يشن تشن نفذ نفذت ينفذ تنفذ ترأس ترأست يترأس تترأس رفع رفعت ترفع يرفع ارتكب ارتكبت \
    يرتكب ترتكب قاد قادت يقود تقود تبنى تبنت يتبنى تتبنى فرض فرضت يفرض تفرض اطلق اطلقت \
    يطلق تطلق";

/// Verbs that make an arrest with its noun («ألقت … القبض», «أعلنت …
/// توقيف»), in search form, and how many words before the noun they
/// may stand.
const ARREST_MAKERS: (&[&str], usize) = (&["القت", "القي", "القوا", "اعلنت", "اعلن"], 5);

/// Verbs that claim an attack with its noun («أعلن … استهداف», «تبنت …
/// استهداف»), in search form, and how many words before the noun they
/// may stand.
const ATTACK_CLAIMS: (&[&str], usize) = (&["اعلن", "اعلنت", "تبني", "تبنت"], 6);

/// The doer named between one of `verbs` and the noun of an act at `t`,
/// in the sentence from `sent_start`: «ألقت الشرطة القبض», «أعلن حزب الله
/// استهداف». With `whole`, the doer's name fills the gap («أعلن حزب الله
/// استهداف», not «أعلنت الجماعة أمس استهداف»).
fn doer_between(
    view: &DocView<'_>,
    t: usize,
    sent_start: usize,
    (verbs, reach): (&[&str], usize),
    whole: bool,
) -> Option<Actor> {
    let v = (sent_start.max(t.saturating_sub(reach))..t)
        .rev()
        .find(|&k| whole_or_bare(view.norm(k), |n| verbs.contains(&n)))?;
    view.actors_in(v + 1..t)
        .find(|a| can_act(view, a) && !is_place_use(view, a) && (!whole || a.tokens == (v + 1..t)))
        .map(Actor::from)
}

/// The verbal noun of giving («تقديم 100 مليون دولار»): aid only with
/// money or a grant after it (see `needs_context`).
const GIVING_NOUN: &str = "تقديم";

/// The subjects of the verb that announces or decides the act at `t`
/// («أعلنت السعودية والإمارات … تقديم», «قرر القادة تقديم»), named right
/// after that verb, in the sentence.
fn announced_by(view: &DocView<'_>, t: usize, sent: Range<usize>, earlier: &[Event]) -> Vec<Actor> {
    let announces = |k: usize| {
        matches!(
            strip_conjunction(view.norm(k)),
            "اعلن" | "اعلنت" | "قرر" | "قررت" | "اعلنا" | "قررا" | "اعلنوا" | "قرروا"
        )
    };
    let Some(v) = (sent.start.max(t.saturating_sub(30))..t)
        .rev()
        .find(|&k| announces(k))
    else {
        return Vec::new();
    };
    // (No act told by a verb between them, no clause of what is said; a
    // conference named on the way is a setting.)
    if (v + 1..t).any(|k| super::quotes::is_complementizer(view.norm(k)))
        || earlier.iter().any(|e| {
            v < e.trigger.start
                && e.trigger.start < t
                && trigger_of(view.norm(e.trigger.start)).is_some_and(|x| x.frame == Frame::Verb)
        })
    {
        return Vec::new();
    }
    first_actors_after(view, v + 1, t, earlier)
        .into_iter()
        .filter(|a| !is_location(view, a) || is_country(view, a.cluster))
        .collect()
}

/// Verbs that begin, go on with or complete an act told by its verbal
/// noun («بدأت القوات الانسحاب»), in search form.
const BEGIN_VERBS: &str = "بدا بدات بدوا بداتا يبدا تبدا سيبدا ستبدا يبدان تبدان سيبدان ستبدان \
    يبدون سيبدون بدءا شرع شرعت يشرع تشرع واصل واصلت يواصل تواصل استكمل استكملت يستكمل تستكمل \
    اكمل اكملت يكمل تكمل اتم اتمت يتم";

/// «بدأت وحدات الجيش الانسحاب من المدينة», «أكد أن إسرائيل ستبدأ
/// الانسحاب»: a withdrawal begun, gone on with or completed is made by
/// the subject of that verb, named between the verb and the noun or
/// right before the verb. Target `[]` (a withdrawal from a place).
fn begun_withdrawal(
    view: &DocView<'_>,
    t: usize,
    trig: Trigger,
    sentence: usize,
    sent: Range<usize>,
) -> Option<Event> {
    static VERBS: OnceLock<WordSet> = OnceLock::new();
    let verbs = VERBS.get_or_init(|| word_set(BEGIN_VERBS));
    let sent_start = sent.start;
    if trig.kind != EventType::Retreat || trig.frame != Frame::Noun || t <= sent_start {
        return None;
    }
    let begins = |k: usize| has_word(verbs, strip_conjunction(view.norm(k)));
    let v = (sent_start.max(t.saturating_sub(8))..t)
        .rev()
        .find(|&k| begins(k))?;
    let between: Vec<Actor> = view
        .actors_in(v + 1..t)
        .filter(|a| can_act(view, a) && !is_place_use(view, a))
        .map(Actor::from)
        .collect();
    // Only the subject stands between the verb and the noun («وحدات
    // الجيش السوري»): no clause, no other act.
    let plain = (v + 1..t).all(|k| !view.is_punct(k) && trigger_of(view.norm(k)).is_none());
    let source = if v + 1 == t {
        adjacent_subject(view, sent_start, v)
    } else if plain {
        between.into_iter().take(1).collect()
    } else {
        Vec::new()
    };
    if source.is_empty() {
        return None;
    }
    let mut e = event_with_sides(trig, t, sentence, source, Vec::new(), 0.7);
    (e.negated, e.modality) = modality_at(view, t, Some(v), sent, trig.kind);
    // «ستبدأ الانسحاب»: the future of the verb plans the act.
    let verb = strip_conjunction(view.norm(v));
    // (Every begin verb in `BEGIN_VERBS` that starts with «س» is a future.)
    if e.modality == Modality::Asserted && verb.starts_with('س') {
        e.modality = Modality::Planned;
    }
    Some(e)
}

/// What an attack's noun is aimed at, as written right after it: a named
/// actor, else a noun and up to two words of its phrase («موقع المطلة»,
/// «سفينة شحن أمريكية»), up to a preposition or a comma.
fn aimed_phrase(view: &DocView<'_>, from: usize, end: usize) -> Option<Actor> {
    if let Some(a) = view.actor_starting_at(from) {
        return Some(Actor::from(a));
    }
    let plain = |k: usize| {
        k < end
            && view.words[k].kind == akhbar_text::tokenize::TokenKind::Word
            && !view.norm(k).starts_with(['ب', 'ل', 'و', 'ف'])
            && !matches!(view.norm(k), "في" | "علي" | "من" | "الي" | "عن" | "مع")
            && !super::quotes::is_skippable(view.norm(k))
            && trigger_of(view.norm(k)).is_none()
    };
    if !plain(from) || view.norm(from).starts_with("ال") {
        return None;
    }
    let last = (from..(from + 3).min(end))
        .take_while(|&k| plain(k))
        .last()?;
    Some(Actor::phrase(from..last + 1, None))
}

/// An event at the trigger word `t` with its sides found by a rule of its
/// own, asserted, no place or time yet.
fn event_with_sides(
    trig: Trigger,
    t: usize,
    sentence: usize,
    source: Vec<Actor>,
    target: Vec<Actor>,
    confidence: f32,
) -> Event {
    Event {
        kind: trig.kind,
        mode: trig.mode,
        cameo: trig.cameo,
        source,
        target,
        location: None,
        date: None,
        period: None,
        trigger: t..t + 1,
        sentence,
        negated: false,
        modality: Modality::Asserted,
        confidence,
        also: Vec::new(),
    }
}

/// The stem of «برصاص», «بنيران» (fire that killed or wounded).
const SHOT_BY: &str = "برصاص|بنيران";

/// Verbs of dying or being wounded that «برصاص X» tells the cause of
/// (search forms).
const SHOT_VERBS: &str = "استشهد استشهدت استشهدوا استشهدا قتل قتلت قتلوا قتلا اصيب اصيبت اصيبوا \
    اصيبا جرح جرحت جرحوا لقي لقيت لقوا سقط سقطت سقطوا يستشهد تستشهد";

/// «استشهد ثلاثة شبان برصاص قوات الاحتلال», «أصيب الصحفي X بنيران
/// الجيش»: the force named right after the noun shot the ones who died or
/// were wounded (the verb's subject, counted or named, before the noun).
fn shot_by(view: &DocView<'_>, t: usize, sent: Range<usize>) -> Option<(Actor, Actor, usize)> {
    static VERBS: OnceLock<WordSet> = OnceLock::new();
    let verbs = VERBS.get_or_init(|| word_set(SHOT_VERBS));
    let shooter = view
        .actor_starting_at(t + 1)
        .filter(|a| can_act(view, a) && !is_place_use(view, a))
        .map(Actor::from)
        .or_else(|| {
            force_subject(view, t + 1, sent.end.min(t + 8)).filter(|a| a.tokens.start == t + 1)
        })
        // «برصاص شرطي تركي», «بنيران مسلحين مجهولين».
        .or_else(|| unnamed_object(view, t + 1, sent.end, true))?;
    // (The one shot may be told with titles between commas: «استشهدت
    // الصحفية X، مراسلة قناة Y، صباح اليوم برصاص …»; of «استشهد ثلاثة
    // شبان وأصيب المئات برصاص …» the first counted.)
    let (shot, verb) = (sent.start.max(t.saturating_sub(24))..t)
        .rev()
        .take_while(|&k| !matches!(view.norm(k), "." | "؛" | ":"))
        .filter(|&k| has_word(verbs, view.norm(k)))
        .find_map(|v| {
            counted_object(view, v + 1, t, true)
                .or_else(|| plural_people(view, v + 1, t))
                // «قتل شاب فلسطيني برصاص …».
                .or_else(|| unnamed_object(view, v + 1, t, true))
                .or_else(|| {
                    view.actors_in(v + 1..t)
                        .find(|a| a.label == NerLabel::Person && a.tokens.start < v + 4)
                        .map(Actor::from)
                })
                .map(|a| (a, v))
        })?;
    Some((shooter, shot, verb))
}

/// A request its noun tells: who asked, who was asked, and the event
/// done on it in the sentence, if any.
struct AskedBy {
    askers: Vec<Actor>,
    asked: Vec<Actor>,
    done: Option<usize>,
}

/// The sides of a request told by its noun: «بطلب من X» and «بناء على
/// طلب (من) X» after what was done — X asked the doer of the clause
/// («أعلنت إيران وقف الرحلات بطلب من الحكومة العراقية», «يعقد مجلس الأمن
/// جلسة بطلب من بريطانيا والنرويج»); «تقدمت X بطلب الانضمام إلى Y» — X
/// asked Y. Not «رحبت مصر بطلب السعودية»: a request welcomed, no request
/// told.
fn asked_by(
    view: &DocView<'_>,
    t: usize,
    sent: Range<usize>,
    earlier: &[Event],
    sentence: usize,
) -> Option<AskedBy> {
    let word = strip_conjunction(view.norm(t));
    let upon = t >= 2 && view.norm(t - 1) == "علي" && view.norm(t - 2) == "بناء";
    if word != "بطلب" && !upon {
        return None;
    }
    let end = sent.end;
    // «تقدمت السويد بطلب الانضمام إلى الحلف».
    let applied = (sent.start.max(t.saturating_sub(6))..t).find(|&k| {
        matches!(
            strip_conjunction(view.norm(k)),
            "تقدم" | "تقدمت" | "يتقدم" | "تتقدم" | "تقدما" | "تقدموا"
        )
    });
    let from_word = view.norm(t + 1) == "من";
    if let Some(v) = applied.filter(|_| !from_word) {
        let applicant: Vec<Actor> = view
            .actors_in(v + 1..t)
            .filter(|a| can_act(view, a))
            .map(Actor::from)
            .collect();
        let to = (t + 1..end.min(t + 5)).find(|&k| view.norm(k) == "الي")?;
        let body = first_actors_after(view, to + 1, end.min(to + 8), earlier);
        return (!applicant.is_empty() && !body.is_empty()).then_some(AskedBy {
            askers: applicant,
            asked: body,
            done: None,
        });
    }
    // «بطلب من X» (X may come after its titles), «بناء على طلب X»; a bare
    // «بطلب X» is the object of what comes before it.
    if !from_word && !upon {
        return None;
    }
    let (from, reach) = if from_word { (t + 2, 3) } else { (t + 1, 0) };
    let askers: Vec<Actor> = first_actors_after(view, from, end.min(from + 16), earlier)
        .into_iter()
        .filter(|a| !is_location(view, a) || is_country(view, a.cluster))
        .collect();
    if askers.first().is_none_or(|a| a.tokens.start > from + reach) {
        return None;
    }
    // Asked: the doer of what the clause tells was done on the request
    // (the clause before it when it opens one: «يعقد مجلس الأمن جلسة
    // الثلاثاء، بطلب من …»).
    let clause = match clause_start(view, sent.start, t) {
        c if c == t && t > sent.start => clause_start(view, sent.start, t - 1),
        c => c,
    };
    let done = earlier
        .iter()
        .rposition(|e| e.sentence == sentence && e.trigger.start >= clause && !e.source.is_empty());
    let asked: Vec<Actor> = done
        .map(|i| earlier[i].source.clone())
        .unwrap_or_else(|| {
            // No event told there: the clause's subject («ألقت السلطات
            // السويسرية القبض على مسؤولين في الفيفا بطلب من …»); none
            // named in the clause, no one asked.
            actors_before(view, clause, t, earlier, Nearest::No)
                .into_iter()
                .filter(|a| a.tokens.start >= clause)
                .collect()
        })
        .into_iter()
        .filter(|a| !askers.iter().any(|b| b.same(a)))
        .collect();
    (!asked.is_empty()).then_some(AskedBy {
        askers,
        asked,
        done,
    })
}

/// Most words of a person's name the triggers look inside («علي بن أبي
/// طالب»).
const MAX_NAME_WORDS: usize = 12;

/// Is the word at `k` a verb of doing with its object pronoun («شنتها»,
/// «نفذه», «تقودها»)?
fn doing_verb_with_object(view: &DocView<'_>, k: usize) -> bool {
    // «قادة» reads «قاده» in search form: a noun, not «قاد» + «ه».
    if view.words.get(k).is_none_or(|w| w.text.ends_with('ة')) {
        return false;
    }
    let n = view.norm(k);
    ["هما", "هم", "ها", "ه"]
        .iter()
        .filter_map(|p| n.strip_suffix(p))
        .filter(|v| v.chars().count() >= 2)
        .any(|v| has_word(&lexicons().doing_verbs, v))
}

/// Nouns of documents, processes and gatherings named after a place: the
/// place is part of the name («إعلان الجزائر», «مسار أستانا», «اتفاق
/// أوسلو»), no actor.
const DOCUMENT_HEADS: &str = "إعلان بإعلان لإعلان اتفاق باتفاق اتفاقية باتفاقية مسار بمسار منتدى \
    بمنتدى مؤتمر بمؤتمر ميثاق بميثاق وثيقة بوثيقة معاهدة بمعاهدة مبادرة بمبادرة";

/// Verbs telling what talks or efforts came to («أسفرت عن التوصل إلى
/// اتفاق», «تكللت بالتوصل», «نجحت في التوصل»): the agreement was reached.
const OUTCOME_VERBS: &str = "أسفر أسفرت يسفر تسفر أفضى أفضت يفضي تفضي تكلل تكللت كلل كللت \
    نجح نجحت نجحا تمكن تمكنت تمكنا تم";

/// «بقيادة X»: X leads the actor before, he is no side of his own.
/// Numbers written as words, which count the people of an arrest or a
/// release («تسعة أشخاص», «ثمانية منهم»).
const NUMBER_WORDS: &str = "اثنين اثنان اثنتين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة \
    ثماني ثمانية تسع تسعة عشر عشرة عشرين عشرون ثلاثين أربعين خمسين مئة مائة";

/// Nouns a number counts that are no people: «3 مرات», «5 أيام».
const COUNTED_UNITS: &str = "مرات مرة أيام يوما ساعات ساعة أسابيع أسبوعا أشهر شهرا سنوات عاما \
    أعوام دقائق دقيقة كيلومترا كيلومترات كلم مترا أمتار بالمئة بالمائة في المئة مليون ملايين \
    مليار مليارات ألف آلاف دولار دولارا يورو طن أطنان كغم كلغ كيلوغرام كيلوغراما لتر \
    يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط \
    آذار نيسان أيار حزيران تموز آب أيلول تشرين جانفي فيفري أفريل ماي جوان جويلية أوت";

/// Things a number counts that are no people, but may be what is attacked
/// («قصف 5 مواقع», «10 غارات»).
const COUNTED_THINGS: &str = "هدفا أهداف موقعا مواقع منزلا منازل مبنى مباني سيارة سيارات مركبة \
    مركبات شاحنة شاحنات غارة غارات ضربة ضربات هجوما هجمات عملية عمليات";

const LEADER_WORDS: &str = "بقيادة برئاسة بزعامة";

/// Words of a time phrase between a verb's subject and its object, besides
/// the day words of the time lexicon (search forms).
const TIME_WORDS: &str = "امس اليوم الليله ليله ليل مساء صباح فجر ظهر عصر يوم الماضي الماضيه \
    المقبل المقبله الجاري اول";

/// Prepositions before an object.
const OBJECT_PREPOSITIONS: &str = "مع ب على ل إلى من بين عن";

struct Lexicons {
    triggers: Lexicon<Trigger>,
    light_verbs: WordSet,
    receive_verbs: WordSet,
    negations: WordSet,
    denials: WordSet,
    planned: WordSet,
    conditionals: WordSet,
    duals: WordSet,
    object_prepositions: WordSet,
    no_object_heads: WordSet,
    leader_words: WordSet,
    time_words: WordSet,
    document_heads: WordSet,
    doing_verbs: WordSet,
    relatives: WordSet,
    participants: WordSet,
    weapons: WordSet,
    aid_words: WordSet,
    place_heads: WordSet,
    people_duals: WordSet,
    speech: WordSet,
    object_forms: WordSet,
    /// The verb each object-pronoun form is («ادانته» → «أدان»), for
    /// forms a noun spells alike («إدانته»).
    object_verbs: std::collections::HashMap<String, Trigger>,
    decision_nouns: WordSet,
    aggression_nouns: WordSet,
    calm_nouns: WordSet,
    proposal_nouns: WordSet,
    words_nouns: WordSet,
    outcome_verbs: WordSet,
    stop_nouns: WordSet,
    number_words: WordSet,
    counted_units: WordSet,
    measure_units: WordSet,
    march_before: WordSet,
    march_after: WordSet,
    drone_words: WordSet,
    sent_aid_words: WordSet,
    decision_words: WordSet,
    not_sanctioned: WordSet,
}

fn lexicons() -> &'static Lexicons {
    static L: OnceLock<Lexicons> = OnceLock::new();
    L.get_or_init(|| {
        let mut entries = Vec::new();
        for &(past, present, kind, mode, cameo) in VERBS {
            let t = Trigger {
                kind,
                mode,
                cameo,
                frame: Frame::Verb,
                reversed: false,
                stem: past,
            };
            // We: «قطعنا», «التقينا».
            let we = match (past.strip_suffix('ى'), past.strip_suffix('ا')) {
                (Some(b), _) => format!("{b}ينا"),
                (_, Some(b)) => format!("{b}ونا"),
                _ => format!("{past}نا"),
            };
            if !past.contains(' ') {
                entries.push((we, t));
            }
            if past.contains(' ') {
                continue;
            }
            entries.extend(verb_forms(past, present).into_iter().map(|f| (f, t)));
            // Jussive after لم: «لم يلتق».
            if let Some(b) = present.strip_suffix('ي') {
                entries.push((format!("ي{b}"), t));
                entries.push((format!("ت{b}"), t));
            }
        }
        for &(forms, kind, cameo) in PARTICIPLE_TRIGGERS {
            let t = Trigger {
                kind,
                mode: None,
                cameo,
                frame: Frame::Participle,
                reversed: false,
                stem: forms,
            };
            entries.extend(forms.split('|').map(|f| (f.to_string(), t)));
        }
        for &(forms, kind, cameo) in PREDICATE_TRIGGERS {
            let t = Trigger {
                kind,
                mode: None,
                cameo,
                frame: Frame::Verb,
                reversed: false,
                stem: forms,
            };
            entries.extend(forms.split('|').map(|f| (f.to_string(), t)));
        }
        for &(forms, kind, mode, cameo, frame) in NOUNS {
            let t = Trigger {
                kind,
                mode,
                cameo,
                frame,
                reversed: false,
                stem: forms,
            };
            entries.extend(forms.split('|').map(|f| (f.to_string(), t)));
        }
        // «استقبله», «التقاها», «اتهمته»: verbs with an object pronoun.
        let mut object_forms = WordSet::default();
        let mut object_verbs = std::collections::HashMap::new();
        let normalizer = akhbar_text::normalize::Normalizer::default();
        for &(past, _, kind, mode, cameo) in VERBS {
            if !OBJECT_PRONOUN_VERBS.split_whitespace().any(|v| v == past) {
                continue;
            }
            let t = Trigger {
                kind,
                mode,
                cameo,
                frame: Frame::Verb,
                reversed: false,
                stem: past,
            };
            let forms: Vec<String> = match past.strip_suffix('ى').or_else(|| past.strip_suffix('ا'))
            {
                Some(b) => ["اه", "اها", "اهم", "اهما", "ته", "تها", "تهم", "تهما"]
                    .iter()
                    .map(|e| format!("{b}{e}"))
                    .collect(),
                None => ["ه", "ها", "هم", "هما", "ته", "تها", "تهم", "تهما"]
                    .iter()
                    .map(|e| format!("{past}{e}"))
                    .collect(),
            };
            for f in forms {
                object_forms.insert(normalizer.normalize(&f));
                object_verbs.insert(normalizer.normalize(&f), t);
                entries.push((f, t));
            }
        }
        Lexicons {
            triggers: Lexicon::new(entries),
            light_verbs: word_set(LIGHT_VERBS),
            receive_verbs: word_set(RECEIVE_VERBS),
            negations: word_set(NEGATIONS),
            denials: word_set(DENIALS),
            planned: word_set(PLANNED),
            conditionals: word_set(CONDITIONALS),
            duals: word_set(DUALS),
            object_prepositions: word_set(OBJECT_PREPOSITIONS),
            no_object_heads: word_set(NO_OBJECT_HEADS),
            leader_words: word_set(LEADER_WORDS),
            time_words: word_set(TIME_WORDS),
            document_heads: word_set(DOCUMENT_HEADS),
            doing_verbs: word_set(DOING_VERBS),
            relatives: word_set(RELATIVES),
            participants: word_set(PARTICIPANTS),
            weapons: word_set(WEAPONS),
            aid_words: word_set(AID_WORDS),
            place_heads: word_set(PLACE_HEADS),
            people_duals: word_set(PEOPLE_DUALS),
            speech: word_set(SPEECH_CLAUSES),
            object_forms,
            object_verbs,
            decision_nouns: word_set(DECISION_NOUNS),
            aggression_nouns: word_set(AGGRESSION_NOUNS),
            calm_nouns: word_set(CALM_NOUNS),
            proposal_nouns: word_set(PROPOSAL_NOUNS),
            words_nouns: word_set(WORDS_NOUNS),
            outcome_verbs: word_set(OUTCOME_VERBS),
            stop_nouns: word_set(STOP_NOUNS),
            number_words: word_set(NUMBER_WORDS),
            counted_units: word_set(&format!("{COUNTED_UNITS} {COUNTED_THINGS}")),
            measure_units: word_set(COUNTED_UNITS),
            march_before: word_set(MARCH_BEFORE),
            march_after: word_set(MARCH_AFTER),
            drone_words: word_set(DRONE_WORDS),
            sent_aid_words: word_set(SENT_AID_WORDS),
            decision_words: word_set(DECISION_WORDS),
            not_sanctioned: word_set(NOT_SANCTIONED),
        }
    })
}

/// Farthest an actor may sit from its trigger, in tokens.
const ACTOR_WINDOW: usize = 12;

/// Farthest an object may sit from its subject, in tokens: titles,
/// honorifics, a time and a place may come between («استقبل … رئيس الدولة،
/// في قصر البحر مساء أمس، رئيس الوزراء الباكستاني شهباز شريف»).
const OBJECT_WINDOW: usize = 18;

/// A day a time expression names, for dating events.
#[derive(Clone, Debug)]
pub struct DatedToken {
    /// First token of the time expression.
    pub token: usize,
    /// The day, when it names one.
    pub date: Option<Date>,
    /// Its ISO value when it names a calendar period (a day, month or
    /// year), for telling apart events told at different times.
    pub period: Option<String>,
}

/// Finds events.
#[derive(Clone, Copy, Debug, Default)]
pub struct EventFinder {
    /// Keep the events whose other side went unfound (an attack with no
    /// target, a person meeting no one named, praise of no one), with a
    /// confidence of at most 0.3. Off by default: over the development
    /// gold sets nine in ten of them were wrong as coded.
    pub one_sided: bool,
}

impl EventFinder {
    /// The events of a document, in text order. `dates` are the days time
    /// expressions name (in text order); `published` dates the article;
    /// `quotes` give the speaker of a verb in the first person said inside
    /// them («نحن ندعم …», «قطعنا العلاقات»).
    pub fn find(
        &self,
        view: &DocView<'_>,
        dates: &[DatedToken],
        published: Option<Date>,
        quotes: &[Quote],
    ) -> Vec<Event> {
        let lex = lexicons();
        let mut events: Vec<Event> = Vec::new();
        for (s_idx, sent) in view.sentences.iter().enumerate() {
            let mut t = sent.start;
            while t < sent.end {
                let norm = view.norm(t);
                let Some(mut trig) = trigger_of(norm)
                    .filter(|_| !in_quoted_name(view, t, sent.clone()))
                    .and_then(|x| needs_context(view, t, sent.end, x))
                else {
                    t += 1;
                    continue;
                };
                // «تفقد موقع الهجوم», «جنازة شهداء الهجوم»: the attack told
                // before, named again by what is its.
                if trig.kind == EventType::Assault
                    && matches!(trig.frame, Frame::Noun | Frame::LightNoun)
                    && t > sent.start
                    && is_aftermath_head(view.norm(t - 1))
                    && strip_conjunction(norm).starts_with("ال")
                {
                    if let Some(prev) = events
                        .iter_mut()
                        .rev()
                        .find(|e| e.kind == EventType::Assault)
                    {
                        prev.also.push(t..t + 1);
                        t += 1;
                        continue;
                    }
                }
                // «تظاهر آلاف المحتجين … رفضا لتمرير الإصلاح», «مسيرات
                // حاشدة … رفضا لقرار الجامعة»: what a protest is against
                // is its purpose, no rejection of its own.
                if trig.kind == EventType::Reject
                    && strip_conjunction(norm) == "رفضا"
                    && (sent.start..t).any(|k| {
                        trigger_of(view.norm(k)).is_some_and(|x| x.kind == EventType::Protest)
                    })
                {
                    t += 1;
                    continue;
                }
                // «بطلب من X», «بناء على طلب X», «تقدمت X بطلب»: a request
                // of its own; «بطلب» otherwise none («رحبت مصر بطلب …»).
                let asked = (trig.stem == "طلب")
                    .then(|| asked_by(view, t, sent.clone(), &events, s_idx))
                    .flatten();
                if asked.is_none() && strip_conjunction(norm) == "بطلب" {
                    t += 1;
                    continue;
                }
                // «برصاص X» after a death or a wound: X shot them.
                let shot = (trig.stem == SHOT_BY)
                    .then(|| shot_by(view, t, sent.clone()))
                    .flatten();
                if trig.stem == SHOT_BY && shot.is_none() {
                    t += 1;
                    continue;
                }
                // «قتل السفير … برصاص شرطي», «قتل شاب برصاص الجيش»: the
                // unvowelled verb is a passive when the shooter comes after
                // «برصاص»; the event is told there.
                if trig.stem == "قتل" && trig.frame == Frame::Verb {
                    let passive = (t + 1..sent.end.min(t + 25))
                        .take_while(|&k| !matches!(view.norm(k), "." | "؛" | ":"))
                        .filter(|&k| matches!(view.norm(k), "برصاص" | "بنيران"))
                        .any(|k| shot_by(view, k, sent.clone()).is_some_and(|(_, _, v)| v == t));
                    if passive {
                        t += 1;
                        continue;
                    }
                }
                // «وهو ما رفضه المتحدث»: after «ما» or a relative, a word
                // with an object pronoun is the verb.
                if trig.frame == Frame::Noun {
                    if let Some(verb) = relative_verb_with_object(view, t) {
                        trig = verb;
                    }
                }
                // «أدانته الوزارة» is the verb with its object pronoun, not
                // the noun «إدانته» that reads alike: the hamza on the alif
                // tells them apart when it is written.
                if trig.frame == Frame::Noun {
                    let raw = view.words[t].text;
                    let bare = raw
                        .strip_prefix(['و', 'ف'])
                        .filter(|r| r.starts_with('أ'))
                        .unwrap_or(raw);
                    if bare.starts_with('أ') {
                        if let Some(&verb) = lex.object_verbs.get(strip_conjunction(norm)) {
                            trig = verb;
                        }
                    }
                }
                // «أن تحتضن الجزائر حوارا بين الفرقاء»: «احتضن» hosts talks
                // only with a word of talks close after it (not a team, a
                // festival or a group harboured).
                if trig.stem == "احتضن"
                    && !(t + 1..sent.end.min(t + 5)).any(|k| {
                        let w = strip_conjunction(view.norm(k));
                        w.ends_with("حوار")
                            || w.ends_with("حوارا")
                            || trigger_of(w).is_some_and(|x| {
                                x.kind == EventType::Consult && x.frame == Frame::Noun
                            })
                    })
                {
                    t += 1;
                    continue;
                }
                // «ستستضيف القاهرة مؤتمرا دوليا»: the gathering hosted is the
                // event, its host the verb's subject.
                if trig.stem == "استضاف" && hosts_gathering(view, t, sent.end) {
                    t += 1;
                    continue;
                }
                // «وتحادث أردوغان هاتفيا مع بوتين», «وبحث الوزير هاتفيا
                // مع نظيره»: talks by telephone.
                if trig.kind == EventType::Consult
                    && trig.frame == Frame::Verb
                    && trig.mode == Some("meet")
                    && (t + 1..sent.end.min(t + 12))
                        .take_while(|&k| !is_clause_punct(view, k))
                        .any(|k| view.norm(k) == "هاتفيا")
                {
                    trig.mode = Some("phone");
                }
                // «ستواصل دعم الشعب السوداني»: after a verb of going on,
                // «دعم» is the verbal noun, the support of that verb's
                // subject.
                if trig.stem == "دعم"
                    && trig.frame == Frame::Verb
                    && t > sent.start
                    && matches!(
                        strip_conjunction(view.norm(t - 1)),
                        "تواصل"
                            | "ستواصل"
                            | "يواصل"
                            | "سيواصل"
                            | "نواصل"
                            | "سنواصل"
                            | "واصلت"
                            | "واصل"
                    )
                {
                    trig.frame = Frame::Noun;
                }
                // «استأنف الوسطاء المحادثات»: resuming talks is talking.
                if trig.stem == "استأنف" && talks_after(view, t, sent.end) {
                    trig.kind = EventType::Consult;
                    trig.mode = Some("meet");
                    trig.cameo = "04";
                }
                // Participles and nouns of speech that merely introduce
                // quotes are not events; nor is a trigger that is a name
                // of its own, or a later word of a person's name («علي بن
                // أبي طالب»). (A first word is left to the tagger: «سلام
                // فياض» tagged whole may hide the verb of the clause.)
                if view
                    .actors_in(t.saturating_sub(MAX_NAME_WORDS)..t + 1 + MAX_NAME_WORDS)
                    .any(|a| {
                        a.tokens == (t..t + 1)
                            || a.label == NerLabel::Person
                                && a.tokens.start < t
                                && a.tokens.contains(&t)
                    })
                {
                    t += 1;
                    continue;
                }
                // «دائرة الاتصال في الرئاسة التركية», «وزارة الاتصالات»:
                // a noun that names an office's field is part of its name.
                if trig.frame != Frame::Verb
                    && t > sent.start
                    && is_office_word(view.norm(t - 1))
                    && view.norm(t).starts_with("ال")
                {
                    t += 1;
                    continue;
                }
                // «سنسحب قواتنا كما اتفقنا», «وفق ما اتفق عليه الجانبان»:
                // what was agreed, recalled as a measure, is no new
                // agreement («كما» opening a clause is "also": «كما اتفقت
                // الجارتان على …»).
                if trig.kind == EventType::Agree
                    && trig.frame == Frame::Verb
                    && t > sent.start + 1
                    && (matches!(view.norm(t - 1), "كما" | "حسبما" | "مثلما" | "وفقما")
                        && !view.is_punct(t - 2)
                        || view.norm(t - 1) == "ما"
                            && t > sent.start + 1
                            && matches!(
                                strip_conjunction(view.norm(t - 2)),
                                "وفق" | "وفقا" | "حسب" | "بحسب" | "طبقا"
                            ))
                {
                    t += 1;
                    continue;
                }
                // «في اتصال هاتفي مع وكالة أنباء أجنبية»: a call to a news
                // outlet is a statement to the press, no meeting of sides.
                if trig.kind == EventType::Consult && is_call_to_media(view, t, sent.end) {
                    t += 1;
                    continue;
                }
                // «أمام حشد من أنصاره»: after a preposition a verb's form
                // is a noun.
                if trig.frame == Frame::Verb
                    && t > sent.start
                    && matches!(view.norm(t - 1), "امام" | "وامام")
                {
                    t += 1;
                    continue;
                }
                // A claim names its claimant between («وتبنت الهجوم كتيبة
                // …» takes up an attack told before).
                let light = light_verb_before(view, t, sent.start, trig.kind).filter(|&v| {
                    (!is_claim_verb(view.norm(v)) || trig.kind == EventType::Assault && v + 1 < t)
                        && (!is_complaint_verb(view.norm(v)) || trig.stem == COMPLAINT_NOUNS)
                });
                // «وقعت … اتفاقية», «أرسلت … مساعدات»: the verb is the
                // trigger and carries the event.
                let verb_carries = light.is_some_and(|v| {
                    trigger_of(view.norm(v))
                        .and_then(|x| needs_context(view, v, sent.end, x))
                        .is_some_and(|x| x.kind == trig.kind && x.frame == Frame::Verb)
                });
                if trig.frame == Frame::LightNoun && verb_carries {
                    t += 1;
                    continue;
                }
                if trig.frame == Frame::LightNoun
                    && light.is_none()
                    && !starts_clause(view, t, sent.start)
                {
                    // «اتفاق» alone is usually a topic, not an event.
                    trig.frame = Frame::Noun;
                }
                // «وجاء الاتفاق تتويجا لوساطة …»: the agreement told
                // before, as the subject of «جاء», is no new one.
                if trig.kind == EventType::Agree
                    && trig.frame != Frame::Verb
                    && is_definite(view, t)
                    && t > sent.start
                    && matches!(
                        strip_conjunction(view.norm(t - 1)),
                        "جاء" | "جاءت" | "ياتي" | "تاتي"
                    )
                    && events.iter().any(|e| e.kind == EventType::Agree)
                {
                    t += 1;
                    continue;
                }
                // «تعليق معاهدة السلام», «تعليق العمل باتفاقية …»: the
                // treaty suspended is no agreement of its own.
                // «ألغى المجلس، في مارس الماضي، اتفاق التعاون»: nor is
                // the treaty a verb of cancelling or suspending has as its
                // object, past its subject, a time or a place.
                if trig.kind == EventType::Agree
                    && trig.frame != Frame::Verb
                    && ((sent.start.max(t.saturating_sub(3))..t).any(|k| {
                        trigger_of(view.norm(k)).is_some_and(|x| {
                            matches!(x.kind, EventType::Sanction | EventType::Retreat)
                                && x.frame == Frame::Noun
                        })
                    }) || (sent.start.max(t.saturating_sub(16))..t).any(|k| {
                        trigger_of(view.norm(k)).is_some_and(|x| {
                            x.frame == Frame::Verb && matches!(x.stem, "ألغى" | "علق")
                        })
                    }))
                {
                    t += 1;
                    continue;
                }
                // «الجهود … للتوصل إلى اتفاق»: what is strived for is no
                // event; «أسفرت الوساطة عن التوصل إلى اتفاق» tells it was
                // reached.
                let reaching = trig.frame != Frame::Verb
                    && t >= sent.start + 2
                    && view.norm(t - 1) == "الي"
                    && matches!(
                        strip_conjunction(view.norm(t - 2)),
                        "للتوصل" | "التوصل" | "بالتوصل" | "سعيا" | "للوصول" | "الوصول"
                    );
                // «أعلن الوزيران التوصل إلى اتفاق»: announcing it tells it
                // was reached (not «للتوصل», what is sought).
                let reached = reaching
                    && ((sent.start.max(t.saturating_sub(5))..t - 2)
                        .any(|k| has_word(&lex.outcome_verbs, view.norm(k)))
                        || trig.kind == EventType::Agree
                            && strip_conjunction(view.norm(t - 2)) == "التوصل"
                            && announced_since(view, t - 2, sent.start));
                if reaching && !reached {
                    t += 1;
                    continue;
                }
                // «وافق على وقف الضربات», «لإنهاء الحرب»: an act a noun of
                // stopping governs is what is to stop, no event.
                if trig.frame != Frame::Verb && stopped(view, t, sent.start) {
                    t += 1;
                    continue;
                }
                // «وينص الاتفاق … على انسحاب الجيش», «اتفاق يقضي باستئناف
                // …»: what an agreement or a text provides for is its
                // content, not an event.
                // («… يقضي بوقف إطلاق النار، في ختام مشاورات برعاية
                // الأمم المتحدة»: who cared for the talks is no content.)
                if matches!(trig.frame, Frame::Noun | Frame::LightNoun)
                    && trig.mode != Some("mediate")
                    && provided_for(view, t, sent.start)
                {
                    t += 1;
                    continue;
                }
                // «أدان الهجوم», «رفض الاتفاق»: a noun that is the object of
                // a verb trigger in its clause is not an event of its own.
                // «بحثا تداعيات قرار موسكو تعليق الرحلات»: what a decision
                // decides is an act of its own.
                // («قرار بشأن تعليق …» is yet to be taken.)
                let is_mark_at = |j: usize| super::quotes::quote_mark(view, j).is_some();
                // The noun itself quoted: «اتهم … بـ"احتجاز"».
                let quoted_noun =
                    t > 0 && is_mark_at(t - 1) && (t + 1..(t + 8).min(sent.end)).any(is_mark_at);
                let decided = (sent.start.max(t.saturating_sub(3))..t).any(|k| {
                    matches!(
                        strip_conjunction(view.norm(k)),
                        "قرار" | "بقرار" | "لقرار" | "قرارها" | "قراره" | "القرار"
                    ) && !(k + 1..t).any(|x| matches!(view.norm(x), "بشان" | "حول" | "بخصوص"))
                });
                if trig.frame == Frame::Noun
                    && !decided
                    && shot.is_none()
                    && trig.stem != "وقف"
                    // «أطلقت الشرطة الغاز لتفريق المحتجين»: what the act
                    // was for is an act of its own.
                    && trig.stem != DISPERSAL_NOUNS
                    && trig.mode != Some("mediate")
                    // «تقدمت السويد بطلب الانضمام»: a request of its own.
                    && asked.is_none()
                    && relative_act(view, t, sent.end).is_none()
                    && agent_and_object(view, t, sent.end, trig).is_none()
                    && (sent.start.max(t.saturating_sub(8))..t)
                        .rev()
                        // «اتهم … السعودية بـ"احتجاز" الحريري»: a quote
                        // mark around the noun is no break.
                        .take_while(|&k| {
                            !view.is_punct(k)
                                || view.words[k].text.chars().all(super::quotes::is_quote_char)
                        })
                        // (Not a verb inside a quoted name before the
                        // noun: «للتحالف "تحالف دعم الشرعية" إغلاقا».)
                        .filter(|&k| {
                            let marks = (k + 1..t).filter(|&j| is_mark_at(j)).count();
                            marks % 2 == 0 || quoted_noun
                        })
                        .any(|k| {
                            lex.triggers.get(view.norm(k)).is_some_and(|x| {
                                (x.frame == Frame::Verb
                                    || x.frame == Frame::Participle
                                        && matches!(
                                            x.kind,
                                            EventType::Accuse
                                                | EventType::Request
                                                | EventType::Threaten
                                        ))
                                    // «نفى أن يكون قد التقى» denies an
                                    // event; «نفت اتهامات بغداد» only
                                    // words said.
                                    && (x.stem != "نفى" || trig.kind == EventType::Accuse)
                                    && !(x.stem == "استضاف" && trig.mode == Some("multilateral"))
                                    // «يتوجه إلى أنقرة لإجراء محادثات مع
                                    // أردوغان»: talks a visit is made to
                                    // hold are a meeting of their own.
                                    && !(x.mode == Some("visit")
                                        && light.is_some_and(|v| is_purpose_light(view, v)))
                            })
                        })
                {
                    t += 1;
                    continue;
                }
                // «استضافت قطر جولة محادثات بين A وB»: the talks are the
                // mediation just told.
                if trig.kind == EventType::Consult
                    && trig.frame == Frame::Noun
                    && events
                        .last()
                        .is_some_and(|e| e.sentence == s_idx && e.mode == Some("mediate"))
                {
                    t += 1;
                    continue;
                }
                if trig.mode == Some("multilateral") && is_definite(view, t) {
                    // «وشارك في القمة X», «على هامش القمة»: the summit told
                    // before, with the participants this sentence adds.
                    if let Some(summit) = events.iter_mut().rev().find(|e| is_summit(view, e)) {
                        for a in later_summit_mention(view, t, sent.clone()) {
                            if !summit.source.iter().any(|s| s.same(&a)) {
                                summit.source.push(a);
                            }
                        }
                        summit.also.push(t..t + 1);
                        t += 1;
                        continue;
                    }
                    // «عقب القمة», «على هامش القمة»: a time or a setting,
                    // not the event itself.
                    if t > sent.start
                        && matches!(
                            strip_conjunction(view.norm(t - 1)),
                            "عقب" | "بعد" | "قبل" | "هامش"
                        )
                    {
                        t += 1;
                        continue;
                    }
                }
                // «عقب اجتماع ثنائي بحث التطورات», «مبادرة عربية تساعد
                // …»: a verb right after an indefinite noun of an event
                // (and its adjective) describes that noun.
                if trig.frame == Frame::Verb
                    && trig.stem != SIGNED_IT
                    && describes_event_noun(view, t, sent.start)
                {
                    t += 1;
                    continue;
                }
                if trig.frame == Frame::Verb && is_masdar_use(view, t, sent.start, trig) {
                    // «في دعم لبنان»: the verbal noun, spelt as the verb.
                    trig.frame = Frame::Noun;
                }
                let receive = light.is_some_and(|k| has_word(&lex.receive_verbs, view.norm(k)));
                trig.reversed = receive;
                // «للمطالبة» is a demand only as a protest's purpose, made
                // by its crowd.
                let protest = (trig.stem == PROTEST_PURPOSE)
                    .then(|| {
                        events
                            .iter()
                            .rev()
                            .find(|e| e.sentence == s_idx && e.kind == EventType::Protest)
                            .map(|e| e.source.clone())
                    })
                    .flatten();
                if trig.stem == PROTEST_PURPOSE && protest.is_none() {
                    t += 1;
                    continue;
                }
                let found = match shot {
                    Some((shooter, shot, verb)) => {
                        // «وقتل X … بنيران الجيش»: the verb is passive, its
                        // subject the one killed, not a killer.
                        events.retain(|e| !(e.sentence == s_idx && e.trigger.contains(&verb)));
                        Some(event_with_sides(
                            trig,
                            t,
                            s_idx,
                            vec![shooter],
                            vec![shot],
                            0.7,
                        ))
                    }
                    None => begun_withdrawal(view, t, trig, s_idx, sent.clone()).or_else(|| {
                        self.event_at(view, t, light, trig, s_idx, sent.clone(), &events)
                    }),
                };
                // «تقدمت السويد بطلب الانضمام»: the request its noun tells,
                // though no frame of the noun finds its sides.
                // (Its sides are set below.)
                let found = found.or_else(|| {
                    asked
                        .as_ref()
                        .map(|_| event_with_sides(trig, t, s_idx, Vec::new(), Vec::new(), 0.6))
                });
                // «بموجب اتفاقية فيينا», «اتفاق الطائف», «اتفاقية أوسلو»: a
                // city right after the noun of an agreement names the
                // treaty; it made no agreement here.
                let treaty_name = |e: &Event| {
                    trig.kind == EventType::Agree
                        && trig.frame != Frame::Verb
                        && ["اتفاق", "معاهد", "مذكر", "ميثاق", "اعلان", "بروتوكول"]
                            .iter()
                            .any(|w| norm.contains(w))
                        && e.source.len() == 1
                        && e.source[0].tokens.start == t + 1
                        && is_location(view, &e.source[0])
                        && !is_country(view, e.source[0].cluster)
                        // («اتفاق طهران والوكالة»: two sides.)
                        && e.target.iter().all(|a| a.tokens.start != e.source[0].tokens.end)
                };
                let found = found.filter(|e| !treaty_name(e));
                if let Some(mut ev) = found {
                    if ev.target.is_empty() {
                        ev.target = pronoun_object_of_event_before(view, t, trig, &ev, &events);
                    }
                    // «زار السبهان بيروت، والتقى عون»: the one name after a
                    // meeting verb joined on is whom the doer before met.
                    // (Not «والتقت اللجنة بأحد الزوار»: a body with its
                    // own object; nor where the doer before is no person
                    // or state.)
                    let person = |a: &Actor| {
                        a.cluster
                            .and_then(|c| view.resolution.clusters.get(c))
                            .is_some_and(|c| c.label == Some(NerLabel::Person))
                    };
                    if ev.target.is_empty()
                        && ev.kind == EventType::Consult
                        && ev.source.len() == 1
                        && person(&ev.source[0])
                        && ev.source[0].tokens.start > t
                        && !view.norm(ev.source[0].tokens.end).starts_with('ب')
                        && view.norm(ev.source[0].tokens.end) != "مع"
                    {
                        if let Some(doer) =
                            doer_going_on(view, t, s_idx, &[], &events).filter(|d| {
                                !d.iter().any(|a| a.same(&ev.source[0]))
                                    && d.iter().all(|a| person(a) || is_country(view, a.cluster))
                            })
                        {
                            ev.target = std::mem::replace(&mut ev.source, doer);
                        }
                    }
                    // «ألقت الشرطة القبض على 25 متظاهرا», «أعلنت الداخلية
                    // توقيف 45 شخصا»: the one named between the verb and
                    // the noun of the arrest makes it.
                    // «وفي وسط بيروت، تظاهر آلاف اللبنانيين», «حيث احتشد
                    // عشرات الآلاف من المواطنين»: the counted crowd after a
                    // protest verb protests, not the place before it.
                    if trig.kind == EventType::Protest && trig.frame == Frame::Verb {
                        if let Some(crowd) = crowd_after_verb(view, t, sent.end) {
                            let inside = |a: &Actor| {
                                a.tokens.start < crowd.tokens.end
                                    && crowd.tokens.start < a.tokens.end
                            };
                            ev.target.retain(|a| !inside(a));
                            if !ev.source.iter().any(inside) {
                                ev.source = vec![crowd];
                            }
                        }
                    }
                    // «أعلنت السعودية والإمارات، أمس، خلال المؤتمر الذي
                    // افتتحه الرئيس X، تقديم ودائع لمصر»: the givers are the
                    // ones who announce or decide the giving.
                    if trig.stem == GIVING_NOUN {
                        let givers = announced_by(view, t, sent.clone(), &events);
                        if !givers.is_empty() {
                            ev.target.retain(|a| !givers.iter().any(|g| g.same(a)));
                            ev.source = givers;
                        }
                    }
                    // «… بقيمة 4 مليارات دولار من كل منها»: each gives.
                    let each_gives = trig.kind == EventType::Aid
                        && (t + 1..sent.end.saturating_sub(1)).any(|k| {
                            view.norm(k) == "كل"
                                && matches!(view.norm(k + 1), "منها" | "منهما" | "منهم")
                        });
                    if trig.stem == ARREST_NOUNS && ev.source.is_empty() {
                        ev.source
                            .extend(doer_between(view, t, sent.start, ARREST_MAKERS, false));
                    }
                    // «أعلن حزب الله استهداف موقع المطلة بالصواريخ»: the one
                    // who claims the attack, on what follows the noun.
                    if (trig.stem.starts_with("استهداف|") || trig.stem == DOWNING_NOUNS)
                        && ev.source.is_empty()
                    {
                        if let Some(doer) = doer_between(view, t, sent.start, ATTACK_CLAIMS, true) {
                            ev.source = vec![doer];
                            // (A place further on is where: «استهداف سفينة
                            // في خليج عدن».)
                            if ev.target.iter().all(|a| is_location(view, a)) {
                                if let Some(aim) = aimed_phrase(view, t + 1, sent.end) {
                                    ev.target = vec![aim];
                                }
                            }
                        }
                    }
                    if let Some(crowd) = protest {
                        ev.target.retain(|a| !crowd.iter().any(|c| c.same(a)));
                        ev.source = crowd;
                    }
                    // «استدعت سفيرها لدى كندا»: the recall is aimed at the
                    // state the envoy served in; «أعلنت الحكومة طرد السفير
                    // الليبي في أثينا»: the expulsion at the envoy. Both are
                    // done by the subject of the clause, not by the envoy.
                    let recall = recalls_envoy(ev.kind, trig);
                    let targets = if recall {
                        recalled_from(view, t, sent.end)
                    } else if trig.stem == "طرد" || trig.stem == NON_GRATA {
                        expelled_envoy(view, t, sent.end).into_iter().collect()
                    } else {
                        Vec::new()
                    };
                    if let Some(target) = targets.first().cloned() {
                        // A verb's subject comes before the envoy; a noun's
                        // genitive is the envoy, not the doer.
                        let envoy = own_envoy(view, t, sent.end).unwrap_or(t + 1);
                        let clashes = ev.source.is_empty()
                            || ev.source.iter().any(|a| {
                                a.tokens.start >= envoy
                                    || a.same(&target)
                                    || trig.frame != Frame::Verb && a.tokens.start > t
                            });
                        if clashes {
                            let subject = clause_subject(view, sent.start, t, &events, s_idx);
                            if !subject.is_empty() {
                                ev.source = subject;
                            }
                        }
                        // «أعلن الوزير استدعاء سفيري إسرائيل لدى …»: the
                        // state whose envoys they are recalls them.
                        if let Some(state) = envoy_state(view, envoy, sent.end).filter(|_| recall) {
                            ev.source = vec![state];
                        }
                        ev.target = targets;
                    }
                    // «بدأت القوات عملياتها، استجابة لطلب تقدم به الرئيس»:
                    // the clause's subject grants what the one named asked.
                    if trig.stem == RESPONSE_NOUNS {
                        // The doer of the act told before it in the sentence,
                        // else the first actor of its clause.
                        ev.source = events
                            .iter()
                            .rev()
                            .find(|e| e.sentence == s_idx && e.trigger.start < t)
                            .map(|e| e.source.clone())
                            .unwrap_or_else(|| {
                                // («قال مصدر إن وحدات من القوات السعودية
                                // دخلت … استجابة لطلب …»: after «إن».)
                                let from = sent.start;
                                let from = (from..t)
                                    .rfind(|&k| super::quotes::is_complementizer(view.norm(k)))
                                    .map_or(from, |k| k + 1);
                                view.actors_in(from..t)
                                    .find(|a| can_act(view, a) && !is_place_use(view, a))
                                    .map(|a| vec![Actor::from(a)])
                                    .unwrap_or_default()
                            });
                        ev.target = requester_after(view, t, sent.end)
                            .into_iter()
                            .filter(|a| !ev.source.iter().any(|s| s.same(a)))
                            .collect();
                        if ev.target.is_empty() {
                            ev.source.clear();
                        }
                    }
                    // «إثر هجوم شنته البحرية الإسرائيلية على سفينة …»: the
                    // doer a relative clause names, on what follows it.
                    if trig.kind == EventType::Assault && trig.frame != Frame::Verb {
                        if let Some(v) = relative_act(view, t, sent.end) {
                            let doer =
                                first_actors_after(view, v + 1, sent.end.min(v + 6), &events);
                            if let Some(last) = doer.iter().map(|a| a.tokens.end).max() {
                                let aim = (last..sent.end.min(last + 3))
                                    .find(|&k| matches!(view.norm(k), "علي" | "ضد"))
                                    .and_then(|k| {
                                        view.actor_starting_at(k + 1)
                                            .map(Actor::from)
                                            .or_else(|| object_phrase_at(view, k + 1, sent.end))
                                    });
                                ev.target.retain(|a| !doer.iter().any(|d| d.same(a)));
                                // (A state already found stays: «على قاعدة
                                // عسكرية في شمال مالي», §4.12.)
                                if let Some(aim) = aim.filter(|_| {
                                    ev.target.iter().all(|a| !is_country(view, a.cluster))
                                }) {
                                    ev.target = vec![aim];
                                }
                                ev.source = doer;
                            }
                        }
                    }
                    // A complaint against no one named is a grievance, no
                    // event («تقديم شكوى إلى الهيئة»).
                    if trig.stem == COMPLAINT_NOUNS {
                        ev.target = complained_of(view, t, sent.end);
                        if ev.target.is_empty() {
                            ev.source.clear();
                        }
                    }
                    let mut request_made = false;
                    if let Some(AskedBy {
                        askers,
                        asked,
                        done,
                    }) = asked
                    {
                        // The request came before what was done on it
                        // («من المقرر أن يعقد … بطلب من X»): made, not
                        // planned; and the askers are not what was done to.
                        request_made = true;
                        if let Some(done) = done.and_then(|i| events.get_mut(i)) {
                            done.target.retain(|a| !askers.iter().any(|b| b.same(a)));
                        }
                        ev.source = askers;
                        ev.target = asked;
                    }
                    // «ونفت الخارجية هذه الاتهامات», «وهو ما نفته طهران»: a
                    // denial of an accusation rejects the accuser.
                    // «نفت السفارة الروسية أي تورط لموسكو»: a denial of
                    // any part in an act denies the accusation told
                    // before; the one said to have a part («لموسكو») is
                    // not whom the denial is aimed at.
                    // «نفت الخارجية التركية اتهامات بغداد»: what is
                    // rejected names its author; the rejection is aimed at
                    // him.
                    // «اعتقلت الشرطة ثلاثة صحفيين ثم أفرجت عنهم»: those a
                    // release of «them» frees are the ones just held.
                    // («وأطلق سراحه» with no one held before is mostly
                    // the passive, told of the one freed: no event.)
                    // (Whatever the object search found past the pronoun is
                    // no one freed.)
                    if ev.kind == EventType::Concede && trig.frame == Frame::Verb {
                        if let Some((n, k)) = released_pronoun(view, after_subject(t, &ev.source)) {
                            ev.target = held_before(view, &events, s_idx, n)
                                .into_iter()
                                .filter(|a| !ev.source.iter().any(|s| s.same(a)))
                                .collect();
                            if ev.target.is_empty()
                                && strip_conjunction(view.norm(k)).starts_with("سراح")
                            {
                                t += 1;
                                continue;
                            }
                        }
                    }
                    if ev.kind == EventType::Reject && ev.target.is_empty() {
                        if let Some(author) = accusation_author(view, t, sent.end) {
                            ev.target = vec![author];
                        } else if let Some(issuers) = statement_issuers(
                            view,
                            after_subject(t, &ev.source),
                            sent.end,
                            s_idx,
                            &events,
                        ) {
                            ev.target = issuers;
                        }
                    }
                    // «كما دعا القرار الدول العربية إلى …»: a decision or a
                    // statement calls on the body after it; the body whose
                    // decision it was, named before, is the source.
                    if ev.kind == EventType::Request && trig.frame == Frame::Verb {
                        if let Some(issuer) = issuer_of_decision(view, t, s_idx) {
                            ev.target = view
                                .actor_starting_at(t + 2)
                                .filter(|a| can_act(view, a))
                                .map(Actor::from)
                                .into_iter()
                                .collect();
                            ev.source = vec![issuer];
                        }
                    }
                    // «أن تحتضن الجزائر حوارا بين الفرقاء إذا طلبوا ذلك»: a
                    // request on which an act hangs is made to the one who
                    // would act, the doer of the event just told.
                    if ev.kind == EventType::Request
                        && trig.frame == Frame::Verb
                        && ev.target.is_empty()
                        && t > sent.start
                        && matches!(view.norm(t - 1), "اذا" | "ان" | "لو" | "متي")
                    {
                        if let Some(doer) = events
                            .iter()
                            .rev()
                            .find(|e| {
                                e.sentence == s_idx && e.trigger.end <= t && !e.source.is_empty()
                            })
                            .map(|e| e.source.clone())
                            .filter(|d| !d.iter().any(|a| ev.source.iter().any(|b| b.same(a))))
                        {
                            ev.target = doer;
                        }
                    }
                    // «ودعت السفارة جميع الأطراف إلى …»: a verb's addressee
                    // named by no entity, as a participle's
                    // ([`addressee_phrase`]).
                    if ev.kind == EventType::Request
                        && ev.target.is_empty()
                        && matches!(trig.frame, Frame::Verb | Frame::Participle)
                        && matches!(
                            trig.stem,
                            "دعا" | "ناشد" | "حث" | "داعيا|داعية|داعين|داعيين"
                        )
                    {
                        let subject = ev
                            .source
                            .iter()
                            .filter(|a| a.tokens.start > t && a.tokens.start <= t + 2)
                            .max_by_key(|a| a.tokens.end);
                        let from = subject.map_or(t + 1, |a| a.tokens.end);
                        // «دعا مبعوث الأمم المتحدة الخاص إلى سوريا»: after
                        // the body of a title come the title's adjectives.
                        let titled = subject.is_some_and(|a| {
                            a.tokens.start > 0 && super::is_title_at(view, a.tokens.start - 1)
                        });
                        // Not the subject: a statement («ودعا التقرير إلى …»)
                        // or God in a prayer.
                        let subject_noun = matches!(
                            view.norm(from),
                            "الله"
                                | "التقرير"
                                | "البيان"
                                | "البلاغ"
                                | "القرار"
                                | "المشروع"
                                | "الاعلان"
                        );
                        if let Some(group) = addressee_phrase(view, from, sent.end)
                            .filter(|_| !titled && !subject_noun)
                        {
                            ev.target = vec![group];
                        }
                    }
                    let denies_part = is_denial(trig) && denies_involvement(view, t, sent.end);
                    if ev.kind == EventType::Reject
                        && is_denial(trig)
                        && (denies_part
                            || ev.target.is_empty() && denies_accusation(view, t, sent.end))
                    {
                        // The accuser proper («اتهمت», «اتهامات») before
                        // one who condemned or summoned since.
                        let accusations = || {
                            events.iter().rev().filter(|e| {
                                e.kind == EventType::Accuse && s_idx.saturating_sub(e.sentence) <= 4
                            })
                        };
                        let accuser = accusations()
                            .find(|e| view.norm(e.trigger.start).contains("تهم"))
                            .or_else(|| {
                                accusations().find(|e| s_idx.saturating_sub(e.sentence) <= 2)
                            })
                            .map(|e| e.source.clone())
                            .unwrap_or_default();
                        ev.target = accuser
                            .into_iter()
                            .filter(|a| !ev.source.iter().any(|s| s.same(a)))
                            .collect();
                    }
                    // A meeting or agreement in the first person («اتفقنا»)
                    // has both sides as «we»: the speaker alone is not its
                    // source.
                    if trig.frame == Frame::Verb
                        && !trig.kind.is_symmetric()
                        && is_first_person(view.norm(t), trig.stem)
                    {
                        if let Some(speaker) = speaker_of(quotes, t) {
                            speaker_acts(view, &mut ev, speaker);
                        }
                    }
                    // «نددت الخارجية بالخطوة، مؤكدة أن موسكو "سترد
                    // بالمثل"»: the speaker threatens (annotation guide
                    // §4.19), towards whom the condemnation just told in
                    // the sentence aims at, unless a condition names one.
                    // («حذر الرباط من أن إسبانيا "سترد بحزم"»: the warning
                    // told is the threat.)
                    let warned = trig.stem == RESPONSE_PROMISES
                        && quotes
                            .iter()
                            .find(|q| q.tokens.contains(&t))
                            .is_some_and(|q| {
                                events.iter().any(|e| {
                                    e.sentence == s_idx
                                        && e.kind == EventType::Threaten
                                        && q.cue.as_ref().is_some_and(|c| {
                                            c.contains(&e.trigger.start)
                                                || e.trigger.contains(&c.start)
                                        })
                                })
                            });
                    if trig.stem == RESPONSE_PROMISES && warned {
                        ev.source.clear();
                    } else if trig.stem == RESPONSE_PROMISES {
                        if let Some(speaker) =
                            speaker_of(quotes, t).filter(|sp| sp.cluster.is_some())
                        {
                            ev.source = vec![Actor::from(speaker)];
                            if ev.target.is_empty() {
                                ev.target = events
                                    .iter()
                                    .rev()
                                    .find(|e| {
                                        e.sentence == s_idx
                                            && matches!(
                                                e.kind,
                                                EventType::Accuse | EventType::Reject
                                            )
                                            && e.source.iter().any(|a| a.same(&ev.source[0]))
                                    })
                                    .map(|e| e.target.clone())
                                    .unwrap_or_default();
                            }
                            ev.target.retain(|a| !a.same(&ev.source[0]));
                        }
                    }
                    // «وقال أردوغان في كلمة أمام …، إن …، مهددا الدول
                    // الأوروبية بـ"…"»: a participle that cues a quote has
                    // the quote's speaker as its source.
                    // «وحذر من أن …» with no subject of its own: the
                    // speaker the quote layer found for the cue.
                    let own_subject = ev.source.iter().any(|a| {
                        a.tokens.start > t && a.tokens.start <= t + 2
                            || a.tokens.end <= t && a.tokens.end + 2 >= t
                    });
                    if trig.frame == Frame::Participle
                        || trig.frame == Frame::Verb
                            && trig.kind == EventType::Threaten
                            && view.words[t].text.starts_with('و')
                            && !own_subject
                    {
                        let cued = quotes
                            .iter()
                            .find(|q| q.cue.as_ref().is_some_and(|c| c.contains(&t)))
                            .and_then(|q| q.speaker.as_ref())
                            .filter(|sp| sp.cluster.is_some());
                        if let Some(sp) = cued {
                            let who = Actor::from(sp);
                            if !ev.source.iter().any(|a| a.same(&who)) {
                                ev.target.retain(|a| !a.same(&who));
                                ev.source = vec![who];
                            }
                        }
                    }
                    // «وأضاف أن القناة "هدية مصر للعالم"، داعيا
                    // المستثمرين …»: a participle right after a quote goes
                    // on with its speaker, not with a name quoted.
                    if trig.frame == Frame::Participle {
                        let said = quotes
                            .iter()
                            .find(|q| {
                                q.tokens.end <= t
                                    && q.tokens.end + 3 >= t
                                    && (q.tokens.end..t).all(|k| view.is_punct(k))
                                    && ev.source.iter().all(|a| {
                                        q.tokens.start <= a.tokens.start
                                            && a.tokens.end <= q.tokens.end
                                    })
                            })
                            .and_then(|q| q.speaker.as_ref())
                            .filter(|sp| sp.cluster.is_some());
                        if let Some(sp) = said {
                            let who = Actor::from(sp);
                            ev.target.retain(|a| !a.same(&who));
                            ev.source = vec![who];
                        }
                    }
                    // «…، مشيرا إلى أنه سيزور الكويت»: «he» on the
                    // complementizer is the one who says so, not the noun
                    // nearest before it («حرص بغداد على …»).
                    if trig.frame == Frame::Verb
                        && t > sent.start
                        && matches!(strip_conjunction(view.norm(t - 1)), "انه" | "بانه")
                    {
                        if let Some(sp) = speaker_of(quotes, t).filter(|sp| {
                            view.mentions_in(sp.tokens.clone())
                                .any(|m| m.label == NerLabel::Person)
                        }) {
                            let who = Actor::from(sp);
                            ev.target.retain(|a| !a.same(&who));
                            ev.source = vec![who];
                        }
                    }
                    let nearest = dates
                        .iter()
                        .filter(|d| {
                            view.sentence_of(d.token) == s_idx
                                && (d.date.is_some() || d.period.is_some())
                                && !is_deadline(view, d.token)
                                && !new_clause_between(view, t, d.token)
                                && !(matches!(trig.frame, Frame::Verb | Frame::Participle)
                                    && other_clause_after(view, t, d.token))
                                && !later_relative_clause(view, t, d.token)
                        })
                        .min_by_key(|d| d.token.abs_diff(t));
                    ev.date = nearest.and_then(|d| d.date);
                    ev.period = nearest.and_then(|d| d.period.clone());
                    if let (Some(d), Some(p)) = (ev.date, published) {
                        if d > p
                            && ev.modality == Modality::Asserted
                            && ev.kind != EventType::Threaten
                        {
                            ev.modality = Modality::Planned;
                        }
                    }
                    if request_made && ev.modality == Modality::Planned {
                        ev.modality = Modality::Asserted;
                    }
                    // «أسفرت الوساطة بين A وB عن التوصل إلى اتفاق»: the
                    // sides of the talks it came out of, in the sentence or
                    // the one before (the mediated, not the mediator).
                    if reached && ev.source.is_empty() {
                        let talks = events.iter().rev().find(|e| {
                            e.kind == EventType::Consult && s_idx.saturating_sub(e.sentence) <= 1
                        });
                        if let Some(e) = talks {
                            let mut sides: Vec<Actor> = if e.mode == Some("mediate") {
                                e.target.clone()
                            } else {
                                e.source.iter().chain(&e.target).cloned().collect()
                            };
                            if sides.len() >= 2 {
                                ev.target = sides.split_off(1);
                                ev.source = sides;
                            }
                        }
                    }
                    if ev.source.is_empty() {
                        // «هذه المحادثات», «وتناولت المباحثات»: the event
                        // told before, if there is one of the kind.
                        if trig.frame != Frame::Verb && is_definite(view, t) {
                            if let Some(prev) = events.iter_mut().rev().take(4).find(|e| {
                                e.kind == ev.kind && s_idx.saturating_sub(e.sentence) <= 3
                            }) {
                                prev.also.push(ev.trigger);
                            }
                        }
                    } else if (trig.reversed && trig.mode == Some("phone") || each_gives)
                        && ev.source.len() >= 2
                    {
                        // «تلقى سيلا من الاتصالات، أبرزها من A وB»: a call
                        // has two ends; calls from several callers are one
                        // call each.
                        for one in std::mem::take(&mut ev.source) {
                            let mut e = ev.clone();
                            e.source = vec![one];
                            e.mode = trig.mode;
                            merge_into(&mut events, view, e);
                        }
                    } else if (is_dual_noun(view.norm(t))
                        || recalls_envoy(ev.kind, trig)
                        || goes_to_each_place(view, t, trig, &ev))
                        && ev.target.len() >= 2
                    {
                        // «أجرى اتصالين بكل من A وB»: one call each;
                        // «استدعاء سفيريها لدى مالي والنيجر»: one recall
                        // from each state.
                        for one in std::mem::take(&mut ev.target) {
                            let mut e = ev.clone();
                            e.target = vec![one];
                            e.mode = trig.mode;
                            merge_into(&mut events, view, e);
                        }
                    } else {
                        merge_into(&mut events, view, ev);
                    }
                }
                t += 1;
            }
        }
        claimed_attacks(view, &mut events);
        tour_stops(view, dates, published, &mut events);
        arrivals_for_talks(view, dates, published, &mut events);
        talks_held_in_a_call(view, &mut events);
        talks_a_trip_is_for(view, &mut events);
        place_meetings_where_visited(view, &mut events);
        aim_protests(view, &mut events);
        expand_groups(view, &mut events);
        split_meetings_one_by_one(view, &mut events);
        for e in &mut events {
            the_pair_a_dual_pronoun_owns(view, e);
            if e.kind == EventType::Accuse {
                let trigger = e.trigger.clone();
                e.target
                    .retain(|a| !is_attacked_in_object(view, trigger.clone(), a));
            }
            // «مؤتمرهم الذي قاطعته مصر»: those who met are no target of
            // the one who stayed away.
            if e.kind == EventType::Consult
                && e.trigger.len() == 1
                && is_boycott_verb(view.norm(e.trigger.start))
            {
                e.target.clear();
            }
            // Forces deployed are no one acted on: a mobilization aims at
            // a state or a front only when one is named.
            if e.kind == EventType::Mobilize {
                // Nor is where they are or go («دوريات في ريف الحسكة»,
                // «إرسال سفينتين حربيتين إلى خليج عدن», «إرسال مستشارين
                // عسكريين إلى حكومة الوفاق», guide §4.12, §4.15).
                let where_to = |a: &Actor| {
                    let before = a.tokens.start.saturating_sub(2)..a.tokens.start;
                    is_location(view, a) && before.clone().any(|k| view.norm(k) == "في")
                        || before.into_iter().any(|k| view.norm(k) == "الي")
                };
                e.target
                    .retain(|a| !(a.cluster.is_none() && a.sector == Some("MIL") || where_to(a)));
            }
            if e.kind == EventType::Assault && e.target.is_empty() {
                let sent = &view.sentences[e.sentence];
                e.target
                    .extend(exposed_to_attack(view, e.trigger.start, sent.start));
            }
            if e.target.is_empty() && e.trigger.len() == 1 {
                let object = match e.kind {
                    EventType::Support | EventType::Accuse | EventType::Reject => {
                        object_with_ba(view, e)
                    }
                    // «جمدت الولايات المتحدة الأرصدة الإيرانية»: a state's
                    // holdings, named by its nisba, are the state.
                    EventType::Sanction => nisba_object(view, e).or_else(|| {
                        let end = view.sentences[e.sentence].end;
                        nisba_object_after(view, object_start(e), end).filter(|a| a.state)
                    }),
                    EventType::Coerce | EventType::Assault => nisba_object(view, e),
                    _ => None,
                };
                e.target
                    .extend(object.filter(|a| !e.source.iter().any(|s| s.same(a))));
            }
            keep_aside_actors(view, e);
            // «ودعت اللجنة الرباعية الفلسطينيين والإسرائيليين إلى …»: the
            // peoples a call is addressed to.
            if e.kind == EventType::Request && e.target.is_empty() && e.trigger.len() == 1 {
                e.target = peoples_addressed(view, e);
            }
            // «مجددا دعم واشنطن للمحكمة», «دعم إسبانيا لمبادرة الحكم الذاتي
            // المغربية»: what the support is for, after «لـ».
            if e.kind == EventType::Support && e.target.is_empty() && e.trigger.len() == 1 {
                e.target.extend(
                    supported_after(view, e).filter(|a| !e.source.iter().any(|s| s.same(a))),
                );
            }
            // «استقبل الرئيس، اليوم، وفدا من مشايخ القبائل الليبية»: the
            // guest a host verb names after asides.
            if e.kind == EventType::Consult && e.target.is_empty() && e.trigger.len() == 1 {
                e.target
                    .extend(guest_after(view, e).filter(|a| !e.source.iter().any(|s| s.same(a))));
            }
            // «قصفت الطائرات موقعا عسكريا قرب حمص», «هجوم على حافلة»: an
            // attack aimed at what no name stands for, a town further on
            // being where.
            if e.kind == EventType::Assault
                && e.target
                    .iter()
                    .all(|a| is_location(view, a) && !is_country(view, a.cluster))
            {
                if let Some(object) = attack_object(view, e) {
                    if e.target.iter().all(|a| a.tokens.start >= object.tokens.end) {
                        e.target = vec![object];
                    }
                }
            }
        }
        // «ونفت وزارة الخارجية الإيرانية أي دور لطهران»: a stance is not
        // aimed at the speaker's own state, nor a state's or a state
        // body's at its capital (a region's leader may address his
        // capital: «دعا بارزاني بغداد إلى …»).
        for e in events.iter_mut().filter(|e| {
            matches!(
                e.kind,
                EventType::Reject | EventType::Accuse | EventType::Support | EventType::Request
            )
        }) {
            let own: Vec<&str> = e
                .source
                .iter()
                .filter_map(|a| country_of(view, a))
                .collect();
            if own.len() == e.source.len() && !own.is_empty() {
                let own: Vec<String> = own.into_iter().map(str::to_string).collect();
                let states = e.source.iter().all(|a| match a.cluster {
                    None => true,
                    Some(c) => {
                        is_state_or_capital(view, a.cluster)
                            || view.resolution.clusters.get(c).is_some_and(|x| {
                                x.label == Some(NerLabel::Organization)
                                    && super::sector_of(view.resolution, view.kb, c) == Some("GOV")
                            })
                    }
                });
                e.target.retain(|a| {
                    let ours = country_of(view, a).is_some_and(|c| own.iter().all(|o| o == c));
                    !(ours
                        && (is_country(view, a.cluster)
                            || states && is_state_or_capital(view, a.cluster)))
                });
            }
        }
        for e in events.iter_mut() {
            forces_as_their_states(view, e);
        }
        events.retain(|e| !any_act_not_denied(view, e));
        if self.one_sided {
            for e in events.iter_mut().filter(|e| lacks_other_side(view, e)) {
                e.confidence = e.confidence.min(0.3);
            }
        } else {
            events.retain(|e| !lacks_other_side(view, e));
        }
        for e in events.iter_mut().filter(|e| !has_political_actor(view, e)) {
            e.confidence = e.confidence.min(UNKNOWN_ACTORS_CONFIDENCE);
        }
        events
    }

    #[allow(clippy::too_many_arguments)]
    fn event_at(
        &self,
        view: &DocView<'_>,
        t: usize,
        light: Option<usize>,
        trig: Trigger,
        sentence: usize,
        sent: Range<usize>,
        earlier: &[Event],
    ) -> Option<Event> {
        let lex = lexicons();
        // «في تنفيذ ما اتفق عليه»: what was agreed, told as a thing; the
        // event is the one told before.
        if trig.frame == Frame::Verb
            && t > sent.start
            && view.norm(t - 1) == "ما"
            && t + 1 < sent.end
            && matches!(view.norm(t + 1), "عليه" | "عليها" | "به" | "بها")
        {
            return None;
        }
        let aside = if trig.kind == EventType::Consult && trig.frame == Frame::Verb {
            aside_after_verb(view, t, sent.end)
        } else {
            0
        };
        let after_end = sent.end.min(t + 1 + ACTOR_WINDOW + aside);
        // «…، حيث سيلتقي رئيسة المفوضية»: the subject is the one of the
        // event just told; the actor after the verb is its object.
        // «وكان بايدن قد وصل إلى جدة، حيث التقى …»: the subject of the
        // clause before «حيث» (the event told in it, or the sentence's
        // first person).
        let where_clause = trig.frame == Frame::Verb
            && t > sent.start
            && matches!(view.norm(t - 1), "حيث" | "ثم" | "وحيث");
        let continued =
            where_clause.then(|| match earlier.last().filter(|e| e.sentence == sentence) {
                Some(prev) => prev.source.clone(),
                None => actors_before(view, sent.start, t, earlier, Nearest::No),
            });
        // «حل X بالجزائر …، حيث استقبله رئيس الجمهورية Y»: a verb with an
        // object pronoun has its subject after it; the pronoun is the doer
        // of the event just told, else the subject before.
        let pronoun_object = (trig.frame == Frame::Verb
            && (has_word(&lex.object_forms, view.norm(t))
                || relative_verb_with_object(view, t).is_some()))
        .then(|| {
            let subject: Vec<Actor> = first_actors_after(view, t + 1, after_end, earlier)
                .into_iter()
                .filter(|a| !preceded_by_preposition(view, a.tokens.start, t + 1))
                .collect();
            // «عن عاملي إغاثة خطفتهما جماعة», «ناشطين اعتقلتهم الشرطة»:
            // the noun the clause describes, right before it.
            let described = view
                .actors_in(sent.start..t)
                .last()
                .filter(|a| a.tokens.end == t && a.cluster.is_none() && a.sector == Some("CVL"))
                .map(Actor::from);
            let object = match (
                described,
                earlier
                    .last()
                    .filter(|e| e.sentence + 1 >= sentence && !e.source.is_empty()),
            ) {
                (Some(a), _) => vec![a],
                (None, Some(prev)) => prev.source.clone(),
                (None, None) => actors_before(view, sent.start, t, earlier, Nearest::No),
            };
            (subject, object)
        })
        .filter(|(s, _)| !s.is_empty());
        // «في أول زيارة لرئيس مصري إلى واشنطن», «وصل X إلى القاهرة في
        // زيارة»: the visitor and the place visited.
        let visit = (trig.mode == Some("visit") && trig.frame == Frame::Noun && light.is_none())
            .then(|| visit_sides(view, t, sent.clone(), earlier))
            .flatten();
        let (mut source, mut target) = if let Some(pair) = pronoun_object {
            pair
        } else if let Some(prev) = continued.filter(|s| !s.is_empty()) {
            (prev, first_actors_after(view, t + 1, after_end, earlier))
        } else {
            match (trig.frame, light) {
                // «وأجرت تونس وليبيا محادثات»: a verbal noun after a light
                // verb and the names between them is read like a light noun.
                // «تونس وليبيا ستعقدان الأسبوع المقبل اجتماعا», «يعقد
                // الجانبان اجتماعا»: the sides before the verb, or a dual
                // stand-in after it.
                (Frame::LightNoun | Frame::Noun, Some(v))
                    if trig.frame == Frame::LightNoun
                        || holds_talks(view.norm(v))
                            && (view
                                .actor_starting_at(v + 1)
                                .is_some_and(|a| can_act(view, a))
                                || lex.duals.contains(view.norm(v + 1))
                                // «يتوجه بوتين إلى أنقرة لإجراء محادثات مع
                                // أردوغان»: the talks a subject goes to hold.
                                || is_purpose_light(view, v)
                                    && view.actors_in(v + 1..t).next().is_none()
                                || view.actors_in(v + 1..t).next().is_none()
                                    && !view.words[v].text.starts_with('و')
                                    && v > sent.start
                                    && !view.is_punct(v - 1)
                                    && !adjacent_subject(view, sent.start, v).is_empty()) =>
                {
                    // Subject between the light verb and the noun, or after
                    // the verb past the noun; object after the noun.
                    let mut subject = first_actors_after(view, v + 1, t, earlier)
                        .into_iter()
                        .filter(|a| !preceded_by_preposition(view, a.tokens.start, v + 1))
                        .collect::<Vec<_>>();
                    let object = first_actors_after(view, t + 1, after_end, earlier);
                    // «استقبل X A وB، وأعلن معهما مبادرة»: a light verb
                    // joined by و after a comma goes on with the subject of
                    // the event just told in the sentence; «معهما» are its
                    // other sides.
                    let joined = subject.is_empty()
                        && v > sent.start
                        && view.is_punct(v - 1)
                        && view.words[v].text.starts_with('و');
                    let prev = earlier
                        .last()
                        .filter(|e| joined && e.sentence == sentence && !e.source.is_empty());
                    let mut object = object;
                    if let Some(prev) = prev {
                        subject = prev.source.clone();
                        let with_them = (v + 1..t)
                            .any(|k| matches!(view.norm(k), "معه" | "معها" | "معهما" | "معهم"));
                        if with_them && object.is_empty() {
                            object = prev.target.clone();
                        }
                    }
                    if subject.is_empty() && strip_conjunction(view.norm(v)).ends_with("توقيع")
                    {
                        // «وشهد سموه والرئيس التركي توقيع عدد من
                        // الاتفاقيات»: the leaders who witness it sign.
                        let mut witnesses = signing_witnesses(view, v, sent.start);
                        // (Two of one state — the king and his prime
                        // minister — are no two sides.)
                        let one_state = witnesses.len() == 2
                            && country_of(view, &witnesses[0]).is_some()
                            && country_of(view, &witnesses[0]) == country_of(view, &witnesses[1]);
                        if witnesses.len() >= 2 && object.is_empty() && !one_state {
                            object = witnesses.split_off(1);
                            subject = witnesses;
                        }
                    }
                    if subject.is_empty() {
                        // «أن الوزير X أجرى اتصالا»: the subject before it.
                        subject = adjacent_subject(view, sent.start, v);
                    }
                    if subject.is_empty() {
                        subject = actors_before(view, sent.start, v, earlier, Nearest::No);
                    }
                    (subject, object)
                }
                (Frame::Verb, _) => {
                    let relative = t > sent.start && lex.relatives.contains(view.norm(t - 1))
                        || t > sent.start + 1
                            && view.is_punct(t - 1)
                            && lex.relatives.contains(view.norm(t - 2))
                        // «اتفاق وقعته مصر وإسرائيل»: a relative clause
                        // on an indefinite noun needs no pronoun.
                        || trig.stem == SIGNED_IT
                            && t > sent.start
                            && is_indefinite_agreement(view.norm(t - 1));
                    let visit = trig.mode == Some("visit");

                    // VSO: the subject right after the verb, not after a
                    // preposition (that is an object), and for a visit not the
                    // place visited.
                    let after = first_actors_after(view, t + 1, after_end, earlier);
                    // «دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش»: the
                    // body after ل is part of a title; the person is the
                    // subject.
                    let after = match after.first() {
                        Some(a)
                            if preceded_by_preposition(view, a.tokens.start, t + 1)
                                && title_run(view, t + 1, a.tokens.start) =>
                        {
                            let person = view
                                .actors_in(a.tokens.end..(a.tokens.end + 3).min(sent.end))
                                .find(|p| {
                                    p.label == NerLabel::Person
                                        && title_run(view, a.tokens.end, p.tokens.start)
                                });
                            match person {
                                Some(p) => {
                                    first_actors_after(view, p.tokens.start, after_end, earlier)
                                }
                                None => after,
                            }
                        }
                        _ => after,
                    };
                    // SVO: an actor ending right before the verb («ستولتنبرغ
                    // قال», «وكان الرئيس المصري قد استقبل»).
                    let before = view
                        .actors_in(sent.start..t)
                        .filter(|a| {
                            can_act(view, a)
                                && !is_place_use(view, a)
                                && !preceded_by_preposition(view, a.tokens.start, sent.start)
                        })
                        .last()
                        .filter(|a| {
                            // «السلطان هيثم بن طارق المعظم قد استقبل»: an
                            // honorific epithet may stand between.
                            let epithets = (a.tokens.end..t)
                                .filter(|&k| is_honorific_epithet(view.norm(k)))
                                .count();
                            // «الملك حمد بن عيسى آل خليفة ملك البلاد المعظم
                            // قد استقبل»: so may his title, before «قد».
                            let title = if a.tokens.end < t
                                && (super::is_title_at(view, a.tokens.end)
                                    || matches!(
                                        view.norm(a.tokens.end),
                                        "ملك" | "امير" | "سلطان" | "حاكم" | "ولي"
                                    ))
                                && (a.tokens.end + 1..t.min(a.tokens.end + 5))
                                    .any(|k| view.norm(k) == "قد")
                            {
                                (a.tokens.end..t)
                                    .take_while(|&k| {
                                        view.norm(k) != "قد"
                                            && !view.is_punct(k)
                                            && !is_honorific_epithet(view.norm(k))
                                    })
                                    .count()
                                    .min(3)
                            } else {
                                0
                            };
                            a.tokens.end + 2 + epithets + title >= t
                                && (a.tokens.end + title..t).all(|k| {
                                    matches!(view.norm(k), "قد" | "،" | "," | "لم" | "لن")
                                        || is_honorific_epithet(view.norm(k))
                                        // «أن الولايات المتحدة "تدعم مصر"»:
                                        // a quote opening on the verb.
                                        || k + 1 == t
                                            && super::quotes::quote_mark(view, k).is_some()
                                })
                        });
                    let kana = kana_subject(view, t, sent.start);
                    let before = with_kana_subject(view, before, kana);
                    let adjacent_before = before.is_some();
                    // «… أن روسيا هاجمت أوكرانيا»: a clause that opens with
                    // its subject.
                    // «أن الوزير X لم يلتق …»: so does one before a negation.
                    let clause_subject = before.is_some_and(|a| {
                        (a.tokens.end..t).any(|k| matches!(view.norm(k), "قد" | "لم" | "لن"))
                            || a.tokens.start == sent.start
                            || super::quotes::is_complementizer(strip_conjunction(
                                view.norm(a.tokens.start - 1),
                            ))
                            || view.is_punct(a.tokens.start - 1)
                    });
                    // «ودعوا إلى …»: a verb that carries its plural or
                    // dual subject has no subject after it; «وطالبت مجلس
                    // الأمن»: nor has a feminine verb before a masculine
                    // body.
                    // «أن بلاده تدعم …»: «his country» is the subject.
                    let his_country_subject = t > sent.start && is_his_country(view, t - 1);
                    // «رحبت البعثة بالأحكام، ودعت السلطات إلى …»: a verb
                    // joined by «، و» to the clause before goes on with its
                    // subject; an unnamed group right after a verb that
                    // takes a party is its object.
                    let group_object = party_object(trig)
                        && t > sent.start
                        && matches!(view.norm(t - 1), "،" | ",")
                        && view.words[t].text.starts_with('و')
                        && earlier
                            .last()
                            .is_some_and(|e| e.sentence == sentence && !e.source.is_empty())
                        && view.actor_starting_at(t + 1).is_some_and(|a| {
                            a.cluster.is_none()
                                && a.alias.is_none()
                                // («المواطنين الأمريكيين»: people of a
                                // state are a group still.)
                                && (!a.named || a.sector == Some("CVL"))
                        });
                    // «رحبت الوزيرة بالانسحاب، لكنها طالبت سوريا بـ…»: the
                    // pronoun on «لكن» is the subject told before; the noun
                    // after the verb is its object.
                    let but_pronoun = t > sent.start
                        && matches!(
                            strip_conjunction(view.norm(t - 1)),
                            "لكنه" | "لكنها" | "لكنهم" | "لكنهما"
                        );
                    // «ودعا البلدين»: a stand-in in the accusative names
                    // whom, not who («ووقع الجانبان»).
                    let dual_object = t + 1 < sent.end
                        && is_dual_stand_in(view, t + 1)
                        && view.norm(t + 1).ends_with("ين");
                    let subject_after = !relative
                        && !but_pronoun
                        && !dual_object
                        && !group_object
                        && !clause_subject
                        && !his_country_subject
                        && !is_plural_verb(view.norm(t), trig.stem)
                        // «واتفقا على تفعيل عمل اللجنة»: a dual verb
                        // carries its subject too.
                        && !is_dual_verb(view.norm(t))
                        && !after
                            .first()
                            .is_some_and(|a| gender_clash(view, t, trig.stem, a))
                        && (!adjacent_before
                            || after.first().is_some_and(|a| a.tokens.start <= t + 1))
                        // «ووقع الجانبان»: a stand-in right after the verb
                        // is its subject, its sides' names told elsewhere.
                        && (!after.is_empty() && t + 1 < sent.end && is_dual_stand_in(view, t + 1)
                            || after.first().is_some_and(|a| {
                            (a.tokens.start <= t + 4 || title_run(view, t + 1, a.tokens.start))
                                && (!preceded_by_preposition(view, a.tokens.start, t + 1)
                                    || partitive_subject(view, t, a.tokens.start))
                                && !(visit && is_location(view, a))
                        }));
                    // «وبحث معه …»: a verb joined by و to the one before shares
                    // its subject, and «معه» is that verb's object.
                    // «كما زار …» goes on with the subject of the event told
                    // before, in this sentence or the last.
                    let also = t > sent.start && strip_conjunction(view.norm(t - 1)) == "كما";
                    // «يلتقي خلالها X», «والتقى خلالها X»: the visitor of
                    // the event just told meets X. Only a meeting, call or
                    // visit has a span to be «during» or a place to be
                    // «there»: «أجرى اتصالا برئيس لجنة تنفيذ الاتفاق،
                    // طالبه خلاله» points past the agreement to the call.
                    let during_word = matches!(
                        view.norm(t + 1),
                        "خلالها" | "خلاله" | "خلالهما" | "هناك" | "فيها"
                    );
                    let spanned = earlier
                        .iter()
                        .rev()
                        .take_while(|e| e.sentence == sentence)
                        .find(|e| e.kind == EventType::Consult)
                        .filter(|_| during_word);
                    let same_sentence = spanned.or_else(|| {
                        earlier.last().filter(|e| {
                            e.sentence == sentence || also && e.sentence + 1 == sentence
                        })
                    });
                    let during = during_word && same_sentence.is_some();
                    let joined = (view.words[t].text.starts_with(['و', 'ف']) || also)
                        && !subject_after
                        || during
                        || but_pronoun;
                    // «كما التقى الرئيس المرشحة …»: a bare title is the
                    // person with that role named before.
                    let titled = if during || adjacent_before {
                        None
                    } else {
                        bare_title_subject(view, t, after.first())
                    };
                    // (Not when the verb has its own subject and object
                    // after it: «وتوجه X إلى واشنطن، واتصل الرئيس Y
                    // بنظيره Z»; nor for a call, made from anywhere.)
                    let people_after = || {
                        view.actors_in(t + 1..clause_end_after(view, t, sent.end))
                            .filter(|a| {
                                a.label == NerLabel::Person
                                    || super::is_title_at(view, a.tokens.start)
                            })
                            .count()
                    };
                    let arrived = (trig.kind == EventType::Consult
                        && trig.mode != Some("phone")
                        && !during
                        && !adjacent_before
                        && people_after() < 2)
                        .then(|| arrived_before(view, t, sent.start))
                        .flatten();
                    // «وقالت الوزارة إنها استدعت السفير»: the pronoun on
                    // the complementizer is the speaker before it.
                    let speaker = if t > sent.start + 1
                        && matches!(
                            strip_conjunction(view.norm(t - 1)),
                            "انه" | "انها" | "انهم" | "انهما" | "بانه" | "بانها" | "بانهم"
                        ) {
                        actors_before(view, sent.start, t - 1, earlier, Nearest::Yes)
                    } else {
                        Vec::new()
                    };
                    if relative
                        && trig.stem == SIGNED_IT
                        && after
                            .first()
                            .is_some_and(|a| title_run(view, t + 1, a.tokens.start))
                    {
                        // «الاتفاق الذي وقعته روسيا وأوكرانيا مع تركيا»:
                        // the signers after the verb (its و no conjunction),
                        // its other party after «مع».
                        signers_with_party(view, after, sent.end, earlier)
                    } else if !speaker.is_empty() {
                        (speaker, after)
                    } else if let Some(visitor) = arrived {
                        let object = after.into_iter().filter(|a| !visitor.same(a)).collect();
                        (vec![visitor], object)
                    } else if let Some(subject) = titled {
                        let object = first_actors_after(view, t + 2, after_end, earlier)
                            .into_iter()
                            .filter(|a| !subject.same(a))
                            .collect();
                        (vec![subject], object)
                    } else if let (true, Some(prev)) = (joined, same_sentence) {
                        let pronoun_object = matches!(
                            view.norm(t + 1),
                            "معه"
                                | "معها"
                                | "معهم"
                                | "معهما"
                                | "به"
                                | "بها"
                                | "له"
                                | "لها"
                                | "اليه"
                                | "اليها"
                        );
                        // «وافق خلاله على …»: with no object of its own, the
                        // other side of the event «خلاله» points to; so is
                        // the object pronoun of «طالبه خلاله بـ…», and the
                        // second of the pair a dual verb names («اتفقا
                        // خلاله على عقد قمة بين …»: what follows is agreed
                        // on).
                        // «نفت الخارجية اتهامات بغداد، ودعتها إلى …»: the
                        // pronoun on the verb is the other side just told.
                        let carries_object = has_word(&lex.object_forms, view.norm(t));
                        // «تلقى X اتصالا من Y، … واتفقا على تشكيل لجنة»:
                        // a dual verb's pair is the pair just told, and
                        // what follows is agreed on.
                        // (Talks after a meeting are that meeting.)
                        let dual_pair = is_dual_verb(view.norm(t))
                            && trig.kind != EventType::Consult
                            && prev.kind.is_symmetric()
                            && !prev.target.is_empty();
                        let object = if pronoun_object
                            || dual_pair
                            || after.is_empty() && carries_object && prev.mode != Some("visit")
                            || during
                                && (after.is_empty()
                                    || is_dual_verb(view.norm(t))
                                    || carries_object)
                        {
                            prev.target.clone()
                        } else {
                            after
                        };
                        (prev.source.clone(), object)
                    } else if subject_after {
                        // A stand-in («الجانبان») has its tokens elsewhere.
                        let from = after
                            .last()
                            .map_or(t + 1, |a| a.tokens.end)
                            .max(t + 2)
                            .min(sent.end);
                        // «استقبل الشيخ X ولي عهد أبوظبي، أمس، الرئيس …»:
                        // the subject's own title is no object.
                        let from = after
                            .last()
                            .filter(|a| {
                                view.actors_in(a.tokens.clone())
                                    .any(|m| m.label == NerLabel::Person)
                            })
                            .and_then(|subject| {
                                // «الفريق X، رئيس أركان القوات المسلحة، ونظيره …»
                                let title =
                                    if from < sent.end && matches!(view.norm(from), "،" | ",") {
                                        from + 1
                                    } else {
                                        from
                                    };
                                appositive_title_end(view, title, sent.end, subject.cluster)
                            })
                            .unwrap_or(from);
                        // «اتهم بوتين، خلال لقائه العاهل الأردني في موسكو،
                        // تركيا بـ…»: a circumstance between commas holds no
                        // object of the verb.
                        let from = circumstance_end(view, from, sent.end).unwrap_or(from);
                        let mut object = first_actors_after(
                            view,
                            from,
                            sent.end.min(from + OBJECT_WINDOW),
                            earlier,
                        );
                        // «استقبل X، اليوم بقصر الاتحادية، Y»: where a guest
                        // is received is no guest.
                        if trig.mode == Some("host") && object.len() >= 2 {
                            object.retain(|a| {
                                let at = a.tokens.start;
                                let place = view.words[at].text.starts_with('ب')
                                    && preceded_by_preposition(view, at, from)
                                    || at > from && view.norm(at - 1) == "في";
                                !place
                                    || view
                                        .actors_in(a.tokens.clone())
                                        .any(|m| m.label == NerLabel::Person)
                            });
                        }
                        let phrase = party_object(trig)
                            .then(|| nisba_object_after(view, from, sent.end))
                            .flatten()
                            .filter(|p| {
                                object
                                    .first()
                                    .is_none_or(|a| a.tokens.start > p.tokens.start)
                            });
                        (after, phrase.map_or(object, |p| vec![p]))
                    } else if is_dual_verb(view.norm(t)) && !adjacent_before {
                        // «اتفقا», «سيوقعان»: the two sides of the last meeting.
                        // («وكان البلدان قد اتفقا»: the dual a word or two
                        // before.)
                        let dual = (sent.start.max(t.saturating_sub(3))..t)
                            .rev()
                            .find(|&k| is_country_dual(strip_conjunction(view.norm(k))));
                        match last_sides(view, earlier, false, true, view.sentence_of(t))
                            .or_else(|| dual.and_then(|d| pair_of_states_before(view, d, 4)))
                        {
                            Some(sides) if t > sent.start => (
                                sides_as_states(view, sides, dual.unwrap_or(t - 1)),
                                Vec::new(),
                            ),
                            Some(sides) => (sides, Vec::new()),
                            None => (
                                actors_before(view, sent.start, t, earlier, Nearest::Yes),
                                after,
                            ),
                        }
                    } else if relative {
                        // «الوزير، الذي يزور»: the noun before the relative
                        // pronoun. After a comma it may sit further back
                        // («X، ممثلا عن …، الذي دعا»); right after another
                        // noun («العدوان الذي استهدف») it is that noun, and
                        // no one is named.
                        let rel = if lex.relatives.contains(view.norm(t - 1)) {
                            t - 1
                        } else {
                            t - 2
                        };
                        // «وهي المبادرة التي رحب بها المنفي»: the pronoun
                        // after the verb is the antecedent, its subject
                        // follows, and a reaction is aimed at the doer of
                        // the act the antecedent names.
                        let resumptive = matches!(
                            view.norm(t + 1),
                            "بها" | "به" | "عليها" | "عليه" | "لها" | "له" | "اليها" | "اليه"
                        );
                        let antecedent_act = (rel > sent.start)
                            .then(|| trigger_of(view.norm(rel - 1)))
                            .flatten()
                            .filter(|x| x.frame != Frame::Verb)
                            .and_then(|x| {
                                earlier.iter().rev().find(|e| {
                                    e.kind == x.kind && sentence.saturating_sub(e.sentence) <= 2
                                })
                            });
                        match (resumptive, after.first()) {
                            (true, Some(a)) if a.tokens.start == t + 2 => {
                                let doer =
                                    antecedent_act.map(|e| e.source.clone()).unwrap_or_default();
                                (after, doer)
                            }
                            _ => {
                                let source = match relative_doer(view, t, sent.start) {
                                    Some(a) => vec![a],
                                    None if rel > sent.start && view.is_punct(rel - 1) => {
                                        actors_before(view, sent.start, rel, earlier, Nearest::Yes)
                                    }
                                    None => Vec::new(),
                                };
                                (source, after)
                            }
                        }
                    } else {
                        // SVO (headlines, «دمشق سترحب»), or a pronoun subject.
                        // «حزب الأمة، الذي يقوده الصادق المهدي، رفض»: the
                        // subject stands before a relative clause between
                        // commas, not inside it.
                        let relative_open = (t > sent.start + 1 && is_clause_punct(view, t - 1))
                            .then(|| {
                                (sent.start..t - 1)
                                    .rev()
                                    .take(20)
                                    .find(|&k| is_clause_punct(view, k))
                            })
                            .flatten()
                            .filter(|&k| {
                                matches!(view.norm(k), "،" | ",")
                                    && lex.relatives.contains(view.norm(k + 1))
                            });
                        let until = relative_open.unwrap_or(t);
                        // «أعرب X عن الأسف لسقوط مدنيين، لكنه حمل …»: the
                        // pronoun on «لكن» is the sentence's subject, not
                        // the nearest actor.
                        let nearest = if but_pronoun {
                            Nearest::No
                        } else {
                            Nearest::Yes
                        };
                        let mut subject = actors_before(view, sent.start, until, earlier, nearest);
                        // «وكان الشيخ X ولي العهد نائب القائد الأعلى للقوات
                        // المسلحة … قد استقبل»: the person after «كان», not
                        // a body of his title.
                        if let Some(a) = kana.filter(|a| {
                            a.label == NerLabel::Person
                                && !subject.iter().any(|s| {
                                    view.actors_in(s.tokens.clone())
                                        .any(|m| m.label == NerLabel::Person)
                                })
                        }) {
                            subject = vec![Actor::from(a)];
                        }
                        // «التقى كيري نتنياهو في برلين، فيما التقى في عمان
                        // عباس»: a verb of no subject joined on after an
                        // event of the sentence goes on with its doer, not
                        // with whom it was aimed at.
                        if relative_open.is_none() && !subject.is_empty() {
                            if let Some(doer) = doer_going_on(view, t, sentence, &subject, earlier)
                            {
                                subject = doer;
                            }
                        }
                        (subject, after)
                    }
                }
                (Frame::Participle, _) => {
                    // «…، داعيا المجتمع الدولي إلى …»: the subject of the
                    // sentence's main verb, or of the event just told in it.
                    // The event's source may be the state its official
                    // stands for («أعلن الوزير قطع …، متهما …»): the
                    // official himself speaks.
                    // A state named as the subject right after its verb
                    // («أدانت دولة الإمارات …، متوعدة») speaks itself.
                    let own_subject = |e: &Event| {
                        // The verb opens its clause (not «على رفض مصر»).
                        let k = e.trigger.start;
                        let opens =
                            k == view.sentences[e.sentence].start || k > 0 && view.is_punct(k - 1);
                        let verb = trigger_of(view.norm(k)).is_some_and(|x| x.frame == Frame::Verb);
                        opens
                            && verb
                            && e.source.iter().all(|a| {
                                a.tokens.start >= e.trigger.end
                                    && a.tokens.start <= e.trigger.end + 1
                            })
                    };
                    // «أكد شكري، في كلمته أمام جلسة مجلس الأمن، …،
                    // مطالبا …»: a gathering spoken before is where, not
                    // who.
                    let before_gathering = |e: &Event| {
                        e.mode == Some("multilateral")
                            && e.trigger.start > 0
                            && matches!(
                                view.norm(e.trigger.start - 1),
                                "امام" | "خلال" | "في" | "ختام" | "هامش"
                            )
                    };
                    let subject = match earlier
                        .iter()
                        .find(|e| e.sentence == view.sentence_of(t) && !before_gathering(e))
                    {
                        Some(prev)
                            if !prev.source.iter().all(|a| is_country(view, a.cluster))
                                || own_subject(prev) =>
                        {
                            prev.source.clone()
                        }
                        _ => main_subject(view, sent.start, t).map_or_else(
                            || actors_before(view, sent.start, t, earlier, Nearest::No),
                            |a| vec![a],
                        ),
                    };
                    // «…، متهما إياها بـ…»: «إياها» is the object of the
                    // event just told in the sentence.
                    // «طالب … الولايات المتحدة بتسليم الداعية X، متهما إياه»:
                    // «إياه» (he) is the last person named in the sentence
                    // when the object just told is no person.
                    let him = (view.norm(t + 1) == "اياه")
                        .then(|| {
                            view.actors_in(sent.start..t)
                                .filter(|m| m.label == NerLabel::Person)
                                .last()
                                .map(Actor::from)
                        })
                        .flatten();
                    let object = match earlier.last().filter(|e| e.sentence == view.sentence_of(t))
                    {
                        Some(prev)
                            if view.norm(t + 1).starts_with("اياه") && !prev.target.is_empty() =>
                        {
                            let person_told = prev.target.iter().any(|a| {
                                view.actors_in(a.tokens.clone())
                                    .any(|m| m.label == NerLabel::Person)
                            });
                            match him {
                                Some(h)
                                    if !person_told && !prev.source.iter().any(|a| a.same(&h)) =>
                                {
                                    vec![h]
                                }
                                _ => prev.target.clone(),
                            }
                        }
                        _ => first_actors_after(view, t + 1, after_end, earlier),
                    };
                    // «داعية الطرف النقابي إلى …»: a definite phrase right
                    // before what is called for is the one called on, named
                    // or not.
                    let object = if object.is_empty() {
                        addressee_phrase(view, t + 1, sent.end)
                            .into_iter()
                            .collect()
                    } else {
                        object
                    };
                    // «ونددت X بالقرار، متوعدة برد …»: a threat or charge
                    // with no object of its own (only the act threatened
                    // with) is aimed where the stance it goes with is.
                    let object = if object.is_empty()
                        && matches!(trig.kind, EventType::Threaten | EventType::Accuse)
                        && view
                            .words
                            .get(t + 1)
                            .is_some_and(|w| w.text.starts_with('ب'))
                    {
                        aim_of_stance_before(view, t, sent.clone(), earlier, &subject)
                    } else {
                        object
                    };
                    (subject, object)
                }
                _ if trig.mode == Some("multilateral") => {
                    // A summit: its host and every participant named, no
                    // target.
                    let mut all = summit_host(view, t, sent.clone());
                    all.extend(participants_after(view, t, sent.clone(), earlier));
                    // The collective phrase («قادة …») only when no one
                    // taking part is named.
                    if all.iter().any(|a| a.cluster.is_some()) {
                        all.retain(|a| a.cluster.is_some());
                    }
                    (all, Vec::new())
                }
                _ if trig.mode == Some("mediate") => mediation(view, t, sent.clone(), earlier),
                _ if visit.is_some() => visit.clone().unwrap_or_default(),
                _ if trig.stem == RECEIVERS => reception_sides(view, t, sent.clone(), earlier),
                _ if relative_act(view, t, sent.end).is_some() => {
                    // «الضربات التي شنتها X على Y», «هجوم نفذه X ضد Y»: the
                    // subject of the clause after the noun did it.
                    let v = relative_act(view, t, sent.end).unwrap_or(t);
                    let doer = first_actors_after(view, v + 1, sent.end.min(v + 6), earlier);
                    let from = doer.last().map_or(v + 1, |a| a.tokens.end);
                    let object = (from..sent.end.min(from + 6))
                        .take_while(|&k| !is_clause_punct(view, k))
                        .find(|&k| matches!(view.norm(k), "علي" | "ضد"))
                        .map(|k| first_actors_after(view, k + 1, sent.end.min(k + 8), earlier))
                        .unwrap_or_default();
                    (doer, object)
                }
                _ => {
                    // A verbal noun.
                    // «خلال لقائه», «في زيارة رسمية»: the subject of the
                    // sentence acts; a definite noun alone («العملية») points
                    // back to an event told before.
                    // «أكد خلاله استعداد بلاده»: the doer of the event told
                    // just before in the sentence (the caller of a call).
                    let during = (sent.start.max(t.saturating_sub(3))..t)
                        .any(|k| matches!(view.norm(k), "خلاله" | "خلالها" | "خلالهما"))
                        .then(|| earlier.last().filter(|e| e.sentence == sentence))
                        .flatten();
                    let pronoun = has_pronoun_suffix(view, t)
                        || view.words[t].text.ends_with('ة')
                            && !is_definite(view, t)
                            && view.actor_starting_at(t + 1).is_none();
                    let between = (t + 1..after_end).find(|&k| view.norm(k) == "بين");
                    // «محادثات أستانا … بمشاركة روسيا وتركيا وإيران»: those
                    // taking part, not the place in the talks' name.
                    let taking_part = if trig.kind == EventType::Consult {
                        participants_after(view, t, sent.clone(), earlier)
                    } else {
                        Vec::new()
                    };
                    // «وقف إطلاق النار بين …» names the sides three words on.
                    let reach = if trig.stem == "وقف" { 3 } else { 2 };
                    // «تواصلت المعارك في الخرطوم لليوم الثالث، الإثنين، بين
                    // …»: a fight's sides may come after its place and time.
                    let far_sides = trig.kind == EventType::Assault
                        && between.is_some_and(|b| {
                            !(t + 1..b).any(|k| {
                                view.actors_in(k..k + 1)
                                    .any(|a| !is_location(view, &Actor::from(a)))
                                    || trigger_of(view.norm(k)).is_some()
                            })
                        });
                    let recall = trig.stem.starts_with("استدعاء|");
                    // «عقب المحادثات التي جرت بينهما»: the two told just
                    // before.
                    let between_them = trig.kind.is_symmetric()
                        && (t + 1..sent.end.min(t + 5))
                            .any(|k| matches!(view.norm(k), "بينهما" | "بينهم"))
                        && lex.relatives.contains(view.norm(t + 1));
                    // Else the last two people named before it in its
                    // sentence («مؤتمر صحفي عقده السيسي مع نظيره الجزائري
                    // عبد المجيد تبون، عقب المحادثات التي جرت بينهما»).
                    let named_before = || {
                        let people: Vec<Actor> = view
                            .actors_in(sent.start..t)
                            .filter(|a| a.label == NerLabel::Person)
                            .map(Actor::from)
                            .collect();
                        (people.len() >= 2).then(|| people[people.len() - 2..].to_vec())
                    };
                    let them = between_them
                        .then(|| {
                            last_sides(view, earlier, true, true, sentence)
                                .filter(|sides| sides.len() >= 2)
                                .or_else(named_before)
                        })
                        .flatten();
                    if let Some(sides) = fronted_talks(view, t, sent.clone(), earlier) {
                        sides
                    } else if let Some(mut sides) = them {
                        let rest = sides.split_off(1);
                        (sides, rest)
                    } else if recall {
                        // «أعلنت الحكومة استدعاء سفيرها لدى …»: the
                        // subject of the clause recalls its own envoy.
                        let subject = clause_subject(view, sent.start, t, earlier, sentence);
                        (subject, recalled_from(view, t, sent.end))
                    } else if let Some((agent, object)) = agent_and_object(view, t, sent.end, trig)
                    {
                        // «احتجاز الحرس الثوري ناقلة النفط»: the doer,
                        // then what it acts on.
                        (vec![agent], vec![object])
                    } else if let Some(prev) = during.filter(|e| !e.source.is_empty()) {
                        let object = first_actors_after(view, t + 1, after_end, earlier)
                            .into_iter()
                            .filter(|a| !prev.source.iter().any(|s| s.same(a)))
                            .collect();
                        (prev.source.clone(), object)
                    } else if let Some(b) = between.filter(|&b| b <= t + reach || far_sides) {
                        let all = first_actors_after(view, b + 1, after_end, earlier);
                        let mut it = all.into_iter();
                        let first: Vec<Actor> = it.next().into_iter().collect();
                        let rest: Vec<Actor> = it.collect();
                        if rest.is_empty() {
                            // «بين الرئيس … ونظيره …»: a second group later,
                            // past the leader of the first («الجيش بقيادة
                            // X وقوات …»).
                            let mut from = first.last().map_or(b + 1, |a| a.tokens.end);
                            if from < sent.end && lex.leader_words.contains(view.norm(from)) {
                                let leader = view
                                    .actors_in(from + 1..sent.end.min(from + 4))
                                    .find(|p| p.label == NerLabel::Person)
                                    .map(|p| p.tokens.end);
                                if let Some(end) = leader {
                                    from = end;
                                }
                            }
                            let more = first_actors_after(
                                view,
                                from,
                                sent.end.min(from + ACTOR_WINDOW),
                                earlier,
                            );
                            (first, more)
                        } else {
                            (first, rest)
                        }
                    } else if !taking_part.is_empty() {
                        let mut it = taking_part.into_iter();
                        let first: Vec<Actor> = it.next().into_iter().collect();
                        (first, it.collect())
                    } else if let Some(p) = (t + 1..sent.end.min(t + 5))
                        .find(|&k| has_word(&lex.participants, view.norm(k)))
                    {
                        // «اجتماع رباعي يضم روسيا وتركيا …»: all take part.
                        let all = first_actors_after(
                            view,
                            p + 1,
                            after_end.max(p + 1 + 2 * ACTOR_WINDOW).min(sent.end),
                            earlier,
                        );
                        let mut it = all.into_iter();
                        let first: Vec<Actor> = it.next().into_iter().collect();
                        (first, it.collect())
                    } else if let Some(doer) = relative_doer(view, t, sent.start) {
                        // «الوزير، الذي يقوم بزيارة إلى …»: the noun before
                        // the relative pronoun.
                        let object = first_actors_after(view, t + 1, after_end, earlier);
                        (vec![doer], object)
                    } else if pronoun {
                        // «…، فيما أعلنت مصر دعمها»: a contrastive clause
                        // has a subject of its own.
                        let contrast = (sent.start + 1..t).rev().find(|&k| {
                            is_clause_punct(view, k - 1)
                                && matches!(view.norm(k), "فيما" | "بينما" | "وبينما")
                        });
                        let subject = contrast
                            .map(|k| actors_before(view, k, t, earlier, Nearest::No))
                            .filter(|s| !s.is_empty())
                            .unwrap_or_else(|| {
                                actors_before(view, sent.start, t, earlier, Nearest::No)
                            });
                        let mut object = first_actors_after(view, t + 1, after_end, earlier);
                        // «خلال استقباله اليوم في قصر بعبدا المنسق الخاص
                        // …»: where one is received is no guest.
                        while trig.kind == EventType::Consult
                            && object.first().is_some_and(|a| {
                                a.tokens.start > 0 && view.norm(a.tokens.start - 1) == "في"
                            })
                        {
                            let from = object[0].tokens.end;
                            object = first_actors_after(
                                view,
                                from,
                                sent.end.min(from + ACTOR_WINDOW),
                                earlier,
                            );
                        }
                        (subject, object)
                    } else {
                        // The genitive right after the noun is the source,
                        // past the titles of a person («زيارة رئيس مجلس
                        // الوزراء وزير الخارجية الشيخ محمد … إلى القاهرة»).
                        let titled = || {
                            view.actors_in(t + 1..after_end)
                                .find(|p| {
                                    p.label == NerLabel::Person
                                        && title_run(view, t + 1, p.tokens.start)
                                })
                                .map(|p| p.tokens.start)
                        };
                        let group = actor_or_group_at(view, t + 1, sent.end).filter(|a| {
                            view.actor_starting_at(t + 1).is_none() && a.cluster.is_some()
                        });
                        let genitive = match view.actor_starting_at(t + 1) {
                            Some(_) => {
                                first_actors_after(view, t + 1, (t + 4).min(sent.end), earlier)
                            }
                            // «هجوم ميليشيا الحوثي»
                            None if group.is_some() => group.into_iter().collect(),
                            None => match titled() {
                                Some(p) => first_actors_after(
                                    view,
                                    p,
                                    (p + ACTOR_WINDOW).min(sent.end),
                                    earlier,
                                )
                                .into_iter()
                                .take(1)
                                .collect(),
                                None => Vec::new(),
                            },
                        };
                        let from = genitive.last().map_or(t + 1, |a| a.tokens.end);
                        // «مباحثات استضافتها أنقرة بوساطة X»: the host
                        // and the go-between of talks are not their other
                        // side.
                        let object_end = sent.end.min(from + OBJECT_WINDOW);
                        let object_end = if trig.kind == EventType::Consult {
                            (from..object_end)
                                .find(|&k| is_host_or_go_between(view.norm(k)))
                                .unwrap_or(object_end)
                        } else {
                            object_end
                        };
                        let object = first_actors_after(view, from, object_end, earlier);
                        // «توصلت A وB إلى اتفاق عقب مباحثات …»: the talks
                        // that led to an agreement just told, with no other
                        // side named, are between its sides.
                        let object = match earlier.last() {
                            Some(prev)
                                if object.is_empty()
                                    && genitive.is_empty()
                                    && trig.kind == EventType::Consult
                                    && prev.sentence == sentence
                                    && prev.kind == EventType::Agree
                                    && !prev.source.is_empty()
                                    && !prev.target.is_empty()
                                    && !is_definite(view, t)
                                    && t > sent.start
                                    && matches!(
                                        strip_conjunction(view.norm(t - 1)),
                                        "عقب" | "بعد" | "اثر" | "ختام" | "اعقاب"
                                    ) =>
                            {
                                let sides: Vec<Actor> =
                                    prev.source.iter().chain(&prev.target).cloned().collect();
                                let subject =
                                    actors_before(view, sent.start, t, earlier, Nearest::No);
                                if subject.iter().any(|a| sides.iter().any(|s| s.same(a))) {
                                    sides
                                        .into_iter()
                                        .filter(|s| !subject.iter().any(|a| a.same(s)))
                                        .collect()
                                } else {
                                    object
                                }
                            }
                            _ => object,
                        };
                        // «وتناولت المباحثات …»: a definite noun alone is
                        // the event told before, not a new one.
                        // «عزم مصر تعليق المعاهدة», «قررت الجزائر تعليق …»:
                        // the actor right before the noun does it.
                        let adjacent = adjacent_subject(view, sent.start, t);
                        if genitive.is_empty() && !object.is_empty() && !is_definite(view, t) {
                            let subject = if adjacent.is_empty() {
                                actors_before(view, sent.start, t, earlier, Nearest::No)
                            } else {
                                adjacent
                            };
                            (subject, object)
                        } else if genitive.is_empty()
                            && trig.kind == EventType::Sanction
                            && decided_with_lam_object(view, t, sent.start)
                        {
                            // «قررت الجزائر التعليق الفوري لمعاهدة …»: a
                            // measure decided, definite before its object
                            // with ل, is the deciding subject's.
                            let subject = actors_before(view, sent.start, t, earlier, Nearest::No);
                            (subject, object)
                        } else if genitive.is_empty() {
                            // «هذه المحادثات»: no one named; the event told
                            // before, if any.
                            (Vec::new(), object)
                        } else if genitive_is_object(view, trig, &genitive, sent.end) {
                            // «في دعم لبنان», «اعتقال الصحفي»: the one acted
                            // on; the doer is the subject of the clause.
                            let subject = actors_before(view, sent.start, t, earlier, Nearest::No);
                            (subject, genitive)
                        } else {
                            (genitive, object)
                        }
                    }
                }
            }
        };
        if trig.reversed {
            // «تلقى X اتصالا من Y»: Y called X; so did Y in «تلقى X
            // اتصالات هاتفية أجراها Y وZ».
            let from_at = (t + 1..after_end).find(|&k| {
                view.norm(k) == "من"
                    || k <= t + 3
                        && matches!(
                            view.norm(k),
                            "اجراه" | "اجراها" | "اجرته" | "اجرتها" | "اجراهما" | "اجروها"
                        )
            });
            if let Some(f) = from_at {
                let caller =
                    first_actors_after(view, f + 1, sent.end.min(f + 1 + ACTOR_WINDOW), earlier);
                if !caller.is_empty() {
                    target = source;
                    source = caller;
                }
            }
        }
        // «ودعا مجلس الأمن، في ختام جلسة مغلقة عقدها …»: the body sits.
        if trig.stem.starts_with("جلسة|") && trig.mode == Some("multilateral") {
            if let Some(body) = sitting_body(view, t, sent.end) {
                source = vec![body];
                target.clear();
                // «أكد شكري، في كلمته أمام جلسة مجلس الأمن»: who speaks
                // before the sitting takes part in it.
                let speech = t > sent.start + 1
                    && view.norm(t - 1) == "امام"
                    && (sent.start..t - 1).any(|k| {
                        matches!(
                            strip_conjunction(view.norm(k)),
                            "كلمته" | "كلمتها" | "خطابه" | "خطابها" | "كلمه"
                        )
                    });
                if let Some(p) = view
                    .actors_in(sent.start..t)
                    .find(|a| a.label == NerLabel::Person)
                    .filter(|_| speech)
                {
                    source.push(Actor::from(p));
                }
            }
        }
        // «قررت الجزائر التعليق الفوري لمعاهدة الصداقة التي أبرمتها مع
        // إسبانيا»: suspending a treaty sanctions its other party.
        if trig.kind == EventType::Sanction && trig.frame != Frame::Verb && target.is_empty() {
            if let Some(party) = treaty_party(view, t, sent.end, earlier) {
                target = party;
            }
        }
        // «فرض عقوبات على قادة الانقلاب», «على معرقلي تنفيذ الاتفاق»: the
        // people sanctioned, unnamed, when no name stands there.
        if trig.kind == EventType::Sanction {
            // «إغلاق القنصليات العامة الإيرانية الثلاث في فرانكفورت»: the
            // state whose missions are closed, not the cities they are in.
            if let Some(state) = missions_state(view, t, sent.end) {
                target = vec![state];
            }
            if let Some(people) = sanctioned_people(view, t, sent.end) {
                if target.iter().all(|a| a.tokens.start >= people.tokens.start) {
                    target = vec![people];
                }
            }
        }
        // «شهد الرئيس توقيع عقد امتياز بين الهيئة ومجموعة الموانئ»: a
        // document signed «بين A وB» is agreed by A and B, not by those who
        // witness or announce its signing.
        if trig.kind == EventType::Agree && trig.frame != Frame::Verb {
            // «شهدت توقيع الإعلان المشترك لرفع العلاقات بين مصر والاتحاد
            // الأوروبي»: after the masdar of signing, past the document's
            // own words.
            let sides = signed_between(view, t, sent.clone(), earlier, false).or_else(|| {
                (trig.stem == SIGNING)
                    .then(|| signed_between(view, t, sent.clone(), earlier, true))
                    .flatten()
            });
            if let Some((a, b)) = sides {
                source = a;
                target = b;
            }
        }
        // «وأشاد سموه بـ…», «وأجرى جلالته اتصالا»: an honorific pronoun
        // as the subject is the person named with that honorific before.
        if matches!(trig.frame, Frame::Verb | Frame::LightNoun) && !trig.reversed {
            let slot = match light {
                Some(v) if trig.frame == Frame::LightNoun => v + 1,
                _ => t + 1,
            };
            // «بأن معاليه سيلتقي …», «وكان سيادته قد التقى …»: the
            // honorific before the verb.
            let before = if t > sent.start + 1 && view.norm(t - 1) == "قد" {
                t - 2
            } else {
                t.saturating_sub(1)
            };
            let slot = if trig.frame == Frame::Verb
                && !super::quotes::is_honorific_pronoun(view.norm(slot))
                && before >= sent.start
                && t > sent.start
                && super::quotes::is_honorific_pronoun(strip_conjunction(view.norm(before)))
            {
                before
            } else {
                slot
            };
            let honorific = slot < sent.end
                && super::quotes::is_honorific_pronoun(strip_conjunction(view.norm(slot)))
                && (slot == t + 1 || slot < t);
            let person = honorific.then(|| honorific_person(view, slot)).flatten();
            if let Some(doer) = person {
                let from = if slot == t + 1 { t + 2 } else { t + 1 };
                target = first_actors_after(view, from, sent.end.min(from + ACTOR_WINDOW), earlier)
                    .into_iter()
                    .filter(|a| !a.same(&doer))
                    .collect();
                // «وعقد سموه والرئيس صالح جلسة مباحثات»: the one joined to
                // the honorific is the other side of a meeting.
                if slot < t
                    && trig.kind.is_symmetric()
                    && target.iter().all(|a| {
                        is_location(view, a)
                            || preceded_by_preposition(view, a.tokens.start, t + 1)
                            || a.tokens.start > 0 && view.norm(a.tokens.start - 1) == "في"
                    })
                {
                    let joined = slot + 1 < t && view.words[slot + 1].text.starts_with('و');
                    let co = view
                        .actors_in(slot + 1..t)
                        .filter(|a| joined && a.tokens.start <= slot + 4 && can_act(view, a))
                        .map(Actor::from)
                        .find(|a| !a.same(&doer));
                    if let Some(co) = co {
                        target = vec![co];
                    }
                }
                source = vec![doer];
            }
        }
        // «اعتصم المعلمون المتقاعدون», «نفذ الأطباء المقيمون وقفة»: the
        // people a protest verb names are its crowd, whatever their noun.
        if trig.kind == EventType::Protest && source.is_empty() {
            let (from, until) = match light {
                Some(v) => (v + 1, t),
                _ => (t + 1, sent.end.min(t + 3)),
            };
            source.extend(plural_people(view, from, until));
            // «وتظاهر مئات من سكان كيدال، اليوم، …»: a count of people.
            if source.is_empty() && light.is_none() {
                source.extend(counted_crowd_after(view, t + 1, sent.end));
            }
        }
        if trig.kind == EventType::Protest {
            // A name inside the crowd («بحارة ميناء صفاقس») is not the crowd.
            if let Some(crowd) = light.and_then(|v| {
                crowd_between(view, v + 1, t).filter(|c| {
                    !source
                        .iter()
                        .any(|a| a.tokens.start > v && !c.tokens.contains(&a.tokens.start))
                })
            }) {
                source = vec![crowd];
            }
        }
        source.dedup_by(|a, b| a.same(b));
        target.retain(|a| !source.iter().any(|s| s.same(a)));
        target.dedup_by(|a, b| a.same(b));
        // «وأوقفت الوحدات الأمنية المحتجين»: an unnamed force right after
        // an arrest or an attack is its subject; the people it acts on,
        // taken for the subject, are the object.
        if matches!(trig.kind, EventType::Coerce | EventType::Assault) && trig.frame == Frame::Verb
        {
            // «وكانت الوحدات الأمنية قد أوقفت», «أن الشرطة اعتقلت»: before it.
            let before = {
                let end = if t > sent.start && view.norm(t - 1) == "قد" {
                    t - 1
                } else {
                    t
                };
                let opens = |f: &Actor| {
                    f.tokens.end == end
                        && (f.tokens.start == sent.start
                            || matches!(
                                strip_conjunction(view.norm(f.tokens.start - 1)),
                                "كان" | "كانت" | "ان" | "بان" | "لان"
                            ))
                };
                (end.saturating_sub(3).max(sent.start)..end)
                    .filter_map(|k| force_subject(view, k, end))
                    .find(opens)
                    .or_else(|| {
                        // The force read as an unnamed body already: «أن
                        // الأجهزة المختصة اعتقلت».
                        view.actors_in(end.saturating_sub(4).max(sent.start)..end)
                            .filter(|a| {
                                a.cluster.is_none() && is_force_head(view.norm(a.tokens.start))
                            })
                            .map(Actor::from)
                            .find(opens)
                    })
            };
            if let Some(force) = before {
                let inside = |a: &Actor| a.tokens.start >= force.tokens.start && a.tokens.end <= t;
                // «الأجهزة» read alone inside «الأجهزة الأمنية»: the whole.
                if source.len() == 1 && inside(&source[0]) && source[0].cluster.is_none() {
                    source = vec![force];
                } else if !source.iter().any(inside) {
                    // «أن الأجهزة المختصة اعتقلت أمس X وY»: those taken
                    // for the subject after the verb are its object.
                    let old = std::mem::replace(&mut source, vec![force]);
                    if !old.is_empty() && old.iter().all(|a| a.tokens.start > t) {
                        let mut object = old;
                        object.extend(
                            std::mem::take(&mut target)
                                .into_iter()
                                .filter(|a| a.tokens.start > t),
                        );
                        object.sort_by_key(|a| a.tokens.start);
                        object.dedup_by(|a, b| a.same(b));
                        target = object;
                    }
                }
            } else if let Some(force) = force_subject(view, t + 1, sent.end) {
                if source.iter().all(|a| a.tokens.start >= force.tokens.end) {
                    let old = std::mem::replace(&mut source, vec![force]);
                    if !old.is_empty() {
                        target = old;
                    }
                }
            }
        }
        // «محذرا من أن الجيش "سيرد بقوة" إذا هاجمت باكستان …»: a threat
        // with no one named before «أن» is aimed at the doer of its
        // condition; so are sanctions promised («ستفرض عقوبات إذا غزت
        // روسيا أوكرانيا»).
        if matches!(trig.kind, EventType::Threaten | EventType::Sanction) && target.is_empty() {
            let condition = (t + 1..sent.end.min(t + 30))
                .find(|&k| matches!(strip_conjunction(view.norm(k)), "اذا" | "حال"));
            if let Some(c) = condition {
                target.extend(
                    view.actors_in(c + 1..sent.end.min(c + 6))
                        .find(|m| can_act(view, m) && !is_place_use(view, m))
                        .map(Actor::from)
                        .filter(|a| !source.iter().any(|s| s.same(a))),
                );
            }
        }
        // «واعتقلت الشرطة 84 شخصا», «أوقفت الشرطة المحتجين أمام البرلمان»:
        // the people counted or named by their plural right after the
        // subject, before any name further on.
        if matches!(
            trig.kind,
            EventType::Coerce | EventType::Assault | EventType::Concede
        ) && source.len() <= 1
            && trig.frame != Frame::Participle
        {
            let mut from = skip_time_words(view, after_subject(t, &source), sent.end);
            // «أطلقت الجماعة سراح ثلاثة رهائن»: those freed follow «سراح».
            if from < sent.end && view.norm(from) == "سراح" {
                from += 1;
            }
            let people = counted_object(view, from, sent.end, source.is_empty()).or_else(|| {
                (trig.frame == Frame::Verb && !source.is_empty())
                    .then(|| {
                        plural_people(view, from, (from + 1).min(sent.end))
                            .or_else(|| unnamed_object(view, from, sent.end, seizes(trig)))
                            // «وقصفت الطائرات الإسرائيلية المواقع السورية»,
                            // «إذا هاجمت باكستان الأراضي الهندية»: a definite
                            // phrase closed by a state's nisba.
                            .or_else(|| nisba_object_after(view, from, sent.end))
                    })
                    .flatten()
            });
            if let Some(p) = people {
                if target.iter().all(|a| a.tokens.start > p.tokens.start) {
                    target = vec![p];
                }
            }
        }
        // «استدعت الخارجية الهولندية السفير التركي», «سيستدعي سفراء الدول
        // الثلاث»: a summons is aimed at the envoy summoned, as written
        // when no one is named after the title.
        if trig.stem == "استدعى" && trig.kind == EventType::Accuse {
            if let Some(envoy) = summoned_envoy(view, after_subject(t, &source), sent.end) {
                let named_inside = target.iter().any(|a| {
                    a.tokens.start >= envoy.tokens.end
                        && a.tokens.start <= envoy.tokens.end + 1
                        && view
                            .actor_starting_at(a.tokens.start)
                            .is_some_and(|m| m.label == NerLabel::Person)
                });
                let within = |a: &Actor| {
                    a.tokens.start >= envoy.tokens.start && a.tokens.end <= envoy.tokens.end
                };
                if !named_inside && (target.is_empty() || target.iter().all(within)) {
                    target = vec![envoy];
                }
            }
        }
        // «توعد الإرهابيين، في كلمة، بالرد», «متوعدا المشاركين في التمرد
        // بـ"…"»: a threat or a charge aimed at people named by their
        // plural right after the verb (and its subject) or the participle.
        // «ناشدت منظمة الصحة العالمية المانحين تقديم …»: so is an appeal
        // to people, past a named subject.
        let appeal = trig.kind == EventType::Request && party_object(trig) && !source.is_empty()
            || trig.kind == EventType::Request && trig.frame == Frame::Participle;
        if (matches!(trig.kind, EventType::Threaten | EventType::Accuse) || appeal)
            && target.is_empty()
            && matches!(trig.frame, Frame::Verb | Frame::Participle)
        {
            let from = if trig.frame == Frame::Participle {
                t + 1
            } else {
                after_subject(t, &source)
            };
            // («دعا الصحافيين الروس»: a phrase with its nisba is taken
            // whole further on.)
            let nisba_phrase = appeal && nisba_object_after(view, from, sent.end).is_some();
            if let Some(mut p) =
                plural_people(view, from, (from + 1).min(sent.end)).filter(|_| !nisba_phrase)
            {
                // «المشاركين في التمرد», «المتورطين في الهجوم»: those who
                // took part in something, with it.
                if matches!(
                    view.norm(p.tokens.end - 1),
                    "المشاركين" | "المتورطين" | "الضالعين" | "المتسببين"
                ) && view.norm(p.tokens.end) == "في"
                    && view.norm(p.tokens.end + 1).starts_with("ال")
                    && view
                        .actors_in(p.tokens.end + 1..p.tokens.end + 2)
                        .next()
                        .is_none()
                {
                    p.tokens.end += 2;
                }
                target = vec![p];
            }
        }
        // An attack's target may be a place: «غارات على بلدات في جنوب لبنان»,
        // the country rather than a town in it («في دونباس شرق أوكرانيا»).
        if matches!(trig.kind, EventType::Assault | EventType::Coerce) && target.is_empty() {
            let places: Vec<&ActorRef> = view
                .actors_in(t + 1..sent.end.min(t + 1 + OBJECT_WINDOW))
                .filter(|a| a.label == NerLabel::Location && a.cluster.is_some())
                .collect();
            let country = places.iter().find(|a| is_country(view, a.cluster));
            target.extend(country.or(places.first()).map(|a| Actor::from(*a)));
        }
        // «دعما ماليا … لبرامج الإغاثة في السودان», «قرض … لتمويل مشروع
        // في الأردن»: aid goes to the country it is for, in its clause.
        if trig.kind == EventType::Aid && target.is_empty() && !source.is_empty() {
            let own: Vec<&str> = source.iter().filter_map(|a| country_of(view, a)).collect();
            target.extend(
                (t + 1..sent.end.min(t + 1 + OBJECT_WINDOW))
                    .take_while(|&k| !matches!(view.norm(k), "." | "؛"))
                    .filter_map(|k| view.actor_starting_at(k))
                    .find(|a| {
                        is_country(view, a.cluster)
                            && a.cluster
                                .and_then(|c| view.resolution.clusters.get(c))
                                .and_then(|c| c.country.as_deref())
                                .is_some_and(|c| !own.contains(&c))
                            && !source.iter().any(|s| s.cluster == a.cluster)
                    })
                    .map(Actor::from),
            );
        }
        // «في منطقة دونباس شرق أوكرانيا»: the country the place is in.
        if trig.kind == EventType::Assault {
            if let [one] = target.as_slice() {
                if is_location(view, one) && !is_country(view, one.cluster) {
                    let country = view
                        .actors_in(one.tokens.end..sent.end.min(one.tokens.end + 4))
                        .find(|a| is_country(view, a.cluster))
                        .map(Actor::from);
                    if let Some(c) = country {
                        target = vec![c];
                    }
                }
            }
        }
        // «شن الجيش غارات على بلدتي …» with the country named a sentence or
        // two before («… على جنوب لبنان»): the country attacked.
        if trig.kind == EventType::Assault && target.is_empty() && !source.is_empty() {
            target.extend(country_told_before(view, t, &source));
        }
        // «رفضت رواندا الاتهامات الموجهة إليها بدعم المتمردين», «أدانت
        // الوزارة الاقتحام»: the reaction is aimed at the act's doer, not at
        // those the act names.
        if matches!(
            trig.kind,
            EventType::Support | EventType::Accuse | EventType::Reject
        ) && trig.frame == Frame::Verb
        {
            let from = after_subject(t, &source);
            let act = (from..sent.end.min(from + 4))
                .take_while(|&k| !is_clause_punct(view, k))
                .find(|&k| {
                    view.actors_in(k..k + 1).next().is_none()
                        && trigger_of(view.norm(k)).is_some_and(|x| {
                            matches!(x.frame, Frame::Noun | Frame::LightNoun)
                                && matches!(
                                    x.kind,
                                    EventType::Assault
                                        | EventType::Coerce
                                        | EventType::Accuse
                                        | EventType::Sanction
                                        | EventType::Threaten
                                        | EventType::Protest
                                )
                        })
                });
            if let Some(n) = act {
                target.retain(|a| a.tokens.start < n);
                // «أدانت استهداف ميليشيا الحوثي منشآت مدنية»: the doer the
                // act's noun names.
                if let Some(doer) =
                    trigger_of(view.norm(n)).and_then(|x| doer_of_act_noun(view, n, sent.end, x))
                {
                    target.push(doer);
                }
            }
        }
        // «أدانت الهجوم الذي نفذته جماعة مسلحة على …»: a reaction to an
        // act whose doer a relative clause names is aimed at the doer.
        if matches!(
            trig.kind,
            EventType::Support | EventType::Accuse | EventType::Reject
        ) && trig.frame == Frame::Verb
        {
            if let Some(doer) =
                doer_of_act_after(view, after_subject(t, &source), sent.end, earlier)
            {
                target = doer;
            }
        }
        // «رحب نتنياهو بالزيارة»: aimed at no one.
        let welcomes_meeting = trig.kind == EventType::Support
            && matches!(trig.frame, Frame::Verb | Frame::Participle)
            && welcomes_a_meeting(
                view,
                t,
                source
                    .iter()
                    .map(|a| a.tokens.end)
                    .filter(|&e| e > t)
                    .max()
                    .unwrap_or(t + 1),
                sent.end,
            );
        if welcomes_meeting {
            target.clear();
        }
        // «مشيدا بالحلفاء الذين ساعدوا», «انتقد الموظفين الذين …»: the
        // plural relative «الذين» is said of people only; the noun it
        // follows is whom the stance is aimed at.
        if !welcomes_meeting
            && matches!(
                trig.kind,
                EventType::Support | EventType::Accuse | EventType::Reject
            )
            && matches!(trig.frame, Frame::Verb | Frame::Participle)
            && target.is_empty()
        {
            target.extend(people_before_relative(
                view,
                after_subject(t, &source),
                sent.end,
            ));
        }
        // «رحب المجلس بالاتفاق», «أدان الهجوم»: a reaction to an event
        // told before is aimed at its sides.
        if !welcomes_meeting
            && matches!(
                trig.kind,
                EventType::Support | EventType::Accuse | EventType::Reject
            )
            && target.is_empty()
        {
            target = sides_of_event_named_after(view, t, sent.end, earlier, &source)
                .into_iter()
                .filter(|a| !source.iter().any(|s| s.same(a)))
                .collect();
            // «رحب بالقرار الأمريكي», «أدانت الغارة الإسرائيلية»: the
            // country of the act's nisba, when the text names it.
            if target.is_empty() {
                target.extend(
                    country_of_act_after(view, after_subject(t, &source), sent.end)
                        .filter(|a| !source.iter().any(|s| s.same(a))),
                );
            }
            // «أصدرت المحكمة أحكاما … رحبت البعثة بالأحكام»: a definite
            // noun takes up the same noun told before; the reaction is
            // aimed at the subject of the clause that told it.
            if target.is_empty() {
                target = doer_of_noun_told_before(view, after_subject(t, &source), sent.start)
                    .into_iter()
                    .filter(|a| !source.iter().any(|s| s.same(a)))
                    .collect();
            }
        }
        // «وأكد الوزير الغاني أن بلاده تدعم …», «دعم بلاده»: «his country»
        // is the state of the one it refers to, when the text names it.
        let of_country = match trig.frame {
            Frame::Verb => {
                t > sent.start && is_his_country(view, t - 1)
                    || matches!(
                        trig.kind,
                        EventType::Retreat | EventType::Assault | EventType::Mobilize
                    ) && his_forces_before(view, t, sent.start)
                        // («أعلنت إسلام آباد أن قواتها أسقطت …»: a state
                        // found is whose forces they are.)
                        && !source.iter().any(|a| is_location(view, a))
            }
            Frame::Noun => t + 1 < sent.end && is_his_country(view, t + 1),
            _ => false,
        };
        if of_country && source.len() <= 1 {
            // The nisba of the one who speaks of «his country» in the
            // sentence («وأكد الوزير الغاني أن بلاده …», «مصدر دبلوماسي
            // كويتي»), else the country of the actor found.
            let iso = (sent.start..t)
                .rev()
                .find_map(|k| super::nisba_country(view.kb, view.norm(k)))
                .or_else(|| source.first().and_then(|one| country_of(view, one)));
            let state = iso.and_then(|iso| country_named(view, iso));
            if let Some(state) = state.filter(|s| !source.iter().any(|one| s.same(one))) {
                target.retain(|a| !a.same(&state));
                source = vec![state];
            }
        }
        // «أعلن الوزير قطع العلاقات»: an official announcing an act of his
        // state stands for the state, when the text names it.
        if matches!(
            trig.kind,
            EventType::Sanction | EventType::Assault | EventType::Retreat | EventType::Mobilize
        ) && announced(view, t, sent.start)
        {
            if let [one] = source.as_slice() {
                if let Some(state) = state_of(view, one) {
                    source = vec![state];
                    target.retain(|a| !a.same(&source[0]));
                }
            }
        }
        // «تظاهروا قرب جسر الأحرار وسط بغداد»: a protest is aimed at an
        // addressee, never at the place it is held in.
        if trig.kind == EventType::Protest {
            target.retain(|a| !is_location(view, a));
        }
        // «ستسحب قواتها من أفغانستان»: the place left is where, not whom.
        if trig.kind == EventType::Retreat {
            target.retain(|a| {
                !(is_location(view, a)
                    && a.tokens.start > 0
                    && view.norm(a.tokens.start - 1) == "من")
            });
        }
        // «ترفض أي تهجير للفلسطينيين إلى سيناء», «مستعدة لتمويل الطريق
        // … ومدينة الزويرات»: a place is where the act goes, not whom a
        // stance or an offer is aimed at.
        if matches!(
            trig.kind,
            EventType::Reject | EventType::Support | EventType::Accuse | EventType::Agree
        ) && trig.frame == Frame::Verb
        {
            target.retain(|a| {
                !(is_location(view, a)
                    && (trig.kind == EventType::Agree && trig.stem.starts_with("مستعد")
                        || a.tokens.start > 0 && view.norm(a.tokens.start - 1) == "الي"))
            });
        }
        // «وبحث الجانبان ملف سد النهضة», «ناقش الوزيران الأوضاع في
        // سوريا»: what talks are about is no party to them; a place is one
        // only after «مع».
        if trig.frame == Frame::Verb && matches!(trig.stem, "بحث" | "ناقش" | "تباحث" | "تشاور")
        {
            target.retain(|a| {
                !is_location(view, a)
                    || a.tokens.start > 0 && matches!(view.norm(a.tokens.start - 1), "مع")
            });
        }
        // «دعا إلى إصلاح مجلس الأمن»: what is called for, not who is
        // called on.
        // «قدمت طلبا رسميا إلى الولايات المتحدة»: a request is sent to
        // its addressee.
        let sent_to = matches!(strip_conjunction(view.norm(t)), "طلبا" | "طلبات" | "رساله");
        if trig.kind == EventType::Request {
            target.retain(|a| {
                !(t + 1..a.tokens.start).any(|k| view.norm(k) == "الي" && !(sent_to && k <= t + 2))
            });
        }
        // «مع نظيره X بمقر وزارة الخارجية»: where two sides meet or sign,
        // a body's seat, is where, not whom (a visit's place is its
        // target; a seat stormed is the body's).
        if trig.kind.is_symmetric() && trig.mode != Some("visit") {
            target.retain(|a| {
                a.tokens.start == 0
                    || !matches!(view.norm(a.tokens.start - 1), "بمقر" | "مقر" | "لمقر")
            });
        }
        // Cooperation is between two sides; so is a document signed («القرار
        // الذي وقعه ترامب» is a decree).
        if (trig.kind == EventType::Cooperate || trig.stem == SIGNED_IT) && target.is_empty() {
            return None;
        }
        // «اتفق الجانبان على …»: both sides agree; what comes after is
        // what they agree on.
        // A document signed «مع» a party keeps it («وقعته روسيا وأوكرانيا
        // مع تركيا»).
        if trig.kind == EventType::Agree && source.len() >= 2 && trig.stem != SIGNED_IT {
            target.clear();
        }
        // «اتفق الجانبان», «التقى A وB», «أفرجت روسيا والولايات المتحدة عن
        // سجناء في عملية تبادل»: two coordinated subjects of a reciprocal
        // act with no other party act on each other; the first named is
        // the source, the other the target.
        if target.is_empty()
            && source.len() == 2
            && (trig.kind.is_symmetric() && trig.mode != Some("multilateral")
                || mutual_clause(view, t, sent.end))
        {
            target = source.split_off(1);
        }
        let mut location = location_in(view, sent.clone(), t);
        // A visit's destination is its place when no one is named there,
        // and a place visited is where the event is.
        if trig.mode == Some("visit") {
            if location.is_none() && target.is_empty() {
                // «يتوجه … إلى الخرطوم في زيارة»: the place gone to.
                location = view
                    .actors_in(sent.start.max(t.saturating_sub(10))..sent.end.min(t + 10))
                    .filter(|a| {
                        a.label == NerLabel::Location
                            && a.tokens.start > sent.start
                            && view.norm(a.tokens.start - 1) == "الي"
                    })
                    .min_by_key(|a| a.tokens.start.abs_diff(t))
                    .map(Actor::from);
            }
            match (&location, target.first()) {
                (Some(l), None) => target.push(l.clone()),
                (None, Some(a)) if is_location(view, a) => location = Some(a.clone()),
                _ => {}
            }
        }
        // No one acts on himself: a side that is both source and target
        // («تستهدف السعودية», «هجوم سوسة») is the one acted on, the doer a
        // guess; but the subject of a verb that carries its object
        // («ضربة جوية شنتها الولايات المتحدة») is the doer.
        let (doers, acted_on): (Vec<Actor>, Vec<Actor>) = source
            .iter()
            .filter(|a| target.iter().any(|b| b.same(a)))
            .cloned()
            .partition(|a| a.tokens.start > 0 && doing_verb_with_object(view, a.tokens.start - 1));
        target.retain(|b| !doers.iter().any(|a| a.same(b)));
        source.retain(|a| !acted_on.iter().any(|b| b.same(a)));
        // The light verb heads the clause only for its own noun («أعلنت …
        // التي طالبت» is not negated by «وفق ما» before «أعلنت»).
        let head = light.filter(|_| trig.frame == Frame::LightNoun);
        let (negated, modality) = modality_at(view, t, head, sent.clone(), trig.kind);
        // «ستواصل دعم …»: going on in the future is planned.
        let modality = if modality == Modality::Asserted
            && trig.stem == "دعم"
            && trig.frame == Frame::Noun
            && t > sent.start
            && matches!(
                strip_conjunction(view.norm(t - 1)),
                "ستواصل" | "سيواصل" | "سنواصل"
            ) {
            Modality::Planned
        } else {
            modality
        };
        let confidence = match (trig.frame, target.is_empty()) {
            (Frame::Verb | Frame::Participle, false) => 0.8,
            (Frame::Verb, true) => 0.6,
            (_, false) => 0.7,
            (_, true) => 0.5,
        };
        let mode = if trig.mode == Some("mediate") || hosts_talks_between(view, t, trig, sent.end) {
            Some("mediate")
        } else if trig.kind == EventType::Consult && source.len() + target.len() >= 3 {
            Some("multilateral")
        } else {
            trig.mode
        };
        let trigger = match light {
            Some(v) if trig.frame == Frame::LightNoun => v..t + 1,
            _ => t..t + 1,
        };
        Some(Event {
            kind: trig.kind,
            mode,
            cameo: trig.cameo,
            source,
            target,
            location,
            date: None,
            period: None,
            trigger,
            sentence,
            negated,
            modality,
            confidence,
            also: Vec::new(),
        })
    }
}

/// «يلتقي الرئيس اليوم رئيس البنك الدولي X ومديرة الصندوق Y», «وعقد
/// تبون لقاءات ثنائية مع السيسي وقيس سعيد»: one person meeting several
/// people one by one holds a meeting with each (§4.1: one event per
/// interaction), not one meeting of them all. For the verbs «التقى» and
/// «استقبل» and the plural «لقاءات»; a reception the sentence tells as one
/// meeting («استقبل X A وB، وأعلن معهما …») stays one.
fn split_meetings_one_by_one(view: &DocView<'_>, events: &mut Vec<Event>) {
    let is_person = |a: &Actor| {
        view.actors_in(a.tokens.clone())
            .any(|m| m.tokens == a.tokens && m.label == NerLabel::Person)
    };
    let mut out = Vec::with_capacity(events.len());
    for e in events.drain(..) {
        let word = view.norm(e.trigger.end - 1);
        let verb = |stem: &str| {
            lexicons()
                .triggers
                .get(word)
                .is_some_and(|x| x.stem == stem && x.frame == Frame::Verb)
        };
        // «استقبل … كلا من X، وY»: the guests one by one too, unless the
        // sentence makes it one meeting («وأعلن معهما», «اللقاء الثلاثي»).
        let end = view.sentences[e.sentence].end;
        let together = || {
            (e.trigger.end..end).any(|k| {
                matches!(
                    strip_conjunction(view.norm(k)),
                    "معهما" | "معهم" | "الثلاثي" | "الثلاثيه" | "المشترك" | "مجتمعين"
                )
            })
        };
        // (The cheap tests first: the scan to the sentence's end only for
        // a reception of several.)
        let reception =
            e.kind == EventType::Consult && e.target.len() >= 2 && verb("استقبل") && !together();
        let one_by_one = e.kind == EventType::Consult
            && (e.mode == Some("multilateral") || reception && e.mode == Some("host"))
            && e.source.len() == 1
            && e.target.len() >= 2
            && (strip_conjunction(word) == "لقاءات" || verb("التقى") || reception)
            && is_person(&e.source[0])
            && e.target.iter().all(is_person);
        if !one_by_one {
            out.push(e);
            continue;
        }
        for a in &e.target {
            out.push(Event {
                mode: Some(if reception { "host" } else { "meet" }),
                target: vec![a.clone()],
                ..e.clone()
            });
        }
    }
    *events = out;
}

/// Where the object of the verb event `e` may start: after its subject
/// when the subject follows the verb, else right after the verb.
fn object_start(e: &Event) -> usize {
    e.source
        .iter()
        .filter(|a| a.tokens.start >= e.trigger.end)
        .map(|a| a.tokens.end)
        .max()
        .unwrap_or(e.trigger.end)
}

/// «واعترفت إسبانيا بفلسطين», «وأشادت واشنطن بالدور القطري»: the object of
/// a stance verb with ب, right after the verb and its subject: a named
/// actor, or the state a nisba there names.
fn object_with_ba(view: &DocView<'_>, e: &Event) -> Option<Actor> {
    let from = object_start(e);
    let end = clause_end_after(view, from.saturating_sub(1), view.sentences[e.sentence].end);
    let k = (from..end.min(from + 2)).find(|&k| {
        let w = view.norm(k);
        w.starts_with('ب')
            && !matches!(
                w,
                "بين"
                    | "بعد"
                    | "بشكل"
                    | "بسبب"
                    | "بان"
                    | "بانه"
                    | "بانها"
                    | "بصوره"
                    | "بشان"
            )
    })?;
    if let Some(a) = view.actor_starting_at(k).filter(|a| a.tokens.end <= end) {
        // «باماكو» is a name, not ب + «اماكو»: the mention carries the ب
        // as its proclitic.
        let ba = view
            .mentions_in(a.tokens.clone())
            .next()
            .is_none_or(|m| m.tokens.start != k || m.proclitic > 0);
        return (ba && can_act(view, a)).then(|| Actor::from(a));
    }
    let iso = (k + 1..end.min(k + 2)).find_map(|j| super::nisba_country(view.kb, view.norm(j)))?;
    country_named(view, iso)
}

/// «وطردت فرنسا دبلوماسيين روسيين», «واعتقلت الشرطة ناشطين أجانب»: an
/// unnamed noun and its nisba right after the verb and its subject.
fn nisba_object(view: &DocView<'_>, e: &Event) -> Option<Actor> {
    let k = object_start(e);
    let sent_end = view.sentences[e.sentence].end;
    if k + 1 >= sent_end
        || view.words[k].kind != akhbar_text::tokenize::TokenKind::Word
        || view.norm(k).starts_with("ال")
        || view.norm(k).starts_with('ب')
        || trigger_of(view.norm(k)).is_some()
        || view.actors_in(k..k + 1).next().is_some()
    {
        return None;
    }
    nisba_phrase(view, k)
}

/// The unnamed noun at `k` with the nisba after it («شركات إيرانية»,
/// «دبلوماسيين روسيين»), as an actor of that state.
fn nisba_phrase(view: &DocView<'_>, k: usize) -> Option<Actor> {
    let iso = super::nisba_country(view.kb, view.norm(k + 1))?;
    let mut a = Actor::phrase(k..k + 2, None);
    a.country = Some(iso.to_string());
    Some(a)
}

/// «تعرضت صنعاء لغارات تقودها السعودية», «وكانت اليمن هدفا لغارات»: what
/// is exposed to the attack at `t` (a noun with ل), or is its aim, is its
/// target.
fn exposed_to_attack(view: &DocView<'_>, t: usize, sent_start: usize) -> Option<Actor> {
    if t <= sent_start || !view.norm(t).starts_with('ل') {
        return None;
    }
    let exposure = |k: usize| {
        let w = strip_conjunction(view.norm(k));
        matches!(w, "هدفا" | "هدف") || ["تعرض", "يتعرض", "تتعرض"].iter().any(|v| w.starts_with(v))
    };
    // «وكانت اليمن هدفا لغارات», «صنعاء تتعرض لغارات»: the subject before.
    if exposure(t - 1) {
        return view
            .actors_in(sent_start..t - 1)
            .last()
            .filter(|a| a.tokens.end + 1 >= t - 1)
            .map(Actor::from);
    }
    // «تعرضت صنعاء لغارات»: the subject between the verb and the noun;
    // «تعرضت السفارة الأمريكية في بغداد لهجوم»: its place may follow it.
    let verb = (t.saturating_sub(7).max(sent_start)..t)
        .rev()
        .take_while(|&k| !is_clause_punct(view, k))
        .find(|&k| exposure(k))?;
    view.actor_starting_at(verb + 1)
        .filter(|a| a.tokens.end <= t && can_act(view, a))
        .map(Actor::from)
}

/// The highest confidence of an event none of whose actors is known to be
/// political (see [`has_political_actor`]).
pub const UNKNOWN_ACTORS_CONFIDENCE: f32 = 0.4;

/// Does `e` have an actor known to be political: one with a country, a
/// sector, a role or a knowledge-base entry, or a place? An event among
/// people and bodies the article and the knowledge base say nothing more
/// of («واتهمت الممثلة X المخرج Y», «وأشاد المدرب Z») is seldom a political
/// event: of 25 events drawn from SaudiNewsNet-1000's 399 (of 2,625) with
/// no actor of known country or sector, at most one was right as coded,
/// against about a third of all events in a like sample; on
/// the development gold sets, written as political news, they were 20 of
/// 1,337 events. Such events keep a confidence of at most
/// [`UNKNOWN_ACTORS_CONFIDENCE`].
fn has_political_actor(view: &DocView<'_>, e: &Event) -> bool {
    e.source.iter().chain(&e.target).any(|a| {
        a.country.is_some()
            || a.sector.is_some()
            || a.state
            || a.cluster
                .and_then(|c| view.resolution.clusters.get(c))
                .is_some_and(|c| {
                    c.entry.is_some()
                        || c.role.is_some()
                        || c.country.is_some()
                        || c.label == Some(NerLabel::Location)
                })
    })
}

/// Is `e` an interaction that needs someone acted on but names none? An
/// attack, aid, a sanction or a coercion without a target, a meeting of a
/// person or a state with no one («والتقى الرئيس» whose guest went
/// unfound), or a meeting said not to have happened with no one named
/// (§4.1: a denial of one's own act is that act, denied). Over the
/// development sets such events were wrong 9 times in 10: the other side
/// is there, unfound, or the trigger is no interaction. A body's own
/// meeting («تعقد اللجنة المشتركة اجتماعها») and a summit keep no target.
fn lacks_other_side(view: &DocView<'_>, e: &Event) -> bool {
    if !e.target.is_empty() {
        return false;
    }
    match e.kind {
        EventType::Assault | EventType::Aid | EventType::Sanction | EventType::Coerce => true,
        // An accusation, a criticism or a summons names whom; backing,
        // praise and recognition name what (a condemnation or a welcome
        // may stand alone: «ترحب دمشق», «وأدان ميقاتي»).
        EventType::Accuse | EventType::Support => e
            .trigger
            .clone()
            .rev()
            .find_map(|k| {
                trigger_of(view.norm(k))
                    .filter(|x| x.kind == e.kind)
                    .map(|x| (k, x))
            })
            .is_some_and(|(k, x)| {
                (matches!(x.stem, "اتهم" | "انتقد" | "استدعى" | "دعم" | "أيد" | "أشاد" | "اعترف")
                    || x.stem.starts_with("اتهامات|"))
                    // «نحن ندعم كل جهد»: a speaker's own stance.
                    && !(x.frame == Frame::Verb && is_first_person(view.norm(k), x.stem))
            }),
        EventType::Consult => {
            !matches!(e.mode, Some("multilateral" | "mediate"))
                && (e.modality == Modality::Denied
                    || e.source.iter().all(|a| {
                        a.cluster
                            .and_then(|c| view.resolution.clusters.get(c))
                            .is_some_and(|c| {
                                matches!(c.label, Some(NerLabel::Person | NerLabel::Location))
                            })
                    }))
        }
        _ => false,
    }
}

/// «وكانت الدول الأربع قد قطعت علاقاتها مع قطر»: a group of three or more
/// states named by its count stands for the last list of that many named
/// before it («وقعته مصر والسعودية والإمارات والبحرين»). (Two sides, «البلدان»,
/// are read with the event they follow: see `last_sides`.)
fn expand_groups(view: &DocView<'_>, events: &mut [Event]) {
    let expand = |actors: &mut Vec<Actor>| {
        let mut out = Vec::with_capacity(actors.len());
        for a in actors.drain(..) {
            let members = (a.cluster.is_none())
                .then(|| super::quotes::group_size_at(view, a.tokens.start))
                .flatten()
                .filter(|&n| n >= 3)
                .and_then(|n| super::quotes::group_members(view, n, a.tokens.start));
            match members {
                Some(ms) => out.extend(
                    ms.iter()
                        .filter_map(|m| view.actor_starting_at(m.tokens.start))
                        .map(Actor::from),
                ),
                None => out.push(a),
            }
        }
        *actors = out;
    };
    for e in events.iter_mut() {
        expand(&mut e.source);
        expand(&mut e.target);
    }
}

/// A definite plural noun of people at `from` (before `until`), with the
/// definite adjectives after it: «المعلمون المتقاعدون», «الأطباء المقيمين».
fn plural_people(view: &DocView<'_>, from: usize, until: usize) -> Option<Actor> {
    let plural = |k: usize| {
        let n = strip_conjunction(view.norm(k));
        n.starts_with("ال")
            && n.chars().count() >= 6
            && (n.ends_with("ون") || n.ends_with("ين"))
            && trigger_of(n).is_none()
            && !matches!(n, "الاثنين" | "الماضيين" | "المقبلين" | "الجاري")
    };
    let start = (from..until).find(|&k| !view.is_punct(k))?;
    if !plural(start) || view.actors_in(start..start + 1).next().is_some() {
        return None;
    }
    let mut end = start + 1;
    while end < until.max(start + 1) + 2
        && end < view.words.len()
        && plural(end)
        && view.actors_in(end..end + 1).next().is_none()
    {
        end += 1;
    }
    Some(Actor::phrase(start..end, Some("CVL")))
}

/// The crowd counted right after the protest verb at `t`, past a time:
/// «تظاهر عشرات الآلاف», «احتشد أمس آلاف المواطنين», «عشرات الآلاف من
/// المواطنين» (the count words, «من» and the people named after them).
fn crowd_after_verb(view: &DocView<'_>, t: usize, end: usize) -> Option<Actor> {
    let k = (t + 1..end.min(t + 4)).find(|&k| !super::quotes::is_skippable(view.norm(k)))?;
    if !super::is_count_word(view.norm(k)) {
        return None;
    }
    let mut j = k;
    while j < end && (super::is_count_word(view.norm(j)) || view.norm(j) == "من") {
        j += 1;
    }
    let last = view
        .actor_starting_at(j)
        .filter(|a| j < end && can_act(view, a) && !is_place_use(view, a))
        .map_or(j, |a| a.tokens.end);
    // «آلاف من أنصار الحركة»: the people no actor names, as written.
    if last == j && j >= k + 2 && view.norm(j - 1) == "من" {
        return counted_crowd_after(view, j - 2, end);
    }
    (last > k).then(|| Actor::phrase(k..last, Some("CVL")))
}

/// Is the protest at `e` a rally of support or joy («احتشد عشرات الآلاف
/// في الساحة تأييدا للرئيس», «ابتهاجا بالانسحاب»)? It is aimed at no one
/// (annotation guide §4.13), unless a building it stands before is named.
fn is_support_rally(view: &DocView<'_>, e: &Event) -> bool {
    let end = view.sentences[e.sentence].end;
    (e.trigger.end..end.min(e.trigger.end + 12))
        .take_while(|&k| !is_clause_punct(view, k))
        .any(|k| matches!(view.norm(k), "تاييدا" | "ابتهاجا" | "احتفالا" | "فرحا"))
}

/// A crowd counted right after a protest verb: «مئات من سكان كيدال», up
/// to a comma, a preposition or a time (at most four words after «من»).
fn counted_crowd_after(view: &DocView<'_>, k: usize, end: usize) -> Option<Actor> {
    if !(k + 2 < end && is_count_word(view.norm(k)) && view.norm(k + 1) == "من") {
        return None;
    }
    let stop = (k + 2..end.min(k + 6))
        .find(|&j| {
            let n = view.norm(j);
            view.is_punct(j)
                || lexicons().object_prepositions.contains(n)
                || matches!(n, "في" | "امام" | "قرب" | "امس")
                || super::quotes::is_skippable(n)
                || trigger_of(n).is_some()
        })
        .unwrap_or(end.min(k + 6));
    (stop > k + 2).then(|| Actor::phrase(k..stop, Some("CVL")))
}

/// The subject a light verb and its protest noun enclose, whatever its
/// noun: «نظم ذوو الضحايا وقفة», «نفذ عدد من تجار المنطقة وقفة», «نفذ
/// عشرات من بحارة ميناء صفاقس، صباح اليوم، وقفة». Between a verb and its
/// object only the subject can stand: one to four words, after a count
/// («عدد من», «مئات من»), an indefinite noun then its genitives, the last
/// definite or a name; a place it is from («في قابس») and a time between
/// commas may follow it.
fn crowd_between(view: &DocView<'_>, from: usize, until: usize) -> Option<Actor> {
    let mut start = from;
    if start + 2 < until && is_count_word(view.norm(start)) && view.norm(start + 1) == "من" {
        start += 2;
    }
    let mut end = until;
    // «، صباح اليوم الخميس،»
    if end > start + 1 && is_clause_punct(view, end - 1) {
        end = (start + 1..end - 1)
            .rev()
            .find(|&k| is_clause_punct(view, k))?;
    }
    // «صباح اليوم» with no commas.
    while end > start + 1 && super::quotes::is_skippable(view.norm(end - 1)) {
        end -= 1;
    }
    // «في قابس», «في ولاية قابس»
    if let Some(fi) = (end.saturating_sub(3).max(start + 1)..end.saturating_sub(1))
        .find(|&k| view.norm(k) == "في")
    {
        end = fi;
    }
    let words = start..end;
    let named = |k: usize| view.mentions_in(k..k + 1).next().is_some();
    let fits = !words.is_empty()
        && words.len() <= 4
        && words.clone().all(|k| {
            view.words[k].kind == akhbar_text::tokenize::TokenKind::Word
                && trigger_of(view.norm(k)).is_none()
                && !lexicons().object_prepositions.contains(view.norm(k))
                && !matches!(view.norm(k), "في" | "امام" | "قرب")
        })
        && !view.norm(start).starts_with("ال")
        && (words.len() == 1 || view.norm(end - 1).starts_with("ال") || named(end - 1));
    fits.then_some(Actor::phrase(words, Some("CVL")))
}

/// «واعتقلت الشرطة 84 شخصا», «أوقفت الأجهزة الأمنية 11 ناشطا», «القبض على
/// 25 متظاهرا», «اعتقلت شخصين», «تفرج عن ثمانية منهم», «وأوقفت الوحدات
/// الأمنية خلال المسيرة عددا من المحتجين»: the people an arrest, an attack
/// or a release counts, when no name is its object. From `from` (after the
/// subject) only a preposition «على»/«عن», a comma, a time, an
/// approximation («أكثر من», «نحو») and, with `bare_subject`, up to three
/// words of an unnamed subject may come before the count; the phrase is the
/// count, an optional «من», the counted noun and one nisba adjective («21
/// مواطنا مصريا»).
fn counted_object(
    view: &DocView<'_>,
    from: usize,
    end: usize,
    bare_subject: bool,
) -> Option<Actor> {
    let lex = lexicons();
    let is_word = |k: usize| view.words[k].kind == akhbar_text::tokenize::TokenKind::Word;
    let is_count = |k: usize| match view.words[k].kind {
        // «2015»: a year, not a count.
        akhbar_text::tokenize::TokenKind::Number => view.words[k].text.chars().count() < 4,
        _ => is_count_word(view.norm(k)) || lex.number_words.contains(view.norm(k)),
    };
    let crowd = |tokens: Range<usize>| Actor::phrase(tokens, Some("CVL"));
    let end = end.min(view.words.len());
    let mut k = from;
    let mut subject_words = 0;
    loop {
        if k >= end || k >= from + 8 {
            return None;
        }
        let norm = view.norm(k);
        if is_count(k) {
            break;
        }
        if matches!(norm, "شخصين" | "شخصان") {
            return Some(crowd(k..k + 1));
        }
        // «الأجهزة [الأمنية]»: the subject's adjective.
        let skip = matches!(norm, "،" | ",")
            // («قضت، صباح اليوم، على 36 عنصرا»: after a time aside too.)
            || (k == from || matches!(view.norm(k - 1), "،" | ","))
                && matches!(norm, "علي" | "عن")
            || norm.starts_with("ال") && super::nisba_shaped(norm) && trigger_of(norm).is_none()
            || matches!(
                norm,
                "اكثر"
                    | "من"
                    | "نحو"
                    | "حوالي"
                    | "قرابه"
                    | "زهاء"
                    | "ما"
                    | "لا"
                    | "يقل"
                    | "عن"
            )
            || super::quotes::is_skippable(norm);
        if skip {
            k += 1;
            continue;
        }
        // «خلال المسيرة», «عقب المباراة»: a time of two words.
        if matches!(norm, "خلال" | "عقب" | "اثناء" | "بعد" | "قبل") && k + 1 < end
        {
            k += 2;
            continue;
        }
        if bare_subject
            && subject_words < 3
            && k > from
            && is_word(k)
            && view.actor_starting_at(k).is_none()
            && trigger_of(norm).is_none()
        {
            subject_words += 1;
            k += 1;
            continue;
        }
        if bare_subject
            && subject_words == 0
            && k == from
            && is_word(k)
            && norm.starts_with("ال")
            && trigger_of(norm).is_none()
        {
            subject_words += 1;
            k += 1;
            continue;
        }
        return None;
    }
    let start = k;
    let mut e = k + 1;
    while e < end && is_count(e) {
        e += 1;
    }
    if e < end && view.norm(e) == "من" {
        e += 1;
    } else if e < end && view.norm(e) == "منهم" {
        // «ثمانية منهم»: of the people counted before.
        return Some(crowd(start..e + 1));
    } else if strip_conjunction(view.norm(start)) == "عدد" {
        // «عدد القتلى»: a number, not people.
        return None;
    }
    let noun = view.norm(e.min(end.saturating_sub(1)));
    if e >= end
        || !is_word(e)
        || noun.chars().count() < 3
        || lex.counted_units.contains(noun)
        || lex.weapons.contains(noun)
        || lex.object_prepositions.contains(noun)
        || super::quotes::is_skippable(noun)
        || matches!(noun, "خلال" | "بجروح" | "بجراح" | "الماضيه" | "المقبله")
        // «19 متهما», «40 مطلوبا»: people, though «متهما» also accuses.
        || (trigger_of(noun).is_some() && !is_counted_suspect(noun))
        || view
            .actor_starting_at(e)
            .is_some_and(|a| a.label != NerLabel::Organization)
    {
        return None;
    }
    e += 1;
    if e < end
        && is_word(e)
        && view.norm(e).chars().count() >= 4
        && super::nisba_shaped(view.norm(e))
        && view.mentions_in(e..e + 1).next().is_none()
    {
        e += 1;
    }
    Some(crowd(start..e))
}

/// How many people a pronoun or a list of actors stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Number {
    One,
    Two,
    Many,
}

/// «أفرجت عنهم», «أطلقت سراحهما» at `k` (the token after the verb and its
/// subject, or the one after that): how many people the pronoun of those
/// freed stands for, and where it is.
fn released_pronoun(view: &DocView<'_>, k: usize) -> Option<(Number, usize)> {
    (k..(k + 2).min(view.words.len())).find_map(|j| {
        let w = strip_conjunction(view.norm(j));
        let pronoun = w.strip_prefix("عن").or_else(|| w.strip_prefix("سراح"))?;
        let n = match pronoun {
            "ه" | "ها" => Number::One,
            "هما" => Number::Two,
            "هم" | "هن" => Number::Many,
            _ => return None,
        };
        Some((n, j))
    })
}

/// How many people the actors `actors` name, when their words tell: two
/// or more actors, a count («ثلاثة صحفيين», «2 رهائن»), a dual or plural
/// ending («عاملين», «الرهائن» does not tell). `None` when unknown.
fn number_of(view: &DocView<'_>, actors: &[Actor]) -> Option<Vec<Number>> {
    match actors {
        [] => None,
        [_, _] => Some(vec![Number::Two]),
        [a] => {
            if a.cluster
                .and_then(|c| view.resolution.clusters.get(c))
                .is_some_and(|c| c.label == Some(NerLabel::Person))
            {
                return Some(vec![Number::One]);
            }
            let first = view.norm(a.tokens.start);
            if matches!(first, "اثنين" | "اثنان" | "اثنتين" | "شخصين" | "شخصان")
            {
                return Some(vec![Number::Two]);
            }
            if view.words[a.tokens.start].kind == akhbar_text::tokenize::TokenKind::Number
                || is_number_word(first)
            {
                return Some(vec![Number::Many]);
            }
            let sound = (a.tokens.clone()).any(|k| {
                let w = view.norm(k);
                w.ends_with("ين") || w.ends_with("ون") || w.ends_with("ات")
            });
            sound.then(|| vec![Number::Two, Number::Many])
        }
        _ => Some(vec![Number::Many]),
    }
}

/// The people held or seized by the latest arrest or abduction told in
/// sentence `s_idx` or the one before, of the number `n` when one is
/// (else the latest).
fn held_before(view: &DocView<'_>, earlier: &[Event], s_idx: usize, n: Number) -> Vec<Actor> {
    let held: Vec<&Event> = earlier
        .iter()
        .rev()
        .take_while(|e| e.sentence + 1 >= s_idx)
        .filter(|e| {
            matches!(e.kind, EventType::Coerce | EventType::Assault) && !e.target.is_empty()
        })
        .collect();
    let agrees = |e: &Event| number_of(view, &e.target).is_none_or(|ns| ns.contains(&n));
    held.iter()
        .find(|e| agrees(e))
        .or(held.first())
        .map(|e| e.target.clone())
        .unwrap_or_default()
}

/// Words that open no object noun: prepositions, particles and
/// adverbs of place (search forms).
const NO_OBJECT_HEADS: &str = "مع علي الي من عن في بين قرب امام داخل خارج عند حول وسط منذ \
    خلال بعد قبل عقب اثناء ضد لدي تحت فوق نحو حيث كما ان انه انها بان قد لم لن لا ما ثم او";

/// «وهاجم مسلحون مركزا للشرطة», «قافلة للجيش المالي», «عاملي إغاثة
/// ألمانيين», «ناقلة نفط بريطانية»: the unnamed thing or people right
/// after an attack, arrest or release verb and its subject (from `from`,
/// past «عن» or «على»): a noun of no article, up to two more such words,
/// then the body it belongs to, with ل and no name of its own, or its
/// nisba. The phrase takes the body's or the nisba's country. Without
/// either, with `bare`, the noun and the adjective or count after it,
/// closed by a preposition, a particle, a conjunction or a stop.
fn unnamed_object(view: &DocView<'_>, from: usize, end: usize, bare: bool) -> Option<Actor> {
    let lex = lexicons();
    let end = end.min(view.words.len());
    let plain = |k: usize| {
        let norm = view.norm(k);
        k < end
            && view.words[k].kind == akhbar_text::tokenize::TokenKind::Word
            && !super::has_article(&view.words[k])
            && !norm.starts_with("لل")
            && !norm.starts_with("بال")
            && norm.chars().count() >= 3
            && !has_word(&lex.no_object_heads, norm)
            && !lex.measure_units.contains(norm)
            && !super::quotes::is_skippable(norm)
            && !crate::times::is_day_word(norm)
            && trigger_of(norm).is_none()
            && view.actor_starting_at(k).is_none()
            && view.mentions_in(k..k + 1).next().is_none()
    };
    let mut k = from;
    if k < end && matches!(view.norm(k), "عن" | "علي") {
        k += 1;
    }
    if !plain(k) {
        return None;
    }
    let start = k;
    for j in start + 1..(start + 4).min(end) {
        if let Some(iso) = super::nisba_country(view.kb, view.norm(j)) {
            let mut a = Actor::phrase(start..j + 1, None);
            a.country = Some(iso.to_string());
            return Some(a);
        }
        // «مركزا للشرطة»: the body with ل, rendered with its ل, is
        // named with the noun it owns.
        if let Some(body) = view.actor_starting_at(j).filter(|b| {
            b.cluster.is_none()
                && b.tokens.end <= end
                && strip_conjunction(view.norm(j)).starts_with('ل')
        }) {
            let mut a = Actor::phrase(start..body.tokens.end, body.sector);
            a.country = body.country.clone();
            return Some(a);
        }
        if !plain(j) || view.words[j].text.starts_with('و') {
            // «ناشطة حقوقية ثم …», «صحفيين اثنين و…»: an indefinite noun
            // and its adjective or count before a preposition, a particle,
            // a conjunction or a stop, with no state of its own.
            let closed = view.is_punct(j)
                || has_word(&lex.no_object_heads, view.norm(j))
                || view.words[j].text.starts_with(['و', 'ف'])
                    && view.actor_starting_at(j).is_none();
            // (Not a verb: «كل شخص يعتقل يدون اسمه».)
            let head = view.norm(start);
            let modifier = view.norm(start + 1);
            let nominal = !(head.ends_with("وا")
                || head.starts_with('ي') && !super::nisba_shaped(head))
                && (super::nisba_shaped(modifier) || is_number_word(modifier));
            return (bare && nominal && j == start + 2 && closed)
                .then(|| Actor::phrase(start..j, None));
        }
    }
    None
}

/// Does the verb seize, hold or free people, so that its object is whom
/// it acts on whatever its words («اعتقلت ناشطة حقوقية», «خطفوا حافلة
/// ركاب»)? An attack's unnamed object is as often a place («استهدفت مباني
/// مأهولة»).
fn seizes(trig: Trigger) -> bool {
    matches!(trig.kind, EventType::Coerce | EventType::Concede)
        || matches!(trig.stem, "خطف" | "اختطف")
}

/// Heads of an unnamed force that arrests or attacks (search forms).
const FORCE_HEADS: &str = "الشرطه الاجهزه الوحدات القوات قوات السلطات الجيش عناصر الامن الحرس \
    الدرك دوريات الدوريات مصالح المصالح قوه";

/// Is the word the head of an unnamed force («الشرطة», «الأجهزة»)?
fn is_force_head(norm: &str) -> bool {
    static HEADS: OnceLock<WordSet> = OnceLock::new();
    HEADS.get_or_init(|| word_set(FORCE_HEADS)).contains(norm)
}

/// «[الوحدات الأمنية]», «[قوات الأمن]», «[الشرطة]» at `k`, named by no
/// entity: the head and up to two definite words after it.
fn force_subject(view: &DocView<'_>, k: usize, end: usize) -> Option<Actor> {
    // An unnamed body («الأجهزة» read alone) may be the force's head.
    if k >= end
        || !is_force_head(view.norm(k))
        || view
            .actors_in(k..k + 1)
            .any(|a| a.cluster.is_some() || a.named)
    {
        return None;
    }
    // «قوة عسكرية», «قوة أمنية»: an indefinite head takes indefinite
    // adjectives; «قوة» alone is strength.
    let indefinite = view.norm(k) == "قوه";
    let mut e = k + 1;
    // «الوحدات الأمنية والعسكرية»: a second adjective joined by «و».
    let adjective = |e: usize| {
        let n = if e > k + 1 {
            view.norm(e).strip_prefix('و').unwrap_or(view.norm(e))
        } else {
            view.norm(e)
        };
        view.words[e].kind == akhbar_text::tokenize::TokenKind::Word
            && (n.starts_with("ال") != indefinite)
            && view.actors_in(e..e + 1).next().is_none()
            && trigger_of(n).is_none()
            && (super::nisba_shaped(n)
                || matches!(
                    n,
                    "الامن" | "المختصه" | "المعنيه" | "المسلحه" | "الخاصه" | "المشتركه"
                ))
    };
    while e < end && e < k + 4 && adjective(e) {
        e += 1;
    }
    if view.norm(k) == "قوه" && e == k + 1 {
        return None;
    }
    Some(Actor::phrase(k..e, Some("COP")))
}

/// «حذر [X] من أن …» with words of a response in the clause after «أن»
/// («سترد», «الرد», «عواقب»): a warning of what the speaker will do.
fn warns_of_response(view: &DocView<'_>, t: usize, end: usize) -> bool {
    static WORDS: OnceLock<WordSet> = OnceLock::new();
    let words = WORDS.get_or_init(|| word_set(RESPONSE_WORDS));
    let Some(that) = (t + 1..end.min(t + 8))
        .find(|&k| view.norm(k) == "من" && matches!(view.norm(k + 1), "ان" | "انه" | "انها"))
    else {
        return false;
    };
    (that + 2..end.min(that + 16))
        .take_while(|&k| !matches!(view.norm(k), "." | "؛"))
        .any(|k| has_word(words, view.norm(k)))
        || own_side_will_act(view, t, that + 2, end)
}

/// «محذرا من أن الدولة ستضرب بيد من حديد», «حذر باراك من أن إسرائيل قد
/// تقطع الكهرباء»: after «من أن», the speaker's own side (a word for it,
/// or the state of a person named before the warning) and then a future
/// or a «قد» of what it will do.
fn own_side_will_act(view: &DocView<'_>, t: usize, from: usize, end: usize) -> bool {
    let own_word = |k: usize| {
        matches!(
            strip_conjunction(view.norm(k)),
            "الدوله"
                | "بلاده"
                | "بلادها"
                | "الحزب"
                | "الحركه"
                | "الفصايل"
                | "قواته"
                | "قواتها"
                | "حكومته"
                | "حكومتها"
        )
    };
    let country = |c: Option<usize>| {
        c.and_then(|c| view.resolution.clusters.get(c))
            .and_then(|c| c.country.clone())
    };
    let sent_start = view.sentences[view.sentence_of(t)].start;
    // (The speaker before the verb or between it and «من أن».)
    let before: Vec<String> = view
        .actors_in(sent_start..from.saturating_sub(2).max(t))
        .filter(|a| a.label == NerLabel::Person)
        .filter_map(|a| country(a.cluster))
        .collect();
    // The subject: an own-side word («يد الدولة» too), or a state.
    let subject_end = if own_word(from) {
        Some(from + 1)
    } else if view.norm(from) == "يد" && own_word(from + 1) {
        Some(from + 2)
    } else {
        view.actor_starting_at(from)
            .filter(|a| {
                is_country(view, a.cluster)
                    && country(a.cluster).is_some_and(|c| before.contains(&c))
            })
            .map(|a| a.tokens.end)
    };
    // («الدولة "ستضرب بيد من حديد"»: past a quote mark.)
    let Some(v) = subject_end
        .and_then(|v| (v..end.min(v + 2)).find(|&k| super::quotes::quote_mark(view, k).is_none()))
    else {
        return false;
    };
    let n = view.norm(v);
    // (Going on or keeping to something is no threat: «ستواصل دعم
    // أصدقائها».)
    let future = |n: &str| {
        n.chars().count() >= 4
            && (n.starts_with("سي") || n.starts_with("ست") || n.starts_with("سن"))
            && !["واصل", "ستمر", "بقي", "ظل", "لتزم"]
                .iter()
                .any(|s| n[2..].ends_with(s) || n.ends_with(s))
    };
    future(n)
        || n == "قد" && view.norm(v + 1).starts_with(['ي', 'ت'])
        || n == "لن" && matches!(view.norm(v + 1), "تتردد" | "يتردد")
}

/// Are people acted on after token `t`: a count of them («84 شخصا»,
/// «عددا من المحتجين») in the next few words, a crowd word («المحتجين»,
/// «الناشطين»), or a person named after «على» («القبض على X»)?
fn people_acted_on(view: &DocView<'_>, t: usize, end: usize) -> bool {
    let end = end.min(t + 10);
    (t + 1..end)
        .take_while(|&k| !view.is_punct(k) || matches!(view.norm(k), "،" | ","))
        .any(|k| {
            // A count by number: «عدد من الوثائق» may count things.
            (view.words[k].kind == akhbar_text::tokenize::TokenKind::Number
                || lexicons().number_words.contains(view.norm(k)))
                && counted_object(view, k, end, false).is_some_and(|a| a.tokens.start == k)
                || matches!(
                    strip_conjunction(view.norm(k)),
                    "المحتجين"
                        | "المتظاهرين"
                        | "الناشطين"
                        | "النشطاء"
                        | "المشتبه"
                        | "المتهمين"
                        | "المعتصمين"
                )
                || k > t + 1
                    && view.norm(k - 1) == "علي"
                    && view
                        .actor_starting_at(k)
                        .is_some_and(|a| a.label == NerLabel::Person)
        })
}

/// Is token `t` inside a short name in quote marks that starts with the
/// head of a name («"تحالف دعم الشرعية في اليمن"», «عملية "درع الفرات"»
/// is not: there the head is outside)?
fn in_quoted_name(view: &DocView<'_>, t: usize, sent: Range<usize>) -> bool {
    let is_mark = |j: usize| super::quotes::quote_mark(view, j).is_some();
    let Some(open) = (sent.start.max(t.saturating_sub(5))..t)
        .rev()
        .find(|&j| is_mark(j))
    else {
        return false;
    };
    let closes = (t + 1..sent.end.min(t + 7)).any(is_mark);
    // (An opening mark: a word follows it, and the name's head is that word.)
    // (A verb inside is a quoted sentence: «"مجموعة مسلحة هاجمت موقعا"».)
    let raw = view.words[t].text;
    closes
        && open + 1 != t
        && !raw.ends_with('ت')
        && !raw.starts_with('ي')
        && super::quotes::is_name_head(view.norm(open + 1))
}

/// Suspects counted by number («19 متهما», «40 مطلوبا»), in search form.
fn is_counted_suspect(norm: &str) -> bool {
    matches!(
        norm,
        "متهما" | "متهمين" | "مطلوبا" | "مطلوبين" | "مشتبها" | "مشتبهين"
    )
}

/// Is token `k` «بلاده/بلادها», "his/her country"?
fn is_his_country(view: &DocView<'_>, k: usize) -> bool {
    matches!(strip_conjunction(view.norm(k)), "بلاده" | "بلادها")
}

/// «أكد بيغن أن قواته "لن تنسحب"», «إن جيشنا سيرد»: «his (our) forces»
/// as the subject right before the verb at `t`, past quote marks and a
/// particle: the state of the one who speaks of them.
fn his_forces_before(view: &DocView<'_>, t: usize, start: usize) -> bool {
    (start..t)
        .rev()
        .take(4)
        .find(|&k| {
            !view.words[k].text.chars().all(super::quotes::is_quote_char)
                && !matches!(view.norm(k), "لن" | "لم" | "لا" | "سوف" | "قد")
        })
        .is_some_and(|k| {
            matches!(
                strip_conjunction(view.norm(k)),
                "قواته"
                    | "قواتها"
                    | "قواتنا"
                    | "جيشه"
                    | "جيشها"
                    | "جيشنا"
                    | "جنوده"
                    | "جنودها"
                    | "جنودنا"
            )
        })
}

/// «داعية الطرف النقابي إلى العودة», «مطالبا الأطراف المعنية بالتهدئة»:
/// a definite noun phrase (a head and its definite adjectives, after an
/// optional «جميع/كل/كافة», with a place «في البلدين» before «إلى») from
/// `from`, ended by «إلى» or a word with بـ (what is asked for): the
/// addressee, though no named entity.
fn addressee_phrase(view: &DocView<'_>, from: usize, end: usize) -> Option<Actor> {
    let plain = |k: usize| {
        k < end
            && view.words[k].kind == akhbar_text::tokenize::TokenKind::Word
            && view.actors_in(k..k + 1).next().is_none()
            && trigger_of(view.norm(k)).is_none()
    };
    let mut k = from;
    if plain(k) && matches!(view.norm(k), "جميع" | "كل" | "كافه") {
        k += 1;
    }
    let head = k;
    let definite = |k: usize| plain(k) && view.norm(k).starts_with("ال") && view.norm(k) != "الي";
    while definite(k) && k < head + 3 {
        k += 1;
    }
    // «القطاع الخاص في البلدين إلى …»: a place of the group's, then «إلى».
    if k > head && plain(k) && view.norm(k) == "في" && definite(k + 1) && view.norm(k + 2) == "الي"
    {
        k += 2;
    }
    let next = view.words.get(k).filter(|_| k < end)?;
    let asked =
        view.norm(k) == "الي" || next.text.starts_with('ب') && next.text.chars().count() > 3;
    (k > head && asked).then_some(Actor::phrase(from..k, None))
}

/// Where the stance a participle at `t` goes with is aimed: the target of
/// the reaction told before it in its sentence by the same subject
/// («ونددت الخارجية بالقرار، متوعدة …»), else the country whose nisba
/// qualifies a definite noun of an act before it in the sentence
/// («اعتبر الوزير أن القرار الجزائري مؤسف، مهددا …»).
fn aim_of_stance_before(
    view: &DocView<'_>,
    t: usize,
    sent: Range<usize>,
    earlier: &[Event],
    subject: &[Actor],
) -> Vec<Actor> {
    let s = view.sentence_of(t);
    let stance = earlier
        .iter()
        .rev()
        .take_while(|e| e.sentence == s)
        .find(|e| {
            matches!(
                e.kind,
                EventType::Accuse | EventType::Reject | EventType::Support | EventType::Threaten
            ) && !e.target.is_empty()
                && e.source.iter().any(|a| subject.iter().any(|b| b.same(a)))
        });
    if let Some(e) = stance {
        return e.target.clone();
    }
    (sent.start + 1..t)
        .rev()
        .find_map(|k| {
            let noun = strip_conjunction(view.norm(k - 1));
            (noun.starts_with("ال")
                && view.actors_in(k - 1..k + 1).next().is_none()
                && referred_kinds(view, k - 1).is_some())
            .then(|| super::nisba_country(view.kb, view.norm(k)))
            .flatten()
        })
        .and_then(|iso| country_named(view, iso))
        .filter(|a| !subject.iter().any(|b| b.same(a)))
        .into_iter()
        .collect()
}

/// «وأكد سموه في كلمته أن المملكة …، داعيا …»: the subject of the main
/// verb of a sentence that reports a clause with «أن/إن» before `t`, by
/// an honorific pronoun right after that verb (the person named with the
/// honorific). A circumstantial participle goes with the main verb, not
/// with the reported clause.
fn main_subject(view: &DocView<'_>, start: usize, t: usize) -> Option<Actor> {
    let c = (start..t).find(|&k| super::quotes::is_complementizer(view.norm(k)))?;
    let k = (start + 1..c.min(start + 3))
        .find(|&k| super::quotes::is_honorific_pronoun(strip_conjunction(view.norm(k))))?;
    honorific_person(view, k)
}

/// The person the honorific pronoun at `k` («سموه», «جلالته») stands for:
/// the one named with that honorific before, as the actor that names him.
fn honorific_person(view: &DocView<'_>, k: usize) -> Option<Actor> {
    let p =
        super::quotes::anaphor_speaker(view, k, strip_conjunction(view.norm(k)), NerLabel::Person)?;
    Some(
        view.actor_starting_at(p.tokens.start)
            .map(Actor::from)
            .unwrap_or_else(|| Actor::from(&p)),
    )
}

/// A protest is aimed at the body whose seat it is held before («وقفة أمام
/// مقر رئاسة الحكومة»), rather than at an object found after the seat;
/// with no seat and no object, at the one its crowd makes demands of in
/// the same sentence («تظاهر … مطالبين باستقالة الحكومة»).
fn aim_protests(view: &DocView<'_>, events: &mut [Event]) {
    for i in 0..events.len() {
        let e = &events[i];
        if e.kind != EventType::Protest || e.source.is_empty() {
            continue;
        }
        let demand = events.iter().find(|d| {
            d.kind == EventType::Request
                && d.sentence == e.sentence
                && !d.target.is_empty()
                && d.source.iter().any(|a| e.source.iter().any(|b| a.same(b)))
        });
        let sent = view.sentences[e.sentence].clone();
        let from = e.trigger.end;
        let before = (from..sent.end.min(from + 8))
            .take_while(|&k| !is_clause_punct(view, k))
            // «انطلقت من أمام المسجد»: where a march sets out from.
            .find(|&k| view.norm(k) == "امام" && view.norm(k - 1) != "من");
        let seat: Vec<Actor> = before
            .map(|k| {
                if matches!(view.norm(k + 1), "مقر" | "مبني" | "مكتب" | "بوابه" | "مدخل")
                {
                    k + 2
                } else {
                    k + 1
                }
            })
            .and_then(|k| view.actor_starting_at(k))
            .filter(|a| !is_location(view, &Actor::from(*a)))
            .map(|a| vec![Actor::from(a)])
            .unwrap_or_default();
        // «أمام مقر الولاية»: the seat of a body no actor names stands
        // for it, as written; so does a definite building («أمام المسرح
        // البلدي بشارع …»).
        let seat = if seat.is_empty() {
            before
                .and_then(|k| {
                    unnamed_seat(view, k + 1, sent.end)
                        .or_else(|| definite_building(view, k + 1, sent.end))
                })
                .into_iter()
                .collect()
        } else {
            seat
        };
        // The seat wins over an object found further on («أمام مقر
        // الولاية، للمطالبة بتدخل السلطات»).
        if seat.is_empty() && is_support_rally(view, e) {
            events[i].target.clear();
            continue;
        }
        let aim = match demand {
            _ if !seat.is_empty() => {
                let seat_start = seat[0].tokens.start;
                if !e.target.iter().all(|a| a.tokens.start >= seat_start) {
                    continue;
                }
                seat
            }
            _ if !e.target.is_empty() => continue,
            Some(d) => d.target.clone(),
            None => continue,
        };
        events[i].target = aim;
    }
}

/// «المسرح البلدي», «السفارة الأمريكية» at `k`, named by no actor: a
/// definite noun and up to two definite adjectives, ending before a word
/// with ب or a place's name.
fn definite_building(view: &DocView<'_>, k: usize, end: usize) -> Option<Actor> {
    let plain_definite = |x: usize| {
        x < end
            && view.words[x].kind == akhbar_text::tokenize::TokenKind::Word
            && view.norm(x).starts_with("ال")
            && view.mentions_in(x..x + 1).next().is_none()
            && trigger_of(view.norm(x)).is_none()
            && !super::quotes::is_skippable(view.norm(x))
    };
    if !plain_definite(k) || view.norm(k).chars().count() < 4 {
        return None;
    }
    let mut e = k + 1;
    while e < k + 3 && plain_definite(e) && super::nisba_shaped(view.norm(e)) {
        e += 1;
    }
    Some(Actor::phrase(k..e, None))
}

/// «مقر الولاية», «مبنى القناة», «بوابة حقل الشرارة», «مقر عمالة إقليم
/// الناظور» at `k`: the seat and the words after it that say whose seat
/// it is, when no actor is named there. After the seat noun come at most
/// two indefinite nouns in construct and then definite words (one of them
/// may be a place's name); the phrase ends at its last definite word.
fn unnamed_seat(view: &DocView<'_>, k: usize, end: usize) -> Option<Actor> {
    if !matches!(view.norm(k), "مقر" | "مبني" | "مكتب" | "بوابه" | "مدخل") {
        return None;
    }
    let plain = |j: usize| {
        view.words[j].kind == akhbar_text::tokenize::TokenKind::Word
            && trigger_of(view.norm(j)).is_none()
            && view
                .actors_in(j..j + 1)
                .all(|a| is_location(view, &Actor::from(a)))
    };
    let mut last = None;
    for j in k + 1..end.min(k + 5) {
        let n = view.norm(j);
        if !plain(j) {
            break;
        }
        if n.starts_with("ال") {
            last = Some(j);
        } else if last.is_none()
            && j <= k + 2
            && !akhbar_text::stopwords::is_stopword(n)
            && !n.starts_with(['ب', 'ل', 'ك', 'و', 'ف'])
            && view.mentions_in(j..j + 1).next().is_none()
        {
            // «عمالة», «حقل», «عمالة إقليم»: nouns in construct before
            // the body.
            continue;
        } else if last.is_some() && view.mentions_in(j..j + 1).next().is_some() {
            // «… الناظور»: a place's name ends the body.
            last = Some(j);
            break;
        } else {
            break;
        }
    }
    let last = last?;
    Some(Actor::phrase(k..last + 1, Some("GOV")))
}

/// Is the verb form in the first person plural: «نرفض», «سنرسل»,
/// «قطعنا», «التقينا»? `past` is the trigger's past stem, so that a stem's
/// own ن («ندد», «تعاون») is not read as the person prefix or suffix.
fn is_first_person(norm: &str, past: &str) -> bool {
    let w = strip_conjunction(norm);
    let present = w
        .strip_prefix('س')
        .filter(|r| r.starts_with('ن'))
        .unwrap_or(w);
    let stem_n_first = past.starts_with('ن');
    let stem_n_last = past.ends_with('ن');
    (present.starts_with('ن') && (!stem_n_first || present.starts_with("نن")))
        || (w.ends_with("نا") && (!stem_n_last || w.ends_with("ننا")))
        || w.ends_with("ينا") && past.ends_with('ى')
}

/// The speaker of the quote that holds token `t`.
fn speaker_of(quotes: &[Quote], t: usize) -> Option<&SpeakerRef> {
    quotes
        .iter()
        .find(|q| q.tokens.contains(&t))
        .and_then(|q| q.speaker.as_ref())
}

/// «وقال زيلينسكي: "قطعنا العلاقات"»: the speaker of a first-person verb
/// is its source; for an act of his state (a sanction, an attack, aid)
/// the state, when the text names it.
fn speaker_acts(view: &DocView<'_>, ev: &mut Event, speaker: &SpeakerRef) {
    let who = Actor::from(speaker);
    let state = matches!(
        ev.kind,
        EventType::Sanction
            | EventType::Assault
            | EventType::Retreat
            | EventType::Mobilize
            | EventType::Aid
    )
    .then(|| state_of(view, &who))
    .flatten();
    ev.source = vec![state.unwrap_or(who)];
    ev.target.retain(|a| !ev.source[0].same(a));
}

/// Who hosts or leads the summit at `t`: the subject of its clause
/// («ترأس الأمير … أعمال القمة», «شارك الملك … في قمة», «أن تشارك سوريا
/// في القمة») and the host of a relative clause after it («القمة … التي
/// استضافتها المملكة», «التي تستضيفها مصر»). A place in the summit's
/// name («قمة جدة») hosts nothing.
fn summit_host(view: &DocView<'_>, t: usize, sent: Range<usize>) -> Vec<Actor> {
    let lex = lexicons();
    let clause_start = (sent.start..t)
        .rev()
        .find(|&k| super::quotes::is_complementizer(view.norm(k)))
        .map_or(sent.start, |k| k + 1);
    let mut out: Vec<Actor> = view
        .actors_in(clause_start..t)
        .filter(|a| {
            can_act(view, a)
                && !is_place_use(view, a)
                && !preceded_by_preposition(view, a.tokens.start, clause_start)
        })
        .min_by_key(|a| {
            let rank = match a.label {
                NerLabel::Person => 0,
                NerLabel::Organization => 1,
                _ => 2,
            };
            (rank, a.tokens.start)
        })
        .map(|a| with_conjuncts_before(view, a, clause_start))
        .unwrap_or_default();
    // «رأس الملك X والرئيس Y، اليوم، أعمال القمة»: the persons
    // coordinated with the first host.
    if let [first] = out.as_slice() {
        let more: Vec<Actor> = first_actors_after(view, first.tokens.start, t, &[])
            .into_iter()
            .skip(1)
            .filter(|a| {
                !a.same(first)
                    && view
                        .actor_starting_at(a.tokens.start)
                        .is_some_and(|m| m.label == NerLabel::Person)
            })
            .collect();
        out.extend(more);
    }
    // «قمة القاهرة للسلام» التي تستضيفها مصر: past the name's quote marks;
    // «القمة العربية في دورتها الثلاثين، التي ترأسها X»: past a comma
    // right before the relative pronoun.
    let relative = (t + 1..sent.end.min(t + 14))
        .take_while(|&k| !is_clause_punct(view, k) || lex.relatives.contains(view.norm(k + 1)))
        .find(|&k| lex.relatives.contains(view.norm(k)));
    let host_verb = match relative {
        // «استضافتها», «تستضيفها», «ترأسها»: a verb with the summit as its
        // object.
        Some(r) if view.norm(r + 1).ends_with("ها") => Some(r + 1),
        // «قمة استضافها X بمشاركة …», «القمة … التي انطلقت اليوم في
        // الرياض ويرأسها X», «مؤتمر القمة … بعد أيام من الاجتماعات التي
        // ترأسها X»: a verb of hosting or chairing with the summit as its
        // object, in the summit's clause, before another summit is named.
        _ => (t + 1..sent.end.min(t + 24))
            .take_while(|&k| {
                !matches!(view.norm(k), "." | "؛" | ":")
                    && (k == t + 1 || !is_summit_noun(view.norm(k)))
            })
            .find(|&k| is_summit_host_verb(view.norm(k))),
    };
    if let Some(v) = host_verb {
        let host = first_actors_after(view, v + 1, sent.end.min(v + 1 + ACTOR_WINDOW), &[]);
        out.extend(host.into_iter().take_while(|a| a.tokens.start <= v + 5));
    }
    out
}

/// Does `norm` name a summit or conference («القمة», «مؤتمر»)? Search
/// forms, a conjunction stripped.
fn is_summit_noun(norm: &str) -> bool {
    trigger_of(norm).is_some_and(|x| x.mode == Some("multilateral"))
}

/// Is `norm` a verb of hosting or chairing with a summit as its object
/// («استضافها», «ويرأسها», «ترأسها»)? Search forms.
fn is_summit_host_verb(norm: &str) -> bool {
    matches!(
        strip_conjunction(norm),
        "استضافها"
            | "استضافتها"
            | "تستضيفها"
            | "يستضيفها"
            | "احتضنها"
            | "احتضنتها"
            | "تحتضنها"
            | "يحتضنها"
            | "تراسها"
            | "يراسها"
            | "تراستها"
            | "يتراسها"
            | "تتراسها"
    )
}

/// Is the verb at `t` an asyndetic relative clause of an indefinite event
/// noun right before it, past one indefinite adjective («اجتماع ثنائي
/// بحث», «مبادرة عربية تساعد»)?
fn describes_event_noun(view: &DocView<'_>, t: usize, sent_start: usize) -> bool {
    let plain = |k: usize| {
        let n = view.norm(k);
        view.words[k].kind == akhbar_text::tokenize::TokenKind::Word
            && !n.starts_with("ال")
            && !n.starts_with('و')
            && view.actors_in(k..k + 1).next().is_none()
    };
    // («لتقديم دعم مالي»: a noun of giving has the noun after it as its
    // object, not a verb.)
    let event_noun = |k: usize| {
        plain(k)
            && trigger_of(view.norm(k)).is_some_and(|x| {
                matches!(x.frame, Frame::Noun | Frame::LightNoun) && x.stem != GIVING_NOUN
            })
    };
    // «في زيارة رسمية يلتقي خلالها …»: an event during the one named.
    let during = matches!(
        view.norm(t + 1),
        "خلالها" | "خلاله" | "خلالهما" | "فيها" | "فيه"
    );
    !during
        && t > sent_start + 1
        && (event_noun(t - 1)
            || plain(t - 1)
                && trigger_of(view.norm(t - 1)).is_none()
                && view.norm(t - 1).chars().count() >= 4
                && event_noun(t - 2))
}

/// Is the verb trigger at `t` its verbal noun, spelt alike («دعم», «رفض»,
/// «قطع»): the bare past form after a preposition («في دعم لبنان», «على
/// رفض …»)?
fn is_masdar_use(view: &DocView<'_>, t: usize, sent_start: usize, trig: Trigger) -> bool {
    t > sent_start
        && matches!(
            view.norm(t - 1),
            "في" | "علي" | "الي" | "من" | "عن" | "حول" | "بشان" | "بعد" | "قبل"
        )
        && view.norm(t) == akhbar_text::normalize::Normalizer::shared().normalize(trig.stem)
}

/// Good offices («بوساطة X», «برعاية X», «جهود الوساطة المشتركة مع Y
/// بين A وB»): the mediators are the genitive after the noun, or for a
/// bare «الوساطة» the subject of the sentence and those «مع» it; the
/// mediated sides follow «بين», or are the sides of the event just told
/// in the sentence («وقعت الفصائل … على الإعلان تحت رعاية X»). Care
/// without a named carer («رعاية صحية») mediates nothing.
fn mediation(
    view: &DocView<'_>,
    t: usize,
    sent: Range<usize>,
    earlier: &[Event],
) -> (Vec<Actor>, Vec<Actor>) {
    let end = sent.end;
    let clause_end = (t + 1..end.min(t + 16))
        .find(|&k| matches!(view.norm(k), "." | "؛" | ":") || opens_new_clause(view.norm(k)))
        .unwrap_or(end.min(t + 16));
    // «برعاية صاحب السمو الملكي الأمير محمد …»: past the honorifics.
    let named_from = (t + 1..end.min(t + 6))
        .find(|&k| {
            !matches!(
                view.norm(k),
                "صاحب"
                    | "حضره"
                    | "السمو"
                    | "سمو"
                    | "الملكي"
                    | "الامير"
                    | "الشيخ"
                    | "فخامه"
                    | "جلاله"
                    | "معالي"
                    | "سماحه"
            )
        })
        .unwrap_or(t + 1);
    let mut source: Vec<Actor> = first_actors_after(view, t + 1, end.min(named_from + 5), earlier)
        .into_iter()
        .filter(|a| {
            // (Not the sides a dual after «بين» stands for: «وساطة بين
            // الجانبين» names them elsewhere.)
            a.tokens.start > t
                && a.tokens.start <= named_from + 3
                && !(t + 1..a.tokens.start).any(|k| matches!(view.norm(k), "مع" | "بين"))
        })
        .collect();
    // «وساطة قام بها الرئيس المصري X بين A وB», «قادتها قطر», «وساطة
    // مكوكية قادها الوزير X»: the doer of the relative clause, past an
    // adjective or two.
    let doer_verb = (t + 1..end.min(t + 4))
        .take_while(|&k| !view.is_punct(k) && view.actor_starting_at(k).is_none())
        .find(|&k| is_mediating_verb(view.norm(k)) && !view.norm(k).starts_with("ال"));
    if let Some(r) = doer_verb.filter(|&r| source.is_empty() && r + 2 < end) {
        let from = r + 1 + usize::from(matches!(view.norm(r + 1), "بها" | "به"));
        source = first_actors_after(view, from, end.min(from + 8), earlier)
            .into_iter()
            .filter(|a| !(from..a.tokens.start).any(|k| is_between_word(view.norm(k))))
            // («قادها مشايخ قبائل بشمال سيناء»: where they live.)
            .filter(|a| !is_location(view, a) || is_country(view, a.cluster))
            .collect();
    }
    // «بعد وساطة مصرية مكثفة», «برعاية أمريكية»: the state of the nisba.
    if source.is_empty() {
        source.extend(
            (t + 1 < end)
                .then(|| super::nisba_country(view.kb, view.norm(t + 1)))
                .flatten()
                .and_then(|iso| country_named(view, iso)),
        );
    }
    // «الذي قاد وساطة بين الجانبين», «قد قادت منذ عام 1986 وساطة», «لم
    // يستبعد القيام بوساطة»: the subject of the verb that leads it.
    if source.is_empty() && !view.norm(t).contains("رعاي") {
        let leads = (sent.start.max(t.saturating_sub(5))..t)
            .rev()
            .take_while(|&k| !view.is_punct(k))
            .find(|&k| is_mediating_verb(view.norm(k)));
        if let Some(v) = leads {
            let until = if v > sent.start && matches!(view.norm(v - 1), "الذي" | "التي") {
                v - 1
            } else {
                v
            };
            source = actors_before(view, sent.start, until, earlier, Nearest::Yes)
                .into_iter()
                .filter(|a| !is_location(view, a) || is_country(view, a.cluster))
                .collect();
        }
    }
    if source.is_empty() {
        if view.norm(t).contains("رعاي") || !is_definite(view, t) {
            return (Vec::new(), Vec::new());
        }
        source = actors_before(view, sent.start, t, earlier, Nearest::No);
        if let Some(m) = (t + 1..end.min(t + 4)).find(|&k| view.norm(k) == "مع") {
            source.extend(first_actors_after(view, m + 1, clause_end, earlier));
        }
    }
    // «نجحت وساطة مشتركة قادها صاحب السمو … وصاحب السمو الملكي … في
    // إتمام صفقة تبادل بين A وB»: a long line of mediators and their
    // titles puts the sides far on, in the same clause.
    let between = (t + 1..clause_end)
        .find(|&k| is_between_word(view.norm(k)))
        .or_else(|| {
            (doer_verb.is_some() && clause_end < end)
                .then(|| {
                    (clause_end..end.min(t + MEDIATED_SIDES_FAR))
                        .take_while(|&k| {
                            !matches!(view.norm(k), "." | "؛" | ":")
                                && !opens_new_clause(view.norm(k))
                                // (A verb opening a clause of its own; not
                                // «صفقة تبادل».)
                                && !(is_event_verb(view.norm(k))
                                    && (view.is_punct(k - 1)
                                        || view.words[k].text.starts_with('و')))
                        })
                        .find(|&k| is_between_word(view.norm(k)))
                })
                .flatten()
        });
    // «اتفاق توصلت إليه A وB … برعاية X بين وفد حكومي برئاسة … ووفد …»:
    // delegations stand for the sides of the agreement just told.
    let delegations = between.is_some_and(|b| {
        b + 1 < end && matches!(view.norm(b + 1), "وفد" | "وفدي" | "الوفدين" | "وفدين")
    }) && earlier.last().is_some_and(|e| {
        e.sentence == view.sentence_of(t)
            && e.kind.is_symmetric()
            && !e.source.is_empty()
            && !e.target.is_empty()
    });
    let mut target = match between.filter(|_| !delegations) {
        Some(b) => {
            let mut sides =
                first_actors_after(view, b + 1, clause_end.max(b + 8).min(end), earlier);
            // «بين ليبيا من جهة والولايات المتحدة وبريطانيا من جهة
            // أخرى»: the second side after the first's «من جهة».
            if let Some(last) = sides.last() {
                let k = last.tokens.end;
                if k + 2 < end
                    && view.norm(k) == "من"
                    && matches!(view.norm(k + 1), "جهه" | "ناحيه")
                {
                    let more =
                        first_actors_after(view, k + 2, end.min(k + 2 + ACTOR_WINDOW), earlier);
                    sides.extend(
                        more.into_iter()
                            .filter(|a| !is_location(view, a) || is_country(view, a.cluster)),
                    );
                }
            }
            // «قادت وساطة بين البلدين»: the two states, not their leaders
            // who met since.
            if b + 1 < end && view.norm(b + 1) == "البلدين" {
                sides = sides_as_states(view, sides, b + 1);
            }
            sides
        }
        None => earlier
            .last()
            .filter(|e| e.sentence == view.sentence_of(t))
            .map(|e| {
                e.source
                    .iter()
                    .chain(&e.target)
                    .filter(|a| !is_location(view, a) || is_country(view, a.cluster))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default(),
    };
    // «اتفاق للتهدئة بين A وB في قطاع غزة برعاية X»: the sides told
    // before the care, after the sentence's last «بين» before it.
    if target.is_empty() && between.is_none() {
        let before = (sent.start.max(t.saturating_sub(MEDIATED_SIDES_REACH))..t)
            .rev()
            .find(|&k| is_between_word(view.norm(k)));
        if let Some(b) = before {
            let sides = first_actors_after(view, b + 1, t, earlier);
            if sides.len() >= 2 {
                target = sides;
            }
        }
    }
    // «برعاية X، وقعت A وB اتفاق …»: the sides of the signing or talks
    // told after the care, in the same sentence.
    if target.is_empty() && between.is_none() {
        // (A carer's titles may run long: «ولي العهد نائب رئيس مجلس
        // الوزراء وزير الدفاع،».)
        let comma = (t + 1..end.min(t + 24)).find(|&k| matches!(view.norm(k), "،" | ","));
        if let Some(c) = comma {
            let verb = (c + 1..end.min(c + 4)).find(|&k| {
                trigger_of(view.norm(k)).is_some_and(|x| {
                    x.frame == Frame::Verb
                        && matches!(x.kind, EventType::Agree | EventType::Consult)
                })
            });
            if let Some(v) = verb {
                let sides = first_actors_after(view, v + 1, end.min(v + 14), earlier);
                if sides.len() >= 2 {
                    target = sides;
                }
            }
        }
    }
    target.retain(|a| !source.iter().any(|s| s.same(a)));
    if target.is_empty() {
        return (Vec::new(), Vec::new());
    }
    (source, target)
}

/// Is `norm` a word for an office or department («دائرة», «مديرية»,
/// «وزارة») whose field may follow as a definite noun? Search forms.
fn is_office_word(norm: &str) -> bool {
    let w = strip_conjunction(norm);
    let w = w.strip_prefix(['ب', 'ل']).unwrap_or(w);
    matches!(
        w,
        "دايره" | "مديريه" | "اداره" | "مكتب" | "وزاره" | "هييه" | "قسم" | "مركز"
    )
}

/// How far after a mediation led by a named doer («وساطة قادها …») its
/// sides («بين A وB») may come, in words.
const MEDIATED_SIDES_FAR: usize = 48;

/// Does `norm` name the host or go-between of talks («استضافتها»,
/// «بوساطة», «برعاية»)? Search forms.
fn is_host_or_go_between(norm: &str) -> bool {
    matches!(
        strip_conjunction(norm),
        "بوساطه"
            | "برعايه"
            | "استضافتها"
            | "استضافها"
            | "تستضيفها"
            | "يستضيفها"
            | "احتضنتها"
            | "احتضنها"
    )
}

/// Does `norm` lead or make a mediation («قاد وساطة», «وساطة قامت بها»,
/// «القيام بوساطة», «جهود بذلها»)? Search forms, a conjunction stripped.
fn is_mediating_verb(norm: &str) -> bool {
    matches!(
        strip_conjunction(norm),
        // Two who lead it: «وكان بومدين وعرفات قد قاما بوساطة».
        "قادا"
            | "قاما"
            | "قادتا"
            | "قامتا"
            | "يقودان"
            | "يقومان"
            | "تقودان"
            | "تقومان"
            | "قاد"
            | "قادت"
            | "يقود"
            | "تقود"
            | "قاده"
            | "قادها"
            | "قادته"
            | "قادتها"
            | "يقودها"
            | "تقودها"
            | "قام"
            | "قامت"
            | "يقوم"
            | "تقوم"
            | "القيام"
            | "بذل"
            | "بذلت"
            | "بذله"
            | "بذلها"
    )
}

/// How far before a mediation word its sides' «بين» may stand.
const MEDIATED_SIDES_REACH: usize = 30;

/// «استضافت عمان محادثات غير مباشرة بين A وB», «يستأنف الوسطاء محادثات
/// الهدنة بين A وB», «استضافت القاهرة لقاء جمع A وB»: hosting or resuming
/// the talks of two others is mediating them.
fn hosts_talks_between(view: &DocView<'_>, t: usize, trig: Trigger, end: usize) -> bool {
    trig.frame == Frame::Verb
        && matches!(trig.stem, "استضاف" | "استأنف")
        && talks_after(view, t, end)
        && (t + 1..end.min(t + 14)).any(|k| is_between_word(view.norm(k)))
}

/// «بين», or «جمع» of «لقاء جمع A وB» ("a meeting that brought together").
fn is_between_word(norm: &str) -> bool {
    matches!(norm, "بين" | "جمع" | "يجمع" | "جمعت" | "تجمع")
}

/// Is a summit or a conference the object of the hosting verb at `t`
/// («ستستضيف مؤتمرا دوليا», «تستضيف القمة»), within its clause?
fn hosts_gathering(view: &DocView<'_>, t: usize, end: usize) -> bool {
    (t + 1..end.min(t + 6))
        .take_while(|&k| !is_clause_punct(view, k))
        .any(|k| {
            trigger_of(view.norm(k))
                .and_then(|x| needs_context(view, k, end, x))
                .is_some_and(|x| x.mode == Some("multilateral"))
        })
}

/// Is a noun of talks («محادثات», «جولة مباحثات») the object of the verb
/// at `t`, within its clause?
fn talks_after(view: &DocView<'_>, t: usize, end: usize) -> bool {
    (t + 1..end.min(t + 12))
        .take_while(|&k| !matches!(view.norm(k), "." | "؛" | ":"))
        .any(|k| {
            trigger_of(view.norm(k)).is_some_and(|x| {
                x.kind == EventType::Consult && x.frame == Frame::Noun && x.mode == Some("meet")
            })
        })
}

/// Claims of an attack told before: «هجوم … استهدف حافلة …، وتبناه تنظيم
/// داعش» (the claim's object pronoun), «وتبنى تنظيم داعش الهجوم» (the
/// noun taken up). The claimant is the attack's doer, and what the
/// attack's first telling says it hit is its target. A verb of aiming
/// right after the noun («هجوم استهدف حافلة») is the noun's own clause,
/// no attack of another doer.
fn claimed_attacks(view: &DocView<'_>, events: &mut Vec<Event>) {
    // The attack noun a claim at `c` takes up: in its sentence or the one
    // before, the nearest, with what it hit told after it.
    let attack_before = |c: usize| -> Option<(usize, Actor)> {
        let s = view.sentence_of(c);
        let from = view.sentences[s.saturating_sub(4)].start;
        (from..c).rev().find_map(|j| {
            trigger_of(view.norm(j))
                .filter(|x| {
                    x.kind == EventType::Assault
                        && matches!(x.frame, Frame::Noun | Frame::LightNoun)
                        && x.stem != SHOT_BY
                })
                .and_then(|_| {
                    let end = view.sentences[view.sentence_of(j)].end;
                    let k = aim_after_attack_noun(view, j, end)?;
                    let aim = view
                        .actor_starting_at(k)
                        .map(Actor::from)
                        .or_else(|| object_phrase_at(view, k, end))?;
                    Some((j, aim))
                })
        })
    };
    let mut added = Vec::new();
    for (s_idx, sent) in view.sentences.iter().enumerate() {
        for c in sent.clone() {
            let w = strip_conjunction(view.norm(c));
            // «وتبناه تنظيم داعش»: the claimant right after the verb.
            if matches!(w, "تبناه" | "تبنته" | "تبناها" | "تبنتها") {
                let Some(claimant) = view
                    .actor_starting_at(c + 1)
                    .filter(|a| can_act(view, a) && !is_location(view, &Actor::from(*a)))
                    .map(Actor::from)
                else {
                    continue;
                };
                let Some((j, aim)) = attack_before(c) else {
                    continue;
                };
                if view.sentence_of(j) != s_idx {
                    continue;
                }
                let trig = trigger_of(view.norm(j)).expect("an attack noun");
                added.push(event_with_sides(
                    trig,
                    j,
                    s_idx,
                    vec![claimant],
                    vec![aim],
                    0.6,
                ));
            }
        }
    }
    // «وتبنى تنظيم داعش الهجوم»: the claim of an attack told before, aimed
    // at what that telling says it hit.
    for e in events.iter_mut() {
        let v = e.trigger.start;
        if e.kind != EventType::Assault
            || !e.target.is_empty()
            || e.trigger.len() < 3
            || !is_claim_verb(view.norm(v))
        {
            continue;
        }
        if let Some((_, aim)) = attack_before(v) {
            if !e.source.iter().any(|a| a.same(&aim)) {
                e.target = vec![aim];
            }
        }
    }
    if added.is_empty() {
        return;
    }
    // The noun's own verb of aiming is the same attack.
    events.retain(|e| {
        !(e.kind == EventType::Assault
            && e.trigger.len() == 1
            && added.iter().any(|a| {
                e.trigger.start > a.trigger.start
                    && e.trigger.start <= a.trigger.start + 4
                    && (a.trigger.start + 1..e.trigger.start).all(|k| !is_clause_punct(view, k))
            }))
    });
    let mut claimants = Vec::new();
    for a in added {
        if !events
            .iter()
            .any(|e| e.kind == EventType::Assault && e.source.iter().any(|s| a.source[0].same(s)))
        {
            claimants.push(a.source[0].clone());
            events.push(a);
        }
    }
    events.sort_by_key(|e| e.trigger.start);
    // «ودان ترامب الهجوم»: a condemnation after the claim is aimed at the
    // claimant when it names the claimed attack.
    for i in 0..events.len() {
        let e = &events[i];
        if e.kind != EventType::Accuse || e.trigger.len() != 1 {
            continue;
        }
        let end = view.sentences[e.sentence].end;
        let sides = sides_of_event_named_after(view, e.trigger.start, end, &events[..i], &e.source);
        if sides.len() == 1 && claimants.iter().any(|c| c.same(&sides[0])) {
            events[i].target = sides;
        }
    }
}

/// «ودعا ستولتنبرغ، خلال اتصال هاتفي مع بوروشينكو، روسيا إلى …»: an
/// aside set off by commas keeps its actors. Whom it names is not the one
/// the verb before it acts on; an event told inside it ends with it.
fn keep_aside_actors(view: &DocView<'_>, e: &mut Event) {
    if e.target.len() < 2 || e.trigger.len() != 1 {
        return;
    }
    let t = e.trigger.start;
    let outside: Vec<Actor> = e
        .target
        .iter()
        .filter(|a| !in_aside(view, t, a.tokens.start))
        .cloned()
        .collect();
    if !outside.is_empty() && outside.len() < e.target.len() {
        e.target = outside;
    }
    if e.target.len() < 2 {
        return;
    }
    let sent = &view.sentences[e.sentence];
    let inside_one = (sent.start..t)
        .rev()
        .take_while(|&j| !view.is_punct(j) || matches!(view.norm(j), "،" | ","))
        .find(|&j| matches!(view.norm(j), "،" | ","))
        .is_some_and(|j| opens_aside(view, j) && j + 3 >= t);
    let close = (t + 1..sent.end).find(|&j| matches!(view.norm(j), "،" | ","));
    if let (true, Some(close)) = (inside_one, close) {
        let inside: Vec<Actor> = e
            .target
            .iter()
            .filter(|a| a.tokens.start < close)
            .cloned()
            .collect();
        if !inside.is_empty() {
            e.target = inside;
        }
    }
}

/// Does the comma at `k` open an aside of time or occasion («، خلال …»,
/// «، في …», «، عقب …»)?
fn opens_aside(view: &DocView<'_>, k: usize) -> bool {
    matches!(view.norm(k), "،" | ",")
        && matches!(
            view.norm(k + 1),
            "خلال" | "في" | "عقب" | "اثناء" | "لدي" | "بعد" | "قبل"
        )
}

/// «زار الأمير حمزة وطالبه بوقف …», «استقبل وفد الحكومة، ثم وفد الحوثيين،
/// حيث حثهما …»: a demand, stance or threat verb whose object is a
/// pronoun, joined on within twelve tokens after an event of the same
/// sentence by the same doer (or with no doer of its own), is aimed at whom
/// that event was (a dual pronoun at the last two, one each); not at a
/// place.
fn pronoun_object_of_event_before(
    view: &DocView<'_>,
    t: usize,
    trig: Trigger,
    ev: &Event,
    earlier: &[Event],
) -> Vec<Actor> {
    if trig.frame != Frame::Verb
        || ev.trigger.len() != 1
        || !has_pronoun_suffix(view, t)
        || !matches!(
            ev.kind,
            EventType::Request
                | EventType::Accuse
                | EventType::Support
                | EventType::Threaten
                | EventType::Reject
        )
    {
        return Vec::new();
    }
    let dual = written_without_final_marks(view, t).ends_with("هما");
    // (The segmenter tells the conjunction from a root و: «وقع», «وافق».)
    let joined = view.words[t].text.starts_with('و')
        && super::conjunction_bytes(view.words[t].text) > 0
        || t > 0 && matches!(view.norm(t - 1), "حيث" | "ثم" | "و");
    if !joined {
        return Vec::new();
    }
    let same_doer = |e: &Event| {
        ev.source.is_empty() || e.source.iter().any(|a| ev.source.iter().any(|b| a.same(b)))
    };
    let before: Vec<&Event> = earlier
        .iter()
        .rev()
        .take_while(|e| e.sentence == ev.sentence)
        .filter(|e| e.trigger.end <= t && !e.target.is_empty())
        .take(2)
        .collect();
    // (Not a place visited: «زار المرضى في مجمع الدمام … وحثهم».)
    let Some(last) = before.first().filter(|e| {
        same_doer(e) && t - e.trigger.end <= 12 && e.target.iter().all(|a| !is_location(view, a))
    }) else {
        return Vec::new();
    };
    if !dual {
        return last.target.clone();
    }
    if last.target.len() == 2 {
        return last.target.clone();
    }
    match before.get(1) {
        Some(prev) if same_doer(prev) && prev.target.len() == 1 && last.target.len() == 1 => {
            vec![prev.target[0].clone(), last.target[0].clone()]
        }
        _ => Vec::new(),
    }
}

/// The doer of the event just told in the sentence, when the verb at `t`
/// is joined on to it with no subject of its own («…، فيما التقى», «ثم
/// استقبل», «كما استقبل», «واستقبل») and the actors in `nearest` (the
/// nearest before it) are whom that event was aimed at; an empty `nearest`
/// always fits.
fn doer_going_on(
    view: &DocView<'_>,
    t: usize,
    sentence: usize,
    nearest: &[Actor],
    earlier: &[Event],
) -> Option<Vec<Actor>> {
    if t == 0 {
        return None;
    }
    let joined = matches!(view.norm(t - 1), "فيما" | "ثم" | "كما" | "و")
        || view.words[t].text.starts_with('و') && super::conjunction_bytes(view.words[t].text) > 0;
    if !joined {
        return None;
    }
    let last = earlier
        .iter()
        .rev()
        .find(|e| e.sentence == sentence && e.trigger.end <= t)?;
    let aimed_at = nearest
        .iter()
        .all(|a| last.target.iter().any(|b| b.same(a)));
    let verb = trigger_of(view.norm(last.trigger.start)).is_some_and(|x| x.frame == Frame::Verb);
    (aimed_at && verb && !last.source.is_empty()).then(|| last.source.clone())
}

/// How many tokens an aside of time or place set off by commas takes
/// right after the verb at `t` or its subject («استقبل، أمس الثلاثاء في
/// بنغازي، رئيس أركان …»): the window for a meeting verb's actors is that
/// much longer.
fn aside_after_verb(view: &DocView<'_>, t: usize, end: usize) -> usize {
    let Some(open) = (t + 1..end.min(t + 6)).find(|&k| view.is_punct(k)) else {
        return 0;
    };
    if !(opens_aside(view, open) || super::quotes::is_skippable(view.norm(open + 1))) {
        return 0;
    }
    past_comma_aside(view, open, end, 12).map_or(0, |after| after - open)
}

/// Is token `k`, after the trigger at `t`, inside an aside that opens
/// after the trigger (see [`opens_aside`]) and closes after `k`?
fn in_aside(view: &DocView<'_>, t: usize, k: usize) -> bool {
    (t + 1..k)
        .rev()
        .find(|&j| view.is_punct(j))
        .is_some_and(|open| opens_aside(view, open))
        && (k + 1..view.words.len().min(k + 10)).any(|j| matches!(view.norm(j), "،" | ","))
}

/// The peoples a call at the event's trigger is addressed to, named by
/// the plural of their nisba right after the verb and its subject
/// («دعا السيسي الفلسطينيين والإسرائيليين إلى …», «داعيا التونسيين
/// إلى …»).
fn peoples_addressed(view: &DocView<'_>, e: &Event) -> Vec<Actor> {
    let t = e.trigger.start;
    let end = view.sentences[e.sentence].end;
    let Some(trig) = trigger_of(view.norm(t)) else {
        return Vec::new();
    };
    let mut k = match trig.frame {
        Frame::Verb => after_subject(t, &e.source),
        Frame::Participle => t + 1,
        _ => return Vec::new(),
    };
    // «ودعت اللجنة، في بيان أصدرته مساء أمس، الفلسطينيين …»: past an
    // aside between commas.
    k = past_comma_aside(view, k, end, 14).unwrap_or(k);
    k = skip_time_words(view, k, end);
    let people = |k: usize, first: bool| {
        let n = view.norm(k);
        let w = if first {
            n
        } else {
            n.strip_prefix('و').unwrap_or("")
        };
        k < end
            && w.starts_with("ال")
            && (w.ends_with("يين") || w.ends_with("يون"))
            && super::nisba_country(view.kb, w).is_some()
    };
    let mut out = Vec::new();
    if k < end && people(k, true) {
        out.push(Actor::phrase(k..k + 1, Some("CVL")));
        k += 1;
        while k < end && people(k, false) {
            out.push(Actor::phrase(k..k + 1, Some("CVL")));
            k += 1;
        }
    }
    out
}

/// Whom a noun of support at the event's trigger backs, after its doer in
/// the genitive and an adjective («دعم الحلف الكامل»): the actor the
/// «لـ» word is or governs («لأوكرانيا», «لسيادة أوكرانيا», «لخطة
/// سلامة»), else the state a nisba names in that phrase («لمبادرة الحكم
/// الذاتي المغربية»).
fn supported_after(view: &DocView<'_>, e: &Event) -> Option<Actor> {
    let t = e.trigger.start;
    let end = view.sentences[e.sentence].end;
    let n = strip_conjunction(view.norm(t));
    let n = n.strip_prefix('ب').unwrap_or(n);
    if !matches!(n, "دعم" | "تاييد" | "مسانده") {
        return None;
    }
    let from = e
        .source
        .iter()
        .map(|a| a.tokens.end)
        .filter(|&x| x > t && x <= t + 4)
        .max()?;
    let lam = (from..end.min(from + 3))
        .take_while(|&k| !view.is_punct(k))
        .find(|&k| {
            let w = view.norm(k);
            w.starts_with('ل') && !w.starts_with("لا") && w.chars().count() >= 4
        })?;
    if let Some(a) = view.actor_starting_at(lam).filter(|a| can_act(view, a)) {
        return Some(Actor::from(a));
    }
    let phrase_end = (lam + 1..end.min(lam + 5))
        .find(|&k| view.is_punct(k) || matches!(view.norm(k), "في" | "علي" | "من" | "الي"))
        .unwrap_or(end.min(lam + 5));
    if let Some(a) = view
        .actors_in(lam + 1..phrase_end.min(lam + 3))
        .find(|a| can_act(view, a) && a.tokens.start <= lam + 2)
    {
        return Some(Actor::from(a));
    }
    (lam + 1..phrase_end)
        .find_map(|k| super::nisba_country(view.kb, view.norm(k)))
        .and_then(|iso| country_named(view, iso))
}

/// The one a host or a meeting verb at the event's trigger receives, told
/// after its subject, times and an aside between commas: a named actor,
/// or a delegation («وفدا من مشايخ وأعيان القبائل الليبية», up to four
/// words).
fn guest_after(view: &DocView<'_>, e: &Event) -> Option<Actor> {
    let t = e.trigger.start;
    let end = view.sentences[e.sentence].end;
    let trig = trigger_of(view.norm(t))?;
    if trig.frame != Frame::Verb || !matches!(trig.stem, "استقبل" | "التقى") {
        return None;
    }
    let mut k = after_subject(t, &e.source);
    for _ in 0..2 {
        k = skip_time_words(view, k, end);
        // «استقبل بالرباط، في 5 يناير، …»: where, not whom.
        if let Some(place) = view
            .actor_starting_at(k)
            .filter(|a| is_location(view, &Actor::from(*a)) && view.words[k].text.starts_with('ب'))
        {
            k = place.tokens.end;
        }
        k = past_skippable(view, k, end);
        if matches!(view.norm(k), "،" | ",") {
            match past_comma_aside(view, k, end, 12) {
                Some(after) => k = after,
                None => break,
            }
        }
    }
    if k >= end {
        return None;
    }
    if let Some(a) = view.actor_starting_at(k).filter(|a| can_act(view, a)) {
        return Some(Actor::from(a));
    }
    let head = view.norm(k);
    if !matches!(head, "وفدا" | "وفد" | "وفودا") {
        return None;
    }
    // «وفدا … برئاسة X», «يقوده X»: its head.
    let head_of = (k + 1..end.min(k + 10))
        .take_while(|&j| !matches!(view.norm(j), "." | "؛"))
        .find(|&j| matches!(view.norm(j), "برياسه" | "يقوده" | "يتراسه" | "يراسه"))
        .and_then(|j| view.actor_starting_at(j + 1))
        .filter(|a| a.label == NerLabel::Person);
    if let Some(head) = head_of {
        return Some(Actor::from(head));
    }
    let stop = (k + 1..end.min(k + 6))
        .find(|&j| {
            view.is_punct(j)
                || matches!(
                    view.norm(j),
                    "في" | "علي" | "الي" | "خلال" | "برياسه" | "يقوده" | "يتراسه"
                )
        })
        .unwrap_or(end.min(k + 6));
    Some(Actor::phrase(k..stop, None))
}

/// Verbs of an attack that take what they hit as a direct object
/// («قصف», «استهدف», «هاجم», «أسقط», «اقتحم»), by their past stem.
const ATTACK_OBJECT_VERBS: &str = "قصف استهدف هاجم أسقط اقتحم غزا";

/// What an attack at `t` is aimed at, written as a phrase no name stands
/// for: the object right after a verb and its subject («قصفت الطائرات
/// موقعا عسكريا»), or what follows an attack's noun, past its adjectives
/// and weapon, after «على» or «ضد» or a verb of aiming («هجوم على
/// حافلة», «هجوم بالأسلحة النارية استهدف حافلة»): a noun and up to two
/// words of its phrase, up to a preposition or a comma.
fn attack_object(view: &DocView<'_>, e: &Event) -> Option<Actor> {
    let lex = lexicons();
    let t = e.trigger.end - 1;
    let trig = trigger_of(view.norm(t))?;
    let source = &e.source;
    let end = view.sentences[e.sentence].end;
    // «اتهامات كييف بشأن ضربة صاروخية»: a topic; «العربات التي استخدمت
    // في الهجوم»: a clause about the attack, not its telling.
    let opening = e.trigger.start;
    if opening > 0
        && (matches!(view.norm(opening - 1), "بشان" | "حول" | "بخصوص")
            || lex.relatives.contains(view.norm(opening - 1)))
    {
        return None;
    }
    let k = match trig.frame {
        // A past verb (the present is as often said of aims: «لا تستهدف
        // أحدا»), its subject after it or right before it.
        Frame::Verb => {
            let verb = strip_conjunction(view.norm(t));
            let present = verb.starts_with(['ي', 'ت', 'ن'])
                || verb.starts_with("سي")
                || verb.starts_with("ست");
            let subject_next = source
                .iter()
                .any(|a| a.tokens.start > t || a.tokens.end + 2 >= t);
            if !ATTACK_OBJECT_VERBS
                .split_whitespace()
                .any(|v| v == trig.stem)
                || present
                || !subject_next
            {
                return None;
            }
            // A definite word after the subject is as often its adjective
            // («قصفت الطائرات النظامية», «الطيران الحربي»): an indefinite
            // object or a count only.
            let k = past_skippable(view, after_subject(t, source), end);
            if k < end && view.norm(k).starts_with("ال") {
                return None;
            }
            k
        }
        // After the noun, past its adjectives and weapon («هجوم انتحاري»,
        // «بالأسلحة النارية»), not past a phrase of its own («في بيان نشر
        // على …»).
        Frame::Noun | Frame::LightNoun if trig.stem != SHOT_BY => {
            aim_after_attack_noun(view, t, end)?
        }
        _ => return None,
    };
    if k >= end || view.actor_starting_at(k).is_some() {
        return None;
    }
    object_phrase_at(view, k, end)
}

/// Where what an attack's noun at `t` is aimed at begins: after «على» or
/// «ضد» or a verb of aiming, past the noun's adjectives and weapon
/// («هجوم انتحاري», «بالأسلحة النارية», «الذي استهدف»), not past a phrase
/// of its own («في بيان نشر على …»), and past times («استهدف أمس
/// الجمعة حافلة»).
fn aim_after_attack_noun(view: &DocView<'_>, t: usize, end: usize) -> Option<usize> {
    let aim = (t + 1..end.min(t + 7))
        .take_while(|&k| {
            !is_clause_punct(view, k)
                && !matches!(
                    view.norm(k),
                    "في" | "من" | "عن" | "الي" | "خلال" | "منذ" | "بعد" | "قبل"
                )
                && view.actors_in(k..k + 1).next().is_none()
        })
        .find(|&k| {
            let w = strip_conjunction(view.norm(k));
            matches!(w, "علي" | "ضد" | "استهدف" | "استهدفت" | "طال" | "طالت")
        })?;
    Some(past_skippable(view, aim + 1, end))
}

/// The first token at or after `k` (before `end`) that is no time word or
/// adverbial («أمس الجمعة», «مجددا»).
fn past_skippable(view: &DocView<'_>, mut k: usize, end: usize) -> usize {
    while k < end && super::quotes::is_skippable(view.norm(k)) {
        k += 1;
    }
    k
}

/// The token after an aside set off by commas that opens at the comma `k`
/// and closes within `reach` tokens («، في بيان أصدرته مساء أمس،»).
fn past_comma_aside(view: &DocView<'_>, k: usize, end: usize, reach: usize) -> Option<usize> {
    if k >= end || !matches!(view.norm(k), "،" | ",") {
        return None;
    }
    (k + 2..end.min(k + reach))
        .find(|&j| matches!(view.norm(j), "،" | ","))
        .map(|close| close + 1)
}

/// The phrase at `k` that names what is hit when no name stands there:
/// a noun (or a count) and up to two words of its phrase, up to a
/// preposition or a comma («موقعا عسكريا», «حافلة تقل مواطنين»,
/// «عددا من المواقع العسكرية»).
fn object_phrase_at(view: &DocView<'_>, k: usize, end: usize) -> Option<Actor> {
    let lex = lexicons();
    let end = end.min(view.words.len());
    if k >= end {
        return None;
    }
    let plain = |k: usize| {
        let n = view.norm(k);
        k < end
            && view.words[k].kind == akhbar_text::tokenize::TokenKind::Word
            && super::leading_proclitics(view.words[k].text).is_empty()
            && !matches!(
                n,
                "في" | "علي"
                    | "من"
                    | "الي"
                    | "عن"
                    | "مع"
                    | "منذ"
                    | "خلال"
                    | "بعد"
                    | "قبل"
                    | "عبر"
                    | "قرب"
                    | "داخل"
                    | "شمال"
                    | "جنوب"
                    | "شرق"
                    | "غرب"
                    | "ان"
                    | "انه"
                    | "انها"
                    | "كما"
                    | "حيث"
                    | "ما"
                    | "لا"
                    | "قد"
                    | "ثم"
                    | "او"
                    | "اي"
                    | "مجددا"
                    | "ايضا"
            )
            && !lex.relatives.contains(n)
            && !super::quotes::is_skippable(n)
            && !akhbar_text::stopwords::is_stopword(n)
            && !matches!(n, "خصوصا" | "خاصه" | "الاقل" | "وشك" | "كانت" | "كان")
            && trigger_of(n).is_none()
            && view.actors_in(k..k + 1).next().is_none()
    };
    let head = view.norm(k);
    let counted = view.words[k].kind == akhbar_text::tokenize::TokenKind::Number
        || is_number_word(head)
        || matches!(head, "عده" | "عدد" | "عددا" | "بضع" | "بضعه");
    // Towns and villages are where an attack falls, its target the state
    // (§4.12 of docs/annotation.md): «غارات على بلدة ياطر».
    let town = matches!(
        strip_article(head),
        "بلده"
            | "بلدتي"
            | "بلدات"
            | "قريه"
            | "قريتي"
            | "قري"
            | "مدينه"
            | "مدينتي"
            | "مدن"
            | "حي"
            | "احياء"
            | "ريف"
            | "منطقه"
            | "مناطق"
            | "محافظه"
            | "مخيم"
    );
    if !(plain(k) || counted) || town || lex.weapons.contains(head) || matches!(head, "احدا" | "اي")
    {
        return None;
    }
    // «عددا من المواقع العسكرية»: a count and what it counts.
    let counts = matches!(head, "عدد" | "عددا" | "عشرات" | "مئات" | "بعض")
        && k + 2 < end
        && view.norm(k + 1) == "من";
    let from = if counts { k + 2 } else { k };
    let last = (from + 1..(from + 3).min(end))
        .take_while(|&j| plain(j))
        .last()
        .unwrap_or(from);
    Some(Actor::phrase(k..last + 1, None))
}

/// «أدانت … الهجوم الذي نفذته جماعة مسلحة»: the doer named in a relative
/// clause after the noun of the act reacted to (the first event noun
/// from `from` in the clause).
fn doer_of_act_after(
    view: &DocView<'_>,
    from: usize,
    end: usize,
    earlier: &[Event],
) -> Option<Vec<Actor>> {
    let noun = (from..end.min(from + 12))
        .take_while(|&k| !is_clause_punct(view, k) || view.norm(k) == "،")
        .find(|&k| {
            trigger_of(view.norm(k))
                .is_some_and(|x| !matches!(x.frame, Frame::Verb | Frame::Participle))
        })?;
    let v = relative_act(view, noun, end)?;
    let doer = first_actors_after(view, v + 1, end.min(v + 6), earlier);
    (!doer.is_empty()).then_some(doer)
}

/// «الضربات التي شنتها …», «الهجوم الذي نفذته …», «هجوم انتحاري نفذه
/// …», «الدعوى التي رفعتها …»: the verb of doing in a relative clause
/// right after the noun at `t` (past one adjective), whose subject is the
/// doer of the act the noun names.
fn relative_act(view: &DocView<'_>, t: usize, end: usize) -> Option<usize> {
    let lex = lexicons();
    let mut k = t + 1;
    // The verb with its object pronoun: «شنتها», «نفذه», «تشنه».
    let doing = |k: usize| {
        let verb = view.norm(k);
        ["ها", "ه"]
            .iter()
            .find_map(|p| verb.strip_suffix(p))
            .filter(|b| b.chars().count() >= 2)
            .is_some_and(|b| lex.doing_verbs.contains(b))
    };
    // One adjective: «هجوم انتحاري», «الضربات الجوية».
    if k < end
        && view.words[k].kind == akhbar_text::tokenize::TokenKind::Word
        && view.actors_in(k..k + 1).next().is_none()
        && !lex.relatives.contains(view.norm(k))
        && !doing(k)
        && trigger_of(view.norm(k)).is_none()
    {
        k += 1;
    }
    if k < end && lex.relatives.contains(view.norm(k)) {
        k += 1;
    }
    (k < end && doing(k)).then_some(k)
}

/// The actor at `k`, or a group noun and the named actor after it as one
/// («ميليشيا الحوثي», «جماعة الحوثي», «قوات الدعم السريع»).
fn actor_or_group_at(view: &DocView<'_>, k: usize, end: usize) -> Option<Actor> {
    let group_head = k + 1 < end
        && view.actor_starting_at(k).is_none_or(|a| {
            a.tokens.len() == 1 && a.cluster.is_none() || a.label == NerLabel::Misc
        })
        && matches!(
            view.norm(k),
            "ميليشيا" | "مليشيا" | "ميليشيات" | "جماعه" | "حركه" | "تنظيم" | "قوات"
        );
    if group_head {
        if let Some(named) = view
            .actor_starting_at(k + 1)
            .filter(|a| a.cluster.is_some())
        {
            return Some(Actor {
                tokens: k..named.tokens.end,
                ..Actor::from(named)
            });
        }
    }
    view.actor_starting_at(k).map(Actor::from)
}

/// The doer a verbal noun of an act names right after it: its agent when
/// its object follows («استهداف ميليشيا الحوثي منشآت مدنية»), else for an
/// attack, which has no object in the genitive, the genitive itself
/// («هجوم ميليشيا الحوثي على …»), a place only if it is a state.
fn doer_of_act_noun(view: &DocView<'_>, n: usize, end: usize, x: Trigger) -> Option<Actor> {
    if let Some((agent, _)) = agent_and_object(view, n, end, x) {
        return Some(agent);
    }
    if x.kind != EventType::Assault {
        return None;
    }
    actor_or_group_at(view, n + 1, end)
        .filter(|a| !is_location(view, a) || is_country(view, a.cluster))
}

/// A verbal noun of an act done to someone with its doer and its object
/// after it, as a verb has them: «احتجاز الحرس الثوري ناقلة النفط»,
/// «استهداف ميليشيا الحوثي منشآت مدنية». The doer is the actor right after
/// the noun (with its definite adjectives), a place only if it is a state;
/// the object follows it with no preposition: an actor, or an indefinite
/// noun (no adjective of a definite doer is indefinite) with up to two
/// words of its phrase.
fn agent_and_object(
    view: &DocView<'_>,
    t: usize,
    end: usize,
    trig: Trigger,
) -> Option<(Actor, Actor)> {
    if !matches!(trig.frame, Frame::Noun | Frame::LightNoun)
        || !matches!(
            trig.kind,
            EventType::Assault | EventType::Coerce | EventType::Sanction
        )
    {
        return None;
    }
    let agent = actor_or_group_at(view, t + 1, end)?;
    // «معارك الرمادي», «هجوم باردو»: a place in the genitive is where,
    // unless it is a state.
    if is_location(view, &agent) && !is_country(view, agent.cluster) {
        return None;
    }
    // «ميليشيا الحوثي الإرهابية»: the doer's adjectives.
    let mut next = agent.tokens.end;
    while next < end
        && next < agent.tokens.end + 2
        && view.words[next].kind == akhbar_text::tokenize::TokenKind::Word
        && view.norm(next).starts_with("ال")
        && view.actor_starting_at(next).is_none()
        && trigger_of(view.norm(next)).is_none()
    {
        next += 1;
    }
    if next >= end {
        return None;
    }
    // «طرد المتمردين الحوثيين»: after an unnamed doer a definite actor
    // may be its adjective.
    if let Some(object) = view.actor_starting_at(next) {
        // «قصف ميليشيات الحوثي وصالح»: a second doer, not an object.
        let definite = view.norm(next).starts_with("ال");
        let joined = view.words[next].text.starts_with('و');
        return (!joined && (!definite || agent.cluster.is_some()))
            .then(|| (agent, Actor::from(object)));
    }
    let plain = |k: usize| {
        k < end
            && view.words[k].kind == akhbar_text::tokenize::TokenKind::Word
            && trigger_of(view.norm(k)).is_none()
            && !akhbar_text::stopwords::is_stopword(view.norm(k))
            && !super::quotes::is_skippable(view.norm(k))
            && !lexicons().object_prepositions.contains(view.norm(k))
    };
    // A noun by its ending («ناقلة», «منشآت», «مدنيين»), not a verb
    // («يشارك») or an adverb («سلبا»).
    let head = view.norm(next);
    let noun_ending = view.words[next].text.ends_with('ة')
        || ["ات", "ين", "ون"].iter().any(|e| head.ends_with(e));
    let verb_like = head.starts_with('ي')
        || ["ت", "سي", "ست", "سن"].iter().any(|p| head.starts_with(p))
            && ["ون", "ين"].iter().any(|e| head.ends_with(e));
    if !plain(next)
        || !noun_ending
        || verb_like
        || head.starts_with("ال")
        || head.starts_with(['ل', 'ب', 'ك', 'و', 'ف'])
        || super::quotes::is_complementizer(head)
        || head.chars().count() < 3
    {
        return None;
    }
    let mut last = next + 1;
    while last < (next + 3).min(end) && plain(last) && !view.norm(last).starts_with(['ل', 'ب', 'و'])
    {
        last += 1;
    }
    Some((agent, Actor::phrase(next..last, None)))
}

/// Is the genitive after a verbal noun of a one-way act its object («دعم
/// لبنان») rather than its doer («دعم فرنسا لمخطط …», «اعتراف فرنسا
/// بـ…»)? The doer's object follows with ل or ب; meetings and agreements
/// have no direction.
fn genitive_is_object(
    view: &DocView<'_>,
    trig: Trigger,
    genitive: &[Actor],
    sent_end: usize,
) -> bool {
    let Some(last) = genitive.last() else {
        return false;
    };
    // Intransitive acts («انسحاب الجيش», «هجوم الجماعة على …») keep their
    // doer in the genitive.
    if !matches!(
        trig.kind,
        EventType::Support
            | EventType::Accuse
            | EventType::Reject
            | EventType::Coerce
            | EventType::Sanction
    ) {
        return false;
    }
    let next = last.tokens.end;
    next >= sent_end || {
        let w = view.words[next].text;
        let n = view.norm(next);
        !(w.starts_with('ل') || w.starts_with('ب') || lexicons().object_prepositions.contains(n))
    }
}

/// Is the entity a country (not a city or region)?
fn is_country(view: &DocView<'_>, cluster: Option<usize>) -> bool {
    cluster
        .and_then(|c| view.resolution.clusters.get(c))
        .and_then(|c| c.entry)
        .and_then(|e| view.kb.entries.get(e))
        .is_some_and(|e| e.kind == EntryKind::Country)
}

/// Is the entity a country or a capital (which stands for its state)?
fn is_state_or_capital(view: &DocView<'_>, cluster: Option<usize>) -> bool {
    cluster
        .and_then(|c| view.resolution.clusters.get(c))
        .and_then(|c| c.entry)
        .and_then(|e| view.kb.entries.get(e))
        .is_some_and(|e| e.kind == EntryKind::Country || e.subkind == "capital")
}

/// The country of an actor: its entity's, or a generic phrase's nisba.
fn country_of<'v>(view: &'v DocView<'_>, a: &'v Actor) -> Option<&'v str> {
    match a.cluster {
        Some(c) => view
            .resolution
            .clusters
            .get(c)
            .and_then(|c| c.country.as_deref()),
        None => a.country.as_deref(),
    }
}

/// The last country named in the trigger's sentence or the two before,
/// other than the attackers' own.
fn country_told_before(view: &DocView<'_>, t: usize, source: &[Actor]) -> Option<Actor> {
    let s = view.sentence_of(t);
    let from = view.sentences[s.saturating_sub(2)].start;
    let own: Vec<&str> = source.iter().filter_map(|a| country_of(view, a)).collect();
    view.actors_in(from..t)
        .filter(|a| is_country(view, a.cluster))
        .filter(|a| {
            let c = a
                .cluster
                .and_then(|c| view.resolution.clusters.get(c))
                .and_then(|c| c.country.as_deref());
            c.is_some_and(|c| !own.contains(&c))
        })
        .last()
        .map(Actor::from)
}

/// Nouns that point back at an act told before without naming its kind,
/// as written after «ال»: a decision or measure («القرار», «الخطوة»,
/// «الإجراءات»), an escalation or aggression («التصعيد», «الاعتداء»), a
/// calm («التهدئة»), a proposal («المقترح», «المبادرة»), or words said
/// («الاتهامات», «التصريحات»).
const DECISION_NOUNS: &str = "قرار قرارات خطوة خطوات إجراء إجراءات تدابير تصرف";
const AGGRESSION_NOUNS: &str = "تصعيد اعتداء اعتداءات عدوان انتهاك انتهاكات خرق خروقات جريمة جرائم";
const CALM_NOUNS: &str = "تهدئة هدنة";
const PROPOSAL_NOUNS: &str = "مقترح مقترحات اقتراح اقتراحات مبادرة عرض خطة";
const WORDS_NOUNS: &str = "اتهامات اتهام مزاعم ادعاءات تصريحات تهديدات";

/// The kinds of event a definite noun of an act at `k` may point back to:
/// its own kind for a noun trigger («بالاتفاق», «الهجوم»), else the kinds
/// a general noun of acts stands for («بالقرار», «التصعيد»).
fn referred_kinds(view: &DocView<'_>, k: usize) -> Option<Vec<EventType>> {
    let lex = lexicons();
    let n = strip_conjunction(view.norm(k));
    let bare = n
        .strip_prefix("بال")
        .or_else(|| n.strip_prefix("لل"))
        .or_else(|| n.strip_prefix("ال"))
        .or_else(|| n.strip_prefix("كال"))?;
    if let Some(x) =
        trigger_of(view.norm(k)).filter(|x| x.frame != Frame::Verb && x.frame != Frame::Participle)
    {
        return Some(vec![x.kind]);
    }
    use EventType::*;
    // «رحب بالتوقيع»: the signing told before; «رحبت الخارجية بالإعلان»
    // after «وقع X وY الإعلان المشترك»: the declaration signed.
    if matches!(bare, "توقيع" | "تفاهم") {
        return Some(vec![Agree]);
    }
    if matches!(bare, "اعلان" | "وثيقه" | "ميثاق") {
        return Some(vec![Agree]);
    }
    let kinds: &[EventType] = if lex.decision_nouns.contains(bare) {
        &[
            Sanction, Coerce, Agree, Cooperate, Concede, Retreat, Mobilize, Aid, Assault,
        ]
    } else if lex.aggression_nouns.contains(bare) {
        &[Assault, Coerce, Mobilize]
    } else if lex.calm_nouns.contains(bare) {
        &[Concede, Agree]
    } else if lex.proposal_nouns.contains(bare) {
        &[Agree, Request]
    } else if lex.words_nouns.contains(bare) {
        &[Accuse, Threaten]
    } else {
        return None;
    };
    Some(kinds.to_vec())
}

/// The definite noun after a reaction at `t` that points back to an event
/// («بالاتفاق», «الهجوم»), past an aside between commas («ورحب بايدن، في
/// بيان، بالاتفاق», «رحب كيري، الذي حضر التوقيع، بالخطوة»), with the
/// kinds of event it may name.
fn referred_noun_after(
    view: &DocView<'_>,
    t: usize,
    end: usize,
) -> Option<(usize, Vec<EventType>)> {
    let mut positions = Vec::new();
    let mut k = t + 1;
    let stop = end.min(t + 24);
    while k < stop && positions.len() < 12 {
        if is_clause_punct(view, k) {
            let aside = k + 1 < stop
                && matches!(
                    strip_conjunction(view.norm(k + 1)),
                    "في" | "خلال"
                        | "عبر"
                        | "الذي"
                        | "التي"
                        | "الذين"
                        | "علي"
                        | "امس"
                        | "اليوم"
                );
            match (k + 2..stop.min(k + 12)).find(|&j| is_clause_punct(view, j)) {
                Some(close) if aside && matches!(view.norm(close), "،" | ",") => {
                    k = close + 1;
                    continue;
                }
                _ => break,
            }
        }
        positions.push(k);
        k += 1;
    }
    positions
        .into_iter()
        .filter(|&k| view.actors_in(k..k + 1).next().is_none())
        .find_map(|k| referred_kinds(view, k).map(|x| (k, x)))
}

/// «رحب نتنياهو بالزيارة», «رحب بالقمة», «بعودة المواطنين»: support for a
/// visit, a meeting, an arrival or a return (the caller checks for a
/// SUPPORT verb) is aimed at no one (see docs/annotation.md, §4.8).
/// `from` is where the object begins, after the subject.
fn welcomes_a_meeting(view: &DocView<'_>, t: usize, from: usize, end: usize) -> bool {
    let arrival = (from..end.min(from + 4))
        .take_while(|&k| !is_clause_punct(view, k))
        .any(|k| matches!(strip_conjunction(view.norm(k)), "بعوده" | "بوصول"));
    arrival
        || referred_noun_after(view, t, end).is_some_and(|(k, kinds)| {
            kinds == [EventType::Consult] && view.norm(k).starts_with("بال")
        })
}

/// «رحب مجلس التعاون بالاتفاق», «ونددت الخارجية بالقرار», «أدانت
/// التصعيد»: the sides of the event a definite noun after the trigger
/// points back to (the last event of a kind the noun may name, in the
/// sentence or the four before, not done by the reactor itself), within
/// the clause; the ends of a truce or of a meeting are both its sides. A
/// nisba after the noun («القرار الأمريكي») names the country instead.
fn sides_of_event_named_after(
    view: &DocView<'_>,
    t: usize,
    end: usize,
    earlier: &[Event],
    reactor: &[Actor],
) -> Vec<Actor> {
    let s = view.sentence_of(t);
    let Some((k, kinds)) = referred_noun_after(view, t, end) else {
        return Vec::new();
    };
    // «الاتهامات الروسية», «بالقرار الأمريكي»: the nisba names whose act
    // it is: a body of that country that did it; an official's act is his
    // state's (see `country_of_act_after`).
    let nisba = (k + 1 < end)
        .then(|| super::nisba_country(view.kb, view.norm(k + 1)))
        .flatten();
    // «ودان مجلس الأمن الهجوم» after «وتبنى تنظيم داعش الهجوم» and a
    // strike of another noun since: the same noun names the same act.
    let bare = |n: &str| -> String {
        let n = strip_conjunction(n);
        let n = ["بال", "لل", "كال", "ال"]
            .iter()
            .find_map(|p| n.strip_prefix(p))
            .unwrap_or(n);
        n.strip_suffix('ا').unwrap_or(n).to_string()
    };
    let named = bare(view.norm(k));
    let same_noun = earlier.iter().rev().find(|e| {
        kinds.contains(&e.kind)
            && !e.kind.is_symmetric()
            && s.saturating_sub(e.sentence) <= 8
            && e.trigger.end > 0
            && bare(view.norm(e.trigger.end - 1)) == named
            && !e.source.is_empty()
            && !e.source.iter().all(|a| reactor.iter().any(|r| r.same(a)))
    });
    // «بالاتفاق»: an agreement between two sides told before, further back
    // than other acts (it is the article's topic).
    let reaches = |e: &Event| {
        let back = s.saturating_sub(e.sentence);
        back <= 4
            || back <= AGREEMENT_REACH
                && e.kind == EventType::Agree
                && !e.target.is_empty()
                && is_definite(view, k)
                && nisba.is_none()
    };
    let Some(e) = same_noun.or_else(|| {
        earlier.iter().rev().find(|e| {
            kinds.contains(&e.kind)
                && reaches(e)
                && !e.source.is_empty()
                && !e.source.iter().all(|a| reactor.iter().any(|r| r.same(a)))
                && nisba.is_none_or(|iso| {
                    e.source.iter().all(|a| {
                        country_of(view, a) == Some(iso)
                            && !view
                                .actors_in(a.tokens.clone())
                                .any(|m| m.tokens == a.tokens && m.label == NerLabel::Person)
                    })
                })
        })
    }) else {
        return Vec::new();
    };
    // «وانتقدت المعارضة الزيارة»: a visit is the visitor's act.
    if e.mode != Some("visit") && (e.kind.is_symmetric() || e.mode == Some("ceasefire")) {
        e.source.iter().chain(&e.target).cloned().collect()
    } else {
        e.source.clone()
    }
}

/// How many sentences back «بالاتفاق» may name an agreement
/// ([`sides_of_event_named_after`]).
const AGREEMENT_REACH: usize = 8;

/// The token after the trigger at `t` and its subject when that follows
/// it.
/// The first token at or after `from` past a time phrase between a
/// verb's subject and its object («واعتقلت الشرطة الليلة الماضية ثلاثة
/// أشخاص», «وقصفت الطائرات فجر اليوم مواقع …»): at most four words of
/// days, parts of the day and «الماضي/المقبل».
fn skip_time_words(view: &DocView<'_>, from: usize, end: usize) -> usize {
    let lex = lexicons();
    let time_word = |k: usize| {
        let norm = view.norm(k);
        crate::times::is_day_word(norm) || lex.time_words.contains(norm)
    };
    let mut k = from;
    while k < end.min(from + 4) && time_word(k) {
        k += 1;
    }
    if k > from && k < end && !view.is_punct(k) {
        k
    } else {
        from
    }
}

fn after_subject(t: usize, source: &[Actor]) -> usize {
    source
        .iter()
        .map(|a| a.tokens.end)
        .filter(|&e| e > t && e <= t + ACTOR_WINDOW)
        .max()
        .unwrap_or(t + 1)
}

/// «بالقرار الأمريكي», «الخطوة الإسرائيلية» right after a reaction and
/// its subject (from `from`): the country named elsewhere in the text
/// whose nisba qualifies the noun of the act reacted to.
fn country_of_act_after(view: &DocView<'_>, from: usize, end: usize) -> Option<Actor> {
    // «أشاد لابيد، في بيان صادر عن مكتبه، بـ"الدور المصري"»: past an
    // aside between commas.
    let mut from = from;
    if opens_aside(view, from) {
        if let Some(after) = past_comma_aside(view, from, end, 12) {
            from = after;
        }
    } else if let Some(after) = circumstance_end(view, from, end) {
        // «ورفض المغرب، الذي …، دعوة جزائرية»: past a relative clause.
        from = after - 1;
    }
    // What the act was called may come first, in quote marks: «دانت
    // الوزارة ما وصفته بـ"الاعتداء التركي"», «أدان "الاعتداء الإسرائيلي"».
    while from + 1 < end
        && (super::quotes::quote_mark(view, from + 1).is_some()
            || matches!(
                view.norm(from + 1),
                "ما" | "بما" | "وصفته" | "وصفه" | "وصفها" | "وصفوه" | "ب" | "بـ"
            ))
    {
        from += 1;
    }
    let k = (from + 1..end.min(from + 5))
        .take_while(|&k| !is_clause_punct(view, k))
        .find(|&k| {
            let noun = strip_conjunction(view.norm(k - 1));
            view.actors_in(k - 1..k + 1).next().is_none()
                && (noun.starts_with("ال")
                    || noun.starts_with("بال")
                    || noun.starts_with("لل")
                    // «رفض دعوة جزائرية», «مبادرة مصرية»: an indefinite
                    // proposal of a state.
                    || matches!(
                        noun,
                        "دعوه" | "مبادره" | "مقترح" | "اقتراح" | "عرض" | "طلب" | "خطه"
                    ))
                && super::nisba_country(view.kb, view.norm(k)).is_some()
        })?;
    let iso = super::nisba_country(view.kb, view.norm(k))?;
    // The state, else a body or force of it the text named before the act
    // («العدو الإسرائيلي», «الجيش التركي»).
    country_named(view, iso).or_else(|| {
        view.actors_in(0..from)
            .find(|a| {
                a.label != NerLabel::Person
                    && a.label != NerLabel::Location
                    && a.cluster.is_none()
                    && a.country.as_deref() == Some(iso)
            })
            .map(Actor::from)
    })
}

/// The first mention of the country `iso` (alpha-3) in the text.
fn country_named(view: &DocView<'_>, iso: &str) -> Option<Actor> {
    view.actors
        .iter()
        .find(|a| {
            is_country(view, a.cluster)
                && a.cluster
                    .and_then(|x| view.resolution.clusters.get(x))
                    .and_then(|x| x.country.as_deref())
                    == Some(iso)
        })
        .map(Actor::from)
}

/// Is the trigger at `t` the act a verb of announcing governs («أعلن
/// الوزير، أمس، قطع العلاقات»), not a clause of its own («أعلن أن …»)?
fn announced(view: &DocView<'_>, t: usize, sent_start: usize) -> bool {
    announced_since(view, t, sent_start.max(t.saturating_sub(16)))
}

/// Does a verb of announcing stand between `from` and `t`, with no
/// complementizer after it («أعلن الوزيران، في مؤتمر صحفي، التوصل …»)?
fn announced_since(view: &DocView<'_>, t: usize, from: usize) -> bool {
    (from..t)
        .rev()
        .take_while(|&k| !super::quotes::is_complementizer(view.norm(k)))
        .any(|k| {
            matches!(
                strip_conjunction(view.norm(k)),
                "اعلن" | "اعلنت" | "يعلن" | "تعلن"
            )
        })
}

/// The state an official acts for, when the text names it: a country
/// mention of the official's country («الجزائر» for its foreign minister).
fn state_of(view: &DocView<'_>, official: &Actor) -> Option<Actor> {
    let c = official.cluster?;
    let cluster = view.resolution.clusters.get(c)?;
    cluster.role?;
    if cluster.label != Some(NerLabel::Person)
        || super::sector_of(view.resolution, view.kb, c) != Some("GOV")
    {
        return None;
    }
    country_named(view, cluster.country.as_deref()?)
}

/// Is the event a summit (its trigger a summit noun)?
fn is_summit(view: &DocView<'_>, e: &Event) -> bool {
    is_summit_noun(view.norm(e.trigger.end - 1))
}

/// «سيتوجه إلى نواكشوط وداكار»: a verb of going whose places follow it in
/// its clause, joined by «و», is one visit to each (as the stops of a
/// tour).
fn goes_to_each_place(view: &DocView<'_>, t: usize, trig: Trigger, e: &Event) -> bool {
    trig.mode == Some("visit")
        && trig.frame == Frame::Verb
        && e.target.len() >= 2
        && e.target.iter().all(|a| is_location(view, a))
        && e.target[0].tokens.start > t
        && !new_clause_between(view, t, e.target[0].tokens.start)
        && e.target
            .windows(2)
            .all(|w| joined_by_and(view, w[0].tokens.end, w[1].tokens.start))
}

/// Is `norm` a form of the verb of boycotting («قاطعت», «وقاطعتها»)?
fn is_boycott_verb(norm: &str) -> bool {
    lexicons()
        .triggers
        .get(norm)
        .is_some_and(|x| x.stem.starts_with("وقاطع|"))
}

/// Is `norm` an indefinite agreement noun, maybe with ل/ب («اتفاق»,
/// «لاتفاق», «بمعاهدة»)?
fn is_indefinite_agreement(norm: &str) -> bool {
    let w = strip_conjunction(norm);
    let w = w
        .strip_prefix(['ل', 'ب'])
        .filter(|r| r.chars().count() >= 4)
        .unwrap_or(w);
    matches!(w, "اتفاق" | "اتفاقيه" | "معاهده" | "مذكره")
}

/// «ودانوا العدوان على دولة الكويت», «يدين الاعتداء على السفارة»: the one
/// an attack condemned was made on, after «على», is no target of the
/// condemnation (the attacker is, when named).
fn is_attacked_in_object(view: &DocView<'_>, trigger: Range<usize>, a: &Actor) -> bool {
    let at = a.tokens.start;
    at > trigger.end
        && view.norm(at - 1) == "علي"
        && (trigger.end..at - 1).any(|k| {
            let w = strip_conjunction(view.norm(k));
            matches!(
                w.strip_prefix(['ب', 'ل']).unwrap_or(w),
                "العدوان" | "الاعتداء" | "الاعتداءات" | "اعتداء" | "عدوان"
            ) || is_act_noun(view.norm(k))
        })
        && !new_clause_between(view, trigger.start, at)
}

/// «واصلت الولايات المتحدة وبريطانيا ضرباتهما»: a noun with a dual
/// pronoun is the act of both the pair the source begins, when the second
/// stands right after the first, joined by «و».
fn the_pair_a_dual_pronoun_owns(view: &DocView<'_>, e: &mut Event) {
    if e.source.len() != 1 || e.trigger.len() != 1 {
        return;
    }
    let t = e.trigger.start;
    if !written_without_final_marks(view, t).ends_with("هما") || is_event_verb(view.norm(t)) {
        return;
    }
    let first = &e.source[0];
    let at = first.tokens.end;
    let next = view
        .actors_in(at..t)
        .next()
        .filter(|b| joined_by_and(view, at, b.tokens.start) && can_act(view, b));
    if let Some(b) = next {
        let b = Actor::from(b);
        if !first.same(&b) && !e.target.iter().any(|x| x.same(&b)) {
            e.source.push(b);
        }
    }
}

/// «شنت مقاتلات فرنسية … غاراتها», «سفن حربية أمريكية»: a force named
/// only by an indefinite nisba phrase is its state, as the text names it
/// elsewhere (guide §4.9, §4.13); «الجيش الإسرائيلي» stays as written
/// (§4.4). A state named twice on one side is kept once.
fn forces_as_their_states(view: &DocView<'_>, e: &mut Event) {
    for side in [&mut e.source, &mut e.target] {
        for a in side.iter_mut() {
            let indefinite_force = a.cluster.is_none()
                && a.sector == Some("MIL")
                && matches!(
                    strip_conjunction(view.norm(a.tokens.start)),
                    "مقاتلات"
                        | "طايرات"
                        | "سفن"
                        | "قوات"
                        | "وحدات"
                        | "زوارق"
                        | "مروحيات"
                        | "بوارج"
                        | "غواصات"
                        | "قاذفات"
                )
                && a.tokens.len() <= 4
                && a.tokens
                    .clone()
                    .all(|k| !view.norm(k).starts_with("ال") && !view.norm(k).starts_with("لل"));
            if let Some(state) = indefinite_force
                .then(|| {
                    a.country
                        .as_deref()
                        .and_then(|iso| country_named(view, iso))
                })
                .flatten()
            {
                *a = state;
            }
        }
        let mut seen: Vec<usize> = Vec::new();
        side.retain(|a| match a.cluster {
            Some(c) if seen.contains(&c) => false,
            Some(c) => {
                seen.push(c);
                true
            }
            None => true,
        });
    }
}

/// «طائراتنا تمنع أي هجوم على المدنيين», «رفض أي تدخل», «تقديم أي
/// مساعدة»: «أي» before the event's noun names no act that took place,
/// unless the event is denied or a negation stands just before («لن تشارك
/// في أي مفاوضات») or a denial further back in the sentence («نفى أن يكون
/// قد أجرى أي اتصال»).
fn any_act_not_denied(view: &DocView<'_>, e: &Event) -> bool {
    let lex = lexicons();
    // (The noun of a light verb is the trigger's last word.)
    let k = e.trigger.end.saturating_sub(1).max(e.trigger.start);
    if k == 0 || !matches!(view.norm(k - 1), "اي" | "ايه") || e.modality == Modality::Denied {
        return false;
    }
    let sent_start = view.sentences[e.sentence].start;
    let before = |reach: usize| sent_start.max(k.saturating_sub(reach))..k - 1;
    let negation = before(5).any(|j| {
        let w = strip_conjunction(view.norm(j));
        w != "ما" && lex.negations.contains(w)
    });
    let denial = before(20).any(|j| {
        let w = strip_conjunction(view.norm(j));
        lex.denials.contains(w) || matches!(w, "نفيه" | "نفيها")
    });
    !negation && !denial
}

/// Those named as taking part in the meeting at `t`: «بمشاركة X وY»,
/// «بحضور X» anywhere later in its sentence, before another verb trigger.
fn participants_after(
    view: &DocView<'_>,
    t: usize,
    sent: Range<usize>,
    earlier: &[Event],
) -> Vec<Actor> {
    let lex = lexicons();
    let at = (t + 1..sent.end)
        .take_while(|&k| {
            !lex.triggers
                .get(view.norm(k))
                .is_some_and(|x| x.frame == Frame::Verb)
        })
        .find(|&k| {
            matches!(strip_conjunction(view.norm(k)), "بمشاركه" | "بحضور")
                // «قمة استضافها X وشارك فيها A وB»: those who took part.
                || view.norm(k) == "فيها"
                    && k > t + 1
                    && matches!(
                        strip_conjunction(view.norm(k - 1)),
                        "شارك" | "شاركت" | "يشارك" | "تشارك" | "شاركوا"
                    )
                // «وشارك في القمة X، …، إلى جانب الرئيسين التركي A
                // والمصري B»: those named right after «إلى جانب».
                || view.norm(k) == "جانب"
                    && k > t + 1
                    && is_summit_noun(view.norm(t))
                    && strip_conjunction(view.norm(k - 1)) == "الي"
                    && (k + 1..sent.end.min(k + 4)).any(|j| {
                        view.actor_starting_at(j)
                            .is_some_and(|m| m.label == NerLabel::Person)
                    })
        });
    let Some(p) = at else {
        return Vec::new();
    };
    // «بمشاركة عدد من القادة العرب، من بينهم A وB وC، إلى جانب D»,
    // «بمشاركة رؤساء جنوب السودان A وإريتريا B، ورئيس الوزراء الإثيوبي
    // C»: every person named in the list, up to the clause that ends it.
    let stop = (p + 1..sent.end.min(p + 1 + 6 * ACTOR_WINDOW))
        .find(|&k| {
            matches!(view.norm(k), "." | "؛" | ":" | "وذلك" | "حيث")
                || opens_new_clause(view.norm(k))
                || lex
                    .triggers
                    .get(view.norm(k))
                    .is_some_and(|x| matches!(x.frame, Frame::Verb | Frame::Participle))
        })
        .unwrap_or(sent.end.min(p + 1 + 6 * ACTOR_WINDOW));
    let mut people: Vec<Actor> = Vec::new();
    for m in view.actors_in(p + 1..stop) {
        if m.label == NerLabel::Person
            && m.cluster.is_some()
            && can_act(view, m)
            && !people.iter().any(|a| a.cluster == m.cluster)
        {
            people.push(Actor::from(m));
        }
    }
    if people.len() >= 2 {
        return people;
    }
    first_actors_after(view, p + 1, sent.end.min(p + 1 + 2 * ACTOR_WINDOW), earlier)
}

/// A summit told again («وشارك في القمة X», «على هامش القمة»): the
/// participants this mention adds.
fn later_summit_mention(view: &DocView<'_>, t: usize, sent: Range<usize>) -> Vec<Actor> {
    let takes_part = (sent.start.max(t.saturating_sub(3))..t).any(|k| {
        matches!(
            strip_conjunction(view.norm(k)),
            "شارك" | "شاركت" | "يشارك" | "تشارك" | "شاركوا"
        )
    });
    let mut out = Vec::new();
    if takes_part {
        // «وشارك في القمة الرئيس …»: the subject after the summit's name.
        out.extend(first_actors_after(
            view,
            t + 1,
            sent.end.min(t + 1 + ACTOR_WINDOW),
            &[],
        ));
    }
    out.extend(participants_after(view, t, sent, &[]));
    out
}

/// The light verb carrying the noun at `t` («أجرى … اتصالا»), at most six
/// words back (eight past commas and titles, «تلقى صاحب السمو الملكي
/// الأمير X ولي العهد، اتصالا»), not past another verb trigger; the names
/// of its subject and times («صباح اليوم») do not count («وقعت المملكة
/// العربية السعودية والجمهورية الإسلامية الإيرانية، اليوم، اتفاقا»).
/// How many words (names apart) the search for a light verb walks back at
/// most: times and honorifics do not use up its reach of eight.
const LIGHT_VERB_WORDS: usize = 24;

fn light_verb_before(
    view: &DocView<'_>,
    t: usize,
    sent_start: usize,
    kind: EventType,
) -> Option<usize> {
    let lex = lexicons();
    let names: Vec<Range<usize>> = view
        .actors_in(sent_start.max(t.saturating_sub(24))..t)
        .filter(|a| a.label != NerLabel::Organization || a.cluster.is_some() || a.named)
        .map(|a| a.tokens.clone())
        .collect();
    // «تشكيل لجنة للإشراف على تنفيذ الاتفاق», «أعلنت ترحيبها بالاتفاق»:
    // a definite agreement right after another noun is that noun's
    // genitive or object, the agreement told before; no light verb
    // carries it.
    if kind == EventType::Agree && t > sent_start {
        let n = strip_conjunction(view.norm(t));
        let definite = ["ال", "بال", "لل"].iter().any(|p| n.starts_with(p));
        let before = t - 1;
        let noun_before = view.words[before].kind == akhbar_text::tokenize::TokenKind::Word
            && !names.iter().any(|r| r.contains(&before))
            && !lex.light_verbs.contains(view.norm(before))
            && !lex.light_verbs.contains(strip_conjunction(view.norm(before)))
            && !lex.receive_verbs.contains(view.norm(before))
            && !super::quotes::is_skippable(view.norm(before))
            && !super::quotes::is_honorific_word(view.norm(before))
            // («توصلت إلى الاتفاق», «تم الاتفاق», «توقيع هذا الاتفاق»:
            // reached, done, signed.)
            && !matches!(
                strip_conjunction(view.norm(before)),
                "الي" | "علي" | "في" | "عن" | "حول" | "من" | "بشان" | "تم" | "يتم" | "هذا" | "هذه"
                    | "ذلك" | "تلك" | "توقيع" | "التوقيع" | "بتوقيع"
            )
            && lex
                .triggers
                .get(view.norm(before))
                .is_none_or(|x| x.frame != Frame::Verb);
        if definite && noun_before {
            return None;
        }
    }
    let mut words = 0;
    let mut reach = 0;
    let mut passed_trigger = false;
    let mut k = t;
    while k > sent_start && reach < 8 && words < LIGHT_VERB_WORDS {
        k -= 1;
        if names.iter().any(|r| r.contains(&k)) {
            continue;
        }
        // «أعلن التنظيم، في بيان بثته وكالة أعماق الناطقة باسمه، مسؤوليته
        // عن الهجوم»: an aside between commas before a claim of
        // responsibility does not count.
        if matches!(view.norm(k), "،" | ",")
            && matches!(
                view.norm(k + 1),
                "مسووليته" | "مسووليتها" | "مسووليتهم" | "المسووليه"
            )
        {
            if let Some(open) = (sent_start.max(k.saturating_sub(12))..k)
                .rev()
                .find(|&j| matches!(view.norm(j), "،" | ","))
                .filter(|&j| opens_aside(view, j))
            {
                k = open;
                continue;
            }
        }
        // «وقعت» is a verb of its own, not و + «قعت».
        // «ستعقدان», «يجريان»: a dual or plural of a light verb too.
        let is_light = |n: &str| {
            lex.light_verbs.contains(n)
                || lex.receive_verbs.contains(n)
                || ["ان", "ون"].iter().any(|e| {
                    n.strip_suffix(e)
                        .is_some_and(|b| b.chars().count() >= 3 && lex.light_verbs.contains(b))
                })
        };
        if is_light(view.norm(k)) || is_light(strip_conjunction(view.norm(k))) {
            return (words < 6 || !passed_trigger).then_some(k);
        }
        if matches!(view.norm(k), "." | ":" | "؛")
            || lex
                .triggers
                .get(view.norm(k))
                .is_some_and(|x| x.frame == Frame::Verb)
        {
            return None;
        }
        // «يفرض مجلس الأمن عقوبات على معرقلي تنفيذ الاتفاق»: a light verb
        // with its own noun between is not this one's; nor one before a
        // complementizer, a relative or a cause («أعلن الوزير أن الاتفاق»,
        // «قدم أوباما، الذي يمثل الاتفاق», «حربا … بسبب اتفاق»).
        if trigger_of(view.norm(k)).is_some_and(|x| x.frame == Frame::LightNoun && x.kind != kind)
            || k + 3 >= t
                && matches!(
                    strip_conjunction(view.norm(k)),
                    "ان" | "بان" | "انه" | "انها" | "الذي" | "التي" | "الذين" | "بسبب"
                )
        {
            return None;
        }
        passed_trigger |= trigger_of(view.norm(k)).is_some();
        if !view.is_punct(k) {
            words += 1;
            // «، صباح اليوم،»: times do not count towards the reach, nor
            // do honorifics («حضرة صاحب السمو أمير البلاد الشيخ …»).
            if !super::quotes::is_skippable(view.norm(k))
                && !super::quotes::is_honorific_word(view.norm(k))
                && view.norm(k) != "الشيخ"
            {
                reach += 1;
            }
        }
    }
    None
}

/// Is the light verb one of holding talks or a meeting («أجرت», «عقد»,
/// «ستعقدان»), whose subject names the sides of the noun after it?
fn holds_talks(norm: &str) -> bool {
    let w = strip_conjunction(norm);
    let w = ["ان", "ون", "وا"]
        .iter()
        .find_map(|e| w.strip_suffix(e))
        .filter(|b| b.chars().count() >= 3)
        .unwrap_or(w);
    matches!(
        w,
        "اجري"
            | "اجرت"
            | "يجري"
            | "تجري"
            | "سيجري"
            | "ستجري"
            | "يجر"
            | "تجر"
            | "سيجر"
            | "ستجر"
            | "اجر"
            | "عقد"
            | "عقدت"
            | "يعقد"
            | "تعقد"
            | "سيعقد"
            | "ستعقد"
    )
}

/// Forces, troops and weapons systems, with the article or a possessive
/// («قوات», «القوات», «قواتها», «جنوده», «منظومة»), in search form.
fn is_force_word(w: &str) -> bool {
    let w = w.strip_prefix("ال").unwrap_or(w);
    let bare = ["هما", "هم", "ها", "ه"]
        .iter()
        .find_map(|p| w.strip_suffix(p).filter(|r| r.chars().count() >= 3))
        .unwrap_or(w);
    [w, bare].iter().any(|w| {
        matches!(
            *w,
            "قوات"
                | "جنود"
                | "جنديا"
                | "جنودا"
                | "طايرات"
                | "قوه"
                | "وحدات"
                | "منظومه"
                | "منظومات"
                | "صواريخ"
                | "دبابات"
                | "قطع"
                | "سفن"
                | "بوارج"
                | "حامله"
                | "عناصر"
        )
    })
}

/// An epithet that follows a ruler's name: «المعظم», «المفدى», «حفظه
/// الله».
fn is_honorific_epithet(norm: &str) -> bool {
    matches!(
        norm,
        "المعظم" | "المفدي" | "حفظه" | "الله" | "يحفظه" | "ايده"
    )
}

/// Where the title in apposition to a subject ends: «ولي عهد أبوظبي نائب
/// القائد الأعلى للقوات المسلحة،» after «محمد بن زايد آل نهيان» (the token
/// after its comma). Only a title whose genitive is a place or a body and
/// that names no person before the comma: «رئيس وزراء إثيوبيا آبي أحمد»
/// is the object with its title.
fn appositive_title_end(
    view: &DocView<'_>,
    from: usize,
    end: usize,
    subject: Option<usize>,
) -> Option<usize> {
    // «ولي» starts with و: the word itself first.
    let word = view.norm(from);
    let head = strip_conjunction(word);
    let ruler = |w: &str| matches!(w, "ولي" | "حاكم" | "امير" | "ملك" | "سلطان");
    if !(super::is_title_at(view, from) || ruler(word) || ruler(head)) {
        return None;
    }
    let comma = (from + 1..end.min(from + 12)).find(|&k| matches!(view.norm(k), "،" | ","))?;
    // Titles and their genitives only: «بأداء رجال الأمن» or «في …»
    // before the comma is the verb's object or a place, told in the
    // clause.
    let outside = (from + 1..comma).any(|k| {
        let w = view.norm(k);
        matches!(w, "في" | "علي" | "الي" | "عن" | "مع" | "من" | "خلال")
            || w.starts_with('ب') && w != "بن" && !w.starts_with("بن ")
    });
    if outside {
        return None;
    }
    let actors: Vec<_> = view.actors_in(from..comma).collect();
    // «أردوغان رئيس الجمهورية التركية،»: the title may itself name the
    // subject (a role phrase resolved to him).
    let names_subject =
        |a: &&ActorRef| a.label == NerLabel::Person && subject.is_some() && a.cluster == subject;
    let genitive = actors.iter().any(|a| {
        matches!(a.label, NerLabel::Location | NerLabel::Organization) || names_subject(a)
    });
    let person = actors
        .iter()
        .any(|a| a.label == NerLabel::Person && a.cluster.is_some() && !names_subject(a));
    (genitive && !person).then_some(comma + 1)
}

/// «وفي اتصال هاتفي مع العبادي، هنأ وزير الدفاع الأمريكي جيم ماتيس …»: a
/// call or meeting fronted as the circumstance of the sentence. Its source
/// is the subject of the verb after the comma, its target the one after
/// «مع».
fn fronted_talks(
    view: &DocView<'_>,
    t: usize,
    sent: Range<usize>,
    earlier: &[Event],
) -> Option<(Vec<Actor>, Vec<Actor>)> {
    let opener = t.checked_sub(1).filter(|&k| k >= sent.start)?;
    if opener > sent.start + 1
        || !matches!(strip_conjunction(view.norm(opener)), "في" | "خلال" | "اثناء")
    {
        return None;
    }
    let comma = (t + 1..sent.end.min(t + 16)).find(|&k| is_clause_punct(view, k))?;
    if !matches!(view.norm(comma), "،" | ",") {
        return None;
    }
    let with = (t + 1..comma.min(t + 4)).find(|&k| view.norm(k) == "مع")?;
    let target = first_actors_after(view, with + 1, comma, earlier);
    let verb = comma + 1;
    if target.is_empty() || verb + 1 >= sent.end || view.actor_starting_at(verb).is_some() {
        return None;
    }
    let source: Vec<Actor> = first_actors_after(
        view,
        verb + 1,
        sent.end.min(verb + 1 + ACTOR_WINDOW),
        earlier,
    )
    .into_iter()
    .take(1)
    .filter(|a| !preceded_by_preposition(view, a.tokens.start, verb + 1))
    .collect();
    (!source.is_empty()).then_some((source, target))
}

/// The token after a circumstance between commas at `from` («، خلال
/// لقائه X في موسكو،», «، على هامش القمة،»), when one opens there.
fn circumstance_end(view: &DocView<'_>, from: usize, end: usize) -> Option<usize> {
    if from + 1 >= end || !matches!(view.norm(from), "،" | ",") {
        return None;
    }
    // «ورفض المغرب، الذي تقاسم الإقليم مع موريتانيا، دعوة …»: a relative
    // clause set off by commas tells of the subject, with verbs of its own.
    if matches!(
        view.norm(from + 1),
        "الذي" | "التي" | "الذين" | "اللذين" | "اللتين" | "اللذان" | "اللتان"
    ) {
        return (from + 2..end.min(from + 18))
            .find(|&k| matches!(view.norm(k), "،" | ","))
            .map(|close| close + 1);
    }
    // «وطالب يلتسين، بحسب ما نقلت عنه وكالة إيتار-تاس، الدولتين بـ…»:
    // whose word it is, its verb of relaying included.
    if matches!(view.norm(from + 1), "بحسب" | "حسب" | "وفق" | "وفقا") {
        return (from + 2..end.min(from + 14))
            .find(|&k| matches!(view.norm(k), "،" | ","))
            .map(|close| close + 1);
    }
    if !matches!(
        view.norm(from + 1),
        "خلال" | "اثناء" | "عقب" | "لدي" | "علي" | "في" | "بعد" | "قبل"
    ) {
        return None;
    }
    let close = (from + 2..end.min(from + 18)).find(|&k| matches!(view.norm(k), "،" | ","))?;
    // Up to the comma only words of the circumstance: no verb (but in a
    // relative clause on its noun: «، في البيان الختامي الذي حمل اسم …،»).
    let relative = (from + 2..close)
        .find(|&k| matches!(view.norm(k), "الذي" | "التي"))
        .unwrap_or(close);
    (from + 2..relative)
        .all(|k| {
            trigger_of(view.norm(k)).is_none_or(|x| x.frame != Frame::Verb)
                && !is_known_verb(view.norm(k))
        })
        .then_some(close + 1)
}

/// The token of the speaker's own envoy the trigger at `t` takes as its
/// object («سفيرها», «سفيرتها», «سفيريها», «القائم بأعمالها», «سفير
/// بلاده»), within the clause (after the subject and a time).
fn own_envoy(view: &DocView<'_>, t: usize, end: usize) -> Option<usize> {
    let word = |k: usize| strip_conjunction(view.norm(k));
    let own = |w: &str| {
        ["ها", "ه", "هم", "نا"].iter().any(|p| {
            w.strip_suffix(p).is_some_and(|stem| {
                matches!(
                    stem,
                    "سفير"
                        | "سفيرت"
                        | "سفيري"
                        | "سفراء"
                        | "سفراي"
                        | "ممثل"
                        | "مبعوث"
                        | "باعمال"
                )
            })
        })
    };
    // «استدعت المملكة المغربية، مساء أمس الثلاثاء، سفيرتها»: past the
    // subject and a time between commas.
    (t + 1..end.min(t + 12))
        .take_while(|&k| !matches!(view.norm(k), "." | "؛"))
        .find(|&k| {
            own(word(k))
                || word(k) == "سفير" && matches!(view.norm(k + 1), "بلاده" | "بلادها")
                // A state's envoys named by the state are its own only
                // when called home «للتشاور»; else they are summoned.
                || envoy_state(view, k, end).is_some()
                    && (k..end.min(k + 12)).any(|j| view.norm(j) == "للتشاور")
        })
}

/// «سفيري إسرائيل لدى إيرلندا», «سفير تركيا في …»: an envoy noun at `k`
/// with the state it serves named right after it, then where it serves.
fn envoy_state(view: &DocView<'_>, k: usize, end: usize) -> Option<Actor> {
    if !matches!(
        strip_conjunction(view.norm(k)),
        "سفير" | "سفيري" | "سفيرة" | "سفراء"
    ) {
        return None;
    }
    let state = state_starting_at(view, k + 1)?;
    let after = state.tokens.end;
    (after < end && matches!(view.norm(after), "لدي" | "في")).then_some(state)
}

/// The known place at `k`, as the state it stands for.
fn state_starting_at(view: &DocView<'_>, k: usize) -> Option<Actor> {
    view.actor_starting_at(k)
        .filter(|a| a.label == NerLabel::Location && a.cluster.is_some())
        .map(|a| Actor {
            state: true,
            ..Actor::from(a)
        })
}

/// Where a recalled envoy served: the place after «لدى», «في», «من» or
/// a glued «بـ» («سفيرها لدى كندا», «سفيرتها بمدريد», «سفيرها من
/// طهران»), past the envoy's name.
fn recalled_from(view: &DocView<'_>, t: usize, end: usize) -> Vec<Actor> {
    let Some(envoy) = own_envoy(view, t, end) else {
        return Vec::new();
    };
    let place = |k: usize| state_starting_at(view, k);
    // «سفيري إسرائيل لدى …»: past the state the envoys serve.
    let from = envoy_state(view, envoy, end).map_or(envoy + 1, |s| s.tokens.end);
    let Some(first) = (from..end.min(from + 6)).find_map(|k| match view.norm(k) {
        "لدي" | "في" | "من" => place(k + 1),
        w if w.starts_with('ب') => place(k),
        _ => None,
    }) else {
        return Vec::new();
    };
    // «سفيريها لدى مالي والنيجر»: each place served.
    let mut places = vec![first];
    loop {
        let k = places[places.len() - 1].tokens.end;
        if k >= end || !view.words[k].text.starts_with('و') {
            break;
        }
        match place(k) {
            Some(p) if p.tokens.start == k => places.push(p),
            _ => break,
        }
    }
    places
}

/// The envoy a noun of expelling at `t` names right after it, by name
/// when given («طرد سفير كندا لدى المملكة دينيس هوراك» → «دينيس
/// هوراك»), else the phrase («طرد السفير الليبي»).
fn expelled_envoy(view: &DocView<'_>, t: usize, end: usize) -> Option<Actor> {
    let envoy = matches!(
        view.norm(t + 1),
        "سفير"
            | "السفير"
            | "سفراء"
            | "السفراء"
            | "القايم"
            | "الدبلوماسي"
            | "دبلوماسيين"
            | "الملحق"
    );
    if !envoy {
        return None;
    }
    let within = t + 1..end.min(t + 9);
    let named = view
        .actors_in(within.clone())
        .take_while(|a| !(t + 1..a.tokens.start).any(|k| is_clause_punct(view, k)))
        .find(|a| a.label == NerLabel::Person)
        .map(Actor::from);
    named.or_else(|| {
        // The envoy and the nisba or country after him.
        let mut until = t + 2;
        while until < within.end
            && !view.is_punct(until)
            && (view.norm(until).starts_with("ال") && view.norm(until).ends_with('ي')
                || view.norm(until) == "بالاعمال")
        {
            until += 1;
        }
        Some(Actor::phrase(t + 1..until, Some("GOV")))
    })
}

/// The subject of the clause the trigger at `t` stands in: the actor
/// nearest before it since the last comma («، فيما أعلنت الحكومة
/// العراقية استدعاء …»), else the doer of the event told just before in
/// the sentence («…، كما استدعت سفيرها»), else the sentence's subject.
fn clause_subject(
    view: &DocView<'_>,
    start: usize,
    t: usize,
    earlier: &[Event],
    sentence: usize,
) -> Vec<Actor> {
    let clause = clause_start(view, start, t);
    let near = actors_before(view, clause, t, earlier, Nearest::Yes);
    if !near.is_empty() {
        return near;
    }
    if let Some(prev) = earlier
        .last()
        .filter(|e| e.sentence == sentence && !e.source.is_empty())
    {
        return prev.source.clone();
    }
    actors_before(view, start, t, earlier, Nearest::No)
}

/// The trigger at `t` if its context makes it one, maybe of another type.
/// Some are events only with the right words after them: what
/// is fired («أطلقت صواريخ»; «أطلق سراح» is a release), what is sent or
/// given as aid («أرسلت مساعدات», «ستقدم مليون دولار»), where one goes
/// («يتوجه إلى»), and «وقف» of a ceasefire between two sides («وقف إطلاق
/// النار بين»).
fn needs_context(view: &DocView<'_>, t: usize, end: usize, trig: Trigger) -> Option<Trigger> {
    let lex = lexicons();
    let word = |k: usize| {
        let n = strip_conjunction(view.norm(k));
        n.strip_prefix("بال")
            .map(|r| format!("ال{r}"))
            .unwrap_or_else(|| n.to_string())
    };
    let ahead = |n: usize| t + 1..end.min(t + 1 + n);
    let any_in = |n: usize, set: &WordSet| ahead(n).any(|k| set.contains(&word(k)));
    // «آثار العدوان الذي وقع في الخامس من يونيو», «الحادث الذي وقع
    // أمس»: what occurred, after a relative on a noun that is no
    // document, unless what is signed follows.
    if trig.stem == "وقع"
        && matches!(view.norm(t), "وقع" | "وقعت")
        && t >= 2
        && lexicons().relatives.contains(view.norm(t - 1))
        // («فرنسا، التي وقعت مع العراق … عقد»: a signer set off by a comma.)
        && !view.is_punct(t - 2)
        && view.actor_starting_at(t - 2).is_none()
        && trigger_of(view.norm(t - 2)).is_none_or(|x| x.kind != EventType::Agree)
        && !ahead(4).any(|k| {
            trigger_of(view.norm(k))
                .is_some_and(|x| x.kind == EventType::Agree && x.frame != Frame::Verb)
        })
    {
        return None;
    }
    // «توقع تقرير أن …», «من العسير توقع …»: expecting, not signing,
    // unless what is signed follows.
    if trig.stem == "وقع" && strip_conjunction(view.norm(t)) == "توقع" {
        let signed = ahead(4).any(|k| {
            trigger_of(view.norm(k))
                .is_some_and(|x| x.kind == EventType::Agree && x.frame != Frame::Verb)
        });
        if !signed {
            return None;
        }
    }
    // «مباراة القمة أمام ريال مدريد», «على قمة الترتيب», «قمة الجبل»: a
    // top match or a top, no summit.
    if trig.stem == "قمة|القمة" {
        let before = t.checked_sub(1).map(|k| strip_conjunction(view.norm(k)));
        let top = before.is_some_and(|n| {
            matches!(
                n,
                "مباراه"
                    | "مباراتي"
                    | "مباريات"
                    | "لمباريات"
                    | "لمباراه"
                    | "لقاء"
                    | "مواجهه"
                    | "ديربي"
                    | "تتصدر"
                    | "يتصدر"
            )
            // («ضيف شرف على قمة مجلس التعاون» is at a summit; «إلى القمة
            // العربية» goes to one.)
            || matches!(n, "علي" | "الي")
                && view.norm(t) == "قمه"
                && view
                    .actor_starting_at(t + 1)
                    .is_none_or(|a| a.label != NerLabel::Organization)
        }) || ahead(1).any(|k| {
            matches!(
                word(k).as_str(),
                "الجبل"
                    | "جبل"
                    | "الهرم"
                    | "هرم"
                    | "الترتيب"
                    | "الدوري"
                    | "الجدول"
                    | "المجموعه"
            )
        });
        if top {
            return None;
        }
    }
    // «توسطت قطر بين واشنطن وطالبان»; «الخال الذي يتوسط وجهه» is in the
    // middle of.
    if trig.stem == "توسط" && !ahead(4).any(|k| strip_conjunction(view.norm(k)) == "بين") {
        return None;
    }
    // «سترد بالمثل», «سيرد بقوة»: a promised response with its manner;
    // «سيرد على أسئلة الصحفيين» answers.
    if trig.stem == RESPONSE_PROMISES
        && !ahead(1).any(|k| {
            matches!(
                view.norm(k),
                "بالمثل"
                    | "بحزم"
                    | "بقوه"
                    | "بالقوه"
                    | "بشده"
                    | "فورا"
                    | "عسكريا"
                    | "بحسم"
            )
        })
    {
        return None;
    }
    // «تحتفظ بحقها في الرد», «يحتفظ بحقه في استعادة الجزيرة»: reserving
    // the right to respond is a threat (annotation guide §4); keeping a
    // share or a post is none.
    if trig.stem == "احتفظ" {
        let right = ahead(2).find(|&k| view.norm(k).starts_with("بحق"));
        let response = right.is_some_and(|r| {
            (r + 1..end.min(r + 5)).any(|k| {
                matches!(
                    strip_conjunction(view.norm(k)),
                    "الرد" | "بالرد" | "للرد" | "استعاده" | "باستعاده" | "لاستعاده"
                )
            })
        });
        if !response {
            return None;
        }
    }
    // «الذي طلب عدم نشر اسمه»: asking for anonymity is no request.
    if trig.stem == "طلب" && t + 1 < end && view.norm(t + 1) == "عدم" {
        return None;
    }
    // «خمسة أشخاص قتلوا في الهجوم», «قتل في غارة»: the unvowelled verb
    // with no object after it is a passive; who killed is not told there.
    if trig.stem == "قتل"
        && matches!(strip_conjunction(view.norm(t)), "قتل" | "قتلوا" | "قتلا")
        && (t + 1 >= end
            || matches!(
                view.norm(t + 1),
                "في" | "خلال"
                    | "بسبب"
                    | "جراء"
                    | "نتيجة"
                    | "اثر"
                    | "منذ"
                    | "عندما"
                    | "حين"
                    | "بعد"
                    | "،"
                    | ","
                    | "."
                    | "ايضا"
            ))
    {
        return None;
    }
    // «تفتيشها بحثا عن ناقلي الأخبار»: in search of, not talks.
    if trig.stem == "بحث"
        && strip_conjunction(view.norm(t)) == "بحثا"
        && t + 1 < end
        && view.norm(t + 1) == "عن"
    {
        return None;
    }
    // «دفعا ثمنا باهظا»: a price paid, not «they valued».
    if trig.stem == "ثمن"
        && matches!(strip_conjunction(view.norm(t)), "ثمنا")
        && (t > 0 && strip_conjunction(view.norm(t - 1)).contains("دفع")
            || t + 1 < end && matches!(view.norm(t + 1), "باهظا" | "غاليا" | "كبيرا" | "فادحا"))
    {
        return None;
    }
    // «مساعدة وزير الخارجية», «ومساعده فرحات محمد»: an assistant, a title
    // before an office or a name, is no aid.
    if trig.kind == EventType::Aid
        && matches!(
            strip_conjunction(view.norm(t)),
            "مساعد" | "مساعده" | "مساعدة" | "مساعدها"
        )
        && t + 1 < end
        && (super::is_title_at(view, t + 1)
            || view
                .actor_starting_at(t + 1)
                .is_some_and(|a| a.label == NerLabel::Person)
            || view.norm(t + 1) == "وزير")
    {
        return None;
    }
    // «وقعه» is also a noun, «its impact»: the verb follows a relative, or
    // an indefinite agreement it tells of («بموجب اتفاق وقعته مصر
    // وإسرائيل»).
    if trig.stem == SIGNED_IT
        && !(t.saturating_sub(2)..t)
            .any(|k| lexicons().relatives.contains(view.norm(k)) || view.norm(k) == "ما")
        && !(t > 0 && is_indefinite_agreement(view.norm(t - 1)))
    {
        return None;
    }
    // «اتفاق وقعته مصر وإسرائيل», «معاهدة السلام التي وقعتها …»: the
    // signing verb after the document tells the event; «بموجب اتفاقية»,
    // «خرقا لمعاهدة السلام» refer to one in force.
    if trig.stem.starts_with("اتفاقية|") {
        let next = |k: usize| {
            k < end
                && lexicons()
                    .triggers
                    .get(view.norm(k))
                    .is_some_and(|x| x.stem == SIGNED_IT)
        };
        let signed_after = next(t + 1)
            || t + 2 < end && lexicons().relatives.contains(view.norm(t + 2)) && next(t + 3)
            || t + 1 < end && lexicons().relatives.contains(view.norm(t + 1)) && next(t + 2);
        let in_force = t > 0
            && matches!(
                strip_conjunction(view.norm(t - 1)),
                "بموجب" | "خرق" | "خرقا" | "لخرق" | "انتهاك" | "انتهاكا" | "لبنود" | "بنود"
            )
            // («بموجب اتفاق بين حزب الله والجبهة» tells its parties.)
            && !ahead(3).any(|k| view.norm(k) == "بين");
        if signed_after || in_force {
            return None;
        }
    }
    if trig.stem == SIGNING {
        let witnessed = (t.saturating_sub(3)..t).any(|k| {
            matches!(
                strip_conjunction(view.norm(k)),
                "شهد" | "شهدا" | "شهدت" | "يشهد" | "تشهد" | "شهدتا"
            )
        });
        let signers_on = (t + 1..end.min(t + 16))
            .take_while(|&k| !is_clause_punct(view, k))
            .find(|&k| view.norm(k) == "علي")
            .is_some_and(|on| {
                view.actors_in(t + 1..on)
                    .filter(|a| a.label == NerLabel::Person)
                    .count()
                    >= 2
            });
        // A document of the known kinds after it carries the event itself.
        let document_next = (t + 1..end.min(t + 3)).any(|k| {
            trigger_of(view.norm(k))
                .is_some_and(|x| x.kind == EventType::Agree && x.frame == Frame::LightNoun)
        });
        if !(witnessed || signers_on) || document_next {
            return None;
        }
    }
    // «في مقدمة مستقبليه»: those who welcome, not «مستقبلية» (future).
    if trig.stem == RECEIVERS
        && !(t > 0
            && matches!(view.norm(t - 1), "مقدمه" | "طليعه")
            && !view.words[t].text.ends_with('ة'))
    {
        return None;
    }
    // «توقيع عقد امتياز» signs a contract; «عقد» alone is mostly the verb
    // that holds a meeting.
    if trig.stem == CONTRACTS
        && !(t.saturating_sub(2)..t).any(|k| {
            // «وقع» starts with و: the word itself, then without a
            // conjunction.
            whole_or_bare(view.norm(k), |n| {
                matches!(
                    n,
                    "توقيع"
                        | "لتوقيع"
                        | "بتوقيع"
                        | "وقع"
                        | "وقعت"
                        | "يوقع"
                        | "توقع"
                        | "ابرام"
                        | "ابرم"
                        | "ابرمت"
                )
            })
        })
    {
        return None;
    }
    // «داعيا الله أن يحفظ …»: a prayer, not a request of anyone.
    if trig.kind == EventType::Request && t + 1 < end && view.norm(t + 1) == "الله" {
        return None;
    }
    // «القبض على 19 متهما»: counted suspects, no accusation.
    if t > 0
        && is_counted_suspect(view.norm(t))
        && (view.words[t - 1].kind == akhbar_text::tokenize::TokenKind::Number
            || lexicons().number_words.contains(view.norm(t - 1)))
    {
        return None;
    }
    // «شركات صينية متهمة بدعم روسيا»: after an indefinite noun, with no
    // comma, «متهمة», «متهمين» is the passive "accused", an adjective;
    // the circumstantial «، متهمة …» accuses.
    if trig.frame == Frame::Participle
        && matches!(strip_conjunction(view.norm(t)), "متهمه" | "متهمين")
        && t > 0
        && view.words[t - 1].kind == akhbar_text::tokenize::TokenKind::Word
        && !strip_conjunction(view.norm(t - 1)).starts_with("ال")
    {
        return None;
    }
    // «حذر من أن بلاده سترد …» threatens; «حذر من أن الوقت ينفد», «حذر من
    // العواقب» warn.
    if (trig.stem == "حذر" || trig.stem == WARNING_PARTICIPLES) && !warns_of_response(view, t, end)
    {
        return None;
    }
    // «أوقفت الحكومة المساعدات», «توقيف العمل»: only people are arrested;
    // halting one's support or aid to a party sanctions it («أوقفت طهران
    // دعمها العسكري للمقاتلين»).
    if (trig.stem == ARREST_VERBS || trig.stem == ARREST_NOUNS) && !people_acted_on(view, t, end) {
        let halted = trig.stem == ARREST_VERBS
            && matches!(
                strip_conjunction(view.norm(t)),
                "اوقف" | "اوقفت" | "اوقفوا" | "يوقف" | "سيوقف"
            )
            && ahead(4).any(|k| is_support_given(&word(k)));
        return halted.then_some(Trigger {
            kind: EventType::Sanction,
            mode: None,
            cameo: "16",
            ..trig
        });
    }
    // «لتفريق المحتجين», «تفريقهم»: only a crowd is dispersed («تفريق
    // المياه» is not).
    if trig.stem == DISPERSAL_NOUNS
        && !people_acted_on(view, t, end)
        && !["هم", "ها"].iter().any(|p| view.norm(t).ends_with(p))
    {
        return None;
    }
    // «انسحاب الولايات المتحدة من الاتفاق النووي»: leaving a treaty
    // rejects it; a retreat is an army's.
    if trig.kind == EventType::Retreat {
        let treaty = ahead(5).any(|k| {
            view.norm(k) == "من"
                && matches!(
                    word(k + 1).as_str(),
                    "الاتفاق" | "الاتفاقيه" | "المعاهده" | "اتفاق" | "اتفاقيه" | "معاهده"
                )
        });
        if treaty {
            return Some(Trigger {
                kind: EventType::Reject,
                mode: None,
                cameo: "12",
                ..trig
            });
        }
    }
    // «محملة السلطات الفرنسية مسؤولية …» holds someone to blame; «طائرة
    // محملة بالمساعدات» is loaded.
    if trig.stem == "محملا|محملة|محملين"
        && !ahead(6).any(|k| matches!(view.norm(k), "مسووليه" | "المسووليه"))
    {
        return None;
    }
    // «دعم مالي», «الدعم العسكري»: material support is aid.
    if trig.kind == EventType::Support {
        if let Some(mode) = material_support(&word(t + 1)) {
            return Some(Trigger {
                kind: EventType::Aid,
                mode: Some(mode),
                cameo: "07",
                ..trig
            });
        }
    }
    // «قطع المحتجون الطريق»: blocking a road is a protest, not a
    // severed tie.
    if trig.stem == "قطع"
        && ahead(3).any(|k| {
            matches!(
                word(k).as_str(),
                "طريق"
                    | "الطريق"
                    | "طريقا"
                    | "طرق"
                    | "الطرق"
                    | "طرقا"
                    | "طرقات"
                    | "الطرقات"
            )
        })
    {
        return Some(Trigger {
            kind: EventType::Protest,
            cameo: "14",
            ..trig
        });
    }
    match trig.stem {
        // «استدعت الحكومة سفيرها لدى إثيوبيا للتشاور» recalls its own
        // envoy, a sanction (CAMEO 16); «استدعت السفير الإيراني» summons
        // another state's, an accusation (CAMEO 11). The noun only recalls.
        "استدعى" => Some(if own_envoy(view, t, end).is_some() {
            Trigger {
                kind: EventType::Sanction,
                cameo: "16",
                ..trig
            }
        } else {
            trig
        }),
        s if s.starts_with("استدعاء|") => own_envoy(view, t, end).is_some().then_some(trig),
        // «يستهدف البرنامج توسيع الصادرات»: aiming at an act is no attack.
        "استهدف" => (!aims_at_an_act(view, t, end)).then_some(trig),
        // The noun only with its doer and object after it, as a verb has
        // them («استهداف ميليشيا الحوثي منشآت مدنية»): alone it is as often
        // "aiming at" («استهداف المستثمرين»).
        // Or claimed by the one named between «أعلن» and it («أعلن حزب الله
        // استهداف موقع المطلة»).
        s if s.starts_with("استهداف|") => (agent_and_object(view, t, end, trig).is_some()
            || doer_between(view, t, 0, ATTACK_CLAIMS, true).is_some())
        .then_some(trig),
        // «فتح تحقيق مشترك مع الجانب الموريتاني», «التشغيل المشترك».
        s if s.starts_with("تحقيق|") => ahead(2)
            .any(|k| {
                matches!(
                    word(k).as_str(),
                    "مشترك" | "مشتركا" | "المشترك" | "مشتركه" | "المشتركه"
                )
            })
            .then_some(trig),
        // «رفع العلاقات الدبلوماسية», «إعادة فتح سفارتي البلدين»,
        // «استئناف العلاقات».
        s if s.starts_with("رفع|") => ahead(3)
            .any(|k| {
                matches!(
                    word(k).as_str(),
                    "العلاقات"
                        | "علاقات"
                        | "التمثيل"
                        | "سفاره"
                        | "السفاره"
                        | "سفارتي"
                        | "السفارات"
                )
            })
            .then_some(trig),
        // «نشرت مصر قوات», «نشر منظومة صواريخ»: deploying forces.
        // («وحداتها» is no و + «حداتها».) «نشرت صور طائرات» publishes.
        // «قاطع حزب الكرامة الجلسة الأولى», «قاطعت السلطة الورشة».
        // The verb opens its clause («فيما قاطع», «وقاطعت»); after a noun
        // («بشكل قاطع», «رفض قاطع», «موقف قاطع») it is the adjective.
        s if s.starts_with("وقاطع|")
            && (t == 0
                || view.is_punct(t - 1)
                || view.words[t].text.starts_with('و')
                || whole_or_bare(view.norm(t - 1), |n| {
                    matches!(
                        n,
                        "فيما"
                            | "بينما"
                            | "كما"
                            | "قد"
                            | "لم"
                            | "لن"
                            | "ان"
                            | "انه"
                            | "انها"
                            | "حيث"
                            | "ثم"
                            | "كان"
                            | "كانت"
                            | "الذي"
                            | "التي"
                    )
                })) =>
        {
            // «قاطعت سوريا المؤتمر», «مؤتمرهم الذي قاطعته مصر»: staying
            // away from a summit, a conference or the meetings of states is
            // a denied multilateral meeting (facts-unseen23 16,
            // facts-unseen24 13), not a protest.
            let meeting_of_states = |w: &str| {
                let w = w.strip_prefix("ال").unwrap_or(w);
                matches!(w, "قمه" | "موتمر" | "اجتماعات" | "مشاورات") || w.starts_with("موتمر")
            };
            let pronoun = ["ه", "ها"].iter().any(|p| view.norm(t).ends_with(p));
            let stayed_away = if pronoun {
                (t.saturating_sub(12)..t).any(|k| meeting_of_states(&word(k)))
            } else {
                ahead(4).any(|k| meeting_of_states(&word(k)))
            };
            if stayed_away {
                return Some(Trigger {
                    kind: EventType::Consult,
                    mode: Some("multilateral"),
                    cameo: "04",
                    ..trig
                });
            }
            if pronoun {
                return None;
            }
            ahead(6)
                .any(|k| {
                    let w = word(k);
                    let w = w.strip_prefix("ال").unwrap_or(&w);
                    matches!(
                        w,
                        "جلسه"
                            | "جلسات"
                            | "انتخابات"
                            | "اجتماع"
                            | "اجتماعات"
                            | "قمه"
                            | "موتمر"
                            | "حوار"
                            | "مفاوضات"
                            | "استفتاء"
                            | "ورشه"
                            | "منتدي"
                            | "اقتراع"
                            | "محادثات"
                            | "مباحثات"
                            | "بضايع"
                            | "منتجات"
                    )
                })
                .then_some(trig)
        }
        s if s.starts_with("وقاطع|") => None,
        // Eliminating people: a count, a name, or fighters after «على»
        // («قضت على خمسة مسلحين», «على منفذ العملية»), not «قضى على
        // الفقر».
        "قضى" => ahead(8)
            .take_while(|&k| !is_clause_punct(view, k) || matches!(view.norm(k), "،" | ","))
            .find(|&k| view.norm(k) == "علي")
            .filter(|&k| {
                let next = k + 1;
                next < end
                    && (view.words[next].kind == akhbar_text::tokenize::TokenKind::Number
                        || is_number_word(view.norm(next))
                        || view
                            .actor_starting_at(next)
                            .is_some_and(|a| a.label == NerLabel::Person)
                        || FIGHTER_STEMS
                            .iter()
                            .any(|p| strip_article(view.norm(next)).starts_with(p)))
            })
            .map(|_| trig),
        "تبادل" => (ahead(2).any(|k| {
            matches!(
                word(k).as_str(),
                "المعلومات" | "معلومات" | "الخبرات" | "خبرات" | "المعلومات الاستخباريه"
            )
        }) && ahead(8).any(|k| view.norm(k) == "مع"))
        .then_some(trig),
        "نسق" => ahead(8)
            .take_while(|&k| !is_clause_punct(view, k))
            .any(|k| view.norm(k) == "مع")
            .then_some(trig),
        s if s == RESPONSE_NOUNS => {
            (t + 1 < end && is_request_granted(view.norm(t + 1))).then_some(trig)
        }
        s if s == NON_GRATA => ahead(14)
            .take_while(|&k| !matches!(view.norm(k), "." | "؛"))
            .any(|k| view.norm(k) == "مرغوب" && view.norm(k - 1) == "غير")
            .then_some(trig),
        "أسقط" => ahead(6).any(|k| is_aircraft(&word(k))).then_some(trig),
        // An indefinite aircraft: «إسقاط الطائرة» takes up a downing told
        // before.
        s if s == DOWNING_NOUNS => {
            (t + 1 < end && is_aircraft(&word(t + 1)) && !word(t + 1).starts_with("ال"))
                .then_some(trig)
        }
        "نشر" => (ahead(4).any(|k| whole_or_bare(view.norm(k), is_force_word))
            && !ahead(4).any(|k| {
                matches!(
                    word(k).as_str(),
                    "صور"
                        | "صورا"
                        | "صوره"
                        | "تقرير"
                        | "تقريرا"
                        | "مقطع"
                        | "مقاطع"
                        | "فيديو"
                        | "بيان"
                        | "بيانا"
                        | "مقال"
                        | "مقالا"
                        | "خبر"
                        | "خبرا"
                        | "قائمه"
                        | "وثايق"
                        | "تسجيلا"
                        | "الصور"
                        | "اسماء"
                        | "باسماء"
                )
            }))
        .then_some(trig),
        // «ستسحب قواتها من أفغانستان»: withdrawing forces is a retreat;
        // «سحب السفير» stays a sanction.
        "سحب" if ahead(3).any(|k| whole_or_bare(view.norm(k), is_force_word)) => Some(Trigger {
            kind: EventType::Retreat,
            cameo: "08",
            ..trig
        }),
        "أطلق" => {
            // («أطلقت سراحهم»: with the pronoun of those freed.)
            if ahead(3).any(|k| word(k).starts_with("سراح")) {
                return Some(Trigger {
                    kind: EventType::Concede,
                    cameo: "08",
                    ..trig
                });
            }
            any_in(10, &lex.weapons).then_some(trig)
        }
        "أرسل" => {
            (any_in(12, &lex.aid_words) || any_in(12, &lex.sent_aid_words)).then_some(trig)
        }
        "قدم" => any_in(6, &lex.aid_words).then_some(trig),
        // «استمرار الحرب "يهدد بتوسيع الصراع"», «الاستيطان يهدد …»: the
        // present with a thing, not an actor, right before it endangers;
        // nobody threatens («وتهدد إسرائيل بـ…», «إيران تهدد» do).
        "هدد" => {
            let present = strip_conjunction(view.norm(t)).starts_with(['ي', 'ت']);
            let before = (t.saturating_sub(2)..t)
                .rev()
                .find(|&k| super::quotes::quote_mark(view, k).is_none());
            let thing_before = before.is_some_and(|k| {
                !view.is_punct(k)
                    && !view.words[t].text.starts_with('و')
                    && !view
                        .actors_in(k.saturating_sub(6)..k + 1)
                        .any(|a| a.tokens.end == k + 1)
            });
            (!(present && thing_before)).then_some(trig)
        }
        // «احتشد آلاف المواطنين», «وتجمع مئات الشبان حول …»: a crowd,
        // counted, gathers (a time may come first: «احتشد أمس آلاف …»).
        "احتشد" | "تجمع" => ahead(3)
            .find(|&k| !super::quotes::is_skippable(view.norm(k)))
            .is_some_and(|k| super::is_count_word(view.norm(k)))
            .then_some(trig),
        // «تقديم 500 مليون دولار», «تقديم منحة»: money given; «تقديم
        // مساعدات» is told by the noun of aid, «تقديم استقالته» no aid.
        // («ودائع» keeps its «و».)
        GIVING_NOUN => (ahead(3)
            .any(|k| lex.aid_words.contains(&word(k)) || lex.aid_words.contains(view.norm(k)))
            && !ahead(3).any(|k| trigger_of(view.norm(k)).is_some()))
        .then_some(trig),
        // «أغلقت الجزائر حدودها مع المغرب»: a border, crossing, airspace
        // or mission closed to another; not by a crowd («أغلق المحتجون
        // المعبر» protest).
        "أغلق" => (ahead(3).any(|k| is_closed_passage(&word(k)))
            && view
                .actors_in(t + 1..end.min(t + 4))
                .next()
                .is_none_or(|a| a.sector != Some("CVL")))
        .then_some(trig),
        // «جمدت الأرصدة الإيرانية», «جمد المساعدات»: what a state holds
        // back (not «جمد الدم في عروقه»).
        "جمد" => ahead(3)
            .any(|k| {
                let w = strip_conjunction(view.norm(k));
                let w = w.strip_prefix("ال").unwrap_or(w);
                matches!(
                    w,
                    "ارصده"
                        | "اصول"
                        | "اموال"
                        | "ممتلكات"
                        | "مساعدات"
                        | "علاقات"
                        | "عضويه"
                        | "تعاون"
                        | "اتفاقيه"
                        | "اتفاق"
                )
            })
            .then_some(trig),
        // «يتوجه إلى الخرطوم»: to a place, not to a court or a body;
        // further on right after the one who goes, past his long title
        // («يتوجه نائب رئيس الوزراء وزير الخارجية X إلى واشنطن»).
        "توجه" => ahead(14)
            .any(|k| {
                view.norm(k) == "الي"
                    && view
                        .actor_starting_at(k + 1)
                        .is_some_and(|a| a.label == NerLabel::Location)
                    && (k <= t + 8
                        || view
                            .actors_in(t + 1..k)
                            .any(|a| a.label == NerLabel::Person && a.tokens.end == k))
            })
            .then_some(trig),
        // «حمّل … المسؤولية» blames; «تحمل» alone carries. A statement
        // between commas may stand between («حمّل حزب الله، في بيان أصدره
        // ليل أمس، العدو الإسرائيلي "المسؤولية"»).
        "حمل" => ahead(16)
            .take_while(|&k| !matches!(view.norm(k), "." | "؛" | ":"))
            .any(|k| word(k).contains("مسووليه"))
            .then_some(trig),
        // «عملية عسكرية»: an operation of war, not any operation.
        _ if trig.kind == EventType::Assault && trig.stem.starts_with("عملية") => {
            ahead(2).any(|k| word(k).contains("عسكري")).then_some(trig)
        }
        // «مذكرة احتجاج» protests: a summons, told with its verb.
        _ if trig.kind == EventType::Agree && word(t + 1).contains("احتجاج") => None,
        // «مذكرتي التفاهم الموقعتين مع تركيا», «الاتفاق المبرم»: a document
        // signed before, named by what was done to it, not a signing told.
        _ if trig.kind == EventType::Agree
            && trig.frame != Frame::Verb
            && ahead(3).any(|k| {
                let w = word(k);
                ["الموقع", "المبرم"].iter().any(|p| {
                    w.strip_prefix(p)
                        .is_some_and(|rest| matches!(rest, "" | "ه" | "تين" | "تان" | "ين" | "ان"))
                })
            }) =>
        {
            None
        }
        // «جلسة حوار», «جلسة مباحثات», «جلسة عمل»: a session of talks;
        // «جلسة مجلس الأمن»: a sitting of the body (`sitting_body`).
        _ if trig.stem.starts_with("جلسة") => {
            if matches!(
                word(t + 1).as_str(),
                "حوار" | "مباحثات" | "محادثات" | "مشاورات" | "مفاوضات" | "عمل"
            ) {
                Some(trig)
            } else {
                sitting_body(view, t, end).map(|_| Trigger {
                    mode: Some("multilateral"),
                    frame: Frame::Noun,
                    ..trig
                })
            }
        }
        // «تعليق العمل بالاتفاقية», «تعليق صادراتها من الأسلحة», «تعليق
        // مساعدة بقيمة …», «التعليق الفوري لمعاهدة …»: a suspension of
        // something named; «أي تعليق رسمي», «رفض التعليق», «في تعليق له»,
        // «تعليق على …» are comments.
        _ if trig.kind == EventType::Sanction && trig.stem.starts_with("تعليق") => {
            let next = word(t + 1);
            let prev = if t > 0 {
                strip_conjunction(view.norm(t - 1))
            } else {
                ""
            };
            let comment = t + 1 >= end
                || view.is_punct(t + 1)
                || matches!(
                    next.as_str(),
                    "علي" | "عليه" | "عليها" | "عليهم" | "له" | "لها" | "لهم" | "رسمي" | "رسميا"
                        | "صحفي" | "صحافي" | "مكتوب"
                        // «تعليق تداول أسهمها», «تعليق الدراسة»: trading and
                        // school halted, no sanction.
                        | "تداول" | "التداول" | "الدراسه"
                )
                // «الحصول على تعليق فوري من الجيش»
                // (The raw norm: «فوري» would lose its ف as a conjunction.)
                || view.norm(t + 1) == "فوري" && !strip_conjunction(view.norm(t)).starts_with("ال")
                || matches!(
                    prev,
                    "اي" | "دون" | "بدون" | "رفض" | "رفضت" | "يرفض" | "ترفض" | "في" | "طلب"
                        // «قرار بشأن تعليق ترخيصها»: yet to be decided.
                        | "بشان" | "حول"
                );
            // The definite noun suspends only with its object after ل.
            let definite = strip_conjunction(view.norm(t)).starts_with("ال");
            let object_after_lam = ahead(3).any(|k| {
                let w = word(k);
                w.starts_with('ل') && !w.starts_with("ال") && w.chars().count() > 3
            });
            (!comment && (!definite || object_after_lam)).then_some(trig)
        }
        // «مناورات عسكرية مشتركة», «دوريات مشتركة»: exercises and patrols
        // of forces; not «مناورات سياسية».
        s if s.starts_with("مناورات|")
            && !ahead(3).any(|k| {
                matches!(
                    word(k).as_str(),
                    "سياسيه"
                        | "السياسيه"
                        | "انتخابيه"
                        | "الانتخابيه"
                        | "دبلوماسيه"
                        | "حزبيه"
                )
            }) =>
        {
            ahead(3)
                .any(|k| {
                    matches!(
                        word(k).as_str(),
                        "عسكريه"
                            | "العسكريه"
                            | "مشتركه"
                            | "المشتركه"
                            | "بحريه"
                            | "البحريه"
                            | "جويه"
                            | "الجويه"
                            | "بريه"
                            | "البريه"
                            | "بالذخيره"
                            | "منسقه"
                    )
                })
                .then_some(trig)
        }
        s if s.starts_with("مناورات|") => None,
        // «نظم المحتجون مسيرة احتجاجية», «خرجت مسيرات حاشدة»: a march of
        // protest; not a drone («طائرة مسيرة», «أطلقت مسيرات») nor a
        // process («مسيرة السلام»).
        _ if trig.stem.starts_with("مسيرة|") && view.norm(t).contains("مسير") => {
            is_march(view, t).then_some(trig)
        }
        // «مؤتمر صحفي» is where things are said, not a gathering of parties.
        _ if trig.stem.starts_with("مؤتمر") => (!matches!(
            word(t + 1).as_str(),
            "صحفي" | "صحافي" | "الصحفي" | "الصحافي" | "صحفيا" | "صحافيا"
        ))
        .then_some(trig),
        // A denial whose clause tells an event of its own denies that
        // event («نفى أن يكون قد التقى …», «نفى عزم مصر تعليق …»); else it
        // rejects what it denies («نفت … هذه الاتهامات», «أن يكون عناصرها
        // قد استخدموا القوة»).
        "نفى" | "نافيا|نافية" => (!denies_an_event(view, t, end)).then_some(trig),
        // «مستعدة لتقديم دعم مالي»: the act offered, told with its own
        // light verb, is the event.
        _ if trig.stem.starts_with("مستعد") => {
            let next = strip_conjunction(view.norm(t + 1));
            let light = next
                .strip_prefix('ل')
                .is_some_and(|r| lex.light_verbs.contains(r));
            (!light).then_some(trig)
        }
        // «ألغى المجلس العسكري اتفاق التعاون مع واشنطن»: cancelling a
        // treaty (after its subject, a time, a place) sanctions the other
        // side; «ألغى زيارته» does not.
        "ألغى" => ahead(16)
            .take_while(|&k| !matches!(view.norm(k), "." | "؛"))
            .any(|k| {
                matches!(
                    word(k).as_str(),
                    "اتفاق"
                        | "الاتفاق"
                        | "اتفاقيه"
                        | "الاتفاقيه"
                        | "اتفاقات"
                        | "الاتفاقات"
                        | "اتفاقيات"
                        | "الاتفاقيات"
                        | "معاهده"
                        | "المعاهده"
                )
            })
            .then_some(trig),
        // «وقف إطلاق النار بين …» entered into force; «اتفاق لوقف إطلاق
        // النار», «طالب بوقف …»: with ل or بـ it is what is strived for or
        // asked, no event.
        "وقف"
            if matches!(view.norm(t), "وقف" | "ووقف")
                && word(t + 1) == "اطلاق"
                && word(t + 2) == "النار"
                && view.norm(t + 3) == "بين" =>
        {
            Some(trig)
        }
        // «أعلنت إيران وقف جميع الرحلات الجوية إلى مطارات الإقليم»: a
        // halt a state announces sanctions.
        "وقف" => (matches!(view.norm(t), "وقف" | "ووقف")
            && decided_measure(view, t, view.sentences[view.sentence_of(t)].start))
        .then_some(Trigger {
            kind: EventType::Sanction,
            mode: None,
            cameo: "16",
            ..trig
        }),
        DECIDED_CUTS => {
            decided_measure(view, t, view.sentences[view.sentence_of(t)].start).then_some(trig)
        }
        _ => Some(trig),
    }
}

/// The word (search form, no conjunction) without the article and a
/// possessive pronoun: «حدودها» → «حدود», «الدعم» → «دعم».
fn bare_noun(word: &str) -> &str {
    let w = word.strip_prefix("ال").unwrap_or(word);
    ["هما", "هم", "ها", "ه"]
        .iter()
        .find_map(|p| w.strip_suffix(p).filter(|r| r.chars().count() >= 3))
        .unwrap_or(w)
}

/// Is the word a border, crossing, airspace, port or mission a state
/// closes to another («أغلقت الجزائر حدودها مع المغرب», «أغلقت سفارتها»)?
fn is_closed_passage(word: &str) -> bool {
    matches!(
        bare_noun(word),
        "حدود"
            | "معابر"
            | "معبر"
            | "منافذ"
            | "منفذ"
            | "مجال"
            | "اجواء"
            | "مواني"
            | "سفار"
            | "سفارت"
            | "سفارات"
            | "قنصلي"
            | "قنصليت"
            | "قنصليات"
    )
}

/// Is the word the support or aid a state gives («دعمها العسكري»,
/// «المساعدات», «إمداداتها»), whose halt sanctions the one it went to?
fn is_support_given(word: &str) -> bool {
    // (The article only first: «المساعده» ends in ه itself.)
    matches!(word.strip_prefix("ال").unwrap_or(word), "مساعده" | "معونه")
        || matches!(
            bare_noun(word),
            "دعم" | "مساعدات" | "مساعدت" | "امدادات" | "تمويل" | "معونات" | "صادرات"
        )
}

/// Does the clause of the denial at `t` tell an event of its own (other
/// than an accusation, which the denial rejects)?
fn denies_an_event(view: &DocView<'_>, t: usize, end: usize) -> bool {
    (t + 1..end.min(t + 25))
        .take_while(|&k| !is_clause_punct(view, k))
        .any(|k| {
            trigger_of(view.norm(k)).is_some_and(|x| {
                x.kind != EventType::Accuse
                    // «ما تردد عن منع مراقبين»: a cut only a state decides.
                    && x.stem != DECIDED_CUTS
                    && x.stem != "نفى"
                    && x.frame != Frame::LightNoun
                    && view.actors_in(k..k + 1).next().is_none()
            })
        })
}

/// Nouns of stopping and ending: what they govern is to stop.
const STOP_NOUNS: &str = "وقف لوقف بوقف ووقف إنهاء لإنهاء بإنهاء وإنهاء إيقاف لإيقاف بإيقاف";

/// Is the noun at `t` the genitive of a noun of stopping («وقف الضربات»,
/// «لإنهاء الحرب», «وقف جميع الهجمات»)?
fn stopped(view: &DocView<'_>, t: usize, sent_start: usize) -> bool {
    let lex = lexicons();
    let mut k = t;
    if k > sent_start && matches!(view.norm(k - 1), "جميع" | "كل" | "كافه") {
        k -= 1;
    }
    k > sent_start && lex.stop_nouns.contains(view.norm(k - 1))
}

/// The object at `from` of a stance, when the relative «الذين» (said of
/// people only) follows it: a definite noun, with ب or ل glued on or not
/// («بالحلفاء الذين», «الموظفين الذين»).
fn people_before_relative(view: &DocView<'_>, from: usize, end: usize) -> Option<Actor> {
    if from + 1 >= end || view.norm(from + 1) != "الذين" {
        return None;
    }
    let n = view.norm(from);
    let bare = n
        .strip_prefix("بال")
        .or_else(|| n.strip_prefix("لل"))
        .or_else(|| n.strip_prefix("ال"))?;
    (view.words[from].kind == akhbar_text::tokenize::TokenKind::Word
        && bare.chars().count() >= 3
        && trigger_of(n).is_none())
    .then(|| Actor::phrase(from..from + 1, None))
}

/// The doer of the thing a definite noun at `from` takes up: the same noun
/// told in one of the four sentences before (indefinite or not:
/// «أحكاما» … «بالأحكام»), and the first actor of its clause before it,
/// the subject of the verb that told it («أصدرت محكمة الجنايات، أمس،
/// أحكاما»). Nouns of events are left to the event they name.
fn doer_of_noun_told_before(view: &DocView<'_>, from: usize, sent_start: usize) -> Vec<Actor> {
    // «رحبت البعثة الأممية في ليبيا بالأحكام»: the object of a reaction
    // is marked by ب, past what completes the subject.
    let k = (from..(from + 6).min(view.words.len()))
        .take_while(|&j| !is_clause_punct(view, j))
        .find(|&j| view.norm(j).starts_with("بال"))
        .unwrap_or(from);
    fn stem(n: &str) -> Option<&str> {
        let n = strip_conjunction(n);
        let n = n
            .strip_prefix("بال")
            .or_else(|| n.strip_prefix("لل"))
            .or_else(|| n.strip_prefix("ال"))
            .unwrap_or(n);
        let n = n.strip_suffix('ا').unwrap_or(n);
        (n.chars().count() >= 4).then_some(n)
    }
    let n = view.norm(k);
    let definite = ["ال", "بال", "لل"].iter().any(|p| n.starts_with(p));
    if !definite
        || k >= view.words.len()
        || view.actors_in(k..k + 1).next().is_some()
        || trigger_of(n).is_some()
    {
        return Vec::new();
    }
    let Some(own) = stem(n) else {
        return Vec::new();
    };
    let s = view.sentence_of(k);
    let from = view.sentences[s.saturating_sub(4)].start;
    let Some(j) = (from..sent_start)
        .rev()
        .find(|&j| stem(view.norm(j)).is_some_and(|x| x == own))
    else {
        return Vec::new();
    };
    let clause = (view.sentences[view.sentence_of(j)].start..j)
        .rev()
        .find(|&c| is_clause_punct(view, c) && !matches!(view.norm(c), "،" | ","))
        .map_or(view.sentences[view.sentence_of(j)].start, |c| c + 1);
    view.actors_in(clause..j)
        .find(|a| {
            can_act(view, a)
                && !is_place_use(view, a)
                && !preceded_by_preposition(view, a.tokens.start, clause)
        })
        .map(|a| vec![Actor::from(a)])
        .unwrap_or_default()
}

/// Verbs whose object is always a party, never a topic: one accuses,
/// blames («حمّل … العدو الإسرائيلي المسؤولية»), receives, meets, summons,
/// calls on, threatens or arrests someone.
const PARTY_OBJECT_VERBS: &str = "اتهم حمل استقبل التقى هاتف استدعى طالب دعا ناشد حث هدد اعتقل جمد";

/// Does the verb trigger take a party as its object (see
/// [`PARTY_OBJECT_VERBS`])?
fn party_object(trig: Trigger) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    let verbs = SET.get_or_init(|| word_set(PARTY_OBJECT_VERBS));
    trig.frame == Frame::Verb && verbs.contains(trig.stem)
}

/// The object of a verb that takes a party, at `from` right after its
/// subject: a definite noun phrase closed by a nisba, named or not
/// («اتهمت الحكومة الألمانية، اليوم الجمعة، الاستخبارات العسكرية الروسية
/// بـ…», «استقبل الوزير الوفود الخليجية»). A parenthetical between commas
/// (a time, a place: «، اليوم الجمعة،», «، في بيان أصدره ليل أمس،») may
/// come between. Head and
/// adjectives are definite words that name no act; the nisba is the
/// first word that names a country, at most three words in.
fn nisba_object_after(view: &DocView<'_>, from: usize, end: usize) -> Option<Actor> {
    let comma = |k: usize| matches!(view.norm(k), "،" | ",");
    let mut k = from;
    // «، في بيان أصدره ليل أمس الثلاثاء،»
    if comma(k) {
        let close = (k + 1..end.min(k + 9)).find(|&j| comma(j))?;
        if view.actors_in(k + 1..close).next().is_some() {
            return None;
        }
        k = close + 1;
    }
    let definite_word = |j: usize| {
        j < end
            && view.words[j].kind == akhbar_text::tokenize::TokenKind::Word
            && view.norm(j).starts_with("ال")
            && trigger_of(view.norm(j)).is_none()
            && view.actor_starting_at(j).is_none()
    };
    if !definite_word(k) || super::nisba_country(view.kb, view.norm(k)).is_some() {
        return None;
    }
    let last = (k + 1..k + 4)
        .take_while(|&j| definite_word(j))
        .find(|&j| super::nisba_country(view.kb, view.norm(j)).is_some())?;
    // «الرئيس التركي رجب طيب أردوغان»: a title and its nisba introduce
    // the person named after them, past a second title or an honorific
    // («العاهل الأردني الملك عبدالله الثاني»).
    let person_at = |j: usize| {
        view.actor_starting_at(j)
            .is_some_and(|a| a.label == NerLabel::Person)
    };
    let titled = |j: usize| {
        j < end
            && (super::is_title_at(view, j)
                || super::is_definite_title_at(view, j)
                || view.kb.role_by_name(view.words[j].text).is_some()
                || super::quotes::is_honorific_word(strip_conjunction(view.norm(j))))
    };
    if person_at(last + 1) || titled(last + 1) && person_at(last + 2) {
        return None;
    }
    Some(Actor {
        country: super::nisba_country(view.kb, view.norm(last)).map(str::to_string),
        // «الأراضي الهندية», «الأجواء السورية»: the state's own territory
        // is the state; so are its assets («الأرصدة الإيرانية»).
        state: last == k + 1 && (is_territory_word(view.norm(k)) || is_holding_word(view.norm(k))),
        ..Actor::phrase(k..last + 1, None)
    })
}

/// Is the (definite) noun a state's territory («الأراضي», «الأجواء»,
/// «المياه»)?
fn is_territory_word(norm: &str) -> bool {
    matches!(
        strip_conjunction(norm),
        "الاراضي" | "الاجواء" | "المياه" | "الحدود" | "السواحل" | "الاقاليم"
    )
}

/// Is the (definite) noun what a state holds abroad («الأرصدة»,
/// «الأصول»): frozen, it stands for the state.
fn is_holding_word(norm: &str) -> bool {
    matches!(
        strip_conjunction(norm),
        "الارصده" | "الاصول" | "الاموال" | "الممتلكات"
    )
}

/// Is `norm` an event verb («وهدد», «استقبل»)?
pub(crate) fn is_event_verb(norm: &str) -> bool {
    trigger_of(norm).is_some_and(|x| x.frame == Frame::Verb)
}

/// Is the word a noun of an attack or an arrest («الاقتحام», «الهجوم»)?
/// It ends the name of a body before it («وأدانت وزارة الخارجية
/// الاقتحام»).
pub(crate) fn is_act_noun(norm: &str) -> bool {
    trigger_of(norm).is_some_and(|x| {
        matches!(x.frame, Frame::Noun | Frame::LightNoun)
            && matches!(x.kind, EventType::Assault | EventType::Coerce)
    })
}

/// Is the word a noun trigger of any kind, with its proclitics
/// («بالاتفاق», «للاعتداء»)?
pub(crate) fn is_event_noun(norm: &str) -> bool {
    trigger_of(norm).is_some_and(|x| matches!(x.frame, Frame::Noun | Frame::LightNoun))
}

/// Is the word (search form) a weapon fired or an aircraft («الصواريخ»,
/// «قذائف», «مسيرات»)?
pub(crate) fn is_weapon_word(norm: &str) -> bool {
    let w = strip_conjunction(norm);
    let weapons = &lexicons().weapons;
    weapons.contains(w) || weapons.contains(strip_article(w)) || is_aircraft(w)
}

/// Is the word a count: a number in words («ثلاثة») or a crowd's count
/// («عشرات»)?
pub(crate) fn is_number_word(norm: &str) -> bool {
    lexicons().number_words.contains(norm) || super::is_count_word(norm)
}

/// Is the trigger a verb or participle of denial («نفى», «نافيا», «نفته»)?
fn is_denial(trig: Trigger) -> bool {
    matches!(trig.stem, "نفى" | "نافيا|نافية") || trig.stem.starts_with("نفته")
}

/// The author named right after a noun of words said against someone
/// («اتهامات», «مزاعم», «تصريحات») the rejection at `t` takes as its
/// object, within its clause: «نفت الخارجية التركية اتهامات بغداد» →
/// «بغداد».
fn accusation_author(view: &DocView<'_>, t: usize, end: usize) -> Option<Actor> {
    let lex = lexicons();
    (t + 1..end.min(t + 10))
        .take_while(|&k| !is_clause_punct(view, k))
        .find(|&k| {
            let w = strip_conjunction(view.norm(k));
            lex.words_nouns.contains(w.strip_prefix("ال").unwrap_or(w))
        })
        .and_then(|k| view.actor_starting_at(k + 1))
        .filter(|a| can_act(view, a))
        .map(Actor::from)
}

/// «رفض المواطنون قرار مجلس الجامعة … كما دعا القرار الدول العربية
/// إلى …»: where a decision or a statement is the subject right after
/// the verb at `t`, the body named right after the same noun earlier in
/// the sentence or the three before («قرار مجلس الجامعة», «لقرار
/// المجلس»), nearest first.
fn issuer_of_decision(view: &DocView<'_>, t: usize, sentence: usize) -> Option<Actor> {
    let noun = view.norm(t + 1).strip_prefix("ال")?;
    if !matches!(noun, "قرار" | "بيان" | "اعلان" | "بلاغ" | "تقرير")
        || view.sentences[sentence].end <= t + 2
    {
        return None;
    }
    let from = view.sentences[sentence.saturating_sub(3)].start;
    (from..t).rev().find_map(|k| {
        let w = strip_conjunction(view.norm(k));
        let bare = w
            .strip_prefix(['ل', 'ب'])
            .filter(|r| r.chars().count() >= 3);
        (w == noun || bare == Some(noun))
            .then(|| view.actor_starting_at(k + 1))
            .flatten()
            .filter(|a| can_act(view, a))
            .map(Actor::from)
    })
}

/// «رفضت الخارجية التركية ما ورد في البيان»: what a statement said,
/// at `k` right after the rejection and its subject, is its issuers': the
/// source of the last event told, in the four sentences before
/// `sentence`, in a sentence that names a statement.
fn statement_issuers(
    view: &DocView<'_>,
    k: usize,
    end: usize,
    sentence: usize,
    earlier: &[Event],
) -> Option<Vec<Actor>> {
    let said = k + 3 < end
        && view.norm(k) == "ما"
        && matches!(view.norm(k + 1), "ورد" | "جاء")
        && view.norm(k + 2) == "في"
        && matches!(
            view.norm(k + 3),
            "البيان" | "الاعلان" | "البلاغ" | "التقرير" | "الوثيقه"
        );
    if !said {
        return None;
    }
    let names_statement = |s: usize| {
        view.sentences[s].clone().any(|k| {
            let n = strip_conjunction(view.norm(k));
            n.ends_with("بيان") || n.ends_with("اعلان") || n.ends_with("بلاغ")
        })
    };
    earlier
        .iter()
        .rev()
        .take_while(|e| e.sentence + 4 >= sentence)
        .find(|e| e.sentence < sentence && !e.source.is_empty() && names_statement(e.sentence))
        .map(|e| e.source.clone())
}

/// Does the denial at `t` deny an accusation: «هذه الاتهامات» in its
/// clause, or a relative «ما» before it pointing back («وهو ما نفته»)?
fn denies_accusation(view: &DocView<'_>, t: usize, end: usize) -> bool {
    t > 0 && view.norm(t - 1) == "ما"
        || (t + 1..end.min(t + 12))
            .take_while(|&k| !is_clause_punct(view, k))
            .any(|k| trigger_of(view.norm(k)).is_some_and(|x| x.kind == EventType::Accuse))
}

/// Does the denial at `t` deny any part in something («نفى أي تورط»,
/// «تنفي أي علاقة لها بالهجوم»): «أي» and a noun that names no event, in
/// its clause, past the subject?
fn denies_involvement(view: &DocView<'_>, t: usize, end: usize) -> bool {
    (t + 1..end.min(t + 8))
        .take_while(|&k| !is_clause_punct(view, k))
        .any(|k| {
            view.norm(k) == "اي"
                && k + 1 < end
                && view.actor_starting_at(k + 1).is_none()
                && trigger_of(view.norm(k + 1)).is_none()
        })
}

/// Speech verbs that open a new clause after و: an object search stops
/// there («توعدت الوزارة بالرد، وقالت المتحدثة باسمها …»).
const SPEECH_CLAUSES: &str = "قال قالت أضاف أضافت أكد أكدت أوضح أوضحت أشار أشارت تابع تابعت \
    صرح صرحت";

/// Verbs of what a text provides for: «ينص على», «يقضي بـ», «يتضمن».
const CONTENT_VERBS: &str = "ينص تنص نص نصت ينصان يقضي تقضي قضى قضت يتضمن تتضمن تضمن تضمنت";

/// Is the noun at `t` what a text provides for: after «ينص … على» or
/// «يقضي بـ» earlier in its sentence, with على right before it or ب on it?
fn provided_for(view: &DocView<'_>, t: usize, sent_start: usize) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    let verbs = SET.get_or_init(|| word_set(CONTENT_VERBS));
    let governed = t > sent_start && view.norm(t - 1) == "علي"
        || view.words[t].text.starts_with('ب')
        || has_word(verbs, view.norm(t.saturating_sub(1).max(sent_start)));
    governed
        // The text may be described at length before what it provides.
        && (sent_start.max(t.saturating_sub(18))..t)
            .any(|k| has_word(verbs, view.norm(k)))
}

/// The aid mode of an adjective that makes support material: «مالي»,
/// «ماليا», «العسكري», «الإنساني».
fn material_support(norm: &str) -> Option<&'static str> {
    let w = norm.strip_prefix("ال").unwrap_or(norm);
    let w = w
        .strip_suffix('ا')
        .or_else(|| w.strip_suffix('ه'))
        .unwrap_or(w);
    match w {
        "مالي" | "اقتصادي" | "مادي" => Some("economic"),
        "عسكري" | "لوجستي" => Some("military"),
        "انساني" | "اغاثي" => Some("humanitarian"),
        _ => None,
    }
}

/// Is the noun at `t` definite or after a demonstrative («المحادثات»,
/// «هذه المحادثات»), so that it can point back to an event told before?
fn is_definite(view: &DocView<'_>, t: usize) -> bool {
    let n = strip_conjunction(view.norm(t));
    n.starts_with("ال")
        || n.starts_with("بال")
        || n.starts_with("لل")
        || has_pronoun_suffix(view, t)
        || t > 0
            && matches!(
                view.norm(t - 1),
                "هذه" | "هذا" | "تلك" | "ذلك" | "هذين" | "هاتين"
            )
}

/// Does the word at `t` end with a pronoun («لقائه», «زيارتها»)? Read on
/// the written word: the search form spells ة as ه («العملية» →
/// «العمليه»).
fn has_pronoun_suffix(view: &DocView<'_>, t: usize) -> bool {
    let w = written_without_final_marks(view, t);
    ["ه", "ها", "هما", "هم"].iter().any(|p| w.ends_with(p)) && !w.ends_with("اه")
}

/// The word at `t` as written, without the vowel marks at its end
/// («اتصالاً» → «اتصالا»); empty past the end.
fn written_without_final_marks<'v>(view: &DocView<'v>, t: usize) -> &'v str {
    view.words
        .get(t)
        .map_or("", |w| w.text)
        .trim_end_matches(|c: char| ('\u{064B}'..='\u{0652}').contains(&c))
}

/// Are the tokens `from..to` a run of title words (no punctuation but
/// quote marks, no preposition, no other trigger) that may stand between
/// a verb and its subject («التقى نائب رئيس الوزراء وزير الخارجية أيمن
/// الصفدي»)?
fn title_run(view: &DocView<'_>, from: usize, to: usize) -> bool {
    let lex = lexicons();
    // Quote marks only around the body of a title, both inside the run.
    let marks = (from..to)
        .filter(|&k| super::quotes::quote_mark(view, k).is_some())
        .count();
    let quoted_body = marks > 0
        && marks % 2 == 0
        && (super::is_title_at(view, from) || super::is_definite_title_at(view, from));
    to <= from + ACTOR_WINDOW
        && (marks == 0 || quoted_body)
        && (from..to).all(|k| {
            let n = view.norm(k);
            // («الأمين العام لحركة "حماس" خالد مشعل»: a body named in
            // quote marks inside the title.)
            (!view.is_punct(k) || super::quotes::quote_mark(view, k).is_some())
                && n != "في"
                && (!lex.object_prepositions.contains(n)
                    // («لـ"حزب الله"»: ل of the title's body, apart.)
                    || n == "ل" && super::quotes::quote_mark(view, k + 1).is_some())
                && lex.triggers.get(n).is_none()
        })
}

/// The trigger a word is: itself, without و/ف, or a noun with the
/// prepositions ب/ل («بزيارة», «للقمة»).
fn trigger_of(norm: &str) -> Option<Trigger> {
    let lex = lexicons();
    if let Some(t) = lex.triggers.get(norm) {
        return Some(t);
    }
    let rest = strip_conjunction(norm);
    // «استشهد ثلاثة شبان برصاص قوات الاحتلال»: fire that killed or
    // wounded (see `shot_by`).
    if matches!(rest, "برصاص" | "بنيران") {
        return Some(Trigger {
            kind: EventType::Assault,
            mode: Some("firearms"),
            cameo: "18",
            frame: Frame::Noun,
            reversed: false,
            stem: SHOT_BY,
        });
    }
    // «بطلب من X», «تقدمت X بطلب الانضمام»: the noun of the verb «طلب»
    // (see `asked_by`).
    if rest == "بطلب" {
        return lex.triggers.exact("طلب").map(|t| Trigger {
            frame: Frame::Noun,
            ..t
        });
    }
    let noun = |t: Trigger| (t.frame != Frame::Verb && t.frame != Frame::Participle).then_some(t);
    if let Some(r) = rest.strip_prefix("لل") {
        return lex.triggers.exact(&format!("ال{r}")).and_then(noun);
    }
    let r = rest.strip_prefix('ب').or_else(|| rest.strip_prefix('ل'))?;
    if r.chars().count() < 3 {
        return None;
    }
    lex.triggers.exact(r).and_then(noun)
}

/// «قررت الجزائر التعليق الفوري لمعاهدة …»: a definite noun at `t`,
/// maybe with an adjective, then its object with ل, decided or announced
/// by the subject of the clause (a word of decision within eight tokens:
/// a time between commas may stand between).
fn decided_with_lam_object(view: &DocView<'_>, t: usize, sent_start: usize) -> bool {
    let lam = |k: usize| {
        k < view.words.len() && {
            let w = view.norm(k);
            w.starts_with('ل') && !w.starts_with("ال") && w.chars().count() > 3
        }
    };
    let object = lam(t + 1)
        || (t + 1 < view.words.len() && view.norm(t + 1).starts_with("ال") && lam(t + 2));
    object
        && (sent_start.max(t.saturating_sub(8))..t)
            .any(|k| has_word(&lexicons().decision_words, view.norm(k)))
}

/// Heads of an unnamed group of people sanctioned or charged: broken
/// plurals and plurals in construct («قادة الانقلاب», «معرقلي تنفيذ …»).
const PEOPLE_HEADS: &str = "قادة زعماء مسؤولي أعضاء عناصر أفراد كبار ضباط مرتكبي منتهكي معرقلي \
    مسؤولين المسؤولين المتورطين المسؤولون المتورطون";

/// The unnamed people after «على» of sanctions at `t`: «عقوبات على قادة
/// الانقلاب», «على معرقلي تنفيذ الاتفاق», «على المسؤولين عن الهجوم». The
/// head, then up to three words of its genitive (the last definite), then
/// «عن/في» and a definite noun.
fn sanctioned_people(view: &DocView<'_>, t: usize, end: usize) -> Option<Actor> {
    static HEADS: OnceLock<WordSet> = OnceLock::new();
    let heads = HEADS.get_or_init(|| word_set(PEOPLE_HEADS));
    let on = (t + 1..end.min(t + 6))
        .take_while(|&k| !is_clause_punct(view, k))
        .find(|&k| view.norm(k) == "علي")?;
    let h = on + 1;
    // A name there is the target itself; an unnamed group («المسؤولين»)
    // is taken with what qualifies it.
    let named = view
        .actor_starting_at(h)
        .is_some_and(|m| m.named || m.cluster.is_some());
    // «عقوبات على شركات إيرانية», «على كيانات روسية»: bodies or people of
    // a state, by their nisba.
    if h + 1 < end
        && !named
        && !view.norm(h).starts_with("ال")
        && view.words[h].kind == akhbar_text::tokenize::TokenKind::Word
        && trigger_of(view.norm(h)).is_none()
    {
        if let Some(a) = nisba_phrase(view, h) {
            return Some(a);
        }
    }
    if h >= end || named || !heads.contains(view.norm(h)) {
        return None;
    }
    let word = |k: usize| {
        k < end
            && view.words[k].kind == akhbar_text::tokenize::TokenKind::Word
            && trigger_of(view.norm(k)).is_none()
    };
    let mut e = h + 1;
    if !view.norm(h).starts_with("ال") {
        // The genitive of a construct: up to its first definite word.
        let last = (h + 1..end.min(h + 4))
            .take_while(|&k| word(k) || view.norm(k).starts_with("ال") && k < end)
            .find(|&k| view.norm(k).starts_with("ال"))?;
        e = last + 1;
    }
    if e + 1 < end && matches!(view.norm(e), "عن" | "في") && view.norm(e + 1).starts_with("ال")
    {
        e += 2;
    }
    // «قادة في قوات الدعم السريع»: a name it ends in, whole, and the
    // definite adjectives after it.
    if let Some(name_end) = view.actors_in(e - 1..e).map(|a| a.tokens.end).max() {
        e = e.max(name_end.min(end));
    }
    while e < end && e < h + 7 && word(e) && view.norm(e).starts_with("ال") {
        e += 1;
    }
    Some(Actor::phrase(h..e, None))
}

/// The international body whose sitting the noun at `t` is: its genitive
/// («جلسة مجلس الأمن الدولي»), else the nearest body named before it in
/// its sentence («يعقد مجلس الأمن جلسة», «دعا مجلس الأمن، في ختام جلسة»).
/// None for talks, a court or a parliament («جلسة مباحثات», «جلسة
/// المحاكمة»).
fn sitting_body(view: &DocView<'_>, t: usize, end: usize) -> Option<Actor> {
    if t + 1 < end
        && matches!(
            strip_conjunction(view.norm(t + 1)),
            "مباحثات"
                | "محادثات"
                | "مشاورات"
                | "مفاوضات"
                | "حوار"
                | "عمل"
                | "المحاكمه"
                | "محاكمه"
                | "استماع"
                | "الاستماع"
                | "النطق"
                | "علاج"
        )
    {
        return None;
    }
    // «طالبت مجلس الأمن بعقد جلسة»: asked for, not held.
    if t > 0 && matches!(strip_conjunction(view.norm(t - 1)), "بعقد" | "لعقد")
        || t > 1 && view.norm(t - 1) == "عقد" && view.norm(t - 2) == "الي"
    {
        return None;
    }
    // Not a body in a title («المبعوث الخاص للأمين العام للأمم المتحدة»).
    let international = |a: &ActorRef| {
        !view.words[a.tokens.start].text.starts_with('ل')
            && a.cluster
                .and_then(|c| super::sector_of(view.resolution, view.kb, c))
                == Some("IGO")
    };
    if let Some(a) = view.actor_starting_at(t + 1).filter(|a| international(a)) {
        return Some(Actor::from(a));
    }
    // Within its clause: not past «بينما», «فيما» or a relative pronoun
    // («المحكمة التي يدعمها الاتحاد الأفريقي، بينما قاطع محاموه الجلسة»).
    let sent_start = view.sentences[view.sentence_of(t)].start;
    let lex = lexicons();
    let from = (sent_start.max(t.saturating_sub(10))..t)
        .rev()
        .find(|&k| opens_new_clause(view.norm(k)) || lex.relatives.contains(view.norm(k)))
        .map_or(sent_start.max(t.saturating_sub(10)), |k| k + 1);
    view.actors_in(from..t)
        .filter(|a| a.tokens.end <= t && international(a))
        .last()
        .map(Actor::from)
}

/// The other party of a treaty a noun at `t` acts on: «لمعاهدة الصداقة
/// التي أبرمتها مع المملكة الإسبانية», «اتفاقية التعاون مع تركيا» (the
/// treaty within three words, its party after «مع» within twenty).
fn treaty_party(view: &DocView<'_>, t: usize, end: usize, earlier: &[Event]) -> Option<Vec<Actor>> {
    let treaty = (t + 1..end.min(t + 4)).find(|&k| {
        trigger_of(view.norm(k))
            .is_some_and(|x| x.kind == EventType::Agree && x.frame != Frame::Verb)
    })?;
    let with = (treaty + 1..end.min(treaty + 20))
        .take_while(|&k| !matches!(view.norm(k), "." | "؛" | ":"))
        .find(|&k| view.norm(k) == "مع")?;
    let party = first_actors_after(view, with + 1, end.min(with + 1 + ACTOR_WINDOW), earlier);
    (!party.is_empty()).then_some(party)
}

/// The sides of a document signed by `signers` («وقعته روسيا
/// وأوكرانيا»): the parties after «مع» right after them, else the first
/// signer and the others.
fn signers_with_party(
    view: &DocView<'_>,
    mut signers: Vec<Actor>,
    end: usize,
    earlier: &[Event],
) -> (Vec<Actor>, Vec<Actor>) {
    let Some(last) = signers.last().map(|a| a.tokens.end) else {
        return (signers, Vec::new());
    };
    let with = (last..end.min(last + 6))
        .take_while(|&k| !is_clause_punct(view, k))
        .find(|&k| view.norm(k) == "مع");
    let party = with
        .map(|w| first_actors_after(view, w + 1, end.min(w + 1 + ACTOR_WINDOW), earlier))
        .unwrap_or_default();
    if party.is_empty() && signers.len() >= 2 {
        let others = signers.split_off(1);
        return (signers, others);
    }
    (signers, party)
}

/// The sides of a document signed «بين A وB» (A, then the others), within
/// ten words of the trigger and its clause: «توقيع عقد امتياز بين الهيئة
/// ومجموعة الموانئ», «اتفاق السلام بين الحكومة والحركة». «بين الجانبين»
/// are the sides of the meeting just told (one sentence back at most).
/// `past_words`: look past other event words and quote marks to the
/// clause's end («توقيع الإعلان المشترك لرفع العلاقات بين …»).
fn signed_between(
    view: &DocView<'_>,
    t: usize,
    sent: Range<usize>,
    earlier: &[Event],
    past_words: bool,
) -> Option<(Vec<Actor>, Vec<Actor>)> {
    let lex = lexicons();
    let end = sent.end.min(t + if past_words { 12 } else { 11 });
    // Within the noun phrase: no punctuation (a comma, a quote mark), no
    // other event word, no relative clause on the way.
    let b = (t + 1..end)
        .take_while(|&k| {
            if past_words {
                return !is_clause_punct(view, k);
            }
            !view.is_punct(k)
                && trigger_of(view.norm(k)).is_none()
                && !lex.relatives.contains(view.norm(k))
        })
        .find(|&k| view.norm(k) == "بين")?;
    if b + 1 < sent.end && lex.duals.contains(view.norm(b + 1)) {
        // «بين الجانبين» after a meeting: its sides; after a mediation
        // the sides are told elsewhere (`mediation`).
        let sentence = view.sentence_of(t);
        let meeting = earlier.iter().rev().find(|e| {
            e.sentence + 1 >= sentence
                && e.kind == EventType::Consult
                && matches!(e.mode, Some("host" | "meet"))
                && !e.source.is_empty()
                && !e.target.is_empty()
        })?;
        // Two sides of one country are no two parties («رئيسة كوريا»).
        let home = country_of(view, &meeting.source[0]);
        let one_country = home.is_some()
            && meeting
                .source
                .iter()
                .chain(&meeting.target)
                .all(|a| country_of(view, a) == home);
        return (!one_country).then(|| (meeting.source.clone(), meeting.target.clone()));
    }
    let mut sides =
        first_actors_after(view, b + 1, sent.end.min(b + 1 + ACTOR_WINDOW), earlier).into_iter();
    let first = sides.next()?;
    let rest: Vec<Actor> = sides.collect();
    (!rest.is_empty()).then(|| (vec![first], rest))
}

/// Is the trigger a recall of one's own envoy («استدعت سفيرها», «أعلنت
/// استدعاء سفيرها»)?
fn recalls_envoy(kind: EventType, trig: Trigger) -> bool {
    kind == EventType::Sanction && (trig.stem == "استدعى" || trig.stem.starts_with("استدعاء|"))
}

/// Is the light word at `v` a masdar of purpose («لإجراء محادثات», «لعقد
/// اجتماع»): talks the subject goes to hold?
fn is_purpose_light(view: &DocView<'_>, v: usize) -> bool {
    matches!(strip_conjunction(view.norm(v)), "لاجراء" | "لعقد")
}

/// Is the word at `k` a dual standing for both sides («الطرفين», «وفدي»)?
/// Not after «أحد» («أحد طرفي النزاع»: one of them, unknown).
fn is_dual_stand_in(view: &DocView<'_>, k: usize) -> bool {
    has_word(&lexicons().duals, view.norm(k))
        && !(k > 0 && matches!(view.norm(k - 1), "احد" | "اي" | "لاحد"))
        // («حل الدولتين» is a settlement, no two sides.)
        && !(k > 0 && matches!(strip_conjunction(view.norm(k - 1)), "حل" | "لحل" | "بحل"))
        // («أعرب عن امتنانه لقيادتي البلدين»: thanks, a dual construct
        // with ل, name no side.)
        && !(k > 0 && {
            let w = view.norm(k - 1);
            w.starts_with('ل') && w.ends_with("تي") && w.chars().count() >= 6
        })
}

/// Is the verb in the plural («دعوا», «يطالبون»), its subject a pronoun?
fn is_plural_verb(norm: &str, stem: &str) -> bool {
    let w = strip_conjunction(norm);
    w.ends_with("وا") && !stem.ends_with("وا")
        || w.starts_with(['ي', 'ت']) && w.ends_with("ون") && w.chars().count() >= 5
}

/// Is the actor at `k` the owner of aircraft named right before it
/// («طائرات التحالف الدولي», «مقاتلات الجيش الإسرائيلي»)? The owner
/// acts, and the verb agrees with the aircraft.
fn owned_aircraft(view: &DocView<'_>, k: usize) -> bool {
    k > 0 && super::is_aircraft_word(strip_conjunction(view.norm(k - 1)))
}

/// Does a feminine past verb («وطالبت») stand before a body whose head
/// noun is masculine («مجلس الأمن», «الجيش»), so it is no subject?
fn gender_clash(view: &DocView<'_>, t: usize, stem: &str, a: &Actor) -> bool {
    let w = strip_conjunction(view.norm(t));
    let feminine = w.ends_with('ت') && !stem.ends_with('ت') && !w.ends_with("ات");
    let organization = match a.cluster {
        Some(c) => view
            .resolution
            .clusters
            .get(c)
            .is_some_and(|c| c.label == Some(NerLabel::Organization)),
        None => true,
    };
    if !feminine || !organization || owned_aircraft(view, a.tokens.start) {
        return false;
    }
    // «وفد» starts with و: the word itself, then without a conjunction.
    whole_or_bare(view.norm(a.tokens.start), |w| {
        matches!(
            w.strip_prefix("ال").unwrap_or(w),
            "مجلس"
                | "جيش"
                | "حزب"
                | "اتحاد"
                | "برلمان"
                | "صندوق"
                | "بنك"
                | "مصرف"
                | "تحالف"
                | "ائتلاف"
                | "نظام"
                | "وفد"
                | "امن"
                | "كونغرس"
        )
    })
}

/// Does the dual at `k` name two people («الرئيسان», «قائدا البلدين»)?
fn people_dual(view: &DocView<'_>, k: usize) -> bool {
    let lex = lexicons();
    has_word(&lex.people_duals, view.norm(k))
        || k > 0 && has_word(&lex.people_duals, view.norm(k - 1))
}

/// Is the call noun at `t` made to a news outlet: «اتصال (هاتفي) مع
/// وكالة …», «اتصالا بصحيفة …», «مكالمة مع رويترز»?
fn is_call_to_media(view: &DocView<'_>, t: usize, end: usize) -> bool {
    let call = strip_conjunction(view.norm(t));
    let call = call.strip_prefix(['ب', 'ل', 'ف']).unwrap_or(call);
    if !(call.starts_with("اتصال") || call.starts_with("مكالم")) {
        return false;
    }
    let mut k = t + 1;
    if k < end && view.norm(k).starts_with("هاتفي") {
        k += 1;
    }
    if k < end && view.norm(k) == "مع" {
        k += 1;
    }
    if k >= end {
        return false;
    }
    let word = view.norm(k);
    let bare = word.strip_prefix(['ب', 'ل']).unwrap_or(word);
    let outlet = |w: &str| {
        let w = w.strip_prefix("ال").unwrap_or(w);
        matches!(
            w,
            "وكاله"
                | "صحيفه"
                | "قناه"
                | "اذاعه"
                | "تلفزيون"
                | "مراسل"
                | "موقع"
                | "جريده"
                | "مجله"
        )
    };
    outlet(word)
        || outlet(bare)
        || view
            .actor_starting_at(k)
            .is_some_and(|a| is_media(view, a.cluster))
}

/// Is the noun a dual («اتصالين», «مكالمتين»), each one a separate event?
fn is_dual_noun(norm: &str) -> bool {
    let n = strip_conjunction(norm);
    (n.ends_with("ين") || n.ends_with("ان"))
        && n.strip_suffix("ين")
            .or_else(|| n.strip_suffix("ان"))
            .is_some_and(|b| {
                let lex = lexicons();
                lex.triggers.exact(b).is_some() || lex.triggers.exact(&format!("{b}ه")).is_some()
            })
}

/// Is the verb dual («اتفقا», «اتفقتا», «يلتقيان», «سيوقعان»)?
fn is_dual_verb(norm: &str) -> bool {
    let lex = lexicons();
    let n = strip_conjunction(norm);
    let base = |suffix: &str| {
        n.strip_suffix(suffix)
            .is_some_and(|b| b.chars().count() >= 3 && lex.triggers.exact(b).is_some())
    };
    base("تا") || base("ا") && !n.ends_with("وا") || (n.starts_with(['ي', 'ت', 'س']) && base("ان"))
}

/// Is `t` at the start of a clause (the sentence start, after و or a comma)?
fn starts_clause(view: &DocView<'_>, t: usize, sent_start: usize) -> bool {
    t == sent_start || (t > sent_start && view.is_punct(t - 1))
}

/// Can this mention act? People, organizations, and countries or places
/// (a capital standing for its government).
fn is_actor(m: &ActorRef) -> bool {
    matches!(
        m.label,
        NerLabel::Person | NerLabel::Organization | NerLabel::Location
    )
}

/// Can this mention act in an event? Not a news agency or outlet: «(بترا)»
/// in a dateline, «قال مصدر لرويترز» report events, they do not take part.
fn can_act(view: &DocView<'_>, m: &ActorRef) -> bool {
    is_actor(m) && !is_media(view, m.cluster) && !is_press_audience(view, m)
}

/// Is the mention the press spoken to («أمام الصحفيين», «للصحفيين», «إلى
/// الإعلاميين»)? An audience, not a side («ونفذ عشرات الصحفيين وقفة» acts).
fn is_press_audience(view: &DocView<'_>, m: &ActorRef) -> bool {
    let at = m.tokens.start;
    let w = strip_conjunction(view.norm(at));
    let (spoken_to, head) = match w.strip_prefix("لل") {
        Some(r) => (true, r),
        None => (
            at > 0 && matches!(view.norm(at - 1), "امام" | "الي" | "مع"),
            w.strip_prefix("ال").unwrap_or(w),
        ),
    };
    spoken_to
        && matches!(
            head,
            "صحفيين" | "صحافيين" | "اعلاميين" | "مراسلين" | "صحفيون" | "صحافيون"
        )
}

/// Is the entity a news agency, newspaper or channel?
fn is_media(view: &DocView<'_>, cluster: Option<usize>) -> bool {
    super::is_media_cluster(view.resolution, view.kb, cluster)
}

/// Is a location mention, or a body named by a building after «في» («في قصر
/// الاتحادية»), a place (where) rather than an actor (who)?
fn is_place_use(view: &DocView<'_>, m: &ActorRef) -> bool {
    // «بقصر قرطاج», «في مقر رئاسة الجمهورية»: a building or a town.
    if m.tokens.start > 1 {
        let head = view.norm(m.tokens.start - 1);
        let lex = lexicons();
        if lex.place_heads.contains(head)
            && (head.starts_with('ب') || view.norm(m.tokens.start - 2) == "في")
        {
            return true;
        }
    }
    let first = view.norm(m.tokens.start);
    let before = if m.tokens.start > 0 {
        view.norm(m.tokens.start - 1)
    } else {
        ""
    };
    // «في قصر الاتحادية» tagged as a body: still the building; so is a
    // seat that names its government («في البيت الأبيض», «في الكرملين»).
    if matches!(before, "في" | "وفي")
        && (lexicons().place_heads.contains(first) || is_seat_of_government(view, m))
    {
        return true;
    }
    if m.label != NerLabel::Location {
        return false;
    }
    // «وفي يريفان، تظاهر …»
    before == "في"
        || before == "وفي"
        || lexicons().place_heads.contains(before)
        || is_document_name(view, m.tokens.start)
        || first.starts_with("ب")
            && !first.starts_with("بر")
            && view.words[m.tokens.start].text.starts_with('ب')
            && is_known_place(view, m)
            && !is_word_of_name(view, m)
}

/// Is the mention a building that stands for the government seated in it
/// («البيت الأبيض», «الكرملين», «البنتاغون», «الإليزيه»)?
fn is_seat_of_government(view: &DocView<'_>, m: &ActorRef) -> bool {
    let at = |i: usize| view.norm(m.tokens.start + i);
    match m.tokens.len() {
        1 => matches!(at(0), "الكرملين" | "البنتاغون" | "البنتاجون" | "الاليزيه"),
        2 => matches!(
            (at(0), at(1)),
            ("البيت", "الابيض") | ("قصر", "الاليزيه") | ("قصر", "الكرملين") | ("داونينغ", "ستريت")
        ),
        _ => false,
    }
}

/// Is the place at `at` part of the name of a document, process or
/// gathering: «مسار أستانا», «منتدى دافوس», or a head noun between quote
/// marks («إعلان الجزائر»)? Without the marks «بإعلان السعودية» is the
/// announcement Saudi Arabia made.
fn is_document_name(view: &DocView<'_>, at: usize) -> bool {
    if at < 1 {
        return false;
    }
    let head = view.norm(at - 1);
    if !lexicons().document_heads.contains(head) {
        return false;
    }
    let always = matches!(
        strip_conjunction(head),
        "مسار" | "بمسار" | "منتدي" | "بمنتدي" | "ميثاق" | "بميثاق"
    );
    always
        || at >= 2
            && view.is_punct(at - 2)
            && matches!(view.words[at - 2].text, "«" | "\"" | "“" | "„" | "‹")
}

fn is_known_place(view: &DocView<'_>, m: &ActorRef) -> bool {
    m.cluster
        .and_then(|c| view.resolution.clusters.get(c))
        .and_then(|c| c.entry)
        .and_then(|e| view.kb.entries.get(e))
        .is_some_and(|e| matches!(e.kind, EntryKind::Place | EntryKind::Country))
}

/// The first actor after `from` (before `until`), and those coordinated
/// with it.
fn first_actors_after(
    view: &DocView<'_>,
    from: usize,
    until: usize,
    earlier: &[Event],
) -> Vec<Actor> {
    let lex = lexicons();
    let mut out = Vec::new();
    let mut k = from;
    // A dual stand-in first: «التقى الرئيسان».
    while k < until {
        // («المسؤولين الأردنيين» with its nisba is a group, no dual.)
        if is_dual_stand_in(view, k)
            && view
                .actor_starting_at(k)
                .is_none_or(|a| a.tokens.len() <= 1)
        {
            if let Some(sides) = dual_sides(view, earlier, k) {
                // («حقوق البلدين», «وفدي البلدين»: a genitive is no side.)
                return if view.norm(k) == "البلدان" {
                    sides_as_states(view, sides, k)
                } else {
                    sides
                };
            }
        }
        // «، خلال لقائه X في موسكو،»: a circumstance names no actor of
        // the verb.
        if let Some(e) = circumstance_end(view, k, until) {
            k = e;
            continue;
        }
        // «وبحث سموه مع الضيف»: the guest is the one received just before.
        if matches!(
            strip_conjunction(view.norm(k)),
            "الضيف" | "بالضيف" | "ضيفه" | "ضيفها"
        ) {
            if let Some(host) = earlier
                .iter()
                .rev()
                .find(|e| e.kind == EventType::Consult && e.mode == Some("host"))
            {
                return host.target.clone();
            }
        }
        if let Some(m) = view.actor_starting_at(k) {
            // «طائرات التحالف الدولي»: the owner of the aircraft acts.
            if m.tokens.len() == 1
                && super::is_aircraft_word(strip_conjunction(view.norm(k)))
                && view
                    .actor_starting_at(m.tokens.end)
                    .is_some_and(|o| o.named && o.tokens.end <= until)
            {
                k = m.tokens.end;
                continue;
            }
            if can_act(view, m) && !is_place_use(view, m) && !class_before_names(view, m) {
                // «مع الأمين العام للأمم المتحدة أنطونيو غوتيريش»: the body
                // after ل belongs to the title; the person is the actor.
                if let Some(p) = person_after_title_body(view, m) {
                    k = p;
                    continue;
                }
                // «وفد من الاتحاد الإسباني», «وفد بعثة الاتحاد الأفريقي»:
                // a delegation stands for the body it comes from.
                if let Some(b) = body_of_delegation(view, m) {
                    k = b;
                    continue;
                }
                out.push(Actor::from(m));
                k = m.tokens.end;
                // Conjuncts: «و X», «، X», «وX», running on a little past
                // the window unless it ends at a trigger.
                let sent_end = view.sentences[view.sentence_of(from)].end;
                let mut until = if until < sent_end && trigger_of(view.norm(until)).is_none() {
                    (until + 8).min(sent_end)
                } else {
                    until
                };
                loop {
                    let mut j = k;
                    while j < until && matches!(view.norm(j), "و" | "،" | "," | "ثم") {
                        j += 1;
                    }
                    // «واشنطن» opens with a و of its own: the segmenter
                    // tells a conjunction from the name's first letter.
                    let opens_with_wa = view
                        .words
                        .get(j)
                        .is_some_and(|w| w.text.starts_with('و') && !wa_of_the_name(view, j));
                    let mut conj = j > k || opens_with_wa;
                    // A last word of the name the tagger left out: «مولود
                    // جاووش [أوغلو] ونظيره الروسي …».
                    if !conj && j + 1 < until && leftover_name_word(view, j) {
                        j += 1;
                        conj = true;
                    }
                    // «إلهام علييف رئيس جمهورية أذربيجان ودولة نيكول
                    // باشينيان»: past the title of the person just named,
                    // to the next person, by his honorific or his name.
                    // A ruler's title and its comma too: «صباح الأحمد أمير
                    // دولة الكويت، وصاحب الجلالة الملك حمد …»; the list
                    // then runs on past the window.
                    let role_word = |x: usize| {
                        let Some(raw) = view.words.get(x).map(|w| w.text) else {
                            return false;
                        };
                        let bare = raw.strip_prefix('و').filter(|r| r.chars().count() >= 3);
                        [Some(raw), bare].into_iter().flatten().any(|w| {
                            view.kb.role_by_name(w).is_some()
                                || view.kb.role_by_name(&format!("ال{w}")).is_some()
                        })
                    };
                    // (Not a title with a preposition: «استقبال خادم الحرمين
                    // لرئيس وزراء …» names the other side.)
                    let with_preposition = view.words.get(j).is_some_and(|w| {
                        w.text.starts_with(['ل', 'ب'])
                            && super::without_preposition(view.norm(j)) != view.norm(j)
                    });
                    if !conj
                        && j < until
                        && !with_preposition
                        && (super::is_title_at(view, j) || role_word(j))
                        && view
                            .actor_starting_at(out[out.len() - 1].tokens.start)
                            .is_some_and(|a| a.label == NerLabel::Person)
                    {
                        // («رئيس الدولة "حفظه الله" وصاحب السمو …»: the
                        // quoted blessing runs on.)
                        let blessing = |x: usize| {
                            super::quotes::quote_mark(view, x).is_some()
                                && (matches!(view.norm(x + 1), "حفظه" | "رعاه" | "يحفظه" | "ايده")
                                    || x > 0 && view.norm(x - 1) == "الله")
                        };
                        let next = (j + 1..sent_end.min(j + 10))
                            .take_while(|&x| {
                                !view.is_punct(x)
                                    || blessing(x)
                                    || matches!(view.norm(x), "،" | ",")
                                        && view.words.get(x + 1).is_some_and(|w| {
                                            w.text.starts_with('و') && !wa_of_the_name(view, x + 1)
                                        })
                            })
                            .find(|&x| {
                                view.words[x].text.starts_with('و')
                                    && !wa_of_the_name(view, x)
                                    && (super::quotes::is_honorific_word(strip_conjunction(
                                        view.norm(x),
                                    )) || role_word(x)
                                        || view
                                            .actor_starting_at(x)
                                            .is_some_and(|a| a.label == NerLabel::Person))
                            });
                        if let Some(x) = next {
                            j = x;
                            conj = true;
                            until = until.max(sent_end.min(x + ACTOR_WINDOW));
                        }
                    }
                    // «…، فيما دعا …»: a new clause.
                    if opens_new_clause(view.norm(j))
                        || trigger_of(view.norm(j)).is_some_and(|x| x.frame == Frame::Verb)
                    {
                        break;
                    }
                    let with_wa = view
                        .words
                        .get(j)
                        .is_some_and(|w| w.text.starts_with('و') && !wa_of_the_name(view, j))
                        || (k..j).any(|x| view.norm(x) == "و");
                    // («والمعارضة»: the other side of a pair, named or not.)
                    let side = |n: &ActorRef| n.named || n.sector == Some("OPP");
                    match view.actor_starting_at(j) {
                        Some(n) if n.tokens.end <= until && can_act(view, n) && side(n) && conj => {
                            out.push(Actor::from(n));
                            k = n.tokens.end;
                        }
                        _ if conj && with_wa => {
                            // «… عقيلة صالح والقائد العام للجيش الليبي خليفة
                            // حفتر»: a title, then the next person.
                            let stop = until.min(j + 7);
                            let person = (j + 1..stop)
                                .take_while(|&x| !view.is_punct(x))
                                .filter_map(|x| view.actor_starting_at(x))
                                .find(|n| n.label == NerLabel::Person)
                                .filter(|n| n.tokens.end <= until);
                            match person {
                                Some(n) => {
                                    out.push(Actor::from(n));
                                    k = n.tokens.end;
                                }
                                None => break,
                            }
                        }
                        _ => break,
                    }
                }
                return out;
            }
            k = m.tokens.end;
            continue;
        }
        // Another trigger or a clause boundary ends the search for a
        // subject; so does a complementizer («مشيرا إلى أن …»: what
        // follows is said, not acted on).
        // «تدين ما يتعرض له الشعب الفلسطيني»: a clause of «ما» is what is
        // acted on, its own actors are none of the verb's.
        if matches!(view.norm(k), "." | "؟" | "!" | "؛" | ":")
            || k > from && super::quotes::is_complementizer(view.norm(k))
            || k > from && view.norm(k) == "ما"
        {
            break;
        }
        // «في زيارة …، حيث استقبله …»: a clause of place has its own
        // actors.
        if k > from && matches!(strip_conjunction(view.norm(k)), "حيث") {
            break;
        }
        // Another verb ends the search: «أدان الهجوم، داعيا …»; so does
        // a contrastive clause («فيما», «بينما») or a new clause of speech
        // («…، وقالت المتحدثة باسمها X»).
        if k > from
            && (lex
                .triggers
                .get(view.norm(k))
                .is_some_and(|x| matches!(x.frame, Frame::Verb | Frame::Participle))
                || opens_new_clause(view.norm(k))
                || view.words[k].text.starts_with('و') && has_word(&lex.speech, view.norm(k)))
        {
            break;
        }
        k += 1;
    }
    out
}

/// Is the و opening token `k` the first letter of the known name that
/// starts there («واشنطن», «وارسو»), not a conjunction?
fn wa_of_the_name(view: &DocView<'_>, k: usize) -> bool {
    static NORMALIZER: OnceLock<akhbar_text::normalize::Normalizer> = OnceLock::new();
    let n = NORMALIZER.get_or_init(akhbar_text::normalize::Normalizer::default);
    let Some(entry) = view
        .actor_starting_at(k)
        .and_then(|m| m.cluster)
        .and_then(|c| view.resolution.clusters.get(c))
        .and_then(|c| c.entry)
        .and_then(|e| view.kb.entries.get(e))
    else {
        return false;
    };
    let word = view.norm(k);
    std::iter::once(&entry.name_ar)
        .chain(&entry.aliases_ar)
        .filter_map(|name| name.split_whitespace().next())
        .any(|first| n.normalize(first) == word)
}

/// The start of the body a bare delegation comes from: «وفد من X», «وفدا
/// عن X», «وفد X», «وفد بعثة X» (one head noun between). The delegation
/// acts for X, and the annotation names X. So does a bare head noun before
/// a name between quote marks («حركة "حماس"», «حزب «الأمة»»).
fn body_of_delegation(view: &DocView<'_>, m: &ActorRef) -> Option<usize> {
    let e = m.tokens.end;
    // «رفضت حركة "حماس" القرار»: a bare head noun before a name between
    // quote marks is that body.
    let bare_head = m.cluster.is_none()
        && m.tokens.len() == 1
        && !strip_conjunction(view.norm(m.tokens.start)).starts_with("ال");
    if bare_head && view.is_punct(e) && matches!(view.words[e].text, "\"" | "«" | "“" | "'") {
        return view
            .actor_starting_at(e + 1)
            .filter(|b| b.cluster.is_some() && can_act(view, b))
            .map(|b| b.tokens.start);
    }
    let delegation = m.cluster.is_none()
        && m.tokens.len() == 1
        && matches!(view.norm(m.tokens.start), "وفد" | "وفدا" | "ووفد" | "ووفدا");
    if !delegation {
        return None;
    }
    let at = match view.norm(e) {
        "من" | "عن" => e + 1,
        n if view.actor_starting_at(e).is_none()
            && !n.starts_with("ال")
            && view
                .words
                .get(e)
                .is_some_and(|w| w.kind == akhbar_text::tokenize::TokenKind::Word)
            && !lexicons().object_prepositions.contains(n)
            && trigger_of(n).is_none() =>
        {
            e + 1
        }
        _ => e,
    };
    view.actor_starting_at(at)
        .filter(|b| can_act(view, b) && !is_place_use(view, b))
        .map(|b| b.tokens.start)
}

/// Is the actor at `at` the group of a partitive subject right after a
/// verb: «يلتقي مفاوضون من الولايات المتحدة وروسيا», «وصل وفد من
/// الاتحاد»? An indefinite noun, then من or عن, then the actor; the noun
/// is no accusative (tanween «وفدا», the plural «مفاوضين»: an object).
fn partitive_subject(view: &DocView<'_>, t: usize, at: usize) -> bool {
    if at != t + 3 || !matches!(view.norm(t + 2), "من" | "عن") {
        return false;
    }
    let n = view.norm(t + 1);
    view.words[t + 1].kind == akhbar_text::tokenize::TokenKind::Word
        && !n.starts_with("ال")
        && !n.ends_with('ا')
        && !n.ends_with("ين")
        && !lexicons().object_prepositions.contains(n)
        && trigger_of(n).is_none()
        && !is_count_word(n)
        && view
            .actor_starting_at(t + 1)
            .is_none_or(|a| a.cluster.is_none() && a.tokens.len() == 1)
}

/// Does the clause of the trigger at `t` tell an exchange between two
/// sides: «تبادل», «متبادل», or «بين» with a dual of sides («بين البلدين»)?
fn mutual_clause(view: &DocView<'_>, t: usize, end: usize) -> bool {
    let lex = lexicons();
    (t + 1..end.min(t + 16))
        .take_while(|&k| !matches!(view.norm(k), "." | "؛" | ":"))
        .any(|k| {
            let n = strip_conjunction(view.norm(k));
            let n = n
                .strip_prefix('ب')
                .filter(|r| r.starts_with("ال"))
                .unwrap_or(n);
            matches!(
                n,
                "تبادل" | "التبادل" | "متبادل" | "متبادله" | "المتبادل" | "المتبادله"
            ) || n == "بين" && lex.duals.contains(view.norm(k + 1))
        })
}

/// Does the word open a new clause with its own actors: a contrast
/// («فيما», «بينما», «في حين») or an attribution («وفق ما أعلنت», «بحسب»)?
/// «فيما» is checked whole: its ف is no conjunction.
fn opens_new_clause(norm: &str) -> bool {
    let is = |w: &str| {
        matches!(
            w,
            "فيما" | "بينما" | "حين" | "وفق" | "وفقا" | "بحسب" | "حسب" | "طبقا"
        )
    };
    is(norm) || is(strip_conjunction(norm))
}

/// Does a verb of targeting at `t` aim at an act: is the word right after
/// it (or after its definite subject) a verbal noun of the pattern تفعيل («توسيع», «تعزيز», «تحقيق») or a
/// common one of another pattern («إنشاء», «دعم»)? (The pattern إفعال is
/// left out: it is also the plural أفعال, «أقسام», «أبراج».)
fn aims_at_an_act(view: &DocView<'_>, t: usize, end: usize) -> bool {
    // Past a definite subject: «ويستهدف الصندوق مساعدة الدول». (After an
    // indefinite word the next is its genitive: «استهدفت نقطة تفتيش».)
    let mut k = t + 1;
    if k + 1 < end && !view.is_punct(k) && view.norm(k).starts_with("ال") {
        k += 1;
    }
    if k >= end || view.is_punct(k) || view.actor_starting_at(k).is_some() {
        return false;
    }
    let n = view.norm(k);
    let n = n.strip_prefix("ال").unwrap_or(n);
    let c: Vec<char> = n.chars().collect();
    let tafil = c.len() == 5 && c[0] == 'ت' && c[3] == 'ي';
    tafil
        || matches!(
            n,
            "انشاء"
                | "اشعال"
                | "اصلاح"
                | "اقامه"
                | "ايجاد"
                | "اعاده"
                | "دعم"
                | "رفع"
                | "زياده"
                | "خفض"
                | "جذب"
                | "حمايه"
                | "مساعده"
                | "تحسين"
        )
}

/// Most words between a title and the actor its body ends with.
const TITLE_BODY_WORDS: usize = 3;

/// The start of the person named right after a body that completes a
/// title («الأمين العام للأمم المتحدة أنطونيو غوتيريش», «رئيس المفوضية
/// الأوروبية أورسولا فون دير لاين»).
fn person_after_title_body(view: &DocView<'_>, m: &ActorRef) -> Option<usize> {
    if m.label == NerLabel::Person || m.tokens.start == 0 {
        return None;
    }
    // «وزير» and «وزراء» start with و: the word itself first, then
    // without a conjunction.
    let title_word = |n: &str| {
        matches!(
            n,
            "رييس"
                | "رييسه"
                | "وزير"
                | "وزيره"
                | "امين"
                | "مدير"
                | "قايد"
                | "سفير"
                | "مندوب"
                | "مبعوث"
                | "وسيط"
                | "ممثل"
                // «رئيس وزراء الهند», «أمير دولة قطر», «وزير خارجية
                // سلوفاكيا»: a title whose genitive is the country.
                | "وزراء"
                | "امير"
                | "ملك"
                | "شاه"
                | "عاهل"
                | "زعيم"
                | "خارجيه"
                | "دفاع"
                | "محافظ"
                | "حاكم"
        )
    };
    // «وزير خارجية جمهورية غانا»: past the word for the form of state.
    // «أمير منطقة الرياض», «محافظ محافظة البصرة»: past the word for the
    // region.
    let mut b = m.tokens.start - 1;
    let region = matches!(view.norm(b), "منطقه" | "محافظه" | "ولايه");
    if b > 0
        && (region
            || matches!(
                view.norm(b),
                "جمهوريه" | "دوله" | "مملكه" | "سلطنه" | "اماره"
            ))
    {
        b -= 1;
    }
    let is_title = |k: usize| {
        let n = strip_conjunction(view.norm(k));
        view.words[k].kind == akhbar_text::tokenize::TokenKind::Word
            && (title_word(view.norm(k))
                || title_word(n)
                || n.strip_prefix("ال").is_some_and(title_word))
    };
    // Or a title a few words before, whose body holds the actor: «الرئيس
    // التنفيذي لمجموعة موانئ أبوظبي محمد جمعة الشامسي».
    let title_before = (b.saturating_sub(TITLE_BODY_WORDS)..b)
        .rev()
        .take_while(|&k| view.words[k].kind == akhbar_text::tokenize::TokenKind::Word)
        .any(|k| {
            is_title(k)
                && (k + 1..m.tokens.start).all(|j| {
                    view.actor_starting_at(j)
                        .is_none_or(|a| a.label != NerLabel::Person)
                })
        });
    // «المتحدث باسم وزارة الخارجية الإيرانية حسين جابري أنصاري»: the
    // body a spokesman speaks for.
    // (A region only right after its governor's title: «مدير الأمن في
    // منطقة تبوك العقيد X» is told by its own subject rules.)
    let titled = view.words[m.tokens.start].text.starts_with('ل')
        || is_title(b)
        || title_before && !region
        || view.norm(b) == "باسم";
    if !titled {
        return None;
    }
    // «سفير فرنسا لدى الجزائر ستيفان روماتيه»: a place of office may
    // come between.
    let end = office_tail_end(view, m.tokens.end);
    // («أمير منطقة الرياض صاحب السمو الملكي الأمير فيصل …»: the
    // honorifics do not count.)
    view.actors_in(end..end + 12)
        .find(|p| {
            let honorifics = (end..p.tokens.start)
                .filter(|&j| {
                    super::quotes::is_honorific_word(view.norm(j)) || view.norm(j) == "الملكي"
                })
                .count();
            p.label == NerLabel::Person
                && p.tokens.start <= end + 3 + honorifics
                && title_run(view, end, p.tokens.start)
        })
        .map(|p| p.tokens.start)
}

/// Where a title's body ends once past what may follow it before the
/// holder's name: the body's short name in brackets («لحلف شمال الأطلسي
/// (الناتو) ينس ستولتنبرغ») and the place of office («ممثل المفوضية في
/// المملكة دومينيك بارتش», «للسياسة الخارجية في الاتحاد الأوروبي
/// فيديريكا موغيريني»).
fn office_tail_end(view: &DocView<'_>, mut k: usize) -> usize {
    // «لمنظمة "أوبك" عبد الله البدري»: past the quote mark closing the
    // body's name.
    if k > 0
        && view
            .words
            .get(k)
            .is_some_and(|w| matches!(w.text, "\"" | "»" | "”"))
        && !view.is_punct(k - 1)
    {
        k += 1;
    }
    for _ in 0..3 {
        if view.words.get(k).is_some_and(|w| w.text == "(") {
            match (k + 1..(k + 5).min(view.words.len())).find(|&j| view.words[j].text == ")") {
                Some(close) => k = close + 1,
                None => break,
            }
        } else if view.norm(k) == "في" && !view.is_punct(k + 1) {
            // A place the tagger left out is one word («في المملكة»).
            k = view
                .actor_starting_at(k + 1)
                .map_or(k + 2, |place| place.tokens.end);
        } else if view.words.get(k).is_some_and(|w| {
            w.kind == akhbar_text::tokenize::TokenKind::Word && w.text.starts_with("لل")
        }) {
            // The rest of the body's name («صندوق الأمم المتحدة للسكان»).
            k += 1;
        } else if view.words.get(k).is_some_and(|w| {
            w.kind == akhbar_text::tokenize::TokenKind::Word
                && view.norm(k).starts_with("ال")
                && view.actor_starting_at(k).is_none()
                && trigger_of(view.norm(k)).is_none()
                && !crate::entities::resolve::is_rank(view.norm(k))
                && !super::is_title_at(view, k)
        }) {
            // The body's adjective («قوات الأمم المتحدة المؤقتة في
            // لبنان»).
            k += 1;
        } else {
            break;
        }
    }
    k
}

/// Is the actor a class of people named right after by its members («وفود
/// الدول الضامنة روسيا وتركيا وإيران»): the names are the actors. Only
/// its adjectives may come between («مواقع المتمردين قرب كيدال» names
/// where they are, not who they are).
fn class_before_names(view: &DocView<'_>, m: &ActorRef) -> bool {
    m.cluster.is_none()
        && !m.named
        && (m.tokens.end..m.tokens.end + 3)
            .take_while(|&k| {
                view.words
                    .get(k)
                    .is_some_and(|w| w.kind == akhbar_text::tokenize::TokenKind::Word)
                    && (view.norm(k).starts_with("ال") || view.actor_starting_at(k).is_some())
            })
            .any(|k| {
                view.actor_starting_at(k)
                    .is_some_and(|n| n.cluster.is_some() && n.label == NerLabel::Location)
            })
}

/// The actor ending right before `at` (with «قد» or a comma between), not
/// after a preposition: the subject of an SVO clause, with its conjuncts;
/// the person after «كان» instead when that actor is no person
/// ([`with_kana_subject`]).
fn adjacent_subject(view: &DocView<'_>, start: usize, at: usize) -> Vec<Actor> {
    let adjacent = view.actors_in(start..at).last().filter(|a| {
        can_act(view, a)
            && !is_place_use(view, a)
            && !preceded_by_preposition(view, a.tokens.start, start)
            && a.tokens.end + 2 >= at
            && (a.tokens.end..at).all(|k| matches!(view.norm(k), "قد" | "،" | ","))
    });
    let Some(adjacent) = adjacent else {
        return Vec::new();
    };
    // (The walk back to «كان» only when a person may replace the actor.)
    let kana = (adjacent.label != NerLabel::Person)
        .then(|| kana_subject(view, at, start))
        .flatten();
    let subject = with_kana_subject(view, Some(adjacent), kana);
    subject.map_or_else(Vec::new, |a| with_conjuncts_before(view, a, start))
}

/// The subject right before a verb, or the subject of «كان … قد»
/// ([`kana_subject`]) when there is none, or when the one before is no
/// person and the one after «كان» is: «وكان الدكتور X، نائب رئيس الوزراء
/// … وزير الصحة والسكان، قد أجرى» is X's act, not a word of his title
/// that reads as a group.
/// Not past a clause of its own: in «وكان الوزير X قد أعلن أن الحكومة قد
/// قطعت …» the government cuts.
fn with_kana_subject<'v>(
    view: &DocView<'_>,
    before: Option<&'v ActorRef>,
    kana: Option<&'v ActorRef>,
) -> Option<&'v ActorRef> {
    match (before, kana) {
        (Some(b), Some(k))
            if k.label == NerLabel::Person
                && b.label != NerLabel::Person
                && !(k.tokens.end..b.tokens.start).any(|j| {
                    super::quotes::is_complementizer(strip_conjunction(view.norm(j)))
                        || trigger_of(view.norm(j)).is_some()
                }) =>
        {
            Some(k)
        }
        (Some(b), _) => Some(b),
        (None, k) => k,
    }
}

/// «التقى الرئيس …» with no name after the title: the person named before
/// with that role («الرئيس عبد الفتاح السيسي»), when the actor after the
/// verb does not hold it.
fn bare_title_subject(view: &DocView<'_>, t: usize, after: Option<&Actor>) -> Option<Actor> {
    // «يزور جلالة الملك»: past an honorific.
    let at = if matches!(
        view.norm(t + 1),
        "جلاله" | "فخامه" | "سمو" | "معالي" | "سماحه" | "دوله"
    ) {
        t + 2
    } else {
        t + 1
    };
    let title = view.norm(at);
    let (role, len) = match (title, view.norm(at + 1)) {
        ("ولي", "العهد") => ("crown_prince", 2),
        ("الوزير", "الاول") => ("prime_minister", 2),
        ("الرييس", _) => ("president", 1),
        ("الوزير", _) => ("minister", 1),
        ("الملك", _) => ("king", 1),
        ("الامير", _) => ("prince", 1),
        _ => return None,
    };
    // «ورحب الرئيس الليبي معمر القذافي»: a nisba between the title and
    // the name.
    let nisba = usize::from(
        super::nisba_country(view.kb, view.norm(at + len)).is_some()
            || super::unknown_nisba(view.kb, view.norm(at + len)),
    );
    let has_role = |cluster: Option<usize>| {
        cluster
            .and_then(|c| view.resolution.clusters.get(c))
            .and_then(|c| c.role)
            .and_then(|r| view.kb.roles.get(r))
            .is_some_and(|r| r.id.contains(role))
    };
    // «الرئيس بوتين» names him; «يزور جلالة الملك بروكسل» is where he goes.
    if after.is_some_and(|a| {
        a.tokens.start <= at + len + nisba && !is_location(view, a) || has_role(a.cluster)
    }) {
        return None;
    }
    let s = view.sentence_of(t);
    let from = view.sentences[s.saturating_sub(6)].start;
    view.actors_in(from..t)
        .filter(|a| a.label == NerLabel::Person && has_role(a.cluster))
        .last()
        .map(Actor::from)
}

/// Nouns whose genitive an attack told before is named again by: its
/// place, its doers, its dead and wounded (search forms).
fn is_aftermath_head(norm: &str) -> bool {
    matches!(
        strip_conjunction(norm),
        "موقع"
            | "مكان"
            | "مسرح"
            | "منفذي"
            | "منفذ"
            | "ضحايا"
            | "لضحايا"
            | "شهداء"
            | "لشهداء"
            | "قتلى"
            | "جرحى"
            | "مصابي"
            | "منفذو"
    )
}

/// Verbs of arriving, heading or setting out somewhere: «وصل X إلى القاهرة
/// في زيارة», «يبدأ X غدا زيارة إلى القاهرة»
/// (search forms, with a conjunction stripped).
const ARRIVAL_VERBS: &str =
    "وصل وصلت يصل تصل سيصل ستصل توجه توجهت يتوجه تتوجه سيتوجه ستتوجه حل حلت \
    يحل تحل بدأ بدأت يبدأ تبدأ سيبدأ ستبدأ استهل استهلت يستهل تستهل";

/// Where the clause of the verb at `t` ends: the next clause punctuation,
/// or the sentence's end.
fn clause_end_after(view: &DocView<'_>, t: usize, end: usize) -> usize {
    (t + 1..end)
        .find(|&k| is_clause_punct(view, k))
        .unwrap_or(end)
}

/// Those who witness the signing at `v` («وشهد سموه والرئيس التركي
/// توقيع …»): the actors, and the person an honorific pronoun stands for,
/// between «شهد» (at most fourteen words before, in the same clause: the
/// witnesses' names and titles run long) and the signing.
fn signing_witnesses(view: &DocView<'_>, v: usize, sent_start: usize) -> Vec<Actor> {
    let Some(w) = (v.saturating_sub(14).max(sent_start)..v)
        .rev()
        .take_while(|&k| !is_clause_punct(view, k))
        .find(|&k| {
            matches!(
                strip_conjunction(view.norm(k)),
                "شهد" | "شهدا" | "شهدت" | "يشهد" | "تشهد" | "شهدتا"
            )
        })
    else {
        return Vec::new();
    };
    let mut out: Vec<Actor> = Vec::new();
    let mut k = w + 1;
    while k < v {
        if super::quotes::is_honorific_pronoun(strip_conjunction(view.norm(k))) {
            out.extend(honorific_person(view, k));
            k += 1;
        } else if let Some(a) = view.actor_starting_at(k).filter(|a| a.tokens.end <= v) {
            // «أمير قطر الشيخ تميم»: the state of a title before the
            // person is no witness of its own.
            let of_title = a.label == NerLabel::Location
                && (a.tokens.end..(a.tokens.end + 2).min(v)).any(|j| {
                    view.actor_starting_at(j)
                        .is_some_and(|p| p.label == NerLabel::Person)
                });
            if can_act(view, a) && !is_place_use(view, a) && !of_title {
                out.push(Actor::from(a));
            }
            k = a.tokens.end;
        } else {
            k += 1;
        }
    }
    out
}

/// «وكان تيلرسون قد وصل إلى الرياض أمس، والتقى …», «وصل X إلى بغداد،
/// حيث …»: the person who arrived in the clause before the meeting verb
/// at `t` that «، و» joins on; he is the one who meets.
fn arrived_before(view: &DocView<'_>, t: usize, sent_start: usize) -> Option<Actor> {
    static ARRIVALS: OnceLock<WordSet> = OnceLock::new();
    let arrivals = ARRIVALS.get_or_init(|| word_set(ARRIVAL_VERBS));
    if t < sent_start + 2
        || !view.words[t].text.starts_with('و')
        || !matches!(view.norm(t - 1), "،" | ",")
    {
        return None;
    }
    let clause = clause_start(view, sent_start, t - 1);
    let v = (clause..t - 1).find(|&k| has_word(arrivals, view.norm(k)))?;
    let person = |a: &&ActorRef| a.label == NerLabel::Person && can_act(view, a);
    // «وصل الرئيس X إلى …»: after the verb, before «إلى».
    let to = (v + 1..t - 1)
        .find(|&k| view.norm(k) == "الي")
        .unwrap_or(t - 1);
    view.actors_in(v + 1..to)
        .find(person)
        // «وكان X قد وصل»: before it, in the clause.
        .or_else(|| view.actors_in(clause..v).filter(person).last())
        .map(Actor::from)
}

/// The visitor and the place visited of the visit noun at `t`, when the
/// sentence tells both: the place after «إلى» (or the place the visitor
/// arrived at, «وصل … إلى القاهرة في زيارة»; or «لسوريا» right after the
/// noun), and the visitor: a person after «لـ» («زيارة مرتقبة لرئيس
/// الوزراء …»), the subject of the arrival verb, the doer of «يقوم بها»,
/// or the guest of a reception told before in the sentence («استقبل A …
/// B …، في أول زيارة لرئيس مصري إلى واشنطن» → B).
fn visit_sides(
    view: &DocView<'_>,
    t: usize,
    sent: Range<usize>,
    earlier: &[Event],
) -> Option<(Vec<Actor>, Vec<Actor>)> {
    static ARRIVALS: OnceLock<WordSet> = OnceLock::new();
    let arrivals = ARRIVALS.get_or_init(|| word_set(ARRIVAL_VERBS));
    let sentence = view.sentence_of(t);
    // The noun phrase of the visit: up to the clause's end or the next
    // event word («وتأتي الزيارة قبل أيام من زيارة مرتقبة لـ…»).
    let end = (t + 1..sent.end.min(t + 14))
        .find(|&k| {
            is_clause_punct(view, k) || view.norm(k) == "حيث" || trigger_of(view.norm(k)).is_some()
        })
        .unwrap_or(sent.end.min(t + 14));
    let place_at = |k: usize| {
        view.actor_starting_at(k)
            .filter(|a| a.label == NerLabel::Location || is_country(view, a.cluster))
    };
    // An arrival verb before the noun, in its clause: its subject, and
    // the place after its «إلى».
    let clause = clause_start(view, sent.start, t);
    // «وصل» starts with و: the word itself, then without a conjunction.
    let arrival = (clause..t).find(|&k| has_word(arrivals, view.norm(k)));
    let mut visitor: Option<Actor> = None;
    let mut place: Option<Actor> = None;
    if let Some(v) = arrival {
        let to = (v + 1..t).find(|&k| view.norm(k) == "الي");
        place = to.and_then(|k| place_at(k + 1)).map(Actor::from);
        visitor = view
            .actors_in(v + 1..to.unwrap_or(t))
            .find(|a| can_act(view, a) && !is_place_use(view, a) && a.label == NerLabel::Person)
            .map(Actor::from)
            .or_else(|| relative_doer(view, v, sent.start));
    }
    // «وصل X إلى دبي في زيارة لدولة الإمارات»: the place the noun names
    // is the one visited, the arrival's only where he landed.
    let named = (t + 1..end)
        .find_map(|k| {
            if view.norm(k) == "الي" {
                place_at(k + 1)
            } else if k <= t + 3
                && view.words[k].text.starts_with('ل')
                && !view.norm(k).starts_with("ال")
            {
                place_at(k)
            } else {
                None
            }
        })
        .map(Actor::from);
    let place = named.or(place)?;
    // (After «زيارتها» or «الزيارة», «الأخيرة» is "last".)
    if visitor.is_none()
        && t + 1 < end
        && matches!(
            strip_conjunction(view.norm(t)),
            "زياره" | "بزياره" | "لزياره"
        )
        && matches!(view.norm(t + 1), "الاخير" | "الاخيره")
    {
        // «اتفق الأسد مع الرئيس اللبناني ميشال سليمان، خلال زيارة الأخير
        // إلى دمشق»: «the latter» is the person named last before.
        visitor = view
            .actors_in(0..t)
            .filter(|a| a.label == NerLabel::Person && can_act(view, a))
            .last()
            .map(Actor::from);
    }
    if visitor.is_none() {
        // «زيارة مرتقبة لرئيس الوزراء السوداني عبد الله حمدوك»: a person
        // named after «لـ» and its titles.
        visitor = (t + 1..end.min(place.tokens.start))
            .filter_map(|k| view.actor_starting_at(k))
            .find(|a| a.label == NerLabel::Person)
            .map(Actor::from);
    }
    if visitor.is_none() {
        // «زيارة يقوم بها الوزير X»: the doer after «بها».
        let by = (t + 1..end).find(|&k| matches!(view.norm(k), "بها" | "به"));
        visitor = by
            .and_then(|k| {
                view.actors_in(k + 1..end.min(k + 8))
                    .find(|a| a.label == NerLabel::Person)
            })
            .map(Actor::from);
    }
    if visitor.is_none() {
        // «استقبل A … B …، في أول زيارة …»: the guest of the reception.
        visitor = earlier
            .iter()
            .rev()
            .take_while(|e| e.sentence == sentence)
            .find(|e| e.kind == EventType::Consult && e.mode == Some("host"))
            .and_then(|e| e.target.first().cloned());
    }
    let visitor = visitor?;
    (!visitor.same(&place)).then(|| (vec![visitor], vec![place]))
}

/// The envoy a summons names right after its subject (from `from`): «السفير
/// التركي», «القائم بالأعمال الليبي», «سفراء الدول الثلاث», «سفير
/// إيران» — the title and its nisba or up to three definite genitives.
fn summoned_envoy(view: &DocView<'_>, from: usize, end: usize) -> Option<Actor> {
    let k = (from..end.min(from + 4))
        .take_while(|&k| !is_clause_punct(view, k) || matches!(view.norm(k), "،" | ","))
        .find(|&k| {
            matches!(
                view.norm(k),
                "السفير" | "السفيره" | "سفير" | "سفيره" | "سفراء" | "السفراء" | "القايم"
            )
        })?;
    let mut e = k + 1;
    if view.norm(k) == "القايم" {
        if view.norm(e) != "بالاعمال" {
            return None;
        }
        e += 1;
    }
    let definite = |j: usize| {
        j < end
            && view.words[j].kind == akhbar_text::tokenize::TokenKind::Word
            && view.norm(j).starts_with("ال")
            && trigger_of(view.norm(j)).is_none()
    };
    let head_end = e;
    while e < end.min(head_end + 3)
        && (definite(e)
            || view
                .actor_starting_at(e)
                .is_some_and(|m| m.label == NerLabel::Location))
    {
        e = view
            .actor_starting_at(e)
            .map_or(e + 1, |m| m.tokens.end.max(e + 1));
    }
    (e > head_end).then_some(Actor::phrase(k..e, Some("GOV")))
}

/// «X، الذي يقوم بزيارة»: the actor X right before a relative pronoun at
/// most two words before the noun at `t`.
fn relative_doer(view: &DocView<'_>, t: usize, start: usize) -> Option<Actor> {
    let lex = lexicons();
    let r = (start.max(t.saturating_sub(3))..t)
        .rev()
        .find(|&k| lex.relatives.contains(view.norm(k)))?;
    let mut end = r;
    if end > start && view.is_punct(end - 1) {
        end -= 1;
    }
    if let Some(p) = person_before_titles(view, start, end) {
        return Some(p);
    }
    let doer = view
        .actors_in(start.max(end.saturating_sub(8))..end)
        .last()
        .filter(|a| a.tokens.end == end && can_act(view, a) && !is_place_use(view, a))?;
    // «أنطونيو تاياني وزير خارجية إيطاليا الذي يزور»: the person the title
    // is in apposition to.
    let doer = view.named_before_title(doer, start);
    // «يوراي بلانار وزير خارجية سلوفاكيا الذي يزور»: the country closes
    // the title of the person before it.
    if doer.label == NerLabel::Location && doer.tokens.start > start {
        let mut k = doer.tokens.start;
        // «وزير» starts with و: the word itself, then without a
        // conjunction.
        let title_word = |n: &str| {
            matches!(
                n,
                "وزير"
                    | "وزيره"
                    | "خارجيه"
                    | "رييس"
                    | "رييسه"
                    | "وزراء"
                    | "سفير"
                    | "نايب"
                    | "دفاع"
                    | "داخليه"
                    | "مبعوث"
                    | "وسيط"
                    | "ممثل"
            )
        };
        while k > start && whole_or_bare(view.norm(k - 1), title_word) {
            k -= 1;
        }
        if k < doer.tokens.start {
            if let Some(p) = view
                .actors_in(start.max(k.saturating_sub(8))..k)
                .last()
                .filter(|p| p.tokens.end == k && p.label == NerLabel::Person)
            {
                return Some(Actor::from(p));
            }
        }
    }
    Some(Actor::from(doer))
}

/// Most words of the titles after a person's name («محمد بن زايد آل
/// نهيان ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة»).
const TITLE_CHAIN_WORDS: usize = 14;

/// The person whose titles run from his name up to `end`: «X ولي عهد
/// أبوظبي نائب القائد الأعلى للقوات المسلحة، الذي وصل»: X is the one the
/// relative clause tells of, not the forces that close his last title.
/// The titles start right after the name and hold no punctuation and no
/// event word.
fn person_before_titles(view: &DocView<'_>, start: usize, end: usize) -> Option<Actor> {
    let lex = lexicons();
    let p = view
        .actors_in(start.max(end.saturating_sub(TITLE_CHAIN_WORDS))..end)
        .filter(|a| a.label == NerLabel::Person && a.tokens.end < end)
        .last()?;
    let p = view.named_before_title(p, start);
    let title = |k: usize| super::is_title_at(view, k) || view.norm(k) == "ولي";
    // Each word a title, its genitive («عهد», «خارجية»), a definite word
    // (the body and its adjectives: «القائد الأعلى للقوات المسلحة»), or
    // part of a place or a body's name.
    let in_chain = |k: usize| {
        !view.is_punct(k)
            && lex.triggers.get(view.norm(k)).is_none()
            && !lex.relatives.contains(view.norm(k))
            && (title(k)
                || title(k - 1)
                || ["ال", "لل"].iter().any(|a| view.norm(k).starts_with(a))
                || view
                    .actors_in(k.saturating_sub(TITLE_CHAIN_WORDS)..end)
                    .any(|a| {
                        a.tokens.contains(&k)
                            && (a.label != NerLabel::Person
                                || a.cluster.is_some() && a.cluster == p.cluster)
                    }))
    };
    // «استقبل السيسي رئيس الوزراء الإثيوبي، الذي وصل»: the titles name
    // another person, the guest.
    let other_person = view
        .actors_in(p.tokens.end..end)
        .any(|a| a.label == NerLabel::Person && (a.cluster.is_none() || a.cluster != p.cluster));
    (title(p.tokens.end) && !other_person && (p.tokens.end..end).all(in_chain))
        .then(|| Actor::from(p))
}

/// Is the word at `j` the end of a name the tagger cut short, with a
/// conjunct after it: a bare word (no article, no clitic و), then «و» + a
/// title, a nisba or a name?
fn leftover_name_word(view: &DocView<'_>, j: usize) -> bool {
    let (Some(w), Some(next)) = (view.words.get(j), view.words.get(j + 1)) else {
        return false;
    };
    let n = view.norm(j);
    w.kind == akhbar_text::tokenize::TokenKind::Word
        && !n.starts_with("ال")
        && !n.starts_with('و')
        && trigger_of(n).is_none()
        && !lexicons().object_prepositions.contains(n)
        && !matches!(n, "في" | "من" | "الي" | "علي" | "عن" | "مع" | "خلال" | "امام" | "لدي")
        && next.text.starts_with('و')
        // «في واشنطن»: a و that is the name's own letter joins nothing.
        && view
            .mention_starting_at(j + 1)
            .is_none_or(|m| m.proclitic > 0)
        && (view.actor_starting_at(j + 1).is_some()
            || view.norm(j + 1).starts_with("وال")
            || view.norm(j + 1).starts_with("ونظير"))
}

/// The actor `a` and those coordinated before it: «فون دير لاين وميلوني
/// وروته» ends at «وروته».
fn with_conjuncts_before(view: &DocView<'_>, a: &ActorRef, start: usize) -> Vec<Actor> {
    let mut out = vec![Actor::from(a)];
    let mut cur = a.tokens.clone();
    loop {
        let mut end = cur.start;
        let joined_by_clitic = view.words[cur.start].text.starts_with('و');
        if !joined_by_clitic && end > start && matches!(view.norm(end - 1), "و" | "،" | ",") {
            end -= 1;
        } else if !joined_by_clitic {
            break;
        }
        let Some(prev) = view
            .actors_in(start.max(end.saturating_sub(8))..end)
            .last()
            .filter(|p| p.tokens.end == end && can_act(view, p) && !is_place_use(view, p))
        else {
            break;
        };
        out.insert(0, Actor::from(prev));
        cur = prev.tokens.clone();
    }
    out
}

/// Which actor before a trigger is its subject.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Nearest {
    /// The nearest one (a subject before its verb).
    Yes,
    /// A person first, then an organization, then a country: the subject
    /// of the sentence, which a pronoun on a noun points to.
    No,
}

/// The subject before `until` in the sentence; for a pronoun subject, the
/// source of the previous event.
fn actors_before(
    view: &DocView<'_>,
    start: usize,
    until: usize,
    earlier: &[Event],
    nearest: Nearest,
) -> Vec<Actor> {
    // «وصرح المتحدث بأن ترامب أكد دعمه»: in a reported clause the subject
    // is found after the complementizer; the speaker is no actor of it.
    let clause = (start..until)
        .rev()
        .take_while(|&k| !is_clause_punct(view, k))
        .find(|&k| super::quotes::is_complementizer(view.norm(k)))
        .map(|c| c + 1)
        .filter(|&c| {
            view.actors_in(c..until)
                .any(|m| can_act(view, m) && !is_place_use(view, m))
        });
    let start = clause.unwrap_or(start);
    let candidates = view
        .actors_in(start..until)
        .filter(|m| can_act(view, m) && !is_place_use(view, m));
    let found = match nearest {
        Nearest::Yes => candidates.last(),
        Nearest::No => candidates.min_by_key(|m| {
            let rank = match m.label {
                NerLabel::Person => 0,
                NerLabel::Organization => 1,
                _ => 2,
            };
            (rank, m.tokens.start)
        }),
    };
    let dual = (start..until).rev().find(|&k| is_dual_stand_in(view, k));
    if let Some(d) = dual {
        if found.is_none_or(|m| m.tokens.end <= d) {
            if let Some(sides) = dual_sides(view, earlier, d) {
                return sides;
            }
        }
    }
    if let Some(m) = found {
        return match nearest {
            Nearest::Yes => with_conjuncts_before(view, m, start),
            Nearest::No => vec![Actor::from(m)],
        };
    }
    // A pronoun subject: the source of the previous event; not when a
    // title the entities left unresolved follows the verb as its subject
    // («وزار الرئيس القاهرة»).
    if until + 1 < view.words.len()
        && super::is_definite_title_at(view, until + 1)
        && view.actor_starting_at(until + 1).is_none()
    {
        return Vec::new();
    }
    earlier
        .last()
        .filter(|e| view.sentence_of(until).saturating_sub(e.sentence) <= 2)
        .map(|e| e.source.clone())
        .unwrap_or_default()
}

/// Is the token at `at` right after a preposition (a separate word, or a
/// ب/ل proclitic on the name), looking back no further than `from`?
fn preceded_by_preposition(view: &DocView<'_>, at: usize, from: usize) -> bool {
    let lex = lexicons();
    let w = view.words[at].text;
    // «بعثة الأمم المتحدة»: a head noun that starts with the letter is no
    // preposition.
    if (w.starts_with('ب') || w.starts_with('ل'))
        && view.norm(at).len() > 4
        && !super::is_actor_head(view, at)
    {
        // «بموسكو», «لروسيا»: the clitic is a preposition unless the name
        // itself starts with the letter; the gazetteer stripped it.
        let m = view.actor_starting_at(at);
        if m.is_some_and(|m| !name_starts_with_letter(view, m)) {
            return true;
        }
    }
    // «تظاهر آلاف من الموظفين»: the من of a count is no preposition of
    // an object.
    let counted = at >= from + 2 && view.norm(at - 1) == "من" && is_count_word(view.norm(at - 2));
    at > from && lex.object_prepositions.contains(view.norm(at - 1)) && !counted
}

/// The subject of «كان … قد» before the verb at `t`, past a title of any
/// length: «وكان الأمير X ولي العهد نائب القائد الأعلى … قد استقبل»: the
/// first actor after «كان» in the same clause, with no preposition before
/// it.
fn kana_subject<'v>(view: &'v DocView<'_>, t: usize, sent_start: usize) -> Option<&'v ActorRef> {
    if t < sent_start + 3 || view.norm(t - 1) != "قد" {
        return None;
    }
    let kana = (sent_start.max(t.saturating_sub(KANA_SUBJECT_REACH))..t - 1)
        .rev()
        .take_while(|&k| {
            // (A title between commas may stand before «قد»; a clause of
            // its own may not: «وكان X قد أعلن أن الحكومة قد قطعت».)
            (!view.is_punct(k) || matches!(view.norm(k), "،" | ","))
                && trigger_of(view.norm(k)).is_none_or(|x| x.frame != Frame::Verb)
                && !super::quotes::is_complementizer(strip_conjunction(view.norm(k)))
        })
        .find(|&k| matches!(strip_conjunction(view.norm(k)), "كان" | "كانت"))?;
    view.actors_in(kana + 1..t - 1).next().filter(|a| {
        can_act(view, a)
            && !is_place_use(view, a)
            && !preceded_by_preposition(view, a.tokens.start, kana + 1)
    })
}

/// How far back from «قد» to look for «كان» ([`kana_subject`]).
const KANA_SUBJECT_REACH: usize = 24;

/// Is the mention's first word, as written, a word of its entity's name
/// («بغداد», «بوتين»: the ب is no preposition)?
fn is_word_of_name(view: &DocView<'_>, m: &ActorRef) -> bool {
    // The cluster's name is in search form («ناصر بوريطه»).
    let norm = view.norm(m.tokens.start);
    m.cluster
        .and_then(|c| view.resolution.clusters.get(c))
        .is_some_and(|c| c.name.split_whitespace().any(|w| w == norm))
}

/// Does the canonical name of the mention's entity start with the first
/// letter of the mention's text (so that letter is not a clitic)?
fn name_starts_with_letter(view: &DocView<'_>, m: &ActorRef) -> bool {
    let first = view.norm(m.tokens.start).chars().next();
    // «بوتين» is a word of «فلاديمير بوتين»; «بموسكو» is not.
    is_word_of_name(view, m)
        || m.cluster
            .and_then(|c| view.resolution.clusters.get(c))
            .is_some_and(|c| c.name.starts_with(|ch| Some(ch) == first))
}

/// Is the actor a country or place?
fn is_location(view: &DocView<'_>, a: &Actor) -> bool {
    a.cluster
        .and_then(|c| view.resolution.clusters.get(c))
        .is_some_and(|c| c.label == Some(NerLabel::Location))
}

/// The host and the guest of a welcome at arrival at `t`: «وكان في مقدمة
/// مستقبليه الرئيس X» (the host after it, the guest the visitor just told),
/// «وكان الأمير X في مقدمة مستقبلي أمير قطر» (the host before, the guest
/// after: a ruler named by his title and state is the person with that
/// state named before).
fn reception_sides(
    view: &DocView<'_>,
    t: usize,
    sent: Range<usize>,
    earlier: &[Event],
) -> (Vec<Actor>, Vec<Actor>) {
    let after = first_actors_after(view, t + 1, sent.end.min(t + 1 + ACTOR_WINDOW), earlier);
    let first = after.into_iter().next();
    if strip_conjunction(view.norm(t)) == "مستقبلي" {
        let host = view
            .actors_in(sent.start..t)
            .filter(|a| can_act(view, a) && a.label == NerLabel::Person)
            .last()
            .map(Actor::from);
        let guest = first.map(|a| {
            let ruler = is_country(view, a.cluster)
                && a.tokens.start > 0
                && matches!(
                    strip_conjunction(view.norm(a.tokens.start - 1)),
                    "امير" | "ملك" | "شاه" | "رييس" | "سلطان" | "عاهل"
                );
            let person = ruler
                .then(|| country_of(view, &a).map(str::to_string))
                .flatten()
                .and_then(|iso| {
                    view.actors_in(0..a.tokens.start)
                        .filter(|p| {
                            p.label == NerLabel::Person
                                && p.cluster
                                    .and_then(|c| view.resolution.clusters.get(c))
                                    .is_some_and(|c| {
                                        c.country.as_deref() == Some(iso.as_str())
                                            && c.role.is_some()
                                    })
                        })
                        .last()
                        .map(Actor::from)
                });
            person.unwrap_or(a)
        });
        return (host.into_iter().collect(), guest.into_iter().collect());
    }
    let sentence = view.sentence_of(t);
    let guest = earlier
        .iter()
        .rev()
        .take_while(|e| e.sentence + 1 >= sentence)
        .find(|e| e.kind == EventType::Consult && e.mode == Some("visit"))
        .map(|e| e.source.clone())
        .unwrap_or_default();
    (first.into_iter().collect(), guest)
}

/// «البلدان», «البلدين» at `k` stand for the states of the two sides
/// («اتفق البلدان» after a meeting of their presidents), when the text
/// names both states.
fn sides_as_states(view: &DocView<'_>, sides: Vec<Actor>, k: usize) -> Vec<Actor> {
    if !is_country_dual(strip_conjunction(view.norm(k))) {
        return sides;
    }
    let states: Option<Vec<Actor>> = sides
        .iter()
        .map(|a| {
            state_of(view, a)
                .or_else(|| country_of(view, a).and_then(|iso| country_named(view, iso)))
        })
        .collect();
    match states {
        Some(states) if states.len() == sides.len() => states,
        _ => sides,
    }
}

/// Both sides of the meeting, agreement or call the article is about: the
/// one told most often, the latest among equals.
///
/// For two people («الرئيسان», «قائدا البلدين») a meeting of people comes
/// before a visit to a place; one told in `sentence` (the stand-in's) or
/// the one before first.
///
/// For two parties («الجانبان», «الطرفان», a dual verb) a visit to a place
/// is no meeting of two sides either: the visitor and the place are not
/// the two who talk or sign.
fn last_sides(
    view: &DocView<'_>,
    earlier: &[Event],
    people: bool,
    parties: bool,
    sentence: usize,
) -> Option<Vec<Actor>> {
    // «عقد أردوغان لقاءات منفصلة مع آبي أحمد وحسن شيخ محمود … ووقع
    // الزعيمان»: two people one host met, just told, are the pair.
    if people {
        if let Some(e) = earlier.last().filter(|e| {
            e.kind == EventType::Consult
                && e.sentence + 1 >= sentence
                && e.source.len() == 1
                && e.target.len() == 2
        }) {
            return Some(e.target.clone());
        }
    }
    // «دعا غوتيريش الطرفين» after a fight between two: its sides.
    let two_sided =
        |e: &Event| e.mode != Some("multilateral") && e.source.len() + e.target.len() >= 2;
    let any_symmetric = earlier
        .iter()
        .any(|e| e.kind.is_symmetric() && two_sided(e));
    let e = earlier
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            two_sided(e)
                && (e.kind.is_symmetric()
                    || !any_symmetric && !people && e.kind == EventType::Assault)
        })
        .max_by_key(|(i, e)| {
            let of_people = (people || parties)
                && !(parties && e.mode == Some("visit"))
                && !e
                    .source
                    .iter()
                    .chain(&e.target)
                    .any(|a| is_location(view, a));
            // «… استقبل X Y. ومن المقرر أن يعقد الجانبان اجتماعا»: a
            // meeting told in the sentence or the one before wins over one
            // mentioned more often earlier.
            let just_told = e.sentence + 1 >= sentence;
            (of_people, just_told, e.also.len(), *i)
        })?
        .1;
    // After mediated talks, «الجانبان» are the two sides mediated.
    if e.mode == Some("mediate") {
        return Some(e.target.clone());
    }
    let mut sides = e.source.clone();
    sides.extend(e.target.iter().cloned());
    Some(sides)
}

/// Is the dual at `k` one of parties, not of countries («الجانبان»,
/// «الطرفين», not «البلدان»)?
fn parties_dual(view: &DocView<'_>, k: usize) -> bool {
    !is_country_dual(strip_conjunction(view.norm(k)))
}

/// The two sides a dual stand-in at `k` names. A dual of countries
/// («طالب مجلس الأمن البلدين بوقف القتال», «الدولتين») is first the two
/// states named together in its sentence or the one before («المواجهة
/// بين السودان وجنوب السودان», «سفيريها لدى واشنطن ولندن»), then the
/// sides of the last meeting, then two states named together further
/// back.
fn dual_sides(view: &DocView<'_>, earlier: &[Event], k: usize) -> Option<Vec<Actor>> {
    let country = is_country_dual(strip_conjunction(view.norm(k)));
    // (After a meeting, agreement or call of two, the dual is its sides.)
    let talks_told = earlier.iter().any(|e| {
        e.kind.is_symmetric()
            && e.mode != Some("multilateral")
            && e.source.len() + e.target.len() >= 2
    });
    if country && !talks_told {
        if let Some(pair) = pair_of_states_before(view, k, 1) {
            return Some(pair);
        }
    }
    match last_sides(
        view,
        earlier,
        people_dual(view, k),
        parties_dual(view, k),
        view.sentence_of(k),
    ) {
        Some(sides) => Some(sides),
        None if country => pair_of_states_before(view, k, 4),
        None => None,
    }
}

/// Is the name starting at `start` joined by «و» to the one ending at
/// `end`: «و» glued to it («وبريطانيا») or standing alone between them?
fn joined_by_and(view: &DocView<'_>, end: usize, start: usize) -> bool {
    end < view.words.len()
        && (start == end && view.words[start].text.starts_with('و')
            || start == end + 1 && view.norm(end) == "و")
}

/// The last two states named together («A وB», «A، وB») before `k`, in
/// its sentence or the `back` sentences before it; a capital or another
/// place stands for its state when the text names that state.
fn pair_of_states_before(view: &DocView<'_>, k: usize, back: usize) -> Option<Vec<Actor>> {
    let s = view.sentence_of(k);
    let from = view.sentences[s.saturating_sub(back)].start;
    let places: Vec<&ActorRef> = view
        .actors_in(from..k)
        .filter(|a| a.label == NerLabel::Location)
        .collect();
    let state = |m: &ActorRef| {
        let a = Actor::from(m);
        if is_country(view, m.cluster) {
            Some(a)
        } else {
            country_of(view, &a).and_then(|iso| country_named(view, iso))
        }
    };
    places.windows(2).rev().find_map(|w| {
        let (a, b) = (w[0], w[1]);
        let joined = joined_by_and(view, a.tokens.end, b.tokens.start);
        // («الأوضاع في سوريا وليبيا»: places where things happen.)
        let where_ = a.tokens.start > 0 && view.norm(a.tokens.start - 1) == "في";
        if !joined || where_ {
            return None;
        }
        let (x, y) = (state(a)?, state(b)?);
        (!x.same(&y)).then(|| vec![x, y])
    })
}

/// Where: a place after «في» or with ب in the sentence, nearest the trigger.
fn location_in(view: &DocView<'_>, sent: Range<usize>, t: usize) -> Option<Actor> {
    let near = sent.start.max(t.saturating_sub(8))..sent.end.min(t + 12);
    view.actors_in(near)
        .filter(|m| {
            is_place_use(view, m)
                || m.label == NerLabel::Organization
                    && m.tokens.start > 0
                    && view.norm(m.tokens.start - 1) == "في"
        })
        .min_by_key(|m| m.tokens.start.abs_diff(t))
        .map(Actor::from)
}

/// Negation and modality of the trigger at `t`.
fn modality_at(
    view: &DocView<'_>,
    t: usize,
    light: Option<usize>,
    sent: Range<usize>,
    kind: EventType,
) -> (bool, Modality) {
    let lex = lexicons();
    let head = light.unwrap_or(t);
    let norm = strip_conjunction(view.norm(head));
    // «قاطعت سوريا المؤتمر»: a meeting stayed away from is denied.
    if kind == EventType::Consult && is_boycott_verb(view.norm(head)) {
        return (true, Modality::Denied);
    }
    let near = sent.start.max(head.saturating_sub(3))..head;
    // «نفى المتحدث … أن يكون الوزير سامح شكري قد التقى»: a denial before
    // «أن يكون» reaches past long names.
    let kana = (sent.start.max(head.saturating_sub(10))..head)
        .find(|&k| matches!(view.norm(k), "يكون" | "تكون" | "يكونا" | "يكونوا"))
        .unwrap_or(head);
    // «نفى … أن تكون بلاده على علم، داعيا …»: a participle after a comma
    // says something of its own, outside the denial.
    let own_clause = head > sent.start && is_clause_punct(view, head - 1);
    // «لم يستبعد القيام بوساطة»: «لم» denies the ruling out, not the event
    // (hypothetical, below).
    let rules_out = |k: usize| {
        matches!(
            strip_conjunction(view.norm(k + 1)),
            "يستبعد" | "تستبعد" | "نستبعد" | "استبعد" | "استبعدت"
        )
    };
    let negated = near
        .clone()
        .any(|k| is_negation(view, k, head) && !rules_out(k))
        || !own_clause
            && (sent.start.max(kana.saturating_sub(10))..head)
                .any(|k| has_word(&lex.denials, view.norm(k)));
    if negated {
        return (true, Modality::Denied);
    }
    // A threat is conditional by nature and told as made: «هدد بضرب …
    // إذا هاجمت إيران» and «قال إنها سترد» are threats made, not planned.
    let threat = kind == EventType::Threaten;
    // «ستفرض عقوبات إذا غزت روسيا», «سنرسل سفينة إذا سمحت الظروف»: a
    // condition after the trigger, in its clause, wins over the future.
    // («أشاد …، مؤكدا أن إسرائيل تحتفظ بحقها في الرد إذا …»: not past a
    // clause of what is said.)
    if !threat
        && (t + 1..sent.end)
            .take_while(|&k| {
                !opens_new_clause(view.norm(k)) && !super::quotes::is_complementizer(view.norm(k))
            })
            .any(|k| is_condition(view, k))
    {
        return (false, Modality::Hypothetical);
    }
    let future = |n: &str| {
        (n.starts_with("سي") || n.starts_with("ست") || n.starts_with("سن"))
            && is_known_verb(&n['س'.len_utf8()..])
    };
    // «ستستضيف مؤتمرا»: a noun after a future verb is planned with it.
    let future_prefix = future(norm)
        || !lex
            .triggers
            .get(norm)
            .is_some_and(|x| x.frame == Frame::Verb)
            && (sent.start.max(head.saturating_sub(2))..head)
                .any(|k| future(strip_conjunction(view.norm(k))));
    // Plan words after the trigger count in its clause only («… تناول
    // الوضع، ومن المنتظر أن يعود» plans the return, not the meeting).
    let clause_end = (t + 1..sent.end.min(t + 8))
        .find(|&k| view.is_punct(k))
        .unwrap_or(sent.end.min(t + 8));
    let wide = sent.start.max(head.saturating_sub(8))..clause_end;
    // «قبل أسبوع من القمة»: what comes after the told event is still ahead.
    let before_of = head >= sent.start + 2
        && view.norm(head - 1) == "من"
        && (sent.start..head - 1)
            .rev()
            .take(3)
            .any(|k| strip_conjunction(view.norm(k)) == "قبل");
    if !threat
        && (future_prefix
            || before_of
            || (near.clone().any(|k| view.norm(k) == "سوف"))
            || wide.clone().any(|k| has_word(&lex.planned, view.norm(k))))
    {
        return (false, Modality::Planned);
    }
    // «قد» before an imperfect is «may»; before a perfect («كان قد
    // استقبل») it tells what already happened.
    // «وكان … قد تلقى»: a pluperfect, whatever letter the verb starts with,
    // past a long title chain («وكان صاحب السمو الملكي الأمير … ولي العهد
    // رئيس مجلس الوزراء ـ حفظه الله ـ قد تلقى»).
    // Beyond twelve words back, «كان» must be in the same clause («إذا كان
    // التنظيم قد أعطى …، فإنه قد نفذ» is a hedge).
    let pluperfect = |k: usize| {
        let mut crossed_clause = false;
        (sent.start.max(k.saturating_sub(30))..k).rev().any(|j| {
            crossed_clause |= is_clause_punct(view, j);
            (j + 12 >= k || !crossed_clause)
                && matches!(
                    strip_conjunction(view.norm(j)),
                    "كان" | "كانت" | "كانوا" | "كانا"
                )
        })
    };
    let hedge = |k: usize| {
        let n = strip_conjunction(view.norm(k));
        lex.conditionals.contains(n)
            && (n != "قد" || view.norm(k + 1).starts_with(['ي', 'ت', 'ن']) && !pluperfect(k))
    };
    // A condition before the trigger governs it only within its clause
    // («إذا ردت إسرائيل، فيما دعا …» does not make the call conditional).
    let condition_before = (sent.start.max(head.saturating_sub(8))..head)
        .rev()
        .take_while(|&k| !view.is_punct(k) && !opens_new_clause(view.norm(k)))
        .any(|k| matches!(strip_conjunction(view.norm(k)), "اذا" | "لو"));
    // «ولم يستبعد كوبلر أن يفرض مجلس الأمن عقوبات»: not ruled out is
    // possible, no more.
    let not_ruled_out = (sent.start.max(head.saturating_sub(6))..head).any(|k| {
        k > sent.start
            && matches!(
                strip_conjunction(view.norm(k)),
                "يستبعد" | "تستبعد" | "نستبعد" | "استبعد" | "استبعدت"
            )
            && matches!(strip_conjunction(view.norm(k - 1)), "لم" | "لا")
    });
    if near.clone().any(hedge) || condition_before || not_ruled_out {
        return (false, Modality::Hypothetical);
    }
    (false, Modality::Asserted)
}

/// Is `norm` a trigger or light verb, with a dual or plural ending
/// («يعقدان», «يوقعون»)?
fn is_known_verb(norm: &str) -> bool {
    let lex = lexicons();
    let known = |w: &str| lex.triggers.exact(w).is_some() || lex.light_verbs.contains(w);
    known(norm)
        || ["ان", "ون"]
            .iter()
            .any(|e| norm.strip_suffix(e).is_some_and(known))
}

/// The first token of the clause that holds `t`: after the last clause
/// punctuation before it, else `sent_start`.
fn clause_start(view: &DocView<'_>, sent_start: usize, t: usize) -> usize {
    (sent_start..t)
        .rev()
        .find(|&k| is_clause_punct(view, k))
        .map_or(sent_start, |k| k + 1)
}

/// Is token `k` punctuation that ends a clause (not a quote mark)?
fn is_clause_punct(view: &DocView<'_>, k: usize) -> bool {
    view.is_punct(k)
        && matches!(
            view.norm(k),
            "،" | "," | "." | "؛" | ";" | ":" | "!" | "؟" | "?"
        )
}

/// Does a new coordinated clause («…، ومن المنتظر أن يعود غدا») start
/// between the trigger at `t` and a later token `at`?
/// Does the date at `at`, after a verb trigger at `t`, belong to another
/// clause: one opened by a comma and another trigger («رحبت الوزارة
/// بالعقوبة، داعية اللجنة إلى …»), or a relative clause («… أولمبياد
/// باريس الذي ينطلق يوم 26 يوليو»)?
fn other_clause_after(view: &DocView<'_>, t: usize, at: usize) -> bool {
    let lex = lexicons();
    at > t
        && (t + 1..at).any(|k| {
            lex.relatives.contains(view.norm(k))
                || is_clause_punct(view, k)
                    && k + 1 < view.words.len()
                    && trigger_of(view.norm(k + 1)).is_some()
        })
}

fn new_clause_between(view: &DocView<'_>, t: usize, at: usize) -> bool {
    at > t
        && (t + 1..at).any(|k| {
            is_clause_punct(view, k)
                && view
                    .words
                    .get(k + 1)
                    .is_some_and(|w| w.text.starts_with('و') || opens_new_clause(view.norm(k + 1)))
                && !view.norm(k + 1).starts_with("وفق")
        })
}

/// «وهو ما رفضه المتحدث», «الذي انتقدته المعارضة»: a verb trigger with an
/// object pronoun right after «ما» or a relative pronoun, which a verbal
/// noun with a possessive («رفضه للقرار») spells alike.
fn relative_verb_with_object(view: &DocView<'_>, t: usize) -> Option<Trigger> {
    if t == 0 || !matches!(view.norm(t - 1), "ما" | "الذي" | "التي" | "الذين") {
        return None;
    }
    let norm = strip_conjunction(view.norm(t));
    ["هما", "هم", "ها", "ه"]
        .iter()
        .filter_map(|p| norm.strip_suffix(p))
        .filter_map(|stem| lexicons().triggers.exact(stem))
        .find(|x| x.frame == Frame::Verb)
}

/// Is the word at `k` a negation of the trigger at `head`? «ما» is one
/// only right before it, and not as a relative («وفق ما أعلنت», «وهو ما
/// نفته»).
fn is_negation(view: &DocView<'_>, k: usize, head: usize) -> bool {
    let n = strip_conjunction(view.norm(k));
    if !lexicons().negations.contains(n) {
        return false;
    }
    // «بكل ما اتفق عليه»: «ما» is the relative, and «عليه» takes it up.
    let resumptive = matches!(
        (head + 1 < view.words.len()).then(|| view.norm(head + 1)),
        Some("عليه" | "عليها" | "به" | "بها" | "عنه" | "عنها" | "فيه" | "فيها")
    );
    n != "ما"
        || k + 1 == head
            && !resumptive
            && !(k > 0
                && matches!(
                    view.norm(k - 1),
                    "وفق"
                        | "وفقا"
                        | "حسب"
                        | "بحسب"
                        | "طبقا"
                        | "وهو"
                        | "وهي"
                        | "هو"
                        | "هي"
                        | "كل"
                        | "بكل"
                        | "لكل"
                ))
}

/// Is the date at `at` in a relative clause on a noun after the trigger at
/// `t` («جلسة مباحثات تناولت التوتر على خلفية الهجمات التي استهدفت ناقلتي
/// نفط الخميس الماضي»)? A relative right after the trigger («القمة التي
/// تعقد الخميس») tells the trigger's own time.
fn later_relative_clause(view: &DocView<'_>, t: usize, at: usize) -> bool {
    let lex = lexicons();
    // The relative is on another event's noun between them («الهجمات»),
    // not on the trigger's own phrase («القمة الدولية … التي تفتتح»).
    at > t + 3
        && (t + 3..at).any(|k| {
            lex.relatives.contains(view.norm(k))
                && (t + 1..k).any(|j| trigger_of(view.norm(j)).is_some())
        })
}

/// The state whose missions a closure right after `t` names by their
/// nisba («إغلاق القنصليات العامة الإيرانية»), when the text names that
/// state.
fn missions_state(view: &DocView<'_>, t: usize, end: usize) -> Option<Actor> {
    let closes = matches!(
        strip_conjunction(view.norm(t)),
        "اغلاق" | "باغلاق" | "اغلقت" | "اغلق" | "تغلق" | "يغلق" | "اغلاقا"
    );
    if !closes {
        return None;
    }
    // Also a country's ports and crossings: «إغلاقا مؤقتا لكافة المنافذ
    // اليمنية».
    let mission = (t + 1..end.min(t + 4)).find(|&k| {
        matches!(
            view.norm(k),
            "القنصليات"
                | "القنصليه"
                | "السفاره"
                | "السفارات"
                | "البعثه"
                | "البعثات"
                | "المراكز"
                | "المنافذ"
                | "المواني"
                | "المعابر"
                | "المطارات"
        )
    })?;
    let iso = (mission + 1..end.min(mission + 4))
        .take_while(|&k| view.norm(k).starts_with("ال"))
        .find_map(|k| super::nisba_country(view.kb, view.norm(k)))?;
    country_named(view, iso)
}

/// Does the time expression starting at `k` set a deadline («اتفقا على
/// إقامة منطقة … بحلول 15 أكتوبر»), not the day the event was told?
fn is_deadline(view: &DocView<'_>, k: usize) -> bool {
    k > 0
        && matches!(
            strip_conjunction(view.norm(k - 1)),
            "بحلول" | "حتي" | "لغايه"
        )
}

/// Is the word at `k` a condition («إذا», «لو», «متى ما»)?
fn is_condition(view: &DocView<'_>, k: usize) -> bool {
    let n = strip_conjunction(view.norm(k));
    matches!(n, "اذا" | "لو") || n == "متي" && view.norm(k + 1) == "ما"
}

/// Adds `e` to `events`, or, when it is an event already told (same
/// type, same sides), to that event's mentions.
fn merge_into(events: &mut Vec<Event>, view: &DocView<'_>, e: Event) {
    let key = sides_key(view, &e);
    let same = events.iter_mut().find(|o| {
        if o.kind != e.kind || o.negated != e.negated || o.modality != e.modality {
            return false;
        }
        // Told at different times: two events («زار موسكو في سبتمبر 2021»).
        if let (Some(a), Some(b)) = (&o.period, &e.period) {
            if !a.starts_with(b.as_str()) && !b.starts_with(a.as_str()) {
                return false;
            }
        }
        // A month or a year alone («في سبتمبر 2021») points back to
        // another occasion than one told without a time.
        if o.period.is_none() && e.date.is_none() && e.period.is_some() {
            return false;
        }
        // Two meetings of one person with two others of one country
        // («التقى … ترامب، كما التقى … كلينتون») are two events.
        if !same_people(view, o, &e) {
            return false;
        }
        let other = sides_key(view, o);
        // The same meeting told with one side only («زيارته»).
        other == key
            || e.kind.is_symmetric()
                && e.target.is_empty()
                && key.0.iter().all(|k| other.0.contains(k))
    });
    let Some(first) = same else {
        events.push(e);
        return;
    };
    first.also.push(e.trigger.clone());
    if first.location.is_none() {
        first.location = e.location;
    }
    if first.date.is_none() {
        first.date = e.date;
    }
    if first.period.is_none() {
        first.period = e.period;
    }
    if first.target.is_empty() {
        first.target = e.target;
    }
    first.confidence = first.confidence.max(e.confidence);
}

/// Verbs that start, make or end a tour («يبدأ الوزير جولة»; search forms).
const TOUR_VERBS: &str = "بدا يبدا سيبدا بدات تبدا ستبدا اجري يجري سيجري اجرت تجري ستجري قام يقوم \
    سيقوم قامت تقوم ستقوم استهل يستهل استهلت تستهل اختتم يختتم اختتمت تختتم واصل يواصل واصلت تواصل";

/// «يبدأ الرئيس السادات الأسبوع المقبل جولة عربية تشمل الرياض والكويت
/// والجزائر», «بعد جولة قادت عراقجي إلى الرياض والدوحة»: a tour that
/// names its stops is one CONSULT visit to each, on «جولة» (annotation
/// guide §4.8, «A tour that names its stops»); a tour with no places, or
/// a round of talks («جولة محادثات»), is none. The traveller is the
/// subject of the verb that starts the tour, or the one the tour «took».
fn tour_stops(
    view: &DocView<'_>,
    dates: &[DatedToken],
    published: Option<Date>,
    events: &mut Vec<Event>,
) {
    static VERBS: OnceLock<WordSet> = OnceLock::new();
    let verbs = VERBS.get_or_init(|| word_set(TOUR_VERBS));
    let trig = Trigger {
        kind: EventType::Consult,
        mode: Some("visit"),
        cameo: "04",
        frame: Frame::Noun,
        reversed: false,
        stem: "جولة",
    };
    let mut found = Vec::new();
    for (s_idx, sent) in view.sentences.iter().enumerate() {
        for t in sent.clone() {
            if !matches!(strip_conjunction(view.norm(t)), "جوله" | "بجوله") {
                continue;
            }
            // The word that names the stops, after at most two adjectives
            // («جولة عربية تشمل», «جولة خليجية قادته إلى»).
            let Some(c) = (t + 1..sent.end.min(t + 4))
                .take_while(|&k| !view.is_punct(k) && view.actor_starting_at(k).is_none())
                .find(|&k| {
                    matches!(
                        view.norm(k),
                        "تشمل" | "شملت" | "ستشمل" | "قادت" | "تقود" | "ستقود"
                    )
                })
            else {
                continue;
            };
            let (source, from, light) =
                if view.norm(c).ends_with("قادت") || view.norm(c).ends_with("قود") {
                    // «جولة قادت عراقجي إلى …»: the one it took, then «إلى».
                    let Some(to) = (c + 1..sent.end.min(c + 10)).find(|&k| view.norm(k) == "الي")
                    else {
                        continue;
                    };
                    (first_actors_after(view, c + 1, to, events), to + 1, None)
                } else {
                    // «يبدأ الرئيس … جولة»: the subject between the verb and
                    // the tour.
                    let Some(v) = (sent.start.max(t.saturating_sub(12))..t)
                        .rev()
                        .find(|&k| has_word(verbs, strip_conjunction(view.norm(k))))
                    else {
                        continue;
                    };
                    (first_actors_after(view, v + 1, t, events), c + 1, Some(v))
                };
            let source: Vec<Actor> = source
                .into_iter()
                .filter(|a| !is_location(view, a))
                .collect();
            if source.is_empty() {
                continue;
            }
            // The stops: places joined by «و».
            let mut stops = Vec::new();
            let mut k = from;
            while k < sent.end {
                if let Some(a) = view.actor_starting_at(k) {
                    let stop = Actor::from(a);
                    if !is_location(view, &stop) {
                        break;
                    }
                    k = stop.tokens.end;
                    stops.push(stop);
                } else if view.norm(k) == "و" {
                    k += 1;
                } else {
                    break;
                }
            }
            if stops.is_empty() {
                continue;
            }
            let at = VisitAt {
                trig,
                t,
                light,
                sentence: s_idx,
            };
            for stop in stops {
                found.push(dated_visit(
                    view,
                    dates,
                    published,
                    at,
                    source.clone(),
                    stop,
                ));
            }
        }
    }
    for e in found {
        merge_into(events, view, e);
    }
}

/// Where a visit found by a post-pass is told: its trigger, the light verb
/// that carries it, its sentence.
#[derive(Clone, Copy)]
struct VisitAt {
    trig: Trigger,
    t: usize,
    light: Option<usize>,
    sentence: usize,
}

/// A visit by `source` to `place` told at `at` (a tour's stop, an arrival
/// to hold talks): its negation and modality, and the date nearest it in
/// its clause; a date after publication makes it planned.
fn dated_visit(
    view: &DocView<'_>,
    dates: &[DatedToken],
    published: Option<Date>,
    at: VisitAt,
    source: Vec<Actor>,
    place: Actor,
) -> Event {
    let VisitAt {
        trig,
        t,
        light,
        sentence,
    } = at;
    let sent = view.sentences[sentence].clone();
    let (negated, modality) = modality_at(view, t, light, sent, EventType::Consult);
    let nearest = dates
        .iter()
        .filter(|d| {
            view.sentence_of(d.token) == sentence
                && (d.date.is_some() || d.period.is_some())
                && !new_clause_between(view, light.unwrap_or(t), d.token)
                && !new_clause_between(view, d.token, t)
        })
        .min_by_key(|d| d.token.abs_diff(t));
    let date = nearest.and_then(|d| d.date);
    let modality = match (date, published) {
        (Some(d), Some(p)) if d > p && modality == Modality::Asserted => Modality::Planned,
        _ => modality,
    };
    let mut e = event_with_sides(trig, t, sentence, source, vec![place.clone()], 0.7);
    e.location = Some(place);
    e.negated = negated;
    e.modality = modality;
    e.date = date;
    e.period = nearest.and_then(|d| d.period.clone());
    e
}

/// «بحث جلالة الملك والرئيس السوري، في اتصال هاتفي تلقاه جلالته من
/// الرئيس السوري، العلاقات»: talks held in a call received are that call
/// (guide §4.3, `phone`), on the call noun, the one it came from («من»)
/// as source; the same call told again later («خلال الاتصال») is it.
fn talks_held_in_a_call(view: &DocView<'_>, events: &mut Vec<Event>) {
    let mut i = 0;
    while i < events.len() {
        let e = &events[i];
        let talks = e.kind == EventType::Consult
            && e.mode != Some("phone")
            && e.trigger.len() == 1
            && matches!(
                strip_conjunction(view.norm(e.trigger.start)),
                "بحث"
                    | "بحثا"
                    | "ناقش"
                    | "ناقشا"
                    | "استعرض"
                    | "استعرضا"
                    | "تناول"
                    | "تناولا"
            );
        let sent = view.sentences[e.sentence].clone();
        let call = talks
            .then(|| {
                (e.trigger.end..sent.end.min(e.trigger.end + 16)).find(|&k| {
                    k + 1 < sent.end && view.norm(k) == "في" && view.norm(k + 1) == "اتصال"
                })
            })
            .flatten()
            .map(|k| k + 1);
        let Some(call) = call else {
            i += 1;
            continue;
        };
        let mut k = call + 1;
        if k < sent.end && matches!(view.norm(k), "هاتفي" | "هاتفيا") {
            k += 1;
        }
        let received = k < sent.end
            && matches!(
                view.norm(k),
                "تلقاه" | "تلقته" | "تلقاها" | "تلقياه" | "تلقيا" | "تلقي" | "تلقت"
            );
        let from = received
            .then(|| (k + 1..sent.end.min(k + 4)).find(|&j| view.norm(j) == "من"))
            .flatten();
        let caller = from
            .and_then(|j| view.actors_in(j + 1..sent.end.min(j + 8)).next())
            .map(Actor::from);
        let sides: Vec<Actor> = e.source.iter().chain(&e.target).cloned().collect();
        let Some(caller) = caller.and_then(|c| sides.iter().find(|a| a.same(&c)).cloned()) else {
            i += 1;
            continue;
        };
        let rest: Vec<Actor> = sides.into_iter().filter(|a| !a.same(&caller)).collect();
        if rest.is_empty() {
            i += 1;
            continue;
        }
        let e = &mut events[i];
        e.mode = Some("phone");
        e.trigger = call..call + 1;
        e.source = vec![caller];
        e.target = rest;
        // The same call told again after it.
        let key = sides_key(view, &events[i]);
        let mut j = i + 1;
        while j < events.len() {
            let o = &events[j];
            if o.kind == EventType::Consult
                && o.mode == Some("phone")
                && o.modality == events[i].modality
                && sides_key(view, o) == key
            {
                let o = events.remove(j);
                events[i].also.push(o.trigger);
            } else {
                j += 1;
            }
        }
        i += 1;
    }
}

/// «ومن المقرر أن يصل الوسيط X إلى الخرطوم السبت لبحث الأزمة مع …»:
/// arriving somewhere to hold talks is a visit to that place (annotation
/// guide §4.20, 14), told on the arrival verb, by whoever arrives (after
/// the verb, after the place: «يصل إلى طرابلس اليوم وفد …», or before the
/// verb in its clause). Arriving alone is no event (§4.1), and arriving
/// «في زيارة» is the noun's visit.
fn arrivals_for_talks(
    view: &DocView<'_>,
    dates: &[DatedToken],
    published: Option<Date>,
    events: &mut Vec<Event>,
) {
    static VERBS: OnceLock<WordSet> = OnceLock::new();
    let verbs = VERBS.get_or_init(|| word_set("وصل وصلت يصل تصل سيصل ستصل"));
    let trig = Trigger {
        kind: EventType::Consult,
        mode: Some("visit"),
        cameo: "04",
        frame: Frame::Verb,
        reversed: false,
        stem: "وصل",
    };
    let mut found = Vec::new();
    for (s_idx, sent) in view.sentences.iter().enumerate() {
        for t in sent.clone() {
            if !has_word(verbs, view.norm(t)) {
                continue;
            }
            let Some(to) = (t + 1..sent.end.min(t + 14))
                .take_while(|&k| !is_clause_punct(view, k))
                .find(|&k| view.norm(k) == "الي")
            else {
                continue;
            };
            let Some(place) = view
                .actor_starting_at(to + 1)
                .filter(|a| a.label == NerLabel::Location)
            else {
                continue;
            };
            let Some(purpose) = (place.tokens.end..sent.end.min(place.tokens.end + 10))
                .take_while(|&j| {
                    !is_clause_punct(view, j)
                        && trigger_of(view.norm(j)).is_none_or(|x| x.mode != Some("visit"))
                })
                .find(|&j| {
                    let w = strip_conjunction(view.norm(j));
                    is_talks_purpose(w) || matches!(w, "للقاء" | "لاجراء" | "للاجتماع")
                })
            else {
                continue;
            };
            let who = |from: usize, until: usize| -> Vec<Actor> {
                first_actors_after(view, from, until, events)
                    .into_iter()
                    .filter(|a| !is_location(view, a))
                    .collect()
            };
            let mut source = who(t + 1, to);
            if source.is_empty() {
                source = who(place.tokens.end, purpose);
            }
            if source.is_empty() {
                let clause = clause_start(view, sent.start, t);
                source = view
                    .actors_in(clause..t)
                    .filter(|a| a.label == NerLabel::Person && can_act(view, a))
                    .last()
                    .map(Actor::from)
                    .into_iter()
                    .collect();
            }
            if source.is_empty() {
                continue;
            }
            let at = VisitAt {
                trig,
                t,
                light: None,
                sentence: s_idx,
            };
            found.push(dated_visit(
                view,
                dates,
                published,
                at,
                source,
                Actor::from(place),
            ));
        }
    }
    for e in found {
        merge_into(events, view, e);
    }
}

/// «يتوجه كيسنجر إلى دمشق لبحث فصل القوات مع الرئيس حافظ الأسد», «يزور
/// المبعوث صنعاء لبحث … مع الرئيس»: the talks a trip is made to hold with
/// someone are a meeting of their own (annotation guide §4.9, «A planned
/// trip to hold talks»), by the traveller, told as the trip is, on the
/// word of purpose. Mode `visit` when the one met is of the visited
/// country, else `meet`.
fn talks_a_trip_is_for(view: &DocView<'_>, events: &mut Vec<Event>) {
    let country = |a: &Actor| {
        a.cluster
            .and_then(|c| view.resolution.clusters.get(c))
            .and_then(|c| c.country.clone())
            .or_else(|| a.country.clone())
    };
    let mut talks = Vec::new();
    for e in events.iter().filter(|e| {
        e.kind == EventType::Consult
            && e.mode == Some("visit")
            && e.trigger.len() == 1
            && !e.source.is_empty()
            && e.target.len() == 1
    }) {
        let sent = &view.sentences[e.sentence];
        let Some(p) = (e.trigger.end..sent.end.min(e.trigger.end + 12))
            .take_while(|&k| !is_event_verb(view.norm(k)))
            .find(|&k| is_talks_purpose(view.norm(k)))
        else {
            continue;
        };
        let Some(with) = (p + 1..sent.end.min(p + 10))
            .take_while(|&k| !view.is_punct(k) && !is_event_verb(view.norm(k)))
            .find(|&k| view.norm(k) == "مع")
        else {
            continue;
        };
        if new_clause_between(view, e.trigger.start, with) {
            continue;
        }
        let met: Vec<Actor> = first_actors_after(view, with + 1, sent.end, events)
            .into_iter()
            .filter(|a| !e.source.iter().any(|s| s.same(a)) && !is_location(view, a))
            .collect();
        if met.is_empty() {
            continue;
        }
        let visited = &e.target[0];
        let mode = if met
            .iter()
            .all(|a| country(a).is_some() && country(a) == country(visited))
        {
            "visit"
        } else {
            "meet"
        };
        talks.push(Event {
            mode: Some(mode),
            target: met,
            location: is_location(view, visited).then(|| visited.clone()),
            trigger: p..p + 1,
            also: Vec::new(),
            ..e.clone()
        });
    }
    for e in talks {
        merge_into(events, view, e);
    }
}

/// Is `norm` a word of purpose naming talks («لبحث», «لمناقشة»)?
fn is_talks_purpose(norm: &str) -> bool {
    matches!(
        norm,
        "لبحث" | "لمناقشه" | "للتباحث" | "للتشاور" | "لمباحثات" | "للبحث"
    )
}

/// A meeting with no place of its own («التقى بوتين في الكرملين» names a
/// building; «خلال لقائه» none) happens in the place one of its sides is
/// told to be visiting at that time. Looks at the few nearest visits only.
fn place_meetings_where_visited(view: &DocView<'_>, events: &mut [Event]) {
    let visits: Vec<usize> = (0..events.len())
        .filter(|&i| {
            let e = &events[i];
            e.kind == EventType::Consult
                && e.mode == Some("visit")
                && e.target.first().is_some_and(|a| is_location(view, a))
        })
        .collect();
    for i in 0..events.len() {
        let e = &events[i];
        if e.kind != EventType::Consult
            || visits.binary_search(&i).is_ok()
            || e.location.as_ref().is_some_and(|l| is_location(view, l))
        {
            continue;
        }
        // The nearest visits, before and after.
        let at = visits.partition_point(|&v| v < i);
        let near = &visits[at.saturating_sub(4)..(at + 4).min(visits.len())];
        let found = near.iter().map(|&v| &events[v]).find(|v| {
            v.modality == e.modality
                && match (&v.period, &e.period) {
                    (Some(a), Some(b)) => a.starts_with(b.as_str()) || b.starts_with(a.as_str()),
                    _ => true,
                }
                && v.source
                    .iter()
                    .any(|s| e.source.iter().chain(&e.target).any(|x| x.same(s)))
        });
        if let Some(place) = found.and_then(|v| v.target.first().cloned()) {
            events[i].location = Some(place);
        }
    }
}

/// Do two events name the same people, or too few to tell?
fn same_people(view: &DocView<'_>, a: &Event, b: &Event) -> bool {
    let people = |e: &Event| -> Vec<usize> {
        let mut v: Vec<usize> = e
            .source
            .iter()
            .chain(&e.target)
            .filter_map(|x| x.cluster)
            .filter(|&c| {
                view.resolution
                    .clusters
                    .get(c)
                    .is_some_and(|c| c.label == Some(NerLabel::Person))
            })
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let (pa, pb) = (people(a), people(b));
    pa.len() < 2 || pb.len() < 2 || pa == pb
}

/// Who an actor stands for when comparing events: its country when it is a
/// country or place, else its entity (a visit to Moscow and a meeting with
/// Putin are two events).
fn actor_key(view: &DocView<'_>, a: &Actor) -> String {
    let Some(cluster) = a.cluster else {
        let words: Vec<&str> = a
            .alias
            .clone()
            .unwrap_or(a.tokens.clone())
            .map(|t| view.norm(t))
            .collect();
        return words.join(" ");
    };
    match view.resolution.clusters.get(cluster) {
        Some(c) if c.label == Some(NerLabel::Location) => {
            c.country.clone().unwrap_or_else(|| format!("#{cluster}"))
        }
        _ => format!("#{cluster}"),
    }
}

/// The sides of an event as sets of actors (unordered for symmetric types).
fn sides_key(view: &DocView<'_>, e: &Event) -> (Vec<String>, Vec<String>) {
    let mut s: Vec<String> = e.source.iter().map(|a| actor_key(view, a)).collect();
    let mut t: Vec<String> = e.target.iter().map(|a| actor_key(view, a)).collect();
    s.sort_unstable();
    s.dedup();
    t.sort_unstable();
    t.dedup();
    if e.kind.is_symmetric() {
        let mut all: Vec<String> = s.into_iter().chain(t).collect();
        all.sort_unstable();
        all.dedup();
        return (all, Vec::new());
    }
    (s, t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::testing::{join_words, TestDoc};

    /// One event as the tests read it: type, trigger, source and target
    /// texts, modality.
    #[derive(Debug)]
    struct Seen {
        kind: &'static str,
        trigger: String,
        source: Vec<String>,
        target: Vec<String>,
        modality: &'static str,
    }

    impl Seen {
        /// Source and target together, sorted: the sides of a symmetric
        /// event, whichever was found first.
        fn sides(&self) -> Vec<&str> {
            let mut sides: Vec<&str> = self
                .source
                .iter()
                .chain(&self.target)
                .map(String::as_str)
                .collect();
            sides.sort_unstable();
            sides
        }
    }

    fn events(text: &str) -> Vec<Seen> {
        let d = TestDoc::new(text);
        let words = d.words();
        let view = d.view(&words);
        let join = |r: &Range<usize>| join_words(&words, r);
        let quotes = crate::facts::quotes::QuoteFinder.find(&view);
        EventFinder::default()
            .find(&view, &[], Date::new(2024, 5, 2), &quotes)
            .iter()
            .map(|e| Seen {
                kind: e.kind.as_str(),
                trigger: join(&e.trigger),
                source: e.source.iter().map(|a| join(&a.tokens)).collect(),
                target: e.target.iter().map(|a| join(&a.tokens)).collect(),
                modality: e.modality.as_str(),
            })
            .collect()
    }

    #[test]
    fn talks_in_the_white_house_are_held_there_with_its_host() {
        // A long honorific subject still reaches the light verb, and the
        // seat of a government after «في» is where, not with whom.
        let seen = events(
            "عقد حضرة صاحب السمو أمير البلاد الشيخ صباح الأحمد الجابر الصباح والرئيس الأمريكي دونالد ترامب اليوم الأربعاء جلسة مباحثات رسمية في البيت الأبيض.",
        );
        let talks = find(&seen, "جلسة");
        assert_eq!(talks.kind, "CONSULT", "{seen:#?}");
        assert!(talks.trigger.starts_with("عقد"), "{seen:#?}");
        assert_eq!(talks.target, ["دونالد ترامب"], "{seen:#?}");
        let seen =
            events("ويلتقي الحريري الرئيس الأمريكي باراك أوباما في البيت الأبيض الخميس المقبل.");
        assert_eq!(find(&seen, "ويلتقي").target, ["باراك أوباما"], "{seen:#?}");
    }

    #[test]
    fn the_maghrebi_first_minister_is_no_other_minister() {
        // «الوزير الأول» is a title of two words: the nisba and the name
        // after it are his, not a prime minister told before.
        let seen = events(
            "وقال رئيس الوزراء الإسباني بيدرو سانشيز إن مدريد ستواصل التعاون مع الرباط. واستقبل الوزير الأول الجزائري أيمن بن عبد الرحمن، اليوم الأحد، وزير الخارجية الإيطالي أنطونيو تاياني.",
        );
        let host = find(&seen, "واستقبل");
        assert_eq!(host.source, ["أيمن بن عبد الرحمن"], "{seen:#?}");
        assert_eq!(host.target, ["أنطونيو تاياني"], "{seen:#?}");
    }

    #[test]
    fn the_person_after_kana_acts_not_a_group_word_of_his_title() {
        for (text, trigger) in [
            (
                "وكان الدكتور سامي النمر، نائب رئيس الوزراء وزير الصحة والسكان، قد أجرى أمس اتصالا هاتفيا بنظيره الأردني فراس الهواري.",
                "اتصالا",
            ),
            (
                "وكان الدكتور سامي النمر، نائب رئيس الوزراء وزير الصحة والسكان، قد استقبل أمس نظيره الأردني فراس الهواري.",
                "استقبل",
            ),
        ] {
            let seen = events(text);
            let call = find(&seen, trigger);
            assert_eq!(call.source, ["سامي النمر"], "{seen:#?}");
            assert_eq!(call.target, ["فراس الهواري"], "{seen:#?}");
        }
    }

    #[test]
    fn a_title_with_a_nisba_before_a_name_is_that_name() {
        // «الأمير القطري تميم بن حمد»: the name after the nisba is the
        // subject, not the prince told before.
        let seen = events(
            "وأعلن ولي العهد الأمير محمد بن سلمان إطلاق المبادرة. ورحب الأمير القطري تميم بن حمد بالمبادرة.",
        );
        let welcome = find(&seen, "ورحب");
        assert_eq!(welcome.source, ["تميم بن حمد"], "{seen:#?}");
    }

    #[test]
    fn artillery_and_boats_with_a_nisba_act_for_their_state() {
        let seen = events("وكانت المدفعية السورية قد قصفت أمس مواقع المعارضة المسلحة في ريف إدلب.");
        assert_eq!(
            find(&seen, "قصفت").source,
            ["المدفعية السورية"],
            "{seen:#?}"
        );
        let seen = events("واحتجزت الزوارق الإيرانية ناقلة نفط في مضيق هرمز.");
        assert_eq!(
            find(&seen, "واحتجزت").source,
            ["الزوارق الإيرانية"],
            "{seen:#?}"
        );
        // Alone, no actor.
        let seen = events("وقصفت المدفعية مواقع المعارضة المسلحة.");
        assert!(
            seen.iter()
                .all(|e| !e.source.iter().any(|a| a.contains("المدفعية"))),
            "{seen:#?}"
        );
    }

    #[test]
    fn the_pronoun_on_but_is_the_subject_of_the_sentence() {
        // No event before it in the sentence: the subject of its main
        // verb, not the nearest actor.
        let seen = events(
            "وأبدى وزير الخارجية الأردني أيمن الصفدي أسفه لسقوط ضحايا مدنيين، لكنه حمل الحركة المسؤولية.",
        );
        assert_eq!(find(&seen, "حمل").source, ["أيمن الصفدي"], "{seen:#?}");
    }

    #[test]
    fn counted_rockets_are_no_crowd() {
        let seen = events("وأطلقت جماعة الحوثي عشرات الصواريخ والمسيرات على إسرائيل.");
        assert_eq!(find(&seen, "وأطلقت").target, ["إسرائيل"], "{seen:#?}");
    }

    #[test]
    fn closing_borders_and_halting_support_sanction() {
        let seen = events("وأغلقت موريتانيا حدودها مع مالي أمس.");
        let closure = find(&seen, "وأغلقت");
        assert_eq!(closure.kind, "SANCTION", "{seen:#?}");
        assert_eq!(closure.target, ["مالي"], "{seen:#?}");
        let seen = events("وقررت تونس غلق معبر رأس جدير مع ليبيا.");
        assert_eq!(find(&seen, "غلق").kind, "SANCTION", "{seen:#?}");
        let seen = events("وأوقفت الولايات المتحدة مساعداتها العسكرية للسودان.");
        let halt = find(&seen, "وأوقفت");
        assert_eq!(halt.kind, "SANCTION", "{seen:#?}");
        // (The test's texts keep the glued preposition.)
        assert!(
            halt.target.len() == 1 && halt.target[0].ends_with("سودان"),
            "{seen:#?}"
        );
        // Protesters closing a road or a crossing: no sanction.
        let seen = events("وأغلق المحتجون الطريق الرئيسي المؤدي إلى الميناء.");
        assert!(seen.iter().all(|e| e.kind != "SANCTION"), "{seen:#?}");
        let seen = events("وأغلق المحتجون معبر رأس جدير الحدودي مع ليبيا.");
        assert!(seen.iter().all(|e| e.kind != "SANCTION"), "{seen:#?}");
    }

    #[test]
    fn a_shah_of_a_country_before_his_name_is_the_name() {
        let seen = events("واستقبل شاه إيران محمد رضا بهلوي الرئيس المصري أنور السادات في طهران.");
        let host = find(&seen, "واستقبل");
        assert_eq!(host.source, ["محمد رضا بهلوي"], "{seen:#?}");
        assert_eq!(host.target, ["أنور السادات"], "{seen:#?}");
    }

    #[test]
    fn kana_does_not_reach_into_a_clause_of_its_own() {
        let seen = events("وكان الوزير سامي النمر قد أعلن أن الحكومة قد قطعت العلاقات مع إسرائيل.");
        assert_eq!(find(&seen, "قطعت").source, ["الحكومة"], "{seen:#?}");
        let seen = events("وكان الوزير سامي النمر، رئيس الوفد، قد أكد أن البرلمان قد رفض الاتفاق.");
        assert_eq!(find(&seen, "رفض").source, ["البرلمان"], "{seen:#?}");
    }

    #[test]
    fn a_gunman_with_his_nisba_kills_settlers() {
        let seen = events(
            "ونددت الحركة بالاجتماع. وفي وقت سابق اليوم، قتل مسلح فلسطيني مستوطنين إسرائيليين اثنين قرب نابلس.",
        );
        let attack = find(&seen, "قتل");
        assert_eq!(attack.source, ["مسلح فلسطيني"], "{seen:#?}");
        assert_eq!(attack.target, ["مستوطنين إسرائيليين"], "{seen:#?}");
        // «مسلح» after a noun is its adjective, no gunman.
        let seen = events("وقتل جنديان في هجوم مسلح على دورية.");
        assert!(
            seen.iter()
                .all(|e| !e.source.iter().chain(&e.target).any(|a| a == "مسلح")),
            "{seen:#?}"
        );
    }

    #[test]
    fn the_site_of_an_attack_names_the_attack_told_before() {
        let seen = events(
            "وشن مسلحون أمس هجوما على حاجز للشرطة في العريش. وتفقد الرئيس عبد الفتاح السيسي اليوم موقع الهجوم برفقة وزير الدفاع محمد زكي ورئيس الأركان أسامة عسكر. ودانت الجامعة العربية الهجوم.",
        );
        assert_eq!(
            seen.iter().filter(|e| e.kind == "ASSAULT").count(),
            1,
            "{seen:#?}"
        );
        assert_eq!(find(&seen, "ودانت").target, ["مسلحون"], "{seen:#?}");
    }

    #[test]
    fn a_subject_spelt_with_b_after_a_title_in_apposition() {
        // «بوتين» starts with ب: it is a word of his name, not «ب» + a
        // name, though a role phrase («رئيس روسيا الاتحادية») is the
        // longest mention of him.
        let seen = events(
            "والتقى الوزير فلاديمير بوتين رئيس روسيا الاتحادية في موسكو. وأدان الرئيس بوتين الهجوم على السفارة، ورحب بالتحقيق.",
        );
        let e = find(&seen, "وأدان");
        assert_eq!(e.source, ["بوتين"]);
    }

    fn find<'a>(seen: &'a [Seen], trigger: &str) -> &'a Seen {
        seen.iter()
            .find(|e| e.trigger.ends_with(trigger))
            .unwrap_or_else(|| panic!("no event «{trigger}»: {seen:#?}"))
    }

    #[test]
    fn the_people_an_arrest_counts_are_its_object() {
        let seen = events("واعتقلت الشرطة 84 شخصا خلال الاحتجاجات في العاصمة.");
        let arrest = find(&seen, "واعتقلت");
        assert_eq!(arrest.kind, "COERCE");
        assert_eq!(arrest.target, ["84 شخصا"], "{seen:#?}");
        let seen =
            events("أوقفت الأجهزة الأمنية 11 ناشطا عقب المسيرة، قبل أن تفرج عن ثمانية منهم مساء.");
        assert_eq!(find(&seen, "أوقفت").kind, "COERCE");
        assert_eq!(find(&seen, "أوقفت").target, ["11 ناشطا"], "{seen:#?}");
        assert_eq!(find(&seen, "تفرج").target, ["ثمانية منهم"], "{seen:#?}");
        // A year and a unit count no one.
        let seen = events("قتل الجيش 2015 مسلحا وقصف المدينة 3 مرات.");
        assert!(
            seen.iter()
                .all(|e| e.target.iter().all(|t| !t.contains("مرات"))),
            "{seen:#?}"
        );
    }

    #[test]
    fn an_interaction_with_no_one_acted_on_is_no_event() {
        let seen = events(
            "والتقى الرئيس الفرنسي إيمانويل ماكرون خلال جولته في المنطقة. \
             وتعقد اللجنة المشتركة اجتماعها الأسبوع المقبل في عمان. \
             ولم يلتق الوفد الإسرائيلي أحدا في القاهرة. \
             وأرسلت الحكومة قافلة مساعدات أمس. وشنت الطائرات غارات عنيفة فجر اليوم.",
        );
        // A body's own meeting needs no one else.
        assert_eq!(find(&seen, "اجتماعها").source, ["اللجنة المشتركة"]);
        // A person meeting no one, a meeting denied with no one named, aid
        // to no one and an attack on nothing are dropped.
        assert_eq!(seen.len(), 1, "{seen:#?}");
    }

    #[test]
    fn praise_and_criticism_of_no_one_are_no_events() {
        let seen = events(
            "وأشاد وزير الخارجية أيمن الصفدي بالجهود المبذولة لإنهاء الأزمة. \
             ورحبت الحكومة السورية بالخطوة. \
             وانتقدت منظمة العفو الدولية بشدة قانون الجمعيات الجديد.",
        );
        // A welcome may stand alone; praise and criticism name whom.
        assert_eq!(find(&seen, "ورحبت").kind, "SUPPORT");
        assert_eq!(seen.len(), 1, "{seen:#?}");
    }

    #[test]
    fn the_next_person_after_a_title_by_his_honorific() {
        let seen = events(
            "استضافت سلطنة عمان اليوم في مسقط لقاء جمع فخامة قاسم جومارت توكاييف رئيس جمهورية كازاخستان ودولة شهباز شريف رئيس وزراء باكستان.",
        );
        let hosted = find(&seen, "استضافت");
        assert_eq!(
            hosted.target,
            ["قاسم جومارت توكاييف", "شهباز شريف"],
            "{seen:#?}"
        );
    }

    #[test]
    fn the_people_a_clause_describes_are_its_object_pronoun() {
        let seen = events("وأفرجت السلطات عن ناشطين اعتقلتهم الشرطة الشهر الماضي.");
        let arrest = find(&seen, "اعتقلتهم");
        assert_eq!(arrest.source, ["الشرطة"], "{seen:#?}");
        assert_eq!(arrest.target, ["ناشطين"], "{seen:#?}");
    }

    #[test]
    fn an_unresolved_title_after_the_verb_is_no_pronoun_subject() {
        let seen = events(
            "وأفرجت السلطات عن ناشطين اعتقلتهم الشرطة الشهر الماضي. وزار الرئيس القاهرة أمس.",
        );
        // «الرئيس» is the visitor, whom the entities did not name: not the
        // police of the sentence before.
        assert!(seen.iter().all(|e| e.kind != "CONSULT"), "{seen:#?}");
    }

    #[test]
    fn the_one_who_arrived_meets_in_the_clause_joined_on() {
        let seen = events(
            "وكان وزير الخارجية البريطاني ديفيد لامي قد وصل إلى الدوحة أمس، والتقى مساء أمس صاحب السمو الشيخ تميم بن حمد آل ثاني.",
        );
        let met = find(&seen, "والتقى");
        assert_eq!(met.source, ["ديفيد لامي"], "{seen:#?}");
        assert_eq!(met.target, ["تميم بن حمد آل ثاني"], "{seen:#?}");
        // «ثم» joins the next one met.
        let seen =
            events("والتقى الوزير ديفيد لامي الشيخ تميم بن حمد آل ثاني ثم سعد الحريري في منزله.");
        assert_eq!(seen.len(), 2, "{seen:#?}");
        assert_eq!(seen[1].target, ["سعد الحريري"], "{seen:#?}");
    }

    #[test]
    fn the_leaders_who_witness_a_signing_sign() {
        let seen = events(
            "وصل الشيخ محمد بن زايد آل نهيان إلى أنقرة أمس. وشهد سموه والرئيس رجب طيب أردوغان توقيع عدد من الاتفاقيات ومذكرات التفاهم في مجالات الطاقة.",
        );
        let signed = find(&seen, "ومذكرات");
        assert_eq!(signed.source, ["محمد بن زايد آل نهيان"], "{seen:#?}");
        assert_eq!(signed.target, ["رجب طيب أردوغان"], "{seen:#?}");
        // Witnesses named with their titles; the state of a title is none.
        let seen = events(
            "وشهد أمير قطر الشيخ تميم بن حمد آل ثاني والرئيس الفرنسي إيمانويل ماكرون توقيع عدد من الاتفاقيات ومذكرات التفاهم.",
        );
        let signed = find(&seen, "ومذكرات");
        assert_eq!(signed.source, ["تميم بن حمد آل ثاني"], "{seen:#?}");
        assert_eq!(signed.target, ["إيمانويل ماكرون"], "{seen:#?}");
    }

    #[test]
    fn forces_deployed_are_no_target() {
        let seen = events(
            "وأضاف أن القوات البحرية نشرت وحداتها على السواحل. ونشر الجيش قوات إضافية في الشمال.",
        );
        let naval = find(&seen, "نشرت");
        assert_eq!(naval.kind, "MOBILIZE", "{seen:#?}");
        assert_eq!(naval.source, ["القوات البحرية"], "{seen:#?}");
        assert!(naval.target.is_empty(), "{seen:#?}");
        assert!(find(&seen, "ونشر").target.is_empty(), "{seen:#?}");
        // Photos published are no deployment.
        let seen = events("وقالت الصحيفة إنها نشرت صور طائرات حربية فوق المدينة.");
        assert!(seen.iter().all(|e| e.kind != "MOBILIZE"), "{seen:#?}");
    }

    #[test]
    fn exercises_and_joint_patrols_mobilize() {
        let seen = events(
            "وأجرت القوات الأردنية والأمريكية مناورات مشتركة قرب الحدود. وأضاف أن وحدات من الجيش التركي والشرطة العسكرية الروسية ستنفذ دوريات منسقة في ريف الحسكة. واتهم الوزير المعارضة بمناورات سياسية.",
        );
        let drill = find(&seen, "مناورات");
        assert_eq!(drill.kind, "MOBILIZE", "{seen:#?}");
        let patrols = find(&seen, "دوريات");
        assert_eq!(
            patrols.source,
            ["الجيش التركي", "والشرطة العسكرية الروسية"],
            "{seen:#?}"
        );
        assert!(patrols.target.is_empty(), "{seen:#?}");
        assert_eq!(patrols.modality, "planned");
        assert!(
            seen.iter().all(|e| !e.trigger.ends_with("بمناورات")),
            "{seen:#?}"
        );
    }

    #[test]
    fn a_boycott_of_a_sitting_protests() {
        let seen = events(
            "وقاطع حزب العمال الجلسة الأولى احتجاجا على حبس أعضائه. وأعلن الحزب رفضا قاطعا للقرار. ونفت الحكومة بشكل قاطع عقد أي اجتماع مع ممثلي المعارضة.",
        );
        let boycott = find(&seen, "وقاطع");
        assert_eq!(boycott.kind, "PROTEST", "{seen:#?}");
        assert_eq!(boycott.source, ["حزب العمال"], "{seen:#?}");
        // «قاطعا», «بشكل قاطع» are "firm": the meeting denied stays one.
        assert!(
            seen.iter().all(|e| !e.trigger.ends_with("قاطعا")),
            "{seen:#?}"
        );
        assert_eq!(find(&seen, "اجتماع").modality, "denied", "{seen:#?}");
        assert_eq!(seen.iter().filter(|e| e.kind == "PROTEST").count(), 1);
        // A network is a body with its nisba.
        let seen = events(
            "وكانت الشبكة المغربية للحقوق والحريات قد نظمت، يوم الجمعة، مسيرة بشارع محمد الخامس.",
        );
        assert_eq!(
            find(&seen, "مسيرة").source,
            ["الشبكة المغربية"],
            "{seen:#?}"
        );
    }

    #[test]
    fn a_military_unit_arrests() {
        let seen = events("واعتقلت قوة عسكرية فجر الإثنين رئيس الوزراء عبد الله حمدوك.");
        let arrest = find(&seen, "واعتقلت");
        assert_eq!(arrest.source, ["قوة عسكرية"], "{seen:#?}");
        assert_eq!(arrest.target, ["عبد الله حمدوك"], "{seen:#?}");
    }

    #[test]
    fn one_sided_events_are_kept_on_request_with_a_low_confidence() {
        let d = TestDoc::new("وأرسلت الحكومة قافلة مساعدات أمس.");
        let words = d.words();
        let view = d.view(&words);
        let quotes = crate::facts::quotes::QuoteFinder.find(&view);
        let date = Date::new(2024, 5, 2);
        assert!(EventFinder::default()
            .find(&view, &[], date, &quotes)
            .is_empty());
        let kept = EventFinder { one_sided: true }.find(&view, &[], date, &quotes);
        assert_eq!(kept.len(), 1, "{kept:#?}");
        assert!(kept[0].confidence <= 0.3);
    }

    #[test]
    fn a_time_phrase_between_subject_and_object_is_passed_over() {
        let seen = events("واعتقلت الشرطة الليلة الماضية ثلاثة أشخاص في المدينة.");
        assert_eq!(seen.len(), 1, "{seen:#?}");
        assert_eq!(seen[0].target, ["ثلاثة أشخاص"]);
        let seen = events("وقصفت الطائرات الإسرائيلية فجر اليوم المواقع السورية.");
        assert_eq!(seen[0].target, ["المواقع السورية"], "{seen:#?}");
    }

    #[test]
    fn an_attack_on_a_definite_phrase_closed_by_a_nisba() {
        let seen = events("وهاجمت القوات الروسية المدن الأوكرانية بالصواريخ فجر اليوم.");
        assert_eq!(seen.len(), 1, "{seen:#?}");
        assert_eq!(seen[0].target, ["المدن الأوكرانية"]);
        let seen = events("وقال الوزير إن الجيش سيرد إذا هاجمت إثيوبيا الأراضي السودانية.");
        let attack = seen
            .iter()
            .find(|e| e.kind == "ASSAULT")
            .expect("an attack");
        assert_eq!(attack.target, ["الأراضي السودانية"]);
        // The territory stands for its state; other places do not.
        let first_target = |text: &str| {
            let d = TestDoc::new(text);
            let words = d.words();
            let view = d.view(&words);
            let found = EventFinder::default().find(&view, &[], Date::new(2024, 5, 2), &[]);
            found[0].target[0].clone()
        };
        let t = first_target("إذا هاجمت إثيوبيا الأراضي السودانية.");
        assert!(t.state && t.country.as_deref() == Some("SDN"), "{t:?}");
        assert!(!first_target("وهاجمت القوات الروسية المدن الأوكرانية.").state);
    }

    #[test]
    fn events_among_people_known_for_nothing_political_have_a_low_confidence() {
        let confidence = |text: &str| {
            let d = TestDoc::new(text);
            let words = d.words();
            let view = d.view(&words);
            let quotes = crate::facts::quotes::QuoteFinder.find(&view);
            let found = EventFinder::default().find(&view, &[], Date::new(2024, 5, 2), &quotes);
            assert_eq!(found.len(), 1, "{text}: {found:#?}");
            found[0].confidence
        };
        // Two people the article says nothing more of.
        assert!(confidence("واتهم سامر الخطيب زميله نبيل عواد بسرقة ألحانه.") <= 0.4);
        // A minister, a state.
        assert!(
            confidence("واتهم وزير الخارجية الأردني أيمن الصفدي إسرائيل بعرقلة المساعدات.") > 0.4
        );
    }

    #[test]
    fn sanctions_on_a_states_bodies_and_an_attack_on_what_was_exposed() {
        let seen = events("وفرضت الولايات المتحدة عقوبات جديدة على شركات صينية.");
        assert_eq!(find(&seen, "عقوبات").target, ["شركات صينية"], "{seen:#?}");
        let seen = events("وتعرضت السفارة الأمريكية في بغداد لهجوم صاروخي شنته فصائل مسلحة.");
        let attack = find(&seen, "لهجوم");
        assert_eq!(attack.target, ["السفارة الأمريكية"], "{seen:#?}");
    }

    #[test]
    fn the_object_of_a_stance_with_ba_and_an_unnamed_object_by_its_nisba() {
        let seen = events("واعترفت النرويج بفلسطين رسميا أمس.");
        assert_eq!(find(&seen, "واعترفت").target, ["بفلسطين"], "{seen:#?}");
        let seen = events("وطردت بولندا دبلوماسيين روسيين اثنين.");
        assert_eq!(
            find(&seen, "وطردت").target,
            ["دبلوماسيين روسيين"],
            "{seen:#?}"
        );
        // «باماكو» is a name that starts with ب, no object with ب.
        let seen = events("واتهم البيان السلطات الانتقالية في باماكو بالتنصل من فشلها.");
        assert!(
            seen.iter().all(|e| e.target.iter().all(|t| t != "باماكو")),
            "{seen:#?}"
        );
    }

    #[test]
    fn a_body_joined_on_by_and_is_a_second_actor() {
        let seen = events("وتجددت الاشتباكات بين قوات النظام والفصائل المعارضة في محيط المطار.");
        let clash = find(&seen, "الاشتباكات");
        assert_eq!(clash.source, ["قوات النظام"], "{seen:#?}");
        assert_eq!(clash.target, ["والفصائل"], "{seen:#?}");
    }

    #[test]
    fn the_holder_named_after_a_bodys_short_name_or_seat_is_the_person() {
        // The body's short name in brackets, its place of office, the rest
        // of its name and the quote marks around it come before the
        // holder's name: the holder is the one met or called.
        for (text, trigger, holder) in [
            (
                "وبحث وزير الخارجية الأردني أيمن الصفدي هاتفيا مع الأمين العام لحلف شمال الأطلسي (الناتو) مارك روته تطورات الأوضاع.",
                "وبحث",
                "مارك روته",
            ),
            (
                "أكد رئيس الوزراء رامي الحمد الله، خلال اتصال هاتفي مع الممثل الأعلى للسياسة الخارجية في الاتحاد الأوروبي فيديريكا موغيريني، أن الاستيطان غير شرعي.",
                "اتصال",
                "فيديريكا موغيريني",
            ),
            (
                "واستقبل رئيس الوزراء نجيب ميقاتي ممثل صندوق الأمم المتحدة للسكان في لبنان أسامة الحلبي.",
                "واستقبل",
                "أسامة الحلبي",
            ),
            (
                "يلتقي وزير الطاقة الروسي ألكسندر نوفاك الأمين العام لمنظمة \"أوبك\" عبد الله البدري في نهاية الشهر.",
                "يلتقي",
                "عبد الله البدري",
            ),
        ] {
            let seen = events(text);
            let e = find(&seen, trigger);
            assert_eq!(e.kind, "CONSULT", "{seen:#?}");
            assert_eq!(e.target, [holder], "{seen:#?}");
        }
    }

    #[test]
    fn the_visitor_in_a_relative_clause_is_the_person_whose_title_ends_with_his_country() {
        // «وزير» starts with و, as a conjunction would: it still is a title.
        let seen = events(
            "واستقبل الرئيس قيس سعيد أمس أنطونيو تاياني وزير خارجية إيطاليا الذي يزور تونس.",
        );
        let visit = find(&seen, "يزور");
        assert_eq!(visit.source, ["أنطونيو تاياني"], "{seen:#?}");
        assert_eq!(visit.target, ["تونس"], "{seen:#?}");
    }

    #[test]
    fn a_claim_of_responsibility_reaches_past_an_aside() {
        let seen = events(
            "وأعلنت حركة الشباب الصومالية، في بيان بثته إذاعة الأندلس الناطقة باسمها مساء أمس، مسؤوليتها عن الهجوم على فندق في مقديشو.",
        );
        let attack = find(&seen, "الهجوم");
        assert_eq!(attack.kind, "ASSAULT", "{seen:#?}");
        assert_eq!(attack.source, ["حركة الشباب"], "{seen:#?}");
    }

    #[test]
    fn a_body_before_qad_is_the_subject_and_a_surname_after_the_verb_its_object() {
        let seen = events(
            "وطالبت الهيئة بالإفراج عن المعتقلين ماهر الأخرس وهشام أبو هواش. وكانت قوات الاحتلال قد اعتقلت الأخرس في بلدة سيلة الظهر الشهر الماضي.",
        );
        let arrest = find(&seen, "اعتقلت");
        assert_eq!(arrest.source, ["قوات الاحتلال"], "{seen:#?}");
        assert_eq!(arrest.target, ["الأخرس"], "{seen:#?}");
    }

    #[test]
    fn the_subject_of_kana_before_qad_reaches_past_a_long_title() {
        let seen = events(
            "وكان الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة رئيس المجلس التنفيذي قد استقبل في قصر الشاطئ وزير الدفاع البريطاني.",
        );
        let host = find(&seen, "استقبل");
        assert_eq!(host.source, ["محمد بن زايد آل نهيان"], "{seen:#?}");
        // A «كان» of another clause lends no subject.
        let seen = events(
            "وكان المطر غزيرا، وقد استقبل وزير الخارجية الأردني أيمن الصفدي نظيره المصري سامح شكري.",
        );
        let host = find(&seen, "استقبل");
        assert_eq!(host.source, ["أيمن الصفدي"], "{seen:#?}");
    }

    #[test]
    fn praise_past_an_aside_is_aimed_at_the_country_of_its_nisba_and_asserted() {
        let seen = events(
            "وتوسطت قطر بين الطرفين. وأشاد وزير الخارجية الأمريكي أنتوني بلينكن، في بيان صادر عن وزارته، بـ\"الدور القطري في إنهاء القتال\"، مؤكدا أن بلاده سترد بحزم إذا تجدد القصف.",
        );
        let praise = find(&seen, "وأشاد");
        assert_eq!(praise.target, ["قطر"], "{seen:#?}");
        // The condition belongs to what he said, not to the praise.
        assert_eq!(praise.modality, "asserted", "{seen:#?}");
    }

    #[test]
    fn the_guest_named_after_a_body_its_adjective_and_its_place() {
        let seen = events(
            "واستقبل الرئيس الصومالي حسن شيخ محمود في مقديشو قائد بعثة الاتحاد الأفريقي الانتقالية في الصومال الجنرال صامويل أوكيوا.",
        );
        let host = find(&seen, "واستقبل");
        assert_eq!(host.target, ["صامويل أوكيوا"], "{seen:#?}");
    }

    #[test]
    fn guests_received_in_a_list_with_their_titles_are_received_one_by_one() {
        let seen = events(
            "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في الرياض اليوم كلا من صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر، وصاحب الجلالة الملك عبدالله الثاني ملك المملكة الأردنية الهاشمية، وفخامة الرئيس عبد الفتاح السيسي رئيس جمهورية مصر العربية.",
        );
        let guests: Vec<&str> = seen
            .iter()
            .filter(|e| e.trigger == "استقبل")
            .flat_map(|e| e.target.iter().map(String::as_str))
            .collect();
        assert_eq!(
            guests,
            ["تميم بن حمد آل ثاني", "عبدالله الثاني", "عبد الفتاح السيسي"],
            "{seen:#?}"
        );
        // Told as one meeting of them all, it stays one.
        let seen = events(
            "واستقبل الرئيس عبد الفتاح السيسي رئيس مجلس النواب الليبي عقيلة صالح والقائد العام للجيش الليبي خليفة حفتر، وأعلن معهما مبادرة سياسية.",
        );
        assert_eq!(
            seen.iter().filter(|e| e.trigger == "واستقبل").count(),
            1,
            "{seen:#?}"
        );
    }

    #[test]
    fn a_verb_joined_on_with_no_subject_goes_on_with_the_doer_before() {
        let seen = events(
            "والتقى وزير الخارجية الفرنسي جان إيف لودريان نظيره المصري سامح شكري في باريس يوم الاثنين، فيما التقى في روما في وقت لاحق الرئيس الإيطالي سيرجو ماتاريلا.",
        );
        let second = seen
            .iter()
            .find(|e| e.trigger == "التقى")
            .expect("second meeting");
        assert_eq!(second.source, ["جان إيف لودريان"], "{seen:#?}");
        assert_eq!(second.target, ["سيرجو ماتاريلا"], "{seen:#?}");
        // The one name after a meeting verb joined on is whom he met.
        let seen = events(
            "انتخب البرلمان نبيه بري رئيسا له. وكان المبعوث الفرنسي جان إيف لودريان قد زار بيروت أمس، والتقى بري في عين التينة.",
        );
        let met = find(&seen, "والتقى");
        assert_eq!(met.source, ["جان إيف لودريان"], "{seen:#?}");
        assert_eq!(met.target, ["بري"], "{seen:#?}");
        // A body with an object of its own is the subject.
        let seen =
            events("وزار الوزير عادل الجبير معرض الكتاب، والتقت اللجنة المنظمة بعدد من الزوار.");
        assert_eq!(find(&seen, "والتقت").source, ["اللجنة"], "{seen:#?}");
    }

    #[test]
    fn a_demand_with_an_object_pronoun_is_aimed_at_whom_the_event_before_was() {
        let seen = events(
            "وقال المتحدث إن وزير الداخلية اللبناني نهاد المشنوق التقى السفير السعودي وليد البخاري وطالبه بتسريع الإجراءات.",
        );
        assert_eq!(find(&seen, "وطالبه").target, ["وليد البخاري"], "{seen:#?}");
        // A dual pronoun: the two received one after the other.
        let seen = events(
            "وزار وزير الصحة السعودي توفيق الربيعة المستشفى الجامعي في الرياض وطالبهم بمضاعفة الجهود.",
        );
        assert!(find(&seen, "وطالبهم").target.is_empty(), "{seen:#?}");
    }

    #[test]
    fn a_welcome_of_a_visit_or_a_return_is_aimed_at_no_one() {
        let seen = events(
            "وزار وزير الخارجية الأردني أيمن الصفدي أنقرة أمس والتقى نظيره التركي. من جهته، رحب الرئيس التركي رجب طيب أردوغان بالزيارة، داعيا إلى تعاون أوسع.",
        );
        let welcome = find(&seen, "رحب");
        assert_eq!(welcome.kind, "SUPPORT");
        assert!(welcome.target.is_empty(), "{seen:#?}");
        let seen = events(
            "ورحب الأمين العام لجامعة الدول العربية السفير أحمد أبو الغيط أمس بعودة الصيادين المصريين إلى بلدهم.",
        );
        assert!(find(&seen, "ورحب").target.is_empty(), "{seen:#?}");
        // A signing welcomed is aimed at its signers; condemning a visit at
        // the visitor.
        let seen =
            events("ووقعت تونس والجزائر أمس اتفاقا للتعاون الحدودي. ورحب الاتحاد الأفريقي بالاتفاق.");
        assert_eq!(
            find(&seen, "ورحب").target,
            ["تونس", "والجزائر"],
            "{seen:#?}"
        );
        let seen = events(
            "وزار وزير الخارجية الأردني أيمن الصفدي أنقرة أمس. وانتقدت المعارضة الأردنية الزيارة.",
        );
        assert_eq!(find(&seen, "وانتقدت").target, ["أيمن الصفدي"], "{seen:#?}");
    }

    #[test]
    fn an_aside_after_a_meeting_verb_does_not_shorten_the_reach_for_the_guest() {
        // Past the aside of time and place, a long title comes before the
        // guest's name.
        let seen = events(
            "وكان الرئيس عبد الفتاح السيسي قد استقبل، صباح أمس الأحد في قصر الاتحادية، نائب رئيس مجلس السيادة الانتقالي في السودان الفريق أول محمد حمدان دقلو.",
        );
        let host = find(&seen, "استقبل");
        assert_eq!(host.source, ["عبد الفتاح السيسي"], "{seen:#?}");
        assert_eq!(host.target, ["محمد حمدان دقلو"], "{seen:#?}");
        // Without the aside the guest is too far for the window to matter;
        // a demand keeps its own reach.
        let seen = events(
            "وطالب الرئيس عبد الفتاح السيسي، صباح أمس الأحد في قصر الاتحادية، الدول المانحة والمؤسسات الدولية الكبرى وصناديق الإعمار العربية والإقليمية في الخليج بدعم السودان.",
        );
        let demand = find(&seen, "وطالب");
        assert_eq!(demand.kind, "REQUEST", "{seen:#?}");
        assert!(demand.target.iter().all(|a| a != "السودان"), "{seen:#?}");
    }

    #[test]
    fn the_guest_who_arrived_is_the_visitor_past_his_titles() {
        // «وصل» starts with و, as a conjunction would: still an arrival.
        let seen = events(
            "استقبل الملك عبدالله الثاني اليوم في عمّان الرئيس محمود عباس رئيس دولة فلسطين رئيس اللجنة التنفيذية لمنظمة التحرير الفلسطينية، الذي وصل إلى الأردن في زيارة رسمية.",
        );
        let visit = find(&seen, "زيارة");
        assert_eq!(visit.source, ["محمود عباس"], "{seen:#?}");
        assert_eq!(visit.target, ["الأردن"], "{seen:#?}");
        // A guest named by his title only is not the host before him.
        let seen = events(
            "استقبل الرئيس عبد الفتاح السيسي رئيس الوزراء الإثيوبي، الذي وصل إلى القاهرة في زيارة رسمية.",
        );
        assert_ne!(
            find(&seen, "زيارة").source,
            ["عبد الفتاح السيسي"],
            "{seen:#?}"
        );
        // The place the visit names wins over the city landed in.
        let seen = events(
            "ووصل الرئيس عبد المجيد تبون إلى الدوحة مساء اليوم في زيارة دولة لقطر تستمر يومين.",
        );
        // (The tests join an actor's tokens as written, «ل» and all.)
        assert_eq!(find(&seen, "زيارة").target, ["لقطر"], "{seen:#?}");
    }

    #[test]
    fn sanctions_promised_on_a_condition_are_aimed_at_its_doer() {
        let seen = events("وأكدت كندا أنها ستفرض عقوبات قاسية إذا هاجمت كوريا الشمالية جارتها.");
        let sanction = find(&seen, "عقوبات");
        assert_eq!(sanction.kind, "SANCTION", "{seen:#?}");
        assert_eq!(sanction.target, ["كوريا الشمالية"], "{seen:#?}");
        assert_eq!(sanction.modality, "hypothetical", "{seen:#?}");
    }

    #[test]
    fn no_one_acts_on_himself() {
        // The side found on both ends is the one acted on, and no doer is
        // left: no event.
        for text in [
            "وقال المتحدث إن الجماعة تقود حربا بالوكالة لصالح دول تستهدف الأردن.",
            "وتوقفت معارك الأنبار بعد تقدم القوات العراقية.",
        ] {
            let seen = events(text);
            assert!(
                seen.iter().all(|e| e.kind != "ASSAULT"),
                "{text}: {seen:#?}"
            );
        }
        // The subject of a verb of doing with its object is the doer.
        let seen = events("وكانت اليمن هدفا لغارات جوية تقودها السعودية منذ مارس.");
        let raids = find(&seen, "لغارات");
        assert_eq!(raids.source, ["السعودية"], "{seen:#?}");
        // What the raids aimed at is their target.
        assert_eq!(raids.target, ["اليمن"], "{seen:#?}");
        let seen = events("وتعرضت صنعاء لغارات جوية تقودها السعودية منذ مارس.");
        assert_eq!(find(&seen, "لغارات").target, ["صنعاء"], "{seen:#?}");
    }

    #[test]
    fn a_word_of_a_persons_name_is_no_trigger() {
        let seen = events("وزار الرئيس ضريح علي بن أبي طالب في النجف.");
        assert!(seen.iter().all(|e| e.kind != "REQUEST"), "{seen:#?}");
    }

    #[test]
    fn a_care_told_first_mediates_the_signing_after_it() {
        let seen = events(
            "برعاية صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر، وقعت الحكومة السودانية وحركة العدل والمساواة اليوم اتفاقا للسلام.",
        );
        let care = find(&seen, "برعاية");
        assert_eq!(care.kind, "CONSULT", "{seen:#?}");
        assert_eq!(care.source, ["تميم بن حمد آل ثاني"], "{seen:#?}");
        // (A day closes the body's name.)
        assert_eq!(
            care.target,
            ["الحكومة السودانية", "وحركة العدل والمساواة"],
            "{seen:#?}"
        );
    }

    #[test]
    fn a_request_told_by_its_noun_asks_the_doer_of_the_clause() {
        let seen =
            events("وأعلنت الأردن إغلاق المعبر الحدودي أمام الشاحنات بطلب من الحكومة السورية.");
        let request = find(&seen, "بطلب");
        assert_eq!(request.kind, "REQUEST", "{seen:#?}");
        assert_eq!(request.source, ["الحكومة السورية"], "{seen:#?}");
        assert_eq!(request.target, ["الأردن"], "{seen:#?}");
        // Made before the meeting it brings about.
        let seen =
            events("ومن المقرر أن يعقد مجلس الأمن الدولي جلسة طارئة غدا، بطلب من فرنسا وألمانيا.");
        let request = find(&seen, "بطلب");
        assert_eq!(request.source, ["فرنسا", "وألمانيا"], "{seen:#?}");
        assert_eq!(request.target, ["مجلس الأمن الدولي"], "{seen:#?}");
        assert_eq!(request.modality, "asserted", "{seen:#?}");
        // An application asks the body applied to.
        let seen = events("وجاء ذلك بعد تقدم فنلندا بطلب الانضمام إلى حلف شمال الأطلسي.");
        let request = find(&seen, "بطلب");
        assert_eq!(request.source, ["فنلندا"], "{seen:#?}");
        assert_eq!(request.target, ["حلف شمال الأطلسي"], "{seen:#?}");
        // A request welcomed is no request told; the welcome keeps its aim.
        let seen = events("ورحبت مصر بطلب السعودية الانضمام إلى مجموعة بريكس.");
        assert!(seen.iter().all(|e| e.kind != "REQUEST"), "{seen:#?}");
        assert_eq!(find(&seen, "ورحبت").target, ["السعودية"], "{seen:#?}");
        // No one named in its clause: no one asked, not a side told before.
        let seen = events(
            "واستقبل الرئيس عبد الفتاح السيسي الرئيس الفرنسي إيمانويل ماكرون، وتأجلت القمة بطلب من ماكرون.",
        );
        assert!(seen.iter().all(|e| e.kind != "REQUEST"), "{seen:#?}");
    }

    #[test]
    fn meetings_one_by_one_are_one_event_each() {
        let seen = events(
            "ومن المقرر أن يلتقي الرئيس عبد الفتاح السيسي اليوم المستشار الألماني أولاف شولتس ورئيسة المفوضية الأوروبية أورسولا فون دير لاين.",
        );
        let meetings: Vec<&Seen> = seen
            .iter()
            .filter(|e| e.trigger.ends_with("يلتقي"))
            .collect();
        assert_eq!(meetings.len(), 2, "{seen:#?}");
        assert!(meetings.iter().all(|e| e.target.len() == 1), "{seen:#?}");
        // So are the guests of a reception, unless the sentence tells one
        // meeting of all (see the test of guests received in a list).
        let seen = events("واستقبل الرئيس عبد الفتاح السيسي اليوم عقيلة صالح وخليفة حفتر.");
        assert_eq!(
            seen.iter().filter(|e| e.trigger == "واستقبل").count(),
            2,
            "{seen:#?}"
        );
    }

    #[test]
    fn the_one_named_before_the_noun_of_an_arrest_makes_it() {
        let seen = events("وألقت الشرطة القبض على 25 متظاهرا في محيط الميدان.");
        let arrest = find(&seen, "القبض");
        assert_eq!(arrest.kind, "COERCE", "{seen:#?}");
        assert_eq!(arrest.source, ["الشرطة"], "{seen:#?}");
        assert_eq!(arrest.target, ["25 متظاهرا"], "{seen:#?}");
        let seen = events("وأعلنت وزارة الداخلية توقيف 12 شخصا بعد المباراة.");
        assert_eq!(find(&seen, "توقيف").source, ["وزارة الداخلية"], "{seen:#?}");
    }

    #[test]
    fn fire_that_killed_or_wounded_is_an_attack_by_the_force_named() {
        let seen = events("واستشهد ثلاثة شبان وأصيب العشرات مساء أمس برصاص قوات الاحتلال قرب الحاجز.");
        let fire = find(&seen, "برصاص");
        assert_eq!(fire.kind, "ASSAULT", "{seen:#?}");
        assert_eq!(fire.source, ["قوات الاحتلال"], "{seen:#?}");
        let seen =
            events("وقتل الصحفي سامر حداد، مراسل إذاعة محلية، صباح اليوم بنيران الجيش في المدينة.");
        let fire = find(&seen, "بنيران");
        assert_eq!(fire.source, ["الجيش"], "{seen:#?}");
        assert_eq!(fire.target, ["سامر حداد"], "{seen:#?}");
        // The passive verb before it is no attack of the one killed.
        assert_eq!(seen.len(), 1, "{seen:#?}");
        // No death or wound told: no attack («قتل برصاص» is the cause).
        let seen = events("وعثرت الشرطة على ظروف برصاص في المكان.");
        assert!(seen.iter().all(|e| e.kind != "ASSAULT"), "{seen:#?}");
    }

    #[test]
    fn an_attack_claimed_is_the_claimants_on_what_follows_the_noun() {
        let seen = events("وأعلنت الجماعة استهداف سفينة شحن أمريكية في خليج عدن.");
        let attack = find(&seen, "استهداف");
        assert_eq!(attack.kind, "ASSAULT", "{seen:#?}");
        assert_eq!(attack.source, ["الجماعة"], "{seen:#?}");
        assert_eq!(attack.target, ["سفينة شحن أمريكية"], "{seen:#?}");
        // Aiming at, with no one claiming it, stays no attack.
        let seen = events("وقال إن استهداف المنشآت المدنية لن ينال من أمن البلاد.");
        assert!(seen.iter().all(|e| e.kind != "ASSAULT"), "{seen:#?}");
    }

    #[test]
    fn a_counterpart_named_after_his_rank_is_the_person() {
        let seen = events(
            "وقع الفريق محمد فريد، رئيس أركان حرب القوات المسلحة، ونظيره السوداني الفريق أول محمد عثمان الحسين اتفاقية للتعاون العسكري.",
        );
        let sides: Vec<String> = find(&seen, "وقع")
            .source
            .iter()
            .chain(&find(&seen, "وقع").target)
            .cloned()
            .collect();
        assert_eq!(sides, ["محمد فريد", "محمد عثمان الحسين"], "{seen:#?}");
    }

    #[test]
    fn the_four_states_are_the_four_named_before() {
        let seen = events("ووقعت مصر والسعودية والإمارات والبحرين البيان مع قطر. وكانت الدول الأربع قد قطعت علاقاتها مع قطر عام 2017.");
        assert_eq!(
            find(&seen, "قطعت").source,
            ["مصر", "والسعودية", "والإمارات", "والبحرين"],
            "{seen:#?}"
        );
    }

    #[test]
    fn a_plane_loaded_with_medicine_is_aid() {
        let seen = events("وأرسلت مصر صباح اليوم طائرة عسكرية محملة بـ20 طنا من الأدوية والمستلزمات الطبية إلى السودان.");
        let e = find(&seen, "وأرسلت");
        assert_eq!(e.kind, "AID");
        assert_eq!(e.source, ["مصر"], "{seen:#?}");
        assert_eq!(e.target, ["السودان"], "{seen:#?}");
    }

    #[test]
    fn talks_held_by_two_named_sides_are_between_them() {
        let seen = events("وأجرت تونس وليبيا محادثات أمس حول الصيد.");
        let e = find(&seen, "محادثات");
        assert_eq!(e.kind, "CONSULT");
        assert_eq!(e.source, ["تونس"], "{seen:#?}");
        assert_eq!(e.target, ["وليبيا"], "{seen:#?}");
        // «أعلن» is no verb of holding talks.
        let seen = events("وأعلنت الرئاسة أن المحادثات بين الرئيسين كانت مثمرة.");
        assert!(seen.iter().all(|e| e.source != ["الرئاسة"]), "{seen:#?}");
    }

    #[test]
    fn a_fronted_place_is_where_not_who() {
        let seen = events("وفي يريفان، تظاهر آلاف الأرمن لليوم الثاني أمام مقر الحكومة.");
        let e = find(&seen, "تظاهر");
        assert_eq!(e.source, ["الأرمن"], "{seen:#?}");
        let seen = events("وفي واشنطن طلب وزير الدفاع أشتون كارتر وضع توصيات جديدة.");
        assert_eq!(find(&seen, "طلب").source, ["أشتون كارتر"], "{seen:#?}");
    }

    #[test]
    fn the_purpose_of_a_protest_is_its_crowds_demand() {
        let seen = events("نفذ عشرات من بحارة الميناء، صباح اليوم، وقفة احتجاجية أمام مقر الولاية، للمطالبة بتدخل السلطات.");
        let demand = find(&seen, "للمطالبة");
        assert_eq!(demand.kind, "REQUEST");
        assert_eq!(demand.source, find(&seen, "وقفة").source, "{seen:#?}");
        // With no protest before it, a claim is no demand of a crowd.
        let seen = events("رفعت الشركة دعوى أمام المحكمة للمطالبة بتعويض.");
        assert!(seen.iter().all(|e| e.kind != "REQUEST"), "{seen:#?}");
    }

    #[test]
    fn a_quoted_charge_and_a_crowd_are_no_events() {
        let seen = events("اتهم الرئيس المملكة بـ\"احتجاز\" رئيس الحكومة. وقال الرئيس أمام حشد من أنصاره إن بلاده صامدة.");
        assert!(
            seen.iter()
                .all(|e| e.kind != "COERCE" && e.kind != "MOBILIZE"),
            "{seen:#?}"
        );
    }

    #[test]
    fn a_welcome_past_an_aside_is_aimed_at_the_sides_of_what_it_welcomes() {
        let seen = events("وتوصل لبنان وإسرائيل إلى اتفاق لترسيم الحدود البحرية. ورحب الرئيس الأميركي جو بايدن، في بيان، بالاتفاق.");
        assert_eq!(
            find(&seen, "ورحب").target,
            ["لبنان", "وإسرائيل"],
            "{seen:#?}"
        );
        let seen = events("ووقعت الحكومة اليمنية والمجلس الانتقالي الجنوبي اتفاقا أمس. ورحب الأمين العام للأمم المتحدة أنطونيو غوتيريش بالتوقيع.");
        assert_eq!(
            find(&seen, "ورحب").target,
            ["الحكومة اليمنية", "والمجلس الانتقالي الجنوبي"],
            "{seen:#?}"
        );
    }

    #[test]
    fn a_circumstance_between_commas_holds_no_object() {
        let seen = events("ودعا وزير حقوق الإنسان عز الدين الأصبحي، خلال لقائه السفير البريطاني في عدن، الأمم المتحدة إلى التدخل.");
        assert_eq!(find(&seen, "ودعا").target, ["الأمم المتحدة"], "{seen:#?}");
    }

    #[test]
    fn him_after_a_demand_made_of_a_state_is_the_person_named() {
        let seen = events("وطالب الرئيس التركي رجب طيب أردوغان الولايات المتحدة بتسليم الداعية فتح الله غولن، متهما إياه بتدبير المحاولة.");
        assert_eq!(find(&seen, "متهما").target, ["فتح الله غولن"], "{seen:#?}");
    }

    #[test]
    fn a_protest_before_a_building_no_actor_names_is_aimed_at_it() {
        let seen =
            events("ونفذ مئات المواطنين، مساء أمس، وقفة أمام المسرح البلدي بشارع الحبيب بورقيبة.");
        assert_eq!(find(&seen, "وقفة").target, ["المسرح البلدي"], "{seen:#?}");
    }

    #[test]
    fn a_cut_a_state_decides_on_is_a_sanction() {
        let seen = events("قررت دولة الكويت خفض عدد الدبلوماسيين العاملين في سفارة إيران لديها.");
        let cut = find(&seen, "خفض");
        assert_eq!(cut.kind, "SANCTION");
        assert_eq!(cut.source, ["دولة الكويت"], "{seen:#?}");
        assert_eq!(cut.target, ["إيران"], "{seen:#?}");
        let seen = events("وأعلنت إيران وقف جميع الرحلات الجوية إلى العراق.");
        assert_eq!(find(&seen, "وقف").kind, "SANCTION", "{seen:#?}");
        // A ceasefire or a de-escalation asked for is none.
        let seen = events("وأعلنت الحكومة خفض التصعيد مع العراق، ودعت إلى وقف إطلاق النار.");
        assert!(seen.iter().all(|e| e.kind != "SANCTION"), "{seen:#?}");
    }

    #[test]
    fn a_request_sent_to_someone_is_aimed_at_him() {
        let seen = events("وقدمت أنقرة طلبا رسميا إلى واشنطن لتسليم المطلوب.");
        assert_eq!(find(&seen, "طلبا").target, ["واشنطن"], "{seen:#?}");
        // What is called for after «إلى» is no addressee.
        let seen = events("ودعت الحكومة المصرية إلى اجتماع عاجل في القاهرة.");
        assert!(find(&seen, "ودعت").target.is_empty(), "{seen:#?}");
    }

    #[test]
    fn a_rulers_title_may_stand_between_him_and_qad() {
        let seen = events(
            "وكان الملك حمد بن عيسى آل خليفة ملك البلاد المعظم قد استقبل بقصر الصخير أمس المبعوث الأمريكي جاريد كوشنر.",
        );
        let e = find(&seen, "استقبل");
        assert_eq!(e.source, ["حمد بن عيسى آل خليفة"], "{seen:#?}");
        assert_eq!(e.target, ["جاريد كوشنر"], "{seen:#?}");
    }

    #[test]
    fn a_warning_threatens_only_with_the_speakers_response() {
        let seen = events(
            "وحذر وزير الدفاع التركي خلوصي أكار اليونان من أن أي استفزاز جديد سيقابل بالرد ذاته. وحذر الوزير من أن الوقت ينفد.",
        );
        let threats: Vec<&Seen> = seen.iter().filter(|e| e.kind == "THREATEN").collect();
        assert_eq!(threats.len(), 1, "{seen:#?}");
        assert_eq!(threats[0].target, ["اليونان"], "{seen:#?}");
        let seen = events("حذرت الوزارة من العواقب الوخيمة لاقتحام المدينة.");
        assert!(seen.iter().all(|e| e.kind != "THREATEN"), "{seen:#?}");
    }

    #[test]
    fn stopping_is_no_arrest_unless_people_are_stopped() {
        let seen = events("أوقفت الحكومة المساعدات المقدمة للاجئين منذ الشهر الماضي.");
        assert!(seen.iter().all(|e| e.kind != "COERCE"), "{seen:#?}");
        let seen = events("وأوقفت الوحدات الأمنية المحتجين أمام البرلمان.");
        let arrest = find(&seen, "وأوقفت");
        assert_eq!(arrest.kind, "COERCE");
        assert_eq!(arrest.source, ["الوحدات الأمنية"], "{seen:#?}");
        assert_eq!(arrest.target, ["المحتجين"], "{seen:#?}");
    }

    #[test]
    fn ma_after_wafq_is_no_negation() {
        let seen = events(
            "واعتقلت الشرطة عشرات المتظاهرين، وفق ما أعلنت منظمة العفو الدولية التي طالبت الحكومة بالإفراج عنهم.",
        );
        assert_eq!(find(&seen, "طالبت").modality, "asserted");
    }

    #[test]
    fn a_condition_after_the_trigger_makes_it_hypothetical() {
        let seen = events("وقال الوزير إن السعودية سترسل مساعدات إلى السودان إذا سمحت الظروف.");
        assert_eq!(find(&seen, "سترسل").modality, "hypothetical");
    }

    #[test]
    fn a_condition_in_another_clause_does_not_govern() {
        let seen = events(
            "وهدد قائد الجيش بالرد إذا هاجمت إسرائيل المنشآت، فيما دعا الرئيس الفرنسي إيمانويل ماكرون جميع الأطراف إلى التهدئة.",
        );
        assert_eq!(find(&seen, "دعا").modality, "asserted");
    }

    #[test]
    fn qad_after_kana_is_a_pluperfect() {
        let seen = events(
            "وكان الملك عبدالله الثاني قد تلقى أمس اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون.",
        );
        assert_eq!(find(&seen, "اتصالا").modality, "asserted");
    }

    #[test]
    fn welcoming_a_declaration_targets_its_signers() {
        let seen = events(
            "وفي جدة، وقع الرئيس الإريتري أسياس أفورقي ورئيس الوزراء الإثيوبي آبي أحمد اتفاقية السلام. ورحبت الكويت بالإعلان.",
        );
        assert_eq!(
            find(&seen, "ورحبت").target,
            ["أسياس أفورقي", "آبي أحمد"],
            "{seen:#?}"
        );
    }

    #[test]
    fn mediating_between_and_vigils() {
        let seen = events("وتوسطت سلطنة عمان بين إيران والولايات المتحدة في ملف السجناء.");
        let m = find(&seen, "وتوسطت");
        assert_eq!(m.source, ["سلطنة عمان"], "{seen:#?}");
        assert_eq!(m.target, ["إيران", "والولايات المتحدة"], "{seen:#?}");
        let seen = events("ويظهر في الصورة المهاجم يتوسط مجموعة من المسلحين.");
        assert!(seen.iter().all(|e| e.kind != "CONSULT"), "{seen:#?}");
        let seen = events("ونظم المعلمون وقفات احتجاجية أمام وزارة التربية الأردنية.");
        assert_eq!(find(&seen, "وقفات").kind, "PROTEST", "{seen:#?}");
    }

    #[test]
    fn a_title_with_its_nisba_introduces_the_guest() {
        let seen = events(
            "استقبل الرئيس الجزائري عبد المجيد تبون الرئيس التونسي قيس سعيد في مطار هواري بومدين.",
        );
        assert_eq!(find(&seen, "استقبل").target, ["قيس سعيد"], "{seen:#?}");
        // Past a second title after the nisba.
        let seen = events(
            "واستقبل الرئيس الفرنسي إيمانويل ماكرون العاهل المغربي الملك محمد السادس في قصر الإليزيه.",
        );
        assert_eq!(find(&seen, "واستقبل").target, ["محمد السادس"], "{seen:#?}");
        // A title and its nisba with no name after them stay the object.
        let seen = events("واستقبل الرئيس الفرنسي إيمانويل ماكرون السفير المغربي في قصر الإليزيه.");
        assert_eq!(
            find(&seen, "واستقبل").target,
            ["السفير المغربي"],
            "{seen:#?}"
        );
    }

    #[test]
    fn expecting_asking_anonymity_and_being_killed_are_no_events() {
        let seen = events("وتوقع تقرير للبنك الدولي أن يتباطأ النمو في مصر العام المقبل.");
        assert!(seen.iter().all(|e| e.kind != "AGREE"), "{seen:#?}");
        let seen = events("وقالت الحكومة الأردنية إنها لن توقع الاتفاقية مع إسرائيل.");
        assert_eq!(find(&seen, "توقع").kind, "AGREE", "{seen:#?}");
        let seen = events("وقال مسؤول عسكري سوداني، طلب عدم نشر اسمه، إن المعارك مستمرة.");
        assert!(seen.iter().all(|e| e.kind != "REQUEST"), "{seen:#?}");
        let seen = events("وقالت الشرطة الكينية إن خمسة أشخاص قتلوا في الهجوم على الحافلة.");
        assert!(seen.iter().all(|e| e.kind != "ASSAULT"), "{seen:#?}");
        let seen = events("وقال الجيش إن مسلحين من حركة الشباب قتلوا خمسة جنود كينيين.");
        assert_eq!(find(&seen, "قتلوا").kind, "ASSAULT", "{seen:#?}");
    }

    #[test]
    fn to_change_is_no_raid() {
        let seen = events("وقال الوزير الفرنسي إن القرار لن يغير شيئا، وإن بلاده ستغير موقفها.");
        assert!(seen.iter().all(|e| e.kind != "ASSAULT"), "{seen:#?}");
        let seen = events("وأغارت الطائرات الإسرائيلية على مواقع حركة حماس.");
        assert_eq!(find(&seen, "وأغارت").kind, "ASSAULT", "{seen:#?}");
    }

    #[test]
    fn the_subject_stands_before_a_relative_clause_between_commas() {
        let seen = events(
            "لكن حزب الأمة القومي، الذي يقوده الصادق المهدي، رفض البيان، داعيا المجلس العسكري إلى تسليم السلطة.",
        );
        assert_eq!(find(&seen, "رفض").source, ["حزب الأمة القومي"], "{seen:#?}");
        assert_eq!(
            find(&seen, "داعيا").source,
            ["حزب الأمة القومي"],
            "{seen:#?}"
        );
    }

    #[test]
    fn the_bare_tanzeem_is_the_group_named_before() {
        let seen =
            events("وتبنى تنظيم داعش الهجوم على الكنيسة. وتوعد الجيش المصري التنظيم برد حاسم.");
        let threat = find(&seen, "وتوعد");
        assert_eq!(threat.target, ["التنظيم"], "{seen:#?}");
        // Alone, «التنظيم» is organising, no actor.
        let seen = events("وأشاد الوزير بحسن التنظيم، ودعا الحكومة إلى دعم اللجنة.");
        assert!(
            seen.iter()
                .all(|e| e.source != ["التنظيم"] && e.target != ["التنظيم"]),
            "{seen:#?}"
        );
    }

    #[test]
    fn in_search_of_is_no_talks() {
        let seen = events("وداهمت قوات الأمن محلات الإنترنت بحثا عن ناشطين معارضين.");
        assert!(seen.iter().all(|e| e.kind != "CONSULT"), "{seen:#?}");
    }

    #[test]
    fn where_one_is_received_is_no_guest() {
        let seen = events(
            "أكد الرئيس اللبناني جوزاف عون، خلال استقباله اليوم في قصر بعبدا المبعوث الأمريكي توم باراك، أن لبنان ملتزم بوقف إطلاق النار.",
        );
        assert_eq!(find(&seen, "استقباله").target, ["توم باراك"], "{seen:#?}");
    }

    #[test]
    fn a_price_paid_is_no_praise() {
        let seen = events("وقال الرئيس إن الشعبين دفعا ثمنا باهظا للحرب.");
        assert!(seen.iter().all(|e| e.kind != "SUPPORT"), "{seen:#?}");
    }

    #[test]
    fn the_owner_of_the_aircraft_strikes() {
        let seen = events("وقصفت مقاتلات الجيش الأردني مواقع لتنظيم داعش في جنوب سوريا.");
        assert_eq!(find(&seen, "وقصفت").source, ["الجيش الأردني"], "{seen:#?}");
        let seen = events("وشنت طائرات التحالف الدولي غارات على مواقع حركة الشباب.");
        assert_eq!(find(&seen, "غارات").source, ["التحالف الدولي"], "{seen:#?}");
    }

    #[test]
    fn a_fronted_call_takes_the_subject_after_the_comma() {
        let seen = events(
            "وفي اتصال هاتفي مع رئيس الوزراء اللبناني نواف سلام، أكد الرئيس الفرنسي إيمانويل ماكرون وقوف بلاده إلى جانب لبنان.",
        );
        let call = find(&seen, "اتصال");
        assert_eq!(call.source, ["إيمانويل ماكرون"], "{seen:#?}");
        assert_eq!(call.target, ["نواف سلام"], "{seen:#?}");
    }

    #[test]
    fn qutila_before_biresas_is_a_passive() {
        let seen = events("قتل الناشط العراقي إيهاب الوزني برصاص مسلحين في كربلاء.");
        assert_eq!(seen.len(), 1, "{seen:#?}");
        assert_eq!(seen[0].trigger, "برصاص");
        assert_eq!(seen[0].source, ["مسلحين"]);
        assert_eq!(seen[0].target, ["إيهاب الوزني"]);
        let seen = events("قتل مزارع سوري برصاص الجيش التركي قرب الحدود.");
        assert_eq!(seen.len(), 1, "{seen:#?}");
        assert_eq!(seen[0].source, ["الجيش التركي"]);
        assert_eq!(seen[0].target, ["مزارع سوري"]);
    }

    #[test]
    fn a_rejection_after_ma_is_the_verb_with_its_object() {
        let seen = events(
            "واتهمت منظمة هيومن رايتس ووتش الشرطة الكينية بقتل متظاهرين، وهو ما رفضه وزير الداخلية كيثوري كينديكي.",
        );
        let reject = find(&seen, "رفضه");
        assert_eq!(reject.source, ["كيثوري كينديكي"], "{seen:#?}");
        assert_eq!(reject.target, ["منظمة هيومن رايتس ووتش"], "{seen:#?}");
    }

    #[test]
    fn rejecting_what_a_statement_said_targets_its_issuers() {
        let seen = events(
            "وطالبت الولايات المتحدة وفرنسا، في بيان مشترك، روسيا بسحب قواتها. وفي موسكو، رفضت وزارة الخارجية الروسية ما ورد في البيان، معتبرة أنه تدخل.",
        );
        let reject = find(&seen, "رفضت");
        assert_eq!(reject.source, ["وزارة الخارجية الروسية"], "{seen:#?}");
        // (The request's actors as its sides were written, و and all.)
        assert_eq!(reject.target, ["الولايات المتحدة", "وفرنسا"], "{seen:#?}");
    }

    #[test]
    fn two_people_one_host_met_are_the_pair_a_dual_names() {
        let seen = events(
            "والتقى الرئيس الكيني وليام روتو كلا من الرئيس السوداني عمر البشير والرئيس الجنوب سوداني سلفا كير. ووقع الزعيمان اتفاقا لترسيم الحدود، ورحبت الخارجية المصرية بالاتفاق.",
        );
        let signed = find(&seen, "ووقع");
        let sides = signed.sides();
        assert_eq!(sides, ["سلفا كير", "عمر البشير"], "{seen:#?}");
    }

    #[test]
    fn talks_by_telephone_with_tahadatha() {
        let seen = events(
            "وتحادث الرئيس الفرنسي إيمانويل ماكرون هاتفيا مع الرئيس الأمريكي جو بايدن، واتفق الرئيسان على مواصلة التنسيق.",
        );
        let call = find(&seen, "وتحادث");
        assert_eq!(call.kind, "CONSULT", "{seen:#?}");
        assert_eq!(call.source, ["إيمانويل ماكرون"], "{seen:#?}");
        assert_eq!(call.target, ["جو بايدن"], "{seen:#?}");
        assert_eq!(find(&seen, "واتفق").target, ["جو بايدن"], "{seen:#?}");
    }

    #[test]
    fn an_assistant_is_no_aid() {
        let seen = events(
            "وترأست الوفد الأمريكي باربرا ليف مساعدة وزير الخارجية، ورافقها مساعدها جون باس.",
        );
        assert!(seen.iter().all(|e| e.kind != "AID"), "{seen:#?}");
        let seen = events("وقدمت الكويت مساعدة عاجلة إلى السودان.");
        assert_eq!(find(&seen, "وقدمت").kind, "AID", "{seen:#?}");
    }

    #[test]
    fn a_contrastive_clause_owns_a_possessive_noun() {
        let seen = events(
            "وقالت وزارة الخارجية الفرنسية إن الحوار هو السبيل الوحيد، فيما أعلنت تونس دعمها لمبادرة الوساطة الجزائرية.",
        );
        assert_eq!(find(&seen, "دعمها").source, ["تونس"], "{seen:#?}");
    }

    #[test]
    fn qad_after_kana_reaches_past_a_long_title_chain() {
        let seen = events(
            "وكان صاحب الجلالة السلطان هيثم بن طارق سلطان عمان القائد الأعلى للقوات المسلحة ـ حفظه الله ورعاه ـ قد تلقى أمس اتصالا هاتفيا من الرئيس الإيراني مسعود بزشكيان.",
        );
        assert_eq!(find(&seen, "اتصالا").modality, "asserted");
        let seen = events(
            "وإذا كان الجيش قد أعد خطة لحماية الحدود مع الجارة الجنوبية منذ شهور طويلة، فإن الحكومة قد تلتقي وفدا من المعارضة.",
        );
        assert_eq!(find(&seen, "تلتقي").modality, "hypothetical");
    }

    #[test]
    fn a_plan_after_a_comma_belongs_to_the_next_clause() {
        let seen = events(
            "والتقى الرئيس التونسي قيس سعيد رئيس الوزراء الإيطالي جورجيا ميلوني، ومن المنتظر أن يعود إلى تونس غدا.",
        );
        assert_eq!(find(&seen, "والتقى").modality, "asserted");
    }

    #[test]
    fn a_light_verb_reaches_past_the_names_of_its_subject() {
        let seen = events(
            "وقعت جمهورية مصر العربية والمملكة الأردنية الهاشمية، أمس، اتفاقا للتعاون في مجال الطاقة.",
        );
        let agree: Vec<&Seen> = seen.iter().filter(|e| e.kind == "AGREE").collect();
        assert_eq!(agree.len(), 1, "{seen:#?}");
        assert_eq!(agree[0].trigger, "وقعت");
    }

    #[test]
    fn a_protest_note_is_no_agreement() {
        let seen = events("واستدعت وزارة الخارجية الأردنية السفير الإيراني وسلمته مذكرة احتجاج.");
        assert!(seen.iter().all(|e| e.kind != "AGREE"), "{seen:#?}");
    }

    fn summits(seen: &[Seen]) -> Vec<&Seen> {
        seen.iter()
            .filter(|e| e.kind == "CONSULT" && e.trigger.contains("قمة"))
            .collect()
    }

    #[test]
    fn a_summit_has_its_host_and_participants_and_no_target() {
        let seen = events(
            "شارك الرئيس التونسي قيس سعيد أمس في قمة الرياض للتنمية التي استضافتها المملكة العربية السعودية، بحضور الرئيس الفرنسي إيمانويل ماكرون.",
        );
        let s = summits(&seen);
        assert_eq!(s.len(), 1, "{seen:#?}");
        assert!(s[0].target.is_empty(), "{s:#?}");
        let all = s[0].source.join(" | ");
        for name in ["قيس سعيد", "السعودية", "إيمانويل ماكرون"] {
            assert!(all.contains(name), "{name} not in {all}");
        }
        assert!(!all.contains("الرياض"), "{all}");
    }

    #[test]
    fn a_summit_told_again_adds_who_took_part() {
        let seen = events(
            "افتتح الملك عبدالله الثاني اليوم أعمال القمة العربية في عمّان. وشارك في القمة الرئيس المصري عبد الفتاح السيسي. وقال وزير الخارجية أيمن الصفدي عقب القمة إن النتائج مشجعة.",
        );
        let s = summits(&seen);
        assert_eq!(s.len(), 1, "{seen:#?}");
        let all = s[0].source.join(" | ");
        assert!(all.contains("عبدالله الثاني"), "{all}");
        assert!(all.contains("عبد الفتاح السيسي"), "{all}");
        assert!(!all.contains("الصفدي"), "{all}");
    }

    #[test]
    fn talks_with_participants_named_far_after() {
        let seen = events(
            "أعلنت الخارجية القطرية أن جولة جديدة من محادثات الدوحة حول السودان ستعقد الأسبوع المقبل، بمشاركة الدول الوسيطة مصر والسعودية والإمارات.",
        );
        let talks = find(&seen, "محادثات");
        let mut all = talks.source.clone();
        all.extend(talks.target.iter().cloned());
        let all = all.join(" | ");
        for name in ["مصر", "السعودية", "الإمارات"] {
            assert!(all.contains(name), "{name} not in {all}");
        }
        assert_eq!(talks.modality, "planned");
    }

    #[test]
    fn the_speaker_is_no_actor_of_the_reported_clause() {
        let seen = events(
            "وصرح المتحدث باسم الرئاسة بأن الرئيس الفرنسي إيمانويل ماكرون أكد دعمه الكامل للأردن.",
        );
        let support = find(&seen, "دعمه");
        assert_eq!(support.source, ["إيمانويل ماكرون"], "{seen:#?}");
    }

    #[test]
    fn a_verbal_noun_spelt_as_the_verb_takes_its_object_as_genitive() {
        let seen = events("وأكد الوزير أن السعودية ستستمر في دعم السودان خلال المرحلة المقبلة.");
        let support = find(&seen, "دعم");
        assert_eq!(support.source, ["السعودية"], "{seen:#?}");
        assert_eq!(support.target, ["السودان"], "{seen:#?}");
    }

    #[test]
    fn what_is_called_for_is_no_addressee() {
        let seen = events("وألقى الرئيس السنغالي ماكي سال كلمة، داعيا إلى إصلاح مجلس الأمن الدولي.");
        assert!(find(&seen, "داعيا").target.is_empty(), "{seen:#?}");
    }

    #[test]
    fn a_person_after_a_title_and_its_body_is_the_object() {
        let seen = events(
            "والتقى وزير الخارجية الأردني أيمن الصفدي الأمين العام للأمم المتحدة أنطونيو غوتيريش في نيويورك.",
        );
        assert_eq!(
            find(&seen, "والتقى").target,
            ["أنطونيو غوتيريش"],
            "{seen:#?}"
        );
    }

    #[test]
    fn an_official_announcing_a_state_act_stands_for_the_named_state() {
        let seen = events(
            "أعلن وزير الخارجية الأردني أيمن الصفدي، اليوم، قطع العلاقات الدبلوماسية مع إيران، متهما طهران بالتدخل في شؤون الأردن.",
        );
        let cut = find(&seen, "قطع");
        assert_eq!(cut.kind, "SANCTION");
        assert_eq!(cut.source, ["الأردن"], "{seen:#?}");
        assert_eq!(find(&seen, "متهما").source, ["أيمن الصفدي"], "{seen:#?}");
    }

    #[test]
    fn a_military_operation_hits_the_country_of_the_place() {
        let seen = events(
            "أعلن الرئيس الروسي فلاديمير بوتين بدء عملية عسكرية في منطقة خاركيف شرق أوكرانيا.",
        );
        let op = find(&seen, "عملية");
        assert_eq!(op.kind, "ASSAULT");
        assert_eq!(op.target, ["أوكرانيا"], "{seen:#?}");
    }

    #[test]
    fn an_attack_without_a_named_target_hits_the_country_told_before() {
        let seen = events(
            "تصاعد التوتر على الحدود الشمالية مع لبنان. وشن الجيش الإسرائيلي فجر اليوم غارات على بلدتين حدوديتين.",
        );
        let raid = find(&seen, "غارات");
        assert_eq!(raid.target, ["لبنان"], "{seen:#?}");
    }

    #[test]
    fn a_welcome_of_an_agreement_is_aimed_at_its_sides() {
        let seen = events(
            "وقعت مصر والسودان أمس اتفاقا لتقاسم مياه النيل. ورحبت جامعة الدول العربية بالاتفاق.",
        );
        let welcome = find(&seen, "ورحبت");
        assert_eq!(welcome.target, ["مصر", "والسودان"], "{seen:#?}");
    }

    #[test]
    fn a_reaction_to_a_general_noun_of_an_act_is_aimed_at_its_doer() {
        // «القرار» names no kind: it points back at the last act told.
        let seen = events(
            "قطعت الحكومة المغربية علاقاتها مع إيران أمس. واستنكرت وزارة الخارجية الإيرانية القرار.",
        );
        assert_eq!(
            find(&seen, "واستنكرت").target,
            ["الحكومة المغربية"],
            "{seen:#?}"
        );
        // «التصعيد» points back at the last attack or arrest.
        let seen = events(
            "وقصف الجيش السوداني مواقع في الخرطوم. وأدانت منظمة التعاون الإسلامي التصعيد الأخير.",
        );
        assert_eq!(
            find(&seen, "وأدانت").target,
            ["الجيش السوداني"],
            "{seen:#?}"
        );
        // «التهدئة» points back at a truce, whose two ends are its sides.
        let seen = events(
            "أعلنت قطر وقف إطلاق النار بين الجيش السوداني وقوات الدعم السريع. ورحبت جامعة الدول العربية بالتهدئة.",
        );
        let welcome = find(&seen, "ورحبت");
        assert_eq!(welcome.target.len(), 2, "{seen:#?}");
    }

    #[test]
    fn a_participle_without_an_object_goes_with_the_stance_before_it() {
        // The threat has only what is threatened with: it is aimed where
        // the condemnation before it is.
        let seen = events(
            "وأدانت وزارة الخارجية التركية الهجوم الذي شنه حزب العمال الكردستاني على الحدود، متوعدة برد حازم.",
        );
        let threat = find(&seen, "متوعدة");
        assert_eq!(threat.source, ["وزارة الخارجية التركية"], "{seen:#?}");
        assert_eq!(threat.target, ["حزب العمال الكردستاني"], "{seen:#?}");
        // With no event before it, the country of a nisba on the act its
        // sentence speaks of.
        let seen = events(
            "سحبت إيطاليا سفيرها من ليبيا. واعتبر رئيس المجلس الرئاسي الليبي أن القرار الإيطالي متسرع، مهددا بخطوات مماثلة.",
        );
        assert_eq!(find(&seen, "مهددا").target, ["إيطاليا"], "{seen:#?}");
    }

    #[test]
    fn holding_to_blame_accuses_and_loaded_does_not() {
        let seen = events(
            "وأدان الرئيس الفلسطيني محمود عباس اقتحام المسجد، محملا الحكومة الإسرائيلية مسؤولية التصعيد.",
        );
        let blame = find(&seen, "محملا");
        assert_eq!(blame.kind, "ACCUSE", "{seen:#?}");
        assert_eq!(blame.target, ["الحكومة الإسرائيلية"], "{seen:#?}");
        let seen = events("وأرسلت مصر أمس عشر طائرات محملة بالمساعدات إلى السودان.");
        assert!(seen.iter().all(|e| e.kind != "ACCUSE"), "{seen:#?}");
    }

    #[test]
    fn a_definite_phrase_before_what_is_asked_is_the_one_asked() {
        let seen = events("ورفضت الحكومة شروط النقابة، داعية الطرف الآخر إلى استئناف الحوار.");
        assert_eq!(find(&seen, "داعية").target, ["الطرف الآخر"], "{seen:#?}");
    }

    #[test]
    fn an_agreement_talks_came_to_is_between_the_sides_of_the_talks() {
        let seen = events(
            "أعلنت مصر أن الوساطة التي قامت بها بين الحكومة السودانية وقوات الدعم السريع أسفرت عن التوصل إلى اتفاق لوقف إطلاق النار بين الطرفين. ورحبت الجامعة العربية بالاتفاق.",
        );
        let agree = find(&seen, "اتفاق");
        assert_eq!(agree.kind, "AGREE", "{seen:#?}");
        assert_eq!(agree.source.len() + agree.target.len(), 2, "{seen:#?}");
        assert!(!agree.source.iter().any(|s| s.contains("مصر")), "{seen:#?}");
        // The ceasefire agreed on is its content, no event of its own.
        assert!(seen.iter().all(|e| e.kind != "CONCEDE"), "{seen:#?}");
        assert_eq!(find(&seen, "ورحبت").target.len(), 2, "{seen:#?}");
        // Efforts towards an agreement are no agreement.
        let seen =
            events("وتبذل مصر جهودا للتوصل إلى اتفاق بين الحكومة السودانية وقوات الدعم السريع.");
        assert!(seen.iter().all(|e| e.kind != "AGREE"), "{seen:#?}");
    }

    #[test]
    fn a_denial_of_accusations_with_a_nisba_rejects_the_body_of_that_country() {
        let seen = events(
            "اتهمت وزارة الخارجية الروسية تركيا بدعم المسلحين في سوريا. وقال المتحدث إن موسكو تتابع الوضع. وأضاف أن الحوار مستمر. ونفت وزارة الدفاع التركية الاتهامات الروسية.",
        );
        assert_eq!(
            find(&seen, "ونفت").target,
            ["وزارة الخارجية الروسية"],
            "{seen:#?}"
        );
    }

    #[test]
    fn a_ceasefire_in_force_concedes_and_one_strived_for_does_not() {
        let seen = events("دخل وقف إطلاق النار بين الجيش السوداني وقوات الدعم السريع حيز التنفيذ.");
        assert_eq!(find(&seen, "وقف").kind, "CONCEDE", "{seen:#?}");
        let seen =
            events("وطرحت مصر مبادرة لوقف إطلاق النار بين الجيش السوداني وقوات الدعم السريع.");
        assert!(seen.iter().all(|e| e.kind != "CONCEDE"), "{seen:#?}");
    }

    #[test]
    fn a_definite_noun_after_the_closing_nisba_is_the_object() {
        let seen = events("ورفضت وزارة الدفاع الجزائرية التقارير المغربية عن حشود على الحدود.");
        assert_eq!(
            find(&seen, "ورفضت").source,
            ["وزارة الدفاع الجزائرية"],
            "{seen:#?}"
        );
        // Adjectives of the nisba's shape go on agreeing.
        let seen = events("ورحبت الهيئة الخيرية الأردنية الهاشمية بالمبادرة.");
        assert_eq!(
            find(&seen, "ورحبت").source,
            ["الهيئة الخيرية الأردنية الهاشمية"],
            "{seen:#?}"
        );
    }

    #[test]
    fn agreeing_during_a_call_is_towards_its_other_side() {
        let seen = events(
            "وأجرى الرئيس التركي رجب طيب أردوغان أمس اتصالا هاتفيا مع نظيره الأذربيجاني إلهام علييف، وافق خلاله على وقف الهجمات على المدن.",
        );
        let agree = find(&seen, "وافق");
        assert_eq!(agree.kind, "AGREE", "{seen:#?}");
        assert_eq!(agree.source, ["رجب طيب أردوغان"], "{seen:#?}");
        assert_eq!(agree.target, ["إلهام علييف"], "{seen:#?}");
    }

    #[test]
    fn what_is_to_stop_is_no_event() {
        for text in [
            "وشدد وزير الخارجية المصري على ضرورة وقف الغارات الإسرائيلية على المدنيين وإنهاء الحرب.",
            "وأكد الرئيس الروسي فلاديمير بوتين استعداده لوقف الضربات على منشآت الطاقة.",
            "وأجرى الرئيس الروسي فلاديمير بوتين اتصالا مع نظيره الأمريكي دونالد ترامب، أكد خلاله على وقف الضربات على منشآت الطاقة.",
            "وجدد الأمين العام دعوته إلى إنهاء الحصار المفروض على القطاع.",
        ] {
            let seen = events(text);
            assert!(
                seen.iter().all(|e| !matches!(e.kind, "ASSAULT" | "COERCE")),
                "{seen:#?}"
            );
        }
    }

    #[test]
    fn cancelling_a_treaty_sanctions_the_other_side() {
        let seen =
            events("وألغت الحكومة المالية، في يناير الماضي، اتفاقية الدفاع المشترك مع فرنسا.");
        let cancel = find(&seen, "وألغت");
        assert_eq!(cancel.kind, "SANCTION", "{seen:#?}");
        assert_eq!(cancel.target, ["فرنسا"], "{seen:#?}");
        assert!(seen.iter().all(|e| e.kind != "AGREE"), "{seen:#?}");
        let seen = events("وألغى وزير الخارجية الفرنسي زيارته إلى الجزائر.");
        assert!(seen.iter().all(|e| e.kind != "SANCTION"), "{seen:#?}");
    }

    #[test]
    fn his_country_is_the_state_named_in_the_text() {
        let seen = events(
            "التقى وزير الخارجية التونسي نبيل عمار نظيره من جمهورية السنغال ياسين فال. وأكد الوزير السنغالي أن بلاده تدعم جهود تونس في مكافحة الهجرة.",
        );
        let support = find(&seen, "تدعم");
        assert!(
            matches!(support.source.as_slice(), [s] if s.ends_with("السنغال")),
            "{seen:#?}"
        );
        assert_eq!(support.target, ["تونس"], "{seen:#?}");
        // A source who is no actor: the state of his nisba.
        let seen = events(
            "زار وفد من مصر العاصمة الليبية. وأكد مصدر دبلوماسي مصري أن بلاده تثمن التعاون الذي تبديه السلطات الليبية.",
        );
        let praise = find(&seen, "تثمن");
        assert_eq!(praise.source, ["مصر"], "{seen:#?}");
        assert_eq!(praise.target, ["السلطات الليبية"], "{seen:#?}");
        // With no state named, the speaker himself.
        let seen = events("وقال وزير الخارجية البريطاني ديفيد كاميرون إن بلاده تدعم تونس.");
        assert_eq!(find(&seen, "تدعم").source, ["ديفيد كاميرون"], "{seen:#?}");
    }

    #[test]
    fn both_sides_are_the_two_who_talk_not_a_visitor_and_a_place() {
        let seen = events(
            "أجرى وزير الخارجية الأردني أيمن الصفدي اليوم في عمان مباحثات مع وزير خارجية جمهورية العراق فؤاد حسين، الذي يقوم بزيارة رسمية إلى المملكة. ووقع الجانبان مذكرة تفاهم في مجال الطاقة.",
        );
        let talks = find(&seen, "مباحثات");
        assert_eq!(talks.target, ["فؤاد حسين"], "{seen:#?}");
        let signed = find(&seen, "ووقع");
        let sides = signed.sides();
        assert_eq!(sides, ["أيمن الصفدي", "فؤاد حسين"], "{seen:#?}");
    }

    #[test]
    fn a_title_of_a_form_of_state_names_the_person_after_it() {
        for (text, person) in [
            (
                "واستقبل الرئيس التونسي قيس سعيد وزير خارجية جمهورية السنغال ياسين فال.",
                "ياسين فال",
            ),
            (
                "وأجرى وزير الخارجية الجزائري أحمد عطاف اليوم بالجزائر مباحثات مع وزير خارجية جمهورية السنغال ياسين فال.",
                "ياسين فال",
            ),
            (
                "وعقد وزير الخارجية المصري سامح شكري جلسة مباحثات مع وزير خارجية جمهورية كينيا موساليا مودافادي.",
                "موساليا مودافادي",
            ),
            (
                "والتقى الرئيس الجزائري عبد المجيد تبون رئيس وزراء دولة الكويت أحمد العبدالله.",
                "أحمد العبدالله",
            ),
        ] {
            let seen = events(text);
            // A meeting's sides, either way round: the person, not his
            // country.
            let met = seen.iter().find(|e| e.kind == "CONSULT");
            assert!(
                met.is_some_and(|e| {
                    let sides: Vec<&String> = e.source.iter().chain(&e.target).collect();
                    sides.len() == 2 && sides.iter().any(|a| *a == person)
                }),
                "{seen:#?}"
            );
        }
    }

    #[test]
    fn a_participle_goes_with_the_main_verb_not_the_reported_clause() {
        let seen = events(
            "استقبل صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى اليوم وفدا من رجال الأعمال. وأكد سموه خلال اللقاء أن قطر ماضية في دعم الاقتصاد الوطني، داعيا المستثمرين الأجانب إلى الاستفادة من الفرص المتاحة.",
        );
        assert_eq!(
            find(&seen, "داعيا").source,
            ["تميم بن حمد آل ثاني"],
            "{seen:#?}"
        );
    }

    #[test]
    fn a_definite_noun_alone_is_no_new_attack() {
        let seen = events("وقال وزير الدفاع الروسي إن العملية العسكرية تسير وفق الخطة المرسومة.");
        assert!(seen.iter().all(|e| e.kind != "ASSAULT"), "{seen:#?}");
    }

    #[test]
    fn a_person_after_a_title_whose_body_names_a_place_is_the_object() {
        let seen = events(
            "واستقبل رئيس الوزراء الأردني بشر الخصاونة الرئيس التنفيذي لمجموعة موانئ دبي \
             العالمية سلطان بن سليم في عمان.",
        );
        let e = find(&seen, "واستقبل");
        assert_eq!(e.target, ["سلطان بن سليم"], "{seen:#?}");
    }

    #[test]
    fn a_veto_rejects_the_drafters_and_a_welcome_of_it_supports_the_vetoer() {
        let seen = events(
            "استخدمت الصين حق النقض ضد مشروع قرار قدمته فرنسا إلى مجلس الأمن. ورحب مندوب \
             روسيا فاسيلي نيبينزيا بالفيتو، داعيا المجلس إلى جلسة جديدة يوم 20 مايو المقبل. \
             وأصدرت محكمة النقض حكمها.",
        );
        let veto = find(&seen, "حق النقض");
        assert_eq!(
            (veto.kind, &veto.source[..], &veto.target[..]),
            (
                "REJECT",
                &["الصين".to_string()][..],
                &["فرنسا".to_string()][..]
            )
        );
        let welcome = find(&seen, "ورحب");
        assert_eq!(welcome.target, ["الصين"], "{seen:#?}");
        // The date of the call in the clause after the comma is not the
        // welcome's.
        assert_eq!(welcome.modality, "asserted");
        assert_eq!(
            seen.iter().filter(|e| e.kind == "REJECT").count(),
            1,
            "{seen:#?}"
        );
    }

    #[test]
    fn deploying_forces_mobilizes_and_blocking_a_road_protests() {
        let seen = events(
            "وقطع عشرات المحتجين الطريق الدولي قرب المطار. ونشرت تركيا قوات إضافية على \
             الحدود، فيما نشرت صحيفة الأهرام تقريرا عن الأزمة. وقطعت البحرين علاقاتها مع \
             قطر، وقطع المسلحون رأس رهينة على الطريقة نفسها.",
        );
        let kinds: Vec<(&str, &str)> = seen.iter().map(|e| (e.trigger.as_str(), e.kind)).collect();
        assert_eq!(
            &kinds[..3],
            [
                ("وقطع", "PROTEST"),
                ("ونشرت", "MOBILIZE"),
                ("وقطعت", "SANCTION")
            ],
            "{seen:#?}"
        );
        // «على الطريقة نفسها» is a manner, no road.
        assert_eq!(
            kinds.iter().filter(|k| k.1 == "PROTEST").count(),
            1,
            "{seen:#?}"
        );
    }

    #[test]
    fn where_forces_are_sent_is_no_target_of_the_mobilization() {
        let seen = events("ونشرت تركيا وحدات إضافية إلى إدلب.");
        let deployed = find(&seen, "ونشرت");
        assert_eq!(deployed.kind, "MOBILIZE", "{seen:#?}");
        assert!(deployed.target.is_empty(), "{seen:#?}");
    }

    #[test]
    fn warning_that_ones_own_side_will_act_threatens() {
        let seen = events(
            "وقال وزير الداخلية المغربي عبد الوافي لفتيت إن الأمن استتب، محذرا من أن الدولة \"ستضرب بقبضة من حديد\" كل من يمس بالنظام العام.",
        );
        assert_eq!(find(&seen, "محذرا").kind, "THREATEN", "{seen:#?}");
        let seen = events(
            "وحذر رئيس الوزراء الإسرائيلي بنيامين نتنياهو من أن إسرائيل قد تغلق المعابر مع القطاع.",
        );
        assert_eq!(find(&seen, "وحذر").kind, "THREATEN", "{seen:#?}");
        // Another state's act, or going on with support, is no threat.
        let seen =
            events("وحذر وزير الخارجية الإيراني عباس عراقجي من أن إسرائيل ستشن حربا على لبنان.");
        assert!(seen.iter().all(|e| e.kind != "THREATEN"), "{seen:#?}");
        let seen = events("وحذر المرشد الإيراني علي خامنئي من أن بلاده ستواصل دعم حلفائها.");
        assert!(seen.iter().all(|e| e.kind != "THREATEN"), "{seen:#?}");
    }

    #[test]
    fn what_a_protest_is_against_is_no_rejection_of_its_own() {
        let seen =
            events("وتظاهر آلاف المحتجين في ساحة الشهداء رفضا لقرار الحكومة رفع أسعار الوقود.");
        assert!(seen.iter().any(|e| e.kind == "PROTEST"), "{seen:#?}");
        assert!(seen.iter().all(|e| e.kind != "REJECT"), "{seen:#?}");
        // A rejection outside a protest stays one.
        let seen = events("وأعلن وزير الخارجية الأردني أيمن الصفدي رفض بلاده للقرار الإسرائيلي.");
        assert!(seen.iter().any(|e| e.kind == "REJECT"), "{seen:#?}");
    }

    #[test]
    fn a_city_after_the_noun_of_an_agreement_names_a_treaty() {
        let seen = events("وقالت الخارجية إن الدبلوماسي يتمتع بالحصانة بموجب اتفاقية فيينا.");
        assert!(seen.iter().all(|e| e.kind != "AGREE"), "{seen:#?}");
        // Two sides after the noun are its sides.
        let seen = events("وجاء ذلك بعد اتفاق أنقرة وطرابلس على ترسيم الحدود البحرية.");
        assert_eq!(find(&seen, "اتفاق").source, ["أنقرة"], "{seen:#?}");
    }

    #[test]
    fn a_thing_that_threatens_is_no_threat_by_anyone() {
        let seen = events(
            "وأكد الرئيس الفرنسي إيمانويل ماكرون أن استمرار الحرب \"يهدد بتوسيع دائرة الصراع\".",
        );
        assert!(seen.iter().all(|e| e.kind != "THREATEN"), "{seen:#?}");
        let seen = events("وقال وزير الخارجية التركي إن الاستيطان يهدد فرص السلام.");
        assert!(seen.iter().all(|e| e.kind != "THREATEN"), "{seen:#?}");
        // A state threatens.
        let seen = events("وتهدد إسرائيل بشن عملية عسكرية واسعة في جنوب لبنان.");
        assert_eq!(find(&seen, "وتهدد").kind, "THREATEN", "{seen:#?}");
        let seen = events(
            "وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن إسرائيل تهدد بقطع الكهرباء عن غزة.",
        );
        assert_eq!(find(&seen, "تهدد").kind, "THREATEN", "{seen:#?}");
    }

    #[test]
    fn aiming_at_an_act_is_no_attack() {
        let seen = events(
            "وأعلنت الحكومة الأردنية أن البرنامج يستهدف تدريب الشباب، ويستهدف الصندوق مساعدة \
             المزارعين. وقال الجيش السوري إن مسلحين استهدفوا نقطة تفتيش قرب درعا.",
        );
        let attacks: Vec<&Seen> = seen.iter().filter(|e| e.kind == "ASSAULT").collect();
        assert_eq!(attacks.len(), 1, "{seen:#?}");
        assert_eq!(attacks[0].trigger, "استهدفوا");
    }

    #[test]
    fn a_first_person_verb_in_a_quote_is_the_speakers() {
        let seen = events(
            "وقال الأمين العام لجامعة الدول العربية أحمد أبو الغيط إن مصر والجزائر ستستضيفان الاجتماع. وتابع: \"نرفض أي تدخل أجنبي في شؤون ليبيا\".",
        );
        assert_eq!(find(&seen, "نرفض").source, ["أحمد أبو الغيط"], "{seen:#?}");
    }

    #[test]
    fn a_stems_own_nun_is_no_first_person() {
        assert!(is_first_person("نرحب", "رحب"));
        assert!(is_first_person("سنرسل", "أرسل"));
        assert!(is_first_person("قطعنا", "قطع"));
        assert!(is_first_person("التقينا", "التقى"));
        assert!(!is_first_person("ندد", "ندد"));
        assert!(is_first_person("نندد", "ندد"));
        assert!(!is_first_person("تعاونا", "تعاون"));
        assert!(!is_first_person("يرفض", "رفض"));
    }

    #[test]
    fn a_news_agency_is_no_actor() {
        let seen =
            events("وقال مصدر مطلع على المحادثات لرويترز إن الوفدين لم يلتقيا خلال المحادثات.");
        assert!(
            seen.iter()
                .all(|e| e.source.iter().all(|s| !s.contains("رويترز"))),
            "{seen:#?}"
        );
    }

    #[test]
    fn a_reaction_to_an_act_with_a_nisba_is_aimed_at_its_country() {
        let seen = events(
            "أعلنت الولايات المتحدة أمس نقل سفارتها إلى القدس. ورحب رئيس الوزراء الإسرائيلي بنيامين نتنياهو بالقرار الأمريكي.",
        );
        assert_eq!(find(&seen, "ورحب").target, ["الولايات المتحدة"], "{seen:#?}");
    }

    #[test]
    fn a_relative_clause_names_the_doer_of_an_act() {
        let seen = events(
            "وأعربت الحكومة الأردنية عن قلقها إزاء الغارات التي شنتها القوات الروسية على مواقع للمعارضة في إدلب. وأدانت الخارجية القطرية الهجوم الذي نفذته جماعة مسلحة على مقر الشرطة.",
        );
        let raid = find(&seen, "الغارات");
        assert_eq!(raid.kind, "ASSAULT");
        assert_eq!(raid.source, ["القوات الروسية"], "{seen:#?}");
        let attack = find(&seen, "الهجوم");
        assert_eq!(attack.source, ["جماعة مسلحة"], "{seen:#?}");
        assert_eq!(find(&seen, "وأدانت").target, ["جماعة مسلحة"], "{seen:#?}");
    }

    #[test]
    fn sponsoring_a_signing_mediates_between_the_signers() {
        let seen = events(
            "وقعت حركتا فتح وحماس، أمس في القاهرة، اتفاقا للمصالحة برعاية جمهورية مصر العربية.",
        );
        let m = find(&seen, "برعاية");
        assert_eq!(m.kind, "CONSULT");
        assert_eq!(m.source.len(), 1, "{seen:#?}");
        assert!(m.source[0].ends_with("مصر العربية"), "{seen:#?}");
        assert_eq!(m.target.len(), 2, "{seen:#?}");
    }

    #[test]
    fn joint_mediation_between_two_sides() {
        let seen = events(
            "أعلنت سلطنة عمان نجاح الوساطة المشتركة مع دولة قطر بين إيران والولايات المتحدة في ملف تبادل السجناء.",
        );
        let m = find(&seen, "الوساطة");
        assert_eq!(m.source.len(), 2, "{seen:#?}");
        assert_eq!(m.target.len(), 2, "{seen:#?}");
    }

    #[test]
    fn mediation_by_a_nisba_or_after_the_sides_it_brought_together() {
        let seen = events(
            "أعلنت قطر بدء سريان هدنة بين السودان وجنوب السودان على الحدود، بعد وساطة قطرية استمرت أسبوعين.",
        );
        let mediation = find(&seen, "وساطة");
        assert_eq!(mediation.source, ["قطر"], "{seen:#?}");
        // (The test's texts keep a glued «و».)
        assert_eq!(mediation.target.len(), 2, "{seen:#?}");
        assert_eq!(mediation.target[0], "السودان", "{seen:#?}");
        assert!(mediation.target[1].ends_with("جنوب السودان"), "{seen:#?}");
        let seen = events(
            "وأعلن الوزير التوصل إلى تفاهم لتبادل الأسرى بين أذربيجان وأرمينيا في جنيف برعاية روسيا، يسري اعتبارا من الغد.",
        );
        let mediation = find(&seen, "برعاية");
        assert_eq!(mediation.source, ["روسيا"], "{seen:#?}");
        assert_eq!(mediation.target.len(), 2, "{seen:#?}");
        assert_eq!(mediation.target[0], "أذربيجان", "{seen:#?}");
        assert!(mediation.target[1].ends_with("أرمينيا"), "{seen:#?}");
    }

    #[test]
    fn an_agreement_told_again_is_the_one_signed_and_a_welcome_reaches_back_to_it() {
        let seen = events(
            "وقعت إثيوبيا وكينيا، أمس، مذكرة تفاهم حول الحدود. \
             وجاء الاتفاق تتويجا لوساطة قام بها الرئيس الأوغندي يوري موسيفيني بين أديس أبابا ونيروبي. \
             وقال مسؤول كيني إن المذكرة تنظم حركة الرعاة. \
             وأضاف أن اللجنة المشتركة ستجتمع قريبا. \
             وكانت الاشتباكات قد تكررت على الحدود خلال العام الماضي. \
             وأشار المسؤول إلى أن الطرفين سيتبادلان الخرائط. \
             ورحب الأمين العام للأمم المتحدة أنطونيو غوتيريش بالاتفاق.",
        );
        let agreements: Vec<&Seen> = seen.iter().filter(|e| e.kind == "AGREE").collect();
        assert_eq!(agreements.len(), 1, "{seen:#?}");
        let mediation = find(&seen, "لوساطة");
        assert_eq!(mediation.source, ["يوري موسيفيني"], "{seen:#?}");
        let welcome = find(&seen, "ورحب");
        // (The test's texts keep a glued «و».)
        assert_eq!(welcome.target.len(), 2, "{seen:#?}");
        assert_eq!(welcome.target[0], "إثيوبيا", "{seen:#?}");
        assert!(welcome.target[1].ends_with("كينيا"), "{seen:#?}");
    }

    #[test]
    fn the_pronoun_on_but_is_the_subject_told_before() {
        let seen = events(
            "ورحب وزير الخارجية البريطاني ديفيد لامي بالهدنة، لكنه طالب إسرائيل بفتح المعابر فورا.",
        );
        let request = find(&seen, "طالب");
        assert_eq!(request.source, ["ديفيد لامي"], "{seen:#?}");
        assert_eq!(request.target, ["إسرائيل"], "{seen:#?}");
    }

    #[test]
    fn the_two_sides_in_the_accusative_are_asked_not_asking() {
        let seen = events(
            "وقعت تونس وليبيا أمس اتفاقا أمنيا. ورحب الأمين العام للجامعة العربية أحمد أبو الغيط بالاتفاق، ودعا البلدين إلى تنفيذه.",
        );
        let request = find(&seen, "ودعا");
        assert_eq!(request.source, ["أحمد أبو الغيط"], "{seen:#?}");
        assert_eq!(request.target, ["تونس", "وليبيا"], "{seen:#?}");
    }

    #[test]
    fn going_somewhere_past_a_long_title() {
        let seen = events(
            "ومن المقرر أن يتوجه نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين أيمن الصفدي إلى أنقرة الأسبوع المقبل.",
        );
        let visit = find(&seen, "يتوجه");
        assert_eq!(visit.source, ["أيمن الصفدي"], "{seen:#?}");
        assert_eq!(visit.target, ["أنقرة"], "{seen:#?}");
    }

    #[test]
    fn freezing_a_states_assets_sanctions_the_state() {
        let seen = events(
            "وأعلنت روسيا رفضها للقرار. وكان الاتحاد الأوروبي قد جمد الأصول الروسية في مارس الماضي.",
        );
        let freeze = find(&seen, "جمد");
        assert_eq!(freeze.kind, "SANCTION", "{seen:#?}");
        // (The phrase stands for its state, which the output names.)
        assert_eq!(freeze.target, ["الأصول الروسية"], "{seen:#?}");
        // A freezing of no holding is no sanction.
        let seen = events("وقال الشاهد إن الدم جمد في عروقه عند سماع الانفجار.");
        assert!(seen.iter().all(|e| e.kind != "SANCTION"), "{seen:#?}");
    }

    #[test]
    fn what_was_agreed_on_is_no_event_of_its_own() {
        let seen = events(
            "وقعت تركيا وسوريا اتفاقا أمنيا أمس. وقال الوزير إن الطرفين ملتزمان بكل ما اتفق عليه.",
        );
        assert!(seen.iter().all(|e| e.modality != "denied"), "{seen:#?}");
        assert_eq!(
            seen.iter().filter(|e| e.kind == "AGREE").count(),
            1,
            "{seen:#?}"
        );
    }

    #[test]
    fn announcing_that_an_agreement_was_reached_tells_the_agreement() {
        let seen = events(
            "وأعلن وزيرا خارجية البلدين، في مؤتمر صحفي مشترك عقداه في الرياض مساء اليوم، التوصل إلى اتفاق بين الحكومة اليمنية والمجلس الانتقالي الجنوبي.",
        );
        let agree = find(&seen, "اتفاق");
        assert_eq!(agree.kind, "AGREE", "{seen:#?}");
        assert_eq!(agree.source, ["الحكومة اليمنية"], "{seen:#?}");
        // What is sought is no agreement reached.
        let seen = events(
            "وأعلن الوسطاء سعيهم للتوصل إلى اتفاق بين الحكومة اليمنية والمجلس الانتقالي الجنوبي.",
        );
        assert!(seen.iter().all(|e| e.kind != "AGREE"), "{seen:#?}");
    }

    #[test]
    fn the_one_who_leads_a_mediation_mediates() {
        let seen = events(
            "وجاء الاتفاق بعد وساطة مكوكية قادها وزير الخارجية الأمريكي أنتوني بلينكن بين الرئيس الأذربيجاني إلهام علييف ورئيس الوزراء الأرميني نيكول باشينيان.",
        );
        let talks = find(&seen, "وساطة");
        assert_eq!(talks.source, ["أنتوني بلينكن"], "{seen:#?}");
        assert_eq!(talks.target, ["إلهام علييف", "نيكول باشينيان"], "{seen:#?}");
        let seen = events("وكانت الكويت قد قادت منذ عام 2017 وساطة بين قطر والسعودية.");
        assert_eq!(find(&seen, "وساطة").source, ["الكويت"], "{seen:#?}");
        // Not ruled out: possible, not denied.
        let seen = events("وقال مسؤول إن الرئيس التركي رجب طيب أردوغان لم يستبعد القيام بوساطة بين روسيا وأوكرانيا.");
        let offer = find(&seen, "بوساطة");
        assert_eq!(offer.source, ["رجب طيب أردوغان"], "{seen:#?}");
        assert_eq!(offer.modality, "hypothetical", "{seen:#?}");
        // Where the mediators live mediates nothing.
        let seen = events("وأوضح المصدر أن وساطة قادها شيوخ القبائل بشمال سيناء بين الخاطفين والأجهزة الأمنية أنهت الأزمة.");
        assert!(seen.iter().all(|e| e.source != ["سيناء"]), "{seen:#?}");
    }

    #[test]
    fn a_light_verb_with_its_own_noun_or_a_clause_between_is_not_the_nouns() {
        let seen =
            events("ولم يستبعد المبعوث أن يفرض مجلس الأمن الدولي عقوبات على معرقلي تنفيذ الاتفاق.");
        assert!(seen.iter().all(|e| e.kind != "AGREE"), "{seen:#?}");
        let seen = events("وأعلن الكرملين أن الاتفاق يفتح صفحة جديدة في العلاقات.");
        assert!(seen.iter().all(|e| e.kind != "AGREE"), "{seen:#?}");
        // The same kind of noun between still shares the verb.
        let seen = events("ويعقد مجلس الأمن الدولي مساء اليوم جلسة مشاورات طارئة.");
        assert!(
            seen.iter().any(|e| e.source == ["مجلس الأمن الدولي"]),
            "{seen:#?}"
        );
    }

    #[test]
    fn a_withdrawal_begun_is_made_by_the_subject_of_the_verb_that_begins_it() {
        let seen = events("وبدأت وحدات الجيش اللبناني الانسحاب من محيط المرفأ صباح اليوم.");
        let out = find(&seen, "الانسحاب");
        assert_eq!(out.kind, "RETREAT", "{seen:#?}");
        assert_eq!(out.source, ["الجيش اللبناني"], "{seen:#?}");
        let seen = events("وأكد الوزير أن تركيا ستبدأ الانسحاب من القاعدة خلال أيام.");
        let out = find(&seen, "الانسحاب");
        assert_eq!(out.source, ["تركيا"], "{seen:#?}");
        assert_eq!(out.modality, "planned", "{seen:#?}");
        // Another act between: not the subject's withdrawal.
        let seen = events("وبدأت الحكومة مفاوضات حول الانسحاب من الاتفاق.");
        assert!(seen.iter().all(|e| e.kind != "RETREAT"), "{seen:#?}");
    }

    #[test]
    fn giving_money_announced_is_aid_by_the_announcers() {
        let seen = events("وأعلنت سلطنة عمان تقديم 500 مليون دولار لمصر على مدى خمس سنوات.");
        let aid = find(&seen, "تقديم");
        assert_eq!(
            (aid.kind, aid.source.clone(), aid.target.clone()),
            (
                "AID",
                vec!["سلطنة عمان".to_string()],
                vec!["لمصر".to_string()]
            ),
            "{seen:#?}"
        );
        let seen = events(
            "وأعلنت قطر والكويت، أمس، خلال مؤتمر المانحين الذي افتتحه الرئيس اللبناني جوزيف عون، تقديم ودائع للبنان بقيمة مليار دولار من كل منهما.",
        );
        let givers: Vec<_> = seen
            .iter()
            .filter(|e| e.trigger == "تقديم")
            .map(|e| e.source.join(" "))
            .collect();
        assert_eq!(givers, ["قطر", "والكويت"], "{seen:#?}");
        // A resignation is no aid; support given with money stays aid.
        let seen = events("وأعلن الوزير تقديم استقالته.");
        assert!(seen.iter().all(|e| e.kind != "AID"), "{seen:#?}");
        let seen = events("وأكد رئيس الوزراء الإيطالي أن بلاده مستعدة لتقديم دعم مالي إضافي لتونس.");
        assert_eq!(find(&seen, "دعم").kind, "AID", "{seen:#?}");
    }

    #[test]
    fn a_counted_crowd_gathering_protests_and_a_rally_of_support_aims_at_no_one() {
        let seen =
            events("وفي وسط عمّان، احتشد آلاف الأردنيين في ساحة النخيل تأييدا للملك عبدالله الثاني.");
        let rally = find(&seen, "احتشد");
        assert_eq!(rally.kind, "PROTEST", "{seen:#?}");
        assert_eq!(rally.source, ["آلاف الأردنيين"], "{seen:#?}");
        assert!(rally.target.is_empty(), "{seen:#?}");
        let seen =
            events("وعاد الرئيس إلى القاهرة، حيث تظاهر عشرات الآلاف من المواطنين على جانبي الطريق.");
        assert_eq!(
            find(&seen, "تظاهر").source,
            ["عشرات الآلاف من المواطنين"],
            "{seen:#?}"
        );
        // A body called a gathering is no protest.
        let seen = events("وأعلن تجمع المهنيين السودانيين الإضراب العام.");
        assert!(seen.iter().all(|e| e.trigger != "تجمع"), "{seen:#?}");
    }

    #[test]
    fn health_care_mediates_nothing() {
        let seen = events("وأكد الوزير أن الحكومة ستواصل تقديم الرعاية الصحية للنازحين.");
        assert!(seen.iter().all(|e| e.kind != "CONSULT"), "{seen:#?}");
    }

    #[test]
    fn resuming_talks_between_two_sides_is_mediating() {
        let seen = events(
            "ومن المقرر أن يستأنف الوسطاء محادثات التهدئة بين السودان وإثيوبيا في أديس أبابا الأسبوع المقبل.",
        );
        let m = find(&seen, "يستأنف");
        assert_eq!(m.kind, "CONSULT", "{seen:#?}");
        assert_eq!(m.source, ["الوسطاء"], "{seen:#?}");
    }

    #[test]
    fn an_agreement_in_force_is_no_event_and_its_signing_verb_tells_one() {
        let seen =
            events("وبدأ الجنود الانتشار على الحدود بموجب اتفاق وقعته مصر وإسرائيل الشهر الماضي.");
        let agree: Vec<_> = seen.iter().filter(|e| e.kind == "AGREE").collect();
        assert_eq!(agree.len(), 1, "{seen:#?}");
        assert_eq!(agree[0].trigger, "وقعته", "{seen:#?}");
        assert_eq!(agree[0].source, ["مصر"], "{seen:#?}");
        assert_eq!(agree[0].target, ["وإسرائيل"], "{seen:#?}");
        let seen = events("وقال الوزير إن بلاده تفي بالتزاماتها بموجب اتفاقية الدفاع المشترك.");
        assert!(seen.iter().all(|e| e.kind != "AGREE"), "{seen:#?}");
    }

    #[test]
    fn those_an_attack_was_made_on_are_no_target_of_its_condemnation() {
        let seen = events("وأدان وزراء الخارجية العرب الاعتداء على السفارة السعودية في طهران.");
        assert!(find(&seen, "وأدان").target.is_empty(), "{seen:#?}");
        let seen = events(
            "وأكد القادة العرب المشاركون في القمة رفضهم للقرار، ودانوا العدوان على دولة الكويت.",
        );
        let condemned = find(&seen, "ودانوا");
        assert_eq!(condemned.source, ["القادة العرب"], "{seen:#?}");
        assert!(condemned.target.is_empty(), "{seen:#?}");
    }

    #[test]
    fn going_to_two_places_is_a_visit_to_each() {
        let seen = events(
            "وأعلن الأمين العام للجامعة العربية أنه سيتوجه الأسبوع المقبل إلى الرباط ونواكشوط في مسعى للتهدئة.",
        );
        let trips: Vec<_> = seen.iter().filter(|e| e.trigger == "سيتوجه").collect();
        assert_eq!(trips.len(), 2, "{seen:#?}");
        assert_eq!(trips[0].target, ["الرباط"], "{seen:#?}");
        assert_eq!(trips[1].target, ["ونواكشوط"], "{seen:#?}");
    }

    #[test]
    fn a_title_whose_body_is_in_quote_marks_still_leads_to_its_holder() {
        let seen = events("ورحب الأمين العام لحركة \"حماس\" خالد مشعل بالاتفاق.");
        assert_eq!(find(&seen, "ورحب").source, ["خالد مشعل"], "{seen:#?}");
        let seen = events("ورحب الأمين العام لـ\"حزب الله\" حسن نصر الله بالاتفاق.");
        assert_eq!(find(&seen, "ورحب").source, ["حسن نصر الله"], "{seen:#?}");
    }

    #[test]
    fn talks_held_in_a_call_received_are_the_call() {
        let seen = events(
            "بحث ولي العهد الأمير محمد بن سلمان والرئيس الفرنسي إيمانويل ماكرون، في اتصال هاتفي تلقاه سموه من الرئيس الفرنسي، تطورات الأوضاع. وأكد سموه خلال الاتصال دعم المملكة للجهود الدولية.",
        );
        let calls: Vec<_> = seen.iter().filter(|e| e.kind == "CONSULT").collect();
        assert_eq!(calls.len(), 1, "{seen:#?}");
        assert_eq!(calls[0].trigger, "اتصال", "{seen:#?}");
        assert_eq!(calls[0].source, ["إيمانويل ماكرون"], "{seen:#?}");
        assert_eq!(calls[0].target, ["محمد بن سلمان"], "{seen:#?}");
    }

    #[test]
    fn the_latter_visits() {
        let seen = events(
            "وكان الرئيس التونسي قد التقى الرئيس الجزائري عبد المجيد تبون، خلال زيارة الأخير إلى تونس في أيار الماضي.",
        );
        let visit = find(&seen, "زيارة");
        assert_eq!(visit.source, ["عبد المجيد تبون"], "{seen:#?}");
        assert_eq!(visit.target, ["تونس"], "{seen:#?}");
    }

    #[test]
    fn what_occurred_is_no_signing() {
        let seen = events(
            "وأعلن القادة رفضهم الصلح مع إسرائيل، وتمسكهم بإزالة آثار العدوان الذي وقع في الخامس من يونيو الماضي.",
        );
        assert!(seen.iter().all(|e| e.kind != "AGREE"), "{seen:#?}");
        let seen = events("وقد استهدف الهجوم الذي وقع ظهر أمس المركز الثقافي في المدينة.");
        assert!(seen.iter().all(|e| e.kind != "AGREE"), "{seen:#?}");
        // A signer set off by a comma still signs.
        let seen = events(
            "ودانت فرنسا، التي وقعت مع العراق عام 1976 عقد بناء المفاعل، الغارة الإسرائيلية.",
        );
        assert!(seen.iter().any(|e| e.kind == "AGREE"), "{seen:#?}");
    }

    #[test]
    fn staying_away_from_a_summit_is_a_denied_meeting() {
        let seen = events("والتقى الرئيس على هامش المؤتمر الملك، فيما قاطعت ليبيا المؤتمر.");
        let away = find(&seen, "قاطعت");
        assert_eq!(away.kind, "CONSULT", "{seen:#?}");
        assert_eq!(away.source, ["ليبيا"], "{seen:#?}");
        assert!(away.target.is_empty(), "{seen:#?}");
        assert_eq!(away.modality, "denied", "{seen:#?}");
        let seen = events(
            "وكان الوزراء قد قرروا، في ختام مؤتمرهم الذي قاطعته الجزائر مساء أمس، تجميد العضوية.",
        );
        assert_eq!(find(&seen, "قاطعته").source, ["الجزائر"], "{seen:#?}");
        // A sitting boycotted is a protest; a speech interrupted is none.
        let seen = events(
            "وصادق البرلمان على القانون، فيما قاطعت المعارضة الجلسة الأولى احتجاجا على القانون.",
        );
        assert_eq!(find(&seen, "قاطعت").kind, "PROTEST", "{seen:#?}");
        let seen = events("وأكد في كلمته، التي قاطعها الحضور بالتصفيق، أن الشعب صامد.");
        assert!(seen.is_empty(), "{seen:#?}");
    }

    #[test]
    fn an_invasion_and_the_strikes_of_a_pair_are_assaults() {
        let seen = events("وكانت القوات العراقية قد اجتاحت الكويت فجر الثاني من أغسطس.");
        assert_eq!(find(&seen, "اجتاحت").target, ["الكويت"], "{seen:#?}");
        let seen = events(
            "واصلت الولايات المتحدة وبريطانيا فجر اليوم ضرباتهما الجوية على أهداف في العراق.",
        );
        let strikes = find(&seen, "ضرباتهما");
        assert_eq!(
            strikes.source,
            ["الولايات المتحدة", "وبريطانيا"],
            "{seen:#?}"
        );
        assert_eq!(strikes.target, ["العراق"], "{seen:#?}");
    }

    #[test]
    fn the_press_spoken_to_is_no_side() {
        let seen = events(
            "وقال عبد الرحمن شلقم، أمين اللجنة الشعبية، في البيان الذي تلاه أمام الصحفيين، إن الجماهيرية \"ستوقع البروتوكول الإضافي\".",
        );
        assert!(
            seen.iter().all(|e| e
                .target
                .iter()
                .chain(&e.source)
                .all(|a| !a.contains("الصحفيين"))),
            "{seen:#?}"
        );
        let seen = events("ونفذ عشرات الصحفيين وقفة تضامنية أمام مبنى الإذاعة.");
        assert_eq!(find(&seen, "وقفة").source, ["عشرات الصحفيين"], "{seen:#?}");
    }

    #[test]
    fn two_countries_are_the_two_states_named_together_when_no_talks_were_told() {
        let seen = events(
            "اتهم الرئيس الكيني جيبوتي بإيواء المتمردين، فيما يتصاعد التوتر بين كينيا والصومال على الحدود. وطالب مجلس الأمن الدولي، في بيان صدر أمس، البلدين بضبط النفس.",
        );
        assert_eq!(
            find(&seen, "وطالب").target,
            ["كينيا", "والصومال"],
            "{seen:#?}"
        );
        // Capitals stand for their states; an attribution between commas
        // holds no object.
        let seen = events(
            "واصلت الولايات المتحدة وبريطانيا حملتهما على العراق. واستدعت روسيا سفيريها لدى واشنطن ولندن، وطالب الرئيس الروسي، بحسب ما نقلت عنه وكالة تاس، الدولتين بوقف الحملة.",
        );
        assert_eq!(
            find(&seen, "وطالب").target,
            ["الولايات المتحدة", "وبريطانيا"],
            "{seen:#?}"
        );
        // Places where things happen are no pair; a two-state settlement
        // names no sides.
        let seen = events("بحث الوزير الأوضاع في سوريا وليبيا. ودعا الأمين العام إلى حل الدولتين.");
        assert!(
            seen.iter()
                .all(|e| e.target.iter().all(|a| !a.contains("سوريا"))),
            "{seen:#?}"
        );
    }

    #[test]
    fn both_sides_after_mediated_talks_are_the_mediated() {
        let seen = events(
            "استضافت دولة قطر محادثات غير مباشرة بين إيران والولايات المتحدة. واتفق الجانبان على مواصلة المحادثات الأسبوع المقبل.",
        );
        // The party named first is the source (annotation guide 4.4).
        let e = find(&seen, "واتفق");
        assert_eq!(e.source, ["إيران"], "{seen:#?}");
        assert_eq!(e.target, ["والولايات المتحدة"], "{seen:#?}");
    }

    #[test]
    fn a_place_in_a_documents_name_is_no_party() {
        let seen = events("وقعت الفصائل الليبية على «إعلان القاهرة» للسلام.");
        assert!(find(&seen, "وقعت").target.is_empty(), "{seen:#?}");
    }

    #[test]
    fn a_dateline_run_into_the_text_names_no_actor() {
        let seen = events("الرباط (أ ف ب) - أعلنت قطر نجاح الوساطة بين إيران والولايات المتحدة.");
        assert_eq!(find(&seen, "الوساطة").source, ["قطر"], "{seen:#?}");
    }

    #[test]
    fn a_definite_head_noun_takes_no_genitive() {
        let seen =
            events("أصدرت وزارة الخارجية بيانا. وطالبت الوزارة المجتمع الدولي بالتحرك الفوري.");
        assert_eq!(
            find(&seen, "وطالبت").target,
            ["المجتمع الدولي"],
            "{seen:#?}"
        );
    }

    #[test]
    fn a_protest_is_not_aimed_at_its_place() {
        let seen = events("وتظاهر آلاف المحتجين أمس في ساحة التحرير وسط بغداد.");
        assert!(find(&seen, "وتظاهر").target.is_empty(), "{seen:#?}");
    }

    #[test]
    fn a_time_zone_is_no_party() {
        let seen = events(
            "والتقى الرئيس المصري عبد الفتاح السيسي، مساء أمس بتوقيت نيويورك، الرئيس الفرنسي إيمانويل ماكرون.",
        );
        assert_eq!(
            find(&seen, "والتقى").target,
            ["إيمانويل ماكرون"],
            "{seen:#?}"
        );
    }

    #[test]
    fn a_counterpart_named_by_nisba_is_an_actor() {
        let seen = events(
            "وأكد المتحدث أن الوزير سامح شكري لم يلتق نظيره الإسرائيلي خلال زيارته إلى نيويورك.",
        );
        assert_eq!(find(&seen, "يلتق").target, ["نظيره الإسرائيلي"], "{seen:#?}");
    }

    #[test]
    fn suspending_a_treaty_is_a_sanction_by_the_state_before_it() {
        let seen = events(
            "ونفى المتحدث باسم الخارجية أحمد حافظ ما تردد عن نية الأردن تعليق اتفاقية الغاز مع إسرائيل.",
        );
        let cut = find(&seen, "تعليق");
        assert_eq!(cut.kind, "SANCTION");
        assert_eq!(cut.source, ["الأردن"], "{seen:#?}");
        assert_eq!(cut.target, ["إسرائيل"], "{seen:#?}");
        assert!(seen.iter().all(|e| e.kind != "AGREE"), "{seen:#?}");
    }

    #[test]
    fn an_announcement_by_a_state_is_no_documents_name() {
        let seen = events(
            "وأكد الرئيس الروسي فلاديمير بوتين ترحيبه بإعلان مصر وتركيا استئناف العلاقات الدبلوماسية بين البلدين.",
        );
        assert_eq!(find(&seen, "ترحيبه").target.len(), 2, "{seen:#?}");
    }

    #[test]
    fn both_parties_after_a_fight_are_its_sides() {
        let seen = events(
            "واندلعت المعارك العنيفة في مقديشو، صباح الأحد، بين الجيش الصومالي بقيادة أودوا يوسف راغي وحركة الشباب. ودعا الاتحاد الأفريقي الطرفين إلى وقف القتال.",
        );
        assert_eq!(find(&seen, "المعارك").target.len(), 1, "{seen:#?}");
        assert_eq!(find(&seen, "ودعا").target.len(), 2, "{seen:#?}");
    }
    #[test]
    fn a_counted_crowd_is_the_people_it_counts() {
        let seen = events(
            "تظاهر آلاف من الموظفين، أمس، أمام مقر البرلمان في عمان، مطالبين الحكومة بزيادة الرواتب.",
        );
        let protest = find(&seen, "تظاهر");
        assert_eq!(protest.kind, "PROTEST");
        assert_eq!(protest.source, ["الموظفين"], "{seen:#?}");
        assert_eq!(find(&seen, "مطالبين").source, ["الموظفين"], "{seen:#?}");
        let seen = events(
            "نفذ عدد من أصحاب المحلات التجارية المتضررين، صباح اليوم، وقفة احتجاجية أمام مقر البلدية.",
        );
        assert_eq!(
            find(&seen, "وقفة").source,
            ["أصحاب المحلات التجارية المتضررين"],
            "{seen:#?}"
        );
    }
    #[test]
    fn material_support_is_aid() {
        let seen =
            events("وأعلن الاتحاد الأوروبي تقديم دعم مالي للحكومة الأردنية بقيمة 50 مليون يورو.");
        let aid = seen.iter().find(|e| e.kind == "AID");
        assert!(aid.is_some(), "{seen:#?}");
        assert!(seen.iter().all(|e| e.kind != "SUPPORT"), "{seen:#?}");
        let seen = events("وأكد الوزير دعم بلاده الكامل لجهود الوساطة المصرية.");
        assert!(seen.iter().all(|e| e.kind != "AID"), "{seen:#?}");
    }
    #[test]
    fn a_protest_is_aimed_at_whom_its_crowd_makes_demands_of() {
        let seen = events("تظاهر آلاف من الموظفين، أمس، في عمان، مطالبين باستقالة الحكومة.");
        assert_eq!(find(&seen, "تظاهر").target, ["الحكومة"], "{seen:#?}");
        let seen =
            events("ونفذ المعلمون المتقاعدون وقفة احتجاجية أمام مقر وزارة التربية، صباح اليوم.");
        assert_eq!(find(&seen, "وقفة").target, ["وزارة التربية"], "{seen:#?}");
    }
    #[test]
    fn an_honorific_pronoun_is_the_person_named_with_the_honorific() {
        let seen = events(
            "استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة اليوم رئيس الوزراء الهندي ناريندرا مودي. وأشاد سموه بجهود الهند في تعزيز الاستقرار.",
        );
        let praise = find(&seen, "وأشاد");
        assert_eq!(praise.source, ["محمد بن زايد آل نهيان"], "{seen:#?}");
        assert_eq!(praise.target, ["الهند"], "{seen:#?}");
    }
    #[test]
    fn one_official_with_his_nisba_is_an_actor() {
        let seen =
            events("والتقى رئيس الحكومة عبد الحميد الدبيبة مسؤولا إسرائيليا في روما الشهر الماضي.");
        assert_eq!(
            find(&seen, "والتقى").target,
            ["مسؤولا إسرائيليا"],
            "{seen:#?}"
        );
        let seen = events("وقال مسؤول إن الوزير زار المدينة.");
        assert!(
            seen.iter().all(|e| e.source.iter().all(|s| s != "مسؤول")),
            "{seen:#?}"
        );
    }
    #[test]
    fn a_title_whose_genitive_is_a_country_names_the_person_after_it() {
        let seen = events(
            "استقبل الرئيس المصري عبد الفتاح السيسي اليوم رئيس وزراء الهند ناريندرا مودي في القاهرة.",
        );
        assert_eq!(find(&seen, "استقبل").target, ["ناريندرا مودي"], "{seen:#?}");
    }
    /// The cluster of the first actor starting at each of `firsts`, in
    /// `text`; panics when a word starts no actor.
    fn actor_clusters<const N: usize>(text: &str, firsts: [&str; N]) -> [Option<usize>; N] {
        let d = TestDoc::new(text);
        let words = d.words();
        let view = d.view(&words);
        firsts.map(|w| {
            view.actors
                .iter()
                .find(|a| words[a.tokens.start].text == w)
                .unwrap_or_else(|| panic!("«{w}» starts no actor in {text}"))
                .cluster
        })
    }
    #[test]
    fn the_kingdom_is_the_last_kingdom_named() {
        let [kingdom, jordan] = actor_clusters(
            "وبحث وزير الخارجية الأردني أيمن الصفدي الوضع في الأردن. وأعلنت المملكة إرسال طائرة مساعدات إلى لبنان.",
            ["المملكة", "الأردن"],
        );
        assert!(kingdom.is_some());
        assert_eq!(kingdom, jordan);
        // Named only after it: still the article's kingdom.
        let [kingdom, morocco] = actor_clusters(
            "وأعلنت المملكة إرسال طائرة مساعدات إلى لبنان. وأكد الوزير أن المغرب سيواصل دعمه.",
            ["المملكة", "المغرب"],
        );
        assert!(kingdom.is_some());
        assert_eq!(kingdom, morocco);
    }
    #[test]
    fn talks_that_led_to_an_agreement_are_between_its_sides_not_with_their_host() {
        let seen = events(
            "توصلت أرمينيا وأذربيجان مساء الجمعة إلى اتفاق لترسيم الحدود عقب مباحثات استضافتها العاصمة الكازاخية بوساطة الرئيس الروسي فلاديمير بوتين.",
        );
        let talks = find(&seen, "مباحثات");
        assert_eq!(talks.source, ["أرمينيا"], "{seen:#?}");
        assert_eq!(talks.target, ["وأذربيجان"], "{seen:#?}");
        let mediation = find(&seen, "بوساطة");
        assert_eq!(mediation.source.len(), 1, "{seen:#?}");
        assert_eq!(mediation.target, ["أرمينيا", "وأذربيجان"], "{seen:#?}");
        // What the agreement provides for is its content; who cared for
        // the talks after it is not, and delegations stand for the sides.
        let seen = events(
            "توصلت الحكومة السودانية وحركة العدل والمساواة إلى اتفاق يقضي بتبادل الأسرى في دارفور، في ختام مفاوضات برعاية الاتحاد الأفريقي بين وفد حكومي برئاسة وزير العدل ووفد للحركة برئاسة كبير مفاوضيها.",
        );
        let mediation = find(&seen, "برعاية");
        assert_eq!(mediation.source, ["الاتحاد الأفريقي"], "{seen:#?}");
        assert_eq!(mediation.target.len(), 2, "{seen:#?}");
        assert!(
            mediation.target[0].contains("الحكومة السودانية"),
            "{seen:#?}"
        );
    }
    #[test]
    fn an_office_named_by_its_field_is_no_event() {
        for text in [
            "توصلت أرمينيا وأذربيجان إلى اتفاق، وفق ما أعلنت دائرة الاتصال في الرئاسة الروسية.",
            "وأكد بوتين أن بلاده ستدعم الحل، وفق ما أعلنت دائرة الاتصال في الرئاسة الروسية.",
        ] {
            let seen = events(text);
            assert!(
                seen.iter().all(|e| e.kind != "CONSULT"),
                "{text}: {seen:#?}"
            );
        }
    }
    #[test]
    fn a_mediation_led_by_two_rulers_reaches_its_sides_far_on() {
        let seen = events(
            "نجحت وساطة مشتركة قادها صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر \"حفظه الله\" وصاحب الجلالة السلطان هيثم بن طارق سلطان عمان، أمس، في إتمام صفقة تبادل بين إيران والولايات المتحدة.",
        );
        let mediation = find(&seen, "وساطة");
        assert_eq!(mediation.source.len(), 2, "{seen:#?}");
        assert_eq!(mediation.target, ["إيران", "والولايات المتحدة"], "{seen:#?}");
        let seen = events(
            "وجاء الاتفاق ثمرة وساطة قادها الرئيس الجزائري عبد المجيد تبون بين مالي من جهة والنيجر وبوركينا فاسو من جهة أخرى.",
        );
        let mediation = find(&seen, "وساطة");
        assert_eq!(
            mediation.target,
            ["مالي", "والنيجر", "وبوركينا فاسو"],
            "{seen:#?}"
        );
    }
    #[test]
    fn a_dual_verb_joined_to_a_meeting_has_its_pair_and_agrees_on_what_follows() {
        let seen = events(
            "والتقى الملك عبدالله الثاني الرئيس المصري عبد الفتاح السيسي، واتفقا على تشكيل لجنة مشتركة.",
        );
        let agreed = find(&seen, "واتفقا");
        let mut sides: Vec<&String> = agreed.source.iter().chain(&agreed.target).collect();
        sides.sort();
        assert_eq!(sides, ["عبد الفتاح السيسي", "عبدالله الثاني"], "{seen:#?}");
    }
    #[test]
    fn reserving_the_right_to_respond_is_a_threat() {
        let seen = events("وأكد الصفدي أن الأردن يحتفظ بحقه في الرد على أي اعتداء.");
        let threat = find(&seen, "يحتفظ");
        assert_eq!(threat.kind, "THREATEN", "{seen:#?}");
        assert_eq!(threat.source, ["الأردن"], "{seen:#?}");
        let seen =
            events("وقال رئيس الوزراء إن اليمن \"يحتفظ بحقه في استعادة الجزيرة بكل الوسائل\".");
        assert_eq!(find(&seen, "يحتفظ").kind, "THREATEN", "{seen:#?}");
        // Keeping a share or a post is none.
        for text in [
            "وقال إن الشركة ستحتفظ بنسبة 35% من الأرباح.",
            "واحتفظ الوزير بحقيبة الدفاع.",
        ] {
            assert!(events(text).is_empty(), "{text}");
        }
    }
    #[test]
    fn a_mediation_between_the_two_sides_told_before_is_led_by_its_subject() {
        let seen = events("ووقعت أرمينيا وأذربيجان اتفاقا. وكان الرئيس الفرنسي إيمانويل ماكرون قد قاد وساطة بين الجانبين.");
        let mediation = find(&seen, "وساطة");
        assert_eq!(mediation.source, ["إيمانويل ماكرون"], "{seen:#?}");
        assert_eq!(mediation.target, ["أرمينيا", "وأذربيجان"], "{seen:#?}");
        // Two who lead it, with a dual verb.
        let seen =
            events("وكان الرئيسان عبد المجيد تبون وقيس سعيد قد قاما بوساطة بين الرباط ونواكشوط.");
        let mediation = find(&seen, "بوساطة");
        assert_eq!(mediation.source.len(), 2, "{seen:#?}");
    }
    #[test]
    fn a_response_promised_in_a_quote_is_the_speakers_threat() {
        let seen = events(
            "وصرح وزير الخارجية الأمريكي أنتوني بلينكن بأن الولايات المتحدة \"سترد بحزم\" إذا هاجمت إيران إسرائيل.",
        );
        let threat = find(&seen, "سترد");
        assert_eq!(threat.kind, "THREATEN", "{seen:#?}");
        assert_eq!(threat.source, ["أنتوني بلينكن"], "{seen:#?}");
        assert_eq!(threat.target, ["إيران"], "{seen:#?}");
        // Answering questions is none; a warning told is the threat.
        let seen = events("وقال المتحدث إن الوزير سيرد على أسئلة الصحفيين غدا.");
        assert!(seen.iter().all(|e| e.kind != "THREATEN"), "{seen:#?}");
        let seen = events(
            "وكان رئيس الوزراء الإسباني بيدرو سانشيز قد حذر الرباط من أن إسبانيا \"سترد بحزم على أي تحد\".",
        );
        assert_eq!(
            seen.iter().filter(|e| e.kind == "THREATEN").count(),
            1,
            "{seen:#?}"
        );
    }
    #[test]
    fn a_subject_before_a_quote_that_opens_on_its_verb_is_the_verbs() {
        let seen = events("وأكد الوزير أن ألمانيا \"تدعم الأردن في جهوده لاستضافة اللاجئين\".");
        let support = find(&seen, "تدعم");
        assert_eq!(support.source, ["ألمانيا"], "{seen:#?}");
        assert_eq!(support.target, ["الأردن"], "{seen:#?}");
    }
    #[test]
    fn support_gone_on_with_is_the_subjects_and_planned_in_the_future() {
        let seen = events("وأكد الوزير أن الكويت ستواصل دعم الشعب اليمني.");
        let support = find(&seen, "دعم");
        assert_eq!(support.kind, "SUPPORT", "{seen:#?}");
        assert_eq!(support.source, ["الكويت"], "{seen:#?}");
        assert_eq!(support.target, ["الشعب اليمني"], "{seen:#?}");
        assert_eq!(support.modality, "planned", "{seen:#?}");
    }
    #[test]
    fn the_sultanate_is_oman() {
        let seen = events(
            "وعاد البحاران إلى بلدهما بعد أن أطلقت السلطات اليمنية سراحهما إثر وساطة قامت بها السلطنة بين صنعاء ولندن.",
        );
        let mediation = find(&seen, "وساطة");
        assert_eq!(mediation.source, ["السلطنة"], "{seen:#?}");
        assert_eq!(mediation.target, ["صنعاء", "ولندن"], "{seen:#?}");
        // Named before: its cluster.
        let [sultanate, oman] = actor_clusters(
            "وزار وزير الخارجية البريطاني سلطنة عمان أمس. وأعلنت السلطنة دعمها للمبادرة.",
            ["السلطنة", "سلطنة"],
        );
        assert!(sultanate.is_some());
        assert_eq!(sultanate, oman);
    }
    #[test]
    fn a_dual_or_plural_without_its_nun_is_still_the_verb() {
        let seen = events(
            "وقال مصدر دبلوماسي إن عبد الفتاح البرهان ومحمد حمدان دقلو لم يلتقيا خلال المحادثات.",
        );
        let meet = find(&seen, "يلتقيا");
        assert_eq!(meet.modality, "denied", "{seen:#?}");
        assert_eq!(meet.source.len() + meet.target.len(), 2, "{seen:#?}");
        let seen =
            events("وقال المتحدث إن رجب طيب أردوغان وفلاديمير بوتين لن يزورا طهران الشهر المقبل.");
        assert_eq!(find(&seen, "يزورا").kind, "CONSULT", "{seen:#?}");
    }
    #[test]
    fn a_summit_named_in_quote_marks_has_the_host_of_its_relative_clause() {
        let seen = events(
            "انطلقت اليوم أعمال «قمة بغداد للتعاون» التي تستضيفها العراق بمشاركة قادة دول الجوار.",
        );
        let summit = find(&seen, "قمة");
        assert_eq!(summit.source, ["العراق"], "{seen:#?}");
    }
    #[test]
    fn the_foreign_ministry_named_by_its_adjective_alone() {
        let seen = events("وطالبت الخارجية إسرائيل بالامتثال لقرارات مجلس الأمن.");
        let demand = find(&seen, "وطالبت");
        assert_eq!(demand.source, ["الخارجية"], "{seen:#?}");
        assert_eq!(demand.target, ["إسرائيل"], "{seen:#?}");
        let seen = events(
            "واستقبل رئيس مجلس النواب نبيه بري وزير الخارجية الإيراني حسين أمير عبد اللهيان.",
        );
        let host = find(&seen, "واستقبل");
        let sides: Vec<&String> = host.source.iter().chain(&host.target).collect();
        assert!(
            sides.iter().any(|a| *a == "حسين أمير عبد اللهيان"),
            "{seen:#?}"
        );
        assert!(sides.iter().all(|a| !a.contains("الخارجية")), "{seen:#?}");
        let seen = events(
            "وأجرى رئيس الحكومة نجيب ميقاتي اتصالا هاتفيا بوزير الخارجية الأميركي أنتوني بلينكن.",
        );
        assert_eq!(find(&seen, "اتصالا").target, ["أنتوني بلينكن"], "{seen:#?}");
        let seen = events("وقال بوريل قبل اجتماع لوزراء الخارجية إن الاتحاد سيرد.");
        assert!(
            seen.iter()
                .all(|e| e.target.iter().chain(&e.source).all(|a| a != "الخارجية")),
            "{seen:#?}"
        );
        let seen = events("وانتقد الوزير السياسة الخارجية للحكومة السابقة.");
        assert!(
            seen.iter()
                .all(|e| e.target.iter().all(|a| a != "الخارجية")),
            "{seen:#?}"
        );
    }
    #[test]
    fn what_an_agreement_provides_for_is_no_event() {
        let seen = events(
            "وينص الاتفاق، الذي أعلنه الرئيس الأمريكي جو بايدن مساء أمس في واشنطن، على انسحاب القوات الروسية من المدينة خلال شهر.",
        );
        assert!(seen.iter().all(|e| e.kind != "RETREAT"), "{seen:#?}");
        let seen = events("وانسحبت القوات الروسية من المدينة أمس.");
        assert_eq!(find(&seen, "وانسحبت").kind, "RETREAT", "{seen:#?}");
    }

    #[test]
    fn leaving_a_treaty_rejects_it() {
        let seen = events(
            "وأعلن الرئيس الأمريكي دونالد ترامب انسحاب الولايات المتحدة من الاتفاق النووي مع إيران.",
        );
        assert_eq!(find(&seen, "انسحاب").kind, "REJECT", "{seen:#?}");
    }
    #[test]
    fn a_new_clause_of_speech_ends_the_search_for_an_object() {
        let seen = events(
            "وتوعدت وزارة الخارجية الروسية بالرد على أي عقوبات جديدة، وقالت المتحدثة باسمها ماريا زاخاروفا إن موسكو سترد.",
        );
        let threat = find(&seen, "وتوعدت");
        assert!(
            threat.target.iter().all(|a| !a.contains("زاخاروفا")),
            "{seen:#?}"
        );
    }

    #[test]
    fn a_denial_rejects_unless_it_denies_an_event() {
        let seen =
            events("ونفت وزارة الدفاع في بيان أن تكون قواتها قد استخدمت الرصاص الحي ضد المحتجين.");
        let denial = find(&seen, "ونفت");
        assert_eq!(denial.kind, "REJECT", "{seen:#?}");
        assert_eq!(denial.source, ["وزارة الدفاع"], "{seen:#?}");
        let seen = events(
            "ونفى المتحدث باسم الحكومة أن يكون رئيس الوزراء نواف سلام قد التقى السفير الأمريكي خلال زيارته.",
        );
        assert!(seen.iter().all(|e| e.kind != "REJECT"), "{seen:#?}");
        assert_eq!(find(&seen, "التقى").modality, "denied", "{seen:#?}");
    }

    #[test]
    fn a_denial_of_accusations_rejects_the_accuser() {
        let seen = events(
            "واتهمت الحكومة الأردنية جماعة مسلحة بتهريب الأسلحة عبر الحدود. ونفت الجماعة هذه الاتهامات.",
        );
        let denial = find(&seen, "ونفت");
        assert_eq!(denial.kind, "REJECT", "{seen:#?}");
        assert_eq!(denial.target, ["الحكومة الأردنية"], "{seen:#?}");
    }

    #[test]
    fn a_plural_or_feminine_verb_takes_no_subject_after_it() {
        let seen =
            events("وأدانت وزارة الخارجية القطرية الاقتحام، وطالبت مجلس الأمن بالتحرك الفوري.");
        let demand = find(&seen, "وطالبت");
        assert_eq!(demand.source, ["وزارة الخارجية القطرية"], "{seen:#?}");
        assert_eq!(demand.target, ["مجلس الأمن"], "{seen:#?}");
        assert_eq!(
            find(&seen, "وأدانت").source,
            ["وزارة الخارجية القطرية"],
            "{seen:#?}"
        );
        let seen = events(
            "أجرى وزير الخارجية المصري سامح شكري مباحثات مع نظيره الأردني أيمن الصفدي في القاهرة. \
             وأكد الوزيران رفضهما للتدخل الأجنبي، ودعوا إلى تفعيل جامعة الدول العربية.",
        );
        let appeal = find(&seen, "ودعوا");
        assert!(
            appeal.source.iter().all(|a| !a.contains("جامعة")),
            "{seen:#?}"
        );
    }

    #[test]
    fn a_verb_with_an_object_pronoun_has_its_subject_after_it() {
        let seen = events(
            "وصل الرئيس الفرنسي إيمانويل ماكرون إلى الرياض في زيارة رسمية، حيث استقبله ولي العهد الأمير محمد بن سلمان.",
        );
        let host = find(&seen, "استقبله");
        assert_eq!(host.source, ["محمد بن سلمان"], "{seen:#?}");
        assert_eq!(host.target, ["إيمانويل ماكرون"], "{seen:#?}");
    }

    #[test]
    fn aid_goes_to_the_country_it_is_for() {
        let seen = events(
            "وأعلنت الحكومة اليابانية تقديم منحة بقيمة 5 ملايين دولار لدعم برامج التعليم في اليمن.",
        );
        let aid = seen
            .iter()
            .find(|e| e.kind == "AID")
            .unwrap_or_else(|| panic!("{seen:#?}"));
        assert_eq!(aid.target, ["اليمن"], "{seen:#?}");
    }

    #[test]
    fn hosting_a_conference_is_the_conference() {
        let seen = events("وأكد الوزير أن المغرب سيستضيف مؤتمرا دوليا حول المناخ.");
        assert!(
            seen.iter().all(|e| !e.trigger.contains("سيستضيف")),
            "{seen:#?}"
        );
        let conference = find(&seen, "مؤتمرا");
        assert_eq!(conference.source, ["المغرب"], "{seen:#?}");
        assert_eq!(conference.modality, "planned", "{seen:#?}");
        let seen = events("ولم يصدر حتى الآن أي تعليق رسمي من عمان على التقرير.");
        assert!(seen.is_empty(), "{seen:#?}");
    }

    #[test]
    fn a_relative_clause_with_a_resumptive_pronoun_has_its_subject_after_it() {
        let seen = events(
            "وكان الرئيس التونسي قيس سعيد قد أطلق مبادرة للحوار الوطني، وهي المبادرة التي رحب بها الاتحاد العام التونسي للشغل.",
        );
        let welcome = find(&seen, "رحب");
        assert_eq!(welcome.target, ["قيس سعيد"], "{seen:#?}");
        assert!(
            welcome.source.iter().any(|a| a.contains("الاتحاد")),
            "{seen:#?}"
        );
    }

    #[test]
    fn what_talks_are_about_is_no_party() {
        let seen = events(
            "استقبل الرئيس التونسي قيس سعيد رئيس الحكومة الليبية عبد الحميد الدبيبة في قصر قرطاج. \
             وبحث الجانبان الأوضاع الأمنية في طرابلس.",
        );
        assert!(
            seen.iter().all(|e| e.target.iter().all(|a| a != "طرابلس")),
            "{seen:#?}"
        );
    }

    #[test]
    fn a_nisba_phrase_past_a_time_is_the_object_of_an_accusation() {
        let seen = events(
            "اتهمت وزارة الدفاع الأوكرانية، مساء الأحد، المخابرات العسكرية البيلاروسية بتسهيل عبور المقاتلين.",
        );
        let e = find(&seen, "اتهمت");
        assert_eq!(e.target, ["المخابرات العسكرية البيلاروسية"], "{seen:#?}");
    }

    #[test]
    fn a_nisba_phrase_is_no_object_of_talks() {
        let seen = events("وبحث وزير الخارجية الأردني، أمس، الأزمة السورية مع نظيره التركي.");
        assert!(
            seen.iter()
                .all(|e| e.target.iter().all(|a| !a.contains("الأزمة"))),
            "{seen:#?}"
        );
    }

    #[test]
    fn during_points_to_the_call_not_to_an_agreement_in_a_title() {
        let seen = events(
            "وأجرى الرئيس التونسي قيس سعيد اتصالا برئيس لجنة متابعة تنفيذ الاتفاق الجنرال الفرنسي فيليب موران، طالبه خلاله بالضغط على الجانب الليبي.",
        );
        let e = find(&seen, "طالبه");
        assert_eq!(e.source, ["قيس سعيد"], "{seen:#?}");
        assert_eq!(e.target, ["فيليب موران"], "{seen:#?}");
    }

    #[test]
    fn a_dual_verb_during_a_call_has_the_two_callers_as_sides() {
        let seen = events(
            "وتلقى الرئيس الجزائري عبد المجيد تبون اتصالا هاتفيا من الرئيس التونسي قيس سعيد، اتفقا خلاله على عقد اجتماع بين الجزائر وتونس وليبيا.",
        );
        let e = find(&seen, "اتفقا");
        let mut sides: Vec<&String> = e.source.iter().chain(&e.target).collect();
        sides.sort();
        assert_eq!(sides, ["عبد المجيد تبون", "قيس سعيد"], "{seen:#?}");
    }

    #[test]
    fn a_delegation_stands_for_the_body_it_comes_from() {
        let seen =
            events("واستقبل الرئيس اللبناني جوزاف عون، مساء الثلاثاء، وفدا من صندوق النقد الدولي.");
        assert_eq!(
            find(&seen, "واستقبل").target,
            ["صندوق النقد الدولي"],
            "{seen:#?}"
        );
        let seen = events("ويزور وفد من جامعة الدول العربية الخرطوم الأسبوع المقبل.");
        assert_eq!(
            find(&seen, "ويزور").source,
            ["جامعة الدول العربية"],
            "{seen:#?}"
        );
    }

    #[test]
    fn a_partitive_after_the_verb_is_its_subject() {
        let seen =
            events("ومن المنتظر أن يجتمع خبراء من إيران والوكالة الدولية للطاقة الذرية في فيينا.");
        let e = find(&seen, "يجتمع");
        let mut sides: Vec<&String> = e.source.iter().chain(&e.target).collect();
        sides.sort();
        assert_eq!(
            sides,
            ["إيران", "والوكالة الدولية للطاقة الذرية"],
            "{seen:#?}"
        );
    }

    #[test]
    fn two_subjects_of_an_exchange_act_on_each_other() {
        let seen =
            events("وأفرجت أرمينيا وأذربيجان، أمس، عن 40 أسيرا في إطار صفقة تبادل برعاية روسية.");
        let e = find(&seen, "وأفرجت");
        assert_eq!(e.source, ["أرمينيا"], "{seen:#?}");
        assert_eq!(e.target, ["وأذربيجان"], "{seen:#?}");
    }

    #[test]
    fn two_subjects_of_a_meeting_are_its_two_sides() {
        let seen = events(
            "واجتمع وزير الخارجية المصري بدر عبد العاطي ونظيره الإيراني عباس عراقجي في مسقط.",
        );
        let e = find(&seen, "واجتمع");
        assert_eq!(e.source, ["بدر عبد العاطي"], "{seen:#?}");
        assert_eq!(e.target, ["عباس عراقجي"], "{seen:#?}");
    }

    #[test]
    fn a_denial_of_any_part_is_aimed_at_the_accuser() {
        let seen = events(
            "واتهمت الحكومة الهولندية، الخميس، مجموعة قرصنة روسية بمهاجمة شبكة الشرطة. واستدعت وزارة الخارجية السفير الروسي. في المقابل، نفت السفارة الروسية في لاهاي أي تورط لموسكو في الهجوم.",
        );
        let e = find(&seen, "نفت");
        assert_eq!(e.kind, "REJECT");
        assert_eq!(e.target, ["الحكومة الهولندية"], "{seen:#?}");
    }

    #[test]
    fn a_joined_verb_keeps_its_subject_and_takes_a_group_as_object() {
        let seen = events(
            "وأشادت منظمة الصحة العالمية بالحملة، ودعت السلطات إلى توسيع التطعيم في المخيمات.",
        );
        let e = find(&seen, "ودعت");
        assert_eq!(e.source, ["منظمة الصحة العالمية"], "{seen:#?}");
        assert_eq!(e.target, ["السلطات"], "{seen:#?}");
        // People of a state named by its nisba are a group still.
        let seen = events(
            "ورحب الرئيس الأمريكي جو بايدن، في بيان، بعودة المواطنين، لكنه أعلن فرض عقوبات جديدة على إيران، ودعا المواطنين الأمريكيين إلى عدم السفر إلى إيران.",
        );
        let e = find(&seen, "ودعا");
        assert_eq!(e.source, ["جو بايدن"], "{seen:#?}");
        assert_eq!(e.target, ["المواطنين الأمريكيين"], "{seen:#?}");
    }

    #[test]
    fn the_states_are_named_with_their_adjectives() {
        let seen = events(
            "وطالبت الدول المشاركة، في البيان الختامي، مجلس الأمن الدولي بقرار ملزم، ودعت جميع الدول إلى وقف تصدير الأسلحة.",
        );
        assert_eq!(
            find(&seen, "وطالبت").source,
            ["الدول المشاركة"],
            "{seen:#?}"
        );
        let call = find(&seen, "ودعت");
        assert_eq!(call.source, ["الدول المشاركة"], "{seen:#?}");
        assert_eq!(call.target, ["جميع الدول"], "{seen:#?}");
        let seen =
            events("وأشادت منظمة الصحة العالمية بالحملة، ودعت الدول المانحة إلى زيادة التمويل.");
        assert_eq!(find(&seen, "ودعت").target, ["الدول المانحة"], "{seen:#?}");
        // Bodies joined on are no adjectives; nor is a number.
        let seen = events("ووقعت الدول والشركات المانحة اتفاقا مع العراق.");
        assert!(
            seen.iter()
                .all(|e| e.source.iter().all(|s| s != "الدول والشركات")),
            "{seen:#?}"
        );
        // The states named right after the phrase are the actors.
        let seen = events(
            "وستعقد محادثات أستانا الشهر المقبل بمشاركة وفود الدول الضامنة روسيا وتركيا وإيران.",
        );
        assert!(
            seen.iter().all(|e| e
                .source
                .iter()
                .chain(&e.target)
                .all(|a| !a.starts_with("الدول"))),
            "{seen:#?}"
        );
    }
    #[test]
    fn a_group_that_names_itself_is_its_name_and_its_call_to_the_press_no_meeting() {
        let seen = events(
            "وأعلنت منظمة تطلق على نفسها اسم \"الجهاد الإسلامي\"، في اتصال هاتفي مع وكالة أنباء أجنبية، مسؤوليتها عن الهجوم على موكب الأمير.",
        );
        let attack = find(&seen, "الهجوم");
        assert_eq!(attack.source, ["الجهاد الإسلامي"], "{seen:#?}");
        assert!(seen.iter().all(|e| e.kind != "CONSULT"), "{seen:#?}");
        // A call to an official is a meeting still.
        let seen = events("وأجرى وزير الخارجية الأردني أيمن الصفدي اتصالا هاتفيا مع مندوب سوريا لدى الأمم المتحدة بسام صباغ.");
        assert!(seen.iter().any(|e| e.kind == "CONSULT"), "{seen:#?}");
    }
    #[test]
    fn what_was_agreed_recalled_as_a_measure_is_no_agreement() {
        for text in [
            "وقال الرئيس: \"سنسحب قواتنا كما اتفقنا قبل نهاية العام\".",
            "وستنسحب القوات وفق ما اتفق عليه الجانبان في الدوحة.",
        ] {
            let seen = events(text);
            assert!(seen.iter().all(|e| e.kind != "AGREE"), "{text}: {seen:#?}");
        }
        // «كما» opening a clause is "also".
        let seen = events("والتقى رئيس الوزراء الهندي نظيره الباكستاني. كما اتفقت الهند وباكستان على استئناف الحوار.");
        assert!(seen.iter().any(|e| e.kind == "AGREE"), "{seen:#?}");
    }
    #[test]
    fn the_body_of_a_title_set_off_after_a_person_is_no_target() {
        let seen =
            events("وحث أنطونيو غوتيريش، الأمين العام للأمم المتحدة، إسرائيل على وقف الغارات.");
        let call = find(&seen, "وحث");
        assert_eq!(call.source, ["أنطونيو غوتيريش"], "{seen:#?}");
        assert_eq!(call.target, ["إسرائيل"], "{seen:#?}");
    }
    #[test]
    fn his_forces_are_his_states() {
        let seen = events(
            "واجتاحت إسرائيل لبنان. وأكد رئيس الوزراء الإسرائيلي مناحيم بيغن أمام الكنيست أن قواته \"لن تنسحب قبل خروج آخر جندي سوري\".",
        );
        let retreat = find(&seen, "تنسحب");
        assert_eq!(retreat.source, ["إسرائيل"], "{seen:#?}");
        assert_eq!(retreat.modality, "denied", "{seen:#?}");
        // A state named as the speaker is whose forces they are.
        let seen =
            events("واستدعت إسلام آباد السفير الهندي بعد إعلانها إن قواتها أسقطت طائرة تجسس هندية.");
        assert!(
            seen.iter().all(|e| e.source.iter().all(|s| s != "الهند")),
            "{seen:#?}"
        );
    }
    #[test]
    fn a_relative_clause_after_the_subject_names_no_object() {
        let seen = events(
            "أعلنت الجزائر استعدادها لاستضافة المفاوضات. ورفض المغرب، الذي تقاسم الإقليم مع موريتانيا بموجب اتفاق مدريد، دعوة جزائرية للمشاركة في المفاوضات.",
        );
        let refusal = find(&seen, "ورفض");
        assert_eq!(refusal.source, ["المغرب"], "{seen:#?}");
        assert_eq!(refusal.target, ["الجزائر"], "{seen:#?}");
    }
    #[test]
    fn a_stance_is_not_aimed_at_the_speakers_own_state() {
        let seen = events(
            "وأعربت وزارة الخارجية الإيرانية عن دعمها لطهران في المفاوضات. وأشادت الخارجية الروسية بموقف روسيا.",
        );
        assert!(
            seen.iter()
                .all(|e| e.target.iter().all(|a| a != "طهران" && a != "روسيا")),
            "{seen:#?}"
        );
        // A region's leader may call on his capital.
        let seen = events("ودعا رئيس إقليم كردستان مسعود بارزاني بغداد إلى الحوار.");
        assert_eq!(find(&seen, "ودعا").target, ["بغداد"], "{seen:#?}");
    }
    #[test]
    fn a_request_an_act_hangs_on_is_made_to_the_one_who_would_act() {
        let seen = events(
            "ولم يستبعد مصدر دبلوماسي جزائري أن تحتضن الجزائر حوارا بين الفرقاء الليبيين إذا طلبوا ذلك.",
        );
        let host = find(&seen, "تحتضن");
        assert_eq!(host.source, ["الجزائر"], "{seen:#?}");
        assert_eq!(host.target, ["الفرقاء الليبيين"], "{seen:#?}");
        let request = find(&seen, "طلبوا");
        assert_eq!(request.source, ["الفرقاء الليبيين"], "{seen:#?}");
        assert_eq!(request.target, ["الجزائر"], "{seen:#?}");
        // «احتضن» with no talks after it hosts no meeting.
        let seen = events("ويحتضن ملعب القاهرة الدولي مباراة الأهلي والزمالك غدا.");
        assert!(seen.iter().all(|e| e.kind != "CONSULT"), "{seen:#?}");
    }
    #[test]
    fn a_statement_named_in_an_aside_with_its_relative_clause_is_passed() {
        let seen = events(
            "وطالب قادة مصر واليونان وقبرص، في البيان الختامي الذي حمل اسم \"إعلان نيقوسيا\"، تركيا بالامتناع عن أي أعمال استفزازية.",
        );
        assert_eq!(find(&seen, "وطالب").target, ["تركيا"], "{seen:#?}");
    }
    #[test]
    fn a_decision_that_calls_on_a_body_is_its_issuers_request() {
        let seen = events(
            "وتظاهر آلاف المواطنين رفضا لقرار مجلس جامعة الدول العربية تعليق عضوية سوريا. كما دعا القرار الدول العربية إلى سحب سفرائها من دمشق.",
        );
        let call = find(&seen, "دعا");
        assert_eq!(call.source, ["مجلس جامعة الدول العربية"], "{seen:#?}");
        assert_eq!(call.target, ["الدول العربية"], "{seen:#?}");
    }
    #[test]
    fn the_crowd_between_a_light_verb_and_its_protest_is_its_source() {
        let seen = events("ونظم أصحاب المخابز وقفة أمام مقر البلدية للمطالبة بدعم الطحين.");
        let e = find(&seen, "وقفة");
        assert_eq!(e.source, ["أصحاب المخابز"], "{seen:#?}");
        assert_eq!(e.target, ["مقر البلدية"], "{seen:#?}");
        let seen =
            events("وأصدرت المحكمة حكمها أمس. ونفذ عدد من سائقي الأجرة وقفة احتجاجية وسط المدينة.");
        assert_eq!(find(&seen, "وقفة").source, ["سائقي الأجرة"], "{seen:#?}");
    }

    #[test]
    fn a_verbal_noun_with_its_doer_and_object_is_an_event() {
        let seen = events("وأدانت الإمارات استهداف ميليشيا الحوثي الإرهابية منشآت مدنية في أبوظبي.");
        let e = find(&seen, "استهداف");
        assert_eq!(e.source, ["ميليشيا الحوثي"], "{seen:#?}");
        assert_eq!(e.target, ["منشآت مدنية"], "{seen:#?}");
        assert_eq!(
            find(&seen, "وأدانت").target,
            ["ميليشيا الحوثي"],
            "{seen:#?}"
        );
        let seen = events("واستدعت الخارجية البريطانية القائم بالأعمال الإيراني احتجاجا على احتجاز الحرس الثوري الإيراني ناقلة النفط في مضيق هرمز.");
        let e = find(&seen, "احتجاز");
        assert_eq!(e.source, ["الحرس الثوري الإيراني"], "{seen:#?}");
        assert_eq!(e.target, ["ناقلة النفط"], "{seen:#?}");
        // Aiming at something, with no doer and object, is no attack.
        let seen = events("وقال إن استهداف المنشآت المدنية لن ينال من أمن البلاد.");
        assert!(seen.iter().all(|e| e.kind != "ASSAULT"), "{seen:#?}");
    }

    #[test]
    fn a_state_named_after_its_verb_goes_on_as_the_participles_subject() {
        let seen = events("أبوظبي (وام) - أدانت دولة الإمارات العربية المتحدة، اليوم، بأشد العبارات هجوم ميليشيا الحوثي على منشآت مدنية في أبوظبي، متوعدة بأن \"الاعتداء لن يمر دون عقاب\".");
        let e = find(&seen, "متوعدة");
        assert_eq!(e.source, ["دولة الإمارات العربية المتحدة"], "{seen:#?}");
        assert_eq!(find(&seen, "هجوم").source, ["ميليشيا الحوثي"], "{seen:#?}");
        // A reaction to an attack is aimed at the attacker.
        let seen = events("أدانت الإمارات هجوم ميليشيا الحوثي على منشآت مدنية.");
        assert_eq!(find(&seen, "أدانت").target, ["ميليشيا الحوثي"], "{seen:#?}");
    }

    #[test]
    fn a_participle_cueing_a_quote_is_the_speakers_act() {
        let seen = events("وقال الرئيس التركي رجب طيب أردوغان، في كلمة أمام رؤساء فروع حزب العدالة والتنمية، إن العملية \"لا تستهدف سوى الإرهابيين\"، مهددا الدول الأوروبية بـ\"فتح الأبواب أمام اللاجئين\".");
        assert_eq!(
            find(&seen, "مهددا").source,
            ["رجب طيب أردوغان"],
            "{seen:#?}"
        );
        // A prayer is no request.
        let seen = events(
            "وهنأ أمير المنطقة الأمير خالد بن سلمان المرضى بالعيد، داعيا الله أن يمن عليهم بالشفاء.",
        );
        assert!(seen.iter().all(|e| e.kind != "REQUEST"), "{seen:#?}");
    }

    #[test]
    fn joint_work_and_restored_ties_are_cooperation() {
        let seen = events("من جهتها، نفت الحكومة الانتقالية في مالي أي تورط لجيشها، معلنة فتح تحقيق مشترك مع الجانب الموريتاني.");
        let e = find(&seen, "تحقيق");
        assert_eq!(e.kind, "COOPERATE", "{seen:#?}");
        assert_eq!(e.target, ["الجانب الموريتاني"], "{seen:#?}");
        let seen = events("وأعلنت مصر وتركيا إعادة فتح سفارتي البلدين في القاهرة وأنقرة.");
        assert_eq!(find(&seen, "إعادة").kind, "COOPERATE", "{seen:#?}");
        // Raising anything else is no tie.
        let seen = events("وطالب الاتحاد العام للشغل الحكومة برفع الحد الأدنى للأجور.");
        assert!(seen.iter().all(|e| e.kind != "COOPERATE"), "{seen:#?}");
    }

    #[test]
    fn withdrawing_forces_is_a_retreat_from_a_place() {
        let seen = events("وقال إن الولايات المتحدة ستسحب قواتها من أفغانستان خلال 14 شهرا.");
        let e = find(&seen, "ستسحب");
        assert_eq!(e.kind, "RETREAT", "{seen:#?}");
        assert!(e.target.is_empty(), "{seen:#?}");
        // A recalled ambassador is still a sanction.
        let seen = events("وسحبت إيطاليا سفيرها من ليبيا.");
        assert_eq!(find(&seen, "وسحبت").kind, "SANCTION", "{seen:#?}");
    }

    #[test]
    fn recalling_ones_own_envoy_sanctions_the_state_he_served_in() {
        // The verb, past a time between commas; the target is the place
        // after «لدى», «في» or a glued «بـ», and it stands for its state.
        let seen = events(
            "واستدعت تشيلي، مساء أمس الأحد، سفيرتها بمدريد للتشاور. \
             وأعلنت الحكومة الأردنية الأحد استدعاء سفيرها لدى السويد للتشاور.",
        );
        let e = find(&seen, "واستدعت");
        assert_eq!(e.kind, "SANCTION", "{seen:#?}");
        assert_eq!(e.source, ["تشيلي"], "{seen:#?}");
        assert_eq!(e.target, ["بمدريد"], "{seen:#?}");
        // The noun: its genitive is the envoy, the clause's subject recalls.
        let e = find(&seen, "استدعاء");
        assert_eq!(e.kind, "SANCTION", "{seen:#?}");
        assert_eq!(e.source, ["الحكومة الأردنية"], "{seen:#?}");
        assert_eq!(e.target, ["السويد"], "{seen:#?}");
        // Summoning another state's envoy stays an accusation, and a
        // summons noun without one's own envoy is no event.
        let seen =
            events("واستدعت وزارة الخارجية السفير الإيراني. وجاء ذلك بعد استدعاء الوزير للصحفيين.");
        assert_eq!(find(&seen, "واستدعت").kind, "ACCUSE", "{seen:#?}");
        assert_eq!(seen.len(), 1, "{seen:#?}");
    }

    #[test]
    fn the_title_in_apposition_to_the_subject_is_no_object() {
        // «ولي عهد أبوظبي» is the host's own title; the guest comes after
        // the time and place between commas.
        let seen = events(
            "استقبل الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي، أمس في قصر الشاطئ، الرئيس \
             السوري بشار الأسد.",
        );
        let e = find(&seen, "استقبل");
        assert_eq!(e.target, ["بشار الأسد"], "{seen:#?}");
        // A title that leads to a name is the object's own.
        let seen =
            events("واستقبل أمير قطر الشيخ تميم بن حمد آل ثاني رئيس وزراء إثيوبيا آبي أحمد.");
        assert_eq!(find(&seen, "واستقبل").target, ["آبي أحمد"], "{seen:#?}");
    }

    #[test]
    fn a_place_starting_with_waw_is_no_conjunct_and_an_epithet_keeps_the_subject() {
        // «في واشنطن»: the و is the name's own letter.
        let seen = events("وقال أردوغان إنه سيلتقي دونالد ترامب في واشنطن.");
        let e = find(&seen, "سيلتقي");
        assert_eq!(e.target, ["دونالد ترامب"], "{seen:#?}");
        // «… المعظم قد استقبل»: the ruler before the epithet receives.
        let seen =
            events("وكان السلطان هيثم بن طارق المعظم قد استقبل وزير الخارجية الإيراني عباس عراقجي.");
        let e = find(&seen, "استقبل");
        assert_eq!(e.source, ["هيثم بن طارق"], "{seen:#?}");
        assert_eq!(e.target, ["عباس عراقجي"], "{seen:#?}");
    }

    #[test]
    fn a_denied_accusation_is_aimed_at_its_author_and_is_no_accusation() {
        let seen = events(
            "ونفت وزارة الخارجية التركية اتهامات بغداد، ودعتها إلى عدم الانجرار وراء الدعاية.",
        );
        assert_eq!(seen.len(), 2, "{seen:#?}");
        let e = find(&seen, "ونفت");
        assert_eq!(
            (e.kind, &e.target[..]),
            ("REJECT", &["بغداد".to_string()][..])
        );
        // The pronoun on «ودعتها» is the side just told.
        let e = find(&seen, "ودعتها");
        assert_eq!(e.target, ["بغداد"], "{seen:#?}");
    }

    #[test]
    fn an_appeal_is_addressed_to_the_group_before_ila() {
        let seen = events(
            "وأكد وزير الدفاع السعودي خالد بن سلمان أهمية الشراكة، داعيا الشركات الكورية إلى \
             إقامة مصانع مشتركة. ودعت السفارة الأمريكية جميع الأطراف إلى التهدئة. ودعا التقرير \
             إلى مراجعة الخطة.",
        );
        assert_eq!(
            find(&seen, "داعيا").target,
            ["الشركات الكورية"],
            "{seen:#?}"
        );
        // «جميع الأطراف» is a group actor of its own, quantifier and all
        // (as the gold sets write it).
        assert_eq!(find(&seen, "ودعت").target, ["جميع الأطراف"], "{seen:#?}");
        // A statement after the verb is its subject, not whom it calls on.
        assert!(
            seen.iter()
                .all(|e| !e.target.iter().any(|t| t == "التقرير")),
            "{seen:#?}"
        );
    }

    #[test]
    fn a_march_of_protest_is_a_protest_and_a_drone_is_not() {
        let seen = events(
            "ونظم الطلاب مسيرة احتجاجية أمام مقر الوزارة. وأطلقت الميليشيا مسيرات مفخخة نحو \
             المطار.",
        );
        assert_eq!(find(&seen, "مسيرة").kind, "PROTEST", "{seen:#?}");
        assert!(seen.iter().all(|e| e.trigger != "مسيرات"), "{seen:#?}");
        // A strike, told with its past verb only («يضرب» hits).
        let seen = events("وأضرب العمال عن العمل احتجاجا على تأخر الأجور.");
        assert_eq!(find(&seen, "وأضرب").kind, "PROTEST", "{seen:#?}");
    }

    #[test]
    fn security_alone_is_no_actor() {
        // «للأمن» completes a body's name; «الأمن» alone is security.
        let seen = events("ورفضت الجزائر توصيات المجلس الأعلى للأمن. ودعت إلى دعم الأمن والاستقرار.");
        assert!(
            seen.iter()
                .all(|e| !e.target.iter().chain(&e.source).any(|a| a.contains("لأمن"))),
            "{seen:#?}"
        );
    }

    #[test]
    fn an_expelled_envoy_is_the_target_and_the_clause_subject_expels() {
        let seen = events(
            "أعلنت الحكومة الهولندية الأحد طرد سفير تركيا لدى لاهاي أحمد يلماز، \
             كما استدعت سفيرها لدى أنقرة. وقررت الحكومة اليونانية طرد السفير الليبي في أثينا.",
        );
        let e = find(&seen, "طرد");
        assert_eq!(e.source, ["الحكومة الهولندية"], "{seen:#?}");
        assert_eq!(e.target, ["أحمد يلماز"], "{seen:#?}");
        // «كما استدعت» goes on with that subject.
        let e = find(&seen, "استدعت");
        assert_eq!(e.kind, "SANCTION", "{seen:#?}");
        assert_eq!(e.source, ["الحكومة الهولندية"], "{seen:#?}");
        assert_eq!(e.target, ["أنقرة"], "{seen:#?}");
        let last = seen.iter().rfind(|e| e.trigger == "طرد").unwrap();
        assert_eq!(last.source, ["الحكومة اليونانية"], "{seen:#?}");
        assert_eq!(last.target, ["السفير الليبي"], "{seen:#?}");
    }

    #[test]
    fn a_coordinated_adjective_is_no_country() {
        let seen = events("وقرر قادة المجموعة فرض عقوبات اقتصادية ومالية على النيجر.");
        let e = find(&seen, "فرض عقوبات");
        assert_eq!(e.target, ["النيجر"], "{seen:#?}");
    }

    #[test]
    fn a_protest_is_aimed_at_the_seat_it_is_held_before() {
        // A construct crowd with its place and a time between commas; the
        // seat, not whom the crowd makes demands of.
        let seen = events("نفذ عشرات من عمال مصنع الإسمنت في قابس، صباح اليوم، وقفة احتجاجية أمام مقر الولاية، للمطالبة بتدخل السلطات لصرف أجورهم.");
        let e = find(&seen, "وقفة");
        assert_eq!(e.source, ["عمال مصنع الإسمنت"], "{seen:#?}");
        assert_eq!(e.target, ["مقر الولاية"], "{seen:#?}");
        let seen = events("ونفذ عشرات الصحفيين وقفة تضامنية أمام مبنى الإذاعة في بيروت.");
        assert_eq!(find(&seen, "وقفة").target, ["مبنى الإذاعة"], "{seen:#?}");
        let seen = events("واعتصم المزارعون أمام بوابة مصنع السكر في القصرين.");
        assert_eq!(
            find(&seen, "واعتصم").target,
            ["بوابة مصنع السكر"],
            "{seen:#?}"
        );
        let seen = events("ونظم عشرات التجار وقفة احتجاجية أمام مقر عمالة إقليم الناظور.");
        assert_eq!(
            find(&seen, "وقفة").target,
            ["مقر عمالة إقليم الناظور"],
            "{seen:#?}"
        );
        // A definite count alone is the crowd, not the place word after it.
        let seen = events("وتظاهر المئات أمام السفارة الفرنسية في نيامي.");
        let e = find(&seen, "وتظاهر");
        assert_eq!(e.source, ["المئات"], "{seen:#?}");
        assert_eq!(e.target, ["السفارة الفرنسية"], "{seen:#?}");
    }

    #[test]
    fn calls_from_several_callers_are_one_call_each() {
        let seen = events(
            "وتلقى الرئيس السوري أحمد الشرع اتصالات هاتفية من أمير قطر الشيخ تميم بن حمد آل ثاني والرئيس التركي رجب طيب أردوغان.",
        );
        let calls: Vec<&Seen> = seen.iter().filter(|e| e.kind == "CONSULT").collect();
        assert_eq!(calls.len(), 2, "{seen:#?}");
        assert!(
            calls
                .iter()
                .all(|e| e.source.len() == 1 && e.target == ["أحمد الشرع"]),
            "{seen:#?}"
        );
    }

    #[test]
    fn a_noun_before_alladhina_is_whom_a_stance_is_aimed_at() {
        let seen = events(
            "وقال رئيس الوزراء الكندي مارك كارني إن العملية نجحت، مشيدا بالمتطوعين الذين أنقذوا العالقين.",
        );
        assert_eq!(find(&seen, "مشيدا").target, ["بالمتطوعين"], "{seen:#?}");
    }

    #[test]
    fn a_reaction_to_a_noun_told_before_is_aimed_at_its_doer() {
        let seen = events(
            "وأصدرت هيئة الانتخابات، مساء الأحد، نتائج أولية للدورة الأولى. ورحب الاتحاد الأوروبي في بيان بالنتائج.",
        );
        assert_eq!(find(&seen, "ورحب").target, ["هيئة الانتخابات"], "{seen:#?}");
    }

    #[test]
    fn he_on_the_complementizer_is_the_one_who_says_so() {
        let seen = events(
            "وأجرى وزير الخارجية الأردني أيمن الصفدي اتصالا بنظيره السعودي، مؤكدا التزام عمّان بالتنسيق ومشيرا إلى أنه سيزور الرياض الأسبوع المقبل.",
        );
        assert_eq!(find(&seen, "سيزور").source, ["أيمن الصفدي"], "{seen:#?}");
    }

    #[test]
    fn a_head_noun_before_a_quoted_name_is_that_body() {
        let seen =
            events("في المقابل، رفضت حركة \"حماس\" المقترح المصري، معتبرة أنه لا يلبي المطالب.");
        assert_eq!(find(&seen, "رفضت").source, ["حماس"], "{seen:#?}");
    }

    #[test]
    fn an_abduction_is_an_assault_and_negotiating_is_consulting() {
        let seen = events(
            "وخطفت جماعة مسلحة صحفيا فرنسيا في شمال مالي. وتفاوضت باريس مع الخاطفين عبر وسطاء.",
        );
        assert_eq!(find(&seen, "وخطفت").kind, "ASSAULT");
        assert_eq!(find(&seen, "وتفاوضت").kind, "CONSULT");
    }

    #[test]
    fn accused_after_an_indefinite_noun_is_an_adjective() {
        let seen = events("وفرضت الولايات المتحدة عقوبات على شركات صينية متهمة بدعم روسيا.");
        assert!(seen.iter().all(|e| e.kind != "ACCUSE"), "{seen:#?}");
        let seen = events("ونددت الحكومة بالهجوم، متهمة الجماعة المسلحة بالوقوف وراءه.");
        assert!(seen.iter().any(|e| e.kind == "ACCUSE"), "{seen:#?}");
    }

    #[test]
    fn a_threat_at_people_named_by_their_plural_targets_them() {
        let seen = events("وتوعد وزير الداخلية العراقي قاسم الأعرجي المهربين بالملاحقة. وندد رئيس الوزراء العراقي بالتفجير، متوعدا المتورطين في الهجوم بعقاب شديد.");
        assert_eq!(find(&seen, "وتوعد").target, ["المهربين"], "{seen:#?}");
        assert_eq!(
            find(&seen, "متوعدا").target,
            ["المتورطين في الهجوم"],
            "{seen:#?}"
        );
    }

    #[test]
    fn an_unnamed_body_does_not_run_into_the_object_of_ل() {
        let seen = events("وأكد البيان الختامي رفض القادة العرب القاطع لقرار الحكومة الإسرائيلية ضم أراض في الضفة الغربية.");
        let reject = find(&seen, "رفض");
        assert!(
            reject.source.iter().all(|a| !a.contains("لقرار")),
            "{seen:#?}"
        );
    }

    #[test]
    fn a_visit_is_the_guests_to_the_place_gone_to() {
        let seen = events("استقبل الملك المغربي محمد السادس أمس الرئيس الموريتاني محمد ولد الغزواني في القصر الملكي، في أول زيارة لرئيس موريتاني إلى الرباط منذ سنوات.");
        let visit = find(&seen, "زيارة");
        assert_eq!(visit.source, ["محمد ولد الغزواني"], "{seen:#?}");
        assert_eq!(visit.target, ["الرباط"], "{seen:#?}");
        let seen = events(
            "وصل رئيس الوزراء العراقي مصطفى الكاظمي اليوم إلى طهران في زيارة رسمية تستمر يومين.",
        );
        let visit = find(&seen, "زيارة");
        assert_eq!(visit.source, ["مصطفى الكاظمي"], "{seen:#?}");
        assert_eq!(visit.target, ["طهران"], "{seen:#?}");
        let seen = events(
            "وتأتي الزيارة قبل أسبوع من زيارة مرتقبة لرئيس الوزراء الأردني بشر الخصاونة إلى دمشق.",
        );
        let visit = find(&seen, "زيارة");
        assert_eq!(visit.source, ["بشر الخصاونة"], "{seen:#?}");
        assert_eq!(visit.target, ["دمشق"], "{seen:#?}");
        assert!(
            seen.iter()
                .all(|e| !(e.trigger == "الزيارة" && e.target == ["دمشق"])),
            "{seen:#?}"
        );
    }

    #[test]
    fn a_title_naming_the_host_himself_is_passed_over_to_the_guest() {
        let seen = events("استقبل الرئيس عبد الفتاح السيسي رئيس جمهورية مصر العربية، اليوم في قصر الاتحادية بالقاهرة، الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي.");
        let host = find(&seen, "استقبل");
        assert_eq!(host.target, ["محمد بن زايد آل نهيان"], "{seen:#?}");
    }

    #[test]
    fn a_summit_takes_every_person_in_its_list_of_participants() {
        let seen = events("افتتح الرئيس الجزائري عبد المجيد تبون أمس أعمال القمة العربية، بمشاركة قادة عرب، من بينهم أمير قطر الشيخ تميم بن حمد آل ثاني والرئيس الفلسطيني محمود عباس، إلى جانب الأمين العام للأمم المتحدة أنطونيو غوتيريش.");
        let summit = find(&seen, "القمة");
        for name in [
            "عبد المجيد تبون",
            "تميم بن حمد آل ثاني",
            "محمود عباس",
            "أنطونيو غوتيريش",
        ] {
            assert!(summit.source.iter().any(|a| a == name), "{name}: {seen:#?}");
        }
    }

    #[test]
    fn a_summit_counts_its_host_or_chair_named_in_a_clause_after_it() {
        // An indefinite summit with its host verb right after it.
        let seen = events("وجاء الإعلان بعد قمة استضافها الرئيس الكيني وليام روتو في نيروبي بمشاركة الرئيس الرواندي بول كاغامي والرئيس الأوغندي يويري موسيفيني.");
        let summit = find(&seen, "قمة");
        for name in ["وليام روتو", "بول كاغامي", "يويري موسيفيني"] {
            assert!(summit.source.iter().any(|a| a == name), "{name}: {seen:#?}");
        }
        // A chair joined to another relative clause, and those named
        // after «إلى جانب» in a later mention.
        let seen = events("انطلقت في الجزائر القمة العربية التي تعقد لأول مرة منذ ثلاث سنوات ويرأسها الرئيس الجزائري عبد المجيد تبون. وشارك في القمة أمير قطر الشيخ تميم بن حمد آل ثاني، إلى جانب الرئيسين الفلسطيني محمود عباس والتونسي قيس سعيد.");
        let summit = find(&seen, "القمة");
        for name in [
            "عبد المجيد تبون",
            "تميم بن حمد آل ثاني",
            "محمود عباس",
            "قيس سعيد",
        ] {
            assert!(summit.source.iter().any(|a| a == name), "{name}: {seen:#?}");
        }
        // «وشارك فيها»: those who took part, after the host.
        let seen = events("وجرى التوقيع في ختام قمة طارئة استضافها الرئيس المصري حسني مبارك وشارك فيها الملك الأردني عبد الله الثاني والرئيس الفلسطيني محمود عباس.");
        let summit = find(&seen, "قمة");
        for name in ["حسني مبارك", "عبد الله الثاني", "محمود عباس"] {
            assert!(summit.source.iter().any(|a| a == name), "{name}: {seen:#?}");
        }
    }

    #[test]
    fn calls_received_are_made_by_those_named_after_ajraha() {
        let seen = events("نجا أمير الكويت الشيخ صباح الأحمد الجابر الصباح من حادث. وتلقى حضرة صاحب السمو أمير البلاد اتصالات هاتفية أجراها العاهل الأردني الملك عبد الله الثاني والرئيس الفرنسي إيمانويل ماكرون.");
        let calls: Vec<&Seen> = seen.iter().filter(|e| e.kind == "CONSULT").collect();
        assert_eq!(calls.len(), 2, "{seen:#?}");
        for (call, caller) in calls.iter().zip(["عبد الله الثاني", "إيمانويل ماكرون"])
        {
            assert_eq!(call.source, [caller], "{seen:#?}");
            // «أمير البلاد»: the emir named before (see the entity tests).
            assert_eq!(call.target, ["أمير البلاد"], "{seen:#?}");
        }
    }

    #[test]
    fn any_act_is_no_act_unless_denied() {
        let seen =
            events("وقال الرئيس الفرنسي إن مقاتلاتنا تمنع منذ الآن أي هجوم على المدنيين في المدينة.");
        assert!(seen.iter().all(|e| e.kind != "ASSAULT"), "{seen:#?}");
        let seen =
            events("وأكد وزير الخارجية الإثيوبي أن بلاده لن تشارك في أي مفاوضات جديدة مع مصر.");
        assert!(seen.iter().any(|e| e.kind == "CONSULT"), "{seen:#?}");
        // The noun of a light verb too.
        let seen = events("وتعهدت الحكومة السودانية بوقف تقديم أي مساعدة عسكرية للمتمردين.");
        assert!(seen.iter().all(|e| e.kind != "AID"), "{seen:#?}");
        // A denial further back keeps it.
        let seen = events("ونفى رئيس الوزراء الأرميني نيكول باشينيان، في كلمة متلفزة، أن يكون قد أجرى أي اتصال بالرئيس الأذربيجاني إلهام علييف.");
        assert!(seen.iter().any(|e| e.kind == "CONSULT"), "{seen:#?}");
    }

    #[test]
    fn a_definite_agreement_after_a_noun_is_the_one_told_before() {
        for text in [
            "وأعلنت القاهرة والخرطوم تشكيل لجنة مشتركة للإشراف على تنفيذ الاتفاق.",
            "كما أعلنت وزارة الخارجية الألمانية ترحيبها بالاتفاق.",
        ] {
            let seen = events(text);
            assert!(seen.iter().all(|e| e.kind != "AGREE"), "{text}: {seen:#?}");
        }
        // Reached: «إلى» governs it.
        let seen = events("وتوصلت القاهرة والخرطوم إلى الاتفاق بعد مفاوضات طويلة.");
        assert!(seen.iter().any(|e| e.kind == "AGREE"), "{seen:#?}");
    }

    #[test]
    fn a_force_named_by_an_indefinite_nisba_is_its_state_named_elsewhere() {
        let seen = events("وشنت مقاتلات تركية أولى غاراتها على مواقع لحزب العمال الكردستاني شمالي العراق. وقالت تركيا إن العملية مستمرة.");
        let raid = find(&seen, "غاراتها");
        assert_eq!(raid.kind, "ASSAULT", "{seen:#?}");
        assert_eq!(raid.source, ["تركيا"], "{seen:#?}");
        // Not a definite force, nor one whose state the text never names.
        let seen = events("وشن الجيش التركي غارات على مواقع لحزب العمال الكردستاني. وقالت تركيا إن العملية مستمرة.");
        assert_eq!(find(&seen, "غارات").source, ["الجيش التركي"], "{seen:#?}");
        let seen = events("وشنت مقاتلات تركية غارات على مواقع لحزب العمال الكردستاني.");
        assert_eq!(find(&seen, "غارات").source, ["مقاتلات تركية"], "{seen:#?}");
    }

    #[test]
    fn a_battle_front_is_no_actor() {
        let seen = events("وأعلنت دمشق استعدادها لإرسال تعزيزات إضافية إلى الجبهة.");
        assert!(
            seen.iter()
                .all(|e| e.source.iter().chain(&e.target).all(|a| a != "الجبهة")),
            "{seen:#?}"
        );
        // A front that names a body still acts.
        let seen = events("وأعلنت الجبهة الشعبية رفضها للاتفاق.");
        assert!(
            seen.iter()
                .any(|e| e.source.iter().any(|a| a == "الجبهة الشعبية")),
            "{seen:#?}"
        );
    }

    #[test]
    fn a_top_match_or_a_top_is_no_summit() {
        for text in [
            "وفاز الأهلي على الزمالك في مباراة القمة التي أقيمت أمس على استاد القاهرة.",
            "وعاد ريال مدريد إلى قمة الترتيب بعد فوزه على برشلونة.",
            "وقال المدرب إن الفريق يسعى إلى البقاء على قمة الكرة الأوروبية.",
        ] {
            let seen = events(text);
            assert!(
                seen.iter().all(|e| e.kind != "CONSULT"),
                "{text}: {seen:#?}"
            );
        }
        let seen = events(
            "وحضر الرئيس الفرنسي إيمانويل ماكرون ضيف شرف على قمة مجلس التعاون لدول الخليج العربية في الرياض.",
        );
        assert!(seen.iter().any(|e| e.kind == "CONSULT"), "{seen:#?}");
    }

    #[test]
    fn a_welcome_is_given_by_the_governor_named_after_his_region() {
        let seen = events("وصل الرئيس اللبناني جوزيف عون إلى جدة مساء أمس، واستقبله لدى وصوله أمير منطقة مكة المكرمة صاحب السمو الملكي الأمير خالد الفيصل.");
        let welcome = find(&seen, "واستقبله");
        assert_eq!(welcome.source, ["خالد الفيصل"], "{seen:#?}");
        let seen =
            events("ووصل رئيس الوزراء العراقي إلى القاهرة، واستقبله محافظ القاهرة إبراهيم صابر.");
        assert_eq!(
            find(&seen, "واستقبله").source,
            ["إبراهيم صابر"],
            "{seen:#?}"
        );
    }

    #[test]
    fn a_summons_is_aimed_at_the_envoy_summoned() {
        let seen = events("واستدعت وزارة الخارجية البلجيكية السفير الروسي لديها للاحتجاج.");
        assert_eq!(
            find(&seen, "واستدعت").target,
            ["السفير الروسي"],
            "{seen:#?}"
        );
        let seen = events(
            "وقال وزير الخارجية الإسرائيلي يسرائيل كاتس إنه سيستدعي سفراء الدول الثلاث للتوبيخ.",
        );
        assert_eq!(
            find(&seen, "سيستدعي").target,
            ["سفراء الدول الثلاث"],
            "{seen:#?}"
        );
    }

    #[test]
    fn a_verb_with_its_object_pronoun_is_no_noun_that_reads_alike() {
        let seen = events("وكانت حركة الشباب قد أعلنت مسؤوليتها عن تفجير في مقديشو، وهو الهجوم الذي أدانته وزارة الخارجية الكينية.");
        let condemn = find(&seen, "أدانته");
        assert_eq!(condemn.source, ["وزارة الخارجية الكينية"], "{seen:#?}");
    }

    #[test]
    fn a_spokesman_for_a_body_is_the_actor_not_the_body() {
        let seen = events(
            "واتهم المتحدث باسم وزارة الخارجية الروسية ماريا زاخاروفا واشنطن بتأجيج الصراع.",
        );
        let charge = find(&seen, "واتهم");
        assert_eq!(charge.source, ["ماريا زاخاروفا"], "{seen:#?}");
        assert_eq!(charge.target, ["واشنطن"], "{seen:#?}");
    }

    #[test]
    fn an_unnamed_force_before_its_verb_after_that_is_the_subject() {
        let seen = events("وأوضح المتحدث باسم الحكومة أن الأجهزة المختصة اعتقلت أمس السبت الشريف حسن و16 شخصا آخرين.");
        let arrest = find(&seen, "اعتقلت");
        assert_eq!(arrest.source, ["الأجهزة المختصة"], "{seen:#?}");
        assert!(arrest.target.iter().any(|a| a == "الشريف حسن"), "{seen:#?}");
        let seen = events("وأوضح المتحدث باسم الحكومة أن الأجهزة الأمنية اعتقلت أمس 16 شخصا.");
        assert_eq!(find(&seen, "اعتقلت").source, ["الأجهزة الأمنية"], "{seen:#?}");
    }

    #[test]
    fn a_document_signed_between_two_sides_is_theirs_not_the_witness() {
        let seen = events("شهد رئيس الوزراء، اليوم، توقيع اتفاقية بين مصر والأردن لنقل الكهرباء.");
        let deal = seen
            .iter()
            .find(|e| e.kind == "AGREE")
            .expect("the signing");
        let sides = deal.sides();
        // (The test joins tokens with the conjunction glued on.)
        assert_eq!(sides, ["مصر", "والأردن"], "{seen:#?}");
        // Past another event word the «بين» is that word's.
        let seen = events("وقال الوزير إن الاتفاق \"يلغي\" المذكرة الموقعة بين تركيا وليبيا.");
        assert!(
            seen.iter()
                .filter(|e| e.trigger == "الاتفاق")
                .all(|e| !e.source.iter().any(|a| a == "تركيا")),
            "{seen:#?}"
        );
    }

    #[test]
    fn a_march_walked_is_a_protest_a_drone_is_not() {
        let seen = events("ونفذ عشرات النشطاء، صباح اليوم، مسيرة بشارع الحبيب بورقيبة بالعاصمة.");
        let march = find(&seen, "مسيرة");
        assert_eq!(march.kind, "PROTEST", "{seen:#?}");
        assert!(
            march.target.is_empty(),
            "a street is no addressee: {seen:#?}"
        );
        let seen = events("وأطلق الحوثيون طائرات مسيرة على سفينة تجارية.");
        assert!(seen.iter().all(|e| e.kind != "PROTEST"), "{seen:#?}");
    }

    #[test]
    fn a_suspension_of_something_named_sanctions_a_comment_does_not() {
        let seen = events("وأعلنت النرويج تعليق صادراتها من الأسلحة إلى تركيا.");
        let cut = find(&seen, "تعليق");
        assert_eq!(
            (cut.kind, cut.source.as_slice()),
            ("SANCTION", ["النرويج".to_string()].as_slice()),
            "{seen:#?}"
        );
        assert_eq!(cut.target, ["تركيا"], "{seen:#?}");
        for comment in [
            "ولم يتسن الحصول على تعليق فوري من الجيش الأوغندي.",
            "وفي أول تعليق على الترشيحات، قال مصدر مقرب من الاتحاد إن الأمر سابق لأوانه.",
        ] {
            let seen = events(comment);
            assert!(
                seen.iter().all(|e| e.kind != "SANCTION"),
                "{comment}: {seen:#?}"
            );
        }
    }

    #[test]
    fn what_a_decision_decides_is_an_act_and_a_treaty_suspended_sanctions_its_party() {
        let seen = events("وبحث الرئيسان تداعيات قرار موسكو تعليق جميع الرحلات الجوية إلى مصر.");
        let cut = find(&seen, "تعليق");
        assert_eq!(cut.source, ["موسكو"], "{seen:#?}");
        assert_eq!(cut.target, ["مصر"], "{seen:#?}");
        let seen = events("قررت الجزائر، الأربعاء، التعليق الفوري لمعاهدة الصداقة التي أبرمتها عام 2002 مع إسبانيا.");
        let cut = find(&seen, "التعليق");
        assert_eq!(cut.source, ["الجزائر"], "{seen:#?}");
        assert_eq!(cut.target, ["إسبانيا"], "{seen:#?}");
    }

    #[test]
    fn unnamed_people_sanctioned_are_the_target_and_not_ruled_out_is_possible() {
        let seen =
            events("ولم يستبعد المبعوث أن يفرض مجلس الأمن الدولي عقوبات على معرقلي تنفيذ الاتفاق.");
        let cut = seen
            .iter()
            .find(|e| e.kind == "SANCTION")
            .expect("sanctions");
        assert_eq!(cut.target, ["معرقلي تنفيذ الاتفاق"], "{seen:#?}");
        assert_eq!(cut.modality, "hypothetical", "{seen:#?}");
        let seen = events("وقد يقرر الوزراء فرض عقوبات على المسؤولين عن الهجوم.");
        let cut = seen
            .iter()
            .find(|e| e.kind == "SANCTION")
            .expect("sanctions");
        assert_eq!(cut.target, ["المسؤولين عن الهجوم"], "{seen:#?}");
    }

    #[test]
    fn envoys_recalled_from_two_states_are_two_recalls_by_their_state() {
        let seen = events("وردت الجزائر باستدعاء سفيريها لدى مالي والنيجر للتشاور.");
        let mut from: Vec<&str> = seen
            .iter()
            .filter(|e| e.kind == "SANCTION")
            .flat_map(|e| e.target.iter().map(String::as_str))
            .collect();
        from.sort_unstable();
        assert_eq!(from, ["مالي", "والنيجر"], "{seen:#?}");
        let seen = events(
            "وأعلن وزير الخارجية الإسرائيلي استدعاء سفيري إسرائيل لدى إيرلندا والنرويج للتشاور.",
        );
        let recalls: Vec<&Seen> = seen.iter().filter(|e| e.kind == "SANCTION").collect();
        assert_eq!(recalls.len(), 2, "{seen:#?}");
        assert!(recalls.iter().all(|e| e.source == ["إسرائيل"]), "{seen:#?}");
        // A state's envoy summoned where he serves is no recall.
        let seen = events("واستدعت وزارة الخارجية الجزائرية سفير فرنسا في الجزائر.");
        assert!(seen.iter().all(|e| e.kind != "SANCTION"), "{seen:#?}");
    }

    #[test]
    fn an_international_body_sitting_meets_and_one_asked_to_sit_does_not() {
        let seen =
            events("ومن المقرر أن يعقد مجلس الأمن الدولي جلسة مغلقة بشأن السودان الثلاثاء المقبل.");
        let sitting = find(&seen, "جلسة");
        assert_eq!(sitting.source, ["مجلس الأمن الدولي"], "{seen:#?}");
        assert_eq!(sitting.modality, "planned", "{seen:#?}");
        let seen = events("وطالبت الإمارات مجلس الأمن الدولي بعقد جلسة طارئة.");
        assert!(seen.iter().all(|e| e.trigger != "جلسة"), "{seen:#?}");
        let seen = events("وقاطع محامو المتهم الجلسة الافتتاحية للمحكمة أمس.");
        assert!(seen.iter().all(|e| e.kind != "CONSULT"), "{seen:#?}");
    }

    #[test]
    fn medical_teams_and_equipment_sent_are_aid() {
        let seen = events(
            "وأعلن وزير الخارجية الإيراني أن إيران سترسل إلى لبنان فريقا طبيا لمعالجة الجرحى.",
        );
        let aid = seen.iter().find(|e| e.kind == "AID").expect("aid");
        assert_eq!(aid.target, ["لبنان"], "{seen:#?}");
        let seen = events(
            "وكانت فرنسا قد أرسلت أمس طائرتين إلى بيروت محملتين بـ25 طنا من المعدات الطبية.",
        );
        assert!(seen.iter().any(|e| e.kind == "AID"), "{seen:#?}");
    }

    #[test]
    fn sides_before_a_dual_verb_of_meeting_meet_and_the_sides_just_told_are_the_pair() {
        let seen =
            events("وأوضح المصدر أن تونس وليبيا ستعقدان الأسبوع المقبل اجتماعا فنيا لضبط الحدود.");
        let meeting = find(&seen, "اجتماعا");
        assert_eq!(meeting.source, ["تونس"], "{seen:#?}");
        assert_eq!(meeting.modality, "planned", "{seen:#?}");
        let seen = events(
            "والتقى وزير الداخلية الأردني مازن الفراية ممثل المفوضية دومينيك بارتش، وبحث معه خطة العودة. \
             وكان وزير الخارجية الأردني أيمن الصفدي قد استقبل أمس وزير الخارجية السوري أسعد الشيباني. \
             ومن المقرر أن يعقد الجانبان اجتماعا ثانيا في دمشق قريبا.",
        );
        let next = find(&seen, "اجتماعا");
        let sides: Vec<&str> = next
            .source
            .iter()
            .chain(&next.target)
            .map(String::as_str)
            .collect();
        assert!(sides.contains(&"أيمن الصفدي"), "{seen:#?}");
        // A press conference is no meeting of parties.
        let seen = events("وعقد وزير الخارجية التونسي مؤتمرا صحافيا في العاصمة.");
        assert!(seen.iter().all(|e| e.kind != "CONSULT"), "{seen:#?}");
    }

    #[test]
    fn blame_across_a_statement_between_commas_targets_the_party_after_it() {
        let seen = events("وحمّل حزب الله، في بيان أصدره ليل أمس الثلاثاء، العدو الإسرائيلي \"المسؤولية المباشرة\" عن التفجيرات، متوعدا إياه بالرد.");
        let blame = seen.iter().find(|e| e.kind == "ACCUSE").expect("blame");
        assert_eq!(blame.target, ["العدو الإسرائيلي"], "{seen:#?}");
        let threat = find(&seen, "متوعدا");
        assert_eq!(threat.target, ["العدو الإسرائيلي"], "{seen:#?}");
    }

    #[test]
    fn an_appeal_to_people_named_by_their_plural_targets_them() {
        let seen =
            events("وناشدت منظمة الصحة العالمية المانحين تقديم 40 مليون دولار لمواجهة الوباء.");
        assert_eq!(find(&seen, "وناشدت").target, ["المانحين"], "{seen:#?}");
        let seen = events("ودعا الكرملين الصحافيين الروس إلى توخي الحذر.");
        assert_eq!(find(&seen, "ودعا").target, ["الصحافيين الروس"], "{seen:#?}");
    }

    #[test]
    fn civic_bodies_and_powers_with_their_adjective_act() {
        let seen =
            events("وزار الرئيس التركي إسطنبول أمس. ودعت القوى الوطنية والإسلامية إلى إضراب شامل.");
        assert_eq!(
            find(&seen, "ودعت").source,
            ["القوى الوطنية والإسلامية"],
            "{seen:#?}"
        );
        let seen = events("وقال إن المنتخب القوي قادر على الفوز. ودعت الحكومة إلى الهدوء.");
        assert!(
            seen.iter()
                .all(|e| e.source.iter().all(|a| !a.contains("القوي"))),
            "{seen:#?}"
        );
        let seen = events("ونددت الرابطة الجزائرية للدفاع عن حقوق الإنسان بالتوقيفات.");
        assert!(
            find(&seen, "ونددت").source[0].starts_with("الرابطة الجزائرية"),
            "{seen:#?}"
        );
    }

    #[test]
    fn talks_a_visit_is_made_to_hold_are_a_meeting_of_their_own() {
        let seen = events(
            "ويتوجه بوتين مساء اليوم إلى أنقرة لإجراء محادثات مع الرئيس التركي رجب طيب أردوغان.",
        );
        let talks = find(&seen, "محادثات");
        assert_eq!(talks.target, ["رجب طيب أردوغان"], "{seen:#?}");
        assert_eq!(talks.modality, "planned", "{seen:#?}");
        // A meeting asked for is no event of its own.
        let seen = events("ودعا الأمين العام إلى عقد اجتماع لمجلس الأمن.");
        assert!(seen.iter().all(|e| e.trigger != "اجتماع"), "{seen:#?}");
    }

    #[test]
    fn talks_a_trip_is_made_to_hold_with_someone_are_a_meeting_of_their_own() {
        let seen = events(
            "ويتوجه وزير الخارجية المغربي ناصر بوريطة غدا إلى نواكشوط لبحث ملف الحدود مع الرئيس الموريتاني محمد ولد الغزواني.",
        );
        let trip = find(&seen, "ويتوجه");
        assert_eq!(trip.target, ["نواكشوط"], "{seen:#?}");
        let talks = find(&seen, "لبحث");
        assert_eq!(talks.source, ["ناصر بوريطة"], "{seen:#?}");
        assert_eq!(talks.target, ["محمد ولد الغزواني"], "{seen:#?}");
        assert_eq!(talks.modality, "planned", "{seen:#?}");
        // Talks with no one named, or with someone in another clause, are
        // the trip's purpose only.
        let seen = events("ويتوجه الوزير بوريطة غدا إلى نواكشوط لبحث ملف الحدود، فيما يلتقي الوزير مع نظيره التونسي.");
        assert!(seen.iter().all(|e| e.trigger != "لبحث"), "{seen:#?}");
    }

    #[test]
    fn arriving_somewhere_to_hold_talks_is_a_visit() {
        let seen = events(
            "ومن المقرر أن يصل وسيط الاتحاد الأفريقي ثابو مبيكي إلى الخرطوم السبت لبحث الأزمة مع الرئيس عمر البشير.",
        );
        let trip = find(&seen, "يصل");
        assert_eq!(trip.source, ["ثابو مبيكي"], "{seen:#?}");
        assert_eq!(trip.target, ["الخرطوم"], "{seen:#?}");
        assert_eq!(trip.modality, "planned", "{seen:#?}");
        assert_eq!(find(&seen, "لبحث").target, ["عمر البشير"], "{seen:#?}");
        // The subject may come after the place.
        let seen = events("ويصل إلى عمان غدا وزير الخارجية العراقي فؤاد حسين لإجراء محادثات.");
        assert_eq!(find(&seen, "ويصل").source, ["فؤاد حسين"], "{seen:#?}");
        // Arriving «في زيارة» is the noun's visit; arriving alone, none.
        let seen = events("ووصل الرئيس المصري إلى الرياض في زيارة رسمية لبحث العلاقات.");
        assert_eq!(seen.len(), 1, "{seen:#?}");
        assert_eq!(seen[0].trigger, "زيارة", "{seen:#?}");
        let seen = events("ووصل الرئيس المصري إلى الرياض مساء اليوم.");
        assert!(seen.is_empty(), "{seen:#?}");
    }

    #[test]
    fn a_tour_that_names_its_stops_is_a_visit_to_each() {
        let seen = events(
            "ومن المقرر أن يبدأ وزير الخارجية الجزائري أحمد عطاف الأسبوع المقبل جولة خليجية تشمل الرياض والدوحة والكويت.",
        );
        let stops: Vec<_> = seen.iter().filter(|e| e.trigger == "جولة").collect();
        let places: Vec<_> = stops.iter().map(|e| e.target.join(" ")).collect();
        assert_eq!(places, ["الرياض", "والدوحة", "والكويت"], "{seen:#?}");
        assert!(
            stops
                .iter()
                .all(|e| e.source == ["أحمد عطاف"] && e.modality == "planned"),
            "{seen:#?}"
        );
        let seen = events(
            "وبعد جولة قادت وزير الخارجية الإيراني عباس عراقجي إلى بيروت ودمشق، عاد الوزير إلى طهران.",
        );
        let stops: Vec<_> = seen.iter().filter(|e| e.trigger == "جولة").collect();
        assert_eq!(stops.len(), 2, "{seen:#?}");
        assert_eq!(stops[0].source, ["عباس عراقجي"], "{seen:#?}");
        // A round of talks names no stops.
        let seen = events("وتستضيف الدوحة جولة محادثات تشمل وفدي الحكومة والمعارضة.");
        assert!(seen.iter().all(|e| e.trigger != "جولة"), "{seen:#?}");
    }

    #[test]
    fn talks_held_between_them_are_between_the_two_named_before() {
        let seen = events("وجاء الإعلان خلال مؤتمر صحفي مشترك عقده الرئيس عبد الفتاح السيسي مع نظيره الجزائري عبد المجيد تبون، عقب المحادثات التي جرت بينهما في قصر الاتحادية.");
        let talks = find(&seen, "المحادثات");
        let sides = talks.sides();
        assert_eq!(sides, ["عبد الفتاح السيسي", "عبد المجيد تبون"], "{seen:#?}");
    }

    #[test]
    fn delegations_of_two_named_by_a_construct_dual_are_the_sides_and_one_of_them_is_none() {
        let seen = events(
            "ومن المقرر أن يلتقي رئيس المخابرات المصرية حسن رشاد وفدي حركتي فتح وحماس في القاهرة.",
        );
        let next = find(&seen, "يلتقي");
        assert!(next.target.iter().any(|a| a.contains("حماس")), "{seen:#?}");
        let seen = events("وأبدى التاجر خوفه من أن يتهمه أحد طرفي النزاع بمساعدة الطرف الآخر.");
        assert!(
            seen.iter().all(|e| e.source.is_empty() || e.kind != "AID"),
            "{seen:#?}"
        );
    }

    #[test]
    fn a_document_signed_by_those_after_the_relative_verb_and_a_contract_signed() {
        let seen = events("وغادرت السفينة الميناء بموجب الاتفاق الذي وقعته روسيا وأوكرانيا مع تركيا والأمم المتحدة في إسطنبول.");
        let signed = find(&seen, "وقعته");
        assert_eq!(signed.kind, "AGREE", "{seen:#?}");
        assert_eq!(signed.source, ["روسيا", "وأوكرانيا"], "{seen:#?}");
        assert_eq!(signed.target, ["تركيا", "والأمم المتحدة"], "{seen:#?}");
        let seen = events("وخرج المئات رفضا للإعلان الذي وقعه الأردن وإسرائيل والإمارات في دبي.");
        let signed = find(&seen, "وقعه");
        assert_eq!(signed.source, ["الأردن"], "{seen:#?}");
        assert_eq!(signed.target, ["وإسرائيل", "والإمارات"], "{seen:#?}");
        // A decree signed by one is no agreement; «وقعه» without a
        // relative is «its impact».
        let seen = events("ورفض القادة القرار الذي وقعه الرئيس الأمريكي دونالد ترامب.");
        assert!(seen.iter().all(|e| e.kind != "AGREE"), "{seen:#?}");
        let seen = events("وكان لقرار الحكومة وقعه على الأسواق في مصر وتركيا.");
        assert!(seen.iter().all(|e| e.kind != "AGREE"), "{seen:#?}");
        // Contracts signed agree; decades do not.
        let seen = events(
            "وشهد الرئيسان عبد الفتاح السيسي وفلاديمير بوتين توقيع العقود النهائية لإنشاء المحطة.",
        );
        assert_eq!(find(&seen, "العقود").kind, "AGREE", "{seen:#?}");
        let seen = events("وقال الوزير إن مصر وروسيا تربطهما علاقات منذ عقود.");
        assert!(seen.iter().all(|e| e.kind != "AGREE"), "{seen:#?}");
    }

    #[test]
    fn a_participle_after_a_quote_goes_on_with_its_speaker() {
        let seen = events("افتتح الرئيس المصري عبد الفتاح السيسي القناة الجديدة اليوم. وأضاف أن المشروع \"هدية مصر للعالم\"، داعيا المستثمرين إلى المشاركة فيه.");
        let call = find(&seen, "داعيا");
        assert_eq!(call.source, ["عبد الفتاح السيسي"], "{seen:#?}");
    }

    #[test]
    fn a_visit_set_out_on_is_the_visit_of_the_one_who_sets_out() {
        let seen = events("وصل وزير الخارجية الأمريكي ريكس تيلرسون إلى الرياض أمس، فيما يبدأ رئيس الوزراء العراقي حيدر العبادي غدا زيارة إلى القاهرة.");
        let visit = find(&seen, "زيارة");
        assert_eq!(visit.source, ["حيدر العبادي"], "{seen:#?}");
        assert_eq!(visit.target, ["القاهرة"], "{seen:#?}");
    }

    #[test]
    fn the_one_joined_to_an_honorific_and_the_two_countries_are_the_sides() {
        let seen = events("وصل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة إلى باريس اليوم. وعقد سموه والرئيس الفرنسي إيمانويل ماكرون جلسة مباحثات في قصر الإليزيه.");
        let talks = find(&seen, "جلسة");
        assert_eq!(talks.source, ["محمد بن زايد آل نهيان"], "{seen:#?}");
        assert_eq!(talks.target, ["إيمانويل ماكرون"], "{seen:#?}");
        // «البلدان» after a meeting of their leaders are the two states; a
        // dual verb carries its subject, so the committee after it is no
        // side.
        let seen = events("استقبل الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني في القاهرة، وأكد أن مصر والأردن شريكان. واتفق البلدان على تفعيل عمل اللجنة العليا المشتركة.");
        let agreed = find(&seen, "واتفق");
        assert_eq!(agreed.source, ["مصر"], "{seen:#?}");
        assert_eq!(agreed.target, ["والأردن"], "{seen:#?}");
        let seen = events("استقبل الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني في القاهرة. واتفقا على تفعيل عمل اللجنة العليا المشتركة.");
        let agreed = find(&seen, "واتفقا");
        assert!(
            agreed.source.iter().all(|a| !a.contains("اللجنة")),
            "{seen:#?}"
        );
        assert_eq!(agreed.source.len() + agreed.target.len(), 2, "{seen:#?}");
    }

    #[test]
    fn where_a_guest_is_received_is_no_guest() {
        let seen = events("استقبل الرئيس عبد الفتاح السيسي، اليوم الخميس بقصر الاتحادية، وزير الخارجية الإيراني عباس عراقجي.");
        let host = find(&seen, "استقبل");
        assert_eq!(host.target, ["عباس عراقجي"], "{seen:#?}");
        // Talks hosted «بين» two sides keep both.
        let seen = events("استضافت دولة قطر محادثات بين حكومة الكونغو الديمقراطية وحركة إم 23.");
        let hosted = find(&seen, "استضافت");
        assert_eq!(hosted.target.len(), 2, "{seen:#?}");
    }

    #[test]
    fn missions_closed_sanction_their_state_not_their_cities() {
        let seen = events("أعلنت ألمانيا إغلاق القنصليات العامة الإيرانية الثلاث في فرانكفورت وهامبورغ وميونيخ، ردا على إعدام مواطن ألماني في إيران.");
        let closure = find(&seen, "إغلاق");
        assert_eq!(closure.kind, "SANCTION", "{seen:#?}");
        assert_eq!(closure.target, ["إيران"], "{seen:#?}");
    }

    #[test]
    fn a_signing_told_with_its_signers_or_its_sides_agrees_them() {
        let seen = events("وشهد سموه، مساء اليوم، توقيع قداسة البابا فرنسيس وفضيلة الإمام الأكبر الدكتور أحمد الطيب شيخ الأزهر على وثيقة الأخوة الإنسانية.");
        let signed = find(&seen, "توقيع");
        assert_eq!(signed.kind, "AGREE", "{seen:#?}");
        assert_eq!(signed.source, ["البابا فرنسيس"], "{seen:#?}");
        assert_eq!(signed.target, ["أحمد الطيب"], "{seen:#?}");
        let seen = events("وترأس الرئيسان قمة موسعة شهدت توقيع الإعلان المشترك لرفع العلاقات بين مصر والاتحاد الأوروبي.");
        let signed = find(&seen, "توقيع");
        assert_eq!(signed.source, ["مصر"], "{seen:#?}");
        assert_eq!(signed.target, ["والاتحاد الأوروبي"], "{seen:#?}");
        // «توقيع» alone, neither witnessed nor with its signers, is no event.
        let seen = events("وقال الوزير إن موعد توقيع الاتفاق لم يحدد بعد.");
        assert!(seen.iter().all(|e| e.trigger != "توقيع"), "{seen:#?}");
    }

    #[test]
    fn the_seat_where_two_sides_meet_is_no_side() {
        let seen = events("وعقد وزير الخارجية الإيراني عباس عراقجي جلسة مباحثات مع نظيره المصري بدر عبد العاطي بمقر وزارة الخارجية.");
        let talks = seen
            .iter()
            .find(|e| e.kind == "CONSULT")
            .unwrap_or_else(|| panic!("{seen:#?}"));
        assert!(
            talks.target.iter().all(|a| !a.contains("وزارة")),
            "{seen:#?}"
        );
    }

    #[test]
    fn a_thing_of_a_body_after_the_subject_is_the_object_of_an_attack() {
        // The nisba of the body with ل is not the subject's.
        let seen = events("وهاجم مسلحون دورية للجيش التشادي قرب الحدود.");
        let e = find(&seen, "وهاجم");
        assert_eq!(e.source, ["مسلحون"], "{seen:#?}");
        assert_eq!(e.target, ["دورية للجيش التشادي"], "{seen:#?}");
        // The body with ل, written with its ل, is named with what it owns.
        let seen = events("وقصفت طائرات حربية مخزنا للمعارضة في ريف حماة.");
        let e = find(&seen, "وقصفت");
        assert_eq!(e.source, ["طائرات حربية"], "{seen:#?}");
        assert_eq!(e.target, ["مخزنا للمعارضة"], "{seen:#?}");
    }

    #[test]
    fn them_after_a_release_are_the_people_just_held() {
        let seen = events("واحتجزت قوات الأمن أربعة طلاب ثم أفرجت عنهم مساء اليوم نفسه.");
        assert_eq!(find(&seen, "أفرجت").target, ["أربعة طلاب"], "{seen:#?}");
        let seen =
            events("وخطف مسلحون ملثمون سائحين فرنسيين قرب الحدود، وأطلقوا سراحهما بعد أسبوع.");
        assert_eq!(find(&seen, "وخطف").source, ["مسلحون ملثمون"], "{seen:#?}");
        assert_eq!(find(&seen, "وخطف").target, ["سائحين فرنسيين"], "{seen:#?}");
        assert_eq!(
            find(&seen, "وأطلقوا").target,
            ["سائحين فرنسيين"],
            "{seen:#?}"
        );
        // «ألمانيين» reads like a word with the article: no genitive.
        let seen = events("وخطفت جماعة متشددة صحفيين ألمانيين وأفرجت عنهما بعد أسابيع.");
        assert_eq!(find(&seen, "وخطفت").source, ["جماعة متشددة"], "{seen:#?}");
        assert_eq!(
            find(&seen, "وأفرجت").target,
            ["صحفيين ألمانيين"],
            "{seen:#?}"
        );
        // «أطلق سراحه» with no one held before: the passive, no event.
        let seen = events("وتحدث الشيخ الذي أطلق سراحه من سجن المدينة إلى الصحفيين.");
        assert!(seen.iter().all(|e| e.kind != "CONCEDE"), "{seen:#?}");
    }

    #[test]
    fn an_unnamed_object_with_its_nisba_comes_before_a_place() {
        let seen = events("واختطفت جماعة مسلحة مهندسي نفط صينيين في شمال نيجيريا.");
        let e = find(&seen, "واختطفت");
        assert_eq!(e.source, ["جماعة مسلحة"], "{seen:#?}");
        assert_eq!(e.target, ["مهندسي نفط صينيين"], "{seen:#?}");
        let seen = events("واحتجزت البحرية الإيرانية ناقلة نفط يونانية في الخليج.");
        assert_eq!(
            find(&seen, "واحتجزت").target,
            ["ناقلة نفط يونانية"],
            "{seen:#?}"
        );
        // A count after the subject opens the object.
        let seen = events("وخطف مسلحون ثلاثة مهندسين صينيين في ولاية كادونا.");
        let e = find(&seen, "وخطف");
        assert_eq!(e.source, ["مسلحون"], "{seen:#?}");
        assert_eq!(e.target, ["ثلاثة مهندسين صينيين"], "{seen:#?}");
    }

    #[test]
    fn whom_an_arrest_or_release_acts_on_may_be_an_unnamed_noun_and_its_adjective() {
        let seen = events("واعتقلت السلطات مدونة حقوقية ثم أفرجت عنها بكفالة.");
        assert_eq!(find(&seen, "واعتقلت").target, ["مدونة حقوقية"], "{seen:#?}");
        assert_eq!(find(&seen, "أفرجت").target, ["مدونة حقوقية"], "{seen:#?}");
        // Those freed follow «سراح».
        let seen = events("وأطلقت جماعة مسلحة سراح أربعة رهائن فرنسيين.");
        assert_eq!(
            find(&seen, "وأطلقت").target,
            ["أربعة رهائن فرنسيين"],
            "{seen:#?}"
        );
        // An attack's unnamed object so read is as often a place.
        let seen = events("وزعم البيان أن القذائف استهدفت مخازن مهجورة فقط.");
        assert!(
            seen.iter()
                .all(|e| e.target.iter().all(|t| t != "مخازن مهجورة")),
            "{seen:#?}"
        );
    }

    #[test]
    fn counted_suspects_are_arrested_not_accused() {
        let seen =
            events("القاهرة (أ ش أ) - ألقت أجهزة الأمن القبض على 27 متهما في قضية تهريب الآثار.");
        let arrest = find(&seen, "القبض");
        assert_eq!(arrest.kind, "COERCE");
        assert_eq!(arrest.source, ["أجهزة الأمن"], "{seen:#?}");
        assert_eq!(arrest.target, ["27 متهما"], "{seen:#?}");
        assert!(seen.iter().all(|e| e.kind != "ACCUSE"), "{seen:#?}");
    }

    #[test]
    fn dispersing_a_crowd_coerces_it() {
        let seen =
            events("بغداد (رويترز) - واستخدمت قوات الأمن خراطيم المياه لتفريق المعتصمين قرب الجسر.");
        let dispersal = find(&seen, "لتفريق");
        assert_eq!(dispersal.kind, "COERCE");
        assert!(
            dispersal.source.iter().any(|s| s.starts_with("قوات الأمن")),
            "{seen:#?}"
        );
        // Water is no crowd.
        let seen = events("وتعمل البلدية على تفريق المياه المتجمعة في الشوارع.");
        assert!(seen.iter().all(|e| e.kind != "COERCE"), "{seen:#?}");
    }

    #[test]
    fn a_condemned_act_named_by_a_nisba_targets_the_force_named_before() {
        let seen = events("بيروت - الوطنية: وشن العدو الإسرائيلي غارة على بلدة الخيام. ودان رئيس مجلس النواب نبيه بري \"العدوان الإسرائيلي على الجنوب\".");
        let condemned = find(&seen, "ودان");
        assert_eq!(condemned.kind, "ACCUSE");
        assert_eq!(condemned.target, ["العدو الإسرائيلي"], "{seen:#?}");
        // The name given to the act first: «ما وصفته بـ"…"».
        let seen = events("عمّان (بترا) - وقصف الجيش السوري مواقع قرب الحدود. ونددت الحكومة الأردنية بما وصفته بـ\"القصف السوري العشوائي\" للقرى الحدودية.");
        let condemned = find(&seen, "ونددت");
        assert_eq!(condemned.target, ["الجيش السوري"], "{seen:#?}");
    }

    #[test]
    fn closing_a_countrys_ports_sanctions_that_country() {
        let seen = events("أعلنت قيادة القوات المشتركة للتحالف \"تحالف دعم الاستقرار في ليبيا\" إغلاقا مؤقتا لكافة المنافذ الليبية البحرية والجوية، بعد هجوم انطلق من ليبيا.");
        let closure = find(&seen, "إغلاقا");
        assert_eq!(closure.kind, "SANCTION");
        assert_eq!(closure.target, ["ليبيا"], "{seen:#?}");
    }

    #[test]
    fn a_trigger_inside_a_quoted_name_is_no_event() {
        let seen =
            events("وترغب باريس في إنشاء \"مجموعة دعم موسعة\" أكبر من اللجنة الرباعية الدولية.");
        assert!(seen.iter().all(|e| e.kind != "SUPPORT"), "{seen:#?}");
    }

    #[test]
    fn a_claimed_attack_is_the_claimants_on_what_it_hit() {
        // The claim's object pronoun after the attack's first telling.
        let seen = events("الفيوم - قتل 12 شخصا غداة هجوم بالأسلحة النارية استهدف أمس حافلة تقل عمالا على طريق الواحات، وتبناه تنظيم داعش في بيان. ودان وزير الخارجية الفرنسي جان إيف لودريان الهجوم.");
        let attack = find(&seen, "هجوم");
        assert_eq!(attack.kind, "ASSAULT");
        assert_eq!(attack.source, ["تنظيم داعش"], "{seen:#?}");
        assert_eq!(attack.target, ["حافلة تقل عمالا"], "{seen:#?}");
        assert!(seen.iter().all(|e| e.trigger != "استهدف"), "{seen:#?}");
        assert_eq!(find(&seen, "ودان").target, ["تنظيم داعش"], "{seen:#?}");
        // The noun taken up by a claim in a later sentence.
        let seen = events("سوسة - أطلق مسلح النار داخل فندق سياحي. وقتل في الهجوم الذي استهدف فندقا ساحليا 20 سائحا. وتبنى تنظيم داعش الهجوم في تسجيل صوتي.");
        let claim = seen
            .iter()
            .find(|e| e.kind == "ASSAULT" && e.source == ["تنظيم داعش"])
            .unwrap_or_else(|| panic!("{seen:#?}"));
        assert_eq!(claim.target, ["فندقا ساحليا"], "{seen:#?}");
        // Adopting a plan is no attack.
        let seen = events("وتبنى مجلس الجامعة المبادرة المصرية بالإجماع.");
        assert!(seen.iter().all(|e| e.kind != "ASSAULT"), "{seen:#?}");
    }

    #[test]
    fn an_attack_hits_what_no_name_stands_for() {
        let seen =
            events("دمشق (سانا) - وقصفت الطائرات الإسرائيلية فجر اليوم موقعا عسكريا قرب دمشق.");
        assert_eq!(find(&seen, "وقصفت").target, ["موقعا عسكريا"], "{seen:#?}");
        let seen = events("وشن تنظيم داعش هجوما على كنيسة في المنيا.");
        assert_eq!(find(&seen, "هجوما").target, ["كنيسة"], "{seen:#?}");
        let seen = events("واستهدفت القوات الجوية المصرية عددا من البؤر الإرهابية في شمال سيناء.");
        assert_eq!(
            find(&seen, "واستهدفت").target,
            ["عددا من البؤر الإرهابية"],
            "{seen:#?}"
        );
        // Aims in the present, and a strike that is a topic, are no attack.
        let seen = events("وأكدت طهران أن مناوراتها لا تستهدف أحدا.");
        assert!(seen.iter().all(|e| e.kind != "ASSAULT"), "{seen:#?}");
        let seen = events("ونفت موسكو اتهامات كييف بشأن ضربة صاروخية على الميناء.");
        assert!(seen.iter().all(|e| e.kind != "ASSAULT"), "{seen:#?}");
    }

    #[test]
    fn shooting_down_an_aircraft_is_an_attack() {
        let seen = events("وأسقطت الدفاعات الجوية السورية طائرة حربية إسرائيلية فوق الجولان.");
        let downing = find(&seen, "وأسقطت");
        assert_eq!(downing.kind, "ASSAULT");
        assert_eq!(downing.target, ["طائرة حربية إسرائيلية"], "{seen:#?}");
        let seen =
            events("وأعلن الحرس الثوري الإيراني إسقاط طائرة استطلاع أمريكية مسيرة فوق مضيق هرمز.");
        assert_eq!(
            find(&seen, "إسقاط").source,
            ["الحرس الثوري الإيراني"],
            "{seen:#?}"
        );
        // Toppling a government, dropping charges, a chant: no attack.
        for text in [
            "وأسقط البرلمان الحكومة في تصويت على الثقة.",
            "وأسقطت المحكمة التهم عن الناشطين.",
            "وطالب المحتجون بإسقاط النظام.",
        ] {
            let seen = events(text);
            assert!(
                seen.iter().all(|e| e.kind != "ASSAULT"),
                "{text}: {seen:#?}"
            );
        }
    }

    #[test]
    fn a_complaint_against_a_state_accuses_it() {
        let seen = events(
            "وأعلن وزير الخارجية أن لبنان سيتقدم بشكوى عاجلة ضد إسرائيل إلى مجلس الأمن الدولي.",
        );
        let complaint = find(&seen, "بشكوى");
        assert_eq!(complaint.kind, "ACCUSE");
        assert_eq!(complaint.source, ["لبنان"], "{seen:#?}");
        assert_eq!(complaint.target, ["إسرائيل"], "{seen:#?}");
        assert_eq!(complaint.modality, "planned");
        let seen = events("وقدمت الخارجية العراقية شكوى إلى مجلس الأمن الدولي ضد الولايات المتحدة.");
        assert_eq!(find(&seen, "شكوى").target, ["الولايات المتحدة"], "{seen:#?}");
        // A grievance against no one, and lifting sanctions: no event.
        let seen = events("وقال المواطن إنه تقدم بشكوى إلى البلدية بسبب انقطاع المياه.");
        assert!(seen.iter().all(|e| e.kind != "ACCUSE"), "{seen:#?}");
        let seen = events("وقررت الحكومة الأمريكية رفع العقوبات عن السودان.");
        assert!(seen.iter().all(|e| e.kind != "SANCTION"), "{seen:#?}");
    }

    #[test]
    fn declaring_an_envoy_persona_non_grata_sanctions_him() {
        let seen = events("عمان (بترا) - أعلنت وزارة الخارجية الأردنية، اليوم الاثنين، اعتبار سفير سوريا لدى المملكة بهجت سليمان شخصا غير مرغوب فيه.");
        let declared = find(&seen, "اعتبار");
        assert_eq!(declared.kind, "SANCTION");
        assert_eq!(declared.source, ["وزارة الخارجية الأردنية"], "{seen:#?}");
        assert_eq!(declared.target, ["بهجت سليمان"], "{seen:#?}");
        let seen = events("وأكد الوزير ضرورة اعتبار الحوار الوطني أولوية للحكومة.");
        assert!(seen.iter().all(|e| e.kind != "SANCTION"), "{seen:#?}");
    }

    #[test]
    fn eliminating_fighters_is_an_attack() {
        let seen = events("تونس (وات) - وكانت وحدات الجيش التونسي قد قضت يوم الأربعاء على خمسة مسلحين قرب بن قردان.");
        let killed = find(&seen, "قضت");
        assert_eq!(killed.kind, "ASSAULT");
        assert_eq!(killed.target, ["خمسة مسلحين"], "{seen:#?}");
        for text in [
            "وقال الوزير إن الحكومة قضت على الفقر في الأرياف.",
            "وقضت المحكمة بسجن المتهمين ثلاث سنوات.",
            "وقضى الرئيس المصري عطلته في الإسكندرية.",
        ] {
            let seen = events(text);
            assert!(
                seen.iter().all(|e| e.kind != "ASSAULT"),
                "{text}: {seen:#?}"
            );
        }
    }

    #[test]
    fn coordinating_with_a_partner_is_cooperation() {
        let seen = events("وأكد القائد العسكري مظلوم عبدي أن قوات سوريا الديمقراطية نسقت مع واشنطن لتعقب قادة التنظيم.");
        let coordinated = find(&seen, "نسقت");
        assert_eq!(coordinated.kind, "COOPERATE");
        assert_eq!(coordinated.target, ["واشنطن"], "{seen:#?}");
        let seen = events("ونسق الفنان معرضه الجديد في دار الأوبرا.");
        assert!(seen.iter().all(|e| e.kind != "COOPERATE"), "{seen:#?}");
    }

    #[test]
    fn a_call_to_peoples_named_by_their_nisba() {
        let seen = events("ودعت اللجنة الرباعية الدولية، في بيان أصدرته مساء أمس، الفلسطينيين والإسرائيليين إلى عقد اجتماع تحضيري.");
        let call = find(&seen, "ودعت");
        assert_eq!(call.target, ["الفلسطينيين", "والإسرائيليين"], "{seen:#?}");
    }

    #[test]
    fn a_counted_crowd_protests() {
        let seen = events("باماكو (أ ف ب) - وتظاهر مئات من سكان كيدال، اليوم، مطالبين الحكومة المالية بعدم التوقيع على الاتفاق.");
        let protest = find(&seen, "وتظاهر");
        assert_eq!(protest.source, ["مئات من سكان كيدال"], "{seen:#?}");
    }

    #[test]
    fn a_force_with_two_adjectives_acts_past_a_time_aside() {
        let seen = events("تونس (وات) - أعلنت وزارة الداخلية أن الوحدات الأمنية والعسكرية قضت، صباح اليوم، على 36 عنصرا إرهابيا وأوقفت سبعة آخرين.");
        let killed = find(&seen, "قضت");
        assert_eq!(killed.source, ["الوحدات الأمنية والعسكرية"], "{seen:#?}");
        assert_eq!(killed.target, ["36 عنصرا"], "{seen:#?}");
        assert_eq!(
            find(&seen, "وأوقفت").source,
            ["الوحدات الأمنية والعسكرية"],
            "{seen:#?}"
        );
    }

    #[test]
    fn a_response_to_a_request_grants_it() {
        let seen = events("القاهرة - وأصدر الرئيس عبد الفتاح السيسي، أمس، قرارا بالعفو عن الباحث، استجابة لمناشدة من مجلس النواب.");
        let granted = find(&seen, "استجابة");
        assert_eq!(granted.kind, "AGREE");
        assert_eq!(granted.source, ["عبد الفتاح السيسي"], "{seen:#?}");
        assert_eq!(granted.target, ["مجلس النواب"], "{seen:#?}");
        // After «إن», the clause's own subject grants.
        let seen = events("وقال مصدر عسكري إن وحدات من القوات المسلحة السعودية دخلت البحرين استجابة لطلب مملكة البحرين.");
        let granted = find(&seen, "استجابة");
        assert_eq!(granted.source, ["القوات المسلحة السعودية"], "{seen:#?}");
        // A response to events is no agreement.
        let seen = events("وقال الوزير إن الحكومة أعدت خطة استجابة للأزمة.");
        assert!(seen.iter().all(|e| e.kind != "AGREE"), "{seen:#?}");
    }

    #[test]
    fn an_attack_noun_with_a_relative_clause_names_its_doer() {
        let seen = events("أنقرة/ الأناضول - وأعلن رئيس الوزراء التركي بن علي يلدريم التوصل إلى اتفاق مع إسرائيل بعد قطيعة إثر هجوم شنته البحرية الإسرائيلية على سفينة شحن عام 2010.");
        let attack = find(&seen, "هجوم");
        assert_eq!(attack.source, ["البحرية الإسرائيلية"], "{seen:#?}");
        assert_eq!(attack.target, ["سفينة شحن"], "{seen:#?}");
    }

    #[test]
    fn an_honorific_before_qad_is_the_subject() {
        let seen = events("نيويورك (وفا) - وصل السيد الرئيس محمود عباس إلى نيويورك. وكان سيادته قد التقى الأربعاء الماضي الرئيس الأمريكي باراك أوباما.");
        let met = find(&seen, "التقى");
        assert_eq!(met.source, ["محمود عباس"], "{seen:#?}");
        assert_eq!(met.target, ["باراك أوباما"], "{seen:#?}");
    }

    #[test]
    fn a_spokeswoman_with_her_body_speaks_for_herself() {
        let seen = events("بكين (رويترز) - ودعت المتحدثة باسم الخارجية الصينية هوا تشون ينغ الولايات المتحدة إلى وقف الاستفزازات.");
        let call = find(&seen, "ودعت");
        assert_eq!(call.source, ["هوا تشون ينغ"], "{seen:#?}");
        assert_eq!(call.target, ["الولايات المتحدة"], "{seen:#?}");
    }

    #[test]
    fn a_host_receives_a_delegation_or_its_head() {
        let seen = events("القاهرة - وكان الرئيس السيسي قد استقبل الخميس الماضي وفدا من مشايخ وأعيان القبائل الليبية.");
        let hosted = find(&seen, "استقبل");
        assert_eq!(
            hosted.target,
            ["وفدا من مشايخ وأعيان القبائل الليبية"],
            "{seen:#?}"
        );
        let seen = events("الجزائر - استقبل وزير الخارجية رمطان لعمامرة، اليوم، وفدا عن الحركات برئاسة الرئيس المالي إبراهيم بوبكر كيتا.");
        let hosted = find(&seen, "استقبل");
        assert_eq!(hosted.target, ["إبراهيم بوبكر كيتا"], "{seen:#?}");
    }

    #[test]
    fn exchanging_intelligence_is_cooperation() {
        let seen = events("أنقرة (الأناضول) - وأكدت وزارة الدفاع التركية أنها تبادلت المعلومات مع السلطات الأمريكية قبل العملية.");
        let shared = find(&seen, "تبادلت");
        assert_eq!(shared.kind, "COOPERATE");
        assert_eq!(shared.source, ["وزارة الدفاع التركية"], "{seen:#?}");
        assert_eq!(shared.target, ["السلطات الأمريكية"], "{seen:#?}");
        // Ambassadors exchanged and greetings are no cooperation.
        let seen = events("واتفق الرئيسان على تبادل السفراء، وتبادلا التهاني مع الوفد.");
        assert!(seen.iter().all(|e| e.kind != "COOPERATE"), "{seen:#?}");
    }

    #[test]
    fn support_is_for_what_follows_lam() {
        let seen = events("باريس (أ ف ب) - وأكد الوزير دعم فرنسا الكامل لأوكرانيا.");
        let backed = find(&seen, "دعم");
        assert_eq!(backed.source, ["فرنسا"], "{seen:#?}");
        assert_eq!(backed.target, ["لأوكرانيا"], "{seen:#?}");
        let seen = events(
            "القاهرة - وشدد الرئيس السيسي خلال الاجتماع على دعم مصر لخطة المبعوث الأممي غسان سلامة.",
        );
        assert_eq!(find(&seen, "دعم").target, ["غسان سلامة"], "{seen:#?}");
    }

    #[test]
    fn an_aside_keeps_its_own_actors() {
        let seen = events("بروكسل (أ ف ب) - ودعا الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ، خلال اتصال هاتفي مع الرئيس الأوكراني بيترو بوروشينكو، روسيا إلى الإفراج فورا عن البحارة.");
        assert_eq!(find(&seen, "ودعا").target, ["روسيا"], "{seen:#?}");
        assert_eq!(
            find(&seen, "اتصال").target,
            ["بيترو بوروشينكو"],
            "{seen:#?}"
        );
    }

    #[test]
    fn an_attack_cut_off_at_the_end_of_the_text_does_not_panic() {
        for text in [
            "وشن تنظيم داعش هجوما على",
            "وتبنى تنظيم داعش الهجوم",
            "وقتل 20 شخصا في هجوم على. وتبناه تنظيم داعش",
            "إثر هجوم شنته البحرية الإسرائيلية على",
            "وقصفت الطائرات الإسرائيلية",
            "وأكد الوزير دعم فرنسا ل",
            "استقبل الرئيس، اليوم، وفدا",
            "وتظاهر مئات من",
        ] {
            let _ = events(text);
        }
    }
}
