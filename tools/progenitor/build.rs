//! Generates a progenitor client for every OpenAPI 3.0 document in the
//! folder `ERRCODE_OPENAPI_3_0` names (`tests/docs/generators.rs` writes
//! them), one module per document named after its file, so that building
//! this crate compiles every generated client. A document progenitor
//! refuses fails the build with the document's name and progenitor's words.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-env-changed=ERRCODE_OPENAPI_3_0");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("clients.rs");
    let mut modules = proc_macro2::TokenStream::new();
    if let Some(dir) = std::env::var_os("ERRCODE_OPENAPI_3_0") {
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", Path::new(&dir).display()))
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
            .collect();
        files.sort();
        let mut refused = Vec::new();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            match client(&file) {
                Ok(tokens) => modules.extend(tokens),
                Err(e) => refused.push(format!("{}: {e}", file.display())),
            }
        }
        assert!(
            refused.is_empty(),
            "progenitor refused:\n{}",
            refused.join("\n")
        );
    }
    let file: syn::File = syn::parse2(modules).unwrap();
    std::fs::write(out, prettyplease::unparse(&file)).unwrap();
}

/// `pub mod {file stem} { .. }`: progenitor's client of one document.
fn client(file: &Path) -> Result<proc_macro2::TokenStream, String> {
    let text = std::fs::read_to_string(file).map_err(|e| e.to_string())?;
    let spec: openapiv3::OpenAPI = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let tokens = progenitor::Generator::default()
        .generate_tokens(&spec)
        .map_err(|e| e.to_string())?;
    let stem: String = file
        .file_stem()
        .unwrap()
        .to_string_lossy()
        .chars()
        .map(|ch| if ch.is_ascii_alphanumeric() { ch } else { '_' })
        .collect();
    let name = syn::Ident::new(&stem, proc_macro2::Span::call_site());
    Ok(quote::quote! {
        #[allow(clippy::all, dead_code, unused_imports, missing_docs)]
        pub mod #name { #tokens }
    })
}
