import Crypto

/// A file's content hash, SHA-256 in hex (swift-crypto): hashed asset names, the compression cache's
/// keys and the build's fingerprint. The only code that uses Crypto.
enum ContentHash {
    static func hex(_ bytes: [UInt8]) -> String {
        let digest = SHA256.hash(data: bytes)
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
