//! What of a doc comment the documentation shows: the part for readers of
//! the API, before any `# Rust` section written for the crate's own users.

/// The part of a doc comment before its `# Rust` heading (`#` to `######`),
/// trimmed; `None` when nothing is left.
pub(super) fn public_part(text: &'static str) -> Option<&'static str> {
    let mut end = text.len();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let heading = line.trim().trim_start_matches('#');
        if line.trim_start().starts_with('#')
            && line.trim().len() - heading.len() <= 6
            && heading.starts_with(' ')
            && heading.trim() == "Rust"
        {
            end = at;
            break;
        }
        at += line.len();
    }
    Some(text[..end].trim()).filter(|t| !t.is_empty())
}
