import OpenClawTesting
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The hardened container, proven on a live one by `deploy/test/container-test.sh`. It needs a
/// Docker engine with gVisor and a release binary in dist/; without them it is skipped, saying why,
/// so `swift test` on a machine with only Swift stays green.
@Suite struct ContainerTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// Why the live test cannot run here, or nil when it can.
    static let unavailableReason: String? = {
        if !SecretsToolingTests.installed("docker") { return "no docker command" }
        guard let info = try? SecretsToolingTests.runBlocking(["docker", "info", "--format", "{{json .Runtimes}}"], in: root, environment: [:]),
            info.status == 0
        else { return "no Docker engine answers (docker info failed)" }
        if !info.text.contains("\"runsc\"") { return "the Docker engine has no runsc runtime" }
        if !FileManager.default.isExecutableFile(atPath: root + "/dist/openclaw") {
            return "no dist/openclaw (swift build -c release --static-swift-stdlib --product openclaw, then copy it there)"
        }
        if !FileManager.default.isExecutableFile(atPath: "/bin/busybox") { return "no /bin/busybox (Debian's busybox-static)" }
        return nil
    }()

    @Test(.enabled(if: unavailableReason == nil, Comment(rawValue: "live container test skipped: \(unavailableReason ?? "")")))
    func everyPropertyHoldsOnALiveContainer() async throws {
        let (status, output) = try await BlockingWork.run { try Self.runScript() }
        #expect(status == 0, "\(output)")
        #expect(output.contains(" 0 failed"))
    }

    /// Through system(3), output to a file: a helper the script started that outlives it (a
    /// connection socat forked) would hold a pipe open, and Foundation's Process was seen to miss
    /// the script's exit after a long run; fork, exec and waitpid do not.
    static func runScript() throws -> (Int32, String) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("container-test-\(UUID().uuidString).log").path
        defer { try? FileManager.default.removeItem(atPath: log) }
        let command = "cd '\(root)' && OPENCLAW_HOST_CLI='\(OpenClawProcess.executable.path)' bash deploy/test/container-test.sh </dev/null >'\(log)' 2>&1"
        let status = system(command)
        let exitCode = status == -1 ? -1 : (status >> 8) & 0xff
        return (exitCode, String(decoding: FileManager.default.contents(atPath: log) ?? Data(), as: UTF8.self))
    }
}
