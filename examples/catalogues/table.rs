//! Prints a catalogue as an aligned table, one entry per line, with a
//! heading line wherever the category changes.

use std::io::{self, Write};

use errcodes::{Catalogue, Code, Entry};

fn code(entry: &Entry) -> String {
    match entry.code() {
        Code::None => "-".to_owned(),
        code => code.to_string(),
    }
}

fn status(entry: &Entry) -> String {
    entry
        .status()
        .map_or_else(|| "-".to_owned(), |s| s.to_string())
}

fn width(column: impl Iterator<Item = String>, heading: &str) -> usize {
    column
        .map(|s| s.chars().count())
        .chain([heading.chars().count()])
        .max()
        .unwrap_or(0)
}

/// Prints the title, then `code status name message` for every entry in
/// catalogue order. An entry that declares no name shows its variant name in
/// parentheses; an empty message shows as `""`. Stops quietly when stdout
/// closes (`| head`).
pub fn print(catalogue: &Catalogue) {
    let _ = write_table(&mut io::stdout().lock(), catalogue);
}

fn write_table(out: &mut impl Write, catalogue: &Catalogue) -> io::Result<()> {
    let entries = catalogue.entries();
    let name = |e: &Entry| match e.declared_name() {
        Some(name) => name.to_owned(),
        None => format!("({})", e.variant()),
    };
    let wc = width(entries.iter().map(code), "code");
    let ws = width(entries.iter().map(status), "status");
    let wn = width(entries.iter().map(name), "name");

    writeln!(out, "{} ({} entries)", catalogue.title(), entries.len())?;
    writeln!(out)?;
    writeln!(
        out,
        "{:<wc$}  {:<ws$}  {:<wn$}  message",
        "code", "status", "name"
    )?;
    let mut category = None;
    for entry in entries {
        if entry.category() != category {
            category = entry.category();
            writeln!(out, "# {}", category.unwrap_or("(no category)"))?;
        }
        let message = match entry.message() {
            "" => "\"\"",
            message => message,
        };
        // `{:<w$}` pads by chars, so curly apostrophes do not skew the columns.
        writeln!(
            out,
            "{:<wc$}  {:<ws$}  {:<wn$}  {message}",
            code(entry),
            status(entry),
            name(entry),
        )?;
    }
    Ok(())
}
