"""OCR of scanned packs: optional, tested where Tesseract is installed."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from shared_corpus import corpus_file

from minutebook.errors import UnreadableDocument
from minutebook.text import ocr as ocr_module
from minutebook.text.ocr import ocr_pages, tesseract_path

needs_tesseract = pytest.mark.skipif(
    tesseract_path() is None, reason="needs the tesseract program (Debian: apt-get install tesseract-ocr)"
)


@needs_tesseract
def test_first_pages_of_the_scanned_pack_are_read() -> None:
    path = corpus_file("other/scanned-agenda-pack-no-text-layer.pdf")
    pdf = pdfium.PdfDocument(path)
    try:
        pages = ocr_pages(path, pdf, pages=[0, 1])
    finally:
        pdf.close()
    assert [p.number for p in pages] == [1, 2]
    first, second = ("\n".join(p.lines) for p in pages)
    assert "AGENDA" in first and "Disclosure of pecuniary interest" in first
    assert second.lstrip().startswith("MINUTES")
    assert any(ln.startswith("Present:") for ln in pages[1].lines)


def test_missing_tesseract_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    path = corpus_file("other/scanned-agenda-pack-no-text-layer.pdf")
    monkeypatch.setattr(ocr_module, "tesseract_path", lambda: None)
    pdf = pdfium.PdfDocument(path)
    try:
        with pytest.raises(UnreadableDocument, match="tesseract"):
            ocr_pages(path, pdf, pages=[0])
    finally:
        pdf.close()


@needs_tesseract
def test_with_ocr_only_the_scanned_page_of_a_mixed_pdf_is_read_by_ocr(tmp_path) -> None:  # noqa: ANN001
    from minutebook.text import read_document

    mixed = pdfium.PdfDocument.new()
    mixed.import_pages(pdfium.PdfDocument(corpus_file("kent/kent_cabinet_2025-01-30_agenda_frontsheet.pdf")), [0])
    mixed.import_pages(pdfium.PdfDocument(corpus_file("other/scanned-agenda-pack-no-text-layer.pdf")), [0])
    path = tmp_path / "mixed.pdf"
    mixed.save(str(path))
    mixed.close()
    doc = read_document(path, ocr=True)
    assert doc.pages[0].lines[:2] == ["AGENDA", "CABINET"]  # the text layer, untouched
    assert any("AGENDA" in ln for ln in doc.pages[1].lines)  # the scan, read by OCR
    assert any("page 2 read by OCR" in w for w in doc.warnings)
