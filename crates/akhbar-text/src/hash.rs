//! FNV-1a hashing for the hash maps of akhbar's models and caches.
//!
//! Their keys are short words or feature hashes, where FNV is much faster
//! than the standard library's SipHash (and none of the maps hold input an
//! attacker can choose to collide).
//!
//! ```
//! use akhbar_text::hash::FnvMap;
//! let mut counts: FnvMap<&str, u32> = FnvMap::default();
//! *counts.entry("موسكو").or_default() += 1;
//! assert_eq!(counts["موسكو"], 1);
//! ```
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use hashbrown::hash_map::EntryRef;

/// The FNV-1a offset basis: the hash of no bytes.
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a of `bytes`, continuing from the hash `h` (start from
/// [`FNV_OFFSET`]), so a key made of several pieces hashes without being
/// joined first.
///
/// ```
/// use akhbar_text::hash::{fnv1a, FNV_OFFSET};
/// let whole = fnv1a(FNV_OFFSET, "الحكومه".as_bytes());
/// let pieces = fnv1a(fnv1a(FNV_OFFSET, "ال".as_bytes()), "حكومه".as_bytes());
/// assert_eq!(pieces, whole);
/// ```
#[inline]
pub fn fnv1a(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// FNV-1a over bytes; `u64` keys, which are hashes already, are mixed once
/// and used as they are.
#[derive(Default)]
pub struct FnvHasher(u64);

impl Hasher for FnvHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let h = if self.0 == 0 { FNV_OFFSET } else { self.0 };
        self.0 = fnv1a(h, bytes);
    }
    #[inline]
    fn write_u64(&mut self, n: u64) {
        // Feature keys are FNV hashes already: mix once more and use them.
        self.0 = n ^ (n >> 29);
    }
}

/// A hash map with [`FnvHasher`].
pub type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<FnvHasher>>;

/// The maps of a [`WordCache`] (hashbrown's, which can look a word up once
/// and insert it if absent without copying it first).
type WordMap<V> = hashbrown::HashMap<Box<str>, V, BuildHasherDefault<FnvHasher>>;

/// A bounded cache of per-word results that keeps the words in use.
///
/// Two generations of at most `capacity` words each: new words go into the
/// young one; when it is full it becomes the old one (the previous old one
/// is dropped), and a word found in the old generation moves back to the
/// young one. Frequent words thus survive every turnover, unlike a cache
/// that is emptied when full; memory stays bounded by twice `capacity`.
///
/// ```
/// use akhbar_text::hash::WordCache;
/// let mut cache = WordCache::new(2);
/// let mut computed = 0;
/// for w in ["في", "قال", "في", "موسكو", "في", "دمشق", "في"] {
///     cache.get_or_insert_with(w, || { computed += 1; w.len() });
/// }
/// assert_eq!(computed, 4); // «في» was computed once
/// assert!(cache.len() <= 4);
/// ```
#[derive(Clone, Debug)]
pub struct WordCache<V> {
    young: WordMap<V>,
    old: WordMap<V>,
    capacity: usize,
}

impl<V> WordCache<V> {
    /// A cache whose generations hold at most `capacity` words each.
    pub fn new(capacity: usize) -> WordCache<V> {
        WordCache {
            young: WordMap::default(),
            old: WordMap::default(),
            capacity: capacity.max(1),
        }
    }

    /// The value for `word`, computed by `compute` if the cache lacks it.
    pub fn get_or_insert_with(&mut self, word: &str, compute: impl FnOnce() -> V) -> &V {
        self.fetch(word, compute, true)
    }

    /// Turns the generations over now if `n` new words would not fit in the
    /// young one. With [`get_or_insert_keep`](Self::get_or_insert_keep) for
    /// the next `n` words, they all stay cached together (a batch that
    /// must not lose its first words to its last).
    pub fn make_room(&mut self, n: usize) {
        if self.young.len() + n > self.capacity && !self.young.is_empty() {
            self.old = std::mem::take(&mut self.young);
        }
    }

    /// Like [`get_or_insert_with`](Self::get_or_insert_with), but never
    /// turns the generations over (see [`make_room`](Self::make_room)).
    pub fn get_or_insert_keep(&mut self, word: &str, compute: impl FnOnce() -> V) -> &V {
        self.fetch(word, compute, false)
    }

    /// The value for `word` from the young generation, moved back from the
    /// old one or computed; a full young generation turns over first when
    /// `may_turn_over`.
    fn fetch(&mut self, word: &str, compute: impl FnOnce() -> V, may_turn_over: bool) -> &V {
        if may_turn_over && self.young.len() >= self.capacity && !self.young.contains_key(word) {
            // Take the word from the old generation before it is dropped.
            let value = self.old.remove(word).unwrap_or_else(compute);
            self.old = std::mem::take(&mut self.young);
            return self.young.entry(word.into()).or_insert(value);
        }
        match self.young.entry_ref(word) {
            EntryRef::Occupied(e) => e.into_mut(),
            EntryRef::Vacant(e) => {
                let value = self.old.remove(word).unwrap_or_else(compute);
                e.insert_with_key(word.into(), value)
            }
        }
    }

    /// The value for `word`, if cached (an old one is not moved back).
    pub fn get(&self, word: &str) -> Option<&V> {
        self.young.get(word).or_else(|| self.old.get(word))
    }

    /// Words cached.
    pub fn len(&self) -> usize {
        self.young.len() + self.old.len()
    }

    /// Is the cache empty?
    pub fn is_empty(&self) -> bool {
        self.young.is_empty() && self.old.is_empty()
    }

    /// Forgets every word.
    pub fn clear(&mut self) {
        self.young.clear();
        self.old.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A word of the old generation moves back when the young one turns
    /// over, instead of being dropped with it and computed again.
    #[test]
    fn an_old_word_survives_the_turnover_it_causes() {
        let mut cache = WordCache::new(2);
        let mut computed = Vec::new();
        for w in ["a", "b", "c", "d", "a"] {
            cache.get_or_insert_with(w, || {
                computed.push(w);
                w.len()
            });
        }
        assert_eq!(computed, ["a", "b", "c", "d"]);
        assert_eq!(cache.get("a"), Some(&1));
    }
}
