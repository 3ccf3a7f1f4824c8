import CSV

/// A CSV file read into rows of fields, each row with the line of the file it starts on, so every
/// problem can be reported as `file:line:column` (column = field number). The only code that uses the
/// CSV package.
struct CSVTable {
    /// One record of the file.
    struct Row {
        /// The line of the file the record starts on (a quoted field may span lines).
        var line: Int
        var fields: [String]
    }

    /// The header's field names.
    var header: [String]
    /// The records after the header; rows with no text at all are left out.
    var rows: [Row]

    /// Reads a CSV text (RFC 4180: commas, double-quoted fields with `""` for a quote, LF or CRLF line
    /// ends); `nil` with an error when it cannot be read.
    static func read(_ text: String, path: String, diagnostics: Diagnostics) -> CSVTable? {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false)
        } catch {
            diagnostics.error("cannot read CSV: \(error)", at: SourceLocation(path: path))
            return nil
        }
        var records: [Row] = []
        var line = 1
        while let fields = reader.next() {
            records.append(Row(line: line, fields: fields))
            // A record ends at one line break; line breaks inside quoted fields count too.
            line += 1 + fields.reduce(0) { count, field in count + field.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
        }
        if let error = reader.error {
            diagnostics.error("cannot read CSV: \(error)", at: SourceLocation(path: path, line: line))
            return nil
        }
        guard let first = records.first else {
            diagnostics.error("the file is empty: it needs a header row", at: SourceLocation(path: path))
            return nil
        }
        let rows = records.dropFirst().filter { !($0.fields.count == 1 && $0.fields[0].isEmpty) }
        return CSVTable(header: first.fields.map(\.trimmingWhitespace), rows: Array(rows))
    }
}
