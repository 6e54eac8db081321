//! Adversarial names: every keyword of TypeScript and Python that Rust
//! allows as a variant's name, the names the runtimes declare or use (their
//! types, functions and the builtins or globals they read), names that
//! collide after case folding (`HttpError`, `HTTPError`), after a rename
//! (`Code`, `CodeEntry`), with a derived name (`TooMany`'s
//! `TooManyMembers`), and letters past ASCII, each with a message no
//! comment or docstring may end early on: one module per language that
//! must pass `tsc --strict` and `mypy --strict`, and decode as Rust does.

#![allow(
    non_camel_case_types,
    non_upper_case_globals,
    non_snake_case,
    dead_code,
    clippy::upper_case_acronyms
)]

use std::process::Command;

use errcodes::ApiError;

use crate::attack::{agree, compiles};
use crate::tools;

#[derive(Debug, ApiError)]
pub enum Adversarial {
    #[code(1, status = 400, msg = "case \"quoted\" \"\"\" */ \\ end\"")]
    case,
    #[code(2, status = 400, msg = "catch \"quoted\" \"\"\" */ \\ end\"")]
    catch,
    #[code(3, status = 400, msg = "class \"quoted\" \"\"\" */ \\ end\"")]
    class,
    #[code(4, status = 400, msg = "debugger \"quoted\" \"\"\" */ \\ end\"")]
    debugger,
    #[code(5, status = 400, msg = "default \"quoted\" \"\"\" */ \\ end\"")]
    default,
    #[code(6, status = 400, msg = "delete \"quoted\" \"\"\" */ \\ end\"")]
    delete,
    #[code(7, status = 400, msg = "export \"quoted\" \"\"\" */ \\ end\"")]
    export,
    #[code(8, status = 400, msg = "extends \"quoted\" \"\"\" */ \\ end\"")]
    extends,
    #[code(9, status = 400, msg = "finally \"quoted\" \"\"\" */ \\ end\"")]
    finally,
    #[code(10, status = 400, msg = "function \"quoted\" \"\"\" */ \\ end\"")]
    function,
    #[code(11, status = 400, msg = "import \"quoted\" \"\"\" */ \\ end\"")]
    import,
    #[code(12, status = 400, msg = "instanceof \"quoted\" \"\"\" */ \\ end\"")]
    instanceof,
    #[code(13, status = 400, msg = "new \"quoted\" \"\"\" */ \\ end\"")]
    new,
    #[code(14, status = 400, msg = "null \"quoted\" \"\"\" */ \\ end\"")]
    null,
    #[code(15, status = 400, msg = "switch \"quoted\" \"\"\" */ \\ end\"")]
    switch,
    #[code(16, status = 400, msg = "this \"quoted\" \"\"\" */ \\ end\"")]
    this,
    #[code(17, status = 400, msg = "throw \"quoted\" \"\"\" */ \\ end\"")]
    throw,
    #[code(18, status = 400, msg = "var \"quoted\" \"\"\" */ \\ end\"")]
    var,
    #[code(19, status = 400, msg = "void \"quoted\" \"\"\" */ \\ end\"")]
    void,
    #[code(20, status = 400, msg = "with \"quoted\" \"\"\" */ \\ end\"")]
    with,
    #[code(21, status = 400, msg = "implements \"quoted\" \"\"\" */ \\ end\"")]
    implements,
    #[code(22, status = 400, msg = "interface \"quoted\" \"\"\" */ \\ end\"")]
    interface,
    #[code(23, status = 400, msg = "package \"quoted\" \"\"\" */ \\ end\"")]
    package,
    #[code(24, status = 400, msg = "private \"quoted\" \"\"\" */ \\ end\"")]
    private,
    #[code(25, status = 400, msg = "protected \"quoted\" \"\"\" */ \\ end\"")]
    protected,
    #[code(26, status = 400, msg = "public \"quoted\" \"\"\" */ \\ end\"")]
    public,
    #[code(27, status = 400, msg = "accessor \"quoted\" \"\"\" */ \\ end\"")]
    accessor,
    #[code(28, status = 400, msg = "asserts \"quoted\" \"\"\" */ \\ end\"")]
    asserts,
    #[code(29, status = 400, msg = "declare \"quoted\" \"\"\" */ \\ end\"")]
    declare,
    #[code(30, status = 400, msg = "get \"quoted\" \"\"\" */ \\ end\"")]
    get,
    #[code(31, status = 400, msg = "set \"quoted\" \"\"\" */ \\ end\"")]
    set,
    #[code(32, status = 400, msg = "infer \"quoted\" \"\"\" */ \\ end\"")]
    infer,
    #[code(33, status = 400, msg = "is \"quoted\" \"\"\" */ \\ end\"")]
    is,
    #[code(34, status = 400, msg = "keyof \"quoted\" \"\"\" */ \\ end\"")]
    keyof,
    #[code(35, status = 400, msg = "module \"quoted\" \"\"\" */ \\ end\"")]
    module,
    #[code(36, status = 400, msg = "namespace \"quoted\" \"\"\" */ \\ end\"")]
    namespace,
    #[code(37, status = 400, msg = "of \"quoted\" \"\"\" */ \\ end\"")]
    of,
    #[code(38, status = 400, msg = "out \"quoted\" \"\"\" */ \\ end\"")]
    out,
    #[code(39, status = 400, msg = "readonly \"quoted\" \"\"\" */ \\ end\"")]
    readonly,
    #[code(40, status = 400, msg = "require \"quoted\" \"\"\" */ \\ end\"")]
    require,
    #[code(41, status = 400, msg = "satisfies \"quoted\" \"\"\" */ \\ end\"")]
    satisfies,
    #[code(42, status = 400, msg = "unique \"quoted\" \"\"\" */ \\ end\"")]
    unique,
    #[code(43, status = 400, msg = "global \"quoted\" \"\"\" */ \\ end\"")]
    global,
    #[code(44, status = 400, msg = "from \"quoted\" \"\"\" */ \\ end\"")]
    from,
    #[code(45, status = 400, msg = "constructor \"quoted\" \"\"\" */ \\ end\"")]
    constructor,
    #[code(46, status = 400, msg = "arguments \"quoted\" \"\"\" */ \\ end\"")]
    arguments,
    #[code(47, status = 400, msg = "eval \"quoted\" \"\"\" */ \\ end\"")]
    eval,
    #[code(48, status = 400, msg = "any \"quoted\" \"\"\" */ \\ end\"")]
    any,
    #[code(49, status = 400, msg = "unknown \"quoted\" \"\"\" */ \\ end\"")]
    unknown,
    #[code(50, status = 400, msg = "never \"quoted\" \"\"\" */ \\ end\"")]
    never,
    #[code(51, status = 400, msg = "string \"quoted\" \"\"\" */ \\ end\"")]
    string,
    #[code(52, status = 400, msg = "number \"quoted\" \"\"\" */ \\ end\"")]
    number,
    #[code(53, status = 400, msg = "boolean \"quoted\" \"\"\" */ \\ end\"")]
    boolean,
    #[code(54, status = 400, msg = "bigint \"quoted\" \"\"\" */ \\ end\"")]
    bigint,
    #[code(55, status = 400, msg = "symbol \"quoted\" \"\"\" */ \\ end\"")]
    symbol,
    #[code(56, status = 400, msg = "object \"quoted\" \"\"\" */ \\ end\"")]
    object,
    #[code(57, status = 400, msg = "undefined \"quoted\" \"\"\" */ \\ end\"")]
    undefined,
    #[code(58, status = 400, msg = "globalThis \"quoted\" \"\"\" */ \\ end\"")]
    globalThis,
    #[code(59, status = 400, msg = "NaN \"quoted\" \"\"\" */ \\ end\"")]
    NaN,
    #[code(60, status = 400, msg = "Infinity \"quoted\" \"\"\" */ \\ end\"")]
    Infinity,
    #[code(61, status = 400, msg = "False \"quoted\" \"\"\" */ \\ end\"")]
    False,
    #[code(62, status = 400, msg = "None \"quoted\" \"\"\" */ \\ end\"")]
    None,
    #[code(63, status = 400, msg = "True \"quoted\" \"\"\" */ \\ end\"")]
    True,
    #[code(64, status = 400, msg = "and \"quoted\" \"\"\" */ \\ end\"")]
    and,
    #[code(65, status = 400, msg = "assert \"quoted\" \"\"\" */ \\ end\"")]
    assert,
    #[code(66, status = 400, msg = "def \"quoted\" \"\"\" */ \\ end\"")]
    def,
    #[code(67, status = 400, msg = "del \"quoted\" \"\"\" */ \\ end\"")]
    del,
    #[code(68, status = 400, msg = "elif \"quoted\" \"\"\" */ \\ end\"")]
    elif,
    #[code(69, status = 400, msg = "except \"quoted\" \"\"\" */ \\ end\"")]
    except,
    #[code(70, status = 400, msg = "lambda \"quoted\" \"\"\" */ \\ end\"")]
    lambda,
    #[code(71, status = 400, msg = "nonlocal \"quoted\" \"\"\" */ \\ end\"")]
    nonlocal,
    #[code(72, status = 400, msg = "not \"quoted\" \"\"\" */ \\ end\"")]
    not,
    #[code(73, status = 400, msg = "or \"quoted\" \"\"\" */ \\ end\"")]
    or,
    #[code(74, status = 400, msg = "pass \"quoted\" \"\"\" */ \\ end\"")]
    pass,
    #[code(75, status = 400, msg = "raise \"quoted\" \"\"\" */ \\ end\"")]
    raise,
    #[code(76, status = 400, msg = "Parsed \"quoted\" \"\"\" */ \\ end\"")]
    Parsed,
    #[code(77, status = 400, msg = "Index \"quoted\" \"\"\" */ \\ end\"")]
    Index,
    #[code(78, status = 400, msg = "Pieces \"quoted\" \"\"\" */ \\ end\"")]
    Pieces,
    #[code(79, status = 400, msg = "BodyCode \"quoted\" \"\"\" */ \\ end\"")]
    BodyCode,
    #[code(80, status = 400, msg = "WeakMap \"quoted\" \"\"\" */ \\ end\"")]
    WeakMap,
    #[code(81, status = 400, msg = "Uint8Array \"quoted\" \"\"\" */ \\ end\"")]
    Uint8Array,
    #[code(82, status = 400, msg = "isWhite \"quoted\" \"\"\" */ \\ end\"")]
    isWhite,
    #[code(83, status = 400, msg = "White \"quoted\" \"\"\" */ \\ end\"")]
    White,
    #[code(84, status = 400, msg = "Callable \"quoted\" \"\"\" */ \\ end\"")]
    Callable,
    #[code(85, status = 400, msg = "ValueError \"quoted\" \"\"\" */ \\ end\"")]
    ValueError,
    #[code(86, status = 400, msg = "RecursionError \"quoted\" \"\"\" */ \\ end\"")]
    RecursionError,
    #[code(87, status = 400, msg = "StopIteration \"quoted\" \"\"\" */ \\ end\"")]
    StopIteration,
    #[code(88, status = 400, msg = "Exception \"quoted\" \"\"\" */ \\ end\"")]
    Exception,
    #[code(89, status = 400, msg = "Stop \"quoted\" \"\"\" */ \\ end\"")]
    Stop,
    #[code(90, status = 400, msg = "Float \"quoted\" \"\"\" */ \\ end\"")]
    Float,
    #[code(91, status = 400, msg = "Value \"quoted\" \"\"\" */ \\ end\"")]
    Value,
    #[code(92, status = 400, msg = "Read \"quoted\" \"\"\" */ \\ end\"")]
    Read,
    #[code(93, status = 400, msg = "Fit \"quoted\" \"\"\" */ \\ end\"")]
    Fit,
    #[code(94, status = 400, msg = "Piece \"quoted\" \"\"\" */ \\ end\"")]
    Piece,
    #[code(95, status = 400, msg = "Named \"quoted\" \"\"\" */ \\ end\"")]
    Named,
    #[code(96, status = 400, msg = "Told \"quoted\" \"\"\" */ \\ end\"")]
    Told,
    #[code(97, status = 400, msg = "Segment \"quoted\" \"\"\" */ \\ end\"")]
    Segment,
    #[code(98, status = 400, msg = "Kind \"quoted\" \"\"\" */ \\ end\"")]
    Kind,
    #[code(99, status = 400, msg = "MemberSpec \"quoted\" \"\"\" */ \\ end\"")]
    MemberSpec,
    #[code(100, status = 400, msg = "LevelSpec \"quoted\" \"\"\" */ \\ end\"")]
    LevelSpec,
    #[code(101, status = 400, msg = "EntrySpec \"quoted\" \"\"\" */ \\ end\"")]
    EntrySpec,
    #[code(102, status = 400, msg = "CatalogueSpec \"quoted\" \"\"\" */ \\ end\"")]
    CatalogueSpec,
    #[code(103, status = 400, msg = "Outcome \"quoted\" \"\"\" */ \\ end\"")]
    Outcome,
    #[code(104, status = 400, msg = "Known \"quoted\" \"\"\" */ \\ end\"")]
    Known,
    #[code(105, status = 400, msg = "KnownBase \"quoted\" \"\"\" */ \\ end\"")]
    KnownBase,
    #[code(106, status = 400, msg = "Decoded \"quoted\" \"\"\" */ \\ end\"")]
    Decoded,
    #[code(107, status = 400, msg = "Json \"quoted\" \"\"\" */ \\ end\"")]
    Json,
    #[code(108, status = 400, msg = "Evidence \"quoted\" \"\"\" */ \\ end\"")]
    Evidence,
    #[code(109, status = 400, msg = "Retry \"quoted\" \"\"\" */ \\ end\"")]
    Retry,
    #[code(110, status = 400, msg = "RetryClass \"quoted\" \"\"\" */ \\ end\"")]
    RetryClass,
    #[code(111, status = 400, msg = "Fault \"quoted\" \"\"\" */ \\ end\"")]
    Fault,
    #[code(112, status = 400, msg = "Reason \"quoted\" \"\"\" */ \\ end\"")]
    Reason,
    #[code(113, status = 400, msg = "Unrecognized \"quoted\" \"\"\" */ \\ end\"")]
    Unrecognized,
    #[code(114, status = 400, msg = "Invalid \"quoted\" \"\"\" */ \\ end\"")]
    Invalid,
    #[code(115, status = 400, msg = "InvalidKind \"quoted\" \"\"\" */ \\ end\"")]
    InvalidKind,
    #[code(116, status = 400, msg = "Code \"quoted\" \"\"\" */ \\ end\"")]
    Code,
    #[code(117, status = 400, msg = "CodeEntry \"quoted\" \"\"\" */ \\ end\"")]
    CodeEntry,
    #[code(118, status = 400, msg = "CodeEntry2 \"quoted\" \"\"\" */ \\ end\"")]
    CodeEntry2,
    #[code(119, status = 400, msg = "Name \"quoted\" \"\"\" */ \\ end\"")]
    Name,
    #[code(120, status = 400, msg = "Any \"quoted\" \"\"\" */ \\ end\"")]
    Any,
    #[code(121, status = 400, msg = "Literal \"quoted\" \"\"\" */ \\ end\"")]
    Literal,
    #[code(122, status = 400, msg = "NoReturn \"quoted\" \"\"\" */ \\ end\"")]
    NoReturn,
    #[code(123, status = 400, msg = "Optional \"quoted\" \"\"\" */ \\ end\"")]
    Optional,
    #[code(124, status = 400, msg = "TypeGuard \"quoted\" \"\"\" */ \\ end\"")]
    TypeGuard,
    #[code(125, status = 400, msg = "TypedDict \"quoted\" \"\"\" */ \\ end\"")]
    TypedDict,
    #[code(126, status = 400, msg = "Union \"quoted\" \"\"\" */ \\ end\"")]
    Union,
    #[code(127, status = 400, msg = "ClassVar \"quoted\" \"\"\" */ \\ end\"")]
    ClassVar,
    #[code(128, status = 400, msg = "field \"quoted\" \"\"\" */ \\ end\"")]
    field,
    #[code(129, status = 400, msg = "dataclass \"quoted\" \"\"\" */ \\ end\"")]
    dataclass,
    #[code(130, status = 400, msg = "cast \"quoted\" \"\"\" */ \\ end\"")]
    cast,
    #[code(131, status = 400, msg = "property \"quoted\" \"\"\" */ \\ end\"")]
    property,
    #[code(132, status = 400, msg = "Map \"quoted\" \"\"\" */ \\ end\"")]
    Map,
    #[code(133, status = 400, msg = "Set \"quoted\" \"\"\" */ \\ end\"")]
    Set,
    #[code(134, status = 400, msg = "Object \"quoted\" \"\"\" */ \\ end\"")]
    Object,
    #[code(135, status = 400, msg = "Array \"quoted\" \"\"\" */ \\ end\"")]
    Array,
    #[code(136, status = 400, msg = "String \"quoted\" \"\"\" */ \\ end\"")]
    String,
    #[code(137, status = 400, msg = "Number \"quoted\" \"\"\" */ \\ end\"")]
    Number,
    #[code(138, status = 400, msg = "Boolean \"quoted\" \"\"\" */ \\ end\"")]
    Boolean,
    #[code(139, status = 400, msg = "Error \"quoted\" \"\"\" */ \\ end\"")]
    Error,
    #[code(140, status = 400, msg = "Record \"quoted\" \"\"\" */ \\ end\"")]
    Record,
    #[code(141, status = 400, msg = "Symbol \"quoted\" \"\"\" */ \\ end\"")]
    Symbol,
    #[code(142, status = 400, msg = "BigInt \"quoted\" \"\"\" */ \\ end\"")]
    BigInt,
    #[code(143, status = 400, msg = "Date \"quoted\" \"\"\" */ \\ end\"")]
    Date,
    #[code(144, status = 400, msg = "Promise \"quoted\" \"\"\" */ \\ end\"")]
    Promise,
    #[code(145, status = 400, msg = "Function \"quoted\" \"\"\" */ \\ end\"")]
    Function,
    #[code(146, status = 400, msg = "decode \"quoted\" \"\"\" */ \\ end\"")]
    decode,
    #[code(147, status = 400, msg = "decodeWith \"quoted\" \"\"\" */ \\ end\"")]
    decodeWith,
    #[code(148, status = 400, msg = "CATALOGUE \"quoted\" \"\"\" */ \\ end\"")]
    CATALOGUE,
    #[code(149, status = 400, msg = "_DATA \"quoted\" \"\"\" */ \\ end\"")]
    _DATA,
    #[code(150, status = 400, msg = "_CATALOGUE \"quoted\" \"\"\" */ \\ end\"")]
    _CATALOGUE,
    #[code(151, status = 400, msg = "_Catalogue \"quoted\" \"\"\" */ \\ end\"")]
    _Catalogue,
    #[code(152, status = 400, msg = "__Private \"quoted\" \"\"\" */ \\ end\"")]
    __Private,
    #[code(153, status = 400, msg = "members \"quoted\" \"\"\" */ \\ end\"")]
    members,
    #[code(154, status = 400, msg = "RETRY_CLASS \"quoted\" \"\"\" */ \\ end\"")]
    RETRY_CLASS,
    #[code(155, status = 400, msg = "FAULT \"quoted\" \"\"\" */ \\ end\"")]
    FAULT,
    #[code(156, status = 400, msg = "int \"quoted\" \"\"\" */ \\ end\"")]
    int,
    #[code(157, status = 400, msg = "str \"quoted\" \"\"\" */ \\ end\"")]
    str,
    #[code(158, status = 400, msg = "float \"quoted\" \"\"\" */ \\ end\"")]
    float,
    #[code(159, status = 400, msg = "list \"quoted\" \"\"\" */ \\ end\"")]
    list,
    #[code(160, status = 400, msg = "dict \"quoted\" \"\"\" */ \\ end\"")]
    dict,
    #[code(161, status = 400, msg = "isinstance \"quoted\" \"\"\" */ \\ end\"")]
    isinstance,
    #[code(162, status = 400, msg = "annotations \"quoted\" \"\"\" */ \\ end\"")]
    annotations,
    #[code(163, status = 400, msg = "HttpError \"quoted\" \"\"\" */ \\ end\"")]
    HttpError,
    #[code(164, status = 400, msg = "HTTPError \"quoted\" \"\"\" */ \\ end\"")]
    HTTPError,
    #[code(165, status = 400, msg = "TooMany \"quoted\" \"\"\" */ \\ end\"")]
    TooMany,
    #[code(
        166,
        status = 400,
        msg = "TooManyMembers \"quoted\" \"\"\" */ \\ end\""
    )]
    TooManyMembers,
    #[code(
        167,
        status = 400,
        msg = "TooManyMembersEntry \"quoted\" \"\"\" */ \\ end\""
    )]
    TooManyMembersEntry,
    #[code(168, status = 400, msg = "Größe \"quoted\" \"\"\" */ \\ end\"")]
    Größe,
    #[code(169, status = 400, msg = "Gr_uf6_udfe \"quoted\" \"\"\" */ \\ end\"")]
    Gr_uf6_udfe,
    #[code(
        1000,
        status = 400,
        msg = "nul \0 cr \r tab \t del \u{7f} next \u{85} end"
    )]
    Controls,
    #[code(1001, status = 400, msg = "members")]
    Members {
        #[body]
        constructor: u32,
        #[body]
        toString: Option<String>,
    },
    #[code(1002, status = 400, msg = "Bad {constructor} and {valueOf}")]
    Params {
        constructor: String,
        valueOf: String,
    },
}

#[test]
fn adversarial_names_generate_modules_that_type_check() {
    compiles::<Adversarial>("adversarial-names");
}

#[test]
fn adversarial_names_decode_as_in_rust() {
    agree::<Adversarial>(
        "adversarial-decode",
        &[
            (br#"{"code":1,"message":"case"}"#, Some(400)),
            (
                br#"{"code":1001,"message":"members","constructor":7}"#,
                Some(400),
            ),
            (
                br#"{"code":1001,"message":"members","constructor":7,"toString":"x"}"#,
                None,
            ),
            (br#"{"code":1002,"message":"Bad a and b"}"#, None),
        ],
    );
}

/// A member or placeholder the body lacks is absent from `fields` and
/// `params`, even one named like an `Object.prototype` property: the types
/// say `string`, never a function.
#[test]
fn absent_members_named_like_object_properties_are_undefined_in_typescript() {
    if !tools::typescript_installed() {
        return;
    }
    let dir = tools::target_dir().join("attack").join("prototype-names");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("Adversarial.ts"),
        errcodes::clients::typescript::<Adversarial>(),
    )
    .unwrap();
    tools::run(
        &tools::tsc(),
        &[
            "--strict",
            "--target",
            "es2020",
            "--module",
            "commonjs",
            "--outDir",
            "js",
            "Adversarial.ts",
        ],
        &dir,
    );
    let script = r#"const m = require("./js/Adversarial.js");
const d = m.decode(null, '{"code":1001,"message":"members","constructor":7}');
const p = m.decode(null, '{"code":1002,"message":"Bad a and b"}');
const ok = d.kind === "known" && d.fields.constructor === 7 && d.fields.toString === undefined
  && d.params.constructor === undefined && p.kind === "known" && p.params.constructor === "a"
  && p.params.valueOf === "b" && p.fields.hasOwnProperty === undefined;
if (!ok) { console.error(JSON.stringify([d, p])); process.exit(1); }"#;
    let out = Command::new("node")
        .arg("-e")
        .arg(script)
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
