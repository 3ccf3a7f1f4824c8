/// The words the minimum wage is shown with in one language: place names (in that language where the
/// directory has them, else in Thai, tagged `lang="th"`), dates in the language's own form, and the
/// interface texts filled in. Everything it returns is ready HTML.
struct WageText {
    let strings: InterfaceStrings
    /// The page's language code.
    let language: String
    /// The source language's code (Thai), whose names every place has.
    let source: String
    let dates: DateDisplay

    /// An interface text with its gaps filled, tagged with its language when it is a fallback.
    func text(_ key: String, _ values: [String: String] = [:]) -> String {
        let text = strings[key]
        return tagged(Placeholders.fill(text.value, values), in: text.language)
    }

    /// A province's name in the page's language, or its Thai name tagged.
    func name(of province: Province) -> String {
        if let own = province.names[language] { return HTML.escape(own) }
        return tagged(HTML.escape(province.names[source] ?? province.code), in: source)
    }

    /// A district's name: the English name on English pages, the Thai name elsewhere (tagged on pages
    /// in other languages).
    func name(of district: WageRate.District) -> String {
        if language == "en" && !district.english.isEmpty { return HTML.escape(district.english) }
        return tagged(HTML.escape(district.thai), in: source)
    }

    /// The day a rate applies from, as the language writes dates.
    func date(_ day: CalendarDay) -> String { HTML.escape(dates.text(day, language: language)) }

    /// The values every wage text can use: `{rate}`, `{date}` and `{notification}`.
    func values(_ rate: WageRate) -> [String: String] {
        ["rate": String(rate.baht), "date": date(rate.inForce), "notification": String(rate.notification)]
    }

    private func tagged(_ html: String, in code: String) -> String {
        code == language ? html : "<span lang=\"\(code)\">\(html)</span>"
    }
}
