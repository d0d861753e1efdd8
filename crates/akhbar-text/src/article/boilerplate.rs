//! Boilerplate lines and blocks: related-links lists, share/follow lines,
//! copyright lines, agency sign-offs and credit lines.
//!
//! Lines are compared on a *skeleton*: the search form (no diacritics or
//! tatweel, hamza and alef variants folded) with punctuation removed and
//! spaces collapsed, so «قـــد يهمــــك أيضــاُ :» and «قد يهمك أيضا» match alike.
//!
//! ```
//! use akhbar_text::article::boilerplate::{classify_line, BoilerplateKind, LineClass};
//!
//! assert_eq!(classify_line("قـــد يهمــــك أيضــاُ :"), Some(LineClass::Heading(BoilerplateKind::Related)));
//! assert_eq!(classify_line("© 2024 جميع الحقوق محفوظة"), Some(LineClass::Line(BoilerplateKind::Copyright)));
//! assert_eq!(classify_line("وطالب النواب بالمزيد من الشفافية."), None);
//! ```

use crate::normalize::Normalizer;

/// Kind of boilerplate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum BoilerplateKind {
    /// Related-links heading and the headlines under it («قد يهمك أيضا», «اقرأ أيضا»…).
    Related,
    /// Share or follow prompts («شارك», «تابعونا على…»).
    Share,
    /// Copyright notices.
    Copyright,
    /// Agency sign-off and time stamps («// انتهى //»).
    Signoff,
    /// Reporting and editing credits («(تغطية صحفية … تحرير …)»).
    Credits,
}

impl BoilerplateKind {
    /// Lowercase name used in JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            BoilerplateKind::Related => "related",
            BoilerplateKind::Share => "share",
            BoilerplateKind::Copyright => "copyright",
            BoilerplateKind::Signoff => "signoff",
            BoilerplateKind::Credits => "credits",
        }
    }
}

/// How a single line classifies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineClass {
    /// A heading that starts a block (the lines under it belong to it).
    Heading(BoilerplateKind),
    /// A boilerplate line on its own.
    Line(BoilerplateKind),
}

/// Related-links headings (skeleton form).
const RELATED_HEADINGS: &[&str] = &[
    "قد يهمك ايضا",
    "قد يهمك",
    "قد يعجبك ايضا",
    "قد يعجبك",
    "اقرا ايضا",
    "اقرا كذلك",
    "اقرا المزيد",
    "اقرا",
    "شاهد ايضا",
    "شاهد كذلك",
    "شاهد",
    "شاهد المزيد",
    "طالع ايضا",
    "طالع",
    "للمزيد",
    "المزيد",
    "لمزيد من الاخبار",
    "المزيد من الاخبار",
    "مواضيع ذات صله",
    "موضوعات ذات صله",
    "اخبار ذات صله",
    "مقالات ذات صله",
    "مواد ذات صله",
    "روابط ذات صله",
    "ذات صله",
    "موضوعات متعلقه",
    "مواضيع متعلقه",
    "اخبار متعلقه",
    "مقالات متعلقه",
    "اخبار مرتبطه",
    "مواضيع مرتبطه",
    "يمكنك ايضا قراءه",
    "ننصحك بقراءه",
    "اخترنا لك",
    "الاكثر قراءه",
    "الاكثر مشاهده",
    "مقالات مقترحه",
    "اقرا ايضا في",
    "اخبار اخري",
    "مواضيع قد تهمك",
    "اخبار قد تهمك",
];

const SOCIAL: &[&str] = &[
    "فيسبوك",
    "فيس بوك",
    "تويتر",
    "واتساب",
    "واتس اب",
    "تيليجرام",
    "تليجرام",
    "تلغرام",
    "انستغرام",
    "انستجرام",
    "انستقرام",
    "يوتيوب",
    "لينكد ان",
    "لينكدان",
    "تيك توك",
    "سناب شات",
    "facebook",
    "twitter",
    "whatsapp",
    "telegram",
    "instagram",
    "youtube",
    "linkedin",
];

const SHARE_STARTS: &[&str] = &[
    "شارك",
    "شاركها",
    "شاركه",
    "شاركوا",
    "تابعونا",
    "تابعوا",
    "تابعنا",
    "تابع",
    "لمتابعه",
    "اشترك",
    "اشتركوا",
    "للاشتراك",
    "انضم",
    "انضموا",
    "حمل تطبيق",
    "حملوا تطبيق",
    "اضغط هنا",
    "انقر هنا",
    "اضغط",
    "انقر",
    "share",
    "follow",
];

/// The skeleton of a line: search form, letters and digits only, single spaces.
pub fn skeleton(line: &str) -> String {
    let normalizer = Normalizer::shared();
    let mut out = String::with_capacity(line.len());
    let mut space = true;
    for c in line.chars() {
        match normalizer.map_char(c) {
            // Arabic letters and digits first: `is_alphanumeric` is slow
            // outside ASCII.
            Some(m)
                if matches!(m, '\u{0621}'..='\u{064A}' | '\u{0660}'..='\u{0669}')
                    || m.is_alphanumeric() =>
            {
                out.push(m);
                space = false;
            }
            Some('©') => {
                if !space {
                    out.push(' ');
                }
                out.push('©');
                out.push(' ');
                space = true;
            }
            Some(_) if !space => {
                out.push(' ');
                space = true;
            }
            Some(_) => {}
            None => {}
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

fn starts_with_words(s: &str, prefix: &str) -> bool {
    s.starts_with(prefix) && (s.len() == prefix.len() || s.as_bytes()[prefix.len()] == b' ')
}

/// Most words in a line that may be boilerplate other than a related-links
/// heading with its headline (the credits rule allows 25 skeleton words).
const MAX_LINE_WORDS: usize = 40;

/// Classify one line (display form). `None` is ordinary text.
pub fn classify_line(line: &str) -> Option<LineClass> {
    // Every kind below is a short line, but for a related-links heading
    // with a headline after its colon: a long paragraph needs only that
    // check (and no skeleton of its own).
    if line.split_whitespace().nth(MAX_LINE_WORDS).is_some() {
        let (head, rest) = line.trim().split_once([':', '：'])?;
        return (head.split_whitespace().nth(6).is_none()
            && RELATED_HEADINGS.contains(&skeleton(head).as_str())
            && !rest.trim().is_empty()
            && !rest.trim_end().ends_with('.'))
        .then_some(LineClass::Line(BoilerplateKind::Related));
    }
    let sk = skeleton(line);
    if sk.is_empty() {
        return None;
    }
    let words = sk.split(' ').filter(|w| *w != "©").count();
    let trimmed = line.trim();

    // Related-links headings, alone or with a headline after a colon.
    for h in RELATED_HEADINGS {
        if sk == *h {
            return Some(LineClass::Heading(BoilerplateKind::Related));
        }
    }
    if let Some((head, rest)) = trimmed.split_once([':', '：']) {
        let head_sk = skeleton(head);
        if RELATED_HEADINGS.contains(&head_sk.as_str())
            && !rest.trim().is_empty()
            && !rest.trim_end().ends_with('.')
        {
            return Some(LineClass::Line(BoilerplateKind::Related));
        }
    }

    // Copyright.
    if words <= 20
        && (sk.contains('©')
            || sk.contains("الحقوق محفوظه")
            || sk.contains("حقوق النشر محفوظه")
            || sk.contains("حقوق الطبع")
            || sk.contains("copyright")
            || sk.contains("all rights reserved"))
    {
        return Some(LineClass::Line(BoilerplateKind::Copyright));
    }

    // Share / follow prompts.
    if words <= 15 && !trimmed.ends_with('.') {
        let social = SOCIAL.iter().filter(|s| sk.contains(*s)).count();
        let cue = SHARE_STARTS.iter().any(|s| starts_with_words(&sk, s));
        if (cue
            && (social > 0
                || words <= 4
                || sk.contains("نشرتنا")
                || sk.contains("قناتنا")
                || sk.contains("تطبيق")))
            || social >= 2
        {
            return Some(LineClass::Line(BoilerplateKind::Share));
        }
    }

    // Agency sign-off: «// انتهى //», «انتهى», time stamps like «ت م» lines.
    if (sk == "انتهي" || sk == "انتهي الخبر") && words <= 3 {
        return Some(LineClass::Line(BoilerplateKind::Signoff));
    }

    // Credits: «(تغطية صحفية فلان - تحرير فلان)».
    if trimmed.starts_with('(')
        && trimmed.ends_with(')')
        && words <= 25
        && (sk.contains("تحرير") || sk.starts_with("تغطيه صحفيه") || sk.starts_with("اعداد"))
    {
        return Some(LineClass::Line(BoilerplateKind::Credits));
    }
    None
}

/// Does `line` look like a related-link headline (short, no final period)?
pub fn is_headline_like(line: &str) -> bool {
    let t = line.trim();
    let words = t.split_whitespace().count();
    (1..=20).contains(&words) && !t.ends_with(['.', '!', '؟', '?', ':', '،', '…'])
}

/// Does `line` look like a sign-off time stamp (digits and at most 2 short words)?
pub fn is_timestamp_like(line: &str) -> bool {
    let sk = skeleton(line);
    let words: Vec<&str> = sk.split(' ').collect();
    !sk.is_empty()
        && words.len() <= 5
        && words.iter().any(|w| w.chars().all(|c| c.is_ascii_digit()))
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_ascii_digit()) || w.chars().count() <= 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skeleton_folds_spelling_and_punctuation() {
        assert_eq!(skeleton("قــد يهمـــــك أيضــــاُ :"), "قد يهمك ايضا");
        assert_eq!(skeleton("  إقرأ   أيضاً:  "), "اقرا ايضا");
    }

    #[test]
    fn headings_lines_and_text() {
        use BoilerplateKind::*;
        assert_eq!(
            classify_line("مواضيع ذات صلة"),
            Some(LineClass::Heading(Related))
        );
        assert_eq!(
            classify_line("اقرأ أيضا: الوزير يصل إلى عمان"),
            Some(LineClass::Line(Related))
        );
        assert_eq!(
            classify_line("شارك هذا الخبر: فيسبوك | تويتر"),
            Some(LineClass::Line(Share))
        );
        assert_eq!(classify_line("// انتهى //"), Some(LineClass::Line(Signoff)));
        assert_eq!(
            classify_line("(تغطية صحفية سامر علي - تحرير ليلى حسن)"),
            Some(LineClass::Line(Credits))
        );
        assert_eq!(
            classify_line("وشارك في الاجتماع ممثلون عن ثلاثين دولة."),
            None
        );
        assert_eq!(
            classify_line("ولمزيد من التفاصيل، أحال المتحدث الصحفيين إلى البيان."),
            None
        );
    }
}
