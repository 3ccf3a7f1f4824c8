import Foundation
import Testing

@testable import SitthiKit

/// `check`: everything `build` finds, written nowhere, in text, GitHub and JSON forms, and the report
/// of where each translation stands.
@Suite struct CheckTests {
    @Test func checkWritesNothingAndReportsTheBrokenSiteInAllThreeFormats() throws {
        let site = try FixtureSite("broken")
        defer { site.remove() }
        let report = site.check()
        #expect(!report.succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
        try Golden.expectSame(Golden.compareText(report.diagnosticsText, golden: "broken.check.txt"))
        try Golden.expectSame(Golden.compareText(DiagnosticPrinter.githubLines(report.diagnostics).joined(separator: "\n") + "\n", golden: "broken.check.github.txt"))
        try Golden.expectSame(Golden.compareText(DiagnosticPrinter.json(report) + "\n", golden: "broken.check.json"))
    }

    @Test func checkListsEveryOfficeGapOnItsOwnRow() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        let lines = site.check().diagnostics.map(\.description).filter { $0.hasPrefix("content/offices/") }
        #expect(
            lines == [
                "content/offices/offices.csv:2:15: warning: office `hotline-1546` was last checked 2023-03-20, more than 12 months before 2026-11-26",
                "content/offices/offices.csv:4:10: warning: office `bkk-area-01` has no phone number; its page offers hotline 1546 instead",
                "content/offices/offices.csv:7:10: warning: office `prov-th-63` has no phone number; its page offers hotline 1546 instead",
            ])
    }

    @Test func translationReportShowsMissingDraftReviewedAndOutOfDate() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        let report = try #require(site.check().translations)
        try Golden.expectSame(Golden.compareText(report.table + "\n", golden: "bilingual.translations.txt"))
        let leave = try #require(report.rows.first { $0.article == "work/leave" })
        #expect(leave.states["lo"] == .outOfDate)
        #expect(leave.states["my"] == .missing)
        let hours = try #require(report.rows.first { $0.article == "work/hours" })
        #expect(hours.states["my"] == .reviewed)
        #expect(hours.states["en"] == .draft)
    }

    @Test func githubAnnotationsEscapeLineBreaksAndCommas() {
        let diagnostic = Diagnostic(.error, "bad\nvalue, 100%", at: SourceLocation(path: "content/a,b/th.md", line: 2, column: 3))
        #expect(DiagnosticPrinter.githubLines([diagnostic]) == ["::error file=content/a%2Cb/th.md,line=2,col=3::bad%0Avalue, 100%25"])
    }
}
