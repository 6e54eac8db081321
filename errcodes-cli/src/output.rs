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
    pub fn text(&mut self, text: &str) {
        let _ = self.sink.write_all(text.as_bytes());
    }

    pub fn line(&mut self, line: &str) {
        self.text(&format!("{line}\n"));
    }

    pub fn error(&mut self, what: &str) {
        let label = self.paint(RED, "error");
        self.line(&format!("{label}: {what}"));
    }

    pub fn summary(&mut self, clean: bool, what: &str) {
        let style = if clean { GREEN } else { RED };
        let text = self.paint(style, what);
        self.line(&text);
    }

    pub fn json(&mut self, value: &impl serde::Serialize) {
        let text = serde_json::to_string_pretty(value).unwrap_or_default();
        self.line(&text);
    }
}
