import FortschrittDomain
import Plot

/// The form that follows a strategy, a block or a measure, for a signed-in participant — saying so
/// where they already follow it, to change how often; nothing for anyone else (the page is then the
/// public one, kept for everybody).
enum FollowParts {
    static func form(_ target: Follow.Target, _ page: PageContext) -> Node<HTML.BodyContext> {
        guard page.participant != nil else { return .empty }
        let id = "haeufigkeit-" + target.key.map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
        let current = page.follows.first { $0.target == target }
        return .formTag(
            .class("follow"), .attr("method", "post"), .attr("action", "/beteiligung/folgen"),
            Layout.csrfField(page),
            .inputTag(("type", "hidden"), ("name", "ziel"), ("value", target.key)),
            .inputTag(("type", "hidden"), ("name", "weiter"), ("value", page.location)),
            .h2(.text(page.text(.followHeading))),
            .p(.text(page.text(.followExplanation))),
            .unwrap(current) { follow in
                .p(
                    .attr("role", "status"),
                    .text(
                        page.text(
                            .alreadyFollowing(
                                page.text(follow.frequency == .immediate ? .followImmediate : .followDaily))
                        ) + " "),
                    .a(.attr("href", "/beteiligung/konto#folgen"), .text(page.text(.myFollows))))
            },
            frequencyField(id, selected: current?.frequency ?? .immediate, page),
            .button(.type(.submit), .text(page.text(current == nil ? .followButton : .changeFrequency))))
    }

    static func frequencyField(_ id: String, selected: Follow.Frequency, _ page: PageContext) -> Node<HTML.BodyContext>
    {
        Components.field(
            id, label: page.text(.followFrequencyLabel), error: nil,
            .selectTag(
                .attr("id", id), .attr("name", "haeufigkeit"),
                .forEach(Follow.Frequency.allCases) { frequency in
                    .optionTag(
                        frequency.rawValue, selected: frequency == selected,
                        page.text(frequency == .immediate ? .followImmediate : .followDaily))
                }))
    }

    /// What a follow is about, in words.
    static func describe(_ target: Follow.Target, _ page: PageContext) -> String {
        switch target {
        case .strategy(let slug): return page.text(.followTargetStrategy(slug))
        case .block(let slug, let block): return page.text(.followTargetBlock(slug, block))
        case .measure(let number): return page.text(.followTargetMeasure(number))
        }
    }

    /// The participant's follows on their account page, each with its frequency to change and a way out.
    static func list(_ follows: [Follow], _ page: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .h2(.id("folgen"), .text(page.text(.myFollows))),
            .if(follows.isEmpty, .p(.text(page.text(.noFollows)))),
            .ul(
                .class("follows"),
                .forEach(Array(follows.enumerated())) { index, follow in
                    .li(
                        .p(.text(describe(follow.target, page))),
                        .formTag(
                            .attr("method", "post"), .attr("action", "/beteiligung/folgen"), Layout.csrfField(page),
                            .inputTag(("type", "hidden"), ("name", "ziel"), ("value", follow.target.key)),
                            .inputTag(("type", "hidden"), ("name", "weiter"), ("value", "/beteiligung/konto#folgen")),
                            frequencyField("haeufigkeit-\(index)", selected: follow.frequency, page),
                            .button(.type(.submit), .text(page.text(.changeFrequency)))),
                        .formTag(
                            .attr("method", "post"), .attr("action", "/beteiligung/folgen/beenden"),
                            Layout.csrfField(page),
                            .inputTag(("type", "hidden"), ("name", "ziel"), ("value", follow.target.key)),
                            .button(.type(.submit), .text(page.text(.unfollowButton)))))
                }))
    }
}
