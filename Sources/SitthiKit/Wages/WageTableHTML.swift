/// The minimum-wage table that an article's `include` block `minimum-wage` shows: every rate in force
/// on the build's day, one row per rate and notification (highest rate first), listing the provinces
/// in the directory's order and then the districts with a rate of their own; a province with such
/// districts is listed as its other districts.
struct WageTableHTML {
    /// Each province's rates on the build's day, by province code.
    let wages: [String: ProvinceWage]
    /// The directory's provinces, in file order.
    let provinces: [Province]

    /// The name an article uses to include the table.
    static let includeName = "minimum-wage"

    /// The table in one language.
    func html(_ words: WageText) -> String {
        struct Group {
            var rate: WageRate
            var places: [String] = []
            var districts: [String] = []
        }
        var groups: [String: Group] = [:]
        func add(_ rate: WageRate, place: String, isDistrict: Bool) {
            let key = "\(rate.baht) \(rate.notification) \(rate.inForce)"
            var group = groups[key] ?? Group(rate: rate)
            if isDistrict { group.districts.append(place) } else { group.places.append(place) }
            groups[key] = group
        }
        for province in provinces {
            guard let wage = wages[province.code] else { continue }
            let name = words.name(of: province)
            add(wage.rate, place: wage.districts.isEmpty ? name : words.text("wage_other_districts", ["province": name]), isDistrict: false)
            for district in wage.districts {
                add(district, place: words.text("wage_district_of", ["district": words.name(of: district.district!), "province": name]), isDistrict: true)
            }
        }
        let ordered = groups.values.sorted {
            ($0.rate.baht, $0.rate.inForce, $0.rate.notification) > ($1.rate.baht, $1.rate.inForce, $1.rate.notification)
        }
        let separator = words.text("list_separator")
        var html = "<table class=\"wage-table\">\n<thead><tr><th scope=\"col\">\(words.text("wage_table_rate"))</th>"
        html += "<th scope=\"col\">\(words.text("wage_table_places"))</th><th scope=\"col\">\(words.text("wage_table_since"))</th></tr></thead>\n<tbody>\n"
        for group in ordered {
            let places = (group.places + group.districts).joined(separator: separator)
            let since = words.date(group.rate.inForce) + "<br>" + words.text("wage_notification", words.values(group.rate))
            html += "<tr><td><strong>\(group.rate.baht)</strong></td><td>\(places)</td><td>\(since)</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }
}
