/// Reads `provinces.csv` and `offices.csv` into an `OfficeDirectory`, checking every row and reporting
/// each problem at its line and field (`offices.csv:14:7`), all in one run.
struct DirectoryParser {
    let diagnostics: Diagnostics
    let languages: [String]

    static let provinceColumns = ["code", "slug", "region", "name_th", "name_en", "name_my", "name_km", "name_lo"]
    static let officeColumns = [
        "id", "kind", "province", "name_th", "name_en", "name_my", "name_km", "name_lo",
        "address_th", "phones", "email", "website", "hours", "districts", "verified", "source", "notes",
    ]

    /// Reads both files; `nil` when they are too broken to build pages from (the errors say why).
    func parse(provinces provincesText: String, offices officesText: String) -> OfficeDirectory? {
        guard let provinceTable = table(provincesText, path: OfficeDirectory.provincesPath, columns: Self.provinceColumns),
            let officeTable = table(officesText, path: OfficeDirectory.officesPath, columns: Self.officeColumns)
        else { return nil }
        let provinces = readProvinces(provinceTable)
        let offices = readOffices(officeTable, provinces: Set(provinces.map(\.code)))
        return OfficeDirectory(provinces: provinces, offices: offices)
    }

    /// Reads a file and checks its header and the field count of every row.
    private func table(_ text: String, path: String, columns: [String]) -> CSVTable? {
        guard let table = CSVTable.read(text, path: path, diagnostics: diagnostics) else { return nil }
        var ok = true
        for (index, name) in columns.enumerated() where index >= table.header.count || table.header[index] != name {
            let found = index < table.header.count ? "`\(table.header[index])`" : "nothing"
            diagnostics.error(
                "header field \(index + 1) must be `\(name)`, found \(found); the columns are: \(columns.joined(separator: ","))",
                at: SourceLocation(path: path, line: 1, column: index + 1))
            ok = false
            break
        }
        for row in table.rows where row.fields.count != columns.count {
            diagnostics.error(
                "this row has \(row.fields.count) field(s), the header has \(columns.count); check for a missing or extra comma, or a comma inside an unquoted field",
                at: SourceLocation(path: path, line: row.line, column: min(row.fields.count, columns.count) + 1))
        }
        return ok ? CSVTable(header: table.header, rows: table.rows.filter { $0.fields.count == columns.count }) : nil
    }

    private func readProvinces(_ table: CSVTable) -> [Province] {
        let path = OfficeDirectory.provincesPath
        var provinces: [Province] = []
        var seen: [String: Int] = [:]
        var slugs: [String: Int] = [:]
        for row in table.rows {
            let field = fields(row, Self.provinceColumns)
            func at(_ column: String) -> SourceLocation { location(path, row, Self.provinceColumns, column) }
            var ok = true
            if !Self.isProvinceCode(field["code"]!) {
                diagnostics.error("`\(field["code"]!)` is not a province code like TH-50", at: at("code"))
                ok = false
            } else if let first = seen[field["code"]!] {
                diagnostics.error("province \(field["code"]!) is listed twice (first on line \(first))", at: at("code"))
                ok = false
            }
            if !FolderName.isValid(field["slug"]!) {
                diagnostics.error(
                    "slug `\(field["slug"]!)` cannot be part of a link: use lowercase a–z, 0–9 and dashes, for example `\(FolderName.suggestion(for: field["name_en"]!.isEmpty ? field["slug"]! : field["name_en"]!))`",
                    at: at("slug"))
                ok = false
            } else if let first = slugs[field["slug"]!] {
                diagnostics.error("slug `\(field["slug"]!)` is used twice (first on line \(first))", at: at("slug"))
                ok = false
            }
            let region = Region(rawValue: field["region"]!)
            if region == nil {
                diagnostics.error("region must be one of \(Region.allCases.map(\.rawValue).joined(separator: ", ")), found `\(field["region"]!)`", at: at("region"))
                ok = false
            }
            if field["name_th"]!.isEmpty {
                diagnostics.error("the Thai name (name_th) is missing", at: at("name_th"))
                ok = false
            }
            seen[field["code"]!] = seen[field["code"]!] ?? row.line
            slugs[field["slug"]!] = slugs[field["slug"]!] ?? row.line
            guard ok, let region else { continue }
            provinces.append(Province(code: field["code"]!, slug: field["slug"]!, region: region, names: names(field), row: row.line))
        }
        return provinces
    }

    private func readOffices(_ table: CSVTable, provinces: Set<String>) -> [Office] {
        let path = OfficeDirectory.officesPath
        var offices: [Office] = []
        var seen: [String: Int] = [:]
        for row in table.rows {
            let field = fields(row, Self.officeColumns)
            func at(_ column: String) -> SourceLocation { location(path, row, Self.officeColumns, column) }
            var ok = true
            let id = field["id"]!
            if !FolderName.isValid(id) {
                diagnostics.error(
                    "id `\(id)` must be lowercase a–z, 0–9 and dashes (it names the contact card file), for example `\(FolderName.suggestion(for: id))`", at: at("id"))
                ok = false
            } else if let first = seen[id] {
                diagnostics.error("id `\(id)` is used twice (first on line \(first))", at: at("id"))
                ok = false
            }
            seen[id] = seen[id] ?? row.line
            let kind = Office.Kind(rawValue: field["kind"]!)
            if kind == nil {
                diagnostics.error("kind must be one of \(Office.Kind.allCases.map(\.rawValue).joined(separator: ", ")), found `\(field["kind"]!)`", at: at("kind"))
                ok = false
            }
            let province = field["province"]!
            if !province.isEmpty && !provinces.contains(province) {
                diagnostics.error("unknown province code `\(province)`: use a code from \(OfficeDirectory.provincesPath), like TH-50", at: at("province"))
                ok = false
            } else if province.isEmpty && kind != nil && kind != .hotline {
                diagnostics.error("a \(kind!.rawValue) office needs its province code", at: at("province"))
                ok = false
            }
            if field["name_th"]!.isEmpty {
                diagnostics.error("the Thai name (name_th) is missing: workers show it when they ask the way", at: at("name_th"))
                ok = false
            }
            var phones: [PhoneNumber] = []
            for written in field["phones"]!.split(separator: ";").map({ String($0).trimmingWhitespace }) where !written.isEmpty {
                if let phone = PhoneNumber(written) {
                    phones.append(phone)
                } else {
                    diagnostics.error(
                        "`\(written)` is not a Thai phone number (9–10 digits starting with 0, like 02 246 8994) or a short code (like 1546); separate several numbers with `;`",
                        at: at("phones"))
                    ok = false
                }
            }
            let email = field["email"]!
            if !email.isEmpty && !Self.isEmail(email) {
                diagnostics.error("`\(email)` is not an email address", at: at("email"))
                ok = false
            }
            let website = field["website"]!
            if !website.isEmpty && !(website.hasPrefix("https://") || website.hasPrefix("http://")) {
                diagnostics.error("website must start with https:// or http://, found `\(website)`", at: at("website"))
                ok = false
            }
            var verified: CalendarDay?
            let verifiedText = field["verified"]!
            if !verifiedText.isEmpty {
                verified = Self.periodStart(verifiedText)
                if verified == nil {
                    diagnostics.error("verified must be a date written YYYY-MM-DD (or YYYY-MM, or YYYY when only that is known), found `\(verifiedText)`", at: at("verified"))
                    ok = false
                }
            }
            guard ok, let kind else { continue }
            let districts = field["districts"]!.split(separator: ";").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
            offices.append(
                Office(
                    id: id, kind: kind, province: province.isEmpty ? nil : province, names: names(field),
                    address: field["address_th"]!, phones: phones, email: email, website: website,
                    hours: field["hours"]!, districts: districts, verified: verified, verifiedText: verifiedText,
                    source: field["source"]!, row: row.line))
        }
        return offices
    }

    private func fields(_ row: CSVTable.Row, _ columns: [String]) -> [String: String] {
        var result: [String: String] = [:]
        for (name, value) in zip(columns, row.fields) { result[name] = value.trimmingWhitespace }
        return result
    }

    private func names(_ field: [String: String]) -> [String: String] {
        var names: [String: String] = [:]
        for code in languages {
            if let name = field["name_\(code)"], !name.isEmpty { names[code] = name }
        }
        return names
    }

    private func location(_ path: String, _ row: CSVTable.Row, _ columns: [String], _ column: String) -> SourceLocation {
        SourceLocation(path: path, line: row.line, column: (columns.firstIndex(of: column) ?? 0) + 1)
    }

    /// The first day of a date written at the precision known: `2023-03-20`, `2019-04` or `2020`.
    static func periodStart(_ text: String) -> CalendarDay? {
        switch text.count {
        case 10: return CalendarDay(text)
        case 7: return CalendarDay(text + "-01")
        case 4: return CalendarDay(text + "-01-01")
        default: return nil
        }
    }

    static func isProvinceCode(_ code: String) -> Bool {
        code.hasPrefix("TH-") && code.count == 5 && code.dropFirst(3).allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A plain check: one `@`, something before it, a dot in the domain, no spaces.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else { return false }
        return !text.contains(where: { $0.isWhitespace || $0 == "," || $0 == ";" })
    }
}
