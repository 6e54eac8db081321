//! `cargo run --example cocam`: prints the Cocam'server error catalogue, every entry
//! with its code, status, name and message.

#[path = "catalogues/cocam.rs"]
mod catalogue;
#[path = "catalogues/table.rs"]
mod table;

use errcodes::ApiError;

fn main() {
    table::print(catalogue::CocamError::catalogue());
}
