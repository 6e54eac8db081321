//! Progress on long runs (`reading 200 exports… 120/200`), on standard
//! error and only when it is a terminal and the output is for people: a
//! pipe, a CI log or `--format json` gets nothing but the result.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Set for `--format json`: output for a program, whatever runs it.
static SILENCED: AtomicBool = AtomicBool::new(false);

/// No progress from here on.
pub fn silence() {
    SILENCED.store(true, Ordering::Relaxed);
}

/// How often the line is redrawn at most: a terminal does not need a
/// write per file of a few hundred.
const EVERY: Duration = Duration::from_millis(80);

pub struct Progress<W: Write> {
    /// `None` when nobody is watching.
    sink: Option<W>,
    what: &'static str,
    total: usize,
    done: usize,
    drawn: Option<Instant>,
}

impl Progress<std::io::Stderr> {
    /// `what` (`"exports"`) counted to `total` on standard error, if a terminal.
    pub fn on_stderr(what: &'static str, total: usize) -> Self {
        let stderr = std::io::stderr();
        let shown = stderr.is_terminal() && !SILENCED.load(Ordering::Relaxed);
        let sink = shown.then_some(stderr);
        Progress::new(sink, what, total)
    }
}

impl<W: Write> Progress<W> {
    pub fn new(sink: Option<W>, what: &'static str, total: usize) -> Self {
        Progress {
            sink,
            what,
            total,
            done: 0,
            drawn: None,
        }
    }

    /// One more done: the line redrawn on the first, the last, and every
    /// [`EVERY`] between.
    pub fn tick(&mut self) {
        self.done += 1;
        let Some(sink) = &mut self.sink else { return };
        let due = self.drawn.is_none_or(|at| at.elapsed() >= EVERY);
        if due || self.done == self.total {
            let (what, done, total) = (self.what, self.done, self.total);
            let _ = write!(sink, "\r\x1b[Kreading {total} {what}… {done}/{total}");
            let _ = sink.flush();
            self.drawn = Some(Instant::now());
        }
    }

    /// The sink, the line cleared.
    #[cfg(test)]
    fn into_sink(mut self) -> Option<W> {
        self.clear();
        self.sink.take()
    }

    fn clear(&mut self) {
        if let (Some(sink), Some(_)) = (&mut self.sink, self.drawn.take()) {
            let _ = write!(sink, "\r\x1b[K");
            let _ = sink.flush();
        }
    }
}

/// Done or given up on bad input: the line is cleared, so that what
/// follows (the result, or the one message of bad input) starts clean.
impl<W: Write> Drop for Progress<W> {
    fn drop(&mut self) {
        self.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::Progress;

    #[test]
    fn nothing_is_written_without_a_terminal() {
        let mut progress = Progress::<Vec<u8>>::new(None, "exports", 3);
        for _ in 0..3 {
            progress.tick();
        }
        assert!(progress.into_sink().is_none());
    }

    #[test]
    fn a_terminal_sees_the_count_and_a_cleared_line_at_the_end() {
        let mut progress = Progress::new(Some(Vec::new()), "exports", 3);
        for _ in 0..3 {
            progress.tick();
        }
        let written = String::from_utf8(progress.into_sink().unwrap()).unwrap();
        assert!(
            written.starts_with("\r\x1b[Kreading 3 exports… 1/3"),
            "{written:?}"
        );
        assert!(
            written.ends_with("reading 3 exports… 3/3\r\x1b[K"),
            "{written:?}"
        );
    }
}
