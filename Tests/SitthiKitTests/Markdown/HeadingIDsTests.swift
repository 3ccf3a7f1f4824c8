import Testing

@testable import SitthiKit

@Suite struct HeadingIDsTests {
    @Test(arguments: [
        ("หัวข้อ", "หัวข้อ"),  // Hugo gives หวขอ: vowel and tone marks dropped
        ("ค่าจ้าง ขั้นต่ำ", "ค่าจ้าง-ขั้นต่ำ"),
        ("အလုပ်ချိန် နှင့် လုပ်ခ", "အလုပ်ချိန်-နှင့်-လုပ်ခ"),
        ("ម៉ោងធ្វើការ", "ម៉ោងធ្វើការ"),
        ("ຊົ່ວໂມງເຮັດວຽກ", "ຊົ່ວໂມງເຮັດວຽກ"),
        ("Who to call?", "who-to-call"),
        ("  Overtime: 1.5× pay  ", "overtime-1-5-pay"),
        ("!!!", "section"),
    ])
    func slugKeepsLettersMarksAndDigits(_ text: String, _ expected: String) {
        #expect(HeadingIDs.slug(text) == expected)
    }

    @Test func repeatedHeadingsGetNumberedIDs() {
        var ids = HeadingIDs(reserved: ["main"])
        #expect(ids.make(for: "หัวข้อ") == "หัวข้อ")
        #expect(ids.make(for: "หัวข้อ") == "หัวข้อ-2")
        #expect(ids.make(for: "หัวข้อ") == "หัวข้อ-3")
        #expect(ids.make(for: "Main") == "main-2")
    }
}
