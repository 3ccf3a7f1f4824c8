import Crypto

/// A file's content hash, SHA-256 in hex (swift-crypto): hashed asset names, the compression cache's
/// keys and the build's fingerprint. The only code that uses Crypto.
enum ContentHash {
    static func hex(_ bytes: [UInt8]) -> String { hex(of: SHA256.hash(data: bytes)) }

    /// A hash of many texts fed one after another, none of them copied.
    struct Stream {
        private var hasher = SHA256()

        mutating func add(_ text: String) {
            var text = text
            text.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
            // A separator, so that ("ab", "c") and ("a", "bc") differ.
            hasher.update(data: [0])
        }

        func hex() -> String { ContentHash.hex(of: hasher.finalize()) }
    }

    private static func hex(of digest: SHA256.Digest) -> String {
        var text = ""
        text.reserveCapacity(64)
        for byte in digest {
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0f)])
        }
        return text
    }

    private static let hexDigits = Array("0123456789abcdef")
}
