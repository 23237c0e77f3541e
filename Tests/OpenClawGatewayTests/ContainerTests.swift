import Foundation
import Testing

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
        let result = try await SecretsToolingTests.run(
            ["bash", "deploy/test/container-test.sh"], in: Self.root,
            environment: ["OPENCLAW_HOST_CLI": OpenClawProcess.executable.path]
        )
        #expect(result.status == 0, "\(result.text)")
        #expect(result.text.contains(" 0 failed"))
    }
}
