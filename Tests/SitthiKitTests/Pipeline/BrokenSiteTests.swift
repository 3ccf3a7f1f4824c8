import Foundation
import Testing

@testable import SitthiKit

/// Builds the `broken` fixture, which has one of each content mistake, and checks that every problem is
/// reported at its place in one run and that the previous output is left alone.
@Suite struct BrokenSiteTests {
    @Test func everyProblemIsReportedOnceAtItsLineInOneRun() throws {
        let site = try FixtureSite("broken")
        defer { site.remove() }
        let report = site.build()
        #expect(!report.succeeded)
        try Golden.expectSame(Golden.compareText(report.diagnosticsText, golden: "broken.diagnostics.txt"))
    }

    @Test func frontMatterErrorsPointAtTheirLineInTheMarkdownFile() throws {
        let site = try FixtureSite("broken")
        defer { site.remove() }
        let report = site.build()
        let lines = report.diagnostics.map(\.description)
        #expect(lines.contains("content/work/types/th.md:4:9: error: field `weight` must be a whole number, found `ten`"))
        #expect(lines.contains { $0.hasPrefix("content/work/bad-yaml/th.md:4:7: error: invalid YAML") })
    }

    @Test func nonASCIIFolderNameIsAnErrorThatSuggestsASlug() throws {
        let site = try FixtureSite("broken")
        defer { site.remove() }
        let report = site.build()
        let message = try #require(report.diagnostics.first { $0.location?.path == "content/work/ค่าจ้าง/th.md" }).message
        #expect(message.contains("`kha-cang`"))
    }

    @Test func templateErrorsHaveGoldenDiagnosticsInAllThreeFormats() throws {
        let site = try FixtureSite("broken-templates")
        defer { site.remove() }
        let report = site.check()
        #expect(!report.succeeded)
        try Golden.expectSame(Golden.compareText(report.diagnosticsText, golden: "broken-templates.check.txt"))
        try Golden.expectSame(Golden.compareText(DiagnosticPrinter.githubLines(report.diagnostics).joined(separator: "\n") + "\n", golden: "broken-templates.check.github.txt"))
        try Golden.expectSame(Golden.compareText(DiagnosticPrinter.json(report) + "\n", golden: "broken-templates.check.json"))
    }

    @Test func brokenTemplateIsReportedAtItsLine() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        try site.write("<p>\n{{#items}}\n<li>{{title}}</li>\n", to: "templates/section.mustache")
        try site.write("{{> no-such-partial}}\n", to: "templates/page-list.mustache")
        let report = site.build()
        #expect(!report.succeeded)
        let lines = report.diagnostics.map(\.description)
        #expect(lines.contains { $0.hasPrefix("templates/section.mustache:") && $0.contains("not closed") })
        #expect(lines.contains("templates/page-list.mustache:1:1: error: unknown partial `no-such-partial`: no templates/no-such-partial.mustache"))
    }
}
