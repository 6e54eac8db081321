//! `errcodes`: one code space across services, checked from the catalogue
//! export each service writes (`errcodes::docs::Json`, format version 1,
//! `schemas/catalogue-export.v1.json`) and a registry of who owns which
//! codes. Exit status: 0 clean, 1 findings, 2 bad input (nothing written
//! to standard output then, one message on standard error).

mod changelog;
mod check;
mod error;
mod explain;
mod export;
mod git;
mod inputs;
mod merge;
mod next;
mod openapi;
mod output;
mod portal;
mod progress;
mod registry;
mod registry_changes;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

use error::BadInput;
use inputs::At;
use output::{Format, Out};

#[derive(Parser)]
#[command(
    name = "errcodes",
    version,
    about = "One error code space across services"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Codes used by two services, outside their owner's ranges, of a
    /// service the registry does not know, or retired and used again; with
    /// a baseline, what breaks its clients: entries removed without
    /// retiring, statuses changed, and the registry's services removed,
    /// renamed or moved and codes left outside their ranges.
    Check {
        /// Catalogue exports: files, or folders of `*.json` files (not `*.openapi.json`).
        #[arg(required = true)]
        exports: Vec<PathBuf>,
        /// The registry (TOML) of services and their code ranges.
        #[arg(long)]
        registry: Option<PathBuf>,
        /// The last release's exports (a file or a folder), to find what breaks its clients.
        #[arg(long, conflicts_with = "baseline_rev")]
        baseline: Option<PathBuf>,
        /// The baseline is every input as it was at this git revision (a
        /// tag, a branch, a commit): the EXPORT paths and `--registry`.
        #[arg(long, value_name = "REV")]
        baseline_rev: Option<String>,
        /// The last release's registry, to find what the registry breaks.
        #[arg(long, requires = "registry", conflicts_with = "baseline_rev")]
        baseline_registry: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// The next code of a service's ranges that no service has taken or retired.
    Next {
        /// The service's `name` in the registry.
        #[arg(long)]
        service: String,
        #[arg(long)]
        registry: PathBuf,
        /// Catalogue exports: files, or folders of `*.json` files (not `*.openapi.json`).
        exports: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// One page across services (`index.html`), every export in one JSON
    /// document (`errors.json`) and, with `--openapi`, the services'
    /// OpenAPI documents as one (`openapi.json`), written into `--out`.
    Portal {
        /// Catalogue exports: files, or folders of `*.json` files (not `*.openapi.json`).
        #[arg(required = true)]
        exports: Vec<PathBuf>,
        /// The services' OpenAPI documents (`errcodes::docs::openapi`).
        #[arg(long)]
        openapi: Vec<PathBuf>,
        /// The folder to write into (created if missing).
        #[arg(long)]
        out: PathBuf,
    },
    /// What the exports say about CODE: each entry's facts, summary and
    /// sections (`# Causes`, `# Fix`, ...), as `rustc --explain` prints;
    /// exit 1 when no export has it.
    Explain {
        /// The code as written (`34305`, `M_FORBIDDEN`).
        code: String,
        /// Catalogue exports: files, or folders of `*.json` files.
        #[arg(required = true)]
        exports: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// What NEW added, changed, deprecated, retired and removed since OLD
    /// (`changelog OLD NEW`), or the exports since a git revision
    /// (`changelog --since REV EXPORT...`).
    Changelog {
        /// OLD and NEW (each a file or a folder of `*.json` files), or
        /// with `--since` the exports to compare with themselves at REV.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// The old release is PATH... as it was at this git revision.
        #[arg(long, value_name = "REV")]
        since: Option<String>,
        /// The new release is PATH... as it was at this git revision
        /// (with `--since`), not as it is on disk.
        #[arg(long, value_name = "REV", requires = "since")]
        until: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
}

/// What a command found: clean (exit 0) or not (exit 1).
type Outcome = Result<bool, BadInput>;

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Command::Check { format, .. }
    | Command::Next { format, .. }
    | Command::Changelog { format, .. } = &cli.command
    {
        if matches!(format, Format::Json) {
            progress::silence();
        }
    }
    let outcome = match cli.command {
        Command::Check {
            exports,
            registry,
            baseline,
            baseline_rev,
            baseline_registry,
            format,
        } => {
            // clap lets `--baseline-rev` come with neither of the others.
            let baseline = match baseline_rev.as_deref() {
                Some(rev) => Baseline::Revision(rev),
                None => Baseline::Files {
                    exports: baseline.into_iter().collect(),
                    registry: baseline_registry,
                },
            };
            run_check(&exports, registry.as_deref(), &baseline, format)
        }
        Command::Next {
            service,
            registry,
            exports,
            format,
        } => run_next(&service, &registry, &exports, format),
        Command::Portal {
            exports,
            openapi,
            out,
        } => run_portal(&exports, &openapi, &out),
        Command::Changelog {
            paths,
            since,
            until,
            format,
        } => run_changelog(&paths, since.as_deref(), until.as_deref(), format),
        Command::Explain {
            code,
            exports,
            format,
        } => run_explain(&code, &exports, format),
    };
    match outcome {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(bad) => {
            Out::stderr().error(&bad.to_string());
            ExitCode::from(2)
        }
    }
}

/// What `check` compares with: what the last release's clients rely on.
enum Baseline<'a> {
    /// Files on disk: exports (none: no baseline) and a registry.
    Files {
        exports: Vec<PathBuf>,
        registry: Option<PathBuf>,
    },
    /// The inputs themselves as they were at a git revision.
    Revision(&'a str),
}

fn run_check(
    paths: &[PathBuf],
    registry: Option<&Path>,
    baseline: &Baseline,
    format: Format,
) -> Outcome {
    let registry = registry
        .map(|path| inputs::registry(path, At::Disk))
        .transpose()?;
    let (old_exports, old_registry) = match baseline {
        Baseline::Files { exports, registry } => {
            let old = (!exports.is_empty())
                .then(|| inputs::exports(exports, At::Disk, |_| {}))
                .transpose()?;
            let old_registry = registry
                .as_deref()
                .map(|path| inputs::registry(path, At::Disk))
                .transpose()?;
            (old, old_registry)
        }
        Baseline::Revision(rev) => {
            let at = At::Revision(rev);
            let old_registry = registry
                .as_ref()
                .map(|r| inputs::registry(r.path(), at))
                .transpose()?;
            (Some(inputs::exports(paths, at, |_| {})?), old_registry)
        }
    };
    let exports = inputs::exports(paths, At::Disk, |_| {})?;
    let mut findings = check::check(&exports, registry.as_ref());
    if let Some(old) = &old_exports {
        findings.extend(check::breaking(old, &exports));
    }
    if let (Some(old), Some(new)) = (&old_registry, &registry) {
        let changes = registry_changes::changes(old, new, &exports);
        findings.extend(changes.into_iter().map(check::Finding::Registry));
    }
    report(&findings, &exports, format);
    Ok(findings.is_empty())
}

fn report(findings: &[check::Finding], exports: &[export::Export], format: Format) {
    let (services, entries) = check::counts(exports);
    let mut out = Out::stdout();
    match format {
        Format::Json => out.json(&serde_json::json!({
            "findings": findings,
            "services": services,
            "entries": entries,
        })),
        Format::Human => {
            for finding in findings {
                let (what, wheres) = check::describe(finding);
                out.error(&what);
                for place in wheres {
                    out.line(&format!("  {place}"));
                }
            }
            out.summary(
                findings.is_empty(),
                &format!(
                    "{} findings in {services} services, {entries} entries",
                    findings.len()
                ),
            );
        }
    }
}

fn run_next(service: &str, registry_path: &Path, paths: &[PathBuf], format: Format) -> Outcome {
    let registry = inputs::registry(registry_path, At::Disk)?;
    let owner = registry
        .by_name(service)
        .ok_or_else(|| BadInput::UnknownService {
            path: registry_path.to_owned(),
            service: service.to_owned(),
        })?;
    // A service of string codes may have no ranges: `check` is fine with
    // that, but `next` has nothing to give it.
    if owner.ranges.is_empty() {
        let reason = format!("service `{service}` has no code ranges, so no next code");
        let line = registry.line(owner.name.span());
        return Err(BadInput::malformed(registry_path, Some(line), reason));
    }
    let exports = inputs::exports(paths, At::Disk, |_| {})?;
    let ranges: Vec<registry::Range> = owner.ranges.iter().map(|r| *r.get_ref()).collect();
    let free = next::next_free(&ranges, &next::unavailable(&exports));
    let mut out = Out::stdout();
    match (format, free) {
        (Format::Json, _) => out.json(&serde_json::json!({"service": service, "next": free})),
        (Format::Human, Some(code)) => out.line(&code.to_string()),
        (Format::Human, None) => out.error(&format!(
            "every code of {service}'s ranges is taken or retired"
        )),
    }
    Ok(free.is_some())
}

fn run_changelog(
    paths: &[PathBuf],
    since: Option<&str>,
    until: Option<&str>,
    format: Format,
) -> Outcome {
    let (old, new) = match (since, paths) {
        (Some(since), _) => {
            let old = inputs::exports(paths, At::Revision(since), |_| {})?;
            let new_at = until.map_or(At::Disk, At::Revision);
            (old, inputs::exports(paths, new_at, |_| {})?)
        }
        (None, [old, new]) => (
            inputs::exports(std::slice::from_ref(old), At::Disk, |_| {})?,
            inputs::exports(std::slice::from_ref(new), At::Disk, |_| {})?,
        ),
        (None, _) => {
            let mut cli = Cli::command();
            cli.build();
            let command = cli.find_subcommand_mut("changelog").cloned();
            command
                .unwrap_or(cli)
                .error(
                    clap::error::ErrorKind::WrongNumberOfValues,
                    "changelog takes OLD and NEW, or --since REV and the exports",
                )
                .exit()
        }
    };
    let log = changelog::changelog(&old, &new);
    let mut out = Out::stdout();
    match format {
        Format::Json => out.json(&log),
        Format::Human => out.text(&log.to_markdown()),
    }
    Ok(true)
}

fn run_explain(code: &str, paths: &[PathBuf], format: Format) -> Outcome {
    let found = explain::find(code, paths)?;
    let mut out = Out::stdout();
    match format {
        Format::Json => out.json(&explain::json(code, &found)),
        Format::Human if found.is_empty() => out.error(&format!("no entry has the code {code}")),
        Format::Human => out.text(&explain::text(&found)?),
    }
    Ok(!found.is_empty())
}

fn run_portal(paths: &[PathBuf], openapi: &[PathBuf], dir: &Path) -> Outcome {
    // The merged errors.json among the exports would be read as one next time.
    let out = dir.canonicalize().ok();
    if let Some(folder) = paths
        .iter()
        .find(|p| p.is_dir() && p.canonicalize().ok() == out)
    {
        return Err(BadInput::Unwritable {
            path: dir.to_owned(),
            reason: format!(
                "the folder of exports {}: give another --out",
                folder.display()
            ),
        });
    }
    let mut merged = merge::Exports::new();
    let exports = inputs::exports(paths, At::Disk, |text| merged.push(text))?;
    let mut files = vec![
        ("index.html", portal::html(&exports)),
        ("errors.json", merged.finish()),
    ];
    if !openapi.is_empty() {
        let merged = openapi::merge(openapi)?;
        files.push((
            "openapi.json",
            serde_json::to_string_pretty(&merged).unwrap_or_default(),
        ));
    }
    let mut out = Out::stdout();
    for written in merge::write_all(dir, &files)? {
        out.line(&written.display().to_string());
    }
    Ok(true)
}
