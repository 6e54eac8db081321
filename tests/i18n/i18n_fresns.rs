//! The Fresns catalogue in Fresns' own languages: every entry has a
//! Simplified and a Traditional Chinese message (copied from Fresns'
//! `code_messages` seed, see examples/catalogues/locales/fresns/README.md),
//! and a body in either decodes back to its variant.

use errcodes::ApiError;
use errcodes_catalogues::fresns::FresnsError;

#[test]
fn every_entry_has_both_languages() {
    let catalogue = FresnsError::catalogue();
    let tags: Vec<_> = catalogue.language_tags().collect();
    assert_eq!(tags, ["en", "zh-Hans", "zh-Hant"]);
    for language in catalogue.languages() {
        assert!(!language.is_partial(), "{}", language.tag());
        for entry in catalogue.entries() {
            let translation = language
                .translation(entry)
                .unwrap_or_else(|| panic!("{} has no {} message", entry.code(), language.tag()));
            assert!(!translation.message().trim().is_empty());
        }
    }
    assert_eq!(catalogue.entries().len(), 252);
}

#[test]
fn messages_are_fresns_own() {
    let e = FresnsError::from_code(34101).unwrap();
    assert_eq!(e.to_string(), "Email incorrect");
    assert_eq!(e.message_in("zh-Hans").to_string(), "邮箱格式不正确");
    assert_eq!(
        e.message_in("zh-Hant").to_string(),
        "電子郵件地址格式不正確"
    );
    // Fresns' tags are zh-Hans and zh-Hant; a regional tag falls back to them.
    assert_eq!(
        e.message_in("zh-Hant-HK").to_string(),
        "電子郵件地址格式不正確"
    );
    assert_eq!(
        FresnsError::catalogue().negotiate("zh-Hans-CN,zh;q=0.9,en;q=0.8"),
        "zh-Hans"
    );
}

#[test]
fn bodies_in_each_language_decode_to_their_variant() {
    for lang in ["zh-Hans", "zh-Hant"] {
        for entry in FresnsError::catalogue().entries() {
            let error = FresnsError::from_code(entry.code()).unwrap();
            let mut body = Vec::new();
            error.write_body_in(lang, &mut body).unwrap();
            let text = String::from_utf8(body.clone()).unwrap();
            let translated = FresnsError::catalogue()
                .translation_for(lang)
                .and_then(|l| l.translation(entry))
                .unwrap()
                .message();
            assert!(text.contains(translated), "{text}");
            let decoded = FresnsError::decode(&body, None).unwrap().known();
            assert_eq!(
                decoded.map(|d| d.code()),
                Some(entry.code()),
                "{lang}: {text}"
            );
        }
    }
}

/// Browsers send a region (`zh-TW`), catalogues are split by script:
/// the region's script is looked up first, as CLDR's likely subtags give it.
#[test]
fn a_chinese_region_finds_the_script_it_writes() {
    let c = FresnsError::catalogue();
    for (header, expected) in [
        ("zh-TW", "zh-Hant"),
        ("zh-hk", "zh-Hant"),
        ("zh-MO,en;q=0.5", "zh-Hant"),
        ("zh-CN", "zh-Hans"),
        ("zh-SG", "zh-Hans"),
        ("zh", "zh-Hans"),
        ("zh-Hant-CN", "zh-Hant"),
        ("zh-Hans-TW", "zh-Hans"),
        ("zh-TW-x-private", "zh-Hant"),
        ("zh-yue", "en"),
        ("zh-419", "zh-Hans"),
        ("ja-TW", "en"),
    ] {
        assert_eq!(c.negotiate(header), expected, "{header}");
    }
    let e = FresnsError::from_code(31501).unwrap();
    assert_eq!(
        e.message_in("zh-TW").to_string(),
        e.message_in("zh-Hant").to_string()
    );
    assert_eq!(
        e.message_in("zh-CN").to_string(),
        e.message_in("zh-Hans").to_string()
    );
    assert_ne!(
        e.message_in("zh-TW").to_string(),
        e.message_in("zh-CN").to_string()
    );
}
