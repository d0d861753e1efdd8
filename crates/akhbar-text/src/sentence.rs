//! Sentence boundaries.
//!
//! A sentence ends after a run of `.` `!` `?` `؟` `…` (and the closing quotes
//! and brackets that follow it) when whitespace or the end of the text comes
//! next, and always at a line break. A period does not end a sentence after a
//! one-letter initial (`د.` `أ.` `U.`), after a known abbreviation (`Dr.`,
//! `ق.م.`), or inside a number (`3.5`, which the tokenizer keeps whole).
//!
//! ```
//! use akhbar_text::sentence::split_sentences;
//!
//! let text = "وصل د. سامي إلى المدينة. وقال: \"الوضع هادئ\". ثم غادر!";
//! let sentences: Vec<&str> = split_sentences(text).map(|r| &text[r]).collect();
//! assert_eq!(sentences, ["وصل د. سامي إلى المدينة.", "وقال: \"الوضع هادئ\".", "ثم غادر!"]);
//! ```

use std::ops::Range;

use crate::chars::{is_arabic_letter, is_closing_punct, is_line_break, is_sentence_terminal};
use crate::tokenize::{tokenize, TokenKind, Tokens};

/// Latin abbreviations that end with a period but not a sentence (lowercase).
const LATIN_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "no", "vol", "pp", "etc", "inc", "ltd",
    "co", "corp", "gen", "col", "lt", "sgt", "gov", "sen", "rep", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "al", "fig", "approx",
];

/// Sentence byte ranges of `text`, in order. Ranges are trimmed (no leading or
/// trailing whitespace) and never empty.
pub fn split_sentences(text: &str) -> Sentences<'_> {
    Sentences {
        text,
        tokens: tokenize(text),
        pending: None,
    }
}

/// Iterator returned by [`split_sentences`].
#[derive(Clone, Debug)]
pub struct Sentences<'a> {
    text: &'a str,
    tokens: Tokens<'a>,
    pending: Option<crate::tokenize::Token>,
}

impl Sentences<'_> {
    fn next_token(&mut self) -> Option<crate::tokenize::Token> {
        self.pending.take().or_else(|| self.tokens.next())
    }
}

/// Does the period token at `dot` follow an initial or an abbreviation?
fn is_abbreviation_dot(
    text: &str,
    prev: Option<crate::tokenize::Token>,
    dot: &crate::tokenize::Token,
) -> bool {
    if &text[dot.start..dot.end] != "." {
        return false;
    }
    let Some(prev) = prev else { return false };
    if prev.end != dot.start {
        return false;
    }
    let word = &text[prev.start..prev.end];
    match prev.kind {
        TokenKind::Word => word.chars().filter(|&c| is_arabic_letter(c)).count() == 1,
        TokenKind::Latin => {
            word.chars().count() == 1
                || LATIN_ABBREVIATIONS.contains(&word.to_ascii_lowercase().as_str())
        }
        _ => false,
    }
}

impl Iterator for Sentences<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let text = self.text;
        let first = self.next_token()?;
        let start = first.start;
        let mut end;
        let mut prev: Option<crate::tokenize::Token> = None;
        let mut tok = first;
        loop {
            let is_terminal = tok.kind == TokenKind::Punct
                && text[tok.start..tok.end].chars().all(is_sentence_terminal)
                && !is_abbreviation_dot(text, prev, &tok);
            end = tok.end;
            if is_terminal {
                // Closing quotes/brackets stay with the sentence.
                loop {
                    match self.tokens.next() {
                        Some(t)
                            if t.kind == TokenKind::Punct
                                && !text[end..t.start].chars().any(is_line_break)
                                && text[t.start..t.end]
                                    .chars()
                                    .all(|c| is_closing_punct(c) || is_sentence_terminal(c)) =>
                        {
                            end = t.end;
                        }
                        other => {
                            self.pending = other;
                            break;
                        }
                    }
                }
                // A terminal glued to the next word (an abbreviation we do
                // not know, a domain name) does not end the sentence.
                match self.pending {
                    Some(next) if next.start == end && next.kind != TokenKind::Punct => {}
                    _ => return Some(start..end),
                }
            }
            prev = Some(tok);
            let Some(next) = self.next_token() else {
                return Some(start..end);
            };
            if text[end..next.start].chars().any(is_line_break) {
                self.pending = Some(next);
                return Some(start..end);
            }
            tok = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<&str> {
        split_sentences(s).map(|r| &s[r]).collect()
    }

    #[test]
    fn glued_after_cleaning_and_quotes() {
        assert_eq!(
            split("انتهى الاجتماع. ووفق البيان، اتفقا."),
            ["انتهى الاجتماع.", "ووفق البيان، اتفقا."]
        );
        assert_eq!(split("قال: «نعم». ثم سكت"), ["قال: «نعم».", "ثم سكت"]);
        assert_eq!(split("هل حضر؟! لا أعرف…"), ["هل حضر؟!", "لا أعرف…"]);
    }

    #[test]
    fn numbers_initials_abbreviations_do_not_split() {
        assert_eq!(
            split("بلغ النمو 3.5 في المئة."),
            ["بلغ النمو 3.5 في المئة."]
        );
        assert_eq!(split("التقى أ. سامر بالوفد."), ["التقى أ. سامر بالوفد."]);
        assert_eq!(
            split("met Dr. Smith in the U.S. today."),
            ["met Dr. Smith in the U.S. today."]
        );
    }

    #[test]
    fn line_breaks_always_split() {
        assert_eq!(
            split("عنوان بلا نقطة\nجملة ثانية."),
            ["عنوان بلا نقطة", "جملة ثانية."]
        );
    }

    #[test]
    fn empty_and_whitespace() {
        assert!(split("").is_empty());
        assert!(split("  \n ").is_empty());
    }
}
