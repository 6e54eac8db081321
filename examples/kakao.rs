//! `cargo run --example kakao`: prints the Kakao Game error catalogue, every entry
//! with its code, status, name and message.

#[path = "catalogues/kakao.rs"]
mod catalogue;
#[path = "catalogues/table.rs"]
mod table;

use errcodes::ApiError;

fn main() {
    table::print(catalogue::KakaoGameError::catalogue());
}
