/// One character (code point) read straight from UTF-8 bytes, for the passes over a whole site's text
/// (the search index, its normal form, the key-term finder), where going through `String`'s views
/// cost more than the work itself.
enum UTF8Scalar {
    /// The code point starting at `index` of `bytes` (valid UTF-8, such as a Swift string's bytes), and
    /// how many bytes it takes (counted from its first byte, even where the bytes end early).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let first = bytes[index]
        let length = first < 0x80 ? 1 : first < 0xE0 ? 2 : first < 0xF0 ? 3 : 4
        var value = length == 1 ? UInt32(first) : UInt32(first) & (0xFF >> (length + 1))
        var offset = 1
        while offset < length && index + offset < bytes.count {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
            offset += 1
        }
        return (value, length)
    }
}
