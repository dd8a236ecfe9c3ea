"""Running a Processing algorithm of the plugin as a background task from the
dock: prepared on the main thread (where layers may be read and copied),
run in a worker thread, finished on the main thread. Whatever the outcome —
done, failed, cancelled before or while running — the algorithm is told to
release the layer copies it made, so none outlives the task."""

from qgis.core import QgsProcessingException, QgsTask
from qgis.PyQt.QtCore import pyqtSignal


class AlgorithmTask(QgsTask):
    """``executed(ok, results, error)`` is emitted on the main thread when the
    task ends."""

    executed = pyqtSignal(bool, dict, str)

    def __init__(self, algorithm, parameters, context, feedback, description):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.algorithm = algorithm
        self.parameters = parameters
        self.context = context
        self.feedback = feedback
        self.results = {}
        self.error = ""
        try:
            self.prepared = algorithm.prepare(parameters, context, feedback)
        except QgsProcessingException as exc:
            self.prepared, self.error = False, str(exc)
        if not self.prepared and not self.error:
            log = feedback.textLog().strip().splitlines()
            self.error = log[-1] if log else ""

    def run(self):
        if not self.prepared:
            return False
        try:
            # the results of the run (postProcess gives only what post-processing adds)
            self.results = dict(
                self.algorithm.runPrepared(self.parameters, self.context, self.feedback) or {}
            )
            return not self.feedback.isCanceled()
        except QgsProcessingException as exc:
            self.error = str(exc)
            return False

    def cancel(self):
        self.feedback.cancel()
        super().cancel()

    def finished(self, ok):
        if ok:
            try:
                self.results.update(self.algorithm.postProcess(self.context, self.feedback) or {})
            except QgsProcessingException as exc:
                ok, self.error = False, str(exc)
        release = getattr(self.algorithm, "release_layers", None)
        if release is not None:
            release()
        self.executed.emit(bool(ok), dict(self.results or {}), self.error)
