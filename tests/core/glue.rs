//! What the derive adds to the user's type, and what it hands the runtime.

use errcodes::{ApiError, Segment};

/// The derive adds no inherent items: a type may define any of the names
/// the derive's plumbing used to take.
#[derive(Debug, ApiError)]
#[api_error(default_status = 400, category = "Shop")]
enum Shop {
    #[code(1, msg = "No such item")]
    NoItem,
    #[code(
        2,
        status = 409,
        category = "Stock",
        msg = "Only {count} left, use {{braces}}"
    )]
    Stock { count: u32 },
    #[code(3, msg = "Literal {{braces}} only")]
    Braces,
    #[code(4, status = 500, msg = "Failed: {detail:?}")]
    Failed { detail: String },
}

#[allow(dead_code)]
impl Shop {
    const __ERRCODE_CODES: u8 = 7;
    const __ENTRIES: u8 = 8;

    fn static_body(&self) -> &'static str {
        "mine"
    }

    fn serialize_body_fields(&self) -> &'static str {
        "mine"
    }

    fn __restore() -> &'static str {
        "mine"
    }
}

#[test]
fn the_users_inherent_items_are_the_users() {
    assert_eq!(Shop::__ERRCODE_CODES + Shop::__ENTRIES, 15);
    assert_eq!(Shop::NoItem.static_body(), "mine");
    assert_eq!(Shop::NoItem.serialize_body_fields(), "mine");
    assert_eq!(Shop::__restore(), "mine");
    let mut body = Vec::new();
    Shop::NoItem.write_body(&mut body).unwrap();
    assert_eq!(body, br#"{"code":1,"message":"No such item"}"#);
}

#[test]
fn enum_wide_defaults_reach_entries_that_name_none() {
    let entries = Shop::catalogue().entries();
    let statuses: Vec<_> = entries.iter().map(|e| e.status()).collect();
    assert_eq!(statuses, [Some(400), Some(409), Some(400), Some(500)]);
    let categories: Vec<_> = entries.iter().map(|e| e.category()).collect();
    assert_eq!(
        categories,
        [Some("Shop"), Some("Stock"), Some("Shop"), Some("Shop")]
    );
    let indexes: Vec<_> = entries.iter().map(|e| e.index()).collect();
    assert_eq!(indexes, [0, 1, 2, 3]);
}

#[test]
fn the_template_comes_split_by_the_derive() {
    let segments = |e: &Shop| e.info().segments().collect::<Vec<_>>();
    assert_eq!(segments(&Shop::NoItem), [Segment::Text("No such item")]);
    assert_eq!(
        segments(&Shop::Stock { count: 1 }),
        [
            Segment::Text("Only "),
            Segment::Placeholder("count"),
            Segment::Text(" left, use {braces}"),
        ]
    );
    assert_eq!(
        segments(&Shop::Braces),
        [Segment::Text("Literal {braces} only")]
    );
    assert_eq!(
        segments(&Shop::Failed { detail: "x".into() }),
        [Segment::Text("Failed: "), Segment::Formatted("detail")]
    );
    assert!(Shop::Stock { count: 1 }.info().has_placeholders());
    assert!(!Shop::Braces.info().has_placeholders());
    // The template as written stays available.
    assert_eq!(Shop::Braces.info().message(), "Literal {{braces}} only");
}

#[test]
fn bodies_show_the_unescaped_text() {
    let mut body = Vec::new();
    Shop::Braces.write_body(&mut body).unwrap();
    assert_eq!(body, br#"{"code":3,"message":"Literal {braces} only"}"#);
    assert_eq!(Shop::Braces.to_string(), "Literal {braces} only");
    let decoded = Shop::decode(&body, None).unwrap().known();
    assert!(matches!(decoded, Some(Shop::Braces)));
    body.clear();
    Shop::Stock { count: 3 }.write_body(&mut body).unwrap();
    assert_eq!(body, br#"{"code":2,"message":"Only 3 left, use {braces}"}"#);
    let decoded = Shop::decode(&body, None).unwrap().known();
    assert!(matches!(decoded, Some(Shop::Stock { count: 3 })));
}
