/// How a leaflet fits its text on at most two A4 sheets: how the printed width is shared between the
/// reader's text and the Thai text, so that both columns end at about the same height, and how much
/// smaller than the usual 8 pt the type must be for the longest texts.
///
/// A text's printed height is about its length in characters times how tall a character of its script
/// runs at the leaflet's print style (glyph width, line height), divided by the column's width. The
/// factors below were measured with Chromium and the Noto fonts on the shipped leaflets (column height
/// per character, relative to Thai): English 1.27, Burmese 1.23 (1.32 counting its tables), Khmer 0.98,
/// Lao 0.98. A language without a factor counts as Thai. Two A4 pages held about 9,600 such
/// Thai-equivalent characters at 8 pt.
struct LeafletLayout: Equatable {
    static let heightPerCharacter: [String: Double] = ["th": 1.0, "my": 1.32, "km": 0.98, "lo": 0.98, "en": 1.27]

    /// Thai-equivalent characters two A4 pages hold at the full type size, with a margin for tables
    /// and headings.
    static let twoPages = 9_000.0
    /// Neither column gets less than this share of the width, whatever the texts' lengths.
    static let narrowest = 0.35
    /// The type never shrinks below this share of its size (8 pt → 6.8 pt).
    static let smallestScale = 0.85

    /// The reader's column's share of the width in whole percent (the Thai column has the rest).
    var readerShare: Int
    /// The type size as a share of the usual size, in hundredths (100 = 8 pt).
    var typeScale: Int

    /// The layout for a leaflet; `sourceHTML` is nil when the leaflet has one column (the Thai text alone).
    init(readerHTML: String, readerLanguage: String, sourceHTML: String?, sourceLanguage: String) {
        let reader = Double(Self.visibleCharacters(readerHTML)) * (Self.heightPerCharacter[readerLanguage] ?? 1)
        let source = sourceHTML.map { Double(Self.visibleCharacters($0)) * (Self.heightPerCharacter[sourceLanguage] ?? 1) } ?? 0
        let total = reader + source
        if sourceHTML == nil || total == 0 {
            readerShare = 100
        } else {
            readerShare = Int((min(max(reader / total, Self.narrowest), 1 - Self.narrowest) * 100).rounded())
        }
        // Printed height grows with the square of the type size (lines hold fewer characters, and each
        // line is taller), so the scale that fits is the square root of the overflow.
        let scale = total > Self.twoPages ? max((Self.twoPages / total).squareRoot(), Self.smallestScale) : 1
        typeScale = Int((scale * 100).rounded(.down))
    }

    /// Characters a reader sees in some HTML: outside tags, not white space.
    static func visibleCharacters(_ html: String) -> Int {
        var count = 0
        var inTag = false
        for scalar in html.unicodeScalars {
            switch scalar {
            case "<": inTag = true
            case ">": inTag = false
            case " ", "\n", "\t", "\r": break
            default: if !inTag { count += 1 }
            }
        }
        return count
    }
}
