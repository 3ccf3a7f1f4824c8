import Foundation
import Testing

@testable import SitthiKit

@Suite struct VCardTests {
    let office = Office(
        id: "prov-th-50", kind: .provincial, province: "TH-50",
        names: ["th": "สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดเชียงใหม่", "en": "Chiang Mai Provincial Labour Protection and Welfare Office"],
        address: "ถนนทดสอบ; ตำบล, อำเภอ", phones: [PhoneNumber("053 112 834")!, PhoneNumber("1546")!], email: "a@example.org",
        website: "", hours: "", districts: [], verified: CalendarDay("2026-01-01"), verifiedText: "2026-01", source: "", row: 2)

    @Test func cardHasNamesPhonesAndAddressInVCard3() {
        let card = VCard.card(for: office, provinceName: "เชียงใหม่")
        let unfolded = card.replacingOccurrences(of: "\r\n ", with: "")
        let lines = unfolded.components(separatedBy: "\r\n")
        #expect(lines.first == "BEGIN:VCARD")
        #expect(lines.contains("VERSION:3.0"))
        #expect(lines.contains("FN:สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดเชียงใหม่"))
        #expect(lines.contains("ORG:Chiang Mai Provincial Labour Protection and Welfare Office"))
        #expect(lines.contains("TEL;TYPE=WORK,VOICE:+66 53 112 834"))
        #expect(lines.contains("TEL;TYPE=WORK,VOICE:1546"))
        #expect(lines.contains("EMAIL;TYPE=INTERNET:a@example.org"))
        #expect(lines.contains("ADR;TYPE=WORK:;;ถนนทดสอบ\\; ตำบล\\, อำเภอ;;เชียงใหม่;;Thailand"))
        #expect(card.hasSuffix("END:VCARD\r\n"))
    }

    @Test func longLinesAreFoldedAt75BytesWithoutSplittingCharacters() {
        let card = VCard.card(for: office, provinceName: nil)
        for line in card.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75, "\(line)")
        }
        #expect(card.contains("\r\n "), "the Thai name needs folding")
    }
}
