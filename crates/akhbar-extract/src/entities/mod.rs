//! Named entities: who and where.
//!
//! - [`kb`]: the knowledge base (countries, places, organizations, people,
//!   roles, dated offices).
//! - [`gazetteer`]: finds the knowledge base's names in token sequences.
//! - [`clusters`]: word clusters learned from raw news, tagger features.
//! - [`ner`]: the statistical tagger (IOB2, ANERcorp's labels).
//! - [`resolve`](mod@resolve): mentions grouped into entities and linked.
//!
//! [`EntityExtractor`] runs them in order on a document's sentences:
//!
//! ```
//! use akhbar_extract::entities::{EntityExtractor, ExtractScratch};
//! use akhbar_text::calendar::Date;
//!
//! let extractor = EntityExtractor::bundled();
//! let sentence = ["استقبل", "الرئيس", "الروسي", "فلاديمير", "بوتين", "في", "موسكو", "."];
//! let found = extractor.extract(&[&sentence[..]], Date::new(2023, 3, 15), &mut ExtractScratch::default());
//! let putin = found.mentions.iter().find(|m| m.tokens == (3..5)).unwrap();
//! let cluster = &found.clusters[putin.cluster];
//! let kb = extractor.knowledge_base();
//! assert_eq!(kb.entries[cluster.entry.unwrap()].name_en, "Vladimir Putin");
//! assert_eq!(cluster.country.as_deref(), Some("RUS"));
//! ```

pub mod clusters;
pub mod gazetteer;
pub mod kb;
pub mod ner;
pub mod resolve;
pub mod short_names;

use std::ops::Range;
use std::sync::OnceLock;

use akhbar_text::calendar::Date;
use akhbar_text::normalize::Normalizer;
use akhbar_text::segment::SegmentCache;

use self::clusters::WordClusters;
use self::gazetteer::Gazetteer;
use self::kb::KnowledgeBase;
use self::ner::{EntityTagger, TaggerModels, TaggerScratch};
use self::resolve::{
    end_names_with_ali, resolve, restore_full_names, split_glued_names, split_names_at_titles,
    tag_lone_surnames, tag_names_after_titles, trim_places_opening_names,
    trim_titles_closing_names, untag_verbs_read_as_names, MentionSource, Resolution, SentenceView,
};

/// Reusable scratch space for [`EntityExtractor::extract`].
#[derive(Default)]
pub struct ExtractScratch {
    tagger: TaggerScratch,
}

impl ExtractScratch {
    /// The cache of clitic segmentations the tagger uses. A caller that
    /// segments the same tokens before extraction (the analyzer does) shares
    /// it, so each word is segmented once.
    pub fn segments(&mut self) -> &mut SegmentCache {
        self.tagger.segments_mut()
    }
}

/// Tagger, gazetteer and knowledge base together.
pub struct EntityExtractor {
    tagger: EntityTagger<'static>,
    normalizer: Normalizer,
    gazetteer: &'static Gazetteer,
    kb: &'static KnowledgeBase,
}

impl EntityExtractor {
    /// The bundled tagger model, clusters, gazetteer and knowledge base,
    /// loaded once.
    pub fn bundled() -> &'static EntityExtractor {
        static E: OnceLock<EntityExtractor> = OnceLock::new();
        E.get_or_init(|| {
            let tagger = EntityTagger::from_bytes(BUNDLED_MODELS, WordClusters::bundled())
                .expect("the bundled tagger model is valid");
            EntityExtractor::with_tagger(tagger)
        })
    }

    /// An extractor with other tagger models and the bundled rest.
    pub fn new(models: TaggerModels) -> EntityExtractor {
        EntityExtractor::with_tagger(EntityTagger::new(models, WordClusters::bundled()))
    }

    fn with_tagger(tagger: EntityTagger<'static>) -> EntityExtractor {
        EntityExtractor {
            tagger,
            normalizer: Normalizer::default(),
            gazetteer: Gazetteer::bundled(),
            kb: KnowledgeBase::bundled(),
        }
    }

    /// The tagger.
    pub fn tagger(&self) -> &EntityTagger<'static> {
        &self.tagger
    }

    /// The gazetteer.
    pub fn gazetteer(&self) -> &'static Gazetteer {
        self.gazetteer
    }

    /// The knowledge base.
    pub fn knowledge_base(&self) -> &'static KnowledgeBase {
        self.kb
    }

    /// Finds, groups and links the entities of a document given as
    /// sentences of tokens. `date` (the publication date) picks the office
    /// holders that role phrases name.
    pub fn extract<S: AsRef<str>>(
        &self,
        sentences: &[&[S]],
        date: Option<Date>,
        scratch: &mut ExtractScratch,
    ) -> Resolution {
        // Search forms once, for the gazetteer and for resolution.
        let norms: Vec<Vec<String>> = sentences
            .iter()
            .map(|s| {
                s.iter()
                    .map(|t| self.normalizer.normalize(t.as_ref()))
                    .collect()
            })
            .collect();
        let norms: Vec<Vec<&str>> = norms
            .iter()
            .map(|s| s.iter().map(String::as_str).collect())
            .collect();
        self.extract_normalized(sentences, &norms, date, scratch)
    }

    /// [`extract`](Self::extract) for a caller that has the tokens' search
    /// forms already (`Normalizer::default()`, one per token): the analyzer
    /// computes them for its own output.
    pub fn extract_normalized<S: AsRef<str>>(
        &self,
        sentences: &[&[S]],
        norms: &[Vec<&str>],
        date: Option<Date>,
        scratch: &mut ExtractScratch,
    ) -> Resolution {
        debug_assert_eq!(sentences.len(), norms.len());
        let names: Vec<_> = norms
            .iter()
            .map(|n| self.gazetteer.find_normalized(n))
            .collect();
        let bits: Vec<Vec<u32>> = sentences
            .iter()
            .zip(&names)
            .map(|(s, n)| Gazetteer::bits(n, s.len()))
            .collect();
        let mut tags = self
            .tagger
            .tag_document(sentences, &bits, &mut scratch.tagger);
        let token_strs: Vec<Vec<&str>> = sentences
            .iter()
            .map(|s| s.iter().map(|t| t.as_ref()).collect())
            .collect();
        untag_verbs_read_as_names(&mut tags, norms);
        split_glued_names(&mut tags, norms, &names);
        trim_titles_closing_names(&mut tags, norms, &names);
        split_names_at_titles(&mut tags, norms);
        trim_places_opening_names(&mut tags, &names);
        end_names_with_ali(&mut tags, &token_strs);
        let restored = restore_full_names(&mut tags, norms, &names);
        let titled = tag_names_after_titles(&mut tags, &token_strs, norms, &names);
        let lone = tag_lone_surnames(&mut tags, norms, &names);
        let rule_spans: Vec<Vec<(Range<usize>, MentionSource)>> = restored
            .into_iter()
            .zip(titled)
            .zip(lone)
            .map(|((restored, titled), lone)| {
                let mut spans: Vec<(Range<usize>, MentionSource)> = titled
                    .into_iter()
                    .map(|r| (r, MentionSource::Title))
                    .collect();
                spans.extend(
                    restored
                        .into_iter()
                        .chain(lone)
                        .map(|r| (r, MentionSource::Document)),
                );
                spans
            })
            .collect();
        let views: Vec<SentenceView<'_>> = token_strs
            .iter()
            .zip(norms)
            .zip(&tags)
            .zip(&names)
            .zip(&rule_spans)
            .map(
                |((((tokens, norms), tags), names), rule_spans)| SentenceView {
                    tokens,
                    norms,
                    tags,
                    names,
                    rule_spans,
                },
            )
            .collect();
        resolve(&views, self.kb, date)
    }
}

/// The bytes of `data/ner/model.bin` (made by `akhbar train ner`).
const BUNDLED_MODELS: &[u8] = include_bytes!("../../data/ner/model.bin");

/// The tagger models shipped in `data/ner/model.bin`, as training reads
/// them (the bundled extractor reads the file into its own form).
pub fn bundled_models() -> &'static TaggerModels {
    static M: OnceLock<TaggerModels> = OnceLock::new();
    M.get_or_init(|| {
        TaggerModels::from_bytes(BUNDLED_MODELS).expect("the bundled tagger model is valid")
    })
}
