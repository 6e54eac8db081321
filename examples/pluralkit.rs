//! `cargo run --example pluralkit`: prints the PluralKit error catalogue, every entry
//! with its code, status, name and message.

#[path = "catalogues/pluralkit.rs"]
mod catalogue;
#[path = "catalogues/table.rs"]
mod table;

use errcodes::ApiError;

fn main() {
    table::print(catalogue::PluralKitError::catalogue());
}
