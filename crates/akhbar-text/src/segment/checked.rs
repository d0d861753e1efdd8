//! Hand-checked readings of frequent news words, which the ranker does not
//! overrule.
//!
//! `data/segmenter/readings.tsv` holds one `word<TAB>seg+ments` per line:
//! the word as news writes it and its reading in the UD scheme (leading
//! one-letter proclitics, the stem, a final pronoun enclitic). The words are
//! the most frequent ones of the ANT corpus on which two segmenters
//! disagreed, each read by hand (see `data/segmenter/MODEL.md`). They are
//! looked up by search form, so «لأن» also settles «لان».

use super::model::ModelError;
use super::{ENCLITICS, PROCLITICS};
use crate::hash::FnvMap;
use crate::normalize::Normalizer;
use crate::tsv;

/// Word (search form) → its reading, as indices into [`PROCLITICS`] and
/// [`ENCLITICS`].
#[derive(Clone, Debug, Default)]
pub(crate) struct CheckedReadings {
    readings: FnvMap<String, (usize, usize)>,
}

/// One line's reading: (proclitic letters, enclitic), or what is wrong.
pub(crate) fn parse_reading<'a>(word: &str, seg: &'a str) -> Result<(String, &'a str), String> {
    let parts: Vec<&str> = seg.split('+').collect();
    if parts.concat() != word || parts.iter().any(|p| p.is_empty()) {
        return Err(format!("the segments {seg:?} do not spell {word:?}"));
    }
    let mut rest = &parts[..];
    let mut enclitic = "";
    if let [head @ .., last] = rest {
        if !head.is_empty() && ENCLITICS[1..].contains(last) {
            enclitic = last;
            rest = head;
        }
    }
    let mut proclitics = String::new();
    while let [first, tail @ ..] = rest {
        let mut chars = first.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if !tail.is_empty() && "وفبكلس".contains(c) => {
                proclitics.push(c);
                rest = tail;
            }
            _ => break,
        }
    }
    let known = PROCLITICS
        .iter()
        .any(|p| p.iter().copied().eq(proclitics.chars()));
    if rest.len() != 1 || !known {
        return Err(format!("{seg:?} is not proclitics + stem + enclitic"));
    }
    Ok((proclitics, enclitic))
}

impl CheckedReadings {
    /// Parse `readings.tsv`; an error names the first bad line.
    pub fn from_tsv(tsv_text: &str, normalizer: &Normalizer) -> Result<Self, ModelError> {
        let mut readings = FnvMap::default();
        for (i, line) in tsv::lines(tsv_text).enumerate() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |message: String| ModelError {
                part: "readings",
                line: i + 1,
                message,
            };
            let (word, seg) = line
                .split_once('\t')
                .ok_or_else(|| err("expected word<TAB>seg+ments".to_string()))?;
            let (proclitics, enclitic) = parse_reading(word, seg).map_err(err)?;
            let p = PROCLITICS
                .iter()
                .position(|p| p.iter().copied().eq(proclitics.chars()))
                .unwrap_or(0);
            let e = ENCLITICS.iter().position(|e| *e == enclitic).unwrap_or(0);
            readings.insert(normalizer.normalize(word), (p, e));
        }
        Ok(CheckedReadings { readings })
    }

    /// The checked reading of a word (search form), if there is one.
    pub fn get(&self, norm: &str) -> Option<(usize, usize)> {
        self.readings.get(norm).copied()
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.readings.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readings_parse_into_clitics() {
        assert_eq!(parse_reading("لفائدة", "ل+فائدة"), Ok(("ل".into(), "")));
        assert_eq!(parse_reading("بطاقة", "بطاقة"), Ok(("".into(), "")));
        assert_eq!(
            parse_reading("ولمراسلنا", "و+ل+مراسل+نا"),
            Ok(("ول".into(), "نا"))
        );
        assert_eq!(parse_reading("لكننا", "لكن+نا"), Ok(("".into(), "نا")));
        assert!(parse_reading("لكننا", "لكن+ن").is_err());
        assert!(parse_reading("بطاقة", "ب+طا+قة").is_err());
    }

    #[test]
    fn a_bad_line_is_named() {
        let n = Normalizer::default();
        let e = CheckedReadings::from_tsv("# c\nبطاقة\tبطاقة\nلفائدة ل+فائدة\n", &n).unwrap_err();
        assert_eq!((e.part, e.line), ("readings", 3));
        let ok = CheckedReadings::from_tsv("لأن\tلأن\n", &n).unwrap();
        assert_eq!(ok.get("لان"), Some((0, 0)));
    }
}
