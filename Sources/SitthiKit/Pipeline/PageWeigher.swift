/// One page's weight: as written, and gzip-compressed as a web server sends it.
struct PageWeight: Sendable, Equatable {
    /// The page's path in the output folder.
    var path: String
    var bytes: Int
    var compressedBytes: Int
}

/// Finds the heaviest article pages of a build. The first round trip of a new connection carries about
/// 14 KB (RFC 6928): an article's HTML with its inline CSS should fit, compressed, so a phone on a slow
/// link shows the text after one round trip. Compressing every page would cost more than rendering it,
/// so the weigher keeps the largest pages as written and compresses only those at the end.
struct PageWeigher {
    /// The budget for an article page, compressed.
    static let budget = 14 * 1024
    /// How many of the largest pages (as written) are compressed and compared.
    static let candidates = 8

    private var largest: [OutputFile] = []

    /// Looks at a batch of written files; only article pages count.
    mutating func consider(_ files: [OutputFile]) {
        for file in files where file.articleSource != nil {
            if largest.count == Self.candidates, let smallest = largest.last, smallest.contents.count >= file.contents.count { continue }
            let index = largest.firstIndex { $0.contents.count < file.contents.count } ?? largest.endIndex
            largest.insert(file, at: index)
            if largest.count > Self.candidates { largest.removeLast() }
        }
    }

    /// The heaviest pages, compressed, heaviest first; each one over the budget is a warning at its
    /// Markdown file.
    func heaviest(count: Int, diagnostics: Diagnostics) -> [PageWeight] {
        let weighed = Parallel.map(largest) { file in
            (file, PageWeight(path: file.path, bytes: file.contents.count, compressedBytes: Gzip.compressedSize(of: file.contents) ?? file.contents.count))
        }.sorted { $0.1.compressedBytes > $1.1.compressedBytes }
        for (file, weight) in weighed where weight.compressedBytes > Self.budget {
            diagnostics.warning(
                "the page \(weight.path) is \(Self.kilobytes(weight.compressedBytes)) KB compressed, over the \(Self.budget / 1024) KB budget of a phone's first round trip: shorten this article or split it in two",
                at: file.articleSource.map { SourceLocation(path: $0) })
        }
        return weighed.prefix(count).map(\.1)
    }

    /// Bytes as kilobytes (1,024 bytes) with one decimal.
    static func kilobytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 512) / 1024
        return "\(tenths / 10).\(tenths % 10)"
    }
}
