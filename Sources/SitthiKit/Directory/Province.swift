/// One of Thailand's 77 provinces, as `content/offices/provinces.csv` lists it.
struct Province: Sendable, Hashable {
    /// The ISO 3166-2:TH code, `TH-50`.
    var code: String
    /// The URL segment, `chiang-mai`.
    var slug: String
    /// The region the directory groups it under (`North`, `Northeast`, `Central`, `East`, `West`, `South`).
    var region: Region
    /// The name in each language that has one, by language code; Thai is always there.
    var names: [String: String]
    /// Where the row is, for messages.
    var row: Int
}

/// The six regions of Thailand, in the order the directory lists them.
enum Region: String, Sendable, CaseIterable, Hashable {
    case north = "North"
    case northeast = "Northeast"
    case central = "Central"
    case east = "East"
    case west = "West"
    case south = "South"

    /// The interface string key of the region's name.
    var stringKey: String { "region_" + rawValue.lowercased() }
}
