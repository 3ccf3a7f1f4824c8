/// The hotline numbers a text's tap-to-call links are made for, and the search for them in text: a
/// number written in any script's decimal digits (ASCII, Thai ๑๕๔๖, Burmese ၁၅၄၆, Khmer ១៥៤៦, Lao ໑໕໔໖,
/// …), its groups perhaps separated by single spaces or dashes, standing on its own: not part of a
/// longer number (`11546`, `1546.5`, `1,546`, `+1546`) or of a word in Latin letters.
///
/// The search is one pass over the text: at the start of each run of digits it follows digits while they
/// are the beginning of a known number (numbers are a few digits long), so the cost is linear in the text.
struct PhoneLinks: Sendable, Hashable {
    /// Each number's `tel:` address, by its digits in ASCII (`1546` → `tel:1546`).
    let addresses: [String: String]
    /// Every beginning of a known number's digits, for stopping early.
    private let prefixes: Set<String>

    init(addresses: [String: String]) {
        self.addresses = addresses
        var prefixes: Set<String> = []
        for digits in addresses.keys {
            for length in 1...digits.count { prefixes.insert(String(digits.prefix(length))) }
        }
        self.prefixes = prefixes
    }

    /// No numbers: no links.
    static let none = PhoneLinks(addresses: [:])

    /// One number found in a text: where it stands (in Unicode scalars) and the address to call.
    struct Match: Sendable, Hashable {
        var range: Range<Int>
        var address: String
    }

    /// Every known number in a text given as its Unicode scalars, left to right.
    func matches(in scalars: [Unicode.Scalar]) -> [Match] {
        guard !addresses.isEmpty else { return [] }
        var matches: [Match] = []
        var index = 0
        while index < scalars.count {
            guard Self.digit(scalars[index]) != nil else {
                index += 1
                continue
            }
            let runStart = index
            var digits = ""
            var end = index
            var best: (end: Int, digits: String)?
            while true {
                while end < scalars.count, let value = Self.digit(scalars[end]) {
                    digits.append(Character(Unicode.Scalar(UInt8(0x30 + value))))
                    end += 1
                }
                guard prefixes.contains(digits) else { break }
                if addresses[digits] != nil && !Self.continues(scalars, at: end) { best = (end, digits) }
                // A single space or dash between groups of digits, as numbers are written.
                guard end + 1 < scalars.count, scalars[end] == " " || scalars[end] == "-", Self.digit(scalars[end + 1]) != nil else { break }
                end += 1
            }
            if let best, !Self.isAttached(scalars, before: runStart) {
                matches.append(Match(range: runStart..<best.end, address: addresses[best.digits]!))
                index = best.end
            } else {
                index = runStart + 1
                while index < scalars.count && Self.digit(scalars[index]) != nil { index += 1 }
            }
        }
        return matches
    }

    /// Whether NUL-terminated UTF-8 text holds a decimal digit of any script (or a character outside the
    /// Basic Multilingual Plane, which the full search then looks at): read as bytes, with no string
    /// made, because most text has no digit at all.
    func mayHoldNumber(_ text: UnsafePointer<CChar>) -> Bool {
        guard !addresses.isEmpty else { return false }
        var index = 0
        while true {
            let byte = UInt8(bitPattern: text[index])
            if byte == 0 { return false }
            if byte < 0x80 {
                if byte >= 0x30 && byte <= 0x39 { return true }
                index += 1
                continue
            }
            if byte >= 0xF0 { return true }
            let scalar: UInt32
            if byte >= 0xE0 {
                let second = UInt8(bitPattern: text[index + 1])
                guard second != 0 else { return false }
                let third = UInt8(bitPattern: text[index + 2])
                guard third != 0 else { return false }
                scalar = UInt32(byte & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
                index += 3
            } else if byte >= 0xC0 {
                let second = UInt8(bitPattern: text[index + 1])
                guard second != 0 else { return false }
                scalar = UInt32(byte & 0x1F) << 6 | UInt32(second & 0x3F)
                index += 2
            } else {
                // A continuation byte out of place (not from cmark): let the full search decide.
                return true
            }
            if Self.bmpDigits[Int(scalar >> 6)] & (1 << (scalar & 63)) != 0 { return true }
        }
    }

    /// The value of a decimal digit in any script, `nil` for anything else.
    static func digit(_ scalar: Unicode.Scalar) -> Int? {
        if scalar.isASCII { return ("0"..."9").contains(scalar) ? Int(scalar.value - 0x30) : nil }
        if scalar.value < 0x10000 {
            // Most text is letters: one bit lookup instead of a Unicode property lookup per character.
            let word = bmpDigits[Int(scalar.value >> 6)]
            guard word & (1 << (scalar.value & 63)) != 0 else { return nil }
        }
        guard scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue else { return nil }
        return Int(value)
    }

    /// One bit per character of the Basic Multilingual Plane: set for the decimal digits of every script.
    private static let bmpDigits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for value in UInt32(0x80)..<0x10000 {
            guard let scalar = Unicode.Scalar(value), scalar.properties.numericType == .decimal else { continue }
            bits[Int(value >> 6)] |= 1 << (value & 63)
        }
        return bits
    }()

    /// Whether the text goes on as a number or a word where a number would end: another digit, a
    /// decimal point or separator followed by a digit, or a Latin letter.
    private static func continues(_ scalars: [Unicode.Scalar], at end: Int) -> Bool {
        guard end < scalars.count else { return false }
        let next = scalars[end]
        if digit(next) != nil || isLatinLetter(next) { return true }
        return [".", ",", "/", "-"].contains(next) && end + 1 < scalars.count && digit(scalars[end + 1]) != nil
    }

    /// Whether what stands before a number makes it part of something longer: a digit with a separator,
    /// a `+` (an international number), or a Latin letter.
    private static func isAttached(_ scalars: [Unicode.Scalar], before start: Int) -> Bool {
        guard start > 0 else { return false }
        let previous = scalars[start - 1]
        if previous == "+" || isLatinLetter(previous) { return true }
        return [".", ",", "/", "-"].contains(previous) && start > 1 && digit(scalars[start - 2]) != nil
    }

    private static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
    }
}
