import Foundation
import Testing

@testable import SitthiKit

/// The page-weight report: gzip sizes through zlib, and the heaviest article pages of a build.
@Suite struct PageWeightTests {
    @Test func gzipSizeMatchesWhatCompressionDoesToRepetitiveAndRandomText() throws {
        let repetitive = Array(String(repeating: "ค่าจ้างขั้นต่ำ ", count: 2000).utf8)
        let size = try #require(Gzip.compressedSize(of: repetitive))
        #expect(size > 18 && size < repetitive.count / 50, "repeated text shrinks to a small fraction: \(size)")
        var generator = SystemRandomNumberGenerator()
        let noise = (0..<10_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let noiseSize = try #require(Gzip.compressedSize(of: noise))
        #expect(noiseSize >= noise.count && noiseSize < noise.count + 100, "random bytes do not shrink: \(noiseSize)")
        #expect(Gzip.compressedSize(of: []) == 20, "an empty gzip member is a 10-byte header, 2 bytes of deflate and an 8-byte trailer")
    }

    @Test func theHeaviestArticlePagesAreReportedAndOnesOverBudgetWarned() {
        var weigher = PageWeigher()
        var generator = SystemRandomNumberGenerator()
        // Random hex text compresses to about half: 40 KB of it weighs about 20 KB, over the budget.
        func page(_ bytes: Int) -> [UInt8] { (0..<bytes).map { _ in Array("0123456789abcdef".utf8)[Int.random(in: 0..<16, using: &generator)] } }
        weigher.consider([
            OutputFile(path: "th/a/index.html", contents: page(40_000), articleSource: "content/a/th.md"),
            OutputFile(path: "th/b/index.html", contents: page(5_000), articleSource: "content/b/th.md"),
            OutputFile(path: "th/index.html", contents: page(90_000)),
        ])
        weigher.consider((0..<12).map { OutputFile(path: "my/c\($0)/index.html", contents: page(1_000 + 200 * $0), articleSource: "content/c\($0)/my.md") })
        let diagnostics = Diagnostics()
        let heaviest = weigher.heaviest(count: 3, diagnostics: diagnostics)
        #expect(heaviest.map(\.path) == ["th/a/index.html", "th/b/index.html", "my/c11/index.html"], "only article pages count")
        #expect(heaviest[0].bytes == 40_000)
        #expect(heaviest[0].compressedBytes > PageWeigher.budget)
        let warnings = diagnostics.all
        #expect(warnings.count == 1)
        #expect(warnings.first?.location?.path == "content/a/th.md")
        #expect(warnings.first?.message.contains("over the 14 KB budget") == true)
    }

    @Test func shippedTemplatesKeepAFixtureArticleFarUnderTheBudget() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        let report = site.build()
        let heaviest = try #require(report.heaviestPages.first)
        #expect(heaviest.compressedBytes < PageWeigher.budget)
        let bytes = try Data(contentsOf: site.output.appendingPathComponent(heaviest.path))
        #expect(heaviest.bytes == bytes.count)
    }
}
