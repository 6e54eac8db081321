//! Files as they were at a git revision (`--baseline-rev`), read with the
//! git command of the machine, in the repository that holds each path:
//! CI has git already, and the few plumbing commands used here (`rev-parse`,
//! `ls-tree`, `cat-file`) are stable across its versions.

use std::io::{BufRead, BufReader, Read, Write as _};
use std::path::{Path, PathBuf};
use std::process::{ChildStdout, Command, Output, Stdio};

use crate::error::BadInput;

/// A file read at a revision.
pub struct Blob {
    /// As messages name it: `v1.4:errors/billing.json`.
    pub shown: PathBuf,
    /// The file on disk it was at the revision: two paths to one file
    /// have one.
    pub same_as: PathBuf,
    pub bytes: Vec<u8>,
}

/// A file to read: where it was found, its object.
struct Pending {
    shown: PathBuf,
    same_as: PathBuf,
    dir: usize,
    oid: String,
}

/// The files `paths` were at a revision, found and not yet read.
pub struct Files<'a> {
    rev: &'a str,
    dirs: Vec<PathBuf>,
    pending: Vec<Pending>,
}

/// What each of `paths` was at `rev`, in their order: a file, or a
/// folder's `*.json` files in name order (`folders`: whether a folder is
/// welcome). Git runs a few times per folder the paths are in, not per
/// path: a glob's hundreds of files cost no more than their folder.
pub fn locate<'a>(rev: &'a str, paths: &[PathBuf], folders: bool) -> Result<Files<'a>, BadInput> {
    let refuse = |path: &Path, reason: &str| BadInput::at_revision(path, rev, reason);
    let bad_name = rev.is_empty() || rev.starts_with('-') || rev.contains(':');
    if let (true, Some(path)) = (bad_name || rev.contains(char::is_control), paths.first()) {
        return Err(refuse(path, "not a revision name"));
    }
    let mut dirs: Vec<PathBuf> = Vec::new();
    let mut places = Vec::with_capacity(paths.len());
    for path in paths {
        let (dir, relative) = split(path).ok_or_else(|| refuse(path, "not a path git can name"))?;
        let at = dirs.iter().position(|d| *d == dir).unwrap_or_else(|| {
            dirs.push(dir);
            dirs.len() - 1
        });
        places.push((path, at, relative));
    }
    let mut objects = vec![None; paths.len()];
    for (at, dir) in dirs.iter().enumerate() {
        let here: Vec<usize> = (0..places.len()).filter(|i| places[*i].1 == at).collect();
        let first = places[here[0]].0;
        verify(rev, first, dir)?;
        let specs: Vec<String> = here
            .iter()
            .map(|i| format!("{rev}:./{}", places[*i].2))
            .collect();
        let answer = batch(dir, "--batch-check", &specs, |out| {
            let mut answer = Vec::new();
            out.read_to_end(&mut answer).map(|_| answer)
        })
        .map_err(|r| refuse(first, &r))?;
        for (i, line) in here.iter().zip(answer.split(|b| *b == b'\n')) {
            objects[*i] = found(&String::from_utf8_lossy(line));
        }
    }
    let mut pending = Vec::new();
    for ((path, at, relative), object) in places.iter().zip(objects) {
        let (oid, kind) =
            object.ok_or_else(|| refuse(path, "no such file or folder in that revision"))?;
        let dir = &dirs[*at];
        let same_as = dir.canonicalize().unwrap_or(dir.clone()).join(relative);
        let shown = |path: &Path| PathBuf::from(format!("{rev}:{}", path.display()));
        match (kind.as_str(), folders) {
            ("tree", true) => {
                let listing = run(dir, &["ls-tree", "--full-tree", "-z", &oid])
                    .map_err(|r| refuse(path, &r))?;
                if !listing.status.success() {
                    let reason = String::from_utf8_lossy(&listing.stderr);
                    return Err(refuse(path, reason.trim()));
                }
                let before = pending.len();
                for (name, kind, oid) in json_entries(&listing.stdout) {
                    if kind != "blob" {
                        let reason = "a folder in that revision, not a file";
                        return Err(refuse(&path.join(name), reason));
                    }
                    pending.push(Pending {
                        shown: shown(&path.join(name)),
                        same_as: same_as.join(name),
                        dir: *at,
                        oid: oid.to_owned(),
                    });
                }
                if pending.len() == before {
                    return Err(BadInput::NoExports { dir: shown(path) });
                }
            }
            ("tree", false) => return Err(refuse(path, "a folder in that revision, not a file")),
            _ => pending.push(Pending {
                shown: shown(path),
                same_as,
                dir: *at,
                oid,
            }),
        }
    }
    Ok(Files { rev, dirs, pending })
}

impl Files<'_> {
    pub fn len(&self) -> usize {
        self.pending.len()
    }

    /// Each file handed to `each` in order, as git gives it: one
    /// `cat-file --batch` per run of files of one folder, and one file's
    /// bytes held at a time.
    pub fn read(self, mut each: impl FnMut(Blob) -> Result<(), BadInput>) -> Result<(), BadInput> {
        let mut pending = self.pending.into_iter().peekable();
        while let Some(first) = pending.next() {
            let dir = first.dir;
            let mut run = vec![first];
            while let Some(next) = pending.next_if(|p| p.dir == dir) {
                run.push(next);
            }
            let oids: Vec<String> = run.iter().map(|p| p.oid.clone()).collect();
            let mut files = run.into_iter();
            let rev = self.rev;
            let mut failed = None;
            let streamed = batch(&self.dirs[dir], "--batch", &oids, |out| {
                for file in files.by_ref() {
                    let blob = Blob {
                        bytes: next_content(out)?,
                        shown: file.shown,
                        same_as: file.same_as,
                    };
                    if let Err(bad) = each(blob) {
                        failed = Some(bad);
                        break;
                    }
                }
                Ok(())
            });
            if let Some(bad) = failed {
                return Err(bad);
            }
            streamed.map_err(|reason| BadInput::at_revision(&self.dirs[dir], rev, reason))?;
        }
        Ok(())
    }
}

/// The object and its kind in a `cat-file --batch-check` answer line,
/// `oid kind size`; `None` for `SPEC missing` (or `ambiguous`), where the
/// spec may hold spaces of its own.
fn found(line: &str) -> Option<(String, String)> {
    let words: Vec<&str> = line.split(' ').collect();
    match words[..] {
        [oid, kind, size]
            if oid.bytes().all(|b| b.is_ascii_hexdigit()) && size.parse::<u64>().is_ok() =>
        {
            Some((oid.to_owned(), kind.to_owned()))
        }
        _ => None,
    }
}

/// That `dir` is in a repository which has `rev`.
fn verify(rev: &str, path: &Path, dir: &Path) -> Result<(), BadInput> {
    let refuse = |reason: &str| BadInput::at_revision(path, rev, reason);
    let git = |args: &[&str]| run(dir, args).map_err(|reason| refuse(&reason));
    let top = git(&["rev-parse", "--show-toplevel"])?;
    if !top.status.success() {
        return Err(refuse("not in a git repository"));
    }
    let commit = format!("{rev}^{{commit}}");
    if !git(&["rev-parse", "--verify", "--quiet", &commit])?
        .status
        .success()
    {
        let top = String::from_utf8_lossy(&top.stdout);
        let reason = format!(
            "no revision {rev} in the repository at {} (a shallow clone may lack it: fetch it first)",
            top.trim()
        );
        return Err(refuse(&reason));
    }
    Ok(())
}

/// The nearest folder of `path` that exists, where git runs, and the rest
/// of the path below it, `/`-separated as git names paths.
fn split(path: &Path) -> Option<(PathBuf, String)> {
    let mut dir = path;
    let mut rest = Vec::new();
    while !dir.is_dir() {
        // A line of its own in `cat-file --batch-check`'s questions.
        rest.push(dir.file_name()?.to_str().filter(|n| !n.contains('\n'))?);
        dir = dir.parent()?;
        if dir.as_os_str().is_empty() {
            dir = Path::new(".");
        }
    }
    rest.reverse();
    Some((dir.to_owned(), rest.join("/")))
}

fn run(dir: &Path, args: &[&str]) -> Result<Output, String> {
    Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("git cannot be run: {e}"))
}

/// The `*.json` entries of an `ls-tree -z` listing: (name, kind, object id).
fn json_entries(listing: &[u8]) -> impl Iterator<Item = (&str, &str, &str)> {
    listing.split(|b| *b == 0).filter_map(|line| {
        let line = std::str::from_utf8(line).ok()?;
        let (meta, name) = line.split_once('\t')?;
        let mut meta = meta.split(' ');
        let (_, kind, oid) = (meta.next()?, meta.next()?, meta.next()?);
        crate::export::is_export_name(Path::new(name)).then_some((name, kind, oid))
    })
}

/// `git cat-file MODE` asked `lines`, one a line, its answer handed to
/// `answer` as it comes.
fn batch<T>(
    dir: &Path,
    mode: &str,
    lines: &[String],
    answer: impl FnOnce(&mut BufReader<ChildStdout>) -> std::io::Result<T>,
) -> Result<T, String> {
    let failed = |e: std::io::Error| format!("git cat-file failed: {e}");
    let mut child = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["cat-file", mode])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("git cannot be run: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("git cat-file has no input")?;
    let request: String = lines.iter().map(|line| format!("{line}\n")).collect();
    // Written from another thread: git answers while it reads, and a full
    // pipe each way would otherwise stop both.
    let writer = std::thread::spawn(move || stdin.write_all(request.as_bytes()));
    let stdout = child.stdout.take().ok_or("git cat-file has no output")?;
    let answered = answer(&mut BufReader::new(stdout));
    // Stopped early (bad input in a file): git need not say the rest.
    let _ = child.kill();
    let _ = writer.join();
    let _ = child.wait();
    answered.map_err(failed)
}

/// The next content of a `cat-file --batch` answer: a header (`oid type
/// size`), the bytes, a newline.
fn next_content(out: &mut impl BufRead) -> std::io::Result<Vec<u8>> {
    let short = || std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "short answer");
    let mut header = Vec::new();
    out.read_until(b'\n', &mut header)?;
    let header = String::from_utf8_lossy(&header);
    let size: usize = header
        .trim_end()
        .rsplit(' ')
        .next()
        .and_then(|s| s.parse().ok())
        .ok_or_else(short)?;
    let mut body = vec![0; size];
    out.read_exact(&mut body)?;
    let mut newline = [0; 1];
    out.read_exact(&mut newline)?;
    Ok(body)
}
