//! Facts: who said what ([`quotes`]) and who did what to whom ([`events`]).
//!
//! Both read a document through a [`DocView`]: its tokens with their search
//! forms, its sentences and paragraphs, and the entity mentions that
//! [`resolve`](crate::entities::resolve::resolve) found. Everything they
//! return points back into the view by token index.

pub mod events;
pub mod quotes;
#[cfg(test)]
pub(crate) mod testing;

use std::collections::HashSet;
use std::ops::Range;

use akhbar_text::hash::FnvMap;
use akhbar_text::normalize::Normalizer;
use akhbar_text::tokenize::TokenKind;

use crate::entities::kb::KnowledgeBase;
use crate::entities::ner::NerLabel;
use crate::entities::resolve::Resolution;

/// One token of the document.
#[derive(Clone, Copy, Debug)]
pub struct Word<'a> {
    /// Display text.
    pub text: &'a str,
    /// Search form.
    pub norm: &'a str,
    /// What it is.
    pub kind: TokenKind,
    /// Whitespace (or the start of a paragraph) comes before it.
    pub space_before: bool,
}

/// An entity mention, by document token index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MentionRef {
    /// Tokens of the mention.
    pub tokens: Range<usize>,
    /// Entity (index into the resolution's clusters).
    pub cluster: usize,
    /// Entity type.
    pub label: NerLabel,
    /// Bytes of proclitics before the name in its first token («بموسكو»:
    /// those of «ب»).
    pub proclitic: usize,
}

/// Who can act in an event: an entity mention, or a generic actor phrase
/// the tagger does not name («السلطات الدنماركية», «المحتجين», «المجتمع
/// الدولي»): a sector noun, with the country of a nisba after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActorRef {
    /// Tokens.
    pub tokens: Range<usize>,
    /// The entity, for a mention.
    pub cluster: Option<usize>,
    /// Entity type (a generic phrase counts as an organization).
    pub label: NerLabel,
    /// Country (ISO alpha-3) of a generic phrase.
    pub country: Option<String>,
    /// Sector of a generic phrase (`GOV`, `MIL`, `REB`, `CVL`…).
    pub sector: Option<&'static str>,
    /// A generic phrase that names one body («وزارة الخارجية», «الحكومة
    /// السودانية»), not a class of people («المحتجين», «دول»).
    pub named: bool,
    /// A bare definite noun («الوزارة», «القوات») standing for the fuller
    /// phrase named before with the same head («وزارة الخارجية», «قوات
    /// الأمن العراقية»), when that phrase is no entity.
    pub alias: Option<Range<usize>>,
}

/// Sector nouns of generic actors, with their sector.
const SECTOR_NOUNS: &[(&str, &str)] = &[
    ("نظيره|نظيرته|نظيرها|نظيريه|نظراءه|نظرائه|الوسطاء|وسطاء|القادة|قادة|الزعماء|زعماء|الأطراف|المملكة|السلطنة|الحكومة|حكومة|السلطات|سلطات|الرئاسة|رئاسة|الإدارة|النظام|الوفد|وفد|القائم|السفارة|الحكومات|الوزراء|وزراء|المسؤولين|المسؤولون|مسؤولين|مسؤولون|مسؤول|مسؤولا|مسؤولة", "GOV"),
    ("الجيش|جيش|القوات|قوات|قوى|الدفاعات|الطائرات|طائرات|المقاتلات|مقاتلات|البحرية|الجنود|جنود|الطيران|العدو|جنديين|جنديان", "MIL"),
    // Only with a nisba: «المدفعية الإسرائيلية», «الزوارق الإيرانية».
    ("المدفعية|الدبابات|المروحيات|القاذفات|البوارج|الزوارق", "MIL"),
    ("الشرطة|شرطة|الأمن|الأجهزة|أجهزة", "COP"),
    ("الفصائل|فصائل|المسلحين|مسلحين|المسلحون|مسلحون|مسلح|مسلحان|المتمردين|المتمردون|الميليشيات|ميليشيات|المليشيات|الجماعات|الجماعة|جماعة|جماعات|الخاطفين|الخاطفون|خاطفين|خاطفون", "REB"),
    ("المتظاهرين|متظاهرين|المتظاهرون|متظاهرون|المحتجين|محتجين|المحتجون|محتجون|المعتصمين|السكان|الأهالي|المواطنين|المدنيين|مدنيين|النازحين|اللاجئين|العمال|الطلاب|النقابات|النقابة|المعلمين|المعلمون|الموظفين|الموظفون|المزارعين|المزارعون|الأطباء|المحامين|المحامون|الصحفيين|الصحفيون|السائقين|السائقون|التجار|الناشطين|الناشطون|ناشطين|ناشطون|المودعين|المودعون|مستوطنين|مستوطنون", "CVL"),
    ("المعارضة|معارضة", "OPP"),
    // «التنظيم» after «تنظيم داعش»: only as that group (see
    // `link_bare_nouns`; alone it is also «the organising»).
    ("التنظيم", "REB"),
    // Civic bodies: «الرابطة الجزائرية للدفاع عن حقوق الإنسان», «تنسيقية
    // المعطلين». («الجمعية», «فعاليات» read as associations and as events
    // alike: left out.)
    ("الرابطة|رابطة|نقابة|التنسيقية|تنسيقية", "CVL"),
    // Only with a nisba: «الشبكة التونسية للحقوق والحريات», «الشبكة
    // السورية لحقوق الإنسان» («شبكة» is also any network).
    ("الشبكة", "CVL"),
    // Only with an adjective of powers: «القوى الكبرى», «القوى الوطنية
    // والإسلامية» (see `needs_adjective`; «القوي» is also "the strong").
    ("القوى", "GOV"),
    ("مصرف|بنك", "BUS"),
    ("ممثلي|ممثلو|الفرقاء|فرقاء|المديرية|مديرية|إدارة|الصندوق|صندوق", "GOV"),
    // Missions, offices, commands and services of a state or body:
    // «بعثة الجزائر لدى الاتحاد الأوروبي», «مكتب النائب العام».
    ("البعثة|بعثة|المكتب|مكتب|القيادة|قيادة|الاستخبارات|استخبارات|المخابرات|مخابرات|القنصلية|قنصلية", "GOV"),
    // Families of victims or detainees: «ذوو الضحايا», «أهالي المعتقلين».
    ("ذوو|ذوي|أهالي|عائلات", "CVL"),
    // Only with a nisba: «الجانب الأمريكي», «الشعب السوداني» (and «الأمن
    // العراقي», see `needs_adjective`).
    ("الجانب|الشعب", "GOV"),
    ("البرلمان|النواب|البرلمانيين", "LEG"),
    ("المحكمة|محكمة|القضاء|النيابة", "JUD"),
    ("المجتمع", "IGO"),
    ("الدول|دول", "GOV"),
    ("الاتحاد|وزارة|الوزارة|مجلس|المجلس|هيئة|الهيئة|لجنة|اللجنة|مفوضية|المفوضية|جامعة|منظمة|المنظمة|حركة|الحركة|حزب|الحزب|جبهة|الجبهة|تحالف|التحالف|ائتلاف|الخارجية", "GOV"),
];

/// The name after a counterpart's nisba at `from` («[الكوري] شين وون
/// سيك»): two or three words with no article, no proclitic preposition,
/// no stop word and no number, before `limit` (the next mention), ended
/// by punctuation, a word with the article, or a preposition.
fn unknown_name_after_nisba(words: &[Word<'_>], from: usize, limit: usize) -> Option<Range<usize>> {
    let nisba = words.get(from)?;
    if !(nisba.norm.starts_with("ال") && nisba_shaped(nisba.norm)) {
        return None;
    }
    let plain = |w: &Word<'_>| {
        w.kind == TokenKind::Word
            && !w.norm.starts_with("ال")
            && !w.norm.starts_with(['ب', 'ل', 'ف', 'ك'])
            // «وون» in «شين وون سيك»: no conjunction before a word of two.
            && (!w.norm.starts_with('و') || w.norm.chars().count() <= 3)
            && w.norm.chars().count() >= 2
            // (Not the stop-word list: it holds letter names, «شين».)
            && !matches!(
                w.norm,
                "هذا" | "هذه" | "ذلك" | "تلك" | "قد" | "لم" | "لن" | "ما" | "لا" | "كان" | "كانت"
                    | "ان" | "انه" | "انها" | "اي" | "كل" | "بعد" | "قبل" | "عند" | "حيث" | "ثم"
                    | "او" | "ام" | "بين" | "حول" | "نحو" | "منذ" | "حتي" | "غير" | "دون"
                    | "في" | "من" | "الي" | "علي" | "عن" | "مع" | "خلال" | "عبر" | "لدي" | "امام"
            )
            // «زيارته», «بلادها»: a noun with a pronoun, no name.
            && !["ته", "ها", "هم", "هما"].iter().any(|e| w.norm.ends_with(e))
            && !quotes::is_skippable(w.norm)
            && !quotes::is_complementizer(w.norm)
    };
    let start = from + 1;
    let limit = limit.min(words.len());
    let mut end = start;
    while end < limit && end < start + 3 && plain(&words[end]) {
        end += 1;
    }
    let ends = end >= words.len()
        || words[end].kind != TokenKind::Word
        || words[end].norm.starts_with("ال")
        || matches!(
            words[end].norm,
            "في" | "من" | "الي" | "علي" | "عن" | "مع" | "خلال"
        );
    (end >= start + 2 && ends).then_some(start..end)
}

/// Where «وزراء» + a portfolio + the states or body they are of ends, at
/// `t`: the mentions joined by و right after the portfolio («وزراء خارجية
/// الأردن والسعودية»), or its definite words («وزراء خارجية الدول
/// الأربع»), up to `MINISTERS_OF_WORDS` words.
fn ministers_of(words: &[Word<'_>], mentions: &[MentionRef], m: usize, t: usize) -> Option<usize> {
    // («وزراء» is read whole before its و is taken for a conjunction.)
    let ministers = |w: &str| matches!(w, "وزراء" | "وزيرا" | "وزيري");
    if !(ministers(words[t].norm) || ministers(strip_conjunction(words[t].norm))) {
        return None;
    }
    let portfolio = words.get(t + 1)?;
    let is_portfolio = |w: &str| {
        matches!(
            w,
            "خارجيه"
                | "دفاع"
                | "داخليه"
                | "ماليه"
                | "اقتصاد"
                | "طاقه"
                | "نفط"
                | "صحه"
                | "تجاره"
                | "عدل"
                | "اعلام"
        )
    };
    // «وزراء الخارجية والاقتصاد العرب», «وزراء الداخلية الأوروبيين»: the
    // portfolios, then the people's nisba, are one actor.
    if portfolio.norm.strip_prefix("ال").is_some_and(is_portfolio) {
        let mut end = t + 2;
        while words
            .get(end)
            .is_some_and(|w| w.norm.strip_prefix("وال").is_some_and(is_portfolio))
        {
            end += 1;
        }
        let peoples = words.get(end).is_some_and(|w| {
            w.norm.starts_with("ال")
                && (matches!(w.norm, "العرب" | "الافارقه")
                    || w.norm.ends_with("يين")
                    || w.norm.ends_with("يون"))
        });
        return peoples.then_some(end + 1);
    }
    if !is_portfolio(portfolio.norm) {
        return None;
    }
    // «وزراء خارجية دول الاتحاد الأوروبي»: the states of a body.
    let from = if words.get(t + 2).is_some_and(|w| w.norm == "دول") {
        t + 3
    } else {
        t + 2
    };
    let mut end = from;
    let mut next = m;
    while next < mentions.len() && mentions[next].tokens.start < from {
        next += 1;
    }
    while let Some(x) = mentions.get(next).filter(|x| {
        x.tokens.start == end
            && matches!(x.label, NerLabel::Location | NerLabel::Organization)
            && (end == from || words[end].norm.starts_with('و'))
    }) {
        end = x.tokens.end;
        next += 1;
    }
    if end == from {
        end = t + 2;
        // «الدول الأربع», «دول الاتحاد»: definite words or «دول» and its
        // genitives.
        while end < words.len()
            && end < t + 2 + MINISTERS_OF_WORDS
            && words[end].kind == TokenKind::Word
            && (words[end].norm.starts_with("ال") || end == t + 2 && words[end].norm == "دول")
            && mentions.get(next).is_none_or(|x| x.tokens.start > end)
        {
            end += 1;
        }
    }
    (end > t + 2).then_some(end)
}

/// Most definite words of the states a group of ministers is of.
const MINISTERS_OF_WORDS: usize = 3;

/// Sector nouns that head a name of several words: their genitives and
/// adjectives follow («وزارة الخارجية والمغتربين», «حكومة الوفاق الوطني»).
const CONSTRUCT_HEADS: &str = "وزارة الوزارة مجلس المجلس هيئة الهيئة لجنة اللجنة مفوضية المفوضية \
    جامعة منظمة المنظمة حركة الحركة حزب الحزب جبهة الجبهة تحالف التحالف ائتلاف حكومة الحكومة \
    قوات القوات جيش وزارات سلطات السلطات قادة القادة زعماء الزعماء ممثلي ممثلو المديرية مديرية إدارة الصندوق صندوق \
    بعثة البعثة مكتب المكتب قيادة القيادة استخبارات الاستخبارات مخابرات المخابرات قنصلية القنصلية \
    ذوو ذوي أهالي عائلات رابطة الرابطة نقابة النقابة تنسيقية التنسيقية القوى قوى رئاسة \
    الدول دول";

/// Nouns that govern a title: a sector noun after them is part of the
/// title («رئيس الوزراء»), not an actor.
const TITLE_NOUNS: &str = "رئيس رئيسة نائب وزير وزيرة أمين قائد المتحدث متحدث باسم مدير سفير عضو \
    مستشار مبعوث منسق ممثل القائم نواب مساعد مساعدي كبار المتحدثة متحدثة نائبة مديرة سفيرة \
    مستشارة مبعوثة منسقة ممثلة أمينة";

/// Sector nouns that need their adjective to be actors: «المجتمع الدولي».
/// Stands for the adjectives «القوى» needs (see `is_power_adjective`).
const POWERS: &str = "*powers*";

/// «القوى الكبرى», «القوى الدولية الست», «القوى الوطنية والإسلامية».
fn is_power_adjective(norm: &str) -> bool {
    matches!(
        norm,
        "الكبري"
            | "الدوليه"
            | "العالميه"
            | "العظمي"
            | "الغربيه"
            | "الست"
            | "الوطنيه"
            | "السياسيه"
            | "الاقليميه"
            | "الاسلاميه"
            | "الامنيه"
            | "المسلحه"
            | "المعارضه"
            | "الثوريه"
    )
}

fn needs_adjective(norm: &str) -> Option<&'static str> {
    match norm {
        "المجتمع" => Some("الدولي"),
        // «أجهزة الأمن», not «أجهزة الكمبيوتر».
        "اجهزه" => Some("الامن"),
        "القوي" => Some(POWERS),
        // «الأمن» alone is security, not a force: «المجلس الأعلى للأمن».
        // «العدو الإسرائيلي», not «العدو» alone.
        "الجانب" | "الشعب" | "الامن" | "الشبكه" | "العدو" => Some(""),
        "المدفعيه" | "الدبابات" | "المروحيات" | "القاذفات" | "البوارج" | "الزوارق" => {
            Some("")
        }
        // «قتل مسلح فلسطيني مستوطنَين», not the adjective of «هجوم مسلح».
        "مسلح" | "مسلحان" => Some(""),
        _ => None,
    }
}

struct ActorLexicon {
    sectors: FnvMap<String, &'static str>,
    nisbas: FnvMap<String, String>,
    /// Country names and aliases (search forms), for nisbas the knowledge
    /// base does not list («الكوري» from «كوريا الجنوبية»).
    country_names: Vec<String>,
    construct_heads: WordSet,
    title_nouns: WordSet,
}

fn actor_lexicon(kb: &KnowledgeBase) -> &'static ActorLexicon {
    static L: std::sync::OnceLock<ActorLexicon> = std::sync::OnceLock::new();
    L.get_or_init(|| {
        let n = Normalizer::default();
        let mut sectors = FnvMap::default();
        for (forms, sector) in SECTOR_NOUNS {
            for f in forms.split('|') {
                sectors.insert(n.normalize(f), *sector);
            }
        }
        let mut nisbas = FnvMap::default();
        for e in &kb.entries {
            for nisba in &e.nisba_ar {
                nisbas
                    .entry(n.normalize(nisba))
                    .or_insert_with(|| e.iso3.clone());
            }
        }
        let country_names = kb
            .entries
            .iter()
            .filter(|e| e.kind == crate::entities::kb::EntryKind::Country)
            .flat_map(|e| std::iter::once(&e.name_ar).chain(&e.aliases_ar))
            .map(|name| n.normalize(name))
            .collect();
        ActorLexicon {
            sectors,
            nisbas,
            country_names,
            construct_heads: word_set(CONSTRUCT_HEADS),
            title_nouns: word_set(TITLE_NOUNS),
        }
    })
}

/// The country (ISO alpha-3) whose nisba the search form `norm` is
/// («الأمريكي», «الإسرائيلية»).
pub(crate) fn nisba_country<'k>(kb: &'k KnowledgeBase, norm: &str) -> Option<&'k str> {
    let nisbas = &actor_lexicon(kb).nisbas;
    nisbas
        .get(norm)
        // «روسيين», «المصريون»: the sound plural of the nisba.
        .or_else(|| {
            ["يين", "يون"]
                .iter()
                .find_map(|e| norm.strip_suffix(e))
                .and_then(|stem| nisbas.get(&format!("{stem}ي")))
        })
        .map(String::as_str)
}

/// Is token `t` of `view`, as written, a noun that heads a generic actor
/// («بعثة», «لجنة»), so that its first letter is no preposition?
pub(super) fn is_actor_head(view: &DocView<'_>, t: usize) -> bool {
    actor_lexicon(view.kb).sectors.contains_key(view.norm(t))
}

/// `norm` without a conjunction and one preposition ب ل ك: «بوزير» →
/// «وزير», «لوزراء» → «وزراء».
fn without_preposition(norm: &str) -> &str {
    let w = strip_conjunction(norm);
    w.strip_prefix(['ب', 'ل', 'ك'])
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(w)
}

/// Is the word a title noun («وزير», «رئيس»), as written or after a
/// conjunction or a preposition («ووزير», «بوزير», «لرئيس»)?
fn is_title_word(lex: &ActorLexicon, norm: &str) -> bool {
    lex.title_nouns.contains(norm)
        || lex.title_nouns.contains(without_proclitics(norm).as_ref())
        || lex.title_nouns.contains(without_preposition(norm))
}

/// Is token `t` of `view` a title noun (see [`is_title_word`])?
pub(super) fn is_title_at(view: &DocView<'_>, t: usize) -> bool {
    is_title_word(actor_lexicon(view.kb), view.norm(t))
}

/// Is token `t` of `view` a title noun with the article («الرئيس»,
/// «الوزير»)?
pub(super) fn is_definite_title_at(view: &DocView<'_>, t: usize) -> bool {
    strip_conjunction(view.norm(t))
        .strip_prefix("ال")
        .is_some_and(|r| is_title_word(actor_lexicon(view.kb), r))
}

/// `norm` without proclitics و ف ب ل (and «لل» read as ل + ال).
fn without_proclitics(norm: &str) -> std::borrow::Cow<'_, str> {
    let mut w = norm;
    for p in ['و', 'ف'] {
        if let Some(r) = w.strip_prefix(p) {
            if r.chars().count() >= 3 {
                w = r;
            }
        }
    }
    if let Some(r) = w.strip_prefix("لل") {
        return std::borrow::Cow::Owned(format!("ال{r}"));
    }
    for p in ['ب', 'ل'] {
        if let Some(r) = w.strip_prefix(p) {
            if r.starts_with("ال") {
                w = r;
            }
        }
    }
    std::borrow::Cow::Borrowed(w)
}

/// Is «الجبهة» at `t` a battle front: after «إلى», «على», «في», «من» or
/// with ب/ل on it, and followed by no word that names a body (only by a
/// direction: «الجبهة الشمالية»)?
fn battle_front(words: &[Word<'_>], t: usize) -> bool {
    let w = &words[t];
    let glued = strip_conjunction(w.norm) != "الجبهه";
    let after_preposition = t > 0
        && matches!(
            strip_conjunction(words[t - 1].norm),
            "الي" | "علي" | "في" | "من" | "عند" | "عبر"
        );
    let named = words.get(t + 1).is_some_and(|n| {
        n.kind == TokenKind::Word
            && n.norm.starts_with("ال")
            && !matches!(
                n.norm,
                "الشماليه" | "الجنوبيه" | "الشرقيه" | "الغربيه" | "الداخليه"
            )
    });
    (glued || after_preposition) && !named
}

/// Entity mentions that can act, and generic actor phrases between them.
fn actor_refs(words: &[Word<'_>], mentions: &[MentionRef], kb: &KnowledgeBase) -> Vec<ActorRef> {
    let lex = actor_lexicon(kb);
    let mut out = Vec::new();
    let mut m = 0;
    let mut t = 0;
    while t < words.len() {
        while m < mentions.len() && mentions[m].tokens.end <= t {
            m += 1;
        }
        // «منظمة تطلق على نفسها اسم "الجهاد الإسلامي"»: the name the
        // group gives itself is the actor.
        if let Some(y) = self_named(words, &mentions[m.min(mentions.len())..], t) {
            out.push(ActorRef {
                tokens: y.tokens.clone(),
                cluster: Some(y.cluster),
                label: y.label,
                country: None,
                sector: None,
                named: true,
                alias: None,
            });
            t = y.tokens.end;
            continue;
        }
        if let Some(x) = mentions.get(m).filter(|x| x.tokens.start <= t) {
            // «وزير الخارجية السعودية فيصل بن فرحان»: a country whose name
            // is also its nisba, after a title and its genitive, is the
            // title's adjective.
            let title_nisba = nisba_of_place(lex, words, x).is_some()
                && t >= 2
                && words[t - 1].norm.starts_with("ال")
                && is_title_word(lex, words[t - 2].norm);
            // «نظيره الكوري شين وون سيك»: the name the tagger did not know
            // after the counterpart's nisba is the actor.
            let named_after = (x.tokens.len() <= 2
                && crate::entities::resolve::is_counterpart(strip_conjunction(
                    words[x.tokens.start].norm,
                )))
            .then(|| {
                let limit = mentions.get(m + 1).map_or(usize::MAX, |y| y.tokens.start);
                unknown_name_after_nisba(words, x.tokens.start + 1, limit)
            })
            .flatten();
            if let Some(name) = named_after {
                out.push(ActorRef {
                    tokens: name.clone(),
                    cluster: Some(x.cluster),
                    label: NerLabel::Person,
                    country: None,
                    sector: None,
                    named: true,
                    alias: None,
                });
                t = name.end;
                continue;
            }
            // «وحث يو ثانت، الأمين العام للأمم المتحدة، الجانبين …»: the
            // body of a title set off by a comma after a person is his
            // office, no actor of its own.
            let apposed = x.label == NerLabel::Organization
                && m > 0
                && title_apposed_to_person(lex, words, &mentions[m - 1], x.tokens.start);
            if x.label != NerLabel::Misc && !title_nisba && !apposed {
                out.push(ActorRef {
                    tokens: x.tokens.clone(),
                    cluster: Some(x.cluster),
                    label: x.label,
                    country: None,
                    sector: None,
                    named: true,
                    alias: None,
                });
            }
            t = x.tokens.end.max(t + 1);
            continue;
        }
        // «عشرات الآلاف من اللبنانيين», «عدد من أصحاب الشهادات العليا»:
        // a crowd counted, then the people it is made of.
        if let Some(crowd) = crowd_after_count(words, t, &mentions[m.min(mentions.len())..]) {
            let skip_to = crowd.end;
            out.push(ActorRef {
                tokens: crowd,
                cluster: None,
                label: NerLabel::Organization,
                country: None,
                sector: Some("CVL"),
                named: false,
                alias: None,
            });
            t = skip_to;
            continue;
        }
        // The word itself first: «وزارة» is not و + «زارة».
        let base = match lex.sectors.get(words[t].norm) {
            Some(_) => std::borrow::Cow::Borrowed(words[t].norm),
            None => without_proclitics(words[t].norm),
        };
        let Some(&sector) = lex.sectors.get(base.as_ref()) else {
            t += 1;
            continue;
        };
        // «لإرسال تعزيزات إلى الجبهة», «على الجبهة الشمالية»: a battle
        // front, no body (unlike «الجبهة الشعبية»).
        if base == "الجبهه" && battle_front(words, t) {
            t += 1;
            continue;
        }
        // «قوى» ("forces") and «قوي» ("strong") share a search form: only
        // the first, as written, is a body.
        if base == "قوي" && !words[t].text.ends_with('ى') {
            t += 1;
            continue;
        }
        // «وطالبت الخارجية …»: the foreign ministry, unless the word
        // describes the noun before it («السياسة الخارجية», «لوزراء
        // الخارجية»).
        if base == "الخارجيه"
            && t > 0
            && (strip_conjunction(words[t - 1].norm).starts_with("ال")
                // («وزراء» is read whole before its و is taken for a
                // conjunction.)
                || lex.sectors.contains_key(words[t - 1].norm)
                || lex
                    .sectors
                    .contains_key(without_preposition(words[t - 1].norm))
                || matches!(
                    without_preposition(words[t - 1].norm),
                    "شوون" | "سياسه" | "وزاره" | "وزارات"
                ))
        {
            t += 1;
            continue;
        }
        // «وزراء خارجية مجموعة السبع», «وزراء خارجية الأردن والسعودية
        // والعراق ومصر», «وزراء خارجية الدول الأربع»: ministers of a
        // portfolio of the states or body after it are one actor.
        if let Some(end) = ministers_of(words, mentions, m, t) {
            // «اجتماع رباعي يضم نواب وزراء خارجية روسيا وتركيا وسوريا
            // وإيران»: as the parties a meeting brings together, the
            // ministers of several states named one by one are those
            // states, each an actor (the meeting is multilateral).
            let states = mentions[m..]
                .iter()
                .take_while(|x| x.tokens.start < end)
                .filter(|x| x.tokens.start >= t + 2)
                .count();
            // («نواب وزراء …»: the deputies, one word further.)
            let parties = (t.saturating_sub(3)..t).any(|k| {
                matches!(
                    strip_conjunction(words[k].norm),
                    "يضم" | "تضم" | "ضم" | "ضمت" | "بمشاركه" | "بحضور" | "بين"
                )
            });
            if states >= 2 && parties {
                t += 2;
                continue;
            }
            out.push(ActorRef {
                tokens: t..end,
                cluster: None,
                label: NerLabel::Organization,
                country: None,
                sector: Some(sector),
                named: true,
                alias: None,
            });
            t = end;
            continue;
        }
        // Part of a title: «رئيس الوزراء», «نائب وزير الخارجية», with its
        // own genitives: «رئيس مجلس الوزراء», «رئيس مجلس النواب».
        // «وزير» is read whole before its و is taken for a conjunction;
        // «بوزير», «لوزراء» carry a preposition.
        if t > 0 && is_title_word(lex, words[t - 1].norm) {
            t += 1;
            if lex.construct_heads.contains(base.as_ref()) {
                while t < words.len()
                    && t < next_mention_start(mentions, m)
                    && lex.sectors.contains_key(words[t].norm)
                {
                    t += 1;
                }
            }
            continue;
        }
        let next_mention = next_mention_start(mentions, m);
        // «حركة "حماس"», «حزب «الوفد»»: the name in quote marks is the
        // actor; its head noun is no second one.
        if lex.construct_heads.contains(base.as_ref())
            && !base.starts_with("ال")
            && next_mention == t + 2
            && words
                .get(t + 1)
                .is_some_and(|w| w.text.chars().all(quotes::is_quote_char))
        {
            t += 1;
            continue;
        }
        // «وحركة إم 23», «حكومة الكونغو الديمقراطية», «مصرف لبنان»: a body
        // named by the name right after its head noun is one actor.
        // A definite head has no genitive: «وطالبت الوزارة مجلس الأمن» is
        // two actors.
        if let Some(x) = mentions
            .get(m)
            .filter(|x| x.tokens.start == t + 1 && !base.starts_with("ال"))
        {
            let body = match x.label {
                // «دول مجلس التعاون»: the member states of a body.
                // (Not «رئاسة الفيفا»: the office of a body's head, which
                // one runs for; «رئاسة الجمهورية» is a genitive, below.)
                NerLabel::Organization => {
                    lex.construct_heads.contains(base.as_ref()) && base != "رياسه" || base == "دول"
                }
                NerLabel::Location => {
                    matches!(
                        base.as_ref(),
                        "حكومه" | "مصرف" | "بنك" | "سفاره" | "برلمان" | "بعثه" | "قنصليه"
                    )
                }
                _ => false,
            };
            if body {
                out.push(ActorRef {
                    tokens: t..x.tokens.end,
                    cluster: (x.label == NerLabel::Organization).then_some(x.cluster),
                    label: NerLabel::Organization,
                    country: None,
                    sector: Some(sector),
                    named: true,
                    alias: None,
                });
                t = x.tokens.end;
                continue;
            }
        }
        // «ونظيره السوداني الفريق أول محمد عثمان الحسين»: the person named
        // after the counterpart's nisba and rank is the actor.
        if base.starts_with("نظير") {
            let person_next = mentions.get(m).is_some_and(|x| {
                x.label == NerLabel::Person
                    && x.tokens.start > t
                    && x.tokens.start <= t + 5
                    && words[t + 1..x.tokens.start]
                        .iter()
                        .all(|w| w.kind == TokenKind::Word && !w.text.starts_with('و'))
            });
            if person_next {
                t += 1;
                continue;
            }
            // «نظيره الكوري شين وون سيك»: after the nisba, two or three
            // words the tagger did not know, then a break: his name.
            // (The nisba itself may be a mention: «الكوري».)
            let limit = mentions[m.min(mentions.len())..]
                .iter()
                .find(|x| x.tokens.start > t + 1)
                .map_or(usize::MAX, |x| x.tokens.start);
            if let Some(name) = unknown_name_after_nisba(words, t + 1, limit) {
                out.push(ActorRef {
                    tokens: name.clone(),
                    cluster: None,
                    label: NerLabel::Person,
                    country: None,
                    sector: Some("GOV"),
                    named: true,
                    alias: None,
                });
                t = name.end;
                continue;
            }
        }
        // «مقاتلات الجيش الأردني»: the force that owns the aircraft acts
        // (and before a named owner, see the events' `owned_aircraft`).
        if is_aircraft_word(&base)
            && words.get(t + 1).is_some_and(|w| {
                w.norm.starts_with("ال") && lex.sectors.get(w.norm) == Some(&"MIL")
            })
        {
            t += 1;
            continue;
        }
        // «ممثلو الجيش السوداني»: the body they represent acts.
        if matches!(base.as_ref(), "ممثلي" | "ممثلو") && next_mention == t + 1 {
            t += 1;
            continue;
        }
        let mut end = t + 1;
        let mut country = None;
        if let Some(adj) = needs_adjective(&base) {
            // An empty adjective stands for any nisba.
            let fits = |w: &Word<'_>| {
                if adj.is_empty() {
                    lex.nisbas.contains_key(w.norm)
                } else if adj == POWERS {
                    is_power_adjective(w.norm)
                } else {
                    w.norm == adj
                }
            };
            if words.get(t + 1).is_none_or(|w| !fits(w)) {
                t += 1;
                continue;
            }
            if adj.is_empty() {
                country = lex.nisbas.get(words[t + 1].norm).cloned();
            }
            end = t + 2;
        }
        // «مسؤول إسرائيلي», «مسؤولا أمريكيا»: one official is an actor
        // only with the nisba of his country.
        if matches!(base.as_ref(), "مسوول" | "مسوولا" | "مسووله") {
            let nisba = words.get(t + 1).and_then(|w| {
                lex.nisbas
                    .get(w.norm)
                    .or_else(|| w.norm.strip_suffix('ا').and_then(|n| lex.nisbas.get(n)))
            });
            match nisba {
                Some(iso) if t + 1 < next_mention => {
                    out.push(ActorRef {
                        tokens: t..t + 2,
                        cluster: None,
                        label: NerLabel::Organization,
                        country: Some(iso.clone()),
                        sector: Some(sector),
                        named: false,
                        alias: None,
                    });
                    t += 2;
                }
                _ => t += 1,
            }
            continue;
        }
        let limit = words.len().min(next_mention);
        if lex.construct_heads.contains(base.as_ref()) {
            // Its genitives and adjectives: definite words after it. A
            // definite head has no genitive: «وطالبت الوزارة المجتمع
            // الدولي» is two actors.
            let definite = base.starts_with("ال");
            // «المديرية العامة لقوى الأمن الداخلي»: a body of a body, with ل.
            let mut of_body = false;
            let between = t > 0 && strip_conjunction(words[t - 1].norm) == "بين";
            // «الدول العربية والإسلامية»: the states' adjectives, not
            // bodies joined on («الدول والشركات»).
            let states = states_head(&base);
            let organ = matches!(
                base.strip_prefix("ال").unwrap_or(&base),
                "قياده" | "مديريه" | "امانه"
            );
            // «مجلس قيادة الثورة», «هيئة قيادة الأركان»: an indefinite body
            // noun in the chain, before a definite genitive.
            if !definite
                && end + 1 < limit
                && words[end].kind == TokenKind::Word
                && !words[end].norm.starts_with("ال")
                && lex.construct_heads.contains(words[end].norm)
                && has_article(&words[end + 1])
            {
                end += 1;
            }
            while end < limit
                && end < t + 6
                && words[end].kind == TokenKind::Word
                // («الدول الـ28»: no bare article; «إلغاء» has none.)
                && words[end].norm.chars().count() > 3
                && (has_article(&words[end])
                    || words[end].norm.starts_with("وال")
                        && (!states || words[end].norm.ends_with('ه'))
                    || words[end]
                        .norm
                        .strip_prefix('ل')
                        .is_some_and(|r| !r.starts_with('ل') && lex.sectors.contains_key(r))
                        && {
                            of_body = true;
                            true
                        }
                    // «قيادة القوات المشتركة للتحالف», «القيادة العامة
                    // للقوات المسلحة»: the command of a body, with لل (not
                    // «دعم الحكومة للجيش», the object of an act).
                    || organ
                        && words[end].norm.strip_prefix("لل").is_some_and(|r| {
                            lex.sectors.contains_key(format!("ال{r}").as_str())
                        })
                        && {
                            of_body = true;
                            true
                        })
                // («القوات البحرية»: the adjective of a force goes on; not
                // «الأهالي», «الخارجية», objects after a body.)
                && (!definite
                    || of_body
                    || !lex.sectors.contains_key(words[end].norm)
                    || matches!(words[end].norm, "البحريه" | "الجويه"))
                // «بين قوات النظام والفصائل المعارضة»: after «بين», a
                // second body joined on (elsewhere «قوات الأمن والشرطة»
                // act together as one subject).
                && !(between
                    && words[end]
                        .norm
                        .strip_prefix('و')
                        .is_some_and(|r| r.starts_with("ال") && lex.sectors.contains_key(r)))
                // «الحكومة والمعارضة», «قوى الأكثرية والمعارضة»: the
                // opposition joined on is the other side, not part of the
                // name.
                && !words[end].norm.strip_prefix('و').is_some_and(|r| {
                    lex.sectors
                        .get(r)
                        .is_some_and(|&other| other != sector && (other == "OPP" || sector == "OPP"))
                })
                // «إلى», «الذي» are no genitives; nor is a day («وحركة
                // العدل والمساواة اليوم»).
                && !matches!(
                    words[end].norm,
                    "الي" | "الذي" | "التي" | "الذين" | "الا" | "التوصل"
                    // «وافق القادة العرب المشاركون في مؤتمر القمة»: a
                    // participle after the body says what they do.
                    | "المشاركون" | "المشاركين" | "المجتمعون" | "المجتمعين"
                )
                && !crate::times::is_day_word(words[end].norm)
                // «رفض القادة العرب القاطع»: an adjective of the stance
                // noun before, not of the body.
                && !is_stance_adjective(words[end].norm)
                // «وأدانت وزارة الخارجية الاقتحام»: the act is no genitive.
                && !events::is_act_noun(words[end].norm)
                // «قاطع حزب الكرامة الجلسة الأولى»: a sitting after the
                // name is the object.
                && !(end > t + 1
                    && matches!(words[end].norm, "الجلسه" | "الجلسات" | "الاجتماع" | "القمه"))
                // «استدعت وزارة الخارجية الإسرائيلية السفير الروسي»: a
                // title starts the next noun phrase; but an indefinite
                // head's first genitive may be one: «مكتب الرئيس».
                && !(words[end]
                    .norm
                    .strip_prefix("ال")
                    .is_some_and(|r| lex.title_nouns.contains(r))
                    && (definite || end > t + 1))
                // «نفت هيئة الأركان العامة الأوكرانية الاتهامات»: after
                // the nisba that closes the phrase only adjectives of the
                // nisba's shape go on; a definite noun is the object.
                && (country.is_none() || nisba_shaped(words[end].norm))
            {
                if let Some(iso) = lex.nisbas.get(words[end].norm) {
                    country = Some(iso.clone());
                }
                end += 1;
            }
        }
        let head_end = end;
        // («وزراء خارجية الاتحاد», «مجلس محافظة بغداد», «وزراء مالية
        // منطقة اليورو»: a genitive before a definite word or a name, not
        // a nisba: «جماعة مسلحة عاملين ألمانيين».)
        let definite_or_name = |k: usize| {
            k < words.len()
                && (has_article(&words[k])
                    || k >= limit && nisba_country(kb, words[k].norm).is_none())
        };
        if country.is_none()
            && end == t + 1
            && end + 1 < limit
            && indefinite_adjective(lex, &base, &words[end])
            && !definite_or_name(end + 1)
            && (!definite_or_name(end + 2) || nisba_shaped(words[end + 1].norm))
        {
            end += 1;
        }
        if country.is_none() {
            // A nisba within two words: «القوات المسلحة السودانية».
            for (k, w) in words
                .iter()
                .enumerate()
                .take((end + 3).min(limit))
                .skip(end)
            {
                if w.kind != TokenKind::Word {
                    break;
                }
                // «مسلحون ثلاثة مهندسين صينيين»: a count opens the object.
                if w.kind == TokenKind::Number || events::is_number_word(w.norm) {
                    break;
                }
                if let Some(iso) = lex.nisbas.get(w.norm) {
                    // «جماعة مسلحة عاملي إغاثة ألمانيين»: a nisba past
                    // the head agrees with it, else it is another noun's.
                    // «مسلحون ملثمون سائحين فرنسيين»: after the head's
                    // adjective, only right after it.
                    // («مدنيين وجنود أفغان»: of both.)
                    let joined = words[k - 1].norm.starts_with('و');
                    if k > end && (end > head_end || !joined && !nisba_agrees(&base, w.norm)) {
                        break;
                    }
                    country = Some(iso.clone());
                    end = k + 1;
                    break;
                }
                // «وزارة الخارجية والمغتربين السفير الهولندي»: the nisba
                // after a title is the title's.
                let bare = without_proclitics(w.norm);
                if is_title_word(lex, bare.strip_prefix("ال").unwrap_or(&bare)) {
                    break;
                }
                // «رفض الدول المشاركة للممارسات الإيرانية», «القادة العرب
                // القاطع لقرار الإدارة الأمريكية»: not into a phrase of ل
                // or ب, which is the object.
                let prepositional = ["لل", "بال", "ل", "ب"].iter().any(|p| {
                    w.norm.strip_prefix(p).is_some_and(|r| {
                        let r = r.strip_prefix("ال").unwrap_or(r);
                        matches!(r, "قرار" | "ممارسات" | "سياسات" | "تدخلات" | "تدخل")
                    })
                }) || events::is_event_noun(w.norm);
                // «مسلحون قافلة للجيش المالي»: a nisba past a noun of no
                // article and a body with ل or ب after it is that body's,
                // not the head's («القوات التابعة للجيش السوداني» goes on).
                let of_another_body = k > t + 1
                    && !strip_conjunction(words[k - 1].norm).starts_with("ال")
                    && ["لل", "بال", "ل", "ب"].iter().any(|p| {
                        w.norm
                            .strip_prefix(p)
                            .is_some_and(|r| lex.sectors.contains_key(r))
                    });
                if prepositional || of_another_body {
                    break;
                }
                // «المنظمة ان السلطات الإسرائيلية»: not across a function
                // word or an act.
                if quotes::is_complementizer(w.norm)
                    || matches!(
                        w.norm,
                        "في" | "علي"
                            | "من"
                            | "الي"
                            | "عن"
                            | "مع"
                            | "ما"
                            | "لا"
                            | "لم"
                            | "قد"
                            | "و"
                            | "كان"
                            | "كانت"
                            | "كانوا"
                    )
                    || events::is_act_noun(w.norm)
                {
                    break;
                }
            }
        }
        // «وزارة الخارجية السعودية»: a country tagged as a place whose
        // name is also its nisba («السعودية») closes the phrase as an
        // adjective, not as a second actor.
        if country.is_none() && end == next_mention && end > t {
            if let Some(iso) = mentions.get(m).and_then(|x| nisba_of_place(lex, words, x)) {
                country = Some(iso.clone());
                end += 1;
            }
        }
        // Apposition or a title: «السفير الروسي أناتولي فيكتوروف»,
        // «الوزراء وزير الخارجية أيمن الصفدي» name the person.
        // (Not across a verb: «وكانت قوات الاحتلال قد اعتقلت السعدي».)
        let person_follows = country.is_none()
            && mentions.get(m).is_some_and(|x| {
                x.label == NerLabel::Person
                    && x.tokens.start >= end
                    && x.tokens.start <= end + 5
                    && (end..x.tokens.start).all(|k| {
                        words[k].kind == TokenKind::Word
                            && !matches!(words[k].norm, "قد" | "لم" | "لن")
                            && !events::is_event_verb(words[k].norm)
                    })
            });
        let construct = lex.construct_heads.contains(base.as_ref());
        // A noun right before a name is its title («القوات X»), unless
        // the name is joined to it («المملكة وقطر») or is a body acted on
        // («اتهم الجيش قوات …»).
        let apposition = next_mention == end
            && !construct
            // «وطالبت الخارجية إسرائيل»: the ministry titles no one.
            && base != "الخارجيه"
            && !words[end].text.starts_with('و')
            && mentions
                .get(m)
                .is_some_and(|x| x.label != NerLabel::Organization);
        // «وفود الدول الضامنة روسيا وتركيا وإيران»: states named right
        // after the states' phrase are the actors.
        let states_named = states_head(&base)
            && next_mention == end
            && !words[end].text.starts_with('و')
            && mentions
                .get(m)
                .is_some_and(|x| x.label == NerLabel::Location);
        if apposition || person_follows || states_named {
            t = end;
            continue;
        }
        // «ودعت جميع الدول إلى …», «باقي الدول الأوروبية»: the quantifier
        // before the group is the phrase's.
        let start = if t > 0
            && matches!(words[t - 1].norm, "جميع" | "كافه" | "باقي" | "بقيه")
            && base.starts_with("ال")
        {
            t - 1
        } else {
            t
        };
        out.push(ActorRef {
            tokens: start..end,
            cluster: None,
            label: NerLabel::Organization,
            // «الخارجية» alone names one body: the foreign ministry; «الدول
            // المانحة» names no one body.
            named: construct && head_end > t + 1 && !states_head(&base)
                || country.is_some()
                || base == "الخارجيه",
            country,
            sector: Some(sector),
            alias: None,
        });
        t = end;
    }
    out
}

/// Is the search form «الدول» or «دول» ("the states"), a group whose
/// adjectives tell which («الدول العربية», «الدول المانحة»)?
fn states_head(norm: &str) -> bool {
    matches!(norm, "الدول" | "دول")
}

/// Is `w` an adjective of the unnamed head `head` (search form) that has
/// no article: a participle or a nisba of no country, agreeing with it
/// («جماعة مسلحة», «مسلحون مجهولون», «طائرات حربية»)? Not a noun after it
/// («مسلحون قافلة», «جماعة مسلحة عاملي إغاثة»: the object).
fn indefinite_adjective(lex: &ActorLexicon, head: &str, w: &Word<'_>) -> bool {
    let adj = w.norm;
    if head.starts_with("ال")
        || w.kind != TokenKind::Word
        || has_article(w)
        || adj.starts_with('و')
        || adj.chars().count() < 4
        || !(adj.starts_with('م') || nisba_shaped(adj))
        || lex.nisbas.contains_key(adj)
        || lex.sectors.contains_key(adj)
        || events::is_act_noun(adj)
        || events::is_event_noun(adj)
    {
        return false;
    }
    if sound_plural(head) {
        sound_plural(adj)
    } else {
        adj.ends_with('ه') && !adj.ends_with("اه")
    }
}

/// Is the search form (no proclitics) a noun of military aircraft
/// («طائرات», «مقاتلات»), whose owner named after it is the actor?
pub(super) fn is_aircraft_word(norm: &str) -> bool {
    matches!(norm, "طايرات" | "مقاتلات" | "مروحيات")
}

/// Does the search form end as a sound masculine plural («مسلحون»,
/// «ليبيين»)?
fn sound_plural(norm: &str) -> bool {
    norm.ends_with("ون") || norm.ends_with("ين")
}

/// Does the word open with the article, as written («الجيش», not
/// «ألمانيين», whose search form «المانيين» reads alike)?
pub(crate) fn has_article(w: &Word<'_>) -> bool {
    w.norm.starts_with("ال") && !w.text.starts_with(['أ', 'إ', 'آ'])
}

/// Can the nisba `nisba` qualify the unnamed head `head` (search forms)?
/// A head of no article ending in ة or the sound masculine plural takes
/// a nisba of that ending: «جماعة … ليبية», «مسلحين … ليبيين».
fn nisba_agrees(head: &str, nisba: &str) -> bool {
    if head.starts_with("ال") {
        true
    } else if sound_plural(head) {
        sound_plural(nisba)
    } else if head.ends_with('ه') {
        nisba.ends_with('ه')
    } else {
        true
    }
}

/// Adjectives that qualify a stance or an act, never a body: «رفضه
/// القاطع», «دعمها الكامل», «إدانتها الشديدة» (search forms).
fn is_stance_adjective(norm: &str) -> bool {
    matches!(
        norm,
        "القاطع"
            | "القاطعه"
            | "الكامل"
            | "الكامله"
            | "التام"
            | "التامه"
            | "الشديد"
            | "الشديده"
            | "المطلق"
            | "المطلقه"
            | "الصارم"
            | "الصارمه"
            | "الثابت"
            | "الثابته"
            | "الراسخ"
            | "الراسخه"
    )
}

/// The country of a place mention whose one word is also that country's
/// definite nisba («السعودية»), which then reads as an adjective.
fn nisba_of_place<'l>(
    lex: &'l ActorLexicon,
    words: &[Word<'_>],
    x: &MentionRef,
) -> Option<&'l String> {
    let w = words.get(x.tokens.start)?;
    (x.label == NerLabel::Location && x.tokens.len() == 1 && w.norm.starts_with("ال"))
        .then(|| lex.nisbas.get(w.norm))
        .flatten()
}

/// Is the word a definite nisba of a country whose nisbas the knowledge
/// base does not list, its stem opening the country's name («الكوري» from
/// «كوريا الجنوبية»)? After a bare title it says the holder is someone
/// else than the holders named before («أعرب الوزير الكوري» after «وزير
/// الدفاع السعودي»). Not «الأمني», «الرئاسي»: no country's name.
pub(crate) fn unknown_nisba(kb: &KnowledgeBase, norm: &str) -> bool {
    let Some(stem) = norm.strip_prefix("ال").and_then(|w| {
        ["ي", "يه", "يين", "يون"]
            .iter()
            .find_map(|e| w.strip_suffix(e))
    }) else {
        return false;
    };
    stem.chars().count() >= 3
        && nisba_country(kb, norm).is_none()
        && actor_lexicon(kb)
            .country_names
            .iter()
            .any(|name| name.starts_with(stem))
}

/// Is the word shaped like a nisba adjective («الهاشمية», «الوطنيين»,
/// «الشعبي»), one that may go on agreeing with the noun before it?
pub(crate) fn nisba_shaped(norm: &str) -> bool {
    let w = strip_conjunction(norm);
    ["ي", "يه", "يين", "يون", "يان", "يتان", "يتين"]
        .iter()
        .any(|e| w.ends_with(e))
}

/// Words that count a crowd, in search form: «عشرات», «مئات الآلاف»,
/// «عدد من», «حشود من».
const COUNT_WORDS: &str = "عشرات العشرات مئات المئات الاف الالاف عدد حشود الاف مجموعه";

/// Words that end the noun phrase of a crowd: a relative pronoun, a
/// preposition of place or time, a time word («تظاهر مئات المودعين يوم
/// الأربعاء أمام …»).
const CROWD_ENDS: &str = "الذي التي الذين في امام قرب داخل خارج الي علي خلال منذ بعد قبل عند     حول وسط يوم اليوم امس غدا مساء صباح فجر ظهر ليل الليله الاحد الاثنين الثلاثاء الاربعاء     الخميس الجمعه السبت لليوم للمره";

fn crowd_sets() -> &'static (WordSet, WordSet) {
    static SETS: std::sync::OnceLock<(WordSet, WordSet)> = std::sync::OnceLock::new();
    SETS.get_or_init(|| (word_set(COUNT_WORDS), word_set(CROWD_ENDS)))
}

/// Does the word (search form) count a crowd: «عشرات», «آلاف», «عدد»?
pub(crate) fn is_count_word(norm: &str) -> bool {
    has_word(&crowd_sets().0, norm)
}

/// The people a crowd is made of, when token `t` opens a count of them
/// («[عشرات الآلاف من] اللبنانيين», «[عدد من] أصحاب الشهادات العليا
/// المعطلين عن العمل», «[مئات] المودعين»): the noun phrase after the
/// count words and an optional «من», up to a comma, a relative pronoun, a
/// place or time word, or a name (a place named after it is where the
/// crowd is). It must open with a definite plural-looking noun or a
/// construct noun before a definite one («عمال شركة …»).
fn crowd_after_count(
    words: &[Word<'_>],
    t: usize,
    mentions: &[MentionRef],
) -> Option<Range<usize>> {
    let ends = &crowd_sets().1;
    let is_count = |k: usize| words.get(k).is_some_and(|w| is_count_word(w.norm));
    if !is_count(t) {
        return None;
    }
    let mut k = t + 1;
    while is_count(k) {
        k += 1;
    }
    let counted_with_min = words.get(k).is_some_and(|w| w.norm == "من");
    if counted_with_min {
        k += 1;
    } else if strip_conjunction(words[t].norm) == "عدد" {
        // «عدد الضحايا»: a number, not a crowd.
        return None;
    }
    let start = k;
    let first = words.get(start)?;
    let definite = first.norm.starts_with("ال");
    let construct = !definite
        && words
            .get(start + 1)
            .is_some_and(|w| w.kind == TokenKind::Word && w.norm.starts_with("ال"));
    let mention_at = |k: usize| mentions.iter().find(|x| x.tokens.contains(&k));
    // «تظاهر الآلاف أمام السفارة»: a definite count alone, before where
    // a crowd gathers, is the crowd («قتل المئات في …» counts victims).
    if !counted_with_min
        && matches!(first.norm, "امام" | "قرب" | "حول")
        && strip_conjunction(words[t].norm).starts_with("ال")
    {
        return Some(t..start);
    }
    // «عدد من الاتفاقيات ومذكرات التفاهم», «عشرات الصواريخ»: things
    // counted, no crowd.
    let things = events::is_event_noun(first.norm)
        || events::is_weapon_word(first.norm)
        || matches!(
            first.norm,
            "الاتفاقيات"
                | "الاتفاقات"
                | "مذكرات"
                | "العقود"
                | "الوثائق"
                | "المشاريع"
                | "المشروعات"
                | "القرارات"
                | "الملفات"
                | "القضايا"
        );
    if first.kind != TokenKind::Word
        || !(definite || construct)
        || things
        || mention_at(start).is_some()
        || ends.contains(first.norm)
    {
        return None;
    }
    let mut end = start;
    while end < words.len() && end < start + 6 {
        if words[end].kind != TokenKind::Word || ends.contains(words[end].norm) {
            break;
        }
        // «آلاف المواطنين رفضا لقرار …»: an indefinite accusative after
        // the people says why they came, not who they are.
        // («ضحايا», «قضايا» are plurals.)
        let accusative = end > start
            && !words[end].norm.starts_with("ال")
            && words[end].norm.ends_with('ا')
            && !words[end].norm.ends_with("ايا")
            && words[end].norm.chars().count() >= 4;
        // «عدد من الدول العربية وعلى رأسها …»: not past a preposition.
        let preposition = matches!(
            strip_conjunction(words[end].norm),
            "في" | "علي" | "من" | "الي" | "عن" | "مع"
        );
        if accusative || preposition {
            break;
        }
        match mention_at(end) {
            // «عمال شركة الحديد والصلب»: the body they belong to.
            Some(x) if x.label == NerLabel::Organization => end = x.tokens.end,
            // «عمال الشركة بحلوان»: a place or a person after the people.
            Some(_) => break,
            None => end += 1,
        }
    }
    Some(start..end)
}

/// Is entity cluster `cluster` linked to a news outlet or agency (which
/// reports acts rather than doing them)?
pub(crate) fn is_media_cluster(
    resolution: &Resolution,
    kb: &KnowledgeBase,
    cluster: Option<usize>,
) -> bool {
    cluster
        .and_then(|c| resolution.clusters.get(c))
        .and_then(|c| c.entry)
        .and_then(|e| kb.entries.get(e))
        .is_some_and(|e| matches!(e.subkind.as_str(), "media" | "agency"))
}

/// The tokens of a dateline run into the first sentence («عمان 14 أيار
/// (بترا)- وقع …», «الدوحة في 22 نوفمبر /قنا/ أعلنت …», «دمشق-سانا:
/// وصل …»): a place first, then dates, agencies and separators, up to the
/// last separator that the story follows. 0 when the text opens otherwise.
fn inline_dateline(
    words: &[Word<'_>],
    sentences: &[Range<usize>],
    actors: &[ActorRef],
    resolution: &Resolution,
    kb: &KnowledgeBase,
) -> usize {
    let Some(first) = sentences.first() else {
        return 0;
    };
    let actor_at = |k: usize| actors.iter().find(|a| a.tokens.contains(&k));
    let is_media = |a: &ActorRef| is_media_cluster(resolution, kb, a.cluster);
    if !actor_at(first.start).is_some_and(|a| a.label == NerLabel::Location || is_media(a)) {
        return 0;
    }
    let separator = |k: usize| {
        words[k].kind != TokenKind::Word
            && words[k]
                .norm
                .chars()
                .all(|c| matches!(c, '-' | '–' | '—' | '/' | ':'))
    };
    let mut end = 0;
    let mut other_words = 0;
    let limit = first.end.min(first.start + 16);
    for (k, w) in words.iter().enumerate().take(limit).skip(first.start) {
        if separator(k) {
            end = k + 1;
            continue;
        }
        let filed = w.kind != TokenKind::Word
            || actor_at(k).is_some_and(|a| a.label == NerLabel::Location || is_media(a));
        if end > 0 && k == end && !filed {
            // The story starts after the separator.
            break;
        }
        if !filed {
            other_words += 1;
            if other_words > 3 {
                break;
            }
        }
    }
    end
}

/// Where mention `m` starts (`usize::MAX` past the last one).
/// Do the words before `start` read «<person>، <title> …» up to it: a
/// comma right after the person mention `person`, then a title noun
/// («الأمين العام», «رئيس», «المتحدث باسم») and its adjectives?
fn title_apposed_to_person(
    lex: &ActorLexicon,
    words: &[Word<'_>],
    person: &MentionRef,
    start: usize,
) -> bool {
    let comma = person.tokens.end;
    if person.label != NerLabel::Person
        || comma + 2 > start
        || start - comma > 4
        || !matches!(words[comma].norm, "،" | ",")
    {
        return false;
    }
    let title = words[comma + 1].norm;
    is_title_word(lex, title.strip_prefix("ال").unwrap_or(title))
        && words[comma + 2..start]
            .iter()
            .all(|w| w.kind == TokenKind::Word && (has_article(w) || w.norm == "باسم"))
}

/// The mention a group named at `t` («منظمة», «جماعة», or a tagger's
/// span that ran into the verb) gives itself as its name right after:
/// «منظمة تطلق على نفسها اسم "الجهاد الإسلامي"», «جماعة تسمي نفسها
/// "كتائب الأحرار"». `mentions` are those from the one at or after `t`.
fn self_named<'m>(
    words: &[Word<'_>],
    mentions: &'m [MentionRef],
    t: usize,
) -> Option<&'m MentionRef> {
    let verb = (t + 1..(t + 3).min(words.len())).find(|&k| {
        matches!(
            words[k].norm,
            "تطلق" | "يطلق" | "تسمي" | "يسمي" | "تطلقان" | "يطلقون" | "يسمون"
        )
    })?;
    let mut k = verb + 1;
    if words.get(k).is_some_and(|w| w.norm == "علي") {
        k += 1;
    }
    if !words
        .get(k)
        .is_some_and(|w| matches!(w.norm, "نفسها" | "نفسه" | "انفسهم" | "نفسيهما"))
    {
        return None;
    }
    k += 1;
    if words.get(k).is_some_and(|w| w.norm == "اسم") {
        k += 1;
    }
    while words
        .get(k)
        .is_some_and(|w| w.text.chars().all(quotes::is_quote_char))
    {
        k += 1;
    }
    mentions
        .iter()
        .find(|x| x.tokens.start == k && x.label == NerLabel::Organization)
}

fn next_mention_start(mentions: &[MentionRef], m: usize) -> usize {
    mentions.get(m).map_or(usize::MAX, |x| x.tokens.start)
}

/// The head noun of an actor phrase, without proclitics and article:
/// «وزارة الخارجية» → «وزارة», «القوات» → «قوات».
fn head_of(words: &[Word<'_>], a: &ActorRef, lex: &ActorLexicon) -> String {
    let norm = words[a.tokens.start].norm;
    // «وزارة» is not و + «زارة».
    let w = if lex.sectors.contains_key(norm) {
        std::borrow::Cow::Borrowed(norm)
    } else {
        without_proclitics(norm)
    };
    let w = w.strip_prefix("ال").unwrap_or(&w);
    // ة and ه are one letter in search forms; keep the word as it is.
    w.to_string()
}

/// Arab kingdoms, which their own and neighbouring press call «المملكة».
const KINGDOMS: &[&str] = &["SAU", "JOR", "MAR", "BHR"];

/// The state a bare «المملكة» or «السلطنة» may stand for: one of these
/// (`None`: no such head).
fn monarchies_of(head: &str) -> Option<&'static [&'static str]> {
    match head {
        "مملكه" => Some(KINGDOMS),
        // Oman's press calls it «السلطنة».
        "سلطنه" => Some(&["OMN"]),
        _ => None,
    }
}

/// Points each bare definite sector noun («الوزارة», «القوات», «الجيش»)
/// to the last fuller actor with the same head before it: its entity,
/// or its words; a bare «المملكة» with no fuller phrase before it to the
/// last kingdom named, else the first named after it, and a bare
/// «السلطنة» to Oman (`country_of` tells a cluster's country). One pass,
/// one map.
fn link_bare_nouns(
    words: &[Word<'_>],
    actors: &mut [ActorRef],
    lex: &ActorLexicon,
    country_of: impl Fn(usize) -> Option<String>,
) {
    let mut last: FnvMap<String, usize> = FnvMap::default();
    for i in 0..actors.len() {
        let a = &actors[i];
        let head = head_of(words, a, lex);
        let bare = a.cluster.is_none()
            && a.tokens.len() == 1
            && a.country.is_none()
            && without_proclitics(words[a.tokens.start].norm).starts_with("ال");
        // «المجلس الانتقالي» after «المجلس الوطني الانتقالي»: the head and
        // one definite word of the fuller name told before.
        let short_form = a.cluster.is_none()
            && a.tokens.len() == 2
            && without_proclitics(words[a.tokens.start].norm).starts_with("ال")
            && words[a.tokens.start + 1].norm.starts_with("ال")
            && last.get(&head).is_some_and(|&j| {
                let b = &actors[j];
                // (Not one of two joined: «السلطات الأميركية والسويسرية».)
                b.tokens.len() > 2
                    && b.tokens
                        .clone()
                        .skip(1)
                        .any(|k| words[k].norm == words[a.tokens.start + 1].norm)
                    && b.tokens
                        .clone()
                        .skip(1)
                        .all(|k| !words[k].norm.starts_with('و'))
            });
        if bare || short_form {
            if let Some(&j) = last.get(&head) {
                let (cluster, alias) = (
                    actors[j].cluster,
                    actors[j].alias.clone().or(Some(actors[j].tokens.clone())),
                );
                let country = actors[j].country.clone();
                let a = &mut actors[i];
                match cluster {
                    Some(c) => a.cluster = Some(c),
                    None => {
                        a.alias = alias;
                        a.country = country;
                    }
                }
                a.named = true;
            } else if let Some(states) = monarchies_of(&head) {
                // «أعلنت المملكة إرسال …» after «الأردن»: the kingdom.
                // Else the kingdom the article names later.
                let named = actors[..i]
                    .iter()
                    .rev()
                    .chain(actors[i + 1..].iter())
                    .find_map(|b| {
                        b.cluster.filter(|&c| {
                            country_of(c).is_some_and(|iso| states.contains(&iso.as_str()))
                        })
                    });
                if let Some(c) = named {
                    actors[i].cluster = Some(c);
                    actors[i].named = true;
                } else if let [only] = states {
                    // «إثر وساطة قامت بها السلطنة» with Oman named only
                    // by nisba: still Oman.
                    actors[i].country = Some(only.to_string());
                    actors[i].named = true;
                }
            }
        } else if a.tokens.len() > 1
            // «بمقر رئاسة الجمهورية»: a building named by its body, no
            // body acting that a later «الرئاسة» stands for.
            && !a.tokens.start.checked_sub(1).is_some_and(|k| {
                let w = strip_conjunction(words[k].norm);
                let w = w.strip_prefix(['ب', 'ل']).unwrap_or(w);
                matches!(w, "مقر" | "مبني" | "مقار")
            })
        {
            last.insert(head, i);
        }
    }
}

/// The role a bare title names (a part of a knowledge-base role id), and
/// how many words the title takes: «الرئيس», «رئيس الجمهورية» (or «الدولة»,
/// «البلاد»), «ولي
/// العهد», «الوزير», «الملك», «الأمير».
fn bare_title(words: &[Word<'_>], t: usize) -> Option<(&'static str, usize)> {
    let next = words.get(t + 1).map_or("", |w| w.norm);
    Some(match (strip_conjunction(words[t].norm), next) {
        ("رييس", "الجمهوريه" | "الدوله" | "البلاد") => ("president", 2),
        ("ولي", "العهد") => ("crown_prince", 2),
        // The Maghrebi «الوزير الأول» is the prime minister.
        ("الوزير", "الاول") => ("prime_minister", 2),
        ("الرييس", _) => ("president", 1),
        ("الوزير", _) => ("minister", 1),
        ("الملك", _) => ("king", 1),
        ("الامير", _) => ("prince", 1),
        _ => return None,
    })
}

/// A bare title with no name after it («وجدد رئيس الجمهورية …», «أن
/// يحل الوزير الموريتاني بطنجة») stands for the person named before who
/// holds that role, of the country of the nisba after it when there is
/// one. Such titles become actors of that person's entity.
fn link_bare_titles(
    words: &[Word<'_>],
    sentences: &[Range<usize>],
    mentions: &[MentionRef],
    actors: &mut Vec<ActorRef>,
    resolution: &Resolution,
    kb: &KnowledgeBase,
) {
    let lex = actor_lexicon(kb);
    let mut added = Vec::new();
    let mut m = 0;
    for s in sentences {
        for t in s.clone() {
            let Some((role, len)) = bare_title(words, t) else {
                continue;
            };
            while m < mentions.len() && mentions[m].tokens.end <= t {
                m += 1;
            }
            let mut end = t + len;
            let nisba = words
                .get(end)
                .filter(|_| end < s.end)
                .and_then(|w| lex.nisbas.get(w.norm));
            // «الوزير الكوري», a nisba the knowledge base does not know:
            // only the person introduced with that nisba («وزير الدفاع
            // الكوري شين وون سيك»), no other holder.
            let mut unknown = None;
            if nisba.is_some() {
                end += 1;
            } else if let Some(w) = words
                .get(end)
                .filter(|w| end < s.end && unknown_nisba(kb, w.norm))
            {
                unknown = Some(w.norm);
                end += 1;
            }
            // Inside a name, or a title before one («الرئيس عبد المجيد تبون»).
            let named_after = mentions.get(m).is_some_and(|x| {
                x.tokens.start < end || x.tokens.start <= end + 1 && x.label == NerLabel::Person
            });
            // In apposition to the name just before it: «الشيخ محمد بن زايد
            // رئيس الدولة».
            let named_before = m > 0
                && mentions[m - 1].tokens.end == t
                && mentions[m - 1].label == NerLabel::Person;
            let taken = actors
                .iter()
                .any(|a| a.tokens.start < end && t < a.tokens.end);
            if named_after || named_before || taken || end > s.end {
                continue;
            }
            let holds = |x: &MentionRef| {
                let Some(c) = resolution.clusters.get(x.cluster) else {
                    return false;
                };
                let role_ok = c
                    .role
                    .and_then(|r| kb.roles.get(r))
                    .map(|r| r.id.contains(role));
                let country_ok = nisba.map(|iso| c.country.as_deref() == Some(iso.as_str()));
                x.label == NerLabel::Person
                    && match (role_ok, country_ok) {
                        (Some(r), Some(k)) => r && k,
                        (Some(r), None) => r,
                        (None, Some(k)) => k,
                        (None, None) => false,
                    }
            };
            // The person introduced with the same title («رئيس الجمهورية
            // محمد ولد الشيخ الغزواني»), else the last one holding it.
            let same_title = |x: &&MentionRef| {
                (0..len).all(|i| {
                    strip_conjunction(words[x.tokens.start - len + i].norm)
                        == strip_conjunction(words[t + i].norm)
                })
            };
            let before = &mentions[..m];
            let who = match unknown {
                Some(adjective) => before.iter().rev().find(|x| {
                    x.label == NerLabel::Person
                        && (x.tokens.start.saturating_sub(3)..x.tokens.start)
                            .any(|k| strip_conjunction(words[k].norm) == adjective)
                }),
                None => before
                    .iter()
                    .find(|x| x.label == NerLabel::Person && x.tokens.start >= len && same_title(x))
                    .or_else(|| before.iter().rev().find(|x| holds(x))),
            };
            let Some(who) = who else {
                // Someone the text has not named: the title itself; not
                // a title a body completes («الرئيس التنفيذي لمجموعة …»),
                // whose holder is named after it.
                let completed = words.get(end).is_some_and(|w| {
                    w.norm.starts_with('ل') && !w.norm.starts_with("ال") || w.norm.starts_with("لل")
                });
                if unknown.is_some() && !completed {
                    added.push(ActorRef {
                        tokens: t..end,
                        cluster: None,
                        label: NerLabel::Person,
                        country: None,
                        sector: Some("GOV"),
                        named: true,
                        alias: None,
                    });
                }
                continue;
            };
            added.push(ActorRef {
                tokens: t..end,
                cluster: Some(who.cluster),
                label: NerLabel::Person,
                country: None,
                sector: None,
                named: true,
                alias: None,
            });
        }
    }
    if !added.is_empty() {
        actors.extend(added);
        actors.sort_by_key(|a| (a.tokens.start, a.tokens.end));
    }
}

/// A document as the fact extractors see it.
pub struct DocView<'a> {
    /// All tokens, in order.
    pub words: &'a [Word<'a>],
    /// Sentences as token ranges, in order, covering `words`.
    pub sentences: &'a [Range<usize>],
    /// The paragraph of each sentence.
    pub paragraph_of: &'a [usize],
    /// Entity mentions in text order, by document token index.
    pub mentions: Vec<MentionRef>,
    /// The entities the mentions belong to.
    pub resolution: &'a Resolution,
    /// The knowledge base the entities link to.
    pub kb: &'a KnowledgeBase,
    /// The sentence of each token.
    sentence_of: Vec<u32>,
    /// Mentions that can act, and generic actor phrases, in text order.
    pub actors: Vec<ActorRef>,
}

impl<'a> DocView<'a> {
    /// Forgets the actors among the first `end` tokens (a dateline: «عمان
    /// 14 أيار (بترا)-» names where the story was filed, not who acted).
    /// Entity mentions stay.
    pub fn drop_actors_before(&mut self, end: usize) {
        self.actors.retain(|a| a.tokens.start >= end);
    }

    /// A view of a document. Mentions in `resolution` are by sentence and
    /// token within it; the view turns them into document token indexes.
    pub fn new(
        words: &'a [Word<'a>],
        sentences: &'a [Range<usize>],
        paragraph_of: &'a [usize],
        resolution: &'a Resolution,
        kb: &'a KnowledgeBase,
    ) -> DocView<'a> {
        let mut mentions: Vec<MentionRef> = resolution
            .mentions
            .iter()
            .filter_map(|m| {
                let s = sentences.get(m.sentence)?;
                let tokens = s.start + m.tokens.start..s.start + m.tokens.end;
                (tokens.end <= s.end && !tokens.is_empty()).then_some(MentionRef {
                    tokens,
                    cluster: m.cluster,
                    label: m.label,
                    proclitic: m.proclitic,
                })
            })
            .collect();
        mentions.sort_by_key(|m| (m.tokens.start, m.tokens.end));
        let mut sentence_of = vec![0u32; words.len()];
        for (i, s) in sentences.iter().enumerate() {
            for t in s.clone() {
                if let Some(slot) = sentence_of.get_mut(t) {
                    *slot = i as u32;
                }
            }
        }
        let mut actors = actor_refs(words, &mentions, kb);
        let country_of = |c: usize| {
            resolution
                .clusters
                .get(c)
                .and_then(|c| c.entry)
                .and_then(|e| kb.entries.get(e))
                .filter(|e| e.kind == crate::entities::kb::EntryKind::Country)
                .map(|e| e.iso3.clone())
        };
        link_bare_nouns(words, &mut actors, actor_lexicon(kb), country_of);
        actors.retain(|a| {
            !(a.cluster.is_none()
                && a.alias.is_none()
                && without_proclitics(words[a.tokens.start].norm) == "التنظيم")
        });
        link_bare_titles(words, sentences, &mentions, &mut actors, resolution, kb);
        let dateline = inline_dateline(words, sentences, &actors, resolution, kb);
        actors.retain(|a| a.tokens.start >= dateline);
        DocView {
            actors,
            words,
            sentences,
            paragraph_of,
            mentions,
            resolution,
            kb,
            sentence_of,
        }
    }

    /// The sentence token `t` is in.
    pub fn sentence_of(&self, t: usize) -> usize {
        self.sentence_of.get(t).map_or(0, |&s| s as usize)
    }

    /// Mentions that lie wholly inside `range`, in text order.
    pub fn mentions_in(&self, range: Range<usize>) -> impl Iterator<Item = &MentionRef> + '_ {
        let first = self
            .mentions
            .partition_point(|m| m.tokens.start < range.start);
        self.mentions[first..]
            .iter()
            .take_while(move |m| m.tokens.start < range.end)
            .filter(move |m| m.tokens.end <= range.end)
    }

    /// Actors that lie wholly inside `range`, in text order.
    pub fn actors_in(&self, range: Range<usize>) -> impl Iterator<Item = &ActorRef> + '_ {
        let first = self
            .actors
            .partition_point(|m| m.tokens.start < range.start);
        self.actors[first..]
            .iter()
            .take_while(move |m| m.tokens.start < range.end)
            .filter(move |m| m.tokens.end <= range.end)
    }

    /// The person named right before `a` when `a` is a title in apposition
    /// to them, one entity («محمود عباس [رئيس دولة فلسطين]»), else `a`;
    /// not before token `from`.
    pub(crate) fn named_before_title<'v>(&'v self, a: &'v ActorRef, from: usize) -> &'v ActorRef {
        // A name takes at most this many words.
        const NAME_WORDS: usize = 12;
        let mut a = a;
        while let Some(p) = self
            .actors_in(from.max(a.tokens.start.saturating_sub(NAME_WORDS))..a.tokens.start)
            .last()
            .filter(|p| {
                p.tokens.end == a.tokens.start
                    && p.label == NerLabel::Person
                    && p.cluster.is_some()
                    && p.cluster == a.cluster
            })
        {
            a = p;
        }
        a
    }

    /// The actor that starts at token `t`, if any.
    pub fn actor_starting_at(&self, t: usize) -> Option<&ActorRef> {
        self.actors_in(t..self.words.len())
            .next()
            .filter(|m| m.tokens.start == t)
    }

    /// The mention that starts at token `t`, if any.
    pub fn mention_starting_at(&self, t: usize) -> Option<&MentionRef> {
        self.mentions_in(t..self.words.len())
            .next()
            .filter(|m| m.tokens.start == t)
    }

    /// Search form of token `t` (empty past the end).
    pub fn norm(&self, t: usize) -> &str {
        self.words.get(t).map_or("", |w| w.norm)
    }

    /// Is token `t` punctuation?
    pub fn is_punct(&self, t: usize) -> bool {
        self.words
            .get(t)
            .is_some_and(|w| w.kind == TokenKind::Punct)
    }
}

/// Word lists written in display form, looked up by search form, with the
/// proclitics و and ف allowed in front.
pub(crate) struct Lexicon<V> {
    map: FnvMap<String, V>,
}

impl<V: Copy> Lexicon<V> {
    pub(crate) fn new(entries: impl IntoIterator<Item = (String, V)>) -> Lexicon<V> {
        let n = Normalizer::default();
        let mut map = FnvMap::default();
        for (form, v) in entries {
            map.entry(n.normalize(&form)).or_insert(v);
        }
        Lexicon { map }
    }

    /// The entry of `norm` itself.
    pub(crate) fn exact(&self, norm: &str) -> Option<V> {
        self.map.get(norm).copied()
    }

    /// The entry of `norm`, or of `norm` without a leading و or ف.
    pub(crate) fn get(&self, norm: &str) -> Option<V> {
        if let Some(v) = self.map.get(norm) {
            return Some(*v);
        }
        let rest = strip_conjunction(norm);
        (rest.len() < norm.len())
            .then(|| self.map.get(rest).copied())
            .flatten()
    }
}

/// `norm` without a leading و or ف (when at least two letters are left).
pub(crate) fn strip_conjunction(norm: &str) -> &str {
    norm.strip_prefix('و')
        .or_else(|| norm.strip_prefix('ف'))
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(norm)
}

/// The proclitics that open `word` (و ف ب ل ك and their combinations), as
/// the segmenter reads it.
fn leading_proclitics(word: &str) -> Vec<&str> {
    static SEGMENTER: std::sync::OnceLock<akhbar_text::segment::CliticSegmenter> =
        std::sync::OnceLock::new();
    let segmenter = SEGMENTER.get_or_init(akhbar_text::segment::CliticSegmenter::default);
    let seg = segmenter.segment(word);
    let ranges: Vec<Range<usize>> = seg
        .segments(word)
        .take_while(|s| s.role == akhbar_text::segment::SegmentRole::Proclitic)
        .map(|s| s.range)
        .collect();
    ranges.into_iter().map(|r| &word[r]).collect()
}

/// Bytes of the conjunction و or ف that opens `word`, as the segmenter
/// reads it («واتفق» → 2; «وزارة» → 0).
pub fn conjunction_bytes(word: &str) -> usize {
    match leading_proclitics(word).first() {
        Some(&p @ ("و" | "ف")) => p.len(),
        _ => 0,
    }
}

/// Bytes of the proclitics that open `word` where the segmenter reads
/// them and leaving them out is safe: the conjunction و before three
/// letters or more, and ب, ل or ك before the article («والجبهة» → 2,
/// «بالجيش» → 2, «وبالقاهرة» → 4). Not ف, nor a preposition before a bare
/// word, which as often starts a name («فاليري», «باسلمة»); not «لل»,
/// which is ل + ال spelt with one lam.
pub fn proclitic_bytes(word: &str) -> usize {
    let proclitics = leading_proclitics(word);
    let mut end = 0;
    let mut rest = proclitics.as_slice();
    if let Some((&"و", more)) = rest.split_first() {
        if word["و".len()..].chars().count() >= 3 {
            end += "و".len();
            rest = more;
        }
    }
    if let Some((&p, _)) = rest.split_first() {
        if matches!(p, "ب" | "ل" | "ك") && word[end + p.len()..].starts_with("ال") {
            end += p.len();
        }
    }
    end
}

/// Past and present forms of verbs, generated from their stems: past stem
/// with the endings of he/she/they/the two, present stem with the prefixes
/// ي ت ن and plural endings, and future س.
pub(crate) fn verb_forms(past: &str, present: &str) -> Vec<String> {
    let mut out = Vec::new();
    let base = past.strip_suffix('ى').or_else(|| past.strip_suffix('ا'));
    match base {
        // Defective verbs: التقى → التقت التقوا; دعا → دعت دعوا.
        Some(b) => {
            out.push(past.to_string());
            for end in ["ت", "وا", "يا", "تا"] {
                out.push(format!("{b}{end}"));
            }
        }
        None => {
            for end in ["", "ت", "وا", "ا", "تا"] {
                out.push(format!("{past}{end}"));
            }
        }
    }
    if !present.is_empty() {
        let pbase = present
            .strip_suffix('ي')
            .or_else(|| present.strip_suffix('ى'))
            .or_else(|| present.strip_suffix('و'));
        for prefix in ["ي", "ت", "ن", "سي", "ست", "سن"] {
            out.push(format!("{prefix}{present}"));
            // After لم, لن, أن the dual and plural drop their ن: «لم
            // يلتقيا», «لن يزورا», «أن يتفقوا».
            match pbase {
                Some(b) => {
                    out.push(format!("{prefix}{b}"));
                    out.push(format!("{prefix}{b}ون"));
                    out.push(format!("{prefix}{b}ان"));
                    out.push(format!("{prefix}{b}وا"));
                    if present.ends_with('ي') {
                        out.push(format!("{prefix}{present}ان"));
                        out.push(format!("{prefix}{present}ا"));
                    }
                }
                None => {
                    out.push(format!("{prefix}{present}ون"));
                    out.push(format!("{prefix}{present}ان"));
                    out.push(format!("{prefix}{present}ا"));
                    out.push(format!("{prefix}{present}وا"));
                }
            }
        }
    }
    out
}

/// `"x|y|z"` → forms.
pub(crate) fn alternatives(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split('|').filter(|x| !x.is_empty()).map(str::to_string)
}

/// Sector of an actor in the manner of CAMEO/PLOVER: `GOV`, `MIL`, …
pub fn sector_of(
    resolution: &Resolution,
    kb: &KnowledgeBase,
    cluster: usize,
) -> Option<&'static str> {
    let c = resolution.clusters.get(cluster)?;
    if let Some(r) = c.role {
        let id = kb.roles.get(r)?.id.as_str();
        let id = id.strip_prefix("ak:role:").unwrap_or(id);
        return Some(match id {
            "army_commander" | "commander" | "chief_of_staff" | "military_spokesperson" => "MIL",
            "judge" | "prosecutor" | "attorney_general" => "JUD",
            "party_leader" | "opposition_leader" => "OPP",
            "member_of_parliament" | "senator" | "speaker" => "LEG",
            "grand_imam" | "grand_mufti" | "patriarch" | "pope" => "REL",
            "secretary_general"
            | "deputy_secretary_general"
            | "high_representative"
            | "high_commissioner"
            | "special_rapporteur"
            | "commission_president" => "IGO",
            "chief_executive" | "chairman" => "BUS",
            _ => "GOV",
        });
    }
    let entry = kb.entries.get(c.entry?)?;
    let sector = match entry.subkind.as_str() {
        "government" => "GOV",
        "military" => "MIL",
        "armed_group" => "REB",
        "intl" => "IGO",
        "party" => "PTY",
        "media" | "agency" => "MED",
        "company" => "BUS",
        "ngo" => "NGO",
        "union" => "LAB",
        "university" | "research" => "EDU",
        "religious" => "REL",
        _ => return None,
    };
    Some(sector)
}

/// A set of search-form words, looked up for every token: FNV hashing.
pub(crate) type WordSet =
    HashSet<String, std::hash::BuildHasherDefault<akhbar_text::hash::FnvHasher>>;

/// Does `is` hold for `norm` as it is or after a conjunction و/ف? A word
/// that starts with و is tried whole first («وصل», «وقف», «وزير»), since
/// [`strip_conjunction`] would cut its first letter.
pub(crate) fn whole_or_bare(norm: &str, is: impl Fn(&str) -> bool) -> bool {
    is(norm) || is(strip_conjunction(norm))
}

/// Is `norm` in `set`, as it is or after a conjunction (see
/// [`whole_or_bare`])?
pub(crate) fn has_word(set: &WordSet, norm: &str) -> bool {
    whole_or_bare(norm, |w| set.contains(w))
}

/// Search forms of a small closed word class, written in display form and
/// separated by spaces.
pub(crate) fn word_set(words: &str) -> WordSet {
    let n = Normalizer::default();
    words.split_whitespace().map(|w| n.normalize(w)).collect()
}

#[cfg(test)]
mod tests {
    use super::testing::{join_words, TestDoc};

    /// The actor phrases of a text, as written.
    fn actors(text: &str) -> Vec<String> {
        let d = TestDoc::new(text);
        let words = d.words();
        let view = d.view(&words);
        view.actors_in(0..words.len())
            .map(|a| join_words(&words, &a.tokens))
            .collect()
    }

    #[test]
    fn a_country_named_by_its_nisba_closes_a_body_or_a_title() {
        let a = actors("وأدانت وزارة الخارجية السعودية بأشد العبارات الهجوم.");
        assert_eq!(a, ["وزارة الخارجية السعودية"], "{a:?}");
        let a = actors("واستقبل وزير الخارجية السعودية فيصل بن فرحان نظيره الإيراني.");
        assert_eq!(
            a.first().map(String::as_str),
            Some("فيصل بن فرحان"),
            "{a:?}"
        );
    }

    #[test]
    fn a_body_noun_inside_a_chain_goes_on_to_its_genitive() {
        let a = actors("وطالب مجلس قيادة الثورة بانسحاب القوات البريطانية.");
        assert_eq!(a, ["مجلس قيادة الثورة", "القوات البريطانية"], "{a:?}");
        // The command of a body, with لل; not the object of an act.
        let a = actors("واتهمت قيادة القوات المشتركة للتحالف جماعة الحوثي بخرق الهدنة.");
        assert_eq!(
            a.first().map(String::as_str),
            Some("قيادة القوات المشتركة للتحالف"),
            "{a:?}"
        );
        let a = actors("وأكد البيان دعم الحكومة للجيش في مواجهة الإرهاب.");
        assert!(a.iter().all(|x| x != "الحكومة للجيش"), "{a:?}");
    }

    #[test]
    fn the_states_and_crowds_end_where_their_words_end() {
        let a = actors("واجتمع وزراء خارجية الدول الـ28 الأعضاء في بروكسل.");
        assert!(a.iter().all(|x| !x.ends_with("ال")), "{a:?}");
        let a = actors("وأكدت الدول العربية والإسلامية رفضها للقرار.");
        assert_eq!(a, ["الدول العربية والإسلامية"], "{a:?}");
        let a = actors("وتظاهر آلاف المواطنين رفضا لقرار الحكومة.");
        assert_eq!(a.first().map(String::as_str), Some("المواطنين"), "{a:?}");
        let a =
            actors("وتمكنت مصر بمساعدة عدد من الدول العربية وعلى رأسها السعودية من فرض إرادتها.");
        assert!(a.iter().all(|x| !x.contains("وعلى")), "{a:?}");
    }

    #[test]
    fn the_opposition_joined_on_is_a_side_of_its_own() {
        let a = actors("واتفقت قوى الموالاة والمعارضة على موعد الانتخابات.");
        assert_eq!(a, ["قوى الموالاة", "والمعارضة"], "{a:?}");
        let a = actors("وجلست الحكومة والمعارضة إلى طاولة واحدة.");
        assert_eq!(a, ["الحكومة", "والمعارضة"], "{a:?}");
        let a = actors("واشتبكت القوى الإسلامية مع القوى الأمنية في المخيم.");
        assert_eq!(a, ["القوى الإسلامية", "القوى الأمنية"], "{a:?}");
        // «قوي» ("strong") is no body.
        let a = actors("وكان له حضور قوي الأثر في القمة.");
        assert!(a.is_empty(), "{a:?}");
    }

    #[test]
    fn a_counterpart_named_after_his_nisba_is_the_name() {
        let a = actors("التقى وزير الدفاع، اليوم، نظيره الكوري شين وون سيك.");
        assert!(a.iter().any(|x| x == "شين وون سيك"), "{a:?}");
    }

    #[test]
    fn missions_offices_and_families_are_actors() {
        let a = actors("ونفت بعثة الجزائر لدى الأمم المتحدة الاتهامات. ونظم ذوو الضحايا وقفة.");
        assert!(a.iter().any(|x| x == "بعثة الجزائر"), "{a:?}");
        assert!(a.iter().any(|x| x == "ذوو الضحايا"), "{a:?}");
    }

    #[test]
    fn the_ministers_of_states_a_meeting_brings_together_are_the_states() {
        let found = actors("ويعقد غدا اجتماع يضم وزراء خارجية الأردن والسعودية والعراق ومصر");
        assert_eq!(
            found,
            ["الأردن", "والسعودية", "والعراق", "ومصر"],
            "{found:?}"
        );
        // As a subject, they are one actor.
        let found = actors("ورحب وزراء خارجية الأردن والسعودية والعراق ومصر بالاتفاق");
        assert_eq!(
            found,
            ["وزراء خارجية الأردن والسعودية والعراق ومصر"],
            "{found:?}"
        );
        // Deputies too.
        let found = actors("ورحب نواب وزراء خارجية الأردن والسعودية بالاتفاق");
        assert!(
            found.iter().any(|a| a == "وزراء خارجية الأردن والسعودية"),
            "{found:?}"
        );
    }

    #[test]
    fn ministers_of_a_portfolio_and_their_states_are_one_actor() {
        for (text, actor) in [
            (
                "ودعا وزراء خارجية مجموعة السبع الصين إلى ضبط النفس",
                "وزراء خارجية مجموعة السبع",
            ),
            (
                "واستقبل الملك وزراء خارجية الدول الأربع",
                "وزراء خارجية الدول الأربع",
            ),
            (
                "واجتمع وزراء خارجية دول الاتحاد الأوروبي في بروكسل",
                "وزراء خارجية دول الاتحاد الأوروبي",
            ),
        ] {
            let found = actors(text);
            assert!(found.iter().any(|a| a == actor), "{text}: {found:?}");
        }
    }
}
