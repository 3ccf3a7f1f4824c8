import CICU

/// Unicode NFC over UTF-8 bytes through ICU, for the search index: text already in NFC (nearly all of
/// it) is only checked, never copied. The only code besides the word breaker where search touches ICU.
enum SearchNFC {
    /// `bytes` (valid UTF-8) in NFC; `bytes` themselves when they already are.
    static func normalize(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(where: { $0 >= 0x80 }) else { return bytes }
        var output = [UInt8](repeating: 0, count: bytes.count + 16)
        for _ in 0..<2 {
            let length = bytes.withUnsafeBufferPointer { input in
                output.withUnsafeMutableBufferPointer { buffer in
                    input.withMemoryRebound(to: CChar.self) { text in
                        buffer.withMemoryRebound(to: CChar.self) { out in
                            sitthi_nfc_utf8(text.baseAddress, Int32(text.count), out.baseAddress, Int32(out.count))
                        }
                    }
                }
            }
            switch length {
            case -2, -1: return bytes  // already NFC, or not UTF-8 (never for text the build made)
            case let length where Int(length) <= output.count:
                output.removeSubrange(Int(length)...)
                return output
            default: output = [UInt8](repeating: 0, count: Int(length) + 1)
            }
        }
        return bytes
    }
}
