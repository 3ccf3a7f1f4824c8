import Foundation

/// The models of the office directory's pages: the index by region and province, and each province's
/// offices in full. Names are shown in the reader's language with the Thai name beside them (a worker
/// shows the Thai name to ask the way); what is not known is said, with hotline 1546 instead.
extension PageModelBuilder {
    func directoryIndex(on page: Page, head: inout PageHead) -> OfficesContent {
        let code = page.language.code
        let strings = site.strings[code]
        head.pageTitle = HTMLText(HTML.escape((strings?["offices_title"].value ?? "") + " — " + page.language.siteTitle))
        head.description = HTMLText(HTML.escape(strings?["offices_intro"].value ?? ""))
        let title = HTMLText(text(strings?["offices_title"], on: code))
        guard let directory = site.directory else {
            return OfficesContent(title: title, hotlineOffices: [], centralOffices: [], regions: [])
        }
        let central = directory.offices.filter { $0.kind == .central }
        let regions = Region.allCases.compactMap { region -> RegionItem? in
            let provinces = directory.provinces.filter { $0.region == region }
            guard !provinces.isEmpty else { return nil }
            return RegionItem(
                name: HTMLText(text(strings?[region.stringKey], on: code)),
                provinces: provinces.map { province in
                    ProvinceItem(
                        names: names(province.names, on: code), href: HTMLText(Router.url(code, [Router.directoryFolder, province.slug])),
                        offices: directory.offices(in: province).filter { $0.kind != .central }.map {
                            summary($0, on: code, href: provinceHref(directory, $0, code))
                        })
                })
        }
        return OfficesContent(
            title: title, hotlineOffices: directory.hotlines.map { summary($0, on: code, href: nil) },
            centralOffices: central.map { summary($0, on: code, href: provinceHref(directory, $0, code)) },
            regions: regions)
    }

    func provincePage(_ province: Province, on page: Page, head: inout PageHead) -> ProvinceContent {
        let code = page.language.code
        let shown = province.names[code] ?? province.names[source.code] ?? province.code
        head.pageTitle = HTMLText(HTML.escape(shown + " — " + (site.strings[code]?["offices_title"].value ?? "")))
        guard let directory = site.directory else { return ProvinceContent(names: names(province.names, on: code), offices: [], hotlineOffices: []) }
        return ProvinceContent(
            names: names(province.names, on: code),
            offices: directory.offices(in: province).map { details($0, on: code) },
            hotlineOffices: directory.hotlines.map { summary($0, on: code, href: nil) },
            minimumWage: site.minimumWages?[province.code].map { minimumWage($0, of: province, on: code) })
    }

    /// A province's minimum wage in the reader's language, each line with its Thai beside it.
    private func minimumWage(_ wage: ProvinceWage, of province: Province, on code: String) -> MinimumWageBox {
        func lines(in language: String) -> [String] {
            guard let strings = site.strings[language] else { return [] }
            let words = WageText(strings: strings, language: language, source: source.code, dates: dates)
            var lines = [words.text(wage.districts.isEmpty ? "wage_here" : "wage_here_other_districts", words.values(wage.rate))]
            for district in wage.districts {
                lines.append(words.text("wage_here_district", words.values(district).merging(["district": words.name(of: district.district!)]) { $1 }))
            }
            lines.append(words.text("wage_check", ["hotline": "<a class=\"tel\" href=\"tel:1546\">1546</a>"]))
            return lines
        }
        let own = lines(in: code)
        let thai = code == source.code ? [] : lines(in: source.code)
        return MinimumWageBox(
            lines: own.enumerated().map { index, text in
                BesideThai(text: HTMLText(text), thai: index < thai.count ? HTMLText(thai[index]) : nil)
            })
    }

    // MARK: - One office

    /// Name, id and phones: for lists.
    private func summary(_ office: Office, on code: String, href: String?) -> OfficeSummary {
        OfficeSummary(
            names: names(office.names, on: code), id: HTMLText(office.id), href: href.map { HTMLText($0 + "#" + office.id) },
            phones: office.phones.map { PhoneItem(tel: HTMLText($0.telURI), display: HTMLText($0.display)) })
    }

    /// Everything known about an office, and what is not known.
    private func details(_ office: Office, on code: String) -> OfficeDetails {
        let strings = site.strings[code]
        func escaped(_ text: String) -> HTMLText? { text.isEmpty ? nil : HTMLText(HTML.escape(text)) }
        let query = office.address.addingPercentEncoding(withAllowedCharacters: Self.queryAllowed) ?? ""
        return OfficeDetails(
            summary: summary(office, on: code, href: nil),
            kind: HTMLText(text(strings?[office.kind.stringKey], on: code)),
            email: escaped(office.email),
            mailto: office.email.isEmpty ? nil : HTMLText(HTML.escape("mailto:" + office.email)),
            website: escaped(office.website),
            address: escaped(office.address),
            mapHref: office.address.isEmpty ? nil : HTMLText(HTML.escape("https://www.openstreetmap.org/search?query=" + query)),
            hours: escaped(office.hours),
            districts: escaped(office.districts.joined(separator: ", ")),
            verified: office.verified == nil ? nil : HTMLText(HTML.escape(office.verifiedText)),
            mayBeOld: office.verified.map { $0 < site.today.yearBefore } ?? false,
            source: escaped(office.source),
            vcardHref: HTMLText(Router.contactCardURL(office.id)))
    }

    /// The page an office is listed on in full.
    private func provinceHref(_ directory: OfficeDirectory, _ office: Office, _ code: String) -> String? {
        guard let slug = office.province.flatMap({ directory.province($0)?.slug }) else { return nil }
        return Router.url(code, [Router.directoryFolder, slug])
    }

    /// The name in the reader's language (the Thai name, tagged, when there is none) and the Thai name
    /// when the two differ, for showing beside it.
    private func names(_ names: [String: String], on code: String) -> PlaceNames {
        let thai = names[source.code] ?? ""
        guard let own = names[code] else {
            return PlaceNames(name: HTMLText(Self.wrap(HTML.escape(thai), in: source.code, on: code)), nameThai: nil)
        }
        return PlaceNames(name: HTMLText(HTML.escape(own)), nameThai: code != source.code && own != thai ? HTMLText(HTML.escape(thai)) : nil)
    }

    /// Characters left as they are in a URL query value (everything else is percent-encoded).
    private static let queryAllowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        .union(CharacterSet(charactersIn: "-._~"))
}
