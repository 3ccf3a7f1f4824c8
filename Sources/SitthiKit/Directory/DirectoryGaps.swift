/// The office directory's gaps (offices without a phone, details checked over a year ago): one warning
/// line per kind of gap for the build, one row per office for the checker.
extension Assembler {
    /// One warning each for offices without a phone number and for details last checked over a year
    /// before `today`, naming their lines (the checker lists them one by one).
    func summarizeGaps(in directory: OfficeDirectory, today: CalendarDay) {
        let location = SourceLocation(path: OfficeDirectory.officesPath)
        if itemizesDirectoryGaps {
            for office in directory.offices {
                let phones = SourceLocation(path: OfficeDirectory.officesPath, line: office.row, column: 10)
                if office.phones.isEmpty {
                    diagnostics.warning("office `\(office.id)` has no phone number; its page offers hotline 1546 instead", at: phones)
                }
                if let verified = office.verified, verified < today.yearBefore {
                    diagnostics.warning(
                        "office `\(office.id)` was last checked \(office.verifiedText), more than 12 months before \(today)",
                        at: SourceLocation(path: OfficeDirectory.officesPath, line: office.row, column: 15))
                }
            }
            return
        }
        let noPhone = directory.offices.filter { $0.phones.isEmpty }.map(\.row)
        if !noPhone.isEmpty {
            diagnostics.warning("\(noPhone.count) office(s) have no phone number (lines \(Self.describe(lines: noPhone))); their pages offer hotline 1546 instead", at: location)
        }
        let limit = today.yearBefore
        let old = directory.offices.filter { ($0.verified.map { $0 < limit }) ?? false }.map(\.row)
        if !old.isEmpty {
            diagnostics.warning(
                "\(old.count) office(s) were last checked more than 12 months before \(today) (lines \(Self.describe(lines: old))); their pages say so", at: location)
        }
    }

    /// `3, 5–9, 12`: line numbers with runs shortened.
    static func describe(lines: [Int]) -> String {
        var parts: [String] = []
        var index = 0
        while index < lines.count {
            var end = index
            while end + 1 < lines.count && lines[end + 1] == lines[end] + 1 { end += 1 }
            parts.append(end > index + 1 ? "\(lines[index])–\(lines[end])" : (index...end).map { String(lines[$0]) }.joined(separator: ", "))
            index = end + 1
        }
        return parts.joined(separator: ", ")
    }
}
