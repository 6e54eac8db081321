//! Human output (colour only on a terminal, and never with `NO_COLOR`) or
//! JSON for CI.

use std::io::{IsTerminal, Write};

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Human,
    Json,
}

pub struct Out {
    sink: Box<dyn Write>,
    colour: bool,
}

const RED: &str = "\x1b[1;31m";
const GREEN: &str = "\x1b[1;32m";
const RESET: &str = "\x1b[0m";

fn colour_for(terminal: bool) -> bool {
    terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

impl Out {
    pub fn stdout() -> Out {
        let stdout = std::io::stdout();
        Out {
            colour: colour_for(stdout.is_terminal()),
            sink: Box::new(stdout),
        }
    }

    pub fn stderr() -> Out {
        let stderr = std::io::stderr();
        Out {
            colour: colour_for(stderr.is_terminal()),
            sink: Box::new(stderr),
        }
    }

    fn paint(&self, style: &str, text: &str) -> String {
        if self.colour {
            format!("{style}{text}{RESET}")
        } else {
            text.to_owned()
        }
    }

    // A closed pipe (`| head`) is not the command's failure.
    fn write(&mut self, text: &str) {
        let _ = self.sink.write_all(text.as_bytes());
    }

    /// `text`, which holds what exports and registries say (names,
    /// messages, paths), shown with its control characters and bidi
    /// overrides escaped: an entry named `"\r\x1b[K..."` must not erase the
    /// finding about it on a terminal or in a CI log.
    pub fn text(&mut self, text: &str) {
        self.write(&inert(text));
    }

    pub fn line(&mut self, line: &str) {
        self.text(line);
        self.write("\n");
    }

    pub fn error(&mut self, what: &str) {
        let label = self.paint(RED, "error");
        self.write(&format!("{label}: "));
        self.line(what);
    }

    pub fn summary(&mut self, clean: bool, what: &str) {
        let style = if clean { GREEN } else { RED };
        let text = self.paint(style, &inert(what));
        self.write(&format!("{text}\n"));
    }

    pub fn json(&mut self, value: &impl serde::Serialize) {
        // Data for a program, as it is: serde_json escapes control
        // characters in strings already.
        let text = serde_json::to_string_pretty(value).unwrap_or_default();
        self.write(&format!("{text}\n"));
    }
}

/// Whether `c` changes how a terminal shows what follows it: a control
/// character other than a line break or tab, or a bidi embedding,
/// override or isolate (which reorder the text read after them).
fn moves_the_terminal(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

fn inert(text: &str) -> std::borrow::Cow<'_, str> {
    escaped(text, moves_the_terminal)
}

/// `text` on one line, as a Markdown list item holds it: line breaks and
/// tabs escaped too (`\u{a}`), as [`inert`] escapes the rest.
pub fn one_line(text: &str) -> std::borrow::Cow<'_, str> {
    escaped(text, |c| c.is_control() || moves_the_terminal(c))
}

/// `text` with each character `escape` picks written as `\u{..}`.
fn escaped(text: &str, escape: impl Fn(char) -> bool) -> std::borrow::Cow<'_, str> {
    if !text.contains(&escape) {
        return text.into();
    }
    text.chars()
        .map(|c| {
            if escape(c) {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect::<String>()
        .into()
}

#[cfg(test)]
mod tests {
    #[test]
    fn what_inputs_say_cannot_move_the_terminal() {
        assert_eq!(super::inert("plain\ttext\n"), "plain\ttext\n");
        assert_eq!(
            super::inert("a\r\x1b[2Kb\u{202e}c"),
            "a\\u{d}\\u{1b}[2Kb\\u{202e}c"
        );
    }
}
