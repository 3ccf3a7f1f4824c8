import Foundation
import Testing

@testable import SitthiKit

/// A fixture site from `Tests/SitthiKitTests/Fixtures/<name>`, copied into a fresh temporary folder with
/// the project's own `templates/` (unless the fixture has its own), ready to build.
struct FixtureSite {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let repositoryRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

    let name: String
    /// The temporary site root.
    let root: URL

    init(_ name: String) throws {
        self.name = name
        let manager = FileManager.default
        root = manager.temporaryDirectory.appendingPathComponent("sitthi-\(name)-\(UUID().uuidString)")
        try manager.copyItem(at: Self.testsFolder.appendingPathComponent("Fixtures/\(name)"), to: root)
        let templates = root.appendingPathComponent("templates")
        if !manager.fileExists(atPath: templates.path) {
            try manager.copyItem(at: Self.repositoryRoot.appendingPathComponent("templates"), to: templates)
        }
    }

    var output: URL { root.appendingPathComponent("public") }

    /// The day fixture builds treat as today, so that "checked more than a year ago" is stable.
    static let today = CalendarDay("2026-11-26")!

    func build() -> BuildReport { Pipeline(root: root.path, today: Self.today).build() }

    func check() -> BuildReport { Pipeline(root: root.path, today: Self.today).check() }

    /// Writes a file into the site (relative path), for tests that change the input.
    func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// The text of a built file, relative to the output folder.
    func page(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// Compares produced output with the golden copies under `Tests/SitthiKitTests/Golden`; with
/// `RECORD_GOLDEN=1` in the environment it writes the golden copies instead.
enum Golden {
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }
    static let folder = FixtureSite.testsFolder.appendingPathComponent("Golden")

    /// Records a test issue listing every difference, if there is any.
    static func expectSame(_ differences: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    /// Every file below a folder, relative path → contents.
    static func tree(at root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = root.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return files }
        for case let url as URL in walker where (try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let path = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
            files[path] = try Data(contentsOf: url)
        }
        return files
    }

    /// Output left out of golden copies: `assets/` holds the repository's own files, copied unchanged
    /// (AssetTests checks the copy), and the drawn PDFs and share pictures depend on the fonts and
    /// library versions of the machine (DrawnFilesTests and the drawing tests check them).
    static func isUnrecorded(_ path: String) -> Bool {
        path.hasPrefix("assets/") || path.hasSuffix("/" + Router.leafletPDFName) || path.hasSuffix("/" + Router.sharePictureName)
    }

    /// The differences between an output tree and its golden tree, as readable lines (empty when equal).
    static func compareTree(_ output: URL, golden name: String) throws -> [String] {
        let expectedRoot = folder.appendingPathComponent(name)
        if recording {
            try? FileManager.default.removeItem(at: expectedRoot)
            try FileManager.default.createDirectory(at: expectedRoot.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: output, to: expectedRoot)
            for path in try tree(at: expectedRoot).keys where isUnrecorded(path) {
                try FileManager.default.removeItem(at: expectedRoot.appendingPathComponent(path))
            }
            try? FileManager.default.removeItem(at: expectedRoot.appendingPathComponent("assets"))
            return []
        }
        let actual = try tree(at: output).filter { !isUnrecorded($0.key) }
        let expected = try tree(at: expectedRoot)
        var problems: [String] = []
        for path in Set(actual.keys).union(expected.keys).sorted() {
            switch (actual[path], expected[path]) {
            case (nil, _): problems.append("missing from output: \(path)")
            case (_, nil): problems.append("not in golden copy: \(path)")
            case (let a?, let e?) where a != e: problems.append("differs: \(path)\n" + firstDifference(a, e))
            default: break
            }
        }
        return problems
    }

    /// Compares a text with a golden text file; records it under RECORD_GOLDEN=1.
    static func compareText(_ text: String, golden name: String) throws -> [String] {
        let url = folder.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return []
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        return expected == text ? [] : ["differs from Golden/\(name)\n" + firstDifference(Data(text.utf8), Data(expected.utf8))]
    }

    private static func firstDifference(_ actual: Data, _ expected: Data) -> String {
        let a = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let e = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(a.count, e.count) {
            let left = index < a.count ? String(a[index]) : "<end>"
            let right = index < e.count ? String(e[index]) : "<end>"
            if left != right { return "  line \(index + 1)\n  got:      \(left)\n  expected: \(right)" }
        }
        return "  (same lines, different bytes)"
    }
}

extension BuildReport {
    /// The diagnostics as the CLI prints them, one per line.
    var diagnosticsText: String { diagnostics.map(\.description).joined(separator: "\n") + "\n" }
}
