import CQRencode

#if canImport(Glibc)
    import Glibc
#endif

/// QR codes with libqrencode, drawn as inline SVG (no image file, nothing to fetch) or handed over as
/// runs of dark modules for the PDF leaflets to draw: the only code that touches the C library.
enum QRCode {
    /// A QR code's dark modules, row by row, as horizontal runs.
    struct Modules: Sendable, Hashable {
        /// A run of dark modules in one row.
        struct Run: Sendable, Hashable {
            var row: Int
            var column: Int
            var length: Int
        }

        /// Modules on a side, without the quiet zone.
        var width: Int
        var runs: [Run]
    }

    /// The QR code for a text (medium error correction); `nil` if the text cannot be encoded.
    static func modules(for text: String) -> Modules? {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        let data = code.pointee.data!
        var runs: [Modules.Run] = []
        for row in 0..<width {
            var column = 0
            while column < width {
                // Each byte's lowest bit says whether the module is dark; dark runs become one rectangle.
                guard data[row * width + column] & 1 == 1 else {
                    column += 1
                    continue
                }
                let start = column
                while column < width && data[row * width + column] & 1 == 1 { column += 1 }
                runs.append(Modules.Run(row: row, column: start, length: column - start))
            }
        }
        return Modules(width: width, runs: runs)
    }

    /// An SVG of the QR code for a text (medium error correction), with a quiet zone of four modules;
    /// `nil` if the text cannot be encoded.
    static func svg(for text: String, label: String) -> String? {
        guard let code = modules(for: text) else { return nil }
        let size = String(code.width + 8)
        // The path is written as bytes: a leaflet's code has some 400 runs, and building them as
        // interpolated strings cost more than encoding the code itself.
        var path: [UInt8] = []
        path.reserveCapacity(code.width * code.width)
        for run in code.runs {
            path.append(UInt8(ascii: "M"))
            appendDecimal(run.column + 4, to: &path)
            path.append(UInt8(ascii: " "))
            appendDecimal(run.row + 4, to: &path)
            path.append(UInt8(ascii: "h"))
            appendDecimal(run.length, to: &path)
            path.append(contentsOf: [UInt8(ascii: "v"), UInt8(ascii: "1"), UInt8(ascii: "h"), UInt8(ascii: "-")])
            appendDecimal(run.length, to: &path)
            path.append(UInt8(ascii: "z"))
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(size) \(size)\" role=\"img\" aria-label=\"\(HTML.escape(label))\" shape-rendering=\"crispEdges\">"
            + "<rect width=\"\(size)\" height=\"\(size)\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + String(decoding: path, as: UTF8.self) + "\"/></svg>"
    }

    /// Appends a non-negative number's decimal digits.
    private static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        if value >= 10 { appendDecimal(value / 10, to: &bytes) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }
}
