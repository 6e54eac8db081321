//! `cargo run --example cocam`: prints the Cocam'server error catalogue, every entry
//! with its code, status, name and message.

use errcodes::ApiError;
use errcodes_catalogues::cocam::CocamError;
use errcodes_catalogues::table;

fn main() {
    table::print(CocamError::catalogue());
}
