//! `cargo run --example fresns`: prints the Fresns error catalogue, every entry
//! with its code, status, name and message.

use errcodes::ApiError;
use errcodes_catalogues::fresns::FresnsError;
use errcodes_catalogues::table;

fn main() {
    table::print(FresnsError::catalogue());
}
