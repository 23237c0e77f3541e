/// Runs async operations one after another, in the order they were submitted.
///
/// An actor alone does not do this: it interleaves callers at every `await`. Check-then-act
/// sequences that span store calls (the pairing cap) go through here.
actor SerialQueue {
    private var tail: Task<Void, Never>?

    func run<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        let previous = tail
        let task = Task {
            await previous?.value
            return try await operation()
        }
        tail = Task { _ = try? await task.value }
        return try await task.value
    }
}
