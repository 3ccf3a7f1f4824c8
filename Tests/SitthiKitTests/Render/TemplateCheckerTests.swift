import Foundation
import Testing

@testable import SitthiKit

/// A template that names what no page provides fails `check` and `build` at its line, before any page
/// is made; the shipped templates name only what their models provide.
@Suite struct TemplateCheckerTests {
    private func replacing(_ old: String, with new: String, in template: String, of site: FixtureSite) throws {
        let url = site.root.appendingPathComponent("templates/\(template).mustache")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old))
        try site.write(text.replacingOccurrences(of: old, with: new), to: "templates/\(template).mustache")
    }

    @Test func typoInAVariableIsAnErrorAtItsLineWithASuggestion() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        try replacing("<h1>{{{title}}}</h1>", with: "<h1>{{{titel}}}</h1>", in: "article", of: site)
        for report in [site.check(), site.build()] {
            #expect(!report.succeeded)
            #expect(
                report.diagnostics.map(\.description).contains(
                    "templates/article.mustache:4:5: error: `titel` is not a value this template gets (filled with an article page): did you mean `title`?"))
        }
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test func unknownSectionAndNameInsideAListAreErrors() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        try replacing("{{#pairs}}", with: "{{#pears}}", in: "article", of: site)
        try replacing("{{/pairs}}", with: "{{/pears}}", in: "article", of: site)
        try replacing("<li><a href=\"{{{href}}}\">{{{title}}}</a>", with: "<li><a href=\"{{{link}}}\">{{{title}}}</a>", in: "page-list", of: site)
        let messages = site.check().diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(messages.contains { $0.hasPrefix("templates/article.mustache:") && $0.contains("`pears` is not a value") && $0.contains("`pairs`") })
        #expect(messages.contains { $0.hasPrefix("templates/page-list.mustache:3:") && $0.contains("`link` is not a value this template gets (filled with a list entry)") })
    }

    @Test func interfaceStringMissingFromTheSourceLanguageIsAnError() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        try replacing("{{{t.legal_basis}}}", with: "{{{t.legal_basic}}}", in: "article", of: site)
        let report = site.check()
        #expect(
            report.diagnostics.contains {
                $0.location?.path == "templates/article.mustache"
                    && $0.message == "interface string `legal_basic` is not in the source language's strings file (content/i18n/): did you mean `legal_basis`?"
            })
    }

    @Test func theLayoutMayNameOnlyWhatEveryPageHas() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        try replacing("<main id=\"main\">", with: "<main id=\"main\">{{{updatedText}}}", in: "layout", of: site)
        #expect(site.check().diagnostics.contains { $0.location?.path == "templates/layout.mustache" && $0.message.hasPrefix("`updatedText` is not a value") })
    }

    @Test func shippedTemplatesNameOnlyWhatTheirModelsProvide() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        #expect(!site.check().diagnostics.contains { $0.location?.path.hasPrefix("templates/") == true })
    }

    @Test func tagsAreFoundWithTheirLinesAndColumns() {
        let tags = TemplateChecker.tags(in: "ก {{a}}\n  {{{b.c}}} {{#d}}{{> e}}{{/d}}{{! note }}")
        #expect(
            tags == [
                .init(kind: .variable, name: "a", line: 1, column: 3),
                .init(kind: .variable, name: "b.c", line: 2, column: 3),
                .init(kind: .section, name: "d", line: 2, column: 13),
                .init(kind: .partial, name: "e", line: 2, column: 19),
                .init(kind: .close, name: "d", line: 2, column: 26),
                .init(kind: .comment, name: "note", line: 2, column: 32),
            ])
    }
}
