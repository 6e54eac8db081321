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
mod merge;
mod next;
mod output;
mod portal;
mod registry;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use error::BadInput;
use output::{Format, Out};
use registry::Registry;

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
    /// `--baseline`, entries removed without retiring and statuses changed.
    Check {
        /// Catalogue exports: files, or folders of `*.json` files.
        #[arg(required = true)]
        exports: Vec<PathBuf>,
        /// The registry (TOML) of services and their code ranges.
        #[arg(long)]
        registry: Option<PathBuf>,
        /// The last release's exports (a file or a folder), to find what breaks its clients.
        #[arg(long)]
        baseline: Option<PathBuf>,
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
        /// Catalogue exports: files, or folders of `*.json` files.
        exports: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// One page across services (`index.html`), every export in one JSON
    /// document (`errors.json`) and, with `--openapi`, the services'
    /// OpenAPI documents as one (`openapi.json`), written into `--out`.
    Portal {
        /// Catalogue exports: files, or folders of `*.json` files.
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
    /// What NEW added, changed, deprecated, retired and removed since OLD.
    Changelog {
        /// The old release's exports: a file or a folder of `*.json` files.
        old: PathBuf,
        /// The new release's exports: a file or a folder of `*.json` files.
        new: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
}

/// What a command found: clean (exit 0) or not (exit 1).
type Outcome = Result<bool, BadInput>;

fn main() -> ExitCode {
    let outcome = match Cli::parse().command {
        Command::Check {
            exports,
            registry,
            baseline,
            format,
        } => run_check(&exports, registry.as_deref(), baseline.as_deref(), format),
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
        Command::Changelog { old, new, format } => run_changelog(&old, &new, format),
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

fn run_check(
    paths: &[PathBuf],
    registry: Option<&Path>,
    baseline: Option<&Path>,
    format: Format,
) -> Outcome {
    let registry = registry.map(Registry::read).transpose()?;
    let baseline = baseline
        .map(|path| export::read_all(&[path.to_owned()]))
        .transpose()?;
    let exports = export::read_all(paths)?;
    let mut findings = check::check(&exports, registry.as_ref());
    if let Some(baseline) = &baseline {
        findings.extend(check::breaking(baseline, &exports));
    }
    let (services, entries) = check::counts(&exports);
    let mut out = Out::stdout();
    match format {
        Format::Json => out.json(&serde_json::json!({
            "findings": findings,
            "services": services,
            "entries": entries,
        })),
        Format::Human => {
            for finding in &findings {
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
    Ok(findings.is_empty())
}

fn run_next(service: &str, registry_path: &Path, paths: &[PathBuf], format: Format) -> Outcome {
    let registry = Registry::read(registry_path)?;
    let owner = registry
        .by_name(service)
        .ok_or_else(|| BadInput::UnknownService {
            path: registry_path.to_owned(),
            service: service.to_owned(),
        })?;
    let exports = export::read_all(paths)?;
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

fn run_changelog(old: &Path, new: &Path, format: Format) -> Outcome {
    let old = export::read_all(&[old.to_owned()])?;
    let new = export::read_all(&[new.to_owned()])?;
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
    let mut exports = Vec::new();
    let mut merged = merge::Exports::new();
    for file in export::files(paths)? {
        let text = std::fs::read_to_string(&file).map_err(|e| BadInput::unreadable(&file, &e))?;
        exports.push(export::Export::parse(&file, &text)?);
        merged.push(&text);
    }
    let mut files = vec![
        ("index.html", portal::html(&exports)),
        ("errors.json", merged.finish()),
    ];
    if !openapi.is_empty() {
        let merged = merge::openapi(openapi)?;
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
