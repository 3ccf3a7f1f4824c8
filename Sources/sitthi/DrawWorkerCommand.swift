import ArgumentParser
import SitthiKit

/// `sitthi draw-worker`: not for people. A build starts one per core to draw PDFs and share pictures
/// (Cairo draws one thing at a time per process); it reads jobs on standard input and answers on
/// standard output (`DrawingWorkers`).
struct DrawWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draw-worker",
        abstract: "Draw the PDFs and pictures a build hands over on standard input.",
        shouldDisplay: false
    )

    func run() throws {
        DrawingWorkers.serve()
    }
}
