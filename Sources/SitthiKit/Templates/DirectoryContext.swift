import Foundation

/// The values of the office directory's pages: the index by region and province, and each province's
/// offices in full. Names are shown in the reader's language with the Thai name beside them (a worker
/// shows the Thai name to ask the way); what is not known is said, with hotline 1546 instead.
extension PageContext {
    func directoryIndex(on page: Page) -> [String: Any] {
        guard let directory = site.directory else { return [:] }
        let code = page.language.code
        let strings = site.strings[code]
        var context: [String: Any] = [
            "title": HTMLText(text(strings?["offices_title"], on: code)),
            "pageTitle": HTMLText(HTML.escape((strings?["offices_title"].value ?? "") + " — " + page.language.siteTitle)),
            "description": HTMLText(HTML.escape(strings?["offices_intro"].value ?? "")),
        ]
        context["hotlineOffices"] = directory.hotlines.map { office(summary: $0, on: page, href: nil) }
        let central = directory.offices.filter { $0.kind == .central }
        context["centralOffices"] = central.map { office(summary: $0, on: page, href: provinceHref(directory, $0, code)) }
        context["hasCentral"] = !central.isEmpty
        context["regions"] = Region.allCases.compactMap { region -> [String: Any]? in
            let provinces = directory.provinces.filter { $0.region == region }
            guard !provinces.isEmpty else { return nil }
            return [
                "name": HTMLText(text(strings?[region.stringKey], on: code)),
                "provinces": provinces.map { province -> [String: Any] in
                    var item = names(province.names, on: code)
                    item["href"] = HTMLText(SiteURL.page(code, [Assembler.directoryFolder, province.slug]))
                    item["offices"] = directory.offices(in: province).filter { $0.kind != .central }.map {
                        office(summary: $0, on: page, href: provinceHref(directory, $0, code))
                    }
                    return item
                },
            ]
        }
        return context
    }

    func provincePage(_ province: Province, on page: Page) -> [String: Any] {
        guard let directory = site.directory else { return [:] }
        let code = page.language.code
        var context = names(province.names, on: code)
        let shown = province.names[code] ?? province.names[source.code] ?? province.code
        context["pageTitle"] = HTMLText(HTML.escape(shown + " — " + (site.strings[code]?["offices_title"].value ?? "")))
        let offices = directory.offices(in: province)
        context["offices"] = offices.map { office(details: $0, on: page) }
        context["hasOffices"] = !offices.isEmpty
        context["hotlineOffices"] = directory.hotlines.map { office(summary: $0, on: page, href: nil) }
        return context
    }

    // MARK: - One office

    /// Name, kind and phones: for lists.
    private func office(summary office: Office, on page: Page, href: String?) -> [String: Any] {
        var item = names(office.names, on: page.language.code)
        item["id"] = HTMLText(office.id)
        if let href { item["href"] = HTMLText(href + "#" + office.id) }
        item["phones"] = office.phones.map { ["tel": HTMLText($0.telURI), "display": HTMLText($0.display)] }
        item["hasPhones"] = !office.phones.isEmpty
        return item
    }

    /// Everything known about an office, and what is not known.
    private func office(details office: Office, on page: Page) -> [String: Any] {
        let code = page.language.code
        let strings = site.strings[code]
        var item = self.office(summary: office, on: page, href: nil)
        item["kind"] = HTMLText(text(strings?[office.kind.stringKey], on: code))
        if !office.email.isEmpty {
            item["email"] = HTMLText(HTML.escape(office.email))
            item["mailto"] = HTMLText(HTML.escape("mailto:" + office.email))
        }
        if !office.website.isEmpty { item["website"] = HTMLText(HTML.escape(office.website)) }
        if !office.address.isEmpty {
            item["address"] = HTMLText(HTML.escape(office.address))
            let query = office.address.addingPercentEncoding(withAllowedCharacters: Self.queryAllowed) ?? ""
            item["mapHref"] = HTMLText(HTML.escape("https://www.openstreetmap.org/search?query=" + query))
        }
        if !office.hours.isEmpty { item["hours"] = HTMLText(HTML.escape(office.hours)) }
        if !office.districts.isEmpty { item["districts"] = HTMLText(HTML.escape(office.districts.joined(separator: ", "))) }
        if let verified = office.verified {
            item["verified"] = HTMLText(HTML.escape(office.verifiedText))
            item["mayBeOld"] = verified < site.today.yearBefore
        }
        if !office.source.isEmpty { item["source"] = HTMLText(HTML.escape(office.source)) }
        item["vcardHref"] = HTMLText("/\(Assembler.directoryFolder)/\(office.id).vcf")
        return item
    }

    /// The page an office is listed on in full.
    private func provinceHref(_ directory: OfficeDirectory, _ office: Office, _ code: String) -> String? {
        guard let slug = office.province.flatMap({ directory.province($0)?.slug }) else { return nil }
        return SiteURL.page(code, [Assembler.directoryFolder, slug])
    }

    /// `name` in the reader's language (the Thai name, tagged, when there is none) and `nameThai` when
    /// the two differ, for showing beside it.
    private func names(_ names: [String: String], on code: String) -> [String: Any] {
        let thai = names[source.code] ?? ""
        var item: [String: Any] = [:]
        if let own = names[code] {
            item["name"] = HTMLText(HTML.escape(own))
            if code != source.code && own != thai { item["nameThai"] = HTMLText(HTML.escape(thai)) }
        } else {
            item["name"] = HTMLText(Self.wrap(HTML.escape(thai), in: source.code, on: code))
        }
        return item
    }

    /// Characters left as they are in a URL query value (everything else is percent-encoded).
    private static let queryAllowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        .union(CharacterSet(charactersIn: "-._~"))
}
