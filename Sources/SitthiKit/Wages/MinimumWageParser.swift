/// Reads `content/data/minimum-wage.csv` into a `MinimumWageTable`, checking every row against the
/// directory's provinces and reporting each problem at its line and field, all in one run. On the day
/// of the build every province must have exactly one rate in force for the whole province, and a
/// district's rate must name its province.
struct MinimumWageParser {
    let diagnostics: Diagnostics

    static let columns = ["province", "province_name", "district_th", "district_en", "baht_per_day", "notification", "in_force", "source"]

    /// The highest daily rate taken as meant: anything above is a typo (a monthly wage, a digit too many).
    static let highestRate = 5000

    /// Reads the spreadsheet; `nil` when it cannot be read at all (the errors say why). `provinces` are
    /// the directory's; `today` is the day whose rates must be complete.
    func parse(_ text: String, provinces: [Province], today: CalendarDay) -> MinimumWageTable? {
        let path = MinimumWageTable.path
        guard let table = CSVTable.read(text, path: path, diagnostics: diagnostics) else { return nil }
        for (index, name) in Self.columns.enumerated() where index >= table.header.count || table.header[index] != name {
            let found = index < table.header.count ? "`\(table.header[index])`" : "nothing"
            diagnostics.error(
                "header field \(index + 1) must be `\(name)`, found \(found); the columns are: \(Self.columns.joined(separator: ","))",
                at: SourceLocation(path: path, line: 1, column: index + 1))
            return nil
        }
        let byCode = Dictionary(provinces.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        var rates: [WageRate] = []
        var seen: [String: Int] = [:]
        // Provinces named on a row that has a mistake: the mistake is reported, not also a missing rate.
        var mistaken: Set<String> = []
        for row in table.rows {
            guard row.fields.count == Self.columns.count else {
                diagnostics.error(
                    "this row has \(row.fields.count) field(s), the header has \(Self.columns.count); check for a missing or extra comma, or a comma inside an unquoted field",
                    at: SourceLocation(path: path, line: row.line, column: min(row.fields.count, Self.columns.count) + 1))
                continue
            }
            guard let rate = read(row, provinces: byCode) else {
                mistaken.insert(row.fields[0].trimmingWhitespace)
                continue
            }
            let place = "\(rate.province) \(rate.district?.thai ?? "") \(rate.inForce)"
            if let first = seen[place] {
                diagnostics.error(
                    "\(describe(rate, byCode)) has a second rate from \(rate.inForce) (first on line \(first)): keep one",
                    at: SourceLocation(path: path, line: row.line, column: 1))
                continue
            }
            seen[place] = row.line
            rates.append(rate)
        }
        let wages = MinimumWageTable(rates: rates)
        let current = wages.current(on: today)
        let missing = provinces.filter { current[$0.code] == nil && !mistaken.contains($0.code) }
        for province in missing {
            let name = province.names["en"] ?? province.names["th"] ?? province.code
            diagnostics.error(
                "province \(province.code) (\(name)) has no minimum wage in force on \(today): add a row for the whole province (district fields empty)",
                at: SourceLocation(path: path))
        }
        let wholeProvinces = Set(rates.filter { $0.district == nil }.map(\.province))
        for rate in rates where rate.district != nil && !wholeProvinces.contains(rate.province) && !mistaken.contains(rate.province) {
            diagnostics.error(
                "the district \(rate.district!.thai) has a rate but its province \(rate.province) has none: every province needs a row for the whole province",
                at: SourceLocation(path: path, line: rate.row, column: 3))
        }
        return wages
    }

    /// One row as a rate; `nil` (with every problem reported) when a field is wrong.
    private func read(_ row: CSVTable.Row, provinces: [String: Province]) -> WageRate? {
        var field: [String: String] = [:]
        for (name, value) in zip(Self.columns, row.fields) { field[name] = value.trimmingWhitespace }
        func at(_ column: String) -> SourceLocation {
            SourceLocation(path: MinimumWageTable.path, line: row.line, column: (Self.columns.firstIndex(of: column) ?? 0) + 1)
        }
        var ok = true
        let code = field["province"]!
        let province = provinces[code]
        if province == nil {
            diagnostics.error("unknown province code `\(code)`: use a code from \(OfficeDirectory.provincesPath), like TH-50", at: at("province"))
            ok = false
        } else if let province, let name = field["province_name"], !name.isEmpty, !province.names.values.contains(name) {
            let known = province.names["en"] ?? province.names["th"] ?? ""
            diagnostics.error(
                "province \(code) is \(known), not `\(name)`: check the code or the name", at: at("province_name"))
            ok = false
        }
        let districtThai = field["district_th"]!
        let districtEnglish = field["district_en"]!
        if districtThai.isEmpty && !districtEnglish.isEmpty {
            diagnostics.error("a district needs its Thai name (district_th) as well as `\(districtEnglish)`", at: at("district_th"))
            ok = false
        }
        let baht = Self.wholeNumber(field["baht_per_day"]!)
        if baht == nil || !(1...Self.highestRate).contains(baht!) {
            diagnostics.error(
                "baht_per_day must be a whole number of baht a day (1 to \(Self.highestRate)), found `\(field["baht_per_day"]!)`", at: at("baht_per_day"))
            ok = false
        }
        let notification = Self.wholeNumber(field["notification"]!)
        if notification == nil || notification! < 1 {
            diagnostics.error(
                "notification must be the number of the Wage Committee's notification, like 13, found `\(field["notification"]!)`", at: at("notification"))
            ok = false
        }
        let inForce = CalendarDay(field["in_force"]!)
        if inForce == nil {
            diagnostics.error("in_force must be the day the rate applies from, written YYYY-MM-DD, found `\(field["in_force"]!)`", at: at("in_force"))
            ok = false
        }
        if field["source"]!.isEmpty {
            diagnostics.error("source is missing: name the fact sheet section and source key the rate comes from", at: at("source"))
            ok = false
        }
        guard ok, let baht, let notification, let inForce else { return nil }
        return WageRate(
            province: code, district: districtThai.isEmpty ? nil : WageRate.District(thai: districtThai, english: districtEnglish),
            baht: baht, notification: notification, inForce: inForce, row: row.line)
    }

    private func describe(_ rate: WageRate, _ provinces: [String: Province]) -> String {
        let province = provinces[rate.province].flatMap { $0.names["en"] ?? $0.names["th"] } ?? rate.province
        return rate.district.map { "the district \($0.thai) (\(province))" } ?? "province \(rate.province) (\(province))"
    }

    /// ASCII digits only, at most seven of them.
    static func wholeNumber(_ text: String) -> Int? {
        guard !text.isEmpty, text.count <= 7, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(text)
    }
}
