/// A Thai telephone number as editors write it (`02 246 8994`, `053-112-834`, `1546`), checked and
/// turned into the forms a page needs: a `tel:` link in international form and the usual Thai spacing.
struct PhoneNumber: Sendable, Hashable {
    /// The digits only.
    let digits: String

    /// Reads a number; `nil` unless it is a Thai number (9 or 10 digits starting with 0) or a short code
    /// (three or four digits starting with 1, such as 1546 or 191). Spaces, dashes and dots may separate
    /// groups of digits.
    init?(_ written: String) {
        var digits = ""
        for character in written {
            if let digit = character.wholeNumberValue, character.isASCII {
                digits.append(String(digit))
            } else if character != " " && character != "-" && character != "." {
                return nil
            }
        }
        let isThai = digits.hasPrefix("0") && (9...10).contains(digits.count)
        let isShortCode = digits.hasPrefix("1") && (3...4).contains(digits.count)
        guard isThai || isShortCode else { return nil }
        self.digits = digits
    }

    /// Whether this is a short code that works only inside Thailand.
    var isShortCode: Bool { digits.hasPrefix("1") }

    /// The `tel:` link: `tel:+6622468994`, or `tel:1546` for a short code.
    var telURI: String { isShortCode ? "tel:\(digits)" : "tel:+66\(digits.dropFirst())" }

    /// The international form for contact cards: `+66 2 246 8994`, or the short code as it is.
    var international: String {
        isShortCode ? digits : "+66 " + Self.group(String(digits.dropFirst()), sizes: groupSizes(national: false))
    }

    /// The number as written in Thailand: `02 246 8994` (Bangkok), `053 112 834` (provinces),
    /// `081 234 5678` (mobile), `1546` (short code).
    var display: String {
        isShortCode ? digits : Self.group(digits, sizes: groupSizes(national: true))
    }

    private func groupSizes(national: Bool) -> [Int] {
        var sizes: [Int]
        if digits.count == 10 {
            sizes = [3, 3, 4]  // mobile: 081 234 5678
        } else if digits.hasPrefix("02") {
            sizes = [2, 3, 4]  // Bangkok: 02 246 8994
        } else {
            sizes = [3, 3, 3]  // provinces: 053 112 834
        }
        if !national { sizes[0] -= 1 }  // the leading 0 is dropped after +66
        return sizes
    }

    private static func group(_ digits: String, sizes: [Int]) -> String {
        var parts: [Substring] = []
        var rest = Substring(digits)
        for size in sizes where !rest.isEmpty {
            parts.append(rest.prefix(size))
            rest = rest.dropFirst(size)
        }
        if !rest.isEmpty { parts.append(rest) }
        return parts.joined(separator: " ")
    }
}
