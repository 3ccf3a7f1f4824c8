import Foundation
import Testing

@testable import SitthiKit

/// Break opportunities for drawn text: at ICU's word boundaries, between syllables only, and enough of
/// them that Pango can wrap long runs of Burmese, Khmer, Lao and Thai without spaces.
@Suite struct WordBreaksTests {
    /// Runs of text without spaces, put together from words of the shipped articles.
    static let longRuns: [(language: String, text: String)] = [
        ("my", "အနည်းဆုံးလုပ်ခဆိုင်ရာလုပ်ခကော်မတီကြေညာချက်အလုပ်သမားအကာအကွယ်ပေးရေးအက်ဥပဒေ"),
        ("km", "សេចក្តីជូនដំណឹងរបស់គណៈកម្មការប្រាក់ឈ្នួលស្តីពីប្រាក់ឈ្នួលអប្បបរមា"),
        ("lo", "ປະກາດຄະນະກຳມະການຄ່າຈ້າງເລື່ອງອັດຕາຄ່າຈ້າງຂັ້ນຕ່ຳມີຜົນບັງຄັບໃຊ້"),
        ("th", "ค่าจ้างต้องจ่ายอย่างน้อยเดือนละครั้งและต้องไม่ต่ำกว่าค่าจ้างขั้นต่ำ"),
    ]

    @Test(arguments: [
        ("th", "ลูกจ้างมีสิทธิลาป่วย", ["ลูกจ้าง", "มี", "สิทธิ", "ลา", "ป่วย"]),
        ("lo", "ລູກຈ້າງມີສິດ", ["ລູກຈ້າງ", "ມີ", "ສິດ"]),
        ("km", "កម្មករមានសិទ្ធិ", ["កម្មករ", "មាន", "សិទ្ធិ"]),
        ("my", "အလုပ်သမားများအခွင့်အရေး", ["အလုပ်သမား", "များ", "အခွင့်အရေး"]),
    ])
    func breaksFallBetweenWords(_ language: String, _ text: String, _ words: [String]) {
        let marked = WordBreaks.inserted(into: MarkedText(text), language: language)
        #expect(marked.text.split(separator: "\u{200B}").map(String.init) == words)
    }

    @Test(arguments: longRuns.map { $0.language })
    func longRunsWithoutSpacesGetBreaksOnlyBetweenSyllables(_ language: String) throws {
        let text = try #require(Self.longRuns.first { $0.language == language }).text
        let places = WordBreaks.opportunities(in: text, language: language)
        #expect(places.count >= 4, "a run of \(text.count) characters needs places to break")
        for problem in Self.syllableProblems(in: text, at: places) { Issue.record("\(language): \(problem)") }
    }

    @Test func spacedTextAndLatinGetNoExtraBreaks() {
        #expect(WordBreaks.opportunities(in: "Working hours and overtime pay 1546", language: "en").isEmpty)
        let thaiWithSpace = "สิทธิ 1546"
        #expect(WordBreaks.inserted(into: MarkedText(thaiWithSpace), language: "th").text == thaiWithSpace)
    }

    @Test func marksMoveWithTheInsertedSpaces() {
        // "ลูกจ้าง**มีสิทธิ**ลา": the bold stretch keeps exactly its words.
        let text = "ลูกจ้างมีสิทธิลา"
        let start = "ลูกจ้าง".utf8.count
        let end = start + "มีสิทธิ".utf8.count
        let marked = WordBreaks.inserted(into: MarkedText(text, marks: [.init(start: start, end: end, style: .strong)]), language: "th")
        let bytes = Array(marked.text.utf8)
        let mark = marked.marks[0]
        let bold = String(decoding: bytes[mark.start..<mark.end], as: UTF8.self)
        #expect(bold.replacingOccurrences(of: "\u{200B}", with: "") == "มีสิทธิ")
        #expect(bold.hasPrefix("มี"))
    }

    /// Every paragraph of the shipped articles in the four scripts: no break opportunity inside a syllable.
    @Test func shippedContentNeverBreaksInsideASyllable() throws {
        let content = FixtureSite.repositoryRoot.appendingPathComponent("content")
        let files = try #require(FileManager.default.enumerator(atPath: content.path)).compactMap { $0 as? String }
        var checked = 0
        for file in files where file.hasSuffix(".md") {
            let name = (file as NSString).lastPathComponent
            guard let language = ["my", "km", "lo", "th"].first(where: { name == "\($0).md" || name == "_index.\($0).md" }) else { continue }
            let text = try String(contentsOf: content.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") where !line.isEmpty {
                let places = WordBreaks.opportunities(in: String(line), language: language)
                checked += places.count
                for problem in Self.syllableProblems(in: String(line), at: places) { Issue.record("\(file): \(problem)") }
            }
        }
        #expect(checked > 1_000, "the shipped content has thousands of places to break")
    }

    /// Breaks that would split a syllable, by the rules of the scripts: never before a combining mark,
    /// never after the Burmese stacker, the Khmer coeng or a Thai or Lao vowel written before its
    /// consonant, and never before a Burmese consonant that the asat (U+103A) kills or the stacker joins
    /// to the next, since it closes the syllable before it.
    static func syllableProblems(in text: String, at places: [Int]) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var offsets: [Int] = []
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += scalar.utf16.count
        }
        var problems: [String] = []
        for place in places {
            guard let index = offsets.firstIndex(of: place), index > 0 else {
                problems.append("break at \(place) is not between two characters")
                continue
            }
            let before = scalars[index - 1]
            let after = scalars[index]
            let cluster = scalars[(index + 1)...].prefix { scalar in
                switch scalar.properties.generalCategory {
                case .nonspacingMark, .spacingMark, .enclosingMark: return true
                default: return false
                }
            }
            let context =
                String(String.UnicodeScalarView(scalars[max(0, index - 4)..<index])) + "|"
                + String(String.UnicodeScalarView(scalars[index..<min(scalars.count, index + 4)]))
            switch after.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: problems.append("break before a combining mark: \(context)")
            default: break
            }
            if before == "\u{1039}" || before == "\u{17D2}" { problems.append("break after a stacking sign: \(context)") }
            if (0x0E40...0x0E44).contains(before.value) || (0x0EC0...0x0EC4).contains(before.value) {
                problems.append("break after a vowel written before its consonant: \(context)")
            }
            if cluster.contains("\u{103A}") || cluster.contains("\u{1039}") { problems.append("break before a killed or stacked consonant: \(context)") }
        }
        return problems
    }
}
