//! The five seed catalogues (`examples/catalogues/`) against their TSV data
//! (`tests/data/`, copied byte for byte from the shared catalogue files):
//! same entries, same order, every field equal. Then a few behaviours each
//! catalogue's quirks call for.

use errcodes_catalogues::cocam;
use errcodes_catalogues::fresns;
use errcodes_catalogues::kakao;
use errcodes_catalogues::mastodon;
use errcodes_catalogues::pluralkit;

use std::error::Error as _;

use errcodes::{ApiError, Catalogue, Code, Entry};

use cocam::CocamError;
use fresns::FresnsError;
use kakao::KakaoGameError;
use mastodon::MastodonError;
use pluralkit::PluralKitError;

const HEADER: [&str; 6] = [
    "code",
    "http_status",
    "name",
    "category",
    "message",
    "description",
];

/// One TSV row. The files have no quoting and no escaping (one field holds a
/// `"`), so a row is split on tabs and nothing else.
struct Row<'a> {
    line: usize,
    fields: [&'a str; 6],
}

fn parse(file: &str, tsv: &'static str) -> Vec<Row<'static>> {
    let body = tsv
        .strip_suffix('\n')
        .unwrap_or_else(|| panic!("{file}: no final newline"));
    let mut lines = body.split('\n');
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    assert_eq!(header, HEADER, "{file}: header");
    lines
        .enumerate()
        .map(|(i, line)| {
            let fields: Vec<&str> = line.split('\t').collect();
            let fields: [&str; 6] = fields.try_into().unwrap_or_else(|f: Vec<&str>| {
                panic!("{file}:{}: {} fields, expected 6", i + 2, f.len())
            });
            Row {
                line: i + 2,
                fields,
            }
        })
        .collect()
}

fn actual(entry: &Entry) -> [String; 6] {
    let status = entry.status().map(|s| s.to_string()).unwrap_or_default();
    [
        entry.code().to_string(),
        status,
        entry.declared_name().unwrap_or("").to_owned(),
        entry.category().unwrap_or("").to_owned(),
        entry.message().to_owned(),
        entry.description().unwrap_or("").to_owned(),
    ]
}

/// Compares the catalogue with the TSV entry by entry and reports every
/// difference at once, each naming the row, the entry and the field.
fn check(file: &str, tsv: &'static str, catalogue: &Catalogue) {
    let rows = parse(file, tsv);
    let entries = catalogue.entries();
    let mut errors = Vec::new();
    if rows.len() != entries.len() {
        errors.push(format!(
            "{file}: {} rows, but {} has {} entries",
            rows.len(),
            catalogue.type_name(),
            entries.len()
        ));
    }
    for (n, (row, entry)) in rows.iter().zip(entries).enumerate() {
        let [code, _, name, ..] = row.fields;
        let actual = actual(entry);
        for (field, (want, got)) in HEADER.iter().zip(row.fields.iter().zip(&actual)) {
            if want != got {
                errors.push(format!(
                    "{file}:{} (row {}, code {code:?}, name {name:?}, variant {}): \
                     {field} is {got:?}, expected {want:?}",
                    row.line,
                    n + 1,
                    entry.variant(),
                ));
            }
        }
    }
    assert!(
        errors.is_empty(),
        "{} differs from {file}:\n{}",
        catalogue.type_name(),
        errors.join("\n")
    );
}

#[test]
fn data_files_are_the_seed_catalogues() {
    // Counts from QUIRKS.md §0, so that a truncated copy cannot pass.
    for (file, tsv, rows) in [
        ("fresns.tsv", include_str!("../data/fresns.tsv"), 252),
        // 29 table rows and the 429 body of the docs' "Rate Limiting" section.
        ("pluralkit.tsv", include_str!("../data/pluralkit.tsv"), 30),
        ("mastodon.tsv", include_str!("../data/mastodon.tsv"), 15),
        ("kakao.tsv", include_str!("../data/kakao.tsv"), 38),
        ("cocam.tsv", include_str!("../data/cocam.tsv"), 16),
    ] {
        assert_eq!(parse(file, tsv).len(), rows, "{file}");
    }
}

#[test]
fn fresns_matches_tsv() {
    check(
        "fresns.tsv",
        include_str!("../data/fresns.tsv"),
        FresnsError::catalogue(),
    );
}

#[test]
fn pluralkit_matches_tsv() {
    check(
        "pluralkit.tsv",
        include_str!("../data/pluralkit.tsv"),
        PluralKitError::catalogue(),
    );
}

#[test]
fn mastodon_matches_tsv() {
    check(
        "mastodon.tsv",
        include_str!("../data/mastodon.tsv"),
        MastodonError::catalogue(),
    );
}

#[test]
fn kakao_matches_tsv() {
    check(
        "kakao.tsv",
        include_str!("../data/kakao.tsv"),
        KakaoGameError::catalogue(),
    );
}

#[test]
fn cocam_matches_tsv() {
    check(
        "cocam.tsv",
        include_str!("../data/cocam.tsv"),
        CocamError::catalogue(),
    );
}

#[test]
fn fresns_has_no_statuses_and_keeps_success() {
    let catalogue = FresnsError::catalogue();
    assert!(catalogue.entries().iter().all(|e| e.status().is_none()));
    assert_eq!(catalogue.range(), Some((0, 38999)));
    assert_eq!(catalogue.category(), Some("Error Codes"));

    let ok = FresnsError::from_code(0).unwrap();
    assert!(matches!(ok, FresnsError::Successful));
    assert_eq!(ok.to_string(), "Successful");
    // No documented status: sent with 200 as real Fresns servers send every
    // error, while the entry's documented status stays none.
    assert_eq!(ok.status(), 200);
    assert_eq!(FresnsError::ParameterError.status(), 200);
    assert_eq!(ok.info().status(), None);

    let e = FresnsError::from_code(36604).unwrap();
    assert_eq!(
        e.to_string(),
        "Each message should be either [file] or [text]"
    );
    assert_eq!(e.info().category(), Some("Interactions/Conversation"));
    assert_eq!(FresnsError::HeadersError.to_string(), "Headers Error");
    assert_eq!(
        FresnsError::NicknameSpecialCharacters.to_string(),
        "Consider using a nickname without special characters so it\u{2019}s accessible \
         to even more people, including people who are blind or have low vision."
    );
    assert!(FresnsError::from_code(38213).is_none());

    // Fresns bodies: {"code", "message", "data"}.
    assert_eq!(
        e.static_body(),
        Some(&br#"{"code":36604,"message":"Each message should be either [file] or [text]","data":null}"#[..])
    );
}

#[test]
fn pluralkit_shared_code_zero_and_placeholders() {
    assert!(PluralKitError::from_code(0).is_none());
    let zeros: Vec<_> = PluralKitError::catalogue()
        .lookup(0.into())
        .map(|e| (e.status(), e.is_shared()))
        .collect();
    assert_eq!(
        zeros,
        [
            (Some(500), true),
            (Some(400), true),
            (Some(401), true),
            (Some(403), true),
            (Some(429), true)
        ]
    );
    assert!(matches!(
        PluralKitError::from_code(20002),
        Some(PluralKitError::MemberNotFound)
    ));

    let e = PluralKitError::MemberRefNotFound {
        member_ref: "abc".into(),
    };
    assert_eq!(e.to_string(), "Member 'abc' not found.");
    assert_eq!(e.code(), 20003);
    assert_eq!(e.status(), 404);
    assert_eq!(e.info().message(), "Member '{memberRef}' not found.");
    let e = PluralKitError::GroupRefNotInSystem {
        group_ref: "xyz".into(),
    };
    assert_eq!(e.to_string(), "Group 'xyz' is not part of your system.");
    // Variants with fields cannot be built from a code alone.
    assert!(PluralKitError::from_code(20003).is_none());

    let e = PluralKitError::ModelParseError {
        errors: serde_json::json!({"name": [{"message": "too long", "max_length": 100}]}),
    };
    let body: serde_json::Value = serde_json::to_value(&e).unwrap();
    assert_eq!(body["code"], 40001);
    assert_eq!(body["errors"]["name"][0]["max_length"], 100);
}

#[test]
fn mastodon_names_and_dynamic_messages() {
    let catalogue = MastodonError::catalogue();
    assert!(catalogue.entries().iter().all(|e| e.code() == Code::None));

    let confirmed = MastodonError::CurrentUserNotConfirmed;
    assert_eq!(confirmed.name(), "!current_user.confirmed?");
    assert_eq!(confirmed.status(), 403);
    assert_eq!(
        MastodonError::RequireAuthenticatedUser.name(),
        "require_authenticated_user!"
    );
    assert_eq!(MastodonError::SslError.name(), "SSLError");
    // Mastodon bodies carry only the text: {"error": "..."}.
    assert_eq!(
        serde_json::to_string(&MastodonError::CurrentUserDisabled).unwrap(),
        r#"{"error":"Your login is currently disabled."}"#
    );

    let e = MastodonError::RecordInvalid {
        message: "Validation failed: Text can't be blank".into(),
    };
    assert_eq!(e.to_string(), "Validation failed: Text can't be blank.");
    assert_eq!(e.status(), 422);
    assert_eq!(e.info().message(), "{string}.");

    let e = MastodonError::TooManyRequests {
        message: "Trop de requêtes".into(),
    };
    assert_eq!(e.to_string(), "Trop de requêtes.");
    assert_eq!(e.info().message(), "{translated string}.");
    assert_eq!(
        serde_json::to_string(&e).unwrap(),
        r#"{"error":"Trop de requêtes."}"#
    );
    assert_eq!(e.info().declared_name(), None);
    assert_eq!(e.name(), "TooManyRequests");
    assert!(e
        .info()
        .description()
        .unwrap()
        .contains(r#"[Rate limits]({{< relref "api/rate-limits" >}})"#));
}

#[test]
fn kakao_shared_406_unregistered_statuses_and_empty_messages() {
    assert!(KakaoGameError::from_code(406).is_none());
    let names: Vec<_> = KakaoGameError::catalogue()
        .lookup(406.into())
        .map(Entry::name)
        .collect();
    assert_eq!(names, ["NotExistData", "AlreadyUsedIdpAccount"]);

    for (code, name) in [
        (461, "Punishment"),
        (473, "ServiceUnavailable"),
        (483, "NotAllowed"),
        (493, "AccountCreationLimit"),
    ] {
        let e = KakaoGameError::from_code(code).unwrap();
        assert_eq!(e.status(), code, "{name}");
        assert_eq!(e.status().canonical_reason(), None, "{name}");
        assert_eq!(e.name(), name);
    }

    // Published with no text at all: Display falls back to the name.
    assert_eq!(KakaoGameError::NotAllowed.to_string(), "NotAllowed");
    assert_eq!(KakaoGameError::NotAllowed.info().message(), "");
    assert_eq!(
        KakaoGameError::AccountCreationLimit.to_string(),
        "AccountCreationLimit"
    );

    // SDK codes have no status.
    assert_eq!(KakaoGameError::NetworkFailure.info().status(), None);
    assert!(matches!(
        KakaoGameError::from_code(200),
        Some(KakaoGameError::Success)
    ));

    // 3000 carries the platform's detail in the body; Display stays as published.
    let e = KakaoGameError::InitializationFailed {
        detail: "missing app key".into(),
    };
    assert_eq!(e.to_string(), "Initialization failed");
    assert!(e.source().is_none());
    let body: serde_json::Value = serde_json::to_value(&e).unwrap();
    assert_eq!(body["code"], 3000);
    assert_eq!(body["detail"], "missing app key");
}

#[test]
fn cocam_entries_without_code_name_or_message() {
    let catalogue = CocamError::catalogue();
    let notes: Vec<_> = catalogue
        .entries()
        .iter()
        .filter(|e| e.status().is_none())
        .map(Entry::variant)
        .collect();
    assert_eq!(
        notes,
        [
            "KoFiPaymentRefused",
            "StripePaymentRefused",
            "PaypalPaymentRefused",
            "MatrixErrors",
            "ClassicsSupport"
        ]
    );
    assert!(catalogue.entries().iter().all(|e| e.code().is_none()));
    assert_eq!(
        CocamError::StripePaymentRefused.to_string(),
        "StripePaymentRefused"
    );
    assert_eq!(CocamError::BadRequest.info().declared_name(), None);
    assert_eq!(
        CocamError::CurrentUserDisabled.name(),
        "current_user.disabled?"
    );
    let e = CocamError::RecordInvalid {
        message: "Validation failed".into(),
    };
    assert_eq!(e.to_string(), "Validation failed.");
}

#[test]
fn kakao_473_is_also_recognised_under_its_old_status_503() {
    use errcodes::decode::Decoded;
    use errcodes::StatusCode;

    let e = KakaoGameError::ServiceUnavailable;
    assert_eq!(e.status(), 473);
    assert_eq!(e.info().also_statuses(), [503]);
    let body = serde_json::to_vec(&e).unwrap();
    for status in [473, 503] {
        let decoded =
            KakaoGameError::decode(&body, Some(StatusCode::from_u16(status).unwrap())).unwrap();
        assert!(
            matches!(&decoded, Decoded::Known(r) if matches!(r.error, KakaoGameError::ServiceUnavailable)),
            "{status}: {decoded:?}"
        );
    }
    let decoded = KakaoGameError::decode(&body, Some(StatusCode::BAD_GATEWAY)).unwrap();
    assert!(matches!(decoded, Decoded::Unrecognized(_)));
}

#[test]
fn every_seed_catalogues_static_bodies_are_what_its_format_serializes() {
    errcodes::format::check_static_bodies::<CocamError>().unwrap();
    errcodes::format::check_static_bodies::<FresnsError>().unwrap();
    errcodes::format::check_static_bodies::<KakaoGameError>().unwrap();
    errcodes::format::check_static_bodies::<MastodonError>().unwrap();
    errcodes::format::check_static_bodies::<PluralKitError>().unwrap();
}
