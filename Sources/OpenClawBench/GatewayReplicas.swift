/// One or more gateway children on one store (several only on PostgreSQL), measured as one: their
/// CPU time and resident memory are summed.
struct GatewayReplicas: Sendable {
    private let children: [GatewayChild]

    init(config: String, count: Int) throws {
        var children: [GatewayChild] = []
        for _ in 0..<count { children.append(try GatewayChild(config: config)) }
        self.children = children
    }

    func waitUntilReady() async throws {
        for child in children { try await child.waitUntilReady() }
    }

    func usage() async throws -> ResourceUsage {
        var total = ResourceUsage(userSeconds: 0, systemSeconds: 0, residentBytes: 0, peakResidentBytes: 0)
        for child in children {
            let usage = try await child.usage()
            total.userSeconds += usage.userSeconds
            total.systemSeconds += usage.systemSeconds
            total.residentBytes += usage.residentBytes
            total.peakResidentBytes += usage.peakResidentBytes
        }
        return total
    }

    func stop() async throws {
        for child in children { try await child.stop() }
    }
}
