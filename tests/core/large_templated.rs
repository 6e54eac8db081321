//! An enum with more formatting variants than the derive puts in one
//! function: its `Display` arms and its decoding arms go into several chunks
//! (`CHUNK` in errcode-macros/src/expand/mod.rs), and every variant must still
//! reach its own arm. Generated once by a throwaway script.

#![deny(warnings)]
#![deny(clippy::pedantic)]

use errcodes::ApiError;

/// Six hundred templated errors.
#[derive(Debug, PartialEq, ApiError)]
pub enum Templated {
    #[code(300000, status = 404, msg = "item {0} failed check 0")]
    V0(u32),
    #[code(300001, status = 404, msg = "item {0} failed check 1")]
    V1(u32),
    #[code(300002, status = 404, msg = "item {0} failed check 2")]
    V2(u32),
    #[code(300003, status = 404, msg = "item {0} failed check 3")]
    V3(u32),
    #[code(300004, status = 404, msg = "item {0} failed check 4")]
    V4(u32),
    #[code(300005, status = 404, msg = "item {0} failed check 5")]
    V5(u32),
    #[code(300006, status = 404, msg = "item {0} failed check 6")]
    V6(u32),
    #[code(300007, status = 404, msg = "item {0} failed check 7")]
    V7(u32),
    #[code(300008, status = 404, msg = "item {0} failed check 8")]
    V8(u32),
    #[code(300009, status = 404, msg = "item {0} failed check 9")]
    V9(u32),
    #[code(300010, status = 404, msg = "item {0} failed check 10")]
    V10(u32),
    #[code(300011, status = 404, msg = "item {0} failed check 11")]
    V11(u32),
    #[code(300012, status = 404, msg = "item {0} failed check 12")]
    V12(u32),
    #[code(300013, status = 404, msg = "item {0} failed check 13")]
    V13(u32),
    #[code(300014, status = 404, msg = "item {0} failed check 14")]
    V14(u32),
    #[code(300015, status = 404, msg = "item {0} failed check 15")]
    V15(u32),
    #[code(300016, status = 404, msg = "item {0} failed check 16")]
    V16(u32),
    #[code(300017, status = 404, msg = "item {0} failed check 17")]
    V17(u32),
    #[code(300018, status = 404, msg = "item {0} failed check 18")]
    V18(u32),
    #[code(300019, status = 404, msg = "item {0} failed check 19")]
    V19(u32),
    #[code(300020, status = 404, msg = "item {0} failed check 20")]
    V20(u32),
    #[code(300021, status = 404, msg = "item {0} failed check 21")]
    V21(u32),
    #[code(300022, status = 404, msg = "item {0} failed check 22")]
    V22(u32),
    #[code(300023, status = 404, msg = "item {0} failed check 23")]
    V23(u32),
    #[code(300024, status = 404, msg = "item {0} failed check 24")]
    V24(u32),
    #[code(300025, status = 404, msg = "item {0} failed check 25")]
    V25(u32),
    #[code(300026, status = 404, msg = "item {0} failed check 26")]
    V26(u32),
    #[code(300027, status = 404, msg = "item {0} failed check 27")]
    V27(u32),
    #[code(300028, status = 404, msg = "item {0} failed check 28")]
    V28(u32),
    #[code(300029, status = 404, msg = "item {0} failed check 29")]
    V29(u32),
    #[code(300030, status = 404, msg = "item {0} failed check 30")]
    V30(u32),
    #[code(300031, status = 404, msg = "item {0} failed check 31")]
    V31(u32),
    #[code(300032, status = 404, msg = "item {0} failed check 32")]
    V32(u32),
    #[code(300033, status = 404, msg = "item {0} failed check 33")]
    V33(u32),
    #[code(300034, status = 404, msg = "item {0} failed check 34")]
    V34(u32),
    #[code(300035, status = 404, msg = "item {0} failed check 35")]
    V35(u32),
    #[code(300036, status = 404, msg = "item {0} failed check 36")]
    V36(u32),
    #[code(300037, status = 404, msg = "item {0} failed check 37")]
    V37(u32),
    #[code(300038, status = 404, msg = "item {0} failed check 38")]
    V38(u32),
    #[code(300039, status = 404, msg = "item {0} failed check 39")]
    V39(u32),
    #[code(300040, status = 404, msg = "item {0} failed check 40")]
    V40(u32),
    #[code(300041, status = 404, msg = "item {0} failed check 41")]
    V41(u32),
    #[code(300042, status = 404, msg = "item {0} failed check 42")]
    V42(u32),
    #[code(300043, status = 404, msg = "item {0} failed check 43")]
    V43(u32),
    #[code(300044, status = 404, msg = "item {0} failed check 44")]
    V44(u32),
    #[code(300045, status = 404, msg = "item {0} failed check 45")]
    V45(u32),
    #[code(300046, status = 404, msg = "item {0} failed check 46")]
    V46(u32),
    #[code(300047, status = 404, msg = "item {0} failed check 47")]
    V47(u32),
    #[code(300048, status = 404, msg = "item {0} failed check 48")]
    V48(u32),
    #[code(300049, status = 404, msg = "item {0} failed check 49")]
    V49(u32),
    #[code(300050, status = 404, msg = "item {0} failed check 50")]
    V50(u32),
    #[code(300051, status = 404, msg = "item {0} failed check 51")]
    V51(u32),
    #[code(300052, status = 404, msg = "item {0} failed check 52")]
    V52(u32),
    #[code(300053, status = 404, msg = "item {0} failed check 53")]
    V53(u32),
    #[code(300054, status = 404, msg = "item {0} failed check 54")]
    V54(u32),
    #[code(300055, status = 404, msg = "item {0} failed check 55")]
    V55(u32),
    #[code(300056, status = 404, msg = "item {0} failed check 56")]
    V56(u32),
    #[code(300057, status = 404, msg = "item {0} failed check 57")]
    V57(u32),
    #[code(300058, status = 404, msg = "item {0} failed check 58")]
    V58(u32),
    #[code(300059, status = 404, msg = "item {0} failed check 59")]
    V59(u32),
    #[code(300060, status = 404, msg = "item {0} failed check 60")]
    V60(u32),
    #[code(300061, status = 404, msg = "item {0} failed check 61")]
    V61(u32),
    #[code(300062, status = 404, msg = "item {0} failed check 62")]
    V62(u32),
    #[code(300063, status = 404, msg = "item {0} failed check 63")]
    V63(u32),
    #[code(300064, status = 404, msg = "item {0} failed check 64")]
    V64(u32),
    #[code(300065, status = 404, msg = "item {0} failed check 65")]
    V65(u32),
    #[code(300066, status = 404, msg = "item {0} failed check 66")]
    V66(u32),
    #[code(300067, status = 404, msg = "item {0} failed check 67")]
    V67(u32),
    #[code(300068, status = 404, msg = "item {0} failed check 68")]
    V68(u32),
    #[code(300069, status = 404, msg = "item {0} failed check 69")]
    V69(u32),
    #[code(300070, status = 404, msg = "item {0} failed check 70")]
    V70(u32),
    #[code(300071, status = 404, msg = "item {0} failed check 71")]
    V71(u32),
    #[code(300072, status = 404, msg = "item {0} failed check 72")]
    V72(u32),
    #[code(300073, status = 404, msg = "item {0} failed check 73")]
    V73(u32),
    #[code(300074, status = 404, msg = "item {0} failed check 74")]
    V74(u32),
    #[code(300075, status = 404, msg = "item {0} failed check 75")]
    V75(u32),
    #[code(300076, status = 404, msg = "item {0} failed check 76")]
    V76(u32),
    #[code(300077, status = 404, msg = "item {0} failed check 77")]
    V77(u32),
    #[code(300078, status = 404, msg = "item {0} failed check 78")]
    V78(u32),
    #[code(300079, status = 404, msg = "item {0} failed check 79")]
    V79(u32),
    #[code(300080, status = 404, msg = "item {0} failed check 80")]
    V80(u32),
    #[code(300081, status = 404, msg = "item {0} failed check 81")]
    V81(u32),
    #[code(300082, status = 404, msg = "item {0} failed check 82")]
    V82(u32),
    #[code(300083, status = 404, msg = "item {0} failed check 83")]
    V83(u32),
    #[code(300084, status = 404, msg = "item {0} failed check 84")]
    V84(u32),
    #[code(300085, status = 404, msg = "item {0} failed check 85")]
    V85(u32),
    #[code(300086, status = 404, msg = "item {0} failed check 86")]
    V86(u32),
    #[code(300087, status = 404, msg = "item {0} failed check 87")]
    V87(u32),
    #[code(300088, status = 404, msg = "item {0} failed check 88")]
    V88(u32),
    #[code(300089, status = 404, msg = "item {0} failed check 89")]
    V89(u32),
    #[code(300090, status = 404, msg = "item {0} failed check 90")]
    V90(u32),
    #[code(300091, status = 404, msg = "item {0} failed check 91")]
    V91(u32),
    #[code(300092, status = 404, msg = "item {0} failed check 92")]
    V92(u32),
    #[code(300093, status = 404, msg = "item {0} failed check 93")]
    V93(u32),
    #[code(300094, status = 404, msg = "item {0} failed check 94")]
    V94(u32),
    #[code(300095, status = 404, msg = "item {0} failed check 95")]
    V95(u32),
    #[code(300096, status = 404, msg = "item {0} failed check 96")]
    V96(u32),
    #[code(300097, status = 404, msg = "item {0} failed check 97")]
    V97(u32),
    #[code(300098, status = 404, msg = "item {0} failed check 98")]
    V98(u32),
    #[code(300099, status = 404, msg = "item {0} failed check 99")]
    V99(u32),
    #[code(300100, status = 404, msg = "item {0} failed check 100")]
    V100(u32),
    #[code(300101, status = 404, msg = "item {0} failed check 101")]
    V101(u32),
    #[code(300102, status = 404, msg = "item {0} failed check 102")]
    V102(u32),
    #[code(300103, status = 404, msg = "item {0} failed check 103")]
    V103(u32),
    #[code(300104, status = 404, msg = "item {0} failed check 104")]
    V104(u32),
    #[code(300105, status = 404, msg = "item {0} failed check 105")]
    V105(u32),
    #[code(300106, status = 404, msg = "item {0} failed check 106")]
    V106(u32),
    #[code(300107, status = 404, msg = "item {0} failed check 107")]
    V107(u32),
    #[code(300108, status = 404, msg = "item {0} failed check 108")]
    V108(u32),
    #[code(300109, status = 404, msg = "item {0} failed check 109")]
    V109(u32),
    #[code(300110, status = 404, msg = "item {0} failed check 110")]
    V110(u32),
    #[code(300111, status = 404, msg = "item {0} failed check 111")]
    V111(u32),
    #[code(300112, status = 404, msg = "item {0} failed check 112")]
    V112(u32),
    #[code(300113, status = 404, msg = "item {0} failed check 113")]
    V113(u32),
    #[code(300114, status = 404, msg = "item {0} failed check 114")]
    V114(u32),
    #[code(300115, status = 404, msg = "item {0} failed check 115")]
    V115(u32),
    #[code(300116, status = 404, msg = "item {0} failed check 116")]
    V116(u32),
    #[code(300117, status = 404, msg = "item {0} failed check 117")]
    V117(u32),
    #[code(300118, status = 404, msg = "item {0} failed check 118")]
    V118(u32),
    #[code(300119, status = 404, msg = "item {0} failed check 119")]
    V119(u32),
    #[code(300120, status = 404, msg = "item {0} failed check 120")]
    V120(u32),
    #[code(300121, status = 404, msg = "item {0} failed check 121")]
    V121(u32),
    #[code(300122, status = 404, msg = "item {0} failed check 122")]
    V122(u32),
    #[code(300123, status = 404, msg = "item {0} failed check 123")]
    V123(u32),
    #[code(300124, status = 404, msg = "item {0} failed check 124")]
    V124(u32),
    #[code(300125, status = 404, msg = "item {0} failed check 125")]
    V125(u32),
    #[code(300126, status = 404, msg = "item {0} failed check 126")]
    V126(u32),
    #[code(300127, status = 404, msg = "item {0} failed check 127")]
    V127(u32),
    #[code(300128, status = 404, msg = "item {0} failed check 128")]
    V128(u32),
    #[code(300129, status = 404, msg = "item {0} failed check 129")]
    V129(u32),
    #[code(300130, status = 404, msg = "item {0} failed check 130")]
    V130(u32),
    #[code(300131, status = 404, msg = "item {0} failed check 131")]
    V131(u32),
    #[code(300132, status = 404, msg = "item {0} failed check 132")]
    V132(u32),
    #[code(300133, status = 404, msg = "item {0} failed check 133")]
    V133(u32),
    #[code(300134, status = 404, msg = "item {0} failed check 134")]
    V134(u32),
    #[code(300135, status = 404, msg = "item {0} failed check 135")]
    V135(u32),
    #[code(300136, status = 404, msg = "item {0} failed check 136")]
    V136(u32),
    #[code(300137, status = 404, msg = "item {0} failed check 137")]
    V137(u32),
    #[code(300138, status = 404, msg = "item {0} failed check 138")]
    V138(u32),
    #[code(300139, status = 404, msg = "item {0} failed check 139")]
    V139(u32),
    #[code(300140, status = 404, msg = "item {0} failed check 140")]
    V140(u32),
    #[code(300141, status = 404, msg = "item {0} failed check 141")]
    V141(u32),
    #[code(300142, status = 404, msg = "item {0} failed check 142")]
    V142(u32),
    #[code(300143, status = 404, msg = "item {0} failed check 143")]
    V143(u32),
    #[code(300144, status = 404, msg = "item {0} failed check 144")]
    V144(u32),
    #[code(300145, status = 404, msg = "item {0} failed check 145")]
    V145(u32),
    #[code(300146, status = 404, msg = "item {0} failed check 146")]
    V146(u32),
    #[code(300147, status = 404, msg = "item {0} failed check 147")]
    V147(u32),
    #[code(300148, status = 404, msg = "item {0} failed check 148")]
    V148(u32),
    #[code(300149, status = 404, msg = "item {0} failed check 149")]
    V149(u32),
    #[code(300150, status = 404, msg = "item {0} failed check 150")]
    V150(u32),
    #[code(300151, status = 404, msg = "item {0} failed check 151")]
    V151(u32),
    #[code(300152, status = 404, msg = "item {0} failed check 152")]
    V152(u32),
    #[code(300153, status = 404, msg = "item {0} failed check 153")]
    V153(u32),
    #[code(300154, status = 404, msg = "item {0} failed check 154")]
    V154(u32),
    #[code(300155, status = 404, msg = "item {0} failed check 155")]
    V155(u32),
    #[code(300156, status = 404, msg = "item {0} failed check 156")]
    V156(u32),
    #[code(300157, status = 404, msg = "item {0} failed check 157")]
    V157(u32),
    #[code(300158, status = 404, msg = "item {0} failed check 158")]
    V158(u32),
    #[code(300159, status = 404, msg = "item {0} failed check 159")]
    V159(u32),
    #[code(300160, status = 404, msg = "item {0} failed check 160")]
    V160(u32),
    #[code(300161, status = 404, msg = "item {0} failed check 161")]
    V161(u32),
    #[code(300162, status = 404, msg = "item {0} failed check 162")]
    V162(u32),
    #[code(300163, status = 404, msg = "item {0} failed check 163")]
    V163(u32),
    #[code(300164, status = 404, msg = "item {0} failed check 164")]
    V164(u32),
    #[code(300165, status = 404, msg = "item {0} failed check 165")]
    V165(u32),
    #[code(300166, status = 404, msg = "item {0} failed check 166")]
    V166(u32),
    #[code(300167, status = 404, msg = "item {0} failed check 167")]
    V167(u32),
    #[code(300168, status = 404, msg = "item {0} failed check 168")]
    V168(u32),
    #[code(300169, status = 404, msg = "item {0} failed check 169")]
    V169(u32),
    #[code(300170, status = 404, msg = "item {0} failed check 170")]
    V170(u32),
    #[code(300171, status = 404, msg = "item {0} failed check 171")]
    V171(u32),
    #[code(300172, status = 404, msg = "item {0} failed check 172")]
    V172(u32),
    #[code(300173, status = 404, msg = "item {0} failed check 173")]
    V173(u32),
    #[code(300174, status = 404, msg = "item {0} failed check 174")]
    V174(u32),
    #[code(300175, status = 404, msg = "item {0} failed check 175")]
    V175(u32),
    #[code(300176, status = 404, msg = "item {0} failed check 176")]
    V176(u32),
    #[code(300177, status = 404, msg = "item {0} failed check 177")]
    V177(u32),
    #[code(300178, status = 404, msg = "item {0} failed check 178")]
    V178(u32),
    #[code(300179, status = 404, msg = "item {0} failed check 179")]
    V179(u32),
    #[code(300180, status = 404, msg = "item {0} failed check 180")]
    V180(u32),
    #[code(300181, status = 404, msg = "item {0} failed check 181")]
    V181(u32),
    #[code(300182, status = 404, msg = "item {0} failed check 182")]
    V182(u32),
    #[code(300183, status = 404, msg = "item {0} failed check 183")]
    V183(u32),
    #[code(300184, status = 404, msg = "item {0} failed check 184")]
    V184(u32),
    #[code(300185, status = 404, msg = "item {0} failed check 185")]
    V185(u32),
    #[code(300186, status = 404, msg = "item {0} failed check 186")]
    V186(u32),
    #[code(300187, status = 404, msg = "item {0} failed check 187")]
    V187(u32),
    #[code(300188, status = 404, msg = "item {0} failed check 188")]
    V188(u32),
    #[code(300189, status = 404, msg = "item {0} failed check 189")]
    V189(u32),
    #[code(300190, status = 404, msg = "item {0} failed check 190")]
    V190(u32),
    #[code(300191, status = 404, msg = "item {0} failed check 191")]
    V191(u32),
    #[code(300192, status = 404, msg = "item {0} failed check 192")]
    V192(u32),
    #[code(300193, status = 404, msg = "item {0} failed check 193")]
    V193(u32),
    #[code(300194, status = 404, msg = "item {0} failed check 194")]
    V194(u32),
    #[code(300195, status = 404, msg = "item {0} failed check 195")]
    V195(u32),
    #[code(300196, status = 404, msg = "item {0} failed check 196")]
    V196(u32),
    #[code(300197, status = 404, msg = "item {0} failed check 197")]
    V197(u32),
    #[code(300198, status = 404, msg = "item {0} failed check 198")]
    V198(u32),
    #[code(300199, status = 404, msg = "item {0} failed check 199")]
    V199(u32),
    #[code(300200, status = 404, msg = "item {0} failed check 200")]
    V200(u32),
    #[code(300201, status = 404, msg = "item {0} failed check 201")]
    V201(u32),
    #[code(300202, status = 404, msg = "item {0} failed check 202")]
    V202(u32),
    #[code(300203, status = 404, msg = "item {0} failed check 203")]
    V203(u32),
    #[code(300204, status = 404, msg = "item {0} failed check 204")]
    V204(u32),
    #[code(300205, status = 404, msg = "item {0} failed check 205")]
    V205(u32),
    #[code(300206, status = 404, msg = "item {0} failed check 206")]
    V206(u32),
    #[code(300207, status = 404, msg = "item {0} failed check 207")]
    V207(u32),
    #[code(300208, status = 404, msg = "item {0} failed check 208")]
    V208(u32),
    #[code(300209, status = 404, msg = "item {0} failed check 209")]
    V209(u32),
    #[code(300210, status = 404, msg = "item {0} failed check 210")]
    V210(u32),
    #[code(300211, status = 404, msg = "item {0} failed check 211")]
    V211(u32),
    #[code(300212, status = 404, msg = "item {0} failed check 212")]
    V212(u32),
    #[code(300213, status = 404, msg = "item {0} failed check 213")]
    V213(u32),
    #[code(300214, status = 404, msg = "item {0} failed check 214")]
    V214(u32),
    #[code(300215, status = 404, msg = "item {0} failed check 215")]
    V215(u32),
    #[code(300216, status = 404, msg = "item {0} failed check 216")]
    V216(u32),
    #[code(300217, status = 404, msg = "item {0} failed check 217")]
    V217(u32),
    #[code(300218, status = 404, msg = "item {0} failed check 218")]
    V218(u32),
    #[code(300219, status = 404, msg = "item {0} failed check 219")]
    V219(u32),
    #[code(300220, status = 404, msg = "item {0} failed check 220")]
    V220(u32),
    #[code(300221, status = 404, msg = "item {0} failed check 221")]
    V221(u32),
    #[code(300222, status = 404, msg = "item {0} failed check 222")]
    V222(u32),
    #[code(300223, status = 404, msg = "item {0} failed check 223")]
    V223(u32),
    #[code(300224, status = 404, msg = "item {0} failed check 224")]
    V224(u32),
    #[code(300225, status = 404, msg = "item {0} failed check 225")]
    V225(u32),
    #[code(300226, status = 404, msg = "item {0} failed check 226")]
    V226(u32),
    #[code(300227, status = 404, msg = "item {0} failed check 227")]
    V227(u32),
    #[code(300228, status = 404, msg = "item {0} failed check 228")]
    V228(u32),
    #[code(300229, status = 404, msg = "item {0} failed check 229")]
    V229(u32),
    #[code(300230, status = 404, msg = "item {0} failed check 230")]
    V230(u32),
    #[code(300231, status = 404, msg = "item {0} failed check 231")]
    V231(u32),
    #[code(300232, status = 404, msg = "item {0} failed check 232")]
    V232(u32),
    #[code(300233, status = 404, msg = "item {0} failed check 233")]
    V233(u32),
    #[code(300234, status = 404, msg = "item {0} failed check 234")]
    V234(u32),
    #[code(300235, status = 404, msg = "item {0} failed check 235")]
    V235(u32),
    #[code(300236, status = 404, msg = "item {0} failed check 236")]
    V236(u32),
    #[code(300237, status = 404, msg = "item {0} failed check 237")]
    V237(u32),
    #[code(300238, status = 404, msg = "item {0} failed check 238")]
    V238(u32),
    #[code(300239, status = 404, msg = "item {0} failed check 239")]
    V239(u32),
    #[code(300240, status = 404, msg = "item {0} failed check 240")]
    V240(u32),
    #[code(300241, status = 404, msg = "item {0} failed check 241")]
    V241(u32),
    #[code(300242, status = 404, msg = "item {0} failed check 242")]
    V242(u32),
    #[code(300243, status = 404, msg = "item {0} failed check 243")]
    V243(u32),
    #[code(300244, status = 404, msg = "item {0} failed check 244")]
    V244(u32),
    #[code(300245, status = 404, msg = "item {0} failed check 245")]
    V245(u32),
    #[code(300246, status = 404, msg = "item {0} failed check 246")]
    V246(u32),
    #[code(300247, status = 404, msg = "item {0} failed check 247")]
    V247(u32),
    #[code(300248, status = 404, msg = "item {0} failed check 248")]
    V248(u32),
    #[code(300249, status = 404, msg = "item {0} failed check 249")]
    V249(u32),
    #[code(300250, status = 404, msg = "item {0} failed check 250")]
    V250(u32),
    #[code(300251, status = 404, msg = "item {0} failed check 251")]
    V251(u32),
    #[code(300252, status = 404, msg = "item {0} failed check 252")]
    V252(u32),
    #[code(300253, status = 404, msg = "item {0} failed check 253")]
    V253(u32),
    #[code(300254, status = 404, msg = "item {0} failed check 254")]
    V254(u32),
    #[code(300255, status = 404, msg = "item {0} failed check 255")]
    V255(u32),
    #[code(300256, status = 404, msg = "item {0} failed check 256")]
    V256(u32),
    #[code(300257, status = 404, msg = "item {0} failed check 257")]
    V257(u32),
    #[code(300258, status = 404, msg = "item {0} failed check 258")]
    V258(u32),
    #[code(300259, status = 404, msg = "item {0} failed check 259")]
    V259(u32),
    #[code(300260, status = 404, msg = "item {0} failed check 260")]
    V260(u32),
    #[code(300261, status = 404, msg = "item {0} failed check 261")]
    V261(u32),
    #[code(300262, status = 404, msg = "item {0} failed check 262")]
    V262(u32),
    #[code(300263, status = 404, msg = "item {0} failed check 263")]
    V263(u32),
    #[code(300264, status = 404, msg = "item {0} failed check 264")]
    V264(u32),
    #[code(300265, status = 404, msg = "item {0} failed check 265")]
    V265(u32),
    #[code(300266, status = 404, msg = "item {0} failed check 266")]
    V266(u32),
    #[code(300267, status = 404, msg = "item {0} failed check 267")]
    V267(u32),
    #[code(300268, status = 404, msg = "item {0} failed check 268")]
    V268(u32),
    #[code(300269, status = 404, msg = "item {0} failed check 269")]
    V269(u32),
    #[code(300270, status = 404, msg = "item {0} failed check 270")]
    V270(u32),
    #[code(300271, status = 404, msg = "item {0} failed check 271")]
    V271(u32),
    #[code(300272, status = 404, msg = "item {0} failed check 272")]
    V272(u32),
    #[code(300273, status = 404, msg = "item {0} failed check 273")]
    V273(u32),
    #[code(300274, status = 404, msg = "item {0} failed check 274")]
    V274(u32),
    #[code(300275, status = 404, msg = "item {0} failed check 275")]
    V275(u32),
    #[code(300276, status = 404, msg = "item {0} failed check 276")]
    V276(u32),
    #[code(300277, status = 404, msg = "item {0} failed check 277")]
    V277(u32),
    #[code(300278, status = 404, msg = "item {0} failed check 278")]
    V278(u32),
    #[code(300279, status = 404, msg = "item {0} failed check 279")]
    V279(u32),
    #[code(300280, status = 404, msg = "item {0} failed check 280")]
    V280(u32),
    #[code(300281, status = 404, msg = "item {0} failed check 281")]
    V281(u32),
    #[code(300282, status = 404, msg = "item {0} failed check 282")]
    V282(u32),
    #[code(300283, status = 404, msg = "item {0} failed check 283")]
    V283(u32),
    #[code(300284, status = 404, msg = "item {0} failed check 284")]
    V284(u32),
    #[code(300285, status = 404, msg = "item {0} failed check 285")]
    V285(u32),
    #[code(300286, status = 404, msg = "item {0} failed check 286")]
    V286(u32),
    #[code(300287, status = 404, msg = "item {0} failed check 287")]
    V287(u32),
    #[code(300288, status = 404, msg = "item {0} failed check 288")]
    V288(u32),
    #[code(300289, status = 404, msg = "item {0} failed check 289")]
    V289(u32),
    #[code(300290, status = 404, msg = "item {0} failed check 290")]
    V290(u32),
    #[code(300291, status = 404, msg = "item {0} failed check 291")]
    V291(u32),
    #[code(300292, status = 404, msg = "item {0} failed check 292")]
    V292(u32),
    #[code(300293, status = 404, msg = "item {0} failed check 293")]
    V293(u32),
    #[code(300294, status = 404, msg = "item {0} failed check 294")]
    V294(u32),
    #[code(300295, status = 404, msg = "item {0} failed check 295")]
    V295(u32),
    #[code(300296, status = 404, msg = "item {0} failed check 296")]
    V296(u32),
    #[code(300297, status = 404, msg = "item {0} failed check 297")]
    V297(u32),
    #[code(300298, status = 404, msg = "item {0} failed check 298")]
    V298(u32),
    #[code(300299, status = 404, msg = "item {0} failed check 299")]
    V299(u32),
    #[code(300300, status = 404, msg = "item {0} failed check 300")]
    V300(u32),
    #[code(300301, status = 404, msg = "item {0} failed check 301")]
    V301(u32),
    #[code(300302, status = 404, msg = "item {0} failed check 302")]
    V302(u32),
    #[code(300303, status = 404, msg = "item {0} failed check 303")]
    V303(u32),
    #[code(300304, status = 404, msg = "item {0} failed check 304")]
    V304(u32),
    #[code(300305, status = 404, msg = "item {0} failed check 305")]
    V305(u32),
    #[code(300306, status = 404, msg = "item {0} failed check 306")]
    V306(u32),
    #[code(300307, status = 404, msg = "item {0} failed check 307")]
    V307(u32),
    #[code(300308, status = 404, msg = "item {0} failed check 308")]
    V308(u32),
    #[code(300309, status = 404, msg = "item {0} failed check 309")]
    V309(u32),
    #[code(300310, status = 404, msg = "item {0} failed check 310")]
    V310(u32),
    #[code(300311, status = 404, msg = "item {0} failed check 311")]
    V311(u32),
    #[code(300312, status = 404, msg = "item {0} failed check 312")]
    V312(u32),
    #[code(300313, status = 404, msg = "item {0} failed check 313")]
    V313(u32),
    #[code(300314, status = 404, msg = "item {0} failed check 314")]
    V314(u32),
    #[code(300315, status = 404, msg = "item {0} failed check 315")]
    V315(u32),
    #[code(300316, status = 404, msg = "item {0} failed check 316")]
    V316(u32),
    #[code(300317, status = 404, msg = "item {0} failed check 317")]
    V317(u32),
    #[code(300318, status = 404, msg = "item {0} failed check 318")]
    V318(u32),
    #[code(300319, status = 404, msg = "item {0} failed check 319")]
    V319(u32),
    #[code(300320, status = 404, msg = "item {0} failed check 320")]
    V320(u32),
    #[code(300321, status = 404, msg = "item {0} failed check 321")]
    V321(u32),
    #[code(300322, status = 404, msg = "item {0} failed check 322")]
    V322(u32),
    #[code(300323, status = 404, msg = "item {0} failed check 323")]
    V323(u32),
    #[code(300324, status = 404, msg = "item {0} failed check 324")]
    V324(u32),
    #[code(300325, status = 404, msg = "item {0} failed check 325")]
    V325(u32),
    #[code(300326, status = 404, msg = "item {0} failed check 326")]
    V326(u32),
    #[code(300327, status = 404, msg = "item {0} failed check 327")]
    V327(u32),
    #[code(300328, status = 404, msg = "item {0} failed check 328")]
    V328(u32),
    #[code(300329, status = 404, msg = "item {0} failed check 329")]
    V329(u32),
    #[code(300330, status = 404, msg = "item {0} failed check 330")]
    V330(u32),
    #[code(300331, status = 404, msg = "item {0} failed check 331")]
    V331(u32),
    #[code(300332, status = 404, msg = "item {0} failed check 332")]
    V332(u32),
    #[code(300333, status = 404, msg = "item {0} failed check 333")]
    V333(u32),
    #[code(300334, status = 404, msg = "item {0} failed check 334")]
    V334(u32),
    #[code(300335, status = 404, msg = "item {0} failed check 335")]
    V335(u32),
    #[code(300336, status = 404, msg = "item {0} failed check 336")]
    V336(u32),
    #[code(300337, status = 404, msg = "item {0} failed check 337")]
    V337(u32),
    #[code(300338, status = 404, msg = "item {0} failed check 338")]
    V338(u32),
    #[code(300339, status = 404, msg = "item {0} failed check 339")]
    V339(u32),
    #[code(300340, status = 404, msg = "item {0} failed check 340")]
    V340(u32),
    #[code(300341, status = 404, msg = "item {0} failed check 341")]
    V341(u32),
    #[code(300342, status = 404, msg = "item {0} failed check 342")]
    V342(u32),
    #[code(300343, status = 404, msg = "item {0} failed check 343")]
    V343(u32),
    #[code(300344, status = 404, msg = "item {0} failed check 344")]
    V344(u32),
    #[code(300345, status = 404, msg = "item {0} failed check 345")]
    V345(u32),
    #[code(300346, status = 404, msg = "item {0} failed check 346")]
    V346(u32),
    #[code(300347, status = 404, msg = "item {0} failed check 347")]
    V347(u32),
    #[code(300348, status = 404, msg = "item {0} failed check 348")]
    V348(u32),
    #[code(300349, status = 404, msg = "item {0} failed check 349")]
    V349(u32),
    #[code(300350, status = 404, msg = "item {0} failed check 350")]
    V350(u32),
    #[code(300351, status = 404, msg = "item {0} failed check 351")]
    V351(u32),
    #[code(300352, status = 404, msg = "item {0} failed check 352")]
    V352(u32),
    #[code(300353, status = 404, msg = "item {0} failed check 353")]
    V353(u32),
    #[code(300354, status = 404, msg = "item {0} failed check 354")]
    V354(u32),
    #[code(300355, status = 404, msg = "item {0} failed check 355")]
    V355(u32),
    #[code(300356, status = 404, msg = "item {0} failed check 356")]
    V356(u32),
    #[code(300357, status = 404, msg = "item {0} failed check 357")]
    V357(u32),
    #[code(300358, status = 404, msg = "item {0} failed check 358")]
    V358(u32),
    #[code(300359, status = 404, msg = "item {0} failed check 359")]
    V359(u32),
    #[code(300360, status = 404, msg = "item {0} failed check 360")]
    V360(u32),
    #[code(300361, status = 404, msg = "item {0} failed check 361")]
    V361(u32),
    #[code(300362, status = 404, msg = "item {0} failed check 362")]
    V362(u32),
    #[code(300363, status = 404, msg = "item {0} failed check 363")]
    V363(u32),
    #[code(300364, status = 404, msg = "item {0} failed check 364")]
    V364(u32),
    #[code(300365, status = 404, msg = "item {0} failed check 365")]
    V365(u32),
    #[code(300366, status = 404, msg = "item {0} failed check 366")]
    V366(u32),
    #[code(300367, status = 404, msg = "item {0} failed check 367")]
    V367(u32),
    #[code(300368, status = 404, msg = "item {0} failed check 368")]
    V368(u32),
    #[code(300369, status = 404, msg = "item {0} failed check 369")]
    V369(u32),
    #[code(300370, status = 404, msg = "item {0} failed check 370")]
    V370(u32),
    #[code(300371, status = 404, msg = "item {0} failed check 371")]
    V371(u32),
    #[code(300372, status = 404, msg = "item {0} failed check 372")]
    V372(u32),
    #[code(300373, status = 404, msg = "item {0} failed check 373")]
    V373(u32),
    #[code(300374, status = 404, msg = "item {0} failed check 374")]
    V374(u32),
    #[code(300375, status = 404, msg = "item {0} failed check 375")]
    V375(u32),
    #[code(300376, status = 404, msg = "item {0} failed check 376")]
    V376(u32),
    #[code(300377, status = 404, msg = "item {0} failed check 377")]
    V377(u32),
    #[code(300378, status = 404, msg = "item {0} failed check 378")]
    V378(u32),
    #[code(300379, status = 404, msg = "item {0} failed check 379")]
    V379(u32),
    #[code(300380, status = 404, msg = "item {0} failed check 380")]
    V380(u32),
    #[code(300381, status = 404, msg = "item {0} failed check 381")]
    V381(u32),
    #[code(300382, status = 404, msg = "item {0} failed check 382")]
    V382(u32),
    #[code(300383, status = 404, msg = "item {0} failed check 383")]
    V383(u32),
    #[code(300384, status = 404, msg = "item {0} failed check 384")]
    V384(u32),
    #[code(300385, status = 404, msg = "item {0} failed check 385")]
    V385(u32),
    #[code(300386, status = 404, msg = "item {0} failed check 386")]
    V386(u32),
    #[code(300387, status = 404, msg = "item {0} failed check 387")]
    V387(u32),
    #[code(300388, status = 404, msg = "item {0} failed check 388")]
    V388(u32),
    #[code(300389, status = 404, msg = "item {0} failed check 389")]
    V389(u32),
    #[code(300390, status = 404, msg = "item {0} failed check 390")]
    V390(u32),
    #[code(300391, status = 404, msg = "item {0} failed check 391")]
    V391(u32),
    #[code(300392, status = 404, msg = "item {0} failed check 392")]
    V392(u32),
    #[code(300393, status = 404, msg = "item {0} failed check 393")]
    V393(u32),
    #[code(300394, status = 404, msg = "item {0} failed check 394")]
    V394(u32),
    #[code(300395, status = 404, msg = "item {0} failed check 395")]
    V395(u32),
    #[code(300396, status = 404, msg = "item {0} failed check 396")]
    V396(u32),
    #[code(300397, status = 404, msg = "item {0} failed check 397")]
    V397(u32),
    #[code(300398, status = 404, msg = "item {0} failed check 398")]
    V398(u32),
    #[code(300399, status = 404, msg = "item {0} failed check 399")]
    V399(u32),
    #[code(300400, status = 404, msg = "item {0} failed check 400")]
    V400(u32),
    #[code(300401, status = 404, msg = "item {0} failed check 401")]
    V401(u32),
    #[code(300402, status = 404, msg = "item {0} failed check 402")]
    V402(u32),
    #[code(300403, status = 404, msg = "item {0} failed check 403")]
    V403(u32),
    #[code(300404, status = 404, msg = "item {0} failed check 404")]
    V404(u32),
    #[code(300405, status = 404, msg = "item {0} failed check 405")]
    V405(u32),
    #[code(300406, status = 404, msg = "item {0} failed check 406")]
    V406(u32),
    #[code(300407, status = 404, msg = "item {0} failed check 407")]
    V407(u32),
    #[code(300408, status = 404, msg = "item {0} failed check 408")]
    V408(u32),
    #[code(300409, status = 404, msg = "item {0} failed check 409")]
    V409(u32),
    #[code(300410, status = 404, msg = "item {0} failed check 410")]
    V410(u32),
    #[code(300411, status = 404, msg = "item {0} failed check 411")]
    V411(u32),
    #[code(300412, status = 404, msg = "item {0} failed check 412")]
    V412(u32),
    #[code(300413, status = 404, msg = "item {0} failed check 413")]
    V413(u32),
    #[code(300414, status = 404, msg = "item {0} failed check 414")]
    V414(u32),
    #[code(300415, status = 404, msg = "item {0} failed check 415")]
    V415(u32),
    #[code(300416, status = 404, msg = "item {0} failed check 416")]
    V416(u32),
    #[code(300417, status = 404, msg = "item {0} failed check 417")]
    V417(u32),
    #[code(300418, status = 404, msg = "item {0} failed check 418")]
    V418(u32),
    #[code(300419, status = 404, msg = "item {0} failed check 419")]
    V419(u32),
    #[code(300420, status = 404, msg = "item {0} failed check 420")]
    V420(u32),
    #[code(300421, status = 404, msg = "item {0} failed check 421")]
    V421(u32),
    #[code(300422, status = 404, msg = "item {0} failed check 422")]
    V422(u32),
    #[code(300423, status = 404, msg = "item {0} failed check 423")]
    V423(u32),
    #[code(300424, status = 404, msg = "item {0} failed check 424")]
    V424(u32),
    #[code(300425, status = 404, msg = "item {0} failed check 425")]
    V425(u32),
    #[code(300426, status = 404, msg = "item {0} failed check 426")]
    V426(u32),
    #[code(300427, status = 404, msg = "item {0} failed check 427")]
    V427(u32),
    #[code(300428, status = 404, msg = "item {0} failed check 428")]
    V428(u32),
    #[code(300429, status = 404, msg = "item {0} failed check 429")]
    V429(u32),
    #[code(300430, status = 404, msg = "item {0} failed check 430")]
    V430(u32),
    #[code(300431, status = 404, msg = "item {0} failed check 431")]
    V431(u32),
    #[code(300432, status = 404, msg = "item {0} failed check 432")]
    V432(u32),
    #[code(300433, status = 404, msg = "item {0} failed check 433")]
    V433(u32),
    #[code(300434, status = 404, msg = "item {0} failed check 434")]
    V434(u32),
    #[code(300435, status = 404, msg = "item {0} failed check 435")]
    V435(u32),
    #[code(300436, status = 404, msg = "item {0} failed check 436")]
    V436(u32),
    #[code(300437, status = 404, msg = "item {0} failed check 437")]
    V437(u32),
    #[code(300438, status = 404, msg = "item {0} failed check 438")]
    V438(u32),
    #[code(300439, status = 404, msg = "item {0} failed check 439")]
    V439(u32),
    #[code(300440, status = 404, msg = "item {0} failed check 440")]
    V440(u32),
    #[code(300441, status = 404, msg = "item {0} failed check 441")]
    V441(u32),
    #[code(300442, status = 404, msg = "item {0} failed check 442")]
    V442(u32),
    #[code(300443, status = 404, msg = "item {0} failed check 443")]
    V443(u32),
    #[code(300444, status = 404, msg = "item {0} failed check 444")]
    V444(u32),
    #[code(300445, status = 404, msg = "item {0} failed check 445")]
    V445(u32),
    #[code(300446, status = 404, msg = "item {0} failed check 446")]
    V446(u32),
    #[code(300447, status = 404, msg = "item {0} failed check 447")]
    V447(u32),
    #[code(300448, status = 404, msg = "item {0} failed check 448")]
    V448(u32),
    #[code(300449, status = 404, msg = "item {0} failed check 449")]
    V449(u32),
    #[code(300450, status = 404, msg = "item {0} failed check 450")]
    V450(u32),
    #[code(300451, status = 404, msg = "item {0} failed check 451")]
    V451(u32),
    #[code(300452, status = 404, msg = "item {0} failed check 452")]
    V452(u32),
    #[code(300453, status = 404, msg = "item {0} failed check 453")]
    V453(u32),
    #[code(300454, status = 404, msg = "item {0} failed check 454")]
    V454(u32),
    #[code(300455, status = 404, msg = "item {0} failed check 455")]
    V455(u32),
    #[code(300456, status = 404, msg = "item {0} failed check 456")]
    V456(u32),
    #[code(300457, status = 404, msg = "item {0} failed check 457")]
    V457(u32),
    #[code(300458, status = 404, msg = "item {0} failed check 458")]
    V458(u32),
    #[code(300459, status = 404, msg = "item {0} failed check 459")]
    V459(u32),
    #[code(300460, status = 404, msg = "item {0} failed check 460")]
    V460(u32),
    #[code(300461, status = 404, msg = "item {0} failed check 461")]
    V461(u32),
    #[code(300462, status = 404, msg = "item {0} failed check 462")]
    V462(u32),
    #[code(300463, status = 404, msg = "item {0} failed check 463")]
    V463(u32),
    #[code(300464, status = 404, msg = "item {0} failed check 464")]
    V464(u32),
    #[code(300465, status = 404, msg = "item {0} failed check 465")]
    V465(u32),
    #[code(300466, status = 404, msg = "item {0} failed check 466")]
    V466(u32),
    #[code(300467, status = 404, msg = "item {0} failed check 467")]
    V467(u32),
    #[code(300468, status = 404, msg = "item {0} failed check 468")]
    V468(u32),
    #[code(300469, status = 404, msg = "item {0} failed check 469")]
    V469(u32),
    #[code(300470, status = 404, msg = "item {0} failed check 470")]
    V470(u32),
    #[code(300471, status = 404, msg = "item {0} failed check 471")]
    V471(u32),
    #[code(300472, status = 404, msg = "item {0} failed check 472")]
    V472(u32),
    #[code(300473, status = 404, msg = "item {0} failed check 473")]
    V473(u32),
    #[code(300474, status = 404, msg = "item {0} failed check 474")]
    V474(u32),
    #[code(300475, status = 404, msg = "item {0} failed check 475")]
    V475(u32),
    #[code(300476, status = 404, msg = "item {0} failed check 476")]
    V476(u32),
    #[code(300477, status = 404, msg = "item {0} failed check 477")]
    V477(u32),
    #[code(300478, status = 404, msg = "item {0} failed check 478")]
    V478(u32),
    #[code(300479, status = 404, msg = "item {0} failed check 479")]
    V479(u32),
    #[code(300480, status = 404, msg = "item {0} failed check 480")]
    V480(u32),
    #[code(300481, status = 404, msg = "item {0} failed check 481")]
    V481(u32),
    #[code(300482, status = 404, msg = "item {0} failed check 482")]
    V482(u32),
    #[code(300483, status = 404, msg = "item {0} failed check 483")]
    V483(u32),
    #[code(300484, status = 404, msg = "item {0} failed check 484")]
    V484(u32),
    #[code(300485, status = 404, msg = "item {0} failed check 485")]
    V485(u32),
    #[code(300486, status = 404, msg = "item {0} failed check 486")]
    V486(u32),
    #[code(300487, status = 404, msg = "item {0} failed check 487")]
    V487(u32),
    #[code(300488, status = 404, msg = "item {0} failed check 488")]
    V488(u32),
    #[code(300489, status = 404, msg = "item {0} failed check 489")]
    V489(u32),
    #[code(300490, status = 404, msg = "item {0} failed check 490")]
    V490(u32),
    #[code(300491, status = 404, msg = "item {0} failed check 491")]
    V491(u32),
    #[code(300492, status = 404, msg = "item {0} failed check 492")]
    V492(u32),
    #[code(300493, status = 404, msg = "item {0} failed check 493")]
    V493(u32),
    #[code(300494, status = 404, msg = "item {0} failed check 494")]
    V494(u32),
    #[code(300495, status = 404, msg = "item {0} failed check 495")]
    V495(u32),
    #[code(300496, status = 404, msg = "item {0} failed check 496")]
    V496(u32),
    #[code(300497, status = 404, msg = "item {0} failed check 497")]
    V497(u32),
    #[code(300498, status = 404, msg = "item {0} failed check 498")]
    V498(u32),
    #[code(300499, status = 404, msg = "item {0} failed check 499")]
    V499(u32),
    #[code(300500, status = 404, msg = "item {0} failed check 500")]
    V500(u32),
    #[code(300501, status = 404, msg = "item {0} failed check 501")]
    V501(u32),
    #[code(300502, status = 404, msg = "item {0} failed check 502")]
    V502(u32),
    #[code(300503, status = 404, msg = "item {0} failed check 503")]
    V503(u32),
    #[code(300504, status = 404, msg = "item {0} failed check 504")]
    V504(u32),
    #[code(300505, status = 404, msg = "item {0} failed check 505")]
    V505(u32),
    #[code(300506, status = 404, msg = "item {0} failed check 506")]
    V506(u32),
    #[code(300507, status = 404, msg = "item {0} failed check 507")]
    V507(u32),
    #[code(300508, status = 404, msg = "item {0} failed check 508")]
    V508(u32),
    #[code(300509, status = 404, msg = "item {0} failed check 509")]
    V509(u32),
    #[code(300510, status = 404, msg = "item {0} failed check 510")]
    V510(u32),
    #[code(300511, status = 404, msg = "item {0} failed check 511")]
    V511(u32),
    #[code(300512, status = 404, msg = "item {0} failed check 512")]
    V512(u32),
    #[code(300513, status = 404, msg = "item {0} failed check 513")]
    V513(u32),
    #[code(300514, status = 404, msg = "item {0} failed check 514")]
    V514(u32),
    #[code(300515, status = 404, msg = "item {0} failed check 515")]
    V515(u32),
    #[code(300516, status = 404, msg = "item {0} failed check 516")]
    V516(u32),
    #[code(300517, status = 404, msg = "item {0} failed check 517")]
    V517(u32),
    #[code(300518, status = 404, msg = "item {0} failed check 518")]
    V518(u32),
    #[code(300519, status = 404, msg = "item {0} failed check 519")]
    V519(u32),
    #[code(300520, status = 404, msg = "item {0} failed check 520")]
    V520(u32),
    #[code(300521, status = 404, msg = "item {0} failed check 521")]
    V521(u32),
    #[code(300522, status = 404, msg = "item {0} failed check 522")]
    V522(u32),
    #[code(300523, status = 404, msg = "item {0} failed check 523")]
    V523(u32),
    #[code(300524, status = 404, msg = "item {0} failed check 524")]
    V524(u32),
    #[code(300525, status = 404, msg = "item {0} failed check 525")]
    V525(u32),
    #[code(300526, status = 404, msg = "item {0} failed check 526")]
    V526(u32),
    #[code(300527, status = 404, msg = "item {0} failed check 527")]
    V527(u32),
    #[code(300528, status = 404, msg = "item {0} failed check 528")]
    V528(u32),
    #[code(300529, status = 404, msg = "item {0} failed check 529")]
    V529(u32),
    #[code(300530, status = 404, msg = "item {0} failed check 530")]
    V530(u32),
    #[code(300531, status = 404, msg = "item {0} failed check 531")]
    V531(u32),
    #[code(300532, status = 404, msg = "item {0} failed check 532")]
    V532(u32),
    #[code(300533, status = 404, msg = "item {0} failed check 533")]
    V533(u32),
    #[code(300534, status = 404, msg = "item {0} failed check 534")]
    V534(u32),
    #[code(300535, status = 404, msg = "item {0} failed check 535")]
    V535(u32),
    #[code(300536, status = 404, msg = "item {0} failed check 536")]
    V536(u32),
    #[code(300537, status = 404, msg = "item {0} failed check 537")]
    V537(u32),
    #[code(300538, status = 404, msg = "item {0} failed check 538")]
    V538(u32),
    #[code(300539, status = 404, msg = "item {0} failed check 539")]
    V539(u32),
    #[code(300540, status = 404, msg = "item {0} failed check 540")]
    V540(u32),
    #[code(300541, status = 404, msg = "item {0} failed check 541")]
    V541(u32),
    #[code(300542, status = 404, msg = "item {0} failed check 542")]
    V542(u32),
    #[code(300543, status = 404, msg = "item {0} failed check 543")]
    V543(u32),
    #[code(300544, status = 404, msg = "item {0} failed check 544")]
    V544(u32),
    #[code(300545, status = 404, msg = "item {0} failed check 545")]
    V545(u32),
    #[code(300546, status = 404, msg = "item {0} failed check 546")]
    V546(u32),
    #[code(300547, status = 404, msg = "item {0} failed check 547")]
    V547(u32),
    #[code(300548, status = 404, msg = "item {0} failed check 548")]
    V548(u32),
    #[code(300549, status = 404, msg = "item {0} failed check 549")]
    V549(u32),
    #[code(300550, status = 404, msg = "item {0} failed check 550")]
    V550(u32),
    #[code(300551, status = 404, msg = "item {0} failed check 551")]
    V551(u32),
    #[code(300552, status = 404, msg = "item {0} failed check 552")]
    V552(u32),
    #[code(300553, status = 404, msg = "item {0} failed check 553")]
    V553(u32),
    #[code(300554, status = 404, msg = "item {0} failed check 554")]
    V554(u32),
    #[code(300555, status = 404, msg = "item {0} failed check 555")]
    V555(u32),
    #[code(300556, status = 404, msg = "item {0} failed check 556")]
    V556(u32),
    #[code(300557, status = 404, msg = "item {0} failed check 557")]
    V557(u32),
    #[code(300558, status = 404, msg = "item {0} failed check 558")]
    V558(u32),
    #[code(300559, status = 404, msg = "item {0} failed check 559")]
    V559(u32),
    #[code(300560, status = 404, msg = "item {0} failed check 560")]
    V560(u32),
    #[code(300561, status = 404, msg = "item {0} failed check 561")]
    V561(u32),
    #[code(300562, status = 404, msg = "item {0} failed check 562")]
    V562(u32),
    #[code(300563, status = 404, msg = "item {0} failed check 563")]
    V563(u32),
    #[code(300564, status = 404, msg = "item {0} failed check 564")]
    V564(u32),
    #[code(300565, status = 404, msg = "item {0} failed check 565")]
    V565(u32),
    #[code(300566, status = 404, msg = "item {0} failed check 566")]
    V566(u32),
    #[code(300567, status = 404, msg = "item {0} failed check 567")]
    V567(u32),
    #[code(300568, status = 404, msg = "item {0} failed check 568")]
    V568(u32),
    #[code(300569, status = 404, msg = "item {0} failed check 569")]
    V569(u32),
    #[code(300570, status = 404, msg = "item {0} failed check 570")]
    V570(u32),
    #[code(300571, status = 404, msg = "item {0} failed check 571")]
    V571(u32),
    #[code(300572, status = 404, msg = "item {0} failed check 572")]
    V572(u32),
    #[code(300573, status = 404, msg = "item {0} failed check 573")]
    V573(u32),
    #[code(300574, status = 404, msg = "item {0} failed check 574")]
    V574(u32),
    #[code(300575, status = 404, msg = "item {0} failed check 575")]
    V575(u32),
    #[code(300576, status = 404, msg = "item {0} failed check 576")]
    V576(u32),
    #[code(300577, status = 404, msg = "item {0} failed check 577")]
    V577(u32),
    #[code(300578, status = 404, msg = "item {0} failed check 578")]
    V578(u32),
    #[code(300579, status = 404, msg = "item {0} failed check 579")]
    V579(u32),
    #[code(300580, status = 404, msg = "item {0} failed check 580")]
    V580(u32),
    #[code(300581, status = 404, msg = "item {0} failed check 581")]
    V581(u32),
    #[code(300582, status = 404, msg = "item {0} failed check 582")]
    V582(u32),
    #[code(300583, status = 404, msg = "item {0} failed check 583")]
    V583(u32),
    #[code(300584, status = 404, msg = "item {0} failed check 584")]
    V584(u32),
    #[code(300585, status = 404, msg = "item {0} failed check 585")]
    V585(u32),
    #[code(300586, status = 404, msg = "item {0} failed check 586")]
    V586(u32),
    #[code(300587, status = 404, msg = "item {0} failed check 587")]
    V587(u32),
    #[code(300588, status = 404, msg = "item {0} failed check 588")]
    V588(u32),
    #[code(300589, status = 404, msg = "item {0} failed check 589")]
    V589(u32),
    #[code(300590, status = 404, msg = "item {0} failed check 590")]
    V590(u32),
    #[code(300591, status = 404, msg = "item {0} failed check 591")]
    V591(u32),
    #[code(300592, status = 404, msg = "item {0} failed check 592")]
    V592(u32),
    #[code(300593, status = 404, msg = "item {0} failed check 593")]
    V593(u32),
    #[code(300594, status = 404, msg = "item {0} failed check 594")]
    V594(u32),
    #[code(300595, status = 404, msg = "item {0} failed check 595")]
    V595(u32),
    #[code(300596, status = 404, msg = "item {0} failed check 596")]
    V596(u32),
    #[code(300597, status = 404, msg = "item {0} failed check 597")]
    V597(u32),
    #[code(300598, status = 404, msg = "item {0} failed check 598")]
    V598(u32),
    #[code(300599, status = 404, msg = "item {0} failed check 599")]
    V599(u32),
    #[code(399999, status = 400, msg = "static")]
    Static,
}

#[test]
fn every_variant_displays_and_decodes_to_itself() {
    let status = Some(http::StatusCode::NOT_FOUND);
    for i in 0..600_i64 {
        let code = 300_000 + i;
        let message = format!("item {i} failed check {i}");
        let body = format!(r#"{{"code":{code},"message":"{message}"}}"#);
        let e = Templated::decode(body.as_bytes(), status)
            .unwrap()
            .known()
            .unwrap_or_else(|| panic!("{body} decodes"));
        assert_eq!(e.code(), code);
        assert_eq!(e.to_string(), message);
        assert_eq!(Templated::from_code(code), None);
    }
    assert_eq!(Templated::V0(3).to_string(), "item 3 failed check 0");
    assert_eq!(Templated::V599(3).to_string(), "item 3 failed check 599");
    assert_eq!(Templated::Static.to_string(), "static");
    assert_eq!(Templated::from_code(399_999), Some(Templated::Static));
}
