import Synchronization

/// The pipeline built from the configuration in force. An update is handled start to finish by the
/// pipeline it started with; the next one sees a replacement at once.
final class PipelineHolder: Sendable {
    private let pipeline: Mutex<Pipeline>

    init(_ pipeline: Pipeline) {
        self.pipeline = Mutex(pipeline)
    }

    var current: Pipeline { pipeline.withLock { $0 } }

    func replace(with pipeline: Pipeline) {
        self.pipeline.withLock { $0 = pipeline }
    }
}
