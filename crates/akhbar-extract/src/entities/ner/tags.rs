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
    #[cfg(test)]
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

/// A decoding state: BILOU (begin, inside, last, unit) for each label, and
/// `O`. The model scores states, which tell apart a one-token entity and the
/// last token of a longer one (Ratinov and Roth 2009 found this helps);
/// [`Tag`]s, the IOB2 tags users see, come out of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub(crate) struct State(u8);

/// Number of decoding states.
pub(crate) const N_STATES: usize = 17;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Begin,
    Inside,
    Last,
    Unit,
}

impl State {
    pub(crate) const O: State = State(0);

    pub(crate) fn from_index(i: usize) -> State {
        debug_assert!(i < N_STATES);
        State(i as u8)
    }

    pub(crate) fn index(self) -> usize {
        self.0 as usize
    }

    fn new(label: NerLabel, part: Part) -> State {
        State(1 + 4 * label as u8 + part as u8)
    }

    fn parts(self) -> Option<(NerLabel, Part)> {
        if self.0 == 0 {
            return None;
        }
        let i = self.0 - 1;
        let part = [Part::Begin, Part::Inside, Part::Last, Part::Unit][(i % 4) as usize];
        Some((NerLabel::ALL[(i / 4) as usize], part))
    }

    /// Does an entity stay open after this state?
    fn is_open(self) -> bool {
        matches!(self.parts(), Some((_, Part::Begin | Part::Inside)))
    }

    /// Can `self` follow `prev` (`None`: sentence start)? The grammar the
    /// decoder is written for (its tests check it against this) and the
    /// CRF's forward-backward sums over.
    pub(crate) fn may_follow(self, prev: Option<State>) -> bool {
        let open = prev.filter(|p| p.is_open()).and_then(|p| p.parts());
        match (open, self.parts()) {
            (Some((l, _)), Some((m, Part::Inside | Part::Last))) => l == m,
            (Some(_), _) => false,
            (None, Some((_, Part::Inside | Part::Last))) => false,
            (None, _) => true,
        }
    }

    /// Can a sentence end after this state?
    pub(crate) fn may_end(self) -> bool {
        !self.is_open()
    }

    /// The IOB2 tag of this state.
    pub(crate) fn tag(self) -> Tag {
        match self.parts() {
            None => Tag::O,
            Some((l, Part::Begin | Part::Unit)) => Tag::begin(l),
            Some((l, _)) => Tag::inside(l),
        }
    }

    /// The states of an IOB2 sequence (read as conlleval does).
    pub(crate) fn from_tags(tags: &[Tag]) -> Vec<State> {
        let mut out = Vec::with_capacity(tags.len());
        for (i, t) in tags.iter().enumerate() {
            let Some(l) = t.label() else {
                out.push(State::O);
                continue;
            };
            let starts = t.is_begin() || i == 0 || tags[i - 1].label() != Some(l);
            let next = tags.get(i + 1);
            let continues = next.is_some_and(|n| !n.is_begin() && n.label() == Some(l));
            let part = match (starts, continues) {
                (true, true) => Part::Begin,
                (true, false) => Part::Unit,
                (false, true) => Part::Inside,
                (false, false) => Part::Last,
            };
            out.push(State::new(l, part));
        }
        out
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
    fn states_round_trip_iob2_sequences() {
        let p = Tag::begin(NerLabel::Person);
        let pi = Tag::inside(NerLabel::Person);
        let l = Tag::begin(NerLabel::Location);
        let li = Tag::inside(NerLabel::Location);
        let seq = [p, pi, pi, Tag::O, l, p, li];
        let states = State::from_tags(&seq);
        let back: Vec<Tag> = states.iter().map(|s| s.tag()).collect();
        // A stray I-LOC after B-PERS opens a new entity, written B-LOC.
        assert_eq!(back, [p, pi, pi, Tag::O, l, p, l]);
        for (i, s) in states.iter().enumerate() {
            let prev = i.checked_sub(1).map(|j| states[j]);
            assert!(s.may_follow(prev), "{i}");
        }
        assert!(states.last().unwrap().may_end());
        assert!(!State::new(NerLabel::Person, Part::Begin).may_end());
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
