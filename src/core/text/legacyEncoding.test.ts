import fc from "fast-check";
import { decodeLegacy, encodeLegacy, legacyEncodingOfFont, type LegacyEncoding } from "./legacyEncoding";

/** All 67 lowercase Vietnamese letters with diacritics: 12 vowel bases × 6 tones, less the 6 bare ASCII vowels, plus đ. */
const LOWER_VIETNAMESE: readonly string[] = (() => {
  const bases = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
  const tones = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
  const letters = bases.flatMap((b) => tones.map((t) => (b + t).normalize("NFC")));
  return [...letters.filter((l) => !/^[aeiouy]$/.test(l)), "đ"];
})();
const UPPER_VIETNAMESE = LOWER_VIETNAMESE.map((l) => l.toUpperCase());
const ALL_VIETNAMESE = [...LOWER_VIETNAMESE, ...UPPER_VIETNAMESE];
/** The capitals the lowercase ABC font holds besides A–Z: the vowel-marked letters and Đ, without tones. */
const TCVN3_CAPITALS = ["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"];
const ASCII_PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i));

describe("the Vietnamese letter list used by these tests", () => {
  it("has 134 distinct single NFC letters", () => {
    expect(new Set(ALL_VIETNAMESE).size).toBe(134);
    for (const letter of ALL_VIETNAMESE) expect([...letter]).toHaveLength(1);
  });
});

describe("legacyEncodingOfFont", () => {
  it.each<[string | undefined | null, LegacyEncoding | null]>([
    [".VnTime", "tcvn3"],
    [".VnArial", "tcvn3"],
    [".VnTimeH", "tcvn3-upper"],
    [".VnArialH", "tcvn3-upper"],
    ["  .vntimeh ", "tcvn3-upper"],
    [".VNTIME", "tcvn3"],
    ["VNI-Times", "vni"],
    ["vni-helve", "vni"],
    [" VNI-Helve-Condense", "vni"],
    ["Times New Roman", null],
    ["Arial", null],
    ["Calibri", null],
    ["", null],
    [null, null],
    [undefined, null],
  ])("maps the font %p to %p", (font, expected) => {
    expect(legacyEncodingOfFont(font)).toBe(expected);
  });
});

describe("decodeLegacy", () => {
  it.each<[string, string]>([
    ["Sè tin, bµi", "Số tin, bài"],
    ["Cã", "Có"],
    ["Kh«ng", "Không"],
    ["§· triÓn khai", "Đã triển khai"],
    ["Ch\u00ada ®¹t", "Chưa đạt"],
    ["Doanh thu", "Doanh thu"],
    ["Phãng viªn, biªn tËp viªn", "Phóng viên, biên tập viên"],
    ["§µi Ph¸t thanh vµ TruyÒn h×nh Lai Ch©u", "Đài Phát thanh và Truyền hình Lai Châu"],
    ["T¹p chÝ V¨n nghÖ", "Tạp chí Văn nghệ"],
  ])("decodes the TCVN3 cell %p as %p", (legacy, unicode) => {
    expect(decodeLegacy(legacy, "tcvn3")).toBe(unicode);
    expect(encodeLegacy(unicode, "tcvn3")).toBe(legacy);
  });

  it.each<[string, string]>([
    ["Soá tin, baøi", "Số tin, bài"],
    ["Coù", "Có"],
    ["Khoâng", "Không"],
    ["Ñaõ trieån khai", "Đã triển khai"],
    ["Chöa ñaït", "Chưa đạt"],
    ["Doanh thu", "Doanh thu"],
    ["Phoùng vieân, bieân taäp vieân", "Phóng viên, biên tập viên"],
    ["Ñaøi Phaùt thanh vaø Truyeàn hình Lai Chaâu", "Đài Phát thanh và Truyền hình Lai Châu"],
    ["Taïp chí Vaên ngheä", "Tạp chí Văn nghệ"],
    ["ÑAØI PHAÙT THANH", "ĐÀI PHÁT THANH"],
    ["ÔÙT, ÖÙNG", "ỚT, ỨNG"],
  ])("decodes the VNI cell %p as %p", (legacy, unicode) => {
    expect(decodeLegacy(legacy, "vni")).toBe(unicode);
    expect(encodeLegacy(unicode, "vni")).toBe(legacy);
  });

  it.each<[string, string]>([
    ["§µi ph¸t thanh vµ truyÒn h×nh", "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH"],
    ["T¹p chÝ V¨n nghÖ", "TẠP CHÍ VĂN NGHỆ"],
    ["SỐ TIN", "SỐ TIN"],
  ])("decodes %p in an uppercase .Vn…H font as %p", (legacy, unicode) => {
    expect(decodeLegacy(legacy, "tcvn3-upper")).toBe(unicode);
  });

  it.each<LegacyEncoding>(["tcvn3", "vni"])("passes plain ASCII through unchanged in %s", (encoding) => {
    const ascii = ASCII_PRINTABLE.join("") + "\t\n";
    expect(decodeLegacy(ascii, encoding)).toBe(ascii);
    expect(encodeLegacy(ascii, encoding)).toBe(ascii);
  });

  it("passes characters with no table entry through", () => {
    expect(decodeLegacy("Mức đạt 95% – ≥ 100", "vni")).toBe("Mức đạt 95% – ≥ 100");
    expect(decodeLegacy("", "tcvn3")).toBe("");
  });

  it("returns NFC text", () => {
    const decoded = decodeLegacy("Ch\u00ada ®¹t, Chöa ñaït", "tcvn3");
    expect(decoded.normalize("NFC")).toBe(decoded);
  });
});

describe("encodeLegacy", () => {
  it.each<[string, LegacyEncoding, string]>([
    ["Ánh", "tcvn3", "Á"],
    ["Ấp", "tcvn3", "Ấ"],
    ["ÿ", "tcvn3", "ÿ"],
    ["Số tin, bài", "tcvn3-upper", "ố"],
    ["5µm", "tcvn3", "µ"],
    ["ñ", "tcvn3", "ñ"],
    ["Noël", "vni", "ë"],
    ["漢字", "vni", "漢"],
  ])("refuses %p in %s, naming %p", (text, encoding, offending) => {
    expect(() => encodeLegacy(text, encoding)).toThrow(`Cannot encode "${offending}"`);
  });

  it("passes through symbols the font holds that have no Vietnamese meaning", () => {
    expect(encodeLegacy("95% – 20°C", "tcvn3")).toBe("95% – 20°C");
    expect(encodeLegacy("95% – 20°C", "vni")).toBe("95% – 20°C");
  });

  it("accepts decomposed input by normalising it first", () => {
    expect(encodeLegacy("Co\u0301", "vni")).toBe("Coù");
    expect(encodeLegacy("Co\u0301", "tcvn3")).toBe("Cã");
  });

  it("types capital toned vowels in an uppercase font with the lowercase font's codes", () => {
    expect(encodeLegacy("ĐÀI", "tcvn3-upper")).toBe("§µI");
  });
});

describe("round trips over every Vietnamese letter", () => {
  const tcvn3Letters = [...LOWER_VIETNAMESE, ...TCVN3_CAPITALS];

  it("covers the 74 letters the lowercase ABC font holds", () => {
    expect(tcvn3Letters).toHaveLength(74);
  });

  it.each(tcvn3Letters)("round-trips %s through TCVN3", (letter) => {
    const legacy = encodeLegacy(letter, "tcvn3");
    expect([...legacy]).toHaveLength(1);
    expect(decodeLegacy(legacy, "tcvn3")).toBe(letter);
  });

  it.each(UPPER_VIETNAMESE)("round-trips %s through the uppercase ABC fonts", (letter) => {
    expect(decodeLegacy(encodeLegacy(letter, "tcvn3-upper"), "tcvn3-upper")).toBe(letter);
  });

  it.each(ALL_VIETNAMESE)("round-trips %s through VNI", (letter) => {
    expect(decodeLegacy(encodeLegacy(letter, "vni"), "vni")).toBe(letter);
  });

  it("round-trips random Vietnamese and ASCII text through TCVN3 and VNI", () => {
    const text = (alphabet: readonly string[]) =>
      fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(text([...tcvn3Letters, ...ASCII_PRINTABLE]), (s) => {
        expect(decodeLegacy(encodeLegacy(s, "tcvn3"), "tcvn3")).toBe(s);
      }),
    );
    fc.assert(
      fc.property(text([...ALL_VIETNAMESE, ...ASCII_PRINTABLE]), (s) => {
        expect(decodeLegacy(encodeLegacy(s, "vni"), "vni")).toBe(s);
      }),
    );
    const upperAscii = ASCII_PRINTABLE.filter((ch) => ch.toUpperCase() === ch);
    fc.assert(
      fc.property(text([...UPPER_VIETNAMESE, ...upperAscii]), (s) => {
        expect(decodeLegacy(encodeLegacy(s, "tcvn3-upper"), "tcvn3-upper")).toBe(s);
      }),
    );
  });
});
