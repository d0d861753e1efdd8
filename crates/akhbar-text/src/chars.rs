//! Character classes of Arabic news text.
//!
//! Everything the other stages ask about a single `char` lives here, so that
//! "what is a diacritic" has one answer in the whole crate.

/// The Arabic tatweel (kashida), U+0640, used to stretch words.
pub const TATWEEL: char = '\u{0640}';

/// Is `c` an Arabic letter (base letter, not a mark, digit or punctuation)?
///
/// Covers the Arabic block letters, Arabic Supplement and Extended-A letters.
/// Tatweel is not a letter.
#[inline]
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{063F}'
        | '\u{0641}'..='\u{064A}'
        | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06EE}'..='\u{06EF}'
        | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08C9}')
}

/// Is `c` an Arabic combining mark (harakat, tanween, shadda, sukun, dagger
/// alef, hamza above/below, Quranic annotation marks)?
#[inline]
pub fn is_arabic_mark(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{08CA}'..='\u{08E1}'
        | '\u{08E3}'..='\u{08FF}')
}

/// Is `c` a letter or mark of an Arabic word (tatweel included)?
#[inline]
pub fn is_arabic_word_char(c: char) -> bool {
    is_arabic_letter(c) || is_arabic_mark(c) || c == TATWEEL
}

/// The value of a decimal digit in any script we meet in Arabic news:
/// ASCII, Arabic-Indic (U+0660–0669) and Extended Arabic-Indic / Persian
/// (U+06F0–06F9).
#[inline]
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

/// Is `c` a decimal digit in any of the scripts of [`digit_value`]?
#[inline]
pub fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// Characters that are invisible formatting controls and carry no text:
/// zero-width space/joiners, direction marks and embeddings, isolates, the
/// Arabic letter mark, soft hyphen, word joiner and the BOM.
#[inline]
pub fn is_invisible_control(c: char) -> bool {
    matches!(c,
        '\u{00AD}'
        | '\u{061C}'
        | '\u{180E}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}')
}

/// Horizontal whitespace of any kind (tab, NBSP, the U+2000 spaces, …).
/// Line breaks are not included; see [`is_line_break`].
#[inline]
pub fn is_horizontal_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{000B}' | '\u{000C}' | '\u{00A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// Line break characters (LF, CR, NEL, line and paragraph separators).
#[inline]
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0085}' | '\u{2028}' | '\u{2029}')
}

/// Sentence-final punctuation: `.` `!` `?` `؟` `…` and the Urdu full stop `۔`.
#[inline]
pub fn is_sentence_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '\u{061F}' | '\u{2026}' | '\u{06D4}' | '\u{203C}' | '\u{2049}'
    )
}

/// Closing quotes and brackets that stay with the sentence before them.
#[inline]
pub fn is_closing_punct(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '}' | '»' | '”' | '’' | '›' | '\u{FD3F}' | '』' | '」'
    )
}

/// Opening quotes and brackets.
#[inline]
pub fn is_opening_punct(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '«' | '“' | '‘' | '‹' | '\u{FD3E}' | '『' | '「'
    )
}

/// Is `c` an emoji or pictographic symbol, or one of the characters that
/// combine with one (variation selector 16, skin tone modifiers, tags,
/// keycap)?
#[inline]
pub fn is_emoji(c: char) -> bool {
    matches!(c,
        '\u{00A9}' | '\u{00AE}'
        | '\u{203C}' | '\u{2049}'
        | '\u{2122}' | '\u{2139}'
        | '\u{2194}'..='\u{21AA}'
        | '\u{231A}'..='\u{23FF}'
        | '\u{24C2}'
        | '\u{25AA}'..='\u{25FE}'
        | '\u{2600}'..='\u{27BF}'
        | '\u{2934}'..='\u{2935}'
        | '\u{2B05}'..='\u{2B55}'
        | '\u{3030}' | '\u{303D}' | '\u{3297}' | '\u{3299}'
        | '\u{1F000}'..='\u{1FAFF}')
}

/// Characters that only ever continue an emoji sequence.
#[inline]
pub fn is_emoji_continuation(c: char) -> bool {
    matches!(c, '\u{FE0F}' | '\u{FE0E}' | '\u{20E3}' | '\u{1F3FB}'..='\u{1F3FF}' | '\u{E0020}'..='\u{E007F}')
}

/// Regional indicator letters; two of them make a flag.
#[inline]
pub fn is_regional_indicator(c: char) -> bool {
    matches!(c, '\u{1F1E6}'..='\u{1F1FF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_marks_and_tatweel_are_distinct() {
        assert!(is_arabic_letter('ب'));
        assert!(is_arabic_letter('ی'));
        assert!(!is_arabic_letter('\u{064E}'));
        assert!(is_arabic_mark('\u{064E}'));
        assert!(!is_arabic_letter(TATWEEL));
        assert!(!is_arabic_mark(TATWEEL));
        assert!(is_arabic_word_char(TATWEEL));
    }

    #[test]
    fn digits_of_three_scripts() {
        assert_eq!(digit_value('7'), Some(7));
        assert_eq!(digit_value('٧'), Some(7));
        assert_eq!(digit_value('۷'), Some(7));
        assert_eq!(digit_value('a'), None);
    }
}
