/// Which database a store runs on; the few statements that differ between them switch on it.
enum StoreBackend: Sendable, Equatable {
    case sqlite
    case postgres
}
