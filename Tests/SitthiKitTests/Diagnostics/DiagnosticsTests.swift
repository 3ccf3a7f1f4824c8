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
}
