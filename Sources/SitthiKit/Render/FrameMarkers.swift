/// Markers that stand in a template's output for values filled in later (`LayoutFrames`,
/// `PageFrames`): a private-use character, the value's number, `&` (which tells whether the template
/// escaped it), and another private-use character. A frame whose interface texts hold these characters
/// does not cut cleanly and is left to Mustache.
enum FrameMarkers {
    private static let open: Character = "\u{E010}"
    private static let close: Character = "\u{E011}"

    /// Text that no frame can be cut from: what a probe prints for a value that is not a text.
    static let broken = String(close)

    /// The marker of value number `index`.
    static func marker(_ index: Int) -> HTMLText { HTMLText("\(open)\(index)&\(close)") }

    /// A filled template cut at its markers: the text between them, and for each marker the value's
    /// number and whether the template escaped it; `nil` if a marker came out changed in a way other
    /// than escaping (a template that transforms values). Scanned as UTF-8 bytes.
    static func cut(_ filled: String, valueCount: Int) -> (pieces: [String], values: [(index: Int, escaped: Bool)])? {
        let bytes = Array(filled.utf8)
        let open = Array(String(Self.open).utf8)
        let close = Array(String(Self.close).utf8)
        func find(_ needle: [UInt8], from start: Int) -> Int? {
            var index = start
            while index + needle.count <= bytes.count {
                if bytes[index] == needle[0] && bytes[index..<index + needle.count].elementsEqual(needle) { return index }
                index += 1
            }
            return nil
        }
        var pieces: [String] = []
        var values: [(index: Int, escaped: Bool)] = []
        var position = 0
        while let start = find(open, from: position) {
            guard let end = find(close, from: start + open.count), find(close, from: position).map({ $0 > start }) ?? false else { return nil }
            pieces.append(String(decoding: bytes[position..<start], as: UTF8.self))
            let inside = String(decoding: bytes[(start + open.count)..<end], as: UTF8.self)
            let escaped = inside.hasSuffix("&amp;")
            guard let amp = inside.firstIndex(of: "&"), let index = Int(inside[..<amp]), (0..<valueCount).contains(index),
                escaped || inside[amp...] == "&"
            else { return nil }
            values.append((index, escaped))
            position = end + close.count
        }
        if find(close, from: position) != nil { return nil }
        pieces.append(String(decoding: bytes[position...], as: UTF8.self))
        return (pieces, values)
    }
}
