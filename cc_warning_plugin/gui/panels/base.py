"""What every tab of the warning-map dock is: a :class:`Panel`, one class per
tab, listed in :data:`cc_warning_plugin.gui.panels.PANELS`.

A panel builds its own widgets and is told by the dock shell when the shared
choices change (method profile, result layer, classification, statistics,
project). It reads those choices from the shell (``self.dock``); it runs
Processing algorithms by id (:meth:`run_algorithm`, or in the background
through :meth:`prepare_task`) or calls the shared code of ``report/``,
``layouts/`` and ``styles/``; it never computes the numbers itself. Its
public methods are what its buttons call, so scripts and tests drive it the
way a user does."""

from typing import Optional

from qgis.core import Qgis, QgsApplication, QgsProcessingContext, QgsProcessingFeedback
from qgis.gui import QgsCollapsibleGroupBox, QgsMapToolEmitPoint
from qgis.PyQt.QtCore import QEvent, QTimer
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QFileDialog, QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from ...core.errors import CCError
from ...core.i18n import tr, translated
from ..tasks import AlgorithmTask
from ..widgets import button


class Panel(QWidget):
    """One tab of the dock. Subclasses set :attr:`key`, :attr:`icon`,
    :attr:`TITLE` and :attr:`SHORT` and make their widgets in :meth:`build`;
    the hooks below do nothing unless overridden."""

    #: unique name of the panel: ``dock.panel(key)``
    key = ""
    #: QGIS theme icon of the tab (``QgsApplication.getThemeIcon``)
    icon = ""
    #: the full title (tab tooltip, and tab label when the dock is wide), marked N_()
    TITLE = ""
    #: a short tab label for a narrow dock, marked N_()
    SHORT = ""

    def __init__(self, dock):
        super().__init__()
        self.dock = dock
        self.setObjectName(f"CCWarningPanel_{self.key}")
        self._map_tool = None
        self.build(QVBoxLayout(self))

    def build(self, box: QVBoxLayout) -> None:
        """Make the panel's widgets in ``box``, its layout (called once, by
        the constructor)."""

    # -- what the tab shows --------------------------------------------------
    @classmethod
    def title(cls) -> str:
        return translated(cls.TITLE)

    @classmethod
    def short_title(cls) -> str:
        return translated(cls.SHORT or cls.TITLE)

    def tab_icon(self) -> QIcon:
        return QgsApplication.getThemeIcon(self.icon) if self.icon else QIcon()

    # -- hooks called by the shell ------------------------------------------
    def profile_changed(self, profile) -> None:
        """Another method profile was chosen (before the result is re-read)."""

    def result_changed(self, layer) -> None:
        """Another result layer was chosen (``None``: none)."""

    def stats_changed(self, stats) -> None:
        """The statistics of the result and classification are new (``None``:
        none, or still being counted)."""

    def load_settings(self, project) -> None:
        """Restore what the project stores for this panel."""

    def closed(self) -> None:
        """The dock was closed: put down map tools."""

    def cleanup(self) -> None:
        """The plugin is unloaded: disconnect from the project, stop tasks."""
        self.closed()

    # -- widgets every panel builds the same way --------------------------------
    def group(self, box, title: str, name: str) -> QVBoxLayout:
        """A collapsible group ``title`` added to ``box``; returns its layout."""
        group = QgsCollapsibleGroupBox(title)
        group.setObjectName(f"{self.objectName()}_{name}")
        inner = QVBoxLayout(group)
        inner.setContentsMargins(4, 4, 4, 4)
        box.addWidget(group)
        return inner

    def add_progress_row(self, box, cancel) -> None:
        """A progress bar (``self.progress``) and a Cancel button
        (``self.cancel_button``, disabled until work starts, calling
        ``cancel``) in one row added to ``box``."""
        row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        row.addWidget(self.progress, 1)
        self.cancel_button = button(tr("Cancel"), clicked=cancel, enabled=False)
        row.addWidget(self.cancel_button)
        box.addLayout(row)

    def toggle_map_tool(self, on: bool, clicked) -> None:
        """Put a point tool on the map canvas that calls ``clicked(point,
        crs)`` with the canvas CRS (``on``), or put it down."""
        iface = self.dock.iface
        canvas = iface.mapCanvas() if iface is not None else None
        if canvas is None:
            return
        if on:
            self._map_tool = QgsMapToolEmitPoint(canvas)
            self._map_tool.canvasClicked.connect(
                lambda point, _button: clicked(point, canvas.mapSettings().destinationCrs())
            )
            canvas.setMapTool(self._map_tool)
        elif self._map_tool is not None:
            canvas.unsetMapTool(self._map_tool)
            self._map_tool = None

    # -- shared choices, read from the shell ---------------------------------
    def add_chart(self, box, redraw) -> None:
        """A matplotlib chart, ``self.figure`` on ``self.canvas``, added to
        ``box``; ``redraw`` is called shortly after the canvas is resized
        while :meth:`chart_shown` (the chart is laid out for its size)."""
        from matplotlib.backends.backend_qt5agg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(3.4, 2.4))
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.installEventFilter(self)
        box.addWidget(self.canvas)
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(30)
        self._redraw.timeout.connect(redraw)

    def chart_shown(self) -> bool:
        """Whether the chart of :meth:`add_chart` shows something to redraw."""
        return False

    def eventFilter(self, watched, event):  # noqa: N802 (Qt API)
        if (
            watched is getattr(self, "canvas", None)
            and event.type() == QEvent.Type.Resize
            and self.chart_shown()
        ):
            self._redraw.start()
        return False

    def fit_figure(self) -> None:
        """The figure as large as the canvas (in device pixels), before it
        is laid out."""
        scale = self.canvas.device_pixel_ratio / self.figure.dpi
        self.figure.set_size_inches(
            max(self.canvas.width(), 100) * scale,
            max(self.canvas.height(), 100) * scale,
            forward=False,
        )

    @property
    def profile(self):
        return self.dock.profile

    @property
    def project(self):
        return self.dock.project

    def show_message(self, text: str, level=None) -> None:
        self.dock.show_message(text, level)

    def show_error(self, exc: Exception) -> None:
        self.dock.show_error(exc)

    def context(self) -> QgsProcessingContext:
        """A Processing context on the dock's project."""
        context = QgsProcessingContext()
        context.setProject(self.project)
        return context

    @staticmethod
    def algorithm(alg_id: str):
        """A new instance of a plugin algorithm, from the Processing registry."""
        alg = QgsApplication.processingRegistry().createAlgorithmById(f"cc_warning:{alg_id}")
        if alg is None:
            raise CCError(
                tr(
                    "The algorithm cc_warning:{id} is not available: enable the "
                    "plugin's Processing provider."
                ).format(id=alg_id)
            )
        return alg

    def prepare_task(self, alg_id: str, params: dict, description: str) -> Optional[AlgorithmTask]:
        """A background task running a plugin algorithm on the dock's project,
        its progress shown on ``self.progress``; ``None`` (the reason shown)
        when the algorithm is missing or refuses ``params``. The caller checks
        ``task.prepared``."""
        try:
            alg = self.algorithm(alg_id)
        except CCError as exc:
            self.show_error(exc)
            return None
        self._context = self.context()
        self._feedback = QgsProcessingFeedback()
        self._feedback.progressChanged.connect(lambda p: self.progress.setValue(int(p)))
        ok, problem = alg.checkParameterValues(params, self._context)
        if not ok:
            self.show_message(problem, Qgis.MessageLevel.Critical)
            return None
        return AlgorithmTask(alg, params, self._context, self._feedback, description)

    def ask_table_export(self, title: str, write, written: str) -> None:
        """Ask for an Excel or CSV file, ``write(path)`` it and say
        ``written`` (with ``{path}``), or show why it failed."""
        path, _ = QFileDialog.getSaveFileName(
            self, title, "", tr("Excel workbook (*.xlsx);;CSV (*.csv)")
        )
        if path:
            try:
                write(path)
                self.show_message(written.format(path=path))
            except CCError as exc:
                self.show_error(exc)

    def run_algorithm(
        self, alg_id: str, params: dict, feedback: Optional[QgsProcessingFeedback] = None
    ) -> dict:
        """Run a plugin algorithm on the dock's project (on the GUI thread)."""
        import processing

        self.algorithm(alg_id)  # a clear message when it is missing
        return processing.run(
            f"cc_warning:{alg_id}",
            params,
            context=self.context(),
            feedback=feedback or QgsProcessingFeedback(),
        )
