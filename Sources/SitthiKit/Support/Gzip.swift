import CZlib

/// Compression through zlib: gzip, to weigh pages as a web server would send them and to write the
/// precompressed `.gz` files beside the site's text files; zlib streams and CRC-32 checksums for the PNG
/// share pictures. The only code that touches zlib.
enum Gzip {
    /// zlib's strongest level, for the precompressed files.
    static let maximumLevel: Int32 = 9

    /// The size of `bytes` gzip-compressed at zlib's default level (what `gzip` and most servers use),
    /// header and trailer included; `nil` if zlib fails.
    static func compressedSize(of bytes: [UInt8]) -> Int? {
        compress(bytes, level: Z_DEFAULT_COMPRESSION)?.count
    }

    /// `bytes` as one gzip member (no file name, no time, so the same input always gives the same
    /// output), or `nil` if zlib fails.
    static func compress(_ bytes: [UInt8], level: Int32 = maximumLevel) -> [UInt8]? {
        var stream = z_stream()
        // 15 window bits + 16: a gzip wrapper rather than zlib's own.
        guard
            deflateInit2_(
                &stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
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
        guard status == Z_STREAM_END else { return nil }
        output.removeSubrange(Int(stream.total_out)...)
        return output
    }

    /// `bytes` as one zlib stream (the format of a PNG's image data) at a compression level (0–9);
    /// `nil` if zlib fails.
    static func zlibCompressed(_ bytes: [UInt8], level: Int32) -> [UInt8]? {
        var stream = z_stream()
        guard deflateInit_(&stream, level, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))))
        let status = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { return nil }
        output.removeLast(output.count - Int(stream.total_out))
        return output
    }

    /// The CRC-32 of some bytes, continuing from `previous` (as PNG chunks are checked).
    static func crc32(_ bytes: ArraySlice<UInt8>, previous: UInt32 = 0) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            UInt32(CZlib.crc32(uLong(previous), buffer.baseAddress, uInt(buffer.count)))
        }
    }
}
