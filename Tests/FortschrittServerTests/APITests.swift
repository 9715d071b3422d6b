import FortschrittCLI
import FortschrittExchange
import FortschrittServer
import FortschrittStore
import FortschrittTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The read API over the demo data, through Hummingbird's test client.
@Suite struct APITests {
    func withDemoAPI(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await withDemoRouter(body)
    }

    static func json(_ response: TestResponse) throws -> [String: Any] { try FortschrittServerTests.json(response) }

    static func measures(_ document: [String: Any]) -> [String: [String: Any]] {
        Dictionary(
            uniqueKeysWithValues: (document["measures"] as! [[String: Any]]).map { ($0["number"] as! String, $0) })
    }

    @Test func listsTheFortyNineMeasures() async throws {
        try await withDemoAPI { client in
            let response = try await client.execute(uri: "/api/v1/measures", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            let document = try Self.json(response)
            #expect(document["count"] as? Int == 49)
            #expect((document["measures"] as? [Any])?.count == 49)
        }
    }

    @Test func asOfTheEndOf2019() async throws {
        try await withDemoAPI { client in
            let document = try Self.json(
                try await client.execute(uri: "/api/v1/measures?as_of=2019-12-31", method: .get))
            #expect(document["count"] as? Int == 37)
            #expect(document["asOf"] as? String == "2019-12-31")
            let measures = Self.measures(document)
            let portal = try #require(measures["1.1"]?["status"] as? [String: Any])
            #expect(portal["key"] as? String == "etabliert")
            #expect(portal["since"] as? String == "2019-10-01")
            #expect(measures["1.12"]?["title"] as? String == "Handyparken")
            #expect(measures["1.12"]?["status"] is NSNull)
        }
    }

    @Test func filtersByFieldStatusAndDepartment() async throws {
        try await withDemoAPI { client in
            let established = try Self.json(
                try await client.execute(uri: "/api/v1/measures?status=etabliert", method: .get))
            #expect(established["count"] as? Int == 9)
            let eGovernment = try Self.json(
                try await client.execute(
                    uri: "/api/v1/measures?field=1&status=etabliert&as_of=2020-12-31", method: .get))
            #expect(eGovernment["count"] as? Int == 6)
            let fb16 = try Self.json(try await client.execute(uri: "/api/v1/measures?department=FB%2016", method: .get))
            #expect(Set(Self.measures(fb16).keys) == ["2.6", "2.7", "2.8", "3.2", "3.11"])
        }
    }

    @Test func oneMeasureWithItsHistory() async throws {
        try await withDemoAPI { client in
            let response = try await client.execute(uri: "/api/v1/measures/1.8", method: .get)
            #expect(response.status == .ok)
            let measure = try Self.json(response)
            #expect(measure["title"] as? String == "Modernisierung Zuschusswesen")
            let history = try #require(measure["history"] as? [[String: Any]])
            #expect(history.map { $0["kind"] as? String } == ["created", "status_set"])
            #expect(history[1]["effectiveDate"] as? String == "2020-12-01")
            #expect(history[1]["actor"] as? String == "demo")
            #expect((history[1]["reason"] as? String)?.contains("FB 20") == true)
            #expect(history[1]["recordedAt"] is String)
        }
    }

    @Test func badParametersAreProblems() async throws {
        try await withDemoAPI { client in
            for (uri, parameter) in [
                ("/api/v1/measures?as_of=2019-13-01", "as_of"),
                ("/api/v1/measures?known_at=soon", "known_at"),
                ("/api/v1/measures?status=fertig", "status"),
                ("/api/v1/measures?field=9", "field"),
                ("/api/v1/measures?department=FB%2099", "department"),
                ("/api/v1/measures?strategy=unbekannt", "strategy"),
                ("/api/v1/measures?limit=10", "limit"),
                ("/api/v1/measures?as_of=", "as_of"),
                ("/api/v1/fields?as_of=2020-01-01", "as_of"),
            ] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .badRequest, "\(uri)")
                #expect(response.headers[.contentType] == "application/problem+json")
                let problem = try Self.json(response)
                #expect(problem["parameter"] as? String == parameter, "\(uri)")
                #expect(problem["status"] as? Int == 400)
                #expect((problem["detail"] as? String)?.isEmpty == false)
            }
        }
    }

    @Test func unknownThingsAreNotFound() async throws {
        try await withDemoAPI { client in
            for uri in ["/api/v1/measures/9.99", "/api/v1/measures/1.13?as_of=2019-12-31", "/api/v2/measures"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .notFound, "\(uri)")
                #expect(response.headers[.contentType] == "application/problem+json")
            }
        }
    }

    @Test func healthAndOpenAPI() async throws {
        try await withDemoAPI { client in
            #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
            let document = try Self.json(try await client.execute(uri: "/api/openapi.json", method: .get))
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: Any])
            // Every documented path answers with a documented status.
            for path in paths.keys {
                let uri =
                    path.hasPrefix("/api/v1/datasets/")
                    ? "/api/v1/datasets/parkhaus-belegung"
                    : path.hasPrefix("/api/v1/applications/")
                        ? "/api/v1/applications/hitzekarte"
                        : path.hasPrefix("/api/v1/indicators/")
                            ? "/api/v1/indicators/mobile-arbeit"
                            : path.contains("{slug}")
                                ? path.replacingOccurrences(of: "{slug}", with: "smart-city")
                                    .replacingOccurrences(of: "{number}", with: "2")
                                    + (path.hasSuffix("/diff") ? "?from=1&to=2" : "")
                                : path.replacingOccurrences(of: "{number}", with: "1.1")
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .ok, "\(uri)")
            }
            #expect(
                Set(paths.keys) == [
                    "/healthz", "/api/openapi.json", "/api/v1/strategies", "/api/v1/measures",
                    "/api/v1/measures/{number}", "/api/v1/fields", "/api/v1/departments", "/api/v1/statuses",
                    "/api/v1/strategies/{slug}/text/versions", "/api/v1/strategies/{slug}/text/versions/{number}",
                    "/api/v1/strategies/{slug}/text/diff",
                    "/api/v1/strategies/{slug}/text/versions/{number}/contributions",
                    "/api/v1/strategies/{slug}/text/versions/{number}/figures",
                    "/api/v1/datasets", "/api/v1/datasets/{slug}", "/api/v1/ethics-register",
                    "/api/v1/applications", "/api/v1/applications/{slug}", "/api/v1/indicators",
                    "/api/v1/indicators/{slug}",
                ])
        }
    }

    @Test func anEmptyInstanceSaysWhatToDo() async throws {
        let test = try await TestDatabase.make()
        let app = Application(
            router: buildRouter(Repositories(database: test.database, hasher: BcryptPasswordHasher(cost: 4))))
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/measures", method: .get)
            #expect(response.status == .notFound)
            #expect(String(buffer: response.body).contains("no strategy yet"))
        }
        await test.close()
    }
}
