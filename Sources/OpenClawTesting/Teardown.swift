/// Runs `body`, then `teardown` however `body` ends (an `async` `defer`), and returns or rethrows
/// what `body` did.
package func withTeardown<T>(_ body: () async throws -> T, teardown: () async -> Void) async throws -> T {
    do {
        let result = try await body()
        await teardown()
        return result
    } catch {
        await teardown()
        throw error
    }
}
