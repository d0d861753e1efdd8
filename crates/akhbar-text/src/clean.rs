//! Cleaning raw text into the display form, with an alignment back to the raw
//! input.
//!
//! The [`Cleaner`] keeps the text readable (it never drops letters or changes
//! spelling) and removes what only gets in the way:
//!
//! * tatweel (kashida) stretching, zero-width and bidi control characters, the BOM;
//! * Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF), folded to base letters;
//! * stray diacritics: marks on no letter, marks stacked beyond three or
//!   repeated, and vowels typed on a word-final alef (`أيضاُ` → `أيضا`; the
//!   tanween of `جداً` stays);
//! * whitespace variants (NBSP, tabs, …) to one space, line ends to `\n`,
//!   blank-line runs to one blank line, spaces at line ends;
//! * C0/C1 control characters and NUL bytes;
//! * a missing space after sentence punctuation between two Arabic words
//!   (`ساعات.ووفق` → `ساعات. ووفق`), leaving numbers (`3.5`, `١٢٫٥`), URLs,
//!   e-mail addresses and one-letter abbreviations (`د.محمد`, `أ.ش.أ`) alone.
//!
//! ```
//! use akhbar_text::clean::Cleaner;
//!
//! let raw = "قـــد يهمك أيضاُ\r\nجاء الوفد.ووصل الرئيس";
//! let cleaned = Cleaner::default().clean(raw);
//! assert_eq!(cleaned.text, "قد يهمك أيضا\nجاء الوفد. ووصل الرئيس");
//! // Every span maps back to the raw input.
//! let start = cleaned.text.find("ووصل").unwrap();
//! let raw_span = cleaned.alignment.source_range(start..start + "ووصل".len());
//! assert_eq!(&raw[raw_span], "ووصل");
//! ```

use crate::alignment::{Alignment, AlignmentBuilder};
use crate::chars::{
    is_arabic_letter, is_arabic_mark, is_closing_punct, is_emoji, is_horizontal_space,
    is_invisible_control, is_line_break, TATWEEL,
};
use crate::presentation_table::PRESENTATION_FORMS;

/// Text in display form and its alignment to the raw input.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cleaned {
    /// The cleaned text.
    pub text: String,
    /// Maps byte offsets of `text` to byte offsets of the raw input.
    pub alignment: Alignment,
}

/// Options of the [`Cleaner`]. Everything is on by default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cleaner {
    /// Insert the missing space after sentence punctuation glued between two
    /// Arabic words.
    pub split_glued_sentences: bool,
    /// Most combining marks kept on one letter.
    pub max_marks_per_letter: u8,
}

impl Default for Cleaner {
    fn default() -> Self {
        Cleaner {
            split_glued_sentences: true,
            max_marks_per_letter: 3,
        }
    }
}

/// Punctuation after which a missing space is inserted between Arabic words.
#[inline]
fn is_gluing_punct(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | '\u{061F}'
            | '\u{2026}'
            | '\u{060C}'
            | '\u{061B}'
            | ','
            | ';'
            | '\u{06D4}'
    )
}

/// Marks allowed on a word-final alef: tanween fath, madda, hamza above/below.
#[inline]
fn allowed_on_final_alef(c: char) -> bool {
    matches!(c, '\u{064B}' | '\u{0653}' | '\u{0654}' | '\u{0655}')
}

/// The base letters of an Arabic presentation form, if `c` is one.
#[inline]
pub fn fold_presentation_form(c: char) -> Option<&'static str> {
    if !matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}') {
        return None;
    }
    PRESENTATION_FORMS
        .binary_search_by_key(&c, |&(k, _)| k)
        .ok()
        .map(|i| PRESENTATION_FORMS[i].1)
}

/// Control characters that are junk in text (C0 except tab and line feeds, DEL, C1 except NEL).
#[inline]
fn is_junk_control(c: char) -> bool {
    matches!(c, '\u{0000}'..='\u{0008}' | '\u{000E}'..='\u{001F}' | '\u{007F}'..='\u{0084}' | '\u{0086}'..='\u{009F}')
}

/// Where the cleaner records its edits: an [`AlignmentBuilder`], or nothing.
trait Edits {
    fn copy(&mut self, n: usize);
    fn delete(&mut self, n: usize);
    fn replace(&mut self, src: usize, out: usize);
    fn insert(&mut self, n: usize);
}

impl Edits for AlignmentBuilder {
    #[inline]
    fn copy(&mut self, n: usize) {
        AlignmentBuilder::copy(self, n)
    }
    #[inline]
    fn delete(&mut self, n: usize) {
        AlignmentBuilder::delete(self, n)
    }
    #[inline]
    fn replace(&mut self, src: usize, out: usize) {
        AlignmentBuilder::replace(self, src, out)
    }
    #[inline]
    fn insert(&mut self, n: usize) {
        AlignmentBuilder::insert(self, n)
    }
}

/// Edits are not recorded.
struct NoEdits;

impl Edits for NoEdits {
    #[inline]
    fn copy(&mut self, _: usize) {}
    #[inline]
    fn delete(&mut self, _: usize) {}
    #[inline]
    fn replace(&mut self, _: usize, _: usize) {}
    #[inline]
    fn insert(&mut self, _: usize) {}
}

struct State<'a, E> {
    raw: &'a str,
    out: String,
    b: E,
    /// Pending whitespace: raw start, and number of line breaks seen.
    pending: Option<(usize, usize)>,
    /// Byte offset in `out` where the current whitespace-delimited chunk starts.
    chunk_start: usize,
    /// Marks kept on the current base letter, and the last one.
    marks_on_base: u8,
    last_mark: Option<char>,
    /// Is the current base a word-final alef (computed lazily)?
    final_alef: Option<bool>,
}

impl Cleaner {
    /// Clean `raw` into display form.
    pub fn clean(&self, raw: &str) -> Cleaned {
        let (text, b) = self.run(
            raw,
            String::with_capacity(raw.len()),
            AlignmentBuilder::new(),
        );
        Cleaned {
            text,
            alignment: b.finish(),
        }
    }

    /// Clean `raw` into `out` (cleared first), without recording an alignment.
    /// The fast path for streaming filters.
    pub fn clean_into(&self, raw: &str, out: &mut String) {
        out.clear();
        let buf = std::mem::take(out);
        let (text, _) = self.run(raw, buf, NoEdits);
        *out = text;
    }

    /// Would cleaning `text` change the tokens it splits into?
    ///
    /// `false` means [`tokenize`](crate::tokenize::tokenize) gives the same
    /// tokens on `text` as on its cleaned form: only whitespace would change,
    /// or a space would be inserted after glued punctuation, which the
    /// tokenizer splits anyway. Streaming filters use this to skip cleaning
    /// most lines. With `marks_matter == false` (the caller only uses the
    /// search form, which drops diacritics and tatweel), marks and tatweel
    /// inside words do not count.
    ///
    /// ```
    /// use akhbar_text::clean::Cleaner;
    /// let c = Cleaner::default();
    /// assert!(!c.changes_tokens("قال الرئيس.وأضاف", true));
    /// assert!(c.changes_tokens("قـال", true));
    /// assert!(c.changes_tokens("أيضاُ", true));
    /// assert!(!c.changes_tokens("أيضاُ", false));
    /// ```
    pub fn changes_tokens(&self, text: &str, marks_matter: bool) -> bool {
        const OK: u8 = 0;
        const MARK: u8 = 1;
        const SPECIAL: u8 = 2;
        // Two-byte characters (U+0080–U+07FF), indexed by code point.
        const TWO: [u8; 2048] = {
            let mut t = [OK; 2048];
            let mut cp = 0x80;
            while cp < 0x800 {
                t[cp] = match cp {
                    0x80..=0x9F | 0xAD | 0x061C => SPECIAL,
                    // Tatweel counts as a mark: the search form drops both.
                    0x0640
                    | 0x0610..=0x061A
                    | 0x064B..=0x065F
                    | 0x0670
                    | 0x06D6..=0x06DC
                    | 0x06DF..=0x06E4
                    | 0x06E7
                    | 0x06E8
                    | 0x06EA..=0x06ED => MARK,
                    _ => OK,
                };
                cp += 1;
            }
            t
        };
        let b = text.as_bytes();
        let n = b.len();
        let mut i = 0;
        while i < n {
            let c = b[i];
            if c < 0x80 {
                if (c < 0x20 && c != b'\t' && c != b'\n' && c != b'\r') || c == 0x7F {
                    return true;
                }
                i += 1;
                continue;
            }
            if c < 0xE0 {
                let n1 = if i + 1 < n { b[i + 1] } else { 0x80 };
                let cp = (usize::from(c & 0x1F) << 6) | usize::from(n1 & 0x3F);
                match TWO[cp] {
                    OK => {}
                    SPECIAL => return true,
                    _ => {
                        // A mark matters when the caller keeps marks, or when it
                        // sits on no letter (cleaning drops it, which joins the
                        // tokens around it).
                        if marks_matter
                            || !text[..i]
                                .chars()
                                .next_back()
                                .is_some_and(|p| is_arabic_letter(p) || is_arabic_mark(p))
                        {
                            return true;
                        }
                    }
                }
                i += 2;
                continue;
            }
            let n1 = if i + 1 < n { b[i + 1] } else { 0 };
            let n2 = if i + 2 < n { b[i + 2] } else { 0 };
            let special = match c {
                // U+08C0–08FF: Arabic Extended-A marks.
                0xE0 => n1 == 0xA3 && (marks_matter || n2 >= 0x8A),
                0xE1 => n1 == 0xA0 && n2 == 0x8E,
                0xE2 => {
                    (n1 == 0x80 && matches!(n2, 0x8B..=0x8F | 0xAA..=0xAE))
                        || (n1 == 0x81 && matches!(n2, 0xA0..=0xA4 | 0xA6..=0xA9))
                }
                0xEF => matches!(n1, 0xAD..=0xB7 | 0xB9..=0xBB),
                _ => false,
            };
            if special {
                return true;
            }
            i += if c < 0xF0 { 3 } else { 4 };
        }
        false
    }

    fn run<E: Edits>(&self, raw: &str, out: String, edits: E) -> (String, E) {
        let mut st = State {
            raw,
            out,
            b: edits,
            pending: None,
            chunk_start: 0,
            marks_on_base: 0,
            last_mark: None,
            final_alef: None,
        };
        let mut it = CharCursor { text: raw, at: 0 };
        while let Some((i, c)) = it.next() {
            let len = c.len_utf8();
            // Most of an Arabic article: base letters right after another,
            // with no whitespace pending. Nothing below would touch them (no
            // mark, no fold, no glued sentence to split): the whole run is
            // copied at once.
            if st.pending.is_none()
                && is_base_letter(c)
                && st.out.chars().next_back().is_some_and(is_base_letter)
            {
                let end = base_letters_end(raw.as_bytes(), i + len);
                self.new_base(&mut st);
                st.out.push_str(&raw[i..end]);
                st.b.copy(end - i);
                it.at = end;
                continue;
            }
            if is_line_break(c) || is_horizontal_space(c) || is_junk_control(c) {
                // Control characters (NUL, …) separate words like a space.
                let breaks = usize::from(is_line_break(c));
                // "\r\n" counts as one line break.
                let breaks = if c == '\r' && matches!(it.peek(), Some((_, '\n'))) {
                    0
                } else {
                    breaks
                };
                match &mut st.pending {
                    Some((_, n)) => *n += breaks,
                    None => st.pending = Some((i, breaks)),
                }
                continue;
            }
            if c == '\u{200D}'
                && st.pending.is_none()
                && self.keeps_zwj(&st.out, it.peek().map(|(_, n)| n))
            {
                self.flush_pending(&mut st, i);
                st.out.push(c);
                st.b.copy(len);
                continue;
            }
            if is_invisible_control(c) || c == TATWEEL {
                if st.pending.is_none() {
                    st.b.delete(len);
                }
                continue;
            }
            // A mark after whitespace (or at the start) sits on no letter: drop it
            // and keep the whitespace pending, so no space is left dangling.
            let folded = fold_presentation_form(c).map(|f| f.trim_start_matches([' ', TATWEEL]));
            let is_marks = match folded {
                Some(f) => f.chars().all(is_arabic_mark),
                None => is_arabic_mark(c),
            };
            if is_marks && (st.pending.is_some() || st.out.is_empty()) {
                if st.pending.is_none() {
                    st.b.delete(len);
                }
                continue;
            }
            self.flush_pending(&mut st, i);
            if let Some(folded) = folded {
                // Folded text may start with a space (isolated harakat forms) or a
                // tatweel carrier (U+FE71, U+FE77, …): both go, and each mark is
                // judged by the mark rules like a typed one.
                if is_marks {
                    let start = st.out.len();
                    for m in folded.chars() {
                        if self.keep_mark(&mut st, m, i + len) {
                            st.out.push(m);
                        }
                    }
                    let kept = st.out.len() - start;
                    if kept == 0 {
                        st.b.delete(len);
                    } else {
                        st.b.replace(len, kept);
                    }
                    continue;
                }
                // Letters (and the spaces of multi-word ligatures) go in as they
                // are; marks inside the ligature obey the mark rules.
                self.before_letter(&mut st, folded.chars().next().unwrap_or(' '));
                let start = st.out.len();
                for ch in folded.chars() {
                    if is_arabic_mark(ch) {
                        if self.keep_mark(&mut st, ch, i + len) {
                            st.out.push(ch);
                        }
                    } else {
                        self.new_base(&mut st);
                        st.out.push(ch);
                    }
                }
                st.b.replace(len, st.out.len() - start);
                // A ligature of several words (ﷺ) ends the URL/e-mail chunk.
                if let Some(sp) = folded.rfind(' ') {
                    st.chunk_start = st.out.len() - folded.len() + sp + 1;
                }
                continue;
            }
            if is_arabic_mark(c) {
                if self.keep_mark(&mut st, c, i + len) {
                    st.out.push(c);
                    st.b.copy(len);
                } else {
                    st.b.delete(len);
                }
                continue;
            }
            self.before_letter(&mut st, c);
            self.new_base(&mut st);
            st.out.push(c);
            st.b.copy(len);
        }
        // Trailing whitespace is dropped.
        if let Some((start, _)) = st.pending.take() {
            st.b.delete(raw.len() - start);
        }
        (st.out, st.b)
    }

    fn keeps_zwj(&self, out: &str, next: Option<char>) -> bool {
        let prev = out.chars().next_back();
        matches!((prev, next), (Some(p), Some(n)) if (is_emoji(p) || crate::chars::is_emoji_continuation(p)) && is_emoji(n))
    }

    fn new_base<E: Edits>(&self, st: &mut State<'_, E>) {
        st.marks_on_base = 0;
        st.last_mark = None;
        st.final_alef = None;
    }

    /// Decide whether combining mark `c` (at raw offset ending `after`) stays.
    fn keep_mark<E: Edits>(&self, st: &mut State<'_, E>, c: char, after: usize) -> bool {
        let base = st.out.chars().rev().find(|&p| !is_arabic_mark(p));
        let Some(base) = base.filter(|&b| is_arabic_letter(b)) else {
            return false;
        };
        // A mark directly after whitespace or punctuation has no letter.
        if st
            .out
            .chars()
            .next_back()
            .is_some_and(|p| !is_arabic_letter(p) && !is_arabic_mark(p))
        {
            return false;
        }
        if st.marks_on_base >= self.max_marks_per_letter || st.last_mark == Some(c) {
            return false;
        }
        if base == 'ا' && !allowed_on_final_alef(c) {
            let is_final = *st.final_alef.get_or_insert_with(|| {
                !st.raw[after..]
                    .chars()
                    .find(|&n| !is_arabic_mark(n) && n != TATWEEL && !is_invisible_control(n))
                    .is_some_and(is_arabic_letter)
            });
            if is_final {
                return false;
            }
        }
        st.marks_on_base += 1;
        st.last_mark = Some(c);
        true
    }

    /// Insert a space between glued sentences before emitting `next`.
    fn before_letter<E: Edits>(&self, st: &mut State<'_, E>, next: char) {
        if !self.split_glued_sentences || !is_arabic_letter(next) {
            return;
        }
        let out = &st.out;
        match out.chars().next_back() {
            Some(last) if is_gluing_punct(last) || is_closing_punct(last) => {}
            _ => return,
        }
        let mut back = out.char_indices().rev().peekable();
        // Closing quotes/brackets right before the letter.
        while back.peek().is_some_and(|&(_, p)| is_closing_punct(p)) {
            back.next();
        }
        let mut punct = 0;
        while back.peek().is_some_and(|&(_, p)| is_gluing_punct(p)) {
            back.next();
            punct += 1;
        }
        if punct == 0 {
            return;
        }
        // A closing quote may also sit before the punctuation: «"كذا".وقال».
        while back.peek().is_some_and(|&(_, p)| is_closing_punct(p)) {
            back.next();
        }
        let mut letters = 0;
        for (_, p) in back {
            if is_arabic_mark(p) {
                continue;
            }
            if is_arabic_letter(p) {
                letters += 1;
                if letters >= 2 {
                    break;
                }
            } else {
                break;
            }
        }
        if letters < 2 {
            return;
        }
        // Not inside a URL or an e-mail address.
        let from = st.chunk_start.max(out.len().saturating_sub(512));
        let from = (from..out.len())
            .find(|&k| out.is_char_boundary(k))
            .unwrap_or(out.len());
        let chunk = &out[from..];
        if chunk.contains("://")
            || chunk.contains('@')
            || chunk.starts_with("www.")
            || chunk.contains(".www.")
        {
            return;
        }
        st.out.push(' ');
        st.b.insert(1);
        st.chunk_start = st.out.len();
    }

    /// Emit pending whitespace before the content char at raw offset `at`.
    fn flush_pending<E: Edits>(&self, st: &mut State<'_, E>, at: usize) {
        let Some((start, breaks)) = st.pending.take() else {
            return;
        };
        let src = &st.raw[start..at];
        let replacement = if st.out.is_empty() {
            ""
        } else if breaks >= 2 {
            "\n\n"
        } else if breaks == 1 {
            "\n"
        } else {
            " "
        };
        if src == replacement {
            st.b.copy(src.len());
        } else if replacement.is_empty() {
            st.b.delete(src.len());
        } else {
            st.b.replace(src.len(), replacement.len());
        }
        st.out.push_str(replacement);
        st.chunk_start = st.out.len();
    }
}

/// An Arabic base letter (hamza to yeh, without tatweel).
#[inline]
fn is_base_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}')
}

/// Where the run of [base letters](is_base_letter) that starts at byte
/// `from` of `text` ends (two-byte UTF-8: D8 A1–BA, D9 81–8A).
fn base_letters_end(text: &[u8], from: usize) -> usize {
    let mut at = from;
    while let [lead, next, ..] = text[at..] {
        let base = match lead {
            0xD8 => matches!(next, 0xA1..=0xBA),
            0xD9 => matches!(next, 0x81..=0x8A),
            _ => false,
        };
        if !base {
            break;
        }
        at += 2;
    }
    at
}

/// The characters of a text with their byte offsets, from a position that
/// can be moved forward.
struct CharCursor<'a> {
    text: &'a str,
    /// A character boundary of `text`.
    at: usize,
}

impl CharCursor<'_> {
    fn peek(&self) -> Option<(usize, char)> {
        self.text[self.at..].chars().next().map(|c| (self.at, c))
    }

    fn next(&mut self) -> Option<(usize, char)> {
        let next = self.peek()?;
        self.at += next.1.len_utf8();
        Some(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(s: &str) -> String {
        Cleaner::default().clean(s).text
    }

    #[test]
    fn tatweel_and_invisibles_go() {
        assert_eq!(clean("قـــد يهمــــك"), "قد يهمك");
        assert_eq!(clean("\u{FEFF}سلام\u{200F} عليكم\u{200B}"), "سلام عليكم");
    }

    #[test]
    fn presentation_forms_fold() {
        assert_eq!(clean("\u{FEFB}"), "لا");
        assert_eq!(clean("\u{FE8D}\u{FEDF}\u{FEB4}\u{FEFC}\u{FEE1}"), "السلام");
    }

    #[test]
    fn stray_marks_drop() {
        assert_eq!(clean("أيضاُ"), "أيضا");
        assert_eq!(clean("جداً"), "جداً");
        assert_eq!(clean("كتاَب"), "كتاَب");
        assert_eq!(clean(" \u{064E}كلمة"), "كلمة");
        assert_eq!(clean("ب\u{064E}\u{064E}\u{064E}"), "ب\u{064E}");
        let many = "و".to_string() + &"\u{064E}\u{0650}\u{064F}\u{0651}".repeat(100) + "جه";
        assert_eq!(clean(&many), "و\u{064E}\u{0650}\u{064F}جه");
    }

    #[test]
    fn whitespace_unifies() {
        assert_eq!(clean("  أ\u{00A0}\tب  \r\n\r\n\r\n ج \n"), "أ ب\n\nج");
        assert_eq!(clean("أ\rب"), "أ\nب");
    }

    #[test]
    fn glued_sentences_split_but_numbers_and_urls_stay() {
        assert_eq!(clean("ساعات.ووفق"), "ساعات. ووفق");
        assert_eq!(clean("لماذا؟قال"), "لماذا؟ قال");
        assert_eq!(clean("\"انتهى\".وقال"), "\"انتهى\". وقال");
        assert_eq!(clean("بوتين،والأسد"), "بوتين، والأسد");
        assert_eq!(clean("3.5 و١٢٫٥"), "3.5 و١٢٫٥");
        assert_eq!(clean("د.محمد أ.ش.أ"), "د.محمد أ.ش.أ");
        assert_eq!(clean("https://مثال.موقع"), "https://مثال.موقع");
        assert_eq!(clean("بريد@مثال.شبكة"), "بريد@مثال.شبكة");
    }

    #[test]
    fn emoji_zwj_sequences_survive() {
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}";
        assert_eq!(clean(family), family);
    }

    #[test]
    fn junk_controls_drop() {
        // Control characters separate words like a space.
        assert_eq!(clean("أ\u{0000}ب\u{0007}"), "أ ب");
    }

    proptest::proptest! {
        #[test]
        fn unchanged_tokens_when_changes_tokens_says_so(
            s in "[ \t\n\r\u{00A0}.،؟!\"«»0-9a-zابتثوقلمنهيىةأإآءؤئ\u{0640}\u{064B}-\u{0652}\u{0670}\u{200B}-\u{200F}\u{FEFB}\u{FE8D}\u{0000}\u{0085}\u{2028}\u{1F600}]{0,40}"
        ) {
            use crate::tokenize::tokenize;
            let c = Cleaner::default();
            let cleaned = c.clean(&s).text;
            let toks = |t: &str| tokenize(t).map(|k| t[k.start..k.end].to_string()).collect::<Vec<_>>();
            if !c.changes_tokens(&s, true) {
                proptest::prop_assert_eq!(toks(&s), toks(&cleaned));
            }
            if !c.changes_tokens(&s, false) {
                let n = crate::normalize::Normalizer::default();
                let norms = |t: &str| toks(t).iter().map(|x| n.normalize(x)).filter(|x| !x.is_empty()).collect::<Vec<_>>();
                proptest::prop_assert_eq!(norms(&s), norms(&cleaned));
            }
        }
    }

    #[test]
    fn alignment_maps_back() {
        let raw = "\u{FEFF}قـد  قال:\r\nالرئيس.وأضاف";
        let c = Cleaner::default().clean(raw);
        assert_eq!(c.alignment.output_len(), c.text.len());
        assert_eq!(c.alignment.source_len(), raw.len());
        for (i, _) in c.text.char_indices() {
            let r = c.alignment.source_range(i..c.text.len());
            assert!(raw.is_char_boundary(r.start) && raw.is_char_boundary(r.end));
        }
        let at = c.text.find("وأضاف").unwrap();
        assert_eq!(
            &raw[c.alignment.source_range(at..at + "وأضاف".len())],
            "وأضاف"
        );
        let at = c.text.find("قد").unwrap();
        assert_eq!(&raw[c.alignment.source_range(at..at + "قد".len())], "قـد");
    }
}
