import CPangoCairo
import Dispatch

/// The fonts drawn leaflets and share pictures use, one Noto family per script, and the check that
/// fontconfig really has them. A family fontconfig does not have would be replaced by whatever it offers
/// instead (DejaVu, or boxes for Burmese), so a missing one is an error naming the Debian package.
enum DrawingFonts {
    /// The Debian package that holds every family below.
    static let debianPackage = "fonts-noto-core"

    /// The family for text in each language; any other language is drawn with `latin`.
    static let scriptFamilies: [String: String] = [
        "th": "Noto Sans Thai", "my": "Noto Sans Myanmar", "km": "Noto Sans Khmer", "lo": "Noto Sans Lao",
    ]
    /// The family for Latin letters and digits, in every language's text too.
    static let latin = "Noto Sans"

    /// The Pango family list for text in a language: its script's family first, then the Latin one for
    /// the digits and Latin words in it.
    static func families(for language: String) -> String {
        scriptFamilies[language].map { "\($0),\(latin)" } ?? latin
    }

    /// The distance between lines of text in a language, as a multiple of its font's own line height
    /// (Pango's line spacing). The fonts' own heights, as multiples of the type size, are Thai 1.51, Lao
    /// 1.65, Burmese 2.18, Khmer and Latin 1.36. Printed, lines of about 1.5 (Thai, Latin), 1.55 (Lao),
    /// 1.65 (Khmer, whose stacked consonants and vowels reach past its line box) and 1.85 (Burmese) keep
    /// every stack clear of the next line: a little more than the HTML leaflet's print style gives.
    static func lineSpacing(for language: String) -> Double {
        switch language {
        case "my": return 0.85
        case "km": return 1.21
        case "lo": return 0.94
        case "th": return 0.99
        default: return 1.1
        }
    }

    /// The families a site in these languages needs.
    static func needed(for languages: [String]) -> [String] {
        [latin] + languages.compactMap { scriptFamilies[$0] }.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }

    /// What fontconfig gives for one family.
    struct Match: Sendable, Equatable {
        /// The family asked for.
        var family: String
        /// The family of the font fontconfig chose; another name means the family is missing.
        var chosenFamily: String
        /// The font file.
        var file: String

        var isExact: Bool { chosenFamily == family }
    }

    /// Asks fontconfig which font it would use for each family.
    static func match(_ families: [String]) -> [Match] {
        turns.sync {
            families.map { family in
                guard let pattern = FcNameParse(family) else { return Match(family: family, chosenFamily: "", file: "") }
                defer { FcPatternDestroy(pattern) }
                FcConfigSubstitute(nil, pattern, FcMatchPattern)
                FcDefaultSubstitute(pattern)
                var result = FcResultNoMatch
                guard let font = FcFontMatch(nil, pattern, &result) else { return Match(family: family, chosenFamily: "", file: "") }
                defer { FcPatternDestroy(font) }
                var names: [String] = []
                var index: Int32 = 0
                var value: UnsafeMutablePointer<FcChar8>?
                while FcPatternGetString(font, FC_FAMILY, index, &value) == FcResultMatch, let value {
                    names.append(String(cString: value))
                    index += 1
                }
                var file = ""
                if FcPatternGetString(font, FC_FILE, 0, &value) == FcResultMatch, let value { file = String(cString: value) }
                return Match(family: family, chosenFamily: names.contains(family) ? family : names.first ?? "", file: file)
            }
        }
    }

    /// fontconfig's default configuration is shared; its first use loads it. Asked one question at a
    /// time on this serial queue (which, unlike a mutex, the thread sanitizer sees).
    private static let turns = DispatchQueue(label: "sitthi.fontconfig")

    /// The error for the families that fontconfig does not have, or `nil` when it has them all.
    static func problem(for languages: [String]) -> String? {
        problem(families: needed(for: languages))
    }

    /// The error for those of some families that fontconfig does not have.
    static func problem(families: [String]) -> String? {
        let missing = match(families).filter { !$0.isExact }
        guard !missing.isEmpty else { return nil }
        let list = missing.map { $0.chosenFamily.isEmpty ? "`\($0.family)`" : "`\($0.family)` (fontconfig offers `\($0.chosenFamily)` instead)" }
        return "drawing the PDF leaflets and share pictures needs the font\(missing.count > 1 ? "s" : "") "
            + list.joined(separator: ", ")
            + ": install Debian's \(debianPackage) (scripts/install-dependencies does), or set `leaflet_pdfs: false` and `share_images: false` in \(SiteConfig.path)"
    }

    /// What identifies the fonts a drawing uses, for the drawing cache: each file with its size and time.
    static func fingerprint(for languages: [String]) -> String {
        match(needed(for: languages)).map { match in
            let status = FileSystem.status(of: match.file, followingLinks: true)
            return "\(match.family)=\(match.file):\(status?.size ?? -1):\(status?.modifiedSeconds ?? -1)"
        }.joined(separator: ";") + ";pango \(String(cString: pango_version_string())), cairo \(String(cString: cairo_version_string()))"
    }
}
