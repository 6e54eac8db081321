//! `cargo run --example pluralkit`: prints the PluralKit error catalogue, every entry
//! with its code, status, name and message.

use errcodes::ApiError;
use errcodes_catalogues::pluralkit::PluralKitError;
use errcodes_catalogues::table;

fn main() {
    table::print(PluralKitError::catalogue());
}
