import CICU

/// Converts Zawgyi-encoded Burmese to Unicode with ICU's `Zawgyi-my` transliterator: with
/// `Drawing/WordBreaks.swift`, the only code that touches ICU.
enum ZawgyiConverter {
    /// The Unicode form of a Zawgyi text; `nil` if ICU could not convert it.
    static func unicode(fromZawgyi text: String) -> String? {
        var units = Array(text.utf16)
        let capacity = units.count * 2 + 16
        units.append(contentsOf: repeatElement(0, count: capacity - units.count))
        let length = units.withUnsafeMutableBufferPointer { buffer in
            sitthi_zawgyi_to_unicode(buffer.baseAddress, Int32(text.utf16.count), Int32(capacity))
        }
        guard length >= 0 else { return nil }
        return String(decoding: units[..<Int(length)], as: UTF16.self)
    }
}
