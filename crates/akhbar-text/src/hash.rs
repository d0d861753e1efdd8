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
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
    #[inline]
    fn write_u64(&mut self, n: u64) {
        // Feature keys are FNV hashes already: mix once more and use them.
        self.0 = n ^ (n >> 29);
    }
}

/// A hash map with [`FnvHasher`].
pub type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<FnvHasher>>;
