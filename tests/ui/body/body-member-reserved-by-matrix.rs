use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(format = errcodes::format::Matrix)]
enum E {
    #[code("M_BAD", status = 400, msg = "bad")]
    Bad {
        #[body(rename = "errcode")]
        detail: String,
    },
}

fn main() {}
