//! Splitting text into tokens with byte offsets.
//!
//! A [`Token`] is a maximal run of one kind: an Arabic word (letters and
//! their marks), a Latin word, a number (with `.`/`,`/`٫`/`٬` separators
//! between digits and a trailing `%`/`٪`/`‰`), a URL, an e-mail address, a
//! hashtag, a mention, an emoji sequence, a run of punctuation or a symbol.
//! Whitespace is never part of a token, and tokens come out in text order
//! without overlapping.
//!
//! ```
//! use akhbar_text::tokenize::{tokenize, TokenKind};
//!
//! let text = "ارتفع المؤشر ١٢٫٥٪ في 2024، راجع https://example.com/a #اقتصاد 👍🏽";
//! let tokens: Vec<_> = tokenize(text).map(|t| (&text[t.start..t.end], t.kind)).collect();
//! assert_eq!(tokens[2], ("١٢٫٥٪", TokenKind::Number));
//! assert_eq!(tokens[5], ("،", TokenKind::Punct));
//! assert_eq!(tokens[7], ("https://example.com/a", TokenKind::Url));
//! assert_eq!(tokens[8], ("#اقتصاد", TokenKind::Hashtag));
//! assert_eq!(tokens[9], ("👍🏽", TokenKind::Emoji));
//! ```

use crate::chars::{
    is_arabic_letter, is_arabic_mark, is_digit, is_emoji, is_emoji_continuation,
    is_horizontal_space, is_line_break, is_regional_indicator, is_sentence_terminal, TATWEEL,
};

/// What a token is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum TokenKind {
    /// Arabic-script word.
    #[default]
    Word,
    /// Latin-script (or other non-Arabic letter) word, possibly with digits.
    Latin,
    /// Number.
    Number,
    /// Punctuation (a run of the same mark, or of sentence terminals, is one token).
    Punct,
    /// Web address.
    Url,
    /// E-mail address.
    Email,
    /// `#hashtag`.
    Hashtag,
    /// `@mention`.
    Mention,
    /// Emoji sequence (with modifiers, ZWJ sequences, flags).
    Emoji,
    /// Any other symbol.
    Symbol,
}

impl TokenKind {
    /// Lowercase name used in JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Latin => "latin",
            TokenKind::Number => "number",
            TokenKind::Punct => "punct",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Hashtag => "hashtag",
            TokenKind::Mention => "mention",
            TokenKind::Emoji => "emoji",
            TokenKind::Symbol => "symbol",
        }
    }
}

/// A token: byte range into the tokenized text and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
    /// Kind of token.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text in `text`.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// Tokens of `text`, in order.
pub fn tokenize(text: &str) -> Tokens<'_> {
    Tokens { text, pos: 0 }
}

/// Iterator returned by [`tokenize`].
#[derive(Clone, Debug)]
pub struct Tokens<'a> {
    text: &'a str,
    pos: usize,
}

#[inline]
fn is_word_char(c: char) -> bool {
    is_arabic_letter(c) || is_arabic_mark(c) || c == TATWEEL
}

#[inline]
fn is_latin_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || (c.is_alphabetic()
            && !is_arabic_letter(c)
            && (c as u32) < 0x2E80
            && !matches!(c as u32, 0x0590..=0x08FF))
}

/// Combining marks of non-Arabic scripts (they continue a Latin word: «café»).
#[inline]
fn is_other_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20EF}' | '\u{FE20}'..='\u{FE2F}')
}

#[inline]
fn is_number_separator(c: char) -> bool {
    matches!(c, '.' | ',' | '\u{066B}' | '\u{066C}' | '\'')
}

#[inline]
fn is_space(c: char) -> bool {
    is_horizontal_space(c) || is_line_break(c)
}

/// Characters that cannot end a URL (they are punctuation around it).
#[inline]
fn is_url_trailer(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | ')'
            | ']'
            | '}'
            | '»'
            | '"'
            | '\''
            | '”'
            | '’'
            | '،'
            | '؛'
            | '؟'
    )
}

impl<'a> Tokens<'a> {
    #[inline]
    fn peek_at(&self, at: usize) -> Option<char> {
        self.text[at..].chars().next()
    }

    /// End of the run of chars satisfying `f` starting at `at`.
    #[inline]
    fn run(&self, at: usize, f: impl Fn(char) -> bool) -> usize {
        let rest = &self.text[at..];
        at + rest.find(|c: char| !f(c)).unwrap_or(rest.len())
    }

    /// End of the whitespace-delimited chunk starting at `at`.
    fn chunk_end(&self, at: usize) -> usize {
        self.run(at, |c| !is_space(c))
    }

    fn url_end(&self, at: usize) -> Option<usize> {
        let rest = &self.text[at..];
        let head = rest
            .get(..8)
            .or_else(|| rest.get(..rest.len()))
            .unwrap_or("");
        let is_url = head.starts_with("http://")
            || head.starts_with("https://")
            || head.starts_with("www.")
            || head.starts_with("HTTP://")
            || head.starts_with("HTTPS://")
            || head.starts_with("WWW.");
        if !is_url {
            return None;
        }
        let mut end = self.chunk_end(at);
        while end > at {
            let last = self.text[..end].chars().next_back()?;
            if is_url_trailer(last) || is_arabic_mark(last) {
                end -= last.len_utf8();
            } else {
                break;
            }
        }
        Some(end).filter(|&e| e > at + 4)
    }

    fn email_end(&self, at: usize) -> Option<usize> {
        let end = self.chunk_end(at);
        let chunk = &self.text[at..end];
        let atpos = memchr::memchr(b'@', chunk.as_bytes())?;
        let local = &chunk[..atpos];
        if local.is_empty()
            || !local
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-'))
        {
            return None;
        }
        let domain = &chunk[atpos + 1..];
        let dlen = domain
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))
            .unwrap_or(domain.len());
        let mut domain = &domain[..dlen];
        while domain.ends_with(['.', '-']) {
            domain = &domain[..domain.len() - 1];
        }
        let dot = domain.rfind('.')?;
        let tld = &domain[dot + 1..];
        if dot == 0 || tld.len() < 2 || !tld.chars().all(|c| c.is_ascii_alphabetic()) {
            return None;
        }
        Some(at + atpos + 1 + domain.len())
    }

    fn number_end(&self, at: usize) -> usize {
        let mut end = self.run(at, is_digit);
        while let Some(sep) = self.peek_at(end) {
            if !is_number_separator(sep) {
                break;
            }
            let after = end + sep.len_utf8();
            if self.peek_at(after).is_some_and(is_digit) {
                end = self.run(after, is_digit);
            } else {
                break;
            }
        }
        if let Some(p) = self.peek_at(end) {
            if matches!(p, '%' | '\u{066A}' | '\u{2030}') {
                end += p.len_utf8();
            }
        }
        end
    }

    fn emoji_end(&self, at: usize, first: char) -> usize {
        let mut end = at + first.len_utf8();
        if is_regional_indicator(first) {
            if let Some(n) = self.peek_at(end).filter(|&n| is_regional_indicator(n)) {
                end += n.len_utf8();
            }
            return end;
        }
        loop {
            match self.peek_at(end) {
                Some(c) if is_emoji_continuation(c) => end += c.len_utf8(),
                Some('\u{200D}') => match self.peek_at(end + 3) {
                    Some(n) if is_emoji(n) => end += 3 + n.len_utf8(),
                    _ => break,
                },
                _ => break,
            }
        }
        end
    }
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let text = self.text;
        let bytes = text.as_bytes();
        // Skip whitespace: ASCII fast, the rest decoded.
        let mut start = self.pos;
        let c = loop {
            let b = *bytes.get(start)?;
            if b == b' ' || b == b'\n' || b == b'\t' || b == b'\r' {
                start += 1;
                continue;
            }
            let c = if b < 0x80 {
                b as char
            } else {
                text[start..].chars().next()?
            };
            if !is_space(c) {
                break c;
            }
            start += c.len_utf8();
        };
        let first_is_word = match bytes[start] {
            lead @ 0xD8..=0xDB => {
                let k = (u32::from(lead & 0x03) << 6)
                    | u32::from(bytes.get(start + 1).copied().unwrap_or(0) & 0x3F);
                ARABIC_WORD_BITS[(k / 64) as usize] & (1 << (k % 64)) != 0
            }
            b if b < 0x80 => false,
            _ => is_word_char(c),
        };
        let (end, kind) = if first_is_word {
            (arabic_run_end(text, start), TokenKind::Word)
        } else if is_digit(c) {
            let end = self.number_end(start);
            if self.peek_at(end).is_some_and(|n| n.is_ascii_alphabetic()) {
                (self.run(end, is_latin_char), TokenKind::Latin)
            } else {
                (end, TokenKind::Number)
            }
        } else if !c.is_ascii() && is_unicode_punct(c) && !is_sentence_terminal(c) {
            // Arabic comma, guillemets, dashes…: decided before the (slower)
            // alphabetic test below.
            (self.run(start, |n| n == c), TokenKind::Punct)
        } else if is_latin_char(c) {
            if let Some(end) = self.url_end(start) {
                (end, TokenKind::Url)
            } else if let Some(end) = self.email_end(start) {
                (end, TokenKind::Email)
            } else {
                (
                    self.run(start, |n| is_latin_char(n) || is_other_combining(n)),
                    TokenKind::Latin,
                )
            }
        } else if c == '#'
            && self
                .peek_at(start + 1)
                .is_some_and(|n| is_word_char(n) || is_latin_char(n) || n == '_')
        {
            (
                self.run(start + 1, |n| {
                    is_word_char(n) || is_latin_char(n) || n == '_'
                }),
                TokenKind::Hashtag,
            )
        } else if c == '@'
            && self
                .peek_at(start + 1)
                .is_some_and(|n| n.is_ascii_alphanumeric() || n == '_')
        {
            (
                self.run(start + 1, |n| {
                    n.is_ascii_alphanumeric() || n == '_' || n == '.'
                }),
                TokenKind::Mention,
            )
                .then_trim(text, '.')
        } else if is_emoji(c) || is_regional_indicator(c) {
            (self.emoji_end(start, c), TokenKind::Emoji)
        } else if is_sentence_terminal(c) {
            (self.run(start, is_sentence_terminal), TokenKind::Punct)
        } else if c.is_ascii_punctuation() || is_unicode_punct(c) {
            (self.run(start, |n| n == c), TokenKind::Punct)
        } else {
            (start + c.len_utf8(), TokenKind::Symbol)
        };
        self.pos = end;
        Some(Token { start, end, kind })
    }
}

/// Word characters of U+0600–U+06FF as a bitset (letters, marks, tatweel).
const ARABIC_WORD_BITS: [u64; 4] = {
    let mut bits = [0u64; 4];
    let mut k = 0u32;
    while k < 256 {
        let cp = 0x0600 + k;
        let word = matches!(cp,
            0x0610..=0x061A | 0x0620..=0x065F | 0x066E..=0x06D3 | 0x06D5..=0x06DC
            | 0x06DF..=0x06E4 | 0x06E7 | 0x06E8 | 0x06EA..=0x06EF | 0x06FA..=0x06FC | 0x06FF);
        if word {
            bits[(k / 64) as usize] |= 1 << (k % 64);
        }
        k += 1;
    }
    bits
};

/// Is the two-byte character `lead`, `next` (lead 0xD8–0xDB) an Arabic word
/// character (letter, mark or tatweel)?
#[inline(always)]
pub(crate) fn is_arabic_word_pair(lead: u8, next: u8) -> bool {
    let k = (u32::from(lead & 0x03) << 6) | u32::from(next & 0x3F);
    ARABIC_WORD_BITS[(k / 64) as usize] & (1 << (k % 64)) != 0
}

/// End of the Arabic word starting at `start`: two-byte Arabic characters
/// are checked against a bitset without decoding.
#[inline]
fn arabic_run_end(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let mut i = start;
    loop {
        match b.get(i) {
            Some(&lead @ 0xD8..=0xDB) if i + 1 < b.len() => {
                let k = (u32::from(lead & 0x03) << 6) | u32::from(b[i + 1] & 0x3F);
                if ARABIC_WORD_BITS[(k / 64) as usize] & (1 << (k % 64)) != 0 {
                    i += 2;
                } else {
                    return i;
                }
            }
            Some(&lead) if lead >= 0xC0 => match text[i..].chars().next() {
                Some(c) if is_word_char(c) => i += c.len_utf8(),
                _ => return i,
            },
            _ => return i,
        }
    }
}

trait TrimEnd {
    fn then_trim(self, text: &str, c: char) -> Self;
}

impl TrimEnd for (usize, TokenKind) {
    fn then_trim(mut self, text: &str, c: char) -> Self {
        while text[..self.0].ends_with(c) {
            self.0 -= c.len_utf8();
        }
        self
    }
}

/// Punctuation outside ASCII: Arabic comma/semicolon/question mark, quotes,
/// dashes, ellipsis and the like.
#[inline]
pub fn is_unicode_punct(c: char) -> bool {
    matches!(c,
        '\u{060C}' | '\u{060D}' | '\u{061B}' | '\u{061E}' | '\u{061F}' | '\u{066D}' | '\u{06D4}'
        | '\u{00A1}' | '\u{00A7}' | '\u{00AB}' | '\u{00B6}' | '\u{00B7}' | '\u{00BB}' | '\u{00BF}'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205E}'
        | '\u{2E00}'..='\u{2E4F}'
        | '\u{3001}'..='\u{3003}'
        | '\u{FD3E}' | '\u{FD3F}'
        | '\u{FE10}'..='\u{FE19}'
        | '\u{FE30}'..='\u{FE4F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(&str, TokenKind)> {
        tokenize(s).map(|t| (t.text(s), t.kind)).collect()
    }

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).map(|t| t.text(s)).collect()
    }

    #[test]
    fn words_and_punctuation() {
        assert_eq!(
            texts("قال الرئيس: \"نعم\"."),
            ["قال", "الرئيس", ":", "\"", "نعم", "\"", "."]
        );
        assert_eq!(texts("ماذا؟! حقاً..."), ["ماذا", "؟!", "حقاً", "..."]);
    }

    #[test]
    fn numbers_keep_separators_and_percent() {
        assert_eq!(toks("3.5")[0], ("3.5", TokenKind::Number));
        assert_eq!(toks("١٬٢٠٠٫٥")[0], ("١٬٢٠٠٫٥", TokenKind::Number));
        assert_eq!(toks("50%")[0], ("50%", TokenKind::Number));
        assert_eq!(texts("عام 2024."), ["عام", "2024", "."]);
        assert_eq!(texts("2021م"), ["2021", "م"]);
    }

    #[test]
    fn urls_emails_hashtags_mentions() {
        assert_eq!(
            toks("(www.example.com).")[1],
            ("www.example.com", TokenKind::Url)
        );
        assert_eq!(
            toks("info@news.example.org،")[0],
            ("info@news.example.org", TokenKind::Email)
        );
        assert_eq!(
            toks("#سوريا_اليوم")[0],
            ("#سوريا_اليوم", TokenKind::Hashtag)
        );
        assert_eq!(toks("@UN_News.")[0], ("@UN_News", TokenKind::Mention));
    }

    #[test]
    fn emoji_sequences() {
        assert_eq!(toks("🇸🇾👍🏽")[0], ("🇸🇾", TokenKind::Emoji));
        assert_eq!(toks("🇸🇾👍🏽")[1], ("👍🏽", TokenKind::Emoji));
        let fam = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}";
        assert_eq!(toks(fam), [(fam, TokenKind::Emoji)]);
    }

    #[test]
    fn arabic_word_bitset_agrees_with_char_classes() {
        for cp in 0x0600u32..=0x06FF {
            let c = char::from_u32(cp).unwrap();
            let mut s = String::from("ب");
            s.push(c);
            let in_word = arabic_run_end(&s, 0) == s.len();
            assert_eq!(in_word, is_word_char(c), "U+{cp:04X}");
        }
    }

    #[test]
    fn latin_words() {
        assert_eq!(texts("COVID-19 و G20"), ["COVID", "-", "19", "و", "G20"]);
        assert_eq!(texts("cafe\u{301} x"), ["cafe\u{301}", "x"]);
    }
}
