import Synchronization

/// The simulator's settings and recordings, shared by its controls and its route handlers.
final class SimulatorStore: Sendable {
    let state = Mutex(SimulatorState())
}
