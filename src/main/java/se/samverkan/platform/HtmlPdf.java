package se.samverkan.platform;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/** Printable documents (Barnets plan, a team's minutes): well-formed XHTML rendered to PDF. */
public final class HtmlPdf {

    /** A4 with page numbers, readable sans-serif; documents add their own rules after it. */
    public static final String BASE_STYLE = """
            @page { size: A4; margin: 20mm 18mm 22mm 18mm;
                    @bottom-center { content: "Sida " counter(page) " av " counter(pages);
                                     font-family: "Liberation Sans"; font-size: 9pt; color: #555; } }
            body { margin: 0; font-family: "Liberation Sans"; font-size: 11pt; color: #1a1a1a; line-height: 1.35; }
            h1 { font-size: 20pt; margin: 0 0 2mm 0; }
            h2 { font-size: 13pt; margin: 7mm 0 2mm 0; border-bottom: 0.4mm solid #999; padding-bottom: 1mm;
                 page-break-after: avoid; }
            table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; }
            th { text-align: left; background: #eee; border-bottom: 0.4mm solid #999; padding: 1.5mm; }
            td { border-bottom: 0.2mm solid #ccc; padding: 1.5mm; vertical-align: top; }
            tr { page-break-inside: avoid; }
            """;

    /**
     * Embedded rather than the PDF base fonts: those only encode Latin-1, so names such as Łukasz or
     * Ayşe came out as "#ukasz" and "Ay#e". A face is read only when a document uses it, and only the
     * glyphs used are embedded.
     */
    private static final List<Face> FACES = List.of(
            new Face("LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
            new Face("LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
            new Face("LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC));

    /** The one kind of resource a document may carry: a PNG inside it. */
    public static final String EMBEDDED_PNG = "data:image/png;base64,";

    private HtmlPdf() {
    }

    public static byte[] render(String title, String style, String body) {
        String html = "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"UTF-8\"/><title>" + escape(title)
                + "</title><style>" + BASE_STYLE + style + "</style></head><body>" + body + "</body></html>";
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (Face face : FACES) {
                builder.useFont(face::open, "Liberation Sans", face.weight(), face.style(), true);
            }
            // The documents are self-contained; nothing in them may make the server fetch a URL or file. Images
            // the server drew itself (charts) come inside the document as PNG data URIs.
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith(EMBEDDED_PNG),
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(title + " kunde inte skapas som PDF", e);
        }
    }

    /**
     * Everything in a document is user input; the renderer parses XHTML, so escape it all. Characters
     * XML forbids (a vertical tab pasted from Word, say) would stop the whole document, so they become spaces.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder allowed = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (allowedInXml(c)) {
                allowed.appendCodePoint(c);
            } else {
                allowed.append(' ');
            }
        });
        return HtmlUtils.htmlEscape(allowed.toString(), "UTF-8");
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || c >= 0x10000;
    }

    private record Face(String file, int weight, FontStyle style) {

        private static final String FOLDER = "/liberation/";

        Face {
            if (HtmlPdf.class.getResource(FOLDER + file) == null) {
                throw new IllegalStateException("Typsnittet " + file + " saknas (openpdf-fonts-extra)");
            }
        }

        InputStream open() {
            return HtmlPdf.class.getResourceAsStream(FOLDER + file);
        }
    }
}
