/// The directory of labour-protection offices and help lines, with the provinces it is organised by.
struct OfficeDirectory: Sendable {
    /// The provinces in file order.
    var provinces: [Province]
    /// The offices in file order.
    var offices: [Office]

    /// The province with a code.
    func province(_ code: String) -> Province? { provinces.first { $0.code == code } }

    /// The offices of a province (provincial, Bangkok area and central offices located there).
    func offices(in province: Province) -> [Office] {
        offices.filter { $0.province == province.code && $0.kind != .hotline }
    }

    /// The help lines, in file order.
    var hotlines: [Office] { offices.filter { $0.kind == .hotline } }

    /// The path of the offices file, relative to the site root.
    static let officesPath = "content/offices/offices.csv"
    /// The path of the provinces file, relative to the site root.
    static let provincesPath = "content/offices/provinces.csv"
}
