use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 404, also_status = [405, "400"], msg = "quoted")]
    Quoted,
    #[code(2, status = 404, also_status = [405, 1000], msg = "out of range")]
    OutOfRange,
    #[code(3, status = 412, also_status = [409, 304], msg = "no body")]
    NoBody,
    #[code(4, status = 404, also_status = [NOT_FOUND], msg = "a name")]
    Name,
    #[code(5, status = 404, also_status = [405 400], msg = "no comma")]
    NoComma,
    #[code(6, status = 404, also_status = [405, 400u16], msg = "suffixed")]
    Suffixed,
}

fn main() {}
