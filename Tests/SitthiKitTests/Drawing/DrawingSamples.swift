import Foundation

@testable import SitthiKit

/// Leaflets and share pictures from the shipped content, for the drawing tests.
enum DrawingSamples {
    /// The Markdown body (after the front matter) of a shipped text.
    static func body(_ path: String) throws -> String {
        let text = try String(contentsOf: FixtureSite.repositoryRoot.appendingPathComponent("content/\(path)"), encoding: .utf8)
        let parts = text.components(separatedBy: "\n---\n")
        return parts.dropFirst().joined(separator: "\n---\n")
    }

    static let hotlines: [LeafletPDF.Hotline] = [
        .init(number: "1546", label: LanguageText(text: "กรมสวัสดิการและคุ้มครองแรงงาน: ปรึกษาและร้องเรียนเรื่องค่าจ้าง เวลาทำงาน ค่าชดเชย", language: "th")),
        .init(number: "1694", label: LanguageText(text: "กรมการจัดหางาน: ใบอนุญาตทำงาน การเปลี่ยนนายจ้าง", language: "th")),
        .init(number: "191", label: LanguageText(text: "ตำรวจ: อาชญากรรม ความรุนแรง เหตุฉุกเฉิน", language: "th")),
    ]

    /// The leaflet of a shipped article in a language, beside its Thai text.
    static func leaflet(_ article: String, _ language: String, title: String) throws -> LeafletPDF {
        LeafletPDF(
            language: language, title: LanguageText(text: title, language: language),
            sourceTitle: language == "th" ? nil : LanguageText(text: "ค่าจ้าง", language: "th"),
            date: LanguageText(text: "29 November 2026", language: "en"), address: "https://sitthi.example.org/\(language)/\(article)/",
            scanCaption: LanguageText(text: "สแกนเพื่ออ่านหน้านี้ในโทรศัพท์ของคุณ", language: "th"),
            reader: .init(language: language, markdown: try body("\(article)/\(language).md")),
            source: language == "th" ? nil : .init(language: "th", markdown: try body("\(article)/th.md")),
            readerShare: 55, officeBox: LanguageText(text: "สำนักงานในพื้นที่ของคุณ:", language: "th"), hotlines: hotlines,
            info: .init(title: title, author: "Sitthi", subject: "wages", date: "2026-11-29"))
    }
}
