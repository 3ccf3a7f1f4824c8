import Foundation
import Testing

@testable import SitthiKit

/// Every example of the GitHub Flavored Markdown spec (a corpus nobody here wrote), each as the body of
/// an article, goes through `check` and `build` without a crash or a hang.
@Suite struct GFMSpecTests {
    /// `../shared/testdata/gfm-spec/` beside the repository: read, never copied into it.
    static let specFolder = FixtureSite.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/testdata/gfm-spec")

    /// The Markdown of each example: between a fence of 32 backticks followed by ` example` (and perhaps an extension name) and the
    /// line holding only `.`, with `→` standing for a tab.
    static func examples(in text: String) -> [String] {
        let fence = String(repeating: "`", count: 32)
        var examples: [String] = []
        var current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil {
                if line.hasPrefix(fence + " example") { current = [] }
            } else if line == "." {
                examples.append(current!.joined(separator: "\n").replacingOccurrences(of: "→", with: "\t") + "\n")
                current = nil
            } else {
                current!.append(line)
            }
        }
        return examples
    }

    @Test(.timeLimit(.minutes(5)))
    func everySpecExampleChecksAndBuildsAsAnArticle() throws {
        var examples: [String] = []
        for name in ["spec.txt", "extensions.txt"] {
            let url = Self.specFolder.appendingPathComponent(name)
            // A missing corpus fails the test: it is part of every checkout's shared folder.
            let text = try #require(try? String(contentsOf: url, encoding: .utf8), "cannot read \(url.path)")
            examples += Self.examples(in: text)
        }
        #expect(examples.count == 701)

        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        try site.write("---\ntitle: \"ตัวอย่าง\"\nsummary: \"ตัวอย่างจากข้อกำหนด\"\n---\n", to: "content/spec/_index.th.md")
        for (index, markdown) in examples.enumerated() {
            let folder = String(format: "content/spec/example-%03d", index + 1)
            try site.write("---\ntitle: \"ตัวอย่าง \(index + 1)\"\nsummary: \"ตัวอย่าง\"\n---\n" + markdown, to: "\(folder)/th.md")
        }
        let check = site.check()
        let build = site.build()
        for report in [check, build] {
            // What the examples may rightly be told: links to pages this site does not have, and text
            // hygiene (tabs, control characters) that only `check` reports. Nothing else, and no crash.
            let unexpected = report.diagnostics.filter { diagnostic in
                guard diagnostic.severity == .error else { return false }
                return !(diagnostic.location?.path.hasPrefix("content/spec/") == true && diagnostic.message.contains("link"))
            }
            #expect(unexpected.isEmpty, "\(unexpected.map(\.description).joined(separator: "\n"))")
        }
        #expect(build.pageCount > 701 * 5)
    }
}
