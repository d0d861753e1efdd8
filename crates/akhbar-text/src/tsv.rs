//! Reading the tab-separated data files the models ship as, quickly: they
//! hold a hundred thousand short lines, and the standard library's char
//! searchers cost more than the lines themselves.
//!
//! ```
//! use akhbar_text::tsv;
//!
//! let text = "موسكو\t12\r\nدمشق\t7\n";
//! let lines: Vec<&str> = tsv::lines(text).collect();
//! assert_eq!(lines, ["موسكو\t12", "دمشق\t7", ""]);
//! let fields: Vec<&str> = tsv::fields(lines[0]).collect();
//! assert_eq!(fields, ["موسكو", "12"]);
//! ```

/// The lines of `text`, split at `\n` (a `\r` before it is dropped, as
/// [`str::lines`] does); unlike [`str::lines`], a text ending in `\n` has an
/// empty last line, so that line numbers are the index plus one either way.
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    memchr::memchr_iter(b'\n', text.as_bytes())
        .chain(std::iter::once(text.len()))
        .map(move |end| {
            let line = &text[start..end];
            start = end + 1;
            line.strip_suffix('\r').unwrap_or(line)
        })
}

/// The tab-separated fields of `line`.
pub fn fields(line: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(line);
    std::iter::from_fn(move || {
        let r = rest?;
        match memchr::memchr(b'\t', r.as_bytes()) {
            Some(i) => {
                rest = Some(&r[i + 1..]);
                Some(&r[..i])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_fields_agree_with_the_standard_library() {
        for text in ["", "\n", "a", "a\n", "a\r\nb", "ا\tب\t\tج\n\nد\r\n", "\t\t"] {
            let ours: Vec<&str> = lines(text).collect();
            let mut std_lines: Vec<&str> = text.lines().collect();
            if text.is_empty() || text.ends_with('\n') {
                std_lines.push("");
            }
            assert_eq!(ours, std_lines, "{text:?}");
            for line in ours {
                let f: Vec<&str> = fields(line).collect();
                let std_fields: Vec<&str> = line.split('\t').collect();
                assert_eq!(f, std_fields, "{line:?}");
            }
        }
    }
}
