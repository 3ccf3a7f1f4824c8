import Testing

@testable import SitthiKit

/// The share pictures: 1200×630 PNG with a palette, under 100 KB even with the longest titles.
@Suite struct SharePictureTests {
    @Test(arguments: [
        ("my", "လုပ်ခ - လစာထုတ်ရက်၊ လုပ်ခဖြတ်တောက်ခြင်းနှင့် အနည်းဆုံးလုပ်ခ အလုပ်သမား အကာအကွယ်ပေးရေး အက်ဥပဒေ ဗုဒ္ဓသက္ကရာဇ် 2541"),
        ("km", "សេចក្តីជូនដំណឹងរបស់គណៈកម្មការប្រាក់ឈ្នួលស្តីពីប្រាក់ឈ្នួលអប្បបរមា និងការងារធ្វើ"),
        ("lo", "ປະກາດຄະນະກຳມະການຄ່າຈ້າງ ເລື່ອງ ອັດຕາຄ່າຈ້າງຂັ້ນຕ່ຳ ມີຜົນບັງຄັບໃຊ້"),
    ])
    func longTitlesStayUnder100KB(_ language: String, _ title: String) throws {
        let picture = SharePicture(
            title: LanguageText(text: title, language: language),
            sourceTitle: LanguageText(text: "ค่าจ้าง: วันจ่าย การหักค่าจ้าง และค่าจ้างขั้นต่ำ ค่าล่วงเวลา และค่าทำงานในวันหยุด", language: "th"),
            siteName: LanguageText(text: "សិទ្ធិការងារ — សិទ្ធិរបស់អ្នកពេលធ្វើការនៅប្រទេសថៃ", language: "km"), hotlineNumber: "1546",
            hotlineLabel: LanguageText(text: "อธิบายยาวมาก กรมสวัสดิการและคุ้มครองแรงงาน: ปรึกษาและร้องเรียนเรื่องค่าจ้าง เวลาทำงาน ค่าชดเชย", language: "th"))
        let png = try #require(picture.draw())
        #expect(png.count < 100_000)
        #expect(AssetNames.pngSize(png).map { [$0.width, $0.height] } == [1200, 630])
        #expect(png[25] == 3, "palette colour type")
    }

    @Test func mixesOfTheTwoColoursAreFoundAgain() {
        let blue = Canvas.Color(0x0B5CAD)
        let white = Canvas.Color(0xFFFFFF)
        #expect(abs(blue.mixed(with: white, share: 0.84).share(from: blue, to: white) - 0.84) < 1e-9)
        #expect(white.share(from: blue, to: white) == 1)
        #expect(Canvas.Color(0x000000).share(from: blue, to: white) == 0)
    }
}
