//! An enum of 1000 variants compiles and works. Generated once by a
//! throwaway script; edit by hand or regenerate the same shape.

use errcodes::ApiError;

/// A catalogue of a thousand errors.
#[derive(Debug, PartialEq, ApiError)]
#[api_error(default_status = 400, range = 100000..=100999)]
pub enum Large {
    #[code(100000, status = 400, msg = "error 0")]
    V0,
    #[code(100001, status = 401, msg = "error 1")]
    V1,
    #[code(100002, status = 402, msg = "error 2")]
    V2,
    #[code(100003, status = 403, msg = "error 3")]
    V3,
    #[code(100004, status = 404, msg = "error 4")]
    V4,
    #[code(100005, msg = "error 5")]
    V5,
    #[code(100006, status = 406, msg = "error 6")]
    V6,
    #[code(100007, status = 407, msg = "error 7")]
    V7,
    #[code(100008, status = 408, msg = "error 8")]
    V8,
    #[code(100009, status = 409, msg = "error 9 with {0}")]
    V9(u32),
    #[code(100010, status = 410, msg = "error 10")]
    V10,
    #[code(100011, status = 411, msg = "error 11")]
    V11,
    #[code(100012, status = 412, msg = "error 12")]
    V12,
    #[code(100013, status = 413, msg = "error 13")]
    V13,
    #[code(100014, status = 414, msg = "error 14")]
    V14,
    #[code(100015, msg = "error 15")]
    V15,
    #[code(100016, status = 416, msg = "error 16")]
    V16,
    #[code(100017, status = 417, msg = "error 17")]
    V17,
    #[code(100018, status = 418, msg = "error 18")]
    V18,
    #[code(100019, status = 419, msg = "error 19 with {0}")]
    V19(u32),
    #[code(100020, status = 420, msg = "error 20")]
    V20,
    #[code(100021, status = 421, msg = "error 21")]
    V21,
    #[code(100022, status = 422, msg = "error 22")]
    V22,
    #[code(100023, status = 423, msg = "error 23")]
    V23,
    #[code(100024, status = 424, msg = "error 24")]
    V24,
    #[code(100025, msg = "error 25")]
    V25,
    #[code(100026, status = 426, msg = "error 26")]
    V26,
    #[code(100027, status = 427, msg = "error 27")]
    V27,
    #[code(100028, status = 428, msg = "error 28")]
    V28,
    #[code(100029, status = 429, msg = "error 29 with {0}")]
    V29(u32),
    #[code(100030, status = 430, msg = "error 30")]
    V30,
    #[code(100031, status = 431, msg = "error 31")]
    V31,
    #[code(100032, status = 432, msg = "error 32")]
    V32,
    #[code(100033, status = 433, msg = "error 33")]
    V33,
    #[code(100034, status = 434, msg = "error 34")]
    V34,
    #[code(100035, msg = "error 35")]
    V35,
    #[code(100036, status = 436, msg = "error 36")]
    V36,
    #[code(100037, status = 437, msg = "error 37")]
    V37,
    #[code(100038, status = 438, msg = "error 38")]
    V38,
    #[code(100039, status = 439, msg = "error 39 with {0}")]
    V39(u32),
    #[code(100040, status = 440, msg = "error 40")]
    V40,
    #[code(100041, status = 441, msg = "error 41")]
    V41,
    #[code(100042, status = 442, msg = "error 42")]
    V42,
    #[code(100043, status = 443, msg = "error 43")]
    V43,
    #[code(100044, status = 444, msg = "error 44")]
    V44,
    #[code(100045, msg = "error 45")]
    V45,
    #[code(100046, status = 446, msg = "error 46")]
    V46,
    #[code(100047, status = 447, msg = "error 47")]
    V47,
    #[code(100048, status = 448, msg = "error 48")]
    V48,
    #[code(100049, status = 449, msg = "error 49 with {0}")]
    V49(u32),
    #[code(100050, status = 450, msg = "error 50")]
    V50,
    #[code(100051, status = 451, msg = "error 51")]
    V51,
    #[code(100052, status = 452, msg = "error 52")]
    V52,
    #[code(100053, status = 453, msg = "error 53")]
    V53,
    #[code(100054, status = 454, msg = "error 54")]
    V54,
    #[code(100055, msg = "error 55")]
    V55,
    #[code(100056, status = 456, msg = "error 56")]
    V56,
    #[code(100057, status = 457, msg = "error 57")]
    V57,
    #[code(100058, status = 458, msg = "error 58")]
    V58,
    #[code(100059, status = 459, msg = "error 59 with {0}")]
    V59(u32),
    #[code(100060, status = 460, msg = "error 60")]
    V60,
    #[code(100061, status = 461, msg = "error 61")]
    V61,
    #[code(100062, status = 462, msg = "error 62")]
    V62,
    #[code(100063, status = 463, msg = "error 63")]
    V63,
    #[code(100064, status = 464, msg = "error 64")]
    V64,
    #[code(100065, msg = "error 65")]
    V65,
    #[code(100066, status = 466, msg = "error 66")]
    V66,
    #[code(100067, status = 467, msg = "error 67")]
    V67,
    #[code(100068, status = 468, msg = "error 68")]
    V68,
    #[code(100069, status = 469, msg = "error 69 with {0}")]
    V69(u32),
    #[code(100070, status = 470, msg = "error 70")]
    V70,
    #[code(100071, status = 471, msg = "error 71")]
    V71,
    #[code(100072, status = 472, msg = "error 72")]
    V72,
    #[code(100073, status = 473, msg = "error 73")]
    V73,
    #[code(100074, status = 474, msg = "error 74")]
    V74,
    #[code(100075, msg = "error 75")]
    V75,
    #[code(100076, status = 476, msg = "error 76")]
    V76,
    #[code(100077, status = 477, msg = "error 77")]
    V77,
    #[code(100078, status = 478, msg = "error 78")]
    V78,
    #[code(100079, status = 479, msg = "error 79 with {0}")]
    V79(u32),
    #[code(100080, status = 480, msg = "error 80")]
    V80,
    #[code(100081, status = 481, msg = "error 81")]
    V81,
    #[code(100082, status = 482, msg = "error 82")]
    V82,
    #[code(100083, status = 483, msg = "error 83")]
    V83,
    #[code(100084, status = 484, msg = "error 84")]
    V84,
    #[code(100085, msg = "error 85")]
    V85,
    #[code(100086, status = 486, msg = "error 86")]
    V86,
    #[code(100087, status = 487, msg = "error 87")]
    V87,
    #[code(100088, status = 488, msg = "error 88")]
    V88,
    #[code(100089, status = 489, msg = "error 89 with {0}")]
    V89(u32),
    #[code(100090, status = 490, msg = "error 90")]
    V90,
    #[code(100091, status = 491, msg = "error 91")]
    V91,
    #[code(100092, status = 492, msg = "error 92")]
    V92,
    #[code(100093, status = 493, msg = "error 93")]
    V93,
    #[code(100094, status = 494, msg = "error 94")]
    V94,
    #[code(100095, msg = "error 95")]
    V95,
    #[code(100096, status = 496, msg = "error 96")]
    V96,
    #[code(100097, status = 497, msg = "error 97")]
    V97,
    #[code(100098, status = 498, msg = "error 98")]
    V98,
    #[code(100099, status = 499, msg = "error 99 with {0}")]
    V99(u32),
    #[code(100100, status = 400, msg = "error 100")]
    V100,
    #[code(100101, status = 401, msg = "error 101")]
    V101,
    #[code(100102, status = 402, msg = "error 102")]
    V102,
    #[code(100103, status = 403, msg = "error 103")]
    V103,
    #[code(100104, status = 404, msg = "error 104")]
    V104,
    #[code(100105, msg = "error 105")]
    V105,
    #[code(100106, status = 406, msg = "error 106")]
    V106,
    #[code(100107, status = 407, msg = "error 107")]
    V107,
    #[code(100108, status = 408, msg = "error 108")]
    V108,
    #[code(100109, status = 409, msg = "error 109 with {0}")]
    V109(u32),
    #[code(100110, status = 410, msg = "error 110")]
    V110,
    #[code(100111, status = 411, msg = "error 111")]
    V111,
    #[code(100112, status = 412, msg = "error 112")]
    V112,
    #[code(100113, status = 413, msg = "error 113")]
    V113,
    #[code(100114, status = 414, msg = "error 114")]
    V114,
    #[code(100115, msg = "error 115")]
    V115,
    #[code(100116, status = 416, msg = "error 116")]
    V116,
    #[code(100117, status = 417, msg = "error 117")]
    V117,
    #[code(100118, status = 418, msg = "error 118")]
    V118,
    #[code(100119, status = 419, msg = "error 119 with {0}")]
    V119(u32),
    #[code(100120, status = 420, msg = "error 120")]
    V120,
    #[code(100121, status = 421, msg = "error 121")]
    V121,
    #[code(100122, status = 422, msg = "error 122")]
    V122,
    #[code(100123, status = 423, msg = "error 123")]
    V123,
    #[code(100124, status = 424, msg = "error 124")]
    V124,
    #[code(100125, msg = "error 125")]
    V125,
    #[code(100126, status = 426, msg = "error 126")]
    V126,
    #[code(100127, status = 427, msg = "error 127")]
    V127,
    #[code(100128, status = 428, msg = "error 128")]
    V128,
    #[code(100129, status = 429, msg = "error 129 with {0}")]
    V129(u32),
    #[code(100130, status = 430, msg = "error 130")]
    V130,
    #[code(100131, status = 431, msg = "error 131")]
    V131,
    #[code(100132, status = 432, msg = "error 132")]
    V132,
    #[code(100133, status = 433, msg = "error 133")]
    V133,
    #[code(100134, status = 434, msg = "error 134")]
    V134,
    #[code(100135, msg = "error 135")]
    V135,
    #[code(100136, status = 436, msg = "error 136")]
    V136,
    #[code(100137, status = 437, msg = "error 137")]
    V137,
    #[code(100138, status = 438, msg = "error 138")]
    V138,
    #[code(100139, status = 439, msg = "error 139 with {0}")]
    V139(u32),
    #[code(100140, status = 440, msg = "error 140")]
    V140,
    #[code(100141, status = 441, msg = "error 141")]
    V141,
    #[code(100142, status = 442, msg = "error 142")]
    V142,
    #[code(100143, status = 443, msg = "error 143")]
    V143,
    #[code(100144, status = 444, msg = "error 144")]
    V144,
    #[code(100145, msg = "error 145")]
    V145,
    #[code(100146, status = 446, msg = "error 146")]
    V146,
    #[code(100147, status = 447, msg = "error 147")]
    V147,
    #[code(100148, status = 448, msg = "error 148")]
    V148,
    #[code(100149, status = 449, msg = "error 149 with {0}")]
    V149(u32),
    #[code(100150, status = 450, msg = "error 150")]
    V150,
    #[code(100151, status = 451, msg = "error 151")]
    V151,
    #[code(100152, status = 452, msg = "error 152")]
    V152,
    #[code(100153, status = 453, msg = "error 153")]
    V153,
    #[code(100154, status = 454, msg = "error 154")]
    V154,
    #[code(100155, msg = "error 155")]
    V155,
    #[code(100156, status = 456, msg = "error 156")]
    V156,
    #[code(100157, status = 457, msg = "error 157")]
    V157,
    #[code(100158, status = 458, msg = "error 158")]
    V158,
    #[code(100159, status = 459, msg = "error 159 with {0}")]
    V159(u32),
    #[code(100160, status = 460, msg = "error 160")]
    V160,
    #[code(100161, status = 461, msg = "error 161")]
    V161,
    #[code(100162, status = 462, msg = "error 162")]
    V162,
    #[code(100163, status = 463, msg = "error 163")]
    V163,
    #[code(100164, status = 464, msg = "error 164")]
    V164,
    #[code(100165, msg = "error 165")]
    V165,
    #[code(100166, status = 466, msg = "error 166")]
    V166,
    #[code(100167, status = 467, msg = "error 167")]
    V167,
    #[code(100168, status = 468, msg = "error 168")]
    V168,
    #[code(100169, status = 469, msg = "error 169 with {0}")]
    V169(u32),
    #[code(100170, status = 470, msg = "error 170")]
    V170,
    #[code(100171, status = 471, msg = "error 171")]
    V171,
    #[code(100172, status = 472, msg = "error 172")]
    V172,
    #[code(100173, status = 473, msg = "error 173")]
    V173,
    #[code(100174, status = 474, msg = "error 174")]
    V174,
    #[code(100175, msg = "error 175")]
    V175,
    #[code(100176, status = 476, msg = "error 176")]
    V176,
    #[code(100177, status = 477, msg = "error 177")]
    V177,
    #[code(100178, status = 478, msg = "error 178")]
    V178,
    #[code(100179, status = 479, msg = "error 179 with {0}")]
    V179(u32),
    #[code(100180, status = 480, msg = "error 180")]
    V180,
    #[code(100181, status = 481, msg = "error 181")]
    V181,
    #[code(100182, status = 482, msg = "error 182")]
    V182,
    #[code(100183, status = 483, msg = "error 183")]
    V183,
    #[code(100184, status = 484, msg = "error 184")]
    V184,
    #[code(100185, msg = "error 185")]
    V185,
    #[code(100186, status = 486, msg = "error 186")]
    V186,
    #[code(100187, status = 487, msg = "error 187")]
    V187,
    #[code(100188, status = 488, msg = "error 188")]
    V188,
    #[code(100189, status = 489, msg = "error 189 with {0}")]
    V189(u32),
    #[code(100190, status = 490, msg = "error 190")]
    V190,
    #[code(100191, status = 491, msg = "error 191")]
    V191,
    #[code(100192, status = 492, msg = "error 192")]
    V192,
    #[code(100193, status = 493, msg = "error 193")]
    V193,
    #[code(100194, status = 494, msg = "error 194")]
    V194,
    #[code(100195, msg = "error 195")]
    V195,
    #[code(100196, status = 496, msg = "error 196")]
    V196,
    #[code(100197, status = 497, msg = "error 197")]
    V197,
    #[code(100198, status = 498, msg = "error 198")]
    V198,
    #[code(100199, status = 499, msg = "error 199 with {0}")]
    V199(u32),
    #[code(100200, status = 400, msg = "error 200")]
    V200,
    #[code(100201, status = 401, msg = "error 201")]
    V201,
    #[code(100202, status = 402, msg = "error 202")]
    V202,
    #[code(100203, status = 403, msg = "error 203")]
    V203,
    #[code(100204, status = 404, msg = "error 204")]
    V204,
    #[code(100205, msg = "error 205")]
    V205,
    #[code(100206, status = 406, msg = "error 206")]
    V206,
    #[code(100207, status = 407, msg = "error 207")]
    V207,
    #[code(100208, status = 408, msg = "error 208")]
    V208,
    #[code(100209, status = 409, msg = "error 209 with {0}")]
    V209(u32),
    #[code(100210, status = 410, msg = "error 210")]
    V210,
    #[code(100211, status = 411, msg = "error 211")]
    V211,
    #[code(100212, status = 412, msg = "error 212")]
    V212,
    #[code(100213, status = 413, msg = "error 213")]
    V213,
    #[code(100214, status = 414, msg = "error 214")]
    V214,
    #[code(100215, msg = "error 215")]
    V215,
    #[code(100216, status = 416, msg = "error 216")]
    V216,
    #[code(100217, status = 417, msg = "error 217")]
    V217,
    #[code(100218, status = 418, msg = "error 218")]
    V218,
    #[code(100219, status = 419, msg = "error 219 with {0}")]
    V219(u32),
    #[code(100220, status = 420, msg = "error 220")]
    V220,
    #[code(100221, status = 421, msg = "error 221")]
    V221,
    #[code(100222, status = 422, msg = "error 222")]
    V222,
    #[code(100223, status = 423, msg = "error 223")]
    V223,
    #[code(100224, status = 424, msg = "error 224")]
    V224,
    #[code(100225, msg = "error 225")]
    V225,
    #[code(100226, status = 426, msg = "error 226")]
    V226,
    #[code(100227, status = 427, msg = "error 227")]
    V227,
    #[code(100228, status = 428, msg = "error 228")]
    V228,
    #[code(100229, status = 429, msg = "error 229 with {0}")]
    V229(u32),
    #[code(100230, status = 430, msg = "error 230")]
    V230,
    #[code(100231, status = 431, msg = "error 231")]
    V231,
    #[code(100232, status = 432, msg = "error 232")]
    V232,
    #[code(100233, status = 433, msg = "error 233")]
    V233,
    #[code(100234, status = 434, msg = "error 234")]
    V234,
    #[code(100235, msg = "error 235")]
    V235,
    #[code(100236, status = 436, msg = "error 236")]
    V236,
    #[code(100237, status = 437, msg = "error 237")]
    V237,
    #[code(100238, status = 438, msg = "error 238")]
    V238,
    #[code(100239, status = 439, msg = "error 239 with {0}")]
    V239(u32),
    #[code(100240, status = 440, msg = "error 240")]
    V240,
    #[code(100241, status = 441, msg = "error 241")]
    V241,
    #[code(100242, status = 442, msg = "error 242")]
    V242,
    #[code(100243, status = 443, msg = "error 243")]
    V243,
    #[code(100244, status = 444, msg = "error 244")]
    V244,
    #[code(100245, msg = "error 245")]
    V245,
    #[code(100246, status = 446, msg = "error 246")]
    V246,
    #[code(100247, status = 447, msg = "error 247")]
    V247,
    #[code(100248, status = 448, msg = "error 248")]
    V248,
    #[code(100249, status = 449, msg = "error 249 with {0}")]
    V249(u32),
    #[code(100250, status = 450, msg = "error 250")]
    V250,
    #[code(100251, status = 451, msg = "error 251")]
    V251,
    #[code(100252, status = 452, msg = "error 252")]
    V252,
    #[code(100253, status = 453, msg = "error 253")]
    V253,
    #[code(100254, status = 454, msg = "error 254")]
    V254,
    #[code(100255, msg = "error 255")]
    V255,
    #[code(100256, status = 456, msg = "error 256")]
    V256,
    #[code(100257, status = 457, msg = "error 257")]
    V257,
    #[code(100258, status = 458, msg = "error 258")]
    V258,
    #[code(100259, status = 459, msg = "error 259 with {0}")]
    V259(u32),
    #[code(100260, status = 460, msg = "error 260")]
    V260,
    #[code(100261, status = 461, msg = "error 261")]
    V261,
    #[code(100262, status = 462, msg = "error 262")]
    V262,
    #[code(100263, status = 463, msg = "error 263")]
    V263,
    #[code(100264, status = 464, msg = "error 264")]
    V264,
    #[code(100265, msg = "error 265")]
    V265,
    #[code(100266, status = 466, msg = "error 266")]
    V266,
    #[code(100267, status = 467, msg = "error 267")]
    V267,
    #[code(100268, status = 468, msg = "error 268")]
    V268,
    #[code(100269, status = 469, msg = "error 269 with {0}")]
    V269(u32),
    #[code(100270, status = 470, msg = "error 270")]
    V270,
    #[code(100271, status = 471, msg = "error 271")]
    V271,
    #[code(100272, status = 472, msg = "error 272")]
    V272,
    #[code(100273, status = 473, msg = "error 273")]
    V273,
    #[code(100274, status = 474, msg = "error 274")]
    V274,
    #[code(100275, msg = "error 275")]
    V275,
    #[code(100276, status = 476, msg = "error 276")]
    V276,
    #[code(100277, status = 477, msg = "error 277")]
    V277,
    #[code(100278, status = 478, msg = "error 278")]
    V278,
    #[code(100279, status = 479, msg = "error 279 with {0}")]
    V279(u32),
    #[code(100280, status = 480, msg = "error 280")]
    V280,
    #[code(100281, status = 481, msg = "error 281")]
    V281,
    #[code(100282, status = 482, msg = "error 282")]
    V282,
    #[code(100283, status = 483, msg = "error 283")]
    V283,
    #[code(100284, status = 484, msg = "error 284")]
    V284,
    #[code(100285, msg = "error 285")]
    V285,
    #[code(100286, status = 486, msg = "error 286")]
    V286,
    #[code(100287, status = 487, msg = "error 287")]
    V287,
    #[code(100288, status = 488, msg = "error 288")]
    V288,
    #[code(100289, status = 489, msg = "error 289 with {0}")]
    V289(u32),
    #[code(100290, status = 490, msg = "error 290")]
    V290,
    #[code(100291, status = 491, msg = "error 291")]
    V291,
    #[code(100292, status = 492, msg = "error 292")]
    V292,
    #[code(100293, status = 493, msg = "error 293")]
    V293,
    #[code(100294, status = 494, msg = "error 294")]
    V294,
    #[code(100295, msg = "error 295")]
    V295,
    #[code(100296, status = 496, msg = "error 296")]
    V296,
    #[code(100297, status = 497, msg = "error 297")]
    V297,
    #[code(100298, status = 498, msg = "error 298")]
    V298,
    #[code(100299, status = 499, msg = "error 299 with {0}")]
    V299(u32),
    #[code(100300, status = 400, msg = "error 300")]
    V300,
    #[code(100301, status = 401, msg = "error 301")]
    V301,
    #[code(100302, status = 402, msg = "error 302")]
    V302,
    #[code(100303, status = 403, msg = "error 303")]
    V303,
    #[code(100304, status = 404, msg = "error 304")]
    V304,
    #[code(100305, msg = "error 305")]
    V305,
    #[code(100306, status = 406, msg = "error 306")]
    V306,
    #[code(100307, status = 407, msg = "error 307")]
    V307,
    #[code(100308, status = 408, msg = "error 308")]
    V308,
    #[code(100309, status = 409, msg = "error 309 with {0}")]
    V309(u32),
    #[code(100310, status = 410, msg = "error 310")]
    V310,
    #[code(100311, status = 411, msg = "error 311")]
    V311,
    #[code(100312, status = 412, msg = "error 312")]
    V312,
    #[code(100313, status = 413, msg = "error 313")]
    V313,
    #[code(100314, status = 414, msg = "error 314")]
    V314,
    #[code(100315, msg = "error 315")]
    V315,
    #[code(100316, status = 416, msg = "error 316")]
    V316,
    #[code(100317, status = 417, msg = "error 317")]
    V317,
    #[code(100318, status = 418, msg = "error 318")]
    V318,
    #[code(100319, status = 419, msg = "error 319 with {0}")]
    V319(u32),
    #[code(100320, status = 420, msg = "error 320")]
    V320,
    #[code(100321, status = 421, msg = "error 321")]
    V321,
    #[code(100322, status = 422, msg = "error 322")]
    V322,
    #[code(100323, status = 423, msg = "error 323")]
    V323,
    #[code(100324, status = 424, msg = "error 324")]
    V324,
    #[code(100325, msg = "error 325")]
    V325,
    #[code(100326, status = 426, msg = "error 326")]
    V326,
    #[code(100327, status = 427, msg = "error 327")]
    V327,
    #[code(100328, status = 428, msg = "error 328")]
    V328,
    #[code(100329, status = 429, msg = "error 329 with {0}")]
    V329(u32),
    #[code(100330, status = 430, msg = "error 330")]
    V330,
    #[code(100331, status = 431, msg = "error 331")]
    V331,
    #[code(100332, status = 432, msg = "error 332")]
    V332,
    #[code(100333, status = 433, msg = "error 333")]
    V333,
    #[code(100334, status = 434, msg = "error 334")]
    V334,
    #[code(100335, msg = "error 335")]
    V335,
    #[code(100336, status = 436, msg = "error 336")]
    V336,
    #[code(100337, status = 437, msg = "error 337")]
    V337,
    #[code(100338, status = 438, msg = "error 338")]
    V338,
    #[code(100339, status = 439, msg = "error 339 with {0}")]
    V339(u32),
    #[code(100340, status = 440, msg = "error 340")]
    V340,
    #[code(100341, status = 441, msg = "error 341")]
    V341,
    #[code(100342, status = 442, msg = "error 342")]
    V342,
    #[code(100343, status = 443, msg = "error 343")]
    V343,
    #[code(100344, status = 444, msg = "error 344")]
    V344,
    #[code(100345, msg = "error 345")]
    V345,
    #[code(100346, status = 446, msg = "error 346")]
    V346,
    #[code(100347, status = 447, msg = "error 347")]
    V347,
    #[code(100348, status = 448, msg = "error 348")]
    V348,
    #[code(100349, status = 449, msg = "error 349 with {0}")]
    V349(u32),
    #[code(100350, status = 450, msg = "error 350")]
    V350,
    #[code(100351, status = 451, msg = "error 351")]
    V351,
    #[code(100352, status = 452, msg = "error 352")]
    V352,
    #[code(100353, status = 453, msg = "error 353")]
    V353,
    #[code(100354, status = 454, msg = "error 354")]
    V354,
    #[code(100355, msg = "error 355")]
    V355,
    #[code(100356, status = 456, msg = "error 356")]
    V356,
    #[code(100357, status = 457, msg = "error 357")]
    V357,
    #[code(100358, status = 458, msg = "error 358")]
    V358,
    #[code(100359, status = 459, msg = "error 359 with {0}")]
    V359(u32),
    #[code(100360, status = 460, msg = "error 360")]
    V360,
    #[code(100361, status = 461, msg = "error 361")]
    V361,
    #[code(100362, status = 462, msg = "error 362")]
    V362,
    #[code(100363, status = 463, msg = "error 363")]
    V363,
    #[code(100364, status = 464, msg = "error 364")]
    V364,
    #[code(100365, msg = "error 365")]
    V365,
    #[code(100366, status = 466, msg = "error 366")]
    V366,
    #[code(100367, status = 467, msg = "error 367")]
    V367,
    #[code(100368, status = 468, msg = "error 368")]
    V368,
    #[code(100369, status = 469, msg = "error 369 with {0}")]
    V369(u32),
    #[code(100370, status = 470, msg = "error 370")]
    V370,
    #[code(100371, status = 471, msg = "error 371")]
    V371,
    #[code(100372, status = 472, msg = "error 372")]
    V372,
    #[code(100373, status = 473, msg = "error 373")]
    V373,
    #[code(100374, status = 474, msg = "error 374")]
    V374,
    #[code(100375, msg = "error 375")]
    V375,
    #[code(100376, status = 476, msg = "error 376")]
    V376,
    #[code(100377, status = 477, msg = "error 377")]
    V377,
    #[code(100378, status = 478, msg = "error 378")]
    V378,
    #[code(100379, status = 479, msg = "error 379 with {0}")]
    V379(u32),
    #[code(100380, status = 480, msg = "error 380")]
    V380,
    #[code(100381, status = 481, msg = "error 381")]
    V381,
    #[code(100382, status = 482, msg = "error 382")]
    V382,
    #[code(100383, status = 483, msg = "error 383")]
    V383,
    #[code(100384, status = 484, msg = "error 384")]
    V384,
    #[code(100385, msg = "error 385")]
    V385,
    #[code(100386, status = 486, msg = "error 386")]
    V386,
    #[code(100387, status = 487, msg = "error 387")]
    V387,
    #[code(100388, status = 488, msg = "error 388")]
    V388,
    #[code(100389, status = 489, msg = "error 389 with {0}")]
    V389(u32),
    #[code(100390, status = 490, msg = "error 390")]
    V390,
    #[code(100391, status = 491, msg = "error 391")]
    V391,
    #[code(100392, status = 492, msg = "error 392")]
    V392,
    #[code(100393, status = 493, msg = "error 393")]
    V393,
    #[code(100394, status = 494, msg = "error 394")]
    V394,
    #[code(100395, msg = "error 395")]
    V395,
    #[code(100396, status = 496, msg = "error 396")]
    V396,
    #[code(100397, status = 497, msg = "error 397")]
    V397,
    #[code(100398, status = 498, msg = "error 398")]
    V398,
    #[code(100399, status = 499, msg = "error 399 with {0}")]
    V399(u32),
    #[code(100400, status = 400, msg = "error 400")]
    V400,
    #[code(100401, status = 401, msg = "error 401")]
    V401,
    #[code(100402, status = 402, msg = "error 402")]
    V402,
    #[code(100403, status = 403, msg = "error 403")]
    V403,
    #[code(100404, status = 404, msg = "error 404")]
    V404,
    #[code(100405, msg = "error 405")]
    V405,
    #[code(100406, status = 406, msg = "error 406")]
    V406,
    #[code(100407, status = 407, msg = "error 407")]
    V407,
    #[code(100408, status = 408, msg = "error 408")]
    V408,
    #[code(100409, status = 409, msg = "error 409 with {0}")]
    V409(u32),
    #[code(100410, status = 410, msg = "error 410")]
    V410,
    #[code(100411, status = 411, msg = "error 411")]
    V411,
    #[code(100412, status = 412, msg = "error 412")]
    V412,
    #[code(100413, status = 413, msg = "error 413")]
    V413,
    #[code(100414, status = 414, msg = "error 414")]
    V414,
    #[code(100415, msg = "error 415")]
    V415,
    #[code(100416, status = 416, msg = "error 416")]
    V416,
    #[code(100417, status = 417, msg = "error 417")]
    V417,
    #[code(100418, status = 418, msg = "error 418")]
    V418,
    #[code(100419, status = 419, msg = "error 419 with {0}")]
    V419(u32),
    #[code(100420, status = 420, msg = "error 420")]
    V420,
    #[code(100421, status = 421, msg = "error 421")]
    V421,
    #[code(100422, status = 422, msg = "error 422")]
    V422,
    #[code(100423, status = 423, msg = "error 423")]
    V423,
    #[code(100424, status = 424, msg = "error 424")]
    V424,
    #[code(100425, msg = "error 425")]
    V425,
    #[code(100426, status = 426, msg = "error 426")]
    V426,
    #[code(100427, status = 427, msg = "error 427")]
    V427,
    #[code(100428, status = 428, msg = "error 428")]
    V428,
    #[code(100429, status = 429, msg = "error 429 with {0}")]
    V429(u32),
    #[code(100430, status = 430, msg = "error 430")]
    V430,
    #[code(100431, status = 431, msg = "error 431")]
    V431,
    #[code(100432, status = 432, msg = "error 432")]
    V432,
    #[code(100433, status = 433, msg = "error 433")]
    V433,
    #[code(100434, status = 434, msg = "error 434")]
    V434,
    #[code(100435, msg = "error 435")]
    V435,
    #[code(100436, status = 436, msg = "error 436")]
    V436,
    #[code(100437, status = 437, msg = "error 437")]
    V437,
    #[code(100438, status = 438, msg = "error 438")]
    V438,
    #[code(100439, status = 439, msg = "error 439 with {0}")]
    V439(u32),
    #[code(100440, status = 440, msg = "error 440")]
    V440,
    #[code(100441, status = 441, msg = "error 441")]
    V441,
    #[code(100442, status = 442, msg = "error 442")]
    V442,
    #[code(100443, status = 443, msg = "error 443")]
    V443,
    #[code(100444, status = 444, msg = "error 444")]
    V444,
    #[code(100445, msg = "error 445")]
    V445,
    #[code(100446, status = 446, msg = "error 446")]
    V446,
    #[code(100447, status = 447, msg = "error 447")]
    V447,
    #[code(100448, status = 448, msg = "error 448")]
    V448,
    #[code(100449, status = 449, msg = "error 449 with {0}")]
    V449(u32),
    #[code(100450, status = 450, msg = "error 450")]
    V450,
    #[code(100451, status = 451, msg = "error 451")]
    V451,
    #[code(100452, status = 452, msg = "error 452")]
    V452,
    #[code(100453, status = 453, msg = "error 453")]
    V453,
    #[code(100454, status = 454, msg = "error 454")]
    V454,
    #[code(100455, msg = "error 455")]
    V455,
    #[code(100456, status = 456, msg = "error 456")]
    V456,
    #[code(100457, status = 457, msg = "error 457")]
    V457,
    #[code(100458, status = 458, msg = "error 458")]
    V458,
    #[code(100459, status = 459, msg = "error 459 with {0}")]
    V459(u32),
    #[code(100460, status = 460, msg = "error 460")]
    V460,
    #[code(100461, status = 461, msg = "error 461")]
    V461,
    #[code(100462, status = 462, msg = "error 462")]
    V462,
    #[code(100463, status = 463, msg = "error 463")]
    V463,
    #[code(100464, status = 464, msg = "error 464")]
    V464,
    #[code(100465, msg = "error 465")]
    V465,
    #[code(100466, status = 466, msg = "error 466")]
    V466,
    #[code(100467, status = 467, msg = "error 467")]
    V467,
    #[code(100468, status = 468, msg = "error 468")]
    V468,
    #[code(100469, status = 469, msg = "error 469 with {0}")]
    V469(u32),
    #[code(100470, status = 470, msg = "error 470")]
    V470,
    #[code(100471, status = 471, msg = "error 471")]
    V471,
    #[code(100472, status = 472, msg = "error 472")]
    V472,
    #[code(100473, status = 473, msg = "error 473")]
    V473,
    #[code(100474, status = 474, msg = "error 474")]
    V474,
    #[code(100475, msg = "error 475")]
    V475,
    #[code(100476, status = 476, msg = "error 476")]
    V476,
    #[code(100477, status = 477, msg = "error 477")]
    V477,
    #[code(100478, status = 478, msg = "error 478")]
    V478,
    #[code(100479, status = 479, msg = "error 479 with {0}")]
    V479(u32),
    #[code(100480, status = 480, msg = "error 480")]
    V480,
    #[code(100481, status = 481, msg = "error 481")]
    V481,
    #[code(100482, status = 482, msg = "error 482")]
    V482,
    #[code(100483, status = 483, msg = "error 483")]
    V483,
    #[code(100484, status = 484, msg = "error 484")]
    V484,
    #[code(100485, msg = "error 485")]
    V485,
    #[code(100486, status = 486, msg = "error 486")]
    V486,
    #[code(100487, status = 487, msg = "error 487")]
    V487,
    #[code(100488, status = 488, msg = "error 488")]
    V488,
    #[code(100489, status = 489, msg = "error 489 with {0}")]
    V489(u32),
    #[code(100490, status = 490, msg = "error 490")]
    V490,
    #[code(100491, status = 491, msg = "error 491")]
    V491,
    #[code(100492, status = 492, msg = "error 492")]
    V492,
    #[code(100493, status = 493, msg = "error 493")]
    V493,
    #[code(100494, status = 494, msg = "error 494")]
    V494,
    #[code(100495, msg = "error 495")]
    V495,
    #[code(100496, status = 496, msg = "error 496")]
    V496,
    #[code(100497, status = 497, msg = "error 497")]
    V497,
    #[code(100498, status = 498, msg = "error 498")]
    V498,
    #[code(100499, status = 499, msg = "error 499 with {0}")]
    V499(u32),
    #[code(100500, status = 400, msg = "error 500")]
    V500,
    #[code(100501, status = 401, msg = "error 501")]
    V501,
    #[code(100502, status = 402, msg = "error 502")]
    V502,
    #[code(100503, status = 403, msg = "error 503")]
    V503,
    #[code(100504, status = 404, msg = "error 504")]
    V504,
    #[code(100505, msg = "error 505")]
    V505,
    #[code(100506, status = 406, msg = "error 506")]
    V506,
    #[code(100507, status = 407, msg = "error 507")]
    V507,
    #[code(100508, status = 408, msg = "error 508")]
    V508,
    #[code(100509, status = 409, msg = "error 509 with {0}")]
    V509(u32),
    #[code(100510, status = 410, msg = "error 510")]
    V510,
    #[code(100511, status = 411, msg = "error 511")]
    V511,
    #[code(100512, status = 412, msg = "error 512")]
    V512,
    #[code(100513, status = 413, msg = "error 513")]
    V513,
    #[code(100514, status = 414, msg = "error 514")]
    V514,
    #[code(100515, msg = "error 515")]
    V515,
    #[code(100516, status = 416, msg = "error 516")]
    V516,
    #[code(100517, status = 417, msg = "error 517")]
    V517,
    #[code(100518, status = 418, msg = "error 518")]
    V518,
    #[code(100519, status = 419, msg = "error 519 with {0}")]
    V519(u32),
    #[code(100520, status = 420, msg = "error 520")]
    V520,
    #[code(100521, status = 421, msg = "error 521")]
    V521,
    #[code(100522, status = 422, msg = "error 522")]
    V522,
    #[code(100523, status = 423, msg = "error 523")]
    V523,
    #[code(100524, status = 424, msg = "error 524")]
    V524,
    #[code(100525, msg = "error 525")]
    V525,
    #[code(100526, status = 426, msg = "error 526")]
    V526,
    #[code(100527, status = 427, msg = "error 527")]
    V527,
    #[code(100528, status = 428, msg = "error 528")]
    V528,
    #[code(100529, status = 429, msg = "error 529 with {0}")]
    V529(u32),
    #[code(100530, status = 430, msg = "error 530")]
    V530,
    #[code(100531, status = 431, msg = "error 531")]
    V531,
    #[code(100532, status = 432, msg = "error 532")]
    V532,
    #[code(100533, status = 433, msg = "error 533")]
    V533,
    #[code(100534, status = 434, msg = "error 534")]
    V534,
    #[code(100535, msg = "error 535")]
    V535,
    #[code(100536, status = 436, msg = "error 536")]
    V536,
    #[code(100537, status = 437, msg = "error 537")]
    V537,
    #[code(100538, status = 438, msg = "error 538")]
    V538,
    #[code(100539, status = 439, msg = "error 539 with {0}")]
    V539(u32),
    #[code(100540, status = 440, msg = "error 540")]
    V540,
    #[code(100541, status = 441, msg = "error 541")]
    V541,
    #[code(100542, status = 442, msg = "error 542")]
    V542,
    #[code(100543, status = 443, msg = "error 543")]
    V543,
    #[code(100544, status = 444, msg = "error 544")]
    V544,
    #[code(100545, msg = "error 545")]
    V545,
    #[code(100546, status = 446, msg = "error 546")]
    V546,
    #[code(100547, status = 447, msg = "error 547")]
    V547,
    #[code(100548, status = 448, msg = "error 548")]
    V548,
    #[code(100549, status = 449, msg = "error 549 with {0}")]
    V549(u32),
    #[code(100550, status = 450, msg = "error 550")]
    V550,
    #[code(100551, status = 451, msg = "error 551")]
    V551,
    #[code(100552, status = 452, msg = "error 552")]
    V552,
    #[code(100553, status = 453, msg = "error 553")]
    V553,
    #[code(100554, status = 454, msg = "error 554")]
    V554,
    #[code(100555, msg = "error 555")]
    V555,
    #[code(100556, status = 456, msg = "error 556")]
    V556,
    #[code(100557, status = 457, msg = "error 557")]
    V557,
    #[code(100558, status = 458, msg = "error 558")]
    V558,
    #[code(100559, status = 459, msg = "error 559 with {0}")]
    V559(u32),
    #[code(100560, status = 460, msg = "error 560")]
    V560,
    #[code(100561, status = 461, msg = "error 561")]
    V561,
    #[code(100562, status = 462, msg = "error 562")]
    V562,
    #[code(100563, status = 463, msg = "error 563")]
    V563,
    #[code(100564, status = 464, msg = "error 564")]
    V564,
    #[code(100565, msg = "error 565")]
    V565,
    #[code(100566, status = 466, msg = "error 566")]
    V566,
    #[code(100567, status = 467, msg = "error 567")]
    V567,
    #[code(100568, status = 468, msg = "error 568")]
    V568,
    #[code(100569, status = 469, msg = "error 569 with {0}")]
    V569(u32),
    #[code(100570, status = 470, msg = "error 570")]
    V570,
    #[code(100571, status = 471, msg = "error 571")]
    V571,
    #[code(100572, status = 472, msg = "error 572")]
    V572,
    #[code(100573, status = 473, msg = "error 573")]
    V573,
    #[code(100574, status = 474, msg = "error 574")]
    V574,
    #[code(100575, msg = "error 575")]
    V575,
    #[code(100576, status = 476, msg = "error 576")]
    V576,
    #[code(100577, status = 477, msg = "error 577")]
    V577,
    #[code(100578, status = 478, msg = "error 578")]
    V578,
    #[code(100579, status = 479, msg = "error 579 with {0}")]
    V579(u32),
    #[code(100580, status = 480, msg = "error 580")]
    V580,
    #[code(100581, status = 481, msg = "error 581")]
    V581,
    #[code(100582, status = 482, msg = "error 582")]
    V582,
    #[code(100583, status = 483, msg = "error 583")]
    V583,
    #[code(100584, status = 484, msg = "error 584")]
    V584,
    #[code(100585, msg = "error 585")]
    V585,
    #[code(100586, status = 486, msg = "error 586")]
    V586,
    #[code(100587, status = 487, msg = "error 587")]
    V587,
    #[code(100588, status = 488, msg = "error 588")]
    V588,
    #[code(100589, status = 489, msg = "error 589 with {0}")]
    V589(u32),
    #[code(100590, status = 490, msg = "error 590")]
    V590,
    #[code(100591, status = 491, msg = "error 591")]
    V591,
    #[code(100592, status = 492, msg = "error 592")]
    V592,
    #[code(100593, status = 493, msg = "error 593")]
    V593,
    #[code(100594, status = 494, msg = "error 594")]
    V594,
    #[code(100595, msg = "error 595")]
    V595,
    #[code(100596, status = 496, msg = "error 596")]
    V596,
    #[code(100597, status = 497, msg = "error 597")]
    V597,
    #[code(100598, status = 498, msg = "error 598")]
    V598,
    #[code(100599, status = 499, msg = "error 599 with {0}")]
    V599(u32),
    #[code(100600, status = 400, msg = "error 600")]
    V600,
    #[code(100601, status = 401, msg = "error 601")]
    V601,
    #[code(100602, status = 402, msg = "error 602")]
    V602,
    #[code(100603, status = 403, msg = "error 603")]
    V603,
    #[code(100604, status = 404, msg = "error 604")]
    V604,
    #[code(100605, msg = "error 605")]
    V605,
    #[code(100606, status = 406, msg = "error 606")]
    V606,
    #[code(100607, status = 407, msg = "error 607")]
    V607,
    #[code(100608, status = 408, msg = "error 608")]
    V608,
    #[code(100609, status = 409, msg = "error 609 with {0}")]
    V609(u32),
    #[code(100610, status = 410, msg = "error 610")]
    V610,
    #[code(100611, status = 411, msg = "error 611")]
    V611,
    #[code(100612, status = 412, msg = "error 612")]
    V612,
    #[code(100613, status = 413, msg = "error 613")]
    V613,
    #[code(100614, status = 414, msg = "error 614")]
    V614,
    #[code(100615, msg = "error 615")]
    V615,
    #[code(100616, status = 416, msg = "error 616")]
    V616,
    #[code(100617, status = 417, msg = "error 617")]
    V617,
    #[code(100618, status = 418, msg = "error 618")]
    V618,
    #[code(100619, status = 419, msg = "error 619 with {0}")]
    V619(u32),
    #[code(100620, status = 420, msg = "error 620")]
    V620,
    #[code(100621, status = 421, msg = "error 621")]
    V621,
    #[code(100622, status = 422, msg = "error 622")]
    V622,
    #[code(100623, status = 423, msg = "error 623")]
    V623,
    #[code(100624, status = 424, msg = "error 624")]
    V624,
    #[code(100625, msg = "error 625")]
    V625,
    #[code(100626, status = 426, msg = "error 626")]
    V626,
    #[code(100627, status = 427, msg = "error 627")]
    V627,
    #[code(100628, status = 428, msg = "error 628")]
    V628,
    #[code(100629, status = 429, msg = "error 629 with {0}")]
    V629(u32),
    #[code(100630, status = 430, msg = "error 630")]
    V630,
    #[code(100631, status = 431, msg = "error 631")]
    V631,
    #[code(100632, status = 432, msg = "error 632")]
    V632,
    #[code(100633, status = 433, msg = "error 633")]
    V633,
    #[code(100634, status = 434, msg = "error 634")]
    V634,
    #[code(100635, msg = "error 635")]
    V635,
    #[code(100636, status = 436, msg = "error 636")]
    V636,
    #[code(100637, status = 437, msg = "error 637")]
    V637,
    #[code(100638, status = 438, msg = "error 638")]
    V638,
    #[code(100639, status = 439, msg = "error 639 with {0}")]
    V639(u32),
    #[code(100640, status = 440, msg = "error 640")]
    V640,
    #[code(100641, status = 441, msg = "error 641")]
    V641,
    #[code(100642, status = 442, msg = "error 642")]
    V642,
    #[code(100643, status = 443, msg = "error 643")]
    V643,
    #[code(100644, status = 444, msg = "error 644")]
    V644,
    #[code(100645, msg = "error 645")]
    V645,
    #[code(100646, status = 446, msg = "error 646")]
    V646,
    #[code(100647, status = 447, msg = "error 647")]
    V647,
    #[code(100648, status = 448, msg = "error 648")]
    V648,
    #[code(100649, status = 449, msg = "error 649 with {0}")]
    V649(u32),
    #[code(100650, status = 450, msg = "error 650")]
    V650,
    #[code(100651, status = 451, msg = "error 651")]
    V651,
    #[code(100652, status = 452, msg = "error 652")]
    V652,
    #[code(100653, status = 453, msg = "error 653")]
    V653,
    #[code(100654, status = 454, msg = "error 654")]
    V654,
    #[code(100655, msg = "error 655")]
    V655,
    #[code(100656, status = 456, msg = "error 656")]
    V656,
    #[code(100657, status = 457, msg = "error 657")]
    V657,
    #[code(100658, status = 458, msg = "error 658")]
    V658,
    #[code(100659, status = 459, msg = "error 659 with {0}")]
    V659(u32),
    #[code(100660, status = 460, msg = "error 660")]
    V660,
    #[code(100661, status = 461, msg = "error 661")]
    V661,
    #[code(100662, status = 462, msg = "error 662")]
    V662,
    #[code(100663, status = 463, msg = "error 663")]
    V663,
    #[code(100664, status = 464, msg = "error 664")]
    V664,
    #[code(100665, msg = "error 665")]
    V665,
    #[code(100666, status = 466, msg = "error 666")]
    V666,
    #[code(100667, status = 467, msg = "error 667")]
    V667,
    #[code(100668, status = 468, msg = "error 668")]
    V668,
    #[code(100669, status = 469, msg = "error 669 with {0}")]
    V669(u32),
    #[code(100670, status = 470, msg = "error 670")]
    V670,
    #[code(100671, status = 471, msg = "error 671")]
    V671,
    #[code(100672, status = 472, msg = "error 672")]
    V672,
    #[code(100673, status = 473, msg = "error 673")]
    V673,
    #[code(100674, status = 474, msg = "error 674")]
    V674,
    #[code(100675, msg = "error 675")]
    V675,
    #[code(100676, status = 476, msg = "error 676")]
    V676,
    #[code(100677, status = 477, msg = "error 677")]
    V677,
    #[code(100678, status = 478, msg = "error 678")]
    V678,
    #[code(100679, status = 479, msg = "error 679 with {0}")]
    V679(u32),
    #[code(100680, status = 480, msg = "error 680")]
    V680,
    #[code(100681, status = 481, msg = "error 681")]
    V681,
    #[code(100682, status = 482, msg = "error 682")]
    V682,
    #[code(100683, status = 483, msg = "error 683")]
    V683,
    #[code(100684, status = 484, msg = "error 684")]
    V684,
    #[code(100685, msg = "error 685")]
    V685,
    #[code(100686, status = 486, msg = "error 686")]
    V686,
    #[code(100687, status = 487, msg = "error 687")]
    V687,
    #[code(100688, status = 488, msg = "error 688")]
    V688,
    #[code(100689, status = 489, msg = "error 689 with {0}")]
    V689(u32),
    #[code(100690, status = 490, msg = "error 690")]
    V690,
    #[code(100691, status = 491, msg = "error 691")]
    V691,
    #[code(100692, status = 492, msg = "error 692")]
    V692,
    #[code(100693, status = 493, msg = "error 693")]
    V693,
    #[code(100694, status = 494, msg = "error 694")]
    V694,
    #[code(100695, msg = "error 695")]
    V695,
    #[code(100696, status = 496, msg = "error 696")]
    V696,
    #[code(100697, status = 497, msg = "error 697")]
    V697,
    #[code(100698, status = 498, msg = "error 698")]
    V698,
    #[code(100699, status = 499, msg = "error 699 with {0}")]
    V699(u32),
    #[code(100700, status = 400, msg = "error 700")]
    V700,
    #[code(100701, status = 401, msg = "error 701")]
    V701,
    #[code(100702, status = 402, msg = "error 702")]
    V702,
    #[code(100703, status = 403, msg = "error 703")]
    V703,
    #[code(100704, status = 404, msg = "error 704")]
    V704,
    #[code(100705, msg = "error 705")]
    V705,
    #[code(100706, status = 406, msg = "error 706")]
    V706,
    #[code(100707, status = 407, msg = "error 707")]
    V707,
    #[code(100708, status = 408, msg = "error 708")]
    V708,
    #[code(100709, status = 409, msg = "error 709 with {0}")]
    V709(u32),
    #[code(100710, status = 410, msg = "error 710")]
    V710,
    #[code(100711, status = 411, msg = "error 711")]
    V711,
    #[code(100712, status = 412, msg = "error 712")]
    V712,
    #[code(100713, status = 413, msg = "error 713")]
    V713,
    #[code(100714, status = 414, msg = "error 714")]
    V714,
    #[code(100715, msg = "error 715")]
    V715,
    #[code(100716, status = 416, msg = "error 716")]
    V716,
    #[code(100717, status = 417, msg = "error 717")]
    V717,
    #[code(100718, status = 418, msg = "error 718")]
    V718,
    #[code(100719, status = 419, msg = "error 719 with {0}")]
    V719(u32),
    #[code(100720, status = 420, msg = "error 720")]
    V720,
    #[code(100721, status = 421, msg = "error 721")]
    V721,
    #[code(100722, status = 422, msg = "error 722")]
    V722,
    #[code(100723, status = 423, msg = "error 723")]
    V723,
    #[code(100724, status = 424, msg = "error 724")]
    V724,
    #[code(100725, msg = "error 725")]
    V725,
    #[code(100726, status = 426, msg = "error 726")]
    V726,
    #[code(100727, status = 427, msg = "error 727")]
    V727,
    #[code(100728, status = 428, msg = "error 728")]
    V728,
    #[code(100729, status = 429, msg = "error 729 with {0}")]
    V729(u32),
    #[code(100730, status = 430, msg = "error 730")]
    V730,
    #[code(100731, status = 431, msg = "error 731")]
    V731,
    #[code(100732, status = 432, msg = "error 732")]
    V732,
    #[code(100733, status = 433, msg = "error 733")]
    V733,
    #[code(100734, status = 434, msg = "error 734")]
    V734,
    #[code(100735, msg = "error 735")]
    V735,
    #[code(100736, status = 436, msg = "error 736")]
    V736,
    #[code(100737, status = 437, msg = "error 737")]
    V737,
    #[code(100738, status = 438, msg = "error 738")]
    V738,
    #[code(100739, status = 439, msg = "error 739 with {0}")]
    V739(u32),
    #[code(100740, status = 440, msg = "error 740")]
    V740,
    #[code(100741, status = 441, msg = "error 741")]
    V741,
    #[code(100742, status = 442, msg = "error 742")]
    V742,
    #[code(100743, status = 443, msg = "error 743")]
    V743,
    #[code(100744, status = 444, msg = "error 744")]
    V744,
    #[code(100745, msg = "error 745")]
    V745,
    #[code(100746, status = 446, msg = "error 746")]
    V746,
    #[code(100747, status = 447, msg = "error 747")]
    V747,
    #[code(100748, status = 448, msg = "error 748")]
    V748,
    #[code(100749, status = 449, msg = "error 749 with {0}")]
    V749(u32),
    #[code(100750, status = 450, msg = "error 750")]
    V750,
    #[code(100751, status = 451, msg = "error 751")]
    V751,
    #[code(100752, status = 452, msg = "error 752")]
    V752,
    #[code(100753, status = 453, msg = "error 753")]
    V753,
    #[code(100754, status = 454, msg = "error 754")]
    V754,
    #[code(100755, msg = "error 755")]
    V755,
    #[code(100756, status = 456, msg = "error 756")]
    V756,
    #[code(100757, status = 457, msg = "error 757")]
    V757,
    #[code(100758, status = 458, msg = "error 758")]
    V758,
    #[code(100759, status = 459, msg = "error 759 with {0}")]
    V759(u32),
    #[code(100760, status = 460, msg = "error 760")]
    V760,
    #[code(100761, status = 461, msg = "error 761")]
    V761,
    #[code(100762, status = 462, msg = "error 762")]
    V762,
    #[code(100763, status = 463, msg = "error 763")]
    V763,
    #[code(100764, status = 464, msg = "error 764")]
    V764,
    #[code(100765, msg = "error 765")]
    V765,
    #[code(100766, status = 466, msg = "error 766")]
    V766,
    #[code(100767, status = 467, msg = "error 767")]
    V767,
    #[code(100768, status = 468, msg = "error 768")]
    V768,
    #[code(100769, status = 469, msg = "error 769 with {0}")]
    V769(u32),
    #[code(100770, status = 470, msg = "error 770")]
    V770,
    #[code(100771, status = 471, msg = "error 771")]
    V771,
    #[code(100772, status = 472, msg = "error 772")]
    V772,
    #[code(100773, status = 473, msg = "error 773")]
    V773,
    #[code(100774, status = 474, msg = "error 774")]
    V774,
    #[code(100775, msg = "error 775")]
    V775,
    #[code(100776, status = 476, msg = "error 776")]
    V776,
    #[code(100777, status = 477, msg = "error 777")]
    V777,
    #[code(100778, status = 478, msg = "error 778")]
    V778,
    #[code(100779, status = 479, msg = "error 779 with {0}")]
    V779(u32),
    #[code(100780, status = 480, msg = "error 780")]
    V780,
    #[code(100781, status = 481, msg = "error 781")]
    V781,
    #[code(100782, status = 482, msg = "error 782")]
    V782,
    #[code(100783, status = 483, msg = "error 783")]
    V783,
    #[code(100784, status = 484, msg = "error 784")]
    V784,
    #[code(100785, msg = "error 785")]
    V785,
    #[code(100786, status = 486, msg = "error 786")]
    V786,
    #[code(100787, status = 487, msg = "error 787")]
    V787,
    #[code(100788, status = 488, msg = "error 788")]
    V788,
    #[code(100789, status = 489, msg = "error 789 with {0}")]
    V789(u32),
    #[code(100790, status = 490, msg = "error 790")]
    V790,
    #[code(100791, status = 491, msg = "error 791")]
    V791,
    #[code(100792, status = 492, msg = "error 792")]
    V792,
    #[code(100793, status = 493, msg = "error 793")]
    V793,
    #[code(100794, status = 494, msg = "error 794")]
    V794,
    #[code(100795, msg = "error 795")]
    V795,
    #[code(100796, status = 496, msg = "error 796")]
    V796,
    #[code(100797, status = 497, msg = "error 797")]
    V797,
    #[code(100798, status = 498, msg = "error 798")]
    V798,
    #[code(100799, status = 499, msg = "error 799 with {0}")]
    V799(u32),
    #[code(100800, status = 400, msg = "error 800")]
    V800,
    #[code(100801, status = 401, msg = "error 801")]
    V801,
    #[code(100802, status = 402, msg = "error 802")]
    V802,
    #[code(100803, status = 403, msg = "error 803")]
    V803,
    #[code(100804, status = 404, msg = "error 804")]
    V804,
    #[code(100805, msg = "error 805")]
    V805,
    #[code(100806, status = 406, msg = "error 806")]
    V806,
    #[code(100807, status = 407, msg = "error 807")]
    V807,
    #[code(100808, status = 408, msg = "error 808")]
    V808,
    #[code(100809, status = 409, msg = "error 809 with {0}")]
    V809(u32),
    #[code(100810, status = 410, msg = "error 810")]
    V810,
    #[code(100811, status = 411, msg = "error 811")]
    V811,
    #[code(100812, status = 412, msg = "error 812")]
    V812,
    #[code(100813, status = 413, msg = "error 813")]
    V813,
    #[code(100814, status = 414, msg = "error 814")]
    V814,
    #[code(100815, msg = "error 815")]
    V815,
    #[code(100816, status = 416, msg = "error 816")]
    V816,
    #[code(100817, status = 417, msg = "error 817")]
    V817,
    #[code(100818, status = 418, msg = "error 818")]
    V818,
    #[code(100819, status = 419, msg = "error 819 with {0}")]
    V819(u32),
    #[code(100820, status = 420, msg = "error 820")]
    V820,
    #[code(100821, status = 421, msg = "error 821")]
    V821,
    #[code(100822, status = 422, msg = "error 822")]
    V822,
    #[code(100823, status = 423, msg = "error 823")]
    V823,
    #[code(100824, status = 424, msg = "error 824")]
    V824,
    #[code(100825, msg = "error 825")]
    V825,
    #[code(100826, status = 426, msg = "error 826")]
    V826,
    #[code(100827, status = 427, msg = "error 827")]
    V827,
    #[code(100828, status = 428, msg = "error 828")]
    V828,
    #[code(100829, status = 429, msg = "error 829 with {0}")]
    V829(u32),
    #[code(100830, status = 430, msg = "error 830")]
    V830,
    #[code(100831, status = 431, msg = "error 831")]
    V831,
    #[code(100832, status = 432, msg = "error 832")]
    V832,
    #[code(100833, status = 433, msg = "error 833")]
    V833,
    #[code(100834, status = 434, msg = "error 834")]
    V834,
    #[code(100835, msg = "error 835")]
    V835,
    #[code(100836, status = 436, msg = "error 836")]
    V836,
    #[code(100837, status = 437, msg = "error 837")]
    V837,
    #[code(100838, status = 438, msg = "error 838")]
    V838,
    #[code(100839, status = 439, msg = "error 839 with {0}")]
    V839(u32),
    #[code(100840, status = 440, msg = "error 840")]
    V840,
    #[code(100841, status = 441, msg = "error 841")]
    V841,
    #[code(100842, status = 442, msg = "error 842")]
    V842,
    #[code(100843, status = 443, msg = "error 843")]
    V843,
    #[code(100844, status = 444, msg = "error 844")]
    V844,
    #[code(100845, msg = "error 845")]
    V845,
    #[code(100846, status = 446, msg = "error 846")]
    V846,
    #[code(100847, status = 447, msg = "error 847")]
    V847,
    #[code(100848, status = 448, msg = "error 848")]
    V848,
    #[code(100849, status = 449, msg = "error 849 with {0}")]
    V849(u32),
    #[code(100850, status = 450, msg = "error 850")]
    V850,
    #[code(100851, status = 451, msg = "error 851")]
    V851,
    #[code(100852, status = 452, msg = "error 852")]
    V852,
    #[code(100853, status = 453, msg = "error 853")]
    V853,
    #[code(100854, status = 454, msg = "error 854")]
    V854,
    #[code(100855, msg = "error 855")]
    V855,
    #[code(100856, status = 456, msg = "error 856")]
    V856,
    #[code(100857, status = 457, msg = "error 857")]
    V857,
    #[code(100858, status = 458, msg = "error 858")]
    V858,
    #[code(100859, status = 459, msg = "error 859 with {0}")]
    V859(u32),
    #[code(100860, status = 460, msg = "error 860")]
    V860,
    #[code(100861, status = 461, msg = "error 861")]
    V861,
    #[code(100862, status = 462, msg = "error 862")]
    V862,
    #[code(100863, status = 463, msg = "error 863")]
    V863,
    #[code(100864, status = 464, msg = "error 864")]
    V864,
    #[code(100865, msg = "error 865")]
    V865,
    #[code(100866, status = 466, msg = "error 866")]
    V866,
    #[code(100867, status = 467, msg = "error 867")]
    V867,
    #[code(100868, status = 468, msg = "error 868")]
    V868,
    #[code(100869, status = 469, msg = "error 869 with {0}")]
    V869(u32),
    #[code(100870, status = 470, msg = "error 870")]
    V870,
    #[code(100871, status = 471, msg = "error 871")]
    V871,
    #[code(100872, status = 472, msg = "error 872")]
    V872,
    #[code(100873, status = 473, msg = "error 873")]
    V873,
    #[code(100874, status = 474, msg = "error 874")]
    V874,
    #[code(100875, msg = "error 875")]
    V875,
    #[code(100876, status = 476, msg = "error 876")]
    V876,
    #[code(100877, status = 477, msg = "error 877")]
    V877,
    #[code(100878, status = 478, msg = "error 878")]
    V878,
    #[code(100879, status = 479, msg = "error 879 with {0}")]
    V879(u32),
    #[code(100880, status = 480, msg = "error 880")]
    V880,
    #[code(100881, status = 481, msg = "error 881")]
    V881,
    #[code(100882, status = 482, msg = "error 882")]
    V882,
    #[code(100883, status = 483, msg = "error 883")]
    V883,
    #[code(100884, status = 484, msg = "error 884")]
    V884,
    #[code(100885, msg = "error 885")]
    V885,
    #[code(100886, status = 486, msg = "error 886")]
    V886,
    #[code(100887, status = 487, msg = "error 887")]
    V887,
    #[code(100888, status = 488, msg = "error 888")]
    V888,
    #[code(100889, status = 489, msg = "error 889 with {0}")]
    V889(u32),
    #[code(100890, status = 490, msg = "error 890")]
    V890,
    #[code(100891, status = 491, msg = "error 891")]
    V891,
    #[code(100892, status = 492, msg = "error 892")]
    V892,
    #[code(100893, status = 493, msg = "error 893")]
    V893,
    #[code(100894, status = 494, msg = "error 894")]
    V894,
    #[code(100895, msg = "error 895")]
    V895,
    #[code(100896, status = 496, msg = "error 896")]
    V896,
    #[code(100897, status = 497, msg = "error 897")]
    V897,
    #[code(100898, status = 498, msg = "error 898")]
    V898,
    #[code(100899, status = 499, msg = "error 899 with {0}")]
    V899(u32),
    #[code(100900, status = 400, msg = "error 900")]
    V900,
    #[code(100901, status = 401, msg = "error 901")]
    V901,
    #[code(100902, status = 402, msg = "error 902")]
    V902,
    #[code(100903, status = 403, msg = "error 903")]
    V903,
    #[code(100904, status = 404, msg = "error 904")]
    V904,
    #[code(100905, msg = "error 905")]
    V905,
    #[code(100906, status = 406, msg = "error 906")]
    V906,
    #[code(100907, status = 407, msg = "error 907")]
    V907,
    #[code(100908, status = 408, msg = "error 908")]
    V908,
    #[code(100909, status = 409, msg = "error 909 with {0}")]
    V909(u32),
    #[code(100910, status = 410, msg = "error 910")]
    V910,
    #[code(100911, status = 411, msg = "error 911")]
    V911,
    #[code(100912, status = 412, msg = "error 912")]
    V912,
    #[code(100913, status = 413, msg = "error 913")]
    V913,
    #[code(100914, status = 414, msg = "error 914")]
    V914,
    #[code(100915, msg = "error 915")]
    V915,
    #[code(100916, status = 416, msg = "error 916")]
    V916,
    #[code(100917, status = 417, msg = "error 917")]
    V917,
    #[code(100918, status = 418, msg = "error 918")]
    V918,
    #[code(100919, status = 419, msg = "error 919 with {0}")]
    V919(u32),
    #[code(100920, status = 420, msg = "error 920")]
    V920,
    #[code(100921, status = 421, msg = "error 921")]
    V921,
    #[code(100922, status = 422, msg = "error 922")]
    V922,
    #[code(100923, status = 423, msg = "error 923")]
    V923,
    #[code(100924, status = 424, msg = "error 924")]
    V924,
    #[code(100925, msg = "error 925")]
    V925,
    #[code(100926, status = 426, msg = "error 926")]
    V926,
    #[code(100927, status = 427, msg = "error 927")]
    V927,
    #[code(100928, status = 428, msg = "error 928")]
    V928,
    #[code(100929, status = 429, msg = "error 929 with {0}")]
    V929(u32),
    #[code(100930, status = 430, msg = "error 930")]
    V930,
    #[code(100931, status = 431, msg = "error 931")]
    V931,
    #[code(100932, status = 432, msg = "error 932")]
    V932,
    #[code(100933, status = 433, msg = "error 933")]
    V933,
    #[code(100934, status = 434, msg = "error 934")]
    V934,
    #[code(100935, msg = "error 935")]
    V935,
    #[code(100936, status = 436, msg = "error 936")]
    V936,
    #[code(100937, status = 437, msg = "error 937")]
    V937,
    #[code(100938, status = 438, msg = "error 938")]
    V938,
    #[code(100939, status = 439, msg = "error 939 with {0}")]
    V939(u32),
    #[code(100940, status = 440, msg = "error 940")]
    V940,
    #[code(100941, status = 441, msg = "error 941")]
    V941,
    #[code(100942, status = 442, msg = "error 942")]
    V942,
    #[code(100943, status = 443, msg = "error 943")]
    V943,
    #[code(100944, status = 444, msg = "error 944")]
    V944,
    #[code(100945, msg = "error 945")]
    V945,
    #[code(100946, status = 446, msg = "error 946")]
    V946,
    #[code(100947, status = 447, msg = "error 947")]
    V947,
    #[code(100948, status = 448, msg = "error 948")]
    V948,
    #[code(100949, status = 449, msg = "error 949 with {0}")]
    V949(u32),
    #[code(100950, status = 450, msg = "error 950")]
    V950,
    #[code(100951, status = 451, msg = "error 951")]
    V951,
    #[code(100952, status = 452, msg = "error 952")]
    V952,
    #[code(100953, status = 453, msg = "error 953")]
    V953,
    #[code(100954, status = 454, msg = "error 954")]
    V954,
    #[code(100955, msg = "error 955")]
    V955,
    #[code(100956, status = 456, msg = "error 956")]
    V956,
    #[code(100957, status = 457, msg = "error 957")]
    V957,
    #[code(100958, status = 458, msg = "error 958")]
    V958,
    #[code(100959, status = 459, msg = "error 959 with {0}")]
    V959(u32),
    #[code(100960, status = 460, msg = "error 960")]
    V960,
    #[code(100961, status = 461, msg = "error 961")]
    V961,
    #[code(100962, status = 462, msg = "error 962")]
    V962,
    #[code(100963, status = 463, msg = "error 963")]
    V963,
    #[code(100964, status = 464, msg = "error 964")]
    V964,
    #[code(100965, msg = "error 965")]
    V965,
    #[code(100966, status = 466, msg = "error 966")]
    V966,
    #[code(100967, status = 467, msg = "error 967")]
    V967,
    #[code(100968, status = 468, msg = "error 968")]
    V968,
    #[code(100969, status = 469, msg = "error 969 with {0}")]
    V969(u32),
    #[code(100970, status = 470, msg = "error 970")]
    V970,
    #[code(100971, status = 471, msg = "error 971")]
    V971,
    #[code(100972, status = 472, msg = "error 972")]
    V972,
    #[code(100973, status = 473, msg = "error 973")]
    V973,
    #[code(100974, status = 474, msg = "error 974")]
    V974,
    #[code(100975, msg = "error 975")]
    V975,
    #[code(100976, status = 476, msg = "error 976")]
    V976,
    #[code(100977, status = 477, msg = "error 977")]
    V977,
    #[code(100978, status = 478, msg = "error 978")]
    V978,
    #[code(100979, status = 479, msg = "error 979 with {0}")]
    V979(u32),
    #[code(100980, status = 480, msg = "error 980")]
    V980,
    #[code(100981, status = 481, msg = "error 981")]
    V981,
    #[code(100982, status = 482, msg = "error 982")]
    V982,
    #[code(100983, status = 483, msg = "error 983")]
    V983,
    #[code(100984, status = 484, msg = "error 984")]
    V984,
    #[code(100985, msg = "error 985")]
    V985,
    #[code(100986, status = 486, msg = "error 986")]
    V986,
    #[code(100987, status = 487, msg = "error 987")]
    V987,
    #[code(100988, status = 488, msg = "error 988")]
    V988,
    #[code(100989, status = 489, msg = "error 989 with {0}")]
    V989(u32),
    #[code(100990, status = 490, msg = "error 990")]
    V990,
    #[code(100991, status = 491, msg = "error 991")]
    V991,
    #[code(100992, status = 492, msg = "error 992")]
    V992,
    #[code(100993, status = 493, msg = "error 993")]
    V993,
    #[code(100994, status = 494, msg = "error 994")]
    V994,
    #[code(100995, msg = "error 995")]
    V995,
    #[code(100996, status = 496, msg = "error 996")]
    V996,
    #[code(100997, status = 497, msg = "error 997")]
    V997,
    #[code(100998, status = 498, msg = "error 998")]
    V998,
    #[code(100999, status = 499, msg = "error 999 with {0}")]
    V999(u32),
}

#[test]
fn catalogue_has_every_variant_in_order() {
    let entries = Large::catalogue().entries();
    assert_eq!(entries.len(), 1000);
    for (i, entry) in entries.iter().enumerate() {
        assert_eq!(entry.index(), i);
        assert_eq!(entry.code(), 100_000 + i64::try_from(i).unwrap());
        assert_eq!(entry.variant(), format!("V{i}"));
        let status = if i % 10 == 5 {
            400
        } else {
            400 + u16::try_from(i % 100).unwrap()
        };
        assert_eq!(entry.status(), Some(status));
    }
}

#[test]
fn first_middle_and_last_variants() {
    assert_eq!(Large::V0.to_string(), "error 0");
    assert_eq!(Large::V0.code(), 100_000);
    assert_eq!(Large::V0.status(), 400);
    assert_eq!(Large::V505.status(), 400);
    assert_eq!(Large::V505.to_string(), "error 505");
    assert_eq!(Large::V999(7).to_string(), "error 999 with 7");
    assert_eq!(Large::V999(7).code(), 100_999);
    assert_eq!(Large::V999(7).status(), 499);
    assert_eq!(Large::V999(7).info().variant(), "V999");
}

#[test]
fn from_code_over_the_whole_range() {
    for i in 0..1000_i64 {
        let found = Large::from_code(100_000 + i);
        if i % 10 == 9 {
            assert_eq!(found, None, "V{i} has a field");
        } else {
            let e = found.unwrap();
            assert_eq!(e.code(), 100_000 + i);
        }
    }
    assert_eq!(Large::from_code(99_999), None);
    assert_eq!(Large::from_code(101_000), None);
}

#[test]
fn bodies() {
    let mut body = Vec::new();
    Large::V998.write_body(&mut body).unwrap();
    assert_eq!(body, br#"{"code":100998,"message":"error 998"}"#);
}

/// Every index reaches its own variant: the derive splits decoding's and
/// `from_code`'s `match`es into chunks on large enums, and `Display` takes
/// a static message from the catalogue.
#[test]
fn decode_and_display_over_the_whole_range() {
    for i in 0..1000_i64 {
        let code = 100_000 + i;
        let message = if i % 10 == 9 {
            format!("error {i} with 7")
        } else {
            format!("error {i}")
        };
        let body = format!(r#"{{"code":{code},"message":"{message}"}}"#);
        let status = Large::catalogue().entries()[usize::try_from(i).unwrap()].http_status();
        let decoded = Large::decode(body.as_bytes(), Some(status)).unwrap();
        let e = decoded.known().unwrap_or_else(|| panic!("{body} decodes"));
        assert_eq!(e.code(), code);
        assert_eq!(e.to_string(), message);
    }
}
