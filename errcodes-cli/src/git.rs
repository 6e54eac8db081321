//! Files as they were at a git revision (`--baseline-rev`), read with the
//! git command of the machine, in the repository that holds each path:
//! CI has git already, and the few plumbing commands used here (`rev-parse`,
//! `ls-tree`, `cat-file`) are stable across its versions.

use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::error::BadInput;

/// A file read at a revision.
pub struct Blob {
    /// As messages name it: `v1.4:errors/billing.json`.
    pub shown: PathBuf,
    /// The file on disk it was at the revision: two paths to one file
    /// have one.
    pub same_as: PathBuf,
    pub text: String,
}

/// What `path` was at `rev`: a file, or a folder's `*.json` files in name
/// order (`folders` tells whether a folder is welcome).
pub fn read(rev: &str, path: &Path, folders: bool) -> Result<Vec<Blob>, BadInput> {
    let refuse = |reason: &str| BadInput::at_revision(path, rev, reason);
    if rev.is_empty() || rev.starts_with('-') || rev.contains(':') || rev.contains(char::is_control)
    {
        return Err(refuse("not a revision name"));
    }
    let (dir, relative) = split(path).ok_or_else(|| refuse("not a path git can name"))?;
    let git = |args: &[&str]| run(&dir, args).map_err(|reason| refuse(&reason));
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
        let reason = format!("no revision {rev} in the repository at {}", top.trim());
        return Err(refuse(&reason));
    }
    let object = format!("{rev}:./{relative}");
    let found = git(&["rev-parse", "--verify", "--quiet", &object])?;
    if !found.status.success() {
        return Err(refuse("no such file or folder in that revision"));
    }
    let oid = String::from_utf8_lossy(&found.stdout).trim().to_owned();
    let kind = git(&["cat-file", "-t", &oid])?;
    let same_as = dir.canonicalize().unwrap_or(dir.clone()).join(&relative);
    let shown = PathBuf::from(format!("{rev}:{}", path.display()));
    let files: Vec<(PathBuf, PathBuf, String)> = match kind.stdout.trim_ascii() {
        b"tree" if folders => {
            let listing = git(&["ls-tree", "--full-tree", "-z", &oid])?;
            let files = json_blobs(&listing.stdout)
                .map(|(name, oid)| (path.join(name), same_as.join(name), oid.to_owned()))
                .collect::<Vec<_>>();
            if files.is_empty() {
                return Err(BadInput::NoExports { dir: shown });
            }
            files
                .into_iter()
                .map(|(path, same, oid)| {
                    (
                        PathBuf::from(format!("{rev}:{}", path.display())),
                        same,
                        oid,
                    )
                })
                .collect()
        }
        b"tree" => return Err(refuse("a folder in that revision, not a file")),
        _ => vec![(shown, same_as, oid)],
    };
    let oids: Vec<&str> = files.iter().map(|(_, _, oid)| oid.as_str()).collect();
    let texts = cat(&dir, &oids).map_err(|reason| refuse(&reason))?;
    files
        .into_iter()
        .zip(texts)
        .map(|((shown, same_as, _), bytes)| {
            let text = String::from_utf8(bytes)
                .map_err(|_| BadInput::malformed(&shown, None, "not UTF-8 text"))?;
            Ok(Blob {
                shown,
                same_as,
                text,
            })
        })
        .collect()
}

/// The nearest folder of `path` that exists, where git runs, and the rest
/// of the path below it, `/`-separated as git names paths.
fn split(path: &Path) -> Option<(PathBuf, String)> {
    let mut dir = path;
    let mut rest = Vec::new();
    while !dir.is_dir() {
        rest.push(dir.file_name()?.to_str()?);
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

/// The `*.json` files of an `ls-tree -z` listing: (name, object id).
fn json_blobs(listing: &[u8]) -> impl Iterator<Item = (&str, &str)> {
    listing.split(|b| *b == 0).filter_map(|line| {
        let line = std::str::from_utf8(line).ok()?;
        let (meta, name) = line.split_once('\t')?;
        let mut meta = meta.split(' ');
        let (_, kind, oid) = (meta.next()?, meta.next()?, meta.next()?);
        (kind == "blob" && name.ends_with(".json")).then_some((name, oid))
    })
}

/// The contents of `oids`, through one `git cat-file --batch`.
fn cat(dir: &Path, oids: &[&str]) -> Result<Vec<Vec<u8>>, String> {
    let failed = |e: std::io::Error| format!("git cat-file failed: {e}");
    let mut child = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("git cannot be run: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("git cat-file has no input")?;
    let request: String = oids.iter().map(|oid| format!("{oid}\n")).collect();
    // Written from another thread: git answers while it reads, and a full
    // pipe each way would otherwise stop both.
    let writer = std::thread::spawn(move || stdin.write_all(request.as_bytes()));
    let mut out = Vec::new();
    let read = child
        .stdout
        .take()
        .ok_or("git cat-file has no output")?
        .read_to_end(&mut out);
    let written = writer.join().unwrap_or(Ok(()));
    let status = child.wait().map_err(failed)?;
    read.and(written).map_err(failed)?;
    if !status.success() {
        return Err(format!("git cat-file failed: {status}"));
    }
    let mut rest = out.as_slice();
    let mut texts = Vec::with_capacity(oids.len());
    for _ in oids {
        let newline = rest
            .iter()
            .position(|b| *b == b'\n')
            .ok_or("git cat-file: short answer")?;
        let header = std::str::from_utf8(&rest[..newline]).unwrap_or_default();
        let size: usize = header
            .rsplit(' ')
            .next()
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| format!("git cat-file: {header}"))?;
        let body = rest
            .get(newline + 1..newline + 1 + size)
            .ok_or("git cat-file: short answer")?;
        texts.push(body.to_vec());
        rest = rest.get(newline + 2 + size..).unwrap_or_default();
    }
    Ok(texts)
}
