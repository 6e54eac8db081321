//! `cargo run --example mastodon`: prints the Mastodon error catalogue, every entry
//! with its code, status, name and message.

#[path = "catalogues/mastodon.rs"]
mod catalogue;
#[path = "catalogues/table.rs"]
mod table;

use errcodes::ApiError;

fn main() {
    table::print(catalogue::MastodonError::catalogue());
}
