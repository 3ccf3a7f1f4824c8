import CQRencode

#if canImport(Glibc)
    import Glibc
#endif

/// QR codes with libqrencode, drawn as inline SVG (no image file, nothing to fetch): the only code that
/// touches the C library.
enum QRCode {
    /// An SVG of the QR code for a text (medium error correction), with a quiet zone of four modules;
    /// `nil` if the text cannot be encoded.
    static func svg(for text: String, label: String) -> String? {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        let data = code.pointee.data!
        let size = width + 8
        var path = ""
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
                path += "M\(start + 4) \(row + 4)h\(column - start)v1h-\(column - start)z"
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(size) \(size)\" role=\"img\" aria-label=\"\(HTML.escape(label))\" shape-rendering=\"crispEdges\">"
            + "<rect width=\"\(size)\" height=\"\(size)\" fill=\"#fff\"/><path fill=\"#000\" d=\"\(path)\"/></svg>"
    }
}
