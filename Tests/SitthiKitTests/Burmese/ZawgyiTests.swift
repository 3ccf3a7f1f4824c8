import Testing

@testable import SitthiKit

/// Zawgyi samples were made from Unicode text with ICU (`uconv -x my-Zawgyi`).
@Suite struct ZawgyiTests {
    @Test(arguments: [
        ("ျပည္ေထာင္စု ျမန္မာ ေက်ာင္းသား", 1),  // ပြည်ထောင်စု မြန်မာ ကျောင်းသား
        ("လုပ္ခ ရရမည္", 11),  // the stacker used as the visible killer, at the end
        ("သူ ေန႔တိုင္း", 4),  // E vowel before its consonant after a space
    ])
    func zawgyiIsFoundAtItsFirstSign(_ line: String, _ column: Int) {
        #expect(ZawgyiDetector.firstSign(in: Substring(line)) == column)
    }

    @Test(arguments: [
        "ပြည်ထောင်စု မြန်မာ ကျောင်းသား",  // Burmese, Unicode
        "အလုပ်သမား အခွင့်အရေး — ဟော့လိုင်း 1546",
        "သင်္ချိုင်း ဗုဒ္ဓ",  // stacked consonants (U+1039 + consonant) are Unicode
        "လိၵ်ႈတႆး ၵႂၢမ်းတႆး",  // Shan
        "ဘာသာမန် ဂကောံ ၚ",  // Mon
        "Mixed English and ไทย text",
    ])
    func correctUnicodeBurmeseShanAndMonAreNotFlagged(_ line: String) {
        #expect(ZawgyiDetector.firstSign(in: Substring(line)) == nil)
    }

    @Test func icuSuggestsTheUnicodeText() {
        #expect(ZawgyiConverter.unicode(fromZawgyi: "ျပည္ေထာင္စု ျမန္မာ ေက်ာင္းသား") == "ပြည်ထောင်စု မြန်မာ ကျောင်းသား")
    }
}
