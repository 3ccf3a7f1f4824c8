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

    /// The table in one language.
    func html(_ words: WageText) -> String {
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
        var html = "<table class=\"wage-table\">\n"
        if let usual, let example = entries.first(where: { $0.rate.notification == usual.notification && $0.rate.inForce == usual.inForce }) {
            html += "<caption>\(words.text("wage_table_caption", words.values(example.rate)))</caption>\n"
        }
        html += "<thead><tr><th scope=\"col\">\(words.text("wage_table_rate"))</th><th scope=\"col\">\(words.text("wage_table_places"))</th></tr></thead>\n<tbody>\n"
        for baht in rows.keys.sorted(by: >) {
            html += "<tr><td><strong>\(baht)</strong></td><td>\(rows[baht]!.joined(separator: separator))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }
}
