#if canImport(Glibc)
    import Glibc
#endif

/// A date without a time, as editors write it in front matter (`2026-11-26`).
public struct CalendarDay: Hashable, Sendable, Comparable, CustomStringConvertible {
    var year: Int
    var month: Int
    var day: Int

    /// Parses `YYYY-MM-DD`; `nil` for anything else or an impossible date.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1, day <= CalendarDay.length(ofMonth: month, in: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The ISO form, `2026-11-26`, used in `datetime` attributes and shown on pages.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// The latest `SOURCE_DATE_EPOCH` taken: the last second of the year 9999.
    static let latestEpoch = 253_402_300_799

    /// What is wrong with `SOURCE_DATE_EPOCH`, when it is set to anything but seconds since 1970.
    static var sourceDateEpochProblem: String? {
        guard let raw = getenv("SOURCE_DATE_EPOCH").map({ String(cString: $0) }) else { return nil }
        guard let seconds = Int(raw), (0...latestEpoch).contains(seconds) else {
            let shown = raw.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) ? raw : "(unprintable)"
            return "SOURCE_DATE_EPOCH is `\(shown)`: it must be a whole number of seconds since 1970 (for example `date +%s`), or not set"
        }
        return nil
    }

    /// Today in UTC, or the day of `SOURCE_DATE_EPOCH` (seconds since 1970) when that is set and valid.
    public static func today() -> CalendarDay {
        var seconds = time(nil)
        if let fixed = getenv("SOURCE_DATE_EPOCH").flatMap({ Int(String(cString: $0)) }), (0...latestEpoch).contains(fixed) {
            seconds = time_t(fixed)
        }
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return CalendarDay(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }

    /// A day from its parts, which must form a real date.
    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The same day a year earlier (28 February for 29 February).
    var yearBefore: CalendarDay {
        CalendarDay(year: year - 1, month: month, day: month == 2 && day == 29 ? 28 : day)
    }

    private static func length(ofMonth month: Int, in year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
