import Foundation
import Testing

@testable import SitthiKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Malformed and hostile input of every kind, tried as a stranger would: each case either builds
/// correctly or is an error at its file (and line), the run exits with failure, and the previous site
/// stays exactly as it was. None crashes or hangs.
@Suite struct HostileInputTests {
    /// What a case must lead to.
    enum Outcome: Sendable {
        /// An error located in the file written (at this line, when given).
        case error(line: Int?)
        /// A successful build.
        case builds
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var path: String
        var bytes: [UInt8]
        var outcome: Outcome
        var testDescription: String { name }

        init(_ name: String, _ path: String, _ text: String, _ outcome: Outcome) {
            self.init(name, path, bytes: Array(text.utf8), outcome)
        }

        init(_ name: String, _ path: String, bytes: [UInt8], _ outcome: Outcome) {
            self.name = name
            self.path = path
            self.bytes = bytes
            self.outcome = outcome
        }
    }

    /// A new article of its own, so that no other page links into what the case breaks.
    static let article = "content/work/hostile/th.md"
    static let settings = "content/site.yml"
    static let offices = "content/offices/offices.csv"
    static let strings = "content/i18n/th.yml"

    static func frontMatter(_ fields: String, body: String = "text\n") -> String { "---\n\(fields)---\n\(body)" }

    static func fixtureText(_ path: String) -> String {
        (try? String(contentsOf: FixtureSite.testsFolder.appendingPathComponent("Fixtures/bilingual/\(path)"), encoding: .utf8)) ?? ""
    }

    /// The fixture's own settings, which the settings cases change one value of.
    static let siteTemplate = fixtureText(settings)

    /// The fixture's office spreadsheet, which the spreadsheet cases add a row to.
    static let officesText = fixtureText(offices)

    static func settings(replacing old: String, with new: String) -> String {
        precondition(siteTemplate.contains(old))
        return siteTemplate.replacingOccurrences(of: old, with: new)
    }

    static let cases: [Case] = [
        // Front matter.
        Case("unclosed quote", article, frontMatter("title: \"เวลา\nsummary: x\n"), .error(line: nil)),
        Case("tab indentation", article, frontMatter("title: a\n\tsummary: b\n"), .error(line: 3)),
        Case("duplicate key", article, frontMatter("title: a\nsummary: b\ntitle: c\n"), .error(line: nil)),
        Case("list where text is expected", article, frontMatter("title: [a, b]\nsummary: b\n"), .error(line: 2)),
        Case("mapping where text is expected", article, frontMatter("title:\n  th: a\nsummary: b\n"), .error(line: 3)),
        Case("10 MB title", article, frontMatter("title: \"" + String(repeating: "ก", count: 3_500_000) + "\"\nsummary: b\n"), .error(line: nil)),
        Case("title of 5,000 characters", article, frontMatter("title: \"" + String(repeating: "ก", count: 5_000) + "\"\nsummary: b\n"), .error(line: 2)),
        Case("missing closing ---", article, "---\ntitle: a\nsummary: b\ntext\n", .error(line: nil)),
        Case("doubled --- at the start", article, "---\n---\ntitle: a\nsummary: b\n---\ntext\n", .error(line: nil)),
        Case("no front matter", article, "just text\n", .error(line: 1)),
        Case("empty file", article, "", .error(line: 1)),
        Case("byte-order mark only", article, bytes: [0xEF, 0xBB, 0xBF], .error(line: 1)),
        Case("NUL byte in the title", article, frontMatter("title: \"a\u{0}b\"\nsummary: b\n"), .error(line: 2)),
        Case("ESC in the summary", article, frontMatter("title: a\nsummary: \"b\u{1B}[31m\"\n"), .error(line: 3)),
        Case("U+0001 in the body", article, frontMatter("title: a\nsummary: b\n", body: "one\u{1}two\n"), .error(line: 5)),
        Case("noncharacter U+FFFE in the title", article, frontMatter("title: \"a\u{FFFE}\"\nsummary: b\n"), .error(line: 2)),
        Case("invalid UTF-8", article, bytes: Array(frontMatter("title: a\nsummary: b\n").utf8) + [0xC3, 0x28, 0x0A], .error(line: 6)),
        Case("UTF-16 file", article, bytes: [0xFF, 0xFE] + Array(frontMatter("title: a\nsummary: b\n").utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, .error(line: 1)),
        Case("CRLF line ends", article, frontMatter("title: a\r\nsummary: b\r\n").replacingOccurrences(of: "\n", with: "\r\n"), .builds),
        Case(
            "YAML alias bomb", article,
            frontMatter(
                "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ntitle: a\nsummary: b\n"
            ), .builds),
        // Markdown.
        Case("blockquotes nested 10,000 deep", article, frontMatter("title: a\nsummary: b\n", body: String(repeating: ">", count: 10_000) + " deep\n"), .builds),
        Case(
            "lists nested 1,500 deep (3 MB)", article, frontMatter("title: a\nsummary: b\n", body: (0..<1_500).map { String(repeating: " ", count: $0 * 2) + "- x\n" }.joined()),
            .builds),
        Case("brackets and emphasis 10,000 deep", article, frontMatter("title: a\nsummary: b\n", body: String(repeating: "[*_", count: 10_000) + "x\n"), .builds),
        Case("a line of 1 MB", article, frontMatter("title: a\nsummary: b\n", body: String(repeating: "ค่าจ้าง ", count: 50_000) + "\n"), .builds),
        Case("a 50 MB article", article, frontMatter("title: a\nsummary: b\n", body: String(repeating: "ข้อความ\n", count: 2_400_000)), .error(line: 1)),
        // Office spreadsheet.
        Case("row with too few fields", offices, officesText + "hostile-office,hotline,,สายด่วน\n", .error(line: nil)),
        Case("row with too many fields", offices, officesText + "hostile-office,hotline,,สายด่วน,,,,,,1546,,,,,2023-03,src,n,extra\n", .error(line: nil)),
        Case("unterminated quote", offices, officesText + "hostile-office,hotline,,\"สายด่วน,,,,,,1546,,,,,2023-03,src,n\n", .error(line: nil)),
        Case(
            "embedded line break, quotes and formula text", offices,
            officesText + "hostile-office,hotline,,\"สาย\nด่วน \"\"1546\"\"\",\"=HYPERLINK(\"\"http://x\"\")\nTEL:123\",,,,,1546,,,,,2023-03,\"src\nEND:VCARD\",n\n", .builds),
        // Settings.
        Case("empty site.yml", settings, "", .error(line: 1)),
        Case("site.yml that is a list", settings, "- a\n- b\n", .error(line: 1)),
        Case("language code ../x", settings, settings(replacing: "code: en", with: "code: ../x"), .error(line: nil)),
        Case("language code <script>", settings, settings(replacing: "code: en", with: "code: \"<script>\""), .error(line: nil)),
        Case("duplicate language", settings, settings(replacing: "code: en", with: "code: th"), .error(line: nil)),
        Case("default language not listed", settings, settings(replacing: "default_language: th", with: "default_language: xx"), .error(line: 2)),
        Case("javascript: base URL", settings, settings(replacing: "\"https://fixture.example/\"", with: "\"javascript:alert(1)\""), .error(line: 1)),
        Case("quoted base URL", settings, settings(replacing: "\"https://fixture.example/\"", with: "'\"https://fixture.example/\"'"), .error(line: 1)),
        Case("line break in base URL", settings, settings(replacing: "\"https://fixture.example/\"", with: "\"https://fixture.example/\\nDisallow: /\""), .error(line: 1)),
        Case("javascript: hotline", settings, settings(replacing: "number: \"1546\"", with: "number: \"javascript:alert(1)\""), .error(line: nil)),
        Case("bad locale", settings, settings(replacing: "locale: en_US", with: "locale: \"en\\\">\""), .error(line: nil)),
        // Interface strings.
        Case("list as an interface string", strings, "home: [a, b]\n", .error(line: 1)),
        Case("interface strings that are not YAML", strings, "home: \"unclosed\n", .error(line: nil)),
    ]

    // The limit catches a hang, not slowness: under the thread sanitizer, with every suite running at once
    // on two cores, the 1 MB line (drawn into five leaflet PDFs and indexed for search, three builds)
    // took over five minutes; alone and without the sanitizer its three builds take about ten seconds.
    @Test(.timeLimit(.minutes(10)), arguments: cases)
    func hostileInputIsAnErrorAtItsFileOrBuildsAndNeverHarmsThePreviousSite(_ hostile: Case) throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        let first = site.build()
        #expect(first.succeeded, "\(first.diagnosticsText)")
        let before = try Golden.tree(at: site.output)
        let url = site.root.appendingPathComponent(hostile.path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(hostile.bytes).write(to: url)

        let check = site.check()
        let build = site.build()
        switch hostile.outcome {
        case .builds:
            #expect(check.errorCount == 0, "\(check.diagnosticsText)")
            #expect(build.succeeded, "\(build.diagnosticsText)")
        case .error(let line):
            for report in [check, build] {
                #expect(!report.succeeded)
                let errors = report.diagnostics.filter { $0.severity == .error && $0.location?.path == hostile.path }
                #expect(!errors.isEmpty, "no error at \(hostile.path): \(report.diagnosticsText)")
                if let line { #expect(errors.contains { $0.location?.line == line }, "\(report.diagnosticsText)") }
            }
            #expect(try Golden.tree(at: site.output) == before, "the previous site is untouched")
        }
    }

    @Test func hostileTextIsEscapedInPagesFeedsSitemapAndContactCards() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        try site.write(Self.frontMatter("title: \"<script>alert(1)</script> & ]]>\"\nsummary: \"\\\"><img src=x onerror=alert(1)>\"\n"), to: Self.article)
        try site.write(
            Self.officesText + "hostile-office,central,TH-10,\"<b>สาย\nด่วน</b>\",\"x\nTEL:999\",,,,\"addr\r\nEND:VCARD\",02 000 0001,,,,,2026-06,\"s\nEND:VCARD\nBEGIN:VCARD\",n\n",
            to: Self.offices)
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnosticsText)")
        // Every HTML and XML file (a contact card is plain text, where `<` means nothing).
        for (path, data) in try Golden.tree(at: site.output) where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("<script>alert"), "\(path)")
            #expect(!text.contains("<img src=x"), "\(path)")
            #expect(!text.contains("<b>สาย"), "\(path)")
        }
        let card = try site.page("offices/hostile-office.vcf")
        let properties = card.split(separator: "\r\n").filter { !$0.hasPrefix(" ") }.map { $0.split(separator: ":").first.map(String.init) ?? "" }
        #expect(properties.filter { $0 == "BEGIN" }.count == 1)
        #expect(properties.filter { $0 == "END" }.count == 1)
        #expect(!properties.contains("TEL") || card.contains("TEL;TYPE=WORK,VOICE:"))
        #expect(!card.contains("\nTEL:999"))
        let feed = try site.page("th/feed.xml")
        #expect(XMLParser(data: Data(feed.utf8)).parse(), "the feed is well-formed XML")
    }
}
