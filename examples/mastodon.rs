//! `cargo run --example mastodon`: prints the Mastodon error catalogue, every entry
//! with its code, status, name and message.

use errcodes::ApiError;
use errcodes_catalogues::mastodon::MastodonError;
use errcodes_catalogues::table;

fn main() {
    table::print(MastodonError::catalogue());
}
