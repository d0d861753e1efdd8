//! Clitic-segmentation examples from UD Arabic-PADT v1.2.
//!
//! PADT v1.2 lists *syntactic words* with full vowels and no surface tokens.
//! We rebuild the surface words: a one-letter conjunction, preposition or
//! particle (و ف ب ك ل س) joins the next word; a genitive or accusative
//! personal pronoun of the enclitic set joins the previous one; and the
//! spelling changes at the boundary are applied (ل + الـ → للـ, ـة + ه →
//! ـته, ـى + ه → ـاه, ـوا + ه → ـوه, ـاء + ه → ـاؤه/ـائه/ـاءه by case).
//! Every surface word becomes an [`Example`] with its gold proclitics and
//! enclitic.
//!
//! ```
//! use akhbar_eval::treebank::padt_examples;
//!
//! let conllu = "1\tوَ\t_\tCONJ\t_\t_\t2\tcc\t_\t_\n2\tلِ\t_\tADP\t_\t_\t3\tcase\t_\t_\n3\tاَلسُّلطَةِ\t_\tNOUN\t_\tCase=Gen\t0\troot\t_\t_\n\n";
//! let sentences = akhbar_eval::conllu::parse(conllu).unwrap();
//! let examples = padt_examples(&sentences);
//! assert_eq!(examples[0].word, "وللسلطة");
//! assert_eq!(examples[0].proclitics, "ول");
//! ```

use akhbar_text::normalize::{NormalizeProfile, Normalizer};
use akhbar_text::segment::train::{is_known_reading, Example};

use crate::conllu::{Sentence, Word};

const PROCLITIC_LETTERS: [&str; 6] = ["و", "ف", "ب", "ك", "ل", "س"];
const ENCLITIC_FORMS: [&str; 12] = [
    "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ي", "نا", "ني",
];

fn is_arabic_word(s: &str) -> bool {
    !s.is_empty() && s.chars().all(akhbar_text::chars::is_arabic_letter)
}

fn is_proclitic(w: &Word, form: &str) -> bool {
    PROCLITIC_LETTERS.contains(&form)
        && matches!(w.upos.as_str(), "CONJ" | "CCONJ" | "SCONJ" | "ADP" | "PART")
}

fn is_enclitic(w: &Word, form: &str) -> bool {
    w.upos == "PRON"
        && ENCLITIC_FORMS.contains(&form)
        && matches!(w.feat("Case"), Some("Gen" | "Acc"))
}

/// The surface spelling of a stem before an enclitic.
fn stem_before_enclitic(stem: &str, case: Option<&str>) -> String {
    if let Some(s) = stem.strip_suffix('ة') {
        return format!("{s}ت");
    }
    if let Some(s) = stem.strip_suffix('ى') {
        return format!("{s}ا");
    }
    if let Some(s) = stem.strip_suffix("وا") {
        return format!("{s}و");
    }
    if let Some(s) = stem.strip_suffix('ء') {
        if s.ends_with(['ا', 'و']) {
            return match case {
                Some("Nom") => format!("{s}ؤ"),
                Some("Gen") => format!("{s}ئ"),
                _ => stem.to_string(),
            };
        }
    }
    stem.to_string()
}

/// Is this an unanalyzed PADT token (`X` with tag `U---------`)? Such a
/// token is repeated once per syntactic word it holds, unvocalized.
fn is_unanalyzed(w: &Word) -> bool {
    w.upos == "X" && w.xpos.starts_with('U')
}

/// The reading of an unanalyzed token from the relations of its `n` copies:
/// leading `cc`/`case` words are proclitics, then a stem, then (if one word
/// is left) a pronoun enclitic.
fn unanalyzed_reading(form: &str, deprels: &[&str]) -> Option<Example> {
    let mut pre = String::new();
    let mut k = 0;
    let mut letters = form.chars();
    while k < deprels.len() - 1 && matches!(deprels[k], "cc" | "case") && pre.chars().count() < 2 {
        let c = letters.next()?;
        if !PROCLITIC_LETTERS.contains(&c.to_string().as_str()) {
            return None;
        }
        pre.push(c);
        k += 1;
    }
    let rest = deprels.len() - k;
    // «بينهما» (case + nmod) is a preposition with a pronoun, «بمعنى» a
    // proclitic with a noun: the relations cannot tell them apart.
    if deprels[0] == "case" && k == 1 && ENCLITIC_FORMS.iter().any(|e| form.ends_with(e)) {
        return None;
    }
    let enc = match rest {
        1 => "",
        2 => *ENCLITIC_FORMS
            .iter()
            .filter(|e| form.ends_with(**e))
            .max_by_key(|e| e.len())?,
        _ => return None,
    };
    if form.chars().count() < pre.chars().count() + enc.chars().count() + 2 {
        return None;
    }
    Some(Example {
        word: form.to_string(),
        proclitics: pre,
        enclitic: enc.to_string(),
        unanalyzed: deprels.len() == 1,
    })
}

/// Examples (one per rebuilt surface word) from PADT v1.2 sentences.
pub fn padt_examples(sentences: &[Sentence]) -> Vec<Example> {
    let dediac = Normalizer::new(NormalizeProfile::DEDIAC);
    let mut out = Vec::new();
    for s in sentences {
        let words: Vec<(&Word, String)> = s
            .words()
            .map(|w| (w, dediac.normalize(&w.form).replace('ٱ', "ا")))
            .collect();
        let mut i = 0;
        while i < words.len() {
            let (w, form) = &words[i];
            if !is_arabic_word(form) {
                i += 1;
                continue;
            }
            if is_unanalyzed(w) {
                let mut j = i + 1;
                while j < words.len() && is_unanalyzed(words[j].0) && words[j].1 == *form {
                    j += 1;
                }
                let deprels: Vec<&str> =
                    words[i..j].iter().map(|(w, _)| w.deprel.as_str()).collect();
                if let Some(ex) = unanalyzed_reading(form, &deprels) {
                    out.push(ex);
                }
                i = j;
                continue;
            }
            // Proclitics (at most two) before an Arabic word.
            let mut pre = String::new();
            let mut j = i;
            while j + 1 < words.len()
                && pre.chars().count() < 2
                && is_proclitic(words[j].0, &words[j].1)
                && is_arabic_word(&words[j + 1].1)
            {
                pre.push_str(&words[j].1);
                j += 1;
            }
            let _ = w;
            // The stem, unless the next word is already the enclitic («له»).
            let (stem_word, stem_form) = (&words[j].0, words[j].1.clone());
            let mut stem = stem_form.clone();
            let mut k = j + 1;
            let stem_is_pronoun = !pre.is_empty() && is_enclitic(stem_word, &stem_form);
            let mut enc = String::new();
            if stem_is_pronoun {
                enc = std::mem::take(&mut stem);
            } else if k < words.len() && is_enclitic(words[k].0, &words[k].1) {
                enc = words[k].1.clone();
                stem = stem_before_enclitic(&stem, stem_word.feat("Case"));
                k += 1;
            }
            if pre.ends_with('ل') && stem.starts_with("ال") {
                stem = stem['ا'.len_utf8()..].to_string();
            }
            let word = format!("{pre}{stem}{enc}");
            if is_known_reading(&pre, &enc) && is_arabic_word(&word) {
                out.push(Example {
                    word,
                    proclitics: pre,
                    enclitic: enc,
                    unanalyzed: false,
                });
            }
            i = k;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conllu::parse;

    fn ex(rows: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
        let mut doc = String::new();
        for (i, (form, upos, feats)) in rows.iter().enumerate() {
            doc.push_str(&format!(
                "{}\t{form}\t_\t{upos}\t_\t{feats}\t0\tdep\t_\t_\n",
                i + 1
            ));
        }
        doc.push('\n');
        padt_examples(&parse(&doc).unwrap())
            .into_iter()
            .map(|e| (e.word, e.proclitics, e.enclitic))
            .collect()
    }

    #[test]
    fn clitics_join_with_spelling_changes() {
        assert_eq!(
            ex(&[("حُكُومَةُ", "NOUN", "Case=Nom"), ("هُ", "PRON", "Case=Gen")]),
            [("حكومته".into(), "".into(), "ه".into())]
        );
        assert_eq!(
            ex(&[("لِ", "ADP", "_"), ("هُ", "PRON", "Case=Gen")]),
            [("له".into(), "ل".into(), "ه".into())]
        );
        assert_eq!(
            ex(&[
                ("أَلقَى", "VERB", "_"),
                ("هَا", "PRON", "Case=Acc"),
                ("وَ", "CONJ", "_"),
                ("قَالَ", "VERB", "_")
            ]),
            [
                ("ألقاها".into(), "".into(), "ها".into()),
                ("وقال".into(), "و".into(), "".into())
            ]
        );
    }

    #[test]
    fn independent_pronouns_stay_apart() {
        assert_eq!(
            ex(&[("قَالَ", "VERB", "_"), ("هُم", "PRON", "Case=Nom")]),
            [
                ("قال".into(), "".into(), "".into()),
                ("هم".into(), "".into(), "".into())
            ]
        );
    }
}
