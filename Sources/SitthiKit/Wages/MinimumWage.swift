/// One row of `content/data/minimum-wage.csv`: the minimum daily wage of a province, or of one district
/// within it, as a Wage Committee notification set it from a day on.
struct WageRate: Sendable, Hashable {
    /// The province code from `provinces.csv`, `TH-50`.
    var province: String
    /// The district the rate is for, when it is not the whole province's.
    var district: District?
    /// Baht a day.
    var baht: Int
    /// The number of the Wage Committee's notification (13 for Notification No. 13).
    var notification: Int
    /// The day the rate applies from.
    var inForce: CalendarDay
    /// The row of the CSV file, for messages.
    var row: Int

    /// A district (อำเภอ) with its own rate: its Thai name, and its English name when known.
    struct District: Sendable, Hashable {
        var thai: String
        var english: String
    }
}

/// A province's minimum wage on one day: the rate for the whole province (for its other districts, when
/// some have their own) and the districts with a rate of their own.
struct ProvinceWage: Sendable, Hashable {
    var rate: WageRate
    var districts: [WageRate]
}

/// Every minimum-wage rate the spreadsheet lists, past, present and announced.
struct MinimumWageTable: Sendable {
    /// The rows in file order.
    var rates: [WageRate]

    /// The path of the spreadsheet, relative to the site root.
    static let path = "content/data/minimum-wage.csv"

    /// The rate each province and each listed district has on a day: of the rows for one place, the one
    /// with the latest date that is not after `day`. Provinces without a rate by then are left out.
    func current(on day: CalendarDay) -> [String: ProvinceWage] {
        var latest: [PlaceKey: WageRate] = [:]
        for rate in rates where rate.inForce <= day {
            let key = PlaceKey(province: rate.province, district: rate.district?.thai)
            if let known = latest[key], known.inForce >= rate.inForce { continue }
            latest[key] = rate
        }
        var districts: [String: [WageRate]] = [:]
        for (key, rate) in latest where key.district != nil { districts[key.province, default: []].append(rate) }
        var result: [String: ProvinceWage] = [:]
        for (key, rate) in latest where key.district == nil {
            result[key.province] = ProvinceWage(rate: rate, districts: (districts[key.province] ?? []).sorted { $0.row < $1.row })
        }
        return result
    }

    /// One place a rate is for: a province, or a district of it.
    struct PlaceKey: Hashable {
        var province: String
        var district: String?
    }
}
