//! Writes the TypeScript and Python clients of every seed catalogue and of
//! the demo's enum: `<dir>/<Type>.ts` and `<dir>/<Type>.py`.
//!
//! ```text
//! cargo run --example clients -- <dir>
//! ```

use std::path::Path;
use std::process::ExitCode;

use errcodes::ApiError;
use errcodes_catalogues::{cocam, fresns, kakao, mastodon, pluralkit};

#[path = "demo.rs"]
#[allow(dead_code)]
mod demo;

fn write<E: ApiError>(dir: &Path) -> std::io::Result<()> {
    let name = E::catalogue().type_name();
    for (file, text) in [
        (format!("{name}.ts"), errcodes::clients::typescript::<E>()),
        (format!("{name}.py"), errcodes::clients::python::<E>()),
    ] {
        let path = dir.join(file);
        std::fs::write(&path, text)?;
        println!("{}", path.display());
    }
    Ok(())
}

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: cargo run --example clients -- <dir>");
        return ExitCode::FAILURE;
    };
    let dir = Path::new(&dir);
    let written = std::fs::create_dir_all(dir)
        .and_then(|()| write::<cocam::CocamError>(dir))
        .and_then(|()| write::<mastodon::MastodonError>(dir))
        .and_then(|()| write::<pluralkit::PluralKitError>(dir))
        .and_then(|()| write::<fresns::FresnsError>(dir))
        .and_then(|()| write::<kakao::KakaoGameError>(dir))
        .and_then(|()| write::<demo::AccountError>(dir));
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}: {e}", dir.display());
            ExitCode::FAILURE
        }
    }
}
