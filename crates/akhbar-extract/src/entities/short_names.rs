//! Which short names of known people («بوتين», «لافروف») name them even
//! where the article never gives the full name.
//!
//! A short form in the knowledge base is often also a common word: «جودة»
//! (quality) is Nasser Judeh, «الدوري» (the league) is Izzat al-Douri,
//! «ترأس» (chaired) spells Liz Truss once hamza is folded. Such a form is
//! only taken for the person after the article has named them in full. A
//! form that news text uses for the person, though, may stand alone. Which
//! is which is learned from raw news (the ANT corpus): of the articles
//! where the form occurs, how many also name one of its people in full
//! ([`count`], `akhbar train short-names`).
//!
//! ```
//! use akhbar_extract::entities::short_names::ShortNames;
//!
//! let short = ShortNames::bundled();
//! assert!(short.stands_alone("لافروف"));
//! // «جودة» (quality) is also Nasser Judeh's name.
//! assert!(!short.stands_alone("جوده"));
//! ```
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::gazetteer::{Gazetteer, NameKind};

/// A short form stands alone when at least this share of the articles using
/// it also name one of its people in full, counted with one such article
/// more and two articles without (so that one article with the full name in
/// four is not enough, and a form seen in no
/// article does not qualify: rare inflected words such as «كلامي» split as
/// ك + «لامي» are as unseen as rare names).
pub const FULL_NAME_SHARE: f64 = 0.3;

/// How raw news uses one short form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShortNameUse {
    /// The form, in search form without proclitics.
    pub form: String,
    /// Articles where it occurs alone (not inside a longer known name).
    pub documents: usize,
    /// Of those, articles that also name one of its people in full.
    pub with_full_name: usize,
}

impl ShortNameUse {
    /// May the form name its person without the full name around? Only a
    /// form that news uses for the person (see [`FULL_NAME_SHARE`]), and
    /// never a definite one: «الشاهد» names Tunisia's prime minister in the
    /// Tunisian corpus the counts come from, and the witness elsewhere.
    pub fn stands_alone(&self) -> bool {
        self.with_full_name > 0
            && (self.with_full_name + 1) as f64 >= FULL_NAME_SHARE * (self.documents + 3) as f64
            && !self.form.starts_with("ال")
    }
}

/// The short form a one-token gazetteer match stands for: the token's
/// search form `norm` without its `proclitic` bytes, and «للأسد» (ل + ال,
/// matched whole) as «الأسد».
pub fn short_form(norm: &str, proclitic: usize) -> Cow<'_, str> {
    let rest = &norm[proclitic..];
    match rest.strip_prefix("لل") {
        Some(name) if proclitic == 0 => Cow::Owned(format!("ال{name}")),
        _ => Cow::Borrowed(rest),
    }
}

/// Counts, over `documents` (each the raw tokens of one article), how the
/// short forms of `gazetteer` are used; sorted by form.
pub fn count<'a, D>(gazetteer: &Gazetteer, documents: D) -> Vec<ShortNameUse>
where
    D: IntoIterator<Item = &'a [String]>,
{
    let mut uses: HashMap<String, (usize, usize)> = HashMap::new();
    for tokens in documents {
        let norms: Vec<String> = tokens.iter().map(|t| gazetteer.search_form(t)).collect();
        let found = gazetteer.find_normalized(&norms);
        let named_in_full: HashSet<usize> = found
            .iter()
            .flat_map(|m| &m.alternatives)
            .filter(|(k, _)| *k == NameKind::Person)
            .map(|&(_, t)| t)
            .collect();
        let mut here: HashMap<Cow<'_, str>, bool> = HashMap::new();
        for m in &found {
            if m.kind != NameKind::PersonShort || m.tokens.len() != 1 {
                continue;
            }
            let form = short_form(&norms[m.tokens.start], m.proclitic);
            let full = m
                .alternatives
                .iter()
                .any(|&(k, t)| k == NameKind::PersonShort && named_in_full.contains(&t));
            *here.entry(form).or_default() |= full;
        }
        for (form, full) in here {
            let u = uses.entry(form.to_string()).or_default();
            u.0 += 1;
            u.1 += usize::from(full);
        }
    }
    let mut out: Vec<ShortNameUse> = uses
        .into_iter()
        .map(|(form, (documents, with_full_name))| ShortNameUse {
            form,
            documents,
            with_full_name,
        })
        .collect();
    out.sort_by(|a, b| a.form.cmp(&b.form));
    out
}

/// The counts of [`count`] as shipped (`data/short_names/short_names.tsv`).
#[derive(Clone, Debug, Default)]
pub struct ShortNames {
    uses: HashMap<String, ShortNameUse>,
}

impl ShortNames {
    /// The bundled counts, read once.
    pub fn bundled() -> &'static ShortNames {
        static S: OnceLock<ShortNames> = OnceLock::new();
        S.get_or_init(|| {
            ShortNames::parse(include_str!("../../data/short_names/short_names.tsv"))
                .expect("the bundled short_names.tsv is well formed")
        })
    }

    /// Reads `form<TAB>documents<TAB>with_full_name` lines (`#` comments
    /// and a header line allowed).
    pub fn parse(text: &str) -> Result<ShortNames, String> {
        let mut uses = HashMap::new();
        for (i, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.starts_with("form\t") || line.is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(form), Some(d), Some(f), None) =
                (cols.next(), cols.next(), cols.next(), cols.next())
            else {
                return Err(format!("line {}: expected three columns", i + 1));
            };
            let number = |s: &str| {
                s.parse::<usize>()
                    .map_err(|e| format!("line {}: {s:?}: {e}", i + 1))
            };
            let u = ShortNameUse {
                form: form.to_string(),
                documents: number(d)?,
                with_full_name: number(f)?,
            };
            uses.insert(u.form.clone(), u);
        }
        Ok(ShortNames { uses })
    }

    /// The file [`parse`](Self::parse) reads, for `uses`.
    pub fn to_tsv(uses: &[ShortNameUse]) -> String {
        let mut out = String::from("form\tdocuments\twith_full_name\n");
        for u in uses {
            out.push_str(&format!(
                "{}\t{}\t{}\n",
                u.form, u.documents, u.with_full_name
            ));
        }
        out
    }

    /// May the short form `form` (search form, no proclitics) name its
    /// person in an article that does not give the full name?
    pub fn stands_alone(&self, form: &str) -> bool {
        self.uses.get(form).is_some_and(ShortNameUse::stands_alone)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::kb::KnowledgeBase;

    fn tokens(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn counts_articles_that_also_give_the_full_name() {
        let g = Gazetteer::from_kb(KnowledgeBase::bundled());
        let docs = [
            tokens("التقى وزير الخارجية سيرغي لافروف نظيره ثم قال لافروف"),
            tokens("وقال لافروف إن"),
            tokens("فاز الفريق بالدوري"),
            tokens("وتصدر الدوري الفريق"),
            tokens("وانتقل إلى الدوري هذا الموسم"),
            tokens("بطولة للدوري"),
        ];
        let uses = count(&g, docs.iter().map(Vec::as_slice));
        let get = |f: &str| uses.iter().find(|u| u.form == f).cloned();
        let lavrov = get("لافروف").expect("counted");
        assert_eq!((lavrov.documents, lavrov.with_full_name), (2, 1));
        assert!(lavrov.stands_alone());
        let league = get("الدوري").expect("counted");
        assert_eq!((league.documents, league.with_full_name), (4, 0));
        assert!(!league.stands_alone());
    }

    #[test]
    fn the_file_round_trips_and_only_used_forms_stand_alone() {
        let uses = vec![
            ShortNameUse {
                form: "جوده".into(),
                documents: 10,
                with_full_name: 1,
            },
            ShortNameUse {
                form: "ميركل".into(),
                documents: 4,
                with_full_name: 3,
            },
        ];
        let parsed = ShortNames::parse(&ShortNames::to_tsv(&uses)).unwrap();
        for u in &uses {
            assert_eq!(parsed.uses.get(&u.form), Some(u));
        }
        assert!(!parsed.stands_alone("جوده"));
        assert!(parsed.stands_alone("ميركل"));
        assert!(!parsed.stands_alone("كياني"), "unseen");
        let once = |documents, with_full_name| ShortNameUse {
            form: "ميركل".into(),
            documents,
            with_full_name,
        };
        assert!(!once(1, 0).stands_alone());
        assert!(once(1, 1).stands_alone());
        assert!(once(3, 1).stands_alone());
        assert!(!once(4, 1).stands_alone());
        assert!(!once(19, 2).stands_alone());
        let definite = ShortNameUse {
            form: "الشاهد".into(),
            ..once(10, 9)
        };
        assert!(!definite.stands_alone());
        assert!(ShortNames::parse("a\t1\n").is_err());
        assert!(ShortNames::parse("a\tone\t1\n").is_err());
    }
}
