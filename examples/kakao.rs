//! `cargo run --example kakao`: prints the Kakao Game error catalogue, every entry
//! with its code, status, name and message.

use errcodes::ApiError;
use errcodes_catalogues::kakao::KakaoGameError;
use errcodes_catalogues::table;

fn main() {
    table::print(KakaoGameError::catalogue());
}
