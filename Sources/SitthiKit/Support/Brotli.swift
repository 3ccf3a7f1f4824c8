import CBrotli

/// Brotli compression through Debian's libbrotlienc, for the precompressed `.br` files beside the
/// site's text files. The only code that touches the library.
enum Brotli {
    /// The strongest setting: slow to compress, as fast as any to decompress. Done once per file
    /// content, thanks to the cache, so the reader gets the smallest file.
    static let maximumQuality: Int32 = 11

    /// `bytes` compressed as one brotli stream, or `nil` if the encoder fails. The window is the
    /// smallest that holds the whole input, which saves the decoder memory and changes nothing else.
    static func compress(_ bytes: [UInt8], quality: Int32 = maximumQuality) -> [UInt8]? {
        var window: Int32 = 10  // BROTLI_MIN_WINDOW_BITS
        while window < 24 && (1 << window) - 16 < bytes.count { window += 1 }
        var size = BrotliEncoderMaxCompressedSize(bytes.count)
        if size == 0 { size = bytes.count + 1024 }
        var output = [UInt8](repeating: 0, count: size)
        let ok = bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { target in
                BrotliEncoderCompress(quality, window, BROTLI_MODE_TEXT, input.count, input.baseAddress, &size, target.baseAddress)
            }
        }
        guard ok == BROTLI_TRUE else { return nil }
        output.removeSubrange(size...)
        return output
    }
}
