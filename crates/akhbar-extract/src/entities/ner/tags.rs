//! The tag set: IOB2 over ANERcorp's four entity types.

/// An entity type as ANERcorp labels it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NerLabel {
    /// People (`PERS`).
    Person,
    /// Places (`LOC`).
    Location,
    /// Organizations (`ORG`).
    Organization,
    /// Everything else named (`MISC`).
    Misc,
}

impl NerLabel {
    /// All labels, in tag order.
    pub const ALL: [NerLabel; 4] = [
        NerLabel::Person,
        NerLabel::Location,
        NerLabel::Organization,
        NerLabel::Misc,
    ];

    /// ANERcorp's name: `PERS`, `LOC`, `ORG`, `MISC`.
    pub fn conll_name(self) -> &'static str {
        match self {
            NerLabel::Person => "PERS",
            NerLabel::Location => "LOC",
            NerLabel::Organization => "ORG",
            NerLabel::Misc => "MISC",
        }
    }

    /// Parses ANERcorp's names, and `PER` as a synonym of `PERS`.
    pub fn from_conll_name(name: &str) -> Option<NerLabel> {
        match name {
            "PERS" | "PER" => Some(NerLabel::Person),
            "LOC" => Some(NerLabel::Location),
            "ORG" => Some(NerLabel::Organization),
            "MISC" => Some(NerLabel::Misc),
            _ => None,
        }
    }
}

/// One IOB2 tag: `O`, or `B-`/`I-` with a label. Encoded as a small integer
/// (0 = `O`, then B and I of each label in [`NerLabel::ALL`] order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Tag(u8);

/// Number of distinct tags.
pub const N_TAGS: usize = 9;

impl Tag {
    /// Outside any entity.
    pub const O: Tag = Tag(0);

    /// The tag with index `i` (< [`N_TAGS`]).
    pub(crate) fn from_index(i: usize) -> Tag {
        debug_assert!(i < N_TAGS);
        Tag(i as u8)
    }

    /// Begins an entity of `label`.
    pub fn begin(label: NerLabel) -> Tag {
        Tag(1 + 2 * label as u8)
    }

    /// Continues an entity of `label`.
    pub fn inside(label: NerLabel) -> Tag {
        Tag(2 + 2 * label as u8)
    }

    /// Index in `0..N_TAGS`.
    pub fn index(self) -> usize {
        self.0 as usize
    }

    /// The label, unless this is `O`.
    pub fn label(self) -> Option<NerLabel> {
        (self.0 > 0).then(|| NerLabel::ALL[(self.0 as usize - 1) / 2])
    }

    /// Is this a `B-` tag?
    pub fn is_begin(self) -> bool {
        self.0 % 2 == 1
    }

    /// Can `self` follow `prev` in IOB2 (`I-X` only after `B-X` or `I-X`)?
    /// `prev` is `None` at the start of a sentence.
    pub fn may_follow(self, prev: Option<Tag>) -> bool {
        if self.0 == 0 || self.is_begin() {
            return true;
        }
        prev.is_some_and(|p| p.label() == self.label())
    }

    /// The CoNLL spelling: `O`, `B-PERS`, `I-LOC`…
    pub fn conll(self) -> &'static str {
        const NAMES: [&str; N_TAGS] = [
            "O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC",
        ];
        NAMES[self.0 as usize]
    }

    /// Parses the CoNLL spelling (`PER` is read as `PERS`).
    pub fn from_conll(tag: &str) -> Option<Tag> {
        if tag == "O" {
            return Some(Tag::O);
        }
        let (prefix, name) = tag.split_once('-')?;
        let label = NerLabel::from_conll_name(name)?;
        match prefix {
            "B" => Some(Tag::begin(label)),
            "I" => Some(Tag::inside(label)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip_through_their_conll_names() {
        for i in 0..N_TAGS {
            let t = Tag::from_index(i);
            assert_eq!(Tag::from_conll(t.conll()), Some(t));
        }
        assert_eq!(Tag::from_conll("B-PER"), Tag::from_conll("B-PERS"));
        assert_eq!(Tag::from_conll("E-LOC"), None);
    }

    #[test]
    fn inside_tags_follow_only_their_own_label() {
        let i_loc = Tag::inside(NerLabel::Location);
        assert!(!i_loc.may_follow(None));
        assert!(!i_loc.may_follow(Some(Tag::O)));
        assert!(!i_loc.may_follow(Some(Tag::begin(NerLabel::Person))));
        assert!(i_loc.may_follow(Some(Tag::begin(NerLabel::Location))));
        assert!(i_loc.may_follow(Some(i_loc)));
        assert!(Tag::begin(NerLabel::Misc).may_follow(None));
    }
}
