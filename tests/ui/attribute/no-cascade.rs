use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 1000, msg = "bad status")]
    BadStatus,
    #[code(2, status = 400, msg = "fine {0}")]
    Fine(u32),
}

fn uses(e: E) -> String {
    let status = e.status();
    let code = e.code();
    let name = e.name();
    let entry = E::catalogue().entries().len();
    let parsed = E::from_code(1);
    let source = (&e as &dyn std::error::Error).source().is_none();
    let body = serde_json::to_string(&e).unwrap();
    format!("{e} {status} {code} {name} {entry} {} {source} {body}", parsed.is_some())
}

fn main() {
    let _ = uses(E::Fine(1));
}
