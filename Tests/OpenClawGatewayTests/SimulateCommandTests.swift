import OpenClawTesting
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Testing

/// `openclaw simulate`: the simulators on chosen ports for a gateway in a container, driven over HTTP.
@Suite(.serialized) struct SimulateCommandTests {
    struct Endpoints {
        var telegram: String
        var token: String
        var model: String
        var control: String
    }

    @Test func servesBotAPIModelAndControlUntilSIGTERM() async throws {
        let readyFile = FileManager.default.temporaryDirectory.appendingPathComponent("simulate-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: readyFile) }
        let process = Process()
        process.executableURL = OpenClawProcess.executable
        process.arguments = ["simulate", "--ready-file", readyFile]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let endpoints = try await Self.waitForEndpoints(readyFile)

        let me = try await Self.request("GET", "\(endpoints.telegram)/bot\(endpoints.token)/getMe")
        #expect(me.status == 200 && me.body.contains("\"is_bot\":true"))
        let wrongToken = try await Self.request("GET", "\(endpoints.telegram)/bot1:wrong/getMe")
        #expect(wrongToken.status == 401)

        let completion = try await Self.request(
            "POST", "\(endpoints.model)/v1/messages",
            body: #"{"model":"m","max_tokens":10,"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"echo: hi"},{"role":"user","content":"again"}]}"#
        )
        #expect(completion.body.contains("echo: again (3 turns)"), "\(completion.body)")

        let injected = try await Self.request("POST", "\(endpoints.control)/dm?user=4242&text=hello%20bot")
        #expect(injected.status == 200)
        let updates = try await Self.request("GET", "\(endpoints.telegram)/bot\(endpoints.token)/getUpdates")
        #expect(updates.body.contains("\"text\":\"hello bot\"") && updates.body.contains("\"id\":4242"), "\(updates.body)")
        let nothingSent = try await Self.request("GET", "\(endpoints.control)/sent?chat=4242&count=1&timeout=0")
        #expect(nothingSent.status == 504)
        let badRequest = try await Self.request("POST", "\(endpoints.control)/dm?user=-1&text=x")
        #expect(badRequest.status == 400)

        process.terminate()
        try await BlockingWork.run { process.waitUntilExit() }
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
    }

    @Test func refusesAPortOutOfRange() async throws {
        let result = try await OpenClawProcess.run(["simulate", "--telegram-port", "70000"])
        #expect(result.status != 0)
        #expect(result.error.contains("--telegram-port must be between 0 and 65535"))
    }

    static func waitForEndpoints(_ path: String) async throws -> Endpoints {
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            if let data = FileManager.default.contents(atPath: path) {
                var fields: [String: [String]] = [:]
                for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
                    let words = line.split(separator: " ").map(String.init)
                    if let key = words.first { fields[key] = Array(words.dropFirst()) }
                }
                if let telegram = fields["telegram"], telegram.count == 3, let model = fields["model"]?.first, let control = fields["control"]?.first {
                    return Endpoints(telegram: telegram[0], token: telegram[2], model: model, control: control)
                }
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw HarnessError("openclaw simulate did not write its ready file within 60 s")
    }

    static func request(_ method: String, _ url: String, body: String? = nil) async throws -> (status: Int, body: String) {
        var request = HTTPClientRequest(url: url)
        request.method = .RAW(value: method)
        if let body {
            request.headers.add(name: "content-type", value: "application/json")
            request.headers.add(name: "x-api-key", value: "test")
            request.headers.add(name: "anthropic-version", value: "2023-06-01")
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
        return (Int(response.status.code), String(buffer: try await response.body.collect(upTo: 1 << 20)))
    }
}
