/// The directory of labour-protection offices and help lines, with the provinces it is organised by.
public struct OfficeDirectory: Sendable {
    /// The provinces in file order.
    public var provinces: [Province]
    /// The offices in file order.
    public var offices: [Office]

    /// The province with a code.
    public func province(_ code: String) -> Province? { provinces.first { $0.code == code } }

    /// The offices of a province (provincial, Bangkok area and central offices located there).
    public func offices(in province: Province) -> [Office] {
        offices.filter { $0.province == province.code && $0.kind != .hotline }
    }

    /// The help lines, in file order.
    public var hotlines: [Office] { offices.filter { $0.kind == .hotline } }

    /// The path of the offices file, relative to the site root.
    public static let officesPath = "content/offices/offices.csv"
    /// The path of the provinces file, relative to the site root.
    public static let provincesPath = "content/offices/provinces.csv"
}
