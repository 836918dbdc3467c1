"""Render resources/icons/jmreview.svg into the app's icons (run after changing the SVG).

    python resources/tools/make_icons.py

Writes packaging/icons/jmreview.{png,ico,icns} for the bundles (Linux, Windows, macOS) and
jmreview/data/icons/jmreview.png for the window. Needs PySide6 (QtSvg) and Pillow.
"""
from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
SIZE = 512


def render(size: int) -> Image.Image:
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "jmreview.svg"))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data.data())))


def main() -> None:
    QGuiApplication([])
    big = render(SIZE)
    out = ROOT / "packaging" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    big.save(out / "jmreview.png")
    big.save(out / "jmreview.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    big.save(out / "jmreview.icns")
    window = ROOT / "jmreview" / "data" / "icons"
    window.mkdir(parents=True, exist_ok=True)
    render(128).save(window / "jmreview.png")
    print("icons written")


if __name__ == "__main__":
    main()
