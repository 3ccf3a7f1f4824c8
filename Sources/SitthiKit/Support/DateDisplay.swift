import Foundation

/// Writes a day the way each language's readers write dates, from the CLDR data that ICU carries:
/// `26 พฤศจิกายน 2569` in Thai, whose readers count years in the Buddhist Era (2569 = 2026),
/// `26 ພະຈິກ 2026` in Lao, `November 26, 2026` in English. Digits stay Western in every language, as in
/// the texts. Pages put the ISO date in `<time datetime>` beside it.
struct DateDisplay: Sendable {
    private let styles: [String: Date.FormatStyle]
    /// Days written ahead, by language: formatting costs far more than a lookup, and a site has few
    /// distinct dates.
    private var written: [String: [CalendarDay: String]] = [:]
    private static let utc = TimeZone(identifier: "UTC")!

    /// `days` are written ahead in every language; any other day is written when asked for.
    init(languages: [Language], days: Set<CalendarDay> = []) {
        var styles: [String: Date.FormatStyle] = [:]
        for language in languages {
            let buddhist = language.code == "th"
            var identifier = language.locale.isEmpty ? language.code : language.locale
            identifier += buddhist ? "@calendar=buddhist;numbers=latn" : "@numbers=latn"
            let calendar = Calendar(identifier: buddhist ? .buddhist : .gregorian)
            styles[language.code] = Date.FormatStyle(
                date: .long, time: .omitted, locale: Locale(identifier: identifier),
                calendar: calendar, timeZone: Self.utc)
        }
        self.styles = styles
        for language in languages {
            written[language.code] = Dictionary(uniqueKeysWithValues: days.map { ($0, format($0, language: language.code)) })
        }
    }

    /// The day in a language's own words; the ISO form for a language without a style.
    func text(_ day: CalendarDay, language: String) -> String {
        written[language]?[day] ?? format(day, language: language)
    }

    private func format(_ day: CalendarDay, language: String) -> String {
        guard let style = styles[language] else { return day.description }
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = Self.utc
        guard let date = gregorian.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12)) else {
            return day.description
        }
        return date.formatted(style)
    }
}
