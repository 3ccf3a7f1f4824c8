/// The minimum-wage table that an article's `include` block `minimum-wage` shows: every rate in force
/// on the build's day, one row per rate (highest first), listing the provinces in the directory's order
/// and then the districts with a rate of their own; a province with such districts is listed as its
/// other districts. The caption names the day and notification most rates are from; a place whose rate
/// is from another says so beside its name. Two columns, so that the table stays narrow on a phone and
/// short on a printed leaflet.
struct WageTableHTML {
    /// Each province's rates on the build's day, by province code.
    let wages: [String: ProvinceWage]
    /// The directory's provinces, in file order.
    let provinces: [Province]

    /// The name an article uses to include the table.
    static let includeName = "minimum-wage"

    /// The table's parts in one language, each ready HTML: the caption (the usual day and
    /// notification), the two column headings, and a row per rate (the rate in baht, its places).
    struct Parts {
        var caption: String?
        var headings: [String]
        var rows: [(baht: Int, places: String)]
    }

    /// The table in one language, as HTML.
    func html(_ words: WageText) -> String {
        let parts = parts(words)
        var html = "<table class=\"wage-table\">\n"
        if let caption = parts.caption { html += "<caption>\(caption)</caption>\n" }
        html += "<thead><tr><th scope=\"col\">\(parts.headings[0])</th><th scope=\"col\">\(parts.headings[1])</th></tr></thead>\n<tbody>\n"
        for row in parts.rows {
            html += "<tr><td><strong>\(row.baht)</strong></td><td>\(row.places)</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// The table in one language as a printed page draws it (the PDF leaflets): the caption, then the
    /// table.
    func printBlocks(_ words: WageText) -> [PrintBlock] {
        let parts = parts(words)
        let rows = parts.rows.map { row -> [MarkedText] in
            let baht = String(row.baht)
            return [MarkedText(baht, marks: [.init(start: 0, end: baht.utf8.count, style: .strong)]), MarkedText(builtHTML: row.places)]
        }
        let table = PrintBlock.table(header: parts.headings.map { MarkedText(builtHTML: $0) }, rows: rows, depth: 0)
        return (parts.caption.map { [PrintBlock.paragraph(text: MarkedText(builtHTML: $0), depth: 0)] } ?? []) + [table]
    }

    /// The table's parts in one language.
    func parts(_ words: WageText) -> Parts {
        var entries: [(rate: WageRate, place: String)] = []
        var districtEntries: [(rate: WageRate, place: String)] = []
        for province in provinces {
            guard let wage = wages[province.code] else { continue }
            let name = words.name(of: province)
            entries.append((wage.rate, wage.districts.isEmpty ? name : words.text("wage_other_districts", ["province": name])))
            for district in wage.districts {
                districtEntries.append((district, words.text("wage_district_of", ["district": words.name(of: district.district!), "province": name])))
            }
        }
        entries += districtEntries
        /// Where a rate comes from: its notification and the day it applies from.
        struct Source: Hashable {
            var notification: Int
            var inForce: CalendarDay
        }
        var counts: [Source: Int] = [:]
        for entry in entries { counts[Source(notification: entry.rate.notification, inForce: entry.rate.inForce), default: 0] += 1 }
        let usual = counts.max { ($0.value, $1.key.inForce) < ($1.value, $0.key.inForce) }?.key
        var rows: [Int: [String]] = [:]
        for (rate, place) in entries {
            let source = Source(notification: rate.notification, inForce: rate.inForce)
            rows[rate.baht, default: []].append(source == usual ? place : place + " " + words.text("wage_since_note", words.values(rate)))
        }
        let separator = words.text("list_separator")
        var caption: String?
        if let usual, let example = entries.first(where: { $0.rate.notification == usual.notification && $0.rate.inForce == usual.inForce }) {
            caption = words.text("wage_table_caption", words.values(example.rate))
        }
        return Parts(
            caption: caption, headings: [words.text("wage_table_rate"), words.text("wage_table_places")],
            rows: rows.keys.sorted(by: >).map { ($0, rows[$0]!.joined(separator: separator)) })
    }
}
