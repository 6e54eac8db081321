//! `cargo run --example fresns`: prints the Fresns error catalogue, every entry
//! with its code, status, name and message.

#[path = "catalogues/fresns.rs"]
mod catalogue;
#[path = "catalogues/table.rs"]
mod table;

use errcodes::ApiError;

fn main() {
    table::print(catalogue::FresnsError::catalogue());
}
