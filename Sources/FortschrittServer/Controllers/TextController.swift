import FortschrittDocuments
import FortschrittDomain
import Foundation
import HTTPTypes
import Hummingbird

/// The strategies and their texts, public: every published version, and any two compared.
struct TextController: Sendable {
    let deps: WebDependencies
    let address: PublicAddress

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/strategien") { request, context in
            try await deps.cache.respond(request, context) {
                try await StrategiesModel.load(
                    catalogues: deps.catalogues, texts: deps.texts, siteName: await deps.siteName()
                ).render(PageContext(request, context))
            }
        }
        router.get("/strategien/{slug}/text") { request, context in
            try await version(request, context, number: nil)
        }
        router.get("/strategien/{slug}/text/{number}") { request, context in
            try await version(request, context, number: try context.versionNumber("number"))
        }
        // The Abwägungstabelle: its variants are chosen by parameters, so it is rendered each time.
        router.get("/strategien/{slug}/text/{number}/abwaegung") { request, context in
            let model = try await decisionTable(request, context)
            var response = HTMLResponse(model.render(PageContext(request, context))).response
            response.headers[.cacheControl] = "no-cache"
            return response
        }
        // Downloads of today's state; the table as laid before the council is kept at OParl's addresses.
        router.get("/strategien/{slug}/text/{number}/abwaegung.csv") { request, context in
            let model = try await decisionTable(request, context)
            return Self.download(
                ByteBuffer(string: model.csv(PageContext(request, context))), type: "text/csv; charset=utf-8",
                name: model.fileName("csv"))
        }
        router.get("/strategien/{slug}/text/{number}/abwaegung.docx") { request, context in
            let model = try await decisionTable(request, context)
            return Self.download(
                ByteBuffer(bytes: try model.docx(PageContext(request, context))), type: ReportFormat.docx.mediaType,
                name: model.fileName("docx"))
        }
        // The comparison form's answer: a page of its own per pair, so that it is kept like the others.
        router.get("/strategien/{slug}/vergleich") { request, context in
            let strategy = try await deps.strategy(context)
            let query = request.uri.queryParameters
            let from = try Input.integer(String(query["von"] ?? ""), "von", in: 1...100_000)
            let to = try Input.integer(String(query["zu"] ?? ""), "zu", in: 1...100_000)
            return Redirect(to: "/strategien/\(strategy.slug)/text/\(from)/vergleich/\(to)").response
        }
        router.get("/strategien/{slug}/text/{number}/vergleich/{to}") { request, context in
            let (from, to) = (try context.versionNumber("number"), try context.versionNumber("to"))
            let strategy = try await deps.strategy(context)
            return try await deps.cache.respond(request, context) {
                guard
                    let model = try await TextComparisonModel.load(
                        strategy, from: from, to: to, texts: deps.texts, decisions: deps.decisions,
                        siteName: await deps.siteName())
                else { throw HTTPError(.notFound, message: context.language.text(.noTextVersion("\(from)/\(to)"))) }
                return model.render(PageContext(request, context))
            }
        }
    }

    /// A block's discussion, and the forms to take part in it.
    func addContributionRoutes(to router: Router<WebRequestContext>) {
        router.get("/strategien/{slug}/text/{number}/abschnitt/{block}") { request, context in
            try await blockPage(request, context, entered: [:], error: nil)
        }
        router.postForm("/strategien/{slug}/text/{number}/abschnitt/{block}/kommentar", CommentForm.self) {
            request, context, posted in
            guard let participant = context.participant else { throw Guard.signInFirst(request) }
            let model = try await block(request, context)
            let form = posted.fields
            do {
                let anchor = try QuoteAnchor.posted(form.quote, version: model.version.number, block: model.block)
                let replyTo = try form.replyTo.flatMap { $0.isEmpty ? nil : $0 }.map {
                    try Input.integer($0, "antwort", in: Int64(1)...Int64.max)
                }
                let comment = try await deps.contributions.comment(
                    on: model.version, anchor: anchor, replyTo: replyTo, text: form.text ?? "", by: participant,
                    today: deps.today(), at: .now(),
                    notices: Self.notices(
                        base: try address.base(for: request), configured: address.configured,
                        language: context.language))
                deps.cache.refresh()
                if comment.state == .pending { return Redirect(to: model.path + "?eingereicht=\(comment.id)").response }
                return Redirect(to: model.path + "#beitrag-\(comment.id)").response
            } catch let violation as RuleViolation {
                var entered = ["zitat": form.quote ?? "", "kommentar": form.text ?? ""]
                if form.replyTo != nil { entered = [:] }
                return try await blockPage(
                    request, context, entered: entered, error: context.language.text(.rule(violation.rule)),
                    status: .unprocessableContent)
            }
        }
        router.postForm("/strategien/{slug}/text/{number}/abschnitt/{block}/zustimmung", AgreementForm.self) {
            request, context, posted in
            guard let participant = context.participant else { throw Guard.signInFirst(request) }
            let model = try await block(request, context)
            guard let value = Agreement(rawValue: posted.fields.value ?? "") else {
                throw Problem.badParameter("wert", "agree or disagree")
            }
            do {
                try await deps.contributions.agree(
                    value, on: model.version, block: model.block.id, by: participant, today: deps.today(), at: .now())
            } catch let violation as RuleViolation {
                return try await blockPage(
                    request, context, entered: [:], error: context.language.text(.rule(violation.rule)),
                    status: .unprocessableContent)
            }
            deps.cache.refresh()
            return Redirect(to: model.path).response
        }
        router.get("/beitraege/{id}") { request, context in
            let id = try Input.integer(context.parameters.get("id") ?? "", "id", in: Int64(1)...Int64.max)
            guard var contribution = try await deps.contributions.contribution(id: id), contribution.state != .pending,
                let strategy = try await deps.catalogues.strategies().first(where: { $0.id == contribution.strategy })
            else { throw HTTPError(.notFound, message: context.language.text(.noTextVersion("\(id)"))) }
            // A segment stands with the contribution it was cut from.
            if let parent = contribution.segmentOf, let whole = try await deps.contributions.contribution(id: parent) {
                contribution = whole
            }
            let anchor = contribution.anchor
            return Redirect(
                to: "/strategien/\(strategy.slug)/text/\(anchor.version)/abschnitt/\(anchor.block.text)#beitrag-\(id)"
            ).response
        }
    }

    /// The receipt in the page's language (its author is here); the note to the author of the
    /// comment answered in German and English, as participants keep no language of their own.
    /// `configured`: the site's configured address. A reply's note goes to someone else, so its link is
    /// never built from the replier's request (whose Host header they choose); without one, no link.
    static func notices(base: String, configured: String?, language: Language) -> ContributionNotices {
        ContributionNotices(
            receipt: { contribution in
                let number = "\(contribution.id)"
                let link = base + "/beitraege/\(contribution.id)"
                let body = language.text(
                    .receiptMailBody(number, contribution.anchor.block.text, "\(contribution.anchor.version)", link))
                return MailMessage(
                    kind: "contribution-receipt", to: "", subject: language.text(.receiptMailSubject(number)),
                    body: body + (contribution.state == .pending ? "\n\n" + language.text(.receiptPending) : ""))
            },
            reply: { reply in
                let number = "\(reply.replyTo ?? 0)"
                let link = configured.map { $0 + "/beitraege/\(reply.id)" } ?? ""
                return .bilingual(
                    kind: "contribution-reply", subject: { $0.text(.replyMailSubject(number)) },
                    body: { $0.text(.replyMailBody(number, link)) })
            })
    }

    func block(_ request: Request, _ context: WebRequestContext) async throws -> BlockModel {
        let strategy = try await deps.strategy(context)
        let number = try context.versionNumber("number")
        guard let id = BlockID(context.parameters.get("block") ?? ""),
            let model = try await BlockModel.load(
                strategy, number: number, block: id, texts: deps.texts, contributions: deps.contributions,
                decisions: deps.decisions,
                participant: context.participant, siteName: await deps.siteName(), today: deps.today())
        else { throw HTTPError(.notFound, message: context.language.text(.noTextVersion("\(number)"))) }
        return model
    }

    func blockPage(
        _ request: Request, _ context: WebRequestContext, entered: [String: String], error: String?,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        var model = try await block(request, context)
        if let number = request.uri.queryParameters["eingereicht"] {
            model.awaiting = try Input.integer(String(number), "eingereicht", in: Int64(1)...Int64.max)
        }
        model.entered = entered
        model.error = error
        // The page shows who is signed in and their own agreement: never kept for others.
        return HTMLResponse.personal(model.render(PageContext(request, context)), status: status)
    }

    func decisionTable(_ request: Request, _ context: WebRequestContext) async throws -> DecisionTableModel {
        let strategy = try await deps.strategy(context)
        let number = try context.versionNumber("number")
        let query = request.uri.queryParameters
        func flag(_ name: String) throws -> Bool {
            guard let value = query[Substring(name)] else { return false }
            guard value == "1" else { throw Problem.badParameter(name, "1") }
            return true
        }
        let withoutText = try flag("ohne-text")
        guard
            let model = try await DecisionTableModel.load(
                strategy, number: number, texts: deps.texts, contributions: deps.contributions,
                decisions: deps.decisions, council: deps.council, siteName: await deps.siteName(),
                withText: !withoutText,
                // Without the text, without names too: the text was what a name could be tied to.
                anonymised: try flag("anonym") || withoutText)
        else { throw HTTPError(.notFound, message: context.language.text(.noTextVersion("\(number)"))) }
        return model
    }

    static func download(_ body: ByteBuffer, type: String, name: String) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: type, .cacheControl: "no-cache", .contentDisposition: ContentDisposition.attachment(name),
            ],
            body: .init(byteBuffer: body))
    }

    func version(_ request: Request, _ context: WebRequestContext, number: Int?) async throws -> Response {
        let strategy = try await deps.strategy(context)
        return try await deps.cache.respond(request, context, text: (strategy.id, number)) {
            guard
                let model = try await StrategyTextModel.load(
                    strategy, number: number, texts: deps.texts, siteName: await deps.siteName(),
                    portalStrategy: try await deps.catalogues.strategies().first?.id, today: deps.today(),
                    contributions: deps.contributions, decisions: deps.decisions, events: deps.events,
                    reviews: deps.reviews)
            else {
                throw HTTPError(
                    .notFound, message: context.language.text(.noTextVersion(number.map(String.init) ?? "")))
            }
            return model.render(PageContext(request, context))
        }
    }

}

extension WebRequestContext {
    /// A version number from the path: 1…100,000, else 400 naming the parameter.
    func versionNumber(_ name: String) throws -> Int {
        try Input.integer(parameters.get(name) ?? "", name, in: 1...100_000)
    }
}
