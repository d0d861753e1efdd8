//! The search form of a word: orthographic variants folded so that spellings
//! real writers mix up match each other.
//!
//! The display text is never changed; each token carries its search form in
//! `norm`. What gets folded is chosen by a [`NormalizeProfile`], in the manner
//! of CAMeL Tools' separate normalizers:
//!
//! | profile | diacritics, tatweel | أ إ آ ٱ → ا | ى → ي | ة → ه | ؤ → و, ئ → ي | ک ی → ك ي | digits → ASCII | Latin lowercase |
//! |---|---|---|---|---|---|---|---|---|
//! | [`SEARCH`](NormalizeProfile::SEARCH) (default) | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ |
//! | [`CAMEL`](NormalizeProfile::CAMEL) | ✓ | ✓ | ✓ | ✓ |   |   |   |   |
//! | [`DEDIAC`](NormalizeProfile::DEDIAC) | ✓ |   |   |   |   |   |   |   |
//! | [`NONE`](NormalizeProfile::NONE) |   |   |   |   |   |   |   |   |
//!
//! ```
//! use akhbar_text::normalize::{Normalizer, NormalizeProfile};
//!
//! let search = Normalizer::new(NormalizeProfile::SEARCH);
//! assert_eq!(search.normalize("إلى مدرسةٍ كُبرى ٢٠٢٣"), "الي مدرسه كبري 2023");
//! let camel = Normalizer::new(NormalizeProfile::CAMEL);
//! assert_eq!(camel.normalize("مسؤولية"), "مسؤوليه");
//! ```

use crate::chars::is_arabic_mark;

/// Which orthographic variants a [`Normalizer`] folds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NormalizeProfile {
    /// Remove diacritics (harakat, tanween, shadda, sukun, dagger alef, Quranic marks) and tatweel.
    pub dediacritize: bool,
    /// Fold the hamzated and wasla alefs أ إ آ ٱ ٲ ٳ to bare alef ا.
    pub alef: bool,
    /// Fold alef maksura ى to ya ي.
    pub alef_maksura: bool,
    /// Fold ta marbuta ة to ha ه.
    pub taa_marbuta: bool,
    /// Fold hamza on waw ؤ to و and hamza on ya ئ to ي.
    pub hamza_carriers: bool,
    /// Fold Persian/Urdu letter shapes used in Arabic text (ک ی ۀ ہ ھ) to Arabic ones.
    pub persian_letters: bool,
    /// Map Arabic-Indic and Persian digits to ASCII, ٫ to `.`, ٬ to `,`, ٪ to `%`.
    pub digits: bool,
    /// Lowercase Latin letters.
    pub lowercase: bool,
}

impl NormalizeProfile {
    /// Everything folded: the form used for search, stems and lexicon look-ups.
    pub const SEARCH: NormalizeProfile = NormalizeProfile {
        dediacritize: true,
        alef: true,
        alef_maksura: true,
        taa_marbuta: true,
        hamza_carriers: true,
        persian_letters: true,
        digits: true,
        lowercase: true,
    };
    /// CAMeL Tools' usual chain: `dediac_ar`, `normalize_alef_ar`,
    /// `normalize_alef_maksura_ar`, `normalize_teh_marbuta_ar`.
    pub const CAMEL: NormalizeProfile = NormalizeProfile {
        dediacritize: true,
        alef: true,
        alef_maksura: true,
        taa_marbuta: true,
        hamza_carriers: false,
        persian_letters: false,
        digits: false,
        lowercase: false,
    };
    /// Only diacritics and tatweel removed.
    pub const DEDIAC: NormalizeProfile = NormalizeProfile {
        dediacritize: true,
        alef: false,
        alef_maksura: false,
        taa_marbuta: false,
        hamza_carriers: false,
        persian_letters: false,
        digits: false,
        lowercase: false,
    };
    /// Nothing folded.
    pub const NONE: NormalizeProfile = NormalizeProfile {
        dediacritize: false,
        alef: false,
        alef_maksura: false,
        taa_marbuta: false,
        hamza_carriers: false,
        persian_letters: false,
        digits: false,
        lowercase: false,
    };

    /// Names accepted by [`NormalizeProfile::from_name`].
    pub const NAMES: &'static [&'static str] = &["search", "camel", "dediac", "none"];

    /// The profile called `name` (`search`, `camel`, `dediac`, `none`).
    pub fn from_name(name: &str) -> Option<NormalizeProfile> {
        match name {
            "search" => Some(Self::SEARCH),
            "camel" => Some(Self::CAMEL),
            "dediac" => Some(Self::DEDIAC),
            "none" => Some(Self::NONE),
            _ => None,
        }
    }
}

impl Default for NormalizeProfile {
    fn default() -> Self {
        Self::SEARCH
    }
}

const KEEP: u16 = 0;
const DROP: u16 = 0xFFFF;

/// Applies a [`NormalizeProfile`]; cheap to copy, table-driven.
#[derive(Clone, Debug)]
pub struct Normalizer {
    profile: NormalizeProfile,
    /// Action for U+0600..=U+06FF: KEEP, DROP, or the replacement code point.
    arabic: [u16; 256],
    /// The same mapping pre-encoded, one word per character: see
    /// [`Normalizer::packed_arabic`].
    packed: [u32; 256],
}

/// Bit of [`Normalizer::packed_arabic`]: the search form is a basic Arabic letter.
pub(crate) const PACKED_BASIC: u32 = 1 << 18;
/// Bit of [`Normalizer::packed_arabic`]: an Arabic word character (letter, mark, tatweel).
pub(crate) const PACKED_WORD: u32 = 1 << 19;

impl Default for Normalizer {
    fn default() -> Self {
        Normalizer::new(NormalizeProfile::SEARCH)
    }
}

impl Normalizer {
    /// The default (search-form) normalizer, built once. Building one fills
    /// its tables, so code that normalizes per call uses this one.
    pub fn shared() -> &'static Normalizer {
        static SHARED: std::sync::OnceLock<Normalizer> = std::sync::OnceLock::new();
        SHARED.get_or_init(Normalizer::default)
    }

    /// A normalizer for `profile`.
    pub fn new(profile: NormalizeProfile) -> Normalizer {
        let mut arabic = [KEEP; 256];
        let mut set = |c: char, v: u16| arabic[(c as u32 - 0x0600) as usize] = v;
        if profile.dediacritize {
            for cp in 0x0600u32..=0x06FF {
                let c = char::from_u32(cp).expect("valid");
                if is_arabic_mark(c) || c == '\u{0640}' {
                    set(c, DROP);
                }
            }
        }
        if profile.alef {
            for c in ['أ', 'إ', 'آ', 'ٱ', '\u{0672}', '\u{0673}'] {
                set(c, 'ا' as u16);
            }
        }
        if profile.alef_maksura {
            set('ى', 'ي' as u16);
        }
        if profile.taa_marbuta {
            set('ة', 'ه' as u16);
        }
        if profile.hamza_carriers {
            set('ؤ', 'و' as u16);
            set('ئ', 'ي' as u16);
        }
        if profile.persian_letters {
            set('\u{06A9}', 'ك' as u16); // ک
            set('\u{06AA}', 'ك' as u16);
            set('\u{06CC}', 'ي' as u16); // ی
            set('\u{06D2}', 'ي' as u16); // ے
            set('\u{06C1}', 'ه' as u16); // ہ
            set('\u{06BE}', 'ه' as u16); // ھ
            set('\u{06D5}', 'ه' as u16); // ە
            set('\u{06C0}', 'ه' as u16); // ۀ
            if profile.taa_marbuta {
                set('\u{06C3}', 'ه' as u16); // ۃ
            } else {
                set('\u{06C3}', 'ة' as u16);
            }
        }
        if profile.digits {
            set('\u{066B}', '.' as u16);
            set('\u{066C}', ',' as u16);
            set('\u{066A}', '%' as u16);
            for d in 0..10u16 {
                arabic[0x60 + d as usize] = '0' as u16 + d;
                arabic[0xF0 + d as usize] = '0' as u16 + d;
            }
        }
        let mut encoded = [([0u8; 2], 0u8, false); 256];
        for (k, e) in encoded.iter_mut().enumerate() {
            let m = match arabic[k] {
                KEEP => 0x0600 + k as u32,
                DROP => continue,
                r => u32::from(r),
            };
            *e = if m < 0x80 {
                ([m as u8, 0], 1, false)
            } else {
                (
                    [0xC0 | (m >> 6) as u8, 0x80 | (m & 0x3F) as u8],
                    2,
                    (0x0621..=0x064A).contains(&m),
                )
            };
        }
        Normalizer {
            profile,
            arabic,
            packed: std::array::from_fn(|k| {
                let (enc, len, basic) = encoded[k];
                let c = char::from_u32(0x0600 + k as u32).unwrap_or(' ');
                u32::from(enc[0])
                    | u32::from(enc[1]) << 8
                    | u32::from(len) << 16
                    | if basic { PACKED_BASIC } else { 0 }
                    | if crate::chars::is_arabic_word_char(c) {
                        PACKED_WORD
                    } else {
                        0
                    }
            }),
        }
    }

    /// The search form of the two-byte Arabic character whose UTF-8 bytes
    /// are `lead` (0xD8–0xDB) and `next`: its UTF-8 bytes, their length (0 if
    /// dropped) and whether it is a basic Arabic letter.
    #[inline]
    pub(crate) fn encoded_arabic(&self, lead: u8, next: u8) -> ([u8; 2], u8, bool) {
        let p = self.packed_arabic(lead, next);
        (
            [p as u8, (p >> 8) as u8],
            ((p >> 16) & 3) as u8,
            p & PACKED_BASIC != 0,
        )
    }

    /// [`Self::encoded_arabic`] in one word: bytes 0–1 the UTF-8 of the
    /// search form, bits 16–17 its length, then [`PACKED_BASIC`] and
    /// [`PACKED_WORD`].
    #[inline(always)]
    pub(crate) fn packed_arabic(&self, lead: u8, next: u8) -> u32 {
        self.packed[(usize::from(lead & 0x03) << 6) | usize::from(next & 0x3F)]
    }

    /// The profile applied.
    pub fn profile(&self) -> NormalizeProfile {
        self.profile
    }

    /// The search form of one character: `None` drops it.
    #[inline]
    pub fn map_char(&self, c: char) -> Option<char> {
        let cp = c as u32;
        if (0x0600..=0x06FF).contains(&cp) {
            match self.arabic[(cp - 0x0600) as usize] {
                KEEP => Some(c),
                DROP => None,
                r => Some(char::from_u32(r as u32).unwrap_or(c)),
            }
        } else if self.profile.lowercase && c.is_ascii_uppercase() {
            Some(c.to_ascii_lowercase())
        } else if self.profile.dediacritize && matches!(cp, 0x08CA..=0x08E1 | 0x08E3..=0x08FF) {
            None
        } else {
            Some(c)
        }
    }

    /// Append the normal form of `text` to `out`.
    #[inline]
    pub fn normalize_into(&self, text: &str, out: &mut String) {
        self.normalize_into_checked(text, out);
    }

    /// Append the normal form of `text` to `out`, and say whether every
    /// character written is a basic Arabic letter (U+0621–U+064A), which is
    /// what the light stemmer needs to know. Arabic text is handled two bytes
    /// at a time without decoding.
    #[inline]
    pub fn normalize_into_checked(&self, text: &str, out: &mut String) -> bool {
        // Tokens are short: map them through a stack buffer (the search form is
        // never longer than the input) and append once.
        const SHORT: usize = 64;
        if text.len() <= SHORT {
            let mut buf = [0u8; SHORT];
            let (len, arabic) = self.map_bytes(text, &mut buf);
            // SAFETY: `map_bytes` writes only whole UTF-8 sequences, so
            // appending them keeps `out` valid UTF-8.
            unsafe { out.as_mut_vec() }.extend_from_slice(&buf[..len]);
            return arabic;
        }
        let mut arabic = true;
        for c in text.chars() {
            if let Some(m) = self.map_char(c) {
                arabic &= ('\u{0621}'..='\u{064A}').contains(&m);
                out.push(m);
            }
        }
        arabic
    }

    /// Map `text` (at most `buf.len()` bytes) into `buf`; returns the length
    /// written and whether every character is a basic Arabic letter. Only
    /// whole UTF-8 sequences are written, and never more bytes than read.
    #[inline]
    fn map_bytes(&self, text: &str, buf: &mut [u8]) -> (usize, bool) {
        let bytes = text.as_bytes();
        let mut arabic = true;
        let (mut i, mut o) = (0, 0);
        while i < bytes.len() {
            let b = bytes[i];
            if (0xD8..=0xDB).contains(&b) && i + 1 < bytes.len() && o + 2 <= buf.len() {
                let (enc, len, basic) = self.encoded_arabic(b, bytes[i + 1]);
                buf[o] = enc[0];
                buf[o + 1] = enc[1];
                o += usize::from(len);
                arabic &= basic || len == 0;
                i += 2;
                continue;
            }
            if b < 0x80 {
                arabic = false;
                buf[o] = if self.profile.lowercase {
                    b.to_ascii_lowercase()
                } else {
                    b
                };
                o += 1;
                i += 1;
                continue;
            }
            let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
            i += c.len_utf8();
            if let Some(m) = self.map_char(c) {
                arabic = false;
                // `map_char` keeps the length of non-Arabic chars (or lowercases ASCII).
                let len = m.len_utf8().min(buf.len() - o);
                let mut tmp = [0u8; 4];
                m.encode_utf8(&mut tmp);
                buf[o..o + len].copy_from_slice(&tmp[..len]);
                o += len;
            }
        }
        (o, arabic)
    }

    /// The normal form of `text`.
    pub fn normalize(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        self.normalize_into(text, &mut out);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_profile_folds_everything() {
        let n = Normalizer::default();
        assert_eq!(n.normalize("أإآٱ"), "اااا");
        assert_eq!(n.normalize("مصطفى"), "مصطفي");
        assert_eq!(n.normalize("مدرسة"), "مدرسه");
        assert_eq!(n.normalize("مسؤول رئيس"), "مسوول رييس");
        assert_eq!(n.normalize("١٢٫٥٪ ۱۲"), "12.5% 12");
        assert_eq!(n.normalize("کتاب ی"), "كتاب ي");
        assert_eq!(n.normalize("مُحَمَّدٌ"), "محمد");
        assert_eq!(n.normalize("UN News"), "un news");
    }

    #[test]
    fn none_profile_is_identity() {
        let n = Normalizer::new(NormalizeProfile::NONE);
        let s = "أَهلاً ١٢ ABC";
        assert_eq!(n.normalize(s), s);
    }

    #[test]
    fn profiles_by_name() {
        for name in NormalizeProfile::NAMES {
            assert!(NormalizeProfile::from_name(name).is_some());
        }
        assert!(NormalizeProfile::from_name("nope").is_none());
    }
}
