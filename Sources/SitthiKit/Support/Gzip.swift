import CZlib

/// gzip compression through zlib, used to weigh pages as a web server would send them.
enum Gzip {
    /// The size of `bytes` gzip-compressed at zlib's default level (what `gzip` and most servers use),
    /// header and trailer included; `nil` if zlib fails.
    static func compressedSize(of bytes: [UInt8]) -> Int? {
        var stream = z_stream()
        // 15 window bits + 16: a gzip wrapper rather than zlib's own.
        guard
            deflateInit2_(
                &stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
                ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { return nil }
        defer { deflateEnd(&stream) }
        var input = bytes
        let capacity = Int(deflateBound(&stream, uLong(bytes.count)))
        var output = [UInt8](repeating: 0, count: capacity)
        let status = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        return status == Z_STREAM_END ? Int(stream.total_out) : nil
    }
}
