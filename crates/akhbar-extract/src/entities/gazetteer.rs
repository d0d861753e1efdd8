//! Finding the knowledge base's names in running text.
//!
//! Names are matched on the search form of tokens (so «أوكرانيا» and
//! «اوكرانيا» are one), longest match first, left to right. The first token
//! of a match may carry proclitics (و ف ب ك ل, their combinations, and «لل»
//! for ل + ال): «بموسكو» matches موسكو, «وللكرملين» matches الكرملين.
//!
//! ```
//! use akhbar_extract::entities::gazetteer::{Gazetteer, NameKind};
//! use akhbar_extract::entities::kb::KnowledgeBase;
//!
//! let gazetteer = Gazetteer::bundled();
//! let kb = KnowledgeBase::bundled();
//! let tokens = ["وصل", "الوفد", "بموسكو", "أمس"];
//! let found = gazetteer.find(&tokens);
//! assert_eq!(found.len(), 1);
//! assert_eq!(found[0].tokens, 2..3);
//! assert_eq!(found[0].proclitic, "ب".len());
//! assert_eq!(found[0].kind, NameKind::Place);
//! assert_eq!(kb.entries[found[0].target].name_en, "Moscow");
//! ```
use std::hash::Hasher;
use std::ops::Range;
use std::sync::OnceLock;

use akhbar_text::hash::{FnvHasher, FnvMap};
use akhbar_text::normalize::Normalizer;
use akhbar_text::tokenize::{tokenize, TokenKind};

use super::kb::{EntryKind, KnowledgeBase};

/// What a matched name is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NameKind {
    /// A country's name.
    Country,
    /// A nisba adjective of a country («الروسي»).
    Nisba,
    /// A city, region or other place.
    Place,
    /// An organization or institution.
    Organization,
    /// A person's full name (or a spelling variant of it).
    Person,
    /// A form of a person's name used alone («بوتين»).
    PersonShort,
    /// A person's given name (from the given-names list, or the first word
    /// of a known full name).
    GivenName,
    /// A title or role («وزير الخارجية»); `target` indexes the roles.
    Role,
}

impl NameKind {
    /// The feature bit of a match of this kind, at its first token
    /// (`inside == false`) or a later one.
    pub fn bit(self, inside: bool) -> u32 {
        1 << (2 * self as u32 + u32::from(inside))
    }
}

/// A name found in a token sequence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GazetteerMatch {
    /// Token range.
    pub tokens: Range<usize>,
    /// Bytes of proclitics before the name in the first token.
    pub proclitic: usize,
    /// What the name is.
    pub kind: NameKind,
    /// Index into [`KnowledgeBase::entries`] ([`KnowledgeBase::roles`] for
    /// [`NameKind::Role`], [`KnowledgeBase::given_names`] for
    /// [`NameKind::GivenName`]).
    pub target: usize,
    /// Other entries with the same name, by preference (the first is
    /// `target`).
    pub alternatives: Vec<(NameKind, usize)>,
}

/// Proclitic sequences that may precede a name, longest first. «لل» is
/// handled apart (it stands for ل + ال).
const PROCLITICS: [&str; 13] = [
    "وب", "ول", "وك", "فب", "فل", "فك", "وبال", "و", "ف", "ب", "ل", "ك", "بال",
];

/// The letters every entry of [`PROCLITICS`] starts with.
const PROCLITIC_LETTERS: [char; 5] = ['و', 'ف', 'ب', 'ل', 'ك'];

/// The trie key of a normalized token: its 64-bit FNV-1a hash (names are
/// few; a collision would need two of them to share 64 bits).
fn key_of(norm: &str) -> u64 {
    let mut h = FnvHasher::default();
    h.write(norm.as_bytes());
    h.finish()
}

/// A token-level trie of normalized names.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    edges: FnvMap<(u32, u64), u32>,
    values: Vec<Vec<(NameKind, usize)>>,
    normalizer: Normalizer,
}

/// The other spelling of a name with «عبد» and a name of God: «سالم عبد
/// الله الجابر» as «سالم عبدالله الجابر», as Gulf outlets write it, and
/// the other way round. `None` when the name has no such part.
pub fn abd_spelling(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split(' ').collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut changed = false;
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        if w == "عبد" && i + 1 < words.len() && words[i + 1].starts_with("ال") {
            out.push(format!("عبد{}", words[i + 1]));
            changed = true;
            i += 2;
            continue;
        }
        if let Some(rest) = w.strip_prefix("عبدال") {
            if !rest.is_empty() {
                out.push(format!("عبد ال{rest}"));
                changed = true;
                i += 1;
                continue;
            }
        }
        out.push(w.to_string());
        i += 1;
    }
    changed.then(|| out.join(" "))
}

impl Gazetteer {
    /// The gazetteer of the bundled knowledge base, built once.
    pub fn bundled() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| Gazetteer::from_kb(KnowledgeBase::bundled()))
    }

    /// Every name of `kb`.
    pub fn from_kb(kb: &KnowledgeBase) -> Gazetteer {
        let mut g = Gazetteer {
            values: vec![Vec::new()],
            ..Gazetteer::default()
        };
        let nisbas: std::collections::HashSet<String> = kb
            .entries
            .iter()
            .flat_map(|e| &e.nisba_ar)
            .map(|n| g.normalizer.normalize(n))
            .collect();
        for (i, e) in kb.entries.iter().enumerate() {
            let kind = match e.kind {
                EntryKind::Country => NameKind::Country,
                EntryKind::Place => NameKind::Place,
                EntryKind::Organization => NameKind::Organization,
                EntryKind::Person => NameKind::Person,
            };
            for name in &e.aliases_ar {
                g.insert(name, kind, i);
                if kind == NameKind::Person {
                    if let Some(other) = abd_spelling(name) {
                        g.insert(&other, kind, i);
                    }
                }
            }
            for name in &e.nisba_ar {
                g.insert(name, NameKind::Nisba, i);
            }
            for name in &e.short_ar {
                // Short forms that are function words («حتى» → «حتي») or a
                // country's nisba («السوداني») would fire on every use of
                // the word.
                let norm = g.normalizer.normalize(name);
                if !akhbar_text::stopwords::is_stopword(&norm) && !nisbas.contains(&norm) {
                    g.insert(name, NameKind::PersonShort, i);
                }
            }
        }
        for (i, name) in kb.given_names.iter().enumerate() {
            // «علي» is also «على» once ى is folded: given names that are
            // function words in search form would fire everywhere.
            if !akhbar_text::stopwords::is_stopword(&g.normalizer.normalize(name)) {
                g.insert(name, NameKind::GivenName, i);
            }
        }
        for (i, r) in kb.roles.iter().enumerate() {
            for name in &r.names_ar {
                g.insert(name, NameKind::Role, i);
            }
        }
        for v in &mut g.values {
            // Stable preference: kinds in declaration order, then entry order.
            v.sort();
            v.dedup();
        }
        g
    }

    fn insert(&mut self, name: &str, kind: NameKind, target: usize) {
        let mut node = 0u32;
        let mut any = false;
        for t in tokenize(name) {
            if matches!(t.kind, TokenKind::Punct) {
                continue;
            }
            any = true;
            let key = key_of(&self.normalizer.normalize(t.text(name)));
            let next = self.values.len() as u32;
            node = *self.edges.entry((node, key)).or_insert(next);
            if node == next {
                self.values.push(Vec::new());
            }
        }
        if any {
            self.values[node as usize].push((kind, target));
        }
    }

    fn step(&self, node: u32, norm: &str) -> Option<u32> {
        self.edges.get(&(node, key_of(norm))).copied()
    }

    /// The search form of a raw token, as [`find`](Self::find) matches it.
    pub fn search_form(&self, token: &str) -> String {
        self.normalizer.normalize(token)
    }

    /// The names in `tokens` (raw token texts), longest first, left to
    /// right, not overlapping.
    pub fn find<S: AsRef<str>>(&self, tokens: &[S]) -> Vec<GazetteerMatch> {
        let norms: Vec<String> = tokens
            .iter()
            .map(|t| self.normalizer.normalize(t.as_ref()))
            .collect();
        self.find_normalized(&norms)
    }

    /// [`find`](Self::find) on tokens already in search form.
    pub fn find_normalized<S: AsRef<str>>(&self, norms: &[S]) -> Vec<GazetteerMatch> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < norms.len() {
            match self.longest_at(norms, i) {
                Some(m) => {
                    i = m.tokens.end;
                    out.push(m);
                }
                None => i += 1,
            }
        }
        out
    }

    fn longest_at<S: AsRef<str>>(&self, norms: &[S], i: usize) -> Option<GazetteerMatch> {
        let first = norms[i].as_ref();
        // (end, proclitic bytes, node)
        let mut best: Option<(usize, usize, u32)> = None;
        // A match from a start node, kept when it ends at `min_end` or later.
        let mut try_start = |start_node: Option<u32>, proclitic: usize, min_end: usize| {
            let Some(mut node) = start_node else { return };
            let mut end = i + 1;
            let mut found = (!self.values[node as usize].is_empty()).then_some((end, node));
            while end < norms.len() {
                match self.step(node, norms[end].as_ref()) {
                    Some(n) => {
                        node = n;
                        end += 1;
                        if !self.values[node as usize].is_empty() {
                            found = Some((end, node));
                        }
                    }
                    None => break,
                }
            }
            if let Some((end, node)) = found.filter(|&(end, _)| end >= min_end) {
                if best.is_none_or(|(e, _, _)| end > e) {
                    best = Some((end, proclitic, node));
                }
            }
        };
        try_start(self.step(0, first), 0, 0);
        // Most tokens start with no proclitic letter.
        if !first.starts_with(PROCLITIC_LETTERS) {
            return best.map(|(end, proclitic, node)| self.matched(i, end, proclitic, node));
        }
        if let Some(rest) = first.strip_prefix("لل") {
            if rest.chars().count() >= 2 {
                let with_article = format!("ال{rest}");
                // «لل» is ل + ال: the name keeps its article, which the
                // spelling dropped, so the whole token is the mention.
                try_start(self.step(0, &with_article), 0, 0);
            }
        }
        for p in PROCLITICS {
            if let Some(rest) = first.strip_prefix(p) {
                // A two-letter rest after a conjunction is only the first
                // word of a longer name («وتل أبيب», not «ولد»); after a
                // preposition it is left alone («لسد النهضة» heads a body's
                // name).
                match rest.chars().count() {
                    3.. => try_start(self.step(0, rest), p.len(), 0),
                    2 if matches!(p, "و" | "ف") => try_start(self.step(0, rest), p.len(), i + 2),
                    _ => {}
                }
            }
        }
        best.map(|(end, proclitic, node)| self.matched(i, end, proclitic, node))
    }

    /// The match of tokens `start..end` ending at trie node `node`.
    fn matched(&self, start: usize, end: usize, proclitic: usize, node: u32) -> GazetteerMatch {
        let values = &self.values[node as usize];
        let (kind, target) = values[0];
        GazetteerMatch {
            tokens: start..end,
            proclitic,
            kind,
            target,
            alternatives: values.clone(),
        }
    }

    /// Feature bits per token for the entity tagger: every kind a token's
    /// match could be, at its first token or inside.
    pub fn bits(matches: &[GazetteerMatch], n_tokens: usize) -> Vec<u32> {
        let mut bits = vec![0u32; n_tokens];
        for m in matches {
            for (k, _) in &m.alternatives {
                for t in m.tokens.clone() {
                    if let Some(b) = bits.get_mut(t) {
                        *b |= k.bit(t > m.tokens.start);
                    }
                }
            }
        }
        bits
    }

    /// Number of names (trie nodes with entries).
    pub fn len(&self) -> usize {
        self.values.iter().filter(|v| !v.is_empty()).count()
    }

    /// Is the gazetteer empty?
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_proclitic_starts_with_a_proclitic_letter() {
        for p in PROCLITICS.iter().chain(&["لل"]) {
            assert!(p.starts_with(PROCLITIC_LETTERS), "{p}");
        }
    }

    fn kb() -> &'static KnowledgeBase {
        KnowledgeBase::bundled()
    }

    #[test]
    fn abd_names_are_found_joined_and_apart() {
        assert_eq!(
            abd_spelling("سالم عبد الله الجابر").as_deref(),
            Some("سالم عبدالله الجابر")
        );
        assert_eq!(
            abd_spelling("عبدالفتاح السيسي").as_deref(),
            Some("عبد الفتاح السيسي")
        );
        assert_eq!(abd_spelling("محمد بن سلمان"), None);
        let joined = names(&["سالم", "عبدالله", "الجابر", "الصباح"]);
        let apart = names(&["سالم", "عبد", "الله", "الجابر", "الصباح"]);
        assert_eq!(joined.len(), 1, "{joined:?}");
        assert_eq!(joined[0].2, apart[0].2);
    }

    #[test]
    fn a_two_letter_first_word_after_a_conjunction_starts_a_longer_name() {
        let tel_aviv = names(&["بين", "الرباط", "وتل", "أبيب"]);
        assert!(
            tel_aviv.iter().any(|(r, _, _)| *r == (2..4)),
            "{tel_aviv:?}"
        );
        // After a preposition the two letters head a body's name
        // («لسد النهضة»); alone they name nothing.
        assert!(
            names(&["لسد", "النهضة"]).is_empty(),
            "{:?}",
            names(&["لسد", "النهضة"])
        );
        assert!(names(&["ولد", "في", "بيروت"])
            .iter()
            .all(|(r, _, _)| r.start != 0));
    }

    fn names(tokens: &[&str]) -> Vec<(Range<usize>, NameKind, String)> {
        Gazetteer::bundled()
            .find(tokens)
            .into_iter()
            .map(|m| {
                let name = match m.kind {
                    NameKind::Role => kb().roles[m.target].name_en.clone(),
                    _ => kb().entries[m.target].name_en.clone(),
                };
                (m.tokens, m.kind, name)
            })
            .collect()
    }

    #[test]
    fn clitics_and_the_article_after_lam() {
        let found = names(&["ووصل", "للأمم", "المتحدة", "وبالكرملين"]);
        assert_eq!(found[0].0, 1..3);
        assert_eq!(found[0].1, NameKind::Organization);
        assert_eq!(found[0].2, "United Nations");
        assert_eq!(found[1].1, NameKind::Organization);
    }

    #[test]
    fn nisba_forms_name_their_country() {
        for w in ["الروسي", "الروسية", "الروس", "روسي"] {
            let found = names(&[w]);
            assert_eq!(found.len(), 1, "{w}");
            assert_eq!(
                (found[0].1, found[0].2.as_str()),
                (NameKind::Nisba, "Russia"),
                "{w}"
            );
        }
    }

    #[test]
    fn longest_match_wins() {
        let found = names(&["وزير", "الخارجية", "السعودي"]);
        assert_eq!(found[0].0, 0..2);
        assert_eq!(found[0].1, NameKind::Role);
        assert_eq!(found[1].1, NameKind::Nisba);
    }

    #[test]
    fn short_words_are_not_stripped_into_names() {
        // «بين» must not become ب + «ين».
        assert!(names(&["بين"]).iter().all(|m| m.1 != NameKind::Place));
    }
}
