import Foundation
import Testing

@testable import SitthiKit

/// The share links block: filled once per language, then given each page's address.
@Suite struct ShareLinksTests {
    /// The repository's templates, compiled.
    static func templates() throws -> TemplateSet {
        let folder = FixtureSite.repositoryRoot.appendingPathComponent("templates")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }.map {
            SourceText(path: "templates/\($0)", text: try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8))
        }
        return try #require(TemplateSet.compile(files, diagnostics: Diagnostics()))
    }

    @Test func eachMessengerGetsThePageAddressEncodedAndTheCopyFieldGetsItEscaped() throws {
        let share = ShareLinks(templates: try Self.templates(), strings: InterfaceTexts(texts: ["share_heading": HTMLText("Share"), "copy_link": HTMLText("Copy:")]))
        let html = share.html(for: "https://example.org/my/a&b ข/")
        #expect(html.contains("<h2 id=\"share-title\">Share</h2>"))
        #expect(html.contains("<a href=\"https://line.me/R/share?text=https%3A%2F%2Fexample.org%2Fmy%2Fa%26b%20%E0%B8%82%2F\">LINE</a>"))
        #expect(html.contains("<a href=\"https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2Fmy%2Fa%26b%20%E0%B8%82%2F\">Facebook</a>"))
        #expect(html.contains("<a href=\"https://wa.me/?text=https%3A%2F%2Fexample.org"))
        #expect(html.contains("<a href=\"viber://forward?text=https%3A%2F%2Fexample.org"))
        #expect(html.contains("value=\"https://example.org/my/a&amp;b ข/\""))
        #expect(!html.contains("\u{E000}") && !html.contains("\u{E001}"), "no marker is left")
        // A second page gets its own address, not the first one's.
        #expect(share.html(for: "https://example.org/th/").contains("value=\"https://example.org/th/\""))
    }
}
