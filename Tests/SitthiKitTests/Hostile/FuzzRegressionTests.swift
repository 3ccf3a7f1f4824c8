import Foundation
import Testing

@testable import SitthiKit

/// Every input that once crashed a fuzz target (`Fuzz/Crashes/<target>/`), and every seed it starts
/// from (`Fuzz/Corpus/<target>/`), run through the same target function as the fuzzer runs them: none
/// may crash or hang. `scripts/fuzz` does the fuzzing itself.
@Suite struct FuzzRegressionTests {
    static let fuzzFolder = FixtureSite.repositoryRoot.appendingPathComponent("Fuzz")

    @Test(.timeLimit(.minutes(5)), arguments: FuzzTargets.all.keys.sorted())
    func everyKeptInputRunsThroughItsTarget(_ name: String) throws {
        let target = try #require(FuzzTargets.all[name])
        var inputs: [URL] = []
        for folder in ["Corpus", "Crashes"] {
            let url = Self.fuzzFolder.appendingPathComponent("\(folder)/\(name)")
            let files = (try? FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)) ?? []
            inputs += files.filter { !$0.lastPathComponent.hasPrefix(".") }
        }
        #expect(inputs.count >= 3, "the seed corpus of \(name) is committed")
        for input in inputs {
            let bytes = try [UInt8](Data(contentsOf: input))
            bytes.withUnsafeBytes { target(FuzzTargets.text($0)) }
        }
    }
}
