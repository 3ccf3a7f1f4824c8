import Foundation
import Testing

@testable import SitthiKit

/// The index as the files the search page fetches: they hold the same lists and texts, and a first
/// search on the shipped site loads at most 60 KB of them gzipped.
@Suite struct SearchIndexFilesTests {
    /// What the search page fetches for a query before it shows results: `meta.json`, the pair piece
    /// of the query's pairs and the first `firstTextPieces` text pieces holding candidates; gzipped bytes.
    static func firstSearchBytes(_ query: String, files: SearchIndexFiles, index: SearchIndex) throws -> Int {
        let byName = Dictionary(uniqueKeysWithValues: files.files.map { ($0.name, $0.bytes) })
        let meta = try JSONDecoder().decode(SearchIndexFiles.Meta.self, from: Data(byName["meta.json"]!))
        let normalized = SearchNormalizer.normalize(query)
        var names: Set<String> = ["meta.json"]
        let load = SearchIndexFiles.pairsToLoad(for: normalized, among: meta.pairPieces)
        if let load { names.insert("pairs-\(load.piece).json") }
        let candidates = index.candidates(holding: Set(load?.pairs ?? []), query: normalized)
        // The pairs of one piece lose no match.
        #expect(Set(index.matches(for: query)).isSubset(of: Set(candidates)))
        let pieces = Set(candidates.map { candidate in meta.textPieceStarts.lastIndex { $0 <= candidate }! })
        for piece in pieces.sorted().prefix(meta.firstTextPieces) { names.insert("text-\(piece).json") }
        return try names.reduce(0) { $0 + (try #require(Gzip.compressedSize(of: byName[$1]!))) }
    }

    @Test func thePiecesHoldTheIndexAndAFirstSearchStaysUnder60KB() throws {
        let outline = try #require(SearchIndexTests.outline)
        for (language, words) in SearchIndexTests.words {
            let index = SearchIndex(pages: SearchCorpus.pages(in: outline, language: language))
            let counts = SearchIndexSet.pieceCounts(for: outline)
            let files = SearchIndexFiles(index: index, language: language, pairPieces: counts.pairs, textPieces: counts.texts)
            let byName = Dictionary(uniqueKeysWithValues: files.files.map { ($0.name, $0.bytes) })
            let meta = try JSONDecoder().decode(SearchIndexFiles.Meta.self, from: Data(try #require(byName["meta.json"])))
            #expect(meta.sections.count == index.entries.count)
            // The pair lists, read back from their pieces, are the index's.
            var lists: [String: [Int]] = [:]
            for piece in 0..<meta.pairPieces {
                let gaps = try JSONDecoder().decode([String: [Int]].self, from: Data(try #require(byName["pairs-\(piece).json"])))
                for (pair, list) in gaps {
                    #expect(SearchIndexFiles.piece(of: pair, among: meta.pairPieces) == piece)
                    var total = 0
                    lists[pair] = list.map { gap in
                        total += gap
                        return total
                    }
                }
            }
            #expect(lists == index.postings)
            var texts: [String] = []
            for piece in meta.textPieceStarts.indices {
                texts += try JSONDecoder().decode([String].self, from: Data(try #require(byName["text-\(piece).json"])))
            }
            #expect(texts == index.entries.map(\.section.text))
            var worst = 0
            for word in words { worst = max(worst, try Self.firstSearchBytes(word, files: files, index: index)) }
            let sizes = files.gzippedSizes
            print(
                "search index \(language): \(files.files.count) files, \(sizes.total) bytes gzipped; first search at most \(sizes.firstSearchAtMost), for the test words at most \(worst)"
            )
            #expect(worst <= sizes.firstSearchAtMost)
            #expect(sizes.firstSearchAtMost <= 60_000)
        }
    }
}
