//! Offset alignment between an edited text and the text it was made from.
//!
//! Every stage that changes text (cleaning, dropping boilerplate, joining
//! paragraphs) records what it did as an [`Alignment`]: a list of runs that
//! cover both texts from start to end. A run is either *verbatim* (bytes copied
//! one to one) or an *edit* (a source range replaced by an output range, either
//! of which may be empty). Any span of the output can then be mapped to the
//! span of the source it came from, and alignments compose, so a token of the
//! final article body maps straight back to the raw input bytes.
//!
//! ```
//! use akhbar_text::alignment::AlignmentBuilder;
//!
//! // "قـد" (with a tatweel) cleaned to "قد".
//! let raw = "قـد";
//! let mut b = AlignmentBuilder::new();
//! b.copy(2);      // ق
//! b.delete(2);    // ـ
//! b.copy(2);      // د
//! let alignment = b.finish();
//! assert_eq!(alignment.source_range(0..4), 0..6);
//! assert_eq!(&raw[alignment.source_range(2..4)], "د");
//! ```

use std::ops::Range;

/// One run of an [`Alignment`]. Offsets are bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Run {
    out_start: u32,
    out_len: u32,
    src_start: u32,
    src_len: u32,
    verbatim: bool,
}

impl Run {
    #[inline]
    fn out_end(&self) -> u32 {
        self.out_start + self.out_len
    }
    #[inline]
    fn src_end(&self) -> u32 {
        self.src_start + self.src_len
    }
}

/// Maps byte offsets of an output text back to byte offsets of its source.
///
/// Built with [`AlignmentBuilder`]; see the [module docs](self).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Alignment {
    runs: Vec<Run>,
    out_len: u32,
    src_len: u32,
}

impl Alignment {
    /// The alignment of a text with itself.
    pub fn identity(len: usize) -> Alignment {
        let mut b = AlignmentBuilder::new();
        b.copy(len);
        b.finish()
    }

    /// Length in bytes of the output text.
    pub fn output_len(&self) -> usize {
        self.out_len as usize
    }

    /// Length in bytes of the source text.
    pub fn source_len(&self) -> usize {
        self.src_len as usize
    }

    /// Is this the identity (nothing was edited)?
    pub fn is_identity(&self) -> bool {
        self.runs.iter().all(|r| r.verbatim) && self.out_len == self.src_len
    }

    /// Source offset where a span starting at output offset `out` starts.
    pub fn source_start(&self, out: usize) -> usize {
        let out = out as u32;
        if out >= self.out_len {
            return self.src_len as usize;
        }
        let i = self.runs.partition_point(|r| r.out_end() <= out);
        let r = &self.runs[i];
        if r.verbatim {
            (r.src_start + (out - r.out_start)) as usize
        } else {
            r.src_start as usize
        }
    }

    /// Source offset where a span ending at output offset `out` ends.
    pub fn source_end(&self, out: usize) -> usize {
        let out = out as u32;
        if out == 0 {
            return 0;
        }
        let out = out.min(self.out_len);
        let i = self.runs.partition_point(|r| r.out_end() < out);
        let r = &self.runs[i.min(self.runs.len() - 1)];
        if r.verbatim {
            (r.src_start + (out - r.out_start)) as usize
        } else {
            r.src_end() as usize
        }
    }

    /// The source range an output range came from.
    pub fn source_range(&self, out: Range<usize>) -> Range<usize> {
        if out.start >= out.end {
            let s = self.source_start(out.start);
            return s..s;
        }
        self.source_start(out.start)..self.source_end(out.end)
    }

    /// Position in the source of an output boundary, taken before any source
    /// bytes deleted at that point. Used to compose alignments.
    fn boundary(&self, out: u32) -> u32 {
        if out == 0 {
            return 0;
        }
        if out >= self.out_len {
            return self.src_len;
        }
        // First run that produces output at or after `out`, or that is a
        // deletion sitting exactly at `out`.
        let i = self
            .runs
            .partition_point(|r| r.out_end() < out || (r.out_end() == out && r.out_len > 0));
        let r = &self.runs[i];
        if r.verbatim {
            r.src_start + (out - r.out_start)
        } else if out == r.out_start {
            r.src_start
        } else {
            // Inside an edit: its whole source went with its first piece.
            r.src_end()
        }
    }

    /// Chain two alignments: `self` maps text C to B and `inner` maps B to A;
    /// the result maps C to A.
    ///
    /// When `self` cuts inside one of `inner`'s edits (a span of B that came
    /// from a replaced stretch of A), the whole replaced stretch goes with the
    /// first piece, and later pieces map to the empty point after it: runs
    /// cover the source once, without overlap.
    ///
    /// # Panics
    /// If `self`'s source length is not `inner`'s output length.
    pub fn compose(&self, inner: &Alignment) -> Alignment {
        assert_eq!(self.src_len, inner.out_len, "alignments do not chain");
        let mut b = AlignmentBuilder::new();
        for r in &self.runs {
            let (b0, b1) = (r.src_start, r.src_end());
            if r.verbatim {
                // Walk the inner runs overlapping [b0, b1), including deletions at b0.
                let mut pos = b0;
                let mut i = inner
                    .runs
                    .partition_point(|x| x.out_end() < b0 || (x.out_end() == b0 && x.out_len > 0));
                while pos < b1 && i < inner.runs.len() {
                    let x = inner.runs[i];
                    if x.out_start >= b1 {
                        break;
                    }
                    if x.out_len == 0 {
                        b.delete(x.src_len as usize);
                    } else if x.verbatim {
                        let s = pos.max(x.out_start);
                        let e = b1.min(x.out_end());
                        b.copy((e - s) as usize);
                        pos = e;
                    } else {
                        let e = b1.min(x.out_end());
                        let first = pos <= x.out_start;
                        b.replace(
                            if first { x.src_len as usize } else { 0 },
                            (e - pos.max(x.out_start)) as usize,
                        );
                        pos = e;
                    }
                    i += 1;
                }
            } else {
                let a0 = inner.boundary(b0);
                let a1 = if b1 == b0 { a0 } else { inner.boundary(b1) };
                b.replace((a1 - a0) as usize, r.out_len as usize);
            }
        }
        // Trailing deletions of the inner source.
        let covered = b.src_pos;
        if covered < inner.src_len {
            b.delete((inner.src_len - covered) as usize);
        }
        b.finish()
    }
}

/// Records edits in output order and makes an [`Alignment`].
#[derive(Debug, Default)]
pub struct AlignmentBuilder {
    runs: Vec<Run>,
    out_pos: u32,
    src_pos: u32,
}

impl AlignmentBuilder {
    /// An empty builder.
    pub fn new() -> AlignmentBuilder {
        AlignmentBuilder::default()
    }

    /// Bytes written to the output so far.
    pub fn output_len(&self) -> usize {
        self.out_pos as usize
    }

    /// Bytes of the source consumed so far.
    pub fn source_len(&self) -> usize {
        self.src_pos as usize
    }

    /// `n` bytes were copied unchanged.
    pub fn copy(&mut self, n: usize) {
        if n == 0 {
            return;
        }
        let n = n as u32;
        if let Some(last) = self.runs.last_mut() {
            if last.verbatim && last.out_end() == self.out_pos && last.src_end() == self.src_pos {
                last.out_len += n;
                last.src_len += n;
                self.out_pos += n;
                self.src_pos += n;
                return;
            }
        }
        self.push(n, n, true);
    }

    /// `src` source bytes were replaced by `out` output bytes.
    pub fn replace(&mut self, src: usize, out: usize) {
        if src == 0 && out == 0 {
            return;
        }
        self.push(out as u32, src as u32, false);
    }

    /// `n` source bytes were dropped.
    pub fn delete(&mut self, n: usize) {
        if n == 0 {
            return;
        }
        // Merge consecutive deletions.
        if let Some(last) = self.runs.last_mut() {
            if !last.verbatim && last.out_len == 0 && last.src_end() == self.src_pos {
                last.src_len += n as u32;
                self.src_pos += n as u32;
                return;
            }
        }
        self.push(0, n as u32, false);
    }

    /// `n` output bytes were inserted with no source.
    pub fn insert(&mut self, n: usize) {
        self.replace(0, n);
    }

    fn push(&mut self, out_len: u32, src_len: u32, verbatim: bool) {
        self.runs.push(Run {
            out_start: self.out_pos,
            out_len,
            src_start: self.src_pos,
            src_len,
            verbatim,
        });
        self.out_pos += out_len;
        self.src_pos += src_len;
    }

    /// The finished alignment.
    pub fn finish(self) -> Alignment {
        Alignment {
            runs: self.runs,
            out_len: self.out_pos,
            src_len: self.src_pos,
        }
    }
}

/// Converts byte offsets of a string to Unicode code-point offsets (the
/// offsets Python's `str` slicing uses) in O(1) amortized per query.
///
/// ```
/// use akhbar_text::alignment::CharOffsets;
/// let text = "سلام world";
/// let offsets = CharOffsets::new(text);
/// assert_eq!(offsets.char_offset(8), 4); // after the four Arabic letters
/// assert_eq!(offsets.char_offset(text.len()), 10);
/// ```
#[derive(Clone, Debug)]
pub struct CharOffsets<'a> {
    text: &'a str,
    /// Char count before each block of `BLOCK` bytes.
    checkpoints: Vec<u32>,
}

const BLOCK: usize = 16;

/// Code points in `bytes` (which need not start or end on a char boundary):
/// the bytes that are not UTF-8 continuation bytes (`10xxxxxx`), counted
/// eight at a time.
#[inline]
fn count_chars(bytes: &[u8]) -> usize {
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut continuation = 0;
    for chunk in &mut chunks {
        let w = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        // Top bit set and the next one clear.
        continuation += (w & !(w << 1) & HIGHS).count_ones() as usize;
    }
    let rest = chunks.remainder();
    continuation += rest.iter().filter(|&&b| b & 0xc0 == 0x80).count();
    bytes.len() - continuation
}

impl<'a> CharOffsets<'a> {
    /// Index `text`.
    pub fn new(text: &'a str) -> CharOffsets<'a> {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut count = 0u32;
        for block in bytes.chunks(BLOCK) {
            checkpoints.push(count);
            count += count_chars(block) as u32;
        }
        checkpoints.push(count);
        CharOffsets { text, checkpoints }
    }

    /// Code-point offset of byte offset `byte` (which must be a char
    /// boundary, or the text length).
    #[inline]
    pub fn char_offset(&self, byte: usize) -> usize {
        let block = byte / BLOCK;
        let base = self.checkpoints[block] as usize;
        base + count_chars(&self.text.as_bytes()[block * BLOCK..byte])
    }

    /// The text being indexed.
    pub fn text(&self) -> &'a str {
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tatweel_alignment() -> Alignment {
        // raw: "قـد ع" -> out: "قد ع"
        let mut b = AlignmentBuilder::new();
        b.copy(2);
        b.delete(2);
        b.copy(2 + 1 + 2);
        b.finish()
    }

    #[test]
    fn chars_are_counted_as_the_standard_library_counts_them() {
        let text = "a«قال» 😀١٢٫٥ ééé\u{200f}xyz ثم بـــعد";
        for i in 0..=text.len() {
            for j in i..=text.len() {
                let bytes = &text.as_bytes()[i..j];
                let continuation = bytes.iter().filter(|&&b| (b as i8) < -0x40).count();
                assert_eq!(count_chars(bytes), bytes.len() - continuation);
            }
        }
        let offsets = CharOffsets::new(text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(offsets.char_offset(byte), chars);
        }
        assert_eq!(offsets.char_offset(text.len()), text.chars().count());
    }

    #[test]
    fn verbatim_and_deleted_runs_map_spans() {
        let a = tatweel_alignment();
        assert_eq!(a.output_len(), 7);
        assert_eq!(a.source_len(), 9);
        assert_eq!(a.source_range(0..4), 0..6);
        assert_eq!(a.source_range(0..2), 0..2);
        assert_eq!(a.source_range(2..4), 4..6);
        assert_eq!(a.source_range(5..7), 7..9);
    }

    #[test]
    fn replaced_run_maps_to_whole_source() {
        // "ﻻ" (3 bytes) -> "لا" (4 bytes)
        let mut b = AlignmentBuilder::new();
        b.replace(3, 4);
        b.copy(1);
        let a = b.finish();
        assert_eq!(a.source_range(0..4), 0..3);
        assert_eq!(a.source_range(0..2), 0..3);
        assert_eq!(a.source_range(4..5), 3..4);
    }

    #[test]
    fn inserted_space_maps_to_an_empty_point() {
        // "ا.ب" -> "ا. ب"
        let mut b = AlignmentBuilder::new();
        b.copy(3);
        b.insert(1);
        b.copy(2);
        let a = b.finish();
        assert_eq!(a.source_range(3..4), 3..3);
        assert_eq!(a.source_range(4..6), 3..5);
        assert_eq!(a.source_range(0..6), 0..5);
    }

    #[test]
    fn compose_chains_two_edits() {
        let inner = tatweel_alignment(); // B (7 bytes) -> A (9 bytes)
                                         // C drops the first word and the space of B: C = "ع"
        let mut b = AlignmentBuilder::new();
        b.delete(5);
        b.copy(2);
        let outer = b.finish();
        let c_to_a = outer.compose(&inner);
        assert_eq!(c_to_a.output_len(), 2);
        assert_eq!(c_to_a.source_len(), 9);
        assert_eq!(c_to_a.source_range(0..2), 7..9);
    }

    #[test]
    fn compose_with_identity_is_unchanged() {
        let a = tatweel_alignment();
        let id = Alignment::identity(a.output_len());
        let c = id.compose(&a);
        for s in 0..=a.output_len() {
            for e in s..=a.output_len() {
                assert_eq!(c.source_range(s..e), a.source_range(s..e), "{s}..{e}");
            }
        }
    }

    #[test]
    fn char_offsets_count_code_points() {
        let text = "ab".to_string() + &"ج".repeat(200) + "z";
        let idx = CharOffsets::new(&text);
        assert_eq!(idx.char_offset(0), 0);
        assert_eq!(idx.char_offset(2), 2);
        assert_eq!(idx.char_offset(2 + 2 * 150), 152);
        assert_eq!(idx.char_offset(text.len()), 203);
    }
}
