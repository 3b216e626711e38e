package se.connectbot.sandbox.invoice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A thin layer over PDFBox for A4 documents of text and rules: positions in points from the
 * page's bottom left, text left- or right-aligned, a new page when asked. Helvetica with
 * WinAnsiEncoding prints Swedish letters; a character it cannot encode prints as '?'.
 * Not thread-safe; one per document, closed after {@link #toBytes()}.
 */
final class PdfCanvas implements AutoCloseable {

    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();

    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream content;

    PdfCanvas(String title) {
        document.getDocumentInformation().setTitle(printable(title));
        document.getDocumentInformation().setCreator("Connect-portalen");
        content = newPage();
    }

    void nextPage() {
        closeContent();
        content = newPage();
    }

    void text(float x, float y, float size, boolean strong, String text) {
        String shown = printable(text);
        try {
            content.beginText();
            content.setFont(strong ? bold : regular, size);
            content.newLineAtOffset(x, y);
            content.showText(shown);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text whose right edge is at {@code right}. */
    void textRight(float right, float y, float size, boolean strong, String text) {
        text(right - width(text, size, strong), y, size, strong, text);
    }

    void rule(float x1, float y, float x2) {
        try {
            content.setLineWidth(0.5f);
            content.moveTo(x1, y);
            content.lineTo(x2, y);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float width(String text, float size, boolean strong) {
        try {
            return (strong ? bold : regular).getStringWidth(printable(text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] toBytes() {
        closeContent();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDPageContentStream newPage() {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try {
            return new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeContent() {
        try {
            content.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces what WinAnsiEncoding cannot print (and control characters) so that PDFBox never refuses. */
    private String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            shown.append(Character.isISOControl(c) ? ' ' : encodable(c) ? c : '?');
        }
        return shown.toString();
    }

    private boolean encodable(char c) {
        try {
            regular.encode(String.valueOf(c));
            return true;
        } catch (IllegalArgumentException | IOException notInEncoding) {
            return false;
        }
    }
}
