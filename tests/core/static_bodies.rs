//! Static bodies are rendered once per variant, on first use, and shared
//! after that, whichever thread asks first.

use errcodes::format::{Matrix, Problem};
use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(format = Problem)]
enum Shop {
    #[code(1, status = 404, msg = "No such \"item\"")]
    NoItem,
    #[code(2, status = 500, msg = "Stock {count} is wrong")]
    BadStock { count: u32 },
    #[code(3, status = 409, msg = "Basket holds {count}")]
    BasketFull { count: u32 },
}

#[derive(Debug, ApiError)]
#[api_error(format = Matrix)]
enum Rooms {
    #[code("M_FORBIDDEN", status = 403, msg = "Forbidden")]
    Forbidden,
}

#[test]
fn every_thread_gets_the_one_rendered_body() {
    let bodies: Vec<&'static [u8]> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..8)
            .map(|_| s.spawn(|| Shop::NoItem.static_body().unwrap()))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for body in &bodies {
        assert_eq!(body.as_ptr(), bodies[0].as_ptr());
        assert_eq!(*body, &serde_json::to_vec(&Shop::NoItem).unwrap()[..]);
    }
}

#[test]
fn a_variant_with_fields_shares_its_body_only_where_values_stay_out() {
    // A 5xx body shows the template, so its values never reach it.
    let first = Shop::BadStock { count: 1 }.static_body().unwrap();
    let second = Shop::BadStock { count: 2 }.static_body().unwrap();
    assert_eq!(first.as_ptr(), second.as_ptr());
    assert_eq!(
        first,
        &serde_json::to_vec(&Shop::BadStock { count: 2 }).unwrap()[..]
    );
    assert_eq!(Shop::BasketFull { count: 1 }.static_body(), None);
    let mut out = Vec::new();
    Rooms::Forbidden.write_body(&mut out).unwrap();
    assert_eq!(out, br#"{"errcode":"M_FORBIDDEN","error":"Forbidden"}"#);
}
