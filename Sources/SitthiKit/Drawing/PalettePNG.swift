/// Writes a PNG file with a palette: eight bits a pixel, each an index into up to 256 colours. The share
/// pictures are drawn in two colours and their mixes, which a palette holds exactly, in a third of the
/// bytes of full colour.
enum PalettePNG {
    /// The PNG of `pixels` (`width` × `height` palette indices, row by row); `nil` if zlib fails.
    static func encode(width: Int, height: Int, pixels: [UInt8], palette: [Canvas.Color]) -> [UInt8]? {
        precondition(pixels.count == width * height && (1...256).contains(palette.count))
        // Each row starts with its filter type: 1 (Sub), each byte as the difference from the one on its
        // left, which turns the flat runs of a picture of text into zeros.
        var rows = [UInt8](repeating: 0, count: (width + 1) * height)
        for row in 0..<height {
            let start = row * (width + 1)
            let source = row * width
            rows[start] = 1
            var left: UInt8 = 0
            for column in 0..<width {
                let value = pixels[source + column]
                rows[start + 1 + column] = value &- left
                left = value
            }
        }
        // Level 3: on the shipped pictures, zlib's default level (6) made files 14% smaller in twice the
        // time, and level 9 another 6% in ten times the time; all stay far under 100 KB.
        guard let compressed = Gzip.zlibCompressed(rows, level: 3) else { return nil }
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        append(UInt32(width), to: &header)
        append(UInt32(height), to: &header)
        header += [8, 3, 0, 0, 0]  // 8 bits, palette colour, deflate, filters per row, not interlaced
        chunk("IHDR", header, to: &png)
        chunk("PLTE", palette.flatMap { [byte($0.red), byte($0.green), byte($0.blue)] }, to: &png)
        chunk("IDAT", compressed, to: &png)
        chunk("IEND", [], to: &png)
        return png
    }

    private static func byte(_ value: Double) -> UInt8 { UInt8((min(1, max(0, value)) * 255).rounded()) }

    private static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        bytes += [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    /// Appends a chunk: its length, type, data and the CRC-32 of type and data.
    private static func chunk(_ type: String, _ data: [UInt8], to png: inout [UInt8]) {
        append(UInt32(data.count), to: &png)
        let body = Array(type.utf8) + data
        png += body
        append(Gzip.crc32(body[...]), to: &png)
    }
}
