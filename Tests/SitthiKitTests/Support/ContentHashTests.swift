import Testing

@testable import SitthiKit

/// The content hash against the test vectors of FIPS 180-4 and its examples, across block boundaries.
@Suite struct ContentHashTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        ),
    ])
    func digestsMatchTheStandardsVectors(_ input: String, _ expected: String) {
        #expect(ContentHash.hex(Array(input.utf8)) == expected)
    }

    @Test func aMillionLettersA() {
        #expect(ContentHash.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func everyLengthAroundTheBlockSizeDiffers() {
        // 55, 56 and 64 bytes are where the padding needs a second block: each length gives its own hash.
        let hashes = (50...70).map { ContentHash.hex([UInt8](repeating: 0x61, count: $0)) }
        #expect(Set(hashes).count == hashes.count)
        #expect(ContentHash.hex([UInt8](repeating: 0x61, count: 56)) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
    }
}
