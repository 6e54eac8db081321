//! A FIFO where a generated file goes, for the tests that check that it is
//! refused rather than read: opening one for reading waits for a writer.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

/// Makes a FIFO at `path` (with the system's `mkfifo`).
pub fn make(path: &Path) {
    let made = std::process::Command::new("mkfifo").arg(path).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo {}", path.display());
}

/// What `f` returns, run on a thread; where it is still blocked on the FIFO
/// `fifo` after a minute, the test fails (after opening the FIFO for writing,
/// so that the blocked reader returns and the thread ends).
pub fn unblocked<T: Send + 'static>(fifo: &Path, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (sent, received) = mpsc::channel();
    std::thread::spawn(move || sent.send(f()));
    received
        .recv_timeout(Duration::from_secs(60))
        .unwrap_or_else(|_| {
            let fifo: PathBuf = fifo.to_owned();
            let _writer = std::fs::OpenOptions::new().write(true).open(&fifo);
            panic!("blocked reading the FIFO {}", fifo.display())
        })
}
