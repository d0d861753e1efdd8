//! In-document resolution: mentions from the tagger, the gazetteer and role
//! phrases, grouped into entities and linked to the knowledge base.
//!
//! - A tagged span or a knowledge-base name is a mention; where the tagger
//!   and the gazetteer agree on a span, the knowledge base links it.
//! - A role phrase right before a person («الرئيس الروسي فلاديمير بوتين»)
//!   gives that person a role and a country.
//! - A role phrase standing alone («الرئيس السوري») names whoever held the
//!   role on the publication date; «نظيره السوري» takes the role of the last
//!   person mentioned with one.
//! - Mentions of the same knowledge-base entry form one cluster; an unlinked
//!   person's surname alone joins the cluster of the full name.
use std::collections::{HashMap, HashSet};
use std::ops::Range;

use akhbar_text::calendar::Date;
use akhbar_text::normalize::Normalizer;

use super::gazetteer::{GazetteerMatch, NameKind};
use super::kb::{EntryKind, KnowledgeBase};
use super::ner::{NerLabel, Tag};
use super::short_names::{short_form, ShortNames};

/// Where a mention came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionSource {
    /// The statistical tagger (possibly confirmed by the gazetteer).
    Tagger,
    /// A knowledge-base name the tagger missed.
    Gazetteer,
    /// A role phrase that names an office holder («الرئيس السوري»).
    Role,
    /// A name after a title that the tagger missed, found by its given
    /// name («رئيس مجلس إدارة المؤسسة مصطفى صنع الله»).
    Title,
    /// A name the tagger missed here that the document names elsewhere: a
    /// surname standing alone («الطبوبي» after «نور الدين الطبوبي»), or
    /// given names before a surname found later.
    Document,
}

/// One mention of an entity.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// Sentence index.
    pub sentence: usize,
    /// Token range in the sentence.
    pub tokens: Range<usize>,
    /// Bytes of proclitics to skip at the start of the first token.
    pub proclitic: usize,
    /// Entity type.
    pub label: NerLabel,
    /// Index into the clusters.
    pub cluster: usize,
    /// Where it came from.
    pub source: MentionSource,
}

/// One entity of the document: its mentions share it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cluster {
    /// Entity type.
    pub label: Option<NerLabel>,
    /// Knowledge-base entry, when linked.
    pub entry: Option<usize>,
    /// Role (index into the knowledge base's roles), when known.
    pub role: Option<usize>,
    /// Country (ISO alpha-3), when known.
    pub country: Option<String>,
    /// Search-form text of the longest mention (the name of unlinked
    /// entities).
    pub name: String,
}

impl Cluster {
    /// Canonical Arabic name: the knowledge base's when linked, else the
    /// search form of the longest mention.
    pub fn canonical_name<'a>(&'a self, kb: &'a KnowledgeBase) -> &'a str {
        match self.entry.and_then(|e| kb.entries.get(e)) {
            Some(e) => &e.name_ar,
            None => &self.name,
        }
    }
}

/// Mentions and clusters of a document.
#[derive(Clone, Debug, Default)]
pub struct Resolution {
    /// Mentions, in text order.
    pub mentions: Vec<Mention>,
    /// Entities.
    pub clusters: Vec<Cluster>,
}

/// One sentence as resolution sees it.
pub struct SentenceView<'a> {
    /// Token texts.
    pub tokens: &'a [&'a str],
    /// Their search forms.
    pub norms: &'a [&'a str],
    /// Tagger output.
    pub tags: &'a [Tag],
    /// Gazetteer matches.
    pub names: &'a [GazetteerMatch],
    /// Spans that rules after the tagger tagged in `tags` as persons
    /// ([`tag_names_after_titles`], [`restore_full_names`],
    /// [`tag_lone_surnames`]), with the source to report.
    pub rule_spans: &'a [(Range<usize>, MentionSource)],
}

fn compatible(label: NerLabel, kind: NameKind) -> bool {
    matches!(
        (label, kind),
        (NerLabel::Person, NameKind::Person | NameKind::PersonShort)
            | (NerLabel::Location, NameKind::Country | NameKind::Place)
            | (NerLabel::Organization, NameKind::Organization)
    )
}

fn label_of(kind: NameKind) -> Option<NerLabel> {
    match kind {
        NameKind::Country | NameKind::Place => Some(NerLabel::Location),
        NameKind::Organization => Some(NerLabel::Organization),
        NameKind::Person | NameKind::PersonShort => Some(NerLabel::Person),
        NameKind::Nisba | NameKind::GivenName | NameKind::Role => None,
    }
}

/// The word «نظير» (counterpart) with a pronoun: «نظيره», «نظيرها»,
/// «ونظيره»…
pub(crate) fn is_counterpart(norm: &str) -> bool {
    let rest = norm
        .strip_prefix('و')
        .or_else(|| norm.strip_prefix('ف'))
        .unwrap_or(norm);
    let rest = rest.strip_prefix('ب').or(Some(rest)).unwrap_or(rest);
    [
        "نظيره",
        "نظيرها",
        "نظيريه",
        "نظيرهم",
        "نظيرتها",
        "نظيرته",
        "نظيرتيه",
        "نظيراه",
        "نظيرتاه",
        "نظيراها",
    ]
    .contains(&rest)
}

/// Look-ups from entries, names and surnames to clusters, so that
/// resolution stays linear in the number of mentions.
#[derive(Default)]
struct ClusterIndex {
    by_entry: HashMap<usize, usize>,
    by_name: HashMap<(NerLabel, String), usize>,
    by_surname: HashMap<String, usize>,
    /// People named in three words or more, by their first and last
    /// words; `None` when two people share them.
    by_first_and_last: HashMap<(String, String), Option<usize>>,
}

impl ClusterIndex {
    /// The person among those a short name `m` may stand for whom the
    /// document has already named («كلينتون» after «بيل كلينتون»).
    fn named_in_full(&self, m: &GazetteerMatch) -> Option<usize> {
        m.alternatives
            .iter()
            .find(|&&(k, t)| k == NameKind::PersonShort && self.by_entry.contains_key(&t))
            .map(|&(_, t)| t)
    }

    fn find(
        &self,
        res: &Resolution,
        kb: &KnowledgeBase,
        label: NerLabel,
        link: Option<usize>,
        name: &str,
    ) -> Option<usize> {
        if let Some(&c) = link.and_then(|e| self.by_entry.get(&e)) {
            return Some(c);
        }
        if let Some(&c) = self.by_name.get(&(label, name.to_string())) {
            if link.is_none() || res.clusters[c].entry.is_none() {
                return Some(c);
            }
        }
        // «بدر البوسعيدي» after «بدر بن حمد بن حمود البوسعيدي»: a given name
        // and a family name are the one full name the document gave with
        // both, if one only (linked to the knowledge base or not).
        if let (NerLabel::Person, Some(key)) = (label, first_and_last(name, 2)) {
            if let Some(&Some(c)) = self.by_first_and_last.get(&key) {
                if link.is_none() || res.clusters[c].entry.is_none_or(|e| Some(e) == link) {
                    return Some(c);
                }
            }
        }
        if label == NerLabel::Person {
            // A surname alone («عبد الرحيم») joins the full name it ends;
            // a known one («طنطاوي») the name the knowledge base's ends
            // with («حسين طنطاوي» of «محمد حسين طنطاوي»), not linked yet.
            let c = self.by_surname.get(name).copied()?;
            let Some(e) = link else { return Some(c) };
            if res.clusters[c].entry.is_some() {
                return None;
            }
            let told = &res.clusters[c].name;
            let entry = &kb.entries[e];
            let normalizer = Normalizer::shared();
            let ends_known_name = std::iter::once(&entry.name_ar)
                .chain(&entry.aliases_ar)
                .any(|n| {
                    let n = normalizer.normalize(n);
                    n.strip_suffix(told.as_str())
                        .is_some_and(|head| head.ends_with(' '))
                });
            return ends_known_name.then_some(c);
        }
        None
    }

    fn record(&mut self, res: &Resolution, cluster: usize, label: NerLabel, name: &str) {
        let c = &res.clusters[cluster];
        if let Some(e) = c.entry {
            self.by_entry.entry(e).or_insert(cluster);
        }
        self.by_name
            .entry((label, name.to_string()))
            .or_insert(cluster);
        if let (NerLabel::Person, Some(key)) = (label, first_and_last(name, 3)) {
            let slot = self.by_first_and_last.entry(key).or_insert(Some(cluster));
            if *slot != Some(cluster) {
                *slot = None;
            }
        }
        if label == NerLabel::Person {
            // Every proper tail of the name: «محمد عبد الرحيم» → «عبد الرحيم»,
            // «الرحيم».
            for (at, _) in name.match_indices(' ') {
                self.by_surname.insert(name[at + 1..].to_string(), cluster);
            }
            // The patronymic alone, with either spelling of «son of»:
            // «يوسف بن علوي بن عبدالله» → «ابن علوي», «بن علوي». The first
            // man so named keeps it.
            for (word, father) in name.split(' ').skip(1).zip(name.split(' ').skip(2)) {
                if matches!(word, "بن" | "ابن") {
                    for son in ["بن", "ابن"] {
                        self.by_surname
                            .entry(format!("{son} {father}"))
                            .or_insert(cluster);
                    }
                }
            }
        }
    }
}

/// A word without a first «و», read as a glued conjunction, when three
/// letters or more are left: «ومنسق» → «منسق», «ووزير» → «وزير»; «وفد»
/// stays.
fn without_conjunction(word: &str) -> &str {
    word.strip_prefix('و')
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(word)
}

/// The first and last words of a name of exactly `words` words (three:
/// of three or more).
fn first_and_last(name: &str, words: usize) -> Option<(String, String)> {
    let count = name.split(' ').count();
    let (first, last) = (name.split(' ').next()?, name.rsplit(' ').next()?);
    // («وخالد بن فهد»: a glued و is no part of the given name.)
    let first = without_conjunction(first);
    let fits = if words >= 3 {
        count >= words
    } else {
        count == words
    };
    fits.then(|| (first.to_string(), last.to_string()))
}

/// Names that are also common words, in search form, with the word class
/// of the common reading: «فتح» (Fatah; the verbal noun «opening»),
/// «مالي» (Mali; the adjective «financial»), «أمل» (Amal; «hope»).
const COMMON_WORD_NAMES: &[(&str, CommonWord)] = &[
    ("فتح", CommonWord::VerbalNoun),
    ("امل", CommonWord::VerbalNoun),
    ("مالي", CommonWord::Adjective),
    ("ماليه", CommonWord::Adjective),
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum CommonWord {
    /// Heads a construct: «بفتح ممرات», «لفتح معبر».
    VerbalNoun,
    /// Follows the noun it describes: «دعم مالي», «عجز مالي».
    Adjective,
}

/// A one-word gazetteer name that the tagger left alone and that reads as
/// the common word it is spelt like: a verbal noun after a glued
/// preposition or inside a sentence, heading an indefinite genitive
/// («مطالبا بفتح ممرات», «قرار الحكومة فتح قنصلية»), or an
/// adjective right after the indefinite noun or adjective it describes
/// («دعم مالي إضافي», «عقوبات اقتصادية ومالية»). A preposition or a title
/// before the name keeps the name («في مالي», «رئيس مالي»).
fn common_word_reading(norms: &[&str], m: &GazetteerMatch) -> bool {
    if m.tokens.len() != 1 {
        return false;
    }
    let at = m.tokens.start;
    let word = &norms[at][m.proclitic..];
    let Some(&(_, class)) = COMMON_WORD_NAMES.iter().find(|(w, _)| *w == word) else {
        return false;
    };
    let indefinite_word = |n: &str| {
        n.chars().count() >= 2
            && n.chars().all(char::is_alphabetic)
            && !n.starts_with("ال")
            && !n.starts_with("وال")
            && !akhbar_text::stopwords::is_stopword(n)
    };
    match class {
        CommonWord::VerbalNoun => {
            // Sentence-initial «فتح تدين …» is a headline subject.
            let glued_preposition = norms[at][..m.proclitic]
                .chars()
                .last()
                .is_some_and(|c| matches!(c, 'ب' | 'ل'));
            // The genitive is a bare noun: «فتح وحماس», «فتح بالقرار» are
            // no constructs.
            let genitive = norms.get(at + 1).is_some_and(|n| {
                indefinite_word(n)
                    && !n.starts_with(['و', 'ف'])
                    && !n.starts_with("بال")
                    && !n.starts_with("لل")
            });
            // «بفتح المعابر», «تبادل فتح السفارات»: a definite genitive
            // too, unless the name of the movement is told («حركة فتح»).
            let definite_genitive = norms.get(at + 1).is_some_and(|n| {
                n.starts_with("ال")
                    && n.chars().count() >= 4
                    && !akhbar_text::stopwords::is_stopword(n)
            }) && !(at > 0
                && without_conjunction(norms[at - 1]).ends_with("حركه"));
            (glued_preposition || at > 0) && (genitive || definite_genitive)
        }
        CommonWord::Adjective => {
            // «عقوبات اقتصادية ومالية»: coordinated with the adjective
            // before.
            let conjunction = norms[at][..m.proclitic] == *"و";
            (m.proclitic == 0 || conjunction)
                && at > 0
                && indefinite_word(norms[at - 1])
                && !TITLE_HEADS.contains(&norms[at - 1])
        }
    }
}

/// Whether the words at `at` are «في» and a body («في حكومة …», «في
/// الحركة …»; not «في مجلس الأمن», where one speaks), or a word making the
/// office an acting one («بالوكالة»), with a person's name among the next
/// [`BODY_THEN_NAME_WORDS`] words (`after`: the mentions from `at` on).
fn office_of_body_then_name(norms: &[&str], at: usize, after: &[Candidate]) -> bool {
    let body = |n: &str| {
        matches!(
            n.strip_prefix("ال").unwrap_or(n),
            "حكومه" | "سلطه" | "حزب" | "حركه" | "جبهه" | "اداره" | "ايتلاف"
        )
    };
    // «الأمين العام بالوكالة للأمم المتحدة يو ثانت»: an acting office,
    // its holder named after it.
    let acting = norms
        .get(at)
        .is_some_and(|n| matches!(*n, "بالوكاله" | "بالانابه" | "بالنيابه"));
    (acting || norms.get(at) == Some(&"في") && norms.get(at + 1).is_some_and(|n| body(n)))
        && after
            .iter()
            .take_while(|c| c.0.start <= at + BODY_THEN_NAME_WORDS)
            .any(|c| c.2 == NerLabel::Person)
}

/// How far after «في» the name of an office holder of a body may come.
const BODY_THEN_NAME_WORDS: usize = 6;

/// Nouns whose genitive is a country: «رئيس مالي», «شمال مالي».
const TITLE_HEADS: &[&str] = &[
    "رييس",
    "حكومه",
    "جيش",
    "سفير",
    "سفاره",
    "وزير",
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "وسط",
    "دوله",
    "جمهوريه",
    "شعب",
    "حدود",
    "عاصمه",
    "رييسا",
    "سفيرا",
    "سلطات",
];

/// How many words before a name a mark of the dead («المغفور له بإذن الله
/// تعالى السلطان») may stand.
const LATE_MARKER_REACH: usize = 8;

/// The words of a title («منسق البيت الابيض»): its head without a
/// conjunction, article or proclitic, then the words after it as written
/// in search form.
type TitleKey = Vec<String>;

/// The head of a title as a key word: «ومنسق», «المنسق», «لمنسق» → «منسق».
fn title_head_key(norm: &str) -> Option<&str> {
    // («وزير» is the title itself, not و + «زير».)
    [norm, without_conjunction(norm)].into_iter().find_map(|w| {
        let w = w
            .strip_prefix("ال")
            .or_else(|| w.strip_prefix("لل"))
            .unwrap_or(w);
        let w = w
            .strip_prefix('ل')
            .filter(|r| is_bare_title_head(r))
            .unwrap_or(w);
        is_bare_title_head(w).then_some(w)
    })
}

/// Does a knowledge-base role name the word at `k` («وزير», «المبعوث»)?
fn is_office_at(names: &[GazetteerMatch], k: usize) -> bool {
    office_at(names, k, |_| true)
}

/// Does a role of the knowledge base with holders listed name the word at
/// `k` («وزير الخارجية»: yes; «وزير»: no, its holders are unknown)?
fn is_held_office_at(kb: &KnowledgeBase, names: &[GazetteerMatch], k: usize) -> bool {
    office_at(names, k, |role| kb.has_holders(role))
}

fn office_at(names: &[GazetteerMatch], k: usize, held: impl Fn(usize) -> bool) -> bool {
    // (Matches are sorted and do not overlap.)
    let i = names.partition_point(|m| m.tokens.end <= k);
    names.get(i).is_some_and(|m| {
        m.tokens.contains(&k)
            && m.alternatives
                .iter()
                .any(|&(kind, role)| kind == NameKind::Role && held(role))
    })
}

/// The title of no knowledge-base office with known holders told right
/// before the name at `start`, as keys of two words or more that end
/// definite: «منسق البيت الأبيض لشؤون الشرق الأوسط بريت ماكغورك» → «منسق
/// البيت», «منسق البيت الابيض», …; «وزير الخزانة الأمريكي ستيفن منوتشين»
/// → «وزير الخزانه», «وزير الخزانه الامريكي».
fn title_keys_before(
    kb: &KnowledgeBase,
    norms: &[&str],
    names: &[GazetteerMatch],
    start: usize,
) -> Vec<TitleKey> {
    let word = |k: usize| {
        norms[k]
            .chars()
            .next()
            .is_some_and(akhbar_text::chars::is_arabic_letter)
    };
    let head = (start.saturating_sub(TITLE_KEY_WORDS)..start)
        .rev()
        .take_while(|&k| word(k))
        .find(|&k| title_head_key(norms[k]).is_some());
    let Some(head) = head else { return Vec::new() };
    if start - head < 2 || (head..start).any(|k| is_held_office_at(kb, names, k)) {
        return Vec::new();
    }
    let first = title_head_key(norms[head]).unwrap_or_default().to_string();
    // A definite title, not «رئيس جديد».
    let definite = |n: &str| n.starts_with("ال") || n.starts_with("لل");
    // «للوزير الحالي لوران فابيوس»: «الحالي» tells no office apart.
    let vague = |n: &str| {
        is_former(n)
            || matches!(
                n,
                "الحالي"
                    | "الحاليه"
                    | "الجديد"
                    | "الجديده"
                    | "المستقيل"
                    | "المستقيله"
                    | "المكلف"
                    | "المكلفه"
            )
    };
    (head + 2..=start)
        .filter(|&end| definite(norms[end - 1]) && !norms[head + 1..end].iter().all(|n| vague(n)))
        .map(|end| {
            std::iter::once(first.clone())
                .chain(norms[head + 1..end].iter().map(|n| n.to_string()))
                .collect()
        })
        .collect()
}

/// Titles told before with a name ([`title_keys_before`]) told again
/// with none: the longest at each title head, not followed by a person
/// («وكان الملك قد أكد خلال استقباله منسق البيت الأبيض»). Mentions inside
/// one may only be places and bodies of the title.
fn titles_told_again(
    kb: &KnowledgeBase,
    norms: &[&str],
    names: &[GazetteerMatch],
    mentions: &[Candidate],
    told: &HashMap<TitleKey, usize>,
    heads: &HashSet<String>,
) -> Vec<(Range<usize>, usize)> {
    let mut out = Vec::new();
    if told.is_empty() {
        return out;
    }
    let mut k = 0;
    while k < norms.len() {
        let Some(first) = title_head_key(norms[k])
            .filter(|h| heads.contains(*h) && !is_held_office_at(kb, names, k))
            .map(str::to_string)
        else {
            k += 1;
            continue;
        };
        let longest = (k + 2..=norms.len().min(k + TITLE_KEY_WORDS))
            .rev()
            .find_map(|end| {
                let key: TitleKey = std::iter::once(first.clone())
                    .chain(norms[k + 1..end].iter().map(|n| n.to_string()))
                    .collect();
                told.get(&key).map(|&c| (k..end, c))
            });
        let fits = longest.as_ref().is_some_and(|(r, _)| {
            // (Mentions are sorted and do not overlap.)
            let near = &mentions[mentions.partition_point(|c| c.0.end <= r.start)..];
            let person_after = near
                .iter()
                .take_while(|c| c.0.start <= r.end + 1)
                .any(|c| c.2 == NerLabel::Person && (c.0.start == r.end || c.0.start == r.end + 1));
            let cuts = near
                .iter()
                .take_while(|c| c.0.start < r.end)
                .any(|c| c.2 == NerLabel::Person || c.0.start < r.start || c.0.end > r.end);
            !person_after && !cuts
        });
        match longest.filter(|_| fits) {
            Some((r, c)) => {
                k = r.end;
                out.push((r, c));
            }
            None => k += 1,
        }
    }
    out
}

/// How many words before a name its title may take, head included.
const TITLE_KEY_WORDS: usize = 7;

/// Titles in the construct state that name an office only before a
/// country (search forms): «رئيس مصر», «رئيس وزراء باكستان», «وزير خارجية
/// إيران», «سلطان عمان». Alone they are common words or given names.
const CONSTRUCT_TITLES: [(&[&str], &str); 12] = [
    (&["رييس", "وزراء"], "ak:role:prime_minister"),
    (&["رييسه", "وزراء"], "ak:role:prime_minister"),
    (&["رييس", "حكومه"], "ak:role:prime_minister"),
    (&["وزير", "خارجيه"], "ak:role:foreign_minister"),
    (&["وزيره", "خارجيه"], "ak:role:foreign_minister"),
    (&["وزير", "دفاع"], "ak:role:defense_minister"),
    (&["وزير", "داخليه"], "ak:role:interior_minister"),
    (&["ولي", "عهد"], "ak:role:crown_prince"),
    (&["رييس"], "ak:role:president"),
    (&["رييسه"], "ak:role:president"),
    (&["سلطان"], "ak:role:sultan"),
    (&["ملكه"], "ak:role:queen"),
];

/// Nouns whose genitive a construct title may be, making it part of a
/// longer title or naming what is the holder's (search forms).
fn is_construct_head(norm: &str) -> bool {
    let norm = without_conjunction(norm);
    matches!(
        norm,
        "نايب"
            | "نايبه"
            | "مساعد"
            | "مساعده"
            | "مستشار"
            | "مستشاره"
            | "مكتب"
            | "ديوان"
            | "مقر"
            | "قصر"
            | "زوجه"
            | "عقيله"
            | "حرم"
            | "نجل"
            | "ابن"
            | "ابنه"
            | "شقيق"
            | "شقيقه"
            | "موكب"
            | "وفد"
            | "مبعوث"
            | "مبعوثه"
            | "ممثل"
            | "ممثله"
            | "سفير"
            | "سفيره"
            | "نظير"
            | "منصب"
            | "مرشح"
            | "مرشحه"
            | "حارس"
            | "طاقم"
            | "امين"
            | "متحدث"
            | "الناطق"
            | "المتحدث"
            | "ناطق"
    )
}

/// `names` with the [`CONSTRUCT_TITLES`] found right before a country's
/// name added as role matches (in place of the names they cover: «وزير»,
/// the given name «سلطان»).
fn with_construct_titles<'a>(
    names: &'a [GazetteerMatch],
    norms: &[&str],
    kb: &KnowledgeBase,
) -> std::borrow::Cow<'a, [GazetteerMatch]> {
    let mut found: Vec<GazetteerMatch> = Vec::new();
    for n in names.iter().filter(|n| n.kind == NameKind::Country) {
        let title = CONSTRUCT_TITLES.iter().find_map(|(words, id)| {
            let start = n.tokens.start.checked_sub(words.len())?;
            let proclitic = norms[start]
                .strip_suffix(words[0])
                .filter(|p| matches!(*p, "" | "و" | "ل" | "ف" | "ب" | "ول" | "وب" | "فل"))?
                .len();
            let rest_fits = words[1..]
                .iter()
                .zip(&norms[start + 1..n.tokens.start])
                .all(|(w, norm)| w == norm);
            rest_fits.then_some((start, proclitic, *id))
        });
        let Some((start, proclitic, id)) = title else {
            continue;
        };
        // Not the genitive of a longer title or of what is the holder's:
        // «نائب رئيس دولة الإمارات», «مستشار رئيس وزراء …», «ديوان رئيس …».
        if proclitic == 0 && start > 0 && is_construct_head(norms[start - 1]) {
            continue;
        }
        let Some(role) = kb.role_index(id) else {
            continue;
        };
        // Not when the title's first word ends a longer name.
        let before = names.partition_point(|m| m.tokens.start < start);
        if before > 0 && names[before - 1].tokens.end > start {
            continue;
        }
        found.push(GazetteerMatch {
            tokens: start..n.tokens.start,
            proclitic,
            kind: NameKind::Role,
            target: role,
            alternatives: vec![(NameKind::Role, role)],
        });
    }
    if found.is_empty() {
        return std::borrow::Cow::Borrowed(names);
    }
    // (Both lists are sorted by start and free of overlaps.)
    let mut all: Vec<GazetteerMatch> = names
        .iter()
        .filter(|m| {
            let i = found.partition_point(|t| t.tokens.end <= m.tokens.start);
            found.get(i).is_none_or(|t| t.tokens.start >= m.tokens.end)
        })
        .cloned()
        .collect();
    all.extend(found);
    all.sort_by_key(|m| m.tokens.start);
    std::borrow::Cow::Owned(all)
}

/// Ranks and honorifics that come between a title and a name: «العميد
/// الركن», «الفريق أول», «العقيد أركان حرب», «الدكتور».
const RANKS: &str = "العميد عميد اللواء لواء العقيد عقيد الفريق فريق المقدم مقدم الرائد رائد \
    النقيب نقيب الملازم ملازم المشير مشير العماد الدكتور المهندس الجنرال جنرال اللفتنانت لفتنانت \
    الكولونيل كولونيل الميجور ميجور الأدميرال أدميرال";

/// Is the word (search form) one of the [`RANKS`]?
pub(crate) fn is_rank(norm: &str) -> bool {
    static SET: std::sync::OnceLock<HashSet<String>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        let n = Normalizer::default();
        RANKS.split_whitespace().map(|w| n.normalize(w)).collect()
    })
    .contains(norm)
}

/// «السابق», «الأسبق» and their feminines (search forms): a title's former
/// holder.
fn is_former(norm: &str) -> bool {
    matches!(norm, "السابق" | "السابقه" | "الاسبق" | "الاسبقه")
}

/// Is the word (search form) a mark of the dead: «المغفور له», «الراحل»,
/// «الفقيد», with ل or in the feminine?
fn is_late_marker(norm: &str) -> bool {
    let bare = norm
        .strip_prefix("لل")
        .or_else(|| norm.strip_prefix("ال"))
        .unwrap_or(norm);
    matches!(bare, "مغفور" | "راحل" | "راحله" | "فقيد" | "فقيده")
}

/// How far back «نظيره» looks for the person it is the counterpart of.
const COUNTERPART_LOOKBACK: usize = 16;

/// Resolves the entities of a document. Linear in the number of tokens:
/// every look-up goes through a hash map or a binary search.
pub fn resolve(
    sentences: &[SentenceView<'_>],
    kb: &KnowledgeBase,
    date: Option<Date>,
) -> Resolution {
    let mut res = Resolution::default();
    let mut index = ClusterIndex::default();
    // The last person with a role: «نظيره» refers to them.
    let mut last_role: Option<usize> = None;
    // Linked people holding each role, the last told of last, and those
    // named with a country («وزير الخارجية الإيراني»). A title with no
    // country («وزير الخارجية», «رئيس الجمهورية») is the outlet's own
    // official: the last holder not named with a country.
    let mut holders_by_role: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut named_with_country: HashSet<usize> = HashSet::new();
    // People introduced with a title and no country («تسلم رئيس
    // الجمهورية محمد ولد الشيخ الغزواني»): the outlet's own, first choice.
    let mut introduced_bare: HashMap<usize, usize> = HashMap::new();
    // People told as dead («المغفور له», «الراحل», «الفقيد» before them).
    let mut late: HashSet<usize> = HashSet::new();
    // Clusters named so far by role phrases only.
    let mut titled_only: HashSet<usize> = HashSet::new();
    // Titles of no office the knowledge base knows, told right before a
    // person's name («منسق البيت الأبيض لشؤون الشرق الأوسط بريت
    // ماكغورك»), by their words (`TitleKey`): told again without a name,
    // they are that person.
    let mut told_titles: HashMap<TitleKey, usize> = HashMap::new();
    let mut told_heads: HashSet<String> = HashSet::new();
    for (si, s) in sentences.iter().enumerate() {
        let norms = s.norms;
        // 1. Mentions: tagger spans, linked through gazetteer names inside
        //    them; then gazetteer names that overlap no tagger span. Both
        //    lists are sorted and free of overlaps.
        let mut mentions: Vec<Candidate> = Vec::new();
        for (range, label) in tag_spans(s.tags) {
            // An adverb of the accusative -ًا is no name: «[ميدانيا]، أغار
            // الطيران …», «رسميا».
            if range.len() == 1 && is_adverb(norms[range.start]) {
                continue;
            }
            // A month's name alone («شوال», «رمضان») is a date's word, not
            // a person or a work's name.
            if range.len() == 1
                && matches!(label, NerLabel::Person | NerLabel::Misc)
                && crate::times::is_month_name(norms[range.start])
            {
                continue;
            }
            // A person's name does not start with the verb that opens the
            // sentence: «[دعا] اليعقوبي», «[وقال] الزرقوني».
            let mut range = range;
            if label == NerLabel::Person && range.len() >= 2 && opens_with_verb(norms[range.start])
            {
                range.start += 1;
            }
            // Nor with a rank: «[المشير] طنطاوي» is «طنطاوي», the one the
            // article named in full.
            // (With the article only: «رائد», «عميد» are given names too.)
            while label == NerLabel::Person
                && range.len() >= 2
                && norms[range.start].starts_with("ال")
                && is_rank(norms[range.start])
            {
                range.start += 1;
            }
            // A title is no name: «[البابا] فرنسيس» tagged apart from the
            // name after it, and «فرنسيس [بابا] الكنيسة الكاثوليكية» with
            // its title in apposition.
            // (Alone, only a definite title: «سلطان», «أمير» are names too.)
            let is_title = |k: usize, definite: bool| {
                let raw = s.tokens[k];
                let bare = Some(without_conjunction(raw)).filter(|b| b.len() < raw.len());
                [Some(raw), bare].into_iter().flatten().any(|w| {
                    if definite {
                        w.starts_with("ال") && kb.role_by_name(w).is_some()
                    } else {
                        kb.role_by_name(w).is_some() || kb.role_by_name(&format!("ال{w}")).is_some()
                    }
                })
            };
            if label == NerLabel::Person && range.len() == 1 && is_title(range.start, true) {
                continue;
            }
            // («بندر بن سلطان الأخير»: a name after «بن» is a name.)
            if label == NerLabel::Person
                && range.len() >= 2
                && norms.get(range.end).is_some_and(|n| n.starts_with("ال"))
                && !matches!(norms[range.end - 2], "بن" | "بنت" | "ابن" | "ابو" | "ال")
                && is_title(range.end - 1, false)
            {
                range.end -= 1;
            }
            // A person's name does not end in a word with «لل», in a
            // known place with ب or in «نظيره»: «جون [للتوقيع]», «خالد
            // [بالرياض]», «الشيخ سالم [نظيره] السعودي».
            while label == NerLabel::Person && range.len() >= 2 {
                let last = range.end - 1;
                // (The given name «نظيرة» reads «نظيره» in search form.)
                let counterpart = is_counterpart(norms[last]) && !s.tokens[last].ends_with('ة');
                let lil = norms[last].starts_with("لل") || counterpart;
                let in_place = s.names.iter().any(|m| {
                    m.tokens == (last..last + 1)
                        && m.proclitic > 0
                        && norms[last].starts_with('ب')
                        && matches!(m.kind, NameKind::Place | NameKind::Country)
                });
                if !(lil || in_place) {
                    break;
                }
                range.end -= 1;
            }
            // A tagged span inside a longer known name of its kind, the
            // rest untagged («منطقة [الساحل]», «فلاديمير [بوتين]»): the name.
            let range = s
                .names
                .iter()
                .find(|m| {
                    m.tokens.start <= range.start
                        && range.end <= m.tokens.end
                        && m.tokens.len() > range.len()
                        && m.alternatives.iter().any(|(k, _)| compatible(label, *k))
                        && m.tokens
                            .clone()
                            .filter(|k| !range.contains(k))
                            .all(|k| s.tags[k] == Tag::O)
                })
                .map_or(range, |m| m.tokens.clone());
            let first = s.names.partition_point(|m| m.tokens.start < range.start);
            let names_inside = s.names[first..]
                .iter()
                .take_while(|m| m.tokens.end <= range.end);
            let mut link = None;
            let mut proclitic = 0;
            let mut label = label;
            for m in names_inside.clone() {
                if m.tokens == range {
                    proclitic =
                        proclitic_in_raw(m.proclitic, s.tokens[range.start], norms[range.start]);
                    // A short name shared by several people («الحريري»,
                    // «كلينتون») is the one the article has named in full.
                    let named_before = index
                        .named_in_full(m)
                        .filter(|_| compatible(label, NameKind::PersonShort))
                        .map(|t| (NameKind::PersonShort, t));
                    let pick = named_before
                        .as_ref()
                        .or_else(|| m.alternatives.iter().find(|(k, _)| compatible(label, *k)))
                        .or_else(|| m.alternatives.iter().find(|(k, _)| label_of(*k).is_some()));
                    if let Some(&(k, t)) = pick {
                        link = Some(t);
                        label = label_of(k).unwrap_or(label);
                    }
                    break;
                }
            }
            if link.is_none() && label == NerLabel::Person {
                // «فيصل بن فرحان بن عبدالله»: a known full name that opens
                // the span names the person.
                let known = names_inside
                    .filter(|m| m.tokens.start == range.start && m.tokens.len() >= 2)
                    .filter_map(|m| {
                        m.alternatives
                            .iter()
                            .find(|(k, _)| *k == NameKind::Person)
                            .map(|&(_, t)| (m.tokens.len(), t))
                    })
                    .max();
                link = known.map(|(_, t)| t);
            }
            if proclitic == 0 && range.start < s.tokens.len() {
                proclitic = strip_proclitic(norms[range.start], s.tokens[range.start]);
            }
            let source = s
                .rule_spans
                .iter()
                .find(|(r, _)| r.start == range.start)
                .map_or(MentionSource::Tagger, |(_, source)| *source);
            mentions.push((range, proclitic, label, link, source));
        }
        let tagged = mentions.len();
        for m in s.names.iter() {
            let next = mentions[..tagged].partition_point(|c| c.0.end <= m.tokens.start);
            let overlaps = mentions[..tagged]
                .get(next)
                .is_some_and(|c| c.0.start < m.tokens.end);
            if overlaps || common_word_reading(norms, m) {
                continue;
            }
            // A short name is the person the article has named in full
            // («كلينتون» after «بيل كلينتون»), else its first person if the
            // form may stand alone.
            let named_before = (m.kind == NameKind::PersonShort)
                .then(|| index.named_in_full(m))
                .flatten();
            let trusted = matches!(
                m.kind,
                NameKind::Country | NameKind::Place | NameKind::Organization | NameKind::Person
            ) || named_before.is_some()
                || (m.kind == NameKind::PersonShort
                    && m.tokens.len() == 1
                    && ShortNames::bundled()
                        .stands_alone(&short_form(norms[m.tokens.start], m.proclitic)));
            if let (true, Some(label)) = (trusted, label_of(m.kind)) {
                mentions.push((
                    m.tokens.clone(),
                    proclitic_in_raw(m.proclitic, s.tokens[m.tokens.start], norms[m.tokens.start]),
                    label,
                    Some(named_before.unwrap_or(m.target)),
                    MentionSource::Gazetteer,
                ));
            }
        }
        mentions.sort_by_key(|m| m.0.start);
        // 2. Role phrases: ROLE [NISBA | COUNTRY | ORG] [PERSON], and
        //    «نظيره» NISBA.
        let mut pending: Vec<PendingRole> = Vec::new();
        let mut role_mentions: Vec<Candidate> = Vec::new();
        // Country mentions a role phrase took in («أمير [قطر]»).
        let mut absorbed: HashSet<Range<usize>> = HashSet::new();
        // People with a bare title in apposition after their name
        // («محمد بن سلمان بن عبدالعزيز ولي العهد»), and the title.
        let mut bare_after: Vec<(Range<usize>, usize)> = Vec::new();
        // The end of the last counterpart's name and its role: «ونظيراه
        // النيجيري X والنيجري Y» names a second counterpart.
        let mut last_counterpart: Option<(usize, usize)> = None;
        let names = with_construct_titles(s.names, norms, kb);
        for (ni, m) in names.iter().enumerate() {
            let coordinated = m.kind == NameKind::Nisba
                && m.proclitic == 'و'.len_utf8()
                && last_counterpart.is_some_and(|(end, _)| end == m.tokens.start);
            let counterpart = coordinated
                || m.tokens.start > 0
                    && m.kind == NameKind::Nisba
                    && is_counterpart(norms[m.tokens.start - 1]);
            // A title that is also a given name («ملك», «أمير») is the
            // title before a country: «أمير قطر», «ملك الأردن».
            let role_target = match m.kind {
                NameKind::Role => Some(m.target),
                _ => m
                    .alternatives
                    .iter()
                    .find(|(k, _)| *k == NameKind::Role)
                    .map(|&(_, t)| t)
                    .filter(|_| {
                        names.get(ni + 1).is_some_and(|n| {
                            n.tokens.start == m.tokens.end
                                && matches!(n.kind, NameKind::Country | NameKind::Nisba)
                        })
                    }),
            };
            if role_target.is_none() && !counterpart {
                continue;
            }
            let phrase_start = if counterpart && !coordinated {
                m.tokens.start - 1
            } else {
                m.tokens.start
            };
            // The country: a nisba or a country/organization right after
            // (after a minister's portfolio, which may be no role of its own:
            // «وزير الكهرباء العراقي», «وزير الطاقة والثروة المعدنية»).
            let mut end = m.tokens.end;
            if !counterpart && is_minister_title(norms[m.tokens.start]) {
                end = portfolio_end(norms, end, &names, &mentions);
            }
            let mut country = counterpart.then(|| kb.entries[m.target].iso3.clone());
            let mut org = None;
            for n in names[ni + 1..].iter().take(2) {
                if n.tokens.start != end {
                    break;
                }
                match n.kind {
                    NameKind::Nisba | NameKind::Country if country.is_none() => {
                        country = Some(kb.entries[n.target].iso3.clone());
                        end = n.tokens.end;
                    }
                    NameKind::Organization if org.is_none() => {
                        org = Some(n.target);
                        end = n.tokens.end;
                        if country.is_none() && !kb.entries[n.target].iso3.is_empty() {
                            country = Some(kb.entries[n.target].iso3.clone());
                        }
                    }
                    _ => break,
                }
            }
            let phrase = phrase_start..end;
            let role = if coordinated {
                last_counterpart.map(|(_, role)| role)
            } else if counterpart {
                // The role of the person before it in this sentence (named
                // with a role phrase, or known to the knowledge base), else
                // of the last person with a role.
                let before = mentions.partition_point(|c| c.0.start < phrase.start);
                pending
                    .last()
                    .filter(|p| p.0.end <= phrase.start)
                    .map(|p| p.1)
                    .or_else(|| {
                        mentions[..before]
                            .iter()
                            .rev()
                            .take(COUNTERPART_LOOKBACK)
                            .filter(|c| c.2 == NerLabel::Person)
                            .find_map(|c| c.3.and_then(|e| current_role(kb, e, date)))
                    })
                    .or_else(|| last_role.and_then(|c| res.clusters[c].role))
            } else {
                role_target
            };
            let Some(role) = role else { continue };
            // «خادم الحرمين الشريفين»: a title of one country's office.
            if country.is_none() && !kb.roles[role].iso3.is_empty() {
                country = Some(kb.roles[role].iso3.clone());
            }
            // A person right after the phrase (allowing one title word such
            // as «الفريق» or «الدكتور» between) takes the role.
            // The word between is a title, not a preposition: in «عراقجي
            // وزير الخارجية الإيراني مع البوسعيدي» the phrase is not
            // البوسعيدي's.
            let gap_ok = norms.get(phrase.end).is_none_or(|n| !is_gap_stop(n));
            let after = mentions.partition_point(|c| c.0.start < phrase.end);
            let person = mentions[after..]
                .iter()
                .take_while(|c| c.0.start == phrase.end || gap_ok && c.0.start == phrase.end + 1)
                .find(|c| c.2 == NerLabel::Person);
            if let Some(p) = person {
                if counterpart {
                    last_counterpart = Some((p.0.end, role));
                }
                pending.push((p.0.clone(), role, country));
                continue;
            }
            // «وزير الخارجية في حكومة الوفاق الوطني محمد …»: the office of
            // a body told after «في», whose holder is named after it; no
            // office told before.
            if office_of_body_then_name(norms, phrase.end, &mentions[after..]) {
                continue;
            }
            // The phrase may not cut into another mention, but it takes in
            // the country it names: «أمير قطر», «ملك الأردن» (no name after).
            let next = mentions.partition_point(|c| c.0.end <= phrase.start);
            let inside = mentions[next..]
                .iter()
                .take_while(|c| c.0.start < phrase.end)
                .map(|c| c.0.clone())
                .collect::<Vec<_>>();
            let takes_in_country = |r: &Range<usize>| {
                role_target.is_some()
                    && r.start >= m.tokens.end
                    && r.end == phrase.end
                    && names[ni + 1..].iter().take(2).any(|n| {
                        n.kind == NameKind::Country
                            && n.tokens.end == r.end
                            && n.tokens.start >= r.start
                    })
            };
            if !inside.iter().all(takes_in_country) {
                continue;
            }
            // Only a whole definite title that ends there: «ولي العهد»
            // then a comma or another title, not «قائد المنطقة …» or
            // «الحاكم السابق لولاية …».
            let whole_title = norms[phrase.end - 1].starts_with("ال")
                && norms.get(phrase.end).is_none_or(|n| {
                    !n.chars().next().is_some_and(char::is_alphabetic) || is_title_head(n)
                });
            if whole_title && country.is_none() && org.is_none() && !counterpart {
                if let Some(p) = next
                    .checked_sub(1)
                    .map(|i| &mentions[i])
                    .filter(|c| c.0.end == phrase.start && c.2 == NerLabel::Person)
                {
                    bare_after.push((p.0.clone(), role));
                }
            }
            // «استقبل جلالة السلطان» after «السلطان هيثم بن طارق» and «المغفور
            // له السلطان قابوس»: preferably not one told as dead, unless the
            // title says so itself («السلطان الراحل»).
            let late_title = norms.get(phrase.end).is_some_and(|n| is_late_marker(n));
            // «أمير البلاد», «رئيس البلاد»: the ruler of the land the
            // article is about, also when he was named with his country
            // («أمير الكويت الشيخ صباح …»).
            let of_the_land = matches!(norms[phrase.end - 1], "البلاد" | "الدوله");
            let pick = |alive_only: bool| {
                let fits = |c: &usize| !alive_only || late.contains(c) == late_title;
                introduced_bare.get(&role).filter(|c| fits(c)).or_else(|| {
                    holders_by_role
                        .get(&role)?
                        .iter()
                        .rev()
                        .find(|c| (of_the_land || !named_with_country.contains(c)) && fits(c))
                })
            };
            let told = (country.is_none() && org.is_none() && !counterpart)
                .then(|| pick(true).or_else(|| pick(false)))
                .flatten()
                .and_then(|&c| res.clusters[c].entry);
            // A former holder («الرئيس الأمريكي السابق», «ملك إسبانيا
            // السابق») is a person, but not the holder on the day.
            let former = (country.is_some() || org.is_some())
                && norms.get(phrase.end).is_some_and(|n| is_former(n));
            let holder = if former {
                None
            } else {
                holder_for(kb, &index, role, country.as_deref(), org, date).or(told)
            };
            if holder.is_some() || former {
                let phrase = phrase.start..phrase.end + usize::from(former);
                absorbed.extend(inside);
                role_mentions.push((
                    phrase.clone(),
                    0,
                    NerLabel::Person,
                    holder,
                    MentionSource::Role,
                ));
                pending.push((phrase, role, country));
            }
        }
        mentions.retain(|c| !absorbed.contains(&c.0));
        mentions.extend(role_mentions);
        mentions.sort_by_key(|m| m.0.start);
        let retold: HashMap<Range<usize>, usize> =
            titles_told_again(kb, norms, &names, &mentions, &told_titles, &told_heads)
                .into_iter()
                .collect();
        if !retold.is_empty() {
            // (Retold titles do not overlap.)
            let mut spans: Vec<&Range<usize>> = retold.keys().collect();
            spans.sort_by_key(|r| r.start);
            mentions.retain(|c| {
                let i = spans.partition_point(|r| r.end <= c.0.start);
                spans
                    .get(i)
                    .is_none_or(|r| !(r.start <= c.0.start && c.0.end <= r.end))
            });
            for (r, &cluster) in &retold {
                let entry = res.clusters[cluster].entry;
                mentions.push((r.clone(), 0, NerLabel::Person, entry, MentionSource::Role));
            }
            mentions.sort_by_key(|m| m.0.start);
        }
        // 3. Clusters.
        let mut roles = pending.into_iter().peekable();
        for (range, proclitic, label, link, source) in mentions {
            let name = mention_name(&norms[range.clone()], proclitic);
            let retold_as = retold.get(&range).copied();
            let cluster = retold_as
                .or_else(|| index.find(&res, kb, label, link, &name))
                .unwrap_or_else(|| {
                    res.clusters.push(Cluster {
                        label: Some(label),
                        entry: link,
                        ..Cluster::default()
                    });
                    res.clusters.len() - 1
                });
            let c = &mut res.clusters[cluster];
            if c.entry.is_none() {
                c.entry = link;
            }
            // A role phrase names a cluster only until a name does:
            // «فلاديمير بوتين» stays the name after «رئيس روسيا الاتحادية».
            let by_role = source == MentionSource::Role;
            let named_by_role = c.name.is_empty() || titled_only.contains(&cluster);
            if named_by_role && !by_role || by_role == named_by_role && name.len() > c.name.len() {
                c.name = name.clone();
                if by_role {
                    titled_only.insert(cluster);
                } else {
                    titled_only.remove(&cluster);
                }
            }
            // Pending roles are in text order, like the mentions.
            while roles.peek().is_some_and(|p| p.0.start < range.start) {
                roles.next();
            }
            // (Back to the last punctuation only: «خلفا للسلطان الراحل
            // قابوس، أدى السلطان هيثم …» marks Qaboos, not Haitham; a name
            // may stand between, «المغفور له بإذن الله تعالى».)
            let since = range.start.saturating_sub(LATE_MARKER_REACH);
            if label == NerLabel::Person
                && norms[since..range.start]
                    .iter()
                    .rev()
                    .take_while(|n| n.chars().next().is_some_and(char::is_alphabetic))
                    .any(|n| is_late_marker(n))
            {
                late.insert(cluster);
            }
            if label == NerLabel::Person {
                for (_, role) in bare_after.iter().filter(|(r, _)| *r == range) {
                    introduced_bare.insert(*role, cluster);
                }
            }
            if let Some((_, role, country)) = roles.next_if(|p| p.0 == range) {
                if country.is_some() {
                    named_with_country.insert(cluster);
                }
                if country.is_none() && source != MentionSource::Role {
                    introduced_bare.insert(role, cluster);
                }
                give_role(kb, c, role, country, date);
            }
            if c.role.is_none() {
                c.role = link.and_then(|e| current_role(kb, e, date));
            }
            if label == NerLabel::Person && c.role.is_some() {
                last_role = Some(cluster);
                if let (Some(_), Some(r)) = (c.entry, c.role) {
                    let holders = holders_by_role.entry(r).or_default();
                    holders.retain(|&h| h != cluster);
                    holders.push(cluster);
                }
            }
            index.record(&res, cluster, label, &name);
            if label == NerLabel::Person && source != MentionSource::Role {
                for key in title_keys_before(kb, norms, &names, range.start) {
                    if let Some(head) = key.first().filter(|h| !told_heads.contains(*h)) {
                        told_heads.insert(head.clone());
                    }
                    told_titles.insert(key, cluster);
                }
            }
            res.mentions.push(Mention {
                sentence: si,
                tokens: range,
                proclitic,
                label,
                cluster,
                source,
            });
        }
    }
    // Fill roles and countries from the knowledge base.
    for c in &mut res.clusters {
        let Some(e) = c.entry else { continue };
        let entry = &kb.entries[e];
        if c.country.is_none() && !entry.iso3.is_empty() {
            c.country = Some(entry.iso3.clone());
        }
        if c.role.is_none() {
            c.role = current_role(kb, e, date);
        }
    }
    res
}

/// Who a role phrase names: the holder of `role` for `iso3` (or for the
/// organization `org`) on `date`. Without a date, a holder the document
/// already mentions wins, then the current holder.
fn holder_for(
    kb: &KnowledgeBase,
    index: &ClusterIndex,
    role: usize,
    iso3: Option<&str>,
    org: Option<usize>,
    date: Option<Date>,
) -> Option<usize> {
    let candidates = |by_org: bool| {
        kb.offices.iter().filter(move |o| {
            o.role == role
                && if by_org {
                    org.is_some() && o.org == org
                } else {
                    iso3.is_some_and(|i| o.iso3 == i)
                }
        })
    };
    for by_org in [false, true] {
        let found = match date {
            Some(d) => candidates(by_org)
                .filter(|o| o.held_on(d))
                .max_by_key(|o| o.start)
                .map(|o| o.person),
            None => candidates(by_org)
                .filter(|o| index.by_entry.contains_key(&o.person))
                .max_by_key(|o| o.start)
                .or_else(|| {
                    candidates(by_org)
                        .filter(|o| o.end.is_none())
                        .max_by_key(|o| o.start)
                })
                .map(|o| o.person),
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

/// The office a person held on `date` (or holds now, without a date).
fn current_role(kb: &KnowledgeBase, entry: usize, date: Option<Date>) -> Option<usize> {
    if kb.entries[entry].kind != EntryKind::Person {
        return None;
    }
    let office = match date {
        Some(d) => kb.offices_of(entry, Some(d)).next(),
        None => kb.offices_of(entry, None).max_by_key(|o| o.start),
    };
    office.map(|o| o.role)
}

/// A mention before clustering: tokens, proclitic bytes, label, linked
/// entry, source.
type Candidate = (Range<usize>, usize, NerLabel, Option<usize>, MentionSource);

/// A person mention (its tokens) named with a role and a country.
type PendingRole = (Range<usize>, usize, Option<String>);

/// Gives a cluster the role a phrase named it with; an unlinked person
/// becomes the office holder when the name agrees (same last word).
fn give_role(
    kb: &KnowledgeBase,
    c: &mut Cluster,
    role: usize,
    country: Option<String>,
    date: Option<Date>,
) {
    // A linked person's office on the date is more precise than a title
    // («الوزير», «الأمير»); the title serves when the knowledge base has none.
    let office = c.entry.and_then(|e| current_role(kb, e, date));
    c.role = c.role.or(office).or(Some(role));
    if c.country.is_none() {
        c.country.clone_from(&country);
    }
    if c.entry.is_some() {
        return;
    }
    let Some(iso) = &country else { return };
    let d = date.unwrap_or(Date {
        year: 9999,
        month: 12,
        day: 31,
    });
    let Some(h) = kb.holder(role, iso, d) else {
        return;
    };
    let Some(last) = c.name.rsplit(' ').next().filter(|l| !l.is_empty()) else {
        return;
    };
    let normalizer = Normalizer::shared();
    let agrees = kb.entries[h]
        .aliases_ar
        .iter()
        .chain(&kb.entries[h].short_ar)
        .any(|a| normalizer.normalize(a).ends_with(last));
    if agrees {
        c.entry = Some(h);
    }
}

/// Past-tense verbs that open news sentences before their subject's name
/// («دعا», «وقال», «أكدت»), in search form, with or without و or ف; none
/// is a name.
fn opens_with_verb(norm: &str) -> bool {
    let w = norm
        .strip_prefix(['و', 'ف'])
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(norm);
    matches!(
        w,
        "قال"
            | "قالت"
            | "اكد"
            | "اكدت"
            | "دعا"
            | "دعت"
            | "اعلن"
            | "اعلنت"
            | "اضاف"
            | "اضافت"
            | "اوضح"
            | "اوضحت"
            | "اشار"
            | "اشارت"
            | "رحب"
            | "رحبت"
            | "التقي"
            | "استقبل"
            | "استقبلت"
            | "زار"
            | "زارت"
            | "طالب"
            | "طالبت"
            | "اتهم"
            | "اتهمت"
            | "حذر"
            | "حذرت"
            | "شدد"
            | "شددت"
            | "نفي"
            | "نفت"
    )
}

/// Words that cannot stand between a title and its holder's name:
/// prepositions, conjunctions, relatives and complementizers. (Not the
/// whole stopword list: it holds «السابق», which does stand there: «الرئيس
/// اليمني السابق علي عبد الله صالح».)
fn is_gap_stop(norm: &str) -> bool {
    matches!(
        norm,
        "مع" | "و"
            | "في"
            | "من"
            | "الي"
            | "علي"
            | "عن"
            | "لدي"
            | "عند"
            | "بين"
            | "ضد"
            | "الذي"
            | "التي"
            | "ان"
            | "او"
            | "ثم"
            | "بعد"
            | "قبل"
            | "خلال"
            | "امام"
            | "نحو"
            | "منذ"
    )
}

/// «وزير», «وزيرة», «الوزير» with a proclitic or not.
fn is_minister_title(norm: &str) -> bool {
    let rest = norm
        .strip_prefix('و')
        .filter(|r| r.starts_with("وزير") || r.starts_with("الوزير"));
    matches!(
        rest.unwrap_or(norm),
        "وزير" | "وزيره" | "الوزير" | "الوزيره"
    )
}

/// Most words a minister's portfolio runs over.
const PORTFOLIO_WORDS: usize = 4;

/// Where a minister's portfolio after `from` ends: definite words
/// («الكهرباء», «والثروة», «المعدنية») and «لشؤون» / «للشؤون», up to four,
/// none of them inside a name or a tagged mention unless joined by و.
/// Returns `from` when there is none.
fn portfolio_end(
    norms: &[&str],
    from: usize,
    names: &[GazetteerMatch],
    mentions: &[Candidate],
) -> usize {
    let mut end = from;
    while end < norms.len() && end - from < PORTFOLIO_WORDS {
        let w = norms[end];
        let definite = w.starts_with("ال") || w.starts_with("وال") || w.starts_with("لل");
        let affairs = matches!(w, "لشوون" | "للشوون");
        let named = names.iter().any(|n| n.tokens.contains(&end))
            || mentions.iter().any(|c| c.0.contains(&end));
        // A coordinated nisba belongs to the portfolio: «وزير الشؤون الخارجية
        // والتعاون الإفريقي والمغاربة المقيمين بالخارج».
        if !(definite || affairs) || named && !w.starts_with('و') {
            break;
        }
        end += 1;
    }
    end
}

/// Untags a one-word person that is the verb «دان» ("condemned"), with or
/// without its conjunction («ودان المتحدث باسم الخارجية الهجوم»): alone,
/// the word is never a person's name in the news (a «Dan» comes with his
/// surname).
pub fn untag_verbs_read_as_names(tags: &mut [Vec<Tag>], norms: &[Vec<&str>]) {
    for (sentence, norms) in tags.iter_mut().zip(norms) {
        for t in 0..sentence.len() {
            let alone = sentence[t] == Tag::begin(NerLabel::Person)
                && sentence
                    .get(t + 1)
                    .is_none_or(|next| *next != Tag::inside(NerLabel::Person));
            if !alone {
                continue;
            }
            let word = norms[t];
            let bare = word
                .strip_prefix(['و', 'ف'])
                .filter(|r| r.chars().count() >= 3)
                .unwrap_or(word);
            if bare == "دان" {
                sentence[t] = Tag::O;
            }
        }
    }
}

/// Splits a person span the tagger ran over two people («إيمانويل ماكرون
/// الحريري», «عبد الفتاح السيسي فون دير لاين»): where a known person's full
/// name opens the span and ends one to three words before its end, and the rest ends as another person's
/// span of the document ends («سعد الحريري») or is a known name itself,
/// the rest is a second mention.
pub fn split_glued_names(
    tags: &mut [Vec<Tag>],
    norms: &[Vec<&str>],
    names: &[Vec<GazetteerMatch>],
) {
    let spans: Vec<(usize, Range<usize>)> = tags
        .iter()
        .enumerate()
        .flat_map(|(s, sentence)| {
            tag_spans(sentence)
                .into_iter()
                .filter(|(_, label)| *label == NerLabel::Person)
                .map(move |(r, _)| (s, r))
        })
        .collect();
    for (s, range) in &spans {
        if range.len() < 3 {
            continue;
        }
        let Some(known) = names[*s].iter().find(|m| {
            m.kind == NameKind::Person
                && m.tokens.len() >= 2
                && m.tokens.start == range.start
                && m.tokens.end < range.end
                && range.end - m.tokens.end <= 3
        }) else {
            continue;
        };
        let rest = known.tokens.end;
        // «محمد بن سلمان بن عبدالعزيز», «… آل سعود»: his lineage and
        // family, not a second man.
        if matches!(
            norms[*s][rest],
            "بن" | "ابن" | "بنت" | "ال" | "ولد" | "ابو" | "ابي" | "ام"
        ) {
            continue;
        }
        let last = norms[*s][range.end - 1];
        let first = norms[*s][range.start];
        // Another man of the same surname, named in full: «سعد الحريري»
        // (not «كوبولا» alone, the same man by his surname).
        // A family chain («مشعل الأحمد الجابر» beside «نواف الأحمد
        // الجابر») is no other man's full name: his given name stands
        // right before the surname.
        let told_apart = spans.iter().any(|(s2, r2)| {
            let before_last = norms[*s2][r2.end.saturating_sub(2)];
            (s2, r2) != (s, range)
                && r2.len() >= 2
                && norms[*s2][r2.end - 1] == last
                && norms[*s2][r2.start] != first
                && !before_last.starts_with("ال")
                && !matches!(before_last, "بن" | "ابن" | "بنت" | "ولد" | "ابو")
        });
        let named = names[*s].iter().any(|m| {
            matches!(m.kind, NameKind::Person | NameKind::PersonShort)
                && m.tokens.start == rest
                && m.tokens.end == range.end
        });
        if told_apart || named {
            tags[*s][rest] = Tag::begin(NerLabel::Person);
        }
    }
}

/// Gives back the title a person span ran into: «الأمير تشارلز [أمير]
/// ويلز», «فيصل [أمير] منطقة مكة». Where the last word of a person span of
/// two words or more is a ruler's or an official's title word with no
/// article («أمير», «ملك», «سلطان», «رئيس», «وزير» …), and a place, a
/// country, a body or a word opening one («منطقة», «دولة») comes right
/// after it, the word opens a title in apposition, not the name's last word.
pub fn trim_titles_closing_names(
    tags: &mut [Vec<Tag>],
    norms: &[Vec<&str>],
    names: &[Vec<GazetteerMatch>],
) {
    for ((sentence, norms), names) in tags.iter_mut().zip(norms).zip(names) {
        for (range, label) in tag_spans(sentence) {
            if label != NerLabel::Person || range.len() < 2 || range.end >= sentence.len() {
                continue;
            }
            let last = range.end - 1;
            let title = matches!(norms[last], "امير" | "ملك" | "سلطان" | "دوق")
                || is_title_head(norms[last]) && !norms[last].starts_with("ال");
            if !title {
                continue;
            }
            let next = range.end;
            let place = matches!(
                sentence[next].label(),
                Some(NerLabel::Location | NerLabel::Organization)
            ) || names.iter().any(|m| {
                m.tokens.start == next
                    && matches!(
                        m.kind,
                        NameKind::Country | NameKind::Place | NameKind::Organization
                    )
            }) || matches!(
                norms[next],
                "منطقه"
                    | "دوله"
                    | "مملكه"
                    | "اماره"
                    | "امارات"
                    | "جمهوريه"
                    | "سلطنه"
                    | "مقاطعه"
            );
            if place {
                sentence[last] = Tag::O;
            }
        }
    }
}

/// Ends a person span at a ruler's title inside it: «الملك حسين [والملك]
/// سعود», «استقبل الرئيس عبد الناصر [الملك] سعود», and at an official's
/// title glued to a preposition that closes it: «الملك سعود [لمندوب]
/// الوكالة». A title with its article after a name opens the next man's
/// name («الملك», «الرئيس», «السلطان»; «والأمير», «والشيخ» only after
/// «و», as both are surnames too: «حسين الشيخ»); the word after it starts
/// that name. Not in a span that opens with a title or an honorific, which the
/// ruler's title goes on («خادم الحرمين الشريفين الملك سلمان»).
pub fn split_names_at_titles(tags: &mut [Vec<Tag>], norms: &[Vec<&str>]) {
    for (sentence, norms) in tags.iter_mut().zip(norms) {
        for (range, label) in tag_spans(sentence) {
            if label != NerLabel::Person || range.len() < 2 {
                continue;
            }
            let first = norms[range.start];
            if is_title_head(first)
                || matches!(
                    without_conjunction(first),
                    "خادم"
                        | "صاحب"
                        | "سمو"
                        | "جلاله"
                        | "فخامه"
                        | "حضره"
                        | "الملك"
                        | "الامير"
                )
            {
                continue;
            }
            let last = range.end - 1;
            let glued = norms[last]
                .strip_prefix(['ل', 'ب'])
                .is_some_and(|w| !w.starts_with("ال") && is_bare_title_head(w));
            if glued {
                sentence[last] = Tag::O;
            }
            // («… الملك» closing the span before the next man's name.)
            let person_next = sentence
                .get(range.end)
                .is_some_and(|g| *g == Tag::begin(NerLabel::Person));
            for k in range.start + 1..range.end {
                let title = without_conjunction(norms[k]);
                // («عبد الملك الحوثي», «بن السلطان»: a name's word.)
                // «الأمير» and «الشيخ» are surnames too («حسين الشيخ»):
                // only after «و».
                let joined = norms[k] != title;
                let opens = (k + 1 < range.end || person_next)
                    && (matches!(title, "الملك" | "الرييس" | "السلطان")
                        || joined && matches!(title, "الامير" | "الشيخ"))
                    && !matches!(
                        norms[k - 1],
                        "عبد" | "بن" | "ابن" | "بنت" | "ابو" | "ال" | "ولد"
                    );
                if opens || (k == last && joined && title == "الملك") {
                    sentence[k] = Tag::O;
                    if k + 1 < range.end && sentence[k + 1] != Tag::O {
                        sentence[k + 1] = Tag::begin(NerLabel::Person);
                    }
                    break;
                }
            }
        }
    }
}

/// Gives back the place a person span opened with: «السفير الأمريكي
/// [بتونس] بيتر سيباستيان». Where the first word of a person span of two
/// words or more is a country or a place with a preposition glued to it
/// («بتونس», «لدى» is a word of its own), the person starts after it.
pub fn trim_places_opening_names(tags: &mut [Vec<Tag>], names: &[Vec<GazetteerMatch>]) {
    for (sentence, names) in tags.iter_mut().zip(names) {
        for (range, label) in tag_spans(sentence) {
            if label != NerLabel::Person || range.len() < 2 {
                continue;
            }
            let place = names.iter().any(|m| {
                m.tokens == (range.start..range.start + 1)
                    && m.proclitic > 0
                    && matches!(m.kind, NameKind::Country | NameKind::Place)
            });
            if place {
                sentence[range.start] = Tag::O;
                sentence[range.start + 1] = Tag::begin(NerLabel::Person);
            }
        }
    }
}

/// Gives a person the «علي» that ends his name («كمال حسن علي إلى
/// واشنطن»), where the document writes the preposition «على» with its ى
/// and what follows «علي» cannot be governed by a preposition: a stop, a
/// comma or another preposition.
pub fn end_names_with_ali(tags: &mut [Vec<Tag>], tokens: &[Vec<&str>]) {
    if !tokens.iter().flatten().any(|t| *t == "على") {
        return;
    }
    let closes = |t: Option<&&str>| {
        t.is_none_or(|t| {
            t.chars().all(|c| !c.is_alphanumeric())
                || matches!(
                    *t,
                    "إلى" | "الى" | "في" | "من" | "عن" | "مع" | "على" | "لدى"
                )
        })
    };
    for (sentence, tokens) in tags.iter_mut().zip(tokens) {
        for (range, label) in tag_spans(sentence) {
            if label == NerLabel::Person
                && range.end < sentence.len()
                && sentence[range.end] == Tag::O
                && tokens[range.end] == "علي"
                && closes(tokens.get(range.end + 1))
            {
                sentence[range.end] = Tag::inside(NerLabel::Person);
            }
        }
    }
}

/// Most given names put back before a surname.
const GIVEN_NAMES_BEFORE: usize = 3;

/// Gives a person's full name back to a mention the tagger missed: where a
/// word the tagger read as a person's last word elsewhere in the document
/// («الخرابشة») stands untagged after given names («صالح الخرابشة»), the
/// given names and the word become that person's mention. `sentences` are
/// the tagger's output, `norms` and `names` the sentences' search forms and
/// gazetteer matches.
pub fn restore_full_names(
    tags: &mut [Vec<Tag>],
    norms: &[Vec<&str>],
    names: &[Vec<GazetteerMatch>],
) -> Vec<Vec<Range<usize>>> {
    let mut found = vec![Vec::new(); tags.len()];
    let surnames = person_surnames(tags, norms, |_, _, last| last.chars().count() >= 3);
    if surnames.is_empty() {
        return found;
    }
    for (s, sentence) in tags.iter_mut().enumerate() {
        // A given name with no proclitic but و («لسيد» is no name), and
        // not definite («الشيخ» is a title).
        let given = |k: usize| {
            names[s].iter().any(|m| {
                m.kind == NameKind::GivenName
                    && m.tokens == (k..k + 1)
                    && (m.proclitic == 0
                        || norms[s][k].starts_with('و') && m.proclitic == 'و'.len_utf8())
                    && !norms[s][k][m.proclitic..].starts_with("ال")
            })
        };
        for t in 1..sentence.len() {
            // Untagged, and not the start of a span running on.
            let untagged = sentence[t] == Tag::O
                && sentence
                    .get(t + 1)
                    .is_none_or(|n| n.is_begin() || *n == Tag::O);
            if !untagged || surnames.binary_search(&norms[s][t]).is_err() {
                continue;
            }
            let mut first = t;
            while first > 0
                && t - first < GIVEN_NAMES_BEFORE
                && sentence[first - 1] == Tag::O
                && given(first - 1)
            {
                first -= 1;
            }
            if first < t {
                sentence[first] = Tag::begin(NerLabel::Person);
                for tag in &mut sentence[first + 1..=t] {
                    *tag = Tag::inside(NerLabel::Person);
                }
                found[s].push(first..t + 1);
            }
        }
    }
    found
}

/// Tags as a person a surname standing alone that the tagger read, in the
/// same document, as the last word of a person's full name («الطبوبي»
/// after «نور الدين الطبوبي»). Only a surname that is no common word (seen
/// fewer than 200 times in the raw news corpus, and its form with the
/// article added or removed fewer than five times or less than half as
/// often: not «الوزير», «السلمي»), with no
/// pronoun and not spelt like a short imperfect verb, of four letters or
/// more, after a given name; standing untagged, not inside another name
/// of the gazetteer, with no proclitic. Returns the spans tagged, by
/// sentence.
pub fn tag_lone_surnames(
    tags: &mut [Vec<Tag>],
    norms: &[Vec<&str>],
    names: &[Vec<GazetteerMatch>],
) -> Vec<Vec<Range<usize>>> {
    let mut found = vec![Vec::new(); tags.len()];
    let lexicon = akhbar_text::segment::SegmenterModel::bundled().lexicon();
    let surnames = person_surnames(tags, norms, |s, range, last| {
        // The full name opens with a given name («نور الدين»), perhaps
        // with a conjunction the tagger kept («وبسام السعدي»).
        let given_first = names[s].iter().any(|m| {
            m.tokens.start == range.start
                && (m.proclitic == 0 || norms[s][range.start].starts_with('و'))
                && m.alternatives
                    .iter()
                    .any(|(k, _)| *k == NameKind::GivenName)
        });
        if range.len() < 2 || !given_first || last.chars().count() < 4 {
            return false;
        }
        // Its last word looks like no verb («تسيطر») or circumstantial
        // participle («موضحا», «قائلا») and carries no pronoun («روايته»).
        let verb_like = last.starts_with(['ي', 'ت']) && last.chars().count() <= 5
            || last.ends_with('ا')
                && (last.starts_with('م') && last.chars().count() >= 5 || last.starts_with("قا"));
        let pronoun = ["ه", "ها", "هم"].iter().any(|p| last.ends_with(p)) && !last.ends_with("اه");
        // «محمد السادس»: a regnal number; «سليمان باشا»: a title; «أبو
        // الكيمياء»: a kunya of a word, "the father of chemistry".
        let kunya = range.len() == 2
            && matches!(norms[s][range.start], "ابو" | "ابي" | "ابن" | "بن" | "ام");
        let no_name = kunya
            || matches!(last, "باشا" | "بك" | "بيك" | "افندي")
            || crate::times::is_ordinal_word(last);
        // A common word: its form with the article added or removed is
        // frequent too («الوزير» / «وزير»), not a rare name seen both ways
        // («السعدي» / «سعدي», twice each).
        let count = lexicon.count(last);
        let other = match last.strip_prefix("ال") {
            Some(bare) => lexicon.count(bare),
            None => lexicon.count_joined("ال", last),
        };
        let common =
            count >= LONE_SURNAME_MAX_COUNT || other >= OTHER_FORM_MIN_COUNT && other * 2 >= count;
        !(verb_like
            || pronoun
            || no_name
            || common
            || akhbar_text::stopwords::is_stopword(last)
            || is_title_head(last))
    });
    if surnames.is_empty() {
        return found;
    }
    for (s, sentence) in tags.iter_mut().enumerate() {
        for t in 0..sentence.len() {
            let n = norms[s][t];
            if sentence[t] != Tag::O || surnames.binary_search(&n).is_err() {
                continue;
            }
            let named = names[s]
                .iter()
                .any(|m| m.tokens.contains(&t) && m.kind != NameKind::PersonShort);
            let run_on = t > 0 && sentence[t - 1] != Tag::O
                || sentence
                    .get(t + 1)
                    .is_some_and(|g| *g != Tag::O && !g.is_begin());
            if named || run_on {
                continue;
            }
            sentence[t] = Tag::begin(NerLabel::Person);
            found[s].push(t..t + 1);
        }
    }
    found
}

/// The last words of the document's person spans that `keep` accepts
/// (called with the sentence, the span and the word), sorted and without
/// repeats, for look-up.
fn person_surnames<'a>(
    tags: &[Vec<Tag>],
    norms: &[Vec<&'a str>],
    mut keep: impl FnMut(usize, &Range<usize>, &'a str) -> bool,
) -> Vec<&'a str> {
    let mut surnames: Vec<&str> = Vec::new();
    for (s, sentence) in tags.iter().enumerate() {
        for (range, label) in tag_spans(sentence) {
            let last = norms[s][range.end - 1];
            if label == NerLabel::Person && keep(s, &range, last) {
                surnames.push(last);
            }
        }
    }
    surnames.sort_unstable();
    surnames.dedup();
    surnames
}

/// How often a surname may be seen in the raw news corpus and still be
/// tagged alone ([`tag_lone_surnames`]).
const LONE_SURNAME_MAX_COUNT: u32 = 200;

/// How often a surname's form with the article added or removed must be
/// seen to make it a common word (see [`tag_lone_surnames`]).
const OTHER_FORM_MIN_COUNT: u32 = 5;

/// Most words between a title and the name after it («رئيس مجلس إدارة
/// المؤسسة مصطفى صنع الله», «وزير الإعلام في حكومة تصريف الأعمال …»).
const TITLE_BODY_WORDS: usize = 4;

/// Most words of a name after its given name.
const NAME_WORDS_AFTER_GIVEN: usize = 2;

/// The head of a title that is no office of the knowledge base's own
/// («مدير», «مسؤول», «عضو», «رئيسة»), or a rank or profession named
/// before a name («اللواء», «المحامي», «الدكتور»), in search form, with or
/// without the article or a conjunction.
fn is_title_head(norm: &str) -> bool {
    // («وزير» is the title itself, not و + «زير».)
    is_bare_title_head(norm) || is_bare_title_head(without_conjunction(norm))
}

fn is_bare_title_head(w: &str) -> bool {
    let w = w.strip_prefix("ال").unwrap_or(w);
    let w = w.strip_suffix('ه').unwrap_or(w);
    matches!(
        w,
        "رييس"
            | "مدير"
            | "مسوول"
            | "عضو"
            | "منسق"
            | "ممثل"
            | "مندوب"
            | "مستشار"
            | "نايب"
            | "امين"
            | "قايد"
            | "سفير"
            | "وزير"
            | "محافظ"
            | "متحدث"
            | "ناطق"
            | "مبعوث"
            | "مفوض"
            | "نقيب"
            | "عميد"
            | "لواء"
            | "عقيد"
            | "محامي"
            | "دكتور"
            | "مهندس"
            | "ناشط"
            | "خبير"
            | "باحث"
            | "صحفي"
    )
}

/// Is a given name spelt like a common noun («بيت», «أمين», «سلام»):
/// seen with the article in the raw news corpus at least 4 times for
/// every 5 times without?
pub(crate) fn reads_as_common_noun(norm: &str) -> bool {
    let lexicon = akhbar_text::segment::SegmenterModel::bundled().lexicon();
    let bare = lexicon.count(norm);
    let definite = lexicon.count_joined("ال", norm);
    definite > 0 && definite * 5 >= bare * 4
}

/// Tags as a person a name the tagger missed after a title: a given name
/// of the knowledge base's list («مصطفى»), with no proclitic and not
/// definite, standing untagged at most four words after a title head or
/// an office, and the one or two words of its name after it («صنع
/// الله»). The words between are the title's body: no punctuation, no
/// preposition but «في», no person. The name's words are plain words: no
/// function word, no title, no «لل» or place with ب, nothing the tagger
/// read as another entity. A surname the tagger did read as a person
/// takes the given name before it. Returns the names tagged, by sentence.
pub fn tag_names_after_titles(
    tags: &mut [Vec<Tag>],
    tokens: &[Vec<&str>],
    norms: &[Vec<&str>],
    names: &[Vec<GazetteerMatch>],
) -> Vec<Vec<Range<usize>>> {
    let mut found = vec![Vec::new(); tags.len()];
    for (s, sentence) in tags.iter_mut().enumerate() {
        let raw = &tokens[s];
        let norms = &norms[s];
        let names = &names[s];
        let match_at = |k: usize| names.iter().find(|m| m.tokens.start == k);
        let is_role = |k: usize| is_office_at(names, k);
        let word = |k: usize| {
            let n = norms[k];
            n.chars().count() >= 2 && n.chars().all(akhbar_text::chars::is_arabic_letter)
        };
        let mut t = 1;
        while t < sentence.len() {
            let given = match_at(t).filter(|m| {
                m.kind == NameKind::GivenName
                    && m.proclitic == 0
                    && m.tokens.len() <= 2
                    && !norms[t].starts_with("ال")
                    && !norms[t].starts_with("لل")
                    && !is_title_head(norms[t])
                    && !is_role(t)
                    && !reads_as_common_noun(norms[t])
                    && m.tokens.clone().all(|k| sentence[k] == Tag::O)
            });
            let Some(given) = given else {
                match unknown_name_after_title(sentence, raw, norms, names, t) {
                    Some(name) => {
                        sentence[name.start] = Tag::begin(NerLabel::Person);
                        for tag in &mut sentence[name.start + 1..name.end] {
                            *tag = Tag::inside(NerLabel::Person);
                        }
                        t = name.end;
                        found[s].push(name);
                    }
                    None => t += 1,
                }
                continue;
            };
            // The title: a head or an office before, its body between.
            let mut titled = false;
            let mut k = t;
            while k > 0 && t - k <= TITLE_BODY_WORDS {
                k -= 1;
                if is_title_head(norms[k]) || is_role(k) {
                    titled = true;
                    break;
                }
                let n = norms[k];
                // «في» opens a body («في حكومة تصريف الأعمال») but is
                // not the title's next word, nor the name's last before
                // it («يبيت السلطان في بيت مواطن»).
                let body_fi = n == "في"
                    && k + 1 < t
                    && k >= 1
                    && !(is_title_head(norms[k - 1]) || is_role(k - 1));
                if !word(k)
                    || (is_gap_stop(n) && !body_fi)
                    || sentence[k].label() == Some(NerLabel::Person)
                {
                    break;
                }
            }
            if !titled {
                t += 1;
                continue;
            }
            // The name's words after the given name.
            let start = t;
            let mut end = given.tokens.end;
            let surname_tagged = sentence
                .get(end)
                .is_some_and(|g| *g == Tag::begin(NerLabel::Person));
            if surname_tagged {
                sentence[start] = Tag::begin(NerLabel::Person);
                for tag in &mut sentence[start + 1..=end] {
                    *tag = Tag::inside(NerLabel::Person);
                }
                found[s].push(start..end + 1);
                t = end + 1;
                continue;
            }
            while end < sentence.len() && end - given.tokens.end < NAME_WORDS_AFTER_GIVEN {
                let n = norms[end];
                // «عبد الله» and «نور الدين» ends even where the tagger read
                // «الله» alone as a name.
                let compound = matches!(n, "الله" | "الدين")
                    && sentence[end].label() != Some(NerLabel::Person)
                    && sentence
                        .get(end + 1)
                        .is_none_or(|g| g.is_begin() || *g == Tag::O);
                // «خالد علي لـ"…"», «محمد علي،»: the name «علي», spelt
                // with ي, before punctuation or a glued «لـ», is no «على».
                let ali = raw[end] == "علي"
                    && raw.get(end + 1).is_none_or(|next| {
                        next.starts_with('ل')
                            && !next.starts_with("ال")
                            && next.chars().count() <= 2
                            || !next.chars().next().is_some_and(char::is_alphanumeric)
                    });
                let plain = compound
                    || ali
                    || word(end)
                    && sentence[end] == Tag::O
                    && !is_gap_stop(n)
                    && !akhbar_text::stopwords::is_stopword(n)
                    && !is_title_head(n)
                    && !is_role(end)
                    && !["لل", "بال", "كال", "فال"].iter().any(|p| n.starts_with(p))
                    && !(n.starts_with('و') && n.chars().count() > 3)
                    // «صالح الأحمد [إشادة]»: a definite surname ends the name.
                    && !norms[end - 1].starts_with("ال")
                    && !names.iter().any(|m| {
                        m.tokens.start == end
                            && m.proclitic > 0
                            && matches!(m.kind, NameKind::Place | NameKind::Country)
                    });
                if !plain {
                    break;
                }
                end += 1;
            }
            if end - start >= 2 {
                sentence[start] = Tag::begin(NerLabel::Person);
                for tag in &mut sentence[start + 1..end] {
                    *tag = Tag::inside(NerLabel::Person);
                }
                found[s].push(start..end);
            }
            t = end.max(t + 1);
        }
    }
    found
}

/// How often a word may be seen in the raw news corpus and still count as
/// rare: the foreign names the tagger does not know («مهمانبرست»,
/// «فرونتسكا») are seen a few times or never.
const RARE_NAME_WORD_COUNT: u32 = 3;

/// Most words of a name nobody knows ([`unknown_name_after_title`]).
const UNKNOWN_NAME_WORDS: usize = 3;

/// A name neither the tagger nor the knowledge base knows, at `t` right
/// after a title that ends in a nisba or a definite genitive («وزير
/// البترول الباكستاني مصدق مالك،», «المتحدث باسم وزارة الخارجية الإيرانية
/// رامين مهمانبرست»): two or three untagged plain words, each of them a
/// given name of the knowledge base or rare in the raw news corpus, none of
/// them a common noun (seen mostly with the article), a verb (seen with the
/// future «سـ»), an indefinite accusative («اتصالاً») or a dual or plural
/// of a known word («قرارين»).
fn unknown_name_after_title(
    sentence: &[Tag],
    raw: &[&str],
    norms: &[&str],
    names: &[GazetteerMatch],
    t: usize,
) -> Option<Range<usize>> {
    if t == 0 || sentence[t] != Tag::O {
        return None;
    }
    let is_role = |k: usize| is_office_at(names, k);
    let arabic_word = |k: usize| {
        let n = norms[k];
        n.chars().count() >= 2 && n.chars().all(akhbar_text::chars::is_arabic_letter)
    };
    // The title closes right before: a nisba, a definite genitive, a
    // place or a body («المنسقة الخاصة للأمم المتحدة في لبنان»), or the
    // title head itself («اللواء»).
    let before = norms[t - 1];
    let place_or_body = |k: usize| {
        matches!(
            sentence[k].label(),
            Some(NerLabel::Location | NerLabel::Organization)
        )
    };
    if !(before.starts_with("ال")
        || is_title_head(before)
        || is_role(t - 1)
        || place_or_body(t - 1))
    {
        return None;
    }
    let lexicon = akhbar_text::segment::SegmenterModel::bundled().lexicon();
    let name_word = |k: usize| {
        if !arabic_word(k) || sentence[k] != Tag::O {
            return false;
        }
        let n = norms[k];
        let prefixed = n.starts_with("ال")
            || ["لل", "بال", "كال", "فال", "وال"]
                .iter()
                .any(|p| n.starts_with(p))
            || n.starts_with('و') && n.chars().count() > 3;
        if prefixed {
            return false;
        }
        // «العميد علي قانصو»: «علي» written with ي right after a rank is
        // the given name, not «على» (a function word in search form).
        if raw[k] == "علي" && k > 0 && (is_rank(norms[k - 1]) || is_title_head(norms[k - 1])) {
            return true;
        }
        // Rare in the raw news corpus, or a given name: checked first, as
        // most words are neither.
        let bare = lexicon.count(n);
        let given = || {
            names
                .iter()
                .any(|m| m.tokens.start == k && m.kind == NameKind::GivenName)
        };
        if bare > RARE_NAME_WORD_COUNT && !given() {
            return false;
        }
        // «باسمها», «لإبلاغه»: a noun with a pronoun; «لإبلاغه»,
        // «بالجزائر»: a preposition on a known word; «اتصالاً»: an
        // indefinite accusative; «قرارين»: a dual or plural of a known noun.
        let inflected = ["ه", "ها", "هم", "هما"].iter().any(|e| raw[k].ends_with(e))
            || raw[k].contains(['\u{064B}', '\u{064C}', '\u{064D}'])
            || ["ين", "ان", "ون", "ات"].iter().any(|e| {
                n.strip_suffix(e)
                    .is_some_and(|stem| lexicon.count_joined("ال", stem) > RARE_NAME_WORD_COUNT)
            })
            || n.strip_prefix(['ب', 'ل', 'ك', 'ف'])
                .is_some_and(|r| lexicon.count(r) > RARE_NAME_WORD_COUNT);
        let function_or_title = akhbar_text::stopwords::is_stopword(n)
            || is_gap_stop(n)
            || is_title_head(n)
            || is_role(k)
            || names
                .iter()
                .any(|m| m.tokens.contains(&k) && m.kind != NameKind::GivenName);
        // A common noun is seen with the article at least half as often
        // as without («دخول», «قيادة»); a verb takes the future «سـ».
        let common =
            lexicon.count_joined("ال", n) * 2 >= bare.max(5) || lexicon.count_joined("س", n) != 0;
        !(inflected || function_or_title || common)
    };
    // A name has two words at least: most tokens stop here, before the
    // title is looked for.
    if !(t + 1 < sentence.len() && name_word(t) && name_word(t + 1)) {
        return None;
    }
    let mut titled = false;
    let mut k = t;
    while k > 0 && t - k <= TITLE_BODY_WORDS + 2 {
        k -= 1;
        if is_title_head(norms[k]) || is_role(k) {
            titled = true;
            break;
        }
        // The title's body: definite words («الخاصة», «للأمم»), places
        // and bodies, the nouns of a construct («مجلس إدارة») and «في»
        // after the title's first word («… في لبنان»); no verb, no time
        // word («الملك قد تلقى أمس الإثنين اتصالا هاتفيا»).
        let n = norms[k];
        let body_fi =
            n == "في" && k + 1 < t && k >= 1 && !(is_title_head(norms[k - 1]) || is_role(k - 1));
        let body_word = ["ال", "لل", "وال"].iter().any(|p| n.starts_with(p))
            || place_or_body(k)
            || matches!(
                n,
                "باسم"
                    | "مجلس"
                    | "اداره"
                    | "هييه"
                    | "وزاره"
                    | "لشوون"
                    | "شوون"
                    | "جمهوريه"
                    | "مملكه"
                    | "دوله"
            );
        if !arabic_word(k)
            || !(body_word || body_fi)
            || crate::times::is_day_word(n)
            || sentence[k].label() == Some(NerLabel::Person)
        {
            return None;
        }
    }
    if !titled {
        return None;
    }
    let mut end = t;
    while end < sentence.len() && end - t < UNKNOWN_NAME_WORDS && name_word(end) {
        end += 1;
    }
    // Too long for a name, or the given names of a person the tagger found
    // («بهرام [قاسمي]»: left to the tagger's span).
    if end - t < 2
        || end < sentence.len()
            && (end - t == UNKNOWN_NAME_WORDS && name_word(end)
                || sentence[end].label() == Some(NerLabel::Person))
    {
        return None;
    }
    // Given names alone are the tagger's to judge.
    let rare = |k: usize| lexicon.count(norms[k]) <= RARE_NAME_WORD_COUNT;
    (t..end).any(rare).then_some(t..end)
}

fn mention_name(norms: &[&str], proclitic: usize) -> String {
    let mut words: Vec<String> = norms.iter().map(|n| n.to_string()).collect();
    if let Some(w) = words.first_mut() {
        if proclitic > 0 {
            // Proclitics are single Arabic letters, two bytes in the raw
            // token and in its search form alike.
            if let Some(rest) = w.get(proclitic..) {
                *w = rest.to_string();
            }
        } else if let Some(rest) = w.strip_prefix("لل").filter(|r| r.chars().count() >= 2) {
            // «للقوات» is ل + القوات.
            *w = format!("ال{rest}");
        }
    }
    words.join(" ")
}

/// Entity spans of a tag sequence: (token range, label).
pub fn tag_spans(tags: &[Tag]) -> Vec<(Range<usize>, NerLabel)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, NerLabel)> = None;
    for (i, t) in tags.iter().enumerate() {
        let continues =
            !t.is_begin() && t.label().is_some() && open.is_some_and(|(_, l)| Some(l) == t.label());
        if continues {
            continue;
        }
        if let Some((s, l)) = open.take() {
            out.push((s..i, l));
        }
        if let Some(l) = t.label() {
            open = Some((i, l));
        }
    }
    if let Some((s, l)) = open {
        out.push((s..tags.len(), l));
    }
    out
}

/// The gazetteer counts proclitic bytes on the search form; they hold for
/// the raw token only when normalization kept its length (no diacritics
/// dropped, no letters changed in size). Otherwise the mention keeps the
/// whole token rather than guess.
fn proclitic_in_raw(proclitic: usize, raw: &str, norm: &str) -> usize {
    if raw.len() == norm.len() && raw.is_char_boundary(proclitic) {
        proclitic
    } else {
        0
    }
}

/// Bytes of a proclitic (و ف ب ل ك, and pairs) before a name the tagger
/// found, when what remains is a plausible name: «وبوتين» → «بوتين» only if
/// the word without «و» is three letters or more. Conservative: a single
/// و or ف (never part of a name's start in practice when the rest starts
/// with ال), or ب/ل/ك before ال.
fn strip_proclitic(norm: &str, raw: &str) -> usize {
    let mut cut = 0;
    let mut rest = norm;
    // Not ف or ك: «فالح», «فاليري», «كاليفورنيا» start with the letters of
    // a proclitic and the article.
    if let Some(r) = rest.strip_prefix('و') {
        if r.starts_with("ال") || r.starts_with("لل") || r.starts_with("بال") {
            cut += 2;
            rest = r;
        }
    }
    if let Some(r) = rest.strip_prefix('ب') {
        if r.starts_with("ال") {
            cut += 2;
        }
    }
    if raw.len() != norm.len() {
        // Diacritics or letters that change length: do not guess.
        return 0;
    }
    cut
}

/// Adverbs made of a nisba or a noun in the accusative («ميدانيا»,
/// «رسميا», «دوليا»), which the tagger may take for a place (search
/// forms).
fn is_adverb(norm: &str) -> bool {
    matches!(
        norm,
        "ميدانيا"
            | "رسميا"
            | "حاليا"
            | "دوليا"
            | "اقليميا"
            | "محليا"
            | "عسكريا"
            | "سياسيا"
            | "اقتصاديا"
            | "امنيا"
            | "ميداني"
            | "داخليا"
            | "خارجيا"
            | "عربيا"
            | "دبلوماسيا"
            | "ثنائيا"
            | "هاتفيا"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_spans_follow_iob2() {
        let p = Tag::begin(NerLabel::Person);
        let pi = Tag::inside(NerLabel::Person);
        let l = Tag::begin(NerLabel::Location);
        assert_eq!(
            tag_spans(&[p, pi, Tag::O, l, p]),
            [
                (0..2, NerLabel::Person),
                (3..4, NerLabel::Location),
                (4..5, NerLabel::Person)
            ]
        );
    }

    #[test]
    fn proclitics_before_the_article_are_split_off() {
        assert_eq!(strip_proclitic("والكرملين", "والكرملين"), 2);
        assert_eq!(strip_proclitic("بالكرملين", "بالكرملين"), 2);
        assert_eq!(strip_proclitic("وبالكرملين", "وبالكرملين"), 4);
        assert_eq!(strip_proclitic("للكرملين", "للكرملين"), 0);
        assert_eq!(strip_proclitic("وليد", "وليد"), 0);
        assert_eq!(strip_proclitic("بوتين", "بوتين"), 0);
        assert_eq!(strip_proclitic("فاليري", "فاليري"), 0);
        assert_eq!(strip_proclitic("كاليفورنيا", "كاليفورنيا"), 0);
    }

    #[test]
    fn a_lone_surname_of_a_full_name_is_the_person() {
        let gazetteer = crate::entities::EntityExtractor::bundled().gazetteer();
        let normalizer = Normalizer::default();
        let sentences = [
            "استقبل الرئيس نور الدين الزرقوني أمس",
            "ودعا الزرقوني إلى الحوار",
            "وقال الوزير إن الوضع مستقر",
        ];
        let owned: Vec<Vec<String>> = sentences
            .iter()
            .map(|s| s.split(' ').map(|w| normalizer.normalize(w)).collect())
            .collect();
        let norms: Vec<Vec<&str>> = owned
            .iter()
            .map(|s| s.iter().map(String::as_str).collect())
            .collect();
        let names: Vec<Vec<GazetteerMatch>> =
            norms.iter().map(|n| gazetteer.find_normalized(n)).collect();
        let (b, i) = (Tag::begin(NerLabel::Person), Tag::inside(NerLabel::Person));
        let mut tags = vec![
            vec![Tag::O, Tag::O, b, i, i, Tag::O],
            vec![Tag::O; 4],
            vec![b, Tag::O, Tag::O, Tag::O, Tag::O],
        ];
        let found = tag_lone_surnames(&mut tags, &norms, &names);
        assert_eq!(found[1], vec![1..2], "{found:?}");
        assert_eq!(tags[1][1], b);
        // «الوزير» is a common word, never a surname alone.
        assert!(found[2].is_empty(), "{found:?}");
    }

    fn gazetteer_names(text: &str) -> Vec<String> {
        let tokens: Vec<&str> = text.split(' ').collect();
        let res = crate::entities::EntityExtractor::bundled().extract(
            &[tokens.as_slice()],
            None,
            &mut crate::entities::ExtractScratch::default(),
        );
        res.mentions
            .iter()
            .map(|m| tokens[m.tokens.clone()].join(" "))
            .collect()
    }

    #[test]
    fn names_spelt_like_common_words_read_as_the_words() {
        let found = gazetteer_names("وتعهد الصندوق بتقديم دعم مالي جديد للبلاد");
        assert!(!found.iter().any(|n| n.contains("مالي")), "{found:?}");
        let found = gazetteer_names("وطالب الوزير بفتح ممرات آمنة للمدنيين");
        assert!(!found.iter().any(|n| n.contains("فتح")), "{found:?}");
        // The country and the movement themselves stay.
        let found = gazetteer_names("وصل الوفد إلى مالي أمس");
        assert!(found.iter().any(|n| n == "مالي"), "{found:?}");
        let found = gazetteer_names("ورحب الوزير بقرار الحكومة فتح قنصلية جديدة");
        assert!(!found.iter().any(|n| n.contains("فتح")), "{found:?}");
        let found = gazetteer_names("ورحبت فتح بالقرار");
        assert!(found.iter().any(|n| n.contains("فتح")), "{found:?}");
        // A definite genitive too: «بفتح المعابر», «تبادل فتح السفارات».
        let found = gazetteer_names("وطالب الوزير بفتح المعابر أمام القوافل");
        assert!(!found.iter().any(|n| n.contains("فتح")), "{found:?}");
        let found = gazetteer_names("واتفق البلدان على تبادل فتح السفارات");
        assert!(!found.iter().any(|n| n.contains("فتح")), "{found:?}");
        let found = gazetteer_names("وقال المتحدث باسم حركة فتح المنذر إن الحركة ترفض القرار");
        assert!(found.iter().any(|n| n.contains("فتح")), "{found:?}");
    }

    /// A person mention as the tests see it.
    struct Person {
        /// Its words.
        text: String,
        cluster: usize,
        /// The cluster's name (search form).
        name: String,
        /// The role's id and the country, when known.
        role: Option<String>,
        country: Option<String>,
        /// The English name of the entry it links to.
        entry: Option<String>,
    }

    /// The person mentions of a document of `sentences` (words split on
    /// spaces), resolved as of `date`.
    fn persons(sentences: &[&str], date: Option<Date>) -> Vec<Person> {
        let tokens: Vec<Vec<&str>> = sentences.iter().map(|s| s.split(' ').collect()).collect();
        let slices: Vec<&[&str]> = tokens.iter().map(|t| t.as_slice()).collect();
        let extractor = crate::entities::EntityExtractor::bundled();
        let kb = extractor.knowledge_base();
        let res = extractor.extract(
            &slices,
            date,
            &mut crate::entities::ExtractScratch::default(),
        );
        res.mentions
            .iter()
            .filter(|m| m.label == NerLabel::Person)
            .map(|m| {
                let c = &res.clusters[m.cluster];
                Person {
                    text: tokens[m.sentence][m.tokens.clone()].join(" "),
                    cluster: m.cluster,
                    name: c.name.clone(),
                    role: c.role.map(|r| kb.roles[r].id.clone()),
                    country: c.country.clone(),
                    entry: c.entry.map(|e| kb.entries[e].name_en.clone()),
                }
            })
            .collect()
    }

    /// The words of the person mentions of `text`.
    fn person_texts(text: &str) -> Vec<String> {
        persons(&[text], None).into_iter().map(|p| p.text).collect()
    }

    /// The people `text` (tokens apart by spaces) names, each with its role
    /// id and country.
    fn people(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        persons(&[text], None)
            .into_iter()
            .map(|p| (p.text, p.role, p.country))
            .collect()
    }

    /// Person mentions of `text` on `date`, with the English name of the
    /// entry they link to.
    fn people_on(text: &str, date: Date) -> Vec<(String, Option<String>)> {
        persons(&[text], Some(date))
            .into_iter()
            .map(|p| (p.text, p.entry))
            .collect()
    }

    /// Each person mention of `sentences` (one document) with its cluster.
    fn clustered(sentences: &[&str]) -> Vec<(String, usize)> {
        persons(sentences, Date::new(2023, 2, 26))
            .into_iter()
            .map(|p| (p.text, p.cluster))
            .collect()
    }

    /// Asserts that each `(text, phrase, holder)` names, on `day`, a person
    /// by `phrase` linked to the entry whose English name is `holder`.
    fn assert_holders(day: Date, cases: &[(&str, &str, &str)]) {
        for &(text, phrase, holder) in cases {
            let found = people_on(text, day);
            assert!(
                found
                    .iter()
                    .any(|(name, entry)| name == phrase && entry.as_deref() == Some(holder)),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn a_title_before_a_country_names_its_holder() {
        let day = Date::new(2016, 4, 10).unwrap();
        // «ملك» and «أمير» are given names too; before a country they are
        // the title, and the country is part of the phrase.
        assert_holders(
            day,
            &[
                (
                    "وقال ملك الأردن إن الحل قريب",
                    "ملك الأردن",
                    "Abdullah II of Jordan",
                ),
                (
                    "ودعا أمير دولة الكويت الأطراف إلى الحوار",
                    "أمير دولة الكويت",
                    "Sabah Al-Ahmad Al-Jaber Al-Sabah",
                ),
                (
                    "وقال أمير قطر إن الحل قريب",
                    "أمير قطر",
                    "Tamim bin Hamad Al Thani",
                ),
            ],
        );
        // Not a given name before a place that is no country, nor before
        // another name.
        let found = people_on("وقال أمير منطقة الرياض إن الموسم ناجح", day);
        assert!(
            found.iter().all(|(name, _)| !name.starts_with("أمير")),
            "{found:?}"
        );
    }

    #[test]
    fn construct_titles_before_a_country_name_its_holder() {
        let day = Date::new(2023, 3, 16).unwrap();
        assert_holders(
            day,
            &[
                (
                    "وقال رئيس وزراء باكستان إن الحل قريب",
                    "رئيس وزراء باكستان",
                    "Shehbaz Sharif",
                ),
                (
                    "وأكد لوزير خارجية إيران دعم بلاده",
                    "لوزير خارجية إيران",
                    "Hossein Amir-Abdollahian",
                ),
                (
                    "وقال رئيس جمهورية مصر العربية إن الحل قريب",
                    "رئيس جمهورية مصر العربية",
                    "Abdel Fattah el-Sisi",
                ),
            ],
        );
        // The genitive of a longer title is no holder of the shorter one.
        let found = people_on("وقال نائب رئيس دولة الإمارات إن الحل قريب", day);
        assert!(
            found.iter().all(|(name, _)| !name.contains("رئيس")),
            "{found:?}"
        );
        // «رئيس» alone or before what is no country is no title.
        let found = people_on("وقال رئيس اللجنة إن العمل مستمر", day);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_role_phrase_does_not_rename_a_named_person() {
        let found = persons(
            &["واستقبل الملك فلاديمير بوتين رئيس روسيا الاتحادية في القصر"],
            Date::new(2017, 10, 5),
        );
        let titled = found
            .iter()
            .find(|p| p.text.starts_with("رئيس"))
            .expect("the role phrase is a mention");
        assert_eq!(titled.name, "فلاديمير بوتين");
    }

    #[test]
    fn a_rank_before_a_surname_is_no_part_of_the_name() {
        // The knowledge base knows «محمد حسين طنطاوي»; the article names
        // him «حسين طنطاوي», then by rank and surname.
        let day = Date::new(2012, 8, 6).unwrap();
        let found = people_on(
            "وتفقد الرئيس الموقع برفقة وزير الدفاع المشير حسين طنطاوي . وقال المشير طنطاوي إن القوات جاهزة",
            day,
        );
        let tantawi = Some("Mohamed Hussein Tantawi");
        assert!(
            found
                .iter()
                .any(|(name, entry)| name == "حسين طنطاوي" && entry.as_deref() == tantawi),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|(name, entry)| name == "طنطاوي" && entry.as_deref() == tantawi),
            "{found:?}"
        );
    }

    #[test]
    fn a_title_closing_a_name_before_a_place_is_given_back() {
        let prince = person_texts("وصل الأمير تشارلز أمير ويلز إلى العاصمة مساء أمس");
        assert!(prince.iter().any(|n| n == "تشارلز"), "{prince:?}");
        assert!(!prince.iter().any(|n| n.contains("أمير")), "{prince:?}");
        let governor = person_texts("وافتتح الأمير خالد الفيصل أمير منطقة مكة المعرض");
        assert!(
            !governor.iter().any(|n| n.ends_with("أمير")),
            "{governor:?}"
        );
        // «أمير» ending a name with no place after it stays the name's.
        let given = person_texts("وقال المدرب محمد أمير للصحفيين إن الفريق جاهز");
        assert!(!given.iter().any(|n| n == "محمد"), "{given:?}");
    }

    #[test]
    fn a_rulers_title_inside_a_name_opens_the_next_name() {
        let kings = person_texts(
            "وشارك في القمة قادة عرب، بينهم الملك حسين والملك فيصل والرئيس هواري بومدين.",
        );
        assert!(kings.iter().any(|n| n == "حسين"), "{kings:?}");
        assert!(kings.iter().any(|n| n == "فيصل"), "{kings:?}");
        assert!(!kings.iter().any(|n| n.contains("الملك")), "{kings:?}");
        // An official's title glued to «ل» closes no name.
        let khalid = person_texts(
            "واستقبل الرئيس أنور السادات الملك خالد في القاهرة، وأكد الملك خالد لمندوب الوكالة أن بلاده تدعم مصر.",
        );
        assert!(!khalid.iter().any(|n| n.contains("لمندوب")), "{khalid:?}");
        // A name's own word stays: «عبد الملك».
        let houthi = person_texts("وقال عبد الملك الحوثي إن جماعته لن تتراجع.");
        assert!(houthi.iter().any(|n| n == "عبد الملك الحوثي"), "{houthi:?}");
    }

    #[test]
    fn a_place_with_a_preposition_opening_a_name_is_given_back() {
        let found =
            person_texts("واستدعت الوزارة السفير البريطاني بتونس هاملتون وايت وأبلغته احتجاجها");
        assert!(!found.iter().any(|n| n.contains("تونس")), "{found:?}");
    }

    #[test]
    fn ali_spelt_with_ya_ends_a_name_where_the_preposition_is_spelt_with_alif_maqsura() {
        let found =
            person_texts("وسيتوجه وزير الخارجية سامي يوسف علي إلى باريس غدا على أن يعود الجمعة");
        assert!(found.iter().any(|n| n == "سامي يوسف علي"), "{found:?}");
        // Before a word the preposition may govern, «علي» stays outside.
        let found =
            person_texts("وبين المخرج سامي يوسف علي المسرح قالت الممثلة على الهواء إن العمل انتهى");
        assert!(!found.iter().any(|n| n.ends_with("علي")), "{found:?}");
    }

    #[test]
    fn a_given_and_a_family_name_are_the_full_name_told_before() {
        let found = clustered(&[
            "ووقع معالي السيد بدر بن حمد بن حمود البوسعيدي وزير الخارجية الاتفاقية .",
            "وقال معالي السيد بدر البوسعيدي في تصريح إن الطريق مهم .",
        ]);
        let full = found
            .iter()
            .find(|(n, _)| n.starts_with("بدر بن"))
            .expect("the full name");
        assert!(
            found
                .iter()
                .any(|(n, c)| n == "بدر البوسعيدي" && *c == full.1),
            "{found:?}"
        );
        // Two full names with those words: neither is meant.
        let found = clustered(&[
            "واستقبل خالد بن سالم الحربي وخالد بن فهد الحربي الوفد .",
            "وقال خالد الحربي إن الزيارة مهمة .",
        ]);
        let short = found
            .iter()
            .find(|(n, _)| n == "خالد الحربي")
            .expect("the short name");
        assert!(
            found
                .iter()
                .filter(|(n, _)| n.starts_with("خالد بن"))
                .all(|(_, c)| *c != short.1),
            "{found:?}"
        );
    }

    #[test]
    fn a_title_told_with_a_name_names_that_person_again() {
        let found = clustered(&[
            "وحضر الاجتماع منسق البيت الأبيض لشؤون الشرق الأوسط بريت ماكغورك .",
            "وكان الملك قد استقبل أمس منسق البيت الأبيض في العقبة .",
        ]);
        let named = found
            .iter()
            .find(|(n, _)| n == "بريت ماكغورك")
            .expect("the name");
        assert!(
            found
                .iter()
                .any(|(n, c)| n == "منسق البيت الأبيض" && *c == named.1),
            "{found:?}"
        );
        // A minister whose portfolio the knowledge base has no holders
        // for, written with the conjunction's letter as its first.
        let found = clustered(&[
            "وشارك في المؤتمر وزير التجارة الأمريكي جون روس .",
            "واستقبل الرئيس بعد ذلك وزير التجارة الأمريكي في قصره .",
        ]);
        let named = found
            .iter()
            .find(|(n, _)| n == "جون روس")
            .expect("the name");
        assert!(
            found
                .iter()
                .any(|(n, c)| n == "وزير التجارة الأمريكي" && *c == named.1),
            "{found:?}"
        );
        // «الحالي» tells no office apart.
        let found = clustered(&[
            "ويخلف بذلك الوزير الحالي كمال الخطيب .",
            "لكن الوزير الحالي رفض العرض .",
        ]);
        assert!(
            found.iter().all(|(n, _)| !n.starts_with("الوزير")),
            "{found:?}"
        );
        // Told again before another name, it introduces that one.
        let found = clustered(&[
            "وقال مدير المستشفى سامي الحلو إن الوضع مستقر .",
            "وقال مدير المستشفى الجديد كمال الخطيب إن الطاقم جاهز .",
        ]);
        assert!(
            found.iter().all(|(n, _)| !n.starts_with("مدير")),
            "{found:?}"
        );
        // An indefinite title is no title told before.
        let found = clustered(&[
            "وانتخب رئيس جديد خلفا للسويسري جوزيف بلاتر .",
            "وسيكون هناك رئيس جديد للاتحاد .",
        ]);
        assert!(
            found.iter().all(|(n, _)| !n.starts_with("رئيس")),
            "{found:?}"
        );
    }

    #[test]
    fn a_former_holder_is_not_the_holder_on_the_day() {
        let day = Date::new(2015, 2, 1).unwrap();
        for (text, phrase) in [
            (
                "واستقبل الملك ملك إسبانيا السابق في الرياض",
                "ملك إسبانيا السابق",
            ),
            (
                "وقال الرئيس الأمريكي السابق إن الاتفاق سيئ",
                "الرئيس الأمريكي السابق",
            ),
        ] {
            let found = people_on(text, day);
            assert!(
                found
                    .iter()
                    .any(|(name, entry)| name == phrase && entry.is_none()),
                "{text}: {found:?}"
            );
        }
        // A former holder named is the person named, not the phrase.
        let found = people_on(
            "واستقبل الملك الرئيس الأمريكي الأسبق جيمي كارتر في الرياض",
            day,
        );
        assert!(
            found.iter().any(|(name, _)| name == "جيمي كارتر"),
            "{found:?}"
        );
        assert!(
            found.iter().all(|(name, _)| !name.contains("الأسبق")),
            "{found:?}"
        );
    }

    #[test]
    fn a_name_nobody_knows_after_a_title_is_the_person() {
        let found = people("وانتقد المتحدث باسم الخارجية الإيرانية رامين مهمانبرست تصريحات الوزير");
        assert!(
            found
                .iter()
                .any(|(name, role, country)| name == "رامين مهمانبرست"
                    && role.as_deref() == Some("ak:role:spokesperson")
                    && country.as_deref() == Some("IRN")),
            "{found:?}"
        );
        let found = people("وقال رئيس الإقليم دبرصيون جبراميكائيل في كلمة إن القوات صامدة");
        assert!(
            found.iter().any(|(name, ..)| name == "دبرصيون جبراميكائيل"),
            "{found:?}"
        );
        // After a place that closes the title.
        let found = people("وحثت المنسقة الأممية في لبنان يوانا فرونتسكا الأطراف على الحوار");
        assert!(
            found.iter().any(|(name, ..)| name == "يوانا فرونتسكا"),
            "{found:?}"
        );
    }

    #[test]
    fn ali_after_a_rank_opens_a_name() {
        // «علي» is «على» in search form; written with ي after a rank, it
        // is the given name.
        let found = people("وأوضح مدير التوجيه في الجيش العميد علي قانصو أن الجيش لم ينسق مع أحد");
        assert!(
            found.iter().any(|(name, ..)| name == "علي قانصو"),
            "{found:?}"
        );
        let found = people("وأكد الوزير علي أهمية التعاون بين البلدين");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn words_after_a_title_that_are_no_name_stay_words() {
        for text in [
            // A call received, not a name: the body crosses a verb and a day.
            "وكان الملك قد تلقى أمس الإثنين اتصالاً هاتفيًا من الرئيس",
            "وتلقى وزير الدفاع اتصالاً هاتفيًا من نظيره",
            // A dual of a known noun and a verb.
            "وأصدر الرئيس اليمني قرارين يقضيان بتعيين محافظ جديد",
            // Common words: a verb and a counterpart.
            "وأكد وزير الخارجية الأردني يلتقي نظيره غدا",
            // A noun with a pronoun, then a preposition on a known word.
            "واستدعت الوزارة السفير المغربي بالجزائر لإبلاغه احتجاجها",
        ] {
            let found = people(text);
            assert!(
                found.iter().all(|(name, ..)| {
                    !["اتصال", "قرارين", "يلتقي", "لإبلاغه", "هاتف"]
                        .iter()
                        .any(|w| name.contains(w))
                }),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn an_acting_office_named_after_it_is_no_office_told_before() {
        let found = clustered(&[
            "وقال الأمين العام للجامعة العربية أحمد أبو الغيط إن الجامعة تدعم الحوار .",
            "وقال الأمين العام بالإنابة للأمم المتحدة كريستوف شميت إنه سيزور المنطقة .",
        ]);
        assert!(found.iter().all(|(n, _)| n != "الأمين العام"), "{found:?}");
    }

    #[test]
    fn an_office_of_a_body_named_after_it_is_no_office_told_before() {
        let found = clustered(&[
            "وقال وزير الخارجية سامح شكري إن القاهرة تدعم الحوار .",
            "واستقبل شكري أمس وزيرة الخارجية في حكومة الوحدة الوطنية الليبية نجلاء المنقوش .",
        ]);
        assert!(
            found.iter().all(|(n, _)| !n.starts_with("وزيرة")),
            "{found:?}"
        );
        // A place after «في» is where: the office told before.
        let found = clustered(&[
            "وقال وزير الخارجية سامح شكري إن القاهرة تدعم الحوار .",
            "واستقبل وزير الخارجية في القاهرة أمس المبعوث الأممي عبد الله باتيلي .",
        ]);
        let named = found
            .iter()
            .find(|(n, _)| n == "سامح شكري")
            .expect("the name");
        assert!(
            found
                .iter()
                .any(|(n, c)| n == "وزير الخارجية" && *c == named.1),
            "{found:?}"
        );
    }

    #[test]
    fn the_verb_condemned_is_no_person() {
        for text in [
            "ودان المتحدث باسم الخارجية الأمريكية الهجوم",
            "دان الأمين العام للجامعة العربية التفجير",
        ] {
            let found = people(text);
            assert!(
                !found.iter().any(|(name, ..)| name.contains("دان")),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn counterpart_words() {
        assert!(is_counterpart("ونظيره"));
        assert!(is_counterpart("نظيرها"));
        assert!(!is_counterpart("نظير"));
    }
}
