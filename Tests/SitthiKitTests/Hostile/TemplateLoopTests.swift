import Testing

@testable import SitthiKit

/// Partials that include each other would render forever (a stack overflow, once): each loop is an
/// error at the include that closes it, and nothing is rendered.
@Suite struct TemplateLoopTests {
    @Test func partialThatIncludesItselfIsAnErrorAtItsLine() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        try site.write("<ul>\n  {{> page-list}}\n</ul>\n", to: "templates/page-list.mustache")
        let report = site.build()
        #expect(!report.succeeded)
        #expect(
            report.diagnostics.map(\.description).contains(
                "templates/page-list.mustache:2:3: error: partials include each other without end (`page-list` → `page-list`): a page would never finish; remove one of these includes"
            ))
    }

    @Test func twoPartialsThatIncludeEachOtherAreOneError() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        try site.write("{{> pong}}\n", to: "templates/ping.mustache")
        try site.write("x\n{{> ping}}\n", to: "templates/pong.mustache")
        let report = site.check()
        let loops = report.diagnostics.filter { $0.message.contains("without end") }
        #expect(loops.count == 1)
        #expect(loops.first?.message.contains("`ping` → `pong` → `ping`") == true)
        #expect(loops.first?.location == SourceLocation(path: "templates/pong.mustache", line: 2, column: 1))
    }

    @Test func layoutThatIncludesItselfIsRefused() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        let layout = try String(contentsOf: site.root.appendingPathComponent("templates/layout.mustache"), encoding: .utf8)
        try site.write(layout.replacingOccurrences(of: "{{{main}}}", with: "{{{main}}}{{> layout}}"), to: "templates/layout.mustache")
        let report = site.build()
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.location?.path == "templates/layout.mustache" && $0.message.contains("`layout` → `layout`") })
        #expect(!FileSystem.kind(of: site.output.path).exists)
    }
}
