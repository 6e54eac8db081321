use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(defualt_status = 400)]
enum E {
    #[code(1, msg = "typo")]
    Typo,
}

fn main() {}
