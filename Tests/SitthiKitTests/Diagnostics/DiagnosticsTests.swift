import Foundation
import Testing

@testable import SitthiKit

@Suite struct DiagnosticsTests {
    @Test func printsCompilerStyleLines() {
        let diagnostic = Diagnostic(.error, "missing required field `title`", at: SourceLocation(path: "content/a/th.md", line: 3, column: 7))
        #expect(diagnostic.description == "content/a/th.md:3:7: error: missing required field `title`")
        #expect(Diagnostic(.warning, "no location", at: nil).description == "warning: no location")
    }

    @Test func ordersByFileThenLineWhateverTheOrderOfReporting() {
        let diagnostics = Diagnostics()
        diagnostics.warning("b", at: SourceLocation(path: "content/b.md", line: 1))
        diagnostics.error("a2", at: SourceLocation(path: "content/a.md", line: 10))
        diagnostics.error("a1", at: SourceLocation(path: "content/a.md", line: 2))
        #expect(diagnostics.all.map(\.message) == ["a1", "a2", "b"])
        #expect(diagnostics.hasErrors)
        #expect(diagnostics.count(of: .warning) == 1)
    }

    @Test func controlCharactersInPathsAndMessagesNeverStartALineOfTheirOwn() {
        let diagnostic = Diagnostic(.error, "bad name `x\n::warning::y`\u{1B}[2J", at: SourceLocation(path: "content/a\n::warning file=x::pwned/th.md"))
        #expect(diagnostic.description == "content/a\\n::warning file=x::pwned/th.md:1:1: error: bad name `x\\n::warning::y`\\u{1B}[2J")
        #expect(!diagnostic.description.contains("\n"))
    }

    @Test func folderNameWithALineBreakIsReportedOnOneLine() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        try site.write("---\ntitle: a\nsummary: b\n---\n", to: "content/work/x\n::warning::owned/th.md")
        let report = site.build()
        #expect(!report.succeeded)
        let lines = report.diagnosticsText.split(separator: "\n")
        #expect(!lines.contains { $0.hasPrefix("::") })
        #expect(lines.contains { $0.hasPrefix("content/work/x\\n::warning::owned/th.md:1:1: error:") })
    }
}
